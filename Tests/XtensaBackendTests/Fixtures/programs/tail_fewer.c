/* Optional tail calls (clang's `tail`) to functions with fewer, more or differently
 * typed arguments than the caller: the jump only needs the callee's own registers. */
#include "common.h"

__attribute__((noinline)) int one(int a) { return a * 7 + 1; }
__attribute__((noinline)) int three(int a, int b, int c) { return a - b * c; }
__attribute__((noinline)) int six(int a, int b, int c, int d, int e, int f) { return a + b + c + d + e + f; }
__attribute__((noinline)) int from_six(int a, int b, int c, int d, int e, int f) { return one(a + b + c + d + e + f); }
__attribute__((noinline)) int from_one(int a) { return six(a, a + 1, a + 2, a + 3, a + 4, a + 5); }
__attribute__((noinline)) int from_two(int a, int b) { return three(b, a, a + b); }
__attribute__((noinline)) long long wide_tail(int a, int b) { long long x = a; return x << b; }
__attribute__((noinline)) long long into_wide(int a) { return wide_tail(a, a & 31); }
__attribute__((noinline)) int choose(int k, int x) {
    switch (k & 3) {
    case 0: return one(x);
    case 1: return three(x, k, 2);
    case 2: return from_one(x);
    default: return from_two(x, k);
    }
}
__attribute__((noinline)) int loop_then_tail(int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s = (s ^ (i * i)) + 3;
    return one(s);
}

int main(void) {
    line("from_six", from_six(1, 2, 3, 4, 5, 6));
    line("from_one", from_one(10));
    line("from_two", from_two(4, 9));
    for (int a = 1; a < 40; a += 13) { long long w = into_wide(a); line("wide lo", (int)w); line("wide hi", (int)(w >> 32)); }
    int s = 0;
    for (int k = 0; k < 40; k++) s += choose(k, k * 3);
    line("choose", s);
    line("loop", loop_then_tail(50));
    return s & 0x7f;
}
