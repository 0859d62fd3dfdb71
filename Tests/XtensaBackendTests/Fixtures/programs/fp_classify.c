/* Classification: isnan, isinf, isfinite, isnormal, fpclassify and signbit (clang emits
   llvm.is.fpclass and bit tests) on every class of float and double; and the narrow
   {i8, i16} add/sub/mul-with-overflow intrinsics. */
#include "floatio.h"

static volatile double d[] = { 0.0, -0.0, 1.0, -2.0, 4.9e-324, -2.2e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
                               1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0, -(0.0 / 0.0) };
static volatile float f[] = { 0.0f, -0.0f, 1.0f, -2.0f, 1e-45f, -1e-40f, 1.17549435e-38f, 3.4e38f, 1.0f / 0.0f, -1.0f / 0.0f,
                              0.0f / 0.0f };

__attribute__((noinline)) static int classify_d(double x) {
    return __builtin_isnan(x) | __builtin_isinf(x) << 1 | __builtin_isfinite(x) << 2 | __builtin_isnormal(x) << 3 |
           __builtin_fpclassify(1, 2, 3, 4, 5, x) << 4 | (__builtin_signbit(x) != 0) << 8 | __builtin_isinf_sign(x) << 9;
}

__attribute__((noinline)) static int classify_f(float x) {
    return __builtin_isnan(x) | __builtin_isinf(x) << 1 | __builtin_isfinite(x) << 2 | __builtin_isnormal(x) << 3 |
           __builtin_fpclassify(1, 2, 3, 4, 5, x) << 4 | (__builtin_signbit(x) != 0) << 8;
}

/* llvm.is.fpclass with explicit masks: sign-symmetric ranges of classes, and others. */
#define CLASSES(x) (__builtin_isfpclass(x, 3) | __builtin_isfpclass(x, 0x204) << 1 | __builtin_isfpclass(x, 0x1f8) << 2 | \
    __builtin_isfpclass(x, 0x108) << 3 | __builtin_isfpclass(x, 0x60) << 4 | __builtin_isfpclass(x, 0x90) << 5 | \
    __builtin_isfpclass(x, 1) << 6 | __builtin_isfpclass(x, 2) << 7 | __builtin_isfpclass(x, 0x3ff) << 8 | \
    __builtin_isfpclass(x, 0x21c) << 9 | __builtin_isfpclass(x, 0xc0) << 10 | __builtin_isfpclass(x, 0x30) << 11 | \
    __builtin_isfpclass(x, 0x3fc) << 12 | __builtin_isfpclass(x, 0x1e0) << 13)
__attribute__((noinline)) static int masks_d(double x) { return CLASSES(x); }
__attribute__((noinline)) static int masks_f(float x) { return CLASSES(x); }

static volatile signed char sc[] = { 0, 1, -1, 100, -100, 127, -128, 12 };
static volatile unsigned short us[] = { 0, 1, 255, 256, 40000, 65535, 300, 2 };

int main(void) {
    for (int i = 0; i < 12; i++) { put_hex((unsigned)classify_d(d[i])); puts_(" "); }
    puts_("\n");
    for (int i = 0; i < 11; i++) { put_hex((unsigned)classify_f(f[i])); puts_(" "); }
    puts_("\n");
    union { unsigned long long u; double d; } snan = { 0x7ff0000000000001ULL };
    union { unsigned u; float f; } snanf = { 0x7f800001u };
    for (int i = 0; i < 12; i++) { put_hex((unsigned)masks_d(d[i])); puts_(" "); }
    put_hex((unsigned)masks_d(snan.d)); puts_("\n");
    for (int i = 0; i < 11; i++) { put_hex((unsigned)masks_f(f[i])); puts_(" "); }
    put_hex((unsigned)masks_f(snanf.f)); puts_("\n");
    int flags = 0, sum = 0;
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            signed char r1, r2, r3; unsigned short u1, u2, u3;
            flags += __builtin_add_overflow(sc[i], sc[j], &r1) + 2 * __builtin_sub_overflow(sc[i], sc[j], &r2) +
                     4 * __builtin_mul_overflow(sc[i], sc[j], &r3);
            flags += 8 * __builtin_add_overflow(us[i], us[j], &u1) + 16 * __builtin_sub_overflow(us[i], us[j], &u2) +
                     32 * __builtin_mul_overflow(us[i], us[j], &u3);
            sum += r1 + r2 + r3 + u1 + u2 + u3;
        }
    }
    line("flags", flags);
    line("sum", sum);
    return flags & 0x7f;
}
