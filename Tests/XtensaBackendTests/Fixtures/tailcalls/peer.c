/* The far end of deep.c's tail calls, in another object (built by llc-22 in the tests). */
unsigned peer_leaf(unsigned n, unsigned a, unsigned b, unsigned c, unsigned d, unsigned e) {
    volatile unsigned spread[12];
    for (unsigned i = 0; i < 12; i++) spread[i] = a * i + b - c * (i & 3) + d * n - e;
    unsigned s = 0;
    for (unsigned i = 0; i < 12; i++) s += spread[i] ^ i;
    return s;
}
