/* cmd_plot.c — cnstat plot INDICATOR... [options] -o FILE...  and
 * cnstat plot --batch FILE: charts from the consolidated series.  Builds
 * the chart model (chart.h), lays it out, and hands it to the cairo
 * backend (.png .pdf .svg) or the gnuplot backend (.gp). */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include "chart.h"
#include "chart_cairo.h"
#include "chart_gnuplot.h"
#include "cmds.h"
#include "num.h"
#include "query.h"
#include "rules.h"
#include "stats.h"
#include "util.h"

static void plot_usage(FILE *out)
{
    fputs("usage: cnstat plot INDICATOR... [options] -o FILE [-o FILE...]\n"
          "       cnstat plot --batch FILE\n"
          "Draw a chart; the format comes from each FILE's suffix: .png .pdf .svg (cairo)\n"
          "or .gp (a gnuplot script: x.gp draws x.png, x.pdf.gp draws x.pdf; --render\n"
          "runs gnuplot on it).  CNSTAT_TIMING=1 prints PNG drawing and encoding times;\n"
          "CNSTAT_JOBS=N sets how many threads write the files (default: one per processor).\n\n"
          "  -o, --output FILE   where to write (repeat for several formats of one drawing)\n"
          "  --kind K            auto (default), line, bar, growth or dashboard\n"
          "  --entity E          only entities whose name contains E\n"
          "  --from Y, --to Y    the years shown\n"
          "  --title T           the title (default: the indicator's label)\n"
          "  --no-title          no title and subtitle\n"
          "  --log, --linear     force the value axis (default: log when values span > 3 decades)\n"
          "  --size WxH[mm|in|pt|px]  page size (default 160x100mm)\n"
          "  --dpi N             PNG resolution (default 144: crisp at 2x on screens)\n"
          "  --currency CUR      convert money series with DATA/fx.csv\n"
          "  --render            with .gp: run gnuplot on the script\n"
          "  --data DIR          where series/ lives (default data)\n"
          "  --batch FILE        many charts in one process: each line of FILE holds the\n"
          "                      arguments of one 'cnstat plot' ('#' starts a comment)\n",
          out);
}

struct plot_req {
    const char **ind;
    size_t nind;
    const char **out;
    size_t nout;
    enum chart_kind kind;
    bool kind_auto;
    const char *entity, *title, *currency;
    bool no_title, render;
    int force_log;
    double from, to;
    double width, height, dpi;
};

static bool parse_size(const char *s, double dpi, double *w, double *h)
{
    const char *x = strchr(s, 'x');
    if (!x)
        return false;
    const char *u = x + 1;
    while (*u && (is_digit((unsigned char)*u) || *u == '.'))
        u++;
    double a, b;
    if (!num_parse(s, (size_t)(x - s), &a) || !num_parse(x + 1, (size_t)(u - x - 1), &b) || a <= 0 || b <= 0)
        return false;
    double k;
    if (strcmp(u, "mm") == 0 || *u == '\0')
        k = 72 / 25.4;
    else if (strcmp(u, "in") == 0)
        k = 72;
    else if (strcmp(u, "pt") == 0)
        k = 1;
    else if (strcmp(u, "px") == 0)
        k = 72 / dpi;
    else
        return false;
    *w = a * k;
    *h = b * k;
    return *w >= 72 && *h >= 72 && *w <= 72 * 60 && *h <= 72 * 60;
}

/* ---- data → chart ----------------------------------------------------------- */

static unsigned cp_flags(unsigned sf)
{
    return (sf & SF_DERIVED ? CP_DERIVED : 0) | (sf & SF_CONFLICT ? CP_CONFLICT : 0) |
           (sf & SF_CURATED ? CP_CURATED : 0) | (sf & SF_OUTLIER ? CP_OUTLIER : 0) | (sf & SF_RANGE ? CP_RANGE : 0);
}

static void add_point(struct chart_series *s, double x, double y, unsigned flags, const char *label)
{
    s->pts = xrealloc(s->pts, (s->n + 1) * sizeof *s->pts);
    s->pts[s->n++] = (struct chart_point){x, y, y, flags, xstrdup(label)};
}

static struct chart_series *add_series(struct panel *p, const char *name, const char *unit)
{
    p->series = xrealloc(p->series, (p->nseries + 1) * sizeof *p->series);
    struct chart_series *s = &p->series[p->nseries++];
    memset(s, 0, sizeof *s);
    s->name = xstrdup(name);
    s->unit = xstrdup(unit);
    return s;
}

/* Note each distinct document behind the rows (the part of "file:line"). */
static void note_sources(char ***src, size_t *n, const char *files)
{
    const char *p = files;
    while (*p) {
        while (*p == ' ' || *p == ';')
            p++;
        const char *e = p;
        while (*e && *e != ':' && *e != ';')
            e++;
        if (e > p) {
            bool seen = false;
            for (size_t i = 0; i < *n && !seen; i++)
                seen = strlen((*src)[i]) == (size_t)(e - p) && strncmp((*src)[i], p, (size_t)(e - p)) == 0;
            if (!seen) {
                *src = xrealloc(*src, (*n + 1) * sizeof **src);
                (*src)[(*n)++] = xstrndup(p, (size_t)(e - p));
            }
        }
        while (*e && *e != ';')
            e++;
        p = e;
    }
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *label_of(const struct rules *r, const char *id)
{
    const struct rule *ru = r ? rules_find(r, id) : NULL;
    return ru ? ru->label : id;
}

struct bar {
    double v;
    const struct obs *o;
};

/* Fill panel p for one indicator; returns the number of points. */
static size_t fill_panel(struct panel *p, const struct store *s, const char *id, const struct plot_req *rq,
                         enum chart_kind kind, char ***src, size_t *nsrc, char *unit, size_t unit_n)
{
    size_t *ix;
    size_t n = query_rows(s, id, rq->entity, &ix), total = 0;
    p->kind = kind;
    if (kind == CHART_LINE || kind == CHART_GROWTH) {
        size_t e0 = 0;
        while (e0 < n && p->nseries < 8) {
            size_t e1 = e0;
            while (e1 < n && strcmp(s->v[ix[e1]].entity, s->v[ix[e0]].entity) == 0)
                e1++;
            struct point *pt = xmalloc((e1 - e0) * sizeof *pt);
            const struct obs **ob = xmalloc((e1 - e0) * sizeof *ob);
            size_t m = 0;
            for (size_t k = e0; k < e1; k++) {
                const struct obs *o = &s->v[ix[k]];
                if (isnan(o->t) || o->t < rq->from || o->t >= rq->to)
                    continue;
                if (unit[0] && strcmp(unit, o->unit) != 0)
                    continue; /* one unit per chart: the first one seen */
                if (!unit[0])
                    snprintf(unit, unit_n, "%s", o->unit);
                pt[m] = (struct point){o->t, o->value};
                ob[m++] = o;
            }
            if (kind == CHART_LINE && m >= 1) {
                struct chart_series *cs = add_series(p, s->v[ix[e0]].entity, unit);
                for (size_t k = 0; k < m; k++) {
                    add_point(cs, pt[k].t, pt[k].v, cp_flags(ob[k]->flags), ob[k]->period);
                    note_sources(src, nsrc, ob[k]->files);
                }
                total += m;
            } else if (kind == CHART_GROWTH && m >= 2) {
                struct step *st = xmalloc(m * sizeof *st);
                size_t ns = stats_steps(pt, m, st);
                struct chart_series *cs = add_series(p, s->v[ix[e0]].entity, "percent per year");
                for (size_t k = 0; k < ns; k++)
                    if (st[k].has_pct) {
                        add_point(cs, st[k].t1, st[k].annual_pct, 0, ob[k + 1]->period);
                        total++;
                    }
                for (size_t k = 0; k < m; k++)
                    note_sources(src, nsrc, ob[k]->files);
                free(st);
            }
            free(pt);
            free(ob);
            e0 = e1;
        }
    } else { /* bars: the latest value of each entity, largest first */
        struct chart_series *cs = add_series(p, id, "");
        size_t e0 = 0;
        struct bar *bars = xmalloc((n ? n : 1) * sizeof *bars);
        size_t nb = 0;
        while (e0 < n) {
            size_t e1 = e0;
            while (e1 < n && strcmp(s->v[ix[e1]].entity, s->v[ix[e0]].entity) == 0)
                e1++;
            const struct obs *last = NULL;
            for (size_t k = e0; k < e1; k++) {
                const struct obs *o = &s->v[ix[k]];
                if (!isnan(o->t) && (o->t < rq->from || o->t >= rq->to))
                    continue;
                if (unit[0] && strcmp(unit, o->unit) != 0)
                    continue;
                if (!unit[0])
                    snprintf(unit, unit_n, "%s", o->unit);
                last = o;
            }
            if (last)
                bars[nb++] = (struct bar){last->value, last};
            e0 = e1;
        }
        /* largest first; ties by entity */
        for (size_t a = 1; a < nb; a++)
            for (size_t b = a; b > 0 && (bars[b].v > bars[b - 1].v ||
                                         (bars[b].v == bars[b - 1].v &&
                                          strcmp(bars[b].o->entity, bars[b - 1].o->entity) < 0));
                 b--) {
                struct bar tmp = bars[b];
                bars[b] = bars[b - 1];
                bars[b - 1] = tmp;
            }
        if (nb > 20)
            nb = 20;
        for (size_t k = 0; k < nb; k++) {
            char lab[300];
            snprintf(lab, sizeof lab, "%s (%s)", bars[k].o->entity, bars[k].o->period[0] ? bars[k].o->period : "undated");
            add_point(cs, (double)k, bars[k].v, cp_flags(bars[k].o->flags), lab);
            note_sources(src, nsrc, bars[k].o->files);
        }
        free(cs->unit);
        cs->unit = xstrdup(unit);
        total = nb;
        free(bars);
    }
    free(ix);
    return total;
}

/* Is there an entity with two dated values (then a line chart is the default)? */
static bool has_time_series(const struct store *s, const char *id, const char *entity)
{
    size_t *ix;
    size_t n = query_rows(s, id, entity, &ix);
    bool yes = false;
    for (size_t i = 1; i < n && !yes; i++)
        yes = strcmp(s->v[ix[i]].entity, s->v[ix[i - 1]].entity) == 0 && !isnan(s->v[ix[i]].t) &&
              !isnan(s->v[ix[i - 1]].t) && s->v[ix[i]].t != s->v[ix[i - 1]].t;
    free(ix);
    return yes;
}

static int build(struct chart *c, const struct store *s, const struct rules *r, const struct plot_req *rq,
                 const char *conv)
{
    memset(c, 0, sizeof *c);
    c->width = rq->width;
    c->height = rq->height;
    c->show_title = !rq->no_title;
    c->style = (struct chart_style){8.5, 11.5, 1.6, 4.6, "DejaVu Sans, Noto Sans CJK SC"};
    char **src = NULL;
    size_t nsrc = 0;
    char unit[64] = "";
    enum chart_kind kind = rq->kind;
    if (rq->kind_auto)
        kind = rq->nind > 1 ? CHART_LINE : has_time_series(s, rq->ind[0], rq->entity) ? CHART_LINE : CHART_BAR;
    c->kind = kind;
    if (kind == CHART_DASHBOARD) {
        c->npanels = rq->nind;
        c->panels = xcalloc(rq->nind, sizeof *c->panels);
        for (size_t i = 0; i < rq->nind; i++) {
            char u[64] = "";
            enum chart_kind k = has_time_series(s, rq->ind[i], rq->entity) ? CHART_LINE : CHART_BAR;
            /* a small panel has no legend: one series each, the entity with
             * the most dated values (or the one asked for) */
            struct plot_req one = *rq;
            char best[200] = "";
            if (!rq->entity && k == CHART_LINE) {
                size_t *ix;
                size_t n = query_rows(s, rq->ind[i], NULL, &ix), most = 0;
                for (size_t a = 0; a < n;) {
                    size_t b = a, dated = 0;
                    while (b < n && strcmp(s->v[ix[b]].entity, s->v[ix[a]].entity) == 0)
                        dated += !isnan(s->v[ix[b++]].t);
                    if (dated > most) {
                        most = dated;
                        snprintf(best, sizeof best, "%s", s->v[ix[a]].entity);
                    }
                    a = b;
                }
                free(ix);
                if (best[0])
                    one.entity = best;
            }
            fill_panel(&c->panels[i], s, rq->ind[i], &one, k, &src, &nsrc, u, sizeof u);
            if (best[0] && strcmp(best, "China") != 0)
                snprintf(c->panels[i].title, sizeof c->panels[i].title, "%s: %s", label_of(r, rq->ind[i]), best);
            if (!c->panels[i].title[0])
                snprintf(c->panels[i].title, sizeof c->panels[i].title, "%s", label_of(r, rq->ind[i]));
            struct axis *va = k == CHART_BAR ? &c->panels[i].x : &c->panels[i].y;
            snprintf(va->title, sizeof va->title, "%s", u);
        }
        snprintf(c->title, sizeof c->title, "%s", rq->title ? rq->title : "China's internet in numbers");
    } else {
        c->npanels = 1;
        c->panels = xcalloc(1, sizeof *c->panels);
        struct panel *p = &c->panels[0];
        if (rq->nind == 1) {
            fill_panel(p, s, rq->ind[0], rq, kind, &src, &nsrc, unit, sizeof unit);
        } else {
            /* several indicators on one line chart: one series each, one entity */
            struct panel tmp;
            for (size_t i = 0; i < rq->nind; i++) {
                memset(&tmp, 0, sizeof tmp);
                struct plot_req one = *rq;
                one.entity = rq->entity ? rq->entity : "China";
                fill_panel(&tmp, s, rq->ind[i], &one, CHART_LINE, &src, &nsrc, unit, sizeof unit);
                for (size_t k = 0; k < tmp.nseries; k++) {
                    free(tmp.series[k].name);
                    tmp.series[k].name = xstrdup(label_of(r, rq->ind[i]));
                    p->series = xrealloc(p->series, (p->nseries + 1) * sizeof *p->series);
                    p->series[p->nseries++] = tmp.series[k];
                    break; /* the first entity matching */
                }
                for (size_t k = 1; k < tmp.nseries; k++) {
                    free(tmp.series[k].name);
                    free(tmp.series[k].unit);
                    for (size_t j = 0; j < tmp.series[k].n; j++)
                        free(tmp.series[k].pts[j].label);
                    free(tmp.series[k].pts);
                }
                free(tmp.series);
            }
            p->kind = CHART_LINE;
        }
        const char *axis_unit = kind == CHART_GROWTH ? "percent per year" : unit;
        struct axis *va = kind == CHART_BAR ? &p->x : &p->y;
        snprintf(va->title, sizeof va->title, "%s%s", axis_unit, conv ? " (converted)" : "");
        if (rq->title)
            snprintf(c->title, sizeof c->title, "%s", rq->title);
        else if (rq->nind == 1)
            snprintf(c->title, sizeof c->title, "%s%s", label_of(r, rq->ind[0]),
                     kind == CHART_GROWTH ? ": annual growth" : "");
        else
            snprintf(c->title, sizeof c->title, "%s", "Indicators compared");
        /* subtitle: unit and span */
        double lo = INFINITY, hi = -INFINITY;
        for (size_t i = 0; i < p->nseries; i++)
            for (size_t k = 0; k < p->series[i].n; k++) {
                if (kind == CHART_BAR)
                    continue;
                lo = fmin(lo, p->series[i].pts[k].x);
                hi = fmax(hi, p->series[i].pts[k].x);
            }
        if (isfinite(lo) && floor(lo) == floor(hi)) /* one year: "CNY, 2014", not "2014–2014" */
            snprintf(c->subtitle, sizeof c->subtitle, "%s, %d%s", axis_unit, (int)floor(lo),
                     conv ? "; money converted at annual average rates" : "");
        else if (isfinite(lo))
            snprintf(c->subtitle, sizeof c->subtitle, "%s, %d\xE2\x80\x93%d%s", axis_unit, (int)floor(lo),
                     (int)floor(hi), conv ? "; money converted at annual average rates" : "");
        else
            snprintf(c->subtitle, sizeof c->subtitle, "%s%s", axis_unit,
                     kind == CHART_BAR ? ", latest value of each" : "");
    }
    c->show_legend = true;
    qsort(src, nsrc, sizeof *src, str_cmp);
    struct buf fn;
    buf_init(&fn);
    /* what the markers mean, for the kinds present */
    unsigned seen = 0;
    bool lines = false;
    for (size_t i = 0; i < c->npanels; i++)
        for (size_t k = 0; k < c->panels[i].nseries; k++) {
            lines |= c->panels[i].kind == CHART_LINE || (c->kind == CHART_DASHBOARD && kind == CHART_DASHBOARD);
            for (size_t j = 0; j < c->panels[i].series[k].n; j++)
                seen |= c->panels[i].series[k].pts[j].flags;
        }
    if (lines && kind != CHART_GROWTH && kind != CHART_BAR) {
        buf_adds(&fn, "\xE2\x97\x8F observed");
        if (seen & CP_DERIVED)
            buf_adds(&fn, ", \xE2\x97\x8B derived from a stated change");
        if (seen & (CP_CONFLICT | CP_OUTLIER))
            buf_adds(&fn, ", ringed: sources disagree or an outlier");
        if (seen & CP_CURATED)
            buf_adds(&fn, ", \xE2\x97\x86 curated by hand");
        buf_adds(&fn, ". ");
    }
    buf_adds(&fn, "Sources: ");
    for (size_t i = 0; i < nsrc; i++) {
        buf_printf(&fn, "%s%s", i ? ", " : "", src[i]);
        free(src[i]);
    }
    free(src);
    buf_adds(&fn, ". Chart: cnstat.");
    snprintf(c->footnote, sizeof c->footnote, "%s", fn.p);
    buf_fini(&fn);
    size_t pts = 0;
    for (size_t i = 0; i < c->npanels; i++)
        for (size_t k = 0; k < c->panels[i].nseries; k++)
            pts += c->panels[i].series[k].n;
    return pts > 0 ? 0 : 1;
}

/* ---- one plot ---------------------------------------------------------------------- */

struct ctx {
    const char *data;
    struct store s;
    bool loaded;
    struct rules *r;
    char **ids; /* the indicators read into s */
    size_t nids;
};

/* One file to write: a chart of the plan in one format. */
struct job {
    size_t chart;
    char *out;
    double dpi;
    bool render; /* .gp: also run gnuplot on it */
    long line;   /* of the batch file (0: the command line) */
};

/* Charts built and laid out, and the files to draw them to. */
struct plan {
    struct chart *charts;
    size_t ncharts;
    struct job *jobs;
    size_t njobs;
};

static void plan_fini(struct plan *pl)
{
    for (size_t i = 0; i < pl->ncharts; i++)
        chart_free(&pl->charts[i]);
    for (size_t i = 0; i < pl->njobs; i++)
        free(pl->jobs[i].out);
    free(pl->charts);
    free(pl->jobs);
    memset(pl, 0, sizeof *pl);
}

static enum cns_rc write_gp(const struct chart *ch, const struct job *j, struct cns_err *e)
{
    const char *dot = strrchr(j->out, '.');
    struct buf target, tmp;
    buf_init(&target);
    buf_init(&tmp);
    /* x.gp draws x.png; x.pdf.gp draws x.pdf */
    size_t stem = (size_t)(dot - j->out);
    if (stem > 4 && (strncmp(j->out + stem - 4, ".pdf", 4) == 0 || strncmp(j->out + stem - 4, ".png", 4) == 0))
        buf_printf(&target, "%.*s", (int)stem, j->out);
    else
        buf_printf(&target, "%.*s.png", (int)stem, j->out);
    static atomic_ulong seq;
    bool direct; /* /dev/stdout: in place */
    char *out = path_output(j->out, &direct);
    if (direct)
        buf_adds(&tmp, out);
    else
        buf_printf(&tmp, "%s.tmp.%ld.%lu", out, (long)getpid(), atomic_fetch_add(&seq, 1));
    enum cns_rc rc;
    FILE *f = fopen(tmp.p, "wb");
    if (!f) {
        rc = cns_fail(e, CNS_EDATA, j->out, 0, "cannot write: %s", strerror(errno));
    } else {
        rc = chart_gnuplot_write(ch, target.p, j->dpi, f, e);
        if (fclose(f) != 0 && rc == CNS_OK)
            rc = cns_fail(e, CNS_EDATA, j->out, 0, "cannot write");
        if (rc == CNS_OK && !direct && rename(tmp.p, out) != 0)
            rc = cns_fail(e, CNS_EDATA, j->out, 0, "cannot write: %s", strerror(errno));
        if (rc != CNS_OK && !direct)
            remove(tmp.p);
    }
    if (rc == CNS_OK && j->render)
        rc = chart_gnuplot_render(j->out, e);
    free(out);
    buf_fini(&target);
    buf_fini(&tmp);
    return rc;
}

static double t_start; /* when cmd_plot began, for CNSTAT_TIMING */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static enum cns_rc run_job(const struct plan *pl, const struct job *j, struct cns_err *e)
{
    const struct chart *ch = &pl->charts[j->chart];
    const char *dot = strrchr(j->out, '.');
    if (dot && strcmp(dot, ".gp") == 0)
        return write_gp(ch, j, e);
    return chart_cairo_render(ch, j->out, j->dpi, e);
}

/* How many threads draw: CNSTAT_JOBS, else one per processor (at most 8),
 * and no more than there are files. */
static int workers_for(const struct plan *pl)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    const char *env = getenv("CNSTAT_JOBS");
    if (env && *env) {
        char *end;
        long v = strtol(env, &end, 10);
        if (*end == '\0' && v >= 1)
            n = v;
    }
    if (n < 1)
        n = 1;
    if (n > 8)
        n = 8;
    if ((size_t)n > pl->njobs)
        n = (long)pl->njobs;
    return n < 1 ? 1 : (int)n;
}

static bool is_svg(const struct job *j)
{
    const char *dot = strrchr(j->out, '.');
    return dot && strcmp(dot, ".svg") == 0;
}

static bool is_script(const struct job *j)
{
    const char *dot = strrchr(j->out, '.');
    return dot && strcmp(dot, ".gp") == 0;
}

/* The work of a plan, shared among threads.  Drawing uses Pango, which
 * keeps its fonts per thread: thread 0 draws every chart, in order, so the
 * fonts are loaded and glyphs rasterised once.  What follows drawing, and
 * costs as much (encoding PNGs; a PDF's font subsets and compression; the
 * gnuplot scripts), any thread does: the others from the start, thread 0
 * once it has drawn everything or too many drawn charts are waiting. */
struct sched {
    const struct plan *pl;
    int nthreads;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    size_t *todraw, ntodraw, next_draw;   /* cairo jobs, in order */
    struct chart_drawn **ready;           /* drawn, to finish: a queue */
    size_t *ready_job, nready, ready_head;
    size_t *scripts, nscripts, next_script; /* .gp jobs */
    bool drawing_done;
    struct cns_err *errs;
};

enum task { TASK_NONE, TASK_DRAW, TASK_FINISH, TASK_SCRIPT };

static enum task take(struct sched *s, int t, size_t *job, struct chart_drawn **d)
{
    bool can_draw = t == 0 && s->next_draw < s->ntodraw;
    /* a bound on drawn, unwritten charts held in memory */
    bool backlog = s->nready - s->ready_head >= (size_t)(2 * s->nthreads);
    if (can_draw && !backlog && s->nthreads > 1) {
        *job = s->todraw[s->next_draw++];
        return TASK_DRAW;
    }
    if (s->ready_head < s->nready) {
        *job = s->ready_job[s->ready_head];
        *d = s->ready[s->ready_head++];
        return TASK_FINISH;
    }
    if (s->next_script < s->nscripts && (t != 0 || !can_draw)) {
        *job = s->scripts[s->next_script++];
        return TASK_SCRIPT;
    }
    if (can_draw) {
        *job = s->todraw[s->next_draw++];
        return TASK_DRAW;
    }
    return TASK_NONE;
}

struct worker {
    struct sched *s;
    int id;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    struct sched *s = w->s;
    const struct plan *pl = s->pl;
    bool timing = getenv("CNSTAT_TIMING") != NULL;
    pthread_mutex_lock(&s->mu);
    for (;;) {
        size_t j = 0;
        struct chart_drawn *d = NULL;
        enum task t = take(s, w->id, &j, &d);
        if (t == TASK_NONE) {
            if (s->drawing_done && s->next_script >= s->nscripts)
                break;
            pthread_cond_wait(&s->cv, &s->mu); /* a drawn chart may come */
            continue;
        }
        pthread_mutex_unlock(&s->mu);
        const struct job *jb = &pl->jobs[j];
        double t0 = now_ms();
        const char *what = t == TASK_DRAW ? "draw" : t == TASK_FINISH ? "write" : "script";
        if (t == TASK_SCRIPT)
            run_job(pl, jb, &s->errs[j]);
        else if (t == TASK_FINISH)
            chart_cairo_finish(d, &s->errs[j]);
        else
            chart_cairo_draw(&pl->charts[jb->chart], jb->out, jb->dpi, &d, &s->errs[j]);
        if (timing)
            fprintf(stderr, "cnstat: timing: %s: %s %.2f ms (at %.2f ms, thread %d)\n", jb->out, what,
                    now_ms() - t0, t0 - t_start, w->id);
        pthread_mutex_lock(&s->mu);
        if (t == TASK_DRAW) {
            if (d) {
                s->ready[s->nready] = d;
                s->ready_job[s->nready++] = j;
            }
            if (s->next_draw >= s->ntodraw)
                s->drawing_done = true;
            pthread_cond_broadcast(&s->cv);
        }
    }
    pthread_cond_broadcast(&s->cv);
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* Draw every job of the plan, with as many threads as workers_for() says.
 * Each file is written to a temporary name and renamed; the bytes do not
 * depend on the threads, and errors are printed in the order of the jobs.
 * Returns the first failure's code, else 0. */
static int run_plan(const struct plan *pl, const char *batch)
{
    if (!pl->njobs)
        return 0;
    struct sched s = {0};
    s.pl = pl;
    s.nthreads = workers_for(pl);
    pthread_mutex_init(&s.mu, NULL);
    pthread_cond_init(&s.cv, NULL);
    s.todraw = xcalloc(pl->njobs, sizeof *s.todraw);
    s.scripts = xcalloc(pl->njobs, sizeof *s.scripts);
    s.ready = xcalloc(pl->njobs, sizeof *s.ready);
    s.ready_job = xcalloc(pl->njobs, sizeof *s.ready_job);
    s.errs = xcalloc(pl->njobs, sizeof *s.errs);
    for (size_t i = 0; i < pl->njobs; i++) {
        cns_err_init(&s.errs[i]);
        if (is_script(&pl->jobs[i]))
            s.scripts[s.nscripts++] = i;
        else if (!is_svg(&pl->jobs[i]))
            s.todraw[s.ntodraw++] = i;
    }
    s.drawing_done = s.ntodraw == 0;
    /* the fonts are set up once, before the threads start */
    for (size_t i = 0; i < pl->njobs; i++) {
        const char *dot = strrchr(pl->jobs[i].out, '.');
        if (dot && strcmp(dot, ".gp") != 0) {
            chart_cairo_init(&pl->charts[pl->jobs[i].chart]);
            break;
        }
    }
    /* SVG ids count the surfaces cairo made before in the process: SVGs are
     * drawn first, in order, before other threads make any */
    for (size_t i = 0; i < pl->njobs; i++)
        if (is_svg(&pl->jobs[i]))
            run_job(pl, &pl->jobs[i], &s.errs[i]);
    if (getenv("CNSTAT_TIMING"))
        fprintf(stderr, "cnstat: timing: charts built at %.2f ms, %d threads\n", now_ms() - t_start, s.nthreads);
    pthread_t *tids = xcalloc((size_t)s.nthreads, sizeof *tids);
    struct worker *ws = xcalloc((size_t)s.nthreads, sizeof *ws);
    int started = 1;
    for (int t = 0; t < s.nthreads; t++)
        ws[t] = (struct worker){&s, t};
    for (int t = 1; t < s.nthreads; t++) {
        if (pthread_create(&tids[t], NULL, work, &ws[t]) != 0)
            break; /* fewer threads: the others do the work */
        started++;
    }
    work(&ws[0]);
    for (int t = 1; t < started; t++)
        pthread_join(tids[t], NULL);
    chart_cairo_text_fini(); /* (thread 0, which drew, is this one) */
    chart_cairo_pixmaps_fini();
    int rc = 0;
    long failed_line = -1;
    for (size_t i = 0; i < pl->njobs; i++) {
        if (s.errs[i].rc == CNS_OK)
            continue;
        cns_err_print(&s.errs[i]);
        if (!rc)
            rc = s.errs[i].rc;
        if (batch && pl->jobs[i].line != failed_line) {
            failed_line = pl->jobs[i].line;
            /* said once per chart, after its first failed file */
            warnf("%s:%ld: this chart failed", batch, failed_line);
        }
    }
    pthread_mutex_destroy(&s.mu);
    pthread_cond_destroy(&s.cv);
    free(s.todraw);
    free(s.scripts);
    free(s.ready);
    free(s.ready_job);
    free(s.errs);
    free(tids);
    free(ws);
    return rc;
}

static int plot_one(struct ctx *cx, int argc, char **argv, struct plan *pl, long line)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"kind", required_argument, NULL, 'k'},
        {"entity", required_argument, NULL, 'E'}, {"from", required_argument, NULL, 'a'},
        {"to", required_argument, NULL, 'b'},     {"title", required_argument, NULL, 't'},
        {"no-title", no_argument, NULL, 'T'},     {"log", no_argument, NULL, 'L'},
        {"linear", no_argument, NULL, 'l'},       {"size", required_argument, NULL, 's'},
        {"dpi", required_argument, NULL, 'd'},    {"currency", required_argument, NULL, 'C'},
        {"render", no_argument, NULL, 'R'},       {"data", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    struct plot_req rq = {0};
    rq.kind = CHART_LINE;
    rq.kind_auto = true;
    rq.from = -INFINITY;
    rq.to = INFINITY;
    rq.dpi = 144;
    const char *size = NULL;
    rq.out = xcalloc((size_t)argc + 1, sizeof *rq.out);
    rq.ind = xcalloc((size_t)argc + 1, sizeof *rq.ind);
    int c, rc = 0;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        double v;
        switch (c) {
        case 'o': rq.out[rq.nout++] = optarg; break;
        case 'k':
            rq.kind_auto = strcmp(optarg, "auto") == 0;
            if (!rq.kind_auto) {
                static const char *const kinds[] = {"line", "bar", "growth", "dashboard"};
                int k = -1;
                for (int i = 0; i < 4; i++)
                    if (strcmp(optarg, kinds[i]) == 0)
                        k = i;
                if (k < 0) {
                    warnf("plot: unknown kind '%s' (auto, line, bar, growth, dashboard)", optarg);
                    rc = 2;
                    goto out;
                }
                rq.kind = (enum chart_kind)k;
            }
            break;
        case 'E': rq.entity = optarg; break;
        case 'a':
        case 'b':
            if (!num_parse(optarg, strlen(optarg), &v) || v != floor(v)) {
                warnf("plot: --%s needs a year, got '%s'", c == 'a' ? "from" : "to", optarg);
                rc = 2;
                goto out;
            }
            if (c == 'a')
                rq.from = v;
            else
                rq.to = v + 1;
            break;
        case 't': rq.title = optarg; break;
        case 'T': rq.no_title = true; break;
        case 'L': rq.force_log = 1; break;
        case 'l': rq.force_log = -1; break;
        case 's': size = optarg; break;
        case 'd':
            if (!num_parse(optarg, strlen(optarg), &rq.dpi) || rq.dpi < 36 || rq.dpi > 1200) {
                warnf("plot: --dpi needs a number from 36 to 1200, got '%s'", optarg);
                rc = 2;
                goto out;
            }
            break;
        case 'C': rq.currency = optarg; break;
        case 'R': rq.render = true; break;
        case 'D': cx->data = optarg; break;
        case 'h': plot_usage(stdout); goto out;
        default: {
            char why[200];
            snprintf(why, sizeof why, "bad option '%s'", argv[optind - 1]);
            rc = query_usage_error("plot", why);
            goto out;
        }
        }
    }
    rq.width = 160 * 72 / 25.4;
    rq.height = 100 * 72 / 25.4;
    if (size && !parse_size(size, rq.dpi, &rq.width, &rq.height)) {
        warnf("plot: --size wants WxH with mm, in, pt or px (1 to 60 inches), e.g. 120x75mm; got '%s'", size);
        rc = 2;
        goto out;
    }
    for (int i = optind; i < argc; i++)
        rq.ind[rq.nind++] = argv[i];
    if (rq.nind == 0 || rq.nout == 0) {
        rc = query_usage_error("plot", "give at least one INDICATOR and one -o FILE");
        goto out;
    }
    if (!cx->loaded) {
        store_init(&cx->s);
        cx->loaded = true;
        struct cns_err e;
        cns_err_init(&e);
        struct buf rp;
        buf_init(&rp);
        buf_printf(&rp, "%s/indicators.rules", cx->data);
        cx->r = rules_load_labels(rp.p, &e); /* none: ids as titles */
        buf_fini(&rp);
    }
    /* the series are read as charts ask for them: a batch of three charts
     * reads three files, not the whole directory */
    for (size_t i = 0; i < rq.nind; i++) {
        bool have = false;
        for (size_t k = 0; k < cx->nids && !have; k++)
            have = strcmp(cx->ids[k], rq.ind[i]) == 0;
        if (have)
            continue;
        struct cns_err e;
        cns_err_init(&e);
        struct buf dir;
        buf_init(&dir);
        buf_printf(&dir, "%s/series", cx->data);
        bool found;
        enum cns_rc r2 = series_read_one(dir.p, rq.ind[i], &cx->s, &found, &e);
        buf_fini(&dir);
        if (r2 != CNS_OK) {
            cns_err_print(&e);
            rc = 1;
            goto out;
        }
        if (!found) {
            /* unknown: read them all, to say which ones there are */
            struct store all;
            store_init(&all);
            struct qopts q;
            qopts_init(&q);
            q.data = cx->data;
            if (query_load(&q, &all) == 0 && !query_known(&all, rq.ind[i], "plot"))
                rc = 2;
            else
                rc = 1;
            store_fini(&all);
            goto out;
        }
        cx->ids = xrealloc(cx->ids, (cx->nids + 1) * sizeof *cx->ids);
        cx->ids[cx->nids++] = xstrdup(rq.ind[i]);
    }
    /* a converted copy when asked */
    struct store conv_s;
    store_init(&conv_s);
    const struct store *s = &cx->s;
    char *conv = NULL;
    if (rq.currency) {
        for (size_t i = 0; i < cx->s.n; i++) {
            const struct obs *o = &cx->s.v[i];
            conv_s.v = xrealloc(conv_s.v, (conv_s.n + 1) * sizeof *conv_s.v);
            struct obs *d = &conv_s.v[conv_s.n++];
            *d = *o;
            d->indicator = xstrdup(o->indicator);
            d->entity = xstrdup(o->entity);
            d->period = xstrdup(o->period);
            d->unit = xstrdup(o->unit);
            d->alternatives = xstrdup(o->alternatives);
            d->files = xstrdup(o->files);
            d->note = xstrdup(o->note);
        }
        conv_s.cap = conv_s.n;
        struct qopts q;
        qopts_init(&q);
        q.data = cx->data;
        q.currency = rq.currency;
        if (query_convert(&q, &conv_s, &conv)) {
            store_fini(&conv_s);
            rc = 1;
            goto out;
        }
        s = &conv_s;
    }
    struct chart ch;
    if (build(&ch, s, cx->r, &rq, conv)) {
        warnf("plot: nothing to draw for %s%s%s", rq.ind[0], rq.entity ? " and entity " : "", rq.entity ? rq.entity : "");
        rc = 1;
        chart_free(&ch);
    } else if (chart_layout(&ch, rq.force_log) != 0) {
        warnf("plot: a log scale needs positive values (use --linear)");
        rc = 1;
        chart_free(&ch);
    } else {
        /* the chart is drawn later, with the batch's other charts */
        pl->charts = xrealloc(pl->charts, (pl->ncharts + 1) * sizeof *pl->charts);
        pl->charts[pl->ncharts] = ch;
        for (size_t i = 0; i < rq.nout; i++) {
            pl->jobs = xrealloc(pl->jobs, (pl->njobs + 1) * sizeof *pl->jobs);
            pl->jobs[pl->njobs++] = (struct job){pl->ncharts, xstrdup(rq.out[i]), rq.dpi, rq.render, line};
        }
        pl->ncharts++;
    }
    free(conv);
    store_fini(&conv_s);
out:
    free(rq.out);
    free(rq.ind);
    return rc;
}

/* Split a batch line into words: spaces separate, '...' and "..." quote. */
static int split(char *line, char **argv, int max)
{
    int n = 0;
    char *p = line, *w = line;
    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '#')
            break;
        if (n == max)
            return -1;
        argv[n++] = w;
        while (*p && *p != ' ' && *p != '\t') {
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                while (*p && *p != q)
                    *w++ = *p++;
                if (*p != q)
                    return -2;
                p++;
            } else {
                *w++ = *p++;
            }
        }
        if (*p)
            p++;
        *w++ = '\0';
    }
    return n;
}

int cmd_plot(int argc, char **argv)
{
    struct ctx cx = {"data", {0}, false, NULL, NULL, 0};
    const char *batch = NULL;
    t_start = now_ms();
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc)
            batch = argv[i + 1];
        else if (strncmp(argv[i], "--batch=", 8) == 0)
            batch = argv[i] + 8;
        if (strcmp(argv[i], "--data") == 0 && i + 1 < argc)
            cx.data = argv[i + 1];
    }
    int rc = 0;
    struct plan pl = {0};
    if (!batch) {
        rc = plot_one(&cx, argc, argv, &pl, 0);
        if (!rc)
            rc = run_plan(&pl, NULL);
    } else {
        FILE *f = fopen(batch, "r");
        if (!f) {
            warnf("%s: cannot open: %s", batch, strerror(errno));
            return 1;
        }
        char *line = NULL;
        size_t cap = 0;
        ssize_t got;
        long lineno = 0;
        while (rc == 0 && (got = getline(&line, &cap, f)) > 0) {
            lineno++;
            while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
                line[--got] = '\0';
            char *words[128];
            words[0] = (char *)"plot";
            int n = split(line, words + 1, 126);
            if (n < 0) {
                warnf("%s:%ld: %s", batch, lineno, n == -1 ? "too many words" : "unclosed quote");
                rc = 2;
                break;
            }
            if (n == 0)
                continue;
            int r2 = plot_one(&cx, n + 1, words, &pl, lineno);
            if (r2) {
                warnf("%s:%ld: this chart failed", batch, lineno);
                rc = r2;
            }
        }
        free(line);
        fclose(f);
        /* the charts before a failed line are still drawn */
        int r2 = run_plan(&pl, batch);
        if (!rc)
            rc = r2;
    }
    plan_fini(&pl);
    if (cx.loaded)
        store_fini(&cx.s);
    for (size_t i = 0; i < cx.nids; i++)
        free(cx.ids[i]);
    free(cx.ids);
    rules_free(cx.r);
    if (getenv("CNSTAT_TIMING"))
        fprintf(stderr, "cnstat: timing: done at %.2f ms\n", now_ms() - t_start);
    return rc;
}
