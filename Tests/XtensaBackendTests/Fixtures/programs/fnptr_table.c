/* Indirect calls: dispatch tables, callbacks with different signatures, function pointers
 * stored in structs and passed around, and a sort with a comparator. */
#include "common.h"

typedef int (*binary)(int, int);
__attribute__((noinline)) int add(int a, int b) { return a + b; }
__attribute__((noinline)) int sub(int a, int b) { return a - b; }
__attribute__((noinline)) int mul(int a, int b) { return a * b; }
__attribute__((noinline)) int maxi(int a, int b) { return a > b ? a : b; }
static binary const ops[4] = { add, sub, mul, maxi };

__attribute__((noinline)) int fold(binary f, const int *v, int n, int start) {
    for (int i = 0; i < n; i++) start = f(start, v[i]);
    return start;
}

struct handler { const char *name; int (*run)(int); int weight; };
__attribute__((noinline)) int twice(int x) { return 2 * x; }
__attribute__((noinline)) int square(int x) { return x * x; }
__attribute__((noinline)) int negate(int x) { return -x; }

__attribute__((noinline)) void sort(int *v, int n, int (*less)(int, int)) {
    for (int i = 1; i < n; i++) {
        int x = v[i], j = i - 1;
        while (j >= 0 && less(x, v[j])) { v[j + 1] = v[j]; j--; }
        v[j + 1] = x;
    }
}
__attribute__((noinline)) int ascending(int a, int b) { return a < b; }
__attribute__((noinline)) int by_last_digit(int a, int b) { int x = a % 10, y = b % 10; return (x < 0 ? -x : x) < (y < 0 ? -y : y); }

int main(void) {
    static const int v[] = { 3, -1, 4, 1, -5, 9, 2, -6 };
    for (int k = 0; k < 4; k++) line("fold", fold(ops[k], v, 8, k + 1));
    struct handler hs[3] = { { "twice", twice, 3 }, { "square", square, 5 }, { "negate", negate, 7 } };
    int acc = 1;
    for (int r = 0; r < 6; r++) {
        struct handler *h = &hs[(acc & 0x7fffffff) % 3];
        acc = h->run(acc + r) + h->weight;
        puts_(h->name); puts_(" "); put_int(acc); puts_("\n");
    }
    int w[12] = { 42, 17, -3, 99, 8, 0, 23, 57, -44, 61, 5, 30 };
    sort(w, 12, ascending);
    for (int i = 0; i < 12; i++) { put_int(w[i]); puts_(" "); }
    puts_("\n");
    sort(w, 12, by_last_digit);
    for (int i = 0; i < 12; i++) { put_int(w[i]); puts_(" "); }
    puts_("\n");
    return w[1] & 0x7f;
}
