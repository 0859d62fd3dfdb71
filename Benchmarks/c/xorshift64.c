/* 64-bit kernels: xorshift64* generator, 64-bit rotates, popcount-like folding and min/max. */
#include "common.h"
int main(void) {
    unsigned long long s = 0x9E3779B97F4A7C15ULL, acc = 0, lo = ~0ULL, hi = 0;
    for (int i = 0; i < 20000; i++) {
        s ^= s >> 12; s ^= s << 25; s ^= s >> 27;
        unsigned long long r = s + (s >> 7) * 3;
        acc = (acc << 5 | acc >> 59) ^ r;
        if (r < lo) lo = r;
        if (r > hi) hi = r;
    }
    puts_("acc "); put_hex((unsigned)(acc >> 32)); put_hex((unsigned)acc);
    puts_(" lo "); put_hex((unsigned)(lo >> 32)); puts_(" hi "); put_hex((unsigned)(hi >> 32)); puts_("\n");
    return 0;
}
