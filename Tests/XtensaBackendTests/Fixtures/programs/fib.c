#include "common.h"
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int fib_loop(int n) { int a = 0, b = 1; while (n--) { int t = a + b; a = b; b = t; } return a; }
int main(void) {
    for (int i = 0; i < 20; i += 3) { line("fib", fib(i)); line("loop", fib_loop(i)); }
    line("big", fib_loop(46));
    return 0;
}
