/* Tail calls between functions of different frame sizes, some of which first make deep
 * ordinary calls (spilling their callers' register windows), some with stack arguments
 * to their own callees. */
#include "common.h"

__attribute__((noinline)) int seven(int a, int b, int c, int d, int e, int f, int g) { return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g; }
__attribute__((noinline)) unsigned deep(unsigned k, unsigned x) {
    if (!k) return x;
    unsigned r = deep(k - 1, x * 3 + k);
    return (r >> 1) ^ (r * k);
}
int small(int n, int a, int b, int c, int d, int e);
__attribute__((noinline)) int large(int n, int a, int b, int c, int d, int e) {
    volatile int big[60];
    for (int i = 0; i < 60; i++) big[i] = i * a;
    if (n <= 0) return big[59] + b;
    int s = seven(a, b, c, d, e, n, big[n % 60]);
    __attribute__((musttail)) return small(n - 1, s & 0xffff, c, d, e, (int)deep(8, (unsigned)b) & 0xff);
}
__attribute__((noinline)) int small(int n, int a, int b, int c, int d, int e) {
    if (n <= 0) return a - e;
    __attribute__((musttail)) return large(n - 1, b, a, d, c, e + 1);
}
__attribute__((noinline)) int keeper(int depth, int n) {
    int k1 = depth * 13, k2 = depth ^ 0x5a, k3 = n * 3 + depth;
    int r = depth ? keeper(depth - 1, n) : large(n, 1, 2, 3, 4, 5);
    return (r >> 1) + k1 - k2 + k3;
}

int main(void) {
    for (int n = 0; n < 30; n += 7) line("chain", large(n, 3, 1, 4, 1, 5));
    line("keeper", keeper(10, 21));
    line("keeper", keeper(2, 40));
    return keeper(4, 9) & 0x7f;
}
