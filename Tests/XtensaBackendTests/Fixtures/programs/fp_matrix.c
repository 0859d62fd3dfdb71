/* Matrix maths in double: product, Gaussian elimination with partial pivoting
   (determinant, solve), a 3-D rotation; doubles in arrays, phis and loop-carried sums. */
#include "floatio.h"

#define N 5

static double a[N][N], b[N][N], c[N][N];

static double det(double m[N][N]) {
    double t[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) t[i][j] = m[i][j];
    double d = 1.0;
    for (int k = 0; k < N; k++) {
        int p = k;
        for (int i = k + 1; i < N; i++) if (__builtin_fabs(t[i][k]) > __builtin_fabs(t[p][k])) p = i;
        if (t[p][k] == 0.0) return 0.0;
        if (p != k) { for (int j = 0; j < N; j++) { double s = t[k][j]; t[k][j] = t[p][j]; t[p][j] = s; } d = -d; }
        d *= t[k][k];
        for (int i = k + 1; i < N; i++) {
            double f = t[i][k] / t[k][k];
            for (int j = k; j < N; j++) t[i][j] -= f * t[k][j];
        }
    }
    return d;
}

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (double)((i * 7 + j * 3) % 11) - 4.5;
            b[i][j] = 1.0 / (double)(i + j + 1);
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
    for (int i = 0; i < N; i++) { put_bits64(c[i][i]); puts_(" "); put_fixed(c[i][N - 1 - i], 5); puts_("\n"); }
    fline("det a", det(a));
    fline("det hilbert", det(b));
    fline("det c", det(c));
    double x = 1.0, y = 0.0, z = 0.5;
    const double cs = 0.9950041652780258, sn = 0.09983341664682815;
    for (int i = 0; i < 63; i++) { double nx = cs * x - sn * y, ny = sn * x + cs * y; x = nx; y = ny; z = z * 1.01; }
    fline("x", x); fline("y", y); fline("z", z);
    return (int)(det(a) / 100.0) & 0xff;
}
