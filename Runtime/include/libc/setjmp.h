/* Kiln's C library: non-local jumps for the windowed ABI (Runtime/Core/CLib/setjmp.S).
 * The buffer holds the return address and stack pointer of setjmp and its caller's four
 * base registers a0-a3; longjmp spills every register window first, so the rest of the
 * caller's registers come back from the stack as they were at the time of longjmp. */
#ifndef KILN_SETJMP_H
#define KILN_SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef int jmp_buf[8];

int setjmp(jmp_buf environment) __attribute__((returns_twice));
void longjmp(jmp_buf environment, int value) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif
#endif
