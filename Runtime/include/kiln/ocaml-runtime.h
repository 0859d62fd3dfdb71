/* The OCaml runtime's own C-level pieces (Runtime/OCaml/state.c, layout.c): storage that
 * Embedded Swift cannot define with a C name (static data with OCaml headers, scratch
 * arrays) and the memory layout from the linker. Not part of the contract with compiled
 * code (that is ocaml.h); only the runtime's Swift code includes this. */
#ifndef KILN_OCAML_RUNTIME_H
#define KILN_OCAML_RUNTIME_H

#include "ocaml.h"
#include "platform.h"

extern const struct kiln_custom_operations kiln_channel_ops;   /* "_chan": the standard channels */

/* Which custom operations a word in field 0 of a custom block names. */
enum { KILN_OPS_INT32, KILN_OPS_INT64, KILN_OPS_NATIVEINT, KILN_OPS_CHANNEL, KILN_OPS_COUNT };

/* Words of runtime-owned static blocks (atoms, the standard channels) outside the heap. */
#define KILN_STATIC_WORDS 272

/* Words the runtime keeps below caml_root_limit for its own pushes (Roots.swift). */
#define KILN_ROOT_SLACK_WORDS 256

/* The regions the runtime works in, set by kiln_ocaml_layout (layout.c on firmware, the
 * test host's own version on the host, where every value must be a 32-bit address). */
struct kiln_ocaml_memory {
    uintptr_t heap_start, heap_end;     /* the collected heap: caml_heap_size bytes */
    uintptr_t root_start, root_end;     /* the root stack: caml_root_stack_size bytes */
    uintptr_t static_start;             /* KILN_STATIC_WORDS words for the runtime's static blocks */
    uintptr_t stack_limit;              /* lowest address the native stack may reach */
    uintptr_t malloc_start, malloc_end; /* what is left for malloc (may be empty) */
    uint32_t custom_ops[KILN_OPS_COUNT]; /* the word each kind of custom block holds in field 0 */
};
/* Fills `memory`; returns 0 when the requested heap and root stack do not fit. */
int kiln_ocaml_layout(struct kiln_ocaml_memory *memory);

/* Bytes of root stack (weak default in state.c). */
extern uint32_t caml_root_stack_size;

/* The global table's fields as a pointer (an incomplete array does not reach Swift). */
value *kiln_ocaml_globals(void);
uint32_t kiln_ocaml_globals_count(void);
value *const *kiln_ocaml_static_oo_blocks(void);
uint32_t kiln_ocaml_static_oo_blocks_count(void);

/* Scratch storage for the collector and the structural compare/hash (sizes in words). */
#define KILN_MARK_STACK_WORDS 512
#define KILN_COMPARE_STACK_WORDS 768
#define KILN_HASH_QUEUE_WORDS 256
extern value kiln_mark_stack[KILN_MARK_STACK_WORDS];
extern value kiln_compare_stack[KILN_COMPARE_STACK_WORDS];
extern value kiln_hash_queue[KILN_HASH_QUEUE_WORDS];

/* Heads of the collector's free lists: index n (1...16) holds blocks of exactly n fields,
 * index 0 the larger ones, in address order. */
#define KILN_FREE_LISTS 17
extern value kiln_free_lists[KILN_FREE_LISTS];

/* The named values (caml_register_named_value): pairs of (name string, value), roots. */
#define KILN_NAMED_VALUES 32
extern value kiln_named_values[2 * KILN_NAMED_VALUES];

/* Channel buffers: stdin, stdout, stderr. */
#define KILN_CHANNEL_BUFFER_SIZE 1024
extern unsigned char kiln_channel_buffers[3][KILN_CHANNEL_BUFFER_SIZE];

/* The arrays above as pointers: Swift sees a C array as a tuple. */
static inline value *kiln_free_list_heads(void) { return kiln_free_lists; }
static inline value *kiln_named_value_table(void) { return kiln_named_values; }
static inline value *kiln_mark_stack_base(void) { return kiln_mark_stack; }
static inline value *kiln_compare_stack_base(void) { return kiln_compare_stack; }
static inline value *kiln_hash_queue_base(void) { return kiln_hash_queue; }
static inline unsigned char *kiln_channel_buffer(int i) { return kiln_channel_buffers[i]; }

#endif
