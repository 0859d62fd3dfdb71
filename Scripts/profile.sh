#!/bin/bash
# Where a firmware run spends its instructions: the top functions by executed instructions.
# Usage: Scripts/profile.sh FIRMWARE.elf [--top N] [--timeout SECONDS]
#
# Runs the firmware on the machine `kiln run` uses (QEMURunner.arguments: sim, dc233c,
# semihosting) with `-d in_asm,exec,nochain`: QEMU 7.2 has no TCG plugins, but that log has
# every translation block's instructions once and a line for every time a block runs;
# Scripts/profile-log.py adds them up per ELF symbol. The log streams through a pipe (about
# 80 bytes per block run) and QEMU runs ~20x slower with it: meant for runs of up to ~100M
# instructions (use smaller inputs). The total counts from reset, `kiln run --count` from main;
# a block cut short by an exception (window overflow/underflow) is counted whole, so the
# total is slightly high (Docs/benchmarks.md, "Profiling", says how close it is).
# The program's standard output is discarded, its standard error passed through.
# OCaml functions are named by their source definition when the program was built with
# `ocamlc -g` (Stdlib__Map.Make.add_14202; Docs/ocaml-frontend.md, "Function names"),
# else caml_fun_<code position>.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
usage() { sed -n '3p' "$0" | sed 's/^# //' >&2; exit 2; }
[ $# -ge 1 ] || usage
elf=$1; shift
top=30; timeout=600
while [ $# -gt 0 ]; do
  case $1 in
    --top) top=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -f "$elf" ] || { echo "$elf: error: no such file" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkfifo "$work/log"
python3 "$root/Scripts/profile-log.py" "$elf" "$top" < "$work/log" &
reader=$!
timeout "$timeout" qemu-system-xtensa -M sim -cpu dc233c -semihosting -nographic -monitor none \
  -serial none -kernel "$elf" -d in_asm,exec,nochain -D "$work/log" > /dev/null
status=$?
wait $reader || status=1
[ $status -eq 124 ] && echo "profile.sh: timed out after $timeout s (the profile covers the run so far)" >&2
exit $status
