# Far calls that cascade: each veneer pushes another call out of reach. Caller x<k> calls
# t<k> backward across 512 KiB; x0's call is one word out of call8's reach, x<k>'s 12k - 4
# bytes inside it. The veneer of x0 (12 bytes, right after x0) lies between each later
# caller and its target and pushes x1's call out of reach, but no other; x1's veneer then
# pushes x2's out, and so on: a linker that only gives veneers to the calls out of reach
# now needs a round per caller. (txt_escape_compare, just over 512 KiB, failed to link so:
# the veneers of its calls into the runtime pushed its calls back to caml_apply_array out.)
#
# t<k> is 24 bytes, x<k> 12 (entry 3, movi.n 2, call8 3, mov.n 2, retw.n 2), each x<k> in
# its own section so that veneers land between them. x<k>'s call8 sits at x<k>+5 and its
# offset counts words from x<k>+8: x0 + 8 - t0 = 240 + 524044 + 8 = 524292 bytes, 2^17 + 1
# words back where call8 reaches 2^17; x<k>'s distance is 12k bytes less.
    .section .text.targets, "ax"
    .p2align 2
t0:                         # int t0(int x) = 3x + 100
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 100
    nop
    nop
    nop
    retw
    .p2align 2
t1:                         # int t1(int x) = 3x + 101
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 101
    nop
    nop
    nop
    retw
    .p2align 2
t2:                         # int t2(int x) = 3x + 102
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 102
    nop
    nop
    nop
    retw
    .p2align 2
t3:                         # int t3(int x) = 3x + 103
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 103
    nop
    nop
    nop
    retw
    .p2align 2
t4:                         # int t4(int x) = 3x + 104
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 104
    nop
    nop
    nop
    retw
    .p2align 2
t5:                         # int t5(int x) = 3x + 105
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 105
    nop
    nop
    nop
    retw
    .p2align 2
t6:                         # int t6(int x) = 3x + 106
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 106
    nop
    nop
    nop
    retw
    .p2align 2
t7:                         # int t7(int x) = 3x + 107
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 107
    nop
    nop
    nop
    retw
    .p2align 2
t8:                         # int t8(int x) = 3x + 108
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 108
    nop
    nop
    nop
    retw
    .p2align 2
t9:                         # int t9(int x) = 3x + 109
    entry   a1, 32
    addx2   a2, a2, a2
    addi    a2, a2, 109
    nop
    nop
    nop
    retw
    .space  524044

    .section .text.x0, "ax"
    .p2align 2
x0:
    entry   a1, 32
    movi.n  a10, 1
    call8   t0
    mov.n   a2, a10
    retw.n

    .section .text.x1, "ax"
    .p2align 2
x1:
    entry   a1, 32
    movi.n  a10, 2
    call8   t1
    mov.n   a2, a10
    retw.n

    .section .text.x2, "ax"
    .p2align 2
x2:
    entry   a1, 32
    movi.n  a10, 3
    call8   t2
    mov.n   a2, a10
    retw.n

    .section .text.x3, "ax"
    .p2align 2
x3:
    entry   a1, 32
    movi.n  a10, 4
    call8   t3
    mov.n   a2, a10
    retw.n

    .section .text.x4, "ax"
    .p2align 2
x4:
    entry   a1, 32
    movi.n  a10, 5
    call8   t4
    mov.n   a2, a10
    retw.n

    .section .text.x5, "ax"
    .p2align 2
x5:
    entry   a1, 32
    movi.n  a10, 6
    call8   t5
    mov.n   a2, a10
    retw.n

    .section .text.x6, "ax"
    .p2align 2
x6:
    entry   a1, 32
    movi.n  a10, 7
    call8   t6
    mov.n   a2, a10
    retw.n

    .section .text.x7, "ax"
    .p2align 2
x7:
    entry   a1, 32
    movi.n  a10, 8
    call8   t7
    mov.n   a2, a10
    retw.n

    .section .text.x8, "ax"
    .p2align 2
x8:
    entry   a1, 32
    movi.n  a10, 9
    call8   t8
    mov.n   a2, a10
    retw.n

    .section .text.x9, "ax"
    .p2align 2
x9:
    entry   a1, 32
    movi.n  a10, 10
    call8   t9
    mov.n   a2, a10
    retw.n

    .section .text.far_cascade, "ax"
    .global far_cascade
    .p2align 2
far_cascade:                # int far_cascade(void) = sum of t<k>(k + 1) for k = 0..9
    entry   a1, 32
    movi    a3, 0
    call8   x0
    add     a3, a3, a10
    call8   x1
    add     a3, a3, a10
    call8   x2
    add     a3, a3, a10
    call8   x3
    add     a3, a3, a10
    call8   x4
    add     a3, a3, a10
    call8   x5
    add     a3, a3, a10
    call8   x6
    add     a3, a3, a10
    call8   x7
    add     a3, a3, a10
    call8   x8
    add     a3, a3, a10
    call8   x9
    add     a3, a3, a10
    mov     a2, a3
    retw
