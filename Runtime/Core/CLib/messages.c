/* The C library functions that are mostly fixed text, in C: a Swift string constant's symbol
 * is named after its text, which llc's Xtensa assembly output does not quote. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* assert's failure: glibc's message with an empty program name, then abort (exit 134).
 * Written with fputs, not fprintf, so that back ends without variadic calls compile it. */
void __assert_fail(const char *assertion, const char *file, unsigned line, const char *function) {
    char digits[12];
    int n = 0;
    do { digits[n++] = (char)('0' + line % 10); line /= 10; } while (line);
    char number[12];
    for (int i = 0; i < n; i++) number[i] = digits[n - 1 - i];
    number[n] = 0;
    const char *parts[] = {file, ":", number, ": ", function, ": Assertion `", assertion, "' failed.\n"};
    for (unsigned i = 0; i < sizeof parts / sizeof *parts; i++) fputs(parts[i], stderr);
    abort();
}

/* There is no table of error texts: errno only ever holds the few codes of errno.h. */
char *strerror(int error) {
    switch (error) {
    case 0: return "Success";
    case 12: return "Cannot allocate memory";
    case 22: return "Invalid argument";
    case 33: return "Numerical argument out of domain";
    case 34: return "Numerical result out of range";
    default: return "Unknown error";
    }
}
