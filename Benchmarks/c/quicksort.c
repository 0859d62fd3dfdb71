/* Quicksort of pseudo-random integers (Lomuto partition, recursion on the smaller side). */
#include "common.h"
#define N 3000
static int data[N];
static void sort(int *a, int lo, int hi) {
    while (lo < hi) {
        int pivot = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { sort(a, lo, j); lo = i; } else { sort(a, i, hi); hi = j; }
    }
}
int main(void) {
    unsigned seed = 12345;
    for (int i = 0; i < N; i++) { seed = seed * 1103515245u + 12345u; data[i] = (int)(seed >> 8) - (1 << 23); }
    sort(data, 0, N - 1);
    unsigned check = 0;
    for (int i = 0; i < N; i++) { check = check * 31 + (unsigned)data[i]; if (i && data[i - 1] > data[i]) return 1; }
    puts_("sorted "); put_hex(check); puts_("\n");
    return 0;
}
