/* Frames of several kilobytes: locals beyond the reach of L32I's offset, spills and calls
 * below them, and a tail call out of a big frame into a small one. */
#include "common.h"

__attribute__((noinline)) int touch(volatile int *p, int n) { int s = 0; for (int i = 0; i < n; i += 17) s += p[i]; return s; }
__attribute__((noinline)) int small_frame(int a, int b) { return a * 3 - b; }

__attribute__((noinline)) int big(int seed) {
    volatile int table[1500];
    volatile char bytes[700];
    for (int i = 0; i < 1500; i++) table[i] = i ^ seed;
    for (int i = 0; i < 700; i++) bytes[i] = (char)(i + seed);
    int s = touch(table, 1500) + bytes[699] + bytes[3] + table[1499];
    return small_frame(s, table[seed % 1500]);
}
__attribute__((noinline)) int big_tail(int seed, int unused) {
    volatile int buffer[900];
    for (int i = 0; i < 900; i++) buffer[i] = i * seed;
    int k = buffer[899] - buffer[seed % 900] + unused;
    __attribute__((musttail)) return small_frame(k, seed);
}
__attribute__((noinline)) int nested(int depth) {
    volatile int chunk[300];
    chunk[depth] = depth * 11;
    if (depth == 0) return chunk[0];
    return nested(depth - 1) + chunk[depth];
}

int main(void) {
    for (int s = 1; s < 2000; s += 611) line("big", big(s));
    for (int s = 3; s < 100; s += 41) line("tail", big_tail(s, s & 1));
    line("nested", nested(20));
    return big(5) & 0x7f;
}
