/* chart.h — the backend-free chart model: what is drawn where, computed
 * without rendering, so tests can check scales, ticks and layout, and the
 * cairo and gnuplot backends draw the same chart.
 *
 * All lengths are in points (1/72 in).  Text widths are estimated from the
 * font size (chart_text_width), the same for every backend, so layouts are
 * deterministic.  A struct chart owns everything it holds (chart_free).
 *
 * Where text goes (the backends follow this; f = style.font_pt):
 * - header: the title (title_pt, bold) on a line of CHART_LINE_EM x title_pt
 *   from header.y, then the subtitle (f) on a line of CHART_LINE_EM x f;
 *   both left-aligned at header.x.
 * - panel.box holds everything of a panel: for dashboards its title (f,
 *   bold) on the first line of CHART_LINE_EM x f from box.y; the y axis
 *   title rotated a quarter turn anticlockwise against box.x, centred on
 *   the plot's height; the x axis title centred under the plot, its line
 *   ending at box.y + box.h.
 * - y tick labels right-aligned CHART_TICK_LEN + CHART_TICK_GAP left of
 *   plot.x, centred on their tick; x tick labels centred on their tick,
 *   their top CHART_TICK_LEN + CHART_TICK_GAP below the plot.  Tick marks
 *   point outwards, CHART_TICK_LEN long.
 * - legend entries: chart_legend_entry().  footer: the footnote at
 *   CHART_FOOT_EM x f, wrapped to footer.w, lines of CHART_LINE_EM.
 * - BAR charts are horizontal: panel.x is the value axis and panel.y the
 *   categories; a point's x is its bar's position on the y axis (the
 *   largest value on top, at n-1) and its y the value.  See chart.c. */
#ifndef CNS_CHART_H
#define CNS_CHART_H

#include <stdbool.h>
#include <stddef.h>

/* Geometry shared with the backends. */
#define CHART_TICK_LEN 3.0 /* tick marks, points */
#define CHART_TICK_GAP 2.0 /* between a tick mark and its label, points */
#define CHART_LINE_EM 1.25 /* a line of text: 1.25 x its size */
#define CHART_FOOT_EM 0.85 /* footnote size: 0.85 x font_pt */

enum chart_kind { CHART_LINE, CHART_BAR, CHART_GROWTH, CHART_DASHBOARD };

enum {
    CP_DERIVED = 1u << 0,  /* drawn hollow */
    CP_CONFLICT = 1u << 1, /* ringed */
    CP_CURATED = 1u << 2,  /* a small diamond */
    CP_OUTLIER = 1u << 3,
    CP_RANGE = 1u << 4,
};

struct chart_point {
    double x;       /* fractional year (line, growth) or 0..n-1 (bar) */
    double y;       /* the value, in the series' unit */
    double y2;      /* upper bound when CP_RANGE, else = y */
    unsigned flags; /* CP_* */
    char *label;    /* period, or the bar's category */
};

struct chart_series {
    char *name;  /* entity or indicator: the legend text */
    char *unit;  /* "people", "USD", "percent", ... */
    struct chart_point *pts;
    size_t n;
};

struct tick {
    double v;        /* in data units (for a log axis: the value, not its log) */
    char label[32];  /* "2011", "500M", "1.5B", "10%", "1e6" */
};

struct axis {
    double lo, hi;   /* the range shown (data units) */
    bool log;        /* base-10 logarithmic */
    bool years;      /* values are years: whole-year ticks, no separators */
    bool months;     /* ... spanning less than two years, with some months or
                      * days among them: ticks on months ("Mar 2014") */
    bool category;   /* bar charts: one tick per category */
    struct tick ticks[40];
    size_t nticks;
    char title[160]; /* "people", "USD (converted)", "percent per year" */
};

struct rect {
    double x, y, w, h; /* top-left origin, y grows downwards */
};

/* One panel: a plot area with its axes and series (a dashboard has several). */
struct panel {
    enum chart_kind kind; /* CHART_LINE, CHART_BAR or CHART_GROWTH */
    char title[160];      /* panel title (dashboards) */
    struct axis x, y;
    struct rect plot;     /* the plotting area */
    struct chart_series *series;
    size_t nseries;
    struct rect box;      /* the panel's cell: title, axis titles, tick
                           * labels and plot (set by chart_layout) */
    size_t title_cut;     /* where a title too wide for its cell goes on
                           * on a second line, 0 if it takes one (set by
                           * chart_layout) */
};

struct chart_style {
    double font_pt;      /* base text size */
    double title_pt;
    double line_pt;      /* series line width */
    double marker_pt;    /* marker diameter */
    const char *font;    /* family, e.g. "Noto Sans CJK SC, DejaVu Sans" */
};

struct chart {
    enum chart_kind kind;
    double width, height; /* page size in points */
    char title[200], subtitle[200], footnote[600];
    bool show_title;
    bool show_legend;
    struct chart_style style;
    struct panel *panels;
    size_t npanels;
    struct rect legend; /* where the legend goes (w = 0: none) */
    struct rect footer; /* the footnote's box */
    struct rect header; /* title and subtitle (h = 0: none) */
    size_t legend_cols; /* legend entries per row (1 at the right) */
};

/* The Okabe-Ito palette (colour-blind safe), as 0xRRGGBB. */
extern const unsigned chart_palette[8];

/* Estimated width of text at size pt (UTF-8 aware; CJK counts double). */
double chart_text_width(const char *text, double pt);

/* Ticks for [lo, hi]: Talbot, Lin & Hanrahan's extended Wilkinson search
 * (simplicity, coverage, density, legibility), aiming at about m ticks.
 * Writes the chosen ticks' values and returns their count (<= max); the
 * range may be widened to the outer ticks (*lo, *hi updated). */
size_t chart_ticks_linear(double *lo, double *hi, int m, double *out, size_t max);
/* Decade ticks for a log axis over [lo, hi] (lo > 0): powers of ten, and
 * 2 and 5 between them when there are few decades. */
size_t chart_ticks_log(double *lo, double *hi, double *out, size_t max);

/* Short labels: 500M, 1.5B, 5.4T, 12K, 0.25; percent "12%"; years "2011".
 * step is the tick spacing, so labels show just enough decimals. */
void chart_label_value(double v, double step, char *out, size_t n);
void chart_label_year(double v, char *out, size_t n);

/* Choose scales, ticks and layout for a chart whose panels' series are
 * filled in: axis ranges from the data (log chosen automatically when a
 * panel's positive values span more than three decades, unless forced),
 * ticks, and every box.  force: 0 auto, 1 log, -1 linear.
 *
 * Sets style defaults where zero (9 pt text, 120 x 75 mm page), show_legend
 * (2+ series in a one-panel chart), each panel's kind (= c->kind unless a
 * dashboard), axis titles left empty by the caller, and reorders a bar
 * chart's points (largest first).  Returns 0, or 1 + the index of the first
 * panel whose value axis cannot be logarithmic because log was forced and
 * the panel has a value <= 0: that axis is left with log = true,
 * nticks = 0 and lo = hi = 0, and the chart must not be drawn (the caller
 * reports "log scale needs positive values"). */
int chart_layout(struct chart *c, int force_log);

/* Legend entry i (0 ..  series of panel 0): the box for its line and marker
 * sample, and the box its name starts in (left-aligned, centred
 * vertically).  Only meaningful when c->show_legend. */
void chart_legend_entry(const struct chart *c, size_t i, struct rect *swatch, struct rect *text);

/* Where v falls on the axis: 0 at lo, 1 at hi (log10 scale when a->log). */
double chart_axis_frac(const struct axis *a, double v);

/* Free everything c holds (series with their names, units and point
 * labels; panels) and zero *c; c itself is not freed.  NULL is a no-op. */
void chart_free(struct chart *c);

#endif
