/* cmd_show.c — cnstat show INDICATOR [--entity E]: a series with its flags
 * and sources, and on a terminal a one-line sparkline per entity. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "num.h"
#include "query.h"
#include "stats.h"
#include "util.h"

static void show_usage(FILE *out)
{
    fputs("usage: cnstat show INDICATOR [--entity E] [--currency CUR] [--data DIR] [--format FMT]\n"
          "The consolidated series of INDICATOR: one row per entity and period, with\n"
          "its qualifier, flags (conflict, outlier, derived, curated, range) and the\n"
          "number of mentions behind it; then n, min, max, mean and median of each\n"
          "entity's series (JSON: {\"notes\": [...], \"rows\": [...]}).\n\n"
          "  --entity E       only entities whose name contains E (case-insensitive)\n"
          "  --currency CUR   convert money values (USD, CNY, EUR, HKD) with DIR/fx.csv\n"
          "  --data DIR       where series/ lives (default data)\n"
          "  --format FMT     table, csv, json or md (default: table on a terminal, else csv)\n",
          out);
}

/* ▁▂▃▄▅▆▇█ scaled between the series' minimum and maximum */
static void sparkline(FILE *out, const struct store *s, const size_t *ix, size_t n)
{
    static const char *const bars[] = {"\xE2\x96\x81", "\xE2\x96\x82", "\xE2\x96\x83", "\xE2\x96\x84",
                                       "\xE2\x96\x85", "\xE2\x96\x86", "\xE2\x96\x87", "\xE2\x96\x88"};
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        lo = fmin(lo, s->v[ix[i]].value);
        hi = fmax(hi, s->v[ix[i]].value);
    }
    for (size_t i = 0; i < n; i++) {
        int k = hi > lo ? (int)floor((s->v[ix[i]].value - lo) / (hi - lo) * 7 + 0.5) : 3;
        fputs(bars[k < 0 ? 0 : k > 7 ? 7 : k], out);
    }
}

int cmd_show(int argc, char **argv)
{
    struct qopts q;
    int orc0 = query_options(argc, argv, "show", show_usage, &q);
    if (orc0 >= 0)
        return orc0;
    if (optind != argc - 1) {
        return query_usage_error("show", "give exactly one INDICATOR");
    }
    const char *id = argv[optind];
    struct store s;
    char *conv;
    int orc = query_open(&q, argv + optind, 1, "show", &s, &conv);
    if (orc)
        return orc;
    size_t *ix;
    size_t n = query_rows(&s, id, q.entity, &ix);
    struct table *t = table_new();
    static const char *const cols[] = {"entity", "period", "value", "unit", "qualifier", "kind", "sources", "flags"};
    for (int k = 0; k < 8; k++)
        table_column(t, cols[k], k == 2 || k == 6 ? COL_NUMBER : COL_TEXT);
    if (conv)
        table_note(t, conv);
    for (size_t i = 0; i < n; i++) {
        const struct obs *o = &s.v[ix[i]];
        char v[NUM_FMT_MAX], src[24], fl[96] = "";
        num_fmt(o->value, v);
        snprintf(src, sizeof src, "%d", o->sources);
        static const char *const names[] = {"conflict", "outlier", "derived", "curated", "range"};
        size_t len = 0;
        for (int k = 0; k < 5; k++)
            if (o->flags & (1u << k))
                len += (size_t)snprintf(fl + len, sizeof fl - len, "%s%s", len ? ";" : "", names[k]);
        table_row(t);
        const char *cells[] = {o->entity, o->period, v, o->unit, qualifier_name(o->qualifier),
                               o->derived ? "derived" : "observed", src, fl};
        for (int k = 0; k < 8; k++)
            table_set(t, (size_t)k, cells[k]);
    }
    /* summary statistics of each entity's series (one unit) */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(s.v[ix[j]].entity, s.v[ix[i]].entity) == 0 &&
               strcmp(s.v[ix[j]].unit, s.v[ix[i]].unit) == 0)
            j++;
        double *v = xmalloc((j - i) * sizeof *v);
        for (size_t k = i; k < j; k++)
            v[k - i] = s.v[ix[k]].value;
        struct summary sm;
        struct cns_err e;
        cns_err_init(&e);
        if (stats_summary(v, j - i, &sm, &e) == CNS_OK) {
            char mn[NUM_FMT_MAX], mx[NUM_FMT_MAX], me[NUM_FMT_MAX], md[NUM_FMT_MAX];
            num_fmt(sm.min, mn);
            num_fmt(sm.max, mx);
            num_fmt(sm.mean, me);
            num_fmt(sm.median, md);
            struct buf line;
            buf_init(&line);
            buf_printf(&line, "%s (%s): n %zu, min %s, max %s, mean %s, median %s", s.v[ix[i]].entity,
                       s.v[ix[i]].unit, sm.n, mn, mx, me, md);
            table_note(t, line.p);
            buf_fini(&line);
        }
        free(v);
        i = j;
    }
    int rc = 0;
    if (n == 0) {
        warnf("show: no rows of '%s'%s%s", id, q.entity ? " for entity " : "", q.entity ? q.entity : "");
        rc = 1;
    } else if (table_write(t, q.fmt, true, stdout) != 0) {
        rc = 1;
    } else if (q.fmt == FMT_TABLE && isatty(fileno(stdout))) {
        /* one sparkline per entity with several dated values */
        size_t i = 0;
        while (i < n) {
            size_t j = i;
            while (j < n && strcmp(s.v[ix[j]].entity, s.v[ix[i]].entity) == 0)
                j++;
            if (j - i >= 2) {
                printf("%s  ", s.v[ix[i]].entity);
                sparkline(stdout, &s, ix + i, j - i);
                printf("  %s … %s\n", s.v[ix[i]].period, s.v[ix[j - 1]].period);
            }
            i = j;
        }
    }
    table_free(t);
    free(ix);
    free(conv);
    store_fini(&s);
    return rc;
}
