/* The OCaml runtime's memory on firmware, from the linker's layout symbols
 * (Docs/firmware.md): the collected heap at _heap_start, the root stack after it, the rest
 * of the RAM up to _heap_end for malloc. The host tests provide their own version. */
#include "kiln/ocaml-runtime.h"

extern char _heap_start[], _heap_end[], _stack_limit[], _stack_top[];

/* The general allocator (Runtime/Core/Allocator), which would otherwise take the whole
 * region on first use: it gets what the OCaml heap and root stack leave. */
void kiln_heap_init(void *start, void *end);

/* Room the native stack keeps below the limit for the runtime's own calls (primitives,
 * the collector) after an OCaml function's entry check has passed. */
#define KILN_NATIVE_STACK_MARGIN 2048

static value static_area[KILN_STATIC_WORDS];

int kiln_ocaml_layout(struct kiln_ocaml_memory *m) {
    uintptr_t start = ((uintptr_t)_heap_start + 7) & ~(uintptr_t)7;
    uintptr_t end = (uintptr_t)_heap_end;
    uintptr_t heap = caml_heap_size & ~(uint32_t)3;
    uintptr_t roots = caml_root_stack_size & ~(uint32_t)3;
    if (start > end || heap > end - start || roots > end - start - heap) return 0;
    m->heap_start = start;
    m->heap_end = start + heap;
    m->root_start = m->heap_end;
    m->root_end = m->heap_end + roots;
    m->static_start = (uintptr_t)static_area;
    m->stack_limit = (uintptr_t)_stack_limit + KILN_NATIVE_STACK_MARGIN;
    /* Compiled code tests the root stack only where it pushes a big frame (Docs/abi.md,
     * "Stack checks"), which is sound while the root stack has at least as much room as the
     * native stack: the native limit is raised until it has, with a sixteenth of the root
     * stack to spare for the first frames (the top-level code's may be big). */
    uintptr_t slack = 4 * KILN_ROOT_SLACK_WORDS;
    uintptr_t room = roots > slack ? roots - slack : 0;
    room -= room / 16;
    uintptr_t top = (uintptr_t)_stack_top;
    if (top - m->stack_limit > room) m->stack_limit = top - room;
    m->malloc_start = m->root_end;
    m->malloc_end = end;
    kiln_heap_init((void *)m->malloc_start, (void *)m->malloc_end);
    m->custom_ops[KILN_OPS_INT32] = (uint32_t)(uintptr_t)&caml_int32_ops;
    m->custom_ops[KILN_OPS_INT64] = (uint32_t)(uintptr_t)&caml_int64_ops;
    m->custom_ops[KILN_OPS_NATIVEINT] = (uint32_t)(uintptr_t)&caml_nativeint_ops;
    m->custom_ops[KILN_OPS_CHANNEL] = (uint32_t)(uintptr_t)&kiln_channel_ops;
    return 1;
}
