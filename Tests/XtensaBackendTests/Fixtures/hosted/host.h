/* Programs checked against a host build (clang-22 -O2 for x86-64, -DHOST) rather than
 * llc-22, where LLVM 22's Xtensa target gets the construct wrong (varargs) or cannot run
 * it (musttail). They print through kiln_console_write, which the host build defines. */
#ifdef HOST
#include <unistd.h>
void kiln_console_write(const char *b, unsigned n) { write(1, b, n); }
#endif
#include "../programs/common.h"
