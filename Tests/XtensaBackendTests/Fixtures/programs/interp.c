#include "common.h"
/* A small register-machine interpreter: its dense switch becomes a jump table. */
enum { SET, ADDR, SUBR, MULR, XORR, SHLI, DECR, JNZ, PRINT, HALT };
static const int program[] = {
    SET, 0, 10,        /* 0: r0 = n */
    SET, 1, 0,         /* 3: r1 = sum */
    SET, 2, 1,         /* 6: r2 = product */
    ADDR, 1, 0,        /* 9: loop: sum += n */
    MULR, 2, 0,        /* 12: product *= n */
    XORR, 3, 2,        /* 15: r3 ^= product */
    SHLI, 3, 1,        /* 18: r3 <<= 1 */
    SUBR, 3, 1,        /* 21: r3 -= sum */
    DECR, 0,           /* 24: n-- */
    JNZ, 0, 9,         /* 26: while n */
    PRINT, 1, PRINT, 2, PRINT, 3,
    HALT,
};
int run(const int *code, int *regs) {
    int pc = 0, steps = 0;
    for (;;) {
        steps++;
        int op = code[pc];
        switch (op) {
        case SET: regs[code[pc + 1]] = code[pc + 2]; pc += 3; break;
        case ADDR: regs[code[pc + 1]] += regs[code[pc + 2]]; pc += 3; break;
        case SUBR: regs[code[pc + 1]] -= regs[code[pc + 2]]; pc += 3; break;
        case MULR: regs[code[pc + 1]] *= regs[code[pc + 2]]; pc += 3; break;
        case XORR: regs[code[pc + 1]] ^= regs[code[pc + 2]]; pc += 3; break;
        case SHLI: regs[code[pc + 1]] <<= code[pc + 2]; pc += 3; break;
        case DECR: regs[code[pc + 1]]--; pc += 2; break;
        case JNZ: pc = regs[code[pc + 1]] ? code[pc + 2] : pc + 3; break;
        case PRINT: line("r", regs[code[pc + 1]]); pc += 2; break;
        case HALT: return steps;
        default: return -1;
        }
    }
}
int main(void) {
    int regs[4] = {0, 0, 0, 0};
    line("steps", run(program, regs));
    return 0;
}
