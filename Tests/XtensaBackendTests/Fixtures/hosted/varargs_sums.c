/* Variadic sums with named parameters of every count, so the unnamed ones start in every
 * argument register and on the stack. */
#include <stdarg.h>
#include "host.h"

__attribute__((noinline)) int sum0(int n, ...) {
    va_list ap; va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s = s * 3 + va_arg(ap, int);
    va_end(ap);
    return s;
}
__attribute__((noinline)) int sum2(int a, int n, ...) {
    va_list ap; va_start(ap, n);
    int s = a;
    for (int i = 0; i < n; i++) s = s * 5 - va_arg(ap, int);
    va_end(ap);
    return s;
}
__attribute__((noinline)) int sum5(int a, int b, int c, int d, int n, ...) {
    va_list ap; va_start(ap, n);
    int s = a + b + c + d;
    for (int i = 0; i < n; i++) s ^= va_arg(ap, int) << (i & 7);
    va_end(ap);
    return s;
}
__attribute__((noinline)) int sum7(int a, int b, int c, int d, int e, int f, int n, ...) {
    va_list ap; va_start(ap, n);
    int s = a + b + c + d + e + f;
    for (int i = 0; i < n; i++) s = s * 7 + va_arg(ap, int);
    va_end(ap);
    return s;
}
__attribute__((noinline)) long long wide(int n, ...) {
    va_list ap; va_start(ap, n);
    long long s = 0;
    for (int i = 0; i < n; i++) s = s * 3 + va_arg(ap, long long);
    va_end(ap);
    return s;
}
__attribute__((noinline)) int first(int n, ...) {   /* LLVM 22 gets this one wrong */
    va_list ap; va_start(ap, n);
    int x = va_arg(ap, int);
    va_end(ap);
    return x;
}
__attribute__((noinline)) const char *pick(int k, ...) {
    va_list ap; va_start(ap, k);
    const char *s = "";
    for (int i = 0; i <= k; i++) s = va_arg(ap, const char *);
    va_end(ap);
    return s;
}

int main(void) {
    line("first", first(1, 42, 43));
    for (int n = 0; n <= 8; n++) line("sum0", sum0(n, 1, 2, 3, 4, 5, 6, 7, 8));
    for (int n = 0; n <= 8; n++) line("sum2", sum2(9, n, 11, 12, 13, 14, 15, 16, 17, 18));
    for (int n = 0; n <= 4; n++) line("sum5", sum5(1, 2, 3, 4, n, 0x10, 0x200, 0x3000, 0x40000));
    for (int n = 0; n <= 4; n++) line("sum7", sum7(1, 2, 3, 4, 5, 6, n, 100, 200, 300, 400));
    for (int n = 0; n <= 5; n++) {
        long long w = wide(n, 1ll << 33, -5ll, 7ll << 20, 1ll, -(1ll << 40));
        line("wide lo", (int)w); line("wide hi", (int)(w >> 32));
    }
    puts_(pick(2, "zero", "one", "two", "three")); puts_("\n");
    puts_(pick(7, "0", "1", "2", "3", "4", "5", "6", "seven")); puts_("\n");
    return sum0(3, 1, 1, 1) & 0x7f;
}
