# _start: the first code after reset (qemu: via the reset stub; esp32: the image entry).
#
# Sets VECBASE, a single live register window, the stack, PS for windowed code, zeroes .bss,
# runs the platform's set-up (_kiln_platform_init), arms the stack guard, starts instruction counting, calls main(0, 0) with CALLX8 and exits
# with main's return value. Literals sit at the top of the section: L32R reads backward.

    .section .startup.text, "ax"
    .p2align 2
.Lvecbase:      .long _vecbase
.Lstack_top:    .long _stack_top
.Lstack_guard:  .long _stack_guard
.Lbss_start:    .long _bss_start
.Lbss_end:      .long _bss_end
.Lmain:         .long main
.Lcount:        .long kiln_icount_start
.Lexit:         .long kiln_exit
.Linit:         .long _kiln_platform_init
.Lps_run:       .long 0x00040020    # PS: WOE | UM, INTLEVEL 0, EXCM 0
.Ldbreakc:      .long 0x8000003F    # DBREAKC: break on stores (SB), 64-byte block (mask 0x3F)

    .global _start
    .p2align 2
_start:
    movi    a0, 0
    wsr     a0, windowbase
    rsync
    movi    a0, 1
    wsr     a0, windowstart
    movi    a0, 0               # a0 = 0 marks the outermost frame
    l32r    a2, .Lvecbase
    wsr     a2, vecbase

    # SP 32 bytes below the top. The 16 bytes above SP are _start's own extra save area
    # (it makes a call8); [SP - 12] is where an overflow handler looks for the caller's SP,
    # so it points at the top.
    l32r    a3, .Lstack_top
    addi    a1, a3, -32
    addi    a4, a3, -44         # SP - 12 (S32I offsets are unsigned)
    s32i    a3, a4, 0

    l32r    a2, .Lps_run
    wsr     a2, ps
    rsync

    # The ESP32 loader does not clear .bss; QEMU's does, so this is harmless there.
    l32r    a2, .Lbss_start
    l32r    a3, .Lbss_end
    movi    a4, 0
1:  bgeu    a2, a3, 2f
    s32i    a4, a2, 0
    addi    a2, a2, 4
    j       1b
2:
    l32r    a8, .Linit          # the platform's own set-up (esp32: watchdogs off)
    callx8  a8

    # Stack guard: a data breakpoint on stores into the 64 bytes below _stack_limit. A
    # store there (a frame spilled past the limit) raises a debug exception, reported as a
    # stack overflow by _kiln_fault.
    l32r    a2, .Lstack_guard
    wsr     a2, dbreaka0
    l32r    a2, .Ldbreakc
    wsr     a2, dbreakc0
    isync

    # Count the instructions of level-0 code from here (icount.S); kiln_exit stops.
    l32r    a8, .Lcount
    callx8  a8

    movi    a10, 0              # argc
    movi    a11, 0              # argv
    l32r    a8, .Lmain
    callx8  a8
    l32r    a8, .Lexit          # main's result is already in a10, exit's argument
    callx8  a8
3:  j       3b
