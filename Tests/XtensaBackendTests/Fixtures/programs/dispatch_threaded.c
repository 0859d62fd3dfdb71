#include "common.h"
/* A stack machine in the shape of OCaml's bytecode interpreter: an accumulator, a stack
 * pointer and a code pointer live across a dense `switch` in a loop, so the back end copies
 * the jump-table dispatch into every handler (DispatchDuplication). Handlers end in every
 * way a handler can: falling out of the switch, `continue`, a branch inside the handler,
 * a call, and a `return` that leaves the loop. */
enum {
    CONST, PUSH, POP, ACC0, ACC1, ACC2, ADD, SUB, MUL, NEG, AND, XOR, SHL, SHR,
    EQ, LT, BRANCH, BRANCHIF, BRANCHIFNOT, DUP, SWAP, PRINT, CALLSQ, DEC, ASSIGN, STOP
};

static int square(int x) { return x * x; }

__attribute__((noinline)) static int run(const int *code, int *stack, int *trace) {
    const int *pc = code;
    int *sp = stack + 64;
    int accu = 0, steps = 0;
    for (;;) {
        steps++;
        switch (*pc++) {
        case CONST: accu = *pc++; break;
        case PUSH: *--sp = accu; break;
        case POP: sp += *pc++; break;
        case ACC0: accu = sp[0]; break;
        case ACC1: accu = sp[1]; break;
        case ACC2: accu = sp[2]; continue;
        case ADD: accu += *sp++; break;
        case SUB: accu = *sp++ - accu; break;
        case MUL: accu *= *sp++; break;
        case NEG: accu = -accu; break;
        case AND: accu &= *sp++; break;
        case XOR: accu ^= *sp++; continue;
        case SHL: accu <<= (*sp++ & 31); break;
        case SHR: accu = (int)((unsigned)accu >> (*sp++ & 31)); break;
        case EQ: accu = accu == *sp++; break;
        case LT: accu = *sp++ < accu; break;
        case BRANCH: pc = code + *pc; break;
        case BRANCHIF: if (accu) pc = code + *pc; else pc++; break;
        case BRANCHIFNOT: if (!accu) { pc = code + *pc; continue; } pc++; break;
        case DUP: sp--; sp[0] = sp[1]; break;
        case SWAP: { int t = sp[0]; sp[0] = accu; accu = t; } break;
        case PRINT: line("accu", accu); trace[accu & 7]++; break;
        case CALLSQ: accu = square(accu); break;
        case DEC: accu--; break;
        case ASSIGN: sp[*pc++] = accu; break;
        case STOP: return steps;
        default: line("bad opcode", pc[-1]); return -1;
        }
    }
}

/* sum = 0; for n = 40 downto 1: sum = (sum ^ n*n) + (n << (n & 7)) - (n >> 2), printed when
 * n & 7 == 0 (targets are word positions, computed by hand-checked assembly). */
static const int program[] = {
    CONST, 0, PUSH, CONST, 40, PUSH, ACC0, CALLSQ, PUSH, ACC2, XOR, PUSH, ACC1, PUSH, CONST, 7,
    AND, PUSH, ACC2, SHL, ADD, PUSH, ACC1, PUSH, CONST, 2, SWAP, SHR, SUB, ASSIGN, 1, CONST, 7,
    PUSH, ACC1, AND, BRANCHIF, 40, ACC1, PRINT, ACC0, DEC, ASSIGN, 0, ACC0, BRANCHIF, 6, ACC1,
    PRINT, STOP,
};

/* acc = 0; for i = 1000 downto 1: acc += 3 * i; then a few straight-line tests. */
static const int countdown[] = {
    CONST, 1000, PUSH, CONST, 0, PUSH, ACC1, PUSH, CONST, 3, MUL, PUSH, ACC1, ADD, NEG, NEG,
    ASSIGN, 0, ACC1, DEC, ASSIGN, 1, DUP, POP, 1, CONST, 0, PUSH, ACC2, LT, BRANCHIF, 6, ACC0,
    PRINT, CONST, 5, PUSH, CONST, 12345, EQ, BRANCHIFNOT, 45, CONST, 99, PRINT, CONST, 1, PUSH,
    CONST, 2, SUB, PRINT, BRANCH, 57, CONST, 77, PRINT, STOP,
};

int main(void) {
    int stack[64], trace[8] = {0};
    line("steps", run(program, stack, trace));
    line("countdown steps", run(countdown, stack, trace));
    for (int i = 0; i < 8; i++) line("trace", trace[i]);
    return 0;
}
