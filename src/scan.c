/* scan.c — lexer for one block of prose: words, punctuation and quantities.
 *
 * Two passes: lex() cuts the text into raw tokens (a digit run is a bare
 * number); assemble() folds currencies, scale words, percent signs, units
 * and spelled numbers into NUM tokens and marks years and month days. */
#include "scan.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "util.h"

void tokens_init(struct tokens *t)
{
    t->v = NULL;
    t->n = t->cap = 0;
}

void tokens_fini(struct tokens *t)
{
    free(t->v);
    tokens_init(t);
}

static void tok_grow(struct tokens *t)
{
    t->cap = t->cap ? t->cap * 2 : 256;
    t->v = xrealloc(t->v, t->cap * sizeof *t->v);
}

static inline struct token *tok_push(struct tokens *t)
{
    if (t->n == t->cap)
        tok_grow(t);
    struct token *k = &t->v[t->n++];
    *k = (struct token){0};
    return k;
}

/* ---- words ------------------------------------------------------------ */

/* FNV-1a, over lower-cased bytes.  Its step is invertible (the prime is
 * odd), so the hash of a word without its last bytes is had by undoing
 * steps, for dropping a plural ending without hashing again. */
#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u
#define FNV_PRIME_INV 899433627u /* FNV_PRIME * FNV_PRIME_INV == 1 (mod 2^32) */

/* lower_tab[c]: c in lower case (ASCII letters only) */
static unsigned char lower_tab[256];
static pthread_once_t lower_once = PTHREAD_ONCE_INIT;
/* Short forms that informal writers use for words of the rules, and the
 * word each stands for: a short form hashes as its word, so a phrase of
 * the rules matches either ("827.3bn online txns", "506M subs",
 * "int'l bandwidth": the hash of a word stops at its elision). */
static const char *const short_forms[][2] = {
    {"txn", "transaction"},
    {"sub", "subscriber"},
    {"int", "international"},
    {"int'l", "international"},
};
enum { N_SHORT = sizeof short_forms / sizeof *short_forms };
static uint32_t short_hash[N_SHORT], short_word_hash[N_SHORT];

static uint32_t word_hash(const char *p, size_t len);

static void lower_init(void)
{
    for (int c = 0; c < 256; c++)
        lower_tab[c] = (unsigned char)to_lower(c);
    for (size_t k = 0; k < N_SHORT; k++) {
        short_hash[k] = word_hash(short_forms[k][0], strlen(short_forms[k][0]));
        short_word_hash[k] = word_hash(short_forms[k][1], strlen(short_forms[k][1]));
    }
}

static inline uint32_t fnv_step(uint32_t h, unsigned char c)
{
    return (h ^ lower_tab[c]) * FNV_PRIME;
}

static inline uint32_t fnv_unstep(uint32_t h, unsigned char c)
{
    return (h * FNV_PRIME_INV) ^ lower_tab[c];
}

/* The hash h of the n bytes p[0..n), a plural ending dropped:
 * "companies" → "company", "users" → "user", "addresses" → "address",
 * "searches" → "search". */
static inline uint32_t whash_end(uint32_t h, const char *p, size_t n)
{
    if (n >= 4 && lower_tab[(unsigned char)p[n - 1]] == 's') {
        int t1 = lower_tab[(unsigned char)p[n - 2]], t2 = lower_tab[(unsigned char)p[n - 3]],
            t3 = lower_tab[(unsigned char)p[n - 4]];
        uint32_t h1 = fnv_unstep(h, (unsigned char)p[n - 1]);
        if (n > 4 && t1 == 'e' &&
            ((t2 == 's' && t3 == 's') || (t2 == 'h' && (t3 == 'c' || t3 == 's')) || t2 == 'x' || t2 == 'z'))
            h = fnv_unstep(h1, (unsigned char)p[n - 2]);
        else if (n > 4 && t2 == 'i' && t1 == 'e')
            h = (fnv_unstep(fnv_unstep(h1, (unsigned char)p[n - 2]), (unsigned char)p[n - 3]) ^ 'y') * FNV_PRIME;
        else if (t1 != 's' && t1 != 'u' && t1 != 'i')
            h = h1;
    }
    return h ? h : 1;
}

enum { WORD_HASH_MAX = 64 };

/* The hash of a word, up to a possessive's apostrophe ("user's",
 * "user’s", "users'": the stem), of at most WORD_HASH_MAX bytes.  An
 * apostrophe inside a word is its own, curly or straight ("Yu'e",
 * "Yu’EBao"). */
static uint32_t word_hash(const char *p, size_t len)
{
    uint32_t h = FNV_BASIS;
    size_t n = 0, stem = 0;
    for (; n < len && n < WORD_HASH_MAX; n++) {
        unsigned char c = (unsigned char)p[n];
        size_t w = c == '\'' ? 1
                   : (c == 0xE2 && n + 2 < len && (unsigned char)p[n + 1] == 0x80 && (unsigned char)p[n + 2] == 0x99)
                       ? 3
                       : 0;
        if (w) {
            size_t after = n + w;
            if (after == len || (after + 1 == len && lower_tab[(unsigned char)p[after]] == 's'))
                break;
            h = fnv_step(h, '\'');
            n = after - 1;
            continue;
        }
        h = fnv_step(h, c);
        stem = n + 1;
    }
    /* (the plural's ending, of the word's last letters) */
    return n == stem ? whash_end(h, p, n) : (h ? h : 1);
}

/* h, or the hash of the word h's short form stands for. */
static inline uint32_t unshort(uint32_t h)
{
    for (size_t k = 0; k < N_SHORT; k++)
        if (h == short_hash[k])
            return short_word_hash[k];
    return h;
}

uint32_t scan_word_hash(const char *p, size_t len)
{
    pthread_once(&lower_once, lower_init);
    return unshort(word_hash(p, len));
}

static const char *const months[][3] = {
    {"january", "jan", NULL},  {"february", "feb", NULL}, {"march", "mar", NULL},
    {"april", "apr", NULL},    {"may", NULL, NULL},       {"june", "jun", NULL},
    {"july", "jul", NULL},     {"august", "aug", NULL},   {"september", "sep", "sept"},
    {"october", "oct", NULL},  {"november", "nov", NULL}, {"december", "dec", NULL},
};

int scan_month(const char *p, size_t len)
{
    if (len < 3 || len > 9)
        return 0;
    switch (p[0]) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd':
    case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N': case 'D':
        break;
    default:
        return 0;
    }
    char k0 = (char)to_lower((unsigned char)p[0]), k1 = (char)to_lower((unsigned char)p[1]),
         k2 = (char)to_lower((unsigned char)p[2]);
    for (int m = 0; m < 12; m++) {
        const char *abbr = months[m][1] ? months[m][1] : months[m][0];
        if (abbr[0] != k0 || abbr[1] != k1 || abbr[2] != k2)
            continue;
        for (int k = 0; k < 3; k++)
            if (months[m][k] && str_ieq(p, len, months[m][k]))
                return m + 1;
        return 0;
    }
    return 0;
}

static bool one_of(const char *p, size_t len, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (str_ieq(p, len, w[k]))
            return true;
    return false;
}

bool scan_period_word(const char *p, size_t len)
{
    static const char *const w[] = {"year", "years", "period", "date", "time", "quarter", "month"};
    return one_of(p, len, w, sizeof w / sizeof *w);
}

bool scan_measure_word(const char *p, size_t len)
{
    static const char *const w[] = {"volume", "value", "scale", "size", "amount", "number", "total"};
    return one_of(p, len, w, sizeof w / sizeof *w);
}

bool scan_na_cell(const char *p, size_t len)
{
    static const char *const w[] = {"n.a.", "n.a", "n/a", "na", "..", "..."};
    return one_of(p, len, w, sizeof w / sizeof *w);
}

/* ---- raw lexing --------------------------------------------------------- */

/* How many letters run from p backwards (dir -1: those before p, of a
 * text p points into, n of them at most) or forwards (dir 1: from p,
 * within n bytes). */
static size_t alpha_run(const char *p, size_t n, int dir)
{
    size_t k = 0;
    if (dir < 0)
        while (k < n && is_alpha((unsigned char)p[-(ptrdiff_t)k - 1]))
            k++;
    else
        while (k < n && is_alpha((unsigned char)p[k]))
            k++;
    return k;
}

struct lexer {
    const char *s;
    size_t n;
    size_t i;
    long line;
    struct tokens *out;
};

static bool at_space(const struct lexer *lx, size_t i)
{
    return i >= lx->n || is_space((unsigned char)lx->s[i]);
}

/* Length of the UTF-8 sequence starting with byte c (1 for invalid bytes). */
static size_t utf8_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 1;
}

static bool bytes_at(const struct lexer *lx, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= lx->n && memcmp(lx->s + i, lit, k) == 0;
}

/* A whitespace-delimited chunk that is a URL, e-mail, path or identifier. */
static bool url_like(const char *p, size_t len)
{
    /* quick exit for ordinary words: no '/', '=', '_', '@' and no '.'
     * followed by a letter */
    bool maybe = false;
    for (size_t i = 0; i < len && !maybe; i++) {
        char c = p[i];
        if (c == '/' || c == '=' || c == '_' || c == '@' || (c == '.' && i + 1 < len && is_alpha((unsigned char)p[i + 1])))
            maybe = true;
    }
    if (!maybe)
        return false;
    int slashes = 0;
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c == '=' || c == '_' || c == '@')
            return true;
        if (c == '/')
            slashes++;
        if (c == ':' && i + 2 < len && p[i + 1] == '/' && p[i + 2] == '/')
            return true;
    }
    if (slashes >= 2)
        return true;
    if (len > 4 && str_ieq(p, 4, "www."))
        return true;
    static const char *const ext[] = {".htm", ".html", ".shtml", ".php", ".aspx", ".pdf", ".rar", ".com/", ".cn/"};
    for (size_t k = 0; k < sizeof ext / sizeof *ext; k++) {
        size_t el = strlen(ext[k]);
        for (size_t i = 0; i + el <= len; i++)
            if (str_ieq(p + i, el, ext[k]))
                return true;
    }
    return false;
}

/* A new token of the given kind and span, on the lexer's line. */
static struct token *new_token(struct lexer *lx, enum tok_kind kind, size_t off, size_t len)
{
    struct token *t = tok_push(lx->out);
    t->kind = kind;
    t->off = off;
    t->len = len;
    t->line = lx->line;
    return t;
}

/* Is a wiki's footnote glued at i, "[9]" then a space or the end: "...
 * for the first time.[9] By the end"? */
static bool wiki_note_at(const char *s, size_t n, size_t i)
{
    if (i >= n || s[i] != '[')
        return false;
    size_t e = i + 1;
    while (e < n && e < i + 4 && is_digit((unsigned char)s[e]))
        e++;
    return e > i + 1 && e < n && s[e] == ']' && (e + 1 >= n || is_space((unsigned char)s[e + 1]));
}

/* A word whose hash is known. */
static inline void emit_word(struct lexer *lx, size_t off, size_t len, uint32_t hash)
{
    struct tokens *o = lx->out;
    if (o->n == o->cap)
        tok_grow(o);
    const char *w = lx->s + off;
    unsigned flags = 0;
    if (cns_ctype[(unsigned char)w[0]] & (CT_UPPER | CT_DIGIT))
        flags |= TF_CAP;
    if (len > 2 && lower_tab[(unsigned char)w[len - 1]] == 's' &&
        (w[len - 2] == '\'' || (len > 4 && memcmp(w + len - 4, "\xE2\x80\x99", 3) == 0)))
        flags |= TF_POSSESSIVE;
    o->v[o->n++] = (struct token){.kind = TK_WORD, .flags = flags, .off = (uint32_t)off, .len = (uint32_t)len,
                                  .hash = hash, .line = lx->line};
}

static void emit(struct lexer *lx, enum tok_kind kind, size_t off, size_t len, unsigned flags)
{
    if (kind == TK_WORD) {
        emit_word(lx, off, len, scan_word_hash(lx->s + off, len));
        lx->out->v[lx->out->n - 1].flags |= flags;
        return;
    }
    new_token(lx, kind, off, len)->flags = flags;
}

/* A scaled value without the error of its product: 1,062.12 trillion is
 * 1062120000000000, not 1062119999999999.9 (a whole number within the
 * precision of a double; a written fraction finer than the scale stays). */
static double snap(double r)
{
    double n = nearbyint(r);
    return fabs(r - n) <= fabs(r) * 1e-12 ? n : r;
}


/* (and 万 written out, "61,758 wan", as English texts on Chinese figures do;
 * and a headline's abbreviations, "exceed 1.06 bil.", "10 mil. users") */
static const char *const scale_words[] = {"thousand", "million", "billion", "trillion", "mn", "bn", "mln", "bln",
                                          "tn", "trn", "trln", "tln", "wan", "mil", "bil", "tril"};
static const double scale_mult[] = {1e3, 1e6, 1e9, 1e12, 1e6, 1e9, 1e6, 1e9, 1e12, 1e12, 1e12, 1e12, 1e4, 1e6, 1e9, 1e12};

enum { SCALE_THOUSAND = 0, SCALE_MILLION = 1, SCALE_BILLION = 2 }; /* indexes of scale_words */

/* Does a currency stand right before the number at i: "$", "€", "£", "¥",
 * or a code ("RMB", "USD", "HKD", "EUR"), glued to it or a space before? */
static bool money_before(const char *s, size_t i)
{
    if (i >= 2 && s[i - 1] == ' ' && s[i - 2] != ' ')
        i--; /* "RMB 200m" */
    if (i >= 1 && s[i - 1] == '$')
        return true;
    if (i >= 2 && (unsigned char)s[i - 2] == 0xC2 && ((unsigned char)s[i - 1] == 0xA3 || (unsigned char)s[i - 1] == 0xA5))
        return true; /* £ ¥ */
    if (i >= 3 && memcmp(s + i - 3, "\xE2\x82\xAC", 3) == 0)
        return true; /* € */
    if (i >= 3 && scan_currency_code(s + i - 3, 3) && (i == 3 || !is_alpha((unsigned char)s[i - 4])))
        return true;
    return false;
}

/* Is the number at i the upper bound of a range whose lower bound has a
 * currency before it: "$8-24B", "$75–100B" (a hyphen, an en dash or a
 * tilde between)? */
static bool money_range_before(const char *s, size_t i)
{
    size_t j = i;
    if (j >= 3 && memcmp(s + j - 3, "\xE2\x80\x93", 3) == 0)
        j -= 3;
    else if (j >= 1 && (s[j - 1] == '-' || s[j - 1] == '~'))
        j--;
    else
        return false;
    size_t d = j;
    while (d > 0 && (is_digit((unsigned char)s[d - 1]) || s[d - 1] == '.' || s[d - 1] == ','))
        d--;
    return d < j && is_digit((unsigned char)s[j - 1]) && money_before(s, d);
}

/* Does a currency's word follow at e, after a space: "35b yuan"? */
static bool currency_word_after(const char *s, size_t n, size_t e)
{
    static const char *const words[] = {"yuan", "dollars", "renminbi", "RMB", "euros", "HKD", "USD"};
    if (e + 1 >= n || s[e] != ' ')
        return false;
    size_t a = e + 1, b = a;
    while (b < n && is_alpha((unsigned char)s[b]))
        b++;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (str_ieq(s + a, b - a, words[k]))
            return true;
    return false;
}

/* Does one of the n words w stand whole on the line before i, within back
 * bytes of it?  (A word written with a capital second letter, "MAU", must
 * be written so; the others in any case.) */
static bool word_on_line_before(const char *s, size_t i, size_t back, const char *const *w, size_t n)
{
    size_t a = i;
    while (a > 0 && i - a < back && s[a - 1] != '\n')
        a--;
    for (size_t k = a; k < i; k++) {
        if (!is_alpha((unsigned char)s[k]) || (k > a && is_alpha((unsigned char)s[k - 1])))
            continue;
        size_t b = k;
        while (b < i && is_alpha((unsigned char)s[b]))
            b++;
        for (size_t q = 0; q < n; q++)
            if (b - k == strlen(w[q]) && (is_upper((unsigned char)w[q][1]) ? memcmp(s + k, w[q], b - k) == 0
                                                                              : str_ieq(s + k, b - k, w[q])))
                return true;
        k = b;
    }
    return false;
}

/* Does a plural of people counted stand earlier on the line, within 80
 * bytes of i: "MIUI MAU up 28% to 310M in 2019", "Netizens reach 989M in
 * 2020"? */
static bool counted_noun_before(const char *s, size_t i)
{
    static const char *const counted_nouns[] = {
        "users", "subscribers", "customers", "accounts", "visitors", "players", "members", "shoppers",
        "netizens", "viewers", "buyers", "followers", "MAU", "MAUs", "DAU", "DAUs"};
    return word_on_line_before(s, i, 80, counted_nouns, sizeof counted_nouns / sizeof *counted_nouns);
}

/* Does a counted noun follow at e: a space, then a word for people or
 * things counted by the million ("81m users", "300k subscribers"; not
 * "the 2m line", "a 100m sprint")? */
static bool counted_noun_after(const char *s, size_t n, size_t e, bool noun)
{
    static const char *const counted[] = {
        "users", "user", "subscribers", "customers", "people", "accounts", "visitors", "players",
        "members", "shoppers", "investors", "downloads", "orders", "transactions", "units", "shares",
        "netizens", "viewers", "devices", "phones", "handsets", "households", "homes", "borrowers",
        "buyers", "sellers", "merchants", "followers", "fans", "readers", "clients", "holders",
        "new", "active", "registered", "monthly", "daily", "mobile", "internet", "online", "paying", "unique"};
    /* ... or it ends a phrase: "hit 389m in 2013", "reached 557m." */
    /* (or a verb, or "of" a part: "628m of them had made", "213m were
     * active") */
    /* (or what the people it counts do: "695m use the internet on a
     * mobile device", "557m went online", "300m who shop online") */
    static const char *const after[] = {"in",   "at",   "by",   "as",  "and", "or",  "last", "this", "a",
                                        "from", "to",   "for",  "of",  "were", "are", "was",  "had",  "have",
                                        "use",  "used", "access", "accessed", "shop", "shopped", "go", "went",
                                        "bought", "surf", "surfed", "who"};
    /* (or a bracket closes it: "more active users (726m)") */
    if (e >= n || s[e] == ',' || s[e] == ';' || s[e] == ')' ||
        (s[e] == '.' && (e + 1 >= n || s[e + 1] == ' ' || s[e + 1] == '\n')))
        return !noun;
    if (e + 1 >= n || s[e] != ' ' || !is_alpha((unsigned char)s[e + 1]))
        return false;
    size_t a = e + 1, b = a;
    while (b < n && is_alpha((unsigned char)s[b]))
        b++;
    if (str_ieq(s + a, b - a, "Chinese"))
        return true; /* "557m Chinese" */
    /* (an app's monthly or daily actives in capitals: "468M MAU") */
    /* (or the shares of an offering: "175m American depositary shares",
     * "13m ADSs") */
    static const char *const actives[] = {"MAU", "MAUs", "DAU", "DAUs", "ADS", "ADSs"};
    for (size_t k = 0; k < sizeof actives / sizeof *actives; k++)
        if (b - a == strlen(actives[k]) && memcmp(s + a, actives[k], b - a) == 0)
            return true;
    if (b - a == 8 && memcmp(s + a, "American", 8) == 0 && b + 8 < n && str_ieq(s + b + 1, 7, "deposit"))
        return true;
    if (!is_lower((unsigned char)s[a]))
        return false;
    for (size_t k = 0; k < sizeof counted / sizeof *counted; k++)
        if (str_ieq(s + a, b - a, counted[k]))
            return true;
    for (size_t k = 0; k < sizeof after / sizeof *after && !noun; k++)
        if (str_ieq(s + a, b - a, after[k]))
            return true;
    return false;
}

static int scale_index(const char *p, size_t len)
{
    for (size_t k = 0; k < sizeof scale_words / sizeof *scale_words; k++)
        if (str_ieq(p, len, scale_words[k]))
            return (int)k;
    return -1;
}

static const char *rate_unit(const char *p, size_t len, double *mult)
{
    /* (and the words: "5.4 terabits per second", the caller reads "per
     * second") */
    static const struct { const char *w; double m; } u[] = {
        {"kbps", 1e-3}, {"mbps", 1}, {"gbps", 1e3}, {"tbps", 1e6},
        {"kilobits", 1e-3}, {"megabits", 1}, {"gigabits", 1e3}, {"terabits", 1e6},
    };
    for (size_t k = 0; k < sizeof u / sizeof *u; k++)
        if (str_ieq(p, len, u[k].w)) {
            *mult = u[k].m;
            return "Mbps";
        }
    return NULL;
}

/* Does a word of a network's capacity, "bandwidth", "links" or
 * "backbone", stand before i on its line, within a sentence's reach ("The
 * bandwidth of international links was 143M", "Total Capacity of
 * International Links: 241M")? */
static bool bandwidth_before(const char *s, size_t i)
{
    static const char *const words[] = {"bandwidth", "links", "backbone"};
    return word_on_line_before(s, i, 160, words, sizeof words / sizeof *words);
}

/* The ISO codes of currencies a text may give money in ("KRW533 billion",
 * "SGD 1.2 billion"); "RMB" and, in the style of the Financial Times and
 * The Economist, "Rmb9.3tn" are the yuan's. */
static const char *const currency_codes[] = {"CNY", "RMB", "Rmb", "USD", "HKD", "EUR", "GBP", "JPY",
                                             "KRW", "SGD", "TWD", "INR", "AUD", "CAD", "CHF"};

const char *scan_currency_code(const char *p, size_t len)
{
    if (len != 3)
        return NULL;
    for (size_t k = 0; k < sizeof currency_codes / sizeof *currency_codes; k++)
        if (memcmp(p, currency_codes[k], 3) == 0)
            return k < 3 ? "CNY" : currency_codes[k];
    return NULL;
}

double scan_scale_word(const char *p, size_t len)
{
    int sc = scale_index(p, len);
    if (sc >= 0)
        return scale_mult[sc];
    if (len == 3 && memcmp(p, "\xE4\xB8\x87", 3) == 0)
        return 1e4; /* 万 */
    if (len == 3 && memcmp(p, "\xE4\xBA\xBF", 3) == 0)
        return 1e8; /* 亿 */
    if (len == 3 && memcmp(p, "\xE8\x90\xAC", 3) == 0)
        return 1e4; /* 萬 */
    if (len == 3 && memcmp(p, "\xE5\x84\x84", 3) == 0)
        return 1e8; /* 億 */
    return 0;
}

/* (see scan.h) */
bool scan_cjk_unit(const char *p)
{
    static const char *const u[] = {"\xE4\xB8\x87", "\xE4\xBA\xBF", "\xE5\x85\x83", "\xE4\xBA\xBA",
                                    "\xE4\xB8\xAA", "\xE6\x88\xB7", "\xE5\x8D\x83", "\xE7\x99\xBE",
                                    "\xE5\xAE\xB6", "\xE5\x8F\xB0", "\xE6\xAC\xA1", "\xE8\x90\xAC",
                                    "\xE5\x84\x84"};
    for (size_t k = 0; k < sizeof u / sizeof *u; k++)
        if (memcmp(p, u[k], 3) == 0)
            return true;
    return false;
}

bool scan_known_word(const char *p, size_t len)
{
    return scale_index(p, len) >= 0 || scan_word_number(p, len) >= 0 || scan_month(p, len) ||
           str_ieq(p, len, "percent") || str_ieq(p, len, "pct");
}

/* Lex an alphanumeric run starting at lx->i. */
/* Where the domain's ending that opens at j (".com", ".com.cn") ends;
 * 0 if none does. */
static size_t domain_end(const char *s, size_t n, size_t j)
{
    static const char *const tld[] = {"com", "cn", "net", "me", "io", "tv", "org", "hk"};
    size_t end = 0;
    while (j + 2 < n && s[j] == '.') {
        size_t t0 = j + 1, t1 = t0;
        while (t1 < n && is_alpha((unsigned char)s[t1]))
            t1++;
        bool ok = false;
        for (size_t k = 0; k < sizeof tld / sizeof *tld && !ok; k++)
            ok = str_ieq(s + t0, t1 - t0, tld[k]);
        if (!ok || (t1 < n && (is_digit((unsigned char)s[t1]) || s[t1] == '/')))
            break;
        end = j = t1;
    }
    return end;
}

/* Is s[i, j) a year, a full stop and a footnote's number of one or two
 * digits, a new sentence after it ("in the end of 2012.4 Subscriptions
 * lagged"), the year after "of", "in", "by", "since", "until" or
 * "during"? */
static bool year_footnote_at(const struct lexer *lx, size_t i, size_t j)
{
    const char *s = lx->s;
    if (j < i + 6 || j > i + 7 || s[i + 4] != '.' || !(s[i] == '1' || s[i] == '2'))
        return false;
    for (size_t k = i; k < i + 4; k++)
        if (!is_digit((unsigned char)s[k]))
            return false;
    int y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
    if (y < 1900 || y > 2100 || j + 2 >= lx->n || s[j] != ' ' || !is_upper((unsigned char)s[j + 1]) ||
        !is_lower((unsigned char)s[j + 2]))
        return false;
    static const char *const lead[] = {"of", "in", "by", "since", "until", "during"};
    size_t b = i;
    if (b == 0 || s[b - 1] != ' ')
        return false;
    b--;
    size_t a = b;
    while (a > 0 && is_alpha((unsigned char)s[a - 1]))
        a--;
    for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
        if (str_ieq(s + a, b - a, lead[k]))
            return true;
    return false;
}

/* Does the run of one to three digits [i, j) open a number grouped by
 * single spaces, "1 530", "137 853", "1 234 567.8", the style of
 * statistical tables?  Only as a table's cell (wide gaps or the line's
 * ends on both sides) or in prose between words ("some 3 000 users"),
 * never in a list of figures ("298 384 457").  Its end, or 0. */
static size_t space_grouped_end(const char *s, size_t n, size_t i, size_t j)
{
    if (j - i > 3 || s[i] == '0' || j >= n || s[j] != ' ')
        return 0;
    size_t e = j, groups = 0;
    while (e + 3 < n && s[e] == ' ' && is_digit((unsigned char)s[e + 1]) && is_digit((unsigned char)s[e + 2]) &&
           is_digit((unsigned char)s[e + 3]) && (e + 4 >= n || !is_alnum((unsigned char)s[e + 4])) &&
           !(e + 5 < n && s[e + 4] == ',' && is_digit((unsigned char)s[e + 5]))) {
        e += 4;
        groups++;
    }
    if (!groups)
        return 0;
    if (e + 1 < n && s[e] == '.' && is_digit((unsigned char)s[e + 1])) {
        e++;
        while (e < n && is_digit((unsigned char)s[e]))
            e++;
    }
    /* (a cell: a wide gap on one side at least, the line's end or
     * another on the other; a line of nothing else is a list) */
    bool open_gap = i >= 2 && s[i - 1] == ' ' && s[i - 2] == ' ';
    bool close_gap = e + 1 < n && s[e] == ' ' && s[e + 1] == ' ';
    bool open = open_gap || i == 0 || s[i - 1] == '\n' || (i >= 2 && s[i - 1] == ' ' && s[i - 2] == '\n');
    bool close = close_gap || e == n || s[e] == '\n' || s[e] == '\r' ||
                 (e + 1 < n && s[e] == ' ' && (s[e + 1] == '\n' || s[e + 1] == '\r'));
    if (open && close && (open_gap || close_gap))
        return e;
    /* (in prose: a word before, a word after) */
    if (i >= 2 && s[i - 1] == ' ' && is_alpha((unsigned char)s[i - 2]) && e + 1 < n && s[e] == ' ' &&
        is_alpha((unsigned char)s[e + 1])) {
        size_t w = i - 1;
        while (w > 0 && is_alpha((unsigned char)s[w - 1]))
            w--;
        /* (not a day after its month: "on March 1 200 firms") */
        return scan_month(s + w, i - 1 - w) > 0 ? 0 : e;
    }
    return 0;
}

static void lex_run(struct lexer *lx)
{
    const char *s = lx->s;
    size_t i = lx->i, start = i;

    if (is_digit((unsigned char)s[i])) {
        size_t j = i;
        /* digits with internal , and . between digits */
        while (j < lx->n && (is_digit((unsigned char)s[j]) ||
                             ((s[j] == ',' || s[j] == '.') && j + 1 < lx->n &&
                              is_digit((unsigned char)s[j + 1]) && j > i)))
            j++;
        /* (a year that ends a sentence, a footnote's number glued to its
         * full stop: "at the end of 2012.4 Subscriptions lagged") */
        if (year_footnote_at(lx, i, j))
            j = i + 4;
        double v;
        size_t used = 0;
        size_t sg = space_grouped_end(s, lx->n, i, j);
        bool ok;
        if (sg) {
            /* (read as if its groups were parted by commas) */
            char tmp[64];
            size_t m = 0;
            for (size_t q = i; q < sg && m + 1 < sizeof tmp; q++)
                tmp[m++] = s[q] == ' ' ? ',' : s[q];
            ok = sg - i < sizeof tmp && num_parse_grouped(tmp, m, &v, &used) && used == m;
            if (ok)
                j = sg;
            else
                ok = num_parse_grouped(s + i, j - i, &v, &used);
        } else
            ok = num_parse_grouped(s + i, j - i, &v, &used);
        if (!ok) { /* too long to be a quantity (hundreds of digits) */
            while (j < lx->n && is_alnum((unsigned char)s[j]))
                j++;
            emit(lx, TK_SKIP, i, j - i, 0);
            lx->i = j;
            return;
        }
        size_t k = i + used; /* end of the number proper */
        /* clock time 20:38 */
        if (k + 1 < lx->n && s[k] == ':' && is_digit((unsigned char)s[k + 1])) {
            size_t e = k + 1;
            while (e < lx->n && (is_alnum((unsigned char)s[e]) || s[e] == ':'))
                e++;
            emit(lx, TK_SKIP, i, e - i, 0);
            lx->i = e;
            return;
        }
        size_t le = k;
        while (le < lx->n && is_alpha((unsigned char)s[le]))
            le++;
        /* a company named by its domain: "58.com", "51job.com", "360buy.com" */
        size_t de = domain_end(s, lx->n, le);
        if (de && used == k - i && !memchr(s + i, '.', k - i) && !memchr(s + i, ',', k - i)) {
            emit(lx, TK_WORD, i, de - i, 0);
            lx->i = de;
            return;
        }
        size_t after = le;
        /* digits glued to a following identifier part: 13D, MS11-011 tail */
        if (le < lx->n && is_digit((unsigned char)s[le]) && le > k) {
            while (after < lx->n && is_alnum((unsigned char)s[after]))
                after++;
            emit(lx, TK_WORD, i, after - i, 0);
            lx->i = after;
            return;
        }
        struct token *t;
        /* a span made an adjective: "the 12-month period", "an 18-day
         * event", "a 24-hour sale": no quantity */
        if (le == k && used == k - i && k + 3 < lx->n && s[k] == '-' && is_alpha((unsigned char)s[k + 1])) {
            static const char *const spans[] = {"second", "minute", "hour", "day", "week", "month", "quarter",
                                                "year", "decade"};
            size_t w = k + 1;
            while (w < lx->n && is_alpha((unsigned char)s[w]))
                w++;
            if (str_ieq_any(s + k + 1, w - k - 1, spans, sizeof spans / sizeof *spans)) {
                emit(lx, TK_SKIP, i, w - i, 0);
                lx->i = w;
                return;
            }
        }
        if (le == k) {
            /* a bare number; a "/32" block size glued to it */
            t = tok_push(lx->out);
            t->kind = TK_NUM;
            t->off = i;
            t->len = k - i;
            t->numoff = i;
            t->numlen = k - i;
            t->line = lx->line;
            t->value = v;
            const char *dot = memchr(s + i, '.', k - i);
            t->decimals = dot ? (int)(s + k - dot - 1) : 0;
            /* "9,398/32": a count of /32 address blocks, not a fraction or a
             * date; the block size is 32 or more, or the count is grouped */
            size_t e = k + 1;
            while (e < lx->n && is_digit((unsigned char)s[e]))
                e++;
            double bits = 0;
            if (e > k + 1)
                num_parse(s + k + 1, e - k - 1, &bits);
            if (k + 1 < lx->n && s[k] == '/' && e > k + 1 && e - k - 1 <= 3 &&
                (e >= lx->n || (!is_alnum((unsigned char)s[e]) && s[e] != '/')) &&
                (memchr(s + i, ',', k - i) || (bits >= 32 && bits <= 128)) && !dot) {
                t->unit = "other";
                t->len = e - i;
                k = e;
            }
            lx->i = k;
            return;
        }
        /* letters glued after the number */
        int sc = scale_index(s + k, le - k);
        /* "€500m", "$2.5b", "RMB300k": a one-letter scale, only after a currency */
        /* (or after a range that opens with one: "$8-24B") */
        if (sc < 0 && le - k == 1 && (money_before(s, i) || money_range_before(s, i))) {
            char c0 = (char)to_lower((unsigned char)s[k]);
            sc = c0 == 'k' ? SCALE_THOUSAND : c0 == 'm' ? SCALE_MILLION : c0 == 'b' ? SCALE_BILLION : -1;
        }
        /* (or before the currency's word: "35b yuan", "750m dollars") */
        if (sc < 0 && le - k == 1 && currency_word_after(s, lx->n, le)) {
            char c0 = (char)to_lower((unsigned char)s[k]);
            sc = c0 == 'k' ? SCALE_THOUSAND : c0 == 'm' ? SCALE_MILLION : c0 == 'b' ? SCALE_BILLION : -1;
        }
        /* "564MM", "233MM+": a banker's million, in capitals (not
         * "300mm", a length); "1.1B": a decimal's billion in a capital
         * (not "Series 3B") */
        if (sc < 0 && le - k == 2 && s[k] == 'M' && s[k + 1] == 'M')
            sc = SCALE_MILLION;
        if (sc < 0 && le - k == 1 && s[k] == 'B' && memchr(s + i, '.', k - i))
            sc = SCALE_BILLION;
        /* "81m users", "300k subscribers": the style of the FT, before a
         * noun in lower case (not a length: "a 100m sprint"); in capitals
         * as the web writes them, "989M netizens", "12K followers", "1B
         * users" (not a bandwidth's "143M"), or ending a phrase after the
         * people it counts ("MIUI MAU up 28% to 310M in 2019") */
        if (sc < 0 && le - k == 1 && (s[k] == 'm' || s[k] == 'k' || s[k] == 'M' || s[k] == 'K' || s[k] == 'B') &&
            counted_noun_after(s, lx->n, le, is_upper((unsigned char)s[k]) && !counted_noun_before(s, i)) &&
            !(s[k] == 'M' && bandwidth_before(s, i))) {
            char c0 = (char)to_lower((unsigned char)s[k]);
            sc = c0 == 'k' ? SCALE_THOUSAND : c0 == 'm' ? SCALE_MILLION : SCALE_BILLION;
        }
        double mult = 1;
        const char *ru = rate_unit(s + k, le - k, &mult);
        /* "surge 391pc", "up 12pct": a percent in the style of the press */
        if (sc < 0 && !ru && ((le - k == 2 && str_ieq(s + k, 2, "pc")) || (le - k == 3 && str_ieq(s + k, 3, "pct"))) &&
            (le >= lx->n || !is_alnum((unsigned char)s[le])))
            ru = "percent";
        /* "The bandwidth of international links was 143M", "7,597.5M":
         * a capital M or G alone, after "bandwidth" on the line, is a rate */
        if (sc < 0 && !ru && le - k == 1 && (s[k] == 'M' || s[k] == 'G') && !money_before(s, i) &&
            bandwidth_before(s, i)) {
            ru = "Mbps";
            mult = s[k] == 'G' ? 1e3 : 1;
        }
        if (sc >= 0 || ru) {
            t = tok_push(lx->out);
            t->kind = TK_NUM;
            t->off = i;
            t->len = le - i;
            t->numoff = i;
            t->numlen = k - i;
            t->line = lx->line;
            const char *dot = memchr(s + i, '.', k - i);
            t->decimals = dot ? (int)(s + k - dot - 1) : 0;
            t->value = snap(sc >= 0 ? v * scale_mult[sc] : v * mult);
            t->unit = ru;
            t->flags = sc >= 0 ? 0 : 0;
            lx->i = le;
            return;
        }
        if (le - k == 2 && (str_ieq(s + k, 2, "st") || str_ieq(s + k, 2, "nd") ||
                            str_ieq(s + k, 2, "rd") || str_ieq(s + k, 2, "th"))) {
            emit(lx, TK_SKIP, i, le - i, TF_ORDINAL);
            lx->i = le;
            return;
        }
        if (is_upper((unsigned char)s[k]) && used == k - i && v == floor(v) &&
            ((v >= 1 && v <= 31) || (v >= 1800 && v <= 2100)) && le - k >= 2 &&
            is_lower((unsigned char)s[k + 1])) {
            /* "Jan.21Tencent", "2011Internet": a date glued to a title */
            t = tok_push(lx->out);
            t->kind = TK_NUM;
            t->off = t->numoff = i;
            t->len = t->numlen = k - i;
            t->line = lx->line;
            t->value = v;
            t->flags = TF_GLUED;
            lx->i = k;
            return;
        }
        emit(lx, TK_WORD, i, le - i, 0); /* 360buy, 3G, 4G */
        lx->i = le;
        return;
    }

    /* a word: letters, digits, internal apostrophes; hashed on the way */
    size_t j = i;
    size_t letters = SIZE_MAX; /* the first byte that is no letter */
    bool has_digit = false, elided = false;
    uint32_t wh = FNV_BASIS;
    const size_t n = lx->n;
    while (j < n) {
        /* the letters, in a tight loop */
        unsigned char c = (unsigned char)s[j];
        while (cns_ctype[c] & (CT_UPPER | CT_LOWER)) {
            wh = fnv_step(wh, c);
            if (++j == n)
                break;
            c = (unsigned char)s[j];
        }
        if (j == n)
            break;
        unsigned char cls = cns_ctype[c];
        if (cls & (CT_UPPER | CT_LOWER)) {
            continue;
        } else if (cls & CT_DIGIT) {
            wh = fnv_step(wh, c);
            has_digit = true;
            if (letters == SIZE_MAX)
                letters = j;
            j++;
        } else if (c == '\'' && j + 1 < lx->n && is_alpha((unsigned char)s[j + 1]) && j > start) {
            elided = true;
            if (letters == SIZE_MAX)
                letters = j;
            j++;
        } else if (c == 0xE2 && j + 3 < lx->n && (unsigned char)s[j + 1] == 0x80 &&
                   (unsigned char)s[j + 2] == 0x99 && is_alpha((unsigned char)s[j + 3])) {
            elided = true;
            if (letters == SIZE_MAX)
                letters = j;
            j += 3;
        } else {
            break;
        }
    }
    if (letters == SIZE_MAX)
        letters = j;
    /* currency code glued to digits: RMB18.9, USD2.9, HKD1 */
    if (letters < j && is_digit((unsigned char)s[letters]) && scan_currency_code(s + i, letters - i)) {
        emit(lx, TK_WORD, i, letters - i, 0);
        lx->i = letters;
        return;
    }
    /* a company named by its domain: "Sohu.com", "JD.com", "Dangdang.com.cn" */
    if (!elided && j + 3 < lx->n && s[j] == '.') {
        size_t de = domain_end(s, lx->n, j);
        if (de) {
            j = de;
            elided = true; /* hashed as a whole below */
        }
    }
    /* a footnote number glued to a word in lower case, as text taken from
     * PDFs has them ("618 million1", "netizens2 reached"): the word alone,
     * the marker read as nothing (not "mp3": two letters) */
    if (has_digit && !elided && letters - i >= 3 && j - letters <= 2 &&
        (j >= lx->n || (!is_alnum((unsigned char)s[j]) &&
                        !((s[j] == '-' || s[j] == '.' || s[j] == '/') && j + 1 < lx->n &&
                          is_alnum((unsigned char)s[j + 1]))))) {
        bool lower = true, digits = true;
        for (size_t k = i; k < letters && lower; k++)
            lower = is_lower((unsigned char)s[k]);
        for (size_t k = letters; k < j && digits; k++)
            digits = is_digit((unsigned char)s[k]);
        /* (or to an acronym, one digit, before words in lower case: "GMV1
         * in the twelve-month period"; not "MP3", "MS11-011", "CDMA2000") */
        bool upper = !lower && letters - i <= 5 && j - letters == 1 && s[letters] != '0' && j + 1 < lx->n &&
                     s[j] == ' ' && is_lower((unsigned char)s[j + 1]);
        for (size_t k = i; k < letters && upper; k++)
            upper = is_upper((unsigned char)s[k]);
        if ((lower || upper) && digits) {
            emit(lx, TK_WORD, i, letters - i, 0); /* the marker is no token */
            lx->i = j;
            return;
        }
    }
    /* an identifier (letters with digits) runs on through '-' and '.' to
     * more letters or digits: "MS11-011", "API2.0", "v1.2-rc3" */
    size_t word_end = j;
    if (has_digit)
        while (j + 1 < lx->n && (s[j] == '-' || s[j] == '.') && is_alnum((unsigned char)s[j + 1])) {
            j++;
            while (j < lx->n && is_alnum((unsigned char)s[j]))
                j++;
        }
    if (elided || j != word_end || j - i > WORD_HASH_MAX)
        emit(lx, TK_WORD, i, j - i, 0);
    else
        emit_word(lx, i, j - i, unshort(whash_end(wh, s + i, j - i)));
    lx->i = j;
}

static const char *const abbrevs[] = {"co", "ltd", "inc", "no", "dr", "mr", "mrs", "ms",
                                      "st", "vs", "corp", "jr", "sr", "prof", "p", "pp",
                                      "etc", "fig", "vol", "approx"};
static uint32_t abbrev_hash[sizeof abbrevs / sizeof *abbrevs];

static bool prev_is_abbrev(const struct lexer *lx)
{
    struct tokens *o = lx->out;
    if (o->n == 0 || o->v[o->n - 1].kind != TK_WORD)
        return false;
    const struct token *t = &o->v[o->n - 1];
    if (t->len > 6)
        return false;
    if (t->len == 1 && is_upper((unsigned char)lx->s[t->off]))
        return true; /* initials: "J. Smith" */
    /* "i.e.", "e.g.": a letter, a dot, a letter */
    if (t->len == 1 && o->n >= 3 && o->v[o->n - 2].kind == TK_PUNCT && lx->s[o->v[o->n - 2].off] == '.' &&
        o->v[o->n - 3].kind == TK_WORD && o->v[o->n - 3].len == 1 && o->v[o->n - 2].off == o->v[o->n - 3].off + 1 &&
        t->off == o->v[o->n - 2].off + 1)
        return true;
    /* (a month's short name: "Jan.", "Sept."; not a whole one that ends a
     * sentence: "at the end of June. Net additions ...") */
    if (t->len <= 4 && scan_month(lx->s + t->off, t->len) && !str_ieq(lx->s + t->off, t->len, "may") &&
        !str_ieq(lx->s + t->off, t->len, "june") && !str_ieq(lx->s + t->off, t->len, "july"))
        return true;
    /* (a word's hash first, its spelling to be sure) */
    for (size_t k = 0; k < sizeof abbrevs / sizeof *abbrevs; k++)
        if (abbrev_hash[k] == t->hash && str_ieq(lx->s + t->off, t->len, abbrevs[k]))
            return true;
    return false;
}

/* A note's number of up to max digits glued after the mark at i, a space
 * after it ("value.3 ", "users;1 by"): the mark (its flags) and the number
 * as nothing are emitted, and true returned; else false, nothing emitted. */
static bool note_after_mark(struct lexer *lx, size_t i, size_t max, unsigned flags)
{
    size_t e = i + 1;
    while (e < lx->n && e - i - 1 < max && is_digit((unsigned char)lx->s[e]))
        e++;
    if (e == i + 1 || !at_space(lx, e))
        return false;
    emit(lx, TK_PUNCT, i, 1, flags);
    emit(lx, TK_SKIP, i + 1, e - i - 1, 0);
    lx->i = e;
    return true;
}

/* Is the '.' at i the end of a figure's abbreviated scale, the sentence
 * going on after it in lower case: "3.2 mil. broadband users"? */
static bool scale_abbrev_before(const struct lexer *lx, size_t i)
{
    const struct tokens *o = lx->out;
    if (o->n < 2 || o->v[o->n - 1].kind != TK_WORD || o->v[o->n - 2].kind != TK_NUM)
        return false;
    const struct token *w = &o->v[o->n - 1];
    bool scale = false;
    for (size_t k = 0; k < sizeof scale_words / sizeof *scale_words && !scale; k++)
        scale = str_ieq(lx->s + w->off, w->len, scale_words[k]);
    if (!scale)
        return false;
    size_t j = i + 1;
    while (j < lx->n && lx->s[j] == ' ')
        j++;
    /* (a word all in lower case: not a name, "eBay", "iResearch") */
    size_t e = j;
    while (e < lx->n && is_lower((unsigned char)lx->s[e]))
        e++;
    return j > i + 1 && e > j && (e == lx->n || !is_alpha((unsigned char)lx->s[e]));
}

/* The bytes the URL test of a chunk stops at: its end (white space), the
 * marks of a URL, and '.' (a URL's when a letter follows). */
enum { UM_SPACE = 1, UM_MARK = 2, UM_DOT = 3 };
static const unsigned char url_mark[256] = {
    ['\t'] = UM_SPACE, ['\n'] = UM_SPACE, ['\v'] = UM_SPACE, ['\f'] = UM_SPACE, ['\r'] = UM_SPACE,
    [' '] = UM_SPACE,   ['/'] = UM_MARK,    ['='] = UM_MARK,    ['_'] = UM_MARK,    ['@'] = UM_MARK,
    ['.'] = UM_DOT,
};

bool scan_bullet_at(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i + 2 < n && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ')
        return true;
    /* ("> ", as web pages list more items: "  > Top 5 Massive Chinese
     * Fundings in 2017") */
    if (i + 2 < n && s[i] == '>' && s[i + 1] == ' ' && is_upper((unsigned char)s[i + 2]))
        return true;
    /* ("--", as press releases write their items) */
    if (i + 3 < n && s[i] == '-' && s[i + 1] == '-' && s[i + 2] == ' ')
        return true;
    if (i + 4 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA2)
        return true;
    size_t d = i;
    while (d < n && d < i + 2 && is_digit((unsigned char)s[d]))
        d++;
    return d > i && d + 2 < n && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ' && is_alpha((unsigned char)s[d + 2]);
}

/* How many fields of a card the line holds: a name of one to three words,
 * the first in capitals, a colon and a value, the first opening the line
 * and the others after a bar or a wide gap ("Round: Series C | Amount:
 * US$100 million", "Lead: Hillhouse Capital  Others: CDH Investments"). */
int scan_card_fields(const char *p, size_t n)
{
    int fields = 0;
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    /* (past an item's mark: "[1] Company: ...", "2. Round: ...", "* ") */
    size_t m = i;
    if (m < n && p[m] == '[')
        m++;
    while (m < n && m < i + 4 && is_digit((unsigned char)p[m]))
        m++;
    if (m < n && m > i && (p[m] == ']' || p[m] == '.' || p[m] == ')' || p[m] == '*' || p[m] == '-'))
        m++;
    if (m > i && m < n && p[m] == ' ') {
        i = m;
        while (i < n && p[i] == ' ')
            i++;
    }
    /* (past the item's date before a bar: "May 4 | Company: ...",
     * "2015-05-04 | ...") */
    const char *bar = memchr(p + i, '|', n - i < 24 ? n - i : 24);
    if (bar) {
        size_t w = i;
        while (w < n && is_alpha((unsigned char)p[w]))
            w++;
        bool date = (w > i && scan_month(p + i, w - i) > 0) || (is_digit((unsigned char)p[i]) && w == i);
        for (const char *c = p + i; c < bar && date; c++)
            date = is_alnum((unsigned char)*c) || *c == ' ' || *c == '.' || *c == ',' || *c == '-' || *c == '/';
        if (date) {
            i = (size_t)(bar - p) + 1;
            while (i < n && p[i] == ' ')
                i++;
        }
    }
    for (bool first = true; i < n; first = false) {
        size_t k = i;
        int words = 0;
        while (k < n && words < 3 && is_alpha((unsigned char)p[k]) && (words || is_upper((unsigned char)p[k]))) {
            while (k < n && (is_alpha((unsigned char)p[k]) || p[k] == '-' || p[k] == '&'))
                k++;
            words++;
            if (k < n && p[k] == ' ' && k + 1 < n && is_alpha((unsigned char)p[k + 1]))
                k++;
        }
        /* (not an interview's "Q:" and "A:") */
        /* (its value may be aligned past a wide gap: "Founded:
         * September 2015", a fact sheet's) */
        size_t v = k + 1;
        while (v + 1 < n && p[v] == ' ' && p[v + 1] == ' ')
            v++;
        bool field = words && k > i + 1 && v + 1 < n && p[k] == ':' && p[v] == ' ' && !is_space((unsigned char)p[v + 1]);
        if (field) {
            fields++;
        } else if (first && !(i < n && is_alpha((unsigned char)p[i]) && !is_upper((unsigned char)p[i]) &&
                              memchr(p + i, '|', n - i))) {
            /* (but the end of a field, in lower case, goes on before a
             * bar: "familiar with the deal | Date: May 19"; and a card's
             * kind may head it: "Acquisition | Target: eLong") */
            size_t x = k;
            while (x < n && (p[x] == ' ' || p[x] == '\t'))
                x++;
            if (!(words && x < n && p[x] == '|'))
                return 0;
        }
        /* on to the next bar or wide gap */
        size_t j = k;
        while (j < n && p[j] != '|' && p[j] != ',' && p[j] != ';' && !(p[j] == ' ' && j + 1 < n && p[j + 1] == ' '))
            j++;
        while (j < n && (p[j] == '|' || p[j] == ',' || p[j] == ';' || p[j] == ' ' || p[j] == '\t'))
            j++;
        i = j;
    }
    return fields;
}

/* Does a telephone number in international form start at the '+' at i:
 * a country code of one to three digits, then groups of digits parted
 * by hyphens, single spaces or brackets, eight digits in all at least?
 * *end: where it ends. */
static bool phone_at(const char *s, size_t i, size_t n, size_t *end)
{
    size_t j = i + 1, cc = 0;
    while (j < n && is_digit((unsigned char)s[j]) && cc < 4) {
        j++;
        cc++;
    }
    if (cc < 1 || cc > 3 || j >= n || !(s[j] == '-' || s[j] == ' ' || s[j] == '('))
        return false;
    size_t digits = cc, groups = 0;
    size_t last = j;
    while (j < n) {
        size_t g = j;
        while (g < n && (s[g] == '-' || s[g] == ' ' || s[g] == '(' || s[g] == ')') && g < j + 3)
            g++;
        size_t e = g;
        while (e < n && is_digit((unsigned char)s[e]))
            e++;
        if (e == g || (e < n && (is_alpha((unsigned char)s[e]) || (s[e] == '.' && e + 1 < n && is_digit((unsigned char)s[e + 1])))))
            break;
        digits += e - g;
        groups++;
        last = j = e;
    }
    if (groups < 1 || digits < 8)
        return false;
    *end = last;
    return true;
}

/* Does a post's number in a thread open its line at i: one to three
 * digits and a slash, then a space ("7/ Non-bank ...") or the thread's
 * length and a capital ("1/17 CNNIC's 48th report", "17/17 If ...")?
 * *end: past the mark. */
static bool thread_mark_at(const char *s, size_t i, size_t n, size_t *end)
{
    size_t b = i;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    if (b > 0 && s[b - 1] != '\n')
        return false;
    size_t j = i;
    while (j < n && is_digit((unsigned char)s[j]) && j < i + 4)
        j++;
    if (j - i > 3 || j + 1 >= n || s[j] != '/')
        return false;
    if (s[j + 1] == ' ') {
        *end = j + 1;
        return true;
    }
    size_t k = j + 1;
    while (k < n && is_digit((unsigned char)s[k]) && k < j + 4)
        k++;
    if (k == j + 1 || k - j - 1 > 3 || k + 1 >= n || s[k] != ' ' || !is_upper((unsigned char)s[k + 1]))
        return false;
    if (atoi(s + i) > atoi(s + j + 1) || atoi(s + i) == 0)
        return false;
    *end = k;
    return true;
}

/* Does a telephone number in national form start at the '0' at i: an
 * area code of two to four digits, a hyphen, then seven or eight digits
 * ("010-62619750", "021-5080 1234")?  *end: where it ends. */
static bool national_phone_at(const char *s, size_t i, size_t n, size_t *end)
{
    if (i > 0 && (is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ','))
        return false;
    size_t j = i;
    while (j < n && is_digit((unsigned char)s[j]) && j < i + 5)
        j++;
    if (j - i < 2 || j - i > 4 || j + 1 >= n || s[j] != '-')
        return false;
    size_t digits = 0, e = j + 1;
    for (int group = 0; group < 2 && e < n; group++) {
        size_t g = e;
        while (e < n && is_digit((unsigned char)s[e]))
            e++;
        digits += e - g;
        /* (a second group after one space: "5080 1234") */
        if (group == 0 && e - g == 4 && e + 1 < n && s[e] == ' ' && is_digit((unsigned char)s[e + 1]))
            e++;
        else
            break;
    }
    if (digits < 7 || digits > 8 || (e < n && (is_alnum((unsigned char)s[e]) || s[e] == '-')))
        return false;
    *end = e;
    return true;
}

/* Is the '!' at i a name's own, "Yahoo!", "Hurray!": glued after a
 * capitalised word of three letters or more, with a space and a word in
 * lower case or a company's legal form after it? */
static bool bang_of_name(const struct lexer *lx, size_t i)
{
    const char *s = lx->s;
    if (!lx->out->n || i == 0 || i + 2 >= lx->n || s[i + 1] != ' ')
        return false;
    const struct token *w = &lx->out->v[lx->out->n - 1];
    if (w->kind != TK_WORD || w->off + w->len != i || !(w->flags & TF_CAP) || w->len < 3)
        return false;
    size_t a = i + 2, b = a;
    while (b < lx->n && is_alpha((unsigned char)s[b]))
        b++;
    if (b == a)
        return false;
    static const char *const legal[] = {"Inc", "Holding", "Holdings", "Ltd", "Co", "Corp", "Corporation", "Group"};
    if (is_lower((unsigned char)s[a]))
        return true;
    for (size_t k = 0; k < sizeof legal / sizeof *legal; k++)
        if (str_ieq(s + a, b - a, legal[k]))
            return true;
    return false;
}

static void lex(struct lexer *lx)
{
    const char *s = lx->s;
    bool chunk_start = true;
    while (lx->i < lx->n) {
        size_t i = lx->i;
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            lx->line++;
            lx->i++;
            chunk_start = true;
            /* an item of a list on the next line ends what came before: a
             * mark of no length there */
            if (lx->out->n && scan_bullet_at(s, lx->i, lx->n))
                emit(lx, TK_PUNCT, lx->i - 1, 0, TF_SENT_END);
            continue;
        }
        if (is_space(c) || c == 0) {
            lx->i++;
            chunk_start = true;
            continue;
        }
        /* a telephone number in national form is no quantity:
         * "010-62619750" */
        size_t ph_end;
        if (c == '0' && chunk_start && national_phone_at(s, i, lx->n, &ph_end)) {
            emit(lx, TK_SKIP, i, ph_end - i, 0);
            lx->i = ph_end;
            chunk_start = false;
            continue;
        }
        /* a post's number in a thread, opening its line, is no quantity:
         * "7/ Non-bank payment institutions ..." */
        size_t tm_end;
        if (chunk_start && is_digit(c) && thread_mark_at(s, i, lx->n, &tm_end)) {
            emit(lx, TK_SKIP, i, tm_end - i, 0);
            lx->i = tm_end;
            chunk_start = false;
            continue;
        }
        if (chunk_start) {
            chunk_start = false;
            size_t n0 = lx->out->n;
            if (is_alnum(c)) {
                /* the chunk's first word or number; a chunk that is no more
                 * than that and a mark of punctuation ("users,") is no URL,
                 * and most chunks are such */
                lex_run(lx);
                size_t e = lx->i;
                if (e >= lx->n || is_space((unsigned char)s[e]) || s[e] == 0)
                    continue;
                if (strchr(",;:)\"'!?.", s[e]) && s[e] &&
                    (e + 1 >= lx->n || is_space((unsigned char)s[e + 1]) || s[e + 1] == 0))
                    continue;
            }
            /* only a chunk with one of / = _ @ or ".x" can be a URL: look
             * for one, up to the chunk's end, in one pass */
            size_t e = i;
            bool maybe = false;
            while (e < lx->n) {
                unsigned char k = url_mark[(unsigned char)s[e]];
                if (!k) {
                    e++;
                    continue;
                }
                if (k == UM_SPACE)
                    break;
                if (k == UM_MARK || (e + 1 < lx->n && is_alpha((unsigned char)s[e + 1]))) {
                    maybe = true;
                    break;
                }
                e++;
            }
            if (maybe) {
                while (e < lx->n && !is_space((unsigned char)s[e]))
                    e++;
                /* (a lone mark is none: "Users = 564MM", a slide's) */
                if (e - i > 1 && url_like(s + i, e - i)) {
                    lx->out->n = n0; /* the word read first is the URL's */
                    emit(lx, TK_SKIP, i, e - i, 0);
                    lx->i = e;
                    chunk_start = true;
                    continue;
                }
            }
            if (lx->i != i)
                continue; /* the first word read, the chunk no URL */
        }
        if (is_alnum(c)) {
            lex_run(lx);
            continue;
        }
        if (c >= 0x80) {
            size_t k = utf8_len(c);
            if (i + k > lx->n)
                k = lx->n - i;
            unsigned flags = 0;
            /* superscript digits: footnote markers */
            if (bytes_at(lx, i, "\xC2\xB9") || bytes_at(lx, i, "\xC2\xB2") ||
                bytes_at(lx, i, "\xC2\xB3") ||
                (bytes_at(lx, i, "\xE2\x81") && i + 2 < lx->n &&
                 ((unsigned char)s[i + 2] == 0xB0 || ((unsigned char)s[i + 2] >= 0xB4 && (unsigned char)s[i + 2] <= 0xB9)))) {
                /* (no token: the words on either side stand as if it were
                 * not there, 'volume ("GMV")¹ reached') */
                lx->i += k;
                continue;
            }
            if (bytes_at(lx, i, "\xE2\x80\x9C") || bytes_at(lx, i, "\xE2\x80\x9D"))
                flags = TF_QUOTE;
            if (bytes_at(lx, i, "\xE2\x80\x9C") || bytes_at(lx, i, "\xE2\x80\x9D") ||
                bytes_at(lx, i, "\xE2\x80\x93") || bytes_at(lx, i, "\xE2\x80\x94") ||
                bytes_at(lx, i, "\xEF\xBC\x88") || bytes_at(lx, i, "\xEF\xBC\x89"))
                flags |= TF_CLAUSE;
            if (bytes_at(lx, i, "\xE3\x80\x82")) /* 。 */
                flags = TF_SENT_END;
            emit(lx, TK_PUNCT, i, k, flags);
            lx->i += k;
            continue;
        }
        unsigned flags = 0;
        /* a telephone number in international form is no quantity:
         * "+86-10-58813000", "+86 (10) 5881 3000" */
        size_t k_end;
        if (c == '+' && phone_at(s, i, lx->n, &k_end)) {
            emit(lx, TK_SKIP, i, k_end - i, 0);
            lx->i = k_end;
            continue;
        }
        switch (c) {
        case '.':
            /* footnote number glued after a full stop: "value.3 " */
            if (i + 1 < lx->n && is_digit((unsigned char)s[i + 1]) && i > 0 &&
                (is_alpha((unsigned char)s[i - 1]) || s[i - 1] == ')' ||
                 (i >= 4 && year_footnote_at(lx, i - 4, i + 2 < lx->n && is_digit((unsigned char)s[i + 2]) ? i + 3 : i + 2))) &&
                !prev_is_abbrev(lx) && note_after_mark(lx, i, lx->n, TF_SENT_END))
                continue;
            if ((at_space(lx, i + 1) || s[i + 1] == '"' || (unsigned char)s[i + 1] >= 0x80 ||
                 wiki_note_at(s, lx->n, i + 1)) &&
                !prev_is_abbrev(lx) && !scale_abbrev_before(lx, i))
                flags = TF_SENT_END;
            /* (or sentences run together, as text copied from the Web has
             * them: "released Friday.The number increased"; not a name's
             * dot, "Sina.com", "U.S.", nor an abbreviation's) */
            else if (i >= 2 && i + 2 < lx->n && is_lower((unsigned char)s[i - 1]) && is_lower((unsigned char)s[i - 2]) &&
                     is_upper((unsigned char)s[i + 1]) && is_lower((unsigned char)s[i + 2]) && !prev_is_abbrev(lx))
                flags = TF_SENT_END;
            break;
        case '!':
            /* a name's own mark, "Yahoo! Inc. announced", "Hurray! listed
             * on NASDAQ": glued to a name, prose or a legal form after it */
            if (bang_of_name(lx, i)) {
                lx->out->v[lx->out->n - 1].len++;
                lx->i++;
                continue;
            }
            flags = TF_SENT_END;
            break;
        case '?':
            flags = TF_SENT_END;
            break;
        case ';':
            /* a footnote's number glued after a semicolon: "39.5 percent
             * of all users;1 by the end of 2014" */
            if (i > 0 && is_alpha((unsigned char)s[i - 1]) && i + 1 < lx->n && is_digit((unsigned char)s[i + 1]) &&
                note_after_mark(lx, i, 2, TF_CLAUSE))
                continue;
            flags = TF_CLAUSE;
            break;
        case ':':
        /* (a bar parts fields: "Round: Series C | Amount: US$100 million") */
        case '|':
            flags = TF_CLAUSE;
            break;
        case '"':
            flags = TF_CLAUSE | TF_QUOTE;
            break;
        case '(':
        case '[': {
            /* a footnote number in brackets glued to a word, as reports
             * have them ("Our GMV(1) increased", "accounts(2)",
             * "nationwide(3)."), or to a table's figure ("120.0(3)"): read
             * as nothing */
            size_t e = i + 1;
            while (e < lx->n && e < i + 3 && is_digit((unsigned char)s[e]))
                e++;
            /* (a wiki's "[9]" glued to a sentence's full stop, a comma or a
             * percent sign too: "... for the first time.[9] By the end") */
            if (e > i + 1 && e < lx->n && s[e] == (c == '(' ? ')' : ']') && i > 0 &&
                (is_alpha((unsigned char)s[i - 1]) || (is_digit((unsigned char)s[i - 1]) && (e + 1 >= lx->n || is_space((unsigned char)s[e + 1]))) ||
                 (c == '[' && strchr(".,;:%)\"", s[i - 1]))) &&
                (e + 1 >= lx->n || !is_alnum((unsigned char)s[e + 1]))) {
                lx->i = e + 1; /* (no token: the words either side stay next to each other) */
                continue;
            }
            flags = TF_CLAUSE | TF_OPEN;
            break;
        }
        case ')':
        case ']':
            flags = TF_CLAUSE | TF_CLOSE;
            break;
        case '-':
            if (i > 0 && i + 1 < lx->n && is_alnum((unsigned char)s[i - 1]) &&
                is_alnum((unsigned char)s[i + 1]))
                flags = TF_HYPHEN;
            break;
        case '/':
            /* "FTTH/O", "and/or": a slash joining two words joins them as
             * a hyphen does (not figures: "2011/12", "9,398/32") */
            /* (one of them short: not two names, "HONG KONG/SHANGHAI") */
            if (i > 0 && i + 1 < lx->n && is_alpha((unsigned char)s[i - 1]) && is_alpha((unsigned char)s[i + 1]) &&
                (alpha_run(s + i, i, -1) <= 3 || alpha_run(s + i + 1, lx->n - i - 1, 1) <= 3))
                flags = TF_HYPHEN;
            break;
        default:
            break;
        }
        emit(lx, TK_PUNCT, i, 1, flags);
        lx->i++;
    }
}

/* ---- assembling quantities ------------------------------------------------ */

static const char *const small_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen"};
static const char *const tens_words[] = {"twenty", "thirty", "forty", "fifty",
                                         "sixty", "seventy", "eighty", "ninety"};

int scan_word_number(const char *p, size_t len)
{
    if (len < 3 || len > 9)
        return -1;
    switch (to_lower((unsigned char)p[0])) {
    case 'z': case 'o': case 't': case 'f': case 's': case 'e': case 'n':
        break;
    default:
        return -1;
    }
    for (int k = 0; k < 20; k++)
        if (str_ieq(p, len, small_words[k]))
            return k;
    for (int k = 0; k < 8; k++)
        if (str_ieq(p, len, tens_words[k]))
            return 20 + 10 * k;
    return -1;
}

/* A quick filter on word hashes: could this word be a number word?  (The
 * hashes of the 28 words; a match is confirmed by spelling.) */
static uint32_t nw_hash[28];
static uint64_t nw_bloom[4]; /* 256 bits */

/* "a million", "half a billion": words that count only before a scale */
static uint32_t h_a, h_an, h_half;

static void number_words_init(void)
{
    for (size_t k = 0; k < sizeof abbrevs / sizeof *abbrevs; k++)
        abbrev_hash[k] = scan_word_hash(abbrevs[k], strlen(abbrevs[k]));
    h_a = scan_word_hash("a", 1);
    h_an = scan_word_hash("an", 2);
    h_half = scan_word_hash("half", 4);
    for (int k = 0; k < 20; k++)
        nw_hash[k] = scan_word_hash(small_words[k], strlen(small_words[k]));
    for (int k = 0; k < 8; k++)
        nw_hash[20 + k] = scan_word_hash(tens_words[k], strlen(tens_words[k]));
    for (int k = 0; k < 28; k++)
        nw_bloom[(nw_hash[k] >> 6) & 3] |= 1ull << (nw_hash[k] & 63);
}

static inline bool number_word_maybe(uint32_t h)
{
    const uint32_t *hs = nw_hash;
    const uint64_t *bloom = nw_bloom;
    if (!((bloom[(h >> 6) & 3] >> (h & 63)) & 1))
        return false;
    for (int k = 0; k < 28; k++)
        if (hs[k] == h)
            return true;
    return false;
}

struct asm_ctx {
    const char *s;
    const struct tokens *raw;
    size_t i; /* next raw token */
};

static const struct token *peek(const struct asm_ctx *a, size_t k)
{
    return a->i + k < a->raw->n ? &a->raw->v[a->i + k] : NULL;
}

static bool word_is(const char *s, const struct token *t, const char *w)
{
    return t->kind == TK_WORD && str_ieq(s + t->off, t->len, w);
}

static bool word_eq(const struct asm_ctx *a, const struct token *t, const char *w)
{
    return t && word_is(a->s, t, w);
}

static bool punct_eq(const struct asm_ctx *a, const struct token *t, const char *lit)
{
    size_t k = strlen(lit);
    return t && t->kind == TK_PUNCT && t->len == k && memcmp(a->s + t->off, lit, k) == 0;
}

/* Does an address block size follow the number, at the raw tokens from
 * a->i: "blocks/32", "blocks of /32", "blocks (/32)", "(/32)"?  Returns
 * the end of its text (0: none) and in *skip how many tokens it takes. */
static size_t block_size_after(const struct asm_ctx *a, size_t *skip)
{
    size_t j = 0;
    bool blocks = word_eq(a, peek(a, 0), "blocks") || word_eq(a, peek(a, 0), "block");
    if (blocks) {
        j++;
        if (word_eq(a, peek(a, j), "of"))
            j++;
        /* ("blocks of size /32") */
        if (word_eq(a, peek(a, j), "size"))
            j++;
    }
    bool open = punct_eq(a, peek(a, j), "(");
    if (open)
        j++;
    const struct token *n = peek(a, j + 1);
    /* (or the size first, then the blocks: "23,430 /32 blocks") */
    if (!blocks && !open && punct_eq(a, peek(a, 0), "/") && n && n->kind == TK_NUM && n->value >= 32 &&
        n->value <= 128 && n->len <= 3 && (word_eq(a, peek(a, 2), "blocks") || word_eq(a, peek(a, 2), "block"))) {
        *skip = 3;
        return peek(a, 2)->off + peek(a, 2)->len;
    }
    if (!punct_eq(a, peek(a, j), "/") || !n || n->kind != TK_NUM || n->value < 32 || n->value > 128 ||
        n->len > 3 || (!blocks && !open))
        return 0;
    j += 2;
    if (open) {
        if (!punct_eq(a, peek(a, j), ")"))
            return 0;
        j++;
    }
    *skip = j;
    return peek(a, j - 1)->off + peek(a, j - 1)->len;
}

/* Do up to three words after the number, then "blocks" and a block size,
 * follow it: "IPv6 address blocks (/32)"? */
static bool blocks_named_after(const struct asm_ctx *a)
{
    for (size_t j = 1; j <= 3; j++) {
        const struct token *w = peek(a, j - 1);
        if (!w || w->kind != TK_WORD || word_eq(a, w, "blocks") || word_eq(a, w, "block"))
            return false;
        const struct token *nx = peek(a, j);
        if (word_eq(a, nx, "blocks") || word_eq(a, nx, "block")) {
            struct asm_ctx b = *a;
            size_t skip;
            b.i += j;
            return block_size_after(&b, &skip) != 0;
        }
    }
    return false;
}

/* Currency written before a number, ending at out->v[out->n-1]: returns the
 * ISO code and how many output tokens it spans, or NULL. */
static const char *currency_before(const struct asm_ctx *a, struct tokens *out, size_t *span)
{
    if (out->n == 0)
        return NULL;
    const struct token *t = &out->v[out->n - 1];
    const struct token *p = out->n >= 2 ? &out->v[out->n - 2] : NULL;
    if (punct_eq(a, t, "$")) {
        if (word_eq(a, p, "US")) {
            *span = 2;
            return "USD";
        }
        if (word_eq(a, p, "HK")) {
            *span = 2;
            return "HKD";
        }
        if (punct_eq(a, p, "\\")) {
            *span = 2;
            return "USD";
        }
        /* (the other dollars, their letters glued to the sign: "NZ$42.3
         * billion", "S$1 billion", "A$", "C$", "NT$") */
        static const char *const dollar[][2] = {{"NZ", "NZD"}, {"A", "AUD"},  {"AU", "AUD"}, {"C", "CAD"},
                                                {"CA", "CAD"}, {"S", "SGD"},  {"SG", "SGD"}, {"NT", "TWD"}};
        if (p && p->kind == TK_WORD && t->off == p->off + p->len)
            for (size_t i = 0; i < sizeof dollar / sizeof *dollar; i++)
                if (word_eq(a, p, dollar[i][0])) {
                    *span = 2;
                    return dollar[i][1];
                }
        /* (the code and the sign both, glued: "USD$880 billion") */
        if (word_eq(a, p, "USD") && t->off == p->off + p->len) {
            *span = 2;
            return "USD";
        }
        *span = 1;
        return "USD";
    }
    *span = 1;
    if (punct_eq(a, t, "\xE2\x82\xAC"))
        return "EUR";
    if (punct_eq(a, t, "\xC2\xA3"))
        return "GBP";
    if (punct_eq(a, t, "\xC2\xA5") || punct_eq(a, t, "\xEF\xBF\xA5")) {
        /* ("RMB¥500 million") */
        if ((word_eq(a, p, "RMB") || word_eq(a, p, "CNY")) && t->off == p->off + p->len)
            *span = 2;
        return "CNY";
    }
    if (t->kind == TK_WORD)
        return scan_currency_code(a->s + t->off, t->len);
    return NULL;
}

/* The raw tokens of "US", "U.S" or "U.S." from the next one on, 0 if
 * none. */
static size_t us_words(const struct asm_ctx *a)
{
    const struct token *t = peek(a, 0);
    if (word_eq(a, t, "US") || word_eq(a, t, "U.S"))
        return 1;
    if (word_eq(a, t, "U") && punct_eq(a, peek(a, 1), ".") && word_eq(a, peek(a, 2), "S") && punct_eq(a, peek(a, 3), "."))
        return 4;
    return 0;
}

/* Currency written after a number: returns the code and raw tokens used. */
static const char *currency_after(const struct asm_ctx *a, size_t *used)
{
    const struct token *t = peek(a, 0), *u = peek(a, 1);
    *used = 1;
    if (!t)
        return NULL;
    /* (every currency's word opens with one of these letters: most words
     * are passed at once) */
    if (t->kind == TK_WORD && !strchr("yrcudheYRCUDHE", a->s[t->off]))
        return NULL;
    if (word_eq(a, t, "yuan") || word_eq(a, t, "renminbi") || word_eq(a, t, "RMB") ||
        word_eq(a, t, "CNY") || punct_eq(a, t, "\xE5\x85\x83"))
        return "CNY";
    /* "9.31 trillion Chinese yuan" */
    if (word_eq(a, t, "Chinese") && (word_eq(a, u, "yuan") || word_eq(a, u, "renminbi"))) {
        *used = 2;
        return "CNY";
    }
    if (word_eq(a, t, "USD") || word_eq(a, t, "dollars") || word_eq(a, t, "dollar"))
        return "USD";
    /* "US dollars", "U.S. dollars" */
    size_t us = us_words(a);
    if (us && (word_eq(a, peek(a, us), "dollars") || word_eq(a, peek(a, us), "dollar"))) {
        *used = us + 1;
        return "USD";
    }
    if (word_eq(a, t, "HK") && word_eq(a, u, "dollars")) {
        *used = 2;
        return "HKD";
    }
    /* "Hong Kong dollars" */
    if (word_eq(a, t, "Hong") && word_eq(a, u, "Kong") && (word_eq(a, peek(a, 2), "dollars") || word_eq(a, peek(a, 2), "dollar"))) {
        *used = 3;
        return "HKD";
    }
    if (word_eq(a, t, "HKD"))
        return "HKD";
    if (word_eq(a, t, "euros") || word_eq(a, t, "euro") || word_eq(a, t, "EUR"))
        return "EUR";
    return NULL;
}

/* US cents after a number: "47 US cents", "36 U.S. cents", "90 cents" (a
 * hundredth of a dollar); the raw tokens used, 0 if none. */
static size_t cents_after(const struct asm_ctx *a)
{
    const struct token *t = peek(a, 0);
    if (word_eq(a, t, "cents"))
        return 1;
    size_t us = word_eq(a, t, "USD") ? 1 : us_words(a);
    return us && word_eq(a, peek(a, us), "cents") ? us + 1 : 0;
}

/* A number spelled out in words from the next raw token on: "four hundred
 * and sixty-seven", "twenty thousand six hundred", "one point two" (the
 * scale after it, "million", is left to the caller, unless more of the
 * number follows it).  Its value in *v, the raw tokens it spans in *used,
 * whether it holds a scale of its own ("twenty thousand six hundred") in
 * *inner.  False if it is no such number. */
static bool spelled_number(const struct asm_ctx *a, double *v, size_t *used, bool *inner, bool *point)
{
    double total = 0, cur = 0, inner_mult = 0; /* (the first scale inside it) */
    size_t k = 0, end = 0; /* end: tokens of the number so far */
    bool any = false, tens = false;
    *inner = false;
    *point = false;
    for (;;) {
        const struct token *w = peek(a, k);
        if (!w || w->kind != TK_WORD)
            break;
        int n = number_word_maybe(w->hash) ? scan_word_number(a->s + w->off, w->len) : -1;
        if (n >= 20) {
            if (fmod(cur, 100) != 0)
                break;
            cur += n;
            k++;
            tens = true;
            /* "sixty-seven", "sixty seven" */
            const struct token *u = peek(a, k), *u2 = peek(a, k + 1);
            int un = -1;
            if (punct_eq(a, u, "-") && u2 && u2->kind == TK_WORD &&
                (un = scan_word_number(a->s + u2->off, u2->len)) >= 1 && un <= 9) {
                cur += un;
                k += 2;
                tens = false;
            } else if (u && u->kind == TK_WORD && (un = scan_word_number(a->s + u->off, u->len)) >= 1 && un <= 9) {
                cur += un;
                k++;
                tens = false;
            }
            any = true;
            end = k;
            continue;
        }
        if (n >= 0) {
            if (fmod(cur, 100) != 0 && !tens)
                break; /* "two three" */
            cur += n;
            k++;
            any = true;
            tens = false;
            end = k;
            continue;
        }
        if (!any)
            break;
        if (word_eq(a, w, "hundred") && cur > 0 && cur < 100) {
            cur *= 100;
            k++;
            end = k;
            /* "four hundred and sixty-seven" */
            const struct token *nx = peek(a, k + 1);
            if (word_eq(a, peek(a, k), "and") && nx && nx->kind == TK_WORD && number_word_maybe(nx->hash) &&
                scan_word_number(a->s + nx->off, nx->len) >= 1)
                k++;
            continue;
        }
        int sc = scale_index(a->s + w->off, w->len);
        if (sc >= 0 && sc <= 3 && cur > 0) {
            /* a scale inside the number, more of it after: "twenty
             * thousand six hundred" (a scale that ends it is the caller's) */
            const struct token *nx = peek(a, k + 1);
            if (!(nx && nx->kind == TK_WORD && number_word_maybe(nx->hash) &&
                  scan_word_number(a->s + nx->off, nx->len) >= 1)) {
                /* (but a smaller scale after a larger one inside the number
                 * is the last part's: "nine million one hundred and eighty
                 * thousand" is 9,180,000) */
                if (*inner && scale_mult[sc] < inner_mult) {
                    total += cur * scale_mult[sc];
                    cur = 0;
                    end = ++k;
                }
                break;
            }
            total += cur * scale_mult[sc];
            if (!*inner)
                inner_mult = scale_mult[sc];
            cur = 0;
            k++;
            *inner = true;
            tens = false;
            continue;
        }
        if (word_eq(a, w, "point") && !*inner) {
            /* "one point two", "five point four five" */
            double f = 0.1, frac = 0;
            size_t j = k + 1;
            int dn;
            const struct token *d;
            while ((d = peek(a, j)) && d->kind == TK_WORD && (dn = scan_word_number(a->s + d->off, d->len)) >= 0 &&
                   dn <= 9) {
                frac += dn * f;
                f /= 10;
                j++;
            }
            if (j > k + 1) {
                cur += frac;
                k = end = j;
                *point = true;
            }
            break;
        }
        break;
    }
    if (!any)
        return false;
    *v = total + cur;
    *used = end;
    return end > 0;
}

/* Does a stock exchange's name or "code" and a colon stand right before
 * the number at off: "(HKEX: 2099)", "(SZSE: 300059)", "Stock code: 700"? */
static bool stock_code_before(const char *s, size_t off)
{
    static const char *const marks[] = {"HKEX", "SEHK", "HKSE", "SZSE", "SSE", "SHSE", "NYSE", "NASDAQ", "Nasdaq",
                                        "code", "Code", "CODE", "ticker", "Ticker"};
    size_t e = off;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    if (e == 0 || s[e - 1] != ':')
        return false;
    e--;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t l = strlen(marks[k]);
        if (e >= l && memcmp(s + e - l, marks[k], l) == 0 && (e == l || !is_alpha((unsigned char)s[e - l - 1])))
            return true;
    }
    return false;
}

/* May a word stand between the first end of a change and its "to", as
 * the first end's date: "from 4.6 trillion in 2016 to", "from 185.3
 * billion yuan at the end of 2013 to"? */
static bool date_gap_word(const char *s, const struct token *t)
{
    static const char *const w[] = {"in", "at", "by", "the", "end", "of", "early", "late", "mid"};
    if (t->kind == TK_NUM)
        return (t->flags & TF_YEAR) != 0;
    if (t->kind != TK_WORD)
        return false;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (str_ieq(s + t->off, t->len, w[k]))
            return true;
    return scan_month(s + t->off, t->len) != 0;
}

static bool qualifier_word(const char *s, const struct token *t)
{
    static const char *const w[] = {"about", "around", "nearly", "almost", "roughly", "some", "over", "approximately"};
    if (t->kind != TK_WORD)
        return false;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (str_ieq(s + t->off, t->len, w[k]))
            return true;
    return false;
}

static bool money_unit(const char *u)
{
    return u && strcmp(u, "percent") != 0 && strcmp(u, "Mbps") != 0 && strcmp(u, "other") != 0 &&
           strcmp(u, "points") != 0;
}

/* The two ends of a change written "from X ... to Y" share the unit one
 * of them states, across the date of the first: "from 4.6 trillion in
 * 2016 to 7.3 trillion yuan", "from 185.3 billion yuan at the end of 2013
 * to 1.58 trillion", "from 45.8 to 50.3 percent".  An amount of money
 * only lends its currency to a figure with a scale of its own ("from 5
 * billion yuan to 3 clients" is no sum); a percent to a bare figure. */
static void share_across_change(const char *s, struct tokens *out)
{
    struct token *v = out->v;
    for (size_t i = 1; i + 2 < out->n; i++) {
        struct token *lo = &v[i];
        if (lo->kind != TK_NUM || (lo->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED)))
            continue;
        size_t f = i - 1;
        if (qualifier_word(s, &v[f]) && f > 0)
            f--;
        if (!word_is(s, &v[f], "from"))
            continue;
        size_t g = i + 1;
        while (g < out->n && g < i + 7 && date_gap_word(s, &v[g]))
            g++;
        if (g >= out->n || !word_is(s, &v[g], "to"))
            continue;
        size_t h = g + 1;
        while (h < out->n && h < g + 3 && qualifier_word(s, &v[h]))
            h++;
        if (h >= out->n)
            continue;
        struct token *hi = &v[h];
        if (hi->kind != TK_NUM || (hi->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED)) || (!lo->unit == !hi->unit))
            continue;
        struct token *bare = lo->unit ? hi : lo;
        const char *u = lo->unit ? lo->unit : hi->unit;
        bool scaled = bare->len != bare->numlen && !(bare->flags & TF_WORDS);
        if (money_unit(u) ? scaled : strcmp(u, "percent") == 0 && bare->len == bare->numlen && bare->value <= 1000) {
            bare->unit = u;
            bare->flags &= ~(unsigned)TF_SMALLINT;
        }
    }
}

static void assemble(const char *s, const struct tokens *raw, struct tokens *out)
{
    struct asm_ctx a = {s, raw, 0};
    while (a.i < raw->n) {
        const struct token *src = &raw->v[a.i];
        if (src->kind == TK_PUNCT || src->kind == TK_SKIP ||
            (src->kind == TK_WORD && !number_word_maybe(src->hash) && src->hash != h_a &&
             src->hash != h_half)) {
            /* most tokens stay as they are (and where they are) */
            if (out->n != a.i)
                out->v[out->n] = *src;
            out->n++;
            a.i++;
            continue;
        }
        struct token t = *src;
        int wn = t.kind == TK_WORD && number_word_maybe(t.hash) ? scan_word_number(s + t.off, t.len) : -1;
        double wv = wn;
        size_t more = 0; /* words of the number after its first */
        if (t.kind == TK_WORD && t.hash == h_a && word_eq(&a, &t, "a")) {
            wv = 1; /* "a million users" */
            wn = 1;
            /* "a hundred million" */
            const struct token *sc = peek(&a, 2);
            if (word_eq(&a, peek(&a, 1), "hundred") && sc && sc->kind == TK_WORD && scale_index(s + sc->off, sc->len) >= 0) {
                wv = 100;
                wn = 100;
                more = 1;
            }
        } else if (t.kind == TK_WORD && t.hash == h_half && word_eq(&a, &t, "half") &&
                   word_eq(&a, peek(&a, 1), "a")) {
            wv = 0.5; /* "half a billion" */
            wn = 1;
            more = 1;
        }
        /* "twenty-five million", "four hundred and sixty-seven million",
         * "one point two trillion", "twenty thousand six hundred" */
        bool inner = false, point = false;
        if (wn >= 0 && t.hash != h_a) {
            double sv;
            size_t used;
            if (spelled_number(&a, &sv, &used, &inner, &point)) {
                wv = sv;
                more = used - 1;
                if (wv > 0)
                    wn = wv < 1 ? 1 : (int)fmin(wv, 1e9);
            }
        }
        const struct token *nx = peek(&a, 1 + more);
        bool spelled = false;
        /* ... but not "a billion-dollar company", an adjective */
        double rm;
        /* (a decimal in words counts before a rate or a percent too: "five
         * point four terabits per second", "twenty-eight point nine per cent") */
        /* (and a whole one before a percent: "sixty percent", "one hundred
         * and sixty per cent") */
        bool unit_after = nx && nx->kind == TK_WORD &&
                          ((point && rate_unit(s + nx->off, nx->len, &rm)) || str_ieq(s + nx->off, nx->len, "percent") ||
                           (str_ieq(s + nx->off, nx->len, "per") && word_eq(&a, peek(&a, 2 + more), "cent")));
        if (wn > 0 && ((nx && nx->kind == TK_WORD && scale_index(s + nx->off, nx->len) >= 0) || inner || unit_after) &&
            (!(wn == 1 && (t.hash == h_a || more == 1)) || !punct_eq(&a, peek(&a, 2 + more), "-"))) {
            /* "three million": a spelled number only counts with a scale */
            t.kind = TK_NUM;
            t.value = wv;
            t.numoff = t.off;
            if (more) {
                const struct token *last = peek(&a, more);
                t.len = last->off + last->len - t.off;
            }
            t.numlen = t.len;
            t.flags = TF_WORDS;
            spelled = true;
            a.i += more;
        }
        if (t.kind != TK_NUM) {
            *tok_push(out) = t;
            a.i++;
            continue;
        }
        a.i++;
        size_t end = t.off + t.len;
        bool has_scale = t.len != t.numlen && !t.unit;
        /* currency before */
        size_t span = 0;
        const char *cur = currency_before(&a, out, &span);
        if (cur && !t.unit) {
            t.off = out->v[out->n - span].off;
            out->n -= span;
            t.unit = cur;
        }
        /* scale word after */
        const struct token *k = peek(&a, 0);
        if (k && k->kind == TK_WORD && !t.unit) {
            int sc = scale_index(s + k->off, k->len);
            /* (a plural after digits, as some writers have it: "485
             * millions"; not after words, "two millions of", nor alone,
             * "millions of users") */
            if (sc < 0 && !spelled && k->len > 4 && s[k->off + k->len - 1] == 's' &&
                (sc = scale_index(s + k->off, k->len - 1)) > SCALE_BILLION + 1)
                sc = -1;
            if (sc >= 0) {
                t.value = snap(t.value * scale_mult[sc]);
                end = k->off + k->len;
                has_scale = true;
                a.i++;
            }
        } else if (k && k->kind == TK_WORD && t.unit && !has_scale) {
            int sc = scale_index(s + k->off, k->len);
            if (sc >= 0) {
                t.value = snap(t.value * scale_mult[sc]);
                end = k->off + k->len;
                has_scale = true;
                a.i++;
            }
        }
        /* (a scale word broken at a line's end, as text taken from PDFs
         * has it: "21.75 mil-" / "lion users") */
        k = peek(&a, 0);
        if (has_scale && k && k->kind == TK_PUNCT && k->len == 1 && s[k->off] == '-' && k->off == end &&
            peek(&a, 1) && peek(&a, 1)->kind == TK_WORD && word_eq(&a, peek(&a, 1), "lion") &&
            (str_ieq(s + end - 3, 3, "mil") || str_ieq(s + end - 3, 3, "bil") || str_ieq(s + end - 4, 4, "tril"))) {
            end = peek(&a, 1)->off + peek(&a, 1)->len;
            a.i += 2;
        }
        /* (a scale joined by a hyphen, as an adjective: "the 100-million
         * mark", "a 1-billion-user milestone") */
        k = peek(&a, 0);
        if (!has_scale && k && k->kind == TK_PUNCT && k->len == 1 && s[k->off] == '-' && k->off == end &&
            peek(&a, 1) && peek(&a, 1)->kind == TK_WORD && peek(&a, 1)->off == k->off + 1) {
            int sc = scale_index(s + peek(&a, 1)->off, peek(&a, 1)->len);
            if (sc >= 0 && sc <= SCALE_BILLION + 1) {
                t.value = snap(t.value * scale_mult[sc]);
                end = peek(&a, 1)->off + peek(&a, 1)->len;
                has_scale = true;
                a.i += 2;
                /* (and its currency joined too: "a 700-million-dollar
                 * round", "the 5-billion-yuan fund") */
                k = peek(&a, 0);
                if (!t.unit && k && k->kind == TK_PUNCT && k->len == 1 && s[k->off] == '-' && k->off == end &&
                    peek(&a, 1) && peek(&a, 1)->kind == TK_WORD && peek(&a, 1)->off == k->off + 1) {
                    size_t hu = 0;
                    a.i++;
                    const char *hc = currency_after(&a, &hu);
                    if (hc && hu == 1) {
                        t.unit = hc;
                        end = peek(&a, 0)->off + peek(&a, 0)->len;
                        a.i++;
                    } else {
                        a.i--;
                    }
                }
            }
        }
        /* the units of Chinese statistics in English: "80,767 hundred
         * million yuan" (亿), "64,875 ten thousand" (万) */
        /* (after "in": "420 million (42,000 in ten thousand)") */
        k = peek(&a, 0);
        int in = k && word_eq(&a, k, "in") && peek(&a, 1) && peek(&a, 1)->kind == TK_WORD ? 1 : 0;
        k = peek(&a, in);
        if (!has_scale && !spelled && k && (word_eq(&a, k, "hundred") || word_eq(&a, k, "ten")) &&
            peek(&a, in + 1) && peek(&a, in + 1)->kind == TK_WORD) {
            int sc = scale_index(s + peek(&a, in + 1)->off, peek(&a, in + 1)->len);
            if ((word_eq(&a, k, "hundred") && (sc == SCALE_MILLION || sc == SCALE_THOUSAND)) ||
                (word_eq(&a, k, "ten") && sc == SCALE_THOUSAND)) {
                t.value = snap(t.value * (word_eq(&a, k, "hundred") ? 100 : 10) * scale_mult[sc]);
                end = peek(&a, in + 1)->off + peek(&a, in + 1)->len;
                has_scale = true;
                a.i += 2 + in;
            }
        }
        /* (and the characters themselves: "2.79万亿元" is 2.79 trillion yuan) */
        /* (in the traditional characters too: "9800萬人") */
        for (int cjk = 0; cjk < 2; cjk++) {
            k = peek(&a, 0);
            double m = k && k->kind == TK_PUNCT && k->len == 3 ? scan_scale_word(s + k->off, 3) : 0;
            if (!m)
                break;
            t.value = snap(t.value * m);
            end = k->off + k->len;
            has_scale = true;
            a.i++;
        }
        k = peek(&a, 0);
        if (has_scale && !t.unit && k && k->kind == TK_PUNCT && punct_eq(&a, k, "\xE5\x85\x83")) { /* 元 */
            t.unit = "CNY";
            end = k->off + k->len;
            a.i++;
        }
        /* "300-plus" */
        if (punct_eq(&a, peek(&a, 0), "-") && word_eq(&a, peek(&a, 1), "plus")) {
            end = peek(&a, 1)->off + peek(&a, 1)->len;
            t.flags |= TF_PLUS;
            a.i += 2;
            /* (its scale after it: "a US$300-plus million round") */
            k = peek(&a, 0);
            int sc = !has_scale && k && k->kind == TK_WORD && k->off == end + 1 ? scale_index(s + k->off, k->len) : -1;
            if (sc >= 0) {
                t.value = snap(t.value * scale_mult[sc]);
                end = k->off + k->len;
                has_scale = true;
                a.i++;
            }
        }
        /* currency after */
        size_t used = 0;
        const char *cur2 = t.unit ? NULL : currency_after(&a, &used);
        /* (not across a table's wide gap: "Jan 2015     USD 15 million",
         * the currency is the next cell's) */
        /* (nor on the next line: "Year  2015  2016  2017" over "RMB billion
         * 46.1  151.8  403.4") */
        /* (but a sum with its scale wrapped before its currency's word is
         * one: "reached 400 billion" / "yuan (USD 64.89 billion)") */
        bool wrapped = has_scale && cur2 && peek(&a, 0)->off > end && a.s[end] == '\n';
        for (size_t w = end + 1; wrapped && w < peek(&a, 0)->off; w++)
            wrapped = a.s[w] == ' ' || a.s[w] == '\t';
        if (cur2 && !wrapped &&
            (peek(&a, 0)->off >= end + 2 || (peek(&a, 0)->off > end && (a.s[end] == '\t' || a.s[end] == '\n'))))
            cur2 = NULL;
        if (cur2) {
            t.unit = cur2;
            end = peek(&a, used - 1)->off + peek(&a, used - 1)->len;
            a.i += used;
        }
        /* ("HK$3.7 (47 US cents)": a hundredth of a dollar each) */
        size_t cents = !t.unit && !has_scale && peek(&a, 0) && peek(&a, 0)->off == end + 1 ? cents_after(&a) : 0;
        if (cents) {
            t.unit = "USD";
            t.value = snap(t.value / 100);
            end = peek(&a, cents - 1)->off + peek(&a, cents - 1)->len;
            a.i += cents;
        }
        /* percent */
        k = peek(&a, 0);
        size_t end2, skip = 0;
        /* (joined by a hyphen, as an adjective: "a 60-percent rise", "a
         * 2.9-percentage-point rise", "a 5-per-cent fall") */
        if (!t.unit && k && k->off == end && punct_eq(&a, k, "-") && peek(&a, 1) && peek(&a, 1)->off == k->off + 1 &&
            (word_eq(&a, peek(&a, 1), "percent") || word_eq(&a, peek(&a, 1), "percentage") ||
             (word_eq(&a, peek(&a, 1), "per") && punct_eq(&a, peek(&a, 2), "-") && word_eq(&a, peek(&a, 3), "cent")))) {
            a.i++;
            k = peek(&a, 0);
            if (word_eq(&a, k, "per")) {
                t.unit = "percent";
                end = peek(&a, 2)->off + peek(&a, 2)->len;
                a.i += 3;
            } else if (word_eq(&a, k, "percentage") && punct_eq(&a, peek(&a, 1), "-") &&
                       (word_eq(&a, peek(&a, 2), "point") || word_eq(&a, peek(&a, 2), "points"))) {
                t.unit = "points";
                end = peek(&a, 2)->off + peek(&a, 2)->len;
                a.i += 3;
            }
        }
        if (!t.unit && k) {
            if (punct_eq(&a, k, "%") || punct_eq(&a, k, "\xEF\xBC\x85") || word_eq(&a, k, "percent") ||
                word_eq(&a, k, "pct")) {
                t.unit = "percent";
                end = k->off + k->len;
                a.i++;
            } else if (word_eq(&a, k, "per") && word_eq(&a, peek(&a, 1), "cent")) {
                t.unit = "percent";
                end = peek(&a, 1)->off + peek(&a, 1)->len;
                a.i += 2;
            }
            /* "3.7 percentage points": a difference of two rates, no rate */
            else if (word_eq(&a, k, "percentage") &&
                     (word_eq(&a, peek(&a, 1), "points") || word_eq(&a, peek(&a, 1), "point"))) {
                t.unit = "points";
                end = peek(&a, 1)->off + peek(&a, 1)->len;
                a.i += 2;
            }
            /* (or "points" alone, of a small figure with its fraction: "76.4%,
             * 0.8 points higher than six months earlier") */
            /* ("+5.9 pts", "0.8 pt") */
            else if ((word_eq(&a, k, "points") || word_eq(&a, k, "point") || word_eq(&a, k, "ppt") ||
                      word_eq(&a, k, "ppts") || word_eq(&a, k, "pp") || word_eq(&a, k, "pts") || word_eq(&a, k, "pt")) &&
                     !has_scale && t.value < 100) {
                t.unit = "points";
                end = k->off + k->len;
                a.i++;
            }
            /* "16,694 blocks/32", "12,499 blocks of /32", "50,286 blocks
             * (/32)", "50,286 (/32)": a count of /32 address blocks, as
             * "9,398/32" */
            else if (!has_scale && (end2 = block_size_after(&a, &skip)) != 0) {
                t.unit = "other";
                end = end2;
                a.i += skip;
            }
            /* (or the blocks named a few words on, the words what they
             * are of: "50,877 IPv6 address blocks (/32)"; the figure keeps
             * to its digits, the words to the cue) */
            else if (!has_scale && blocks_named_after(&a))
                t.unit = "other";
            /* (or blocks of what they are, their size after or none:
             * "23,430 blocks of IPv6 addresses (/32)"; the words stay the
             * cue's) */
            else if (!has_scale && (word_eq(&a, peek(&a, 0), "blocks") || word_eq(&a, peek(&a, 0), "block")) &&
                     word_eq(&a, peek(&a, 1), "of") && peek(&a, 2) && peek(&a, 2)->kind == TK_WORD &&
                     str_ieq(s + peek(&a, 2)->off, peek(&a, 2)->len, "ipv6")) {
                t.unit = "other";
                end = peek(&a, 0)->off + peek(&a, 0)->len;
                a.i++;
            }
        }
        if (!t.unit && !has_scale) {
            double mult;
            k = peek(&a, 0);
            const char *ru = k && k->kind == TK_WORD ? rate_unit(s + k->off, k->len, &mult) : NULL;
            /* (a rate in words is one "per second": "terabits per second") */
            bool words = ru && k->len > 4 && !(word_eq(&a, peek(&a, 1), "per") && word_eq(&a, peek(&a, 2), "second"));
            if (ru && !words) {
                t.unit = ru;
                t.value *= mult;
                end = k->off + k->len;
                a.i++;
                if (k->len > 4) { /* "per second" */
                    end = peek(&a, 1)->off + peek(&a, 1)->len;
                    a.i += 2;
                }
            }
            /* (or the press's bytes for bits, after "bandwidth": "the
             * international bandwidth ... has hit 214,175 megabytes") */
            if (!t.unit && k && k->kind == TK_WORD && k->len == 9 &&
                (str_ieq(s + k->off, k->len, "megabytes") || str_ieq(s + k->off, k->len, "gigabytes")) &&
                bandwidth_before(s, t.off)) {
                t.unit = "Mbps";
                t.value *= (s[k->off] == 'g' || s[k->off] == 'G') ? 1e3 : 1;
                end = k->off + k->len;
                a.i++;
            }
            /* ("4,118,663 Mbit/s", "1.2 Gbit/s") */
            static const struct { const char *w; double m; } bits[] = {
                {"kbit", 1e-3}, {"mbit", 1}, {"gbit", 1e3}, {"tbit", 1e6}};
            for (size_t q = 0; !t.unit && k && k->kind == TK_WORD && q < sizeof bits / sizeof *bits; q++)
                if (str_ieq(s + k->off, k->len, bits[q].w) && punct_eq(&a, peek(&a, 1), "/") &&
                    word_eq(&a, peek(&a, 2), "s") && peek(&a, 1)->off == k->off + k->len &&
                    peek(&a, 2)->off == peek(&a, 1)->off + 1) {
                    t.unit = "Mbps";
                    t.value *= bits[q].m;
                    end = peek(&a, 2)->off + peek(&a, 2)->len;
                    a.i += 3;
                }
        }
        t.len = end - t.off;
        /* 66.4 million is 66400000, not 66400000.000000007 */
        if (fabs(t.value) >= 1 && fabs(t.value - nearbyint(t.value)) < 1e-6 * fabs(t.value) &&
            fabs(t.value - nearbyint(t.value)) < 0.01)
            t.value = nearbyint(t.value);
        if (!t.unit && !has_scale && !spelled && !(t.flags & TF_PLUS) && t.decimals == 0 &&
            !memchr(s + t.numoff, ',', t.numlen)) {
            t.flags |= TF_SMALLINT;
            if (t.numlen == 4 && t.value >= 1800 && t.value <= 2100)
                t.flags |= TF_YEAR;
            /* a listing's code ("(HKEX: 2099)", "stock code: 00700") is
             * neither a year nor a quantity; nor is a code padded with
             * zeros ("Money Market Fund (000198)", "(00700.HK)") */
            if (stock_code_before(s, t.off) || (t.numlen >= 3 && s[t.numoff] == '0' && is_digit((unsigned char)s[t.numoff + 1])))
                t.kind = TK_SKIP;
            /* (nor is a festival's name: "the 618 shopping festival"; its
             * year is a year, "during the 2017 festival") */
            if (!(t.flags & TF_YEAR) && (word_eq(&a, peek(&a, 0), "festival") ||
                                         (word_eq(&a, peek(&a, 0), "shopping") && word_eq(&a, peek(&a, 1), "festival"))))
                t.kind = TK_WORD;
        }
        *tok_push(out) = t;
    }
    /* a bare lower bound takes the upper bound's scale and unit: "60-70
     * percent", "between 2.5 and 3 million", "2.5~3 billion yuan" */
    for (size_t i = 0; i + 2 < out->n; i++) {
        struct token *lo = &out->v[i], *hi = &out->v[i + 2];
        const struct token *mid = &out->v[i + 1];
        if (lo->kind != TK_NUM || hi->kind != TK_NUM)
            continue;
        bool dash = mid->kind == TK_PUNCT && ((mid->len == 1 && (s[mid->off] == '-' || s[mid->off] == '~')) ||
                                              (mid->len == 3 && memcmp(s + mid->off, "\xE2\x80\x93", 3) == 0));
        bool and = mid->kind == TK_WORD && str_ieq(s + mid->off, mid->len, "and") && i > 0 &&
                   out->v[i - 1].kind == TK_WORD && str_ieq(s + out->v[i - 1].off, out->v[i - 1].len, "between");
        /* "between 3 trillion and 5 trillion yuan": a lower bound with its
         * own scale takes the upper bound's currency (so does the first of
         * "10 trillion to 12 trillion yuan", "from 5 billion to 8 billion
         * yuan") */
        bool to = mid->kind == TK_WORD && str_ieq(s + mid->off, mid->len, "to");
        if ((dash || and || to) && !lo->unit && lo->len != lo->numlen && money_unit(hi->unit) &&
            !(lo->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED)) && lo->value < hi->value) {
            lo->unit = hi->unit;
            continue;
        }
        /* "$2.5-3 billion", "US$20-30 million": the currency before the
         * lower bound is the upper bound's too, and the scale after the
         * upper bound the lower bound's */
        bool tight = dash && mid->off == lo->off + lo->len && hi->off == mid->off + mid->len;
        if ((tight || and || to) && lo->unit && lo->off < lo->numoff && lo->off + lo->len == lo->numoff + lo->numlen &&
            !hi->unit && hi->off == hi->numoff && hi->len != hi->numlen &&
            !(hi->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED | TF_WORDS))) {
            double blo, bhi;
            size_t ulo, uhi;
            if (num_parse_grouped(s + lo->numoff, lo->numlen, &blo, &ulo) && blo > 0 && fabs(blo - lo->value) < 1e-9 * blo &&
                num_parse_grouped(s + hi->numoff, hi->numlen, &bhi, &uhi) && bhi > 0 && hi->value / bhi > 1.5 &&
                lo->value < bhi) {
                double v = lo->value * (hi->value / bhi);
                lo->value = fabs(v - nearbyint(v)) < 1e-6 * fabs(v) && fabs(v - nearbyint(v)) < 0.01 ? nearbyint(v) : v;
                hi->unit = lo->unit;
                lo->flags &= ~(unsigned)(TF_SMALLINT | TF_YEAR);
            }
            continue;
        }
        /* (or "to" after a word that opens a range: "a price range of 15
         * to 17 U.S. dollars", "from 15 to 17 million") */
        static const char *const opens[] = {"of", "from", "between", "at", "range", "ranging"};
        bool to_range = to && i > 0 && out->v[i - 1].kind == TK_WORD &&
                        str_ieq_any(s + out->v[i - 1].off, out->v[i - 1].len, opens, sizeof opens / sizeof *opens);
        if (lo->kind != TK_NUM || hi->kind != TK_NUM || (!dash && !and && !to_range) || lo->unit ||
            lo->len != lo->numlen || (lo->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED | TF_WORDS)) ||
            (hi->flags & (TF_YEAR | TF_MONTHDAY | TF_GLUED)) || (!hi->unit && hi->len == hi->numlen))
            continue;
        double bare;
        size_t used;
        if (!num_parse_grouped(s + hi->numoff, hi->numlen, &bare, &used) || bare <= 0)
            continue;
        double mult = hi->value / bare;
        if (lo->value * mult >= hi->value)
            continue;
        lo->value = lo->value * mult;
        if (fabs(lo->value - nearbyint(lo->value)) < 1e-6 * fabs(lo->value) && fabs(lo->value - nearbyint(lo->value)) < 0.01)
            lo->value = nearbyint(lo->value);
        lo->unit = hi->unit;
        lo->flags &= ~(unsigned)(TF_SMALLINT | TF_YEAR);
    }
    share_across_change(s, out);
    /* month days: "May 18", "19 April 2014" */
    for (size_t i = 0; i < out->n; i++) {
        struct token *t = &out->v[i];
        if (t->kind != TK_NUM || !(t->flags & TF_SMALLINT) || (t->flags & TF_YEAR) ||
            t->value < 1 || t->value > 31)
            continue;
        const struct token *p = i > 0 ? &out->v[i - 1] : NULL;
        if (p && p->kind == TK_PUNCT && s[p->off] == '.' && i > 1)
            p = &out->v[i - 2]; /* "Jan.21" */
        const struct token *n = i + 1 < out->n ? &out->v[i + 1] : NULL;
        if ((p && p->kind == TK_WORD && scan_month(s + p->off, p->len)) ||
            (n && n->kind == TK_WORD && scan_month(s + n->off, n->len) &&
             (n->flags & TF_CAP)))
            t->flags |= TF_MONTHDAY;
    }
}

void scan_block(const struct block *b, struct tokens *t)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&lower_once, lower_init);
    pthread_once(&once, number_words_init);
    t->n = 0;
    /* offsets are 32 bits: a block of 4 GiB or more is read to there */
    struct lexer lx = {b->text, b->len < UINT32_MAX ? b->len : UINT32_MAX, 0, b->line, t};
    lex(&lx);
    /* assembled in place: each quantity takes the place of its first raw
     * token, so the output never overtakes the input */
    struct tokens out = {t->v, 0, t->cap};
    assemble(b->text, t, &out);
    t->n = out.n;
}
