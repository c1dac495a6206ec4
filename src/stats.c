/* stats.c — growth statistics: CAGR, step-by-step growth, the log-linear
 * fit with its 95 % confidence interval, summaries and robust z-scores.
 *
 * The only module that includes GSL headers.  GSL's default error handler
 * aborts the process, so it is switched off before the first GSL call and
 * every status is checked.  GSL also returns GSL_SUCCESS for inputs it
 * cannot fit (n = 2 gives a NaN covariance, constant x a NaN slope), so
 * the input is validated first and every result is checked with isfinite:
 * on success no output field is NaN or inf. */
#include "stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "num.h"
#include "util.h"

/* Switch GSL's aborting error handler off, once, before any GSL call.
 * (cnstat is single-threaded; a second call would be harmless anyway.) */
static void gsl_init(void)
{
    static bool done;
    if (!done) {
        gsl_set_error_handler_off();
        done = true;
    }
}

/* ---- message helpers ------------------------------------------------------ */

struct numtxt {
    char s[NUM_FMT_MAX];
};

/* A value as the user wrote it (shortest round-trip form). */
static struct numtxt vtxt(double v)
{
    struct numtxt n;
    if (isnan(v))
        memcpy(n.s, "nan", 4);
    else if (isinf(v))
        memcpy(n.s, v > 0 ? "inf" : "-inf", v > 0 ? 4 : 5);
    else
        num_fmt(v, n.s);
    return n;
}

/* A fractional year, to 4 decimals (2011, 2014.2466). */
static struct numtxt ttxt(double t)
{
    if (!isfinite(t) || fabs(t) > 1e15)
        return vtxt(t);
    return vtxt(round(t * 1e4) / 1e4);
}

/* ---- CAGR ------------------------------------------------------------------ */

/* ln(v1 / v0) for positive finite v0, v1, without overflow or underflow in
 * the ratio; log1p keeps the precision of small changes. */
static double log_ratio(double v0, double v1)
{
    double lr = log1p((v1 - v0) / v0);
    if (!isfinite(lr))
        lr = log(v1) - log(v0);
    return lr;
}

enum cns_rc stats_cagr(double t0, double v0, double t1, double v1, double *rate, struct cns_err *e)
{
    if (!isfinite(t0) || !isfinite(t1))
        return cns_fail(e, CNS_EDATA, NULL, 0, "CAGR: periods must be finite (got %s and %s)",
                        ttxt(t0).s, ttxt(t1).s);
    if (!isfinite(v0) || !isfinite(v1))
        return cns_fail(e, CNS_EDATA, NULL, 0, "CAGR: values must be finite (got %s and %s)",
                        vtxt(v0).s, vtxt(v1).s);
    if (t1 == t0)
        return cns_fail(e, CNS_EDATA, NULL, 0, "CAGR needs two different periods (both are %s)",
                        ttxt(t0).s);
    if (t1 < t0)
        return cns_fail(e, CNS_EDATA, NULL, 0,
                        "CAGR needs the end period after the start (got %s to %s)", ttxt(t0).s,
                        ttxt(t1).s);
    if (!(v0 > 0))
        return cns_fail(e, CNS_EDATA, NULL, 0, "CAGR needs positive values (got %s at %s)",
                        vtxt(v0).s, ttxt(t0).s);
    if (!(v1 > 0))
        return cns_fail(e, CNS_EDATA, NULL, 0, "CAGR needs positive values (got %s at %s)",
                        vtxt(v1).s, ttxt(t1).s);
    double r = expm1(log_ratio(v0, v1) / (t1 - t0));
    if (!isfinite(r))
        return cns_fail(e, CNS_EDATA, NULL, 0,
                        "CAGR from %s at %s to %s at %s is out of range", vtxt(v0).s,
                        ttxt(t0).s, vtxt(v1).s, ttxt(t1).s);
    *rate = r;
    return CNS_OK;
}

/* ---- steps ------------------------------------------------------------------ */

size_t stats_steps(const struct point *p, size_t n, struct step *out)
{
    if (n < 2)
        return 0;
    for (size_t i = 0; i + 1 < n; i++) {
        struct step s = {
            .t0 = p[i].t, .t1 = p[i + 1].t, .v0 = p[i].v, .v1 = p[i + 1].v,
            .change = p[i + 1].v - p[i].v,
        };
        s.annualised = s.t1 - s.t0 > 1.5;
        if (s.v0 > 0 && s.v1 > 0) {
            struct cns_err e;
            double rate;
            cns_err_init(&e);
            double pct = (s.v1 - s.v0) / s.v0 * 100;
            /* A step that cannot be annualised (equal or unsorted periods,
             * overflow) has no percentages rather than NaN ones. */
            if (isfinite(pct) && stats_cagr(s.t0, s.v0, s.t1, s.v1, &rate, &e) == CNS_OK
                && isfinite(rate * 100)) {
                s.pct = pct;
                s.annual_pct = rate * 100;
                s.has_pct = true;
            }
        }
        out[i] = s;
    }
    return n - 1;
}

/* ---- log-linear fit ---------------------------------------------------------- */

enum cns_rc stats_loglinear(const struct point *p, size_t n, struct fit *f, struct cns_err *e)
{
    gsl_init();
    if (n < 3)
        return cns_fail(e, CNS_EDATA, NULL, 0, "log-linear fit needs at least 3 points, got %zu",
                        n);
    bool distinct = false;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(p[i].t))
            return cns_fail(e, CNS_EDATA, NULL, 0, "periods must be finite (got %s)",
                            ttxt(p[i].t).s);
        if (!isfinite(p[i].v))
            return cns_fail(e, CNS_EDATA, NULL, 0, "values must be finite (got %s at %s)",
                            vtxt(p[i].v).s, ttxt(p[i].t).s);
        if (!(p[i].v > 0))
            return cns_fail(e, CNS_EDATA, NULL, 0,
                            "values must be positive for a log-linear fit (got %s at %s)",
                            vtxt(p[i].v).s, ttxt(p[i].t).s);
        if (p[i].t != p[0].t)
            distinct = true;
    }
    if (!distinct)
        return cns_fail(e, CNS_EDATA, NULL, 0, "all points have the same period (%s)",
                        ttxt(p[0].t).s);

    double *x = xmalloc(2 * n * sizeof *x);
    double *y = x + n;
    for (size_t i = 0; i < n; i++) {
        x[i] = p[i].t;
        y[i] = log(p[i].v);
    }
    double a, b, cov00, cov01, cov11, sumsq;
    int st = gsl_fit_linear(x, 1, y, 1, n, &a, &b, &cov00, &cov01, &cov11, &sumsq);
    /* Total sum of squares of ln v about its mean, for R². */
    double tss = st == GSL_SUCCESS ? gsl_stats_tss(y, 1, n) : 0;
    free(x);
    if (st != GSL_SUCCESS)
        return cns_fail(e, CNS_EDATA, NULL, 0, "log-linear fit failed: %s", gsl_strerror(st));

    /* Student t quantile for a two-sided 95 % interval, n - 2 dof. */
    double tq = gsl_cdf_tdist_Pinv(0.975, (double)(n - 2));
    /* cov11 = s² / Sxx with s² = sumsq / (n - 2): the slope's variance.  With
     * points exactly on a line it is 0 (or a rounding speck): the interval
     * collapses to the rate. */
    double half = tq * sqrt(cov11 > 0 ? cov11 : 0);

    /* R² = 1 - SS_res / SS_tot.  A constant ln v has SS_tot = 0 and is fitted
     * exactly by the flat line, so R² is defined as 1 there.  Rounding can
     * push SS_res a hair above SS_tot on data with no trend: keep R² >= 0. */
    double r2 = tss > 0 ? 1 - sumsq / tss : 1;
    if (r2 < 0)
        r2 = 0;

    struct fit g = {
        .n = n,
        .slope = b,
        .intercept = a,
        .rate = expm1(b),
        .rate_lo = expm1(b - half),
        .rate_hi = expm1(b + half),
        .r2 = r2,
    };
    /* ln 2 / b: a positive slope so small that the doubling time is not a
     * finite number has no doubling time. */
    if (b > 0 && isfinite(M_LN2 / b)) {
        g.doubling = M_LN2 / b;
        g.has_doubling = true;
    }
    if (!isfinite(a) || !isfinite(b) || !isfinite(tq) || !isfinite(half) || !isfinite(g.rate)
        || !isfinite(g.rate_lo) || !isfinite(g.rate_hi) || !isfinite(g.r2))
        return cns_fail(e, CNS_EDATA, NULL, 0,
                        "log-linear fit is out of range (growth of ln value %s a year)",
                        vtxt(b).s);
    *f = g;
    return CNS_OK;
}

/* ---- summary and robust z ---------------------------------------------------- */

enum cns_rc stats_summary(const double *v, size_t n, struct summary *s, struct cns_err *e)
{
    gsl_init();
    if (n == 0)
        return cns_fail(e, CNS_EDATA, NULL, 0, "no values to summarise");
    for (size_t i = 0; i < n; i++)
        if (!isfinite(v[i]))
            return cns_fail(e, CNS_EDATA, NULL, 0, "values must be finite (got %s)",
                            vtxt(v[i]).s);
    double *c = xmalloc(n * sizeof *c);
    memcpy(c, v, n * sizeof *c);
    gsl_sort(c, 1, n);
    struct summary r = {
        .n = n,
        .min = c[0],
        .max = c[n - 1],
        .mean = gsl_stats_mean(v, 1, n), /* a running mean: no overflow of the sum */
        .median = gsl_stats_median_from_sorted_data(c, 1, n),
    };
    /* GSL averages the middle pair of an even n as (a + b) / 2, which
     * overflows for huge values; a / 2 + b / 2 does not. */
    if (!isfinite(r.median) && n % 2 == 0)
        r.median = c[n / 2 - 1] / 2 + c[n / 2] / 2;
    free(c);
    if (!isfinite(r.mean) || !isfinite(r.median))
        return cns_fail(e, CNS_EDATA, NULL, 0, "summary is out of range");
    *s = r;
    return CNS_OK;
}

/* Median of n finite values, sorting c in place. */
static double median_sort(double *c, size_t n)
{
    gsl_sort(c, 1, n);
    return gsl_stats_median_from_sorted_data(c, 1, n);
}

void stats_robust_z(const double *x, size_t n, double *z)
{
    gsl_init();
    bool finite = true;
    for (size_t i = 0; i < n; i++)
        finite = finite && isfinite(x[i]);
    if (n < 3 || !finite) { /* non-finite input: no scores rather than NaN ones */
        for (size_t i = 0; i < n; i++)
            z[i] = 0;
        return;
    }
    double *c = xmalloc(n * sizeof *c);
    memcpy(c, x, n * sizeof *c);
    double med = median_sort(c, n);
    for (size_t i = 0; i < n; i++)
        c[i] = fabs(x[i] - med);
    double mad = median_sort(c, n);
    free(c);
    for (size_t i = 0; i < n; i++) {
        double zi = mad > 0 ? 0.6745 * (x[i] - med) / mad : 0;
        z[i] = isfinite(zi) ? zi : 0; /* z may alias x: x[i] is read first */
    }
}
