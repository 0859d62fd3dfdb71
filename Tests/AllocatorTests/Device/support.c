/* What the allocator needs beyond the runtime until the C library lands: the memory
   functions, abort and the stack-protector pair, for the device test only. Built by Kiln's
   back end; freestanding (as `kiln build` compiles C) keeps these loops from becoming calls to
   themselves. The runtime's own definitions are weak, so these win. */
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
