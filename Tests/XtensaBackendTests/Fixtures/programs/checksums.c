/* Checksums: a CRC-32 table computed at start-up, CRC-32 by table and bit by bit, Adler-32,
   Fletcher-16 and a 64-bit FNV-1a over the same buffers. */
#include "common.h"

static unsigned crc_table[256];

static void make_table(void) {
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static unsigned crc32(const unsigned char *p, unsigned n) {
    unsigned c = 0xffffffffu;
    while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static unsigned crc32_bitwise(const unsigned char *p, unsigned n) {
    unsigned c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
    }
    return ~c;
}

static unsigned adler32(const unsigned char *p, unsigned n) {
    unsigned a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}

static unsigned fletcher16(const unsigned char *p, unsigned n) {
    unsigned a = 0, b = 0;
    while (n--) { a = (a + *p++) % 255; b = (b + a) % 255; }
    return b << 8 | a;
}

static unsigned long long fnv64(const unsigned char *p, unsigned n) {
    unsigned long long h = 0xcbf29ce484222325ULL;
    while (n--) { h ^= *p++; h *= 0x100000001b3ULL; }
    return h;
}

static unsigned char data[300];

int main(void) {
    make_table();
    static const char *texts[] = { "", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789" };
    for (int i = 0; i < 5; i++) {
        const unsigned char *p = (const unsigned char *)texts[i];
        unsigned n = length(texts[i]);
        unsigned long long f = fnv64(p, n);
        put_hex(crc32(p, n)); puts_(" "); put_hex(crc32_bitwise(p, n)); puts_(" "); put_hex(adler32(p, n)); puts_(" ");
        put_hex(fletcher16(p, n)); puts_(" "); put_hex((unsigned)(f >> 32)); put_hex((unsigned)f); puts_("\n");
    }
    for (int i = 0; i < 300; i++) data[i] = (unsigned char)(i * 7 + (i >> 3));
    put_hex(crc32(data, 300)); puts_(" "); put_hex(adler32(data, 300)); puts_("\n");
    return (int)(crc32(data, 300) & 0x7f);
}
