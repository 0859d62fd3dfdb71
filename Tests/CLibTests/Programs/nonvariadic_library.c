/* strings, ctype, strtol, qsort, bsearch, malloc and rand from code Kiln's back end compiles
 * today (no variadic calls, no floating point): output through puts/fputs/putchar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

static void put_number(const char *label, int64_t value) {
    char digits[24];
    int n = 0;
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    do { digits[n++] = (char)('0' + magnitude % 10); magnitude /= 10; } while (magnitude);
    fputs(label, stdout);
    if (value < 0) putchar('-');
    while (n) putchar(digits[--n]);
    putchar('\n');
}

static int by_value(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
    char line[] = "  The Quick, brown fox; jumps over 13 lazy dogs 0x1F -077 +42  ";
    for (char *t = strtok(line, " ,;"); t; t = strtok(NULL, " ,;")) {
        char *end;
        long value = strtol(t, &end, 0);
        fputs(t, stdout);
        if (end != t && *end == 0) put_number(" = ", value);
        else {
            for (char *c = t; *c; c++) *c = (char)(isupper((unsigned char)*c) ? tolower((unsigned char)*c) : toupper((unsigned char)*c));
            fputs(" -> ", stdout);
            puts(t);
        }
    }
    srand(2024);
    int32_t *values = malloc(3000 * sizeof *values);
    for (int i = 0; i < 3000; i++) values[i] = rand() % 100000 - 50000;
    qsort(values, 3000, sizeof *values, by_value);
    int ordered = 1;
    for (int i = 1; i < 3000; i++) ordered &= values[i - 1] <= values[i];
    put_number("ordered ", ordered);
    put_number("min ", values[0]);
    put_number("max ", values[2999]);
    int32_t key = values[1234];
    int32_t *found = bsearch(&key, values, 3000, sizeof *values, by_value);
    put_number("found ", found && *found == key);
    free(values);
    const char *names[] = {"kiwi", "apple", "fig", "banana", "cherry", "date"};
    qsort(names, 6, sizeof *names, by_name);
    for (int i = 0; i < 6; i++) { fputs(names[i], stdout); putchar(i < 5 ? ' ' : '\n'); }
    char buffer[80];
    strcpy(buffer, "abc");
    strcat(buffer, "-def");
    strncat(buffer, "-ghijkl", 4);
    puts(buffer);
    put_number("strlen ", (int64_t)strlen(buffer));
    put_number("strstr ", strstr(buffer, "def") - buffer);
    put_number("strrchr ", strrchr(buffer, '-') - buffer);
    put_number("memcmp ", memcmp("abc", "abd", 3) < 0);
    put_number("atoi ", atoi("  -12345xyz"));
    put_number("strtoll ", strtoll("-9223372036854775807", NULL, 10));
    put_number("abs ", abs(-17) + labs(-100000L));
    return 0;
}
