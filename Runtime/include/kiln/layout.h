/* Symbols the linker defines from the memory layout (Docs/firmware.md, "Layout symbols").
 * Only their addresses mean anything: declare them as single chars and take the address. */
#ifndef KILN_LAYOUT_H
#define KILN_LAYOUT_H

/* The heap region, [&_heap_start, &_heap_end): what the runtime's allocator manages. */
extern char _heap_start;
extern char _heap_end;

#endif
