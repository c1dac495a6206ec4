/* rules.h — indicator definitions, read from a text file at run time.
 *
 * The file is a list of sections.  "[id]" starts an indicator; its keys:
 *   label   = what the number counts, for people
 *   unit    = people | count | money | percent | Mbps | other
 *   cue     = phrase; phrase; ...   words that say what a number counts
 *   context = phrase; ...           one must occur in the same paragraph
 *   exclude = phrase; ...           none may occur in the figure's clause
 *   require = phrase; ...           one must occur in the same sentence
 *   not_after = phrase; ...         a cue right after one of these is not
 *             this indicator's ("net" income is profit, not revenue)
 *   not_before = phrase; ...        nor a cue right before one of these
 *             ("online retail sales in rural areas" are a part)
 *   entity  = China | subject | object | name | "Literal name"
 *   min, max = plausible range in base units (outside: not this indicator)
 *   reach   = words a cue may stand before the number across (default 0:
 *             only linking words such as "reached", "totaled", "of")
 *   change  = increase | growth, with base = the indicator that changes
 *   fallback = entity to use when no name is found (default China);
 *             none: no name, no fact
 *   period  = none: facts of this indicator are undated (projections)
 *   future  = yes: a figure in the future tense is still this indicator's
 *             (deals are announced before they close: "would invest")
 * A cue written "< phrase" must stand before its number, "> phrase" after it.
 * "[id:variant]" adds another definition of an indicator already named, with
 * cues and conditions of its own ("[users:people]" counts "N people" as
 * users only where the sentence says what they use).
 * "[lexicon]" holds word lists for the engine: link (words allowed between
 * a cue and its number), future (words that make the figure after them a
 * projection: only an indicator with "period = none" may take it) and same (words or phrases interchangeable in cues:
 * "same = each; every" lets the cue "each at" also read "every at").  '#' starts a comment.  Phrases are matched on
 * normalised words (case, plural, possessive and hyphens ignored).
 *
 * A struct rules owns everything it holds; rules_free releases it. */
#ifndef CNS_RULES_H
#define CNS_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "msg.h"

#define PHRASE_MAX 8

struct phrase {
    uint32_t h[PHRASE_MAX];
    int n;
    int dir; /* cues: -1 only before the number ("< record of"), 1 only after, 0 either */
    char *text;
};

struct phrases {
    struct phrase *v;
    size_t n;
    /* bit (h & 63) set for the hash h of each phrase's first word, so
     * that most words are passed at once; 0: not computed, any may */
    uint64_t first;
};

/* UC_POINTS (percentage points) is a class of quantities only: no rule has it */
enum unit_class { UC_PEOPLE, UC_COUNT, UC_MONEY, UC_PERCENT, UC_RATE, UC_OTHER, UC_POINTS };
enum entity_kind { EK_FIXED, EK_SUBJECT, EK_OBJECT, EK_NAME };
enum change_kind { CH_NONE, CH_INCREASE, CH_GROWTH };

struct rule {
    char *id;
    char *variant;     /* "[id:variant]": NULL for the plain section */
    char *label;
    enum unit_class unit;
    enum entity_kind entity;
    char *entity_text; /* EK_FIXED */
    struct phrases cue, context, exclude, require;
    struct phrases not_after; /* words right before a cue that make it another thing ("net" income) */
    struct phrases not_before; /* ... right after it ("online retail sales" "in rural areas") */
    struct phrases category; /* kinds that name the entity when no name does ("money market fund") */
    struct phrases zh;       /* its Chinese phrases ("网民规模"), read by zh.c as written (text only) */
    double min, max;
    int reach;
    enum change_kind change;
    char *base;        /* id of the indicator that changes */
    char *on_day;      /* "day = id": a figure of one day is that indicator's (NULL: none) */
    char *span;        /* "span = id": a figure of this day's indicator dated by a month alone, in a
                        * festival of several days, is that indicator's (NULL: none) */
    char *orphan;      /* "orphan = id": a figure of nobody named is that indicator's, where ... */
    struct phrases orphan_context; /* ... one of these is in the paragraph or the title */
    char *fallback;    /* entity when no name is found (else China) */
    char *segment;     /* "segment = rural": the part of the entity counted, "China (rural)" */
    bool no_fallback;  /* "fallback = none": no name found, no fact */
    bool future;       /* "future = yes": figures in the future tense count (deals) */
    bool no_total;     /* "total = no": a running total ("bringing the total to") is not one */
    bool only_total;   /* "total = only": nothing else is one */
    bool no_national;  /* "national = no": the fallback's figure is read, not written */
    bool no_write;     /* "write = no": its figures are read (no other takes them), never written */
    bool context_title; /* "context_title = yes": the document's title meets the context too */
    bool deal_target;  /* "deal = target": after a deal in the same sentence, the entity is what it went to */
    bool no_period;    /* "period = none": undated by nature (projections) */
    long line;         /* where the section starts */
};

/* One cue occurrence key: the rule and which of its cues. */
struct cue_ref {
    uint32_t rule, cue;
};

struct rules {
    struct rule *v;
    size_t n;
    struct phrases link;
    struct phrases future; /* words that make a figure a projection */
    uint32_t *linkset; /* the one-word link phrases' hashes, open addressing */
    size_t linkmask;
    uint64_t link_words; /* bit (h & 63) for each word of a link of several words */
    const struct phrase **link_multi; /* the links of several words */
    size_t nlink_multi;
    /* ids by hash, open addressing: index + 1 of each id's first section
     * (0 empty); and for each rule, the first section of its increase and
     * of its growth (-1 none).  NULL until the rules are read. */
    uint32_t *ids;
    size_t idmask;
    int *inc_of, *gro_of;
    struct phrases *same; /* groups of interchangeable cue words */
    size_t nsame;
    /* cues indexed by the hash of their first word, and of their last */
    struct cue_ref *refs, *refs_last;
    size_t *bucket_start, *bucket_last; /* nbuckets + 1 offsets into refs */
    size_t nbuckets;
    uint32_t *wordset; /* every word of every phrase, open addressing */
    size_t wordmask;
};

/* Load rules from path.  On error returns NULL with e set to
 * "PATH:LINE: what is wrong" (CNS_EUSAGE for syntax, CNS_EDATA for I/O). */
struct rules *rules_load(const char *path, struct cns_err *e);
/* The same from a string in memory (name is used in messages). */
struct rules *rules_parse(const char *name, const char *text, size_t len, struct cns_err *e);
/* Only the indicators' ids and labels, for commands that name indicators
 * and extract nothing (a fifth of the time: no cue is read or indexed, and
 * keys other than label are not checked).  rules_find works; nothing else
 * may be asked of the result. */
struct rules *rules_load_labels(const char *path, struct cns_err *e);
void rules_free(struct rules *r);

const struct rule *rules_find(const struct rules *r, const char *id);
/* Can v be a figure of ru: a count of people or things, or its
 * increase, is whole (not "42.58" companies), save an average's
 * ("transactions_per_day")? */
bool rules_whole(const struct rule *ru, double v);
/* The index of the change indicator of kind ch whose base is the
 * indicator id (the first one), or -1. */
int rules_change_of(const struct rules *r, enum change_kind ch, const char *id);
/* Is the word with hash h a one-word link of the lexicon? */
bool rules_is_link(const struct rules *r, uint32_t h);
/* Does the word with hash h occur in any phrase of the rules? */
bool rules_knows(const struct rules *r, uint32_t h);
/* Range [*begin, *end) of cue refs whose first word hashes to h. */
void rules_cues_for(const struct rules *r, uint32_t h, const struct cue_ref **begin,
                    const struct cue_ref **end);
/* Range of cue refs whose last word hashes to h. */
void rules_cues_ending(const struct rules *r, uint32_t h, const struct cue_ref **begin,
                       const struct cue_ref **end);
/* The unit column for a fact of this class ("people", "count", "percent"...);
 * money facts use the currency instead. */
const char *unit_class_name(enum unit_class u);

#endif
