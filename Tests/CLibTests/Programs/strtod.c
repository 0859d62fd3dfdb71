/* strtod and atof: decimal and hexadecimal, rounding at the last bit, infinities, NaN,
 * subnormals, end pointers; printed exactly (%a and %.17g). */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

int main(void) {
    const char *texts[] = {"0", "-0", "1", "0.1", "  3.14159265358979323846", "1e308", "1.8e308", "-1e-320", "4.9e-324",
                           "2.4703282292062327e-324", "2.4703282292062328e-324", "0x1.8p3", "0X.8P-1", "0x1p-1074",
                           "inf", "-Infinity", "nan", "NAN(123)", "1e", "1e+", ".5", "5.", ".", "+.e1", "12abc",
                           "9007199254740993", "9007199254740992.5", "123456789012345678901234567890",
                           "0.000000000000000000000000000000000001", "2.2250738585072011e-308", "1.7976931348623158e308",
                           "1e-400", "-0x1p-1080", "0x0.0p5", "0e999", "1e400", "-0x1p1024", "2.2250738585072014e-308"};
    for (unsigned i = 0; i < sizeof texts / sizeof *texts; i++) {
        char *end;
        errno = 0;
        double d = strtod(texts[i], &end);
        printf("'%s' -> %a %.17g end %d%s\n", texts[i], d, d, (int)(end - texts[i]), errno == ERANGE ? " ERANGE" : "");
    }
    printf("atof %.17g %.17g\n", atof("2.5e-3xyz"), atof("junk"));
    printf("strtof %a %a\n", (double)strtof("0.1", NULL), (double)strtof("3.4028235e38", NULL));
    return 0;
}
