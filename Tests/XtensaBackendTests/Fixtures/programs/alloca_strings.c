/* Strings built in alloca'd buffers (sizes known only at run time), passed down to
 * helpers, several buffers alive at once and some made inside loops. */
#include "common.h"

__attribute__((noinline)) unsigned text_length(const char *s) { unsigned n = 0; while (s[n]) n++; return n; }
__attribute__((noinline)) void reverse_into(char *to, const char *from) {
    unsigned n = text_length(from);
    for (unsigned i = 0; i < n; i++) to[i] = from[n - 1 - i];
    to[n] = 0;
}
__attribute__((noinline)) unsigned hash_all(int copies, const char *word) {
    unsigned n = text_length(word), h = 2166136261u;
    char *joined = __builtin_alloca(n * (unsigned)copies + 1);
    char *reversed = __builtin_alloca(n + 1);
    reverse_into(reversed, word);
    for (int c = 0; c < copies; c++)
        for (unsigned i = 0; i < n; i++) joined[c * n + i] = (c & 1) ? reversed[i] : word[i];
    joined[n * (unsigned)copies] = 0;
    for (unsigned i = 0; joined[i]; i++) h = (h ^ (unsigned char)joined[i]) * 16777619u;
    if (copies == 3) { puts_(joined); puts_("\n"); }
    return h;
}
__attribute__((noinline)) int words_in_loop(const char *const *words, int count) {
    int total = 0;
    for (int w = 0; w < count; w++) {
        unsigned n = text_length(words[w]);
        char buffer[n + 2];
        reverse_into(buffer, words[w]);
        buffer[n] = '!'; buffer[n + 1] = 0;
        puts_(buffer); puts_(" ");
        total += (int)text_length(buffer);
    }
    puts_("\n");
    return total;
}

int main(void) {
    static const char *const words[] = { "kiln", "xtensa", "window", "movsp", "a", "" };
    for (int c = 1; c < 5; c++) { put_hex(hash_all(c, words[c])); puts_("\n"); }
    line("total", words_in_loop(words, 6));
    return (int)(hash_all(2, "tail") & 0x7f);
}
