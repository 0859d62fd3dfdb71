/* Closures in C: a code pointer and an environment, applied by generic higher-order
 * functions (map, filter, compose), the shape of OCaml's closure calls. */
#include "common.h"

struct closure { int (*code)(const struct closure *self, int x); int env[3]; };
__attribute__((noinline)) int apply(const struct closure *c, int x) { return c->code(c, x); }
__attribute__((noinline)) int add_env(const struct closure *self, int x) { return x + self->env[0]; }
__attribute__((noinline)) int affine(const struct closure *self, int x) { return self->env[0] * x + self->env[1]; }
__attribute__((noinline)) int clamp(const struct closure *self, int x) { return x < self->env[0] ? self->env[0] : x > self->env[1] ? self->env[1] : x; }
__attribute__((noinline)) int is_multiple(const struct closure *self, int x) { return x % self->env[0] == 0; }

static struct closure composed[2];
__attribute__((noinline)) int compose_code(const struct closure *self, int x) {
    return apply(&composed[self->env[1]], apply(&composed[self->env[0]], x));
}

__attribute__((noinline)) void map(const struct closure *f, int *v, int n) { for (int i = 0; i < n; i++) v[i] = apply(f, v[i]); }
__attribute__((noinline)) int filter(const struct closure *keep, const int *v, int n, int *out) {
    int m = 0;
    for (int i = 0; i < n; i++) if (apply(keep, v[i])) out[m++] = v[i];
    return m;
}
__attribute__((noinline)) int fold_left(int (*f)(int, int), int acc, const int *v, int n) { for (int i = 0; i < n; i++) acc = f(acc, v[i]); return acc; }
__attribute__((noinline)) int mix(int a, int b) { return a * 31 + b; }

int main(void) {
    int v[10];
    for (int i = 0; i < 10; i++) v[i] = i * i - 20;
    struct closure plus = { add_env, { 7 } }, line2 = { affine, { 3, -4 } }, limit = { clamp, { -10, 50 } };
    map(&plus, v, 10); map(&line2, v, 10); map(&limit, v, 10);
    for (int i = 0; i < 10; i++) { put_int(v[i]); puts_(" "); }
    puts_("\n");
    composed[0] = line2; composed[1] = plus;
    struct closure both = { compose_code, { 0, 1 } }, flipped = { compose_code, { 1, 0 } };
    line("compose", apply(&both, 5)); line("flipped", apply(&flipped, 5));
    struct closure fives = { is_multiple, { 5 } };
    int kept[10];
    int m = filter(&fives, v, 10, kept);
    line("kept", m);
    line("fold", fold_left(mix, 1, kept, m));
    return m;
}
