/* Base64 encoding and decoding with a lookup table and a reverse table built at run time,
   round trips over generated data, and rejection of bad input. */
#include "common.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static signed char reverse[256];

static unsigned encode(const unsigned char *in, unsigned n, char *out) {
    unsigned o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = in[i] << 16 | in[i + 1] << 8 | in[i + 2];
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[v >> 12 & 63];
        out[o++] = alphabet[v >> 6 & 63]; out[o++] = alphabet[v & 63];
    }
    if (i < n) {
        unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0);
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[v >> 12 & 63];
        out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
        out[o++] = '=';
    }
    out[o] = 0;
    return o;
}

static int decode(const char *in, unsigned char *out) {
    int o = 0;
    unsigned v = 0, bits = 0;
    for (; *in && *in != '='; in++) {
        int d = reverse[(unsigned char)*in];
        if (d < 0) return -1;
        v = v << 6 | (unsigned)d;
        bits += 6;
        if (bits >= 8) { bits -= 8; out[o++] = (unsigned char)(v >> bits); }
    }
    return o;
}

static unsigned char data[100], back[100];
static char text[140];

int main(void) {
    for (int i = 0; i < 256; i++) reverse[i] = -1;
    for (int i = 0; i < 64; i++) reverse[(unsigned char)alphabet[i]] = (signed char)i;
    static const char *samples[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Kiln on Xtensa" };
    for (int i = 0; i < 8; i++) {
        encode((const unsigned char *)samples[i], length(samples[i]), text);
        puts_(text); puts_("\n");
    }
    int failures = 0;
    for (unsigned n = 0; n < 100; n += 7) {
        for (unsigned i = 0; i < n; i++) data[i] = (unsigned char)(i * 37 + n);
        encode(data, n, text);
        int m = decode(text, back);
        if (m != (int)n) failures++;
        for (unsigned i = 0; i < n; i++) if (back[i] != data[i]) failures++;
    }
    line("failures", failures);
    line("bad", decode("ab$d", back));
    return failures;
}
