/* musttail with 64-bit arguments and results (register pairs a2/a3, a4/a5, a6/a7). */
#include "common.h"

long long collatz_odd(long long n, long long steps, long long peak);
__attribute__((noinline)) long long collatz_even(long long n, long long steps, long long peak) {
    if (n == 1) return steps * 1000000 + peak;
    if (n & 1) __attribute__((musttail)) return collatz_odd(n, steps, peak);
    __attribute__((musttail)) return collatz_even(n / 2, steps + 1, peak);
}
__attribute__((noinline)) long long collatz_odd(long long n, long long steps, long long peak) {
    long long next = 3 * n + 1;
    __attribute__((musttail)) return collatz_even(next, steps + 1, next > peak ? next : peak);
}
__attribute__((noinline)) unsigned long long fold(unsigned long long acc, unsigned k, unsigned long long mix) {
    if (!k) return acc ^ mix;
    __attribute__((musttail)) return fold(acc * 6364136223846793005ull + mix, k - 1, (mix << 7) | (mix >> 57));
}

int main(void) {
    static const long long starts[] = { 27, 97, 871, 6171, 77031, 837799, 1ll << 34 };
    for (int i = 0; i < 7; i++) {
        long long r = collatz_even(starts[i], 0, starts[i]);
        line("lo", (int)r); line("hi", (int)(r >> 32));
    }
    unsigned long long f = fold(1, 500, 0x9e3779b97f4a7c15ull);
    put_hex((unsigned)(f >> 32)); put_hex((unsigned)f); puts_("\n");
    return (int)(f & 0x7f);
}
