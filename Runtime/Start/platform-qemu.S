# Platform layer for the qemu profile: console output and exit through QEMU's semihosting
# (`simcall` with a2 = call number: 1 exit, 4 write; -semihosting must be on, or simcall
# hangs), and exact instruction counting through ICOUNT. C declarations: kiln/platform.h.
#
# llvm-mc does not know `simcall`, so it is spelled as its bytes (0x005100), which both
# Kiln's assembler and llvm-mc accept.

# void _kiln_platform_init(void), called by _start before main. ATOMCTL: with its reset
# value (0x28) S32C1I on the sim's RAM raises LoadStoreError (EXCCAUSE 3), and Embedded
# Swift's reference counting uses S32C1I; 0x2A makes it an internal atomic operation for
# every cache attribute.
    .section .text._kiln_platform_init, "ax"
    .global _kiln_platform_init
    .type _kiln_platform_init, @function
    .p2align 2
_kiln_platform_init:
    entry   a1, 32
    movi    a2, 0x2A
    wsr     a2, atomctl
    rsync
    retw

# void kiln_console_write(const char *buf, unsigned len): to standard output.
    .section .text.kiln_console_write, "ax"
    .global kiln_console_write
    .type kiln_console_write, @function
    .p2align 2
kiln_console_write:
    entry   a1, 32
    or      a5, a3, a3
    or      a4, a2, a2
    movi    a3, 1
    movi    a2, 4
    .byte   0x00, 0x51, 0x00    # simcall
    retw

# void kiln_error_write(const char *buf, unsigned len): to standard error.
    .section .text.kiln_error_write, "ax"
    .global kiln_error_write
    .type kiln_error_write, @function
    .p2align 2
kiln_error_write:
    entry   a1, 32
    or      a5, a3, a3
    or      a4, a2, a2
    movi    a3, 2
    movi    a2, 4
    .byte   0x00, 0x51, 0x00    # simcall
    retw

# void _kiln_halt(int code): exits without reporting a count (used after a fault).
    .section .text._kiln_halt, "ax"
    .global _kiln_halt
    .type _kiln_halt, @function
    .p2align 2
_kiln_halt:
    entry   a1, 32
    or      a3, a2, a2
    movi    a2, 1
    .byte   0x00, 0x51, 0x00    # simcall
1:  j       1b
