# Hello world in Xtensa assembly, for Kiln's startup code (which calls `main` through the
# windowed ABI and exits with its return value). Console output uses QEMU's semihosting:
# simcall with a2 = 4 (write), a3 = file descriptor, a4 = buffer, a5 = length.
        .set    SYS_WRITE, 4
        .set    STDOUT, 1

        .text
        .global main
        .type   main, @function
        .p2align 2
main:
        entry   a1, 32
        movi    a2, SYS_WRITE
        movi    a3, STDOUT
        movi    a4, message                  # symbolic: assembled as l32r from a literal
        movi    a5, message_end - message
        simcall
        movi    a2, 0                        # exit code
        retw
        .size   main, . - main

        .rodata
message:
        .ascii  "Hello from Kiln's own assembler!\n"
message_end:
