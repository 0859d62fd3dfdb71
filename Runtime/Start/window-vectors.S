# Window overflow and underflow handlers, one section per 64-byte vector slot (the linker
# places each at its offset from VECBASE and refuses one that outgrows its slot).
#
# The sequences follow the register save convention of the windowed ABI (Xtensa ISA
# reference manual, "Windowed Procedure-Call Protocol"):
#   * a frame's a0-a3 live in the 16 bytes below the stack pointer of the frame it called
#     (that callee's SP is a5, a9 or a13 of the window being spilled, for call4/8/12);
#   * for call8/call12 frames, a4-a7 (a4-a11) live in the extra save area at the top of the
#     frame itself, found through the caller's SP, which was saved at [SP - 12] when the
#     caller's window was spilled (always before, since windows are spilled oldest first).
# Each handler runs with WINDOWBASE rotated to the window to spill or refill, and returns
# with RFWO/RFWU, which also set WINDOWSTART and clear PS.EXCM.

    .section .WindowOverflow4.text, "ax"
    .global _WindowOverflow4
_WindowOverflow4:
    s32e    a0, a5, -16
    s32e    a1, a5, -12
    s32e    a2, a5, -8
    s32e    a3, a5, -4
    rfwo

    .section .WindowUnderflow4.text, "ax"
    .global _WindowUnderflow4
_WindowUnderflow4:
    l32e    a0, a5, -16
    l32e    a1, a5, -12
    l32e    a2, a5, -8
    l32e    a3, a5, -4
    rfwu

    .section .WindowOverflow8.text, "ax"
    .global _WindowOverflow8
_WindowOverflow8:
    s32e    a0, a9, -16
    l32e    a0, a1, -12         # the caller's SP: the top of this frame
    s32e    a1, a9, -12
    s32e    a2, a9, -8
    s32e    a3, a9, -4
    s32e    a4, a0, -32
    s32e    a5, a0, -28
    s32e    a6, a0, -24
    s32e    a7, a0, -20
    rfwo

    .section .WindowUnderflow8.text, "ax"
    .global _WindowUnderflow8
_WindowUnderflow8:
    l32e    a0, a9, -16
    l32e    a1, a9, -12
    l32e    a2, a9, -8
    l32e    a7, a1, -12         # the caller's SP, read once a1 is back
    l32e    a3, a9, -4
    l32e    a4, a7, -32
    l32e    a5, a7, -28
    l32e    a6, a7, -24
    l32e    a7, a7, -20
    rfwu

    .section .WindowOverflow12.text, "ax"
    .global _WindowOverflow12
_WindowOverflow12:
    s32e    a0, a13, -16
    l32e    a0, a1, -12         # the caller's SP: the top of this frame
    s32e    a1, a13, -12
    s32e    a2, a13, -8
    s32e    a3, a13, -4
    s32e    a4, a0, -48
    s32e    a5, a0, -44
    s32e    a6, a0, -40
    s32e    a7, a0, -36
    s32e    a8, a0, -32
    s32e    a9, a0, -28
    s32e    a10, a0, -24
    s32e    a11, a0, -20
    rfwo

    .section .WindowUnderflow12.text, "ax"
    .global _WindowUnderflow12
_WindowUnderflow12:
    l32e    a0, a13, -16
    l32e    a1, a13, -12
    l32e    a2, a13, -8
    l32e    a11, a1, -12        # the caller's SP, read once a1 is back
    l32e    a3, a13, -4
    l32e    a4, a11, -48
    l32e    a5, a11, -44
    l32e    a6, a11, -40
    l32e    a7, a11, -36
    l32e    a8, a11, -32
    l32e    a9, a11, -28
    l32e    a10, a11, -24
    l32e    a11, a11, -20
    rfwu
