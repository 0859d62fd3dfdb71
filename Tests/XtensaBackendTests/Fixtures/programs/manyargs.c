#include "common.h"
__attribute__((noinline)) int eight(int a, int b, int c, int d, int e, int f, int g, int h) {
    return a - b + c * d - e + f * g - h;
}
__attribute__((noinline)) int ten(int a, int b, int c, int d, int e, int f, int g, int h, short i, unsigned char j) {
    int local[8];
    for (int k = 0; k < 8; k++) local[k] = a * k + j;
    return local[h & 7] + eight(b, c, d, e, f, g, h, i) * 3 + i + j;
}
int main(void) {
    line("eight", eight(1, 2, 3, 4, 5, 6, 7, 8));
    line("ten", ten(1, 2, 3, 4, 5, 6, 7, 8, -9, 250));
    int s = 0;
    for (int i = 0; i < 10; i++) s += ten(i, i + 1, i * 2, 3, i ^ 5, 6, 7, i, (short)(i - 100), (unsigned char)(i * 40));
    line("sum", s);
    return 0;
}
