# MOVSP after the caller's window was spilled, for each call size: the alloca exception
# handler must refill the caller's registers with the underflow handler of that size.
#
# int movsp_after_call4(int n), movsp_after_call8(int n), movsp_after_call12(int n):
# call a helper with call4/8/12; the helper recurses n levels deep in C (spilling every
# older window), then moves its stack pointer down and back up with MOVSP, and returns
# 1000 + n. The caller checks that values it kept in registers survived.

    .text
    .p2align 2
.Lspill:    .long spill_windows

    .global movsp_after_call4
    .p2align 2
movsp_after_call4:
    entry   a1, 32
    movi    a3, 77              # kept in the caller's window across the call
    or      a6, a2, a2
    call4   .Lhelper4
    movi    a5, 77
    bne     a3, a5, 9f
    or      a2, a6, a6
    retw
9:  ill

    .global movsp_after_call8
    .p2align 2
movsp_after_call8:
    entry   a1, 32
    movi    a7, 88
    or      a10, a2, a2
    call8   .Lhelper8
    movi    a5, 88
    bne     a7, a5, 9f
    or      a2, a10, a10
    retw
9:  ill

    .global movsp_after_call12
    .p2align 2
movsp_after_call12:
    entry   a1, 48
    movi    a11, 99
    or      a14, a2, a2
    call12  .Lhelper12
    movi    a5, 99
    bne     a11, a5, 9f
    or      a2, a14, a14
    retw
9:  ill

# The helpers: identical bodies, entered by different call sizes.
    .p2align 2
.Lhelper4:
    entry   a1, 32
    j       .Lbody
    .p2align 2
.Lhelper8:
    entry   a1, 32
    j       .Lbody
    .p2align 2
.Lhelper12:
    entry   a1, 32
.Lbody:
    or      a10, a2, a2
    l32r    a8, .Lspill
    callx8  a8                  # spill_windows(n): deep enough to spill our caller
    addi    a8, a1, -16
    movsp   a1, a8              # the caller's window is not live: alloca exception
    addi    a8, a1, 16
    movsp   a1, a8
    movi    a8, 1000
    add     a2, a2, a8
    retw
