#include "common.h"
struct entry { const char *key; int value; struct entry *next; };
static struct entry pool[64];
static struct entry *buckets[16];
static int used;
static unsigned hash(const char *s) { unsigned h = 2166136261u; while (*s) h = (h ^ (unsigned char)*s++) * 16777619u; return h; }
static int streq(const char *a, const char *b) { while (*a && *a == *b) { a++; b++; } return *a == *b; }
static void put(const char *key, int value) {
    unsigned h = hash(key) & 15;
    for (struct entry *e = buckets[h]; e; e = e->next) if (streq(e->key, key)) { e->value = value; return; }
    struct entry *e = &pool[used++];
    e->key = key; e->value = value; e->next = buckets[h]; buckets[h] = e;
}
static int get(const char *key, int missing) {
    for (struct entry *e = buckets[hash(key) & 15]; e; e = e->next) if (streq(e->key, key)) return e->value;
    return missing;
}
static const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "beta", "eta"};
int main(void) {
    for (int i = 0; i < 12; i++) put(words[i], get(words[i], 0) + i + 1);
    for (int i = 0; i < 10; i++) line(words[i], get(words[i], -1));
    line("missing", get("omega", -1));
    line("used", used);
    int chain = 0;
    for (int i = 0; i < 16; i++) { int n = 0; for (struct entry *e = buckets[i]; e; e = e->next) n++; chain = chain * 3 + n; }
    line("chains", chain);
    return 0;
}
