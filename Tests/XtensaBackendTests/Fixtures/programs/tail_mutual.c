/* musttail between mutually recursive functions with six arguments (llc-22 makes these
 * ordinary calls, so the depth stays within its stack; Kiln's run in constant stack). */
#include "common.h"

unsigned is_odd(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
__attribute__((noinline)) unsigned is_even(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    if (n == 0) return 1 + (a ^ b ^ c ^ d ^ e) * 2;
    __attribute__((musttail)) return is_odd(n - 1, b, c, d, e, a + n);
}
__attribute__((noinline)) unsigned is_odd(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    if (n == 0) return (a + b + c + d + e) * 2;
    __attribute__((musttail)) return is_even(n - 1, e, a, b ^ n, c, d);
}

int main(void) {
    for (unsigned n = 0; n < 2000; n += 333) {
        unsigned r = is_even(n, 1, 2, 3, 4, 5);
        line("even", (int)(r & 1)); line("value", (int)(r >> 1));
    }
    return (int)(is_odd(77, 9, 8, 7, 6, 5) & 0x7f);
}
