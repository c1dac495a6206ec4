/* chart_gnuplot.c — a laid-out chart as a self-contained gnuplot script, and
 * the runner that renders one with the external gnuplot program.
 *
 * Geometry: the model measures in points from the top-left corner; gnuplot
 * places things in "screen" coordinates, 0..1 from the bottom-left.  Every
 * plot area is pinned with `set ?margin at screen`, so the plot boxes are
 * the model's, not gnuplot's own guesses.
 *
 * Units: the cairo terminals of gnuplot 5.4 measure fonts with Pango at 96
 * dpi, lines in pixels (pngcairo) or half points (pdfcairo), and a marker of
 * size 1 is 6 pixels (points) across.  The terminal line sets fontscale,
 * linewidth and pointscale so that the script can say font sizes and line
 * widths in points and marker sizes as diameter/6 points, for both PNG (at
 * any dpi) and PDF. */
#include "chart_gnuplot.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <spawn.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "num.h"

extern char **environ;

/* ---- strings ------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at p (n bytes left), 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (n < len || p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return len;
}

bool chart_gnuplot_quote(struct buf *b, const char *s, bool format)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    bool exact = true, in_space = false;
    buf_addc(b, '"');
    for (size_t i = 0; i < n;) {
        size_t len = utf8_len(p + i, n - i);
        bool ctl = (len == 1 && (p[i] < 0x20 || p[i] == 0x7F)) ||
                   (len == 2 && p[i] == 0xC2 && p[i + 1] < 0xA0); /* C1 */
        if (ctl) {
            if (!in_space)
                buf_addc(b, ' ');
            in_space = true;
            exact = false;
            i += len;
            continue;
        }
        in_space = false;
        if (len == 0) {
            buf_adds(b, "\xEF\xBF\xBD"); /* U+FFFD */
            exact = false;
            i++;
            continue;
        }
        switch (p[i]) {
        case '\\':
            buf_adds(b, "\\\\");
            break;
        case '"':
            buf_adds(b, "\\\"");
            break;
        case '`':
            buf_adds(b, "\xE2\x80\x98"); /* U+2018 */
            exact = false;
            break;
        case '%':
            buf_adds(b, format ? "%%" : "%");
            break;
        default:
            buf_add(b, p + i, len);
        }
        i += len;
    }
    buf_addc(b, '"');
    return exact;
}

/* ---- the script ---------------------------------------------------------- */

/* The terminal's own font is DejaVu Sans at the model's text size, whatever
 * family the texts use: gnuplot derives its character cell from it, and
 * with it the tick length (cell height / 2.5) and the unit of tick label
 * offsets, so its metrics are fixed here (in em, as measured with gnuplot
 * 5.4's cairo terminals). */
#define TERM_FONT "DejaVu Sans"
/* The texts' family when the style names none: the CJK-capable face the
 * project depends on (fonts-noto-cjk), which also has Latin letters. */
#define TEXT_FONT "Noto Sans CJK SC"
#define VCHAR_EM 1.164
#define HCHAR_EM 0.636

#define TEXT_RGB "#333333"
#define TITLE_RGB "#000000"
#define GRID_RGB "#E5E5E5"
#define AXIS_RGB "#333333"

struct gp {
    struct buf b;
    const struct chart *c;
    double f;          /* style.font_pt */
    char family[128];  /* the model's first font family */
    int ndata;         /* datablocks written */
};

static void put_num(struct buf *b, double v)
{
    char t[NUM_FMT_MAX];
    num_fmt(v, t);
    buf_adds(b, t);
}

/* A number rounded to 10^-digits, for coordinates and sizes. */
static void put_round(struct buf *b, double v, int digits)
{
    double f = pow(10, digits);
    put_num(b, round(v * f) / f);
}

static void put_colour(struct buf *b, unsigned rgb)
{
    buf_printf(b, "rgb \"#%06X\"", rgb & 0xFFFFFFu);
}

static unsigned series_colour(size_t i)
{
    return chart_palette[i % 8];
}

/* Screen coordinates of a model point (points from the top-left). */
static void put_screen(struct gp *g, double x, double y)
{
    buf_adds(&g->b, "screen ");
    put_round(&g->b, x / g->c->width, 5);
    buf_adds(&g->b, ", screen ");
    put_round(&g->b, 1 - y / g->c->height, 5);
}

/* font "Family[:Bold],size", the family escaped like any other text. */
static void put_font(struct gp *g, double pt, bool bold)
{
    struct buf t;
    buf_init(&t);
    buf_printf(&t, "%s%s,", g->family, bold ? ":Bold" : "");
    put_round(&t, pt, 2);
    buf_adds(&g->b, "font ");
    chart_gnuplot_quote(&g->b, t.p, false);
    buf_fini(&t);
}

/* Line width (points) and marker size (gnuplot's ps: 1 = 6 points). */
static double lw_of(const struct chart *c)
{
    return c->style.line_pt > 0 ? c->style.line_pt : 1.5;
}

static double ps_of(const struct chart *c, double scale)
{
    return (c->style.marker_pt > 0 ? c->style.marker_pt : 4.5) * scale / 6;
}

static void put_lw(struct buf *b, double lw)
{
    buf_adds(b, " lw ");
    put_round(b, lw, 3);
}

static void put_ps(struct buf *b, double ps)
{
    buf_adds(b, " ps ");
    put_round(b, ps, 3);
}

static bool has_suffix_ci(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    if (n < m)
        return false;
    for (size_t i = 0; i < m; i++)
        if (to_lower((unsigned char)s[n - m + i]) != suf[i])
            return false;
    return true;
}

/* A value the axis can show: finite, and positive on a log axis. */
static bool showable(const struct axis *a, double v)
{
    return isfinite(v) && (!a->log || v > 0);
}

/* The panel's value axis and position axis (bars are horizontal). */
static const struct axis *value_axis_of(const struct panel *p)
{
    return p->kind == CHART_BAR ? &p->x : &p->y;
}

static const struct axis *pos_axis_of(const struct panel *p)
{
    return p->kind == CHART_BAR ? &p->y : &p->x;
}

static bool point_shown(const struct panel *p, const struct chart_point *pt)
{
    return showable(pos_axis_of(p), pt->x) && showable(value_axis_of(p), pt->y);
}

/* The datablock of one series, one row per point:
 * position value value2 derived conflict curated. */
static int put_datablock(struct gp *g, const struct panel *p, const struct chart_series *s)
{
    struct buf *b = &g->b;
    const struct axis *va = value_axis_of(p);
    int id = g->ndata++;
    buf_printf(b, "$d%d << EOD\n", id);
    buf_adds(b, p->kind == CHART_BAR ? "# bar value value2 derived conflict curated\n"
                                     : "# year value value2 derived conflict curated\n");
    for (size_t i = 0; i < s->n; i++) {
        const struct chart_point *pt = &s->pts[i];
        if (!point_shown(p, pt))
            continue;
        double y2 = (pt->flags & CP_RANGE) && showable(va, pt->y2) ? pt->y2 : pt->y;
        put_num(b, pt->x);
        buf_addc(b, ' ');
        put_num(b, pt->y);
        buf_addc(b, ' ');
        put_num(b, y2);
        buf_printf(b, " %d %d %d\n", (pt->flags & CP_DERIVED) != 0, (pt->flags & CP_CONFLICT) != 0,
                   (pt->flags & CP_CURATED) != 0);
    }
    buf_adds(b, "EOD\n");
    return id;
}

/* Points of each kind in a series, so that no plot element is empty (an
 * empty one makes gnuplot warn). */
struct marks {
    size_t observed, derived, conflict, curated, range;
};

static struct marks count_marks(const struct panel *p, const struct chart_series *s)
{
    struct marks m = {0};
    for (size_t i = 0; i < s->n; i++) {
        const struct chart_point *pt = &s->pts[i];
        if (!point_shown(p, pt))
            continue;
        if (pt->flags & CP_DERIVED)
            m.derived++;
        else
            m.observed++;
        if (pt->flags & CP_CONFLICT)
            m.conflict++;
        if (pt->flags & CP_CURATED)
            m.curated++;
        if ((pt->flags & CP_RANGE) && showable(value_axis_of(p), pt->y2) && pt->y2 != pt->y)
            m.range++;
    }
    return m;
}

/* ---- texts ---- */

enum just { LEFT, CENTRE, RIGHT };

/* A text at (x, y): y is the middle of its line, as gnuplot centres text
 * vertically on its position. */
static void put_text(struct gp *g, const char *text, double x, double y, enum just j, double pt,
                     bool bold, bool rotate, const char *rgb)
{
    struct buf *b = &g->b;
    buf_adds(b, "set label ");
    chart_gnuplot_quote(b, text, false);
    buf_adds(b, " at ");
    put_screen(g, x, y);
    buf_adds(b, j == LEFT ? " left" : j == CENTRE ? " center" : " right");
    if (rotate)
        buf_adds(b, " rotate by 90");
    buf_adds(b, " front ");
    put_font(g, pt, bold);
    buf_printf(b, " tc rgb \"%s\" noenhanced\n", rgb);
}

/* Append the bytes of s[0..n) to line, breaking it into labels at width w:
 * the footnote, wrapped as chart.c's wrap_lines counts its lines (greedy
 * at spaces, '\n' breaks, a word wider than the line cut where it must). */
struct wrap {
    struct gp *g;
    double x, y, w, pt, lh;
    struct buf line;
    double lw; /* width of line */
};

static void wrap_flush(struct wrap *wr)
{
    put_text(wr->g, wr->line.p ? wr->line.p : "", wr->x, wr->y + wr->lh / 2, LEFT, wr->pt, false,
             false, TEXT_RGB);
    wr->y += wr->lh;
    buf_clear(&wr->line);
    wr->lw = 0;
}

static size_t utf8_step(const char *p)
{
    size_t n = utf8_len((const unsigned char *)p, strlen(p));
    return n ? n : 1;
}

static void wrap_word(struct wrap *wr, const char *word)
{
    double space = chart_text_width(" ", wr->pt), ww = chart_text_width(word, wr->pt);
    if (wr->line.len && wr->lw + space + ww <= wr->w) {
        buf_addc(&wr->line, ' ');
        buf_adds(&wr->line, word);
        wr->lw += space + ww;
        return;
    }
    if (wr->line.len)
        wrap_flush(wr);
    /* a word wider than the line: as much as fits on each line */
    while (ww > wr->w && wr->w > 0) {
        struct buf part;
        buf_init(&part);
        const char *p = word;
        while (*p) {
            size_t n = utf8_step(p);
            struct buf t;
            buf_init(&t);
            buf_add(&t, part.p ? part.p : "", part.len);
            buf_add(&t, p, n);
            bool fits = chart_text_width(t.p, wr->pt) <= wr->w;
            buf_fini(&t);
            if (!fits && part.len)
                break;
            buf_add(&part, p, n);
            p += n;
        }
        buf_adds(&wr->line, part.p);
        wrap_flush(wr);
        buf_fini(&part);
        word = p;
        ww = chart_text_width(word, wr->pt);
        if (!*word)
            return;
    }
    buf_adds(&wr->line, word);
    wr->lw = ww;
}

static void put_footnote(struct gp *g)
{
    const struct chart *c = g->c;
    struct wrap wr = {.g = g, .x = c->footer.x, .y = c->footer.y, .w = c->footer.w,
                      .pt = CHART_FOOT_EM * g->f};
    wr.lh = CHART_LINE_EM * wr.pt;
    buf_init(&wr.line);
    const char *p = c->footnote;
    while (*p) {
        if (*p == '\n') {
            wrap_flush(&wr);
            p++;
            continue;
        }
        if (*p == ' ') {
            p++;
            continue;
        }
        size_t n = strcspn(p, " \n");
        char *word = xstrndup(p, n);
        wrap_word(&wr, word);
        free(word);
        p += n;
    }
    if (wr.line.len)
        wrap_flush(&wr);
    buf_fini(&wr.line);
}

/* Title and subtitle in the header; the footnote; the legend. */
static void put_chart_texts(struct gp *g)
{
    const struct chart *c = g->c;
    const double f = g->f, tpt = c->style.title_pt > 0 ? c->style.title_pt : f + 2;
    struct buf *b = &g->b;
    if (c->show_title && c->header.h > 0) {
        double y = c->header.y;
        if (c->title[0]) {
            put_text(g, c->title, c->header.x, y + CHART_LINE_EM * tpt / 2, LEFT, tpt, true, false,
                     TITLE_RGB);
            y += CHART_LINE_EM * tpt;
        }
        if (c->subtitle[0])
            put_text(g, c->subtitle, c->header.x, y + CHART_LINE_EM * f / 2, LEFT, f, false, false,
                     TEXT_RGB);
    }
    if (c->footnote[0])
        put_footnote(g);
    if (c->show_legend && c->legend.w > 0 && c->npanels > 0) {
        const struct panel *p = &c->panels[0];
        for (size_t i = 0; i < p->nseries; i++) {
            struct rect sw, tx;
            chart_legend_entry(c, i, &sw, &tx);
            unsigned col = series_colour(i);
            double ym = sw.y + sw.h / 2;
            if (p->kind == CHART_LINE) {
                buf_adds(b, "set arrow from ");
                put_screen(g, sw.x, ym);
                buf_adds(b, " to ");
                put_screen(g, sw.x + sw.w, ym);
                buf_adds(b, " nohead front");
                put_lw(b, lw_of(c));
                buf_adds(b, " lc ");
                put_colour(b, col);
                buf_adds(b, "\nset label \"\" at ");
                put_screen(g, sw.x + sw.w / 2, ym);
                buf_adds(b, " front point pt 7");
                put_ps(b, ps_of(c, 1));
                buf_adds(b, " lc ");
                put_colour(b, col);
                buf_addc(b, '\n');
            } else { /* a swatch of the bar's colour */
                double h = fmin(sw.h * 0.6, g->f);
                buf_adds(b, "set object rectangle from ");
                put_screen(g, sw.x + sw.w * 0.2, ym + h / 2);
                buf_adds(b, " to ");
                put_screen(g, sw.x + sw.w * 0.8, ym - h / 2);
                buf_adds(b, " front fillstyle solid 1 noborder fillcolor ");
                put_colour(b, col);
                buf_addc(b, '\n');
            }
            put_text(g, p->series[i].name, tx.x, tx.y + tx.h / 2, LEFT, f, false, false, TEXT_RGB);
        }
    }
}

/* A panel's own texts: its title (dashboards), the axis titles. */
static void put_panel_texts(struct gp *g, const struct panel *p)
{
    const double f = g->f;
    if (g->c->kind == CHART_DASHBOARD && p->title[0] && p->title_cut) {
        char *head = xstrndup(p->title, p->title_cut - 1);
        put_text(g, head, p->box.x, p->box.y + CHART_LINE_EM * f / 2, LEFT, f, true, false, TITLE_RGB);
        free(head);
        put_text(g, p->title + p->title_cut, p->box.x, p->box.y + CHART_LINE_EM * f * 1.5, LEFT, f, true, false,
                 TITLE_RGB);
    } else if (g->c->kind == CHART_DASHBOARD && p->title[0]) {
        put_text(g, p->title, p->box.x, p->box.y + CHART_LINE_EM * f / 2, LEFT, f, true, false,
                 TITLE_RGB);
    }
    if (p->y.title[0])
        put_text(g, p->y.title, p->box.x + CHART_LINE_EM * f / 2, p->plot.y + p->plot.h / 2, CENTRE,
                 f, false, true, TEXT_RGB);
    if (p->x.title[0])
        put_text(g, p->x.title, p->plot.x + p->plot.w / 2, p->box.y + p->box.h - CHART_LINE_EM * f / 2,
                 CENTRE, f, false, false, TEXT_RGB);
}

/* ---- axes ---- */

/* `set xtics (...)`: the model's ticks with its labels, marks pointing out
 * CHART_TICK_LEN long, labels CHART_TICK_GAP beyond them.  gnuplot puts a
 * y label one character cell beyond the mark, an x label's middle one
 * cell below it; the offsets (in cells) move them to the model's places. */
static void put_tics(struct gp *g, const char *name, const struct axis *a, bool is_x)
{
    struct buf *b = &g->b;
    const double f = g->f, vchar = VCHAR_EM * f, hchar = HCHAR_EM * f;
    if (a->nticks == 0) {
        buf_printf(b, "unset %s\n", name);
        return;
    }
    buf_printf(b, "set %s (", name);
    bool first = true;
    for (size_t i = 0; i < a->nticks; i++) {
        if (!showable(a, a->ticks[i].v))
            continue;
        if (!first)
            buf_adds(b, ", ");
        first = false;
        chart_gnuplot_quote(b, a->ticks[i].label, true);
        buf_addc(b, ' ');
        put_num(b, a->ticks[i].v);
    }
    buf_adds(b, ") nomirror out scale ");
    put_round(b, CHART_TICK_LEN / (vchar / 2.5), 4);
    buf_adds(b, ",0 offset ");
    if (is_x) {
        double want = CHART_TICK_GAP + CHART_LINE_EM * f / 2; /* label middle below the mark */
        buf_adds(b, "0,");
        put_round(b, (vchar - want) / vchar, 4);
    } else {
        put_round(b, (hchar - CHART_TICK_GAP) / hchar, 4);
        buf_adds(b, ",0");
    }
    buf_adds(b, " ");
    put_font(g, f, false);
    buf_printf(b, " textcolor rgb \"%s\" noenhanced\n", TEXT_RGB);
}

static void put_range(struct buf *b, const char *name, double lo, double hi)
{
    buf_printf(b, "set %s [", name);
    put_num(b, lo);
    buf_addc(b, ':');
    put_num(b, hi);
    buf_adds(b, "]\n");
}

/* ---- plot elements ---- */

static void next_elem(struct buf *b, int *nelem)
{
    buf_adds(b, *nelem ? ", \\\n     " : "plot ");
    (*nelem)++;
}

/* " lc <colour> notitle": the colour of a plot element that has no key entry */
static void put_lc(struct buf *b, unsigned col)
{
    buf_adds(b, " lc ");
    put_colour(b, col);
    buf_adds(b, " notitle");
}

/* A line panel's series: the line, then markers by kind: observed filled,
 * derived hollow (a white disc under a ring), conflicts ringed, curated
 * values in a diamond, ranges as a vertical stroke to value2. */
static void plot_line_series(struct gp *g, const struct panel *p, size_t si, int id, int *nelem)
{
    const struct chart *c = g->c;
    const struct chart_series *s = &p->series[si];
    struct buf *b = &g->b;
    struct marks m = count_marks(p, s);
    unsigned col = series_colour(si);
    double lw = lw_of(c), ps = ps_of(c, 1);
    if (m.observed + m.derived >= 2) {
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:2 with lines", id);
        put_lw(b, lw);
        put_lc(b, col);
    }
    if (m.range) {
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:($3 != $2 ? $2 : NaN):(0):($3 - $2) with vectors nohead", id);
        put_lw(b, lw);
        put_lc(b, col);
    }
    if (m.observed) {
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:($4 == 0 ? $2 : NaN) with points pt 7", id);
        put_ps(b, ps);
        put_lc(b, col);
    }
    if (m.derived) {
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:($4 == 1 ? $2 : NaN) with points pt 7", id);
        put_ps(b, ps);
        buf_adds(b, " lc rgb \"#FFFFFF\" notitle");
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:($4 == 1 ? $2 : NaN) with points pt 6", id);
        put_ps(b, ps);
        put_lw(b, lw * 0.75);
        put_lc(b, col);
    }
    if (m.conflict) {
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:($5 == 1 ? $2 : NaN) with points pt 6", id);
        put_ps(b, ps_of(c, 2));
        put_lw(b, lw * 0.5);
        put_lc(b, col);
    }
    if (m.curated) {
        next_elem(b, nelem);
        buf_printf(b, "$d%d using 1:($6 == 1 ? $2 : NaN) with points pt 12", id);
        put_ps(b, ps_of(c, 2.2));
        put_lw(b, lw * 0.5);
        put_lc(b, col);
    }
}

/* The smallest gap between distinct x positions of a panel (1 if none). */
static double smallest_gap(const struct panel *p)
{
    double gap = 0;
    for (size_t s = 0; s < p->nseries; s++)
        for (size_t i = 0; i < p->series[s].n; i++)
            for (size_t t = 0; t < p->nseries; t++)
                for (size_t k = 0; k < p->series[t].n; k++) {
                    double d = fabs(p->series[s].pts[i].x - p->series[t].pts[k].x);
                    if (d > 1e-9 && isfinite(d) && (gap == 0 || d < gap))
                        gap = d;
                }
    return gap > 0 ? gap : 1;
}

/* Growth: vertical bars of percent from zero (negative ones below it);
 * several series side by side; derived values as outlined bars. */
static void plot_growth_series(struct gp *g, const struct panel *p, size_t si, int id, double gap,
                               int *nelem)
{
    const struct chart_series *s = &p->series[si];
    struct buf *b = &g->b;
    struct marks m = count_marks(p, s);
    unsigned col = series_colour(si);
    double ns = (double)(p->nseries ? p->nseries : 1);
    double w = 0.7 * gap / ns;
    double off = ((double)si - (ns - 1) / 2) * w;
    for (int derived = 0; derived < 2; derived++) {
        if (derived ? !m.derived : !m.observed)
            continue;
        next_elem(b, nelem);
        buf_printf(b, "$d%d using ($1 + ", id);
        put_round(b, off, 6);
        buf_printf(b, "):($4 == %d ? $2 : NaN):(", derived);
        put_round(b, w * 0.9, 6);
        if (derived) {
            buf_adds(b, ") with boxes fs empty border");
            put_lw(b, lw_of(g->c) * 0.75);
        } else
            buf_adds(b, ") with boxes fs solid 1 noborder");
        put_lc(b, col);
    }
}

/* Bar: horizontal bars, one per point at its position on the y axis, from
 * zero (the axis' low end when it is logarithmic) to the value; derived
 * values outlined. */
static void plot_bar_series(struct gp *g, const struct panel *p, size_t si, int id, int *nelem)
{
    const struct chart_series *s = &p->series[si];
    struct buf *b = &g->b;
    struct marks m = count_marks(p, s);
    unsigned col = series_colour(si);
    double base = p->x.log ? p->x.lo : 0;
    for (int derived = 0; derived < 2; derived++) {
        if (derived ? !m.derived : !m.observed)
            continue;
        next_elem(b, nelem);
        buf_printf(b, "$d%d using ($4 == %d ? $2 : NaN):1:(", id, derived);
        put_num(b, base);
        buf_adds(b, "):2:($1 - 0.35):($1 + 0.35) with boxxyerror");
        if (derived) {
            buf_adds(b, " fs empty border");
            put_lw(b, lw_of(g->c) * 0.75);
        } else
            buf_adds(b, " fs solid 1 noborder");
        put_lc(b, col);
    }
}

static void put_margins(struct gp *g, const struct rect *r)
{
    const struct chart *c = g->c;
    struct buf *b = &g->b;
    buf_adds(b, "set lmargin at screen ");
    put_round(b, r->x / c->width, 5);
    buf_adds(b, "; set rmargin at screen ");
    put_round(b, (r->x + r->w) / c->width, 5);
    buf_adds(b, "\nset tmargin at screen ");
    put_round(b, 1 - r->y / c->height, 5);
    buf_adds(b, "; set bmargin at screen ");
    put_round(b, 1 - (r->y + r->h) / c->height, 5);
    buf_addc(b, '\n');
}

static void put_panel(struct gp *g, size_t pi, const int *ids)
{
    const struct chart *c = g->c;
    const struct panel *p = &c->panels[pi];
    struct buf *b = &g->b;
    bool bar = p->kind == CHART_BAR;

    buf_printf(b, "\n# ---- panel %zu: %s ----\n", pi + 1,
               bar ? "horizontal bars" : p->kind == CHART_GROWTH ? "growth bars" : "lines");
    if (pi > 0)
        buf_adds(b, "unset label; unset arrow; unset object\n");
    else
        put_chart_texts(g);
    put_panel_texts(g, p);
    put_margins(g, &p->plot);
    buf_adds(b, p->x.log ? "set logscale x 10\n" : "unset logscale x\n");
    buf_adds(b, p->y.log ? "set logscale y 10\n" : "unset logscale y\n");
    put_range(b, "xrange", p->x.lo, p->x.hi);
    put_range(b, "yrange", p->y.lo, p->y.hi);
    put_tics(g, "xtics", &p->x, true);
    put_tics(g, "ytics", &p->y, false);
    buf_printf(b, "set grid %s back lt 1 lc rgb \"%s\" lw 0.5\n",
               bar ? "xtics noytics" : "ytics noxtics", GRID_RGB);
    if (p->kind == CHART_GROWTH && p->y.lo < 0)
        buf_printf(b, "set xzeroaxis lt 1 lc rgb \"%s\" lw 0.6\n", AXIS_RGB);
    else
        buf_adds(b, "unset xzeroaxis\n");
    if (bar && !p->x.log && p->x.lo < 0)
        buf_printf(b, "set yzeroaxis lt 1 lc rgb \"%s\" lw 0.6\n", AXIS_RGB);
    else
        buf_adds(b, "unset yzeroaxis\n");

    int nelem = 0;
    double gap = p->kind == CHART_GROWTH ? smallest_gap(p) : 1;
    for (size_t si = 0; si < p->nseries; si++) {
        if (bar)
            plot_bar_series(g, p, si, ids[si], &nelem);
        else if (p->kind == CHART_GROWTH)
            plot_growth_series(g, p, si, ids[si], gap, &nelem);
        else
            plot_line_series(g, p, si, ids[si], &nelem);
    }
    if (nelem == 0) /* no data: still the frame, ticks and texts */
        buf_adds(b, "plot NaN notitle");
    buf_addc(b, '\n');
}

/* Rows and columns of a dashboard, from the distinct panel positions. */
static void grid_shape(const struct chart *c, size_t *rows, size_t *cols)
{
    size_t nr = 0, nc = 0;
    for (size_t i = 0; i < c->npanels; i++) {
        bool newr = true, newc = true;
        for (size_t j = 0; j < i; j++) {
            if (fabs(c->panels[j].box.y - c->panels[i].box.y) < 0.5)
                newr = false;
            if (fabs(c->panels[j].box.x - c->panels[i].box.x) < 0.5)
                newc = false;
        }
        nr += newr;
        nc += newc;
    }
    if (nc == 0)
        nc = 1;
    while (nr * nc < c->npanels)
        nr++;
    *rows = nr;
    *cols = nc;
}

/* The first family of the model's font list ("Noto Sans CJK SC, DejaVu
 * Sans" → "Noto Sans CJK SC"): gnuplot reads a font as "family,size" and
 * cannot take a list; fontconfig still falls back for missing glyphs. */
static void first_family(const char *list, char *out, size_t n)
{
    const char *p = list ? list : "";
    while (*p == ' ')
        p++;
    size_t len = strcspn(p, ",");
    while (len && p[len - 1] == ' ')
        len--;
    if (len == 0) {
        p = TEXT_FONT;
        len = strlen(p);
    }
    snprintf(out, n, "%.*s", (int)(len < n ? len : n - 1), p);
}

/* gnuplot gives some leading characters of a file name a meaning: "|cmd"
 * as an output pipes into a command, "<cmd" as a script runs one, "~"
 * means $HOME, "-" is an option or stdin.  A relative name that does not
 * start with a letter, digit, '.', '/' or '_' gets "./" in front, which
 * names the same file and means nothing else. */
static void safe_path(struct buf *b, const char *name)
{
    unsigned char c = (unsigned char)name[0];
    if (!(is_alnum(c) || c == '.' || c == '/' || c == '_' || c >= 0x80))
        buf_adds(b, "./");
    buf_adds(b, name);
}

static void put_terminal(struct gp *g, const char *output, bool pdf, double dpi)
{
    const struct chart *c = g->c;
    struct buf *b = &g->b;
    buf_adds(b, "# Written by cnstat: one chart, self-contained (its data inline).\n"
                "# Run it with: gnuplot THIS_FILE\n"
                "# Sizes are in points: fonts, line widths (lw), and markers (ps: 1 is\n"
                "# 6 points across).  ");
    if (pdf)
        buf_adds(b, "pdfcairo draws fonts at 2/3 and lines at 1/2 of that,\n"
                    "# so fontscale 0.75 and linewidth 2 set them right.  Its page size\n"
                    "# is a whole number of points.\n");
    else {
        buf_adds(b, "This PNG is at ");
        put_round(b, dpi, 3);
        buf_adds(b, " dpi (pixels = points x dpi/72):\n"
                    "# pngcairo draws fonts at 96 dpi and lines and markers at 72, so\n"
                    "# fontscale, linewidth and pointscale set that resolution.\n");
    }
    buf_adds(b, "reset\nset encoding utf8\n");
    struct buf font;
    buf_init(&font);
    buf_adds(&font, TERM_FONT ",");
    put_round(&font, g->f, 2);
    if (pdf) {
        /* pdfcairo cuts the page size to whole points: ask for the nearest
         * whole point, a hair above so that the cut keeps it */
        buf_adds(b, "set terminal pdfcairo size ");
        put_num(b, ceil(round(c->width) / 72 * 1e6) / 1e6);
        buf_adds(b, "in,");
        put_num(b, ceil(round(c->height) / 72 * 1e6) / 1e6);
        buf_adds(b, "in noenhanced color solid rounded font ");
        chart_gnuplot_quote(b, font.p, false);
        buf_adds(b, " fontscale 0.75 linewidth 2 pointscale 1\n");
    } else {
        double k = dpi / 72;
        long wpx = lround(c->width * k), hpx = lround(c->height * k);
        buf_printf(b, "set terminal pngcairo size %ld,%ld noenhanced color solid rounded font ", wpx,
                   hpx);
        chart_gnuplot_quote(b, font.p, false);
        buf_adds(b, " fontscale ");
        put_round(b, 0.75 * k, 5);
        buf_adds(b, " linewidth ");
        put_round(b, k, 5);
        buf_adds(b, " pointscale ");
        put_round(b, k, 5);
        buf_adds(b, " background rgb \"#FFFFFF\"\n");
    }
    buf_fini(&font);
    buf_adds(b, "set termoption noenhanced\nset output ");
    struct buf name;
    buf_init(&name);
    safe_path(&name, output);
    chart_gnuplot_quote(b, name.p, false);
    buf_fini(&name);
    buf_adds(b, "\n\n");
}

static enum cns_rc build(struct gp *g, const char *output, double dpi, struct cns_err *e)
{
    const struct chart *c = g->c;
    struct buf *b = &g->b;
    bool pdf = has_suffix_ci(output, ".pdf");

    if (!(c->width > 0 && c->height > 0 && isfinite(c->width) && isfinite(c->height)))
        return cns_fail(e, CNS_EUSAGE, NULL, 0, "gnuplot: the chart has no page size (lay it out first)");
    {
        struct buf t;
        buf_init(&t);
        bool exact = chart_gnuplot_quote(&t, output, false);
        buf_fini(&t);
        if (!exact || !output[0])
            return cns_fail(e, CNS_EUSAGE, output, 0,
                            "gnuplot: the output name is empty or has a control character, a "
                            "backquote or invalid UTF-8");
    }
    for (size_t pi = 0; pi < c->npanels; pi++) {
        const struct panel *p = &c->panels[pi];
        const struct axis *ax[2] = {&p->x, &p->y};
        for (int i = 0; i < 2; i++)
            if (!(isfinite(ax[i]->lo) && isfinite(ax[i]->hi) && ax[i]->lo < ax[i]->hi) ||
                (ax[i]->log && !(ax[i]->lo > 0)))
                return cns_fail(e, CNS_EDATA, NULL, 0, "gnuplot: panel %zu has no valid %s range%s",
                                pi + 1, i ? "y" : "x", ax[i]->log ? " (log scale needs positive values)" : "");
    }
    if (!(dpi > 0 && isfinite(dpi)))
        dpi = CHART_GNUPLOT_DPI;
    g->f = c->style.font_pt > 0 ? c->style.font_pt : 9;
    first_family(c->style.font, g->family, sizeof g->family);

    put_terminal(g, output, pdf, dpi);

    /* The data first, all of it, where a user finds it. */
    size_t total = 0;
    for (size_t pi = 0; pi < c->npanels; pi++)
        total += c->panels[pi].nseries;
    int *ids = xcalloc(total ? total : 1, sizeof *ids);
    size_t k = 0;
    for (size_t pi = 0; pi < c->npanels; pi++)
        for (size_t si = 0; si < c->panels[pi].nseries; si++, k++)
            ids[k] = put_datablock(g, &c->panels[pi], &c->panels[pi].series[si]);

    buf_printf(b, "\nunset key\nunset mxtics; unset mytics\n"
                  "set border 3 back lt 1 lw 0.6 lc rgb \"%s\"\n"
                  "set style fill solid 1 noborder\n",
               AXIS_RGB);
    if (c->npanels > 1) {
        size_t rows, cols;
        grid_shape(c, &rows, &cols);
        buf_printf(b, "set multiplot layout %zu,%zu\n", rows, cols);
    }
    k = 0;
    for (size_t pi = 0; pi < c->npanels; pi++) {
        put_panel(g, pi, ids + k);
        k += c->panels[pi].nseries;
    }
    if (c->npanels == 0) { /* texts only */
        put_chart_texts(g);
        buf_adds(b, "unset border; unset tics\nplot [0:1][0:1] NaN notitle\n");
    }
    if (c->npanels > 1)
        buf_adds(b, "unset multiplot\n");
    buf_adds(b, "unset output\n");
    free(ids);
    return CNS_OK;
}

enum cns_rc chart_gnuplot_write(const struct chart *c, const char *output, double dpi, FILE *out,
                                struct cns_err *e)
{
    struct gp g = {.c = c};
    buf_init(&g.b);
    enum cns_rc rc = build(&g, output ? output : "", dpi, e);
    if (rc == CNS_OK && (fwrite(g.b.p, 1, g.b.len, out) != g.b.len || fflush(out) != 0 || ferror(out)))
        rc = cns_fail(e, CNS_EDATA, NULL, 0, "gnuplot script: write error: %s", strerror(errno));
    buf_fini(&g.b);
    return rc;
}

/* ---- running gnuplot ----------------------------------------------------- */

/* The line of gnuplot's stderr that says what went wrong: the first one
 * naming a script line ("FILE" line N: ...), else the first non-blank. */
static void first_error_line(const char *s, char *out, size_t n)
{
    const char *pick = NULL, *p = s;
    size_t picklen = 0;
    while (*p) {
        const char *q = strchr(p, '\n');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        bool blank = true;
        for (size_t i = 0; i < len; i++)
            if (!is_space((unsigned char)p[i]) && p[i] != '^')
                blank = false;
        if (!blank) {
            bool located = false;
            for (size_t i = 0; i + 6 < len; i++)
                if (memcmp(p + i, "\" line ", 7) == 0)
                    located = true;
            if (located || !pick) {
                pick = p;
                picklen = len;
            }
            if (located)
                break;
        }
        if (!q)
            break;
        p = q + 1;
    }
    if (!pick) {
        snprintf(out, n, "no message");
        return;
    }
    while (picklen && is_space((unsigned char)pick[picklen - 1]))
        picklen--;
    while (picklen && is_space((unsigned char)*pick)) {
        pick++;
        picklen--;
    }
    snprintf(out, n, "%.*s", (int)(picklen < 300 ? picklen : 300), pick);
}

enum cns_rc chart_gnuplot_run(const char *script_path, struct buf *diag, struct cns_err *e)
{
    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) != 0)
        return cns_fail(e, CNS_EDATA, script_path, 0, "cannot run gnuplot: %s", strerror(errno));
    /* "-x" would be an option, "<cmd" a command to run: see safe_path */
    struct buf path;
    buf_init(&path);
    safe_path(&path, script_path);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, pfd[1], 2);
    char *argv[] = {"gnuplot", "-d", path.p, NULL};
    /* the script is UTF-8: run gnuplot in a UTF-8 locale, whatever ours is,
     * or it warns that it cannot convert its own degree sign */
    size_t ne = 0;
    while (environ[ne])
        ne++;
    char **env = xcalloc(ne + 2, sizeof *env);
    size_t k = 0;
    for (size_t i = 0; i < ne; i++)
        if (strncmp(environ[i], "LC_ALL=", 7) != 0)
            env[k++] = environ[i];
    env[k++] = (char *)"LC_ALL=C.UTF-8";
    env[k] = NULL;
    pid_t pid;
    int err = posix_spawnp(&pid, "gnuplot", &fa, NULL, argv, env);
    free(env);
    posix_spawn_file_actions_destroy(&fa);
    close(pfd[1]);
    if (err != 0) {
        close(pfd[0]);
        buf_fini(&path);
        if (err == ENOENT)
            return cns_fail(e, CNS_EDATA, script_path, 0,
                            "gnuplot not found: install gnuplot-nox, or open the .gp file yourself");
        return cns_fail(e, CNS_EDATA, script_path, 0, "cannot run gnuplot: %s", strerror(err));
    }

    struct buf errs;
    buf_init(&errs);
    char chunk[4096];
    for (;;) {
        ssize_t r = read(pfd[0], chunk, sizeof chunk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        if (errs.len < 65536)
            buf_add(&errs, chunk, (size_t)r);
    }
    close(pfd[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            status = -1;
            break;
        }
    }
    buf_fini(&path);

    enum cns_rc rc = CNS_OK;
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        char line[320];
        first_error_line(errs.p ? errs.p : "", line, sizeof line);
        if (status != -1 && WIFSIGNALED(status))
            rc = cns_fail(e, CNS_EDATA, script_path, 0, "gnuplot killed by signal %d: %s",
                          WTERMSIG(status), line);
        else
            rc = cns_fail(e, CNS_EDATA, script_path, 0, "gnuplot failed (exit status %d): %s",
                          status == -1 ? -1 : WEXITSTATUS(status), line);
    }
    if (diag && errs.len)
        buf_add(diag, errs.p, errs.len);
    buf_fini(&errs);
    return rc;
}

enum cns_rc chart_gnuplot_render(const char *script_path, struct cns_err *e)
{
    return chart_gnuplot_run(script_path, NULL, e);
}
