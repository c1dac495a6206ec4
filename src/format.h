/* format.h — tabular output in four formats, for every command that prints
 * a table: an aligned text table (for a terminal), CSV (RFC 4180, through
 * csvio), JSON (an array of objects) and Markdown (a pipe table).
 *
 * A struct table owns copies of everything added to it.  Columns are typed
 * so that JSON writes numbers as numbers and text as strings; a missing
 * cell is null in JSON, an empty field in CSV and "–" (U+2013) in the text
 * table and Markdown.  Numbers are given as text already formatted by the
 * caller (num_fmt or a fixed precision), so output is independent of the
 * locale; JSON writes a number cell that is not a JSON number as a string,
 * and an empty number cell counts as missing.  Calling table_column after
 * table_row, or table_set before table_row or with col out of range, is a
 * programming error and aborts. */
#ifndef CNS_FORMAT_H
#define CNS_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum fmt_kind { FMT_TABLE, FMT_CSV, FMT_JSON, FMT_MD };
enum col_type { COL_TEXT, COL_NUMBER };

struct table;

struct table *table_new(void);
void table_free(struct table *t);
/* Add a column (before any row); numbers are right-aligned in text tables. */
void table_column(struct table *t, const char *name, enum col_type type);
/* Start a new row; then set its cells by column index (unset cells are
 * missing; text NULL makes a cell missing again). */
void table_row(struct table *t);
void table_set(struct table *t, size_t col, const char *text);
/* Optional lines printed before the table in table and md formats (a title,
 * a note such as "converted to USD"); in JSON they become a "notes" array
 * only when json_wrap is set, in CSV they are omitted. */
void table_note(struct table *t, const char *line);

/* Parse "table", "csv", "json", "md"; false if unknown. */
bool fmt_parse(const char *s, enum fmt_kind *k);
/* The default: table when out is a terminal, csv otherwise. */
enum fmt_kind fmt_default(FILE *out);

/* Write t to out.  json_wrap: write {"notes": [...], "rows": [...]} instead
 * of a bare array.  Returns 0, or -1 on a write error. */
int table_write(const struct table *t, enum fmt_kind k, bool json_wrap, FILE *out);

/* JSON string escaping of s into out (with the quotes). */
void json_string(FILE *out, const char *s);

/* The candidate closest to word by edit distance (Levenshtein, case
 * insensitive), or NULL if none is within max(2, len/3) edits. */
const char *did_you_mean(const char *word, const char *const *cands, size_t n);

#endif
