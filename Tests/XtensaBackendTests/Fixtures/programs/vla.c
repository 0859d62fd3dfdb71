/* Variable-length arrays and alloca: SP moves at run time (MOVSP), locals and incoming stack
 * arguments are reached through the frame pointer, outgoing stack arguments stay at SP;
 * VLAs in loops (stacksave/stackrestore) and in recursion deep enough to spill windows. */
#include "common.h"

__attribute__((noinline)) int many(int a, int b, int c, int d, int e, int f, int g, int h) {
    return a - b + c - d + e - f + g * h;
}

__attribute__((noinline)) int fill_sum(int n, int seed) {
    int v[n];
    volatile int fixed[4] = { 1, 2, 3, 4 };
    for (int i = 0; i < n; i++) v[i] = seed * i + fixed[i & 3];
    int s = 0;
    for (int i = 0; i < n; i++) s += v[i] ^ i;
    return s + many(v[0], v[n - 1], n, seed, fixed[0], fixed[3], v[n / 2], 3);
}

/* Incoming stack arguments in a function whose SP moves. */
__attribute__((noinline)) int stack_args_vla(int a, int b, int c, int d, int e, int f, int g, int h) {
    char buffer[a + 8];
    for (int i = 0; i < a + 8; i++) buffer[i] = (char)(i * g);
    int s = 0;
    for (int i = 0; i < a + 8; i++) s += buffer[i];
    return s + h * 1000 + b + c + d + e + f;
}

/* A VLA inside a loop: its space is given back each iteration. */
__attribute__((noinline)) int loop_vla(int rounds) {
    int total = 0;
    for (int r = 1; r <= rounds; r++) {
        short tmp[r * 3];
        for (int i = 0; i < r * 3; i++) tmp[i] = (short)(i * r);
        for (int i = 0; i < r * 3; i += 2) total += tmp[i];
    }
    return total;
}

/* Recursion with a VLA per level: windows spill, MOVSP must bring callers back. */
__attribute__((noinline)) int recurse(int depth, int width) {
    int v[width];
    for (int i = 0; i < width; i++) v[i] = depth * 100 + i;
    int below = depth ? recurse(depth - 1, (width * 5 + 3) % 17 + 1) : 0;
    int s = 0;
    for (int i = 0; i < width; i++) s += v[i];
    return (below >> 1) + s + width;
}

__attribute__((noinline)) unsigned alloca_chain(int n) {
    unsigned char *blocks[8];
    unsigned sum = 0;
    for (int i = 0; i < 8; i++) {
        blocks[i] = __builtin_alloca((unsigned)(n + i * 5));
        for (int k = 0; k < n + i * 5; k++) blocks[i][k] = (unsigned char)(k + i);
    }
    for (int i = 0; i < 8; i++) sum = sum * 31 + blocks[i][n + i * 5 - 1] + blocks[i][0];
    return sum;
}

/* A VLA made after a deep call has spilled our caller's registers: MOVSP must reload them
 * before SP moves, or our return finds them in the wrong place. */
__attribute__((noinline)) int spill_deep(int k, int x) {
    if (k == 0) return x;
    int r = spill_deep(k - 1, x * 5 + k);
    return (r >> 1) ^ (r * k);
}
__attribute__((noinline)) int late_vla(int n) {
    int first = spill_deep(10, n);
    int v[n + 1];
    for (int i = 0; i <= n; i++) v[i] = first + i;
    return v[n] - v[0] + (first & 0xfff);
}
__attribute__((noinline)) int holder(int n) {
    int a = n * 3, b = n ^ 7, c = n + 11;
    int r = late_vla(n);
    return r + a * b - c;
}

/* Deeper frames have lower addresses, whatever the back end. */
__attribute__((noinline)) int deeper(char *outer) {
    char here[3] = { 0 };
    return __builtin_frame_address(0) < (void *)outer && here[0] == 0;
}

int main(void) {
    for (int n = 1; n < 40; n += 9) line("fill", fill_sum(n, n + 3));
    line("stack args", stack_args_vla(5, 1, 2, 3, 4, 5, 7, 9));
    line("loop", loop_vla(20));
    line("recurse", recurse(12, 9));
    line("alloca", (int)alloca_chain(13));
    line("deeper", deeper(__builtin_frame_address(0)));
    for (int n = 1; n < 30; n += 7) line("holder", holder(n));
    return fill_sum(3, 1) & 0x7f;
}
