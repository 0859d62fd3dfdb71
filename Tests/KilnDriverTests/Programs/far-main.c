// Calls to functions 600 KB away: the linker routes them through veneers (far-calls.S).
void put(const char *s); void put_int(int v);
int far_call(int);
int main(void) { put_int(far_call(21)); put("\n"); return 0; }
