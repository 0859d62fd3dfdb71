/* A lexer whose states are functions that musttail into the next state with the cursor
 * and counters as arguments, over a few hundred characters of input. */
#include "common.h"

typedef int state(const char *p, int words, int numbers, int symbols, int longest, int run);
state start, in_word, in_number;

__attribute__((noinline)) int finish(int words, int numbers, int symbols, int longest) { return words * 1000000 + numbers * 10000 + symbols * 100 + longest; }
__attribute__((noinline)) int start(const char *p, int words, int numbers, int symbols, int longest, int run) {
    char c = *p;
    if (!c) return finish(words, numbers, symbols, longest);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) __attribute__((musttail)) return in_word(p + 1, words + 1, numbers, symbols, longest, 1);
    if (c >= '0' && c <= '9') __attribute__((musttail)) return in_number(p + 1, words, numbers + 1, symbols, longest, 1);
    __attribute__((musttail)) return start(p + 1, words, numbers, symbols + (c != ' '), longest, 0);
}
__attribute__((noinline)) int in_word(const char *p, int words, int numbers, int symbols, int longest, int run) {
    char c = *p;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') __attribute__((musttail)) return in_word(p + 1, words, numbers, symbols, longest, run + 1);
    __attribute__((musttail)) return start(p, words, numbers, symbols, run > longest ? run : longest, 0);
}
__attribute__((noinline)) int in_number(const char *p, int words, int numbers, int symbols, int longest, int run) {
    char c = *p;
    if (c >= '0' && c <= '9') __attribute__((musttail)) return in_number(p + 1, words, numbers, symbols, longest, run + 1);
    __attribute__((musttail)) return start(p, words, numbers, symbols, longest, 0);
}

int main(void) {
    static const char text[] =
        "let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2);; "
        "print_int (fib 25); x_y_z := 42 * 17 + (3 - 99) / 7; "
        "entry a1, 32; movsp a1, a9; jx a8; retw.n; 0xFF 1234567 tail_call_everywhere !";
    line("lex", start(text, 0, 0, 0, 0, 0));
    line("lex2", start("a1 b22 c333 ++ --", 0, 0, 0, 0, 0));
    return start("x", 0, 0, 0, 0, 0) % 128;
}
