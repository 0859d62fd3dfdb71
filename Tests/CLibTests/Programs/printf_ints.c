/* printf's integer conversions: every flag, width, precision and length modifier. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

int main(void) {
    const int values[] = {0, 1, -1, 7, -42, 255, 4096, 65535, -65536, 123456789, 2147483647, -2147483647 - 1};
    const char *formats[] = {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-+8.3d|",
                             "%u", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%#.0o", "%.0d", "%08x", "%#010x", "%-#10o|"};
    for (unsigned f = 0; f < sizeof formats / sizeof *formats; f++) {
        for (unsigned v = 0; v < sizeof values / sizeof *values; v++) {
            printf(formats[f], values[v]);
            putchar(' ');
        }
        putchar('\n');
    }
    printf("hh: %hhd %hhu %hhx %hhd\n", 300, 300, -1, -129);
    printf("h: %hd %hu %hx %ho\n", 70000, 70000, -1, -1);
    printf("ll: %lld %llu %llx %llX %llo\n", -9223372036854775807LL - 1, 18446744073709551615ULL,
           0x123456789abcdefULL, 0xfedcba9876543210ULL, 01777777777777777777777ULL);
    printf("ll flags: %+025lld|%-25lld|% .20lld\n", 1234567890123LL, -1234567890123LL, 42LL);
    printf("l: %ld %lu %lx\n", 2147483647L, 123456UL, 0xdeadUL);
    printf("z: %zu %zx  j: %jd %ju  t: %td\n", (size_t)123456, (size_t)0xbeef, (intmax_t)-5000000000LL,
           (uintmax_t)10000000000ULL, (ptrdiff_t)-77);
    printf("star: [%*d] [%-*d] [%.*d] [%*.*d] [%*d]\n", 6, 42, 6, 42, 4, 42, 8, 5, -42, -6, 7);
    printf("int32: %d %u %x\n", (int32_t)-123, (uint32_t)4000000000u, (uint32_t)0xCAFEBABE);
    return 0;
}
