#!/bin/bash
# Kiln's bytecode interpreter on the device: each Samples/ocaml benchmark built with
# `kiln build --interpret` and run on QEMU with the exact instruction count (`kiln run
# --count`). The output and exit code must equal ocamlrun's (the oracle), else the line
# says MISMATCH and the script exits 1. Prints a Markdown table (Docs/benchmarks.md,
# "Interpreter calibration") with the interpreter's code size (its `interpret` function).
# Usage: Scripts/interpreter-device-counts.sh [name...]
#   KILN=path/to/kiln (default .build/release/kiln)   HEAP=8M (kiln build --heap: hashmap,
#   quicksort and strings run out of memory in the default 256 KiB, as in `kiln bench`)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-$root/.build/release/kiln}
heap=${HEAP:-8M}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(cd "$root/Samples/ocaml" && ls *.ml | sed 's/\.ml$//'))
status=0
echo "| program | interpreted instructions (QEMU) |"
echo "|---|---:|"
for name in "${names[@]}"; do
  dir=$work/$name; mkdir -p "$dir"; cp "$root/Samples/ocaml/$name.ml" "$dir/"
  (cd "$dir" && ocamlc -compat-32 "$name.ml" -o "$name.byte") || { echo "| $name | ocamlc failed |"; status=1; continue; }
  ocamlrun "$dir/$name.byte" > "$dir/expected" 2>/dev/null; expected=$?
  if ! "$kiln" build "$dir/$name.byte" --interpret --heap "$heap" -o "$dir/i.elf" 2> "$dir/build.err"; then
    echo "| $name | kiln build failed: $(head -c 200 "$dir/build.err" | tr '\n|' '  ') |"; status=1; continue
  fi
  "$kiln" run "$dir/i.elf" --timeout 900 --count > "$dir/out" 2> "$dir/err"; code=$?
  count=$(grep -o '[0-9]* instructions' "$dir/err" | grep -o '[0-9]*')
  if [ "$code" != "$expected" ] || ! cmp -s "$dir/expected" "$dir/out"; then count="MISMATCH (exit $code)"; status=1; fi
  echo "| $name | $count |"
done
exit $status
