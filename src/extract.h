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

/* An extractor reads documents one after another and runs the engine on
 * jobs threads (1: on the calling thread); the sink gets every fact in
 * document order, on the calling thread, during extractor_doc() or
 * extractor_text() or at the latest by extractor_finish().  The output is
 * the same for any number of threads. */
struct extractor;
struct extractor *extractor_new(const struct rules *r, int jobs, fact_sink sink, void *ctx, struct cns_err *e);
/* Read one document (path, "-": stdin).  Returns its error, or the sink's. */
enum cns_rc extractor_doc(struct extractor *x, const char *path);
/* The same for text in memory, named name. */
enum cns_rc extractor_text(struct extractor *x, const char *name, const char *text, size_t len);
/* Wait until every fact has reached the sink. */
enum cns_rc extractor_finish(struct extractor *x);
void extractor_free(struct extractor *x);
/* Threads to use: CNSTAT_JOBS, else one per processor (at most 8). */
int extractor_jobs(void);

/* path: file to read ("-": stdin).  name: the file column (base name). */
enum cns_rc extract_doc(const struct rules *r, const char *path, fact_sink sink, void *ctx,
                        struct cns_err *e);

/* Extract from text in memory (tests). */
enum cns_rc extract_text(const struct rules *r, const char *name, const char *text, size_t len,
                         fact_sink sink, void *ctx, struct cns_err *e);

#endif
