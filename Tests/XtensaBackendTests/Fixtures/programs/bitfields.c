/* Bit-fields: LLVM reads and writes adjacent fields as one odd-sized integer (i24 here,
   from csmith seed 1031's struct S3), which Kiln splits into byte accesses. */
#include "common.h"
struct S3 { signed f0 : 30; volatile unsigned char f1; unsigned f2 : 17; unsigned f3 : 7; };
struct small { signed a : 2; unsigned b : 5; signed c : 13; };

static struct S3 s3[3] = { { 5, 1, 70000, 100 }, { -300000, 2, 3, 4 }, { 0, 3, 131071, 127 } };
static struct small smalls[4] = { { 1, 31, -4096 }, { -2, 0, 4095 } };

__attribute__((noinline)) static void bump(struct S3 *s, int k) { s->f2 += (unsigned)k * 9999; s->f3 ^= (unsigned)k; s->f0 -= k; }

int main(void) {
    for (int round = 0; round < 5; round++)
        for (int k = 0; k < 3; k++) bump(&s3[k], round + k);
    for (int k = 0; k < 3; k++) {
        line("f0", s3[k].f0); line("f1", s3[k].f1); line("f2", (int)s3[k].f2); line("f3", (int)s3[k].f3);
    }
    for (int k = 0; k < 4; k++) { smalls[k].c += 1000 * k; smalls[k].b -= (unsigned)k; smalls[k].a = (signed)smalls[k].b; }
    for (int k = 0; k < 4; k++) line("small", smalls[k].a * 100000 + (int)smalls[k].b * 10000 + smalls[k].c);
    return 0;
}
