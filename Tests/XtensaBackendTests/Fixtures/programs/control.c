#include "common.h"
struct point { int x; short y; char tag; };
static int classify(int c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case ' ': return 2;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 3;
    default: return 0;
    }
}
static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
int (*ops[2])(int) = {twice, square};
int apply(int which, int x) { return ops[which & 1](x); }
int sum_points(struct point *p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i].x * p[i].y + p[i].tag; return s; }
int many(int a, int b, int c, int d, int e, int f) { return a - b + c * d - e / (f | 1); }
int main(void) {
    const char *text = "hello world 2024 kiln compiler";
    int counts[4] = {0, 0, 0, 0};
    for (const char *p = text; *p; p++) counts[classify(*p)]++;
    for (int i = 0; i < 4; i++) line("class", counts[i]);
    line("apply0", apply(0, 21));
    line("apply1", apply(1, 21));
    struct point pts[3] = {{1, 2, 'a'}, {-3, 4, 'b'}, {5, -6, 'c'}};
    line("points", sum_points(pts, 3));
    line("many", many(1, 2, 3, 4, 50, 6));
    int m = 0;
    for (int i = -5; i < 5; i++) m += i < 0 ? -i : i * 3;
    line("select", m);
    return 0;
}
