/* memcpy, memmove and memset, and the C names malloc and free. In C rather than Swift because LLVM's loop idiom recognition
 * turns a copy or fill loop into a call to memcpy or memset, which inside memcpy or memset
 * recurses forever; Swift has no -fno-builtin, C has it per function (no_builtin, which also
 * holds when this file is compiled without -ffreestanding). Word-sized moves when the
 * pointers allow: the device traps on unaligned word accesses, and byte loops cost four
 * times the instructions. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NO_BUILTIN __attribute__((no_builtin))

NO_BUILTIN void *memmove(void *destination, const void *source, size_t count) {
    unsigned char *d = destination;
    const unsigned char *s = source;
    /* A short copy (OCaml's blits of a few bytes: Buffer.add_string of a number, String.sub
       of a word) goes byte by byte at once: the word path's tests cost more than it saves.
       No loop: one jump into a run of loads, one into a run of stores (two loads and stores
       per byte and a branch were the loop's cost). Every byte is loaded before any is
       stored, so the copy is right however the two overlap. */
    if (count < 8) {
        unsigned char b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
        switch (count) {
        case 7: b6 = s[6]; /* fall through */
        case 6: b5 = s[5]; /* fall through */
        case 5: b4 = s[4]; /* fall through */
        case 4: b3 = s[3]; /* fall through */
        case 3: b2 = s[2]; /* fall through */
        case 2: b1 = s[1]; /* fall through */
        case 1: b0 = s[0]; break;
        default: return destination;
        }
        switch (count) {
        case 7: d[6] = b6; /* fall through */
        case 6: d[5] = b5; /* fall through */
        case 5: d[4] = b4; /* fall through */
        case 4: d[3] = b3; /* fall through */
        case 3: d[2] = b2; /* fall through */
        case 2: d[1] = b1; /* fall through */
        default: d[0] = b0;
        }
        return destination;
    }
    /* Words whenever the two pointers are equally misaligned: a few bytes first (or last)
       bring both to a word boundary (OCaml's blits at equal offsets, Buffer's copies). */
    int aligned = (((uintptr_t)d ^ (uintptr_t)s) & 3) == 0;
    if (d == s || count == 0) return destination;
    if (d < s || d >= s + count) {
        size_t i = 0;
        if (aligned) {
            for (; i < count && ((uintptr_t)(d + i) & 3) != 0; i++) d[i] = s[i];
            for (; i + 4 <= count; i += 4) *(uint32_t *)(d + i) = *(const uint32_t *)(s + i);
        }
        for (; i < count; i++) d[i] = s[i];
    } else {
        size_t i = count;
        if (aligned) {
            while (i && ((uintptr_t)(d + i) & 3) != 0) { i--; d[i] = s[i]; }
            while (i >= 4) { i -= 4; *(uint32_t *)(d + i) = *(const uint32_t *)(s + i); }
        }
        while (i) { i--; d[i] = s[i]; }
    }
    return destination;
}

NO_BUILTIN void *memcpy(void *destination, const void *source, size_t count) {
    return memmove(destination, source, count);
}

NO_BUILTIN void *memset(void *destination, int value, size_t count) {
    unsigned char *d = destination;
    size_t i = 0;
    if (((uintptr_t)d & 3) == 0) {
        uint32_t word = (unsigned char)value * 0x01010101u;
        for (; i + 4 <= count; i += 4) *(uint32_t *)(d + i) = word;
    }
    for (; i < count; i++) d[i] = (unsigned char)value;
    return destination;
}

/* malloc and free are the allocator's (Core/Allocator/AllocatorExports.swift). They are
 * defined here, not there, because swiftc reserves these two names for its own runtime:
 * `@c(malloc)` (and `@_cdecl`) warn that this "will become an error". The other allocator
 * names (calloc, realloc, posix_memalign, aligned_alloc) are Swift's own `@c` functions. */
void *kiln_malloc(size_t size);
void kiln_free(void *pointer);

void *malloc(size_t size) { return kiln_malloc(size); }
void free(void *pointer) { kiln_free(pointer); }
