#include "common.h"
/* 64-bit integers: arguments and results in register pairs and on the stack, carries,
   compares, shifts, extensions, memory. No multiply or divide (those are library calls). */
typedef long long i64;
typedef unsigned long long u64;

static void put_u64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); puts_("\n"); }

__attribute__((noinline)) i64 add_mixed(int a, i64 b) { return b + a; }
__attribute__((noinline)) i64 sub3(i64 a, i64 b, i64 c) { return a - b - c; }
__attribute__((noinline)) i64 stacked(int a, i64 b, i64 c, i64 d, int e, i64 f) {
    return (b ^ d) + (c | e) - (f & 0xFF00FF00FF00FFLL) + a;
}
__attribute__((noinline)) int compares(i64 a, i64 b) {
    u64 ua = (u64)a, ub = (u64)b;
    return (a == b) | (a != b) << 1 | (a < b) << 2 | (a <= b) << 3 | (a > b) << 4 | (a >= b) << 5
         | (ua < ub) << 6 | (ua <= ub) << 7 | (ua > ub) << 8 | (ua >= ub) << 9;
}
__attribute__((noinline)) i64 pick(int c, i64 a, i64 b) { return c ? a : b; }
__attribute__((noinline)) u64 shl(u64 a, int n) { return a << n; }
__attribute__((noinline)) u64 lshr(u64 a, int n) { return a >> n; }
__attribute__((noinline)) i64 ashr(i64 a, int n) { return a >> n; }
__attribute__((noinline)) u64 constant_shifts(u64 a) {
    return (a << 3) ^ (a >> 5) ^ ((u64)((i64)a >> 33)) ^ (a << 40) ^ (a >> 32) ^ (a << 32);
}
__attribute__((noinline)) i64 sum(const int *p, int n) {
    i64 s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
}
__attribute__((noinline)) u64 usum(const unsigned *p, int n) {
    u64 s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
}
__attribute__((noinline)) void store(u64 *p, u64 v, int i) { p[i] = v + p[i - 1]; }

__attribute__((noinline)) u64 zeros(u64 a) {
    return a ? (u64)__builtin_clzll(a) << 8 | (u64)__builtin_ctzll(a) : 0xFFFF;
}

__attribute__((noinline)) int checked(i64 a, i64 b, i64 *out) {
    u64 u;
    int f = __builtin_saddll_overflow(a, b, &out[0]);
    f |= __builtin_ssubll_overflow(a, b, &out[1]) << 1;
    f |= __builtin_uaddll_overflow((u64)a, (u64)b, &u) << 2;
    out[2] = (i64)u;
    f |= __builtin_usubll_overflow((u64)a, (u64)b, &u) << 3;
    out[3] = (i64)u;
    return f;
}

__attribute__((noinline)) u64 counts(u64 a, unsigned b) {
    return (u64)__builtin_popcountll(a) << 32 | (unsigned)__builtin_popcount(b);
}
__attribute__((noinline)) i64 clamp(i64 a, i64 lo, i64 hi) { return a < lo ? lo : a > hi ? hi : a; }
__attribute__((noinline)) u64 umax(u64 a, u64 b) { return a > b ? a : b; }

__attribute__((noinline)) i64 stride(i64 from, i64 to, u64 limit) {
    i64 s = 0;
    for (i64 i = from; i < to; i += 0x40000000LL) s = (s ^ i) + 1;   /* crosses 2^32 */
    for (u64 u = 0; u != limit; u++) s = (i64)((u64)s << 1 | (u64)s >> 63) ^ (i64)u;
    return s;
}

static const i64 values[] = {0, 1, -1, 0x7FFFFFFFFFFFFFFFLL, (i64)0x8000000000000000ULL, 0xFFFFFFFFLL,
                             0x100000000LL, -0x100000000LL, 123456789012345LL, -987654321098LL};
static const int ints[] = {5, -7, 2147483647, -2147483647 - 1, 100000, -3, 0, 99};

int main(void) {
    u64 h = 0;
    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            h ^= (u64)compares(values[i], values[j]) << (j * 5 % 53);
            h = (h << 7 | h >> 57) ^ (u64)sub3(values[i], values[j], h);
            h += (u64)pick(i & 1, values[i], values[j]);
            i64 out[4];
            h = (h << 4 | h >> 60) ^ (u64)checked(values[i], values[j], out);
            h += (u64)(out[0] ^ out[1] ^ out[2] ^ out[3]);
            h ^= (u64)stacked(i, values[i], values[j], h, j, values[(i + j) % 10]);
        }
        for (int n = 0; n < 64; n += 7) {
            h ^= shl((u64)values[i], n) + lshr((u64)values[i], n) + (u64)ashr(values[i], n);
        }
        h ^= constant_shifts((u64)values[i]);
        h += counts((u64)values[i] ^ h, (unsigned)h);
        h ^= (u64)clamp(values[i], -1000, 0x100000000LL) + umax((u64)values[i], h >> 3);
        h += (u64)add_mixed(ints[i % 8], values[i]);
        h += zeros((u64)values[i]) + zeros((u64)values[i] >> 17) + zeros((u64)values[i] << 35);
        put_u64(h);
    }
    put_u64((u64)stride(-0x123456789LL, 0x234567890LL, 40));
    put_u64((u64)stride(5, -5, 0));
    put_u64((u64)sum(ints, 8));
    put_u64(usum((const unsigned *)ints, 8));
    u64 buffer[4] = {1, 2, 3, 4};
    store(buffer, 0xFFFFFFFFFFFFFFFFULL, 2);
    store(buffer, 0x123456789ULL, 3);
    put_u64(buffer[2]);
    put_u64(buffer[3]);
    return (int)(h & 63);
}
