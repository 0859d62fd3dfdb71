#include "common.h"
unsigned rotl(unsigned x, int n) { return (x << n) | (x >> (32 - n)); }
int popcount(unsigned x) { int c = 0; while (x) { c += x & 1; x >>= 1; } return c; }
unsigned crc32(const unsigned char *p, int n) {
    unsigned crc = 0xFFFFFFFFu;
    for (int i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
signed char narrow(signed char a, signed char b) { return (signed char)(a * b + 3); }
unsigned short wrap(unsigned short a) { return (unsigned short)(a + 60000); }
int cmp(int a, int b) { return (a < b) - (a > b) + ((unsigned)a < (unsigned)b) * 10; }
int main(void) {
    puts_("rotl "); put_hex(rotl(0x12345678u, 12)); puts_("\n");
    line("pop", popcount(0xF0F0F0F1u));
    puts_("crc "); put_hex(crc32((const unsigned char *)"hello, kiln", 11)); puts_("\n");
    line("narrow", narrow(100, 3));
    line("wrap", wrap(10000));
    line("cmp1", cmp(-1, 1));
    line("cmp2", cmp(5, -5));
    line("shr", (-100) >> 3);
    line("ushr", (int)(0x80000000u >> 7));
    line("div", -77 / 5);
    line("rem", -77 % 5);
    line("udiv", (int)(4000000000u / 7u));
    return 3;
}
