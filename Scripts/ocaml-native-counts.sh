#!/bin/bash
# Native OCaml code on QEMU: for hello world and each Samples/ocaml benchmark, the exact
# instruction count (`kiln run --count`) of the native firmware and of the interpreted one
# (`kiln build --interpret`), their ratio, and the native firmware's sizes (llvm-size-22:
# text, data, bss). Every run's output must equal ocamlrun's (the oracle), else the line
# says MISMATCH and the script exits 1. Prints a Markdown table (Docs/benchmarks.md,
# "OCaml native code") and the geometric mean of the ratios over the benchmarks.
# Usage: Scripts/ocaml-native-counts.sh [name...]
#   KILN=path/to/kiln (default .build/release/kiln)   HEAP=256K (kiln build --heap)
#   NATIVE_ONLY=1 skips the interpreted runs.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${KILN:-$root/.build/release/kiln}
heap=${HEAP:-256K}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(hello $(cd "$root/Samples/ocaml" && ls *.ml | sed 's/\.ml$//'))
status=0

count() {   # firmware → instruction count, output in $2
  "$kiln" run "$1" --timeout 600 --count > "$2" 2> "$2.err"
  echo "$? $(grep -o '[0-9]* instructions' "$2.err" | grep -o '[0-9]*')"
}

echo "| program | native instructions | interpreted instructions | ratio | text | data | bss |"
echo "|---|---:|---:|---:|---:|---:|---:|"
logsum=0; n=0
for name in "${names[@]}"; do
  source=$root/Samples/ocaml/$name.ml
  [ -f "$source" ] || source=$root/Tests/OCamlFrontendTests/Programs/$name.ml
  dir=$work/$name; mkdir -p "$dir"; cp "$source" "$dir/$name.ml"
  (cd "$dir" && ocamlc -compat-32 "$name.ml" -o "$name.byte") || { echo "| $name | ocamlc failed |"; status=1; continue; }
  ocamlrun "$dir/$name.byte" > "$dir/expected" 2>/dev/null; expected=$?
  if ! "$kiln" build "$dir/$name.byte" --heap "$heap" -o "$dir/native.elf" 2> "$dir/build.err"; then
    echo "| $name | kiln build failed: $(head -c 200 "$dir/build.err" | tr '\n|' '  ') |"; status=1; continue
  fi
  read -r code native <<< "$(count "$dir/native.elf" "$dir/native.out")"
  if [ "$code" != "$expected" ] || ! cmp -s "$dir/expected" "$dir/native.out"; then native="MISMATCH (exit $code)"; status=1; fi
  interpreted=-; ratio=-
  if [ -z "${NATIVE_ONLY:-}" ] && "$kiln" build --interpret "$dir/$name.byte" --heap "$heap" -o "$dir/interp.elf" 2> "$dir/ibuild.err"; then
    read -r icode interpreted <<< "$(count "$dir/interp.elf" "$dir/interp.out")"
    if [ "$icode" != "$expected" ] || ! cmp -s "$dir/expected" "$dir/interp.out"; then interpreted="MISMATCH (exit $icode)"; status=1
    elif [[ "$native" =~ ^[0-9]+$ ]]; then
      ratio=$(awk -v a="$interpreted" -v b="$native" 'BEGIN { printf "%.2f", a / b }')
      if [ "$name" != hello ]; then logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN { print s + log(r) }'); n=$((n + 1)); fi
    fi
  fi
  read -r text data bss _ <<< "$(llvm-size-22 "$dir/native.elf" | tail -1)"
  echo "| $name | $native | $interpreted | $ratio | $text | $data | $bss |"
done
[ $n -gt 0 ] && awk -v s="$logsum" -v n="$n" 'BEGIN { printf "\ngeometric mean of interpreted/native over %d benchmarks: %.2f\n", n, exp(s / n) }'
echo "heap $heap (kiln build --heap), root stack and native stack as Docs/abi.md and Docs/firmware.md give them"
exit $status
