/* strtok and strtok_r: splitting, empty fields, nested tokenizing. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[] = "  alpha, beta;;gamma ,delta  ";
    for (char *t = strtok(line, " ,;"); t; t = strtok(NULL, " ,;")) printf("[%s]", t);
    putchar('\n');
    char table[] = "a=1&b=22&&c=333&d";
    char *outer, *inner;
    for (char *pair = strtok_r(table, "&", &outer); pair; pair = strtok_r(NULL, "&", &outer)) {
        char *key = strtok_r(pair, "=", &inner);
        char *value = strtok_r(NULL, "=", &inner);
        printf("%s -> %s\n", key, value ? value : "(none)");
    }
    char empty[] = ";;;";
    printf("all separators: %s\n", strtok(empty, ";") ? "token" : "none");
    return 0;
}
