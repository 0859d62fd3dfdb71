/* Kiln's own runtime header for csmith programs: the names csmith's generated code uses
   (fixed-width types, safe math, the CRC of the globals, platform_main_begin/end),
   printing through Kiln's platform layer since there is no libc. Written for Kiln, from
   what the generated programs call; csmith's own headers are neither installed nor copied.

   The checksum is CRC-32 (reflected, polynomial 0xEDB88320, initial 0xFFFFFFFF) over each
   checked value's 8 little-endian bytes, widened to uint64_t; main prints
   "checksum = %X\n" of the final value complemented. */
#ifndef KILN_CSMITH_H
#define KILN_CSMITH_H

#include <stdint.h>
#include <limits.h>

void kiln_console_write(const char *buf, unsigned len);

/* Struct copies and zeroing become calls; there is no libc to provide them. */
void *memcpy(void *d, const void *s, unsigned n) {
    char *dp = d; const char *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}
/* Overlapping struct assignments (`*p = *q`) become memmove; llc-22 expands small ones
   inline, Kiln calls it. */
void *memmove(void *d, const void *s, unsigned n) {
    char *dp = d; const char *sp = s;
    if (dp < sp) while (n--) *dp++ = *sp++;
    else { dp += n; sp += n; while (n--) *--dp = *--sp; }
    return d;
}
void *memset(void *d, int c, unsigned n) {
    char *dp = d;
    while (n--) *dp++ = (char)c;
    return d;
}

#include "safe_math.h"

static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFUL;

static void crc32_gentab(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xEDB88320UL : c >> 1;
        crc32_tab[i] = c;
    }
}

static void crc32_byte(uint8_t b) {
    crc32_context = (crc32_context >> 8) ^ crc32_tab[(crc32_context ^ b) & 0xFF];
}

static void crc32_8bytes(uint64_t v) {
    for (int i = 0; i < 8; i++) crc32_byte((uint8_t)(v >> (8 * i)));
}

static void kiln_csmith_print(const char *s) {
    unsigned n = 0;
    while (s[n]) n++;
    kiln_console_write(s, n);
}

static void kiln_csmith_print_hex(uint32_t v) {
    char buffer[9];
    int i = 8;
    buffer[i] = 0;
    do { buffer[--i] = "0123456789ABCDEF"[v & 15]; v >>= 4; } while (v);
    kiln_csmith_print(buffer + i);
}

/* With print set (main's print_hash_value), the running checksum after each value. */
static void kiln_csmith_report(const char *name) {
    kiln_csmith_print("...checksum after hashing ");
    kiln_csmith_print(name);
    kiln_csmith_print(" : ");
    kiln_csmith_print_hex(crc32_context ^ 0xFFFFFFFFUL);
    kiln_csmith_print("\n");
}

static void transparent_crc(uint64_t value, const char *name, int print) {
    crc32_8bytes(value);
    if (print) kiln_csmith_report(name);
}

static void transparent_crc_bytes(const void *bytes, int length, const char *name, int print) {
    for (int i = 0; i < length; i++) crc32_byte(((const uint8_t *)bytes)[i]);
    if (print) kiln_csmith_report(name);
}

/* Only reached with print_hash_value set (array indices before their checksums); Kiln
   has no varargs yet, so the format is printed as it is. */
#define printf(format, ...) kiln_csmith_print(format)

static void platform_main_begin(void) {}

static void platform_main_end(uint32_t crc, int print) {
    (void)print;
    kiln_csmith_print("checksum = ");
    kiln_csmith_print_hex(crc);
    kiln_csmith_print("\n");
}

#endif
