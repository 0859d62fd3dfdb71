/* Arbitrary-precision arithmetic on 32-bit limbs with 64-bit intermediates: factorials,
   powers of three, a Fibonacci number, printed in decimal by repeated division. */
#include "common.h"

#define LIMBS 24
typedef struct { unsigned limb[LIMBS]; int used; } big;

static void set(big *a, unsigned v) { for (int i = 0; i < LIMBS; i++) a->limb[i] = 0; a->limb[0] = v; a->used = 1; }

static void mul_small(big *a, unsigned m) {
    unsigned long long carry = 0;
    for (int i = 0; i < a->used; i++) {
        unsigned long long t = (unsigned long long)a->limb[i] * m + carry;
        a->limb[i] = (unsigned)t;
        carry = t >> 32;
    }
    if (carry) a->limb[a->used++] = (unsigned)carry;
}

static void add(big *r, const big *a, const big *b) {
    unsigned long long carry = 0;
    int n = a->used > b->used ? a->used : b->used;
    for (int i = 0; i < n; i++) {
        unsigned long long t = (unsigned long long)a->limb[i] + b->limb[i] + carry;
        r->limb[i] = (unsigned)t;
        carry = t >> 32;
    }
    r->used = n;
    if (carry) r->limb[r->used++] = 1;
}

static unsigned div_small(big *a, unsigned d) {
    unsigned long long rem = 0;
    for (int i = a->used - 1; i >= 0; i--) {
        unsigned long long t = rem << 32 | a->limb[i];
        a->limb[i] = (unsigned)(t / d);
        rem = t % d;
    }
    while (a->used > 1 && a->limb[a->used - 1] == 0) a->used--;
    return (unsigned)rem;
}

static void print(const big *a) {
    big t = *a;
    char digits[240];
    int n = 0;
    do { unsigned chunk = div_small(&t, 1000000000u);
         for (int k = 0; k < 9; k++) { digits[n++] = (char)('0' + chunk % 10); chunk /= 10; }
    } while (t.used > 1 || t.limb[0]);
    while (n > 1 && digits[n - 1] == '0') n--;
    char out[241];
    for (int i = 0; i < n; i++) out[i] = digits[n - 1 - i];
    out[n] = 0;
    puts_(out); puts_("\n");
}

int main(void) {
    big a, b, c;
    set(&a, 1);
    for (unsigned i = 2; i <= 50; i++) mul_small(&a, i);
    print(&a);
    set(&a, 1);
    for (int i = 0; i < 100; i++) mul_small(&a, 3);
    print(&a);
    set(&a, 0); set(&b, 1);
    for (int i = 0; i < 300; i++) { add(&c, &a, &b); a = b; b = c; }
    print(&a);
    line("limbs", a.used);
    return a.used;
}
