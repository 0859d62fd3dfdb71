/* The OCaml runtime's shared globals (declared in kiln/ocaml.h and kiln/ocaml-runtime.h):
 * C defines them because compiled code reaches them by these exact names and Embedded
 * Swift cannot define a C-named variable. */
#include "kiln/ocaml-runtime.h"

value caml_exn_bucket = 1;
value *caml_root_sp;
value *caml_root_limit;
value *caml_root_top;
uintptr_t caml_native_stack_limit;
value caml_extra_args[64];
value caml_alloc_ptr;
value caml_alloc_limit;

/* Weak so that the front end's `--heap` definition wins. */
__attribute__((weak)) uint32_t caml_heap_size = 256 * 1024;
/* 1 MiB: 256K words (ocamlrun allows 1M), room for the non-tail recursion of ordinary
 * Stdlib use: List.map over 10,000 elements, interpreted, needs about 70K words. */
__attribute__((weak)) uint32_t caml_root_stack_size = 1024 * 1024;

const struct kiln_custom_operations caml_int32_ops = {"_i"};
const struct kiln_custom_operations caml_int64_ops = {"_j"};
const struct kiln_custom_operations caml_nativeint_ops = {"_n"};
const struct kiln_custom_operations kiln_channel_ops = {"_chan"};

value *kiln_ocaml_globals(void) { return caml_globals; }
uint32_t kiln_ocaml_globals_count(void) { return caml_globals_count; }
value *const *kiln_ocaml_static_oo_blocks(void) { return caml_static_oo_blocks; }
uint32_t kiln_ocaml_static_oo_blocks_count(void) { return caml_static_oo_blocks_count; }

value kiln_mark_stack[KILN_MARK_STACK_WORDS];
value kiln_compare_stack[KILN_COMPARE_STACK_WORDS];
value kiln_hash_queue[KILN_HASH_QUEUE_WORDS];
unsigned char kiln_channel_buffers[3][KILN_CHANNEL_BUFFER_SIZE];
value kiln_free_lists[KILN_FREE_LISTS];
value kiln_named_values[2 * KILN_NAMED_VALUES];
