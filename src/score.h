/* score.h — extracted facts against an answer key (shared/gold/README.md).
 *
 * A row of either file matches when file, indicator, period and unit are
 * equal and the values are within 0.5 % of the key value (equal if the key
 * is 0).  Extracted rows are taken in file order; each takes, among the key
 * rows still free, the one with the nearest document line (ties: the
 * earlier key row), so the result depends only on the two files.
 *
 * Ownership: a struct score_set owns its rows and their strings
 * (score_set_fini); score_match fills a caller-owned struct score_result
 * (score_result_fini) and only borrows the sets. */
#ifndef CNS_SCORE_H
#define CNS_SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "msg.h"

enum score_tier { TIER_CORE, TIER_BORDERLINE, TIER_CONVERSION, TIER_N };

const char *score_tier_name(enum score_tier t);

struct score_row {
    char *indicator, *entity, *period, *unit;
    char *file;       /* base name, as the facts CSV writes it */
    char *quote;      /* "" when the file has no quote column */
    char *value_text; /* the value as written, for reports */
    double value;
    long line;           /* the `line` column: line in the document */
    long csv_line;       /* where the row starts in its CSV file */
    enum score_tier tier; /* key rows; TIER_CORE for extracted rows */
};

struct score_set {
    struct score_row *rows;
    size_t n, cap;
};

void score_set_init(struct score_set *s);
void score_set_fini(struct score_set *s);

/* Load an answer key: columns found by header name; indicator, entity,
 * period, value, unit, file and line are required, quote and tier are
 * optional (a missing or empty tier is core).  Appends to out; on error
 * records PATH:LINE in e and returns its code (out keeps the rows read). */
enum cns_rc score_load_key(const char *path, struct score_set *out, struct cns_err *e);
/* Load a facts CSV (the columns of FACTS_HEADER; more may follow). */
enum cns_rc score_load_facts(const char *path, struct score_set *out, struct cns_err *e);

/* Values within 0.5 % of the key value (inclusive); a key of 0 needs 0. */
bool score_value_match(double key, double got);
/* Case-insensitive, one containing the other; an empty entity agrees only
 * with an empty one. */
bool score_entity_agrees(const char *got, const char *key);

#define SCORE_NONE ((size_t)-1)

struct score_counts {
    size_t key_total[TIER_N];   /* key rows per tier */
    size_t key_matched[TIER_N]; /* of those, matched */
    size_t extracted;           /* all extracted rows */
    size_t matched;             /* extracted rows matched to a key row */
    size_t entity_ok;           /* matched rows whose entity agrees */
};

struct score_result {
    struct score_counts c;
    size_t *fact_key; /* per extracted row: its key row, or SCORE_NONE */
    size_t *key_fact; /* per key row: its extracted row, or SCORE_NONE */
};

void score_match(const struct score_set *key, const struct score_set *facts,
                 struct score_result *r);
void score_result_fini(struct score_result *r);

/* The figures; each is 1 when its denominator is 0 (nothing to find,
 * nothing claimed, nothing matched). */
double score_recall(const struct score_counts *c);
double score_precision(const struct score_counts *c);
double score_entity(const struct score_counts *c);

/* The report: figures, per-tier lines, misses, false facts, entity
 * mismatches. */
void score_print(FILE *out, const struct score_set *key, const struct score_set *facts,
                 const struct score_result *r);

#endif
