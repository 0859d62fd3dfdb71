/* Calendar arithmetic: leap years, days in a month by switch, day of the week (Zeller and
   a day count), days between dates, and the nth weekday of a month. */
#include "common.h"

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
    switch (m) {
    case 2: return leap(y) ? 29 : 28;
    case 4: case 6: case 9: case 11: return 30;
    default: return 31;
    }
}

static long day_number(int y, int m, int d) {
    long n = 0;
    for (int yy = 1970; yy < y; yy++) n += leap(yy) ? 366 : 365;
    for (int mm = 1; mm < m; mm++) n += days_in_month(y, mm);
    return n + d - 1;
}

static int zeller(int y, int m, int d) {
    if (m < 3) { m += 12; y--; }
    int k = y % 100, j = y / 100;
    int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    return (h + 6) % 7; /* 0 = Sunday */
}

static const char *weekday(int w) {
    switch (w) {
    case 0: return "Sun"; case 1: return "Mon"; case 2: return "Tue"; case 3: return "Wed";
    case 4: return "Thu"; case 5: return "Fri"; case 6: return "Sat";
    }
    return "?";
}

int main(void) {
    static const int dates[][3] = { { 1970, 1, 1 }, { 2000, 2, 29 }, { 2024, 12, 25 }, { 2038, 1, 19 }, { 1999, 12, 31 },
                                    { 2026, 11, 22 }, { 2100, 3, 1 } };
    int mismatches = 0;
    for (int i = 0; i < 7; i++) {
        int y = dates[i][0], m = dates[i][1], d = dates[i][2];
        long n = day_number(y, m, d);
        int w = (int)((n + 4) % 7);
        if (w != zeller(y, m, d)) mismatches++;
        put_int(y); puts_("-"); put_int(m); puts_("-"); put_int(d); puts_(" "); puts_(weekday(w)); puts_(" "); put_int((int)n); puts_("\n");
    }
    line("between", (int)(day_number(2026, 11, 22) - day_number(2000, 1, 1)));
    int leaps = 0;
    for (int y = 1600; y <= 2400; y++) leaps += leap(y);
    line("leap years", leaps);
    int thursdays = 0;
    for (int y = 2020; y < 2030; y++) { int d = 1; while (zeller(y, 11, d) != 4) d++; thursdays += d + 21; }
    line("thanksgivings", thursdays);
    line("mismatches", mismatches);
    return mismatches;
}
