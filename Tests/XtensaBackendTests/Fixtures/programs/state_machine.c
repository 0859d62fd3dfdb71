/* A lexer as a state machine: a switch on the state inside a loop over characters, a
   switch on the character class, token counts and a checksum of the token stream. */
#include "common.h"

enum state { START, IDENT, NUMBER, HEX, STRING, ESCAPE, COMMENT, OPERATOR };
enum kind { K_IDENT, K_NUMBER, K_STRING, K_OPERATOR, K_COUNT };

static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int counts[K_COUNT];
static unsigned checksum;

static void emit(enum kind k, const char *start, const char *end) {
    counts[k]++;
    for (const char *p = start; p < end; p++) checksum = checksum * 33 + (unsigned char)*p + k;
}

static void lex(const char *s) {
    enum state state = START;
    const char *start = s;
    for (const char *p = s;; p++) {
        char c = *p;
        switch (state) {
        case START:
            start = p;
            if (is_alpha(c)) state = IDENT;
            else if (c == '0' && p[1] == 'x') { state = HEX; p++; }
            else if (is_digit(c)) state = NUMBER;
            else if (c == '"') state = STRING;
            else if (c == '#') state = COMMENT;
            else if (c == 0) return;
            else if (c != ' ' && c != '\n' && c != '\t') state = OPERATOR;
            break;
        case IDENT:
            if (!is_alpha(c) && !is_digit(c)) { emit(K_IDENT, start, p); state = START; p--; }
            break;
        case NUMBER:
            if (!is_digit(c)) { emit(K_NUMBER, start, p); state = START; p--; }
            break;
        case HEX:
            if (!is_digit(c) && !(c >= 'a' && c <= 'f')) { emit(K_NUMBER, start, p); state = START; p--; }
            break;
        case STRING:
            if (c == '\\') state = ESCAPE;
            else if (c == '"') { emit(K_STRING, start, p + 1); state = START; }
            else if (c == 0) return;
            break;
        case ESCAPE:
            state = STRING;
            break;
        case COMMENT:
            if (c == '\n' || c == 0) { state = START; p--; }
            break;
        case OPERATOR:
            switch (c) {
            case '=': case '<': case '>': case '&': case '|': case '+': case '-':
                if (p - start < 2) break;
                /* fall through */
            default:
                emit(K_OPERATOR, start, p); state = START; p--;
            }
            break;
        }
    }
}

int main(void) {
    lex("int main(void) { x = 0x1f + 42; # comment\n if (a <= b && c != d) s = \"str\\\"ing\"; y += z_1 >> 3; }\n"
        "while (i < 100) { total = total * 31 + table[i & 0xff]; i++; }");
    static const char *names[] = { "identifiers", "numbers", "strings", "operators" };
    for (int k = 0; k < K_COUNT; k++) line(names[k], counts[k]);
    put_hex(checksum); puts_("\n");
    return counts[K_IDENT];
}
