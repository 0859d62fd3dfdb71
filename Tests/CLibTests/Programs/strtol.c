/* strtol and friends: bases, prefixes, signs, white space, end pointers, overflow and errno.
 * strtol/strtoul only with values that fit 32 bits (long is 64 bits on the host); the
 * overflow cases use the 64-bit functions, the same on both. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

int main(void) {
    const char *texts[] = {"0", "42", "-42", "  +17xyz", "\t\n-0x1F", "0x", "0X7fffffff", "0777", "08", "z",
                           "", "   ", "-", "1010", "zz", "7FFFFFFF", "-2147483648", "123abc", "0x1g", "  0012"};
    const int bases[] = {0, 10, 16, 8, 2, 36};
    for (unsigned b = 0; b < sizeof bases / sizeof *bases; b++) {
        for (unsigned t = 0; t < sizeof texts / sizeof *texts; t++) {
            char *end;
            long long value = strtoll(texts[t], &end, bases[b]);
            long small = strtol(texts[t], NULL, bases[b]);
            if (value >= -2147483647LL - 1 && value <= 2147483647LL && small != value) printf("strtol differs! ");
            printf("%d:'%s'=%lld@%d ", bases[b], texts[t], value, (int)(end - texts[t]));
        }
        printf("\n");
    }
    const char *big[] = {"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                         "18446744073709551615", "18446744073709551616", "-1", "99999999999999999999999", "0xffffffffffffffff"};
    for (unsigned i = 0; i < sizeof big / sizeof *big; i++) {
        char *end;
        errno = 0;
        long long s = strtoll(big[i], &end, 0);
        int e1 = errno;
        errno = 0;
        unsigned long long u = strtoull(big[i], NULL, 0);
        int e2 = errno;
        printf("%s: ll %lld (%s, end %d) ull %llu (%s)\n", big[i], s, e1 == ERANGE ? "ERANGE" : "ok", (int)(end - big[i]), u,
               e2 == ERANGE ? "ERANGE" : "ok");
    }
    printf("strtoul(\"-1\") low 32 bits %lu, strtoul(\"4294967295\") %lu\n", strtoul("-1", NULL, 10) & 0xffffffffUL,
           strtoul("4294967295", NULL, 10));
    printf("atoi %d %d %d atol %ld atoll %lld\n", atoi(" -123abc"), atoi("x"), atoi("2147483647"), atol("-77"),
           atoll("-9000000000"));
    errno = 0;
    long long bad = strtoll("12", NULL, 99);
    printf("bad base: %lld errno %s\n", bad, errno == EINVAL ? "EINVAL" : "other");
    return 0;
}
