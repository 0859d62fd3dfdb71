// kiln_exit from inside a call chain: the code passes through, nothing after it runs.
void put(const char *s);
void kiln_exit(int code);
void inner(int code) { put("exiting\n"); kiln_exit(code); put("not reached\n"); }
int main(void) { inner(3); return 9; }
