#include "../programs/common.h"
#include "structs.h"

int main_callback(struct s12 a, int b, struct s6 c) { return a.a * 2 + a.b - a.c + b + c.a[0] + c.a[1] * c.a[2]; }

int main(void) {
    struct s1 v1 = { 5 }; struct s2 v2 = { -300 }; struct s3 v3 = { 1, 2, 3 }; struct s4 v4 = { 100000 };
    struct s6 v6 = { { 7, 8, -9 } }; struct s8 v8 = { 11, -12 };
    line("take", peer_take(4, v1, v2, v3, v4, v6, v8, 77));
    struct s12 v12 = { 1, 2, 3 }; struct s16 v16 = { { 4, 5, 6, 7 } };
    struct s24 v24; struct s28 v28; struct s40 v40; struct s100 v100;
    for (int i = 0; i < 6; i++) v24.a[i] = i * 31;
    for (int i = 0; i < 7; i++) v28.a[i] = 1000 - i;
    for (int i = 0; i < 10; i++) v40.a[i] = i * i;
    for (int i = 0; i < 25; i++) v100.a[i] = i * 77 + 3;
    line("big", peer_big(v12, v16, v24, -5, v28, v40, v100, 123456789012ll));
    struct s3 r3 = peer_s3(0x4142);
    line("s3", r3.a * 10000 + r3.b * 100 + r3.c);
    struct s8 r8 = peer_s8(v8, 3);
    line("s8 a", r8.a); line("s8 b", r8.b);
    struct s28 r28 = peer_s28(3, v28);
    for (int i = 0; i < 7; i += 3) line("s28", r28.a[i]);
    line("v28 unchanged", v28.a[0]);
    struct s100 r100 = peer_s100(v100, 2);
    line("s100", r100.a[0] + r100.a[24] + v100.a[24]);
    struct sll q = { 1ll << 33, 5 };
    struct sll r = peer_sll(q, 3);
    line("sll lo", (int)r.x); line("sll hi", (int)(r.x >> 32)); line("sll y", r.y);
    return r3.c;
}
