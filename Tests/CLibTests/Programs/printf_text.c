/* %s %c %p %% %n, sprintf/snprintf results and truncation, fprintf/fputs/puts/fwrite. */
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%-*s] [%s]\n", "hello", "hi", "left", "truncate", "ab", 6, "x", "");
    printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'a', 'b', 'c', 'x', 'y', 'z');
    printf("[%p] [%p] [%10p] [%-10p|] [%+p]\n", (void *)0, (void *)0x1234, (void *)0xabc, (void *)0, (void *)0x10);
    printf("100%% sure, %%d stays %s\n", "literal");
    int count = 0, later = 0;
    printf("abc%ndef%n\n", &count, &later);
    printf("count %d later %d\n", count, later);
    char buffer[64];
    int n = sprintf(buffer, "%d-%s-%.2f", 42, "x", 2.5);
    printf("sprintf %d \"%s\" strlen %u\n", n, buffer, (unsigned)strlen(buffer));
    for (int size = 0; size <= 12; size += 3) {
        memset(buffer, '#', sizeof buffer);
        n = snprintf(buffer, (size_t)size, "value=%05d!", 123);
        printf("snprintf(%d) = %d \"%s\"\n", size, n, size ? buffer : "(untouched)");
    }
    n = snprintf(NULL, 0, "%s and %s", "this", "that");
    printf("measure %d\n", n);
    fprintf(stdout, "fprintf to stdout %d\n", 7);
    fprintf(stderr, "fprintf to stderr %d\n", 8);
    fputs("fputs line\n", stdout);
    puts("puts line");
    fwrite("fwrite data\n", 1, 12, stdout);
    putc('p', stdout);
    fputc('q', stdout);
    putchar('\n');
    printf("%s\n", "unknown conversion follows");
    fflush(stdout);
    n = printf("%5s|%-5s|\n", "ab", "cd");
    printf("printf returned %d\n", n);
    return 0;
}
