/* Checked arithmetic as Swift does it: __builtin_{add,sub}_overflow (llvm.{s,u}{add,sub}
   .with.overflow.i32) with the overflow bit read only by a branch, which Kiln tests
   directly (a signed step by a constant is one BLT of the result against the operand).
   Edge values around INT_MIN/INT_MAX/0/UINT_MAX, constants of both signs. */
#include "common.h"

#define STEP(name, type, op, c) \
    __attribute__((noinline)) static int name(type a, type *r) { return __builtin_##op##_overflow(a, (type)(c), r) ? 1 : 0; }
STEP(add1, int, add, 1)
STEP(addm1, int, add, -1)
STEP(add1023, int, add, 1023)
STEP(addmin, int, add, -2147483647 - 1)
STEP(sub3, int, sub, 3)
STEP(subm5, int, sub, -5)
STEP(submin, int, sub, -2147483647 - 1)
STEP(uadd7, unsigned, add, 7)
STEP(usub9, unsigned, sub, 9)

__attribute__((noinline)) static int sadd(int a, int b, int *r) { return __builtin_add_overflow(a, b, r) ? 1 : 0; }
__attribute__((noinline)) static int ssub(int a, int b, int *r) { return __builtin_sub_overflow(a, b, r) ? 1 : 0; }
__attribute__((noinline)) static int uadd(unsigned a, unsigned b, unsigned *r) { return __builtin_add_overflow(a, b, r) ? 1 : 0; }
__attribute__((noinline)) static int usub(unsigned a, unsigned b, unsigned *r) { return __builtin_sub_overflow(a, b, r) ? 1 : 0; }
/* Branches on the bits (the trap paths of Swift): a count of the overflows seen. */
__attribute__((noinline)) static int trapping(int a, int b) {
    int r, n = 0;
    if (__builtin_add_overflow(a, 1, &r)) n += 1;
    if (__builtin_sub_overflow(a, 1, &r)) n += 2;
    if (__builtin_add_overflow(a, b, &r)) n += 4;
    if (__builtin_sub_overflow(a, b, &r)) n += 8;
    unsigned u;
    if (__builtin_add_overflow((unsigned)a, (unsigned)b, &u) || __builtin_sub_overflow((unsigned)b, (unsigned)a, &u)) n += 16;
    return n;
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
    put_hex(sum);
    puts_("\n");
    return (int)(sum & 127);
}
