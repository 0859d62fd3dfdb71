#!/bin/bash
# Runs every program of Tests/OCamlProgramsTests/Programs through ocamlrun (the oracle) and
# through `kiln build` + `kiln run` (QEMU); prints one line per program and a summary line
# "N passed, M failed". Usage: Scripts/ocaml-corpus.sh [name...]   (KILN=path/to/kiln)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-$root/.build/debug/kiln}
programs=$root/Tests/OCamlProgramsTests/Programs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(cd "$programs" && ls *.ml | sed 's/\.ml$//'))
passed=0; failed=0
for name in "${names[@]}"; do
  dir=$work/$name; mkdir -p "$dir"; cp "$programs/$name.ml" "$dir/"
  (cd "$dir" && ocamlc -compat-32 "$name.ml" -o "$name.byte") || { echo "FAIL $name (ocamlc)"; failed=$((failed+1)); continue; }
  ocamlrun "$dir/$name.byte" > "$dir/expected" 2>/dev/null; expected=$?
  start=$(date +%s)
  if ! "$kiln" build "$dir/$name.byte" -o "$dir/$name.elf" 2> "$dir/build.err"; then
    echo "FAIL $name (kiln build: $(head -c 300 "$dir/build.err" | tr '\n' ' '))"; failed=$((failed+1)); continue
  fi
  "$kiln" run "$dir/$name.elf" --timeout 120 --count > "$dir/actual" 2> "$dir/run.err"; actual=$?
  count=$(grep -o '[0-9]* instructions' "$dir/run.err" | head -1)
  if [ $actual -eq $expected ] && cmp -s "$dir/expected" "$dir/actual"; then
    echo "ok   $name (exit $actual, $count, build+run $(( $(date +%s) - start ))s)"; passed=$((passed+1))
  else
    echo "FAIL $name (exit $actual, expected $expected)"; diff "$dir/expected" "$dir/actual" | head -8; grep -v instructions "$dir/run.err" | head -3
    failed=$((failed+1))
  fi
done
echo "$passed passed, $failed failed"
