// A loop of N iterations (N from -DN=...). The bound is read from a volatile variable so
// that the code is the same for every N and only the data differs: the instruction count
// must then be exactly a + b * N.
volatile int sink;
volatile int iterations = N;
int main(void) { int n = iterations; for (int i = 0; i < n; i++) sink = i; return 0; }

#ifdef ORIGIN
// Start ICOUNT just below its wrap (Runtime/Start/icount.S), so the loop crosses it.
__attribute__((used)) const unsigned kiln_icount_origin = ORIGIN;
#endif
