/* Kiln's C library: formatted and plain output to the console (Docs/runtime.md, "C library").
 * Output only: there is no input and no file system. Every call writes at once (no
 * buffering), so nothing is lost when main returns and fflush has nothing to do. */
#ifndef KILN_STDIO_H
#define KILN_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A stream is only a number: 1 for stdout, 2 for stderr (macros, as glibc's are). */
typedef struct kiln_file FILE;
#define stdout ((FILE *)1)
#define stderr ((FILE *)2)

#define EOF (-1)
#define BUFSIZ 256

int printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *stream, const char *format, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *buffer, const char *format, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buffer, size_t size, const char *format, ...) __attribute__((format(printf, 3, 4)));
int vprintf(const char *format, va_list arguments);
int vfprintf(FILE *stream, const char *format, va_list arguments);
int vsprintf(char *buffer, const char *format, va_list arguments);
int vsnprintf(char *buffer, size_t size, const char *format, va_list arguments);

int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int puts(const char *text);
int fputs(const char *text, FILE *stream);
size_t fwrite(const void *data, size_t size, size_t count, FILE *stream);
int fflush(FILE *stream);

#ifdef __cplusplus
}
#endif
#endif
