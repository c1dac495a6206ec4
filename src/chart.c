/* chart.c — the backend-free chart model: tick choice, labels, text width
 * estimates and the layout of every box on the page, in points with the
 * origin at the top left.
 *
 * Ticks.  Linear axes use Talbot, Lin & Hanrahan (2010), "An Extension of
 * Wilkinson's Algorithm for Positioning Tick Labels on Axes": labellings
 * (q, j, k, start) with nice numbers Q = 1, 5, 2, 2.5, 4, 3, skip j, k
 * ticks, are scored 0.25 simplicity + 0.2 coverage + 0.5 density + 0.05
 * legibility (legibility taken as 1), searched in the paper's order with
 * its upper bounds pruning j, k and the power of ten z.  Labellings may
 * reach beyond the data (the paper's only_loose = false); the axis then
 * spans data and ticks.  One constraint is added: when the data or the
 * ticks straddle 0, 0 must be a tick (the paper only rewards it).  A
 * single value v is widened to v ± 10 % (± 1 for 0) first.  Log axes show
 * decades, with 2 and 5 between them when the axis spans fewer than three
 * decades.
 *
 * Labels.  Short-scale suffixes K M B T from 1000 up; as many decimals as
 * the tick step needs at that suffix (more, up to 3, for a value off the
 * step), trailing zeros dropped, so 0, 500M, 1B, 1.5B; exponents (2.5e-4)
 * only below 0.001 (and from 1e27, 10^15 T); no "-0".  Digits come from
 * integer arithmetic, so LC_NUMERIC never matters.  Years: whole numbers.
 *
 * Axes of a panel (chart_layout):
 * - LINE: x is years (fractional years allowed; ticks on whole years only,
 *   every 1, 2, 5, 10, 20, 50 ... years, the smallest step that gives at
 *   most 8 labels and leaves each label room; data of months or days
 *   spanning less than two years get ticks on months instead, every 1, 2,
 *   3, 6 or 12 months, "Mar 2014"), y the values.  The linear
 *   y range includes 0 when all values are positive and the smallest is
 *   below 40 % of the largest (the rise from zero is then part of the
 *   story; above that, zero would squash the lines), and symmetrically
 *   for all-negative data.
 * - GROWTH: like LINE, but the values (percent per year) are bars and the
 *   y range always includes 0; the x range reaches half the smallest gap
 *   between bars beyond the first and last bar.
 * - BAR: horizontal bars.  The y axis is categorical: one tick per bar
 *   (fewer if the labels would collide), labelled with the point's label
 *   (its series name when it has none); the bars are sorted by value
 *   descending, the largest at the top.  chart_layout reorders each
 *   series' points largest first and sets each point's x to its position
 *   on the y axis: n-1 for the largest of all n bars, 0 for the smallest
 *   (ties: label, then series order).  The x axis holds the values and
 *   includes 0.
 * - Log (value axis only): chosen when every value is positive and the
 *   largest is more than 1000 times the smallest, for LINE and BAR (growth
 *   rates never), unless force_log = -1; force_log = 1 makes every panel's
 *   value axis logarithmic, and a panel with a value <= 0 is then an error
 *   returned to the caller (see chart.h).
 * - Axis titles: the unit of the first series that has one ("people",
 *   "USD"); "percent per year" for growth; none on a year axis.  Values in
 *   percent carry a "%" on their tick labels.
 *
 * Page (f = font_pt, margin 0.9 f): the header (title, subtitle) at the
 * top when show_title; the footnote at the bottom, its height from the
 * text wrapped to the page width; a legend when the one panel has 2+
 * series, at the right (aligned with the top of the plot) if it takes at
 * most 30 % of the width and fits the height, otherwise centred above the
 * footer in as many columns as fit; the panel takes the rest.  Blocks are
 * 0.6 f apart.  Inside a panel's box: y axis title (and 0.4 f), then room
 * for the widest y tick label, ticks, the plot, room at the right (and left) for
 * x tick labels overhanging the plot's ends; from the top: the panel
 * title (dashboards), half a label height for the top y label, the plot,
 * ticks, x tick labels, x axis title.  A dashboard is a grid of 2 columns
 * (1 for a single panel) and as many rows as needed, 1.5 f between
 * columns and 1 f between rows; it has no legend.  The target tick count
 * follows the plot's size: one tick per 2.9 f of height (3 to 10; 5 for
 * a 75 mm tall chart), one per 6 f of width on a value x axis. */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const unsigned chart_palette[8] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                   0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};

#define LEN(a) (sizeof(a) / sizeof *(a))
#define MAXT LEN(((struct axis *)0)->ticks)

/* ---- text width ---------------------------------------------------------- */

/* Decode one UTF-8 character at *pp and advance; an invalid byte is
 * consumed alone and returned as U+FFFD. */
static unsigned utf8_next(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    unsigned c = p[0], n, cp, min;
    if (c < 0x80) {
        *pp = p + 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF)
        n = 1, cp = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 2, cp = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 3, cp = c & 0x07, min = 0x10000;
    else {
        *pp = p + 1;
        return 0xFFFD;
    }
    for (unsigned i = 1; i <= n; i++) {
        if ((p[i] & 0xC0) != 0x80) { /* also stops at the NUL */
            *pp = p + 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *pp = p + 1;
        return 0xFFFD;
    }
    *pp = p + 1 + n;
    return cp;
}

static bool cp_wide(unsigned c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

/* Widths in em: 0.3 for narrow ASCII, 0.85 for M W m w, 0.55 for other
 * ASCII, 1 for East Asian wide characters, 0.6 for anything else.  Control
 * characters take no room. */
double chart_text_width(const char *text, double pt)
{
    if (!text)
        return 0;
    double em = 0;
    const unsigned char *p = (const unsigned char *)text;
    while (*p) {
        unsigned c = utf8_next(&p);
        if (c < 0x20 || c == 0x7F)
            continue;
        switch (c) {
        case 'i': case 'l': case '.': case ',': case ';': case ':': case '\'':
        case '|': case ' ':
            em += 0.3;
            break;
        case 'M': case 'W': case 'm': case 'w':
            em += 0.85;
            break;
        default:
            em += c < 0x80 ? 0.55 : cp_wide(c) ? 1.0 : 0.6;
        }
    }
    return em * pt;
}

/* ---- linear ticks: extended Wilkinson -------------------------------------- */

static const double Q[] = {1, 5, 2, 2.5, 4, 3};
#define NQ ((int)LEN(Q))
#define W_SIMP 0.25
#define W_COV 0.2
#define W_DENS 0.5
#define W_LEG 0.05

/* q x 10^z x n, computed so that decimal ticks are the nearest doubles
 * (0.3, not 0.30000000000000004): one rounding, by an exact power of ten. */
static double dec(double n, int z)
{
    return z >= 0 ? n * pow(10, z) : n / pow(10, -z);
}

static double coverage(double dmin, double dmax, double lmin, double lmax)
{
    double r = 0.1 * (dmax - dmin);
    return 1 - 0.5 * ((dmax - lmax) * (dmax - lmax) + (dmin - lmin) * (dmin - lmin)) / (r * r);
}

static double coverage_max(double dmin, double dmax, double span)
{
    double range = dmax - dmin;
    if (span <= range)
        return 1;
    double half = (span - range) / 2, r = 0.1 * range;
    return 1 - 0.5 * (2 * half * half) / (r * r);
}

static double density(int k, int m, double dmin, double dmax, double lmin, double lmax)
{
    double r = (k - 1) / (lmax - lmin);
    double rt = (m - 1) / (fmax(lmax, dmax) - fmin(dmin, lmin));
    return 2 - fmax(r / rt, rt / r);
}

static double density_max(int k, int m)
{
    return k >= m ? 2 - (double)(k - 1) / (m - 1) : 1;
}

size_t chart_ticks_linear(double *lo, double *hi, int m, double *out, size_t max)
{
    if (!lo || !hi || !out || max == 0)
        return 0;
    double dmin = *lo, dmax = *hi;
    if (!isfinite(dmin) && !isfinite(dmax))
        dmin = 0, dmax = 1;
    else if (!isfinite(dmin))
        dmin = dmax;
    else if (!isfinite(dmax))
        dmax = dmin;
    if (dmin > dmax) {
        double t = dmin;
        dmin = dmax;
        dmax = t;
    }
    /* A single value (or one too narrow to tell from rounding): widen it. */
    double mag = fmax(fabs(dmin), fabs(dmax));
    if (dmax - dmin <= 1e-12 * mag || dmax - dmin < 1e-200) {
        double c = dmin / 2 + dmax / 2, d = fabs(c) * 0.1;
        if (d < 1e-200)
            d = 1, c = 0;
        dmin = c - d;
        dmax = c + d;
    }
    if (m < 2)
        m = 2;
    if (m > 100)
        m = 100;
    if (max == 1 || mag > 1e250 || !isfinite(dmax - dmin)) {
        out[0] = dmin;
        if (max > 1)
            out[1] = dmax;
        *lo = dmin;
        *hi = dmax;
        return max > 1 ? 2 : 1;
    }

    const bool straddle = dmin < 0 && dmax > 0;
    double best = -2, bstart = 0, bq = 1;
    int bj = 0, bk = 0, bz = 0;
    long budget = 2000000; /* evaluations: a guard, never reached in practice */
    for (int j = 1; j < 1000; j++) {
        bool stop = false;
        for (int qi = 0; qi < NQ && !stop; qi++) {
            double q = Q[qi];
            double sm = 2 - (double)qi / (NQ - 1) - j; /* 1 - i/(n-1) - j + 1 */
            if (W_SIMP * sm + W_COV + W_DENS + W_LEG < best) {
                stop = true;
                break;
            }
            for (int k = 2; (size_t)k <= max; k++) {
                double dm = density_max(k, m);
                if (W_SIMP * sm + W_COV + W_DENS * dm + W_LEG < best)
                    break;
                double delta = (dmax - dmin) / (k + 1) / j / q;
                int z = (int)ceil(log10(delta));
                for (;; z++) {
                    double step = j * dec(q, z);
                    double cm = coverage_max(dmin, dmax, step * (k - 1));
                    if (!(W_SIMP * sm + W_COV * cm + W_DENS * dm + W_LEG >= best))
                        break;
                    double smin = floor(dmax / step) * j - (double)(k - 1) * j;
                    double smax = ceil(dmin / step) * j;
                    for (double start = smin; start <= smax; start++) {
                        if (--budget < 0)
                            goto done;
                        double last = start + (double)(k - 1) * j;
                        double lmin = dec(start * q, z), lmax = dec(last * q, z);
                        /* simplicity: 1 - i/(n-1) - j + v, v = 1 when 0 is a tick */
                        double v = start <= 0 && last >= 0 && fmod(start, j) == 0;
                        /* a labelling that straddles 0, or whose data do,
                         * must have 0 as a tick (no -3000, -1000, 1000) */
                        if (!v && (straddle || (start < 0 && last > 0)))
                            continue;
                        double s = 1 - (double)qi / (NQ - 1) - j + v;
                        double c = coverage(dmin, dmax, lmin, lmax);
                        double g = density(k, m, dmin, dmax, lmin, lmax);
                        double score = W_SIMP * s + W_COV * c + W_DENS * g + W_LEG;
                        if (score > best) {
                            best = score;
                            bstart = start, bq = q, bj = j, bk = k, bz = z;
                        }
                    }
                }
            }
        }
        if (stop)
            break;
    }
done:
    if (bk == 0) { /* nothing found (the guard ran out): the ends, and 0 */
        size_t n = 0;
        out[n++] = dmin;
        if (straddle && max > 2)
            out[n++] = 0;
        out[n++] = dmax;
        *lo = dmin;
        *hi = dmax;
        return n;
    }
    for (int i = 0; i < bk; i++) {
        double t = dec((bstart + (double)i * bj) * bq, bz);
        out[i] = t == 0 ? 0 : t; /* no -0 */
    }
    *lo = fmin(dmin, out[0]);
    *hi = fmax(dmax, out[bk - 1]);
    return (size_t)bk;
}

/* ---- log ticks ------------------------------------------------------------ */

size_t chart_ticks_log(double *lo, double *hi, double *out, size_t max)
{
    if (!lo || !hi || !out || max == 0)
        return 0;
    double a = *lo, b = *hi;
    bool aok = a > 0 && isfinite(a), bok = b > 0 && isfinite(b);
    if (!aok && !bok)
        a = 1, b = 10;
    else if (!aok)
        a = b;
    else if (!bok)
        b = a;
    if (a > b) {
        double t = a;
        a = b;
        b = t;
    }
    /* Decades rounded out; a value within rounding of a power of ten is
     * that power. */
    int e0 = (int)floor(log10(a) + 1e-9), e1 = (int)ceil(log10(b) - 1e-9);
    if (e0 < -300)
        e0 = -300;
    if (e1 > 300)
        e1 = 300;
    if (e1 <= e0)
        e1 = e0 + 1;
    int nd = e1 - e0;
    size_t n = 0;
    if (nd < 3 && (size_t)(3 * nd + 1) <= max) {
        static const double mult[] = {1, 2, 5};
        for (int e = e0; e <= e1; e++)
            for (size_t i = 0; i < LEN(mult) && !(e == e1 && i > 0); i++)
                out[n++] = dec(mult[i], e);
    } else {
        /* every s-th decade, s the smallest that fits max; the top rounded
         * out to a multiple of s */
        int s = 1;
        while ((size_t)((nd + s - 1) / s + 1) > max && s < nd)
            s++;
        if ((size_t)((nd + s - 1) / s + 1) > max) /* max == 1 */
            s = nd;
        e1 = e0 + (nd + s - 1) / s * s;
        for (int e = e0; e <= e1 && n < max; e += s)
            out[n++] = dec(1, e);
    }
    *lo = dec(1, e0);
    *hi = dec(1, e1);
    return n;
}

/* ---- labels --------------------------------------------------------------- */

/* The fewest decimals (<= maxd) that write x exactly, within rounding. */
static int decimals(double x, int maxd)
{
    x = fabs(x);
    for (int d = 0; d < maxd; d++) {
        double s = dec(x, d);
        if (fabs(s - nearbyint(s)) <= 1e-9 * fmax(1, s))
            return d;
    }
    return maxd;
}

/* Write sign, integer part of n / 10^d, '.', its d decimals with trailing
 * zeros dropped, and suffix, with integers only (no locale involved). */
static void put_fixed(char *out, size_t size, bool neg, long long n, int d, const char *suffix)
{
    long long p = 1;
    for (int i = 0; i < d; i++)
        p *= 10;
    long long ip = n / p, fp = n % p;
    while (d > 0 && fp % 10 == 0)
        fp /= 10, p /= 10, d--;
    const char *sign = neg && n != 0 ? "-" : "";
    char frac[24] = "";
    if (d > 0) { /* '.' and the digits, zero-padded */
        frac[0] = '.';
        for (int i = d; i >= 1; i--, fp /= 10)
            frac[i] = (char)('0' + fp % 10);
        frac[d + 1] = '\0';
    }
    snprintf(out, size, "%s%lld%s%s", sign, ip, frac, suffix);
}

/* m.mmm e±x for |v| below 0.001 (or absurdly large). */
static void put_exp(char *out, size_t size, double v, double step)
{
    bool neg = v < 0;
    double a = fabs(v);
    int e = (int)floor(log10(a));
    double mant = dec(a, -e);
    int d = step > 0 ? decimals(step / dec(1, e), 3) : decimals(mant, 2);
    long long n = llround(dec(mant, d));
    long long p = 1;
    for (int i = 0; i < d; i++)
        p *= 10;
    if (n >= 10 * p) { /* 9.99 rounded up to 10 */
        e++;
        n = llround(dec(a, d - e));
    }
    char ebuf[16];
    snprintf(ebuf, sizeof ebuf, "e%d", e);
    put_fixed(out, size, neg, n, d, ebuf);
}

void chart_label_value(double v, double step, char *out, size_t n)
{
    if (!out || n == 0)
        return;
    if (!isfinite(v)) {
        snprintf(out, n, "%s", isnan(v) ? "?" : v < 0 ? "-inf" : "inf");
        return;
    }
    step = fabs(step);
    if (!isfinite(step))
        step = 0;
    double a = fabs(v);
    if (a == 0 || (step > 0 && a < step * 1e-6)) { /* 0, and rounding noise near it */
        snprintf(out, n, "0");
        return;
    }
    if (a < 1e-3 || a >= 1e27) {
        put_exp(out, n, v, step);
        return;
    }
    static const struct {
        double scale;
        const char *suffix;
    } sc[] = {{1, ""}, {1e3, "K"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
    size_t s = 0;
    while (s + 1 < LEN(sc) && a >= sc[s + 1].scale)
        s++;
    for (;;) {
        double x = a / sc[s].scale;
        /* decimals the step needs, and more (up to 3) if v is off the step */
        int d = decimals(x, 2);
        if (step > 0) {
            d = decimals(step / sc[s].scale, 9);
            int dv = decimals(x, d + 3);
            if (dv > d)
                d = dv;
        }
        while (d > 0 && dec(x, d) > 9e15)
            d--;
        long long r = llround(dec(x, d));
        long long p = 1;
        for (int i = 0; i < d; i++)
            p *= 10;
        if (r >= 1000 * p && s + 1 < LEN(sc)) { /* 999.96K → 1M */
            s++;
            continue;
        }
        put_fixed(out, n, v < 0, r, d, sc[s].suffix);
        return;
    }
}

void chart_label_year(double v, char *out, size_t n)
{
    if (!out || n == 0)
        return;
    if (!isfinite(v) || fabs(v) > 1e15) {
        snprintf(out, n, "?");
        return;
    }
    snprintf(out, n, "%lld", (long long)llround(v));
}

/* ---- axes ----------------------------------------------------------------- */

double chart_axis_frac(const struct axis *a, double v)
{
    if (!a)
        return 0;
    if (a->log) {
        if (!(a->lo > 0 && a->hi > a->lo && v > 0))
            return 0;
        return (log10(v) - log10(a->lo)) / (log10(a->hi) - log10(a->lo));
    }
    return a->hi > a->lo ? (v - a->lo) / (a->hi - a->lo) : 0.5;
}

/* The values of a panel: range, and whether all are positive. */
struct vals {
    bool any, nonpos;
    double min, max;
};

static void vals_add(struct vals *s, double v)
{
    if (!isfinite(v))
        return;
    if (!s->any || v < s->min)
        s->min = v;
    if (!s->any || v > s->max)
        s->max = v;
    s->any = true;
    if (v <= 0)
        s->nonpos = true;
}

static void copy_str(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
}

/* Copy src into a tick label, cut at a character boundary with "…" when it
 * is wider than maxw points at size pt or too long for the buffer. */
static void fit_label(char *dst, size_t n, const char *src, double maxw, double pt)
{
    if (!src)
        src = "";
    size_t len = strlen(src);
    if (len < n && chart_text_width(src, pt) <= maxw) {
        memcpy(dst, src, len + 1);
        return;
    }
    static const char ell[] = "\xE2\x80\xA6"; /* … */
    double w = chart_text_width(ell, pt);
    const unsigned char *p = (const unsigned char *)src;
    size_t used = 0;
    char ch[8];
    while (*p) {
        const unsigned char *q = p;
        utf8_next(&q);
        size_t cl = (size_t)(q - p);
        memcpy(ch, p, cl);
        ch[cl] = '\0';
        double cw = chart_text_width(ch, pt);
        if (used + cl + sizeof ell > n || w + cw > maxw)
            break;
        memcpy(dst + used, p, cl);
        used += cl;
        w += cw;
        p = q;
    }
    memcpy(dst + used, ell, sizeof ell);
}

static double widest_label(const struct axis *a, double pt)
{
    double w = 0;
    for (size_t i = 0; i < a->nticks; i++)
        w = fmax(w, chart_text_width(a->ticks[i].label, pt));
    return w;
}

static bool is_percent(const char *unit)
{
    return unit && (str_ieq(unit, strlen(unit), "percent") || strcmp(unit, "%") == 0);
}

static void label_values(struct axis *a, bool percent)
{
    double step = a->nticks > 1 ? a->ticks[1].v - a->ticks[0].v : a->hi - a->lo;
    for (size_t i = 0; i < a->nticks; i++) {
        struct tick *t = &a->ticks[i];
        double s = a->log ? dec(1, (int)floor(log10(t->v) + 1e-9)) : step;
        chart_label_value(t->v, s, t->label, sizeof t->label);
        if (percent) {
            size_t l = strlen(t->label);
            if (l + 1 < sizeof t->label)
                memcpy(t->label + l, "%", 2);
        }
    }
}

/* The value axis.  m: target tick count; maxlog: at most this many log
 * ticks.  Returns false when log is forced and a value is <= 0. */
static bool value_axis(struct axis *a, const struct vals *v, enum chart_kind kind, int force_log,
                       int m, size_t maxlog, bool percent)
{
    double lo = v->any ? v->min : 0, hi = v->any ? v->max : 1;
    double t[MAXT];
    a->nticks = 0;
    a->log = false;
    bool want_log = false;
    if (force_log > 0) {
        if (v->nonpos) {
            a->log = true;
            a->lo = a->hi = 0;
            return false;
        }
        want_log = true;
        if (!v->any)
            lo = 1, hi = 10;
    } else if (force_log == 0 && kind != CHART_GROWTH && v->any && !v->nonpos &&
               v->max / v->min > 1000) {
        want_log = true;
    }
    size_t n;
    if (want_log) {
        a->log = true;
        n = chart_ticks_log(&lo, &hi, t, maxlog < 2 ? 2 : maxlog > MAXT ? MAXT : maxlog);
    } else {
        if (kind == CHART_GROWTH || kind == CHART_BAR) {
            lo = fmin(lo, 0);
            hi = fmax(hi, 0);
        } else if (lo > 0 && lo < 0.4 * hi) {
            lo = 0; /* all positive, smallest below 40 % of the largest */
        } else if (hi < 0 && hi > 0.4 * lo) {
            hi = 0; /* the same for all negative */
        }
        /* 5 % of the range beyond the data on each side not held at 0:
         * no point on the frame, no bar to its edge */
        double span = hi - lo;
        if (v->any && span > 0 && isfinite(span)) {
            if (lo != 0)
                lo -= 0.05 * span;
            if (hi != 0)
                hi += 0.05 * span;
        }
        n = chart_ticks_linear(&lo, &hi, m, t, MAXT);
    }
    a->lo = lo;
    a->hi = hi;
    for (size_t i = 0; i < n; i++)
        a->ticks[i].v = t[i];
    a->nticks = n;
    label_values(a, percent);
    return true;
}

/* The first multiple of step at or after k (k may be negative). */
static long ceil_to(long k, long step)
{
    long r = (k % step + step) % step;
    return r ? k - r + step : k;
}

/* Ticks on the first days of months in [lo, hi] ("Mar 2014"): every 1,
 * 2, 3, 6 or 12 months (counted from January), the smallest step giving
 * at most maxlab ticks. */
static void month_ticks(struct axis *a, int maxlab)
{
    static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const int steps[] = {1, 2, 3, 6, 12};
    /* months counted from year 0: month k starts at k / 12 */
    long first = (long)ceil(a->lo * 12 - 1e-6), last = (long)floor(a->hi * 12 + 1e-6);
    int step = 12;
    for (size_t i = 0; i < LEN(steps); i++) {
        long from = ceil_to(first, steps[i]);
        if (from <= last && (last - from) / steps[i] + 1 <= maxlab) {
            step = steps[i];
            break;
        }
    }
    a->nticks = 0;
    for (long k = ceil_to(first, step); k <= last && a->nticks < MAXT; k += step) {
        struct tick *t = &a->ticks[a->nticks++];
        long m = (k % 12 + 12) % 12; /* (a range may start before year 0) */
        t->v = k / 12.0;
        snprintf(t->label, sizeof t->label, "%s %ld", names[m], (k - m) / 12);
    }
}

/* Whole-year ticks on [lo, hi]: the smallest step of 1, 2, 5, 10, 20 ...
 * giving at most maxlab ticks. */
static void year_ticks(struct axis *a, int maxlab)
{
    static const double mant[] = {1, 2, 5};
    if (a->months) {
        month_ticks(a, maxlab);
        return;
    }
    a->nticks = 0;
    double prev = 0, s = 1;
    for (int i = 0; i < 30; i++) {
        s = mant[i % 3] * pow(10, i / 3);
        double first = ceil(a->lo / s - 1e-9) * s, last = floor(a->hi / s + 1e-9) * s;
        double cnt = first <= last ? (last - first) / s + 1 : 0;
        if (cnt >= 1 && cnt <= maxlab)
            break;
        if (cnt < 1) { /* jumped past: the previous step, thinned by max */
            s = prev > 0 ? prev : s;
            break;
        }
        prev = s;
    }
    double first = ceil(a->lo / s - 1e-9) * s;
    for (double y = first; y <= a->hi + 1e-9 * s && a->nticks < MAXT; y += s) {
        struct tick *t = &a->ticks[a->nticks++];
        t->v = nearbyint(y);
        chart_label_year(t->v, t->label, sizeof t->label);
    }
    if (a->nticks == 0) { /* no whole year in range: its middle, rounded */
        a->ticks[0].v = nearbyint((a->lo + a->hi) / 2);
        chart_label_year(a->ticks[0].v, a->ticks[0].label, sizeof a->ticks[0].label);
        a->nticks = 1;
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The x range of years: LINE pads 3 % (at least a quarter year); GROWTH
 * half the smallest gap between bars.  At least two years wide, except
 * for LINE data spanning less than two years with a month or a day among
 * them: those get month ticks, a pad of 3 % (at least half a month) and a
 * range at least a quarter wide. */
static void year_range(struct axis *a, const struct panel *p)
{
    size_t n = 0;
    for (size_t s = 0; s < p->nseries; s++)
        n += p->series[s].n;
    double *x = xmalloc((n ? n : 1) * sizeof *x);
    size_t k = 0;
    for (size_t s = 0; s < p->nseries; s++)
        for (size_t i = 0; i < p->series[s].n; i++)
            if (isfinite(p->series[s].pts[i].x) && fabs(p->series[s].pts[i].x) < 1e9)
                x[k++] = p->series[s].pts[i].x;
    double lo, hi;
    a->months = false;
    if (k == 0) {
        lo = 0;
        hi = 1;
    } else {
        qsort(x, k, sizeof *x, cmp_double);
        lo = x[0];
        hi = x[k - 1];
        bool part = false; /* a month or a day among the points */
        for (size_t i = 0; i < k && !part; i++)
            part = x[i] != floor(x[i]);
        a->months = p->kind == CHART_LINE && part && hi - lo < 2;
        double pad;
        if (a->months) {
            pad = fmax(0.03 * (hi - lo), 1.0 / 24);
        } else if (p->kind == CHART_GROWTH) {
            double gap = 0;
            for (size_t i = 1; i < k; i++)
                if (x[i] - x[i - 1] > 1e-9 && (gap == 0 || x[i] - x[i - 1] < gap))
                    gap = x[i] - x[i - 1];
            pad = 0.5 * (gap > 0 ? gap : 1);
        } else {
            pad = fmax(0.03 * (hi - lo), 0.25);
        }
        lo -= pad;
        hi += pad;
    }
    free(x);
    if (a->months) {
        if (hi - lo < 0.25) {
            double c = (lo + hi) / 2;
            lo = c - 0.125;
            hi = c + 0.125;
        }
    } else if (hi - lo < 2) {
        double c = (lo + hi) / 2;
        lo = c - 1;
        hi = c + 1;
    }
    a->lo = lo;
    a->hi = hi;
}

/* ---- bar categories ------------------------------------------------------- */

struct barref {
    const struct chart_point *pt;
    const char *label;
    size_t s, i;
};

static double bar_value(const struct chart_point *pt)
{
    return isfinite(pt->y) ? pt->y : -HUGE_VAL;
}

static int cmp_bar(const void *pa, const void *pb)
{
    const struct barref *a = pa, *b = pb;
    double x = bar_value(a->pt), y = bar_value(b->pt);
    if (x != y)
        return x > y ? -1 : 1;
    int c = strcmp(a->label, b->label);
    if (c)
        return c;
    if (a->s != b->s)
        return a->s < b->s ? -1 : 1;
    return (a->i > b->i) - (a->i < b->i);
}

static const char *bar_label(const struct chart_series *se, const struct chart_point *pt)
{
    return pt->label ? pt->label : se->name ? se->name : "";
}

/* Sort each series' points largest first, number the bars of all series
 * from the top (x = n-1 for the largest), and put a tick on each bar,
 * every stride-th when labels would collide in len points. */
static void category_axis(struct axis *a, struct panel *p, double len, double f, double maxw)
{
    size_t n = 0;
    for (size_t s = 0; s < p->nseries; s++) {
        struct chart_series *se = &p->series[s];
        if (se->n > 1) {
            struct barref *r = xmalloc(se->n * sizeof *r);
            for (size_t i = 0; i < se->n; i++)
                r[i] = (struct barref){&se->pts[i], bar_label(se, &se->pts[i]), s, i};
            qsort(r, se->n, sizeof *r, cmp_bar);
            struct chart_point *np = xmalloc(se->n * sizeof *np);
            for (size_t i = 0; i < se->n; i++)
                np[i] = *r[i].pt;
            free(se->pts);
            se->pts = np;
            free(r);
        }
        n += se->n;
    }
    a->category = true;
    a->lo = -0.5;
    a->hi = n > 0 ? (double)n - 0.5 : 0.5;
    a->nticks = 0;
    if (n == 0)
        return;
    struct barref *r = xmalloc(n * sizeof *r);
    size_t k = 0;
    for (size_t s = 0; s < p->nseries; s++) {
        const struct chart_series *se = &p->series[s];
        for (size_t i = 0; i < se->n; i++)
            r[k++] = (struct barref){&se->pts[i], bar_label(se, &se->pts[i]), s, i};
    }
    qsort(r, n, sizeof *r, cmp_bar);
    for (size_t rank = 0; rank < n; rank++)
        p->series[r[rank].s].pts[r[rank].i].x = (double)(n - 1 - rank);
    size_t stride = (n + MAXT - 1) / MAXT;
    double per = len / (double)n, need = 1.2 * f;
    if (per * (double)stride < need)
        stride = (size_t)ceil(need / per);
    if (stride < 1)
        stride = 1;
    /* labelled ranks 0, stride, 2 stride ... (the largest always), listed
     * bottom to top */
    size_t nt = (n - 1) / stride + 1;
    if (nt > MAXT)
        nt = MAXT;
    for (size_t t = 0; t < nt; t++) {
        size_t rank = (nt - 1 - t) * stride;
        struct tick *tk = &a->ticks[t];
        tk->v = (double)(n - 1 - rank);
        fit_label(tk->label, sizeof tk->label, r[rank].label, maxw, f);
    }
    a->nticks = nt;
    free(r);
}

/* ---- layout ---------------------------------------------------------------- */

#define MARGIN_EM 0.9
#define BLOCK_EM 0.6  /* between header, panels, legend, footer */
#define LABEL_EM 1.2  /* height of a tick label line */
#define LEG_PAD_EM 0.4
#define LEG_ROW_EM 1.35
#define LEG_SWATCH_EM 2.0
#define LEG_GAP_EM 0.5
#define LEG_COL_EM 1.2

static int clampi(double v, int lo, int hi)
{
    if (!(v >= lo))
        return lo;
    if (v > hi)
        return hi;
    return (int)lround(v);
}

/* Fit the plot's left end (>= *left) and width so that the x tick labels,
 * centred on their ticks, stay within [x0, x1]. */
static void fit_x_labels(const struct axis *a, double f, double x0, double x1, double *left,
                         double *w)
{
    double l = *left, width = x1 - l;
    for (int iter = 0; iter < 20; iter++) {
        width = x1 - l;
        for (size_t i = 0; i < a->nticks; i++) {
            double fr = chart_axis_frac(a, a->ticks[i].v);
            double half = chart_text_width(a->ticks[i].label, f) / 2;
            if (fr > 0)
                width = fmin(width, (x1 - l - half) / fr);
        }
        double need = l;
        for (size_t i = 0; i < a->nticks; i++) {
            double fr = chart_axis_frac(a, a->ticks[i].v);
            double half = chart_text_width(a->ticks[i].label, f) / 2;
            need = fmax(need, x0 + half - fr * width);
        }
        if (need <= l)
            break;
        l = need;
    }
    *left = l;
    *w = fmax(width, 1);
}

static void x_axis(struct panel *p, const struct vals *ys, int force_log, double w, double f,
                   bool percent, bool *ok)
{
    if (p->kind == CHART_BAR) {
        int m = clampi(w / (6 * f), 3, 10);
        size_t maxlog = (size_t)clampi(floor(w / (4 * f)) + 1, 2, (int)MAXT);
        *ok = value_axis(&p->x, ys, p->kind, force_log, m, maxlog, percent) && *ok;
    } else {
        double lw = chart_text_width(p->x.months ? "Mmm 0000" : "0000", f) + 1.2 * f;
        year_ticks(&p->x, clampi(floor(w / lw), 2, 8));
    }
}

/* Where a bold title goes on on a second line to fit width w at size pt:
 * the start of the first word that no longer fits on the first (the rest
 * is ellipsised where it must be); 0 if it fits on one, or if its first
 * word does not. */
static size_t title_break(const char *title, double w, double pt)
{
    /* (bold runs up to a fifth wider than the estimate) */
    const double bold = 1.2;
    if (chart_text_width(title, pt) * bold <= w)
        return 0;
    size_t cut = 0;
    for (size_t i = 1; title[i]; i++) {
        if (title[i] != ' ' || title[i - 1] == ' ')
            continue;
        char *head = xstrndup(title, i);
        bool fits = chart_text_width(head, pt) * bold <= w;
        free(head);
        if (!fits)
            break;
        cut = i + 1;
    }
    return title[cut] ? cut : 0;
}

/* Lay out panel p in cell.  Returns false when its forced log axis cannot
 * be drawn. */
static bool layout_panel(const struct chart *c, struct panel *p, struct rect cell, bool titled,
                         int force_log)
{
    const double f = c->style.font_pt;
    bool ok = true;
    p->box = cell;
    memset(&p->plot, 0, sizeof p->plot);
    p->x.log = p->y.log = false;
    p->x.years = p->y.years = p->x.category = p->y.category = false;
    p->x.months = p->y.months = false;
    p->x.nticks = p->y.nticks = 0;

    struct vals ys = {0};
    const char *unit = NULL;
    for (size_t s = 0; s < p->nseries; s++) {
        const struct chart_series *se = &p->series[s];
        if (!unit && se->unit && se->unit[0])
            unit = se->unit;
        for (size_t i = 0; i < se->n; i++) {
            vals_add(&ys, se->pts[i].y);
            if (se->pts[i].flags & CP_RANGE)
                vals_add(&ys, se->pts[i].y2);
        }
    }
    bool percent = p->kind == CHART_GROWTH || is_percent(unit);
    struct axis *va = p->kind == CHART_BAR ? &p->x : &p->y;
    if (!va->title[0])
        copy_str(va->title, sizeof va->title, p->kind == CHART_GROWTH ? "percent per year" : unit);
    if (p->kind != CHART_BAR) {
        p->x.years = true;
        year_range(&p->x, p);
    }

    /* (a title wider than the cell takes two lines, broken at a space) */
    p->title_cut = titled && p->title[0] ? title_break(p->title, cell.w, f) : 0;
    double top = cell.y + (titled && p->title[0] ? (p->title_cut ? 2 : 1) * CHART_LINE_EM * f : 0) + 0.6 * f;
    double bottom = cell.y + cell.h - (CHART_TICK_LEN + CHART_TICK_GAP + LABEL_EM * f) -
                    (p->x.title[0] ? CHART_LINE_EM * f : 0);
    double ph = fmax(bottom - top, 1);

    if (p->kind == CHART_BAR) {
        category_axis(&p->y, p, ph, f, 0.4 * cell.w);
    } else {
        int m = clampi(ph / (2.9 * f), 3, 10);
        size_t maxlog = (size_t)clampi(floor(ph / (1.5 * f)) + 1, 2, (int)MAXT);
        ok = value_axis(&p->y, &ys, p->kind, force_log, m, maxlog, percent);
    }

    /* the y title's line, and 0.4 f between it and the labels: real fonts
     * run wider than the estimates */
    double left0 = cell.x + (p->y.title[0] ? (CHART_LINE_EM + 0.4) * f : 0) +
                   widest_label(&p->y, f) + CHART_TICK_GAP + CHART_TICK_LEN;
    double right0 = cell.x + cell.w;
    /* x tick labels may overhang the plot's ends: choose the ticks for the
     * width, narrow the plot until their labels fit, choose again for the
     * narrower plot (three rounds) */
    double left = left0, pw = fmax(right0 - left0, 1);
    for (int round = 0; round < 3; round++) {
        x_axis(p, &ys, force_log, pw, f, percent, &ok);
        left = left0;
        fit_x_labels(&p->x, f, cell.x, right0, &left, &pw);
    }
    p->plot = (struct rect){left, top, pw, ph};
    return ok;
}

/* Lines the text takes wrapped to width w at size pt (greedy, at spaces;
 * '\n' breaks; a word wider than w takes as many lines as it needs). */
static int wrap_lines(const char *text, double w, double pt)
{
    if (!text || !text[0])
        return 0;
    int lines = 1;
    double x = 0, space = chart_text_width(" ", pt);
    const char *p = text;
    while (*p) {
        if (*p == '\n') {
            lines++;
            x = 0;
            p++;
            continue;
        }
        if (*p == ' ') {
            p++;
            continue;
        }
        size_t n = strcspn(p, " \n");
        char *word = xstrndup(p, n);
        double ww = chart_text_width(word, pt);
        free(word);
        p += n;
        if (x > 0 && x + space + ww <= w) {
            x += space + ww;
            continue;
        }
        if (x > 0)
            lines++;
        while (ww > w && w > 0) { /* a word wider than the line */
            lines++;
            ww -= w;
        }
        x = ww;
    }
    return lines;
}

static void set_defaults(struct chart *c)
{
    struct chart_style *st = &c->style;
    if (!(st->font_pt > 0) || !isfinite(st->font_pt))
        st->font_pt = 9;
    if (!(st->title_pt > 0) || !isfinite(st->title_pt))
        st->title_pt = st->font_pt + 2;
    if (!(st->line_pt > 0))
        st->line_pt = 1.5;
    if (!(st->marker_pt > 0))
        st->marker_pt = 4.5;
    if (!(c->width > 0) || !isfinite(c->width))
        c->width = 120 / 25.4 * 72;
    if (!(c->height > 0) || !isfinite(c->height))
        c->height = 75 / 25.4 * 72;
}

static double legend_entry_w(const struct chart *c)
{
    const double f = c->style.font_pt;
    double w = 0;
    const struct panel *p = &c->panels[0];
    for (size_t s = 0; s < p->nseries; s++)
        w = fmax(w, chart_text_width(p->series[s].name, f));
    return LEG_SWATCH_EM * f + LEG_GAP_EM * f + w;
}

void chart_legend_entry(const struct chart *c, size_t i, struct rect *swatch, struct rect *text)
{
    if (!c)
        return;
    const double f = c->style.font_pt;
    size_t cols = c->legend_cols ? c->legend_cols : 1;
    double pad = LEG_PAD_EM * f, row = LEG_ROW_EM * f, colgap = LEG_COL_EM * f;
    double ew = (c->legend.w - 2 * pad - (double)(cols - 1) * colgap) / (double)cols;
    double x = c->legend.x + pad + (double)(i % cols) * (ew + colgap);
    double y = c->legend.y + pad + (double)(i / cols) * row;
    double sw = LEG_SWATCH_EM * f;
    if (swatch)
        *swatch = (struct rect){x, y, sw, row};
    if (text)
        *text = (struct rect){x + sw + LEG_GAP_EM * f, y, fmax(ew - sw - LEG_GAP_EM * f, 0), row};
}

int chart_layout(struct chart *c, int force_log)
{
    if (!c)
        return 0;
    set_defaults(c);
    const double f = c->style.font_pt, W = c->width, H = c->height;
    const double M = MARGIN_EM * f, gap = BLOCK_EM * f;
    const double cw = fmax(W - 2 * M, 1);
    double top = M, bottom = H - M;

    /* header */
    double hh = 0;
    if (c->show_title) {
        if (c->title[0])
            hh += CHART_LINE_EM * c->style.title_pt;
        if (c->subtitle[0])
            hh += CHART_LINE_EM * f;
    }
    c->header = (struct rect){M, M, cw, hh};
    if (hh > 0)
        top += hh + gap;

    /* footer */
    double fpt = CHART_FOOT_EM * f;
    double fh = wrap_lines(c->footnote, cw, fpt) * CHART_LINE_EM * fpt;
    c->footer = (struct rect){M, bottom - fh, cw, fh};
    if (fh > 0)
        bottom -= fh + gap;

    /* legend */
    double right = W - M;
    bool legend_right = false;
    memset(&c->legend, 0, sizeof c->legend);
    c->legend_cols = 0;
    c->show_legend = c->kind != CHART_DASHBOARD && c->npanels >= 1 && c->panels[0].nseries >= 2;
    if (c->show_legend) {
        size_t n = c->panels[0].nseries;
        double pad = LEG_PAD_EM * f, row = LEG_ROW_EM * f, colgap = LEG_COL_EM * f;
        double ew = legend_entry_w(c);
        double lw = ew + 2 * pad, lh = (double)n * row + 2 * pad;
        if (lw <= 0.3 * cw && lh <= bottom - top) {
            legend_right = true;
            c->legend_cols = 1;
            c->legend = (struct rect){W - M - lw, top, lw, lh};
            right = W - M - lw - 1.0 * f;
        } else {
            size_t cols = (size_t)fmax(1, floor((cw - 2 * pad + colgap) / (ew + colgap)));
            if (cols > n)
                cols = n;
            size_t rows = (n + cols - 1) / cols;
            lw = fmin((double)cols * ew + (double)(cols - 1) * colgap + 2 * pad, cw);
            lh = (double)rows * row + 2 * pad;
            c->legend_cols = cols;
            c->legend = (struct rect){M + (cw - lw) / 2, bottom - lh, lw, lh};
            bottom -= lh + gap;
        }
    }

    /* panels */
    int bad = 0;
    struct rect area = {M, top, fmax(right - M, 1), fmax(bottom - top, 1)};
    if (c->kind != CHART_DASHBOARD) {
        for (size_t i = 0; i < c->npanels; i++)
            c->panels[i].kind = c->kind;
        if (c->npanels >= 1 && !layout_panel(c, &c->panels[0], area, false, force_log))
            bad = 1;
        /* further panels of a non-dashboard chart share the first's box */
        for (size_t i = 1; i < c->npanels; i++)
            if (!layout_panel(c, &c->panels[i], area, false, force_log) && !bad)
                bad = (int)i + 1;
    } else if (c->npanels > 0) {
        size_t cols = c->npanels == 1 ? 1 : 2, rows = (c->npanels + cols - 1) / cols;
        double gx = 1.5 * f, gy = 1.0 * f;
        double cellw = fmax((area.w - (double)(cols - 1) * gx) / (double)cols, 1);
        double cellh = fmax((area.h - (double)(rows - 1) * gy) / (double)rows, 1);
        for (size_t i = 0; i < c->npanels; i++) {
            struct panel *p = &c->panels[i];
            if (p->kind != CHART_BAR && p->kind != CHART_GROWTH)
                p->kind = CHART_LINE;
            struct rect cell = {area.x + (double)(i % cols) * (cellw + gx),
                                area.y + (double)(i / cols) * (cellh + gy), cellw, cellh};
            if (!layout_panel(c, p, cell, true, force_log) && !bad)
                bad = (int)i + 1;
        }
    }
    if (legend_right && c->npanels >= 1) { /* level with the plot's top */
        double y = c->panels[0].plot.y;
        if (y + c->legend.h > bottom)
            y = fmax(top, bottom - c->legend.h);
        c->legend.y = y;
    }
    return bad;
}

void chart_free(struct chart *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->npanels; i++) {
        struct panel *p = &c->panels[i];
        for (size_t s = 0; s < p->nseries; s++) {
            struct chart_series *se = &p->series[s];
            free(se->name);
            free(se->unit);
            for (size_t k = 0; k < se->n; k++)
                free(se->pts[k].label);
            free(se->pts);
        }
        free(p->series);
    }
    free(c->panels);
    memset(c, 0, sizeof *c);
}
