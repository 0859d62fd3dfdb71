// Unbounded recursion: the stack guard must catch it before it reaches .bss.
void put(const char *s);
int down(int n);
int (*volatile downp)(int) = down;
int down(int n) { volatile char pad[8]; pad[0] = (char)n; return downp(n + 1) + pad[0]; }
int main(void) { put("before\n"); return down(0); }
