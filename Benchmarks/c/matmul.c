/* 40x40 integer matrix multiply, i-k-j order. */
#include "common.h"
#define N 40
static int a[N][N], b[N][N], c[N][N];
int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { a[i][j] = (i * 7 + j * 3) % 17 - 8; b[i][j] = (i * 5 + j * 11) % 13 - 6; }
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            int x = a[i][k];
            for (int j = 0; j < N; j++) c[i][j] += x * b[k][j];
        }
    unsigned check = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) check = check * 33 + (unsigned)c[i][j];
    puts_("matmul "); put_hex(check); puts_("\n");
    return 0;
}
