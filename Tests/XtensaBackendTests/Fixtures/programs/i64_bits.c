/* 64-bit bit tricks: byte swaps, bit reversal, rotates and funnel shifts by a variable
   amount, leading/trailing zeros, three-way compares, pointers through 64-bit integers. */
#include "common.h"

typedef unsigned long long u64;

static void put64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); }

__attribute__((noinline)) static u64 rotl(u64 x, unsigned n) { return (x << (n & 63)) | (x >> ((64 - n) & 63)); }
__attribute__((noinline)) static u64 rotr(u64 x, unsigned n) { return (x >> (n & 63)) | (x << ((64 - n) & 63)); }
__attribute__((noinline)) static u64 funnel(u64 hi, u64 lo, unsigned n) {
    n &= 63;
    return n ? (hi << n) | (lo >> (64 - n)) : hi;
}
__attribute__((noinline)) static int cmp64(long long a, long long b) { return (a > b) - (a < b); }
__attribute__((noinline)) static int ucmp64(u64 a, u64 b) { return (a > b) - (a < b); }
__attribute__((noinline)) static long long pick(long long a, long long b, long long c) { return a < b ? c : a ^ b; }

static int table[8] = { 10, 20, 30, 40, 50, 60, 70, 80 };

int main(void) {
    u64 x = 0x0123456789abcdefULL;
    u64 acc = 0;
    for (unsigned n = 0; n < 70; n += 3) {
        u64 a = rotl(x, n), b = rotr(x, n), c = funnel(x, ~x, n);
        acc = acc * 31 + a + (b ^ c);
        if (n % 9 == 0) { put64(a); puts_(" "); put64(b); puts_(" "); put64(c); puts_("\n"); }
    }
    put64(acc); puts_("\n");
    put64(__builtin_bswap64(x)); puts_(" "); put64(__builtin_bitreverse64(x)); puts_("\n");
    put_hex(__builtin_bitreverse32(0x12345678u)); puts_(" ");
    put_hex(__builtin_bitreverse16(0x1234)); puts_(" ");
    put_hex(__builtin_bitreverse8(0x1d)); puts_("\n");
    static volatile u64 probes[] = { 0, 1, 0x80000000ULL, 0x100000000ULL, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x0000f00000000000ULL };
    for (int i = 0; i < 7; i++) {
        u64 v = probes[i];
        put_int(v ? __builtin_clzll(v) : 64); puts_(" ");
        put_int(v ? __builtin_ctzll(v) : 64); puts_(" ");
        put_int(__builtin_popcountll(v)); puts_(" ");
        put_int(cmp64((long long)v, 1)); puts_(" ");
        put_int(ucmp64(v, 0x100000000ULL)); puts_(" ");
        put64(pick((long long)v, 5, (long long)v * 3)); puts_("\n");
    }
    long long addr = (long long)(unsigned)&table[2];
    int *p = (int *)(unsigned)(addr + 8);
    line("through i64", *p);
    u64 wide_addr = (u64)(unsigned)&table[0];
    line("slot", (int)((u64)(unsigned)&table[7] - wide_addr) / 4);
    return (int)(acc & 0x7f);
}
