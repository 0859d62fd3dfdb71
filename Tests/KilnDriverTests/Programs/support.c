// Freestanding helpers that clang may call on its own (loop idioms become memset/strlen).
typedef unsigned size_t;
void kiln_console_write(const char *buf, unsigned len);
size_t strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
void *memset(void *d, int c, size_t n) { volatile unsigned char *p = d; while (n--) *p++ = (unsigned char)c; return d; }
void *memcpy(void *d, const void *s, size_t n) { volatile unsigned char *p = d; const unsigned char *q = s; while (n--) *p++ = *q++; return d; }
void put(const char *s) { kiln_console_write(s, strlen(s)); }
void put_int(int v) { char b[12]; int i = 11; unsigned u = v < 0 ? -(unsigned)v : v; b[i] = 0; do { b[--i] = '0' + u % 10; u /= 10; } while (u); if (v < 0) b[--i] = '-'; put(b + i); }
