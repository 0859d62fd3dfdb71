#include "common.h"
// More values live across calls than the spill area holds (64 words; the window keeps only
// a2–a7 across a CALL8), in two phases so that the second can reuse the first one's slots,
// next to a local array large enough that the slots beyond the spill area lie past L32I's
// reach. The opaque `zero` keeps clang from folding the calls away.
volatile int zero;
__attribute__((noinline)) int id(int x) { return x + zero; }
__attribute__((noinline)) int fold(int a, int b) { return a * 31 + (b ^ (a >> 3)); }

#define R8(M, b) M(b##0) M(b##1) M(b##2) M(b##3) M(b##4) M(b##5) M(b##6) M(b##7)
#define ALL(M) R8(M, 1) R8(M, 2) R8(M, 3) R8(M, 4) R8(M, 5) R8(M, 6) R8(M, 7) R8(M, 8) R8(M, 9)
#define DEF_A(n) int a##n = id(n * 37 + 11);
#define USE_A(n) s = fold(s, a##n * (n % 7 + 1));
#define DEF_B(n) int b##n = id(n * 13 - 5);
#define USE_B(n) s = fold(s, b##n - n);

__attribute__((noinline)) int phases(int seed) {
    int buffer[300];
    for (int i = 0; i < 300; i++) buffer[i] = id(i * seed);
    ALL(DEF_A)
    int s = buffer[seed];
    ALL(USE_A)
    line("phase a", s);
    ALL(DEF_B)
    s += buffer[299 - seed];
    ALL(USE_B)
    line("phase b", s);
    int t = 0;
    for (int i = 0; i < 300; i++) t = fold(t, buffer[i]);
    return s ^ t;
}

int main(void) {
    int r = phases(3);
    line("result", r);
    return r & 127;
}
