/* cmd_explain.c — cnstat explain INDICATOR PERIOD: the sentences behind a
 * number (file, line, quote) and, for a derived value, its arithmetic. */
#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "num.h"
#include "query.h"
#include "util.h"

static void explain_usage(FILE *out)
{
    fputs("usage: cnstat explain INDICATOR PERIOD [--entity E] [--data DIR] [--format FMT]\n"
          "The mentions behind the value of INDICATOR in PERIOD (YYYY, YYYY-MM or\n"
          "YYYY-MM-DD; a year also finds the periods within it): file, line, the\n"
          "sentence quoted, and for a derived value the arithmetic.\n",
          out);
}

static int load_mentions(const struct qopts *q, struct factset *fs)
{
    struct cns_err e;
    cns_err_init(&e);
    struct buf p;
    buf_init(&p);
    buf_printf(&p, "%s/facts.csv", q->data);
    enum cns_rc rc = factset_load(fs, p.p, &e);
    buf_clear(&p);
    buf_printf(&p, "%s/manual", q->data);
    DIR *dh = rc == CNS_OK ? opendir(p.p) : NULL;
    if (dh) {
        char **names = NULL;
        size_t n = 0;
        struct dirent *de;
        while ((de = readdir(dh))) {
            size_t len = strlen(de->d_name);
            if (len > 4 && strcmp(de->d_name + len - 4, ".csv") == 0 && de->d_name[0] != '.') {
                names = xrealloc(names, (n + 1) * sizeof *names);
                names[n++] = xstrdup(de->d_name);
            }
        }
        closedir(dh);
        for (size_t i = 0; i < n; i++) {
            struct buf f;
            buf_init(&f);
            buf_printf(&f, "%s/%s", p.p, names[i]);
            if (rc == CNS_OK)
                rc = factset_manual(fs, f.p, &e);
            buf_fini(&f);
            free(names[i]);
        }
        free(names);
    }
    buf_fini(&p);
    if (rc != CNS_OK) {
        cns_err_print(&e);
        return 1;
    }
    return 0;
}

/* Does "file:line; file:line" list this mention? */
static bool listed(const char *files, const struct fact *f)
{
    char key[600];
    snprintf(key, sizeof key, "%s:%ld", f->file, f->line);
    size_t k = strlen(key);
    for (const char *p = files; (p = strstr(p, key)); p += k)
        if ((p == files || p[-1] == ' ') && (p[k] == '\0' || p[k] == ';'))
            return true;
    return false;
}

int cmd_explain(int argc, char **argv)
{
    static const struct option opts[] = {
        {"entity", required_argument, NULL, 'E'}, {"data", required_argument, NULL, 'D'},
        {"format", required_argument, NULL, 'F'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct qopts q;
    qopts_init(&q);
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            explain_usage(stdout);
            return 0;
        }
        if (c == '?' || c == ':')
            return query_bad_option("explain", argv[optind - 1]);
        if (qopts_set(&q, c, optarg, "explain"))
            return query_usage_error("explain", "bad --format value");
    }
    if (argc - optind != 2) {
        return query_usage_error("explain", "give an INDICATOR and a PERIOD");
    }
    const char *id = argv[optind], *period = argv[optind + 1];
    double tt;
    if (!series_period_time(period, &tt)) {
        warnf("explain: '%s' is not a period (YYYY, YYYY-MM or YYYY-MM-DD)", period);
        return 2;
    }
    struct store s;
    store_init(&s);
    struct factset fs;
    factset_init(&fs);
    int rc = 0;
    if (query_load(&q, &s) || load_mentions(&q, &fs)) {
        rc = 1;
        goto out;
    }
    if (!query_known(&s, id, "explain")) {
        rc = 2;
        goto out;
    }
    size_t *ix;
    size_t n = query_rows(&s, id, q.entity, &ix);
    struct table *t = table_new();
    static const char *const cols[] = {"entity", "period", "value", "unit", "qualifier", "kind",
                                       "file",   "line",   "quote", "note"};
    for (int k = 0; k < 10; k++)
        table_column(t, cols[k], k == 2 || k == 7 ? COL_NUMBER : COL_TEXT);
    size_t found = 0;
    size_t plen = strlen(period);
    for (size_t i = 0; i < n; i++) {
        const struct obs *o = &s.v[ix[i]];
        if (strncmp(o->period, period, plen) != 0 || (o->period[plen] && o->period[plen] != '-'))
            continue;
        found++;
        char v[NUM_FMT_MAX];
        num_fmt(o->value, v);
        struct buf line;
        buf_init(&line);
        buf_printf(&line, "%s %s %s: %s %s %s from %d mention%s", id, o->entity, o->period,
                   qualifier_name(o->qualifier), v, o->unit, o->sources, o->sources == 1 ? "" : "s");
        if (o->note[0])
            buf_printf(&line, "; %s", o->note);
        if (o->alternatives[0])
            buf_printf(&line, "; other values: %s", o->alternatives);
        table_note(t, line.p);
        buf_fini(&line);
        for (size_t k = 0; k < fs.n; k++) {
            const struct fact *f = &fs.v[k].f;
            /* one line can state several periods (a level and the earlier
             * one it implies): the period must agree unless curated */
            if (strcmp(f->indicator, id) != 0 || !listed(o->files, f) ||
                (!(o->flags & SF_CURATED) && strcmp(f->period, o->period) != 0))
                continue;
            char fv[NUM_FMT_MAX], ln[24];
            num_fmt(f->value, fv);
            snprintf(ln, sizeof ln, "%ld", f->line);
            table_row(t);
            const char *cells[] = {f->entity, f->period, fv, f->unit, qualifier_name(f->qualifier),
                                   f->derived ? "derived" : "observed", f->file, ln,
                                   f->quote ? f->quote : "", fs.v[k].source ? fs.v[k].source : (f->note ? f->note : "")};
            for (int m = 0; m < 10; m++)
                table_set(t, (size_t)m, cells[m]);
        }
    }
    if (!found) {
        warnf("explain: no value of '%s' for %s%s%s", id, period, q.entity ? " and entity " : "",
              q.entity ? q.entity : "");
        rc = 1;
    } else if (table_write(t, q.fmt, true, stdout) != 0) {
        rc = 1;
    }
    table_free(t);
    free(ix);
out:
    factset_fini(&fs);
    store_fini(&s);
    return rc;
}
