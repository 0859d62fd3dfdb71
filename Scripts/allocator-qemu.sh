#!/bin/sh
# The allocator on the emulated core: Tests/AllocatorTests/Device/workload.c and support.c
# compiled by Kiln's own back end, linked by Kiln with the startup code and the runtime (whose
# allocator is under test; built by Kiln's back end, or by llc-22 with
# KILN_RUNTIME_BACKEND=llc), run in QEMU. The exit code is the workload's: 0 when every check
# passed (see workload.c for the others).
#
#   Scripts/allocator-qemu.sh [kiln-binary] [output-directory]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kiln=${1:-"$root/.build/debug/kiln"}
out=${2:-"$root/.build/allocator-qemu"}
device="$root/Tests/AllocatorTests/Device"
mkdir -p "$out"
"$kiln" build "$device/support.c" -c -o "$out/support.o"
"$kiln" build "$device/workload.c" -c -o "$out/workload.o"
"$kiln" link "$out/workload.o" "$out/support.o" -o "$out/allocator-workload.elf"
exec "$kiln" run "$out/allocator-workload.elf" --count
