# printf, fprintf, sprintf and snprintf: the C library's "..." functions, in assembly because
# LLVM 22's Xtensa va_start is wrong (it makes va_arg skip the first variadic argument passed
# in a register, and stores a7 after overwriting it). Each entry builds the va_list that
# clang's va_arg code reads (struct { int *stk; int *reg; int ndx; }, the GCC layout) and
# passes its address to kiln_format_list (variadic.c):
#
#   reg: the incoming argument registers a2-a7 stored in order, so reg + ndx is the next
#        register argument while ndx <= 24;
#   stk: the caller's SP - 32, so stk + ndx is the next stack argument once ndx >= 32 (va_arg
#        moves ndx from the registers to 32 when an argument does not fit in them);
#   ndx: the bytes of the fixed arguments (4 per word).
#
# Frame (ENTRY 80): a1+0..23 the registers, a1+24..35 the va_list; a1+48..63 is the extra
# save area of our CALL8 and a1+64..79 belongs to the caller's caller's base save area.
# Literals sit before the code: L32R reads backward.

    .text
    .p2align 2
.Lformat_list:  .long kiln_format_list

# Each entry saves a2-a7, builds the va_list with its number of fixed argument words and
# points a14 at it (the fifth argument of kiln_format_list). Written out four times: Kiln's
# assembler has no macros.

# int printf(const char *format, ...)
    .global printf
    .type printf, @function
    .p2align 2
printf:
    entry   a1, 80
    s32i    a2, a1, 0
    s32i    a3, a1, 4
    s32i    a4, a1, 8
    s32i    a5, a1, 12
    s32i    a6, a1, 16
    s32i    a7, a1, 20
    addi    a8, a1, 48          # stk = caller's SP - 32
    s32i    a8, a1, 24
    s32i    a1, a1, 28          # reg
    movi    a8, 4              # ndx: 1 fixed words
    s32i    a8, a1, 32
    addi    a14, a1, 24
    movi    a10, 1              # stdout
    movi    a11, 0
    movi    a12, 0
    or      a13, a2, a2
    l32r    a8, .Lformat_list
    callx8  a8
    or      a2, a10, a10
    retw

# int fprintf(FILE *stream, const char *format, ...)
    .global fprintf
    .type fprintf, @function
    .p2align 2
fprintf:
    entry   a1, 80
    s32i    a2, a1, 0
    s32i    a3, a1, 4
    s32i    a4, a1, 8
    s32i    a5, a1, 12
    s32i    a6, a1, 16
    s32i    a7, a1, 20
    addi    a8, a1, 48          # stk = caller's SP - 32
    s32i    a8, a1, 24
    s32i    a1, a1, 28          # reg
    movi    a8, 8              # ndx: 2 fixed words
    s32i    a8, a1, 32
    addi    a14, a1, 24
    or      a10, a2, a2
    movi    a11, 0
    movi    a12, 0
    or      a13, a3, a3
    l32r    a8, .Lformat_list
    callx8  a8
    or      a2, a10, a10
    retw

# int sprintf(char *buffer, const char *format, ...)
    .global sprintf
    .type sprintf, @function
    .p2align 2
sprintf:
    entry   a1, 80
    s32i    a2, a1, 0
    s32i    a3, a1, 4
    s32i    a4, a1, 8
    s32i    a5, a1, 12
    s32i    a6, a1, 16
    s32i    a7, a1, 20
    addi    a8, a1, 48          # stk = caller's SP - 32
    s32i    a8, a1, 24
    s32i    a1, a1, 28          # reg
    movi    a8, 8              # ndx: 2 fixed words
    s32i    a8, a1, 32
    addi    a14, a1, 24
    movi    a10, 0
    or      a11, a2, a2
    movi    a12, -1             # no limit
    or      a13, a3, a3
    l32r    a8, .Lformat_list
    callx8  a8
    or      a2, a10, a10
    retw

# int snprintf(char *buffer, size_t size, const char *format, ...)
    .global snprintf
    .type snprintf, @function
    .p2align 2
snprintf:
    entry   a1, 80
    s32i    a2, a1, 0
    s32i    a3, a1, 4
    s32i    a4, a1, 8
    s32i    a5, a1, 12
    s32i    a6, a1, 16
    s32i    a7, a1, 20
    addi    a8, a1, 48          # stk = caller's SP - 32
    s32i    a8, a1, 24
    s32i    a1, a1, 28          # reg
    movi    a8, 12              # ndx: 3 fixed words
    s32i    a8, a1, 32
    addi    a14, a1, 24
    movi    a10, 0
    or      a11, a2, a2
    or      a12, a3, a3
    or      a13, a4, a4
    l32r    a8, .Lformat_list
    callx8  a8
    or      a2, a10, a10
    retw
