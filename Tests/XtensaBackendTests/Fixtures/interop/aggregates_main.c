/* Prints what aggregates_caller.ll computes from aggregates_peer.ll's struct results. */
#include "../programs/common.h"
int use_divmod(int, int); int use_widen(int); int use_pairs(int); int use_spread(int); int use_nested(int); int use_leaves(int);
int main(void) {
    for (int a = -50; a < 60; a += 23) {
        line("divmod", use_divmod(a * 97, a % 7 ? a % 7 : 3));
        line("widen", use_widen(a));
        line("pairs", use_pairs(a));
        line("spread", use_spread(a));
        line("nested", use_nested(a * 11));
        line("leaves", use_leaves(a));
    }
    return use_nested(100) & 0x7f;
}
