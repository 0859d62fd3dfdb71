// Counting between explicit marks: only the loop is counted, not the printing around it.
#include "kiln/platform.h"
void put(const char *s); void put_int(int v);
volatile int sink;
int main(void) {
  put("counting\n");
  kiln_icount_start();
  for (int i = 0; i < 100; i++) sink = i;
  kiln_icount_stop();
  unsigned n = kiln_icount_read();
  put("read "); put_int((int)n); put("\n");
  return 0;
}
