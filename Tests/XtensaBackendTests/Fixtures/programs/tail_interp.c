/* A threaded interpreter: every opcode handler ends in a musttail call of the next
 * handler through the dispatch table, with the machine state in the six arguments. */
#include "common.h"

enum { PUSH, ADD, MUL, DUP, SWAP, JNZ, DEC, HALT, OVER, DROP };
typedef int handler(const unsigned char *pc, int *sp, int acc, int steps, int x, int y);
extern handler *const table[10];
#define NEXT(pc, sp, acc, steps, x, y) __attribute__((musttail)) return table[*(pc)](pc, sp, acc, steps, x, y)

__attribute__((noinline)) int op_push(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { *--sp = acc; acc = pc[1]; pc += 2; NEXT(pc, sp, acc, steps + 1, x, y); }
__attribute__((noinline)) int op_add(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { acc += *sp++; pc++; NEXT(pc, sp, acc, steps + 1, x, y); }
__attribute__((noinline)) int op_mul(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { acc *= *sp++; pc++; NEXT(pc, sp, acc, steps + 1, x, y); }
__attribute__((noinline)) int op_dup(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { *--sp = acc; pc++; NEXT(pc, sp, acc, steps + 1, x, y); }
__attribute__((noinline)) int op_swap(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { int t = *sp; *sp = acc; acc = t; pc++; NEXT(pc, sp, acc, steps + 1, x, y); }
__attribute__((noinline)) int op_jnz(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) {
    pc = acc ? pc - pc[1] : pc + 2;
    NEXT(pc, sp, acc, steps + 1, x + 1, y);
}
__attribute__((noinline)) int op_dec(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { acc--; pc++; NEXT(pc, sp, acc, steps + 1, x, y ^ acc); }
__attribute__((noinline)) int op_halt(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { (void)pc; (void)sp; return acc + steps * 1000 + x * 7 + y; }
__attribute__((noinline)) int op_over(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { int t = sp[0]; *--sp = acc; acc = t; pc++; NEXT(pc, sp, acc, steps + 1, x, y); }
__attribute__((noinline)) int op_drop(const unsigned char *pc, int *sp, int acc, int steps, int x, int y) { acc = *sp++; pc++; NEXT(pc, sp, acc, steps + 1, x, y); }
handler *const table[10] = { op_push, op_add, op_mul, op_dup, op_swap, op_jnz, op_dec, op_halt, op_over, op_drop };

static int run(const unsigned char *code) { int stack[64]; return table[code[0]](code, stack + 64, 0, 0, 0, 0); }

int main(void) {
    /* acc = n; loop: total += n (kept below acc), n-- until zero. */
    static const unsigned char sum[] = { PUSH, 0, PUSH, 100, /* loop: */ SWAP, OVER, ADD, SWAP, DEC, JNZ, 5, DROP, HALT };
    static const unsigned char arith[] = { PUSH, 6, PUSH, 7, MUL, DUP, ADD, PUSH, 3, ADD, HALT };
    line("sum", run(sum));
    line("arith", run(arith));
    return run(arith) & 0x7f;
}
