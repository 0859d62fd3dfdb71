#!/bin/sh
# The back end's own compile time against LLVM's on the same optimised IR: `kiln build -O0
# -c` (no second optimisation: selection, allocation, frames, peephole, emission, Kiln's
# assembler, ELF writing) against `llc-22 -O2` + `llvm-mc-22`. Best of N runs, wall and
# CPU (user + system) seconds; then Kiln's per-pass times (KILN_TIME=1) of its best run.
# Usage: Scripts/compile-time.sh input.ll [runs]   (use a release kiln: swift build -c release)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-"$root/.build/release/kiln"}
input=$1 runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best() { # prints "wall cpu": the smallest of $runs runs of the command in "$@"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2>&1
        awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
    done | sort -n | head -1
}
# /usr/bin/time needs a program: run the pair through sh.
export input work
set -- "$kiln" build -O0 -c "$input" -o "$work/kiln.o"
k=$(best "$@")
l=$(best sh -c 'llc-22 -O2 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high "$input" -o "$work/llc.s" && llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$work/llc.s" -o "$work/llc.o"')
echo "$(wc -l < "$input") lines of IR: $input"
echo "kiln build -O0 -c:       wall ${k% *} s, cpu ${k#* } s"
echo "llc-22 -O2 + llvm-mc-22: wall ${l% *} s, cpu ${l#* } s"
awk -v k="$k" -v l="$l" 'BEGIN { split(k, a, " "); split(l, b, " "); printf "llc-22 / kiln: wall %.2fx, cpu %.2fx\n", b[1] / a[1], b[2] / a[2] }'
KILN_TIME=1 "$kiln" build -O0 -c "$input" -o "$work/kiln.o" 2>&1 | tr '\n' ';' | sed 's/;$/\n/'
