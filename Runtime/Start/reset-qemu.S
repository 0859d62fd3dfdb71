# Reset stub for QEMU's `sim` machine (qemu profile only).
#
# QEMU loads the ELF and then resets the CPU, so execution begins at the reset vector
# 0xFE000000 rather than at the ELF entry. The stub jumps to _start; J cannot reach low RAM
# from there, hence a literal and JX. L32R only reads backward, so the literal sits between
# a jump over it and the load.

    .section .ResetVector.text, "ax"
    .global _ResetVector
_ResetVector:
    j       .Lreset_go
    .p2align 2
.Lreset_target:
    .long   _start
.Lreset_go:
    l32r    a2, .Lreset_target
    jx      a2
