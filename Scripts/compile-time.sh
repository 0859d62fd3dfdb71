#!/bin/sh
# The back end's own compile time against LLVM's on the same optimised IR.
#  * Kiln: `kiln build -O0 -c` (no second optimisation), the CPU time of its passes from the
#    loaded IR to the object (selection, allocation, frames, peephole, relaxation, emission,
#    assembly, ELF writing: KILN_TIME=1's total minus "load IR", "verify IR" and "LLVM optimise").
#  * LLVM: `llc-22 -O2 -mtriple=xtensa -mcpu=esp32 -filetype=obj`, the process's CPU time
#    (user + system; it includes parsing the IR, which Kiln's number leaves out); and, as
#    the differential tests build, `llc-22` to assembly + `llvm-mc-22`.
# Best of N runs each (CPU time: on a shared machine wall time measures the other users).
# Usage: Scripts/compile-time.sh input.ll [runs]   (use a release kiln: swift build -c release)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-"$root/.build/release/kiln"}
input=$1 runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpu() { # prints the smallest user + system seconds of $runs runs of the command in "$@"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null 2>&1 || true
        # (a failing command adds a "Command exited with non-zero status" line first)
        tail -1 "$work/time" | awk '{ printf "%.3f\n", $1 + $2 }'
    done | sort -n | head -1
}
backend() { # prints the smallest back-end time in seconds of $runs Kiln runs, and its pass line
    for _ in $(seq "$runs"); do
        KILN_TIME=1 "$kiln" build -O0 -c "$input" -o "$work/kiln.o" 2>&1 | awk '
            { line = line $0 "; " }
            /^load IR:/ { load = $3 } /^verify IR:/ { verify = $3 } /^LLVM optimise:/ { opt = $3 } /^total:/ { total = $2 }
            END { printf "%.3f %s\n", (total - load - verify - opt) / 1000, line }'
    done | sort -n | head -1
}
export input work
k=$(backend)
o=$(cpu llc-22 -O2 -mtriple=xtensa -mcpu=esp32 -filetype=obj "$input" -o "$work/llc.o")
m=$(cpu sh -c 'llc-22 -O2 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high "$input" -o "$work/llc.s" && llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$work/llc.s" -o "$work/llc.o"')
echo "$(wc -l < "$input") lines of IR: $input (best of $runs, CPU seconds)"
echo "kiln back end (loaded IR → object): ${k%% *} s"
echo "llc-22 -filetype=obj:               $o s   ($(awk -v a="$o" -v b="${k%% *}" 'BEGIN { printf "%.2f", a / b }')x Kiln)"
echo "llc-22 + llvm-mc-22:                $m s   ($(awk -v a="$m" -v b="${k%% *}" 'BEGIN { printf "%.2f", a / b }')x Kiln)"
echo "kiln passes of the best run: ${k#* }"
