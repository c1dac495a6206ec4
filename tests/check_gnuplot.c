/* check_gnuplot.c — the gnuplot backend: the script's text (terminal,
 * datablocks, the model's ticks, log scale, palette, noenhanced), the
 * escaping of every document string, and gnuplot itself run on each script
 * (skipped with a message when gnuplot is not installed): the PNG or PDF
 * must appear with the right magic and size, with nothing on stderr.  The
 * injection cases run gnuplot in a fresh directory and check that no file
 * named "pwned" appears there. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chart.h"
#include "chart_gnuplot.h"
#include "msg.h"
#include "suites.h"
#include "util.h"

Suite *gnuplot_suite(void);

/* ---- helpers -------------------------------------------------------------- */

static bool have_gnuplot(void)
{
    static int known = -1; /* looked up once per process */
    if (known >= 0)
        return known;
    const char *path = getenv("PATH");
    bool found = false;
    while (path && !found) {
        const char *end = strchr(path, ':');
        size_t len = end ? (size_t)(end - path) : strlen(path);
        struct buf f;
        buf_init(&f);
        buf_printf(&f, "%.*s/gnuplot", (int)len, len ? path : ".");
        found = access(f.p, X_OK) == 0;
        buf_fini(&f);
        path = end ? end + 1 : NULL;
    }
    if (!found)
        fprintf(stderr, "check_gnuplot: gnuplot not found, rendering not checked "
                        "(apt-get install gnuplot-nox)\n");
    known = found;
    return found;
}

static char *tmp_dir(void)
{
    char *d = xstrdup("/tmp/cns-gp.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(d));
    return d;
}

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(p);
}

static void rm_tree(char *dir)
{
    if (!getenv("CNS_GP_KEEP"))
        nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
    else
        fprintf(stderr, "kept %s\n", dir);
    free(dir);
}

static char *join(const char *dir, const char *name)
{
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%s/%s", dir, name);
    return b.p;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    struct buf b;
    buf_init(&b);
    char chunk[8192];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, r);
    fclose(f);
    if (n)
        *n = b.len;
    if (!b.p)
        buf_adds(&b, "");
    return b.p;
}

static char *script_text(const struct chart *c, const char *output, double dpi)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(chart_gnuplot_write(c, output, dpi, f, &e), CNS_OK);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_uint_eq(strlen(p), n);
    return p;
}

/* Write c's script to dir/name.gp for output dir/out, run gnuplot, and
 * check that it succeeded silently.  Returns the script text. */
static char *render_in(const struct chart *c, const char *dir, const char *out, double dpi)
{
    char *outpath = join(dir, out);
    char *gp = join(dir, "chart.gp");
    char *text = script_text(c, outpath, dpi);
    FILE *f = fopen(gp, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    ck_assert_int_eq(fclose(f), 0);
    if (have_gnuplot()) {
        struct cns_err e;
        cns_err_init(&e);
        struct buf diag;
        buf_init(&diag);
        enum cns_rc rc = chart_gnuplot_run(gp, &diag, &e);
        ck_assert_msg(rc == CNS_OK, "gnuplot failed: %s\n%s", e.msg, diag.p ? diag.p : "");
        ck_assert_msg(diag.len == 0, "gnuplot said:\n%s", diag.p);
        buf_fini(&diag);
    }
    free(outpath);
    free(gp);
    return text;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void check_png(const char *dir, const char *name, uint32_t w, uint32_t h)
{
    if (!have_gnuplot())
        return;
    char *path = join(dir, name);
    size_t n;
    unsigned char *p = (unsigned char *)slurp(path, &n);
    ck_assert_msg(n > 1000, "%s: %zu bytes", path, n);
    ck_assert_int_eq(memcmp(p, "\x89PNG\r\n\x1a\n", 8), 0);
    ck_assert_int_eq(memcmp(p + 12, "IHDR", 4), 0);
    ck_assert_uint_eq(be32(p + 16), w);
    ck_assert_uint_eq(be32(p + 20), h);
    free(p);
    free(path);
}

static void check_pdf(const char *dir, const char *name, const char *mediabox)
{
    if (!have_gnuplot())
        return;
    char *path = join(dir, name);
    size_t n;
    char *p = slurp(path, &n);
    ck_assert_msg(n > 1000, "%s: %zu bytes", path, n);
    ck_assert_int_eq(memcmp(p, "%PDF-", 5), 0);
    ck_assert_msg(memmem(p, n, mediabox, strlen(mediabox)) != NULL, "no '%s' in %s", mediabox, path);
    free(p);
    free(path);
}

/* A chart of the given kind with npanels empty panels; sizes in points. */
static struct chart *new_chart(enum chart_kind kind, size_t npanels, double w, double h)
{
    struct chart *c = xcalloc(1, sizeof *c);
    c->kind = kind;
    c->width = w;
    c->height = h;
    c->show_title = true;
    c->style = (struct chart_style){.font_pt = 9, .title_pt = 12, .line_pt = 1.5, .marker_pt = 5};
    c->panels = xcalloc(npanels, sizeof *c->panels);
    c->npanels = npanels;
    for (size_t i = 0; i < npanels; i++)
        c->panels[i].kind = kind == CHART_DASHBOARD ? CHART_LINE : kind;
    return c;
}

static void free_chart(struct chart *c)
{
    chart_free(c);
    free(c);
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

static void add_point(struct chart_series *s, double x, double y, unsigned flags, const char *label)
{
    s->pts = xrealloc(s->pts, (s->n + 1) * sizeof *s->pts);
    s->pts[s->n++] = (struct chart_point){.x = x, .y = y, .y2 = y, .flags = flags,
                                          .label = xstrdup(label)};
}

static void add_year(struct chart_series *s, int year, double y, unsigned flags)
{
    char label[16];
    snprintf(label, sizeof label, "%d", year);
    add_point(s, year, y, flags, label);
}

/* China's netizens 2006-2013, one derived, one conflicting, one curated. */
static struct chart *netizens(void)
{
    struct chart *c = new_chart(CHART_LINE, 1, 400, 250);
    snprintf(c->title, sizeof c->title, "Internet users in China");
    snprintf(c->subtitle, sizeof c->subtitle, "people, 2006-2013");
    snprintf(c->footnote, sizeof c->footnote, "Sources: cnnic.txt, museum.txt");
    struct chart_series *s = add_series(&c->panels[0], "China", "people");
    const double v[] = {137e6, 210e6, 298e6, 384e6, 457e6, 513e6, 564e6, 618e6};
    for (int i = 0; i < 8; i++)
        add_year(s, 2006 + i, v[i], i == 1 ? CP_DERIVED : i == 4 ? CP_CONFLICT : i == 6 ? CP_CURATED : 0);
    chart_layout(c, 0);
    return c;
}

/* Does text contain the line `line` (whole line)? */
static bool has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
        if ((p == text || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\0'))
            return true;
    return false;
}

/* The tick list the model chose for an axis, as the script must spell it. */
static char *tics_of(const struct axis *a)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "(");
    for (size_t i = 0; i < a->nticks; i++) {
        char t[64];
        snprintf(t, sizeof t, "%.15g", a->ticks[i].v);
        buf_printf(&b, "%s\"%s\" %s", i ? ", " : "", a->ticks[i].label, t);
    }
    buf_adds(&b, ")");
    return b.p;
}

/* ---- escaping -------------------------------------------------------------- */

static char *quoted(const char *s, bool format, bool *exact)
{
    struct buf b;
    buf_init(&b);
    bool ex = chart_gnuplot_quote(&b, s, format);
    if (exact)
        *exact = ex;
    return b.p;
}

static void quote_is(const char *in, bool format, const char *want, bool want_exact)
{
    bool exact;
    char *got = quoted(in, format, &exact);
    ck_assert_str_eq(got, want);
    ck_assert_msg(exact == want_exact, "exactness of '%s'", in);
    free(got);
}

START_TEST(quote_rules)
{
    quote_is("China", false, "\"China\"", true);
    quote_is("Yu'e Bao", false, "\"Yu'e Bao\"", true);
    quote_is("余额宝", false, "\"余额宝\"", true);
    quote_is("a\\b", false, "\"a\\\\b\"", true);
    quote_is("say \"hi\"", false, "\"say \\\"hi\\\"\"", true);
    quote_is("`touch pwned`", false, "\"\xE2\x80\x98touch pwned\xE2\x80\x98\"", false);
    quote_is("\"; system(\"touch pwned\"); \"", false, "\"\\\"; system(\\\"touch pwned\\\"); \\\"\"",
             true);
    quote_is("two\nlines", false, "\"two lines\"", false);
    quote_is("crlf\r\n\tand tab", false, "\"crlf and tab\"", false);
    quote_is("nul\x01\x1f\x7f!", false, "\"nul !\"", false);
    quote_is("c1\xC2\x85x", false, "\"c1 x\"", false);          /* U+0085 NEL */
    quote_is("bad\xFF\xC3", false, "\"bad\xEF\xBF\xBD\xEF\xBF\xBD\"", false);
    quote_is("\xED\xA0\x80", false, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"", false); /* surrogate */
    quote_is("10%", false, "\"10%\"", true);
    quote_is("10%", true, "\"10%%\"", true);
    quote_is("@x_{2}^3 &{a}~b", false, "\"@x_{2}^3 &{a}~b\"", true); /* harmless: noenhanced */
    quote_is("ends with \\", false, "\"ends with \\\\\"", true);
    quote_is("", false, "\"\"", true);
}
END_TEST

/* ---- script text ----------------------------------------------------------- */

START_TEST(line_script_text)
{
    struct chart *c = netizens();
    char *t = script_text(c, "plots/netizens.png", 0);
    /* 400 x 250 pt at the default 144 dpi */
    ck_assert_msg(strstr(t, "set terminal pngcairo size 800,500 noenhanced") != NULL, "%s", t);
    ck_assert(strstr(t, "fontscale 1.5 linewidth 2 pointscale 2") != NULL);
    ck_assert(has_line(t, "set output \"plots/netizens.png\""));
    ck_assert(has_line(t, "set termoption noenhanced"));
    /* the data, inline, through num_fmt: no exponents */
    ck_assert(has_line(t, "$d0 << EOD"));
    ck_assert(has_line(t, "2006 137000000 137000000 0 0 0"));
    ck_assert(has_line(t, "2007 210000000 210000000 1 0 0"));
    ck_assert(has_line(t, "2010 457000000 457000000 0 1 0"));
    ck_assert(has_line(t, "2012 564000000 564000000 0 0 1"));
    ck_assert(has_line(t, "EOD"));
    /* the model's ticks and ranges */
    const struct panel *p = &c->panels[0];
    char *xt = tics_of(&p->x), *yt = tics_of(&p->y);
    ck_assert_msg(strstr(t, xt) != NULL, "no %s", xt);
    ck_assert_msg(strstr(t, yt) != NULL, "no %s", yt);
    ck_assert(strstr(t, "\"2010\" 2010") != NULL);
    ck_assert(has_line(t, "unset logscale y"));
    ck_assert(strstr(t, "\nset logscale") == NULL);
    free(xt);
    free(yt);
    /* palette, markers: observed filled, derived hollow, conflict ringed,
     * curated a diamond */
    char col[16];
    snprintf(col, sizeof col, "#%06X", chart_palette[0]);
    ck_assert(strstr(t, col) != NULL);
    ck_assert(strstr(t, "with lines lw 1.5") != NULL);
    ck_assert(strstr(t, "using 1:($4 == 0 ? $2 : NaN) with points pt 7") != NULL);
    ck_assert(strstr(t, "using 1:($4 == 1 ? $2 : NaN) with points pt 6") != NULL);
    ck_assert(strstr(t, "using 1:($5 == 1 ? $2 : NaN) with points pt 6") != NULL);
    ck_assert(strstr(t, "using 1:($6 == 1 ? $2 : NaN) with points pt 12") != NULL);
    /* texts */
    ck_assert(strstr(t, "set label \"Internet users in China\" at screen") != NULL);
    ck_assert(strstr(t, "set label \"people, 2006-2013\"") != NULL);
    ck_assert(strstr(t, "set label \"Sources: cnnic.txt, museum.txt\"") != NULL);
    ck_assert(strchr(t, '`') == NULL);
    /* deterministic */
    char *t2 = script_text(c, "plots/netizens.png", 0);
    ck_assert_str_eq(t, t2);
    free(t2);
    /* without the title */
    c->show_title = false;
    t2 = script_text(c, "plots/netizens.png", 0);
    ck_assert(strstr(t2, "Internet users in China") == NULL);
    free(t2);
    free(t);
    free_chart(c);
}
END_TEST

START_TEST(every_text_noenhanced)
{
    struct chart *c = netizens();
    char *t = script_text(c, "x.png", 0);
    /* every line that sets a text element says noenhanced */
    const char *keys[] = {"set label ", "set xtics ", "set ytics ", "set xlabel ",
                          "set ylabel ", "set title ", "set key "};
    for (const char *p = t; *p;) {
        const char *q = strchr(p, '\n');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
            if (strncmp(p, keys[k], strlen(keys[k])) == 0)
                ck_assert_msg(memmem(p, len, "noenhanced", 10) != NULL, "%.*s", (int)len, p);
        if (len > 6 && memmem(p, len, " title \"", 8) != NULL && strncmp(p, "set ", 4) != 0 &&
            memmem(p, len, "keyentry", 8) == NULL)
            ck_assert_msg(memmem(p, len, "noenhanced", 10) != NULL, "%.*s", (int)len, p);
        p += len + (q != NULL);
    }
    free(t);
    free_chart(c);
}
END_TEST

START_TEST(pdf_size_in_inches)
{
    struct chart *c = netizens();
    char *t = script_text(c, "out/NETIZENS.PDF", 0);
    ck_assert_msg(strstr(t, "set terminal pdfcairo size 5.555556in,3.472223in noenhanced") != NULL,
                  "%s", t);
    ck_assert(strstr(t, "fontscale 0.75 linewidth 2") != NULL);
    free(t);
    /* --dpi for PNG */
    t = script_text(c, "x.png", 300);
    ck_assert(strstr(t, "set terminal pngcairo size 1667,1042 ") != NULL);
    free(t);
    free_chart(c);
}
END_TEST

START_TEST(bad_output_names)
{
    struct chart *c = netizens();
    const char *bad[] = {"a`touch pwned`.png", "two\nlines.png", "tab\t.pdf", "bad\xFF.png"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *p = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&p, &n);
        struct cns_err e;
        cns_err_init(&e);
        ck_assert_int_eq(chart_gnuplot_write(c, bad[i], 0, f, &e), CNS_EUSAGE);
        fclose(f);
        ck_assert_uint_eq(n, 0); /* nothing written */
        ck_assert(strstr(e.msg, "output name") != NULL);
        free(p);
    }
    free_chart(c);
}
END_TEST

START_TEST(refuses_bad_charts)
{
    char *p = NULL;
    size_t n = 0;
    struct cns_err e;
    /* forced log with a value <= 0: chart_layout says so, and so does the writer */
    struct chart *c = new_chart(CHART_GROWTH, 1, 400, 250);
    struct chart_series *s = add_series(&c->panels[0], "China", "percent");
    add_year(s, 2011, 12.5, 0);
    add_year(s, 2012, -3, 0);
    ck_assert_int_eq(chart_layout(c, 1), 1);
    FILE *f = open_memstream(&p, &n);
    cns_err_init(&e);
    ck_assert_int_eq(chart_gnuplot_write(c, "x.png", 0, f, &e), CNS_EDATA);
    fclose(f);
    ck_assert_uint_eq(n, 0);
    ck_assert_msg(strstr(e.msg, "log scale needs positive values") != NULL, "%s", e.msg);
    free(p);
    free_chart(c);
    /* not laid out: no page size */
    struct chart blank = {0};
    f = open_memstream(&p, &n);
    cns_err_init(&e);
    ck_assert_int_eq(chart_gnuplot_write(&blank, "x.png", 0, f, &e), CNS_EUSAGE);
    fclose(f);
    ck_assert_uint_eq(n, 0);
    free(p);
}
END_TEST

/* ---- rendered by gnuplot ---------------------------------------------------- */

START_TEST(line_png_renders)
{
    struct chart *c = netizens();
    char *dir = tmp_dir();
    free(render_in(c, dir, "netizens.png", 0));
    check_png(dir, "netizens.png", 800, 500);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(line_pdf_renders)
{
    struct chart *c = netizens();
    char *dir = tmp_dir();
    free(render_in(c, dir, "netizens.pdf", 0));
    check_pdf(dir, "netizens.pdf", "/MediaBox [ 0 0 400 250 ]");
    rm_tree(dir);
    free_chart(c);
}
END_TEST

/* US money market funds, 1971-2001: five decades, a log axis. */
START_TEST(log_axis)
{
    struct chart *c = new_chart(CHART_LINE, 1, 360, 240);
    snprintf(c->title, sizeof c->title, "US money market funds");
    struct chart_series *s = add_series(&c->panels[0], "US money market funds", "USD");
    const double v[] = {3e5, 1.7e9, 3.7e9, 7.6e9, 76.4e9, 230e9, 498e9, 1.85e12, 2.14e12};
    const int y[] = {1971, 1974, 1975, 1977, 1980, 1982, 1990, 2000, 2001};
    for (int i = 0; i < 9; i++)
        add_year(s, y[i], v[i], 0);
    chart_layout(c, 0);
    ck_assert(c->panels[0].y.log);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "mmf.pdf", 0);
    ck_assert(has_line(t, "set logscale y 10"));
    ck_assert(has_line(t, "1971 300000 300000 0 0 0"));
    ck_assert(has_line(t, "2001 2140000000000 2140000000000 0 0 0"));
    char *yt = tics_of(&c->panels[0].y);
    ck_assert_msg(strstr(t, yt) != NULL, "no %s", yt);
    free(yt);
    check_pdf(dir, "mmf.pdf", "/MediaBox [ 0 0 360 240 ]");
    free(t);
    /* forced linear */
    chart_layout(c, -1);
    t = script_text(c, "x.png", 0);
    ck_assert(strstr(t, "\nset logscale") == NULL);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(bar_chart)
{
    struct chart *c = new_chart(CHART_BAR, 1, 400, 250);
    snprintf(c->title, sizeof c->title, "Funding rounds");
    struct chart_series *s = add_series(&c->panels[0], "funding", "USD");
    const char *who[] = {"Lashou", "Meituan", "Dianping", "淘宝"};
    const double v[] = {111e6, 62e6, 40e6, 12e6};
    for (int i = 0; i < 4; i++)
        add_point(s, i, v[i], i == 3 ? CP_DERIVED : 0, who[i]);
    chart_layout(c, 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "bar.png", 72);
    ck_assert(strstr(t, "with boxxyerror") != NULL);
    /* largest on top: chart_layout numbers the bars from the bottom */
    ck_assert(strstr(t, "set ytics (\"淘宝\" 0, \"Dianping\" 1, \"Meituan\" 2, \"Lashou\" 3)") != NULL);
    ck_assert(has_line(t, "3 111000000 111000000 0 0 0"));
    ck_assert(has_line(t, "0 12000000 12000000 1 0 0"));
    ck_assert(strstr(t, "set terminal pngcairo size 400,250 ") != NULL);
    check_png(dir, "bar.png", 400, 250);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(growth_chart)
{
    struct chart *c = new_chart(CHART_GROWTH, 1, 400, 250);
    snprintf(c->title, sizeof c->title, "Netizens, growth per year");
    struct chart_series *s = add_series(&c->panels[0], "China", "percent");
    const double v[] = {53.3, 41.9, 28.9, 19.0, 12.3, -3.5, 9.5};
    for (int i = 0; i < 7; i++)
        add_year(s, 2007 + i, v[i], i == 6 ? CP_DERIVED : 0);
    chart_layout(c, 0);
    const struct axis *ya = &c->panels[0].y;
    ck_assert(ya->lo < 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "growth.png", 0);
    ck_assert(strstr(t, "with boxes") != NULL);
    ck_assert(has_line(t, "2012 -3.5 -3.5 0 0 0"));
    ck_assert(strstr(t, "set xzeroaxis") != NULL);
    ck_assert(strstr(t, "\"10%%\" 10") != NULL); /* gnuplot reads tick labels as formats */
    check_png(dir, "growth.png", 800, 500);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(two_series_legend)
{
    struct chart *c = new_chart(CHART_LINE, 1, 400, 250);
    snprintf(c->title, sizeof c->title, "Mobile and 3G users");
    add_series(&c->panels[0], "mobile users", "people");
    add_series(&c->panels[0], "3G users", "people");
    struct chart_series *a = &c->panels[0].series[0], *b = &c->panels[0].series[1];
    for (int i = 0; i < 5; i++) {
        add_year(a, 2009 + i, (600 + 80 * i) * 1e6, 0);
        add_year(b, 2009 + i, (20 + 60 * i) * 1e6, i == 0 ? CP_DERIVED : 0);
    }
    chart_layout(c, 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "two.png", 0);
    char col[16];
    snprintf(col, sizeof col, "#%06X", chart_palette[1]);
    ck_assert(strstr(t, col) != NULL);
    ck_assert(has_line(t, "$d1 << EOD"));
    ck_assert(c->show_legend && c->legend.w > 0);
    {
        /* drawn where chart_legend_entry says: a line, a marker, the name */
        ck_assert(strstr(t, "set label \"mobile users\" at screen") != NULL);
        ck_assert(strstr(t, "set label \"3G users\" at screen") != NULL);
        ck_assert(strstr(t, "nohead front lw 1.5 lc rgb \"#56B4E9\"") != NULL);
        ck_assert(strstr(t, "front point pt 7") != NULL);
    }
    check_png(dir, "two.png", 800, 500);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(dashboard)
{
    struct chart *c = new_chart(CHART_DASHBOARD, 4, 560, 400);
    snprintf(c->title, sizeof c->title, "China's internet");
    const char *names[] = {"netizens", "mobile netizens", "3G users",
                           "Yu'e Bao assets under management of a fund or fund category, end of quarter"};
    for (size_t i = 0; i < 4; i++) {
        struct panel *p = &c->panels[i];
        snprintf(p->title, sizeof p->title, "%s", names[i]);
        struct chart_series *s = add_series(p, names[i], i == 3 ? "CNY" : "people");
        for (int k = 0; k < 4; k++)
            add_year(s, 2010 + k, (100 + 50 * k) * (i + 1) * 1e6, 0);
    }
    chart_layout(c, 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "dash.pdf", 0);
    ck_assert(strstr(t, "set multiplot layout ") != NULL);
    ck_assert(has_line(t, "unset multiplot"));
    /* (a title too wide for its cell: two labels, a line apart) */
    ck_assert_uint_gt(c->panels[3].title_cut, 0);
    char first[200];
    snprintf(first, sizeof first, "set label \"%.*s\" at screen", (int)c->panels[3].title_cut - 1, names[3]);
    ck_assert(strstr(t, first) != NULL);
    char second[200];
    snprintf(second, sizeof second, "set label \"%s\" at screen", names[3] + c->panels[3].title_cut);
    ck_assert(strstr(t, second) != NULL);
    ck_assert(strstr(t, "set label \"netizens\" at screen") != NULL);
    ck_assert(has_line(t, "$d3 << EOD"));
    check_pdf(dir, "dash.pdf", "/MediaBox [ 0 0 560 400 ]");
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(single_point)
{
    struct chart *c = new_chart(CHART_LINE, 1, 300, 200);
    struct chart_series *s = add_series(&c->panels[0], "Yu'e Bao", "CNY");
    add_year(s, 2013, 185.3e9, 0);
    chart_layout(c, 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "one.png", 0);
    ck_assert(strstr(t, "with lines") == NULL);
    ck_assert(strstr(t, "with points pt 7") != NULL);
    check_png(dir, "one.png", 600, 400);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(ranges_and_bars_legend)
{
    /* a value stated as a range (CP_RANGE): a stroke from y to y2 */
    struct chart *c = new_chart(CHART_LINE, 1, 400, 250);
    struct chart_series *s = add_series(&c->panels[0], "3G users", "people");
    add_year(s, 2010, 47e6, 0);
    add_year(s, 2011, 120e6, 0);
    s->pts[1].flags = CP_RANGE;
    s->pts[1].y2 = 130e6;
    add_year(s, 2012, 233e6, CP_OUTLIER);
    chart_layout(c, 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "range.png", 0);
    ck_assert(has_line(t, "2011 120000000 130000000 0 0 0"));
    ck_assert(strstr(t, "with vectors nohead") != NULL);
    check_png(dir, "range.png", 800, 500);
    free(t);
    free_chart(c);

    /* bars of two series: the legend has colour swatches */
    c = new_chart(CHART_BAR, 1, 400, 250);
    add_series(&c->panels[0], "2012", "USD");
    add_series(&c->panels[0], "2013", "USD");
    add_point(&c->panels[0].series[0], 0, 50e6, 0, "Lashou");
    add_point(&c->panels[0].series[0], 1, 20e6, 0, "Meituan");
    add_point(&c->panels[0].series[1], 0, 70e6, 0, "Meituan");
    chart_layout(c, 0);
    ck_assert(c->show_legend);
    t = render_in(c, dir, "bars2.pdf", 0);
    ck_assert(strstr(t, "set object rectangle from screen") != NULL);
    ck_assert(strstr(t, "fillcolor rgb \"#56B4E9\"") != NULL);
    check_pdf(dir, "bars2.pdf", "/MediaBox [ 0 0 400 250 ]");
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

START_TEST(empty_and_fonts)
{
    /* no points at all: the frame and texts, no warning */
    struct chart *c = new_chart(CHART_LINE, 1, 300, 200);
    snprintf(c->title, sizeof c->title, "Nothing yet");
    add_series(&c->panels[0], "none", "people");
    c->style.font = "Noto Sans CJK SC, DejaVu Sans";
    chart_layout(c, 0);
    char *dir = tmp_dir();
    char *t = render_in(c, dir, "empty.png", 0);
    ck_assert(strstr(t, "plot NaN notitle") != NULL);
    /* gnuplot reads "family,size": the first family of the list */
    ck_assert(strstr(t, "font \"Noto Sans CJK SC,9\"") != NULL);
    ck_assert(strstr(t, "DejaVu Sans,9\" fontscale") != NULL); /* the terminal's cell */
    check_png(dir, "empty.png", 600, 400);
    free(t);
    c->style.font = "Odd \"Font\"";
    t = script_text(c, "x.png", 0);
    ck_assert(strstr(t, "font \"Odd \\\"Font\\\":Bold,") != NULL);
    free(t);
    free_chart(c);

    /* a chart with no panels: just its texts */
    c = new_chart(CHART_LINE, 0, 300, 200);
    snprintf(c->title, sizeof c->title, "Only a title");
    chart_layout(c, 0);
    t = render_in(c, dir, "none.png", 0);
    ck_assert(strstr(t, "set label \"Only a title\"") != NULL);
    check_png(dir, "none.png", 600, 400);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

/* The footnote wraps where chart.c counted its lines, one label a line. */
START_TEST(footnote_wraps)
{
    struct chart *c = netizens();
    snprintf(c->footnote, sizeof c->footnote,
             "Sources: cnnic-statistical-report-2013.txt, museum-timeline.txt, think-tank-paper.txt, "
             "news-2014-01.txt, news-2014-02.txt\nCurated: 2012 corrected by hand");
    chart_layout(c, 0);
    double lh = CHART_LINE_EM * CHART_FOOT_EM * c->style.font_pt;
    int want = (int)lround(c->footer.h / lh);
    ck_assert_int_ge(want, 3);
    char *t = script_text(c, "x.png", 0);
    int got = 0;
    for (const char *p = t; (p = strstr(p, "font \"Noto Sans CJK SC,7.65\"")) != NULL; p++)
        got++;
    ck_assert_int_eq(got, want);
    ck_assert(strstr(t, "set label \"Curated: 2012 corrected by hand\"") != NULL);
    free(t);
    free_chart(c);
}
END_TEST

/* ---- injection ---------------------------------------------------------------- */

static bool pwned_seen;

static int find_pwned(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    if (strcmp(p + ftw->base, "pwned") == 0)
        pwned_seen = true;
    return 0;
}

static bool pwned_under(const char *dir)
{
    pwned_seen = false;
    ck_assert_int_eq(nftw(dir, find_pwned, 16, FTW_PHYS), 0);
    return pwned_seen;
}

/* Run gnuplot on script_name with dir as the working directory. */
static enum cns_rc run_in(const char *dir, const char *script_name, struct buf *diag, struct cns_err *e)
{
    int here = open(".", O_RDONLY | O_DIRECTORY);
    ck_assert_int_ge(here, 0);
    ck_assert_int_eq(chdir(dir), 0);
    enum cns_rc rc = chart_gnuplot_run(script_name, diag, e);
    ck_assert_int_eq(fchdir(here), 0);
    close(here);
    return rc;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    ck_assert_int_eq(fclose(f), 0);
}

/* The probe works: an unescaped backquote in a gnuplot string does run a
 * command, so the injection test below would see it. */
START_TEST(injection_probe_is_live)
{
    if (!have_gnuplot())
        return;
    char *dir = tmp_dir();
    char *gp = join(dir, "raw.gp");
    write_file(gp, "set label \"`touch pwned`\" at 0,0\n");
    struct cns_err e;
    cns_err_init(&e);
    run_in(dir, "raw.gp", NULL, &e);
    ck_assert_msg(pwned_under(dir), "gnuplot did not run the backquoted command");
    free(gp);
    rm_tree(dir);
}
END_TEST

START_TEST(injection)
{
    const char *evil[] = {"`touch pwned`", "\"; system(\"touch pwned\"); \"",
                          "\\\"; system('touch pwned'); #", "x\" . system(\"touch pwned\") . \"",
                          "@x `touch pwned` %s %n"};
    struct chart *c = new_chart(CHART_LINE, 1, 400, 250);
    snprintf(c->title, sizeof c->title, "back\\slash \"title\"\nsecond line\\\n`touch pwned`");
    snprintf(c->subtitle, sizeof c->subtitle, "\"; system(\"touch pwned\"); \"\r\n");
    snprintf(c->footnote, sizeof c->footnote, "Sources: `touch pwned`.txt, \";system(\"touch pwned\")#.txt");
    for (size_t i = 0; i < sizeof evil / sizeof *evil; i++) {
        struct chart_series *s = add_series(&c->panels[0], evil[i], "people");
        for (int k = 0; k < 3; k++)
            add_year(s, 2010 + k, (10 + (double)i + k) * 1e6, k == 1 ? CP_DERIVED : 0);
    }
    chart_layout(c, 0);
    /* tick labels and axis titles from a user, too */
    struct panel *p = &c->panels[0];
    snprintf(p->y.title, sizeof p->y.title, "`touch pwned` \"); system(\"touch pwned\"); (\"");
    snprintf(p->x.ticks[0].label, sizeof p->x.ticks[0].label, "`touch pwned`");
    if (p->x.nticks > 1)
        snprintf(p->x.ticks[1].label, sizeof p->x.ticks[1].label, "\");system(\"touch pwned");
    c->show_legend = true;
    if (c->legend.w <= 0)
        c->legend = (struct rect){300, 40, 90, 80};

    char *dir = tmp_dir();
    char *t = script_text(c, "evil \"out\\.png", 0); /* an odd, but exact, output name */
    ck_assert_msg(strchr(t, '`') == NULL, "a backquote in the script");
    ck_assert(strstr(t, "\\\"; system(\\\"touch pwned\\\"); \\\"") != NULL);
    ck_assert(strstr(t, "back\\\\slash \\\"title\\\" second line\\\\ \xE2\x80\x98touch pwned") != NULL);
    ck_assert(has_line(t, "set output \"evil \\\"out\\\\.png\""));
    char *gp = join(dir, "evil.gp");
    write_file(gp, t);
    if (have_gnuplot()) {
        struct cns_err e;
        cns_err_init(&e);
        struct buf diag;
        buf_init(&diag);
        enum cns_rc rc = run_in(dir, "evil.gp", &diag, &e);
        ck_assert_msg(rc == CNS_OK, "%s\n%s", e.msg, diag.p ? diag.p : "");
        ck_assert_msg(diag.len == 0, "gnuplot said:\n%s", diag.p);
        buf_fini(&diag);
        ck_assert_msg(!pwned_under(dir), "a command ran");
        check_png(dir, "evil \"out\\.png", 800, 500); /* the exact name */
    }
    free(gp);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

/* gnuplot's special file names: "|cmd" as output and "<cmd" as a script
 * run commands, "~" is $HOME.  Relative names get "./" in front. */
START_TEST(special_file_names)
{
    struct chart *c = netizens();
    char *t = script_text(c, "|touch pwned.png", 0);
    ck_assert(has_line(t, "set output \"./|touch pwned.png\""));
    free(t);
    t = script_text(c, "~x.pdf", 0);
    ck_assert(has_line(t, "set output \"./~x.pdf\""));
    free(t);
    t = script_text(c, "plots/x.png", 0);
    ck_assert(has_line(t, "set output \"plots/x.png\""));
    free(t);
    if (!have_gnuplot()) {
        free_chart(c);
        return;
    }
    char *dir = tmp_dir();
    /* a script named like a command, writing to a name like a pipe */
    t = script_text(c, "|touch pwned", 0);
    char *gp = join(dir, "<touch pwned");
    write_file(gp, t);
    struct cns_err e;
    cns_err_init(&e);
    struct buf diag;
    buf_init(&diag);
    ck_assert_msg(run_in(dir, "<touch pwned", &diag, &e) == CNS_OK, "%s", e.msg);
    ck_assert_msg(diag.len == 0, "%s", diag.p);
    ck_assert(!pwned_under(dir));
    check_png(dir, "|touch pwned", 800, 500);
    /* an option-like name */
    char *gp2 = join(dir, "-V");
    write_file(gp2, t);
    ck_assert_msg(run_in(dir, "-V", &diag, &e) == CNS_OK, "%s", e.msg);
    buf_fini(&diag);
    free(gp2);
    free(gp);
    free(t);
    rm_tree(dir);
    free_chart(c);
}
END_TEST

/* ---- the runner ------------------------------------------------------------------ */

START_TEST(render_reports_failure)
{
    if (!have_gnuplot())
        return;
    char *dir = tmp_dir();
    char *gp = join(dir, "bad.gp");
    write_file(gp, "set terminal pngcairo\nset output '/dev/null'\nplot [0:1] x\nthis is not gnuplot\n");
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(chart_gnuplot_render(gp, &e), CNS_EDATA);
    ck_assert_msg(strstr(e.msg, "gnuplot failed (exit status 1)") != NULL, "%s", e.msg);
    ck_assert_msg(strstr(e.msg, "line 4") != NULL, "%s", e.msg);
    /* a missing script */
    cns_err_init(&e);
    char *none = join(dir, "none.gp");
    ck_assert_int_eq(chart_gnuplot_render(none, &e), CNS_EDATA);
    ck_assert_msg(strstr(e.msg, "gnuplot failed") != NULL, "%s", e.msg);
    free(none);
    free(gp);
    rm_tree(dir);
}
END_TEST

START_TEST(render_without_gnuplot)
{
    char *dir = tmp_dir();
    char *old = getenv("PATH") ? xstrdup(getenv("PATH")) : NULL;
    setenv("PATH", dir, 1); /* an empty directory: no gnuplot */
    struct cns_err e;
    cns_err_init(&e);
    enum cns_rc rc = chart_gnuplot_render("chart.gp", &e);
    if (old) {
        setenv("PATH", old, 1);
        free(old);
    } else
        unsetenv("PATH");
    ck_assert_int_eq(rc, CNS_EDATA);
    ck_assert_str_eq(e.msg, "gnuplot not found: install gnuplot-nox, or open the .gp file yourself");
    rm_tree(dir);
}
END_TEST

Suite *gnuplot_suite(void)
{
    Suite *s = suite_create("gnuplot");
    TCase *tc = tcase_create("escaping");
    tcase_add_test(tc, quote_rules);
    tcase_add_test(tc, bad_output_names);
    tcase_add_test(tc, refuses_bad_charts);
    suite_add_tcase(s, tc);

    tc = tcase_create("script");
    tcase_add_test(tc, line_script_text);
    tcase_add_test(tc, every_text_noenhanced);
    tcase_add_test(tc, pdf_size_in_inches);
    tcase_add_test(tc, footnote_wraps);
    suite_add_tcase(s, tc);

    tc = tcase_create("rendered by gnuplot");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, line_png_renders);
    tcase_add_test(tc, line_pdf_renders);
    tcase_add_test(tc, log_axis);
    tcase_add_test(tc, bar_chart);
    tcase_add_test(tc, growth_chart);
    tcase_add_test(tc, two_series_legend);
    tcase_add_test(tc, dashboard);
    tcase_add_test(tc, single_point);
    tcase_add_test(tc, ranges_and_bars_legend);
    tcase_add_test(tc, empty_and_fonts);
    suite_add_tcase(s, tc);

    tc = tcase_create("injection");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, injection_probe_is_live);
    tcase_add_test(tc, injection);
    tcase_add_test(tc, special_file_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("runner");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, render_reports_failure);
    tcase_add_test(tc, render_without_gnuplot);
    suite_add_tcase(s, tc);
    return s;
}
