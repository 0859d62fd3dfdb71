/* The allocator under a C program: a linked list, a growing array, calloc, realloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct node { int32_t value; struct node *next; };

int main(void) {
    struct node *head = NULL;
    for (int32_t i = 0; i < 1000; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) return 1;
        n->value = i * i % 977;
        n->next = head;
        head = n;
    }
    int64_t sum = 0;
    int length = 0;
    for (struct node *n = head; n; n = n->next) { sum += n->value; length++; }
    printf("list: %d nodes, sum %lld\n", length, (long long)sum);
    /* free every other node, then everything */
    for (struct node *n = head; n && n->next;) {
        struct node *dead = n->next;
        n->next = dead->next;
        free(dead);
        n = n->next;
    }
    length = 0;
    while (head) { struct node *next = head->next; free(head); head = next; length++; }
    printf("kept %d\n", length);

    int32_t *array = NULL;
    size_t capacity = 0;
    for (int32_t i = 0; i < 5000; i++) {
        if ((size_t)i == capacity) {
            capacity = capacity ? capacity * 2 : 4;
            array = realloc(array, capacity * sizeof *array);
            if (!array) return 2;
        }
        array[i] = i ^ 0x5a5a;
    }
    uint32_t check = 0;
    for (int32_t i = 0; i < 5000; i++) check = check * 31 + (uint32_t)array[i];
    printf("array: capacity %u, check %u\n", (unsigned)capacity, check);
    free(array);

    unsigned char *zeros = calloc(1000, 7);
    int nonzero = 0;
    for (int i = 0; i < 7000; i++) nonzero += zeros[i] != 0;
    printf("calloc nonzero %d\n", nonzero);
    free(zeros);

    char *text = malloc(8);
    strcpy(text, "grow");
    for (int i = 0; i < 6; i++) {
        size_t length = strlen(text);
        text = realloc(text, length * 2 + 1);
        memcpy(text + length, text + length / 2, length - length / 2); /* a tail of itself */
        text[length + length - length / 2] = 0;
    }
    printf("text length %u starts %.12s\n", (unsigned)strlen(text), text);
    free(text);
    void *aligned = NULL;
    int status = posix_memalign(&aligned, 64, 100);
    printf("memalign %d aligned %d\n", status, (int)((uintptr_t)aligned % 64 == 0));
    free(aligned);
    printf("malloc(0) %s\n", malloc(0) ? "non-null" : "null");
    return 0;
}
