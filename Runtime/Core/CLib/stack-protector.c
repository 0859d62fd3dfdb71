/* The stack protector's guard word and failure handler, which Embedded Swift's code (and C
 * built with -fstack-protector) refers to. A constant guard: there is no entropy source at
 * start-up, and the check is against accidents, not attackers. */
#include <kiln/platform.h>

unsigned __stack_chk_guard = 0x5a17c0deu;

/* 135: what no program returns by accident, distinct from abort's 134. */
void __stack_chk_fail(void) { kiln_exit(135); }
