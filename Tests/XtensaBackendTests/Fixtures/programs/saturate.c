/* Saturating arithmetic in the forms clang turns into llvm.{s,u}{add,sub}.sat on i32 and
   i64, at and around the bounds; and clamps to a range. */
#include "common.h"

typedef unsigned long long u64;
typedef long long i64;

__attribute__((noinline)) static unsigned usub32(unsigned x, unsigned y) { return x > y ? x - y : 0; }
__attribute__((noinline)) static unsigned uadd32(unsigned x, unsigned y) { unsigned r = x + y; return r < x ? ~0u : r; }
__attribute__((noinline)) static u64 usub64(u64 x, u64 y) { return x > y ? x - y : 0; }
__attribute__((noinline)) static u64 uadd64(u64 x, u64 y) { u64 r = x + y; return r < x ? ~0ULL : r; }
__attribute__((noinline)) static i64 sadd64(i64 x, i64 y) {
    i64 r;
    return __builtin_add_overflow(x, y, &r) ? (x < 0 ? (-0x7fffffffffffffffLL - 1) : 0x7fffffffffffffffLL) : r;
}
__attribute__((noinline)) static i64 ssub64(i64 x, i64 y) {
    i64 r;
    return __builtin_sub_overflow(x, y, &r) ? (x < 0 ? (-0x7fffffffffffffffLL - 1) : 0x7fffffffffffffffLL) : r;
}
__attribute__((noinline)) static int clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }

static void put64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); }

static volatile u64 values[] = { 0, 1, 2, 0x7fffffffULL, 0x80000000ULL, 0xffffffffULL, 0x100000000ULL,
                                 0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xfffffffffffffffeULL, 0xffffffffffffffffULL };

int main(void) {
    int n = sizeof values / sizeof values[0];
    u64 acc = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            u64 a = values[i], b = values[j];
            u64 r[6] = { usub64(a, b), uadd64(a, b), (u64)sadd64((i64)a, (i64)b), (u64)ssub64((i64)a, (i64)b),
                         usub32((unsigned)a, (unsigned)b), uadd32((unsigned)a, (unsigned)b) };
            for (int k = 0; k < 6; k++) acc = acc * 1000003 + r[k];
            if ((i * n + j) % 13 == 0) { for (int k = 0; k < 4; k++) { put64(r[k]); puts_(" "); } put_hex((unsigned)r[4]); puts_("\n"); }
        }
    }
    put64(acc); puts_("\n");
    line("clamp", clamp(-5, 0, 10) + clamp(5, 0, 10) * 10 + clamp(50, 0, 10) * 100);
    return (int)(acc & 0x7f);
}
