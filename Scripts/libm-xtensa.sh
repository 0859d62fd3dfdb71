#!/bin/sh
# Builds Runtime/Core/Math as Embedded Swift, retargets the IR to Xtensa (XTENSA-FACTS.md,
# "Swift -> IR for the runtime") and compiles it with LLVM's Xtensa back end, the reference
# until Kiln's own back end builds the runtime. The same steps as softfloat-xtensa.sh.
# Prints the text size; the soft-float routines the code calls stay undefined here.
#
#   Scripts/libm-xtensa.sh [output-directory]     (default: .build/libm-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/.build/libm-xtensa"}
mkdir -p "$out"

swiftc -target riscv32-none-none-eabi -enable-experimental-feature Embedded -wmo \
    -parse-as-library -O -module-name KilnMath -emit-ir \
    "$root"/Runtime/Core/Math/*.swift -o "$out/libm-riscv32.ll"

sed -e 's/^target triple = .*/target triple = "xtensa"/' \
    -e 's/^target datalayout = .*/target datalayout = "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32"/' \
    -e 's/ "target-cpu"="[^"]*"//g' -e 's/ "target-features"="[^"]*"//g' \
    "$out/libm-riscv32.ll" > "$out/libm.ll"

# libm.o for the esp32 profile, libm-qemu.o for QEMU's dc233c (no MUL32_HIGH).
llc-22 -mtriple=xtensa -mcpu=esp32 -O2 "$out/libm.ll" -o "$out/libm.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/libm.s" -o "$out/libm.o"
llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high -O2 "$out/libm.ll" -o "$out/libm-qemu.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/libm-qemu.s" -o "$out/libm-qemu.o"
llvm-size-22 "$out/libm.o" "$out/libm-qemu.o"
