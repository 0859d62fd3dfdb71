/* longjmp out of deep recursion and out of frames with many live registers, nested
 * handlers (a try/catch stack), locals preserved across the jump. */
#include <stdio.h>
#include <setjmp.h>
#include <stdint.h>

static jmp_buf *handler;

static void throw_code(int code) { longjmp(*handler, code); }

/* Many values live across the recursive call, so every window holds live registers. */
static uint32_t churn(uint32_t n, uint32_t a, uint32_t b, uint32_t c) {
    uint32_t d = a * 3 + b, e = b ^ c, f = c + n, g = a - c, h = e * f, i = g + d, j = h ^ i;
    if (n == 0) throw_code((int)(j % 1000) + 1);
    uint32_t r = churn(n - 1, d + e, f + g, h + i);
    return r + a + b + c + d + e + f + g + h + i + j;
}

static int depth_reached;

static int recurse(int n) {
    char pad[40];
    pad[n % 40] = (char)n;
    depth_reached = n;
    if (n == 600) throw_code(600);
    return recurse(n + 1) + pad[n % 40];
}

static int guarded(int level) {
    jmp_buf here, *outer = handler;
    volatile int local = level * 11;
    int code = setjmp(here);
    if (code == 0) {
        handler = &here;
        if (level < 4) {
            int inner = guarded(level + 1);
            printf("level %d: inner returned %d, local %d\n", level, inner, local);
            if (level == 2) throw_code(77);
        } else {
            churn(50 + level, 1, 2, 3);
        }
        handler = outer;
        return local;
    }
    handler = outer;
    printf("level %d caught %d, local %d\n", level, code, local);
    return code + local;
}

int main(void) {
    jmp_buf top;
    handler = &top;
    int code = setjmp(top);
    if (code == 0) recurse(0);
    printf("recursion: caught %d at depth %d\n", code, depth_reached);
    int r = guarded(0);
    printf("guarded: %d\n", r);
    uint32_t keep1 = 0x11111111, keep2 = 0x22222222;
    volatile uint32_t sum = 0;
    for (int round = 0; round < 50; round++) {
        jmp_buf frame;
        handler = &frame;
        int c = setjmp(frame);
        if (c == 0) churn((uint32_t)round, (uint32_t)round, keep1, keep2);
        sum += (uint32_t)c;
    }
    printf("rounds: sum %u keep %x %x\n", (unsigned)sum, (unsigned)keep1, (unsigned)keep2);
    return 0;
}
