/* Bit sets in 64-bit words: a sieve of Eratosthenes, set algebra, population counts,
   iteration over set bits with count-trailing-zeros, and the nth set bit. */
#include "common.h"

typedef unsigned long long u64;
#define LIMIT 4096
#define WORDS (LIMIT / 64)

static u64 composite[WORDS], evens[WORDS], squares[WORDS];

static void set(u64 *s, unsigned i) { s[i >> 6] |= 1ULL << (i & 63); }
static int test(const u64 *s, unsigned i) { return (int)(s[i >> 6] >> (i & 63) & 1); }

static int count(const u64 *s) { int n = 0; for (int i = 0; i < WORDS; i++) n += __builtin_popcountll(s[i]); return n; }

int main(void) {
    set(composite, 0); set(composite, 1);
    for (unsigned i = 2; i * i < LIMIT; i++)
        if (!test(composite, i)) for (unsigned j = i * i; j < LIMIT; j += i) set(composite, j);
    for (unsigned i = 0; i < LIMIT; i += 2) set(evens, i);
    for (unsigned i = 0; i * i < LIMIT; i++) set(squares, i * i);
    line("primes", LIMIT - count(composite));
    u64 both[WORDS], either[WORDS];
    for (int i = 0; i < WORDS; i++) { both[i] = ~composite[i] & evens[i]; either[i] = squares[i] | ~composite[i]; }
    line("even primes", count(both));
    line("primes or squares", count(either));
    int listed = 0;
    unsigned last = 0;
    for (int w = WORDS - 1; w >= 0 && listed < 8; w--) {
        u64 bits = ~composite[w];
        while (bits && listed < 8) {
            int top = 63 - __builtin_clzll(bits);
            last = (unsigned)(w * 64 + top);
            put_int((int)last); puts_(" ");
            bits &= ~(1ULL << top);
            listed++;
        }
    }
    puts_("\n");
    unsigned sum = 0;
    for (int w = 0; w < 4; w++) {
        u64 bits = ~composite[w];
        while (bits) { sum += (unsigned)(w * 64 + __builtin_ctzll(bits)); bits &= bits - 1; }
    }
    line("sum below 256", (int)sum);
    return (int)(last & 0x7f);
}
