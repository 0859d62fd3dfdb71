/* Checked arithmetic as Swift does it: __builtin_{add,sub}_overflow (llvm.{s,u}{add,sub}
   .with.overflow.i32) with the overflow bit read only by a branch, which Kiln tests
   directly (a signed step by a constant is one BLT of the result against the operand).
   Edge values around INT_MIN/INT_MAX/0/UINT_MAX, constants of both signs. */
#include "common.h"

/* The overflow path calls a function, as Swift's trap path does, so the bit is a branch. */
static volatile unsigned traps;
__attribute__((noinline)) static void overflowed(unsigned k) { traps = traps * 3 + k; }

#define STEP(name, type, op, c) \
    __attribute__((noinline)) static int name(type a, type *r) { \
        if (__builtin_##op##_overflow(a, (type)(c), r)) { overflowed(__LINE__); return 1; } \
        return 0; \
    }
STEP(add1, int, add, 1)
STEP(addm1, int, add, -1)
STEP(add1023, int, add, 1023)
STEP(addmin, int, add, -2147483647 - 1)
STEP(sub3, int, sub, 3)
STEP(subm5, int, sub, -5)
STEP(submin, int, sub, -2147483647 - 1)
STEP(uadd7, unsigned, add, 7)
STEP(usub9, unsigned, sub, 9)

#define PAIR(name, type, op) \
    __attribute__((noinline)) static int name(type a, type b, type *r) { \
        if (__builtin_##op##_overflow(a, b, r)) { overflowed(__LINE__); return 1; } \
        return 0; \
    }
PAIR(sadd, int, add)
PAIR(ssub, int, sub)
PAIR(uadd, unsigned, add)
PAIR(usub, unsigned, sub)
/* Branches on the bits, one on an or of two: a count of the overflows seen. */
__attribute__((noinline)) static int trapping(int a, int b) {
    int r, n = 0;
    if (__builtin_add_overflow(a, 1, &r)) { overflowed(1); n += 1; }
    if (__builtin_sub_overflow(a, 1, &r)) { overflowed(2); n += 2; }
    if (__builtin_add_overflow(a, b, &r)) { overflowed(3); n += 4; }
    if (__builtin_sub_overflow(a, b, &r)) { overflowed(4); n += 8; }
    unsigned u, v;
    if (__builtin_add_overflow((unsigned)a, (unsigned)b, &u) | __builtin_sub_overflow((unsigned)b, (unsigned)a, &v)) { overflowed(5); n += 16; }
    return n + (int)(u ^ v);
}

int main(void) {
    static const int edges[] = { 0, 1, -1, 2, -2, 1022, -1024, 2147483647, -2147483647 - 1, 2147483646, -2147483647,
                                 2147482625, -2147483643, 9, 8, 7 };
    unsigned sum = 0, s = 12345;
    for (int i = 0; i < 16 + 100; i++) {
        s = s * 1103515245u + 12345u;
        int a = i < 16 ? edges[i] : (int)s, b = i < 16 ? edges[15 - i] : (int)(s * 2654435761u);
        int r; unsigned u;
        int f = add1(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f;
        f = addm1(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 3;
        f = add1023(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 5;
        f = addmin(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 7;
        f = sub3(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 11;
        f = subm5(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 13;
        f = submin(a, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 17;
        f = uadd7((unsigned)a, &u); sum = sum * 33 + u + (unsigned)f * 19;
        f = usub9((unsigned)a, &u); sum = sum * 33 + u + (unsigned)f * 23;
        f = sadd(a, b, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 29;
        f = ssub(a, b, &r); sum = sum * 33 + (unsigned)r + (unsigned)f * 31;
        f = uadd((unsigned)a, (unsigned)b, &u); sum = sum * 33 + u + (unsigned)f * 37;
        f = usub((unsigned)a, (unsigned)b, &u); sum = sum * 33 + u + (unsigned)f * 41;
        int t = trapping(a, b); sum = sum * 33 + (unsigned)t;
        if (i < 16) { put_int(t); puts_(" "); }
    }
    puts_("\n");
    put_hex(traps);
    puts_("\n");
    put_hex(sum);
    puts_("\n");
    return (int)(sum & 127);
}
