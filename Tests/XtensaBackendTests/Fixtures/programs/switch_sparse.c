/* Sparse switches large enough for a binary search, with runs that become ranges and a
   dense cluster inside (a jump table within the search), on int, unsigned and char. */
#include "common.h"

__attribute__((noinline)) static int sparse(int x) {
    switch (x) {
    case -100000: return 1;
    case -5000: return 2;
    case -7: return 3;
    case 0: return 4;
    case 3: return 5;
    case 17: return 6;
    case 99: return 7;
    case 1000: return 8;
    case 1001: return 8;
    case 1002: return 8;
    case 4096: return 9;
    case 65535: return 10;
    case 100000: return 11;
    case 2147483647: return 12;
    default: return 0;
    }
}

__attribute__((noinline)) static int clustered(unsigned x) {
    switch (x) {
    case 1: return 10; case 2: return 11; case 3: return 12; case 4: return 13; case 5: return 14; case 6: return 15;
    case 500: return 20; case 900: return 21; case 1300: return 22;
    case 70000: return 30; case 70001: return 31; case 70002: return 32; case 70003: return 33; case 70004: return 34;
    case 0xfffffff0u: return 40; case 0xffffffffu: return 41;
    default: return -1;
    }
}

__attribute__((noinline)) static const char *kind(char c) {
    switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': return "bracket";
    case '+': case '-': case '*': case '/': case '%': return "operator";
    case ' ': case '\t': case '\n': return "space";
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return "digit";
    case '"': case '\'': return "quote";
    case 'z': return "zed";
    default: return "other";
    }
}

int main(void) {
    static const int probes[] = { -100001, -100000, -99999, -5000, -8, -7, -6, -1, 0, 1, 2, 3, 4, 16, 17, 18, 99, 100, 999, 1000,
                                  1001, 1002, 1003, 4096, 65534, 65535, 65536, 99999, 100000, 2147483646, 2147483647,
                                  -2147483647 - 1 };
    int sum = 0;
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        int r = sparse(probes[i]), s = clustered((unsigned)probes[i]);
        put_int(probes[i]); puts_(" -> "); put_int(r); puts_(" "); put_int(s); puts_("\n");
        sum += r * (int)i + s;
    }
    for (unsigned u = 0; u < 8; u++) sum += clustered(u) + clustered(69998 + u) + clustered(0xfffffff0u + u * 2);
    const char *text = "f(x) = [a + 12] * {b - 'c'} / 7 % z\n";
    for (const char *p = text; *p; p++) { puts_(kind(*p)); puts_(p[1] ? "," : "\n"); }
    line("sum", sum);
    return sum & 0x7f;
}
