/* Branches on combined conditions: &&, ||, ! of compares of every predicate and width
   (what SimplifyCFG folds into one branch on an and/or, which the back end takes apart
   again), over a grid of values that includes the boundaries. The checksum of which way
   each test went must be the same on both back ends. */
#include "common.h"

static volatile int values[] = { -2147483647 - 1, -70000, -129, -128, -2, -1, 0, 1, 2, 7, 8, 12,
                                 127, 128, 254, 255, 256, 4095, 32767, 32768, 65535, 2147483647 };
#define N (int)(sizeof values / sizeof values[0])
/* The volatile store keeps each test a branch (LLVM would make a select of `r += n`). */
static volatile int sink;
#define HIT(update) do { update; sink = r; } while (0)

static unsigned mix(unsigned h, unsigned v) { return (h ^ v) * 16777619u; }

__attribute__((noinline)) static int narrow(signed char a, unsigned char b, short c, unsigned short d) {
    int r = 0;
    if (a < 0 && b != 254) HIT(r += 1);
    if (b == 255 || (c > -129 && d >= 32768)) HIT(r += 2);
    if (!(a == b || c < d)) HIT(r += 4);
    if ((unsigned char)a > b && (short)d <= c) HIT(r += 8);
    if ((b & 0x80) && !(c & 0x100)) HIT(r += 16);     /* bit tests of narrow values */
    if ((a & 1) || (d & 0x8000)) HIT(r += 32);
    return r;
}

__attribute__((noinline)) static int words(int a, int b, unsigned ua, unsigned ub) {
    int r = 0;
    if (a < b && a != 12) HIT(r |= 1);
    if (ua < ub || a > 7) HIT(r |= 2);
    if (a >= 0 && a < 256 && b != a) HIT(r |= 4);
    if (!(ua >= ub && b <= 0) || a == -1) HIT(r |= 8);
    if ((a & 7) == 0 && (ub >> 4) != 0 && ua <= 65535u) HIT(r |= 16);
    if ((a > b) != (ua > ub)) HIT(r |= 32);
    if (a == 0 || b == 0 || ua == ub) HIT(r |= 64);
    if ((a < 0 || b < 0) && !(ua > 100 && ub > 100)) HIT(r |= 128);
    if ((ua & 0x80000000u) || (a & b & 1)) HIT(r |= 256);   /* bit and mask tests */
    if (!(ua & ub) && (ub & 0x30)) HIT(r |= 512);
    return r;
}

__attribute__((noinline)) static int wide(long long a, long long b, unsigned long long ua) {
    int r = 0;
    if (a < b && ua != 0) HIT(r |= 1);
    if (a == b || ua > 0x100000000ull) HIT(r |= 2);
    if (!(a >= 0 && b < 1000)) HIT(r |= 4);
    return r;
}

__attribute__((noinline)) static int loop(const volatile int *v, int n, int key) {
    /* nqueens' shape: the loop continues while every compare holds. */
    int i = 0;
    while (i < n && v[i] != key && v[i] != key + 1 && v[i] != -key) i++;
    return i;
}

int main(void) {
    unsigned h = 2166136261u;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            int a = values[i], b = values[j];
            h = mix(h, (unsigned)narrow((signed char)a, (unsigned char)b, (short)a, (unsigned short)b));
            h = mix(h, (unsigned)words(a, b, (unsigned)a, (unsigned)b));
            h = mix(h, (unsigned)wide((long long)a * 65536, (long long)b * 3, (unsigned long long)(unsigned)a << 8));
        }
        h = mix(h, (unsigned)loop(values, N, values[i]));
        h = mix(h, (unsigned)loop(values, N, values[i] - 1));
    }
    line("checksum", (int)h);
    put_hex(h);
    puts_("\n");
    return (int)(h & 127);
}
