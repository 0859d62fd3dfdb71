#include "common.h"
static char composite[2000];
int primes[400];
int main(void) {
    int count = 0;
    for (int i = 2; i < 2000; i++) {
        if (composite[i]) continue;
        primes[count++] = i;
        for (int j = i * i; j < 2000; j += i) composite[j] = 1;
    }
    line("count", count);
    int sum = 0;
    for (int i = 0; i < count; i++) sum += primes[i] * (i & 7);
    line("sum", sum);
    line("last", primes[count - 1]);
    return count & 0xff;
}
