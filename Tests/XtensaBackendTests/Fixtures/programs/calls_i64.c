/* 64-bit values through calls: direct and indirect, as results, in register pairs and on
 * the stack, kept live across calls (a2-a7 pairs). */
#include "common.h"

typedef unsigned long long u64;
__attribute__((noinline)) u64 rotl(u64 x, int k) { return (x << k) | (x >> (64 - k)); }
__attribute__((noinline)) u64 xorshift(u64 s) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; }
__attribute__((noinline)) u64 mix4(u64 a, u64 b, u64 c, u64 d) { return rotl(a, 5) ^ rotl(b, 17) ^ (c + d); }
__attribute__((noinline)) u64 mix_stack(int n, u64 a, u64 b, u64 c, u64 d, int m) { return (a + b) ^ (c - d) ^ ((u64)n << 40) ^ (u64)m; }
typedef u64 (*u64_fn)(u64);
__attribute__((noinline)) u64 iterate(u64_fn f, u64 x, int n) { for (int i = 0; i < n; i++) x = f(x); return x; }
__attribute__((noinline)) u64 live_across(u64 a, u64 b) {
    u64 x = xorshift(a);
    u64 y = xorshift(b);
    u64 z = xorshift(x ^ y);
    return a + b + x + y + z;
}
static void put64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); puts_("\n"); }

int main(void) {
    u64 s = 0x0123456789abcdefull;
    put64(iterate(xorshift, s, 100));
    put64(mix4(s, ~s, s >> 3, s << 9));
    put64(mix_stack(7, s, s * 3, s ^ 0xffff, 12345, -1));
    put64(live_across(s, 42));
    u64 acc = 1;
    for (int i = 1; i < 20; i++) acc = mix4(acc, (u64)i, acc >> 1, rotl(acc, i));
    put64(acc);
    return (int)(acc & 0x7f);
}
