/* va_list handed down several levels, consumed partly by each, va_copy to rescan, and a
 * variadic function calling another variadic function with its own arguments. */
#include <stdarg.h>
#include "host.h"

__attribute__((noinline)) int take_two(va_list *ap) { int a = va_arg(*ap, int); int b = va_arg(*ap, int); return a * 10 + b; }
__attribute__((noinline)) long long take_wide(va_list *ap) { return va_arg(*ap, long long); }
__attribute__((noinline)) int vsum_pairs(int pairs, va_list ap) {
    va_list mine;   /* (a va_list parameter is an array on some hosts: copy it to take its address) */
    va_copy(mine, ap);
    int s = 0;
    for (int i = 0; i < pairs; i++) s = s * 3 + take_two(&mine);
    va_end(mine);
    return s;
}
__attribute__((noinline)) int sum_pairs(int pairs, ...) {
    va_list ap; va_start(ap, pairs);
    int s = vsum_pairs(pairs, ap);
    va_end(ap);
    return s;
}
/* Scans its arguments twice: once to count up to a zero, once to weigh them. */
__attribute__((noinline)) int weigh(int first, ...) {
    va_list ap, again;
    va_start(ap, first);
    va_copy(again, ap);
    int n = 0;
    for (int v = first; v; v = va_arg(ap, int)) n++;
    int w = 0;
    for (int i = 1, v = first; i <= n; i++) { w += v * i; if (i < n) v = va_arg(again, int); }
    va_end(again);
    va_end(ap);
    return n * 1000 + w;
}
__attribute__((noinline)) long long mixed(const char *shape, ...) {
    va_list ap; va_start(ap, shape);
    long long s = 0;
    for (; *shape; shape++) {
        if (*shape == 'i') s = s * 7 + va_arg(ap, int);
        else if (*shape == 'L') s = s * 5 + take_wide(&ap);
        else if (*shape == 'p') s += *va_arg(ap, const int *);
        else if (*shape == '2') s -= take_two(&ap);
    }
    va_end(ap);
    return s;
}
__attribute__((noinline)) int outer(int k, ...) {   /* passes its own fixed values on to another variadic call */
    va_list ap; va_start(ap, k);
    int a = va_arg(ap, int), b = va_arg(ap, int);
    va_end(ap);
    return sum_pairs(2, a, b, k, a + b) + weigh(a, b, k, 0);
}

int main(void) {
    line("pairs", sum_pairs(4, 1, 2, 3, 4, 5, 6, 7, 8));
    line("weigh", weigh(5, 4, 3, 2, 1, 0));
    line("weigh", weigh(9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 99));
    int seven = 7;
    long long m = mixed("iLpi2L", 3, 1ll << 36, &seven, -4, 8, 9, -(1ll << 33));
    line("mixed lo", (int)m); line("mixed hi", (int)(m >> 32));
    line("outer", outer(6, 11, 12));
    return weigh(1, 2, 0) & 0x7f;
}
