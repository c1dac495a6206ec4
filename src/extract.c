/* extract.c — from paragraphs of prose to facts.
 *
 * The engine works on a chunk: a run of blocks (paragraphs; a heading is a
 * block of its own) of one document, cut and dated by extractor.c.  It
 * scans each block, and for every quantity in a sentence decides:
 *   - which indicator it measures: the rule whose cue phrase is nearest,
 *     after the number ("513 million Internet users") or before it through
 *     linking words ("3G base stations reached 814,000");
 *   - whether it is a level, a change ("an increase of 81.37 million") or a
 *     growth rate ("an increase of 296%"), and what earlier level follows;
 *   - its qualifier, the entity it is about, and its period, from the
 *     dates around it, the heading above it and the document's vintage.
 * Numbers that no rule claims are not facts.  The engine's word lists are in
 * lexicon.c, names and entities in entity.c (engine.h joins them). */
#include "extract.h"

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "engine.h"
#include "num.h"
#include "period.h"
#include "scan.h"
#include "util.h"
#include "zh.h"

/* ---- document state -------------------------------------------------------- */

struct doc {
    struct brands brands; /* names the text writes in lower case */
    /* the last derived fact written: one derived again of the same level
     * on its line from a rate, about the exact one within rounding ("42.99
     * million more ... This is 6.2 percent higher"), is not written */
    const char *last_der_ind;
    char last_der_ent[256], last_der_period[PERIOD_MAX];
    double last_der_value;
    long last_der_line;
    enum qualifier last_der_q;
    int year_named;       /* the last year the chunk's blocks named so far (0: none) */
    struct date day_named; /* ... and the last day (y 0: none), for a weekday where no dateline gives the day */
    const struct rules *r;
    const char *name;
    fact_sink sink;
    void *ctx;
    struct cns_err *e;
    int stop;

    int doc_year;
    int write_year; /* the year of writing, after doc_year (see struct chunk), 0 if none */
    int doc_month; /* the dateline's month, 0 if none */
    int pub_month; /* a report's month of publication (no dateline), 0 if none */
    int doc_day;   /* ... and its day */
    int head_year; /* the one year the title names, 0 if none */
    struct date quarter; /* the quarter the first lines report on, y 0 if none */
    int fiscal_m;        /* the month its fiscal year ends with, if not December ("fiscal year 2020" is 2020-03), 0 if none */
    char last_firm[128]; /* the company the chunk last gave a figure of, or "" */
    char row_owner[64];  /* the caption's owner of the last level's cell of a table... */
    size_t row_owner_at; /* ... in the row that starts at this token */
    int row_owner_rule;  /* ... of this rule */
    const char *row_owner_bp; /* ... of this block */
    bool weekly;   /* the document reports on a week */
    bool digest;   /* it gathers a week's news */
    bool lead_seen; /* the chunk's first figure has been dated */
    bool national_seen; /* ... and its first national figure */
    int ref_year;   /* the year an early-year news item's lead reports on, 0 if none */
    struct date ref_date; /* the date a report's findings open with ("As of June 2014, ..."), y 0 if none */
    struct date ref_again; /* ... as a later national figure dates it again, to its own precision ("As of June
                            * 2010", after "As of June 30, 2010"): the findings after it are of that, y 0 if none */
    struct date news_ref; /* the month-end a news item's lead dates a national figure by, y 0 if none */
    struct date lead_nat; /* the date of the chunk's first national figure, whatever it is, y 0 if none */
    struct date lead_period; /* the quarter or half its lead (first paragraph of prose) names, y 0 if none */
    bool lead_done;          /* ... looked for */
    struct date results_q; /* the quarter a news item on a company's results reports ("Revenue in the three months through June rose"), y 0 if none */
    struct date item_day; /* the day of the dateline that opens the block ("SHANGHAI, Dec. 20 --"), y 0 if none */
    const char *issuer;
    const char *manager;
    const char *place; /* the province or city the document's figures are of, or NULL */
    struct date heading;
    bool has_heading;
    int section_year; /* a chronology's year heading ("1999" on a line of its own): its entries' year, 0 if none */

    /* the block before the one at hand, in this chunk (len 0: none) */
    struct block prev;
    struct block prev2; /* the block before prev */
    bool prev_table;    /* prev was a table whose figures were read */
    long prev_end;      /* the line after prev's last (prev.line + its lines), 0 if none */
    bool this_table;    /* ... and the block being read is */
    struct tokens prev_tok;
    /* the block at hand */
    const char *bp;
    size_t blen;
    long bline;
    int blines;

    struct tokens tok;
    struct dates dates;
    bool *background; /* per date of the block: origin of a change */
    size_t background_cap;
    struct numinfo *ni;
    size_t ni_cap;
    signed char *ctx_ok; /* per rule: context met in this block (-1 unknown) */
    signed char *prev_ctx_ok; /* ... in the block before it */
    signed char *title_ctx_ok; /* ... in the document's title (-1 unknown) */
    bool *outer_ctx; /* per rule: context met in the block before or the title (for a table) */
    struct tokens title_tok;   /* the title, read for that */
    struct block title;        /* the document's first line, or none */
    bool title_read;
    struct tokens prevctx_tok; /* the block before, read for that */
    bool prevctx_read;
    size_t back_at, back_end; /* the sentence whose points_back() is back_val (back_at SIZE_MAX: none) */
    bool back_val;
    /* the date the block before ended speaking of, for a sentence that
     * points back to it ("The industry lent ...") */
    struct date last_para, back_para;
    bool last_has, back_has;
    struct date colon_para; /* the date of a paragraph that ends with a colon, for the list after it */
    bool colon_has;
    bool para_now; /* the paragraph's date is the time of writing its "now" gave */
    /* the month the last block that named one ended speaking of, past
     * headings ("By the end of October, ..." || "Mobile Internet") */
    struct date month_para;
    int dec_para_y;       /* the year of the block's "in December" of the country's count, the survey's year-end (0: none) */
    size_t first_qty;     /* the block's first figure (no date's number), once known */
    bool first_qty_known;
    bool festival; /* the text has named November 11, Singles' Day */
    bool festival_block; /* ... in the block being read */
    bool festival_title; /* ... in its title or headline: the whole text is on the festival */
    bool cnnic;          /* the text has named the CNNIC, whose reports' figures are of June or December */
    struct date last_quarter; /* the last quarter the text named ("In the first quarter, ..."), y 0 if none */
    bool june_block;     /* the block speaks of JD's 618 festival (June) */
    /* the base a change of this block compared with ("up 11.09 million
     * from December 2022"), and the date of its level: a later change of
     * a level of that date, naming no base, has it too */
    struct date base_lvl, base_when;
    bool has_base;
    /* the last fact of the block before, for a block that opens by
     * standing for it ("The figure was 43 million more than ...") */
    const char *carry_ind;
    const char *carry_money_ind; /* ... and its last figure of money's */
    int carry_sec;
    char *carry_ent;
    struct date carry_when;
    bool carry_has_when;
    double carry_value;
    int carry_decimals;
    enum qualifier carry_q;
    const char *carry_unit;
    struct date last_day; /* the last day a sentence spoke of (y 0: none), for "during the day" */
    struct date span_day; /* the last day of the last span the paragraph spoke of ("the 12 months ended Sept. 30"), y 0 if none */
    bool *picked;        /* per date of the block: the period of a quantity */
    bool *in_date;       /* per token of the block: part of a date */
    bool *in_table;      /* per token of the block: part of a table of years */
    bool *in_card;       /* per token of the block: on a line of a card's fields ("Round: Series B | Amount: ...") */
    size_t in_date_cap;
    int blocks_since_heading;
    bool heading_items;  /* the blocks under the heading are a list's items: it dates them all */
    size_t da, db;       /* the dates of the current sentence */
    /* the places named in a sentence (see abroad_figure), found once */
    const char *places_s;
    size_t places_a, places_b;
    struct place { size_t a, e; int kind; } *places;
    size_t nplaces, places_cap;
    bool trace; /* CNSTAT_TRACE: print tokens and dates of each block */
    struct zh_index *zh; /* the rules' Chinese phrases, or NULL (owned) */
    bool within_known; /* whether a sentence ends inside the block was looked for ... */
    bool within;       /* ... and whether one does */
};

/* The document's title, scanned once. */
static const struct tokens *title_tokens(struct doc *d)
{
    if (!d->title_read) {
        scan_block(&d->title, &d->title_tok);
        d->title_read = true;
    }
    return &d->title_tok;
}

static bool title_context_met(struct doc *d, size_t ri);
static bool ends_with_stop(const char *s, size_t n);
static bool sentences_within(const struct sent *st);

static bool context_met(struct doc *d, size_t ri)
{
    const struct rule *ru = &d->r->v[ri];
    if (!ru->context.n)
        return true;
    if (d->ctx_ok[ri] < 0)
        d->ctx_ok[ri] = phrases_in(&ru->context, d->tok.v, d->tok.n, 0, d->tok.n) ? 1 : 0;
    return d->ctx_ok[ri] == 1 || title_context_met(d, ri);
}

/* (or the document's title: "World's Biggest Money Fund Shrinks ..."
 * speaks of a fund in every paragraph under it) */
static bool title_context_met(struct doc *d, size_t ri)
{
    const struct rule *ru = &d->r->v[ri];
    if (!ru->context_title || !d->title.len)
        return false;
    const struct tokens *tt = title_tokens(d);
    if (d->title_ctx_ok[ri] < 0)
        d->title_ctx_ok[ri] = phrases_in(&ru->context, tt->v, tt->n, 0, tt->n) ? 1 : 0;
    return d->title_ctx_ok[ri] == 1;
}

/* Is the subject of the clause of the figure at qstart the country itself:
 * "China had 2.1 million users", "the country added 21.75 million users"? */
static bool country_subject(const struct sent *st, size_t qstart)
{
    for (size_t i = qstart; i > st->a && i + 12 > qstart; i--) {
        const struct token *w = &st->t[i - 1];
        if (is_clause_break(w) || is_quantity(w) || (w->kind == TK_PUNCT && st->s[w->off] == ','))
            return false;
        if (w->kind != TK_WORD)
            continue;
        if (str_ieq(st->s + w->off, w->len, "china") && !(w->flags & TF_POSSESSIVE) &&
            !(i < st->b && (st->t[i].flags & TF_CAP) && st->t[i].kind == TK_WORD))
            return true; /* (not "China Mobile") */
        if (str_ieq(st->s + w->off, w->len, "country") && i >= st->a + 2 &&
            str_ieq(st->s + st->t[i - 2].off, st->t[i - 2].len, "the"))
            return true;
        if ((w->flags & TF_CAP) && i - 1 > st->a)
            return false; /* (a name of something else before it) */
    }
    return false;
}

/* Are the country's users at k its Internet users: "users" right after
 * the figure, the clause's end or a date after them ("China had 2.1
 * million users at the end of 1998"), not a gap ("5 million users behind
 * the United States"), a part ("107 million of these users") or
 * subscribers of a service ("561 million 5G mobile phone subscribers")? */
static bool country_users(const struct sent *st, size_t k, const struct numinfo *n)
{
    const struct token *t = st->t;
    if (!n->cue_after || n->cue_a != k + 1 || n->cue_b != k + 2 || t[k + 1].kind != TK_WORD ||
        !(str_ieq(st->s + t[k + 1].off, t[k + 1].len, "users") || str_ieq(st->s + t[k + 1].off, t[k + 1].len, "user")))
        return false;
    size_t e = k + 2;
    if (e >= st->b || t[e].kind == TK_PUNCT)
        return true;
    return str_ieq(st->s + t[e].off, t[e].len, "at") || tok_is(&t[e], WH(in)) || tok_is(&t[e], WH(by)) ||
           str_ieq(st->s + t[e].off, t[e].len, "as");
}

/* A level of nobody named whose rule has an orphan ("orphan = netizens")
 * is the orphan's, where the paragraph or the document's title speaks of
 * what the orphan counts: "Dec 2002  59.1 million users." in a chronicle
 * of the country's Internet.  Gives the level the orphan's rule and
 * entity; false where there is none. */
static bool adopt_orphan(struct doc *d, const struct sent *st, size_t k, struct numinfo *n)
{
    const struct rule *ru = &d->r->v[n->rule];
    if (n->entity || !ru->orphan || n->change)
        return false;
    /* (only in an entry of a chronicle, a line that opens with its date:
     * news of a product that goes unnamed, "users of food-delivery apps
     * reached 343 million", is no count of the country's) */
    /* (or where the country itself has them: "China had 2.1 million
     * users", in a text on its Internet) */
    const struct token *f = &st->t[st->a];
    if ((!(f->off == 0 || st->s[f->off - 1] == '\n') ||
         !((f->kind == TK_NUM && ((f->flags & TF_YEAR) || (st->in_date && st->in_date[st->a]))) ||
           (f->kind == TK_WORD && (f->flags & TF_CAP) && scan_month(st->s + f->off, f->len)))) &&
        !(country_subject(st, n->qstart) && country_users(st, k, n)))
        return false;
    /* (nor a part of the users before: "79.5 million users, 17.4 million
     * of them on broadband"; nor users of something: "users of ...") */
    if (k + 2 < st->b && tok_is(&st->t[k + 1], WH(of)) &&
        (str_ieq(st->s + st->t[k + 2].off, st->t[k + 2].len, "them") ||
         str_ieq(st->s + st->t[k + 2].off, st->t[k + 2].len, "whom")))
        return false;
    if (n->cue_b < st->b && (tok_is(&st->t[n->cue_b], WH(of)) || tok_is(&st->t[n->cue_b], WH(on)) ||
                             str_ieq(st->s + st->t[n->cue_b].off, st->t[n->cue_b].len, "for")))
        return false;
    bool met = phrases_in(&ru->orphan_context, d->tok.v, d->tok.n, 0, d->tok.n);
    if (!met && d->title.len) {
        const struct tokens *tt = title_tokens(d);
        met = phrases_in(&ru->orphan_context, tt->v, tt->n, 0, tt->n);
    }
    const struct rule *o = met ? rules_find(d->r, ru->orphan) : NULL;
    if (!o)
        return false;
    if (!n->cue_rule)
        n->cue_rule = n->rule + 1;
    n->rule = (int)(o - d->r->v);
    n->entity = xstrdup(o->entity == EK_FIXED ? o->entity_text : o->fallback ? o->fallback : "China");
    return true;
}

/* Is rule ri's context met in the block before this one? */
static bool prev_context_met(struct doc *d, size_t ri)
{
    const struct rule *ru = &d->r->v[ri];
    if (!d->prev.len)
        return false;
    if (!d->prevctx_read) {
        scan_block(&d->prev, &d->prevctx_tok);
        d->prevctx_read = true;
    }
    if (d->prev_ctx_ok[ri] < 0)
        d->prev_ctx_ok[ri] =
            phrases_in(&ru->context, d->prevctx_tok.v, d->prevctx_tok.n, 0, d->prevctx_tok.n) ? 1 : 0;
    return d->prev_ctx_ok[ri] == 1;
}

/* Does the sentence speak of what the paragraph before spoke of, by a
 * word that points back: "The industry lent 982.3 billion yuan",
 * "such platforms", "these lenders", "they"? */
static bool points_back(const struct sent *st)
{
    static const char *const lead[] = {"the", "such", "these", "those"};
    static const char *const noun[] = {"industry",  "sector",   "market",      "platforms", "lenders",
                                       "funds",     "firms",    "companies",   "institutions", "banks",
                                       "operators", "carriers", "enterprises", "providers", "quarter"};
    for (size_t i = st->a; i < st->b; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD)
            continue;
        if (str_ieq(st->s + t->off, t->len, "they"))
            return true;
        if (i + 1 >= st->b)
            continue;

        bool l = false;
        for (size_t k = 0; k < sizeof lead / sizeof *lead && !l; k++)
            l = str_ieq(st->s + t->off, t->len, lead[k]);
        if (!l)
            continue;
        const struct token *u = &st->t[i + 1];
        for (size_t k = 0; k < sizeof noun / sizeof *noun; k++)
            if (str_ieq(st->s + u->off, u->len, noun[k]))
                return true;
    }
    return false;
}

/* Does the sentence open with a word that goes on from the paragraph
 * before, a comma after it: "In addition, statistics showed that ...",
 * "Meanwhile, ...", "At the same time, ..."? */
static bool opens_going_on(const struct sent *st)
{
    static const char *const one[] = {"additionally", "meanwhile", "moreover", "furthermore", "besides", "also"};
    const struct token *t = st->t;
    size_t w = 0;
    if (st->a + 2 < st->b && t[st->a].kind == TK_WORD &&
        str_ieq_any(st->s + t[st->a].off, t[st->a].len, one, sizeof one / sizeof *one))
        w = 1;
    else if (st->a + 3 < st->b && str_ieq(st->s + t[st->a].off, t[st->a].len, "in") &&
             str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "addition"))
        w = 2;
    else if (st->a + 5 < st->b && str_ieq(st->s + t[st->a].off, t[st->a].len, "at") &&
             str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "the") &&
             str_ieq(st->s + t[st->a + 2].off, t[st->a + 2].len, "same") &&
             str_ieq(st->s + t[st->a + 3].off, t[st->a + 3].len, "time"))
        w = 4;
    /* ("Over the same period, the national banking institutions ...": the
     * period the paragraph before spoke of) */
    else if (st->a + 5 < st->b &&
             (str_ieq(st->s + t[st->a].off, t[st->a].len, "over") || tok_is(&t[st->a], WH(in)) ||
              str_ieq(st->s + t[st->a].off, t[st->a].len, "during")) &&
             str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "the") &&
             str_ieq(st->s + t[st->a + 2].off, t[st->a + 2].len, "same") &&
             str_ieq(st->s + t[st->a + 3].off, t[st->a + 3].len, "period"))
        w = 4;
    return w && t[st->a + w].kind == TK_PUNCT && st->s[t[st->a + w].off] == ',';
}

/* Does the sentence open with a part of what the paragraph before
 * counted: "Of these, 620 million people go online with a mobile phone",
 * "Of them, ...", "Among them, ...", "Of this, ..."? */
static bool opens_of_these(const struct sent *st)
{
    const struct token *t = st->t;
    if (st->a + 2 >= st->b || t[st->a].kind != TK_WORD || t[st->a + 1].kind != TK_WORD)
        return false;
    const char *w0 = st->s + t[st->a].off, *w1 = st->s + t[st->a + 1].off;
    size_t l0 = t[st->a].len, l1 = t[st->a + 1].len;
    /* (or "Of this, ...", "Of which, ...": a part of the total) */
    return (str_ieq(w0, l0, "of") || str_ieq(w0, l0, "among")) &&
           (str_ieq(w1, l1, "these") || str_ieq(w1, l1, "them") || str_ieq(w1, l1, "those") ||
            (str_ieq(w0, l0, "of") && (str_ieq(w1, l1, "this") || str_ieq(w1, l1, "which"))));
}

/* Does the sentence open with the one the paragraph before spoke of ("The
 * fund had 49 million customers", "Its users ...")? */
static bool opens_with_the_one(const struct sent *st)
{
    static const char *const one[] = {"fund", "company", "firm", "platform", "lender", "operator", "group",
                                      "bank", "app", "service", "website"};
    const struct token *t = st->t;
    if (st->a + 1 >= st->b || t[st->a].kind != TK_WORD)
        return false;
    if (str_ieq(st->s + t[st->a].off, t[st->a].len, "its"))
        return true;
    if (!str_ieq(st->s + t[st->a].off, t[st->a].len, "the"))
        return false;
    for (size_t k = 0; k < sizeof one / sizeof *one; k++)
        if (str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, one[k]))
            return true;
    return false;
}

/* points_back(), once a sentence (viable() asks for every candidate cue). */
static bool points_back_at(struct doc *d, const struct sent *st)
{
    if (d->back_at != st->a || d->back_end != st->b) {
        d->back_at = st->a;
        d->back_end = st->b;
        /* (the one spoken of keeps a day or a month the paragraph before
         * named, not a year: "The company plans to offer ..." after "Last
         * year Alibaba bought ...") */
        d->back_val = points_back(st) || (opens_with_the_one(st) && d->back_has && d->back_para.m) || opens_of_these(st) ||
                      opens_going_on(st);
    }
    return d->back_val;
}

/* Does the sentence tell of a day's trading in shares: "shares" and a
 * word of rising or falling right after ("Tencent shares rose 2.3 percent
 * to HK$257.80 in Hong Kong, valuing the company at about HK$475
 * billion")?  Its figures are of the trading day, not of the year a
 * news item reports on. */
static bool share_trading(const struct sent *st)
{
    const struct token *t = st->t;
    for (size_t i = st->a; i + 1 < st->b; i++)
        if (t[i].kind == TK_WORD && (str_ieq(st->s + t[i].off, t[i].len, "shares") ||
                                     str_ieq(st->s + t[i].off, t[i].len, "stock")) &&
            (in_list(&rise_verb, &t[i + 1]) || in_list(&fall_verb, &t[i + 1]) ||
             str_ieq(st->s + t[i + 1].off, t[i + 1].len, "closed")))
            return true;
    return false;
}

/* Does the sentence speak of a day named before: "during the day", "on
 * the day", "that day", "the same day", "during the festival", "over the
 * 24 hours"? */
static bool points_to_day(const struct sent *st)
{
    static const char *const lead[] = {"during", "on", "over", "throughout", "for"};
    static const char *const noun[] = {"day", "festival", "event", "promotion", "holiday"};
    const struct token *t = st->t;
    for (size_t i = st->a; i + 2 < st->b; i++) {
        if (t[i].kind != TK_WORD)
            continue;
        bool l = false, that = str_ieq(st->s + t[i].off, t[i].len, "that");
        for (size_t k = 0; k < sizeof lead / sizeof *lead && !l; k++)
            l = str_ieq(st->s + t[i].off, t[i].len, lead[k]);
        size_t j = i + 1;
        if (l && (str_ieq(st->s + t[j].off, t[j].len, "the") || str_ieq(st->s + t[j].off, t[j].len, "that")))
            j++;
        else if (!that)
            continue;
        if (j < st->b && str_ieq(st->s + t[j].off, t[j].len, "same"))
            j++;
        if (j >= st->b)
            continue;
        /* "the 24 hours" */
        if (j + 1 < st->b && t[j].kind == TK_NUM && t[j].value == 24 && str_ieq(st->s + t[j + 1].off, t[j + 1].len, "hours"))
            return true;
        for (size_t k = 0; k < sizeof noun / sizeof *noun; k++)
            if (str_ieq(st->s + t[j].off, t[j].len, noun[k]))
                return true;
    }
    return false;
}

/* Is the word at i an ordinal of a part of a year: "first", "second",
 * "third", "fourth"? */
static bool ordinal_part(const struct sent *st, size_t i)
{
    static const char *const o[] = {"first", "second", "third", "fourth"};
    return st->t[i].kind == TK_WORD && str_ieq_any(st->s + st->t[i].off, st->t[i].len, o, 4);
}

/* Does the sentence speak of a quarter ("in the second quarter",
 * "quarterly revenue", "in the three months through June")? */
static bool quarter_said(const struct sent *st)
{
    static const char *const q[] = {"quarter", "quarterly"};
    const struct token *t = st->t;
    for (size_t i = st->a; i < st->b; i++) {
        if (t[i].kind != TK_WORD)
            continue;
        if (str_ieq_any(st->s + t[i].off, t[i].len, q, 2))
            return true;
        if (i > st->a && str_ieq(st->s + t[i].off, t[i].len, "months") &&
            ((t[i - 1].kind == TK_NUM && t[i - 1].value == 3) || str_ieq(st->s + t[i - 1].off, t[i - 1].len, "three")))
            return true;
    }
    return false;
}

/* Does the sentence speak of "the same period" as the one before ("over
 * the same 12-month period", "in the same twelve months")? */
static bool same_period(const struct sent *st)
{
    static const char *const span[] = {"period", "months", "month"};
    const struct token *t = st->t;
    for (size_t i = st->a; i + 1 < st->b; i++) {
        if (t[i].kind != TK_WORD || !str_ieq(st->s + t[i].off, t[i].len, "same"))
            continue;
        for (size_t j = i + 1; j < st->b && j <= i + 4; j++)
            if (t[j].kind == TK_WORD && str_ieq_any(st->s + t[j].off, t[j].len, span, 3))
                return true;
    }
    return false;
}

/* ---- blocks ---------------------------------------------------------------------- */

/* Can this block state a quantity or date a heading?  Only a block with a
 * digit, a spelled scale ("three million") or a short line (a heading such
 * as "By the end of December") can; the rest are skipped unread. */
static bool block_matters(const char *p, size_t n)
{
    if (n <= 100)
        return true;
    if (find_digit(p, n) < n)
        return true;
    if (memmem(p, n, "llion", 5) || memmem(p, n, "thousand", 8))
        return true;
    /* 万 and 亿 both start with the rare byte 0xE4 */
    for (const char *q = memchr(p, 0xE4, n); q; q = memchr(q + 1, 0xE4, n - (size_t)(q + 1 - p)))
        if ((size_t)(p + n - q) >= 3 && (memcmp(q, "\xE4\xB8\x87", 3) == 0 || memcmp(q, "\xE4\xBA\xBF", 3) == 0))
            return true;
    return false;
}

/* ---- quantities in a sentence ------------------------------------------------------- */


static bool class_fits(enum unit_class rule, enum unit_class num)
{
    if (rule == UC_PEOPLE)
        return num == UC_COUNT;
    return rule == num;
}

/* The figure n counts what rule ri names, by its cue number cue at the
 * tokens [a, b) before it. */
static void cue_before(struct numinfo *n, int ri, int cue, size_t a, size_t b)
{
    n->rule = ri;
    n->cue = cue;
    n->cue_a = a;
    n->cue_b = b;
    n->cue_after = false;
    n->cue_rule = 0;
}

/* Does a change restated in brackets open at a: "an increase of 13.30
 * million (29.0%) over", "rose 25% (12 million) to"?  A rate for an
 * amount or the other way, right after the figure it restates. */
static bool bracket_restatement_at(const struct sent *st, size_t a)
{
    const struct token *t = st->t;
    return a > st->a && a + 2 < st->b && (t[a].flags & TF_OPEN) && is_quantity(&t[a - 1]) &&
           is_quantity(&t[a + 1]) && (t[a + 2].flags & TF_CLOSE) &&
           (num_class(&t[a - 1]) == UC_PERCENT) != (num_class(&t[a + 1]) == UC_PERCENT);
}

/* The figure a quantity restates, whose first token is q: the token
 * before its "or", past a comma ("30.2 million, or 10.0%", "86 million or
 * 28.9%"); SIZE_MAX if no "or" leads it (the result may be below st->a:
 * the caller checks). */
static size_t or_before(const struct sent *st, size_t q)
{
    const struct token *t = st->t;
    /* (or in brackets right after it: "13.30 million (29.0%)") */
    if (q >= st->a + 2 && bracket_restatement_at(st, q - 1))
        return q - 2;
    if (q < st->a + 2 || !str_ieq(st->s + t[q - 1].off, t[q - 1].len, "or"))
        return SIZE_MAX;
    return t[q - 2].kind == TK_PUNCT && st->s[t[q - 2].off] == ',' ? q - 3 : q - 2;
}

/* Does a change restated between commas open at the comma a: ", or 37.98
 * million,"? */
static bool restatement_at(const struct sent *st, size_t a)
{
    const struct token *t = st->t;
    return a + 3 < st->b && t[a].kind == TK_PUNCT && st->s[t[a].off] == ',' &&
           str_ieq(st->s + t[a + 1].off, t[a + 1].len, "or") && is_quantity(&t[a + 2]) &&
           t[a + 3].kind == TK_PUNCT && st->s[t[a + 3].off] == ',';
}

/* Back from v over an adverb or an adverbial phrase that stands between a
 * verb and what follows it: "for the first time", "again", "sharply", and
 * a comma after it; where the verb's phrase ends (v itself if none). */
static size_t past_adverb(const struct sent *st, size_t v)
{
    const struct token *t = st->t;
    size_t p = v;
    if (p > st->a && t[p - 1].kind == TK_PUNCT && st->s[t[p - 1].off] == ',')
        p--;
    static const char *const first_time[] = {"for", "the", "first", "time"};
    if (p >= st->a + 4) {
        bool all = true;
        for (size_t q = 0; q < 4 && all; q++)
            all = str_ieq(st->s + t[p - 4 + q].off, t[p - 4 + q].len, first_time[q]);
        if (all)
            return p - 4;
    }
    if (p > st->a && t[p - 1].kind == TK_WORD && !(t[p - 1].flags & TF_CAP) &&
        (str_ieq(st->s + t[p - 1].off, t[p - 1].len, "again") ||
         (t[p - 1].len > 4 && str_ieq(st->s + t[p - 1].off + t[p - 1].len - 2, 2, "ly"))))
        return p - 1;
    return v;
}

/* "rose 51 percent (year-on-year) to Y", "grew by 25% to Y": the index of the "to" after the
 * rate at i that leads to a level, or 0.  Only a verb of change before the
 * rate and words of the change's reference between it and "to". */
static size_t rate_to(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    size_t q = i; /* the rate's first token, its qualifier included */
    while (q > st->a && (in_list(&q_more, &t[q - 1]) || in_list(&q_about, &t[q - 1]) ||
                         in_list(&q_nearly, &t[q - 1])))
        q--;
    /* "grew by 125% to 125 million" */
    if (q > st->a + 1 && tok_is(&t[q - 1], WH(by)))
        q--;
    /* (or a direction after its verb or alone: "were up 5% to", "edged
     * down 2.43% to") */
    /* (or a noun of change after it: "marking a 14% year-over-year
     * increase to 103 million") */
    static const char *const noun[] = {"increase", "rise", "jump", "gain", "growth", "surge", "climb"};
    bool noun_change = false;
    if (q > st->a && (tok_is(&t[q - 1], WH(a)) || tok_is(&t[q - 1], WH(an))))
        for (size_t j = i + 1; j < st->b && j <= i + 6 && !noun_change; j++)
            noun_change = t[j].kind == TK_WORD && str_ieq_any(st->s + t[j].off, t[j].len, noun, sizeof noun / sizeof *noun);
    if (q == st->a || !(in_list(&rise_verb, &t[q - 1]) || in_list(&fall_verb, &t[q - 1]) ||
                        tok_is(&t[q - 1], WH(up)) || tok_is(&t[q - 1], WH(down)) || noun_change))
        return 0;
    size_t lim = i + (noun_change ? 8 : 6);
    bool from = false;
    for (size_t j = i + 1; j < st->b && j <= lim; j++) {
        /* (past the change restated: "jumped by 32.1 percent, or 37.98
         * million, to 155 million") */
        if (restatement_at(st, j)) {
            j += 3;
            lim += 4;
            continue;
        }
        if (bracket_restatement_at(st, j)) {
            j += 2;
            lim += 3;
            continue;
        }
        if (tok_is(&t[j], WH(to))) {
            /* "to 1.22 trillion", "to reach 9.31 trillion": the index of
             * the word before the level */
            if (j + 2 < st->b && in_list(&reach_verb, &t[j + 1]))
                j++;
            /* (or "to a record 268.4 billion yuan", "to a new high of") */
            else if (j + 3 < st->b && (tok_is(&t[j + 1], WH(a)) || str_ieq(st->s + t[j + 1].off, t[j + 1].len, "an")) &&
                     str_ieq(st->s + t[j + 2].off, t[j + 2].len, "record"))
                j += 2;
            /* (a headline's "to Record 343.8 Billion Yuan") */
            else if (j + 2 < st->b && str_ieq(st->s + t[j + 1].off, t[j + 1].len, "record"))
                j++;
            return j + 1 < st->b && is_quantity(&t[j + 1]) && num_class(&t[j + 1]) != num_class(&t[i]) ? j : 0;
        }
        /* "rose 20 percent from 500 million in 2013 to 600 million", "grew
         * 40 percent from a year earlier to": where it started, on the way */
        if (!from && tok_is(&t[j], WH(from))) {
            from = true;
            lim = j + 8;
            continue;
        }
        if (from && ((is_quantity(&t[j]) && num_class(&t[j]) != num_class(&t[i])) ||
                     (t[j].kind == TK_NUM && (t[j].flags & TF_YEAR)) || in_list(&from_filler, &t[j])))
            continue;
        /* (past a date: "fell 29% in the third quarter of 2018 to", "in Q3
         * 2018 to") */
        if (!from && st->in_date && st->in_date[j]) {
            lim++;
            continue;
        }
        /* "fell 7 per cent in the quarter to", "grew 30 percent in 2014 to" */
        static const char *const span[] = {"in", "the", "during", "quarter", "month", "period", "half",
                                           "first", "second", "third", "fourth", "last", "past", "same",
                                           /* ("fell 5.29 percent in number to 153 million") */
                                           "number", "value", "terms"};
        bool spanned = (t[j].kind == TK_NUM && (t[j].flags & TF_YEAR));
        for (size_t w = 0; !spanned && t[j].kind == TK_WORD && w < sizeof span / sizeof *span; w++)
            spanned = str_ieq(st->s + t[j].off, t[j].len, span[w]);
        if (!from && spanned)
            continue;
        /* ("year on year", "year-over-year", "YoY"; "QoQ", "quarter on
         * quarter", "sequentially") */
        if (from || !(in_list(&ch_after, &t[j]) || (t[j].kind == TK_PUNCT && (t[j].flags & TF_HYPHEN)) ||
                      tok_is(&t[j], WH(year)) || tok_is(&t[j], WH(on)) || in_list(&seq_word, &t[j]) ||
                      (str_ieq(st->s + t[j].off, t[j].len, "over") && j > i + 1 &&
                       (tok_is(&t[j - 1], WH(year)) ||
                        (j > i + 2 && (t[j - 1].flags & TF_HYPHEN) && tok_is(&t[j - 2], WH(year)))))))
            return 0;
    }
    return 0;
}

/* Does "this had risen to", "it grew to", "the figure reached", "the
 * figure stood at" stand right before q, the pronoun opening its clause? */
static bool pronoun_led_to(const struct sent *st, size_t q)
{
    const struct token *t = st->t;
    size_t i = q;
    bool at = false;
    if (i > st->a && tok_is(&t[i - 1], WH(to)))
        i--;
    else if (i > st->a && str_ieq(st->s + t[i - 1].off, t[i - 1].len, "at"))
        at = true, i--;
    if (i == st->a || !(at ? str_ieq(st->s + t[i - 1].off, t[i - 1].len, "stood") ||
                                 str_ieq(st->s + t[i - 1].off, t[i - 1].len, "stands") ||
                                 str_ieq(st->s + t[i - 1].off, t[i - 1].len, "was")
                           : in_list(&change_verb, &t[i - 1])))
        return false;
    i--;
    if (i > st->a && t[i - 1].kind == TK_WORD &&
        (str_ieq(st->s + t[i - 1].off, t[i - 1].len, "had") || str_ieq(st->s + t[i - 1].off, t[i - 1].len, "has") ||
         str_ieq(st->s + t[i - 1].off, t[i - 1].len, "have")))
        i--;
    size_t p = list_back(&figure_pronoun, t, i, st->a, NULL);
    if (p == SIZE_MAX)
        return false;
    /* the pronoun opens a clause: after a comma, a semicolon, "and" or
     * "but", past a date that opens it ("; by the end of 2009 the figure
     * had risen to 384 million") */
    if (st->in_date && p > st->a && st->in_date[p - 1])
        while (p > st->a && st->in_date[p - 1])
            p--;
    /* (or "when": "in June of last year, when its total reached 253
     * million") */
    return p == st->a || t[p - 1].kind == TK_PUNCT || tok_is(&t[p - 1], WH(and)) || tok_is(&t[p - 1], WH(but)) ||
           str_ieq(st->s + t[p - 1].off, t[p - 1].len, "when");
}

/* Does the sentence open with a word that stands for a figure before it
 * ("The figure was up", "This was 14 percent more", "It rose"), with only
 * verbs and qualifiers between it and the change at q? */
static bool change_subject(const struct sent *st, size_t q, size_t *a, size_t *b);

static bool figure_subject(const struct sent *st, size_t q)
{
    const struct token *t = st->t;
    /* ("The year-on-year growth rate was 75.4 per cent": the change of
     * the figure before) */
    size_t sa, sb;
    if (change_subject(st, q, &sa, &sb) && sa == sb)
        return true;
    /* (or no word at all, a note's fragment that opens with the figure and
     * goes on with its date: "crossed 1bn. 1.011bn as of end-June, ...") */
    if (q == st->a && q + 1 < st->b && st->in_date && t[q].kind == TK_NUM && !(t[q].flags & (TF_YEAR | TF_SMALLINT))) {
        size_t j = q + 1;
        if (j + 1 < st->b && str_ieq(st->s + t[j].off, t[j].len, "as") && tok_is(&t[j + 1], WH(of)))
            j += 2;
        else if (j + 1 < st->b && (str_ieq(st->s + t[j].off, t[j].len, "at") || tok_is(&t[j], WH(by)) || tok_is(&t[j], WH(in))))
            j++;
        if (st->in_date[j])
            return true;
    }
    /* (after an opening phrase without figures: "Compared with the end of
     * 2013, the number increased by 30.2 million") */
    size_t open = st->a;
    for (size_t i = st->a; i < q && i < st->a + 12; i++) {
        if (is_quantity(&t[i]))
            break;
        if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',') {
            open = i + 1;
            break;
        }
    }
    /* (past a date that opens it: "In 2012 the figure stood at"; not "In
     * 2009 the number of netizens increased", which names what it counts) */
    size_t dated = open;
    while (dated < q && st->in_date && st->in_date[dated])
        dated++;
    if (dated > open && !(dated + 2 < q && list_fwd(&figure_pronoun, t, st->n, dated, q) == dated + 2 &&
                          tok_is(&t[dated + 2], WH(of)) && t[dated + 3].kind == TK_WORD))
        open = dated;
    /* (or the date itself its subject, a quarter's or a year's: "Q1 2018
     * was 48.3 trillion Yuan; Q2 2018 was 50.1 trillion Yuan") */
    if (open == dated && dated > st->a && st->in_date && st->in_date[dated - 1] && dated + 1 == q &&
        (tok_is(&t[dated], WH(was)) || tok_is(&t[dated], WH(were)) || tok_is(&t[dated], WH(is))))
        return true;
    size_t e = list_fwd(&figure_pronoun, t, st->n, open, q);
    if (!e && open != st->a)
        e = list_fwd(&figure_pronoun, t, st->n, st->a, q);
    /* (with its year between: "The 2012 total of 308.61 million"; or a
     * word of its scope: "The national figure rose 26.2 percent") */
    if (!e && open + 3 < q && str_ieq(st->s + t[open].off, t[open].len, "the") &&
        ((t[open + 1].kind == TK_NUM && (t[open + 1].flags & TF_YEAR)) ||
         (t[open + 1].kind == TK_WORD && !(t[open + 1].flags & TF_CAP) &&
          (str_ieq(st->s + t[open + 1].off, t[open + 1].len, "national") ||
           str_ieq(st->s + t[open + 1].off, t[open + 1].len, "overall") ||
           str_ieq(st->s + t[open + 1].off, t[open + 1].len, "combined") ||
           str_ieq(st->s + t[open + 1].off, t[open + 1].len, "latest"))))) {
        static const char *const noun[] = {"figure", "number", "total", "amount", "sum", "tally"};
        if (t[open + 2].kind == TK_WORD && str_ieq_any(st->s + t[open + 2].off, t[open + 2].len, noun, 6))
            e = open + 3;
    }
    /* (past an aside set off by commas: "The figure, more than the
     * entire population of the United States, was up 13.4 percent") */
    if (e && e < q && t[e].kind == TK_PUNCT && st->s[t[e].off] == ',') {
        size_t c = e + 1;
        while (c < q && c < e + 16 && !(t[c].kind == TK_PUNCT && st->s[t[c].off] == ',') && !is_quantity(&t[c]))
            c++;
        if (c < q && t[c].kind == TK_PUNCT && st->s[t[c].off] == ',')
            e = c + 1;
    }
    /* (past the time it is of: "the figure for this year's Singles' Day
     * is up 60 percent") */
    if (e && e + 1 < q && st->in_date &&
        (str_ieq(st->s + t[e].off, t[e].len, "for") || tok_is(&t[e], WH(in)) || tok_is(&t[e], WH(of))) &&
        st->in_date[e + 1]) {
        size_t j = e + 1;
        while (j < q && st->in_date[j])
            j++;
        e = j;
    }
    /* (a word or two more where they name the change: "This represents a
     * staggering increase of 26 million") */
    size_t most = 4;
    for (size_t i = e; e && i < q && i < e + 6 && !tok_is(&t[e], WH(of)); i++)
        if (t[i].kind == TK_WORD && in_list(&ch_after, &t[i]))
            most = 6;
    if (!e || e > q || e + most < q)
        return false;
    for (size_t i = e; i < q; i++)
        if (t[i].kind != TK_WORD || (t[i].flags & TF_CAP))
            return false;
    return true;
}

static int place_at(const struct sent *st, size_t p, size_t *end);

/* Does a gapped clause stand between the figure at prev and the number
 * starting at q: a conjunction or comma, then a name (possessive or not),
 * maybe "was"/"is", then the number?  Its name is [*a, *e). */
static bool gapped_subject(const struct sent *st, size_t prev, size_t q, size_t *a, size_t *e)
{
    const struct token *t = st->t;
    size_t end = q;
    if (end > prev + 1 && (tok_is(&t[end - 1], WH(was)) || tok_is(&t[end - 1], WH(is)) ||
                           str_ieq(st->s + t[end - 1].off, t[end - 1].len, "with")))
        end--;
    /* "..., while WeChat Pay (微信支付) claimed 200 million", "while
     * Licaitong grew to Rmb100bn": a verb of having or reaching, the same
     * count of another */
    else if (end > prev + 2 && t[end - 1].kind == TK_WORD && !(t[end - 1].flags & TF_CAP) &&
             (in_list(&having_verb, &t[end - 1]) || str_ieq(st->s + t[end - 1].off, t[end - 1].len, "reached") ||
              str_ieq(st->s + t[end - 1].off, t[end - 1].len, "hit") ||
              ((tok_is(&t[end - 1], WH(to)) || str_ieq(st->s + t[end - 1].off, t[end - 1].len, "at")) &&
               end > prev + 3 && (in_list(&rise_verb, &t[end - 2]) || in_list(&fall_verb, &t[end - 2]) ||
                                  str_ieq(st->s + t[end - 2].off, t[end - 2].len, "stood"))))) {
        if ((tok_is(&t[end - 1], WH(to)) || str_ieq(st->s + t[end - 1].off, t[end - 1].len, "at")))
            end--;
        end--;
    }
    /* (past a relative clause on the name: "and Tenpay, which runs WeChat
     * Pay, had 38.9 percent") */
    if (end > prev + 3 && t[end - 1].kind == TK_PUNCT && st->s[t[end - 1].off] == ',') {
        for (size_t o = end - 1; o-- > prev + 1 && o + 12 > end;) {
            if (!(t[o].kind == TK_PUNCT && st->s[t[o].off] == ','))
                continue;
            if (o + 1 < end && (str_ieq(st->s + t[o + 1].off, t[o + 1].len, "which") ||
                                str_ieq(st->s + t[o + 1].off, t[o + 1].len, "who")))
                end = o;
            break;
        }
    }
    /* (past the name's aside in brackets: "and Tenpay (WeChat Pay and QQ
     * Wallet) 38.24%") */
    if (end > prev + 2 && (t[end - 1].flags & TF_CLOSE)) {
        size_t o = end - 1;
        while (o > prev + 1 && o + 8 > end && !(t[o - 1].flags & TF_OPEN))
            o--;
        if (o > prev + 1 && (t[o - 1].flags & TF_OPEN))
            end = o - 1;
    }
    /* "while Tenpay's share rose to": the owner of the noun */
    if (end > prev + 3 && st->t[end - 1].kind == TK_WORD && !(st->t[end - 1].flags & TF_CAP) &&
        (st->t[end - 2].flags & TF_POSSESSIVE) && name_word(st, end - 2))
        end--;
    /* the whole name that ends there: "WeChat Pay", not "Pay" */
    size_t first = SIZE_MAX;
    for (size_t s0 = end; s0-- > prev + 1 && s0 + 6 > end;) {
        size_t ne;
        if (name_at(st, s0, end, &ne) && ne == end)
            first = s0;
    }
    if (first == SIZE_MAX)
        return false;
    size_t s0 = first, pe;
    /* (a place is no company, but "China Unicom" is) */
    if (in_list(&not_name, &t[s0]) || (place_at(st, s0, &pe) && pe >= end))
        return false;
    /* "while Tencent's Licaitong grew to": the owner before the name */
    size_t o = s0;
    while (o > prev + 2 && (t[o - 1].flags & TF_POSSESSIVE) && name_word(st, o - 1))
        o--;
    while (o > prev + 2 && o < s0 && name_word(st, o - 1) && !(t[o - 1].flags & TF_POSSESSIVE) &&
           !in_list(&not_name, &t[o - 1]))
        o--;
    const struct token *b = &t[o - 1];
    bool opens = (b->kind == TK_PUNCT && st->s[b->off] == ',') || in_list(&conjunction, b) ||
                 /* "..., followed by Tenpay with 19.4 percent" */
                 (tok_is(b, WH(by)) && o >= prev + 3 &&
                  (str_ieq(st->s + t[o - 2].off, t[o - 2].len, "followed") ||
                   str_ieq(st->s + t[o - 2].off, t[o - 2].len, "trailed")));
    if (!opens)
        return false;
    *a = s0;
    *e = end;
    return true;
}

/* Is token i part of a change restated between commas: ", or 37.98
 * million," ("jumped by 32.1 percent, or 37.98 million, to 155 million")? */
static bool in_restatement(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    /* (after the change it restates, a rate for an amount or the other way) */
    for (size_t a = i >= st->a + 3 ? i - 3 : st->a; a <= i; a++)
        if (restatement_at(st, a) && a > st->a && is_quantity(&t[a - 1]) &&
            (num_class(&t[a - 1]) == UC_PERCENT) != (num_class(&t[a + 2]) == UC_PERCENT))
            return true;
    return false;
}

/* May token i stand between a cue and its number? */
static bool linkable(const struct doc *d, const struct sent *st, size_t i, enum unit_class cls)
{
    const struct token *t = &st->t[i];
    if (d->in_date[i])
        return true;
    if (((t->kind == TK_PUNCT && st->s[t->off] == ',') || (t->kind == TK_WORD && st->s[t->off] == 'o') ||
         is_quantity(t)) &&
        in_restatement(st, i))
        return true;
    /* (or in brackets: "rose 13.30 million (29.0%) to") */
    for (size_t a = i >= st->a + 2 ? i - 2 : st->a; a <= i && ((t->flags & (TF_OPEN | TF_CLOSE)) || is_quantity(t)); a++)
        if (bracket_restatement_at(st, a))
            return true;
    if (t->kind == TK_PUNCT)
        return (t->flags & TF_HYPHEN) || st->s[t->off] == '\'';
    if (t->kind == TK_NUM) {
        if (t->flags & (TF_YEAR | TF_MONTHDAY))
            return true;
        /* "mobile payments surged 707 percent to 1.22 trillion yuan", "the
         * penetration rate rose 3.7 percentage points to 45.8 percent" */
        if ((num_class(t) == UC_PERCENT || num_class(t) == UC_POINTS) && cls != num_class(t) && rate_to(st, i))
            return true;
        return num_class(t) == cls; /* a list: "$390 million in 1974 and $930 million" */
    }
    if (t->kind == TK_SKIP)
        return false;
    if (rules_is_link(d->r, t->hash))
        return true;
    /* (or a word of a link of words: "as a whole") */
    for (size_t l = 0; (d->r->link_words & (1ull << (t->hash & 63))) && l < d->r->nlink_multi; l++) {
        const struct phrase *ph = d->r->link_multi[l];
        for (int w = 0; ph->n > 1 && w < ph->n; w++)
            if (ph->h[w] == t->hash && i >= st->a + (size_t)w && match_fwd(st->t, st->n, i - (size_t)w, ph, st->b) > i)
                return true;
    }
    if (name_word(st, i))
        return true;
    if (scan_month(st->s + t->off, t->len))
        return true;
    for (size_t l = 0; l < 5; l++) /* qualifier words */
        if (in_list(all_lists[l], t))
            return true;
    /* an adverb: "grew rapidly, reaching", "rose sharply to" */
    if (t->len >= 6 && !(t->flags & TF_CAP) && st->s[t->off + t->len - 1] == 'y' && st->s[t->off + t->len - 2] == 'l')
        return true;
    return false;
}

/* Does the sentence before index e speak of what is to come: a plan, an
 * aim, a target, a forecast ("planning to develop 100 million FTTH users
 * in five years"), and not of a span gone by ("has signed up 600m users
 * in three years")? */
static bool speaks_ahead(const struct sent *st, size_t e)
{
    static const char *const w[] = {"will", "would", "shall", "plan", "plans", "planning", "planned", "aim",
                                    "aims", "aiming", "target", "targets", "targeting", "goal", "intend",
                                    "intends", "expect", "expects", "expected", "forecast", "projected", "hope",
                                    "hopes", "seek", "seeks", "wants"};
    for (size_t i = st->a; i < e && i < st->b; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD)
            continue;
        for (size_t k = 0; k < sizeof w / sizeof *w; k++)
            if (str_ieq(st->s + t->off, t->len, w[k]))
                return true;
    }
    return false;
}

/* The start of the whole name that ends at e ("ICBC Cash", not "Cash"):
 * a run of name words (and hyphens between them) of fewer than span
 * tokens, its last word no common one; SIZE_MAX if there is none. */
static size_t name_ending(const struct sent *st, size_t e, size_t span)
{
    if (e <= st->a || !name_word(st, e - 1) || in_list(&not_name, &st->t[e - 1]))
        return SIZE_MAX;
    size_t best = SIZE_MAX;
    for (size_t s0 = e - 1; s0 + span > e; s0--) {
        size_t ne;
        if (name_at(st, s0, e, &ne) && ne == e)
            best = s0;
        if (s0 == st->a || !(name_word(st, s0 - 1) || (st->t[s0 - 1].flags & TF_HYPHEN)))
            break;
    }
    return best;
}

/* Does the figure at k stand in brackets of its own right after a name,
 * its cue at most inside them: "Alipay (54.1%)", "WeChat (806 million
 * MAUs)"?  The name in [*a, *b). */
static bool bracket_name(const struct sent *st, size_t k, size_t q, size_t *a, size_t *b)
{
    if (q < st->a + 2 || !(st->t[q - 1].flags & TF_OPEN))
        return false;
    size_t c = k + 1;
    while (c < st->b && c < k + 4 && st->t[c].kind == TK_WORD)
        c++;
    if (c >= st->b || !(st->t[c].flags & TF_CLOSE))
        return false;
    size_t e = q - 1, best = name_ending(st, e, 6);
    size_t pe;
    if (best == SIZE_MAX || (place_at(st, best, &pe) && pe >= e))
        return false; /* (a place: "China (45%)") */
    *a = best;
    *b = e;
    return true;
}

/* Is the figure at q an item of a list of names and figures: a name
 * right before it, after a colon, a comma or "and" ("...: Alipay 54.1%,
 * Tenpay 37.0%")?  The name in [*a, *b). */
static bool listed_pair(const struct sent *st, size_t q, size_t *a, size_t *b)
{
    if (q < st->a + 2)
        return false;
    size_t best = name_ending(st, q, 5);
    if (best == SIZE_MAX || best == st->a)
        return false;
    const struct token *p = &st->t[best - 1];
    bool opens = (p->kind == TK_PUNCT && (st->s[p->off] == ':' || st->s[p->off] == ',')) || tok_is(p, WH(and));
    size_t pe;
    if (!opens || (place_at(st, best, &pe) && pe >= q))
        return false;
    *a = best;
    *b = q;
    return true;
}

/* Before a figure at q, a year's possessive ("last year's", "the previous
 * year's", "2014's"): where it starts, else q. */
static size_t years_own_start(const struct doc *d, const struct sent *st, size_t q)
{
    size_t p;
    if (q >= st->a + 2 && d->in_date[q - 1] && (st->t[q - 1].flags & TF_POSSESSIVE))
        p = q - 1; /* "year's" */
    else if (q >= st->a + 3 && st->t[q - 1].kind == TK_WORD && tok_is(&st->t[q - 1], WH(s)) && st->t[q - 1].len == 1 &&
             st->t[q - 2].kind == TK_PUNCT && d->in_date[q - 3])
        p = q - 2; /* "2014's" */
    else
        return q;
    while (p > st->a && d->in_date[p - 1])
        p--;
    /* (the date's own preposition is the comparison's: "compared with",
     * "from") */
    while (p < q && st->t[p].kind == TK_WORD &&
           (str_ieq(st->s + st->t[p].off, st->t[p].len, "with") || tok_is(&st->t[p], WH(from)) ||
            str_ieq(st->s + st->t[p].off, st->t[p].len, "than") ||
            str_ieq(st->s + st->t[p].off, st->t[p].len, "over") || tok_is(&st->t[p], WH(on))))
        p++;
    return p;
}

/* The change that a comparison's word at p ("from", "over") follows, right
 * before it or past a few words of its own: "up 3 percent from", "an
 * increase of 14 per cent in US dollar terms over". Its token, else
 * SIZE_MAX. */
static size_t change_words_before(const struct sent *st, const struct numinfo *ni, size_t p)
{
    for (size_t j = p; j-- > st->a && j + 7 > p;) {
        if (is_quantity(&st->t[j]))
            return ni[j].change ? j : SIZE_MAX;
        if (st->t[j].kind != TK_WORD)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The start of the figure at q past "only", "just" or "merely" before it. */
static size_t past_only(const struct sent *st, size_t q)
{
    while (q > st->a && st->t[q - 1].kind == TK_WORD &&
           (str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "only") ||
            str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "just") ||
            str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "merely")))
        q--;
    return q;
}

/* The start of what leads a compared figure, past a peak or a record
 * named before it: "down from a peak of 1.69 trillion yuan", "from a
 * record high of", "up from an all-time low of", "from last year's". */
static size_t compared_start(const struct doc *d, const struct sent *st, size_t q)
{
    static const char *const noun[] = {"peak", "high", "low", "record", "level", "all", "time"};
    /* ("compared with only 48,695 in 1999", "up from just 12 million") */
    q = past_only(st, q);
    /* (or the figure recorded: "up 60 percent from the 57 billion yuan
     * recorded a year earlier"; not "compared with the 20.8 billion yuan
     * average of analysts' estimates") */
    if (q > st->a + 1 && str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "the") &&
        (tok_is(&st->t[q - 2], WH(from)) || tok_is(&st->t[q - 2], WH(over)) ||
         str_ieq(st->s + st->t[q - 2].off, st->t[q - 2].len, "than")))
        q--;
    size_t j = q;
    if (j > st->a && tok_is(&st->t[j - 1], WH(of)))
        j--;
    size_t k = j;
    bool named = false;
    while (k > st->a && k + 4 > j) {
        const struct token *t = &st->t[k - 1];
        bool hit = false;
        if (t->kind == TK_PUNCT && (t->flags & TF_HYPHEN))
            hit = true; /* "all-time" */
        for (size_t w = 0; w < sizeof noun / sizeof *noun && !hit && t->kind == TK_WORD; w++)
            if (str_ieq(st->s + t->off, t->len, noun[w]))
                hit = named = true;
        if (!hit)
            break;
        k--;
    }
    if (named && k > st->a && st->t[k - 1].kind == TK_WORD &&
        (tok_is(&st->t[k - 1], WH(a)) || tok_is(&st->t[k - 1], WH(an)) ||
         str_ieq(st->s + st->t[k - 1].off, st->t[k - 1].len, "its") ||
         str_ieq(st->s + st->t[k - 1].off, st->t[k - 1].len, "the")))
        q = k - 1;
    return years_own_start(d, st, q);
}

/* Is the figure at k told in the past tense: a verb of the past before it
 * in its sentence ("rose to", "had", "reached", "was"), none of the present
 * or the future ("has", "is", "plans to", "will")? */
static bool told_past(const struct sent *st, size_t k)
{
    static const char *const now[] = {"has", "have", "is", "are", "will", "plans", "plan", "expects", "aims",
                                      "says", "now", "currently"};
    bool past = false;
    for (size_t i = st->a; i < k; i++) {
        const struct token *t = &st->t[i];
        /* a label and its figure, no verb: "- Websites: 3.35 million" is
         * reported as the lead's year's */
        if (t->kind == TK_PUNCT && t->len == 1 && st->s[t->off] == ':')
            past = true;
        if (t->kind != TK_WORD || (t->flags & TF_CAP))
            continue;
        const char *w = st->s + t->off;
        for (size_t j = 0; j < sizeof now / sizeof *now; j++)
            if (str_ieq(w, t->len, now[j]))
                return false;
        /* (the past of a verb that is not "-ed": "99Bill took 5.8%") */
        static const char *const irregular[] = {"took", "made", "held", "saw", "won", "got", "gave", "led",
                                                "sold", "kept", "brought", "bought", "paid", "spent", "became",
                                                "drew", "ran", "set", "began", "lost", "found", "went", "came"};
        if (in_list(&rise_verb, t) || in_list(&fall_verb, t) || tok_is(t, WH(was)) || tok_is(t, WH(were)) ||
            str_ieq(w, t->len, "had") || str_ieq(w, t->len, "stood") || str_ieq(w, t->len, "hit") ||
            (t->len > 4 && w[t->len - 1] == 'd' && w[t->len - 2] == 'e') ||
            str_ieq_any(w, t->len, irregular, sizeof irregular / sizeof *irregular))
            past = true;
    }
    if (past)
        return true;
    /* the figure is the subject: its verb comes after it ("more than half
     * a billion people went online") */
    static const char *const after[] = {"went", "was", "were", "had", "rose", "grew", "fell", "stood",
                                        "reached", "totaled", "totalled", "numbered", "used", "accessed",
                                        "shopped", "bought", "paid", "spent", "surfed", "watched", "played"};
    for (size_t i = k + 1; i < st->b && i <= k + 6; i++) {
        const struct token *t = &st->t[i];
        if (is_clause_break(t) || (t->flags & TF_SENT_END) || (t->kind == TK_PUNCT && st->s[t->off] == ','))
            break;
        if (t->kind != TK_WORD)
            continue;
        const char *w = st->s + t->off;
        for (size_t j = 0; j < sizeof now / sizeof *now; j++)
            if (str_ieq(w, t->len, now[j]))
                return false;
        for (size_t j = 0; j < sizeof after / sizeof *after; j++)
            if (str_ieq(w, t->len, after[j]))
                return true;
    }
    return false;
}

/* Is the figure at k told in the present: "says it serves", "has", "is"
 * before it in its clause, no verb of the past? */
static bool told_now(const struct sent *st, size_t k)
{
    static const char *const now[] = {"has", "have", "is", "are", "says", "say", "serves", "counts", "boasts",
                                      "claims", "now", "currently"};
    bool is_now = false;
    for (size_t i = k; i-- > st->a;) {
        const struct token *t = &st->t[i];
        if (is_clause_break(t) || (t->kind == TK_PUNCT && (t->flags & TF_SENT_END)))
            break;
        if (t->kind != TK_WORD || (t->flags & TF_CAP))
            continue;
        const char *w = st->s + t->off;
        /* (a relative clause of the present is the figure's own: "...
         * would postpone its long-rumoured merger with Mobike, which has a
         * valuation of USD 1.5 billion") */
        if (is_now && (str_ieq(w, t->len, "which") || str_ieq(w, t->len, "who")))
            break;
        if (tok_is(t, WH(was)) || tok_is(t, WH(were)) || str_ieq(w, t->len, "had") ||
            (t->len > 4 && w[t->len - 1] == 'd' && w[t->len - 2] == 'e'))
            return false;
        /* (not a perfect's "has": "has grown by 97 million since 2010") */
        const struct token *nx = i + 1 < k ? &st->t[i + 1] : NULL;
        const char *nw = nx ? st->s + nx->off : "";
        if ((str_ieq(w, t->len, "has") || str_ieq(w, t->len, "have")) && nx && nx->kind == TK_WORD && nx->len > 3 &&
            (str_ieq(nw + nx->len - 2, 2, "ed") || str_ieq(nw + nx->len - 2, 2, "en") ||
             str_ieq(nw + nx->len - 2, 2, "wn") || str_ieq(nw, nx->len, "been")))
            return false;
        /* (not "there are", "there were": a state the paragraph's date
         * holds, "By December 31, 2007, ... There are totally 11,931,277
         * domain names") */
        if ((str_ieq(w, t->len, "are") || str_ieq(w, t->len, "is")) && i > st->a &&
            str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "there"))
            continue;
        is_now = is_now || str_ieq_any(w, t->len, now, sizeof now / sizeof *now);
    }
    return is_now;
}

/* Is de the own date of a figure after k that is compared with ("...,
 * compared with 5.37 trillion yuan in 2013"): right after that figure,
 * of its kind, led by a word of comparison? */
static bool compared_own_date(const struct doc *d, const struct sent *st, const struct numinfo *ni, size_t k,
                              const struct date_expr *de)
{
    size_t j = de->first;
    while (j > k + 1 && !is_quantity(&st->t[j - 1]) && j + 2 > de->first)
        j--;
    if (j <= k + 1 || !is_quantity(&st->t[j - 1]))
        return false;
    j--;
    if (num_class(&st->t[j]) != num_class(&st->t[k]))
        return false;
    return ni[j].compared || list_back(&compare_word, st->t, compared_start(d, st, ni[j].qstart), st->a, NULL) != SIZE_MAX;
}

/* Is the number at i the first half of a span's compound ("24-hour",
 * "11-day", "five-year"), a word and no figure? */
static bool duration_word(const struct sent *st, size_t i)
{
    return i + 2 < st->b && (st->t[i + 1].flags & TF_HYPHEN) && in_list(&span_unit, &st->t[i + 2]);
}

/* The tokens of a year-on-year base at i: "YoY" (1), "year on year",
 * "year-over-year" (3 to 5); with whole false, "year on", "year-over"
 * are enough (the last "year" may stand anywhere); 0 if none. */
static size_t yoy_at(const struct sent *st, size_t i, bool whole)
{
    const struct token *t = st->t;
    if (i >= st->b)
        return 0;
    if (t[i].kind == TK_WORD && str_ieq(st->s + t[i].off, t[i].len, "yoy"))
        return 1;
    if (!tok_is(&t[i], WH(year)))
        return 0;
    size_t y = i + 1; /* past a hyphen */
    if (y < st->b && t[y].kind == TK_PUNCT && (t[y].flags & TF_HYPHEN))
        y++;
    if (!(y < st->b && (tok_is(&t[y], WH(on)) || str_ieq(st->s + t[y].off, t[y].len, "over"))))
        return 0;
    if (!whole)
        return y + 1 - i;
    if (++y < st->b && t[y].kind == TK_PUNCT && (t[y].flags & TF_HYPHEN))
        y++;
    return y < st->b && tok_is(&t[y], WH(year)) ? y + 1 - i : 0;
}

/* The words of a change's base at i: "YoY", "year on year", "QoQ",
 * "quarter-on-quarter", "MoM", "month on month"; 0 if none. */
static size_t rate_base_at(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    size_t y = yoy_at(st, i, true);
    if (y || i >= st->b || t[i].kind != TK_WORD)
        return y;
    if (in_list(&seq_word, &t[i]))
        return 1;
    if (!in_list(&seq_unit, &t[i]))
        return 0;
    size_t j = i + 1;
    if (j < st->b && t[j].kind == TK_PUNCT && (t[j].flags & TF_HYPHEN))
        j++;
    if (!(j < st->b && tok_is(&t[j], WH(on))))
        return 0;
    if (++j < st->b && t[j].kind == TK_PUNCT && (t[j].flags & TF_HYPHEN))
        j++;
    /* (the same unit twice: "quarter on quarter", not "quarter on month") */
    return j < st->b && in_list(&seq_unit, &t[j]) && t[j].len == t[i].len ? j + 1 - i : 0;
}

/* Does "quarter on quarter", "month-on-month", "QoQ", "MoM", "sequentially"
 * or "from the previous quarter" follow the change at k, within five
 * words?  The months it spans (3 or 1), 0 if none. */
static int sequential_after(const struct sent *st, size_t k)
{
    for (size_t i = k + 1; i < st->b && i <= k + 6; i++) {
        const struct token *t = &st->t[i];
        if (t->kind == TK_NUM || (t->kind == TK_PUNCT && (t->flags & (TF_SENT_END | TF_CLAUSE))))
            return 0;
        if (t->kind != TK_WORD)
            continue;
        if (in_list(&seq_word, t))
            return str_ieq(st->s + t->off, t->len, "mom") ? 1 : 3;
        if (!in_list(&seq_unit, t))
            continue;
        /* "quarter on quarter", "quarter-on-quarter"; "from the previous
         * quarter", "over the last month" */
        if (rate_base_at(st, i) || (i >= 2 && in_list(&seq_prev, &st->t[i - 1])))
            return str_ieq(st->s + t->off, t->len, "month") ? 1 : 3;
    }
    return 0;
}

/* "237 of them each recorded sales of over 100 million yuan": a figure of
 * each of many is no one's total.  "each" before a verb, within six words
 * before the figure, in its clause. */
static bool each_before(const struct sent *st, size_t qstart)
{
    for (size_t p = qstart; p > st->a + 1 && p + 6 > qstart; p--) {
        const struct token *t = &st->t[p - 1];
        if (t->kind == TK_PUNCT && (t->flags & (TF_CLAUSE | TF_SENT_END) || st->s[t->off] == ','))
            return false;
        /* (a verb after it: "each recorded"; not "each at USD 23", a
         * price) */
        if (t->kind == TK_WORD && str_ieq(st->s + t->off, t->len, "each") && p < qstart &&
            st->t[p].kind == TK_WORD && !(st->t[p].flags & TF_CAP) && st->t[p].len > 3 &&
            st->s[st->t[p].off + st->t[p].len - 1] == 'd' && st->s[st->t[p].off + st->t[p].len - 2] == 'e')
            return true;
    }
    return false;
}

/* Is the word at i a verb of a level reached or passed, "passed",
 * "exceeded", "topped", "reached"? */
static bool passed_verb(const struct sent *st, size_t i)
{
    static const char *const passed[] = {"passed", "exceeded", "surpassed", "topped", "crossed", "broke",
                                         "reached", "hit", "hitting", "reaching"};
    return i < st->b && st->t[i].kind == TK_WORD && str_ieq_any(st->s + st->t[i].off, st->t[i].len, passed, 10);
}

/* "Sales passed $1.5 billion in the first three minutes", "within 90
 * seconds": a running tally of minutes or hours, no figure of a day or a
 * year.  Within six words after the figure. */
static bool running_tally(const struct sent *st, size_t k)
{
    for (size_t i = k + 1; i < st->b && i <= k + 7; i++) {
        const struct token *t = &st->t[i];
        if (t->kind == TK_PUNCT && (t->flags & (TF_SENT_END | TF_CLAUSE)))
            return false;
        if (t->kind != TK_WORD || i < k + 2 || !in_list(&tally_unit, t))
            continue;
        /* (not the whole day: "120.7 billion yuan within 24 hours") */
        if (st->t[i - 1].kind == TK_NUM && st->t[i - 1].value == 24 && str_ieq(st->s + t->off, t->len, "hours"))
            continue;
        /* (nor a rank: "162 million Internet users, only second to the
         * United States") */
        static const char *const rank_next[] = {"to", "only", "largest", "biggest", "highest", "place"};
        if (str_ieq(st->s + t->off, t->len, "second") && i + 1 < st->b && st->t[i + 1].kind == TK_WORD &&
            str_ieq_any(st->s + st->t[i + 1].off, st->t[i + 1].len, rank_next, 6))
            continue;
        /* "in the first three minutes", "within 90 seconds" */
        for (size_t j = i; j-- > k + 1 && j + 4 > i;)
            if (in_list(&tally_lead, &st->t[j]))
                return true;
    }
    return false;
}

/* "capped individual investments at 250,000 yuan", "a ceiling of 5
 * percent", "raised the limit to 10,000 yuan": a rule's bound, not a
 * figure observed.  A word of limits in lower case within twelve words
 * before the quantity, in its clause. */
static bool limit_before(const struct sent *st, size_t qstart)
{
    for (size_t p = qstart; p > st->a && p + 12 > qstart; p--) {
        const struct token *t = &st->t[p - 1];
        if (t->kind == TK_PUNCT && (t->flags & (TF_CLAUSE | TF_SENT_END) || st->s[t->off] == ','))
            return false;
        /* (not a "market cap": "Alibaba's market cap is around $250
         * billion") */
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && in_list(&limit_word, t) &&
            !(p >= st->a + 2 && str_ieq(st->s + t->off, t->len, "cap") &&
              str_ieq(st->s + st->t[p - 2].off, st->t[p - 2].len, "market")))
            return true;
    }
    return false;
}

/* A multiplier, no amount: "grew 1.55 times over the year to 3.35
 * million", "a 12-fold rise" (not a count of times: "85,900 times per
 * second", "used 30 times a day") */
static bool multiplier(const struct sent *st, size_t k)
{
    static const char *const after[] = {"per", "a", "an", "each", "every", "daily"};
    const struct token *t = st->t;
    if (t[k].kind != TK_NUM || t[k].unit || t[k].len != t[k].numlen || t[k].value >= 100)
        return false;
    size_t j = k + 1;
    if (j + 1 < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == '-' && t[j].off == t[k].off + t[k].len &&
        t[j + 1].off == t[j].off + 1 && t[j + 1].kind == TK_WORD && str_ieq(st->s + t[j + 1].off, t[j + 1].len, "fold"))
        return true;
    static const char *const mult[] = {"times", "fold"};
    if (j >= st->b || t[j].kind != TK_WORD || !str_ieq_any(st->s + t[j].off, t[j].len, mult, 2))
        return false;
    return !(j + 1 < st->b && t[j + 1].kind == TK_WORD && str_ieq_any(st->s + t[j + 1].off, t[j + 1].len, after, 6));
}

/* Is t[p] a token of a multiplier: its number, "times", "fold" or the
 * hyphen before it? */
static bool in_multiplier(const struct sent *st, size_t p)
{
    for (size_t k = p + 1; k-- > st->a && k + 3 > p;)
        if (st->t[k].kind == TK_NUM)
            return multiplier(st, k) && (k == p || k + 1 == p || st->t[k + 1].kind == TK_PUNCT);
    return false;
}

/* "Table 5  Growth of users ...", "Figure 3": the number of a table, a
 * figure, a chapter, no quantity; nor a month written "2018.12". */
static bool label_number(const struct sent *st, size_t k)
{
    static const char *const w[] = {"table", "figure", "fig", "chart", "exhibit", "graph", "appendix",
                                    "chapter", "section", "box", "annex"};
    const struct token *t = st->t;
    /* (nor is a year and month written with a dot: "2018.12 - 2019.6") */
    int m;
    if (period_dotted(st->s, &t[k], &m) > 0)
        return true;
    if (t[k].kind != TK_NUM || !(t[k].flags & TF_SMALLINT) || k <= st->a)
        return false;
    size_t p = k - 1;
    /* (a sign before it: a dialling code's "Telephone Code: +86", a time
     * zone's "GMT +8") */
    if (p > st->a && t[p].kind == TK_PUNCT && st->s[t[p].off] == '+' && t[k].off == t[p].off + 1) {
        p--;
        if (t[p].kind == TK_WORD && (str_ieq(st->s + t[p].off, t[p].len, "gmt") || str_ieq(st->s + t[p].off, t[p].len, "utc")))
            return true;
        if (t[p].kind != TK_PUNCT || st->s[t[p].off] != ':')
            return false;
    }
    /* (a name's number glued after a hyphen: "COVID-19", "Series-3") */
    if (p > st->a && t[p].kind == TK_PUNCT && (t[p].flags & TF_HYPHEN) && t[p - 1].kind == TK_WORD &&
        (t[p - 1].flags & TF_CAP) && t[p].off == t[p - 1].off + t[p - 1].len && t[k].off == t[p].off + 1 &&
        !(k + 1 < st->b && t[k + 1].kind == TK_PUNCT && (t[k + 1].flags & TF_HYPHEN)))
        return true;
    /* (the rest of a number after a dash: "No. 333-194505") */
    if (p > st->a && t[p].kind == TK_PUNCT && st->s[t[p].off] == '-' && t[p].off == t[p - 1].off + t[p - 1].len &&
        t[k].off == t[p].off + 1 && t[p - 1].kind == TK_NUM)
        return label_number(st, p - 1);
    bool dot = p > st->a && t[p].kind == TK_PUNCT && st->s[t[p].off] == '.';
    if (dot) /* "Fig. 3" */
        p--;
    /* ("No. 333", "Registration No. 333-194505": an identifier) */
    if (dot && t[p].kind == TK_WORD && str_ieq(st->s + t[p].off, t[p].len, "no") && st->s[t[p].off] == 'N')
        return true;
    /* (or a label's: "Registration Number: 130349", "ICP licence no.:
     * 110507", "Code: 9988") */
    static const char *const id[] = {"number", "no", "code", "id", "licence", "license"};
    bool colon = !dot && p > st->a && t[p].kind == TK_PUNCT && st->s[t[p].off] == ':';
    size_t q = colon ? p - 1 : p;
    if (colon && q > st->a && t[q].kind == TK_PUNCT && st->s[t[q].off] == '.')
        q--;
    if (colon && t[q].kind == TK_WORD && str_ieq_any(st->s + t[q].off, t[q].len, id, sizeof id / sizeof *id))
        return true;
    return t[p].kind == TK_WORD && (t[p].flags & TF_CAP) && str_ieq_any(st->s + t[p].off, t[p].len, w, sizeof w / sizeof *w);
}

/* "villages where annual e-commerce transactions exceed 10 million yuan",
 * "one whose online sales exceed": a threshold that sorts a class of
 * things, no figure of any of them.  "where" or "whose", then a verb of
 * passing in the present before the quantity, in one clause. */
static bool criterion_before(const struct sent *st, size_t qstart)
{
    static const char *const pass[] = {"exceed", "exceeds", "surpass", "surpasses", "top", "tops", "pass", "passes",
                                       /* ("villages with online sales exceeding ...") */
                                       "exceeding", "surpassing", "topping"};
    bool verb = false;
    for (size_t p = qstart; p > st->a && p + 12 > qstart; p--) {
        const struct token *t = &st->t[p - 1];
        if (t->kind == TK_PUNCT && (t->flags & (TF_CLAUSE | TF_SENT_END) || st->s[t->off] == ','))
            return false;
        if (t->kind != TK_WORD)
            continue;
        if (!verb && str_ieq_any(st->s + t->off, t->len, pass, sizeof pass / sizeof *pass))
            verb = true;
        else if (verb && (str_ieq(st->s + t->off, t->len, "where") || str_ieq(st->s + t->off, t->len, "whose") ||
                          str_ieq(st->s + t->off, t->len, "with") ||
                          /* ("in which") */
                          (str_ieq(st->s + t->off, t->len, "which") && p >= st->a + 2 &&
                           tok_is(&st->t[p - 2], WH(in))))) {
            if (str_ieq(st->s + t->off, t->len, "which"))
                p--; /* (the antecedent before "in") */
            /* (of a class: "villages where", "one whose"; not of one
             * thing, "The company, whose annual revenue exceeds") */
            size_t w = p - 1;
            if (w > st->a && st->t[w - 1].kind == TK_PUNCT && st->s[st->t[w - 1].off] == ',')
                w--;
            if (w <= st->a || st->t[w - 1].kind != TK_WORD)
                return false;
            const struct token *x = &st->t[w - 1];
            const char *e = st->s + x->off + x->len;
            /* (or any one of a class: "a village in which") */
            if (w >= st->a + 2 && st->t[w - 2].kind == TK_WORD &&
                (tok_is(&st->t[w - 2], WH(a)) || tok_is(&st->t[w - 2], WH(an)) ||
                 str_ieq(st->s + st->t[w - 2].off, st->t[w - 2].len, "any") ||
                 str_ieq(st->s + st->t[w - 2].off, st->t[w - 2].len, "every")))
                return true;
            return str_ieq(st->s + x->off, x->len, "one") || str_ieq(st->s + x->off, x->len, "ones") ||
                   str_ieq(st->s + x->off, x->len, "those") ||
                   (x->len >= 4 && (e[-1] == 's' || e[-1] == 'S') && !(e[-2] == 's' || e[-2] == 'u' || e[-2] == 'i'));
        }
    }
    return false;
}

/* "I expect mobile payments to pass 10 trillion yuan", "analysts forecast
 * revenue to rise to": a verb of expecting, its object and "to" before the
 * verb the quantity follows (a few words at most, in one clause). */
static bool expected_object(const struct sent *st, size_t qstart)
{
    size_t to = SIZE_MAX;
    int words = 0;
    for (size_t p = qstart; p > st->a && words < 4 && to == SIZE_MAX; p--) {
        const struct token *t = &st->t[p - 1];
        if (is_clause_break(t) || is_quantity(t) || (t->kind == TK_PUNCT && st->s[t->off] == ','))
            return false;
        if (t->kind != TK_WORD)
            continue;
        words++;
        if (tok_is(t, WH(to)))
            to = p - 1;
    }
    if (to == SIZE_MAX)
        return false;
    words = 0;
    for (size_t p = to; p > st->a && words < 8; p--) {
        const struct token *t = &st->t[p - 1];
        if (is_clause_break(t) || is_quantity(t) || (t->kind == TK_PUNCT && st->s[t->off] == ','))
            return false;
        if (t->kind != TK_WORD)
            continue;
        words++;
        if (in_list(&expect_verb, t))
            return true;
    }
    return false;
}

/* "will reach 800 million", "is expected to grow 20 percent": a future word
 * before the quantity, with only linking words between, makes it a
 * projection ("will provide services for 370 million users" does not). */
static bool projected(const struct doc *d, const struct sent *st, size_t qstart)
{
    const struct phrases *fu = &d->r->future;
    if (!fu->n)
        return false;
    if (expected_object(st, qstart))
        return true;
    /* "expects revenues to be between RMB5.6 billion and RMB5.9 billion,
     * representing a growth rate of 40% to 47%": what a foreseen figure
     * represents is foreseen too */
    size_t c0 = qstart;
    while (c0 > st->a && !is_clause_break(&st->t[c0 - 1]) && !is_quantity(&st->t[c0 - 1]) &&
           !(st->t[c0 - 1].kind == TK_PUNCT && st->s[st->t[c0 - 1].off] == ','))
        c0--;
    if (c0 > st->a + 1 && c0 < qstart && st->s[st->t[c0 - 1].off] == ',' && st->t[c0 - 1].kind == TK_PUNCT &&
        (str_ieq(st->s + st->t[c0].off, st->t[c0].len, "representing") ||
         str_ieq(st->s + st->t[c0].off, st->t[c0].len, "implying"))) {
        size_t c = c0 - 1, q0 = SIZE_MAX;
        while (c > st->a && !is_clause_break(&st->t[c - 1]) &&
               !(st->t[c - 1].kind == TK_PUNCT && st->s[st->t[c - 1].off] == ',')) {
            c--;
            if (is_quantity(&st->t[c]))
                q0 = c;
        }
        if (q0 != SIZE_MAX) {
            if (q0 > st->a && str_ieq(st->s + st->t[q0 - 1].off, st->t[q0 - 1].len, "between"))
                q0--;
            return projected(d, st, q0);
        }
    }
    int words = 0, verbs = 0;
    /* (past a word of a change's sum: "plans to add another 300,000") */
    size_t fq = list_back(&ch_filler, st->t, qstart, st->a, NULL);
    for (size_t p = fq != SIZE_MAX ? fq : qstart; p > st->a && words < 6; p--) {
        const struct token *t = &st->t[p - 1];
        /* (past the level a change starts from: "revenues are expected to
         * grow from $1.8bn in 2022 to $33bn in 2027") */
        if (is_quantity(t) && p >= st->a + 2 && tok_is(&st->t[p - 2], WH(from)))
            continue;
        if (is_clause_break(t) || is_quantity(t) || (t->kind == TK_PUNCT && st->s[t->off] == ','))
            break;
        if (t->kind != TK_WORD)
            continue;
        words++;
        for (size_t i = 0; i < fu->n; i++)
            if (fu->v[i].h[fu->v[i].n - 1] == t->hash && match_back(st->t, p, st->a, &fu->v[i]) != SIZE_MAX)
                return true;
        /* one verb of its own may follow the future word: "would build
         * more than 200,000 base stations" */
        if (!rules_is_link(d->r, t->hash) && ((t->flags & TF_CAP) || ++verbs > 1))
            return false;
    }
    return false;
}

/* Is the quantity at k a running total: "..., bringing the total it has
 * raised this year to more than $800 million"? */
static bool running_total(const struct sent *st, size_t k)
{
    size_t a = k;
    while (a > st->a && !is_clause_break(&st->t[a - 1]) &&
           !(st->t[a - 1].kind == TK_PUNCT && st->s[st->t[a - 1].off] == ','))
        a--;
    if (phrases_in_list(&total_lead, st->t, st->n, a, k))
        return true;
    /* "bringing Lanxin's total funding to roughly US$160m" */
    for (size_t i = a; i < k; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD || !(str_ieq(st->s + t->off, t->len, "bringing") ||
                                    str_ieq(st->s + t->off, t->len, "brings") ||
                                    str_ieq(st->s + t->off, t->len, "brought") ||
                                    str_ieq(st->s + t->off, t->len, "taking")))
            continue;
        for (size_t j = i + 1; j < k && j <= i + 4; j++)
            if (st->t[j].kind == TK_WORD && str_ieq(st->s + st->t[j].off, st->t[j].len, "total"))
                return true;
    }
    /* "has so far raised $69.1 million", "to date has received more than
     * RMB 6.3 billion", "has raised $135 million since being founded in
     * 2005": money raised up to now, over rounds; "altogether" and "in
     * total" say so of a perfect's ("In total Tudou has raised USD 85
     * million"), not of one round's sum ("raised $50 million in total from
     * A and B") */
    size_t z = k + 1;
    while (z < st->b && !is_clause_break(&st->t[z]) && !(st->t[z].kind == TK_PUNCT && st->s[st->t[z].off] == ','))
        z++;
    bool perfect = false, all = false;
    for (size_t i = a; i < z; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD)
            continue;
        const char *w = st->s + t->off;
        const struct token *nx = i + 1 < z ? &st->t[i + 1] : NULL;
        const char *nw = nx ? st->s + nx->off : "";
        size_t nl = nx ? nx->len : 0;
        /* (near the figure: not "the biggest foreign online investment in
         * the mainland to date" far after it) */
        bool near = i + 6 >= k && i <= k + 6;
        if (near && (str_ieq(w, t->len, "so") || str_ieq(w, t->len, "thus")) && nx && str_ieq(nw, nl, "far"))
            return true;
        if (near && tok_is(t, WH(to)) && nx && str_ieq(nw, nl, "date"))
            return true;
        if (str_ieq(w, t->len, "since") && i > k) {
            static const char *const start[] = {"founded", "founding", "inception", "launch", "launched",
                                                "establishment", "established", "creation", "birth"};
            for (size_t j = i + 1; j < z && j < i + 4; j++)
                if (str_ieq_any(st->s + st->t[j].off, st->t[j].len, start, sizeof start / sizeof *start))
                    return true;
        }
        if (str_ieq(w, t->len, "altogether") || (tok_is(t, WH(in)) && nx && (str_ieq(nw, nl, "total") || str_ieq(nw, nl, "all"))))
            all = true;
        if ((str_ieq(w, t->len, "has") || str_ieq(w, t->len, "have") || str_ieq(w, t->len, "had")) && nx &&
            nx->len > 3 && str_ieq(nw + nl - 2, 2, "ed"))
            perfect = true;
    }
    if (all && perfect)
        return true;
    /* "had already accumulated $3.3bn", "cumulative financing of" */
    for (size_t i = k; i > a && i + 3 > k; i--) {
        const struct token *t = &st->t[i - 1];
        if (t->kind == TK_WORD && (str_ieq(st->s + t->off, t->len, "accumulated") ||
                                   str_ieq(st->s + t->off, t->len, "cumulative") ||
                                   str_ieq(st->s + t->off, t->len, "cumulatively")))
            return true;
    }
    /* a sum over many: "raised more than $4bn in private rounds this
     * week across 37 deals", "$120m in two rounds" */
    for (size_t j = k + 1; j < st->b && j < k + 14 && !is_clause_break(&st->t[j]); j++) {
        const struct token *t = &st->t[j];
        if (t->kind != TK_WORD ||
            !(str_ieq(st->s + t->off, t->len, "deals") || str_ieq(st->s + t->off, t->len, "rounds") ||
              str_ieq(st->s + t->off, t->len, "transactions")))
            continue;
        for (size_t m = j; m > k + 1 && m + 4 > j; m--)
            if (tok_is(&st->t[m - 1], WH(in)) || str_ieq(st->s + st->t[m - 1].off, st->t[m - 1].len, "across") ||
                str_ieq(st->s + st->t[m - 1].off, st->t[m - 1].len, "over"))
                return true;
    }
    return false;
}

/* "198,000 new 3G base stations, bringing the total to 1.06 million": the
 * level after a change's running total, in the same sentence with no other
 * quantity between; 0 if there is none. */
static size_t total_after(const struct sent *st, size_t k, size_t *lead)
{
    const struct token *t = st->t;
    for (size_t j = k + 1; j < st->b && j < k + 16; j++) {
        if (is_quantity(&t[j]) || is_clause_break(&t[j]))
            return 0;
        size_t e = list_fwd(&total_lead, t, st->n, j, st->b);
        /* (", and the total reached 401.61 million", "their total stood
         * at") */
        bool said = false;
        if (!e && j + 1 < st->b && t[j + 1].kind == TK_WORD && str_ieq(st->s + t[j + 1].off, t[j + 1].len, "total") &&
            (str_ieq(st->s + t[j].off, t[j].len, "the") || str_ieq(st->s + t[j].off, t[j].len, "its") ||
             str_ieq(st->s + t[j].off, t[j].len, "their"))) {
            e = j + 2;
            said = true;
        }
        if (!e)
            continue;
        *lead = j;
        /* "bringing the total number of 3G users to" */
        for (size_t m = e; m < st->b && m < e + 6; m++) {
            if (is_quantity(&t[m]))
                return 0;
            if (tok_is(&t[m], WH(to)) || (said && str_ieq(st->s + t[m].off, t[m].len, "at")))
                return m + 1 < st->b && is_quantity(&t[m + 1]) ? m + 1 : 0;
            if (said && t[m].kind == TK_WORD &&
                (str_ieq(st->s + t[m].off, t[m].len, "reached") || str_ieq(st->s + t[m].off, t[m].len, "was") ||
                 str_ieq(st->s + t[m].off, t[m].len, "hit") || str_ieq(st->s + t[m].off, t[m].len, "totaled") ||
                 str_ieq(st->s + t[m].off, t[m].len, "totalled")))
                return m + 1 < st->b && is_quantity(&t[m + 1]) ? m + 1 : 0;
        }
        return 0;
    }
    return 0;
}

/* A place named at p: 1 China, 2 another country, 0 none; its end in *end. */
static int place_at(const struct sent *st, size_t p, size_t *end)
{
    const struct token *t = st->t;
    size_t e;
    if ((e = list_fwd(&home_place, t, st->n, p, st->b))) {
        *end = e;
        return 1;
    }
    if ((e = list_fwd(&abroad_place, t, st->n, p, st->b))) {
        *end = e;
        return 2;
    }
    if (t[p].kind == TK_WORD && t[p].len == 2 && memcmp(st->s + t[p].off, "US", 2) == 0) {
        *end = p + 1;
        return 2;
    }
    if (t[p].kind == TK_WORD && t[p].len == 1 && st->s[t[p].off] == 'U' && p + 2 < st->b &&
        t[p + 1].kind == TK_PUNCT && st->s[t[p + 1].off] == '.' && t[p + 2].kind == TK_WORD &&
        t[p + 2].len == 1 && st->s[t[p + 2].off] == 'S') {
        *end = p + 3; /* U.S. */
        return 2;
    }
    return 0;
}

/* Is the place at a what another is compared with: "overtakes the United
 * States", "surpassing the US", "more than the US", "behind America"? */
static bool overtaken(const struct sent *st, size_t a)
{
    static const char *const w[] = {"overtake", "overtakes", "overtook", "overtaken", "overtaking", "surpass",
                                    "surpasses", "surpassed", "surpassing", "outstrip", "outstripped", "outstrips",
                                    "outstripping", "than", "behind", "beat", "beating", "passed", "passing",
                                    "exceed", "exceeds", "exceeded", "exceeding"};
    /* (or the country of what it overtook, in an aside after it: "had
     * exceeded .de, the country-code Top Level Domain for Germany") */
    for (size_t j = a, comma = 0; j-- > st->a && j + 16 > a;) {
        const struct token *u = &st->t[j];
        if (is_quantity(u) || is_clause_break(u))
            break;
        if (u->kind == TK_PUNCT && st->s[u->off] == ',' && ++comma > 1)
            break;
        if (comma && u->kind == TK_WORD && str_ieq_any(st->s + u->off, u->len, w, sizeof w / sizeof *w))
            return true;
    }
    size_t p = a;
    if (p > st->a && str_ieq(st->s + st->t[p - 1].off, st->t[p - 1].len, "the"))
        p--;
    if (p == st->a || st->t[p - 1].kind != TK_WORD)
        return false;
    const struct token *t = &st->t[p - 1];
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (str_ieq(st->s + t->off, t->len, w[k]))
            return true;
    /* "ahead of the US" */
    if (tok_is(t, WH(of)) && p >= st->a + 2 && str_ieq(st->s + st->t[p - 2].off, st->t[p - 2].len, "ahead"))
        return true;
    /* (or what of it is compared with, a few words after "than": "reaching
     * 355 million, or more than the entire population of the U.S.") */
    if (tok_is(t, WH(of)))
        for (size_t j = p - 1; j-- > st->a && j + 6 > p;) {
            if (st->t[j].kind != TK_WORD)
                break;
            if (str_ieq(st->s + st->t[j].off, st->t[j].len, "than"))
                return true;
        }
    /* "second only to the United States", "next to", "after" a ranking */
    return tok_is(t, WH(to)) && p >= st->a + 2 &&
           (str_ieq(st->s + st->t[p - 2].off, st->t[p - 2].len, "only") ||
            str_ieq(st->s + st->t[p - 2].off, st->t[p - 2].len, "next"));
}

static bool clause_end(const struct sent *st, size_t i);

/* Is the national figure [qstart, k] another country's?  The place named
 * nearest to it in the sentence says: "the United States, with some 280
 * million Internet users" is not China's; "China had 618 million netizens,
 * more than the United States" is. */
static size_t aside_open(const struct sent *st, size_t p);

static bool abroad_figure(struct doc *d, const struct sent *st, size_t qstart, size_t k)
{
    if (d->places_s != st->s || d->places_a != st->a || d->places_b != st->b) {
        d->places_s = st->s;
        d->places_a = st->a;
        d->places_b = st->b;
        d->nplaces = 0;
        for (size_t p = st->a; p < st->b; p++) {
            size_t e;
            int pl = st->t[p].kind == TK_WORD ? place_at(st, p, &e) : 0;
            if (!pl)
                continue;
            if (d->nplaces == d->places_cap) {
                d->places_cap = d->places_cap ? 2 * d->places_cap : 8;
                d->places = xrealloc(d->places, d->places_cap * sizeof *d->places);
            }
            d->places[d->nplaces++] = (struct place){p, e, pl};
            p = e - 1;
        }
    }
    size_t best = SIZE_MAX;
    int kind = 0;
    for (size_t i = 0; i < d->nplaces; i++) {
        const struct place *pl = &d->places[i];
        if (pl->a >= qstart && pl->a <= k)
            continue;
        /* (a relative clause on the place holding the figure is the
         * place's, overtaken or not: "..., surpassing the United States,
         * which had 220 million") */
        if (pl->e + 2 < qstart && st->t[pl->e].kind == TK_PUNCT && st->s[st->t[pl->e].off] == ',' &&
            (str_ieq(st->s + st->t[pl->e + 1].off, st->t[pl->e + 1].len, "which") ||
             str_ieq(st->s + st->t[pl->e + 1].off, st->t[pl->e + 1].len, "where"))) {
            bool inside = true;
            for (size_t j = pl->e + 2; j < qstart && inside; j++)
                inside = !is_clause_break(&st->t[j]) && !(st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == ',') &&
                         !is_quantity(&st->t[j]);
            if (inside)
                return pl->kind == 2;
        }
        if (overtaken(st, pl->a))
            continue; /* "China overtakes the United States with 253 million" */
        /* (nor one in an aside before it: "international bandwidth, a key
         * measure of how fast users can reach overseas sites, reached") */
        if (pl->e <= qstart) {
            bool aside = false;
            for (size_t j = pl->e; j < qstart && !aside; j++)
                if (st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == ',') {
                    size_t o = aside_open(st, j);
                    aside = o != SIZE_MAX && o < pl->a;
                }
            if (aside)
                continue;
        }
        /* (a place after another figure is that one's: "reached 45.8 per
         * cent, well below the 80 per cent seen in Japan") */
        bool later_figure = false;
        for (size_t j = k + 1; pl->a > k && j < pl->a && !later_figure; j++)
            later_figure = st->t[j].kind == TK_NUM && !(st->t[j].flags & (TF_YEAR | TF_MONTHDAY));
        if (later_figure)
            continue;
        /* (nor a place in another clause after it: "to 16.0%, but it is
         * still far below that of developed countries such as the United
         * States") */
        bool other_clause = false;
        for (size_t j = k + 1; pl->a > k && j < pl->a && !other_clause; j++)
            other_clause = clause_end(st, j);
        if (other_clause)
            continue;
        /* (nor is one the figure is measured against: "45.8%, still well
         * below South Korea") */
        /* (and the places listed with it: "below the levels of South
         * Korea or Japan") */
        if (pl->a > k) {
            size_t at = pl->a;
            for (size_t h = i; h > 0; h--) {
                const struct place *pv = &d->places[h - 1];
                bool joined = pv->e < at && pv->a > k && at - pv->e <= 1;
                for (size_t j = pv->e; joined && j < at; j++)
                    joined = tok_is(&st->t[j], WH(and)) || str_ieq(st->s + st->t[j].off, st->t[j].len, "or") ||
                             (st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == ',');
                if (!joined)
                    break;
                at = pv->a;
            }
            bool measured = false;
            for (size_t j = at; j > k + 1 && j + 4 > at && !measured; j--)
                measured = list_back(&measure_word, st->t, j, k + 1, NULL) != SIZE_MAX;
            if (measured)
                continue;
        }
        size_t dist = pl->a < qstart ? (pl->e <= qstart ? qstart - pl->e : 0) : pl->a - k;
        if (dist < best) {
            best = dist;
            kind = pl->kind;
        }
    }
    return kind == 2;
}

/* Does a clause end at token i: a semicolon, or a comma before "while",
 * "whereas", "but", "when", "and" with a name or "and that"? */
static bool clause_end(const struct sent *st, size_t i)
{
    /* (", as well as", ", as much as", ", as part of": no clause) */
    static const char *const as_not_clause[] = {"well", "much", "many", "part", "such", "follows", "against",
                                                "compared", "opposed", "per", "measured", "shown", "reported"};
    const struct token *t = &st->t[i];
    if (t->kind != TK_PUNCT)
        return false;
    if (st->s[t->off] == ';')
        return true;
    return st->s[t->off] == ',' && i + 1 < st->b &&
           (str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "while") ||
            str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "whereas") || tok_is(&st->t[i + 1], WH(but)) ||
            /* (", when just 18.6 per cent of rural residents used it": a
             * clause of another subject, at another time) */
            str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "when") ||
            /* (", as its funds under management rose to 541.28 billion
             * yuan": a clause of its own, of what the first said) */
            (tok_is(&st->t[i + 1], WH(as)) && i + 2 < st->b && st->t[i + 2].kind == TK_WORD &&
             !(st->in_date && st->in_date[i + 2]) && !tok_is(&st->t[i + 2], WH(of)) &&
             !str_ieq_any(st->s + st->t[i + 2].off, st->t[i + 2].len, as_not_clause,
                          sizeof as_not_clause / sizeof *as_not_clause)) ||
            /* (", with 26.3 percent of the total internet population living
             * in rural areas": another figure's phrase) */
            (str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "with") && i + 2 < st->b &&
             (is_quantity(&st->t[i + 2]) ||
              (i + 3 < st->b && st->t[i + 2].kind == TK_WORD && is_quantity(&st->t[i + 3])))) ||
            /* ", and China Unicom said ...": another subject's clause */
            /* (", and 26.3 percent of netizens live in rural areas": the
             * next figure's) */
            (tok_is(&st->t[i + 1], WH(and)) && i + 2 < st->b && is_quantity(&st->t[i + 2])) ||
            (tok_is(&st->t[i + 1], WH(and)) && i + 2 < st->b && st->t[i + 2].kind == TK_WORD &&
             (((st->t[i + 2].flags & TF_CAP) && !in_list(&not_name, &st->t[i + 2])) ||
              /* "Skeptics point out that 40 percent of rural residents
               * are offline, and that the national rate, at 61.2 percent":
               * a second thing pointed out */
              str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "that"))));
}

/* Does a clause of reason or consequence open at i, after a figure:
 * "down 1.9% as small sites closed", "fell because rivals were shut
 * down", ", which means ..."?  ("as" of "as of", "as many as", "as well"
 * opens none.) */
static bool reason_clause(const struct sent *st, size_t i)
{
    static const char *const not_after_as[] = {"of", "many", "much", "well", "high", "low", "little", "few", "far",
                                               "long", "large", "big", "compared", "against", "per", "to", "part",
                                               "such", "at", "in", "for"};
    const struct token *t = &st->t[i];
    /* ", which means four in ten are still offline, most of them in the
     * countryside", ", meaning ...": what the figure implies */
    if (t->kind == TK_PUNCT && st->s[t->off] == ',' && i + 1 < st->b && st->t[i + 1].kind == TK_WORD) {
        const struct token *w = &st->t[i + 1];
        return str_ieq(st->s + w->off, w->len, "which") || str_ieq(st->s + w->off, w->len, "meaning") ||
               str_ieq(st->s + w->off, w->len, "most");
    }
    if (t->kind != TK_WORD)
        return false;
    if (str_ieq(st->s + t->off, t->len, "because"))
        return true;
    if (!str_ieq(st->s + t->off, t->len, "as") || i + 1 >= st->b || st->t[i + 1].kind != TK_WORD)
        return false;
    /* ("classified as problem platforms", "known as", "the same as") */
    const struct token *v = &st->t[i - 1];
    if (v->kind == TK_WORD && ((v->len > 3 && str_ieq(st->s + v->off + v->len - 2, 2, "ed")) ||
                               str_ieq(st->s + v->off, v->len, "known") || str_ieq(st->s + v->off, v->len, "seen") ||
                               str_ieq(st->s + v->off, v->len, "same") || str_ieq(st->s + v->off, v->len, "such") ||
                               str_ieq(st->s + v->off, v->len, "so")))
        return false;
    for (size_t k = 0; k < sizeof not_after_as / sizeof *not_after_as; k++)
        if (str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, not_after_as[k]))
            return false;
    return true;
}

/* Does the sentence say "its", of the one the paragraph before spoke of
 * ("in 2017 alone its assets grew 94 per cent" after a paragraph on a
 * fund)?  That carries the paragraph's context, not its date. */
static bool says_its(const struct sent *st)
{
    for (size_t i = st->a; i < st->b; i++)
        if (tok_is(&st->t[i], WH(its)))
            return true;
    return false;
}

/* Can rule ri take this quantity here at all? */
static bool day_indicator(const struct rules *r, const char *id);

/* Does token i (after a) name days, more than one: "over the 11-day
 * window", "in two days", "11 days"? */
static bool days_at(const struct sent *st, size_t a, size_t i)
{
    if (st->t[i].kind == TK_WORD && i > a &&
        (str_ieq(st->s + st->t[i].off, st->t[i].len, "day") || str_ieq(st->s + st->t[i].off, st->t[i].len, "days"))) {
        size_t q = i - 1;
        if (q > a && st->t[q].kind == TK_PUNCT && (st->t[q].flags & TF_HYPHEN))
            q--;
        /* (or the days since the month's first: "in sales from the first
         * day of the month") */
        if (i >= a + 3 && i + 3 < st->b && str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "first") &&
            tok_is(&st->t[i + 1], WH(of)) && str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "the") &&
            str_ieq(st->s + st->t[i + 3].off, st->t[i + 3].len, "month") &&
            (tok_is(&st->t[i - 3], WH(from)) || str_ieq(st->s + st->t[i - 3].off, st->t[i - 3].len, "since")))
            return true;
        const struct token *x = &st->t[q];
        double nd = x->kind == TK_NUM && (x->flags & TF_SMALLINT) && !x->unit ? x->value
                    : x->kind == TK_WORD ? scan_word_number(st->s + x->off, x->len)
                                         : 0;
        return nd >= 2 && nd <= 31;
    }
    /* (one token: "11-day") */
    if (st->t[i].kind == TK_SKIP && st->t[i].len >= 5) {
        const char *w0 = st->s + st->t[i].off;
        size_t l = st->t[i].len, nd = 0, j = 0;
        while (j < l && is_digit((unsigned char)w0[j]) && j < 2)
            nd = nd * 10 + (size_t)(w0[j++] - '0');
        return j > 0 && nd >= 2 && nd <= 31 && j + 4 <= l && w0[j] == '-' &&
               (str_ieq(w0 + j + 1, l - j - 1, "day") || str_ieq(w0 + j + 1, l - j - 1, "days"));
    }
    return false;
}

/* Do the words before the figure at qstart, back to the sentence's start
 * or another figure, name days, more than one (see days_at)?  ("its total
 * GMV over the 11-day period, a figure that shows ..., totaled") */
static bool days_before(const struct sent *st, size_t qstart)
{
    for (size_t i = qstart; i-- > st->a;) {
        if (is_quantity(&st->t[i]) || is_clause_break(&st->t[i]))
            return false;
        if (days_at(st, st->a, i))
            return true;
    }
    return false;
}

/* Does the clause of the figure at k name days, more than one (see
 * days_at)?  (Not another clause's: "168.2 billion yuan in sales in 24
 * hours, while rival JD.com reported orders worth 127.1 billion yuan over
 * an 11-day promotion") */
static bool names_days(const struct sent *st, size_t k)
{
    size_t a = k, b = k;
    while (a > st->a && !is_clause_break(&st->t[a - 1]) &&
           !(st->t[a - 1].kind == TK_PUNCT && (st->s[st->t[a - 1].off] == ',' || st->s[st->t[a - 1].off] == ';')))
        a--;
    for (;;) {
        while (b < st->b && !is_clause_break(&st->t[b]) &&
               !(st->t[b].kind == TK_PUNCT && (st->s[st->t[b].off] == ',' || st->s[st->t[b].off] == ';')))
            b++;
        /* (past the figure's restatement in brackets: "540.3 billion yuan
         * ($84.54 billion) in orders over its 11-day sales event") */
        size_t e = b + 1;
        if (b != k + 1 || b >= st->b || st->s[st->t[b].off] != '(')
            break;
        while (e < st->b && e < b + 6 && !(st->t[e].kind == TK_PUNCT && st->s[st->t[e].off] == ')'))
            e++;
        if (e >= st->b || e >= b + 6)
            break;
        b = e + 1;
    }
    for (size_t i = a; i < b; i++)
        if (days_at(st, a, i))
            return true;
    return false;
}

/* The first of the block's dates in [lo, hi) that opens at token tok or
 * after it, else hi.  (The dates stand in the order of their tokens: found
 * by halving, not by reading a long line's all.) */
static size_t first_date_from(const struct doc *d, size_t lo, size_t hi, size_t tok)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->dates.v[mid].first < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is the figure at k one of several days: its clause names them, or a
 * span of days before it in its sentence dates it ("During the 2020
 * 'Double 11' shopping festival, which Alibaba stretched to eleven days
 * (November 1-11), Tmall recorded gross merchandise volume of ...")? */
static bool several_days(const struct doc *d, const struct sent *st, size_t k)
{
    if (names_days(st, k))
        return true;
    for (size_t di = first_date_from(d, 0, d->dates.n, st->a); di < d->dates.n && d->dates.v[di].first < k; di++)
        if ((d->dates.v[di].flags & DF_DAY_RANGE) && d->dates.v[di].last < k)
            return true;
    return false;
}

/* Does the sentence name a span longer than a day: "full-year",
 * "quarter", "the first half", "months"?  (Where compared_ok, a year
 * compared with names none: "up 39 per cent from last year", "a year
 * earlier".) */
static bool names_span_but(const struct sent *st, size_t k, bool compared_ok)
{
    static const char *const w[] = {"year", "years", "annual", "annually", "quarter", "quarterly", "half",
                                    "month", "months", "week", "weeks", "weekly", "fiscal"};
    /* (in the figure's clause: not "Within two years the figure had grown
     * a hundredfold: on Nov. 11, 2011, ... took in 5.2 billion yuan") */
    size_t a = k, b = k;
    while (a > st->a && !(st->t[a - 1].kind == TK_PUNCT && strchr(":;", st->s[st->t[a - 1].off])))
        a--;
    while (b < st->b && !(st->t[b].kind == TK_PUNCT && strchr(":;", st->s[st->t[b].off])))
        b++;
    /* (nor another year's time: "renamed Tmall the following year") */
    static const char *const before[] = {"last", "previous", "prior", "a",    "preceding",
                                         "following", "next", "that",  "this", "same"};
    for (size_t i = a; i < b; i++) {
        if (days_at(st, a, i))
            return true;
        if (!(st->t[i].kind == TK_WORD && str_ieq_any(st->s + st->t[i].off, st->t[i].len, w, sizeof w / sizeof *w)))
            continue;
        /* (not a year compared with: "up 39 per cent from last year", "a
         * year earlier") */
        if (compared_ok && tok_is(&st->t[i], WH(year)) && i > a && st->t[i - 1].kind == TK_WORD &&
            str_ieq_any(st->s + st->t[i - 1].off, st->t[i - 1].len, before, sizeof before / sizeof *before))
            continue;
        return true;
    }
    return false;
}

static bool names_span(const struct sent *st, size_t k)
{
    return names_span_but(st, k, false);
}

/* Does a site named by its domain in sentence st ("Taobao.com", "JD.com")
 * name one of ps, by its name alone ("taobao") or with its ending ("jd
 * com")? */
static bool domain_in(const struct phrases *ps, const struct sent *st)
{
    static uint32_t com;
    if (!com)
        com = scan_word_hash("com", 3);
    for (size_t i = st->a; i < st->b; i++) {
        const struct token *t = &st->t[i];
        const char *w = st->s + t->off, *dot = t->kind == TK_WORD ? memchr(w, '.', t->len) : NULL;
        if (!dot || dot == w)
            continue;
        uint32_t h = scan_word_hash(w, (size_t)(dot - w));
        for (size_t p = 0; p < ps->n; p++)
            if (ps->v[p].h[0] == h && (ps->v[p].n == 1 || (ps->v[p].n == 2 && ps->v[p].h[1] == com)))
                return true;
    }
    return false;
}

/* Does the sentence hold one of the rule's required words (or a site
 * named by its domain), where it has some? */
static bool required_words(const struct rule *ru, const struct sent *st)
{
    return !ru->require.n || phrases_in(&ru->require, st->t, st->n, st->a, st->b) || domain_in(&ru->require, st);
}

static bool viable(struct doc *d, const struct sent *st, size_t ri, const struct token *nt)
{
    const struct rule *ru = &d->r->v[ri];
    if (nt->value < ru->min || nt->value > ru->max || !rules_whole(ru, nt->value))
        return false;
    if ((ru->no_total || ru->only_total) && running_total(st, (size_t)(nt - st->t)) == ru->no_total)
        return false;
    /* (no day's money where the sentence names several days: "its 11-day
     * Singles' Day shopping festival ended ... with 540.3 billion yuan in
     * GMV") */
    if (ru->unit == UC_MONEY && ru->change == CH_NONE && day_indicator(d->r, ru->id) &&
        several_days(d, st, (size_t)(nt - st->t)))
        return false;
    if (ru->entity == EK_FIXED && ru->entity_text && strcmp(ru->entity_text, "China") == 0 &&
        abroad_figure(d, st, (size_t)(nt - st->t), (size_t)(nt - st->t)))
        return false;
    /* (a text that has named November 11 speaks of the festival's day; a
     * block that names it, of the day, whatever its words: "Vancl sold 30
     * million yuan of clothing on November 11") */
    bool festival_day = d->festival && ru->variant && day_indicator(d->r, ru->id);
    if (!context_met(d, ri) && !((points_back_at(d, st) || says_its(st)) && prev_context_met(d, ri)) &&
        !(festival_day && d->festival_block))
        return false;
    if (ru->exclude.n) {
        /* in the figure's own clause: "Mobile payments handled by banks
         * reached X, while non-bank payment institutions processed Y" (a
         * semicolon or a comma before "while", "whereas" or "but" ends one) */
        size_t k = (size_t)(nt - st->t), ca = k, cb = k + 1;
        while (ca > st->a && !clause_end(st, ca - 1))
            ca--;
        while (cb < st->b && !clause_end(st, cb) && !(cb > k + 1 && reason_clause(st, cb)))
            cb++;
        /* (not in the brackets after it that break it down by parts, with
         * figures of their own: "45.8% (urban areas: 62.0%; rural areas:
         * 27.5%)") */
        size_t oa = k + 1, ob = k + 1;
        if (oa < cb && (st->t[oa].flags & TF_OPEN)) {
            bool figure = false;
            for (ob = oa + 1; ob < st->b && !(st->t[ob].flags & TF_CLOSE); ob++)
                figure = figure || is_quantity(&st->t[ob]);
            if (ob >= st->b || !figure)
                ob = oa;
            else if (ob >= cb)
                for (cb = ob + 1; cb < st->b && !clause_end(st, cb); cb++)
                    ;
        }
        if (ob > oa ? phrases_in(&ru->exclude, st->t, st->n, ca, oa) || phrases_in(&ru->exclude, st->t, st->n, ob + 1, cb)
                    : phrases_in(&ru->exclude, st->t, st->n, ca, cb))
            return false;
    }
    /* (in a text on Singles' Day, sales that name no span of their own
     * are the day's: "In the first 60 seconds, sales topped 100 million
     * yuan", "... a promotion in 2009, when sales came to about 50 million
     * yuan") */
    if (!required_words(ru, st) &&
        !(festival_day && !names_span(st, (size_t)(nt - st->t))))
        return false;
    /* a rate ("256,000 per second") is the figure of a rule that counts
     * per that time ("transactions per minute"), of no other */
    size_t k = (size_t)(nt - st->t);
    size_t pe = list_fwd(&per_time, st->t, st->n, k + 1, st->b);
    if (pe) {
        size_t m = pe - k - 1;
        bool per = false;
        for (size_t c = 0; c < ru->cue.n && !per; c++) {
            const struct phrase *ph = &ru->cue.v[c];
            if ((size_t)ph->n < m)
                continue;
            per = true;
            for (size_t j = 0; j < m && per; j++)
                per = ph->h[(size_t)ph->n - m + j] == st->t[k + 1 + j].hash;
        }
        if (!per)
            return false;
    }
    /* (or later in its clause: "544,000 orders were placed in a second", a
     * rate, of a rule whose cue ends with the same time only) */
    for (size_t j = k + 2; !pe && j + 1 < st->b && j < k + 9; j++) {
        const struct token *u = &st->t[j];
        if (is_quantity(u) || is_clause_break(u) || (u->kind == TK_PUNCT && st->s[u->off] == ','))
            break;
        size_t e = list_fwd(&per_time_late, st->t, st->n, j, st->b);
        if (!e)
            continue;
        uint32_t unit = st->t[e - 1].hash;
        bool per = false;
        for (size_t c = 0; c < ru->cue.n && !per; c++)
            per = ru->cue.v[c].h[ru->cue.v[c].n - 1] == unit;
        return per;
    }
    return true;
}

/* Is there an abbreviation set off by commas at token i: ", or GMV,"? */
static bool or_abbrev_at(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    return i + 3 < st->b && t[i].kind == TK_PUNCT && st->s[t[i].off] == ',' &&
           str_ieq(st->s + t[i + 1].off, t[i + 1].len, "or") && t[i + 2].kind == TK_WORD &&
           (t[i + 2].flags & TF_CAP) && t[i + 2].len >= 2 && t[i + 2].len <= 6 &&
           is_upper((unsigned char)st->s[t[i + 2].off + 1]) && t[i + 3].kind == TK_PUNCT &&
           st->s[t[i + 3].off] == ',';
}

/* Is the quantity another country's, so that rule ri, national, cannot
 * take it? */
static bool abroad_blocked(struct doc *d, const struct sent *st, size_t ri, const struct token *nt)
{
    const struct rule *ru = &d->r->v[ri];
    return ru->entity == EK_FIXED && ru->entity_text && strcmp(ru->entity_text, "China") == 0 &&
           !(nt->value < ru->min || nt->value > ru->max) &&
           abroad_figure(d, st, (size_t)(nt - st->t), (size_t)(nt - st->t));
}

struct cand {
    int rule;
    int cost;
    size_t a, b;
    bool after;
    int cue; /* which of the rule's cues */
};

static struct cand best_cue(struct doc *d, const struct sent *st, size_t k, size_t qstart);

/* Does a word in capitals inside (s0, p] open a cue that ends at p, of
 * an indicator other than ri's that counts figures of class cls? */
static bool name_opens_cue(const struct rules *r, const struct sent *st, size_t s0, size_t p, size_t ri,
                           enum unit_class cls)
{
    const struct cue_ref *a, *b;
    rules_cues_ending(r, st->t[p].hash, &a, &b);
    for (; a < b; a++) {
        /* (another indicator's, that can count the figure; or another
         * part's of the same: "the number of PC users" is no "number of
         * users", "PC users" being the PC's part of the netizens) */
        const struct rule *o = &r->v[a->rule];
        const char *sa = o->segment ? o->segment : "", *sb = r->v[ri].segment ? r->v[ri].segment : "";
        if ((strcmp(o->id, r->v[ri].id) == 0 && strcmp(sa, sb) == 0) || o->change != CH_NONE ||
            !class_fits(o->unit, cls))
            continue;
        const struct phrase *ph = &r->v[a->rule].cue.v[a->cue];
        if (ph->h[ph->n - 1] != st->t[p].hash || ph->dir > 0)
            continue;
        size_t i = match_back(st->t, p + 1, s0, ph);
        /* (not one the other does not read after the word before it:
         * "active Weibo users" are Weibo's active users) */
        if (i != SIZE_MAX && i > s0 && (st->t[i].flags & TF_CAP) && st->t[i].kind == TK_WORD &&
            !phrases_end_at(&o->not_after, st->t, i, st->a))
            return true;
    }
    return false;
}

/* In a card, a figure under a field of any money ("Amount: US$100
 * million", "Size: RMB80m", "Price: US$400 million") counts what another
 * field of the card, or its kind ("Acquisition | Target: ..."), names:
 * "Round: Series C | Amount: US$100 million" is a round of funding.  The
 * cue nearest the figure on the card's lines, or none. */
static struct cand card_cue(struct doc *d, const struct sent *st, size_t k, size_t qstart)
{
    static const char *const keys[] = {"amount", "size", "value", "total", "sum", "consideration", "price"};
    struct cand none = {-1, 1 << 30, 0, 0, false, 0};
    const struct token *t = st->t;
    if (!st->card || qstart < st->a + 2 || t[qstart - 1].kind != TK_PUNCT || st->s[t[qstart - 1].off] != ':')
        return none;
    const struct token *key = &t[qstart - 2];
    bool generic = false;
    for (size_t i = 0; i < sizeof keys / sizeof *keys && !generic; i++)
        generic = str_ieq(st->s + key->off, key->len, keys[i]);
    if (!generic)
        return none;
    enum unit_class cls = num_class(&t[k]);
    /* the card's lines around the figure's (its line alone, where that
     * holds a card of its own: "May 22 | Acquisition | Target: eLong |
     * ... | Price: US$400 million") */
    size_t a = st->a, b = st->b;
    while (a > 0 && d->in_card[a - 1])
        a--;
    while (b < st->n && d->in_card[b])
        b++;
    int bars = 0;
    for (size_t i = qstart; i-- > a && t[i].line == t[k].line;)
        bars += t[i].kind == TK_PUNCT && st->s[t[i].off] == '|';
    if (bars >= 2) {
        while (a < qstart && t[a].line != t[k].line)
            a++;
        size_t e = k;
        while (e < b && t[e].line == t[k].line)
            e++;
        b = e;
    }
    struct cand best = none;
    const struct rules *r = d->r;
    for (size_t p = a; p < b; p++) {
        if (t[p].kind != TK_WORD || (p >= qstart - 2 && p <= k))
            continue;
        const struct cue_ref *ra, *rb;
        rules_cues_ending(r, t[p].hash, &ra, &rb);
        for (; ra < rb; ra++) {
            const struct rule *ru = &r->v[ra->rule];
            const struct phrase *ph = &ru->cue.v[ra->cue];
            /* (nor one that cannot take so much: "479 million new shares
             * at RMB 9.00" names no price of "Amount: RMB 4.31 billion") */
            if (ru->change != CH_NONE || ru->unit != UC_MONEY || !class_fits(ru->unit, cls) ||
                ph->h[ph->n - 1] != t[p].hash || ph->dir > 0 || t[k].value < ru->min || t[k].value > ru->max)
                continue;
            /* (nor one whose required words the card does not hold) */
            if (ru->require.n && !phrases_in(&ru->require, t, st->n, a, b))
                continue;
            size_t s0 = match_back(t, p + 1, a, ph);
            if (s0 == SIZE_MAX)
                continue;
            /* (not the name of a field with a figure of its own:
             * "Post-money valuation: US$1.2 billion") */
            if (p + 2 < b && t[p + 1].kind == TK_PUNCT && st->s[t[p + 1].off] == ':' && is_quantity(&t[p + 2]))
                continue;
            int cost = (int)(p < k ? k - p : p - k);
            if (cost < best.cost)
                best = (struct cand){(int)ra->rule, cost, s0, p + 1, p > k, (int)ra->cue};
        }
    }
    return best;
}

/* Give the quantity n the rule and cue of candidate c. */
static void take_cand(struct numinfo *n, const struct cand *c)
{
    n->rule = c->rule;
    n->cue_a = c->a;
    n->cue_b = c->b;
    n->cue_after = c->after;
    n->cue = c->cue;
}

/* Does "..., and their number reached" (or "its number") lead to the figure
 * at qstart: the number of the sentence's subject? */
static bool their_number(const struct sent *st, size_t qstart)
{
    if (qstart < st->a + 4)
        return false;
    for (size_t i = qstart - 1; i > st->a + 2 && i + 4 > qstart; i--)
        if (str_ieq(st->s + st->t[i].off, st->t[i].len, "number") &&
            (str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "their") ||
             str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "its") ||
             /* (or "the number" without its "of": "the proportion of
              * rural netizens was 28.4%, and the number reached 84.6
              * million") */
             (str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the") && !tok_is(&st->t[i + 1], WH(of)))) &&
            (tok_is(&st->t[i - 2], WH(and)) || (st->t[i - 2].kind == TK_PUNCT && st->s[st->t[i - 2].off] == ',')))
            return true;
    return false;
}

struct cue_at {
    int rule, cue, n;
    size_t end;
};
typedef bool (*cue_want)(struct doc *d, const struct sent *st, size_t ri, const void *ctx);
static bool want_viable(struct doc *d, const struct sent *st, size_t ri, const void *ctx);
static struct cue_at level_cue_at(struct doc *d, const struct sent *st, size_t p, size_t lim, int dir_max,
                                  cue_want want, const void *ctx);

/* The cue that opens the clause ending at the comma at c0, its verb after
 * it, for the figure at k after that comma; the clause names no figure of
 * the figure's kind (see subject_cue). */
static struct cand clause_subject_cue(struct doc *d, const struct sent *st, size_t k, size_t c0)
{
    struct cand none = {-1, 1 << 30, 0, 0, false, 0};
    const struct token *t = st->t;
    size_t p = c0;
    while (p > st->a && !is_clause_break(&t[p - 1]) &&
           !(t[p - 1].kind == TK_PUNCT && (st->s[t[p - 1].off] == ',' || st->s[t[p - 1].off] == ';')))
        p--;
    /* (past a date that opens it: "In 2017 the international gateway
     * bandwidth achieved a 10.2 percent growth, up to ...") */
    while (p < c0 && st->in_date && st->in_date[p])
        p++;
    /* (past what joins the clause: "of which", "among them", "and") */
    /* (or what part of it the clause gave: "the proportion of rural
     * netizens was 28.4%, and the number reached 84.6 million") */
    static const char *const join[] = {"of",    "which", "among",      "them",       "and",   "while", "whereas",
                                       "the",   "number", "total",     "proportion", "share", "percentage"};
    for (int w = 0; w < 4 && p < c0 && t[p].kind == TK_WORD &&
                    str_ieq_any(st->s + t[p].off, t[p].len, join, sizeof join / sizeof *join);
         w++)
        p++;
    if (p < c0 && t[p].kind == TK_PUNCT && st->s[t[p].off] == '.') /* ".CN" */
        p++;
    if (p + 2 >= c0 || t[p].kind != TK_WORD)
        return none;
    for (size_t i = p; i < c0; i++)
        if (is_quantity(&t[i]) && num_class(&t[i]) == num_class(&t[k]))
            return none;
    struct cue_at c = level_cue_at(d, st, p, c0, 0, want_viable, &k);
    if (c.rule < 0 || c.end >= c0 || t[c.end].kind != TK_WORD || is_quantity(&t[c.end]))
        return none;
    return (struct cand){c.rule, 0, p, c.end, false, c.cue};
}

/* "Rural netizens accounted for 27.4% of the total, reaching 201
 * million": a figure after ", reaching" (a participle of the subject)
 * counts what the sentence opens with, past the clause between.  The
 * cue must open the sentence ("The number of ..." before it at most) and
 * a verb follow it. */
static struct cand subject_cue(struct doc *d, const struct sent *st, size_t k, size_t qstart)
{
    struct cand none = {-1, 1 << 30, 0, 0, false, 0};
    static const char *const part[] = {"reaching", "totaling", "totalling", "hitting", "topping", "numbering",
                                       "amounting"};
    if (qstart < st->a + 4 || st->t[qstart - 1].kind != TK_WORD)
        return none;
    bool ok = false;
    size_t comma = qstart - 2;
    if (st->t[qstart - 2].kind == TK_PUNCT && st->s[st->t[qstart - 2].off] == ',')
        for (size_t i = 0; i < sizeof part / sizeof *part && !ok; i++)
            ok = str_ieq(st->s + st->t[qstart - 1].off, st->t[qstart - 1].len, part[i]);
    /* (or ", up to" after a change: "achieved a 10.2 percent growth, up
     * to 7,320,180 Mbps") */
    if (!ok && qstart >= st->a + 5 && tok_is(&st->t[qstart - 1], WH(to)) &&
        str_ieq(st->s + st->t[qstart - 2].off, st->t[qstart - 2].len, "up") && st->t[qstart - 3].kind == TK_PUNCT &&
        st->s[st->t[qstart - 3].off] == ',' && qstart >= st->a + 4 && is_quantity(&st->t[qstart - 5]) &&
        num_class(&st->t[qstart - 5]) == UC_PERCENT) {
        ok = true;
        comma = qstart - 3;
    }
    bool participle = ok;
    /* (or "..., and their number reached 178 million": the subject's
     * number; the clause's before the comma first, "Among netizens, the
     * proportion of rural netizens was 28.4%, and the number reached 84.6
     * million") */
    if (!ok && their_number(st, qstart)) {
        ok = true;
        size_t c = qstart;
        while (c > st->a + 1 && c + 6 > qstart && !(st->t[c - 1].kind == TK_PUNCT && st->s[st->t[c - 1].off] == ','))
            c--;
        if (c > st->a + 1 && c + 6 > qstart) {
            participle = true;
            comma = c - 1;
        }
    }
    if (!ok)
        return none;
    /* (or what opens the clause before the participle's comma: "..., of
     * which .CN domain names accounted for 80.7%, reaching 13.572
     * million", "In the meantime, mobile Internet users continued to
     * maintain a good momentum of growth, reaching 500 million") */
    struct cand cl = participle ? clause_subject_cue(d, st, k, comma) : none;
    if (cl.rule >= 0)
        return cl;
    /* the cue that opens the sentence, as best_cue finds it before its verb */
    for (size_t v = st->a + 1; v < st->a + 8 && v + 2 < qstart; v++) {
        const struct token *t = &st->t[v];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || !rules_is_link(d->r, t->hash) || is_quantity(&st->t[v - 1]))
            continue;
        struct cand c = best_cue(d, st, k, v);
        if (c.rule >= 0 && c.a <= st->a + 4)
            return c;
        break;
    }
    return none;
}

/* Is the indicator id one that other indicators' figures of one day are
 * ("day = daily_transaction_volume")? */
static bool day_indicator(const struct rules *r, const char *id)
{
    for (size_t x = 0; x < r->n; x++)
        if (r->v[x].on_day && strcmp(r->v[x].on_day, id) == 0)
            return true;
    return false;
}

/* Does the rule count the country's figures: its entity China, or China
 * where the text names nobody? */
static bool national_rule(const struct rule *ru)
{
    return ru->entity == EK_FIXED || (ru->fallback && strcmp(ru->fallback, "China") == 0);
}

/* Does the sentence st name a level indicator? */
static bool names_level(struct doc *d, const struct sent *st)
{
    const struct token *t = st->t;
    for (size_t p = st->a; p < st->b; p++) {
        if (t[p].kind != TK_WORD)
            continue;
        const struct cue_ref *ra, *rb;
        rules_cues_for(d->r, t[p].hash, &ra, &rb);
        for (; ra < rb; ra++) {
            const struct rule *ru = &d->r->v[ra->rule];
            const struct phrase *ph = &ru->cue.v[ra->cue];
            if (ph->h[0] == t[p].hash && ru->change == CH_NONE && match_fwd(t, st->n, p, ph, st->b))
                return true;
        }
    }
    return false;
}

/* The first national level named in the sentence before st, in the
 * block, that can take the quantity nt: "The number of microblog users
 * rose sharply in 2011." before "It reached 250 million". */
static struct cand cue_before_sentence(struct doc *d, const struct sent *st, const struct token *nt)
{
    struct cand c = {-1, 1 << 30, 0, 0, false, 0};
    const struct token *t = st->t;
    for (size_t p = st->pa; p < st->pb && c.rule < 0; p++) {
        if (t[p].kind != TK_WORD)
            continue;
        const struct cue_ref *ra, *rb;
        rules_cues_for(d->r, t[p].hash, &ra, &rb);
        size_t best_e = 0;
        for (; ra < rb; ra++) {
            const struct rule *ru = &d->r->v[ra->rule];
            const struct phrase *ph = &ru->cue.v[ra->cue];
            if (ph->h[0] != t[p].hash || ru->change != CH_NONE || ph->dir > 0 || !national_rule(ru) ||
                !class_fits(ru->unit, num_class(nt)))
                continue;
            size_t e = match_fwd(t, st->n, p, ph, st->pb);
            if (e > best_e && viable(d, st, ra->rule, nt)) {
                best_e = e;
                c = (struct cand){(int)ra->rule, 0, p, e, false, (int)ra->cue};
            }
        }
    }
    return c;
}

/* Does the label starting at s0 open its line, its sentence or its item
 * ("- ", "2) " before it)? */
/* Does a label open at x: at the start of the sentence or its line, after
 * a ';' or '|' of a list or a card ("...; domain names: 20.6 million",
 * "Round: Series C | Valuation: US$1.2 billion"), or after an entry's dash
 * ("Year end -- Netizens: 731 million")? */
static bool label_opens_at(const struct sent *st, size_t x)
{
    if (x == st->a || st->t[x - 1].line != st->t[x].line)
        return true;
    /* (or after a section's number in roman figures that opens the
     * sentence: "V. Total Capacity of International Links: 241M") */
    if (x == st->a + 2 && st->t[st->a].kind == TK_WORD && st->t[st->a].len <= 4 && st->t[x - 1].kind == TK_PUNCT &&
        (st->s[st->t[x - 1].off] == '.' || st->s[st->t[x - 1].off] == ')')) {
        bool roman = true;
        for (size_t c = 0; c < st->t[st->a].len && roman; c++)
            roman = strchr("IVX", st->s[st->t[st->a].off + c]) != NULL;
        if (roman)
            return true;
    }
    const struct token *p = &st->t[x - 1];
    if (p->kind != TK_PUNCT)
        return false;
    char c = st->s[p->off];
    if (p->len == 1 && (c == ';' || c == '|'))
        return true;
    return p->off + p->len < st->t[x].off &&
           (c == '-' || c == '*' || (p->len == 3 && memcmp(st->s + p->off, "\xE2\x80", 2) == 0));
}

static bool item_opens(const struct sent *st, size_t s0)
{
    /* (the label's first words may come before the cue: "Post-money
     * valuation: US$1.2 billion") */
    if (s0 >= st->a + 3 && st->t[s0 - 1].kind == TK_WORD && (st->t[s0 - 2].flags & TF_HYPHEN) &&
        st->t[s0 - 3].kind == TK_WORD)
        s0 -= 3;
    /* (or a word or two that narrow it: "Internet penetration rate:
     * 55.8%", "Mobile payment users: 469 million") */
    size_t w = s0;
    while (w > st->a && s0 - w < 2 && st->t[w - 1].kind == TK_WORD && st->t[w - 1].line == st->t[s0].line &&
           !in_list(&stop_after, &st->t[w - 1]) && !in_list(&conjunction, &st->t[w - 1]) &&
           !in_list(&opener_next, &st->t[w - 1]) && !in_list(&name_prep, &st->t[w - 1]) &&
           /* (not a participle that makes it another thing: "Disclosed
            * value" of a week's deals is no valuation) */
           !(st->t[w - 1].len > 3 && str_ieq(st->s + st->t[w - 1].off + st->t[w - 1].len - 2, 2, "ed")))
        w--;
    /* (the first of them hyphened: "smart-device QQ MAU: 647 million") */
    if (w < s0 && w > st->a + 1 && st->t[w - 1].kind == TK_PUNCT && (st->t[w - 1].flags & TF_HYPHEN) &&
        st->t[w - 2].kind == TK_WORD && st->t[w - 2].line == st->t[s0].line && label_opens_at(st, w - 2))
        return true;
    if ((w < s0 && label_opens_at(st, w)) || label_opens_at(st, s0))
        return true;
    /* (or a name with an aside in brackets: "WeChat (Weixin + WeChat
     * combined) monthly active users: 846 million") */
    if (w > st->a + 2 && (st->t[w - 1].flags & TF_CLOSE)) {
        size_t o2 = w - 1;
        while (o2 > st->a && o2 + 10 > w && !(st->t[o2 - 1].flags & TF_OPEN) && st->t[o2 - 1].line == st->t[s0].line)
            o2--;
        if (o2 > st->a + 1 && (st->t[o2 - 1].flags & TF_OPEN)) {
            size_t n0 = o2 - 1;
            while (n0 > st->a && o2 - 1 - n0 < 3 && st->t[n0 - 1].kind == TK_WORD && (st->t[n0 - 1].flags & TF_CAP) &&
                   st->t[n0 - 1].line == st->t[s0].line)
                n0--;
            if (n0 < o2 - 1 && label_opens_at(st, n0))
                return true;
        }
    }
    /* (or a measure of it: "Transaction volume of third-party mobile
     * payment in 2014: RMB 5.99 trillion", "Number of websites: 4.23
     * million") */
    size_t o = s0;
    /* (past whose it is: "Transaction volume of China's third-party mobile
     * payment market in Q3 2016: RMB 9.03 trillion") */
    if (o > st->a + 1 && st->t[o - 1].kind == TK_WORD && (st->t[o - 1].flags & TF_POSSESSIVE) &&
        tok_is(&st->t[o - 2], WH(of)))
        o--;
    /* (or a word that narrows it: "Number of individual Internet users
     * in China: 4,000,000") */
    else if (o > st->a + 1 && st->t[o - 1].kind == TK_WORD && !(st->t[o - 1].flags & TF_CAP) &&
             tok_is(&st->t[o - 2], WH(of)) && !in_list(&stop_after, &st->t[o - 1]) &&
             !in_list(&opener_next, &st->t[o - 1]) && !in_list(&name_prep, &st->t[o - 1]))
        o--;
    if (o > st->a && (tok_is(&st->t[o - 1], WH(of)))) {
        o--;
        if (o > st->a && st->t[o - 1].kind == TK_WORD &&
            scan_measure_word(st->s + st->t[o - 1].off, st->t[o - 1].len)) {
            o--;
            if (o > st->a && st->t[o - 1].kind == TK_WORD && st->t[o - 1].line == st->t[s0].line &&
                !label_opens_at(st, o))
                o--; /* ("Transaction volume", "Total value") */
            while (o > st->a && st->in_date && st->in_date[o - 1])
                o--; /* ("2014 transaction volume of ...") */
            if (label_opens_at(st, o))
                return true;
        }
    }
    if (st->card && gap_before(st->s, st->t, s0))
        return true;
    if (s0 > st->a + 3)
        return false;
    for (size_t i = st->a; i < s0; i++) {
        const struct token *t = &st->t[i];
        if (!(t->kind == TK_PUNCT || (t->kind == TK_NUM && (t->flags & TF_SMALLINT) && t->value < 100)))
            return false;
    }
    return true;
}

/* Is the word after the number at k a plural noun of its own ("14 million
 * drivers"): lower case, ending in 's', no link, preposition or date? */
static bool plain_word(const struct doc *d, const struct sent *st, size_t i)
{
    const struct token *w = &st->t[i];
    return w->kind == TK_WORD && !(w->flags & TF_CAP) && w->len >= 4 && !d->in_date[i] && !rules_is_link(d->r, w->hash) &&
           !in_list(&stop_after, w) && !in_list(&name_prep, w);
}

static bool own_plural_after(const struct doc *d, const struct sent *st, size_t k)
{
    if (k + 1 >= st->b || !plain_word(d, st, k + 1))
        return false;
    /* (past a participle: "747,000 connected computers") */
    size_t i = k + 1;
    const struct token *w = &st->t[i];
    if (i + 1 < st->b && str_ieq(st->s + w->off + w->len - 2, 2, "ed") && plain_word(d, st, i + 1))
        w = &st->t[++i];
    if (to_lower((unsigned char)st->s[w->off + w->len - 1]) != 's')
        return false;
    /* (no plural: "across", "various", "basis") */
    char c = to_lower((unsigned char)st->s[w->off + w->len - 2]);
    return c != 's' && c != 'u' && c != 'i';
}

/* Does a past participle with its preposition open a modifier of the noun
 * before i: "loans arranged through such platforms", "payments settled
 * on ..."?  (Not "-ing", but for verbs of being: "Internet users living in
 * rural areas" are a part of the users, which the part's own cue must
 * name.) */
static bool participle_phrase(const struct sent *st, size_t i)
{
    static const char *const preps[] = {"by", "through", "via", "on", "in", "from", "at", "across", "over", "under"};
    const struct token *t = &st->t[i];
    if (i + 1 >= st->b || t->kind != TK_WORD || (t->flags & TF_CAP) || t->len < 5 || st->t[i + 1].kind != TK_WORD)
        return false;
    const char *w = st->s + t->off;
    /* (of "-ing", only those of being: "platforms operating in China") */
    if (!str_ieq(w + t->len - 2, 2, "ed") && !str_ieq(w, t->len, "operating") && !str_ieq(w, t->len, "existing") &&
        !str_ieq(w, t->len, "remaining") && !str_ieq(w, t->len, "functioning"))
        return false;
    const struct token *p = &st->t[i + 1];
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (str_ieq(st->s + p->off, p->len, preps[k]))
            return true;
    return false;
}

/* The opening comma of an apposition that the comma at p closes: "WeChat,
 * its messaging app," / "Tencent, the Shenzhen-based group,": after a
 * capitalised name, a determiner or possessive, no more than six words, no
 * figure.  SIZE_MAX if there is none. */
static size_t aside_open(const struct sent *st, size_t p)
{
    const struct token *t = st->t;
    bool figure = false; /* (a figure inside: only a name's apposition may hold one) */
    for (size_t o = p; o-- > st->a && o + 28 > p;) {
        if (is_clause_break(&t[o]))
            return SIZE_MAX;
        /* (a date's numbers are none: "its own Nov 11 campaign, which ran
         * from Nov 1 to 11, reached") */
        if (is_quantity(&t[o]) && !(st->in_date && st->in_date[o]))
            figure = true;
        if (!(t[o].kind == TK_PUNCT && st->s[t[o].off] == ','))
            continue;
        if (o + 2 > p || o == st->a || t[o - 1].kind != TK_WORD)
            return SIZE_MAX;
        if (figure) {
            /* "Online sales from Dongxiang, a village of 1,180 households,
             * reached" */
            const struct token *w = &t[o + 1];
            bool a = str_ieq(st->s + w->off, w->len, "a") || str_ieq(st->s + w->off, w->len, "an");
            /* (or what the people counted do: "The number of China's
             * Internet users, who connected to cyberspace via 6.5 million
             * computers, reached 16.9 million") */
            if (str_ieq(st->s + w->off, w->len, "who"))
                return o;
            return a && (t[o - 1].flags & TF_CAP) && o + 12 > p ? o : SIZE_MAX;
        }
        const struct token *w = &t[o + 1];
        /* (past an adverb: "China's online population, already the world's
         * largest, rose to 298 million") */
        static const char *const adv[] = {"already", "now", "still", "currently", "long"};
        if (o + 3 < p && w->kind == TK_WORD && str_ieq_any(st->s + w->off, w->len, adv, 5) && t[o + 2].kind == TK_WORD)
            w = &t[o + 2];
        const char *x = st->s + w->off;
        /* a relative clause of a noun: "The broader market for third-party
         * payments, which also counts transactions made on personal
         * computers, rose" */
        if (str_ieq(x, w->len, "which") || str_ieq(x, w->len, "who"))
            return o;
        /* what a figure includes: "Total e-commerce transactions,
         * including business-to-business trade, amounted to" */
        if (str_ieq(x, w->len, "including") || str_ieq(x, w->len, "excluding") ||
            (str_ieq(x, w->len, "such") && o + 2 < p && tok_is(&t[o + 2], WH(as))))
            return o;
        /* what it means: "Mobile netizens, i.e. netizens who have used a
         * mobile phone to access the Internet in the past half year,
         * numbered", "..., namely ..., ", "..., that is ..., " */
        if (((str_ieq(x, w->len, "i") || str_ieq(x, w->len, "e")) && o + 3 < p && t[o + 2].kind == TK_PUNCT &&
             st->s[t[o + 2].off] == '.' && t[o + 3].kind == TK_WORD && t[o + 3].len == 1) ||
            str_ieq(x, w->len, "namely") || str_ieq(x, w->len, "ie") ||
            (str_ieq(x, w->len, "that") && o + 2 < p && tok_is(&t[o + 2], WH(is))))
            return o;
        /* how it is counted: "mobile Internet users, counted by access
         * accounts, reached"; what it adds up: "payment volume, internet
         * and mobile combined, rose" */
        if (participle_phrase(st, o + 1))
            return o;
        if (o + 8 > p && (str_ieq(st->s + t[p - 1].off, t[p - 1].len, "combined") ||
                          str_ieq(st->s + t[p - 1].off, t[p - 1].len, "together")))
            return o;
        bool det = str_ieq(x, w->len, "its") || str_ieq(x, w->len, "their") || str_ieq(x, w->len, "the") ||
                   str_ieq(x, w->len, "a") || str_ieq(x, w->len, "an") || (w->flags & TF_POSSESSIVE);
        if (!det || o + 16 <= p)
            return SIZE_MAX;
        if ((t[o - 1].flags & TF_CAP) && o + 12 > p)
            return o;
        /* (or what the figure is, a clause saying it: "its total gross
         * merchandise value (GMV), a figure that shows the total value of
         * orders across Alibaba's shopping platforms, totaled") */
        {
            static const char *const fig[] = {"figure", "metric", "measure", "gauge", "number", "indicator"};
            if (o + 4 < p && t[o + 2].kind == TK_WORD && str_ieq_any(st->s + t[o + 2].off, t[o + 2].len, fig, 6) &&
                (str_ieq(st->s + t[o + 3].off, t[o + 3].len, "that") ||
                 str_ieq(st->s + t[o + 3].off, t[o + 3].len, "which")))
                return o;
        }
        /* (or a definition, longer: "Gross merchandise volume, the value of
         * all goods sold through its websites, climbed to"; "international
         * bandwidth, a key measure of how fast users can reach overseas
         * sites, reached") */
        {
            static const char *const what[] = {"value", "number", "amount", "sum", "total", "measure", "count"};
            size_t j = o + 2;
            if (j < p && t[j].kind == TK_WORD && !str_ieq_any(st->s + t[j].off, t[j].len, what, 7) &&
                !(t[j].flags & TF_CAP) && j + 1 < p)
                j++; /* ("the total value of") */
            if (j + 1 < p && t[j].kind == TK_WORD && str_ieq_any(st->s + t[j].off, t[j].len, what, 7) &&
                tok_is(&t[j + 1], WH(of)))
                return o;
        }
        /* (after a noun in lower case, a superlative: "China's online
         * population, the world's largest, reached") */
        for (size_t j = o + 1; j < p && o + 12 > p; j++) {
            const char *y = st->s + t[j].off;
            if (t[j].kind == TK_WORD && (str_ieq(y, t[j].len, "largest") || str_ieq(y, t[j].len, "biggest") ||
                                         str_ieq(y, t[j].len, "most") || str_ieq(y, t[j].len, "highest")))
                return o;
        }
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Is the figure at q an item of a list that names its holder before "at":
 * "..., with Tenpay at 19.4 per cent and ChinaPay, the online arm of
 * UnionPay, at 11.4 per cent"?  The name, after "with", "and" or a comma,
 * in [*a, *b). */
static bool at_name(const struct sent *st, size_t q, size_t *a, size_t *b)
{
    if (q < st->a + 3 || st->t[q - 1].kind != TK_WORD || !str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "at"))
        return false;
    size_t e = q - 1;
    if (st->t[e - 1].kind == TK_PUNCT && st->s[st->t[e - 1].off] == ',') {
        size_t o = aside_open(st, e - 1);
        if (o == SIZE_MAX)
            return false;
        e = o;
    }
    size_t best = name_ending(st, e, 5);
    if (best == SIZE_MAX || best == st->a)
        return false;
    const struct token *p = &st->t[best - 1];
    bool opens = (p->kind == TK_PUNCT && st->s[p->off] == ',') || tok_is(p, WH(and)) ||
                 (p->kind == TK_WORD && str_ieq(st->s + p->off, p->len, "with"));
    size_t pe;
    if (!opens || (place_at(st, best, &pe) && pe >= e))
        return false;
    *a = best;
    *b = e;
    return true;
}

/* Does one of the rule's not_after words stand right before the cue that
 * starts at s0 ("Net income": profit, not the revenue "income" counts)? */
static bool after_not(const struct sent *st, const struct rule *ru, size_t s0)
{
    return phrases_end_at(&ru->not_after, st->t, s0, st->a);
}

/* ... or one of its not_before words right after the cue that ends at e
 * ("online retail sales in rural areas": a part of them)? */
static bool before_not(const struct sent *st, const struct rule *ru, size_t e)
{
    for (size_t i = 0; i < ru->not_before.n; i++)
        if (match_fwd(st->t, st->n, e, &ru->not_before.v[i], st->b))
            return true;
    return false;
}

/* Is the figure starting at q a whole a part is taken of ("nearly half of
 * China's 649 million netizens", "of the 10,000")? */
static bool partitive(const struct sent *st, size_t q)
{
    while (q > st->a && ((st->t[q - 1].flags & TF_POSSESSIVE) || str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "the")))
        q--;
    return q > st->a && tok_is(&st->t[q - 1], WH(of));
}

/* Do the words from a, after a change's "than", name another part or
 * place, not another time: "in cities", "the urban rate", "that of urban
 * areas", "the national average", "in the United States"? */
static bool gap_to_part(const struct sent *st, size_t a)
{
    size_t e;
    if (a >= st->b)
        return false;
    if (list_fwd(&urban_place, st->t, st->n, a, st->b) || list_fwd(&rural_place, st->t, st->n, a, st->b))
        return true;
    size_t i = a;
    static const char *const lead[] = {"that", "those", "of", "in", "the", "for", "among"};
    while (i < st->b && i < a + 3 && st->t[i].kind == TK_WORD &&
           str_ieq_any(st->s + st->t[i].off, st->t[i].len, lead, sizeof lead / sizeof *lead))
        i++;
    if (i >= st->b || st->t[i].kind != TK_WORD)
        return false;
    static const char *const part[] = {"urban", "rural", "cities", "city", "countryside", "national", "average",
                                       "world", "global", "men", "women", "male", "female"};
    return str_ieq_any(st->s + st->t[i].off, st->t[i].len, part, sizeof part / sizeof *part) ||
           (place_at(st, i, &e) && !(st->in_date && st->in_date[i]));
}

/* Does the word rank something: "largest", "biggest", "first", "highest",
 * "best"? */
static bool superlative(const char *w, size_t n)
{
    static const char *const rank[] = {"first", "second", "third", "best", "most", "least", "only"};
    return (n > 4 && str_ieq(w + n - 3, 3, "est")) || str_ieq_any(w, n, rank, sizeof rank / sizeof *rank);
}

/* Does the date de, after the figure at k, span a ranking: right after
 * its superlative, "Hong Kong's largest this year", "the biggest IPO since
 * 2014"? */
static bool ranking_date(const struct sent *st, size_t k, const struct date_expr *de)
{
    const struct token *t = st->t;
    for (size_t i = de->first; i-- > k + 2 && i + 3 > de->first;) {
        /* (not a time's: "its latest round in 2014") */
        static const char *const when[] = {"latest", "earliest", "newest", "oldest"};
        if (t[i].kind != TK_WORD || t[i].len <= 4 || !str_ieq(st->s + t[i].off + t[i].len - 3, 3, "est") ||
            str_ieq_any(st->s + t[i].off, t[i].len, when, sizeof when / sizeof *when))
            continue;
        const struct token *p = &t[i - 1];
        return (p->flags & TF_POSSESSIVE) || str_ieq(st->s + p->off, p->len, "the") ||
               str_ieq(st->s + p->off, p->len, "its");
    }
    return false;
}

/* Does a date of its own stand before the figure at k in its sentence? */
static bool dated_before(const struct doc *d, const struct sent *st, size_t k)
{
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first >= st->a && de->last < k && !(de->flags & (DF_COMPARE | DF_BOUND)) && !d->background[di])
            return true;
    }
    return false;
}

/* ... by a calendar date with its year ("By June 2008, ...")? */
static bool abs_dated_before(const struct doc *d, const struct sent *st, size_t k)
{
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first >= st->a && de->last < k && de->rel == DR_ABS && de->when.y &&
            !(de->flags & (DF_COMPARE | DF_BOUND)) && !d->background[di])
            return true;
    }
    return false;
}

/* Is the date de, before the figure at k, in the opening clause of a
 * comparison, the date of what is compared with: "Compared with the 22.50
 * million users at the end of 2000, the number of Internet users reached
 * 26.5 million"? */
static bool compared_clause_date(const struct sent *st, const struct date_expr *de, size_t k)
{
    size_t e = de->last + 1; /* the clause's comma after the date */
    while (e < k && !(st->t[e].kind == TK_PUNCT && st->s[st->t[e].off] == ','))
        e++;
    if (e >= k)
        return false;
    size_t a = st->a;
    while (a < de->first && st->t[a].kind == TK_PUNCT)
        a++;
    if (list_fwd(&compare_word, st->t, st->n, a, de->first) == 0)
        return false;
    for (size_t i = a; i < e; i++)
        if (st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ',' && !(st->in_date && st->in_date[i]))
            return false; /* (the clause ends before the date) */
    return true;
}

/* The figure a year's possessive de owns: right after it, past a noun
 * and "of" ("last year's record of 120.7 billion yuan", "2016's total
 * of"), or past one noun of a figure ("last year's record $38bn"); else
 * SIZE_MAX. */
static size_t years_own_figure(const struct sent *st, const struct date_expr *de)
{
    const struct token *t = st->t;
    size_t e = de->last + 1;
    if (t[de->last].flags & TF_POSSESSIVE)
        ;
    else if (e + 1 < st->b && t[e].kind == TK_PUNCT && t[e + 1].kind == TK_WORD && tok_is(&t[e + 1], WH(s)) &&
             t[e + 1].len == 1)
        e += 2; /* "2016's" */
    else
        return SIZE_MAX;
    size_t j = e;
    while (j < st->b && j < e + 4 && t[j].kind == TK_WORD && !is_quantity(&t[j]))
        j++;
    /* (or one noun of a figure right before it: "last year's record $38bn") */
    static const char *const noun[] = {"record", "total", "figure", "tally", "high", "level"};
    if (j >= st->b || !is_quantity(&t[j]) ||
        (j > e && !tok_is(&t[j - 1], WH(of)) &&
         !(j == e + 1 && str_ieq_any(st->s + t[e].off, t[e].len, noun, sizeof noun / sizeof *noun))))
        return SIZE_MAX;
    return j;
}

/* Is the date de, before the figure at k, a year's possessive whose noun
 * holds a figure of its own, in a clause that another after it, k's,
 * goes on from: "Last year's record of 120.7 billion yuan was broken by
 * midday and increased by 48 billion yuan to reach 168.3 billion yuan"?
 * The year is its noun's, not the later clause's. */
static bool years_own_taken(const struct sent *st, const struct date_expr *de, size_t k)
{
    size_t j = years_own_figure(st, de);
    if (j >= k)
        return false;
    /* (k in a clause after it: "and", "but" or a clause's mark between) */
    for (size_t i = j + 1; i < k; i++)
        if (tok_is(&st->t[i], WH(and)) || tok_is(&st->t[i], WH(but)) || is_clause_break(&st->t[i]))
            return true;
    return false;
}

/* Where a place that ends before e starts, the tail of a subject: "in
 * China", "registered in China", "in the country"; else e. */
static size_t place_tail(const struct sent *st, size_t e)
{
    const struct token *t = st->t;
    size_t p = e;
    if (p > st->a + 1 && t[p - 1].kind == TK_WORD && in_list(&home_place, &t[p - 1]))
        p--;
    else if (p > st->a + 2 && str_ieq(st->s + t[p - 1].off, t[p - 1].len, "country") && str_ieq(st->s + t[p - 2].off, t[p - 2].len, "the"))
        p -= 2;
    else
        return e;
    if (!(p > st->a + 1 && (tok_is(&t[p - 1], WH(in)) || str_ieq(st->s + t[p - 1].off, t[p - 1].len, "across"))))
        return e;
    p--;
    static const char *const part[] = {"registered", "operating", "located", "based"};
    if (p > st->a + 1 && t[p - 1].kind == TK_WORD && str_ieq_any(st->s + t[p - 1].off, t[p - 1].len, part, 4))
        p--;
    return p;
}

/* Does "in (during, over) the second half" (or "the latter half", "the
 * last half") follow the change at k in its sentence? */
static bool second_half_in(const struct sent *st, size_t k)
{
    static const char *const second[] = {"second", "latter", "last"};
    const struct token *t = st->t;
    for (size_t i = k + 1; i + 3 < st->b && i < k + 8; i++)
        if ((tok_is(&t[i], WH(in)) || str_ieq(st->s + t[i].off, t[i].len, "over") ||
             str_ieq(st->s + t[i].off, t[i].len, "during")) &&
            str_ieq(st->s + t[i + 1].off, t[i + 1].len, "the") &&
            str_ieq_any(st->s + t[i + 2].off, t[i + 2].len, second, 3) &&
            str_ieq(st->s + t[i + 3].off, t[i + 3].len, "half"))
            return true;
    return false;
}

/* Does a clause between the figures at j and k open with a measure of its
 * own, "while the value", "and the number", that the sentence before j
 * does not name?  Then 1 for money (a value, an amount, a sum, a volume),
 * 2 for a count (a number); else 0.  (Another measure of what
 * was named before, not j's again: "The number of transactions surged by
 * 79.6 percent while the value rose 22.32 percent".) */
static int other_measure_between(const struct sent *st, size_t j, size_t k)
{
    static const char *const money[] = {"value", "amount", "volume", "sum"};
    static const char *const count[] = {"number", "count"};
    static const char *const join[] = {"while", "whereas", "but", "and"};
    const struct token *t = st->t;
    for (size_t i = j + 1; i + 2 < k; i++) {
        if (!(t[i].kind == TK_WORD && str_ieq_any(st->s + t[i].off, t[i].len, join, 4)) ||
            !(str_ieq(st->s + t[i + 1].off, t[i + 1].len, "the") || tok_is(&t[i + 1], WH(its))))
            continue;
        const struct token *w = &t[i + 2];
        int c = str_ieq_any(st->s + w->off, w->len, money, 4) ? 1 : str_ieq_any(st->s + w->off, w->len, count, 2) ? 2 : 0;
        if (!c)
            continue;
        for (size_t p = st->a; p < j; p++)
            if (t[p].kind == TK_WORD && t[p].len == w->len && str_ieq(st->s + t[p].off, t[p].len, st->s + w->off))
                return 0;
        return c;
    }
    return 0;
}

/* Is the figure at q a whole that a share before it is taken of: "22.6
 * percent of China's 1.3 billion people", "half of its 600 million
 * users"? */
static bool part_of_whole(const struct sent *st, size_t q)
{
    static const char *const part[] = {"half", "quarter", "third", "fifth", "tenth", "majority", "most", "share",
                                       "proportion", "portion", "fraction", "percentage"};
    while (q > st->a && ((st->t[q - 1].flags & TF_POSSESSIVE) || str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "the") ||
                         str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "its") ||
                         str_ieq(st->s + st->t[q - 1].off, st->t[q - 1].len, "their")))
        q--;
    if (q < st->a + 2 || !tok_is(&st->t[q - 1], WH(of)))
        return false;
    const struct token *w = &st->t[q - 2];
    if (w->kind == TK_NUM)
        return num_class(w) == UC_PERCENT;
    return w->kind == TK_WORD && str_ieq_any(st->s + w->off, w->len, part, sizeof part / sizeof *part);
}

/* Does the word at p end an aside naming a source, "according to CNNIC",
 * "according to the ministry's data", with a word of the clause after it
 * before the figure at qstart?  Where "according" stands, or SIZE_MAX. */
static size_t source_aside(const struct sent *st, size_t p, size_t qstart)
{
    const struct token *t = st->t;
    if (p + 1 >= qstart || t[p + 1].kind != TK_WORD)
        return SIZE_MAX;
    for (size_t o = p; o > st->a && o + 7 > p; o--) {
        const struct token *w = &t[o - 1];
        if (w->kind != TK_WORD)
            return SIZE_MAX;
        /* (not "according to which": what follows is the clause's own,
         * "its report, according to which China's netizens reached") */
        if (tok_is(w, WH(to)) && o - 1 > st->a && tok_is(&t[o - 2], WH(according)))
            return o - 1 < p && !tok_is(&t[o], WH(which)) ? o - 2 : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Is the token at p the colon of a figure's caption: "829 million: people
 * online", the rest of the line a few words with no figure and no end? */
static bool figure_caption(const struct sent *st, size_t p)
{
    const struct token *t = &st->t[p];
    if (t->kind != TK_PUNCT || t->len != 1 || st->s[t->off] != ':')
        return false;
    size_t q = p + 1, words = 0;
    for (; q < st->b && !(st->t[q].flags & TF_SENT_END); q++) {
        if (st->t[q].off > t->off && memchr(st->s + t->off, '\n', st->t[q].off - t->off))
            break; /* the line ends */
        /* (up to its date or a comma: "1.011 billion: internet users in
         * China as of June 30, 2021, an increase of ...") */
        if ((st->in_date && st->in_date[q]) || (st->t[q].kind == TK_PUNCT && st->s[st->t[q].off] == ','))
            break;
        if (is_quantity(&st->t[q]) || is_clause_break(&st->t[q]))
            return false;
        words += st->t[q].kind == TK_WORD;
    }
    return words >= 1 && words <= 8;
}

/* Does the figure starting at q open its sentence, or its item past a
 * bullet ("- 1.011 billion: internet users")? */
static bool opens_item(const struct sent *st, size_t q)
{
    return q == st->a || (q == st->a + 1 && st->t[st->a].kind == TK_PUNCT);
}

/* Is the word i of the sentence the record a figure sets: "a record", "a
 * new high", "a record high", "an all-time peak"? */
static bool record_word(const struct sent *st, size_t i)
{
    static const char *const mark[] = {"record", "high", "peak"};
    static const char *const before[] = {"a", "new", "fresh", "another", "record", "time"};
    const struct token *t = st->t;
    return i > st->a && t[i].kind == TK_WORD && str_ieq_any(st->s + t[i].off, t[i].len, mark, 3) &&
           t[i - 1].kind == TK_WORD && str_ieq_any(st->s + t[i - 1].off, t[i - 1].len, before, 6);
}

static bool dash_at(const char *s, const struct token *d);

/* Best rule for the quantity at index k of the sentence. */
static struct cand best_cue(struct doc *d, const struct sent *st, size_t k, size_t qstart)
{
    const struct rules *r = d->r;
    const struct token *nt = &st->t[k];
    enum unit_class cls = num_class(nt);
    struct cand best = {-1, 1 << 30, 0, 0, false, 0};
    /* the cost of the best cue of a national indicator that the figure,
     * another country's, cannot be: "the US had 277 million Internet
     * users" is nobody's "users" either */
    int blocked = 1 << 30;

    /* after the number: "513 million Internet users" */
    struct cand after_best = {-1, 1 << 30, 0, 0, false, 0};
    int words = 0;
    bool past_amount = false;
    /* (a share's "of the country's roughly ...": an amount may follow) */
    bool of_run = cls == UC_PERCENT && k + 1 < st->b && tok_is(&st->t[k + 1], WH(of));
    /* (what money bought stands between: "5.99 trillion yuan worth of
     * goods and services with their phones") */
    bool worth_of = cls == UC_MONEY && k + 2 < st->b && str_ieq(st->s + st->t[k + 1].off, st->t[k + 1].len, "worth") &&
                    tok_is(&st->t[k + 2], WH(of));
    for (size_t p = k + 1; p < st->b && (words <= 3 || (of_run && !past_amount && words <= 6) || (worth_of && words <= 6));
         p++) {
        const struct token *t = &st->t[p];
        /* (a clause of reason after it names another thing: "fell to 162
         * million as customers migrated to 4G") */
        if (t->kind == TK_WORD && reason_clause(st, p))
            break;
        if (of_run && p > k + 1 && !is_quantity(t) &&
            !(t->kind == TK_WORD &&
              (str_ieq(st->s + t->off, t->len, "the") || (t->flags & TF_POSSESSIVE) || in_list(&q_nearly, t) ||
               in_list(&q_about, t) || str_ieq(st->s + t->off, t->len, "more") ||
               str_ieq(st->s + t->off, t->len, "less") || str_ieq(st->s + t->off, t->len, "than") ||
               str_ieq(st->s + t->off, t->len, "over"))))
            of_run = false;
        /* (a term in quotes: 'only 48,695 ".CN" domain names'; not the
         * quote that closes a quoted number: '"12306" was the hotline') */
        if (t->kind == TK_PUNCT && (t->flags & TF_QUOTE) &&
            !(p == k + 1 && t->off == st->t[k].off + st->t[k].len))
            continue;
        /* "1 percent of the nearly 100 trillion yuan sitting in bank
         * deposits": a share of an amount named after "of" is a share of
         * what that amount counts (its words after it) */
        /* (or people: "22.6 percent of China's 1.3 billion people were
         * online") */
        if (is_quantity(t) && of_run && (num_class(t) == UC_MONEY || num_class(t) == UC_COUNT) && !past_amount &&
            p > k + 1) {
            past_amount = true;
            words = 1;
            continue;
        }
        /* "829 million: people online", "61,201万: online video users": a
         * figure that opens its line, a colon, and the words it counts (a
         * list of figures with their captions, "by the numbers") */
        /* (past an item's bullet: "- 1.011 billion: internet users") */
        if (words == 0 && opens_item(st, qstart) && figure_caption(st, p))
            continue;
        if (is_quantity(t) || (is_clause_break(t) && !(t->flags & TF_OPEN)))
            break;
        if (t->kind == TK_PUNCT && (t->flags & TF_OPEN)) {
            /* skip a bracketed aside: "5,373 billion yuan (€629 billion) in transactions" */
            size_t q = p + 1;
            while (q < st->b && !(st->t[q].flags & TF_CLOSE) && !(st->t[q].flags & TF_SENT_END))
                q++;
            if (q >= st->b || !(st->t[q].flags & TF_CLOSE))
                break;
            p = q;
            continue;
        }
        if (t->kind == TK_PUNCT && st->s[t->off] == ',') {
            /* "$2,140 billion, 77 percent of US savings, was invested": skip
             * an aside between commas that holds another kind of quantity */
            size_t q = p + 1;
            bool other = false;
            while (q < st->b && q < p + 10 && !(st->t[q].kind == TK_PUNCT && st->s[st->t[q].off] == ',') &&
                   !is_clause_break(&st->t[q])) {
                if (is_quantity(&st->t[q]) && num_class(&st->t[q]) != cls)
                    other = true;
                q++;
            }
            /* (not a change of the figure: "438 million, up 86% YoY, as
             * users adopted ...") */
            const struct token *w1 = p + 1 < st->b ? &st->t[p + 1] : NULL;
            bool change = w1 && w1->kind == TK_WORD &&
                          (str_ieq(st->s + w1->off, w1->len, "up") || str_ieq(st->s + w1->off, w1->len, "down") ||
                           in_list(&rise_verb, w1) || in_list(&fall_verb, w1) ||
                           list_fwd(&ch_before, st->t, st->n, p + 1, st->b) ||
                           (p + 2 < st->b && list_fwd(&ch_before, st->t, st->n, p + 2, st->b)));
            /* (nor a share that restates it, after the figure's noun:
             * "753 million people, or 97.5 percent of all users, went
             * online with a handset") */
            bool restated = words <= 1 && w1 && str_ieq(st->s + w1->off, w1->len, "or") && p + 2 < st->b &&
                            is_quantity(&st->t[p + 2]) && num_class(&st->t[p + 2]) == UC_PERCENT;
            if ((words == 0 || restated) && other && !change && q < st->b && st->t[q].kind == TK_PUNCT &&
                st->s[st->t[q].off] == ',') {
                p = q;
                continue;
            }
            break;
        }
        if (t->kind != TK_WORD)
            continue;
        /* (past its share that restates it right after it: "656.37 million
         * or 92.50% used handsets for mobile access") */
        if (words == 0 && p == k + 1 && cls != UC_PERCENT && str_ieq(st->s + t->off, t->len, "or") && p + 1 < st->b &&
            is_quantity(&st->t[p + 1]) && num_class(&st->t[p + 1]) == UC_PERCENT) {
            p++;
            continue;
        }
        /* "22.5 million and websites 265,405": past "and", a noun with a
         * figure of its own after it is that figure's (past its "of"
         * complement: "5.35 million and CDMA2000 subscribers of China
         * Telecom 6.75 million") */
        if (tok_is(t, WH(and)) || str_ieq(st->s + t->off, t->len, "or")) {
            bool own = false;
            for (size_t q = p + 1; q < st->b && q < p + 8 && !own; q++) {
                if (is_clause_break(&st->t[q]))
                    break;
                own = is_quantity(&st->t[q]);
            }
            if (own)
                break;
        }
        const struct cue_ref *ra, *rb;
        rules_cues_for(r, t->hash, &ra, &rb);
        for (; ra < rb; ra++) {
            const struct rule *ru = &r->v[ra->rule];
            const struct phrase *ph = &ru->cue.v[ra->cue];
            if (ph->h[0] != t->hash || ru->change != CH_NONE || !class_fits(ru->unit, cls) ||
                ph->dir < 0)
                continue;
            size_t e = match_fwd(st->t, st->n, p, ph, st->b);
            /* "85,900 transactions per second": a rate, not a count (a
             * rate's own cue says "per") */
            /* (the verb after the cue is not the figure's where the figure
             * is a whole a part is taken of: "nearly half of China's 649
             * million netizens shopped online") */
            /* (nor is what the whole did, a part of it having done it:
             * "22.6 percent of China's 1.3 billion people were online") */
            if (!e || list_fwd(&per_time, st->t, st->n, e, st->b) || after_not(st, ru, p) ||
                (before_not(st, ru, e) && !partitive(st, qstart)) ||
                (ph->dir > 0 && ru->unit == UC_PEOPLE && part_of_whole(st, qstart)))
                continue;
            int cost = 10 * words - 2 * ph->n - (ru->context.n ? 3 : 0);
            if (cost < best.cost && viable(d, st, ra->rule, nt)) {
                best = (struct cand){(int)ra->rule, cost, p, e, true, (int)ra->cue};
                after_best = best;
            } else if (cost < blocked && abroad_blocked(d, st, ra->rule, nt)) {
                blocked = cost;
            }
        }
        if (in_list(&stop_after, t) && !(of_run && !past_amount))
            break; /* "... from six funds": what follows counts something else */
        /* (an adverb of the verb's time is no word between: "100 million
         * of China's residents currently surf the Web") */
        static const char *const adverb[] = {"currently", "now", "already", "still", "regularly", "also"};
        if (!(t->kind == TK_WORD && str_ieq_any(st->s + t->off, t->len, adverb, sizeof adverb / sizeof *adverb)))
            words++;
    }

    /* before the number: "3G base stations reached 814,000" */
    bool according = false; /* (a source's aside may stand between: looked for once) */
    for (size_t q = qstart; q > st->a && q + 14 > qstart && !according; q--)
        according = tok_is(&st->t[q - 1], WH(according));
    int gap_words = 0, gap_bad = 0;
    bool gap_quantity = false; /* a quantity between */
    bool gap_conj = false, best_conj = false; /* "and" or a comma between, for the best so far */
    bool gap_clause = false, label_colon = false, label_eq = false;
    /* "Rural netizens accounted for 27.6 percent of the total, or 156
     * million": an amount that restates a share is counted by the share's
     * cue, before it */
    size_t q0 = qstart;
    /* ("..., and 440 million of them watched on mobile phones": a part of
     * the figure before counts no cue before it) */
    /* (but a subject that "accounted for" it is what it counts: "mobile
     * phone netizens accounted for 724 million of them") */
    bool accounted = qstart >= st->a + 2 && str_ieq(st->s + st->t[qstart - 1].off, st->t[qstart - 1].len, "for") &&
                     st->t[qstart - 2].kind == TK_WORD && st->t[qstart - 2].len >= 7 &&
                     str_ieq(st->s + st->t[qstart - 2].off, 7, "account");
    if (k + 2 < st->b && tok_is(&st->t[k + 1], WH(of)) && !accounted &&
        (str_ieq(st->s + st->t[k + 2].off, st->t[k + 2].len, "them") ||
         str_ieq(st->s + st->t[k + 2].off, st->t[k + 2].len, "whom")))
        for (size_t j = st->a; j < qstart; j++)
            if (is_quantity(&st->t[j]) && num_class(&st->t[j]) == cls)
                q0 = st->a;
    if (cls != UC_PERCENT && cls != UC_POINTS) {
        size_t j = or_before(st, qstart);
        /* (past what it is a share of: "of the total", "of all netizens") */
        for (size_t w = j; j != SIZE_MAX && j > st->a && j + 6 > w && st->t[j].kind == TK_WORD && !is_quantity(&st->t[j]);)
            j--;
        if (j != SIZE_MAX && j > st->a && j < qstart && st->t[j].kind == TK_NUM && num_class(&st->t[j]) == UC_PERCENT &&
            j + 1 < qstart && tok_is(&st->t[j + 1], WH(of))) {
            size_t a = j;
            while (a > st->a && (in_list(&q_more, &st->t[a - 1]) || in_list(&q_about, &st->t[a - 1]) ||
                                 in_list(&q_nearly, &st->t[a - 1])))
                a--;
            q0 = a;
        }
    }
    /* (the cues before compete among themselves; the best after is
     * weighed against their best at the end) */
    struct cand aft = best;
    best = (struct cand){-1, 1 << 30, 0, 0, false, 0};
    for (size_t q = q0; q > st->a; q--) {
        size_t p = q - 1; /* candidate last token of a cue */
        const struct token *t = &st->t[p];
        /* (a multiplier of the change is no word between: "rose 12-fold
         * to 9.2 trillion yuan") */
        if (in_multiplier(st, p))
            continue;
        if (t->kind == TK_WORD) {
            /* "which according to CNNIC reached": who says so stands aside */
            size_t src = according ? source_aside(st, p, qstart) : SIZE_MAX;
            if (src != SIZE_MAX) {
                q = src + 1; /* the loop goes on before "according" */
                continue;
            }
            /* try every cue that ends at p */
            const struct cue_ref *ra, *rb;
            rules_cues_ending(r, t->hash, &ra, &rb);
            /* (the words just before p, a bit each: a cue of more words
             * can match only where its word before the last is among them,
             * however match_back steps over brackets, marks and a name) */
            uint64_t near = 0;
            bool many = rb - ra > 8;
            for (size_t j = p, nw = 0; many && j > st->a && nw < 12; j--)
                if (st->t[j - 1].kind == TK_WORD) {
                    near |= 1ull << (st->t[j - 1].hash & 63);
                    nw++;
                }
            for (; ra < rb; ra++) {
                size_t ri = ra->rule, c = ra->cue;
                const struct rule *ru = &r->v[ri];
                if (ru->change != CH_NONE || !class_fits(ru->unit, cls))
                    continue;
                {
                    const struct phrase *ph = &ru->cue.v[c];
                    if (ph->h[ph->n - 1] != t->hash || ph->dir > 0)
                        continue;
                    if (many && ph->n >= 2 && !(near & (1ull << (ph->h[ph->n - 2] & 63))))
                        continue;
                    size_t s0 = match_back(st->t, p + 1, st->a, ph);
                    if (s0 == SIZE_MAX || after_not(st, ru, s0) || before_not(st, ru, p + 1))
                        continue;
                    /* (nor one it read past a name inside it, where that name
                     * and the words after it are another's cue: "number of
                     * Weibo users" is no "number of users", "Weibo users"
                     * being microblog users) */
                    if (ph->n >= 2 && p + 1 - s0 > (size_t)ph->n && name_opens_cue(r, st, s0, p, ri, cls))
                        continue;
                    /* (nor a word of a name in capitals: "Fund" of "Tianhong
                     * Yu'e Bao Money Market Fund reached", "Assets of" being
                     * the cue) */
                    if (ph->n == 1 && s0 > st->a + 1 && (st->t[s0].flags & TF_CAP) && st->t[s0].len > 1 &&
                        is_lower((unsigned char)st->s[st->t[s0].off + 1]) && name_word(st, s0 - 1) &&
                        (st->t[s0 - 1].flags & TF_CAP) && name_word(st, s0 - 2) && (st->t[s0 - 2].flags & TF_CAP))
                        continue;
                    /* (nor what a ratio is per: "the average holding per
                     * account fell from 3,332.83 shares") */
                    if (s0 > st->a && str_ieq(st->s + st->t[s0 - 1].off, st->t[s0 - 1].len, "per"))
                        continue;
                    /* "unique visitors of its iPad version exceeded 800,000": the
                     * cue's own "of ..." complement may stand in between */
                    /* the word after the cue, past an abbreviation in
                     * brackets: 'Gross merchandise volume ("GMV") transacted on' */
                    size_t nx = p + 1;
                    if (nx < qstart && (st->t[nx].flags & TF_OPEN)) {
                        size_t c2 = nx + 1;
                        while (c2 < qstart && c2 < nx + 6 && !(st->t[c2].flags & TF_CLOSE))
                            c2++;
                        if (c2 < qstart && (st->t[c2].flags & TF_CLOSE))
                            nx = c2 + 1;
                    }
                    /* (or an abbreviation set off by commas: "gross merchandise
                     * volume, or GMV, transacted on") */
                    else if (nx + 4 < qstart && or_abbrev_at(st, nx))
                        nx += 4;
                    /* (not past a verb that sets the subject against the
                     * figure: "sales on Tmall ... dwarfed the $1.25 billion
                     * U.S. shoppers spent") */
                    static const char *const outdo[] = {"dwarfed", "dwarfs", "dwarfing", "eclipsed", "eclipses",
                                                        "eclipsing", "outstripped", "outstrips", "outpaced",
                                                        "outpaces", "overshadowed"};
                    bool outdone = false;
                    for (size_t g = nx; g < qstart && !outdone; g++)
                        outdone = st->t[g].kind == TK_WORD &&
                                  str_ieq_any(st->s + st->t[g].off, st->t[g].len, outdo, sizeof outdo / sizeof *outdo);
                    /* (past the measure the cue's noun has: "transaction
                     * value by non-banking institutions") */
                    static const char *const measure[] = {"value", "volume", "amount", "size", "scale"};
                    size_t nm = nx + 1 < qstart && st->t[nx].kind == TK_WORD &&
                                        str_ieq_any(st->s + st->t[nx].off, st->t[nx].len, measure, 5)
                                    ? nx + 1
                                    : nx;
                    bool ok = gap_bad == 0 ||
                              (gap_bad <= 6 && gap_words <= 12 && nx < qstart && !gap_clause && !outdone &&
                               (in_list(&cue_complement, &st->t[nx]) || in_list(&cue_complement, &st->t[nm]) ||
                                participle_phrase(st, nx) ||
                                /* "assets held by money market funds fell" */
                                (str_ieq(st->s + st->t[nx].off, st->t[nx].len, "held") && nx + 1 < qstart &&
                                 tok_is(&st->t[nx + 1], WH(by))) ||
                                /* "sales on Tmall during the festival hit" */
                                (ph->n > 1 && in_list(&cue_complement, &st->t[p]))) &&
                               /* (or a label's colon: "Monthly active users
                                * of the app: 429.6 million") */
                               (qstart < k || linkable(d, st, qstart - 1, cls) || label_colon));
                    /* (not past a figure of its kind, the cue's own:
                     * "capped purchases at 20,000 yuan in 2018, its assets
                     * fell back to 1.13 trillion yuan") */
                    if (!ok && ru->reach > 0 && gap_words <= ru->reach && !gap_quantity) {
                        /* a long reach must end in a preposition before the number */
                        /* (past a range's "between": "value the company at
                         * between $2.5 billion and $3 billion") */
                        size_t pre = qstart;
                        if (pre > st->a + 1 && tok_is(&st->t[pre - 1], WH(between)))
                            pre--;
                        ok = pre > st->a && in_list(&reach_prep, &st->t[pre - 1]);
                    }
                    /* a label opens its line or item: "- Netizens: 618 million" */
                    /* (a figure with a noun of its own counts that: "Telephone
                     * payments: 153 thousand calls") */
                    /* (an equals sign says so anywhere: "total GMV across
                     * all platforms = RMB 1.14 trillion") */
                    if (ok && label_colon && ((!item_opens(st, s0) && !label_eq) || own_plural_after(d, st, k)))
                        ok = false;
                    if (!ok)
                        continue;
                    int cost = 10 * gap_words + 5 - 2 * ph->n - (ru->context.n ? 3 : 0) + (gap_clause ? 10 : 0);
                    /* (of two cues that end on one word, the one that holds
                     * the other wins: "3G base stations" over a section's
                     * "base stations" whose context is met) */
                    bool same_end = best.rule >= 0 && !best.after && best.b == p + 1;
                    bool holds = same_end && s0 < best.a, held = same_end && s0 > best.a;
                    /* (a noun of more words right before a verb that is a
                     * cue only where its context is met names what the verb
                     * says: "third-party mobile payment GMV amounted to" in
                     * a paragraph on funds) */
                    bool subject = best.rule >= 0 && !best.after && best.a == p + 1 && ph->n >= 2 &&
                                   r->v[best.rule].cue.v[best.cue].n == 1 && r->v[best.rule].context.n > 0 &&
                                   !ru->context.n;
                    if ((holds || subject || (cost < best.cost && !held)) && viable(d, st, ri, nt)) {
                        best = (struct cand){(int)ri, cost, s0, p + 1, false, (int)c};
                        best_conj = gap_conj;
                    }
                    else if (cost < blocked && abroad_blocked(d, st, ri, nt))
                        blocked = cost;
                }
            }
            /* (a compound is one word: "the three-year-old company"; a
             * date's words are none: "during this year's 618 shopping
             * festival") */
            if (!(p + 1 < st->b && st->t[p + 1].kind == TK_PUNCT && (st->t[p + 1].flags & TF_HYPHEN)) &&
                !(st->in_date && st->in_date[p]))
                gap_words++;
            if (tok_is(t, WH(and)))
                gap_conj = true;
            if (!linkable(d, st, p, cls))
                gap_bad++;
        } else if (t->kind == TK_PUNCT) {
            if (t->flags & TF_SENT_END)
                break;
            /* "Only Alibaba has more active users (726m)": the figure alone
             * in brackets after its noun */
            if (p + 1 == q0 && q0 == qstart && (t->flags & TF_OPEN) && k + 1 < st->b && (st->t[k + 1].flags & TF_CLOSE) &&
                p > st->a && st->t[p - 1].kind == TK_WORD && !rules_is_link(d->r, st->t[p - 1].hash))
                continue;
            /* "gross merchandise volume, or GMV, transacted on": an
             * abbreviation set off by commas stands aside, as in brackets */
            if (p >= st->a + 4 && or_abbrev_at(st, p - 3)) {
                q = p - 2; /* the loop goes on before ", or" */
                continue;
            }
            /* "monthly active users of WeChat and Weixin - the terms the
             * company uses to refer to accounts outside and inside mainland
             * China, respectively - reached": an aside of words between
             * dashes stands aside too */
            if (dash_at(st->s, t) && p > st->a && st->t[p - 1].kind == TK_WORD) {
                size_t o = p;
                while (o > st->a && o + 30 > p && !dash_at(st->s, &st->t[o - 1]) && !is_quantity(&st->t[o - 1]) &&
                       !(st->t[o - 1].flags & TF_SENT_END))
                    o--;
                if (o > st->a + 1 && o + 2 < p && dash_at(st->s, &st->t[o - 1]) && st->t[o - 2].kind == TK_WORD) {
                    q = o; /* the loop goes on before the opening dash */
                    continue;
                }
            }
            if (t->flags & TF_CLOSE) {
                /* "rose 13.30 million (29.0%) to 59.10 million": a change
                 * restated in brackets stands aside */
                if (p >= st->a + 2 && bracket_restatement_at(st, p - 2)) {
                    q = p - 2;
                    continue;
                }
                /* (and so does a figure's, in another currency, past which
                 * the figure itself is passed as any other: "was 120.7
                 * billion yuan (17.8 billion US dollars) and increased") */
                if (p >= st->a + 3 && (st->t[p - 2].flags & TF_OPEN) && is_quantity(&st->t[p - 1]) &&
                    is_quantity(&st->t[p - 3])) {
                    q = p - 1;
                    continue;
                }
                /* "Monthly active users (MAUs) were 143.8 million": an
                 * abbreviation in brackets after the cue stands aside */
                size_t o = p;
                /* (in quotes too: 'Gross merchandise volume ("GMV")') */
                /* (or a note's mark: "The number of websites (Note 1) stood at") */
                /* (or a date, a span of days: "Sales on JD during the 618
                 * shopping festival (June 1-18) totalled") */
                {
                    size_t x = p;
                    bool dated = false, days = true;
                    while (x > st->a && x + 8 > p && !(st->t[x - 1].flags & TF_OPEN) && days) {
                        const struct token *u = &st->t[x - 1];
                        dated = dated || (st->in_date && st->in_date[x - 1]);
                        days = (st->in_date && st->in_date[x - 1]) || (u->kind == TK_PUNCT && (u->flags & TF_HYPHEN)) ||
                               (u->kind == TK_NUM && (u->flags & TF_SMALLINT) && u->value <= 31);
                        x--;
                    }
                    if (days && dated && x < p && x > st->a && (st->t[x - 1].flags & TF_OPEN)) {
                        q = x; /* the loop goes on before the '(' */
                        continue;
                    }
                }
                while (o > st->a && o + 6 > p && !(st->t[o - 1].flags & TF_OPEN) &&
                       ((st->t[o - 1].kind == TK_WORD && (st->t[o - 1].flags & TF_CAP)) ||
                        (st->t[o - 1].kind == TK_PUNCT && (st->t[o - 1].flags & TF_QUOTE)) ||
                        /* (or a code: "Money Market Fund (000198)") */
                        st->t[o - 1].kind == TK_SKIP ||
                        (st->t[o - 1].kind == TK_NUM && (st->t[o - 1].flags & TF_SMALLINT) &&
                         o >= st->a + 2 && str_ieq(st->s + st->t[o - 2].off, st->t[o - 2].len, "note"))))
                    o--;
                if (o < p && o > st->a && (st->t[o - 1].flags & TF_OPEN)) {
                    q = o; /* the loop goes on before the '(' */
                    continue;
                }
                /* "Users of online video (including short video) reached",
                 * "third-party Internet payment (payments initiated on PCs)
                 * reached": an aside of words that says what is meant or
                 * included stands aside too (its words may have marks:
                 * "(including .CN sites and those under generic top-level
                 * domains)"; not one with a figure of its own) */
                o = p;
                while (o > st->a && o + 16 > p && !(st->t[o - 1].flags & (TF_OPEN | TF_CLOSE)) &&
                       (st->t[o - 1].kind == TK_WORD ||
                        (st->t[o - 1].kind == TK_PUNCT && !(st->t[o - 1].flags & TF_SENT_END))))
                    o--;
                if (o < p && o > st->a && (st->t[o - 1].flags & TF_OPEN)) {
                    q = o;
                    continue;
                }
            }
            /* (or its date: "Transaction volume of third-party mobile
             * payment in 2014: RMB 5.99 trillion") */
            /* (or an equals sign, a slide's: "China Internet Users =
             * 564MM") */
            if (t->len == 1 && (st->s[t->off] == ':' || st->s[t->off] == '=') && p + 1 == qstart && p > st->a &&
                (st->t[p - 1].kind == TK_WORD || (st->in_date && st->in_date[p - 1]) ||
                 ((st->t[p - 1].flags & TF_CLOSE) && p >= st->a + 3 && st->t[p - 2].kind == TK_WORD &&
                  (st->t[p - 2].flags & TF_CAP) && (st->t[p - 3].flags & TF_OPEN)) ||
                 ((st->t[p - 1].flags & TF_CLOSE) && p >= st->a + 3 && st->in_date && st->in_date[p - 2]))) {
                /* "Netizens: 618 million": a label and its figure (its
                 * abbreviation in brackets: "Gross merchandise value
                 * (GMV): 870.5 billion yuan"; its date: "Series A (March
                 * 2016): RMB 40 million") */
                label_colon = true;
                label_eq = st->s[t->off] == '=';
            } else if (t->len == 1 && st->s[t->off] == '|' && p + 1 == qstart && p > st->a &&
                       (st->t[p - 1].kind == TK_WORD || st->s[st->t[p - 1].off] == '+')) {
                /* "Dec 16 | Beijing | Series B | US$60 million": the field
                 * before names the figure */
            } else if (is_clause_break(t)) {
                gap_bad++;
                gap_clause = true;
            } else if (st->s[t->off] == ',' && !(st->in_date && st->in_date[p])) {
                /* "users of WeChat, its messaging app, had reached": an
                 * apposition after a name stands aside */
                size_t o = aside_open(st, p);
                if (o != SIZE_MAX) {
                    q = o + 1; /* the loop goes on before the opening comma */
                    continue;
                }
                /* "the number of internet users, which reached": the
                 * clause says more of the cue before it */
                /* (nor the comma before the level a change came to: "the
                 * number of Web sites ... also rose significantly, to
                 * approximately 15,153") */
                bool to_level = p > st->a && st->t[p - 1].kind == TK_WORD && p + 1 < qstart &&
                                tok_is(&st->t[p + 1], WH(to));
                for (size_t g = p + 2; g < qstart && to_level; g++)
                    to_level = (st->t[g].kind == TK_WORD || st->t[g].kind == TK_NUM) && linkable(d, st, g, cls);
                /* (nor the comma after the record a figure sets: "hit a
                 * new record, over 35 billion yuan") */
                if (!to_level && p > st->a + 1 && record_word(st, p - 1)) {
                    to_level = true;
                    for (size_t g = p + 1; g < qstart && to_level; g++)
                        to_level = st->t[g].kind == TK_WORD && linkable(d, st, g, cls);
                }
                if (!(p + 1 < qstart && tok_is(&st->t[p + 1], WH(which))) && !to_level)
                    gap_clause = true; /* (not the comma of a date: "Nov 11, 2016") */
            }
        } else if (t->kind == TK_NUM) {
            /* (a mark passed on the way stands aside: "broke through the
             * 100-million mark ... and reached 103 million") */
            if (d->ni && p >= st->a && is_quantity(t) && (d->ni - st->a)[p].threshold)
                continue;
            if (!linkable(d, st, p, cls))
                gap_bad++;
            gap_quantity = gap_quantity || (is_quantity(t) && num_class(t) == cls && !(t->flags & (TF_YEAR | TF_MONTHDAY)));
            gap_words++;
        } else {
            gap_bad++;
        }
        if (gap_words > 12)
            break;
    }
    /* a cue after it that costs no more wins, but not the figure's noun
     * said again after a cue of more words before it: "the number of
     * internet users in China reached 1.05 billion users", "... 1.05
     * billion people, most of them using mobile devices" */
    if (aft.rule >= 0 && aft.cost <= best.cost) {
        const struct phrase *bp = best.rule >= 0 ? &r->v[best.rule].cue.v[best.cue] : NULL;
        const struct token *an = &st->t[aft.a];
        static const char *const person[] = {"people", "persons", "individuals"};
        const struct phrase *ap = &r->v[aft.rule].cue.v[aft.cue];
        bool again = bp && bp->n >= 2 && best.rule != aft.rule && r->v[best.rule].unit == r->v[aft.rule].unit &&
                     ap->n == 1 && aft.a == k + 1 && aft.b == aft.a + 1 &&
                     (an->hash == st->t[best.b - 1].hash ||
                      str_ieq_any(st->s + an->off, an->len, person, sizeof person / sizeof *person));
        /* (or the last words of the cue before, said again: ".CN domain
         * names plummeted to 3,379,441 active domain names") */
        bool tail = bp && ap->n < bp->n && best.rule != aft.rule && r->v[best.rule].unit == r->v[aft.rule].unit &&
                    aft.a <= k + 2;
        for (int w = 0; tail && w < ap->n; w++)
            tail = ap->h[ap->n - 1 - w] == bp->h[bp->n - 1 - w];
        again = again || tail;
        if (!again)
            best = aft;
    }
    /* "59.2 million 4G users and 113 million fixed-line broadband users":
     * the second of a list that names its own noun counts that, not the
     * first's */
    if (best.rule >= 0 && !best.after && best_conj && after_best.rule >= 0)
        best = after_best;
    if (blocked < best.cost)
        return (struct cand){-1, 1 << 30, 0, 0, false, 0};
    return best;
}

/* Is the word at w a verb of movement, of which "up" or "down" is the
 * direction: "edged", "moved", "shot", "went", "rose", "climbs"? */
static bool moved_verb(const struct sent *st, size_t w)
{
    static const char *const irregular[] = {"went", "shot", "rose", "grew", "crept", "risen", "grown", "gone",
                                            "goes", "go", "moves", "move", "edges", "inches", "climbs", "rises",
                                            "jumps", "shoots", "creeps", "ticks",
                                            /* (its gerund: ", shooting up 69.7% compared with 2014") */
                                            "shooting", "going", "moving", "edging", "inching", "creeping", "ticking"};
    const struct token *t = &st->t[w];
    if (t->kind != TK_WORD || in_list(&particle_verb, t))
        return false;
    if (in_list(&rise_verb, t))
        return true;
    const char *p = st->s + t->off;
    for (size_t i = 0; i < sizeof irregular / sizeof *irregular; i++)
        if (str_ieq(p, t->len, irregular[i]))
            return true;
    return t->len >= 4 && str_ieq(p + t->len - 2, 2, "ed");
}

/* Is the word at i a mark a figure names: "the 300 million mark",
 * "threshold", "milestone"? */
static bool mark_word(const struct sent *st, size_t i)
{
    static const char *const w[] = {"mark", "threshold", "milestone"};
    return st->t[i].kind == TK_WORD && str_ieq_any(st->s + st->t[i].off, st->t[i].len, w, sizeof w / sizeof *w);
}

/* Qualifier written before index k; *start gets where it begins. */
static enum qualifier qualifier_before(const struct sent *st, size_t k, const struct token *nt, size_t *start)
{
    static const enum qualifier qs[] = {Q_MORE_THAN, Q_AT_LEAST, Q_NEARLY, Q_ABOUT, Q_LESS_THAN};
    *start = k;
    size_t best = SIZE_MAX, which = 0;
    int best_l = -1;
    /* (past the stop of an abbreviated qualifier: "(approx. USD$1
     * trillion)") */
    size_t kq = k;
    if (k >= st->a + 2 && st->t[k - 1].kind == TK_PUNCT && st->s[st->t[k - 1].off] == '.' &&
        str_ieq(st->s + st->t[k - 2].off, st->t[k - 2].len, "approx"))
        kq = k - 1;
    for (int l = 0; l < 5; l++) {
        size_t w;
        size_t s0 = list_back(all_lists[l], st->t, kq, st->a, &w);
        if (s0 != SIZE_MAX && (best == SIZE_MAX || s0 < best)) {
            best = s0;
            best_l = l;
            which = w;
        }
    }
    (void)which;
    if (nt->flags & TF_PLUS)
        return Q_MORE_THAN;
    /* "passed the 300 million mark", "crossed the 100,000 threshold": a
     * mark passed (no such mark below it: "under the ... mark") */
    if (best_l < 0 && k >= st->a + 2 && str_ieq(st->s + st->t[k - 1].off, st->t[k - 1].len, "the") && k + 1 < st->b &&
        mark_word(st, k + 1)) {
        size_t s0 = list_back(&q_more, st->t, k - 1, st->a, NULL);
        if (s0 != SIZE_MAX) {
            *start = s0;
            return Q_MORE_THAN;
        }
    }
    /* "edged up to 48.8 percent", "went up to": a verb's "up", then "to"
     * the level it reached, no bound */
    if (best_l == 4 && best > st->a && tok_is(&st->t[best], WH(up)) && moved_verb(st, best - 1))
        return Q_EXACT;
    /* (so after a change and its comma: "achieved a 10.2 percent growth,
     * up to 7,320,180 Mbps") */
    static const char *const change_noun[] = {"growth", "increase", "rise", "gain", "jump"};
    if (best_l == 4 && best >= st->a + 3 && tok_is(&st->t[best], WH(up)) && st->t[best - 1].kind == TK_PUNCT &&
        st->s[st->t[best - 1].off] == ',' &&
        ((st->t[best - 2].kind == TK_WORD &&
          str_ieq_any(st->s + st->t[best - 2].off, st->t[best - 2].len, change_noun, 5) &&
          is_quantity(&st->t[best - 3]) && num_class(&st->t[best - 3]) == UC_PERCENT) ||
         (is_quantity(&st->t[best - 2]) && num_class(&st->t[best - 2]) == UC_PERCENT)))
        return Q_EXACT;
    if (best_l < 0)
        return Q_EXACT;
    *start = best;
    return qs[best_l];
}

/* ---- facts ------------------------------------------------------------------- */

static void clean_utf8(struct buf *out, const char *p, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)p[i];
        size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = k > 0 && i + k <= n;
        for (size_t j = 1; ok && j < k; j++)
            if (((unsigned char)p[i + j] & 0xC0) != 0x80)
                ok = false;
        if (ok && k == 2 && c < 0xC2)
            ok = false;
        if (!ok) {
            buf_adds(out, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        if (k == 1 && (c < 0x20 || c == 0x7F))
            buf_addc(out, ' ');
        else
            buf_add(out, p + i, k);
        i += k;
    }
}

/* The quote: from token a to token b (inclusive) clipped to the line of
 * the number at k. */
static char *make_quote(const struct sent *st, size_t a, size_t b, size_t k)
{
    if (b < a) {
        size_t x = a;
        a = b;
        b = x;
    }
    if (k < a)
        k = a;
    if (k > b)
        k = b;
    long line = st->t[k].line;
    while (a < k && st->t[a].line != line)
        a++;
    while (b > k && st->t[b].line != line)
        b--;
    size_t from = st->t[a].off, to = st->t[b].off + st->t[b].len;
    if (to - from > 400)
        to = from + 400;
    struct buf q;
    buf_init(&q);
    clean_utf8(&q, st->s + from, to - from);
    return q.p ? q.p : xstrdup("");
}

enum { SEG_ENTITY_MAX = 512 };

static int emit_fact(struct doc *d, const char *indicator, const char *entity, const struct date *when,
                     double value, const char *unit, enum qualifier q, bool derived, long line,
                     char *quote, const char *note)
{
    char period[PERIOD_MAX] = "";
    /* (no year before the first: a text of no known year that says "last
     * year" dates nothing) */
    if (when && when->y >= 1 && (!when->y2 || when->y2 >= 1))
        period_fmt(when, period);
    /* (a name broken over two lines is one: "Weixin\n  and WeChat") */
    char one[SEG_ENTITY_MAX];
    if (entity && strpbrk(entity, "\n\r\t")) {
        size_t k = 0;
        for (const char *c = entity; *c && k + 1 < sizeof one; c++) {
            bool sp = *c == ' ' || *c == '\n' || *c == '\r' || *c == '\t';
            if (sp && (k == 0 || one[k - 1] == ' '))
                continue;
            one[k++] = sp ? ' ' : *c;
        }
        while (k > 0 && one[k - 1] == ' ')
            k--;
        one[k] = 0;
        entity = one;
    }
    if (derived && q == Q_ABOUT && d->last_der_q != Q_ABOUT && d->last_der_ind && d->last_der_line == line &&
        strcmp(d->last_der_ind, indicator) == 0 &&
        strcmp(d->last_der_period, period) == 0 && strncmp(d->last_der_ent, entity ? entity : "", sizeof d->last_der_ent - 1) == 0 &&
        fabs(d->last_der_value - value) <= 0.01 * fabs(value))
        return 0;
    if (derived) {
        d->last_der_ind = indicator;
        snprintf(d->last_der_ent, sizeof d->last_der_ent, "%.255s", entity ? entity : "");
        snprintf(d->last_der_period, sizeof d->last_der_period, "%s", period);
        d->last_der_value = value;
        d->last_der_line = line;
        d->last_der_q = q;
    }
    struct fact f = {
        .indicator = (char *)indicator,
        .entity = (char *)(entity ? entity : ""),
        .period = period,
        .value = value,
        .unit = (char *)unit,
        .qualifier = q,
        .derived = derived,
        .file = (char *)d->name,
        .line = line,
        .quote = quote,
        .note = (char *)(note ? note : ""),
    };
    int rc = d->sink(d->ctx, &f);
    if (rc)
        d->stop = 1;
    return rc;
}

/* The entity a fact of the level section ru is written with: a section
 * that counts a part ("segment = rural") names it, "China (rural)".
 * Returns entity itself or buf. */
static const char *seg_entity(const struct rule *ru, const char *entity, char *buf, size_t n)
{
    if (!ru || !ru->segment || !entity)
        return entity;
    snprintf(buf, n, "%s (%s)", entity, ru->segment);
    return buf;
}

/* Is a fact of the level section ru, of entity, read but not written: any
 * of the section's ("write = no"), or the country's own figure ("national
 * = no"), its name the fallback's?  (It
 * still claims its number, and its date still dates the text after it.) */
static bool unwritten(const struct rule *ru, const char *entity)
{
    return ru && (ru->no_write || (ru->no_national && entity && ru->fallback && strcmp(entity, ru->fallback) == 0));
}

static const char *fact_unit(const struct rule *ru, const struct token *nt)
{
    if (ru->unit == UC_MONEY)
        return nt->unit;
    return unit_class_name(ru->unit);
}

/* ---- periods ----------------------------------------------------------------------- */

/* Is de, a month (or a day of it) without its year, later in the year
 * than the month of writing, so the last one gone by ("at the end of
 * September", written in February 2015, is of 2014)?  Not a day of the
 * month after, within a month of the issue's day: "Listing: Apr 6" in an
 * issue of March 27 is to come. */
static bool month_gone_by(const struct doc *d, const struct date_expr *de)
{
    int wm = d->doc_month ? d->doc_month : d->pub_month;
    /* (and "last August" written in August: a year before) */
    const struct token *t = d->tok.v;
    bool last = wm && de->rel == DR_ABS && !de->when.y && !de->when.d && de->when.m == wm && de->first > 0 &&
                de->first < d->tok.n && t[de->first - 1].kind == TK_WORD &&
                str_ieq(d->bp + t[de->first - 1].off, t[de->first - 1].len, "last");
    return last || (wm && de->rel == DR_ABS && !de->when.y && ((de->flags & DF_DECEMBER) ? 12 : de->when.m) > wm &&
                    !(de->when.d && d->doc_day && d->doc_month && de->when.m == d->doc_month % 12 + 1 &&
                      de->when.d <= d->doc_day));
}

/* The date, as an index into d->dates, that follows the last of a list
 * of figures with their nouns that the figure at k opens or stands in,
 * the items parted by commas or "and" with no verb between them, the
 * date after the last within a few words, at the end or "as of"; -1 if
 * none. */
static int list_date(const struct doc *d, const struct sent *st, const struct numinfo *ni, size_t k)
{
    static const char *const verb[] = {"was", "were", "is", "are", "had", "has", "have", "rose", "fell", "grew",
                                       "reached", "increased", "decreased", "stood", "totaled", "totalled", "while",
                                       "but", "which", "when", "up", "down", "from", "to", "than", "compared"};
    const struct token *t = st->t;
    size_t last = k;
    int items = 1;
    /* (the items before it, then after) */
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t at = k;
        for (size_t i = k; dir < 0 ? i-- > st->a : ++i < st->b;) {
            if (!is_quantity(&t[i]) || ni[i].skip)
                continue;
            /* (between the two: words and a comma or "and", no verb) */
            size_t a = dir < 0 ? i : at, b = dir < 0 ? at : i;
            bool sep = false, ok = true;
            int words = 0;
            for (size_t j = a + 1; j < b && ok; j++) {
                /* (no date of an item's own: "119.9 billion yuan during
                 * the 2017 event, 159.2 billion yuan in 2018") */
                if (d->in_date[j] || t[j].kind == TK_NUM)
                    ok = false;
                else if (t[j].kind == TK_PUNCT && st->s[t[j].off] == ',')
                    sep = true;
                else if (tok_is(&t[j], WH(and)))
                    sep = true;
                else if (t[j].kind == TK_WORD)
                    ok = ++words <= 6 && !str_ieq_any(st->s + t[j].off, t[j].len, verb, sizeof verb / sizeof *verb);
                else if (is_clause_break(&t[j]) || (t[j].flags & (TF_OPEN | TF_CLOSE)))
                    ok = false;
            }
            if (!ok || !sep)
                break;
            at = i;
            items++;
        }
        if (dir > 0)
            last = at;
    }
    if (items < 3)
        return -1;
    /* (the date after the last item: a few words on, no clause between) */
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first <= last || de->first >= st->b)
            continue;
        if (de->flags & (DF_COMPARE | DF_BOUND | DF_FROM))
            return -1;
        int words = 0;
        for (size_t j = last + 1; j < de->first; j++) {
            if (is_clause_break(&t[j]) || (t[j].kind == TK_PUNCT && st->s[t[j].off] == ',') || is_quantity(&t[j]))
                return -1;
            words += t[j].kind == TK_WORD;
        }
        return words <= 10 && (de->flags & (DF_LEAD | DF_END_OF)) ? (int)di : -1;
    }
    return -1;
}

/* Is the weekday de the day the text last named (a document with no
 * dateline's day: "on Nov 11, 2013" or "Singles' Day" before "on Monday"
 * in an item of 2013)?  Its date in *out. */
static bool weekday_named(const struct doc *d, const struct date_expr *de, struct date *out)
{
    const struct date *w = &d->day_named;
    if (!w->y || de->when.d < 1 || de->when.d > 7 || period_weekday(w->y, w->m, w->d) != de->when.d)
        return false;
    *out = (struct date){.y = w->y, .m = w->m, .d = w->d};
    return true;
}

static bool date_of(const struct doc *d, const struct date_expr *de, const struct date *ctx, struct date *out)
{
    struct date c = {0};
    /* "at the end of that year", the block naming none before it: the
     * last year a block before named ("Formed May 29, 2013, ..." || "It
     * rose to CNY185.3 billion at the end of that year"); none if none
     * did */
    if (de->flags & DF_THAT_YEAR) {
        if (!d->year_named)
            return false;
        memset(out, 0, sizeof *out);
        out->y = d->year_named;
        return true;
    }
    if (de->rel == DR_WEEKDAY) {
        /* "on Monday": of the dateline's week */
        struct date wr = {.y = d->doc_year, .m = d->doc_month, .d = d->doc_day};
        /* (with no dateline's day, the day the text last named, where it
         * is that weekday: "emerged on Monday, or Singles' Day" of 2013) */
        if (!d->doc_day)
            return weekday_named(d, de, out);
        return period_resolve(de, &wr, out);
    }
    if (de->rel == DR_PREV_MONTH) {
        /* ("Two months earlier": before the month spoken of) */
        if (!(de->flags & DF_WRITING) && ctx && ctx->y && ctx->m)
            return period_resolve(de, ctx, out);
        /* "last month": the month before the dateline's */
        struct date wr = {.y = d->doc_year, .m = d->doc_month};
        return d->doc_month && period_resolve(de, &wr, out);
    }
    /* ("now" in an item under its own dateline: the dateline's day,
     * "SHANGHAI, Dec. 20 -- ... Ctrip now has 3.2 million members") */
    if (de->rel == DR_NOW && d->item_day.y) {
        *out = d->item_day;
        return true;
    }
    if (de->rel == DR_NOW || de->rel == DR_AHEAD || (de->flags & DF_WRITING))
        ctx = NULL; /* "now", "last year" are of the time of writing, not of the last figure */
    /* (the end of a quarterly report's own quarter's month is of its
     * year, whatever year the text spoke of last: "A year earlier, at the
     * end of June 2020, ... the sector held about RMB 9.36 trillion at
     * the end of June", in a report on the second quarter of 2021) */
    if (d->quarter.y && de->rel == DR_ABS && !de->when.y && de->when.m == d->quarter.m && (de->flags & DF_END_OF) &&
        !(de->flags & DF_COMPARE))
        c.y = d->quarter.y;
    else if (ctx && ctx->y)
        c = *ctx;
    /* ("last year" under a section's heading, "RED PACKETS AND SINGLES'
     * DAY", in a dated news item: of the dateline's year) */
    else if ((de->flags & DF_WRITING) && d->has_heading && d->doc_day && d->doc_month && d->doc_year &&
             !(d->heading.y == d->doc_year && d->heading.m == d->doc_month))
        c.y = d->doc_year;
    else if ((de->flags & DF_WRITING) && d->write_year)
        c.y = d->write_year; /* ("last year" in a text of that year, written the year after) */
    else if (d->has_heading)
        c = d->heading;
    else if (d->ref_year && (de->rel == DR_SAME_YEAR || de->rel == DR_PREV_YEAR || (de->flags & DF_QUARTER)) &&
             !(de->flags & DF_WRITING))
        c.y = d->ref_year; /* "during the year", "in the first quarter": the year the item reports on */
    else if (d->section_year && !(de->flags & DF_WRITING))
        c.y = d->section_year; /* (a chronology's entry: the year it is under) */
    else
        c.y = d->doc_year;
    /* a month later than the dateline's, without its year: the last one
     * gone by; (a heading that is the dateline itself is the same time) */
    /* (or, in a report, than the month it was published in) */
    int wm = d->doc_month ? d->doc_month : d->pub_month;
    /* (or than a month of the year of writing the text spoke of: "said in
     * January ... at the end of December", written in March) */
    if ((!(ctx && ctx->y) || (ctx->y == d->doc_year && (ctx->m == wm || (ctx->m && ctx->m < wm)))) &&
        (!d->has_heading || (c.y == d->doc_year && c.m == wm) ||
         (d->heading.y == d->doc_year && d->heading.m == wm && ctx && ctx->y)) &&
        c.y == d->doc_year && c.y > 0 && month_gone_by(d, de)) {
        c.y--;
        c.m = c.d = 0;
    }
    /* (a month of the month of writing's year or before, after figures of
     * the whole year before, in a dated item: of the year of writing, "...
     * ended 2013 with 185.3 billion yuan. It took in a further 64.7
     * billion yuan in the first 15 days of January", written January 16,
     * 2014) */
    if (ctx && ctx->y && !ctx->m && !ctx->y2 && d->doc_day && d->doc_month && ctx->y == d->doc_year - 1 &&
        c.y == ctx->y && de->rel == DR_ABS && !de->when.y && de->when.m && de->when.m <= d->doc_month &&
        !(de->flags & (DF_COMPARE | DF_BOUND | DF_FROM))) {
        /* (a month named by its word: not a festival's day, "618") */
        bool month_word = false;
        for (size_t i = de->first; i <= de->last && i < d->tok.n && !month_word; i++)
            month_word = d->tok.v[i].kind == TK_WORD && scan_month(d->bp + d->tok.v[i].off, d->tok.v[i].len) > 0;
        if (month_word)
            c.y = d->doc_year;
    }
    /* ("in the third quarter", no year named: of its year, by its last
     * month, as "the third quarter of 2016" is) */
    bool ok = period_resolve(de, &c, out);
    /* ("last May": the latest May before the time spoken of, its day or
     * month; "last May" in February 2014 is May 2013) */
    if (ok && (de->flags & DF_LAST_MONTH) && c.y) {
        int cm = c.m ? c.m : c.y == d->doc_year ? (d->doc_month ? d->doc_month : d->pub_month) : 0;
        if (cm && out->m >= cm)
            out->y = c.y - 1;
    }
    /* ("in the same quarter of 2020", in a report on a quarter: that
     * quarter of the year named, by its last month) */
    if (ok && d->quarter.y && out->y && !out->m && !out->y2 && de->first >= 3 && de->first < d->tok.n) {
        const struct token *tt = d->tok.v;
        size_t f = de->first;
        /* (the expression may open with its "of"/"in") */
        if (tok_is(&tt[f], WH(of)) || tok_is(&tt[f], WH(in)))
            f++;
        bool same = f >= 3 && (tok_is(&tt[f - 1], WH(of)) || tok_is(&tt[f - 1], WH(in))) &&
                    (str_ieq(d->bp + tt[f - 2].off, tt[f - 2].len, "quarter") ||
                     str_ieq(d->bp + tt[f - 2].off, tt[f - 2].len, "period")) &&
                    (str_ieq(d->bp + tt[f - 3].off, tt[f - 3].len, "same") ||
                     str_ieq(d->bp + tt[f - 3].off, tt[f - 3].len, "corresponding"));
        if (same)
            out->m = d->quarter.m;
    }
    /* (a fiscal year, "fiscal year 2020", "FY2020", of a report whose year
     * ends with March: the twelve months to that month) */
    /* (not twelve months to another month it names: "the twelve months
     * ended December 31, 2015" is the calendar year, whatever month the
     * report's fiscal year ends with) */
    if (ok && (de->flags & DF_FISCAL) && d->fiscal_m && out->y && !out->m && !out->y2 &&
        !(de->flags & DF_DECEMBER))
        out->m = d->fiscal_m;
    /* ("From January to December", "Jan-Dec 2022": the whole year) */
    if (ok && (de->flags & DF_TO_MONTH) && out->m == 12 && !out->d && !out->y2)
        out->m = 0;
    return ok;
}

/* Are a and b two terms of one deal, told by one cue: the stake and the
 * price of "bought 51% of Tianhong for 1.18 billion yuan in October
 * 2013"?  (The date after the price is the stake's too.) */
static bool same_deal(const struct rules *r, const struct numinfo *a, const struct numinfo *b)
{
    return a->rule >= 0 && b->rule >= 0 && a->rule != b->rule && r->v[a->rule].future && r->v[b->rule].future &&
           a->cue_a == b->cue_a && a->cue_b == b->cue_b && a->cue_b > a->cue_a;
}

/* Does the figure at k stand in a relative clause set off by commas,
 * ", which is preparing for a listing that could value the company at
 * $120 billion,"?  A comma after it then closes the clause, and what
 * follows is the main clause's. */
static bool in_relative_clause(const struct sent *st, size_t k)
{
    const struct token *t = st->t;
    for (size_t i = k; i-- > st->a;) {
        if (is_clause_break(&t[i]) || (t[i].flags & (TF_OPEN | TF_CLOSE)))
            return false;
        if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',') {
            const struct token *w = &t[i + 1];
            return i + 1 < k && w->kind == TK_WORD &&
                   (str_ieq(st->s + w->off, w->len, "which") || str_ieq(st->s + w->off, w->len, "who") ||
                    str_ieq(st->s + w->off, w->len, "whose"));
        }
    }
    return false;
}


/* Is the comma at i one of a list of names that "and" ends before
 * token e ("from Didi Chuxing, Citic Private Equity, Coatue, Matrix and
 * angel investor Yuri Milner in October 2016"): a name on each side of
 * it, and past the names "and", all before e, no figure between? */
static bool names_list_comma(const struct sent *st, size_t i, size_t e)
{
    const struct token *t = st->t;
    if (i <= st->a || i + 1 >= e || t[i - 1].kind != TK_WORD || !(t[i - 1].flags & TF_CAP) ||
        t[i + 1].kind != TK_WORD || !(t[i + 1].flags & TF_CAP))
        return false;
    for (size_t j = i + 1; j + 1 < e; j++) {
        if (t[j].kind == TK_NUM || is_clause_break(&t[j]))
            return false;
        if (tok_is(&t[j], WH(and)))
            return (t[j - 1].flags & TF_CAP) && t[j - 1].kind == TK_WORD;
        if (t[j].kind == TK_PUNCT && st->s[t[j].off] != ',')
            return false;
        if (t[j].kind == TK_PUNCT && !((t[j - 1].flags & TF_CAP) && (t[j + 1].flags & TF_CAP)))
            return false;
    }
    return false;
}
/* Do the figure at k and the date starting at first stand in one clause:
 * no comma or clause mark between, past asides in brackets ("... 99.27
 * trillion yuan (about 14.6 trillion U.S. dollars) in 2016")? */
static bool same_clause(const struct sent *st, size_t k, size_t first)
{
    const struct token *t = st->t;
    for (size_t i = k + 1; i < first; i++) {
        if (t[i].flags & TF_OPEN) {
            size_t c = i + 1;
            while (c < first && !(t[c].flags & (TF_CLOSE | TF_OPEN | TF_SENT_END)))
                c++;
            if (c < first && (t[c].flags & TF_CLOSE)) {
                i = c;
                continue;
            }
        }
        if ((is_clause_break(&t[i]) && !(t[i].flags & TF_QUOTE)) ||
            (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',' && !names_list_comma(st, i, first)))
            return false;
    }
    return true;
}

/* Is the date de in a clause led by "since" ("Since it began licensing
 * in May 2011, the PBOC has issued 270 licences"): the start of a span,
 * no figure's date? */
static bool since_clause_date(const struct sent *st, const struct date_expr *de)
{
    const struct token *t = st->t;
    for (size_t i = de->first; i-- > st->a && i + 10 > de->first;) {
        if (t[i].kind == TK_PUNCT && (st->s[t[i].off] == ',' || is_clause_break(&t[i])))
            return false;
        if (t[i].kind == TK_WORD && str_ieq(st->s + t[i].off, t[i].len, "since"))
            return true;
    }
    return false;
}

/* The first date after the figure at k, in its clause (no comma or clause
 * mark between), that is no base or bound (and of the time of writing, if
 * writing): its index, its period in *w; SIZE_MAX if there is none. */
static size_t later_date_at(struct doc *d, const struct sent *st, size_t k, bool writing, struct date *w)
{
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        /* (not the date of a "since" phrase after it, a past the figure is
         * set against: "raised HK$42 billion in the largest listing since
         * Alibaba's in November 2019") */
        if (de->first <= k || de->first >= st->b || d->background[di] || (de->flags & (DF_COMPARE | DF_BOUND)) ||
            (writing && !(de->flags & DF_WRITING)) || since_clause_date(st, de))
            continue;
        if (!same_clause(st, k, de->first) || ranking_date(st, k, de) || !date_of(d, de, NULL, w))
            return SIZE_MAX;
        /* (nor the date of the figure a change went from, between: "rose
         * 10% from 500 million at the end of 2010") */
        for (size_t i = k + 1; i < de->first; i++)
            if (is_quantity(&st->t[i]) && i > k + 1 && tok_is(&st->t[i - 1], WH(from)))
                return SIZE_MAX;
        return di;
    }
    return SIZE_MAX;
}

/* The date, a whole day with its year, in brackets that close the
 * sentence after the figure at k, no other date nor a "from" figure's
 * between ("..., raising $2.25 billion (Mar 29, 2018)"); SIZE_MAX if
 * none. */
static size_t closing_day(const struct doc *d, const struct sent *st, size_t k)
{
    if (d->da == d->db)
        return SIZE_MAX;
    size_t di = d->db - 1;
    const struct date_expr *de = &d->dates.v[di];
    if (de->first <= k || de->rel != DR_ABS || !de->when.y || !de->when.m || !de->when.d || de->when.y2 ||
        d->background[di] || (de->flags & (DF_COMPARE | DF_BOUND | DF_FROM)) || de->first == 0 ||
        !(st->t[de->first - 1].flags & TF_OPEN) || de->last + 1 >= st->b || !(st->t[de->last + 1].flags & TF_CLOSE))
        return SIZE_MAX;
    for (size_t i = de->last + 2; i < st->b; i++)
        if (!(st->t[i].kind == TK_PUNCT && (st->t[i].flags & TF_SENT_END)))
            return SIZE_MAX;
    /* (on the figure's line: the next of a list of headlines without
     * their stops runs on into it, "Alipay Monthly Users Hit 711 Million"
     * over "... After $14 Billion Round  (Jun 8, 2018)") */
    if ((di > d->da && d->dates.v[di - 1].first > k) || st->t[k].line != st->t[de->first].line)
        return SIZE_MAX;
    for (size_t i = k + 1; i < de->first; i++)
        if (is_quantity(&st->t[i]) && tok_is(&st->t[i - 1], WH(from)))
            return SIZE_MAX;
    return di;
}

/* The date at di (see later_date_at) dates a figure.  An origin's date
 * stays its own: the paragraph does not go on speaking of it. */
static void take_later_date(struct doc *d, size_t di, bool origin)
{
    d->picked[di] = true;
    if (origin)
        d->background[di] = true;
}

static void first_half_end(const struct doc *d, const struct date_expr *de, struct date *w);

/* The period in *w of later_date_at()'s date, which it takes; false if
 * there is none. */
static bool later_date(struct doc *d, const struct sent *st, size_t k, bool writing, bool origin, struct date *w)
{
    size_t di = later_date_at(d, st, k, writing, w);
    if (di == SIZE_MAX)
        return false;
    take_later_date(d, di, origin);
    /* (a half's flow by its last month: "90,000 were added in the first
     * half of 2006") */
    first_half_end(d, &d->dates.v[di], w);
    return true;
}

/* Is the date later_date_at() finds for the figure at k a month or a day
 * of the year w (a year alone)?  Then it is taken, into *later. */
static bool refines_later(struct doc *d, const struct sent *st, size_t k, bool origin, const struct date *w,
                          struct date *later)
{
    size_t di = later_date_at(d, st, k, false, later);
    if (di == SIZE_MAX || later->y != w->y || !later->m || later->y2)
        return false;
    take_later_date(d, di, origin);
    return true;
}

/* ---- a sentence --------------------------------------------------------------------- */

/* A cue of another indicator that ends at end (exclusive), for a figure of
 * class cls: its rule and [*ca, end), or -1.  With one word w0 given, the
 * cue may also be w0 followed by cue ph's words after its first ("3G and
 * 4G base stations": "3G base stations"). */
static int cue_ending(const struct doc *d, const struct sent *st, size_t end, enum unit_class cls, int other,
                      size_t *ca, int *cue)
{
    const struct rules *r = d->r;
    if (end <= st->a || st->t[end - 1].kind != TK_WORD)
        return -1;
    const struct cue_ref *ra, *rb;
    rules_cues_ending(r, st->t[end - 1].hash, &ra, &rb);
    int best = -1;
    size_t best_a = end;
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if ((int)ra->rule == other || ru->change != CH_NONE || !class_fits(ru->unit, cls) ||
            ph->h[ph->n - 1] != st->t[end - 1].hash)
            continue;
        size_t s0 = match_back(st->t, end, st->a, ph);
        if (s0 != SIZE_MAX && s0 < best_a) {
            best = (int)ra->rule;
            best_a = s0;
            *cue = (int)ra->cue;
        }
    }
    *ca = best_a;
    return best;
}

/* Only "and" or "," between a and b? */
static bool joined(const struct sent *st, size_t a, size_t b)
{
    if (a >= b)
        return false;
    for (size_t i = a; i < b; i++)
        if (!tok_is(&st->t[i], WH(and)) && !(st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ','))
            return false;
    return true;
}

/* Give the nq figures at q the names of the last list of nq names joined
 * by "and" or "," in [from, to), in turn; nothing if there is no such list. */
static void names_in_turn(const struct sent *st, struct numinfo *ni, const size_t *q, size_t nq, size_t from,
                          size_t to)
{
    size_t na[8], nb[8];
    size_t nn = 0;
    for (size_t i = from; i < to && nn < 8;) {
        size_t e;
        if (name_at(st, i, to, &e)) {
            if (nn && !joined(st, nb[nn - 1], i))
                nn = 0; /* a new list starts */
            na[nn] = i;
            nb[nn++] = e;
            i = e;
        } else {
            i++;
        }
    }
    if (nn != nq)
        return;
    for (size_t i = 0; i < nq; i++) {
        free(ni[q[i]].entity);
        ni[q[i]].entity = name_text(st, na[i], nb[i]);
    }
}

/* "the transaction volumes of Alipay, Tenpay and UnionPay were 3.9
 * trillion yuan, 0.8 trillion yuan and 1.1 trillion yuan, respectively":
 * figures after one cue and a list of as many names belong to each name in
 * turn. */
static void respective_names_after_cue(const struct sent *st, struct numinfo *ni)
{
    const struct token *t = st->t;
    size_t q[8];
    size_t nq = 0;
    for (size_t k = st->a; k < st->b && nq < 8; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip || ni[k].change)
            continue;
        if (nq && (!joined(st, q[nq - 1] + 1, ni[k].qstart) || num_class(&t[k]) != num_class(&t[q[0]])))
            break;
        q[nq++] = k;
    }
    if (nq < 2 || ni[q[0]].rule < 0 || ni[q[0]].cue_after || ni[q[0]].cue_b > ni[q[0]].qstart)
        return;
    for (size_t i = 1; i < nq; i++)
        if (ni[q[i]].rule != ni[q[0]].rule)
            return;
    names_in_turn(st, ni, q, nq, ni[q[0]].cue_b, ni[q[0]].qstart);
}

/* Figures of one rule listed ("500 million and 600 million", "CNY55.7
 * billion, CNY185.3 billion and ...") right before as many dates listed
 * ("at the end of 2012 and 2013", "in September and December 2013"): the
 * i-th date is the i-th figure's, a date without its year taking the
 * last one's ("respectively" or not). */
static void pair_listed_dates(struct doc *d, const struct sent *st, struct numinfo *ni)
{
    enum { MAXL = 8 };
    const struct token *t = st->t;
    for (size_t k = st->a; k < st->b; k++) {
        /* (a change's rule is found later: its kind of change says) */
        if (!is_quantity(&t[k]) || ni[k].skip || d->in_table[k])
            continue;
        size_t q[MAXL], nq = 0, j = k + 1;
        q[nq++] = k;
        for (;;) {
            if (bracket_restatement_at(st, j))
                j += 3;
            size_t s = j;
            if (s < st->b && t[s].kind == TK_PUNCT && st->s[t[s].off] == ',')
                s++;
            if (s < st->b && tok_is(&t[s], WH(and)))
                s++;
            if (s == j || s >= st->b || !is_quantity(&t[s]) || ni[s].qstart != s || ni[s].skip ||
                ni[s].change != ni[k].change || num_class(&t[s]) != num_class(&t[k]) || nq == MAXL)
                break;
            q[nq++] = s;
            j = s + 1;
        }
        /* (one rule for all, or the noun after the last, none before it:
         * "500 million and 600 million netizens in 2012 and 2013") */
        const struct numinfo *lq = &ni[q[nq - 1]];
        bool same = true, shared = lq->rule >= 0 && lq->cue_after && !lq->change;
        for (size_t i = 0; i + 1 < nq; i++) {
            same = same && ni[q[i]].rule == lq->rule;
            shared = shared && ni[q[i]].rule < 0 && viable(d, st, (size_t)lq->rule, &t[q[i]]);
        }
        if (nq < 2 || !(same || shared) || (lq->rule < 0 && !lq->change)) {
            k = q[nq - 1];
            continue;
        }
        /* (past the figures' own noun: "500 million and 600 million
         * users") */
        while (j < st->b && j < q[nq - 1] + 4 && t[j].kind == TK_WORD && !d->in_date[j])
            j++;
        /* (a list that does not pair is passed whole, not paired from
         * its second figure on) */
        size_t end = q[nq - 1];
        size_t di = first_date_from(d, d->da, d->db, j);
        if (di >= d->db || d->dates.v[di].first != j) {
            k = end;
            continue;
        }
        size_t dl[MAXL], nd = 0;
        dl[nd++] = di;
        while (nd < MAXL && di + 1 < d->db) {
            const struct date_expr *a = &d->dates.v[di], *b = &d->dates.v[di + 1];
            size_t g = a->last + 1;
            if (g < st->b && t[g].kind == TK_PUNCT && st->s[t[g].off] == ',')
                g++;
            if (g < st->b && tok_is(&t[g], WH(and)))
                g++;
            if (g == a->last + 1 || b->first != g)
                break;
            dl[nd++] = ++di;
        }
        if (nd != nq) {
            k = end;
            continue;
        }
        const struct date_expr *last = &d->dates.v[dl[nd - 1]];
        struct date w[MAXL];
        bool ok = true;
        for (size_t i = 0; i < nd && ok; i++) {
            const struct date_expr *de = &d->dates.v[dl[i]];
            struct date ctx = {0};
            ctx.y = last->when.y;
            ok = de->rel == DR_ABS && !de->when.y2 && !(de->flags & (DF_COMPARE | DF_BOUND | DF_FROM)) &&
                 date_of(d, de, !de->when.y && last->when.y ? &ctx : NULL, &w[i]) && w[i].y && !w[i].y2;
        }
        for (size_t i = 0; i < nd && ok; i++) {
            ni[q[i]].when = w[i];
            ni[q[i]].has_when = true;
            ni[q[i]].date = (int)dl[i];
            ni[q[i]].own_pick = (int)dl[i] + 1;
            if (!same) {
                ni[q[i]].rule = lq->rule;
                ni[q[i]].cue_a = lq->cue_a;
                ni[q[i]].cue_b = lq->cue_b;
                ni[q[i]].cue_after = true;
                ni[q[i]].cue = lq->cue;
            }
        }
        k = end;
    }
}

/* "Alipay and WeChat had 300 million and 270 million active users
 * respectively": figures listed before one cue after them count what it
 * names, and a list of as many names before them says whose each is. */
static void respective_names(struct doc *d, const struct sent *st, struct numinfo *ni)
{
    const struct token *t = st->t;
    size_t q[4];
    size_t nq = 0;
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip || ni[k].change)
            continue;
        if (nq && (nq == 4 || !joined(st, q[nq - 1] + 1, ni[k].qstart) ||
                   num_class(&t[k]) != num_class(&t[q[0]])))
            break;
        q[nq++] = k;
        if (ni[k].rule >= 0)
            break;
    }
    if (nq < 2 || ni[q[nq - 1]].rule < 0 || !ni[q[nq - 1]].cue_after)
        return;
    const struct numinfo *last = &ni[q[nq - 1]];
    for (size_t i = 0; i + 1 < nq; i++) {
        if (ni[q[i]].rule >= 0 || !viable(d, st, (size_t)last->rule, &t[q[i]]))
            return;
    }
    for (size_t i = 0; i + 1 < nq; i++) {
        ni[q[i]].rule = last->rule;
        ni[q[i]].cue_a = last->cue_a;
        ni[q[i]].cue_b = last->cue_b;
        ni[q[i]].cue_after = true;
        ni[q[i]].cue = last->cue;
    }
    /* the names: the last list of nq names joined by "and" or "," */
    names_in_turn(st, ni, q, nq, st->a, ni[q[0]].qstart);
}

/* With "respectively": figures that one cue took, listed after a list of
 * items ("netizens and mobile netizens", "3G and 4G base stations"), count
 * those items in order. */
static void respective_cues(struct doc *d, const struct sent *st, struct numinfo *ni)
{
    respective_names(d, st, ni);
    respective_names_after_cue(st, ni);
    const struct token *t = st->t;
    size_t q[4];
    size_t nq = 0;
    for (size_t k = st->a; k < st->b && nq < 4; k++)
        if (is_quantity(&t[k]) && !ni[k].skip && !ni[k].change && ni[k].rule >= 0 && !ni[k].cue_after)
            q[nq++] = k;
    if (nq < 2)
        return;
    for (size_t i = 1; i < nq; i++)
        if (ni[q[i]].rule != ni[q[0]].rule || ni[q[i]].cue_a != ni[q[0]].cue_a)
            return;
    /* the items, last first: the cue itself, then what "and" or "," joins to it */
    const struct rule *ru = &d->r->v[ni[q[0]].cue_rule ? ni[q[0]].cue_rule - 1 : ni[q[0]].rule];
    const struct phrase *ph = &ru->cue.v[ni[q[0]].cue];
    enum unit_class cls = num_class(&t[q[0]]);
    int rules[4], cues[4];
    size_t cas[4], cbs[4];
    rules[nq - 1] = ni[q[0]].rule;
    cues[nq - 1] = ni[q[0]].cue;
    cas[nq - 1] = ni[q[0]].cue_a;
    cbs[nq - 1] = ni[q[0]].cue_b;
    size_t at = ni[q[0]].cue_a;
    for (size_t i = nq - 1; i-- > 0;) {
        /* the joint before the item: "and", ",", ", and" */
        size_t j = at;
        if (j > st->a && tok_is(&t[j - 1], WH(and)))
            j--;
        if (j > st->a && t[j - 1].kind == TK_PUNCT && st->s[t[j - 1].off] == ',')
            j--;
        if (j == at || j <= st->a)
            return;
        size_t ca;
        int cue = 0;
        int other = cue_ending(d, st, j, cls, rules[i + 1], &ca, &cue);
        if (other < 0 && ph->n >= 2 && t[j - 1].kind == TK_WORD) {
            /* "3G and 4G base stations": the first word alone, the rest shared */
            struct phrase alt = *ph;
            alt.h[0] = t[j - 1].hash;
            for (size_t ri = 0; ri < d->r->n && other < 0; ri++) {
                const struct rule *r2 = &d->r->v[ri];
                if ((int)ri == rules[i + 1] || r2->change != CH_NONE || !class_fits(r2->unit, cls))
                    continue;
                for (size_t c = 0; c < r2->cue.n; c++)
                    if (r2->cue.v[c].n == alt.n && memcmp(r2->cue.v[c].h, alt.h, sizeof *alt.h * (size_t)alt.n) == 0) {
                        other = (int)ri;
                        cue = (int)c;
                        break;
                    }
            }
            ca = j - 1;
        }
        if (other < 0)
            return;
        rules[i] = other;
        cues[i] = cue;
        cas[i] = ca;
        cbs[i] = j;
        at = ca;
    }
    for (size_t i = 0; i + 1 < nq; i++) {
        struct numinfo *n = &ni[q[i]];
        if (!viable(d, st, (size_t)rules[i], &t[q[i]]))
            continue;
        n->rule = rules[i];
        n->cue_a = cas[i];
        n->cue_b = cbs[i];
        n->cue = cues[i];
    }
}

/* A span of months back from the figure's date at token i: "over six
 * months ago", "in the past three months", "during the last two months",
 * "(compared with) four months earlier".  How many, or 0. */
static int months_back(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    bool lead = tok_is(&t[i], WH(in)) || str_ieq(st->s + t[i].off, t[i].len, "over") ||
                str_ieq(st->s + t[i].off, t[i].len, "during") || str_ieq(st->s + t[i].off, t[i].len, "than");
    size_t j = lead ? i + 1 : i;
    if (lead && j < st->b && str_ieq(st->s + t[j].off, t[j].len, "the"))
        j++;
    bool past = lead && j < st->b &&
                (str_ieq(st->s + t[j].off, t[j].len, "past") || str_ieq(st->s + t[j].off, t[j].len, "last"));
    if (past)
        j++;
    /* "grew by 4.934 million in the month to 43.994 million": a month's
     * change, from the month before */
    if (lead && !past && j == i + 2 && j < st->b && str_ieq(st->s + t[j].off, t[j].len, "month"))
        return 1;
    if (j + 1 >= st->b)
        return 0;
    int n = -1;
    if (t[j].kind == TK_NUM && (t[j].flags & TF_SMALLINT) && !(t[j].flags & TF_YEAR) && t[j].value >= 1 &&
        t[j].value <= 24)
        n = (int)t[j].value;
    else if (t[j].kind == TK_WORD)
        n = scan_word_number(st->s + t[j].off, t[j].len);
    if (n < 1 || n > 24 || !(str_ieq(st->s + t[j + 1].off, t[j + 1].len, "months") || (n == 1 && str_ieq(st->s + t[j + 1].off, t[j + 1].len, "month"))))
        return 0;
    bool ago = j + 2 < st->b && (str_ieq(st->s + t[j + 2].off, t[j + 2].len, "ago") ||
                                 str_ieq(st->s + t[j + 2].off, t[j + 2].len, "earlier") ||
                                 str_ieq(st->s + t[j + 2].off, t[j + 2].len, "before"));
    /* ("over six months ago"; "in the past three months"; not "in three
     * months", which may lie ahead, nor a bare "six months earlier" far
     * from its change; but right after a change's figure, "up 31.4
     * percent in six months", the span it came in) */
    bool after_change = lead && j == i + 1 && i > st->a && is_quantity(&t[i - 1]) && tok_is(&t[i], WH(in));
    return (lead && (past || ago || after_change)) || (!lead && ago) ? n : 0;
}

/* The change n is of rule ri, a change of the level rule level, its cue
 * the tokens [a, b) (its date still to be found). */
static void change_named(struct numinfo *n, int ri, size_t a, size_t b, int level)
{
    n->rule = ri;
    n->cue_a = a;
    n->cue_b = b;
    n->date = -1;
    n->level_sec = level + 1;
}

/* Is token i in a date the sentence compares with ("over the second
 * quarter of 2012")? */
static bool compared_date_at(const struct doc *d, size_t i)
{
    for (size_t di = d->da; di < d->db; di++)
        if (d->dates.v[di].first <= i && i <= d->dates.v[di].last)
            return (d->dates.v[di].flags & DF_COMPARE) != 0;
    return false;
}

/* v rounded to dec decimals, the figures' own ("45.8 - 3.7" is 42.1, not
 * 42.099999999999994); as it is where that many cannot be held. */
static double to_decimals(double v, int dec)
{
    double sc = pow(10, dec);
    return dec <= 6 && fabs(v) * sc < 9e15 ? round(v * sc) / sc : v;
}

/* The level before a change: from the level's value (written with ldec
 * decimals, qualified lq) and the change at ct, of a rule counting in
 * class unit; its qualifier in *q and its arithmetic in note (with
 * suffix).  False where there is none (a fall of 100 percent or more). */
static bool level_before(double level, int ldec, enum qualifier lq, const struct token *ct, const struct numinfo *ch,
                         enum unit_class unit, double *prev, enum qualifier *q, char note[256], const char *suffix)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], c[NUM_FMT_MAX];
    double cv = ch->down ? -ct->value : ct->value; /* a fall is negative */
    num_fmt(level, a);
    num_fmt(cv, b);
    if (ch->change == CH_INCREASE) {
        /* to the decimals written: 45.8 - 3.7 is 42.1, not 42.099999999999994 */
        *prev = to_decimals(level - cv, ldec > ct->decimals ? ldec : ct->decimals);
        *q = ch->q == Q_EXACT && lq == Q_EXACT ? Q_EXACT : Q_ABOUT;
        num_fmt(*prev, c);
        snprintf(note, 256, "derived: %s - %s = %s%s", a, b, c, suffix);
    } else {
        if (cv <= -100)
            return false;
        *prev = level / (1 + cv / 100);
        if (unit == UC_PEOPLE || unit == UC_COUNT || *prev >= 1000)
            *prev = floor(*prev + 0.5);
        *q = ch->q == Q_MORE_THAN ? Q_LESS_THAN : ch->q == Q_LESS_THAN ? Q_MORE_THAN : Q_ABOUT;
        num_fmt(*prev, c);
        snprintf(note, 256, "derived: %s / (1 + %s/100) = %s%s", a, b, c, suffix);
    }
    return true;
}

/* A change of the figure another change stood for stands for it too. */
static void copy_stood_for(struct numinfo *n, const struct numinfo *o)
{
    n->stands_for = o->stands_for;
    n->sf_value = o->sf_value;
    n->sf_decimals = o->sf_decimals;
    n->sf_q = o->sf_q;
    n->sf_unit = o->sf_unit;
}

/* The level before the figure a change stands for, where the change's
 * sentence names its base: "... hit 253 million by the end of June. ||
 * The figure was 43 million more than at the end of last year" (the
 * level of 2007), "This was an increase of 19.1% from the end of 2016",
 * "a year-on-year rise of 56.2 percent" (the level a year before). */
static void derive_stood_for(struct doc *d, const struct sent *st, size_t ch_k, const struct numinfo *ch)
{
    const struct rule *cr = &d->r->v[ch->rule];
    const struct rule *base = cr->base ? rules_find(d->r, cr->base) : NULL;
    if (!base || !ch->entity || !ch->has_when || !ch->when.y || ch->when.y2 || ch->sf_value <= 0)
        return;
    if (ch->level_sec > 0 && (size_t)ch->level_sec <= d->r->n)
        base = &d->r->v[ch->level_sec - 1];
    const struct token *t = st->t, *ct = &t[ch_k];
    /* its base: a date compared with after it in its clause, or a year's */
    struct date w = {0};
    bool have = false;
    for (size_t di = d->da; di < d->db && !have; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first > ch_k && de->first < st->b && (de->flags & DF_COMPARE) && same_clause(st, ch_k, de->first) &&
            date_of(d, de, NULL, &w) && !w.y2) {
            have = true;
            /* ("from a year earlier": the same time a year before, not
             * the end of last year) */
            if (de->rel == DR_PREV_YEAR && !(de->flags & DF_END_OF) && !de->when.m && ch->when.m) {
                w = ch->when;
                w.y--;
            }
            /* (a day's figure "up 60 percent from 2014": that year's day) */
            else if (!w.m && w.y < ch->when.y && ch->when.d && day_indicator(d->r, base->id)) {
                w.m = ch->when.m;
                w.d = ch->when.d;
            }
        }
    }
    for (size_t i = ch_k + 1; !have && i < st->b && i <= ch_k + 4; i++)
        if (yoy_at(st, i, true)) {
            w = ch->when;
            w.y--;
            have = true;
        }
    if (!have)
        for (size_t i = ch->qstart; !have && i > st->a && i + 8 > ch->qstart; i--)
            if (yoy_at(st, i - 1, true) || (i >= st->a + 2 && yoy_at(st, i - 2, false))) {
                w = ch->when;
                w.y--;
                have = true;
            }
    if (!have || !(w.y < ch->when.y || (w.y == ch->when.y && w.m && w.m < (ch->when.m ? ch->when.m : 13))))
        return;
    double cv = ch->down ? -ct->value : ct->value, prev;
    char note[256];
    enum qualifier q;
    if (ch->change == CH_GROWTH && strcmp(ct->unit ? ct->unit : "", "percent") != 0)
        return;
    if (!level_before(ch->sf_value, ch->sf_decimals, ch->sf_q, ct, ch, base->unit, &prev, &q, note,
                      " (the figure before)"))
        return;
    if (prev <= 0 || prev >= ch->sf_value * (ch->change == CH_INCREASE && cv < 0 ? 100 : 1))
        return;
    /* (not a level the sentence states itself: "The total was 63 percent
     * higher than the 35.02 billion yuan spent on last year's Singles' Day") */
    for (size_t j = st->a; j < st->b; j++)
        if (j != ch_k && is_quantity(&t[j]) && fabs(t[j].value - prev) <= 0.01 * prev)
            return;
    char *quote = make_quote(st, ch->qstart < ch_k ? ch->qstart : ch_k, ch_k, ch_k);
    char eb[SEG_ENTITY_MAX];
    const char *unit = ch->sf_unit;
    if (ch->change == CH_INCREASE && base->unit == UC_MONEY && (!ct->unit || !unit || strcmp(ct->unit, unit) != 0))
        unit = NULL; /* (an amount of another currency changes nothing here) */
    if (unit && !unwritten(base, ch->entity))
        emit_fact(d, base->id, seg_entity(base, ch->entity, eb, sizeof eb), &w, prev, unit, q, true, ct->line, quote,
                  note);
    free(quote);
}

static void derive(struct doc *d, const struct sent *st, size_t lvl_k, const struct numinfo *lvl,
                   size_t ch_k, const struct numinfo *ch, const struct numinfo *ni)
{
    const struct rule *base = &d->r->v[lvl->rule];
    const struct token *lt = &st->t[lvl_k], *ct = &st->t[ch_k];
    if (lvl->skip || !lvl->has_when || lvl->when.y2 || !lvl->when.y || ch->spanned)
        return;
    /* the earlier period: the base the text compares with ("compared with
     * the end of 2012", "on the previous year"), else the year before a
     * yearly figure */
    struct date w = lvl->when;
    bool dated = false;
    /* "up 21.9% from the previous quarter", "QoQ": from the quarter (the
     * month) before, whatever the sentence compares with after it ("and
     * nearly three times the level of the same period a year earlier") */
    if (ch->seq && lvl->when.m) {
        w.m -= ch->seq;
        if (w.m < 1) {
            w.m += 12;
            w.y--;
        }
        if (w.d)
            w.d = period_month_days(w.y, w.m);
        dated = true;
    }
    for (size_t di = d->da; di < d->db && !dated; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first <= ch_k || de->first >= st->b)
            continue;
        bool between_q = false;
        const struct numinfo *nis = d->ni - st->a;
        for (size_t i = ch_k + 1; i < de->first; i++)
            /* (the change restated as a rate may stand between: "an
             * increase of 14 million, or 18.2%, over the same period of
             * last year") */
            if (is_quantity(&st->t[i]) && !(nis[i].restates && nis[i].restated == ch_k))
                between_q = true;
        if (between_q)
            break;
        /* (or the time it was counted since: "an increase of 85.4 million
         * since March 2020") */
        bool since = (de->flags & DF_BOUND) && de->rel == DR_ABS && de->when.y &&
                     str_ieq(st->s + st->t[de->first].off, st->t[de->first].len, "since");
        if ((de->flags & (DF_COMPARE | DF_FROM)) || since) {
            dated = period_resolve(de, &lvl->when, &w) && !w.y2;
            /* ("an increase of 42.96 million from December 2020": the
             * year's end, the year's figure; but of a December's figure
             * kept as the month's, "282 million in December 2013, a 57%
             * increase from December 2012", the month) */
            if (dated && de->rel == DR_ABS && de->when.y && w.m == 12 && !w.d && !(lvl->when.m == 12 && !lvl->when.d))
                w.m = 0;
            /* (so is "six months ago" of a June's: "802 million at the end
             * of June, up 3.8 percent from six months ago", the year
             * before's end, as months counted back are) */
            if (dated && de->rel == DR_PREV_MONTH && w.m == 12 && !w.d)
                w.m = 0;
            /* "(in June,) 0.9 points higher than in December": a month
             * without its year, later than the figure's, is of the year before */
            if (dated && de->rel == DR_ABS && !de->when.y && w.m && lvl->when.m && w.y == lvl->when.y &&
                w.m > lvl->when.m) {
                w.y--;
                if (w.m == 12 && !w.d)
                    w.m = 0; /* (December's figure is the year's) */
            }
            /* (and December's, against a figure of a year: "+3.4% vs
             * Dec" of the year's figure is against the year before's end) */
            else if (dated && de->rel == DR_ABS && !de->when.y && w.m == 12 && !w.d && !lvl->when.m &&
                     w.y == lvl->when.y) {
                w.y--;
                w.m = 0;
            }
            /* "91.2 billion yuan on Singles Day, up 60 percent from last
             * year": the same day of the year before */
            if (dated && de->rel == DR_PREV_YEAR && !(de->flags & DF_END_OF) && !w.m && lvl->when.m &&
                w.y == lvl->when.y - 1 && !(lvl->when.m == 12 && (!lvl->when.d || lvl->when.d == 31))) {
                w = lvl->when;
                w.y--;
            }
            /* (of a day's, "91.2 billion yuan on 11 November, 60% more
             * than in 2014": that day in that year) */
            else if (dated && de->rel == DR_ABS && de->when.y && !de->when.m && !w.m && !w.y2 && lvl->when.m &&
                     lvl->when.d && lvl->when.d < 28 && w.y < lvl->when.y) {
                w.m = lvl->when.m;
                w.d = lvl->when.d;
            }
            /* (the base it states, for later changes of the block) */
            if (dated) {
                d->base_lvl = lvl->when;
                d->base_when = w;
                d->has_base = true;
            }
            break;
        }
    }
    /* "a net increase of 76.99 million since the start of the year": from
     * the end of the year before */
    for (size_t i = ch_k + 1; !dated && i + 5 < st->b && i < ch_k + 6; i++) {
        const struct token *x = &st->t[i];
        if (!(str_ieq(st->s + x->off, x->len, "since") || tok_is(x, WH(from))) || !str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "the") ||
            !(str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "start") ||
              str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "beginning")) ||
            !tok_is(&st->t[i + 3], WH(of)) || !tok_is(&st->t[i + 5], WH(year)) ||
            !(str_ieq(st->s + st->t[i + 4].off, st->t[i + 4].len, "the") || str_ieq(st->s + st->t[i + 4].off, st->t[i + 4].len, "this")))
            continue;
        if (!lvl->when.m || (lvl->when.m == 12 && !lvl->when.d))
            return; /* (a year's figure: its change over the year starts where?) */
        memset(&w, 0, sizeof w);
        w.y = lvl->when.y - 1;
        dated = true;
    }
    /* a change over the month the level ends ("3G subscribers totalled
     * 474.06 million, having grown by 5.87 million in August"): from the
     * month before; over months from the year's start ("grew by 27.36
     * million in January-October"): from the year before's end */
    if (!dated && ch->own_pick && ch->has_when && lvl->when.m && ch->when.y == lvl->when.y &&
        ch->when.m == lvl->when.m && !ch->when.d && !ch->when.y2 && (!lvl->when.d || lvl->when.d >= 28)) {
        const struct date_expr *cd = &d->dates.v[ch->own_pick - 1];
        /* (a month named, "in August", "in January-October"; not a change
         * said to be over the year before) */
        bool month_named = false, yoy = false;
        for (size_t i = cd->first; i <= cd->last && i < st->b && !month_named; i++)
            month_named = st->t[i].kind == TK_WORD && scan_month(st->s + st->t[i].off, st->t[i].len);
        for (size_t i = ch_k + 1; i < st->b && i < ch_k + 5 && !yoy; i++)
            yoy = yoy_at(st, i, false) > 0;
        if (month_named && !yoy && cd->when.m && !cd->when.d &&
            !(cd->flags & (DF_COMPARE | DF_FROM | DF_DAY_RANGE | DF_MONTH_RANGE))) {
            memset(&w, 0, sizeof w);
            w.y = lvl->when.y - 1;
            if (!(cd->flags & DF_TO_MONTH) && lvl->when.m > 1) {
                w.y = lvl->when.y;
                w.m = lvl->when.m - 1;
            }
            dated = true;
        }
    }
    /* (a net addition over months from the year's start, of a level of
     * the same months: "In January-October, net additions of 3G users
     * reached 98.94 million, and the total ... reached 226.99 million":
     * from the year before's end) */
    /* (or over the first half, the change's own span before the level it
     * led to: "grew by 14.42 million in the first half of the year to 632
     * million") */
    const struct date_expr *ld = lvl->date >= 0 && (size_t)lvl->date < d->dates.n ? &d->dates.v[lvl->date] : NULL;
    /* (or a count of people or things, a stock, the first half its date
     * wherever it stands: "In the first half of 2013, China Mobile's 3G
     * subscribers increased by 49.95 million to 137.879 million") */
    bool from_year_start = ld && (((ld->flags & DF_TO_MONTH) && lvl->when.m) ||
                                  ((ld->flags & DF_FIRST_HALF) && lvl->when.m == 6 && !lvl->when.y2 &&
                                   ((ld->first > ch_k && ld->first < lvl_k) || num_class(&st->t[lvl_k]) != UC_MONEY)));
    if (!dated && ch->change == CH_INCREASE && from_year_start) {
        bool yoy = false;
        for (size_t i = ch_k + 1; i < st->b && i < ch_k + 5 && !yoy; i++)
            yoy = yoy_at(st, i, false) > 0;
        if (!yoy) {
            memset(&w, 0, sizeof w);
            w.y = lvl->when.y - 1;
            dated = true;
        }
    }
    if (!dated) {
        /* "236 million in December 2015, an increase of 34% year-over-year":
         * the same month a year before */
        bool yoy = false;
        /* (of a day too: "processed 1.05 billion payment transactions
         * during the day, an increase of 48 percent year-on-year") */
        /* (not of a timeline entry's day: "revenue for the second quarter
         * was ..., an increase of 105% year on year" under "Sept. 25") */
        /* (a month's last day is a stock's date, "as at September 30": a
         * year before, the same day) */
        bool own_day = !lvl->when.d || lvl->day_named || lvl->date >= 0 || lvl->when.d >= 28;
        for (size_t i = ch_k + 1; i < st->b && i < ch_k + 5 && !yoy && own_day; i++)
            yoy = yoy_at(st, i, false) > 0;
        /* (a figure of months from the year's start is compared with the
         * same months of the year before: "rose 19.8 percent to 6.73
         * trillion yuan in the first ten months of 2019") */
        if (lvl->date >= 0 && (d->dates.v[lvl->date].flags & DF_TO_MONTH))
            yoy = true;
        /* "up 63.4% in half a year" (of June 2014): from six months before,
         * the end of December being its year's end */
        bool half = false;
        /* (a month's end is the month: "as of June 30") */
        bool month_end = !lvl->when.d || lvl->when.d >= 28;
        /* (not a flow over the first half, or a quarter: "GMV rose 41 per
         * cent to 171 billion yuan in the first half of the year", "Sales
         * climbed 14 percent to 20.9 billion yuan in the three months
         * ended June" are compared with those of the year before) */
        bool half_flow = lvl->date >= 0 && (size_t)lvl->date < d->dates.n &&
                         (d->dates.v[lvl->date].flags & (DF_FIRST_HALF | DF_QUARTER_END));
        if (half_flow)
            yoy = true;
        for (size_t i = ch_k + 1; i + 2 < st->b && i < ch_k + 8 && !half && !half_flow && lvl->when.m && month_end; i++) {
            bool lead = tok_is(&st->t[i], WH(in)) || str_ieq(st->s + st->t[i].off, st->t[i].len, "over") ||
                        str_ieq(st->s + st->t[i].off, st->t[i].len, "during");
            half = lead && str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "half") && tok_is(&st->t[i + 2], WH(a)) &&
                   i + 3 < st->b && tok_is(&st->t[i + 3], WH(year));
            /* ("in the half year", "in the first half", of a June figure) */
            half = half || (lead && lvl->when.m == 6 && str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "the") &&
                            ((str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "half") && i + 3 < st->b &&
                              tok_is(&st->t[i + 3], WH(year))) ||
                             (str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "first") && i + 3 < st->b &&
                              str_ieq(st->s + st->t[i + 3].off, st->t[i + 3].len, "half"))));
        }
        /* (or over a year's second half, of the year's level: "added 28
         * million new users during the second half of the year", from its
         * June) */
        if (!half && !half_flow && !lvl->when.m && !lvl->when.y2 && second_half_in(st, ch_k))
            half = true;
        /* "an increase of seven million over six months ago", "up 12% in
         * the past three months": from that many months before */
        int back = half ? 6 : ch->seq;
        /* (a year's figure is its end's: December's) */
        for (size_t i = ch_k + 1; i + 2 < st->b && i < ch_k + 6 && !back && month_end; i++)
            back = months_back(st, i);
        if (back) {
            w = lvl->when;
            /* (from a month's last day, the last day of the month before:
             * "as at June 30, up 21.3% from the previous quarter", of
             * March 31) */
            bool last_day = w.m && w.d && w.d == period_month_days(w.y, w.m);
            w.d = 0;
            w.m = (w.m ? w.m : 12) - back;
            while (w.m <= 0) {
                w.m += 12;
                w.y--;
            }
            if (last_day)
                w.d = period_month_days(w.y, w.m);
            if (w.m == 12)
                w.m = w.d = 0;
        } else {
            /* a weekly report's change is the week's: from the week before */
            if (d->weekly && lvl->when.d && !yoy) {
                w = lvl->when;
                if (!period_days_before(&w, 7))
                    return;
            } else if (!yoy && d->has_base && d->base_lvl.y == lvl->when.y && d->base_lvl.m == lvl->when.m &&
                       d->base_lvl.d == lvl->when.d) {
                /* (the base an earlier change of the paragraph stated, of a
                 * level of the same date: "1.079 billion netizens, up 11.09
                 * million from December 2022. The penetration rate was
                 * 76.4%, up 0.8 percentage points") */
                w = d->base_when;
            } else if (!yoy && d->festival && !d->weekly &&
                       ((lvl->when.m == 11 && lvl->when.d == 11) || (lvl->when.m == 6 && lvl->when.d == 18))) {
                /* (a festival day's, "1.05 billion payment transactions
                 * on the day, up 48 per cent": the festival a year before;
                 * not where the sentence states that level, "up 32% from
                 * the RMB 91.2 billion recorded a year earlier") */
                for (size_t j = st->a; j < st->b; j++)
                    if (j != lvl_k && is_quantity(&st->t[j]) && !ni[j].change &&
                        (ni[j].rule == lvl->rule || ni[j].from) && num_class(&st->t[j]) == num_class(lt))
                        return;
                w = lvl->when;
                w.y--;
            } else {
                if ((lvl->when.m && !yoy) || d->weekly)
                    return; /* a change of a monthly figure, or of a weekly report's, with no base stated */
                w = lvl->when;
                w.y--;
            }
        }
    }
    if (!(w.y < lvl->when.y || (w.y == lvl->when.y && w.m && w.m < (lvl->when.m ? lvl->when.m : 13)) ||
          (w.y == lvl->when.y && w.m == lvl->when.m && w.m && w.d && lvl->when.d && w.d < lvl->when.d)))
        return;
    double prev;
    char note[256];
    enum qualifier q;
    if (!level_before(lt->value, lt->decimals, lvl->q, ct, ch, base->unit, &prev, &q, note, ""))
        return;
    if (prev <= 0)
        return;
    if (!lvl->entity)
        return;
    /* (not a level the sentence states itself: "5.99 trillion yuan in
     * 2014 and 16.36 trillion yuan in 2015, an increase of 173 percent") */
    for (size_t j = st->a; j < st->b; j++)
        if (j != lvl_k && is_quantity(&st->t[j]) && ni[j].rule == lvl->rule && !ni[j].skip && !ni[j].change &&
            ni[j].has_when && ni[j].when.y == w.y && ni[j].when.m == w.m && !ni[j].when.y2 &&
            fabs(st->t[j].value - prev) <= 0.01 * prev)
            return;
    /* the level and its change, in either order ("rose 20 percent to Y") */
    size_t qa = lvl->qstart < lvl_k ? lvl->qstart : lvl_k, qb = ch_k;
    if (ch_k < qa) {
        qa = ch->qstart < ch_k ? ch->qstart : ch_k;
        qb = lvl_k;
    }
    char *quote = make_quote(st, qa, qb, qb);
    char eb[SEG_ENTITY_MAX];
    if (!unwritten(base, lvl->entity))
        emit_fact(d, base->id, seg_entity(base, lvl->entity, eb, sizeof eb), &w, prev, fact_unit(base, lt), q, true,
              ct->line, quote, note);
    free(quote);
}

/* "in the first six months of the year", "in the first half of 2019": a
 * flow dated by its last month, June (in a report on the end of June, or
 * a news item's about one, the report's date). */
/* The date a report's findings are of: its lead's, or as a later national
 * figure dated it again. */
static const struct date *report_date(const struct doc *d)
{
    return d->ref_again.y && d->ref_again.y == d->ref_date.y && d->ref_again.m == d->ref_date.m ? &d->ref_again
                                                                                                : &d->ref_date;
}

/* ... and a news item's on a statistical report. */
static const struct date *news_date(const struct doc *d)
{
    return d->ref_again.y && d->ref_again.y == d->news_ref.y && d->ref_again.m == d->news_ref.m ? &d->ref_again
                                                                                                : &d->news_ref;
}

static void first_half_end(const struct doc *d, const struct date_expr *de, struct date *w)
{
    if (!(de->flags & DF_FIRST_HALF) || w->m || w->y2)
        return;
    if (d->ref_date.y == w->y && d->ref_date.m == 6)
        *w = *report_date(d);
    else if (d->news_ref.y == w->y && d->news_ref.m == 6)
        *w = *news_date(d);
    else
        w->m = 6; /* (a flow of the first half is dated by its last month) */
}

/* The sentence's dates become the paragraph's context: a date frames what
 * follows when it dated a figure, or when it opens the sentence ("In March
 * 2014 Alibaba announced ..."). */
static bool dateline_date(const struct sent *st, const struct date_expr *de);
/* Is the date de one of a founding or a launch in an aside ("Founded in
 * Hangzhou in 1999", "the service Alibaba launched in December 2004")? */
static bool founding_date(const struct sent *st, const struct date_expr *de);

/* Does the sentence state no figure but its dates, and (wl given) a word
 * of wl? */
static bool figureless_with(const struct sent *st, const struct wordlist *wl)
{
    bool word = !wl;
    for (size_t i = st->a; i < st->b; i++) {
        if (is_quantity(&st->t[i]) && !(st->in_date && st->in_date[i]))
            return false;
        word = word || in_list(wl, &st->t[i]);
    }
    return word;
}

static void survey_time(struct date *w, int month);

static void dates_to_context(struct doc *d, const struct sent *st, struct date *para_ctx, bool *para_has,
                             bool frames)
{
    /* the last day named ("The festival on Nov. 11 again set records"),
     * not one compared with, nor one of a year gone by */
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        struct date w;
        if ((de->rel != DR_ABS && de->rel != DR_WEEKDAY) || d->background[di] ||
            (de->flags & (DF_COMPARE | DF_BOUND | DF_DAY_RANGE | DF_MONTH_RANGE | DF_FROM)) ||
            (de->flags & DF_SPAN_DAY) || !date_of(d, de, *para_has ? para_ctx : NULL, &w) || !w.d || w.y2 ||
            (d->doc_year && w.y < d->doc_year - 1))
            continue;
        /* ("on Nov. 11 last year": a day of the year before) */
        if (di + 1 < d->db && d->dates.v[di + 1].first == de->last + 1 && d->dates.v[di + 1].rel == DR_PREV_YEAR)
            continue;
        d->last_day = w;
    }
    /* (the date that opens the sentence frames the paragraph; a figure's
     * of a year before it told after it does not reframe it: "At the end
     * of 2023, the Fund's net assets were ..., after a decline of 1.28% in
     * 2022. The Fund had about 694 million holders at the year-end") */
    struct date opened = {0};
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        bool opens = frames || de->first == st->a || (de->first == st->a + 1 && st->t[st->a].kind == TK_SKIP);
        /* (or the day of a listing it tells: "Tencent was listed on the
         * Hong Kong Stock Exchange on 16 June 2004. The company offered
         * 420.2 million shares") */
        if (!opens && de->rel == DR_ABS && de->when.y && de->when.m && de->when.d && !de->when.y2 &&
            (de->flags & DF_LEAD))
            opens = figureless_with(st, &listing_word);
        /* (or a period of results anywhere in it, a quarter, a half, a
         * fiscal year: "Bilibili reported its first-quarter results. MAU
         * was 223 million") */
        if (!opens && (de->flags & (DF_QUARTER | DF_QUARTER_END | DF_QUARTER_YEAR | DF_FIRST_HALF | DF_FISCAL)) &&
            !de->when.d)
            opens = figureless_with(st, &results_word);
        /* (or a quarter with its year in the block's first sentence, no
         * figure in it: "E-payment business kept rapid development in Q2
         * 2015. Non-bank agencies had 20.66 billion ...") */
        if (!opens && (de->flags & DF_QUARTER_YEAR) && st->pa == st->pb && !de->when.d)
            opens = figureless_with(st, NULL);
        /* (or an item's day in brackets at the end of its headline, no
         * figure in it: "Perfect World lists on Nasdaq (July 26).") */
        if (!opens && de->when.d && de->first > st->a && (st->t[de->first - 1].flags & TF_OPEN) &&
            de->last + 1 < st->b && (st->t[de->last + 1].flags & TF_CLOSE) &&
            (de->last + 2 >= st->b || (st->t[de->last + 2].flags & TF_SENT_END)))
            opens = figureless_with(st, NULL);
        /* (nor the past a "since" phrase sets a figure against; nor a
         * founding's: "Taobao, launched in May 2003 with an investment of
         * 100 million yuan, has overtaken ..." dates no figure after it) */
        /* (nor "the same period of 2022", a comparison's time by its
         * words, whatever its preposition) */
        if ((!d->picked[di] && !opens) || d->background[di] || (de->flags & (DF_COMPARE | DF_BOUND | DF_SAME_PERIOD)) ||
            (!opens && since_clause_date(st, de)) || founding_date(st, de))
            continue;
        struct date w;
        if (st->a == 0 && dateline_date(st, de) && date_of(d, de, *para_has ? para_ctx : NULL, &w) && w.d && !w.y2)
            d->item_day = w;
        /* (not a results release's dateline, the year after the results:
         * "Hong Kong, March 14, 2012 - Tencent ... announced the results
         * for the year ended 31 December 2011") */
        if (date_of(d, de, *para_has ? para_ctx : NULL, &w) && !w.y2 && !d->doc_month && d->doc_year &&
            w.y == d->doc_year + 1 && dateline_date(st, de))
            continue;
        /* (nor a forecast's year, after the year of writing: "to 1.26
         * billion by 2025" frames no figure told after it) */
        if (!opens && d->doc_year && date_of(d, de, *para_has ? para_ctx : NULL, &w) && w.y > d->doc_year + 1)
            continue;
        if (date_of(d, de, *para_has ? para_ctx : NULL, &w) && !w.y2) {
            /* (a quarter's: "the quarter" of a sentence after it) */
            if (w.m && !w.d && (de->flags & (DF_QUARTER | DF_QUARTER_YEAR)) && !(de->flags & DF_COMPARE))
                d->last_quarter = w;
            /* (the time of writing "now" gives frames the paragraph, not
             * the ones after it: "About 74.5 percent of Internet users now
             * go online using a phone") */
            d->para_now = de->rel == DR_NOW;
            /* (in an item on the CNNIC's survey, the survey's: "At present
             * there are 94 million Internet users in China ... That
             * represents ... 14.5 million new Internet users, since
             * January 2004", in an item of January 2005, speaks of 2004) */
            if (de->rel == DR_NOW && d->cnnic && w.y == d->doc_year && !w.y2)
                survey_time(&w, d->doc_month ? d->doc_month : d->pub_month);
            /* ("in the whole year", "during the year", "the ninth month
             * this year": the year of the paragraph's date, which stays as
             * fine as it was) */
            if (*para_has && de->rel == DR_SAME_YEAR && para_ctx->y == w.y && para_ctx->m && !w.m)
                continue;
            if (opened.y && !opens && w.y < opened.y && !w.m && !(de->flags & DF_END_OF))
                continue;
            if (opens && !frames && de->first <= st->a + 1 && !opened.y && (de->flags & DF_END_OF) && !w.d)
                opened = w;
            first_half_end(d, de, &w);
            /* (the last day of a span dates the span's figures; the
             * paragraph goes on in its month: "536.3 million in the 12
             * months ended Sept. 30" / "monthly active users: 429.6
             * million") */
            d->span_day = w;
            if (de->flags & DF_SPAN_DAY)
                w.d = 0;
            else
                d->span_day.y = 0;
            *para_ctx = w;
            *para_has = true;
        }
    }
}

/* Is the amount at k written with its currency before it ("$150 billion",
 * "US$16"), not only after ("150 billion yuan", which a lower bound may
 * take from its upper)? */
static bool money_written_before(const struct sent *st, size_t k)
{
    const struct token *x = &st->t[k];
    return x->numoff > x->off;
}

/* Does the word "range" (or "ranging") stand just before qstart: "a price
 * range of $16 to $18"? */
static bool range_before(const struct sent *st, size_t qstart)
{
    for (size_t p = qstart; p > st->a && p + 4 > qstart; p--) {
        const struct token *w = &st->t[p - 1];
        if (w->kind == TK_WORD && (str_ieq(st->s + w->off, w->len, "range") || str_ieq(st->s + w->off, w->len, "ranging")))
            return true;
    }
    return false;
}

/* A figure that counts what another counts ("between X and Y", "from X to
 * Y", "compared with X"): the same rule and cue. */
static void share_cue(struct numinfo *to, const struct numinfo *from)
{
    take_cand(to, &(struct cand){.rule = from->rule, .a = from->cue_a, .b = from->cue_b, .after = from->cue_after,
                                 .cue = from->cue});
}

/* The part of the country a place right after figure k names ("69.1
 * percent in cities", "53.2 percent nationwide"): "urban", "rural", or ""
 * for the whole of it; NULL if none.  *end: the token after the place. */
static const char *place_after(const struct sent *st, size_t k, size_t *end)
{
    static const struct {
        const struct wordlist *wl;
        const char *segment;
    } places[] = {{&urban_place, "urban"}, {&rural_place, "rural"}, {&whole_place, ""}, {&mobile_place, "mobile"}};
    for (size_t i = 0; i < sizeof places / sizeof *places; i++) {
        size_t e = list_fwd(places[i].wl, st->t, st->n, k + 1, st->b);
        if (e) {
            *end = e;
            return places[i].segment;
        }
    }
    return NULL;
}

/* The level section of indicator id that counts the part named by the
 * len bytes at seg ("rural", "urban"; none: the plain section), the first
 * such; -1 if none. */
static int level_section(const struct rules *r, const char *id, const char *seg, size_t len)
{
    if (!len) {
        const struct rule *plain = rules_find(r, id);
        return plain ? (int)(plain - r->v) : -1;
    }
    for (size_t v = 0; v < r->n; v++)
        if (r->v[v].segment && r->v[v].change == CH_NONE && strcmp(r->v[v].id, id) == 0 &&
            str_ieq(seg, len, r->v[v].segment))
            return (int)v;
    return -1;
}

/* "538 million netizens, 388 million on mobile": the mobile part of what
 * figure k counts is an indicator of its own where there is one
 * ("mobile_netizens" of "netizens"); else the figure stays the whole's. */
static void mobile_section(struct doc *d, const struct sent *st, struct numinfo *n, size_t k)
{
    size_t e;
    const char *seg = place_after(st, k, &e);
    if (!seg || strcmp(seg, "mobile") != 0 || n->rule < 0)
        return;
    const struct rules *r = d->r;
    const struct rule *ru = &r->v[n->rule];
    char id[128];
    snprintf(id, sizeof id, "mobile_%s", ru->id);
    const struct rule *m = ru->change == CH_NONE ? rules_find(r, id) : NULL;
    if (m && m->change == CH_NONE && st->t[k].value >= m->min && st->t[k].value <= m->max) {
        if (!n->cue_rule)
            n->cue_rule = n->rule + 1;
        n->rule = (int)(m - r->v);
    }
}

/* A figure compared with another, of a part of the country its place
 * names ("Rural internet penetration stood at 33.1 percent, compared with
 * 69.1 percent in cities and 53.2 percent nationwide"): the section of the
 * same indicator that counts that part, or the plain one for the whole. */
static void place_section(struct doc *d, const struct sent *st, struct numinfo *n, size_t k)
{
    size_t e;
    const char *seg = place_after(st, k, &e);
    if (!seg || n->rule < 0)
        return;
    const struct rules *r = d->r;
    const struct rule *ru = &r->v[n->rule];
    if (strcmp(seg, "mobile") == 0) {
        mobile_section(d, st, n, k);
        return;
    }
    if (ru->change != CH_NONE || (ru->segment ? strcmp(ru->segment, seg) == 0 : !*seg))
        return;
    int v = level_section(r, ru->id, seg, strlen(seg));
    /* (the place is what tells: not the words the section excludes, which
     * keep a part's figures from the whole's) */
    if (v < 0 || st->t[k].value < r->v[v].min || st->t[k].value > r->v[v].max) {
        n->rule = -1; /* (of a part no section counts: not the cue's part) */
        return;
    }
    if (!n->cue_rule)
        n->cue_rule = n->rule + 1; /* (its cue is still the one it was found by) */
    n->rule = v;
}

/* The longest cue of a level indicator (no change's) that starts at token
 * p and ends by lim, of a rule want() takes, the first of equals; dir_max
 * 0 asks for cues that may stand either side of a number, 1 also for
 * those only after it.  rule -1 if none. */

static struct cue_at level_cue_at(struct doc *d, const struct sent *st, size_t p, size_t lim, int dir_max,
                                  cue_want want, const void *ctx)
{
    struct cue_at best = {-1, 0, 0, 0};
    bool best_req = false; /* the best's rule requires words the sentence has */
    const struct token *t = st->t;
    const struct cue_ref *ra, *rb;
    rules_cues_for(d->r, t[p].hash, &ra, &rb);
    for (; ra < rb; ra++) {
        const struct rule *ru = &d->r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if (ph->h[0] != t[p].hash || ru->change != CH_NONE || ph->dir < 0 || ph->dir > dir_max || ph->n < best.n)
            continue;
        /* (of two cues as long, the one of a section whose required words
         * the sentence has: "China's 3G networks added 2.3 million new
         * users" are 3G users, not netizens) */
        bool req = ru->require.n > 0 && required_words(ru, st);
        if (ph->n == best.n && (best_req || !req))
            continue;
        size_t e = match_fwd(t, st->n, p, ph, lim);
        if (e && want(d, st, ra->rule, ctx)) {
            best = (struct cue_at){(int)ra->rule, (int)ra->cue, ph->n, e};
            best_req = req;
        }
    }
    return best;
}

/* Rules that may take the figure at *ctx */
static bool want_viable(struct doc *d, const struct sent *st, size_t ri, const void *ctx)
{
    const struct token *nt = &st->t[*(const size_t *)ctx];
    return class_fits(d->r->v[ri].unit, num_class(nt)) && viable(d, st, ri, nt);
}

/* The verb of the figure starting at qstart, one of verbs, right before
 * it or before its "at" or "to": "totaled 1.27 million", "stood at":
 * its token, else SIZE_MAX. */
static size_t verb_of_figure(const struct sent *st, size_t qstart, const char *const *verbs, size_t nv)
{
    const struct token *t = st->t;
    size_t v = qstart;
    if (v > st->a && (str_ieq(st->s + t[v - 1].off, t[v - 1].len, "at") || tok_is(&t[v - 1], WH(to))))
        v--;
    if (v < st->a + 4 || t[v - 1].kind != TK_WORD || !str_ieq_any(st->s + t[v - 1].off, t[v - 1].len, verbs, nv))
        return SIZE_MAX;
    return v - 1;
}

/* Where a subject's cue may start in the sentence: its first word, past
 * "The" and "number of". */
static size_t subject_start(const struct sent *st, size_t lim)
{
    size_t p = st->a;
    if (p < lim && str_ieq(st->s + st->t[p].off, st->t[p].len, "the"))
        p++;
    if (p + 1 < lim && str_ieq(st->s + st->t[p].off, st->t[p].len, "number") && tok_is(&st->t[p + 1], WH(of)))
        p += 2;
    return p;
}

/* The cue that opens the sentence, where a clause that says more of it
 * stands between it and the verb of the figure at k: "Domain names
 * registered by Jiangsu users totaled 1.27 million", "The number of
 * websites whose sponsors are located in Jiangsu reached 196,000".  The
 * words of that clause name no figure of their own. */
static struct cand modified_subject_cue(struct doc *d, const struct sent *st, size_t k, size_t qstart)
{
    struct cand none = {-1, 1 << 30, 0, 0, false, 0};
    const struct token *t = st->t;
    static const char *const verbs[] = {"reached", "totaled", "totalled", "numbered", "hit", "was", "were",
                                        "stood", "amounted"};
    size_t v = verb_of_figure(st, qstart, verbs, sizeof verbs / sizeof *verbs);
    if (v == SIZE_MAX)
        return none;
    /* (the cue opens the sentence, past "The number of") */
    size_t p = subject_start(st, v);
    if (p >= v || t[p].kind != TK_WORD)
        return none;
    struct cue_at c = level_cue_at(d, st, p, v, 0, want_viable, &k);
    if (c.rule < 0 || c.end >= v)
        return none;
    static const char *const opens[] = {"whose", "which", "that", "registered", "located", "owned", "operated",
                                        "based", "hosted", "run", "held", "issued", "sponsored"};
    if (t[c.end].kind != TK_WORD || !str_ieq_any(st->s + t[c.end].off, t[c.end].len, opens, sizeof opens / sizeof *opens) ||
        v - c.end > 10)
        return none;
    for (size_t i = c.end; i < v; i++)
        if (is_quantity(&t[i]) || is_clause_break(&t[i]) || (t[i].kind == TK_PUNCT && st->s[t[i].off] == ','))
            return none;
    return (struct cand){c.rule, 0, p, c.end, false, c.cue};
}

static bool dash_at(const char *s, const struct token *d);

/* The cue that opens the sentence, where an aside set off by commas or
 * dashes stands between it and the verb of the figure at k: "Gross
 * merchandise volume (GMV) – the total value of goods sold across the
 * group's platforms – reached 268.4 billion yuan", "The fund's net
 * assets, a record, stood at ...".  The aside names no figure. */
static struct cand aside_subject_cue(struct doc *d, const struct sent *st, size_t k, size_t qstart)
{
    struct cand none = {-1, 1 << 30, 0, 0, false, 0};
    const struct token *t = st->t;
    static const char *const verbs[] = {"reached", "totaled", "totalled", "numbered", "hit", "was", "were",
                                        "stood", "amounted", "came", "topped", "exceeded", "rose", "grew",
                                        "climbed", "jumped", "increased", "surged"};
    size_t v = verb_of_figure(st, qstart, verbs, sizeof verbs / sizeof *verbs);
    if (v == SIZE_MAX || v < st->a + 4)
        return none;
    size_t close = v - 1; /* the mark that ends the aside */
    const struct token *cm = &t[close];
    bool comma = cm->kind == TK_PUNCT && st->s[cm->off] == ',';
    if (!comma && !dash_at(st->s, cm))
        return none;
    size_t open = close;
    while (open > st->a + 1 && open + 30 > close) {
        open--;
        const struct token *o = &t[open];
        if (is_quantity(o) || (o->flags & TF_SENT_END) || (o->kind == TK_PUNCT && st->s[o->off] == ';'))
            return none;
        if (comma ? (o->kind == TK_PUNCT && st->s[o->off] == ',') : dash_at(st->s, o))
            break;
    }
    if (open + 2 > close || !(comma ? (t[open].kind == TK_PUNCT && st->s[t[open].off] == ',') : dash_at(st->s, &t[open])))
        return none;
    /* (past the cue's abbreviation in brackets: "(GMV)") */
    size_t end = open;
    if (end >= st->a + 3 && (t[end - 1].flags & TF_CLOSE) && (t[end - 3].flags & TF_OPEN))
        end -= 3;
    size_t p = subject_start(st, end);
    if (p >= end || t[p].kind != TK_WORD)
        return none;
    struct cue_at c = level_cue_at(d, st, p, end, 0, want_viable, &k);
    if (c.rule < 0 || c.end != end)
        return none;
    return (struct cand){c.rule, 0, p, c.end, false, c.cue};
}

/* paid_amount()'s rules: money ones that may take the figure at *ctx */
static bool want_money(struct doc *d, const struct sent *st, size_t ri, const void *ctx)
{
    return d->r->v[ri].unit == UC_MONEY && viable(d, st, ri, &st->t[*(const size_t *)ctx]);
}

/* Is the word at i one that says what a count was worth: "worth",
 * "value", "valued", "amount", "amounting", "totalling", "turnover" ("16.935
 * billion transactions were made, up by 74.1 percent, with a turnover of
 * 65.48 trillion yuan")? */
static bool worth_word(const struct sent *st, size_t i)
{
    static const char *const w[] = {"worth", "value", "valued", "valuing", "amount", "amounting", "totalling", "totaling", "turnover"};
    return st->t[i].kind == TK_WORD && str_ieq_any(st->s + st->t[i].off, st->t[i].len, w, sizeof w / sizeof *w);
}

/* The longest money cue for the money at m that opens in [lo, hi) around
 * the count c: one before it ends by c, one after it (its own noun,
 * "14.92bn mobile payment transactions") by hi; where it opens into *at.
 * Not a deal's: what a count of things was worth is a volume ("received"
 * of "red envelopes were sent and received" is none).  at may be NULL. */
static struct cue_at money_cue_around(struct doc *d, const struct sent *st, size_t lo, size_t c, size_t hi, size_t m,
                                      size_t *at)
{
    struct cue_at best = {-1, 0, 0, 0};
    size_t best_at = 0;
    for (size_t p = lo; p < hi; p++) {
        if (st->t[p].kind != TK_WORD)
            continue;
        struct cue_at h = level_cue_at(d, st, p, p < c ? c : hi, 0, want_money, &m);
        if (h.rule >= 0 && (d->r->v[h.rule].entity == EK_SUBJECT || d->r->v[h.rule].entity == EK_OBJECT))
            continue;
        if (h.rule >= 0 && h.n > best.n) {
            best = h;
            best_at = p;
        }
    }
    if (at)
        *at = best_at;
    return best;
}

/* "The country's banks processed 14.92bn mobile payment transactions in
 * Q2. The value of these transactions totalled 62.88tn yuan": the money a
 * sentence gives that opens with the value of "these transactions" (or
 * "their value") is what the count of the sentence before was worth, of
 * the longest money cue before that count, as within one sentence (see
 * paid_amount). */
static void value_of_these(struct doc *d, const struct sent *st, struct numinfo *ni, size_t m)
{
    const struct token *t = st->t;
    if (st->pa == st->pb || num_class(&t[m]) != UC_MONEY || ni[m].rule >= 0)
        return;
    static const char *const value[] = {"value", "amount", "sum", "worth"};
    static const char *const these[] = {"these", "those", "such", "the"};
    static const char *const paid[] = {"transactions", "payments", "transaction", "payment"};
    size_t i = st->a;
    if (i < m && str_ieq(st->s + t[i].off, t[i].len, "the"))
        i++;
    bool their = i < m && str_ieq(st->s + t[i].off, t[i].len, "their");
    if (their)
        i++;
    if (!(i < m && t[i].kind == TK_WORD && str_ieq_any(st->s + t[i].off, t[i].len, value, 4)))
        return;
    i++;
    if (!their) {
        if (i + 2 >= m || !tok_is(&t[i], WH(of)) || !str_ieq_any(st->s + t[i + 1].off, t[i + 1].len, these, 4) ||
            !str_ieq_any(st->s + t[i + 2].off, t[i + 2].len, paid, 4))
            return;
        i += 3;
    }
    /* (then its verb: "totalled", "reached", "was") */
    for (; i < ni[m].qstart; i++)
        if (t[i].kind != TK_WORD || i > st->a + 8)
            return;
    /* the sentence before's count, its last */
    size_t c = SIZE_MAX;
    for (size_t x = st->pa; x < st->pb; x++)
        if (is_quantity(&t[x]) && num_class(&t[x]) == UC_COUNT && !(t[x].flags & TF_YEAR))
            c = x;
    if (c == SIZE_MAX)
        return;
    struct sent ps = *st;
    ps.a = st->pa;
    ps.b = st->pb;
    size_t lo = c;
    while (lo > ps.a && !is_quantity(&t[lo - 1]) && !is_clause_break(&t[lo - 1]))
        lo--;
    /* (or the count's own noun after it: "14.92bn mobile payment
     * transactions") */
    size_t hi = c + 1;
    while (hi < ps.b && hi < c + 6 && t[hi].kind == TK_WORD)
        hi++;
    struct cue_at best = money_cue_around(d, &ps, lo, c, hi, m, NULL);
    if (best.rule < 0)
        return;
    ni[m].rule = best.rule;
    ni[m].cue_a = st->a;
    ni[m].cue_b = ni[m].qstart;
    ni[m].cue_after = false;
    ni[m].cue = best.cue;
    ni[m].date = -1;
}

/* After the count c of transactions, the money m they were worth:
 * "82.15 billion transactions, totaling 49.48 trillion yuan".  Only the
 * count's noun, a comma and link words between; the rule is that of the
 * longest money cue in the clause before the count ("Mobile payment
 * business realized ..."). */
static void paid_amount(struct doc *d, const struct sent *st, struct numinfo *ni, size_t c, size_t m)
{
    const struct token *t = st->t;
    if (num_class(&t[c]) != UC_COUNT || num_class(&t[m]) != UC_MONEY)
        return;
    /* (or a clause of its own after the count's, its subject "the amount"
     * and its verb: "mobile payment transactions increased by 61.05% to
     * 27.274 billion and the amount increased by 31.52% year-on-year to
     * CNY86.11 trillion", "191.187 billion online payment transactions,
     * a year-on-year increase of 37.01%, and the total amount was
     * CNY63.99 trillion") */
    size_t the = SIZE_MAX;
    for (size_t i = c + 1; i + 1 < ni[m].qstart && i <= c + 20 && the == SIZE_MAX; i++) {
        if (is_clause_break(&t[i]) || (is_quantity(&t[i]) && !(num_class(&t[i]) == UC_PERCENT && ni[i].change) &&
                                       !d->in_date[i]))
            return;
        size_t w = i + 1;
        if (w < ni[m].qstart && str_ieq(st->s + t[w].off, t[w].len, "total"))
            w++;
        if (str_ieq(st->s + t[i].off, t[i].len, "the") && w < ni[m].qstart && t[w].kind == TK_WORD &&
            (str_ieq(st->s + t[w].off, t[w].len, "amount") || str_ieq(st->s + t[w].off, t[w].len, "value") ||
             str_ieq(st->s + t[w].off, t[w].len, "sum")) &&
            i > c + 1 && (in_list(&conjunction, &t[i - 1]) || (t[i - 1].kind == TK_PUNCT && st->s[t[i - 1].off] == ','))) {
            the = w + 1;
            for (size_t j = the; j < ni[m].qstart && the != SIZE_MAX; j++)
                if (!(t[j].kind == TK_WORD || d->in_date[j] || (t[j].flags & TF_HYPHEN) ||
                      (is_quantity(&t[j]) && num_class(&t[j]) == UC_PERCENT)))
                    the = SIZE_MAX;
            if (the == SIZE_MAX)
                return;
        }
    }
    size_t comma = SIZE_MAX;
    /* (past the count's date and its change, in clauses of their own:
     * "82.196 billion online payment transactions in 2015, an increase
     * of 119.51 percent over 2014, with a total value of 49.48 trillion
     * yuan"; "numbered 16.935 billion, up by 74.1 percent, with a value
     * of") */
    size_t last = SIZE_MAX;
    for (size_t i = c + 1; i < ni[m].qstart && i <= c + 24 && the == SIZE_MAX; i++)
        if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',')
            last = i;
    if (last != SIZE_MAX && last > c + 3) {
        bool worth = false;
        for (size_t i = last + 1; i < ni[m].qstart; i++) {
            if (t[i].kind != TK_WORD || !(worth_word(st, i) || rules_is_link(d->r, t[i].hash) || worth))
                return;
            worth = worth || worth_word(st, i);
        }
        if (!worth || !rules_is_link(d->r, t[ni[m].qstart - 1].hash))
            return;
        for (size_t i = c + 1; i < last; i++) {
            bool ok = t[i].kind == TK_WORD || d->in_date[i] ||
                      (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',') ||
                      (is_quantity(&t[i]) && num_class(&t[i]) == UC_PERCENT && ni[i].change);
            if (!ok)
                return;
        }
        comma = last;
    }
    for (size_t i = comma == SIZE_MAX ? c + 1 : ni[m].qstart; i < ni[m].qstart && the == SIZE_MAX; i++) {
        /* (the noun may have its complement: "10.58 billion internet
         * payment transactions for their clients, worth 6.89 trillion
         * yuan") */
        if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',' && comma == SIZE_MAX && i <= c + 8) {
            comma = i;
            continue;
        }
        if (comma == SIZE_MAX ? t[i].kind != TK_WORD : !(t[i].kind == TK_WORD && rules_is_link(d->r, t[i].hash)))
            return;
    }
    /* (or no comma, where the words say what it was worth: "numbered
     * 39.861 billion with a value of 21.96 trillion yuan") */
    if (comma == SIZE_MAX && the == SIZE_MAX) {
        size_t w = c + 1;
        while (w < ni[m].qstart && t[w].kind == TK_WORD && !worth_word(st, w))
            w++;
        if (w >= ni[m].qstart || !worth_word(st, w))
            return;
        for (size_t i = w; i < ni[m].qstart; i++)
            if (!(t[i].kind == TK_WORD && (worth_word(st, i) || rules_is_link(d->r, t[i].hash))))
                return;
    }
    size_t lo = c;
    /* (past the count's own change: "mobile payment transactions
     * increased by 61.05% year-on-year to 27.274 billion") */
    while (lo > st->a && (!is_quantity(&t[lo - 1]) || (ni[lo - 1].change && num_class(&t[lo - 1]) == UC_PERCENT)) &&
           !is_clause_break(&t[lo - 1]))
        lo--;
    size_t ba;
    struct cue_at best = money_cue_around(d, st, lo, c, c, m, &ba);
    if (best.rule < 0) {
        /* (what no money of the rules counts is no company's value either:
         * "Mobile payments processed by banks reached 3.77 billion
         * transactions in Q3, valued at 27.36 trillion yuan") */
        /* (it still holds its place among levels whose changes follow
         * "respectively": "online payments numbered 13.98 billion, valued
         * at RMB 541.29 trillion, up 17.13% and 2.93% respectively") */
        for (size_t i = c + 1; i < ni[m].qstart; i++)
            if (t[i].kind == TK_WORD && str_ieq(st->s + t[i].off, t[i].len, "valued"))
                ni[m].skip = ni[m].held = true;
        return;
    }
    ni[m].rule = best.rule;
    ni[m].cue_a = ba;
    ni[m].cue_b = best.end;
    ni[m].cue_after = false;
    ni[m].cue = best.cue;
    ni[m].date = -1;
}

/* change_in_names()'s rules: levels with a change indicator of the kind
 * at *ctx */
static bool want_changing(struct doc *d, const struct sent *st, size_t ri, const void *ctx)
{
    (void)st;
    return rules_change_of(d->r, *(const enum change_kind *)ctx, d->r->v[ri].id) >= 0;
}

/* The level rule a change written as a noun names: "a 60 per cent rise in
 * net profit", "a 12% increase in revenue": the rule of the longest cue
 * among the words after "in" (to the next comma or preposition), -2 if
 * there are words but no cue of a level with a change rule, -1 if the
 * change is not written so. */
static int change_in_names(struct doc *d, const struct sent *st, size_t k, size_t *to)
{
    *to = 0;
    static const char *const nouns[] = {"rise", "increase", "growth", "jump", "gain", "surge", "fall", "drop",
                                        "decline", "decrease"};
    const struct token *t = st->t;
    if (k + 3 >= st->b || t[k + 1].kind != TK_WORD || !tok_is(&t[k + 2], WH(in)))
        return -1;
    bool noun = false;
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns && !noun; i++)
        noun = str_ieq(st->s + t[k + 1].off, t[k + 1].len, nouns[i]);
    if (!noun)
        return -1;
    int best = -1, best_n = 0;
    enum change_kind ch = num_class(&t[k]) == UC_PERCENT ? CH_GROWTH : CH_INCREASE;
    size_t p = k + 3, words = 0;
    /* (past a date that opens them: "a 60 per cent rise in fourth-quarter
     * net profit") */
    while (p < st->b && d->in_date[p])
        p++;
    for (; p < st->b && words < 6; p++, words++) {
        if (t[p].kind != TK_WORD || in_list(&stop_after, &t[p]) || d->in_date[p])
            break;
        struct cue_at h = level_cue_at(d, st, p, st->b, 1, want_changing, &ch);
        if (h.rule >= 0 && h.n > best_n) {
            best = h.rule;
            best_n = h.n;
        }
    }
    /* "... rise in revenue to Rmb60.4bn": the level it led to */
    if (p + 1 < st->b && tok_is(&t[p], WH(to)) && is_quantity(&t[p + 1]))
        *to = p + 1;
    if (best >= 0)
        return best;
    return words ? -2 : -1;
}

/* change_names()'s rules: those of the class at *ctx whose context is met */
static bool want_counting(struct doc *d, const struct sent *st, size_t ri, const void *ctx)
{
    (void)st;
    return class_fits(d->r->v[ri].unit, *(const enum unit_class *)ctx) && context_met(d, ri);
}

/* Any level indicator whose context the paragraph meets. */
static bool want_levels(struct doc *d, const struct sent *st, size_t ri, const void *ctx)
{
    (void)ctx;
    const struct rule *ru = &d->r->v[ri];
    /* (nor a section whose words the sentence lacks: "Users decreased by
     * 184 million" is no CNNIC report's count of netizens) */
    return ru->change == CH_NONE && context_met(d, ri) &&
           required_words(ru, st);
}

/* The level rule a change right after the number names: "39.51 million
 * new netizens", "8 million more users", "12 million additional
 * subscribers" (not a percent: "30 percent more users" is a share); -1
 * if none. */
static int change_names(struct doc *d, const struct sent *st, size_t k)
{
    const struct token *t = st->t;
    size_t p = k + 1;
    /* (or the noun's passive of adding after it: "229,000 3G base stations
     * were newly added, bringing the total to 1.043 million") */
    bool added = false;
    for (size_t j = k + 2; j + 1 < st->b && j < k + 8 && t[j].kind == TK_WORD && !added; j++) {
        if (!(tok_is(&t[j], WH(were)) || tok_is(&t[j], WH(was))))
            continue;
        size_t v = j + 1;
        if (v + 1 < st->b && str_ieq(st->s + t[v].off, t[v].len, "newly"))
            v++;
        added = str_ieq(st->s + t[v].off, t[v].len, "added");
        if (!added)
            break;
    }
    if (p < st->b && (str_ieq(st->s + t[p].off, t[p].len, "new") || str_ieq(st->s + t[p].off, t[p].len, "more") ||
                      str_ieq(st->s + t[p].off, t[p].len, "additional")))
        p++;
    else if (!added)
        return -1;
    if (p >= st->b || t[p].kind != TK_WORD || num_class(&t[k]) == UC_PERCENT)
        return -1;
    enum unit_class cls = num_class(&t[k]);
    return level_cue_at(d, st, p, st->b, 1, want_counting, &cls).rule;
}

/* Make the change at k a change of the level at j, if the level's indicator
 * has a change indicator of that kind: its rule, cue and period. */
static void bind_change(const struct rules *r, struct numinfo *ni, size_t k, size_t j)
{
    struct numinfo *n = &ni[k];
    int ri = rules_change_of(r, n->change, r->v[ni[j].rule].id);
    if (ri < 0)
        return;
    n->rule = ri;
    n->cue_a = ni[j].cue_a;
    n->cue_b = ni[j].cue_b;
    n->cue_after = ni[j].cue_after;
    n->when = ni[j].when;
    n->has_when = ni[j].has_when;
    n->from = false;
    n->date = (int)j; /* reuse: index of the level */
}

/* Move w on by n units named by the word u (days, weeks, months, years),
 * to the precision w has. */
static void move_on(const struct sent *st, const struct token *u, int n, struct date *w)
{
    int days = 0, months = 0;
    const char *us = st->s + u->off;
    if (str_ieq(us, u->len, "day") || str_ieq(us, u->len, "days"))
        days = n;
    else if (str_ieq(us, u->len, "week") || str_ieq(us, u->len, "weeks"))
        days = 7 * n;
    else if (str_ieq(us, u->len, "month") || str_ieq(us, u->len, "months"))
        months = n;
    else if (str_ieq(us, u->len, "year") || str_ieq(us, u->len, "years"))
        months = 12 * n;
    else
        return;
    if (days && !w->m) { /* a year only: to the nearest year */
        w->y += (days + 182) / 365;
        return;
    }
    /* (a year's figure back by months is its end's, December's: "8.9
     * million by the end of 1999, double the 4 million of six months
     * earlier") */
    if (months < 0 && months % 12 && !w->m && !w->d)
        w->m = 12;
    if (months) {
        int total = w->y * 12 + (w->m ? w->m - 1 : 0) + months; /* (back too: "six months earlier") */
        w->y = total / 12;
        if (w->m) {
            w->m = total % 12 + 1;
            /* (a year's last month is the year's, as "the end of December") */
            if (months < 0 && w->m == 12)
                w->m = w->d = 0;
        }
        return;
    }
    struct tm tm = {0};
    tm.tm_year = w->y - 1900;
    tm.tm_mon = w->m - 1;
    tm.tm_mday = (w->d ? w->d : 1) + days;
    tm.tm_hour = 12;
    if (timegm(&tm) == (time_t)-1)
        return;
    w->y = tm.tm_year + 1900;
    w->m = tm.tm_mon + 1;
    if (w->d)
        w->d = tm.tm_mday;
}

/* "100 million users 433 days later", "two years after": move w on by the
 * span written just after the quantity at k (its noun between), to the
 * precision w has (a day, a month or a year). */
static void later(const struct sent *st, size_t k, struct date *w)
{
    const struct token *t = st->t;
    for (size_t i = k + 1; i + 2 < st->b && i <= k + 3; i++) {
        if (is_clause_break(&t[i]) || (t[i].kind == TK_PUNCT && st->s[t[i].off] == ','))
            return;
        int n = -1;
        if (t[i].kind == TK_NUM && (t[i].flags & TF_SMALLINT) && !(t[i].flags & TF_YEAR) &&
            t[i].value <= 100000) /* (a bare number may have any length) */
            n = (int)t[i].value;
        else if (t[i].kind == TK_WORD)
            n = scan_word_number(st->s + t[i].off, t[i].len);
        if (n <= 0 || n > 100000)
            continue;
        const struct token *u = &t[i + 1], *l = &t[i + 2];
        bool back = l->kind == TK_WORD && (str_ieq(st->s + l->off, l->len, "earlier") ||
                                           str_ieq(st->s + l->off, l->len, "before") ||
                                           str_ieq(st->s + l->off, l->len, "ago"));
        if (u->kind != TK_WORD || l->kind != TK_WORD ||
            !(str_ieq(st->s + l->off, l->len, "later") || str_ieq(st->s + l->off, l->len, "after") || back))
            return;
        /* (back by months only: "a year earlier" is read elsewhere) */
        if (back && !(str_ieq(st->s + u->off, u->len, "month") || str_ieq(st->s + u->off, u->len, "months")))
            return;
        move_on(st, u, back ? -n : n, w);
        return;
    }
}

/* "762 million in the previous quarter", "a month earlier": the figure at k
 * is of the quarter or month before the one of date w (a month's; w is left
 * as it is otherwise). */
static void period_before(const struct sent *st, size_t k, struct date *w)
{
    const struct token *t = st->t;
    /* (a year alone is its end: "at the end of December", of the year) */
    if (!w->m && !w->y)
        return;
    /* (not a list's figures that dates in their order go with: "compared
     * to RMB390.2 million and RMB298.3 million for the preceding quarter
     * and the fourth quarter of 2005, respectively") */
    for (size_t i = k + 1; i < st->b && !is_clause_break(&t[i]); i++)
        if (t[i].kind == TK_WORD && str_ieq(st->s + t[i].off, t[i].len, "respectively"))
            return;
    for (size_t i = k + 1; i < st->b && i <= k + 5; i++) {
        if (is_clause_break(&t[i]) || is_quantity(&t[i]) || (t[i].kind == TK_PUNCT && st->s[t[i].off] == ','))
            return;
        if (t[i].kind != TK_WORD)
            continue;
        int months = str_ieq(st->s + t[i].off, t[i].len, "quarter") ? 3 : str_ieq(st->s + t[i].off, t[i].len, "month") ? 1 : 0;
        if (!months)
            continue;
        static const char *const prior[] = {"previous", "prior", "preceding", "last"};
        static const char *const back[] = {"earlier", "before", "ago"};
        bool before = i > k + 1 && t[i - 1].kind == TK_WORD &&
                      str_ieq_any(st->s + t[i - 1].off, t[i - 1].len, prior, sizeof prior / sizeof *prior);
        bool ago = i + 1 < st->b && i > k + 1 && t[i + 1].kind == TK_WORD &&
                   str_ieq_any(st->s + t[i + 1].off, t[i + 1].len, back, sizeof back / sizeof *back) &&
                   (str_ieq(st->s + t[i - 1].off, t[i - 1].len, "a") || str_ieq(st->s + t[i - 1].off, t[i - 1].len, "the"));
        if (!before && !ago)
            return;
        int total = w->y * 12 + (w->m ? w->m : 12) - 1 - months;
        w->y = total / 12;
        w->m = total % 12 + 1;
        w->d = 0;
        return;
    }
}

/* "10 billion yuan within three months of its launch in January 2014":
 * a date that starts a span written just before it, moved on by the span. */
static void span_from(const struct sent *st, size_t first, struct date *w)
{
    const struct token *t = st->t;
    for (size_t o = first; o > st->a && o + 6 > first; o--) {
        /* (not past a figure or a clause: "in the first ten months of 2013,
         * against 21.2 billion yuan in the same period of 2012") */
        if (t[o - 1].kind != TK_WORD)
            return;
        if (!tok_is(&t[o - 1], WH(of)) && !str_ieq(st->s + t[o - 1].off, t[o - 1].len, "after"))
            continue;
        if (o < st->a + 4)
            return;
        const struct token *u = &t[o - 2], *q = &t[o - 3], *lead = &t[o - 4];
        int n = -1;
        if (q->kind == TK_NUM && (q->flags & TF_SMALLINT) && !(q->flags & TF_YEAR) && q->value <= 1000)
            n = (int)q->value;
        else if (q->kind == TK_WORD)
            n = scan_word_number(st->s + q->off, q->len);
        if (n <= 0 || u->kind != TK_WORD ||
            !(str_ieq(st->s + lead->off, lead->len, "within") || tok_is(lead, WH(in)) ||
              str_ieq(st->s + lead->off, lead->len, "first")))
            return;
        move_on(st, u, n, w);
        return;
    }
}

/* Is the word at w a noun before "up"/"down" and a figure, the verb left
 * out as headlines and lists leave it ("Internet users up 18.94 mln",
 * "Sales down 5%")?  Not a verb's particle ("made up", "cut down"), nor a
 * past tense or a gerund. */
static bool elliptic_change(const struct sent *st, size_t w)
{
    const struct token *t = &st->t[w];
    if (t->kind != TK_WORD || t->len < 3 || in_list(&particle_verb, t) || (st->in_date && st->in_date[w]))
        return false;
    const char *p = st->s + t->off;
    size_t n = t->len;
    bool ed = n >= 4 && (p[n - 2] == 'e' || p[n - 2] == 'E') && (p[n - 1] == 'd' || p[n - 1] == 'D');
    bool ing = n >= 5 && str_ieq(p + n - 3, 3, "ing");
    return !ed && !ing;
}

/* Is the figure starting at q the complement of a subject that is a
 * change: "The net increase of 3G users in the year was 168.77 million",
 * "the growth in online payments amounted to 28 percent"?  The clause,
 * from the sentence's start or its last comma, opens with the change's
 * noun and "of"/"in", ends with a verb of being or amounting, and holds no
 * other figure.  [*a, *b) are the words after "of", up to the verb. */
static bool has_word(const struct sent *st, size_t i)
{
    const struct token *t = &st->t[i];
    return t->kind == TK_WORD && (str_ieq(st->s + t->off, t->len, "has") || str_ieq(st->s + t->off, t->len, "have") ||
                                  str_ieq(st->s + t->off, t->len, "had"));
}

static bool change_subject(const struct sent *st, size_t q, size_t *a, size_t *b)
{
    static const char *const be[] = {"was",     "were",     "is",      "are",    "totaled", "totalled", "totaling",
                                     "reached", "reaches",  "hit",     "exceeded", "surpassed", "topped"};
    static const char *const lead[] = {"the", "a", "an", "net", "total", "annual", "yearly", "overall"};
    static const char *const noun[] = {"increase", "increases", "addition", "additions", "growth", "rise", "gain"};
    const struct token *t = st->t;
    size_t v = q; /* the verb */
    if (v >= st->a + 2 && (tok_is(&t[v - 1], WH(to)) || str_ieq(st->s + t[v - 1].off, t[v - 1].len, "at")) &&
        (str_ieq(st->s + t[v - 2].off, t[v - 2].len, "amounted") ||
         str_ieq(st->s + t[v - 2].off, t[v - 2].len, "stood") || str_ieq(st->s + t[v - 2].off, t[v - 2].len, "came")))
        v -= 2;
    else if (v > st->a && t[v - 1].kind == TK_WORD && str_ieq_any(st->s + t[v - 1].off, t[v - 1].len, be, sizeof be / sizeof *be))
        v--;
    else if (!(v > st->a && has_word(st, v - 1)))
        return false;
    /* (a perfect's: "has reached", "has exceeded", the verb a qualifier
     * of the figure) */
    if (v > st->a + 1 && has_word(st, v - 1))
        v--;
    size_t c = v;
    while (c > st->a && !(t[c - 1].kind == TK_PUNCT && strchr(",;:", st->s[t[c - 1].off]))) {
        /* (a clause "and the" opens: "75.6 million use its 3G service and
         * the number of newly added 3G users reached 24.38 million") */
        if (c < v && tok_is(&t[c - 1], WH(and)) && str_ieq(st->s + t[c].off, t[c].len, "the"))
            break;
        if (is_quantity(&t[c - 1]) && !(st->in_date && st->in_date[c - 1]))
            return false;
        c--;
    }
    /* (and "year-on-year": "The year-on-year growth rate was 75.4 per
     * cent") */
    static const char *const span[] = {"year", "on", "over", "yoy", "month", "quarter"};
    /* (a clause of its own after the level's: ", and the year-on-year
     * growth rate was 56.8 percent") */
    if (c < v && c > st->a && (tok_is(&t[c], WH(and)) || str_ieq(st->s + t[c].off, t[c].len, "while")))
        c++;
    /* (or one that a conjunction opens: "Although the annual growth rate
     * of Internet users in China reaches 31.7%, ...") */
    static const char *const conj[] = {"although", "though", "while", "whereas", "as", "because", "since"};
    if (c < v && t[c].kind == TK_WORD && str_ieq_any(st->s + t[c].off, t[c].len, conj, 7))
        c++;
    /* (or "that": "That marked the third month that the number of
     * newly-added 3G subscribers has exceeded 2 million") */
    for (size_t j = v; j-- > c + 1;)
        if (tok_is(&t[j], WH(that))) {
            c = j + 1;
            break;
        }
    while (c < v && ((st->in_date && st->in_date[c]) ||
                     (t[c].kind == TK_WORD && (str_ieq_any(st->s + t[c].off, t[c].len, lead, sizeof lead / sizeof *lead) ||
                                               str_ieq_any(st->s + t[c].off, t[c].len, span, sizeof span / sizeof *span))) ||
                     (t[c].kind == TK_PUNCT && (t[c].flags & TF_HYPHEN))))
        c++;
    /* (or what was added, said new: "The newly added online consumers
     * totaled 28.89 million", "New 3G subscribers reached 20 million") */
    {
        size_t w = c;
        /* (its number's: "the number of newly-added 3G subscribers has
         * exceeded 2 million") */
        if (w + 2 < v && str_ieq(st->s + t[w].off, t[w].len, "number") && tok_is(&t[w + 1], WH(of)))
            w += 2;
        size_t w0 = w;
        if (w + 1 < v && t[w].kind == TK_WORD && str_ieq(st->s + t[w].off, t[w].len, "newly") &&
            (str_ieq(st->s + t[w + 1].off, t[w + 1].len, "added") ||
             (t[w + 1].kind == TK_PUNCT && (t[w + 1].flags & TF_HYPHEN) && w + 2 < v &&
              str_ieq(st->s + t[w + 2].off, t[w + 2].len, "added"))))
            w += t[w + 1].kind == TK_PUNCT ? 3 : 2;
        else if (w < v && t[w].kind == TK_WORD && str_ieq(st->s + t[w].off, t[w].len, "new"))
            w++;
        /* (what was added in lower case, or a generation's: "3G users") */
        if (w > w0 && w < v && t[w].kind == TK_WORD &&
            (!(t[w].flags & TF_CAP) || is_digit((unsigned char)st->s[t[w].off]))) {
            *a = w;
            *b = v;
            return true;
        }
    }
    if (c < v && t[c].kind == TK_WORD && str_ieq_any(st->s + t[c].off, t[c].len, noun, sizeof noun / sizeof *noun)) {
        /* (the change alone, of what the text spoke of: "The growth rate
         * was 75.4 per cent"; the figure's subject says which) */
        size_t e = c + 1;
        if (e < v && str_ieq(st->s + t[e].off, t[e].len, "rate"))
            e++;
        if (e == v) {
            *a = *b = v;
            return true;
        }
    }
    /* (its rate's: "the annual growth rate of Internet users in China
     * reaches 31.7%") */
    size_t r = c + 1 < v && str_ieq(st->s + t[c + 1].off, t[c + 1].len, "rate") ? c + 1 : c;
    if (!(r + 2 < v && t[c].kind == TK_WORD && str_ieq_any(st->s + t[c].off, t[c].len, noun, sizeof noun / sizeof *noun) &&
          (tok_is(&t[r + 1], WH(of)) || tok_is(&t[r + 1], WH(in)))))
        return false;
    *a = r + 2;
    *b = v;
    return true;
}

static bool dash_at(const char *s, const struct token *d)
{
    const unsigned char *c = (const unsigned char *)s + d->off;
    return d->kind == TK_PUNCT &&
           (c[0] == '-' || (d->len == 3 && c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x94 || c[2] == 0x93)));
}

/* A CNNIC survey's time, told of in a month of writing: June's in July
 * to September, the half-year just ended; the year before's in January
 * to March; w unchanged in other months. */
static void survey_time(struct date *w, int month)
{
    if (month >= 7 && month <= 9) {
        w->m = 6;
        w->d = 0;
    } else if (month >= 1 && month <= 3) {
        w->y--;
        w->m = w->d = 0;
    }
}

/* Is the date de the dateline's that opens the block ("BEIJING, June 18
 * (Xinhua) --"): places before it, a dash a few tokens after it? */
static bool dateline_date(const struct sent *st, const struct date_expr *de)
{
    if (st->a != 0 || de->first > 6)
        return false;
    for (size_t i = 0; i < de->first; i++)
        if (!((st->t[i].kind == TK_WORD || st->t[i].kind == TK_SKIP) && (st->t[i].flags & TF_CAP)) &&
            !(st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ','))
            return false;
    /* (a dash, not a word's hyphen: "On Nov. 11, which is the
     * e-commerce shopping holiday") */
    for (size_t i = de->last + 1; i < st->b && i <= de->last + 6; i++)
        if (dash_at(st->s, &st->t[i]) && !(st->t[i].flags & TF_HYPHEN))
            return true;
    return false;
}

/* Is the date de in an aside of a participle between commas before the
 * figure ("Alipay's sweep, launched on June 13, had 185.3 billion yuan")? */
static bool participle_aside_date(const struct sent *st, const struct date_expr *de)
{
    const struct token *t = st->t;
    size_t i = de->first;
    /* (words, and a compound's hyphens: ", formed by the merger of the
     * group-buying site Meituan and the review platform Dianping in
     * October 2015,") */
    while (i > st->a && i + 20 > de->first &&
           (t[i - 1].kind == TK_WORD || (t[i - 1].kind == TK_PUNCT && (t[i - 1].flags & TF_HYPHEN))))
        i--;
    if (i <= st->a || t[i - 1].kind != TK_PUNCT || st->s[t[i - 1].off] != ',' || i >= de->first)
        return false;
    const char *w = st->s + t[i].off;
    size_t n = t[i].len;
    bool ed = n >= 4 && (w[n - 2] == 'e' || w[n - 2] == 'E') && (w[n - 1] == 'd' || w[n - 1] == 'D');
    return ed && de->last + 1 < st->b && t[de->last + 1].kind == TK_PUNCT && st->s[t[de->last + 1].off] == ',';
}

/* Is the date de in brackets that open with a participle ("registered
 * users of QQ (renamed from OICQ in November) had exceeded 50 million")?
 * It tells of the name, never dates the figure. */
static bool bracket_participle_date(const struct sent *st, const struct date_expr *de)
{
    const struct token *t = st->t;
    size_t i = de->first;
    while (i > st->a && i + 12 > de->first && t[i - 1].kind == TK_WORD)
        i--;
    if (i <= st->a || !(t[i - 1].flags & TF_OPEN) || i >= de->first || de->last + 1 >= st->b ||
        !(t[de->last + 1].flags & TF_CLOSE))
        return false;
    const char *w = st->s + t[i].off;
    size_t n = t[i].len;
    return n >= 4 && (w[n - 2] == 'e' || w[n - 2] == 'E') && (w[n - 1] == 'd' || w[n - 1] == 'D');
}

/* Does the date de open its sentence ("2000 — China has ..."), or date a
 * figure right beside it ("162 million at the end of June 2007", "by the
 * end of 2010 CNNIC counted 63.11 million")?  Not a date of a base or a
 * setting: "remained slightly below the level at the end of 2019". */
static bool figure_dated_by(const struct sent *st, const struct date_expr *de)
{
    if (de->first == st->a)
        return true;
    /* (past a figure's noun: "520 million annual active users in 2017";
     * or before a verb and its figure: "released in February 1999 and
     * signed up more than one million") */
    for (size_t i = de->first; i > st->a && i + 6 > de->first; i--) {
        if (is_quantity(&st->t[i - 1]))
            return true;
        if (st->t[i - 1].kind == TK_PUNCT && !(st->t[i - 1].flags & TF_HYPHEN))
            break;
    }
    for (size_t i = de->last + 1; i < st->b && i < de->last + 8; i++) {
        if (is_quantity(&st->t[i]))
            return true;
        if (st->t[i].kind == TK_PUNCT && !(st->t[i].flags & TF_HYPHEN))
            break;
    }
    return false;
}

/* Is the date de in a longer aside of a participle, with a figure of its
 * own and words after the date, that a verb of the clause follows
 * (", fined 8.026 billion yuan in July 2022 for data-security violations,
 * reported")?  Not the clause's own verb and its participle after it
 * (", raised US$1.63 billion in its July listing, selling"). */
static bool long_aside_date(const struct sent *st, const struct date_expr *de)
{
    const struct token *t = st->t;
    size_t i = de->first;
    while (i > st->a && i + 20 > de->first &&
           (t[i - 1].kind == TK_WORD || t[i - 1].kind == TK_NUM ||
            (t[i - 1].kind == TK_PUNCT && (t[i - 1].flags & TF_HYPHEN))))
        i--;
    if (i <= st->a || t[i - 1].kind != TK_PUNCT || st->s[t[i - 1].off] != ',' || i >= de->first ||
        t[i].kind != TK_WORD)
        return false;
    const char *w = st->s + t[i].off;
    size_t n = t[i].len;
    if (!(n >= 4 && (w[n - 2] == 'e' || w[n - 2] == 'E') && (w[n - 1] == 'd' || w[n - 1] == 'D')))
        return false;
    /* (the aside closes with a comma, past words after the date; a verb
     * of the clause, no participle, follows) */
    size_t j = de->last + 1;
    while (j < st->b && j < de->last + 8 && (t[j].kind == TK_WORD || (t[j].kind == TK_PUNCT && (t[j].flags & TF_HYPHEN))))
        j++;
    if (!(j + 1 < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' && t[j + 1].kind == TK_WORD &&
          !(t[j + 1].flags & TF_CAP)))
        return false;
    const char *v = st->s + t[j + 1].off;
    size_t vn = t[j + 1].len;
    return vn >= 4 && str_ieq(v + vn - 2, 2, "ed");
}

/* Is the date de in an aside that tells when the subject was founded or
 * launched ("Founded in Hangzhou in 1999 by Ma and 17 colleagues,",
 * "Alipay, the payment service Alibaba launched in December 2004,"), an
 * aside that ends with a comma before k?  Its date is the founding's, not
 * that of a figure after it. */
static bool founding_date(const struct sent *st, const struct date_expr *de)
{
    static const char *const verb[] = {"founded", "launched", "established", "incorporated", "created", "started",
                                       "formed", "set", "began", "begun", "opened"};
    const struct token *t = st->t;
    for (size_t i = de->first; i > st->a && i + 6 > de->first; i--) {
        const struct token *x = &t[i - 1];
        if (x->kind == TK_PUNCT)
            break;
        if (x->kind == TK_WORD && str_ieq_any(st->s + x->off, x->len, verb, sizeof verb / sizeof *verb)) {
            /* (not the start of a course, a gerund or "to" after the
             * verb: "began trending downward in 2018", "started to
             * fall in 2018") */
            static const char *const start[] = {"began", "begun", "started", "set"};
            const struct token *g = &t[i];
            if (str_ieq_any(st->s + x->off, x->len, start, sizeof start / sizeof *start) && g->kind == TK_WORD &&
                (str_ieq(st->s + g->off, g->len, "to") ||
                 (g->len > 5 && str_ieq(st->s + g->off + g->len - 3, 3, "ing"))))
                return false;
            /* (not the clause's own verb: "Yu'e Bao was launched on May
             * 29, 2013, with assets of 200 million yuan") */
            static const char *const aux[] = {"was", "were", "is", "are", "be", "been", "has", "have", "had"};
            const struct token *b = i >= st->a + 2 ? &t[i - 2] : NULL;
            return !(b && b->kind == TK_WORD && str_ieq_any(st->s + b->off, b->len, aux, sizeof aux / sizeof *aux));
        }
    }
    return false;
}

static bool founding_aside_date(const struct sent *st, const struct date_expr *de, size_t k)
{
    const struct token *t = st->t;
    if (!founding_date(st, de))
        return false;
    bool with = false;
    for (size_t j = de->last + 1; j < k && j < st->b; j++) {
        /* (a figure of the aside's own, "opened at US$16.65 on Wednesday
         * and closed at US$14.14, valuing"; not its founders, "by Ma and
         * 17 colleagues", nor what it was launched with, "with a minimum
         * investment of just 1 yuan") */
        with = with || str_ieq(st->s + t[j].off, t[j].len, "with");
        if (is_quantity(&t[j]) && !(st->in_date && st->in_date[j]) && !with &&
            (num_class(&t[j]) == UC_MONEY || t[j].value >= 10000))
            return false;
        if (t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' && !(st->in_date && st->in_date[j])) {
            /* (but a figure the clause says was the first, at the
             * founding: "Formed May 29, 2013, Yu'e Bao's initial scale
             * was only CNY200 million") */
            /* (or what it started with: "Formed May 29, 2013, Yu'e Bao
             * started with only CNY200 million") */
            static const char *const start[] = {"started", "began", "launched", "opened", "starting"};
            for (size_t m = j + 1; m < k; m++)
                if (t[m].kind == TK_WORD && (str_ieq(st->s + t[m].off, t[m].len, "initial") ||
                                             str_ieq(st->s + t[m].off, t[m].len, "initially") ||
                                             (str_ieq_any(st->s + t[m].off, t[m].len, start, 5) && m + 1 < k &&
                                              str_ieq(st->s + t[m + 1].off, t[m + 1].len, "with"))))
                    return false;
            return true;
        }
        if (is_clause_break(&t[j]) || (t[j].flags & TF_SENT_END))
            return false;
    }
    return false;
}

/* Is the date de, before the figure at k, in a relative clause set off
 * by commas that the figure stands after: "The company, which started as
 * a shopping guide before Alibaba cut it off in 2013, says it has 100
 * million registered users"? */
static bool relative_aside_date(const struct sent *st, const struct date_expr *de, size_t k)
{
    const struct token *t = st->t;
    size_t i = de->first;
    while (i > st->a && i + 30 > de->first && !(t[i - 1].kind == TK_PUNCT && st->s[t[i - 1].off] == ','))
        i--;
    /* (past its preposition: ", in which it took a 19.5% stake in a 2015
     * round,") */
    size_t w = i;
    if (w + 1 < de->first && (tok_is(&t[w], WH(in)) || str_ieq(st->s + t[w].off, t[w].len, "under") ||
                              str_ieq(st->s + t[w].off, t[w].len, "through")))
        w++;
    if (i <= st->a || t[i - 1].kind != TK_PUNCT || st->s[t[i - 1].off] != ',' || w >= de->first ||
        !(str_ieq(st->s + t[w].off, t[w].len, "which") || str_ieq(st->s + t[w].off, t[w].len, "who") ||
          str_ieq(st->s + t[w].off, t[w].len, "whose")))
        return false;
    /* (not a clause that tells what the figure describes, with no figure
     * of its own: "The figure, which describes the situation as of June
     * 30, 2007, shows") */
    bool as_of = (de->flags & DF_LEAD) && de->first + 1 < de->last &&
                 str_ieq(st->s + t[de->first].off, t[de->first].len, "as") &&
                 str_ieq(st->s + t[de->first + 1].off, t[de->first + 1].len, "of");
    for (size_t j = w; as_of && j < de->first; j++)
        as_of = !is_quantity(&t[j]);
    for (size_t j = de->last + 1; j < k; j++) {
        if (t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' && !(st->in_date && st->in_date[j]))
            return !as_of;
        as_of = as_of && !is_quantity(&t[j]);
    }
    return false;
}

/* Does a year of "since", two years or more before the figure's year y
 * ("Since 2010, ... has grown by 97 million", "has risen by 275 million
 * since 2010"), stand in the figure at k's sentence, with no semicolon or
 * clause mark between?  (Not a base: "13.8% since the end of 2008") */
static bool change_since(const struct doc *d, const struct sent *st, size_t k, int y)
{
    const struct token *t = st->t;
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first < st->a || de->first >= st->b || de->rel != DR_ABS || !de->when.y || de->when.m ||
            (de->flags & DF_END_OF) || !y || y - de->when.y < 2)
            continue;
        size_t w = de->first;
        if (!(t[w].kind == TK_WORD && str_ieq(st->s + t[w].off, t[w].len, "since")) &&
            !(w > st->a && t[w - 1].kind == TK_WORD && str_ieq(st->s + t[w - 1].off, t[w - 1].len, "since")))
            continue;
        size_t lo = w < k ? w : k, hi = w < k ? k : w;
        bool apart = false;
        for (size_t i = lo; i < hi && !apart; i++)
            apart = t[i].kind == TK_PUNCT && (st->s[t[i].off] == ';' || (is_clause_break(&t[i]) && st->s[t[i].off] != ','));
        if (!apart)
            return true;
    }
    return false;
}

/* The date de followed by a "when" clause (", when" or "when": "from
 * the end of 2009 when there were only 233 million"): the index of the
 * token before "when" (the comma, or the date's last token), so that
 * "when" is at the index plus one; SIZE_MAX if none. */
static size_t when_after(const struct sent *st, const struct date_expr *de)
{
    const struct token *t = st->t;
    size_t w0 = de->last + 1;
    if (w0 + 1 < st->b && t[w0].kind == TK_PUNCT && st->s[t[w0].off] == ',' &&
        str_ieq(st->s + t[w0 + 1].off, t[w0 + 1].len, "when"))
        return w0;
    if (w0 < st->b && str_ieq(st->s + t[w0].off, t[w0].len, "when"))
        return de->last;
    return SIZE_MAX;
}

/* Is there a date after the figure at k in its clause (no comma or
 * clause mark between), not one it is compared with? */
static bool later_in_sentence(const struct doc *d, const struct sent *st, size_t k)
{
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->first <= k || de->first >= st->b || d->background[di] || (de->flags & (DF_COMPARE | DF_BOUND)))
            continue;
        return same_clause(st, k, de->first);
    }
    return false;
}

/* "Online video had 428 million users", "Microblogging lost ground:
 * users fell by 27.83 million": a one-word cue ("users") that the
 * clause's subject, a kind of use, makes a cue of its own ("online video
 * users", "microblogging users"): that indicator's.  The subject: the
 * words that open the sentence, before its first link word. */
static void subject_makes_cue(struct doc *d, const struct sent *st, struct numinfo *ni)
{
    const struct token *t = st->t;
    size_t a = st->a;
    if (a < st->b && str_ieq(st->s + t[a].off, t[a].len, "the"))
        a++;
    size_t e = a;
    while (e < st->b && e < a + 3 && t[e].kind == TK_WORD && !rules_is_link(d->r, t[e].hash))
        e++;
    if (e == a || e >= st->b || !(t[a].flags & TF_CAP))
        return;
    for (size_t k = e; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule < 0 || n->change)
            continue;
        const struct rule *ru = &d->r->v[n->rule];
        /* (the cue bare: "428 million users", ": users fell"; not "urban
         * users", whose word says whose) */
        if (ru->entity != EK_NAME || n->cue_b != n->cue_a + 1 || n->cue_a < e ||
            (t[n->cue_a - 1].kind == TK_WORD && !is_quantity(&t[n->cue_a - 1])))
            continue;
        /* (in the subject's clause: a colon may stand between, no comma) */
        /* (or the subject of its own clause: "Online games had 304 million
         * players and online video attracted 265 million users") */
        size_t sa = a, se = e;
        for (size_t i = e; i + 1 < k; i++)
            if ((tok_is(&t[i], WH(and)) || in_list(&conjunction, &t[i])) && t[i + 1].kind == TK_WORD &&
                !(t[i + 1].flags & TF_CAP) && !rules_is_link(d->r, t[i + 1].hash)) {
                sa = i + 1;
                se = sa;
                while (se < k && se < sa + 3 && t[se].kind == TK_WORD && !rules_is_link(d->r, t[se].hash))
                    se++;
            }
        bool apart = false;
        for (size_t i = se; i < k && i < n->cue_a && !apart; i++)
            apart = t[i].kind == TK_PUNCT && (st->s[t[i].off] == ',' || st->s[t[i].off] == ';');
        if (apart)
            continue;
        /* (the longest opening of the subject that makes one: "Microblogging
         * lost ground" → "microblogging users") */
        int old = n->rule, found = -1, fcue = 0;
        for (size_t len = se - sa; len > 0 && found < 0; len--) {
            struct token w[8];
            size_t m = 0;
            for (size_t i = sa; i < sa + len && m < 7; i++)
                w[m++] = t[i];
            w[m++] = t[n->cue_a];
            const struct cue_ref *ra, *rb;
            rules_cues_for(d->r, w[0].hash, &ra, &rb);
            for (; ra < rb && found < 0; ra++) {
                const struct rule *r2 = &d->r->v[ra->rule];
                const struct phrase *ph = &r2->cue.v[ra->cue];
                /* (of the figure's kind: "Online payments amounted to
                 * 17.148 billion transactions" is no amount of money) */
                if (ph->h[0] != w[0].hash || r2->change != CH_NONE || (int)ra->rule == n->rule ||
                    match_fwd(w, m, 0, ph, m) != m || !national_rule(r2) || !class_fits(r2->unit, num_class(&t[k])) ||
                    !viable(d, st, ra->rule, &t[k]))
                    continue;
                found = (int)ra->rule;
                fcue = (int)ra->cue;
            }
        }
        if (found < 0)
            continue;
        n->rule = found;
        n->cue = fcue;
        /* (and the sentence's changes of it: "users fell by 27.83 million
         * to 281 million") */
        for (size_t j = st->a; j < st->b; j++) {
            if (!is_quantity(&t[j]) || !ni[j].change || ni[j].rule < 0)
                continue;
            const struct rule *cr = &d->r->v[ni[j].rule];
            if (!cr->base || strcmp(cr->base, d->r->v[old].id) != 0)
                continue;
            int c2 = rules_change_of(d->r, cr->change, d->r->v[found].id);
            if (c2 >= 0)
                ni[j].rule = c2;
        }
    }
}

static void number_and_value(struct doc *d, const struct sent *st, struct numinfo *ni, const struct topic *topic)
{
    const struct token *t = st->t;
    size_t k1 = SIZE_MAX, k2 = SIZE_MAX, resp = SIZE_MAX;
    for (size_t k = st->a; k < st->b; k++) {
        if (t[k].kind == TK_WORD && str_ieq(st->s + t[k].off, t[k].len, "respectively"))
            resp = k;
        if (!is_quantity(&t[k]) || ni[k].skip || ni[k].rule < 0)
            continue;
        if (!ni[k].change)
            return; /* (a level of its own in the sentence: another form) */
        if (k1 == SIZE_MAX)
            k1 = k;
        else if (k2 == SIZE_MAX)
            k2 = k;
        else
            return;
    }
    if (resp == SIZE_MAX || k2 == SIZE_MAX || resp < k2 || ni[k1].change != ni[k2].change)
        return;
    /* the subject names the count and then the money: "the number and
     * (the) value of", "the number and amount of" */
    bool named = false;
    for (size_t i = st->a; i + 2 < k1 && !named; i++)
        named = str_ieq(st->s + t[i].off, t[i].len, "number") && tok_is(&t[i + 1], WH(and)) &&
                (str_ieq(st->s + t[i + 2].off, t[i + 2].len, "value") ||
                 str_ieq(st->s + t[i + 2].off, t[i + 2].len, "amount") ||
                 (i + 3 < k1 && str_ieq(st->s + t[i + 2].off, t[i + 2].len, "the") && (str_ieq(st->s + t[i + 3].off, t[i + 3].len, "value") ||
                                                                str_ieq(st->s + t[i + 3].off, t[i + 3].len, "amount"))));
    const char *money = topic->last_money_ind ? topic->last_money_ind : d->carry_money_ind;
    if (!named || !money)
        return;
    int ri = rules_change_of(d->r, ni[k2].change, money);
    if (ri >= 0)
        ni[k2].rule = ri;
    /* (the levels they change are the paragraph before's: so is their
     * date, where they name none) */
    const size_t both[2] = {k1, k2};
    for (int i = 0; i < 2 && !topic->last_money_ind && d->carry_has_when; i++)
        if (ni[both[i]].date < 0) {
            ni[both[i]].when = d->carry_when;
            ni[both[i]].has_when = true;
        }
}

/* "The transactions were worth 208.07 trillion yuan", "In the fourth
 * quarter alone, transactions totalled 37.7 trillion yuan": money that
 * the transactions a paragraph spoke of came to, no cue of its own, is of
 * the paragraph's last indicator of money. */
static void transactions_worth(struct doc *d, const struct sent *st, struct numinfo *ni, const struct topic *topic)
{
    const struct token *t = st->t;
    if (!topic->last_money_ind)
        return;
    const struct rule *mr = rules_find(d->r, topic->last_money_ind);
    if (!mr || mr->change != CH_NONE)
        return;
    static const char *const verb[] = {"worth", "totalled", "totaled", "totalling", "totaling", "amounted",
                                       "valued", "came", "reached"};
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule >= 0 || n->change || num_class(&t[k]) != UC_MONEY ||
            !class_fits(mr->unit, UC_MONEY))
            continue;
        /* the subject: the transactions (or payments), then a verb of what
         * they came to, in the figure's clause */
        size_t q = n->qstart, v = SIZE_MAX, subj = SIZE_MAX;
        for (size_t i = q; i > st->a && i + 8 > q; i--) {
            const struct token *w = &t[i - 1];
            if (is_clause_break(w) || is_quantity(w))
                break;
            if (w->kind != TK_WORD)
                continue;
            if (v == SIZE_MAX && str_ieq_any(st->s + w->off, w->len, verb, sizeof verb / sizeof *verb))
                v = i - 1;
            else if (v != SIZE_MAX && (str_ieq(st->s + w->off, w->len, "transactions") ||
                                       str_ieq(st->s + w->off, w->len, "payments"))) {
                /* (the ones spoken of: "The transactions", or the clause's
                 * first word; not "processed payments worth", nor "export
                 * transactions ... totalled") */
                const struct token *b = i - 1 > st->a ? &t[i - 2] : NULL;
                if (!b || (b->kind == TK_PUNCT && st->s[b->off] == ',') ||
                    (b->kind == TK_WORD && (str_ieq(st->s + b->off, b->len, "the") ||
                                            str_ieq(st->s + b->off, b->len, "these") ||
                                            str_ieq(st->s + b->off, b->len, "those"))))
                    subj = i - 1;
                break;
            }
        }
        if (subj == SIZE_MAX || !viable(d, st, (size_t)(mr - d->r->v), &t[k]))
            continue;
        n->rule = (int)(mr - d->r->v);
        n->cue_a = subj;
        n->cue_b = subj + 1;
    }
}

/* The quarter the text reports on: the one its first lines name, else
 * the one it last named (y 0: none). */
static const struct date *quarter_spoken(const struct doc *d)
{
    return d->quarter.y ? &d->quarter : &d->last_quarter;
}

/* Does the sentence speak of the period a report covers: "the quarter"
 * (no ordinal: not "the first quarter"), "the reporting period", "the
 * period", "period end"? */
static bool says_the_quarter(const struct sent *st)
{
    for (size_t i = st->a; i + 1 < st->b; i++) {
        const struct token *t = &st->t[i], *u = &st->t[i + 1];
        if (t->kind != TK_WORD || u->kind != TK_WORD)
            continue;
        bool the = str_ieq(st->s + t->off, t->len, "the") || str_ieq(st->s + t->off, t->len, "reporting");
        if (the && (str_ieq(st->s + u->off, u->len, "quarter") || str_ieq(st->s + u->off, u->len, "period")))
            return true;
        if (str_ieq(st->s + t->off, t->len, "period") && str_ieq(st->s + u->off, u->len, "end"))
            return true;
    }
    return false;
}

static bool bullet_line(const char *s, size_t off);
static bool headline_day_end(const char *s, const struct token *t, const bool *in_date, size_t i);
static bool item_headline_end(const char *s, const struct token *t, size_t i);

/* How many digits a quantity is written with in the text s ("1,032
 * million": 4; "one billion": 0). */
static int tok_digits(const char *s, const struct token *q)
{
    int n = 0;
    for (size_t i = 0; i < q->len; i++)
        n += is_digit((unsigned char)s[q->off + i]);
    return n;
}

/* Is the token written in ASCII alone (not "1,853.42亿元")? */
static bool tok_ascii(const char *s, const struct token *q)
{
    for (size_t i = 0; i < q->len; i++)
        if ((unsigned char)s[q->off + i] >= 0x80)
            return false;
    return true;
}

/* Does a cue of two words or more of any rule open at token i? */
static bool multiword_cue_at(const struct rules *r, const struct sent *st, size_t i)
{
    if (i >= st->b || st->t[i].kind != TK_WORD)
        return false;
    const struct cue_ref *a, *b;
    rules_cues_for(r, st->t[i].hash, &a, &b);
    for (; a < b; a++) {
        const struct phrase *ph = &r->v[a->rule].cue.v[a->cue];
        if (ph->n >= 2 && ph->h[0] == st->t[i].hash && match_fwd(st->t, st->n, i, ph, st->b))
            return true;
    }
    return false;
}

/* Does a cue of ru open at token i? */
static bool cue_at_of(const struct rule *ru, const struct sent *st, size_t i)
{
    if (i >= st->b || st->t[i].kind != TK_WORD)
        return false;
    for (size_t c = 0; c < ru->cue.n; c++)
        if (ru->cue.v[c].h[0] == st->t[i].hash && match_fwd(st->t, st->n, i, &ru->cue.v[c], st->b))
            return true;
    return false;
}

/* Does the sentence say its figures are of a span: "quarterly",
 * "annual", "monthly", "yearly"? */
static bool span_said(const struct sent *st)
{
    static const char *const span[] = {"quarterly", "annual", "annually", "monthly", "yearly"};
    /* (not an event held every year: "its annual Singles' Day shopping
     * bonanza", "the annual festival") */
    static const char *const event[] = {"festival", "event", "bonanza", "promotion", "sale", "sales", "singles",
                                        "shopping", "gala", "spree", "carnival"};
    for (size_t i = st->a; i < st->b; i++) {
        if (!(st->t[i].kind == TK_WORD && !(st->t[i].flags & TF_CAP) &&
              str_ieq_any(st->s + st->t[i].off, st->t[i].len, span, 5)))
            continue;
        bool held = false;
        for (size_t j = i + 1; j < st->b && j <= i + 4 && !held; j++)
            held = st->t[j].kind == TK_WORD &&
                   str_ieq_any(st->s + st->t[j].off, st->t[j].len, event, sizeof event / sizeof *event);
        if (!held)
            return true;
    }
    return false;
}

/* The level rule whose cue of two words or more stands nearest before k,
 * after lo, in the sentence: the subject of a change there ("while bank deposits grew by
 * 13 percent"); -1 if none. */
static int subject_between(struct doc *d, const struct sent *st, size_t lo, size_t k)
{
    const struct rules *r = d->r;
    const struct token *t = st->t;
    for (size_t i = k; i-- > lo + 1;) {
        if (t[i].kind != TK_WORD)
            continue;
        const struct cue_ref *ra, *rb;
        rules_cues_ending(r, t[i].hash, &ra, &rb);
        int found = -1;
        size_t found_n = 0;
        for (; ra < rb; ra++) {
            const struct rule *ru = &r->v[ra->rule];
            const struct phrase *ph = &ru->cue.v[ra->cue];
            /* (a name of two words or more: one word, "value", may be
             * the figure's own) */
            if (ru->change != CH_NONE || ph->h[ph->n - 1] != t[i].hash || (ru->variant && !ru->segment) ||
                ph->n < 2 || (size_t)ph->n <= found_n || !context_met(d, ra->rule))
                continue;
            size_t s0 = match_back(t, i + 1, lo + 1, ph);
            if (s0 != SIZE_MAX) {
                found = (int)ra->rule;
                found_n = (size_t)ph->n;
            }
        }
        if (found >= 0)
            return found;
    }
    return -1;
}

/* A sentence that states no figure but the date of the figures after it:
 * "Key findings (all figures refer to the end of June 2008 unless
 * otherwise stated)", "Data as of end-June 2015."  Its date is the one
 * the report's undated findings are of. */
static void data_frame(struct doc *d, const struct sent *st)
{
    for (size_t di = d->da; di < d->db; di++) {
        const struct date_expr *de = &d->dates.v[di];
        if (de->rel != DR_ABS || !de->when.y || !de->when.m || de->when.y2 ||
            (de->flags & (DF_COMPARE | DF_BOUND | DF_FROM)))
            continue;
        /* (the noun, then the verb, in the few words before the date:
         * "(China Internet Development Report 2017 and CNNIC 40th
         * Statistical Report, data as of June 30, 2017 unless noted)") */
        size_t lo = de->first > st->a + 6 ? de->first - 6 : st->a;
        bool noun = false, verb = false;
        for (size_t i = lo; i <= de->first; i++) {
            noun = noun || in_list(&frame_noun, &st->t[i]);
            verb = verb || (noun && in_list(&frame_verb, &st->t[i]));
        }
        struct date w;
        /* (a frame at the year's end leaves the undated findings of its
         * report the year's, as the lead of a report of the year does:
         * "the data in this report are as of 31 December 2009") */
        if (!noun || !verb || !date_of(d, de, NULL, &w) || w.y2 || (w.m == 12 && (w.d == 0 || w.d == 31)))
            continue;
        /* (the country's figures of a dated release; a report's without
         * a month of its own, all of them; a later lead's date, "As of
         * June 2023, ...", takes its place in turn) */
        d->news_ref = w;
        if (!d->doc_month)
            d->ref_date = w;
        return;
    }
}

/* Is the number at k after a plus a telephone's country code, more
 * digits after it: "+86-10-58813000", "+86 10 5881 3000"? */
static bool phone_code(const struct sent *st, size_t k)
{
    const struct token *t = st->t;
    if (t[k].value >= 1000 || k + 1 >= st->n)
        return false;
    size_t e = t[k].off + t[k].len;
    const struct token *x = &t[k + 1];
    if (x->kind == TK_PUNCT && x->off == e && st->s[x->off] == '-' && k + 2 < st->n)
        x = &t[k + 2];
    else if (x->off != e + 1)
        return false;
    return x->kind == TK_NUM || x->kind == TK_SKIP;
}

/* Remember the observed fact of the level section ru at the figure tk
 * (numinfo n) in m, for the sentences after it. */
static void remember(struct memo *m, const struct rule *ru, const struct numinfo *n, const struct token *tk)
{
    free(m->ent);
    *m = (struct memo){.ind = ru->id,
                       .sec = n->rule,
                       .ent = xstrdup(n->entity),
                       .when = n->when,
                       .has_when = n->has_when,
                       .value = tk->value,
                       .decimals = tk->decimals,
                       .q = n->q,
                       .unit = fact_unit(ru, tk)};
}

/* Can the quantity lv be the level a change ch at k led to: of the change's
 * class for an increase, any amount (no rate) for a growth? */
static bool level_of_change(enum change_kind ch, const struct token *lv, const struct token *k)
{
    return ch == CH_INCREASE ? num_class(lv) == num_class(k) : num_class(lv) != UC_PERCENT && num_class(lv) != UC_POINTS;
}

/* The quantity whose qualifier opens at i ("more than 880 billion yuan",
 * "around 500 million"), else i itself. */
static size_t past_qualifier(const struct sent *st, size_t i)
{
    if (is_quantity(&st->t[i]))
        return i;
    for (size_t g = i + 1; g < st->b && g < i + 4; g++)
        if (is_quantity(&st->t[g])) {
            size_t gs;
            qualifier_before(st, g, &st->t[g], &gs);
            return gs == i ? g : i;
        }
    return i;
}

static void do_sentence(struct doc *d, const struct sent *st, struct topic *topic, struct date *para_ctx,
                        bool *para_has)
{
    const struct rules *r = d->r;
    const struct token *t = st->t;
    /* most sentences state no quantity: only their dates matter */
    size_t first_q = st->a;
    while (first_q < st->b && !is_quantity(&t[first_q]))
        first_q++;
    if (first_q == st->b) {
        /* (one that speaks of an indicator frames the figure the next
         * stands for with a pronoun: "The netizen population kept growing
         * in 2012. The figure stood at 564 million at the end of the
         * year") */
        /* (and a line over a list, no sentence, frames its items: "KEY
         * FACTS - ANT GROUP (from the listing prospectus, as of June 30,
         * 2020)" over "* Alipay monthly active users: 711 million") */
        size_t last = st->b > st->a ? st->b - 1 : st->a;
        if (last > st->a && t[last].kind == TK_PUNCT && t[last].len == 0) /* (the line's end, a sentence's) */
            last--;
        bool over_list = d->da < d->db && st->b > st->a && st->b < st->n && t[st->a].line == t[last].line &&
                         !(t[last].flags & TF_SENT_END) && t[st->b].line != t[last].line &&
                         bullet_line(st->s, t[st->b].off);
        /* (or over the block after it, the paragraph's last words a colon:
         * "... gave the following figures as of June 30:" / "-- Websites:
         * 677,500") */
        bool colon_lead = d->da < d->db && st->b == st->n && st->b > st->a && t[st->b - 1].kind == TK_PUNCT &&
                          st->s[t[st->b - 1].off] == ':';
        if (colon_lead)
            over_list = true;
        data_frame(d, st);
        dates_to_context(d, st, para_ctx, para_has,
                         over_list || (d->da < d->db && st->b < st->n && list_fwd(&figure_pronoun, t, st->n, st->b, st->n) &&
                                       names_level(d, st)));
        return;
    }
    size_t nq = st->b - st->a;
    if (d->ni_cap < nq) {
        d->ni = xrealloc(d->ni, nq * sizeof *d->ni);
        d->ni_cap = nq;
    }
    struct numinfo *ni = d->ni - st->a; /* index by token */
    for (size_t k = st->a; k < st->b; k++) {
        memset(&ni[k], 0, sizeof ni[k]);
        ni[k].rule = -1;
        ni[k].date = -1;
    }

    /* classify every quantity */
    size_t prev_q = SIZE_MAX;
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || d->in_table[k])
            continue;
        struct numinfo *n = &ni[k];
        /* a count of months or years inside a date is the date's: "a 10%
         * increase from 6 months earlier" */
        if (d->in_date[k] && (t[k].flags & TF_SMALLINT) && k + 1 < st->b && in_list(&span_unit, &t[k + 1])) {
            n->skip = true;
            continue;
        }
        n->q = qualifier_before(st, k, &t[k], &n->qstart);
        /* "from X (in Y) to Z": X is the origin */
        /* (past a year's possessive: "from last year's 57.1 billion yuan") */
        size_t fq = compared_start(d, st, n->qstart);
        if (fq > st->a && tok_is(&t[fq - 1], WH(from)))
            n->from = true;
        /* (or "over" after a change's noun: "an 8.5% increase over last
         * year's 498.2 billion yuan") */
        static const char *const change_noun[] = {"increase", "rise", "growth", "gain", "jump",
                                                  "decrease", "decline", "drop", "fall"};
        if (fq > st->a + 1 && tok_is(&t[fq - 1], WH(over)) && t[fq - 2].kind == TK_WORD &&
            str_ieq_any(st->s + t[fq - 2].off, t[fq - 2].len, change_noun, sizeof change_noun / sizeof *change_noun))
            n->from = true;
        /* (or a few words after the change: "an increase of 14 per cent in
         * US dollar terms over last year's US$74.1 billion haul") */
        if (fq > st->a + 1 && tok_is(&t[fq - 1], WH(over)) && change_words_before(st, ni, fq - 1) != SIZE_MAX)
            n->from = true;
        /* a unit's definition, "1 万户 = 10,000 accounts", "1 亿元 = 100
         * million yuan": no figure of anything */
        /* (one of a unit on its left, not a figure said equal to its
         * name: "China 3G Subscribers = 233MM") */
        if (n->qstart > st->a + 2 && t[n->qstart - 1].kind == TK_PUNCT && t[n->qstart - 1].len == 1 &&
            st->s[t[n->qstart - 1].off] == '=') {
            bool one = false;
            for (size_t q = n->qstart - 1; q-- > st->a && q + 5 > n->qstart && !one;)
                one = t[q].kind == TK_NUM && st->s[t[q].off] == '1' &&
                      (t[q].len == 1 || !(is_digit((unsigned char)st->s[t[q].off + 1]) || st->s[t[q].off + 1] == '.' ||
                                          st->s[t[q].off + 1] == ','));
            if (one) {
                n->skip = true;
                continue;
            }
        }
        /* a conversion in brackets right after an amount: "(€629 billion)" */
        if (n->qstart >= st->a + 2 && (t[n->qstart - 1].flags & TF_OPEN) && num_class(&t[k]) == UC_MONEY &&
            prev_q != SIZE_MAX && prev_q == n->qstart - 2 && num_class(&t[prev_q]) == UC_MONEY &&
            strcmp(t[prev_q].unit, t[k].unit) != 0) {
            n->skip = true;
            n->conversion = true;
        }
        /* the same figure again in brackets, as the text's other language
         * writes it, past the noun of the one before: "668 million netizens
         * (6.68亿)" */
        if (!n->skip && n->qstart >= st->a + 3 && (t[n->qstart - 1].flags & TF_OPEN) && k + 1 < st->b &&
            (t[k + 1].flags & TF_CLOSE) && prev_q != SIZE_MAX && prev_q + 4 >= n->qstart &&
            num_class(&t[prev_q]) == num_class(&t[k]) && t[prev_q].value > 0 &&
            fabs(t[k].value - t[prev_q].value) <= 0.005 * t[prev_q].value &&
            tok_digits(st->s, &t[k]) <= tok_digits(st->s, &t[prev_q])) {
            bool words = true;
            for (size_t i = prev_q + 1; i + 1 < n->qstart && words; i++)
                words = t[i].kind == TK_WORD;
            if (words) {
                n->skip = true;
                continue;
            }
        }
        /* "exceeded 500 million to 513 million": the first is a threshold */
        /* (past its "mark", the level it reached: "passed the two million
         * mark, reaching 2.1 million") */
        if (!n->from) {
            size_t j = k + 1;
            if (j < st->b && (mark_word(st, j) || str_ieq(st->s + t[j].off, t[j].len, "level"))) {
                j++;
                /* (and when it was passed: "passed the fifty percent mark
                 * for the first time, reaching", "... mark in June, at") */
                if (j + 3 < st->b && str_ieq(st->s + t[j].off, t[j].len, "for") &&
                    str_ieq(st->s + t[j + 1].off, t[j + 1].len, "the") &&
                    str_ieq(st->s + t[j + 2].off, t[j + 2].len, "first") &&
                    str_ieq(st->s + t[j + 3].off, t[j + 3].len, "time"))
                    j += 4;
                while (j < st->b && d->in_date[j])
                    j++;
            }
            if (j > k + 1 && j < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == ',')
                j++;
            /* (or "and reached": "broke through the 100-million mark in
             * the first half of this year and reached 103 million") */
            /* (in a chronology's present: "pass the 100 million mark and
             * reach 111 million") */
            static const char *const reach[] = {"reached", "reach", "reaches", "hit", "hits", "totaled", "totalled",
                                                "total", "totals"};
            bool and_verb = false;
            if (j > k + 1 && j + 2 < st->b && tok_is(&t[j], WH(and)) &&
                str_ieq_any(st->s + t[j + 1].off, t[j + 1].len, reach, sizeof reach / sizeof *reach)) {
                j++;
                and_verb = true;
            }
            bool lead = j < st->b && (tok_is(&t[j], WH(to)) || and_verb || (j > k + 1 && (str_ieq(st->s + t[j].off, t[j].len, "reaching") ||
                                                                             str_ieq(st->s + t[j].off, t[j].len, "hitting") ||
                                                                             str_ieq(st->s + t[j].off, t[j].len, "at"))));
            if ((n->q == Q_MORE_THAN || j > k + 1) && lead && j + 1 < st->b && is_quantity(&t[j + 1]) &&
                num_class(&t[j + 1]) == num_class(&t[k]) && t[j + 1].value > t[k].value)
                n->skip = n->threshold = true;
        }
        /* a change? (past a word of its sum: "increased by a cumulative") */
        size_t cq = list_back(&ch_filler, t, n->qstart, st->a, NULL);
        if (cq == SIZE_MAX)
            cq = n->qstart;
        size_t cb = list_back(&ch_before, t, cq, st->a, NULL);
        if (cb == SIZE_MAX && list_back(&ch_down, t, cq, st->a, NULL) != SIZE_MAX) {
            cb = 0;
            n->down = true;
        }
        /* "China Mobile lost 240,000 mobile customers in June": who were
         * lost, a fall of a count (money lost is a loss, or went elsewhere:
         * "the banks lost 200 billion yuan in deposits to online funds") */
        if (cb == SIZE_MAX && cq > st->a && num_class(&t[k]) == UC_COUNT && t[cq - 1].kind == TK_WORD &&
            (str_ieq(st->s + t[cq - 1].off, t[cq - 1].len, "lost") || str_ieq(st->s + t[cq - 1].off, t[cq - 1].len, "loses") ||
             str_ieq(st->s + t[cq - 1].off, t[cq - 1].len, "losing"))) {
            cb = cq - 1;
            n->down = true;
        }
        /* "increased China's total number of mobile surfers by 18.1% to
         * 420 million": a verb of change, its object, then "by" the change
         * (nouns between, no other verb nor figure) */
        if (cb == SIZE_MAX && cq > st->a + 2 && tok_is(&t[cq - 1], WH(by))) {
            bool object = false; /* (a noun between: not "increased in 2010 by", "increased significantly by") */
            for (size_t j = cq - 1; j > st->a && j + 10 > cq; j--) {
                const struct token *w = &t[j - 1];
                if (is_clause_break(w) || is_quantity(w) || (w->kind == TK_PUNCT && st->s[w->off] == ','))
                    break;
                if (w->kind != TK_WORD)
                    continue;
                bool up = in_list(&rise_verb, w) || str_ieq(st->s + w->off, w->len, "boosted");
                bool down = in_list(&fall_verb, w) || str_ieq(st->s + w->off, w->len, "reduced") ||
                            str_ieq(st->s + w->off, w->len, "cut");
                if (up || down) {
                    if (object) {
                        cb = j - 1;
                        n->down = down;
                    }
                    break;
                }
                /* (another verb between: "grew, driven by") */
                if (w->len > 4 && str_ieq(st->s + w->off + w->len - 2, 2, "ed"))
                    break;
                if (!(d->in_date[j - 1]) && !in_list(&name_prep, w) && !(w->len > 3 && str_ieq(st->s + w->off + w->len - 2, 2, "ly")))
                    object = true;
            }
        }
        /* "(+53.58 million)", "(-3.2%)": a signed figure after a level */
        if (cb == SIZE_MAX && n->qstart > st->a + 1 && n->qstart == k && t[k - 1].kind == TK_PUNCT &&
            t[k - 1].len == 1 && t[k - 1].off + 1 == t[k].off && (t[k - 2].flags & TF_OPEN) &&
            (st->s[t[k - 1].off] == '+' || st->s[t[k - 1].off] == '-')) {
            cb = k - 1;
            n->down = st->s[t[k - 1].off] == '-';
        }
        /* (or a plus sign anywhere, a slide's or a table's: "3G
         * Subscribers = 233MM, +82% Y/Y", "Mobile Internet Users +64MM";
         * not a sum, "1+1") */
        if (cb == SIZE_MAX && n->qstart == k && k > st->a && t[k - 1].kind == TK_PUNCT && t[k - 1].len == 1 &&
            st->s[t[k - 1].off] == '+' && t[k - 1].off + 1 == t[k].off &&
            (k - 1 == st->a || !is_quantity(&t[k - 2]) || gap_before(st->s, t, k - 1)) &&
            (t[k - 1].off == 0 || !is_alnum((unsigned char)st->s[t[k - 1].off - 1])) && !phone_code(st, k))
            cb = k - 1;
        size_t ca = list_fwd(&ch_after, t, st->n, k + 1, st->b);
        if (!ca && cb == SIZE_MAX && (ca = list_fwd(&ch_after_down, t, st->n, k + 1, st->b)) != 0)
            n->down = true;
        /* (past the noun of what changed, a compound's: "a 42.99 million
         * user increase", "a 5 million subscriber decline") */
        static const char *const compound_noun[] = {"user",     "users",    "subscriber", "subscribers", "netizen",
                                                    "netizens", "customer", "customers",  "account",     "accounts"};
        if (!ca && cb == SIZE_MAX && k + 2 < st->b && t[k + 1].kind == TK_WORD &&
            str_ieq_any(st->s + t[k + 1].off, t[k + 1].len, compound_noun, sizeof compound_noun / sizeof *compound_noun) &&
            n->qstart > st->a && (tok_is(&t[n->qstart - 1], WH(a)) || tok_is(&t[n->qstart - 1], WH(an)))) {
            ca = list_fwd(&ch_after, t, st->n, k + 2, st->b);
            if (!ca && (ca = list_fwd(&ch_after_down, t, st->n, k + 2, st->b)) != 0)
                n->down = true;
        }
        /* "51 million more surfers added in 2012", "China had 51 million
         * more netizens at the end of 2012": so many more of a count are
         * its change (not "more than", nor a share's "10 percent more") */
        if (!ca && cb == SIZE_MAX && k + 2 < st->b && num_class(&t[k]) == UC_COUNT && t[k + 1].kind == TK_WORD &&
            (str_ieq(st->s + t[k + 1].off, t[k + 1].len, "more") || str_ieq(st->s + t[k + 1].off, t[k + 1].len, "fewer")) &&
            t[k + 2].kind == TK_WORD && !(t[k + 2].flags & TF_CAP) && !str_ieq(st->s + t[k + 2].off, t[k + 2].len, "than")) {
            ca = k + 2;
            n->down = str_ieq(st->s + t[k + 1].off, t[k + 1].len, "fewer");
        }
        /* "30.1 percentage points lower than in cities", "higher than the
         * national average": the gap to another part, no change of a
         * figure over time, nor any figure of ours */
        if (ca && cb == SIZE_MAX && num_class(&t[k]) != UC_PERCENT && gap_to_part(st, ca)) {
            n->skip = true;
            continue;
        }
        /* (and a rate "more than" what no time names, another's: "3.84
         * trillion yuan, 50 percent more than that via traditional banks";
         * not "more than in 2011", "than a year earlier") */
        if (ca && cb == SIZE_MAX && num_class(&t[k]) == UC_PERCENT && ca > k + 1 &&
            str_ieq(st->s + t[ca - 1].off, t[ca - 1].len, "than")) {
            bool timed = false;
            for (size_t j = ca; j < st->b && j < ca + 5 && !timed && !is_clause_break(&t[j]); j++)
                timed = d->in_date[j] || (t[j].kind == TK_WORD && (in_list(&seq_word, &t[j]) || in_list(&seq_unit, &t[j])));
            if (!timed && ca < st->b && t[ca].kind == TK_WORD && !is_quantity(&t[ca])) {
                n->skip = true;
                continue;
            }
        }
        /* ", up 12.5%", "was up 30%", "down 5%"; in a headline or a
         * list's item, after its noun: "Internet users up 18.94 mln" (not
         * a particle: "made up 27.9 percent", "picked up") */
        bool up = n->qstart > st->a && tok_is(&t[n->qstart - 1], WH(up)),
             down = n->qstart > st->a && tok_is(&t[n->qstart - 1], WH(down));
        if (cb == SIZE_MAX && (up || down) &&
            (n->qstart - 1 == st->a || t[n->qstart - 2].kind == TK_PUNCT ||
             tok_is(&t[n->qstart - 2], WH(was)) || tok_is(&t[n->qstart - 2], WH(is)) ||
             tok_is(&t[n->qstart - 2], WH(were)) || tok_is(&t[n->qstart - 2], WH(are)) ||
             /* (an absolute clause's: "the IPv6 holdings being up 10.6%") */
             str_ieq(st->s + t[n->qstart - 2].off, t[n->qstart - 2].len, "being") ||
             elliptic_change(st, n->qstart - 2) ||
             /* (or a verb of moving's, a rate's: "edged down 2.43%",
              * "went up 5%"; not "signed up 402 million") */
             (moved_verb(st, n->qstart - 2) &&
              (num_class(&t[k]) == UC_PERCENT || num_class(&t[k]) == UC_POINTS)))) {
            cb = n->qstart - 1;
            n->down = down;
            /* (and the level it led to: "were up 5% to 3 trillion yuan") */
            size_t upto = num_class(&t[k]) == UC_PERCENT ? rate_to(st, k) : 0;
            if (upto)
                n->leads_to = upto + 1;
        }
        /* "surged 707 percent to 1.22 trillion yuan", "fell 3 percent to",
         * "rose 51 percent year-on-year to": a rate between a verb of change
         * and the level it led to */
        size_t to = cb == SIZE_MAX && num_class(&t[k]) == UC_PERCENT ? rate_to(st, k) : 0;
        if (to) {
            /* (a noun of change after it says it: "a 14% increase to") */
            if (!ca) {
                cb = n->qstart - 1;
                n->down = in_list(&fall_verb, &t[n->qstart - 1]);
            }
            n->leads_to = to + 1;
        }
        /* "revenue grew 30 percent in 2015", "sales fell nearly 5 percent":
         * a rate right after a verb of change is the change */
        /* (and percentage points: "penetration rose 2.9 percentage points
         * to 53.2 percent") */
        /* (not a line crossed: "yield falls below 6%", "rose above 50
         * percent", a level's threshold, no change's size) */
        static const char *const line_word[] = {"below", "above", "under", "over"};
        bool crossed = n->qstart < k && t[n->qstart].kind == TK_WORD &&
                       str_ieq_any(st->s + t[n->qstart].off, t[n->qstart].len, line_word,
                                   sizeof line_word / sizeof *line_word);
        if (cb == SIZE_MAX && (num_class(&t[k]) == UC_PERCENT || num_class(&t[k]) == UC_POINTS) &&
            n->qstart > st->a && !crossed &&
            (in_list(&rise_verb, &t[n->qstart - 1]) || in_list(&fall_verb, &t[n->qstart - 1]))) {
            cb = n->qstart - 1;
            n->down = in_list(&fall_verb, &t[n->qstart - 1]);
        }
        /* "rose 13.30 million to 59.10 million", "fell by 2 million (5%)
         * to 38 million": an amount after a verb of change that leads to
         * a level of its kind is the change */
        if (cb == SIZE_MAX && !ca && num_class(&t[k]) != UC_PERCENT && num_class(&t[k]) != UC_POINTS) {
            size_t v = n->qstart > st->a + 1 && tok_is(&t[n->qstart - 1], WH(by)) ? n->qstart - 1 : n->qstart;
            /* (past an adverb of the verb: "dropped for the first time, by
             * 27.83 million, to 281 million", "fell sharply by ...") */
            if (v < n->qstart)
                v = past_adverb(st, v);
            if (v > st->a && (in_list(&rise_verb, &t[v - 1]) || in_list(&fall_verb, &t[v - 1]))) {
                size_t j = k + 1;
                while (j < st->b && d->in_date[j])
                    j++;
                if (bracket_restatement_at(st, j))
                    j += 3;
                else if (j + 3 < st->b && in_restatement(st, j))
                    j += 4;
                /* (the change set off by commas: ", by 27.83 million, to") */
                if (j + 2 < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' && tok_is(&t[j + 1], WH(to)) &&
                    n->qstart > st->a + 2 && t[n->qstart - 2].kind == TK_PUNCT && st->s[t[n->qstart - 2].off] == ',')
                    j++;
                /* (the level past its qualifier: "increased 80.09 million
                 * to around 500 million") */
                size_t lv = j + 1 < st->b && tok_is(&t[j], WH(to)) ? past_qualifier(st, j + 1) : SIZE_MAX;
                if (lv != SIZE_MAX && is_quantity(&t[lv]) && num_class(&t[lv]) == num_class(&t[k])) {
                    cb = v - 1;
                    n->down = in_list(&fall_verb, &t[v - 1]);
                }
                /* (or to none: "netizens increased 50 million in 2017",
                 * "its funds increased nearly 300 billion yuan in the second
                 * quarter"; not a line crossed, "rose above 500 million") */
                else if (!crossed && (j >= st->b || !tok_is(&t[j], WH(to)))) {
                    cb = v - 1;
                    n->down = in_list(&fall_verb, &t[v - 1]);
                }
            }
        }
        if (cb == SIZE_MAX && !ca && change_subject(st, n->qstart, &n->subj_a, &n->subj_b))
            cb = n->qstart - 1;
        /* "added 17.32 million 3G users in October alone, and 147.49
         * million in the first ten months": a bare figure joined by "and"
         * to a change of its kind, with a span of its own, is a change too */
        /* (the change's word repeated: "an increase of 19.1% from the end
         * of 2016 and of 61.9% from a year earlier") */
        bool listed = false;
        size_t and_at = n->qstart > st->a + 2 && (tok_is(&t[n->qstart - 1], WH(of)) || tok_is(&t[n->qstart - 1], WH(by)))
                            ? n->qstart - 2
                            : n->qstart - 1;
        if (cb == SIZE_MAX && !ca && n->qstart > st->a + 1 && tok_is(&t[and_at], WH(and)) && !passed_verb(st, n->qstart) &&
            (k + 1 == st->b || d->in_date[k + 1] || t[k + 1].kind == TK_PUNCT ||
             str_ieq(st->s + t[k + 1].off, t[k + 1].len, "since") ||
             (and_at + 2 == n->qstart && (tok_is(&t[k + 1], WH(from)) || str_ieq(st->s + t[k + 1].off, t[k + 1].len, "over") ||
                                          tok_is(&t[k + 1], WH(on)))))) {
            for (size_t j = and_at; j-- > st->a;) {
                if (!is_quantity(&t[j]) || ni[j].skip || num_class(&t[j]) != num_class(&t[k]) || d->in_table[j])
                    continue;
                listed = ni[j].change != CH_NONE && !ni[j].leads_to;
                break;
            }
        }
        if (listed)
            cb = n->qstart - 1;
        /* "wiping about $6 billion off its market value": a loss, no
         * level */
        if (n->qstart > st->a && k + 1 < st->b &&
            (str_ieq(st->s + t[k + 1].off, t[k + 1].len, "off") ||
             str_ieq(st->s + t[k + 1].off, t[k + 1].len, "from")) &&
            t[n->qstart - 1].kind == TK_WORD) {
            static const char *const wipe[] = {"wiping", "wiped", "wipe", "wipes", "erasing", "erased",
                                               "shaving", "shaved", "knocking", "knocked"};
            if (str_ieq_any(st->s + t[n->qstart - 1].off, t[n->qstart - 1].len, wipe, 10)) {
                n->skip = true;
                continue;
            }
        }
        /* "sending its shares down about 19%", "the stock rose 5%": a
         * share price's move counts nothing here */
        if (cb != SIZE_MAX && num_class(&t[k]) == UC_PERCENT && cb > st->a) {
            static const char *const stock[] = {"shares", "stock", "stocks", "ads", "adss", "price"};
            for (size_t j = cb; j-- > st->a && j + 3 > cb && !n->skip;)
                if (t[j].kind == TK_WORD && str_ieq_any(st->s + t[j].off, t[j].len, stock, 6))
                    n->skip = true;
            /* (or a subject that opens with them: "Shares in Hang Seng-listed
             * payment terminal maker PAX Global Technology (0327) rose 2.3
             * per cent") */
            if (!n->skip && st->a + 1 < cb && str_ieq_any(st->s + t[st->a].off, t[st->a].len, stock, 6) &&
                (tok_is(&t[st->a + 1], WH(in)) || tok_is(&t[st->a + 1], WH(of))))
                n->skip = true;
            if (n->skip)
                continue;
        }
        /* "A record 4.12 million 3G users were added in October": the
         * passive of adding after the figure's noun */
        if (cb == SIZE_MAX && !ca && num_class(&t[k]) != UC_PERCENT)
            for (size_t j = k + 1; j + 1 < st->b && j < k + 7 && t[j].kind == TK_WORD; j++) {
                /* (or with no verb before it: "36 million net citizens
                 * newly increased in half a year") */
                if (j > k + 1 && str_ieq(st->s + t[j].off, t[j].len, "newly") &&
                    (str_ieq(st->s + t[j + 1].off, t[j + 1].len, "added") ||
                     str_ieq(st->s + t[j + 1].off, t[j + 1].len, "increased"))) {
                    ca = j + 2;
                    break;
                }
                if (!(tok_is(&t[j], WH(were)) || tok_is(&t[j], WH(was)) ||
                      str_ieq(st->s + t[j].off, t[j].len, "been")))
                    continue;
                size_t v = j + 1;
                if (v + 1 < st->b && str_ieq(st->s + t[v].off, t[v].len, "newly"))
                    v++;
                if (str_ieq(st->s + t[v].off, t[v].len, "added"))
                    ca = v + 1;
                break;
            }
        if (cb != SIZE_MAX || ca)
            n->change = num_class(&t[k]) == UC_PERCENT ? CH_GROWTH : CH_INCREASE;
        /* "up 10.4% quarter on quarter", "month-on-month": a change over a
         * quarter or a month, of a figure of that quarter or month only
         * (written below), from the level that many months before */
        if (n->change)
            n->seq = sequential_after(st, k);
        /* "dropped by 27.83 million to 281 million", "increased by 55.8
         * million to 564 million", "grew by 64.5% to 358 million": the
         * level the change led to follows */
        if (n->change && !n->leads_to && cb != SIZE_MAX) {
            /* (a date may stand between: "expanded by 186 million in 2013 to 400 million") */
            size_t j = k + 1;
            while (j < st->b && d->in_date[j])
                j++;
            /* (or its base: "increased by 126% year over year to 11.5
             * million", "year-on-year", "YoY") */
            j += yoy_at(st, j, true);
            /* (or the change restated: "rose by 37.98 million, or 32.1
             * percent, to 155 million") */
            if (j + 3 < st->b && in_restatement(st, j))
                j += 4;
            else if (bracket_restatement_at(st, j))
                j += 3;
            /* (or the span it came in: "surged by 120 million during the
             * year to 233 million", "over the year", "in the year") */
            /* (or "in the month", "over the quarter", "during the period") */
            if (j + 3 < st->b && (str_ieq(st->s + t[j].off, t[j].len, "during") || tok_is(&t[j], WH(in)) ||
                                  str_ieq(st->s + t[j].off, t[j].len, "over")) &&
                str_ieq(st->s + t[j + 1].off, t[j + 1].len, "the") &&
                (tok_is(&t[j + 2], WH(year)) || str_ieq(st->s + t[j + 2].off, t[j + 2].len, "month") ||
                 str_ieq(st->s + t[j + 2].off, t[j + 2].len, "quarter") ||
                 str_ieq(st->s + t[j + 2].off, t[j + 2].len, "period")))
                j += 3;
            /* (or the base compared with, in words: "expanded 14.29 percent
             * compared with the same period last year to 138.96 trillion
             * yuan", "compared to a year earlier") */
            if (j + 3 < st->b && str_ieq(st->s + t[j].off, t[j].len, "compared") &&
                (tok_is(&t[j + 1], WH(to)) || str_ieq(st->s + t[j + 1].off, t[j + 1].len, "with"))) {
                static const char *const base[] = {"the", "same", "period", "time", "of", "a", "year", "earlier",
                                                   "ago", "last", "previous", "corresponding"};
                size_t g = j + 2;
                while (g < st->b && g < j + 10 &&
                       (d->in_date[g] || (t[g].kind == TK_WORD && str_ieq_any(st->s + t[g].off, t[g].len, base, 12))))
                    g++;
                if (g > j + 2 && g + 1 < st->b && tok_is(&t[g], WH(to)))
                    j = g;
            }
            /* (or where it started: "increased by 107% from RMB125.5
             * billion in 2013 to RMB260.2 billion"; past a comma: "decreased
             * by 8.69%, from 1,132.65 billion yuan ... to 1,034.19 billion") */
            if (j + 3 < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' && tok_is(&t[j + 1], WH(from)) &&
                is_quantity(&t[j + 2]))
                j++;
            if (j + 2 < st->b && tok_is(&t[j], WH(from)) && is_quantity(&t[j + 1])) {
                j += 2;
                while (j < st->b && d->in_date[j])
                    j++;
            }
            /* (or the span since when: "increased 32.1 percent since the
             * beginning of the year to reach 155m") */
            if (j + 2 < st->b && str_ieq(st->s + t[j].off, t[j].len, "since")) {
                size_t g = j + 1;
                while (g < st->b && g < j + 8 && (t[g].kind == TK_WORD || d->in_date[g]) && !tok_is(&t[g], WH(to)))
                    g++;
                if (g + 1 < st->b && tok_is(&t[g], WH(to)))
                    j = g;
            }
            /* (past the verb of the level reached: "increased 32.1 percent
             * since the beginning of the year to reach 155m") */
            static const char *const reach[] = {"reach", "hit", "top", "total", "stand"};
            size_t q = j + 1;
            if (j + 2 < st->b && tok_is(&t[j], WH(to)) && t[j + 1].kind == TK_WORD &&
                str_ieq_any(st->s + t[j + 1].off, t[j + 1].len, reach, 5))
                q = j + 2 + (j + 3 < st->b && str_ieq(st->s + t[j + 2].off, t[j + 2].len, "at"));
            /* (past a few words that praise it: "to reach a staggering
             * 168.3 billion yuan", "to hit a record high of") */
            if (q > j + 1 && q + 1 < st->b && (tok_is(&t[q], WH(a)) || tok_is(&t[q], WH(an)))) {
                size_t g = q + 1;
                while (g < st->b && g < q + 4 && t[g].kind == TK_WORD && !is_quantity(&t[g]) && !tok_is(&t[g], WH(of)))
                    g++;
                if (g < st->b && tok_is(&t[g], WH(of)))
                    g++;
                if (g < st->b && g > q + 1 && is_quantity(&t[g]))
                    q = g;
            }
            /* (past its qualifier: "surged 70% year-on-year to more than
             * 880 billion yuan") */
            if (q < st->b && tok_is(&t[j], WH(to))) {
                q = past_qualifier(st, q);
                if (is_quantity(&t[q]) && level_of_change(n->change, &t[q], &t[k]))
                    n->leads_to = q;
            }
            /* (or a participle past a comma: "an increase of 14.4 percent
             * year-on-year, totaling 1.82 trillion yuan", "a growth rate of
             * 26.2 percent, generating 5.16 trillion yuan") */
            static const char *const total[] = {"totaling", "totalling", "reaching", "hitting", "generating"};
            if (!n->leads_to && j + 2 < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' &&
                t[j + 1].kind == TK_WORD && str_ieq_any(st->s + t[j + 1].off, t[j + 1].len, total, 5)) {
                q = j + 2;
                if (q + 1 < st->b && tok_is(&t[q], WH(a)))
                    q++; /* ("reaching a record 1.82 trillion yuan") */
                if (q + 1 < st->b && t[q].kind == TK_WORD && !is_quantity(&t[q]) && is_quantity(&t[q + 1]))
                    q++;
                if (q < st->b && is_quantity(&t[q]) && level_of_change(n->change, &t[q], &t[k])) {
                    n->leads_to = q;
                    n->leads_part = true;
                }
            }
            /* (or "bringing" what changed "to" it: "increased by 18.1
             * percent, bringing the wireless mobile population to 420
             * million", "taking the total to") */
            static const char *const bring[] = {"bringing", "taking", "pushing", "lifting", "raising"};
            if (!n->leads_to && j + 3 < st->b && t[j].kind == TK_PUNCT && st->s[t[j].off] == ',' &&
                t[j + 1].kind == TK_WORD && str_ieq_any(st->s + t[j + 1].off, t[j + 1].len, bring, 5)) {
                size_t g = j + 2;
                while (g < st->b && g < j + 9 && (t[g].kind == TK_WORD || (t[g].kind == TK_PUNCT && (t[g].flags & TF_HYPHEN))) &&
                       !tok_is(&t[g], WH(to)))
                    g++;
                if (g + 1 < st->b && tok_is(&t[g], WH(to))) {
                    q = past_qualifier(st, g + 1);
                    if (is_quantity(&t[q]) && level_of_change(n->change, &t[q], &t[k]))
                        n->leads_to = q;
                }
            }
        }
        /* "up 50 percent and 90 percent": the second is a change too,
         * each with its base: "up 39% YoY and 8% QoQ" */
        /* (a rate whose only word of change is its base takes the
         * direction of the first: "a decrease of 26.78% quarter on quarter
         * and 9.30% year on year", "down 18.12% and 9.87% year on year") */
        bool base_only = n->change && cb == SIZE_MAX && ca && rate_base_at(st, k + 1) > 0;
        if ((!n->change || base_only) && prev_q != SIZE_MAX && ni[prev_q].change &&
            num_class(&t[prev_q]) == num_class(&t[k])) {
            size_t m = prev_q + 1 + rate_base_at(st, prev_q + 1);
            /* (past what the first counts, and when: "added 42.99 million
             * netizens and 75.5 million mobile netizens", "added 5 million
             * users in 2012 and 8 million in 2013") */
            if (num_class(&t[k]) != UC_PERCENT)
                for (size_t w = 0; m < n->qstart && w < 6 && !tok_is(&t[m], WH(and)) &&
                                   (d->in_date[m] || (t[m].kind == TK_WORD && !tok_is(&t[m], WH(to)) &&
                                                      !tok_is(&t[m], WH(from)) && !in_list(&rise_verb, &t[m]) &&
                                                      !in_list(&fall_verb, &t[m])));
                     w++)
                    m++;
            /* (not a level a verb says it passed: "its 3G subscribers
             * increased by 4.133 million and passed 100 million") */
            /* (or a list's next, a comma before it: "grew by 34.92 million,
             * 30.91 million, and 35.92 million, respectively") */
            bool in_list_of = m == prev_q + 1 && t[m].kind == TK_PUNCT && st->s[t[m].off] == ',' &&
                              (n->qstart == m + 1 || (n->qstart == m + 2 && tok_is(&t[m + 1], WH(and))));
            /* (each of what a list before names, "respectively": one
             * rule cannot take them all, and none is taken) */
            bool respectively = false;
            for (size_t w = k + 1; w < st->b && in_list_of && !respectively; w++)
                respectively = t[w].kind == TK_WORD && str_ieq(st->s + t[w].off, t[w].len, "respectively");
            if (respectively) {
                n->skip = true;
                continue;
            }
            if (((n->qstart == m + 1 && tok_is(&t[m], WH(and))) || in_list_of) && !passed_verb(st, n->qstart)) {
                n->change = ni[prev_q].change;
                n->down = ni[prev_q].down;
                n->seq = sequential_after(st, k);
            }
        }
        /* a projection: only an undated projection indicator may take it */
        if (limit_before(st, n->qstart) || running_tally(st, k) || each_before(st, n->qstart) ||
            criterion_before(st, k) || label_number(st, k) || multiplier(st, k))
            n->skip = true;
        bool future = projected(d, st, n->qstart);
        if (future && n->change)
            n->skip = true;
        if (!n->skip && !n->change) {
            /* ("..., and their number reached": the subject's cue first) */
            struct cand c = their_number(st, n->qstart) ? subject_cue(d, st, k, n->qstart)
                                                        : (struct cand){-1, 1 << 30, 0, 0, false, 0};
            if (c.rule < 0)
                c = modified_subject_cue(d, st, k, n->qstart);
            if (c.rule < 0)
                c = best_cue(d, st, k, n->qstart);
            if (c.rule < 0)
                c = aside_subject_cue(d, st, k, n->qstart);
            if (c.rule < 0)
                c = subject_cue(d, st, k, n->qstart);
            if (c.rule < 0)
                c = card_cue(d, st, k, n->qstart);
            /* (a count's worth is no company's value: "3.77 billion
             * transactions in Q3, valued at 27.36 trillion yuan", the
             * count's money, if any, paid_amount() finds) */
            if (c.rule >= 0 && !c.after && c.a > st->a && worth_word(st, c.a) && prev_q != SIZE_MAX &&
                num_class(&t[prev_q]) == UC_COUNT && num_class(&t[k]) == UC_MONEY &&
                t[c.a - 1].kind == TK_PUNCT && st->s[t[c.a - 1].off] == ',')
                c.rule = -1;
            /* "had attracted 43.03 million users and 185.3 billion yuan":
             * one verb, two figures; the second, of another kind, reaches
             * the verb's cue past the first and its own noun */
            if (c.rule < 0 && prev_q != SIZE_MAX && n->qstart > st->a && tok_is(&t[n->qstart - 1], WH(and)) &&
                ni[prev_q].rule >= 0 && ni[prev_q].cue_after && ni[prev_q].cue_b == n->qstart - 1 &&
                num_class(&t[prev_q]) != num_class(&t[k]))
                c = best_cue(d, st, k, ni[prev_q].qstart);
            /* (a level reached past a mark: the mark's cue, "China's
             * Internet population broke through the 100-million mark ...
             * and reached 103 million") */
            for (size_t j = k; c.rule < 0 && j-- > st->a && j + 40 > k;)
                if (is_quantity(&t[j]) && ni[j].threshold) {
                    c = best_cue(d, st, j, ni[j].qstart);
                    break;
                }
            if (c.rule >= 0 && future && !r->v[c.rule].no_period && !r->v[c.rule].future)
                c.rule = -1;
            /* "53.58 million new Internet users": new ones are an increase
             * of the level, where the level has an increase indicator */
            /* (or ones that did it "for the first time": "43 million people
             * went online for the first time") */
            bool first_time = c.rule >= 0 && c.after && c.b + 3 < st->b &&
                              str_ieq(st->s + t[c.b].off, t[c.b].len, "for") &&
                              str_ieq(st->s + t[c.b + 1].off, t[c.b + 1].len, "the") &&
                              str_ieq(st->s + t[c.b + 2].off, t[c.b + 2].len, "first") &&
                              str_ieq(st->s + t[c.b + 3].off, t[c.b + 3].len, "time");
            /* (or "a further" one, of a level that has an increase:
             * "It took in a further 64.7 billion yuan in the first 15 days
             * of January") */
            size_t q0 = n->qstart;
            bool further = c.rule >= 0 && q0 >= st->a + 2 && num_class(&t[k]) != UC_PERCENT &&
                           ((str_ieq(st->s + t[q0 - 2].off, t[q0 - 2].len, "a") &&
                             str_ieq(st->s + t[q0 - 1].off, t[q0 - 1].len, "further")) ||
                            (str_ieq(st->s + t[q0 - 2].off, t[q0 - 2].len, "an") &&
                             str_ieq(st->s + t[q0 - 1].off, t[q0 - 1].len, "additional")));
            /* (or a label of new ones before the figure: "New Internet
             * users in the first half of 2017: 19.92 million") */
            bool new_label = c.rule >= 0 && !c.after && c.a > st->a &&
                             (c.a == st->a + 1 || t[c.a - 2].kind == TK_PUNCT) &&
                             (str_ieq(st->s + t[c.a - 1].off, t[c.a - 1].len, "new") ||
                              str_ieq(st->s + t[c.a - 1].off, t[c.a - 1].len, "newly")) &&
                             n->qstart > st->a && t[n->qstart - 1].kind == TK_PUNCT &&
                             (st->s[t[n->qstart - 1].off] == ':' || st->s[t[n->qstart - 1].off] == '=');
            /* (or "the number of new Internet users in China was 40.74
             * million": new ones, before the cue that leads to the figure) */
            /* (or "36 million net citizens newly increased in half a year":
             * new ones after the cue) */
            bool newly_after = c.rule >= 0 && c.after && c.b + 1 < st->b &&
                               str_ieq(st->s + t[c.b].off, t[c.b].len, "newly") &&
                               (str_ieq(st->s + t[c.b + 1].off, t[c.b + 1].len, "increased") ||
                                str_ieq(st->s + t[c.b + 1].off, t[c.b + 1].len, "added"));
            /* (or "were new" ones: "36.83 million 3G users were new
             * subscribers in 2010") */
            newly_after = newly_after ||
                          (c.rule >= 0 && c.after && c.b + 2 < st->b &&
                           (tok_is(&t[c.b], WH(were)) || tok_is(&t[c.b], WH(are))) &&
                           str_ieq(st->s + t[c.b + 1].off, t[c.b + 1].len, "new") && t[c.b + 2].kind == TK_WORD);
            /* (or people who became what the cue after counts: "About 9
             * million Chinese became netizens in the first half of this
             * year") */
            /* (or who started doing what it counts: "About 17 million
             * Chinese started to use the Internet last year") */
            static const char *const become[] = {"became", "become", "becoming", "started", "starting",
                                                 "began", "begun", "beginning"};
            bool became = false;
            for (size_t j = k + 1; c.rule >= 0 && c.after && j <= c.a && j < k + 4 && !became; j++)
                became = t[j].kind == TK_WORD && str_ieq_any(st->s + t[j].off, t[j].len, become, 8);
            bool new_before = c.rule >= 0 && !c.after && c.a >= st->a + 2 &&
                              (str_ieq(st->s + t[c.a - 1].off, t[c.a - 1].len, "new") ||
                               str_ieq(st->s + t[c.a - 1].off, t[c.a - 1].len, "newly")) &&
                              (tok_is(&t[c.a - 2], WH(of)) || str_ieq(st->s + t[c.a - 2].off, t[c.a - 2].len, "the"));
            if (c.rule >= 0 && (further || new_label || new_before || newly_after || became || (c.after && ((c.a > k + 1 && t[k + 1].kind == TK_WORD &&
                (str_ieq(st->s + t[k + 1].off, t[k + 1].len, "new") || str_ieq(st->s + t[k + 1].off, t[k + 1].len, "newly") ||
                 str_ieq(st->s + t[k + 1].off, t[k + 1].len, "additional"))) || first_time))))
                for (size_t ri = 0; ri < r->n; ri++)
                    if (r->v[ri].change == CH_INCREASE && r->v[ri].base &&
                        strcmp(r->v[ri].base, r->v[c.rule].id) == 0) {
                        n->change = CH_INCREASE;
                        c.rule = (int)ri;
                        break;
                    }
            /* "300 million registered users and 14 million drivers": the
             * second of a list that names its own noun, a plural no rule
             * knows there, counts that noun, not the first's */
            if (c.rule >= 0 && !c.after && own_plural_after(d, st, k)) {
                bool conj = false;
                for (size_t i = c.b; i < n->qstart && !conj; i++)
                    conj = tok_is(&t[i], WH(and)) || str_ieq(st->s + t[i].off, t[i].len, "or") ||
                           (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',');
                if (conj)
                    c.rule = -1;
            }
            /* "the acquisition of 91 Wireless": a bare number that opens a
             * name, its cue before it, counts nothing */
            /* (not a cue's words in capitals: "271 Payment Business
             * Permits") */
            size_t pe;
            if (c.rule >= 0 && !c.after && (t[k].flags & TF_SMALLINT) && k + 1 < st->b &&
                t[k + 1].kind == TK_WORD && (t[k + 1].flags & TF_CAP) && !d->in_date[k + 1] &&
                !place_at(st, k + 1, &pe) && !multiword_cue_at(r, st, k + 1))
                c.rule = -1;
            /* "the gross merchandise volume (GMV) of China's third-party
             * mobile payment market reached RMB 35.9 trillion in 2016. In
             * Q4 2016 alone, GMV hit RMB 12.7 trillion": a cue the sentence
             * before used for what its figure counted stands for that */
            /* (the sentence before counted that with those words before
             * its figure, and nothing of the cue's own) */
            if (c.rule >= 0 && !c.after && !st->card && topic->last.ind && st->pb > st->pa && c.b > c.a &&
                c.b - c.a <= 3 && topic->sent_at == st->pa && topic->last_subj_b > topic->last_subj_a) {
                const struct rule *lr = rules_find(r, topic->last.ind);
                int li = lr ? (int)(lr - r->v) : -1;
                bool before = false;
                for (size_t i = topic->last_subj_a; li >= 0 && i + (c.b - c.a) <= topic->last_subj_b && !before; i++) {
                    /* (words beside its cue, not the cue's own: "mobile
                     * internet access users numbered" names no "users" of
                     * another kind) */
                    if (i + (c.b - c.a) > topic->last_cue_a && i < topic->last_cue_b)
                        continue;
                    size_t m = 0;
                    while (m < c.b - c.a && t[i + m].hash == t[c.a + m].hash && t[i + m].kind == TK_WORD)
                        m++;
                    before = m == c.b - c.a;
                }
                if (before && li != c.rule && lr->change == CH_NONE && r->v[c.rule].change == CH_NONE &&
                    lr->unit == r->v[c.rule].unit && viable(d, st, (size_t)li, &t[k]))
                    c.rule = li;
            }
            if (c.rule >= 0) {
                take_cand(n, &c);
                if (!c.after)
                    mobile_section(d, st, n, k);
            }
            /* "Alipay accounted for 49.6 percent of the market, followed by
             * Tenpay with 19.4 percent": the next holder of the same kind
             * of figure, named before "with" */
            if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 && !ni[prev_q].change &&
                num_class(&t[prev_q]) == num_class(&t[k]) && n->qstart >= st->a + 2 &&
                str_ieq(st->s + t[n->qstart - 1].off, t[n->qstart - 1].len, "with")) {
                size_t e = n->qstart - 1, s0 = e;
                while (s0 > st->a && name_word(st, s0 - 1) && !in_list(&not_name, &t[s0 - 1]))
                    s0--;
                size_t ne;
                if (s0 < e && s0 >= st->a + 2 && str_ieq(st->s + t[s0 - 1].off, t[s0 - 1].len, "by") &&
                    str_ieq(st->s + t[s0 - 2].off, t[s0 - 2].len, "followed") && name_at(st, s0, e, &ne) &&
                    ne == e && viable(d, st, (size_t)ni[prev_q].rule, &t[k])) {
                    n->rule = ni[prev_q].rule;
                    n->cue_a = ni[prev_q].cue_a;
                    n->cue_b = ni[prev_q].cue_b;
                    n->cue_after = ni[prev_q].cue_after;
                    n->cue = ni[prev_q].cue;
                    n->entity = name_text(st, s0, e);
                }
            }
            /* "realized 82.15 billion transactions, totaling 49.48 trillion
             * yuan", "..., with the amount reaching 16.36 trillion yuan":
             * the money of counted transactions is what the money cue
             * before the count names */
            if (n->rule < 0 && prev_q == SIZE_MAX)
                value_of_these(d, st, ni, k);
            if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 && !ni[prev_q].change)
                paid_amount(d, st, ni, prev_q, k);
            /* (past the count's change: "82.196 billion online payment
             * transactions in 2015, an increase of 119.51 percent over
             * 2014, with a total value of 49.48 trillion yuan") */
            else if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].change) {
                size_t counted = prev_q;
                while (counted > st->a && (!is_quantity(&t[counted]) || d->in_date[counted] || (ni[counted].change && counted == prev_q)))
                    counted--;
                if (counted > st->a && is_quantity(&t[counted]) && ni[counted].rule >= 0 && !ni[counted].change && !ni[counted].skip)
                    paid_amount(d, st, ni, counted, k);
            }
            /* "618 million Internet users, with 53.58 million new ones": the
             * previous quantity's noun, newly added */
            if (prev_q != SIZE_MAX && (n->rule < 0 || n->rule == ni[prev_q].rule) && !n->change &&
                ni[prev_q].rule >= 0 && !ni[prev_q].change && num_class(&t[prev_q]) == num_class(&t[k]) && k + 2 < st->b &&
                str_ieq(st->s + t[k + 1].off, t[k + 1].len, "new") &&
                (str_ieq(st->s + t[k + 2].off, t[k + 2].len, "ones") || str_ieq(st->s + t[k + 2].off, t[k + 2].len, "one"))) {
                int ri = rules_change_of(r, CH_INCREASE, r->v[ni[prev_q].rule].id);
                if (ri >= 0) {
                    share_cue(n, &ni[prev_q]);
                    n->change = CH_INCREASE;
                }
            }
            /* "..., and 11.5 million through the express payment service":
             * an elided noun is the previous quantity's */
            if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 && ni[prev_q].cue_after &&
                num_class(&t[prev_q]) == num_class(&t[k]) && !ni[prev_q].change) {
                size_t between = 0;
                bool conj = false;
                for (size_t i = ni[prev_q].cue_b; i < n->qstart; i++) {
                    /* (a semicolon too: "80m internet users; by 2013 it had 618m") */
                    if (in_list(&conjunction, &t[i]) || (t[i].kind == TK_PUNCT && st->s[t[i].off] == ';'))
                        conj = true;
                    between++;
                }
                /* (not a figure with a label of its own: "3,400 paying
                 * customers; headcount 1,150") */
                if (n->qstart >= st->a + 2 && t[n->qstart - 1].kind == TK_WORD && t[n->qstart - 2].kind == TK_PUNCT &&
                    st->s[t[n->qstart - 2].off] == ';' && !rules_is_link(r, t[n->qstart - 1].hash) &&
                    !in_list(&conjunction, &t[n->qstart - 1]) && !in_list(&name_prep, &t[n->qstart - 1]))
                    conj = false;
                if (conj && between <= 12) {
                    const struct token *nx = k + 1 < st->b ? &t[k + 1] : NULL;
                    bool bare = !nx || nx->kind != TK_WORD || in_list(&name_prep, nx) ||
                                tok_is(nx, WH(through));
                    if (bare && viable(d, st, (size_t)ni[prev_q].rule, &t[k])) {
                        *n = (struct numinfo){.rule = ni[prev_q].rule, .q = n->q, .qstart = n->qstart,
                                              .cue_a = ni[prev_q].cue_a, .cue_b = ni[prev_q].cue_b,
                                              .cue_after = true, .date = -1};
                    }
                }
            }
            /* "Alibaba's revenue was 52.5 billion yuan, while Tencent's was
             * 78.9 billion yuan and Baidu's 49.1 billion yuan", "Alipay had
             * a 71.5 percent share, Tenpay 15.99 percent": a clause with a
             * name of its own and the verb left out counts what the figure
             * before counts, for that name */
            size_t gs = 0, ge = 0;
            if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 && !ni[prev_q].change &&
                !ni[prev_q].skip && num_class(&t[prev_q]) == num_class(&t[k]) &&
                r->v[ni[prev_q].rule].entity != EK_OBJECT && gapped_subject(st, prev_q, n->qstart, &gs, &ge) &&
                viable(d, st, (size_t)ni[prev_q].rule, &t[k])) {
                share_cue(n, &ni[prev_q]);
                n->entity = name_text(st, gs, ge);
            } else if (n->rule >= 0 && !n->entity && !n->change && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 &&
                       /* (of one indicator, whichever of its sections) */
                       strcmp(r->v[ni[prev_q].rule].id, r->v[n->rule].id) == 0 &&
                       r->v[n->rule].entity != EK_OBJECT &&
                       num_class(&t[prev_q]) == num_class(&t[k]) && gapped_subject(st, prev_q, n->qstart, &gs, &ge) &&
                       n->cue_b <= gs) {
                n->entity = name_text(st, gs, ge); /* its cue stands before the name */
            }
            /* "WeChat had 438m monthly active users. Sina Weibo, a
             * Twitter-like service, had 144m.": a sentence that says only
             * who had how many counts what the paragraph's last figure
             * counted, for its own subject */
            if (n->rule < 0 && prev_q == SIZE_MAX && topic->last.ind && n->qstart > st->a &&
                in_list(&having_verb, &t[n->qstart - 1]) &&
                (k + 1 >= st->b || (t[k + 1].kind == TK_PUNCT && (t[k + 1].flags & TF_SENT_END)))) {
                const struct rule *lr = rules_find(r, topic->last.ind);
                size_t ri = lr ? (size_t)(lr - r->v) : 0;
                char *subj = lr && lr->entity == EK_NAME && class_fits(lr->unit, num_class(&t[k])) &&
                                     viable(d, st, ri, &t[k])
                                 ? entity_subject(st, n->qstart - 1, topic)
                                 : NULL;
                if (subj) {
                    n->rule = (int)ri;
                    n->cue_a = n->cue_b = k;
                    n->cue_after = true;
                    n->cue = 0;
                    n->entity = subj;
                }
            }
            /* "China's netizen population kept growing in 2012. The
             * figure stood at 564 million": a sentence that opens with a
             * word standing for a figure, and names no quantity, counts
             * what the sentence before names */
            if (n->rule < 0 && !n->change && prev_q == SIZE_MAX && figure_subject(st, n->qstart) &&
                /* (a bare figure: "another 300,000 stations" counts its noun) */
                (k + 1 >= st->b || t[k + 1].kind != TK_WORD || in_list(&stop_after, &t[k + 1]) ||
                 (n->qstart == st->a && ((st->in_date && st->in_date[k + 1]) ||
                                         str_ieq(st->s + t[k + 1].off, t[k + 1].len, "as"))) ||
                 in_list(&from_filler, &t[k + 1]) || tok_is(&t[k + 1], WH(was)) || tok_is(&t[k + 1], WH(is)) ||
                 /* (nor a verb in the past: "The 2012 total of 308.61
                  * million represented an increase of ...") */
                 (t[k + 1].len > 4 && !(t[k + 1].flags & TF_CAP) &&
                  str_ieq(st->s + t[k + 1].off + t[k + 1].len - 2, 2, "ed")))) {
                struct cand pc = cue_before_sentence(d, st, &t[k]);
                /* (or a named holder's figure of the sentence before: "We had
                 * 48 million registered users. At the end of 2008 the figure
                 * was 31 million") */
                if (pc.rule < 0 && topic->last.ind && topic->last.ent && st->pb > st->pa) {
                    const struct rule *lr = rules_find(r, topic->last.ind);
                    if (lr && lr->change == CH_NONE && class_fits(lr->unit, num_class(&t[k])) &&
                        t[k].value >= lr->min && t[k].value <= lr->max) {
                        pc = (struct cand){(int)(lr - r->v), 0, st->a, st->a + 1, false, 0};
                        free(n->entity);
                        n->entity = xstrdup(topic->last.ent);
                    }
                }
                /* (or, opening the block, the last figure's of the block
                 * before: "... 213.5 billion yuan during Singles Day. ||
                 * The figure surpassed last year's 168.2 billion yuan") */
                const struct rule *cr = pc.rule < 0 && st->pa == st->pb && st->a == 0 && d->carry_ind && d->carry_ent
                                            ? rules_find(r, d->carry_ind)
                                            : NULL;
                if (cr && cr->change != CH_NONE)
                    cr = cr->base ? rules_find(r, cr->base) : NULL;
                /* (its context is the block before's: the range alone) */
                if (cr && class_fits(cr->unit, num_class(&t[k])) && t[k].value >= cr->min && t[k].value <= cr->max) {
                    pc = (struct cand){(int)(cr - r->v), 0, st->a, st->a + 1, false, 0};
                    n->entity = xstrdup(d->carry_ent);
                }
                if (pc.rule >= 0) { /* (its cue the words that stand for it) */
                    n->rule = pc.rule;
                    n->cue_a = st->a;
                    n->cue_b = st->a + 1;
                    n->cue_after = false;
                    n->cue = pc.cue;
                }
            }
            /* "CNNIC counted 117.6 million people who used their phones
             * ...; by the end of 2014 the figure was 556.78 million": a
             * clause after a semicolon that opens with a word standing for
             * a figure counts what the sentence's first figure counts */
            if (n->rule < 0 && !n->change && prev_q != SIZE_MAX) {
                size_t semi = SIZE_MAX;
                for (size_t i = n->qstart; i-- > st->a && i + 12 > n->qstart;)
                    if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ';') {
                        semi = i;
                        break;
                    }
                struct sent cl = *st;
                cl.a = semi + 1;
                while (cl.a < n->qstart && t[cl.a].kind == TK_SKIP) /* (a note's mark: ";1 by the end of") */
                    cl.a++;
                if (semi != SIZE_MAX && figure_subject(&cl, n->qstart))
                    for (size_t j = st->a; j < semi; j++)
                        if (is_quantity(&t[j]) && ni[j].rule >= 0 && !ni[j].change && !ni[j].skip &&
                            num_class(&t[j]) == num_class(&t[k]) && viable(d, st, (size_t)ni[j].rule, &t[k])) {
                            share_cue(n, &ni[j]);
                            break;
                        }
            }
            /* "funds had assets of $186 billion; by 2001, this had risen
             * to $2.3 trillion": the level a pronoun's change led to counts
             * what the figure before it counts */
            if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 && !ni[prev_q].change &&
                !ni[prev_q].skip && num_class(&t[prev_q]) == num_class(&t[k]) && pronoun_led_to(st, n->qstart) &&
                viable(d, st, (size_t)ni[prev_q].rule, &t[k])) {
                share_cue(n, &ni[prev_q]);
            }
            /* (or, the sentence's first figure, the block's last fact:
             * "... The figure was up 13.4 percent from 298 million. China
             * passed the U.S. in June of last year, when its total reached
             * 253 million") */
            /* (or, opening the block, the block before's: "Formed May 29,
             * 2013, Yu'e Bao's initial scale was only CNY200 million" ||
             * "It rose to CNY55.7 billion ...") */
            else if (n->rule < 0 && prev_q == SIZE_MAX &&
                     (topic->last.ind || (st->a == 0 && d->carry_ind && d->carry_ent)) &&
                     pronoun_led_to(st, n->qstart)) {
                bool carried = !topic->last.ind;
                const struct rule *lr = rules_find(r, carried ? d->carry_ind : topic->last.ind);
                if (carried && lr && lr->change != CH_NONE)
                    lr = lr->base ? rules_find(r, lr->base) : NULL;
                if (lr && lr->change == CH_NONE && class_fits(lr->unit, num_class(&t[k])) &&
                    viable(d, st, (size_t)(lr - r->v), &t[k])) {
                    n->rule = (int)(lr - r->v);
                    n->cue_a = n->cue_b = n->qstart;
                    n->cue_after = false;
                    n->cue = 0;
                    if (carried) {
                        free(n->entity);
                        n->entity = xstrdup(d->carry_ent);
                    }
                }
            }
        }
        /* "WeChat (806 million MAUs), QQ (877 million) and Weibo (297
         * million)", "dominated by Alipay (54.1%) and Tenpay (37.0%)": a
         * figure in brackets after a name is that name's; one without a
         * cue counts what the figure in brackets before it counts, and
         * the first reaches the cue before the list */
        size_t bn0, bn1;
        if (!n->skip && !n->change && bracket_name(st, k, n->qstart, &bn0, &bn1)) {
            if (n->rule < 0) {
                for (size_t j = k; j-- > st->a;) {
                    size_t j0, j1;
                    if (!is_quantity(&t[j]) || ni[j].skip || ni[j].change)
                        continue;
                    if (ni[j].rule >= 0 && num_class(&t[j]) == num_class(&t[k]) &&
                        bracket_name(st, j, ni[j].qstart, &j0, &j1) && viable(d, st, (size_t)ni[j].rule, &t[k])) {
                        share_cue(n, &ni[j]);
                    }
                    break;
                }
                if (n->rule < 0) {
                    struct cand c = best_cue(d, st, k, bn0);
                    if (c.rule >= 0)
                        take_cand(n, &c);
                }
                /* "Alipay ranked first with a share of 47.5%, followed by
                 * Tenpay (20.0%)": the figure before, of its kind */
                if (n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 && !ni[prev_q].change &&
                    num_class(&t[prev_q]) == num_class(&t[k]) && r->v[ni[prev_q].rule].entity == EK_NAME &&
                    viable(d, st, (size_t)ni[prev_q].rule, &t[k])) {
                    share_cue(n, &ni[prev_q]);
                }
            }
            if (n->rule >= 0 && !n->entity && r->v[n->rule].entity == EK_NAME)
                n->entity = name_text(st, bn0, bn1);
        }
        /* "Market shares in 2016: Alipay 54.1%, Tenpay 37.0%": a list of
         * names and figures after a colon; the first reaches the cue
         * before the colon, the others count what it counts */
        else if (!n->skip && !n->change && n->rule < 0 && listed_pair(st, n->qstart, &bn0, &bn1)) {
            size_t j = prev_q;
            size_t j0, j1;
            if (j != SIZE_MAX && ni[j].rule >= 0 && !ni[j].change && num_class(&t[j]) == num_class(&t[k]) &&
                listed_pair(st, ni[j].qstart, &j0, &j1) && viable(d, st, (size_t)ni[j].rule, &t[k])) {
                share_cue(n, &ni[j]);
            } else if (bn0 > st->a && st->s[t[bn0 - 1].off] == ':') {
                struct cand c = best_cue(d, st, k, bn0 - 1);
                if (c.rule >= 0 && r->v[c.rule].entity == EK_NAME)
                    take_cand(n, &c);
            }
            if (n->rule >= 0 && r->v[n->rule].entity == EK_NAME)
                n->entity = name_text(st, bn0, bn1);
        }
        /* "Alipay's share was 49.6 per cent, with Tenpay at 19.4 per cent":
         * the figure after a name and "at" is that name's, and counts what
         * the figure before counts when it finds nothing itself */
        else if (!n->skip && !n->change && prev_q != SIZE_MAX && at_name(st, n->qstart, &bn0, &bn1)) {
            size_t j = prev_q;
            if (n->rule < 0 && ni[j].rule >= 0 && !ni[j].change && num_class(&t[j]) == num_class(&t[k]) &&
                viable(d, st, (size_t)ni[j].rule, &t[k])) {
                share_cue(n, &ni[j]);
            }
            if (n->rule >= 0 && r->v[n->rule].entity == EK_NAME && !n->entity)
                n->entity = name_text(st, bn0, bn1);
        }
        /* "it reached 5.99 trillion yuan in 2014 and 16.36 trillion yuan
         * in 2015": a figure after the date of the one before and "and"
         * counts what that one counts */
        if (!n->skip && !n->change && n->rule < 0 && prev_q != SIZE_MAX && ni[prev_q].rule >= 0 &&
            !ni[prev_q].change && !ni[prev_q].skip && num_class(&t[prev_q]) == num_class(&t[k]) &&
            n->qstart > prev_q + 2 && tok_is(&t[n->qstart - 1], WH(and)) &&
            viable(d, st, (size_t)ni[prev_q].rule, &t[k])) {
            size_t e = n->qstart - 1;
            if (e > prev_q + 1 && st->s[t[e - 1].off] == ',')
                e--;
            bool dated = e > prev_q + 1;
            for (size_t i = prev_q + 1; i < e && dated; i++)
                dated = st->in_date && st->in_date[i];
            if (dated)
                share_cue(n, &ni[prev_q]);
        }
        prev_q = k;
    }

    /* "over one billion (1,032 million) netizens", "about 79 million
     * (7,849万)": a rounded figure's exact value in brackets right after
     * it counts what that figure counts */
    for (size_t k = st->a + 2; k + 1 < st->b; k++) {
        struct numinfo *n = &ni[k];
        size_t p = n->qstart >= st->a + 2 ? n->qstart - 2 : SIZE_MAX;
        if (!is_quantity(&t[k]) || p == SIZE_MAX || !(t[n->qstart - 1].flags & TF_OPEN) ||
            !(t[k + 1].flags & TF_CLOSE) || !is_quantity(&t[p]) || ni[p].skip || ni[p].rule < 0 || ni[p].change ||
            num_class(&t[p]) != num_class(&t[k]) || num_class(&t[k]) == UC_PERCENT ||
            (t[p].unit && t[k].unit ? strcmp(t[p].unit, t[k].unit) != 0 : t[p].unit != t[k].unit) ||
            t[p].value <= 0 || t[k].value == t[p].value || fabs(t[k].value - t[p].value) > 0.1 * t[p].value ||
            tok_digits(st->s, &t[k]) <= tok_digits(st->s, &t[p]))
            continue;
        n->skip = false;
        share_cue(n, &ni[p]);
        n->cue_rule = ni[p].cue_rule;
    }

    /* "with bandwidth of 3,817.006Gbps, followed by China United Network
     * Communications (1,501.805Gbps), China Mobile (787.763Gbps) and
     * CERNET (61.440Gbps)": figures in brackets after names listed after
     * a figure of the same unit count what it counts, each its name's */
    for (size_t k = st->a + 3; k + 1 < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule >= 0 || n->change || !t[k].unit || n->qstart <= st->a + 2)
            continue;
        size_t o = n->qstart - 1;
        if (!(t[o].flags & TF_OPEN) || !(t[k + 1].flags & TF_CLOSE) || !name_word(st, o - 1))
            continue;
        /* (the name before the bracket) */
        size_t na = o - 1;
        while (na > st->a && name_word(st, na - 1) && na + 6 > o)
            na--;
        size_t ne;
        if (!name_at(st, na, o, &ne) || ne != o)
            continue;
        /* (back to the figure that leads the list, past the items before:
         * separators, names and their figures in brackets) */
        size_t j = na;
        bool ok = false;
        while (j > st->a) {
            const struct token *x = &t[j - 1];
            if (x->kind == TK_PUNCT && (st->s[x->off] == ',' || (x->flags & (TF_OPEN | TF_CLOSE)))) {
                j--;
                continue;
            }
            if (tok_is(x, WH(and)) || name_word(st, j - 1) || (x->kind == TK_WORD && (str_ieq(st->s + x->off, x->len, "followed") ||
                                                                                      tok_is(x, WH(by)))) ||
                (is_quantity(x) && j - 1 > st->a && (t[j - 2].flags & TF_OPEN))) {
                j--;
                continue;
            }
            ok = is_quantity(x) && !ni[j - 1].skip && ni[j - 1].rule >= 0 && !ni[j - 1].change && x->unit &&
                 strcmp(x->unit, t[k].unit) == 0 && num_class(x) == num_class(&t[k]);
            break;
        }
        if (!ok)
            continue;
        share_cue(n, &ni[j - 1]);
        n->cue_rule = ni[j - 1].cue_rule;
        free(n->entity);
        n->entity = name_text(st, na, ne);
        n->part = true;
    }

    /* ranges: "between X and Y", "X to Y", "X~Y" */
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip)
            continue;
        /* "between 2.5 million and 3 million websites", "60-70 percent of
         * payments": the lower bound counts what the upper bound counts */
        if (ni[k].rule < 0 && k + 2 < st->b && is_quantity(&t[k + 2]) && ni[k + 2].rule >= 0 && !ni[k + 2].skip &&
            !ni[k + 2].change && !ni[k].change && num_class(&t[k + 2]) == num_class(&t[k]) &&
            t[k + 2].value > t[k].value &&
            ((tok_is(&t[k + 1], WH(and)) && ni[k].qstart > st->a && tok_is(&t[ni[k].qstart - 1], WH(between))) ||
             (tok_is(&t[k + 1], WH(to)) &&
              (range_before(st, ni[k].qstart) ||
               /* (two amounts each with its currency: "at US$10.50 to US$12.50 each") */
               (num_class(&t[k]) == UC_MONEY && t[k].len != t[k].numlen && t[k + 2].len != t[k + 2].numlen &&
                strcmp(t[k].unit, t[k + 2].unit) == 0 && money_written_before(st, k) &&
                money_written_before(st, k + 2) && !ni[k].from &&
                !(ni[k].qstart > st->a && (in_list(&rise_verb, &t[ni[k].qstart - 1]) ||
                                           in_list(&fall_verb, &t[ni[k].qstart - 1])))))) ||
             (t[k + 1].kind == TK_PUNCT && (st->s[t[k + 1].off] == '~' || dash_at(st->s, &t[k + 1]))))) {
            /* (a range foreseen, "expects net revenues to be between X and
             * Y", is no figure of a dated indicator) */
            const struct rule *ur = &d->r->v[ni[k + 2].rule];
            if (projected(d, st, ni[k].qstart) && !ur->no_period && !ur->future) {
                ni[k].skip = ni[k + 2].skip = true;
                continue;
            }
            share_cue(&ni[k], &ni[k + 2]);
        }
        if (ni[k].rule < 0)
            continue;
        size_t j = k + 1;
        /* "between 30,000 billion yuan (€3,534.3 billion) and 50,000 billion yuan" */
        if (j < st->b && (t[j].flags & TF_OPEN)) {
            size_t q = j + 1;
            while (q < st->b && !(t[q].flags & (TF_CLOSE | TF_SENT_END)))
                q++;
            if (q < st->b && (t[q].flags & TF_CLOSE) && q - j <= 4)
                j = q + 1;
        }
        if (j + 1 < st->b && (tok_is(&t[j], WH(and)) || tok_is(&t[j], WH(to)) ||
                              /* (or a dash, "$200–300 billion") */
                              (t[j].kind == TK_PUNCT && (st->s[t[j].off] == '~' || dash_at(st->s, &t[j])))) &&
            is_quantity(&t[j + 1]) && num_class(&t[j + 1]) == num_class(&t[k])) {
            bool between = ni[k].qstart > st->a && tok_is(&t[ni[k].qstart - 1], WH(between));
            bool dash = t[j].kind == TK_PUNCT;
            bool to_range = !tok_is(&t[j], WH(and)) && !ni[k].from && (ni[k].q == Q_EXACT || dash);
            /* "a price range of $16 to $18": "to" joins a range only after
             * the word range */
            /* (or in a projection of no date: "could reach 10 trillion to
             * 12 trillion yuan"; or two amounts, each with its currency, that
             * nothing moves between: "valued at $150 billion to $200
             * billion") */
            bool both_money = num_class(&t[k]) == UC_MONEY && t[k].len != t[k].numlen &&
                              t[j + 1].len != t[j + 1].numlen && strcmp(t[k].unit, t[j + 1].unit) == 0 &&
                              money_written_before(st, k) && money_written_before(st, j + 1) && !ni[k].change &&
                              !ni[k].from && !(ni[k].qstart > st->a && (in_list(&rise_verb, &t[ni[k].qstart - 1]) ||
                                                                       in_list(&fall_verb, &t[ni[k].qstart - 1])));
            bool ranged = range_before(st, ni[k].qstart) || r->v[ni[k].rule].no_period || both_money;
            if (between || (to_range && t[j + 1].value > t[k].value && ni[j + 1].q == Q_EXACT &&
                            (!tok_is(&t[j], WH(to)) || ranged))) {
                ni[k].q = Q_AT_LEAST;
                ni[j + 1].q = Q_LESS_THAN;
                if (ni[j + 1].rule < 0 && !ni[j + 1].skip) {
                    share_cue(&ni[j + 1], &ni[k]);
                    ni[j + 1].qstart = j + 1;
                }
            }
        }
    }

    /* "from X (in 2009) to Y": X counts what Y counts */
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || !ni[k].from || ni[k].rule >= 0 || ni[k].skip || ni[k].change)
            continue;
        for (size_t j = k + 1; j < st->b; j++) {
            if (!is_quantity(&t[j]))
                continue;
            if (num_class(&t[j]) == num_class(&t[k]) && ni[j].rule >= 0 && !ni[j].change &&
                ni[j].qstart > st->a && tok_is(&t[ni[j].qstart - 1], WH(to)) &&
                viable(d, st, (size_t)ni[j].rule, &t[k])) {
                share_cue(&ni[k], &ni[j]);
            }
            break;
        }
    }

    /* "rose from 47 million at the end of 2010 to 128 million a year later,
     * and to 233.8 million by the end of 2012": a level the change went on
     * to counts what the one it first went to counts */
    for (size_t k = st->a + 2; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change)
            continue;
        size_t q0 = ni[k].qstart;
        /* (and a list after such a level: "... jumping to 19.1 billion yuan
         * in 2012 and 35 billion yuan in 2013") */
        /* (or a comma: "57.20 trillion yuan in the first quarter, 60.91
         * trillion yuan in the second, 63.37 trillion yuan in the third
         * and ...", its dates elliptic) */
        if (q0 >= st->a + 2 && (tok_is(&t[q0 - 1], WH(and)) || (t[q0 - 1].kind == TK_PUNCT && st->s[t[q0 - 1].off] == ','))) {
            size_t j = q0 - 1;
            while (j > st->a && d->in_date[j - 1])
                j--;
            /* ("in the second": a part of the year named before, elliptic) */
            if (j > st->a + 2 && t[j - 1].kind == TK_WORD && ordinal_part(st, j - 1) && str_ieq(st->s + t[j - 2].off, t[j - 2].len, "the") &&
                tok_is(&t[j - 3], WH(in)))
                j -= 3;
            /* (or a short phrase holding a date: "119.9 billion yuan
             * during the 2017 event, 159.2 billion yuan in 2018") */
            if (j > st->a && !is_quantity(&t[j - 1])) {
                size_t i = j;
                bool dated = false;
                while (i > st->a && j - i < 6 && (t[i - 1].kind == TK_WORD || d->in_date[i - 1])) {
                    dated = dated || d->in_date[i - 1];
                    i--;
                }
                if (dated && i > st->a && is_quantity(&t[i - 1]))
                    j = i;
            }
            if (j > st->a && is_quantity(&t[j - 1]) && ni[j - 1].rule >= 0 && !ni[j - 1].change && !ni[j - 1].skip &&
                num_class(&t[j - 1]) == num_class(&t[k]) && viable(d, st, (size_t)ni[j - 1].rule, &t[k]))
                share_cue(&ni[k], &ni[j - 1]);
            continue;
        }
        /* (", and was RMB29.4 billion in the six months ended June 30":
         * the subject's verb again, after "and") */
        {
            size_t v = q0;
            if (v > st->a + 2 && str_ieq(st->s + t[v - 1].off, t[v - 1].len, "at"))
                v--;
            static const char *const again[] = {"was", "were", "stood", "reached", "totaled", "totalled", "hit"};
            if (v > st->a + 2 && t[v - 1].kind == TK_WORD &&
                str_ieq_any(st->s + t[v - 1].off, t[v - 1].len, again, sizeof again / sizeof *again) &&
                tok_is(&t[v - 2], WH(and)) && (v - 1 == q0 - 1 || str_ieq(st->s + t[v - 1].off, t[v - 1].len, "stood"))) {
                for (size_t j = v - 2; j-- > st->a;) {
                    if (!is_quantity(&t[j]) || ni[j].skip)
                        continue;
                    if (num_class(&t[j]) == num_class(&t[k]) && ni[j].rule >= 0 && !ni[j].change &&
                        viable(d, st, (size_t)ni[j].rule, &t[k]))
                        share_cue(&ni[k], &ni[j]);
                    break;
                }
                continue;
            }
        }
        if (q0 < st->a + 3 || !tok_is(&t[q0 - 1], WH(to)))
            continue;
        /* (", and then to 210 million") */
        size_t an = str_ieq(st->s + t[q0 - 2].off, t[q0 - 2].len, "then") ? q0 - 3 : q0 - 2;
        /* (or a verb of change of the same subject: "sales reached RMB5.2
         * billion in 2011, before jumping to 19.1 billion yuan in 2012") */
        bool verb = in_list(&rise_verb, &t[q0 - 2]) || in_list(&fall_verb, &t[q0 - 2]);
        if (verb && (t[q0 - 2].flags & TF_CAP))
            continue;
        if (!tok_is(&t[an], WH(and)) && !verb)
            continue;
        for (size_t j = verb ? q0 - 2 : an; j-- > st->a;) {
            if (!is_quantity(&t[j]) || ni[j].skip)
                continue;
            if (num_class(&t[j]) == num_class(&t[k]) && ni[j].rule >= 0 && !ni[j].change && ni[j].qstart > st->a &&
                (verb || tok_is(&t[ni[j].qstart - 1], WH(to))) && viable(d, st, (size_t)ni[j].rule, &t[k]))
                share_cue(&ni[k], &ni[j]);
            break;
        }
    }

    /* "The Internet penetration rate rose from 10.5% at the end of 2006
     * to 16.0%": where the change went counts what it came from counts,
     * its cue too far for a cue of its own */
    for (size_t k = st->a + 1; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || ni[k].from)
            continue;
        size_t q0 = ni[k].qstart;
        if (q0 <= st->a || !tok_is(&t[q0 - 1], WH(to)))
            continue;
        for (size_t j = q0 - 1; j-- > st->a;) {
            if (is_clause_break(&t[j]))
                break;
            if (!is_quantity(&t[j]) || ni[j].skip)
                continue;
            if (ni[j].from && num_class(&t[j]) == num_class(&t[k]) && ni[j].rule >= 0 && !ni[j].change &&
                viable(d, st, (size_t)ni[j].rule, &t[k]))
                share_cue(&ni[k], &ni[j]);
            break;
        }
    }

    /* "649 million in 2014, up 3 percent from 631 million in 2013": the
     * figure a change started from counts what the level before the change
     * counts; the earlier level is stated, not derived */
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || !ni[k].from || ni[k].rule >= 0 || ni[k].skip || ni[k].change)
            continue;
        size_t p = years_own_start(d, st, ni[k].qstart) - 1; /* "from" (before "last year's") */
        size_t c = p > st->a ? change_words_before(st, ni, p) : SIZE_MAX;
        if (c == SIZE_MAX || ni[c].skip)
            continue;
        for (size_t j = c; j-- > st->a;) {
            if (!is_quantity(&t[j]) || ni[j].skip || ni[j].change)
                continue;
            if (num_class(&t[j]) == num_class(&t[k]) && ni[j].rule >= 0 && viable(d, st, (size_t)ni[j].rule, &t[k])) {
                share_cue(&ni[k], &ni[j]);
                ni[c].origin_stated = true;
                ni[k].base_of = j + 1;
            }
            break;
        }
    }

    /* "31.9 billion yuan in 2012, compared to 2.8 billion yuan in 2011",
     * "234 million in 2012 as against 128 million": the figure compared
     * with counts what the one before it counts */
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change)
            continue;
        /* "nearly triple 2015's 13 trillion yuan": a year's figure after a
         * figure is compared with it */
        size_t q0 = ni[k].qstart;
        bool years_own = q0 >= st->a + 3 && t[q0 - 1].kind == TK_WORD && t[q0 - 1].len == 1 && tok_is(&t[q0 - 1], WH(s)) &&
                         t[q0 - 2].kind == TK_PUNCT && t[q0 - 3].kind == TK_NUM && (t[q0 - 3].flags & TF_YEAR) &&
                         t[q0 - 2].off == t[q0 - 3].off + t[q0 - 3].len;
        /* (or ", from" alone: "totalled Rmb2.17 trillion at the end of
         * 2011, from Rmb2.48 trillion the year before") */
        size_t cs0 = compared_start(d, st, ni[k].qstart);
        bool comma_from = cs0 >= st->a + 3 && tok_is(&t[cs0 - 1], WH(from)) && t[cs0 - 2].kind == TK_PUNCT &&
                          st->s[t[cs0 - 2].off] == ',';
        if (!years_own && !comma_from && list_back(&compare_word, t, cs0, st->a, NULL) == SIZE_MAX) {
            /* "compared with 91.2 billion yuan in 2015 and 57.1 billion yuan
             * in 2014": a list goes on with what was compared */
            /* (past "just", "only": "and just 55.7 billion yuan a year before") */
            size_t q = past_only(st, ni[k].qstart);
            /* (its own "from" repeated: "up from 33.7 million a year
             * earlier and from 45.8 million in June") */
            if (q > st->a + 1 && tok_is(&t[q - 1], WH(from)) &&
                (tok_is(&t[q - 2], WH(and)) || (t[q - 2].kind == TK_PUNCT && st->s[t[q - 2].off] == ',')))
                q--;
            if (q <= st->a || !(tok_is(&t[q - 1], WH(and)) || (t[q - 1].kind == TK_PUNCT && st->s[t[q - 1].off] == ',')))
                continue;
            size_t j = q - 1;
            while (j > st->a && !is_quantity(&t[j - 1]) && (st->in_date[j - 1] || t[j - 1].kind == TK_PUNCT))
                j--;
            /* (past the place of the figure before: "69.1 percent in
             * cities and 53.2 percent nationwide") */
            for (size_t m = j; m-- > st->a && m + 6 > j;) {
                size_t e;
                if (is_quantity(&t[m]) && place_after(st, m, &e) && e == j) {
                    j = m + 1;
                    break;
                }
            }
            /* (or one a change started from: "up from 8.9 million at the
             * end of 1999 and just 2.1 million at the end of 1998") */
            if (j <= st->a || !is_quantity(&t[j - 1]) || !(ni[j - 1].compared || ni[j - 1].from) || ni[j - 1].rule < 0 ||
                num_class(&t[j - 1]) != num_class(&t[k]) || !viable(d, st, (size_t)ni[j - 1].rule, &t[k]))
                continue;
            share_cue(&ni[k], &ni[j - 1]);
            if (ni[j - 1].cue_rule)
                ni[k].rule = ni[j - 1].cue_rule - 1; /* (the cue's own section, before its place) */
            ni[k].compared = true;
            place_section(d, st, &ni[k], k);
            continue;
        }
        for (size_t j = k; j-- > st->a;) {
            /* (past a date's count: "in the 12 months ended Sept. 30"; or
             * a span's: "during the 24 hours"; or a multiple's: "more than
             * 17 times the 52 million yuan recorded") */
            if (!is_quantity(&t[j]) || ni[j].skip || st->in_date[j] || duration_word(st, j) ||
                ((t[j].flags & TF_SMALLINT) && j + 1 < st->b && in_list(&span_unit, &t[j + 1])) ||
                (j + 1 < k && t[j + 1].kind == TK_WORD && str_ieq(st->s + t[j + 1].off, t[j + 1].len, "times")))
                continue;
            /* (past a count of another kind that counts nothing of ours:
             * "fell to Rmb548.4 billion across 176 funds, compared with
             * Rmb741.4 billion from 167 funds the previous year") */
            if (ni[j].rule < 0 && num_class(&t[j]) != num_class(&t[k]) && num_class(&t[j]) == UC_COUNT)
                continue;
            /* (not a figure with a noun of its own: "the average holding
             * fell from 3,332.83 shares to 1,925.89 shares") */
            if (num_class(&t[j]) == num_class(&t[k]) && ni[j].rule >= 0 && !ni[j].change &&
                viable(d, st, (size_t)ni[j].rule, &t[k]) &&
                !(own_plural_after(d, st, k) && !cue_at_of(&r->v[ni[j].rule], st, k + 1))) {
                share_cue(&ni[k], &ni[j]);
                ni[k].compared = true;
                ni[k].base_of = j + 1;
                place_section(d, st, &ni[k], k);
            }
            break;
        }
    }

    /* "632 million netizens, 527 million of them on mobile": the mobile
     * part of the figure before, where an indicator counts it */
    for (size_t k = st->a; k + 3 < st->b; k++) {
        size_t e;
        const char *seg;
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || !tok_is(&t[k + 1], WH(of)) ||
            !(seg = place_after(st, k, &e)) || strcmp(seg, "mobile") != 0)
            continue;
        for (size_t j = k; j-- > st->a;) {
            if (!is_quantity(&t[j]) || ni[j].skip || st->in_date[j])
                continue;
            if (num_class(&t[j]) != num_class(&t[k]))
                continue; /* (past a share: "632 million netizens (46.9% penetration), 527 million of them") */
            if (ni[j].rule >= 0 && !ni[j].change) {
                struct numinfo probe = ni[j];
                mobile_section(d, st, &probe, k);
                if (probe.rule != ni[j].rule) {
                    share_cue(&ni[k], &ni[j]);
                    ni[k].rule = probe.rule;
                    ni[k].cue_rule = ni[j].rule + 1;
                }
            }
            break;
        }
    }

    /* "rural online retail sales reached 894.5 billion yuan, accounting
     * for 17.3 percent of the national total of 5.16 trillion yuan": the
     * whole a part's share is of counts what the part counts, the whole
     * of it (its plain section) */
    for (size_t k = st->a + 4; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || !tok_is(&t[k - 1], WH(of)) ||
            !(str_ieq(st->s + t[k - 2].off, t[k - 2].len, "total") ||
              str_ieq(st->s + t[k - 2].off, t[k - 2].len, "figure")))
            continue;
        size_t j = k - 2;
        while (j > st->a && j + 4 > k - 2 && t[j - 1].kind == TK_WORD && !tok_is(&t[j - 1], WH(of)))
            j--;
        if (j < st->a + 2 || !tok_is(&t[j - 1], WH(of)) || !is_quantity(&t[j - 2]) || num_class(&t[j - 2]) != UC_PERCENT)
            continue;
        for (size_t l = j - 2; l-- > st->a;) {
            if (!is_quantity(&t[l]) || ni[l].skip || num_class(&t[l]) != num_class(&t[k]))
                continue;
            if (ni[l].rule >= 0 && !ni[l].change) {
                const struct rule *plain = rules_find(r, r->v[ni[l].rule].id);
                if (plain && viable(d, st, (size_t)(plain - r->v), &t[k])) {
                    share_cue(&ni[k], &ni[l]);
                    ni[k].rule = (int)(plain - r->v);
                }
            }
            break;
        }
    }

    /* "China Mobile accounted for 4.52 million of them": a part of the
     * figure the text spoke of last, of its indicator (the part's holder
     * the clause names) */
    for (size_t k = st->a; k + 2 < st->b && topic->last.ind; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || !tok_is(&t[k + 1], WH(of)))
            continue;
        const struct token *o = &t[k + 2];
        bool back = str_ieq(st->s + o->off, o->len, "them") || str_ieq(st->s + o->off, o->len, "these") ||
                    str_ieq(st->s + o->off, o->len, "those") ||
                    (k + 3 < st->b && str_ieq(st->s + o->off, o->len, "the") && str_ieq(st->s + t[k + 3].off, t[k + 3].len, "total"));
        /* (the clause ends there: not "20,000 of them tutors"; a share,
         * "99.9% of the total", is no part's count) */
        size_t e = k + (str_ieq(st->s + o->off, o->len, "the") ? 4 : 3);
        back = back && (e >= st->b || t[e].kind == TK_PUNCT) && num_class(&t[k]) != UC_PERCENT;
        const struct rule *lr = back ? rules_find(r, topic->last.ind) : NULL;
        if (!lr || lr->change != CH_NONE || !class_fits(lr->unit, num_class(&t[k])) ||
            !viable(d, st, (size_t)(lr - r->v), &t[k]))
            continue;
        ni[k].rule = (int)(lr - r->v);
        ni[k].cue_a = ni[k].cue_b = k;
    }

    /* "the Ctrip Travel app had 86.43 million monthly active users,
     * followed by Qunar Travel (45.12 million), Fliggy (29.07 million) and
     * Tongcheng Travel (21.58 million)": a figure in brackets after a name
     * is that name's, of what the figure before counts */
    for (size_t k = st->a + 3; k + 1 < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || ni[k].conversion ||
            ni[k].qstart != k || !(t[k - 1].flags & TF_OPEN) || !(t[k + 1].flags & TF_CLOSE))
            continue;
        size_t na = k - 1;
        while (na > st->a && k - na < 6 && t[na - 1].kind == TK_WORD && (t[na - 1].flags & TF_CAP))
            na--;
        size_t ne;
        if (na == k - 1 || !name_at(st, na, k - 1, &ne) || ne != k - 1)
            continue;
        for (size_t j = na; j-- > st->a;) {
            if (!is_quantity(&t[j]) || ni[j].skip || ni[j].conversion || num_class(&t[j]) != num_class(&t[k]))
                continue;
            if (ni[j].rule >= 0 && !ni[j].change && r->v[ni[j].rule].entity != EK_FIXED &&
                viable(d, st, (size_t)ni[j].rule, &t[k])) {
                share_cue(&ni[k], &ni[j]);
                ni[k].entity = name_text(st, na, ne);
            }
            break;
        }
    }

    /* "grew from 50,561 at the end of 2011 to 176,714 a year later, and
     * reached 258,737 by December 2013": the level the subject reached
     * next, in a clause "and" joins with no subject of its own, counts
     * what the level before it counts */
    for (size_t k = st->a + 3; k < st->b; k++) {
        static const char *const reached[] = {"reached", "hit", "topped", "exceeded", "surpassed", "totalled",
                                              "totaled", "passed"};
        size_t q = ni[k].qstart;
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || ni[k].conversion ||
            q < st->a + 4)
            continue;
        /* (the verb: "reached", or one of rising with "to": "rose to") */
        size_t c = q - 1;
        bool verb = false;
        for (size_t w = 0; w < sizeof reached / sizeof *reached && !verb; w++)
            verb = str_ieq(st->s + t[c].off, t[c].len, reached[w]);
        if (!verb && tok_is(&t[c], WH(to)) && in_list(&rise_verb, &t[c - 1])) {
            verb = true;
            c--;
        }
        if (!verb)
            continue;
        c--;
        if (str_ieq(st->s + t[c].off, t[c].len, "then"))
            c--;
        if (!tok_is(&t[c], WH(and)))
            continue;
        for (size_t j = c; j-- > st->a;) {
            if (!is_quantity(&t[j]) || ni[j].skip || st->in_date[j] || num_class(&t[j]) != num_class(&t[k]))
                continue;
            if (ni[j].rule >= 0 && !ni[j].change && viable(d, st, (size_t)ni[j].rule, &t[k]))
                share_cue(&ni[k], &ni[j]);
            break;
        }
    }

    /* "- Mobile payments: 60.539 billion transactions, RMB277.39 trillion":
     * an amount after the item's first figure, which names its own count,
     * counts what the item's label names (the label's cue, of the amount's
     * kind) */
    for (size_t k = st->a + 4; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || ni[k].qstart < st->a + 2 ||
            !(t[ni[k].qstart - 1].kind == TK_PUNCT && st->s[t[ni[k].qstart - 1].off] == ','))
            continue;
        size_t j = ni[k].qstart - 2; /* the figure before, with its noun after it */
        while (j > st->a && t[j].kind == TK_WORD && j + 4 > ni[k].qstart)
            j--;
        if (!is_quantity(&t[j]) || ni[j].rule < 0 || !ni[j].cue_after || num_class(&t[j]) == num_class(&t[k]) ||
            ni[j].qstart < st->a + 2 || !(t[ni[j].qstart - 1].kind == TK_PUNCT && st->s[t[ni[j].qstart - 1].off] == ':'))
            continue;
        size_t c = ni[j].qstart - 1, la = c;
        while (la > st->a && t[la - 1].kind == TK_WORD && la + 5 > c)
            la--;
        /* (the label opens the item, past its mark: "  - Mobile payments:") */
        if (la == c || !(la == st->a || (la == st->a + 1 && t[st->a].kind == TK_PUNCT)))
            continue;
        struct cue_at best = {-1, 0, 0, 0};
        for (size_t i = la; i < c; i++) {
            struct cue_at at = level_cue_at(d, st, i, c, 0, want_viable, &k);
            if (at.rule >= 0 && at.end == c && at.n > best.n)
                best = at;
        }
        if (best.rule >= 0)
            cue_before(&ni[k], best.rule, best.cue, la, c);
    }

    /* "domain names totalled 16.83 million, of which .CN 13.57 million":
     * a part named by its word alone after "of which" counts the part of
     * the figure before it (its cue's last words after that word: ".CN
     * domain names") */
    for (size_t k = st->a + 4; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip || ni[k].change)
            continue;
        size_t w = ni[k].qstart, wa = w;
        while (wa > st->a && wa + 3 > w && !tok_is(&t[wa - 1], WH(which)))
            wa--;
        if (wa <= st->a + 2 || !tok_is(&t[wa - 1], WH(which)) || !tok_is(&t[wa - 2], WH(of)))
            continue;
        size_t j = wa - 2;
        /* (past the whole's date in brackets: "48.00 million (Jun 2019),
         * of which .CN: 21.85 million") */
        while (j > st->a && (t[j - 1].kind == TK_PUNCT || d->in_date[j - 1]) && (!is_quantity(&t[j - 1]) || d->in_date[j - 1]))
            j--;
        if (j == st->a || !is_quantity(&t[j - 1]))
            continue;
        const struct numinfo *pn = &ni[j - 1];
        if (pn->rule < 0 || pn->change || pn->cue_b <= pn->cue_a || num_class(&t[j - 1]) != num_class(&t[k]))
            continue;
        int pc = 0, pr = wa < w ? part_of(r, st->s, t, wa, w, pn->cue_a, pn->cue_b, &pc) : -1;
        if (pr >= 0 && pr != ni[k].rule && viable(d, st, (size_t)pr, &t[k]))
            cue_before(&ni[k], pr, pc, wa, w);
        /* (or by its word after the figure, past the share that restates
         * it: "of which 13.23 million, or 81.4 percent, used the '.cn'
         * suffix") */
        if (wa == w) {
            size_t x = k + 1;
            if (x + 3 < st->b && t[x].kind == TK_PUNCT && st->s[t[x].off] == ',' &&
                str_ieq(st->s + t[x + 1].off, t[x + 1].len, "or") && is_quantity(&t[x + 2]) &&
                t[x + 3].kind == TK_PUNCT && st->s[t[x + 3].off] == ',')
                x += 4;
            for (size_t y = x; y < st->b && y < x + 12 && !is_clause_break(&t[y]) && !is_quantity(&t[y]); y++) {
                if (t[y].kind != TK_WORD)
                    continue;
                pr = part_of(r, st->s, t, y, y + 1, pn->cue_a, pn->cue_b, &pc);
                /* (some words on: "were under the country code top-level
                 * domain .cn"; not the whole's own: "695 million accessed the Internet
                 * via mobile phones" is no part "Internet" names) */
                if (pr >= 0 && pr != pn->rule && viable(d, st, (size_t)pr, &t[k])) {
                    take_cand(&ni[k], &(struct cand){.rule = pr, .a = y, .b = y + 1, .after = true, .cue = pc});
                    break;
                }
            }
        }
    }

    /* "Of this, Taobao Marketplace contributed RMB578 billion and Tmall
     * contributed RMB423 billion", "..., of which Taobao accounted for
     * RMB578 billion": a named part of the figure before counts what it
     * counts, the name's */
    {
        bool of_this = st->b > st->a + 3 && tok_is(&t[st->a], WH(of)) &&
                       (str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "this") ||
                        str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "that") ||
                        str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "these") ||
                        str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "which"));
        for (size_t k = st->a + 3; k < st->b; k++) {
            if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || d->in_table[k])
                continue;
            size_t q = ni[k].qstart, v = q;
            if (v > st->a + 1 && str_ieq(st->s + t[v - 1].off, t[v - 1].len, "for") && str_ieq(st->s + t[v - 2].off, t[v - 2].len, "accounted"))
                v -= 2;
            else if (v > st->a && (str_ieq(st->s + t[v - 1].off, t[v - 1].len, "contributed") ||
                                   str_ieq(st->s + t[v - 1].off, t[v - 1].len, "generated")))
                v -= 1;
            else
                continue;
            /* (the part's name right before its verb) */
            size_t ns = v, ne = v;
            while (ns > st->a && t[ns - 1].kind == TK_WORD && (t[ns - 1].flags & TF_CAP) && ns + 5 > v)
                ns--;
            if (ns == v || !name_at(st, ns, v, &ne) || ne != v)
                continue;
            bool which = ns >= st->a + 2 && tok_is(&t[ns - 1], WH(which)) && tok_is(&t[ns - 2], WH(of));
            bool opened = of_this && ns >= st->a + 2;
            if (!which && !opened)
                continue;
            /* (the whole: the figure before in the sentence, or the last
             * of the sentence before) */
            int rule = -1;
            for (size_t j = ns; j-- > st->a && rule < 0;)
                if (is_quantity(&t[j]) && ni[j].rule >= 0 && !ni[j].change && num_class(&t[j]) == num_class(&t[k]))
                    rule = ni[j].rule;
            if (rule < 0 && of_this && topic->last.ind) {
                const struct rule *lr = rules_find(r, topic->last.ind);
                if (lr && lr->change == CH_NONE && class_fits(lr->unit, num_class(&t[k])))
                    rule = (int)(lr - r->v);
            }
            if (rule < 0 || !viable(d, st, (size_t)rule, &t[k]))
                continue;
            ni[k].rule = rule;
            ni[k].cue_a = ns;
            ni[k].cue_b = ne;
            ni[k].cue_after = false;
            ni[k].cue = 0;
            free(ni[k].entity);
            ni[k].entity = name_text(st, ns, ne);
            ni[k].part = true;
        }
    }

    /* "Of the total, China Mobile ... had 5.51 million users": a part the
     * sentence opens with names of the whole before counts what the whole
     * counts, where its own noun is a plain "users" */
    {
        bool of_total = st->b > st->a + 4 && tok_is(&t[st->a], WH(of)) &&
                        ((str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "the") &&
                          str_ieq(st->s + t[st->a + 2].off, t[st->a + 2].len, "total")) ||
                         str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "them") ||
                         str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "these"));
        /* (the whole: the block's last figure, or the block before's) */
        const char *whole = topic->last.ind ? topic->last.ind : st->a == 0 ? d->carry_ind : NULL;
        const struct rule *lr = of_total && whole ? rules_find(r, whole) : NULL;
        const struct rule *plain = lr ? rules_find(r, "users") : NULL;
        for (size_t k = st->a + 3; plain && lr != plain && k < st->b; k++) {
            if (!is_quantity(&t[k]) || ni[k].skip || ni[k].change || ni[k].rule < 0 || d->in_table[k] ||
                &r->v[ni[k].rule] != plain || lr->change != CH_NONE || lr->entity != EK_NAME ||
                !class_fits(lr->unit, num_class(&t[k])) || !viable(d, st, (size_t)(lr - r->v), &t[k]))
                continue;
            ni[k].rule = (int)(lr - r->v);
            ni[k].part = true;
        }
    }

    /* "an increase of 30.2 million, or 10.0%", "up 86 million or 28.9%": the change restated as a
     * rate is a change too, a growth of the same level */
    for (size_t k = st->a + 3; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || num_class(&t[k]) != UC_PERCENT)
            continue;
        size_t q = ni[k].qstart;
        size_t j = or_before(st, q);
        if (j == SIZE_MAX)
            continue;
        /* (past its base: "an increase of 0.86 trillion yuan from the end
         * of February, or 7.4 percent") */
        while (j > st->a && j + 8 > q && d->in_date[j] && !is_quantity(&t[j]))
            j--;
        if (j < st->a)
            continue;
        if (!is_quantity(&t[j]) || ni[j].change != CH_INCREASE || ni[j].skip)
            continue;
        ni[k].change = CH_GROWTH;
        ni[k].down = ni[j].down;
        ni[k].restates = true;
        ni[k].restated = j;
    }

    /* "added 88 million users, a 41.9 percent gain": the increase restated
     * as a rate in a noun of change after a comma */
    for (size_t k = st->a + 3; k + 1 < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].rule >= 0 || ni[k].skip || ni[k].change || num_class(&t[k]) != UC_PERCENT)
            continue;
        static const char *const noun[] = {"gain", "rise", "increase", "jump", "growth", "surge", "climb"};
        size_t q = ni[k].qstart;
        if (t[k + 1].kind != TK_WORD || !str_ieq_any(st->s + t[k + 1].off, t[k + 1].len, noun, sizeof noun / sizeof *noun) ||
            q < st->a + 3 || !(str_ieq(st->s + t[q - 1].off, t[q - 1].len, "a") || str_ieq(st->s + t[q - 1].off, t[q - 1].len, "an")) ||
            !(t[q - 2].kind == TK_PUNCT && st->s[t[q - 2].off] == ','))
            continue;
        size_t j = q - 2;
        while (j > st->a && !is_quantity(&t[j - 1]) && t[j - 1].kind == TK_WORD && j + 4 > q)
            j--;
        if (j <= st->a || !is_quantity(&t[j - 1]) || ni[j - 1].change != CH_INCREASE || ni[j - 1].skip)
            continue;
        ni[k].change = CH_GROWTH;
        ni[k].down = ni[j - 1].down;
        ni[k].restates = true;
        ni[k].restated = j - 1;
    }

    /* "jumped by 32.1 percent, or 37.98 million": the rate restated as an
     * amount is a change too, an increase of the same level */
    for (size_t k = st->a + 3; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip || ni[k].change || num_class(&t[k]) == UC_PERCENT ||
            num_class(&t[k]) == UC_POINTS)
            continue;
        size_t j = or_before(st, ni[k].qstart);
        if (j == SIZE_MAX || j < st->a || j >= k || !is_quantity(&t[j]) || ni[j].change != CH_GROWTH || ni[j].skip ||
            num_class(&t[j]) != UC_PERCENT)
            continue;
        ni[k].change = CH_INCREASE;
        ni[k].down = ni[j].down;
        ni[k].restates = true;
        ni[k].restated = j;
        ni[k].rule = -1; /* (no level's, whatever cue reached it) */
        ni[k].leads_to = ni[j].leads_to; /* (and it led where the rate led) */
    }

    /* "grew from Rmb153.3 billion (46 funds in 2010) to Rmb276.8 billion":
     * the level a start led to, past the start's aside in brackets, is of
     * the start's indicator (no cue reaches it across the aside) */
    for (size_t k = st->a + 4; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip || ni[k].rule >= 0 || ni[k].change || ni[k].from ||
            ni[k].qstart <= st->a || !tok_is(&t[ni[k].qstart - 1], WH(to)) || !(t[ni[k].qstart - 2].flags & TF_CLOSE))
            continue;
        size_t o = ni[k].qstart - 2; /* (the aside's close) */
        while (o > st->a && !(t[o].flags & TF_OPEN) && o + 12 > ni[k].qstart)
            o--;
        size_t p = o - 1;
        if (!(t[o].flags & TF_OPEN) || o <= st->a || !is_quantity(&t[p]) || !ni[p].from || ni[p].skip ||
            ni[p].rule < 0 || ni[p].change || num_class(&t[p]) != num_class(&t[k]) ||
            (t[p].unit != t[k].unit && (!t[p].unit || !t[k].unit || strcmp(t[p].unit, t[k].unit) != 0)))
            continue;
        ni[k].rule = ni[p].rule;
        ni[k].cue_a = ni[p].cue_a;
        ni[k].cue_b = ni[p].cue_b;
        ni[k].cue_after = ni[p].cue_after;
        ni[k].level_sec = ni[p].level_sec;
        if (ni[p].entity)
            ni[k].entity = xstrdup(ni[p].entity);
    }

    /* "within just two days", "over three weeks": a span of days cannot be
     * dated by a single day taken from the context */
    bool span_days = false;
    for (size_t k = st->a + 1; k < st->b; k++)
        if ((tok_is(&t[k], WH(days)) || tok_is(&t[k], WH(weeks))) && !d->in_date[k] &&
            ((t[k - 1].kind == TK_WORD && scan_word_number(st->s + t[k - 1].off, t[k - 1].len) > 1) ||
             (t[k - 1].kind == TK_NUM && (t[k - 1].flags & TF_SMALLINT) && t[k - 1].value > 1)))
            span_days = true;
    /* ("reached 233.6 million for the quarter": a quarter's or a month's
     * figure under "Key Platforms (as at 30 September 2015)" is of the
     * month, not its last day) */
    for (size_t k = st->a + 2; k < st->b && !span_days; k++)
        if (in_list(&seq_unit, &t[k]) && !d->in_date[k] && str_ieq(st->s + t[k - 1].off, t[k - 1].len, "the") &&
            (str_ieq(st->s + t[k - 2].off, t[k - 2].len, "for") || tok_is(&t[k - 2], WH(in)) ||
             str_ieq(st->s + t[k - 2].off, t[k - 2].len, "during")))
            span_days = true;

    bool habitual = phrases_in_list(&habit, t, st->n, st->a, st->b);

    /* periods */
    for (size_t k = st->a; k < st->b; k++) {
        if (!is_quantity(&t[k]) || ni[k].skip)
            continue;
        struct numinfo *n = &ni[k];
        int pick = -1;
        /* a figure compared with ("up from X at the end of 2013", "compared
         * with X in 2014", "up from X last year"): its own date, after it,
         * is no date the paragraph goes on speaking of */
        bool origin = n->from || n->compared ||
                      list_back(&compare_word, t, compared_start(d, st, n->qstart), st->a, NULL) != SIZE_MAX;
        /* (so is one in a "when" clause on a time compared with: "Compared
         * with a year earlier, when the Fund managed RMB 1.07 trillion,
         * net assets were up 9.9%") */
        for (size_t di = d->da; di < d->db && !origin; di++) {
            const struct date_expr *de = &d->dates.v[di];
            size_t w0 = when_after(st, de);
            if (!(de->flags & DF_COMPARE) || de->first < st->a || w0 == SIZE_MAX || w0 + 2 > n->qstart)
                continue;
            bool one = true;
            for (size_t i = w0 + 2; i < n->qstart && one; i++)
                one = !is_clause_break(&t[i]) && !(t[i].kind == TK_PUNCT && st->s[t[i].off] == ',');
            origin = n->when_compared = one;
        }
        /* 0. a year's own figure: "last year's 57.1 billion yuan", "2015's
         * 13 trillion yuan" */
        size_t yo = years_own_start(d, st, n->qstart);
        if (yo < n->qstart)
            for (size_t di = d->da; di < d->db && pick < 0; di++)
                if (d->dates.v[di].last + 1 >= n->qstart - 1 && d->dates.v[di].last < n->qstart &&
                    d->dates.v[di].first <= n->qstart)
                    pick = (int)di;
        /* (past its noun and "of": "last year's record of 120.7 billion
         * yuan", whatever day after it says when the record fell) */
        for (size_t di = d->da; di < d->db && pick < 0; di++)
            if (d->dates.v[di].first >= st->a && d->dates.v[di].last < k && d->dates.v[di].rel != DR_ABS &&
                years_own_figure(st, &d->dates.v[di]) == n->qstart)
                pick = (int)di;
        /* (or the time a sentence opens comparing with, of the figure a
         * change went from, the sentence's first: "Compared to 2023, the
         * figure went down from 27.6 trillion yuan") */
        for (size_t di = d->da; di < d->db && pick < 0 && n->from; di++) {
            const struct date_expr *de = &d->dates.v[di];
            size_t w0 = de->last + 1;
            if (!(de->flags & DF_COMPARE) || de->first != st->a || w0 >= n->qstart ||
                !(t[w0].kind == TK_PUNCT && st->s[t[w0].off] == ','))
                continue;
            bool first = true;
            for (size_t i = w0; i < n->qstart && first; i++)
                first = !is_quantity(&t[i]) && !is_clause_break(&t[i]);
            for (size_t i = k + 1; i < st->b && first && !is_clause_break(&t[i]); i++)
                first = !(tok_is(&t[i], WH(to)) && i + 1 < st->b && is_quantity(&t[i + 1]));
            if (first)
                pick = (int)di;
        }
        /* 1. a date right after the number, its own: "RMB 100 million in 2009" */
        size_t next_q = st->b;
        /* (the figure's aside in brackets right after it, "(46 funds in
         * 2010)": its count is no figure of its own, its date the
         * figure's) */
        size_t aside_end = k + 1;
        /* (not a source's, "(iResearch, March 12, 2019)") */
        if (k + 2 < st->b && (t[k + 1].flags & TF_OPEN)) {
            size_t c = k + 2;
            while (c < st->b && c < k + 10 && !(t[c].flags & (TF_CLOSE | TF_OPEN | TF_SENT_END)) &&
                   !(t[c].kind == TK_PUNCT && st->s[t[c].off] == ','))
                c++;
            if (c < st->b && (t[c].flags & TF_CLOSE))
                aside_end = c;
        }
        /* (nor what it includes, set off by commas: "291 million registered
         * users, including 97.1 million active accounts, at the end of
         * March") */
        size_t incl_end = k;
        for (size_t i = k + 1; i + 1 < st->b && i < k + 5 && incl_end == k; i++) {
            if (is_clause_break(&t[i]) || is_quantity(&t[i]))
                break;
            if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',' &&
                str_ieq(st->s + t[i + 1].off, t[i + 1].len, "including")) {
                size_t c = i + 2;
                while (c < st->b && c < i + 14 && !(t[c].kind == TK_PUNCT && st->s[t[c].off] == ',') &&
                       !is_clause_break(&t[c]))
                    c++;
                incl_end = c < st->b && t[c].kind == TK_PUNCT && st->s[t[c].off] == ',' ? c : i;
            }
        }
        for (size_t i = incl_end + 1; i < st->b; i++)
            if (is_quantity(&t[i]) && !(ni[i].skip) && !duration_word(st, i) && !same_deal(r, n, &ni[i])) {
                /* "178 million, or 28.2 percent of the total, at the end
                 * of June 2014": a share that restates it is no figure
                 * of its own */
                if (ni[i].rule < 0 && !ni[i].change && num_class(&t[i]) == UC_PERCENT &&
                    num_class(&t[k]) != UC_PERCENT)
                    continue;
                next_q = i;
                break;
            }
        for (size_t di = d->da; di < d->db && pick < 0; di++) {
            const struct date_expr *de = &d->dates.v[di];
            if (de->first <= k || (de->first >= next_q && de->last >= aside_end) || de->first >= st->b)
                continue;
            /* (nor a date in a "since" phrase: "271 permits since the first
             * batch in May 2011") */
            bool since_after = false; /* (the figure itself inside the phrase dates by it) */
            for (size_t i = k + 1; i < de->first && !since_after; i++)
                since_after = t[i].kind == TK_WORD && str_ieq(st->s + t[i].off, t[i].len, "since");
            if ((de->flags & (DF_COMPARE | DF_BOUND)) || (n->change && (de->flags & DF_FROM)) ||
                (since_after && since_clause_date(st, de)))
                break;
            /* "has signed up 600m users in three years": a span, not a
             * target, where nothing speaks of the future */
            if (de->rel == DR_AHEAD && de->when.y > 0 && !speaks_ahead(st, de->first)) {
                d->background[di] = true;
                break;
            }
            int words = 0, depth = 0;
            bool blocked = false;
            size_t comma = 0; /* the last comma between, 0: none */
            for (size_t i = k + 1; i < de->first; i++) {
                if (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',' && depth == 0) {
                    comma = i;
                    /* (the comma that closes a relative clause the figure
                     * stands in: "Alibaba, which could be valued at $120
                     * billion, restructured Alipay in 2011") */
                    if (in_relative_clause(st, k))
                        blocked = true;
                    /* (or opens one on a noun after the figure, whose date
                     * is its own: "to pay US$2.5 billion for the platform,
                     * which NetEase launched in 2015") */
                    const struct token *rw = &t[i + 1];
                    if (i + 1 < de->first && words >= 2 && rw->kind == TK_WORD &&
                        (str_ieq(st->s + rw->off, rw->len, "which") || str_ieq(st->s + rw->off, rw->len, "who") ||
                         str_ieq(st->s + rw->off, rw->len, "whose")))
                        blocked = true;
                }
                if (t[i].kind == TK_WORD && depth == 0)
                    words++; /* (not an aside's: "(14.3 billion U.S. dollars)") */
                if (t[i].flags & TF_OPEN)
                    depth++;
                else if (t[i].flags & TF_CLOSE) {
                    if (depth == 0)
                        blocked = true; /* the number stood inside brackets */
                    else
                        depth--;
                } else if ((is_clause_break(&t[i]) &&
                            /* (not a figure's caption's colon: "1.011
                             * billion: internet users in China as of June
                             * 30, 2021") */
                            !(i == k + 1 && t[i].kind == TK_PUNCT && st->s[t[i].off] == ':' && opens_item(st, n->qstart))) ||
                           /* ("to 500 million, and 81 percent of users now
                            * use ...": another clause's date) */
                           (t[i].kind == TK_PUNCT && st->s[t[i].off] == ',' && i + 1 < de->first &&
                            in_list(&conjunction, &t[i + 1]))) {
                    blocked = true;
                } else if (t[i].kind == TK_WORD && in_list(&reporting, &t[i]) && i > k + 1 &&
                           t[i - 1].kind == TK_PUNCT && st->s[t[i - 1].off] == ',') {
                    /* "618 million, according to a report released on
                     * January 16": the date of the report, not the figure */
                    blocked = true;
                } else if (comma && i == comma + 2 && t[i].kind == TK_WORD && t[i - 1].kind == TK_WORD &&
                           (str_ieq(st->s + t[i - 1].off, t[i - 1].len, "the") ||
                            str_ieq(st->s + t[i - 1].off, t[i - 1].len, "its")) &&
                           superlative(st->s + t[i].off, t[i].len)) {
                    /* (an appositive that ranks it, of its own time: "raising
                     * about USD 1.4 billion, the largest IPO in the United
                     * States in 2016") */
                    blocked = true;
                } else if (i + 1 == de->first && ranking_date(st, k, de)) {
                    /* (or a ranking's span right after its superlative:
                     * "The $3.5 billion initial public offering by JD
                     * Health is Hong Kong's largest this year") */
                    blocked = true;
                } else if (i + 1 == de->first && de->rel == DR_NOW && abs_dated_before(d, st, k)) {
                    /* (nor "now" after it, where the sentence dated it
                     * before: "By June 2008, more than 253 million people
                     * are now online") */
                    blocked = true;
                } else if (t[i].kind == TK_WORD && in_list(&reporting, &t[i]) && comma &&
                           (i <= comma + 5 || i + 2 >= de->first) && dated_before(d, st, k)) {
                    /* (or "As of June 30, 2007, China had 162 million
                     * Internet users, the CNNIC said on Wednesday": the day
                     * it was said, where the figure has a date of its own;
                     * a deal's day is the day it is reported) */
                    /* (however long its subject, when the telling's verb
                     * stands right before the day: "rose 41.9 percent last
                     * year to 298 million, a state-backed research body
                     * said on Tuesday") */
                    blocked = true;
                }
            }
            /* (or "last year", "this year" without a preposition: "grew to
             * 772 million last year") */
            /* (where the time of writing is known, not guessed from the
             * years the text names) */
            /* (a few words may stand between, in the figure's clause:
             * "handled 38 trillion yuan in mobile payments last year") */
            /* (not past a comma: "grew by 11.06 million, the ninth month
             * this year in which ...", an aside's) */
            /* (or "on the same day last year", "in the same period last
             * year": "the 52 million yuan recorded on the same day last
             * year") */
            static const char *const same_what[] = {"day", "period", "time", "month", "quarter", "date"};
            bool same_span = de->first >= k + 3 && t[de->first - 1].kind == TK_WORD &&
                             str_ieq_any(st->s + t[de->first - 1].off, t[de->first - 1].len, same_what, 6) &&
                             str_ieq(st->s + t[de->first - 2].off, t[de->first - 2].len, "same");
            bool bare_year = (de->rel == DR_PREV_YEAR || de->rel == DR_SAME_YEAR) && (de->flags & DF_WRITING) &&
                             (de->first == k + 1 || (words <= 4 && !comma) || (same_span && words <= 8 && !comma)) &&
                             (d->doc_month || d->pub_month);
            /* (or "of" a year right after it: "the 99.96 billion yuan of 2008") */
            bool of_year = de->rel == DR_ABS && de->first == k + 2 && tok_is(&t[k + 1], WH(of));
            /* (a running total a dated change brought the level to is of
             * the change's date, not of a date after it: "added 929,000
             * base stations in 2015, bringing the total to 1.77 million, a
             * minister told a conference on Jan. 18") */
            for (size_t j = k; j-- > st->a && !blocked && running_total(st, k);)
                if (is_quantity(&t[j]) && ni[j].change && !ni[j].skip && ni[j].has_when && ni[j].date >= 0 &&
                    (size_t)ni[j].date < d->dates.n && d->dates.v[ni[j].date].first > j &&
                    d->dates.v[ni[j].date].first < k)
                    blocked = true;
            /* (an "as of" date binds from further: "443 million annual
             * active buyers on its China retail marketplaces, as of the
             * end of September") */
            size_t af = de->first;
            while (af > k + 1 && af + 3 > de->first && !str_ieq(st->s + t[af].off, t[af].len, "as"))
                af--;
            bool as_of = af > k + 1 && str_ieq(st->s + t[af].off, t[af].len, "as") && af + 1 < de->first + 1 &&
                         (str_ieq(st->s + t[af + 1].off, t[af + 1].len, "of") ||
                          str_ieq(st->s + t[af + 1].off, t[af + 1].len, "at"));
            /* (or "a year later" right after it: "from 50,561 at the end
             * of 2011 to 176,714 a year later") */
            bool next_year = de->rel == DR_NEXT_YEAR && de->first == k + 1;
            /* (or a day in brackets, the item's: "Meituan-Dianping closes
             * US$3.3 billion round (Jan 19).") */
            /* (or a month or a year alone in brackets, a fact box's: "Internet
             * users: 1.079 billion (June 2023)", "Penetration: 76.4% of
             * population (June 2023)") */
            bool bracketed = de->rel == DR_ABS && (de->when.d || ((de->when.y || de->when.m) && words <= 3)) &&
                             de->first > k + 1 &&
                             de->last + 1 < st->b && (t[de->first - 1].flags & TF_OPEN) &&
                             (t[de->last + 1].flags & TF_CLOSE);
            /* (or closing the figure's aside: "Rmb153.3 billion (46 funds
             * in 2010)") */
            bool aside = de->rel == DR_ABS && de->when.y && !de->when.d && !de->when.y2 && aside_end > k + 1 &&
                         de->last + 1 == aside_end && de->first > k + 1;
            /* (or a year after a comma at the end of the figure's caption
             * under it, an infographic's: "10.63 trillion yuan" / "Online
             * retail sales, 2019") */
            bool caption_year = de->rel == DR_ABS && de->when.y && !de->when.m && !de->when.y2 && n->cue_after &&
                                de->first >= st->a + 1 && n->cue_b + 1 == de->first &&
                                t[de->first - 1].kind == TK_PUNCT && st->s[t[de->first - 1].off] == ',' &&
                                t[k].line != t[de->first].line;
            /* (and further where the date before it is another clause's:
             * "Last July Ofo received ..., while Mobike's latest round was
             * USD 600 million in a Series E round led by Tencent Holdings
             * last June") */
            bool other_lead = false;
            for (size_t dj = d->da; dj < d->db && !other_lead && !comma && words > 8 && words <= 12; dj++) {
                const struct date_expr *dp = &d->dates.v[dj];
                if (dp->first < st->a || dp->last >= k)
                    continue;
                for (size_t i = dp->last + 1; i < k && !other_lead; i++)
                    other_lead = t[i].kind == TK_PUNCT && st->s[t[i].off] == ',';
            }
            if (!blocked && (words <= 8 || (as_of && words <= 12) || other_lead) &&
                ((de->flags & (DF_LEAD | DF_END_OF)) || bare_year || of_year || next_year || bracketed || aside ||
                 caption_year)) {
                pick = (int)di;
                if (origin)
                    d->background[di] = true;
            }
            break;
        }
        /* 1b. an item of a list of figures with their nouns whose date
         * follows the last: "337.608 million IPv4 addresses, 36.984 million
         * domain names, and 4.542 million websites registered in China as
         * of the end of June" */
        if (pick < 0 && next_q < st->b && !origin)
            pick = list_date(d, st, ni, k);
        /* (a row of fields parted by wide gaps: the date in its own field
         * is its figures', "5   Souche   Used cars   Series C   US$200M
         * Alibaba, Morningside Ventures   Sep 08") */
        bool fields_row = false;
        if (pick < 0 && st->b > st->a && st->t[st->a].line == st->t[st->b - 1].line) {
            int gaps = 0; /* (the sentence is the row: bounded, unlike its line) */
            for (size_t j = st->a + 1; j < st->b && gaps < 2; j++)
                gaps += gap_before(st->s, st->t, j);
            fields_row = gaps >= 2;
        }
        if (fields_row)
            for (size_t di = d->da; di < d->db; di++) {
                const struct date_expr *de = &d->dates.v[di];
                if (de->first > k && de->rel == DR_ABS && de->when.m && de->when.d && !de->when.y2 &&
                    gap_before(st->s, st->t, de->first) && !(de->flags & (DF_COMPARE | DF_BOUND)))
                    pick = (int)di;
            }
        int own_pick = pick; /* a date of its own (0. or 1.) */
        /* 2. the nearest date before it in the sentence (not a dateline's,
         * the day of writing, where a date after the figure in its sentence
         * is its own: "BEIJING, June 18 (Xinhua) -- ... processed 163.39
         * billion transactions ... in 2016") */
        /* (or the date a "when" clause after it is of, even one compared
         * with: "25 million higher than at the end of 2006, when the
         * survey counted 137 million users") */
        for (size_t di = d->db; pick < 0 && di-- > d->da;) {
            const struct date_expr *de = &d->dates.v[di];
            size_t w0 = when_after(st, de);
            if (de->first < st->a || w0 == SIZE_MAX || w0 + 2 >= k)
                continue;
            bool one = true;
            /* (past other changes listed with it: "in 2018, when the
             * number and value of transactions rose by 85.05% and 45.23%") */
            for (size_t i = w0 + 2; i < n->qstart && one; i++)
                one = !is_clause_break(&t[i]) && !(t[i].kind == TK_PUNCT && st->s[t[i].off] == ',') &&
                      !(is_quantity(&t[i]) && !(n->change && ni[i].change && !ni[i].skip));
            if (one)
                pick = (int)di;
            break;
        }
        /* (an entry's own date that opens the sentence: "2011 -- Taobao
         * Mall, renamed Tmall the following year, secured ...") */
        bool entry_dated = false;
        for (size_t di = d->da; di < d->db && pick < 0 && !entry_dated; di++)
            entry_dated = d->dates.v[di].first == st->a && dateline_date(st, &d->dates.v[di]);
        if (pick < 0)
            for (size_t di = d->db; di-- > d->da;) {
                const struct date_expr *de = &d->dates.v[di];
                if (de->last >= k || de->first < st->a || d->background[di] || (de->flags & (DF_COMPARE | DF_BOUND)) ||
                    ((dateline_date(st, de) || participle_aside_date(st, de)) && later_in_sentence(d, st, k)) ||
                    /* (nor an aside's under an entry's heading: "November ||
                     * OICQ, launched in February, passed 1 million users") */
                    /* (of any year: "Meituan-Dianping, formed by the
                     * merger ... in October 2015, announced" under "January
                     * 19") */
                    (participle_aside_date(st, de) && (d->has_heading || entry_dated)) ||
                    bracket_participle_date(st, de) ||
                    since_clause_date(st, de) || relative_aside_date(st, de, k) || founding_aside_date(st, de, k) ||
                    (de->rel == DR_AHEAD && de->when.y > 0 && !speaks_ahead(st, de->first)) ||
                    compared_clause_date(st, de, k) || years_own_taken(st, de, k))
                    continue;
                pick = (int)di;
                break;
            }
        /* ("now" in what was said at a time the sentence gives is that
         * time: "Alipay said at the end of 2007 that ... it now handles
         * more than 1.9 million transactions a day") */
        if (pick >= 0 && d->dates.v[pick].rel == DR_NOW)
            for (size_t di = (size_t)pick; di-- > d->da;) {
                const struct date_expr *o = &d->dates.v[di];
                if (o->first < st->a)
                    break;
                bool said = false;
                for (size_t i = o->first; i > st->a && i + 4 > o->first && !said;)
                    said = in_list(&reporting, &t[--i]);
                if (said && o->rel == DR_ABS && o->when.y && !(o->flags & (DF_COMPARE | DF_BOUND))) {
                    pick = (int)di;
                    break;
                }
            }
        struct date w = {0};
        bool have = false;
        if (pick >= 0) {
            const struct date_expr *de = &d->dates.v[pick];
            /* a day without its year ("on Singles Day") takes the year the
             * sentence names before the figure ("In 2015, ... on Singles
             * Day") */
            struct date sy = {0};
            /* (and "twelve months later" the year after the one the
             * sentence named before it: "at the end of 2010; twelve months
             * later the figure stood at") */
            bool next = de->rel == DR_NEXT_YEAR;
            /* (and "the year" the year the sentence named before it: "2000
             * — China has 22.5 million internet users at the end of the
             * year", a chronology's line after one on 1999; for both, the
             * last such year: "from 137 million at the end of 2006 to 162
             * million at the end of June 2007, and then to 210 million by
             * the end of the year", "launched in August 2009; by the end
             * of 2010 ..., and a year later the number had reached") */
            bool same = de->rel == DR_SAME_YEAR && !(de->flags & DF_WRITING);
            /* (and "the previous year" the year before it: "in 2009 ...
             * reached about 250 billion yuan, up some 93% from the 128.2
             * billion yuan of the previous year", in a paragraph opened by
             * 2008) */
            bool prev = de->rel == DR_PREV_YEAR && !(de->flags & DF_WRITING) && !de->when.m;
            for (size_t di = d->da;
                 di < d->db && ((de->rel == DR_ABS && !de->when.y) || next || same || prev) && (!sy.y || same || next || prev);
                 di++) {
                const struct date_expr *o = &d->dates.v[di];
                /* (or a year the day before it is of: "On Nov. 11 last
                 * year, the Singles' Day shopping festival, buyers spent") */
                struct date oy = {0};
                /* (or a year alone the month is of: "Last year, ... JD's 618
                 * GMV rose") */
                /* (or the year's possessive whose figure it is: "Last
                 * year's record of 120.7 billion yuan on Singles Day") */
                bool rel_year = !next && (o->rel == DR_PREV_YEAR || o->rel == DR_SAME_YEAR) &&
                                ((o->when.m == de->when.m && o->when.d == de->when.d) ||
                                 (!o->when.m && years_own_figure(st, o) == n->qstart) ||
                                 (o->rel == DR_PREV_YEAR && (o->flags & DF_WRITING) && o->first == st->a && !o->when.m && !o->when.d && de->when.m && !de->when.d &&
                                  !(o->flags & DF_END_OF))) &&
                                date_of(d, o, *para_has ? para_ctx : NULL, &oy);
                /* (not an aside's: "Didi, fined 8.026 billion yuan in July
                 * 2022 for data-security violations, reported 587 million
                 * ... in the year to June 30") */
                if (((o->rel == DR_ABS && o->when.y) || rel_year) && !o->when.y2 && o->last < k && o->last < de->first &&
                    !(o->flags & (DF_COMPARE | DF_BOUND | DF_FROM)) && !long_aside_date(st, o) &&
                    /* (nor a founding's: "Weibo, started in August 2009, had
                     * 503 million registered users at the end of December") */
                    !founding_aside_date(st, o, k) &&
                    !(same && (since_clause_date(st, o) || !figure_dated_by(st, o)))) {
                    /* (in the same clause: "listed in 2014, it raised $25
                     * billion; in November it sold shares" is no 2014's) */
                    bool apart = false;
                    for (size_t i = o->last + 1; i < de->first && !apart && !next; i++)
                        apart = t[i].kind == TK_PUNCT && st->s[t[i].off] == ';';
                    if (!apart)
                        sy.y = rel_year ? oy.y : o->when.y;
                }
            }
            have = date_of(d, de, sy.y ? &sy : *para_has ? para_ctx : NULL, &w);
            if (have)
                first_half_end(d, de, &w);
            /* (a half's flow is no day's, whatever day the lead dates the
             * country's stocks by: "GMV of RMB 12 billion in the first half
             * of 2021" is no day's volume) */
            /* (nor is a change over the half: "rose by 36 million in the
             * first six months of the year") */
            if (have && (de->flags & DF_FIRST_HALF) && ((n->rule >= 0 && r->v[n->rule].on_day) || n->change))
                w.d = 0;
            /* a bare year inside a dated entry: the entry's date is finer */
            if (have && !w.m && !w.y2 && !(de->flags & (DF_LEAD | DF_END_OF)) && de->rel == DR_ABS &&
                d->has_heading && d->heading.y == w.y && d->heading.m)
                w = d->heading;
            if (have)
                d->picked[pick] = true;
            /* (a figure compared with keeps its date: "against 55.7
             * billion yuan at the end of September 2013" is not what the
             * paragraph goes on speaking of) */
            if (have && n->compared && de->first > k)
                d->background[pick] = true;
            if (have && !w.y2)
                span_from(st, de->first, &w);
        }
        /* 2b. a day in brackets that closes the sentence, its item's or
         * headline's own, dates all its figures, past any clause: "iQIYI
         * prices US IPO at $18 per ADS, raising $2.25 billion (Mar 29,
         * 2018)" */
        if (!have && !origin) {
            size_t ci = closing_day(d, st, k);
            if (ci != SIZE_MAX && date_of(d, &d->dates.v[ci], NULL, &w)) {
                have = true;
                pick = (int)ci;
                d->picked[ci] = true;
            }
        }
        /* 3. the date the paragraph has been speaking of, unless the
         * sentence speaks of habit ("On some days, it deals with ...") */
        bool para_dated = false;
        /* (not a year gone by for a figure told in the present: "Ele.me
         * says it serves more than 260 million users" after "..., which
         * first invested in Ele.me in 2016, already owned") */
        bool now_told = *para_has && d->doc_year && para_ctx->y && para_ctx->y < d->doc_year && told_now(st, k);
        if (!have && *para_has && !habitual && !now_told) {
            w = *para_ctx;
            have = true;
            para_dated = true;
            if (span_days)
                w.d = 0;
            /* (the span itself, "over the same 12-month period": to its day) */
            else if (d->span_day.y == w.y && d->span_day.m == w.m && !w.d && same_period(st))
                w.d = d->span_day.d;
            /* (a month of that year later in the clause is finer: "2007
             * was the year of IPOs: - Perfect World priced 11.8 million
             * ADS ... in July 2007") */
            struct date later;
            if (!w.m && !w.y2 && refines_later(d, st, k, origin, &w, &later)) {
                w = later;
                para_dated = false;
            } else {
                /* (or a date with its year later in the figure's clause,
                 * past a long complement: "Ant Financial itself raised US$4.5
                 * billion from investors including China Investment
                 * Corporation and ... in April 2016") */
                /* (or a month of the paragraph's year there: "... equivalent
                 * to about 3.6% of the 162.6 trillion yuan of RMB deposits
                 * held in Chinese banks at end-July", after a sentence on
                 * the first half) */
                size_t li = later_date_at(d, st, k, false, &later);
                if (li != SIZE_MAX && d->dates.v[li].rel == DR_ABS &&
                    (d->dates.v[li].when.y || (d->dates.v[li].when.m && later.y == w.y && later.m)) && !later.y2 &&
                    (later.y != w.y || later.m != w.m)) {
                    take_later_date(d, li, origin);
                    w = later;
                    para_dated = false;
                }
            }
        }
        /* (a year of the time of writing later in the clause, "handled
         * Rmb982bn of loans last year", outweighs the heading) */
        if (!have && d->has_heading)
            have = later_date(d, st, k, true, origin, &w);
        /* (a date later in the clause outweighs the line that dates the
         * document: "Source: Xinhua | 2017-06-19" over "... processed
         * 163.39 billion transactions ... in 2016") */
        /* (or a day that heads an entry: "January 18 || CNNIC's fifth
         * survey: 8.9 million Internet users ... as of December 31, 1999";
         * or a digest's week: "Deals of the week: December 14-18, 2015 ||
         * ... facilitated RMB 9.1 billion of loans to about 185,000
         * borrowers in the first nine months of 2015") */
        if (!have && d->has_heading && d->heading.d && later_in_sentence(d, st, k))
            have = later_date(d, st, k, false, origin, &w);
        /* 4. the heading of the entry (but of a quarterly report's title
         * that names only its year, "2018 First Quarter Report", the
         * quarter, for a sentence that speaks of it: "reached 531 million
         * at the end of the quarter") */
        /* (a heading of a year alone yields to a date with its year later
         * in the figure's clause: "raised US$4.5 billion from investors
         * including ... in April 2016" under "MERICS, 2018") */
        if (!have && d->has_heading && !d->heading.m && !habitual) {
            struct date later;
            size_t li = later_date_at(d, st, k, false, &later);
            if (li != SIZE_MAX && d->dates.v[li].rel == DR_ABS && d->dates.v[li].when.y && !later.y2) {
                take_later_date(d, li, origin);
                w = later;
                have = true;
            }
        }
        if (!have && d->has_heading && !d->heading.m && d->quarter.y == d->heading.y && !habitual &&
            says_the_quarter(st)) {
            memset(&w, 0, sizeof w);
            w.y = d->quarter.y;
            w.m = d->quarter.m;
            have = true;
        }
        if (!have && d->has_heading) {
            w = d->heading;
            have = true;
            if (span_days)
                w.d = 0;
            /* (a report's own month of January or February under its
             * title: the country's figures are of the year just ended) */
            if (!w.d && w.m >= 1 && w.m <= 2 && w.y == d->doc_year && !habitual && n->rule >= 0 &&
                national_rule(&r->v[n->rule]) && !w.y2) {
                w.y--;
                w.m = 0;
            }
        }
        /* (an item's day over its text on the CNNIC's survey, the
         * heading's and the item's own, not a chronicle's entry's, is the
         * survey's time: June's in an item of July to
         * September, the year before's in one of January to March: "July
         * 21, 2014 | AFP" over "... has increased by 14 million since
         * January, according to the China Internet Network Information
         * Centre") */
        if (have && d->has_heading && w.d && w.y == d->heading.y && w.m == d->heading.m && w.d == d->heading.d &&
            w.y == d->doc_year && w.m == d->doc_month && w.d == d->doc_day && !w.y2 && d->cnnic && !habitual &&
            (n->rule >= 0 ? national_rule(&r->v[n->rule]) : n->change != CH_NONE)) {
            /* (a change's rule is found later: any change, then) */
            survey_time(&w, w.m);
        }
        /* 5. a date later in the sentence */
        if (!have)
            have = later_date(d, st, k, false, origin, &w);
        /* 6. a year after the year it is compared with: "233 million ...,
         * an increase of 120 million over 2008" speaks of 2009 */
        if (!have && !origin)
            for (size_t di = d->da; di < d->db; di++) {
                const struct date_expr *de = &d->dates.v[di];
                /* (or just before it: "decreased by 27.83 million from 2012
                 * to 281 million") */
                bool to_this = (de->flags & DF_COMPARE) && de->last + 2 == n->qstart && n->qstart > st->a &&
                               tok_is(&t[n->qstart - 1], WH(to));
                if (de->rel != DR_ABS || de->when.m || de->when.y2 || !de->when.y ||
                    (de->first <= k && !to_this) || de->first >= st->b)
                    continue;
                /* (not past a semicolon, another clause's: "76.5% in urban
                 * areas and 46.2% in rural areas; the gap ... narrowed by
                 * 5.9 percentage points compared with 2018") */
                bool apart = false;
                for (size_t i = k + 1; i < de->first && !apart; i++)
                    apart = t[i].kind == TK_PUNCT && st->s[t[i].off] == ';';
                if (apart)
                    continue;
                /* (or the year of the figure compared with: "rose 50.3
                 * percent to 8.07 trillion yuan, compared with 5.37
                 * trillion yuan in 2013") */
                if (!(de->flags & DF_COMPARE) && !compared_own_date(d, st, ni, k, de))
                    continue;
                memset(&w, 0, sizeof w);
                w.y = de->when.y + 1;
                /* (the same period of the year before, in a report on a
                 * quarter: that quarter, "MPUs were 27.5 million, compared
                 * with 28.5 million in the same period of 2022") */
                const struct date *sq = quarter_spoken(d);
                if ((de->flags & DF_SAME_PERIOD) && sq->y == w.y)
                    w.m = sq->m;
                /* (that year's date the report speaks of, where there is
                 * one: "up 1.6 percentage points from the end of 2011", in
                 * a news item on the report of June 2012) */
                if (d->ref_date.y == w.y && !habitual)
                    w = *report_date(d);
                else if (d->news_ref.y == w.y && !habitual &&
                         ((n->rule >= 0 && national_rule(&r->v[n->rule])) || d->weekly))
                    w = *news_date(d);
                /* (a year long gone is no year before the figure's: "up
                 * from 265,405 at the end of 2000", after a paragraph on
                 * 2009, speaks of 2009) */
                else if (d->back_has && d->back_para.y > w.y && !d->back_para.y2 && !habitual) {
                    w = d->back_para;
                    w.d = 0;
                }
                have = true;
                break;
            }
        /* 6b. a month after the month it is compared with: "reached 292.6
         * million, up 2.4 percent from the end of September" speaks of a
         * later month, the one the paragraph before spoke of (a monthly
         * bulletin's "By the end of October, ..."), else the next */
        if (!have && !origin)
            for (size_t di = d->da; di < d->db; di++) {
                const struct date_expr *de = &d->dates.v[di];
                struct date base;
                /* (or the date of a figure it is compared with, a month
                 * of the year spoken of, as a monthly bulletin names it:
                 * "up 5.54% from 10.12 trillion yuan at the end of June";
                 * not a half-year's survey's "up from 45.8 million at the
                 * end of June 2002") */
                bool of_base = false;
                for (size_t j = k + 1; j < de->first && !of_base && !de->when.y; j++)
                    of_base = is_quantity(&t[j]) && (ni[j].from || ni[j].compared) && de->first <= j + 2 &&
                              num_class(&t[j]) == num_class(&t[k]);
                if (de->rel != DR_ABS || !((de->flags & DF_COMPARE) || of_base) || de->when.m < 1 || de->when.m > 11 ||
                    de->when.y2 || de->first <= k || de->first >= st->b ||
                    !date_of(d, de, *para_has ? para_ctx : NULL, &base) || !base.y || base.y2 || base.m != de->when.m)
                    continue;
                /* (a quarter compared with is a year's or a quarter's
                 * before, not a month's: "an increase of 16% over the first
                 * quarter of 2018" is of the quarter the release reports,
                 * where later, else undated here) */
                if (de->flags & DF_QUARTER_YEAR) {
                    if (d->quarter.y * 12 + d->quarter.m > base.y * 12 + base.m) {
                        memset(&w, 0, sizeof w);
                        w.y = d->quarter.y;
                        w.m = d->quarter.m;
                        have = true;
                    }
                    break;
                }
                memset(&w, 0, sizeof w);
                /* (a report's date, or a news item's on it, where later:
                 * "989 million internet users as of December 2020 ... The
                 * penetration rate reached 70.4 percent, up 5.9 percentage
                 * points from March 2020") */
                bool national = n->rule >= 0 && national_rule(&r->v[n->rule]);
                const struct date *rep = d->ref_date.y                  ? report_date(d)
                                         : d->news_ref.y && national ? &d->news_ref
                                         : d->lead_nat.y && national ? &d->lead_nat
                                                                     : NULL;
                /* (a year alone is its end) */
                if (rep && !rep->y2 && (rep->y > base.y || (rep->y == base.y && (rep->m ? rep->m : 12) > base.m))) {
                    w = *rep;
                } else if (d->month_para.y == base.y && d->month_para.m > base.m) {
                    w = d->month_para;
                    w.d = 0;
                } else {
                    w.y = base.y;
                    w.m = base.m + 1;
                }
                have = true;
                break;
            }
        /* (a year, in a quarterly report, of a sentence that speaks of the
         * quarter: the quarter, "reached 531 million at the end of the
         * quarter, up from 474 million at the end of 2017") */
        if (have && !w.m && !w.y2 && d->quarter.y == w.y && !habitual && says_the_quarter(st))
            w.m = d->quarter.m;
        /* 7. the date the paragraph before spoke of, for a sentence that
         * points back to it ("Alipay took 82.6 percent of the market") */
        /* ... or to the day an earlier one spoke of ("processed 1.05
         * billion payment transactions during the day", "sales during the
         * festival") */
        if (!have && d->last_day.y && !habitual && points_to_day(st)) {
            w = d->last_day;
            have = true;
            n->day_named = true;
            /* (the paragraph goes on speaking of that day: "processed 188
             * million transactions during the 24 hours. About 45.18 million
             * of those transactions were made through mobile devices") */
            *para_ctx = w;
            *para_has = true;
        }
        if (!have && d->back_has && !habitual && points_back_at(d, st)) {
            w = d->back_para;
            have = true;
            /* (and the paragraph goes on speaking of it: "Of those users,
             * 500 million went online with mobile phones ... The number of
             * websites in China reached 3.2 million") */
            if (!*para_has) {
                *para_ctx = w;
                *para_has = true;
            }
        }
        /* 8. the year a news item of the first months reports on, where
         * its lead dates its first figure by the year before ("grew by
         * 53.58 million last year", written in January 2014: the figures
         * after it are 2013's); else the document's vintage */
        if (!have && d->ref_year && told_past(st, k) && !share_trading(st)) {
            memset(&w, 0, sizeof w);
            w.y = d->ref_year;
            have = true;
        }
        /* ... a report (no dateline) whose first dated figure opens with a
         * month of its own year ("As of June 2014, the number of Internet
         * users reached 632 million"): its findings are of that date */
        if (!have && d->ref_date.y && !habitual) {
            w = *report_date(d);
            have = true;
        }
        /* ... or a news item's about a statistical report (the country's
         * figures only) */
        if (!have && d->news_ref.y && !habitual &&
            ((n->rule >= 0 && national_rule(&r->v[n->rule])) || d->weekly)) {
            w = *news_date(d);
            have = true;
        }
        /* ... or the quarter a quarterly report's first lines name, for a
         * sentence that speaks of "the quarter" or "the reporting period"
         * ("At the end of the quarter the fund's net assets were") */
        /* (or, where the first lines name none, the quarter the text last
         * named: "In the first quarter, banks processed ... || Non-bank
         * payment institutions processed ... in the quarter") */
        if (!have && quarter_spoken(d)->y && !habitual && says_the_quarter(st)) {
            memset(&w, 0, sizeof w);
            w.y = quarter_spoken(d)->y;
            w.m = quarter_spoken(d)->m;
            have = true;
            /* (the paragraph goes on with it: "The number of holders reached
             * 369 million") */
            *para_ctx = w;
            *para_has = true;
        }
        /* (a quarterly release's figure the text dates no other way is
         * the quarter's: "Tencent Announces 2009 Third Quarter Results") */
        /* (or a quarterly report's on the country: "Overall Operation of
         * the Payment System in the Third Quarter of 2017") */
        /* (its figures of nobody named too: "banks processed 35.21
         * billion online payment transactions") */
        if (!have && d->quarter.y &&
            (d->issuer || (n->rule >= 0 && (national_rule(&r->v[n->rule]) || !r->v[n->rule].fallback))) &&
            !habitual && !d->section_year) {
            memset(&w, 0, sizeof w);
            w.y = d->quarter.y;
            w.m = d->quarter.m;
            have = true;
        }
        /* (a news item on a company's quarter: its figures told in the
         * past with no date of their own are of that quarter, paragraphs
         * after the lead that named it: "Average daily active users on
         * the Kuaishou app reached 376 million") */
        if (!have && d->results_q.y && !habitual && n->rule >= 0 && !national_rule(&r->v[n->rule]) &&
            told_past(st, k)) {
            w = d->results_q;
            have = true;
        }
        /* 9. a chronology's year the entry is under */
        if (!have && d->section_year && !habitual) {
            memset(&w, 0, sizeof w);
            w.y = d->section_year;
            have = true;
        }
        /* 10. the quarter or half a news item's lead names, for the
         * country's figures it tells after with no date of their own ("...
         * in the second quarter of 2018 || The value of these transactions
         * totalled 62.88 trillion yuan") */
        if (!have && d->lead_period.y && n->rule >= 0 && national_rule(&r->v[n->rule]) && !habitual) {
            memset(&w, 0, sizeof w);
            w = d->lead_period;
            have = true;
        }
        if (!have && d->doc_year) {
            memset(&w, 0, sizeof w);
            w.y = d->doc_year;
            /* a deal a news item of a known day tells in the present or
             * the future, with no date of its own, is that day's ("The
             * HK$33.1 billion IPO is Hong Kong's third-largest", "valuing
             * the company at about HK$399 billion"), as a timeline's entry
             * is its heading's; in a week's news, its month */
            if (((d->doc_day && d->doc_month) || d->pub_month) && n->rule >= 0 && r->v[n->rule].future) {
                w.m = d->doc_month ? d->doc_month : d->pub_month;
                w.d = d->digest ? 0 : d->doc_day;
            } else if (n->rule >= 0 && national_rule(&r->v[n->rule]) && !habitual && d->head_year &&
                       d->head_year == d->doc_year - 1) {
                /* (a news item of 2017 whose title names 2016: "China's
                 * non-bank online payments double to 99 trillion yuan in
                 * 2016") */
                w.y = d->head_year;
            } else if (n->rule >= 0 && national_rule(&r->v[n->rule]) && !habitual &&
                       (d->doc_month ? d->doc_month : d->pub_month) >= 1 &&
                       (d->doc_month ? d->doc_month : d->pub_month) <= 2) {
                /* the country's figures in a report or an item of January
                 * or February, with no date of their own, are of the year
                 * just ended (the survey's end: "Semiannual Survey Report
                 * (January 1999)": "The number of Internet users reached
                 * 2.1 million") */
                w.y = d->doc_year - 1;
            } else if (n->rule >= 0 && national_rule(&r->v[n->rule]) && !habitual && d->cnnic &&
                       (d->doc_month ? d->doc_month : d->pub_month) >= 7 &&
                       (d->doc_month ? d->doc_month : d->pub_month) <= 9) {
                /* (and a CNNIC report's, or an item's on it, of July to
                 * September: of the half-year just ended, June's
                 * ("Semiannual Survey Report ... July 1999": "Number of
                 * Internet users in China: 4,000,000") */
                w.m = 6;
            } else if (d->doc_day && d->doc_month && n->rule >= 0 && !n->change && !national_rule(&r->v[n->rule]) &&
                       !told_past(st, k)) {
                /* a company's own figure it tells in the present ("it has
                 * 110m registered users") is of the month of writing */
                w.m = d->doc_month;
            }
            n->doc_year_only = w.y == d->doc_year && !w.m;
            have = true;
        }
        /* (the first figure its text dates: a headline's has no date) */
        /* (or by its paragraph: "In 2018, ... Over the year, they processed
         * 530.61 billion ...") */
        /* (the quarter a news item's company figure is first dated by,
         * gone by when it was written: "Revenue in the three months
         * through June rose 27.9%", in an item of August) */
        if (!d->results_q.y && d->doc_month && n->rule >= 0 && !n->skip && !origin && have &&
            !national_rule(&r->v[n->rule]) && w.m && w.m % 3 == 0 && !w.d && !w.y2 && quarter_said(st) &&
            ((w.y == d->doc_year && w.m < d->doc_month && d->doc_month - w.m <= 3) ||
             (w.y == d->doc_year - 1 && w.m == 12 && d->doc_month <= 3)))
            d->results_q = w;
        if (!d->lead_seen && n->rule >= 0 && !n->skip && !origin && (pick >= 0 || para_dated) && have) {
            d->lead_seen = true;
            int wm = d->doc_month ? d->doc_month : d->pub_month;
            if (wm && wm <= 3 && w.y == d->doc_year - 1 && !w.y2)
                d->ref_year = w.y;
            /* (a report of unknown month whose lead speaks of the year
             * before its own: "By the end of 2016 China had 731 million
             * internet users", in a paper of 2017) */
            if (!wm && !d->has_heading && w.y == d->doc_year - 1 && !w.m && !w.y2)
                d->ref_year = w.y;
            /* (... or of a report published in any month: an annual report
             * of June 2019 whose lead is "In 2018, ...") */
            /* (a heading over it that is the publication's own date,
             * "Financial Publishing House, Beijing, June 2020", is none) */
            bool pub_heading = d->has_heading && d->heading.y == d->doc_year && !d->heading.y2 &&
                               (!d->heading.m || d->heading.m == wm);
            if (wm && !d->doc_month && (!d->has_heading || pub_heading) && w.y == d->doc_year - 1 && !w.m && !w.y2)
                d->ref_year = w.y;
            const struct date_expr *de = pick >= 0 ? &d->dates.v[pick] : NULL;
            /* (past an item's mark: "1. By June 30, 2005, the total ...") */
            /* (the block's first sentence, or one that opens a line of
             * it: "Scale of netizens" / "- As of June 2023, ...") */
            size_t base = st->a > 0 && (st->t[st->a].line != st->t[st->a - 1].line || st->t[st->a - 1].len == 0) ? st->a : 0;
            size_t open = base;
            while (de && open < de->first && open < base + 3 &&
                   (st->t[open].kind == TK_PUNCT || (st->t[open].kind == TK_NUM && (st->t[open].flags & TF_SMALLINT) &&
                                                     st->t[open].value < 100)))
                open++;
            /* (and its label: "2. Users. As of June 30, 2001, ...") */
            if (de && open > base && open + 1 < de->first && st->t[open].kind == TK_WORD && (st->t[open].flags & TF_CAP) &&
                st->t[open + 1].kind == TK_PUNCT && st->s[st->t[open + 1].off] == '.')
                open += 2;
            /* (a title's year over it is no heading of entries, nor is
             * its month of publication, after the lead's: "Statistical
             * Survey Report, July 2005" over "As of June 30, 2005") */
            if (de && !d->doc_month &&
                (!d->has_heading || (!d->heading.m && d->heading.y == w.y) ||
                 (d->heading.y == w.y && d->heading.m && d->heading.m == d->pub_month && w.m < d->heading.m)) &&
                de->rel == DR_ABS &&
                (de->flags & DF_LEAD) && st->a <= open &&
                de->first <= open + 1 && w.m && w.y == d->doc_year && !w.y2 &&
                /* (the year's end is the year: no finer date to carry) */
                !(w.m == 12 && (w.d == 0 || w.d == 31))) {
                d->ref_date = w;
                if (de->flags & DF_SPAN_DAY) /* (a span's last day: its month) */
                    d->ref_date.d = 0;
                if (d->has_heading && d->heading.m)
                    d->has_heading = false; /* (the title's month dates nothing under it) */
            }
        }
        /* a news item whose first national figure is dated by the end of a
         * month gone by ("China had 668 million internet users at the end
         * of June", written in July), or a bulletin's ("At the end of
         * August the country had ..."): the country's figures after it,
         * undated, are of that date (a statistical report's) */
        /* (a weekly report's figures all are of its week: "for the week
         * ended Wednesday, June 11") */
        /* (not a headline's: "CNNIC's 52nd report: 1.079 billion netizens
         * (Aug 28)" over "China had 1.079 billion internet users as of
         * June 2023") */
        /* (a post of one line, of sentences, is none: "1/ CNNIC's 48th
         * report is out (Aug 27). Headline: ... 1.011bn as of end-June,
         * +21.75mn vs Dec. Penetration 71.6%. Thread on ... 🧵👇") */
        /* (a report's date dated again by a later national figure, of its
         * month: "1. As of June 2010, China had 420 million netizens" after
         * "As of June 30, 2010, ...") */
        const struct date *ref = d->ref_date.y ? &d->ref_date : &d->news_ref;
        /* (a level's date, not a span's: "New Internet users in the first
         * half of 2017: 19.92 million" restates nothing) */
        if (ref->y && n->rule >= 0 && !n->skip && !n->change && !origin && pick >= 0 && have &&
            national_rule(&r->v[n->rule]) && w.y == ref->y && w.m == ref->m && !w.y2 && d->dates.v[pick].rel == DR_ABS &&
            (d->dates.v[pick].flags & (DF_LEAD | DF_END_OF)) &&
            !(d->dates.v[pick].flags & (DF_FIRST_HALF | DF_TO_MONTH | DF_QUARTER | DF_SPAN_DAY | DF_COMPARE)))
            d->ref_again = w;
        /* (whether a sentence ends inside the block: looked for once a
         * block, not once a figure, for a line of megabytes) */
        if (d->blines == 1 && !d->within_known) {
            d->within_known = true;
            d->within = sentences_within(st);
        }
        bool headline = d->blines == 1 && !ends_with_stop(d->bp, d->blen) && !d->within;
        /* (nor one dated by the day the report came out: "CNNIC's 48th
         * report is out (Aug 27). Headline: China's netizen count crossed
         * 1bn. 1.011bn as of end-June") */
        bool release_day = pick >= 0 && w.d && !w.y2 && !(d->dates.v[pick].flags & DF_END_OF) && !d->weekly;
        if (!d->national_seen && n->rule >= 0 && !n->skip && !origin && pick >= 0 && have && !headline && !release_day &&
            (national_rule(&r->v[n->rule]) || d->weekly)) {
            d->national_seen = true;
            d->lead_nat = w;
            const struct date_expr *de = &d->dates.v[pick];
            /* (or under a later date: an issue's, "Issue #88 · September
             * 2023", a news item's, "... 1.079 billion netizens (Aug 28)") */
            /* (or a month of the year of writing: "as of June this year") */
            if ((!d->has_heading || (d->heading.y == w.y && (d->heading.m > w.m || (d->heading.m == w.m && !d->heading.d)))) &&
                (de->rel == DR_ABS || (de->rel == DR_SAME_YEAR && de->when.m && (de->flags & DF_WRITING))) &&
                /* (or its last day: "As of June 30, 2001, the number of
                 * Internet users in China reached 26.50 million") */
                (de->flags & DF_END_OF) && !(de->flags & DF_SPAN_DAY) && w.m &&
                (!w.d || d->weekly || w.d == period_month_days(w.y, w.m)) && !w.y2 &&
                w.y == d->doc_year && (!d->doc_month || w.m < d->doc_month) && w.m != 12)
                d->news_ref = w;
        }
        /* "assets totaled 748.6 billion yuan at the end of 2013, up from
         * 571.8 billion yuan a year earlier" (or "compared with ..."): the
         * figure compared with is dated a year before the other */
        bool year_before = false;
        if (n->from || n->compared || origin)
            for (size_t di = d->da; di < d->db; di++) {
                const struct date_expr *de = &d->dates.v[di];
                /* (or past a clause of plain words: "nearly double the 808.9
                 * billion yuan it managed a year earlier") */
                /* (or a count of another kind that counts nothing of
                 * ours: "compared with Rmb741.4 billion from 167 funds the
                 * previous year") */
                /* (past its restatement in brackets: "compared with 91.2
                 * billion yuan ($14.3 billion) a year ago") */
                size_t kr = k + 3 < st->b && (t[k + 1].flags & TF_OPEN) && is_quantity(&t[k + 2]) &&
                                    (t[k + 3].flags & TF_CLOSE)
                                ? k + 3
                                : k;
                size_t near = kr + 2;
                while (near < kr + 6 && near < de->first &&
                       ((st->t[near].kind == TK_WORD && !(st->t[near].flags & TF_CAP)) ||
                        (is_quantity(&t[near]) && ni[near].rule < 0 && num_class(&t[near]) == UC_COUNT &&
                         num_class(&t[k]) != UC_COUNT)))
                    near++;
                /* (not "last year", the year before the time of writing:
                 * "up from 324 million at the end of last year") */
                /* (nor "at the start of the year": the year before's end) */
                if (de->rel != DR_PREV_YEAR || de->first <= k || de->first > near ||
                    ((de->flags & DF_WRITING) && !(de->flags & DF_COMPARE)) || (de->flags & DF_LEAD))
                    continue;
                for (size_t j = k; j-- > st->a;)
                    if (is_quantity(&t[j]) && !ni[j].skip && !ni[j].from && ni[j].rule >= 0 && ni[j].has_when &&
                        num_class(&t[j]) == num_class(&t[k]) && !ni[j].when.y2) {
                        w = ni[j].when;
                        w.y--;
                        have = true;
                        year_before = true;
                        d->picked[di] = true;
                        d->background[di] = true;
                        break;
                    }
                /* (or, the other figure told in the sentence before, a year
                 * before the date the text goes on with: "... 16.82 million
                 * domain names. The total fell from 16.83 million a year
                 * earlier") */
                if (!year_before && n->from && have && !w.y2 && w.y > 0) {
                    bool other = false;
                    for (size_t j = st->a; j < st->b && !other; j++)
                        other = j != k && is_quantity(&t[j]) && !ni[j].skip && num_class(&t[j]) == num_class(&t[k]);
                    if (!other) {
                        w.y--;
                        year_before = true;
                        d->picked[di] = true;
                        d->background[di] = true;
                    }
                }
                break;
            }
        /* "rose to 513 million from 457 million", "fell to 50.4 percent in
         * 2016 from 71.5 percent": a start without a date of its own is
         * earlier than the level it changed to, not of its date; a year's
         * level started from the year before, a month's or a quarter's
         * from no date the text gives (no fact) */
        bool dated_after = false; /* "from 581 billion yuan in the first quarter" */
        for (size_t di = d->da; di < d->db && !dated_after; di++)
            dated_after = d->dates.v[di].first > k && d->dates.v[di].first <= k + 2;
        for (size_t i = k + 1; i < st->b && i <= k + 4 && !dated_after && !is_quantity(&t[i]) && !is_clause_break(&t[i]);
             i++)
            dated_after = t[i].kind == TK_WORD && (in_list(&seq_unit, &t[i]) || in_list(&span_unit, &t[i]) ||
                                                   str_ieq(st->s + t[i].off, t[i].len, "half") ||
                                                   scan_month(st->s + t[i].off, t[i].len));
        n->from_free = n->from && own_pick < 0 && !dated_after && have && !year_before;
        if (n->from && own_pick < 0 && !dated_after && have && !year_before)
            for (size_t j = k; j-- > st->a;)
                if (is_quantity(&t[j]) && !ni[j].skip && !ni[j].from && !ni[j].change && ni[j].rule >= 0 &&
                    num_class(&t[j]) == num_class(&t[k])) {
                    /* (a year's start of the year before only where it is
                     * of the same indicator: "... to 120.3 trillion yuan in
                     * 2017, while third-party payment volume grew from 17.2
                     * trillion yuan" starts no mobile payments) */
                    bool same = n->rule < 0 || strcmp(r->v[ni[j].rule].id, r->v[n->rule].id) == 0;
                    if (ni[j].has_when && ni[j].when.y == w.y && ni[j].when.m == w.m && ni[j].when.d == w.d &&
                        !w.y2) {
                        /* (a day's figure, a yearly day's, "Singles' Day
                         * sales ... on 11 November 2018, up 27% from 168.2
                         * billion yuan": started from that day a year
                         * before) */
                        if (w.m && w.d && same && n->rule >= 0 && day_indicator(r, r->v[n->rule].id))
                            w.y--;
                        else if (w.m)
                            n->skip = true;
                        else if (same)
                            w.y--;
                    }
                    break;
                }
        /* "reached 100 million users 433 days later": the date, moved on */
        if (have && !w.y2)
            later(st, k, &w);
        /* "compared with 762 million in the previous quarter" (or "down
         * 1.5% from 9.62 trillion yuan a month earlier") */
        if (have && !w.y2 && (n->compared || n->from))
            period_before(st, k, &w);
        /* a span of years dates a level or a change by its end: 2007-2010 → 2010 */
        if (have && w.y2) {
            w.y = w.y2;
            w.y2 = 0;
        }
        /* a count or an amount held on the year's last day, where that
         * day leads a chronology's line, is the year's ("[Dec 31, 1998]:
         * 2.1 million users", "December 31 - The number of internet users
         * reaches"); not a deal's day, nor what happened "on Dec 31" or
         * under a chronology's heading "December 31" */
        /* (only where the day leads its line, a chronology's entry or a
         * label, "December 31 - The number of internet users reaches";
         * a sentence's own "as of December 31, 2013" keeps its day, as
         * "as of March 31" does) */
        bool line_lead = false;
        if (pick >= 0) {
            size_t f = d->dates.v[pick].first;
            while (f > 0 && t[f - 1].kind == TK_PUNCT && (t[f - 1].flags & TF_OPEN) && t[f - 1].line == t[f].line)
                f--;
            /* (the day itself, not "As of December 31, 2001, ...") */
            const struct token *d0 = &t[d->dates.v[pick].first];
            line_lead = (f == 0 || t[f - 1].line != t[f].line) &&
                        (d0->kind != TK_WORD || scan_month(st->s + d0->off, d0->len) > 0);
        }
        if (have && w.m == 12 && w.d == 31 && !w.y2 && n->rule >= 0 && r->v[n->rule].entity != EK_SUBJECT &&
            r->v[n->rule].entity != EK_OBJECT && !r->v[n->rule].on_day &&
            pick >= 0 && !tok_is(&t[d->dates.v[pick].first], WH(on)) && line_lead)
            w.m = w.d = 0;
        /* (so is the country's count under December that opens a
         * chronology's line, "Dec 2002  59.1 million users", as a table's
         * December column is; not a product's milestone: see where the
         * figure is written) */
        n->dec_lead = have && w.m == 12 && !w.d && !w.y2 && pick >= 0 && n->rule >= 0 && !r->v[n->rule].on_day &&
                      r->v[n->rule].change == CH_NONE &&
                      scan_month(st->s + t[d->dates.v[pick].first].off, t[d->dates.v[pick].first].len) == 12 &&
                      (d->dates.v[pick].first == 0 ||
                       t[d->dates.v[pick].first - 1].line != t[d->dates.v[pick].first].line);
        /* (and the country's count of people or its share "in December"
         * of a year, the survey's year-end: "internet users reached 989
         * million in December 2020") */
        n->dec_lead = n->dec_lead ||
                      (have && w.m == 12 && !w.d && !w.y2 && pick >= 0 && n->rule >= 0 && !r->v[n->rule].on_day &&
                       r->v[n->rule].change == CH_NONE &&
                       (r->v[n->rule].unit == UC_PEOPLE || r->v[n->rule].unit == UC_PERCENT) &&
                       (d->dates.v[pick].flags & DF_LEAD) && d->dates.v[pick].when.m == 12 &&
                       !d->dates.v[pick].when.d);
        /* (and the counts the paragraph goes on with under that December:
         * "... 1.092 billion (10.92亿) in December 2023 ... Mobile internet
         * users numbered 1.091 billion") */
        if (n->dec_lead && pick >= 0)
            d->dec_para_y = w.y;
        else if (have && para_dated && w.m == 12 && !w.d && !w.y2 && d->dec_para_y == w.y && n->rule >= 0 &&
                 !r->v[n->rule].on_day && r->v[n->rule].change == CH_NONE &&
                 (r->v[n->rule].unit == UC_PEOPLE || r->v[n->rule].unit == UC_PERCENT))
            n->dec_lead = true;
        /* (a day inside a span of days the sentence states is the span's
         * last: a figure of the span, "orders placed during its own Nov
         * 11 campaign, which ran from Nov 1 to 11, reached") */
        if (have && w.d && !w.y2 && pick >= 0 && !(d->dates.v[pick].flags & DF_DAY_RANGE))
            for (size_t di = d->da; di < d->db; di++) {
                const struct date_expr *de = &d->dates.v[di];
                if ((int)di == pick || !(de->flags & DF_DAY_RANGE) || (de->flags & DF_MONTH_RANGE) ||
                    de->when.m != w.m || (de->when.y && de->when.y != w.y) || de->first < st->a || de->first >= st->b ||
                    (de->flags & (DF_COMPARE | DF_BOUND)))
                    continue;
                /* (in the figure's clause: not another's after ", while") */
                size_t lo = de->first < k ? de->first : k, hi = de->first < k ? k : de->first;
                bool one = true;
                for (size_t i = lo; i < hi && one; i++)
                    one = !is_clause_break(&t[i]) &&
                          !(t[i].kind == TK_WORD && (str_ieq(st->s + t[i].off, t[i].len, "while") ||
                                                     str_ieq(st->s + t[i].off, t[i].len, "whereas") ||
                                                     str_ieq(st->s + t[i].off, t[i].len, "but")));
                if (one) {
                    w.d = 0;
                    break;
                }
            }
        /* (a day's sales dated by a year alone, in a text on Singles' Day:
         * that year's festival, "started in 2009 with sales of 52 million
         * yuan") */
        /* (or, in a text whose title or headline names the festival,
         * sales of a kind a day's figure may be, naming no span of their
         * own: "The total GMV reached 168.2 billion yuan, up 39 per cent
         * from last year", under "Alibaba smashes Singles' Day record") */
        /* (a day's figure dated by November alone, too, as a text of that
         * month tells its company's figure: "\"168.2 billion yuan in sales
         * is not only a record ...,\" said Alibaba's chief executive") */
        /* (not where the sentence names its days: "GMV in the period from
         * Nov 1 to Nov 11") */
        bool fest_month = w.m == 11 && !w.d && n->rule >= 0 && day_indicator(r, r->v[n->rule].id);
        for (size_t di = d->da; di < d->db && fest_month; di++)
            fest_month = d->dates.v[di].first < st->a || d->dates.v[di].first >= st->b;
        if (have && w.y && (!w.m || fest_month) && !w.y2 && d->festival && n->rule >= 0 && !n->change &&
            (day_indicator(r, r->v[n->rule].id) ||
             (d->festival_title && r->v[n->rule].on_day && !names_span_but(st, k, true)))) {
            w.m = 11;
            w.d = 11;
            /* (the festival's day, as if the text had named it: its
             * figure is the day's indicator's) */
            if (!day_indicator(r, r->v[n->rule].id))
                n->day_named = true;
        }
        /* (a company's sales over the festival's days, the sentence naming
         * them, are the festival's sales, its month's: "generated a total of
         * RMB54.03 billion in sales from the first day of the month") */
        /* (its month's too where the sentence names no month: "its total
         * gross merchandise value (GMV) over the 11-day period ... totaled
         * 498.2 billion yuan") */
        else if (have && w.y && (w.m == 11 || !w.m) && !w.y2 && d->festival && n->rule >= 0 && !n->change &&
                 (several_days(d, st, k) || days_before(st, n->qstart))) {
            const struct rule *day = r->v[n->rule].on_day ? rules_find(r, r->v[n->rule].on_day) : NULL;
            const struct rule *to = day && day->span ? rules_find(r, day->span) : NULL;
            if (to) {
                if (!n->cue_rule)
                    n->cue_rule = n->rule + 1;
                n->rule = (int)(to - r->v);
            }
            for (size_t i = 0; i < r->n && !w.m; i++)
                if (r->v[i].span && rules_find(r, r->v[i].span) == &r->v[n->rule])
                    w.m = 11;
        }
        /* (and sales dated by a year alone in a paragraph on JD's 618: that
         * year's festival, June's, "JD reported orders worth 119.9 billion
         * yuan during the 2017 event, 159.2 billion yuan in 2018") */
        if (have && w.y && !w.m && !w.y2 && d->june_block && n->rule >= 0 && r->v[n->rule].on_day &&
            num_class(&t[k]) == UC_MONEY)
            w.m = 6;
        /* (the same period of a year before the quarter the text reports
         * is that quarter's a year before: "compared with RMB5,794.7
         * million in the same period of 2022", in a report on Q3 2023) */
        if (have && pick >= 0 && (d->dates.v[pick].flags & DF_SAME_PERIOD) && !w.m && !w.y2) {
            const struct date *sq = quarter_spoken(d);
            if (sq->y == w.y + 1)
                w.m = sq->m;
        }
        /* (a news item's day, its dateline's, on the country's figure of
         * a CNNIC report it tells of: the report's, of the half-year just
         * ended, June's in an item of July to September, the year before's
         * in one of January to March: "BEIJING, Aug. 4 -- The number of
         * mobile Internet users in China has reached 724 million, says
         * the 40th ... Report") */
        if (have && pick >= 0 && w.d && !w.y2 && d->cnnic && n->rule >= 0 && national_rule(&r->v[n->rule]) &&
            dateline_date(st, &d->dates.v[pick]) && !later_in_sentence(d, st, k)) {
            survey_time(&w, w.m);
        }
        /* (and "now" in such an item, of its month of writing: "January
         * 2016 | ... In China, 688 million people now use the internet.
         * According to the China Internet Network Information Center
         * (CNNIC)", the year just ended) */
        if (have && pick >= 0 && d->dates.v[pick].rel == DR_NOW && !w.y2 && w.y == d->doc_year && d->cnnic &&
            n->rule >= 0 && national_rule(&r->v[n->rule])) {
            survey_time(&w, d->doc_month ? d->doc_month : d->pub_month);
        }
        n->has_when = have;
        n->when = w;
        n->date = pick;
        n->own_pick = own_pick + 1;
        /* (a day's indicator dated by June alone, in a paragraph on 618,
         * an eighteen days' festival: the sales of those days, "JD.com
         * racks up record 343.8 billion yuan in sales") */
        if (have && w.m == 6 && !w.d && !w.y2 && d->june_block && n->rule >= 0) {
            const struct rule *ru = &r->v[n->rule];
            const char *level = ru->change != CH_NONE ? ru->base : ru->id;
            const struct rule *lr = level ? rules_find(r, level) : NULL;
            const struct rule *to = lr && lr->span ? rules_find(r, lr->span) : NULL;
            int ri = !to ? -1 : ru->change != CH_NONE ? rules_change_of(r, ru->change, to->id) : (int)(to - r->v);
            if (ri >= 0) {
                if (!n->cue_rule)
                    n->cue_rule = n->rule + 1;
                n->rule = ri;
            }
        }
    }

    /* "500 million and 600 million at the end of 2012 and 2013": figures
     * listed before as many dates listed, each the date of its own */
    pair_listed_dates(d, st, ni);

    /* "grew 2.21 percent or 507.72 billion yuan, month on month in July": a
     * change and its restatement are of one time, which the date after the
     * second gives the first where the sentence dated it no other way */
    for (size_t k = st->a; k < st->b; k++) {
        const struct numinfo *n = &ni[k];
        if (!n->restates || n->skip || !n->has_when || n->date < 0 || (size_t)n->date >= d->dates.n ||
            d->dates.v[n->date].first <= k)
            continue;
        struct numinfo *o = &ni[n->restated];
        if (o->skip || o->date >= 0 || !o->has_when || o->when.y != n->when.y || o->when.m || o->when.y2)
            continue;
        o->when = n->when;
        o->date = n->date;
    }

    /* "213.5 billion yuan on November 11, up 26.9% from 168.2 billion yuan
     * in 2017": a figure of a day compared with one of a year's is
     * compared with the same day of that year (a festival's) */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!n->base_of || !n->has_when || n->when.m || n->when.y2 || n->skip)
            continue;
        const struct numinfo *lv = &ni[n->base_of - 1];
        /* (and a month's with last year's own: "540.3 billion yuan in
         * November 2021, up 14 per cent over last year's US$74.1
         * billion", November 2020's) */
        const struct date_expr *de = n->date >= 0 && (size_t)n->date < d->dates.n ? &d->dates.v[n->date] : NULL;
        bool years_own = de && de->rel != DR_ABS && (t[de->last].flags & TF_POSSESSIVE) && de->last + 1 == n->qstart;
        if (lv->has_when && lv->when.m && (lv->when.d ? lv->when.d < 28 : years_own) && !lv->when.y2 &&
            lv->when.y > n->when.y) {
            n->when.m = lv->when.m;
            n->when.d = lv->when.d;
        }
    }

    /* "rose from 325 million to 474 million in 2017", "from 325 million a
     * year earlier to": a start without a date of its own, before the level
     * it led to, is earlier than that level: of the year before a year's
     * (a month's or a quarter's start has no date the text gives: none) */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        /* (or dated "a year earlier" right after it, of the year before the
         * level's) */
        bool year_earlier = false;
        for (size_t di = d->da; di < d->db && n->from && !year_earlier; di++)
            year_earlier = d->dates.v[di].rel == DR_PREV_YEAR && d->dates.v[di].first > k &&
                           d->dates.v[di].first <= k + 2;
        if (!is_quantity(&t[k]) || !(n->from_free || year_earlier) || n->skip || n->rule < 0 || n->change ||
            n->when.y2)
            continue;
        size_t j = k + 1;
        while (j < st->b && !is_quantity(&t[j]) && !is_clause_break(&t[j]) && j < k + 8)
            j++;
        /* (or the level before it: "increased to 73 percent from 42.1
         * percent") */
        bool back = false;
        if ((j >= st->b || !is_quantity(&t[j]) || !tok_is(&t[j - 1], WH(to))) && k > st->a + 2 &&
            tok_is(&t[k - 1], WH(from))) {
            size_t b0 = k - 1;
            while (b0 > st->a + 1 && !is_quantity(&t[b0 - 1]) && !is_clause_break(&t[b0 - 1]) && b0 + 4 > k)
                b0--;
            if (b0 > st->a + 1 && is_quantity(&t[b0 - 1]) && tok_is(&t[b0 - 2], WH(to))) {
                j = b0 - 1;
                back = true;
            }
        }
        if (j >= st->b || !is_quantity(&t[j]) || (!back && !tok_is(&t[j - 1], WH(to))) || ni[j].skip || ni[j].change ||
            ni[j].rule < 0 || strcmp(d->r->v[ni[j].rule].id, d->r->v[n->rule].id) != 0 || !ni[j].has_when ||
            (ni[j].when.y != n->when.y && !(back && ni[j].when.y == n->when.y + 1)) || ni[j].when.m != n->when.m ||
            ni[j].when.d != n->when.d)
            continue;
        /* (a start that goes with one dated before it, of the same end:
         * "rose from 1.22 trillion yuan in 2013 to 120.3 trillion yuan in
         * 2017, while ... grew from 17.2 trillion yuan to 143.3 trillion
         * yuan": the same start) */
        /* (and the other way round: "rose to 1.03 billion last year from
         * 564 million in 2012, while the rate increased to 73 percent from
         * 42.1 percent during that period") */
        bool parallel = false;
        for (size_t p = back ? j : k; p-- > st->a && !year_earlier && !parallel;) {
            if (!is_quantity(&t[p]) || !ni[p].from || ni[p].from_free || ni[p].skip || !ni[p].has_when)
                continue;
            size_t q = p + 1;
            while (q < k && !is_quantity(&t[q]))
                q++;
            bool ahead = q < k && q > p + 1 && tok_is(&t[q - 1], WH(to));
            if (!ahead && back && p > st->a + 2 && tok_is(&t[p - 1], WH(from))) {
                q = p - 1;
                while (q > st->a + 1 && !is_quantity(&t[q - 1]) && q + 4 > p)
                    q--;
                ahead = q > st->a + 1 && is_quantity(&t[q - 1]) && tok_is(&t[q - 2], WH(to));
                q--;
            }
            if (ahead && ni[q].has_when &&
                ni[q].when.y == ni[j].when.y && ni[q].when.m == ni[j].when.m && ni[q].when.d == ni[j].when.d) {
                n->when = ni[p].when;
                parallel = true;
            }
            break;
        }
        /* (or a span's first year, the level's its last: "Between 2012
         * and 2018, penetration climbed from 42.1 percent to 59.6
         * percent") */
        for (size_t di = d->da; di < d->db && !parallel && !year_earlier; di++) {
            const struct date_expr *de = &d->dates.v[di];
            if (de->rel == DR_ABS && de->when.y && de->when.y2 == ni[j].when.y && de->when.y < de->when.y2 &&
                !de->when.m && !ni[j].when.m && de->first >= st->a && de->first < st->b) {
                memset(&n->when, 0, sizeof n->when);
                n->when.y = de->when.y;
                parallel = true;
            }
        }
        /* (the start before its level was dated so already) */
        if (parallel || back)
            continue;
        if (n->when.m && !year_earlier)
            n->skip = true;
        else
            n->when.y--;
    }

    /* a figure of one day is the indicator's that its plain section names
     * for days ("day = daily_transaction_volume"): a level's, and a change
     * of such a level */
    /* (a day the sentence gives the figure: "on Monday", "on November 11";
     * not a timeline's heading, which dates an entry, not a span) */
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = st->a; k < st->b; k++) {
            struct numinfo *n = &ni[k];
            if (!is_quantity(&t[k]) || n->skip || n->rule < 0 || !n->has_when || !n->when.d || n->when.y2)
                continue;
            const struct rule *ru = &d->r->v[n->rule];
            if ((ru->change != CH_NONE) != (pass == 1))
                continue;
            /* (nor one of several days, the month's, that ended on it:
             * "its 11-day Singles' Day shopping festival ended at midnight
             * on Thursday with 540.3 billion yuan in GMV"; a dateline's day
             * too: "SHANGHAI, Nov 11 (Reuters) - ... recorded 540.3 billion
             * yuan in orders over its 11-day Singles' Day sales event") */
            if (pass == 0 && ru->unit == UC_MONEY && several_days(d, st, k)) {
                n->when.d = 0;
                continue;
            }
            /* (and a level compared with such a figure, dated from it:
             * "..., an 8.5% increase over last year's 498.2 billion yuan") */
            if (pass == 0 && n->base_of && n->date >= 0 && (size_t)n->date < d->dates.n &&
                d->dates.v[n->date].rel != DR_ABS && ni[n->base_of - 1].has_when && !ni[n->base_of - 1].when.d &&
                ni[n->base_of - 1].when.m == n->when.m) {
                n->when.d = 0;
                continue;
            }
            /* (a level compared with, dated from the day's level it is
             * compared with, is of that day's indicator too: "GMV ... rose
             * to 268.4 billion yuan, up from 213.5 billion yuan a year
             * earlier") */
            if (pass == 0 && n->base_of && !n->day_named && n->date < 0) {
                const struct numinfo *lv = &ni[n->base_of - 1];
                const struct rule *to = ru->on_day ? rules_find(d->r, ru->on_day) : NULL;
                if (to && lv->rule >= 0 && lv->has_when && lv->when.d && !n->change &&
                    strcmp(d->r->v[lv->rule].id, to->id) == 0) {
                    if (!n->cue_rule)
                        n->cue_rule = n->rule + 1;
                    n->rule = lv->rule;
                }
                continue;
            }
            if (pass == 0 && !n->day_named && (n->date < 0 || (size_t)n->date >= d->dates.n))
                continue;
            /* (nor the day a dateline gives: "SHANGHAI, Feb 10 (Reuters) -
             * ... China's $5.5 trillion mobile payments market") */
            if (pass == 0 && !n->day_named && dateline_date(st, &d->dates.v[n->date]))
                continue;
            /* (nor the last day of a span: "118 trillion yuan in the twelve
             * months ended June 30") */
            if (n->date >= 0 && (size_t)n->date < d->dates.n && (d->dates.v[n->date].flags & DF_SPAN_DAY))
                continue;
            /* (nor a day a total stands at: "As of June 30, 2018,
             * Pinduoduo's gross merchandise volume reached 262.1 billion
             * yuan"; not the festival's, "by the end of Nov 11") */
            if (!n->day_named && n->date >= 0 && (size_t)n->date < d->dates.n &&
                (d->dates.v[n->date].flags & DF_END_OF) && !(n->when.m == 11 && n->when.d == 11))
                continue;
            /* (nor a span's figure reported that day: "Pinduoduo on
             * Wednesday reported quarterly revenue of 7.51 billion yuan") */
            if (span_said(st))
                continue;
            const char *level = ru->change != CH_NONE ? ru->base : ru->id;
            const struct rule *plain = level ? rules_find(d->r, level) : NULL;
            /* (a section of its own may name its day's: "took in" of
             * fund_assets:inflow) */
            const struct rule *to = ru->change == CH_NONE && ru->on_day ? rules_find(d->r, ru->on_day)
                                    : plain && plain->on_day ? rules_find(d->r, plain->on_day)
                                                             : NULL;
            if (!to)
                continue;
            /* (a change goes with its level, once that is the day's) */
            if (pass == 1 && (n->date < 0 || (size_t)n->date < st->a || (size_t)n->date >= st->b ||
                              !is_quantity(&t[n->date]) || ni[n->date].rule < 0 ||
                              strcmp(d->r->v[ni[n->date].rule].id, to->id) != 0))
                continue;
            int ri = ru->change != CH_NONE ? rules_change_of(d->r, ru->change, to->id) : (int)(to - d->r->v);
            if (ri >= 0) {
                if (!n->cue_rule)
                    n->cue_rule = n->rule + 1; /* (its cue is still the one it was found by) */
                n->rule = ri;
            }
        }

    /* "sold 35.0 billion yuan on Singles' Day, November 11, against 19.1
     * billion yuan in 2012": what a day's figure is compared with, of a
     * year before, is that day's of its year */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule < 0 || !n->has_when || n->when.m || n->when.y2 ||
            !(n->compared || list_back(&compare_word, t, compared_start(d, st, n->qstart), st->a, NULL) != SIZE_MAX))
            continue;
        size_t j = k;
        while (j > st->a && !(is_quantity(&t[j - 1]) && !ni[j - 1].skip && num_class(&t[j - 1]) == num_class(&t[k])))
            j--;
        const struct rule *plain = rules_find(d->r, d->r->v[n->rule].id);
        /* (or the day the text last spoke of, a year on: "... hit 213.5
         * billion yuan on Singles' Day. || GMV for the 24-hour event
         * compared with 168.2 billion yuan last year") */
        if (j == st->a) {
            const struct rule *to = plain && plain->on_day ? rules_find(d->r, plain->on_day) : NULL;
            if (!to && plain && day_indicator(d->r, plain->id)) /* (a day's indicator already) */
                to = plain;
            if (to && d->r->v[n->rule].change == CH_NONE && d->last_day.y == n->when.y + 1 && d->last_day.m &&
                d->last_day.d) {
                if (!n->cue_rule)
                    n->cue_rule = n->rule + 1;
                n->rule = (int)(to - d->r->v);
                n->when.m = d->last_day.m;
                n->when.d = d->last_day.d;
            }
            continue;
        }
        const struct numinfo *p = &ni[j - 1];
        if (p->rule < 0 || p->change || !p->has_when || !p->when.d || p->when.y <= n->when.y || !plain ||
            !plain->on_day || strcmp(d->r->v[p->rule].id, plain->on_day) != 0)
            continue;
        if (!n->cue_rule)
            n->cue_rule = n->rule + 1;
        n->rule = p->rule;
        n->when.m = p->when.m;
        n->when.d = p->when.d;
    }

    /* "the numbers of netizens and mobile netizens were 564 million and 420
     * million, respectively", "3G and 4G base stations reached 1.2 million
     * and 700,000 respectively": the i-th figure counts the i-th item */
    for (size_t k = st->a; k < st->b; k++)
        if (tok_is(&t[k], WH(respectively))) {
            respective_cues(d, st, ni);
            /* (and the dates listed after them, now their rules are known) */
            pair_listed_dates(d, st, ni);
            break;
        }

    /* "A and B, up 50 percent and 90 percent respectively": the i-th change
     * belongs to the i-th level */
    size_t lv[8], chg[8], nc = 0; /* changes paired with their levels */
    bool respectively = false;
    for (size_t k = st->a; k < st->b; k++)
        if (tok_is(&t[k], WH(respectively)))
            respectively = true;
    /* "82.15 billion transactions, worth 49.48 trillion yuan, an increase
     * of 119.51 percent and 100.16 percent": two rates joined by "and"
     * after two levels of different kinds pair with them as if
     * "respectively" were written */
    bool paired = false;
    if (!respectively)
        for (size_t k = st->a; k + 2 < st->b && !paired; k++)
            if (is_quantity(&t[k]) && ni[k].change && !ni[k].skip && tok_is(&t[k + 1], WH(and)) &&
                is_quantity(&t[k + 2]) && ni[k + 2].change && !ni[k + 2].skip &&
                num_class(&t[k]) == num_class(&t[k + 2])) {
                size_t l2 = SIZE_MAX, l1 = SIZE_MAX; /* the last two levels before */
                for (size_t j = k; j-- > st->a && l1 == SIZE_MAX;)
                    if (is_quantity(&t[j]) && !ni[j].change && !ni[j].skip && !(t[j].flags & TF_SMALLINT)) {
                        if (l2 == SIZE_MAX)
                            l2 = j;
                        else
                            l1 = j;
                    }
                paired = l1 != SIZE_MAX && num_class(&t[l1]) != num_class(&t[l2]);
            }
    if (paired)
        respectively = true;
    /* Each "respectively" closes a group of levels and their changes
     * ("online payments totaled X transactions, worth Y yuan, up a and b
     * respectively; mobile payments totaled ..."); a group of levels
     * without changes lends them to the changes after ("X and Y
     * respectively, up a and b").  "269 institutions handled 29.72 billion
     * transactions worth 17.05 trillion yuan, up 58.9 percent and 90.3
     * percent respectively": the changes go with the last levels listed. */
    if (respectively) {
        size_t glv[8], gch[8], gl = 0, gc = 0;
        for (size_t k = st->a; k <= st->b; k++) {
            /* (a level after changes opens the next group: "online
             * payments numbered X with a value of Y, up a and b; mobile
             * payments reached Z, totaling W, up c and d") */
            bool next_group = k < st->b && gc && is_quantity(&t[k]) && !ni[k].skip && !ni[k].change &&
                              !(t[k].flags & TF_SMALLINT);
            if (k < st->b && !tok_is(&t[k], WH(respectively)) && !next_group) {
                if (!is_quantity(&t[k]) || (ni[k].skip && !ni[k].held))
                    continue;
                if (ni[k].change && gc < 8)
                    gch[gc++] = k;
                else if (!ni[k].change && gc == 0 && gl < 8 && !(t[k].flags & TF_SMALLINT))
                    glv[gl++] = k; /* (a level no rule takes holds its place: its change is nobody's) */
                continue;
            }
            if (gc >= 2 && gc <= gl)
                for (size_t c2 = 0; c2 < gc && nc < 8; c2++) {
                    chg[nc] = gch[c2];
                    lv[nc++] = glv[gl - gc + c2];
                }
            if (gc)
                gl = gc = 0;
            if (next_group)
                glv[gl++] = k;
        }
    }

    /* "... 73.76 million 3G subscribers. Of these subscribers, China
     * Mobile served 32 million; China Telecom 19.67 million": a sentence
     * that opens with "Of these" parts the figure before among the names
     * it gives, each figure right after its name (or its name and verb) */
    if (topic->last.ind && st->b > st->a + 3 && tok_is(&t[st->a], WH(of)) &&
        (str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "these") ||
         str_ieq(st->s + t[st->a + 1].off, t[st->a + 1].len, "them"))) {
        const struct rule *lr = &r->v[topic->last.sec];
        for (size_t k = st->a + 2; k < st->b; k++) {
            struct numinfo *n = &ni[k];
            if (!is_quantity(&t[k]) || n->skip || n->rule >= 0 || n->change || n->qstart < st->a + 3 ||
                !class_fits(lr->unit, num_class(&t[k])))
                continue;
            size_t v = n->qstart;
            if (t[v - 1].kind == TK_WORD && !(t[v - 1].flags & TF_CAP) && (in_list(&having_verb, &t[v - 1]) ||
                                                                          str_ieq(st->s + t[v - 1].off, t[v - 1].len, "served")))
                v--;
            size_t s0 = v, e = 0;
            while (s0 > st->a + 2 && s0 + 4 > v && name_word(st, s0 - 1))
                s0--;
            if (s0 == v || !name_at(st, s0, v, &e) || e != v || !viable(d, st, (size_t)topic->last.sec, &t[k]))
                continue;
            n->rule = topic->last.sec;
            n->cue_a = st->a;
            n->cue_b = st->a + 2;
            free(n->entity);
            n->entity = name_text(st, s0, v);
        }
    }

    /* "of which 214,000 were built and run by China Mobile, 226,000 by
     * China Telecom and 274,000 by China Unicom": the figures listed after
     * one, each with its "by" and a name, count what the first counts */
    for (size_t k = st->a + 2; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule >= 0 || n->change || k + 2 >= st->b ||
            !(tok_is(&t[k + 1], WH(by)) || str_ieq(st->s + t[k + 1].off, t[k + 1].len, "for")) ||
            !name_word(st, k + 2) || !(tok_is(&t[n->qstart - 1], WH(and)) ||
                                       (t[n->qstart - 1].kind == TK_PUNCT && st->s[t[n->qstart - 1].off] == ',')))
            continue;
        /* (the figure before, past the names and marks of the list) */
        size_t j = n->qstart - 1;
        while (j > st->a && j + 8 > k && !is_quantity(&t[j - 1]) && !is_clause_break(&t[j - 1]))
            j--;
        if (j <= st->a || !is_quantity(&t[j - 1]))
            continue;
        struct numinfo *p = &ni[j - 1];
        /* (itself "by" a name a few words after it) */
        bool by = false;
        size_t bi = j;
        for (; bi < j + 8 && bi < n->qstart && !by; bi++)
            by = tok_is(&t[bi], WH(by)) || str_ieq(st->s + t[bi].off, t[bi].len, "for");
        if (p->rule < 0 || p->change || p->skip || !by || num_class(&t[j - 1]) != num_class(&t[k]) ||
            !viable(d, st, (size_t)p->rule, &t[k]))
            continue;
        share_cue(n, p);
        /* (each the figure of the name after its "by", the first's too: no
         * second figure of the whole's own entity) */
        size_t e;
        if (name_at(st, k + 2, st->b, &e)) {
            free(n->entity);
            n->entity = name_text(st, k + 2, e);
        }
        if (bi < n->qstart && name_at(st, bi, n->qstart, &e)) {
            free(p->entity);
            p->entity = name_text(st, bi, e);
        }
    }

    /* "the number and value of online payments rose by 85.05% and
     * 45.23%": two rates joined by "and" after a pair of measures named
     * before them, with no level between, are of the count and of the
     * money the cue after the pair names */
    for (size_t k = st->a + 6; k + 2 < st->b; k++) {
        if (!is_quantity(&t[k]) || !ni[k].change || ni[k].skip || !tok_is(&t[k + 1], WH(and)) ||
            !is_quantity(&t[k + 2]) || ni[k + 2].change != ni[k].change || ni[k + 2].skip ||
            num_class(&t[k]) != UC_PERCENT || num_class(&t[k + 2]) != UC_PERCENT)
            continue;
        size_t m = SIZE_MAX; /* "number" of "number and value" */
        for (size_t i = k; i-- > st->a + 0 && i + 24 > k;) {
            if (is_quantity(&t[i]) || is_clause_break(&t[i]))
                break;
            if (i + 2 < k && (str_ieq(st->s + t[i].off, t[i].len, "number") ||
                              str_ieq(st->s + t[i].off, t[i].len, "volume")) &&
                tok_is(&t[i + 1], WH(and)) &&
                (str_ieq(st->s + t[i + 2].off, t[i + 2].len, "value") ||
                 str_ieq(st->s + t[i + 2].off, t[i + 2].len, "amount"))) {
                m = i;
                break;
            }
        }
        if (m == SIZE_MAX)
            continue;
        enum unit_class cc = UC_COUNT, mc = UC_MONEY;
        int rc = -1, rm = -1;
        for (size_t p = m + 3; p < k && (rc < 0 || rm < 0); p++) {
            if (rc < 0)
                rc = level_cue_at(d, st, p, k, 1, want_counting, &cc).rule;
            if (rm < 0)
                rm = level_cue_at(d, st, p, k, 1, want_counting, &mc).rule;
        }
        int gc = rc >= 0 ? rules_change_of(r, ni[k].change, r->v[rc].id) : -1;
        int gm = rm >= 0 ? rules_change_of(r, ni[k].change, r->v[rm].id) : -1;
        if (gc < 0 || gm < 0)
            continue;
        ni[k].rule = gc;
        ni[k + 2].rule = gm;
        ni[k].cue_a = ni[k + 2].cue_a = m;
        ni[k].cue_b = ni[k + 2].cue_b = m + 3;
    }

    /* changes find the level they change (a change's date becomes the
     * index of its level, a token; none until one is found) */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || !n->change)
            continue;
        n->date = -1;
        size_t only = SIZE_MAX; /* with "respectively", the one level allowed */
        for (size_t c2 = 0; c2 < nc; c2++)
            if (chg[c2] == k)
                only = lv[c2];
        bool had_level = false;
        /* "rose 20 percent to Y": Y, after it, is the level; else the
         * nearest level before it */
        size_t y = n->leads_to;
        /* "... new 3G base stations, bringing the total to 1.06 million":
         * the level of what the change names, where no cue took it */
        size_t lead = 0;
        if (!y && only == SIZE_MAX && n->change == CH_INCREASE && (y = total_after(st, k, &lead)) &&
            ni[y].rule < 0 && !ni[y].change && !ni[y].skip && num_class(&t[y]) == num_class(&t[k])) {
            int own = change_names(d, st, k);
            if (own >= 0 && viable(d, st, (size_t)own, &t[y])) {
                ni[y].rule = own;
                ni[y].cue_a = lead;
                ni[y].cue_b = lead + 3;
                ni[y].date = -1;
            }
        }
        if (y && only == SIZE_MAX && ni[y].rule >= 0 && !ni[y].change && !ni[y].skip) {
            had_level = true;
            bind_change(r, ni, k, y);
        }
        /* "3G subscribers grew by a net 4.934 million in the month to
         * 43.994 million": the level it led to, too far from the subject
         * for a cue of its own, counts what the subject of the verb names */
        /* (a rate leads to a level of any kind: "increased by 6.1%, from
         * 649 million to 688 million") */
        if (y && only == SIZE_MAX && !had_level && ni[y].rule < 0 && !ni[y].change && !ni[y].skip &&
            (n->change == CH_GROWTH ? num_class(&t[y]) != UC_PERCENT && num_class(&t[y]) != UC_POINTS
                                    : num_class(&t[y]) == num_class(&t[k]))) {
            size_t vb = n->qstart;
            while (vb > st->a + 1 && vb + 4 > n->qstart &&
                   (tok_is(&t[vb - 1], WH(by)) || str_ieq(st->s + t[vb - 1].off, t[vb - 1].len, "a") ||
                    str_ieq(st->s + t[vb - 1].off, t[vb - 1].len, "net")))
                vb--;
            if (vb > st->a + 1 && (in_list(&rise_verb, &t[vb - 1]) || in_list(&fall_verb, &t[vb - 1]))) {
                vb--;
                /* (past its auxiliary: "internet use on mobile phones has
                 * increased 32.1 percent ... to reach 155m") */
                static const char *const aux[] = {"has", "have", "had"};
                if (vb > st->a + 1 && t[vb - 1].kind == TK_WORD && str_ieq_any(st->s + t[vb - 1].off, t[vb - 1].len, aux, 3))
                    vb--;
                /* (the longest cue: "3G subscribers" over "subscribers") */
                int sr = -1, sc = 0;
                size_t sp = 0;
                for (size_t p = vb; p-- > st->a && p + 8 > vb;) {
                    if (is_clause_break(&t[p]) || (t[p].kind == TK_PUNCT && st->s[t[p].off] == ',') || is_quantity(&t[p]))
                        break;
                    enum unit_class any = num_class(&t[y]);
                    struct cue_at c = level_cue_at(d, st, p, vb, 0, want_levels, &any);
                    /* (not where the rule's cue is of something else: "Cost
                     * of revenues increased by 84.5% to RMB18,207.0 million") */
                    if (c.rule >= 0 && c.end == vb && viable(d, st, (size_t)c.rule, &t[y]) &&
                        !after_not(st, &r->v[c.rule], p)) {
                        sr = c.rule;
                        sc = c.cue;
                        sp = p;
                    }
                }
                if (sr >= 0) {
                    cue_before(&ni[y], sr, sc, sp, vb);
                    had_level = true;
                    bind_change(r, ni, k, y);
                    /* (and where it came from counts the same: "by 6.1%,
                     * from 649 million to 688 million") */
                    for (size_t x = k + 1; x < y; x++)
                        if (is_quantity(&t[x]) && ni[x].from && ni[x].rule < 0 && !ni[x].skip && !ni[x].change &&
                            num_class(&t[x]) == num_class(&t[y]) && viable(d, st, (size_t)sr, &t[x])) {
                            share_cue(&ni[x], &ni[y]);
                            /* (a start without a date of its own: the year
                             * before a year's level, none for a month's) */
                            if (ni[x].from_free && ni[x].has_when && ni[y].has_when && !ni[x].when.y2 &&
                                ni[x].when.y == ni[y].when.y && ni[x].when.m == ni[y].when.m &&
                                ni[x].when.d == ni[y].when.d) {
                                if (ni[x].when.m)
                                    ni[x].skip = true;
                                else
                                    ni[x].when.y--;
                            }
                        }
                }
            }
        }
        /* (a noun of change, its level after it, counts what the clause's
         * subject names: "Our DAUs ..., marking a 14% year-over-year
         * increase to 103 million") */
        /* (or past the noun's words, where a participle leads to the
         * level: "online shopping in China saw a growth rate of 26.2
         * percent, generating 5.16 trillion yuan") */
        size_t art = n->qstart;
        if (n->leads_part)
            while (art > st->a + 1 && art + 5 > n->qstart && t[art - 1].kind == TK_WORD &&
                   !tok_is(&t[art - 1], WH(a)) && !tok_is(&t[art - 1], WH(an)))
                art--;
        if (y && only == SIZE_MAX && !had_level && ni[y].rule < 0 && !ni[y].change && !ni[y].skip &&
            art > st->a + 1 && (tok_is(&t[art - 1], WH(a)) || tok_is(&t[art - 1], WH(an)))) {
            enum unit_class any = num_class(&t[y]);
            for (size_t p = st->a; p + 1 < art && ni[y].rule < 0; p++) {
                if (is_quantity(&t[p]) && num_class(&t[p]) == num_class(&t[y]))
                    break; /* (a level of its kind before: that is its subject's) */
                struct cue_at c = level_cue_at(d, st, p, art, 0, want_levels, &any);
                if (c.rule >= 0 && viable(d, st, (size_t)c.rule, &t[y]) && !after_not(st, &r->v[c.rule], p)) {
                    cue_before(&ni[y], c.rule, c.cue, p, c.end);
                    had_level = true;
                    bind_change(r, ni, k, y);
                }
            }
        }
        /* (a verb after "and" has the sentence's subject, whose figure
         * before counts the level too: "Last year's record of 120.7 billion
         * yuan was broken by midday on Saturday and increased by 48 billion
         * yuan to reach a staggering 168.3 billion yuan") */
        if (y && only == SIZE_MAX && !had_level && ni[y].rule < 0 && !ni[y].change && !ni[y].skip) {
            size_t vb = n->qstart;
            while (vb > st->a + 2 && vb + 3 > n->qstart && (tok_is(&t[vb - 1], WH(by)) || tok_is(&t[vb - 1], WH(a))))
                vb--;
            if (vb > st->a + 2 && (in_list(&rise_verb, &t[vb - 1]) || in_list(&fall_verb, &t[vb - 1])) &&
                tok_is(&t[vb - 2], WH(and)))
                for (size_t j = st->a; j + 2 < vb; j++) {
                    if (is_clause_break(&t[j]))
                        break;
                    if (!is_quantity(&t[j]) || ni[j].skip || ni[j].rule < 0)
                        continue;
                    if (!ni[j].change && !ni[j].from && num_class(&t[j]) == num_class(&t[y]) &&
                        viable(d, st, (size_t)ni[j].rule, &t[y])) {
                        share_cue(&ni[y], &ni[j]);
                        had_level = true;
                        bind_change(r, ni, k, y);
                    }
                    break; /* (the first figure only: the subject's) */
                }
        }
        /* "while net profit climbed 55 per cent to Rmb23.8bn": the level it
         * led to is no rule's, and so is the change, whatever stands before */
        if (y && only == SIZE_MAX && !had_level && ni[y].rule < 0 && !ni[y].change && !ni[y].skip) {
            n->skip = true;
            continue;
        }
        /* "the number of transactions rose 116.4%": the subject of the
         * verb of change names what changed, not a level before it */
        /* (or "grew by 4.00 million") */
        size_t vq = n->qstart > st->a + 2 && tok_is(&t[n->qstart - 1], WH(by)) ? n->qstart - 1 : n->qstart;
        if (only == SIZE_MAX && !had_level && vq >= st->a + 2 &&
            (in_list(&rise_verb, &t[vq - 1]) || in_list(&fall_verb, &t[vq - 1]))) {
            enum unit_class any = UC_COUNT;
            /* (past where they are: "the number of websites registered in
             * China fell by 41 per cent") */
            size_t se = place_tail(st, vq - 1);
            for (size_t p = se; p-- > st->a && p + 8 > se;) {
                if (is_clause_break(&t[p]) || (t[p].kind == TK_PUNCT && st->s[t[p].off] == ',') || is_quantity(&t[p]))
                    break;
                struct cue_at c = level_cue_at(d, st, p, vq - 1, 0, want_levels, &any);
                /* ("the number of mobile payments" counts them: no value's) */
                bool number_of = p >= st->a + 2 && tok_is(&t[p - 1], WH(of)) &&
                                 str_ieq(st->s + t[p - 2].off, t[p - 2].len, "number");
                if (c.rule >= 0 && number_of && r->v[c.rule].unit == UC_MONEY)
                    break;
                /* (not after a word that makes it another's: "the number of
                 * 5G base stations increased by" are no 3G ones) */
                int ri = c.rule >= 0 && c.end == se && !after_not(st, &r->v[c.rule], p)
                             ? rules_change_of(r, n->change, r->v[c.rule].id)
                             : -1;
                /* (the longest cue: "PC Internet users" over "Internet users") */
                if (ri >= 0) {
                    had_level = true;
                    change_named(n, ri, p, c.end, c.rule);
                }
            }
        }
        /* "The net increase of 3G users in the year was 168.77 million":
         * the subject names what changed */
        for (size_t p = n->subj_a; p < n->subj_b && only == SIZE_MAX && !had_level; p++) {
            enum unit_class any = UC_COUNT;
            struct cue_at c = level_cue_at(d, st, p, n->subj_b, 0, want_levels, &any);
            int ri = c.rule >= 0 ? rules_change_of(r, n->change, r->v[c.rule].id) : -1;
            if (ri >= 0) {
                had_level = true;
                change_named(n, ri, p, c.end, c.rule);
            }
        }
        /* "a 60 per cent rise in net profit": the change names what rose;
         * a noun no rule takes makes it nobody's */
        size_t in_to;
        int in_own = only == SIZE_MAX && !had_level ? change_in_names(d, st, k, &in_to) : -1;
        if (in_own == -2) {
            n->skip = true;
            continue;
        }
        if (in_own >= 0 && in_to && ni[in_to].rule == in_own && !ni[in_to].change && !ni[in_to].skip) {
            had_level = true;
            bind_change(r, ni, k, in_to);
        }
        /* "39.51 million new netizens went online": a change that names
         * what it changes is that level's, whatever level stands nearer */
        int own = only == SIZE_MAX && !had_level ? change_names(d, st, k) : -1;
        /* (percentage points change a share, never a count: "made up 45.3%
         * of all mobile subscribers, up 13.9 percentage points") */
        if (own >= 0 && num_class(&t[k]) == UC_POINTS && r->v[own].unit != UC_PERCENT)
            own = -1;
        if (own >= 0) {
            for (size_t j = k; j-- > st->a && !had_level;)
                if (is_quantity(&t[j]) && ni[j].rule == own && !ni[j].change && !ni[j].skip) {
                    had_level = true;
                    bind_change(r, ni, k, j);
                }
            int ri = had_level ? -1 : rules_change_of(r, n->change, r->v[own].id);
            if (ri >= 0) {
                had_level = true;
                change_named(n, ri, k, k, own);
            }
        }
        for (size_t j = k; j-- > st->a && !had_level;) {
            if (!is_quantity(&t[j]) || ni[j].change || ni[j].skip)
                continue;
            if (only != SIZE_MAX && j != only)
                continue;
            /* "the market scale of online games reached 60.2 billion yuan,
             * an increase of 35.1%": the nearest level a change can change
             * is its level, taken by a rule or not */
            if (only == SIZE_MAX && ni[j].rule < 0) {
                enum unit_class cj = num_class(&t[j]), ck = num_class(&t[k]);
                bool fits = n->change == CH_INCREASE ? cj == ck || (cj == UC_PERCENT && ck == UC_POINTS)
                                                     : cj != UC_PERCENT && cj != UC_POINTS;
                if (fits && !(t[j].flags & TF_SMALLINT)) {
                    n->skip = true;
                    break;
                }
                continue;
            }
            if (ni[j].rule < 0)
                continue;
            /* (percentage points change a rate, not a count: "users fell
             * by 27.83 million, and the usage rate fell by 9.2 percentage
             * points") */
            if (num_class(&t[k]) == UC_POINTS && r->v[ni[j].rule].unit != UC_PERCENT)
                continue;
            /* (a level compared with is where the change started: the
             * change is of the level before it, "had 1.32 trillion yuan
             * ..., down from 1.87 trillion yuan three months earlier.
             * That's a drop of 550 billion yuan") */
            /* (or after a word that compares: "325 million holders,
             * against 281 million at the end of 2016; the number
             * therefore increased by 43.58 million") */
            size_t jj = j;
            if (ni[j].from || ni[j].compared ||
                list_back(&compare_word, t, compared_start(d, st, ni[j].qstart), st->a, NULL) != SIZE_MAX)
                for (size_t i = j; i-- > st->a;)
                    if (is_quantity(&t[i]) && ni[i].rule == ni[j].rule && !ni[i].change && !ni[i].skip &&
                        !ni[i].from && !ni[i].compared) {
                        jj = i;
                        break;
                    }
            /* (a level in a "when" clause on a time compared with, and
             * none before it: the change is of the level spoken of before,
             * "Compared with a year earlier, when the Fund managed RMB 1.07
             * trillion, net assets were still up 9.9%") */
            if (jj == j && ni[j].when_compared)
                continue;
            had_level = true;
            struct date own_w = n->when;
            const struct date_expr *od = n->own_pick ? &d->dates.v[n->own_pick - 1] : NULL;
            bool own_dated = od && od->first > k && !(od->flags & (DF_COMPARE | DF_FROM | DF_BOUND)) &&
                             n->has_when && own_w.y && !own_w.y2;
            /* (right after it: not a base past a word that compares, "an
             * increase of 6% over the same period in 2005") */
            static const char *const base_word[] = {"over", "on", "from", "than", "against", "compared", "versus",
                                                    "with", "vs", "since", "year-on-year", "same"};
            /* (past a year-on-year base of the change itself: "as compared
             * to 6.5% year-on-year growth in 2013") */
            for (size_t i = k + 1; own_dated && i < od->first + 1 && i <= od->last; i++) {
                size_t yo = yoy_at(st, i, true);
                if (yo) {
                    i += yo - 1;
                    continue;
                }
                own_dated = t[i].kind != TK_WORD || !str_ieq_any(st->s + t[i].off, t[i].len, base_word, 12);
            }
            bind_change(r, ni, k, jj);
            /* (a change with a year of its own right after it, not the
             * level's, is of that year, and no level of another is derived
             * from it: "rose 7.2% to RMB 620.7 billion at 31 December 2015,
             * after growing 212.3% in 2014") */
            if (own_dated && jj < k && ni[jj].has_when && ni[jj].when.y && ni[jj].when.y != own_w.y &&
                n->rule >= 0) {
                n->when = own_w;
                n->has_when = true;
                n->level_sec = ni[jj].level_sec;
                n->date = -1;
            }
            /* (or a month of the year the level before, dated by nothing
             * of its own, is of: the level is of that month too, "has
             * reached 788,400, and 90,000 were added in the first half of
             * 2006") */
            else if (own_dated && jj < k && ni[jj].has_when && !ni[jj].own_pick && ni[jj].when.y == own_w.y &&
                     !ni[jj].when.m && !ni[jj].when.y2 && own_w.m && n->rule >= 0) {
                n->when = own_w;
                n->has_when = true;
                ni[jj].when = own_w;
            }
        }
        if (n->skip)
            continue;
        /* "Netizens reached 632 million. The figure was up 14.42 million
         * from the end of 2013": a change whose subject stands for the
         * paragraph's last figure changes that figure */
        /* (or, in a block's first sentence, the last figure of the block
         * before: "... hit 253 million by the end of June. || The figure
         * was 43 million more than at the end of last year") */
        /* (or a later sentence's, where the block has told no figure
         * yet: "The numbers got a boost this year. In all, the figure for
         * this year's Singles' Day is up 60 percent from 2014") */
        bool carried = !topic->last.ind && d->carry_ind && d->carry_ent;
        if (carried && st->a > 0) {
            /* (the block's first figure, found once a block: a long block
             * of such changes must not scan its start again for each) */
            if (!d->first_qty_known) {
                d->first_qty = st->n;
                for (size_t j = 0; j < st->n && d->first_qty == st->n; j++)
                    if (is_quantity(&t[j]) && !(st->in_date && st->in_date[j]))
                        d->first_qty = j;
                d->first_qty_known = true;
            }
            carried = d->first_qty >= n->qstart;
        }
        /* (a count's change after a rate: the count before it, "... 854
         * million, with the internet availability rate reaching 61.2
         * percent. The number increased by 25.98 million") */
        bool by_count = !carried && topic->last.ind && topic->count.ind && topic->count.ent &&
                        topic->last.ind != topic->count.ind && (num_class(&t[k]) == UC_PEOPLE || num_class(&t[k]) == UC_COUNT) &&
                        rules_find(r, topic->last.ind) && rules_find(r, topic->last.ind)->unit == UC_PERCENT;
        if (n->rule < 0 && !had_level && only == SIZE_MAX && by_count &&
            figure_subject(st, n->restates ? ni[n->restated].qstart : n->qstart)) {
            int ri = rules_change_of(r, n->change, topic->count.ind);
            if (ri >= 0) {
                bool own_date = n->has_when && n->own_pick;
                n->rule = ri;
                n->cue_a = n->cue_b = k;
                n->date = -1;
                n->level_sec = topic->count.sec + 1;
                n->entity = xstrdup(topic->count.ent);
                if (!own_date) {
                    n->when = topic->count.when;
                    n->has_when = topic->count.has_when;
                    n->stands_for = true;
                    n->sf_value = topic->count.value;
                    n->sf_decimals = topic->count.decimals;
                    n->sf_q = topic->count.q;
                    n->sf_unit = topic->count.unit;
                }
                continue;
            }
        }
        if (n->rule < 0 && !had_level && only == SIZE_MAX &&
            ((topic->last.ind && topic->last.ent) || carried) &&
            figure_subject(st, n->restates ? ni[n->restated].qstart : n->qstart)) {
            int ri = rules_change_of(r, n->change, carried ? d->carry_ind : topic->last.ind);
            if (ri >= 0 && num_class(&t[k]) == UC_POINTS && r->v[ri].unit != UC_PERCENT)
                ri = -1;
            if (ri >= 0) {
                /* (of its own date where its sentence gives one: "It added
                 * 5.35 million in April") */
                bool own_date = n->has_when && n->own_pick;
                n->rule = ri;
                n->cue_a = n->cue_b = k;
                n->date = -1;
                n->level_sec = (carried ? d->carry_sec : topic->last.sec) + 1;
                n->entity = xstrdup(carried ? d->carry_ent : topic->last.ent);
                if (!own_date) {
                    n->when = carried ? d->carry_when : topic->last.when;
                    n->has_when = carried ? d->carry_has_when : topic->last.has_when;
                }
                /* (its level's value, for the level before it) */
                if (!own_date) {
                    n->stands_for = true;
                    n->sf_value = carried ? d->carry_value : topic->last.value;
                    n->sf_decimals = carried ? d->carry_decimals : topic->last.decimals;
                    n->sf_q = carried ? d->carry_q : topic->last.q;
                    n->sf_unit = carried ? d->carry_unit : topic->last.unit;
                }
                continue;
            }
        }
        /* (or the change before it in its sentence, of its kind and class:
         * "That was 42.8 million more than a year earlier, and far below
         * the 89 million added during 2020") */
        if (n->rule < 0 && !had_level && only == SIZE_MAX)
            for (size_t j = k; j-- > st->a;) {
                if (!is_quantity(&t[j]) || ni[j].skip || num_class(&t[j]) != num_class(&t[k]))
                    continue;
                int sub = subject_between(d, st, j, k);
                /* (nor where a subject of another measure stands between:
                 * "The number of transactions surged by 79.6 percent while
                 * the value marked a 22.32-percent rise") */
                int om = other_measure_between(st, j, k);
                const struct rule *jb = om && ni[j].rule >= 0 && r->v[ni[j].rule].base ? rules_find(r, r->v[ni[j].rule].base) : NULL;
                if (jb && (jb->unit == UC_MONEY) != (om == 1))
                    break;
                /* (not where its own noun follows it: "added 42.99 million
                 * netizens and 75.5 million mobile netizens") */
                int noun = -1;
                if (ni[j].change == n->change && ni[j].rule >= 0 && r->v[ni[j].rule].base && k + 1 < st->b &&
                    t[k + 1].kind == TK_WORD && num_class(&t[k]) != UC_PERCENT) {
                    enum unit_class cls = num_class(&t[k]);
                    noun = level_cue_at(d, st, k + 1, st->b, 1, want_counting, &cls).rule;
                }
                if (ni[j].change == n->change && ni[j].rule >= 0 &&
                    r->v[ni[j].rule].change != CH_NONE &&
                    (sub < 0 || strcmp(r->v[sub].id, r->v[ni[j].rule].base) == 0) &&
                    (noun < 0 || strcmp(r->v[noun].id, r->v[ni[j].rule].base) == 0)) {
                    n->rule = ni[j].rule;
                    n->cue_a = n->cue_b = k;
                    n->date = -1;
                    n->level_sec = ni[j].level_sec;
                    /* ("..., while the urban one has risen by 275 million":
                     * the part its word names, of the same level) */
                    for (size_t o = j + 1; o + 2 < k; o++) {
                        if (!str_ieq(st->s + t[o].off, t[o].len, "the") || t[o + 1].kind != TK_WORD ||
                            !str_ieq(st->s + t[o + 2].off, t[o + 2].len, "one"))
                            continue;
                        int v = level_section(r, r->v[ni[j].rule].base, st->s + t[o + 1].off, t[o + 1].len);
                        if (v >= 0)
                            n->level_sec = v + 1;
                    }
                    if (ni[j].entity)
                        n->entity = xstrdup(ni[j].entity);
                    copy_stood_for(n, &ni[j]);
                }
                break;
            }
        /* (or the other change of a figure the sentence stands for: "The
         * figure was 43 million more than at the end of last year and
         * represented a year-on-year rise of 56.2 percent") */
        if (n->rule < 0 && !had_level && only == SIZE_MAX)
            for (size_t j = k; j-- > st->a;) {
                if (!is_quantity(&t[j]) || ni[j].skip || !ni[j].change || ni[j].rule < 0 || ni[j].change == n->change ||
                    !r->v[ni[j].rule].base || !figure_subject(st, ni[j].restates ? ni[ni[j].restated].qstart : ni[j].qstart))
                    continue;
                int ri = rules_change_of(r, n->change, r->v[ni[j].rule].base);
                if (ri >= 0) {
                    n->rule = ri;
                    n->cue_a = n->cue_b = k;
                    n->date = -1;
                    n->level_sec = ni[j].level_sec;
                    if (ni[j].entity)
                        n->entity = xstrdup(ni[j].entity);
                    n->when = ni[j].when;
                    n->has_when = ni[j].has_when;
                    copy_stood_for(n, &ni[j]);
                }
                break;
            }
        if (n->rule < 0 && (only != SIZE_MAX || had_level)) {
            /* its level has no such change indicator: "users reached 260
             * million, up 17.9%" is no growth of anything else named there */
            n->skip = true;
            continue;
        }
        /* a level before it that no rule took ("144 million ..., up 160.2
         * percent"): the change is that level's, not another's */
        bool unknown_level = false;
        for (size_t j = st->a; j < k && !unknown_level; j++)
            unknown_level = is_quantity(&t[j]) && ni[j].rule < 0 && !ni[j].change && !ni[j].skip &&
                            num_class(&t[j]) != UC_PERCENT;
        if (n->rule < 0 && unknown_level) {
            n->skip = true;
            continue;
        }
        if (n->rule < 0) {
            /* no level before it: a change of a quantity named in the
             * sentence, the one its longest cue names, nearest the change
             * ("added 700,000 4G base stations": 4G's, not 3G's "base station") */
            /* (but the noun that follows it counts it: "added 42.99 million
             * netizens and 75.5 million mobile netizens") */
            size_t noun = k + 1;
            if (noun < st->b && t[noun].kind == TK_WORD &&
                (str_ieq(st->s + t[noun].off, t[noun].len, "new") || str_ieq(st->s + t[noun].off, t[noun].len, "more") ||
                 str_ieq(st->s + t[noun].off, t[noun].len, "additional")))
                noun++;
            size_t own_end = n->qstart;
            if (own_end > st->a && t[own_end - 1].kind == TK_PUNCT && st->s[t[own_end - 1].off] == '+')
                own_end--;
            int next_rule = -1, next_sec = 0, next_n = 0;
            uint64_t next_head = 0, best_head = 0;
            int best_n = 0;
            size_t best_d = SIZE_MAX;
            for (size_t ri = 0; ri < r->n; ri++) {
                const struct rule *ru = &r->v[ri];
                /* (of the figure's kind: 42.99 million netizens added are
                 * no change of "the penetration rate" after them) */
                if (ru->change != n->change ||
                    !(class_fits(ru->unit, num_class(&t[k])) || (ru->unit == UC_PERCENT && num_class(&t[k]) == UC_POINTS)))
                    continue;
                /* (the level's plain section and those of its parts:
                 * "rural Internet users" is the rural section's longer cue) */
                for (size_t bi = 0; bi < r->n; bi++) {
                    const struct rule *base = &r->v[bi];
                    if (base->change != CH_NONE || base->id[0] != ru->base[0] || strcmp(base->id, ru->base) != 0 ||
                        (base->variant && !base->segment) ||
                        !context_met(d, bi) ||
                        phrases_in(&ru->exclude, t, st->n, st->a, st->b) || phrases_in(&base->exclude, t, st->n, st->a, st->b))
                        continue;
                    /* (each word the first of a cue, each cue it may open:
                     * within one section the order does not matter) */
                    uint64_t first = base->cue.first ? base->cue.first : ~0ull;
                    for (size_t i = st->a; i < st->b; i++) {
                        if (t[i].kind != TK_WORD || !(first & (1ull << (t[i].hash & 63))))
                            continue;
                        /* (nor a cue of the clause before another
                         * measure's: "The number of transactions surged by
                         * 79.6 percent while the value rose 22.32 percent") */
                        int om = i < k ? other_measure_between(st, i, k) : 0;
                        if (om && (base->unit == UC_MONEY) != (om == 1))
                            continue;
                        for (size_t c = 0; c < base->cue.n; c++) {
                            const struct phrase *ph = &base->cue.v[c];
                            size_t me = t[i].hash == ph->h[0] ? match_fwd(t, st->n, i, ph, st->b) : 0;
                            /* (not after a word that makes it another's: "added
                             * 600,000 5G base stations" are no 3G ones) */
                            if (!me || after_not(st, base, i))
                                continue;
                            size_t dist = i > k ? i - k : k - i;
                            /* (or the noun right before it, a slide's: "Mobile
                             * Internet Users +64MM vs. Total Internet Users
                             * +51MM") */
                            if ((i == noun || me == own_end) && (next_rule < 0 || ph->n > next_n)) {
                                next_n = ph->n;
                                next_rule = (int)ri;
                                next_sec = (int)bi + 1;
                                next_head = ph->h[ph->n - 1];
                            }
                            if (ph->n > best_n || (ph->n == best_n && dist < best_d)) {
                                best_head = ph->h[ph->n - 1];
                                best_n = ph->n;
                                best_d = dist;
                                n->rule = (int)ri;
                                n->level_sec = (int)bi + 1;
                            }
                        }
                    }
                }
            }
            /* (a longer cue of the same noun elsewhere counts something
             * narrower than the figure's own) */
            if (next_rule >= 0 && next_rule != n->rule && next_head == best_head) {
                n->rule = next_rule;
                n->level_sec = next_sec;
                best_d = noun - k;
            }
            /* (nor a change of what no rule counts the changes of, named
             * nearer before it: "fund assets grew by 500 percent, while bank
             * deposits grew by 13 percent" is no change of the funds) */
            if (n->rule >= 0 && best_d < k - st->a) {
                int sub = subject_between(d, st, k - best_d, k);
                if (sub >= 0 && rules_change_of(r, n->change, r->v[sub].id) < 0)
                    n->rule = -1;
            }
            /* (the value after the number, no money named in the sentence:
             * the money the paragraph last spoke of, "... transactions
             * valuing 86.62 trillion yuan. The number of transactions surged
             * by 79.6 percent while the value marked a 22.32-percent rise") */
            const char *money = topic->last_money_ind ? topic->last_money_ind : d->carry_money_ind;
            if (n->rule < 0 && money && num_class(&t[k]) == UC_PERCENT && other_measure_between(st, st->a, k) == 1) {
                int ri = rules_change_of(r, n->change, money);
                if (ri >= 0)
                    n->rule = ri;
            }
            if (n->rule >= 0) {
                n->cue_a = n->cue_b = k;
                n->date = -1;
            }
        }
    }

    /* a figure compared with a change is a change of the same: "added 44
     * million monthly users in Q2 2016, compared with 65 million in the
     * previous quarter", "added 9.72 million subscribers, up from 8.4
     * million in the same period of 2003" */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->change || (n->rule >= 0 && r->v[n->rule].change != CH_NONE) ||
            list_back(&compare_word, t, compared_start(d, st, n->qstart), st->a, NULL) == SIZE_MAX)
            continue;
        size_t j = n->qstart;
        while (j > st->a && !is_quantity(&t[j - 1]) && !is_clause_break(&t[j - 1]))
            j--;
        if (j <= st->a || !is_quantity(&t[j - 1]))
            continue;
        const struct numinfo *c = &ni[j - 1];
        if (c->skip || c->change != CH_INCREASE || c->rule < 0 || c->leads_to || num_class(&t[j - 1]) != num_class(&t[k]) ||
            own_plural_after(d, st, k))
            continue;
        /* (not one the change cannot be "up from": "increased nearly 300
         * billion yuan in the second quarter, up from 1.14 trillion yuan
         * in the first quarter" is the level the quarter started from) */
        size_t cs = compared_start(d, st, n->qstart);
        if (cs > st->a + 1 && tok_is(&t[cs - 1], WH(from)) &&
            ((tok_is(&t[cs - 2], WH(up)) && t[k].value > t[j - 1].value) ||
             (tok_is(&t[cs - 2], WH(down)) && t[k].value < t[j - 1].value)))
            continue;
        /* (nor one a multiple compares with, a level's: "have increased by
         * 3.89 trillion yuan, a near tripling compared with 1.96 trillion
         * yuan at the end of 2014") */
        static const char *const multiple[] = {"doubling", "tripling", "quadrupling", "doubled", "tripled",
                                               "quadrupled", "times", "fold", "twofold", "threefold"};
        bool times = false;
        for (size_t i = j; i < n->qstart && !times; i++)
            times = t[i].kind == TK_WORD && str_ieq_any(st->s + t[i].off, t[i].len, multiple, 10);
        if (times) {
            const struct rule *lr = r->v[c->rule].base ? rules_find(r, r->v[c->rule].base) : NULL;
            if (lr && n->rule < 0 && class_fits(lr->unit, num_class(&t[k]))) {
                n->rule = (int)(lr - r->v);
                n->cue_a = n->cue_b = k;
                n->compared = true;
            }
            continue;
        }
        n->change = c->change;
        n->rule = c->rule;
        n->level_sec = c->level_sec;
        n->cue_a = n->cue_b = k;
        n->date = -1;
        n->compared = true;
        if (n->has_when && !n->when.y2)
            period_before(st, k, &n->when);
    }

    /* "Yu'e Bao's assets rose 25.4% from 1.14 trillion yuan at the end of
     * March": the figure a change went from, no "to" after it, is its
     * level where it started */
    for (size_t k = st->a; k < st->b; k++) {
        const struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || !n->change || n->rule < 0 || !r->v[n->rule].base)
            continue;
        size_t j = k + 1;
        while (j < st->b && j < k + 6 && !is_quantity(&t[j]) && !tok_is(&t[j], WH(from)) && !tok_is(&t[j], WH(over)) &&
               !is_clause_break(&t[j]))
            j++;
        if (j + 1 >= st->b || !(tok_is(&t[j], WH(from)) || tok_is(&t[j], WH(over))))
            continue;
        size_t y = j + 1;
        while (y < st->b && y < j + 4 && !is_quantity(&t[y]))
            y++;
        const struct rule *base = rules_find(r, r->v[n->rule].base);
        if (y >= st->b || !is_quantity(&t[y]) || ni[y].rule >= 0 || ni[y].skip || ni[y].change || !ni[y].from ||
            !base || !class_fits(base->unit, num_class(&t[y])) || (n->change == CH_INCREASE && num_class(&t[y]) != num_class(&t[k])))
            continue;
        /* (nor where it goes on to the level: "from X to Y") */
        bool to = false;
        for (size_t i = y + 1; i < st->b && i < y + 8 && !to && !is_clause_break(&t[i]); i++)
            to = tok_is(&t[i], WH(to)) && i + 1 < st->b && is_quantity(&t[i + 1]);
        if (to)
            continue;
        ni[y].rule = (int)(base - r->v);
        ni[y].cue_a = n->cue_a;
        ni[y].cue_b = n->cue_b;
        ni[y].cue_after = n->cue_after;
        ni[y].compared = true;
    }

    /* "The number and value of the transactions rose 99.53 percent and
     * 100.65 percent respectively": the second change is of the money the
     * transactions were worth, the last such figure spoken of */
    number_and_value(d, st, ni, topic);
    transactions_worth(d, st, ni, topic);
    subject_makes_cue(d, st, ni);

    /* "increased by 26 million (23.4% growth rate)": a growth in brackets
     * right after a figure is that figure's indicator's, not the one the
     * words after it name */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->change != CH_GROWTH || n->qstart < st->a + 2 ||
            !(t[n->qstart - 1].flags & TF_OPEN) || !is_quantity(&t[n->qstart - 2]))
            continue;
        const struct numinfo *f = &ni[n->qstart - 2];
        if (f->skip || f->rule < 0 || f->change == CH_GROWTH)
            continue;
        const struct rule *fr = &r->v[f->rule];
        const char *level = fr->change != CH_NONE ? fr->base : fr->id;
        int gi = level ? rules_change_of(r, CH_GROWTH, level) : -1;
        if (gi >= 0 && gi != n->rule) {
            n->rule = gi;
            n->cue_a = f->cue_a;
            n->cue_b = f->cue_b;
        }
    }

    /* (and the change of the day's figure, against a base that has just
     * become the day's a year before: "GMV on Singles' Day was up 39 per
     * cent from last year's 120.7 billion yuan") */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule < 0 || !n->has_when || !n->when.d || n->when.y2)
            continue;
        const struct rule *ru = &d->r->v[n->rule];
        const struct rule *plain = ru->change != CH_NONE && ru->base ? rules_find(d->r, ru->base) : NULL;
        const struct rule *to = plain && plain->on_day ? rules_find(d->r, plain->on_day) : NULL;
        if (!to)
            continue;
        bool base_day = false;
        for (size_t j = k + 1; j < st->b && !base_day; j++) {
            const struct numinfo *b = &ni[j];
            if (!is_quantity(&t[j]) || b->skip || b->rule < 0 || num_class(&t[j]) == UC_PERCENT)
                continue;
            base_day = strcmp(d->r->v[b->rule].id, to->id) == 0 &&
                       b->has_when && b->when.y + 1 == n->when.y && b->when.m == n->when.m && b->when.d == n->when.d;
            break;
        }
        int ri = base_day ? rules_change_of(d->r, ru->change, to->id) : -1;
        if (ri >= 0) {
            if (!n->cue_rule)
                n->cue_rule = n->rule + 1;
            n->rule = ri;
        }
    }

    /* a change of the country's figure its level was found for only
     * after the dates, dated by nothing but the year of a text of January
     * or February, is of the year just ended, as the level would be ("The
     * number of web users grew by 6.2 per cent", in an item of January
     * 2017) */
    /* (a count's, as the users': not money's nor what is counted by the
     * day, flows a holiday's news tells of: "Online payments rise 10 pct
     * during Spring Festival holiday") */
    for (size_t k = st->a; k < st->b; k++) {
        struct numinfo *n = &ni[k];
        int wm = d->doc_month ? d->doc_month : d->pub_month;
        if (!is_quantity(&t[k]) || n->skip || n->rule < 0 || !n->change || !n->doc_year_only || !n->has_when ||
            n->when.y != d->doc_year || n->when.m || n->when.y2 || wm < 1 || wm > 2 ||
            !national_rule(&r->v[n->rule]) || (d->head_year && d->head_year == d->doc_year - 1))
            continue;
        const struct rule *lvr = r->v[n->rule].base ? rules_find(r, r->v[n->rule].base) : NULL;
        if (lvr && lvr->unit != UC_MONEY && !lvr->on_day)
            n->when.y--;
    }

    /* emit */
    for (size_t k = st->a; k < st->b && !d->stop; k++) {
        struct numinfo *n = &ni[k];
        if (!is_quantity(&t[k]) || n->skip || n->rule < 0)
            continue;
        const struct rule *ru = &r->v[n->rule];
        /* (percentage points change a rate, whatever took them; and a
         * rate changes by points or percent, never by a count: "an increase
         * of 125.91 million; the penetration rate rose to 82.5") */
        if (n->change && num_class(&t[k]) == UC_POINTS && ru->unit != UC_PERCENT)
            continue;
        if (n->change && !class_fits(ru->unit, num_class(&t[k])) &&
            !(ru->unit == UC_PERCENT && num_class(&t[k]) == UC_POINTS))
            continue; /* (nor money a count: "holder accounts rose by 25 million") */
        /* (nor is a level of another kind than its rule's, nor a count not
         * whole, whatever gave it the rule: "domain names have gone up over
         * 700,000 to 1.8 million (64.4%)") */
        if (!n->change && ((num_class(&t[k]) == UC_PERCENT) != (ru->unit == UC_PERCENT) || !rules_whole(ru, t[k].value)))
            continue;
        /* a change over the years "since 2010" is dated by its end, as
         * "growth between 2011 and 2013" is, and derives no year's level */
        if (n->change && change_since(d, st, k, n->has_when && n->when.y ? n->when.y : d->doc_year)) {
            n->spanned = true;
            /* (its end: the latest year its paragraph names, "has grown"
             * up to the time the text speaks of) */
            int last = 0;
            for (size_t di = 0; di < d->dates.n; di++) {
                const struct date_expr *de = &d->dates.v[di];
                int y = de->when.y2 ? de->when.y2 : de->when.y;
                if (de->rel == DR_ABS && y > last && (!d->doc_year || y <= d->doc_year))
                    last = y;
            }
            if (last && n->has_when && n->when.y < last && !n->when.m) {
                n->when.y = last;
                n->when.y2 = 0;
            }
        }
        if (n->change) {
            const struct rule *base = rules_find(r, ru->base);
            /* (the section of the level the change names is whose it is:
             * "China added 28.89 million online shoppers", the country's
             * shoppers, where users at large are a product's) */
            if (n->level_sec > 0 && (size_t)n->level_sec <= r->n && base &&
                strcmp(r->v[n->level_sec - 1].id, base->id) == 0)
                base = &r->v[n->level_sec - 1];
            if (n->date >= 0 && is_quantity(&t[n->date])) {
                struct numinfo *lvl = &ni[n->date];
                /* "rose 20 percent to Y": the level comes later; name it now */
                if (!lvl->entity && (size_t)n->date > k && lvl->rule >= 0) {
                    lvl->entity = entity_for(st, &r->v[lvl->rule], (size_t)n->date, lvl, topic);
                    adopt_orphan(d, st, (size_t)n->date, lvl);
                }
                /* (the change of a level that went to its orphan is the
                 * orphan's: "Users: 22.5 million, up 152%") */
                const struct rule *lr = lvl->rule >= 0 ? &r->v[lvl->rule] : NULL;
                if (lr && lr->change == CH_NONE && base && strcmp(lr->id, base->id) != 0 && lvl->cue_rule &&
                    r->v[lvl->cue_rule - 1].orphan && strcmp(r->v[lvl->cue_rule - 1].orphan, lr->id) == 0) {
                    int oi = rules_change_of(r, ru->change, lr->id);
                    const struct rule *oc = oi >= 0 ? &r->v[oi] : NULL;
                    if (oc) {
                        if (!n->cue_rule)
                            n->cue_rule = n->rule + 1;
                        n->rule = (int)(oc - r->v);
                        ru = oc;
                        base = lr;
                    }
                }
                /* (and date it by Y, dated after it: "increased by 107% from
                 * RMB125.5 billion in 2013 to RMB260.2 billion in 2014") */
                if ((size_t)n->date > k && lvl->has_when) {
                    n->when = lvl->when;
                    n->has_when = true;
                }
                n->entity = lvl->entity ? xstrdup(lvl->entity) : NULL;
            }
            if (!n->entity)
                n->entity = entity_for(st, base, k, n, topic);
            if (!n->entity)
                continue; /* the change of a level of nobody named */
            /* "up 10.4% quarter on quarter": a change over a quarter or a
             * month is of a figure of that quarter or month, none of a
             * year's (the indicators of a year change by the year) */
            if (n->seq && !(n->has_when && n->when.m))
                continue;
        } else {
            if (!n->entity)
                n->entity = entity_for(st, ru, k, n, topic);
            if (adopt_orphan(d, st, k, n))
                ru = &r->v[n->rule];
            if (!n->entity)
                continue;
        }
        size_t qa = n->qstart, qb = k;
        if (!n->change) {
            if (n->cue_a < qa)
                qa = n->cue_a;
            if (n->cue_b > 0 && n->cue_b - 1 > qb)
                qb = n->cue_b - 1;
            /* (and the part of the country the place after it names: "69.1
             * percent in cities") */
            size_t pe;
            if (place_after(st, k, &pe) && pe - 1 > qb)
                qb = pe - 1;
        }
        char *quote = make_quote(st, qa, qb, k);
        char note[240];
        /* (the cue read: the section's own, where a figure took its rule
         * from another's cue, "Combined MAU of Weixin and WeChat", and the
         * index is not of this section's cues: its first) */
        const struct rule *cr = &d->r->v[n->cue_rule ? n->cue_rule - 1 : n->rule];
        const char *cue_text = cr->cue.n == 0 ? "" : cr->cue.v[(size_t)n->cue < cr->cue.n ? (size_t)n->cue : 0].text;
        int nl = snprintf(note, sizeof note, "cue: %s%s%s",
                          n->change ? (n->change == CH_GROWTH ? "growth" : "increase") : cue_text,
                          n->spanned ? " (over the years since)" : "",
                          n->change && n->compared ? " (a change compared with)" : "");
        /* a conversion in brackets is kept as a note of the amount it restates */
        for (size_t j = k + 1; j < st->b && j <= k + 3 && nl > 0 && (size_t)nl < sizeof note; j++)
            if (is_quantity(&t[j]) && ni[j].conversion) {
                char v[NUM_FMT_MAX];
                num_fmt(t[j].value, v);
                snprintf(note + nl, sizeof note - (size_t)nl, "; stated as %s %s in brackets", t[j].unit, v);
                break;
            }
        /* (a change's segment is its level's) */
        const struct rule *lsec = !n->change                                 ? ru
                                  : n->date >= 0 && is_quantity(&t[n->date]) && ni[n->date].rule >= 0
                                      ? &r->v[ni[n->date].rule]
                                  : n->level_sec ? &r->v[n->level_sec - 1]
                                                 : NULL;
        char eb[SEG_ENTITY_MAX];
        /* (and so is a change of such a level, of its date: "989 million in
         * December 2020, an increase of 85.4 million since March 2020") */
        bool lvl_dec = n->change && n->date >= 0 && is_quantity(&t[n->date]) && ni[n->date].dec_lead &&
                       n->when.y == ni[n->date].when.y && n->when.m == 12 && !n->when.d && !n->when.y2;
        if ((n->dec_lead || lvl_dec) && n->entity && strcmp(n->entity, "China") == 0)
            n->when.m = 0;
        /* (a change with no level of its own beside it, the date it is
         * compared with named: the level then is to derive from the level
         * another sentence gives, "compared to figures in March 2020, the
         * number of internet users grew by 85.4 million" (see
         * derive_across)) */
        bool noted_from = false;
        if (n->change && n->has_when && !n->when.y2 && nl > 0 && (size_t)nl + 16 < sizeof note &&
            !(n->date >= 0 && is_quantity(&t[n->date])))
            for (size_t di = d->da; di < d->db && !noted_from; di++) {
                const struct date_expr *de = &d->dates.v[di];
                struct date base;
                if (de->first < st->a || de->first >= st->b || de->rel != DR_ABS || !(de->flags & DF_COMPARE) ||
                    !de->when.y || de->when.y2 || !date_of(d, de, NULL, &base) || base.d || base.y2 ||
                    base.y * 12 + (base.m ? base.m : 12) >= n->when.y * 12 + (n->when.m ? n->when.m : 12))
                    continue;
                char bp[PERIOD_MAX];
                period_fmt(&base, bp);
                nl += snprintf(note + nl, sizeof note - (size_t)nl, " (from %s)", bp);
                noted_from = true;
            }
        /* (or a change over a year's first half: from the end of the year
         * before, "the first half of this year saw 25 million new Internet
         * users") */
        if (n->change && n->has_when && !n->when.y2 && n->when.m == 6 && !n->when.d && nl > 0 &&
            (size_t)nl + 16 < sizeof note && !noted_from && !(n->date >= 0 && is_quantity(&t[n->date])))
            for (size_t di = d->da; di < d->db; di++) {
                const struct date_expr *de = &d->dates.v[di];
                if (de->first < st->a || de->first >= st->b || !(de->flags & DF_FIRST_HALF))
                    continue;
                nl += snprintf(note + nl, sizeof note - (size_t)nl, " (from %04d)", n->when.y - 1);
                break;
            }
        /* (or over a year's second half: from its June, "the country added
         * 28 million new users during the second half of the year") */
        if (n->change && n->has_when && !n->when.y2 && !n->when.m && nl > 0 && (size_t)nl + 16 < sizeof note &&
            !noted_from && !(n->date >= 0 && is_quantity(&t[n->date])) && second_half_in(st, k))
            nl += snprintf(note + nl, sizeof note - (size_t)nl, " (from %04d-06)", n->when.y);
        /* (nor a change below its indicator's least: "The number marked an
         * increase of 24.", a figure cut short) */
        if (!unwritten(lsec, n->entity) && !(n->change && t[k].value < ru->min))
            emit_fact(d, ru->id, seg_entity(lsec, n->entity, eb, sizeof eb),
                      n->has_when && !ru->no_period ? &n->when : NULL, n->change && n->down ? -t[k].value : t[k].value,
                      ru->unit == UC_MONEY ? t[k].unit : unit_class_name(ru->unit), n->q, false, t[k].line, quote,
                      note);
        /* (the company the text last gave a figure of: a table of figures
         * without a name after it is that company's) */
        if (!n->change && n->entity && !n->part && ru->entity != EK_FIXED && !ru->segment && !national_rule(ru) &&
            strcmp(n->entity, "China") != 0)
            snprintf(d->last_firm, sizeof d->last_firm, "%s", n->entity);
        /* (the paragraph's last figure: not one compared with, "down from
         * 1.87 trillion yuan three months earlier. That's a drop of ...") */
        /* (nor one after a word that compares: "325 million holders,
         * against 281 million at the end of 2016; the number therefore
         * increased by") */
        bool against = !n->from && !n->compared && topic->last.ind &&
                       list_back(&compare_word, t, compared_start(d, st, n->qstart), st->a, NULL) != SIZE_MAX;
        if (!n->change && n->entity && !n->part && !((n->from || n->compared || against) && topic->last.ind)) {
            remember(&topic->last, ru, n, &t[k]);
            if (ru->unit == UC_MONEY)
                topic->last_money_ind = ru->id;
            topic->last_subj_a = topic->last_subj_b = 0;
            if (ru->unit == UC_PEOPLE || ru->unit == UC_COUNT)
                remember(&topic->count, ru, n, &t[k]);
            if (n->rule >= 0 && !n->cue_after && n->cue_a < n->qstart) {
                size_t sa = n->cue_a;
                while (sa > st->a && sa + 12 > n->cue_a && !is_quantity(&t[sa - 1]) &&
                       !(t[sa - 1].kind == TK_PUNCT && (st->s[t[sa - 1].off] == ',' || st->s[t[sa - 1].off] == ';')))
                    sa--;
                topic->last_subj_a = sa;
                topic->last_subj_b = n->qstart;
                topic->last_cue_a = n->cue_a;
                topic->last_cue_b = n->cue_b;
            }
            free(topic->sent_ent);
            topic->sent_ent = xstrdup(n->entity);
            topic->sent_at = st->a;
        }
        if (!n->change && n->entity && (ru->entity == EK_OBJECT || ru->entity == EK_SUBJECT)) {
            free(topic->deal_ent);
            topic->deal_ent = xstrdup(n->entity);
            topic->deal_sent = st->a;
            if (ru->entity == EK_OBJECT) {
                free(topic->deal_by);
                free(topic->deal_to);
                struct sent sv = *st;
                sv.ru = ru;
                topic->deal_by = entity_subject(&sv, n->cue_after ? n->qstart : n->cue_a, topic);
                topic->deal_to = xstrdup(n->entity);
            }
        }
        free(quote);
        /* "rose 20 percent from 500 million to ...": the start is stated */
        bool stated = n->origin_stated || n->restates; /* (the change it restates derives the start) */
        /* (n->date is a change's level, a token; a level's is a date) */
        for (size_t i = k + 2; n->change && !stated && i < st->b && i <= k + 4; i++)
            if (is_quantity(&t[i]) && ni[i].from && ni[i].qstart == k + 2 && tok_is(&t[k + 1], WH(from)) &&
                n->date >= 0 && ni[i].rule >= 0 && ni[i].rule == ni[n->date].rule)
                stated = true;
        /* "rose 50.3 percent to 8.07 trillion yuan, compared with 5.37
         * trillion yuan in 2013": the level compared with is the start */
        /* (or the origin of "increased from X in 2014 to Y in 2015, an
         * increase of 78%") */
        for (size_t i = st->a; n->change && !stated && n->date >= 0 && i < st->b; i++)
            if (i != (size_t)n->date && is_quantity(&t[i]) && (ni[i].compared || (ni[i].from && i < (size_t)n->date)) &&
                !ni[i].skip && ni[i].rule >= 0 && ni[i].rule == ni[n->date].rule)
                stated = true;
        /* a change over a quarter or a month ("fell 7 per cent in the
         * quarter", "quarter-on-quarter") starts from no year's level */
        bool short_span = false;
        /* (not a quarter the text names as the base: "an increase of 5.0%
         * over the second quarter of 2012") */
        /* (a month's change of a month's figure starts from the month
         * before: "in the month to 43.994 million") */
        for (size_t i = k + 1; i < st->b && i <= k + 5 && !short_span && !n->seq; i++)
            short_span = t[i].kind == TK_WORD && !compared_date_at(d, i) &&
                         !(i >= k + 3 && months_back(st, i - 2) == 1 && n->date >= 0 && ni[n->date].when.m) &&
                         (str_ieq(st->s + t[i].off, t[i].len, "quarter") || str_ieq(st->s + t[i].off, t[i].len, "month") ||
                          (str_ieq(st->s + t[i].off, t[i].len, "week") && !d->weekly));
        /* "155 million, up 32.1% ..., an increase of 37.58 million": the
         * earlier level is the one the absolute change gives, exactly */
        for (size_t j = st->a; n->change == CH_GROWTH && !stated && j < st->b; j++)
            if (j != k && is_quantity(&t[j]) && ni[j].change == CH_INCREASE && ni[j].rule >= 0 && !ni[j].skip &&
                ni[j].date == n->date)
                stated = true;
        if (n->change && !stated && !short_span && n->date >= 0 && is_quantity(&t[n->date]) && !d->stop)
            derive(d, st, (size_t)n->date, &ni[n->date], k, n, ni);
        else if (n->change && n->stands_for && !short_span && !d->stop)
            derive_stood_for(d, st, k, n);
    }
    for (size_t k = st->a; k < st->b; k++)
        free(ni[k].entity);

    /* (a paragraph's last sentence that ends with a colon frames the list
     * after it, whatever figures it has of its own) */
    dates_to_context(d, st, para_ctx, para_has,
                     d->da < d->db && st->b == st->n && st->b > st->a && t[st->b - 1].kind == TK_PUNCT &&
                         st->s[t[st->b - 1].off] == ':');
}

/* A news agency's dateline opening the block: "HONG KONG/SHANGHAI
 * (Reuters) -", "BEIJING, Nov. 12 (Xinhua) --", "Shanghai (AP) —": places
 * (and a date), one to three capitalised words in brackets, a dash.  Its
 * words are no names (its date stays a date): they become TK_SKIP. */

static void skip_dateline(const char *s, struct token *t, size_t n, const bool *in_date)
{
    /* without the agency: "HANGZHOU --", "NEW YORK, June 8 —": places in
     * capitals (or with a date), a dash, and prose after it */
    size_t i = 0, words = 0;
    bool caps = true, dated = false;
    /* (two places: "HONG KONG/SHANGHAI --") */
    while (i < n && i < 12 &&
           (t[i].kind == TK_WORD || in_date[i] || (t[i].kind == TK_PUNCT && (s[t[i].off] == ',' || s[t[i].off] == '/')))) {
        if (t[i].kind == TK_WORD && !in_date[i]) {
            if (!(t[i].flags & TF_CAP))
                break;
            words++;
            for (size_t k = 0; k < t[i].len && caps; k++)
                caps = !is_lower((unsigned char)s[t[i].off + k]);
        }
        dated |= in_date[i];
        i++;
    }
    /* (spaced, or an em dash glued: "HONG KONG—Ant Financial"; or a
     * colon after places in capitals: "SHANGHAI: China's Internet users
     * surged") */
    bool colon = i < n && i + 1 < n && caps && !dated && t[i].kind == TK_PUNCT && s[t[i].off] == ':' &&
                 t[i].len == 1 && t[i + 1].kind == TK_WORD && (t[i + 1].flags & TF_CAP) && words >= 1 &&
                 t[i - 1].len >= 3 && in_list(&province, &t[i - 1]);
    /* (on its line, prose after the dash: not a table's row under its
     * header of years, "Year  2010  2011" / "Volume   -   -") */
    if (colon || (i < n && i + 1 < n && words && words <= 4 && (caps || dated) && dash_at(s, &t[i]) &&
                  (t[i].off > t[i - 1].off + t[i - 1].len || t[i].len == 3) && t[i + 1].kind != TK_NUM &&
                  !(dash_at(s, &t[i + 1]) && t[i + 1].off > t[i].off + t[i].len) && t[i].line == t[0].line)) {
        for (size_t k = 0; k < i; k++)
            if (t[k].kind == TK_WORD && !in_date[k])
                t[k].kind = TK_SKIP;
        return;
    }
    i = 0;
    words = 0;
    while (i < n && i < 16 && !(t[i].flags & TF_OPEN)) {
        if (t[i].kind == TK_WORD && !(t[i].flags & TF_CAP) && !in_date[i])
            return; /* a lower-case word: prose, not a dateline */
        if (t[i].kind == TK_NUM && !in_date[i])
            return;
        if (t[i].kind == TK_PUNCT && (t[i].flags & (TF_SENT_END | TF_CLAUSE)) && !in_date[i])
            return;
        words += t[i].kind == TK_WORD;
        i++;
    }
    /* (or the agency alone: "(Reuters) - Chinese e-commerce company JD.com") */
    if (i >= n || !(t[i].flags & TF_OPEN) || (!words && i != 0))
        return;
    size_t open = i, close = i + 1;
    /* (two agencies joined by a mark: "(Bernama-GLOBE NEWSWIRE)") */
    while (close < n && close <= open + 6 &&
           ((t[close].kind == TK_WORD && (t[close].flags & TF_CAP)) ||
            (close > open + 1 && close + 1 < n && t[close].kind == TK_PUNCT && t[close].len == 1 &&
             (s[t[close].off] == '-' || s[t[close].off] == '/') && t[close + 1].kind == TK_WORD &&
             (t[close + 1].flags & TF_CAP))))
        close++;
    /* (or agencies and their day in it: "BEIJING, (UrduPoint / Pakistan
     * Point News - 24th Feb, 2024) The assets under ...", the sentence
     * after it) */
    /* (after a city in capitals and a comma, as no table's header is) */
    bool dated_in = false, city = open >= 2 && t[open - 1].kind == TK_PUNCT && s[t[open - 1].off] == ',';
    for (size_t k = 0; k + 1 < open && city; k++)
        for (size_t c = 0; c < t[k].len && city; c++)
            city = t[k].kind == TK_WORD && !is_lower((unsigned char)s[t[k].off + c]);
    if (city && close > open + 1 && close < n && !(t[close].flags & TF_CLOSE)) {
        size_t c2 = close;
        while (c2 < n && c2 <= open + 14 &&
               ((t[c2].kind == TK_WORD && (t[c2].flags & TF_CAP)) || in_date[c2] ||
                (t[c2].kind == TK_PUNCT && (s[t[c2].off] == '/' || dash_at(s, &t[c2])))))
            dated_in |= in_date[c2++];
        if (dated_in && c2 + 1 < n && (t[c2].flags & TF_CLOSE) && t[c2 + 1].kind == TK_WORD &&
            (t[c2 + 1].flags & TF_CAP))
            close = c2;
        else
            dated_in = false;
    }
    if (close == open + 1 || close >= n || !(t[close].flags & TF_CLOSE) || close + 1 >= n)
        return;
    /* a dash after it: "-", "--", "—", "–" (past a date: "(Yicai Global)
     * July 27 -- Pinduoduo ...") */
    size_t dash = close + 1;
    while (dash + 1 < n && dash < close + 6 && in_date[dash])
        dash++;
    if (!dated_in && !dash_at(s, &t[dash]))
        return;
    for (size_t k = 0; k < close; k++)
        if (t[k].kind == TK_WORD && !in_date[k])
            t[k].kind = TK_SKIP;
}

void dateline_skip(const char *s, struct token *t, size_t n)
{
    enum { HEAD = 24 }; /* a dateline opens a block: its first tokens do */
    size_t m = n < HEAD ? n : HEAD;
    bool in_date[HEAD] = {false};
    struct dates ds;
    dates_init(&ds);
    period_find(s, t, m, &ds);
    for (size_t i = 0; i < ds.n; i++)
        for (size_t j = ds.v[i].first; j <= ds.v[i].last && j < m; j++)
            in_date[j] = true;
    dates_fini(&ds);
    skip_dateline(s, t, m, in_date);
}

/* A figure of a table of years (see table.c): an observed, exact fact of
 * the row's year, quoted by its row, its column's header in the note. */
/* Does the text s[0, n) name Singles' Day ("Singles' Day", "Double 11",
 * "Double Eleven", "11.11")? */
static bool festival_named(const char *s, size_t n)
{
    static const char *const name[] = {"singles", "double 11", "double eleven", "11.11"};
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof name / sizeof *name; k++) {
            size_t l = strlen(name[k]);
            if (i + l <= n && str_ieq(s + i, l, name[k]) && (i == 0 || !is_alnum((unsigned char)s[i - 1])))
                return true;
        }
    return false;
}

/* A name of a carrier's network as a table heads its column, "Unicom
 * GSM", "China Mobile TD-SCDMA", written as the carrier with its network
 * in brackets, the way a section's part is: "Unicom (GSM)". */
static void network_in_brackets(char *name, size_t cap)
{
    static const char *const gens[] = {"2G", "3G", "4G", "5G"};
    char *sp = strrchr(name, ' ');
    size_t len = strlen(name);
    if (!sp || sp == name || len + 3 > cap ||
        !(network_word(sp + 1, strlen(sp + 1)) || str_ieq_any(sp + 1, strlen(sp + 1), gens, 4)))
        return;
    size_t w = strlen(sp + 1);
    memmove(sp + 2, sp + 1, w);
    sp[1] = '(';
    sp[2 + w] = ')';
    sp[3 + w] = '\0';
}

/* The name a one-line caption opens with in the possessive, "Alibaba's
 * Singles' Day GMV, 2009-2019" (up to three capitalised words), into
 * out; "" if none. */
/* The firm a caption's words from `from` on name as an owner, "... on
 * Alibaba's Tmall and Taobao": its name into out (not the country's, nor a
 * body that reports). */
static void caption_possessive(const char *s, size_t n, size_t from, char *out, size_t cap)
{
    for (size_t k = from; k + 3 < n; k++) {
        if (s[k] != '\'' || s[k + 1] != 's' || s[k + 2] != ' ')
            continue;
        size_t b0 = k;
        while (b0 > from && s[b0 - 1] != ' ')
            b0--;
        struct token w = {.kind = TK_WORD, .hash = scan_word_hash(s + b0, k - b0)};
        if (k > b0 && is_upper((unsigned char)s[b0]) && k - b0 + 1 <= cap && !str_ieq(s + b0, k - b0, "China") &&
            !in_list(&source_body, &w)) {
            memcpy(out, s + b0, k - b0);
            out[k - b0] = '\0';
        }
        return;
    }
    /* (or the name "on" a firm's platforms: "Singles' Day GMV on Alibaba
     * platforms") */
    static const char *const places[] = {"platform", "platforms", "marketplace", "marketplaces", "site", "sites"};
    for (size_t k = from; k + 4 < n; k++) {
        if (!(s[k] == ' ' && s[k + 1] == 'o' && s[k + 2] == 'n' && s[k + 3] == ' ' && is_upper((unsigned char)s[k + 4])))
            continue;
        size_t b0 = k + 4, e0 = b0;
        while (e0 < n && is_alnum((unsigned char)s[e0]))
            e0++;
        size_t p0 = e0 < n && s[e0] == ' ' ? e0 + 1 : e0, p1 = p0;
        while (p1 < n && is_alpha((unsigned char)s[p1]))
            p1++;
        struct token w = {.kind = TK_WORD, .hash = scan_word_hash(s + b0, e0 - b0)};
        if (p1 > p0 && str_ieq_any(s + p0, p1 - p0, places, sizeof places / sizeof *places) && e0 - b0 + 1 <= cap &&
            !str_ieq(s + b0, e0 - b0, "China") && !in_list(&source_body, &w)) {
            memcpy(out, s + b0, e0 - b0);
            out[e0 - b0] = '\0';
        }
        return;
    }
}

/* The kind of the rule's a caption or a column's head names ("Net asset
 * value of public funds at year end", "of which: money market funds"):
 * the category written in s[0, n), as the rules write it, in the plural,
 * into out; the longest if several; "" if none. */
static void caption_category(const char *s, size_t n, const struct phrases *cat, char *out, size_t cap)
{
    out[0] = '\0';
    size_t best = 0;
    for (size_t c = 0; c < cat->n; c++) {
        const char *t = cat->v[c].text;
        size_t l = strlen(t);
        if (l <= best || l + 2 > cap)
            continue;
        for (size_t i = 0; i + l <= n; i++) {
            if ((i > 0 && is_alnum((unsigned char)s[i - 1])) || !str_ieq(s + i, l, t))
                continue;
            size_t e = i + l;
            if (e < n && (s[e] == 's' || s[e] == 'S'))
                e++;
            if (e < n && is_alnum((unsigned char)s[e]))
                continue;
            memcpy(out, t, l);
            out[l] = 's';
            out[l + 1] = '\0';
            best = l;
            break;
        }
    }
}

/* Where s[a, e) ends without the one of w[0, nw) it ends with, after a
 * space (case matters where exact): e itself if it ends with none. */
static size_t past_last_word(const char *s, size_t a, size_t e, const char *const *w, size_t nw, bool exact)
{
    for (size_t q = 0; q < nw; q++) {
        size_t l = strlen(w[q]);
        if (e >= a + l + 2 && s[e - l - 1] == ' ' &&
            (exact ? memcmp(s + e - l, w[q], l) == 0 : str_ieq(s + e - l, l, w[q])))
            return e - l - 1;
    }
    return e;
}

static void caption_owner(const char *s, size_t n, const char *head, size_t head_len, char *out, size_t cap)
{
    out[0] = '\0';
    if (memchr(s, '\n', n) && (size_t)((const char *)memchr(s, '\n', n) - s) + 1 < n)
        return; /* (one line only) */
    size_t i = 0, words = 0;
    while (i < n && is_space((unsigned char)s[i]))
        i++;
    /* (past its label: "Table: Zuoyebang's ...", "Table 3. Alibaba's ...") */
    static const char *const label[] = {"Table", "Figure", "Chart", "Exhibit"};
    for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
        size_t l = strlen(label[k]);
        if (i + l < n && memcmp(s + i, label[k], l) == 0 && !is_alpha((unsigned char)s[i + l])) {
            size_t j = i + l;
            while (j < n && s[j] == ' ')
                j++;
            /* (its number, letters in it or not: "3.1", "A1", "C-1") */
            size_t w = j;
            bool digit = false;
            while (w < n && s[w] != ' ' && s[w] != ':') {
                digit = digit || is_digit((unsigned char)s[w]);
                w++;
            }
            if (digit)
                j = w;
            while (j < n && (is_digit((unsigned char)s[j]) || s[j] == '.' || s[j] == ':' || s[j] == ' '))
                j++;
            if (j > i + l)
                i = j;
            break;
        }
    }
    /* (or a label in capitals and a colon: "DATA BOX: Singles' Day GMV
     * ...", "FACTBOX: ...") */
    {
        size_t j = i;
        while (j < n && j < i + 24 && (is_upper((unsigned char)s[j]) || s[j] == ' '))
            j++;
        if (j > i + 2 && j + 1 < n && s[j] == ':' && s[j + 1] == ' ') {
            j++;
            while (j < n && s[j] == ' ')
                j++;
            i = j;
        }
    }
    size_t a = i;
    while (i < n && words < 4 && is_upper((unsigned char)s[i])) {
        /* (an apostrophe inside a name's word: "Yu'e Bao") */
        while (i < n && (is_alnum((unsigned char)s[i]) || s[i] == '.' || s[i] == '-' ||
                         (s[i] == '\'' && i + 1 < n && is_lower((unsigned char)s[i + 1]) && s[i + 1] != 's' &&
                          i > a && is_alpha((unsigned char)s[i - 1]))))
            i++;
        words++;
        /* (or a name before a colon and a description in lower case:
         * "Table A1  Tianhong Yu'e Bao: size and holders at year-end") */
        if (i + 2 < n && s[i] == ':' && s[i + 1] == ' ' && is_lower((unsigned char)s[i + 2])) {
            size_t len = i - a;
            struct token w = {.kind = TK_WORD, .hash = scan_word_hash(s + a, len)};
            if (len + 1 <= cap && !str_ieq(s + a, len, "China") && !in_list(&source_body, &w)) {
                memcpy(out, s + a, len);
                out[len] = '\0';
            }
            return;
        }
        if (i + 1 < n && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S')) {
            size_t len = i - a;
            /* (not a body that reports: "CNNIC's 47th report") */
            struct token w = {.kind = TK_WORD, .hash = scan_word_hash(s + a, len)};
            if (len + 1 <= cap && !str_ieq(s + a, len, "China") && !str_ieq(s + a, len, "The") &&
                !in_list(&source_body, &w)) {
                memcpy(out, s + a, len);
                out[len] = '\0';
            }
            return;
        }
        if (i < n && s[i] == ' ')
            i++;
    }
    /* (or the name right before the words that head the column: "Chart:
     * WeChat MAU, Q1 2015 - Q2 2016" over "Q1 2015: 549") */
    size_t hl = 0;
    while (hl < head_len && (is_alnum((unsigned char)head[hl]) || head[hl] == ' ' || head[hl] == '-'))
        hl++;
    while (hl > 0 && head[hl - 1] == ' ')
        hl--;
    if (hl < 2)
        return;
    char hw[64];
    if (hl >= sizeof hw)
        return;
    memcpy(hw, head, hl);
    hw[hl] = '\0';
    const char *at = NULL;
    for (size_t k = a + 1; k + hl <= n && !at; k++)
        if (s[k - 1] == ' ' && str_ieq(s + k, hl, hw))
            at = s + k;
    if (!at) {
        /* (a change's column, "Change (pct)", the caption names no more
         * of: the firm it names as an owner further on) */
        if (str_ieq(hw, hl, "change") || str_ieq(hw, hl, "growth") || str_ieq(hw, hl, "yoy"))
            caption_possessive(s, n, a, out, cap);
        return;
    }
    static const char *const common[] = {"Monthly", "Annual", "Quarterly", "Daily", "Total", "Mobile", "Internet",
                                         "Online", "Active", "Registered", "Number", "China", "Chinese", "Global",
                                         "Average", "Cumulative", "New", "Net", "The", "Key", "Selected"};
    size_t e = (size_t)(at - s) - 1;
    /* (past the festival's name in figures: "Alibaba Double 11 GMV" is
     * Alibaba's; then past the kind of thing the name is, in lower case:
     * "Yu'E Bao fund size") */
    static const char *const fest[] = {"Double 11", "Double Eleven", "11.11"};
    static const char *const kinds[] = {"fund", "app", "platform", "site", "service"};
    e = past_last_word(s, a, e, fest, sizeof fest / sizeof *fest, false);
    e = past_last_word(s, a, e, kinds, sizeof kinds / sizeof *kinds, true);
    size_t w0 = e, words2 = 0;
    while (w0 > a && words2 < 3) {
        size_t w = w0;
        while (w > a && s[w - 1] != ' ')
            w--;
        /* (a common noun or adjective in a title's capitals is no name:
         * "Telecommunications revenue", "Advertising revenue") */
        static const char *const ends[] = {"tion", "tions", "sion", "sions", "ing", "ment", "ments", "ness", "ity",
                                           "ics", "al", "ed", "ly"};
        bool common_end = false;
        for (size_t q = 0; q < sizeof ends / sizeof *ends && !common_end; q++) {
            size_t el = strlen(ends[q]);
            common_end = w0 - w > el + 2 && str_ieq(s + w0 - el, el, ends[q]);
        }
        /* (nor a compound of one: "Internet-access") */
        const char *hy = memchr(s + w, '-', w0 - w);
        size_t wl = hy ? (size_t)(hy - (s + w)) : w0 - w;
        if (!is_upper((unsigned char)s[w]) || str_ieq_any(s + w, wl, common, sizeof common / sizeof *common) ||
            scan_month(s + w, w0 - w) > 0 || common_end)
            break;
        words2++;
        w0 = w > a ? w - 1 : w;
        if (w == a) {
            w0 = a;
            break;
        }
    }
    size_t start = w0 == a ? a : w0 + 1, len = e - start;
    if (!words2 || len + 1 > cap || len < 2)
        return;
    /* (a festival is nobody's: "Singles' Day GMV on Alibaba's Tmall";
     * "Alibaba Singles' Day GMV" is Alibaba's) */
    size_t lw = e;
    while (lw > start && s[lw - 1] != ' ')
        lw--;
    struct token last = {.kind = TK_WORD, .hash = scan_word_hash(s + lw, e - lw)};
    if (in_list(&event_word, &last)) {
        size_t f = lw > start ? lw - 1 : start; /* (past the festival's name) */
        while (f > start && s[f - 1] != ' ')
            f--;
        while (f > start && s[f - 1] == ' ')
            f--;
        if (f <= start) {
            caption_possessive(s, n, e, out, cap);
            return;
        }
        len = f - start;
    }
    memcpy(out, s + start, len);
    out[len] = '\0';
}

static void table_cell(void *ctx, const struct table_cell *c)
{
    struct doc *d = ctx;
    if (d->stop)
        return;
    const struct rule *ru = &d->r->v[c->rule];
    /* (a change's entity, and its part, are its level's) */
    const struct rule *er = c->level >= 0 ? &d->r->v[c->level]
                            : ru->change != CH_NONE && ru->base && rules_find(d->r, ru->base) ? rules_find(d->r, ru->base)
                                                                                           : ru;
    const struct token *t = d->tok.v;
    const struct token *last = &t[c->row_b - 1];
    char *quote = xstrndup(d->bp + t[c->row_a].off, last->off + last->len - t[c->row_a].off);
    char note[200];
    size_t nl = (size_t)snprintf(note, sizeof note, "table: ");
    /* (a head over two lines is one: its breaks and indents a space) */
    for (size_t i = 0; i < c->head_len && i < 150 && nl + 1 < sizeof note; i++) {
        bool sp = is_space((unsigned char)c->head[i]);
        if (!sp)
            note[nl++] = c->head[i];
        else if (note[nl - 1] != ' ')
            note[nl++] = ' ';
    }
    note[nl] = '\0';
    /* (a change from a period its column names: the level then is derived) */
    if (c->from_y && nl + 16 < sizeof note)
        snprintf(note + nl, sizeof note - nl, c->from_m ? " (from %04d-%02d)" : " (from %04d)", c->from_y, c->from_m);
    /* (December's column is the year's: "Dec 2010", "2010.12") */
    /* (a column of the day itself keeps it: "Dec. 31, 2008", "31 December
     * 2014", as "as at 31 December 2014" does) */
    /* (not where the columns end spans, "For the twelve months ended" /
     * "Dec 31, 2018   Dec 31, 2019": a year's flow is the year's) */
    bool span = false;
    if (c->month == 12 && c->day == 31) {
        size_t end = t[c->row_a].off, lines = 0, b = end;
        while (b > 0 && lines < 5) {
            if (d->bp[b - 1] == '\n')
                lines++;
            b--;
        }
        for (size_t i = b; i + 5 <= end && !span; i++)
            span = (d->bp[i] == 'e' || d->bp[i] == 'E') && (str_ieq(d->bp + i, 5, "ended") || (i + 6 <= end && str_ieq(d->bp + i, 6, "ending")));
    }
    bool year_end = c->month == 12 && !c->month_only && (!c->day || span);
    struct date when = {.y = c->year, .m = year_end ? 0 : c->month, .d = year_end ? 0 : c->day};
    /* (a month named without its year is the last such month by the
     * writing: "statistics for December" in a text of January 20, 2014
     * are of December 2013) */
    int writing_m = d->doc_month ? d->doc_month : d->pub_month;
    if (c->lone_month && c->month && c->year == d->doc_year && writing_m && c->month > writing_m)
        when.y--;
    /* (a table's years under "Fiscal year ended March 31," in a report
     * whose fiscal year ends in March: the twelve months to March) */
    size_t row_off = d->tok.v[c->row_a].off;
    if (d->fiscal_m && !when.m && !when.d && when.y &&
        (memmem(d->bp, row_off, "iscal year", 10) || memmem(d->bp, row_off, "ISCAL YEAR", 10)))
        when.m = d->fiscal_m;
    /* (a deal's row without a date, in a news item of a month of that
     * year: of that month, as the text's deals are) */
    int wm = d->doc_month ? d->doc_month : d->pub_month;
    if (c->writing_month && !when.m && wm && when.y == d->doc_year)
        when.m = wm;
    /* (the country's figure of a report's table no caption dates is of
     * the year its lead reported on, as its undated figures in prose
     * are: "By December 31, 2006, ... had reached 137 million" in a
     * report of 2007) */
    if (c->doc_year && !when.m && !when.d && when.y == d->doc_year && d->ref_year && national_rule(er))
        when.y = d->ref_year;
    /* (and in a news item of a known day, of the month its lead dated the
     * country's figure by, a month gone by of its year: the operators'
     * table under "... to about 1.28 billion in September", of October
     * 28) */
    else if (c->doc_year && !when.m && !when.d && when.y == d->doc_year && d->doc_day && d->doc_month &&
             d->lead_nat.y == d->doc_year && d->lead_nat.m && d->lead_nat.m < d->doc_month && !d->lead_nat.y2)
        when.m = d->lead_nat.m;
    /* (a table of years under a caption that names the festival, "Alibaba's
     * Singles' Day GMV, 2009-2019": each year's festival's day) */
    /* (a day's indicator itself, "Alibaba Singles' Day GMV (billion yuan)"
     * over "2012   19.1", is of the day too) */
    const struct rule *day = ru->change != CH_NONE || when.m ? NULL
                             : ru->on_day                   ? rules_find(d->r, ru->on_day)
                             : day_indicator(d->r, ru->id)  ? ru
                                                            : NULL;
    /* (and a change's column beside it, "Change (pct)": the day's change) */
    const struct rule *day_ch = NULL;
    if (ru->change != CH_NONE && !when.m && er && er->change == CH_NONE) {
        const struct rule *dl = er->on_day ? rules_find(d->r, er->on_day) : day_indicator(d->r, er->id) ? er : NULL;
        int ci = dl ? rules_change_of(d->r, ru->change, dl->id) : -1;
        if (ci >= 0) {
            day = dl;
            day_ch = &d->r->v[ci];
        }
    }
    /* (the caption above the rows in the same block, or the block before
     * where it is a caption, a line of its own: not a paragraph on the
     * festival before a table of the year's online sales) */
    if (day && ((d->prev.len && d->prev.len < 200 && !memchr(d->prev.text, '\n', d->prev.len) &&
                 festival_named(d->prev.text, d->prev.len)) ||
                festival_named(d->bp, d->tok.v[c->row_a].off))) {
        ru = day_ch ? day_ch : day;
        er = day;
        when.m = 11;
        when.d = 11;
    }
    char named[128];
    if (c->entity) { /* (a row that names whose figures they are) */
        snprintf(named, sizeof named, "%.*s", (int)(c->entity_len < 120 ? c->entity_len : 120), c->entity);
        /* (a name wrapped over two lines is one: "Money market" over
         * "funds") */
        size_t w = 0;
        for (size_t i = 0; named[i]; i++)
            if (!is_space((unsigned char)named[i]) || (w > 0 && named[w - 1] != ' '))
                named[w++] = is_space((unsigned char)named[i]) ? ' ' : named[i];
        named[w] = '\0';
        network_in_brackets(named, sizeof named);
    }
    /* (a release's or a filing's table is its issuer's, not the
     * country's: "KEY OPERATING DATA ... Mobile subscribers") */
    /* (a fund's own report, its manager named: its tables are its fund's,
     * not money market funds') */
    bool issuers = d->issuer && (!er->fallback || strcmp(er->fallback, "China") == 0 || d->manager);
    bool country_caption = false;
    /* (not a table of the country's market in a filing's industry
     * overview: "Table 3: GMV of social e-commerce in China, 2015-2017") */
    {
        /* (the caption: the block before, or the block's first line above
         * the row) */
        const char *eol = memchr(d->bp, '\n', d->blen);
        for (int which = 0; which < 2 && d->issuer && !country_caption; which++) {
            const char *ct = which ? d->bp : d->prev.text;
            size_t cl = which ? (eol && d->tok.v[c->row_a].off > (size_t)(eol - d->bp) ? (size_t)(eol - d->bp) : 0)
                              : d->prev.len;
            country_caption = cl && cl < 200 && !memchr(ct, '\n', cl - 1) &&
                              (memmem(ct, cl, " in China", 9) || memmem(ct, cl, "China's", 7)) &&
                              !memmem(ct, cl, d->issuer, strlen(d->issuer));
        }
        if (country_caption)
            issuers = false;
    }
    /* (or the caption's owner: "Alibaba's Singles' Day GMV, 2009-2019") */
    char owner[64] = "";
    if (!c->entity && er->entity != EK_FIXED && !issuers && d->prev.len)
        caption_owner(d->prev.text, d->prev.len, c->head, c->head_len, owner, sizeof owner);
    /* (or the block's own first line, a caption over its rows) */
    const char *nl1 = memchr(d->bp, '\n', d->blen);
    if (!owner[0] && !c->entity && er->entity != EK_FIXED && !issuers && nl1 &&
        d->tok.v[c->row_a].off > (size_t)(nl1 - d->bp))
        caption_owner(d->bp, (size_t)(nl1 - d->bp), c->head, c->head_len, owner, sizeof owner);
    /* (a change's column whose head the caption does not name, "YoY
     * growth (%)", is of the owner of its level's cell in the row) */
    const struct rule *cr = &d->r->v[c->rule];
    if (!owner[0] && !c->entity && cr->change != CH_NONE && d->row_owner[0] && d->row_owner_bp == d->bp &&
        d->row_owner_at == c->row_a &&
        (d->row_owner_rule == c->level ||
         (c->level < 0 && cr->base && strcmp(cr->base, d->r->v[d->row_owner_rule].id) == 0)))
        snprintf(owner, sizeof owner, "%s", d->row_owner);
    if (cr->change == CH_NONE) {
        snprintf(d->row_owner, sizeof d->row_owner, "%s", owner);
        d->row_owner_bp = d->bp;
        d->row_owner_at = c->row_a;
        d->row_owner_rule = (int)c->rule;
    }
    /* (or the kind of the rule's its column's head or its caption
     * names: "Total NAV" under "Net asset value of public funds") */
    char kind[64] = "";
    if (!owner[0] && !c->entity && er->category.n && er->entity != EK_FIXED && !issuers) {
        /* (the whole of the head's cell, where the rule's cue is only its
         * last word: "Money market funds") */
        const char *h = c->head, *he = c->head + c->head_len;
        if (h >= d->bp && he <= d->bp + d->blen) {
            while (h > d->bp && h[-1] != '\n' && !(h[-1] == ' ' && h - 1 > d->bp && h[-2] == ' '))
                h--;
            while (he < d->bp + d->blen && *he != '\n' && !(*he == ' ' && he + 1 < d->bp + d->blen && he[1] == ' '))
                he++;
        }
        if (c->head_len)
            caption_category(h, (size_t)(he - h), &er->category, kind, sizeof kind);
        if (!kind[0] && d->prev.len && d->prev.len < 300)
            caption_category(d->prev.text, d->prev.len, &er->category, kind, sizeof kind);
        if (!kind[0] && nl1 && d->tok.v[c->row_a].off > (size_t)(nl1 - d->bp))
            caption_category(d->bp, (size_t)(nl1 - d->bp), &er->category, kind, sizeof kind);
    }
    const char *entity = c->entity ? named
                         : c->national            ? "China"
                         : er->entity == EK_FIXED ? er->entity_text
                         : issuers            ? d->issuer
                         : owner[0]           ? owner
                         : kind[0]            ? kind
                         : er->fallback       ? er->fallback
                         /* (a company's figures: the company the text speaks of) */
                         : d->last_firm[0] && !national_rule(er) && !country_caption ? d->last_firm
                                                                                     : "China";
    /* (a province's bulletin: its tables' country figures are the
     * province's) */
    if (d->place && strcmp(entity, "China") == 0 &&
        ((er->entity == EK_FIXED && er->entity_text && strcmp(er->entity_text, "China") == 0) ||
         (er->fallback && strcmp(er->fallback, "China") == 0 && !er->no_national)))
        entity = d->place;
    /* (a part's column: the part of the whole's, "China (physical
     * goods)") */
    char pb[160];
    if (c->part && c->part_len) {
        int el = snprintf(pb, sizeof pb, "%.80s (", entity);
        snprintf(pb + el, sizeof pb - (size_t)el, "%.*s)", (int)(c->part_len < 60 ? c->part_len : 60), c->part);
        for (char *x = pb + el; *x; x++)
            *x = (char)to_lower((unsigned char)*x);
        entity = pb;
    }
    char eb[SEG_ENTITY_MAX];
    /* (a section that counts a named product's only ("fallback = none")
     * has no figure of the country's: "Fixed telephone subscribers") */
    /* (the caption's owner is somebody: "Zuoyebang's disclosed funding
     * rounds") */
    bool nobody = !c->entity && er->no_fallback && er->entity != EK_FIXED && !er->fallback && !d->issuer &&
                  !owner[0] && !(d->last_firm[0] && !national_rule(er));
    if (!unwritten(er, entity) && !nobody)
        emit_fact(d, ru->id, seg_entity(er, entity, eb, sizeof eb), &when, c->value, c->unit ? c->unit : unit_class_name(ru->unit), c->q, false,
              c->line, quote, note);
    free(quote);
}

/* Is the line a news item's time stamp, not a heading that dates what
 * follows: "Thu Jul 23, 2015 6:41am EDT", "Monday, 20 August 2012",
 * "September 13, 2018 / 11:52 PM"?  It names a weekday first or a
 * clock time. */
static bool timestamp_line(const char *s, const struct token *t, size_t n)
{
    if (n && t[0].kind == TK_WORD && period_weekday_word(s + t[0].off, t[0].len, true))
        return true;
    for (size_t i = 0; i < n; i++)
        if (t[i].kind == TK_SKIP && memchr(s + t[i].off, ':', t[i].len) && is_digit((unsigned char)s[t[i].off]))
            return true;
    return false;
}

/* Glosses in brackets that say again what stands before them: Chinese
 * words after their English ("mobile netizens (手机网民) hit"), and a
 * figure written again in other units of the same value ("649 million
 * (6.49亿) by the end of 2014", "5亿 (500 million)").  They are taken out of
 * the tokens, so that cues, dates and names read past them (the text, and
 * quotes, keep them). */

static void drop_glosses(const char *s, struct tokens *tk)
{
    struct token *t = tk->v;
    size_t n = tk->n, w = 0;
    size_t first = 0; /* (most blocks have neither brackets nor quotes) */
    while (first < n && !(t[first].flags & (TF_OPEN | TF_QUOTE)))
        first++;
    if (first == n)
        return;
    w = first;
    for (size_t i = first; i < n;) {
        if ((t[i].flags & TF_OPEN) && i > 0) {
            size_t c = i + 1;
            bool cjk = true, units = true;
            while (c < n && c < i + 24 && !(t[c].flags & (TF_CLOSE | TF_OPEN | TF_SENT_END))) {
                cjk = cjk && t[c].kind == TK_PUNCT && t[c].len >= 3;
                units = units && cjk && scan_cjk_unit(s + t[c].off);
                c++;
            }
            bool closed = c < n && (t[c].flags & TF_CLOSE);
            /* (not a unit: "Netizens (万)", "(亿元)") */
            bool gloss = closed && c > i + 1 && cjk && !units;
            /* the same figure again: one quantity, of the same class and value
             * (past a currency's word said twice: "RMB 2.79 trillion yuan
             * (2.79万亿元)") */
            const struct token *prev = w > 0 ? &t[w - 1] : &t[i - 1];
            if (prev->kind == TK_WORD && w >= 2 && t[w - 2].kind == TK_NUM && t[w - 2].unit &&
                (str_ieq(s + prev->off, prev->len, "yuan") || str_ieq(s + prev->off, prev->len, "renminbi") ||
                 str_ieq(s + prev->off, prev->len, "dollars")))
                prev = &t[w - 2];
            if (closed && c == i + 2 && t[i + 1].kind == TK_NUM && prev->kind == TK_NUM &&
                !(prev->flags & (TF_YEAR | TF_MONTHDAY)) && !(t[i + 1].flags & (TF_YEAR | TF_MONTHDAY)) &&
                num_class(prev) == num_class(&t[i + 1]) &&
                (prev->unit == t[i + 1].unit || (prev->unit && t[i + 1].unit && strcmp(prev->unit, t[i + 1].unit) == 0)) &&
                fabs(prev->value - t[i + 1].value) <= 0.005 * fmax(fabs(prev->value), fabs(t[i + 1].value)) &&
                /* (not its exact value, in the same script: "nearly 1.1
                 * billion (1.09967 billion)" tells more) */
                (tok_digits(s, &t[i + 1]) <= tok_digits(s, prev) || !tok_ascii(s, &t[i + 1]) ||
                 prev->value == t[i + 1].value))
                gloss = true;
            /* an English gloss of the words before: "Internet users
             * (netizens) in China"; one to three words in lower case, never
             * a name ("the fund (Yu'e Bao)"), an acronym (a cue may be
             * made of it: "(FTTH) users") or a table's unit ("(million)",
             * "(trillion yuan)") */
            /* (not on a line of its own, a table's label gone on: "QQ IM
             * MAU" over " (smart devices)   640.0") */
            if (!gloss && closed && c > i + 1 && c <= i + 4 && prev->kind == TK_WORD && prev->line == t[i].line) {
                bool lower = true;
                for (size_t q = i + 1; q < c && lower; q++) {
                    const char *wd = s + t[q].off;
                    size_t wl = t[q].len;
                    /* (a scale in the plural too: "(millions)") */
                    lower = t[q].kind == TK_WORD && !scan_known_word(wd, wl) &&
                            !(wl > 2 && wd[wl - 1] == 's' && scan_known_word(wd, wl - 1));
                    for (size_t x = 0; x < wl && lower; x++)
                        lower = is_lower((unsigned char)wd[x]) || wd[x] == '-' || wd[x] == '\'';
                }
                /* (nor a note's mark: "Market size (a)") */
                gloss = lower && !(c == i + 2 && t[i + 1].len == 1);
            }
            if (gloss) {
                i = c + 1;
                continue;
            }
        }
        t[w++] = t[i++];
    }
    tk->n = w;
    /* quotes around a short term ('".CN"', '"Village Access"') stand aside
     * too: the term goes on with the words around it (not a quoted number:
     * '"12306" was the hotline') */
    n = tk->n;
    w = 0;
    for (size_t i = 0; i < n;) {
        if (t[i].kind == TK_PUNCT && (t[i].flags & TF_QUOTE) && i + 2 < n) {
            size_t j = i + 1;
            bool term = true;
            while (j < n && j < i + 5 && !(t[j].kind == TK_PUNCT && (t[j].flags & TF_QUOTE))) {
                term = term && t[j].kind != TK_NUM && !(t[j].flags & (TF_SENT_END | TF_CLAUSE)) &&
                       !(t[j].kind == TK_PUNCT && s[t[j].off] == ',');
                j++;
            }
            if (term && j < n && j > i + 1 && j < i + 5 && (t[j].flags & TF_QUOTE)) {
                for (size_t q = i + 1; q < j; q++)
                    t[w++] = t[q];
                i = j + 1;
                continue;
            }
        }
        t[w++] = t[i++];
    }
    tk->n = w;
}

/* Does the line at text offset off open with a bullet ("* ", "- ", "• ")
 * or an item's number ("3. ", "3) ")? */
static size_t bullet_len(const char *s, size_t i)
{
    if ((s[i] == '*' || s[i] == '-') && s[i + 1] == ' ')
        return 2;
    if (s[i] == '>' && s[i + 1] == ' ' && is_upper((unsigned char)s[i + 2]))
        return 2;
    if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == ' ') /* (as press releases write them) */
        return 3;
    if ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA2)
        return 3;
    size_t j = i;
    while (is_digit((unsigned char)s[j]) && j < i + 2)
        j++;
    return j > i && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ' ? j + 2 - i : 0;
}

/* Where the text of the line holding offset off starts, past its indent. */
static size_t line_text(const char *s, size_t off)
{
    size_t i = off;
    while (i > 0 && s[i - 1] != '\n')
        i--;
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    return i;
}

static bool bullet_line(const char *s, size_t off)
{
    return bullet_len(s, line_text(s, off)) > 0;
}

/* Does an item of a list open at text offset off: its bullet, or the
 * first word after it? */
static bool item_at(const char *s, size_t off)
{
    /* (a bullet and its indent are short: the line's start is near, or
     * this is no item, however long the line) */
    size_t i = off;
    while (i > 0 && s[i - 1] != '\n' && off - i < 64)
        i--;
    if (i > 0 && s[i - 1] != '\n')
        return false;
    i = line_text(s, off);
    size_t bl = bullet_len(s, i);
    if (!bl)
        return false;
    if (i == off)
        return true;
    i += bl;
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    return i == off;
}

/* Does a numbered item ("2. 3G users.") open at text offset off? */
static bool numbered_item_at(const char *s, size_t off)
{
    return is_digit((unsigned char)s[line_text(s, off)]);
}

/* Is the block s[0, n) short enough to be a table's caption: three lines
 * at most ("Table 2 ...", "Unit: 10,000 users")? */
/* Is the block a table: two lines or more, most of them with a figure
 * after a wide gap ("Profit for the period      15,978,406,112.35")? */
static bool tabular(const char *s, size_t n)
{
    int lines = 0, rows = 0, aligned = 0, fields = 0;
    bool gap_fig = false;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '\n') {
            lines++;
            rows += gap_fig;
            aligned += fields >= 2;
            gap_fig = false;
            fields = 0;
            continue;
        }
        if (i + 2 < n && s[i] == ' ' && s[i + 1] == ' ' && (is_digit((unsigned char)s[i + 2]) || s[i + 2] == '-'))
            gap_fig = true;
        if (i + 2 < n && s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] != ' ')
            fields++;
    }
    /* (or a header of fields parted by wide gaps over one row of
     * figures: "Period   Jun-13   Sep-13" / "Size   42.0   556.5") */
    return (rows >= 2 && 2 * rows >= lines) || (lines == 2 && rows == 1 && aligned == 2);
}

/* Does a caption give a unit ("Unit: RMB yuan", "(unit: 10,000)")? */
static bool says_unit(const char *s, size_t n)
{
    for (size_t i = 0; i + 5 <= n; i++)
        if ((s[i] == 'U' || s[i] == 'u') && str_ieq(s + i, 4, "unit") && (s[i + 4] == ':' || s[i + 4] == 's') &&
            (i == 0 || !is_alpha((unsigned char)s[i - 1])))
            return true;
    return false;
}

static bool caption_lines(const char *s, size_t n)
{
    int lines = 1;
    for (const char *p = memchr(s, '\n', n); p && lines <= 3; p = memchr(p + 1, '\n', n - (size_t)(p + 1 - s)))
        if ((size_t)(p + 1 - s) < n)
            lines++;
    return lines <= 3;
}

/* Does the card's line [a, b) have a field of its date ("Date: Mar 21",
 * "Announced: ...")? */
static bool card_dated(const char *s, const struct token *t, size_t a, size_t b)
{
    for (size_t i = a; i + 1 < b; i++)
        if (t[i].kind == TK_WORD && t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == ':' &&
            (str_ieq(s + t[i].off, t[i].len, "date") || str_ieq(s + t[i].off, t[i].len, "announced") ||
             str_ieq(s + t[i].off, t[i].len, "closed") ||
             /* (an offering's: "Listing: Nasdaq, July 26, 2018") */
             str_ieq(s + t[i].off, t[i].len, "listing") || str_ieq(s + t[i].off, t[i].len, "listed") ||
             str_ieq(s + t[i].off, t[i].len, "ipo")))
            return true;
    return false;
}

/* The date a card's field of its date gives, on one of the card's lines
 * from token a on (ctx: the date it is read in), into *w. */
static bool card_date_ahead(const struct doc *d, const char *s, const struct token *t, size_t n, size_t a,
                            const struct date *ctx, struct date *w)
{
    while (a < n && d->in_card[a]) {
        size_t e = a;
        while (e < n && t[e].line == t[a].line)
            e++;
        if (card_dated(s, t, a, e))
            for (size_t x = 0; x < d->dates.n; x++)
                if (d->dates.v[x].first >= a && d->dates.v[x].first < e && date_of(d, &d->dates.v[x], ctx, w))
                    return true;
        a = e;
    }
    return false;
}

/* How many fields of a card the line of the block s[0, len) that holds
 * offset off has (scan_card_fields). */
static int card_line(const char *s, size_t len, size_t off)
{
    size_t i = line_text(s, off);
    const char *nl = memchr(s + i, '\n', len - i);
    return scan_card_fields(s + i, nl ? (size_t)(nl - (s + i)) : len - i);
}

/* Is token i the last of a listed item's headline that ends with its
 * day past a wide gap ("* Alibaba leads bike-sharing startup Ofo's $866
 * million funding        2018-03-14"), the item's text on the lines
 * under it?  The headline is a sentence of its own. */
static bool headline_day_end(const char *s, const struct token *t, const bool *in_date, size_t i)
{
    if (!in_date[i])
        return false;
    size_t j = i;
    while (j > 0 && in_date[j - 1] && t[j - 1].line == t[i].line)
        j--;
    return j > 0 && t[j - 1].line == t[i].line && gap_before(s, t, j) && bullet_line(s, t[i].off);
}

/* Is token i the last of a listed item's headline in title case, with
 * no stop, the item's text on the lines under it ("> Top 5 Massive
 * Chinese Fundings in 2017 and the Companies Behind Them" / "Didi
 * Chuxing - USD 5.5 billion + USD 4 billion.")?  The headline is a
 * sentence of its own. */
static bool item_headline_end(const char *s, const struct token *t, size_t i)
{
    if (t[i].kind == TK_PUNCT || !bullet_line(s, t[i].off))
        return false;
    size_t a = i;
    while (a > 0 && t[a - 1].line == t[i].line)
        a--;
    int words = 0, caps = 0;
    for (size_t j = a; j <= i; j++)
        if (t[j].kind == TK_WORD && t[j].len >= 4) {
            words++;
            caps += (t[j].flags & TF_CAP) != 0;
        }
    return words >= 3 && caps * 4 >= words * 3 && (t[i + 1].flags & TF_CAP);
}

/* Does the line of token i hold three fields at least, parted by wide
 * gaps (a row of a table of names)? */
static bool gapped_line(const char *s, const struct token *t, size_t n, size_t i)
{
    size_t a = i, b = i;
    while (a > 0 && t[a - 1].line == t[i].line)
        a--;
    while (b < n && t[b].line == t[i].line)
        b++;
    /* (blanks, not marks no token holds: '".CN" domain names') */
    int gaps = 0;
    for (size_t j = a + 1; j < b; j++)
        gaps += gap_before(s, t, j) && (s[t[j].off - 1] == '\t' || (s[t[j].off - 1] == ' ' && s[t[j].off - 2] == ' '));
    return gaps >= 2;
}

/* Mark the tokens of the block's card lines: a line of two fields or
 * more, or of one next to another line of fields ("Round: Series B" over
 * "Lead: Sequoia Capital China").  Each such line is a sentence of its own. */
static void mark_cards(const char *s, size_t len, const struct token *t, size_t n, bool *in_card)
{
    int prev = 0, cur = n ? card_line(s, len, t[0].off) : 0;
    for (size_t i = 0, e = 0; i < n; i = e) {
        e = i;
        while (e < n && t[e].line == t[i].line)
            e++;
        bool adjacent = e < n && t[e].line == t[i].line + 1;
        /* (the next line's count is this one's in the next round) */
        int next = e < n ? card_line(s, len, t[e].off) : 0;
        bool card = cur >= 2 || (cur == 1 && (prev || (adjacent && next)));
        /* (an indented line that goes on a field, between two lines of
         * fields: "Investors: Tencent (lead), Hillhouse || Capital;
         * existing backer IDG Capital followed") */
        if (!card && cur == 0 && prev && adjacent && next && t[i].off > 0 && s[t[i].off - 1] == ' ')
            card = true;
        for (size_t j = i; j < e; j++)
            in_card[j] = card;
        prev = adjacent ? cur : 0;
        cur = next;
    }
}

/* Scan the block at hand, learn whether it is a heading (which dates the
 * block under it), and unless context_only, extract its facts. */
/* The block's sentences in Chinese ("截至2023年12月，我国网民规模达10.92亿人"):
 * their facts, as zh.c reads them, the country's, dated by their sentence
 * or else by the document's year. */
static void zh_block(struct doc *d, const struct block *b, size_t facts_before)
{
    /* (its tokens tell, fewer than its bytes: a figure written in Chinese
     * prose touches a character, "达10.92亿人", "增长11.6%", a character
     * being a mark of three bytes to the scanner; a gloss in brackets,
     * "Baidu (百度)", has none) */
    bool cjk = false;
    const struct token *tv = d->tok.v;
    for (size_t i = 0; i < d->tok.n && !cjk && d->zh; i++) {
        if (tv[i].kind != TK_NUM)
            continue;
        const struct token *p = i > 0 ? &tv[i - 1] : NULL, *q = i + 1 < d->tok.n ? &tv[i + 1] : NULL;
        cjk = (p && p->kind == TK_PUNCT && p->len == 3 && p->off + 3 == tv[i].off && zh_any(b->text + p->off, 3)) ||
              (q && q->kind == TK_PUNCT && q->len == 3 && tv[i].off + tv[i].len == q->off && zh_any(b->text + q->off, 3)) ||
              zh_any(b->text + tv[i].off, tv[i].len);
    }
    if (!cjk)
        return;
    struct zh_fact few[64], *zf = few;
    size_t cap = sizeof few / sizeof *few;
    size_t nz = zh_read(d->r, d->zh, b->text, b->len, zf, cap);
    /* (more than the room: read again with room for them all, and the
     * levels derived from them, which a full array had left out) */
    while (nz > cap) {
        cap = 2 * nz;
        if (zf != few)
            free(zf);
        zf = xmalloc(cap * sizeof *zf);
        nz = zh_read(d->r, d->zh, b->text, b->len, zf, cap);
    }
    /* (the English engine's facts of the block end here) */
    size_t english_end = ((const struct chunk *)d->ctx)->nf;
    /* (the lines counted once, as the facts go: they come in order) */
    long line = b->line;
    size_t counted = 0;
    for (size_t i = 0; i < nz && !d->stop; i++) {
        const struct zh_fact *z = &zf[i];
        const struct rule *ru = &d->r->v[z->rule];
        const struct rule *lr = &d->r->v[z->of];
        /* (the country's: its section names no other by default) */
        if (lr->no_fallback || lr->no_write || lr->no_national || (lr->fallback && strcmp(lr->fallback, "China") != 0) ||
            (lr->entity == EK_FIXED && (!lr->entity_text || strcmp(lr->entity_text, "China") != 0)))
            continue;
        struct date w = {z->y, z->m, z->d, 0};
        if (!w.y && d->doc_year)
            w.y = d->doc_year + (z->rel < 0 ? -1 : 0);
        if (z->at < counted) {
            line = b->line;
            counted = 0;
        }
        for (; counted < z->at && counted < b->len; counted++)
            line += b->text[counted] == '\n';
        double value = z->derived && !z->growth ? to_decimals(z->value, 4) : z->value;
        /* (not a gloss in Chinese of a figure the English beside it gave:
         * "numbered 1.091 billion (手机网民规模达10.91亿人)"; nor a level
         * derived again, from a rate after its increase: "增加了7300万,年增长率
         * 为53.3%") */
        const struct chunk *ch = d->ctx;
        bool said = false;
        for (size_t j = i > 8 ? i - 8 : 0; j < i && z->derived && !said; j++)
            said = zf[j].derived && zf[j].rule == z->rule && zf[j].y == z->y && zf[j].m == z->m && zf[j].d == z->d &&
                   fabs(zf[j].value - z->value) <= 0.005 * fabs(z->value) && zf[j].at <= z->at &&
                   !memmem(b->text + zf[j].at, z->at - zf[j].at, "。", strlen("。"));
        for (size_t k = facts_before; k < english_end && !said; k++)
            said = strcmp(ch->f[k].indicator, ru->id) == 0 && labs(ch->f[k].line - line) <= 1 &&
                   fabs(ch->f[k].value - value) <= 0.005 * fabs(value);
        if (said)
            continue;
        /* (the clause on the figure's line) */
        size_t qa = z->a, qb = z->b;
        for (size_t k = z->at; k > qa; k--)
            if (b->text[k - 1] == '\n') {
                qa = k;
                break;
            }
        for (size_t k = z->at; k < qb; k++)
            if (b->text[k] == '\n') {
                qb = k;
                break;
            }
        while (qa < qb && (b->text[qa] == ' ' || b->text[qa] == '\t'))
            qa++;
        while (qb > qa && (b->text[qb - 1] == ' ' || b->text[qb - 1] == '\t' || b->text[qb - 1] == '\r'))
            qb--;
        if (qb - qa > 400)
            qb = qa + 400;
        struct buf q;
        buf_init(&q);
        clean_utf8(&q, b->text + qa, qb - qa);
        char *quote = q.p ? q.p : xstrdup("");
        char note[256], x[NUM_FMT_MAX], y[NUM_FMT_MAX], c[NUM_FMT_MAX];
        if (z->derived) {
            num_fmt(z->level_value, x);
            num_fmt(z->change, y);
            num_fmt(value, c);
            snprintf(note, sizeof note, z->growth ? "derived: %s / (1 + %s/100) = %s" : "derived: %s - %s = %s", x,
                     y, c);
        } else if (z->phrase >= 0 && (size_t)z->phrase < lr->zh.n) {
            snprintf(note, sizeof note, "cue: %s", lr->zh.v[z->phrase].text);
        } else {
            snprintf(note, sizeof note, "cue: %s", ru->change == CH_GROWTH ? "growth" : "increase");
        }
        char eb[SEG_ENTITY_MAX];
        emit_fact(d, ru->id, seg_entity(lr, d->place ? d->place : "China", eb, sizeof eb), &w, value, z->unit, z->q,
                  z->derived, line, quote, note);
        free(quote);
    }
    if (zf != few)
        free(zf);
}

/* The period a news item's lead names, looked for in each block until its
 * lead is read (the block's tokens t[0, n), its dates d->dates): the
 * quarter or half of its first block of prose ("China's mobile payments
 * continued fast growth in the second quarter of 2018"), or of a title of
 * a few words before it ("China's mobile payment surge in Q3"), or the
 * year before the one of writing that a lead of no figure names ("...
 * registered rapid growth in 2021", in an item of April 2022; not "GMV
 * increased from RMB250.8 billion in 2014 to ..."). */
static void lead_period_of(struct doc *d, const struct token *t, size_t n)
{
    if (d->lead_done || n < 3)
        return;
    bool lead = n >= 12 && (t[n - 1].flags & TF_SENT_END);
    bool title = !lead && !d->lead_period.y && n < 16 && !(t[n - 1].flags & TF_SENT_END) && d->bline <= 4;
    if (!lead && !title)
        return;
    d->lead_done = lead;
    bool figure = false;
    for (size_t x = 0; x < n && !figure; x++)
        figure = is_quantity(&t[x]);
    unsigned part = title ? DF_QUARTER | DF_QUARTER_YEAR : DF_QUARTER | DF_FIRST_HALF | DF_QUARTER_YEAR | DF_QUARTER_END;
    for (size_t x = 0; x < d->dates.n; x++) {
        const struct date_expr *e = &d->dates.v[x];
        int y = e->when.y ? e->when.y : d->doc_year;
        if (e->rel == DR_ABS && e->when.m && !e->when.d && !e->when.y2 && y == d->doc_year && (e->flags & part) &&
            !(e->flags & (DF_COMPARE | DF_SAME_PERIOD))) {
            d->lead_period = (struct date){.y = y, .m = e->when.m};
            return;
        }
        if (lead && !figure && e->rel == DR_ABS && e->when.y && e->when.y == d->doc_year - 1 && !e->when.m &&
            !e->when.y2 && (e->flags & DF_LEAD) && !(e->flags & (DF_COMPARE | DF_BOUND | DF_SAME_PERIOD))) {
            d->lead_period = (struct date){.y = e->when.y};
            return;
        }
    }
}

static void process_block(struct doc *d, bool context_only)
{
    struct block b = {d->bp, d->blen, d->bline};
    d->places_s = NULL; /* a new block: no sentence's places known */
    d->dec_para_y = 0;
    d->first_qty_known = false;
    d->within_known = false;
    d->this_table = false;
    scan_block(&b, &d->tok);
    drop_glosses(b.text, &d->tok);
    brands_mark(&d->brands, b.text, d->tok.v, d->tok.n, true);
    const struct token *t = d->tok.v;
    size_t n = d->tok.n;
    /* (the CNNIC named, by its initials or its name: its words, not the
     * block's bytes, are looked at) */
    for (size_t i = 0; i < n && !d->cnnic; i++)
        d->cnnic = tok_is(&t[i], WH(cnnic)) || (tok_is(&t[i], WH(network)) && i + 1 < n && tok_is(&t[i + 1], WH(information)));
    /* a chronology's year on a line of its own ("1999", "2000:", "==
     * 2001 =="): the year of the entries under it, up to the next */
    {
        size_t i = 0, years = 0, y = 0;
        for (; i < n && t[i].line == t[0].line; i++) {
            if (t[i].kind == TK_NUM && (t[i].flags & TF_YEAR) && t[i].len == 4) {
                years++;
                y = i;
            } else if (t[i].kind != TK_PUNCT) {
                break;
            }
        }
        if (n && years == 1 && (i == n || t[i].line != t[0].line))
            d->section_year = (int)t[y].value;
    }
    period_find(b.text, t, n, &d->dates);
    d->has_base = false;
    memset(&d->item_day, 0, sizeof d->item_day);
    d->festival_block = false;
    for (size_t i = 0; i < d->dates.n; i++)
        d->festival_block = d->festival_block || (d->dates.v[i].when.m == 11 && d->dates.v[i].when.d == 11);
    /* (or of JD's 618, a month's festival: "the '618' sale") */
    d->june_block = false;
    for (size_t i = 0; i + 1 < n && !d->june_block; i++) {
        static const char *const fest[] = {"festival", "sale", "sales", "shopping", "event", "promotion", "gmv", "total"};
        size_t j = i + 1;
        if (j + 1 < n && t[j].kind == TK_PUNCT && (t[j].flags & TF_QUOTE))
            j++;
        d->june_block = t[i].len == 3 && memcmp(b.text + t[i].off, "618", 3) == 0 && !t[i].unit &&
                        t[j].kind == TK_WORD && str_ieq_any(b.text + t[j].off, t[j].len, fest, sizeof fest / sizeof *fest);
    }
    if (!d->doc_day) {
        /* ("on Monday" is no date without the day of writing, or a day
         * the text names that is a Monday) */
        for (size_t i = 0; i < d->dates.n; i++) {
            const struct date_expr *e = &d->dates.v[i];
            int y = e->when.y ? e->when.y : d->doc_year;
            if (e->rel == DR_ABS && y && e->when.m && e->when.d && !e->when.y2 && !(e->flags & DF_COMPARE))
                d->day_named = (struct date){.y = y, .m = e->when.m, .d = e->when.d};
        }
        size_t w = 0;
        struct date wd;
        for (size_t i = 0; i < d->dates.n; i++)
            if (d->dates.v[i].rel != DR_WEEKDAY || weekday_named(d, &d->dates.v[i], &wd))
                d->dates.v[w++] = d->dates.v[i];
        d->dates.n = w;
    }
    if (d->trace) {
        fprintf(stderr, "block L%ld-L%ld\n", d->bline, d->bline + (long)d->blines - 1);
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "[%zu %d %.*s %g %s %#x L%ld] ", i, (int)t[i].kind, (int)t[i].len, b.text + t[i].off,
                    t[i].value, t[i].unit ? t[i].unit : "-", t[i].flags, t[i].line);
        fputc('\n', stderr);
        for (size_t i = 0; i < d->dates.n; i++)
            fprintf(stderr, "date %zu-%zu %d-%d-%d/%d rel %d flags %#x\n", d->dates.v[i].first, d->dates.v[i].last,
                    d->dates.v[i].when.y, d->dates.v[i].when.m, d->dates.v[i].when.d, d->dates.v[i].when.y2,
                    (int)d->dates.v[i].rel, d->dates.v[i].flags);
    }
    if (d->background_cap < d->dates.n + 1) {
        d->background_cap = d->dates.n + 1;
        d->background = xrealloc(d->background, d->background_cap * sizeof *d->background);
        d->picked = xrealloc(d->picked, d->background_cap * sizeof *d->picked);
    }
    memset(d->background, 0, (d->dates.n + 1) * sizeof *d->background);
    memset(d->picked, 0, (d->dates.n + 1) * sizeof *d->picked);
    if (d->in_date_cap < n + 1) {
        d->in_date_cap = n + 1;
        d->in_date = xrealloc(d->in_date, d->in_date_cap * sizeof *d->in_date);
        d->in_table = xrealloc(d->in_table, d->in_date_cap * sizeof *d->in_table);
        d->in_card = xrealloc(d->in_card, d->in_date_cap * sizeof *d->in_card);
    }
    memset(d->in_date, 0, (n + 1) * sizeof *d->in_date);
    memset(d->in_table, 0, (n + 1) * sizeof *d->in_table);
    mark_cards(b.text, b.len, t, n, d->in_card);
    for (size_t i = 0; i < d->dates.n; i++)
        for (size_t j = d->dates.v[i].first; j <= d->dates.v[i].last && j < n; j++)
            d->in_date[j] = true;
    skip_dateline(b.text, d->tok.v, n, d->in_date);

    /* a heading: one short line that starts with a date */
    int words = 0;
    bool sentence_inside = false;
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind == TK_WORD || t[i].kind == TK_NUM)
            words++;
        if ((t[i].flags & TF_SENT_END) && i + 1 < n)
            sentence_inside = true;
    }
    /* ... and is no sentence: "On 11 November 2013, Tmall recorded sales of
     * 35 billion yuan." dates itself, not the paragraphs after it */
    bool full_stop = n > 0 && (t[n - 1].flags & TF_SENT_END) && words > 6;
    /* (or a short title that ends with its date: "Key figures, end of 2013") */
    const struct date_expr *last_date = d->dates.n ? &d->dates.v[d->dates.n - 1] : NULL;
    /* (or its date in brackets: "Key Platforms (as at September 30, 2014)";
     * a colon after either: "Highlights of the Third Quarter of 2012:",
     * "Key Platforms (as at 30 September 2015):") */
    size_t head_end = n && t[n - 1].kind == TK_PUNCT && b.text[t[n - 1].off] == ':' ? n - 1 : n;
    /* (the date in brackets, past "as at" or "as of": "Key Platforms
     * Operating Highlights (as at 30 September 2016)") */
    size_t df = last_date ? last_date->first : 0;
    if (df >= 3 && (str_ieq(b.text + t[df - 1].off, t[df - 1].len, "at") || tok_is(&t[df - 1], WH(of))) &&
        tok_is(&t[df - 2], WH(as)))
        df -= 2;
    /* (or a lead into a list, its colon after its date: "Here is what
     * Kuaishou reported for the three months to March 31, 2021:") */
    bool lead = head_end + 1 == n && words <= 16;
    bool ends_dated = last_date && (words <= 8 || (words <= 14 && df > 0 && (t[df - 1].flags & TF_OPEN)) || lead) &&
                      last_date->rel == DR_ABS &&
                      (last_date->last + 1 >= head_end ||
                       (last_date->last + 2 == head_end && (t[head_end - 1].flags & TF_CLOSE) && !last_date->when.y2)) &&
                      !(last_date->flags & (DF_COMPARE | DF_BOUND)) && n > 0 &&
                      (t[0].kind == TK_WORD ||
                       /* (past a section's number: "6.1 Number of holders ... (30 June 2019)") */
                       (n > 1 && t[0].kind == TK_NUM && !(t[0].flags & TF_YEAR) && t[0].value < 100 &&
                        t[1].kind == TK_WORD && (t[1].flags & TF_CAP))) &&
                      /* not a byline's date of writing: "By Jane Doe, 12 March 2015", "Updated: ..." */
                      !str_ieq(b.text + t[0].off, t[0].len, "by") && !str_ieq(b.text + t[0].off, t[0].len, "published") &&
                      !str_ieq(b.text + t[0].off, t[0].len, "updated") && !str_ieq(b.text + t[0].off, t[0].len, "posted") &&
                      !str_ieq(b.text + t[0].off, t[0].len, "date");
    if (d->blines == 1 && words <= 14 && !sentence_inside && !full_stop && d->dates.n > 0 &&
        ((d->dates.v[0].first <= 1 && d->dates.v[0].rel == DR_ABS) || ends_dated) && !timestamp_line(b.text, t, n)) {
        /* (a range of days before the year: "Deals announced July 20 -
         * 26, 2015" is of July 2015) */
        int range_m = 0;
        if (ends_dated && d->dates.n >= 2 && last_date[-1].when.m && !last_date[-1].when.y &&
            last_date[-1].last + 6 > last_date->first)
            range_m = last_date[-1].when.m;
        if (ends_dated && !(d->dates.v[0].first <= 1 && d->dates.v[0].rel == DR_ABS))
            d->dates.v[0] = *last_date; /* (the heading's date is the last) */
        struct date w;
        /* (a chronology's entry is of the year it is under: "January --
         * SoftBank invests US$20 million" under "2000") */
        struct date ctx = {.y = d->section_year ? d->section_year : d->doc_year};
        if (period_resolve(&d->dates.v[0], &ctx, &w)) {
            /* (a month after the dateline's, without its year, is the last
             * one gone by: "SINGLES' DAY" over a story of February 2017 is
             * of November 2016) */
            if (!d->section_year && w.y == d->doc_year && month_gone_by(d, &d->dates.v[0]))
                w.y--;
            if (w.y2) {
                w.y = w.y2;
                w.y2 = 0;
            }
            if (!w.m && range_m)
                w.m = range_m;
            /* (not a release's date of publication over its text, after
             * the year it reports on: "Hong Kong, 20 March 2013" under
             * "Annual results for the year ended 31 December 2012") */
            bool published = b.line <= 6 && !d->section_year && d->doc_year && w.y > d->doc_year && !w.y2;
            if (!published) {
                d->heading = w;
                d->has_heading = true;
                d->blocks_since_heading = 0;
            }
        }
    } else if (d->has_heading && !(bullet_line(b.text, 0) && d->heading_items) && ++d->blocks_since_heading > 1) {
        /* a heading dates the entry right under it, not the blocks after */
        d->has_heading = false;
    }
    /* (a heading over a list dates all its items: "September Quarter 2014
     * Business Highlights" over "- GMV ...", "- Mobile GMV ...") */
    if (d->has_heading && d->blocks_since_heading <= 1 && bullet_line(b.text, 0))
        d->heading_items = true;
    else if (!bullet_line(b.text, 0))
        d->heading_items = false;
    /* a chronology's month on a line of its own over its entries
     * ("May", "July 1999", "March:"): it dates them, as a heading does
     * the block under it ("May" is no date in prose) */
    if (n >= 1 && t[0].kind == TK_WORD && (t[0].flags & TF_CAP)) {
        size_t e = 1;
        int y = d->section_year ? d->section_year : d->doc_year;
        if (e < n && t[e].line == t[0].line && t[e].kind == TK_NUM && (t[e].flags & TF_YEAR)) {
            y = (int)t[e].value;
            e++;
        }
        if (e < n && t[e].line == t[0].line && t[e].kind == TK_PUNCT && b.text[t[e].off] == ':')
            e++;
        int m = e == n || t[e].line != t[0].line ? scan_month(b.text + t[0].off, t[0].len) : 0;
        if (m > 0 && y) {
            d->heading = (struct date){.y = y, .m = m};
            d->has_heading = true;
            /* (the entries in its block, or in the block under it) */
            d->blocks_since_heading = e == n ? 0 : 1;
            for (size_t i = 0; i < e; i++)
                d->in_date[i] = true;
        }
    }
    if (context_only)
        return;
    size_t facts_before = ((const struct chunk *)d->ctx)->nf;
    /* a table's unit on a line of its own ("Unit: 10,000 users") counts nothing */
    for (size_t i = 0; i + 2 < n; i++) {
        if ((i > 0 && t[i].line == t[i - 1].line) || t[i].kind != TK_WORD ||
            !(str_ieq(b.text + t[i].off, t[i].len, "unit") || str_ieq(b.text + t[i].off, t[i].len, "units")) ||
            t[i + 1].kind != TK_PUNCT || b.text[t[i + 1].off] != ':')
            continue;
        /* (not the header of a table that opens with its unit: "Unit:
         * million   3Q2015   4Q2015   1Q2016") */
        int periods = 0;
        for (size_t j = i + 2; j < n && t[j].line == t[i].line; j++) {
            bool digit = false;
            for (size_t c = 0; c < t[j].len && t[j].kind == TK_WORD && !digit; c++)
                digit = is_digit((unsigned char)b.text[t[j].off + c]);
            periods += (t[j].kind == TK_NUM && (t[j].flags & TF_YEAR)) || digit;
        }
        if (periods >= 2)
            continue;
        for (size_t j = i; j < n && t[j].line == t[i].line; j++)
            d->in_table[j] = true;
    }
    /* ... nor a scale a line states for what it names: "Number of
     * transactions in 100 million; value in RMB trillion" */
    /* (or a part's name and a colon before it: "(number: 100 million
     * transactions; value: trillion yuan; growth: %)") */
    for (size_t i = 0; i + 1 < n; i++) {
        const struct token *q = &t[i + 1];
        bool named = i > 0 && t[i].kind == TK_PUNCT && b.text[t[i].off] == ':' && t[i - 1].kind == TK_WORD &&
                     t[i].line == q->line;
        if (!(tok_is(&t[i], WH(in)) || named) || !is_quantity(q) || !num_power_of_ten(q->value, 100) ||
            (q->unit && strcmp(q->unit, "CNY") != 0 && strcmp(q->unit, "USD") != 0))
            continue;
        size_t e = i + 2;
        if (e < n && t[e].line == q->line && t[e].kind == TK_WORD &&
            (scan_currency_code(b.text + t[e].off, t[e].len) || str_ieq(b.text + t[e].off, t[e].len, "yuan")))
            e++;
        /* (or of a noun: "Volume in 100 million transactions; value in RMB
         * trillion") */
        else if (e + 1 < n && t[e].line == q->line && t[e].kind == TK_WORD && !(t[e].flags & TF_CAP) &&
                 t[e + 1].kind == TK_PUNCT && b.text[t[e + 1].off] == ';')
            e++;
        if (e == n || t[e].line != q->line ||
            (t[e].kind == TK_PUNCT && strchr(";)", b.text[t[e].off]) && t[e].len == 1))
            d->in_table[i + 1] = true;
    }
    /* ... nor does a caption's in brackets: "Main indicators (unit: 10,000
     * subscribers)" */
    for (size_t i = 1; i + 2 < n; i++) {
        if (!(t[i - 1].flags & TF_OPEN) || t[i].kind != TK_WORD ||
            !(str_ieq(b.text + t[i].off, t[i].len, "unit") || str_ieq(b.text + t[i].off, t[i].len, "units")) ||
            t[i + 1].kind != TK_PUNCT || b.text[t[i + 1].off] != ':')
            continue;
        for (size_t j = i; j < n && j < i + 8 && !(t[j].flags & TF_CLOSE); j++)
            d->in_table[j] = true;
    }
    /* ... nor the cells of a column of units under a header's "Unit":
     * "Mobile phone users     10,000 users     943.2", "3G base stations
     * 10,000     -     60.2" */
    bool unit_head = false;
    for (size_t i = 1; i < n && !unit_head; i++)
        unit_head = t[i].kind == TK_WORD && gap_before(b.text, t, i) && t[i].len == 4 &&
                    str_ieq(b.text + t[i].off, 4, "unit") && (i + 1 >= n || t[i + 1].line != t[i].line ||
                                                              gap_before(b.text, t, i + 1));
    for (size_t i = 1; unit_head && i < n; i++) {
        if (!is_quantity(&t[i]) || !gap_before(b.text, t, i) || !num_power_of_ten(t[i].value, 10) ||
            (t[i].unit && strcmp(t[i].unit, "CNY") != 0 && strcmp(t[i].unit, "USD") != 0))
            continue;
        size_t e = i + 1;
        while (e < n && t[e].line == t[i].line && t[e].kind == TK_WORD && !gap_before(b.text, t, e))
            e++;
        if (e >= n || t[e].line != t[i].line || gap_before(b.text, t, e))
            d->in_table[i] = true;
    }
    /* ... nor a unit in brackets, a field of a header whose fields wide
     * gaps part: "(10,000 accounts)", "(100 million yuan)" under "Number
     * of holders", "Net assets" */
    for (size_t i = 1; i + 1 < n; i++) {
        if (!is_quantity(&t[i]) || !(t[i - 1].flags & TF_OPEN) || !num_power_of_ten(t[i].value, 10) ||
            t[i - 1].line != t[i].line)
            continue;
        size_t e = i + 1;
        while (e < n && e < i + 4 && t[e].kind == TK_WORD && t[e].line == t[i].line)
            e++;
        if (e >= n || !(t[e].flags & TF_CLOSE) || t[e].line != t[i].line)
            continue;
        /* (or one that ends a caption's line: "Table 7  Users of network
         * applications (10,000 users)") */
        bool field = (i >= 2 && gap_before(b.text, t, i - 1)) ||
                     (e + 1 < n && t[e + 1].line == t[e].line && gap_before(b.text, t, e + 1)) ||
                     (i >= 2 && t[i - 2].kind == TK_WORD && t[i - 2].line == t[i].line &&
                      (e + 1 == n || t[e + 1].line != t[e].line));
        if (field)
            d->in_table[i] = true;
    }
    /* a table of years: its figures by column, none of them read as prose */
    /* (the caches of contexts met, this block's and the one before's) */
    d->ctx_ok = xrealloc(d->ctx_ok, (d->r->n ? d->r->n : 1));
    memset(d->ctx_ok, -1, d->r->n);
    d->prev_ctx_ok = xrealloc(d->prev_ctx_ok, (d->r->n ? d->r->n : 1));
    memset(d->prev_ctx_ok, -1, d->r->n);
    d->prevctx_read = false;
    /* (a header and one row at least, figures past wide gaps on both) */
    if (d->blines >= 3 || (d->blines == 2 && tabular(b.text, b.len))) {
        /* (what its caption or the title speaks of: "Table: Yu'e Bao net
         * assets" over "Net assets (billion yuan)") */
        for (size_t ri = 0; ri < d->r->n; ri++)
            d->outer_ctx[ri] = d->r->v[ri].context.n && (prev_context_met(d, ri) || title_context_met(d, ri));
        /* (the caption is the block before; or, under a caption that gives
         * a unit, the one before the table before: "3.1 Key accounting
         * data (Unit: RMB yuan)" over two tables) */
        /* (a table's is read only where the block before it could be one:
         * the test reads the whole block) */
        bool prev_tab = d->prev_table || (d->prev.len && d->prev2.len && caption_lines(d->prev2.text, d->prev2.len) &&
                                          says_unit(d->prev2.text, d->prev2.len) && tabular(d->prev.text, d->prev.len));
        const struct block *cap = d->prev.len && !prev_tab && caption_lines(d->prev.text, d->prev.len) ? &d->prev
                                  : prev_tab && d->prev2.len && caption_lines(d->prev2.text, d->prev2.len) &&
                                          says_unit(d->prev2.text, d->prev2.len)
                                      ? &d->prev2
                                      : NULL;
        /* (and the one before it, where the caption is a paragraph of prose
         * between a caption and the rows) */
        const struct block *cap2 = cap == &d->prev && d->prev2.len && caption_lines(d->prev2.text, d->prev2.len)
                                       ? &d->prev2
                                       : NULL;
        d->this_table =
            table_read(d->r, b.text, t, n, table_cell, d, d->in_table, cap, cap2, d->prev.len ? &d->prev : NULL,
                       d->doc_year, d->outer_ctx, d->trace) > 0;
    }
    if (d->blines >= 2)
        table_stray_rows(b.text, t, n, d->in_table);

    struct sent whole = {b.text, t, n, 0, n, 0, 0, NULL, d->in_date, d->r, d->issuer, false, false, d->manager, d->place};
    struct sent st = whole;
    struct topic topic_v = {.whole = &whole, .r = d->r, .deal_sent = SIZE_MAX, .sent_at = SIZE_MAX,
                            .prev = d->prev.len ? &d->prev : NULL, .prev_tok = &d->prev_tok, .brands = &d->brands,
                            .prev2 = d->prev2.len ? &d->prev2 : NULL, .carry_ind = d->carry_ind,
                            .carry_ent = d->carry_ent};
    struct topic *topic = &topic_v;
    struct date para = {0}, lead_para = {0};
    bool para_has = false, lead_has = false, in_list_items = false;
    struct date card_para = {0};
    bool card_has = false;
    d->back_at = SIZE_MAX;
    d->back_para = d->last_para;
    d->back_has = d->last_has;
    d->last_has = false;
    if (d->colon_has && bullet_line(b.text, 0)) {
        para = d->colon_para;
        para_has = true;
    }
    /* a paragraph of prose right under one of prose, no blank line
     * between (a hard-wrapped item whose sentence ended on a short line),
     * goes on speaking of the date that one spoke of: "E-payment business
     * kept rapid development in Q2 2015. ... up 44.57% YoY." / "Non-bank
     * agencies had 20.66 billion online payment transactions" */
    /* (wrapped lines both: a paragraph on one long line is a
     * paragraph, its break no wrap's) */
    else if (d->back_has && d->prev.len && d->prev_end == d->bline && d->prev_end - d->prev.line >= 2 &&
             d->blines >= 2 && !d->prev_table &&
             ends_with_stop(d->prev.text, d->prev.len) && d->prev.len > 80 && n > 0 && t[0].kind == TK_WORD &&
             (t[0].flags & TF_CAP) && !bullet_line(b.text, 0)) {
        para = d->back_para;
        para_has = true;
    }
    d->colon_has = false;
    size_t a = 0;
    d->da = 0;
    for (size_t i = 0; i <= n && !d->stop; i++) {
        /* a sentence ends at its full stop; a run-on one is cut at a clause
         * mark after 120 tokens, and anyhow after 400 */
        /* (and an item of a list ends where the next one opens its line;
         * so does a row of fields parted by wide gaps over another, each
         * its own: "6   Jiedaibao   P2P lending   Series A   RMB1,000M
         * Renhe Capital   Aug 19") */
        if (i < n && !(t[i].flags & TF_SENT_END) &&
            !(i - a >= 120 && (is_clause_break(&t[i]) || (t[i].kind == TK_PUNCT && b.text[t[i].off] == ','))) &&
            i - a < 400 &&
            !(i + 1 < n && t[i + 1].line != t[i].line &&
              (bullet_line(b.text, t[i + 1].off) || d->in_card[i] || d->in_card[i + 1] ||
               (gapped_line(b.text, t, n, i) && gapped_line(b.text, t, n, i + 1)) ||
               headline_day_end(b.text, t, d->in_date, i) || item_headline_end(b.text, t, i))))
            continue;
        st.pa = st.a;
        st.pb = st.b == n ? st.a : st.b; /* the first sentence has none before it */
        st.a = a;
        st.b = i < n ? i + 1 : n;
        st.card = st.b > st.a && d->in_card[st.a];
        st.under_card = !st.card && st.b > st.a && st.a > 0 && d->in_card[0] && !d->in_card[st.a];
        /* a card's title, the line over its fields, names what they count;
         * or its field of that name ("Company: Yunji Cloud") */
        char *named = st.card ? card_subject(&st) : NULL;
        if (named) {
            free(topic->card);
            topic->card = named;
        } else if (st.card && !topic->card && (st.pb == st.pa || !d->in_card[st.pa])) {
            topic->card = card_title(&st, topic);
        }
        while (d->da < d->dates.n && d->dates.v[d->da].first < st.a)
            d->da++;
        d->db = d->da;
        while (d->db < d->dates.n && d->dates.v[d->db].first < st.b) {
            /* (the text speaks of Singles' Day, November 11) */
            if (d->dates.v[d->db].when.m == 11 && d->dates.v[d->db].when.d == 11)
                d->festival = true;
            d->db++;
        }
        if (st.b > st.a) {
            /* an item of a digest's list is a story of its own: the date
             * one item speaks of is not the next one's, the date of the
             * lead before the list is every item's (a press release's
             * highlights go on speaking of one period) */
            if (item_at(b.text, t[st.a].off) && (d->digest || numbered_item_at(b.text, t[st.a].off))) {
                if (!in_list_items) {
                    in_list_items = true;
                    lead_para = para;
                    lead_has = para_has;
                }
                para = lead_para;
                para_has = lead_has;
            }
            /* so is each line of a card's fields: "Founded: August 2011"
             * dates not "Revenue: CN¥5.06 billion (2020)" */
            if (st.card && (st.a == 0 || t[st.a - 1].line != t[st.a].line)) {
                if (!(st.pb > st.pa && d->in_card[st.pa])) {
                    card_para = para;
                    card_has = para_has;
                    /* (a field of its date on a later line dates the
                     * card's figures above it too: "Amount: US$30
                     * million || Date: May 18") */
                    struct date w;
                    if (card_date_ahead(d, b.text, t, n, st.a, card_has ? &card_para : NULL, &w)) {
                        card_para = para = w;
                        card_has = para_has = true;
                    }
                }
                para = card_para;
                para_has = card_has;
            }
            /* (a title line over a card dated by a field of it dates
             * with the card: "1. Xiaohongshu | Pre-IPO round | US$500
             * million" over "Date: August 31") */
            if (t[st.a].line == t[0].line && !st.card && st.b < n && d->in_card[st.b] && t[st.b].line == t[0].line + 1 &&
                t[st.b - 1].line == t[0].line) {
                struct date w;
                if (card_date_ahead(d, b.text, t, n, st.b, para_has ? &para : NULL, &w)) {
                    para = w;
                    para_has = true;
                }
            }
            do_sentence(d, &st, topic, &para, &para_has);
            /* (a card's field of its date dates the card: "Date: Mar 21") */
            if (st.card && card_dated(b.text, t, st.a, st.b))
                for (size_t x = 0; x < d->dates.n; x++) {
                    struct date w;
                    if (d->dates.v[x].first >= st.a && d->dates.v[x].first < st.b &&
                        date_of(d, &d->dates.v[x], card_has ? &card_para : NULL, &w)) {
                        card_para = para = w;
                        card_has = para_has = true;
                        break;
                    }
                }
        }
        a = i + 1;
    }
    d->last_para = para;
    d->last_has = para_has && !d->para_now;
    d->para_now = false;
    lead_period_of(d, t, n);
    /* (the last year the block names, for "that year" in a block after) */
    for (size_t x = d->dates.n; x-- > 0;)
        if (d->dates.v[x].rel == DR_ABS && d->dates.v[x].when.y && !d->dates.v[x].when.y2) {
            d->year_named = d->dates.v[x].when.y;
            break;
        }
    /* (a paragraph that ends with a colon frames the list after it) */
    d->colon_has = para_has && n > 0 && t[n - 1].kind == TK_PUNCT && b.text[t[n - 1].off] == ':';
    d->colon_para = para;
    if (para_has && para.m && !para.y2)
        d->month_para = para;
    free(d->carry_ent);
    d->carry_ent = topic_v.last.ent;
    topic_v.last.ent = NULL;
    d->carry_ind = d->carry_ent ? topic_v.last.ind : NULL;
    d->carry_money_ind = topic_v.last_money_ind;
    d->carry_sec = topic_v.last.sec;
    d->carry_when = topic_v.last.when;
    d->carry_has_when = topic_v.last.has_when;
    d->carry_value = topic_v.last.value;
    d->carry_decimals = topic_v.last.decimals;
    d->carry_q = topic_v.last.q;
    d->carry_unit = topic_v.last.unit;
    free(topic_v.name);
    free(topic_v.prev_name);
    free(topic_v.last.ent);
    free(topic_v.count.ent);
    free(topic_v.deal_ent);
    free(topic_v.deal_by);
    free(topic_v.deal_to);
    free(topic_v.sent_ent);
    free(topic_v.card);
    zh_block(d, &b, facts_before);
}

/* ---- driving a chunk ---------------------------------------------------------------- */

struct engine {
    struct doc d;
};

struct engine *engine_new(const struct rules *r)
{
    lists_init();
    struct engine *g = xcalloc(1, sizeof *g);
    struct doc *d = &g->d;
    d->r = r;
    d->trace = getenv("CNSTAT_TRACE") != NULL;
    tokens_init(&d->tok);
    tokens_init(&d->prev_tok);
    tokens_init(&d->prevctx_tok);
    tokens_init(&d->title_tok);
    dates_init(&d->dates);
    d->title_ctx_ok = xmalloc(r->n ? r->n : 1);
    d->outer_ctx = xmalloc((r->n ? r->n : 1) * sizeof *d->outer_ctx);
    d->zh = zh_index_new(r);
    return g;
}

void engine_free(struct engine *g)
{
    if (!g)
        return;
    struct doc *d = &g->d;
    tokens_fini(&d->tok);
    tokens_fini(&d->prev_tok);
    dates_fini(&d->dates);
    free(d->background);
    free(d->ni);
    free(d->ctx_ok);
    free(d->prev_ctx_ok);
    free(d->carry_ent);
    tokens_fini(&d->prevctx_tok);
    tokens_fini(&d->title_tok);
    free(d->title_ctx_ok);
    free(d->outer_ctx);
    free(d->picked);
    free(d->in_date);
    free(d->in_table);
    free(d->in_card);
    free(d->places);
    zh_index_free(d->zh);
    free(g);
}

/* A figure derived from a change whose indicator, entity and period the
 * text states exactly, a few lines from it, as another value: the text's
 * figure stands, the derived one that contradicts it goes.  (One that
 * agrees restates it, as a reader working it out would.) */
static void drop_restated(struct chunk *c)
{
    bool *drop = xcalloc(c->nf ? c->nf : 1, sizeof *drop);
    for (size_t i = 0; i < c->nf; i++) {
        const struct fact *f = &c->f[i];
        /* (the facts stand in the order of their lines: those of a few
         * lines around it are near it) */
        size_t j0 = i > 32 ? i - 32 : 0, j1 = i + 32 < c->nf ? i + 32 : c->nf;
        for (size_t j = j0; j < j1 && f->derived && f->period[0] && !drop[i]; j++)
            drop[i] = !c->f[j].derived && c->f[j].qualifier == Q_EXACT && labs(c->f[j].line - f->line) <= 3 &&
                      strcmp(c->f[j].indicator, f->indicator) == 0 && strcmp(c->f[j].entity, f->entity) == 0 &&
                      strcmp(c->f[j].period, f->period) == 0 &&
                      fabs(c->f[j].value - f->value) > 0.005 * fabs(c->f[j].value);
    }
    size_t w = 0;
    for (size_t i = 0; i < c->nf; i++) {
        if (drop[i]) {
            fact_fini(&c->f[i]);
            continue;
        }
        if (w != i)
            c->f[w] = c->f[i];
        w++;
    }
    c->nf = w;
    free(drop);
}

static int collect(void *ctx, const struct fact *f)
{
    struct chunk *c = ctx;
    if (c->nf == c->cap_f) {
        c->cap_f = c->cap_f ? 2 * c->cap_f : 16;
        c->f = xrealloc(c->f, c->cap_f * sizeof *c->f);
    }
    struct fact *o = &c->f[c->nf++];
    *o = *f;
    o->indicator = xstrdup(f->indicator);
    o->entity = xstrdup(f->entity);
    o->period = xstrdup(f->period);
    o->unit = xstrdup(f->unit ? f->unit : "");
    o->file = xstrdup(f->file);
    o->quote = xstrdup(f->quote);
    o->note = xstrdup(f->note);
    return 0;
}

/* Does a sentence of the block end before its last token? */
static bool sentences_within(const struct sent *st)
{
    for (size_t i = 0; i + 1 < st->n; i++)
        if (st->t[i].kind == TK_PUNCT && (st->t[i].flags & TF_SENT_END))
            return true;
    return false;
}

/* Does the block's text end with a full stop (or '?', '!'), past closing
 * quotes and brackets?  (Stricter than extractor.c's test of a line that
 * does not go on: a title ending in ':' or ')' has none.) */
static bool ends_with_stop(const char *s, size_t n)
{
    while (n > 0 && is_space((unsigned char)s[n - 1]))
        n--;
    while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')'))
        n--;
    /* (not the dot of initials: "..., 2nd only to U.S.") */
    if (n >= 4 && s[n - 1] == '.' && is_upper((unsigned char)s[n - 2]) && s[n - 3] == '.' &&
        is_upper((unsigned char)s[n - 4]) && (n == 4 || !is_alpha((unsigned char)s[n - 5])))
        return false;
    return n > 0 && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!');
}

/* Does a full stop end a sentence inside the text, after four lower-case
 * letters or digits at least and before a capital ("... of 2001. The
 * networks"; not "U.S. Investors", "Inc. Raises")? */
static bool inner_stop(const char *s, size_t n)
{
    for (size_t i = 4; i + 2 < n; i++) {
        if (s[i] != '.' || s[i + 1] != ' ' || !is_upper((unsigned char)s[i + 2]))
            continue;
        size_t w = i;
        while (w > 0 && (is_lower((unsigned char)s[w - 1]) || is_digit((unsigned char)s[w - 1])))
            w--;
        if (i - w >= 4)
            return true;
    }
    return false;
}

/* A title's figures (facts [ha, hb)) that the text under it (facts [ba,
 * bb)) states again take the date the text gives them, the title having
 * none but the document's year: "Kuaiyun grabs $120 million Series C" over
 * "Kuaiyun ... said on Tuesday that it has closed a $120 million Series C
 * round"; "netizens reach 649 million" over "... by the end of 2014". */
static void title_dates(struct chunk *c, size_t ha, size_t hb, size_t ba, size_t bb, bool again)
{
    /* (a title's date is the document's, its year, its month or its day) */
    char day[PERIOD_MAX] = "", month[PERIOD_MAX] = "";
    if (c->doc_year && c->doc_month && c->doc_day)
        snprintf(day, sizeof day, "%04d-%02d-%02d", c->doc_year, c->doc_month, c->doc_day);
    if (c->doc_year && c->doc_month)
        snprintf(month, sizeof month, "%04d-%02d", c->doc_year, c->doc_month);
    for (size_t i = ha; i < hb; i++) {
        struct fact *h = &c->f[i];
        /* (or a day, of the news: "CNNIC's 52nd report: 1.079 billion
         * netizens (Aug 28)" over "... as of June 2023") */
        /* (not a year of its own other than the document's: "China 3G
         * users at 12.32 mln at end-2009" over a text of January 2010 that
         * tells the figure "the ministry said on Friday") */
        /* (past the first paragraph, only one the text has not dated yet) */
        if (h->derived || (strlen(h->period) != 4 && strcmp(h->period, day) != 0 && strcmp(h->period, month) != 0 &&
                           (strlen(h->period) != 10 || again)) ||
            (strlen(h->period) == 4 && c->doc_year && atoi(h->period) != c->doc_year))
            continue;
        for (size_t j = ba; j < bb; j++) {
            const struct fact *b = &c->f[j];
            if (b->derived || strcmp(b->indicator, h->indicator) != 0 || strcmp(b->unit, h->unit) != 0 ||
                !b->period[0] || strcmp(b->period, h->period) == 0 ||
                fabs(b->value - h->value) > 0.005 * fmax(fabs(b->value), fabs(h->value)))
                continue;
            /* (further down, of the news: of the year of writing or the
             * one before, not a figure of long ago the text compares) */
            if (again && c->doc_year && atoi(b->period) < c->doc_year - 1)
                continue;
            /* (nor where the text above has stated it already, of the
             * title's own date: "ofo raises 866 mln USD" over "... ofo
             * announced Tuesday that it had raised another 866 million"
             * and, further down, a related item of the next day) */
            bool stated = false;
            for (size_t q = hb; q < ba && again && !stated; q++) {
                const struct fact *e = &c->f[q];
                stated = !e->derived && strcmp(e->indicator, h->indicator) == 0 && strcmp(e->unit, h->unit) == 0 &&
                         strcmp(e->period, h->period) == 0 &&
                         fabs(e->value - h->value) <= 0.005 * fmax(fabs(e->value), fabs(h->value));
            }
            if (stated)
                break;
            /* (and the title's change of it, "..., up 83 pct": the same) */
            for (size_t q = ha; q < hb; q++) {
                struct fact *g = &c->f[q];
                size_t il = strlen(h->indicator);
                if (q != i && g->line == h->line && strncmp(g->indicator, h->indicator, il) == 0 &&
                    (strcmp(g->indicator + il, "_growth") == 0 || strcmp(g->indicator + il, "_increase") == 0) &&
                    strcmp(g->period, h->period) == 0) {
                    free(g->period);
                    g->period = xstrdup(b->period);
                }
            }
            free(h->period);
            h->period = xstrdup(b->period);
            break;
        }
    }
    /* (and the other way: a title's figure of a year of its own, which the
     * text states again dated only by the day it was told, is of that
     * year: "12.32 mln at end-2009" over "signed up a combined 12.32
     * million ..., the ministry said on Friday") */
    for (size_t i = ha; i < hb && c->doc_year; i++) {
        const struct fact *h = &c->f[i];
        if (h->derived || strlen(h->period) != 4 || atoi(h->period) >= c->doc_year)
            continue;
        for (size_t j = ba; j < bb; j++) {
            struct fact *b = &c->f[j];
            if (b->derived || strcmp(b->indicator, h->indicator) != 0 || strcmp(b->unit, h->unit) != 0 ||
                !(strcmp(b->period, day) == 0 || strcmp(b->period, month) == 0) ||
                fabs(b->value - h->value) > 0.005 * fmax(fabs(b->value), fabs(h->value)))
                continue;
            free(b->period);
            b->period = xstrdup(h->period);
        }
    }
}

/* Does the fact's unit fit a figure token's: its currency, "percent", or
 * none for a count of people or things? */
static bool unit_of_token(const struct fact *f, const struct token *x)
{
    if (!x->unit)
        return strcmp(f->unit, "people") == 0 || strcmp(f->unit, "count") == 0;
    return strcmp(f->unit, x->unit) == 0;
}

/* An item's heading (the first line of its block, [h, h + hlen) of line
 * hline) restates a figure of the text under it (facts [ba, bb)): "5. 35
 * billion yuan in a day." over "Tmall and Taobao sold 35.0 billion yuan
 * worth of goods on Singles' Day": the heading's figure is that fact too,
 * of the same indicator, entity and period (its own reading, facts [ha,
 * hb), gives way).  Written after the heading's facts. */
static void heading_restates(struct doc *d, struct chunk *c, const char *h, size_t hlen, long hline, size_t ha,
                             size_t hb, size_t bb)
{
    struct block hbk = {h, hlen, hline};
    scan_block(&hbk, &d->title_tok);
    const struct tokens *ht = &d->title_tok;
    size_t at = hb;
    for (size_t k = 0; k < ht->n; k++) {
        const struct token *x = &ht->v[k];
        if (x->kind != TK_NUM || (x->flags & (TF_YEAR | TF_MONTHDAY)) || x->value == 0)
            continue;
        /* (the same figure, to the heading's last digit: "35 billion" over
         * 35.0 billion, not "1.011 billion" over 1.007 billion) */
        double raw = 0, tol = 0.005 * fabs(x->value);
        if (x->numlen && num_parse(h + x->numoff, x->numlen, &raw) && raw != 0)
            tol = fmin(tol, 0.5 * fabs(x->value / raw) * pow(10, -x->decimals) * (1 + 1e-9));
        /* the fact under it of that figure: one, the first */
        const struct fact *b = NULL;
        for (size_t j = hb; j < bb && !b; j++) {
            const struct fact *f = &c->f[j];
            if (!f->derived && unit_of_token(f, x) && fabs(fabs(f->value) - fabs(x->value)) <= tol)
                b = &c->f[j];
        }
        if (!b)
            continue;
        /* (the heading's own reading of it gives way) */
        bool had = false;
        for (size_t i = ha; i < hb; i++) {
            struct fact *g = &c->f[i];
            if (g->derived || fabs(fabs(g->value) - fabs(x->value)) > 0.005 * fabs(x->value) || !unit_of_token(g, x))
                continue;
            had = true;
            if (strcmp(g->indicator, b->indicator) != 0) {
                free(g->indicator);
                g->indicator = xstrdup(b->indicator);
            }
            free(g->entity);
            g->entity = xstrdup(b->entity);
            free(g->period);
            g->period = xstrdup(b->period);
        }
        if (had)
            continue;
        struct fact nf = *b;
        nf.value = b->value < 0 ? -fabs(x->value) : fabs(x->value); /* (as the heading writes it) */
        nf.indicator = xstrdup(b->indicator);
        nf.entity = xstrdup(b->entity);
        nf.period = xstrdup(b->period);
        nf.unit = xstrdup(b->unit);
        nf.file = xstrdup(b->file);
        nf.line = hline;
        /* (the heading without its item's number: "10. ") */
        size_t qa = 0, qb = hlen;
        while (qa < qb && is_space((unsigned char)h[qa]))
            qa++;
        size_t nd = qa;
        while (nd < qb && is_digit((unsigned char)h[nd]))
            nd++;
        if (nd > qa && nd + 1 < qb && (h[nd] == '.' || h[nd] == ')') && h[nd + 1] == ' ')
            for (qa = nd + 1; qa < qb && h[qa] == ' ';)
                qa++;
        while (qb > qa && (is_space((unsigned char)h[qb - 1]) || h[qb - 1] == '.'))
            qb--;
        nf.quote = xstrndup(h + qa, qb - qa);
        char note[256];
        snprintf(note, sizeof note, "the heading of the text on line %ld, which states it", b->line);
        nf.note = xstrdup(note);
        if (c->nf == c->cap_f) {
            c->cap_f = c->cap_f ? 2 * c->cap_f : 16;
            c->f = xrealloc(c->f, c->cap_f * sizeof *c->f);
        }
        memmove(&c->f[at + 1], &c->f[at], (c->nf - at) * sizeof *c->f);
        c->f[at] = nf;
        c->nf++;
        at++;
        bb++;
    }
}

/* A yearly change whose sentence names no level ("the country added 40.74
 * million internet users in 2017"), where another sentence of the chunk
 * names the level of that year ("772 million internet users at the end of
 * 2017"): the level of the year before is derived from the two, as it is
 * within a sentence, and written after the change. */
static void derive_across(struct chunk *c, const struct rules *r)
{
    /* (the facts stand in the order of their lines: the levels a change is
     * set against lie within a few dozen lines of it, so within a window
     * of facts around it; the facts and what is derived from them go to a
     * new array, in order, each derived one after its change) */
    enum { WINDOW = 512 };
    const struct fact *f0 = c->f;
    size_t n = c->nf, no = 0, cap = n + 16;
    struct fact *out = xmalloc(cap * sizeof *out);
    for (size_t i = 0; i < n; i++) {
        out[no++] = f0[i];
        const struct fact *ch = &f0[i];
        size_t lo = i > WINDOW ? i - WINDOW : 0, hi = i + WINDOW < n ? i + WINDOW : n;
        size_t olo = no > WINDOW ? no - WINDOW : 0;
        const struct rule *cr = ch->derived ? NULL : rules_find(r, ch->indicator);
        bool table = strncmp(ch->note, "table:", 6) == 0;
        /* (or a month's, in a table of months: "Net additional customers
         * for the month" under "August 2018  July 2018"; from the year's
         * start where its label says so, "... for the year") */
        bool month = table && strlen(ch->period) == 7;
        /* (or a month's in prose, from the date its note gives: "the first
         * half of this year saw 25 million new Internet users") */
        bool noted = !table && strlen(ch->period) == 7 && strstr(ch->note, " (from ");
        if (!cr || cr->change == CH_NONE || !cr->base || (strlen(ch->period) != 4 && !month && !noted) ||
            strstr(ch->note, "(over the years since)") || strstr(ch->note, "(a change compared with)"))
            continue;
        bool to_date = month && (strstr(ch->note, "for the year") || strstr(ch->note, "year to date") ||
                                 strstr(ch->note, "year-to-date") || strstr(ch->note, "ccumulated"));
        /* (a table's rows state their years: only the year before its
         * first is to derive, from a level of its own, "3G net additions"
         * of 2011 under the subscribers at the end of 2011) */
        const char *base = cr->base;
        int y = atoi(ch->period), m = month ? atoi(ch->period + 5) : 0;
        char prevp[PERIOD_MAX];
        if (month && !to_date && m > 1)
            snprintf(prevp, sizeof prevp, "%04d-%02d", y, m - 1);
        else
            snprintf(prevp, sizeof prevp, "%04d", y - 1);
        /* (not where its own sentence derived the level, or states where
         * it started) */
        /* (nor where that year's level stands near it) */
        /* (a table's columns are years where it has the next year's level
         * too: a month's net additions under "2013" derive no year before;
         * months where it has the next month's) */
        bool years = !table || to_date;
        /* (a table's change from the period its column names: "Change vs
         * Mar 2020", the level then) */
        const char *from = strstr(ch->note, " (from ");
        if (from && (strlen(from) == 15 || strlen(from) == 12) && from[strlen(from) - 1] == ')') {
            size_t fl = strlen(from) - 8;
            memcpy(prevp, from + 7, fl);
            prevp[fl] = '\0';
            years = true;
        }
        if (table) {
            char nextp[PERIOD_MAX];
            if (month && m < 12)
                snprintf(nextp, sizeof nextp, "%04d-%02d", y, m + 1);
            else
                snprintf(nextp, sizeof nextp, "%04d", y + 1);
            for (size_t g = lo; g < hi && !years; g++)
                years = !f0[g].derived && strcmp(f0[g].indicator, base) == 0 &&
                        strcmp(f0[g].entity, ch->entity) == 0 && strcmp(f0[g].period, nextp) == 0 &&
                        strncmp(f0[g].note, "table:", 6) == 0 && labs(f0[g].line - ch->line) <= 12;
        }
        bool done = !years;
        /* (what was stated, and what was derived before it) */
        for (size_t j = lo; j < hi + (no - olo) && !done; j++) {
            const struct fact *g = j < hi ? &f0[j] : &out[olo + (j - hi)];
            if (j >= hi && !g->derived)
                continue;
            done = strcmp(g->indicator, base) == 0 && strcmp(g->entity, ch->entity) == 0 &&
                   ((g->line == ch->line && strcmp(g->period, ch->period) != 0) ||
                    ((table || labs(g->line - ch->line) <= 3) && strcmp(g->period, prevp) == 0));
        }
        /* the level: the same indicator, entity and year, stated on
         * another line, the nearest (and one level of that year only: two
         * that differ say nothing sure) */
        const struct fact *lv = NULL;
        for (size_t j = lo; j < hi && !done; j++) {
            const struct fact *f = &f0[j];
            /* (on its own line, a level before it: a sentence before its
             * own, "... the national total of 5.16 trillion yuan. The
             * national figure rose 26.2 percent") */
            /* (a month's change, of a level on a day of that month: "as of
             * June 30, 2007, there were 162 million Internet users") */
            bool same_period = strcmp(f->period, ch->period) == 0 ||
                               (noted && strlen(f->period) == 10 && strncmp(f->period, ch->period, 7) == 0);
            if (f->derived || (f->line == ch->line && (j > i || (table && !from))) || strcmp(f->indicator, base) != 0 ||
                strcmp(f->entity, ch->entity) != 0 || !same_period ||
                (table && (strncmp(f->note, "table:", 6) != 0 || labs(f->line - ch->line) > 12)))
                continue;
            if (f->qualifier != Q_EXACT && f->qualifier != Q_ABOUT)
                done = true;
            else if (lv && fabs(f->value - lv->value) > 0.005 * fabs(lv->value))
                done = true;
            else if (!lv || labs(f->line - ch->line) < labs(lv->line - ch->line))
                lv = f;
        }
        if (done || !lv || labs(lv->line - ch->line) > 40)
            continue;
        double prev;
        enum qualifier q;
        char a[NUM_FMT_MAX], b[NUM_FMT_MAX], cc[NUM_FMT_MAX], note[256];
        num_fmt(lv->value, a);
        num_fmt(ch->value, b);
        if (cr->change == CH_INCREASE) {
            if (strcmp(lv->unit, ch->unit) != 0)
                continue;
            /* (to the decimals of the two figures: 53.2 - 2.9 is 50.3, not
             * 50.300000000000004) */
            const char *da = strchr(a, '.'), *db = strchr(b, '.');
            int dec = da ? (int)strlen(da + 1) : 0;
            if (db && (int)strlen(db + 1) > dec)
                dec = (int)strlen(db + 1);
            prev = to_decimals(lv->value - ch->value, dec);
            q = ch->qualifier == Q_EXACT && lv->qualifier == Q_EXACT ? Q_EXACT : Q_ABOUT;
            num_fmt(prev, cc);
            snprintf(note, sizeof note, "derived: %s - %s = %s (the level on line %ld)", a, b, cc, lv->line);
        } else {
            if (ch->value <= -100 || strcmp(ch->unit, "percent") != 0)
                continue;
            prev = floor(lv->value / (1 + ch->value / 100) + 0.5);
            q = ch->qualifier == Q_MORE_THAN ? Q_LESS_THAN : ch->qualifier == Q_LESS_THAN ? Q_MORE_THAN : Q_ABOUT;
            num_fmt(prev, cc);
            snprintf(note, sizeof note, "derived: %s / (1 + %s/100) = %s (the level on line %ld)", a, b, cc,
                     lv->line);
        }
        if (prev <= 0 || prev >= lv->value * (cr->change == CH_INCREASE && ch->value < 0 ? 100 : 1))
            continue;
        struct fact nf = {
            .indicator = xstrdup(base),
            .entity = xstrdup(lv->entity),
            .period = xstrdup(prevp),
            .value = prev,
            .unit = xstrdup(lv->unit),
            .qualifier = q,
            .derived = true,
            .file = xstrdup(ch->file),
            .line = ch->line,
            .quote = xstrdup(ch->quote),
            .note = xstrdup(note),
        };
        if (no + (n - i) >= cap) {
            cap = 2 * cap;
            out = xrealloc(out, cap * sizeof *out);
        }
        out[no++] = nf;
    }
    free(c->f);
    c->f = out;
    c->nf = no;
    c->cap_f = cap;
}

/* Is the line s[0, n) a list's item of a few words, a heading: "1. 618
 * million people online."? */
static bool short_item(const char *s, size_t n)
{
    if (!bullet_line(s, 0))
        return false;
    size_t words = 0;
    for (size_t i = 0; i + 1 < n; i++)
        words += s[i] == ' ' && s[i + 1] != ' ' && s[i + 1] != '\n';
    return words <= 10;
}

/* Words broken across lines by a hyphen, as text taken from PDFs has them
 * ("the number of Inter-\nnet users", "500 mil-\nlion"): where the two
 * halves make a word the rules, the lexicon or the scanner know, the
 * second half moves up to join the first and the hyphen becomes a space
 * after it ("Internet \nusers"), so offsets and line numbers stay.  Any
 * other half moves up after its hyphen, a compound ("third-party\n"). */
static void dehyphenate(const struct doc *d, char *s, size_t n)
{
    for (char *nl = memchr(s, '\n', n); nl; nl = memchr(nl + 1, '\n', n - (size_t)(nl + 1 - s))) {
        size_t i = (size_t)(nl - s);
        size_t dash = i > 0 && s[i - 1] == '\r' ? i - 1 : i;
        if (dash < 3 || s[dash - 1] != '-' || !is_alpha((unsigned char)s[dash - 2]))
            continue;
        dash--;
        size_t a = dash;
        while (a > 0 && is_alpha((unsigned char)s[a - 1]))
            a--;
        size_t b0 = i + 1;
        while (b0 < n && (s[b0] == ' ' || s[b0] == '\t'))
            b0++;
        size_t b1 = b0;
        while (b1 < n && is_alpha((unsigned char)s[b1]))
            b1++;
        size_t l1 = dash - a, l2 = b1 - b0;
        if (l1 < 2 || l2 < 1 || l1 + l2 > 40 || !is_lower((unsigned char)s[b0]) ||
            (b1 < n && (is_digit((unsigned char)s[b1]) || s[b1] == '-')))
            continue;
        char w[48];
        memcpy(w, s + a, l1);
        memcpy(w + l1, s + b0, l2);
        uint32_t h = scan_word_hash(w, l1 + l2);
        bool join = scan_known_word(w, l1 + l2) || rules_knows(d->r, h) || lexicon_knows(h);
        /* "-" "\r"? "\n" spaces, then the half → the half, then " " (or,
         * for a compound that keeps its hyphen, "-" before the half) and
         * the line end with its spaces */
        char sep[48];
        size_t ls = b0 - dash, keep = join ? 0 : 1;
        if (ls > sizeof sep)
            continue;
        memcpy(sep, s + dash + keep, ls - keep);
        if (join)
            sep[0] = ' ';
        memmove(s + dash + keep, s + b0, l2);
        memcpy(s + dash + keep + l2, sep, ls - keep);
        nl = s + dash + keep + l2 + (ls - keep - 1); /* search on after the moved line end */
        while (*nl != '\n')
            nl--;
    }
}

void engine_run(struct engine *g, struct chunk *c)
{
    struct doc *d = &g->d;
    d->name = c->name;
    d->doc_year = c->doc_year;
    d->write_year = c->write_year;
    d->doc_month = c->doc_month;
    d->pub_month = c->pub_month;
    d->doc_day = c->doc_day;
    d->brands.n = 0;
    d->year_named = 0;
    memset(&d->day_named, 0, sizeof d->day_named);
    d->head_year = c->head_year;
    d->quarter = c->quarter;
    d->fiscal_m = c->fiscal_m;
    d->weekly = c->weekly;
    d->digest = c->digest;
    d->last_firm[0] = '\0';
    d->row_owner[0] = '\0';
    d->last_der_ind = NULL;
    /* (a chunk that starts inside its document has no lead) */
    d->lead_seen = c->first_is_context;
    d->national_seen = c->first_is_context;
    d->ref_year = 0;
    /* (a text of the first months whose title names the year before
     * reports on that year: "SCIO press conference on the development of
     * industry and information technology in 2012", January 24, 2013) */
    if (c->head_year && c->head_year == c->doc_year - 1 && c->doc_month >= 1 && c->doc_month <= 3 &&
        !c->first_is_context)
        d->ref_year = c->head_year;
    memset(&d->ref_date, 0, sizeof d->ref_date);
    memset(&d->news_ref, 0, sizeof d->news_ref);
    memset(&d->lead_nat, 0, sizeof d->lead_nat);
    memset(&d->lead_period, 0, sizeof d->lead_period);
    d->lead_done = false;
    memset(&d->ref_again, 0, sizeof d->ref_again);
    memset(&d->results_q, 0, sizeof d->results_q);
    memset(&d->last_day, 0, sizeof d->last_day);
    memset(&d->span_day, 0, sizeof d->span_day);
    memset(&d->month_para, 0, sizeof d->month_para);
    d->dec_para_y = 0;
    /* (a text whose title names Singles' Day speaks of the festival) */
    d->festival = d->festival_title = c->title && festival_named(c->title, strlen(c->title));
    /* (the CNNIC named anywhere in the text: its figures told before its
     * name are its survey's too, "China is now home to 632 million
     * Internet users, a government agency said Monday ... according to
     * the China Internet Network Information Centre (CNNIC)") */
    d->cnnic = memmem(c->text.p, c->text.len, "CNNIC", 5) ||
               memmem(c->text.p, c->text.len, "Network Information Cent", 24);
    memset(&d->last_quarter, 0, sizeof d->last_quarter);
    d->issuer = c->issuer;
    d->manager = c->manager;
    d->place = c->place;
    d->title = (struct block){c->title, c->title ? strlen(c->title) : 0, 1};
    d->title_read = false;
    memset(d->title_ctx_ok, -1, d->r->n ? d->r->n : 1);
    if (d->trace)
        fprintf(stderr, "chunk %s: year %d month %d pub_month %d day %d weekly %d\n", c->name, c->doc_year,
                c->doc_month, c->pub_month, c->doc_day, (int)c->weekly);
    d->sink = collect;
    d->ctx = c;
    d->stop = 0;
    /* A heading dates the block right under it and no other: the state at
     * the chunk's first block is that of the block before it alone. */
    d->has_heading = false;
    d->blocks_since_heading = 0;
    d->heading_items = false;
    d->section_year = 0;
    d->prev = (struct block){NULL, 0, 0};
    d->prev2 = d->prev;
    d->prev_end = 0;
    d->prev_table = false;
    d->last_has = false;
    d->colon_has = false;
    d->para_now = false;
    d->carry_ind = NULL;
    d->carry_money_ind = NULL;
    size_t head_a = 0, head_b = 0; /* the facts of a title waiting for the text under it */
    int head_left = 0; /* (and the paragraphs after the first that may still restate them) */
    /* an item's heading on a line of its own ("2. 500 million on
     * mobile."), waiting for the text under it: its block, its facts */
    size_t item_blk = SIZE_MAX, item_a = 0, item_b = 0;
    for (size_t i = 0; i < c->nb; i++) {
        const struct cblock *cb = &c->b[i];
        size_t nf0 = c->nf;
        dehyphenate(d, c->text.p + cb->off, cb->len);
        d->bp = c->text.p + cb->off;
        d->blen = cb->len;
        d->bline = cb->line;
        d->blines = cb->lines;
        if (i == 0 && c->first_is_context) {
            /* the block before the chunk: a heading that may date the
             * first block, and a paragraph whose topic a pronoun may name */
            if (cb->lines == 1 && block_matters(d->bp, d->blen))
                process_block(d, true);
        } else if (block_matters(d->bp, d->blen)) {
            process_block(d, false);
        } else {
            d->last_has = false; /* a block without figures or dates names no date */
            d->carry_ind = NULL;
            d->carry_money_ind = NULL;
            if (d->has_heading && !(bullet_line(d->bp, 0) && d->heading_items) && ++d->blocks_since_heading > 1)
                d->has_heading = false;
        }
        /* (titles, and the list items under a headline, wait together
         * for the first paragraph of prose with figures) */
        /* (not a paragraph on one line whose last sentence leads to a
         * table: "... at the end of 2001. The networks reported the
         * following bandwidth:") */
        bool title = cb->lines == 1 && (!ends_with_stop(d->bp, d->blen) || short_item(d->bp, d->blen)) &&
                     !inner_stop(d->bp, d->blen);
        /* (and so does a text whose headline does, among its first
         * lines: "Alibaba smashes Singles' Day record as ...") */
        /* (or wrapped over two lines: "Alibaba's Singles' Day sales hit
         * record 268.4 billion yuan, but growth slows" / "to 26 per cent") */
        bool headline2 = cb->lines == 2 && !ends_with_stop(d->bp, d->blen) && !inner_stop(d->bp, d->blen) &&
                         d->blen < 200;
        if ((title || headline2) && cb->line <= 6 && festival_named(d->bp, d->blen))
            d->festival = d->festival_title = true;
        /* (or a text dated on the festival's day that names it among its
         * first paragraphs: "2019-11-11" over "... in what is known as the
         * Singles Day Global Shopping Festival. The total volume of
         * transactions has surged from $7 million in 2009 to $30.8
         * billion in 2018") */
        if (d->doc_month == 11 && (d->doc_day == 11 || d->doc_day == 12) && cb->line <= 12 &&
            festival_named(d->bp, d->blen))
            d->festival = d->festival_title = true;
        /* (or a title with its byline or time stamp under it: the block's
         * figures all on its first line) */
        /* (not a sentence wrapped, its next line going on in lower case:
         * "... had raised another 866" / "million US dollars in its
         * latest round ...") */
        if (!title && cb->lines <= 3 && c->nf > nf0) {
            const char *nl = memchr(d->bp, '\n', d->blen);
            bool first_only = nl != NULL;
            for (size_t f = nf0; f < c->nf && first_only; f++)
                first_only = c->f[f].line == cb->line;
            const char *nx = nl ? nl + 1 : NULL, *end = d->bp + d->blen;
            while (nx && nx < end && (*nx == ' ' || *nx == '\t'))
                nx++;
            bool goes_on = nx && nx < end && is_lower((unsigned char)*nx);
            title = first_only && !goes_on && !ends_with_stop(d->bp, (size_t)(nl - d->bp));
        }
        /* (or a list of items under the headline, all its lines items:
         * "* Online fund has 49 million customers") */
        if (!title && c->nf > nf0 && head_b > head_a) {
            bool items = true;
            for (size_t o = 0; o < d->blen && items; o++) {
                if (o == 0 || d->bp[o - 1] == '\n')
                    items = scan_bullet_at(d->bp, o, d->blen);
            }
            title = items;
        }
        if (c->nf > nf0 && title) {
            if (head_b == head_a)
                head_a = nf0;
            head_b = c->nf;
        } else if (c->nf > nf0 && head_b > head_a) {
            title_dates(c, head_a, head_b, nf0, c->nf, head_left > 0);
            /* (a title's figure the first paragraph does not state may be
             * the next ones': "..., penetration rate at 77.5 pct" over a
             * lead of the users and a second paragraph of the rate) */
            if (head_left == 0)
                head_left = 3;
            if (--head_left == 0)
                head_a = head_b = 0;
        }
        /* an item's heading on the first line of its block, the text under
         * it on the next: "1. 618 million people online." over "China ended
         * 2013 with 618 million internet users" */
        const char *nl = cb->lines >= 2 ? memchr(d->bp, '\n', d->blen) : NULL;
        if (nl && c->nf > nf0 && !title && short_item(d->bp, (size_t)(nl - d->bp))) {
            size_t fb = nf0;
            while (fb < c->nf && c->f[fb].line == cb->line)
                fb++;
            if (fb > nf0 && fb < c->nf)
                title_dates(c, nf0, fb, fb, c->nf, false);
            /* (and of the figures it names that the text under it states:
             * "2. 500 million on mobile." over "Mobile internet users hit
             * 500 million") */
            if (fb < c->nf)
                heading_restates(d, c, d->bp, (size_t)(nl - d->bp), cb->line, nf0, fb, c->nf);
        }
        /* (or on a line of its own over the text's block) */
        if (item_blk != SIZE_MAX && i == item_blk + 1 && c->nf > nf0 && item_b == nf0)
            heading_restates(d, c, c->text.p + c->b[item_blk].off, c->b[item_blk].len, c->b[item_blk].line, item_a,
                             item_b, c->nf);
        item_blk = SIZE_MAX;
        if (cb->lines == 1 && short_item(d->bp, d->blen)) {
            item_blk = i;
            item_a = nf0;
            item_b = c->nf;
        }
        d->prev2 = d->prev;
        d->prev = (struct block){d->bp, d->blen, d->bline};
        d->prev_end = d->bline + d->blines;
        d->prev_table = d->this_table;
    }
    derive_across(c, d->r);
    drop_restated(c);
}
