/* __builtin_frame_address(0) as a stack-depth probe (what the OCaml front end compares
 * with a limit): deeper calls have lower frames, the probe is stable within a function,
 * and a limit check stops a recursion. Only comparisons are printed: the addresses
 * themselves differ between back ends. */
#include "common.h"

static char *limit;
__attribute__((noinline)) int probe_stable(void) {
    char *a = __builtin_frame_address(0);
    volatile int pad[10];
    pad[3] = 1;
    char *b = __builtin_frame_address(0);
    return a == b && pad[3] == 1;
}
__attribute__((noinline)) int depth_until_limit(int depth) {
    char *here = __builtin_frame_address(0);
    volatile int keep = depth;   /* not a tail call: LLVM would make it a loop */
    if (here < limit) return depth;
    return depth_until_limit(depth + 1) + keep - depth;
}
__attribute__((noinline)) int deeper_is_lower(char *outer, int n) {
    char *here = __builtin_frame_address(0);
    volatile int keep = n;
    if (!(here < outer)) return 0;
    return n == 0 ? 1 : deeper_is_lower(here, n - 1) + keep - n;
}

int main(void) {
    char *top = __builtin_frame_address(0);
    line("stable", probe_stable());
    line("lower", deeper_is_lower(top, 20));
    limit = top - 4096;   /* roughly 4 KiB of frames */
    int d = depth_until_limit(0);
    line("limited", d > 10 && d < 4096);
    return 0;
}
