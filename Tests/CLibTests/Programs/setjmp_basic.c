/* setjmp/longjmp: the second return, value 0 made 1, a setjmp in a loop, volatile locals. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf point;

static void jump(int value) { longjmp(point, value); }

static void nested(int depth, int value) {
    if (depth == 0) jump(value);
    nested(depth - 1, value);
    printf("never printed\n");
}

int main(void) {
    volatile int counter = 0;
    int result = setjmp(point);
    printf("setjmp returned %d, counter %d\n", result, counter);
    if (counter < 5) {
        counter++;
        nested(counter, counter * 10);
    }
    result = setjmp(point);
    if (result == 0) jump(0);
    printf("longjmp(0) gives %d\n", result);
    volatile int total = 0;
    for (volatile int i = 0; i < 20; i++) {
        if (setjmp(point) == 0) {
            total += i;
            if (i % 3 == 0) nested(i % 5, 1);
        } else {
            total += 1000;
        }
    }
    printf("loop total %d\n", total);
    return result == 1 ? 0 : 1;
}
