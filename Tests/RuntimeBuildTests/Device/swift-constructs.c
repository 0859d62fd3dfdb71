/* What Embedded Swift's runtime IR needs beyond ordinary C, written in C: atomics (reference
   counts, once tokens), stores to unaligned addresses, checked 8-bit arithmetic and
   floating-point class tests. Compiled by Kiln's back end for QEMU and by the host's clang;
   not an llc-22 differential program because llc-22's atomics (S32C1I) fault on QEMU's sim
   RAM (LoadStoreError). common.h is XtensaBackendTests' (Fixtures/programs). */
#include "common.h"

typedef unsigned long long u64;

struct __attribute__((packed)) record { char tag; short half; int word; long long wide; };

__attribute__((noinline)) static void fill(struct record *r, int n) {
    r->tag = (char)n; r->half = (short)(n * 1001); r->word = n * 123456789; r->wide = (long long)n * 0x123456789LL;
}

__attribute__((noinline)) static int classify(double x) {
    return __builtin_isfpclass(x, 0x0F0) | __builtin_isfpclass(x, 0x260) << 1 | __builtin_isfpclass(x, 3) << 2
         | __builtin_isfpclass(x, 0x108) << 3 | __builtin_isfpclass(x, 0x090) << 4 | __builtin_isfpclass(x, 2) << 5;
}
__attribute__((noinline)) static int classifyf(float x) {
    return __builtin_isfpclass(x, 0x0F0) | __builtin_isfpclass(x, 0x1F8) << 1 | __builtin_isfpclass(x, 1) << 2;
}

static int counter;
static unsigned char bytes[64];

int main(void) {
    /* Atomics. */
    for (int i = 0; i < 10; i++) __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST);
    int old = __atomic_fetch_sub(&counter, 5, __ATOMIC_RELAXED);
    int expected = 40, swapped = __atomic_compare_exchange_n(&counter, &expected, 7, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
    int expected2 = 1, swapped2 = __atomic_compare_exchange_n(&counter, &expected2, 9, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    __atomic_store_n(&counter, __atomic_load_n(&counter, __ATOMIC_ACQUIRE) + 1, __ATOMIC_RELEASE);
    line("atomics", old * 1000 + swapped * 100 + swapped2 * 10 + counter);
    line("expected", expected2);
    /* Unaligned stores (packed fields at odd offsets). */
    for (int k = 0; k < 4; k++) fill((struct record *)(bytes + 1 + 15 * k), k + 3);
    unsigned sum = 0;
    for (int k = 0; k < 64; k++) sum = sum * 31 + bytes[k];
    line("packed", (int)sum);
    /* Checked 8-bit arithmetic. */
    int overflows = 0, total = 0;
    for (int a = 0; a < 256; a += 7)
        for (int b = 0; b < 256; b += 11) {
            unsigned char r; signed char s;
            overflows += __builtin_add_overflow((unsigned char)a, (unsigned char)b, &r);
            overflows += __builtin_sub_overflow((unsigned char)a, (unsigned char)b, &r) << 1;
            overflows += __builtin_add_overflow((signed char)a, (signed char)b, &s) << 2;
            overflows += __builtin_sub_overflow((signed char)a, (signed char)b, &s) << 3;
            total += r + s;
        }
    line("overflow8", overflows);
    line("total8", total);
    /* Floating-point classes. */
    union { u64 u; double d; } v;
    union { unsigned u; float f; } w;
    static const u64 patterns[] = { 0, 0x8000000000000000ULL, 1, 0x800FFFFFFFFFFFFFULL, 0x0010000000000000ULL,
        0x3FF0000000000000ULL, 0xFFEFFFFFFFFFFFFFULL, 0x7FF0000000000000ULL, 0xFFF0000000000000ULL,
        0x7FF8000000000000ULL, 0x7FF0000000000001ULL, 0xFFF4000000000000ULL };
    for (unsigned k = 0; k < sizeof patterns / sizeof patterns[0]; k++) {
        v.u = patterns[k];
        w.u = (unsigned)(patterns[k] >> 32);
        put_int(classify(v.d)); puts_(" "); put_int(classifyf(w.f)); puts_("\n");
    }
    return 0;
}
