# Exact instruction counting with the ICOUNT debug register (both profiles). ICOUNT
# increments for every instruction retired while the current interrupt level is below
# ICOUNTLEVEL; level 1 counts ordinary code but not the window and exception handlers,
# and QEMU makes the count identical from run to run. C declarations: kiln/platform.h.
#
# Counts past 32 bits: when ICOUNT is 0xFFFFFFFF, the next counted instruction raises a
# debug exception (DEBUGCAUSE.IC) instead of wrapping. _kiln_icount_wrap adds one to
# _kiln_icount_wraps, sets ICOUNT to 0 and resumes that instruction, which then counts
# as 1: each wrap stands for 2^32 - 1 instructions. The count starts at
# kiln_icount_origin (0 unless a program defines it; tests start near the wrap).

# void kiln_icount_start(void): ICOUNT := 0 and start counting.
    .section .text.kiln_icount_start, "ax"
    .global kiln_icount_start
    .type kiln_icount_start, @function
    .p2align 2
.Ls_wraps:      .long _kiln_icount_wraps
.Ls_origin:     .long kiln_icount_origin
kiln_icount_start:
    entry   a1, 32
    movi    a2, 0
    l32r    a3, .Ls_wraps
    s32i    a2, a3, 0
    l32r    a3, .Ls_origin
    l32i    a3, a3, 0
    wsr     a3, icount
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
.Li_space:      .long .Lstr_icount_space
.Li_wraps:      .long _kiln_icount_wraps
.Li_origin:     .long kiln_icount_origin
    .global _kiln_report_icount
    .type _kiln_report_icount, @function
    .p2align 2
_kiln_report_icount:
    entry   a1, 32
    # count = wraps * (2^32 - 1) + ICOUNT - origin, as 64 bits hi:lo in a5:a2
    rsr     a2, icount
    l32r    a3, .Li_wraps
    l32i    a3, a3, 0
    l32r    a4, .Li_origin
    l32i    a4, a4, 0
    or      a5, a3, a3
    bgeu    a2, a3, 1f
    addi    a5, a5, -1
1:  sub     a2, a2, a3
    bgeu    a2, a4, 2f
    addi    a5, a5, -1
2:  sub     a2, a2, a4
    l32r    a10, .Li_msg
    l32r    a8, .Li_puts
    callx8  a8
    or      a10, a2, a2
    l32r    a8, .Li_dec
    callx8  a8
    beqz    a5, 3f              # "kiln-icount LO HI" when the count needs 64 bits
    l32r    a10, .Li_space
    l32r    a8, .Li_puts
    callx8  a8
    or      a10, a5, a5
    l32r    a8, .Li_dec
    callx8  a8
3:  l32r    a10, .Li_nl
    l32r    a8, .Li_puts
    callx8  a8
    retw

    .section .rodata.kiln_icount, "a"
.Lstr_icount:    .asciz "kiln-icount "
.Lstr_icount_nl: .asciz "\n"
.Lstr_icount_space: .asciz " "

# The debug vector's ICOUNT path, at level 6 with the interrupted a0 in EXCSAVE6. Only
# level-0 code is counted, so EXCSAVE1 (a level-1 handler's scratch) is free here.
    .section .startup.text, "ax"   # beside the vectors (IRAM on the ESP32), within J range
    .p2align 2
.Lw_wraps:      .long _kiln_icount_wraps
    .global _kiln_icount_wrap
_kiln_icount_wrap:
    wsr     a2, excsave1
    movi    a0, 0
    wsr     a0, icount
    l32r    a0, .Lw_wraps
    l32i    a2, a0, 0
    addi    a2, a2, 1
    s32i    a2, a0, 0
    rsr     a2, excsave1
    rsr     a0, excsave6
    rfi     6

    .section .bss._kiln_icount_wraps, "aw", @nobits
    .p2align 2
    .global _kiln_icount_wraps
_kiln_icount_wraps:
    .space  4

# Where ICOUNT starts; a strong definition in a program overrides this one.
    .section .rodata.kiln_icount_origin, "a"
    .p2align 2
    .weak   kiln_icount_origin
kiln_icount_origin:
    .long   0
