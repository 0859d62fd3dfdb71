#include "common.h"
static int compare(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static void reverse(char *s) {
    unsigned n = length(s);
    for (unsigned i = 0, j = n - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
}
static int parse(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-') { sign = -1; s++; } else if (*s == '+') s++;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static char upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
int main(void) {
    char buffer[32] = "Kiln compiles C";
    reverse(buffer);
    puts_(buffer); puts_("\n");
    for (char *p = buffer; *p; p++) *p = upper(*p);
    puts_(buffer); puts_("\n");
    line("cmp1", compare("apple", "apricot"));
    line("cmp2", compare("same", "same"));
    line("cmp3", compare("\xff", "a"));
    line("parse1", parse("  -12345"));
    line("parse2", parse("+987abc"));
    unsigned char bytes[8] = {250, 251, 252, 253, 254, 255, 0, 1};
    unsigned total = 0;
    for (int i = 0; i < 8; i++) total = total * 31 + (unsigned char)(bytes[i] + 7);
    puts_("hash "); put_hex(total); puts_("\n");
    return 0;
}
