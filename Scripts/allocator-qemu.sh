#!/bin/sh
# The allocator on the emulated core: Runtime/Core/Allocator built for dc233c (through
# Scripts/allocator-xtensa.sh), Tests/AllocatorTests/Device/workload.c compiled by Kiln's
# own back end, linked by Kiln with the startup code, run in QEMU. The exit code is the
# workload's: 0 when every check passed (see workload.c for the others).
#
#   Scripts/allocator-qemu.sh [kiln-binary] [output-directory]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${1:-"$root/.build/debug/kiln"}
out=${2:-"$root/.build/allocator-qemu"}
device="$root/Tests/AllocatorTests/Device"
mkdir -p "$out"
sh "$root/Scripts/allocator-xtensa.sh" "$out" >/dev/null
clang-22 --target=xtensa -O2 -ffreestanding -fno-builtin -S -emit-llvm "$device/support.c" -o "$out/support.ll"
llc-22 -mtriple=xtensa -mcpu=esp32 -mattr=-mul32high -O2 "$out/support.ll" -o "$out/support.s"
llvm-mc-22 -triple=xtensa -mcpu=esp32 -filetype=obj "$out/support.s" -o "$out/support.o"
"$kiln" build "$device/workload.c" -c -o "$out/workload.o"
"$kiln" link "$out/workload.o" "$out/support.o" "$out/allocator-qemu.o" -o "$out/allocator-workload.elf"
exec "$kiln" run "$out/allocator-workload.elf" --count
