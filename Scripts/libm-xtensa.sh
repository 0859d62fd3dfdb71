#!/bin/sh
# Builds Runtime/Core/Math for Xtensa with LLVM's back end: libm.o (esp32) and libm-qemu.o
# (dc233c). The soft-float routines the code calls stay undefined here.
# See Scripts/embedded-xtensa.sh.
#
#   Scripts/libm-xtensa.sh [output-directory]     (default: .build/libm-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec sh "$root/Scripts/embedded-xtensa.sh" libm KilnMath "${1:-"$root/.build/libm-xtensa"}" "$root"/Runtime/Core/Math/*.swift
