/* Two-dimensional VLAs and VLA parameters: a matrix product and a determinant by
 * elimination on run-time sizes, with calls made while SP is moved. */
#include "common.h"

__attribute__((noinline)) void product(int n, int m, int p, int a[n][m], int b[m][p], int c[n][p]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < p; j++) {
            int s = 0;
            for (int k = 0; k < m; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

__attribute__((noinline)) int trace_of_product(int n, int m, int seed) {
    int a[n][m], b[m][n], c[n][n];
    for (int i = 0; i < n; i++) for (int k = 0; k < m; k++) a[i][k] = (i * 7 + k * 3 + seed) % 11 - 5;
    for (int k = 0; k < m; k++) for (int j = 0; j < n; j++) b[k][j] = (k * 5 + j + seed) % 9 - 4;
    product(n, m, n, a, b, c);
    int t = 0;
    for (int i = 0; i < n; i++) t += c[i][i] * (i + 1);
    return t;
}

/* Fraction-free (Bareiss) elimination: exact in integers. */
__attribute__((noinline)) long long determinant(int n, int seed) {
    long long m[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = (i == j ? 10 : 0) + (i * 3 + j * 5 + seed) % 7 - 3;
    long long previous = 1;
    for (int k = 0; k < n - 1; k++) {
        if (m[k][k] == 0) return 0;
        for (int i = k + 1; i < n; i++)
            for (int j = k + 1; j < n; j++) m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) / previous;
        previous = m[k][k];
    }
    return m[n - 1][n - 1];
}

int main(void) {
    for (int n = 1; n <= 9; n += 2) line("trace", trace_of_product(n, n + 2, n));
    for (int n = 1; n <= 6; n++) { long long d = determinant(n, n * 3); line("det lo", (int)d); line("det hi", (int)(d >> 32)); }
    return trace_of_product(3, 4, 1) & 0x7f;
}
