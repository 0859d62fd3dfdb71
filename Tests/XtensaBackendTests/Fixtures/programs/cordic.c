/* Fixed-point maths in Q2.30 and Q16.16 with 64-bit products: CORDIC sine and cosine, a
   fixed-point square root, and a Newton reciprocal, compared against integer identities. */
#include "common.h"

typedef long long i64;
#define ONE30 (1 << 30)

static const int atans[] = { 843314857, 497837829, 263043837, 133525159, 67021687, 33543516, 16775851, 8388437,
                             4194283, 2097149, 1048576, 524288, 262144, 131072, 65536, 32768, 16384, 8192, 4096,
                             2048, 1024, 512, 256, 128, 64, 32, 16, 8, 4, 2 };

/* angle in Q2.30 radians, |angle| <= pi/2 */
static void cordic(int angle, int *s, int *c) {
    int x = 652032874, y = 0, z = angle; /* x = K in Q2.30 */
    for (int i = 0; i < 30; i++) {
        int dx = y >> i, dy = x >> i;
        if (z >= 0) { x -= dx; y += dy; z -= atans[i]; } else { x += dx; y -= dy; z += atans[i]; }
    }
    *s = y; *c = x;
}

static int fixmul30(int a, int b) { return (int)(((i64)a * b) >> 30); }

static unsigned isqrt64(unsigned long long v) {
    unsigned long long r = 0, bit = 1ULL << 62;
    while (bit > v) bit >>= 2;
    while (bit) {
        if (v >= r + bit) { v -= r + bit; r = (r >> 1) + bit; } else r >>= 1;
        bit >>= 2;
    }
    return (unsigned)r;
}

int main(void) {
    int worst = 0;
    for (int k = -8; k <= 8; k++) {
        int angle = (int)((i64)k * 1686629713 / 8 / 2); /* k * pi/16 in Q2.30 */
        int s, c;
        cordic(angle, &s, &c);
        int one = fixmul30(s, s) + fixmul30(c, c) - ONE30;
        if (one < 0) one = -one;
        if (one > worst) worst = one;
        put_int(k); puts_(" "); put_int(s >> 10); puts_(" "); put_int(c >> 10); puts_("\n");
    }
    line("worst", worst);
    for (unsigned long long v = 1; v < 1ULL << 60; v = v * 7 + 3) {
        unsigned r = isqrt64(v);
        if (!((unsigned long long)r * r <= v && ((unsigned long long)r + 1) * (r + 1) > v)) line("bad sqrt", (int)v);
    }
    int q16 = 3 << 16, recip = 1 << 15;
    for (int i = 0; i < 6; i++) recip = (int)(((i64)recip * ((2LL << 16) - (((i64)q16 * recip) >> 16))) >> 16);
    line("1/3 q16", recip);
    put_int((int)isqrt64(1000000000000ULL)); puts_("\n");
    return worst > 1000;
}
