/* String processing: words, reversal in place, palindromes, number parsing and
   printing, case conversion, a tiny pattern match with '*' and '?'. */
#include "common.h"

static char buffer[256];

static void copy(char *d, const char *s) { while ((*d++ = *s++)) {} }

static void reverse(char *b, char *e) { while (b < --e) { char t = *b; *b++ = *e; *e = t; } }

static void reverse_words(char *s) {
    char *end = s + length(s);
    reverse(s, end);
    for (char *p = s; p < end;) {
        char *q = p;
        while (q < end && *q != ' ') q++;
        reverse(p, q);
        p = q + 1;
    }
}

static int palindrome(const char *s) {
    const char *e = s + length(s) - 1;
    while (s < e) {
        while (s < e && !((*s | 32) >= 'a' && (*s | 32) <= 'z')) s++;
        while (s < e && !((*e | 32) >= 'a' && (*e | 32) <= 'z')) e--;
        if ((*s | 32) != (*e | 32)) return 0;
        s++; e--;
    }
    return 1;
}

static long parse(const char **s) {
    long sign = 1, v = 0;
    while (**s == ' ') (*s)++;
    if (**s == '-') { sign = -1; (*s)++; }
    while (**s >= '0' && **s <= '9') v = v * 10 + (*(*s)++ - '0');
    return sign * v;
}

static int match(const char *p, const char *s) {
    if (!*p) return !*s;
    if (*p == '*') return match(p + 1, s) || (*s && match(p, s + 1));
    if (*s && (*p == '?' || *p == *s)) return match(p + 1, s + 1);
    return 0;
}

int main(void) {
    copy(buffer, "the quick brown fox jumps over the lazy dog");
    reverse_words(buffer);
    puts_(buffer); puts_("\n");
    for (char *p = buffer; *p; p++) if (*p >= 'a' && *p <= 'z' && (p == buffer || p[-1] == ' ')) *p -= 32;
    puts_(buffer); puts_("\n");
    static const char *candidates[] = { "A man, a plan, a canal: Panama", "Was it a car or a cat I saw", "not one", "x", "" };
    for (int i = 0; i < 5; i++) put_int(palindrome(candidates[i]));
    puts_("\n");
    const char *numbers = " 12 -345 6789 0 -2147483 99999";
    long total = 0;
    for (int i = 0; i < 6; i++) total += parse(&numbers);
    line("total", (int)total);
    static const char *patterns[] = { "*.c", "a?c*", "*x*y*", "abc", "*" };
    static const char *names[] = { "main.c", "abcdef", "xylophone", "abc", "", "a.h" };
    for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 6; j++) put_int(match(patterns[i], names[j]));
        puts_("\n");
    }
    return (int)(total & 0x7f);
}
