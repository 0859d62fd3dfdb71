# Platform layer for the esp32 profile: console output through the ROM routine
# uart_tx_one_char (0x40009200 in the ESP32 ROM, per ESP-IDF's esp32.rom.ld), and exit as a
# halt: there is no host to return a code to, so the code is printed and the core waits.
# C declarations: kiln/platform.h.

# void _kiln_platform_init(void), called by _start before main: turns off the two
# watchdogs left running at app start (the RTC watchdog of ESP-IDF's bootloader and timer
# group 0's of the ROM), which would otherwise reset firmware that runs past their
# timeouts. Each is unlocked with its write key, disabled (CONFIG0 = 0 clears its enable
# bit and stages) and locked again. Registers: ESP32 TRM, RTC_CNTL and TIMG chapters.
    .section .text._kiln_platform_init, "ax"
    .p2align 2
.Li_key:            .long 0x50D83AA1
.Li_rtc_protect:    .long 0x3FF480A4    # RTC_CNTL_WDTWPROTECT_REG
.Li_rtc_config:     .long 0x3FF4808C    # RTC_CNTL_WDTCONFIG0_REG
.Li_timg0_protect:  .long 0x3FF5F064    # TIMG0 WDTWPROTECT
.Li_timg0_config:   .long 0x3FF5F048    # TIMG0 WDTCONFIG0
    .global _kiln_platform_init
    .type _kiln_platform_init, @function
    .p2align 2
_kiln_platform_init:
    entry   a1, 32
    l32r    a2, .Li_key
    movi    a3, 0
    l32r    a4, .Li_rtc_protect
    l32r    a5, .Li_rtc_config
    memw
    s32i    a2, a4, 0
    memw
    s32i    a3, a5, 0
    memw
    s32i    a3, a4, 0
    l32r    a4, .Li_timg0_protect
    l32r    a5, .Li_timg0_config
    memw
    s32i    a2, a4, 0
    memw
    s32i    a3, a5, 0
    memw
    s32i    a3, a4, 0
    retw

    .section .text.kiln_console_write, "ax"
    .p2align 2
.Lw_uart_tx:    .long 0x40009200
    .global kiln_console_write
    .type kiln_console_write, @function
    .p2align 2
kiln_console_write:
    entry   a1, 32
    add     a3, a2, a3          # end
1:  bgeu    a2, a3, 2f
    l8ui    a10, a2, 0
    l32r    a8, .Lw_uart_tx
    callx8  a8
    addi    a2, a2, 1
    j       1b
2:  retw

# The ESP32 has one console: errors go to the same UART.
    .section .text.kiln_error_write, "ax"
    .p2align 2
.Le_write:      .long kiln_console_write
    .global kiln_error_write
    .type kiln_error_write, @function
    .p2align 2
kiln_error_write:
    entry   a1, 32
    or      a10, a2, a2
    or      a11, a3, a3
    l32r    a8, .Le_write
    callx8  a8
    retw

# void _kiln_halt(int code): prints "kiln-exit N" and waits forever with interrupts off.
    .section .text._kiln_halt, "ax"
    .p2align 2
.Lh_msg:        .long .Lstr_exit
.Lh_puts:       .long _kiln_err_puts
.Lh_dec:        .long _kiln_err_dec
.Lh_nl:         .long .Lstr_nl
    .global _kiln_halt
    .type _kiln_halt, @function
    .p2align 2
_kiln_halt:
    entry   a1, 32
    l32r    a10, .Lh_msg
    l32r    a8, .Lh_puts
    callx8  a8
    or      a10, a2, a2
    l32r    a8, .Lh_dec
    callx8  a8
    l32r    a10, .Lh_nl
    l32r    a8, .Lh_puts
    callx8  a8
1:  waiti   15
    j       1b

    .section .rodata.kiln_halt, "a"
.Lstr_exit:     .asciz "kiln-exit "
.Lstr_nl:       .asciz "\n"
