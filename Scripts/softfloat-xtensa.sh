#!/bin/sh
# Builds Runtime/Core/SoftFloat as Embedded Swift, retargets the IR to Xtensa (see
# XTENSA-FACTS.md, "Swift -> IR for the runtime") and compiles it with LLVM's Xtensa back
# end, the reference until Kiln's own back end builds the runtime. Prints the text size.
#
#   Scripts/softfloat-xtensa.sh [output-directory]     (default: .build/softfloat-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/.build/softfloat-xtensa"}
mkdir -p "$out"

swiftc -target riscv32-none-none-eabi -enable-experimental-feature Embedded -wmo \
    -parse-as-library -O -module-name KilnSoftFloat -emit-ir \
    "$root"/Runtime/Core/SoftFloat/*.swift -o "$out/softfloat-riscv32.ll"

# Xtensa's triple and data layout; target-cpu/target-features name RISC-V features.
sed -e 's/^target triple = .*/target triple = "xtensa"/' \
    -e 's/^target datalayout = .*/target datalayout = "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32"/' \
    -e 's/ "target-cpu"="[^"]*"//g' -e 's/ "target-features"="[^"]*"//g' \
    "$out/softfloat-riscv32.ll" > "$out/softfloat.ll"

# llc -filetype=obj misplaces inline literal pools (XTENSA-FACTS.md): go through llvm-mc.
# softfloat.o is for the esp32 profile; softfloat-qemu.o for QEMU's dc233c, which lacks
# MUL32_HIGH (there the 32 x 32 -> 64-bit products become __muldi3 calls).
llc-22 -mtriple=xtensa -mcpu=esp32 -O2 "$out/softfloat.ll" -o "$out/softfloat.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/softfloat.s" -o "$out/softfloat.o"
llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high -O2 "$out/softfloat.ll" -o "$out/softfloat-qemu.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/softfloat-qemu.s" -o "$out/softfloat-qemu.o"
llvm-size-22 "$out/softfloat.o" "$out/softfloat-qemu.o"
