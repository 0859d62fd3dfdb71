/* Constant expressions on symbol addresses, in initializers and in code: pointers into
   strings and arrays (&array[3]), an address plus a constant through an integer,
   pointers into the middle of structs, function tables. */
#include "common.h"

typedef unsigned long uintptr_t;

static const char text[] = "alpha\0beta\0gamma\0delta\0epsilon";
static const char *const words[] = { text, text + 6, text + 11, &text[17], text + 23 };
static int numbers[10] = { 1, 1, 2, 3, 5, 8, 13, 21, 34, 55 };
static int *const middle = &numbers[5];
static const uintptr_t after_third = (uintptr_t)&numbers[3] + 4;
struct pair { int key; const char *name; };
static struct pair pairs[] = { { 7, "seven" }, { 3, "three" }, { 9, "nine" } };
static const char **const name_of_second = &pairs[1].name;
static const char *const *const last_word = &words[4];

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int shl(int a, int b) { return a << b; }
static int (*const operations[])(int, int) = { add, sub, mul, shl };
static const struct { const char *name; int (*op)(int, int); } named[] = { { "add", add }, { "mul", mul }, { "sub", sub } };

int main(void) {
    for (int i = 0; i < 5; i++) { puts_(words[i]); puts_(i < 4 ? " " : "\n"); }
    line("middle", *middle + middle[2]);
    line("after third", *(const int *)after_third);
    puts_(*name_of_second); puts_("\n");
    puts_(*last_word); puts_("\n");
    int acc = 3;
    for (int i = 0; i < 8; i++) acc = operations[i & 3](acc, i + 1);
    line("acc", acc);
    for (int i = 0; i < 3; i++) { puts_(named[i].name); puts_(" "); put_int(named[i].op(6, 7)); puts_("\n"); }
    volatile int index = 2;
    line("code", *(int *)((uintptr_t)numbers + 16) + *(&numbers[1] + index));
    line("diff", (int)(words[3] - words[0]));
    return acc & 0x7f;
}
