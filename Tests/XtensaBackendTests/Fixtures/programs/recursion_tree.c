/* Binary trees in a static pool: recursive insertion, traversals that pass structs and
 * callbacks down, height and balance checks (recursion with several live values). */
#include "common.h"

struct node { int key; struct node *left, *right; };
static struct node pool[200];
static int used;

__attribute__((noinline)) struct node *insert(struct node *t, int key) {
    if (!t) { struct node *n = &pool[used++]; n->key = key; n->left = n->right = 0; return n; }
    if (key < t->key) t->left = insert(t->left, key);
    else t->right = insert(t->right, key);
    return t;
}
__attribute__((noinline)) int height(const struct node *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
struct stats { int count, sum, min, max; };
__attribute__((noinline)) struct stats gather(const struct node *t, struct stats s) {
    if (!t) return s;
    s = gather(t->left, s);
    s.count++; s.sum += t->key;
    if (t->key < s.min) s.min = t->key;
    if (t->key > s.max) s.max = t->key;
    return gather(t->right, s);
}
__attribute__((noinline)) void each(const struct node *t, void (*visit)(int, int), int depth) {
    if (!t) return;
    each(t->left, visit, depth + 1);
    visit(t->key, depth);
    each(t->right, visit, depth + 1);
}
static unsigned signature;
__attribute__((noinline)) void sign(int key, int depth) { signature = signature * 33 + (unsigned)(key * 8 + depth); }

int main(void) {
    struct node *root = 0;
    unsigned x = 12345;
    for (int i = 0; i < 150; i++) { x = x * 1103515245u + 12345u; root = insert(root, (int)(x >> 16) % 1000); }
    line("height", height(root));
    struct stats s = gather(root, (struct stats){ 0, 0, 1 << 30, -(1 << 30) });
    line("count", s.count); line("sum", s.sum); line("min", s.min); line("max", s.max);
    each(root, sign, 0);
    put_hex(signature); puts_("\n");
    return height(root);
}
