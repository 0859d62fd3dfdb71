/* Calls with many arguments of mixed widths: chars, shorts (sign and zero extended),
 * i64s that skip a register or start on the stack, pointers, and more than six words. */
#include "common.h"

__attribute__((noinline)) int narrow_wide(signed char a, unsigned char b, short c, unsigned short d, long long e,
                                          int f, long long g, signed char h, unsigned short i) {
    return a + b + c + d + (int)(e >> 20) + f + (int)(g % 1000) + h * i;
}
__attribute__((noinline)) long long pairs(int a, long long b, int c, long long d, long long e, int f) {
    return a + b * 3 + c - d + (e >> 1) + f;
}
__attribute__((noinline)) int ten(const int *p, int a, int b, int c, int d, int e, int f, int g, int h, const int *q) {
    return *p * a + b - c + d * e - f + g * h + *q;
}
__attribute__((noinline)) unsigned twelve(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e, unsigned f,
                                          unsigned g, unsigned h, unsigned i, unsigned j, unsigned k, unsigned l) {
    return ((((a * 3 + b) * 5 + c) * 7 + d) ^ (e << 3) ^ (f << 6)) + g * h + i * j + k * l;
}
/* Forwards its own stack arguments to another many-argument call. */
__attribute__((noinline)) unsigned relay(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e, unsigned f, unsigned g, unsigned h) {
    return twelve(h, g, f, e, d, c, b, a, a + b, c + d, e + f, g + h) + twelve(a, a, b, b, c, c, d, d, e, f, g, h);
}

int main(void) {
    line("narrow", narrow_wide(-100, 200, -30000, 60000, 1ll << 40, 7, 123456789012ll, -3, 65535));
    long long p = pairs(1, 1ll << 33, 2, -5, 1ll << 50, 9);
    line("pairs lo", (int)p); line("pairs hi", (int)(p >> 32));
    int x = 6, y = -7;
    line("ten", ten(&x, 1, 2, 3, 4, 5, 6, 7, 8, &y));
    line("twelve", (int)twelve(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    for (unsigned i = 0; i < 3; i++) line("relay", (int)relay(i, i + 1, i * 2, 3, 4, 5, 6, i * 7));
    return (int)(relay(1, 2, 3, 4, 5, 6, 7, 8) & 0x7f);
}
