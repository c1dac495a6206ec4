/* query.c — shared parts of the analysis commands. */
#include "query.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <getopt.h>

#include "csvio.h"
#include "msg.h"
#include "num.h"
#include "scan.h"
#include "util.h"

void qopts_init(struct qopts *q)
{
    q->data = "data";
    q->entity = NULL;
    q->fmt = fmt_default(stdout);
    q->currency = NULL;
}

int qopts_set(struct qopts *q, int id, const char *arg, const char *cmd)
{
    switch (id) {
    case 'D': q->data = arg; return 0;
    case 'E': q->entity = arg; return 0;
    case 'C': q->currency = arg; return 0;
    case 'F':
        if (!fmt_parse(arg, &q->fmt)) {
            warnf("%s: unknown format '%s' (table, csv, json, md)", cmd, arg);
            return CNS_EUSAGE;
        }
        return 0;
    default: return CNS_EUSAGE;
    }
}

int query_load(const struct qopts *q, struct store *s)
{
    struct cns_err e;
    cns_err_init(&e);
    struct buf dir;
    buf_init(&dir);
    buf_printf(&dir, "%s/series", q->data);
    enum cns_rc rc = series_read_dir(dir.p, s, &e);
    buf_fini(&dir);
    if (rc != CNS_OK) {
        cns_err_print(&e);
        return 1;
    }
    return 0;
}

bool query_known(const struct store *s, const char *id, const char *cmd)
{
    const char **ids = xcalloc(s->n + 1, sizeof *ids);
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (strcmp(s->v[i].indicator, id) == 0) {
            free(ids);
            return true;
        }
        if (n == 0 || strcmp(ids[n - 1], s->v[i].indicator) != 0)
            ids[n++] = s->v[i].indicator;
    }
    const char *best = did_you_mean(id, ids, n);
    if (best)
        warnf("%s: unknown indicator '%s' (did you mean '%s'?)", cmd, id, best);
    else
        warnf("%s: unknown indicator '%s' (the series files in --data name the known ones)", cmd, id);
    free(ids);
    return false;
}

static const struct store *sort_store;

static int row_cmp(const void *pa, const void *pb)
{
    const struct obs *a = &sort_store->v[*(const size_t *)pa], *b = &sort_store->v[*(const size_t *)pb];
    int c = strcmp(a->entity, b->entity);
    if (c)
        return c;
    bool ha = !isnan(a->t), hb = !isnan(b->t);
    if (ha != hb)
        return ha ? 1 : -1;
    if (ha && a->t != b->t)
        return a->t < b->t ? -1 : 1;
    return strcmp(a->period, b->period);
}

size_t query_rows(const struct store *s, const char *id, const char *entity, size_t **out)
{
    size_t *v = xmalloc((s->n ? s->n : 1) * sizeof *v), n = 0;
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i].indicator, id) == 0 && (!entity || str_icontains(s->v[i].entity, entity)))
            v[n++] = i;
    sort_store = s;
    qsort(v, n, sizeof *v, row_cmp);
    *out = v;
    return n;
}

void fmt_pct(double pct, char *buf, size_t n)
{
    if (fabs(pct) < 0.05)
        pct = 0; /* no "-0.0" */
    snprintf(buf, n, "%.1f", pct);
}

/* ---- currency ------------------------------------------------------------- */

struct fx {
    int year;
    char cur[8];
    double usd; /* US dollars per unit */
};

struct fx_ctx {
    struct fx *v;
    size_t n;
    const char *path;
    struct cns_err *e;
    int col[3];
    bool header;
};

static int fx_row(void *ctx, long line, size_t nf, char **f)
{
    struct fx_ctx *c = ctx;
    static const char *const want[3] = {"year", "currency", "usd"};
    if (!c->header) {
        c->header = true;
        for (int k = 0; k < 3; k++) {
            c->col[k] = -1;
            for (size_t j = 0; j < nf; j++)
                if (strcmp(f[j], want[k]) == 0)
                    c->col[k] = (int)j;
            if (c->col[k] < 0) {
                cns_fail(c->e, CNS_EDATA, c->path, line, "no '%s' column", want[k]);
                return 1;
            }
        }
        return 0;
    }
    double y, u;
    const char *ys = f[c->col[0]], *cs = f[c->col[1]], *us = f[c->col[2]];
    if ((size_t)c->col[0] >= nf || (size_t)c->col[1] >= nf || (size_t)c->col[2] >= nf ||
        !num_parse(ys, strlen(ys), &y) || !num_parse(us, strlen(us), &u) || u <= 0 || strlen(cs) >= 8) {
        cns_fail(c->e, CNS_EDATA, c->path, line, "expected year,currency,usd");
        return 1;
    }
    c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
    c->v[c->n].year = (int)y;
    snprintf(c->v[c->n].cur, sizeof c->v[c->n].cur, "%s", cs);
    c->v[c->n].usd = u;
    c->n++;
    return 0;
}

static bool fx_rate(const struct fx_ctx *c, const char *cur, int year, double *usd)
{
    if (strcmp(cur, "USD") == 0) {
        *usd = 1;
        return true;
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i].year == year && strcmp(c->v[i].cur, cur) == 0) {
            *usd = c->v[i].usd;
            return true;
        }
    return false;
}

static bool is_money(const char *unit)
{
    /* (the extractor writes money in the ISO code the scanner gives) */
    const char *code = scan_currency_code(unit, strlen(unit));
    return code && strcmp(code, unit) == 0;
}

int query_convert(const struct qopts *q, struct store *s, char **note)
{
    *note = NULL;
    if (!q->currency)
        return 0;
    struct cns_err e;
    cns_err_init(&e);
    struct buf path;
    buf_init(&path);
    buf_printf(&path, "%s/fx.csv", q->data);
    struct fx_ctx c = {NULL, 0, path.p, &e, {0, 0, 0}, false};
    if (csvio_read(path.p, fx_row, &c, &e) != CNS_OK) {
        cns_err_print(&e);
        free(c.v);
        buf_fini(&path);
        return 1;
    }
    size_t converted = 0, missing = 0;
    for (size_t i = 0; i < s->n; i++) {
        struct obs *o = &s->v[i];
        if (!is_money(o->unit) || strcmp(o->unit, q->currency) == 0 || isnan(o->t))
            continue;
        int year = (int)floor(o->t);
        double from, to;
        if (!fx_rate(&c, o->unit, year, &from) || !fx_rate(&c, q->currency, year, &to)) {
            missing++;
            continue;
        }
        o->value = o->value * from / to;
        free(o->unit);
        o->unit = xstrdup(q->currency);
        converted++;
    }
    struct buf nb;
    buf_init(&nb);
    buf_printf(&nb, "converted %zu money values to %s at annual average rates (%s)", converted, q->currency, path.p);
    if (missing)
        buf_printf(&nb, "; %zu left in their own currency: no rate for their year", missing);
    *note = nb.p;
    free(c.v);
    buf_fini(&path);
    return 0;
}

int query_open(const struct qopts *q, char *const *ids, int nids, const char *cmd, struct store *s, char **conv)
{
    *conv = NULL;
    store_init(s);
    int rc = query_load(q, s) ? 1 : 0;
    for (int i = 0; i < nids && rc == 0; i++)
        if (!query_known(s, ids[i], cmd))
            rc = 2;
    if (rc == 0 && query_convert(q, s, conv))
        rc = 1;
    if (rc)
        store_fini(s);
    return rc;
}

int query_usage_error(const char *cmd, const char *why)
{
    warnf("%s: %s", cmd, why);
    fprintf(stderr, "Try 'cnstat %s --help'.\n", cmd);
    return CNS_EUSAGE;
}

int query_bad_option(const char *cmd, const char *opt)
{
    char why[200];
    snprintf(why, sizeof why, "bad option '%s' (or a missing value)", opt);
    return query_usage_error(cmd, why);
}

int query_options(int argc, char **argv, const char *cmd, void (*usage)(FILE *), struct qopts *q)
{
    static const struct option opts[] = {
        {"entity", required_argument, NULL, 'E'}, {"data", required_argument, NULL, 'D'},
        {"format", required_argument, NULL, 'F'}, {"currency", required_argument, NULL, 'C'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    qopts_init(q);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            usage(stdout);
            return 0;
        }
        if (c == '?' || c == ':')
            return query_bad_option(cmd, argv[optind - 1]);
        if (qopts_set(q, c, optarg, cmd))
            return query_usage_error(cmd, "bad --format value");
    }
    return -1;
}
