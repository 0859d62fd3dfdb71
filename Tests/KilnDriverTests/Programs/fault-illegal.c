// An illegal instruction (ILL: three zero bytes).
void put(const char *s);
int main(void) { put("before\n"); __asm__ volatile(".byte 0, 0, 0"); put("after\n"); return 0; }
