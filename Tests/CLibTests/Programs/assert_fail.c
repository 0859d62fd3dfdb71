/* A failing assert: the output before it, then abort (exit code 134, SIGABRT's on the host).
 * The message goes to stderr, which is not compared (its program name differs). */
#include <stdio.h>
#include <assert.h>

static int check(int x) {
    assert(x > 0 && "positive");
    return x * 2;
}

int main(void) {
    printf("%d\n", check(21));
    fflush(stdout); /* the host's stdout is a buffered pipe, and abort drops the buffer */
    printf("%d\n", check(-1));
    printf("not reached\n");
    return 0;
}
