/* The va_list functions (vprintf, vfprintf, vsnprintf, vsprintf) called from the program's
 * own variadic functions. Each wrapper has six fixed word parameters, so that all its
 * variadic arguments travel on the stack: LLVM 22's Xtensa va_start, which builds the
 * caller's va_list when llc compiles this program, is wrong only for variadic arguments in
 * registers (Docs/runtime.md, "Varargs"). */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int log_line(int a, int b, int c, int d, int level, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int n = printf("[%d%d%d%d level %d] ", a, b, c, d, level);
    n += vprintf(format, arguments);
    va_end(arguments);
    return n;
}

static int to_stream(int a, int b, int c, int d, FILE *stream, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int n = vfprintf(stream, format, arguments) + a + b + c + d;
    va_end(arguments);
    return n;
}

static int format_into(char *buffer, int size, int c, int d, int e, const char *format, ...) {
    va_list arguments, copy;
    va_start(arguments, format);
    va_copy(copy, arguments);
    int n = vsnprintf(buffer, (size_t)size, format, arguments);
    char whole[256];
    int m = vsprintf(whole, format, copy);
    va_end(copy);
    va_end(arguments);
    printf("whole \"%s\" (%d) c+d+e %d\n", whole, m, c + d + e);
    return n;
}

int main(void) {
    int n = log_line(1, 2, 3, 4, 5, "%s=%d, %lld, %.3f, %c%c\n", "x", -42, 1234567890123LL, 2.71828, 'o', 'k');
    printf("log_line wrote %d\n", n);
    n = to_stream(0, 0, 0, 1, stdout, "%08.2e|%-6s|%#x|%hhd\n", 12345.678, "ab", 255, 300);
    printf("to_stream returned %d\n", n);
    to_stream(0, 0, 0, 0, stderr, "to stderr %d\n", 9);
    char buffer[16];
    memset(buffer, '#', sizeof buffer);
    n = format_into(buffer, 10, 1, 2, 3, "%d-%s-%g-%lld", 77, "seven", 0.5, -9000000000LL);
    printf("snprintf part \"%s\" of %d\n", buffer, n);
    return 0;
}
