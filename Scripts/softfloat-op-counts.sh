#!/bin/sh
# Instructions per double-precision soft-float call on QEMU's dc233c: a C loop of 1,000
# calls of one operation, built by `kiln build` (so the runtime's __adddf3, __muldf3, ...
# are what runs) and counted exactly (`kiln run --count`), minus the same loop without it.
# Usage: Scripts/softfloat-op-counts.sh [kiln]   (KILN_RUNTIME=<dir> measures other sources)
# Prints: operation, total instructions, instructions per operation. "float" is int -> double
# plus one add (subtract the add's count); "root" is sqrt of |x| (fabs is a mask).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${1:-$root/.build/debug/kiln}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
base=0
for op in none add sub mul div lt float fix root; do
  cat > "$work/$op.c" <<C
volatile double sink;
volatile int isink;
static double values[64];
int main(void) {
    unsigned s = 12345;
    for (int i = 0; i < 64; i++) {
        s = s * 1103515245u + 12345u;
        values[i] = (double)(int)(s >> 8) / 1000.0 + 0.5;   /* moderate, both signs */
    }
    double acc = 0;
    int iacc = 0;
    for (int i = 0; i < 1000; i++) {
        double x = values[i & 63], y = values[(i * 7 + 3) & 63];
        const char *op = "$op";
        if (op[0] == 'a') acc = x + y;
        else if (op[0] == 's') acc = x - y;
        else if (op[0] == 'm') acc = x * y;
        else if (op[0] == 'd') acc = x / y;
        else if (op[0] == 'l') iacc += x < y;
        else if (op[0] == 'f' && op[1] == 'l') acc = (double)(i - 500) + x;
        else if (op[0] == 'f') iacc += (int)x;
        else if (op[0] == 'r') acc = __builtin_sqrt(__builtin_fabs(x));
        else acc = x;
        sink = acc;
        isink = iacc;
    }
    return 0;
}
C
  "$kiln" build "$work/$op.c" -o "$work/$op.elf" >/dev/null
  n=$("$kiln" run "$work/$op.elf" --count 2>&1 >/dev/null | tr -d ',' | grep -o '[0-9]* instructions' | grep -o '[0-9]*')
  [ "$op" = none ] && base=$n
  echo "$op $n $(( (n - base) / 1000 ))"
done
