/* Kiln's C library: errno, set by strtol and friends and by strtod on overflow and
 * underflow (ERANGE, as glibc), EINVAL for a bad base (Docs/runtime.md). */
#ifndef KILN_ERRNO_H
#define KILN_ERRNO_H

#ifdef __cplusplus
extern "C" {
#endif

/* glibc's form: one variable behind a function (there is a single thread). */
int *__errno_location(void);
#define errno (*__errno_location())

#define ENOMEM 12
#define EINVAL 22
#define EDOM 33
#define ERANGE 34

#ifdef __cplusplus
}
#endif
#endif
