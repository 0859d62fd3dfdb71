/* Indirect calls (CALLX8) with arguments on the stack, results of one indirect call
 * feeding the next, and function pointers chosen at run time from arguments. */
#include "common.h"

typedef int (*nine_fn)(int, int, int, int, int, int, int, int, int);
__attribute__((noinline)) int n_add(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return a + b + c + d + e + f + g + h + i; }
__attribute__((noinline)) int n_alt(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return a - b + c - d + e - f + g - h + i; }
__attribute__((noinline)) int n_mix(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return (a * b) ^ (c * d) ^ (e * f) ^ (g * h) ^ i; }
static nine_fn const fns[3] = { n_add, n_alt, n_mix };

__attribute__((noinline)) int chain(int rounds, nine_fn first, nine_fn second) {
    int x = 1;
    for (int r = 0; r < rounds; r++) {
        x = first(x, r, 2, 3, 4, 5, 6, 7, x & 0xff);
        x = second(r, x, r, x, r, x, r, x, 1) & 0xffff;
    }
    return x;
}

int main(void) {
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) line("chain", chain(10 + i + j, fns[i], fns[j]));
    return chain(3, n_mix, n_add) & 0x7f;
}
