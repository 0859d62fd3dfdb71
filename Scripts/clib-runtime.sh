#!/bin/sh
# Builds the whole runtime core for QEMU's dc233c the way the C library's tests need it,
# until `kiln build` builds and links the runtime itself (issue 5, point 1): every
# Runtime/Core/**/*.swift as one Embedded Swift module through LLVM's Xtensa back end
# (Scripts/embedded-xtensa.sh), the C files (variadic.c, ...) through clang-22 and llc-22
# (or Kiln's back end, below), the assembly (setjmp.S) through `kiln as`. Prints the
# objects to link, one per line.
#
#   Scripts/clib-runtime.sh [kiln-binary] [output-directory]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${1:-"$root/.build/debug/kiln"}
out=${2:-"$root/.build/clib-runtime"}
mkdir -p "$out"
sh "$root/Scripts/embedded-xtensa.sh" runtime KilnRuntime "$out" $(find "$root/Runtime/Core" -name '*.swift' | sort) >/dev/null
echo "$out/runtime-qemu.o"
# C through clang-22 and llc-22; KILN_RUNTIME_C=kiln uses Kiln's back end (`kiln build -c`),
# which compiles all of it today but passes byval parameters (vsnprintf's va_list) in a
# register where llc-22 passes the struct on the stack (Docs/runtime.md, "Tests").
for source in $(find "$root/Runtime/Core" -name '*.c' | sort); do
    name=$(basename "$source" .c)
    if [ "${KILN_RUNTIME_C:-llc}" = llc ]; then
        clang-22 --target=xtensa -O2 -ffreestanding -nostdlibinc -isystem "$root/Runtime/include" \
            -S -emit-llvm "$source" -o "$out/$name.ll"
        llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high -O2 "$out/$name.ll" -o "$out/$name.s"
        llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/$name.s" -o "$out/$name.o"
    else
        "$kiln" build "$source" -c -o "$out/$name.o"
    fi
    echo "$out/$name.o"
done
for source in $(find "$root/Runtime/Core" -name '*.S' | sort); do
    name=$(basename "$source" .S)
    "$kiln" as "$source" -o "$out/$name.o"
    echo "$out/$name.o"
done
