/* rand and srand give glibc's sequence. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    for (int i = 0; i < 5; i++) printf("%d ", rand());
    printf("\n");
    const unsigned seeds[] = {0, 1, 42, 12345, 4294967295u};
    for (unsigned s = 0; s < 5; s++) {
        srand(seeds[s]);
        long long sum = 0;
        for (int i = 0; i < 1000; i++) sum += rand() % 1000;
        int a = rand(), b = rand(), c = rand(); /* in order: argument evaluation order is unspecified */
        printf("seed %u: %d %d %d sum %lld\n", seeds[s], a, b, c, sum);
    }
    return 0;
}
