/* check_chart.c — the backend-free chart model: tick choices for tricky
 * ranges, written out in full and checked by hand against Talbot, Lin &
 * Hanrahan's scoring (0.25 simplicity + 0.2 coverage + 0.5 density + 0.05
 * legibility); log decades; labels; text widths; and the layout's
 * invariants (boxes on the page, nothing overlapping, a legend only for 2+
 * series, dashboard cells apart), with the scale choices on corpus-like
 * series (netizens linear, US money market funds log). */
#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "suites.h"
#include "util.h"

Suite *chart_suite(void);

#define LEN(a) (sizeof(a) / sizeof *(a))

/* |got - want| <= 1e-9 * max(1, |want|) */
#define ck_near(got, want)                                                                  \
    do {                                                                                    \
        double g_ = (got), w_ = (want);                                                     \
        ck_assert_msg(fabs(g_ - w_) <= 1e-9 * fmax(1.0, fabs(w_)), "%s = %.17g, expected %.17g", \
                      #got, g_, w_);                                                        \
    } while (0)

/* ---- helpers ------------------------------------------------------------- */

/* chart_ticks_linear on [lo, hi] with target m gives exactly want[], and the
 * range becomes [want_lo, want_hi]. */
static void expect_linear(double lo, double hi, int m, const double *want, size_t n, double want_lo,
                          double want_hi)
{
    double t[40], a = lo, b = hi;
    size_t got = chart_ticks_linear(&a, &b, m, t, LEN(t));
    ck_assert_msg(got == n, "[%g, %g] m=%d: %zu ticks, expected %zu", lo, hi, m, got, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(fabs(t[i] - want[i]) <= 1e-9 * fmax(1, fabs(want[i])),
                      "[%g, %g]: tick %zu = %.17g, expected %.17g", lo, hi, i, t[i], want[i]);
    ck_near(a, want_lo);
    ck_near(b, want_hi);
}

static void expect_log(double lo, double hi, size_t max, const double *want, size_t n,
                       double want_lo, double want_hi)
{
    double t[40], a = lo, b = hi;
    size_t got = chart_ticks_log(&a, &b, t, max);
    ck_assert_msg(got == n, "log [%g, %g]: %zu ticks, expected %zu", lo, hi, got, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(t[i] == want[i], "log [%g, %g]: tick %zu = %.17g, expected %.17g", lo, hi, i,
                      t[i], want[i]);
    ck_assert(a == want_lo);
    ck_assert(b == want_hi);
}

static void expect_label(double v, double step, const char *want)
{
    char b[32];
    memset(b, 'x', sizeof b);
    chart_label_value(v, step, b, sizeof b);
    ck_assert_msg(strcmp(b, want) == 0, "label(%.17g, step %g) = '%s', expected '%s'", v, step, b,
                  want);
}

static void expect_tick_labels(const struct axis *a, const char *const *want, size_t n)
{
    ck_assert_msg(a->nticks == n, "%zu ticks, expected %zu", a->nticks, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(strcmp(a->ticks[i].label, want[i]) == 0, "tick %zu is '%s', expected '%s'", i,
                      a->ticks[i].label, want[i]);
}

/* A series owning copies of everything (chart_free frees them). */
static struct chart_series mk_series(const char *name, const char *unit, const double *x,
                                     const double *y, size_t n)
{
    struct chart_series s = {.name = xstrdup(name), .unit = xstrdup(unit), .n = n};
    s.pts = xcalloc(n, sizeof *s.pts);
    for (size_t i = 0; i < n; i++) {
        char lab[32];
        snprintf(lab, sizeof lab, "%g", x[i]);
        s.pts[i] = (struct chart_point){.x = x[i], .y = y[i], .y2 = y[i], .label = xstrdup(lab)};
    }
    return s;
}

/* A one-panel chart of kind k with room for ns series; 120 x 75 mm. */
static struct chart *mk_chart(struct chart *c, enum chart_kind k, size_t ns)
{
    memset(c, 0, sizeof *c);
    c->kind = k;
    c->width = 120 / 25.4 * 72;
    c->height = 75 / 25.4 * 72;
    c->style.font_pt = 9;
    c->style.title_pt = 11;
    c->show_title = true;
    snprintf(c->title, sizeof c->title, "China's netizens");
    snprintf(c->subtitle, sizeof c->subtitle, "people, 2002-2011");
    snprintf(c->footnote, sizeof c->footnote, "Source: cnnic.txt, museum.txt");
    c->npanels = 1;
    c->panels = xcalloc(1, sizeof *c->panels);
    c->panels[0].series = xcalloc(ns ? ns : 1, sizeof *c->panels[0].series);
    return c;
}

static void add_series(struct panel *p, struct chart_series s)
{
    p->series[p->nseries++] = s;
}

/* netizens, China, 2002-2011 */
static const double NET_X[] = {2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011};
static const double NET_Y[] = {46e6,  79.5e6, 94e6,  111e6, 137e6,
                               210e6, 298e6,  384e6, 457e6, 513e6};
/* US money market funds, USD, 1971-2001 */
static const double MMF_X[] = {1971, 1975, 1980, 1990, 2001};
static const double MMF_Y[] = {3e5, 3.7e9, 7.6e10, 4.98e11, 2.14e12};

static bool inside(struct rect in, struct rect out)
{
    const double e = 1e-9;
    return in.w >= 0 && in.h >= 0 && in.x >= out.x - e && in.y >= out.y - e &&
           in.x + in.w <= out.x + out.w + e && in.y + in.h <= out.y + out.h + e;
}

/* Disjoint interiors; an empty box overlaps nothing. */
static bool apart(struct rect a, struct rect b)
{
    if (a.w <= 0 || a.h <= 0 || b.w <= 0 || b.h <= 0)
        return true;
    const double e = 1e-9;
    return a.x + a.w <= b.x + e || b.x + b.w <= a.x + e || a.y + a.h <= b.y + e ||
           b.y + b.h <= a.y + e;
}

#define ck_inside(a, b)                                                                     \
    ck_assert_msg(inside(a, b), "%s (%g,%g %gx%g) not inside %s (%g,%g %gx%g)", #a, (a).x, (a).y, \
                  (a).w, (a).h, #b, (b).x, (b).y, (b).w, (b).h)
#define ck_apart(a, b)                                                                     \
    ck_assert_msg(apart(a, b), "%s (%g,%g %gx%g) overlaps %s (%g,%g %gx%g)", #a, (a).x, (a).y, \
                  (a).w, (a).h, #b, (b).x, (b).y, (b).w, (b).h)

/* Every box on the page, header, panels, legend and footer apart, each
 * plot inside its panel's box, ticks inside their axis ranges, ascending. */
static void check_page(const struct chart *c)
{
    struct rect page = {0, 0, c->width, c->height};
    ck_inside(c->header, page);
    ck_inside(c->footer, page);
    ck_apart(c->header, c->footer);
    if (c->show_legend) {
        ck_assert(c->legend.w > 0 && c->legend.h > 0);
        ck_inside(c->legend, page);
        ck_apart(c->legend, c->header);
        ck_apart(c->legend, c->footer);
    } else {
        ck_assert(c->legend.w == 0);
    }
    for (size_t i = 0; i < c->npanels; i++) {
        const struct panel *p = &c->panels[i];
        ck_inside(p->box, page);
        ck_inside(p->plot, p->box);
        ck_assert(p->plot.w > 20 && p->plot.h > 20);
        ck_apart(p->box, c->header);
        ck_apart(p->box, c->footer);
        if (c->show_legend)
            ck_apart(p->box, c->legend);
        for (size_t j = i + 1; j < c->npanels && c->kind == CHART_DASHBOARD; j++)
            ck_apart(p->box, c->panels[j].box);
        const struct axis *ax[] = {&p->x, &p->y};
        for (size_t a = 0; a < 2; a++) {
            ck_assert(ax[a]->nticks >= 1);
            ck_assert(ax[a]->lo < ax[a]->hi);
            for (size_t t = 0; t < ax[a]->nticks; t++) {
                double v = ax[a]->ticks[t].v;
                ck_assert_msg(v >= ax[a]->lo - 1e-9 * fabs(v) && v <= ax[a]->hi + 1e-9 * fabs(v),
                              "tick %g outside [%g, %g]", v, ax[a]->lo, ax[a]->hi);
                ck_assert(ax[a]->ticks[t].label[0]);
                if (t > 0)
                    ck_assert(v > ax[a]->ticks[t - 1].v);
            }
        }
        /* y tick labels fit left of the plot, inside the box */
        double room = p->plot.x - CHART_TICK_LEN - CHART_TICK_GAP - p->box.x;
        for (size_t t = 0; t < p->y.nticks; t++)
            ck_assert(chart_text_width(p->y.ticks[t].label, c->style.font_pt) <= room + 1e-9);
        /* x tick labels inside the box horizontally */
        for (size_t t = 0; t < p->x.nticks; t++) {
            double cx = p->plot.x + chart_axis_frac(&p->x, p->x.ticks[t].v) * p->plot.w;
            double hw = chart_text_width(p->x.ticks[t].label, c->style.font_pt) / 2;
            ck_assert_msg(cx - hw >= p->box.x - 1e-9 && cx + hw <= p->box.x + p->box.w + 1e-9,
                          "x label '%s' leaves the panel", p->x.ticks[t].label);
        }
    }
}

/* ---- linear ticks ---------------------------------------------------------- */

START_TEST(ticks_unit_range)
{
    /* 0-1, m = 5.  Step 0.25 (q = 2.5): simplicity 1 - 3/5 - 1 + 1 = 0.4,
     * coverage 1, density 1 → 0.1 + 0.2 + 0.5 + 0.05 = 0.85.  Step 0.2
     * (q = 2, six ticks): simplicity 0.6, density 2 - 5/4 = 0.75 → 0.775.
     * Step 0.5: simplicity 0.8, density 2 - 2 = 0 → 0.45. */
    const double want[] = {0, 0.25, 0.5, 0.75, 1};
    expect_linear(0, 1, 5, want, LEN(want), 0, 1);
    /* m = 3: 0, 0.5, 1 (simplicity 0.8, density 1 → 0.95) */
    const double want3[] = {0, 0.5, 1};
    expect_linear(0, 1, 3, want3, LEN(want3), 0, 1);
    /* m = 7: steps of 0.2, and the ticks are the decimals, not their sums */
    const double want7[] = {0, 0.2, 0.4, 0.6, 0.8, 1};
    double t[40], lo = 0, hi = 1;
    ck_assert_uint_eq(chart_ticks_linear(&lo, &hi, 7, t, 40), 6);
    for (size_t i = 0; i < 6; i++)
        ck_assert(t[i] == want7[i]);
    /* the same shape a hundred or a billion times larger */
    const double want100[] = {0, 25, 50, 75, 100};
    expect_linear(0, 100, 5, want100, LEN(want100), 0, 100);
    const double wantb[] = {0, 250e6, 500e6, 750e6, 1e9};
    expect_linear(0, 1e9, 5, wantb, LEN(wantb), 0, 1e9);
}
END_TEST

START_TEST(ticks_netizens)
{
    /* 46M-513M: 0, 100M ... 500M (q = 1 with zero: simplicity 1; coverage
     * 1 - 0.5 (13² + 46²)/46.7² = 0.44; density 2 - 1.097 = 0.90 → 0.754),
     * beating 0-600M (coverage -0.44) and steps of 200M or 50M. */
    const double want[] = {0, 100e6, 200e6, 300e6, 400e6, 500e6};
    expect_linear(46e6, 513e6, 5, want, LEN(want), 0, 513e6);
    /* with zero included by the layout: the same ticks, score 0.852 */
    expect_linear(0, 513e6, 5, want, LEN(want), 0, 513e6);
    /* 2.14T from zero: halves of a trillion */
    const double wantt[] = {0, 0.5e12, 1e12, 1.5e12, 2e12};
    expect_linear(0, 2.14e12, 5, wantt, LEN(wantt), 0, 2.14e12);
}
END_TEST

START_TEST(ticks_single_point)
{
    /* 513M alone → 461.7M-564.3M: steps of 20M from 460M */
    const double want[] = {460e6, 480e6, 500e6, 520e6, 540e6, 560e6};
    expect_linear(513e6, 513e6, 5, want, LEN(want), 460e6, 564.3e6);
    /* 0 alone → -1..1 by 0.5 (q = 5 with zero: 0.2 + 0.2 + 0.5 + 0.05) */
    const double want0[] = {-1, -0.5, 0, 0.5, 1};
    expect_linear(0, 0, 5, want0, LEN(want0), -1, 1);
    /* all equal 5 → 4.5-5.5 by 0.25 */
    const double want5[] = {4.5, 4.75, 5, 5.25, 5.5};
    expect_linear(5, 5, 5, want5, LEN(want5), 4.5, 5.5);
    /* -5 alone: mirrored */
    const double wantm[] = {-5.5, -5.25, -5, -4.75, -4.5};
    expect_linear(-5, -5, 5, wantm, LEN(wantm), -5.5, -4.5);
}
END_TEST

START_TEST(ticks_negative)
{
    /* growth bars -20..60: steps of 20 through 0 (q = 2 with zero:
     * simplicity 0.6, coverage 1, density 1 → 0.9) */
    const double want[] = {-20, 0, 20, 40, 60};
    expect_linear(-20, 60, 5, want, LEN(want), -20, 60);
    expect_linear(-20, 60, 4, want, LEN(want), -20, 60);
    /* an uneven straddle: tens through 0; the range keeps the data */
    const double want2[] = {-10, 0, 10, 20, 30, 40};
    expect_linear(-12.3, 45.6, 5, want2, LEN(want2), -12.3, 45.6);
    /* all negative, up to 0 */
    const double want3[] = {-40, -30, -20, -10, 0};
    expect_linear(-35, 0, 5, want3, LEN(want3), -40, 0);
    /* symmetric around 0 */
    const double want4[] = {-0.1, -0.05, 0, 0.05, 0.1};
    expect_linear(-0.1, 0.1, 5, want4, LEN(want4), -0.1, 0.1);
}
END_TEST

START_TEST(ticks_degenerate)
{
    double t[40], lo, hi;
    /* reversed ends are swapped */
    lo = 1, hi = 0;
    ck_assert_uint_eq(chart_ticks_linear(&lo, &hi, 5, t, 40), 5);
    ck_assert(lo == 0 && hi == 1 && t[4] == 1);
    /* non-finite ends */
    lo = NAN, hi = NAN;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 5, t, 40), 2);
    ck_assert(isfinite(lo) && isfinite(hi) && lo < hi);
    lo = -INFINITY, hi = 7;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 5, t, 40), 2);
    ck_assert(isfinite(lo) && lo < 7 && hi >= 7);
    /* silly m, tiny max */
    lo = 0, hi = 1;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 0, t, 40), 2);
    lo = 0, hi = 1;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 1000, t, 40), 2);
    lo = 0, hi = 1;
    size_t n = chart_ticks_linear(&lo, &hi, 5, t, 3);
    ck_assert(n >= 2 && n <= 3);
    lo = 0, hi = 1;
    ck_assert_uint_eq(chart_ticks_linear(&lo, &hi, 5, t, 1), 1);
    ck_assert_uint_eq(chart_ticks_linear(&lo, &hi, 5, t, 0), 0);
    /* a range too narrow for its magnitude, huge and tiny magnitudes */
    lo = 1e17, hi = 1e17 + 16;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 5, t, 40), 2);
    ck_assert(lo < hi);
    lo = -1e300, hi = 1e300;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 5, t, 40), 2);
    lo = 1e-300, hi = 3e-300;
    ck_assert_uint_ge(chart_ticks_linear(&lo, &hi, 5, t, 40), 2);
    ck_assert(lo < hi);
}
END_TEST

/* Any finite range: 2..max ascending ticks within the widened range,
 * which still holds the data, and 0 among them when the ticks straddle it. */
START_TEST(ticks_sweep)
{
    unsigned long long s = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 3000; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        double u1 = (double)(s >> 11) / 9007199254740992.0;
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        double u2 = (double)(s >> 11) / 9007199254740992.0;
        double mag = pow(10, -6 + 20 * u1);
        double a = (u2 - 0.5) * 2 * mag, b = a + mag * (0.001 + u1 * u2 * 3);
        if (i % 5 == 0)
            b = a; /* a single point */
        int m = 2 + i % 9;
        double t[40], lo = a, hi = b;
        size_t n = chart_ticks_linear(&lo, &hi, m, t, 40);
        ck_assert_msg(n >= 2 && n <= 40, "[%.17g, %.17g] m=%d: %zu ticks", a, b, m, n);
        ck_assert(lo <= a && hi >= b && lo < hi);
        bool neg = false, pos = false, zero = false;
        for (size_t k = 0; k < n; k++) {
            ck_assert(t[k] >= lo && t[k] <= hi);
            ck_assert(!(t[k] == 0 && signbit(t[k])));
            if (k > 0)
                ck_assert(t[k] > t[k - 1]);
            neg |= t[k] < 0, pos |= t[k] > 0, zero |= t[k] == 0;
        }
        if ((neg && pos) || (a < 0 && b > 0))
            ck_assert_msg(zero, "[%.17g, %.17g] straddles 0 without a 0 tick", a, b);
    }
}
END_TEST

/* ---- log ticks ------------------------------------------------------------- */

START_TEST(ticks_log_decades)
{
    /* US money market funds: 3e5-2.14e12 → decades 1e5 ... 1e13 */
    const double want[] = {1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13};
    expect_log(3e5, 2.14e12, 40, want, LEN(want), 1e5, 1e13);
    const char *const labels[] = {"100K", "1M", "10M", "100M", "1B", "10B", "100B", "1T", "10T"};
    for (size_t i = 0; i < LEN(want); i++)
        expect_label(want[i], want[i], labels[i]);
    /* at most 4: every third decade, the top rounded out to 1e14 */
    const double want4[] = {1e5, 1e8, 1e11, 1e14};
    expect_log(3e5, 2.14e12, 4, want4, LEN(want4), 1e5, 1e14);
    /* exact powers are not rounded out further */
    const double want3[] = {1e3, 1e4, 1e5, 1e6};
    expect_log(1e3, 1e6, 40, want3, LEN(want3), 1e3, 1e6);
}
END_TEST

START_TEST(ticks_log_few_decades)
{
    /* two decades: 1, 2, 5 in each */
    const double want[] = {1e5, 2e5, 5e5, 1e6, 2e6, 5e6, 1e7};
    expect_log(3e5, 4e6, 40, want, LEN(want), 1e5, 1e7);
    /* 46M-513M forced log */
    const double wantn[] = {1e7, 2e7, 5e7, 1e8, 2e8, 5e8, 1e9};
    expect_log(46e6, 513e6, 40, wantn, LEN(wantn), 1e7, 1e9);
    /* one value: its decade */
    const double want1[] = {100, 200, 500, 1000};
    expect_log(100, 100, 40, want1, LEN(want1), 100, 1000);
    /* small numbers: decimals, exact to the double */
    const double wants[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};
    expect_log(0.03, 0.7, 40, wants, LEN(wants), 0.01, 1);
    /* too many for max: decades only */
    const double wantd[] = {1e5, 1e6, 1e7};
    expect_log(3e5, 4e6, 4, wantd, LEN(wantd), 1e5, 1e7);
    /* bad ends */
    double t[40], lo = -5, hi = 0;
    ck_assert_uint_ge(chart_ticks_log(&lo, &hi, t, 40), 2);
    ck_assert(lo > 0 && hi > lo);
}
END_TEST

/* ---- labels ---------------------------------------------------------------- */

START_TEST(labels_suffixes)
{
    expect_label(500e6, 100e6, "500M");
    expect_label(1.5e9, 0.5e9, "1.5B");
    expect_label(1e9, 0.5e9, "1B");
    expect_label(2e9, 1e9, "2B");
    expect_label(5.4e12, 0.1e12, "5.4T");
    expect_label(12e3, 1e3, "12K");
    expect_label(12e3, 2.5e3, "12K");
    expect_label(12.5e3, 2.5e3, "12.5K");
    expect_label(999, 1, "999");
    expect_label(1000, 500, "1K");
    expect_label(1500, 500, "1.5K");
    expect_label(2.14e12, 0, "2.14T");
    expect_label(1e15, 1e15, "1000T");
    /* rounding up into the next suffix: 999.9996M at step 1M */
    expect_label(999.9996e6, 1e6, "1B");
    expect_label(-2.5e9, 0.5e9, "-2.5B");
}
END_TEST

START_TEST(labels_decimals)
{
    expect_label(0.25, 0.25, "0.25");
    expect_label(0.5, 0.25, "0.5");
    expect_label(0.75, 0.25, "0.75");
    expect_label(1, 0.25, "1");
    expect_label(0.1 + 0.2, 0.1, "0.3"); /* 0.30000000000000004 */
    expect_label(7.5, 5, "7.5");         /* off the step's grid */
    expect_label(2.00000025, 2.5e-7, "2.00000025");
    expect_label(0.001, 0.001, "0.001");
    expect_label(0.0005, 0.0005, "5e-4"); /* exponents only below 0.001 */
    expect_label(0.00025, 0.00025, "2.5e-4");
    expect_label(-0.0005, 0.0005, "-5e-4");
    expect_label(1.0 / 3, 0, "0.33");
}
END_TEST

START_TEST(labels_sign)
{
    expect_label(-5, 5, "-5");
    expect_label(-20, 20, "-20");
    expect_label(-0.0, 1, "0");
    expect_label(-1e-17, 0.1, "0"); /* rounding noise around 0 */
    expect_label(1e-17, 0.1, "0");
    expect_label(0, 0, "0");
    expect_label(-0.04, 0.5, "-0.04"); /* not "-0": more decimals, not a signed zero */
    char b[32];
    chart_label_year(-0.2, b, sizeof b);
    ck_assert_str_eq(b, "0");
}
END_TEST

START_TEST(labels_years)
{
    char b[32];
    chart_label_year(2011, b, sizeof b);
    ck_assert_str_eq(b, "2011");
    chart_label_year(2011.4, b, sizeof b);
    ck_assert_str_eq(b, "2011");
    chart_label_year(1971, b, sizeof b);
    ck_assert_str_eq(b, "1971");
    chart_label_year(NAN, b, sizeof b);
    ck_assert_str_eq(b, "?");
    /* a short buffer is cut, never overrun */
    char s[3] = "xx";
    chart_label_year(2011, s, sizeof s);
    ck_assert_str_eq(s, "20");
}
END_TEST

/* Labels do not follow LC_NUMERIC (when a decimal-comma locale exists). */
START_TEST(labels_locale)
{
    const char *names[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8"};
    const char *got = NULL;
    for (size_t i = 0; i < LEN(names) && !got; i++)
        got = setlocale(LC_NUMERIC, names[i]);
    expect_label(1.5e9, 0.5e9, "1.5B");
    expect_label(0.25, 0.25, "0.25");
    expect_label(0.00025, 0.00025, "2.5e-4");
    setlocale(LC_NUMERIC, "C");
}
END_TEST

/* ---- text width ------------------------------------------------------------- */

START_TEST(text_widths)
{
    ck_near(chart_text_width("", 10), 0);
    ck_near(chart_text_width(NULL, 10), 0);
    ck_near(chart_text_width("a", 10), 5.5);
    ck_near(chart_text_width("il.,;:'| ", 10), 27);
    ck_near(chart_text_width("MWmw", 10), 34);
    ck_near(chart_text_width("2011", 10), 22);
    ck_near(chart_text_width("\xE4\xBD\x99\xE9\xA2\x9D\xE5\xAE\x9D", 10), 30); /* 余额宝 */
    ck_near(chart_text_width("\xE3\x80\x81", 10), 10);  /* U+3001 */
    ck_near(chart_text_width("\xEF\xBC\x85", 10), 10);  /* ％ U+FF05 */
    ck_near(chart_text_width("\xEA\xB0\x80", 10), 10);  /* 가 U+AC00 */
    ck_near(chart_text_width("\xC3\xA9", 10), 6);       /* é */
    ck_near(chart_text_width("\xE2\x80\x93", 10), 6);   /* – U+2013 */
    ck_near(chart_text_width("\xF0\x9F\x98\x80", 10), 6); /* U+1F600 */
    ck_near(chart_text_width("\xFF\xE4\xBD", 10), 18);   /* invalid bytes: 0.6 each */
    ck_near(chart_text_width("a\nb", 10), 11);          /* controls take no room */
}
END_TEST

START_TEST(palette_okabe_ito)
{
    const unsigned want[8] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                              0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
    for (size_t i = 0; i < 8; i++)
        ck_assert_uint_eq(chart_palette[i], want[i]);
}
END_TEST

START_TEST(axis_frac)
{
    struct axis a = {.lo = 0, .hi = 10};
    ck_near(chart_axis_frac(&a, 2.5), 0.25);
    a = (struct axis){.lo = 1e5, .hi = 1e13, .log = true};
    ck_near(chart_axis_frac(&a, 1e9), 0.5);
    ck_near(chart_axis_frac(&a, 1e5), 0);
    ck_near(chart_axis_frac(&a, 1e13), 1);
}
END_TEST

/* ---- layout: scales ---------------------------------------------------------- */

START_TEST(layout_netizens_linear)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    add_series(&c.panels[0], mk_series("China", "people", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    /* linear: 46M is below 40 % of 513M, so 0 is in the range */
    ck_assert(!p->y.log);
    ck_near(p->y.lo, 0);
    /* 5 % of the range above the largest value: its point is off the frame */
    ck_near(p->y.hi, 513e6 * 1.05);
    const char *const yl[] = {"0", "100M", "200M", "300M", "400M", "500M"};
    expect_tick_labels(&p->y, yl, LEN(yl));
    ck_assert_str_eq(p->y.title, "people");
    /* years 2002-2011, padded 3 %: every year would be 10 labels, so every
     * 2nd: 2002 ... 2010 */
    ck_assert(p->x.years && !p->x.log);
    const char *const xl[] = {"2002", "2004", "2006", "2008", "2010"};
    expect_tick_labels(&p->x, xl, LEN(xl));
    ck_assert_str_eq(p->x.title, "");
    /* one series: no legend */
    ck_assert(!c.show_legend);
    check_page(&c);
    /* forced log: decades with 2 and 5 */
    ck_assert_int_eq(chart_layout(&c, 1), 0);
    ck_assert(p->y.log);
    const char *const ll[] = {"10M", "20M", "50M", "100M", "200M", "500M", "1B"};
    expect_tick_labels(&p->y, ll, LEN(ll));
    check_page(&c);
    chart_free(&c);
    ck_assert(c.panels == NULL && c.npanels == 0);
    chart_free(&c); /* twice is harmless */
    chart_free(NULL);
}
END_TEST

START_TEST(layout_money_market_log)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    add_series(&c.panels[0], mk_series("US money market funds", "USD", MMF_X, MMF_Y, LEN(MMF_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    ck_assert(p->y.log); /* 2.14e12 / 3e5 > 1000 */
    ck_assert(p->y.lo == 1e5 && p->y.hi == 1e13);
    const char *const yl[] = {"100K", "1M", "10M", "100M", "1B", "10B", "100B", "1T", "10T"};
    expect_tick_labels(&p->y, yl, LEN(yl));
    ck_assert_str_eq(p->y.title, "USD");
    /* 1971-2001 padded to 1970.1-2001.9: every 5 years (every 2 would be
     * 15 labels) */
    const char *const xl[] = {"1975", "1980", "1985", "1990", "1995", "2000"};
    expect_tick_labels(&p->x, xl, LEN(xl));
    check_page(&c);

    /* forced linear: 0 to 2.14T in halves of a trillion */
    ck_assert_int_eq(chart_layout(&c, -1), 0);
    ck_assert(!p->y.log);
    const char *const ll[] = {"0", "500B", "1T", "1.5T", "2T"};
    expect_tick_labels(&p->y, ll, LEN(ll));
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_forced_log_nonpositive)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    const double x[] = {2010, 2011, 2012}, y[] = {0, 5, 50};
    add_series(&c.panels[0], mk_series("China", "count", x, y, 3));
    /* automatic and linear: fine (log impossible with a 0) */
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(!c.panels[0].y.log);
    /* forced log: panel 1 (1-based) is reported and marked */
    ck_assert_int_eq(chart_layout(&c, 1), 1);
    ck_assert(c.panels[0].y.log);
    ck_assert_uint_eq(c.panels[0].y.nticks, 0);
    ck_assert(c.panels[0].y.lo == 0 && c.panels[0].y.hi == 0);
    chart_free(&c);

    /* a negative upper bound of a range counts too */
    mk_chart(&c, CHART_LINE, 1);
    const double y2[] = {1, 5, 50};
    add_series(&c.panels[0], mk_series("China", "count", x, y2, 3));
    c.panels[0].series[0].pts[1].flags = CP_RANGE;
    c.panels[0].series[0].pts[1].y2 = -1;
    ck_assert_int_eq(chart_layout(&c, 1), 1);
    chart_free(&c);
}
END_TEST

START_TEST(layout_range_bounds)
{
    /* an upper bound of a range reaches the axis */
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    const double x[] = {2010, 2011}, y[] = {100, 120};
    add_series(&c.panels[0], mk_series("China", "count", x, y, 2));
    c.panels[0].series[0].pts[1].flags = CP_RANGE;
    c.panels[0].series[0].pts[1].y2 = 200;
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.panels[0].y.hi >= 200);
    /* 100 is not below 40 % of 200: no zero */
    ck_assert(c.panels[0].y.lo > 0 && c.panels[0].y.lo <= 100);
    /* 60 is: from zero */
    c.panels[0].series[0].pts[0].y = 60;
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.panels[0].y.lo == 0);
    chart_free(&c);
}
END_TEST

START_TEST(layout_pad_off_frame)
{
    /* 400 and 900 are ticks, but no point lies on the frame: 5 % of the
     * range beyond each end, the ticks still 400 ... 900 */
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    const double x[] = {2012, 2013, 2014}, y[] = {400, 650, 900};
    add_series(&c.panels[0], mk_series("China", "count", x, y, 3));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    ck_near(p->y.lo, 375);
    ck_near(p->y.hi, 925);
    ck_near(p->y.ticks[0].v, 400);
    ck_near(p->y.ticks[p->y.nticks - 1].v, 900);
    chart_free(&c);

    /* a bar reaching the largest tick stops short of the frame's end */
    mk_chart(&c, CHART_BAR, 1);
    const double bx[] = {2010, 2011}, by[] = {50, 70};
    add_series(&c.panels[0], mk_series("Tenpay", "percent", bx, by, 2));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    p = &c.panels[0];
    ck_near(p->x.lo, 0);
    ck_assert(p->x.hi > 70);
    chart_free(&c);
}
END_TEST

START_TEST(layout_month_ticks)
{
    /* a year's figure and two of March 2014: ticks on months, not on
     * 2014 and an empty 2015 */
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    const double x[] = {2014, 2014 + 2 / 12.0, 2014 + 89 / 365.0}, y[] = {900, 400, 541};
    add_series(&c.panels[0], mk_series("Yu'e Bao", "CNY", x, y, 3));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    ck_assert(p->x.years && p->x.months);
    const char *const xl[] = {"Jan 2014", "Feb 2014", "Mar 2014", "Apr 2014"};
    expect_tick_labels(&p->x, xl, LEN(xl));
    ck_assert(p->x.lo < 2014 && p->x.hi > x[2] && p->x.hi < 2014.5);
    check_page(&c);
    chart_free(&c);

    /* months across a year's end: every 3 months when every month would
     * crowd, counted from January */
    mk_chart(&c, CHART_LINE, 1);
    const double x2[] = {2010 + 10 / 12.0, 2011 + 8 / 12.0}, y2[] = {2.9e9, 3.04e9};
    add_series(&c.panels[0], mk_series("Alipay", "CNY", x2, y2, 2));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    p = &c.panels[0];
    ck_assert(p->x.months);
    for (size_t i = 0; i < p->x.nticks; i++) {
        double m = (p->x.ticks[i].v - floor(p->x.ticks[i].v)) * 12;
        ck_assert(fabs(m - nearbyint(m)) < 1e-6);
        ck_assert_int_eq((int)nearbyint(m) % (int)nearbyint((p->x.ticks[1].v - p->x.ticks[0].v) * 12), 0);
    }
    ck_assert_uint_le(p->x.nticks, 8);
    ck_assert_uint_ge(p->x.nticks, 3);
    chart_free(&c);

    /* two years or more, or whole years only: year ticks */
    mk_chart(&c, CHART_LINE, 1);
    const double x3[] = {2010 + 10 / 12.0, 2012 + 11 / 12.0}, y3[] = {1, 2};
    add_series(&c.panels[0], mk_series("A", "count", x3, y3, 2));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(!c.panels[0].x.months);
    ck_assert_str_eq(c.panels[0].x.ticks[0].label, "2011");
    chart_free(&c);

    /* near year 0 (a range that starts before it): no negative month */
    mk_chart(&c, CHART_LINE, 1);
    const double x4[] = {-0.5, 0.2}, y4[] = {1, 2};
    add_series(&c.panels[0], mk_series("A", "count", x4, y4, 2));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.panels[0].x.months);
    ck_assert_str_eq(c.panels[0].x.ticks[0].label, "Jul -1");
    ck_assert_str_eq(c.panels[0].x.ticks[c.panels[0].x.nticks - 1].label, "Mar 0");
    chart_free(&c);
}
END_TEST

START_TEST(layout_all_equal_and_single)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    const double x[] = {2009, 2010, 2011}, y[] = {5, 5, 5};
    add_series(&c.panels[0], mk_series("China", "count", x, y, 3));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    ck_assert(p->y.lo < 5 && p->y.hi > 5);
    ck_assert_uint_ge(p->y.nticks, 2);
    check_page(&c);
    chart_free(&c);

    /* one point in one year: 2010-2012, ticks on whole years */
    mk_chart(&c, CHART_LINE, 1);
    const double x1[] = {2011}, y1[] = {513e6};
    add_series(&c.panels[0], mk_series("China", "people", x1, y1, 1));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    p = &c.panels[0];
    const char *const xl[] = {"2010", "2011", "2012"};
    expect_tick_labels(&p->x, xl, LEN(xl));
    ck_assert(p->y.lo <= 513e6 && p->y.hi >= 513e6 && p->y.lo < p->y.hi);
    check_page(&c);
    chart_free(&c);

    /* no points at all: still a drawable frame */
    mk_chart(&c, CHART_LINE, 1);
    add_series(&c.panels[0], mk_series("China", "people", NULL, NULL, 0));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_years)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    const double x[] = {2009, 2010, 2011, 2012, 2013, 2014};
    const double y[] = {384e6, 457e6, 513e6, 564e6, 618e6, 649e6};
    add_series(&c.panels[0], mk_series("China", "people", x, y, LEN(x)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const char *const xl[] = {"2009", "2010", "2011", "2012", "2013", "2014"};
    expect_tick_labels(&c.panels[0].x, xl, LEN(xl));
    for (size_t i = 0; i < c.panels[0].x.nticks; i++)
        ck_assert(c.panels[0].x.ticks[i].v == floor(c.panels[0].x.ticks[i].v));
    check_page(&c);
    chart_free(&c);

    /* mid-year points: ticks are whole years still */
    mk_chart(&c, CHART_LINE, 1);
    const double xm[] = {2011.5, 2012.25, 2013.75};
    add_series(&c.panels[0], mk_series("China", "people", xm, y, LEN(xm)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    /* 2011.5-2013.75 padded a quarter year: 2011.25-2014 */
    const char *const xml[] = {"2012", "2013", "2014"};
    expect_tick_labels(&c.panels[0].x, xml, LEN(xml));
    chart_free(&c);

    /* a narrow chart takes fewer year labels: 170 pt wide leaves a plot
     * of about 112 pt, room for 3 labels of 30.6 pt ("2011" + 1.2 em), so
     * 1971-2001 every 10 years */
    mk_chart(&c, CHART_LINE, 1);
    c.width = 170;
    add_series(&c.panels[0], mk_series("US money market funds", "USD", MMF_X, MMF_Y, LEN(MMF_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const char *const xn[] = {"1980", "1990", "2000"};
    expect_tick_labels(&c.panels[0].x, xn, LEN(xn));
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_growth)
{
    struct chart c;
    mk_chart(&c, CHART_GROWTH, 1);
    const double x[] = {2008, 2009, 2010, 2011, 2012};
    const double y[] = {41.9, -20, 60, 12.2, 3.1};
    add_series(&c.panels[0], mk_series("China", "percent", x, y, LEN(x)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    ck_assert_int_eq(p->kind, CHART_GROWTH);
    ck_assert(!p->y.log);
    const char *const yl[] = {"-20%", "0%", "20%", "40%", "60%"};
    expect_tick_labels(&p->y, yl, LEN(yl));
    ck_assert_str_eq(p->y.title, "percent per year");
    /* half a bar's gap beyond the ends */
    ck_near(p->x.lo, 2007.5);
    ck_near(p->x.hi, 2012.5);
    const char *const xl[] = {"2008", "2009", "2010", "2011", "2012"};
    expect_tick_labels(&p->x, xl, LEN(xl));
    check_page(&c);
    /* growth all positive over three decades: still linear, from 0 */
    c.panels[0].series[0].pts[1].y = 0.01;
    c.panels[0].series[0].pts[2].y = 2000;
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(!p->y.log);
    ck_assert(p->y.lo == 0);
    chart_free(&c);
}
END_TEST

START_TEST(layout_bar)
{
    struct chart c;
    mk_chart(&c, CHART_BAR, 1);
    const double x[] = {0, 1, 2, 3}, y[] = {50e6, 200e6, 120e6, 200e6};
    struct chart_series s = mk_series("deals", "USD", x, y, 4);
    const char *names[] = {"Lashou", "Meituan", "Dianping", "Alibaba"};
    for (size_t i = 0; i < 4; i++) {
        free(s.pts[i].label);
        s.pts[i].label = xstrdup(names[i]);
    }
    add_series(&c.panels[0], s);
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    /* points reordered largest first (ties by label), x = rank from the bottom */
    const char *order[] = {"Alibaba", "Meituan", "Dianping", "Lashou"};
    for (size_t i = 0; i < 4; i++) {
        ck_assert_str_eq(p->series[0].pts[i].label, order[i]);
        ck_near(p->series[0].pts[i].x, 3 - (double)i);
    }
    /* y: categories, listed bottom to top */
    ck_assert(p->y.category && !p->y.log);
    ck_near(p->y.lo, -0.5);
    ck_near(p->y.hi, 3.5);
    const char *const yl[] = {"Lashou", "Dianping", "Meituan", "Alibaba"};
    expect_tick_labels(&p->y, yl, LEN(yl));
    for (size_t i = 0; i < 4; i++)
        ck_near(p->y.ticks[i].v, (double)i);
    /* x: values from 0 */
    ck_assert(!p->x.category && !p->x.years);
    ck_near(p->x.lo, 0);
    ck_assert(p->x.hi >= 200e6);
    ck_assert_str_eq(p->x.ticks[0].label, "0");
    ck_assert_str_eq(p->x.title, "USD");
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_bar_many_long)
{
    /* 60 bars with long names: ticks thinned to fit, labels cut with "…" */
    struct chart c;
    mk_chart(&c, CHART_BAR, 1);
    double x[60], y[60];
    for (int i = 0; i < 60; i++)
        x[i] = i, y[i] = 1e6 * (i + 1);
    struct chart_series s = mk_series("deals", "USD", x, y, 60);
    for (int i = 0; i < 60; i++) {
        free(s.pts[i].label);
        char b[80];
        snprintf(b, sizeof b, "A company with a very long name number %d", i);
        s.pts[i].label = xstrdup(b);
    }
    add_series(&c.panels[0], s);
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    const struct panel *p = &c.panels[0];
    ck_assert_uint_ge(p->y.nticks, 2);
    ck_assert_uint_lt(p->y.nticks, 60);
    double room = p->plot.h / (double)p->y.nticks;
    ck_assert(room >= 1.2 * c.style.font_pt - 1e-9);
    /* the top bar (the largest) is labelled */
    ck_near(p->y.ticks[p->y.nticks - 1].v, 59);
    const char *top = p->y.ticks[p->y.nticks - 1].label;
    ck_assert(strstr(top, "\xE2\x80\xA6") != NULL);
    ck_assert(chart_text_width(top, c.style.font_pt) <= 0.4 * p->box.w + 1e-9);
    check_page(&c);
    chart_free(&c);
}
END_TEST

/* ---- layout: boxes ------------------------------------------------------------- */

START_TEST(layout_legend_right)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 2);
    add_series(&c.panels[0], mk_series("Lashou", "CNY", NET_X, NET_Y, LEN(NET_X)));
    add_series(&c.panels[0], mk_series("Meituan", "CNY", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.show_legend);
    ck_assert_uint_eq(c.legend_cols, 1);
    /* at the right of the plot, level with its top */
    const struct panel *p = &c.panels[0];
    ck_assert(c.legend.x >= p->plot.x + p->plot.w);
    ck_near(c.legend.y, p->plot.y);
    /* the entries inside the box, the names fitting */
    for (size_t i = 0; i < 2; i++) {
        struct rect sw, tx;
        chart_legend_entry(&c, i, &sw, &tx);
        ck_inside(sw, c.legend);
        ck_inside(tx, c.legend);
        ck_apart(sw, tx);
        ck_assert(chart_text_width(p->series[i].name, 9) <= tx.w + 1e-9);
    }
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_legend_bottom)
{
    /* long names: the legend goes under the plot, in columns */
    struct chart c;
    mk_chart(&c, CHART_LINE, 5);
    const char *names[] = {"Third-party online payment transactions", "Yu'e Bao",
                           "US money market funds", "Alipay", "Tenpay"};
    for (size_t i = 0; i < 5; i++)
        add_series(&c.panels[0], mk_series(names[i], "CNY", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.show_legend);
    const struct panel *p = &c.panels[0];
    ck_assert(c.legend.y >= p->box.y + p->box.h);
    ck_assert(c.legend.y + c.legend.h <= c.footer.y);
    ck_assert_uint_ge(c.legend_cols, 1);
    for (size_t i = 0; i < 5; i++) {
        struct rect sw, tx;
        chart_legend_entry(&c, i, &sw, &tx);
        ck_inside(sw, c.legend);
        ck_inside(tx, c.legend);
        ck_assert(chart_text_width(names[i], 9) <= tx.w + 1e-9);
        for (size_t j = 0; j < i; j++) {
            struct rect sw2, tx2;
            chart_legend_entry(&c, j, &sw2, &tx2);
            ck_apart(tx, tx2);
            ck_apart(sw, tx2);
        }
    }
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_titles_and_footer)
{
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    add_series(&c.panels[0], mk_series("China", "people", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_near(c.header.h, CHART_LINE_EM * 11 + CHART_LINE_EM * 9);
    ck_near(c.footer.h, CHART_LINE_EM * CHART_FOOT_EM * 9); /* one line */
    double plot_h = c.panels[0].plot.h;
    check_page(&c);

    /* --no-title: no header, a taller plot */
    c.show_title = false;
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_near(c.header.h, 0);
    ck_assert(c.panels[0].plot.h > plot_h);
    check_page(&c);

    /* a long footnote wraps onto more lines, the plot gives way */
    c.show_title = true;
    snprintf(c.footnote, sizeof c.footnote,
             "Sources: cnnic_2011.txt, museum_timeline.txt, thinktank_paper.txt, "
             "xinhua_news_2013.txt, yuebao_report.txt, us_money_market_history.txt. "
             "Hollow markers: derived values; ringed: sources disagree.");
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.footer.h >= 3 * CHART_LINE_EM * CHART_FOOT_EM * 9 - 1e-9);
    ck_assert(c.panels[0].plot.h < plot_h);
    check_page(&c);
    /* no footnote: an empty footer at the bottom */
    c.footnote[0] = '\0';
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_near(c.footer.h, 0);
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_defaults)
{
    /* zero style and size: 9 pt on 120 x 75 mm */
    struct chart c;
    mk_chart(&c, CHART_LINE, 1);
    memset(&c.style, 0, sizeof c.style);
    c.width = c.height = 0;
    add_series(&c.panels[0], mk_series("China", "people", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_near(c.style.font_pt, 9);
    ck_assert(c.style.title_pt > c.style.font_pt);
    ck_near(c.width, 120 / 25.4 * 72);
    ck_near(c.height, 75 / 25.4 * 72);
    check_page(&c);
    /* a caller's axis title is kept */
    snprintf(c.panels[0].y.title, sizeof c.panels[0].y.title, "USD (converted)");
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert_str_eq(c.panels[0].y.title, "USD (converted)");
    /* a big page: more ticks */
    size_t n = c.panels[0].y.nticks;
    c.height = 600;
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert_uint_gt(c.panels[0].y.nticks, n);
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_dashboard)
{
    struct chart c;
    memset(&c, 0, sizeof c);
    c.kind = CHART_DASHBOARD;
    c.width = 180 / 25.4 * 72;
    c.height = 200 / 25.4 * 72;
    c.show_title = true;
    snprintf(c.title, sizeof c.title, "China's internet");
    snprintf(c.footnote, sizeof c.footnote, "Source: the corpus");
    c.npanels = 5;
    c.panels = xcalloc(5, sizeof *c.panels);
    const enum chart_kind kinds[] = {CHART_LINE, CHART_LINE, CHART_GROWTH, CHART_BAR, CHART_LINE};
    for (size_t i = 0; i < 5; i++) {
        struct panel *p = &c.panels[i];
        p->kind = kinds[i];
        snprintf(p->title, sizeof p->title, "Panel %zu", i + 1);
        p->series = xcalloc(2, sizeof *p->series);
        if (i == 1)
            add_series(p, mk_series("US", "USD", MMF_X, MMF_Y, LEN(MMF_X)));
        else
            add_series(p, mk_series("China", "people", NET_X, NET_Y, LEN(NET_X)));
    }
    add_series(&c.panels[4], mk_series("Beijing", "people", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(!c.show_legend); /* dashboards have none */
    check_page(&c);
    /* 2 columns, 3 rows */
    ck_near(c.panels[0].box.y, c.panels[1].box.y);
    ck_assert(c.panels[1].box.x > c.panels[0].box.x + c.panels[0].box.w);
    ck_assert(c.panels[2].box.y > c.panels[0].box.y + c.panels[0].box.h);
    ck_near(c.panels[4].box.x, c.panels[0].box.x);
    ck_assert(c.panels[4].box.y > c.panels[2].box.y + c.panels[2].box.h);
    /* room for each panel's title above its plot */
    for (size_t i = 0; i < 5; i++)
        ck_assert(c.panels[i].plot.y >= c.panels[i].box.y + CHART_LINE_EM * 9);
    /* a title wider than its cell goes on on a second line, broken at a
     * space, and the plot starts a line lower */
    ck_assert_uint_eq(c.panels[0].title_cut, 0);
    double top1 = c.panels[4].plot.y - c.panels[4].box.y;
    snprintf(c.panels[4].title, sizeof c.panels[4].title,
             "Assets under management of a fund or fund category: money market funds of China");
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    size_t cut = c.panels[4].title_cut;
    ck_assert_uint_gt(cut, 0);
    ck_assert(c.panels[4].title[cut - 1] == ' ' && c.panels[4].title[cut] != ' ');
    ck_near(c.panels[4].plot.y - c.panels[4].box.y, top1 + CHART_LINE_EM * 9);
    check_page(&c);
    /* (a first word wider than the cell: one line, cut short) */
    memset(c.panels[4].title, 'W', 150);
    c.panels[4].title[150] = '\0';
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert_uint_eq(c.panels[4].title_cut, 0);
    /* kinds kept, scales per panel */
    ck_assert_int_eq(c.panels[3].kind, CHART_BAR);
    ck_assert(c.panels[3].y.category);
    ck_assert(c.panels[1].y.log && !c.panels[0].y.log);
    /* forced log: the growth panel (3rd) is the first that cannot */
    c.panels[2].series[0].pts[0].y = -5;
    ck_assert_int_eq(chart_layout(&c, 1), 3);
    ck_assert(c.panels[2].y.log && c.panels[2].y.nticks == 0);
    ck_assert(c.panels[0].y.log && c.panels[0].y.nticks > 0);
    chart_free(&c);

    /* one panel: one column */
    memset(&c, 0, sizeof c);
    c.kind = CHART_DASHBOARD;
    c.npanels = 1;
    c.panels = xcalloc(1, sizeof *c.panels);
    c.panels[0].series = xcalloc(1, sizeof *c.panels[0].series);
    add_series(&c.panels[0], mk_series("China", "people", NET_X, NET_Y, LEN(NET_X)));
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(c.panels[0].box.w > 0.8 * c.width);
    check_page(&c);
    chart_free(&c);
}
END_TEST

START_TEST(layout_empty_chart)
{
    struct chart c;
    memset(&c, 0, sizeof c);
    ck_assert_int_eq(chart_layout(&c, 0), 0);
    ck_assert(!c.show_legend);
    check_page(&c);
    ck_assert_int_eq(chart_layout(NULL, 0), 0);
}
END_TEST

Suite *chart_suite(void)
{
    Suite *s = suite_create("chart");
    TCase *tc = tcase_create("Linear ticks");
    tcase_add_test(tc, ticks_unit_range);
    tcase_add_test(tc, ticks_netizens);
    tcase_add_test(tc, ticks_single_point);
    tcase_add_test(tc, ticks_negative);
    tcase_add_test(tc, ticks_degenerate);
    tcase_add_test(tc, ticks_sweep);
    suite_add_tcase(s, tc);

    tc = tcase_create("Log ticks");
    tcase_add_test(tc, ticks_log_decades);
    tcase_add_test(tc, ticks_log_few_decades);
    suite_add_tcase(s, tc);

    tc = tcase_create("Labels and text");
    tcase_add_test(tc, labels_suffixes);
    tcase_add_test(tc, labels_decimals);
    tcase_add_test(tc, labels_sign);
    tcase_add_test(tc, labels_years);
    tcase_add_test(tc, labels_locale);
    tcase_add_test(tc, text_widths);
    tcase_add_test(tc, palette_okabe_ito);
    tcase_add_test(tc, axis_frac);
    suite_add_tcase(s, tc);

    tc = tcase_create("Scales");
    tcase_add_test(tc, layout_netizens_linear);
    tcase_add_test(tc, layout_money_market_log);
    tcase_add_test(tc, layout_forced_log_nonpositive);
    tcase_add_test(tc, layout_range_bounds);
    tcase_add_test(tc, layout_pad_off_frame);
    tcase_add_test(tc, layout_month_ticks);
    tcase_add_test(tc, layout_all_equal_and_single);
    tcase_add_test(tc, layout_years);
    tcase_add_test(tc, layout_growth);
    tcase_add_test(tc, layout_bar);
    tcase_add_test(tc, layout_bar_many_long);
    suite_add_tcase(s, tc);

    tc = tcase_create("Boxes");
    tcase_add_test(tc, layout_legend_right);
    tcase_add_test(tc, layout_legend_bottom);
    tcase_add_test(tc, layout_titles_and_footer);
    tcase_add_test(tc, layout_defaults);
    tcase_add_test(tc, layout_dashboard);
    tcase_add_test(tc, layout_empty_chart);
    suite_add_tcase(s, tc);
    return s;
}
