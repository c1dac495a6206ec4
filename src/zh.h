/* zh.h — numeric facts in Chinese prose.
 *
 * A statistical bulletin in Chinese states its figures in a few set forms
 * ("截至2023年12月，我国网民规模达10.92亿人，较2022年12月增长2480万人").  The
 * English engine reads words, and these sentences have none; zh_read reads
 * them as written, by the Chinese phrases the rules give a section ("zh =
 * 网民规模; 网民数"), and returns what it found for the engine to date and
 * write.  It knows nothing of documents: one block's bytes in, facts out. */
#ifndef CNS_ZH_H
#define CNS_ZH_H

#include <stdbool.h>
#include <stddef.h>

#include "facts.h"
#include "rules.h"

struct zh_fact {
    int rule;          /* the section (index in r->v) */
    int of;            /* the level's section it is read under (a change's: the level it changes) */
    double value;      /* in base units; a decrease negative */
    const char *unit;  /* "people", "count", "CNY", "USD", "percent", "Mbps", "other" */
    enum qualifier q;
    bool derived;      /* the level before a change, computed */
    int y, m, d;       /* its date as the sentence states it; y 0: none */
    int rel;           /* y 0: "今年", the year of writing (1), "去年", the year before (-1), or none (0) */
    int phrase;        /* the cue's index in the section's zh phrases, -1 for a change */
    size_t a, b;       /* the clause it was read in: bytes [a, b) of the block */
    size_t at;         /* where its figure starts */
    double level_value, change; /* a derived level's: the level and the change it is had from */
    bool growth;          /* ... the change a rate */
};

/* Does the text hold a CJK ideograph at all?  (A cheap test before zh_read.) */
bool zh_any(const char *s, size_t n);

/* The rules' Chinese phrases, sorted for lookup: made once, read by any
 * number of threads.  zh_index_new returns NULL where the rules have none. */
struct zh_index;
struct zh_index *zh_index_new(const struct rules *r);
void zh_index_free(struct zh_index *x);

/* Read the facts of the block s[0..n) into out (cap of them at most);
 * returns how many there are, more than cap where out was too small (read
 * again with room for them all). */
size_t zh_read(const struct rules *r, const struct zh_index *x, const char *s, size_t n, struct zh_fact *out,
               size_t cap);

#endif
