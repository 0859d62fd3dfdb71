/* What the allocator object needs beyond itself (the C library is still to come), for the
   device test only; built with clang-22 and llc-22 because Kiln's back end does not take
   64-bit parameters (__muldi3) yet. -fno-builtin keeps these loops from becoming calls to
   themselves. */
typedef unsigned long size_t;
void kiln_exit(int);
void *memset(void *d, int c, size_t n) { unsigned char *p = d; while (n--) *p++ = (unsigned char)c; return d; }
void *memcpy(void *d, const void *s, size_t n) { unsigned char *p = d; const unsigned char *q = s; while (n--) *p++ = *q++; return d; }
void *memmove(void *d, const void *s, size_t n) {
    unsigned char *p = d; const unsigned char *q = s;
    if (p < q) while (n--) *p++ = *q++; else { p += n; q += n; while (n--) *--p = *--q; }
    return d;
}
void abort(void) { kiln_exit(134); }
unsigned __stack_chk_guard = 0x5a17c0deu;
void __stack_chk_fail(void) { kiln_exit(135); }
unsigned long long __muldi3(unsigned long long a, unsigned long long b) {
    unsigned long long r = 0;
    while (b) { if (b & 1) r += a; a <<= 1; b >>= 1; }
    return r;
}
