/* Accesses less aligned than their size (packed structs, byte structs copied whole):
   Kiln splits them into byte or halfword pieces. Found by csmith (seed 5: a two-byte struct
   copied as one i16 store with align 1). */
#include "common.h"
struct __attribute__((packed)) record { char tag; short s; int i; long long w; unsigned short u; };
struct __attribute__((packed, aligned(2))) halves { short a; int b; long long c; };
struct pair { signed char a; unsigned char b; };
struct quad { char c[4]; };

static struct record records[3];
static struct halves halves[3];
static struct pair pairs[4] = { { 1, 0xEC }, { -2, 3 }, { 5, 6 }, { 7, 8 } };
static struct quad quads[3] = { { { 1, 2, 3, 4 } }, { { 5, 6, 7, 8 } } };

__attribute__((noinline)) static int sum(volatile struct record *r) {
    return r->tag + r->s + r->i + (int)(r->w >> 20) + r->u;
}

int main(void) {
    for (int k = 0; k < 3; k++) {
        records[k].tag = (char)(k + 1);
        records[k].s = (short)(-1000 * k - 7);
        records[k].i = 0x12345678 * (k + 1);
        records[k].w = 0x123456789abcdefLL * (k - 1);
        records[k].u = (unsigned short)(60000 - k);
        halves[k].a = (short)(k * 3);
        halves[k].b = -0x1000000 * k + 5;
        halves[k].c = -0x7654321012345LL * k;
    }
    for (int k = 0; k < 3; k++) {
        line("record", sum(&records[k]));
        line("halves", halves[k].a + halves[k].b + (int)(halves[k].c >> 16));
    }
    pairs[3] = pairs[0];
    pairs[1] = pairs[2];
    quads[2] = quads[1];
    quads[0] = quads[2];
    for (int k = 0; k < 4; k++) line("pair", pairs[k].a * 1000 + pairs[k].b);
    for (int k = 0; k < 3; k++) { puts_("quad "); put_hex(*(volatile unsigned *)&quads[k]); puts_("\n"); }
    return 0;
}
