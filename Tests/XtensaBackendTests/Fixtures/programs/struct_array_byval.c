/* Elements of struct arrays passed by value in loops, structs holding pointers and
 * function pointers, and struct results stored straight into arrays. */
#include "common.h"

struct particle { int x, y, vx, vy; };
struct shape { const char *name; int (*measure)(struct particle); struct particle at; };

__attribute__((noinline)) struct particle step(struct particle p, int gravity) {
    p.x += p.vx; p.y += p.vy; p.vy -= gravity;
    if (p.y < 0) { p.y = -p.y; p.vy = -p.vy * 3 / 4; }
    return p;
}
__attribute__((noinline)) int energy(struct particle p) { return p.vx * p.vx + p.vy * p.vy + 2 * p.y; }
__attribute__((noinline)) int spread(struct particle p) { return (p.x > 0 ? p.x : -p.x) + p.y; }
__attribute__((noinline)) int describe(struct shape s) { puts_(s.name); puts_(" "); int m = s.measure(s.at); put_int(m); puts_("\n"); return m; }

int main(void) {
    struct particle ps[5];
    for (int i = 0; i < 5; i++) { ps[i].x = i; ps[i].y = 10 * i; ps[i].vx = 3 - i; ps[i].vy = i * 2; }
    for (int t = 0; t < 25; t++)
        for (int i = 0; i < 5; i++) ps[i] = step(ps[i], 1 + (i & 1));
    int total = 0;
    for (int i = 0; i < 5; i++) { total += energy(ps[i]); line("y", ps[i].y); }
    line("energy", total);
    struct shape shapes[2] = { { "energy", energy, ps[1] }, { "spread", spread, ps[3] } };
    int m = describe(shapes[0]) + describe(shapes[1]);
    return m & 0x7f;
}
