/* csvio.h — RFC 4180 CSV in and out; the only module that includes <csv.h>.
 *
 * Reading goes through libcsv in strict mode.  Each row reaches the
 * callback with its fields as NUL-terminated strings owned by the reader
 * (valid only during the call) and the 1-based line where the row starts.
 * Writing quotes a field only when it must (comma, quote, CR or LF), so the
 * output stays readable and diffs cleanly. */
#ifndef CNS_CSVIO_H
#define CNS_CSVIO_H

#include <stddef.h>
#include <stdio.h>

#include "msg.h"
#include "util.h"

/* Return 0 to go on, non-zero to stop (csvio_read then returns e->rc, which
 * the callback should have set with cns_fail). */
typedef int (*csvio_row_fn)(void *ctx, long line, size_t nfields, char **fields);

/* Read path ("-" is stdin).  Errors (I/O, malformed CSV) are recorded in e
 * as PATH:LINE and returned. */
enum cns_rc csvio_read(const char *path, csvio_row_fn fn, void *ctx, struct cns_err *e);

/* Append one field, quoted if needed, to b (no separator). */
void csvio_field(struct buf *b, const char *s, size_t len);
/* Append fields separated by ',' and a final '\n'. */
void csvio_row(struct buf *b, size_t n, const char *const *fields);

#endif
