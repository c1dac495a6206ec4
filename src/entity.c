/* entity.c — names in a sentence and whom a figure is about: a name next
 * to the number or its cue, the subject of the clause, a pronoun's
 * antecedent, the deal the sentence spoke of, the paragraph's topic. */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The length of the word at t without its possessive, written with a
 * straight or a curly apostrophe ("company's": "company"). */
static size_t stem_len(const char *s, const struct token *t)
{
    size_t len = t->len;
    if ((t->flags & TF_POSSESSIVE) && len > 2)
        len -= s[t->off + len - 2] == '\'' ? 2 : 4;
    return len;
}

/* ---- names ------------------------------------------------------------------- */

bool network_word(const char *p, size_t len)
{
    static const char *const nets[] = {"GSM", "CDMA", "CDMA2000", "WCDMA", "TD-SCDMA", "TD-LTE", "FDD-LTE",
                                       "LTE", "PHS"};
    return str_ieq_any(p, len, nets, sizeof nets / sizeof *nets);
}

/* Could the word w[0, len) be a name in lower case: letters (a dot
 * between, "ele.me"), no word of the language's own endings or its small
 * words ("the firm also said", "service providers said")? */
static bool lower_name_like(const char *w, size_t len)
{
    static const char *const small[] = {
        "also",  "now",   "still", "just",  "then",   "today",  "last",  "first", "only",   "even",  "which",
        "that",  "who",   "whose", "and",   "or",     "but",    "has",   "had",   "have",   "is",    "was",
        "were",  "will",  "would", "could", "can",    "may",    "might", "should", "must",  "did",   "does",
        "said",  "says",  "yet",   "once",  "itself", "alone",  "soon",  "in",    "on",     "at",    "to",
        "for",   "of",    "with",  "by",    "from",   "as",     "are",   "be",    "been",   "do",    "get",
        "set",   "saw",   "got",   "won",   "hit",    "led",    "cut",   "put",   "grew",   "rose",  "fell",
        "sold",  "made",  "took",  "became", "began", "went",   "came",  "gave",  "paid",   "lost",  "unit",
        "arm",   "group", "owner", "founder", "chief", "boss",  "head"};
    if (len < 2 || len > 15 || !is_lower((unsigned char)w[0]) || !is_lower((unsigned char)w[len - 1]))
        return false;
    for (size_t k = 0; k < len; k++)
        if (!is_lower((unsigned char)w[k]) && !(w[k] == '.' && k > 0 && k + 1 < len))
            return false;
    if (w[len - 1] == 's' || (len > 3 && memcmp(w + len - 2, "ed", 2) == 0) ||
        (len > 4 && memcmp(w + len - 3, "ing", 3) == 0) || (len > 3 && memcmp(w + len - 2, "ly", 2) == 0) ||
        (len > 3 && memcmp(w + len - 2, "er", 2) == 0))
        return false;
    return !str_ieq_any(w, len, small, sizeof small / sizeof *small) && !scan_known_word(w, len);
}

/* Does the word after a name in lower case go on as a verb would: "...
 * ofo announced", "ofo raises", "ofo has", or a comma? */
static bool verb_like_after(const char *s, const struct token *t)
{
    static const char *const aux[] = {"has", "had", "is", "was", "will", "would", "can", "could", "said",
                                      "says", "may", "plans", "aims", "did", "does", "also", "now", "saw"};
    if (t->kind == TK_PUNCT)
        return t->len == 1 && s[t->off] == ',';
    if (t->kind != TK_WORD || (t->flags & TF_CAP))
        return false;
    const char *w = s + t->off;
    size_t l = t->len;
    return str_ieq_any(w, l, aux, sizeof aux / sizeof *aux) || (l > 4 && memcmp(w + l - 2, "ed", 2) == 0) ||
           (l > 4 && w[l - 1] == 's' && w[l - 2] != 's' && w[l - 2] != '\'');
}

void brands_mark(struct brands *b, const char *s, struct token *t, size_t n, bool learn)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind != TK_WORD || (t[i].flags & TF_CAP))
            continue;
        /* (learnt after a company's noun, itself after the words that
         * tell its trade: "China's leading bike-sharing service ofo"; the
         * cheap tests first, most words being none) */
        /* (one company's noun: not "companies are") */
        bool may_learn = learn && b->n < sizeof b->h / sizeof *b->h && i >= 2 && t[i - 1].kind == TK_WORD &&
                         !(t[i - 1].flags & TF_CAP) && t[i - 1].line == t[i].line &&
                         (t[i - 2].kind == TK_WORD || (t[i - 2].flags & TF_HYPHEN)) &&
                         in_list(&brand_noun, &t[i - 1]) && s[t[i - 1].off + t[i - 1].len - 1] != 's';
        if (!may_learn && !b->n)
            continue;
        const char *w = s + t[i].off;
        size_t len = stem_len(s, &t[i]);
        bool poss = (t[i].flags & TF_POSSESSIVE) != 0;
        uint32_t h = poss ? scan_word_hash(w, len) : t[i].hash; /* (a word's token hash is its word's) */
        bool known = false;
        for (size_t k = 0; k < b->n && !known; k++)
            known = b->h[k] == h;
        if (!known && may_learn && lower_name_like(w, len) && (poss || (i + 1 < n && verb_like_after(s, &t[i + 1])))) {
            b->h[b->n++] = h;
            known = true;
        }
        if (known)
            t[i].flags |= TF_CAP;
    }
}

bool name_word(const struct sent *st, size_t i)
{
    const struct token *t = &st->t[i];
    if (t->kind != TK_WORD || (st->in_date && st->in_date[i]))
        return false;
    /* a decade ("1980s", "90s") is a time, not a name */
    const char *w = st->s + t->off;
    if ((t->len == 5 || t->len == 3) && (w[t->len - 1] == 's' || w[t->len - 1] == 'S') &&
        is_digit((unsigned char)w[0]) && is_digit((unsigned char)w[t->len - 2]))
        return false;
    bool cap = (t->flags & TF_CAP) != 0;
    if (!cap) /* camel case and identifiers: iQIYI, eLong, wm18 */
        for (size_t k = 1; k < t->len; k++)
            if (is_upper((unsigned char)st->s[t->off + k]) || is_digit((unsigned char)st->s[t->off + k])) {
                cap = true;
                break;
            }
    /* (or a site by its domain, in lower case: "dangdang.com",
     * "sohu.com.cn") */
    if (!cap && t->len > 4) {
        static const char *const tld[] = {".com", ".cn", ".net"};
        for (size_t k = 0; k < sizeof tld / sizeof *tld && !cap; k++) {
            size_t l = strlen(tld[k]);
            cap = t->len > l + 1 && str_ieq(w + t->len - l, l, tld[k]);
        }
    }
    if (!cap)
        return false;
    if (scan_month(st->s + t->off, t->len) && t->len >= 3)
        return false;
    /* a day of the week ("Thu Jan 16, 2014") is a time, not a name */
    if (in_list(&weekday_word, t) || str_ieq(w, t->len, "mon") || str_ieq(w, t->len, "tue") ||
        str_ieq(w, t->len, "tues") || str_ieq(w, t->len, "wed") || str_ieq(w, t->len, "thu") ||
        str_ieq(w, t->len, "thur") || str_ieq(w, t->len, "thurs") || str_ieq(w, t->len, "fri") ||
        str_ieq(w, t->len, "sat") || str_ieq(w, t->len, "sun"))
        return false;
    /* "the Fund", "the Company", "the Group": a filing's word for itself,
     * no name */
    if (i > 0 && in_list(&pronoun_word, t) && str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the") &&
        !(i + 1 < st->n && st->t[i + 1].kind == TK_WORD && (st->t[i + 1].flags & TF_CAP)))
        return false;
    /* "monthly active users (MAUs)", "gross merchandise volume (GMV)": the
     * abbreviation of a common noun before it is no name */
    size_t ob = i, cb = i + 1; /* the brackets, past quotes: '("MAUs")' */
    if (ob > st->a && (st->t[ob - 1].flags & TF_QUOTE) && cb + 1 < st->n && (st->t[cb].flags & TF_QUOTE)) {
        ob--;
        cb++;
    }
    if (ob >= st->a + 2 && cb < st->n && (st->t[ob - 1].flags & TF_OPEN) && (st->t[cb].flags & TF_CLOSE) &&
        st->t[ob - 2].kind == TK_WORD && !(st->t[ob - 2].flags & TF_CAP)) {
        bool caps = true;
        for (size_t k = 0; k < t->len && caps; k++) {
            unsigned char ch = (unsigned char)st->s[t->off + k];
            /* (digits inside: "(P2P)", "(O2O)") */
            caps = is_upper(ch) || (k > 0 && is_digit(ch)) || (k + 1 == t->len && ch == 's' && k >= 2);
        }
        if (caps)
            return false;
    }
    return true;
}

/* Is a place of the lexicon named at i ("Beijing", "United States")? */
static bool place_name_at(const struct sent *st, size_t i, size_t *end)
{
    /* "US" (not "us") */
    if (i < st->n && st->t[i].kind == TK_WORD && st->t[i].len == 2 && memcmp(st->s + st->t[i].off, "US", 2) == 0) {
        *end = i + 1;
        return true;
    }
    size_t e = list_fwd(&home_place, st->t, st->n, i, st->b);
    if (!e)
        e = list_fwd(&abroad_place, st->t, st->n, i, st->b);
    *end = e;
    return e != 0;
}

/* Does a cue start with the two words at i ("Broadband users", "4G
 * users"), or is the word at i a cue with its "of" ("Assets of")?  Then
 * it names nobody. */
static bool opens_cue(const struct sent *w, const struct rules *r, size_t i)
{
    if (!r || i + 1 >= w->b || w->t[i + 1].kind != TK_WORD || (w->t[i + 1].flags & TF_CAP))
        return false;
    /* "Assets of China's money market funds rose": a one-word cue with
     * its "of" complement */
    const struct cue_ref *a, *b;
    rules_cues_for(r, w->t[i].hash, &a, &b);
    for (; a < b; a++) {
        const struct phrase *ph = &r->v[a->rule].cue.v[a->cue];
        /* (not a cue its rule does not read after the word before it:
         * "registered Weibo users" are no "Weibo users", Weibo's own) */
        if (phrases_end_at(&r->v[a->rule].not_after, w->t, i, w->a))
            continue;
        if (ph->n >= 2 && ph->h[0] == w->t[i].hash && ph->h[1] == w->t[i + 1].hash)
            return true;
        /* (or its verb, where no name goes on: "Assets up about 35 pct",
         * "Assets rose"; not "WeChat Pay has") */
        if (ph->n == 1 && ph->h[0] == w->t[i].hash &&
            (tok_is(&w->t[i + 1], WH(of)) || i == 0 || i == w->a || w->t[i - 1].kind != TK_WORD ||
             !(w->t[i - 1].flags & TF_CAP)))
            return true;
    }
    /* "Equity funds held 760.1 billion yuan": a kind a rule names its
     * figures by opens no name either */
    for (size_t k = 0; k < r->n; k++)
        for (size_t c = 0; c < r->v[k].category.n; c++) {
            const struct phrase *ph = &r->v[k].category.v[c];
            if (ph->n >= 2 && ph->h[0] == w->t[i].hash && ph->h[1] == w->t[i + 1].hash)
                return true;
        }
    return false;
}

/* The name starting at i, if any: [i, *end).  Names are runs of capitalised
 * words, with hyphens, '&' and "Inc."/"Co." inside them. */
static bool is_pronoun(const struct sent *st, size_t i);

/* Is the number at i a section's ("§4 Manager's Report")? */
static bool section_mark(const struct sent *st, size_t i)
{
    size_t o = st->t[i].off;
    return o >= 2 && (unsigned char)st->s[o - 2] == 0xC2 && (unsigned char)st->s[o - 1] == 0xA7;
}

static bool all_caps(const struct sent *st, size_t a, size_t e);
static bool place_name_at(const struct sent *st, size_t i, size_t *end);

bool name_at(const struct sent *st, size_t i, size_t limit, size_t *end)
{
    if (i < limit && st->t[i].kind == TK_NUM && section_mark(st, i))
        return false;
    /* (a sentence's first word in capitals before what a company is and
     * its name is the company's trade, no name: "Logistics arm Cainiao
     * handled 1.04 billion delivery orders", "Payment unit Alipay") */
    if (i + 2 < limit && i < st->n && st->t[i].kind == TK_WORD &&
        (i == 0 || i == st->a || (st->t[i - 1].flags & TF_SENT_END)) && st->t[i + 1].kind == TK_WORD &&
        !(st->t[i + 1].flags & TF_CAP) &&
        (in_list(&firm_noun, &st->t[i + 1]) || str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "arm") ||
         str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "unit") ||
         str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "subsidiary")) &&
        st->t[i + 2].kind == TK_WORD && (st->t[i + 2].flags & TF_CAP) &&
        is_lower((unsigned char)st->s[st->t[i].off + 1]))
        return false;
    /* (a dateline's place in capitals opening its line is no name:
     * "BEIJING (dpa-AFX) - Tencent Music ...", "HONG KONG: Chinese electric
     * vehicle startup Nio has raised") */
    if (i < limit && i < st->n && st->t[i].kind == TK_WORD && all_caps(st, i, i + 1) &&
        (i == st->a || i == 0 || st->t[i - 1].line != st->t[i].line ||
         (all_caps(st, i - 1, i) && (i - 1 == st->a || i == 1 || st->t[i - 2].line != st->t[i].line)))) {
        size_t j = i;
        while (j < st->n && j < i + 3 && st->t[j].kind == TK_WORD && all_caps(st, j, j + 1))
            j++;
        size_t pe;
        if (j < st->n && st->t[j].kind == TK_PUNCT &&
            (st->s[st->t[j].off] == ':' || st->s[st->t[j].off] == '(' || st->s[st->t[j].off] == '-') &&
            place_name_at(st, i, &pe) && pe == j)
            return false;
    }
    /* (nor the agency in brackets after it: "(dpa-AFX)", "(Reuters)") */
    if (i < limit && i < st->n && st->t[i].kind == TK_WORD) {
        size_t o = i;
        while (o > 0 && o + 4 > i && (st->t[o - 1].kind == TK_WORD || (st->t[o - 1].flags & TF_HYPHEN)))
            o--;
        if (o > 1 && o < i + 1 && st->t[o - 1].kind == TK_PUNCT && st->s[st->t[o - 1].off] == '(') {
            size_t a = o - 1;
            while (a > 0 && a + 3 > o - 1 && all_caps(st, a - 1, a))
                a--;
            size_t pe;
            if (a < o - 1 && (a == 0 || st->t[a - 1].line != st->t[a].line) && place_name_at(st, a, &pe) &&
                pe == o - 1)
                return false;
        }
    }
    /* (a ticker is no name: "Youku (NYSE: YOKU) priced", "Ticker: PDD") */
    static const char *const exchange[] = {"nyse", "nasdaq", "hkex", "sehk", "sse", "szse", "amex", "lse",
                                           "ticker", "symbol", "code"};
    if (i >= 2 && i < limit && st->t[i - 1].kind == TK_PUNCT && st->s[st->t[i - 1].off] == ':' &&
        st->t[i - 2].kind == TK_WORD &&
        str_ieq_any(st->s + st->t[i - 2].off, st->t[i - 2].len, exchange, sizeof exchange / sizeof *exchange))
        return false;
    /* a company named by a bare number: "the video sharing website 56", "a
     * capital injection into 58", "58 announced ..." */
    if (i < limit && st->t[i].kind == TK_NUM && (st->t[i].flags & TF_SMALLINT) &&
        !(st->t[i].flags & (TF_YEAR | TF_MONTHDAY)) && st->t[i].len == st->t[i].numlen &&
        (i + 1 >= limit || st->t[i + 1].kind != TK_WORD || !(st->t[i + 1].flags & TF_CAP))) {
        bool after_noun = i > st->a && in_list(&firm_noun, &st->t[i - 1]);
        bool into = i > st->a && in_list(&into_word, &st->t[i - 1]);
        /* (i may lie before st->a: a name in the sentence before) */
        bool opens = (i <= st->a || (st->t[i - 1].flags & TF_SENT_END)) && i + 1 < st->b &&
                     in_list(&firm_verb, &st->t[i + 1]);
        if (after_noun || into || opens) {
            *end = i + 1;
            return true;
        }
    }
    /* "a 100% stake in 91 Wireless": a bare number that a name goes on */
    /* (not a date's day: "1999-10-27  Alibaba raises") */
    bool number_first = i < limit && i + 1 < limit && st->t[i].kind == TK_NUM && (st->t[i].flags & TF_SMALLINT) &&
                        !(st->in_date && st->in_date[i]) &&
                        !(i > 0 && st->t[i - 1].kind == TK_PUNCT && st->t[i - 1].off + st->t[i - 1].len == st->t[i].off &&
                          (st->s[st->t[i - 1].off] == '-' || st->s[st->t[i - 1].off] == '/' ||
                           st->s[st->t[i - 1].off] == '.')) &&
                        !(st->t[i].flags & (TF_YEAR | TF_MONTHDAY)) && st->t[i].len == st->t[i].numlen &&
                        st->t[i + 1].kind == TK_WORD && (st->t[i + 1].flags & TF_CAP) &&
                        !in_list(&not_name, &st->t[i + 1]) && !scan_month(st->s + st->t[i + 1].off, st->t[i + 1].len);
    /* "the newly listed video website tudou , holding ...": a word that
     * ends the noun phrase after a noun for a company names it, even in
     * lower case */
    /* ... and so does one after a stake in it: "the latter's stake in elong
     * , whose ...", "the largest shareholder of qunar ." */
    bool held = i >= st->a + 2 && (tok_is(&st->t[i - 1], WH(in)) || tok_is(&st->t[i - 1], WH(of))) &&
                in_list(&stake_noun, &st->t[i - 2]);
    /* "ofo raised $130 million": a brand in lower case that opens the
     * sentence before a company's verb */
    /* (or after "Rival" that opens it: "Rival ofo raised $700 million") */
    bool opens = i == st->a || i == 0 || (st->t[i - 1].flags & TF_SENT_END) ||
                 (i == st->a + 1 && (str_ieq(st->s + st->t[st->a].off, st->t[st->a].len, "rival") ||
                                     str_ieq(st->s + st->t[st->a].off, st->t[st->a].len, "competitor")));
    if (i < limit && st->t[i].kind == TK_WORD && !(st->t[i].flags & TF_CAP) && st->t[i].len >= 2 && opens &&
        i + 1 < st->b && in_list(&firm_verb, &st->t[i + 1]) && !in_list(&not_name, &st->t[i])) {
        *end = i + 1;
        return true;
    }
    /* nor a stock's ticker in brackets: "China Mobile (0941.HK)(CHL.N)" */
    if (i < limit && i > st->a && (st->t[i - 1].flags & TF_OPEN) && i + 3 < st->n && st->t[i].kind == TK_WORD &&
        st->t[i + 1].kind == TK_PUNCT && st->s[st->t[i + 1].off] == '.' && st->t[i + 2].kind == TK_WORD &&
        st->t[i + 2].len <= 2 && (st->t[i + 3].flags & TF_CLOSE) && st->t[i + 1].off == st->t[i].off + st->t[i].len)
        return false;
    /* "Social e-commerce platform Pinduoduo", "Search giant Baidu": a
     * word that opens the sentence and describes the firm named after a
     * noun for a company is no name */
    /* (a common word: no capital inside it, "NetEase follows rival
     * Sina.com"; none of a verb's forms between) */
    bool plain_word = i < limit && st->t[i].kind == TK_WORD;
    for (size_t c = 1; plain_word && c < st->t[i].len; c++)
        plain_word = !is_upper((unsigned char)st->s[st->t[i].off + c]);
    if (plain_word && (st->t[i].flags & TF_CAP) && opens) {
        size_t j = i + 1;
        while (j < st->b && j < i + 5 &&
               ((st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP) && st->s[st->t[j].off + st->t[j].len - 1] != 's' &&
                 !(st->t[j].len > 3 && str_ieq(st->s + st->t[j].off + st->t[j].len - 2, 2, "ed"))) ||
                (st->t[j].kind == TK_PUNCT && (st->t[j].flags & TF_HYPHEN))) &&
               !in_list(&firm_noun, &st->t[j]))
            j++;
        if (j + 1 < st->b && in_list(&firm_noun, &st->t[j]) && !(st->t[j].flags & TF_CAP) &&
            st->t[j + 1].kind == TK_WORD && (st->t[j + 1].flags & TF_CAP))
            return false;
    }
    /* nor a verb's contraction that opens the sentence, "Don't forget
     * Alibaba's IPO" */
    if (i < limit && st->t[i].kind == TK_WORD && st->t[i].len >= 4) {
        const char *w = st->s + st->t[i].off;
        size_t l = st->t[i].len;
        if (str_ieq(w + l - 3, 3, "n't") || (l >= 6 && str_ieq(w + l - 5, 5, "n\xE2\x80\x99t")))
            return false;
    }
    /* nor does a participle that opens the sentence before its date or
     * its preposition: "Formed May 29, 2013, Yu'e Bao's initial scale",
     * "Founded in 1999, Alibaba" */
    if (i < limit && opens && plain_word && (st->t[i].flags & TF_CAP) && st->t[i].len >= 5 && i + 1 < st->b &&
        str_ieq(st->s + st->t[i].off + st->t[i].len - 2, 2, "ed") &&
        ((st->in_date && st->in_date[i + 1]) ||
         (st->t[i + 1].kind == TK_WORD && scan_month(st->s + st->t[i + 1].off, st->t[i + 1].len) > 0) ||
         tok_is(&st->t[i + 1], WH(in)) || tok_is(&st->t[i + 1], WH(on)) || tok_is(&st->t[i + 1], WH(by)) ||
         tok_is(&st->t[i + 1], WH(as))))
        return false;
    /* nor does a period written short: "1Q2019 Key Highlights", "Q3", "2016H1" */
    {
        char part;
        int num;
        if (i < limit && st->t[i].kind == TK_WORD &&
            (period_glued(st->s + st->t[i].off, st->t[i].len, &part, &num) ||
             period_short_name(st->s + st->t[i].off, st->t[i].len, &part)))
            return false;
    }
    /* nor does a source's credit among fields parted by bars, names
     * parted by a slash: "2019-12-02 | CGTN / Xinhua | Assets of ... hit
     * 13.91 trln yuan" */
    if (i < limit && st->t[i].kind == TK_WORD && (st->t[i].flags & TF_CAP)) {
        size_t e = i + 1;
        while (e < st->n && e < i + 6 && st->t[e].kind == TK_WORD && st->t[e].line == st->t[i].line)
            e++;
        bool slash_after = e < st->n && st->t[e].kind == TK_PUNCT && st->s[st->t[e].off] == '/' &&
                           st->t[e].off > st->t[e - 1].off + st->t[e - 1].len;
        bool slash_before = i > 0 && st->t[i - 1].kind == TK_PUNCT && st->s[st->t[i - 1].off] == '/' &&
                            st->t[i].off > st->t[i - 1].off + 1;
        if (slash_after || slash_before) {
            bool bar = false;
            for (size_t j = i; j-- > 0 && st->t[j].line == st->t[i].line && !bar;)
                bar = st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == '|';
            if (bar)
                return false;
        }
    }
    /* "Series C", "Company B": one capital letter names nobody */
    if (i < limit && st->t[i].kind == TK_WORD && st->t[i].len == 1)
        return false;
    /* nor does a place that says where a firm is: "Shanghai-based
     * Meijia.com", "Hangzhou-headquartered" */
    if (i < limit && st->t[i].kind == TK_WORD && i + 2 < st->n && st->t[i + 1].kind == TK_PUNCT &&
        (st->t[i + 1].flags & TF_HYPHEN) && st->t[i + 2].kind == TK_WORD &&
        (str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "based") ||
         str_ieq(st->s + st->t[i + 2].off, st->t[i + 2].len, "headquartered")))
        return false;
    /* nor one spoken to: "Thank you, Richard.", "Thanks, Jane" */
    if (i < limit && i >= st->a + 2 && st->t[i - 1].kind == TK_PUNCT && st->s[st->t[i - 1].off] == ',') {
        const struct token *v = &st->t[i - 2];
        if ((v->kind == TK_WORD && str_ieq(st->s + v->off, v->len, "thanks")) ||
            (v->kind == TK_WORD && str_ieq(st->s + v->off, v->len, "you") && i >= st->a + 3 &&
             st->t[i - 3].kind == TK_WORD && str_ieq(st->s + st->t[i - 3].off, st->t[i - 3].len, "thank")))
            return false;
    }
    /* nor does the second word of a place: "Alibaba's New York-listed
     * shares" */
    size_t pe2;
    if (i < limit && i > st->a && st->t[i].kind == TK_WORD && (st->t[i].flags & TF_CAP) &&
        st->t[i - 1].kind == TK_WORD && (st->t[i - 1].flags & TF_CAP) && place_name_at(st, i - 1, &pe2) && pe2 > i)
        return false;
    if (i < limit && i > st->a && st->t[i].kind == TK_WORD && !(st->t[i].flags & TF_CAP) && st->t[i].len >= 3 &&
        (in_list(&firm_noun, &st->t[i - 1]) || held) && !in_list(&not_name, &st->t[i]) &&
        !in_list(&stop_after, &st->t[i]) &&
        (i + 1 >= st->b || (st->t[i + 1].kind == TK_PUNCT && !(st->t[i + 1].flags & TF_HYPHEN)))) {
        *end = i + 1;
        return true;
    }
    if (!number_first && (i >= limit || !name_word(st, i) || in_list(&not_name, &st->t[i])))
        return false;
    /* "the Beijing company": a place that describes the firm spoken of */
    size_t pl;
    if (i > st->a && str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the") && place_name_at(st, i, &pl) && pl < st->b && pl > i &&
        is_pronoun(st, pl))
        return false;
    /* "4G users reached", "Fixed broadband subscribers stood at": a word
     * that opens a cue is none of a name's */
    if (!number_first && opens_cue(st, st->rules, i))
        return false;
    /* "Relying on ...", "Founded in ...", "Currently ...": a capital that
     * only opens the sentence */
    /* (after a dateline too: "BEIJING (AP) — Shoppers spent") */
    bool after_dateline = i > st->a && i < st->b && st->t[i - 1].kind == TK_PUNCT;
    for (size_t k = st->a; after_dateline && k < i; k++)
        after_dateline = st->t[k].kind == TK_SKIP || st->t[k].kind == TK_PUNCT;
    /* (after a section's number too: "4.2 Operation in the reporting period") */
    bool after_number = i == st->a + 1 && st->t[st->a].kind == TK_NUM && !(st->t[st->a].flags & TF_YEAR) &&
                        st->t[st->a].len == st->t[st->a].numlen && i < st->b && st->t[i].off > 0 &&
                        st->s[st->t[i].off - 1] == ' ';
    if (i == 0 || i == st->a || (st->pb > st->pa && i == st->pa) ||
        (st->t[i - 1].flags & (TF_SENT_END | TF_QUOTE)) || after_dateline || after_number) {
        const struct token *t = &st->t[i];
        const char *w = st->s + t->off;
        size_t n = t->len;
        bool lower_rest = true;
        for (size_t k = 1; k < n; k++)
            if (!is_lower((unsigned char)w[k]))
                lower_rest = false;
        const struct token *nx = i + 1 < st->n ? &st->t[i + 1] : NULL;
        /* "Crowdfunding is smaller", "Shopping was ...": a gerund or an
         * adjective that opens the sentence before a verb of being */
        bool copula = nx && (tok_is(nx, WH(is)) || tok_is(nx, WH(was)) || tok_is(nx, WH(are)) ||
                             tok_is(nx, WH(were)));
        size_t pe;
        if (copula && place_name_at(st, i, &pe))
            copula = false; /* "Beijing is" */
        bool opens_phrase = nx && ((nx->kind == TK_PUNCT && st->s[nx->off] == ',') ||
                                   in_list(&name_prep, nx) || in_list(&opener_next, nx) || copula);
        /* "Let me answer", "Allow us to", "Thank you": a verb before its
         * object pronoun */
        static const char *const objects[] = {"me", "us", "him", "them", "you"};
        if (lower_rest && nx && nx->kind == TK_WORD &&
            str_ieq_any(st->s + nx->off, nx->len, objects, sizeof objects / sizeof *objects))
            return false;
        /* "Surveys indicate", "Figures show": a plural before a verb of
         * telling in the plural's form tells where a figure comes from */
        static const char *const tell[] = {"show", "indicate", "suggest", "reveal", "estimate", "put"};
        if (lower_rest && n > 3 && w[n - 1] == 's' && nx && nx->kind == TK_WORD &&
            str_ieq_any(st->s + nx->off, nx->len, tell, sizeof tell / sizeof *tell))
            return false;
        if (lower_rest && n > 4 && opens_phrase &&
            (str_ieq(w + n - 3, 3, "ing") || str_ieq(w + n - 2, 2, "ed") || str_ieq(w + n - 2, 2, "ly")))
            return false;

        /* "Operation in the reporting period", "Investment in fintech": an
         * abstract noun that opens the sentence before a preposition */
        if (lower_rest && n > 5 && nx &&
            (in_list(&name_prep, nx) || tok_is(nx, WH(to)) || str_ieq(st->s + nx->off, nx->len, "during") ||
             str_ieq(st->s + nx->off, nx->len, "among") || str_ieq(st->s + nx->off, nx->len, "under") ||
             str_ieq(st->s + nx->off, nx->len, "with")) &&
            (str_ieq(w + n - 4, 4, "tion") || str_ieq(w + n - 4, 4, "sion") || str_ieq(w + n - 4, 4, "ment") ||
             str_ieq(w + n - 4, 4, "ance") || str_ieq(w + n - 4, 4, "ence") || str_ieq(w + n - 3, 3, "ity") ||
             str_ieq(w + n - 4, 4, "ness")))
            return false;
        /* "Weighted average maturity", "Combined revenue": a participle
         * before a word in lower case */
        if (lower_rest && n > 5 && str_ieq(w + n - 2, 2, "ed") && nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP))
            return false;
        /* "Publicly offered funds": an adverb before a word in lower case */
        if (lower_rest && n > 4 && str_ieq(w + n - 2, 2, "ly") && nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP))
            return false;
        /* "Group-buying users", "Cross-border payments": a compound in lower
         * case that opens the sentence */
        if (lower_rest && nx && nx->kind == TK_PUNCT && (nx->flags & TF_HYPHEN) && i + 2 < st->n &&
            st->t[i + 2].kind == TK_WORD && !(st->t[i + 2].flags & TF_CAP))
            return false;
        /* "Shoppers spent", "Investors poured", "Analysts expect": people
         * named by what they do, before a verb in lower case */
        /* ("Flows were heaviest", "Redemptions peaked": what is counted,
         * in the plural, before its verb) */
        /* "Bank cards held per capita ...", where the paragraph speaks of
         * "bank card transactions": a word the text writes in lower case
         * too is a common noun, capitalised to open the sentence */
        if (lower_rest && n > 2 && nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP))
            for (size_t k = 0; k < st->n; k++)
                if (k != i && st->t[k].kind == TK_WORD && st->t[k].hash == t->hash && !(st->t[k].flags & TF_CAP))
                    return false;
        if (lower_rest && n > 4 && nx && (tok_is(nx, WH(are)) || tok_is(nx, WH(were))) && w[n - 1] == 's' &&
            w[n - 2] != 's')
            return false;
        if (lower_rest && n > 5 && nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP) &&
            (str_ieq(w + n - 3, 3, "ers") || str_ieq(w + n - 3, 3, "ors") || str_ieq(w + n - 4, 4, "ists") ||
             str_ieq(w + n - 4, 4, "ions") || str_ieq(w + n - 5, 5, "ments") ||
             str_ieq(w + n - 4, 4, "ants") || str_ieq(w + n - 4, 4, "ents") || str_ieq(w + n - 4, 4, "ysts") ||
             str_ieq(w + n - 4, 4, "ians") || str_ieq(w + n - 4, 4, "ives")))
            return false;
    }
    size_t k = i + 1;
    if (st->t[i].flags & TF_POSSESSIVE) {
        *end = k;
        return true;
    }
    while (k < limit) {
        const struct token *t = &st->t[k];
        /* (a headline's verb in title case ends the name: "Didi Kuaidi
         * Closes $3 Billion Funding Round") */
        if ((t->flags & TF_CAP) && t->len > 3 && (st->s[t->off + t->len - 1] == 's' || st->s[t->off + t->len - 1] == 'S') &&
            in_list(&headline_verb, t))
            break;
        /* "China Mobile", "China Internet Network Information Center":
         * inside a name, a capitalised common adjective belongs to it */
        if (name_word(st, k) && (!in_list(&not_name, t) || in_list(&name_inner, t)) &&
            !opens_cue(st, st->rules, k)) {
            if (t->flags & TF_POSSESSIVE) {
                k++;
                break;
            }
            if (st->t[k - 1].flags & TF_POSSESSIVE)
                break;
            k++;
            continue;
        }
        if (t->kind == TK_PUNCT && ((t->flags & TF_HYPHEN) || (t->len == 1 && st->s[t->off] == '&')) &&
            k + 1 < limit && name_word(st, k + 1)) {
            k++;
            continue;
        }
        /* "Qihoo 360 Technology Co": a bare number between name words */
        if (t->kind == TK_NUM && (t->flags & TF_SMALLINT) && !(t->flags & (TF_YEAR | TF_MONTHDAY)) &&
            t->len == t->numlen && k + 1 < limit && name_word(st, k + 1) && !in_list(&not_name, &st->t[k + 1]) &&
            !(st->t[k - 1].flags & TF_POSSESSIVE)) {
            k++;
            continue;
        }
        break;
    }
    /* "its 26th Statistical Report on Internet Development in China": a
     * document's title names no holder, before its head noun or after its
     * "Report on" */
    static const char *const docs[] = {"report", "survey", "yearbook", "bulletin", "communique", "white"};
    if (k < st->n && st->t[k].kind == TK_WORD && (st->t[k].flags & TF_CAP) &&
        str_ieq_any(st->s + st->t[k].off, st->t[k].len, docs, sizeof docs / sizeof *docs))
        return false;
    for (size_t b = i; b > st->a + 1 && b + 4 > i; b--) {
        const struct token *p = &st->t[b - 1];
        if ((tok_is(p, WH(on)) || tok_is(p, WH(of))) && (st->t[b - 2].flags & TF_CAP) &&
            str_ieq_any(st->s + st->t[b - 2].off, st->t[b - 2].len, docs, sizeof docs / sizeof *docs))
            return false;
        if (p->kind != TK_WORD || !(p->flags & TF_CAP))
            break;
    }
    /* "The San Francisco company", "the Hangzhou firm": a place that
     * says which firm, before the firm's word in lower case, is no name
     * ("The Walt Disney Company" is one) */
    /* (not "the WeChat app": an app's or a site's word keeps its name) */
    static const char *const firm_word[] = {"company", "firm", "group", "startup", "start-up", "conglomerate"};
    if (k < st->b && st->t[k].kind == TK_WORD && !(st->t[k].flags & TF_CAP) &&
        str_ieq_any(st->s + st->t[k].off, st->t[k].len, firm_word, sizeof firm_word / sizeof *firm_word)) {
        size_t j = i;
        while (j > st->a && j + 3 > i && st->t[j - 1].kind == TK_WORD && (st->t[j - 1].flags & TF_CAP) &&
               !str_ieq(st->s + st->t[j - 1].off, st->t[j - 1].len, "the"))
            j--;
        if (j > st->a && k <= j + 2 && str_ieq(st->s + st->t[j - 1].off, st->t[j - 1].len, "the"))
            return false;
    }
    /* "Singles' Day", "Spring Festival": an event, not who did something */
    size_t nx = k;
    if (nx < st->n && st->t[nx].kind == TK_PUNCT && st->s[st->t[nx].off] == '\'')
        nx++;
    /* (or "Lunar New Year's Eve", "Chinese New Year": a year's feast;
     * "Cyber Monday", "Black Friday": a weekday's) */
    if ((nx < st->n && (st->t[nx].flags & TF_CAP) &&
         (in_list(&event_word, &st->t[nx]) || tok_is(&st->t[nx], WH(year)) ||
          (st->t[nx].kind == TK_WORD && period_weekday_word(st->s + st->t[nx].off, st->t[nx].len, false) &&
           /* (not the day a wire dates the name's deed by: "Alibaba
            * Thursday raised") */
           !(st->in_date && st->in_date[nx])))) ||
        in_list(&event_word, &st->t[k - 1]))
        return false;
    /* "San Francisco-based Walden International raised", "Tencent-backed
     * Meituan": a name made an adjective describes the name after it */
    if (k + 1 < st->b && st->t[k].kind == TK_PUNCT && (st->t[k].flags & TF_HYPHEN) && st->t[k + 1].kind == TK_WORD &&
        !(st->t[k + 1].flags & TF_CAP)) {
        static const char *const adj[] = {"based", "backed", "listed", "owned", "headquartered", "funded",
                                          "controlled", "run", "focused", "founded", "led", "born"};
        if (str_ieq_any(st->s + st->t[k + 1].off, st->t[k + 1].len, adj, sizeof adj / sizeof *adj))
            return false;
    }
    /* "China-based AI chatbot developer Xiaoice", "Tencent rival Alibaba":
     * a name that says what kind of firm the next one is, before the
     * words for the kind, is not that firm's name */
    if (!(st->t[k - 1].flags & TF_POSSESSIVE)) {
        size_t j = k;
        while (j < st->b && j < k + 3 && st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP) &&
               !in_list(&name_prep, &st->t[j]) && !in_list(&conjunction, &st->t[j]))
            j++;
        if (j > k && j < st->b && (in_list(&firm_noun, &st->t[j - 1]) || in_list(&brand_noun, &st->t[j - 1])) &&
            st->t[j].kind == TK_WORD && (st->t[j].flags & TF_CAP) && !in_list(&not_name, &st->t[j]))
            return false;
    }
    /* "filed to the Shanghai Stock Exchange", "the Shenzhen Stock
     * Exchange": a market lists the firms, it is none of them (as
     * "Nasdaq" is not) */
    if (k > i && (str_ieq(st->s + st->t[k - 1].off, stem_len(st->s, &st->t[k - 1]), "exchange") ||
                      str_ieq(st->s + st->t[k - 1].off, stem_len(st->s, &st->t[k - 1]), "exchanges")))
        return false;
    *end = k;
    return true;
}

/* The length of a wire story's slug glued to the name it opens
 * ("EXCLUSIVE-Alibaba", "UPDATE 1-Tencent"): capitals, maybe a number, a
 * hyphen, then a capital; 0 if there is none. */
static size_t slug_len(const char *p, size_t len)
{
    static const char *const slugs[] = {"UPDATE", "EXCLUSIVE", "CORRECTED", "REFILE", "RPT", "WRAPUP",
                                        "FACTBOX", "INSIGHT", "ANALYSIS", "PREVIEW", "BREAKINGVIEWS"};
    for (size_t k = 0; k < sizeof slugs / sizeof *slugs; k++) {
        size_t n = strlen(slugs[k]);
        if (len <= n + 1 || memcmp(p, slugs[k], n) != 0)
            continue;
        size_t i = n;
        if (p[i] == ' ')
            i++;
        while (i < len && is_digit((unsigned char)p[i]))
            i++;
        if (i + 1 < len && p[i] == '-' && is_upper((unsigned char)p[i + 1]))
            return i + 1;
    }
    return 0;
}

/* Is the word at i ("fund", "company") a noun's modifier, a noun after
 * it: "the fund industry", "the fund management firms", "the company
 * headquarters"? */
static bool modifies_noun(const struct sent *st, size_t i)
{
    static const char *const noun[] = {"industry", "sector", "market", "companies", "company", "managers",
                                       "manager", "management", "firms", "firm", "houses", "house"};
    const struct token *v = i + 1 < st->b ? &st->t[i + 1] : NULL;
    return v && v->kind == TK_WORD && !(st->t[i].flags & TF_POSSESSIVE) && !(v->flags & TF_CAP) &&
           str_ieq_any(st->s + v->off, v->len, noun, sizeof noun / sizeof *noun);
}

/* Does the sentence speak of one fund already named: "the fund", "the
 * fund's", "this fund"?  0 if not, 2 where "Fund" is a defined term in
 * capitals (a report's own fund: "the Fund recorded"), 1 otherwise. */
static int the_fund_in(const struct sent *st, size_t k)
{
    /* (before the figure, or after it in its clause: not "..., so the
     * Fund accounted for 24 percent of the sector") */
    size_t hi = k;
    while (hi < st->b && !(st->t[hi].kind == TK_PUNCT && (st->s[st->t[hi].off] == ',' || st->s[st->t[hi].off] == ';')))
        hi++;
    for (size_t i = st->a; i + 1 < hi; i++) {
        const struct token *t = &st->t[i], *u = &st->t[i + 1];
        size_t ul = stem_len(st->s, u); /* (its possessive's too: "the fund's net assets") */
        if (t->kind != TK_WORD || u->kind != TK_WORD || !str_ieq(st->s + u->off, ul, "fund") ||
            !(str_ieq(st->s + t->off, t->len, "the") || str_ieq(st->s + t->off, t->len, "this")))
            continue;
        /* (not "the fund industry", "the fund market": a noun after it;
         * nor the firms that run funds, "managed by the fund management
         * firms") */
        if (modifies_noun(st, i + 1))
            continue;
        return st->s[u->off] == 'F' ? 2 : 1;
    }
    return 0;
}

/* Does "the Fund", a defined term in capitals, stand in the clause
 * before the token at q, with no comma or clause mark between? */
static bool the_fund_in_clause(const struct sent *st, size_t q)
{
    for (size_t i = q; i-- > st->a + 1;) {
        const struct token *t = &st->t[i];
        if (t->kind == TK_PUNCT && (st->s[t->off] == ',' || st->s[t->off] == ';' || st->s[t->off] == ':'))
            return false;
        /* (or its possessive: "the Fund's net assets rose") */
        if (t->kind == TK_WORD && t->len >= 4 && memcmp(st->s + t->off, "Fund", 4) == 0 &&
            (t->len == 4 || ((t->flags & TF_POSSESSIVE) && t->len <= 8)) &&
            str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the"))
            return true;
    }
    return false;
}

/* A company's name without its legal form at its end: "Sohu.com Inc" is
 * Sohu.com, "Alibaba Group Holding Ltd" Alibaba Group, "Hurray! Holding
 * Co., Ltd." Hurray! (a plural "Holdings" stays: "PDD Holdings"). */
static void drop_legal_form(char *p, size_t *len)
{
    static const char *const form[] = {"inc", "ltd", "co", "corp", "corporation", "limited", "llc", "plc"};
    size_t n = *len;
    bool dropped = false;
    for (;;) {
        while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ',' || p[n - 1] == '.'))
            n--;
        size_t w = n;
        while (w > 0 && p[w - 1] != ' ')
            w--;
        if (w == 0)
            break; /* (the name's only word stays) */
        bool legal = str_ieq_any(p + w, n - w, form, sizeof form / sizeof *form) ||
                     (dropped && str_ieq(p + w, n - w, "holding"));
        if (!legal)
            break;
        n = w;
        dropped = true;
    }
    if (dropped) {
        while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ','))
            n--;
        p[n] = '\0';
        *len = n;
    }
}

char *name_text(const struct sent *st, size_t a, size_t b)
{
    /* a one-word name in lower case ("shareholder of qunar ."): as the
     * paragraph writes it elsewhere with a capital, if it does */
    if (b == a + 1 && st->t[a].kind == TK_WORD && !(st->t[a].flags & TF_CAP))
        for (size_t i = 0; i < st->n; i++)
            if (i != a && st->t[i].kind == TK_WORD && (st->t[i].flags & TF_CAP) && st->t[i].hash == st->t[a].hash &&
                st->t[i].len == st->t[a].len && !(st->t[i].flags & TF_POSSESSIVE))
                return xstrndup(st->s + st->t[i].off, st->t[i].len);
    const char *p = st->s + st->t[a].off;
    const struct token *last = &st->t[b - 1];
    size_t len = last->off + last->len - st->t[a].off;
    if (last->flags & TF_POSSESSIVE)
        len -= (st->s[last->off + last->len - 2] == '\'') ? 2 : 4;
    size_t slug = slug_len(p, len);
    p += slug;
    len -= slug;
    struct buf b2;
    buf_init(&b2);
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
        if (c == ' ' && b2.len && b2.p[b2.len - 1] == ' ')
            continue;
        /* (a name's curly apostrophe is its straight one: "Yu’e Bao" and
         * "Yu'e Bao" are one fund, one series) */
        if (i + 2 < len && memcmp(p + i, "\xE2\x80\x99", 3) == 0) {
            buf_addc(&b2, '\'');
            i += 2;
            continue;
        }
        buf_addc(&b2, c);
    }
    if (b2.p)
        drop_legal_form(b2.p, &b2.len);
    return b2.p ? b2.p : xstrdup("");
}

/* The paragraph's topic: the name it mentions most often (the first of
 * equals), which pronouns ("it", "the company") stand for.  Found only
 * when a pronoun or a missing name asks for it. */

static char *block_topic(const struct sent *whole);

const char *topic_get(struct topic *tp)
{
    if (!tp)
        return NULL;
    if (tp->card)
        return tp->card;
    if (!tp->done) {
        tp->name = block_topic(tp->whole);
        tp->done = true;
    }
    return tp->name;
}

/* A paragraph of prose: one line of some length, ending a sentence. */
static bool prose(const struct block *b)
{
    size_t n = b->len;
    while (n && is_space((unsigned char)b->text[n - 1]))
        n--;
    return n > 80 && !memchr(b->text, '\n', n) && b->text[n - 1] == '.';
}

/* The topic of a block other than the one at hand, read into tp's scratch. */
static char *other_topic(struct topic *tp, const struct block *b)
{
    scan_block(b, tp->prev_tok);
    if (tp->brands)
        brands_mark(tp->brands, b->text, tp->prev_tok->v, tp->prev_tok->n, false);
    dateline_skip(b->text, tp->prev_tok->v, tp->prev_tok->n);
    struct sent w = {b->text, tp->prev_tok->v, tp->prev_tok->n, 0, tp->prev_tok->n, 0, 0, NULL, NULL, tp->r, NULL, false, false, NULL, NULL};
    return block_topic(&w);
}

/* Is the block a speaker's label in a transcript, one short line ending
 * with a colon ("Sun Lixin:", "China Daily:"), over the paragraph whole
 * that speaks in the first person ("Let me answer", "our survey")? */
static bool speaker_label(const struct block *b, const struct sent *whole)
{
    size_t n = b->len;
    while (n && is_space((unsigned char)b->text[n - 1]))
        n--;
    if (!n || n > 60 || b->text[n - 1] != ':' || memchr(b->text, '\n', n))
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        if (!is_alpha((unsigned char)b->text[i]) && b->text[i] != ' ' && b->text[i] != '.' && b->text[i] != '-' &&
            b->text[i] != '\'')
            return false;
    static const char *const first[] = {"i", "me", "my", "we", "us", "our"};
    for (size_t i = whole->a; i < whole->b; i++) {
        const struct token *t = &whole->t[i];
        if (t->kind == TK_WORD && str_ieq_any(whole->s + t->off, t->len, first, sizeof first / sizeof *first))
            return true;
    }
    return false;
}

const char *topic_prev(struct topic *tp)
{
    if (!tp || !tp->prev)
        return NULL;
    if (!tp->prev_done) {
        tp->prev_done = true;
        /* who speaks is not what a speaker's figures count */
        if (tp->whole && speaker_label(tp->prev, tp->whole))
            return NULL;
        tp->prev_name = other_topic(tp, tp->prev);
        /* a paragraph of prose that names nobody passes the topic on; a
         * heading or a short line does not */
        if (!tp->prev_name && tp->prev2 && prose(tp->prev) && prose(tp->prev2))
            tp->prev_name = other_topic(tp, tp->prev2);
    }
    return tp->prev_name;
}

/* Does the sentence write the kind of holder a rule falls back to, in the
 * singular or the plural ("money market fund total", "money market funds")? */
static bool says_kind(const struct sent *st, const char *kind)
{
    char stem[64];
    size_t n = strlen(kind);
    if (n > 1 && kind[n - 1] == 's')
        n--;
    if (st->b <= st->a || n < 4 || n >= sizeof stem)
        return false;
    memcpy(stem, kind, n);
    stem[n] = '\0';
    const char *p = st->s + st->t[st->a].off, *end = st->s + st->t[st->b - 1].off + st->t[st->b - 1].len;
    for (; p + n <= end; p++)
        if (str_ieq(p, n, stem))
            return true;
    return false;
}

/* Does the sentence write the name? */
static bool sentence_says(const struct sent *st, const char *name)
{
    if (st->b <= st->a)
        return false;
    size_t from = st->t[st->a].off, to = st->t[st->b - 1].off + st->t[st->b - 1].len;
    return memmem(st->s + from, to - from, name, strlen(name)) != NULL;
}

static bool listed_other(const struct sent *st, size_t lo, size_t a);

/* Is a name in the block before index j (one the topic would count)? */
static bool name_before_but(const struct sent *whole, size_t j, const char *but);

static bool name_before(const struct sent *whole, size_t j)
{
    return name_before_but(whole, j, NULL);
}

/* ... one that is no part of the name but ("the Yu'e Bao platform", in a
 * report of the fund "Tianhong Yu'e Bao")? */
static bool name_before_but(const struct sent *whole, size_t j, const char *but)
{
    for (size_t i = 0; i < j; i++) {
        size_t e, pe;
        /* (a place where a firm is based names no firm: "the
         * Beijing-based company"; nor do others listed: "investors
         * including Warburg Pincus") */
        if (name_at(whole, i, j, &e) &&
            !(place_name_at(whole, i, &pe) && pe + 1 < whole->n && (whole->t[pe].flags & TF_HYPHEN) &&
              str_ieq(whole->s + whole->t[pe + 1].off, whole->t[pe + 1].len, "based"))) {
            size_t len = whole->t[e - 1].off + whole->t[e - 1].len - whole->t[i].off;
            if (!listed_other(whole, 0, i) && !(but && memmem(but, strlen(but), whole->s + whole->t[i].off, len)))
                return true;
            i = e - 1;
        }
    }
    return false;
}

/* Is the name [i, e) the source a figure is reported by, not what it is
 * about: "..., the Payment and Clearing Association of China said.",
 * "according to the Ministry of Commerce"? */
static bool reported_source(const struct sent *w, size_t i, size_t e)
{
    /* a body that reports, not what a figure is about: "the Ministry of
     * Industry and Information Technology", "CNNIC" (not for a deal: a
     * fund of the Council may invest) */
    if (!w->ru || w->ru->entity == EK_NAME || w->ru->entity == EK_FIXED) {
        size_t a0 = i;
        while (a0 > w->a + 1 && (w->t[a0 - 1].kind == TK_WORD) &&
               ((w->t[a0 - 2].flags & TF_CAP) && (tok_is(&w->t[a0 - 1], WH(of)) || tok_is(&w->t[a0 - 1], WH(and)))))
            a0 -= 2;
        while (a0 > w->a && (w->t[a0 - 1].flags & TF_CAP) && w->t[a0 - 1].kind == TK_WORD)
            a0--;
        for (size_t k = a0; k < e; k++)
            if (in_list(&source_body, &w->t[k]))
                return true;
    }
    size_t p = i;
    /* "the Ministry of Industry and Information Technology (MIIT)": the
     * abbreviation goes with the name before it */
    if (p >= w->a + 2 && (w->t[p - 1].flags & TF_OPEN) && e < w->b && (w->t[e].flags & TF_CLOSE) &&
        (w->t[p - 2].flags & TF_CAP)) {
        p--;
        while (p > w->a && w->t[p - 1].kind == TK_WORD && (w->t[p - 1].flags & TF_CAP))
            p--;
    }
    /* the whole of "the Payment and Clearing Association" */
    while (p >= w->a + 2 && w->t[p - 1].kind == TK_WORD &&
           (str_ieq(w->s + w->t[p - 1].off, w->t[p - 1].len, "and") ||
            str_ieq(w->s + w->t[p - 1].off, w->t[p - 1].len, "of")) &&
           (w->t[p - 2].flags & TF_CAP))
        for (p -= 2; p > w->a && (w->t[p - 1].flags & TF_CAP) && w->t[p - 1].kind == TK_WORD;)
            p--;
    while (p > w->a && w->t[p - 1].kind == TK_WORD &&
           (str_ieq(w->s + w->t[p - 1].off, w->t[p - 1].len, "the") ||
            str_ieq(w->s + w->t[p - 1].off, w->t[p - 1].len, "a")))
        p--;
    /* "according to data from", "according to a report by" (or "on":
     * "according to a report on ChinaDaily's website") */
    if (p >= w->a + 3 && (tok_is(&w->t[p - 1], WH(from)) || tok_is(&w->t[p - 1], WH(by)) ||
                          tok_is(&w->t[p - 1], WH(of)) || tok_is(&w->t[p - 1], WH(on)))) {
        size_t q = p - 1;
        /* (a name of the data may stand there: "according to IBES data
         * from Refinitiv") */
        while (q > w->a && q + 4 > p && w->t[q - 1].kind == TK_WORD && !tok_is(&w->t[q - 1], WH(to)))
            q--;
        if (q >= w->a + 2 && q < p - 1 && tok_is(&w->t[q - 1], WH(to)) &&
            str_ieq(w->s + w->t[q - 2].off, w->t[q - 2].len, "according"))
            return true;
    }
    if (p >= w->a + 2 && str_ieq(w->s + w->t[p - 1].off, w->t[p - 1].len, "to") &&
        str_ieq(w->s + w->t[p - 2].off, w->t[p - 2].len, "according"))
        return true;
    /* "Data from the industry portal Wangdaizhijia show", "a survey by
     * iResearch found": what the figures come from */
    {
        size_t q = p;
        while (q > w->a && q + 3 > p && w->t[q - 1].kind == TK_WORD && !(w->t[q - 1].flags & TF_CAP) &&
               !tok_is(&w->t[q - 1], WH(from)) && !tok_is(&w->t[q - 1], WH(by)))
            q--;
        static const char *const data[] = {"data", "figures", "statistics", "estimates", "numbers", "survey",
                                           "report", "research", "study", "tally", "count"};
        if (q >= w->a + 2 && (tok_is(&w->t[q - 1], WH(from)) || tok_is(&w->t[q - 1], WH(by))) &&
            str_ieq_any(w->s + w->t[q - 2].off, w->t[q - 2].len, data, sizeof data / sizeof *data))
            return true;
    }
    /* "estimates compiled by Bloomberg", "analysts polled by Reuters",
     * "data compiled by Wind" */
    if (p >= w->a + 2 && tok_is(&w->t[p - 1], WH(by)) &&
        (str_ieq(w->s + w->t[p - 2].off, w->t[p - 2].len, "compiled") ||
         str_ieq(w->s + w->t[p - 2].off, w->t[p - 2].len, "polled") ||
         str_ieq(w->s + w->t[p - 2].off, w->t[p - 2].len, "surveyed") ||
         str_ieq(w->s + w->t[p - 2].off, w->t[p - 2].len, "tracked") ||
         str_ieq(w->s + w->t[p - 2].off, w->t[p - 2].len, "calculated")))
        return true;
    /* a trailing clause: a comma before, a verb of saying right after the
     * name (and what it is "of") */
    if (p == w->a || w->t[p - 1].kind != TK_PUNCT || w->s[w->t[p - 1].off] != ',')
        return false;
    for (size_t j = e; j < w->b && j < e + 5; j++) {
        const struct token *t = &w->t[j];
        if (t->kind == TK_PUNCT)
            return false;
        if (in_list(&reporting, t))
            return true;
    }
    return false;
}

/* Are the words [a, e) in capitals only ("NEW YORK")? */
static bool all_caps(const struct sent *st, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD || t->len < 2)
            return false;
        for (size_t k = 0; k < t->len; k++)
            if (is_lower((unsigned char)st->s[t->off + k]))
                return false;
    }
    return true;
}

/* Is the name at i a byline's author: "By Mei Tanaka-Ross" opening a
 * line or a field between '|', "Reporting by Jane Doe; Editing by ..."? */
static bool byline_author(const struct sent *w, size_t i)
{
    if (i <= w->a || !tok_is(&w->t[i - 1], WH(by)))
        return false;
    size_t b = i - 1;
    if (b == w->a || w->t[b - 1].line != w->t[b].line)
        return is_upper((unsigned char)w->s[w->t[b].off]);
    const struct token *p = &w->t[b - 1];
    if (p->kind == TK_PUNCT)
        return w->s[p->off] == '|' || w->s[p->off] == ';';
    return str_ieq(w->s + p->off, p->len, "reporting") || str_ieq(w->s + p->off, p->len, "editing") ||
           str_ieq(w->s + p->off, p->len, "written") || str_ieq(w->s + p->off, p->len, "posted");
}

/* Is the name [a, e) a person's: after a title ("Founder Liu Nan",
 * "chief executive Daniel Zhang", "its founder Liu Nan"), or with an age
 * after it ("Liu Nan, 33, said")?  A person holds no figure of ours. */
static bool person_name(const struct sent *st, size_t a, size_t e)
{
    const struct token *t = st->t;
    if (in_list(&person_role, &t[a]) || (a > st->a && in_list(&person_role, &t[a - 1])))
        return true;
    /* (or a role in apposition after it: "Wang Dengfeng, fund manager of
     * this Fund since 2014", "Liu Nan, its founder") */
    if (e + 2 < st->b && t[e].kind == TK_PUNCT && st->s[t[e].off] == ',' && !(t[e + 1].flags & TF_CAP))
        for (size_t i = e + 1; i < st->b && i < e + 4 && t[i].kind == TK_WORD; i++)
            if (in_list(&person_role, &t[i]) || str_ieq(st->s + t[i].off, t[i].len, "manager"))
                return true;
    return e + 2 < st->b && t[e].kind == TK_PUNCT && st->s[t[e].off] == ',' && t[e + 1].kind == TK_NUM &&
           (t[e + 1].flags & TF_SMALLINT) && t[e + 1].len == t[e + 1].numlen && t[e + 1].value >= 16 &&
           t[e + 1].value < 100 && t[e + 2].kind == TK_PUNCT && st->s[t[e + 2].off] == ',';
}

static bool is_pronoun_at(const struct sent *st, size_t i);
static char *resolve_pronoun(const struct sent *st, size_t j, struct topic *topic);

/* Does a verb that sets one deal after another stand right before the
 * name at s0 ("followed", "topped", "surpassed", "eclipsed")? */
static bool deal_verb_before(const struct sent *st, size_t s0)
{
    static const char *const verb[] = {"followed", "follows", "topped", "tops", "surpassed", "surpasses", "eclipsed",
                                       "eclipses", "dwarfed", "dwarfs", "exceeded", "exceeds", "beat", "beats"};
    const struct token *v = &st->t[s0 - 1];
    return v->kind == TK_WORD && str_ieq_any(st->s + v->off, v->len, verb, sizeof verb / sizeof *verb);
}

/* The subject of the main clause, where the figure at q stands in a
 * clause of time or means that opens the sentence ("After raising $600
 * million in June, Mobike ...", "Following a USD 5.5 billion round in
 * April, the firm announced"): the name (or what a pronoun stands for)
 * right after the clause's comma; NULL if the figure stands elsewhere or
 * no name follows. */
static char *opening_clause_subject(const struct sent *st, size_t q, struct topic *topic)
{
    static const char *const opener[] = {"after", "following", "with", "since", "having", "before", "upon",
                                         "despite", "besides"};
    const struct token *t = st->t;
    if (t[st->a].kind != TK_WORD || !str_ieq_any(st->s + t[st->a].off, t[st->a].len, opener, 9))
        return NULL;
    size_t c = st->a + 1;
    while (c < st->b && !(t[c].kind == TK_PUNCT && st->s[t[c].off] == ',') && !is_clause_break(&t[c]) &&
           !(t[c].flags & TF_SENT_END))
        c++;
    if (c >= st->b || q >= c || st->s[t[c].off] != ',' || c + 1 >= st->b)
        return NULL;
    struct sent m = *st;
    m.a = c + 1;
    size_t hi = m.a;
    while (hi < st->b && hi < m.a + 8 && !is_quantity(&t[hi]) && (t[hi].kind != TK_PUNCT || (t[hi].flags & TF_HYPHEN)))
        hi++;
    if (is_pronoun_at(&m, m.a))
        return resolve_pronoun(&m, m.a, topic);
    /* (its first name, before any verb: "Chinese ride-hailing giant Didi
     * Chuxing is", not "the company said Mobike") */
    static const char *const verb[] = {"is", "was", "are", "were", "has", "have", "had", "said", "says",
                                       "will", "would", "can", "could", "announced"};
    size_t e;
    for (size_t i = m.a; i < hi; i++) {
        if (t[i].kind == TK_WORD && !(t[i].flags & TF_CAP) &&
            (str_ieq_any(st->s + t[i].off, t[i].len, verb, sizeof verb / sizeof *verb) ||
             (t[i].len > 3 && str_ieq(st->s + t[i].off + t[i].len - 2, 2, "ed"))))
            return NULL;
        if (!name_at(&m, i, hi, &e) || in_list(&not_name, &t[i]))
            continue;
        return name_text(&m, i, e);
    }
    return NULL;
}

/* Where the company a round went to is named after its cue, which ends
 * at c: past the round's own words ("series E round", "funding round"),
 * "in", "of" or "for", and what kind of company it is ("bike-sharing
 * startup", "China-based bicycle sharing service"): "Alibaba has co-led
 * a $700m series E round for China-based bicycle sharing service Ofo".
 * SIZE_MAX if no name, or a place's, stands there. */
static size_t round_company_at(const struct sent *st, size_t c)
{
    const struct token *t = st->t;
    static const char *const own[] = {"round", "rounds", "funding", "financing", "series"};
    size_t j = c;
    while (j < st->b && j < c + 3 && t[j].kind == TK_WORD &&
           (str_ieq_any(st->s + t[j].off, t[j].len, own, sizeof own / sizeof *own) ||
            (t[j].len == 1 && j > c && str_ieq(st->s + t[j - 1].off, t[j - 1].len, "series"))))
        j++;
    if (j + 1 >= st->b ||
        !(tok_is(&t[j], WH(in)) || tok_is(&t[j], WH(of)) || str_ieq(st->s + t[j].off, t[j].len, "for")))
        return SIZE_MAX;
    size_t at = j + 1, e, pe;
    /* (what kind of company: a few words, a noun of a company last,
     * "Indian news aggregating app Dailyhunt", "Smartphone startup
     * Essential") */
    static const char *const kind[] = {"startup", "start-up", "company", "firm", "service", "platform", "app",
                                       "provider", "operator", "unicorn", "maker", "developer", "giant", "retailer"};
    size_t q = at;
    while (q < st->b && q < at + 7 &&
           ((t[q].kind == TK_PUNCT && st->s[t[q].off] == '-' && q > at) ||
            (t[q].kind == TK_WORD && !str_ieq_any(st->s + t[q].off, t[q].len, kind, sizeof kind / sizeof *kind))))
        q++;
    if (q > at && q < st->b && str_ieq_any(st->s + t[q].off, t[q].len, kind, sizeof kind / sizeof *kind))
        at = q + 1;
    if (at >= st->b || !name_at(st, at, st->b, &e) || in_list(&not_name, &t[at]) || place_name_at(st, at, &pe))
        return SIZE_MAX;
    return at;
}

/* Is the name at i who put money in: after an amount and "from" ("RMB 5
 * million from ZhenFund"), or after "led by", "backed by", "funded by"? */
static bool backer_at(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    if (i < st->a + 2)
        return false;
    if (tok_is(&t[i - 1], WH(from)))
        return is_quantity(&t[i - 2]) && num_class(&t[i - 2]) == UC_MONEY;
    if (!tok_is(&t[i - 1], WH(by)))
        return false;
    static const char *const verbs[] = {"led", "co-led", "backed", "funded"};
    return str_ieq_any(st->s + t[i - 2].off, t[i - 2].len, verbs, sizeof verbs / sizeof *verbs);
}

/* Does the paragraph before lead into a list, the topic's block: is the
 * block a list, and the one before a sentence that ends with a colon (not
 * a speaker's name, "Luo Wenbing:")? */
static bool lead_into_list(const struct topic *tp)
{
    const struct sent *w = tp->whole;
    if (!tp->prev || !w || w->n == 0)
        return false;
    const struct token *last = &w->t[w->n - 1];
    if (!scan_bullet_at(w->s, 0, last->off + last->len))
        return false;
    const char *p = tp->prev->text;
    size_t n = tp->prev->len;
    while (n > 0 && is_space((unsigned char)p[n - 1]))
        n--;
    int words = 0;
    for (size_t i = 0; i + 1 < n; i++)
        words += p[i] == ' ' && !is_space((unsigned char)p[i + 1]);
    return n > 0 && p[n - 1] == ':' && words >= 4;
}

static char *block_topic(const struct sent *whole)
{
    char **names = NULL;
    int *count = NULL;
    size_t n = 0;
    for (size_t i = whole->a; i < whole->b; i++) {
        size_t e;
        if (!name_at(whole, i, whole->b, &e))
            continue;
        /* nor others listed: "investors including A, B and C" */
        /* (nor who put money in: "RMB 5 million from ZhenFund", "led by
         * Tencent") */
        if ((i > whole->a && listed_other(whole, whole->a, i)) || backer_at(whole, i)) {
            i = e - 1;
            continue;
        }
        size_t pe;
        /* a place is where things happen, not what a paragraph is about
         * ("SHANGHAI, April 2014 -- Yu'e Bao ...") */
        if (place_name_at(whole, i, &pe) && pe >= e) {
            i = e - 1;
            continue;
        }
        /* "Tianhong's Yu'e Bao": what is owned is what the text is about */
        size_t e2;
        if ((whole->t[e - 1].flags & TF_POSSESSIVE) && e < whole->b && name_at(whole, e, whole->b, &e2) &&
            !in_list(&not_name, &whole->t[e])) {
            i = e - 1;
            continue;
        }
        /* nor a name alone in brackets: an attribution ("(Reuters)",
         * "(Xinhua)") or an abbreviation of the name before it ("(MIIT)") */
        if (i > whole->a && (whole->t[i - 1].flags & TF_OPEN) && e < whole->b && (whole->t[e].flags & TF_CLOSE)) {
            i = e - 1;
            continue;
        }
        /* nor is a dateline's city in capitals ("NEW YORK, Sept. 19 (Reuters) -") */
        if (i <= whole->a + 1 && e < whole->b && whole->t[e].kind == TK_PUNCT &&
            (whole->s[whole->t[e].off] == ',' || (whole->t[e].flags & TF_OPEN)) && all_caps(whole, i, e)) {
            i = e - 1;
            continue;
        }
        /* nor who writes a part of the report ("§4 Manager's Report",
         * "Chairman's Statement"): what it writes about is the topic */
        if ((whole->t[e - 1].flags & TF_POSSESSIVE) && e < whole->b && whole->t[e].kind == TK_WORD) {
            static const char *const parts[] = {"report", "review", "letter", "statement", "discussion",
                                                "commentary", "overview"};
            bool part = false;
            for (size_t q = 0; q < sizeof parts / sizeof *parts && !part; q++)
                part = str_ieq(whole->s + whole->t[e].off, whole->t[e].len, parts[q]);
            if (part) {
                i = e - 1;
                continue;
            }
        }
        /* nor who speaks ("Founder Liu Nan said") */
        if (reported_source(whole, i, e) || byline_author(whole, i) || person_name(whole, i, e)) {
            i = e - 1;
            continue;
        }
        char *txt = name_text(whole, i, e);
        size_t k = 0;
        for (; k < n; k++)
            if (strcmp(names[k], txt) == 0)
                break;
        if (k < n) {
            count[k]++;
            free(txt);
        } else {
            names = xrealloc(names, (n + 1) * sizeof *names);
            count = xrealloc(count, (n + 1) * sizeof *count);
            names[n] = txt;
            count[n++] = 1;
        }
        i = e - 1;
        if (n > 64)
            break;
    }
    char *best = NULL;
    int bc = 0;
    for (size_t k = 0; k < n; k++) {
        if (count[k] > bc) {
            bc = count[k];
            best = names[k];
        }
    }
    char *out = best ? xstrdup(best) : NULL;
    for (size_t k = 0; k < n; k++)
        free(names[k]);
    free(names);
    free(count);
    return out;
}

/* ---- entities -------------------------------------------------------------------- */

static char *subject_before(const struct sent *st, size_t hi, struct topic *topic, bool *weak);

/* "we", "our", "us" of a press release whose issuer is known; and its
 * defined terms, "the Company", "the Group" (in capitals) */
static bool we_at(const struct sent *st, size_t i)
{
    const struct token *t = &st->t[i];
    if (!st->issuer || t->kind != TK_WORD)
        return false;
    /* (or "our Group", "the Group's") */
    size_t len = stem_len(st->s, t);
    if ((t->flags & TF_CAP) && i > st->a &&
        (str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the") ||
         str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "our")) &&
        ((len == 7 && memcmp(st->s + t->off, "Company", 7) == 0) || (len == 5 && memcmp(st->s + t->off, "Group", 5) == 0)))
        return true;
    return str_ieq(st->s + t->off, t->len, "we") || str_ieq(st->s + t->off, t->len, "our") ||
           str_ieq(st->s + t->off, t->len, "us");
}

static bool is_pronoun(const struct sent *st, size_t i);
static char *resolve_pronoun(const struct sent *st, size_t j, struct topic *topic);

static bool is_pronoun_at(const struct sent *st, size_t i)
{
    return is_pronoun(st, i);
}

/* Is the name at a in a list of others after "including", "such as",
 * "like" or "led by": "investors including Warburg Pincus, Hillhouse Capital and
 * Sequoia"?  Back over names, commas and "and" to the word that opens it. */
static bool listed_other(const struct sent *st, size_t lo, size_t a)
{
    for (size_t i = a; i > lo && i + 24 > a;) {
        const struct token *p = &st->t[--i];
        if (p->kind == TK_WORD && (in_list(&others_lead, p) ||
                                   (tok_is(p, WH(as)) && i > lo && tok_is(&st->t[i - 1], WH(such))) ||
                                   /* (examples after a plural noun: "messaging apps like WeChat") */
                                   (str_ieq(st->s + p->off, p->len, "like") && i > lo && st->t[i - 1].kind == TK_WORD &&
                                    !(st->t[i - 1].flags & TF_CAP) && st->t[i - 1].len > 3 &&
                                    st->s[st->t[i - 1].off + st->t[i - 1].len - 1] == 's') ||
                                   (tok_is(p, WH(by)) && i > lo &&
                                    (tok_is(&st->t[i - 1], WH(led)) || tok_is(&st->t[i - 1], WH(joined))))))
            return true;
        /* (co-investors after "with": "led by A, with B and C following on") */
        bool list = (p->kind == TK_PUNCT && st->s[p->off] == ',') || tok_is(p, WH(and)) ||
                    (p->kind == TK_WORD && str_ieq(st->s + p->off, p->len, "with")) ||
                    (p->kind == TK_WORD && (p->flags & TF_CAP)) || (p->kind == TK_PUNCT && (p->flags & TF_HYPHEN)) ||
                    /* (an owner's apostrophe: "apps like Tencent Holdings' WeChat") */
                    (p->kind == TK_PUNCT && ((p->len == 1 && st->s[p->off] == '\'') ||
                                             (p->len == 3 && memcmp(st->s + p->off, "\xE2\x80\x99", 3) == 0)));
        if (!list)
            return false;
    }
    return false;
}

/* Is the name [a, e) a clause's subject: at the start of a sentence or a
 * clause, and not the source of a report ("says Chen", "Chen thinks")? */
static bool clause_subject(const struct sent *st, size_t lo, size_t a, size_t e)
{
    if (a > lo && listed_other(st, lo, a))
        return false;
    /* past a noun for what the name is, and its modifiers: "and
     * e-commerce firm Pinduoduo raised", "while online retailer JD" */
    if (a > lo + 1 && in_list(&firm_noun, &st->t[a - 1]) && !(st->t[a - 1].flags & TF_CAP)) {
        size_t b = a - 1;
        while (b > lo + 1 && b + 5 > a && !(st->t[b - 1].flags & TF_CAP) &&
               ((st->t[b - 1].kind == TK_WORD && !in_list(&conjunction, &st->t[b - 1]) && !tok_is(&st->t[b - 1], WH(and)) &&
                 !tok_is(&st->t[b - 1], WH(that))) ||
                (st->t[b - 1].kind == TK_PUNCT && (st->t[b - 1].flags & TF_HYPHEN))))
            b--;
        a = b;
    }
    if (a > lo) {
        const struct token *p = &st->t[a - 1];
        /* (after a comma, a full stop, a quote or a dash: "April 2014 -- Yu'e Bao, ...") */
        bool dash = p->kind == TK_PUNCT &&
                    ((p->len == 1 && st->s[p->off] == '-' && !(p->flags & TF_HYPHEN)) ||
                     (p->len == 3 && (unsigned char)st->s[p->off] == 0xE2 && (unsigned char)st->s[p->off + 1] == 0x80 &&
                      ((unsigned char)st->s[p->off + 2] == 0x94 || (unsigned char)st->s[p->off + 2] == 0x93)));
        bool starts = dash || (p->kind == TK_PUNCT && (st->s[p->off] == ',' || (p->flags & (TF_SENT_END | TF_QUOTE)))) ||
                      tok_is(p, WH(and)) || tok_is(p, WH(that)) ||
                      tok_is(p, WH(but)) || p->kind == TK_SKIP || str_ieq(st->s + p->off, p->len, "while") ||
                      str_ieq(st->s + p->off, p->len, "whereas");
        if (!starts || in_list(&reporting, p))
            return false;
    }
    if (e < st->n && in_list(&reporting, &st->t[e]))
        return false;
    return true;
}

/* The first clause subject in [lo, hi), or NULL.  Of "Sina Corp's Weibo"
 * the subject is what is owned, Weibo. */
static char *clause_subject_in(const struct sent *st, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++) {
        size_t e, pe;
        if (!name_at(st, i, hi, &e))
            continue;
        /* a place, or a dateline's city ("SHANGHAI, April 2014 --"), is no
         * subject a pronoun stands for */
        if ((place_name_at(st, i, &pe) && pe >= e) ||
            (i == lo && e < hi && st->t[e].kind == TK_PUNCT && st->s[st->t[e].off] == ',' && all_caps(st, i, e))) {
            i = e - 1;
            continue;
        }
        if (clause_subject(st, lo, i, e)) {
            size_t e2;
            if ((st->t[e - 1].flags & TF_POSSESSIVE) && e < hi && name_at(st, e, hi, &e2) &&
                !in_list(&not_name, &st->t[e]))
                return name_text(st, e, e2);
            return name_text(st, i, e);
        }
        i = e - 1;
    }
    return NULL;
}

/* The name that speaks in [lo, hi): "Alibaba Group Holding Ltd said ...". */
static char *speaker_in(const struct sent *st, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++) {
        size_t e;
        if (!name_at(st, i, hi, &e))
            continue;
        if (e < hi && in_list(&reporting, &st->t[e]))
            return name_text(st, i, e);
        i = e - 1;
    }
    return NULL;
}

static bool speaker_before(const struct sent *st, size_t j)
{
    char *s = speaker_in(st, st->a, j);
    free(s);
    return s != NULL;
}

/* What a pronoun at j stands for: a subject earlier in the sentence, the
 * subject of the sentence before, the indicator's own fallback, the
 * paragraph's topic. */
static char *resolve_pronoun(const struct sent *st, size_t j, struct topic *topic)
{
    if (we_at(st, j))
        return xstrdup(st->issuer);
    /* "Alipay said it had 450 million active users": the speaker right
     * before the pronoun is who it is */
    size_t v = j;
    if (v > st->a && tok_is(&st->t[v - 1], WH(that)))
        v--;
    static const char *const told[] = {"said", "says", "announced", "reported", "disclosed", "stated"};
    bool says = false;
    /* (a time or a channel may stand between: "said on Friday it", "said
     * in a statement that it") */
    for (size_t w = v; w > st->a + 1 && w + 6 > v && !says; w--) {
        const struct token *x = &st->t[w - 1];
        for (size_t k = 0; k < sizeof told / sizeof *told && !says; k++)
            says = str_ieq(st->s + x->off, x->len, told[k]);
        if (says) {
            v = w;
            break;
        }
        bool aside = (st->in_date && st->in_date[w - 1]) || tok_is(x, WH(that)) || tok_is(x, WH(on)) ||
                     tok_is(x, WH(in)) || tok_is(x, WH(a)) || in_list(&weekday_word, x) ||
                     str_ieq(st->s + x->off, x->len, "statement") || str_ieq(st->s + x->off, x->len, "filing") ||
                     str_ieq(st->s + x->off, x->len, "today") || str_ieq(st->s + x->off, x->len, "yesterday");
        if (!aside)
            break;
    }
    /* (not an opinion: "Chen thinks it could be worth", "it" is the market) */
    if (says) {
        /* (the name right before the verb: "..., and China Unicom said its") */
        size_t first = SIZE_MAX, e;
        for (size_t s0 = v - 1; s0-- > st->a && s0 + 7 > v;)
            if (name_at(st, s0, v - 1, &e) && e == v - 1 && !in_list(&not_name, &st->t[s0]))
                first = s0;
        if (first != SIZE_MAX)
            return name_text(st, first, v - 1);
        char *sp = speaker_in(st, st->a, v);
        if (sp)
            return sp;
    }
    char *s = clause_subject_in(st, st->a, j);
    /* (the one name before it in its sentence, an owner's: "According to
     * iQIYI's prospectus, the number of its monthly active users") */
    if (!s) {
        size_t only = SIZE_MAX, only_e = 0, names = 0, e;
        size_t pe;
        for (size_t i = st->a; i < j; i++)
            if (name_at(st, i, j, &e) && !in_list(&not_name, &st->t[i])) {
                if (!(place_name_at(st, i, &pe) && pe >= e)) {
                    names++;
                    only = i;
                    only_e = e;
                }
                i = e - 1;
            }
        if (names == 1 && (st->t[only_e - 1].flags & TF_POSSESSIVE))
            s = name_text(st, only, only_e);
    }
    /* (under a card's title, it is what the title names) */
    if (!s && topic && topic->card)
        s = xstrdup(topic->card);
    if (!s && st->pb > st->pa)
        s = clause_subject_in(st, st->pa, st->pb);
    /* (a fund's own report: "the fund" is its fund, not the bank the
     * paragraph before spoke of) */
    size_t jl = stem_len(st->s, &st->t[j]);
    /* (its paragraph may name the fund's brand: "the Yu'e Bao platform",
     * of "Tianhong Yu'e Bao") */
    if (!s && st->issuer && topic && str_ieq(st->s + st->t[j].off, jl, "fund") &&
        !name_before_but(topic->whole, j, st->issuer))
        s = xstrdup(st->issuer);
    /* "Tencent reported results. || The company said its revenue ...": a
     * pronoun before any name of its paragraph points to the one before */
    if (!s && topic && topic_prev(topic) && !name_before(topic->whole, j) && !speaker_before(st, j))
        s = xstrdup(topic_prev(topic));
    /* "the fund's net assets" in a fund's own report, before any name of
     * its paragraph: the fund the report speaks for */
    if (!s && st->issuer && topic && !name_before(topic->whole, j))
        s = xstrdup(st->issuer);
    if (!s && st->ru && st->ru->fallback)
        s = xstrdup(st->ru->fallback);
    /* "Alibaba said sales on its platforms hit ...": its speaker, for a
     * figure that must be someone's */
    if (!s)
        s = speaker_in(st, st->a, j);
    if (!s && topic_get(topic))
        s = xstrdup(topic_get(topic));
    return s;
}

/* "Sohu's search unit Sogou": after a possessive name [.., e), a name that
 * follows its lower-case noun, if any: [*a, *b). */
static bool unit_after(const struct sent *st, size_t e, size_t hi, size_t *a, size_t *b)
{
    if (!(st->t[e - 1].flags & TF_POSSESSIVE) &&
        !(st->t[e - 1].kind == TK_WORD && (str_ieq(st->s + st->t[e - 1].off, st->t[e - 1].len, "its") ||
                                          str_ieq(st->s + st->t[e - 1].off, st->t[e - 1].len, "their"))))
        return false;
    /* (what it is, in lower-case words, none a preposition: not "its
     * newly offered stock in Hong Kong") */
    size_t j = e;
    while (j < hi && st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP) && j - e < 4 &&
           !in_list(&name_prep, &st->t[j]))
        j++;
    if (j < hi && in_list(&name_prep, &st->t[j]))
        return false;
    if (j > e && j < hi && name_at(st, j, hi, b)) {
        *a = j;
        return true;
    }
    /* (or set off by commas: "Ofo's biggest rival, Mobike, raised") */
    if (j > e && j + 1 < hi && st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == ',' &&
        name_at(st, j + 1, hi, b) && *b < hi && st->t[*b].kind == TK_PUNCT && st->s[st->t[*b].off] == ',') {
        *a = j + 1;
        return true;
    }
    return false;
}

/* The subject a pronoun at i stands for, or the name right after what it
 * says the firm is ("The online lender Lufax is valued at": no pronoun). */
static char *pronoun_subject(const struct sent *st, size_t i, size_t hi, struct topic *topic)
{
    size_t e;
    if (!(st->t[i].flags & TF_POSSESSIVE) && i + 1 < hi && name_at(st, i + 1, hi, &e) &&
        !in_list(&not_name, &st->t[i + 1]))
        return name_text(st, i + 1, e);
    return resolve_pronoun(st, i, topic);
}

/* The subject of the sentence: its first name not after a preposition. */
static bool place_name(const char *name);

static char *sentence_subject(const struct sent *st, size_t hi, struct topic *topic)
{
    /* a title's label before a colon names the topic, not the subject:
     * "7) Fresh-food delivery: Guoguo raises RMB300 million" */
    size_t from = st->a;
    for (size_t i = st->a; i < hi && i < st->a + 8; i++)
        if (st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ':' && st->t[i].len == 1) {
            size_t e;
            for (size_t j = i + 1; j < hi && j < i + 4; j++)
                if (name_at(st, j, hi, &e)) {
                    from = i + 1;
                    break;
                }
        }
    for (size_t i = from; i < hi; i++) {
        size_t e, ua, ub;
        /* ("its rival Mobike raised": the name after what it is) */
        if (is_pronoun_at(st, i) && unit_after(st, i + 1, hi, &ua, &ub))
            return name_text(st, ua, ub);
        if (is_pronoun_at(st, i))
            return pronoun_subject(st, i, hi, topic);
        if (!name_at(st, i, hi, &e))
            continue;
        if (i > st->a && in_list(&name_prep, &st->t[i - 1])) {
            i = e - 1;
            continue;
        }
        /* "Shanghai online lender Jiaxin Finance raised": a place before
         * what the firm is, then its name */
        /* (or any word opening the sentence, where the name after what
         * the firm is stands right before the verb: "Grocery delivery app
         * Xianfeng Maicai priced", "Beijing autonomous-trucking developer
         * Haoyun Tech raised") */
        size_t pe;
        bool place = place_name_at(st, i, &pe) && pe >= e;
        /* ("The Chinese e-commerce giant sold 320.1 million shares": a
         * place's word before what the firm is, a pronoun) */
        if (place && i > from && str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the"))
            for (size_t j = e; j < hi && j < e + 6 &&
                               ((st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP)) ||
                                (st->t[j].kind == TK_PUNCT && (st->t[j].flags & TF_HYPHEN)));
                 j++)
                if (st->t[j].kind == TK_WORD && is_pronoun_at(st, j))
                    return pronoun_subject(st, j, hi, topic);
        if ((place || i == from) && e < hi && st->t[e].kind == TK_WORD && !(st->t[e].flags & TF_CAP)) {
            size_t j = e;
            /* (not past a name in camel case: "China's mobile gaming
             * company iDreamSky Technology Limited") */
            while (j < hi && j < e + 8 &&
                   ((st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP) && !name_word(st, j)) ||
                    (st->t[j].kind == TK_PUNCT && (st->t[j].flags & TF_HYPHEN))))
                j++;
            size_t e2;
            if (j > e && j < hi && name_at(st, j, hi, &e2) && (place || e2 == hi))
                return name_text(st, j, e2);
            /* (or set off by commas after it: "China's most popular gay
             * dating app, Blued, has secured") */
            if (place && j > e + 1 && j + 2 < hi && st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == ',' &&
                name_at(st, j + 1, hi, &e2) && e2 < hi && st->t[e2].kind == TK_PUNCT && st->s[st->t[e2].off] == ',')
                return name_text(st, j + 1, e2);
        }
        /* "Sohu's search unit Sogou received ...": the possessor names the
         * owner; the name after its lower-case noun is the subject */
        if (unit_after(st, e, hi, &ua, &ub))
            return name_text(st, ua, ub);
        /* "Alibaba's Alipay claims 450m": what is owned */
        size_t e2;
        if ((st->t[e - 1].flags & TF_POSSESSIVE) && e < hi && name_at(st, e, hi, &e2) && !in_list(&not_name, &st->t[e])) {
            /* (but "Xiaomi's Hong Kong listing raised", "Alibaba's New
             * York IPO": a place before a noun only says where) */
            if (place_name_at(st, e, &pe) && pe >= e2 && e2 < hi && st->t[e2].kind == TK_WORD &&
                !(st->t[e2].flags & TF_CAP))
                return name_text(st, i, e);
            return name_text(st, e, e2);
        }
        /* (a place before its noun only says where: "The price tag for
         * the Hong Kong portion of the listing") */
        if (place && e < hi && st->t[e].kind == TK_WORD && !(st->t[e].flags & TF_CAP)) {
            i = e - 1;
            continue;
        }
        return name_text(st, i, e);
    }
    /* (not a place after a preposition, where the text's topic is a
     * name: "The issuing of 1.67 billion shares in Shanghai would raise",
     * of Ant's listing) */
    bool weak = false;
    char *s = subject_before(st, hi, topic, &weak);
    const char *tn = weak && s && place_name(s) ? topic_get(topic) : NULL;
    /* (or the paragraph before's, where this one names nobody else) */
    if (weak && s && place_name(s) && (!tn || place_name(tn)))
        tn = topic_prev(topic);
    if (tn && !place_name(tn)) {
        free(s);
        return xstrdup(tn);
    }
    return s;
}

static bool is_pronoun(const struct sent *st, size_t i)
{
    static const char *const pro[] = {"it", "its", "the company", "the firm", "the fund", "the application",
                                      "the app", "the platform", "the site", "the website", "the group",
                                      "the operator", "the carrier", "the retailer", "the lender", "the startup",
                                      "the portal", "the marketplace", "the giant", "the service"};
    const struct token *t = &st->t[i];
    if (we_at(st, i))
        return true;
    if (!in_list(&pronoun_word, t))
        return false;
    /* (not a noun's modifier: "managed by the fund management firms") */
    if (modifies_noun(st, i))
        return false;
    /* "the company's": the word without its possessive */
    size_t len = stem_len(st->s, t);
    for (size_t k = 0; k < sizeof pro / sizeof *pro; k++) {
        const char *sp = strchr(pro[k], ' ');
        const char *w = sp ? sp + 1 : pro[k];
        if (t->kind == TK_WORD && str_ieq(st->s + t->off, len, w) &&
            (!sp || (i > st->a && str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the"))))
            return true;
        /* "the Beijing-based company", "the Chinese group", "the online
         * retailer": a modifier or two between, before a word for a firm */
        if (sp && t->kind == TK_WORD && i > st->a + 1 && str_ieq(st->s + t->off, len, w) &&
            (strcmp(w, "company") == 0 || strcmp(w, "firm") == 0 || strcmp(w, "group") == 0 ||
             strcmp(w, "startup") == 0 || strcmp(w, "giant") == 0 || strcmp(w, "retailer") == 0 ||
             strcmp(w, "lender") == 0 || strcmp(w, "operator") == 0 || strcmp(w, "carrier") == 0)) {
            const struct token *m = &st->t[i - 1];
            size_t pe;
            /* (a place is a modifier too: "the Beijing company") */
            bool mod = m->kind == TK_WORD && (!(m->flags & TF_CAP) || in_list(&not_name, m) ||
                                              (place_name_at(st, i - 1, &pe) && pe == i));
            /* (a compound's hyphen counts no word: "the Chinese
             * e-commerce giant") */
            for (size_t j = i - 1; mod && j-- > st->a && j + 7 > i;) {
                const struct token *x = &st->t[j];
                if (x->kind == TK_WORD && str_ieq(st->s + x->off, x->len, "the"))
                    return true;
                /* (or a place's possessive that opens the phrase: "Asia's
                 * most valuable company", "China's largest e-commerce
                 * firm", "the world's biggest retailer") */
                size_t xe;
                if (x->kind == TK_WORD && (x->flags & TF_POSSESSIVE) &&
                    ((place_name_at(st, j, &xe) && xe == j + 1) || str_ieq(st->s + x->off, stem_len(st->s, x), "world")) &&
                    (j == st->a || st->t[j - 1].kind == TK_PUNCT ||
                     str_ieq(st->s + st->t[j - 1].off, st->t[j - 1].len, "the")))
                    return true;
                mod = (x->kind == TK_PUNCT && (x->flags & TF_HYPHEN)) ||
                      (x->kind == TK_WORD && !(x->flags & TF_POSSESSIVE));
            }
        }
    }
    return false;
}

/* Does a word for a firm ("the company", "the Beijing-based company",
 * not "it" or "we") speak in the block before hi ("..., the company
 * said")? */
static bool firm_pronoun_before(const struct sent *whole, size_t hi)
{
    for (size_t i = whole->a; i + 1 < hi && i + 1 < whole->b; i++)
        if (whole->t[i].kind == TK_WORD && !(whole->t[i].flags & TF_CAP) && whole->t[i].len > 3 && i > whole->a &&
            !we_at(whole, i) && is_pronoun(whole, i) && in_list(&reporting, &whole->t[i + 1]))
            return true;
    return false;
}

/* Is the name at s0 the object of a participle before it ("overtaking
 * China Asset Management", "surpassing Tencent")? */
static bool participle_object(const struct sent *st, size_t s0)
{
    if (s0 <= st->a)
        return false;
    const struct token *t = &st->t[s0 - 1];
    if (t->kind != TK_WORD || (t->flags & TF_CAP) || t->len < 6)
        return false;
    const char *w = st->s + t->off;
    return str_ieq(w + t->len - 3, 3, "ing") && !str_ieq(w, t->len, "including") &&
           !str_ieq(w, t->len, "according");
}

/* Does a past participle with its preposition open an apposition at i:
 * "backed by", "owned by", "founded in", "run by", "known as"? */
static bool participle_at(const struct sent *st, size_t i)
{
    static const char *const irregular[] = {"run", "led", "held", "known", "built", "set", "made", "bought"};
    const struct token *t = &st->t[i];
    if (t->kind != TK_WORD || (t->flags & TF_CAP) || i + 1 >= st->b)
        return false;
    const struct token *p = &st->t[i + 1];
    if (!tok_is(p, WH(by)) && !tok_is(p, WH(in)) && !tok_is(p, WH(as)))
        return false;
    const char *w = st->s + t->off;
    if (t->len > 4 && str_ieq(w + t->len - 2, 2, "ed"))
        return true;
    for (size_t k = 0; k < sizeof irregular / sizeof *irregular; k++)
        if (str_ieq(w, t->len, irregular[k]))
            return true;
    return false;
}

/* Is the name [s0, e) inside brackets right after a name ("(0700.HK)",
 * "(NASDAQ: JD)", "(MIIT)")?  The index of the '(' if so, else SIZE_MAX. */
static size_t bracketed(const struct sent *st, size_t s0, size_t e)
{
    size_t o = s0;
    while (o > st->a && o + 4 > s0 && !(st->t[o - 1].flags & (TF_OPEN | TF_CLOSE | TF_SENT_END)))
        o--;
    if (o == st->a || !(st->t[o - 1].flags & TF_OPEN) || o - 1 == st->a)
        return SIZE_MAX;
    size_t c = e;
    while (c < st->b && c < e + 2 && !(st->t[c].flags & (TF_OPEN | TF_CLOSE | TF_SENT_END)))
        c++;
    if (c >= st->b || !(st->t[c].flags & TF_CLOSE))
        return SIZE_MAX;
    const struct token *before = &st->t[o - 2];
    if (before->kind == TK_PUNCT && before->len == 1 && st->s[before->off] == '.' && o >= st->a + 3)
        before = &st->t[o - 3]; /* "Ltd. (" */
    return name_word(st, (size_t)(before - st->t)) ? o - 1 : SIZE_MAX;
}

/* The nearest name before index hi: the one a clause is about.  Names after
 * a preposition ("according to data from iResearch") are second choice; a
 * pronoun standing nearer than any name means the paragraph's topic. */
static char *subject_before(const struct sent *st, size_t hi, struct topic *topic, bool *weak)
{
    if (weak)
        *weak = false;
    /* "Yu'e Bao, which lets users of Alibaba's Alipay payment service park
     * spare cash in a fund run by Tianhong Asset Management Co., had 49.03
     * million customers": the name that opens the sentence before a
     * relative clause set off by commas is the subject, whatever names the
     * clause holds */
    {
        size_t c2 = SIZE_MAX;
        for (size_t i = hi; i-- > st->a + 3;) {
            if (is_clause_break(&st->t[i]))
                break;
            if (st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ',') {
                c2 = i;
                break;
            }
        }
        size_t c1 = SIZE_MAX;
        for (size_t i = st->a + 1; c2 != SIZE_MAX && i + 1 < c2 && i < st->a + 8; i++)
            if (st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ',') {
                const struct token *w = &st->t[i + 1];
                if (str_ieq(st->s + w->off, w->len, "which") || str_ieq(st->s + w->off, w->len, "who") ||
                    str_ieq(st->s + w->off, w->len, "whose"))
                    c1 = i;
                break;
            }
        /* (the clause one, parted by no other comma or clause mark) */
        for (size_t i = c1 != SIZE_MAX ? c1 + 1 : c2; c1 != SIZE_MAX && i < c2; i++)
            if (is_clause_break(&st->t[i]) || (st->t[i].kind == TK_PUNCT && st->s[st->t[i].off] == ','))
                c1 = SIZE_MAX;
        size_t e;
        if (c1 != SIZE_MAX && name_at(st, st->a, c1, &e) && e == c1 && !in_list(&not_name, &st->t[st->a]))
            return name_text(st, st->a, c1);
    }
    size_t second_a = SIZE_MAX, second_b = 0;
    for (size_t i = hi; i > st->a; i--) {
        size_t j = i - 1;
        /* (not past a colon that ends a clause of its own, longer than a
         * label: "Take-up accelerated as cheap Android handsets arrived:
         * the number of 3G users reached") */
        /* (but a name right before the colon is what it goes on about:
         * "social features built into WeChat: on New Year's Eve users
         * sent 14.2 billion red packets") */
        if (st->t[j].kind == TK_PUNCT && st->s[st->t[j].off] == ':' && j > st->a + 6 && !name_word(st, j - 1))
            break;
        /* "QQ, its older messaging service, had": the pronoun of an
         * apposition speaks of another; the name before it is the subject */
        if (is_pronoun(st, j) && j >= st->a + 2 && st->t[j - 1].kind == TK_PUNCT && st->s[st->t[j - 1].off] == ',' &&
            name_word(st, j - 2) && !in_list(&not_name, &st->t[j - 2]) &&
            (str_ieq(st->s + st->t[j].off, st->t[j].len, "its") || str_ieq(st->s + st->t[j].off, st->t[j].len, "their")))
            continue;
        if (is_pronoun(st, j))
            return resolve_pronoun(st, j, topic);
        if (!name_word(st, j) || in_list(&not_name, &st->t[j]))
            continue;
        /* the start of this name ("Tianhong Yu'e Bao Money Market Fund": a
         * common adjective inside a name belongs to it) */
        size_t s0 = j;
        for (;;) {
            if (s0 > st->a && name_word(st, s0 - 1) &&
                (!in_list(&not_name, &st->t[s0 - 1]) || in_list(&name_inner, &st->t[s0 - 1])) &&
                !(st->t[s0 - 1].flags & TF_POSSESSIVE)) {
                s0--;
                continue;
            }
            /* "Qihoo 360 Technology Co": a bare number between name words */
            const struct token *b = s0 > st->a + 1 ? &st->t[s0 - 1] : NULL;
            if (b && b->kind == TK_NUM && (b->flags & TF_SMALLINT) && !(b->flags & (TF_YEAR | TF_MONTHDAY)) &&
                b->len == b->numlen && name_word(st, s0 - 2) && !in_list(&not_name, &st->t[s0 - 2]) &&
                !(st->t[s0 - 2].flags & TF_POSSESSIVE)) {
                s0 -= 2;
                continue;
            }
            break;
        }
        while (s0 > st->a && st->t[s0 - 1].kind == TK_PUNCT && (st->t[s0 - 1].flags & TF_HYPHEN) &&
               s0 >= st->a + 2 && name_word(st, s0 - 2))
            s0 -= 2;
        /* ... but starts no name: "Money Market Fund" alone is "Fund"'s */
        while (s0 < j && in_list(&not_name, &st->t[s0]) && in_list(&name_inner, &st->t[s0]))
            s0++;
        size_t e;
        if (!name_at(st, s0, hi, &e)) {
            i = s0 + 1;
            continue;
        }
        /* "According to the Asset Management Association of China, the
         * assets of ...": the source of a report is not what it is about;
         * nor is who speaks of it ("Founder Liu Nan said monthly GMV") */
        /* (nor are examples listed: "Its e-mail services, including
         * 163.com, 126.com and yeah.net, had") */
        if (reported_source(st, s0, e) || person_name(st, s0, e) || (s0 > st->a && listed_other(st, st->a, s0))) {
            i = s0 + 1;
            continue;
        }
        /* "Tianhong became China's largest fund manager, with": a
         * country's, before a noun, only says where */
        size_t pe0;
        if ((st->t[e - 1].flags & TF_POSSESSIVE) && place_name_at(st, s0, &pe0) && pe0 >= e && e < hi &&
            st->t[e].kind == TK_WORD && !(st->t[e].flags & TF_CAP)) {
            i = s0 + 1;
            continue;
        }
        /* "Tencent Holdings Ltd. (0700.HK)", "JD.com (NASDAQ: JD)": a
         * ticker or abbreviation in brackets stands for the name before */
        size_t open = bracketed(st, s0, e);
        if (open != SIZE_MAX) {
            i = open + 1;
            continue;
        }
        bool after_prep = s0 > st->a && (in_list(&name_prep, &st->t[s0 - 1]) ||
                                         /* "In the US, money market fund assets" */
                                         (s0 > st->a + 1 && str_ieq(st->s + st->t[s0 - 1].off, st->t[s0 - 1].len, "the") &&
                                          in_list(&name_prep, &st->t[s0 - 2])) ||
                                         /* "..., overtaking China Asset Management, with": the
                                          * object of a participle */
                                         participle_object(st, s0));
        /* "Ant Financial, the Alibaba affiliate that runs Alipay, was
         * valued at", "Tencent, China's largest Internet company,
         * reported": a name inside an apposition gives way to the name the
         * apposition describes */
        size_t close = e; /* the comma that ends the segment of the name */
        while (close < hi && close < e + 8 &&
               (st->t[close].kind == TK_WORD ||
                /* "..., launched by Alipay in June 2013, now manages",
                 * "..., whose Alipay counts 520 million users, was" */
                st->t[close].kind == TK_NUM))
            close++;
        if (close < hi && st->t[close].kind == TK_PUNCT && st->s[st->t[close].off] == ',') {
            size_t c = s0;
            while (c > st->a && c + 30 > s0 && !is_clause_break(&st->t[c - 1]) &&
                   !(st->t[c - 1].kind == TK_PUNCT && st->s[st->t[c - 1].off] == ','))
                c--;
            /* (a relative clause may run longer: "Yu'e Bao, which lets
             * users of Alibaba's Alipay payment service park spare cash in a
             * fund run by Tianhong Asset Management Co., had") */
            bool relative = c > st->a && (str_ieq(st->s + st->t[c].off, st->t[c].len, "which") ||
                                          str_ieq(st->s + st->t[c].off, st->t[c].len, "who") ||
                                          str_ieq(st->s + st->t[c].off, st->t[c].len, "whose"));
            if (c > st->a + 1 && (c + 12 > s0 || relative) && st->t[c - 1].kind == TK_PUNCT &&
                st->s[st->t[c - 1].off] == ',' &&
                (tok_is(&st->t[c], WH(a)) || tok_is(&st->t[c], WH(an)) || str_ieq(st->s + st->t[c].off, st->t[c].len, "the") ||
                 (st->t[c].flags & TF_POSSESSIVE) ||
                 /* "Tianhong Asset Management, which runs Yu'e Bao, became",
                  * "Ant Financial, whose Alipay counts 520 million users, was" */
                 str_ieq(st->s + st->t[c].off, st->t[c].len, "which") ||
                 str_ieq(st->s + st->t[c].off, st->t[c].len, "who") ||
                 str_ieq(st->s + st->t[c].off, st->t[c].len, "whose") ||
                 /* "Lufax, backed by Ping An Insurance, had" */
                 participle_at(st, c) ||
                 /* "JD.com, formerly known as 360buy, had", "Qunar, also
                  * known as", "Meituan, formerly Sanquan, raised" */
                 ((str_ieq(st->s + st->t[c].off, st->t[c].len, "formerly") ||
                   str_ieq(st->s + st->t[c].off, st->t[c].len, "previously") ||
                   str_ieq(st->s + st->t[c].off, st->t[c].len, "originally")) &&
                  (participle_at(st, c + 1) || name_word(st, c + 1))) ||
                 (str_ieq(st->s + st->t[c].off, st->t[c].len, "also") && participle_at(st, c + 1)))) {
                /* (the whole name: "Yu'e Bao", not "Bao") */
                size_t best = SIZE_MAX;
                for (size_t h0 = c - 1; h0-- > st->a && h0 + 6 > c - 1 && st->t[h0].kind == TK_WORD;) {
                    size_t he;
                    if (name_at(st, h0, c - 1, &he) && he == c - 1) {
                        best = h0;
                        if (h0 == st->a || !name_word(st, h0 - 1))
                            break;
                    }
                }
                if (best != SIZE_MAX)
                    return name_text(st, best, c - 1);
                /* (no name before it: what it describes names nobody,
                 * "Non-bank payment institutions, led by Alipay and
                 * Tenpay, processed") */
                if (participle_at(st, c)) {
                    i = c;
                    continue;
                }
            }
        }
        /* "Tencent has leaned on WeChat, which had 468 million monthly
         * active users": a relative clause holding the figure is of the
         * name it hangs on, even after a preposition */
        if (e + 2 < hi && st->t[e].kind == TK_PUNCT && st->s[st->t[e].off] == ',' &&
            (str_ieq(st->s + st->t[e + 1].off, st->t[e + 1].len, "which") ||
             str_ieq(st->s + st->t[e + 1].off, st->t[e + 1].len, "who"))) {
            bool inside = true;
            for (size_t q = e + 2; q < hi && inside; q++)
                inside = !is_clause_break(&st->t[q]) && !(st->t[q].kind == TK_PUNCT && st->s[st->t[q].off] == ',');
            if (inside)
                return name_text(st, s0, e);
        }
        if (!after_prep)
            return name_text(st, s0, e);
        if (second_a == SIZE_MAX) {
            second_a = s0;
            second_b = e;
        }
        i = s0 + 1;
    }
    if (second_a != SIZE_MAX) {
        if (weak)
            *weak = true;
        return name_text(st, second_a, second_b);
    }
    return NULL;
}

/* The name a card's field of its subject gives: "Company: Yunji Cloud |
 * Sector: ...", "Target: Youdian Video"; NULL if none on the line st. */
char *card_subject(const struct sent *st)
{
    static const char *const keys[] = {"company", "target", "startup", "firm", "issuer", "name"};
    for (size_t i = st->a; i + 2 < st->b; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD || st->t[i + 1].kind != TK_PUNCT || st->s[st->t[i + 1].off] != ':' ||
            (i > st->a && st->t[i - 1].kind == TK_WORD))
            continue;
        bool key = false;
        for (size_t k = 0; k < sizeof keys / sizeof *keys && !key; k++)
            key = str_ieq(st->s + t->off, t->len, keys[k]);
        size_t e;
        if (key && name_at(st, i + 2, st->b, &e))
            return name_text(st, i + 2, e);
    }
    return NULL;
}

/* The name a card's title opens with, past a bullet or a number: "*
 * Mia.com (...), Beijing | e-commerce", "1. XUEBANG TUTOR  (Beijing |
 * ...)"; the title is the sentence before st, or the block before when
 * st opens its block and that is one line.  NULL: none. */
char *card_title(const struct sent *st, struct topic *topic)
{
    struct sent w = *st;
    w.a = st->pa;
    w.b = st->pb;
    if (w.a == w.b) {
        const struct block *b = topic->prev;
        if (!b || !b->len || memchr(b->text, '\n', b->len - (b->text[b->len - 1] == '\n')))
            return NULL;
        scan_block(b, topic->prev_tok);
        if (topic->brands)
            brands_mark(topic->brands, b->text, topic->prev_tok->v, topic->prev_tok->n, false);
        w = (struct sent){b->text, topic->prev_tok->v, topic->prev_tok->n, 0, topic->prev_tok->n, 0, 0, NULL,
                          NULL, topic->r, NULL, false, false, NULL, NULL};
    }
    for (size_t i = w.a; i < w.b && i < w.a + 4; i++) {
        const struct token *t = &w.t[i];
        if (t->kind == TK_PUNCT || (t->kind == TK_NUM && (t->flags & TF_SMALLINT)))
            continue;
        size_t e, pe;
        if (!name_at(&w, i, w.b, &e) || in_list(&not_name, t) || (place_name_at(&w, i, &pe) && pe >= e))
            return NULL;
        char *name = name_text(&w, i, e);
        /* a title's capitals are its type's: "XUEBANG TUTOR" is Xuebang
         * Tutor (a short word may be an abbreviation: "VISION 3D") */
        if (e > i + 1 && all_caps(&w, i, e))
            for (char *c = name, *word = name; *c; c++) {
                if (*c == ' ')
                    word = c + 1;
                else if (c > word && is_upper((unsigned char)*c)) {
                    size_t len = strcspn(word, " ");
                    if (len >= 4)
                        *c = (char)to_lower((unsigned char)*c);
                }
            }
        return name;
    }
    return NULL;
}

/* Do two names name the same firm: "Alibaba" and "Alibaba Group Holding
 * Ltd" (one the first words of the other)? */
static bool same_name(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tl = la;
        la = lb;
        lb = tl;
    }
    return memcmp(a, b, la) == 0 && (la == lb || b[la] == ' ');
}

char *entity_subject(const struct sent *st, size_t hi, struct topic *topic)
{
    return sentence_subject(st, hi, topic);
}

/* The kind of cat named in the sentence nearest before k (else after
 * it), in the plural as the rules write it ("money market funds"), or
 * NULL. */
static char *category_near(const struct sent *st, const struct phrases *cat, size_t k)
{
    const struct phrase *best = NULL;
    size_t best_d = SIZE_MAX;
    for (size_t i = st->a; i < st->b; i++) {
        if (st->t[i].kind != TK_WORD)
            continue;
        for (size_t c = 0; c < cat->n; c++) {
            const struct phrase *ph = &cat->v[c];
            size_t e = match_fwd(st->t, st->n, i, ph, st->b);
            if (!e)
                continue;
            /* before the number: its distance; after it: behind any before */
            size_t d = e <= k ? k - e : st->b + (i - k);
            if (d < best_d || (d == best_d && ph->n > best->n)) {
                best_d = d;
                best = ph;
            }
        }
    }
    if (!best)
        return NULL;
    size_t n = strlen(best->text);
    char *out = xmalloc(n + 2);
    memcpy(out, best->text, n + 1);
    if (n && out[n - 1] != 's') {
        out[n] = 's';
        out[n + 1] = 0;
    }
    return out;
}

/* Is the name a place of the lexicon ("United States", "Japan", "China")? */
static bool place_name(const char *name)
{
    if (strcmp(name, "US") == 0 || strcmp(name, "U.S") == 0 || strcmp(name, "U.S.") == 0)
        return true;
    uint32_t h[PHRASE_MAX];
    int n = 0;
    for (const char *w = name; *w && n < PHRASE_MAX;) {
        while (*w == ' ')
            w++;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        if (e > w)
            h[n++] = scan_word_hash(w, (size_t)(e - w));
        w = e;
    }
    const struct wordlist *lists[] = {&home_place, &abroad_place};
    for (size_t l = 0; l < 2; l++)
        for (size_t i = 0; i < lists[l]->n; i++) {
            const struct phrase *ph = &lists[l]->ph[i];
            if (ph->n == n && memcmp(ph->h, h, (size_t)n * sizeof *h) == 0)
                return true;
        }
    return false;
}

static char *entity_of(const struct sent *st0, const struct rule *ru, size_t k, const struct numinfo *ni,
                       struct topic *topic);

/* Does the sentence open with a deal as its subject: "The round, which
 * also included ...", "This financing ..."? */
static bool deal_opens(const struct sent *st)
{
    static const char *const nouns[] = {"round", "deal", "investment", "financing", "funding", "transaction",
                                        "injection", "placement", "offering"};
    if (st->a + 1 >= st->b)
        return false;
    const struct token *d0 = &st->t[st->a], *n0 = &st->t[st->a + 1];
    const char *w = st->s + d0->off;
    if (!(str_ieq(w, d0->len, "the") || str_ieq(w, d0->len, "this") || str_ieq(w, d0->len, "that")))
        return false;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (str_ieq(st->s + n0->off, n0->len, nouns[k]))
            return true;
    return false;
}

/* The company a deal before hi is about: the name right after the nearest
 * deal verb ("invested in JD.com", "to buy Youku Tudou"), within the
 * clause (no ';' or sentence end between); NULL if there is none. */
static char *deal_object(const struct sent *st, size_t hi)
{
    for (size_t i = hi; i-- > st->a;) {
        const struct token *t = &st->t[i];
        if (t->kind == TK_PUNCT && (is_clause_break(t) || (t->flags & TF_SENT_END)))
            break;
        if (t->kind != TK_WORD)
            continue;
        size_t e = list_fwd(&deal_lead, st->t, st->n, i, hi);
        if (!e)
            continue;
        size_t ne, pe;
        if (e < hi && name_at(st, e, hi, &ne) && !in_list(&not_name, &st->t[e]) && !place_name_at(st, e, &pe))
            return name_text(st, e, ne);
    }
    return NULL;
}

/* How often the tokens [a, b) of st name the United States ("US",
 * "U.S.", "American", "United States") and China ("China", "Chinese",
 * "China's"), into *us and *cn. */
static void country_words(const struct sent *st, size_t a, size_t b, int *us, int *cn)
{
    for (size_t i = a; i < b; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD)
            continue;
        const char *w = st->s + t->off;
        if ((t->len == 2 && memcmp(w, "US", 2) == 0) || (t->len >= 3 && memcmp(w, "U.S", 3) == 0) ||
            str_ieq(w, t->len, "american") || (str_ieq(w, t->len, "united") && i + 1 < b &&
                                                str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "states")))
            (*us)++;
        else if (str_ieq(w, t->len, "china") || str_ieq(w, t->len, "chinese"))
            (*cn)++;
    }
}

static char *entity_named(const struct sent *st0, const struct rule *ru, size_t k, const struct numinfo *ni,
                          struct topic *topic);

/* A row of fields parted by wide gaps, a table's, whose figure is at k:
 * its first field of a name, past a rank ("5   Souche   Used cars
 * Series C   US$200M"), or NULL. */
static char *row_field_name(const struct sent *st, size_t k)
{
    if (st->b <= st->a + 2 || st->t[st->a].line != st->t[st->b - 1].line)
        return NULL;
    int gaps = 0;
    for (size_t j = st->a + 1; j < st->b; j++)
        gaps += gap_before(st->s, st->t, j);
    size_t i = st->a;
    if (st->t[i].kind == TK_NUM && (st->t[i].flags & TF_SMALLINT) && gap_before(st->s, st->t, i + 1))
        i++;
    size_t e = i + 1;
    while (e < st->b && e < i + 6 && !gap_before(st->s, st->t, e))
        e++;
    size_t ne;
    if (gaps >= 3 && i < k && e < k && st->t[i].kind == TK_WORD && (st->t[i].flags & TF_CAP) &&
        !in_list(&not_name, &st->t[i]) && name_at(st, i, e, &ne) && ne == e)
        return name_text(st, i, e);
    return NULL;
}

/* The province or city a national figure at k is of, by its own words
 * (between the figures before and after it): "Beijing had 18 million
 * internet users", "the penetration rate in Shanghai was 80 percent" (the
 * nearest), else the document's place (a province's bulletin); NULL where
 * those words speak of the country ("the national average of 70.4%") or
 * name no place. */
/* Is the province or city at i one of a list of them: "Beijing, Shanghai
 * and Guangdong"? */
static bool place_in_list(const struct sent *st, size_t i)
{
    const struct token *t = st->t;
    /* (the next: past a comma or "and"; the one before: the same) */
    if (i + 2 < st->b && ((t[i + 1].kind == TK_PUNCT && st->s[t[i + 1].off] == ',') || tok_is(&t[i + 1], WH(and))) &&
        (t[i + 2].flags & TF_CAP) && in_list(&province, &t[i + 2]))
        return true;
    return i >= st->a + 2 && ((t[i - 1].kind == TK_PUNCT && st->s[t[i - 1].off] == ',') || tok_is(&t[i - 1], WH(and))) &&
           (t[i - 2].flags & TF_CAP) && in_list(&province, &t[i - 2]);
}

static char *place_of_figure(const struct sent *st, size_t k)
{
    /* a place right after the figure is its: "ranged from 26.6% in
     * Beijing and 24.7% in Shanghai to 2.5% in Guizhou" */
    if (k + 2 < st->b && tok_is(&st->t[k + 1], WH(in)) && st->t[k + 2].kind == TK_WORD &&
        (st->t[k + 2].flags & TF_CAP) && in_list(&province, &st->t[k + 2]) &&
        !(k + 3 < st->b && st->t[k + 3].kind == TK_PUNCT && (st->t[k + 3].flags & TF_HYPHEN)))
        return name_text(st, k + 2, k + 3);
    size_t lo = k, hi = k + 1;
    while (lo > st->a && !(is_quantity(&st->t[lo - 1]) && !(st->in_date && st->in_date[lo - 1])) &&
           !(st->t[lo - 1].kind == TK_PUNCT && st->s[st->t[lo - 1].off] == ';'))
        lo--;
    while (hi < st->b && !(is_quantity(&st->t[hi]) && !(st->in_date && st->in_date[hi])) &&
           !(st->t[hi].kind == TK_PUNCT && st->s[st->t[hi].off] == ';'))
        hi++;
    static const char *const whole[] = {"china", "national", "nationwide", "nation", "country", "countrywide",
                                        "chinese"};
    size_t best = SIZE_MAX, dist = SIZE_MAX;
    for (size_t i = lo; i < hi; i++) {
        const struct token *t = &st->t[i];
        if (t->kind != TK_WORD)
            continue;
        /* (nor a source's place: "according to figures published by the
         * central bank in Beijing") */
        if (str_ieq_any(st->s + t->off, t->len, whole, sizeof whole / sizeof *whole) || tok_is(t, WH(according)))
            return NULL;
        /* (a capitalised name, not "Hangzhou-based", nor a firm's "Beijing
         * Municipal Commission" or "Shanghai Pudong") */
        if (!(t->flags & TF_CAP) || !in_list(&province, t) ||
            (i + 1 < st->b && st->t[i + 1].kind == TK_PUNCT && (st->t[i + 1].flags & TF_HYPHEN)) ||
            (i + 1 < st->b && st->t[i + 1].kind == TK_WORD && (st->t[i + 1].flags & TF_CAP) &&
             !str_ieq(st->s + st->t[i + 1].off, st->t[i + 1].len, "province")))
            continue;
        /* (nor the government a capital's name stands for, the subject
         * of a verb in a clause of time: "in the first year after Beijing
         * issued 3G licences") */
        static const char *const verb[] = {"said", "says", "has", "had", "is", "was", "will", "would", "plans",
                                           "wants", "allows", "allowed", "began", "issued"};
        static const char *const sub[] = {"after", "before", "when", "since", "until", "because", "while", "once"};
        const struct token *v = i + 1 < st->b ? &st->t[i + 1] : NULL;
        if (v && v->kind == TK_WORD && !(v->flags & TF_CAP) && i > st->a &&
            st->t[i - 1].kind == TK_WORD && str_ieq_any(st->s + st->t[i - 1].off, st->t[i - 1].len, sub, 8) &&
            (str_ieq_any(st->s + v->off, v->len, verb, sizeof verb / sizeof *verb) ||
             (v->len > 4 && str_ieq(st->s + v->off + v->len - 2, 2, "ed"))))
            continue;
        /* (nor one of a list of places after it, that the figure is
         * spread over: "nearly all of them in Beijing, Shanghai and
         * Guangdong"; a list before it is of each: "In Beijing and
         * Shanghai, however, penetration exceeded 45 percent") */
        if (i > k && place_in_list(st, i))
            continue;
        /* (nor one after it with a figure of its own in brackets: "30.4%,
         * followed by Shanghai (26.6%)") */
        if (i > k && i + 2 < st->b && (st->t[i + 1].flags & TF_OPEN) && is_quantity(&st->t[i + 2]))
            continue;
        /* (nor a place that says what kind a thing is: "the death of Sun
         * Zhigang in a Guangzhou detention centre") */
        if (i > st->a && v && v->kind == TK_WORD && !(v->flags & TF_CAP) &&
            (tok_is(&st->t[i - 1], WH(a)) || tok_is(&st->t[i - 1], WH(an))))
            continue;
        size_t dd = i < k ? k - i : i - k;
        if (dd < dist) {
            dist = dd;
            best = i;
        }
    }
    if (best != SIZE_MAX)
        return name_text(st, best, best + 1);
    return st->place ? xstrdup(st->place) : NULL;
}

/* A filing's defined term for its issuer, as a name was read: "Group"
 * ("processed by our Group"), "The Company" (a table's row)? */
static bool issuer_term(const char *name)
{
    if (strncmp(name, "The ", 4) == 0 || strncmp(name, "Our ", 4) == 0)
        name += 4;
    return strcmp(name, "Group") == 0 || strcmp(name, "Company") == 0;
}

char *entity_for(const struct sent *st0, const struct rule *ru, size_t k, const struct numinfo *ni,
                 struct topic *topic)
{
    char *row = ru->entity != EK_FIXED ? row_field_name(st0, k) : NULL;
    if (row && st0->issuer && issuer_term(row)) {
        free(row);
        return xstrdup(st0->issuer);
    }
    if (row)
        return row;
    char *name = entity_named(st0, ru, k, ni, topic);
    if (name && st0->issuer && issuer_term(name)) {
        free(name);
        return xstrdup(st0->issuer);
    }
    /* (of the indicators the country has figures of: not one whose
     * "China" stands for nobody named) */
    bool national = (ru->entity == EK_FIXED && ru->entity_text && strcmp(ru->entity_text, "China") == 0) ||
                    (ru->fallback && strcmp(ru->fallback, "China") == 0 && !ru->no_national);
    /* (an indicator with no fallback of its own is the country's by
     * default: in a province's bulletin, the province's) */
    if (name && !national && !ru->fallback && !ru->no_fallback && !ru->no_national && ru->entity == EK_NAME && st0->place &&
        strcmp(name, "China") == 0) {
        free(name);
        return xstrdup(st0->place);
    }
    if (!name || !national || strcmp(name, "China") != 0)
        return name;
    char *place = place_of_figure(st0, k);
    if (place) {
        free(name);
        return place;
    }
    return name;
}

static char *entity_named(const struct sent *st0, const struct rule *ru, size_t k, const struct numinfo *ni,
                          struct topic *topic)
{
    char *name = entity_of(st0, ru, k, ni, topic);
    /* "China Unicom had 151.79 million GSM users": a network is its
     * carrier's part, the carrier the clause's subject */
    if (name && network_word(name, strlen(name)) && ru->entity == EK_NAME) {
        bool weak = false;
        struct sent stv = *st0;
        stv.ru = ru;
        size_t hi = ni->cue_after ? ni->qstart : (ni->cue_a < ni->qstart ? ni->cue_a : ni->qstart);
        char *subj = subject_before(&stv, hi, topic, &weak);
        if (subj && !weak && !network_word(subj, strlen(subj)) && !place_name(subj) && strlen(subj) < 100) {
            char q[240];
            snprintf(q, sizeof q, "%s (%s)", subj, name);
            free(name);
            name = xstrdup(q);
        }
        free(subj);
    }
    /* "the equity of the Fund Manager", "the Manager's": in a fund's report,
     * the manager its first lines name */
    static const char *const manager[] = {"Manager", "Fund Manager"};
    if (name && st0->manager && str_ieq_any(name, strlen(name), manager, 2)) {
        free(name);
        return xstrdup(st0->manager);
    }
    /* "the United States, with some 280 million Internet users", "a court in
     * Shanghai ... 20 million users of a hotel chain": a place is not the
     * product or company an indicator of a named one counts */
    if (name && ru->entity == EK_NAME && place_name(name)) {
        free(name);
        return ru->no_fallback ? NULL : xstrdup(ru->fallback ? ru->fallback : "China");
    }
    /* "TD-SCDMA users numbered 81.20 million, WCDMA users 71.55 million":
     * a part an indicator counts by its section's name is nobody's name */
    if (name && ru->segment && ru->entity == EK_NAME && st0->rules)
        for (size_t i = 0; i < st0->rules->n; i++) {
            const struct rule *o = &st0->rules->v[i];
            if (o->segment && strcmp(o->id, ru->id) == 0 && str_ieq(name, strlen(name), o->segment)) {
                free(name);
                return ru->no_fallback ? NULL : xstrdup(ru->fallback ? ru->fallback : "China");
            }
        }
    /* "will invest $20 billion in solar projects in India": money put into
     * a country is no deal with a company */
    if (name && ru->entity == EK_OBJECT && place_name(name) && strcmp(name, "China") != 0 &&
        !(ru->fallback && strcmp(name, ru->fallback) == 0)) {
        free(name);
        return NULL;
    }
    /* a kind of fund the rule falls back to, of the country its sentence,
     * or else its paragraph alone, speaks of: "From $300,000 in 1971,
     * funds under management grew to ..." among sentences on "US savings"
     * are US money market funds; "money market funds in China held 900
     * billion yuan", Chinese ones */
    if (name && ru->fallback && strcmp(ru->fallback, "China") != 0 && strcmp(name, ru->fallback) == 0) {
        int us = 0, cn = 0;
        country_words(st0, st0->a, st0->b, &us, &cn);
        if (!us && !cn && topic && topic->whole)
            country_words(topic->whole, topic->whole->a, topic->whole->b, &us, &cn);
        if ((us > 0) != (cn > 0)) {
            char q[160];
            snprintf(q, sizeof q, "%s %s", us ? "US" : "Chinese", name);
            free(name);
            return xstrdup(q);
        }
    }
    return name;
}

/* "daily active users of its Sina Weibo microblog", "users on its Weibo
 * microblogging platform": a product the owner's "its" names after "of"
 * or "on", the name (a..e after "of its" at p) a product kind's, or
 * standing alone (not "of its iPad version": a part of the owner's) */
static bool own_product(const struct sent *st, size_t p, size_t e)
{
    if (!tok_is(&st->t[p], WH(of)) && !tok_is(&st->t[p], WH(on)))
        return false;
    const struct token *its = &st->t[p + 1];
    if (!str_ieq(st->s + its->off, its->len, "its") && !str_ieq(st->s + its->off, its->len, "their"))
        return false;
    for (size_t j = e; j < st->b && j < e + 3; j++) {
        const struct token *t = &st->t[j];
        if (t->kind != TK_WORD || (t->flags & TF_CAP))
            return j == e;
        if (in_list(&brand_noun, t) || (t->len >= 9 && str_ieq(st->s + t->off, 9, "microblog")))
            return true;
    }
    return false;
}

static char *entity_of(const struct sent *st0, const struct rule *ru, size_t k, const struct numinfo *ni,
                       struct topic *topic)
{
    struct sent stv = *st0;
    stv.ru = ru;
    const struct sent *st = &stv;
    if (ru->entity == EK_FIXED)
        return xstrdup(ru->entity_text);
    /* a card's fields count for its title ("Amount: US$100 million",
     * "Investor: Tencent, for a 15% stake") */
    if (st->card && topic && topic->card)
        return xstrdup(topic->card);
    /* (and so does the text under them, of the company the card is of:
     * "Community group-buying platform with 7.8 million monthly active
     * users") */
    if (st->under_card && topic && topic->card)
        return xstrdup(topic->card);
    size_t e;
    /* "... stake in elong , whose ADS, with every at USD 23, ...": a figure
     * in a relative clause is its antecedent's */
    for (size_t w = ni->qstart; w > st->a + 2; w--) {
        const struct token *t = &st->t[w - 1];
        if (t->flags & TF_SENT_END)
            break;
        if (t->kind != TK_WORD || t->len != 5 || !str_ieq(st->s + t->off, 5, "whose"))
            continue;
        size_t c = w - 2; /* the comma before "whose" */
        if (st->t[c].kind != TK_PUNCT || st->s[st->t[c].off] != ',')
            break;
        /* "Tencent, whose WeChat app has 235 million users": a name right
         * after "whose" is the figure's own */
        if (w < ni->qstart && name_word(st, w) && !in_list(&not_name, &st->t[w]))
            break;
        /* (the whole name: "Lingqian Bao", not "Bao") */
        size_t best = SIZE_MAX;
        for (size_t s0 = c; s0-- > st->a && s0 + 6 > c && st->t[s0].kind == TK_WORD;)
            if (name_at(st, s0, c, &e) && e == c)
                best = s0;
        if (best != SIZE_MAX)
            return name_text(st, best, c);
        break;
    }
    /* "400 million users, compared with 450 million for Alipay": a figure
     * compared with names its own holder after it */
    if ((ni->compared || ni->from || list_back(&compare_word, st->t, ni->qstart, st->a, NULL) != SIZE_MAX) &&
        ru->entity != EK_FIXED && k + 2 < st->b &&
        (str_ieq(st->s + st->t[k + 1].off, st->t[k + 1].len, "for") ||
         str_ieq(st->s + st->t[k + 1].off, st->t[k + 1].len, "at"))) {
        size_t pe;
        if (name_at(st, k + 2, st->b, &e) && !in_list(&not_name, &st->t[k + 2]) && !place_name_at(st, k + 2, &pe))
            return name_text(st, k + 2, e);
    }
    /* a name inside the cue: "registered OICQ users", "$50 million worth
     * of Mengtu shares" (not a currency: "of RMB deposits") */
    if ((ru->entity == EK_NAME || ru->entity == EK_OBJECT) && ni->cue_b > ni->cue_a + 2)
        for (size_t i = ni->cue_a + 1; i + 1 < ni->cue_b; i++) {
            size_t pe;
            if (cue_name_inside(st->t, i - 1, i, i + 1) &&
                !scan_currency_code(st->s + st->t[i].off, st->t[i].len) && name_at(st, i, ni->cue_b, &e) &&
                e < ni->cue_b && !in_list(&not_name, &st->t[i]) && !place_name_at(st, i, &pe))
                return name_text(st, i, e);
        }
    /* a possessive name just before the number or the cue: "CSDN's 6 million users" */
    size_t lo = ni->cue_after ? ni->qstart : ni->cue_a;
    for (size_t i = lo; i > st->a && i + 1 > lo; i--) {
        const struct token *t = &st->t[i - 1];
        if (t->flags & TF_POSSESSIVE) {
            size_t s0 = i - 1;
            while (s0 > st->a && name_word(st, s0 - 1) && !in_list(&not_name, &st->t[s0 - 1]))
                s0--;
            if (name_at(st, s0, i, &e) && e == i && !str_ieq(st->s + t->off, t->len - 2, "china"))
                return name_text(st, s0, i);
        }
    }
    /* "taking China's total 3G users to 100 million": the country's own,
     * before a word of its whole and the cue, is the country's, whoever
     * the sentence names */
    /* (or "China's total mobile users": a word of the whole and a word in
     * lower case before the cue; nobody's product) */
    if (ru->entity == EK_NAME && !ni->cue_after && ni->cue_a > st->a + 1) {
        static const char *const whole[] = {"total", "overall", "combined", "entire", "whole", "national"};
        size_t p = ni->cue_a;
        bool total = false;
        while (p > st->a + 1 && p + 3 > ni->cue_a && st->t[p - 1].kind == TK_WORD && !(st->t[p - 1].flags & TF_CAP)) {
            total |= str_ieq_any(st->s + st->t[p - 1].off, st->t[p - 1].len, whole, sizeof whole / sizeof *whole);
            p--;
        }
        const struct token *t = &st->t[p - 1];
        if (total && (t->flags & TF_POSSESSIVE) && stem_len(st->s, t) == 5 && str_ieq(st->s + t->off, 5, "china"))
            return ru->no_fallback ? NULL : xstrdup(ru->fallback ? ru->fallback : "China");
    }
    /* a name right before a one-word cue before the number, after "the":
     * "the Yu'e Bao fund was 578.9 billion yuan" */
    if (ru->entity == EK_NAME && !ni->cue_after && ni->cue_b == ni->cue_a + 1 && ni->cue_a > st->a + 1) {
        for (size_t s0 = ni->cue_a - 1; s0 > st->a && s0 + 5 > ni->cue_a; s0--) {
            size_t pe;
            if (str_ieq(st->s + st->t[s0 - 1].off, st->t[s0 - 1].len, "the") && name_at(st, s0, ni->cue_a, &e) &&
                e == ni->cue_a && !place_name_at(st, s0, &pe))
                return name_text(st, s0, e);
        }
    }
    if (ru->entity == EK_NAME || ru->entity == EK_OBJECT) {
        /* a name between the number and a cue after it: "11 million CITIC credit card customers" */
        if (ni->cue_after)
            for (size_t i = k + 1; i < ni->cue_a; i++) {
                if (st->t[i].kind == TK_PUNCT && !(st->t[i].flags & (TF_HYPHEN | TF_QUOTE)))
                    break; /* not inside an aside: "$2,140 billion, 77 percent of US savings, was" */
                size_t pe;
                /* "49.6 percent of China's payment market": a place there
                 * owns the whole, it holds no share */
                /* (a firm's name that opens with a place's is a name:
                 * "75.6 million use China Mobile's 3G service") */
                if (name_at(st, i, ni->cue_a, &e) && !in_list(&not_name, &st->t[i]) &&
                    !(place_name_at(st, i, &pe) && pe >= e))
                    return name_text(st, i, e);
            }
        /* a name after the cue, or between a cue and the number:
         * "users of Taobao", "transactions on Tmall exceeded", "stake of Kingsoft" */
        size_t from = ni->cue_after ? ni->cue_b : ni->cue_b;
        size_t to = st->b;
        int limit = ru->entity == EK_OBJECT ? 10 : 5;
        int words = 0;
        bool placed = false;
        size_t after_place = SIZE_MAX;
        /* "The company, which was valued at $28 billion, said investors
         * included China Life": a passive cue's object is its subject, no
         * name after the number */
        const struct token *be = !ni->cue_after && ni->cue_a > st->a ? &st->t[ni->cue_a - 1] : NULL;
        bool passive = be && (tok_is(be, WH(was)) || tok_is(be, WH(is)) || tok_is(be, WH(were)) ||
                              tok_is(be, WH(are)) || str_ieq(st->s + be->off, be->len, "been") ||
                              str_ieq(st->s + be->off, be->len, "being") || str_ieq(st->s + be->off, be->len, "be"));
        for (size_t i = from; i < to && words < limit; i++) {
            const struct token *t = &st->t[i];
            if (t->flags & TF_SENT_END)
                break;
            if (i == k) {
                if ((ru->entity != EK_OBJECT || passive) && !ni->cue_after)
                    break; /* the name must stand between cue and number */
                continue;
            }
            /* (past the figure, not past its clause: "at $10 billion, more
             * than Lenovo's market value") */
            if (i > k && !ni->cue_after && t->kind == TK_PUNCT && t->len == 1 && st->s[t->off] == ',')
                break;
            /* (nor past a comma into the backers: "raises $500 million at
             * $20 billion valuation, backed by Temasek and Tencent") */
            if (t->kind == TK_PUNCT && t->len == 1 && st->s[t->off] == ',' && i + 1 < to &&
                st->t[i + 1].kind == TK_WORD) {
                static const char *const backers[] = {"backed", "led", "joined", "supported", "funded", "co-led"};
                if (str_ieq_any(st->s + st->t[i + 1].off, st->t[i + 1].len, backers, 6))
                    break;
            }
            if (is_quantity(t) && ru->entity != EK_OBJECT)
                break;
            /* "buyers on our China retail marketplaces": the issuer's */
            if (we_at(st, i) && i > st->a && in_list(&owner_prep, &st->t[i - 1]))
                return xstrdup(st->issuer);
            /* "The round, which included DST Global and Didi, values the
             * company at $2 billion": the company spoken of before, not a
             * name of this sentence */
            if (ru->entity == EK_OBJECT && i <= from + 2 && i < k && is_pronoun(st, i) && !we_at(st, i) &&
                deal_opens(st)) {
                /* (under a card's title, the title's) */
                const char *tp = topic->card ? topic->card : topic_prev(topic);
                if (!tp)
                    tp = topic_get(topic);
                if (tp)
                    return xstrdup(tp);
            }
            size_t pe;
            /* "values the Beijing company at": the place describes the firm */
            if (place_name_at(st, i, &pe) && pe > i && pe < to && pe != k && is_pronoun(st, pe)) {
                i = pe - 1;
                continue;
            }
            /* "a stake in Hong Kong-listed online games developer Zhongyou",
             * "Shanghai-based": a place made an adjective describes the
             * name after it */
            if (place_name_at(st, i, &pe) && pe + 1 < st->b && pe > i && st->t[pe].kind == TK_PUNCT &&
                (st->t[pe].flags & TF_HYPHEN) && st->t[pe + 1].kind == TK_WORD && !(st->t[pe + 1].flags & TF_CAP)) {
                i = pe + 1;
                continue;
            }
            /* (or as it is: "in Hangzhou logistics-software developer
             * Yunlu Technology", a noun in lower case after the place) */
            if (ru->entity == EK_OBJECT && place_name_at(st, i, &pe) && pe > i && pe < st->b &&
                st->t[pe].kind == TK_WORD && !(st->t[pe].flags & TF_CAP) && !in_list(&name_prep, &st->t[pe]) &&
                !in_list(&conjunction, &st->t[pe])) {
                size_t j = pe, e2;
                while (j < st->b && j < pe + 5 &&
                       ((st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP)) ||
                        (st->t[j].kind == TK_PUNCT && (st->t[j].flags & TF_HYPHEN))))
                    j++;
                if (j < st->b && name_at(st, j, st->b, &e2)) {
                    i = j - 1;
                    continue;
                }
            }
            if (name_at(st, i, st->b, &e) && e < st->b && e > i && (st->t[e - 1].flags & TF_POSSESSIVE) &&
                place_name_at(st, i, &pe)) {
                /* "a 47.5% share of China's mobile payment market": a
                 * place owns what follows, it is not the holder ("users of
                 * China's WeChat": the name after it is) */
                placed = i > st->a && in_list(&owner_prep, &st->t[i - 1]);
                after_place = e;
                i = e - 1;
                continue;
            }
            /* "was led by DST", "backed by Ping An", "from investors": who
             * put the money in, not what it went to */
            if (ru->entity == EK_OBJECT && i > st->a + 1 && name_at(st, i, st->b, &e) &&
                (tok_is(&st->t[i - 1], WH(from)) ||
                 (tok_is(&st->t[i - 1], WH(by)) && (tok_is(&st->t[i - 2], WH(led)) || tok_is(&st->t[i - 2], WH(joined)) ||
                                                    str_ieq(st->s + st->t[i - 2].off, st->t[i - 2].len, "backed") ||
                                                    str_ieq(st->s + st->t[i - 2].off, st->t[i - 2].len, "funded"))))) {
                i = e - 1;
                continue;
            }
            if (name_at(st, i, st->b, &e)) {
                bool prep = i > st->a && (in_list(&owner_prep, &st->t[i - 1]) || ru->entity == EK_OBJECT ||
                                          (placed && i == after_place) ||
                                          /* "the net asset value of the Yu'e Bao fund", "daily
                                           * active users of its Sina Weibo microblog" */
                                          (i > st->a + 1 && str_ieq(st->s + st->t[i - 1].off, st->t[i - 1].len, "the") &&
                                           in_list(&owner_prep, &st->t[i - 2])) ||
                                          (i > st->a + 1 && own_product(st, i - 2, e) && !place_name_at(st, i, &pe)) ||
                                          /* (or alone in brackets right after the cue, a fact
                                           * box's label: "Annual active users (Alipay)") */
                                          (ni->cue_after == false && i == from + 1 && (st->t[from].flags & TF_OPEN) &&
                                           e < st->b && (st->t[e].flags & TF_CLOSE)));
                size_t ua, ub;
                if (prep && unit_after(st, e, st->b, &ua, &ub))
                    return name_text(st, ua, ub); /* "in Sohu's search unit Sogou" */
                if (prep)
                    return name_text(st, i, e);
            }
            if (t->kind == TK_WORD)
                words++;
        }
    }
    /* "paid US$412.2 million in cash plus 34.1 million new shares for a
     * 43.2% stake in Ganji.com": what the money bought a stake in, however
     * far on in its clause */
    if (ru->entity == EK_OBJECT && !ni->cue_after)
        for (size_t i = k + 3; i < st->b; i++) {
            const struct token *t = &st->t[i];
            if ((t->flags & TF_SENT_END) || (t->kind == TK_PUNCT && st->s[t->off] == ';'))
                break;
            size_t pe;
            if (in_list(&stake_noun, &st->t[i - 2]) &&
                (tok_is(&st->t[i - 1], WH(in)) || tok_is(&st->t[i - 1], WH(of)))) {
                /* (past what kind of firm it is: "a 40 per cent stake in
                 * e-commerce giant Alibaba.com") */
                size_t j = i;
                if (str_ieq(st->s + st->t[i - 2].off, st->t[i - 2].len, "stake"))
                    while (j < st->b && j < i + 5 &&
                           ((st->t[j].kind == TK_WORD && !(st->t[j].flags & TF_CAP) && !in_list(&name_prep, &st->t[j]) &&
                             !in_list(&conjunction, &st->t[j])) ||
                            (st->t[j].kind == TK_PUNCT && (st->t[j].flags & TF_HYPHEN))))
                        j++;
                if (j > i && (j >= st->b || !in_list(&brand_noun, &st->t[j - 1])))
                    j = i;
                if (name_at(st, j, st->b, &e) && !in_list(&not_name, &st->t[j]) && !place_name_at(st, j, &pe))
                    return name_text(st, j, e);
            }
        }
    /* what a deal earlier in the sentence went to */
    if ((ru->entity == EK_OBJECT || ru->deal_target) && topic->deal_ent && topic->deal_sent == st->a)
        return xstrdup(topic->deal_ent);
    /* "Tencent invested in JD.com in a deal worth $215 million": the
     * name after a deal's verb earlier in the clause */
    if (ru->entity == EK_OBJECT) {
        char *obj = deal_object(st, ni->cue_after ? ni->qstart : ni->cue_a);
        if (obj)
            return obj;
        /* the maker of the block's last deal buys or invests again, naming
         * nothing: more of the same */
        if (topic->deal_by && topic->deal_to) {
            char *subj = sentence_subject(st, ni->cue_after ? ni->qstart : ni->cue_a, topic);
            bool same = subj && same_name(subj, topic->deal_by);
            free(subj);
            if (same)
                return xstrdup(topic->deal_to);
        }
        /* "The round values the company at $28 billion. Apple invested $1
         * billion last month.": an investor's active verb naming no
         * company invests in the company of the block's last deal */
        const struct token *cv = &st->t[ni->cue_a];
        if (!ni->cue_after && topic->deal_ent && cv->kind == TK_WORD && cv->len > 3 &&
            str_ieq(st->s + cv->off + cv->len - 2, 2, "ed") && !(cv->flags & TF_CAP) && ni->cue_a > st->a &&
            !tok_is(&st->t[ni->cue_a - 1], WH(was)) && !tok_is(&st->t[ni->cue_a - 1], WH(were)) &&
            !tok_is(&st->t[ni->cue_a - 1], WH(is)) && !tok_is(&st->t[ni->cue_a - 1], WH(are)) &&
            !str_ieq(st->s + st->t[ni->cue_a - 1].off, st->t[ni->cue_a - 1].len, "be") &&
            !str_ieq(st->s + st->t[ni->cue_a - 1].off, st->t[ni->cue_a - 1].len, "been")) {
            char *subj = sentence_subject(st, ni->cue_a, topic);
            bool other = subj && !same_name(subj, topic->deal_ent);
            free(subj);
            if (other)
                return xstrdup(topic->deal_ent);
        }
    }
    /* "the fund's size stood at": a cue that opens with a pronoun's noun
     * speaks of what the pronoun stands for */
    if (!ni->cue_after && ni->cue_a < ni->qstart && ni->cue_a > st->a && is_pronoun(st, ni->cue_a) &&
        (st->t[ni->cue_a].flags & TF_POSSESSIVE)) {
        char *who = resolve_pronoun(st, ni->cue_a, topic);
        if (who)
            return who;
    }
    /* the subject of the clause */
    size_t hi = ni->cue_after ? ni->qstart : (ni->cue_a < ni->qstart ? ni->cue_a : ni->qstart);
    bool weak = false;
    /* "Alibaba has acquired or become a shareholder in 30 companies,
     * Tencent in 40 companies, and Baidu in more than 30": a gapped clause,
     * its subject right before a preposition and the figure */
    if (ru->entity == EK_SUBJECT && ni->qstart >= st->a + 3 && in_list(&name_prep, &st->t[ni->qstart - 1])) {
        size_t pe = ni->qstart - 1;
        for (size_t s0 = pe; s0-- > st->a && s0 + 6 > pe;) {
            if (name_at(st, s0, pe, &e) && e == pe) {
                const struct token *b = s0 > st->a ? &st->t[s0 - 1] : NULL;
                if (b && ((b->kind == TK_PUNCT && st->s[b->off] == ',') || tok_is(b, WH(and))))
                    return name_text(st, s0, e);
                break;
            }
        }
    }
    /* "After topping last year's list with a USD 7.3 billion round,
     * Chinese ride-hailing giant Didi Chuxing is still ...": a figure in
     * the clause that opens the sentence is the main clause's subject's */
    if (ru->entity == EK_SUBJECT && ni->qstart > st->a) {
        char *m = opening_clause_subject(st, ni->qstart, topic);
        if (m)
            return m;
    }
    /* "Alibaba's own $25 billion debut", "Saudi Aramco's $29.4 billion
     * listing": a deal named after its money is the possessive's before it */
    if (ru->entity == EK_SUBJECT && ni->cue_after && ni->cue_a > ni->qstart && ni->qstart > st->a) {
        size_t p = ni->qstart;
        while (p > st->a + 1 && p + 2 > ni->qstart && st->t[p - 1].kind == TK_WORD &&
               !(st->t[p - 1].flags & (TF_CAP | TF_POSSESSIVE)))
            p--; /* ("own", "record") */
        if (p > st->a && (st->t[p - 1].flags & TF_POSSESSIVE)) {
            for (size_t s0 = p - 1; s0 + 5 > p - 1; s0--) {
                size_t ne;
                if (name_at(st, s0, p, &ne) && ne == p && !in_list(&not_name, &st->t[s0]))
                    return name_text(st, s0, p);
                if (s0 == st->a)
                    break;
            }
        }
    }
    /* "the US$29.4 billion raised by Saudi Aramco", "the US$25 billion
     * Alibaba raised in New York": the money a clause after it says who
     * raised is theirs */
    if (ru->entity == EK_SUBJECT && ni->cue_after && ni->cue_b == ni->cue_a + 1 && ni->qstart > st->a &&
        str_ieq(st->s + st->t[ni->qstart - 1].off, st->t[ni->qstart - 1].len, "the") &&
        st->t[ni->cue_a].len > 4 &&
        str_ieq(st->s + st->t[ni->cue_a].off + st->t[ni->cue_a].len - 2, 2, "ed")) {
        size_t pe, at = SIZE_MAX;
        if (ni->cue_a == k + 1 && ni->cue_b + 1 < st->b && tok_is(&st->t[ni->cue_b], WH(by)))
            at = ni->cue_b + 1;
        else if (ni->cue_a > k + 1 && name_at(st, k + 1, ni->cue_a, &e) && e == ni->cue_a)
            at = k + 1;
        /* (a company whose name opens with a place's: "China Tower") */
        if (at != SIZE_MAX && name_at(st, at, st->b, &e) && !in_list(&not_name, &st->t[at]) &&
            !(place_name_at(st, at, &pe) && pe >= e))
            return name_text(st, at, e);
    }
    /* "Alibaba led a $250 million round in Snapchat": the round's company
     * follows it */
    if (ru->entity == EK_SUBJECT && ni->cue_after) {
        size_t at = round_company_at(st, ni->cue_b);
        if (at != SIZE_MAX && name_at(st, at, st->b, &e))
            return name_text(st, at, e);
    }
    /* (or the figure, the round's before it: "leading a new funding
     * round of about $140 million (RMB1 billion) in electric vehicle
     * startup WM Motor") */
    if (ru->entity == EK_SUBJECT && !ni->cue_after && ni->cue_b + 1 == ni->qstart &&
        tok_is(&st->t[ni->cue_b], WH(of))) {
        static const char *const own[] = {"round", "rounds", "funding", "financing"};
        const struct token *c = &st->t[ni->cue_b - 1];
        size_t j = k + 1;
        /* (past the figure's restatement in brackets) */
        if (j < st->b && (st->t[j].flags & TF_OPEN))
            while (j < st->b && j < k + 8 && !(st->t[j].flags & TF_CLOSE))
                j++;
        if (j < st->b && (st->t[j].flags & TF_CLOSE))
            j++;
        size_t at = str_ieq_any(st->s + c->off, c->len, own, sizeof own / sizeof *own) ? round_company_at(st, j)
                                                                                          : SIZE_MAX;
        if (at != SIZE_MAX && name_at(st, at, st->b, &e))
            return name_text(st, at, e);
    }
    /* "..., and Meituan raised RMB200m": a name right before the cue verb
     * is its clause's subject */
    if (ru->entity == EK_SUBJECT && !ni->cue_after && ni->cue_a > st->a)
        for (size_t s0 = ni->cue_a; s0-- > st->a && s0 + 6 > ni->cue_a;) {
            if (name_at(st, s0, ni->cue_a, &e) && e == ni->cue_a) {
                /* (the whole name: "Jinying Technology", not "Technology") */
                size_t e2;
                while (s0 > st->a && s0 + 6 > ni->cue_a && name_at(st, s0 - 1, ni->cue_a, &e2) && e2 == ni->cue_a)
                    s0--;
                if (clause_subject(st, st->a, s0, e) && !(st->t[e - 1].flags & TF_POSSESSIVE))
                    return name_text(st, s0, e);
                break;
            }
        }
    /* "..., while Mobike's latest round was USD 600 million": a cue
     * before the figure that a clause's first name owns, past a word or
     * two, is that name's */
    if (ru->entity == EK_SUBJECT && !ni->cue_after && ni->cue_a > st->a + 1) {
        size_t p = ni->cue_a;
        while (p > st->a + 1 && p + 2 > ni->cue_a && st->t[p - 1].kind == TK_WORD &&
               !(st->t[p - 1].flags & (TF_CAP | TF_POSSESSIVE)))
            p--;
        if (p > st->a && (st->t[p - 1].flags & TF_POSSESSIVE))
            for (size_t s0 = p - 1; s0 + 4 > p - 1; s0--) {
                size_t pe;
                if (name_at(st, s0, p, &e) && e == p) {
                    /* (or one a verb's object owns, the deal named after
                     * it: "Its Hong Kong listing followed Alibaba's mega
                     * fund-raising worth more than 100 billion Hong Kong
                     * dollars") */
                    if (!in_list(&not_name, &st->t[s0]) && !(place_name_at(st, s0, &pe) && pe >= e) &&
                        (clause_subject(st, st->a, s0, e) || (s0 > st->a && deal_verb_before(st, s0))))
                        return name_text(st, s0, e);
                    break;
                }
                if (s0 == st->a)
                    break;
            }
    }
    /* (a report's own fund, "the Fund" in capitals in the figure's own
     * clause, before any subject the sentence or the paragraph gives:
     * "Compared with a year earlier, when the Fund managed RMB 1.07
     * trillion") */
    if (st->issuer && (ru->fallback || st->manager) && the_fund_in_clause(st, ni->qstart))
        return xstrdup(st->issuer);
    char *subj = ru->entity == EK_SUBJECT ? sentence_subject(st, hi, topic) : subject_before(st, hi, topic, &weak);
    /* "funds in China held ...": a name after a preposition is only a
     * setting; an indicator with its own fallback keeps that */
    if (subj && weak && ru->fallback) {
        free(subj);
        subj = NULL;
    }
    if (subj)
        return subj;
    /* "the net asset value of the fund was": one fund, the one spoken of */
    int the_fund = ru->fallback ? the_fund_in(st, k) : 0;
    if (the_fund == 2 && st->issuer)
        return xstrdup(st->issuer);
    /* (a report's fund, where the paragraph names no other before it: not
     * the bank an earlier paragraph spoke of) */
    if (the_fund && st->issuer && !name_before_but(topic->whole, hi, st->issuer))
        return xstrdup(st->issuer);
    if (the_fund && topic_get(topic))
        return xstrdup(topic_get(topic));
    if (the_fund && topic_prev(topic) && !name_before(topic->whole, hi))
        return xstrdup(topic_prev(topic));
    /* "1,944 public funds with total net assets of 3.77 trillion yuan":
     * a kind the rule knows names what no name does */
    if (ru->category.n) {
        /* "Money market funds remained the engine of growth. Their net
         * assets reached": the kind the sentence before opens with, which
         * the possessive pronoun stands for */
        bool their = false;
        for (size_t i = st->a; i < k && i < st->a + 3 && !their; i++)
            their = st->t[i].kind == TK_WORD && (str_ieq(st->s + st->t[i].off, st->t[i].len, "their") ||
                                                 str_ieq(st->s + st->t[i].off, st->t[i].len, "its"));
        if (their && st->pb > st->pa) {
            struct sent prev = *st;
            prev.a = st->pa;
            prev.b = st->pa + 4 < st->pb ? st->pa + 4 : st->pb;
            char *cat = category_near(&prev, &ru->category, prev.b);
            if (cat)
                return cat;
        }
        char *cat = category_near(st, &ru->category, k);
        if (cat)
            return cat;
    }
    /* "the number of users of Yu'e Bao exceeded 43 million, and the scale
     * of funds reached 185.3 billion yuan": the figure before in the
     * sentence names a holder, which this figure, naming none, shares */
    if (ru->fallback && ru->entity == EK_NAME && topic->sent_ent && topic->sent_at == st->a &&
        strcmp(topic->sent_ent, "China") != 0 && strcmp(topic->sent_ent, ru->fallback) != 0)
        return xstrdup(topic->sent_ent);
    if (!ru->fallback && topic->sent_ent && topic->sent_at == st->a)
        return xstrdup(topic->sent_ent);
    if (!ru->fallback && topic->last.ent && strcmp(topic->last.ind, ru->id) == 0)
        return xstrdup(topic->last.ent);
    /* a press release's figure in a sentence naming nobody is its
     * issuer's, whatever else its paragraph names ("- Fulfilled orders
     * ...", a capitalised word opening an item, is no company) */
    if (st->issuer && !ru->fallback) {
        bool named = false;
        for (size_t i = st->a; i < st->b && !named; i++) {
            size_t ne;
            /* (a word opening the sentence that ends like a verb's form is
             * no name: "Fulfilled orders") */
            const struct token *w = &st->t[i];
            if (!name_at(st, i, st->b, &ne) || in_list(&not_name, w))
                continue;
            bool verbish = i == st->a && ne == i + 1 && w->len > 4 &&
                           (str_ieq(st->s + w->off + w->len - 2, 2, "ed") ||
                            str_ieq(st->s + w->off + w->len - 3, 3, "ing"));
            named = !verbish;
        }
        if (!named)
            return xstrdup(st->issuer);
    }
    /* "Tencent reported results. || Revenue for the year rose ...; the
     * group said users of WeChat ...": before any name of its paragraph, a
     * figure is the paragraph before's, not a name still to come */
    if (!ru->fallback && topic_get(topic) && topic_prev(topic) && !name_before(topic->whole, hi) &&
        !sentence_says(st, topic_get(topic)))
        return xstrdup(topic_prev(topic));
    /* (nor, without a paragraph before, a name still to come in another
     * sentence: "4G users grew by 289 million in 2015. China Mobile alone
     * had 312 million 4G subscribers") */
    /* (a paragraph that names nobody goes on with the one before's
     * entity, where its last figure counted the same: "Weibo's monthly
     * active users stood at 486 million ... || Average daily active users
     * reached 211 million") */
    /* (not a chronicle's entry, which opens with its own date: "2014 --
     * GMV reached 57.1 billion yuan" after "2013 -- ... Alipay handled") */
    if (!ru->fallback && !topic_get(topic) && topic->carry_ind && topic->carry_ent &&
        strcmp(topic->carry_ind, ru->id) == 0 && !name_before(topic->whole, topic->whole->b) &&
        !(topic->whole->in_date && topic->whole->n > 0 && topic->whole->in_date[0]))
        return xstrdup(topic->carry_ent);
    /* (but a sentence that speaks of "the app", "the company" speaks of
     * the firm its paragraph names: "Monthly active users of the mobile
     * app reached 86 million ... Tingyun Holdings listed") */
    bool the_firm = false;
    for (size_t i = st->a; i + 1 < ni->qstart && i + 1 < st->b && !the_firm; i++)
        the_firm = (str_ieq(st->s + st->t[i].off, st->t[i].len, "the") || tok_is(&st->t[i], WH(its))) &&
                   (in_list(&firm_noun, &st->t[i + 1]) ||
                    (i + 2 < ni->qstart && in_list(&firm_noun, &st->t[i + 2])));
    if (!ru->fallback && topic_get(topic) &&
        (name_before(topic->whole, hi) || sentence_says(st, topic_get(topic)) || the_firm))
        return xstrdup(topic_get(topic));
    /* "Net income rose ..., the Beijing-based company said. Sales
     * climbed ...": a paragraph that names nobody but speaks of "the
     * company" goes on with the paragraph before's */
    if (!ru->fallback && firm_pronoun_before(topic->whole, hi) && topic_prev(topic))
        return xstrdup(topic_prev(topic));
    /* (and a list that names nobody of its own, under a lead into it:
     * "Xinglin has raised money in six rounds:" / "- Series A (March
     * 2016): RMB 40 million, led by Qiming") */
    if (!ru->fallback && !topic_get(topic) && lead_into_list(topic) && topic_prev(topic))
        return xstrdup(topic_prev(topic));
    if (ru->no_fallback)
        return NULL; /* "fallback = none": a figure of nobody named is not this indicator's */
    /* a press release's figure, naming nobody, is its issuer's (not one
     * of the kind the rule falls back to, which the sentence names: "the
     * money market fund total was equal to 4.3% of deposits") */
    if (st->issuer && !(ru->fallback && says_kind(st, ru->fallback)))
        return xstrdup(st->issuer);
    /* (or the kind its paragraph spoke of before it: "China's mutual
     * funds industry saw its assets shrink 12.5% last year. Industry
     * assets totalled Rmb2.17 trillion") */
    if (ru->category.n && topic && topic->whole && st->a > topic->whole->a) {
        struct sent before = *topic->whole;
        before.b = st->a;
        char *cat = category_near(&before, &ru->category, before.b);
        if (cat)
            return cat;
    }
    return xstrdup(ru->fallback ? ru->fallback : "China");
}
