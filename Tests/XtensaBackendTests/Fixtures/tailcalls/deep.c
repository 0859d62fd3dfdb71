/* Proper tail calls, checked against the same program built for the host (where clang-22
 * honours musttail): mutual recursion 1,000,000 deep in constant stack, directly and
 * through function pointers, with six arguments, between functions of different frame
 * sizes, and after deep ordinary recursion that leaves the caller's registers spilled. */
#ifdef HOST
#include <unistd.h>
void kiln_console_write(const char *b, unsigned n) { write(1, b, n); }
#endif
#include "../programs/common.h"

typedef unsigned step_fn(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
unsigned peer_leaf(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);   /* maybe in another object */

static unsigned long top, bottom;
static void mark_top(void) { volatile char here; top = (unsigned long)&here; }
static void mark_bottom(void) { volatile char here; bottom = (unsigned long)&here; }
static int stack_is_constant(void) {
    long d = (long)(top - bottom);
    return d > -512 && d < 512;
}

/* Direct mutual recursion; `ping` has a big frame, `pong` a small one. */
__attribute__((noinline)) unsigned pong(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
__attribute__((noinline)) unsigned ping(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    volatile unsigned big[40];
    big[n & 31] = a;
    if (n == 0) { mark_bottom(); return a + b + c + d + e + big[0]; }
    __attribute__((musttail)) return pong(n - 1, b + big[n & 31], c, d, e, a ^ n);
}
__attribute__((noinline)) unsigned pong(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    if (n == 0) { mark_bottom(); return a - b + c - d + e; }
    __attribute__((musttail)) return ping(n - 1, e, a, b, c, d + n);
}

/* Indirect: the next step comes from a table (the OCaml closure case). */
__attribute__((noinline)) unsigned hop_a(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
__attribute__((noinline)) unsigned hop_b(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
step_fn *volatile hops[3] = { hop_a, hop_b, peer_leaf };
__attribute__((noinline)) unsigned hop_a(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    if (n == 0) { mark_bottom(); __attribute__((musttail)) return hops[2](n, a, b, c, d, e); }
    __attribute__((musttail)) return hops[(n * 7 >> 2) & 1](n - 1, a + 1, b ^ a, c + b, d, e - 1);
}
__attribute__((noinline)) unsigned hop_b(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    volatile unsigned pad[9];
    pad[n % 9] = n;
    if (n == 0) { mark_bottom(); return peer_leaf(n, a, b, c, d, e); }
    __attribute__((musttail)) return hops[n & 1](n - 1, b, a + pad[n % 9], d, c, e + 3);
}

/* Ordinary recursion (noinline, not a loop) deep enough to spill every window, around tail calls. */
__attribute__((noinline)) unsigned deep(unsigned k, unsigned x) {
    if (k == 0) return x;
    unsigned r = deep(k - 1, x * 3 + k);
    return (r >> 1) ^ (r * k);   /* not an accumulator: LLVM cannot make this a loop */
}
__attribute__((noinline)) unsigned after_spill(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e);
__attribute__((noinline)) unsigned before_spill(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    volatile unsigned pad[20];   /* a bigger frame than after_spill's */
    pad[n % 20] = deep(12, a);   /* spills our caller's registers; the tail call must get them back */
    __attribute__((musttail)) return after_spill(n, pad[n % 20] & 0xffff, b, c, d, e);
}
/* A smaller frame than before_spill's: our caller's registers are found below a new SP. */
__attribute__((noinline)) unsigned after_spill(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    unsigned r = deep(5, b);
    if (n == 0) return a + b + c + d + e + r;
    __attribute__((musttail)) return before_spill(n - 1, a + (r & 255), c, b, e, d);
}
__attribute__((noinline)) unsigned around(unsigned depth, unsigned n) {
    unsigned keep1 = depth * 11, keep2 = depth ^ 0x55, keep3 = n + depth;
    if (depth == 0) return before_spill(n, 1, 2, 3, 4, 5);
    unsigned r = around(depth - 1, n);
    return (r >> 2) ^ (keep1 - keep2 + keep3 * r);   /* our registers survived the tail calls below us */
}

int main(void) {
    mark_top();
    unsigned r = ping(1000000, 1, 2, 3, 4, 5);
    line("ping", (int)r);
    line("ping constant stack", stack_is_constant());
    mark_top();
    r = hop_a(1000000, 7, 6, 5, 4, 3);
    line("hops", (int)r);
    line("hops constant stack", stack_is_constant());
    line("around", (int)around(9, 40));
    line("around again", (int)around(3, 7));
    return (int)(r & 0x7f);
}
