#include "structs.h"

int peer_take(int k, struct s1 a, struct s2 b, struct s3 c, struct s4 d, struct s6 e, struct s8 f, int tail) {
    return k * 1000 + a.a + b.a * 3 + c.a - c.b + c.c * 5 + d.a * 7 + e.a[0] - e.a[2] + f.a * f.b + tail;
}
int peer_big(struct s12 a, struct s16 b, struct s24 c, int mid, struct s28 d, struct s40 e, struct s100 f, long long w) {
    int s = a.a + a.c - mid;
    for (int i = 0; i < 4; i++) s = s * 3 + b.a[i];
    for (int i = 0; i < 6; i++) s ^= c.a[i] << i;
    for (int i = 0; i < 7; i++) s += d.a[i] * (i + 1);
    for (int i = 0; i < 10; i++) s -= e.a[i];
    for (int i = 0; i < 25; i++) s += f.a[i] & 0xff;
    struct s6 six = { { (short)s, 2, 3 } };
    return s + (int)(w >> 20) + main_callback(a, mid, six);
}
struct s3 peer_s3(int x) { struct s3 r = { (char)x, (char)(x >> 8), (char)(x + 1) }; return r; }
struct s8 peer_s8(struct s8 x, int y) { struct s8 r = { x.b * y, x.a - y }; return r; }
struct s28 peer_s28(int x, struct s28 y) { for (int i = 0; i < 7; i++) y.a[i] = y.a[i] * x + i; return y; }
struct s100 peer_s100(struct s100 y, int x) { for (int i = 0; i < 25; i++) y.a[i] += x * i; return y; }
struct sll peer_sll(struct sll v, int k) { v.x = v.x * k + v.y; v.y ^= k; return v; }
