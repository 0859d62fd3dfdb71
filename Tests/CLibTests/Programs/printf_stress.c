/* printf stress: thousands of random conversions (flags, widths, precisions, '*', length
 * modifiers, values from every class) through snprintf, with its return value, and a
 * random truncation size. The same fixed-seed generator on the host and the device, so
 * the outputs must be identical. Only portable combinations: 'l' with values that fit 32
 * bits (long is 64 bits on the host), no %p (addresses differ), no 'L'. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t state = 2463534242u;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

static uint32_t below(uint32_t n) { return next() % n; }

/* One call per statement: the order of evaluation of operands is unspecified, and gcc and
 * clang differ. */
static uint64_t random64(void) {
    uint64_t high = next();
    return high << 32 | next();
}

static int64_t integer(void) {
    switch (below(6)) {
    case 0: return (int64_t)below(20) - 10;
    case 1: return (int32_t)next();
    case 2: return (int64_t)random64();
    case 3: return INT64_MIN + below(3);
    case 4: return INT32_MAX - (int64_t)below(3);
    default: return (int64_t)(next() % 100000);
    }
}

static double real(void) {
    union { uint64_t bits; double d; } u;
    switch (below(8)) {
    case 0: u.bits = random64(); return u.d; /* any class, NaN payloads and signs included */
    case 1: {
        double numerator = (int32_t)next();
        return numerator / (double)(1 + below(1000));
    }
    case 2: return (double)below(2000) / 8.0;    /* exact halves, ties in rounding */
    case 3: {
        double p = 1.0;
        for (int i = (int)below(40); i > 0; i--) p *= 10.0;
        return below(2) ? p : 1.0 / p;
    }
    case 4: { /* subnormal or tiny normal */
        uint64_t sign = (uint64_t)below(2) << 63, exponent = (uint64_t)below(4) << 52;
        u.bits = sign | exponent | random64() >> 12;
        return u.d;
    }
    case 5: return (double)(int64_t)random64();
    case 6: return below(2) ? 0.5 : -0.0;
    default: return (double)next() * 1e-7;
    }
}

int main(void) {
    static const char conversions[] = "diuxXoeEfFgGaAcs%";
    static const char *strings[] = {"", "a", "hello", "Kiln on Xtensa", "0123456789abcdef"};
    static char format[64], output[1024];
    uint32_t checksum = 0;
    for (int i = 0; i < 4000; i++) {
        char conversion = conversions[below(sizeof conversions - 1)];
        char *f = format;
        *f++ = '%';
        for (int k = 0; k < 5; k++)
            if (below(4) == 0) *f++ = "-+ #0"[k];
        int star_width = 0, star_precision = 0, width = 0, precision = 0;
        switch (below(4)) {
        case 0: break;
        case 1: star_width = 1; width = (int)below(41) - 20; *f++ = '*'; break;
        default: f += sprintf(f, "%u", below(25));
        }
        switch (below(4)) {
        case 0: break;
        case 1: *f++ = '.'; break;
        case 2: star_precision = 1; precision = (int)below(30) - 5; *f++ = '.'; *f++ = '*'; break;
        default: f += sprintf(f, ".%u", below(25));
        }
        int64_t value = integer();
        int length = 0; /* 0 none, 1 hh, 2 h, 3 l, 4 ll, 5 z, 6 j */
        if (strchr("diuxXo", conversion)) {
            length = (int)below(7);
            const char *modifiers[] = {"", "hh", "h", "l", "ll", "z", "j"};
            if ((length == 3 || length == 5) && (value < 0 || value > INT32_MAX)) value = (int64_t)(uint32_t)value & INT32_MAX;
            f += sprintf(f, "%s", modifiers[length]);
        } else if (strchr("eEfFgGaA", conversion) && below(4) == 0) {
            *f++ = 'l';
        }
        *f++ = conversion;
        *f = 0;
        size_t size = below(8) == 0 ? below(12) : sizeof output;
        int n;
        /* The argument list by case: '*' values first, then the value itself. */
        #define CALL(...) \
            (star_width && star_precision ? snprintf(output, size, format, width, precision, __VA_ARGS__) \
             : star_width ? snprintf(output, size, format, width, __VA_ARGS__) \
             : star_precision ? snprintf(output, size, format, precision, __VA_ARGS__) \
             : snprintf(output, size, format, __VA_ARGS__))
        if (strchr("eEfFgGaA", conversion)) n = CALL(real());
        else if (conversion == 'c') n = CALL((int)(32 + below(95)));
        else if (conversion == 's') n = CALL(strings[below(5)]);
        else if (conversion == '%') n = CALL(0);
        else if (length == 4 || length == 6) n = CALL((long long)value);
        else if (length == 3) n = conversion == 'd' || conversion == 'i' ? CALL((long)value) : CALL((unsigned long)value);
        else if (length == 5) n = CALL((size_t)value);
        else n = CALL((int)value);
        printf("%d %s|%s|%d\n", i, format, size ? output : "", n);
        for (char *c = output; size && *c; c++) checksum = checksum * 31 + (unsigned char)*c;
    }
    printf("checksum %u\n", checksum);
    return 0;
}
