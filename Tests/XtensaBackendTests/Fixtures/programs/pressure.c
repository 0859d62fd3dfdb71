#include "common.h"
__attribute__((noinline)) int id(int x) { return x; }
__attribute__((noinline)) int mix(int a, int b, int c, int d, int e, int f) { return a * 1 + b * 2 + c * 3 + d * 5 + e * 7 + f * 11; }
int main(void) {
    int v0 = id(1), v1 = id(2), v2 = id(3), v3 = id(4), v4 = id(5), v5 = id(6), v6 = id(7), v7 = id(8);
    int v8 = id(9), v9 = id(10), v10 = id(11), v11 = id(12);
    int s = mix(v0, v1, v2, v3, v4, v5);
    s += mix(v6, v7, v8, v9, v10, v11);
    s += v0 * v11 - v1 * v10 + v2 * v9 - v3 * v8 + v4 * v7 - v5 * v6;
    line("s", s);
    int acc = 0;
    for (int i = 0; i < 50; i++) acc += mix(i, v1 + i, v2, v3 ^ i, v4, v11) % 97;
    line("acc", acc);
    return s & 127;
}
