/* Bignum factorial (300!) in 32-bit limbs with 64-bit products, then its decimal digit sum
   by repeated division by 10^9: 64-bit multiply, add, shift and compare kernels. */
#include "common.h"
#define LIMBS 80
static unsigned limbs[LIMBS];
int main(void) {
    int used = 1;
    limbs[0] = 1;
    for (unsigned k = 2; k <= 300; k++) {
        unsigned long long carry = 0;
        for (int i = 0; i < used; i++) {
            unsigned long long t = (unsigned long long)limbs[i] * k + carry;
            limbs[i] = (unsigned)t; carry = t >> 32;
        }
        if (carry) limbs[used++] = (unsigned)carry;
    }
    int digits = 0, sum = 0;
    while (used) {
        unsigned long long rem = 0;
        for (int i = used - 1; i >= 0; i--) {
            unsigned long long cur = rem << 32 | limbs[i];
            /* cur / 10^9 with 32-bit quotient digit by shift-subtract on 64-bit values */
            unsigned q = 0;
            for (int b = 31; b >= 0; b--) {
                unsigned long long d = 1000000000ULL << b;
                if (cur >= d) { cur -= d; q |= 1u << b; }
            }
            limbs[i] = q; rem = cur;
        }
        while (used && !limbs[used - 1]) used--;
        unsigned r = (unsigned)rem;
        for (int j = 0; j < 9 && (used || r); j++) { sum += (int)(r % 10); r /= 10; digits++; }
    }
    line("digits", digits); line("digit sum", sum);
    return 0;
}
