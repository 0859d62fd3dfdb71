/* abs, div, 64-bit arithmetic helpers, atexit handlers run by exit in reverse order, and
 * exit's status as the program's exit code. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static void first(void) { printf("atexit: first registered, last run\n"); }
static void second(void) { printf("atexit: second registered, first run\n"); }

int main(void) {
    printf("abs %d %d labs %ld llabs %lld\n", abs(-5), abs(7), labs(-123456L), llabs(-9000000000LL));
    div_t d = div(-17, 5);
    ldiv_t l = ldiv(17L, -5L);
    lldiv_t ll = lldiv(-100000000000LL, 7LL);
    printf("div %d %d ldiv %ld %ld lldiv %lld %lld\n", d.quot, d.rem, l.quot, l.rem, ll.quot, ll.rem);
    volatile int64_t a = 123456789012345LL, b = -98765LL;
    volatile uint64_t c = 18446744073709551557ULL, e = 4294967311ULL;
    printf("i64: %lld %lld %lld %llu %llu %lld\n", a * b, a / b, a % b, c / e, c % e, (a * 3) >> 7);
    atexit(first);
    atexit(second);
    printf("exiting with 3\n");
    exit(3);
}
