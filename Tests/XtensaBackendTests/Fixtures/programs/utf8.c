/* UTF-8 decoding and encoding: code points from mixed-width text, validation of bad
   sequences, re-encoding round trips, and a case-folding table for Latin-1. */
#include "common.h"

static int decode(const unsigned char *s, unsigned *cp) {
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    if (n == 0 || c > 0xf4) return -1;
    unsigned v = c & (0x7f >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) return -1;
        v = v << 6 | (s[i] & 0x3f);
    }
    static const unsigned minimum[] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (v < minimum[n] || v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return -1;
    *cp = v;
    return n;
}

static int encode(unsigned v, unsigned char *out) {
    if (v < 0x80) { out[0] = (unsigned char)v; return 1; }
    if (v < 0x800) { out[0] = (unsigned char)(0xc0 | v >> 6); out[1] = (unsigned char)(0x80 | (v & 63)); return 2; }
    if (v < 0x10000) { out[0] = (unsigned char)(0xe0 | v >> 12); out[1] = (unsigned char)(0x80 | (v >> 6 & 63)); out[2] = (unsigned char)(0x80 | (v & 63)); return 3; }
    out[0] = (unsigned char)(0xf0 | v >> 18); out[1] = (unsigned char)(0x80 | (v >> 12 & 63));
    out[2] = (unsigned char)(0x80 | (v >> 6 & 63)); out[3] = (unsigned char)(0x80 | (v & 63));
    return 4;
}

static unsigned fold(unsigned v) {
    if ((v >= 'A' && v <= 'Z') || (v >= 0xc0 && v <= 0xde && v != 0xd7)) return v + 32;
    return v;
}

int main(void) {
    const unsigned char *text = (const unsigned char *)"Grüße, Κόσμε! 日本語 🙂 ÀÉÎ";
    unsigned char again[64];
    int o = 0, count = 0;
    unsigned sum = 0;
    for (const unsigned char *p = text; *p;) {
        unsigned cp;
        int n = decode(p, &cp);
        if (n < 0) { line("invalid at", (int)(p - text)); break; }
        put_hex(cp); puts_(" ");
        o += encode(cp, again + o);
        sum = sum * 31 + fold(cp);
        count++;
        p += n;
    }
    puts_("\n");
    again[o] = 0;
    int same = 1;
    for (int i = 0; i <= o; i++) if (again[i] != text[i]) same = 0;
    line("code points", count);
    line("round trip", same);
    put_hex(sum); puts_("\n");
    static const unsigned char bad[][5] = { { 0xc0, 0xaf, 0 }, { 0xe0, 0x80, 0xaf, 0 }, { 0xed, 0xa0, 0x80, 0 }, { 0xf5, 0x80, 0x80, 0x80, 0 }, { 0x80, 0 }, { 0xe2, 0x28, 0xa1, 0 } };
    for (int i = 0; i < 6; i++) { unsigned cp; put_int(decode(bad[i], &cp)); puts_(" "); }
    puts_("\n");
    return count;
}
