/* Switches on 64-bit values: small cases, cases that differ only in the high word,
   negative and huge ones; grouped by high word, then a 32-bit dispatch on the low word. */
#include "common.h"

__attribute__((noinline)) static int wide(long long x) {
    switch (x) {
    case 0: return 1;
    case 1: return 2;
    case 2: return 3;
    case 3: return 4;
    case 4: return 5;
    case -1: return 6;
    case 0x100000000LL: return 7;
    case 0x100000001LL: return 8;
    case 0x200000000LL: return 9;
    case 0x7fffffffffffffffLL: return 10;
    case -0x7fffffffffffffffLL - 1: return 11;
    case 1000000000000LL: return 12;
    case -1000000000000LL: return 13;
    default: return 0;
    }
}

__attribute__((noinline)) static unsigned long long few(unsigned long long x) {
    switch (x) {
    case 10: return 1;
    case 0xdeadbeefcafeULL: return 2;
    default: return x * 3;
    }
}

int main(void) {
    static const long long probes[] = { 0, 1, 2, 3, 4, 5, -1, -2, 0x100000000LL, 0x100000001LL, 0x100000002LL, 0xffffffffLL,
                                        0x200000000LL, 0x7fffffffffffffffLL, -0x7fffffffffffffffLL - 1, 1000000000000LL,
                                        -1000000000000LL, 999999999999LL };
    int sum = 0;
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        int r = wide(probes[i]);
        unsigned long long f = few((unsigned long long)probes[i]);
        put_int(r); puts_(" "); put_hex((unsigned)(f >> 32)); put_hex((unsigned)f); puts_("\n");
        sum = sum * 3 + r;
    }
    line("sum", sum);
    return sum & 0x7f;
}
