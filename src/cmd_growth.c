/* cmd_growth.c — cnstat growth INDICATOR [--from Y] [--to Y]: growth from
 * period to period (annualised over gaps), CAGR over the whole span, and a
 * log-linear trend with its 95 % confidence interval and doubling time. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "num.h"
#include "query.h"
#include "stats.h"
#include "util.h"

static void growth_usage(FILE *out)
{
    fputs("usage: cnstat growth INDICATOR [--from YEAR] [--to YEAR] [--entity E] [--currency CUR]\n"
          "                     [--data DIR] [--format FMT]\n"
          "For each entity of INDICATOR with two or more dated values: the growth from\n"
          "each period to the next (annualised when the gap exceeds 1.5 years), the\n"
          "CAGR from first to last, and with three or more values a log-linear fit:\n"
          "the annual growth rate with its 95 % confidence interval, R^2 and the\n"
          "doubling time.  Periods count as fractional years (2014-03 is 2014.17).\n",
          out);
}

static void cell(struct table *t, size_t col, double v, bool pct)
{
    char b[NUM_FMT_MAX];
    if (pct)
        fmt_pct(v * 100, b, sizeof b);
    else
        num_fmt(v, b);
    table_set(t, col, b);
}

static void cell2(struct table *t, size_t col, double v)
{
    char b[32];
    snprintf(b, sizeof b, "%.2f", fabs(v) < 0.005 ? 0.0 : v);
    table_set(t, col, b);
}

int cmd_growth(int argc, char **argv)
{
    static const struct option opts[] = {
        {"entity", required_argument, NULL, 'E'}, {"data", required_argument, NULL, 'D'},
        {"format", required_argument, NULL, 'F'}, {"currency", required_argument, NULL, 'C'},
        {"from", required_argument, NULL, 'a'},   {"to", required_argument, NULL, 'b'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    struct qopts q;
    qopts_init(&q);
    double from = -INFINITY, to = INFINITY;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            growth_usage(stdout);
            return 0;
        }
        if (c == 'a' || c == 'b') {
            double y;
            if (!num_parse(optarg, strlen(optarg), &y) || y != floor(y)) {
                warnf("growth: --%s needs a year, got '%s'", c == 'a' ? "from" : "to", optarg);
                return 2;
            }
            if (c == 'a')
                from = y;
            else
                to = y + 1; /* through the end of that year */
            continue;
        }
        if (c == '?' || c == ':')
            return query_bad_option("growth", argv[optind - 1]);
        if (qopts_set(&q, c, optarg, "growth"))
            return query_usage_error("growth", "bad --format value");
    }
    if (optind != argc - 1) {
        return query_usage_error("growth", "give exactly one INDICATOR");
    }
    const char *id = argv[optind];
    struct store s;
    char *conv;
    int orc = query_open(&q, argv + optind, 1, "growth", &s, &conv);
    if (orc)
        return orc;
    size_t *ix;
    size_t n = query_rows(&s, id, q.entity, &ix);

    struct table *steps = table_new(), *sum = table_new();
    static const char *const scols[] = {"entity", "from", "to", "value_from", "value_to", "change", "pct_change",
                                        "annual_pct", "annualised"};
    for (int k = 0; k < 9; k++)
        table_column(steps, scols[k], k >= 3 && k <= 7 ? COL_NUMBER : COL_TEXT);
    static const char *const ccols[] = {"entity", "first", "last", "points", "cagr_pct", "trend_pct", "ci95_low_pct",
                                        "ci95_high_pct", "r2", "doubling_years", "note"};
    for (int k = 0; k < 11; k++)
        table_column(sum, ccols[k], k >= 3 && k <= 9 ? COL_NUMBER : COL_TEXT);
    if (conv) {
        table_note(steps, conv);
        table_note(sum, conv);
    }
    size_t e0 = 0, entities = 0;
    while (e0 < n) {
        size_t e1 = e0;
        while (e1 < n && strcmp(s.v[ix[e1]].entity, s.v[ix[e0]].entity) == 0)
            e1++;
        /* one series per unit: an entity with values in two currencies (and
         * no --currency) grows separately in each */
        size_t u1 = e0 + 1;
        while (u1 < e1 && strcmp(s.v[ix[u1]].unit, s.v[ix[e0]].unit) == 0)
            u1++;
        if (u1 < e1) {
            size_t *tmp = xmalloc((e1 - e0) * sizeof *tmp), w = 0;
            for (size_t r = e0; r < e1; r++)
                if (strcmp(s.v[ix[r]].unit, s.v[ix[e0]].unit) == 0)
                    tmp[w++] = ix[r];
            size_t same = w;
            for (size_t r = e0; r < e1; r++)
                if (strcmp(s.v[ix[r]].unit, s.v[ix[e0]].unit) != 0)
                    tmp[w++] = ix[r];
            memcpy(ix + e0, tmp, (e1 - e0) * sizeof *tmp);
            free(tmp);
            e1 = e0 + same; /* the rest is handled as its own group next */
        }
        struct point *pt = xmalloc((e1 - e0) * sizeof *pt);
        const struct obs **ob = xmalloc((e1 - e0) * sizeof *ob);
        size_t m = 0;
        bool mixed = false;
        for (size_t k = e0; k < e1; k++) {
            const struct obs *o = &s.v[ix[k]];
            if (isnan(o->t) || o->t < from || o->t >= to)
                continue;
            if (m && strcmp(o->unit, ob[0]->unit) != 0)
                mixed = true;
            pt[m] = (struct point){o->t, o->value};
            ob[m++] = o;
        }
        if (m >= 2 && !mixed) {
            entities++;
            const char *ent = s.v[ix[e0]].entity;
            struct step *st = xmalloc(m * sizeof *st);
            size_t ns = stats_steps(pt, m, st);
            for (size_t k = 0; k < ns; k++) {
                table_row(steps);
                table_set(steps, 0, ent);
                table_set(steps, 1, ob[k]->period);
                table_set(steps, 2, ob[k + 1]->period);
                cell(steps, 3, st[k].v0, false);
                cell(steps, 4, st[k].v1, false);
                cell(steps, 5, st[k].change, false);
                if (st[k].has_pct) {
                    char b[32];
                    fmt_pct(st[k].pct, b, sizeof b);
                    table_set(steps, 6, b);
                    fmt_pct(st[k].annual_pct, b, sizeof b);
                    table_set(steps, 7, b);
                }
                table_set(steps, 8, st[k].annualised ? "yes" : "no");
            }
            free(st);
            table_row(sum);
            table_set(sum, 0, ent);
            table_set(sum, 1, ob[0]->period);
            table_set(sum, 2, ob[m - 1]->period);
            char b[32];
            snprintf(b, sizeof b, "%zu", m);
            table_set(sum, 3, b);
            struct cns_err e;
            cns_err_init(&e);
            double rate;
            struct buf note;
            buf_init(&note);
            if (stats_cagr(pt[0].t, pt[0].v, pt[m - 1].t, pt[m - 1].v, &rate, &e) == CNS_OK)
                cell(sum, 4, rate, true);
            else
                buf_printf(&note, "no CAGR: %s", e.msg);
            cns_err_init(&e);
            struct fit f;
            if (stats_loglinear(pt, m, &f, &e) == CNS_OK) {
                cell(sum, 5, f.rate, true);
                cell(sum, 6, f.rate_lo, true);
                cell(sum, 7, f.rate_hi, true);
                snprintf(b, sizeof b, "%.3f", f.r2);
                table_set(sum, 8, b);
                if (f.has_doubling)
                    cell2(sum, 9, f.doubling);
            } else {
                buf_printf(&note, "%sno trend: %s", note.len ? "; " : "", e.msg);
            }
            table_set(sum, 10, note.p ? note.p : "");
            buf_fini(&note);
        }
        free(pt);
        free(ob);
        e0 = e1;
    }
    int rc = 0;
    if (entities == 0) {
        warnf("growth: '%s' has no entity with two dated values in one unit%s", id,
              isfinite(from) || isfinite(to) ? " in that span" : "");
        rc = 1;
    } else if (q.fmt == FMT_JSON) {
        fputs("{\"steps\": ", stdout);
        rc |= table_write(steps, FMT_JSON, false, stdout) != 0;
        fputs(", \"summary\": ", stdout);
        rc |= table_write(sum, FMT_JSON, false, stdout) != 0;
        fputs("}\n", stdout);
    } else {
        if (q.fmt == FMT_TABLE || q.fmt == FMT_MD)
            printf("%sGrowth from period to period\n\n", q.fmt == FMT_MD ? "## " : "");
        rc |= table_write(steps, q.fmt, false, stdout) != 0;
        if (q.fmt == FMT_TABLE || q.fmt == FMT_MD)
            printf("\n%sCAGR and log-linear trend (95 %% CI, Student t)\n\n", q.fmt == FMT_MD ? "## " : "");
        else
            fputc('\n', stdout);
        rc |= table_write(sum, q.fmt, false, stdout) != 0;
    }
    table_free(steps);
    table_free(sum);
    free(ix);
    free(conv);
    store_fini(&s);
    return rc;
}
