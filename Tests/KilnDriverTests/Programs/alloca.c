// The alloca exception for callers of every call size (alloca-calls.S).
void put(const char *s); void put_int(int v);
int movsp_after_call4(int), movsp_after_call8(int), movsp_after_call12(int);
int spill_windows(int n);
int (*volatile spillp)(int) = spill_windows;
int spill_windows(int n) { return n == 0 ? 0 : spillp(n - 1) + 1; }
int main(void) {
  put("call4 "); put_int(movsp_after_call4(20)); put("\n");
  put("call8 "); put_int(movsp_after_call8(20)); put("\n");
  put("call12 "); put_int(movsp_after_call12(20)); put("\n");
  return 0;
}
