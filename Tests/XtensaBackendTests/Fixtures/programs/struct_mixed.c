/* Structs with 64-bit fields (8-byte aligned on the stack), nested structs, arrays in
 * structs, and scalars of every width before and after them. */
#include "common.h"

struct inner { short s; char c; };
struct outer { struct inner in[2]; int tail; };
struct wide { long long q; int k; };
struct pair64 { long long a, b; };

__attribute__((noinline)) int nest(char c, struct outer o, short s, long long q) {
    return c + o.in[0].s * o.in[1].c - o.in[1].s + o.in[0].c + o.tail * s + (int)(q >> 33);
}
__attribute__((noinline)) struct wide widen(int a, struct wide w, long long b) {
    w.q = w.q * a + b; w.k += (int)(b & 0xff); return w;
}
__attribute__((noinline)) struct pair64 swap64(struct pair64 p, int k) {
    struct pair64 r = { p.b + k, p.a - k }; return r;
}
__attribute__((noinline)) long long sum_wides(int n, struct wide a, struct wide b, struct wide c, int m) {
    return (a.q + b.q + c.q) * n + a.k + b.k + c.k - m;
}

int main(void) {
    struct outer o = { { { 300, 4 }, { -7, 9 } }, 11 };
    line("nest", nest('A', o, 3, 5ll << 36));
    struct wide w = { 1ll << 32, 5 };
    for (int i = 1; i < 5; i++) w = widen(i, w, (long long)i << 30);
    line("q lo", (int)w.q); line("q hi", (int)(w.q >> 32)); line("k", w.k);
    struct pair64 p = { 123456789012ll, -98765432109ll };
    p = swap64(swap64(p, 17), 4);
    line("a lo", (int)p.a); line("b hi", (int)(p.b >> 32));
    struct wide x = { 3, 1 }, y = { -10, 2 }, z = { 1ll << 40, 3 };
    long long s = sum_wides(7, x, y, z, 9);
    line("s lo", (int)s); line("s hi", (int)(s >> 32));
    return w.k & 0x7f;
}
