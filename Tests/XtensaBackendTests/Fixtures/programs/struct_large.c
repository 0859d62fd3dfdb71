/* Larger structs by value (copied by the caller into the stack arguments; beyond 64 bytes
 * through memcpy) and returned through sret, mixed with scalar arguments. */
#include "common.h"

struct v3 { int x, y, z; };
struct m4 { int m[4][4]; };
struct rec { int id; char name[20]; long long stamp; short flags; };
struct blob { unsigned words[40]; };

__attribute__((noinline)) struct v3 cross(struct v3 a, struct v3 b) {
    struct v3 r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
    return r;
}
__attribute__((noinline)) int dot(int scale, struct v3 a, struct v3 b, int bias) { return scale * (a.x * b.x + a.y * b.y + a.z * b.z) + bias; }
__attribute__((noinline)) struct m4 mul(struct m4 a, struct m4 b) {
    struct m4 r;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            int s = 0;
            for (int k = 0; k < 4; k++) s += a.m[i][k] * b.m[k][j];
            r.m[i][j] = s;
        }
    return r;
}
__attribute__((noinline)) struct rec rename(struct rec r, const char *name, long long when) {
    int i = 0;
    for (; name[i] && i < 19; i++) r.name[i] = name[i];
    r.name[i] = 0;
    r.stamp = when; r.flags |= 0x100; r.id++;
    return r;
}
__attribute__((noinline)) unsigned checksum(int seed, struct blob b, int rounds) {
    unsigned h = (unsigned)seed;
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < 40; i++) h = (h ^ b.words[i]) * 16777619u;
    return h;
}

int main(void) {
    struct v3 a = { 1, 2, 3 }, b = { 4, 5, 6 };
    struct v3 c = cross(a, b);
    line("cross", c.x * 10000 + c.y * 100 + c.z);
    line("dot", dot(3, a, c, 7));
    struct m4 m, n;
    for (int i = 0; i < 16; i++) { m.m[i / 4][i % 4] = i + 1; n.m[i / 4][i % 4] = (i * 7) % 5 - 2; }
    struct m4 p = mul(m, n);
    for (int i = 0; i < 4; i++) line("row", p.m[i][0] + p.m[i][1] * 3 + p.m[i][2] * 5 + p.m[i][3] * 7);
    struct rec r = { 41, "old", 5, 3 };
    struct rec s = rename(r, "kiln-compiled", 1ll << 40);
    puts_(r.name); puts_(" -> "); puts_(s.name); puts_("\n");
    line("id", s.id); line("flags", s.flags); line("stamp hi", (int)(s.stamp >> 32));
    struct blob bl;
    for (int i = 0; i < 40; i++) bl.words[i] = (unsigned)i * 2654435761u;
    put_hex(checksum(5, bl, 3)); puts_("\n");
    return s.id;
}
