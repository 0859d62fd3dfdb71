# Every directive `kiln as` supports, in one program. The test assembles it with Kiln and
# with llvm-mc-22 (after replacing `.word` and `.rodata`, which llvm-mc does not accept)
# and compares section bytes and relocations.
        .set    STACK_SIZE, 0x400            # .set: an absolute symbol
        .set    WORDS, STACK_SIZE / 4 - 1    # expressions over symbols and constants
        .global main
        .global counter
        .local  helper
        .type   main, @function
        .type   counter, @object

        .text
        .literal_position
        .literal .Lbig, 0x12345678
        .literal .Lptr, counter + 8
        .p2align 2
main:
        entry   a1, 32
        movi    a2, 2047                     # fits MOVI
        movi    a3, -2048
        movi    a4, 2048                     # out of range: becomes l32r + literal
        movi    a5, message                  # symbolic: l32r + literal
        l32r    a6, .Lbig
        l32r    a7, .Lptr
        addi    a2, a2, (WORDS & 0x7f) - 1
        movi    a8, 10
1:      addi.n  a8, a8, -1                   # local numeric labels
        bnez    a8, 1b
        beqz    a8, 1f
        j       2f
1:      call8   helper
        call8   external_function
2:      bbci    a2, 31, .Ldone
        bgeui   a2, 65536, .Ldone
        loop    a8, .Ldone
        extui   a9, a2, 4, 12
.Ldone:
        retw.n
        .size   main, . - main

        .align  2                            # 2^2 bytes, as llvm-mc reads it
helper:
        entry   a1, 32
        rsr     a10, ps
        mov     a11, a10                     # alias of or a11, a10, a10
        wsr     a10, excsave1
        slli    a10, a10, 31
        srai    a10, a10, 7
        retw

        .section .text.cold,"ax",@progbits
cold:
        movi    a2, 100000                   # its literal goes to .literal.cold
        j       helper
        call8   main

        .data
        .p2align 2
counter:
        .word   42
        .long   main, counter + 4, external_data - 8
        .long   .Lend - counter              # same-section difference: a constant
        .short  0x1234, -1
        .byte   1, 2, 'A', 0xff
        .ascii  "abc", "\n"
        .asciz  "zero\tterminated\x21"
        .balign 8
        .space  3, 0xaa
        .org    64
.Lend:  .byte   0x55
        .size   counter, 4

        .rodata
message:
        .asciz  "hello, world\n"
        .align  3

        .bss
        .p2align 4
stack:
        .space  STACK_SIZE
        .zero   16
