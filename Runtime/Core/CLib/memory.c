/* memcpy, memmove and memset. In C rather than Swift because LLVM's loop idiom recognition
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
       Forward when the destination is below the source, else backward: right if they overlap. */
    if (count < 8) {
        if (d <= s) {
            for (size_t i = 0; i < count; i++) d[i] = s[i];
        } else {
            for (size_t i = count; i > 0; i--) d[i - 1] = s[i - 1];
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
