/* A small Mandelbrot set in single precision, printed as characters: float loops with
   an early exit on a compare, conversions of the counts. */
#include "floatio.h"

int main(void) {
    const char *shades = " .:-=+*#%@";
    unsigned total = 0;
    char row[41];
    for (int y = 0; y < 12; y++) {
        for (int x = 0; x < 32; x++) {
            float cr = -2.2f + (float)x * 0.09f, ci = -1.2f + (float)y * 0.2f;
            float zr = 0, zi = 0;
            int n = 0;
            while (n < 24 && zr * zr + zi * zi <= 4.0f) {
                float t = zr * zr - zi * zi + cr;
                zi = 2.0f * zr * zi + ci;
                zr = t;
                n++;
            }
            total += n;
            row[x] = shades[n * 9 / 24];
        }
        row[32] = 0;
        puts_(row); puts_("\n");
    }
    line("total", (int)total);
    return (int)(total % 200);
}
