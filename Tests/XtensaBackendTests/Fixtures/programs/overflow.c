#include "common.h"
__attribute__((noinline)) int flags(int a, int b) {
    int r; unsigned u;
    int f = 0;
    f |= __builtin_sadd_overflow(a, b, &r);
    f |= __builtin_ssub_overflow(a, b, &r) << 1;
    f |= __builtin_uadd_overflow((unsigned)a, (unsigned)b, &u) << 2;
    f |= __builtin_usub_overflow((unsigned)a, (unsigned)b, &u) << 3;
    return f;
}
__attribute__((noinline)) int saturating(int a, int b) {
    int r;
    if (__builtin_sadd_overflow(a, b, &r)) return a < 0 ? -2147483647 - 1 : 2147483647;
    return r;
}
__attribute__((noinline)) unsigned sat_usub(unsigned a, unsigned b) { return a > b ? a - b : 0; }
__attribute__((noinline)) unsigned sat_uadd(unsigned a, unsigned b) { unsigned r = a + b; return r < a ? 0xFFFFFFFFu : r; }
__attribute__((noinline)) int sat_ssub(int a, int b) {
    int r;
    if (__builtin_ssub_overflow(a, b, &r)) return a < 0 ? -2147483647 - 1 : 2147483647;
    return r;
}
static const int values[] = {0, 1, -1, 2147483647, -2147483647 - 1, 1000000000, -1000000000, 12345, 65536, -7};
int main(void) {
    unsigned h = 0;
    for (int i = 0; i < 10; i++)
        for (int j = 0; j < 10; j++) {
            h = h * 17 + (unsigned)flags(values[i], values[j]);
            h = h * 31 + (unsigned)saturating(values[i], values[j]);
            h = h * 7 + sat_usub((unsigned)values[i], (unsigned)values[j]) + sat_uadd((unsigned)values[i], (unsigned)values[j]);
            h = h * 3 + (unsigned)sat_ssub(values[i], values[j]);
        }
    puts_("hash "); put_hex(h); puts_("\n");
    return 0;
}
