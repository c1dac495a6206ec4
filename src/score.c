/* score.c — loading an answer key and a facts CSV, matching one against
 * the other, and the report of `cnstat score`. */
#include "score.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "num.h"
#include "util.h"

static const char *const tier_names[TIER_N] = {
    [TIER_CORE] = "core", [TIER_BORDERLINE] = "borderline", [TIER_CONVERSION] = "conversion"};

const char *score_tier_name(enum score_tier t)
{
    return (unsigned)t < TIER_N ? tier_names[t] : "core";
}

void score_set_init(struct score_set *s)
{
    s->rows = NULL;
    s->n = s->cap = 0;
}

static void row_fini(struct score_row *r)
{
    free(r->indicator);
    free(r->entity);
    free(r->period);
    free(r->unit);
    free(r->file);
    free(r->quote);
    free(r->value_text);
}

void score_set_fini(struct score_set *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        row_fini(&s->rows[i]);
    free(s->rows);
    score_set_init(s);
}

/* ---- loading -------------------------------------------------------------- */

enum col { C_INDICATOR, C_ENTITY, C_PERIOD, C_VALUE, C_UNIT, C_FILE, C_LINE, C_QUOTE, C_TIER, NCOL };

static const char *const col_names[NCOL] = {
    [C_INDICATOR] = "indicator", [C_ENTITY] = "entity", [C_PERIOD] = "period",
    [C_VALUE] = "value",         [C_UNIT] = "unit",     [C_FILE] = "file",
    [C_LINE] = "line",           [C_QUOTE] = "quote",   [C_TIER] = "tier",
};

struct loader {
    const char *path;
    struct score_set *set;
    struct cns_err *e;
    bool key;          /* read the tier column */
    bool have_header;
    size_t ncols;      /* fields per row, from the header */
    size_t col[NCOL];  /* field index of each column, or SIZE_MAX */
};

static bool parse_line_no(const char *s, long *out)
{
    long v = 0;
    if (!*s)
        return false;
    for (; *s; s++) {
        if (!is_digit((unsigned char)*s) || v > (LONG_MAX - 9) / 10)
            return false;
        v = v * 10 + (*s - '0');
    }
    if (v < 1)
        return false;
    *out = v;
    return true;
}

static int on_header(struct loader *ld, long line, size_t n, char **f)
{
    for (size_t c = 0; c < NCOL; c++)
        ld->col[c] = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        const char *name = f[i];
        if (i == 0 && strncmp(name, "\xEF\xBB\xBF", 3) == 0)
            name += 3; /* a UTF-8 byte-order mark */
        for (size_t c = 0; c < NCOL; c++)
            if (ld->col[c] == SIZE_MAX && strcmp(name, col_names[c]) == 0)
                ld->col[c] = i;
    }
    for (size_t c = 0; c < NCOL; c++) {
        if (c == C_QUOTE || c == C_TIER)
            continue;
        if (ld->col[c] == SIZE_MAX)
            return cns_fail(ld->e, CNS_EDATA, ld->path, line, "no '%s' column in the header",
                            col_names[c]);
    }
    ld->ncols = n;
    ld->have_header = true;
    return 0;
}

static int on_row(void *ctx, long line, size_t n, char **f)
{
    struct loader *ld = ctx;
    if (!ld->have_header)
        return on_header(ld, line, n, f);
    if (n != ld->ncols)
        return cns_fail(ld->e, CNS_EDATA, ld->path, line, "%zu fields, the header has %zu", n,
                        ld->ncols);
    double value;
    const char *vs = f[ld->col[C_VALUE]];
    if (!num_parse(vs, strlen(vs), &value))
        return cns_fail(ld->e, CNS_EDATA, ld->path, line, "bad value '%s'", vs);
    long doc_line;
    if (!parse_line_no(f[ld->col[C_LINE]], &doc_line))
        return cns_fail(ld->e, CNS_EDATA, ld->path, line, "bad line number '%s'",
                        f[ld->col[C_LINE]]);
    enum score_tier tier = TIER_CORE;
    if (ld->key && ld->col[C_TIER] != SIZE_MAX) {
        const char *t = f[ld->col[C_TIER]];
        size_t i = 0;
        while (i < TIER_N && strcmp(t, tier_names[i]) != 0)
            i++;
        if (i == TIER_N && *t)
            return cns_fail(ld->e, CNS_EDATA, ld->path, line,
                            "unknown tier '%s' (core, borderline or conversion)", t);
        tier = i == TIER_N ? TIER_CORE : (enum score_tier)i;
    }
    struct score_set *s = ld->set;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->rows = xrealloc(s->rows, s->cap * sizeof *s->rows);
    }
    s->rows[s->n++] = (struct score_row){
        .indicator = xstrdup(f[ld->col[C_INDICATOR]]),
        .entity = xstrdup(f[ld->col[C_ENTITY]]),
        .period = xstrdup(f[ld->col[C_PERIOD]]),
        .unit = xstrdup(f[ld->col[C_UNIT]]),
        .file = xstrdup(path_base(f[ld->col[C_FILE]])),
        .quote = xstrdup(ld->col[C_QUOTE] != SIZE_MAX ? f[ld->col[C_QUOTE]] : ""),
        .value_text = xstrdup(vs),
        .value = value,
        .line = doc_line,
        .csv_line = line,
        .tier = tier,
    };
    return 0;
}

static enum cns_rc load(const char *path, bool key, struct score_set *out, struct cns_err *e)
{
    struct loader ld = {.path = strcmp(path, "-") == 0 ? "<stdin>" : path,
                        .set = out, .e = e, .key = key};
    enum cns_rc rc = csvio_read(path, on_row, &ld, e);
    if (rc == CNS_OK && !ld.have_header)
        rc = cns_fail(e, CNS_EDATA, ld.path, 0, "empty file: no header row");
    return rc;
}

enum cns_rc score_load_key(const char *path, struct score_set *out, struct cns_err *e)
{
    return load(path, true, out, e);
}

enum cns_rc score_load_facts(const char *path, struct score_set *out, struct cns_err *e)
{
    return load(path, false, out, e);
}

/* ---- matching ------------------------------------------------------------- */

bool score_value_match(double key, double got)
{
    if (key == 0)
        return got == 0;
    /* the slack absorbs the rounding of 0.005 * key, so that exactly 0.5 %
     * (1000 against 1005) is inside */
    return fabs(got - key) <= 0.005 * fabs(key) * (1 + 1e-12);
}

bool score_entity_agrees(const char *got, const char *key)
{
    if (!*got || !*key)
        return !*got && !*key;
    return str_icontains(got, key) || str_icontains(key, got);
}

/* Key rows sorted by (file, indicator, period, unit, key order), so that
 * the candidates of an extracted row are one run found by bisection. */
struct slot {
    const struct score_row *r;
    size_t idx;
};

static int group_cmp(const struct score_row *a, const struct score_row *b)
{
    int d = strcmp(a->file, b->file);
    if (!d)
        d = strcmp(a->indicator, b->indicator);
    if (!d)
        d = strcmp(a->period, b->period);
    if (!d)
        d = strcmp(a->unit, b->unit);
    return d;
}

static int slot_cmp(const void *pa, const void *pb)
{
    const struct slot *a = pa, *b = pb;
    int d = group_cmp(a->r, b->r);
    if (d)
        return d;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static size_t lower_bound(const struct slot *s, size_t n, const struct score_row *want)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (group_cmp(s[mid].r, want) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static unsigned long line_dist(long a, long b)
{
    return a > b ? (unsigned long)a - (unsigned long)b : (unsigned long)b - (unsigned long)a;
}

void score_match(const struct score_set *key, const struct score_set *facts,
                 struct score_result *r)
{
    memset(r, 0, sizeof *r);
    r->fact_key = xmalloc(facts->n * sizeof *r->fact_key);
    r->key_fact = xmalloc(key->n * sizeof *r->key_fact);
    struct slot *slots = xmalloc(key->n * sizeof *slots);
    for (size_t k = 0; k < key->n; k++) {
        r->key_fact[k] = SCORE_NONE;
        slots[k] = (struct slot){&key->rows[k], k};
        r->c.key_total[key->rows[k].tier]++;
    }
    qsort(slots, key->n, sizeof *slots, slot_cmp); /* total order: stable */

    r->c.extracted = facts->n;
    for (size_t i = 0; i < facts->n; i++) {
        const struct score_row *f = &facts->rows[i];
        size_t best = SCORE_NONE;
        unsigned long best_d = 0;
        for (size_t s = lower_bound(slots, key->n, f);
             s < key->n && group_cmp(slots[s].r, f) == 0; s++) {
            size_t k = slots[s].idx;
            if (r->key_fact[k] != SCORE_NONE || !score_value_match(slots[s].r->value, f->value))
                continue;
            unsigned long d = line_dist(slots[s].r->line, f->line);
            if (best == SCORE_NONE || d < best_d) /* key order within a run: ties keep the first */
                best = k, best_d = d;
        }
        r->fact_key[i] = best;
        if (best == SCORE_NONE)
            continue;
        r->key_fact[best] = i;
        r->c.matched++;
        r->c.key_matched[key->rows[best].tier]++;
        if (score_entity_agrees(f->entity, key->rows[best].entity))
            r->c.entity_ok++;
    }
    free(slots);
}

void score_result_fini(struct score_result *r)
{
    if (!r)
        return;
    free(r->fact_key);
    free(r->key_fact);
    memset(r, 0, sizeof *r);
}

static double ratio(size_t num, size_t den)
{
    return den ? (double)num / (double)den : 1.0;
}

double score_recall(const struct score_counts *c)
{
    return ratio(c->key_matched[TIER_CORE], c->key_total[TIER_CORE]);
}

double score_precision(const struct score_counts *c)
{
    return ratio(c->matched, c->extracted);
}

double score_entity(const struct score_counts *c)
{
    return ratio(c->entity_ok, c->matched);
}

/* ---- the report ----------------------------------------------------------- */

static void print_row(FILE *out, const struct score_row *r)
{
    fprintf(out, "  %s:%ld %s %s %s %s  \"%s\"\n", r->file, r->line, r->indicator, r->period,
            r->value_text, r->unit, r->quote);
}

void score_print(FILE *out, const struct score_set *key, const struct score_set *facts,
                 const struct score_result *r)
{
    const struct score_counts *c = &r->c;
    fprintf(out, "recall %.4f (%zu/%zu core)\n", score_recall(c), c->key_matched[TIER_CORE],
            c->key_total[TIER_CORE]);
    fprintf(out, "precision %.4f (%zu/%zu)\n", score_precision(c), c->matched, c->extracted);
    fprintf(out, "entity %.4f (%zu/%zu)\n", score_entity(c), c->entity_ok, c->matched);
    for (int t = 0; t < TIER_N; t++)
        fprintf(out, "tier %s %zu/%zu\n", tier_names[t], c->key_matched[t], c->key_total[t]);

    fputs("misses:\n", out);
    for (size_t k = 0; k < key->n; k++)
        if (key->rows[k].tier == TIER_CORE && r->key_fact[k] == SCORE_NONE)
            print_row(out, &key->rows[k]);

    fputs("false facts:\n", out);
    for (size_t i = 0; i < facts->n; i++)
        if (r->fact_key[i] == SCORE_NONE)
            print_row(out, &facts->rows[i]);

    fputs("entity mismatches:\n", out);
    for (size_t i = 0; i < facts->n; i++) {
        size_t k = r->fact_key[i];
        if (k == SCORE_NONE)
            continue;
        const struct score_row *f = &facts->rows[i], *g = &key->rows[k];
        if (!score_entity_agrees(f->entity, g->entity))
            fprintf(out, "  %s:%ld %s %s %s %s  extracted \"%s\", key \"%s\"\n", f->file, f->line,
                    f->indicator, f->period, f->value_text, f->unit, f->entity, g->entity);
    }
}
