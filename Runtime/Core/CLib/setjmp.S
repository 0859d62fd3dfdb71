# setjmp and longjmp for the windowed ABI (Runtime/include/setjmp.h).
#
# A frame's a0-a3 are not in its own memory but in the register file or, once spilled, in
# the 16 bytes below the stack pointer of the frame it called (XTENSA-FACTS.md, "Frame").
# So both functions first spill every live window to the stack (spill_windows), after
# which all of the program's registers are in memory at known places:
#
#   setjmp records its return address (a0) and its stack pointer (a1), and copies its
#   caller's a0-a3 from the base save area below its SP into the buffer (that area is
#   reused by later calls, so it must be saved now).
#   longjmp spills too, writes the caller's a0-a3 back below setjmp's old SP, takes setjmp's
#   a0 and a1 as its own and returns with RETW: the caller's window is not live, so RETW
#   raises a window underflow, and the handler reloads the caller's a0-a3 from that area and
#   its a4-a7 from its own frame (spilled there by longjmp), exactly as for a return from a
#   deep call. The caller then sees setjmp return `value` (1 if 0). Its registers a4-a7
#   hold their values at the time of longjmp, which C allows (only unmodified or volatile
#   locals are guaranteed).
#
# Buffer (jmp_buf, 8 words): 0-3 caller's a0-a3, 4 setjmp's a0, 5 setjmp's SP.

    .text

# Spills every register window but the current one: a chain of call12s deep enough to
# rotate through the whole register file (64 registers on the ESP32 = 16 windows of four;
# each call12 rotates by three, so six levels would do; eight for margin). Every ENTRY
# that meets a live window raises the overflow exception, whose handler stores it.
# a2 = levels still to go.
    .p2align 2
spill_windows:
    entry   a1, 48
    beqz    a2, 1f
    addi    a14, a2, -1
    call12  spill_windows
1:  retw

    .global setjmp
    .p2align 2
setjmp:
    entry   a1, 48
    movi    a14, 8
    call12  spill_windows
    addi    a4, a1, -16         # the caller's base save area (offsets must be >= 0)
    l32i    a5, a4, 0
    s32i    a5, a2, 0
    l32i    a5, a4, 4
    s32i    a5, a2, 4
    l32i    a5, a4, 8
    s32i    a5, a2, 8
    l32i    a5, a4, 12
    s32i    a5, a2, 12
    s32i    a0, a2, 16
    s32i    a1, a2, 20
    movi    a2, 0
    retw

    .global longjmp
    .p2align 2
longjmp:
    entry   a1, 48
    movi    a14, 8
    call12  spill_windows
    l32i    a4, a2, 20          # setjmp's SP
    addi    a6, a4, -16
    l32i    a5, a2, 0
    s32i    a5, a6, 0
    l32i    a5, a2, 4
    s32i    a5, a6, 4
    l32i    a5, a2, 8
    s32i    a5, a6, 8
    l32i    a5, a2, 12
    s32i    a5, a6, 12
    l32i    a0, a2, 16          # return as setjmp did
    movi    a5, 1
    moveqz  a3, a5, a3          # longjmp(env, 0) makes setjmp return 1
    mov     a2, a3
    mov     a1, a4              # every older window is spilled: no MOVSP needed
    retw
