/* Soft-float on the device, compared bit for bit with the host's hardware.
 *
 * The same file is built twice: by `kiln build` for QEMU (every float operation becomes a
 * call into the runtime's soft-float, libm's sqrt/fma, conversions) and by the host's C
 * compiler with -DHOST (x86-64 SSE2 and glibc). Operands come from a fixed xorshift
 * generator; each operation class hashes its results (FNV-1a over the bits, NaNs reduced to
 * one canonical pattern: IEEE 754 leaves NaN payloads open) and the program prints one line
 * per class. The two outputs must be identical. */
#ifdef HOST
#include <math.h>
#include <stdio.h>
#include <stdint.h>
static void kiln_console_write(const char *s, unsigned n) { fwrite(s, 1, n, stdout); }
#else
#include <kiln/platform.h>
typedef unsigned long long uint64_t;
typedef long long int64_t;
typedef unsigned int uint32_t;
typedef int int32_t;
double sqrt(double);
double fma(double, double, double);
float sqrtf(float);
float fmaf(float, float, float);
/* Embedded Swift's traps reach abort; the C library will provide it, a program's own wins. */
void abort(void) { kiln_exit(134); }
#endif

#ifndef ROUNDS
#define ROUNDS 1000
#endif

static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static uint64_t bits_of(double x) { union { double d; uint64_t u; } v; v.d = x; return v.u; }
static double double_of(uint64_t u) { union { double d; uint64_t u; } v; v.u = u; return v.d; }
static uint32_t bits_of_float(float x) { union { float f; uint32_t u; } v; v.f = x; return v.u; }
static float float_of(uint32_t u) { union { float f; uint32_t u; } v; v.u = u; return v.f; }

static const uint64_t specials[] = {
    0, 0x8000000000000000ull, 0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8000000000000ull,
    1, 0x000FFFFFFFFFFFFFull, 0x0010000000000000ull, 0x7FEFFFFFFFFFFFFFull, 0x3FF0000000000000ull,
    0xBFF0000000000000ull, 0x3FE0000000000000ull, 0x4000000000000000ull, 0x3FF0000000000001ull,
    0x41DFFFFFFFC00000ull, 0xC1E0000000000000ull, 0x43E0000000000000ull, 0x3CA0000000000000ull,
};

/* A double operand: mostly moderate magnitudes (so results are mostly finite), plus raw bit
 * patterns (NaN, infinities, subnormals), special values, small integers and values at the
 * edges of the exponent range. */
static double operand(void) {
    uint64_t r = next();
    uint64_t sign = r & 0x8000000000000000ull;
    uint64_t fraction = next() & 0x000FFFFFFFFFFFFFull;
    switch ((r >> 3) & 7) {
    case 0: case 1: case 2: case 3:
        return double_of(sign | ((uint64_t)(1023 - 60 + (r >> 8) % 121) << 52) | fraction);
    case 4: return double_of(next());
    case 5: return double_of(specials[(r >> 8) % (sizeof specials / sizeof specials[0])] | sign);
    case 6: return (double)(int32_t)((r >> 8) % 2001 - 1000);
    default: {
        uint64_t e = (r >> 8) & 1 ? (r >> 9) % 3 : 2046 - (r >> 9) % 3;
        return double_of(sign | (e << 52) | fraction);
    }
    }
}

struct class_hash { const char *name; uint64_t hash; unsigned count; };
static struct class_hash classes[] = {
    {"add", 0, 0}, {"sub", 0, 0}, {"mul", 0, 0}, {"div", 0, 0}, {"sqrt", 0, 0}, {"fma", 0, 0},
    {"addf", 0, 0}, {"mulf", 0, 0}, {"divf", 0, 0}, {"sqrtf", 0, 0}, {"fmaf", 0, 0},
    {"d2f", 0, 0}, {"f2d", 0, 0}, {"d2i", 0, 0}, {"i2d", 0, 0}, {"d2l", 0, 0}, {"l2d", 0, 0},
    {"u2d", 0, 0}, {"l2f", 0, 0}, {"cmp", 0, 0},
};
enum { ADD, SUB, MUL, DIV, SQRT, FMA, ADDF, MULF, DIVF, SQRTF, FMAF, D2F, F2D, D2I, I2D, D2L, L2D, U2D, L2F, CMP, CLASSES };

static void record(int c, uint64_t value) {
    struct class_hash *h = &classes[c];
    if (h->count == 0) h->hash = 0xcbf29ce484222325ull;
    for (int i = 0; i < 8; i++) { h->hash = (h->hash ^ ((value >> (8 * i)) & 0xFF)) * 0x100000001b3ull; }
    h->count++;
}
static void record_double(int c, double x) { record(c, x != x ? 0x7FF8000000000000ull : bits_of(x)); }
static void record_float(int c, float x) { record(c, x != x ? 0x7FC00000u : bits_of_float(x)); }

static char line[96];
static unsigned put_text(unsigned at, const char *s) { while (*s) line[at++] = *s++; return at; }
static unsigned put_hex(unsigned at, uint64_t v) {
    for (int i = 15; i >= 0; i--) line[at++] = "0123456789abcdef"[(v >> (4 * i)) & 15];
    return at;
}
static unsigned put_decimal(unsigned at, unsigned v) {
    char digits[12]; int n = 0;
    do { digits[n++] = '0' + v % 10; v /= 10; } while (v);
    while (n) line[at++] = digits[--n];
    return at;
}

int main(void) {
    for (int round = 0; round < ROUNDS; round++) {
        double a = operand(), b = operand(), c = operand();
        double s = a + b; record_double(ADD, s);
        double d = a - b; record_double(SUB, d);
        double p = a * b; record_double(MUL, p);
        double q = a / b; record_double(DIV, q);
        record_double(SQRT, sqrt(a));
        record_double(FMA, fma(a, b, c));
        float fa = (float)a, fb = (float)b, fc = (float)c;
        record_float(D2F, fa);
        float fs = fa + fb; record_float(ADDF, fs);
        float fp = fa * fb; record_float(MULF, fp);
        float fq = fa / fb; record_float(DIVF, fq);
        record_float(SQRTF, sqrtf(fb));
        record_float(FMAF, fmaf(fa, fb, fc));
        double widened = fs; record_double(F2D, widened);
        /* Conversions to integers only in range: outside it C leaves the result undefined. */
        double small = a - (double)(int64_t)(a / 4294967296.0) * 4294967296.0;
        if (small == small && small > -2147483648.0 && small < 2147483647.0) record(D2I, (uint64_t)(int64_t)(int32_t)small);
        if (a == a && a > -9.2e18 && a < 9.2e18) record(D2L, (uint64_t)(int64_t)a);
        int32_t i = (int32_t)next();
        double fromInt = i; record_double(I2D, fromInt);
        int64_t l = (int64_t)next();
        double fromLong = l; record_double(L2D, fromLong);
        float fromLongFloat = l; record_float(L2F, fromLongFloat);
        uint32_t u = (uint32_t)next();
        double fromUnsigned = u; record_double(U2D, fromUnsigned);
        /* Every fcmp predicate (the negated ones become LLVM's unordered predicates, which
           test the compare routines' results for NaN), a against -a for the zeros, and the
           float routines too. */
        record(CMP, (uint64_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | (a > c) << 4 | (fa >= fb) << 5
                               | (a >= b) << 6 | !(a < b) << 7 | !(a <= b) << 8 | !(a > b) << 9 | !(a >= b) << 10
                               | (a == -a) << 11 | (a <= -a) << 12 | (a < -a) << 13 | !(a == b) << 14
                               | (fa < fb) << 15 | (fa <= fb) << 16 | (fa == fb) << 17 | (fa != fb) << 18
                               | (fa > fc) << 19 | !(fa < fb) << 20 | !(fa <= fb) << 21 | !(fa > fb) << 22
                               | !(fa >= fb) << 23 | (fa == -fa) << 24));
    }
    unsigned total = 0;
    for (int k = 0; k < CLASSES; k++) {
        unsigned at = put_text(0, classes[k].name);
        at = put_text(at, " ");
        at = put_decimal(at, classes[k].count);
        at = put_text(at, " ");
        at = put_hex(at, classes[k].hash);
        line[at++] = '\n';
        kiln_console_write(line, at);
        total += classes[k].count;
    }
    unsigned at = put_text(0, "operations ");
    at = put_decimal(at, total);
    line[at++] = '\n';
    kiln_console_write(line, at);
    return 0;
}
