/* Open-addressing hash table (linear probing, multiplicative hash): inserts, then hits and misses. */
#include "common.h"
#define SIZE 8192
static unsigned keys[SIZE];
static int values[SIZE];
static unsigned slot(unsigned key) { return (key * 2654435761u) >> 19; }
static void insert(unsigned key, int value) {
    unsigned i = slot(key);
    while (keys[i] && keys[i] != key) i = (i + 1) & (SIZE - 1);
    keys[i] = key; values[i] = value;
}
static int lookup(unsigned key) {
    for (unsigned i = slot(key); keys[i]; i = (i + 1) & (SIZE - 1))
        if (keys[i] == key) return values[i];
    return -1;
}
int main(void) {
    unsigned x = 99;
    for (int i = 0; i < 5000; i++) { x = x * 69069u + 1; insert(x | 1, i); }
    int hits = 0, sum = 0;
    x = 99;
    for (int i = 0; i < 5000; i++) { x = x * 69069u + 1; int v = lookup(x | 1); if (v >= 0) { hits++; sum += v; } }
    for (unsigned k = 2; k < 10002; k += 2) if (lookup(k) >= 0) hits += 1000;
    line("hits", hits); line("sum", sum);
    return 0;
}
