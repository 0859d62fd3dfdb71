/* Roman numerals both ways with tables of values and strings, checked over a range by
   round trip; and number words for a few values through a switch. */
#include "common.h"

static const int values[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
static const char *const symbols[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

static void to_roman(int n, char *out) {
    for (int i = 0; i < 13; i++)
        while (n >= values[i]) { for (const char *s = symbols[i]; *s; s++) *out++ = *s; n -= values[i]; }
    *out = 0;
}

static int digit(char c) {
    switch (c) {
    case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
    case 'C': return 100; case 'D': return 500; case 'M': return 1000;
    default: return 0;
    }
}

static int from_roman(const char *s) {
    int total = 0;
    for (; *s; s++) {
        int v = digit(*s), next = digit(s[1]);
        total += v < next ? -v : v;
    }
    return total;
}

static const char *word(int n) {
    static const char *const small[] = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten", "eleven", "twelve" };
    return n <= 12 ? small[n] : "many";
}

int main(void) {
    char buffer[32];
    static const int shown[] = { 1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999 };
    for (int i = 0; i < 10; i++) { to_roman(shown[i], buffer); puts_(buffer); puts_(" "); }
    puts_("\n");
    int bad = 0, letters = 0;
    for (int n = 1; n < 4000; n++) {
        to_roman(n, buffer);
        letters += length(buffer);
        if (from_roman(buffer) != n) bad++;
    }
    line("bad", bad);
    line("letters", letters);
    for (int n = 0; n < 15; n += 4) { puts_(word(n)); puts_(" "); }
    puts_("\n");
    return bad;
}
