// Calls with stack arguments make LLVM emit MOVSP; after a deep recursion has spilled
// main's caller, MOVSP raises the alloca exception, which the startup code must handle.
void put(const char *s); void put_int(int v);
__attribute__((noinline)) int many(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return a + b + c + d + e + f + g + h * i; }
int deep(int n);
int (*volatile deepp)(int) = deep;
int deep(int n) { return n == 0 ? 0 : deepp(n - 1) + 1; }
int main(void) {
  volatile int x = 1;
  int total = 0;
  for (int round = 0; round < 3; round++) {
    total += deep(50);
    total += many(x, 2, 3, 4, 5, 6, 7, 8, 9);
  }
  put("total "); put_int(total); put("\n");
  return total & 0xff;
}
