# Exact instruction counting with the ICOUNT debug register (both profiles). ICOUNT
# increments for every instruction retired while the current interrupt level is below
# ICOUNTLEVEL; level 1 counts ordinary code but not the window and exception handlers,
# and QEMU makes the count identical from run to run. C declarations: kiln/platform.h.

# void kiln_icount_start(void): ICOUNT := 0 and start counting.
    .section .text.kiln_icount_start, "ax"
    .global kiln_icount_start
    .type kiln_icount_start, @function
    .p2align 2
kiln_icount_start:
    entry   a1, 32
    movi    a2, 0
    wsr     a2, icount
    movi    a2, 1
    wsr     a2, icountlevel
    isync
    retw

# void kiln_icount_stop(void): freeze ICOUNT (kiln_exit then reports the frozen value).
    .section .text.kiln_icount_stop, "ax"
    .global kiln_icount_stop
    .type kiln_icount_stop, @function
    .p2align 2
kiln_icount_stop:
    entry   a1, 32
    movi    a2, 0
    wsr     a2, icountlevel
    isync
    retw

# unsigned kiln_icount_read(void)
    .section .text.kiln_icount_read, "ax"
    .global kiln_icount_read
    .type kiln_icount_read, @function
    .p2align 2
kiln_icount_read:
    entry   a1, 32
    rsr     a2, icount
    retw

# void _kiln_report_icount(void): "kiln-icount N\n" on the error console.
    .section .text._kiln_report_icount, "ax"
    .p2align 2
.Li_msg:        .long .Lstr_icount
.Li_puts:       .long _kiln_err_puts
.Li_dec:        .long _kiln_err_dec
.Li_nl:         .long .Lstr_icount_nl
    .global _kiln_report_icount
    .type _kiln_report_icount, @function
    .p2align 2
_kiln_report_icount:
    entry   a1, 32
    rsr     a2, icount
    l32r    a10, .Li_msg
    l32r    a8, .Li_puts
    callx8  a8
    or      a10, a2, a2
    l32r    a8, .Li_dec
    callx8  a8
    l32r    a10, .Li_nl
    l32r    a8, .Li_puts
    callx8  a8
    retw

    .section .rodata.kiln_icount, "a"
.Lstr_icount:    .asciz "kiln-icount "
.Lstr_icount_nl: .asciz "\n"
