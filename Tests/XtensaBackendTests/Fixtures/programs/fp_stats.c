/* Statistics in double: mean, variance (Welford's update), standard deviation by Newton's
   square root, a histogram of generated values, min/max with NaN skipped, median by sort. */
#include "floatio.h"

static double root(double v) {
    double x = v > 1 ? v : 1;
    for (int i = 0; i < 40; i++) x = 0.5 * (x + v / x);
    return x;
}

static double samples[64];

int main(void) {
    unsigned seed = 2026;
    for (int i = 0; i < 64; i++) {
        seed = seed * 1664525u + 1013904223u;
        samples[i] = (double)(seed >> 8) / 16777216.0 * 10.0 - 3.0;
    }
    samples[10] = 0.0 / 0.0;
    double mean = 0, m2 = 0, lo = 1.0 / 0.0, hi = -1.0 / 0.0;
    int n = 0, histogram[8] = { 0 };
    for (int i = 0; i < 64; i++) {
        double x = samples[i];
        if (x != x) continue;
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (x < lo) lo = x;
        if (x > hi) hi = x;
        int bucket = (int)((x + 3.0) / 10.0 * 8.0);
        histogram[bucket < 0 ? 0 : bucket > 7 ? 7 : bucket]++;
    }
    fline("mean", mean);
    fline("variance", m2 / (n - 1));
    fline("stddev", root(m2 / (n - 1)));
    fline("min", lo);
    fline("max", hi);
    for (int i = 0; i < 8; i++) { put_int(histogram[i]); puts_(i < 7 ? " " : "\n"); }
    for (int i = 1; i < 64; i++) {
        double x = samples[i];
        int j = i - 1;
        while (j >= 0 && (samples[j] > x || samples[j] != samples[j])) { samples[j + 1] = samples[j]; j--; }
        samples[j + 1] = x;
    }
    fline("median", (samples[31] + samples[32]) / 2);
    fline("last", samples[63]);
    return n;
}
