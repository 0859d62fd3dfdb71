/* Unnamed arguments after named ones that fill the argument registers (so every unnamed
 * one is on the stack), 64-bit unnamed arguments at every register position, and
 * pointers and chars among them. */
#include <stdarg.h>
#include "host.h"

__attribute__((noinline)) int after_six(int a, int b, int c, int d, int e, int f, ...) {
    va_list ap; va_start(ap, f);
    int s = a + b + c + d + e + f;
    for (int v; (v = va_arg(ap, int)) != -1; ) s = s * 3 + v;
    va_end(ap);
    return s;
}
__attribute__((noinline)) long long after_wide(long long a, long long b, int c, ...) {
    va_list ap; va_start(ap, c);
    long long s = a - b + c;
    for (int i = 0; i < c; i++) s = s * 3 + va_arg(ap, long long);
    va_end(ap);
    return s;
}
__attribute__((noinline)) long long wide_at(int skip, ...) {   /* skip ints, then one i64 */
    va_list ap; va_start(ap, skip);
    int s = 0;
    for (int i = 0; i < skip; i++) s += va_arg(ap, int);
    long long w = va_arg(ap, long long);
    int tail = va_arg(ap, int);
    va_end(ap);
    return w + s * 1000 + tail;
}
__attribute__((noinline)) int chars_and_pointers(int n, ...) {
    va_list ap; va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) {
        int c = va_arg(ap, int);            /* a char, promoted */
        const char *p = va_arg(ap, const char *);
        s = s * 31 + c + p[0];
    }
    va_end(ap);
    return s;
}

int main(void) {
    line("six", after_six(1, 2, 3, 4, 5, 6, 7, 8, 9, -1));
    line("six none", after_six(1, 1, 1, 1, 1, 1, -1));
    long long w = after_wide(1ll << 40, 5, 3, 7ll, -(1ll << 35), 9ll);
    line("wide lo", (int)w); line("wide hi", (int)(w >> 32));
    const long long W = (3ll << 33) + 5;
    long long at[7] = {
        wide_at(0, W, 9), wide_at(1, 1, W, 9), wide_at(2, 1, 2, W, 9), wide_at(3, 1, 2, 3, W, 9),
        wide_at(4, 1, 2, 3, 4, W, 9), wide_at(5, 1, 2, 3, 4, 5, W, 9), wide_at(6, 1, 2, 3, 4, 5, 6, W, 9),
    };
    for (int k = 0; k < 7; k++) { line("at", k); line("lo", (int)at[k]); line("hi", (int)(at[k] >> 32)); }
    line("chars", chars_and_pointers(3, 'x', "alpha", 'y', "beta", 'z', "gamma"));
    return after_six(0, 0, 0, 0, 0, 0, 5, -1);
}
