/* Kiln's platform layer, as C sees it (Runtime/Start/platform-*.S, icount.S).
 * Both profiles provide every function; on esp32 "exit" prints the code and halts. */
#ifndef KILN_PLATFORM_H
#define KILN_PLATFORM_H

/* Writes len bytes to the console (qemu: standard output through semihosting; esp32: UART0
 * through the ROM's uart_tx_one_char). */
void kiln_console_write(const char *buf, unsigned len);

/* Writes len bytes to the error console (qemu: standard error; esp32: the same UART). */
void kiln_error_write(const char *buf, unsigned len);

/* Ends the program with this exit code (qemu: `kiln run` exits with it). Also stops
 * instruction counting and reports the count, which `kiln run --count` prints. */
void kiln_exit(int code) __attribute__((noreturn));

/* Exact instruction counting with the ICOUNT debug register. Counting starts just before
 * main is called; kiln_icount_start() restarts it from 0, kiln_icount_stop() freezes it
 * (the frozen value is what exit reports), kiln_icount_read() returns it. Only ordinary
 * code counts, not the window-spill and exception handlers; on QEMU the count is the same
 * on every run. */
void kiln_icount_start(void);
void kiln_icount_stop(void);
unsigned kiln_icount_read(void);

#endif
