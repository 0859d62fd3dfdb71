/* Single precision: float arithmetic in one register, float <-> double, float arrays,
   selects and phis of floats, float arguments beyond the registers. */
#include "floatio.h"

static volatile float values[] = { 0.0f, -0.0f, 1.0f, -2.5f, 3.4e38f, 1e-45f, 1.17549435e-38f, 0.1f, 1e10f, -7.75f };

__attribute__((noinline)) static float blend(float a, float b, float c, float d, float e, float f, float g, float h) {
    return a * h + b * g - c * f + d * e;
}

__attribute__((noinline)) static float clampf(float x, float lo, float hi) { return x < lo ? lo : x > hi ? hi : x; }

int main(void) {
    int n = sizeof values / sizeof values[0];
    for (int i = 0; i < n; i++) {
        float a = values[i], b = values[(i + 3) % n];
        put_bits32(a + b); puts_(" ");
        put_bits32(a - b); puts_(" ");
        put_bits32(a * b); puts_(" ");
        put_bits32(a / b); puts_(" ");
        put_bits32(-a); puts_(" ");
        put_bits32(clampf(a, -1.0f, 2.0f)); puts_("\n");
    }
    float acc = 0.0f;
    for (int i = 0; i < 200; i++) acc = acc * 0.99f + (float)i * 0.5f;
    fline("acc", acc);
    fline("blend", blend(1.5f, 2.0f, -3.0f, 4.25f, 0.5f, 6.0f, 7.0f, -8.0f));
    float x = 1.0f;
    int steps = 0;
    while (x + 1.0f != 1.0f) { x *= 0.5f; steps++; }
    line("epsilon steps", steps);
    double widened = values[7];
    fline("0.1f widened", widened);
    put_bits32((float)(widened * 3.0)); puts_("\n");
    return steps;
}
