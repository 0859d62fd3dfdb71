// A fault inside a window overflow handler (stack pointer on unmapped memory): the double
// exception vector reports it.
void put(const char *s);
void run_on_bad_stack(int (*f)(int), int n);
int deep(int n);
int (*volatile deepp)(int) = deep;
int deep(int n) { return n == 0 ? 0 : deepp(n - 1) + 1; }
int main(void) { put("before\n"); run_on_bad_stack(deep, 20); put("after\n"); return 0; }
