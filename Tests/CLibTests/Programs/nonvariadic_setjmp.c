/* setjmp/longjmp and the C library from code Kiln's back end compiles today (no variadic
 * calls, no floating point): output through puts/fputs/putchar and a decimal writer of its
 * own. Deep recursion with many live values, nested handlers, a setjmp in a loop. */
#include <stdio.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void put_number(const char *label, int64_t value) {
    char digits[24];
    int n = 0;
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    do { digits[n++] = (char)('0' + magnitude % 10); magnitude /= 10; } while (magnitude);
    fputs(label, stdout);
    if (value < 0) putchar('-');
    while (n) putchar(digits[--n]);
    putchar('\n');
}

static jmp_buf *handler;

static uint32_t churn(uint32_t n, uint32_t a, uint32_t b, uint32_t c) {
    uint32_t d = a * 3 + b, e = b ^ c, f = c + n, g = a - c, h = e * f, i = g + d, j = h ^ i;
    if (n == 0) longjmp(*handler, (int)(j % 1000) + 1);
    uint32_t r = churn(n - 1, d + e, f + g, h + i);
    return r + a + b + c + d + e + f + g + h + i + j;
}

static int recurse(int n, char *trail) {
    char pad[24];
    memset(pad, 'a' + n % 26, sizeof pad);
    trail[n % 64] = pad[n % 24];
    if (n == 700) longjmp(*handler, 700);
    return recurse(n + 1, trail) + pad[3];
}

static int guarded(int level) {
    jmp_buf here, *outer = handler;
    volatile int local = level * 11;
    int code = setjmp(here);
    if (code == 0) {
        handler = &here;
        if (level < 5) {
            int inner = guarded(level + 1);
            put_number("inner returned ", inner);
            if (level == 2) longjmp(here, 77); /* caught at this level */
        } else {
            churn(40 + (uint32_t)level, 1, 2, 3);
        }
        handler = outer;
        return local;
    }
    handler = outer;
    put_number("caught ", code);
    put_number("  at level ", level);
    put_number("  local ", local);
    return code + local;
}

int main(void) {
    jmp_buf top;
    char trail[64] = {0};
    handler = &top;
    int code = setjmp(top);
    if (code == 0) recurse(0, trail);
    put_number("recursion caught ", code);
    trail[63] = 0;
    puts(trail);
    put_number("guarded ", guarded(0));
    uint32_t keep1 = 0x11111111, keep2 = 0x22222222;
    volatile int64_t sum = 0;
    for (int round = 0; round < 60; round++) {
        jmp_buf frame;
        handler = &frame;
        int c = setjmp(frame);
        if (c == 0) churn((uint32_t)round, (uint32_t)round, keep1, keep2);
        sum += c;
    }
    put_number("rounds ", sum);
    put_number("keep ", (int64_t)keep1 + keep2);
    char *copy = strdup("heap survives the jumps");
    puts(copy);
    free(copy);
    return (int)(sum % 7);
}
