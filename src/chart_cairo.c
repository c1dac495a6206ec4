/* chart_cairo.c — the cairo backend.
 *
 * Text goes through Pango with fontconfig, so Chinese names render as
 * characters when a CJK font is installed, and PDF/SVG text is real text
 * with subset, embedded fonts.  PNGs are encoded by pngenc.c (cairo's own
 * writer, zlib at level 6, costs several times the drawing), from pixels
 * kept in huge pages (image_surface_new). */
#include "chart_cairo.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <errno.h>
#include <math.h>
#include <stdatomic.h>
#include <pango/pangocairo.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "chart_fonts.h"
#include "pngenc.h"
#include "util.h"

/* ---- colours and text ------------------------------------------------------- */

static void rgb(cairo_t *cr, unsigned c)
{
    cairo_set_source_rgb(cr, ((c >> 16) & 255) / 255.0, ((c >> 8) & 255) / 255.0, (c & 255) / 255.0);
}

enum align { AL_LEFT, AL_CENTER, AL_RIGHT };

/* Draw text with its top at y, aligned at x; wrap at width (0: no wrap).
 * Returns the height used. */
static double text_fit(cairo_t *cr, const struct chart *c, const char *s, double pt, bool bold, double x, double y,
                       enum align al, double width, bool vertical, double fit);

static double text(cairo_t *cr, const struct chart *c, const char *s, double pt, bool bold, double x, double y,
                   enum align al, double width, bool vertical)
{
    return text_fit(cr, c, s, pt, bold, x, y, al, width, vertical, 0);
}

/* Text is laid out once per process and thread: one Pango context in user
 * space (no device transformation: with hinting and hinted metrics off,
 * the layout does not depend on the surface), and a cache of the layouts
 * made, by text, size, weight and width.  The PNG and the PDF of a chart,
 * and every chart of a batch, share their tick labels, titles and legends;
 * laying text out (itemising, shaping, measuring glyphs) is most of what
 * drawing a chart costs.  Drawing is done on one thread (cmd_plot.c), but
 * the cache is kept per thread all the same: Pango's are. */
struct laid {
    char *text, *font;
    double pt, width, fit;
    bool bold;
    PangoLayout *lay;
    double w, h;
};

static _Thread_local PangoContext *text_ctx;
static _Thread_local struct laid *laid_v;
static _Thread_local size_t laid_n, laid_cap;

static const struct laid *layout_for(const struct chart *c, const char *s, double pt, bool bold, double width,
                                     double fit)
{
    for (size_t i = 0; i < laid_n; i++) {
        const struct laid *l = &laid_v[i];
        if (l->pt == pt && l->bold == bold && l->width == width && l->fit == fit && strcmp(l->text, s) == 0 &&
            strcmp(l->font, c->style.font) == 0)
            return l;
    }
    if (!text_ctx) {
        text_ctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
        chart_fonts_context(text_ctx);
    }
    PangoLayout *lay = pango_layout_new(text_ctx);
    PangoFontDescription *fd = pango_font_description_from_string(c->style.font);
    pango_font_description_set_absolute_size(fd, pt * PANGO_SCALE);
    if (bold)
        pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(lay, fd);
    pango_font_description_free(fd);
    pango_layout_set_text(lay, s, -1);
    if (width > 0) {
        pango_layout_set_width(lay, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
    } else if (fit > 0) {
        pango_layout_set_width(lay, (int)(fit * PANGO_SCALE));
        pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_END);
    }
    int w, h;
    pango_layout_get_size(lay, &w, &h);
    if (laid_n == laid_cap) {
        laid_cap = laid_cap ? 2 * laid_cap : 64;
        laid_v = xrealloc(laid_v, laid_cap * sizeof *laid_v);
    }
    laid_v[laid_n] = (struct laid){xstrdup(s), xstrdup(c->style.font), pt, width, fit, bold, lay,
                                   w / (double)PANGO_SCALE, h / (double)PANGO_SCALE};
    return &laid_v[laid_n++];
}

void chart_cairo_text_fini(void)
{
    for (size_t i = 0; i < laid_n; i++) {
        free(laid_v[i].text);
        free(laid_v[i].font);
        g_object_unref(laid_v[i].lay);
    }
    free(laid_v);
    laid_v = NULL;
    laid_n = laid_cap = 0;
    if (text_ctx)
        g_object_unref(text_ctx);
    text_ctx = NULL;
}

/* As text(); fit > 0 shortens a one-line text with an ellipsis to that width. */
static double text_fit(cairo_t *cr, const struct chart *c, const char *s, double pt, bool bold, double x, double y,
                       enum align al, double width, bool vertical, double fit)
{
    const struct laid *l = layout_for(c, s, pt, bold, width, fit);
    double tw = l->w, th = l->h;
    cairo_save(cr);
    if (vertical) {
        /* rotated 90° counter-clockwise, centred on (x, y) */
        cairo_translate(cr, x, y);
        cairo_rotate(cr, -M_PI / 2);
        cairo_move_to(cr, -tw / 2, -th / 2);
    } else {
        double dx = al == AL_LEFT ? 0 : al == AL_CENTER ? -tw / 2 : -tw;
        if (width > 0)
            dx = 0;
        cairo_move_to(cr, x + dx, y);
    }
    pango_cairo_show_layout(cr, l->lay);
    cairo_restore(cr);
    return th;
}

/* ---- panels ---------------------------------------------------------------------- */

static double map(const struct axis *a, double v, double p0, double p1)
{
    return p0 + chart_axis_frac(a, v) * (p1 - p0);
}

static void marker(cairo_t *cr, double x, double y, double d, unsigned colour, unsigned flags, double lw)
{
    cairo_new_path(cr);
    cairo_arc(cr, x, y, d / 2, 0, 2 * M_PI);
    if (flags & CP_DERIVED) {
        /* derived: hollow */
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill_preserve(cr);
        rgb(cr, colour);
        cairo_set_line_width(cr, lw);
        cairo_stroke(cr);
    } else {
        rgb(cr, colour);
        cairo_fill(cr);
    }
    if (flags & (CP_CONFLICT | CP_OUTLIER)) {
        /* a ring around a disputed value */
        cairo_new_path(cr);
        cairo_arc(cr, x, y, d / 2 + 2.2, 0, 2 * M_PI);
        rgb(cr, 0xD55E00);
        cairo_set_line_width(cr, 0.9);
        cairo_stroke(cr);
    }
    if (flags & CP_CURATED) {
        /* a small dark diamond above a hand-curated value */
        double s = d * 0.32, top = y - d / 2 - 1.5;
        cairo_new_path(cr);
        cairo_move_to(cr, x, top - 2 * s);
        cairo_line_to(cr, x + s, top - s);
        cairo_line_to(cr, x, top);
        cairo_line_to(cr, x - s, top - s);
        cairo_close_path(cr);
        rgb(cr, 0x444444);
        cairo_fill(cr);
    }
}

static void axes(cairo_t *cr, const struct chart *c, const struct panel *p)
{
    const struct rect *r = &p->plot, *box = &p->box;
    double fs = c->style.font_pt, gap = CHART_TICK_LEN + CHART_TICK_GAP;
    bool horizontal = p->kind == CHART_BAR; /* bars: the value axis is x */
    const struct axis *va = horizontal ? &p->x : &p->y;
    /* grid lines at value ticks */
    cairo_set_line_width(cr, 0.4);
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    for (size_t i = 0; i < va->nticks; i++) {
        if (horizontal) {
            double x = map(va, va->ticks[i].v, r->x, r->x + r->w);
            cairo_move_to(cr, x, r->y);
            cairo_line_to(cr, x, r->y + r->h);
        } else {
            double y = map(va, va->ticks[i].v, r->y + r->h, r->y);
            cairo_move_to(cr, r->x, y);
            cairo_line_to(cr, r->x + r->w, y);
        }
        cairo_stroke(cr);
    }
    /* left and bottom axis lines */
    cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
    cairo_set_line_width(cr, 0.7);
    cairo_move_to(cr, r->x, r->y);
    cairo_line_to(cr, r->x, r->y + r->h);
    cairo_line_to(cr, r->x + r->w, r->y + r->h);
    cairo_stroke(cr);
    /* ticks: outwards, labels beside them */
    for (size_t i = 0; i < p->y.nticks; i++) {
        double y = map(&p->y, p->y.ticks[i].v, r->y + r->h, r->y);
        cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
        cairo_move_to(cr, r->x - CHART_TICK_LEN, y);
        cairo_line_to(cr, r->x, y);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        /* shorten a label only when it would run into the y title, or past
         * the page margin when there is none */
        double room = p->y.title[0] ? r->x - gap - box->x - fs * CHART_LINE_EM * 1.1 : r->x - gap - box->x;
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        text_fit(cr, c, p->y.ticks[i].label, fs, false, r->x - gap, y - fs * CHART_LINE_EM / 2, AL_RIGHT, 0, false,
                 p->y.category && room > fs ? room : 0); /* value labels are short: never cut */
    }
    for (size_t i = 0; i < p->x.nticks; i++) {
        double x = map(&p->x, p->x.ticks[i].v, r->x, r->x + r->w);
        cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
        cairo_move_to(cr, x, r->y + r->h);
        cairo_line_to(cr, x, r->y + r->h + CHART_TICK_LEN);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        text(cr, c, p->x.ticks[i].label, fs, false, x, r->y + r->h + gap, AL_CENTER, 0, false);
    }
    /* axis titles: y rotated against the box's left edge, x under the plot */
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    if (p->y.title[0])
        text(cr, c, p->y.title, fs, false, box->x + fs * CHART_LINE_EM / 2, r->y + r->h / 2, AL_CENTER, 0, true);
    if (p->x.title[0])
        text(cr, c, p->x.title, fs, false, r->x + r->w / 2, box->y + box->h - fs * CHART_LINE_EM, AL_CENTER, 0,
             false);
    if (p->title[0] && c->kind == CHART_DASHBOARD) {
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        if (p->title_cut) { /* (two lines, the first without its space) */
            char *head = xstrndup(p->title, p->title_cut - 1);
            text_fit(cr, c, head, fs, true, box->x, box->y, AL_LEFT, 0, false, box->w);
            free(head);
            text_fit(cr, c, p->title + p->title_cut, fs, true, box->x, box->y + fs * CHART_LINE_EM, AL_LEFT, 0,
                     false, box->w);
        } else {
            text_fit(cr, c, p->title, fs, true, box->x, box->y, AL_LEFT, 0, false, box->w);
        }
    }
}

static void draw_panel(cairo_t *cr, const struct chart *c, const struct panel *p)
{
    const struct rect *r = &p->plot;
    axes(cr, c, p);
    cairo_save(cr);
    double pad = c->style.marker_pt * 2;
    cairo_rectangle(cr, r->x - pad, r->y - pad, r->w + 2 * pad, r->h + 2 * pad);
    cairo_clip(cr);
    for (size_t si = 0; si < p->nseries; si++) {
        const struct chart_series *s = &p->series[si];
        unsigned colour = chart_palette[si % 8];
        if (p->kind == CHART_LINE) {
            cairo_set_line_width(cr, c->style.line_pt);
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
            rgb(cr, colour);
            cairo_new_path(cr);
            for (size_t i = 0; i < s->n; i++) {
                double x = map(&p->x, s->pts[i].x, r->x, r->x + r->w);
                double y = map(&p->y, s->pts[i].y, r->y + r->h, r->y);
                if (i == 0)
                    cairo_move_to(cr, x, y);
                else
                    cairo_line_to(cr, x, y);
            }
            cairo_stroke(cr);
            for (size_t i = 0; i < s->n; i++) {
                double x = map(&p->x, s->pts[i].x, r->x, r->x + r->w);
                double y = map(&p->y, s->pts[i].y, r->y + r->h, r->y);
                if (s->pts[i].flags & CP_RANGE) {
                    double y2 = map(&p->y, s->pts[i].y2, r->y + r->h, r->y);
                    rgb(cr, colour);
                    cairo_set_line_width(cr, 1);
                    cairo_move_to(cr, x, y);
                    cairo_line_to(cr, x, y2);
                    cairo_stroke(cr);
                }
                marker(cr, x, y, c->style.marker_pt, colour, s->pts[i].flags, c->style.line_pt * 0.8);
            }
        } else if (p->kind == CHART_BAR) {
            /* horizontal bars: categories on y */
            double n = p->y.hi - p->y.lo;
            double band = n > 0 ? r->h / n : r->h;
            double h = fmin(band * 0.7, 18);
            for (size_t i = 0; i < s->n; i++) {
                double yc = map(&p->y, s->pts[i].x, r->y + r->h, r->y);
                double x0 = p->x.log ? r->x : map(&p->x, 0, r->x, r->x + r->w);
                double x1 = map(&p->x, s->pts[i].y, r->x, r->x + r->w);
                rgb(cr, s->pts[i].flags & CP_DERIVED ? 0xFFFFFF : colour);
                cairo_rectangle(cr, fmin(x0, x1), yc - h / 2, fabs(x1 - x0), h);
                cairo_fill_preserve(cr);
                rgb(cr, colour);
                cairo_set_line_width(cr, 0.8);
                cairo_stroke(cr);
                if (s->pts[i].flags & (CP_CONFLICT | CP_OUTLIER | CP_CURATED))
                    marker(cr, x1, yc, c->style.marker_pt * 0.8, colour, s->pts[i].flags, 0.8);
            }
        } else if (p->kind == CHART_GROWTH) {
            double span = p->x.hi - p->x.lo;
            double unit = span > 0 ? r->w / span : r->w;
            double bw = fmin(unit * 0.7 / (double)p->nseries, 28);
            for (size_t i = 0; i < s->n; i++) {
                double xc = map(&p->x, s->pts[i].x, r->x, r->x + r->w) + (si - (p->nseries - 1) / 2.0) * bw;
                double y0 = map(&p->y, 0, r->y + r->h, r->y), y1 = map(&p->y, s->pts[i].y, r->y + r->h, r->y);
                rgb(cr, s->pts[i].y < 0 ? 0xD55E00 : colour);
                cairo_rectangle(cr, xc - bw / 2, fmin(y0, y1), bw, fabs(y1 - y0));
                cairo_fill(cr);
            }
            double y0 = map(&p->y, 0, r->y + r->h, r->y);
            cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
            cairo_set_line_width(cr, 0.7);
            cairo_move_to(cr, r->x, y0);
            cairo_line_to(cr, r->x + r->w, y0);
            cairo_stroke(cr);
        }
    }
    cairo_restore(cr);
}

static void legend(cairo_t *cr, const struct chart *c)
{
    if (!c->show_legend || c->legend.w <= 0 || c->npanels == 0)
        return;
    const struct panel *p = &c->panels[0];
    double fs = c->style.font_pt;
    for (size_t si = 0; si < p->nseries; si++) {
        struct rect sw, tx;
        chart_legend_entry(c, si, &sw, &tx);
        unsigned colour = chart_palette[si % 8];
        double ym = sw.y + sw.h / 2;
        if (p->kind == CHART_LINE) {
            rgb(cr, colour);
            cairo_set_line_width(cr, c->style.line_pt);
            cairo_move_to(cr, sw.x, ym);
            cairo_line_to(cr, sw.x + sw.w, ym);
            cairo_stroke(cr);
            marker(cr, sw.x + sw.w / 2, ym, c->style.marker_pt, colour, 0, 1);
        } else {
            rgb(cr, colour);
            cairo_rectangle(cr, sw.x, ym - fs * 0.4, sw.w, fs * 0.8);
            cairo_fill(cr);
        }
        cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
        text(cr, c, p->series[si].name, fs, false, tx.x, tx.y + tx.h / 2 - fs * CHART_LINE_EM / 2, AL_LEFT, 0,
             false);
    }
}

static void draw_chart(cairo_t *cr, const struct chart *c)
{
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    double fs = c->style.font_pt;
    if (c->show_title && c->header.h > 0) {
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        double th = text(cr, c, c->title, c->style.title_pt, true, c->header.x, c->header.y, AL_LEFT, 0, false);
        if (c->subtitle[0]) {
            /* CJK fonts have taller lines than the model's estimate */
            cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
            text(cr, c, c->subtitle, fs, false, c->header.x,
                 c->header.y + fmax(c->style.title_pt * CHART_LINE_EM, th * 0.95), AL_LEFT, 0, false);
        }
    }
    for (size_t i = 0; i < c->npanels; i++)
        draw_panel(cr, c, &c->panels[i]);
    legend(cr, c);
    if (c->footnote[0]) {
        cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
        text(cr, c, c->footnote, fs * CHART_FOOT_EM, false, c->footer.x, c->footer.y, AL_LEFT, c->footer.w, false);
    }
}

/* ---- surfaces ------------------------------------------------------------------- */

static enum cns_rc cairo_check(cairo_status_t st, const char *path, struct cns_err *e)
{
    if (st == CAIRO_STATUS_SUCCESS)
        return CNS_OK;
    return cns_fail(e, CNS_EDATA, path, 0, "cannot draw: %s", cairo_status_to_string(st));
}

static void pdf_date(char *out, size_t n)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t = 946684800; /* 2000-01-01: a fixed date when none is given */
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (!errno && *end == '\0' && v >= 0)
            t = (time_t)v;
    }
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ARGB32 (opaque here: the background is painted) → RGB PNG. */
static enum cns_rc write_png(cairo_surface_t *img, const char *tmp, const char *path, struct cns_err *e)
{
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return cns_fail(e, CNS_EDATA, path, 0, "cannot write: %s", strerror(errno));
    bool ok = pngenc_write(f, cairo_image_surface_get_data(img), cairo_image_surface_get_width(img),
                           cairo_image_surface_get_height(img), cairo_image_surface_get_stride(img));
    int err = errno;
    if (fclose(f) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) /* the caller removes tmp */
        return cns_fail(e, CNS_EDATA, path, 0, "cannot write the PNG: %s", strerror(err ? err : EIO));
    return CNS_OK;
}

/* A temporary name next to path, unique in this process and among
 * processes: PATH-STEM.tmp.PID.N.SUFFIX */
static void tmp_name(struct buf *tmp, const char *path, const char *dot)
{
    static atomic_ulong seq;
    unsigned long n = atomic_fetch_add(&seq, 1);
    buf_printf(tmp, "%.*s.tmp.%ld.%lu%s", (int)(dot - path), path, (long)getpid(), n, dot);
}

/* An image surface whose pixels live in their own mapping, aligned to 2 MiB
 * and offered to the kernel for transparent huge pages.  An 800x500 chart
 * at 2x is 6.4 MB: in 4 KiB pages its first touch (cairo clearing it) is
 * some 1,600 page faults, which on a virtual machine cost more than the
 * drawing; in huge pages it is three or four.  A huge page the kernel
 * must clear costs as much as some 250 faults, so the tail past the last
 * whole huge page stays in small pages when it is under half of one (the
 * default 907x567 chart is 2.06 MB: one huge page and 15 small ones, not
 * 4 MB cleared).  Where the kernel says no, the pages are ordinary, and
 * where the mapping fails cairo allocates as usual. */
#define HUGE_PAGE ((size_t)2 << 20)

struct pixmap {
    void *map;
    size_t len;
};

/* Pixmaps given back are kept for the next chart of the same size: a
 * batch draws its PNGs one after another, and a mapping used again costs
 * neither the kernel's clearing of fresh pages nor their faults (the
 * background paint covers every pixel anyway).  Two are kept: one being
 * drawn while the other is encoded. */
#define POOL_MAX 2
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pixmap *pool[POOL_MAX];
static size_t pool_n;

static const cairo_user_data_key_t pixmap_key;

static void pixmap_free(void *p)
{
    struct pixmap *m = p;
    pthread_mutex_lock(&pool_lock);
    bool kept = pool_n < POOL_MAX;
    if (kept)
        pool[pool_n++] = m;
    pthread_mutex_unlock(&pool_lock);
    if (!kept) {
        munmap(m->map, m->len);
        free(m);
    }
}

static struct pixmap *pixmap_reuse(size_t len)
{
    struct pixmap *m = NULL;
    pthread_mutex_lock(&pool_lock);
    for (size_t i = 0; i < pool_n; i++)
        if (pool[i]->len == len) {
            m = pool[i];
            pool[i] = pool[--pool_n];
            break;
        }
    pthread_mutex_unlock(&pool_lock);
    return m;
}

void chart_cairo_pixmaps_fini(void)
{
    pthread_mutex_lock(&pool_lock);
    for (size_t i = 0; i < pool_n; i++) {
        munmap(pool[i]->map, pool[i]->len);
        free(pool[i]);
    }
    pool_n = 0;
    pthread_mutex_unlock(&pool_lock);
}

static unsigned char *pixmap_data(const struct pixmap *m)
{
    return (unsigned char *)(((uintptr_t)m->map + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
}

static cairo_surface_t *image_surface_new(int w, int h)
{
    int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, w);
    size_t need = (size_t)stride * (size_t)h;
    if (stride <= 0 || need < HUGE_PAGE / 2)
        return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
    size_t len = (need + 2 * HUGE_PAGE - 1) & ~(HUGE_PAGE - 1); /* room to align */
    struct pixmap *m = pixmap_reuse(len);
    if (!m) {
        unsigned char *map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED)
            return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
        m = malloc(sizeof *m);
        if (!m) {
            munmap(map, len);
            return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
        }
        *m = (struct pixmap){map, len};
#ifdef MADV_HUGEPAGE
        madvise(pixmap_data(m), (need + HUGE_PAGE / 2) & ~(HUGE_PAGE - 1), MADV_HUGEPAGE);
#endif
    }
    cairo_surface_t *s = cairo_image_surface_create_for_data(pixmap_data(m), CAIRO_FORMAT_ARGB32, w, h, stride);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS ||
        cairo_surface_set_user_data(s, &pixmap_key, m, pixmap_free) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        pixmap_free(m);
        return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
    }
    return s;
}

/* A chart drawn, not yet written: a PNG's pixels to encode, or a PDF or
 * SVG surface (writing to its temporary file) to finish. */
struct chart_drawn {
    cairo_surface_t *surf;
    bool png;
    char *path; /* where it goes */
    char *tmp;  /* where it is written first */
    bool direct; /* path is a device or FIFO: tmp is path, nothing renamed or removed */
};

/* Abandon a drawn chart: nothing is written (the temporary file goes). */
static void chart_cairo_drawn_free(struct chart_drawn *d)
{
    if (!d)
        return;
    if (!d->png)
        cairo_surface_finish(d->surf);
    cairo_surface_destroy(d->surf);
    if (!d->direct)
        remove(d->tmp);
    free(d->path);
    free(d->tmp);
    free(d);
}

enum cns_rc chart_cairo_draw(const struct chart *c, const char *path, double dpi, struct chart_drawn **out,
                             struct cns_err *e)
{
    *out = NULL;
    const char *dot = strrchr(path, '.');
    if (!dot || (strcmp(dot, ".png") && strcmp(dot, ".pdf") && strcmp(dot, ".svg")))
        return cns_fail(e, CNS_EUSAGE, path, 0, "unknown chart format (use .png, .pdf, .svg or .gp)");
    chart_fonts_init(c->style.font);
    struct chart_drawn *d = xcalloc(1, sizeof *d);
    struct buf tmp;
    buf_init(&tmp);
    d->path = path_output(path, &d->direct);
    if (d->direct) {
        buf_adds(&tmp, d->path);
    } else {
        const char *base = path_base(d->path), *rdot = strrchr(base, '.');
        tmp_name(&tmp, d->path, rdot ? rdot : base + strlen(base));
    }
    d->tmp = xstrdup(tmp.p);
    buf_fini(&tmp);
    d->png = strcmp(dot, ".png") == 0;
    double scale = 1;
    if (d->png) {
        scale = dpi / 72.0;
        int w = (int)lround(c->width * scale), h = (int)lround(c->height * scale);
        if (w < 1 || h < 1 || w > 20000 || h > 20000) {
            free(d->path);
            free(d->tmp);
            free(d);
            return cns_fail(e, CNS_EUSAGE, path, 0, "a %dx%d pixel image is out of range", w, h);
        }
        d->surf = image_surface_new(w, h);
    } else if (strcmp(dot, ".pdf") == 0) {
        d->surf = cairo_pdf_surface_create(d->tmp, c->width, c->height);
        if (cairo_surface_status(d->surf) == CAIRO_STATUS_SUCCESS) {
            char date[32];
            pdf_date(date, sizeof date);
            cairo_pdf_surface_set_metadata(d->surf, CAIRO_PDF_METADATA_CREATE_DATE, date);
            cairo_pdf_surface_set_metadata(d->surf, CAIRO_PDF_METADATA_MOD_DATE, date);
            cairo_pdf_surface_set_metadata(d->surf, CAIRO_PDF_METADATA_TITLE, c->title);
            cairo_pdf_surface_set_metadata(d->surf, CAIRO_PDF_METADATA_CREATOR, "cnstat");
        }
    } else {
        d->surf = cairo_svg_surface_create(d->tmp, c->width, c->height);
        if (cairo_surface_status(d->surf) == CAIRO_STATUS_SUCCESS)
            cairo_svg_surface_set_document_unit(d->surf, CAIRO_SVG_UNIT_PT);
    }
    enum cns_rc rc = cairo_check(cairo_surface_status(d->surf), path, e);
    if (rc == CNS_OK) {
        cairo_t *cr = cairo_create(d->surf);
        if (d->png)
            cairo_scale(cr, scale, scale);
        draw_chart(cr, c);
        rc = cairo_check(cairo_status(cr), path, e);
        cairo_destroy(cr);
        if (d->png)
            cairo_surface_flush(d->surf);
    }
    if (rc != CNS_OK) {
        chart_cairo_drawn_free(d);
        return rc;
    }
    *out = d;
    return CNS_OK;
}

enum cns_rc chart_cairo_finish(struct chart_drawn *d, struct cns_err *e)
{
    enum cns_rc rc;
    if (d->png) {
        rc = write_png(d->surf, d->tmp, d->path, e);
    } else {
        cairo_surface_finish(d->surf);
        rc = cairo_check(cairo_surface_status(d->surf), d->path, e);
    }
    if (rc == CNS_OK && !d->direct && rename(d->tmp, d->path) != 0)
        rc = cns_fail(e, CNS_EDATA, d->path, 0, "cannot write: %s", strerror(errno));
    chart_cairo_drawn_free(d); /* removes the temporary file if it is still there */
    return rc;
}

void chart_cairo_init(const struct chart *c)
{
    chart_fonts_init(c->style.font);
}

enum cns_rc chart_cairo_render(const struct chart *c, const char *path, double dpi, struct cns_err *e)
{
    struct chart_drawn *d;
    enum cns_rc rc = chart_cairo_draw(c, path, dpi, &d, e);
    return rc == CNS_OK ? chart_cairo_finish(d, e) : rc;
}
