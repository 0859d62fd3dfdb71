/* The interface between compiled OCaml code (or the bytecode interpreter) and the OCaml
 * runtime. Docs/abi.md explains each item; this header is the one place they are spelled.
 * Values are 32-bit words: tagged integers (odd) or addresses of a block's first field. */
#ifndef KILN_OCAML_H
#define KILN_OCAML_H

#include <stdint.h>

typedef uint32_t value;

/* The word a function returns instead of a value when an exception is being raised
 * (never a value: not odd, not 4-aligned). The exception itself is in caml_exn_bucket. */
#define KILN_EXCEPTION_SENTINEL ((value)2)

/* ---- State shared by compiled code and the runtime (defined in Runtime/OCaml/state.c) ---- */

extern value caml_exn_bucket;          /* the exception being raised */
extern value *caml_root_sp;            /* lowest word of the root stack in use (grows down) */
extern value *caml_root_limit;         /* frames may not go below this */
extern value *caml_root_top;           /* one past the highest word */
extern uintptr_t caml_native_stack_limit; /* a1 below this at function entry: Stack_overflow */
extern value caml_extra_args[64];      /* arguments 6, 7, ... of a native call */
extern uint32_t caml_heap_size;        /* bytes, from `kiln build --heap`; the front end may define it strongly */
/* The allocation chunk: the free heap words [caml_alloc_ptr, caml_alloc_limit). A block of
 * n fields is allocated by bumping caml_alloc_ptr by 4 * (n + 1) when that stays within
 * the limit and writing its header at the old pointer; otherwise caml_alloc_block. */
extern value caml_alloc_ptr;
extern value caml_alloc_limit;

/* Custom operations: OCaml's struct custom_operations reduced to what Kiln uses (the runtime
 * tells custom blocks apart by the address of their operations). Field 0 of an Int32,
 * Int64 or Nativeint block, static data included, holds the address of one of these. */
struct kiln_custom_operations {
    const char *identifier;
};
extern const struct kiln_custom_operations caml_int32_ops;     /* "_i" */
extern const struct kiln_custom_operations caml_int64_ops;     /* "_j" */
extern const struct kiln_custom_operations caml_nativeint_ops; /* "_n" */

/* ---- Defined by the program's module (front end or interpreter build) ---- */

extern value caml_globals[];           /* the global table's fields (a static block) */
extern const uint32_t caml_globals_count;
extern value *const caml_static_oo_blocks[]; /* static tag-248 blocks needing fresh ids */
extern const uint32_t caml_static_oo_blocks_count;

/* The execution engine's way for the runtime to run OCaml code (at_exit, printers,
 * Hashtbl's hash of closures never: compare/hash refuse functional values). */
value caml_callback(value closure, value arg);
value caml_callback2(value closure, value arg1, value arg2);
value caml_callback3(value closure, value arg1, value arg2, value arg3);

/* ---- Defined by the runtime ---- */

void caml_init_runtime(void);
void caml_shutdown(void);
void caml_fatal_uncaught_exception(value exn) __attribute__((noreturn));

/* A block with wosize fields of tag `tag`; fields of tags < 251 are Val_int(0), the words of
 * other tags 0; wosize 0 gives the tag's shared atom. May collect. Returns KILN_EXCEPTION_SENTINEL (Out_of_memory in the bucket) when full. */
value caml_alloc_block(uint32_t wosize, uint32_t tag);

/* Raising from compiled code and from primitives: store the bucket, return the sentinel. */
value caml_raise(value exn);
value caml_raise_stack_overflow(void);
value caml_raise_zero_divide(void);
value caml_raise_index_out_of_bounds(void);  /* Invalid_argument "index out of bounds" */

#endif
