/* A generic sort over elements of any size (memcpy swaps through a VLA), with comparators
 * called through pointers on ints, structs and strings. */
#include "common.h"

__attribute__((noinline)) void generic_sort(void *base, unsigned count, unsigned size, int (*cmp)(const void *, const void *)) {
    char *b = base;
    char tmp[size];
    for (unsigned i = 1; i < count; i++) {
        memcpy(tmp, b + i * size, size);
        unsigned j = i;
        while (j > 0 && cmp(b + (j - 1) * size, tmp) > 0) { memcpy(b + j * size, b + (j - 1) * size, size); j--; }
        memcpy(b + j * size, tmp, size);
    }
}
__attribute__((noinline)) int by_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
struct entry { char key[6]; short rank; int value; };
__attribute__((noinline)) int by_rank_then_value(const void *a, const void *b) {
    const struct entry *x = a, *y = b;
    if (x->rank != y->rank) return x->rank - y->rank;
    return (x->value > y->value) - (x->value < y->value);
}
__attribute__((noinline)) int by_string(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    while (*x && *x == *y) { x++; y++; }
    return (unsigned char)*x - (unsigned char)*y;
}

int main(void) {
    int v[11] = { 5, -2, 9, 0, 13, -7, 5, 1, 100, -50, 3 };
    generic_sort(v, 11, sizeof v[0], by_int);
    for (int i = 0; i < 11; i++) { put_int(v[i]); puts_(" "); }
    puts_("\n");
    struct entry es[6] = { { "e", 2, 50 }, { "a", 1, 9 }, { "c", 2, -4 }, { "b", 1, 7 }, { "f", 0, 0 }, { "d", 2, 50 } };
    generic_sort(es, 6, sizeof es[0], by_rank_then_value);
    for (int i = 0; i < 6; i++) puts_(es[i].key);
    puts_("\n");
    const char *words[7] = { "window", "kiln", "xtensa", "entry", "movsp", "kilo", "win" };
    generic_sort(words, 7, sizeof words[0], by_string);
    for (int i = 0; i < 7; i++) { puts_(words[i]); puts_(" "); }
    puts_("\n");
    return v[10] & 0x7f;
}
