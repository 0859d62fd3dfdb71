/* A Brainfuck interpreter: a switch on the instruction in a dispatch loop, a bracket
   table computed first, running a program that prints text and one that computes squares. */
#include "common.h"

static unsigned char tape[512];
static int match[512];
static char out[600];

static int run(const char *program) {
    int n = length(program), stack[64], sp = 0;
    for (int i = 0; i < n; i++) {
        if (program[i] == '[') stack[sp++] = i;
        else if (program[i] == ']') { int j = stack[--sp]; match[i] = j; match[j] = i; }
    }
    for (int i = 0; i < 512; i++) tape[i] = 0;
    int p = 0, o = 0, steps = 0;
    for (int pc = 0; pc < n; pc++, steps++) {
        switch (program[pc]) {
        case '>': p++; break;
        case '<': p--; break;
        case '+': tape[p]++; break;
        case '-': tape[p]--; break;
        case '.': out[o++] = (char)tape[p]; break;
        case '[': if (!tape[p]) pc = match[pc]; break;
        case ']': if (tape[p]) pc = match[pc]; break;
        default: break;
        }
    }
    out[o] = 0;
    return steps;
}

int main(void) {
    int a = run("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.");
    puts_(out);
    int b = run("++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]");
    for (char *c = out; *c; c++) if (*c == '\n') *c = ' ';
    puts_(out); puts_("\n");
    line("steps", a + b);
    return (a + b) & 0x7f;
}
