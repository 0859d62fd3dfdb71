#!/bin/sh
# Builds one C program against the C library and runs it in QEMU; the program's standard
# output and exit code pass through (`kiln run`). The runtime objects come from
# Scripts/clib-runtime.sh, built into the output directory's runtime/ once (delete it after
# changing the runtime), or from $KILN_CLIB_RUNTIME_DIR when set (a directory holding the
# list `objects` that clib-runtime.sh printed).
#
#   Scripts/clib-run.sh <program.c> [output-directory] [kiln-binary]
#
# The program is compiled by `kiln build -c` (Kiln's back end). Where Kiln's back end
# refuses it (today: calls to variadic functions such as printf, and floating point, which
# other branches are adding), KILN_CLIB_COMPILER=auto (the default) compiles it with
# clang-22 and llc-22 instead; =kiln forbids that. The compiler used is written to
# <output-directory>/<program>.compiler.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
program=$1
out=${2:-"$root/.build/clib-run"}
kiln=${3:-"$root/.build/debug/kiln"}
mode=${KILN_CLIB_COMPILER:-auto}
name=$(basename "$program" .c)
mkdir -p "$out"
runtime=${KILN_CLIB_RUNTIME_DIR:-"$out/runtime"}
if [ ! -f "$runtime/objects" ]; then
    mkdir -p "$runtime"
    sh "$root/Scripts/clib-runtime.sh" "$kiln" "$runtime" > "$runtime/objects.new"
    mv "$runtime/objects.new" "$runtime/objects"
fi
if "$kiln" build "$program" -c -o "$out/$name.o" 2> "$out/$name.kiln-errors"; then
    echo kiln > "$out/$name.compiler"
elif [ "$mode" = auto ]; then
    clang-22 --target=xtensa -O2 -ffreestanding -nostdlibinc -isystem "$root/Runtime/include" -w \
        -S -emit-llvm "$program" -o "$out/$name.ll"
    llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high -O2 "$out/$name.ll" -o "$out/$name.s"
    llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/$name.s" -o "$out/$name.o"
    echo llc > "$out/$name.compiler"
else
    cat "$out/$name.kiln-errors" >&2
    exit 1
fi
"$kiln" link "$out/$name.o" $(cat "$runtime/objects") -o "$out/$name.elf"
exec "$kiln" run "$out/$name.elf" ${KILN_CLIB_RUN_FLAGS:-}
