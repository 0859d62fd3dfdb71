/* Kiln's C library: the runtime's libm (Runtime/Core/Math, Docs/runtime.md "Math library")
 * and SoftFloat's correctly rounded sqrt and fma. Round to nearest only; errno is never set
 * (math_errhandling is 0). */
#ifndef KILN_MATH_H
#define KILN_MATH_H

#ifdef __cplusplus
extern "C" {
#endif

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#define M_PI 3.14159265358979323846
#define M_E 2.7182818284590452354
#define M_SQRT2 1.41421356237309504880
#define M_LN2 0.69314718055994530942

#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf_sign(x) /* glibc's: -1 for -inf */
#define isfinite(x) __builtin_isfinite(x)
#define signbit(x) __builtin_signbit(x)
#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

double fabs(double x);
float fabsf(float x);
double trunc(double x);
float truncf(float x);
double floor(double x);
float floorf(float x);
double ceil(double x);
float ceilf(float x);
double round(double x);
float roundf(float x);
double exp(double x);
float expf(float x);
double expm1(double x);
float expm1f(float x);
double log(double x);
float logf(float x);
double log1p(double x);
float log1pf(float x);
double log2(double x);
float log2f(float x);
double log10(double x);
float log10f(float x);
double sin(double x);
float sinf(float x);
double cos(double x);
float cosf(float x);
double tan(double x);
float tanf(float x);
double asin(double x);
float asinf(float x);
double acos(double x);
float acosf(float x);
double atan(double x);
float atanf(float x);
double sinh(double x);
float sinhf(float x);
double cosh(double x);
float coshf(float x);
double tanh(double x);
float tanhf(float x);
double cbrt(double x);
float cbrtf(float x);
double sqrt(double x);
float sqrtf(float x);
double copysign(double x, double y);
float copysignf(float x, float y);
double fmod(double x, double y);
float fmodf(float x, float y);
double pow(double x, double y);
float powf(float x, float y);
double atan2(double x, double y);
float atan2f(float x, float y);
double hypot(double x, double y);
float hypotf(float x, float y);
double fma(double x, double y, double z);
float fmaf(float x, float y, float z);
double modf(double x, double *integral);
float modff(float x, float *integral);
double frexp(double x, int *exponent);
float frexpf(float x, int *exponent);
double ldexp(double x, int exponent);
float ldexpf(float x, int exponent);
double scalbn(double x, int exponent);
float scalbnf(float x, int exponent);

#ifdef __cplusplus
}
#endif
#endif
