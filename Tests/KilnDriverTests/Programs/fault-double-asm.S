# void run_on_bad_stack(int (*f)(int), int n): calls f(n) with the stack pointer moved to
# 0x10000000, where there is no memory. Once the callees' windows spill, the window
# overflow handler's stores fault while PS.EXCM is set: a double exception.
    .text
    .global run_on_bad_stack
    .p2align 2
run_on_bad_stack:
    entry   a1, 32
    movi    a8, 1
    slli    a8, a8, 28
    or      a1, a8, a8
    or      a10, a3, a3
    callx8  a2
    retw
