/* A state machine whose states tail-call the next one through a table of function
 * pointers (the OCaml closure call), including states that change the table index. */
#include "common.h"

typedef unsigned state_fn(unsigned steps, unsigned acc, unsigned x, unsigned y, unsigned z, unsigned w);
extern state_fn *const states[4];

__attribute__((noinline)) unsigned s_add(unsigned steps, unsigned acc, unsigned x, unsigned y, unsigned z, unsigned w) {
    if (!steps) return acc;
    __attribute__((musttail)) return states[(acc + x) & 3](steps - 1, acc + x, y, z, w, x);
}
__attribute__((noinline)) unsigned s_mul(unsigned steps, unsigned acc, unsigned x, unsigned y, unsigned z, unsigned w) {
    volatile unsigned scratch[6] = { x, y, z, w, acc, steps };
    if (!steps) return acc ^ scratch[steps % 6];
    __attribute__((musttail)) return states[(acc >> 3) & 3](steps - 1, acc * 3 + scratch[steps % 6], x, y + 1, z, w);
}
__attribute__((noinline)) unsigned s_rot(unsigned steps, unsigned acc, unsigned x, unsigned y, unsigned z, unsigned w) {
    if (!steps) return acc + w;
    __attribute__((musttail)) return states[(x ^ y) & 3](steps - 1, (acc << 5) | (acc >> 27), w, x, y, z);
}
__attribute__((noinline)) unsigned s_sub(unsigned steps, unsigned acc, unsigned x, unsigned y, unsigned z, unsigned w) {
    if (!steps) return acc - z;
    state_fn *next = states[steps & 3];
    __attribute__((musttail)) return next(steps - 1, acc - y, z, w, x, y ^ steps);
}
state_fn *const states[4] = { s_add, s_mul, s_rot, s_sub };

int main(void) {
    for (unsigned s = 0; s < 1500; s += 250) line("machine", (int)states[s & 3](s, 1, 2, 3, 4, 5));
    return (int)(s_rot(999, 7, 1, 2, 3, 4) & 0x7f);
}
