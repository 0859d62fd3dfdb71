/* Recursion of several shapes: Ackermann (deep, non-tail), mutual recursion without
 * musttail, Hanoi with many live values, and a recursive descent parser. */
#include "common.h"

__attribute__((noinline)) unsigned ackermann(unsigned m, unsigned n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves;
static unsigned checksum;
__attribute__((noinline)) void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++; checksum = checksum * 3 + (unsigned)(from * 10 + to);
    hanoi(n - 1, via, to, from);
}

int parse_sum(const char **s);
__attribute__((noinline)) int parse_atom(const char **s) {
    if (**s == '(') { (*s)++; int v = parse_sum(s); (*s)++; return v; }
    if (**s == '-') { (*s)++; return -parse_atom(s); }
    int v = 0;
    while (**s >= '0' && **s <= '9') v = v * 10 + (*(*s)++ - '0');
    return v;
}
__attribute__((noinline)) int parse_product(const char **s) {
    int v = parse_atom(s);
    while (**s == '*' || **s == '/') { char op = *(*s)++; int r = parse_atom(s); v = op == '*' ? v * r : v / r; }
    return v;
}
__attribute__((noinline)) int parse_sum(const char **s) {
    int v = parse_product(s);
    while (**s == '+' || **s == '-') { char op = *(*s)++; int r = parse_product(s); v = op == '+' ? v + r : v - r; }
    return v;
}
static int eval(const char *text) { return parse_sum(&text); }

__attribute__((noinline)) int ping(int n);
__attribute__((noinline)) int pong(int n) { return n <= 0 ? 1 : ping(n - 2) + n; }
__attribute__((noinline)) int ping(int n) { return n <= 0 ? 0 : pong(n - 1) * 2 % 10007; }

int main(void) {
    for (unsigned m = 0; m < 3; m++) for (unsigned n = 0; n < 4; n++) line("ack", (int)ackermann(m, n));
    line("ack 2 7", (int)ackermann(2, 7));
    hanoi(10, 1, 3, 2);
    line("moves", moves); line("checksum", (int)checksum);
    line("expr", eval("1+2*3-(4-5*(6+7))/2"));
    line("expr", eval("((((12))))*-(3+4)-100/7/2"));
    line("pingpong", ping(300));
    return moves & 0x7f;
}
