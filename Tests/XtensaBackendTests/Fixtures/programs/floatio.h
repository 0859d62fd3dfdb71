/* Printing floating-point values without a C library, for the differential programs: the
   exact bits in hex, and a small fixed-point decimal form that is itself float code
   (multiplication, conversion, comparison). */
#include "common.h"

static void put_bits64(double x) {
    union { double d; unsigned long long u; } v = { x };
    put_hex((unsigned)(v.u >> 32));
    put_hex((unsigned)v.u);
}

static void put_bits32(float x) {
    union { float f; unsigned u; } v = { x };
    put_hex(v.u);
}

/* x with `digits` decimals (at most 9), rounded half away from zero; nan and inf by name. */
static void put_fixed(double x, int digits) {
    if (x != x) { puts_("nan"); return; }
    if (x < 0 || (x == 0 && 1 / x < 0)) { puts_("-"); x = -x; }
    if (x > 1e18) { puts_("inf-or-huge"); return; }
    unsigned scale = 1;
    for (int i = 0; i < digits; i++) scale *= 10;
    unsigned long long whole = (unsigned long long)x;
    double fraction = (x - (double)whole) * scale + 0.5;
    unsigned part = (unsigned)fraction;
    if (part >= scale) { part -= scale; whole++; }
    char buffer[24];
    int i = 23;
    buffer[i] = 0;
    do { buffer[--i] = (char)('0' + whole % 10); whole /= 10; } while (whole);
    puts_(buffer + i);
    if (digits == 0) return;
    puts_(".");
    for (int k = digits - 1; k >= 0; k--) { buffer[k] = (char)('0' + part % 10); part /= 10; }
    buffer[digits] = 0;
    puts_(buffer);
}

static void fline(const char *label, double x) {
    puts_(label); puts_(" "); put_fixed(x, 6); puts_(" "); put_bits64(x); puts_("\n");
}
