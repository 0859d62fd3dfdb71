/* Plain C calls in tail position (clang marks them `tail`): Kiln turns those to functions
 * of the same module into jumps; results, extensions and void returns must survive. */
#include "common.h"

__attribute__((noinline)) short narrow(int x) { return (short)(x * 3); }
__attribute__((noinline)) short via_narrow(int x) { return narrow(x + 1); }
__attribute__((noinline)) unsigned char bytes(unsigned x) { return (unsigned char)(x >> 3); }
__attribute__((noinline)) int widen(unsigned x) { return bytes(x * 7); }   /* not a tail call: zero-extends */
static int counter;
__attribute__((noinline)) void bump(int by) { counter += by; }
__attribute__((noinline)) void bump_twice(int by) { bump(by); bump(by * 2); }
__attribute__((noinline)) int gcd_step(int a, int b);
__attribute__((noinline)) int gcd(int a, int b) { if (b == 0) return a; return gcd_step(b, a % b); }
__attribute__((noinline)) int gcd_step(int a, int b) { return gcd(a, b); }
__attribute__((noinline)) long long wide(long long x, int k) { return x * k + 1; }
__attribute__((noinline)) long long via_wide(long long x) { return wide(x + 5, 3); }

int main(void) {
    for (int i = -40000; i < 40000; i += 9999) { line("narrow", via_narrow(i)); line("widen", widen((unsigned)i)); }
    for (int i = 0; i < 5; i++) bump_twice(i);
    line("counter", counter);
    line("gcd", gcd(1071, 462)); line("gcd", gcd(832040, 514229));
    long long w = via_wide(1ll << 35);
    line("wide lo", (int)w); line("wide hi", (int)(w >> 32));
    return gcd(98, 56);
}
