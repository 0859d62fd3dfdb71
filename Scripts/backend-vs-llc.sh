#!/bin/sh
# Kiln's back end against llc-22 on the differential test programs: the same clang-22 -O2
# IR through both, then code bytes (.text + .literal of the program's object) and the exact
# number of instructions executed on QEMU (kiln run --count). Outputs must match (the
# script fails if any differs). The last row is the geometric mean of the ratios.
# Programs include "common.h" (output without libc) from the differential tests' folder.
# Usage: Scripts/backend-vs-llc.sh [program.c ...]   (default: Tests/XtensaBackendTests/Fixtures/programs/*.c;
#        `make bench-c` passes Benchmarks/c/*.c)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln="$root/.build/debug/kiln"
[ -x "$kiln" ] || { echo "build first: swift build" >&2; exit 1; }
[ $# -gt 0 ] || set -- "$root"/Tests/XtensaBackendTests/Fixtures/programs/*.c
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bytes() { llvm-size-22 -A "$1" | awk '$1 == ".text" || $1 == ".literal" { n += $2 } END { print n + 0 }'; }
count() { "$kiln" run --count "$1" 2>&1 >/dev/null | awk '/instructions/ { print $(NF - 1) }'; }

# The runtime's 64-bit integer helpers and soft-float routines (dc233c builds), and the
# stubs they need (Fixtures/support, built by LLVM alone), linked into both sides.
sh "$root/Scripts/integer-helpers-xtensa.sh" "$work" >/dev/null
sh "$root/Scripts/softfloat-xtensa.sh" "$work" >/dev/null
support="$work/integer-helpers-qemu.o $work/softfloat-qemu.o"
for c in "$root"/Tests/XtensaBackendTests/Fixtures/support/*.c; do
    s=$(basename "$c" .c)
    clang-22 --target=xtensa -O2 -ffreestanding -S -emit-llvm "$c" -o "$work/support-$s.ll"
    llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high "$work/support-$s.ll" -o "$work/support-$s.s"
    llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$work/support-$s.s" -o "$work/support-$s.o"
    support="$support $work/support-$s.o"
done

differs=0 logbytes=0 logcount=0 n=0
printf '%-10s %10s %10s %7s %12s %12s %7s\n' program llc-bytes kiln-bytes ratio llc-count kiln-count ratio
for c in "$@"; do
    name=$(basename "$c" .c)
    clang-22 --target=xtensa -O2 -ffreestanding -fno-vectorize -fno-slp-vectorize \
        -I"$root/Tests/XtensaBackendTests/Fixtures/programs" -S -emit-llvm "$c" -o "$work/$name.ll"
    llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high,-fp "$work/$name.ll" -o "$work/$name.llc.s"
    llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$work/$name.llc.s" -o "$work/$name.llc.o"
    "$kiln" build -O0 -c "$work/$name.ll" -o "$work/$name.kiln.o"
    for side in llc kiln; do
        # shellcheck disable=SC2086
        "$kiln" link "$work/$name.$side.o" $support -o "$work/$name.$side.elf"
        "$kiln" run "$work/$name.$side.elf" > "$work/$name.$side.out" 2>&1 || echo "exit $?" >> "$work/$name.$side.out"
    done
    cmp -s "$work/$name.llc.out" "$work/$name.kiln.out" || { echo "$name: OUTPUT DIFFERS" >&2; differs=1; }
    lb=$(bytes "$work/$name.llc.o"); kb=$(bytes "$work/$name.kiln.o")
    lc=$(count "$work/$name.llc.elf"); kc=$(count "$work/$name.kiln.elf")
    printf '%-10s %10s %10s %7s %12s %12s %7s\n' "$name" "$lb" "$kb" "$(awk "BEGIN { printf \"%.2f\", $kb / $lb }")" \
        "$lc" "$kc" "$(awk "BEGIN { printf \"%.2f\", $kc / $lc }")"
    logbytes=$(awk "BEGIN { print $logbytes + log($kb / $lb) }"); logcount=$(awk "BEGIN { print $logcount + log($kc / $lc) }")
    n=$((n + 1))
done
printf '%-10s %10s %10s %7s %12s %12s %7s\n' geomean "" "" "$(awk "BEGIN { printf \"%.2f\", exp($logbytes / $n) }")" \
    "" "" "$(awk "BEGIN { printf \"%.2f\", exp($logcount / $n) }")"
exit "$differs"
