/* query.h — what the analysis commands (show, compare, growth, explain)
 * share: loading the consolidated data, finding an indicator (with "did
 * you mean"), choosing rows, and printing values and percentages without
 * the locale. */
#ifndef CNS_QUERY_H
#define CNS_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "format.h"
#include "series.h"

/* Options common to the analysis commands. */
struct qopts {
    const char *data;     /* --data DIR (default "data") */
    const char *entity;   /* --entity E, or NULL */
    enum fmt_kind fmt;    /* --format */
    const char *currency; /* --currency CUR, or NULL */
};

void qopts_init(struct qopts *q);
/* Handle a common long option (ids 'D', 'E', 'F', 'C'); returns 0, or 2
 * with a message for a bad --format value. */
int qopts_set(struct qopts *q, int id, const char *arg, const char *cmd);

/* Parse the options shared by show and compare (--entity --data --format
 * --currency --help) into q.  Returns -1 to go on (operands from optind),
 * else the exit status: 0 after --help, 2 after a usage error. */
int query_options(int argc, char **argv, const char *cmd, void (*usage)(FILE *), struct qopts *q);

/* Load DIR/series into s; on error prints the message and returns 1. */
int query_load(const struct qopts *q, struct store *s);

/* Check that id names an indicator of s; if not, print "unknown indicator
 * 'x' (did you mean 'y'?)" and return false. */
bool query_known(const struct store *s, const char *id, const char *cmd);

/* The rows of an indicator (and entity, if set), as indices into s, sorted
 * by entity then time; returns the count (caller frees *out). */
size_t query_rows(const struct store *s, const char *id, const char *entity, size_t **out);

/* Convert money rows to q->currency with DIR/fx.csv; returns 0, or 1 with a
 * message.  *note gets a line saying what was converted (caller frees). */
int query_convert(const struct qopts *q, struct store *s, char **note);

/* The steps every analysis command takes after its options: load the
 * series, check the indicators named, convert money when asked.  Returns 0,
 * or the exit status after printing why (1 bad data, 2 unknown indicator);
 * on success the caller owns s and *conv. */
int query_open(const struct qopts *q, char *const *ids, int nids, const char *cmd, struct store *s, char **conv);

/* Report a usage error of cmd (why, or the bad option given) and return 2. */
int query_usage_error(const char *cmd, const char *why);
int query_bad_option(const char *cmd, const char *opt);

/* "12.3" (one decimal, locale-free) into buf. */
void fmt_pct(double pct, char *buf, size_t n);

#endif
