// The smallest program: output and an exit code.
void put(const char *s);
int main(void) { put("hello from kiln\n"); return 42; }
