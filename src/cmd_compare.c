/* cmd_compare.c — cnstat compare YEAR_A YEAR_B [INDICATOR...]: both values,
 * the change, the percent change and the CAGR, side by side.  A year with
 * no value is shown as missing, naming the nearest period that has one. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "num.h"
#include "query.h"
#include "stats.h"
#include "util.h"

static void compare_usage(FILE *out)
{
    fputs("usage: cnstat compare YEAR_A YEAR_B [INDICATOR...] [--entity E] [--currency CUR]\n"
          "                      [--data DIR] [--format FMT]\n"
          "For every indicator (or those named) and entity: the value in YEAR_A and in\n"
          "YEAR_B, the change, the percent change and the compound annual growth rate.\n"
          "A value dated within a year counts for it (a year-end figure first, else the\n"
          "latest dated one); a missing year names the nearest period there is.\n",
          out);
}

static bool parse_year(const char *s, int *y)
{
    double v;
    if (strlen(s) != 4 || !num_parse(s, 4, &v) || v < 1800 || v > 2200)
        return false;
    *y = (int)v;
    return true;
}

/* The row of entity rows [i, j) for year y: the plain "YYYY" row, else the
 * latest row dated within the year; -1 if none. */
static long pick(const struct store *s, const size_t *ix, size_t i, size_t j, int y)
{
    long best = -1;
    for (size_t k = i; k < j; k++) {
        const struct obs *o = &s->v[ix[k]];
        if (isnan(o->t) || (int)floor(o->t) != y)
            continue;
        if (strlen(o->period) == 4)
            return (long)ix[k];
        if (best < 0 || o->t > s->v[best].t)
            best = (long)ix[k];
    }
    return best;
}

/* The period nearest to year y among rows [i, j), for the missing note. */
static const char *nearest(const struct store *s, const size_t *ix, size_t i, size_t j, int y)
{
    const char *p = NULL;
    double d = INFINITY;
    for (size_t k = i; k < j; k++) {
        const struct obs *o = &s->v[ix[k]];
        if (!isnan(o->t) && fabs(o->t - y) < d) {
            d = fabs(o->t - y);
            p = o->period;
        }
    }
    return p;
}

int cmd_compare(int argc, char **argv)
{
    struct qopts q;
    int orc0 = query_options(argc, argv, "compare", compare_usage, &q);
    if (orc0 >= 0)
        return orc0;
    int ya, yb;
    if (argc - optind < 2 || !parse_year(argv[optind], &ya) || !parse_year(argv[optind + 1], &yb)) {
        return query_usage_error("compare", "give two years, e.g. 'cnstat compare 2010 2013'");
    }
    struct store s;
    char *conv;
    int orc = query_open(&q, argv + optind + 2, argc - optind - 2, "compare", &s, &conv);
    if (orc)
        return orc;
    struct table *t = table_new();
    static const char *const cols[] = {"indicator", "entity", "unit", "period_a", "value_a", "period_b", "value_b",
                                       "change", "pct_change", "cagr_pct", "note"};
    static const bool numeric[] = {0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0};
    for (int k = 0; k < 11; k++)
        table_column(t, cols[k], numeric[k] ? COL_NUMBER : COL_TEXT);
    if (conv)
        table_note(t, conv);
    /* the indicators, in order */
    size_t nrows = 0;
    for (size_t i = 0; i < s.n;) {
        const char *id = s.v[i].indicator;
        size_t j = i;
        while (j < s.n && strcmp(s.v[j].indicator, id) == 0)
            j++;
        bool wanted = argc - optind == 2;
        for (int a = optind + 2; a < argc && !wanted; a++)
            wanted = strcmp(argv[a], id) == 0;
        if (wanted) {
            size_t *ix;
            size_t n = query_rows(&s, id, q.entity, &ix);
            size_t e0 = 0;
            while (e0 < n) {
                size_t e1 = e0;
                while (e1 < n && strcmp(s.v[ix[e1]].entity, s.v[ix[e0]].entity) == 0)
                    e1++;
                long ra = pick(&s, ix, e0, e1, ya), rb = pick(&s, ix, e0, e1, yb);
                if (ra >= 0 || rb >= 0) {
                    const struct obs *oa = ra >= 0 ? &s.v[ra] : NULL, *ob = rb >= 0 ? &s.v[rb] : NULL;
                    char va[NUM_FMT_MAX] = "", vb[NUM_FMT_MAX] = "", ch[NUM_FMT_MAX] = "", pc[32] = "",
                         cg[32] = "";
                    struct buf note;
                    buf_init(&note);
                    if (oa)
                        num_fmt(oa->value, va);
                    if (ob)
                        num_fmt(ob->value, vb);
                    for (int side = 0; side < 2; side++) {
                        int y = side ? yb : ya;
                        if ((side ? ob : oa) == NULL) {
                            const char *np = nearest(&s, ix, e0, e1, y);
                            buf_printf(&note, "%sno value for %d%s%s", note.len ? "; " : "", y,
                                       np ? "; nearest: " : "", np ? np : "");
                        }
                    }
                    if (oa && ob && strcmp(oa->unit, ob->unit) != 0) {
                        buf_printf(&note, "%sunits differ (%s, %s): use --currency", note.len ? "; " : "",
                                   oa->unit, ob->unit);
                    } else if (oa && ob) {
                        num_fmt(ob->value - oa->value, ch);
                        if (oa->value > 0)
                            fmt_pct((ob->value / oa->value - 1) * 100, pc, sizeof pc);
                        double rate;
                        struct cns_err e;
                        cns_err_init(&e);
                        if (oa->t < ob->t && stats_cagr(oa->t, oa->value, ob->t, ob->value, &rate, &e) == CNS_OK)
                            fmt_pct(rate * 100, cg, sizeof cg);
                        if (oa->flags & (SF_CONFLICT | SF_OUTLIER) || ob->flags & (SF_CONFLICT | SF_OUTLIER))
                            buf_printf(&note, "%sa flagged value: see 'cnstat show %s'", note.len ? "; " : "", id);
                    }
                    table_row(t);
                    const char *cells[] = {id, s.v[ix[e0]].entity, (oa ? oa : ob)->unit, oa ? oa->period : "", va,
                                           ob ? ob->period : "", vb, ch, pc, cg, note.p ? note.p : ""};
                    for (int k = 0; k < 11; k++)
                        table_set(t, (size_t)k, cells[k]);
                    buf_fini(&note);
                    nrows++;
                }
                e0 = e1;
            }
            free(ix);
        }
        i = j;
    }
    int rc = 0;
    if (nrows == 0) {
        warnf("compare: nothing has a value in %d or %d", ya, yb);
        rc = 1;
    } else if (table_write(t, q.fmt, conv != NULL, stdout) != 0) {
        rc = 1;
    }
    table_free(t);
    free(conv);
    store_fini(&s);
    return rc;
}
