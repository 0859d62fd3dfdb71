/* Substring search: naive and Boyer-Moore-Horspool over a generated text, counting matches. */
#include "common.h"
#define N 20000
static char text[N + 1];
static int naive(const char *t, int n, const char *p, int m) {
    int found = 0;
    for (int i = 0; i + m <= n; i++) {
        int k = 0;
        while (k < m && t[i + k] == p[k]) k++;
        found += k == m;
    }
    return found;
}
static int horspool(const char *t, int n, const char *p, int m) {
    int shift[256], found = 0;
    for (int c = 0; c < 256; c++) shift[c] = m;
    for (int k = 0; k < m - 1; k++) shift[(unsigned char)p[k]] = m - 1 - k;
    for (int i = 0; i + m <= n; i += shift[(unsigned char)t[i + m - 1]]) {
        int k = m - 1;
        while (k >= 0 && t[i + k] == p[k]) k--;
        found += k < 0;
    }
    return found;
}
int main(void) {
    unsigned x = 7;
    for (int i = 0; i < N; i++) { x = x * 1664525u + 1013904223u; text[i] = "abcab"[(x >> 24) % 5]; }
    static const char *patterns[] = { "abc", "abcab", "bbaab", "cabcabca", "a" };
    for (int p = 0; p < 5; p++) {
        int m = (int)length(patterns[p]);
        int a = naive(text, N, patterns[p], m), b = horspool(text, N, patterns[p], m);
        if (a != b) return 1;
        line(patterns[p], a);
    }
    return 0;
}
