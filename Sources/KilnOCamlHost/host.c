/* The host's side of the OCaml runtime and interpreter (see kiln_ocaml_host.h). */
#define _GNU_SOURCE
#include "kiln_ocaml_host.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

typedef uint32_t value;

/* ---- Memory below 4 GiB ---- */

void *kiln_host_reserve(uint32_t bytes) {
    void *p = mmap(NULL, bytes ? bytes : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* ---- What a firmware's module defines (kiln/ocaml.h), here filled at run time ---- */

/* Not const as ocaml.h declares them: this file does not include it, the linker does not
 * care, and the driver sets them before the runtime starts. */
value caml_globals[KILN_HOST_MAX_GLOBALS];
uint32_t caml_globals_count;
value *caml_static_oo_blocks[KILN_HOST_MAX_OO_BLOCKS];
uint32_t caml_static_oo_blocks_count;

uint32_t *kiln_host_globals(void) { return caml_globals; }
void kiln_host_set_globals_count(uint32_t count) { caml_globals_count = count; }
void kiln_host_add_static_oo_block(uint32_t *block) {
    if (caml_static_oo_blocks_count < KILN_HOST_MAX_OO_BLOCKS)
        caml_static_oo_blocks[caml_static_oo_blocks_count++] = block;
}

/* The engine entry points the runtime calls, forwarded to the interpreter (an interpreted
 * firmware's module does the same). */
value kiln_interp_callback1(value closure, value arg);
value kiln_interp_callback2(value closure, value arg1, value arg2);
value kiln_interp_callback3(value closure, value arg1, value arg2, value arg3);
value caml_callback(value closure, value arg) { return kiln_interp_callback1(closure, arg); }
value caml_callback2(value closure, value a1, value a2) { return kiln_interp_callback2(closure, a1, a2); }
value caml_callback3(value closure, value a1, value a2, value a3) { return kiln_interp_callback3(closure, a1, a2, a3); }

/* ---- The platform layer (kiln/platform.h) on the host's file descriptors ---- */

static void write_all(int fd, const char *buf, unsigned len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n <= 0) return;
        buf += n;
        len -= (unsigned)n;
    }
}

void kiln_console_write(const char *buf, unsigned len) { write_all(1, buf, len); }
void kiln_error_write(const char *buf, unsigned len) { write_all(2, buf, len); }
void kiln_exit(int code) { _exit(code); }
void kiln_icount_start(void) {}
void kiln_icount_stop(void) {}
unsigned kiln_icount_read(void) { return 0; }
