/* Math intrinsics clang emits for the C builtins: fabs, copysign, sqrt, floor, ceil,
   trunc, round, fmin, fmax, fmod, fma, and the multiply-add contraction. */
#include "floatio.h"

double sqrt(double); double fma(double, double, double); float sqrtf(float);

/* libm functions the intrinsics call, written here: the runtime's libm does not run on
   QEMU's core yet, and has no fmin/fmax. Exact for |x| < 2^52 by adding and subtracting
   2^52, which rounds to an integer. */
double trunc(double x) {
    double m = __builtin_fabs(x);
    if (!(m < 4503599627370496.0)) return x;
    double r = (m + 4503599627370496.0) - 4503599627370496.0;
    if (r > m) r -= 1.0;
    return __builtin_copysign(r, x);
}
double floor(double x) { double t = trunc(x); return t > x ? t - 1.0 : t; }
double ceil(double x) { double t = trunc(x); return t < x ? t + 1.0 : t; }
double round(double x) {
    double t = trunc(x);
    return __builtin_fabs(x - t) >= 0.5 ? t + __builtin_copysign(1.0, x) : t;
}
float floorf(float x) { return (float)floor(x); }
float fabsf(float x) { return __builtin_fabsf(x); }
float copysignf(float x, float y) { return __builtin_copysignf(x, y); }
double fmod(double x, double y) {
    if (y == 0 || x != x || y != y || __builtin_fabs(x) == 1.0 / 0.0) return 0.0 / 0.0;
    double q = trunc(x / y), r = x - q * y;
    return r;
}
double fmin(double a, double b) { return a != a ? b : b != b ? a : a < b ? a : b; }
double fmax(double a, double b) { return a != a ? b : b != b ? a : a > b ? a : b; }

static volatile double v[] = { 0.0, -0.0, 0.5, -0.5, 1.5, -2.5, 2.75, -3.25, 100.0, 1e15 + 0.5, 1.0 / 0.0, 0.0 / 0.0, 2.0 };

int main(void) {
    int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++) {
        double x = v[i], y = v[(i + 5) % n];
        put_bits64(__builtin_fabs(x)); puts_(" ");
        put_bits64(__builtin_copysign(2.0, x)); puts_(" ");
        put_bits64(__builtin_copysign(x, y)); puts_(" ");
        put_bits64(__builtin_floor(x)); puts_(" ");
        put_bits64(__builtin_ceil(x)); puts_(" ");
        put_bits64(__builtin_trunc(x)); puts_(" ");
        put_bits64(__builtin_round(x)); puts_("\n  ");
        put_bits64(__builtin_fmin(x, y)); puts_(" ");
        put_bits64(__builtin_fmax(x, y)); puts_(" ");
        put_bits64(x * y + x); puts_(" ");
        put_bits32(__builtin_fabsf((float)x)); puts_(" ");
        put_bits32(__builtin_copysignf(1.0f, (float)y)); puts_(" ");
        put_bits32(__builtin_floorf((float)x)); puts_("\n");
    }
    fline("sqrt2", sqrt(2.0));
    fline("sqrt(1e-10)", sqrt(1e-10));
    put_bits32(sqrtf(3.0f)); puts_("\n");
    fline("fmod", __builtin_fmod(10.5, 3.0));
    fline("fmod neg", __builtin_fmod(-10.5, 3.0));
    fline("fma", fma(0.1, 10.0, -1.0));
    return (int)sqrt(v[8]);
}
