/* A reverse-Polish calculator over doubles: tokenising, number parsing with fractions and
   exponents, a switch on operators, a value stack, errors on underflow and division by zero. */
#include "floatio.h"

static double stack[32];
static int depth;

static const char *number(const char *s, double *out) {
    double v = 0, scale = 1;
    int sign = 1, exponent = 0, esign = 1;
    if (*s == '-') { sign = -1; s++; }
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    if (*s == '.') { s++; while (*s >= '0' && *s <= '9') { v = v * 10 + (*s++ - '0'); scale *= 10; } }
    if (*s == 'e') {
        s++;
        if (*s == '-') { esign = -1; s++; }
        while (*s >= '0' && *s <= '9') exponent = exponent * 10 + (*s++ - '0');
    }
    v /= scale;
    while (exponent--) v = esign > 0 ? v * 10 : v / 10;
    *out = sign * v;
    return s;
}

static int evaluate(const char *s, double *result) {
    depth = 0;
    while (*s) {
        if (*s == ' ') { s++; continue; }
        if ((*s >= '0' && *s <= '9') || (*s == '-' && s[1] >= '0' && s[1] <= '9')) {
            s = number(s, &stack[depth++]);
            continue;
        }
        char op = *s++;
        if (op == 'n') { if (depth < 1) return -1; stack[depth - 1] = -stack[depth - 1]; continue; }
        if (depth < 2) return -1;
        double b = stack[--depth], a = stack[--depth], r;
        switch (op) {
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case '*': r = a * b; break;
        case '/': if (b == 0) return -2; r = a / b; break;
        case '^': r = 1; for (int i = 0; i < (int)b; i++) r *= a; break;
        case '<': r = a < b ? a : b; break;
        case '>': r = a > b ? a : b; break;
        default: return -3;
        }
        stack[depth++] = r;
    }
    if (depth != 1) return -4;
    *result = stack[0];
    return 0;
}

int main(void) {
    static const char *programs[] = { "3 4 + 2 *", "1.5 2.25 * 0.125 -", "2 10 ^ 1e-3 *", "1 3 / 3 *", "5 0 /",
                                      "1 +", "2.5e2 -1.5 < n", "1 2 3 4 5 + + + + 5 /", "7 2 %", "0.1 0.2 + 0.3 -" };
    int errors = 0;
    for (int i = 0; i < 10; i++) {
        double r = 0;
        int status = evaluate(programs[i], &r);
        puts_(programs[i]); puts_(" = ");
        if (status) { put_int(status); errors++; } else { put_fixed(r, 4); puts_(" "); put_bits64(r); }
        puts_("\n");
    }
    return errors;
}
