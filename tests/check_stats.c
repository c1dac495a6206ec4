/* check_stats.c — growth statistics against values computed here from
 * closed forms (never by the code under test): CAGR of the corpus's series,
 * step growth and its annualisation, the log-linear fit (slope by the
 * textbook formula, R², the 95 % interval with Student t quantiles from a
 * table), the clear errors, summaries and robust z-scores. */
#include <check.h>
#include <math.h>
#include <string.h>

#include "stats.h"
#include "suites.h"

#define LEN(a) (sizeof(a) / sizeof *(a))

/* Student t quantiles t(0.975, dof), from a table. */
#define T975_1 12.7062047361747
#define T975_3 3.18244630528371
#define T975_5 2.57058183563631

/* |got - want| <= tol * max(1, |want|): relative for large, absolute for
 * small values. */
#define ck_close(got, want, tol)                                                        \
    do {                                                                                 \
        double g_ = (got), w_ = (want), t_ = (tol) * fmax(1.0, fabs(w_));                \
        ck_assert_msg(fabs(g_ - w_) <= t_, "%s = %.17g, expected %.17g (tol %g)", #got, g_, \
                      w_, t_);                                                           \
    } while (0)

/* ---- helpers ------------------------------------------------------------- */

static double cagr_ok(double t0, double v0, double t1, double v1)
{
    struct cns_err e;
    cns_err_init(&e);
    double r = -99;
    ck_assert_msg(stats_cagr(t0, v0, t1, v1, &r, &e) == CNS_OK, "stats_cagr failed: %s", e.msg);
    ck_assert(isfinite(r));
    return r;
}

static struct fit fit_ok(const struct point *p, size_t n)
{
    struct cns_err e;
    cns_err_init(&e);
    struct fit f;
    memset(&f, 0, sizeof f);
    ck_assert_msg(stats_loglinear(p, n, &f, &e) == CNS_OK, "stats_loglinear failed: %s", e.msg);
    ck_assert_uint_eq(f.n, n);
    double all[] = {f.slope, f.intercept, f.rate, f.rate_lo, f.rate_hi, f.r2, f.doubling};
    for (size_t i = 0; i < LEN(all); i++)
        ck_assert_msg(isfinite(all[i]), "fit field %zu is not finite", i);
    ck_assert(f.rate_lo <= f.rate && f.rate <= f.rate_hi);
    ck_assert(f.r2 >= 0 && f.r2 <= 1);
    return f;
}

/* The fit must fail with CNS_EDATA, leave *f untouched and say `want`. */
static void fit_fails(const struct point *p, size_t n, const char *want)
{
    struct cns_err e;
    cns_err_init(&e);
    struct fit f, before;
    memset(&f, 0x5a, sizeof f);
    before = f;
    ck_assert_int_eq(stats_loglinear(p, n, &f, &e), CNS_EDATA);
    ck_assert_int_eq(e.rc, CNS_EDATA);
    ck_assert_msg(strstr(e.msg, want), "message '%s' lacks '%s'", e.msg, want);
    ck_assert(memcmp(&f, &before, sizeof f) == 0);
}

static void cagr_fails(double t0, double v0, double t1, double v1, const char *want)
{
    struct cns_err e;
    cns_err_init(&e);
    double r = -99;
    ck_assert_int_eq(stats_cagr(t0, v0, t1, v1, &r, &e), CNS_EDATA);
    ck_assert_msg(strstr(e.msg, want), "message '%s' lacks '%s'", e.msg, want);
    ck_assert_double_eq(r, -99);
}

/* Textbook least squares of y on t: slope, intercept, residual sum of
 * squares, total sum of squares and Sxx, with explicit sums. */
struct ols {
    double b, a, ssr, sst, sxx;
};

static struct ols ols_ln(const struct point *p, size_t n)
{
    double tm = 0, ym = 0;
    for (size_t i = 0; i < n; i++) {
        tm += p[i].t;
        ym += log(p[i].v);
    }
    tm /= (double)n;
    ym /= (double)n;
    double sxy = 0, sxx = 0, sst = 0;
    for (size_t i = 0; i < n; i++) {
        double dt = p[i].t - tm, dy = log(p[i].v) - ym;
        sxy += dt * dy;
        sxx += dt * dt;
        sst += dy * dy;
    }
    struct ols o = {.b = sxy / sxx, .sxx = sxx, .sst = sst};
    o.a = ym - o.b * tm;
    for (size_t i = 0; i < n; i++) {
        double r = log(p[i].v) - (o.a + o.b * p[i].t);
        o.ssr += r * r;
    }
    return o;
}

/* ---- CAGR ------------------------------------------------------------------ */

START_TEST(cagr_corpus)
{
    /* netizens 457 → 513 million in one year: 12.3 % */
    ck_close(cagr_ok(2009, 457e6, 2010, 513e6), 513.0 / 457.0 - 1, 1e-12);
    ck_assert_int_eq((int)round(cagr_ok(2009, 457e6, 2010, 513e6) * 1000), 123);
    /* third-party payments 1010.5 billion (2010) → 5373 billion (2013):
     * 74.54 % a year, i.e. 74.5 % (not the 74.6 % issue 3 quotes) */
    double pay = cagr_ok(2010, 1010.5e9, 2013, 5373e9);
    ck_close(pay, pow(5373.0 / 1010.5, 1.0 / 3) - 1, 1e-12);
    ck_assert_int_eq((int)round(pay * 1000), 745);
    /* 3G users 46.63 million (2010) → 128 million (2011) */
    ck_close(cagr_ok(2010, 46.63e6, 2011, 128e6), 128.0 / 46.63 - 1, 1e-12);
    /* US money market funds 300 000 (1971) → 2140 billion (2001) */
    ck_close(cagr_ok(1971, 300000, 2001, 2140e9), pow(2140e9 / 300000, 1.0 / 30) - 1, 1e-12);
    /* a fall */
    ck_close(cagr_ok(2000, 200, 2002, 50), pow(50.0 / 200, 0.5) - 1, 1e-12);
    ck_close(cagr_ok(2000, 200, 2002, 50), -0.5, 1e-12);
    /* no change */
    ck_assert_double_eq(cagr_ok(2000, 7, 2005, 7), 0);
}
END_TEST

START_TEST(cagr_fractional)
{
    /* 2014-01-01 → 2014-04-01 (2014 + 90/365) */
    double t1 = 2014.2466;
    ck_close(cagr_ok(2014.0, 100, t1, 105), pow(1.05, 1 / (t1 - 2014.0)) - 1, 1e-11);
    ck_close(cagr_ok(2014.0, 100, 2014.0 + 90.0 / 365, 105), pow(1.05, 365.0 / 90) - 1, 1e-11);
    /* half a year of 10 %: 21 % a year */
    ck_close(cagr_ok(2014.0, 100, 2014.5, 110), 1.1 * 1.1 - 1, 1e-12);
}
END_TEST

START_TEST(cagr_extremes)
{
    /* the ratio overflows a double, its annual rate does not */
    ck_close(cagr_ok(0, 1e-300, 100, 1e300), pow(10, 6.0) - 1, 1e-9);
    ck_close(cagr_ok(0, 1e300, 100, 1e-300), pow(10, -6.0) - 1, 1e-9);
    /* a tiny change keeps its precision */
    ck_close(cagr_ok(2000, 1e9, 2001, 1e9 + 1), 1e-9, 1e-15);
}
END_TEST

START_TEST(cagr_errors)
{
    cagr_fails(2013, 5, 2013, 6, "two different periods");
    cagr_fails(2013, 5, 2010, 6, "end period after the start (got 2013 to 2010)");
    cagr_fails(2010, 0, 2013, 6, "positive values (got 0 at 2010)");
    cagr_fails(2010, 5, 2013, -6, "positive values (got -6 at 2013)");
    cagr_fails(2010, NAN, 2013, 6, "finite");
    cagr_fails(2010, 5, INFINITY, 6, "finite");
    /* a rate beyond a double */
    cagr_fails(2000, 1e-300, 2000.001, 1e300, "out of range");
}
END_TEST

/* ---- steps ----------------------------------------------------------------- */

START_TEST(steps_basic)
{
    const struct point p[] = {{2009, 457e6}, {2010, 513e6}, {2013, 600e6}, {2014, 0}, {2015, 9}};
    struct step s[LEN(p) - 1];
    ck_assert_uint_eq(stats_steps(p, LEN(p), s), 4);

    ck_assert_double_eq(s[0].t0, 2009);
    ck_assert_double_eq(s[0].t1, 2010);
    ck_assert_double_eq(s[0].v0, 457e6);
    ck_assert_double_eq(s[0].v1, 513e6);
    ck_assert_double_eq(s[0].change, 56e6);
    ck_assert(s[0].has_pct);
    ck_close(s[0].pct, (513.0 / 457.0 - 1) * 100, 1e-12);
    ck_close(s[0].annual_pct, (513.0 / 457.0 - 1) * 100, 1e-12);
    ck_assert(!s[0].annualised);

    /* a three-year gap: the annualised rate is the one to cite */
    ck_assert_double_eq(s[1].change, 87e6);
    ck_assert(s[1].has_pct);
    ck_close(s[1].pct, (600.0 / 513.0 - 1) * 100, 1e-12);
    ck_close(s[1].annual_pct, (pow(600.0 / 513.0, 1.0 / 3) - 1) * 100, 1e-12);
    ck_assert(s[1].annualised);

    /* to and from zero: a change, no percentages */
    ck_assert_double_eq(s[2].change, -600e6);
    ck_assert(!s[2].has_pct);
    ck_assert_double_eq(s[3].change, 9);
    ck_assert(!s[3].has_pct);
    for (size_t i = 0; i < LEN(s); i++)
        ck_assert(isfinite(s[i].pct) && isfinite(s[i].annual_pct) && isfinite(s[i].change));
}
END_TEST

START_TEST(steps_irregular)
{
    /* v = 50 * 1.1^(t - 2000) at t = 2000, 2001.5, 2005 */
    const struct point p[] = {
        {2000, 50}, {2001.5, 50 * pow(1.1, 1.5)}, {2005, 50 * pow(1.1, 5)}};
    struct step s[2];
    ck_assert_uint_eq(stats_steps(p, 3, s), 2);
    ck_close(s[0].annual_pct, 10, 1e-12);
    ck_close(s[1].annual_pct, 10, 1e-12);
    ck_close(s[0].pct, (pow(1.1, 1.5) - 1) * 100, 1e-12);
    ck_close(s[1].pct, (pow(1.1, 3.5) - 1) * 100, 1e-12);
    ck_assert(!s[0].annualised); /* 1.5 years is not "longer than 1.5" */
    ck_assert(s[1].annualised);  /* 3.5 years */

    /* a quarter: not annualised, the annual figure is compounded up */
    const struct point q[] = {{2014.0, 100}, {2014.25, 102}};
    ck_assert_uint_eq(stats_steps(q, 2, s), 1);
    ck_close(s[0].pct, 2, 1e-12);
    ck_close(s[0].annual_pct, (pow(1.02, 4) - 1) * 100, 1e-12);
    ck_assert(!s[0].annualised);
}
END_TEST

START_TEST(steps_short)
{
    const struct point p[] = {{2010, 1}};
    struct step s[1];
    memset(s, 0x5a, sizeof s);
    struct step before = s[0];
    ck_assert_uint_eq(stats_steps(p, 1, s), 0);
    ck_assert_uint_eq(stats_steps(p, 0, s), 0);
    ck_assert_uint_eq(stats_steps(NULL, 0, s), 0);
    ck_assert(memcmp(&s[0], &before, sizeof before) == 0);
}
END_TEST

/* ---- log-linear fit ---------------------------------------------------------- */

START_TEST(fit_exact_exponential)
{
    /* v = 100 * 1.2^(t - 2000), t = 2000..2005: on the line exactly */
    struct point p[6];
    for (int i = 0; i < 6; i++)
        p[i] = (struct point){2000 + i, 100 * pow(1.2, i)};
    struct fit f = fit_ok(p, 6);
    ck_close(f.rate, 0.2, 1e-12);
    ck_close(f.slope, log(1.2), 1e-12);
    ck_close(f.intercept, log(100) - 2000 * log(1.2), 1e-12);
    ck_close(f.r2, 1, 1e-12);
    ck_close(f.rate_lo, 0.2, 1e-12);
    ck_close(f.rate_hi, 0.2, 1e-12);
    ck_assert(f.has_doubling);
    ck_close(f.doubling, log(2) / log(1.2), 1e-12);
}
END_TEST

START_TEST(fit_irregular)
{
    /* v = 50 * 1.1^(t - 2000) at irregular times */
    const struct point p[] = {
        {2000, 50}, {2001.5, 50 * pow(1.1, 1.5)}, {2005, 50 * pow(1.1, 5)}};
    struct fit f = fit_ok(p, 3);
    ck_close(f.rate, 0.1, 1e-12);
    ck_close(f.r2, 1, 1e-12);
    /* n = 3 on a line: the residual variance is 0, the CI collapses */
    ck_close(f.rate_lo, 0.1, 1e-12);
    ck_close(f.rate_hi, 0.1, 1e-12);
    ck_close(f.doubling, log(2) / log(1.1), 1e-12);
}
END_TEST

START_TEST(fit_fractional)
{
    /* daily periods 2014.0, 2014.2466 …: v = 10 * 3^(t - 2014) */
    const double t[] = {2014.0, 2014.2466, 2014.5, 2015.0};
    struct point p[LEN(t)];
    for (size_t i = 0; i < LEN(t); i++)
        p[i] = (struct point){t[i], 10 * pow(3, t[i] - 2014)};
    struct fit f = fit_ok(p, LEN(p));
    ck_close(f.rate, 2, 1e-10);
    ck_close(f.doubling, log(2) / log(3), 1e-10);
}
END_TEST

START_TEST(fit_ci_hand)
{
    /* ln(v / 1e6) = 0, 0.5, 0.4 at t = 2010..2012.  By hand: tm = 2011,
     * ym = 0.3, Sxx = 2, Sxy = 0.4, b = 0.2; fitted 0.1, 0.3, 0.5;
     * residuals -0.1, 0.2, -0.1; SSR = 0.06, SST = 0.14, s² = 0.06 / 1,
     * var(b) = s² / Sxx = 0.03; 1 dof. */
    const struct point p[] = {{2010, 1e6}, {2011, 1e6 * exp(0.5)}, {2012, 1e6 * exp(0.4)}};
    struct fit f = fit_ok(p, 3);
    double half = T975_1 * sqrt(0.03);
    ck_close(f.slope, 0.2, 1e-12);
    ck_close(f.rate, exp(0.2) - 1, 1e-12);
    ck_close(f.rate_lo, exp(0.2 - half) - 1, 1e-11);
    ck_close(f.rate_hi, exp(0.2 + half) - 1, 1e-11);
    ck_close(f.r2, 1 - 0.06 / 0.14, 1e-12);
    ck_close(f.doubling, log(2) / 0.2, 1e-11);
}
END_TEST

START_TEST(fit_ci_noisy)
{
    /* five noisy points, 3 dof; the interval from the explicit sums */
    const struct point p[] = {
        {2008, 120}, {2009, 150}, {2010, 171}, {2011, 230}, {2012, 240}};
    struct ols o = ols_ln(p, LEN(p));
    double s2 = o.ssr / (LEN(p) - 2);
    double half = T975_3 * sqrt(s2 / o.sxx);
    struct fit f = fit_ok(p, LEN(p));
    ck_close(f.slope, o.b, 1e-12);
    ck_close(f.intercept, o.a, 1e-10);
    ck_close(f.rate, exp(o.b) - 1, 1e-12);
    ck_close(f.rate_lo, exp(o.b - half) - 1, 1e-10);
    ck_close(f.rate_hi, exp(o.b + half) - 1, 1e-10);
    ck_close(f.r2, 1 - o.ssr / o.sst, 1e-12);
    ck_assert(f.rate_lo < f.rate && f.rate < f.rate_hi);
    ck_close(f.doubling, log(2) / o.b, 1e-10);
}
END_TEST

START_TEST(fit_money_market)
{
    /* US money market funds, 1971–2001 (7 points, 5 dof) */
    const struct point p[] = {{1971, 300000}, {1974, 390e6},   {1978, 930e6},  {1979, 44.3e9},
                              {1989, 432.8e9}, {1999, 1480e9}, {2001, 2140e9}};
    struct ols o = ols_ln(p, LEN(p));
    double half = T975_5 * sqrt(o.ssr / (LEN(p) - 2) / o.sxx);
    struct fit f = fit_ok(p, LEN(p));
    ck_close(f.slope, o.b, 1e-12);
    ck_close(f.rate, exp(o.b) - 1, 1e-12);
    ck_close(f.rate_lo, exp(o.b - half) - 1, 1e-10);
    ck_close(f.rate_hi, exp(o.b + half) - 1, 1e-10);
    ck_close(f.r2, 1 - o.ssr / o.sst, 1e-12);
    ck_assert(f.has_doubling);
    ck_close(f.doubling, log(2) / o.b, 1e-10);
    /* the trend is not the endpoint CAGR (1979's jump pulls it) */
    ck_assert(fabs(f.rate - (pow(2140e9 / 300000, 1.0 / 30) - 1)) > 0.01);
}
END_TEST

START_TEST(fit_constant)
{
    const struct point p[] = {{2010, 5e6}, {2011, 5e6}, {2012, 5e6}, {2014, 5e6}};
    struct fit f = fit_ok(p, LEN(p));
    ck_assert_double_eq(f.slope, 0);
    ck_assert_double_eq(f.rate, 0);
    ck_assert_double_eq(f.rate_lo, 0);
    ck_assert_double_eq(f.rate_hi, 0);
    ck_assert_double_eq(f.r2, 1); /* SS_tot = 0: defined as 1 */
    ck_assert(!f.has_doubling);
    ck_assert_double_eq(f.doubling, 0);
    ck_close(f.intercept, log(5e6), 1e-12);
}
END_TEST

START_TEST(fit_decline)
{
    /* halving every year: no doubling time, a negative rate */
    const struct point p[] = {{2000, 80}, {2001, 40}, {2002, 20}, {2003, 10}};
    struct fit f = fit_ok(p, LEN(p));
    ck_close(f.rate, -0.5, 1e-12);
    ck_assert(!f.has_doubling);
    ck_assert_double_eq(f.doubling, 0);
}
END_TEST

START_TEST(fit_repeated_period)
{
    /* two mentions of one year are allowed as long as two periods differ */
    const struct point p[] = {{2010, 100}, {2010, 100}, {2012, 144}};
    struct fit f = fit_ok(p, LEN(p));
    ck_close(f.rate, 0.2, 1e-12);
}
END_TEST

START_TEST(fit_errors)
{
    const struct point two[] = {{2010, 46.63e6}, {2011, 128e6}};
    fit_fails(two, 2, "at least 3 points, got 2");
    /* … while the CAGR of the same two points works */
    ck_close(cagr_ok(two[0].t, two[0].v, two[1].t, two[1].v), 128.0 / 46.63 - 1, 1e-12);

    const struct point one[] = {{2010, 1}};
    fit_fails(one, 1, "at least 3 points, got 1");
    fit_fails(NULL, 0, "at least 3 points, got 0");

    const struct point zero[] = {{2011, 1}, {2012, 2}, {2013, 0}};
    fit_fails(zero, 3, "values must be positive for a log-linear fit (got 0 at 2013)");
    const struct point neg[] = {{2011, 1}, {2012, -2}, {2013, 3}};
    fit_fails(neg, 3, "(got -2 at 2012)");
    const struct point frac[] = {{2011, 1}, {2014.2466, -2}, {2015, 3}};
    fit_fails(frac, 3, "(got -2 at 2014.2466)");

    const struct point same[] = {{2013, 1}, {2013, 2}, {2013, 3}};
    fit_fails(same, 3, "all points have the same period (2013)");

    const struct point nan_v[] = {{2011, 1}, {2012, NAN}, {2013, 3}};
    fit_fails(nan_v, 3, "values must be finite");
    const struct point inf_v[] = {{2011, 1}, {2012, INFINITY}, {2013, 3}};
    fit_fails(inf_v, 3, "values must be finite");
    const struct point nan_t[] = {{2011, 1}, {NAN, 2}, {2013, 3}};
    fit_fails(nan_t, 3, "periods must be finite");

    /* growth beyond a double: an error, not inf */
    const struct point huge[] = {{2000, 1e-300}, {2000.0001, 1e300}, {2000.0002, 1e300}};
    fit_fails(huge, 3, "out of range");
}
END_TEST

START_TEST(fit_first_error_wins)
{
    struct cns_err e;
    cns_err_init(&e);
    struct fit f;
    const struct point one[] = {{2010, 1}};
    ck_assert_int_eq(stats_loglinear(one, 1, &f, &e), CNS_EDATA);
    const struct point same[] = {{2013, 1}, {2013, 2}, {2013, 3}};
    ck_assert_int_eq(stats_loglinear(same, 3, &f, &e), CNS_EDATA);
    ck_assert_str_eq(e.msg, "log-linear fit needs at least 3 points, got 1");
    ck_assert_str_eq(e.file, "");
    ck_assert_int_eq(e.line, 0);
}
END_TEST

/* ---- summary --------------------------------------------------------------- */

START_TEST(summary_odd_even)
{
    struct cns_err e;
    cns_err_init(&e);
    struct summary s;
    double odd[] = {513e6, 457e6, 298e6};
    ck_assert_int_eq(stats_summary(odd, 3, &s, &e), CNS_OK);
    ck_assert_uint_eq(s.n, 3);
    ck_assert_double_eq(s.min, 298e6);
    ck_assert_double_eq(s.max, 513e6);
    ck_close(s.mean, (513e6 + 457e6 + 298e6) / 3, 1e-14);
    ck_assert_double_eq(s.median, 457e6);
    /* the input is not reordered */
    ck_assert_double_eq(odd[0], 513e6);
    ck_assert_double_eq(odd[2], 298e6);

    const double even[] = {4, 1, 3, 2};
    ck_assert_int_eq(stats_summary(even, 4, &s, &e), CNS_OK);
    ck_assert_uint_eq(s.n, 4);
    ck_assert_double_eq(s.min, 1);
    ck_assert_double_eq(s.max, 4);
    ck_assert_double_eq(s.mean, 2.5);
    ck_assert_double_eq(s.median, 2.5);

    const double single[] = {-7};
    ck_assert_int_eq(stats_summary(single, 1, &s, &e), CNS_OK);
    ck_assert_uint_eq(s.n, 1);
    ck_assert_double_eq(s.min, -7);
    ck_assert_double_eq(s.max, -7);
    ck_assert_double_eq(s.mean, -7);
    ck_assert_double_eq(s.median, -7);

    /* no overflow in the mean or the even median of huge values */
    const double big[] = {1.5e308, 1.7e308};
    ck_assert_int_eq(stats_summary(big, 2, &s, &e), CNS_OK);
    ck_close(s.mean, 1.6e308, 1e-14);
    ck_close(s.median, 1.6e308, 1e-14);
    ck_assert_int_eq(e.rc, CNS_OK);
}
END_TEST

START_TEST(summary_errors)
{
    struct cns_err e;
    cns_err_init(&e);
    struct summary s = {.n = 42};
    ck_assert_int_eq(stats_summary(NULL, 0, &s, &e), CNS_EDATA);
    ck_assert_str_eq(e.msg, "no values to summarise");
    ck_assert_uint_eq(s.n, 42);
    cns_err_init(&e);
    const double bad[] = {1, NAN};
    ck_assert_int_eq(stats_summary(bad, 2, &s, &e), CNS_EDATA);
    ck_assert(strstr(e.msg, "finite"));
    ck_assert_uint_eq(s.n, 42);
}
END_TEST

/* ---- robust z -------------------------------------------------------------- */

START_TEST(robust_ipo)
{
    /* IPO raises (USD); the "852 billion" is a typo for 852 million */
    const double raw[] = {89.12e6, 100e6, 203e6, 111e6, 852e9};
    double x[LEN(raw)], z[LEN(raw)];
    for (size_t i = 0; i < LEN(raw); i++)
        x[i] = log10(raw[i]);
    stats_robust_z(x, LEN(x), z);
    /* by hand: median log10(111e6); |deviations| sorted: 0, log10(111/100),
     * log10(111/89.12), log10(203/111), log10(852e9/111e6); MAD the third */
    double med = log10(111e6), mad = log10(111 / 89.12);
    for (size_t i = 0; i < LEN(x); i++) {
        ck_close(z[i], 0.6745 * (x[i] - med) / mad, 1e-12);
        if (i == 4)
            ck_assert_msg(fabs(z[i]) > 3.5, "852e9 not flagged: z = %g", z[i]);
        else
            ck_assert_msg(fabs(z[i]) < 3.5, "value %zu flagged: z = %g", i, z[i]);
    }
    ck_assert_double_eq(z[3], 0);
}
END_TEST

START_TEST(robust_degenerate)
{
    double z[5];
    /* n < 3 */
    const double two[] = {1, 1000};
    z[0] = z[1] = 9;
    stats_robust_z(two, 2, z);
    ck_assert_double_eq(z[0], 0);
    ck_assert_double_eq(z[1], 0);
    /* MAD 0: more than half the values equal */
    const double same[] = {5, 5, 5, 5, 1e9};
    stats_robust_z(same, 5, z);
    for (int i = 0; i < 5; i++)
        ck_assert_double_eq(z[i], 0);
    /* non-finite input: no NaN scores */
    const double bad[] = {1, 2, NAN, 4, 100};
    stats_robust_z(bad, 5, z);
    for (int i = 0; i < 5; i++)
        ck_assert_double_eq(z[i], 0);
    /* even n: medians average the middle pair */
    const double even[] = {1, 2, 3, 4};
    stats_robust_z(even, 4, z); /* median 2.5, |dev| 1.5 .5 .5 1.5 → MAD 1 */
    ck_close(z[0], 0.6745 * -1.5, 1e-15);
    ck_close(z[3], 0.6745 * 1.5, 1e-15);
    stats_robust_z(NULL, 0, z);
}
END_TEST

Suite *stats_suite(void)
{
    Suite *s = suite_create("stats");
    TCase *tc = tcase_create("CAGR");
    tcase_add_test(tc, cagr_corpus);
    tcase_add_test(tc, cagr_fractional);
    tcase_add_test(tc, cagr_extremes);
    tcase_add_test(tc, cagr_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("Steps");
    tcase_add_test(tc, steps_basic);
    tcase_add_test(tc, steps_irregular);
    tcase_add_test(tc, steps_short);
    suite_add_tcase(s, tc);

    tc = tcase_create("Log-linear fit");
    tcase_add_test(tc, fit_exact_exponential);
    tcase_add_test(tc, fit_irregular);
    tcase_add_test(tc, fit_fractional);
    tcase_add_test(tc, fit_ci_hand);
    tcase_add_test(tc, fit_ci_noisy);
    tcase_add_test(tc, fit_money_market);
    tcase_add_test(tc, fit_constant);
    tcase_add_test(tc, fit_decline);
    tcase_add_test(tc, fit_repeated_period);
    tcase_add_test(tc, fit_errors);
    tcase_add_test(tc, fit_first_error_wins);
    suite_add_tcase(s, tc);

    tc = tcase_create("Summary and robust z");
    tcase_add_test(tc, summary_odd_even);
    tcase_add_test(tc, summary_errors);
    tcase_add_test(tc, robust_ipo);
    tcase_add_test(tc, robust_degenerate);
    suite_add_tcase(s, tc);
    return s;
}
