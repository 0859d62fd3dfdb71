/* string.h: copying, comparing, searching, concatenating. Signs only of comparisons
 * (their magnitudes are unspecified). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
    char a[64], b[64];
    strcpy(a, "Hello, world");
    printf("%u %s\n", (unsigned)strlen(a), a);
    strncpy(b, "abc", 6);
    printf("strncpy pad: %d %d %d\n", b[3], b[4], b[5]);
    strncpy(b, "abcdefgh", 4);
    b[4] = 0;
    printf("strncpy trunc: %s\n", b);
    strcat(a, "!");
    strncat(a, " and more text", 4);
    printf("cat: %s\n", a);
    const char *words[] = {"apple", "apples", "apricot", "banana", "", "Apple", "\xff"};
    for (int i = 0; i < 7; i++)
        for (int j = 0; j < 7; j++)
            printf("%d", sign(strcmp(words[i], words[j])) + 1);
    printf("\nncmp: %d %d %d\n", sign(strncmp("apple", "apples", 5)), sign(strncmp("apple", "apples", 6)),
           sign(strncmp("abc", "abd", 0)));
    printf("memcmp: %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("ab\xf0", "ab\x10", 3)),
           sign(memcmp("same", "same", 4)));
    const char *text = "the quick brown fox jumps over the lazy dog";
    printf("strchr %ld strrchr %ld strchr0 %ld none %d\n", strchr(text, 'o') - text, strrchr(text, 'o') - text,
           strchr(text, 0) - text, strchr(text, 'Z') == NULL);
    printf("strstr %ld %ld %d %ld\n", strstr(text, "the") - text, strstr(text + 1, "the") - text,
           strstr(text, "cat") == NULL, strstr(text, "") - text);
    printf("memchr %ld %d\n", (char *)memchr(text, 'q', 43) - text, memchr(text, 'q', 4) == NULL);
    char buffer[32];
    memset(buffer, 'x', sizeof buffer);
    memcpy(buffer, "0123456789", 10);
    memmove(buffer + 2, buffer, 8);
    buffer[12] = 0;
    printf("memmove up: %s\n", buffer);
    memmove(buffer, buffer + 3, 6);
    printf("memmove down: %s\n", buffer);
    /* Every relative alignment, both directions, overlapping or not: memmove copies by
       words once both pointers reach a word boundary, by bytes around that. */
    static unsigned char area[96];
    unsigned long sum = 0;
    for (int from = 0; from < 8; from++)
        for (int to = 0; to < 8; to++)
            for (int n = 0; n < 24; n += 1 + n / 6) {
                for (int k = 0; k < 96; k++) area[k] = (unsigned char)(k * 7 + 1);
                memmove(area + 8 + to * 3, area + 8 + from * 3, n);
                for (int k = 0; k < 96; k++) sum = sum * 31 + area[k];
            }
    printf("memmove sweep %lu\n", sum & 0xFFFFFFFFul);
    int words32[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    memmove(words32 + 1, words32, 6 * sizeof(int));
    memset(words32 + 7, 0, sizeof(int));
    for (int i = 0; i < 8; i++) printf("%d ", words32[i]);
    printf("\nstrnlen %u %u\n", (unsigned)strnlen("abcdef", 3), (unsigned)strnlen("ab", 10));
    char *copy = strdup(text);
    copy[0] = 'T';
    printf("strdup %s / %s\n", copy, text);
    free(copy);
    copy = strndup(text, 9);
    printf("strndup [%s]\n", copy);
    free(copy);
    printf("spn %u cspn %u pbrk %s\n", (unsigned)strspn("aabbcd", "ab"), (unsigned)strcspn("hello world", " w"),
           strpbrk(text, "xyz"));
    return 0;
}
