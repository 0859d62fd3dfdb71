/* Sieve of Eratosthenes over bytes, repeated: a tight loop of byte stores. */
#include "common.h"
#define N 32768
static char composite[N];
int main(void) {
    int count = 0;
    for (int round = 0; round < 4; round++) {
        memset(composite, 0, N);
        count = 0;
        for (int i = 2; i < N; i++) {
            if (composite[i]) continue;
            count++;
            for (int j = 2 * i; j < N; j += i) composite[j] = 1;
        }
    }
    line("primes", count);
    return 0;
}
