/* A printf-like formatter: va_arg of int, unsigned, char, strings, long long (8-byte
 * aligned in registers and on the stack), va_list handed to a v-function, va_copy. */
#include <stdarg.h>
#include "host.h"

static char out[512];
static unsigned used;
static void emit(char c) { if (used < sizeof out - 1) out[used++] = c; }
static void emit_unsigned(unsigned long long v, unsigned base) {
    char digits[24]; int n = 0;
    do { digits[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
    while (n) emit(digits[--n]);
}
static void emit_signed(long long v) {
    if (v < 0) { emit('-'); emit_unsigned(0ull - (unsigned long long)v, 10); } else emit_unsigned((unsigned long long)v, 10);
}

__attribute__((noinline)) int vformat(const char *f, va_list ap) {
    int count = 0;
    for (; *f; f++) {
        if (*f != '%') { emit(*f); continue; }
        count++;
        switch (*++f) {
        case 'd': emit_signed(va_arg(ap, int)); break;
        case 'u': emit_unsigned(va_arg(ap, unsigned), 10); break;
        case 'x': emit_unsigned(va_arg(ap, unsigned), 16); break;
        case 'c': emit((char)va_arg(ap, int)); break;
        case 's': for (const char *s = va_arg(ap, const char *); *s; s++) emit(*s); break;
        case 'L': emit_signed(va_arg(ap, long long)); break;
        case '%': emit('%'); count--; break;
        }
    }
    return count;
}

__attribute__((noinline)) int format(const char *f, ...) {
    va_list ap;
    va_start(ap, f);
    int n = vformat(f, ap);
    va_end(ap);
    return n;
}

/* Twice over the same arguments through va_copy. */
__attribute__((noinline)) int format_twice(const char *f, ...) {
    va_list ap, again;
    va_start(ap, f);
    va_copy(again, ap);
    int n = vformat(f, ap);
    emit('|');
    n += vformat(f, again);
    va_end(again);
    va_end(ap);
    return n;
}

static void flush(void) { out[used] = 0; puts_(out); puts_("\n"); used = 0; }

int main(void) {
    line("n", format("plain"));
    flush();
    line("n", format("%d %u %x %c", -42, 3000000000u, 0xbeefu, 'Z'));
    flush();
    line("n", format("%s=%d, %s=%d%%", "alpha", 1, "beta", -2));
    flush();
    line("n", format("%L and %L", 1234567890123ll, -9876543210ll));
    flush();
    line("n", format("%d %L %d %L", 1, 1ll << 40, 2, -(1ll << 35)));   /* i64s skip a register */
    flush();
    line("n", format("%d %d %d %d %d %d %d %d %d %d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));   /* onto the stack */
    flush();
    line("n", format("%d %d %d %d %L %d %L", 1, 2, 3, 4, 5ll, 6, 7ll));   /* an i64 that no longer fits in a6/a7 */
    flush();
    line("n", format_twice("%s %d %L", "twice", 99, 1ll << 50));
    flush();
    return format("%d", 7);
}
