// 10,000 frames deep with call8 (C, through a volatile pointer so that LLVM cannot turn the
// recursion into a loop), call4 and call12 (recursion-call4-call12.S): window overflow and
// underflow of every size.
void put(const char *s); void put_int(int v);
int rec4(int), rec12(int);
int rec8(int n);
int (*volatile rec8p)(int) = rec8;
int rec8(int n) { return n == 0 ? 0 : rec8p(n - 1) + 1; }
int main(void) {
  put("call8 "); put_int(rec8(10000)); put("\n");
  put("call4 "); put_int(rec4(10000)); put("\n");
  put("call12 "); put_int(rec12(10000)); put("\n");
  return 0;
}
