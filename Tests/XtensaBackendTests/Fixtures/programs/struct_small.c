/* Structs of 1 to 8 bytes by value and returned: clang passes every one byval (on the
 * stack, with every later argument) and returns it through sret, and so must Kiln.
 * (No i8/i16 argument follows a struct whose size is not a multiple of 4: llc-22 places
 * it at the unaligned offset and then loads it with L32I, which faults.) */
#include "common.h"

struct c1 { char a; };
struct c2 { char a, b; };
struct h2 { short a; };
struct c3 { char a, b, c; };
struct w4 { int a; };
struct h6 { short a, b, c, d; } __attribute__((aligned(4)));   /* llc-22 misaligns SP around a 6-byte byval */
struct c8 { char a[8]; } __attribute__((aligned(4)));   /* (align 1 makes clang merge the bytes into an unaligned i64) */
struct w8 { int a, b; };

__attribute__((noinline)) struct c1 f1(struct c1 x, int k) { x.a = (char)(x.a + k); return x; }
__attribute__((noinline)) struct c2 f2(int k, struct c2 x) { struct c2 r = { x.b, (char)(x.a * k) }; return r; }
__attribute__((noinline)) struct h2 fh2(struct h2 x, struct h2 y) { struct h2 r = { (short)(x.a - y.a) }; return r; }
__attribute__((noinline)) struct c3 f3(struct c3 x) { struct c3 r = { x.c, x.a, x.b }; return r; }
__attribute__((noinline)) struct w4 f4(int a, int b, struct w4 x, int c) { x.a = x.a * a + b - c; return x; }
__attribute__((noinline)) struct h6 f6(short k, struct h6 x) { x.a += k; x.b -= k; x.c ^= k; x.d = (short)(x.d * k); return x; }
__attribute__((noinline)) struct c8 f7(struct c8 x) { for (int i = 0; i < 8; i++) x.a[i] = (char)(x.a[i] + i); return x; }
__attribute__((noinline)) struct w8 f8(struct w8 x, struct w8 y) { struct w8 r = { x.a * y.b, x.b - y.a }; return r; }

int main(void) {
    struct c1 a = { 3 };
    for (int i = 0; i < 4; i++) a = f1(a, i * 11);
    line("c1", a.a);
    struct c2 b = { 5, 9 };
    b = f2(3, b); line("c2", b.a * 1000 + b.b);
    struct h2 x = { 1234 }, y = { -4321 };
    line("h2", fh2(x, y).a);
    struct c3 t = { 1, 2, 3 };
    t = f3(f3(t)); line("c3", t.a * 100 + t.b * 10 + t.c);
    struct w4 w = { 7 };
    line("w4", f4(3, 4, w, 5).a);
    struct h6 h = { 100, 200, 300, 400 };
    h = f6(77, h); line("h6", h.a + h.b * 3 + h.c * 5 + h.d);
    struct c8 s = { "abcdefg" };
    s = f7(s);
    char text[8];
    for (int i = 0; i < 7; i++) text[i] = s.a[i];
    text[7] = 0;
    puts_(text); puts_("\n");
    struct w8 p = { 6, 7 }, q = { -2, 9 };
    struct w8 r = f8(p, q); line("w8", r.a); line("w8", r.b);
    return r.a & 0x7f;
}
