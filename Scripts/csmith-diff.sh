#!/bin/sh
# Random differential testing of Kiln's back end against llc-22 with csmith programs.
# Each seed: csmith generates a program (small, no floats, see CSMITH_OPTIONS); clang-22
# -O2 makes the IR once; llc-22 + llvm-mc-22 and Kiln's back end each make an object; both
# are linked by `kiln link` (with the libgcc 64-bit helpers of the differential tests) and
# run on QEMU with a timeout; output and exit code must be the same.
# Outcomes per seed: same, DIFFERENT (a back-end bug until shown otherwise), kiln-error
# (Kiln refused or crashed: the message is kept), skipped because the llc-22 side failed or
# timed out, or because the generator/clang failed. Programs that differ or that Kiln
# refuses are kept in the output folder with both outputs.
# Usage: Scripts/csmith-diff.sh [-n COUNT] [-s FIRST_SEED] [-o DIR] [-t SECONDS]
#   (default: 30 seeds from 1, into .build/csmith, 10 s per QEMU run on llc-22's side, 3x on Kiln's; CSMITH_OPTIONS and KILN
#   override the generator's options and the kiln binary)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-"$root/.build/debug/kiln"}
count=30 first=1 out="$root/.build/csmith" limit=10
while getopts n:s:o:t: flag; do
    case $flag in
        n) count=$OPTARG ;; s) first=$OPTARG ;; o) out=$OPTARG ;; t) limit=$OPTARG ;;
        *) echo "usage: $0 [-n COUNT] [-s FIRST_SEED] [-o DIR] [-t SECONDS]" >&2; exit 2 ;;
    esac
done
[ -x "$kiln" ] || { echo "build first: swift build" >&2; exit 1; }
# Tests/Csmith/options (shared with CsmithTests): small and quick programs, few functions,
# shallow blocks, no floats (soft-float is not in the back end yet), no packed structs,
# main without argc/argv.
CSMITH_OPTIONS=${CSMITH_OPTIONS:-$(cat "$root/Tests/Csmith/options")}
# -fno-finite-loops: csmith's programs may loop forever without side effects, which C11
# lets clang assume never happens (the loop becomes `unreachable`, both sides trap at
# different addresses); without the assumption such a program simply times out.
CLANG_FLAGS="--target=xtensa -O2 -ffreestanding -fno-finite-loops -fno-vectorize -fno-slp-vectorize -w -I$root/Tests/Csmith"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# libgcc's 64-bit helpers, built by LLVM alone and linked into both sides.
support=""
for c in "$root"/Tests/XtensaBackendTests/Fixtures/support/*.c; do
    s=$(basename "$c" .c)
    clang-22 --target=xtensa -O2 -ffreestanding -S -emit-llvm "$c" -o "$work/support-$s.ll"
    llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high "$work/support-$s.ll" -o "$work/support-$s.s"
    llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$work/support-$s.s" -o "$work/support-$s.o"
    support="$support $work/support-$s.o"
done

same=0 different=0 kilnerror=0 llcfail=0 timeout=0 genfail=0
run() { # $1 = side, $2 = seconds: link and run, output + exit code into $w/$1.out; returns 124 on timeout
    # shellcheck disable=SC2086
    "$kiln" link "$w/$1.o" $support -o "$w/$1.elf" 2> "$w/$1.out" || return 1
    status=0
    "$kiln" run --timeout "$2" "$w/$1.elf" > "$w/$1.out" 2>&1 || status=$?
    echo "exit $status" >> "$w/$1.out"
    return "$status"
}
seed=$first
last=$((first + count - 1))
start=$(date +%s)
while [ "$seed" -le "$last" ]; do
    w="$work/$seed"; mkdir -p "$w"
    # shellcheck disable=SC2086
    # (in $w: csmith leaves a platform.info in its working directory)
    if ! (cd "$w" && csmith --seed "$seed" $CSMITH_OPTIONS -o p.c > /dev/null 2>&1) ||
       ! clang-22 $CLANG_FLAGS -S -emit-llvm "$w/p.c" -o "$w/p.ll" 2> "$w/clang.err"; then
        genfail=$((genfail + 1)); echo "seed $seed: generator or clang failed"
    elif ! { llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high "$w/p.ll" -o "$w/llc.s" &&
             llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$w/llc.s" -o "$w/llc.o"; } 2> "$w/llc.err"; then
        llcfail=$((llcfail + 1)); echo "seed $seed: skipped, llc-22 failed"
    else
        llcstatus=0; run llc "$limit" || llcstatus=$?
        if [ "$llcstatus" = 124 ]; then
            timeout=$((timeout + 1)); echo "seed $seed: skipped, timed out on llc-22's side"
        elif ! "$kiln" build -O0 -c "$w/p.ll" -o "$w/kiln.o" > "$w/kiln.err" 2>&1; then
            kilnerror=$((kilnerror + 1)); echo "seed $seed: KILN ERROR $(head -c 300 "$w/kiln.err" | head -1)"
            cp "$w/p.c" "$out/csmith_$seed.c"; cp "$w/kiln.err" "$out/csmith_$seed.kiln-error"
        else
            run kiln $((3 * limit)) || true  # more time: a busy machine must not make a difference
            if cmp -s "$w/llc.out" "$w/kiln.out"; then
                same=$((same + 1)); echo "seed $seed: same ($(head -1 "$w/llc.out"))"
            else
                different=$((different + 1)); echo "seed $seed: DIFFERENT (llc-22: $(tr '\n' ' ' < "$w/llc.out"); kiln: $(tr '\n' ' ' < "$w/kiln.out" | head -c 200))"
                cp "$w/p.c" "$out/csmith_$seed.c"; cp "$w/llc.out" "$out/csmith_$seed.llc.out"; cp "$w/kiln.out" "$out/csmith_$seed.kiln.out"
            fi
        fi
    fi
    rm -rf "$w"
    seed=$((seed + 1))
done
echo "seeds $first..$last: $same same, $different DIFFERENT, $kilnerror Kiln errors;" \
     "skipped: $llcfail llc-22 failed, $timeout timed out, $genfail generator/clang failed;" \
     "$(( $(date +%s) - start )) s"
[ "$different" = 0 ] && [ "$kilnerror" = 0 ]
