# The fault reporter: every exception that is not a window or alloca exception ends here.
#
# Entered from a vector with PS.EXCM set (or in debug mode), a0 = vector kind (0 user,
# 1 kernel, 2 double, 3 debug) and the interrupted a0 in EXCSAVE1. It records the exception
# registers, abandons the interrupted register windows (nothing resumes), switches to a
# private stack so that a stack overflow can still be reported, and calls _kiln_report,
# which prints one line to the error console and exits with the documented code:
#
#   70 stack overflow (the stack guard's data breakpoint fired)
#   71 illegal instruction (EXCCAUSE 0)
#   72 memory fault (EXCCAUSE 2, 3, 9, 12-18, 20, 24-26, 28, 29)
#   73 integer divide by zero (EXCCAUSE 6)
#   74 double exception
#   75 any other exception or debug event

    .section .startup.text, "ax"
    .p2align 2
.Lfault_info:   .long _kiln_fault_info
.Lexc_stack:    .long _kiln_exception_stack_top
.Lps_report:    .long 0x0004002F    # PS: WOE | UM, INTLEVEL 15 (no further debug events)
.Lreport:       .long _kiln_report

    .global _kiln_fault
    .p2align 2
_kiln_fault:
    l32r    a1, .Lfault_info
    s32i    a0, a1, 0
    rsr     a2, exccause
    s32i    a2, a1, 4
    rsr     a2, epc1
    s32i    a2, a1, 8
    rsr     a2, excvaddr
    s32i    a2, a1, 12
    rsr     a2, depc
    s32i    a2, a1, 16
    rsr     a2, epc6            # debug level 6 on dc233c and on the ESP32
    s32i    a2, a1, 20
    rsr     a2, debugcause
    s32i    a2, a1, 24
    rsr     a2, dbreaka0
    s32i    a2, a1, 28

    movi    a2, 0
    wsr     a2, windowbase
    rsync
    movi    a2, 1
    wsr     a2, windowstart
    movi    a0, 0
    l32r    a3, .Lexc_stack
    addi    a1, a3, -32
    addi    a4, a3, -44         # SP - 12 (S32I offsets are unsigned)
    s32i    a3, a4, 0
    l32r    a2, .Lps_report
    wsr     a2, ps
    rsync
    l32r    a8, .Lreport
    callx8  a8
1:  j       1b

# void _kiln_report(void): prints the recorded fault and exits.
    .p2align 2
.Lr_info:       .long _kiln_fault_info
.Lr_prefix:     .long .Lstr_prefix
.Lr_overflow:   .long .Lstr_overflow
.Lr_double:     .long .Lstr_double
.Lr_debug:      .long .Lstr_debug
.Lr_cause:      .long .Lstr_cause
.Lr_epc:        .long .Lstr_epc
.Lr_vaddr:      .long .Lstr_vaddr
.Lr_depc:       .long .Lstr_depc
.Lr_guard:      .long .Lstr_guard
.Lr_newline:    .long .Lstr_newline
.Lr_names:      .long .Lcause_names
.Lr_codes:      .long .Lcause_codes
.Lr_puts:       .long _kiln_err_puts
.Lr_hex:        .long _kiln_err_hex
.Lr_dec:        .long _kiln_err_dec
.Lr_halt:       .long _kiln_halt

    .global _kiln_report
    .type _kiln_report, @function
    .p2align 2
_kiln_report:
    entry   a1, 48
    l32r    a7, .Lr_info
    l32r    a10, .Lr_prefix
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a2, a7, 0           # kind
    l32i    a3, a7, 4           # EXCCAUSE
    beqi    a2, 3, .Lr_debug_kind
    bnei    a2, 2, .Lr_named
    l32r    a10, .Lr_double     # a fault inside a handler: "double exception: <cause> ..."
    l32r    a8, .Lr_puts
    callx8  a8

    # "<name> (EXCCAUSE n) at EPC1 0x..., EXCVADDR 0x..."
.Lr_named:
    movi    a4, 40
    bltu    a3, a4, 1f
    movi    a3, 40              # causes past the table share its last entry
1:  l32r    a4, .Lr_names
    addx4   a4, a3, a4
    l32i    a10, a4, 0
    l32r    a8, .Lr_puts
    callx8  a8
    l32r    a4, .Lr_codes
    add     a4, a4, a3
    l8ui    a6, a4, 0           # exit code for this cause
    l32i    a2, a7, 0
    bnei    a2, 2, .Lr_registers
    movi    a6, 74              # double exceptions have their own code
    j       .Lr_registers

.Lr_debug_kind:
    l32i    a4, a7, 24          # DEBUGCAUSE
    bbci    a4, 2, 2f           # DB: a data breakpoint, i.e. the stack guard
    l32r    a10, .Lr_overflow
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 20         # EPC6
    l32r    a8, .Lr_hex
    callx8  a8
    l32r    a10, .Lr_guard
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 28         # the guard block
    l32r    a8, .Lr_hex
    callx8  a8
    movi    a6, 70
    j       .Lr_end
2:  l32r    a10, .Lr_debug
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 20
    l32r    a8, .Lr_hex
    callx8  a8
    movi    a6, 75
    j       .Lr_end

.Lr_registers:
    l32r    a10, .Lr_cause
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 4
    l32r    a8, .Lr_dec
    callx8  a8
    l32r    a10, .Lr_epc
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 8
    l32r    a8, .Lr_hex
    callx8  a8
    l32r    a10, .Lr_vaddr
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 12
    l32r    a8, .Lr_hex
    callx8  a8
    l32i    a2, a7, 0
    bnei    a2, 2, .Lr_end
    l32r    a10, .Lr_depc
    l32r    a8, .Lr_puts
    callx8  a8
    l32i    a10, a7, 16
    l32r    a8, .Lr_hex
    callx8  a8
.Lr_end:
    l32r    a10, .Lr_newline
    l32r    a8, .Lr_puts
    callx8  a8
    or      a10, a6, a6
    l32r    a8, .Lr_halt
    callx8  a8
3:  j       3b

# void _kiln_err_puts(const char *s): a NUL-terminated string to the error console.
    .p2align 2
.Lp_write:      .long kiln_error_write
    .global _kiln_err_puts
    .p2align 2
_kiln_err_puts:
    entry   a1, 32
    or      a10, a2, a2
    movi    a11, 0
1:  add     a3, a2, a11
    l8ui    a3, a3, 0
    beqz    a3, 2f
    addi    a11, a11, 1
    j       1b
2:  l32r    a8, .Lp_write
    callx8  a8
    retw

# void _kiln_err_hex(unsigned v): "0x" and eight hexadecimal digits.
    .p2align 2
.Lh_write:      .long kiln_error_write
.Lh_digits:     .long .Lstr_hexdigits
    .global _kiln_err_hex
    .p2align 2
_kiln_err_hex:
    entry   a1, 64              # the buffer is at SP, below the save areas
    movi    a3, 0x30            # '0'
    s8i     a3, a1, 0
    movi    a3, 0x78            # 'x'
    s8i     a3, a1, 1
    l32r    a4, .Lh_digits
    movi    a5, 9               # the last digit's offset
1:  extui   a3, a2, 0, 4
    add     a3, a4, a3
    l8ui    a3, a3, 0
    add     a6, a1, a5
    s8i     a3, a6, 0
    srli    a2, a2, 4
    addi    a5, a5, -1
    bgei    a5, 2, 1b
    or      a10, a1, a1
    movi    a11, 10
    l32r    a8, .Lh_write
    callx8  a8
    retw

# void _kiln_err_dec(unsigned v): decimal digits.
    .p2align 2
.Ld_write:      .long kiln_error_write
    .global _kiln_err_dec
    .p2align 2
_kiln_err_dec:
    entry   a1, 48
    addi    a5, a1, 16          # digits go backward from here (SP..SP+16 is free)
    movi    a4, 10
1:  remu    a3, a2, a4
    addi    a3, a3, 0x30
    addi    a5, a5, -1
    s8i     a3, a5, 0
    quou    a2, a2, a4
    bnez    a2, 1b
    or      a10, a5, a5
    addi    a11, a1, 16
    sub     a11, a11, a5
    l32r    a8, .Ld_write
    callx8  a8
    retw

    .section .rodata.kiln_fault, "a"
    .p2align 2
# Names of EXCCAUSE values 0-39 (Xtensa ISA reference manual), then a catch-all.
.Lcause_names:
    .long .Lc0, .Lc1, .Lc2, .Lc3, .Lc4, .Lc5, .Lc6, .Lcr, .Lc8, .Lc9
    .long .Lcr, .Lcr, .Lc12, .Lc13, .Lc14, .Lc15, .Lc16, .Lc17, .Lc18, .Lcr
    .long .Lc20, .Lcr, .Lcr, .Lcr, .Lc24, .Lc25, .Lc26, .Lcr, .Lc28, .Lc29
    .long .Lcr, .Lcr, .Lcp, .Lcp, .Lcp, .Lcp, .Lcp, .Lcp, .Lcp, .Lcp
    .long .Lcr
# Exit code per EXCCAUSE 0-40 (see the table at the top of this file).
.Lcause_codes:
    .byte 71, 75, 72, 72, 75, 75, 73, 75, 75, 72
    .byte 75, 75, 72, 72, 72, 72, 72, 72, 72, 75
    .byte 72, 75, 75, 75, 72, 72, 72, 75, 72, 72
    .byte 75, 75, 75, 75, 75, 75, 75, 75, 75, 75
    .byte 75
.Lc0:   .asciz "IllegalInstruction"
.Lc1:   .asciz "Syscall"
.Lc2:   .asciz "InstructionFetchError"
.Lc3:   .asciz "LoadStoreError"
.Lc4:   .asciz "Level1Interrupt"
.Lc5:   .asciz "Alloca"
.Lc6:   .asciz "IntegerDivideByZero"
.Lc8:   .asciz "Privileged"
.Lc9:   .asciz "LoadStoreAlignment"
.Lc12:  .asciz "InstrPIFDataError"
.Lc13:  .asciz "LoadStorePIFDataError"
.Lc14:  .asciz "InstrPIFAddrError"
.Lc15:  .asciz "LoadStorePIFAddrError"
.Lc16:  .asciz "InstTLBMiss"
.Lc17:  .asciz "InstTLBMultiHit"
.Lc18:  .asciz "InstFetchPrivilege"
.Lc20:  .asciz "InstFetchProhibited"
.Lc24:  .asciz "LoadStoreTLBMiss"
.Lc25:  .asciz "LoadStoreTLBMultiHit"
.Lc26:  .asciz "LoadStorePrivilege"
.Lc28:  .asciz "LoadProhibited"
.Lc29:  .asciz "StoreProhibited"
.Lcp:   .asciz "CoprocessorDisabled"
.Lcr:   .asciz "ReservedCause"
.Lstr_prefix:    .asciz "kiln: fault: "
.Lstr_overflow:  .asciz "stack overflow (store into the stack guard) at PC "
.Lstr_double:    .asciz "double exception: "
.Lstr_debug:     .asciz "debug exception at PC "
.Lstr_cause:     .asciz " (EXCCAUSE "
.Lstr_epc:       .asciz ") at EPC1 "
.Lstr_vaddr:     .asciz ", EXCVADDR "
.Lstr_depc:      .asciz ", DEPC "
.Lstr_guard:     .asciz ", stack guard "
.Lstr_newline:   .asciz "\n"
.Lstr_hexdigits: .ascii "0123456789abcdef"

    .section .bss.kiln_fault, "aw", @nobits
    .p2align 4
    .global _kiln_fault_info
_kiln_fault_info:
    .space  32
    .global _kiln_exception_stack_top
_kiln_exception_stack:
    .space  2048
_kiln_exception_stack_top:
