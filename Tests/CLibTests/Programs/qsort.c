/* qsort and bsearch on ints, strings and records; equal keys too, where the host's glibc
 * (Debian 12's 2.36) keeps their order because its qsort is a merge sort, and so must ours. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static int by_int(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static int by_string(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

struct record { int16_t key; char name[10]; double weight; };

static int by_key_only(const void *a, const void *b) {
    return ((const struct record *)a)->key - ((const struct record *)b)->key;
}

static int by_record(const void *a, const void *b) {
    const struct record *x = a, *y = b;
    if (x->key != y->key) return x->key - y->key;
    return strcmp(x->name, y->name);
}

int main(void) {
    static int32_t numbers[2000];
    uint32_t state = 12345;
    for (int i = 0; i < 2000; i++) {
        state = state * 1103515245u + 12345u;
        numbers[i] = (int32_t)(state >> 1) % 100000 - 50000;
    }
    qsort(numbers, 2000, sizeof *numbers, by_int);
    int ordered = 1;
    for (int i = 1; i < 2000; i++) ordered &= numbers[i - 1] <= numbers[i];
    printf("ordered %d first %d last %d median %d\n", ordered, numbers[0], numbers[1999], numbers[1000]);
    for (int32_t key = -50000; key < 50000; key += 9973) {
        int32_t *found = bsearch(&key, numbers, 2000, sizeof *numbers, by_int);
        printf("%d:%s ", key, found ? "yes" : "no");
    }
    int32_t present = numbers[777];
    printf("\npresent %d\n", *(int32_t *)bsearch(&present, numbers, 2000, sizeof *numbers, by_int) == present);
    const char *names[] = {"kiwi", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape", "honeydew"};
    qsort(names, 9, sizeof *names, by_string);
    for (int i = 0; i < 9; i++) printf("%s ", names[i]);
    struct record records[] = {{3, "c", 1.5}, {1, "z", 2.5}, {3, "a", 0.5}, {-2, "m", 9.0}, {1, "b", 4.0}, {0, "o", 3.0}};
    qsort(records, 6, sizeof *records, by_record);
    printf("\n");
    for (int i = 0; i < 6; i++) printf("(%d %s %.1f) ", records[i].key, records[i].name, records[i].weight);
    printf("\n");
    struct record ties[40];
    for (int i = 0; i < 40; i++) {
        ties[i].key = (int16_t)((i * 7) % 5);
        ties[i].name[0] = (char)('A' + i % 26);
        ties[i].name[1] = (char)('0' + i / 26);
        ties[i].name[2] = 0;
        ties[i].weight = i;
    }
    qsort(ties, 40, sizeof *ties, by_key_only);
    for (int i = 0; i < 40; i++) printf("%d%s ", ties[i].key, ties[i].name);
    printf("\n");
    qsort(names, 0, sizeof *names, by_string);
    qsort(names, 1, sizeof *names, by_string);
    return 0;
}
