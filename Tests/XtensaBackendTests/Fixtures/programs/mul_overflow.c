/* __builtin_mul_overflow on int, unsigned, long long and unsigned long long: the
   {result, overflow} intrinsics, checked at the edges of each range. */
#include "common.h"

typedef unsigned long long u64;
static void put64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); }

static volatile int si[] = { 0, 1, -1, 2, -2, 46340, 46341, -46341, 65536, 65535, 2147483647, -2147483647 - 1, 3, -3 };
static volatile long long sl[] = { 0, 1, -1, 2, 3037000499LL, 3037000500LL, -3037000500LL, 4294967296LL, 4294967295LL,
                                   0x7fffffffffffffffLL, -0x7fffffffffffffffLL - 1, -2, 1LL << 62, -(1LL << 62) };

int main(void) {
    int n = sizeof si / sizeof si[0], count = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int r; unsigned u;
            int o1 = __builtin_mul_overflow(si[i], si[j], &r);
            int o2 = __builtin_mul_overflow((unsigned)si[i], (unsigned)si[j], &u);
            count += o1 * 2 + o2;
            if ((i + j) % 5 == 0) { put_int(o1); put_int(o2); puts_(" "); put_hex((unsigned)r); puts_(" "); put_hex(u); puts_("\n"); }
        }
    }
    line("32-bit overflows", count);
    int m = sizeof sl / sizeof sl[0];
    count = 0;
    for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
            long long r; u64 u;
            int o1 = __builtin_mul_overflow(sl[i], sl[j], &r);
            int o2 = __builtin_mul_overflow((u64)sl[i], (u64)sl[j], &u);
            count += o1 * 2 + o2;
            if ((i * 3 + j) % 7 == 0) { put_int(o1); put_int(o2); puts_(" "); put64((u64)r); puts_(" "); put64(u); puts_("\n"); }
        }
    }
    line("64-bit overflows", count);
    return count & 0x7f;
}
