# int asm_apply(int (*f)(int), int x) = f(x) + 1: an indirect call8 back into C, then a
# direct call8 (R_XTENSA_SLOT0_OP on CALL8) to a function of this object.
    .text
    .global asm_apply
    .p2align 2
asm_apply:
    entry   a1, 32
    or      a10, a3, a3
    callx8  a2
    call8   asm_increment       # a10 is still f(x): pass it straight on
    or      a2, a10, a10
    retw

    .global asm_increment
    .p2align 2
asm_increment:
    entry   a1, 32
    addi    a2, a2, 1
    retw
