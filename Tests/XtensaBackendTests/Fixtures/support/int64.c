/* libgcc's 64-bit multiply and divide helpers, for the differential programs until the
   runtime provides them. Compiled by llc-22 and linked into both sides, so only the calls
   to them differ. Shift-and-subtract: no 64-bit multiply or divide inside. */
typedef unsigned long long u64;
typedef long long i64;

u64 __muldi3(u64 a, u64 b) {
    u64 r = 0;
    while (b) { if (b & 1) r += a; a <<= 1; b >>= 1; }
    return r;
}

static u64 divide(u64 n, u64 d, u64 *remainder) {
    u64 q = 0, r = 0;
    for (int i = 63; i >= 0; i--) {
        r = r << 1 | (n >> i & 1);
        if (r >= d) { r -= d; q |= 1ULL << i; }
    }
    *remainder = r;
    return q;
}

u64 __udivdi3(u64 n, u64 d) { u64 r; return divide(n, d, &r); }
u64 __umoddi3(u64 n, u64 d) { u64 r; divide(n, d, &r); return r; }

i64 __divdi3(i64 n, i64 d) {
    u64 r, q = divide(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, &r);
    return (n < 0) != (d < 0) ? -(i64)q : (i64)q;
}

i64 __moddi3(i64 n, i64 d) {
    u64 r;
    divide(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, &r);
    return n < 0 ? -(i64)r : (i64)r;
}
