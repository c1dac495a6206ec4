/* facts.h — a fact (one numeric mention) and the facts CSV of SPEC.md.
 *
 * A struct fact owns its strings (freed by fact_fini).  The column order
 * below is the published contract; more columns may only be appended. */
#ifndef CNS_FACTS_H
#define CNS_FACTS_H

#include <stdbool.h>

#include "util.h"

enum qualifier { Q_EXACT, Q_MORE_THAN, Q_AT_LEAST, Q_NEARLY, Q_ABOUT, Q_LESS_THAN };

const char *qualifier_name(enum qualifier q);
bool qualifier_parse(const char *s, enum qualifier *q);

struct fact {
    char *indicator;
    char *entity;
    char *period;  /* "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY/YYYY" or "" */
    double value;  /* base units */
    char *unit;
    enum qualifier qualifier;
    bool derived;  /* kind: derived (computed) or observed (stated) */
    char *file;    /* base name of the document */
    long line;
    char *quote;
    char *note;    /* extra column: how it was read, arithmetic, investor */
};

void fact_fini(struct fact *f);

/* The header row, without the final newline. */
extern const char *const FACTS_HEADER;

/* Append one CSV row for f to b. */
void fact_to_csv(const struct fact *f, struct buf *b);

#endif
