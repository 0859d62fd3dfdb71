/* math.h: the exact functions bit for bit (%a), the others to 12 significant digits (the
 * runtime's libm is within 1 ulp of the exact value, glibc's too, so more digits could
 * differ in the last place). */
#include <stdio.h>
#include <math.h>

int main(void) {
    const double xs[] = {0.0, -0.0, 0.5, -1.25, 2.0, 3.75, 10.0, -7.5, 1e-3, 123.456, 1e6, 0.1};
    for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
        double x = xs[i];
        int exponent;
        double whole, fraction = modf(x, &whole), mantissa = frexp(x, &exponent);
        printf("%g: floor %a ceil %a trunc %a round %a fabs %a sqrt %a fmod %a modf %a/%a frexp %a*2^%d ldexp %a\n",
               x, floor(x), ceil(x), trunc(x), round(x), fabs(x), sqrt(fabs(x)), fmod(x, 0.75), whole, fraction,
               mantissa, exponent, ldexp(x, 7));
    }
    const double ys[] = {0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.5, 10.0, 0.001, 100.0};
    for (unsigned i = 0; i < sizeof ys / sizeof *ys; i++) {
        double y = ys[i];
        printf("%g: exp %.12g log %.12g log10 %.12g log2 %.12g pow %.12g sin %.12g cos %.12g tan %.12g\n", y, exp(y),
               log(y), log10(y), log2(y), pow(y, 1.7), sin(y), cos(y), tan(y));
        printf("   atan %.12g atan2 %.12g sinh %.12g cosh %.12g tanh %.12g expm1 %.12g log1p %.12g hypot %.12g cbrt %.12g\n",
               atan(y), atan2(y, -1.5), sinh(y), cosh(y), tanh(y), expm1(y), log1p(y), hypot(y, 2.5), cbrt(y));
        if (y <= 1.0) printf("   asin %.12g acos %.12g\n", asin(y), acos(y));
    }
    printf("special: %g %g %g %g %d %d\n", sqrt(-1.0) != sqrt(-1.0) ? 1.0 : 0.0, log(0.0), exp(1000.0), pow(0.0, -1.0),
           isnan(NAN), isinf(-INFINITY));
    printf("float: %a %a %.6g %.6g\n", (double)sqrtf(2.0f), (double)floorf(-2.5f), (double)sinf(1.0f), (double)powf(2.0f, 0.5f));
    printf("fma %a\n", fma(0.1, 10.0, -1.0));
    return 0;
}
