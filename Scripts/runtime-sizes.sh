#!/bin/sh
# Sizes of the runtime, per piece and in total, for each profile, built by Kiln's back end and
# by llc-22 (Docs/runtime.md, "Sizes"). Each piece (a folder of Runtime/Core) is compiled
# alone as Embedded Swift, then by `kiln build -c -O0` (Kiln's back end, no second
# optimisation, as the runtime build does) and by llc-22 + llvm-mc-22; the totals are the
# runtime objects `kiln runtime` builds and caches (one module, one section per function).
# Prints "piece profile backend text data bss" lines.
#
#   Scripts/runtime-sizes.sh [kiln-binary] [output-directory]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${1:-"$root/.build/debug/kiln"}
out=${2:-"$root/.build/runtime-sizes"}
mkdir -p "$out"
size() { llvm-size-22 "$@" | awk 'NR > 1 { t += $1; d += $2; b += $3 } END { print t, d, b }'; }
for dir in "$root"/Runtime/Core/*/; do
    piece=$(basename "$dir")
    ls "$dir"*.swift >/dev/null 2>&1 || continue
    swiftc -target riscv32-none-none-eabi -enable-experimental-feature Embedded -wmo -parse-as-library -O \
        -Xfrontend -disable-stack-protector -I "$root/Runtime/include" -module-name KilnRuntime \
        -emit-ir "$dir"*.swift -o "$out/$piece-riscv32.ll" 2>/dev/null
    # llc needs the triple, data layout and target attributes replaced (Kiln does this itself).
    sed -e 's/^target triple = .*/target triple = "xtensa"/' \
        -e 's/^target datalayout = .*/target datalayout = "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32"/' \
        -e 's/ "target-cpu"="[^"]*"//g' -e 's/ "target-features"="[^"]*"//g' "$out/$piece-riscv32.ll" > "$out/$piece.ll"
    for profile in qemu esp32; do
        "$kiln" build "$out/$piece.ll" -c -O0 --target "$profile" -o "$out/$piece-$profile-kiln.o"
        echo "$piece $profile kiln $(size "$out/$piece-$profile-kiln.o")"
        attr=""; [ "$profile" = qemu ] && attr="-mattr=-mul32high"
        llc-22 -mtriple=xtensa -mcpu=esp32 $attr -O2 "$out/$piece.ll" -o "$out/$piece-$profile-llc.s"
        llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/$piece-$profile-llc.s" -o "$out/$piece-$profile-llc.o"
        echo "$piece $profile llc $(size "$out/$piece-$profile-llc.o")"
    done
done
for profile in qemu esp32; do
    for backend in kiln llc; do
        echo "total $profile $backend $(size $("$kiln" runtime --target "$profile" --backend "$backend"))"
    done
done
