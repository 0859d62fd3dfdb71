/* Sieve of Eratosthenes: a C sample for `kiln build`, which compiles it with Kiln's own
 * back end. There is no C library yet: output goes through the platform layer. */
void kiln_console_write(const char *buffer, unsigned length);

static void print(const char *text) {
    unsigned n = 0;
    while (text[n]) n++;
    kiln_console_write(text, n);
}

static void print_int(int value) {
    char digits[12];
    int i = 11;
    digits[i] = 0;
    do { digits[--i] = (char)('0' + value % 10); value /= 10; } while (value);
    print(digits + i);
}

static char composite[20000];

int main(void) {
    int count = 0, last = 0;
    for (int i = 2; i < 20000; i++) {
        if (composite[i]) continue;
        count++;
        last = i;
        for (int j = i * i; j < 20000; j += i) composite[j] = 1;
    }
    print("primes below 20000: ");
    print_int(count);
    print(", the last is ");
    print_int(last);
    print("\n");
    return 0;
}
