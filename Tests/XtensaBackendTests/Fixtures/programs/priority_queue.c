/* A binary heap priority queue driving Dijkstra's shortest paths on a generated graph
   stored as adjacency arrays; distances and a path printed. */
#include "common.h"

#define NODES 40
#define EDGES 160

static int edge_to[EDGES], edge_weight[EDGES], edge_next[EDGES], head[NODES];
static int heap_node[EDGES + NODES], heap_key[EDGES + NODES], heap_size;
static int dist[NODES], previous[NODES];

static void push(int node, int key) {
    int i = heap_size++;
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (heap_key[parent] <= key) break;
        heap_node[i] = heap_node[parent]; heap_key[i] = heap_key[parent];
        i = parent;
    }
    heap_node[i] = node; heap_key[i] = key;
}

static int pop(int *key) {
    int node = heap_node[0];
    *key = heap_key[0];
    int last_node = heap_node[--heap_size], last_key = heap_key[heap_size];
    int i = 0;
    for (;;) {
        int child = 2 * i + 1;
        if (child >= heap_size) break;
        if (child + 1 < heap_size && heap_key[child + 1] < heap_key[child]) child++;
        if (heap_key[child] >= last_key) break;
        heap_node[i] = heap_node[child]; heap_key[i] = heap_key[child];
        i = child;
    }
    heap_node[i] = last_node; heap_key[i] = last_key;
    return node;
}

int main(void) {
    unsigned seed = 12345;
    for (int i = 0; i < NODES; i++) head[i] = -1;
    for (int e = 0; e < EDGES; e++) {
        seed = seed * 1103515245u + 12345u;
        int from = e % NODES, to = (int)((seed >> 8) % NODES);
        edge_to[e] = to; edge_weight[e] = 1 + (int)((seed >> 20) % 50);
        edge_next[e] = head[from]; head[from] = e;
    }
    for (int i = 0; i < NODES; i++) { dist[i] = 0x7fffffff; previous[i] = -1; }
    dist[0] = 0;
    push(0, 0);
    int pops = 0;
    while (heap_size > 0) {
        int d, u = pop(&d);
        pops++;
        if (d > dist[u]) continue;
        for (int e = head[u]; e >= 0; e = edge_next[e]) {
            int v = edge_to[e], nd = d + edge_weight[e];
            if (nd < dist[v]) { dist[v] = nd; previous[v] = u; push(v, nd); }
        }
    }
    int total = 0, reachable = 0;
    for (int i = 0; i < NODES; i++) if (dist[i] != 0x7fffffff) { total += dist[i]; reachable++; }
    line("reachable", reachable);
    line("total", total);
    line("pops", pops);
    for (int v = NODES - 1; v >= 0; v = previous[v]) { put_int(v); puts_(v ? " <- " : "\n"); }
    return total & 0x7f;
}
