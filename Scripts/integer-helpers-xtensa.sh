#!/bin/sh
# Builds Runtime/Core/IntegerHelpers (libgcc's 64-bit multiply/divide helpers) for Xtensa
# with LLVM's back end: integer-helpers.o (esp32) and integer-helpers-qemu.o (dc233c).
# See Scripts/embedded-xtensa.sh.
#
#   Scripts/integer-helpers-xtensa.sh [output-directory]     (default: .build/integer-helpers-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec sh "$root/Scripts/embedded-xtensa.sh" integer-helpers KilnIntegerHelpers "${1:-"$root/.build/integer-helpers-xtensa"}" \
    "$root"/Runtime/Core/IntegerHelpers/*.swift
