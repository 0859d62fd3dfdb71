/* Soft-float style word code: fields of a double's words extracted by shift and mask (one
   EXTUI each), i64 values built from two words (`(u64)high << 32 | low`: copies only), and
   64-bit and/xor/add with a zero word, over pseudo-random words and their edge values. */
#include "common.h"
typedef unsigned long long u64;

__attribute__((noinline)) static unsigned exponent(unsigned high) { return (high >> 20) & 2047; }
__attribute__((noinline)) static unsigned top(unsigned x) { return (x >> 20) & 0xFFFF; }
__attribute__((noinline)) static unsigned shared(unsigned x) { unsigned s = x >> 7; return (s & 8191) + s; }
__attribute__((noinline)) static u64 pack(unsigned high, unsigned low) { return (u64)high << 32 | low; }
__attribute__((noinline)) static u64 mixed(u64 a, unsigned b) {
    u64 w = b, s = w << 32;
    return ((a & w) ^ s) + s;
}
__attribute__((noinline)) static int either(unsigned a, unsigned b, unsigned c, unsigned d) { return -(int)(a < b || c < d); }
__attribute__((noinline)) static int both(int a, int b, unsigned c) { return a != 0 && b < 10 && (c & 4) == 0; }
__attribute__((noinline)) static int borrows(unsigned a, unsigned b, int c) { return -(int)(a < b) - (int)(b != (unsigned)c) - (int)(c < 0) - (int)(c > 100); }
__attribute__((noinline)) static u64 low_plus(u64 a, unsigned b) { return a + ((u64)b << 32) - ((u64)(b >> 3) << 32); }

int main(void) {
    unsigned s = 2463534242u, sum = 0;
    static const unsigned edges[] = { 0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x7FF00000, 0x000FFFFF, 0xFFF00000 };
    for (int i = 0; i < 200; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        unsigned x = i < 8 ? edges[i] : s, y = i < 8 ? edges[7 - i] : s * 2654435761u;
        sum = sum * 31 + exponent(x) + top(y) * 3 + shared(x ^ y);
        u64 p = pack(x, y), m = mixed(p, x), l = low_plus(m, y);
        sum = sum * 31 + (unsigned)p + (unsigned)(p >> 32) * 7;
        sum = sum * 31 + (unsigned)either(x, y, y >> 3, x >> 5) * 3 + (unsigned)borrows(x, y, (int)(x ^ y)) * 17 + (unsigned)both((int)(x & 3), (int)y % 20, y >> 1);
        sum = sum * 31 + (unsigned)m + (unsigned)(m >> 32) * 5 + (unsigned)l + (unsigned)(l >> 32) * 11;
        if (i < 8) { put_hex(exponent(x)); puts_(" "); put_hex((unsigned)(m >> 32)); puts_(" "); put_hex((unsigned)l); puts_("\n"); }
    }
    put_hex(sum);
    puts_("\n");
    return (int)(sum & 127);
}
