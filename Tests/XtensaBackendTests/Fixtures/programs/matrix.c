#include "common.h"
#define N 6
int a[N][N], b[N][N], c[N][N];
static void multiply(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { a[i][j] = i * 3 - j; b[i][j] = (i ^ j) + 1; }
    multiply();
    int trace = 0, sum = 0;
    for (int i = 0; i < N; i++) { trace += c[i][i]; for (int j = 0; j < N; j++) sum += c[i][j] * (j + 1); }
    line("trace", trace);
    line("sum", sum);
    line("corner", c[N - 1][N - 1]);
    return 0;
}
