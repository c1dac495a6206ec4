/* series.h — from facts to consolidated series.
 *
 * A factset holds facts read from facts CSVs (any number of them: several
 * extraction processes reduce into one series step), then curated: the
 * overrides file drops or corrects facts matched by file, line and
 * indicator; manual files add facts no document states.  Consolidation
 * groups facts by (indicator, entity, period, unit), merges mentions that
 * agree up to their stated precision, flags conflicts, ranges and robust
 * outliers, and keeps the mentions behind every row.
 *
 * Ownership: a factset and a store own everything in them; *_fini frees. */
#ifndef CNS_SERIES_H
#define CNS_SERIES_H

#include <stdbool.h>
#include <stddef.h>

#include "facts.h"
#include "msg.h"

enum {
    SF_CONFLICT = 1u << 0, /* mentions disagree beyond their precision */
    SF_OUTLIER = 1u << 1,  /* robust z-score of log10(value) above 3.5 in its indicator */
    SF_DERIVED = 1u << 2,  /* only derived mentions */
    SF_CURATED = 1u << 3,  /* added or corrected by hand (data/manual, data/overrides.csv) */
    SF_RANGE = 1u << 4,    /* stated as a range: value is the lower bound */
};

struct mention {
    struct fact f;
    bool curated;
    char *source; /* manual facts: where the number comes from */
    char *reason; /* curated facts: why */
};

struct factset {
    struct mention *v;
    size_t n, cap;
};

void factset_init(struct factset *fs);
void factset_fini(struct factset *fs);

/* Read a facts CSV (SPEC.md columns, found by header name; a `note` column
 * is optional) and append its rows. */
enum cns_rc factset_load(struct factset *fs, const char *path, struct cns_err *e);

/* Apply an overrides CSV: file,line,indicator,action,field,value,reason.
 * action is "drop" or "set" (field: value, entity, period, unit, qualifier,
 * indicator); reason is required.  A row that matches no fact is an error
 * at its own file:line.  A missing file is no error when optional. */
enum cns_rc factset_override(struct factset *fs, const char *path, bool optional, struct cns_err *e);

/* Add the facts of a manual CSV: the facts columns (file and line may be
 * empty) plus a required `source` column. */
enum cns_rc factset_manual(struct factset *fs, const char *path, struct cns_err *e);

struct obs {
    char *indicator, *entity, *period, *unit;
    double value;
    enum qualifier qualifier;
    bool derived;
    int sources;          /* mentions merged into this row */
    unsigned flags;       /* SF_* */
    char *alternatives;   /* other values stated, "value (file:line)" joined by "; " */
    char *files;          /* the mentions, "file:line" joined by "; " */
    char *note;           /* which value the row uses and why; curation reasons */
    double t;             /* period as a fractional year (NAN if none) */
};

struct store {
    struct obs *v;
    size_t n, cap;
};

void store_init(struct store *s);
void store_fini(struct store *s);

/* Consolidate fs into out (cleared), sorted by indicator, entity, period. */
void series_consolidate(const struct factset *fs, struct store *out);

/* Write one CSV per indicator into dir (created if missing), each through a
 * temporary file renamed into place; stale series files (ours, by their
 * header) for indicators no longer present are removed. */
enum cns_rc series_write_dir(const struct store *s, const char *dir, struct cns_err *e);

/* Read DIR/<id>.csv, if there is one, into s; *found says whether it held
 * rows of id. */
enum cns_rc series_read_one(const char *dir, const char *id, struct store *s, bool *found, struct cns_err *e);

/* Read every DIR/<indicator>.csv back (for show, compare, growth, plot). */
enum cns_rc series_read_dir(const char *dir, struct store *s, struct cns_err *e);

/* "2011" → 2011.0, "2014-03" → 2014 + 2/12, "2014-03-31" → 2014 + 89/365,
 * "2011/2013" → 2013.0; false for an empty or malformed period. */
bool series_period_time(const char *period, double *t);

/* The header row of a series CSV (no newline). */
extern const char *const SERIES_HEADER;

#endif
