/* series.c — facts in, curated, consolidated series out. */
#include "series.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvio.h"
#include "num.h"
#include "stats.h"
#include "util.h"

const char *const SERIES_HEADER =
    "indicator,entity,period,value,unit,qualifier,kind,sources,flags,alternatives,files,note";

/* ---- sets ------------------------------------------------------------------ */

void factset_init(struct factset *fs)
{
    fs->v = NULL;
    fs->n = fs->cap = 0;
}

static void mention_fini(struct mention *m)
{
    fact_fini(&m->f);
    free(m->source);
    free(m->reason);
}

void factset_fini(struct factset *fs)
{
    for (size_t i = 0; i < fs->n; i++)
        mention_fini(&fs->v[i]);
    free(fs->v);
    factset_init(fs);
}

static struct mention *factset_push(struct factset *fs)
{
    if (fs->n == fs->cap) {
        fs->cap = fs->cap ? fs->cap * 2 : 64;
        fs->v = xrealloc(fs->v, fs->cap * sizeof *fs->v);
    }
    struct mention *m = &fs->v[fs->n++];
    memset(m, 0, sizeof *m);
    return m;
}

void store_init(struct store *s)
{
    s->v = NULL;
    s->n = s->cap = 0;
}

static void obs_fini(struct obs *o)
{
    free(o->indicator);
    free(o->entity);
    free(o->period);
    free(o->unit);
    free(o->alternatives);
    free(o->files);
    free(o->note);
}

void store_fini(struct store *s)
{
    for (size_t i = 0; i < s->n; i++)
        obs_fini(&s->v[i]);
    free(s->v);
    store_init(s);
}

static struct obs *store_push(struct store *s)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    struct obs *o = &s->v[s->n++];
    memset(o, 0, sizeof *o);
    o->t = NAN;
    return o;
}

/* ---- periods ---------------------------------------------------------------- */

static bool all_digits(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_digit((unsigned char)p[i]))
            return false;
    return n > 0;
}

static int atoi_n(const char *p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (p[i] - '0');
    return v;
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool series_period_time(const char *p, double *t)
{
    size_t n = strlen(p);
    if (n == 9 && p[4] == '/' && all_digits(p, 4) && all_digits(p + 5, 4)) {
        *t = atoi_n(p + 5, 4);
        return true;
    }
    if (n < 4 || !all_digits(p, 4))
        return false;
    int y = atoi_n(p, 4);
    if (n == 4) {
        *t = y;
        return true;
    }
    if (n >= 7 && p[4] == '-' && all_digits(p + 5, 2)) {
        int m = atoi_n(p + 5, 2);
        if (m < 1 || m > 12)
            return false;
        if (n == 7) {
            *t = y + (m - 1) / 12.0;
            return true;
        }
        if (n == 10 && p[7] == '-' && all_digits(p + 8, 2)) {
            static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
            int d = atoi_n(p + 8, 2);
            if (d < 1 || d > 31)
                return false;
            int doy = cum[m - 1] + d - 1 + (m > 2 && leap(y) ? 1 : 0);
            *t = y + doy / (leap(y) ? 366.0 : 365.0);
            return true;
        }
    }
    return false;
}

/* ---- reading CSVs by header name ---------------------------------------------- */

struct reader {
    const char *path;
    struct cns_err *e;
    int ncols;
    const char *const *want; /* column names */
    const bool *required;
    int idx[16];             /* position of each wanted column, -1 if absent */
    size_t nfields;
    bool header_done;
    int (*row)(struct reader *rd, long line, char **f);
    void *ctx;
};

static int reader_row(void *ctx, long line, size_t nf, char **fields)
{
    struct reader *rd = ctx;
    if (!rd->header_done) {
        rd->header_done = true;
        rd->nfields = nf;
        for (int c = 0; c < rd->ncols; c++) {
            rd->idx[c] = -1;
            for (size_t k = 0; k < nf; k++) {
                const char *h = fields[k];
                if (k == 0 && strncmp(h, "\xEF\xBB\xBF", 3) == 0)
                    h += 3;
                if (strcmp(h, rd->want[c]) == 0)
                    rd->idx[c] = (int)k;
            }
            if (rd->idx[c] < 0 && rd->required[c]) {
                cns_fail(rd->e, CNS_EDATA, rd->path, line, "no '%s' column in the header", rd->want[c]);
                return 1;
            }
        }
        return 0;
    }
    if (nf == 1 && fields[0][0] == '\0')
        return 0; /* a blank line */
    if (nf != rd->nfields) {
        cns_fail(rd->e, CNS_EDATA, rd->path, line, "%zu fields, the header has %zu", nf, rd->nfields);
        return 1;
    }
    char *f[16];
    for (int c = 0; c < rd->ncols; c++)
        f[c] = rd->idx[c] >= 0 ? fields[rd->idx[c]] : (char *)"";
    return rd->row(rd, line, f);
}

static enum cns_rc read_csv(struct reader *rd, struct cns_err *e)
{
    enum cns_rc rc = csvio_read(rd->path, reader_row, rd, e);
    if (rc == CNS_OK && !rd->header_done)
        rc = cns_fail(e, CNS_EDATA, rd->path, 1, "empty file: a header row is required");
    return rc;
}

/* ---- facts -------------------------------------------------------------------- */

enum { F_IND, F_ENT, F_PER, F_VAL, F_UNIT, F_QUAL, F_KIND, F_FILE, F_LINE, F_QUOTE, F_NOTE, F_SOURCE, NF };
static const char *const fact_cols[NF] = {"indicator", "entity", "period", "value", "unit", "qualifier",
                                          "kind", "file", "line", "quote", "note", "source"};

struct load_ctx {
    struct factset *fs;
    bool manual;
};

static bool valid_period(const char *p)
{
    double t;
    return p[0] == '\0' || series_period_time(p, &t);
}

static int fact_row(struct reader *rd, long line, char **f)
{
    struct load_ctx *lc = rd->ctx;
    double v;
    enum qualifier q = Q_EXACT;
    if (!f[F_IND][0])
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "empty indicator"), 1;
    if (!num_parse(f[F_VAL], strlen(f[F_VAL]), &v))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "value '%s' is not a plain decimal number", f[F_VAL]), 1;
    if (f[F_QUAL][0] && !qualifier_parse(f[F_QUAL], &q))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "unknown qualifier '%s'", f[F_QUAL]), 1;
    if (f[F_KIND][0] && strcmp(f[F_KIND], "observed") != 0 && strcmp(f[F_KIND], "derived") != 0)
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "kind '%s' is not observed or derived", f[F_KIND]), 1;
    if (!valid_period(f[F_PER]))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "period '%s' is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY/YYYY",
                        f[F_PER]), 1;
    if (!f[F_UNIT][0])
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "empty unit"), 1;
    long ln = 0;
    if (f[F_LINE][0]) {
        double lv;
        if (!num_parse(f[F_LINE], strlen(f[F_LINE]), &lv) || lv < 0 || lv != floor(lv) || lv > 1e12)
            return cns_fail(rd->e, CNS_EDATA, rd->path, line, "line '%s' is not a whole number", f[F_LINE]), 1;
        ln = (long)lv;
    }
    if (lc->manual && !f[F_SOURCE][0])
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "a manual fact needs a source"), 1;
    struct mention *m = factset_push(lc->fs);
    m->f.indicator = xstrdup(f[F_IND]);
    m->f.entity = xstrdup(f[F_ENT][0] ? f[F_ENT] : "China");
    m->f.period = xstrdup(f[F_PER]);
    m->f.value = v;
    m->f.unit = xstrdup(f[F_UNIT]);
    m->f.qualifier = q;
    m->f.derived = strcmp(f[F_KIND], "derived") == 0;
    m->f.file = xstrdup(f[F_FILE][0] ? path_base(f[F_FILE]) : path_base(rd->path));
    m->f.line = f[F_FILE][0] ? ln : line;
    m->f.quote = xstrdup(f[F_QUOTE]);
    m->f.note = xstrdup(f[F_NOTE]);
    if (lc->manual) {
        m->curated = true;
        m->source = xstrdup(f[F_SOURCE]);
    }
    return 0;
}

static enum cns_rc load(struct factset *fs, const char *path, bool manual, struct cns_err *e)
{
    static const bool req_facts[NF] = {true, true, true, true, true, true, true, true, true, true, false, false};
    static const bool req_manual[NF] = {true, false, true, true, true, false, false, false, false, false, false, true};
    struct load_ctx lc = {fs, manual};
    struct reader rd = {.path = path, .e = e, .ncols = NF, .want = fact_cols,
                        .required = manual ? req_manual : req_facts, .row = fact_row, .ctx = &lc};
    return read_csv(&rd, e);
}

enum cns_rc factset_load(struct factset *fs, const char *path, struct cns_err *e)
{
    return load(fs, path, false, e);
}

enum cns_rc factset_manual(struct factset *fs, const char *path, struct cns_err *e)
{
    return load(fs, path, true, e);
}

/* ---- overrides ------------------------------------------------------------------ */

enum { O_FILE, O_LINE, O_IND, O_ACTION, O_FIELD, O_VALUE, O_REASON, NO };
static const char *const ovr_cols[NO] = {"file", "line", "indicator", "action", "field", "value", "reason"};

static void append(char **dst, const char *sep, const char *s)
{
    struct buf b;
    buf_init(&b);
    if (*dst && **dst) {
        buf_adds(&b, *dst);
        buf_adds(&b, sep);
    }
    buf_adds(&b, s);
    free(*dst);
    *dst = b.p ? b.p : xstrdup("");
}

static int ovr_row(struct reader *rd, long line, char **f)
{
    struct factset *fs = rd->ctx;
    if (!f[O_REASON][0])
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "an override needs a reason"), 1;
    bool drop = strcmp(f[O_ACTION], "drop") == 0;
    if (!drop && strcmp(f[O_ACTION], "set") != 0)
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "action '%s' is not drop or set", f[O_ACTION]), 1;
    double lv;
    if (!num_parse(f[O_LINE], strlen(f[O_LINE]), &lv) || lv < 1 || lv != floor(lv))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "line '%s' is not a line number", f[O_LINE]), 1;
    static const char *const fields[] = {"value", "entity", "period", "unit", "qualifier", "indicator"};
    int field = -1;
    if (!drop) {
        for (int k = 0; k < 6; k++)
            if (strcmp(f[O_FIELD], fields[k]) == 0)
                field = k;
        if (field < 0)
            return cns_fail(rd->e, CNS_EDATA, rd->path, line,
                            "field '%s' is not value, entity, period, unit, qualifier or indicator", f[O_FIELD]), 1;
    }
    double v = 0;
    enum qualifier q = Q_EXACT;
    if (field == 0 && !num_parse(f[O_VALUE], strlen(f[O_VALUE]), &v))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "value '%s' is not a plain decimal number", f[O_VALUE]), 1;
    if (field == 2 && !valid_period(f[O_VALUE]))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "period '%s' is not a period", f[O_VALUE]), 1;
    if (field == 4 && !qualifier_parse(f[O_VALUE], &q))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "unknown qualifier '%s'", f[O_VALUE]), 1;
    if ((field == 1 || field == 3 || field == 5) && !f[O_VALUE][0])
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "empty %s", fields[field]), 1;
    int matched = 0;
    for (size_t i = 0; i < fs->n; i++) {
        struct mention *m = &fs->v[i];
        if (m->f.line != (long)lv || strcmp(m->f.file, path_base(f[O_FILE])) != 0 ||
            strcmp(m->f.indicator, f[O_IND]) != 0)
            continue;
        matched++;
        if (drop) {
            mention_fini(m);
            fs->v[i] = fs->v[--fs->n];
            i--;
            continue;
        }
        char **dst[] = {NULL, &m->f.entity, &m->f.period, &m->f.unit, NULL, &m->f.indicator};
        if (field == 0)
            m->f.value = v;
        else if (field == 4)
            m->f.qualifier = q;
        else {
            free(*dst[field]);
            *dst[field] = xstrdup(f[O_VALUE]);
        }
        m->curated = true;
        char why[512];
        snprintf(why, sizeof why, "%s set to %s: %s", fields[field], f[O_VALUE], f[O_REASON]);
        append(&m->reason, "; ", why);
    }
    if (!matched)
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "matches no fact (%s:%s %s)", f[O_FILE], f[O_LINE],
                        f[O_IND]), 1;
    return 0;
}

enum cns_rc factset_override(struct factset *fs, const char *path, bool optional, struct cns_err *e)
{
    if (optional && access(path, F_OK) != 0)
        return CNS_OK;
    static const bool req[NO] = {true, true, true, true, false, false, true};
    struct reader rd = {.path = path, .e = e, .ncols = NO, .want = ovr_cols, .required = req, .row = ovr_row,
                        .ctx = fs};
    return read_csv(&rd, e); /* order does not matter: consolidation sorts */
}

/* ---- consolidation ---------------------------------------------------------------- */

/* Half a unit of the last significant digit written: 513000000 → 500000,
 * 22832000 → 500, 81.37 → 0.005; the tolerance of a stated number.  Round
 * numbers ("200 billion") would claim a precision they may not have, so the
 * tolerance is capped at 0.5 % of the value. */
static double precision_of(double v)
{
    char b[NUM_FMT_MAX];
    num_fmt(fabs(v), b);
    const char *dot = strchr(b, '.');
    double p;
    if (dot) {
        p = 0.5 * pow(10, -(double)strlen(dot + 1));
    } else {
        size_t n = strlen(b), z = 0;
        while (z + 1 < n && b[n - 1 - z] == '0')
            z++;
        p = 0.5 * pow(10, (double)z);
    }
    return fmin(p, 0.005 * fabs(v));
}

static int q_rank(enum qualifier q)
{
    switch (q) {
    case Q_EXACT: return 0;
    case Q_NEARLY:
    case Q_ABOUT: return 1;
    default: return 2;
    }
}

static bool is_lower_bound(enum qualifier q)
{
    return q == Q_MORE_THAN || q == Q_AT_LEAST;
}

static int icmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int x = to_lower((unsigned char)*a), y = to_lower((unsigned char)*b);
        if (x != y || !x)
            return x - y;
    }
}

static int period_cmp(const char *a, const char *b)
{
    double ta, tb;
    bool ha = series_period_time(a, &ta), hb = series_period_time(b, &tb);
    if (ha != hb)
        return ha ? 1 : -1; /* undated first */
    if (ha && ta != tb)
        return ta < tb ? -1 : 1;
    return strcmp(a, b);
}

static const struct factset *sort_fs;

static int group_cmp(const struct mention *a, const struct mention *b)
{
    int c = strcmp(a->f.indicator, b->f.indicator);
    if (!c)
        c = icmp(a->f.entity, b->f.entity);
    if (!c)
        c = period_cmp(a->f.period, b->f.period);
    if (!c)
        c = strcmp(a->f.unit, b->f.unit);
    return c;
}

static int mention_cmp(const void *pa, const void *pb)
{
    const struct mention *a = &sort_fs->v[*(const size_t *)pa], *b = &sort_fs->v[*(const size_t *)pb];
    int c = group_cmp(a, b);
    if (!c)
        c = strcmp(a->f.file, b->f.file);
    if (!c)
        c = a->f.line < b->f.line ? -1 : a->f.line > b->f.line;
    if (!c)
        c = *(const size_t *)pa < *(const size_t *)pb ? -1 : 1;
    return c;
}

/* Is a the better statement of a group than b? */
static bool better(const struct mention *a, const struct mention *b, int na, int nb)
{
    if (a->curated != b->curated)
        return a->curated;
    if (a->f.derived != b->f.derived)
        return !a->f.derived;
    if (q_rank(a->f.qualifier) != q_rank(b->f.qualifier))
        return q_rank(a->f.qualifier) < q_rank(b->f.qualifier);
    if (na != nb)
        return na > nb;
    double pa = precision_of(a->f.value), pb = precision_of(b->f.value);
    if (pa != pb)
        return pa < pb;
    return false;
}

/* Do two mentions state the same number?  Equal up to the coarser stated
 * precision (22.83 million and 22.832 million), or one is a bound that the
 * other satisfies ("more than 590 million" and 618 million). */
static bool agree(const struct mention *a, const struct mention *b)
{
    double tol = fmax(precision_of(a->f.value), precision_of(b->f.value)) * (1 + 1e-9);
    double d = b->f.value - a->f.value;
    if (fabs(d) <= tol)
        return true;
    bool a_lo = is_lower_bound(a->f.qualifier), b_lo = is_lower_bound(b->f.qualifier);
    bool a_hi = a->f.qualifier == Q_LESS_THAN, b_hi = b->f.qualifier == Q_LESS_THAN;
    if (a_lo && !b_hi && !b_lo && d > 0)
        return true;
    if (b_lo && !a_hi && !a_lo && d < 0)
        return true;
    if (a_hi && !b_lo && !b_hi && d < 0)
        return true;
    if (b_hi && !a_lo && !a_hi && d > 0)
        return true;
    return false;
}

static void consolidate_group(const struct factset *fs, const size_t *ix, size_t n, struct store *out)
{
    /* how many mentions agree with each one */
    int *support = xcalloc(n, sizeof *support);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (agree(&fs->v[ix[i]], &fs->v[ix[j]]))
                support[i]++;
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (better(&fs->v[ix[i]], &fs->v[ix[best]], support[i], support[best]))
            best = i;
    const struct mention *rep = &fs->v[ix[best]];

    struct obs *o = store_push(out);
    o->indicator = xstrdup(rep->f.indicator);
    o->entity = xstrdup(rep->f.entity);
    o->period = xstrdup(rep->f.period);
    o->unit = xstrdup(rep->f.unit);
    o->value = rep->f.value;
    o->qualifier = rep->f.qualifier;
    o->sources = (int)n;
    if (!series_period_time(o->period, &o->t))
        o->t = NAN;
    bool all_derived = true, any_curated = false, disagree = false;
    bool lower = false, upper = false;
    double lo = INFINITY, hi = -INFINITY;
    struct buf files, alts, note;
    buf_init(&files);
    buf_init(&alts);
    buf_init(&note);
    for (size_t i = 0; i < n; i++) {
        const struct mention *m = &fs->v[ix[i]];
        all_derived &= m->f.derived;
        any_curated |= m->curated;
        if (files.len)
            buf_adds(&files, "; ");
        if (m->f.line > 0)
            buf_printf(&files, "%s:%ld", m->f.file, m->f.line);
        else
            buf_adds(&files, m->f.file);
        if (is_lower_bound(m->f.qualifier)) {
            lower = true;
            lo = fmin(lo, m->f.value);
        } else if (m->f.qualifier == Q_LESS_THAN) {
            upper = true;
            hi = fmax(hi, m->f.value);
        }
        if (agree(m, rep)) {
            /* the tighter statement of an agreeing value wins: "457 million"
             * over "more than 457 million" */
            if (q_rank(m->f.qualifier) < q_rank(o->qualifier))
                o->qualifier = m->f.qualifier;
            continue;
        }
        disagree = true;
        char v[NUM_FMT_MAX];
        num_fmt(m->f.value, v);
        if (alts.len)
            buf_adds(&alts, "; ");
        buf_printf(&alts, "%s %s (%s:%ld)", qualifier_name(m->f.qualifier), v, m->f.file, m->f.line);
    }
    if (all_derived)
        o->flags |= SF_DERIVED;
    o->derived = all_derived;
    if (any_curated)
        o->flags |= SF_CURATED;
    if (disagree && lower && upper && lo < hi) {
        bool only_bounds = true;
        for (size_t i = 0; i < n; i++)
            if (q_rank(fs->v[ix[i]].f.qualifier) < 2)
                only_bounds = false;
        if (only_bounds) {
            char a[NUM_FMT_MAX], b[NUM_FMT_MAX];
            num_fmt(lo, a);
            num_fmt(hi, b);
            o->flags |= SF_RANGE;
            o->value = lo;
            o->qualifier = Q_AT_LEAST;
            buf_printf(&note, "stated as a range from %s to %s", a, b);
            disagree = false;
        }
    }
    if (disagree) {
        o->flags |= SF_CONFLICT;
        /* why the row uses rep: the first criterion of better() on which it
         * beats the best disagreeing mention */
        const struct mention *other = NULL;
        int other_support = 0;
        for (size_t i = 0; i < n; i++) {
            const struct mention *m = &fs->v[ix[i]];
            if (!agree(m, rep) && (!other || better(m, other, support[i], other_support))) {
                other = m;
                other_support = support[i];
            }
        }
        const char *why = "the first of equally good statements";
        if (rep->curated != other->curated)
            why = "curated by hand";
        else if (rep->f.derived != other->f.derived)
            why = "observed rather than derived";
        else if (q_rank(rep->f.qualifier) != q_rank(other->f.qualifier))
            why = "the tighter statement";
        else if (support[best] != other_support)
            why = "stated by more mentions";
        else if (precision_of(rep->f.value) != precision_of(other->f.value))
            why = "the more precise statement";
        char v[NUM_FMT_MAX];
        num_fmt(rep->f.value, v);
        buf_printf(&note, "mentions disagree; uses %s (%s:%ld), %s", v, rep->f.file, rep->f.line, why);
    }
    for (size_t i = 0; i < n; i++) {
        const struct mention *m = &fs->v[ix[i]];
        if (m->source) {
            if (note.len)
                buf_adds(&note, "; ");
            buf_printf(&note, "source: %s", m->source);
        }
        if (m->reason) {
            if (note.len)
                buf_adds(&note, "; ");
            buf_printf(&note, "curated: %s", m->reason);
        }
        if (m->f.derived && m->f.note && strncmp(m->f.note, "derived", 7) == 0 && i == best) {
            if (note.len)
                buf_adds(&note, "; ");
            buf_adds(&note, m->f.note);
        }
    }
    o->files = files.p ? files.p : xstrdup("");
    o->alternatives = alts.p ? alts.p : xstrdup("");
    o->note = note.p ? note.p : xstrdup("");
    free(support);
}

static void flag_outliers(struct store *s)
{
    /* per indicator and unit: modified z-score of log10(value) */
    size_t i = 0;
    while (i < s->n) {
        size_t j = i;
        while (j < s->n && strcmp(s->v[j].indicator, s->v[i].indicator) == 0)
            j++;
        for (size_t a = i; a < j; a++) {
            if (s->v[a].value <= 0)
                continue;
            /* the rows of this indicator in the same unit */
            size_t n = 0;
            for (size_t b = i; b < j; b++)
                if (strcmp(s->v[b].unit, s->v[a].unit) == 0 && s->v[b].value > 0)
                    n++;
            if (n < 4)
                continue; /* too few peers to call anything an outlier */
            double *x = xmalloc(n * sizeof *x), *z = xmalloc(n * sizeof *z);
            size_t k = 0, self = 0;
            for (size_t b = i; b < j; b++)
                if (strcmp(s->v[b].unit, s->v[a].unit) == 0 && s->v[b].value > 0) {
                    if (b == a)
                        self = k;
                    x[k++] = log10(s->v[b].value);
                }
            stats_robust_z(x, n, z);
            if (fabs(z[self]) > 3.5) {
                char zs[32];
                snprintf(zs, sizeof zs, "%.1f", z[self]);
                s->v[a].flags |= SF_OUTLIER;
                append(&s->v[a].note, "; ", "outlier: robust z-score of log10(value) is ");
                char *nt = s->v[a].note;
                struct buf b;
                buf_init(&b);
                buf_adds(&b, nt);
                buf_adds(&b, zs);
                buf_printf(&b, " among %zu %s rows in %s", n, s->v[a].indicator, s->v[a].unit);
                free(nt);
                s->v[a].note = b.p;
            }
            free(x);
            free(z);
        }
        i = j;
    }
}

void series_consolidate(const struct factset *fs, struct store *out)
{
    store_fini(out);
    size_t *ix = xmalloc((fs->n ? fs->n : 1) * sizeof *ix);
    for (size_t i = 0; i < fs->n; i++)
        ix[i] = i;
    sort_fs = fs;
    qsort(ix, fs->n, sizeof *ix, mention_cmp);
    size_t i = 0;
    while (i < fs->n) {
        size_t j = i + 1;
        while (j < fs->n && group_cmp(&fs->v[ix[i]], &fs->v[ix[j]]) == 0)
            j++;
        consolidate_group(fs, ix + i, j - i, out);
        i = j;
    }
    free(ix);
    flag_outliers(out);
}

/* ---- writing and reading series files ----------------------------------------------- */

static void flags_text(unsigned fl, char *out, size_t n)
{
    static const char *const names[] = {"conflict", "outlier", "derived", "curated", "range"};
    out[0] = '\0';
    size_t len = 0;
    for (int k = 0; k < 5; k++)
        if (fl & (1u << k))
            len += (size_t)snprintf(out + len, n > len ? n - len : 0, "%s%s", len ? ";" : "", names[k]);
}

static void obs_csv(const struct obs *o, struct buf *b)
{
    char v[NUM_FMT_MAX], src[32], fl[96];
    num_fmt(o->value, v);
    snprintf(src, sizeof src, "%d", o->sources);
    flags_text(o->flags, fl, sizeof fl);
    const char *cols[] = {o->indicator, o->entity, o->period, v, o->unit, qualifier_name(o->qualifier),
                          o->derived ? "derived" : "observed", src, fl, o->alternatives, o->files, o->note};
    csvio_row(b, sizeof cols / sizeof *cols, cols);
}

static bool safe_id(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(is_lower((unsigned char)*s) || is_digit((unsigned char)*s) || *s == '_'))
            return false;
    return true;
}

static bool ours(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char line[256];
    bool yes = fgets(line, sizeof line, f) && strncmp(line, SERIES_HEADER, strlen(SERIES_HEADER)) == 0;
    fclose(f);
    return yes;
}

enum cns_rc series_write_dir(const struct store *s, const char *dir, struct cns_err *e)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return cns_fail(e, CNS_EDATA, dir, 0, "cannot create directory: %s", strerror(errno));
    struct buf path, tmp, content;
    buf_init(&path);
    buf_init(&tmp);
    buf_init(&content);
    char **written = NULL;
    size_t nw = 0;
    enum cns_rc rc = CNS_OK;
    /* write every file to a temporary first; rename them all at the end */
    size_t i = 0;
    while (i < s->n && rc == CNS_OK) {
        size_t j = i;
        buf_clear(&content);
        buf_adds(&content, SERIES_HEADER);
        buf_addc(&content, '\n');
        while (j < s->n && strcmp(s->v[j].indicator, s->v[i].indicator) == 0)
            obs_csv(&s->v[j++], &content);
        if (!safe_id(s->v[i].indicator)) {
            rc = cns_fail(e, CNS_EDATA, dir, 0, "indicator '%s' cannot name a file", s->v[i].indicator);
            break;
        }
        buf_clear(&tmp);
        buf_printf(&tmp, "%s/%s.csv.tmp.%ld", dir, s->v[i].indicator, (long)getpid());
        FILE *f = fopen(tmp.p, "wb");
        if (!f || fwrite(content.p, 1, content.len, f) != content.len || fclose(f) != 0) {
            rc = cns_fail(e, CNS_EDATA, tmp.p, 0, "cannot write: %s", strerror(errno));
            if (f)
                remove(tmp.p);
            break;
        }
        written = xrealloc(written, (nw + 1) * sizeof *written);
        written[nw++] = xstrdup(s->v[i].indicator);
        i = j;
    }
    for (size_t k = 0; k < nw; k++) {
        buf_clear(&tmp);
        buf_printf(&tmp, "%s/%s.csv.tmp.%ld", dir, written[k], (long)getpid());
        buf_clear(&path);
        buf_printf(&path, "%s/%s.csv", dir, written[k]);
        if (rc == CNS_OK && rename(tmp.p, path.p) != 0)
            rc = cns_fail(e, CNS_EDATA, path.p, 0, "cannot rename: %s", strerror(errno));
        if (rc != CNS_OK)
            remove(tmp.p);
    }
    /* remove series files of indicators that no longer have rows */
    if (rc == CNS_OK) {
        DIR *dh = opendir(dir);
        struct dirent *de;
        while (dh && (de = readdir(dh))) {
            size_t len = strlen(de->d_name);
            if (len < 5 || strcmp(de->d_name + len - 4, ".csv") != 0)
                continue;
            bool keep = false;
            for (size_t k = 0; k < nw && !keep; k++)
                keep = strlen(written[k]) == len - 4 && strncmp(written[k], de->d_name, len - 4) == 0;
            buf_clear(&path);
            buf_printf(&path, "%s/%s", dir, de->d_name);
            if (!keep && ours(path.p))
                remove(path.p);
        }
        if (dh)
            closedir(dh);
    }
    for (size_t k = 0; k < nw; k++)
        free(written[k]);
    free(written);
    buf_fini(&path);
    buf_fini(&tmp);
    buf_fini(&content);
    return rc;
}

enum { S_IND, S_ENT, S_PER, S_VAL, S_UNIT, S_QUAL, S_KIND, S_SRC, S_FLAGS, S_ALT, S_FILES, S_NOTE, NS };
static const char *const ser_cols[NS] = {"indicator", "entity", "period", "value", "unit", "qualifier",
                                         "kind", "sources", "flags", "alternatives", "files", "note"};

static int ser_row(struct reader *rd, long line, char **f)
{
    struct store *s = rd->ctx;
    double v, src;
    enum qualifier q = Q_EXACT;
    if (!num_parse(f[S_VAL], strlen(f[S_VAL]), &v))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "value '%s' is not a number", f[S_VAL]), 1;
    if (f[S_QUAL][0] && !qualifier_parse(f[S_QUAL], &q))
        return cns_fail(rd->e, CNS_EDATA, rd->path, line, "unknown qualifier '%s'", f[S_QUAL]), 1;
    if (!num_parse(f[S_SRC], strlen(f[S_SRC]), &src) || src < 0 || src > 1e9)
        src = 1;
    struct obs *o = store_push(s);
    o->indicator = xstrdup(f[S_IND]);
    o->entity = xstrdup(f[S_ENT]);
    o->period = xstrdup(f[S_PER]);
    o->value = v;
    o->unit = xstrdup(f[S_UNIT]);
    o->qualifier = q;
    o->derived = strcmp(f[S_KIND], "derived") == 0;
    o->sources = (int)src;
    static const char *const names[] = {"conflict", "outlier", "derived", "curated", "range"};
    for (int k = 0; k < 5; k++)
        if (strstr(f[S_FLAGS], names[k]))
            o->flags |= 1u << k;
    o->alternatives = xstrdup(f[S_ALT]);
    o->files = xstrdup(f[S_FILES]);
    o->note = xstrdup(f[S_NOTE]);
    if (!series_period_time(o->period, &o->t))
        o->t = NAN;
    return 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

enum cns_rc series_read_one(const char *dir, const char *id, struct store *s, bool *found, struct cns_err *e)
{
    *found = false;
    for (const char *p = id; *p; p++)
        if (!(is_lower((unsigned char)*p) || is_digit((unsigned char)*p) || *p == '_'))
            return CNS_OK; /* not an id: no such file */
    struct buf path;
    buf_init(&path);
    buf_printf(&path, "%s/%s.csv", dir, id);
    enum cns_rc rc = CNS_OK;
    if (access(path.p, F_OK) == 0) {
        static const bool req[NS] = {true, true, true, true, true, true, true, false, false, false, false, false};
        struct reader rd = {.path = path.p, .e = e, .ncols = NS, .want = ser_cols, .required = req,
                            .row = ser_row, .ctx = s};
        size_t before = s->n;
        rc = read_csv(&rd, e);
        for (size_t i = before; i < s->n && !*found; i++)
            *found = strcmp(s->v[i].indicator, id) == 0;
    }
    buf_fini(&path);
    return rc;
}

enum cns_rc series_read_dir(const char *dir, struct store *s, struct cns_err *e)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return cns_fail(e, CNS_EDATA, dir, 0, "cannot read the series directory: %s (run 'cnstat series' first)",
                        strerror(errno));
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dh))) {
        size_t len = strlen(de->d_name);
        if (len > 4 && strcmp(de->d_name + len - 4, ".csv") == 0) {
            names = xrealloc(names, (n + 1) * sizeof *names);
            names[n++] = xstrdup(de->d_name);
        }
    }
    closedir(dh);
    qsort(names, n, sizeof *names, name_cmp);
    enum cns_rc rc = CNS_OK;
    struct buf path;
    buf_init(&path);
    static const bool req[NS] = {true, true, true, true, true, true, true, false, false, false, false, false};
    for (size_t i = 0; i < n && rc == CNS_OK; i++) {
        buf_clear(&path);
        buf_printf(&path, "%s/%s", dir, names[i]);
        struct reader rd = {.path = path.p, .e = e, .ncols = NS, .want = ser_cols, .required = req,
                            .row = ser_row, .ctx = s};
        rc = read_csv(&rd, e);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    buf_fini(&path);
    return rc;
}
