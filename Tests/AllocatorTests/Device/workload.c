/* The allocator on the device: random malloc/calloc/realloc/posix_memalign/free with
   patterns, checked as on the host; the exit code says which check failed (0 = all good). */
typedef unsigned long size_t;
extern char _heap_start[], _heap_end[];
void kiln_heap_init(void *start, void *end);
void *malloc(size_t); void free(void *); void *calloc(size_t, size_t); void *realloc(void *, size_t);
int posix_memalign(void **, size_t, size_t);
void kiln_heap_set_exhaustion_hook(void (*)(int));
static unsigned state = 12345;
static unsigned rnd(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }
#define SLOTS 64
static unsigned char *ptr[SLOTS]; static unsigned size[SLOTS]; static unsigned char seed[SLOTS];
static int exhausted;
static void on_exhaustion(int n) { (void)n; exhausted++; }
static unsigned pick_size(void) { unsigned r = rnd() % 100; return r < 70 ? rnd() % 257 : r < 95 ? rnd() % 4097 : rnd() % 20001; }
static int intact(int i, unsigned n) { for (unsigned k = 0; k < n; k++) if (ptr[i][k] != (unsigned char)(seed[i] + k)) return 0; return 1; }
static void fill(int i, unsigned from) { for (unsigned k = from; k < size[i]; k++) ptr[i][k] = (unsigned char)(seed[i] + k); }
/* Through volatiles: Kiln's back end does not take constant expressions on symbol addresses yet. */
static char *volatile heap_start = _heap_start, *volatile heap_end = _heap_end;
int main(void) {
    kiln_heap_init(heap_start, heap_end);
    kiln_heap_set_exhaustion_hook(on_exhaustion);
    for (int step = 0; step < 20000; step++) {
        int i = rnd() % SLOTS;
        if (ptr[i]) {
            if (!intact(i, size[i])) return 10;
            if (rnd() & 1) { free(ptr[i]); ptr[i] = 0; }
            else {
                unsigned n = pick_size(); unsigned char *q = realloc(ptr[i], n);
                if (!q) return 11;
                if ((unsigned)q & 7) return 12;
                ptr[i] = q;
                unsigned keep = n < size[i] ? n : size[i];
                if (!intact(i, keep)) return 13;
                size[i] = n; fill(i, keep);
            }
        } else {
            unsigned n = pick_size(); unsigned op = rnd() % 3; unsigned align = 8;
            unsigned char *q;
            if (op == 0) q = malloc(n);
            else if (op == 1) { q = calloc(1, n); if (q) for (unsigned k = 0; k < n; k++) if (q[k]) return 14; }
            else { align = 16u << (rnd() % 8); void *r = 0; if (posix_memalign(&r, align, n)) return 15; q = r; }
            if (!q) return 16;
            if ((unsigned)q & (align - 1)) return 17;
            if ((char *)q < heap_start || (char *)q + n > heap_end) return 18;
            ptr[i] = q; size[i] = n; seed[i] = (unsigned char)rnd(); fill(i, 0);
        }
    }
    for (int i = 0; i < SLOTS; i++) { if (ptr[i] && !intact(i, size[i])) return 19; free(ptr[i]); }
    /* Everything coalesced: nearly the whole heap can be taken in one block again. */
    size_t total = (size_t)(heap_end - heap_start);
    void *all = malloc(total - 512);
    if (!all) return 20;
    free(all);
    if (malloc(total) != 0 || exhausted != 1) return 21;
    return 0;
}
