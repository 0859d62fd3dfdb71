/* Run-length encoding with escapes and an LZ77-style compressor with a small window:
   compression ratios and exact round trips. */
#include "common.h"

static unsigned char input[400], packed[900], output[400];

static unsigned rle_encode(const unsigned char *in, unsigned n, unsigned char *out) {
    unsigned o = 0;
    for (unsigned i = 0; i < n;) {
        unsigned run = 1;
        while (i + run < n && in[i + run] == in[i] && run < 255) run++;
        if (run >= 3 || in[i] == 0xff) { out[o++] = 0xff; out[o++] = (unsigned char)run; out[o++] = in[i]; }
        else for (unsigned k = 0; k < run; k++) out[o++] = in[i];
        i += run;
    }
    return o;
}

static unsigned rle_decode(const unsigned char *in, unsigned n, unsigned char *out) {
    unsigned o = 0;
    for (unsigned i = 0; i < n;) {
        if (in[i] == 0xff) { for (unsigned k = 0; k < in[i + 1]; k++) out[o++] = in[i + 2]; i += 3; }
        else out[o++] = in[i++];
    }
    return o;
}

/* Tokens: 0 then a literal byte, or (distance, length) with distance 1..255, length 3..255. */
static unsigned lz_encode(const unsigned char *in, unsigned n, unsigned char *out) {
    unsigned o = 0;
    for (unsigned i = 0; i < n;) {
        unsigned best = 0, where = 0;
        for (unsigned d = 1; d <= 255 && d <= i; d++) {
            unsigned l = 0;
            while (i + l < n && l < 255 && in[i + l] == in[i + l - d]) l++;
            if (l > best) { best = l; where = d; }
        }
        if (best >= 3) { out[o++] = (unsigned char)where; out[o++] = (unsigned char)best; i += best; }
        else { out[o++] = 0; out[o++] = in[i++]; }
    }
    return o;
}

static unsigned lz_decode(const unsigned char *in, unsigned n, unsigned char *out) {
    unsigned o = 0;
    for (unsigned i = 0; i < n; i += 2) {
        if (in[i] == 0) out[o++] = in[i + 1];
        else for (unsigned k = 0; k < in[i + 1]; k++, o++) out[o] = out[o - in[i]];
    }
    return o;
}

static int same(const unsigned char *a, const unsigned char *b, unsigned n) {
    while (n--) if (*a++ != *b++) return 0;
    return 1;
}

int main(void) {
    const char *phrase = "abracadabra, abracadabra! ";
    unsigned plen = length(phrase);
    for (unsigned i = 0; i < 400; i++) input[i] = i < 150 ? (unsigned char)phrase[i % plen] : i < 260 ? (unsigned char)(i / 20) : (unsigned char)(i * i >> 3);
    unsigned r = rle_encode(input, 400, packed);
    unsigned rb = rle_decode(packed, r, output);
    line("rle", (int)r);
    line("rle ok", rb == 400 && same(input, output, 400));
    unsigned z = lz_encode(input, 400, packed);
    unsigned zb = lz_decode(packed, z, output);
    line("lz", (int)z);
    line("lz ok", zb == 400 && same(input, output, 400));
    return (int)(z & 0x7f);
}
