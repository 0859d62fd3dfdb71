/* The OCaml runtime's C side on the test host: state.c itself, and host versions of what
 * firmware gets from the linker (layout), the platform layer and the program module. All
 * runtime memory lies in one MAP_32BIT mapping so that every value is a 32-bit address. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "kiln/ocaml-runtime.h"
#include "KilnOCamlHost.h"
#include "../../Runtime/OCaml/state.c"  /* the firmware's own definitions */

/* ---- the program module ---- */
/* The tests put the predefined exceptions (blocks they allocate) and their roots here. */
value caml_globals[4096];  /* room for a whole program run by kiln-ocamlrun (ocaml-interp) */
const uint32_t caml_globals_count = 4096;
value *const caml_static_oo_blocks[1] = {0};
const uint32_t caml_static_oo_blocks_count = 0;

kiln_host_callback kiln_host_callback_function;
value caml_callback(value c, value a) { return kiln_host_callback_function(c, a, 0, 0, 1); }
value caml_callback2(value c, value a, value b) { return kiln_host_callback_function(c, a, b, 0, 2); }
value caml_callback3(value c, value a, value b, value d) { return kiln_host_callback_function(c, a, b, d, 3); }

/* ---- layout ---- */
static void *mapping;
static size_t mapping_size;

int kiln_ocaml_layout(struct kiln_ocaml_memory *m) {
    size_t statics = KILN_STATIC_WORDS * 4 + 4 * KILN_OPS_COUNT + 1024 * 4;
    size_t need = statics + caml_heap_size + caml_root_stack_size + 4096;
    if (mapping_size < need) {
        if (mapping) munmap(mapping, mapping_size);
        mapping = mmap(NULL, need, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
        if (mapping == MAP_FAILED) { mapping = NULL; mapping_size = 0; return 0; }
        mapping_size = need;
    }
    uintptr_t base = (uintptr_t)mapping;
    m->static_start = base;
    uintptr_t ops = base + KILN_STATIC_WORDS * 4;
    for (int i = 0; i < KILN_OPS_COUNT; i++) m->custom_ops[i] = (uint32_t)(ops + 4 * i);
    m->heap_start = (base + statics + 7) & ~(uintptr_t)7;
    m->heap_end = m->heap_start + (caml_heap_size & ~3u);
    m->root_start = m->heap_end;
    m->root_end = m->root_start + (caml_root_stack_size & ~3u);
    m->stack_limit = 0;
    m->malloc_start = m->malloc_end = 0;
    return 1;
}


/* ---- platform ---- */
static char *out[2];
static unsigned out_len[2], out_cap[2];

static void append(int which, const char *buf, unsigned len) {
    if (out_len[which] + len > out_cap[which]) {
        out_cap[which] = (out_len[which] + len) * 2 + 64;
        out[which] = realloc(out[which], out_cap[which]);
    }
    memcpy(out[which] + out_len[which], buf, len);
    out_len[which] += len;
}
void kiln_console_write(const char *buf, unsigned len) { append(0, buf, len); }
void kiln_error_write(const char *buf, unsigned len) { append(1, buf, len); }
const char *kiln_host_output(int error, unsigned *length) { *length = out_len[error]; return out[error] ? out[error] : ""; }
void kiln_host_clear_output(void) { out_len[0] = out_len[1] = 0; }

static jmp_buf *exit_target;
static int last_exit_code;
void kiln_exit(int code) {
    last_exit_code = code;
    if (exit_target) longjmp(*exit_target, 1);
    abort();
}
int kiln_host_run_catching_exit(void (*body)(void *), void *context, int *exit_code) {
    jmp_buf target, *saved = exit_target;
    exit_target = &target;
    if (setjmp(target)) { exit_target = saved; *exit_code = last_exit_code; return 1; }
    body(context);
    exit_target = saved;
    return 0;
}
void kiln_icount_start(void) {}
void kiln_icount_stop(void) {}
unsigned kiln_icount_read(void) { return 12345; }
