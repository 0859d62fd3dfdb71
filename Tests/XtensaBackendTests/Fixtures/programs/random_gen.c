/* Pseudo-random generators: xorshift64*, PCG32 (64-bit state, rotate by a variable
   amount), SplitMix64, with bucket statistics and a Fisher-Yates shuffle. */
#include "common.h"

typedef unsigned long long u64;

static u64 xs_state = 88172645463325252ULL;
static u64 xorshift64star(void) {
    xs_state ^= xs_state >> 12; xs_state ^= xs_state << 25; xs_state ^= xs_state >> 27;
    return xs_state * 2685821657736338717ULL;
}

static u64 pcg_state = 0x853c49e6748fea9bULL, pcg_inc = 0xda3e39cb94b95bdbULL;
static unsigned pcg32(void) {
    u64 old = pcg_state;
    pcg_state = old * 6364136223846793005ULL + (pcg_inc | 1);
    unsigned xorshifted = (unsigned)(((old >> 18) ^ old) >> 27);
    unsigned rot = (unsigned)(old >> 59);
    return (xorshifted >> rot) | (xorshifted << ((0u - rot) & 31));
}

static u64 sm_state = 1234567;
static u64 splitmix64(void) {
    u64 z = (sm_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void put64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); }

int main(void) {
    for (int i = 0; i < 3; i++) { put64(xorshift64star()); puts_(" "); put_hex(pcg32()); puts_(" "); put64(splitmix64()); puts_("\n"); }
    int buckets[10] = { 0 };
    for (int i = 0; i < 2000; i++) buckets[pcg32() % 10]++;
    for (int i = 0; i < 10; i++) { put_int(buckets[i]); puts_(i < 9 ? " " : "\n"); }
    int deck[20];
    for (int i = 0; i < 20; i++) deck[i] = i;
    for (int i = 19; i > 0; i--) { int j = (int)(splitmix64() % (u64)(i + 1)); int t = deck[i]; deck[i] = deck[j]; deck[j] = t; }
    for (int i = 0; i < 20; i++) { put_int(deck[i]); puts_(i < 19 ? " " : "\n"); }
    u64 sum = 0;
    for (int i = 0; i < 500; i++) sum += xorshift64star() >> 40;
    put64(sum); puts_("\n");
    return (int)(sum & 0x7f);
}
