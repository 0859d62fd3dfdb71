/* Series and iterations in double: pi by Leibniz and Machin, e, Newton's square root,
   a Horner polynomial, sorting doubles with a comparator through a function pointer. */
#include "floatio.h"

static double atan_series(double x) {
    double term = x, sum = 0, x2 = x * x;
    for (int k = 0; k < 30; k++) { sum += term / (2 * k + 1); term = -term * x2; }
    return sum;
}

static double newton_sqrt(double v) {
    if (v <= 0) return 0;
    double x = v > 1 ? v : 1;
    for (int i = 0; i < 60; i++) { double nx = 0.5 * (x + v / x); if (nx == x) break; x = nx; }
    return x;
}

static double horner(const double *c, int n, double x) {
    double r = 0;
    for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}

static int less(double a, double b) { return a < b; }
static int greater(double a, double b) { return a > b; }

static void sort(double *v, int n, int (*before)(double, double)) {
    for (int i = 1; i < n; i++) {
        double x = v[i];
        int j = i - 1;
        while (j >= 0 && before(x, v[j])) { v[j + 1] = v[j]; j--; }
        v[j + 1] = x;
    }
}

int main(void) {
    double leibniz = 0;
    for (int k = 0; k < 2000; k++) leibniz += (k & 1 ? -4.0 : 4.0) / (2 * k + 1);
    fline("leibniz", leibniz);
    fline("machin", 16 * atan_series(0.2) - 4 * atan_series(1.0 / 239));
    double e = 1, term = 1;
    for (int k = 1; k < 20; k++) { term /= k; e += term; }
    fline("e", e);
    for (int v = 0; v < 6; v++) fline("sqrt", newton_sqrt(v * 7.5));
    static const double c[] = { 1, -0.5, 0.041666666666666664, -0.001388888888888889, 2.48015873015873e-05 };
    fline("cos(1)", horner(c, 5, 1.0));
    double v[12];
    for (int i = 0; i < 12; i++) v[i] = (double)((i * 37) % 13) / 3.0 - 2.0;
    sort(v, 12, less);
    for (int i = 0; i < 12; i++) { put_fixed(v[i], 3); puts_(i == 11 ? "\n" : " "); }
    sort(v, 12, greater);
    for (int i = 0; i < 12; i++) { put_fixed(v[i], 3); puts_(i == 11 ? "\n" : " "); }
    return (int)(e * 10);
}
