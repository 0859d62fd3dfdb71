#include "common.h"
typedef signed char i8; typedef unsigned char u8; typedef short i16; typedef unsigned short u16;
__attribute__((noinline)) int lt8(i8 a, i8 b) { return a < b; }
__attribute__((noinline)) int ltu8(u8 a, u8 b) { return a < b; }
__attribute__((noinline)) int eq16(i16 a, i16 b) { return a == b; }
__attribute__((noinline)) int gtc(i8 a) { return a > -3; }
__attribute__((noinline)) int geu16(u16 a) { return a >= 40000; }
__attribute__((noinline)) i8 add8(i8 a, i8 b) { return (i8)(a + b); }
__attribute__((noinline)) u16 mul16(u16 a, u16 b) { return (u16)(a * b); }
__attribute__((noinline)) int div8(i8 a, i8 b) { return a / b; }
__attribute__((noinline)) unsigned divu16(u16 a, u16 b) { return a / b + a % b; }
__attribute__((noinline)) int shr8(i8 a, int n) { return a >> n; }
__attribute__((noinline)) unsigned shru8(u8 a, int n) { return a >> n; }
__attribute__((noinline)) int sel(i16 a, i16 b) { return a < 0 ? b : a; }
__attribute__((noinline)) int max8(i8 a, i8 b) { return a > b ? a : b; }
__attribute__((noinline)) int minu16(u16 a, u16 b) { return a < b ? a : b; }
__attribute__((noinline)) int boolean(int a, int b) { return (a > 0) & (b < 0) | (a == b); }
i8 values8[] = {-128, -1, 0, 1, 127, -3, -2, 100};
u16 values16[] = {0, 1, 40000, 65535, 39999, 256, 32768, 7};
int main(void) {
    int h = 0;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
            i8 a = values8[i], b = values8[j];
            u16 c = values16[i], d = values16[j];
            h = h * 7 + lt8(a, b) + 2 * ltu8((u8)a, (u8)b) + 4 * eq16((i16)c, (i16)d) + 8 * gtc(a) + 16 * geu16(c);
            h += add8(a, b) + mul16(c, d) + (b ? div8(a, b) : 0) + (d ? (int)divu16(c, d) : 0);
            h += shr8(a, j & 7) + (int)shru8((u8)a, j & 7) + sel((i16)c, (i16)d) + max8(a, b) + minu16(c, d) + boolean(a, b);
        }
    puts_("hash "); put_hex((unsigned)h); puts_("\n");
    return 0;
}
