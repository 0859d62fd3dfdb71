/* Geometry on structs of doubles reached through pointers: distances, polygon area by the
   shoelace formula, a convex hull by the monotone chain (cross products' signs), and
   doubles passed beyond the argument registers. */
#include "floatio.h"

struct point { double x, y; };

static double cross(const struct point *o, const struct point *a, const struct point *b) {
    return (a->x - o->x) * (b->y - o->y) - (a->y - o->y) * (b->x - o->x);
}

__attribute__((noinline)) static double weighted(double a, double b, double c, double d, double wa, double wb, double wc, double wd) {
    return (a * wa + b * wb + c * wc + d * wd) / (wa + wb + wc + wd);
}

static struct point pts[24], hull[50];

int main(void) {
    unsigned seed = 99;
    for (int i = 0; i < 24; i++) {
        seed = seed * 1103515245u + 12345u;
        pts[i].x = (double)(seed >> 16 & 1023) / 10.0;
        seed = seed * 1103515245u + 12345u;
        pts[i].y = (double)(seed >> 16 & 1023) / 10.0;
    }
    for (int i = 1; i < 24; i++) {
        struct point p = pts[i];
        int j = i - 1;
        while (j >= 0 && (pts[j].x > p.x || (pts[j].x == p.x && pts[j].y > p.y))) { pts[j + 1] = pts[j]; j--; }
        pts[j + 1] = p;
    }
    int k = 0;
    for (int i = 0; i < 24; i++) {
        while (k >= 2 && cross(&hull[k - 2], &hull[k - 1], &pts[i]) <= 0) k--;
        hull[k++] = pts[i];
    }
    for (int i = 22, t = k + 1; i >= 0; i--) {
        while (k >= t && cross(&hull[k - 2], &hull[k - 1], &pts[i]) <= 0) k--;
        hull[k++] = pts[i];
    }
    k--;
    line("hull", k);
    double area = 0, perimeter = 0;
    for (int i = 0; i < k; i++) {
        const struct point *a = &hull[i], *b = &hull[(i + 1) % k];
        area += a->x * b->y - b->x * a->y;
        double dx = b->x - a->x, dy = b->y - a->y, d = dx * dx + dy * dy, r = d > 1 ? d : 1;
        for (int n = 0; n < 30; n++) r = 0.5 * (r + d / r);
        perimeter += r;
    }
    fline("area", area / 2);
    fline("perimeter", perimeter);
    fline("weighted", weighted(hull[0].x, hull[1].x, hull[2].y, hull[3].y, 1.0, 2.0, 3.0, 4.5));
    return k;
}
