#include "common.h"
/* 64-bit multiply, divide and remainder (calls to libgcc's helpers on the qemu core), and
   values that cross calls in register pairs. */
typedef long long i64;
typedef unsigned long long u64;

static void put_u64(u64 v) { put_hex((unsigned)(v >> 32)); put_hex((unsigned)v); puts_("\n"); }

__attribute__((noinline)) u64 mul(u64 a, u64 b) { return a * b; }
__attribute__((noinline)) u64 udiv(u64 a, u64 b) { return a / b; }
__attribute__((noinline)) u64 urem(u64 a, u64 b) { return a % b; }
__attribute__((noinline)) i64 sdiv(i64 a, i64 b) { return a / b; }
__attribute__((noinline)) i64 srem(i64 a, i64 b) { return a % b; }
__attribute__((noinline)) u64 widening(unsigned a, unsigned b) { return (u64)a * b; }
__attribute__((noinline)) i64 by_constants(i64 a) { return a * 1000003 + a / 10 - a % 7; }

static void put_i64(i64 v) {
    char buffer[21];
    int i = 20;
    u64 u = v < 0 ? 0 - (u64)v : (u64)v;
    buffer[i] = 0;
    do { buffer[--i] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buffer[--i] = '-';
    puts_(buffer + i);
    puts_("\n");
}

static const i64 values[] = {1, -1, 7, -13, 0x7FFFFFFFFFFFFFFFLL, 0xFFFFFFFFLL, 0x100000001LL,
                             -0x123456789LL, 1000000007LL, 987654321012LL};

int main(void) {
    u64 h = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            i64 a = values[i], b = values[j];
            h = mul(h, 0x100000001B3ULL) ^ mul((u64)a, (u64)b);
            h += udiv((u64)a, (u64)b) ^ urem((u64)a, (u64)b);
            if (!(a == (i64)0x8000000000000000ULL && b == -1)) h ^= (u64)sdiv(a, b) + (u64)srem(a, b);
            h += widening((unsigned)a, (unsigned)b);
        }
        put_u64(h);
        put_i64(by_constants(values[i]));
        put_i64(values[i] * 3);
    }
    return (int)(h % 101);
}
