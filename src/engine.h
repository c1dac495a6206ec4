/* engine.h — the extractor's internals, shared by extract.c (documents,
 * blocks, sentences, periods), lexicon.c (its word lists and phrase
 * matching) and entity.c (names, whom a figure is about).  Not an
 * interface for other modules: extract.h is. */
#ifndef CNS_ENGINE_H
#define CNS_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "facts.h"
#include "period.h"
#include "rules.h"
#include "scan.h"
#include "util.h"

/* ---- extract.c: the engine, one chunk at a time ------------------------------- */

/* A block of a chunk: text[off, off + len), starting on line `line` of the
 * document, `lines` lines long. */
struct cblock {
    size_t off, len;
    long line;
    int lines;
};

/* A run of blocks of one document, cut by extractor.c, and the facts the
 * engine found in them, in document order.  Chunks of one document are
 * independent: the only state that crosses blocks is a heading, which
 * dates the block right under it, so a chunk may start with the block
 * before its own (first_is_context), read for that and nothing else. */
struct chunk {
    char *name;       /* the file column */
    int doc_year;     /* the document's vintage, 0 if none */
    int write_year;   /* the year of writing, where the file's name gives one after the vintage, 0 if none */
    int doc_month;    /* the month of its dateline, 0 if none */
    int pub_month;    /* the month a report without a dateline was published in, 0 if none */
    int doc_day;      /* ... and its day, 0 if none */
    int head_year;    /* the one year its title names, 0 if none */
    struct date quarter; /* the quarter its first lines report on ("Quarterly Report for the Second Quarter of 2017": 2017-06), y 0 if none */
    int fiscal_m;     /* the month its fiscal year ends with, if not December, 0 if none */
    bool weekly;      /* the document reports on a week: its changes are weekly */
    bool digest;      /* it gathers a week's news: its day is no undated deal's */
    char *issuer;     /* who a press release's "we" is, or NULL (owned) */
    char *manager;    /* who a fund report's "the Manager" is, or NULL (owned) */
    char *place;      /* the province or city a bulletin is of ("... in Zhejiang Province (2020)"), or NULL (owned) */
    char *title;      /* the document's first line, or NULL (owned) */
    struct buf text;
    struct cblock *b;
    size_t nb, cap_b;
    bool first_is_context;
    struct fact *f;   /* the facts (owned) */
    size_t nf, cap_f;
};

/* A chunk is cut after the block that brings its text to this size. */
enum { EXTRACT_CHUNK_BYTES = 64 * 1024 };

/* One engine per thread: its buffers are reused from chunk to chunk. */
struct engine;
struct engine *engine_new(const struct rules *r);
void engine_free(struct engine *g);
/* Extract c's facts into c->f. */
void engine_run(struct engine *g, struct chunk *c);

/* ---- lexicon.c ---------------------------------------------------------- */

struct wordlist {
    const char *const *words;
    size_t n;
    struct phrase *ph;
    uint64_t bloom; /* bit (hash & 63) set for each one-word entry */
    uint32_t *one;  /* the one-word entries' hashes, sorted */
    size_t none;
    uint64_t first, last; /* the same for the first and the last word of every entry */
};

/* The lists (see lexicon.c for their words). */
extern struct wordlist compare_word, q_more, q_atleast, q_nearly, q_about, q_less, ch_before,
    ch_down, rise_verb, fall_verb, ch_after, firm_noun, name_inner, event_word, into_word,
    firm_verb, not_name, reach_prep, owner_prep, habit, conjunction, reporting, person_role, opener_next,
    cue_complement, stop_after, name_prep, per_time, per_time_late, total_lead, home_place, abroad_place, urban_place, rural_place, whole_place, mobile_place,
    stake_noun, deal_lead, from_filler, reach_verb, figure_pronoun, change_verb, pronoun_word, source_body, having_verb,
    limit_word, tally_unit, tally_lead, seq_word, seq_unit, seq_prev, weekday_word, others_lead, span_unit, expect_verb,
    particle_verb, ch_after_down, measure_word, ch_filler, province, results_word, headline_verb, listing_word,
    frame_noun, frame_verb, brand_noun;
/* Every list; the first five are the qualifiers (more than, at least,
 * nearly, about, less than). */
extern struct wordlist *const all_lists[];

/* Hashes of the words the engine tests by name: WH(and), WH(to) ... */
#define WH(w) wh_##w
extern uint32_t wh_a, wh_an, wh_and, wh_are, wh_between, wh_but, wh_days, wh_from, wh_is,
    wh_respectively, wh_that, wh_through, wh_to, wh_up, wh_was, wh_weeks, wh_were, wh_down,
    wh_year, wh_on, wh_in, wh_of, wh_by, wh_as, wh_led, wh_joined, wh_such, wh_s, wh_which, wh_according, wh_its,
    wh_account, wh_cnnic, wh_network, wh_information, wh_over, wh_now, wh_already, wh_still;

/* Mark the words of a dateline that opens a block's tokens (places,
 * agency: "NEW YORK/BEIJING, Sept 13 (Reuters) -") TK_SKIP: no names. */
void dateline_skip(const char *s, struct token *t, size_t n);

/* Hash every list once (idempotent). */
void lists_init(void);
/* Is the word with hash h in one of the lists? (after lists_init) */
bool lexicon_knows(uint32_t h);
/* Is t[k] a name standing inside a cue of lower-case words, between its
 * words a and b ("registered OICQ users")?  match_fwd and match_back
 * step over one such name. */
bool cue_name_inside(const struct token *t, size_t a, size_t k, size_t b);
/* Match ph forward from i; the index after the match, or 0. */
size_t match_fwd(const struct token *t, size_t n, size_t i, const struct phrase *ph, size_t limit);
/* Match ph backward ending just before end, not before floor_i; its start or SIZE_MAX. */
size_t match_back(const struct token *t, size_t end, size_t floor_i, const struct phrase *ph);
/* Longest phrase of wl ending just before end; its start or SIZE_MAX (*which: its index). */
size_t list_back(const struct wordlist *wl, const struct token *t, size_t end, size_t floor_i, size_t *which);
/* Longest phrase of wl starting at i; the index after it, or 0. */
size_t list_fwd(const struct wordlist *wl, const struct token *t, size_t n, size_t i, size_t limit);
/* Does one of the phrases occur in tokens [a, b)? */
bool phrases_in(const struct phrases *ps, const struct token *t, size_t n, size_t a, size_t b);
/* Does one of the phrases end just before index end (from floor_i on)? */
bool phrases_end_at(const struct phrases *ps, const struct token *t, size_t end, size_t floor_i);
bool phrases_in_list(const struct wordlist *wl, const struct token *t, size_t n, size_t a, size_t b);
/* Is the token one of wl's one-word entries? */
bool in_list(const struct wordlist *wl, const struct token *tk);

/* ---- a sentence and its quantities ---------------------------------------------- */

struct sent {
    const char *s;         /* block text */
    const struct token *t; /* block tokens */
    size_t n;              /* block token count */
    size_t a, b;           /* the sentence: [a, b) */
    size_t pa, pb;         /* the sentence before it in the block (pa == pb: none) */
    const struct rule *ru; /* the indicator whose entity is sought, or NULL */
    const bool *in_date;   /* per block token: part of a date ("Double 11" is no name), or NULL */
    const struct rules *rules; /* all the cues: "Fixed broadband users" opens one, names nobody; or NULL */
    const char *issuer;    /* who the document's "we" is ("Alibaba ... today announced"), or NULL */
    bool card;             /* a line of a card's fields: "Round: Series C | Amount: US$100 million" */
    bool under_card;       /* a sentence of the text under a card's fields, in its block */
    const char *manager;   /* who a fund report's "the Manager" is, or NULL */
    const char *place;     /* the province or city the document's figures are of, or NULL */
};

struct numinfo {
    int rule;              /* index in rules, or -1 */
    enum qualifier q;
    size_t qstart;         /* first token of the qualifier (or the number) */
    size_t cue_a, cue_b;   /* the cue's tokens [a, b) */
    bool cue_after;
    int cue;               /* index of the matched cue in its rule */
    int cue_rule;          /* 1 + the rule that cue is of, where rule has changed since (0: rule) */
    enum change_kind change;
    bool skip;             /* threshold, conversion, or not a quantity */
    bool held;             /* skipped as no indicator's, yet a level in a list paired "respectively" */
    bool from;             /* the origin of a "from X to Y" change */
    bool compared;         /* "compared with X": the figure a level is compared with */
    bool part;             /* "Of this, Tmall contributed X": a named part of the figure before */
    bool when_compared;    /* in a "when" clause on a time compared with: "Compared with a year earlier, when ..." */
    bool origin_stated;    /* a change followed by the level it started from ("up 3% from X") */
    bool restates;         /* "an increase of X, or Y%": Y restates the change before it */
    bool spanned;          /* a change over the years "since 2010": dated by its end, no level derived */
    bool stands_for;       /* a change of the figure before ("The figure was 43 million more"), */
    double sf_value;       /* ... whose value, decimals and qualifier these are */
    int sf_decimals;
    enum qualifier sf_q;
    const char *sf_unit;
    size_t restated;       /* ... that change's index */
    bool down;             /* a change that is a fall: its value is negative */
    int seq;               /* a change over the quarter or the month before ("QoQ", "from the
                            * previous month"): 3 or 1 (months), 0 if none */
    size_t leads_to;       /* "rose 20 percent to Y": Y's index, the level after it (0: none) */
    bool leads_part;       /* ... by a participle: "up 14.4 percent, totaling Y" */
    size_t subj_a, subj_b; /* "the net increase of 3G users was X": the words that name what changed */
    bool conversion;       /* "(€629 billion)": restates the amount before it */
    bool threshold;        /* "passed the 100-million mark and reached 103 million": a mark, no level */
    int date;              /* index of the date giving the period, -1 */
    int level_sec;         /* 1 + the section of the level a change without one names (0: none) */
    bool day_named;        /* dated by "during the day", "the festival": the day named before */
    bool dec_lead;         /* dated by a December that opens a chronology's line ("Dec 2002  59.1 million users") */
    bool from_free;        /* a start ("from 325 million") with no date of its own, that of its sentence */
    size_t base_of;        /* a start or a figure compared with: 1 + the level's index (0: none) */
    int own_pick;          /* 1 + the index of the date right after it that dated it (0: none) */
    bool doc_year_only;    /* dated by nothing but the document's year */
    struct date when;
    bool has_when;
    char *entity;
};

/* An observed fact remembered for the sentences after it: its indicator,
 * the section that matched, its entity (owned), its period, its value as
 * written (with its decimals and qualifier) and its unit. */
struct memo {
    const char *ind;
    int sec;
    char *ent;
    struct date when; /* its period, when it has one */
    bool has_when;
    double value;
    int decimals;
    enum qualifier q;
    const char *unit;
};

struct topic {
    const struct sent *whole;
    const struct rules *r; /* to tell a cue's first word from a name */
    bool done;
    char *name;
    /* the paragraph before (NULL: none): "Tencent reported results on
     * Wednesday. || The company said its revenue rose ..." */
    const struct block *prev;
    struct tokens *prev_tok; /* scratch for reading it */
    struct brands *brands;   /* names the text writes in lower case, or NULL */
    /* the one before that: where the paragraph before names nobody ("Net
     * profit rose to 20.4 billion yuan."), the topic is older */
    const struct block *prev2;
    bool prev_done;
    char *prev_name;
    /* the block's last observed fact: "33.69 million transactions were
     * conducted via Alipay. Specifically, 1.71 million transactions ..."
     * speaks of the same entity */
    struct memo last;
    const char *last_money_ind; /* ... and the last of money ("163.39 billion transactions worth 99.27 trillion yuan") */
    /* ... the words that named it before its figure, from its clause's
     * start ("the gross merchandise volume (GMV) of China's third-party
     * mobile payment market reached"), block tokens [last_subj_a,
     * last_subj_b); empty where its cue came after the figure */
    size_t last_subj_a, last_subj_b;
    size_t last_cue_a, last_cue_b; /* ... and its cue's, within them */
    /* the block's last observed count of people or things, where a rate
     * came after it: "The number" after "... 854 million, with the
     * internet availability rate reaching 61.2 percent" is the count's */
    struct memo count;
    /* the recipient of the deal stated earlier in the same sentence:
     * "invested USD 66.4 million in tudou, holding 9.05% of its stake" */
    size_t deal_sent;
    char *deal_ent;
    /* who made the block's last deal (its clause's subject), and what the
     * deal went to: "Alibaba will pay $1 billion for Lazada. Alibaba will
     * buy new shares worth $500 million" buys more of Lazada */
    char *deal_by;
    char *deal_to;
    /* the last figure's entity in the same sentence: "Mobile transactions
     * accounted for 1,280 billion yuan, making up 23 percent of all ..." */
    size_t sent_at;
    char *sent_ent;
    /* the title of the card the block is: "* Mia.com, Beijing | e-commerce"
     * over "Round: Series C | Amount: US$100 million" */
    char *card;
    /* the block before's last observed fact's indicator and entity (NULL:
     * none): "Weibo's monthly active users stood at 486 million. ||
     * Average daily active users reached 211 million" */
    const char *carry_ind;
    const char *carry_ent;
};

static inline bool is_quantity(const struct token *t)
{
    return t->kind == TK_NUM && !(t->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED));
}

/* The class of a figure's unit: a share, a rate, money ... */
static inline enum unit_class num_class(const struct token *t)
{
    const char *u = t->unit;
    if (!u)
        return UC_COUNT;
    /* (asked for every figure many times: the first letter decides most) */
    if (u[0] == 'p' && strcmp(u, "percent") == 0)
        return UC_PERCENT;
    if (u[0] == 'M' && strcmp(u, "Mbps") == 0)
        return UC_RATE;
    if (u[0] == 'o' && strcmp(u, "other") == 0)
        return UC_OTHER;
    if (u[0] == 'p' && strcmp(u, "points") == 0)
        return UC_POINTS;
    return UC_MONEY;
}

/* Is there a wide gap (two spaces or more, or a tab) before token j, on
 * its line: the columns of a table, the fields of a card? */
static inline bool gap_before(const char *s, const struct token *t, size_t j)
{
    return t[j].line == t[j - 1].line &&
           (t[j].off >= t[j - 1].off + t[j - 1].len + 2 || s[t[j].off - 1] == '\t');
}

/* The end of the field that starts at token i and runs, up to e, until
 * the next wide gap. */
static inline size_t field_end(const char *s, const struct token *t, size_t i, size_t e)
{
    size_t j = i + 1;
    while (j < e && !gap_before(s, t, j))
        j++;
    return j;
}

static inline bool is_clause_break(const struct token *t)
{
    return t->kind == TK_PUNCT && (t->flags & (TF_SENT_END | TF_CLAUSE));
}

/* ---- entity.c ------------------------------------------------------------ */

/* Could token i be (part of) a name: capitalised, camel case, an identifier? */
bool name_word(const struct sent *st, size_t i);
/* Names a text writes in lower case ("ofo"), learnt where it sets one
 * after a company's noun: "bike-sharing firm ofo announced ...". */
struct brands {
    uint32_t h[16]; /* hashes of the names, their possessive dropped */
    size_t n;
};
/* Learn the block's new names into b (if learn), and mark every word of
 * its tokens t[0, n) (text s) that is one as capitalised (TF_CAP). */
void brands_mark(struct brands *b, const char *s, struct token *t, size_t n, bool learn);
/* Is p[0, len) a carrier's network ("GSM", "CDMA2000", "TD-SCDMA")? */
bool network_word(const char *p, size_t len);
/* The name starting at i, if any: [i, *end). */
bool name_at(const struct sent *st, size_t i, size_t limit, size_t *end);
/* The text of the name [a, b) (a possessive ending dropped); owned by the caller. */
char *name_text(const struct sent *st, size_t a, size_t b);
/* The block's topic: its most frequent name (computed once), or NULL. */
const char *topic_get(struct topic *tp);
/* The topic of the paragraph before, or NULL. */
const char *topic_prev(struct topic *tp);
/* Whom the quantity at k, taken by rule ru, is about; NULL only when the
 * rule says "fallback = none" and nobody is named.  Owned by the caller. */
char *entity_for(const struct sent *st, const struct rule *ru, size_t k, const struct numinfo *ni,
                 struct topic *topic);
/* The subject of the sentence up to index hi (a pronoun resolved), or NULL. */
char *entity_subject(const struct sent *st, size_t hi, struct topic *topic);
/* The name the title of a card opens with (the sentence or the one-line
 * block before st), or NULL. */
char *card_title(const struct sent *st, struct topic *topic);
/* The name a card's field of its subject gives ("Company: Yunji Cloud"), or NULL. */
char *card_subject(const struct sent *st);

/* ---- table.c ---------------------------------------------------------------- */

/* A figure of a table of years. */
struct table_cell {
    size_t rule;        /* index in the rules */
    int year;
    double value;       /* in base units, the header's scale applied */
    const char *unit;   /* money: the currency; else NULL */
    long line;
    size_t row_a, row_b; /* the row's tokens [a, b) */
    const char *head;   /* the column's header ("Netizens (10,000)") */
    size_t head_len;
    int month;          /* a row of a month ("2014.12"), else 0 */
    int level;          /* a change's: the rule of the level it changes (its part, its entity), else -1 */
    const char *entity; /* a row that names whose figures they are ("China Mobile"), else NULL */
    size_t entity_len;
    int day;            /* a column of a day ("As at 30 June 2013"), else 0 */
    bool month_only;    /* a change within the month: December's is not the year's */
    enum qualifier q;   /* a cell's own word before its figure ("about 5,300"), else Q_EXACT */
    bool writing_month; /* a deal's row without a date: of the month of writing, where the year is its */
    int from_y, from_m; /* a change's column that names what it is from ("Change vs Mar 2020"), else 0 */
    bool national;      /* the country's figure whatever the text speaks of (a channel's in a central bank's table) */
    bool doc_year;      /* its year the document's, as no caption or column dates it: a report's undated figure */
    const char *part;   /* the part of the whole its column counts ("physical goods" of "Of which: physical goods"), or NULL */
    size_t part_len;
    bool lone_month;    /* its month named without a year ("statistics for December"): of the last such month by the writing */
};
typedef void (*table_cell_fn)(void *ctx, const struct table_cell *c);

/* Read the tables of years in a block's tokens (see table.c): fn gets
 * every figure; the tokens of each table (header and rows) are marked in
 * in_table[0..n).  caption: the block before, a line of its own, that may
 * give the first table's unit (or NULL); year: the document's, for columns
 * of months without theirs; context: per rule, whether its context is met
 * outside the block (the caption's, the title's; NULL: nowhere); trace:
 * name on standard error each reader that took figures.  Returns the
 * number of figures. */
/* Mark in in_table[0..n) the rows no table read that are a period's
 * label and two figures or more, nothing else: "2020-03   45,622
 * 42,517".  What they count is in a header prose cannot read. */
void table_stray_rows(const char *s, const struct token *t, size_t n, bool *in_table);

/* before: the block right before, whatever it is (a header the block's
 * rows go on from, a rule of dashes between), or NULL. */
size_t table_read(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                  void *ctx, bool *in_table, const struct block *caption, const struct block *caption2,
                  const struct block *before, int year, const bool *context, bool trace);

/* A part named by its word alone after the indicator it is part of ("of
 * which: 3G" under "Mobile base stations", "of which .CN 13.57 million"
 * after "domain names"): the rule whose cue is a word of [a, b) then the
 * last words of [pa, pb), or -1; its cue's index in *cue (if not NULL). */
int part_of(const struct rules *r, const char *s, const struct token *t, size_t a, size_t b, size_t pa, size_t pb,
            int *cue);

#endif
