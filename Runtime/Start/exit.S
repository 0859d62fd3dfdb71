# kiln_exit, the same on every target: the platform files supply _kiln_halt, which ends
# the program the way the target can (semihosting exit on QEMU, a halt loop on the ESP32).
#
# void kiln_exit(int code): stops counting, reports the count, ends the program with `code`.
# The count goes to standard error as a line "kiln-icount N"; `kiln run` takes it out of
# the stream and prints it only with --count.
    .section .text.kiln_exit, "ax"
    .p2align 2
.Lx_report:     .long _kiln_report_icount
.Lx_halt:       .long _kiln_halt
    .global kiln_exit
    .type kiln_exit, @function
    .p2align 2
kiln_exit:
    entry   a1, 32
    movi    a3, 0
    wsr     a3, icountlevel
    isync
    l32r    a8, .Lx_report
    callx8  a8
    or      a10, a2, a2
    l32r    a8, .Lx_halt
    callx8  a8
1:  j       1b

