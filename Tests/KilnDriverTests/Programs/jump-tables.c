// Jump tables (R_XTENSA_32 from .rodata into .text), a binary tree in static storage, and
// LLVM 22's habit of putting the literals that follow a jump table in `.rodata.literal`.
void put(const char *s); void put_int(int v);
struct node { int key; struct node *left, *right; };
static struct node pool[64]; static int used;
static struct node *insert(struct node *t, int k) {
  if (!t) { struct node *n = &pool[used++]; n->key = k; n->left = n->right = 0; return n; }
  if (k < t->key) t->left = insert(t->left, k); else t->right = insert(t->right, k);
  return t;
}
static void walk(struct node *t) { if (!t) return; walk(t->left); put_int(t->key); put(" "); walk(t->right); }
__attribute__((noinline)) const char *name(int op) {
  switch (op) { case 0: return "add"; case 1: return "sub"; case 2: return "mul"; case 3: return "div";
    case 4: return "mod"; case 5: return "and"; case 6: return "or"; case 7: return "xor"; default: return "?"; }
}
__attribute__((noinline)) int eval(int op, int a, int b) {
  switch (op) { case 0: return a + b; case 1: return a - b; case 2: return a * b; case 3: return a / b;
    case 4: return a % b; case 5: return a & b; case 6: return a | b; case 7: return a ^ b; default: return 0; }
}
int main(void) {
  struct node *t = 0; int keys[] = {50, 20, 80, 10, 30, 70, 90, 25};
  for (unsigned i = 0; i < sizeof keys / sizeof *keys; i++) t = insert(t, keys[i]);
  walk(t); put("\n");
  for (int op = 0; op < 9; op++) { put(name(op)); put(" "); put_int(eval(op, 100, 7)); put("\n"); }
  return 0;
}
