#!/bin/sh
# Builds Runtime/Core/SoftFloat for Xtensa with LLVM's back end: softfloat.o (esp32) and
# softfloat-qemu.o (dc233c), with the integer helper its 32 x 32 -> 64-bit products use
# (DoubleWord.multiplyFull, IntegerHelpers).
# See Scripts/embedded-xtensa.sh.
#
#   Scripts/softfloat-xtensa.sh [output-directory]     (default: .build/softfloat-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec sh "$root/Scripts/embedded-xtensa.sh" softfloat KilnSoftFloat "${1:-"$root/.build/softfloat-xtensa"}" \
    "$root"/Runtime/Core/SoftFloat/*.swift "$root"/Runtime/Core/IntegerHelpers/DoubleWord.swift
