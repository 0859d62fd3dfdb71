/* Shared by the differential test programs: output through Kiln's platform layer, no libc. */
void kiln_console_write(const char *buf, unsigned len);

void *memcpy(void *d, const void *s, unsigned n) {
    char *dp = d; const char *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}

void *memset(void *d, int c, unsigned n) {
    char *dp = d;
    while (n--) *dp++ = (char)c;
    return d;
}

static unsigned length(const char *s) { unsigned n = 0; while (s[n]) n++; return n; }
static void puts_(const char *s) { kiln_console_write(s, length(s)); }

static void put_int(int v) {
    char buffer[12];
    int i = 11;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    buffer[i] = 0;
    do { buffer[--i] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buffer[--i] = '-';
    puts_(buffer + i);
}

static void put_hex(unsigned v) {
    char buffer[9];
    for (int i = 7; i >= 0; i--) { buffer[i] = "0123456789abcdef"[v & 15]; v >>= 4; }
    buffer[8] = 0;
    puts_(buffer);
}

static void line(const char *label, int v) { puts_(label); puts_(" "); put_int(v); puts_("\n"); }
