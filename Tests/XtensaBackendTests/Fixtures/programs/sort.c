#include "common.h"
static void quicksort(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    quicksort(a, lo, j);
    quicksort(a, i, hi);
}
static unsigned seed = 12345;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return seed >> 16; }
int main(void) {
    int a[100];
    for (int i = 0; i < 100; i++) a[i] = (int)(next() % 1000) - 500;
    quicksort(a, 0, 99);
    int ok = 1;
    for (int i = 1; i < 100; i++) ok &= a[i - 1] <= a[i];
    line("sorted", ok);
    line("min", a[0]);
    line("median", a[50]);
    line("max", a[99]);
    short s[8] = {1, -2, 300, -400, 5000, -6000, 32767, -32768};
    int total = 0;
    for (int i = 0; i < 8; i++) total += s[i] * (i + 1);
    line("shorts", total);
    return 0;
}
