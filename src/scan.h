/* scan.h — the lexer: one block of text (a paragraph) → tokens.
 *
 * Numbers are assembled here with everything written around them: thousands
 * separators, decimals, scale words (glued or not, "282million", "three
 * million", 万/亿), currencies before or after ("RMB18.9", "\$", "US$",
 * "yuan"), percent signs and words, glued units ("1,389,529Mbps",
 * "9,398/32") and "-plus".  Things that only look like numbers are not
 * NUM tokens: ordinals ("29th"), identifiers and names with digits
 * ("D301", "MS11-011", "360buy"), clock times ("20:38"), footnote markers
 * ("value.3", superscripts), URLs and file names.
 *
 * Tokens borrow the block text: they point into it and live as long as it.
 * Word tokens carry a hash of their normalised form (ASCII lower case,
 * plural and possessive stripped) for fast phrase matching. */
#ifndef CNS_SCAN_H
#define CNS_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tok_kind {
    TK_WORD,  /* letters (maybe with digits): "users", "3G", "Yu'e" */
    TK_NUM,   /* a quantity, see struct token */
    TK_PUNCT, /* one punctuation character (or a non-ASCII symbol) */
    TK_SKIP,  /* URL, identifier, ordinal, time: never a quantity */
};

enum {
    TF_CAP = 1u << 0,       /* word starts with an upper-case letter or digit */
    TF_SENT_END = 1u << 1,  /* punct that ends a sentence */
    TF_CLAUSE = 1u << 2,    /* punct that ends a clause (; : ( ) [ ] quotes) */
    TF_YEAR = 1u << 3,      /* NUM: a bare year 1800..2100 */
    TF_WORDS = 1u << 4,     /* NUM: spelled in words ("three million") */
    TF_PLUS = 1u << 5,      /* NUM: "300-plus" */
    TF_ORDINAL = 1u << 6,   /* SKIP: "29th" */
    TF_GLUED = 1u << 7,     /* NUM: digits glued to a following capitalised word */
    TF_POSSESSIVE = 1u << 8,/* WORD: ended in 's */
    TF_OPEN = 1u << 9,      /* punct '(' or '[' */
    TF_CLOSE = 1u << 10,    /* punct ')' or ']' */
    TF_SMALLINT = 1u << 11, /* NUM: bare integer without scale, unit or separator */
    TF_HYPHEN = 1u << 12,   /* punct '-' joining two words */
    TF_MONTHDAY = 1u << 13, /* NUM: 1..31 directly after a month name */
    TF_QUOTE = 1u << 14,    /* punct: a quotation mark */
};

struct token {
    enum tok_kind kind;
    unsigned flags;
    uint32_t off, len; /* the span in the block text (a NUM spans its unit); blocks are < 4 GiB */
    uint32_t numoff, numlen; /* NUM: the digits alone */
    uint32_t hash;   /* WORD: hash of the normalised form */
    int decimals;    /* NUM: digits written after the point */
    long line;
    /* NUM only: */
    double value;    /* in base units: scale applied */
    const char *unit;/* "CNY" "USD" "EUR" "HKD" "GBP" "JPY" "percent" "Mbps" "other", or NULL */
};

/* A block: text with its first line number; '\n' separates its lines. */
struct block {
    const char *text;
    size_t len;
    long line;
};

struct tokens {
    struct token *v;
    size_t n, cap;
};

void tokens_init(struct tokens *t);
void tokens_fini(struct tokens *t);

/* Tokenise b into t (cleared first). */
void scan_block(const struct block *b, struct tokens *t);

/* Hash of a normalised word, as stored in TK_WORD tokens. */
uint32_t scan_word_hash(const char *p, size_t len);

/* The multiplier of a scale word ("thousand", "million", "bn", 万, 亿), or
 * 0 if p[0..len) is none. */
double scan_scale_word(const char *p, size_t len);

/* Does a list's item open at s[i] (after spaces): "- ", "* ", "• ",
 * "1. ", "2) "? */
bool scan_bullet_at(const char *s, size_t i, size_t n);

/* How many fields of a card the line p[0..n) holds, 0 if it opens with
 * none: "Round: Series C | Amount: US$100 million" has two. */
int scan_card_fields(const char *p, size_t n);

/* Is p[0..len) a word the scanner reads itself: a scale ("million"), a
 * number word, a month, "percent"? */
bool scan_known_word(const char *p, size_t len);

/* Do the three bytes at p spell a Chinese word of a unit, a figure's
 * scale or what it counts: 万 亿 元 人 个 户 千 百 家 台 次? */
bool scan_cjk_unit(const char *p);

/* True if the WORD token equals w (normalised comparison by hash). */
static inline bool tok_is(const struct token *t, uint32_t h)
{
    return t->kind == TK_WORD && t->hash == h;
}

/* 0..90 if p[0..len) is a number word ("five", "twenty"), else -1. */
int scan_word_number(const char *p, size_t len);

/* 1..12 if p[0..len) names a month ("March", "Mar", "Sept"), else 0. */
int scan_month(const char *p, size_t len);

/* Does p[0..len) head a table's column of periods: "Year", "Period",
 * "Date", "Time", "Quarter", "Month"? */
bool scan_period_word(const char *p, size_t len);

/* Is p[0..len) a word that names a measure of something: "volume",
 * "value", "scale", "size", "amount", "number", "total"
 * ("Transaction volume of ...", a table's field "Scale (trillion yuan)")? */
bool scan_measure_word(const char *p, size_t len);

/* Is p[0..len) a table's cell of a figure not available: "n.a.", "n/a",
 * "na", "..", "..."? */
bool scan_na_cell(const char *p, size_t len);

/* The ISO code of the currency p[0..len) is the code of ("USD" for "USD",
 * the yuan's "CNY" for "RMB" and "Rmb"), or NULL when it is none. */
const char *scan_currency_code(const char *p, size_t len);

#endif
