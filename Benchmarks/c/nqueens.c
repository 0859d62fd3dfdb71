/* All solutions of the 9-queens problem, by backtracking with bit masks. */
#include "common.h"
static int solve(int n, int row, unsigned cols, unsigned diag1, unsigned diag2) {
    if (row == n) return 1;
    int count = 0;
    unsigned free = ~(cols | diag1 | diag2) & ((1u << n) - 1);
    while (free) {
        unsigned bit = free & -free;
        free ^= bit;
        count += solve(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >> 1);
    }
    return count;
}
int main(void) { line("queens(9)", solve(9, 0, 0, 0, 0)); return 0; }
