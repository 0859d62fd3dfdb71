/* Hooks of the OCaml runtime's host build (host.c) for the tests; the runtime's own
 * declarations come from the KilnOCaml module (Runtime/include). */
#include <stdint.h>
typedef uint32_t value;

/* Test hooks (host.c). caml_globals has 4096 fields on the host. */
/* What the console and error console received since the last kiln_host_take_output. */
const char *kiln_host_output(int error, unsigned *length);
void kiln_host_clear_output(void);
/* kiln_exit on the host: records the code and longjmps back to kiln_host_catch_exit. */
int kiln_host_run_catching_exit(void (*body)(void *), void *context, int *exit_code);
/* The engine's callbacks: the host tests install a C function that plays the closure. */
typedef value (*kiln_host_callback)(value closure, value arg1, value arg2, value arg3, int arity);
extern kiln_host_callback kiln_host_callback_function;
