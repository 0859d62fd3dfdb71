/* Doubly recursive Fibonacci: calls, returns and window spills. */
#include "common.h"
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) { line("fib(24)", fib(24)); return 0; }
