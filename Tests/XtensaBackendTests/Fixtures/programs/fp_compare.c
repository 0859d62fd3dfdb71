/* Every fcmp predicate, ordered and unordered, on pairs including NaN, infinities and
   signed zeros; as values, in branches and in selects, float and double. */
#include "floatio.h"

static volatile double d[] = { 0.0, -0.0, 1.0, -1.0, 2.5, 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0 };
static volatile float f[] = { 0.0f, -0.0f, 1.0f, -1.0f, 2.5f, 1.0f / 0.0f, -1.0f / 0.0f, 0.0f / 0.0f };

__attribute__((noinline)) static unsigned dmask(double a, double b) {
    unsigned m = 0;
    m |= (a == b) << 0;
    m |= (a != b) << 1;
    m |= (a < b) << 2;
    m |= (a <= b) << 3;
    m |= (a > b) << 4;
    m |= (a >= b) << 5;
    m |= __builtin_isunordered(a, b) << 6;
    m |= !__builtin_isunordered(a, b) << 7;
    m |= __builtin_islessgreater(a, b) << 8;
    m |= (!(a < b)) << 9;
    m |= (!(a <= b)) << 10;
    m |= (!(a > b)) << 11;
    m |= (!(a >= b)) << 12;
    m |= (!__builtin_islessgreater(a, b)) << 13;
    return m;
}

__attribute__((noinline)) static unsigned fmask(float a, float b) {
    unsigned m = 0;
    m |= (a == b) << 0;
    m |= (a != b) << 1;
    m |= (a < b) << 2;
    m |= (a <= b) << 3;
    m |= (a > b) << 4;
    m |= (a >= b) << 5;
    m |= __builtin_isunordered(a, b) << 6;
    m |= __builtin_islessgreater(a, b) << 7;
    return m;
}

__attribute__((noinline)) static int branchy(double a, double b) {
    int r = 0;
    if (a < b) r += 1;
    if (a >= b) r += 2;
    if (!(a > b)) r += 4;
    if (a == b) r += 8;
    if (a != a) r += 16;
    return r;
}

__attribute__((noinline)) static double pick(double a, double b) { return a > b ? a : b; }
__attribute__((noinline)) static float pickf(float a, float b) { return !(a <= b) ? a : b; }

int main(void) {
    unsigned sum = 0;
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            unsigned m = dmask(d[i], d[j]), n = fmask(f[i], f[j]);
            put_hex(m); puts_(" "); put_hex(n); puts_(" "); put_int(branchy(d[i], d[j])); puts_(" ");
            put_bits64(pick(d[i], d[j])); puts_(" "); put_bits32(pickf(f[i], f[j])); puts_("\n");
            sum += m * (i + 1) + n * (j + 3);
        }
    }
    line("sum", (int)sum);
    return (int)(sum & 63);
}
