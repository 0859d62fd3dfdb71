/* Number theory on 64-bit integers: modular exponentiation and multiplication (mulmod by
   doubling), Miller-Rabin primality, gcd and the extended Euclid inverse, Fibonacci by
   matrix powers modulo a prime; exercises the 64-bit divide and remainder helpers. */
#include "common.h"

typedef unsigned long long u64;

static u64 mulmod(u64 a, u64 b, u64 m) {
    u64 r = 0;
    a %= m;
    while (b) { if (b & 1) { r += a; if (r >= m) r -= m; } a <<= 1; if (a >= m) a -= m; b >>= 1; }
    return r;
}

static u64 powmod(u64 b, u64 e, u64 m) {
    u64 r = 1 % m;
    b %= m;
    while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
    return r;
}

static int is_prime(u64 n) {
    if (n < 2) return 0;
    static const u64 small[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
    for (int i = 0; i < 12; i++) if (n % small[i] == 0) return n == small[i];
    u64 d = n - 1;
    int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 7; i++) {
        u64 x = powmod(small[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int composite = 1;
        for (int r = 1; r < s && composite; r++) { x = mulmod(x, x, n); if (x == n - 1) composite = 0; }
        if (composite) return 0;
    }
    return 1;
}

static long long inverse(long long a, long long m) {
    long long t = 0, nt = 1, r = m, nr = a;
    while (nr) { long long q = r / nr, tmp = t - q * nt; t = nt; nt = tmp; tmp = r - q * nr; r = nr; nr = tmp; }
    return r > 1 ? -1 : t < 0 ? t + m : t;
}

static void put64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); }

int main(void) {
    static const u64 candidates[] = { 1, 2, 97, 561, 1000000007ULL, 4294967291ULL, 4294967297ULL, 1000000000000037ULL,
                                      999999999999999989ULL, 9223372036854775783ULL, 3215031751ULL };
    for (int i = 0; i < 11; i++) put_int(is_prime(candidates[i]));
    puts_("\n");
    put64(powmod(2, 1000000, 1000000007ULL)); puts_(" ");
    put64(powmod(123456789, 987654321, 9223372036854775783ULL)); puts_("\n");
    line("inverse", (int)inverse(17, 3120));
    line("no inverse", (int)inverse(6, 9));
    u64 a = 1, b = 1, c = 1, d = 0, p = 1000000007ULL;
    u64 ra = 1, rb = 0, rc = 0, rd = 1;
    for (u64 e = 90; e; e >>= 1) {
        if (e & 1) {
            u64 na = (ra * a + rb * c) % p, nb = (ra * b + rb * d) % p, nc = (rc * a + rd * c) % p, nd = (rc * b + rd * d) % p;
            ra = na; rb = nb; rc = nc; rd = nd;
        }
        u64 na = (a * a + b * c) % p, nb = (a * b + b * d) % p, nc = (c * a + d * c) % p, nd = (c * b + d * d) % p;
        a = na; b = nb; c = nc; d = nd;
    }
    put64(rb); puts_("\n");
    long long s = -1234567890123LL;
    put64((u64)(s / 1000)); puts_(" "); put64((u64)(s % 1000)); puts_("\n");
    return (int)(rb & 0x7f);
}
