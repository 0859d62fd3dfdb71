#!/bin/sh
# Builds Runtime/Core/Allocator (kiln_malloc, kiln_free, calloc, realloc, posix_memalign) for Xtensa
# with LLVM's back end: allocator.o (esp32) and allocator-qemu.o (dc233c). See
# Scripts/embedded-xtensa.sh.
#
#   Scripts/allocator-xtensa.sh [output-directory]     (default: .build/allocator-xtensa)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec sh "$root/Scripts/embedded-xtensa.sh" allocator KilnAllocator "${1:-"$root/.build/allocator-xtensa"}" "$root"/Runtime/Core/Allocator/*.swift
