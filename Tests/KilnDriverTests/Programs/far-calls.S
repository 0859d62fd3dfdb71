# Far calls: call8 and call12 to functions placed 600 KB after the caller, beyond the
# ±512 KiB a CALLn reaches; the linker must route them through veneers.
    .text
    .global far_call
    .p2align 2
far_call:                   # int far_call(int x) = far_twice(x) + far_static(1), both 600 KB away
    entry   a1, 32
    or      a10, a2, a2
    call8   far_twice
    or      a2, a10, a10
    movi    a10, 1
    call8   far_static
    add     a2, a2, a10
    movi    a14, 5
    call12  far_twice
    add     a2, a2, a14
    retw

    .section .text.far, "ax"
    .space  600000
    .global far_twice
    .p2align 2
far_twice:
    entry   a1, 32
    add     a2, a2, a2
    retw
    .p2align 2
far_static:
    entry   a1, 32
    addi    a2, a2, 100
    retw
