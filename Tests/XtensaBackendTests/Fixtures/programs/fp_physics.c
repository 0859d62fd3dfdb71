/* Simulations: a projectile with drag in double (Euler steps until it lands), a damped
   spring in float (semi-implicit Euler), and orbital energy drift in double. */
#include "floatio.h"

int main(void) {
    double x = 0, y = 0, vx = 30.0, vy = 40.0, t = 0;
    const double dt = 0.01, g = 9.81, k = 0.02;
    int steps = 0;
    while (y >= 0 && steps < 20000) {
        double speed2 = vx * vx + vy * vy;
        double ax = -k * vx * speed2 / (1 + speed2), ay = -g - k * vy * speed2 / (1 + speed2);
        vx += ax * dt; vy += ay * dt;
        x += vx * dt; y += vy * dt;
        t += dt;
        steps++;
    }
    line("steps", steps);
    fline("range", x);
    fline("time", t);
    float p = 1.0f, v = 0.0f;
    const float stiffness = 4.0f, damping = 0.3f, h = 0.05f;
    float peak = 0;
    for (int i = 0; i < 400; i++) {
        v += (-stiffness * p - damping * v) * h;
        p += v * h;
        if (i > 200 && (p > peak || -p > peak)) peak = p > 0 ? p : -p;
    }
    fline("spring", p);
    fline("late peak", peak);
    double px = 1, py = 0, qx = 0, qy = 1;
    double energy0 = 0.5 * (qx * qx + qy * qy) - 1 / __builtin_sqrt(px * px + py * py);
    for (int i = 0; i < 1000; i++) {
        double r = __builtin_sqrt(px * px + py * py), r3 = r * r * r;
        qx -= px / r3 * 0.01; qy -= py / r3 * 0.01;
        px += qx * 0.01; py += qy * 0.01;
    }
    double energy1 = 0.5 * (qx * qx + qy * qy) - 1 / __builtin_sqrt(px * px + py * py);
    fline("drift", energy1 - energy0);
    put_bits64(px); puts_(" "); put_bits64(py); puts_("\n");
    return steps & 0x7f;
}
