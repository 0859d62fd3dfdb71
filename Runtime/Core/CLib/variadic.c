/* The variadic half of printf: the va_list functions, which Swift cannot define (its va_list
 * model is the riscv32 one of the Swift build, not Xtensa's). This file only walks the
 * format string, fetches each argument by its C type, and hands every
 * conversion to Swift (kiln_printf_conversion, CLibExports.swift), which formats it with the
 * runtime's formatter. Output goes to a sink: a stream (written in chunks) or a caller's
 * buffer (snprintf's truncation). The "..." functions are in variadic-entry.S: LLVM 22's
 * Xtensa va_start is wrong (it skips the first variadic word and clobbers the sixth). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* What Swift reads (7 words, in this order). */
struct kiln_conversion {
    int letter;
    unsigned flags;     /* 1 '-', 2 '+', 4 ' ', 8 '#', 16 '0' (PrintfConversion.Flags) */
    int width;
    int precision;      /* -1: none */
    const char *string; /* %s */
    char *buffer;
    int capacity;
};

long kiln_printf_conversion(struct kiln_conversion *conversion, uint64_t value);
void kiln_stream_write(long stream, const char *data, size_t count);

/* Where the text goes: a stream (buffer = the chunk) or a string of `capacity` bytes. */
struct sink {
    long stream;        /* 0: a string */
    char *buffer;
    size_t capacity;
    size_t used;        /* bytes in the buffer */
    size_t total;       /* bytes produced: printf's result */
};

static void flush(struct sink *out) {
    if (out->stream && out->used) kiln_stream_write(out->stream, out->buffer, out->used);
    if (out->stream) out->used = 0;
}

static void put(struct sink *out, const char *text, size_t count) {
    out->total += count;
    for (size_t i = 0; i < count; i++) {
        if (out->stream) {
            if (out->used == out->capacity) flush(out);
            out->buffer[out->used++] = text[i];
        } else if (out->used + 1 < out->capacity) {
            out->buffer[out->used++] = text[i]; /* one byte kept for the terminator */
        }
    }
}

/* The Xtensa va_list (GCC's layout, which clang and LLVM use): the argument registers a2-a7
 * stored in order at `reg`, the stack arguments from `stk` + 32 on, and `ndx`, the byte
 * offset of the next argument. Arguments are fetched here by that rule rather than with
 * va_arg, because LLVM 22's Xtensa va_arg takes 64-bit values from a word-aligned offset
 * while callers (and GCC's rule) align them to 8. */
struct xtensa_va_list {
    char *stk;
    char *reg;
    int ndx;
};

/* The address of the next argument of `size` bytes (4 or 8, also its alignment). */
static void *next_argument(va_list *arguments, int size) {
    struct xtensa_va_list *list = (struct xtensa_va_list *)arguments;
    int start = (list->ndx + size - 1) & -size;
    list->ndx = start + size;
    if (list->ndx <= 24) return list->reg + start;
    if (start <= 24) list->ndx = 32 + size; /* the first argument on the stack */
    return list->stk + list->ndx - size;
}

#define WORD(type) ((type)*(int32_t *)next_argument(arguments, 4))
#define DOUBLE_WORD(type) ((type)*(int64_t *)next_argument(arguments, 8))

/* Length modifiers, from the narrowest. */
enum length { HH, H, NONE, L, LL, SIZE, MAX, PTRDIFF };

static int format(struct sink *out, const char *f, va_list *arguments) {
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%') f++;
            put(out, start, (size_t)(f - start));
            continue;
        }
        const char *spec_start = f++;
        struct kiln_conversion c = {0, 0, 0, -1, NULL, NULL, 0};
        for (;; f++) {
            if (*f == '-') c.flags |= 1;
            else if (*f == '+') c.flags |= 2;
            else if (*f == ' ') c.flags |= 4;
            else if (*f == '#') c.flags |= 8;
            else if (*f == '0') c.flags |= 16;
            else break;
        }
        if (*f == '*') {
            f++;
            c.width = WORD(int);
            if (c.width < 0) { c.flags |= 1; c.width = -c.width; }
        } else {
            while (*f >= '0' && *f <= '9') c.width = c.width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            if (*f == '*') {
                f++;
                c.precision = WORD(int);
                if (c.precision < 0) c.precision = -1;
            } else {
                c.precision = 0;
                while (*f >= '0' && *f <= '9') c.precision = c.precision * 10 + (*f++ - '0');
            }
        }
        enum length length = NONE;
        switch (*f) {
        case 'h': length = f[1] == 'h' ? HH : H; f += f[1] == 'h' ? 2 : 1; break;
        case 'l': length = f[1] == 'l' ? LL : L; f += f[1] == 'l' ? 2 : 1; break;
        case 'q': length = LL; f++; break;
        case 'z': length = SIZE; f++; break;
        case 'j': length = MAX; f++; break;
        case 't': length = PTRDIFF; f++; break;
        case 'L': f++; break; /* long double is double here */
        }
        c.letter = *f ? *f++ : 0;
        uint64_t value = 0;
        switch (c.letter) {
        case '%':
            put(out, "%", 1);
            continue;
        case 'd': case 'i':
            switch (length) {
            case HH: value = (uint64_t)(int64_t)(signed char)WORD(int); break;
            case H: value = (uint64_t)(int64_t)(short)WORD(int); break;
            case L: value = (uint64_t)(int64_t)WORD(long); break;
            case LL: value = (uint64_t)DOUBLE_WORD(long long); break;
            case SIZE: value = (uint64_t)(int64_t)WORD(ptrdiff_t); break; /* ssize_t */
            case MAX: value = (uint64_t)DOUBLE_WORD(intmax_t); break;
            case PTRDIFF: value = (uint64_t)(int64_t)WORD(ptrdiff_t); break;
            default: value = (uint64_t)(int64_t)WORD(int); break;
            }
            break;
        case 'u': case 'o': case 'x': case 'X':
            switch (length) {
            case HH: value = (unsigned char)WORD(unsigned); break;
            case H: value = (unsigned short)WORD(unsigned); break;
            case L: value = WORD(unsigned long); break;
            case LL: value = DOUBLE_WORD(unsigned long long); break;
            case SIZE: value = WORD(size_t); break;
            case MAX: value = DOUBLE_WORD(uintmax_t); break;
            case PTRDIFF: value = (size_t)WORD(ptrdiff_t); break;
            default: value = WORD(unsigned); break;
            }
            break;
        case 'c':
            value = (unsigned char)WORD(int);
            break;
        case 's':
            c.string = WORD(const char *);
            break;
        case 'p':
            value = (uintptr_t)WORD(void *);
            break;
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
            value = DOUBLE_WORD(uint64_t); /* the double's bits, as they were passed */
            break;
        }
        case 'n': {
            void *target = WORD(void *);
            switch (length) {
            case HH: *(signed char *)target = (signed char)out->total; break;
            case H: *(short *)target = (short)out->total; break;
            case LL: *(long long *)target = (long long)out->total; break;
            default: *(int *)target = (int)out->total; break;
            }
            continue;
        }
        default:
            /* Not a conversion: written as it stands, as glibc does. */
            put(out, spec_start, (size_t)(f - spec_start));
            continue;
        }
        char local[128];
        c.buffer = local;
        c.capacity = sizeof local;
        long n = kiln_printf_conversion(&c, value);
        if (n > (long)sizeof local) {
            /* Long text (%f of 1e300, a wide field): format again into the heap. */
            char *heap = malloc((size_t)n);
            if (!heap) return -1;
            c.buffer = heap;
            c.capacity = (int)n;
            kiln_printf_conversion(&c, value);
            put(out, heap, (size_t)n);
            free(heap);
        } else if (n >= 0) {
            put(out, local, (size_t)n);
        }
    }
    return (int)out->total;
}

/* The formatter behind every printf-family function: to `stream` (1 stdout, 2 stderr) when
 * it is not 0, else into `buffer` (at most size - 1 bytes and a terminator). The va_list
 * comes by address: the "..." entry points (variadic-entry.S) build it themselves. */
int kiln_format_list(long stream, char *buffer, size_t size, const char *f, va_list *arguments) {
    if (stream) {
        char chunk[128]; /* written in chunks: one console write per 128 bytes */
        struct sink out = {stream, chunk, sizeof chunk, 0, 0};
        int result = format(&out, f, arguments);
        flush(&out);
        return result;
    }
    struct sink out = {0, buffer, size, 0, 0};
    int result = format(&out, f, arguments);
    if (size) buffer[out.used] = 0;
    return result;
}

int vsnprintf(char *buffer, size_t size, const char *f, va_list arguments) {
    return kiln_format_list(0, buffer, size, f, &arguments);
}

int vsprintf(char *buffer, const char *f, va_list arguments) {
    return kiln_format_list(0, buffer, SIZE_MAX, f, &arguments);
}

int vfprintf(FILE *stream, const char *f, va_list arguments) {
    return kiln_format_list((long)(uintptr_t)stream, NULL, 0, f, &arguments);
}

int vprintf(const char *f, va_list arguments) {
    return kiln_format_list(1, NULL, 0, f, &arguments);
}
