/* Struct-returning calls feeding struct arguments, through function pointers, in loops;
 * copies must not alias (the callee may change its byval copy). */
#include "common.h"

struct point { int x, y; };
struct box { struct point lo, hi; int tag; };
typedef struct point (*transform)(struct point, int);

__attribute__((noinline)) struct point shift(struct point p, int k) { p.x += k; p.y -= k; return p; }
__attribute__((noinline)) struct point scale(struct point p, int k) { p.x *= k; p.y *= k; return p; }
__attribute__((noinline)) struct point turn(struct point p, int k) { struct point r = { -p.y * k, p.x }; return r; }
__attribute__((noinline)) struct box grow(struct box b, struct point by) {
    b.lo.x -= by.x; b.lo.y -= by.y; b.hi.x += by.x; b.hi.y += by.y; b.tag++;
    by.x = 0;   /* changes only the callee's copy */
    return b;
}
__attribute__((noinline)) int area(struct box b) { return (b.hi.x - b.lo.x) * (b.hi.y - b.lo.y) + b.tag; }

int main(void) {
    transform steps[3] = { shift, scale, turn };
    struct point p = { 1, 2 };
    for (int i = 0; i < 9; i++) { p = steps[i % 3](p, i + 1); line("p", p.x * 1000 + p.y); }
    struct box b = { { 0, 0 }, { 2, 3 }, 0 };
    struct point by = { 1, 2 };
    for (int i = 0; i < 4; i++) b = grow(b, by);
    line("by", by.x);
    line("area", area(b));
    line("area2", area(grow(grow(b, shift(by, 1)), scale(by, 2))));
    return area(b) & 0x7f;
}
