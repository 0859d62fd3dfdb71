// Integer division by zero (QUOS raises EXCCAUSE 6).
void put(const char *s);
volatile int sink;
int main(void) { volatile int zero = 0; put("before\n"); sink = 5 / zero; put("after\n"); return 0; }
