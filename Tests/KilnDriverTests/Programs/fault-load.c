// A load from an address with no memory behind it (the sim machine's RAM ends at 128 MiB).
void put(const char *s);
volatile int sink;
int main(void) { put("before\n"); sink = *(volatile int *)0x10000000; put("after\n"); return 0; }
