#!/bin/sh
# Builds one piece of the runtime as Embedded Swift, retargets the IR to Xtensa (see
# XTENSA-FACTS.md, "Swift -> IR for the runtime") and compiles it with LLVM's Xtensa back
# end, the reference until Kiln's own back end builds the runtime. Prints the text size.
#
#   Scripts/embedded-xtensa.sh <name> <swift-module-name> <output-directory> <source.swift>...
#
# Writes <name>.o for the esp32 profile and <name>-qemu.o for QEMU's dc233c, which lacks
# MUL32_HIGH (there 32 x 32 -> 64-bit products become __muldi3 calls).
set -eu
name=$1 module=$2 out=$3
shift 3
mkdir -p "$out"
root=$(cd "$(dirname "$0")/.." && pwd)

swiftc -target riscv32-none-none-eabi -enable-experimental-feature Embedded -wmo \
    -parse-as-library -O -I "$root/Runtime/include" -module-name "$module" -emit-ir "$@" -o "$out/$name-riscv32.ll"

# Xtensa's triple and data layout; target-cpu/target-features name RISC-V features.
sed -e 's/^target triple = .*/target triple = "xtensa"/' \
    -e 's/^target datalayout = .*/target datalayout = "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32"/' \
    -e 's/ "target-cpu"="[^"]*"//g' -e 's/ "target-features"="[^"]*"//g' \
    "$out/$name-riscv32.ll" > "$out/$name.ll"

# llc -filetype=obj misplaces inline literal pools (XTENSA-FACTS.md): go through llvm-mc.
llc-22 -mtriple=xtensa -mcpu=esp32 -O2 "$out/$name.ll" -o "$out/$name.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/$name.s" -o "$out/$name.o"
llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high -O2 "$out/$name.ll" -o "$out/$name-qemu.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/$name-qemu.s" -o "$out/$name-qemu.o"
llvm-size-22 "$out/$name.o" "$out/$name-qemu.o"
