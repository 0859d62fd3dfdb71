/* printf's floating-point conversions against glibc's exact decimal output. */
#include <stdio.h>

int main(void) {
    const double values[] = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e-5, 123456.789, 1e10,
                             1e21, 6.02214076e23, 1.7976931348623157e308, 2.2250738585072014e-308,
                             4.9406564584124654e-324, 0.5, 1.0 / 3.0, 999.9995, 9.5, 1e-300};
    const char *formats[] = {"%f", "%.0f", "%.1f", "%.10f", "%e", "%.0e", "%.3e", "%E", "%g", "%.0g", "%.3g",
                             "%.17g", "%G", "%#g", "%#.0f", "%a", "%.2a", "%A", "%+12.4f", "%-12.3e|", "%012.3f",
                             "% g", "%+.10g"};
    for (unsigned f = 0; f < sizeof formats / sizeof *formats; f++) {
        printf("%-8s", formats[f]);
        for (unsigned v = 0; v < sizeof values / sizeof *values; v++) {
            putchar(' ');
            printf(formats[f], values[v]);
        }
        putchar('\n');
    }
    double inf = 1e308 * 10, nan = __builtin_nan(""); /* not inf - inf: its sign differs between x86 and soft float */
    printf("%f %F %e %g %a %5.1f|%-6f|%06f\n", inf, inf, -inf, inf, -inf, inf, -inf, inf);
    printf("%f %F %e %g %+f\n", nan, -nan, -nan, nan, nan);
    printf("%.20f\n%.40e\n%.300f\n", 0.1, 1.0 / 7.0, 1e-300);
    printf("%f\n", 1e300);
    printf("%*.*f %.*e\n", 10, 2, 3.14159, 3, 2.71828);
    float single = 1.1f;
    printf("%f %.10f %g\n", single, single, (double)single);
    return 0;
}
