#!/bin/sh
# Builds Runtime/Core/Format (number formatting and parsing) for Xtensa with LLVM's back
# end: format.o (esp32) and format-qemu.o (dc233c). See Scripts/embedded-xtensa.sh.
#
#   Scripts/format-xtensa.sh [output-directory]     (default: .build/format-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec sh "$root/Scripts/embedded-xtensa.sh" format KilnFormat "${1:-"$root/.build/format-xtensa"}" "$root"/Runtime/Core/Format/*.swift
