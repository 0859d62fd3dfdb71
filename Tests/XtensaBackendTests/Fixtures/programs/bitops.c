#include "common.h"
__attribute__((noinline)) int clz(unsigned x) { return x ? __builtin_clz(x) : 32; }
__attribute__((noinline)) int ctz(unsigned x) { return x ? __builtin_ctz(x) : 32; }
__attribute__((noinline)) unsigned swap32(unsigned x) { return __builtin_bswap32(x); }
__attribute__((noinline)) unsigned short swap16(unsigned short x) { return __builtin_bswap16(x); }
__attribute__((noinline)) unsigned rotl(unsigned x, unsigned n) { return (x << (n & 31)) | (x >> ((32 - n) & 31)); }
__attribute__((noinline)) unsigned rotr(unsigned x, unsigned n) { return (x >> (n & 31)) | (x << ((32 - n) & 31)); }
__attribute__((noinline)) unsigned rotl5(unsigned x) { return (x << 5) | (x >> 27); }
__attribute__((noinline)) int lz8(unsigned char x) { return __builtin_clz((unsigned)x) - 24; }
static unsigned values[] = {0, 1, 2, 3, 0x80000000u, 0xFFFFFFFFu, 0x12345678u, 0x00F00000u, 0x10u, 0xDEADBEEFu};
int main(void) {
    unsigned h = 0;
    for (int i = 0; i < 10; i++) {
        unsigned v = values[i];
        h = h * 33 + (unsigned)clz(v);
        h = h * 33 + (unsigned)ctz(v);
        h = h * 33 + swap32(v);
        h = h * 33 + swap16((unsigned short)v);
        h = h * 33 + rotl5(v) + (v ? (unsigned)lz8((unsigned char)v | 1) : 0);
        for (unsigned n = 0; n < 40; n += 7) h = h * 33 + rotl(v, n) + rotr(v, n);
    }
    puts_("hash "); put_hex(h); puts_("\n");
    return 0;
}
