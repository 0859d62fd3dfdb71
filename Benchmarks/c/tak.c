/* Takeuchi's function: deep recursion with three live arguments. */
#include "common.h"
static int tak(int x, int y, int z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }
int main(void) { line("tak(18,12,6)", tak(18, 12, 6)); return 0; }
