/* Conversions between floating point and integers of every width, signed and unsigned,
   and between float and double, at ordinary values and near the edges. */
#include "floatio.h"

static volatile double d[] = { 0.0, -0.0, 0.5, -0.5, 1.99, -1.99, 255.7, -128.9, 65535.2, 2147483647.0, -2147483648.0,
                               4294967295.0, 9007199254740993.0, -9.2e18, 1.8e19, 1e-320 };
static volatile long long ll[] = { 0, 1, -1, 123456789012345LL, -987654321098765LL, 9007199254740993LL,
                                   0x7fffffffffffffffLL, -0x7fffffffffffffffLL - 1 };
static volatile int ii[] = { 0, 1, -1, 2147483647, -2147483647 - 1, 16777217, -16777217 };

int main(void) {
    for (int i = 0; i < (int)(sizeof d / sizeof d[0]); i++) {
        double x = d[i];
        int s = 0; unsigned u = 0; long long sl = 0; unsigned long long ul = 0;
        if (x > -2147483649.0 && x < 2147483648.0) s = (int)x;
        if (x > -1.0 && x < 4294967296.0) u = (unsigned)x;
        if (x > -9.3e18 && x < 9.2e18) sl = (long long)x;
        if (x > -1.0 && x < 1.8e19) ul = (unsigned long long)x;
        signed char c = (x > -129 && x < 128) ? (signed char)x : 0;
        unsigned short h = (x > -1 && x < 65536) ? (unsigned short)x : 0;
        float f = (float)x;
        put_int(s); puts_(" "); put_hex(u); puts_(" "); put_hex((unsigned)(sl >> 32)); put_hex((unsigned)sl); puts_(" ");
        put_hex((unsigned)(ul >> 32)); put_hex((unsigned)ul); puts_(" "); put_int(c); puts_(" "); put_int(h); puts_(" ");
        put_bits32(f); puts_(" "); put_bits64((double)f); puts_(" "); put_int((int)f == s); puts_("\n");
    }
    for (int i = 0; i < (int)(sizeof ll / sizeof ll[0]); i++) {
        put_bits64((double)ll[i]); puts_(" "); put_bits64((double)(unsigned long long)ll[i]); puts_(" ");
        put_bits32((float)ll[i]); puts_(" "); put_bits32((float)(unsigned long long)ll[i]); puts_("\n");
    }
    for (int i = 0; i < (int)(sizeof ii / sizeof ii[0]); i++) {
        put_bits64((double)ii[i]); puts_(" "); put_bits64((double)(unsigned)ii[i]); puts_(" ");
        put_bits32((float)ii[i]); puts_(" "); put_bits32((float)(unsigned)ii[i]); puts_(" ");
        put_bits32((float)(short)ii[i]); puts_(" "); put_bits64((double)(unsigned char)ii[i]); puts_("\n");
    }
    _Bool flag = ii[1];
    put_bits64((double)flag); puts_("\n");
    return (int)d[6];
}
