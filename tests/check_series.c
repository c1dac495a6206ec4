/* check_series.c — consolidation: merging within stated precision,
 * tighter qualifiers, conflicts with their reason, ranges, robust outliers,
 * curation and its errors, periods as fractional years. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "series.h"
#include "suites.h"

#define D CNS_TESTDATA "/series/"

static struct factset fs;
static struct store st;

static void setup(void)
{
    factset_init(&fs);
    store_init(&st);
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(factset_load(&fs, D "facts.csv", &e), CNS_OK);
}

static void teardown(void)
{
    store_fini(&st);
    factset_fini(&fs);
}

static const struct obs *row(const char *ind, const char *period)
{
    for (size_t i = 0; i < st.n; i++)
        if (strcmp(st.v[i].indicator, ind) == 0 && strcmp(st.v[i].period, period) == 0)
            return &st.v[i];
    return NULL;
}

START_TEST(merges_within_precision)
{
    series_consolidate(&fs, &st);
    const struct obs *o = row("users", "2012");
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(o->sources, 2);
    ck_assert_double_eq(o->value, 22832000); /* the more precise statement */
    ck_assert_uint_eq(o->flags & SF_CONFLICT, 0);
}
END_TEST

START_TEST(keeps_the_tighter_statement)
{
    series_consolidate(&fs, &st);
    const struct obs *o = row("netizens", "2010");
    ck_assert_int_eq(o->sources, 2);
    ck_assert_int_eq(o->qualifier, Q_EXACT);
    /* a lower bound is consistent with a larger exact value */
    o = row("netizens", "2013");
    ck_assert_double_eq(o->value, 618000000);
    ck_assert_uint_eq(o->flags & SF_CONFLICT, 0);
}
END_TEST

START_TEST(conflicts_stay_visible)
{
    series_consolidate(&fs, &st);
    const struct obs *o = row("netizens", "2011");
    ck_assert(o->flags & SF_CONFLICT);
    ck_assert_double_eq(o->value, 513000000); /* the more precise statement */
    ck_assert_ptr_nonnull(strstr(o->alternatives, "520000000 (c.txt:7)"));
    ck_assert_ptr_nonnull(strstr(o->note, "uses 513000000 (a.txt:5)"));
    ck_assert_ptr_nonnull(strstr(o->note, "more precise"));
    o = row("netizens", "2012");
    ck_assert(o->flags & SF_DERIVED);
}
END_TEST

START_TEST(ranges_are_not_conflicts)
{
    series_consolidate(&fs, &st);
    const struct obs *o = row("valuation", "2014-03");
    ck_assert(o->flags & SF_RANGE);
    ck_assert_uint_eq(o->flags & SF_CONFLICT, 0);
    ck_assert_double_eq(o->value, 150e9);
    ck_assert_ptr_nonnull(strstr(o->note, "range from 150000000000 to 200000000000"));
}
END_TEST

START_TEST(outliers_are_flagged_not_dropped)
{
    series_consolidate(&fs, &st);
    const struct obs *o = row("ipo_raise", "2011-05-11");
    ck_assert_ptr_nonnull(o);
    ck_assert(o->flags & SF_OUTLIER);
    ck_assert_uint_eq(row("ipo_raise", "2011-10-29")->flags & SF_OUTLIER, 0);
    ck_assert_uint_eq(row("ipo_raise", "2011-05-05")->flags & SF_OUTLIER, 0);
}
END_TEST

START_TEST(curation)
{
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(factset_override(&fs, D "overrides.csv", false, &e), CNS_OK);
    ck_assert_int_eq(factset_manual(&fs, D "manual.csv", &e), CNS_OK);
    series_consolidate(&fs, &st);
    ck_assert_ptr_null(row("ipo_raise", "2011-05-11")); /* dropped */
    const struct obs *o = row("ipo_raise", "2010-12-08");
    ck_assert(o->flags & SF_CURATED);
    ck_assert_ptr_nonnull(strstr(o->note, "listed in 2010"));
    o = row("netizens", "2014");
    ck_assert(o->flags & SF_CURATED);
    ck_assert_ptr_nonnull(strstr(o->note, "source: CNNIC 35th report"));
}
END_TEST

START_TEST(curation_errors)
{
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(factset_override(&fs, D "overrides-nomatch.csv", false, &e), CNS_EDATA);
    ck_assert_int_eq(e.line, 3);
    ck_assert_ptr_nonnull(strstr(e.file, "overrides-nomatch.csv"));
    ck_assert_ptr_nonnull(strstr(e.msg, "matches no fact"));
    cns_err_init(&e);
    ck_assert_int_eq(factset_override(&fs, D "overrides-noreason.csv", false, &e), CNS_EDATA);
    ck_assert_int_eq(e.line, 2);
    ck_assert_ptr_nonnull(strstr(e.msg, "reason"));
    cns_err_init(&e);
    ck_assert_int_eq(factset_manual(&fs, D "manual-nosource.csv", &e), CNS_EDATA);
    ck_assert_int_eq(e.line, 2);
    ck_assert_ptr_nonnull(strstr(e.msg, "source"));
    /* an optional overrides file may be missing; a named one may not */
    cns_err_init(&e);
    ck_assert_int_eq(factset_override(&fs, D "absent.csv", true, &e), CNS_OK);
    ck_assert_int_eq(factset_override(&fs, D "absent.csv", false, &e), CNS_EDATA);
}
END_TEST

START_TEST(period_times)
{
    double t;
    ck_assert(series_period_time("2011", &t));
    ck_assert_double_eq(t, 2011);
    ck_assert(series_period_time("2014-03", &t));
    ck_assert_double_eq_tol(t, 2014 + 2.0 / 12, 1e-12);
    ck_assert(series_period_time("2014-03-31", &t));
    ck_assert_double_eq_tol(t, 2014 + 89.0 / 365, 1e-12);
    ck_assert(series_period_time("2012-03-01", &t)); /* a leap year */
    ck_assert_double_eq_tol(t, 2012 + 60.0 / 366, 1e-12);
    ck_assert(series_period_time("2011/2013", &t));
    ck_assert_double_eq(t, 2013);
    ck_assert(!series_period_time("", &t));
    ck_assert(!series_period_time("2014-13", &t));
    ck_assert(!series_period_time("May 2014", &t));
}
END_TEST

START_TEST(write_and_read_back)
{
    series_consolidate(&fs, &st);
    char dir[] = "/tmp/cnstat-series-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(series_write_dir(&st, dir, &e), CNS_OK);
    struct store back;
    store_init(&back);
    ck_assert_int_eq(series_read_dir(dir, &back, &e), CNS_OK);
    ck_assert_uint_eq(back.n, st.n);
    for (size_t i = 0; i < st.n; i++) {
        ck_assert_str_eq(back.v[i].indicator, st.v[i].indicator);
        ck_assert_str_eq(back.v[i].period, st.v[i].period);
        ck_assert_double_eq(back.v[i].value, st.v[i].value);
        ck_assert_uint_eq(back.v[i].flags, st.v[i].flags);
    }
    store_fini(&back);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

Suite *series_suite(void)
{
    Suite *s = suite_create("series");
    TCase *tc = tcase_create("consolidation");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, merges_within_precision);
    tcase_add_test(tc, keeps_the_tighter_statement);
    tcase_add_test(tc, conflicts_stay_visible);
    tcase_add_test(tc, ranges_are_not_conflicts);
    tcase_add_test(tc, outliers_are_flagged_not_dropped);
    tcase_add_test(tc, curation);
    tcase_add_test(tc, curation_errors);
    tcase_add_test(tc, write_and_read_back);
    suite_add_tcase(s, tc);
    TCase *p = tcase_create("periods");
    tcase_add_test(p, period_times);
    suite_add_tcase(s, p);
    return s;
}
