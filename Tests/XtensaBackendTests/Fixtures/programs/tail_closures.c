/* The OCaml front end's calling shape: every function has the type
 * i32 (env, a1..a5); closures are blocks {code, arity, env...}; application compares the
 * arity and either musttail-calls the code pointer or builds a partial application. */
#include "common.h"

typedef unsigned value;
typedef value code(value env, value a1, value a2, value a3, value a4, value a5);
struct block { code *fn; unsigned arity; value env[4]; };
static struct block heap[64];
static unsigned next_block;

static value alloc(code *fn, unsigned arity, value e0, value e1, value e2) {
    struct block *b = &heap[next_block++ % 64];
    b->fn = fn; b->arity = arity; b->env[0] = e0; b->env[1] = e1; b->env[2] = e2;
    return (value)(unsigned long)b;
}
static struct block *B(value v) { return (struct block *)(unsigned long)v; }

code apply1, partial_code;
/* A partial application holds the closure and its first argument. */
__attribute__((noinline)) value partial_code(value env, value a1, value a2, value a3, value a4, value a5) {
    struct block *p = B(env), *f = B(p->env[0]);
    __attribute__((musttail)) return f->fn(p->env[0], p->env[1], a1, a2, a3, a4);
}
__attribute__((noinline)) value apply1(value clos, value arg, value a2, value a3, value a4, value a5) {
    struct block *f = B(clos);
    if (f->arity == 1) __attribute__((musttail)) return f->fn(clos, arg, a2, a3, a4, a5);
    return alloc(partial_code, f->arity - 1, clos, arg, 0);
}
static value apply2(value clos, value a, value b) { return apply1(apply1(clos, a, 0, 0, 0, 0), b, 0, 0, 0, 0); }

__attribute__((noinline)) value add3(value env, value a1, value a2, value a3, value a4, value a5) { return a1 + a2 + a3 + B(env)->env[0]; }
__attribute__((noinline)) value count_down(value env, value n, value acc, value a3, value a4, value a5) {
    if (n == 0) return acc;
    /* A self call through the closure, in tail position: APPTERM. */
    __attribute__((musttail)) return B(env)->fn(env, n - 1, acc * 3 + B(env)->env[0], a3, a4, a5);
}
__attribute__((noinline)) value twice(value env, value f, value x, value a3, value a4, value a5) {
    value once = apply1(f, x, 0, 0, 0, 0);
    __attribute__((musttail)) return apply1(f, once, a3, a4, a5, 0);
}

int main(void) {
    value add = alloc(add3, 3, 1000, 0, 0);
    line("add3", (int)apply1(apply2(add, 1, 2), 3, 0, 0, 0, 0));
    value counter = alloc(count_down, 2, 7, 0, 0);
    line("count", (int)apply2(counter, 1500, 1));
    value inc = apply2(add, 10, 20);
    value tw = alloc(twice, 2, 0, 0, 0);
    line("twice", (int)apply2(tw, inc, 5));
    return (int)(apply2(counter, 5, 0) & 0x7f);
}
