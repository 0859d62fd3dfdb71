/* Sorting records through comparator function pointers: a merge sort and a quicksort
   over an array of structs, by several keys, and a binary search with a comparator. */
#include "common.h"

struct record { int id; int score; const char *name; };
typedef int (*compare_fn)(const struct record *, const struct record *);

static int by_score(const struct record *a, const struct record *b) { return a->score - b->score; }
static int by_id_desc(const struct record *a, const struct record *b) { return b->id - a->id; }
static int by_name(const struct record *a, const struct record *b) {
    const char *x = a->name, *y = b->name;
    while (*x && *x == *y) { x++; y++; }
    return (unsigned char)*x - (unsigned char)*y;
}
static int by_score_then_name(const struct record *a, const struct record *b) {
    int c = by_score(a, b);
    return c ? c : by_name(a, b);
}

static struct record scratch[32];

static void merge_sort(struct record *v, int n, compare_fn cmp) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(v, h, cmp);
    merge_sort(v + h, n - h, cmp);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) scratch[k++] = cmp(&v[j], &v[i]) < 0 ? v[j++] : v[i++];
    while (i < h) scratch[k++] = v[i++];
    while (j < n) scratch[k++] = v[j++];
    for (k = 0; k < n; k++) v[k] = scratch[k];
}

static void quick_sort(struct record *v, int lo, int hi, compare_fn cmp) {
    while (lo < hi) {
        struct record pivot = v[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (cmp(&v[i], &pivot) < 0) i++;
            while (cmp(&pivot, &v[j]) < 0) j--;
            if (i <= j) { struct record t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick_sort(v, lo, j, cmp); lo = i; } else { quick_sort(v, i, hi, cmp); hi = j; }
    }
}

static int search(const struct record *v, int n, const struct record *key, compare_fn cmp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2, c = cmp(&v[mid], key);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

static const char *names[] = { "ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou",
                               "max", "ned", "ola", "pam", "quin", "ray", "sue", "tom" };
static struct record people[20];

static void show(const char *label) {
    puts_(label);
    for (int i = 0; i < 20; i++) { puts_(" "); puts_(people[i].name); put_int(people[i].score); }
    puts_("\n");
}

int main(void) {
    for (int i = 0; i < 20; i++) { people[i].id = i; people[i].score = (i * 7 + 3) % 11; people[i].name = names[(i * 13) % 20]; }
    merge_sort(people, 20, by_score_then_name); show("score");
    quick_sort(people, 0, 19, by_id_desc); show("id");
    merge_sort(people, 20, by_name); show("name");
    struct record key = { 0, 0, "max" };
    line("found", search(people, 20, &key, by_name));
    key.name = "zed";
    line("absent", search(people, 20, &key, by_name));
    return people[0].id;
}
