// A loop of N iterations (N from -DN=...): its instruction count must grow linearly in N.
volatile int sink;
int main(void) { for (int i = 0; i < N; i++) sink = i; return 0; }
