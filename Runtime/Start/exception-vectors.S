# Exception vectors: the user vector handles the alloca exception (MOVSP) in place and
# sends every other cause to the fault reporter; kernel, double and debug exceptions always
# end in the reporter. a0 is saved in EXCSAVE1 and replaced by the kind of vector
# (0 user, 1 kernel, 2 double, 3 debug), which _kiln_fault records.

    .section .UserExceptionVector.text, "ax"
    .global _UserExceptionVector
_UserExceptionVector:
    wsr     a0, excsave1
    rsr     a0, exccause
    beqi    a0, 5, .Lalloca
    movi    a0, 0
    j       _kiln_fault

# EXCCAUSE 5: MOVSP found the caller's registers spilled to the stack. Refill them by
# running the matching underflow handler on the caller's window; its RFWU marks the window
# live and returns to the MOVSP, which then succeeds. The windows just below the current
# one belong to spilled frames, so their registers are scratch here.
.Lalloca:
    rsr     a0, windowbase      # the faulting window; visible as a4 after the rotation
    rotw    -1
    rsr     a2, ps
    extui   a3, a2, 8, 4        # PS.OWB
    xor     a3, a3, a4
    rsr     a4, excsave1        # the function's a0: its call size is in the top two bits
    slli    a3, a3, 8
    xor     a2, a2, a3          # PS.OWB := faulting WINDOWBASE, where RFWU returns
    wsr     a2, ps
    rsync
    bbsi    a4, 31, 1f
    j       _WindowUnderflow4   # called with call4 (top bits 01)
1:  rotw    -1                  # the saved a0 is now a8
    bbsi    a8, 30, 2f
    j       _WindowUnderflow8   # call8 (10)
2:  rotw    -1
    j       _WindowUnderflow12  # call12 (11)

    .section .KernelExceptionVector.text, "ax"
    .global _KernelExceptionVector
_KernelExceptionVector:
    wsr     a0, excsave1
    movi    a0, 1
    j       _kiln_fault

    .section .DoubleExceptionVector.text, "ax"
    .global _DoubleExceptionVector
_DoubleExceptionVector:
    wsr     a0, excsave1
    movi    a0, 2
    j       _kiln_fault

# Debug exceptions (level 6): ICOUNT about to wrap (icount.S counts the wraps and
# resumes), else the stack guard's data breakpoint (DBREAK0) or anything else: a fault.
    .section .DebugExceptionVector.text, "ax"
    .global _DebugExceptionVector
_DebugExceptionVector:
    wsr     a0, excsave6
    rsr     a0, debugcause
    bbci    a0, 0, 1f           # DEBUGCAUSE.IC
    j       _kiln_icount_wrap
1:  rsr     a0, excsave6
    wsr     a0, excsave1
    movi    a0, 3
    j       _kiln_fault
