/* The C library functions that are mostly fixed text, in C: a Swift string constant's symbol
 * is named after its text, which llc's Xtensa assembly output does not quote. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* assert's failure: glibc's message with an empty program name, then abort (exit 134). */
void __assert_fail(const char *assertion, const char *file, unsigned line, const char *function) {
    fprintf(stderr, "%s:%u: %s: Assertion `%s' failed.\n", file, line, function, assertion);
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
