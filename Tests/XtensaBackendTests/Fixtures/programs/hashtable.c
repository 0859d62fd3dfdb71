/* An open-addressing hash table with string keys: FNV-1a hashing, linear probing,
   insertion, lookup, deletion with tombstones and growth by rehashing. */
#include "common.h"

#define EMPTY 0
#define USED 1
#define DELETED 2

struct entry { const char *key; int value; unsigned char state; };
static struct entry storage[2][128];
static struct entry *table = storage[0];
static unsigned capacity = 16, used;

static unsigned hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static int same(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return *a == *b;
}

static void put(const char *key, int value);

static void grow(void) {
    struct entry *old = table;
    unsigned old_capacity = capacity;
    table = table == storage[0] ? storage[1] : storage[0];
    capacity *= 2;
    for (unsigned i = 0; i < capacity; i++) table[i].state = EMPTY;
    used = 0;
    for (unsigned i = 0; i < old_capacity; i++) if (old[i].state == USED) put(old[i].key, old[i].value);
}

static void put(const char *key, int value) {
    if ((used + 1) * 4 > capacity * 3) grow();
    unsigned i = hash(key) & (capacity - 1);
    int tomb = -1;
    while (table[i].state != EMPTY) {
        if (table[i].state == USED && same(table[i].key, key)) { table[i].value = value; return; }
        if (table[i].state == DELETED && tomb < 0) tomb = (int)i;
        i = (i + 1) & (capacity - 1);
    }
    if (tomb >= 0) i = (unsigned)tomb;
    table[i].key = key; table[i].value = value; table[i].state = USED;
    used++;
}

static int *get(const char *key) {
    unsigned i = hash(key) & (capacity - 1);
    while (table[i].state != EMPTY) {
        if (table[i].state == USED && same(table[i].key, key)) return &table[i].value;
        i = (i + 1) & (capacity - 1);
    }
    return 0;
}

static void erase(const char *key) {
    int *v = get(key);
    if (v) { ((struct entry *)((char *)v - __builtin_offsetof(struct entry, value)))->state = DELETED; used--; }
}

static const char *words[] = { "apple", "banana", "cherry", "date", "elder", "fig", "grape", "honeydew", "kiwi", "lemon",
                               "mango", "nectarine", "orange", "papaya", "quince", "raspberry", "strawberry", "tangerine",
                               "ugli", "vanilla", "watermelon", "xigua", "yam", "zucchini", "apricot", "blueberry",
                               "cantaloupe", "durian", "eggplant", "feijoa", "guava", "huckleberry", "jackfruit", "kumquat",
                               "lime", "lychee", "mulberry", "olive", "peach", "pear" };

int main(void) {
    int n = sizeof words / sizeof words[0];
    for (int i = 0; i < n; i++) put(words[i], i * i);
    for (int i = 0; i < n; i += 3) put(words[i], -i);
    for (int i = 1; i < n; i += 4) erase(words[i]);
    int sum = 0, missing = 0;
    for (int i = 0; i < n; i++) { int *v = get(words[i]); if (v) sum += *v; else missing++; }
    line("capacity", (int)capacity);
    line("used", (int)used);
    line("sum", sum);
    line("missing", missing);
    line("absent", get("zebra") == 0);
    return sum & 0x7f;
}
