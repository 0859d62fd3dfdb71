#!/bin/bash
# Runs programs of Tests/OCamlProgramsTests/Programs through ocamlrun (the oracle) and
# through `kiln build` + `kiln run` (QEMU); prints one line per program (as each finishes)
# and a summary line "N passed, M failed". Programs listed in known-failures.txt are marked.
# Usage: Scripts/ocaml-corpus.sh [-j N] [name...]   (KILN=path/to/kiln; -j: N at once, default 1)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-$root/.build/debug/kiln}
programs=$root/Tests/OCamlProgramsTests/Programs
known=$root/Tests/OCamlProgramsTests/known-failures.txt
jobs=1
if [ "${1:-}" = "-j" ]; then jobs=$2; shift 2; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(cd "$programs" && ls *.ml | sed 's/\.ml$//'))

# One program: its report goes to $work/$name/report, its verdict (ok/FAIL) to .../verdict.
run_one() {
  local name=$1 dir=$work/$1
  mkdir -p "$dir"; cp "$programs/$name.ml" "$dir/"
  {
    local note="" start expected actual count
    grep -q "^$name:" "$known" 2>/dev/null && note=" [known failure: $(grep "^$name:" "$known" | cut -d: -f2- | head -c 120)]"
    if ! (cd "$dir" && ocamlc -compat-32 "$name.ml" -o "$name.byte" 2> ocamlc.err); then
      echo "FAIL $name (ocamlc: $(head -c 300 "$dir/ocamlc.err" | tr '\n' ' '))"; echo FAIL > "$dir/verdict"; return
    fi
    ocamlrun "$dir/$name.byte" > "$dir/expected" 2>/dev/null; expected=$?
    start=$(date +%s)
    if ! "$kiln" build "$dir/$name.byte" -o "$dir/$name.elf" 2> "$dir/build.err"; then
      echo "FAIL $name (kiln build: $(head -c 300 "$dir/build.err" | tr '\n' ' '))$note"; echo FAIL > "$dir/verdict"; return
    fi
    "$kiln" run "$dir/$name.elf" --timeout 120 --count > "$dir/actual" 2> "$dir/run.err"; actual=$?
    count=$(grep -o '[0-9]* instructions' "$dir/run.err" | head -1)
    if [ $actual -eq $expected ] && cmp -s "$dir/expected" "$dir/actual"; then
      echo "ok   $name (exit $actual, $count, build+run $(( $(date +%s) - start ))s)$note"; echo ok > "$dir/verdict"
    else
      echo "FAIL $name (exit $actual, expected $expected)$note"; diff "$dir/expected" "$dir/actual" | head -8; grep -v instructions "$dir/run.err" | head -3
      echo FAIL > "$dir/verdict"
    fi
  } > "$dir/report" 2>&1
}

running=0
for name in "${names[@]}"; do
  if [ $running -ge "$jobs" ]; then wait -n; running=$((running-1)); fi
  (run_one "$name"; cat "$work/$name/report") &
  running=$((running+1))
done
wait
passed=$(cat "$work"/*/verdict 2>/dev/null | grep -c '^ok'); failed=$(( ${#names[@]} - passed ))
echo "$passed passed, $failed failed"
