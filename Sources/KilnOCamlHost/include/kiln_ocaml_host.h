/* What the host build of the OCaml runtime and interpreter (kiln-ocamlrun, the
 * interpreter's calibration) needs from the host: 32-bit addressable memory for the heap,
 * the root stack, the code image and the static data, the program's global table, and the
 * platform layer on stdout/stderr. Firmware gets all of this from the linker and the
 * program's module instead. */
#ifndef KILN_OCAML_HOST_H
#define KILN_OCAML_HOST_H

#include <stdint.h>

/* Fresh zeroed memory below 4 GiB (mmap MAP_32BIT), so that its addresses fit the 32-bit
 * values of Docs/abi.md; NULL when the system has none left. */
void *kiln_host_reserve(uint32_t bytes);

/* The program's global table and the static tag-248 blocks that need fresh object ids,
 * which a firmware's module defines as constants; the host driver fills them. */
#define KILN_HOST_MAX_GLOBALS 16384
#define KILN_HOST_MAX_OO_BLOCKS 1024
uint32_t *kiln_host_globals(void);
void kiln_host_set_globals_count(uint32_t count);
void kiln_host_add_static_oo_block(uint32_t *block);

/* The word custom blocks of each kind (Int32, Int64, Nativeint, channels) hold in field 0:
 * the host's kiln_ocaml_layout reports these to the runtime, the static data uses them. */
uint32_t kiln_host_custom_ops_word(int kind);

/* The interpreter's program start (Runtime/OCaml/Interpreter/InterpreterEntry.swift). */
int32_t kiln_interp_main(const uint32_t *code, uint32_t program_words, const void *const *primitives,
                         uint32_t *globals);

#endif
