/* A small Mandelbrot set in single precision, printed as characters: float loops with
   an early exit on a compare, conversions of the counts. */
#include "floatio.h"

int main(void) {
    const char *shades = " .:-=+*#%@";
    unsigned total = 0;
    char row[41];
    for (int y = 0; y < 16; y++) {
        for (int x = 0; x < 40; x++) {
            float cr = -2.2f + (float)x * 0.075f, ci = -1.2f + (float)y * 0.15f;
            float zr = 0, zi = 0;
            int n = 0;
            while (n < 40 && zr * zr + zi * zi <= 4.0f) {
                float t = zr * zr - zi * zi + cr;
                zi = 2.0f * zr * zi + ci;
                zr = t;
                n++;
            }
            total += n;
            row[x] = shades[n * 9 / 40];
        }
        row[40] = 0;
        puts_(row); puts_("\n");
    }
    line("total", (int)total);
    return (int)(total % 200);
}
