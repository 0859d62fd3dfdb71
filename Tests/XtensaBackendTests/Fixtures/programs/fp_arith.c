/* double arithmetic on ordinary and special values (zeros, infinities, NaN, subnormals),
   printed as exact bits: the soft-float calls and the argument/result register pairs. */
#include "floatio.h"

static volatile double values[] = {
    0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1e300, -1e-300, 4.9e-324, 2.2250738585072014e-308,
    1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0, 123456789.125, 0.1, 7.0,
};

static double negate(double x) { return -x; }

int main(void) {
    int n = sizeof values / sizeof values[0];
    unsigned checksum = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j += 3) {
            double a = values[i], b = values[j];
            double r[4] = { a + b, a - b, a * b, a / b };
            for (int k = 0; k < 4; k++) {
                union { double d; unsigned long long u; } v = { r[k] };
                checksum = checksum * 31 + (unsigned)v.u + (unsigned)(v.u >> 32);
            }
        }
        put_bits64(values[i] + 1.0); puts_(" ");
        put_bits64(negate(values[i])); puts_(" ");
        put_bits64(values[i] * values[i] - 2.5); puts_("\n");
    }
    line("checksum", (int)checksum);
    fline("third", 1.0 / 3.0);
    fline("sum", 0.1 + 0.2);
    double acc = 0;
    for (int i = 1; i <= 100; i++) acc += 1.0 / (i * (double)i);
    fline("basel", acc);
    return (int)(acc * 10);
}
