#!/bin/bash
# The long fuzz run of the OCaml reader and lowering: N damaged copies (default 100,000) of
# real executables (hello -g, printf, objects from Tests/OCamlFrontendTests/Programs), read
# and lowered in-process by the release `ocaml-fuzz` (Tests/OCamlFuzzLongRun). Every case is
# either read and lowered or refused with `file:offset: error: ...`. A case that traps or
# hangs kills the process: it is saved to Tests/OCamlFuzzTests/Regressions/ (replayed by
# OCamlFuzzTests) and the run goes on after it.
# The programs after hello are lowered in 1 of SAMPLE cases (default 1: all).
# Usage: Scripts/ocaml-fuzz.sh [cases] [seed] [first case]    (SAMPLE=k, FUZZ=path/to/ocaml-fuzz)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cases=${1:-100000}
seed=${2:-1265200238}
start=${3:-0}
sample=${SAMPLE:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=$root/Tests/OCamlFrontendTests/Programs
for spec in hello:-g printf: objects:; do
  name=${spec%%:*}; flags=${spec#*:}
  # One directory each: printf.ml's printf.cmi must not hide the Stdlib's Printf.
  mkdir -p "$work/$name"; cp "$sources/$name.ml" "$work/$name/"
  (cd "$work/$name" && ocamlc -compat-32 $flags "$name.ml" -o "../$name.byte") || exit 2
done
if [ -z "${FUZZ:-}" ]; then
  (cd "$root" && swift build -c release --product ocaml-fuzz 2>&1 | tail -1) || exit 2
fi
fuzz=${FUZZ:-$root/.build/release/ocaml-fuzz}
programs=("$work/hello.byte" "$work/printf.byte" "$work/objects.byte")
from=$start; end=$((start + cases)); crashes=0; status=0
while [ $from -lt $end ]; do
  "$fuzz" --seed "$seed" --from $from --count $((end - from)) --sample "$sample" --progress "$work/progress" "${programs[@]}"
  status=$?
  [ $status -le 1 ] && break
  # Killed by a trap or the watchdog: keep the case, go on after it.
  index=$(tr -d ' ' < "$work/progress")
  file=$root/Tests/OCamlFuzzTests/Regressions/seed$seed-case$index.txt
  "$fuzz" --seed "$seed" --save "$index" "$file" "${programs[@]}"
  echo "case $index crashed (status $status): saved as ${file#$root/}"
  crashes=$((crashes + 1)); from=$((index + 1))
done
echo "$crashes crash(es)"
[ $crashes -eq 0 ] && exit $status || exit 1
