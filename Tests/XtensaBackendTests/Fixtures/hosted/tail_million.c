/* A million musttail calls between two functions, direct and through pointers, with the
 * default stack: without proper tail calls they would need tens of megabytes. */
#include "host.h"

typedef unsigned step(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
step left, right;
step *volatile hop = left;
__attribute__((noinline)) unsigned left(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    if (!n) return a ^ b ^ c ^ d ^ e;
    __attribute__((musttail)) return right(n - 1, b + 1, c, d, e, a * 3);
}
__attribute__((noinline)) unsigned right(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    volatile unsigned local[8];
    local[n & 7] = a;
    if (!n) return local[0] + b;
    step *next = (n & 1) ? hop : left;
    __attribute__((musttail)) return next(n - 1, e, a + local[n & 7], b, c, d);
}

int main(void) {
    line("million", (int)left(1000000, 1, 2, 3, 4, 5));
    line("odd", (int)right(999999, 5, 4, 3, 2, 1));
    return (int)(left(77, 1, 1, 1, 1, 1) & 0x7f);
}
