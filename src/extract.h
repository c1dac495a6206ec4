/* extract.h — rules × prose → facts.
 *
 * extract_doc() reads one document (a regular file, or a stream which it
 * spools to a temporary file: the document is read twice, once to learn
 * its vintage year, once to extract) and hands every fact, in document
 * order, to the sink.  Memory is bounded by the longest paragraph, not by
 * the document. */
#ifndef CNS_EXTRACT_H
#define CNS_EXTRACT_H

#include <stdio.h>

#include "facts.h"
#include "msg.h"
#include "rules.h"

/* Called for each fact; the fact is borrowed for the call.  Return 0 to go
 * on, non-zero to stop (then extract_doc returns e->rc). */
typedef int (*fact_sink)(void *ctx, const struct fact *f);

/* path: file to read ("-": stdin).  name: the file column (base name). */
enum cns_rc extract_doc(const struct rules *r, const char *path, fact_sink sink, void *ctx,
                        struct cns_err *e);

/* Extract from text in memory (tests). */
enum cns_rc extract_text(const struct rules *r, const char *name, const char *text, size_t len,
                         fact_sink sink, void *ctx, struct cns_err *e);

#endif
