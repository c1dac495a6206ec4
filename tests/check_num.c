/* check_num.c — number parsing and formatting, independent of the locale. */
#include <check.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "suites.h"

static double parse_ok(const char *s)
{
    double v = -1;
    ck_assert_msg(num_parse(s, strlen(s), &v), "num_parse rejected '%s'", s);
    return v;
}

START_TEST(parse_plain)
{
    ck_assert_double_eq(parse_ok("81.37"), 81.37);
    ck_assert_double_eq(parse_ok("-2"), -2);
    ck_assert_double_eq(parse_ok("1e3"), 1000);
    ck_assert_double_eq(parse_ok("0.5"), 0.5);
}
END_TEST

START_TEST(parse_rejects)
{
    double v = 7;
    const char *bad[] = {"", " 1", "1 ", "inf", "nan", "0x1p3", "1,5", "1e", ".", "+", "1e400"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(!num_parse(bad[i], strlen(bad[i]), &v), "accepted '%s'", bad[i]);
    ck_assert_double_eq(v, 7); /* out-param untouched on failure */
}
END_TEST

START_TEST(parse_grouped)
{
    double v;
    size_t used;
    ck_assert(num_parse_grouped("1,389,529Mbps", 13, &v, &used));
    ck_assert_double_eq(v, 1389529);
    ck_assert_uint_eq(used, 9);
    ck_assert(num_parse_grouped("1,010.5 billion", 15, &v, &used));
    ck_assert_double_eq(v, 1010.5);
    ck_assert_uint_eq(used, 7);
    /* a list, not a separator: "2011,2012" */
    ck_assert(num_parse_grouped("2011,2012", 9, &v, &used));
    ck_assert_double_eq(v, 2011);
    ck_assert_uint_eq(used, 4);
    /* "1,50" is not a thousands group */
    ck_assert(num_parse_grouped("1,50", 4, &v, &used));
    ck_assert_double_eq(v, 1);
    /* 400 digits: not a quantity, never a crash */
    char big[401];
    memset(big, '9', 400);
    big[400] = '\0';
    ck_assert(!num_parse_grouped(big, 400, &v, &used));
}
END_TEST

START_TEST(fmt_shortest)
{
    char b[NUM_FMT_MAX];
    num_fmt(0.1, b);
    ck_assert_str_eq(b, "0.1");
    num_fmt(-0.0, b);
    ck_assert_str_eq(b, "0");
    num_fmt(513e6, b);
    ck_assert_str_eq(b, "513000000");
    num_fmt(5373e9, b);
    ck_assert_str_eq(b, "5373000000000");
    num_fmt(852e9 * 1e6, b); /* large: still no exponent */
    ck_assert_str_eq(b, "852000000000000000");
    num_fmt(20.675, b);
    ck_assert_str_eq(b, "20.675");
    num_fmt(1e-7, b);
    ck_assert_str_eq(b, "0.0000001");
}
END_TEST

/* The short-number fast paths agree with strtod and "%.15g" bit for bit:
 * numbers of up to 15 digits with up to 15 decimals, and 16 or more
 * digits (strtod's path), from a fixed pseudo-random sequence. */
START_TEST(powers_of_ten)
{
    /* the scales a unit or a table states, from a floor */
    ck_assert(num_power_of_ten(100, 100));
    ck_assert(num_power_of_ten(10000, 10));
    ck_assert(num_power_of_ten(1e8, 100));
    ck_assert(num_power_of_ten(1e15, 10));
    ck_assert(!num_power_of_ten(10, 100));
    ck_assert(!num_power_of_ten(150, 100));
    ck_assert(!num_power_of_ten(2e8, 100));
    ck_assert(!num_power_of_ten(1e16, 10));
    ck_assert(!num_power_of_ten(0.1, 0));
}
END_TEST

START_TEST(fast_paths_agree)
{
    uint64_t x = 88172645463325252ull;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        int digits = 1 + (int)(x % 18), decimals = (int)((x >> 8) % (unsigned)(digits + 1));
        char s[40];
        size_t n = 0;
        uint64_t y = x >> 16;
        for (int k = 0; k < digits; k++) {
            if (k == digits - decimals && decimals > 0) {
                if (k == 0)
                    s[n++] = '0';
                s[n++] = '.';
            }
            s[n++] = (char)('0' + (y % 10));
            y = y / 10 ^ (y << 7);
        }
        s[n] = '\0';
        double got, want = strtod(s, NULL);
        ck_assert_msg(num_parse(s, n, &got), "%s not read", s);
        ck_assert_msg(memcmp(&got, &want, sizeof got) == 0, "%s read as %.17g, strtod: %.17g", s, got, want);
        char f[NUM_FMT_MAX], g[64];
        num_fmt(want, f);
        snprintf(g, sizeof g, "%.15g", want);
        if (want == (double)(long long)want && want < 1e15)
            ck_assert_msg(strcmp(f, g) == 0, "%.17g written %s, not %s", want, f, g);
        double back;
        ck_assert_msg(num_parse(f, strlen(f), &back) && back == want, "%s does not read back as %.17g", f, want);
    }
}
END_TEST

START_TEST(fmt_ignores_locale)
{
    /* If a decimal-comma locale is installed, output must not change. */
    char b[NUM_FMT_MAX];
    if (setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
        num_fmt(81.37, b);
        ck_assert_str_eq(b, "81.37");
        setlocale(LC_NUMERIC, "C");
    }
}
END_TEST

Suite *num_suite(void)
{
    Suite *s = suite_create("num");
    TCase *tc = tcase_create("parse and format");
    tcase_add_test(tc, parse_plain);
    tcase_add_test(tc, parse_rejects);
    tcase_add_test(tc, parse_grouped);
    tcase_add_test(tc, fmt_shortest);
    tcase_add_test(tc, fmt_ignores_locale);
    tcase_add_test(tc, fast_paths_agree);
    tcase_add_test(tc, powers_of_ten);
    suite_add_tcase(s, tc);
    return s;
}
