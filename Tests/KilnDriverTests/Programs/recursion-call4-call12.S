# Recursion through call4 and call12, keeping values in the registers each call size
# must preserve, so that every window overflow/underflow handler is exercised.
    .text
    .global rec4
    .p2align 2
rec4:                           # int rec4(int n) = n, recursing with call4
    entry   a1, 32
    or      a3, a2, a2          # must survive the call (our a0-a3 are not the callee's)
    beqz    a2, 1f
    addi    a6, a2, -1          # callee's a2
    call4   rec4
    bne     a3, a2, 2f
    addi    a2, a6, 1
    retw
1:  movi    a2, 0
    retw
2:  ill

    .global rec12
    .p2align 2
rec12:                          # int rec12(int n) = n, recursing with call12
    entry   a1, 48
    or      a4, a2, a2          # a4-a11 survive call12 through the extra save area
    or      a11, a2, a2
    beqz    a2, 1f
    addi    a14, a2, -1         # callee's a2
    call12  rec12
    bne     a4, a11, 2f
    bne     a4, a2, 2f
    addi    a2, a14, 1
    retw
1:  movi    a2, 0
    retw
2:  ill
