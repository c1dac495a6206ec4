/* stats.h — growth statistics; the only module that includes GSL headers.
 *
 * Times are fractional years (see series_period_time: "2011" → 2011.0,
 * "2014-03" → 2014 + 2/12, "2014-03-31" → 2014 + day-of-year/days-in-year).
 * Every function validates its input and reports a clear error instead of
 * returning NaN or inf; outputs are written only on success. */
#ifndef CNS_STATS_H
#define CNS_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "msg.h"

struct point {
    double t; /* fractional year */
    double v; /* value */
};

/* Compound annual growth rate between (t0, v0) and (t1, v1), as a fraction
 * (0.123 = 12.3 % a year).  Needs t1 > t0 and v0, v1 > 0. */
enum cns_rc stats_cagr(double t0, double v0, double t1, double v1, double *rate, struct cns_err *e);

/* Growth between consecutive points (sorted by t, distinct t). */
struct step {
    double t0, t1, v0, v1;
    double change;     /* v1 - v0 */
    double pct;        /* (v1 / v0 - 1) * 100 over the whole step; valid if has_pct */
    double annual_pct; /* CAGR over the step in percent; valid if has_pct */
    bool has_pct;      /* v0 > 0 and v1 > 0 */
    bool annualised;   /* the step is longer than 1.5 years: annual_pct is the figure to cite */
};

/* Fill out[0..n-2]; returns the number of steps (n - 1, or 0 for n < 2).
 * Points must be sorted by t with distinct t. */
size_t stats_steps(const struct point *p, size_t n, struct step *out);

/* Log-linear least squares: ln v = a + b t (gsl_fit_linear). */
struct fit {
    size_t n;
    double slope, intercept;  /* of ln v on t */
    double rate;              /* annual growth exp(b) - 1, fraction */
    double rate_lo, rate_hi;  /* 95 % confidence interval (Student t, n - 2 dof) */
    double r2;
    double doubling;          /* years; valid if has_doubling (rate > 0) */
    bool has_doubling;
};

/* Needs n >= 3 points, at least two distinct t, all v > 0; errors say which
 * condition failed. */
enum cns_rc stats_loglinear(const struct point *p, size_t n, struct fit *f, struct cns_err *e);

struct summary {
    size_t n;
    double min, max, mean, median;
};

/* n >= 1; values are not modified (a sorted copy is made). */
enum cns_rc stats_summary(const double *v, size_t n, struct summary *s, struct cns_err *e);

/* Robust outliers: modified z-scores (Iglewicz & Hoaglin) of x[i],
 * 0.6745 (x - median) / MAD.  Writes z[0..n-1]; all 0 when MAD is 0 or
 * n < 3. */
void stats_robust_z(const double *x, size_t n, double *z);

#endif
