/* Dynamic allocation at every level of a recursion, with the buffers of outer levels
 * still in use after the inner ones return, plus VLAs scoped inside loops that call
 * functions taking stack arguments. */
#include "common.h"

__attribute__((noinline)) int eight(int a, int b, int c, int d, int e, int f, int g, int h) { return (a ^ b) + (c ^ d) + (e ^ f) + g * h; }

__attribute__((noinline)) unsigned levels(int depth, unsigned seed) {
    unsigned n = seed % 23 + 1;
    unsigned *mine = __builtin_alloca(n * sizeof(unsigned));
    for (unsigned i = 0; i < n; i++) mine[i] = seed * (i + 1) + (unsigned)depth;
    unsigned below = depth ? levels(depth - 1, seed * 2654435761u + 7) : 0;
    unsigned s = below;
    for (unsigned i = 0; i < n; i++) s = s * 31 + mine[i];   /* still intact after the calls below */
    return s;
}

__attribute__((noinline)) int scoped_calls(int rounds) {
    int total = 0;
    for (int r = 0; r < rounds; r++) {
        int tmp[r % 7 + 1];
        for (int i = 0; i <= r % 7; i++) tmp[i] = i * r;
        total += eight(tmp[0], tmp[r % 7], r, rounds, total & 15, 3, tmp[(r % 7) / 2], 2);
    }
    return total;
}

int main(void) {
    for (int d = 0; d < 16; d += 5) { put_hex(levels(d, (unsigned)d + 99)); puts_("\n"); }
    line("scoped", scoped_calls(60));
    return (int)(levels(3, 5) & 0x7f);
}
