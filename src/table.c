/* table.c — a block that is a table of years: a header line that names
 * what each column counts, in the words of the rules' cues, with its
 * scale and unit in brackets ("Netizens (10,000)", "Volume (100 million
 * yuan)", "Penetration (%)"), then rows that each start with a year and
 * hold one figure per column:
 *
 *     Year    Netizens (10,000)    Penetration rate
 *     2012    56,400               42.1%
 *     2013    61,758               45.8%
 *
 * Only a header whose cues match the rows' number of figures one for one
 * makes a table, or one whose fields, parted by wide gaps, stand one over
 * each column (a field no cue names is a column that counts nothing);
 * anything less certain is left to the reading of prose. */
#include "engine.h"
#include "num.h"

#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { TABLE_COLS = 16 };

/* Per rule, whether its context is met outside the block table_read reads
 * (its caption's, the document's title): "Table: Yu'e Bao net assets"
 * over "Net assets (billion yuan)" speaks of a fund.  Set for the time of
 * one table_read on the thread that runs it. */
static _Thread_local const bool *outer_context;

struct column {
    int rule;          /* index in the rules, or -1: a column nobody counts */
    double mult;       /* the scale the header gives ("(10,000)": 1e4) */
    const char *unit;  /* a currency or "percent" the header gives, or NULL */
    bool rate;         /* "(Mbps)" */
    size_t ha, hb;     /* its header tokens */
    int level1;        /* a change's column: 1 + the rule of the level it changes, else 0 */
    size_t ea, eb;     /* the row's label that names whose figures they are, else ea == eb */
    bool months;       /* its periods are months of their years: December's is no year's */
    int from_y, from_m; /* a change's: the period it is from, where its header names it, else 0 */
    const char *htext; /* its header's text, where it stands in a caption of another block (else NULL: [ha, hb)) */
    size_t hlen;
    bool unit_said;    /* its unit has been read, and a slash began its restatement: "10,000 households / 万户" */
    size_t pa, pb;     /* a part's column: the part's words ("physical goods" of "Of which: physical goods"), else pa == pb */
};

/* A column of the rule (-1: nobody's) under the header tokens [ha, hb),
 * with no scale, unit or anything else the header might give. */
static inline struct column column_of(int rule, size_t ha, size_t hb)
{
    return (struct column){.rule = rule, .mult = 1, .ha = ha, .hb = hb};
}

static bool note_mark(const char *s, const struct token *t, size_t i, size_t n);

/* The column's header text of the caption ct of text cs: its words
 * [ha, hb) there. */
static void caption_head(struct column *c, const char *cs, const struct token *cv)
{
    if (c->hb <= c->ha)
        return;
    c->htext = cs + cv[c->ha].off;
    c->hlen = cv[c->hb - 1].off + cv[c->hb - 1].len - cv[c->ha].off;
}

static size_t line_start(const char *s, const struct token *t, size_t i);

/* The tokens of the line that starts at token i: [i, *end). */
static size_t line_end(const struct token *t, size_t n, size_t i)
{
    size_t e = i;
    while (e < n && t[e].line == t[i].line)
        e++;
    return e;
}

static bool is_row_year(const struct token *t)
{
    return t->kind == TK_NUM && (t->flags & TF_YEAR) && t->len == t->numlen && t->value >= 1900 && t->value <= 2100;
}

/* Does the word at t head a column of periods: "Year", "Period", "Date",
 * "Time", "Quarter", "Month"? */
static bool period_word(const char *s, const struct token *t)
{
    return t->kind == TK_WORD && scan_period_word(s + t->off, t->len);
}

/* The last month of the quarter the word at t names, "Q3", "3Q"; 0 if
 * none. */
static int quarter_word(const char *s, const struct token *t)
{
    char part;
    int q = t->kind == TK_WORD ? period_short_name(s + t->off, t->len, &part) : 0;
    /* (or a half's: "H1 2018", of June) */
    return q && part == 'Q' ? 3 * q : q && part == 'H' ? 6 * q : 0;
}

/* A row's period label: a year ("2013"), a year and month written
 * "2013.12" or "2013.6" (the CNNIC's figures), or a quarter glued to its
 * year ("2015Q1", "1Q2015", by its last month); the month in *m (0:
 * none). */
static int row_period(const char *s, const struct token *t, int *m)
{
    *m = 0;
    if (is_row_year(t))
        return (int)t->value;
    char part;
    int q, y = t->kind == TK_WORD ? period_glued(s + t->off, t->len, &part, &q) : 0;
    if (y && (part == 'Q' || part == 'H')) {
        *m = part == 'Q' ? 3 * q : 6 * q; /* ("2018H1": June's) */
        return y;
    }
    return period_dotted(s, t, m);
}

/* A row's label of a quarter at a, before b, in two tokens: "2015 Q1",
 * "Q1 2015".  How many tokens (0: none); the year in *y, the quarter's
 * last month in *m. */
static size_t row_quarter(const char *s, const struct token *t, size_t a, size_t b, int *y, int *m)
{
    if (a + 1 < b && (*m = quarter_word(s, &t[a])) > 0 && is_row_year(&t[a + 1]) && !gap_before(s, t, a + 1)) {
        *y = (int)t[a + 1].value;
        return 2;
    }
    if (a + 1 < b && is_row_year(&t[a]) && (*m = quarter_word(s, &t[a + 1])) > 0 && !gap_before(s, t, a + 1)) {
        *y = (int)t[a].value;
        return 2;
    }
    *m = 0;
    return 0;
}

/* A row's label of its period at a, before b: a year or a year and month
 * (row_period), a quarter (row_quarter), or a month and year ("Dec.
 * 2007", "June 2009").  How many tokens it takes (0: none); the year in
 * *y, the month in *m (0: none). */
static bool word_is(const char *s, const struct token *t, const char *w);

static size_t row_label_day(const char *s, const struct token *t, size_t a, size_t b, int *y, int *m, int *d)
{
    *m = 0;
    *d = 0;
    if (a >= b)
        return 0;
    size_t q = row_quarter(s, t, a, b, y, m);
    if (q)
        return q;
    /* (a whole year's row under quarters': "Full year 2017", "Full-year
     * 2017") */
    size_t fy = a;
    if (fy + 2 < b && word_is(s, &t[fy], "full") && (t[fy + 1].flags & TF_HYPHEN))
        fy++;
    if (fy + 2 < b && word_is(s, &t[fy], "full") && word_is(s, &t[fy + 1], "year") && is_row_year(&t[fy + 2]) &&
        !gap_before(s, t, fy + 2)) {
        *y = (int)t[fy + 2].value;
        return fy + 3 - a;
    }
    /* (a day too: "2016-06-30", a quarter's end) */
    if (is_row_year(&t[a]) && a + 4 < b) {
        bool iso = true;
        for (size_t i = a + 1; i <= a + 4 && iso; i++)
            iso = t[i].off == t[i - 1].off + t[i - 1].len &&
                  ((i - a) % 2 ? t[i].kind == TK_PUNCT && t[i].len == 1 && s[t[i].off] == '-'
                               : t[i].kind == TK_NUM && t[i].len == 2 && t[i].numlen == 2);
        if (iso && t[a + 2].value >= 1 && t[a + 2].value <= 12 && t[a + 4].value >= 1 &&
            t[a + 4].value <= period_month_days((int)t[a].value, (int)t[a + 2].value) &&
            (a + 5 >= b || t[a + 5].off > t[a + 4].off + 2)) {
            *y = (int)t[a].value;
            *m = (int)t[a + 2].value;
            *d = (int)t[a + 4].value;
            return 5;
        }
    }
    /* (a month glued on by a hyphen or a slash: "2020-03", "2020/03") */
    if (is_row_year(&t[a]) && a + 2 < b && t[a + 1].kind == TK_PUNCT && t[a + 1].len == 1 &&
        (s[t[a + 1].off] == '-' || s[t[a + 1].off] == '/') && t[a + 1].off == t[a].off + t[a].len &&
        t[a + 2].kind == TK_NUM && t[a + 2].off == t[a + 1].off + 1 && t[a + 2].len == 2 &&
        t[a + 2].numlen == 2 && t[a + 2].value >= 1 && t[a + 2].value <= 12 &&
        (a + 3 >= b || t[a + 3].off > t[a + 2].off + 2)) {
        *y = (int)t[a].value;
        *m = (int)t[a + 2].value;
        return 3;
    }
    if ((*y = row_period(s, &t[a], m)) > 0) {
        /* (a day glued on by a dot: "2000.06.30", a survey's date) */
        if (*m && (*d = period_dotted_day(s, t, a, b)) > 0)
            return 3;
        /* (a footnote's mark on it: "2019*") */
        return a + 1 < b && t[a + 1].kind == TK_PUNCT && s[t[a + 1].off] == '*' && !gap_before(s, t, a + 1) ? 2 : 1;
    }
    int mo = t[a].kind == TK_WORD ? scan_month(s + t[a].off, t[a].len) : 0;
    size_t j = a + 1;
    if (mo <= 0)
        return 0;
    /* (months to date, "Jan-Jun 2022": of the last) */
    if (j + 1 < b && t[j].kind == TK_PUNCT && t[j].len == 1 && s[t[j].off] == '-' && t[j].off == t[a].off + t[a].len &&
        t[j + 1].kind == TK_WORD && t[j + 1].off == t[j].off + 1 && scan_month(s + t[j + 1].off, t[j + 1].len) > mo) {
        /* (all twelve, "Jan-Dec 2022", the whole year) */
        mo = mo == 1 && scan_month(s + t[j + 1].off, t[j + 1].len) == 12 ? 0 : scan_month(s + t[j + 1].off, t[j + 1].len);
        j += 2;
    }
    if (j < b && t[j].kind == TK_PUNCT && s[t[j].off] == '.')
        j++;
    /* (or glued on by a slash or a hyphen: "Jun/2010", "Dec-2009") */
    else if (j + 1 < b && t[j].kind == TK_PUNCT && t[j].len == 1 && (s[t[j].off] == '/' || s[t[j].off] == '-') &&
             t[j].off == t[a].off + t[a].len && t[j + 1].off == t[j].off + 1)
        j++;
    if (j >= b || !is_row_year(&t[j]))
        return 0;
    *y = (int)t[j].value;
    *m = mo;
    return j + 1 - a;
}

static size_t row_label(const char *s, const struct token *t, size_t a, size_t b, int *y, int *m)
{
    int d;
    return row_label_day(s, t, a, b, y, m, &d);
}

static bool empty_cell(const char *s, const struct token *t, size_t i, size_t rb);

/* Is the token at i a sign glued to the figure after it, apart from what
 * stands before it: "  -6.30", "  +11.45"? */
static bool sign_before(const char *s, const struct token *t, size_t i, size_t b)
{
    return i + 1 < b && t[i].kind == TK_PUNCT && t[i].len == 1 && (s[t[i].off] == '-' || s[t[i].off] == '+') &&
           t[i + 1].kind == TK_NUM && t[i + 1].off == t[i].off + 1 && t[i].off > 0 &&
           (s[t[i].off - 1] == ' ' || s[t[i].off - 1] == '\t');
}

/* The label of a row that totals the rows above it, at [a, b): "Total",
 * "Full year", "Full-year", "Whole year", "Year total"; how many tokens
 * (0: none). */
static size_t total_label(const char *s, const struct token *t, size_t a, size_t b)
{
    if (a >= b || t[a].kind != TK_WORD)
        return 0;
    if (word_is(s, &t[a], "total") || word_is(s, &t[a], "annual"))
        return 1;
    size_t i = a + 1;
    if (i < b && t[i].kind == TK_PUNCT && (t[i].flags & TF_HYPHEN))
        i++;
    if (i < b && (word_is(s, &t[a], "full") || word_is(s, &t[a], "whole")) && word_is(s, &t[i], "year"))
        return i + 1 - a;
    if (i < b && word_is(s, &t[a], "year") && word_is(s, &t[i], "total"))
        return i + 1 - a;
    return 0;
}

/* The year the rows [a, b) are all parts of (quarters or months of it,
 * two at least), or 0. */
static int year_of_parts(const char *s, const struct token *t, size_t a, size_t b)
{
    int year = 0, rows = 0;
    for (size_t ra = a; ra < b; ra = line_end(t, b, ra)) {
        int y, m, d;
        if (!row_label_day(s, t, ra, line_end(t, b, ra), &y, &m, &d) || !m || d || (year && y != year))
            return 0;
        year = y;
        rows++;
    }
    return rows >= 2 ? year : 0;
}

/* The cells of a row's figures at [a, b): each a figure, or a cell not
 * given ("-", "--", "---"), whose token goes in at[] as SIZE_MAX.  How many
 * (at most TABLE_COLS), or 0 if anything else stands there or none is
 * given. */
static size_t na_cell(const char *s, const struct token *t, size_t i, size_t rb);

static int row_cells(const char *s, const struct token *t, size_t a, size_t b, size_t *at)
{
    int k = 0, given = 0;
    for (size_t i = a; i < b; i++) {
        if (k == TABLE_COLS)
            return 0;
        if (t[i].kind == TK_NUM && !(t[i].flags & (TF_GLUED | TF_WORDS))) {
            at[k++] = i;
            given++;
            continue;
        }
        /* (a note's mark glued to a figure: "65.4*") */
        if (i > a && t[i].kind == TK_PUNCT && t[i].len == 1 && s[t[i].off] == '*' && t[i - 1].kind == TK_NUM &&
            t[i - 1].off + t[i - 1].len == t[i].off)
            continue;
        /* (a sign glued to the figure after it: "-6.30", "+11.45") */
        if (sign_before(s, t, i, b))
            continue;
        /* (a cell not given: "n.a.", "n/a") */
        size_t na = na_cell(s, t, i, b);
        if (na) {
            at[k++] = SIZE_MAX;
            i += na - 1;
            continue;
        }
        /* (a last column of notes, past a wide gap after the figures:
         * "2009    0.52    Taobao Mall only, 27 merchants") */
        if (given && t[i].kind == TK_WORD && gap_before(s, t, i) && !empty_cell(s, t, i, b))
            break;
        /* (dashes glued together are one cell: "--") */
        size_t e = i;
        while (e + 1 < b && e < i + 2 && t[e].kind == TK_PUNCT && t[e].len == 1 && s[t[e].off] == '-' &&
               t[e + 1].kind == TK_PUNCT && t[e + 1].len == 1 && s[t[e + 1].off] == '-' && t[e + 1].off == t[e].off + 1)
            e++;
        bool dashes = e > i && (e + 1 >= b || t[e + 1].off > t[e].off + 1);
        if (!dashes && !empty_cell(s, t, i, b))
            return 0;
        at[k++] = SIZE_MAX;
        i = e;
    }
    return given ? k : 0;
}

/* How many figures end the line [a, b), after its words. */
static int trailing_figures(const char *s, const struct token *t, size_t a, size_t b)
{
    int k = 0;
    for (;;) {
        /* (past a note's mark glued to a figure: "145.71*") */
        if (b > a + 1 && t[b - 1].kind == TK_PUNCT && t[b - 1].len == 1 && s[t[b - 1].off] == '*' &&
            t[b - 2].kind == TK_NUM && t[b - 2].off + t[b - 2].len == t[b - 1].off)
            b--;
        if (!(b > a && t[b - 1].kind == TK_NUM && !(t[b - 1].flags & (TF_GLUED | TF_WORDS))))
            break;
        k++;
        b--;
        /* (past a change's sign glued to it: "+2%", "-3%") */
        if (b > a + 1 && t[b - 1].kind == TK_PUNCT && t[b - 1].len == 1 && t[b - 1].off + 1 == t[b].off &&
            t[b - 2].kind != TK_PUNCT)
            b--;
    }
    return b > a && t[b - 1].kind != TK_NUM ? k : 0;
}

/* A row: its period's label, then figures only (a '-' for a figure not
 * given is no figure).  Returns how many figures, 0 if the line is no
 * row. */
static int row_figures(const char *s, const struct token *t, size_t a, size_t b)
{
    int y, m;
    size_t l = row_label(s, t, a, b, &y, &m);
    if (!l || b - a < l + 1)
        return 0;
    size_t at[TABLE_COLS];
    return row_cells(s, t, a + l, b, at);
}

/* Is there a figure in [a, b) outside brackets that pass() does not let
 * by (NULL: none passes)?  A header's words may carry their units'
 * figures in brackets: "(100 million yuan)". */
static bool figure_outside(const struct token *t, size_t a, size_t b, bool (*pass)(const struct token *))
{
    int depth = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].flags & TF_OPEN)
            depth++;
        else if (t[i].flags & TF_CLOSE)
            depth = depth ? depth - 1 : 0;
        else if (t[i].kind == TK_NUM && !depth && !(pass && pass(&t[i])))
            return true;
    }
    return false;
}

/* A year of a caption: "Internet users in selected years, 2010-2014". */
static bool any_year(const struct token *t)
{
    return t->flags & TF_YEAR;
}

/* A year or a day of a header of dates: "Dec. 31, 2013". */
static bool date_figure(const struct token *t)
{
    return is_row_year(t) || ((t->flags & TF_SMALLINT) && t->value <= 99);
}

/* Figures only at [a, b), one at least. */
static bool row_figures_any(const struct token *t, size_t a, size_t b)
{
    if (a >= b)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i].kind != TK_NUM || (t[i].flags & (TF_GLUED | TF_WORDS)))
            return false;
    return true;
}

static bool word_is(const char *s, const struct token *t, const char *w)
{
    return t->kind == TK_WORD && str_ieq(s + t->off, t->len, w);
}

/* The scale a word of a header names, plural or not: "million",
 * "millions"; 0 if none. */
static double scale_word(const char *s, const struct token *k)
{
    double v = scan_scale_word(s + k->off, k->len);
    if (v <= 0 && k->len > 2 && (s[k->off + k->len - 1] == 's' || s[k->off + k->len - 1] == 'S'))
        v = scan_scale_word(s + k->off, k->len - 1);
    return v;
}

/* Is v a power of ten, 10 or more ("10,000", "100 million")? */
static bool power_of_ten(double v)
{
    return num_power_of_ten(v, 10);
}

/* What the token k of a header's brackets or a unit line says of the
 * column's scale and unit: "10,000", "million", "yuan", "%", "Mbps". */
static void unit_token(const char *s, const struct token *k, struct column *c)
{
    /* (the same unit again, after a slash, in another language: "10,000
     * households / 万户" is 10,000 households, not 10,000 times 10,000) */
    if (c->unit_said)
        return;
    /* (or after a comma or an equals sign: "(亿元, 100 million yuan)",
     * "(unit: 亿 = 100 million people)") */
    if (k->kind == TK_PUNCT && k->len == 1 && (s[k->off] == '/' || s[k->off] == ',' || s[k->off] == '=') &&
        (c->mult != 1 || c->unit)) {
        c->unit_said = true;
        return;
    }
    if (k->kind == TK_NUM) {
        /* (a scale is a power of ten: "(10,000)", "(100 million yuan)";
         * "IPv4 addresses (3)" is a footnote's mark) */
        if (power_of_ten(k->value))
            c->mult *= k->value;
        if (k->unit && strcmp(k->unit, "percent") != 0 && strcmp(k->unit, "Mbps") != 0)
            c->unit = k->unit;
        else if (k->unit && strcmp(k->unit, "Mbps") == 0)
            c->rate = true;
    } else if ((k->kind == TK_PUNCT && k->len == 1 && s[k->off] == '%') || word_is(s, k, "pct") ||
               word_is(s, k, "percent")) {
        c->unit = "percent"; /* ("(%)", a wire's "Change (pct)") */
    } else if (scale_word(s, k) > 0) {
        c->mult *= scale_word(s, k); /* "(million)", "(millions)", "(万)" */
    } else if (k->kind == TK_WORD && k->len == 1 && (s[k->off] == 'm' || s[k->off] == 'M') && k->off > 0 &&
               s[k->off - 1] == '(' && s[k->off + 1] == ')') {
        c->mult *= 1e6; /* "Subscribers (m)": millions */
    } else if (word_is(s, k, "yuan") || word_is(s, k, "RMB") || word_is(s, k, "CNY") ||
               word_is(s, k, "renminbi")) {
        c->unit = "CNY";
    } else if (word_is(s, k, "USD") || word_is(s, k, "dollars") || word_is(s, k, "dollar")) {
        /* (not "Hong Kong dollars", "HK dollars") */
        bool hk = (k->off >= 5 && str_ieq(s + k->off - 5, 4, "kong")) ||
                  (k->off >= 3 && str_ieq(s + k->off - 3, 2, "hk"));
        c->unit = hk ? "HKD" : "USD";
    } else if (word_is(s, k, "Mbps")) {
        c->rate = true;
    } else if (word_is(s, k, "blocks") || word_is(s, k, "block")) {
        c->unit = "other"; /* "IPv6 addresses (blocks/32)" */
    } else if (k->kind == TK_PUNCT && k->len == 1 && s[k->off] == '$') {
        c->unit = "USD";
    } else if (k->kind == TK_PUNCT && k->len == 3 && memcmp(s + k->off, "\xE5\x85\x83", 3) == 0) {
        c->unit = "CNY"; /* 元 */
    } else if (k->kind == TK_PUNCT && ((k->len == 2 && memcmp(s + k->off, "\xC2\xA5", 2) == 0) ||
                                       (k->len == 3 && memcmp(s + k->off, "\xEF\xBF\xA5", 3) == 0))) {
        c->unit = "CNY"; /* "(CN¥ billion)", "(￥ million)" */
    }
}

/* A line [a, b) that gives the unit: "Unit: 10,000 persons"; read into c. */
static bool unit_line(const char *s, const struct token *t, size_t a, size_t b, struct column *c)
{
    /* (or of what, opening the line: "Unit of netizens and net increase:
     * 10,000 persons") */
    if (a + 2 < b && (word_is(s, &t[a], "unit") || word_is(s, &t[a], "units")) &&
        (word_is(s, &t[a + 1], "of") || word_is(s, &t[a + 1], "for"))) {
        size_t k = a + 2;
        while (k < b && k < a + 10 && t[k].kind == TK_WORD)
            k++;
        if (k < b && t[k].kind == TK_PUNCT && s[t[k].off] == ':') {
            for (size_t j = k + 1; j < b && !(t[j].flags & TF_OPEN); j++)
                unit_token(s, &t[j], c);
            return true;
        }
    }
    /* (or at the end of a caption's line: "3.1 Key accounting data
     * Unit: RMB yuan") */
    while (a + 1 < b && !((word_is(s, &t[a], "unit") || word_is(s, &t[a], "units")) && t[a + 1].kind == TK_PUNCT &&
                          s[t[a + 1].off] == ':'))
        a++;
    if (!(word_is(s, &t[a], "unit") || word_is(s, &t[a], "units")))
        return false;
    /* (up to an aside for some rows: "Unit: 10,000 users (base stations:
     * 10,000 units)", "Unit: RMB 100 million; growth rates in %") */
    for (size_t j = a + 1; j < b && !(t[j].flags & TF_OPEN); j++) {
        /* (a part for the rates is none of the figures': "; growth rates
         * in %") */
        if (t[j].kind == TK_PUNCT && s[t[j].off] == ';') {
            bool rates = false;
            for (size_t q = j + 1; q < b && !rates && !(t[q].kind == TK_PUNCT && s[t[q].off] == ';'); q++)
                rates = word_is(s, &t[q], "growth") || word_is(s, &t[q], "rates") || word_is(s, &t[q], "rate");
            if (rates)
                break;
            continue;
        }
        /* (a restatement after a comma or a slash is the same unit
         * again, which unit_token passes over: "Unit: 100 million yuan,
         * 亿元") */
        unit_token(s, &t[j], c);
    }
    return true;
}

/* Does a line [a, b) under a table give its unit in a note: "Figures in
 * millions unless stated.", "Note: all amounts in RMB billion", "Unit:
 * 10,000 persons"?  Read into c.  A note of a currency alone ("(prices and
 * amounts in U.S. dollars)") counts where currency_alone. */
static bool note_unit(const char *s, const struct token *t, size_t a, size_t b, struct column *c, bool currency_alone)
{
    static const char *const lead[] = {"figures", "all", "data", "numbers", "amounts", "values", "note", "notes",
                                       "prices"};
    *c = column_of(-1, 0, 0);
    if (unit_line(s, t, a, b, c))
        return c->mult != 1 || c->unit || c->rate;
    /* (in brackets: "(prices and amounts in U.S. dollars)") */
    if (a < b && (t[a].flags & TF_OPEN))
        a++;
    bool led = false;
    for (size_t k = 0; k < sizeof lead / sizeof *lead && !led && a < b; k++)
        led = word_is(s, &t[a], lead[k]);
    if (!led)
        return false;
    for (size_t i = a + 1; i + 1 < b && i < a + 6; i++) {
        if (!word_is(s, &t[i], "in"))
            continue;
        bool scale = false;
        for (size_t j = i + 1; j < b && j < i + 7; j++) {
            const struct token *x = &t[j];
            bool big = x->kind == TK_NUM && !x->unit && (x->value == 1e4 || x->value == 1e8);
            if (scale_word(s, x) > 0 || big)
                scale = true;
            else if (!(x->kind == TK_WORD ||
                       (x->kind == TK_PUNCT && x->len == 1 && (s[x->off] == '$' || s[x->off] == '.'))))
                break;
            unit_token(s, x, c);
        }
        /* (or a currency alone, where the caller asks: for the columns of
         * money) */
        return scale || (currency_alone && c->unit && strcmp(c->unit, "percent") != 0);
    }
    return false;
}

/* The unit a note under the rows of a table gives (see note_unit): the
 * rows from ra on are lines that end with a figure or an empty cell; the
 * note one of the two lines after them. */
static bool unit_below(const char *s, const struct token *t, size_t n, size_t ra, struct column *c,
                       bool currency_alone)
{
    while (ra < n) {
        size_t rb = line_end(t, n, ra);
        const struct token *x = &t[rb - 1];
        if (!(x->kind == TK_NUM && !(x->flags & TF_WORDS)) && !empty_cell(s, t, rb - 1, rb))
            break;
        ra = rb;
    }
    for (int k = 0; k < 2 && ra < n; k++) {
        size_t rb = line_end(t, n, ra);
        if (note_unit(s, t, ra, rb, c, currency_alone))
            return true;
        ra = rb;
    }
    return false;
}

/* The scale and unit in brackets at [i, b) after a column's cue; the index
 * after the ')' (i itself when there are none). */
static size_t header_unit(const char *s, const struct token *t, size_t i, size_t b, struct column *c)
{
    /* (or after a comma: "Monthly active users, million") */
    if (i + 1 < b && t[i].kind == TK_PUNCT && s[t[i].off] == ',' && t[i + 1].kind == TK_WORD &&
        scale_word(s, &t[i + 1]) > 0 && (i + 2 == b || gap_before(s, t, i + 2))) {
        unit_token(s, &t[i + 1], c);
        return i + 2;
    }
    if (i >= b || !(t[i].flags & TF_OPEN))
        return i;
    size_t j = i + 1;
    for (; j < b && !(t[j].flags & TF_CLOSE); j++)
        unit_token(s, &t[j], c);
    return j < b ? j + 1 : b;
}

/* A header's word for a change: CH_GROWTH ("growth", "YoY"), CH_INCREASE
 * ("increase", "change", "added"), or 0. */
static int change_word(const char *s, const struct token *t)
{
    if (word_is(s, t, "growth") || word_is(s, t, "yoy") || word_is(s, t, "year-on-year"))
        return CH_GROWTH;
    if (word_is(s, t, "increase") || word_is(s, t, "change") || word_is(s, t, "changes") || word_is(s, t, "added") ||
        word_is(s, t, "addition"))
        return CH_INCREASE;
    return 0;
}

/* The columns a header names, left to right: the longest cue at each
 * place (a level's, not a change's), or a change of the column before it
 * (label: [a, b) is a row's label, the name of one column).  Returns how
 * many. */
static int header_columns_of(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a,
                             size_t b, struct column *col, bool label, int cls);

static int header_columns(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a, size_t b,
                          struct column *col, bool label)
{
    return header_columns_of(r, s, t, n, a, b, col, label, -1);
}

/* (the same, of the levels of unit class cls alone, -1: any; "Transaction
 * scale of China's mobile payment market" names money where a share's
 * "mobile payment market" is not asked for) */
static int header_columns_in(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a,
                             size_t b, struct column *col, bool label, int cls, const struct token *ct, size_t cn);

static int header_columns_of(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a,
                             size_t b, struct column *col, bool label, int cls)
{
    return header_columns_in(r, s, t, n, a, b, col, label, cls, t, n);
}

/* (the same, the context of the rules met in the tokens ct[0, cn): the
 * block's, where t holds a header's words gathered from its lines) */
static int header_columns_in(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a,
                             size_t b, struct column *col, bool label, int cls, const struct token *ct, size_t cn)
{
    int nc = 0;
    uint32_t head = 0; /* the last word of the last column's name */
    bool spaced = false; /* columns parted by wide gaps */
    for (size_t x = a + 1; x < b && !spaced; x++)
        spaced = gap_before(s, t, x);
    size_t i = a;
    if (i < b && period_word(s, &t[i]))
        i++;
    while (i < b && nc < TABLE_COLS) {
        if (t[i].kind != TK_WORD) {
            i++;
            continue;
        }
        const struct cue_ref *ra, *rb;
        rules_cues_for(r, t[i].hash, &ra, &rb);
        size_t best_e = 0;
        int best_rule = -1;
        for (; ra < rb; ra++) {
            const struct rule *ru = &r->v[ra->rule];
            const struct phrase *ph = &ru->cue.v[ra->cue];
            /* (a section that counts a part of its indicator is a column
             * of its own: "Rural netizens", "Fixed broadband subscribers") */
            /* (or one that requires words the line holds: "China online
             * travel market transaction volume") */
            if (ph->h[0] != t[i].hash || ru->change != CH_NONE || ph->dir != 0 ||
                (ru->variant && !ru->segment && !ru->require.n) ||
                (cls >= 0 && (int)ru->unit != cls))
                continue;
            /* the table's block speaks of what the rule's context asks for;
             * the column's name says nothing the rule excludes ("Fund
             * units" are no assets) */
            if ((ru->context.n && !phrases_in(&ru->context, ct, cn, 0, cn) && !(outer_context && outer_context[ra->rule])) ||
                (ru->require.n && !phrases_in(&ru->require, t, n, a, b)) ||
                (ru->exclude.n && label && phrases_in(&ru->exclude, t, n, a, b)))
                continue;
            size_t e = match_fwd(t, n, i, ph, b);
            /* (not after a word that makes it another thing: "Mobile base
             * stations" are not the 3G ones) */
            bool other = false;
            for (size_t q = 0; e && q < ru->not_after.n && !other; q++)
                other = match_back(t, i, a, &ru->not_after.v[q]) != SIZE_MAX;
            /* (of equals, one whose context the block meets, as in prose:
             * "Raised" in a table of listings is the IPO's) */
            if (!other && (e > best_e || (e && e == best_e && ru->context.n && !r->v[best_rule].context.n))) {
                best_e = e;
                best_rule = (int)ra->rule;
            }
        }
        /* "% Pen.": a field's word cut short, the one word of one
         * indicator's cue it begins ("Pen." for "penetration") */
        if (best_rule < 0 && t[i].len >= 3 && i + 1 < b && t[i + 1].kind == TK_PUNCT && t[i + 1].len == 1 &&
            s[t[i + 1].off] == '.' && t[i + 1].off == t[i].off + t[i].len) {
            int only = -1;
            for (size_t q = 0; q < r->n && only != -2; q++) {
                const struct rule *ru = &r->v[q];
                if (ru->change != CH_NONE || ru->variant || ru->context.n || ru->require.n ||
                    (cls >= 0 && (int)ru->unit != cls))
                    continue;
                for (size_t c = 0; c < ru->cue.n; c++) {
                    const struct phrase *ph = &ru->cue.v[c];
                    if (ph->n == 1 && ph->dir == 0 && strlen(ph->text) > t[i].len &&
                        strncasecmp(ph->text, s + t[i].off, t[i].len) == 0) {
                        only = only == -1 || only == (int)q ? (int)q : -2;
                    }
                }
            }
            if (only >= 0) {
                best_rule = only;
                best_e = i + 2;
            }
        }
        /* "All netizens   Urban   Rural": a part named by its word alone,
         * the noun of the column before understood ("rural netizen") */
        bool part = false;
        if (best_rule < 0 && head) {
            rules_cues_for(r, t[i].hash, &ra, &rb);
            for (; ra < rb && best_rule < 0; ra++) {
                const struct rule *ru = &r->v[ra->rule];
                const struct phrase *ph = &ru->cue.v[ra->cue];
                if (ph->n == 2 && ph->h[0] == t[i].hash && ph->h[1] == head && ru->segment &&
                    ru->change == CH_NONE && ph->dir == 0 && !ru->context.n && !ru->require.n) {
                    best_rule = (int)ra->rule;
                    best_e = i + 1;
                    part = true;
                }
            }
        }
        /* "Growth rate (%)", "YoY", "Increase" after a column: the change
         * of the column before, where its indicator has one */
        if (best_rule < 0 && nc > 0) {
            int ch = change_word(s, &t[i]);
            int base = col[nc - 1].rule;
            int ri = ch && base >= 0 ? rules_change_of(r, (enum change_kind)ch, r->v[base].id) : -1;
            if (ri >= 0) {
                best_rule = ri;
                best_e = i + 1;
                if (best_e < b && word_is(s, &t[best_e], "rate"))
                    best_e++;
            }
        }
        if (best_rule < 0) {
            i++;
            continue;
        }
        if (!part && r->v[best_rule].change == CH_NONE && best_e > i && t[best_e - 1].kind == TK_WORD)
            head = t[best_e - 1].hash; /* (the noun a part's column may leave out) */
        struct column *c = &col[nc++];
        *c = column_of(best_rule, i, best_e);
        /* the words left of the column's name ("Online game players") and
         * its brackets */
        size_t j = best_e;
        while (j < b && t[j].kind == TK_WORD && !(t[j].flags & TF_OPEN)) {
            /* another column's name starts here */
            /* (in a header whose columns wide gaps part, the gap; else a
             * word a cue opens with: not a word of this column's name,
             * "Annual active customer accounts (millions)") */
            if (label) {
                /* (a row's label names one column) */
            } else if (spaced) {
                if (gap_before(s, t, j))
                    break;
            } else {
                const struct cue_ref *xa, *xb;
                rules_cues_for(r, t[j].hash, &xa, &xb);
                if (xa < xb)
                    break;
            }
            j++;
        }
        i = header_unit(s, t, j, b, c);
        c->hb = i;
        /* (a change named before the level's words, in its field: "Net
         * increase of 3G users", "Growth of mobile netizens") */
        if (r->v[c->rule].change == CH_NONE && c->ha >= a + 2 && !gap_before(s, t, c->ha) &&
            (word_is(s, &t[c->ha - 1], "of") || word_is(s, &t[c->ha - 1], "in")) && !gap_before(s, t, c->ha - 1)) {
            int ch = word_is(s, &t[c->ha - 2], "growth") ? CH_GROWTH
                     : word_is(s, &t[c->ha - 2], "increase") || word_is(s, &t[c->ha - 2], "additions") ||
                             word_is(s, &t[c->ha - 2], "addition")
                         ? CH_INCREASE
                         : 0;
            int ri = ch ? rules_change_of(r, (enum change_kind)ch, r->v[c->rule].id) : -1;
            if (ri >= 0) {
                c->level1 = c->rule + 1;
                c->rule = ri;
                c->ha -= 2;
                if (c->ha > a && word_is(s, &t[c->ha - 1], "net") && !gap_before(s, t, c->ha))
                    c->ha--;
            }
        }
        /* (a change in percent is a growth: "Change (pct)") */
        const struct rule *cr = &r->v[c->rule];
        if (cr->change == CH_INCREASE && cr->base && c->unit && strcmp(c->unit, "percent") == 0) {
            int g = rules_change_of(r, CH_GROWTH, cr->base);
            if (g >= 0)
                c->rule = g;
        }
    }
    /* "Users" beside "% Pen.": a table of the Internet's reach, whose
     * users of nothing named are the Internet's (the rule's orphan) */
    const struct rule *pen = rules_find(r, "internet_penetration");
    bool reach = false;
    for (int c = 0; c < nc && pen; c++)
        reach = reach || &r->v[col[c].rule] == pen;
    for (int c = 0; c < nc && reach; c++) {
        const struct rule *o = r->v[col[c].rule].orphan ? rules_find(r, r->v[col[c].rule].orphan) : NULL;
        if (o && o->unit == r->v[col[c].rule].unit)
            col[c].rule = (int)(o - r->v);
    }
    /* (a label's aside in brackets that names the same again is one
     * column: "FTTx (fiber to the home/office)") */
    if (label && nc == 2 && col[0].rule == col[1].rule && col[1].ha > a && (t[col[1].ha - 1].flags & TF_OPEN))
        nc = 1;
    return nc;
}

/* The unit class of a cell, the header's unit given. */
static enum unit_class cell_class(const struct token *cell, const struct column *c, const char **unit)
{
    const char *u = cell->unit ? cell->unit : c->unit;
    *unit = u;
    if (c->rate || (u && strcmp(u, "Mbps") == 0))
        return UC_RATE;
    if (!u)
        return UC_COUNT;
    if (strcmp(u, "percent") == 0)
        return UC_PERCENT;
    if (strcmp(u, "other") == 0 || strcmp(u, "points") == 0)
        return UC_OTHER;
    return UC_MONEY;
}

/* The value of the cell at t[i], of column col, in base units, in *v (and
 * its currency in *unit): 1 if the column's rule takes it, 0 if of its
 * kind but outside its range, -1 if of another kind. */
static int cell_value(const struct rules *r, const struct token *t, size_t i, const struct column *col, double *v,
                      const char **unit)
{
    const struct rule *ru = &r->v[col->rule];
    enum unit_class cls = cell_class(&t[i], col, unit);
    /* (a rate's increase is in points: "+5.9 pts" under "Change") */
    if (t[i].unit && strcmp(t[i].unit, "points") == 0 && ru->unit == UC_PERCENT && ru->change == CH_INCREASE)
        cls = UC_PERCENT;
    /* (a bare figure under a rate's header, no unit given: "Year   Users
     * Penetration" / "2000   22.5   1.7") */
    if (cls == UC_COUNT && ru->unit == UC_PERCENT && ru->change == CH_NONE && !t[i].unit && !col->unit &&
        t[i].kind == TK_NUM && !(t[i].flags & TF_WORDS) && t[i].value > 0 && t[i].value <= 100)
        cls = UC_PERCENT;
    if (!(ru->unit == UC_PEOPLE ? cls == UC_COUNT : ru->unit == cls))
        return -1;
    /* (a rate is never scaled by the table's unit: "Unit: trillion yuan"
     * over "YoY growth  707.0%"; a column's sign stays) */
    *v = t[i].value * (ru->unit == UC_PERCENT ? (col->mult < 0 ? -1 : 1) : col->mult);
    if (fabs(*v) >= 1 && fabs(*v - nearbyint(*v)) < 1e-6 * fabs(*v) && fabs(*v - nearbyint(*v)) < 0.01)
        *v = nearbyint(*v);
    /* (a change may be a fall: its size is what the bounds hold) */
    if ((ru->change != CH_NONE ? fabs(*v) : *v) < ru->min || fabs(*v) > ru->max || !rules_whole(ru, *v))
        return 0;
    return 1;
}

/* Hand the cell at t[i], of column col, to fn as the figure of year y
 * (and month m, 0: none) of the row [a, b), in base units: 1 if given, 0
 * if of the column's kind but outside its rule's range, -1 if of another
 * kind. */
static int give_cell_on(const struct rules *r, const char *s, const struct token *t, size_t i, const struct column *col,
                        int y, int m, int d, size_t a, size_t b, table_cell_fn fn, void *ctx)
{
    const struct rule *ru = &r->v[col->rule];
    const char *unit;
    double v;
    int ok = cell_value(r, t, i, col, &v, &unit);
    if (ok <= 0)
        return ok;
    /* (a change's sign before it: "-6.49") */
    if (ru->change != CH_NONE && i > a && sign_before(s, t, i - 1, b) && s[t[i - 1].off] == '-' && v > 0)
        v = -v;
    const struct token *h0 = &t[col->ha], *h1 = &t[col->hb - 1];
    /* (a quarter's row, "2015Q4": its last month is no year's) */
    int qm;
    char part;
    bool quarter = (t[a].kind == TK_WORD && period_glued(s + t[a].off, t[a].len, &part, &qm) && part == 'Q') ||
                   row_quarter(s, t, a, b, &qm, &qm);
    struct table_cell tc = {(size_t)col->rule, y, v, ru->unit == UC_MONEY ? unit : NULL, t[a].line, a, b,
                            col->htext ? col->htext : s + h0->off, col->htext ? col->hlen : h1->off + h1->len - h0->off,
                            m, col->level1 - 1, NULL, 0, d, false, Q_EXACT, false,
                            col->from_y, col->from_m, col->ea == SIZE_MAX, false, NULL, 0, false};
    if (i > a && t[i - 1].kind == TK_WORD && t[i - 1].line == t[i].line)
        tc.q = in_list(&q_about, &t[i - 1])    ? Q_ABOUT
             : in_list(&q_nearly, &t[i - 1]) ? Q_NEARLY
             : in_list(&q_more, &t[i - 1])   ? Q_MORE_THAN
                                             : Q_EXACT;
    tc.month_only = quarter || col->months;
    if (col->pb > col->pa) {
        tc.part = s + t[col->pa].off;
        tc.part_len = t[col->pb - 1].off + t[col->pb - 1].len - t[col->pa].off;
    }
    if (col->eb > col->ea && col->ea != SIZE_MAX) {
        tc.entity = s + t[col->ea].off;
        tc.entity_len = t[col->eb - 1].off + t[col->eb - 1].len - t[col->ea].off;
    }
    fn(ctx, &tc);
    return 1;
}

/* (the same, of a column of a month or a year) */
static int give_cell(const struct rules *r, const char *s, const struct token *t, size_t i, const struct column *col,
                     int y, int m, size_t a, size_t b, table_cell_fn fn, void *ctx)
{
    return give_cell_on(r, s, t, i, col, y, m, 0, a, b, fn, ctx);
}

/* Does a percent's mark in brackets, "(%)" or "(pct)", stand at i before
 * b?  Its tokens (3), or 0. */
static size_t percent_mark(const char *s, const struct token *t, size_t i, size_t b)
{
    return i + 2 < b && (t[i].flags & TF_OPEN) &&
                   ((t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == '%') || word_is(s, &t[i + 1], "pct")) &&
                   (t[i + 2].flags & TF_CLOSE)
               ? 3
               : 0;
}

/* The tokens of a change "over" a span written with marks, its letter x
 * ("y": a year's, "q": a quarter's, "m": a month's): "x-o-x" (5) or "x/x"
 * (3), glued together; 1 for "xox" ("YoY", "QoQ", "MoM"); 0 if none at j
 * before b. */
static size_t over_at(const char *s, const struct token *t, size_t j, size_t b, const char *x)
{
    if (j >= b || t[j].kind != TK_WORD)
        return 0;
    char word[4] = {x[0], 'o', x[0], 0};
    if (word_is(s, &t[j], word))
        return 1;
    if (!word_is(s, &t[j], x))
        return 0;
    size_t k = j + 1;
    for (; k < b && k < j + 5; k++)
        if (t[k].off != t[k - 1].off + t[k - 1].len ||
            ((k - j) % 2 ? !(t[k].kind == TK_PUNCT && (s[t[k].off] == '-' || s[t[k].off] == '/'))
                         : !(word_is(s, &t[k], "o") || word_is(s, &t[k], x))))
            break;
    size_t len = k - j;
    if (len == 5 && word_is(s, &t[j + 2], "o") && word_is(s, &t[j + 4], x))
        return 5;
    if (len >= 3 && s[t[j + 1].off] == '/' && word_is(s, &t[j + 2], x))
        return 3;
    return 0;
}

/* (a year's: "YoY", "y-o-y", "y/y") */
static size_t yoy_at(const char *s, const struct token *t, size_t j, size_t b)
{
    return over_at(s, t, j, b, "y");
}

/* The tokens of a column of the change over the period before, not over
 * the year ("QoQ", "QoQ change", "q-o-q", "MoM (%)"), at j before b; 0 if
 * none.  Its figures are no year's growth. */
static size_t sequential_column(const char *s, const struct token *t, size_t j, size_t b)
{
    size_t i = j + over_at(s, t, j, b, "q");
    if (i == j)
        i = j + over_at(s, t, j, b, "m");
    if (i == j)
        return 0;
    if (i < b && (word_is(s, &t[i], "change") || word_is(s, &t[i], "growth")))
        i++;
    i += percent_mark(s, t, i, b);
    return i - j;
}

/* Does the header go on at i with a column of the change between its
 * years: "2014 vs. 2013", "% change", "YoY", "Change", "Growth (%)"?  The
 * tokens it takes, or 0.  (A year may name the last one's change: "2013
 * y-o-y", "2013 growth".) */
static size_t change_column_from(const char *s, const struct token *t, size_t i, size_t b, bool *pct, bool *based,
                                 int *from_y, int *from_m)
{
    size_t j = i;
    *pct = false;
    *based = false;
    *from_y = *from_m = 0;
    if (j >= b)
        return 0;
    if (is_row_year(&t[j]) && j + 1 < b && t[j + 1].kind == TK_WORD &&
        (word_is(s, &t[j + 1], "vs") || word_is(s, &t[j + 1], "versus"))) {
        j += 2;
        if (j < b && t[j].kind == TK_PUNCT && s[t[j].off] == '.')
            j++;
        if (j < b && is_row_year(&t[j]))
            j++;
        return j - i;
    }
    if (is_row_year(&t[j]) && j + 1 < b && !gap_before(s, t, j + 1) &&
        (yoy_at(s, t, j + 1, b) || word_is(s, &t[j + 1], "growth") || word_is(s, &t[j + 1], "change")))
        j++;
    if (t[j].kind == TK_PUNCT && s[t[j].off] == '%') {
        *pct = true;
        j++;
    }
    size_t yy = yoy_at(s, t, j, b);
    if (yy > 1) { /* ("y-o-y", "y/y": a percent) */
        *pct = true;
        j += yy;
        if (j < b && !gap_before(s, t, j) && (word_is(s, &t[j], "change") || word_is(s, &t[j], "growth")))
            j++;
        j += percent_mark(s, t, j, b);
        return j - i;
    }
    /* ("Half-year growth rate", "Year-on-year change", "Month-on-month
     * growth": a span's words, hyphened) */
    if (j + 2 < b && t[j].kind == TK_WORD && (t[j + 1].flags & TF_HYPHEN) && !gap_before(s, t, j + 1) &&
        (word_is(s, &t[j], "half") || word_is(s, &t[j], "semi") || word_is(s, &t[j], "year") ||
         word_is(s, &t[j], "month") || word_is(s, &t[j], "quarter"))) {
        size_t q = j;
        while (q + 2 < b && t[q].kind == TK_WORD && (t[q + 1].flags & TF_HYPHEN) && !gap_before(s, t, q + 1) &&
               !gap_before(s, t, q + 2) && q < j + 4)
            q += 2;
        if (q > j && t[q].kind == TK_WORD && !gap_before(s, t, q) &&
            (word_is(s, &t[q], "year") || word_is(s, &t[q], "annual") || word_is(s, &t[q], "month") ||
             word_is(s, &t[q], "quarter")) &&
            q + 1 < b && (word_is(s, &t[q + 1], "growth") || word_is(s, &t[q + 1], "change") ||
                          word_is(s, &t[q + 1], "increase")))
            j = q + 1;
    }
    /* ("Annual growth", "Net increase", "YoY change") */
    if (j + 1 < b && (word_is(s, &t[j], "annual") || word_is(s, &t[j], "yearly") || word_is(s, &t[j], "net") ||
                      (word_is(s, &t[j], "yoy") && !gap_before(s, t, j + 1) &&
                       (word_is(s, &t[j + 1], "change") || word_is(s, &t[j + 1], "growth") ||
                        word_is(s, &t[j + 1], "increase")))))
        j++;
    if (!(j < b && t[j].kind == TK_WORD &&
          (word_is(s, &t[j], "change") || word_is(s, &t[j], "yoy") || word_is(s, &t[j], "growth") ||
           word_is(s, &t[j], "increase"))))
        return 0;
    *pct = *pct || word_is(s, &t[j], "growth") || word_is(s, &t[j], "yoy");
    j++;
    /* ("Change vs Mar 2020", "Change since Dec. 2019", "Growth over 2019":
     * the period it is counted from) */
    if (j + 1 < b && (word_is(s, &t[j], "vs") || word_is(s, &t[j], "versus") || word_is(s, &t[j], "since") ||
                      word_is(s, &t[j], "from") || word_is(s, &t[j], "over"))) {
        size_t q = j + 1;
        if (q < b && t[q].kind == TK_PUNCT && s[t[q].off] == '.')
            q++;
        int fm = 0;
        if (q < b && t[q].kind == TK_WORD && (fm = scan_month(s + t[q].off, t[q].len)) > 0) {
            q++;
            if (q < b && t[q].kind == TK_PUNCT && s[t[q].off] == '.')
                q++;
        }
        if (q < b && is_row_year(&t[q])) {
            *from_y = (int)t[q].value;
            *from_m = fm > 0 ? fm : 0;
            j = q + 1;
            *based = true;
        }
    }
    /* ("Growth rate") */
    if (j < b && word_is(s, &t[j], "rate"))
        j++;
    /* ("Growth (%)", "Change (%)", "Change (pct)") */
    if (percent_mark(s, t, j, b)) {
        *pct = true;
        j += 3;
    }
    return j - i;
}

static size_t change_column(const char *s, const struct token *t, size_t i, size_t b, bool *pct)
{
    bool based;
    int fy, fm;
    return change_column_from(s, t, i, b, pct, &based, &fy, &fm);
}

/* The tokens of the words that lead a date over a column at i, before
 * b: "As of" (2) in "As of Dec 2006", "Year-end" (3) in "Year-end 2006";
 * 0 if none. */
static size_t date_lead(const char *s, const struct token *t, size_t i, size_t b)
{
    if (i + 2 < b && word_is(s, &t[i], "as") && (word_is(s, &t[i + 1], "of") || word_is(s, &t[i + 1], "at")))
        return 2;
    if (i + 3 < b && word_is(s, &t[i], "year") && (t[i + 1].flags & TF_HYPHEN) && word_is(s, &t[i + 2], "end"))
        return 3;
    return 0;
}

/* A header of periods ("Year  2011  2012  2013", "2009.12  2010.6
 * 2010.12", "Fund type  Dec. 2015  Dec. 2016  Jun. 2017"): how many, the
 * year and month (0: none) of each in ys[] and ms[]; 0 if the line is
 * none.  A label of up to three words may open it: one of "year",
 * "indicator", "item" before years alone, any before months with their
 * years. */
/* The column of the byte at off in its line (0 opens the line). */
static size_t column_at(const char *s, size_t off)
{
    size_t o = off;
    while (o > 0 && s[o - 1] != '\n')
        o--;
    return off - o;
}

/* Is [a, e) a unit and nothing else, as a header's label may be: "(RMB
 * billion)", "US$ million", "in millions"?  Read into u. */
static bool unit_alone(const char *s, const struct token *t, size_t a, size_t e, struct column *u)
{
    *u = column_of(-1, 0, 0);
    /* (past its label: "Unit: million") */
    if (a + 2 < e && (word_is(s, &t[a], "unit") || word_is(s, &t[a], "units")) && t[a + 1].kind == TK_PUNCT &&
        s[t[a + 1].off] == ':')
        a += 2;
    if (a < e && (t[a].flags & TF_OPEN))
        a++;
    if (a < e && (t[e - 1].flags & TF_CLOSE))
        e--;
    if (a >= e)
        return false;
    for (size_t i = a; i < e; i++) {
        struct column was = *u;
        unit_token(s, &t[i], u);
        if (u->mult == was.mult && u->unit == was.unit && !word_is(s, &t[i], "in"))
            return false;
    }
    return u->mult != 1 || u->unit;
}

static int years_header(const char *s, const struct token *t, size_t a, size_t b, int *ys, int *ms, int *ds, int *chg,
                        bool *chg_pct, size_t *chg_end, int *chg_from, bool *quarters, int dy, size_t *rest)
{
    *chg = 0;
    chg_from[0] = chg_from[1] = 0;
    *rest = b;
    *quarters = false;
    size_t i = a;
    /* (an indented header opens with its first column: "   End of 2001") */
    size_t o = t[a].off;
    while (o > 0 && (s[o - 1] == ' ' || s[o - 1] == '\t'))
        o--;
    bool indented = (o == 0 || s[o - 1] == '\n') && t[a].off >= o + 8;
    int qy, qm;
    while (i < b && i < a + 3 && t[i].kind == TK_WORD && !scan_month(s + t[i].off, t[i].len) &&
           /* (nor a quarter: "1Q17", "Q1 2017") */
           !row_period(s, &t[i], &qm) && !row_quarter(s, t, i, b, &qy, &qm) &&
           !(word_is(s, &t[i], "end") && i + 1 < b && (i > a || indented)) &&
           !(indented && i == a && date_lead(s, t, i, b)))
        i++;
    /* (a label of another word, "Channel", "Type", set apart by a wide gap) */
    /* (the label's unit in brackets: "Subscribers (thousand)   2011   2012") */
    size_t words = i - a;
    if (i > a && i + 2 < b && (t[i].flags & TF_OPEN) && !gap_before(s, t, i)) {
        size_t j = i + 1;
        while (j < b && j < i + 6 && !(t[j].flags & TF_CLOSE))
            j++;
        if (j + 1 < b && (t[j].flags & TF_CLOSE) && gap_before(s, t, j + 1))
            i = j + 1;
    }
    /* (or the unit alone, in brackets or not: "(RMB billion)   2009
     * 2010") */
    if (i == a && (t[a].flags & TF_OPEN)) {
        size_t j = a + 1;
        while (j < b && j < a + 6 && !(t[j].flags & TF_CLOSE))
            j++;
        struct column u = column_of(-1, 0, 0);
        if (j < b && j + 1 < b && gap_before(s, t, j + 1) && unit_alone(s, t, a, j + 1, &u))
            i = j + 1;
    }
    /* (or "Unit: million", the label's unit after its colon, up to a
     * wide gap) */
    if (i == a + 1 && i + 1 < b && t[i].kind == TK_PUNCT && s[t[i].off] == ':' &&
        (word_is(s, &t[a], "unit") || word_is(s, &t[a], "units"))) {
        size_t j = i + 1;
        while (j < b && j < i + 6 && !gap_before(s, t, j + 1 < b ? j + 1 : j) && !is_row_year(&t[j]))
            j++;
        struct column u = column_of(-1, 0, 0);
        if (j < b && unit_alone(s, t, a, j + 1, &u))
            i = j + 1;
    }
    struct column unit_label = column_of(-1, 0, 0);
    bool labelled = i > a, named = labelled && (word_is(s, &t[a], "year") || word_is(s, &t[a], "indicator") ||
                                                word_is(s, &t[a], "item") || unit_alone(s, t, a, i, &unit_label) ||
                                                (words >= 1 && words <= 3 && i < b && gap_before(s, t, i)));
    int k = 0, months = 0;
    while (i < b) {
        /* (the years, then the change between the last two: an amount, a
         * percent, or both) */
        size_t cl;
        bool based = false;
        /* (after one period where the change names what it is from:
         * "Dec 2020   Change vs Mar 2020") */
        int from_y, from_m;
        if (k >= 1 && (cl = change_column_from(s, t, i, b, &chg_pct[0], &based, &from_y, &from_m)) > 0 &&
            (k >= 2 || based)) {
            chg_from[0] = from_y;
            chg_from[1] = from_m;
            *chg = 1;
            i += cl;
            chg_end[0] = column_at(s, t[i - 1].off + t[i - 1].len);
            if (i < b && (cl = change_column(s, t, i, b, &chg_pct[1])) > 0) {
                *chg = 2;
                i += cl;
                chg_end[1] = column_at(s, t[i - 1].off + t[i - 1].len);
            } else if (i < b && (cl = sequential_column(s, t, i, b)) > 0) {
                /* (a column of the change over the quarter before, after
                 * the year's: its cells are read past, none of them given) */
                *chg = 2;
                chg_pct[1] = true;
                i += cl;
                chg_end[1] = SIZE_MAX;
            }
            if (i < b)
                return 0;
            break;
        }
        i += date_lead(s, t, i, b);
        /* "29 May 2013 - 31 Dec 2013": a span of days, of its last (a
         * year's first months, a fund's first period) */
        {
            size_t dash = i;
            /* (past an aside in brackets: "29 May 2013 (inception) - 31 December 2013") */
            while (dash < b && dash < i + 8 && !(t[dash].kind == TK_PUNCT && (s[t[dash].off] == '-' ||
                                                                             (t[dash].len == 3 &&
                                                                              memcmp(s + t[dash].off, "\xE2\x80\x93", 3) == 0))))
                dash++;
            int sy = 0, sm = 0, sd = 0;
            size_t e = dash + 1;
            for (; dash < b && dash > i && e < b && e < dash + 5; e++) {
                if (is_row_year(&t[e]))
                    sy = (int)t[e].value;
                else if (t[e].kind == TK_WORD && scan_month(s + t[e].off, t[e].len) > 0)
                    sm = scan_month(s + t[e].off, t[e].len);
                else if (t[e].kind == TK_NUM && (t[e].flags & TF_SMALLINT) && t[e].value >= 1 && t[e].value <= 31)
                    sd = (int)t[e].value;
                else if (!(t[e].kind == TK_PUNCT && (s[t[e].off] == ',' || s[t[e].off] == '.')))
                    break;
                if (sy)
                    break;
            }
            /* (its first day: "29 May 2013", "May 29, 2013"; one field, no
             * wide gap inside) */
            bool start_date = dash > i + 1 && i + 1 < b &&
                              ((t[i].kind == TK_NUM && !(t[i].flags & TF_YEAR) && t[i].value >= 1 && t[i].value <= 31 &&
                                t[i + 1].kind == TK_WORD && scan_month(s + t[i + 1].off, t[i + 1].len) > 0) ||
                               (t[i].kind == TK_WORD && scan_month(s + t[i].off, t[i].len) > 0 && t[i + 1].kind == TK_NUM &&
                                !(t[i + 1].flags & TF_YEAR) && t[i + 1].value >= 1 && t[i + 1].value <= 31));
            for (size_t g = i + 1; g < e && g < b && start_date; g++)
                start_date = !gap_before(s, t, g);
            if (sy && sm && sd && start_date && k < TABLE_COLS) {
                bool year_end = sm == 12 && sd == 31;
                ys[k] = sy;
                ms[k] = year_end ? 0 : sm;
                ds[k] = year_end ? 0 : sd;
                k++;
                i = e + 1;
                continue;
            }
        }
        /* "(1998.6.30)": a survey's date in brackets, with its day glued */
        bool bracket = (t[i].flags & TF_OPEN) && i + 2 < b && t[i + 1].kind == TK_NUM;
        if (bracket)
            i++;
        int m, y;
        size_t qn = row_quarter(s, t, i, b, &qy, &qm);
        if (qn) { /* "Q1 2017", "2017 Q1" */
            y = qy;
            m = qm;
            i += qn - 1;
        } else {
            y = row_period(s, &t[i], &m);
        }
        if (y && (m == 3 || m == 6 || m == 9 || m == 12) && (qn || t[i].kind == TK_WORD))
            *quarters = true;
        int d = y && m && !qn ? period_dotted_day(s, t, i, b) : 0;
        if (d)
            i += 2;
        if (bracket) {
            if (!y || i + 1 >= b || !(t[i + 1].flags & TF_CLOSE))
                return 0;
            i++;
        }
        /* "2016e", "2016F": a forecast's column (its month -1: no figure
         * of it is a fact) */
        if (!y && t[i].len == 5 && is_digit((unsigned char)s[t[i].off]) && is_digit((unsigned char)s[t[i].off + 3]) &&
            (s[t[i].off + 4] == 'e' || s[t[i].off + 4] == 'E' || s[t[i].off + 4] == 'f' || s[t[i].off + 4] == 'F') &&
            k >= 2) {
            int fy = 0;
            for (size_t q = 0; q < 4 && fy >= 0; q++)
                fy = is_digit((unsigned char)s[t[i].off + q]) ? fy * 10 + (s[t[i].off + q] - '0') : -1;
            if (fy >= 1900 && fy <= 2100 && k < TABLE_COLS) {
                ys[k] = fy;
                ms[k] = -1;
                ds[k] = 0;
                k++;
                i++;
                continue;
            }
        }
        /* "2006-12", "2006/12": a year and its month, joined by a hyphen
         * or a slash */
        if (y && !m && i + 2 < b &&
            ((t[i + 1].flags & TF_HYPHEN) || (t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == '/')) &&
            t[i + 1].off == t[i].off + t[i].len && t[i + 2].kind == TK_NUM && (t[i + 2].flags & TF_SMALLINT) &&
            t[i + 2].value >= 1 && t[i + 2].value <= 12 && t[i + 2].off == t[i + 1].off + 1) {
            m = (int)t[i + 2].value;
            i += 2;
        }
        /* "2006-end": the year's end */
        if (y && !m && i + 2 < b && (t[i + 1].flags & TF_HYPHEN) && t[i + 1].off == t[i].off + t[i].len &&
            word_is(s, &t[i + 2], "end") && t[i + 2].off == t[i + 1].off + 1)
            i += 2;
        /* "31/12/2006", "12/31/2006": a day, its month and its year (the
         * day the one over 12, or the first) */
        if (!y && t[i].kind == TK_SKIP && t[i].len == 10 && s[t[i].off + 2] == '/' && s[t[i].off + 5] == '/') {
            const char *q = s + t[i].off;
            int f[3] = {0, 0, 0};
            bool digits = true;
            for (int fi = 0, at = 0; fi < 3 && digits; fi++) {
                int w = fi == 2 ? 4 : 2;
                for (int c = 0; c < w && digits; c++, at++) {
                    digits = is_digit((unsigned char)q[at]);
                    f[fi] = f[fi] * 10 + (q[at] - '0');
                }
                at++;
            }
            if (digits && f[2] >= 1900 && f[2] <= 2100) {
                int dd = f[0], mm = f[1];
                if (mm > 12 && dd <= 12) {
                    dd = f[1];
                    mm = f[0];
                }
                if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
                    y = f[2];
                    m = mm;
                    d = dd;
                }
            }
        }
        /* "31 Dec 2006": a day, its month and its year */
        if (!y && i + 2 < b && t[i].kind == TK_NUM && (t[i].flags & TF_SMALLINT) && t[i].value >= 1 && t[i].value <= 31 &&
            t[i + 1].kind == TK_WORD && scan_month(s + t[i + 1].off, t[i + 1].len) > 0 && is_row_year(&t[i + 2])) {
            d = (int)t[i].value;
            m = scan_month(s + t[i + 1].off, t[i + 1].len);
            y = (int)t[i + 2].value;
            i += 2;
        }
        /* "End-July", "end July", "End of June 2002": the month's end;
         * "End of 2001": the year's */
        size_t i0 = i;
        if (!y && t[i].kind == TK_WORD && word_is(s, &t[i], "end") && i + 1 < b) {
            size_t j = i + 1;
            if (j < b && t[j].kind == TK_PUNCT && s[t[j].off] == '-')
                j++;
            else if (j < b && word_is(s, &t[j], "of"))
                j++;
            if (j < b && t[j].kind == TK_WORD && scan_month(s + t[j].off, t[j].len) > 0)
                i = j;
            else if (j < b && is_row_year(&t[j])) {
                y = (int)t[j].value;
                m = 0;
                i = j;
            }
        }
        if (!y && t[i].kind == TK_WORD && (m = scan_month(s + t[i].off, t[i].len)) > 0) {
            /* "Dec. 2015", "Jun 2017"; "Dec. 31, 2001" */
            size_t j = i + 1;
            if (j < b && t[j].kind == TK_PUNCT && s[t[j].off] == '.')
                j++;
            if (j + 1 < b && t[j].kind == TK_NUM && (t[j].flags & TF_SMALLINT) && t[j].value >= 1 && t[j].value <= 31) {
                size_t yj = j + 1;
                if (yj < b && t[yj].kind == TK_PUNCT && s[t[yj].off] == ',')
                    yj++;
                if (yj < b && is_row_year(&t[yj])) {
                    d = (int)t[j].value;
                    j = yj;
                }
            }
            if (j < b && is_row_year(&t[j])) {
                y = (int)t[j].value;
                months++;
                i = j;
            } else if (j + 1 < b && (t[j].flags & TF_HYPHEN) && t[j].off == t[i].off + t[i].len &&
                       t[j + 1].kind == TK_NUM && t[j + 1].len == 2 && t[j + 1].numlen == 2 &&
                       t[j + 1].off == t[j].off + 1 && !t[j + 1].unit &&
                       (j + 2 >= b || gap_before(s, t, j + 2) || (t[j + 2].kind == TK_PUNCT && s[t[j + 2].off] == '*'))) {
                /* ("Jun-13", "Feb-14": its year's last two figures, glued) */
                int yy = (int)t[j + 1].value;
                y = yy < 70 ? 2000 + yy : 1900 + yy;
                months++;
                i = j + 1;
            } else if (dy) {
                /* a month alone, of the year the caption (or the document)
                 * names: "End-July   End-August" */
                y = dy;
                months++;
                i = j - 1;
            }
        }
        if (!y)
            i = i0;
        /* (after two periods at least, a last field of another measure,
         * with its own year: "2016 (%)   2018 (%)   Internet users, 2018
         * (million)") */
        if (!y && k >= 2 && i > a && gap_before(s, t, i) && t[i].kind == TK_WORD && (t[i].flags & TF_CAP)) {
            *rest = i;
            break;
        }
        if (!y || k == TABLE_COLS)
            return 0;
        ys[k] = y;
        ms[k] = m;
        ds[k] = d;
        k++;
        i++;
        /* (a note's mark glued to it: "2019*", "2019†") */
        if (i < b && t[i].kind == TK_PUNCT && t[i].off == t[i - 1].off + t[i - 1].len &&
            (s[t[i].off] == '*' || (t[i].len == 3 && memcmp(s + t[i].off, "\xE2\x80\xA0", 3) == 0)) &&
            (i + 1 == b || gap_before(s, t, i + 1)))
            i++;
        /* (a note's mark after it: "2013 (1)") */
        else if (i + 2 < b + 1 && i + 2 <= b && (t[i].flags & TF_OPEN) && i + 2 < b + 1 && t[i + 1].kind == TK_NUM &&
            (t[i + 1].flags & TF_SMALLINT) && t[i + 1].value < 100 && i + 2 < b && (t[i + 2].flags & TF_CLOSE))
            i += 3;
        /* (or its unit, a percent: "2016 (%)   2018 (%)") */
        else if (i + 2 < b && (t[i].flags & TF_OPEN) && t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == '%' &&
                 (t[i + 2].flags & TF_CLOSE))
            i += 3;
    }
    if (labelled && !named && months < 2 && !(k == 1 && *chg))
        return 0;
    return k >= 2 || (k == 1 && *chg) ? k : 0;
}

/* The columns of a header of k years [a, b) whose year has a note's mark
 * glued to it ("2019*") take the month and year a note under the rows
 * gives for that mark, a line that opens with it: "* March 2020."  (Only
 * where each column has one year, so the marks tell their columns.) */
static void note_dates(const char *s, const struct token *t, size_t n, size_t a, size_t b, int k, int *ys, int *ms,
                       int *ds)
{
    int marked[TABLE_COLS], nm = 0, years = 0;
    for (size_t i = a; i < b; i++) {
        if (!is_row_year(&t[i]))
            continue;
        if (i + 1 < b && t[i + 1].kind == TK_PUNCT && t[i + 1].len == 1 && s[t[i + 1].off] == '*' &&
            t[i + 1].off == t[i].off + t[i].len && years < TABLE_COLS)
            marked[nm++] = years;
        years++;
    }
    if (!nm || years != k)
        return;
    /* (the note: a line under the rows, its mark first, a month and a
     * year after it; the first 24 lines down) */
    int lines = 0;
    for (size_t x0 = b, x = b; x0 < n && lines < 24; x0 = line_end(t, n, x0), lines++) {
        /* (past a sentence's end the scanner put before it) */
        for (x = x0; x + 1 < n && t[x].len == 0 && t[x + 1].line == t[x].line;)
            x++;
        if (!(t[x].kind == TK_PUNCT && t[x].len == 1 && s[t[x].off] == '*') || x + 2 >= n ||
            t[x + 1].line != t[x].line || (t[x + 2].kind == TK_PUNCT && s[t[x + 2].off] == '*'))
            continue;
        size_t e = line_end(t, n, x);
        int m = t[x + 1].kind == TK_WORD ? scan_month(s + t[x + 1].off, t[x + 1].len) : 0;
        size_t yi = x + 2;
        if (yi < e && t[yi].kind == TK_PUNCT && s[t[yi].off] == '.')
            yi++;
        if (m > 0 && yi < e && is_row_year(&t[yi]))
            for (int q = 0; q < nm; q++) {
                ys[marked[q]] = (int)t[yi].value;
                ms[marked[q]] = m;
                ds[marked[q]] = 0;
            }
        return;
    }
}

/* The users' indicator a row's label [a, b) of an application names with
 * "user" after it ("Online shopping" in a table of people: "online
 * shopping user"), a level's of people; -1 if none. */
static int users_of_label(const struct rules *r, const struct token *t, size_t a, size_t b)
{
    size_t e = a;
    while (e < b && t[e].kind == TK_WORD)
        e++;
    if (e == a || e - a + 1 > PHRASE_MAX)
        return -1;
    uint32_t user = scan_word_hash("user", 4);
    const struct cue_ref *ra, *rb;
    rules_cues_for(r, t[a].hash, &ra, &rb);
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if (ru->change != CH_NONE || ru->unit != UC_PEOPLE || ph->dir != 0 || (size_t)ph->n != e - a + 1 ||
            ph->h[ph->n - 1] != user)
            continue;
        bool same = true;
        for (size_t i = a; i < e && same; i++)
            same = ph->h[i - a] == t[i].hash;
        if (same)
            return (int)ra->rule;
    }
    return -1;
}

/* The name a row's label [a, b) gives beside the cue of column c, into
 * c's entity: after it and a preposition ("Active user accounts of QQ
 * IM", "Active user accounts, QQ IM"), or all the words before it
 * ("Qzone active accounts"); names are
 * capitalised words, none a common one ("Mobile MAUs" names nobody). */
static bool name_cell_word(const char *s, const struct token *w)
{
    /* (a network's standard names no owner: "GSM subscribers") */
    static const char *const tech[] = {"gsm", "cdma", "wcdma", "cdma2000", "td", "scdma", "lte", "fdd", "tdd",
                                       "adsl", "ftth", "wap", "pc", "ip", "iptv", "wlan", "wifi"};
    return w->kind == TK_WORD && (w->flags & TF_CAP) && !in_list(&not_name, w) &&
           !str_ieq_any(s + w->off, w->len, tech, sizeof tech / sizeof *tech);
}

static void label_name(const char *s, const struct token *t, size_t a, size_t b, struct column *c)
{
    /* (the column's words run from its cue's first to the label's end) */
    /* (or a comma: "Active user accounts, QQ IM") */
    size_t i = c->ha;
    while (i < b && t[i].kind == TK_WORD && !word_is(s, &t[i], "of") && !word_is(s, &t[i], "on") &&
           !word_is(s, &t[i], "for"))
        i++;
    /* (past an abbreviation in brackets: 'Monthly active user accounts
     * ("MAU") of QQ IM') */
    if (i < b && (t[i].flags & TF_OPEN)) {
        size_t q = i + 1;
        while (q < b && q < i + 5 && !(t[q].flags & TF_CLOSE))
            q++;
        if (q + 1 < b && (t[q].flags & TF_CLOSE) && t[q + 1].kind == TK_WORD &&
            (word_is(s, &t[q + 1], "of") || word_is(s, &t[q + 1], "on") || word_is(s, &t[q + 1], "for")))
            i = q + 1;
    }
    if (i > c->ha && i < b &&
        (t[i].kind == TK_WORD || (t[i].kind == TK_PUNCT && (s[t[i].off] == ',' || s[t[i].off] == ':')))) {
        size_t j = ++i;
        /* (two names joined: "Combined MAU of Weixin and WeChat") */
        while (j < b && (name_cell_word(s, &t[j]) ||
                         (j > i && j + 1 < b && (word_is(s, &t[j], "and") || word_is(s, &t[j], "&")) &&
                          (t[j + 1].flags & TF_CAP) && name_cell_word(s, &t[j + 1]))))
            j++;
        if (j > i && (j == b || (t[j].flags & TF_OPEN))) {
            c->ea = i;
            c->eb = j;
            return;
        }
    }
    if (c->ha <= a || c->ha > b)
        return;
    for (size_t j = a; j < c->ha; j++)
        if (!name_cell_word(s, &t[j]))
            return;
    c->ea = a;
    c->eb = c->ha;
}

/* The unit a table's caption gives its figures, on the lines [a, b) above
 * its header: "Table 2 Mobile netizens (unit: 10,000)", "(10,000
 * persons)", "(million)", or a line "Unit: 100 million yuan".  Whether
 * there is one. */
/* The unit of one bracket g to c, where c has none yet: a unit over each
 * column ("(in millions)   (in millions)") is one unit, not its square. */
static void take_unit(struct column *c, const struct column *g)
{
    if (c->mult == 1 && !c->unit && !c->rate) {
        c->mult = g->mult;
        c->unit = g->unit;
        c->rate = g->rate;
    }
}

static bool caption_unit(const char *s, const struct token *t, size_t n, size_t a, size_t b, struct column *c)
{
    *c = column_of(-1, 0, 0);
    for (size_t x = a; x < b; x = line_end(t, n, x)) {
        size_t xb = line_end(t, n, x);
        if (unit_line(s, t, x, xb, c))
            continue;
        for (size_t j = x; j < xb; j++) {
            if (!(t[j].flags & TF_OPEN))
                continue;
            /* (a percent's mark in brackets is its column's, a rate's:
             * "QoQ (%)" over the growth column, not the table's unit) */
            if (percent_mark(s, t, j, xb)) {
                j += 2;
                continue;
            }
            size_t e = j + 1, noun = SIZE_MAX;
            bool said = false; /* "(unit: 10,000 stations)": whatever it counts */
            if (e < xb && (word_is(s, &t[e], "unit") || word_is(s, &t[e], "units"))) {
                e++;
                said = true;
            } else {
                /* (past a part of another matter, "(as at 31 December;
                 * subscribers in millions)", and the noun the scale is of) */
                size_t p = e;
                while (p < xb && !(t[p].flags & (TF_CLOSE | TF_OPEN)) && !(t[p].kind == TK_PUNCT && s[t[p].off] == ';'))
                    p++;
                /* (not past a scale before it: "(in millions; share =
                 * share of the national 3G user base)") */
                /* (but the part before is the unit where it names a scale
                 * or a currency, the one after a rate's: "(RMB trillion;
                 * quarter-on-quarter growth)") */
                bool unit_first = false;
                for (size_t q = e; q < p && !unit_first; q++) {
                    struct column probe = column_of(-1, 0, 0);
                    unit_token(s, &t[q], &probe);
                    unit_first = probe.mult != 1 || (probe.unit && strcmp(probe.unit, "percent") != 0);
                }
                if (p < xb && t[p].kind == TK_PUNCT && s[t[p].off] == ';' && !word_is(s, &t[e], "in") && !unit_first)
                    e = p + 1;
                if (e + 2 < xb && t[e].kind == TK_WORD && !word_is(s, &t[e], "in") && word_is(s, &t[e + 1], "in"))
                    noun = e++;
            }
            if (e + 1 < xb && word_is(s, &t[e], "in")) {
                /* "(in millions, except percentages)", "(in RMB millions)",
                 * "(subscribers in millions unless otherwise stated)": the
                 * scale up to a comma that makes exceptions */
                size_t q = e + 1;
                bool scale = false, ok = true;
                for (; q < xb && ok && !(t[q].flags & TF_CLOSE) &&
                       !(t[q].kind == TK_PUNCT && (s[t[q].off] == ',' || s[t[q].off] == ';')) &&
                       !word_is(s, &t[q], "unless") && !word_is(s, &t[q], "except");
                     q++) {
                    scale = scale || scale_word(s, &t[q]) > 0;
                    ok = scale_word(s, &t[q]) > 0 || word_is(s, &t[q], "RMB") || word_is(s, &t[q], "yuan") ||
                         word_is(s, &t[q], "USD") || word_is(s, &t[q], "US") || (t[q].kind == TK_PUNCT && s[t[q].off] == '$');
                }
                if (ok && scale && q > e + 1) {
                    struct column g = column_of(-1, 0, 0);
                    for (size_t u = e + 1; u < q; u++)
                        unit_token(s, &t[u], &g);
                    /* (the noun a currency's: "(RMB in billions)") */
                    if (noun != SIZE_MAX)
                        unit_token(s, &t[noun], &g);
                    take_unit(c, &g);
                    while (q < xb && !(t[q].flags & TF_CLOSE))
                        q++;
                    j = q;
                    continue;
                }
            }
            /* (only units and scales inside: not "(MAUs)", not "(2010)") */
            bool units = e < xb && !(t[e].flags & TF_CLOSE) && !(t[e].flags & TF_OPEN);
            size_t k = e;
            struct column g = column_of(-1, 0, 0); /* what the words have given so far */
            for (; k < xb && !(t[k].flags & TF_CLOSE) && !(t[k].kind == TK_PUNCT && s[t[k].off] == ';') && units; k++) {
                /* (a restatement after a comma or a slash is the same unit
                 * again, whatever its words: "(unit: 100 million yuan,
                 * 亿元)") */
                if ((g.mult != 1 || g.unit) && t[k].kind == TK_PUNCT && (s[t[k].off] == ',' || s[t[k].off] == '/')) {
                    while (k < xb && !(t[k].flags & TF_CLOSE))
                        k++;
                    break;
                }
                units = (t[k].kind == TK_NUM && !(t[k].flags & TF_YEAR)) || t[k].kind == TK_PUNCT ||
                        (said && t[k].kind == TK_WORD) ||
                        scale_word(s, &t[k]) > 0 || word_is(s, &t[k], "yuan") ||
                        word_is(s, &t[k], "RMB") || word_is(s, &t[k], "USD") || word_is(s, &t[k], "dollars") ||
                        word_is(s, &t[k], "persons") || word_is(s, &t[k], "people") || word_is(s, &t[k], "households") ||
                        word_is(s, &t[k], "subscribers") || word_is(s, &t[k], "users") || word_is(s, &t[k], "accounts") ||
                        /* ("(millions, year-end)", "(end of month, million)") */
                        word_is(s, &t[k], "year") || word_is(s, &t[k], "end") || word_is(s, &t[k], "of") ||
                        word_is(s, &t[k], "month") || word_is(s, &t[k], "quarter") || word_is(s, &t[k], "period");
                unit_token(s, &t[k], &g);
            }
            if (!units || k >= xb)
                continue;
            take_unit(c, &g);
            j = k;
        }
    }
    return c->mult != 1 || c->unit || c->rate;
}

/* Is token x outside brackets, *depth being how deep the tokens before
 * it stand?  A bracket itself is not; *depth follows it. */
static bool outside_brackets(const struct token *x, int *depth)
{
    if (x->flags & TF_OPEN)
        ++*depth;
    else if (x->flags & TF_CLOSE)
        *depth -= *depth > 0;
    else
        return *depth == 0;
    return false;
}

/* A word a part's label may have besides its kind: "of which: 3G",
 * "of which under .CN", "3G net additions in November". */
static bool part_word(const char *s, const struct token *w)
{
    static const char *const words[] = {"of", "which", "under", "in", "by", "via", "on", "the", "net", "new",
                                        "additions", "addition", "added", "increase", "growth", "change"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (word_is(s, w, words[k]))
            return true;
    return scan_month(s + w->off, w->len) > 0;
}

/* Is the row [a, b) a part of the row whose label opens at pa: marked so
 * ("of which: 3G", "including ...", "- 3G") or indented under it; not a
 * row beside it ("Computers (10,000)" under "Internet users (10,000
 * persons)" is no users' part)? */
static bool part_row(const char *s, const struct token *t, size_t a, size_t b, size_t pa)
{
    if (a >= b)
        return false;
    if (word_is(s, &t[a], "of") || word_is(s, &t[a], "including") || word_is(s, &t[a], "incl") ||
        word_is(s, &t[a], "among") || (t[a].kind == TK_PUNCT && (s[t[a].off] == '-' || s[t[a].off] == '*')))
        return true;
    /* (or words that say what of it: "3G net additions", "... in November") */
    int depth = 0;
    for (size_t i = a; i < b; i++)
        if (outside_brackets(&t[i], &depth) && t[i].kind == TK_WORD && part_word(s, &t[i]))
            return true;
    return column_at(s, t[a].off) > column_at(s, t[pa].off);
}

/* (see engine.h) */
int part_of(const struct rules *r, const char *s, const struct token *t, size_t a, size_t b, size_t pa,
            size_t pb, int *cue)
{
    uint32_t last[4];
    int nl = 0;
    for (size_t i = pb; i-- > pa && nl < 4;) {
        if (t[i].flags & (TF_OPEN | TF_CLOSE))
            nl = 0; /* (not its brackets: from the last word before them) */
        else if (t[i].kind == TK_WORD)
            last[nl++] = t[i].hash;
    }
    /* (a part's label is one word, the kind: "of which: 3G"; not "Mobile
     * ARPU (RMB per month)" under "Fixed-line subscribers") */
    int words = 0, depth = 0;
    for (size_t i = a; i < b; i++)
        if (outside_brackets(&t[i], &depth) && t[i].kind != TK_PUNCT && !part_word(s, &t[i]))
            words++; /* (a word, or a figure glued to one: "3G") */
    if (words != 1)
        return -1;
    for (size_t i = a; nl && i < b; i++) {
        if (t[i].kind != TK_WORD || word_is(s, &t[i], "of") || word_is(s, &t[i], "which"))
            continue;
        const struct cue_ref *ra, *rb;
        rules_cues_for(r, t[i].hash, &ra, &rb);
        for (; ra < rb; ra++) {
            const struct phrase *ph = &r->v[ra->rule].cue.v[ra->cue];
            if (ph->n < 2 || (int)ph->n - 1 > nl || ph->h[0] != t[i].hash || ph->dir != 0 ||
                r->v[ra->rule].change != CH_NONE || r->v[ra->rule].context.n)
                continue;
            bool same = true;
            for (int q = 1; q < (int)ph->n && same; q++)
                same = ph->h[q] == last[ph->n - 1 - q];
            if (same) {
                if (cue)
                    *cue = (int)ra->cue;
                return (int)ra->rule;
            }
        }
    }
    return -1;
}

/* Is token i, before the row's end rb, an empty cell: a dash alone? */
static bool empty_cell(const char *s, const struct token *t, size_t i, size_t rb)
{
    const struct token *x = &t[i];
    if (x->kind != TK_PUNCT || !((x->len == 1 && s[x->off] == '-') || (x->len == 2 && memcmp(s + x->off, "--", 2) == 0) ||
                                 (x->len == 3 && (unsigned char)s[x->off] == 0xE2 && (unsigned char)s[x->off + 1] == 0x80 &&
                                  ((unsigned char)s[x->off + 2] == 0x93 || (unsigned char)s[x->off + 2] == 0x94))))
        return false;
    /* (not a sign: "-61") */
    return i + 1 >= rb || t[i + 1].off > x->off + x->len;
}

/* The tokens of a cell not given at i, before rb, between wide gaps or
 * the row's end: "n.a.", "n/a", ".."; 0 if none. */
static size_t na_cell(const char *s, const struct token *t, size_t i, size_t rb)
{
    if (i == 0 || !gap_before(s, t, i))
        return 0;
    size_t j = i + 1;
    while (j < rb && !gap_before(s, t, j) && t[j].off == t[j - 1].off + t[j - 1].len)
        j++;
    if (j < rb && !gap_before(s, t, j))
        return 0;
    return scan_na_cell(s + t[i].off, t[j - 1].off + t[j - 1].len - t[i].off) ? j - i : 0;
}

/* The tokens of a cell not given that ends at e (after ra, before rb):
 * "-", "--", "n/a", "n.a."; 0 if none.  (For rows read right to left.) */
static size_t blank_cell_ending(const char *s, const struct token *t, size_t e, size_t ra, size_t rb)
{
    if (e <= ra)
        return 0;
    size_t i = e - 1;
    while (i > ra && t[i - 1].off + t[i - 1].len == t[i].off && !gap_before(s, t, i))
        i--;
    /* ("--": two dashes, glued) */
    if (e - i == 2 && t[i].kind == TK_PUNCT && t[i + 1].kind == TK_PUNCT && t[i].len == 1 && t[i + 1].len == 1 &&
        s[t[i].off] == '-' && s[t[i + 1].off] == '-' && gap_before(s, t, i))
        return 2;
    if (empty_cell(s, t, e - 1, rb))
        return 1;
    return na_cell(s, t, i, rb) == e - i ? e - i : 0;
}

/* The block before a table's, a caption of its own ("Table 1 ..., end of
 * August 2014", "Unit: 10,000 users"), read once, when a reader first
 * asks for it. */
struct caption {
    const struct block *b; /* NULL: none */
    struct tokens t;
    bool read;
    /* the one before it, where b is a paragraph of prose between a
     * caption and its rows ("Page 5 | GMV of Alibaba ... (in billion
     * yuan)" / "Description: ..." / "2009: 0.52"); NULL: none */
    const struct block *b2;
};

static const struct tokens *caption_tokens(struct caption *c)
{
    if (!c->b || !c->b->len)
        return NULL;
    if (!c->read) {
        scan_block(c->b, &c->t);
        c->read = true;
    }
    return &c->t;
}

/* The unit the caption's block gives, into col; whether it gives one. */
static bool caption_block_unit(struct caption *c, struct column *col)
{
    const struct tokens *ct = caption_tokens(c);
    return ct && caption_unit(c->b->text, ct->v, ct->n, 0, ct->n, col);
}

/* The year a table's months are of: the latest its caption names, on the
 * lines [a, b) above its header or on the line before its block; else
 * the document's (year). */
static int caption_year(const struct token *t, size_t a, size_t b, struct caption *caption, int year)
{
    int y = 0;
    for (size_t i = a; i < b; i++)
        if (is_row_year(&t[i]) && (int)t[i].value > y)
            y = (int)t[i].value;
    const struct tokens *ct = !y && a == 0 ? caption_tokens(caption) : NULL;
    for (size_t i = 0; ct && i < ct->n; i++)
        if (is_row_year(&ct->v[i]) && (int)ct->v[i].value > y)
            y = (int)ct->v[i].value;
    return y ? y : year;
}

/* Does the line end at i, or after a month's day without its year
 * ("December 31,")? */
static bool ends_in_day(const char *s, const struct token *t, size_t i, size_t b)
{
    long line = t[i - 1].line;
    for (; i < b && t[i].line == line; i++)
        if (!(t[i].kind == TK_PUNCT || (t[i].kind == TK_WORD && scan_month(s + t[i].off, t[i].len)) ||
              (t[i].kind == TK_NUM && (t[i].flags & TF_SMALLINT) && !(t[i].flags & TF_YEAR) && t[i].value <= 31)))
            return false;
    return true;
}

/* Do the header's lines [a, b) say its columns are quarters: "Three
 * months ended", "Quarter ended" over them (at a line's end: not a
 * title's "results for the quarter ended 30 June 2008")? */
static bool quarter_span(const char *s, const struct token *t, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++)
        if ((word_is(s, &t[i], "ended") || word_is(s, &t[i], "ending")) && ends_in_day(s, t, i + 1, b)) {
            const struct token *u = &t[i - 1];
            if (word_is(s, u, "quarter") || word_is(s, u, "quarters") ||
                (word_is(s, u, "months") && i >= a + 2 && word_is(s, &t[i - 2], "three")))
                return true;
        }
    return false;
}

/* Could the figure x be a unit ("10,000", "100 million yuan"): a power of
 * ten, no year, no rate? */
static bool unit_figure(const struct token *x)
{
    return x->kind == TK_NUM && power_of_ten(x->value) && !(x->flags & (TF_YEAR | TF_GLUED)) &&
           !(x->unit && strcmp(x->unit, "percent") == 0);
}

/* Is the figure at i, in a row ending at rb, a cell of units: a power of
 * ten with its unit's word after it ("10,000 users") or a currency in it
 * ("100 million yuan")? */
static bool unit_cell_at(const char *s, const struct token *t, size_t i, size_t rb)
{
    return unit_figure(&t[i]) && (t[i].unit || (i + 1 < rb && t[i + 1].kind == TK_WORD && !gap_before(s, t, i + 1)));
}

/* A caption's tokens: the lines [a, b) above a table's header in its own
 * block. */
struct cap_view {
    const char *s;
    const struct token *t;
    size_t n, a, b;
};

/* The caption on the lines [ca, cb) of the block, or else, with none there
 * and the header first in its block, the block before; false if none. */
static bool caption_view(const char *s, const struct token *t, size_t n, size_t ca, size_t cb,
                         struct caption *caption, struct cap_view *v)
{
    *v = (struct cap_view){s, t, n, ca, cb};
    if (ca != cb)
        return true;
    const struct tokens *ctk = ca == 0 ? caption_tokens(caption) : NULL;
    if (!ctk)
        return false;
    *v = (struct cap_view){caption->b->text, ctk->v, ctk->n, 0, ctk->n};
    return true;
}

/* How many tokens the longest cue of rule ri covers from i (below b). */
static size_t cue_length(const struct rules *r, const struct token *t, size_t n, size_t i, size_t b, int ri)
{
    size_t len = 0;
    const struct phrases *cs = &r->v[ri].cue;
    for (size_t c = 0; c < cs->n; c++) {
        size_t e = cs->v[c].h[0] == t[i].hash ? match_fwd(t, n, i, &cs->v[c], b) : 0;
        if (e > i + len)
            len = e - i;
    }
    return len;
}

/* The first indicator (a level's) the caption names ("Table 3-1  Online
 * payments processed by ..."), of unit class cls (-1: any), with a cue
 * of min_tokens tokens or more; its column in *c; -1 if none. */
static int caption_names(const struct rules *r, const struct cap_view *v, int cls, size_t min_tokens,
                         struct column *c)
{
    for (size_t x = v->a; x < v->b; x = line_end(v->t, v->n, x)) {
        /* (the first on the line, or a longer of its kind, wherever it
         * starts: "Transaction volume of China's third-party online payment
         * market" counts the payments, though a shorter cue's column runs
         * into it; "Market shares of third-party mobile payment providers"
         * the shares) */
        size_t e = line_end(v->t, v->n, x);
        struct column best = column_of(-1, 0, 0);
        size_t best_len = 0;
        for (size_t y = x; y < e; y++) {
            if (v->t[y].kind != TK_WORD)
                continue;
            struct column col[TABLE_COLS];
            int k = header_columns_of(r, v->s, v->t, v->n, y, e, col, false, cls);
            for (int i = 0; i < k; i++) {
                const struct rule *ru = &r->v[col[i].rule];
                size_t len = cue_length(r, v->t, v->n, col[i].ha, e, col[i].rule);
                if (ru->change == CH_NONE && (cls < 0 || (int)ru->unit == cls) && col[i].hb >= col[i].ha + min_tokens &&
                    (best.rule < 0 || (len > best_len && ru->unit == r->v[best.rule].unit))) {
                    best = col[i];
                    best_len = len;
                }
            }
        }
        if (best.rule >= 0) {
            *c = best;
            return best.rule;
        }
    }
    return -1;
}

/* A column named for a count or people whose unit is money ("Transaction
 * scale (trillion yuan)") counts the money its caption names ("China
 * Third-party Mobile Payment Transaction Scale"): that indicator, or -1. */
static int money_of_caption(const struct rules *r, const struct token *t, const struct column *c,
                            const struct cap_view *v)
{
    struct column cc = column_of(-1, 0, 0);
    /* (and a column of money named by one word that is its cue, "GMV",
     * under a caption that names its market: "China Third-party Mobile
     * Payment GMV") */
    if (c->rule >= 0 && r->v[c->rule].change == CH_NONE && r->v[c->rule].unit == UC_MONEY &&
        (c->hb == c->ha + 1 || (t[c->ha + 1].flags & TF_OPEN))) {
        const struct cue_ref *ra, *rb;
        rules_cues_for(r, t[c->ha].hash, &ra, &rb);
        bool own = false;
        for (; ra < rb && !own; ra++)
            own = (int)ra->rule == c->rule && r->v[ra->rule].cue.v[ra->cue].n == 1;
        int cr = own ? caption_names(r, v, UC_MONEY, 2, &cc) : -1;
        return cr != c->rule ? cr : -1;
    }
    if (c->rule < 0 || r->v[c->rule].change != CH_NONE || r->v[c->rule].unit == UC_MONEY || !c->unit ||
        strcmp(c->unit, "percent") == 0 || strcmp(c->unit, "other") == 0)
        return -1;
    return caption_names(r, v, UC_MONEY, 2, &cc);
}

/* Does the word at t name only a measure, no indicator: "Amount",
 * "Value", "Size", "Sum"? */
static bool measure_noun(const char *s, const struct token *t)
{
    static const char *const w[] = {"amount", "value", "size", "sum"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (word_is(s, t, w[i]))
            return true;
    return false;
}

/* Is the word at t a sub-field's measure of no people: "Units",
 * "Share", "Amount", "%"? */
static bool measure_field(const char *s, const struct token *t)
{
    static const char *const w[] = {"units", "shares", "share", "proportion", "percentage", "ratio", "%"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (word_is(s, t, w[i]))
            return true;
    return measure_noun(s, t);
}

/* Is the line [a, b) a header's second line of sub-fields, each a word
 * or two parted by wide gaps, some of them measures: "Units   Share
 * Units   Share"? */
static bool sub_fields_line(const char *s, const struct token *t, size_t a, size_t b)
{
    int fields = 0, measures = 0;
    for (size_t i = a; i < b;) {
        size_t j = field_end(s, t, i, b);
        if (j - i > 3)
            return false;
        fields++;
        measures += j == i + 1 && measure_field(s, &t[i]);
        i = j;
    }
    return fields >= 2 && measures * 2 >= fields;
}

/* Does a word of the caption's tokens [a, b) hash to h? */
static bool caption_word(const struct cap_view *v, size_t a, size_t b, uint32_t h)
{
    for (size_t i = a; i < b; i++)
        if (v->t[i].kind == TK_WORD && v->t[i].hash == h)
            return true;
    return false;
}

/* A row of a table whose label names no indicator, under a caption that
 * names one: "Mobile" under "Third-party payment transaction volume" is
 * the indicator whose cue is the label's words and then a word of the
 * caption ("mobile payment"); "Total" is the caption's own.  The caption
 * is on the lines [ca, cb) above the header, or else the block before.
 * The rule, its column in *c; -1 if none. */
static int row_of_caption(const struct rules *r, const char *s, const struct token *t, size_t n, size_t ca,
                          size_t cb, struct caption *caption, size_t la, size_t lb, struct column *c)
{
    struct cap_view v;
    if (!caption_view(s, t, n, ca, cb, caption, &v))
        return -1;
    /* the caption's indicator: the first it names */
    int cr = caption_names(r, &v, -1, 1, c);
    /* (lines above the header that name nothing, "Three months ended",
     * leave it to the block before: "GMV ON CHINA RETAIL MARKETPLACES") */
    struct cap_view vb;
    if (cr < 0 && ca == 0 && ca != cb && caption_view(s, t, n, 0, 0, caption, &vb)) {
        cr = caption_names(r, &vb, -1, 1, c);
        if (cr >= 0)
            v = vb;
    }
    if (cr >= 0 && (word_is(s, &t[la], "total") || word_is(s, &t[la], "all")))
        return cr;
    /* (a part's label: "of which: 3G" under "Mobile phone", in a caption's
     * table of users) */
    while (la < lb && (word_is(s, &t[la], "of") || word_is(s, &t[la], "which") ||
                       (t[la].kind == TK_PUNCT && s[t[la].off] == ':')))
        la++;
    size_t nl = 0; /* the label's words, up to a bracket */
    while (la + nl < lb && nl < 3 && t[la + nl].kind == TK_WORD && !(t[la + nl].flags & (TF_OPEN | TF_CLOSE)))
        nl++;
    if (!nl)
        return -1;
    const struct cue_ref *ra, *rb;
    rules_cues_for(r, t[la].hash, &ra, &rb);
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if (ru->change != CH_NONE || (cr >= 0 && ru->unit != r->v[cr].unit) || (size_t)ph->n != nl + 1 ||
            ru->context.n || ru->require.n)
            continue;
        bool ok = true;
        for (size_t i = 0; i < nl && ok; i++)
            ok = ph->h[i] == t[la + i].hash;
        if (ok && caption_word(&v, v.a, v.b, ph->h[nl])) {
            *c = column_of((int)ra->rule, la, la + nl);
            return (int)ra->rule;
        }
    }
    /* ... or the caption's words, then the label's first: "Platforms in
     * operation" under "P2P lending in China" ("p2p lending platform") */
    rules_cues_ending(r, t[la].hash, &ra, &rb);
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if (ru->change != CH_NONE || ph->n < 2 || ph->h[ph->n - 1] != t[la].hash || ru->context.n || ru->require.n)
            continue;
        bool all = true;
        for (int w = 0; w + 1 < ph->n && all; w++)
            all = caption_word(&v, v.a, v.b, ph->h[w]);
        if (all) {
            *c = column_of((int)ra->rule, la, la + 1);
            return (int)ra->rule;
        }
    }
    return -1;
}

/* The tables whose columns are periods: a header of years, then rows of a
 * label that names what they count, and one figure per year:
 *
 *     Year                  2012      2013
 *     Netizens (10,000)     56,400    61,758
 *     Penetration rate      42.1%     45.8%
 *
 * A label without its unit takes the caption's ("Table 2 Mobile netizens
 * (unit: 10,000)" over "2009.12  2010.6  2010.12"). */
/* Does [a, b), a caption, say its figures count people: "users",
 * "people", "persons", "netizens"? */
static bool people_words(const char *s, const struct token *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (word_is(s, &t[i], "users") || word_is(s, &t[i], "user") || word_is(s, &t[i], "people") ||
            word_is(s, &t[i], "persons") || word_is(s, &t[i], "netizens"))
            return true;
    return false;
}

/* Does the rule count the country's figure when nobody is named (its
 * entity China, fixed or by default)? */
static bool national_of(const struct rule *ru)
{
    return (ru->entity == EK_FIXED && ru->entity_text && strcmp(ru->entity_text, "China") == 0) ||
           (ru->fallback && strcmp(ru->fallback, "China") == 0);
}

/* Is the word that ends at column e of the header [a, b) a bare
 * "Growth", with no "rate" or "(%)" after it? */
static bool bare_growth(const char *s, const struct token *t, size_t a, size_t b, size_t e)
{
    for (size_t i = a; i < b; i++)
        if (column_at(s, t[i].off + t[i].len) == e)
            return word_is(s, &t[i], "growth") && (i == a || gap_before(s, t, i));
    return false;
}

/* Does the line at b end the names of a header's chg changes, whose
 * names end at the columns chg_end: "rate" under "Growth", "(%)" under
 * "Change"?  Its end, or b; whether a percent's word stands under each
 * into pct. */
static size_t change_names_below(const char *s, const struct token *t, size_t n, size_t b, int chg,
                                 const size_t *chg_end, bool *pct)
{
    if (b >= n)
        return b;
    size_t ub = line_end(t, n, b);
    bool seen[2] = {false, false};
    for (size_t i = b; i < ub; i++) {
        bool mark = t[i].kind == TK_PUNCT && (s[t[i].off] == '%' || (t[i].flags & (TF_OPEN | TF_CLOSE)));
        if (!mark && !word_is(s, &t[i], "rate") && !word_is(s, &t[i], "pct") && !word_is(s, &t[i], "growth") &&
            !word_is(s, &t[i], "change"))
            return b;
        size_t e = column_at(s, t[i].off + t[i].len);
        int c = 0;
        size_t best = SIZE_MAX;
        for (int q = 0; q < chg; q++) {
            if (chg_end[q] == SIZE_MAX)
                continue;
            size_t d = e > chg_end[q] ? e - chg_end[q] : chg_end[q] - e;
            if (d < best) {
                best = d;
                c = q;
            }
        }
        if (best > 8)
            return b;
        if (word_is(s, &t[i], "rate") || word_is(s, &t[i], "pct") || (t[i].kind == TK_PUNCT && s[t[i].off] == '%'))
            seen[c] = true;
    }
    pct[0] = seen[0];
    pct[1] = seen[1];
    return ub;
}

/* Is the line [a, b) a rule of dashes, "=" or "_" (empty: none)? */
static bool dash_rule(const char *s, const struct token *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!(t[i].kind == TK_PUNCT && (s[t[i].off] == '-' || s[t[i].off] == '=' || s[t[i].off] == '_')))
            return false;
    return true;
}

static size_t by_year_columns(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                              void *ctx, bool *in_table, struct caption *caption, int year)
{
    size_t cells = 0;
    size_t after = 0; /* where the lines above the next header start */
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        int ys[TABLE_COLS], ms[TABLE_COLS], ds[TABLE_COLS];
        int chg;
        bool chg_pct[2] = {false, false};
        size_t chg_end[2] = {0, 0};
        bool quarters = false;
        /* (the caption's year only for a header that names a month: it
         * scans the caption) */
        int dy = 0;
        for (size_t i = a; i < b && !dy; i++)
            if (t[i].kind == TK_WORD && (t[i].flags & TF_CAP) && scan_month(s + t[i].off, t[i].len))
                dy = caption_year(t, after, a, caption, year);
        /* (not a header another reader took) */
        size_t others = b;
        int chg_from[2];
        int k = in_table[a] ? 0
                            : years_header(s, t, a, b, ys, ms, ds, &chg, chg_pct, chg_end, chg_from, &quarters, dy, &others);
        if (!k) {
            a = b;
            continue;
        }
        /* (the fields of other measures after the periods, each its own
         * indicator, unit and year) */
        struct column xcol[4];
        int xy[4], nx = 0;
        for (size_t i = others; i < b && nx >= 0;) {
            size_t j = field_end(s, t, i, b);
            struct column one[TABLE_COLS];
            if (nx == 4 || header_columns(r, s, t, n, i, j, one, true) != 1 ||
                r->v[one[0].rule].change != CH_NONE) {
                nx = -1;
                break;
            }
            xcol[nx] = one[0];
            xy[nx] = 0;
            for (size_t q = i; q < j; q++)
                if (is_row_year(&t[q]))
                    xy[nx] = (int)t[q].value;
            for (size_t q = i; q < j; q++)
                if (t[q].flags & TF_OPEN)
                    header_unit(s, t, q, j, &xcol[nx]);
            nx++;
            i = j;
        }
        if (nx < 0 || (nx > 0 && chg)) {
            a = b;
            continue;
        }
        /* (years under "Three months ended December 31,": each year's
         * quarter to that month) */
        if (quarter_span(s, t, after, a)) {
            int qm = 0;
            for (size_t i = after; i < a && !qm; i++)
                qm = t[i].kind == TK_WORD ? scan_month(s + t[i].off, t[i].len) : 0;
            for (int c = 0; c < k && qm; c++)
                if (!ms[c] && !ds[c] && ys[c]) {
                    ms[c] = qm;
                    quarters = true;
                }
        }
        /* (a column's year marked for a note, "2019*", that the note
         * under the rows dates otherwise: "* March 2020.") */
        note_dates(s, t, n, a, b, k, ys, ms, ds);
        bool forecast[TABLE_COLS] = {false};
        for (int c = 0; c < k; c++)
            if (ms[c] < 0) {
                forecast[c] = true;
                ms[c] = 0;
            }
        struct column cap = column_of(-1, 0, 0);
        bool has_cap = caption_unit(s, t, n, after, a, &cap);
        /* (or a caption of one line of its own above the table: "4. Main
         * indicators by month (unit: 10,000 subscribers)") */
        /* (past a rule of dashes above the header) */
        bool top = after == 0;
        for (size_t i = 0; i < a && top; i++)
            top = t[i].kind == TK_PUNCT;
        if (!has_cap && top)
            has_cap = caption_block_unit(caption, &cap);
        /* (whether the caption says its figures count people) */
        const struct tokens *cbt = top ? caption_tokens(caption) : NULL;
        bool cap_people = people_words(s, t, after, a) || (cbt && people_words(caption->b->text, cbt->v, 0, cbt->n));
        /* (or a note under the rows: "Figures in millions unless stated.") */
        if (!has_cap)
            has_cap = unit_below(s, t, n, b, &cap, false);
        /* (or a percent's after each period: "Province   2016 (%)   2018 (%)") */
        if (!has_cap) {
            int pcts = 0;
            for (size_t i = a; i + 2 < b; i++)
                pcts += (t[i].flags & TF_OPEN) && t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == '%' &&
                        (t[i + 2].flags & TF_CLOSE) && i > a && is_row_year(&t[i - 1]);
            if (pcts == k) {
                cap = (struct column){.rule = -1, .mult = 1, .unit = "percent"};
                has_cap = true;
            }
        }
        /* (or the unit in brackets after the header's label: "Subscribers
         * (thousand)   2011   2012") */
        for (size_t i = a + 1; !has_cap && i < b && i < a + 5 && t[i].kind != TK_NUM; i++)
            if ((t[i].flags & TF_OPEN) && t[i - 1].kind == TK_WORD) {
                cap = column_of(-1, 0, 0);
                header_unit(s, t, i, b, &cap);
                has_cap = cap.mult != 1 || cap.unit;
            }
        /* (or the header's label is its unit: "(RMB billion)   2009
         * 2010", "US$ million   2019   2020") */
        if (!has_cap) {
            size_t e = a;
            while (e < b && !is_row_year(&t[e]) && !gap_before(s, t, e + 1 < b ? e + 1 : e))
                e++;
            has_cap = e < b && unit_alone(s, t, a, e + 1, &cap);
        }
        size_t ra = b;
        /* (the ends of the changes' names wrapped under them: "Growth
         * Growth" over "rate") */
        bool rate_below[2] = {false, false};
        if (chg) {
            size_t ub = change_names_below(s, t, n, b, chg, chg_end, rate_below);
            for (size_t i = b; i < ub; i++)
                in_table[i] = true;
            ra = ub > b ? ub : ra;
            for (int q = 0; q < chg; q++)
                chg_pct[q] = chg_pct[q] || rate_below[q];
        }
        /* (of two changes, a bare "Growth" before "Growth rate" or
         * "Growth (%)" is an amount's) */
        if (chg == 2 && chg_pct[0] && !rate_below[0] && chg_end[1] != SIZE_MAX &&
            bare_growth(s, t, a, b, chg_end[0]) &&
            (rate_below[1] || (chg_pct[1] && !bare_growth(s, t, a, b, chg_end[1]))))
            chg_pct[0] = false;
        /* (or on a line of its own under the header, in brackets: "(RMB in
         * billions, except percentages)") */
        if (b < n && (t[b].flags & TF_OPEN)) {
            size_t ub = line_end(t, n, b);
            struct column u = column_of(-1, 0, 0);
            /* (past the ends of the changes' names wrapped after the units:
             * "(million)   (million) change   change") */
            size_t uc = ub;
            while (uc > b + 1 && t[uc - 1].kind == TK_WORD && is_lower((unsigned char)s[t[uc - 1].off]))
                uc--;
            if ((t[uc - 1].flags & TF_CLOSE) && caption_unit(s, t, n, b, uc, &u) && (u.mult != 1 || u.unit)) {
                if (!has_cap) {
                    cap = u;
                    has_cap = true;
                }
                for (size_t i = b; i < ub; i++)
                    in_table[i] = true;
                ra = ub;
            }
        }
        bool any = false;
        /* (one change's column whose header says it is a percent:
         * "Growth (%)", "YoY") */
        bool head_pct = rate_below[0];
        for (size_t i = a; i < b && !head_pct; i++)
            head_pct = word_is(s, &t[i], "growth") || word_is(s, &t[i], "yoy") ||
                       (t[i].kind == TK_PUNCT && s[t[i].off] == '%');
        /* (columns of quarters' months, "Mar 2017  Dec 2017  Mar 2018":
         * December's is the quarter's, as the others are; of half years,
         * "Dec 2008  Jun 2009", the year's) */
        /* (not for one odd month in a long series of half years, the
         * first survey's: "1997.10  1998.6  1998.12  1999.6 ...") */
        int odd = 0;
        for (int c = 0; c < k; c++)
            odd += ms[c] >= 1 && ms[c] <= 11 && ms[c] != 6;
        bool sub_year = quarters || odd >= 2 || (odd == 1 && k < 4);
        /* (the changes are of the latest column: "2013   2012   Growth") */
        int late = 0;
        for (int c = 1; c < k; c++)
            if (!forecast[c] && ys[c] * 13 + ms[c] > ys[late] * 13 + ms[late])
                late = c;
        /* (a header that names a column of units: "Indicator   Unit   2013   2012") */
        bool unit_col = false;
        for (size_t i = a; i < b && !unit_col && t[i].kind == TK_WORD; i++)
            unit_col = word_is(s, &t[i], "unit") || word_is(s, &t[i], "units");
        size_t pla = 0, plb = 0; /* the label of the row before */
        size_t label_a = SIZE_MAX; /* the line a label broken over two lines starts on */
        size_t sec_a = 0, sec_b = 0; /* the label of the section the rows are under, if any */
        struct column sec_unit = column_of(-1, 0, 0); /* ... and the unit it gives them */
        int prev_level = -1;      /* the level the row before counts, or -1 */
        struct column prev_col = column_of(-1, 0, 0);
        /* (the last row a cue named, and its indent: the parent of the
         * named rows indented under it) */
        struct column parent_col = column_of(-1, 0, 0);
        size_t parent_ind = 0;
        int prev_count = -1; /* the last level above that is no rate, or -1 */
        /* the rows a measure's word names ("Volume", "Amount"), or a word
         * that opens a level's label ("Mobile payments"), and their rules,
         * for the rows of their changes below ("Volume growth (%)",
         * "Mobile, growth y-o-y (%)") */
        uint32_t mword[16];
        int mrule[16], nmeasure = 0;
        struct column prev_count_col = prev_col;
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            /* (a rule of dashes between the header and the rows, or after them) */
            if (dash_rule(s, t, ra, rb)) {
                for (size_t i = ra; i < rb; i++)
                    in_table[i] = true;
                ra = rb;
                continue;
            }
            /* (a header of periods again, the table's second half wrapped
             * under its first: "Survey date   2001.12  2002.6 ..." under
             * the rows of "Survey date   1997.10  1998.6 ...") */
            if (!chg && rb - ra >= (size_t)k + 1 && t[ra].kind == TK_WORD) {
                int ys2[TABLE_COLS], ms2[TABLE_COLS], ds2[TABLE_COLS], chg2 = 0, from2[2];
                bool pct2[2] = {false, false}, q2 = false;
                size_t end2[2] = {0, 0}, others2 = rb;
                int k2 = years_header(s, t, ra, rb, ys2, ms2, ds2, &chg2, pct2, end2, from2, &q2, dy, &others2);
                if (k2 == k && !chg2 && others2 == rb) {
                    for (int c = 0; c < k; c++) {
                        ys[c] = ys2[c];
                        ms[c] = ms2[c];
                        ds[c] = ds2[c];
                        forecast[c] = ms[c] < 0;
                        if (forecast[c])
                            ms[c] = 0;
                    }
                    late = 0;
                    for (int c = 1; c < k; c++)
                        if (!forecast[c] && ys[c] * 13 + ms[c] > ys[late] * 13 + ms[late])
                            late = c;
                    for (size_t i = ra; i < rb; i++)
                        in_table[i] = true;
                    ra = rb;
                    continue;
                }
            }
            /* the label, then a cell for each year and change: a figure
             * (a change's with its sign, "+228", "-61"), or an empty "-" */
            size_t cell[TABLE_COLS + 2];
            int sg[TABLE_COLS + 2], nc = 0;
            size_t f = rb, blank;
            while (f > ra && nc < TABLE_COLS + 2) {
                const struct token *x = &t[f - 1];
                if (x->kind == TK_NUM && !(x->flags & (TF_GLUED | TF_WORDS))) {
                    int sign = 0;
                    cell[nc] = f - 1;
                    f--;
                    /* (or a level's, a net change's: "Aggregate net
                     * additional customers   -2.37   -3.73", the sign
                     * set off before it, no empty cell) */
                    if (f > ra && t[f - 1].kind == TK_PUNCT && t[f - 1].len == 1 &&
                        (s[t[f - 1].off] == '+' || s[t[f - 1].off] == '-') && t[f - 1].off + 1 == x->off &&
                        (nc < chg || (f - 1 > ra && t[f - 2].off + t[f - 2].len < t[f - 1].off))) {
                        sign = s[t[f - 1].off] == '-' ? -1 : 1;
                        f--;
                    }
                    sg[nc++] = sign;
                    /* (a cell's figure may be approximate: "about 5,300") */
                    if (f > ra + 1 && t[f - 1].kind == TK_WORD && t[f - 1].line == x->line &&
                        (in_list(&q_about, &t[f - 1]) || in_list(&q_nearly, &t[f - 1]) || in_list(&q_more, &t[f - 1])))
                        f--;
                } else if (nc < chg && f > ra + 1 && x->kind == TK_WORD && t[f - 2].kind == TK_NUM &&
                           (word_is(s, x, "pt") || word_is(s, x, "pts") || word_is(s, x, "ppt") ||
                            word_is(s, x, "pp") || word_is(s, x, "points"))) {
                    /* a change's unit after it: "+1.0 pt" */
                    f--;
                } else if ((blank = blank_cell_ending(s, t, f, ra, rb)) > 0) {
                    cell[nc] = SIZE_MAX;
                    sg[nc++] = 0;
                    f -= blank;
                } else {
                    break;
                }
            }
            /* (a note's mark glued to the label's end is none of it:
             * "Mobile MAUs(1)") */
            if (f >= ra + 4 && note_mark(s, t, f - 3, rb) && t[f - 3].off == t[f - 4].off + t[f - 4].len)
                f -= 3;
            for (int q = 0; q < nc / 2; q++) { /* (left to right) */
                size_t tc = cell[q];
                int ts = sg[q];
                cell[q] = cell[nc - 1 - q];
                sg[q] = sg[nc - 1 - q];
                cell[nc - 1 - q] = tc;
                sg[nc - 1 - q] = ts;
            }
            /* (the cells of the other measures after the periods': a
             * row's label names whose they are) */
            if (nx > 0 && nc == k + nx) {
                size_t le = f;
                while (le > ra && t[le - 1].kind != TK_WORD)
                    le--;
                for (int q = 0; q < nx; q++) {
                    if (cell[k + q] == SIZE_MAX)
                        continue;
                    struct column xc = xcol[q];
                    xc.ea = ra;
                    xc.eb = le > ra && !word_is(s, &t[ra], "total") ? le : ra;
                    int y = xy[q] ? xy[q] : ys[late];
                    cells += give_cell_on(r, s, t, cell[k + q], &xc, y, xy[q] ? 0 : ms[late], xy[q] ? 0 : ds[late], ra, rb,
                                          fn, ctx) > 0;
                }
                nc = k;
            }
            /* (a column of units after the label: "Mobile phone
             * subscribers   10,000   122911   111216   10.5%") */
            double row_mult = 1;
            const char *row_unit = NULL;
            if (unit_col && (nc == k + 1 || nc == k + chg + 1) && cell[0] != SIZE_MAX && sg[0] == 0 &&
                power_of_ten(t[cell[0]].value) && (!t[cell[0]].unit || strcmp(t[cell[0]].unit, "percent") != 0)) {
                row_mult = t[cell[0]].value;
                row_unit = t[cell[0]].unit;
                for (int q = 1; q < nc; q++) {
                    cell[q - 1] = cell[q];
                    sg[q - 1] = sg[q];
                }
                nc--;
            }
            /* (or a unit of its own: "IPv6 addresses   block /32   9,398",
             * "International bandwidth   Mbps   1,389,529") */
            bool row_rate = false, row_other = false;
            if (unit_col && row_mult == 1 && nc >= 1 && cell[0] != SIZE_MAX && cell[0] > ra &&
                t[cell[0] - 1].kind == TK_PUNCT && s[t[cell[0] - 1].off] == '/' &&
                t[cell[0]].off == t[cell[0] - 1].off + 1 && (nc - 1 == k || nc - 1 == k + chg)) {
                /* ("/32" is the unit's, no cell) */
                for (int q = 1; q < nc; q++) {
                    cell[q - 1] = cell[q];
                    sg[q - 1] = sg[q];
                }
                nc--;
                f--; /* (the label ends before the '/') */
            }
            if (unit_col && row_mult == 1 && f > ra + 1) {
                size_t ts = f;
                while (ts > ra + 1 && !gap_before(s, t, ts - 1))
                    ts--;
                ts--; /* (the unit's field: from the last wide gap) */
                if (ts > ra && gap_before(s, t, ts)) {
                    for (size_t i = ts; i < f; i++) {
                        if (t[i].kind == TK_WORD && (str_ieq(s + t[i].off, t[i].len, "mbps") ||
                                                     str_ieq(s + t[i].off, t[i].len, "gbps")))
                            row_rate = true, row_mult = str_ieq(s + t[i].off, t[i].len, "gbps") ? 1000 : 1;
                        if ((t[i].kind == TK_WORD && (str_ieq(s + t[i].off, t[i].len, "block") ||
                                                      str_ieq(s + t[i].off, t[i].len, "blocks"))) ||
                            (t[i].kind == TK_PUNCT && s[t[i].off] == '/'))
                            row_other = true;
                    }
                    if (row_rate || row_other)
                        f = ts;
                }
            }
            /* (or a percent sign alone: "Internet penetration rate   %
             * 80.0   82.7"; its figures are rates) */
            bool row_pct = false;
            if (unit_col && row_mult == 1 && f > ra + 1 && t[f - 1].kind == TK_PUNCT && t[f - 1].len == 1 &&
                s[t[f - 1].off] == '%' && gap_before(s, t, f - 1)) {
                row_pct = true;
                f--;
            }
            /* (or a scale's word: "Mobile Internet users   million   1,318.3") */
            if (unit_col && row_mult == 1 && f >= ra + 2 && t[f - 1].kind == TK_WORD && gap_before(s, t, f - 1) &&
                scale_word(s, &t[f - 1]) > 1) {
                row_mult = scale_word(s, &t[f - 1]);
                f--;
            }
            /* (or a unit in words: "Internet users   10,000 persons   3,370") */
            if (unit_col && row_mult == 1 && f >= ra + 3 && t[f - 1].kind == TK_WORD && t[f - 2].kind == TK_NUM &&
                !t[f - 2].unit && power_of_ten(t[f - 2].value) && gap_before(s, t, f - 2) &&
                !(t[f - 2].flags & (TF_YEAR | TF_GLUED))) {
                row_mult = t[f - 2].value;
                f -= 2;
            }
            /* a label broken over two lines: "International outlet" over
             * "  bandwidth (Mbps)   368,927   640,286.67" */
            /* (or over its unit: "Accumulated net additional customers for
             * the year" over "  (thousands)   25,643   23,126") */
            /* (or one that ends with the preposition its next line goes on
             * from: "Combined MAU of" over "  Weixin and WeChat   650.0") */
            bool leads_on = rb > ra && t[rb - 1].kind == TK_WORD &&
                            (word_is(s, &t[rb - 1], "of") || word_is(s, &t[rb - 1], "for")) &&
                            trailing_figures(s, t, rb, line_end(t, n, rb)) >= k;
            if (nc == 0 && label_a == SIZE_MAX && rb < n && t[ra].kind == TK_WORD && rb - ra <= 12 &&
                ((t[rb].kind == TK_WORD && (!(t[rb].flags & TF_CAP) || leads_on)) ||
                 ((t[rb].flags & TF_OPEN) && trailing_figures(s, t, rb, line_end(t, n, rb)) >= k))) {
                /* (an abbreviation in brackets among them: 'Monthly active
                 * user accounts ("MAU")' over "  of QQ IM   798.2 ...") */
                bool words = true;
                for (size_t i = ra; i < rb && words; i++)
                    words = t[i].kind == TK_WORD ||
                            (t[i].kind == TK_PUNCT && (t[i].flags & (TF_OPEN | TF_CLOSE | TF_QUOTE)) && i > ra);
                if (words && rb - ra <= 12) {
                    label_a = ra;
                    ra = rb;
                    continue;
                }
            }
            /* a section's label of its own, words alone, over rows of
             * figures: "Mobile Business" over "  Customers (thousands)
             * 912,851  910,334" */
            /* (and its unit in brackets after it: "China retail
             * marketplaces (in millions)") */
            size_t se = rb;
            struct column su = column_of(-1, 0, 0);
            if (nc == 0 && rb > ra + 2 && (t[rb - 1].flags & TF_CLOSE)) {
                size_t o = rb - 1;
                while (o > ra && !(t[o].flags & TF_OPEN))
                    o--;
                if (o > ra && unit_alone(s, t, o, rb, &su))
                    se = o;
            }
            if (nc == 0 && label_a == SIZE_MAX && rb < n && t[ra].kind == TK_WORD && (t[ra].flags & TF_CAP) &&
                se - ra <= 6 && trailing_figures(s, t, rb, line_end(t, n, rb)) >= k) {
                /* (its words may be joined by hyphens: "Fixed-line business") */
                bool words = true;
                for (size_t i = ra; i < se && words; i++)
                    words = t[i].kind == TK_WORD || (i > ra && (t[i].flags & TF_HYPHEN));
                if (words) {
                    for (size_t i = ra; i < rb; i++)
                        in_table[i] = true;
                    sec_a = ra;
                    sec_b = se;
                    sec_unit = su;
                    ra = rb;
                    continue;
                }
            }
            size_t la = label_a != SIZE_MAX ? label_a : ra;
            label_a = SIZE_MAX;
            /* (a row may leave out a change its header has: "CN domain
             * names  127,319  126,146  -1,173" under "... Change  Growth
             * (%)") */
            /* (a part's row whose label opens with a figure of its own,
             * "of which: FTTH/O" over "  100 Mbps and above   384.6
             * 435.0": no indicator's, and the table goes on past it) */
            if (nc >= k && nc <= k + chg && f > la + 1 && t[la].kind == TK_NUM && !(t[la].flags & TF_YEAR) &&
                t[la + 1].kind == TK_WORD && (s[line_start(s, t, la)] == ' ' || s[line_start(s, t, la)] == '\t')) {
                for (size_t i = ra; i < rb; i++)
                    in_table[i] = true;
                ra = rb;
                continue;
            }
            /* (a label may open with a quoted term or a domain's dot:
             * '".CN" domain names', ".com domains"; or a statistician's
             * mark of a part, "#Mobile Internet users") */
            while (nc >= k && nc <= k + chg && la + 2 < f && la < ra + 2 && t[la].kind == TK_PUNCT &&
                   ((t[la].flags & TF_QUOTE) || s[t[la].off] == '.' || s[t[la].off] == '#') &&
                   t[la + 1].off == t[la].off + t[la].len)
                la++;
            if (nc < k || nc > k + chg || f == ra || t[la].kind != TK_WORD)
                break;
            int nchg = nc - k;
            struct column col[TABLE_COLS];
            /* (a row of the rest, "Other funds", counts nothing named) */
            bool rest = word_is(s, &t[ra], "other") || word_is(s, &t[ra], "others");
            int found = rest ? 0 : header_columns(r, s, t, n, la, f, col, true);
            /* (a total's row, "Total users", counts what the caption names:
             * "Internet users by access method") */
            /* (or a row named by the caption's noun alone, "Users" under
             * "Growth of Internet users in China": the caption's) */
            bool noun_alone = found == 1 && f == la + 1 && t[la].kind == TK_WORD &&
                              r->v[col[0].rule].entity == EK_NAME && col[0].ea == col[0].eb;
            if (!rest && ((word_is(s, &t[la], "total") || word_is(s, &t[la], "all")) || noun_alone) && f - la <= 4) {
                struct column cc = column_of(-1, 0, 0);
                int cr = row_of_caption(r, s, t, n, after, a, caption, la, f, &cc);
                if (cr >= 0 && (found != 1 || (r->v[cr].unit == r->v[col[0].rule].unit && cr != col[0].rule &&
                                                r->v[col[0].rule].entity == EK_NAME))) {
                    col[0] = column_of(cr, la, f);
                    found = 1;
                }
            }
            if (found != 1 && !rest && plb > pla && part_row(s, t, ra, f, pla)) {
                /* "of which: 3G" under "Mobile base stations" */
                int pr = part_of(r, s, t, ra, f, pla, plb, NULL);
                if (pr >= 0) {
                    col[0] = column_of(pr, ra, f);
                    /* (its unit in brackets in its label: "of which .CN
                     * (million)") */
                    for (size_t i = ra; i < f; i++)
                        if (t[i].flags & TF_OPEN) {
                            header_unit(s, t, i, f, &col[0]);
                            break;
                        }
                    found = 1;
                }
            } else if (found == 1 && col[0].ea == col[0].eb && r->v[col[0].rule].entity == EK_NAME) {
                /* (whose figures a row's label names: "Active user
                 * accounts of QQ IM") */
                label_name(s, t, la, f, &col[0]);
            }
            /* (a name indented under a row a cue names counts the parent's
             * for that name: "Taobao Marketplace   489   578" under "GMV
             * (RMB in billions)   814   1,001") */
            size_t ind = t[la].off - line_start(s, t, la);
            bool named_part = false;
            if (found != 1 && !rest && la == ra && parent_col.rule >= 0 && ind > parent_ind &&
                r->v[parent_col.rule].entity == EK_NAME && r->v[parent_col.rule].change == CH_NONE) {
                named_part = true;
                for (size_t x = la; x < f && named_part; x++)
                    named_part = name_cell_word(s, &t[x]) && (x > la || (t[x].flags & TF_CAP));
                if (named_part) {
                    col[0] = parent_col;
                    col[0].ea = la;
                    col[0].eb = f;
                    found = 1;
                }
            }
            /* (a product's section over rows that name only what is
             * counted: "QQ" over "  MAU   876.7   899.0") */
            /* (not a part of it the label names, "Smart device MAU": no
             * figure of the whole's) */
            /* (a name's words are capitals: "QQ", "Weixin and WeChat", not
             * "Mobile business") */
            /* (nor a section's common word: "Network", "Platforms") */
            static const char *const common[] = {"network", "networks", "mobile", "fixed", "broadband", "business",
                                                 "services", "service", "internet", "total", "operating", "operations",
                                                 "financial", "key", "other", "users", "platforms", "platform",
                                                 "metrics", "subscribers", "customers", "products", "segment",
                                                 "segments", "communities", "community", "games", "media", "payment",
                                                 "payments", "advertising", "cloud", "commerce", "content"};
            bool sec_name = sec_b > sec_a && !in_list(&not_name, &t[sec_a]);
            for (size_t i = sec_a; i < sec_b && sec_name; i++)
                sec_name = ((t[i].kind == TK_WORD && (t[i].flags & TF_CAP)) || word_is(s, &t[i], "and") ||
                            (t[i].flags & TF_HYPHEN)) &&
                           !(t[i].kind == TK_WORD &&
                             str_ieq_any(s + t[i].off, t[i].len, common, sizeof common / sizeof *common));
            /* (past a word that parts nothing: "Combined MAU") */
            size_t lh = la;
            while (lh < col[0].ha && (word_is(s, &t[lh], "combined") || word_is(s, &t[lh], "total") ||
                                      word_is(s, &t[lh], "average") || word_is(s, &t[lh], "monthly") ||
                                      word_is(s, &t[lh], "daily")))
                lh++;
            if (found == 1 && !named_part && sec_name && r->v[col[0].rule].entity == EK_NAME &&
                col[0].ea == col[0].eb && col[0].ha == lh) {
                col[0].ea = sec_a;
                col[0].eb = sec_b;
            }
            if (found == 1 && !named_part) {
                parent_col = col[0];
                parent_ind = ind;
            }
            /* (an application's row in a table of people counts its
             * users: "Online shopping   61,011   63,882") */
            if (found == 1 && r->v[col[0].rule].unit != UC_PEOPLE && r->v[col[0].rule].unit != UC_PERCENT) {
                struct column probe = col[0];
                if (has_cap)
                    take_unit(&probe, &cap);
                const char *pu;
                int fc = -1;
                for (int c = 0; c < k && fc < 0; c++)
                    if (cell[c] != SIZE_MAX)
                        fc = c;
                int ur = fc >= 0 && cell_class(&t[cell[fc]], &probe, &pu) == UC_COUNT &&
                                 r->v[col[0].rule].unit != UC_COUNT
                             ? users_of_label(r, t, la, f)
                             : -1;
                if (ur >= 0) {
                    col[0].rule = ur;
                    col[0].unit = NULL;
                }
            }
            /* (or one no cue names, under a caption that counts people:
             * "Online games   18,700   26,454" in "Users of network
             * applications (10,000 users)") */
            if (found != 1 && !rest && la == ra && has_cap && !cap.unit && cap_people) {
                int fc = -1;
                for (int c = 0; c < k && fc < 0; c++)
                    if (cell[c] != SIZE_MAX)
                        fc = c;
                int ur = fc >= 0 && !t[cell[fc]].unit ? users_of_label(r, t, la, f) : -1;
                if (ur >= 0) {
                    col[0] = column_of(ur, la, f);
                    found = 1;
                }
            }
            /* "growth (%)" under "Number of transactions": the change of
             * the row before, each year's */
            int ch = found != 1 && !rest ? change_word(s, &t[ra]) : 0;
            if (!ch && found != 1 && !rest && word_is(s, &t[ra], "growth"))
                ch = CH_GROWTH;
            /* ("year-over-year growth (%)", "YoY growth") */
            for (size_t i = ra; !ch && found != 1 && !rest && i < f && i < ra + 6; i++)
                if (word_is(s, &t[i], "growth") && !(t[ra].flags & TF_CAP))
                    ch = CH_GROWTH;
            if (ch && prev_level >= 0) {
                int ri = rules_change_of(r, (enum change_kind)ch, r->v[prev_level].id);
                /* (a rate has no growth of its own: "Growth vs previous
                 * year (%)" under "Penetration (%)" is the users' above it) */
                int lv = prev_level;
                struct column lc = prev_col;
                if (ri < 0 && r->v[prev_level].unit == UC_PERCENT && prev_count >= 0) {
                    ri = rules_change_of(r, (enum change_kind)ch, r->v[prev_count].id);
                    lv = prev_count;
                    lc = prev_count_col;
                }
                if (ri >= 0) {
                    struct column gc = lc;
                    gc.rule = ri;
                    gc.level1 = lv + 1;
                    gc.ha = ra;
                    gc.hb = f;
                    if (ch == CH_GROWTH) { /* (its figures are percents, '%' or not) */
                        gc.mult = 1;
                        gc.unit = "percent";
                        gc.rate = false;
                    }
                    gc.months = sub_year;
                    for (int c = 0; c < k; c++)
                        if (cell[c] != SIZE_MAX && !forecast[c])
                            cells += give_cell_on(r, s, t, cell[c], &gc, ys[c], ms[c], ds[c], ra, rb, fn, ctx) > 0;
                }
                for (size_t i = ra; i < rb; i++)
                    in_table[i] = true;
                any = true;
                ra = rb;
                continue;
            }
            /* "RMB billion   46.1   151.8" under a caption that names what
             * is measured: a row named by its unit alone counts the
             * caption's indicator */
            if (found != 1 && !rest && f - ra <= 3) {
                struct column u = column_of(-1, 0, 0);
                bool units = true;
                for (size_t x = ra; x < f && units; x++) {
                    struct column before = u;
                    unit_token(s, &t[x], &u);
                    units = u.mult != before.mult || u.unit != before.unit || u.rate != before.rate;
                }
                struct column cc = column_of(-1, 0, 0);
                struct cap_view here = {s, t, n, after, a};
                int cr = units && (u.mult != 1 || u.unit)
                             ? caption_names(r, &here, u.unit && strcmp(u.unit, "percent") == 0 ? UC_PERCENT
                                                       : u.unit                                ? UC_MONEY
                                                                                               : -1,
                                             1, &cc)
                             : -1;
                if (cr < 0 && units && (u.mult != 1 || u.unit) && caption->b) {
                    struct cap_view cv;
                    if (caption_view(s, t, n, after, a, caption, &cv))
                        cr = caption_names(r, &cv, u.unit ? (strcmp(u.unit, "percent") == 0 ? UC_PERCENT : UC_MONEY) : -1,
                                           1, &cc);
                }
                if (cr >= 0) {
                    col[0] = (struct column){
                        .rule = cr, .mult = u.mult, .unit = u.unit, .rate = u.rate, .ha = ra, .hb = f};
                    found = 1;
                }
            }
            /* "Value (RMB trillion)" under a caption that names what is
             * paid: the caption's indicator of money (and "Scale (100m
             * yuan)", "Transaction scale", "Market size") */
            size_t mw = ra + (f - ra >= 2 && (word_is(s, &t[ra], "transaction") || word_is(s, &t[ra], "transactions") ||
                                              word_is(s, &t[ra], "market") || word_is(s, &t[ra], "total")));
            /* (a volume counted in things, not money: "Volume (100 million
             * transactions)" is a number) */
            bool counted = false;
            if (word_is(s, &t[mw], "volume") && mw + 1 < f && (t[mw + 1].flags & TF_OPEN)) {
                struct column u = column_of(-1, 0, 0);
                size_t e = header_unit(s, t, mw + 1, f, &u);
                for (size_t x = mw + 2; x + 1 < e && !u.unit && !counted; x++)
                    counted = t[x].kind == TK_WORD && scale_word(s, &t[x]) <= 0;
            }
            /* (the measure of transactions is their money, not their
             * number, whatever cue "Transaction" met: "Transaction scale
             * 5,766 10,105" under "Unit: 100 million yuan") */
            /* (its label broken over two lines too: "Transaction" over
             * "scale   5,766") */
            size_t ta = mw > ra ? ra : la, tm = ta + 1;
            if (found == 1 && tm < f && (word_is(s, &t[ta], "transaction") || word_is(s, &t[ta], "transactions")) &&
                (word_is(s, &t[tm], "scale") || word_is(s, &t[tm], "value") || word_is(s, &t[tm], "amount") ||
                 word_is(s, &t[tm], "size")) &&
                r->v[col[0].rule].unit == UC_COUNT)
                found = 0;
            /* (not its change's row: "Amount growth (%)") */
            bool of_change = mw + 1 < f && change_word(s, &t[mw + 1]);
            if (found != 1 && !rest && f - ra <= 6 && !counted && !of_change &&
                (word_is(s, &t[mw], "value") || word_is(s, &t[mw], "amount") || word_is(s, &t[mw], "volume") ||
                 word_is(s, &t[mw], "scale") || word_is(s, &t[mw], "size"))) {
                struct column cc = column_of(-1, 0, 0);
                /* (the section's label over it names it first: "Amount
                 * (trillion yuan)" under "Mobile payments") */
                /* (or the caption: above the header, or the block before) */
                struct cap_view sec = {s, t, n, sec_a, sec_b}, here;
                int cr = sec_b > sec_a ? caption_names(r, &sec, UC_MONEY, 1, &cc) : -1;
                if (cr < 0 && caption_view(s, t, n, after, a, caption, &here))
                    cr = caption_names(r, &here, UC_MONEY, 1, &cc);
                if (cr >= 0) {
                    col[0] = column_of(cr, ra, f);
                    for (size_t x = ra; x < f; x++)
                        if (t[x].flags & TF_OPEN)
                            header_unit(s, t, x, f, &col[0]);
                    found = 1;
                }
            }
            /* "Number (100 million transactions)": the count its brackets
             * name (their scale before it), else the caption's count */
            if (!rest && f - ra <= 8 && (word_is(s, &t[ra], "number") || (counted && mw == ra)) &&
                (found != 1 || col[0].mult == 1)) {
                int cr = found == 1 ? col[0].rule : -1;
                struct column cc = column_of(-1, 0, 0);
                struct cap_view here;
                if (cr < 0 && caption_view(s, t, n, after, a, caption, &here))
                    cr = caption_names(r, &here, UC_COUNT, 1, &cc);
                if (cr >= 0) {
                    if (found != 1)
                        col[0] = column_of(cr, ra, f);
                    for (size_t x = ra; x < f; x++)
                        if (t[x].flags & TF_OPEN)
                            header_unit(s, t, x, f, &col[0]);
                    found = 1;
                }
            }
            /* "Volume growth (%)", "Amount growth (%)": the change of the
             * row above that the same measure's word names */
            /* (a comma may part them: "Mobile, growth y-o-y (%)") */
            size_t cw = f > ra + 2 && t[ra + 1].kind == TK_PUNCT && s[t[ra + 1].off] == ',' ? ra + 2 : ra + 1;
            int mc = f > cw && t[ra].kind == TK_WORD ? change_word(s, &t[cw]) : 0;
            if (!mc && cw == ra + 2 && word_is(s, &t[cw], "growth"))
                mc = CH_GROWTH;
            if (found != 1 && !rest && mc && f - ra <= 12) {
                bool in_pct = false;
                for (size_t x = cw + 1; x < f && !in_pct; x++)
                    in_pct = t[x].kind == TK_PUNCT && s[t[x].off] == '%';
                for (int q = nmeasure; q-- > 0;)
                    if (mword[q] == t[ra].hash) {
                        int ci = rules_change_of(r, in_pct ? CH_GROWTH : (enum change_kind)mc, r->v[mrule[q]].id);
                        if (ci >= 0) {
                            col[0] = column_of(ci, ra, f);
                            col[0].level1 = mrule[q] + 1;
                            if (in_pct)
                                col[0].unit = "percent";
                            found = 1;
                        }
                        break;
                    }
            }
            if (found == 1 && f > ra && r->v[col[0].rule].change == CH_NONE && nmeasure < 16 &&
                (measure_noun(s, &t[ra]) || word_is(s, &t[ra], "volume") || word_is(s, &t[ra], "number") ||
                 (t[ra].kind == TK_WORD && (t[ra].flags & TF_CAP) && f > ra + 1))) {
                mword[nmeasure] = t[ra].hash;
                mrule[nmeasure++] = col[0].rule;
            }
            /* "Mobile", "Total" under a caption that names what the table
             * counts */
            if (found != 1 && !rest && f - ra <= 6) {
                struct column cc = column_of(-1, 0, 0);
                if (row_of_caption(r, s, t, n, after, a, caption, ra, f, &cc) >= 0) {
                    col[0] = column_of(cc.rule, ra, f);
                    found = 1;
                }
            }
            /* (the country's own row among its regions': "National",
             * "Nationwide" under "Internet penetration rate in selected
             * provinces") */
            if (found != 1 && !rest && f == ra + 1 &&
                (word_is(s, &t[ra], "national") || word_is(s, &t[ra], "nationwide"))) {
                struct cap_view cv;
                struct column cc = column_of(-1, 0, 0);
                int cr = caption_view(s, t, n, after, a, caption, &cv) ? caption_names(r, &cv, -1, 1, &cc) : -1;
                if (cr >= 0 && national_of(&r->v[cr])) {
                    col[0] = column_of(cr, ra, f);
                    if (has_cap)
                        take_unit(&col[0], &cap);
                    found = 1;
                }
            }
            /* "Alipay   50.4   54.1" under "Market shares of third-party
             * mobile payment providers (%)": a name's row of what the
             * caption counts, of those it names */
            if (found != 1 && !rest && f - ra <= 6 && (t[ra].flags & TF_CAP) && !in_list(&not_name, &t[ra]) &&
                !measure_noun(s, &t[ra])) {
                struct cap_view cv;
                struct column cc = column_of(-1, 0, 0);
                int cr = caption_view(s, t, n, after, a, caption, &cv) ? caption_names(r, &cv, -1, 1, &cc) : -1;
                /* (its owner in brackets after it, "WeChat (Tencent)", and a
                 * product's word, "Taobao mobile app", are the name's) */
                size_t ne = f;
                if (ne > ra + 3 && (t[ne - 1].flags & TF_CLOSE)) {
                    size_t o = ne - 2;
                    while (o > ra + 1 && !(t[o].flags & TF_OPEN) && t[o].kind == TK_WORD)
                        o--;
                    if (o > ra && (t[o].flags & TF_OPEN))
                        ne = o;
                }
                bool names = true;
                for (size_t x = ra; x < ne && names; x++)
                    names = (t[x].kind == TK_WORD && (t[x].flags & TF_CAP)) || (t[x].flags & TF_HYPHEN) ||
                            (t[x].kind == TK_PUNCT && s[t[x].off] == '.') ||
                            (x > ra && t[x].kind == TK_WORD &&
                             (word_is(s, &t[x], "app") || word_is(s, &t[x], "mobile") || word_is(s, &t[x], "platform")));
                /* (or a province's or a city's row of what the caption
                 * counts for the country: "Beijing   77.8   78.3" under
                 * "Internet penetration by province") */
                bool region = cr >= 0 && ne == ra + 1 && in_list(&province, &t[ra]) && national_of(&r->v[cr]);
                if (cr >= 0 && names && (r->v[cr].entity == EK_NAME || region)) {
                    col[0] = (struct column){.rule = cr, .mult = 1, .ha = ra, .hb = f, .ea = ra, .eb = ne};
                    if (has_cap)
                        take_unit(&col[0], &cap);
                    found = 1;
                }
            }
            if (found == 1) {
                struct cap_view cv;
                bool has_cv = caption_view(s, t, n, after, a, caption, &cv);
                int mr = has_cv ? money_of_caption(r, t, &col[0], &cv) : -1;
                if (mr >= 0)
                    col[0].rule = mr;
            }
            /* (a row of a change of the level its label names: "3G net
             * additions", "Mobile subscribers, net increase"; a growth's
             * row is read above) */
            if (found == 1 && r->v[col[0].rule].change == CH_NONE) {
                /* (a rate's word may name a return: "net value growth rate") */
                int lch = 0, depth = 0;
                for (size_t i = la; i < f && !lch; i++)
                    if (outside_brackets(&t[i], &depth) &&
                        (word_is(s, &t[i], "additions") || word_is(s, &t[i], "addition") || word_is(s, &t[i], "adds") ||
                         change_word(s, &t[i]) == CH_INCREASE ||
                         /* "Net additional customers for the month" */
                         (word_is(s, &t[i], "additional") && i > la && word_is(s, &t[i - 1], "net"))))
                        lch = CH_INCREASE;
                int ri = lch ? rules_change_of(r, (enum change_kind)lch, r->v[col[0].rule].id) : -1;
                if (ri >= 0) {
                    col[0].level1 = col[0].rule + 1;
                    col[0].rule = ri;
                }
            }
            /* (a part's row is no head of the next: "of which: 4G" is
             * under the same) */
            if (!(f > ra && word_is(s, &t[ra], "of"))) {
                pla = ra;
                plb = f;
            }
            if (found == 1 && row_mult != 1) {
                col[0].mult = row_mult;
                if (row_unit)
                    col[0].unit = row_unit;
            } else if (found == 1 && sec_b > sec_a && (sec_unit.mult != 1 || sec_unit.unit)) {
                take_unit(&col[0], &sec_unit);
            }
            if (found == 1 && row_rate)
                col[0].rate = true;
            if (found == 1 && row_other && !col[0].unit)
                col[0].unit = "other";
            if (found == 1 && row_pct && !col[0].unit)
                col[0].unit = "percent";
            prev_level = found == 1 && r->v[col[0].rule].change == CH_NONE ? col[0].rule : -1;
            if (found == 1)
                prev_col = col[0];
            if (prev_level >= 0 && r->v[prev_level].unit != UC_PERCENT) {
                prev_count = prev_level;
                prev_count_col = col[0];
            } else if (prev_level < 0 || r->v[prev_level].unit != UC_PERCENT) {
                prev_count = -1;
            }
            if (found == 1) {
                if (has_cap)
                    take_unit(&col[0], &cap);
                col[0].months = sub_year;
                int given = 0, outside = 0;
                for (int c = 0; c < k; c++)
                    if (cell[c] != SIZE_MAX && !forecast[c]) {
                        int g = give_cell_on(r, s, t, cell[c], &col[0], ys[c], ms[c], ds[c], ra, rb, fn, ctx);
                        given += g > 0;
                        outside += g == 0;
                    }
                cells += given;
                /* the changes: the growth of the row's indicator to its last
                 * period (a percent), or what it added ("+228", in the row's
                 * unit) */
                /* (none where every level is out of the indicator's range:
                 * the row counts something else, banks' online payments in
                 * thousands of trillions of yuan) */
                for (int q = k; q < k + nchg && !(outside && !given); q++) {
                    if (cell[q] == SIZE_MAX)
                        continue;
                    /* (which of two changes: the one it stands under, where
                     * the row has one of them) */
                    int hc = q - k;
                    /* (not a quarter's change: "QoQ change") */
                    if (chg == 2 && nchg == 2 && hc == 1 && chg_end[1] == SIZE_MAX)
                        continue;
                    if (chg == 2 && nchg == 1) {
                        size_t e = column_at(s, t[cell[q]].off + t[cell[q]].len);
                        size_t d0 = e > chg_end[0] ? e - chg_end[0] : chg_end[0] - e;
                        size_t d1 = e > chg_end[1] ? e - chg_end[1] : chg_end[1] - e;
                        hc = d1 < d0;
                    }
                    bool pct = (t[cell[q]].unit && strcmp(t[cell[q]].unit, "percent") == 0) || (chg == 1 && head_pct) ||
                               (chg == 2 && chg_pct[hc]);
                    int ri = rules_change_of(r, pct ? CH_GROWTH : CH_INCREASE, r->v[col[0].rule].id);
                    if (ri >= 0) {
                        struct column gc = col[0];
                        gc.rule = ri;
                        gc.level1 = col[0].rule + 1;
                        if (pct) {
                            gc.mult = 1;
                            gc.rate = false;
                            gc.unit = "percent"; /* ("16.5" under "Growth (%)") */
                        }
                        if (sg[q] < 0)
                            gc.mult = -gc.mult;
                        /* (an amount's change from the period its column
                         * names, before the level's: "Change vs Mar 2020") */
                        if (!pct && chg == 1 && chg_from[0] &&
                            (chg_from[0] < ys[late] || (chg_from[0] == ys[late] && ms[late] > chg_from[1]))) {
                            gc.from_y = chg_from[0];
                            gc.from_m = chg_from[1];
                        }
                        cells += give_cell_on(r, s, t, cell[q], &gc, ys[late], ms[late], ds[late], ra, rb, fn, ctx) > 0;
                    }
                }
            }
            for (size_t i = ra; i < rb; i++)
                in_table[i] = true;
            any = true;
            ra = rb;
        }
        if (any) {
            for (size_t i = a; i < b; i++)
                in_table[i] = true;
            /* (a line above that gave the unit is the table's, no prose:
             * "Unit: 10,000 persons") */
            for (size_t x = after; has_cap && x < a; x = line_end(t, n, x)) {
                struct column u = column_of(-1, 0, 0);
                size_t xb = line_end(t, n, x);
                if (unit_line(s, t, x, xb, &u))
                    for (size_t i = x; i < xb; i++)
                        in_table[i] = true;
            }
        }
        a = ra > b ? ra : b;
        after = a;
    }
    return cells;
}

/* Is the line [a, b) a header of a period's column and one other that
 * names no quantity: "Year    Number (million)", "Period   Value"?  Its
 * unit in brackets, if any, into c. */
static bool period_header(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a, size_t b,
                          struct column *c)
{
    if (b - a < 2 || b - a > 8 ||
        !period_word(s, &t[a]) ||
        !gap_before(s, t, a + 1))
        return false;
    size_t i = a + 1;
    for (int words = 0; i < b && !(t[i].flags & TF_OPEN); i++)
        if (t[i].kind != TK_WORD || ++words > 3)
            return false;
    struct column hc[TABLE_COLS];
    if (header_columns(r, s, t, n, a, b, hc, true) != 0)
        return false;
    struct column u = column_of(-1, 0, 0);
    if (header_unit(s, t, i, b, &u) != b)
        return false;
    if (u.mult != 1 || u.unit || u.rate) { /* (the header's unit over the caption's) */
        c->mult = u.mult;
        c->unit = u.unit;
        c->rate = u.rate;
    }
    return true;
}

/* Figures and tables whose caption names one quantity, with its unit on a
 * line of its own, and rows of a period and figures:
 *
 *     Figure 3: Scale of mobile netizens and its proportion in all netizens
 *     Unit: 10,000 persons
 *     2013.12   50006   81.0%
 *     2014.12   55678   85.8%
 *
 * Of each row, the first figure of the kind the quantity is counts it (the
 * others, shares of something else here, are left alone). */
static size_t caption_block_rows(const struct rules *r, const char *s, const struct token *t, size_t n,
                                 table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption);
static size_t caption_block_cols(const struct rules *r, const char *s, const struct token *t, size_t n,
                                 table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption);

/* The percent of a growth in brackets that [i, e) is, "(-9.0%)", "(up
 * 15.2%)", "(+3%)": its token, its sign in *sign (if not NULL); 0 if it
 * is none. */
static size_t bracket_growth(const char *s, const struct token *t, size_t i, size_t e, int *sign)
{
    if (i + 2 >= e || !(t[i].flags & TF_OPEN) || !(t[e - 1].flags & TF_CLOSE))
        return 0;
    int sg = 1;
    size_t j = i + 1;
    if (t[j].kind == TK_PUNCT && t[j].len == 1 && (s[t[j].off] == '-' || s[t[j].off] == '+')) {
        sg = s[t[j].off] == '-' ? -1 : 1;
        j++;
    } else if (t[j].kind == TK_WORD && (word_is(s, &t[j], "up") || word_is(s, &t[j], "down"))) {
        sg = word_is(s, &t[j], "down") ? -1 : 1;
        j++;
    }
    if (j + 2 != e || t[j].kind != TK_NUM || !t[j].unit || strcmp(t[j].unit, "percent") != 0)
        return 0;
    if (sign)
        *sign = sg;
    return j;
}

/* The tokens of an item's mark that opens the line at x, before xb: "- ",
 * "* ", "• "; 0 if none. */
static size_t bullet_mark(const char *s, const struct token *t, size_t x, size_t xb)
{
    size_t x0 = x;
    while (x < xb && t[x].kind == TK_PUNCT && t[x].len == 0) /* (a sentence's end the line before left) */
        x++;
    if (x + 1 >= xb || t[x].kind != TK_PUNCT || t[x + 1].off <= t[x].off + t[x].len)
        return 0;
    const char *p = s + t[x].off;
    bool mark = (t[x].len == 1 && (*p == '-' || *p == '*')) || (t[x].len == 3 && memcmp(p, "\xE2\x80\xA2", 3) == 0);
    return mark ? x + 1 - x0 : 0;
}

/* Rows of a label, a colon and one figure under a caption that dates
 * them and gives their unit, each label naming what it counts:
 *
 *     Chart 3: Users of selected internet applications, December 2013 (million)
 *     - Instant messaging: 532
 *     - Online video: 428 (up 15.2%)
 *
 * (an application's label counts its users; a growth in brackets is the
 * level's). */
static size_t labelled_rows(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                            void *ctx, bool *in_table)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        struct column cap = column_of(-1, 0, 0);
        int y = 0, m = 0;
        /* the caption: its month or year at the end, before its unit (past
         * its label, "Chart 3:") */
        size_t e = b, a0 = a;
        while (e > a && t[e - 1].kind == TK_PUNCT && t[e - 1].len == 0)
            e--;
        if (a + 2 < e && t[a + 1].kind == TK_NUM &&
            (word_is(s, &t[a], "figure") || word_is(s, &t[a], "chart") || word_is(s, &t[a], "table") ||
             word_is(s, &t[a], "exhibit") || word_is(s, &t[a], "graph")))
            a0 = a + 2;
        if (e > a + 2 && (t[e - 1].flags & TF_CLOSE)) {
            while (e > a && !(t[e - 1].flags & TF_OPEN))
                e--;
            if (e > a)
                e--;
        }
        if (e > a + 1 && is_row_year(&t[e - 1])) {
            y = (int)t[e - 1].value;
            m = t[e - 2].kind == TK_WORD ? scan_month(s + t[e - 2].off, t[e - 2].len) : 0;
        }
        if (in_table[a] || !y || b >= n || !caption_unit(s, t, n, a, b, &cap) || figure_outside(t, a0, b, any_year)) {
            a = b;
            continue;
        }
        size_t ra = b, rows = 0;
        size_t lab[64], la[64], fig[64];
        while (ra < n && rows < 64) {
            size_t rb = line_end(t, n, ra), x = ra + bullet_mark(s, t, ra, rb), c = x;
            while (c < rb && t[c].kind == TK_WORD)
                c++;
            if (c == x || c + 1 >= rb || t[c].kind != TK_PUNCT || s[t[c].off] != ':' || t[c + 1].kind != TK_NUM ||
                (c + 2 < rb && !bracket_growth(s, t, c + 2, rb, NULL)))
                break;
            int ri = users_of_label(r, t, x, c);
            if (ri < 0) {
                struct column one[TABLE_COLS];
                ri = header_columns(r, s, t, n, x, c, one, true) == 1 && r->v[one[0].rule].change == CH_NONE
                         ? (int)one[0].rule
                         : -1;
            }
            lab[rows] = (size_t)ri;
            la[rows] = ra;
            fig[rows] = c + 1;
            rows++;
            ra = rb;
        }
        size_t named = 0;
        for (size_t q = 0; q < rows; q++)
            named += lab[q] != SIZE_MAX;
        if (rows < 3 || 2 * named < rows) {
            a = b;
            continue;
        }
        for (size_t i = a; i < ra; i++)
            in_table[i] = true;
        for (size_t q = 0; q < rows; q++) {
            if (lab[q] == SIZE_MAX)
                continue;
            size_t rb = line_end(t, n, la[q]), xs = la[q];
            while (xs < rb && t[xs].len == 0)
                xs++;
            struct column c = column_of((int)lab[q], a, b);
            take_unit(&c, &cap);
            int g = give_cell_on(r, s, t, fig[q], &c, y, m, 0, xs, rb, fn, ctx);
            cells += g > 0;
            int sign;
            size_t gi = g > 0 ? bracket_growth(s, t, fig[q] + 1, rb, &sign) : 0;
            int gr = gi ? rules_change_of(r, CH_GROWTH, r->v[lab[q]].id) : -1;
            if (gr >= 0) {
                struct column gc = {
                    .rule = gr, .mult = sign, .unit = "percent", .ha = a, .hb = b, .level1 = (int)lab[q] + 1};
                cells += give_cell_on(r, s, t, gi, &gc, y, m, 0, xs, rb, fn, ctx) > 0;
            }
        }
        a = ra;
    }
    return cells;
}

static size_t captioned(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                        void *ctx, bool *in_table, struct caption *caption)
{
    size_t cells = caption_block_rows(r, s, t, n, fn, ctx, in_table, caption);
    cells += caption_block_cols(r, s, t, n, fn, ctx, in_table, caption);
    cells += labelled_rows(r, s, t, n, fn, ctx, in_table);
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        /* (or "[Chart: WeChat MAU, Q1 2015 - Q2 2016]", "Figure: ...") */
        size_t ca = a + (b - a >= 4 && (t[a].flags & TF_OPEN));
        bool cap = b - ca >= 3 && !in_table[a] &&
                   (t[ca + 1].kind == TK_NUM || (t[ca + 1].kind == TK_PUNCT && s[t[ca + 1].off] == ':')) &&
                   (word_is(s, &t[ca], "figure") || word_is(s, &t[ca], "fig") || word_is(s, &t[ca], "chart") ||
                    word_is(s, &t[ca], "table") || word_is(s, &t[ca], "graph") || word_is(s, &t[ca], "exhibit"));
        /* (or a short line with no figure outside its brackets over rows of
         * years: "Internet users in selected years (unit: 10,000 persons)") */
        bool plain = false;
        if (!cap && !in_table[a] && b - a >= 2 && b - a <= 16 && t[a].kind == TK_WORD && b < n) {
            int m;
            struct column hc = column_of(-1, 0, 0);
            size_t hb = line_end(t, n, b);
            size_t b1 = b + bullet_mark(s, t, b, hb);
            plain = ((b1 < hb && row_period(s, &t[b1], &m) > 0) ||
                     (hb < n && row_period(s, &t[hb], &m) > 0 && period_header(r, s, t, n, b, hb, &hc))) &&
                    !figure_outside(t, a, b, any_year);
        }
        struct column col[TABLE_COLS];
        int named = cap || plain ? header_columns(r, s, t, n, cap ? ca + 2 : a, b, col, plain) : 0;
        /* (a plain caption names one series, its rows one figure each) */
        if (named < 1 || (plain && named != 1)) {
            a = b;
            continue;
        }
        struct column c = col[0];
        /* (its unit in brackets further on: "Internet users in China
         * (million)") */
        /* (or on the lines above, or in the caption's block before:
         * "Table 2: Internet users (million)" over "Year   Netizens") */
        struct column cu = column_of(-1, 0, 0);
        if (c.mult == 1 && !c.unit && !c.rate &&
            (caption_unit(s, t, n, a, b, &cu) || caption_unit(s, t, n, 0, a, &cu) ||
             (a == 0 && caption_block_unit(caption, &cu)))) {
            c.mult = cu.mult;
            c.unit = cu.unit;
            c.rate = cu.rate;
        }
        size_t ra = b;
        /* "Unit: 10,000 persons", "Unit: 100 million yuan", "Unit: %" */
        if (ra < n && unit_line(s, t, ra, line_end(t, n, ra), &c))
            ra = line_end(t, n, ra);
        /* (and a header that names the rows' period and no quantity of
         * its own: "Year    Number (million)") */
        if (ra < n && period_header(r, s, t, n, ra, line_end(t, n, ra), &c))
            ra = line_end(t, n, ra);
        size_t first = ra, rows = 0;
        for (size_t x = ra; x < n; x = line_end(t, n, x)) {
            int m, y;
            size_t xb = line_end(t, n, x);
            /* ("1997: 62", "Q1 2015: 549", "- 2014: 8.08 (preliminary)") */
            size_t x0 = x + bullet_mark(s, t, x, xb);
            size_t x1 = x0 + (xb > x0 ? row_label(s, t, x0, xb, &y, &m) : 0);
            if (x1 > x0 && x1 + 1 < xb && t[x1].kind == TK_PUNCT && s[t[x1].off] == ':')
                x1++;
            size_t xe = xb; /* (a note in brackets after the figure, or its growth: "281 (-9.0%)") */
            if (xe > x1 + 3 && (t[xe - 1].flags & TF_CLOSE) && t[xe - 2].kind == TK_WORD && (t[xe - 3].flags & TF_OPEN))
                xe -= 3;
            size_t gp = bracket_growth(s, t, x1 + 1, xe, NULL);
            if (gp)
                xe = x1 + 1;
            if (xb - x < 2 || x1 == x0 || !row_figures_any(t, x1, xe) || (plain && xe - x1 != 1))
                break;
            rows++;
        }
        if (rows < 2) {
            a = b;
            continue;
        }
        for (size_t i = a; i < first; i++)
            in_table[i] = true;
        for (size_t x = first; rows--; ) {
            size_t xb = line_end(t, n, x);
            int m, y, dd;
            size_t x0 = x + bullet_mark(s, t, x, xb), xs = x;
            while (xs < x0 && t[xs].len == 0)
                xs++; /* (the row's quote opens on its line) */
            size_t lab = row_label_day(s, t, x0, xb, &y, &m, &dd);
            for (size_t i = x; i < xb; i++)
                in_table[i] = true;
            for (size_t i = x0 + lab; i < xb; i++) {
                if (t[i].kind != TK_NUM)
                    continue;
                int g = give_cell_on(r, s, t, i, &c, y, m, dd, xs, xb, fn, ctx);
                if (g >= 0) { /* the first of the quantity's kind, given or out of range */
                    cells += g;
                    /* (and its growth in brackets after it) */
                    int sign;
                    size_t gi = bracket_growth(s, t, i + 1, xb, &sign);
                    int ri = gi && g > 0 ? rules_change_of(r, CH_GROWTH, r->v[c.rule].id) : -1;
                    if (ri >= 0) {
                        struct column gc = c;
                        gc.rule = ri;
                        gc.level1 = c.rule + 1;
                        gc.mult = sign;
                        gc.unit = "percent";
                        gc.rate = false;
                        cells += give_cell_on(r, s, t, gi, &gc, y, m, dd, xs, xb, fn, ctx) > 0;
                    }
                    break;
                }
            }
            x = xb;
        }
        a = first;
    }
    return cells;
}

/* Where the words of a caption's line [x, xe) start, past its label
 * ("Exhibit 1", "Figure 3:"); xe if it has none. */
static size_t caption_words(const char *cs, const struct token *cv, size_t x, size_t xe)
{
    size_t x0 = x;
    if (xe - x0 >= 2 && cv[x0 + 1].kind == TK_NUM &&
        (word_is(cs, &cv[x0], "figure") || word_is(cs, &cv[x0], "fig") || word_is(cs, &cv[x0], "chart") ||
         word_is(cs, &cv[x0], "table") || word_is(cs, &cv[x0], "graph") || word_is(cs, &cv[x0], "exhibit")))
        x0 += 2;
    while (x0 < xe && cv[x0].kind == TK_PUNCT)
        x0++;
    return x0 < xe && cv[x0].kind == TK_WORD ? x0 : xe;
}

/* ... and rows of a period and one figure each that open the block, under
 * a caption of their own, the block before, that names one quantity:
 *
 *     Exhibit 1
 *     China's Internet population has grown nearly sixfold since 2005
 *     Internet users, million, year-end
 *
 *     2005    111
 *     2007    210
 *
 * (its unit in the caption: "million", "(million)", "Unit: 10,000") */
/* The one quantity a caption block names (its line's label past),
 * into *c: 1 if it names one, else 0. */
static int caption_names_one(const struct rules *r, const char *cs, const struct tokens *ct, struct column *c)
{
    const struct token *cv = ct->v;
    int named = 0;
    for (size_t x = 0; x < ct->n; x = line_end(cv, ct->n, x)) {
        size_t xe = line_end(cv, ct->n, x), x0 = caption_words(cs, cv, x, xe);
        if (x0 >= xe)
            continue;
        struct column col[TABLE_COLS];
        int k = header_columns(r, cs, cv, ct->n, x0, xe, col, true);
        if (k == 1 && r->v[col[0].rule].change == CH_NONE) {
            if (named && col[0].rule == c->rule)
                continue;
            *c = col[0];
            named++;
        } else if (k > 1) {
            return 0;
        }
    }
    return named == 1;
}

/* Is the block one paragraph of prose: one line, long, ending a sentence? */
static bool prose_block(const struct block *b)
{
    size_t n = b->len;
    while (n && is_space((unsigned char)b->text[n - 1]))
        n--;
    return n > 80 && !memchr(b->text, '\n', n) && b->text[n - 1] == '.';
}

static size_t caption_block_rows(const struct rules *r, const char *s, const struct token *t, size_t n,
                                 table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption)
{
    int m, y0;
    if (!n || in_table[0])
        return 0;
    struct column c = column_of(-1, 0, 0);
    struct caption c2 = {.b = caption->b2};
    tokens_init(&c2.t);
    struct caption *used = caption;
    const char *cs;
    const struct token *cv;
    size_t cn, x0 = 0; /* (the first row's first token) */
    int cap_m = 0;     /* (the month the caption dates its rows' years by) */
    if (row_label(s, t, 0, line_end(t, n, 0), &y0, &m) == 0) {
        /* (the caption may be the block's own first line, ending with a
         * colon: "JD.com's 618 gross merchandise value, by year:" over
         * "2017: 119.9 billion yuan") */
        size_t b0 = line_end(t, n, 0), e0 = b0;
        while (e0 > 0 && t[e0 - 1].kind == TK_PUNCT && t[e0 - 1].len == 0)
            e0--;
        if (b0 >= n || e0 < 3 || t[e0 - 1].kind != TK_PUNCT || s[t[e0 - 1].off] != ':' ||
            row_label(s, t, b0, line_end(t, n, b0), &y0, &m) == 0)
            return 0;
        struct tokens own = {(struct token *)t, e0 - 1, 0};
        if (!caption_names_one(r, s, &own, &c))
            return 0;
        used = NULL;
        cs = s;
        cv = t;
        cn = e0 - 1;
        x0 = b0;
        /* (a caption of JD's "618" festival dates its years' figures by
         * the festival's month: "JD.com's 618 gross merchandise value, by
         * year:") */
        static const char *const fest[] = {"festival", "shopping", "sales", "gmv", "gross", "promotion", "event"};
        for (size_t i = 0; i + 1 < cn; i++)
            if (t[i].len == 3 && memcmp(s + t[i].off, "618", 3) == 0 && !t[i].unit && t[i + 1].kind == TK_WORD &&
                str_ieq_any(s + t[i + 1].off, t[i + 1].len, fest, sizeof fest / sizeof *fest))
                cap_m = 6;
    } else {
        const struct tokens *ct = caption_tokens(caption);
        if (!ct || !ct->n)
            return 0;
        if (!caption_names_one(r, caption->b->text, ct, &c)) {
            /* (or the caption over a paragraph of prose that stands between) */
            const struct tokens *ct2 = caption->b2 && prose_block(caption->b) ? caption_tokens(&c2) : NULL;
            c = column_of(-1, 0, 0);
            if (!ct2 || !ct2->n || !caption_names_one(r, caption->b2->text, ct2, &c)) {
                tokens_fini(&c2.t);
                return 0;
            }
            used = &c2;
        }
        cs = used->b->text;
        cv = caption_tokens(used)->v;
        cn = caption_tokens(used)->n;
        caption_head(&c, cs, cv); /* (its words are the caption block's) */
    }
    /* (the caption's unit: a scale's word on its own, "Internet users,
     * million, year-end", or in brackets) */
    struct column cu = column_of(-1, 0, 0);
    if (used && c.mult == 1 && !c.unit && !c.rate && caption_block_unit(used, &cu)) {
        c.mult = cu.mult;
        c.unit = cu.unit;
        c.rate = cu.rate;
    }
    for (size_t i = 0; i < cn && c.mult == 1 && !c.unit; i++)
        if (cv[i].kind == TK_WORD && scale_word(cs, &cv[i]) > 1 && i > 0 && cv[i - 1].kind == TK_PUNCT &&
            cs[cv[i - 1].off] == ',')
            c.mult = scale_word(cs, &cv[i]);
    tokens_fini(&c2.t);
    /* the rows: a period ("2013", "Dec 2016"), a colon maybe, one figure,
     * a note's mark maybe ("2020: 498.2*") */
    size_t rows = 0, e = 0, at[512];
    for (size_t x = x0; x < n && rows < sizeof at / sizeof *at; x = line_end(t, n, x)) {
        size_t xb = line_end(t, n, x), f = x + row_label(s, t, x, xb, &y0, &m);
        if (f > x && f < xb && t[f].kind == TK_PUNCT && s[t[f].off] == ':')
            f++;
        size_t g = f + 1;
        while (g < xb && t[g].kind == TK_PUNCT && s[t[g].off] == '*')
            g++;
        if (f == x || f >= xb || g != xb || t[f].kind != TK_NUM || (t[f].flags & TF_YEAR))
            break;
        at[rows++] = f;
        e = xb;
    }
    if (rows < 3)
        return 0;
    size_t cells = 0;
    for (size_t i = 0; i < x0; i++)
        in_table[i] = true;
    for (size_t x = x0, q = 0; x < e; x = line_end(t, n, x), q++) {
        size_t xb = line_end(t, n, x);
        int y, d;
        row_label_day(s, t, x, xb, &y, &m, &d);
        if (cap_m && !m)
            m = cap_m;
        for (size_t i = x; i < xb; i++)
            in_table[i] = true;
        int g = give_cell_on(r, s, t, at[q], &c, y, m, d, x, xb, fn, ctx);
        cells += g > 0 ? (size_t)g : 0;
    }
    return cells;
}

/* ... and rows of a period and k figures each under a caption, the block
 * before, one of whose lines names the k quantities in order, each with
 * its unit:
 *
 *     Figure 3: China's internet users, 2005-2016
 *     Internet users (million) and penetration rate (percent), end of year
 *
 *     2005     111     8.5
 *     2010     457    34.3 */
static size_t caption_block_cols(const struct rules *r, const char *s, const struct token *t, size_t n,
                                 table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption)
{
    int m, y;
    if (!n || in_table[0] || row_label(s, t, 0, line_end(t, n, 0), &y, &m) == 0)
        return 0;
    const struct tokens *ct = caption_tokens(caption);
    if (!ct || !ct->n)
        return 0;
    const char *cs = caption->b->text;
    const struct token *cv = ct->v;
    struct column col[TABLE_COLS];
    int k = 0;
    for (size_t x = 0; x < ct->n; x = line_end(cv, ct->n, x)) {
        size_t xe = line_end(cv, ct->n, x), x0 = caption_words(cs, cv, x, xe);
        if (x0 >= xe)
            continue;
        struct column lc[TABLE_COLS];
        int lk = header_columns(r, cs, cv, ct->n, x0, xe, lc, false);
        if (lk < 2)
            continue;
        /* (each a level with its unit in brackets, and "and" between) */
        bool ok = k == 0;
        for (int c = 0; c < lk && ok; c++)
            ok = r->v[lc[c].rule].change == CH_NONE &&
                 (lc[c].mult != 1 || lc[c].unit || lc[c].rate || r->v[lc[c].rule].unit == UC_PERCENT) &&
                 (c == 0 || lc[c].rule != lc[c - 1].rule);
        bool joined = false;
        for (size_t i = lc[0].hb; ok && i < lc[1].ha && !joined; i++)
            joined = tok_is(&cv[i], WH(and));
        if (!ok || !joined)
            return 0;
        memcpy(col, lc, sizeof col);
        for (int c = 0; c < lk; c++)
            caption_head(&col[c], cs, cv);
        k = lk;
    }
    if (k < 2)
        return 0;
    /* the rows: a period, then k figures */
    size_t rows = 0, e = 0;
    for (size_t x = 0; x < n; x = line_end(t, n, x)) {
        size_t xb = line_end(t, n, x), f = x + row_label(s, t, x, xb, &y, &m);
        if (f == x || xb - f != (size_t)k)
            break;
        bool figs = true;
        for (size_t i = f; i < xb && figs; i++)
            figs = t[i].kind == TK_NUM && !(t[i].flags & (TF_YEAR | TF_GLUED | TF_WORDS));
        if (!figs)
            break;
        rows++;
        e = xb;
    }
    if (rows < 3 || e != n)
        return 0;
    size_t cells = 0;
    for (size_t x = 0; x < e; x = line_end(t, n, x)) {
        size_t xb = line_end(t, n, x);
        int d;
        size_t f = x + row_label_day(s, t, x, xb, &y, &m, &d);
        for (size_t i = x; i < xb; i++)
            in_table[i] = true;
        for (int c = 0; c < k; c++) {
            int g = give_cell_on(r, s, t, f + (size_t)c, &col[c], y, m, d, x, xb, fn, ctx);
            cells += g > 0 ? (size_t)g : 0;
        }
    }
    return cells;
}

/* Of the columns [from, n) that end at ends[], the one that ends nearest
 * to e (-1: none), its distance in *dist. */
static int nearest_end(const size_t *ends, int from, int n, size_t e, size_t *dist)
{
    int best = -1;
    *dist = SIZE_MAX;
    for (int c = from; c < n; c++) {
        size_t d = e > ends[c] ? e - ends[c] : ends[c] - e;
        if (d < *dist) {
            *dist = d;
            best = c;
        }
    }
    return best;
}

/* The offset in s where the line of token i starts. */
static size_t line_start(const char *s, const struct token *t, size_t i)
{
    size_t o = t[i].off;
    while (o > 0 && s[o - 1] != '\n')
        o--;
    return o;
}

/* The k columns of a header of two lines [a1, b1) over [a2, b2), each
 * column's name broken over both lines: the fields of the lower line
 * (past a label's, "Month"), each with the words of the upper line above
 * it.  A column's rule is the longest level cue that ends its name
 * ("of which FTTH", "4G users"); at least one column must have one.
 * Whether the fields fit k columns. */
static bool columns_of_two_lines(const struct rules *r, const char *s, const struct token *t, size_t a1, size_t b1,
                                 size_t a2, size_t b2, int k, struct column *col)
{
    size_t fa[TABLE_COLS + 2];
    int nf = 0;
    for (size_t i = a2; i < b2; i++)
        if (i == a2 || gap_before(s, t, i)) {
            if (nf > TABLE_COLS)
                return false;
            fa[nf++] = i;
        }
    fa[nf] = b2;
    int skip = nf == k + 1 ? 1 : nf == k ? 0 : -1;
    if (skip < 0 || k > TABLE_COLS)
        return false;
    size_t l1 = line_start(s, t, a1), l2 = line_start(s, t, a2);
    int named = 0;
    for (int c = 0; c < k; c++) {
        size_t f0 = fa[skip + c], f1 = fa[skip + c + 1];
        size_t cs = t[f0].off - l2, ce = t[f1 - 1].off + t[f1 - 1].len - l2;
        /* (the upper words over it: those whose span meets the field's) */
        struct token w[16];
        size_t m = 0;
        for (size_t i = a1; i < b1 && m < 8; i++) {
            size_t us = t[i].off - l1, ue = us + t[i].len;
            if (ue + 2 > cs && us < ce + 2 && t[i].kind == TK_WORD)
                w[m++] = t[i];
        }
        for (size_t i = f0; i < f1 && m < 16; i++)
            w[m++] = t[i];
        col[c] = column_of(-1, f0, f1);
        int best = -1, best_n = 0;
        for (size_t st = 0; st < m; st++) {
            if (w[st].kind != TK_WORD)
                continue;
            const struct cue_ref *ra, *rb;
            rules_cues_for(r, w[st].hash, &ra, &rb);
            for (; ra < rb; ra++) {
                const struct rule *ru = &r->v[ra->rule];
                const struct phrase *ph = &ru->cue.v[ra->cue];
                if (ru->change != CH_NONE || ph->h[0] != w[st].hash || ph->n <= best_n || ph->dir != 0 ||
                    match_fwd(w, m, st, ph, m) != m)
                    continue;
                best = (int)ra->rule;
                best_n = ph->n;
            }
        }
        if (best >= 0) {
            col[c].rule = best;
            named++;
        }
    }
    return named > 0;
}

/* The columns of a header of several lines [ha, hb) over the rows [ra,
 * re) of k figures each, every column's name and unit broken over the
 * lines, each line's fields standing over their columns:
 *
 *     Year    Number of       YoY       Amount          YoY
 *             transactions    growth    (trillion       growth
 *             (100 million)   (%)       yuan)           (%)
 *     2015      821.45       119.51      49.48          100.16
 *
 * Fields of different lines that overlap are one column's; there must be
 * k such columns, or k and the label's, each near its figures.  A
 * column's words outside brackets name it (a level's cue, or a change of
 * the level to its left: "YoY growth"); its words in brackets are its
 * unit.  A column of money named by a measure alone ("Amount") counts the
 * money the caption names (v, or NULL).  Into col (their header texts in
 * heads); how many columns a cue named. */
enum { HEAD_TEXT = 96 };

static int columns_stacked(const struct rules *r, const char *s, const struct token *t, size_t n, size_t ha,
                           size_t hb, size_t ra, size_t re, int k, const struct cap_view *v, struct column *col,
                           char (*heads)[HEAD_TEXT])
{
    enum { MAXF = 48 };
    size_t fa[MAXF], fb[MAXF], fs[MAXF], fe[MAXF];
    int grp[MAXF], nf = 0;
    for (size_t x = ha; x < hb;) {
        size_t xe = line_end(t, n, x), l0 = line_start(s, t, x);
        for (size_t i = x, j; i < xe; i = j) {
            /* (a field ends at a wide gap, or where one unit's brackets
             * close and the next's open: "(100 million yuan) (US$
             * billion)") */
            for (j = i + 1; j < xe && !gap_before(s, t, j) && !((t[j - 1].flags & TF_CLOSE) && (t[j].flags & TF_OPEN));)
                j++;
            if (nf == MAXF)
                return 0;
            fa[nf] = i;
            fb[nf] = j;
            fs[nf] = t[i].off - l0;
            fe[nf] = t[fb[nf] - 1].off + t[fb[nf] - 1].len - l0;
            grp[nf] = nf;
            nf++;
        }
        x = xe;
    }
    /* (fields that overlap are one column's, and what overlaps that) */
    for (bool merged = true; merged;) {
        merged = false;
        for (int i = 0; i < nf; i++)
            for (int j = i + 1; j < nf; j++)
                if (grp[i] != grp[j] && fs[i] < fe[j] && fs[j] < fe[i]) {
                    int from = grp[j], to = grp[i];
                    for (int q = 0; q < nf; q++)
                        if (grp[q] == from)
                            grp[q] = to;
                    merged = true;
                }
    }
    /* the columns, left to right: each group's span */
    int gid[MAXF], ng = 0;
    size_t gs[MAXF], ge[MAXF];
    for (int i = 0; i < nf; i++) {
        int g = 0;
        while (g < ng && gid[g] != grp[i])
            g++;
        if (g == ng) {
            gid[ng] = grp[i];
            gs[ng] = fs[i];
            ge[ng++] = fe[i];
        } else {
            gs[g] = fs[i] < gs[g] ? fs[i] : gs[g];
            ge[g] = fe[i] > ge[g] ? fe[i] : ge[g];
        }
    }
    for (int i = 1; i < ng; i++)
        for (int j = i; j > 0 && gs[j] < gs[j - 1]; j--) {
            int ti = gid[j];
            gid[j] = gid[j - 1];
            gid[j - 1] = ti;
            size_t tz = gs[j];
            gs[j] = gs[j - 1];
            gs[j - 1] = tz;
            tz = ge[j];
            ge[j] = ge[j - 1];
            ge[j - 1] = tz;
        }
    int skip = ng - k;
    if (k < 2 || k > TABLE_COLS || skip < 0 || skip > 1)
        return 0;
    /* (each near the figures under it) */
    size_t cs[TABLE_COLS], ce[TABLE_COLS];
    for (int c = 0; c < k; c++) {
        cs[c] = SIZE_MAX;
        ce[c] = 0;
    }
    for (size_t x = ra; x < re;) {
        size_t xe = line_end(t, n, x), l0 = line_start(s, t, x), at[TABLE_COLS];
        int y, m, d;
        size_t lab = row_label_day(s, t, x, xe, &y, &m, &d);
        int nr = row_cells(s, t, x + lab, xe, at);
        for (int c = 0; c < nr && c < k; c++) {
            if (at[c] == SIZE_MAX)
                continue;
            size_t o = t[at[c]].off - l0;
            cs[c] = o < cs[c] ? o : cs[c];
            ce[c] = o + t[at[c]].len > ce[c] ? o + t[at[c]].len : ce[c];
        }
        x = xe;
    }
    for (int c = 0; c < k; c++)
        if (cs[c] == SIZE_MAX || gs[skip + c] > ce[c] + 6 || ge[skip + c] + 6 < cs[c])
            return 0;
    if (skip && ge[0] > cs[0])
        return 0;
    /* each column's name and unit */
    int named = 0, last_level = -1;
    for (int c = 0; c < k; c++) {
        struct token nm[24];
        size_t m = 0, tl = 0;
        int depth = 0;
        col[c] = column_of(-1, ha, ha);
        heads[c][0] = '\0';
        for (int f = 0; f < nf; f++) {
            if (grp[f] != gid[skip + c])
                continue;
            for (size_t i = fa[f]; i < fb[f]; i++) {
                if (t[i].flags & TF_OPEN)
                    depth++;
                else if ((t[i].flags & TF_CLOSE) && depth)
                    depth--;
                else if (depth)
                    unit_token(s, &t[i], &col[c]);
                else if (m < sizeof nm / sizeof *nm)
                    nm[m++] = t[i];
            }
            /* (its text, the fields' joined by a space) */
            size_t len = t[fb[f] - 1].off + t[fb[f] - 1].len - t[fa[f]].off;
            if (tl + len + 2 < HEAD_TEXT) {
                if (tl)
                    heads[c][tl++] = ' ';
                memcpy(heads[c] + tl, s + t[fa[f]].off, len);
                tl += len;
                heads[c][tl] = '\0';
            }
        }
        col[c].htext = heads[c];
        col[c].hlen = tl;
        /* (the words of different lines are one name) */
        for (size_t i = 0; i < m; i++)
            nm[i].line = nm[0].line;
        struct column one[TABLE_COLS];
        int found = m ? header_columns_in(r, s, nm, m, 0, m, one, true, -1, t, n) : 0;
        int rule = found >= 1 ? one[0].rule : -1;
        int ch = 0;
        for (size_t i = 0; i < m && !ch; i++)
            ch = change_word(s, &nm[i]);
        bool pct = col[c].unit && strcmp(col[c].unit, "percent") == 0;
        /* (a change of what its name then names: "Change in net assets
         * (%)", "Growth of users") */
        if (rule >= 0 && r->v[rule].change == CH_NONE && m >= 3 && change_word(s, &nm[0]) &&
            (word_is(s, &nm[1], "in") || word_is(s, &nm[1], "of"))) {
            int ci = rules_change_of(r, pct ? CH_GROWTH : (enum change_kind)change_word(s, &nm[0]), r->v[rule].id);
            if (ci >= 0) {
                col[c].level1 = rule + 1;
                rule = ci;
            }
        }
        /* (or of an earlier column its name names by that column's first
         * word: "Growth of amount (%)" after "Amount (RMB trillion)") */
        if (rule < 0 && ch && m == 3 && (word_is(s, &nm[1], "of") || word_is(s, &nm[1], "in")))
            for (int c2 = c - 1; c2 >= 0 && rule < 0; c2--) {
                size_t wl = 0;
                while (heads[c2][wl] && is_alpha((unsigned char)heads[c2][wl]))
                    wl++;
                char w2[32];
                size_t l2 = nm[2].len < sizeof w2 - 1 ? nm[2].len : 0;
                memcpy(w2, s + nm[2].off, l2);
                w2[l2] = '\0';
                if (col[c2].rule >= 0 && r->v[col[c2].rule].change == CH_NONE && wl && l2 &&
                    str_ieq(heads[c2], wl, w2)) {
                    rule = rules_change_of(r, pct ? CH_GROWTH : (enum change_kind)ch, r->v[col[c2].rule].id);
                    if (rule >= 0)
                        col[c].level1 = col[c2].rule + 1;
                }
            }
        /* (or a part of the level before it, its own words the part's:
         * "Of which: physical goods (100 million yuan)" after "Online
         * retail sales (100 million yuan)   Growth (%)") */
        if (rule < 0 && !ch && m >= 3 && word_is(s, &nm[0], "of") && word_is(s, &nm[1], "which"))
            for (int c2 = c - 1; c2 >= 0 && rule < 0; c2--)
                if (col[c2].rule >= 0 && r->v[col[c2].rule].change == CH_NONE && col[c2].pb == col[c2].pa)
                    for (int f = 0; f < nf && rule < 0; f++) {
                        if (grp[f] != gid[skip + c] || !word_is(s, &t[fa[f]], "of"))
                            continue;
                        size_t pa = fa[f] + 1;
                        if (pa < fb[f] && word_is(s, &t[pa], "which"))
                            pa++;
                        if (pa < fb[f] && t[pa].kind == TK_PUNCT && s[t[pa].off] == ':')
                            pa++;
                        size_t pb = pa;
                        while (pb < fb[f] && t[pb].kind == TK_WORD)
                            pb++;
                        if (pb > pa) {
                            rule = col[c2].rule;
                            col[c].pa = pa;
                            col[c].pb = pb;
                        }
                    }
        if (rule < 0 && ch && last_level >= 0) {
            /* (a change of the level right before it) */
            rule = rules_change_of(r, pct ? CH_GROWTH : (enum change_kind)ch, r->v[col[last_level].rule].id);
            if (rule >= 0) {
                col[c].level1 = col[last_level].rule + 1;
                col[c].pa = col[last_level].pa; /* (a part's change is the part's) */
                col[c].pb = col[last_level].pb;
            }
        } else if (rule < 0 && v && col[c].unit && !pct && strcmp(col[c].unit, "other") != 0) {
            /* (money named by a measure alone: the caption's) */
            bool measure = m > 0;
            for (size_t i = 0; i < m && measure; i++)
                measure = nm[i].kind != TK_WORD || measure_noun(s, &nm[i]) || word_is(s, &nm[i], "total") ||
                          word_is(s, &nm[i], "transaction") || word_is(s, &nm[i], "volume");
            struct column cc = column_of(-1, 0, 0);
            rule = measure ? caption_names(r, v, UC_MONEY, 2, &cc) : -1;
        } else if (rule >= 0 && v) {
            /* (a count's name over money: "Transaction scale (trillion
             * yuan)" counts the caption's money) */
            struct column q = one[0];
            q.unit = col[c].unit;
            int mr = money_of_caption(r, nm, &q, v);
            if (mr >= 0)
                rule = mr;
        }
        /* (a change is of the column right before it: no growth of a
         * column that some unnamed one stands between) */
        last_level = rule >= 0 && r->v[rule].change == CH_NONE ? c : -1;
        if (rule < 0)
            continue;
        col[c].rule = rule;
        named++;
    }
    return named;
}

/* The day of a caption's date that ends with the year at i, "March 31,
 * 2018": its day, its month in *m; 0 if the tokens before the year are
 * no month and day. */
static int caption_day(const char *s, const struct token *t, size_t i, int *m)
{
    size_t j = i;
    if (t[j - 1].kind == TK_PUNCT && s[t[j - 1].off] == ',')
        j--;
    if (j < 2 || t[j - 1].kind != TK_NUM || (t[j - 1].flags & TF_YEAR) || t[j - 1].value < 1 || t[j - 1].value > 31 ||
        t[j - 1].len > 2)
        return 0;
    int mm = scan_month(s + t[j - 2].off, t[j - 2].len);
    if (mm <= 0)
        return 0;
    *m = mm;
    return (int)t[j - 1].value;
}

/* Tables whose rows name whom their figures are of, and whose columns name
 * the indicators, parted by wide gaps; the caption above gives the date
 * and the unit:
 *
 *     Table 1  Mobile subscribers of the operators, end of August 2014
 *     Unit: 10,000 users
 *
 *     Operator            Mobile subscribers    of which 3G    3G as % of total
 *     China Mobile                  79,945          21,926              27.4
 *     Total                        127,534          47,406              37.2
 *
 * A figure is its column's by where it ends on its line (or, set flush
 * left, where it starts); a column no indicator names counts nothing;
 * "Total" is the country's (China, not a fallback kind: "money market
 * funds" are one row of the total).  A day in a row's text dates it, and
 * a note under the rows may give the money columns' currency:
 *
 *     Company      Listed     Shares offered   Offer price   Raised
 *     Alpha Tech   March 5    50 million       8.50          425 million
 *     (prices and amounts in Hong Kong dollars) */
static int field_date(const char *s, const struct token *t, size_t a, size_t b, int *m, int *d);
static bool sign_at(const char *s, const struct token *t, size_t i, size_t rb);

/* The fields of a header line [a, b), runs of tokens between wide gaps,
 * as token ranges [fa[k], fb[k]); how many (the first TABLE_COLS). */
static int header_fields(const char *s, const struct token *t, size_t a, size_t b, size_t *fa, size_t *fb)
{
    int nf = 0;
    for (size_t i = a; i < b && nf < TABLE_COLS; nf++) {
        fa[nf] = i;
        fb[nf] = i = field_end(s, t, i, b);
    }
    return nf;
}

/* The latest of the dated level columns among the fields [1, nf), -1 if
 * none; each change's column takes its date ("Net assets, end-Sep 2019
 * Net assets, end-Jun 2019   Change (%)"). */
static int date_changes(const struct rules *r, const struct column *col, int nf, int *fy, int *fm, int *fd)
{
    int late = -1;
    for (int f = 1; f < nf; f++)
        if (col[f].rule >= 0 && r->v[col[f].rule].change == CH_NONE && fy[f] &&
            (late < 0 || fy[f] * 13 + fm[f] > fy[late] * 13 + fm[late]))
            late = f;
    for (int f = 1; f < nf && late >= 0; f++)
        if (col[f].rule >= 0 && r->v[col[f].rule].change != CH_NONE) {
            fy[f] = fy[late];
            fm[f] = fm[late];
            fd[f] = fd[late];
        }
    return late;
}

/* Each unit in brackets on the line [ra, e) under a header's fields (their
 * ends fend, their starts fstart, nf of them, the first the label's) to
 * the field whose end is nearest its own, or that it starts under: a
 * named level's or an increase's column without a unit of its own. */
static void units_to_fields(const struct rules *r, const char *s, const struct token *t, size_t ra, size_t e,
                            const size_t *fend, const size_t *fstart, int nf, struct column *col)
{
    size_t l0 = line_start(s, t, ra);
    for (size_t i = ra; i < e; i++) {
        if (!(t[i].flags & TF_OPEN))
            continue;
        size_t j = i + 1;
        while (j < e && !(t[j].flags & TF_CLOSE))
            j++;
        size_t bd;
        int f = j < e ? nearest_end(fend, 1, nf, t[j].off + t[j].len - l0, &bd) : -1;
        /* (or the field it starts under, where the nearest end is
         * another's: a long field's unit set flush left) */
        size_t us = t[i].off - l0;
        for (int g = 1; g < nf && f >= 1; g++)
            if (us + 1 >= fstart[g] && us <= fend[g]) {
                f = g;
                bd = 0;
                break;
            }
        if (f >= 1 && bd <= 12 && col[f].rule >= 0 && col[f].mult == 1 && !col[f].unit &&
            r->v[col[f].rule].change != CH_GROWTH)
            header_unit(s, t, i, e, &col[f]);
        i = j;
    }
}

/* The day of a month the token is, a number 1 to 31 alone; else 0. */
static int day_number(const struct token *x)
{
    return x->kind == TK_NUM && (x->flags & TF_SMALLINT) && !(x->flags & TF_YEAR) && x->value >= 1 && x->value <= 31
               ? (int)x->value
               : 0;
}

/* Is the header line [a, b) indented past where the rows under it open
 * their names, its label on the line below: "          Number of
 * Shares" over "Fund type   funds (只)   (100 mn units)" over "Closed-end
 * funds   412   6,203.17"? */
static bool label_on_line_below(const char *s, const struct token *t, size_t n, size_t a, size_t b)
{
    size_t h = t[a].off - line_start(s, t, a);
    if (h < 12 || b >= n)
        return false;
    /* (the line below opens with a word at the rows' edge, left of the
     * header) */
    size_t e = line_end(t, n, b);
    if (t[b].kind != TK_WORD || t[b].off - line_start(s, t, b) + 8 > h || !(t[b].flags & TF_CAP))
        return false;
    /* (and a row, a name and its figures, opens at that edge within a
     * few lines) */
    for (size_t x = e, lines = 0; x < n && lines < 4; x = line_end(t, n, x), lines++) {
        size_t xe = line_end(t, n, x);
        if (t[x].kind == TK_WORD && (t[x].flags & TF_CAP) && t[x].off - line_start(s, t, x) + 8 <= h &&
            t[xe - 1].kind == TK_NUM)
            return true;
    }
    return false;
}

/* What the lines under a header's fields add to them, one line after
 * another: a change's word or a percent's mark in a field's name, a
 * bracket still open at a line's end. */
struct stacked_ends {
    bool change[TABLE_COLS], pct[TABLE_COLS], open[TABLE_COLS];
    int month[TABLE_COLS]; /* a level's month's end, "end-June" (0: none) */
    bool any;
};

/* Is the line [a, e) the ends of the names of a header's nf fields (their
 * starts fstart) and their units, broken over the lines
 * under them: words in lower case, units in brackets that may close on
 * the next line ("(100 million" over "yuan)")?  Each unit to its field's
 * column col, if a level's without one; the words' changes and percents
 * into se. */
static bool stacked_more(const char *s, const struct token *t, size_t a, size_t e, const size_t *fstart, int nf,
                         struct column *col, struct stacked_ends *se)
{
    size_t l0 = line_start(s, t, a);
    int fld[64];
    if (e - a > 64 || e == a)
        return false;
    /* (each token's field: the last that starts before it, or at most
     * two columns after) */
    int units = 0, words = 0;
    for (size_t i = a; i < e; i++) {
        size_t ts = t[i].off - l0;
        int f = -1;
        for (int g = 0; g < nf; g++)
            if (fstart[g] <= ts + 2)
                f = g;
        if (f < 0)
            return false;
        fld[i - a] = f;
    }
    /* (what is inside a bracket, one opened on a line above too) */
    bool open[TABLE_COLS];
    memcpy(open, se->open, sizeof open);
    for (size_t i = a; i < e; i++) {
        int f = fld[i - a];
        if (t[i].flags & TF_OPEN) {
            open[f] = true;
            units++;
            continue;
        }
        if (t[i].flags & TF_CLOSE) {
            if (!open[f])
                return false;
            open[f] = false;
            units++; /* (a unit closed: "units)   yuan)") */
            continue;
        }
        if (open[f])
            continue;
        if (t[i].kind == TK_PUNCT && s[t[i].off] == '%')
            continue;
        /* (a hyphen inside a word, "end-June") */
        if (t[i].kind == TK_PUNCT && (t[i].flags & TF_HYPHEN))
            continue;
        if (t[i].kind != TK_WORD ||
            (f > 0 && !is_lower((unsigned char)s[t[i].off]) && scan_month(s + t[i].off, t[i].len) <= 0))
            return false;
        words++;
    }
    if (!units && !words)
        return false;
    /* (taken: what each field gains) */
    for (size_t i = a; i < e; i++) {
        int f = fld[i - a];
        if (f == 0)
            continue;
        if (t[i].flags & TF_OPEN) {
            se->open[f] = true;
            continue;
        }
        if (t[i].flags & TF_CLOSE) {
            se->open[f] = false;
            continue;
        }
        if (se->open[f]) {
            if (t[i].kind == TK_PUNCT && s[t[i].off] == '%')
                se->pct[f] = true;
            else if (col[f].rule >= 0 && !col[f].unit)
                unit_token(s, &t[i], &col[f]);
            continue;
        }
        if (word_is(s, &t[i], "change") || word_is(s, &t[i], "growth") || word_is(s, &t[i], "increase"))
            se->change[f] = true;
        if (word_is(s, &t[i], "growth") || (t[i].kind == TK_PUNCT && s[t[i].off] == '%'))
            se->pct[f] = true;
        /* (a level's month's end: "end-June", "end of June") */
        int mo = t[i].kind == TK_WORD ? scan_month(s + t[i].off, t[i].len) : 0;
        if (mo > 0 && i > a &&
            (word_is(s, &t[i - 1], "end") ||
             (i >= a + 2 && (t[i - 1].flags & TF_HYPHEN) && word_is(s, &t[i - 2], "end")) ||
             (i >= a + 2 && word_is(s, &t[i - 1], "of") && word_is(s, &t[i - 2], "end"))))
            se->month[f] = mo;
    }
    se->any = true;
    return true;
}

/* Pass over a header's first field (a column of ranks or of codes): the
 * fields [fa, fb) move one down. */
static void drop_first_field(size_t *fa, size_t *fb, int *nf)
{
    memmove(fa, fa + 1, (size_t)(*nf - 1) * sizeof *fa);
    memmove(fb, fb + 1, (size_t)(*nf - 1) * sizeof *fb);
    (*nf)--;
}

static size_t by_entity_rows(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                             void *ctx, bool *in_table, struct caption *caption, int year)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        if (in_table[a] || t[a].kind != TK_WORD) {
            a = b;
            continue;
        }
        /* the header's fields: runs of words between wide gaps */
        size_t fa[TABLE_COLS], fb[TABLE_COLS]; /* token ranges */
        int nf = header_fields(s, t, a, b, fa, fb);
        /* (a header whose label stands on its line below, its first line
         * indented past where the rows' names open: "Number of   Shares
         * ..." over "Fund type   funds   ...") */
        bool label_below = nf >= 2 && nf < TABLE_COLS && label_on_line_below(s, t, n, a, b);
        if (label_below) {
            for (int f = nf; f > 0; f--) {
                fa[f] = fa[f - 1];
                fb[f] = fb[f - 1];
            }
            fb[0] = fa[0] = a;
            nf++;
        }
        /* (a first column of ranks, "Rank   Fund   Net assets (billion
         * yuan)": the rows' names are the next; each row's rank, a small
         * number before a wide gap, is passed over) */
        bool ranked = nf >= 3 && fb[0] == fa[0] + 1 &&
                      (word_is(s, &t[fa[0]], "rank") || word_is(s, &t[fa[0]], "ranking"));
        if (ranked)
            drop_first_field(fa, fb, &nf);
        /* (and a column of codes after it, "Rank   Fund code   Fund name
         * NAV": each row's code, a figure or a word of capitals before a
         * wide gap, is passed over too) */
        bool coded = nf >= 3 && fb[0] > fa[0] && fb[0] - fa[0] <= 2 &&
                     (word_is(s, &t[fb[0] - 1], "code") || word_is(s, &t[fb[0] - 1], "ticker") ||
                      word_is(s, &t[fb[0] - 1], "symbol"));
        if (coded)
            drop_first_field(fa, fb, &nf);
        /* (not a column of periods: "Quarter   GMV   QoQ growth") */
        /* (one column, of a measure with its unit, "Provider   Share (%)",
         * is a table too) */
        bool one_measure = nf == 2 && fb[1] - fa[1] <= 6 && t[fa[1]].kind == TK_WORD;
        for (size_t i = fa[1]; one_measure && i < fb[1] && !(t[i].flags & TF_OPEN); i++)
            one_measure = t[i].kind == TK_WORD;
        if (one_measure) {
            bool bracket = false;
            for (size_t i = fa[1]; i < fb[1]; i++)
                bracket = bracket || (t[i].flags & TF_OPEN);
            /* (or its unit the caption's: "Bandwidth" under "International
             * Bandwidth by Operator (Unit: Mbps)") */
            if (!bracket && fb[1] - fa[1] <= 3) {
                size_t c1 = a;
                while (c1 > 0 && a - c1 < 40 && t[c1 - 1].line + 3 > t[a].line)
                    c1--;
                struct column cu = column_of(-1, 0, 0);
                bracket = caption_unit(s, t, n, c1, a, &cu) || (c1 == 0 && caption_block_unit(caption, &cu));
            }
            one_measure = bracket;
        }
        bool words = (nf >= 3 || one_measure) && !period_word(s, &t[a]);
        /* (a header holds no figure but in its units' brackets, "Net
         * asset value (100 million yuan)": "Mobile phone users   10,000
         * subscribers   109,403.5" is a row) */
        /* (nor but a field's date, a month's word before its year: "Net
         * assets, end-Sep 2019") */
        int depth = 0;
        for (size_t i = a; i < b && words; i++) {
            depth += (t[i].flags & TF_OPEN) ? 1 : (t[i].flags & TF_CLOSE) && depth > 0 ? -1 : 0;
            /* (or a column's year after its word: "Netizens 2010   Netizens
             * 2011") */
            bool field_year = i > a && is_row_year(&t[i]) && t[i - 1].kind == TK_WORD && !gap_before(s, t, i);
            words = t[i].kind != TK_NUM || field_year ||
                    (!(t[i].flags & TF_YEAR) && ((t[i].flags & TF_GLUED) || depth > 0));
        }
        if (!words) {
            a = b;
            continue;
        }
        /* the fields an indicator names (the first is the rows' label) */
        struct column col[TABLE_COLS];
        int named = 0;
        uint32_t head = 0; /* the noun of the last named column */
        for (int f = 1; f < nf; f++) {
            struct column one[TABLE_COLS];
            int k = header_columns(r, s, t, n, fa[f], fb[f], one, true);
            col[f] = k == 1 ? one[0] : column_of(-1, fa[f], fb[f]);
            /* (nor is a column of who runs it: "Fund company", "Fund
             * manager") */
            static const char *const who[] = {"company", "manager", "house", "sponsor", "issuer", "custodian"};
            if (col[f].rule >= 0 && str_ieq_any(s + t[fb[f] - 1].off, t[fb[f] - 1].len, who, sizeof who / sizeof *who))
                col[f].rule = -1;
            /* (a count of things is no money of them: "Number of funds"
             * beside "Net assets (100 million yuan)") */
            if (col[f].rule >= 0 && r->v[col[f].rule].unit == UC_MONEY && fb[f] > fa[f] + 1 &&
                word_is(s, &t[fa[f]], "number") && word_is(s, &t[fa[f] + 1], "of"))
                col[f].rule = -1;
            /* (a share's column: "3G as % of total") */
            bool share = false;
            for (size_t i = fa[f]; i < fb[f] && !share; i++)
                share = (t[i].kind == TK_PUNCT && s[t[i].off] == '%') || word_is(s, &t[i], "share") ||
                        word_is(s, &t[i], "percent") || word_is(s, &t[i], "proportion");
            if (share && k == 1 && !col[f].unit)
                col[f].unit = "percent";
            /* "of which 3G" under "Mobile subscribers": "3G subscribers" */
            for (size_t i = fa[f]; k != 1 && !share && head && i < fb[f] && col[f].rule < 0; i++) {
                const struct cue_ref *ra, *rb;
                rules_cues_for(r, t[i].hash, &ra, &rb);
                for (; ra < rb; ra++) {
                    const struct phrase *ph = &r->v[ra->rule].cue.v[ra->cue];
                    if (t[i].kind == TK_WORD && ph->n == 2 && ph->h[0] == t[i].hash && ph->h[1] == head &&
                        ph->dir == 0 && r->v[ra->rule].change == CH_NONE && !r->v[ra->rule].context.n) {
                        col[f].rule = (int)ra->rule;
                        break;
                    }
                }
            }
            if (col[f].rule >= 0) {
                named++;
                for (size_t i = k == 1 ? one[0].hb : fb[f]; i-- > fa[f];)
                    if (t[i].kind == TK_WORD && !(t[i].flags & (TF_OPEN | TF_CLOSE)) && (i == fa[f] || !(t[i - 1].flags & TF_OPEN))) {
                        if (k == 1)
                            head = t[i].hash;
                        break;
                    }
            }
        }
        /* a column named by a measure alone, "Amount", counts the money
         * of the one other column an indicator of money names ("Round":
         * its cells are words) */
        int money = -1, monies = 0;
        for (int f = 1; f < nf; f++)
            if (col[f].rule >= 0 && r->v[col[f].rule].unit == UC_MONEY && r->v[col[f].rule].change == CH_NONE) {
                money = f;
                monies++;
            }
        for (int f = 1; f < nf && monies == 1; f++)
            if (col[f].rule < 0 && t[fa[f]].kind == TK_WORD && measure_noun(s, &t[fa[f]]) &&
                (fb[f] == fa[f] + 1 || (t[fa[f] + 1].flags & TF_OPEN))) {
                col[f] = col[money];
                col[f].ha = fa[f];
                col[f].hb = fb[f];
                named++;
            }
        /* the caption's indicator, where a column names only its noun:
         * "Subscribers" under "3G subscribers by operator" (on the lines
         * above, or the block before) */
        size_t ca0 = a;
        while (ca0 > 0 && a - ca0 < 40 && t[ca0 - 1].line + 4 > t[a].line)
            ca0--;
        struct cap_view cv;
        struct column capc = column_of(-1, 0, 0);
        int cap_rule = caption_view(s, t, n, ca0, a, caption, &cv) ? caption_names(r, &cv, -1, 2, &capc) : -1;
        for (int f = 1; f < nf && cap_rule >= 0; f++) {
            /* (a field of one word, a word of the caption's cue) */
            size_t w = fb[f] - 1;
            if (fb[f] - fa[f] == 1 && t[w].kind == TK_WORD && caption_word(&cv, capc.ha, capc.hb, t[w].hash) &&
                col[f].rule != cap_rule) {
                if (col[f].rule < 0)
                    named++;
                col[f] = column_of(cap_rule, fa[f], fb[f]);
                continue;
            }
            /* (or a share's, "Share (%)", "Market share (%)", of a caption
             * that names a share: "Shares of the mobile payment market") */
            size_t i = fa[f];
            if (i + 1 < fb[f] && word_is(s, &t[i], "market"))
                i++;
            if (col[f].rule < 0 && r->v[cap_rule].unit == UC_PERCENT && i < fb[f] &&
                (word_is(s, &t[i], "share") || word_is(s, &t[i], "shares") || word_is(s, &t[i], "proportion")) &&
                (i + 1 == fb[f] || (t[i + 1].flags & TF_OPEN))) {
                named++;
                col[f] = (struct column){.rule = cap_rule, .mult = 1, .unit = "percent", .ha = fa[f], .hb = fb[f]};
            }
        }
        /* (each named column's own date, where its field gives one: "Net
         * assets, end-Sep 2019   Net assets, end-Oct 2019"; the changes'
         * the latest's) */
        int fy[TABLE_COLS] = {0}, fm[TABLE_COLS] = {0}, fd[TABLE_COLS] = {0}, late = -1;
        for (int f = 1; f < nf; f++) {
            if (col[f].rule < 0 || r->v[col[f].rule].change != CH_NONE)
                continue;
            fy[f] = field_date(s, t, fa[f], fb[f], &fm[f], &fd[f]);
            /* (or its year alone after its words: "Netizens 2011") */
            for (size_t i = fa[f] + 1; i < fb[f] && !fy[f]; i++)
                if (is_row_year(&t[i]) && t[i - 1].kind == TK_WORD)
                    fy[f] = (int)t[i].value;
            if (fy[f] > 0 && (late < 0 || fy[f] * 13 + fm[f] > fy[late] * 13 + fm[late]))
                late = f;
        }
        /* "Net addition", "Increase", "Growth": the change of the column
         * before it (or of the level before it, past its other change:
         * "Change   Change (%)") */
        for (int f = 2; f < nf; f++) {
            int lv = f - 1;
            if (lv >= 2 && col[lv].rule >= 0 && r->v[col[lv].rule].change != CH_NONE && col[lv].level1)
                lv = col[lv].level1 - 1 == col[lv - 1].rule ? lv - 1 : lv;
            if (col[f].rule >= 0 || col[lv].rule < 0 || r->v[col[lv].rule].change != CH_NONE)
                continue;
            int ch = 0;
            for (size_t i = fa[f]; i < fb[f] && i < fa[f] + 2 && !ch; i++)
                ch = change_word(s, &t[i]);
            /* (in percent, a growth: "Change (%)") */
            for (size_t i = fa[f]; i < fb[f] && ch == CH_INCREASE; i++)
                if ((t[i].kind == TK_PUNCT && t[i].len == 1 && s[t[i].off] == '%') || word_is(s, &t[i], "pct"))
                    ch = CH_GROWTH;
            int ri = ch ? rules_change_of(r, (enum change_kind)ch, r->v[col[lv].rule].id) : -1;
            if (ri >= 0) {
                col[f] = col[lv];
                col[f].rule = ri;
                col[f].level1 = col[lv].rule + 1;
                col[f].ha = fa[f];
                col[f].hb = fb[f];
                if (ch == CH_GROWTH) {
                    col[f].mult = 1;
                    col[f].unit = "percent";
                }
                if (late >= 0) {
                    fy[f] = fy[late];
                    fm[f] = fm[late];
                    fd[f] = fd[late];
                }
            }
        }
        if (named < 1) {
            a = b;
            continue;
        }
        size_t h0 = line_start(s, t, a);
        size_t fend[TABLE_COLS], fstart[TABLE_COLS]; /* where each field ends and starts on the line */
        for (int f = label_below ? 1 : 0; f < nf; f++) {
            fend[f] = t[fb[f] - 1].off + t[fb[f] - 1].len - h0;
            fstart[f] = t[fa[f]].off - h0;
        }
        if (label_below) {
            fstart[0] = 0;
            fend[0] = fstart[1] > 2 ? fstart[1] - 2 : 0;
        }
        /* the caption: its unit and its date, on the lines above */
        struct column cap = column_of(-1, 0, 0);
        size_t ca = a;
        while (ca > 0 && a - ca < 40 && t[ca - 1].line + 3 > t[a].line)
            ca--;
        bool has_cap = caption_unit(s, t, n, ca, a, &cap);
        int cy = 0, cm = 0, cd = 0;
        bool cq = false; /* (a quarter's: "Q4 2016") */
        for (size_t i = ca; i < a; i++)
            if (t[i].kind == TK_NUM && (t[i].flags & TF_YEAR) && t[i].len == 4) {
                cy = (int)t[i].value;
                cm = i > ca ? scan_month(s + t[i - 1].off, t[i - 1].len) : 0;
                cq = i > ca && !cm && (cm = quarter_word(s, &t[i - 1])) > 0;
                cd = i >= ca + 3 && !cm ? caption_day(s, t, i, &cm) : 0;
                /* (its day before its month: "as of 31 July 2017") */
                if (cm > 0 && !cq && i >= ca + 2)
                    cd = day_number(&t[i - 2]);
            }
        /* (or the block before, a caption of its own) */
        if (a == 0 && (!has_cap || !cy)) {
            if (!has_cap)
                has_cap = caption_block_unit(caption, &cap);
            const struct tokens *ct = cy ? NULL : caption_tokens(caption);
            /* (of prose over the table, its last sentence alone: "... up
             * from 7,597.5 Mbps at the end of 2001. The networks reported
             * the following bandwidth:") */
            size_t cs = 0;
            for (size_t i = 0; ct && i + 1 < ct->n; i++)
                if (ct->v[i].flags & TF_SENT_END)
                    cs = i + 1;
            for (size_t i = cs; ct && i < ct->n && !cy; i++)
                if (ct->v[i].kind == TK_NUM && (ct->v[i].flags & TF_YEAR) && ct->v[i].len == 4) {
                    cy = (int)ct->v[i].value;
                    cm = i > 0 ? scan_month(caption->b->text + ct->v[i - 1].off, ct->v[i - 1].len) : 0;
                    cq = i > 0 && !cm && (cm = quarter_word(caption->b->text, &ct->v[i - 1])) > 0;
                    cd = i >= 3 && !cm ? caption_day(caption->b->text, ct->v, i, &cm) : 0;
                    if (cm > 0 && !cq && i >= 2)
                        cd = day_number(&ct->v[i - 2]);
                }
        }
        /* (the year's last day is the year's, as its month is) */
        if (cm == 12 && cd == 31)
            cd = 0;
        bool cy_doc = !cy;
        if (!cy)
            cy = year;
        if (!cy) {
            a = b;
            continue;
        }
        /* (a column's month without its year, "NAV by end-July   NAV by
         * end-June": of the caption's year, or the text's) */
        bool month_fields = false;
        for (int f = 1; f < nf; f++) {
            if (col[f].rule < 0 || r->v[col[f].rule].change != CH_NONE || fy[f])
                continue;
            for (size_t i = fa[f]; i < fb[f]; i++) {
                int mo = t[i].kind == TK_WORD && (t[i].flags & TF_CAP) ? scan_month(s + t[i].off, t[i].len) : 0;
                bool end = i > fa[f] && (word_is(s, &t[i - 1], "end") ||
                                         (i >= fa[f] + 2 && t[i - 1].kind == TK_PUNCT && s[t[i - 1].off] == '-' &&
                                          word_is(s, &t[i - 2], "end")) ||
                                         (i >= fa[f] + 2 && word_is(s, &t[i - 1], "of") && word_is(s, &t[i - 2], "end")));
                if (mo > 0 && end) {
                    fy[f] = cy;
                    fm[f] = mo;
                    month_fields = true;
                    break;
                }
            }
        }
        if (month_fields)
            late = date_changes(r, col, nf, fy, fm, fd);
        /* the rows: a name, then figures */
        size_t ra = b, rows = 0;
        /* (past the header's second line: words only, "in October   3G total") */
        /* (... or its sub-fields, a measure under a field that names a
         * count of people: "Units   Share" under "Institutional
         * investors" hold no count of investors) */
        size_t sub_end[TABLE_COLS];
        bool sub_measure[TABLE_COLS];
        int nsub = 0;
        /* (the ends of the fields' names and units broken over the lines
         * under them: whether each field's names a change, a percent, and
         * has a bracket open) */
        struct stacked_ends se = {{false}, {false}, {false}, {0}, false};
        while (ra < n && rows == 0) {
            size_t e = line_end(t, n, ra);
            /* (or the columns' dates under them: "30-Jun-2017   31-Mar-2017
             * (%)"; each field a date, a unit in brackets or words) */
            {
                size_t l0 = line_start(s, t, ra);
                int dated = 0;
                bool ok = true;
                int dy[TABLE_COLS] = {0}, dmo[TABLE_COLS] = {0}, dda[TABLE_COLS] = {0};
                /* (each date's field, where it starts and ends: a field's
                 * name may stand over two dates or more, "Net asset value"
                 * over "2021-07   2021-06") */
                int nd = 0, dyv[TABLE_COLS], dmv[TABLE_COLS], ddv[TABLE_COLS];
                size_t ds[TABLE_COLS], de[TABLE_COLS];
                /* (or a year alone, with units in brackets beside: "(10,000)
                 * (10,000)   (%)   2011 (%)") */
                for (size_t i = ra; i < e && ok;) {
                    size_t j = field_end(s, t, i, e);
                    int m = 0, dd = 0, y = field_date(s, t, i, j, &m, &dd);
                    if (!y && is_row_year(&t[i]) && (j == i + 1 || (t[i + 1].flags & TF_OPEN)))
                        y = (int)t[i].value;
                    /* (a day of a month in words is no figure: "yield, 30-Jun") */
                    for (size_t q = i, inb = 0; q < j && ok; q++) {
                        if (t[q].flags & TF_OPEN) {
                            inb++;
                        } else if ((t[q].flags & TF_CLOSE) && inb) {
                            inb--;
                        }
                        ok = y || inb || t[q].kind != TK_NUM || (t[q].flags & TF_GLUED) ||
                             (q + 2 < j && (t[q].flags & TF_SMALLINT) && t[q].value <= 31 && t[q + 1].kind == TK_PUNCT &&
                              t[q + 2].kind == TK_WORD && scan_month(s + t[q + 2].off, t[q + 2].len) > 0);
                    }
                    size_t bd;
                    int f = nearest_end(fend, 1, nf, t[j - 1].off + t[j - 1].len - l0, &bd);
                    if (y && f >= 1 && bd <= 12) {
                        dy[f] = y;
                        dmo[f] = m;
                        dda[f] = dd;
                        dated++;
                    }
                    if (y && nd < TABLE_COLS - 1) {
                        dyv[nd] = y;
                        dmv[nd] = m;
                        ddv[nd] = dd;
                        ds[nd] = t[i].off - l0;
                        de[nd++] = t[j - 1].off + t[j - 1].len - l0;
                    } else if (!y) {
                        nd = TABLE_COLS; /* (a field of no date: no dates' line alone) */
                    }
                    /* (a change's unit in percent under it: a growth) */
                    if (!y && f >= 1 && bd <= 12 && col[f].rule >= 0 && r->v[col[f].rule].change == CH_INCREASE &&
                        j == i + 3 && (t[i].flags & TF_OPEN) && t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == '%') {
                        int g = col[f].level1 ? rules_change_of(r, CH_GROWTH, r->v[col[f].level1 - 1].id) : -1;
                        if (g >= 0) {
                            col[f].rule = g;
                            col[f].mult = 1;
                            col[f].unit = "percent";
                        }
                    }
                    i = j;
                }
                /* (more dates than fields: each date a column of its own,
                 * of the field that starts left of it, the last such) */
                if (ok && nd > nf - 1 && nd < TABLE_COLS) {
                    size_t nfa[TABLE_COLS], nfb[TABLE_COLS], nfe[TABLE_COLS], nfs[TABLE_COLS];
                    struct column ncol[TABLE_COLS];
                    int nfy[TABLE_COLS] = {0}, nfm[TABLE_COLS] = {0}, nfd[TABLE_COLS] = {0};
                    bool all = true;
                    for (int k = 0; k < nd && all; k++) {
                        int g = -1;
                        for (int f = 1; f < nf; f++)
                            if (fstart[f] <= ds[k] + 1)
                                g = f;
                        all = g >= 1;
                        if (!all)
                            break;
                        ncol[k + 1] = col[g];
                        nfa[k + 1] = fa[g];
                        nfb[k + 1] = fb[g];
                        nfs[k + 1] = ds[k];
                        nfe[k + 1] = de[k];
                        nfy[k + 1] = dyv[k];
                        nfm[k + 1] = dmv[k];
                        nfd[k + 1] = ddv[k];
                    }
                    if (all) {
                        ncol[0] = col[0];
                        nfa[0] = fa[0];
                        nfb[0] = fb[0];
                        nfs[0] = fstart[0];
                        nfe[0] = fend[0];
                        nf = nd + 1;
                        memcpy(col, ncol, (size_t)nf * sizeof *col);
                        memcpy(fa, nfa, (size_t)nf * sizeof *fa);
                        memcpy(fb, nfb, (size_t)nf * sizeof *fb);
                        memcpy(fstart, nfs, (size_t)nf * sizeof *fstart);
                        memcpy(fend, nfe, (size_t)nf * sizeof *fend);
                        for (int f = 1; f < nf; f++) {
                            fy[f] = col[f].rule >= 0 && r->v[col[f].rule].change == CH_NONE ? nfy[f] : 0;
                            fm[f] = fy[f] ? nfm[f] : 0;
                            fd[f] = fy[f] ? nfd[f] : 0;
                        }
                        late = date_changes(r, col, nf, fy, fm, fd);
                        for (size_t i = ra; i < e; i++)
                            in_table[i] = true;
                        ra = e;
                        continue;
                    }
                }
                if (ok && dated >= 1) {
                    /* (the units in brackets, each its field's) */
                    units_to_fields(r, s, t, ra, e, fend, fstart, nf, col);
                    for (int f = 1; f < nf; f++)
                        if (dy[f] && col[f].rule >= 0 && r->v[col[f].rule].change == CH_NONE && !fy[f]) {
                            fy[f] = dy[f];
                            fm[f] = dmo[f];
                            fd[f] = dda[f];
                        }
                    late = date_changes(r, col, nf, fy, fm, fd);
                    for (size_t i = ra; i < e; i++)
                        in_table[i] = true;
                    ra = e;
                    continue;
                }
            }
            /* (or the columns' units alone, in brackets under them: "(100
             * million yuan)   (100 million yuan)") */
            bool units_only = t[ra].flags & TF_OPEN;
            int udepth = 0;
            for (size_t i = ra; i < e && units_only; i++) {
                udepth += (t[i].flags & TF_OPEN) ? 1 : 0;
                units_only = udepth > 0 || (t[i].flags & TF_OPEN);
                udepth -= (t[i].flags & TF_CLOSE) ? 1 : 0;
            }
            if (units_only) {
                units_to_fields(r, s, t, ra, e, fend, fstart, nf, col);
                /* (and a change of an amount is in its level's unit) */
                for (int f = 2; f < nf; f++)
                    if (col[f].rule >= 0 && r->v[col[f].rule].change == CH_INCREASE && col[f].mult == 1 && !col[f].unit)
                        for (int g = f - 1; g >= 1; g--)
                            if (col[g].rule >= 0 && col[g].rule + 1 == col[f].level1) {
                                col[f].mult = col[g].mult;
                                col[f].unit = col[g].unit;
                                break;
                            }
                for (size_t i = ra; i < e; i++)
                    in_table[i] = true;
                ra = e;
                continue;
            }
            /* (or the ends of the fields' names and units: "of funds   (100
             * million   (100 million   change on" over "shares)   yuan)
             * month (%)") */
            if (stacked_more(s, t, ra, e, fstart, nf, col, &se)) {
                for (size_t i = ra; i < e; i++)
                    in_table[i] = true;
                ra = e;
                continue;
            }
            bool only_words = true;
            for (size_t i = ra; i < e && only_words; i++)
                only_words = t[i].kind == TK_WORD || t[i].kind == TK_PUNCT ||
                             (t[i].kind == TK_NUM && (t[i].flags & TF_GLUED));
            if (!only_words || e - ra > 12 || ((t[ra].flags & TF_CAP) && !sub_fields_line(s, t, ra, e)))
                break;
            size_t l0 = line_start(s, t, ra);
            nsub = 0;
            for (size_t i = ra; i < e && nsub < TABLE_COLS;) {
                size_t j = field_end(s, t, i, e);
                sub_end[nsub] = t[j - 1].off + t[j - 1].len - l0;
                sub_measure[nsub] = j == i + 1 && measure_field(s, &t[i]);
                nsub++;
                i = j;
            }
            for (size_t i = ra; i < e; i++)
                in_table[i] = true;
            ra = e;
        }
        /* (a field whose name's end says it is a change is the change of
         * the level to its left: "Net assets" over "change on" over "month
         * (%)") */
        /* (and a level's column dated by its month's end, "Net assets" over
         * "end-June": of the caption's year, or the one before) */
        for (int f = 1; f < nf && se.any; f++)
            if (se.month[f] && !se.change[f] && col[f].rule >= 0 && r->v[col[f].rule].change == CH_NONE && !fy[f]) {
                fy[f] = cm && se.month[f] > cm ? cy - 1 : cy;
                fm[f] = se.month[f];
                fd[f] = 0;
            }
        for (int f = 2; f < nf && se.any; f++) {
            /* (or one of no cue's: "MoM" over "change") */
            bool over = false;
            for (size_t i = fa[f]; i < fb[f] && !over; i++)
                over = yoy_at(s, t, i, fb[f]) || over_at(s, t, i, fb[f], "m") || over_at(s, t, i, fb[f], "q");
            if (!se.change[f] || (col[f].rule >= 0 && r->v[col[f].rule].change != CH_NONE) || (col[f].rule < 0 && !over))
                continue;
            if (over)
                se.pct[f] = true;
            int lv = f - 1;
            while (lv >= 1 && !(col[lv].rule >= 0 && r->v[col[lv].rule].change == CH_NONE))
                lv--;
            int ri = lv >= 1 ? rules_change_of(r, se.pct[f] ? CH_GROWTH : CH_INCREASE, r->v[col[lv].rule].id) : -1;
            if (ri < 0) {
                col[f].rule = -1;
                continue;
            }
            col[f].level1 = col[lv].rule + 1;
            col[f].rule = ri;
            if (se.pct[f]) {
                col[f].mult = 1;
                col[f].unit = "percent";
            } else {
                col[f].mult = col[lv].mult;
                col[f].unit = col[lv].unit;
            }
            /* (of the latest level's date, where a field dates one later
             * than the caption) */
            bool later = late >= 0 && fy[late] * 13 + fm[late] > cy * 13 + cm;
            fy[f] = later ? fy[late] : 0;
            fm[f] = later ? fm[late] : 0;
            fd[f] = later ? fd[late] : 0;
        }
        /* (or a note under the rows, "(prices and amounts in U.S.
         * dollars)": its currency the money columns') */
        struct column below = column_of(-1, 0, 0);
        bool has_below = !has_cap && unit_below(s, t, n, ra, &below, true);
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            size_t row0 = ra;
            if (ranked && t[ra].kind == TK_NUM && (t[ra].flags & TF_SMALLINT) && !(t[ra].flags & TF_YEAR) &&
                t[ra].value >= 1 && t[ra].value < 1000 && ra + 2 < rb && gap_before(s, t, ra + 1) &&
                (t[ra + 1].kind == TK_WORD || coded))
                ra++;
            if (coded && ra + 2 < rb &&
                (t[ra].kind == TK_NUM || t[ra].kind == TK_SKIP || (t[ra].kind == TK_WORD && (t[ra].flags & TF_CAP))) &&
                !(t[ra].flags & TF_YEAR) && gap_before(s, t, ra + 1) && t[ra + 1].kind == TK_WORD)
                ra++;
            /* (past "of which:", a part's row: "  of which: Equity   1,772
             * 25,574.05") */
            if (ra + 3 < rb && word_is(s, &t[ra], "of") && word_is(s, &t[ra + 1], "which")) {
                ra += 2;
                if (t[ra].kind == TK_PUNCT && s[t[ra].off] == ':')
                    ra++;
            }
            /* (or alone on its line, the parts' rows under it) */
            if (rows && rb <= ra + 3 && rb >= ra + 2 && word_is(s, &t[ra], "of") && word_is(s, &t[ra + 1], "which") &&
                (rb == ra + 2 || (t[ra + 2].kind == TK_PUNCT && s[t[ra + 2].off] == ':'))) {
                for (size_t i = row0; i < rb; i++)
                    in_table[i] = true;
                ra = rb;
                continue;
            }
            /* (a name wrapped over two lines, its figures on the second:
             * "Money market" over "funds   331   99,268.50 ...") */
            size_t name_a = ra;
            if (rows && rb < n && rb <= ra + 4 && t[ra].kind == TK_WORD && (t[ra].flags & TF_CAP)) {
                bool words_only = true;
                for (size_t i = ra; i < rb && words_only; i++)
                    words_only = t[i].kind == TK_WORD;
                size_t nb = line_end(t, n, rb);
                if (words_only && t[rb].kind == TK_WORD && is_lower((unsigned char)s[t[rb].off]) &&
                    t[nb - 1].kind == TK_NUM && t[rb].off - line_start(s, t, rb) >= t[ra].off - line_start(s, t, ra)) {
                    for (size_t i = row0; i < rb; i++)
                        in_table[i] = true;
                    row0 = ra = rb;
                    rb = nb;
                }
            }
            size_t f0 = ra;
            /* (a name's words may be joined by a slash: "Weixin/WeChat";
             * or a hyphen: "Closed-end", "Open-end") */
            while (f0 < rb && (t[f0].kind == TK_WORD ||
                               (f0 > ra && f0 + 1 < rb && t[f0].kind == TK_PUNCT && t[f0].len == 1 &&
                                (s[t[f0].off] == '/' || (t[f0].flags & TF_HYPHEN)) &&
                                t[f0 + 1].kind == TK_WORD && t[f0].off == t[f0 - 1].off + t[f0 - 1].len &&
                                t[f0 + 1].off == t[f0].off + 1)))
                f0++;
            /* (the name's aside in brackets, "ChinaNet (China Telecom)
             * 5,647", "CERNET (China Education and Research Network)":
             * the name is the words before it) */
            size_t name_end = f0;
            if (f0 > ra && f0 < rb && (t[f0].flags & TF_OPEN)) {
                size_t x = f0 + 1;
                while (x < rb && x < f0 + 10 &&
                       (t[x].kind == TK_WORD || (t[x].kind == TK_PUNCT && (t[x].flags & TF_HYPHEN))))
                    x++;
                if (x > f0 + 1 && x < rb && (t[x].flags & TF_CLOSE))
                    f0 = x + 1;
            }
            /* (past a last column of text after the figures, a wide gap
             * before it: "US$50 mn     Tiger Global", the lead investor) */
            size_t rl = rb;
            {
                size_t x = rb;
                while (x > ra + 1 && t[x - 1].kind == TK_WORD)
                    x--;
                if (x < rb && x > ra + 1 && gap_before(s, t, x) && t[x - 1].kind == TK_NUM)
                    rl = x;
            }
            /* the figures: the line's last tokens */
            /* (a count may keep its noun in its cell, "4.5 million ADS":
             * a word right after a figure, a wide gap after it) */
            size_t fig = rl;
            while (fig > ra) {
                if (t[fig - 1].kind == TK_NUM && !(t[fig - 1].flags & (TF_YEAR | TF_GLUED | TF_WORDS)))
                    fig--;
                /* (a change's sign: "-0.87") */
                else if (fig < rl && t[fig - 1].kind == TK_PUNCT && t[fig].kind == TK_NUM && sign_at(s, t, fig - 1, rl))
                    fig--;
                else if (fig < rl && fig - 1 > ra + 1 && t[fig - 1].kind == TK_WORD && t[fig - 2].kind == TK_NUM &&
                         !(t[fig - 2].flags & (TF_YEAR | TF_GLUED | TF_WORDS)) && !gap_before(s, t, fig - 1) &&
                         gap_before(s, t, fig))
                    fig--;
                /* (an empty cell among them, a dash alone: "38.3   -"
                 * under "Rank") */
                else if (fig - 1 > ra + 1 && gap_before(s, t, fig - 1) && empty_cell(s, t, fig - 1, rl) &&
                         (t[fig - 2].kind == TK_NUM || gap_before(s, t, fig - 2)))
                    fig--;
                else
                    break;
            }
            /* (a figure among them: no row of dashes alone) */
            while (fig < rl && t[fig].kind == TK_PUNCT)
                fig++;
            /* (a column of text between the name and the figures, under a
             * field no indicator names: "China Mobile   TD-SCDMA   1,823.5";
             * the name is the first field, up to the first wide gap) */
            if (fig >= f0 && fig < rl && f0 > ra) {
                size_t ne = ra + 1;
                while (ne < f0 && !gap_before(s, t, ne))
                    ne++;
                bool text = ne < f0;
                /* (or a day, "Sina.com   April 13   SINA   4 million ...",
                 * or a code, "9012", under a field that names nothing) */
                for (size_t i = ne; i < fig && text; i++)
                    text = t[i].kind == TK_WORD || (t[i].kind == TK_PUNCT && (t[i].flags & TF_HYPHEN)) ||
                           (t[i].kind == TK_NUM && !(t[i].flags & TF_YEAR) &&
                            ((i > ne && t[i].off == t[i - 1].off + t[i - 1].len) || (t[i].flags & TF_SMALLINT)));
                if (text)
                    f0 = ne;
            }
            /* (a day among the text, "April 13", is the row's date: an
             * offering's, a deal's) */
            int rm = 0, rd = 0;
            for (size_t i = ra + 1; i < rb && !rd; i++)
                if (t[i].kind == TK_NUM && (t[i].flags & TF_MONTHDAY) && t[i - 1].kind == TK_WORD &&
                    (rm = scan_month(s + t[i - 1].off, t[i - 1].len)) > 0)
                    rd = (int)t[i].value;
            if (f0 == ra || fig == rl || (fig != f0 && !(fig > f0 && t[f0].kind == TK_WORD)) ||
                !(t[name_a].flags & TF_CAP))
                break;
            size_t ne0 = name_end < f0 ? name_end : f0; /* (where the name ends) */
            bool total = word_is(s, &t[ra], "total") || word_is(s, &t[ra], "all");
            bool rest = word_is(s, &t[ra], "other") || word_is(s, &t[ra], "others");
            size_t r0 = line_start(s, t, ra);
            for (size_t i = fig; i < rl && !rest; i++) {
                if (t[i].kind != TK_NUM)
                    continue; /* (a count's own noun) */
                /* the field whose end is nearest the figure's */
                size_t bd;
                int best = nearest_end(fend, 1, nf, t[i].off + t[i].len - r0, &bd);
                /* (or, where no field's end is the figure's, the field it
                 * starts under: figures set flush left, "8.50" under "Offer
                 * price") */
                for (int f = 1; f < nf && bd > 1; f++)
                    if (fstart[f] + 1 >= t[i].off - r0 && fstart[f] <= t[i].off - r0 + 1) {
                        best = f;
                        bd = 0;
                    }
                /* (or the one it lies under, a long field over a short
                 * figure: "27,811.34" under "Net assets (100 million
                 * yuan)"; also where the nearest end is another field's
                 * that it does not lie under: "1,200.1" under the second of
                 * "Net assets, end-Sep 2019   Net assets, end-Jun 2019") */
                bool under_best = best >= 1 && t[i].off - r0 + 1 >= fstart[best] && t[i].off + t[i].len - r0 <= fend[best] + 1;
                for (int f = 1; f < nf && (bd > 12 || (!under_best && bd > 1)); f++)
                    if (t[i].off - r0 >= fstart[f] && t[i].off + t[i].len - r0 <= fend[f]) {
                        best = f;
                        bd = 0;
                    }
                if (best < 1 || col[best].rule < 0 || bd > 12)
                    continue;
                struct column c = col[best];
                if (nsub && r->v[c.rule].unit == UC_PEOPLE) {
                    size_t sd;
                    int sb = nearest_end(sub_end, 0, nsub, t[i].off + t[i].len - r0, &sd);
                    if (sb >= 0 && sd <= 12 && sub_measure[sb])
                        continue;
                }
                if (has_cap)
                    take_unit(&c, &cap);
                else if (has_below && (below.mult != 1 || r->v[c.rule].unit == UC_MONEY))
                    take_unit(&c, &below);
                const struct rule *ru = &r->v[c.rule];
                const char *unit;
                double v;
                if (cell_value(r, t, i, &c, &v, &unit) <= 0)
                    continue;
                /* (a change's sign before it: "-0.87") */
                if (ru->change != CH_NONE && i > ra && sign_at(s, t, i - 1, rl) && s[t[i - 1].off] == '-' && v > 0)
                    v = -v;
                /* (a column's own date before the caption's) */
                int ccy = fy[best] ? fy[best] : cy, ccm = fy[best] ? fm[best] : cm, ccd = fy[best] ? fd[best] : cd;
                struct table_cell tc = {(size_t)c.rule, ccy, v, ru->unit == UC_MONEY ? unit : NULL, t[ra].line, ra, rb,
                                        s + t[c.ha].off, t[c.hb - 1].off + t[c.hb - 1].len - t[c.ha].off,
                                        rd ? rm : ccm == 12 && !cq && !ccd ? 0 : ccm, -1, total ? "China" : s + t[name_a].off,
                                        total ? 5 : t[ne0 - 1].off + t[ne0 - 1].len - t[name_a].off, rd ? rd : ccd,
                                        cq && !rd,
                                        Q_EXACT, false, 0, 0, false, cy_doc && !fy[best] && !rd, NULL, 0, false};
                fn(ctx, &tc);
                cells++;
            }
            for (size_t i = row0; i < rb; i++)
                in_table[i] = true;
            rows++;
            ra = rb;
        }
        if (rows >= 2)
            for (size_t i = a; i < b; i++)
                in_table[i] = true;
        a = ra > b ? ra : b;
    }
    return cells;
}

/* What a column of a table of measures holds: nothing counted, a level, an
 * increase or a growth of it. */
enum { MC_NONE, MC_LEVEL, MC_INCREASE, MC_GROWTH };

/* A line of periods over a table's columns, parted by wide gaps:
 * "2013.12   2012.12", "Dec 2013   Dec 2012", "2013   2012"; how many
 * (two at least, else 0), their year, month (0: none) and where each
 * starts on its line. */
static int period_line(const char *s, const struct token *t, size_t a, size_t b, int *py, int *pm, size_t *pstart)
{
    size_t l0 = line_start(s, t, a);
    int np = 0;
    for (size_t i = a; i < b; i++) {
        int m, y;
        size_t l = row_label(s, t, i, b, &y, &m);
        if (!l || np == TABLE_COLS || (np > 0 && !gap_before(s, t, i)))
            return 0;
        py[np] = y;
        pm[np] = m;
        pstart[np] = t[i].off - l0;
        np++;
        i += l - 1;
    }
    return np >= 2 ? np : 0;
}

/* Is token i, before rb, a sign glued to the figure after it: "-9.0%"? */
static bool sign_at(const char *s, const struct token *t, size_t i, size_t rb)
{
    return t[i].kind == TK_PUNCT && t[i].len == 1 && (s[t[i].off] == '-' || s[t[i].off] == '+') && i + 1 < rb &&
           t[i + 1].off == t[i].off + 1;
}

/* The level rule a row's label and a column's name make together ("Online
 * video" and "Users": "online video users"), all of both words; -1 if
 * none. */
static int label_column_rule(const struct rules *r, const struct token *t, size_t n, size_t la, size_t lb, size_t ca,
                             size_t cb)
{
    struct token w[16];
    size_t m = 0;
    for (size_t i = la; i < lb && m < 16; i++)
        w[m++] = t[i];
    for (size_t i = ca; i < cb && m < 16 && !(t[i].flags & TF_OPEN); i++)
        w[m++] = t[i];
    if (m < 2 || w[0].kind != TK_WORD)
        return -1;
    const struct cue_ref *ra, *rb;
    rules_cues_for(r, w[0].hash, &ra, &rb);
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        /* (what the rule requires said by the label itself: "FTTH users") */
        if (ph->h[0] == w[0].hash && ru->change == CH_NONE && ph->dir == 0 &&
            (!ru->require.n || phrases_in(&ru->require, w, m, 0, m)) &&
            (!ru->context.n || phrases_in(&ru->context, t, n, 0, n)) && match_fwd(w, m, 0, ph, m) == m)
            return (int)ra->rule;
    }
    return -1;
}

/* The date parts a header's token at i gives its column: a year (or the
 * two digits of "30-Sep-13"), a month's name, a day. */
static void date_part(const char *s, const struct token *t, size_t i, int *y, int *m, int *d)
{
    const struct token *x = &t[i];
    if (is_row_year(x)) {
        *y = (int)x->value;
    } else if (x->kind == TK_WORD && scan_month(s + x->off, x->len)) {
        *m = scan_month(s + x->off, x->len);
    } else if (x->kind == TK_NUM && (x->flags & TF_SMALLINT) && x->len == x->numlen && x->value >= 1 &&
               x->value <= 99) {
        /* "30-Sep-13": the day before the month, two digits of the year after it */
        bool after_month = i >= 2 && t[i - 1].kind == TK_PUNCT && s[t[i - 1].off] == '-' &&
                           t[i - 2].kind == TK_WORD && scan_month(s + t[i - 2].off, t[i - 2].len) &&
                           t[i - 1].off == t[i - 2].off + t[i - 2].len && x->off == t[i - 1].off + 1;
        /* ("2006/12", "2006-12": the month after its year) */
        bool after_year = i >= 2 && t[i - 1].kind == TK_PUNCT && (s[t[i - 1].off] == '/' || s[t[i - 1].off] == '-') &&
                          is_row_year(&t[i - 2]) && t[i - 1].off == t[i - 2].off + t[i - 2].len &&
                          x->off == t[i - 1].off + 1;
        if (after_month)
            *y = (int)x->value + (x->value < 50 ? 2000 : 1900);
        else if (after_year && x->value <= 12)
            *m = (int)x->value;
        else if (x->value <= 31)
            *d = (int)x->value;
    }
}

/* Where a row's label ends: past its words and a unit in brackets ("GMV
 * (RMB bn)"), at its first figure. */
static size_t label_end(const char *s, const struct token *t, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        if (t[i].kind == TK_WORD) {
            i++;
            continue;
        }
        /* (a part's colon, "of which:", a domain's dot or a hyphen glued
         * to the word after it, ".CN domain names", "E-mail") */
        if (i > a && i + 1 < b && t[i].kind == TK_PUNCT && t[i].len == 1 &&
            ((s[t[i].off] == ':' && t[i - 1].kind == TK_WORD &&
              (t[i + 1].kind == TK_WORD || (i + 2 < b && s[t[i + 1].off] == '.' && t[i + 2].kind == TK_WORD))) ||
             ((s[t[i].off] == '.' || s[t[i].off] == '-') && t[i + 1].kind == TK_WORD &&
              t[i + 1].off == t[i].off + 1))) {
            i++;
            continue;
        }
        /* (or opening a label's second line, an abbreviation: 'Monthly
         * active user accounts' / ' ("MAU") of QQ   816.5') */
        if ((t[i].flags & TF_OPEN)) {
            size_t c = i + 1;
            while (c < b && !(t[c].flags & TF_CLOSE) && c < i + 6)
                c++;
            if (c < b && (t[c].flags & TF_CLOSE) && (i > a || (c + 1 < b && t[c + 1].kind == TK_WORD))) {
                i = c + 1;
                continue;
            }
        }
        break;
    }
    return i;
}

/* Tables whose columns are levels at dates stacked over the header's lines,
 * and their change, rows of indicators (a company's figures):
 *
 *                                        As at       As at      Year-
 *                                       30 June     30 June    on-year
 *                                         2013        2012     change
 *                                      (in millions, except percentages)
 *     Active user accounts of QQ IM       818.5       783.6       4.5%
 *
 * A row's name after its cue's "of" is whose figures they are. */
static size_t by_dated_columns(const struct rules *r, const char *s, const struct token *t, size_t n,
                               table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption)
{
    size_t cells = 0;
    for (size_t ra = 0; ra < n;) {
        size_t rb = line_end(t, n, ra);
        /* a first row: a label in words, then two figures at least */
        size_t f0 = label_end(s, t, ra, rb);
        int nc = 0;
        size_t cend[TABLE_COLS];
        size_t r0 = line_start(s, t, ra);
        /* (its label may open on the line before: "Monthly active user
         * accounts" / "  of QQ   843.5   829.1") */
        size_t top = ra;
        if (ra > 0 && !(t[ra].flags & TF_CAP)) {
            size_t p0 = ra - 1;
            while (p0 > 0 && t[p0 - 1].line == t[ra - 1].line)
                p0--;
            /* (an abbreviation in brackets among them: 'Monthly active
             * user accounts ("MAUs")' over "  of QQ   815.3   808.0") */
            bool words = (t[p0].flags & TF_CAP) != 0;
            for (size_t i = p0; i < ra && words; i++)
                words = t[i].kind == TK_WORD ||
                        (i > p0 && t[i].kind == TK_PUNCT && (t[i].flags & (TF_OPEN | TF_CLOSE | TF_QUOTE)));
            if (words)
                top = p0;
        }
        bool row = f0 > ra && f0 < rb && !in_table[ra] && (top < ra || (t[ra].flags & TF_CAP));
        for (size_t i = f0; i < rb && row; i++) {
            if (t[i].kind == TK_NUM && !(t[i].flags & (TF_YEAR | TF_GLUED | TF_WORDS)) && nc < TABLE_COLS)
                cend[nc++] = t[i].off + t[i].len - r0;
            else if (!(t[i].kind == TK_PUNCT && (s[t[i].off] == '-' || s[t[i].off] == '+') && i + 1 < rb &&
                       t[i + 1].kind == TK_NUM))
                row = false;
        }
        if (!row || nc < 3 || top == 0) {
            ra = rb;
            continue;
        }
        /* the header: up to five lines above it, dates, words and a unit
         * in brackets, no other figure */
        size_t h0 = top, hl = 0;
        while (h0 > 0 && hl < 5) {
            size_t x = h0 - 1;
            while (x > 0 && t[x - 1].line == t[h0 - 1].line)
                x--;
            if (figure_outside(t, x, h0, date_figure))
                break;
            h0 = x;
            hl++;
        }
        if (hl < 2) {
            ra = rb;
            continue;
        }
        /* each header token to its column */
        int cy[TABLE_COLS] = {0}, cm[TABLE_COLS] = {0}, cd[TABLE_COLS] = {0}, kind[TABLE_COLS] = {0};
        long cl[TABLE_COLS] = {0};  /* the line of a column's date's last part */
        bool stacked = false;       /* some column's date spans lines, or names its day */
        for (size_t i = h0, fe = h0; i < top; i++) {
            /* (a field, words parted by single spaces, goes to the column
             * its end is nearest: "30-Jun-13" as a whole) */
            if (i >= fe) {
                fe = i + 1;
                while (fe < ra && t[fe].line == t[i].line && !gap_before(s, t, fe))
                    fe++;
            }
            size_t l0 = line_start(s, t, i), bd;
            int c = nearest_end(cend, 0, nc, t[fe - 1].off + t[fe - 1].len - l0, &bd);
            if (c < 0 || bd > 14)
                continue;
            /* (a caption's number is no column's day: "Table 3 Basic
             * Internet resources in China, Dec. 2006 vs. Dec. 2007") */
            static const char *const exhibit[] = {"table", "figure", "chart", "exhibit", "graph"};
            if (t[i].kind == TK_NUM && i > h0 && t[i - 1].kind == TK_WORD && t[i - 1].line == t[i].line &&
                str_ieq_any(s + t[i - 1].off, t[i - 1].len, exhibit, sizeof exhibit / sizeof *exhibit))
                continue;
            int y0 = cy[c], m0 = cm[c], d0 = cd[c];
            date_part(s, t, i, &cy[c], &cm[c], &cd[c]);
            if (cy[c] != y0 || cm[c] != m0 || cd[c] != d0) {
                stacked = stacked || (cl[c] && cl[c] != t[i].line) || cd[c];
                cl[c] = t[i].line;
            }
            /* (an amount's change, "Annual increase", where no percent
             * is said of the column) */
            if (change_word(s, &t[i]) == CH_INCREASE && !word_is(s, &t[i], "change") && kind[c] != MC_GROWTH)
                kind[c] = MC_INCREASE;
            else if (change_word(s, &t[i]) || word_is(s, &t[i], "qoq") || word_is(s, &t[i], "on-year") ||
                     (t[i].kind == TK_PUNCT && s[t[i].off] == '%'))
                kind[c] = MC_GROWTH;
        }
        int levels = 0, late = -1;
        for (int c = 0; c < nc; c++)
            if (kind[c] != MC_GROWTH && kind[c] != MC_INCREASE && cy[c] && (cm[c] || cd[c])) {
                kind[c] = MC_LEVEL;
                levels++;
                if (late < 0 || cy[c] * 400 + cm[c] * 32 + cd[c] > cy[late] * 400 + cm[late] * 32 + cd[late])
                    late = c;
            }
        /* (dates on one line each are a table of years, another reader's) */
        if (levels < 2 || !stacked) {
            ra = rb;
            continue;
        }
        /* (days under "Three months ended": quarters, by their months,
         * December's too) */
        const struct tokens *qt = h0 == 0 ? caption_tokens(caption) : NULL;
        bool quarters = quarter_span(s, t, h0, top) || (qt && quarter_span(caption->b->text, qt->v, 0, qt->n));
        struct column cap = column_of(-1, 0, 0);
        bool has_cap = caption_unit(s, t, n, h0, top, &cap) || (h0 == 0 && caption_block_unit(caption, &cap));
        size_t x = top, given = 0, lab = SIZE_MAX; /* a label's first line, words alone */
        while (x < n) {
            size_t xb = line_end(t, n, x);
            size_t g0 = label_end(s, t, x, xb);
            if (g0 == x)
                break;
            if (g0 == xb) { /* ("Peak simultaneous online user" / "accounts of QQ IM   176.4") */
                if (lab != SIZE_MAX)
                    break;
                lab = x;
                x = xb;
                continue;
            }
            size_t la = lab != SIZE_MAX ? lab : x;
            lab = SIZE_MAX;
            /* (past a part's words, "of which:", "Including:", and a
             * domain's dot: "of which: .CN domain names") */
            size_t lp = la;
            while (lp + 1 < g0 && (word_is(s, &t[lp], "of") || word_is(s, &t[lp], "which") ||
                                   word_is(s, &t[lp], "including") || word_is(s, &t[lp], "incl")))
                lp++;
            if (lp > la && lp + 1 < g0 && t[lp].kind == TK_PUNCT && s[t[lp].off] == ':')
                la = ++lp;
            if (la + 1 < g0 && t[la].kind == TK_PUNCT && s[t[la].off] == '.' && t[la + 1].off == t[la].off + 1)
                la++;
            struct column col[TABLE_COLS];
            int found = header_columns(r, s, t, n, la, g0, col, true);
            /* whose figures: a name after "of" past the cue ("MAU of QQ"),
             * none that opens a cue ("of Internet users") */
            size_t ea = 0, eb = 0;
            if (found == 1)
                for (size_t i = col[0].ha; i + 1 < g0 && !ea; i++) {
                    const struct cue_ref *ca, *cb;
                    if (tok_is(&t[i], WH(of)) && (t[i + 1].flags & TF_CAP) &&
                        (rules_cues_for(r, t[i + 1].hash, &ca, &cb), ca == cb)) {
                        ea = i + 1;
                        eb = g0;
                    }
                }
            size_t l0 = line_start(s, t, x);
            for (size_t i = g0; i < xb && found == 1; i++) {
                if (t[i].kind != TK_NUM)
                    continue;
                size_t bd;
                int c = nearest_end(cend, 0, nc, t[i].off + t[i].len - l0, &bd);
                if (c < 0 || bd > 8 || kind[c] == MC_NONE)
                    continue;
                struct column cc = col[0];
                int ri = cc.rule, at = c;
                if (kind[c] == MC_GROWTH) {
                    ri = rules_change_of(r, CH_GROWTH, r->v[cc.rule].id);
                    at = late;
                    cc.mult = i > g0 && t[i - 1].kind == TK_PUNCT && s[t[i - 1].off] == '-' ? -1 : 1;
                    cc.unit = "percent";
                    cc.rate = false;
                } else if (kind[c] == MC_INCREASE && t[i].unit && strcmp(t[i].unit, "percent") == 0) {
                    /* (a percent under "Increase" is a growth) */
                    ri = rules_change_of(r, CH_GROWTH, r->v[cc.rule].id);
                    at = late;
                    cc.mult = i > g0 && t[i - 1].kind == TK_PUNCT && s[t[i - 1].off] == '-' ? -1 : 1;
                    cc.unit = "percent";
                    cc.rate = false;
                } else if (kind[c] == MC_INCREASE) {
                    ri = rules_change_of(r, CH_INCREASE, r->v[cc.rule].id);
                    at = late;
                    if (has_cap)
                        take_unit(&cc, &cap);
                    if (i > g0 && t[i - 1].kind == TK_PUNCT && s[t[i - 1].off] == '-')
                        cc.mult = -cc.mult;
                } else if (has_cap) {
                    take_unit(&cc, &cap);
                }
                if (ri < 0)
                    continue;
                cc.rule = ri;
                const struct rule *ru = &r->v[ri];
                const char *unit;
                double v;
                if (cell_value(r, t, i, &cc, &v, &unit) <= 0)
                    continue;
                struct table_cell tc = {(size_t)ri, cy[at], v, ru->unit == UC_MONEY ? unit : NULL, t[x].line, x, xb,
                                        s + t[col[0].ha].off, t[col[0].hb - 1].off + t[col[0].hb - 1].len - t[col[0].ha].off,
                                        cm[at], kind[c] == MC_GROWTH || kind[c] == MC_INCREASE ? col[0].rule : -1, ea ? s + t[ea].off : NULL,
                                        ea ? t[eb - 1].off + t[eb - 1].len - t[ea].off : 0, quarters ? 0 : cd[at],
                                        quarters, Q_EXACT, false, 0, 0, false, false, NULL, 0, false};
                fn(ctx, &tc);
                given++;
            }
            for (size_t i = la; i < xb; i++)
                in_table[i] = true;
            x = xb;
        }
        if (lab != SIZE_MAX)
            x = lab; /* (words alone after the last row: no row's) */
        if (given) {
            for (size_t i = h0; i < top; i++)
                in_table[i] = true;
            cells += given;
        }
        ra = x > rb ? x : rb;
    }
    return cells;
}

/* Is t[i] a hyphen joined to the token before it and to a number after
 * it, from 1 to max, of two digits: "-07" of "2021-07"? */
static bool iso_part(const char *s, const struct token *t, size_t i, int max)
{
    const struct token *h = &t[i], *x = &t[i + 1];
    return h->kind == TK_PUNCT && h->len == 1 && s[h->off] == '-' && h->off == t[i - 1].off + t[i - 1].len &&
           x->kind == TK_NUM && x->off == h->off + 1 && x->len == 2 && (x->flags & TF_SMALLINT) && x->value >= 1 &&
           x->value <= max;
}

/* The date a field [a, b) of a header names: a month's word and its year
 * ("Users Dec.2010", "Jun. 2011"), or a year and its month written with a
 * dot ("2010.12"); 0 if none, the month in *m. */
static int field_date(const char *s, const struct token *t, size_t a, size_t b, int *m, int *d)
{
    *d = 0;
    for (size_t i = a; i < b; i++) {
        int mo = t[i].kind == TK_WORD ? scan_month(s + t[i].off, t[i].len) : 0;
        if (mo > 0) {
            size_t j = i + 1;
            /* ("Dec.2010", "30-Jun-2017": its day too) */
            if (j < b && t[j].kind == TK_PUNCT && (s[t[j].off] == '.' || s[t[j].off] == '-'))
                j++;
            if (j < b && is_row_year(&t[j])) {
                *m = mo;
                if (i >= a + 2 && t[i - 1].kind == TK_PUNCT && s[t[i - 1].off] == '-' && t[i - 2].kind == TK_NUM &&
                    (t[i - 2].flags & TF_SMALLINT) && t[i - 2].value >= 1 && t[i - 2].value <= 31)
                    *d = (int)t[i - 2].value;
                return (int)t[j].value;
            }
        }
        int dm = 0, y = t[i].kind == TK_NUM && !is_row_year(&t[i]) ? period_dotted(s, &t[i], &dm) : 0;
        if (y && dm) {
            *m = dm;
            return y;
        }
        /* (or written the ISO way, "2021-07", "2021-07-31") */
        if (is_row_year(&t[i]) && i + 2 < b && iso_part(s, t, i + 1, 12)) {
            *m = (int)t[i + 2].value;
            if (i + 4 < b && iso_part(s, t, i + 3, period_month_days((int)t[i].value, *m)))
                *d = (int)t[i + 4].value;
            return (int)t[i].value;
        }
    }
    *m = 0;
    return 0;
}

/* The scale alone in brackets that open at token q before e, "(10,000)":
 * 1 where there are none, or they give a unit. */
static double bracket_scale(const char *s, const struct token *t, size_t q, size_t e)
{
    if (!(t[q].flags & TF_OPEN))
        return 1;
    struct column u = column_of(-1, 0, 0);
    header_unit(s, t, q, e, &u);
    return u.unit ? 1 : u.mult;
}

/* ... and a report's table of the users of applications: a column of users
 * for each survey, its date in its field, a column of the growth, a row for
 * each application, which counts the users of the indicator its name and
 * "user" make ("Online games": "online game user"):
 *
 *     Application          Users Dec.2010   Users Jun.2011   Usage rate   Half-year
 *                          (10,000)         (10,000)         Jun.2011     growth
 *     Online games         30,410           31,137           64.2%         2.4%
 *
 * (the growth is of the latest survey's users; a row of an application no
 * indicator counts is passed over) */
static size_t by_user_columns(const struct rules *r, const char *s, const struct token *t, size_t n,
                              table_cell_fn fn, void *ctx, bool *in_table)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        if (in_table[a] || t[a].kind != TK_WORD) {
            a = b;
            continue;
        }
        /* the header's fields: runs of words between wide gaps */
        size_t fa[TABLE_COLS], fb[TABLE_COLS];
        int nf = header_fields(s, t, a, b, fa, fb);
        size_t h0 = line_start(s, t, a);
        size_t fend[TABLE_COLS];
        int fy[TABLE_COLS] = {0}, fm[TABLE_COLS] = {0};
        bool users[TABLE_COLS] = {false}, growth[TABLE_COLS] = {false};
        double mult[TABLE_COLS];
        int nusers = 0;
        for (int f = 0; f < nf; f++) {
            fend[f] = t[fb[f] - 1].off + t[fb[f] - 1].len - h0;
            mult[f] = 1;
            for (size_t i = fa[f]; i < fb[f]; i++) {
                users[f] = users[f] || (f > 0 && (word_is(s, &t[i], "users") || word_is(s, &t[i], "user")));
                growth[f] = growth[f] || (f > 0 && word_is(s, &t[i], "growth"));
            }
            int fday;
            fy[f] = f > 0 ? field_date(s, t, fa[f], fb[f], &fm[f], &fday) : 0;
        }
        /* (a second line of the header under it: units and dates, "(10,000)
         * (10,000)   Jun.2011   growth") */
        size_t ra = b;
        if (ra < n) {
            size_t rb = line_end(t, n, ra), r0 = line_start(s, t, ra);
            bool sub = true;
            for (size_t i = ra; i < rb && sub; i++)
                sub = t[i].kind != TK_NUM || is_row_year(&t[i]) || (t[i].flags & TF_GLUED) || power_of_ten(t[i].value) ||
                      period_dotted(s, &t[i], &(int){0});
            for (size_t i = ra; i < rb && sub;) {
                size_t j = field_end(s, t, i, rb);
                size_t bd;
                int f = nearest_end(fend, 1, nf, t[j - 1].off + t[j - 1].len - r0, &bd);
                if (f >= 1 && bd <= 12) {
                    int m = 0, dd, y = field_date(s, t, i, j, &m, &dd);
                    if (y && !fy[f]) {
                        fy[f] = y;
                        fm[f] = m;
                    }
                    for (size_t q = i; q < j; q++) {
                        growth[f] = growth[f] || word_is(s, &t[q], "growth");
                        double scale = bracket_scale(s, t, q, j);
                        if (scale != 1)
                            mult[f] = scale;
                    }
                }
                i = j;
            }
            if (sub)
                ra = rb;
        }
        /* (the units in the first line's fields: "Users (10,000)") */
        for (int f = 1; f < nf; f++)
            for (size_t q = fa[f]; q < fb[f] && mult[f] == 1; q++)
                mult[f] = bracket_scale(s, t, q, fb[f]);
        int late = -1;
        for (int f = 1; f < nf; f++) {
            users[f] = users[f] && fy[f] && !growth[f];
            if (users[f]) {
                nusers++;
                if (late < 0 || fy[f] * 13 + fm[f] > fy[late] * 13 + fm[late])
                    late = f;
            }
        }
        if (!nusers) {
            a = b;
            continue;
        }
        /* the rows: an application's name, then figures */
        size_t rows = 0, x = ra;
        while (x < n) {
            size_t xb = line_end(t, n, x), x0 = line_start(s, t, x), e = x;
            while (e < xb && (t[e].kind == TK_WORD || ((t[e].flags & TF_HYPHEN) && e > x)))
                e++;
            if (e == x || e >= xb || !is_quantity(&t[e]))
                break;
            int ri = users_of_label(r, t, x, e);
            for (size_t i = e; i < xb && ri >= 0; i++) {
                if (!is_quantity(&t[i]))
                    continue;
                size_t bd;
                int f = nearest_end(fend, 1, nf, t[i].off + t[i].len - x0, &bd);
                if (f < 1 || bd > 12)
                    continue;
                struct column c = {.rule = ri, .mult = mult[f], .ha = fa[f], .hb = fb[f]};
                int y = fy[f], m = fm[f];
                if (growth[f] && late >= 0) {
                    int gi = rules_change_of(r, CH_GROWTH, r->v[ri].id);
                    if (gi < 0)
                        continue;
                    c.rule = gi;
                    c.mult = 1;
                    c.unit = "percent";
                    c.level1 = ri + 1;
                    y = fy[late];
                    m = fm[late];
                } else if (!users[f]) {
                    continue;
                }
                int g = give_cell_on(r, s, t, i, &c, y, m, 0, x, xb, fn, ctx);
                cells += g > 0 ? (size_t)g : 0;
            }
            rows++;
            x = xb;
        }
        if (rows >= 2)
            for (size_t i = a; i < x; i++)
                in_table[i] = true;
        a = rows >= 2 ? x : b;
    }
    return cells;
}

/* The periods of a chart's axis, a line of them alone ("2018.12  2019.6
 * 2020.3", "2004.12  2005.6"; or years, "2016  2017  2018"): how many, each
 * year, month and day into ys, ms, ds; 0 if the line [a, b) is no such. */
static int axis_periods(const char *s, const struct token *t, size_t a, size_t b, int *ys, int *ms, int *ds)
{
    int k = 0;
    for (size_t i = a; i < b;) {
        if (t[i].kind == TK_PUNCT && t[i].len <= 1) {
            i++;
            continue;
        }
        int m = 0, y = row_period(s, &t[i], &m);
        /* ("Dec. 2018", "Jun 2019": a month's word and its year) */
        if (!y && t[i].kind == TK_WORD && (m = scan_month(s + t[i].off, t[i].len)) > 0) {
            size_t j = i + 1;
            if (j < b && t[j].kind == TK_PUNCT && s[t[j].off] == '.')
                j++;
            if (j < b && is_row_year(&t[j])) {
                y = (int)t[j].value;
                i = j;
            } else {
                m = 0;
            }
        }
        if (!y || k == TABLE_COLS)
            return 0;
        int d = m ? period_dotted_day(s, t, i, b) : 0;
        ys[k] = y;
        ms[k] = m;
        ds[k] = d;
        k++;
        i += d ? 3 : 1;
    }
    return k;
}

/* ... and a chart as text taken from a PDF renders it: a line of figures
 * for each series, the line of its periods under them, k of each, under a
 * caption that names the quantities and their unit:
 *
 *     Figure 1 Scale of netizens and Internet penetration
 *                      Netizens (10,000 persons)         Internet penetration
 *     82,851          85,449          90,359          93,984
 *     59.6%           61.2%           64.5%           67.0%
 *     2018.12         2019.6          2020.3          2020.6
 *
 * A series of shares is the share the caption names, the other its level.
 * The caption: the block's lines above the figures, or the block before. */
static size_t by_chart_series(const struct rules *r, const char *s, const struct token *t, size_t n,
                              table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        int ys[TABLE_COLS], ms[TABLE_COLS], ds[TABLE_COLS];
        int k = in_table[a] ? 0 : axis_periods(s, t, a, b, ys, ms, ds);
        if (k < 3) {
            a = b;
            continue;
        }
        /* the series above: lines of k figures each, nothing else */
        size_t lines[3], nl = 0, top = a;
        while (nl < 3 && top > 0) {
            size_t x = top - 1;
            while (x > 0 && t[x - 1].line == t[top - 1].line)
                x--;
            int figs = 0;
            bool only = !in_table[x];
            for (size_t i = x; i < top && only; i++) {
                if (is_quantity(&t[i]))
                    figs++;
                else
                    only = t[i].kind == TK_PUNCT && t[i].len <= 1 && s[t[i].off] != '.';
            }
            if (!only || figs != k)
                break;
            lines[nl++] = x;
            top = x;
        }
        if (!nl) {
            a = b;
            continue;
        }
        struct cap_view v;
        if (!caption_view(s, t, n, 0, top, caption, &v)) {
            a = b;
            continue;
        }
        /* (the periods' months: half years and year-ends are of their
         * years, December's of its year; quarters keep December) */
        bool months = false;
        for (int c = 0; c < k; c++)
            months = months || (ms[c] >= 1 && ms[c] <= 11 && ms[c] != 6);
        struct column unit = column_of(-1, 0, 0);
        bool has_unit = top > 0 ? caption_unit(s, t, n, 0, top, &unit) : caption_block_unit(caption, &unit);
        for (size_t q = nl; q-- > 0;) { /* (top down) */
            size_t x = lines[q], xb = line_end(t, n, x);
            bool pct = true;
            for (size_t i = x; i < xb; i++)
                if (is_quantity(&t[i]))
                    pct = pct && t[i].unit && strcmp(t[i].unit, "percent") == 0;
            struct column col = column_of(-1, 0, 0);
            int ri = -1;
            if (pct) {
                ri = caption_names(r, &v, UC_PERCENT, 1, &col);
            } else {
                static const int cls[] = {UC_PEOPLE, UC_COUNT, UC_MONEY, UC_RATE};
                for (size_t c = 0; c < sizeof cls / sizeof *cls && ri < 0; c++)
                    ri = caption_names(r, &v, cls[c], 1, &col);
            }
            if (ri < 0)
                continue;
            if (!pct && has_unit && col.mult == 1 && !col.unit) {
                col.mult = unit.mult;
                col.unit = unit.unit;
                col.rate = unit.rate;
            }
            if (top == 0)
                caption_head(&col, v.s, v.t);
            col.months = months;
            for (size_t i = x, c = 0; i < xb; i++)
                if (is_quantity(&t[i]) && c < (size_t)k) {
                    int g = give_cell_on(r, s, t, i, &col, ys[c], ms[c], ds[c], x, xb, fn, ctx);
                    cells += g > 0 ? (size_t)g : 0;
                    c++;
                }
            for (size_t i = x; i < xb; i++)
                in_table[i] = true;
        }
        for (size_t i = a; i < b; i++)
            in_table[i] = true;
        a = b;
    }
    return cells;
}

/* A caption's unit line that gives a count's unit and money's, parted by
 * a semicolon ("Unit: 100 million transactions (亿笔); trillion yuan
 * (万亿元)"), in tokens [0, e): each into its column; false if none. */
static bool measure_units(const char *s, const struct token *t, size_t e, struct column *count, struct column *money)
{
    /* (on the caption's last lines: a long block above is not read again
     * for each table in it) */
    size_t a0 = e > 80 ? e - 80 : 0;
    while (a0 > 0 && a0 + 160 > e && t[a0 - 1].line == t[a0].line)
        a0--;
    for (size_t a = a0; a < e; a = line_end(t, e, a)) {
        size_t b = line_end(t, e, a);
        if (b - a < 4 || !(word_is(s, &t[a], "unit") || word_is(s, &t[a], "units")) || t[a + 1].kind != TK_PUNCT ||
            s[t[a + 1].off] != ':')
            continue;
        struct column part[2] = {column_of(-1, 0, 0), column_of(-1, 0, 0)};
        int k = 0, depth = 0;
        for (size_t i = a + 2; i < b && k < 2; i++) {
            if (t[i].kind == TK_PUNCT && s[t[i].off] == ';' && depth == 0) {
                k++;
                continue;
            }
            if (t[i].flags & TF_OPEN)
                depth++;
            else if (t[i].flags & TF_CLOSE)
                depth -= depth > 0;
            else if (depth == 0)
                unit_token(s, &t[i], &part[k]);
        }
        if (k != 1 || part[0].unit || !part[1].unit || part[0].mult == 1)
            return false;
        *count = part[0];
        *money = part[1];
        return true;
    }
    return false;
}

/* A chart's data as text: a caption that names its quantities, a line of
 * periods, and rows of figures without labels, each row the caption's
 * quantity of its kind (the first of each kind, then the next):
 *
 *     Figure 1  Scale of Internet users and Internet penetration
 *     Unit: 10,000 persons
 *         2011.12    2012.12    2013.12
 *          51,310     56,400     61,758
 *           38.3%      42.1%      45.8%
 */
static size_t by_caption_rows(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                              void *ctx, bool *in_table, struct caption *caption)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        int py[TABLE_COLS], pm[TABLE_COLS];
        size_t pstart[TABLE_COLS];
        /* (the caption on the block's lines above, or, the periods first
         * in the block, the block before: "Figure 3 ..." / "单位:万人" /
         * "Size of Internet users   Internet penetration rate") */
        const char *cs = s;
        const struct token *ctt = t;
        size_t cn = n, cend = a;
        /* (a caption, short lines, no paragraph of prose) */
        const struct tokens *ctk = a == 0 && !in_table[a] && b < n && caption->b && caption->b->len < 400
                                       ? caption_tokens(caption)
                                       : NULL;
        for (size_t i = 0; ctk && i + 1 < ctk->n; i++)
            if ((ctk->v[i].flags & TF_SENT_END) && ctk->v[i + 1].line == ctk->v[i].line)
                ctk = NULL; /* (a sentence ends inside a line: prose) */
        if (ctk) {
            cs = caption->b->text;
            ctt = ctk->v;
            cn = cend = ctk->n;
        }
        int np = in_table[a] || b >= n || (a == 0 && !ctk) ? 0 : period_line(s, t, a, b, py, pm, pstart);
        bool quarters = false; /* (a quarter's December is no year's) */
        /* (or quarters without their year, the caption's: "Q1   Q2   Q3
         * Q4" under "Mobile payments handled by banks, by quarter, 2017") */
        /* (the quarters' words first, the caption's year then, on its
         * few lines above: a block of many short rows is read once) */
        bool qline = !np && !in_table[a] && b < n && b - a >= 2 && b - a <= 4 && (a > 0 || ctk);
        for (size_t i = a; i < b && qline; i++)
            qline = t[i].kind == TK_WORD && t[i].len == 2 && (s[t[i].off] == 'Q' || s[t[i].off] == 'q');
        if (qline) {
            int cy = 0;
            size_t c0 = cend > 60 ? cend - 60 : 0;
            for (size_t i = c0; i < cend; i++)
                if (ctt[i].kind == TK_NUM && (ctt[i].flags & TF_YEAR) && ctt[i].len == 4)
                    cy = (int)ctt[i].value;
            int q = 0;
            for (size_t i = a; i < b && cy; i++) {
                int m = quarter_word(s, &t[i]);
                if (m % 3 != 0 || m <= q || (i > a && !gap_before(s, t, i))) {
                    q = -1;
                    break;
                }
                py[np] = cy;
                pm[np] = m;
                pstart[np] = t[i].off - line_start(s, t, a);
                np++;
                q = m;
            }
            if (q <= 0 || np < 2)
                np = 0;
            quarters = np > 0;
        }
        if (!np) {
            a = b;
            continue;
        }
        /* the quantities the caption names */
        struct column cc[TABLE_COLS];
        int ncap = 0;
        for (size_t x = 0; x < cend && ncap < TABLE_COLS; x = line_end(ctt, cn, x)) {
            struct column col[TABLE_COLS];
            size_t x0 = x, xe = line_end(ctt, cn, x);
            /* (past its label: "Figure 1", "Table 3") */
            if (xe - x0 >= 3 && ctt[x0 + 1].kind == TK_NUM &&
                (word_is(cs, &ctt[x0], "figure") || word_is(cs, &ctt[x0], "fig") || word_is(cs, &ctt[x0], "chart") ||
                 word_is(cs, &ctt[x0], "table") || word_is(cs, &ctt[x0], "graph") || word_is(cs, &ctt[x0], "exhibit")))
                x0 += 2;
            int k = header_columns(r, cs, ctt, cn, x0, xe, col, false);
            for (int i = 0; i < k && ncap < TABLE_COLS; i++)
                if (r->v[col[i].rule].change == CH_NONE) {
                    if (ctk)
                        caption_head(&col[i], cs, ctt);
                    cc[ncap++] = col[i];
                }
        }
        struct column cap = column_of(-1, 0, 0);
        bool has_cap = caption_unit(cs, ctt, cn, 0, cend, &cap);
        /* (a unit for each kind of row, parted by a semicolon: "Unit: 100
         * million transactions (亿笔); trillion yuan (万亿元)") */
        struct column unit_count = column_of(-1, 0, 0), unit_money = column_of(-1, 0, 0);
        bool two_units = measure_units(cs, ctt, cend, &unit_count, &unit_money);
        bool used[TABLE_COLS] = {false};
        size_t ra = b, given = 0;
        while (ncap && ra < n) {
            size_t rb = line_end(t, n, ra);
            /* (or a row named by its measure: "Number   5.35   16.74",
             * "Amount   2.31   9.64") */
            int measure = 0; /* 1: a count, 2: money */
            if (two_units && rb - ra == (size_t)np + 1 && t[ra].kind == TK_WORD)
                measure = word_is(s, &t[ra], "number") || word_is(s, &t[ra], "volume") ? 1
                          : measure_noun(s, &t[ra])                                      ? 2
                                                                                         : 0;
            size_t f0 = ra + (measure > 0);
            /* (or by its label in Chinese: "网民规模  82,851  85,449", "普及率
             * 59.6%  61.2%") */
            size_t zl = ra;
            while (!measure && zl < rb && t[zl].kind == TK_PUNCT && t[zl].len == 3 &&
                   (unsigned char)s[t[zl].off] >= 0xE3 && (unsigned char)s[t[zl].off] <= 0xE9)
                zl++;
            if (zl > ra + 1)
                f0 = zl;
            bool figures = rb - f0 == (size_t)np, pct = true;
            for (size_t i = f0; i < rb && figures; i++) {
                figures = t[i].kind == TK_NUM && !(t[i].flags & (TF_YEAR | TF_GLUED | TF_WORDS));
                pct = pct && t[i].unit && strcmp(t[i].unit, "percent") == 0;
            }
            if (!figures)
                break;
            /* the caption's first quantity of the row's kind not yet given */
            int q = -1;
            /* (the one its Chinese label names, if the rules give it) */
            for (int i = 0; i < ncap && q < 0 && f0 > ra && !measure; i++) {
                const struct rule *ru = &r->v[cc[i].rule];
                size_t ll = t[f0 - 1].off + t[f0 - 1].len - t[ra].off;
                for (size_t z = 0; z < ru->zh.n && q < 0; z++)
                    if (!used[i] && strlen(ru->zh.v[z].text) == ll && memcmp(ru->zh.v[z].text, s + t[ra].off, ll) == 0)
                        q = i;
            }
            for (int i = 0; i < ncap && q < 0 && !measure; i++) {
                enum unit_class u = r->v[cc[i].rule].unit;
                if (!used[i] && (pct ? u == UC_PERCENT : u != UC_PERCENT))
                    q = i;
            }
            /* (a measure's row: the caption's payments, their money or the
             * count of their transactions) */
            struct column mc = column_of(-1, 0, 0);
            for (int i = 0; i < ncap && measure && mc.rule < 0; i++) {
                const struct rule *ru = &r->v[cc[i].rule];
                size_t il = strlen(ru->id);
                if (ru->unit != UC_MONEY || il < 8 || strcmp(ru->id + il - 8, "payments") != 0)
                    continue;
                const struct rule *tr = measure == 1 ? rules_find(r, "transactions") : ru;
                if (tr) {
                    mc = cc[i];
                    mc.rule = (int)(tr - r->v);
                    mc.months = quarters;
                    take_unit(&mc, measure == 1 ? &unit_count : &unit_money);
                }
            }
            if (mc.rule >= 0) {
                for (size_t i = f0; i < rb; i++)
                    given += give_cell(r, s, t, i, &mc, py[i - f0], pm[i - f0], ra, rb, fn, ctx) > 0;
            } else if (q >= 0) {
                used[q] = true;
                struct column c = cc[q];
                c.months = c.months || quarters;
                if (!pct && has_cap)
                    take_unit(&c, &cap);
                for (size_t i = f0; i < rb; i++)
                    given += give_cell(r, s, t, i, &c, py[i - f0], pm[i - f0], ra, rb, fn, ctx) > 0;
            }
            ra = rb;
        }
        if (given) {
            for (size_t i = a; i < ra; i++)
                in_table[i] = true;
            cells += given;
        }
        a = ra > b ? ra : b;
    }
    return cells;
}

/* The month and year the line right above a (a > 0) names at its end ("...,
 * June 2023"), into *y and *m; false if none. */
static bool caption_month(const char *s, const struct token *t, size_t a, int *y, int *m)
{
    size_t e = a;
    while (e > 0 && t[e - 1].line == t[a - 1].line && t[e - 1].kind == TK_PUNCT)
        e--;
    if (e < 2 || t[e - 1].line != t[a - 1].line || !is_row_year(&t[e - 1]) || t[e - 2].kind != TK_WORD)
        return false;
    *m = scan_month(s + t[e - 2].off, t[e - 2].len);
    *y = (int)t[e - 1].value;
    return *m > 0;
}

/* The month and year a header's field names in brackets, [a, b): "Users
 * (Dec 2015)"; false if none. */
static bool line_month(const char *s, const struct token *t, size_t a, size_t b, int *y, int *m)
{
    for (size_t i = a + 1; i + 2 < b; i++)
        if ((t[i - 1].flags & TF_OPEN) && t[i].kind == TK_WORD && (*m = scan_month(s + t[i].off, t[i].len)) > 0) {
            size_t j = i + 1;
            if (j < b && t[j].kind == TK_PUNCT && s[t[j].off] == '.')
                j++;
            if (j + 1 < b && is_row_year(&t[j]) && (t[j + 1].flags & TF_CLOSE)) {
                *y = (int)t[j].value;
                return true;
            }
        }
    return false;
}

/* The level rule whose whole cue the row's label [la, lb) is, past a
 * leading "Total" ("Total netizens"); -1 if none. */
static int label_alone_rule(const struct rules *r, const char *s, const struct token *t, size_t la, size_t lb)
{
    if (la < lb && word_is(s, &t[la], "total"))
        la++;
    if (la >= lb || lb - la > 4 || t[la].kind != TK_WORD)
        return -1;
    const struct cue_ref *ra, *rb;
    rules_cues_for(r, t[la].hash, &ra, &rb);
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if (ru->change != CH_NONE || ru->context.n || ru->require.n || ph->dir != 0 || (size_t)ph->n != lb - la ||
            ph->h[0] != t[la].hash)
            continue;
        bool all = true;
        for (size_t i = 1; i < lb - la && all; i++)
            all = ph->h[i] == t[la + i].hash;
        if (all)
            return (int)ra->rule;
    }
    return -1;
}

/* Tables whose rows name a kind of use and whose columns count its users,
 * each of the period above it (the CNNIC's tables of applications):
 *
 *     Table 3  Use of Internet applications (Unit: 10,000 persons)
 *                              2013.12               2012.12
 *     Application          Users  Usage rate     Users  Usage rate   Annual growth
 *     Online video         42820       69.3%     37183       65.9%           15.2%
 *
 * A row's label and a column's name say together what is counted; a
 * growth's column is the change of the row's level to the latest period;
 * a rate's column, and a row whose words name no indicator, count
 * nothing.  The fields may stand without the label's, and their ends and
 * units may wrap onto a line under them ("(10,000)   rate"); a row's
 * label may stand alone on the line above its figures, and a cell may be
 * empty ("--"). */
static size_t by_row_cues(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                          void *ctx, bool *in_table, struct caption *caption)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        int py[TABLE_COLS], pm[TABLE_COLS];
        size_t pstart[TABLE_COLS];
        int np = in_table[a] || b >= n ? 0 : period_line(s, t, a, b, py, pm, pstart);
        /* (or after the label's word, and before a last field of words:
         * "Application   Dec. 2009   Jun. 2010   Half-year"; the header
         * under it is then all columns) */
        bool label_above = false;
        if (!np && !in_table[a] && b < n && t[a].kind == TK_WORD) {
            size_t x = a + 1;
            while (x < b && !gap_before(s, t, x))
                x++;
            for (size_t e = b; x < b && e > x + 1 && !np; e--) {
                if (e < b && !gap_before(s, t, e))
                    continue;
                bool words = true; /* (what follows the periods: words only) */
                for (size_t q = e; q < b && words; q++)
                    words = t[q].kind == TK_WORD || t[q].kind == TK_PUNCT;
                if (words)
                    np = period_line(s, t, x, e, py, pm, pstart);
            }
            label_above = np > 0;
        }
        /* the header under it: fields of words parted by wide gaps */
        size_t h = b;
        /* (or the header itself, each period opening the field of its
         * column: "Application   2020.3 Users (10,000)   Usage rate
         * 2020.12 Users (10,000)   Usage rate   Growth") */
        bool joined = false;
        if (!np && !in_table[a] && b < n && t[a].kind == TK_WORD) {
            size_t l0 = line_start(s, t, a);
            size_t i = a + 1;
            while (i < b && !gap_before(s, t, i))
                i++;
            while (i < b && np < TABLE_COLS) {
                size_t j = field_end(s, t, i, b);
                int y, m;
                size_t l = row_label(s, t, i, j, &y, &m);
                if (l && i + l < j && t[i + l].kind == TK_WORD) {
                    py[np] = y;
                    pm[np] = m;
                    pstart[np] = t[i].off - l0;
                    np++;
                }
                i = j;
            }
            joined = np > 0;
            if (joined)
                h = a;
        }
        /* (or, with no line of periods, the header itself, of the month its
         * caption's line above names: "Table 3-1  Users and usage rates of
         * major Internet applications, June 2023") */
        if (!np && !in_table[a] && t[a].kind == TK_WORD &&
            ((a > 0 && caption_month(s, t, a, py, pm)) || line_month(s, t, a, b, py, pm))) {
            np = 1;
            pstart[0] = 0;
            h = a;
        }
        if (!np) {
            a = b;
            continue;
        }
        size_t hb = line_end(t, n, h);
        size_t fa[TABLE_COLS], fb[TABLE_COLS], fend[TABLE_COLS], fstart[TABLE_COLS];
        int kind[TABLE_COLS]; /* MC_LEVEL, MC_GROWTH, or MC_NONE (a rate) */
        int nf = 0;
        bool words = t[h].kind == TK_WORD;
        size_t h0 = line_start(s, t, h);
        /* (or nowhere, the fields indented past where the rows' labels
         * open: "                   Users         Utilisa-" over "  Instant
         * 49,706") */
        if (!label_above && !joined && t[h].off - line_start(s, t, h) >= 12) {
            size_t col0 = t[h].off - line_start(s, t, h);
            for (size_t x = hb, lines = 0; x < n && lines < 3 && !label_above; x = line_end(t, n, x), lines++)
                label_above = t[x].kind == TK_WORD && (t[x].flags & TF_CAP) && t[x].off - line_start(s, t, x) + 8 <= col0;
        }
        if (label_above) { /* (the label's field is above: none on this line) */
            fa[0] = fb[0] = h;
            fend[0] = fstart[0] = 0;
            kind[0] = MC_NONE;
            nf = 1;
        }
        for (size_t i = h; i < hb && nf < TABLE_COLS && words;) {
            size_t j = field_end(s, t, i, hb);
            size_t f0 = i; /* (past the period a joined header opens the field with) */
            if (joined) {
                int y, m;
                size_t l = row_label(s, t, i, j, &y, &m);
                if (l && i + l < j && t[i + l].kind == TK_WORD)
                    f0 = i + l;
            }
            fa[nf] = f0;
            fb[nf] = j;
            fend[nf] = t[j - 1].off + t[j - 1].len - h0;
            fstart[nf] = t[i].off - h0;
            kind[nf] = MC_LEVEL;
            int depth = 0; /* (a unit's figure in brackets: "Users (10,000)") */
            for (size_t x = f0; x < j; x++) {
                depth += (t[x].flags & TF_OPEN) ? 1 : (t[x].flags & TF_CLOSE) && depth ? -1 : 0;
                if (t[x].kind == TK_NUM && !depth)
                    words = false;
                /* (or the change over the year: "Y/Y change", "YoY") */
                if (change_word(s, &t[x]) == CH_GROWTH || word_is(s, &t[x], "growth") || yoy_at(s, t, x, j))
                    kind[nf] = MC_GROWTH;
                else if (kind[nf] == MC_LEVEL &&
                         (word_is(s, &t[x], "rate") || word_is(s, &t[x], "share") ||
                          word_is(s, &t[x], "proportion") || word_is(s, &t[x], "penetration") ||
                          (t[x].kind == TK_PUNCT && s[t[x].off] == '%')))
                    kind[nf] = MC_NONE;
            }
            nf++;
            i = j;
        }
        if (!words || nf < 3) {
            a = b;
            continue;
        }
        /* the unit: on the caption's lines above, or the block before */
        struct column cap = column_of(-1, 0, 0);
        size_t ca = a;
        while (ca > 0 && a - ca < 40 && t[ca - 1].line + 3 > t[a].line)
            ca--;
        bool has_cap = caption_unit(s, t, n, ca, a, &cap) || (ca == 0 && caption_block_unit(caption, &cap));
        int latest = 0;
        for (int p = 1; p < np; p++)
            if (py[p] * 13 + pm[p] > py[latest] * 13 + pm[latest])
                latest = p;
        size_t ra = hb, rows = 0, given = 0;
        /* (a line of the header's units under it: "(10,000)   (10,000)") */
        if (ra < n && (t[ra].flags & TF_OPEN)) {
            size_t ue = line_end(t, n, ra);
            bool units = true;
            int depth = 0;
            for (size_t q = ra; q < ue && units; q++) {
                depth += (t[q].flags & TF_OPEN) ? 1 : (t[q].flags & TF_CLOSE) && depth ? -1 : 0;
                units = depth > 0 || (t[q].flags & TF_CLOSE);
            }
            struct column uc = column_of(-1, 0, 0);
            if (units && caption_unit(s, t, n, ra, ue, &uc)) {
                if (!has_cap)
                    cap = uc;
                has_cap = true;
                for (size_t q = ra; q < ue; q++)
                    in_table[q] = true;
                ra = ue;
            }
        }
        /* (a line of the header's fields' words wrapped under them:
         * "rate   rate" under "Utilization   Utilization"; with their
         * units: "(10,000)   rate   (10,000)   rate   growth") */
        size_t uopen[TABLE_COLS], uend = ra; /* each field's unit in brackets on that line, else SIZE_MAX */
        size_t reach[TABLE_COLS];              /* where each field ends, its words under it too */
        for (int f = 0; f < nf; f++) {
            uopen[f] = SIZE_MAX;
            reach[f] = fend[f];
        }
        if (ra < n && (t[ra].kind == TK_WORD || (t[ra].flags & TF_OPEN)) &&
            (s[line_start(s, t, ra)] == ' ' || s[line_start(s, t, ra)] == '\t')) {
            size_t ue = line_end(t, n, ra), r0 = line_start(s, t, ra);
            int under[TABLE_COLS];
            int nu = 0;
            bool cont = true;
            for (size_t q = ra; q < ue && cont;) {
                size_t j = field_end(s, t, q, ue);
                int depth = 0;
                for (size_t x = q; x < j && cont; x++) {
                    depth += (t[x].flags & TF_OPEN) ? 1 : (t[x].flags & TF_CLOSE) && depth ? -1 : 0;
                    cont = t[x].kind == TK_WORD || (t[x].kind == TK_PUNCT && (t[x].flags & (TF_OPEN | TF_CLOSE))) ||
                           depth > 0;
                }
                size_t fs = t[q].off - r0, fe = t[j - 1].off + t[j - 1].len - r0;
                int f = -1;
                for (int g = 0; g < nf && f < 0; g++)
                    if (fstart[g] <= fe && fs <= fend[g])
                        f = g;
                cont = cont && f >= 0 && nu < TABLE_COLS;
                if (cont)
                    under[nu++] = f;
                q = j;
            }
            if (cont && nu > 0) {
                nu = 0;
                for (size_t q = ra; q < ue;) {
                    size_t j = field_end(s, t, q, ue);
                    int f = under[nu++];
                    for (size_t x = q; x < j && uopen[f] == SIZE_MAX; x++)
                        if (t[x].flags & TF_OPEN)
                            uopen[f] = x;
                    size_t fe = t[j - 1].off + t[j - 1].len - r0;
                    if (fe > reach[f])
                        reach[f] = fe;
                    for (size_t x = q; x < j; x++)
                        if (change_word(s, &t[x]) == CH_GROWTH || word_is(s, &t[x], "growth"))
                            kind[f] = MC_GROWTH;
                        else if (kind[f] == MC_LEVEL && (word_is(s, &t[x], "rate") || word_is(s, &t[x], "share") ||
                                                         word_is(s, &t[x], "proportion")))
                            kind[f] = MC_NONE;
                    q = j;
                }
                for (size_t q = ra; q < ue; q++)
                    in_table[q] = true;
                ra = uend = ue;
            }
        }
        size_t pla = 0, plb = 0; /* a label alone on the line before its figures' */
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            /* (a rule of dashes between the header and the rows, or after them) */
            if (dash_rule(s, t, ra, rb)) {
                for (size_t q = ra; q < rb; q++)
                    in_table[q] = true;
                ra = rb;
                continue;
            }
            /* (a label's words alone on their line: the row's, its figures
             * on the next line, "Online video" over "(incl. short video)
             * 72,486"; or the end of the label above, "Instant" over
             * "messaging") */
            bool alone = rows > 0 || t[ra].flags & TF_CAP;
            for (size_t q = ra; q < rb && alone; q++)
                alone = t[q].kind == TK_WORD;
            if (alone && rb - ra <= 4 && plb == pla) {
                pla = ra;
                plb = rb;
                ra = rb;
                continue;
            }
            size_t f0 = ra;
            /* (its words may be joined: "E-mail", "Blog/personal space") */
            while (f0 < rb && (t[f0].kind == TK_WORD ||
                               (f0 > ra && f0 + 1 < rb && t[f0].kind == TK_PUNCT && t[f0 + 1].kind == TK_WORD &&
                                (s[t[f0].off] == '-' || s[t[f0].off] == '/') && t[f0].len == 1)))
                f0++;
            /* (the label's words may be a part's, after a colon, and have
             * an aside after them: "of which: short video", "Online video
             * (incl. short video)") */
            size_t la = ra;
            if (f0 < rb && t[f0].kind == TK_PUNCT && s[t[f0].off] == ':') {
                la = ++f0;
                while (f0 < rb && t[f0].kind == TK_WORD)
                    f0++;
            }
            size_t lw = f0;
            /* (an aside of a few words: "(fiber to the home/office)") */
            if (f0 < rb && (t[f0].flags & TF_OPEN)) {
                size_t c = f0 + 1;
                while (c < rb && c < f0 + 12 && !(t[c].flags & TF_CLOSE) && t[c].kind != TK_NUM)
                    c++;
                if (c < rb && (t[c].flags & TF_CLOSE))
                    f0 = c + 1;
            }
            /* (the label's line above, this one opening with its aside) */
            if (f0 > ra && f0 < rb && (t[ra].flags & TF_OPEN) && plb > pla) {
                la = pla;
                lw = plb;
            }
            pla = plb = 0;
            if (f0 == ra || f0 == rb || !(t[la].kind == TK_WORD))
                break;
            /* (a change's figure may have its sign: "-9.0%"; a cell may be
             * empty, "--", or marked for a note, "7.2%*") */
            bool figures = true;
            for (size_t i = f0; i < rb && figures; i++)
                figures = (t[i].kind == TK_NUM && !(t[i].flags & (TF_YEAR | TF_GLUED | TF_WORDS))) ||
                          (sign_at(s, t, i, rb) && t[i + 1].kind == TK_NUM) ||
                          (t[i].kind == TK_PUNCT && t[i].len == 1 && s[t[i].off] == '-' &&
                           (i + 1 == rb || t[i + 1].kind != TK_NUM || gap_before(s, t, i + 1))) ||
                          (t[i].kind == TK_PUNCT && s[t[i].off] == '*' && i > f0 && t[i - 1].kind == TK_NUM &&
                           t[i].off == t[i - 1].off + t[i - 1].len);
            if (!figures)
                break;
            size_t r0 = line_start(s, t, ra);
            int level = -1;
            for (size_t i = f0; i < rb; i++) {
                if (t[i].kind != TK_NUM)
                    continue;
                bool neg = i > f0 && sign_at(s, t, i - 1, rb) && s[t[i - 1].off] == '-';
                size_t bd, bs;
                int f = nearest_end(fend, 1, nf, t[i].off + t[i].len - r0, &bd);
                /* (or figures set flush left under their fields: "2020.3
                 * Users (10,000)" over "85,044") */
                int fs = nearest_end(fstart, 1, nf, t[i].off - r0, &bs);
                if (bs <= 2 && bs < bd)
                    f = fs, bd = bs;
                if (f < 1 || bd > 12 || kind[f] == MC_NONE)
                    continue;
                /* the period whose field starts last at or before the column's end */
                /* (or a little past it, a period centred over its fields:
                 * "2014" over "Users" over "(10,000)") */
                int p = 0;
                for (int q = 0; q < np; q++)
                    if (pstart[q] <= reach[f] + 6)
                        p = q;
                struct column c = column_of(-1, fa[f], fb[f]);
                int ri = -1;
                if (kind[f] == MC_LEVEL) {
                    ri = la < lw ? label_column_rule(r, t, n, la, lw, fa[f], fb[f]) : -1;
                    /* (or the label alone, a level's whole cue: "Total
                     * netizens" under "Users") */
                    if (ri < 0 && la < lw)
                        ri = label_alone_rule(r, s, t, la, lw);
                    if (ri >= 0 && level < 0)
                        level = ri;
                    for (size_t x = fa[f]; x < fb[f]; x++)
                        if (t[x].flags & TF_OPEN)
                            header_unit(s, t, x, fb[f], &c);
                    if (uopen[f] != SIZE_MAX)
                        header_unit(s, t, uopen[f], uend, &c);
                    if (has_cap)
                        take_unit(&c, &cap);
                } else if (level >= 0) {
                    ri = rules_change_of(r, CH_GROWTH, r->v[level].id);
                    p = latest;
                    c.level1 = level + 1;
                    if (neg)
                        c.mult = -1;
                }
                if (ri < 0)
                    continue;
                c.rule = ri;
                given += give_cell(r, s, t, i, &c, py[p], pm[p], ra, rb, fn, ctx) > 0;
            }
            rows++;
            ra = rb;
        }
        if (rows >= 2 && given) {
            for (size_t i = a; i < ra; i++)
                in_table[i] = true;
            cells += given;
        }
        a = b;
    }
    return cells;
}

/* Tables of indicator rows whose columns are a level at a date and its
 * changes, the header on one line or two, the columns parted by wide gaps:
 *
 *                                                     Unit: 10,000 users
 *     Indicator                    End of Oct.   Net addition since   YoY growth
 *                                         2014      start of year          (%)
 *     Mobile phone users               128,467            5,545             5.4
 *       of which: 3G users              47,896            7,699            27.6
 *
 * Each header word goes to the column whose figures end nearest to where it
 * ends; a column is a level (its month and year, or the caption's), an
 * increase ("net addition", "increase", "change") or a growth ("growth",
 * "YoY", "%") of the level, all of the level's date. */

static size_t by_measure_columns(const struct rules *r, const char *s, const struct token *t, size_t n,
                                 table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption, int year)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        /* a header: words (and years) only, its first word a label, its
         * columns parted by wide gaps */
        bool head = !in_table[a] && t[a].kind == TK_WORD && b - a >= 3;
        int gaps = 0;
        for (size_t i = a + 1; i < b && head && gaps < 2; i++)
            gaps += gap_before(s, t, i);
        head = head && gaps >= 2;
        for (size_t i = a; i < b && head; i++)
            head = t[i].kind != TK_NUM || (t[i].flags & TF_YEAR);
        if (!head) {
            a = b;
            continue;
        }
        /* (and a second line of it: years, words, brackets) */
        size_t h2 = b, h2e = b;
        if (b < n) {
            size_t e = line_end(t, n, b);
            bool more = true;
            for (size_t i = b; i < e && more; i++)
                more = t[i].kind != TK_NUM || (t[i].flags & TF_YEAR);
            if (more)
                h2e = e;
        }
        /* the first row: its figures' ends are the columns */
        size_t ra = h2e;
        if (ra >= n) {
            a = b;
            continue;
        }
        size_t rb = line_end(t, n, ra);
        size_t cend[TABLE_COLS];
        int nc = 0;
        size_t f0 = ra;
        while (f0 < rb && t[f0].kind != TK_NUM)
            f0++;
        size_t r0 = line_start(s, t, ra);
        /* (a first cell that is the row's unit, "10,000 users", stands in
         * no column of figures) */
        if (f0 < rb && unit_cell_at(s, t, f0, rb))
            for (f0++; f0 < rb && t[f0].kind == TK_WORD && !gap_before(s, t, f0);)
                f0++;
        for (size_t i = f0; i < rb && nc < TABLE_COLS; i++) {
            size_t na;
            if (t[i].kind == TK_NUM)
                cend[nc++] = t[i].off + t[i].len - r0;
            else if ((na = na_cell(s, t, i, rb)) > 0) { /* (a column too) */
                i += na - 1;
                cend[nc++] = t[i].off + t[i].len - r0;
            }
            else if (!empty_cell(s, t, i, rb))
                nc = TABLE_COLS; /* (words among the figures: no such row) */
        }
        if (f0 == ra || nc < 2 || nc >= TABLE_COLS) {
            a = b;
            continue;
        }
        /* each header word to its column; what the column is */
        int kind[TABLE_COLS] = {0}, cy[TABLE_COLS] = {0}, cmo[TABLE_COLS] = {0};
        bool pct[TABLE_COLS] = {false};
        for (int pass = 0; pass < 2; pass++) {
            size_t ha = pass ? h2 : a, hb = pass ? h2e : b;
            if (ha >= hb)
                continue;
            size_t h0 = line_start(s, t, ha);
            for (size_t i = ha; i < hb; i++) {
                size_t bd;
                int best = nearest_end(cend, 0, nc, t[i].off + t[i].len - h0, &bd);
                /* (the label's own words stand far left of every column) */
                if (best < 0 || bd > 24)
                    continue;
                if (word_is(s, &t[i], "growth") || word_is(s, &t[i], "yoy"))
                    kind[best] = MC_GROWTH;
                else if (kind[best] != MC_GROWTH &&
                         (word_is(s, &t[i], "addition") || word_is(s, &t[i], "additions") ||
                          word_is(s, &t[i], "increase") || word_is(s, &t[i], "change") ||
                          word_is(s, &t[i], "added")))
                    kind[best] = MC_INCREASE;
                if (t[i].kind == TK_PUNCT && s[t[i].off] == '%')
                    pct[best] = true;
                if (is_row_year(&t[i]))
                    cy[best] = (int)t[i].value;
                int m = t[i].kind == TK_WORD ? scan_month(s + t[i].off, t[i].len) : 0;
                if (m)
                    cmo[best] = m;
            }
        }
        int levels = 0, changes = 0, lc = -1;
        for (int c = 0; c < nc; c++) {
            if (kind[c] == MC_NONE && (cy[c] || cmo[c]))
                kind[c] = MC_LEVEL;
            if (kind[c] == MC_LEVEL) {
                levels++;
                lc = c;
            } else if (kind[c] != MC_NONE) {
                changes++;
            }
        }
        /* (one level and its changes: a table of years is another reader's) */
        if (levels != 1 || !changes) {
            a = b;
            continue;
        }
        int ly = cy[lc] ? cy[lc] : caption_year(t, 0, a, caption, year);
        int lm = cmo[lc];
        if (!ly) {
            a = b;
            continue;
        }
        /* the unit: on the header's lines above, or the caption's */
        struct column cap = column_of(-1, 0, 0);
        bool has_cap = caption_unit(s, t, n, 0, a, &cap);
        if (!has_cap)
            has_cap = caption_block_unit(caption, &cap);
        /* the caption's indicator, for rows that name whose figures they
         * are ("China Mobile" under "Telephone subscribers by operator") */
        struct cap_view cv;
        struct column capc = column_of(-1, 0, 0);
        int cap_rule = caption_view(s, t, n, 0, a, caption, &cv) ? caption_names(r, &cv, -1, 1, &capc) : -1;
        /* the rows */
        size_t pla = 0, plb = 0, rows = 0;
        for (ra = h2e; ra < n;) {
            rb = line_end(t, n, ra);
            size_t f = ra;
            while (f < rb && t[f].kind == TK_WORD)
                f++;
            while (f < rb && t[f].kind == TK_PUNCT && !empty_cell(s, t, f, rb) && !(t[f].flags & TF_OPEN))
                f++; /* (":" of "of which: 3G") */
            while (f < rb && t[f].kind == TK_WORD)
                f++;
            if (f == ra || f == rb)
                break;
            struct column col[TABLE_COLS];
            int found = header_columns(r, s, t, n, ra, f, col, true);
            if (found != 1 && plb > pla) {
                int pr = part_of(r, s, t, ra, f, pla, plb, NULL);
                if (pr >= 0) {
                    col[0] = column_of(pr, ra, f);
                    found = 1;
                }
            }
            /* (a row of a change of what its label names: "Net increase
             * of 3G subscribers", "Growth of online payments") */
            size_t lw = ra;
            if (lw < f && (word_is(s, &t[lw], "net") || word_is(s, &t[lw], "annual")))
                lw++;
            if (found == 1 && lw + 1 < f && change_word(s, &t[lw]) && r->v[col[0].rule].change == CH_NONE &&
                (word_is(s, &t[lw + 1], "of") || word_is(s, &t[lw + 1], "in"))) {
                int ri = rules_change_of(r, change_word(s, &t[lw]), r->v[col[0].rule].id);
                if (ri < 0)
                    found = 0;
                else
                    col[0].rule = ri;
            }
            /* (a row that names no indicator under a caption that names
             * one is whose figures they are: "China Mobile"; its parts,
             * "of which: CDMA", are left) */
            /* (a name's words are capitals: "China Mobile", not
             * "Telecommunications business volume", "Fixed-asset
             * investment") */
            bool name_label = true;
            for (size_t i = ra + 1; i < f && name_label; i++)
                name_label = t[i].kind != TK_WORD || (t[i].flags & TF_CAP) || word_is(s, &t[i], "of") ||
                             word_is(s, &t[i], "and") || word_is(s, &t[i], "the");
            if (found != 1 && cap_rule >= 0 && (t[ra].flags & TF_CAP) && !word_is(s, &t[ra], "of") && name_label &&
                r->v[cap_rule].entity == EK_NAME) {
                bool total = word_is(s, &t[ra], "total") || word_is(s, &t[ra], "all");
                col[0] = (struct column){
                    .rule = cap_rule, .mult = 1, .ha = ra, .hb = f, .ea = total ? 0 : ra, .eb = total ? 0 : f};
                found = 1;
            }
            if (!(word_is(s, &t[ra], "of"))) {
                pla = ra;
                plb = f;
            }
            r0 = line_start(s, t, ra);
            /* (a column of units: "100 million yuan", "10,000 households") */
            double row_mult = 1;
            const char *row_unit = NULL;
            size_t unit_i = SIZE_MAX;
            for (size_t i = f; i < rb && found == 1; i++) {
                if (t[i].kind != TK_NUM)
                    continue;
                /* (the row's first figure, in no column of figures, or one
                 * with its unit's word after it) */
                size_t bd;
                int c = nearest_end(cend, 0, nc, t[i].off + t[i].len - r0, &bd);
                bool unit_cell = c < 0 || bd > 8 || kind[c] == MC_NONE || (i + 1 < rb && t[i + 1].kind == TK_WORD);
                if (unit_cell && unit_figure(&t[i])) {
                    row_mult = t[i].value;
                    row_unit = t[i].unit;
                    unit_i = i;
                }
                break;
            }
            for (size_t i = f; i < rb && found == 1; i++) {
                if (t[i].kind != TK_NUM || i == unit_i)
                    continue;
                size_t bd;
                int c = nearest_end(cend, 0, nc, t[i].off + t[i].len - r0, &bd);
                if (c < 0 || bd > 8 || kind[c] == MC_NONE)
                    continue;
                struct column cc = col[0];
                if (row_mult != 1 && cc.mult == 1 && !cc.unit && !cc.rate) {
                    cc.mult = row_mult;
                    cc.unit = row_unit;
                }
                if (has_cap)
                    take_unit(&cc, &cap);
                if (kind[c] != MC_LEVEL) {
                    bool growth = kind[c] == MC_GROWTH || pct[c];
                    int ri = rules_change_of(r, growth ? CH_GROWTH : CH_INCREASE, r->v[col[0].rule].id);
                    if (ri < 0)
                        continue;
                    cc.rule = ri;
                    cc.level1 = col[0].rule + 1;
                    if (growth) {
                        cc.mult = 1;
                        cc.unit = "percent";
                    }
                    /* (what the change is from, where its header names a
                     * period before the level's: "Change vs Mar 2020") */
                    if (cy[c] && cmo[c] && (cy[c] < ly || (cy[c] == ly && lm && cmo[c] < lm))) {
                        cc.from_y = cy[c];
                        cc.from_m = cmo[c];
                    }
                }
                cells += give_cell(r, s, t, i, &cc, ly, lm == 12 ? 0 : lm, ra, rb, fn, ctx) > 0;
            }
            for (size_t i = ra; i < rb; i++)
                in_table[i] = true;
            rows++;
            ra = rb;
        }
        if (rows)
            for (size_t i = a; i < h2e; i++)
                in_table[i] = true;
        a = ra > b ? ra : b;
    }
    return cells;
}

/* Is [i, i + 3) a note's mark in brackets: "(a)", "(1)", "(*)"? */
static bool note_mark(const char *s, const struct token *t, size_t i, size_t n)
{
    if (i + 2 >= n || !(t[i].flags & TF_OPEN) || !(t[i + 2].flags & TF_CLOSE) || t[i + 1].line != t[i].line)
        return false;
    const struct token *m = &t[i + 1];
    if (m->kind == TK_WORD)
        return m->len == 1;
    if (m->kind == TK_NUM)
        return !m->unit && m->value >= 1 && m->value <= 9 && m->len == 1;
    return m->len == 1 && s[m->off] == '*';
}

/* The unit the note marked like the header's mark at [i, i + 3) gives,
 * on one of the few lines from ra on, under the rows: "Notes: (a) RMB 100
 * million; revenue of ..." gives the mark (a) its scale and currency.
 * False if there is none, or it says no unit. */
static bool marked_unit(const char *s, const struct token *t, size_t n, size_t i, size_t ra, struct column *u)
{
    const struct token *m = &t[i + 1];
    int lines = 0;
    for (size_t x = ra; x < n && lines < 8; x++) {
        if (x > ra && t[x].line != t[x - 1].line)
            lines++;
        if (!note_mark(s, t, x, n) || t[x + 1].len != m->len || memcmp(s + t[x + 1].off, s + m->off, m->len) != 0)
            continue;
        /* (its first words, up to a stop: "RMB 100 million;", "10,000
         * persons.") */
        *u = column_of(-1, 0, 0);
        for (size_t j = x + 3; j < n && j < x + 9 && !(t[j].flags & TF_OPEN); j++) {
            if (t[j].kind == TK_PUNCT && t[j].len == 1 && strchr(";.:,", s[t[j].off]))
                break;
            unit_token(s, &t[j], u);
        }
        return u->mult != 1 || u->unit || u->rate;
    }
    return false;
}

/* The units in brackets on a header's second line [a, b), each to the
 * column of the line above that it stands under (the nearest by where
 * they start), where that column has none of its own; a note's mark,
 * "(a)", stands for the unit its note under the rows from ra gives. */
static void units_below(const char *s, const struct token *t, size_t n, size_t a, size_t b, size_t ra,
                        struct column *col, int nc)
{
    size_t l0 = line_start(s, t, a);
    for (size_t i = a; i < b; i++) {
        if (!(t[i].flags & TF_OPEN))
            continue;
        /* (the field's start: back to the gap before the brackets, or
         * to where another unit's brackets close: "(100 million yuan)
         * (US$ billion)") */
        size_t f = i;
        while (f > a && !gap_before(s, t, f) && !((t[f].flags & TF_OPEN) && (t[f - 1].flags & TF_CLOSE)))
            f--;
        size_t at = t[f].off - l0, best_d = SIZE_MAX;
        int best = -1;
        for (int c = 0; c < nc; c++) {
            size_t c0 = t[col[c].ha].off - line_start(s, t, col[c].ha);
            size_t d = c0 > at ? c0 - at : at - c0;
            if (d < best_d) {
                best_d = d;
                best = c;
            }
        }
        struct column u = column_of(-1, 0, 0);
        size_t e = header_unit(s, t, i, b, &u);
        if (note_mark(s, t, i, b) && !marked_unit(s, t, n, i, ra, &u))
            u = column_of(-1, 0, 0);
        if (best >= 0 && col[best].mult == 1 && !col[best].unit && !col[best].rate) {
            col[best].mult = u.mult;
            col[best].unit = u.unit;
            col[best].rate = u.rate;
        }
        i = e - 1;
    }
}

/* The period a row's label names, anywhere in it: "End of Nov. 2010",
 * "End of 2009", "Net additions in 2010"; or a month alone ("Net
 * additions in December"), of the year *y holds.  False if none. */
static bool label_period(const char *s, const struct token *t, size_t a, size_t b, int *y, int *m)
{
    for (size_t i = a; i < b; i++) {
        int ly, lm;
        if (row_label(s, t, i, b, &ly, &lm)) {
            *y = ly;
            *m = lm;
            return true;
        }
    }
    for (size_t i = a; i < b; i++) {
        int mo = t[i].kind == TK_WORD && i > a ? scan_month(s + t[i].off, t[i].len) : 0;
        /* ("in December": a month after a preposition, not "May" opening
         * the label) */
        if (mo > 0 && *y && (word_is(s, &t[i - 1], "in") || word_is(s, &t[i - 1], "of"))) {
            *m = mo;
            return true;
        }
    }
    return false;
}

/* Tables whose columns name whose figures they are, a header of names
 * over the figures, its label's column empty; the rows are periods, or a
 * level's changes, under the caption's indicator or a section's label:
 *
 *     Table 3  3G subscribers by operator
 *     Unit: 10,000 subscribers
 *
 *                          China Mobile    China Unicom   China Telecom      Total
 *     End of 2009                 441.5           274.7           406.1    1,122.3
 *     End of Dec. 2010          2,070.0         1,406.0         1,229.0    4,705.0
 *       Net additions in 2010   1,628.5         1,131.3           822.9    3,582.7
 *       Share of 3G total (%)      44.0            29.9            26.1      100.0
 *
 * A figure is the column's whose name ends nearest where it ends; "Total"
 * is the country's.  A row of a share counts nothing; a row with no period
 * of its own is of the last period row's, or the caption's. */
/* Hand fn the figure at t[i] of a row [ra, rb) (its figures from fig on)
 * under the name [na, nb) that heads its column: of rule ri, a change
 * (ch) of level or the level itself, of year y and month m, in the
 * caption's unit cap (NULL: none); "Total" is the country's.  1 if
 * given, else 0. */
static int give_name_cell(const struct rules *r, const char *s, const struct token *t, size_t i, int ri, int ch,
                          int level, size_t na, size_t nb, const struct column *cap, size_t fig, size_t ra, size_t rb,
                          int y, int m, bool doc_year, bool lone_month, table_cell_fn fn, void *ctx)
{
    struct column c = {.rule = ri, .mult = 1, .ha = na, .hb = nb, .level1 = ch ? level + 1 : 0};
    if (ch == CH_GROWTH)
        c.unit = "percent";
    else if (cap)
        take_unit(&c, cap);
    /* (a change may fall: "-0.14") */
    if (ch && i > fig && sign_at(s, t, i - 1, rb) && s[t[i - 1].off] == '-')
        c.mult = -c.mult;
    const char *unit;
    double v;
    if (cell_value(r, t, i, &c, &v, &unit) <= 0)
        return 0;
    bool total = word_is(s, &t[na], "total") || word_is(s, &t[na], "all");
    size_t nlen = t[nb - 1].off + t[nb - 1].len - t[na].off;
    /* (a change within a month is the month's, December's too) */
    struct table_cell tc = {(size_t)ri, y, v, r->v[ri].unit == UC_MONEY ? unit : NULL, t[ra].line, ra, rb,
                            s + t[na].off, nlen, m, ch ? level : -1, total ? "China" : s + t[na].off,
                            total ? 5 : nlen, 0, ch && m == 12, Q_EXACT, false, 0, 0, false, doc_year, NULL, 0,
                            lone_month};
    fn(ctx, &tc);
    return 1;
}

/* A line of the same fields under each of nf names, parted by wide
 * gaps, each a level's ("total", "subscribers") or a change's ("net add",
 * "growth"): "total   net add     total   net add".  How many fields a
 * name has (2 or more; 0: the line is no such line); what each counts in
 * sub[] (0: the level, else its change's kind). */
static int sub_columns(const char *s, const struct token *t, size_t a, size_t b, int nf, int *sub)
{
    int kinds[TABLE_COLS * 4], nk = 0;
    for (size_t i = a; i < b;) {
        size_t j = field_end(s, t, i, b);
        int kind = -1;
        for (size_t x = i; x < j; x++) {
            int c = change_word(s, &t[x]);
            if (!c && (word_is(s, &t[x], "add") || word_is(s, &t[x], "adds") || word_is(s, &t[x], "additions") ||
                       word_is(s, &t[x], "net")))
                c = CH_INCREASE;
            if (!c && t[x].kind == TK_PUNCT && s[t[x].off] == '%')
                c = CH_GROWTH;
            if (c && (kind <= 0 || c == CH_GROWTH))
                kind = c;
            else if (!c && kind < 0 &&
                     (word_is(s, &t[x], "total") || word_is(s, &t[x], "subscribers") || word_is(s, &t[x], "users") ||
                      word_is(s, &t[x], "level") || word_is(s, &t[x], "base")))
                kind = 0;
        }
        if (kind < 0 || nk == TABLE_COLS * 4)
            return 0;
        kinds[nk++] = kind;
        i = j;
    }
    if (nf < 2 || nk % nf || nk / nf < 2 || nk / nf > 4)
        return 0;
    int per = nk / nf;
    bool level = false;
    for (int k = 0; k < nk; k++) {
        if (kinds[k] != kinds[k % per])
            return 0;
        level = level || kinds[k] == 0;
    }
    if (!level)
        return 0;
    memcpy(sub, kinds, (size_t)per * sizeof *sub);
    return per;
}

/* Does the header [a, b) open with a field that names its rows' periods:
 * "Month-end", "Year", "Period", "Date", "Quarter", "End of month"? */
static bool periods_label(const char *s, const struct token *t, size_t a, size_t b)
{
    static const char *const w[] = {"month", "year", "period", "date", "quarter", "end", "of", "as", "at"};
    size_t e = field_end(s, t, a, b);
    if (e >= b)
        return false;
    for (size_t i = a; i < e; i++)
        if (!(t[i].kind == TK_PUNCT && (t[i].flags & TF_HYPHEN)) &&
            !(t[i].kind == TK_WORD && str_ieq_any(s + t[i].off, t[i].len, w, sizeof w / sizeof *w)))
            return false;
    return true;
}

static size_t by_entity_columns(const struct rules *r, const char *s, const struct token *t, size_t n,
                                table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption, int year)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        size_t h0 = line_start(s, t, a);
        /* (or a label's column that names the rows' periods: "Month-end
         * Total   Money market   Closed-end") */
        size_t first = a;
        if (!in_table[a] && t[a].kind == TK_WORD && t[a].off < h0 + 8 && periods_label(s, t, a, b))
            first = field_end(s, t, a, b);
        if (in_table[a] || t[a].kind != TK_WORD || (t[a].off < h0 + 8 && first == a)) {
            a = b;
            continue;
        }
        /* the header: names in capitals parted by wide gaps, none an
         * indicator's, a period's or a unit's */
        size_t fa[TABLE_COLS], fb[TABLE_COLS], fend[TABLE_COLS];
        int nf = 0;
        bool names = true;
        int kinds_of = -2, named_fields = 0; /* the rule each field a cue names, -1 if they differ */
        for (size_t i = first; i < b && names;) {
            size_t j = field_end(s, t, i, b);
            char part;
            names = nf < TABLE_COLS && t[i].kind == TK_WORD && (t[i].flags & TF_CAP) &&
                    scan_month(s + t[i].off, t[i].len) <= 0 && !word_is(s, &t[i], "year") &&
                    !period_short_name(s + t[i].off, t[i].len, &part) && /* (a quarter's column: "Q1") */
                    !word_is(s, &t[i], "unit") && !word_is(s, &t[i], "indicator");
            for (size_t x = i; x < j && names; x++)
                names = t[x].kind == TK_WORD || (t[x].kind == TK_PUNCT && (t[x].flags & TF_HYPHEN)) ||
                        (t[x].kind == TK_PUNCT && (s[t[x].off] == '&' || s[t[x].off] == '.'));
            /* (nor a measure's or a change's: "Volume", "QoQ growth") */
            for (size_t x = i; x < j && names; x++)
                names = !change_word(s, &t[x]) && !over_at(s, t, x, j, "y") && !over_at(s, t, x, j, "q") &&
                        !over_at(s, t, x, j, "m") && !(j == i + 1 && measure_noun(s, &t[x]));
            struct column one[TABLE_COLS];
            /* (or each a kind of what one indicator counts: "Bond funds
             * Closed-end funds   Open-end funds") */
            if (names && header_columns(r, s, t, n, i, j, one, true) > 0) {
                kinds_of = kinds_of == -2 ? one[0].rule : kinds_of == one[0].rule ? kinds_of : -1;
                named_fields++;
            }
            if (names) {
                fa[nf] = i;
                fb[nf] = j;
                fend[nf] = t[j - 1].off + t[j - 1].len - h0;
                nf++;
            }
            i = j;
        }
        /* (fields a cue names are names only where all are, of one
         * indicator with kinds: its categories) */
        if (named_fields && (named_fields != nf || kinds_of < 0 || !r->v[kinds_of].category.n))
            names = false;
        if (!names || nf < 2) {
            a = b;
            continue;
        }
        /* (under it, the names' notes in brackets: "(TD-SCDMA)   (WCDMA)") */
        size_t ra = b;
        if (ra < n && (t[ra].flags & TF_OPEN)) {
            size_t e = line_end(t, n, ra);
            bool notes = true;
            for (size_t i = ra, depth = 0; i < e && notes; i++) {
                if (t[i].flags & TF_OPEN)
                    depth++;
                else if (t[i].flags & TF_CLOSE)
                    depth--;
                else
                    notes = depth > 0;
            }
            if (notes)
                ra = e;
        }
        /* the caption: its indicator, unit and date, on the lines above or
         * the block before */
        size_t ca = a;
        while (ca > 0 && a - ca < 40 && t[ca - 1].line + 4 > t[a].line)
            ca--;
        struct cap_view cv;
        struct column capc, cap;
        bool viewed = caption_view(s, t, n, ca, a, caption, &cv);
        int cur = viewed ? caption_names(r, &cv, -1, 1, &capc) : -1;
        bool has_cap = caption_unit(s, t, n, ca, a, &cap) || (ca == a && a == 0 && caption_block_unit(caption, &cap));
        /* (or a note under the rows: "Note: All numbers are in millions,
         * otherwise stated.") */
        for (size_t x = ra, lines = 0; !has_cap && x < n && lines < 30; x = line_end(t, n, x), lines++)
            has_cap = note_unit(s, t, x, line_end(t, n, x), &cap, false);
        int cy = 0, cm = 0, lone_m = 0;
        for (size_t i = cv.a; viewed && i < cv.b; i++) {
            if (cur >= 0 && cv.t[i].kind == TK_NUM && (cv.t[i].flags & TF_YEAR) && cv.t[i].len == 4) {
                cy = (int)cv.t[i].value;
                cm = i > cv.a ? scan_month(cv.s + cv.t[i - 1].off, cv.t[i - 1].len) : 0;
            } else if (cv.t[i].kind == TK_WORD && (cv.t[i].flags & TF_CAP) &&
                       (i == cv.a || word_is(cv.s, &cv.t[i - 1], "for") || word_is(cv.s, &cv.t[i - 1], "in") ||
                        /* ("at the end of October", "as of June") */
                        (i >= cv.a + 2 && word_is(cv.s, &cv.t[i - 1], "of") &&
                         (word_is(cv.s, &cv.t[i - 2], "end") || word_is(cv.s, &cv.t[i - 2], "as"))))) {
                int m = scan_month(cv.s + cv.t[i].off, cv.t[i].len);
                if (m > 0 && !(i + 1 < cv.b && cv.t[i + 1].kind == TK_NUM))
                    lone_m = m; /* ("statistics for July": of the document's year) */
            }
        }
        bool lone = false; /* (the caption's month named without its year) */
        if (!cy && lone_m && year) {
            cy = year;
            cm = lone_m;
            lone = true;
        }
        int ly = 0, lm = 0; /* the last row's period */
        bool undated = false; /* the last row's year is the document's */
        int sub[TABLE_COLS], nsub = 0; /* each name's columns: a level (0) or its change */
        size_t rows = 0, given = 0, words_a = SIZE_MAX, label_lines = 0;
        size_t pla = 0, plb = 0; /* the last level's label, whose parts the rows under it name */
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            /* (the cells: figures, a change's with its sign, "-0.14", and
             * blanks, "n/a") */
            size_t fig = rb, bl;
            int ncells = 0;
            bool any_fig = false;
            for (;;) {
                /* (not the month of a row's period glued to its year:
                 * "2017-07   106,800") */
                bool month_of_year = fig >= ra + 3 && t[fig - 2].kind == TK_PUNCT &&
                                     t[fig - 1].off == t[fig - 2].off + 1 &&
                                     t[fig - 2].off == t[fig - 3].off + t[fig - 3].len && is_row_year(&t[fig - 3]);
                /* (past a note's mark glued to a figure: "145.71*") */
                if (fig > ra + 1 && t[fig - 1].kind == TK_PUNCT && t[fig - 1].len == 1 && s[t[fig - 1].off] == '*' &&
                    t[fig - 2].kind == TK_NUM && t[fig - 2].off + t[fig - 2].len == t[fig - 1].off)
                    fig--;
                if (fig > ra && t[fig - 1].kind == TK_NUM && !(t[fig - 1].flags & (TF_YEAR | TF_GLUED | TF_WORDS)) &&
                    !month_of_year) {
                    fig--;
                    any_fig = true;
                    if (fig > ra + 1 && sign_at(s, t, fig - 1, rb) && gap_before(s, t, fig - 1))
                        fig--;
                } else if ((bl = blank_cell_ending(s, t, fig, ra, rb)) > 0 && fig - bl > ra) {
                    fig -= bl;
                } else {
                    break;
                }
                ncells++;
            }
            if (!any_fig)
                fig = rb;
            if (fig == rb) {
                /* a line of words: a section's label ("3G subscribers:"),
                 * or the first line of a row's */
                bool words = ++label_lines <= 3 && rb - ra <= 10;
                for (size_t i = ra; i < rb && words; i++)
                    words = t[i].kind != TK_NUM || (t[i].flags & TF_GLUED);
                if (!words)
                    break;
                /* (not a row of words in the columns: "3G standard
                 * TD-SCDMA   WCDMA   CDMA2000   --") */
                int fields = 0;
                for (size_t i = ra + 1; i < rb; i++)
                    fields += gap_before(s, t, i);
                if (fields >= 2 && fields + 1 >= nf) {
                    /* (or each name's columns, the same under every name:
                     * "total   net add     total   net add") */
                    if (!nsub && !rows)
                        nsub = sub_columns(s, t, ra, rb, nf, sub);
                    words_a = SIZE_MAX;
                    ra = rb;
                    continue;
                }
                struct column one[TABLE_COLS];
                int k = header_columns(r, s, t, n, ra, rb, one, true);
                if (k > 0 && r->v[one[0].rule].change == CH_NONE) {
                    cur = one[0].rule;
                    words_a = SIZE_MAX;
                } else if (words_a == SIZE_MAX) {
                    words_a = ra;
                }
                ra = rb;
                continue;
            }
            if (nsub && ncells == nf * nsub && cur >= 0 && fig > ra) {
                /* a row of each name's columns, figures alone */
                int y = ly, m = lm;
                if (!label_period(s, t, ra, fig, &y, &m) || !y)
                    break;
                size_t at[TABLE_COLS * 4];
                int na = 0;
                for (size_t i = fig; i < rb; i++)
                    if (t[i].kind == TK_NUM && na < TABLE_COLS * 4)
                        at[na++] = i;
                if (na != ncells)
                    break;
                for (int c = 0; c < na; c++) {
                    int f = c / nsub, ch = sub[c % nsub];
                    int ri = ch ? rules_change_of(r, (enum change_kind)ch, r->v[cur].id) : cur;
                    if (ri >= 0)
                        given += give_name_cell(r, s, t, at[c], ri, ch, cur, fa[f], fb[f], has_cap ? &cap : NULL, fig,
                                                ra, rb, y, m, false, lone && y == cy && m == cm, fn, ctx);
                }
                rows++;
                ra = rb;
                continue;
            }
            if (fig == ra || ncells > nf || cur < 0)
                break;
            size_t la = words_a != SIZE_MAX ? words_a : ra;
            words_a = SIZE_MAX;
            label_lines = 0;
            /* what the row is: a change of the level, a share, a level */
            int ch = 0;
            bool share = false;
            for (size_t i = la; i < fig; i++) {
                int c = change_word(s, &t[i]);
                if (!c && (word_is(s, &t[i], "additions") || word_is(s, &t[i], "increases")))
                    c = CH_INCREASE;
                if (c == CH_GROWTH || (c && !ch))
                    ch = c;
                share = share || word_is(s, &t[i], "share") || word_is(s, &t[i], "proportion") ||
                        word_is(s, &t[i], "penetration") || (t[i].kind == TK_PUNCT && s[t[i].off] == '%');
            }
            int y = ly, m = lm;
            bool dated = label_period(s, t, la, fig, &y, &m);
            /* (the document's year, where nothing else dates the row) */
            undated = !dated && !ly && !cy;
            if (!dated && !ly) {
                y = cy ? cy : year;
                m = cy ? cm : 0;
            }
            if (dated && !ch) {
                ly = y;
                lm = m;
            }
            /* (a row whose label names a level of its own counts that:
             * "  of which: 3G subscribers", "3G net additions in November"
             * under "Mobile phone subscribers") */
            int base = cur;
            {
                struct column own[TABLE_COLS];
                int pr = -1;
                /* (a cue of two words or more: a bare "Subscribers" under
                 * "3G subscribers by operator" is the caption's) */
                int words = 0;
                bool one = header_columns(r, s, t, n, la, fig, own, true) == 1;
                for (size_t i = one ? own[0].ha : fig; i < fig && !(t[i].flags & TF_OPEN); i++)
                    words += t[i].kind == TK_WORD;
                if (one && r->v[own[0].rule].change == CH_NONE && words >= 2)
                    pr = own[0].rule;
                else if (plb > pla)
                    pr = part_of(r, s, t, la, fig, pla, plb, NULL);
                if (pr >= 0 && r->v[pr].unit == r->v[cur].unit)
                    base = pr;
                if (!word_is(s, &t[la], "of") && !ch) {
                    pla = la;
                    plb = fig;
                }
            }
            int ri = ch ? rules_change_of(r, (enum change_kind)ch, r->v[base].id) : share ? -1 : base;
            size_t r0 = line_start(s, t, ra);
            for (size_t i = fig; i < rb && ri >= 0 && y; i++) {
                if (t[i].kind != TK_NUM)
                    continue;
                size_t bd;
                int f = nearest_end(fend, 0, nf, t[i].off + t[i].len - r0, &bd);
                if (f < 0 || bd > 12)
                    continue;
                given += give_name_cell(r, s, t, i, ri, ch, base, fa[f], fb[f], has_cap ? &cap : NULL, fig, ra, rb, y,
                                        m, undated, lone && y == cy && m == cm, fn, ctx);
            }
            rows++;
            ra = rb;
        }
        if (rows >= 2 && given) {
            for (size_t i = a; i < ra; i++)
                in_table[i] = true;
            cells += given;
            a = ra;
        } else {
            a = b;
        }
    }
    return cells;
}

/* A header of rows of periods whose fields, parted by wide gaps, stand one
 * over each column of figures (after the label's own field):
 *
 *     Survey date    Internet users   Computers online   Users: growth
 *     2000.12.31         2,250              892              33.1%
 *
 * A field the header's cues name is that column; a field of words no cue
 * names is a column nobody counts ("Computers online").  Into col, k
 * columns; how many (k), or 0 when the fields are not one a column or
 * none counts anything. */
/* Does every line of [a, e) end, past its figures and a wide gap, in
 * words: a column of sources or notes ("2000   22,500,000   1.8 %   ITU")? */
static bool notes_column(const char *s, const struct token *t, size_t n, size_t a, size_t e)
{
    size_t rows = 0;
    for (size_t x = a; x < e; x = line_end(t, n, x), rows++) {
        size_t xb = line_end(t, n, x), w = SIZE_MAX;
        for (size_t i = x + 1; i < xb; i++)
            if (t[i].kind == TK_NUM)
                w = SIZE_MAX;
            else if (w == SIZE_MAX && t[i].kind == TK_WORD && t[i - 1].kind != TK_WORD && gap_before(s, t, i))
                w = i;
        if (w == SIZE_MAX)
            return false;
    }
    return rows >= 2;
}

static int columns_by_fields(const struct rules *r, const char *s, const struct token *t, size_t n, size_t a,
                             size_t b, int k, struct column *col, int cap_rule, bool notes)
{
    size_t fa[TABLE_COLS + 2];
    int nf = 0;
    for (size_t i = a; i < b; i++)
        if (i == a || gap_before(s, t, i)) {
            if (nf > TABLE_COLS)
                return 0;
            fa[nf++] = i;
        }
    fa[nf] = b;
    /* (the label's field over the periods, or none: an indented header) */
    /* (and a last field over the rows' notes, "Usage Source", which
     * names no column of figures) */
    int skip = nf == k + 1 || (notes && nf == k + 2) ? 1 : nf == k && t[a].off >= line_start(s, t, a) + 8 ? 0 : -1;
    if (skip < 0 || k > TABLE_COLS)
        return 0;
    struct column hc[TABLE_COLS];
    int nh = header_columns(r, s, t, n, a, b, hc, false);
    for (int c = 0; c < k; c++)
        col[c] = column_of(-1, fa[skip + c], fa[skip + c + 1]);
    int counted = 0;
    bool two[TABLE_COLS] = {false};
    for (int h = 0; h < nh; h++) {
        int f = skip;
        while (f < nf && fa[f + 1] <= hc[h].ha)
            f++;
        if (f >= nf)
            return 0;
        if (f - skip >= k)
            continue; /* (the notes' field) */
        if (col[f - skip].rule >= 0) {
            two[f - skip] = true; /* (two in one: only a change's field may) */
            continue;
        }
        col[f - skip] = hc[h];
        counted++;
    }
    /* (a field of a cue's last word alone, "Users (millions)", under a
     * caption that names the whole cue, "Internet users in China", counts
     * the caption's) */
    for (int c = 0; c < k && cap_rule >= 0; c++) {
        size_t i = fa[skip + c], e = fa[skip + c + 1];
        if (col[c].rule < 0 || col[c].rule == cap_rule || t[i].kind != TK_WORD ||
            !(i + 1 == e || (t[i + 1].flags & TF_OPEN)) ||
            r->v[col[c].rule].unit != r->v[cap_rule].unit || r->v[col[c].rule].change != CH_NONE)
            continue;
        const struct rule *cr = &r->v[cap_rule];
        bool head = false;
        for (size_t q = 0; q < cr->cue.n && !head; q++)
            head = cr->cue.v[q].n >= 2 && cr->cue.v[q].dir == 0 && cr->cue.v[q].h[cr->cue.v[q].n - 1] == t[i].hash;
        if (head)
            col[c].rule = cap_rule;
    }
    /* (a field of a measure's word alone, "Scale (trillion yuan)",
     * "Volume", under a caption that names what is measured, counts that:
     * "Transaction scale of China's third-party mobile payment market") */
    for (int c = 0; c < k && cap_rule >= 0; c++) {
        size_t i = fa[skip + c], e = fa[skip + c + 1];
        /* (or two: "Total volume", "Transaction value") */
        if (i + 1 < e && t[i + 1].kind == TK_WORD &&
            (word_is(s, &t[i], "total") || word_is(s, &t[i], "overall") || word_is(s, &t[i], "transaction")) &&
            scan_measure_word(s + t[i + 1].off, t[i + 1].len))
            i++;
        if (col[c].rule >= 0 || t[i].kind != TK_WORD ||
            !scan_measure_word(s + t[i].off, t[i].len) ||
            !(i + 1 == e || (t[i + 1].flags & TF_OPEN)))
            continue;
        col[c] = column_of(cap_rule, i, e);
        header_unit(s, t, i + 1, e, &col[c]);
        counted++;
        cap_rule = -1; /* (one such field) */
    }
    /* (a field that says it is a change is one of the column left of it
     * counts, whatever noun it repeats: "Users: growth over previous
     * round") */
    for (int c = 0; c < k; c++) {
        int ch = 0;
        for (size_t i = fa[skip + c]; i < fa[skip + c + 1] && !ch; i++)
            ch = change_word(s, &t[i]);
        if (!ch) {
            if (two[c])
                return 0;
            continue;
        }
        /* (past the other changes of that column, not past a column no
         * cue names: "Market size   Growth   Players" has the growth of
         * the market, which nothing here counts) */
        bool bare = true; /* (the field is a change's word alone: "Growth (%)") */
        int depth = 0;
        for (size_t i = fa[skip + c]; i < fa[skip + c + 1] && bare; i++)
            if (outside_brackets(&t[i], &depth))
                bare = change_word(s, &t[i]) || word_is(s, &t[i], "yoy") || word_is(s, &t[i], "rate");
        /* (a change in percent is a growth: "Change (pct)", "Change (%)") */
        for (size_t i = fa[skip + c]; i < fa[skip + c + 1] && ch == CH_INCREASE; i++)
            if ((t[i].kind == TK_PUNCT && t[i].len == 1 && s[t[i].off] == '%') || word_is(s, &t[i], "pct") ||
                word_is(s, &t[i], "percent"))
                ch = CH_GROWTH;
        int left = c - 1;
        while (left >= 0 && (col[left].rule < 0 || r->v[col[left].rule].change != CH_NONE)) {
            bool changes = false;
            for (size_t i = fa[skip + left]; i < fa[skip + left + 1] && !changes; i++)
                changes = change_word(s, &t[i]) != 0;
            if (bare && col[left].rule < 0 && !changes) {
                left = -1;
                break;
            }
            left--;
        }
        int ri = left >= 0 ? rules_change_of(r, (enum change_kind)ch, r->v[col[left].rule].id) : -1;
        if (ri < 0) {
            if (col[c].rule >= 0)
                counted--;
            col[c].rule = -1; /* (a change of nothing the table counts) */
            continue;
        }
        counted += col[c].rule < 0;
        size_t ha = fa[skip + c], hb = fa[skip + c + 1];
        col[c] = ch == CH_GROWTH ? (struct column){.rule = ri, .mult = 1, .unit = "percent", .ha = ha, .hb = hb,
                                                   .level1 = col[left].rule + 1}
                                 : (struct column){.rule = ri, .mult = col[left].mult, .unit = col[left].unit,
                                                   .rate = col[left].rate, .ha = ha, .hb = hb,
                                                   .level1 = col[left].rule + 1};
    }
    return counted ? k : 0;
}

void table_stray_rows(const char *s, const struct token *t, size_t n, bool *in_table)
{
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        if (!in_table[a] && row_figures(s, t, a, b) >= 2)
            for (size_t i = a; i < b; i++)
                in_table[i] = true;
        a = b;
    }
}

/* The fields of the line [a, b), runs of tokens between wide gaps, into
 * fa[] (their starts) and fa[k] = b; how many (at most max), 0 if more. */
static int line_fields(const char *s, const struct token *t, size_t a, size_t b, size_t *fa, int max)
{
    int k = 0;
    for (size_t i = a; i < b; i++)
        if (i == a || gap_before(s, t, i)) {
            if (k == max)
                return 0;
            fa[k++] = i;
        }
    fa[k] = b;
    return k;
}

/* Tables whose rows name an indicator, then its unit in a column of its
 * own, then its figure and its growth (statistical communiques, the
 * ministry's bulletins):
 *
 *     Table 5  Main indicators of telecommunications at the end of 2020
 *       Indicator                   Unit         Number     Growth (%)
 *       Mobile phone users          10,000     16,356.4          3.2
 *         of which: 4G users        10,000     13,163.2         -4.1
 *
 * The figure is of the year the value's field or the caption names (or
 * the months, "Jan-Oct", of the document's year); the unit's cell is no
 * figure. */
static size_t by_unit_column(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                             void *ctx, bool *in_table, struct caption *caption, int year)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        size_t fa[TABLE_COLS + 1];
        int nf = in_table[a] || t[a].kind != TK_WORD ? 0 : line_fields(s, t, a, b, fa, TABLE_COLS);
        int fu = -1;
        for (int f = 1; f < nf && fu < 0; f++)
            if (fa[f + 1] == fa[f] + 1 && (word_is(s, &t[fa[f]], "unit") || word_is(s, &t[fa[f]], "units")))
                fu = f;
        if (fu < 0 || fu + 1 >= nf) {
            a = b;
            continue;
        }
        /* the value's field: its year, its months ("Jan-Oct"), or a word */
        int y = 0, m = 0;
        for (size_t i = fa[fu + 1]; i < fa[fu + 2]; i++) {
            if (is_row_year(&t[i]))
                y = (int)t[i].value;
            else if (t[i].kind == TK_WORD && scan_month(s + t[i].off, t[i].len))
                m = scan_month(s + t[i].off, t[i].len); /* (the last month named) */
        }
        if (!y)
            y = caption_year(t, 0, a, caption, year);
        if (!y) {
            a = b;
            continue;
        }
        bool growth = fu + 2 < nf && (change_word(s, &t[fa[fu + 2]]) == CH_GROWTH || word_is(s, &t[fa[fu + 2]], "growth"));
        size_t ra = b, rows = 0;
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            size_t rf[TABLE_COLS + 1];
            int nr = line_fields(s, t, ra, rb, rf, TABLE_COLS);
            if (nr < fu + 2 || t[ra].kind != TK_WORD)
                break;
            /* the label: its words, past a part's "of which:" */
            size_t la = rf[0], lb = rf[1];
            for (size_t i = la; i < lb; i++)
                if (t[i].kind == TK_PUNCT && s[t[i].off] == ':')
                    la = i + 1;
            /* the value: one figure (its sign glued) after the unit's cell */
            size_t vi = rf[fu + 1];
            if (vi < rf[fu + 2] && sign_at(s, t, vi, rb))
                vi++;
            if (vi >= rf[fu + 2] || t[vi].kind != TK_NUM || (t[vi].flags & (TF_YEAR | TF_GLUED | TF_WORDS)))
                break;
            struct column c = column_of(-1, fa[fu + 1], fa[fu + 2]);
            for (size_t i = rf[fu]; i < rf[fu + 1]; i++)
                unit_token(s, &t[i], &c);
            int ri = la < lb ? label_column_rule(r, t, n, la, lb, lb, lb) : -1;
            if (ri >= 0 && r->v[ri].change == CH_NONE) {
                c.rule = ri;
                cells += give_cell(r, s, t, vi, &c, y, m, ra, rb, fn, ctx) > 0;
                size_t gi = growth && fu + 2 < nr ? rf[fu + 2] : rb;
                if (gi < rb && sign_at(s, t, gi, rb))
                    gi++;
                int gr = rules_change_of(r, CH_GROWTH, r->v[ri].id);
                if (gr >= 0 && gi < rb && t[gi].kind == TK_NUM) {
                    struct column g = {.rule = gr, .mult = 1, .unit = "percent", .ha = fa[fu + 2],
                                       .hb = fa[fu + 3 <= nf ? fu + 3 : nf], .level1 = ri + 1};
                    cells += give_cell(r, s, t, gi, &g, y, m, ra, rb, fn, ctx) > 0;
                }
            }
            rows++;
            ra = rb;
        }
        if (rows >= 2)
            for (size_t i = a; i < ra; i++)
                in_table[i] = true;
        a = rows >= 2 ? ra : b;
    }
    return cells;
}

/* A table of deals, one a row, its fields parted by wide gaps under a
 * header that names a round's field and an amount's:
 *
 *     Round       Date         Amount             Lead investor(s)
 *     Series A    Jan 2015     USD 15 million     Legend Capital
 *
 *     Rank  Company   Segment         Round       Amount     Key investors   Date
 *     1     Ele.me    Food delivery   Series F    US$630M    CITIC PE, DST   Aug 28
 *
 * Each row's amount (money, under "Amount") is a funding round's; its
 * date the "Date" field's (a month and a year, a day of a month), else the
 * caption's year or the document's; its company the "Company" field's,
 * else whoever the caption or the text names.  A field is the header's
 * whose start is nearest the cell's. */
static bool field_word(const char *s, const struct token *t, size_t a, size_t b, const char *const *w, size_t nw)
{
    for (size_t k = 0; k < nw; k++)
        if (a < b && word_is(s, &t[a], w[k]))
            return true;
    return false;
}

static bool is_bar(const char *s, const struct token *t)
{
    return t->kind == TK_PUNCT && t->len == 1 && s[t->off] == '|';
}

/* The fields of the line [a, b): runs of tokens parted by wide gaps, or
 * (barred) by bars; their token ranges into fa, fb.  How many. */
static int deal_fields(const char *s, const struct token *t, size_t a, size_t b, bool barred, size_t *fa, size_t *fb)
{
    int nf = 0;
    for (size_t i = a; i < b && nf < TABLE_COLS;) {
        if (barred && is_bar(s, &t[i])) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < b && (barred ? !is_bar(s, &t[j]) : !gap_before(s, t, j)))
            j++;
        fa[nf] = i;
        fb[nf] = j;
        nf++;
        i = j;
    }
    return nf;
}

/* A header of a table of deals (see below), read from the line [a, b) of
 * the tokens t of the text s. */
struct deal_head {
    bool barred;               /* its fields parted by bars */
    int nf;                    /* how many fields */
    size_t fstart[TABLE_COLS]; /* where each starts on its line */
    size_t fend[TABLE_COLS];   /* ... and ends */
    int f_round, f_amount, f_date, f_firm, f_value;
    const char *amount_head;   /* the amount field's words */
    size_t amount_len;
    const char *value_head;    /* ... and the valuation's */
    size_t value_len;
    struct column amount_unit, value_unit; /* the units their fields give: "Amount (US$ bn)" */
};

/* funded: the caption names financing ("Largest fintech financing
 * rounds"), so that a header without a round's field will do. */
static bool deal_header(const char *s, const struct token *t, size_t a, size_t b, struct deal_head *h, bool funded)
{
    static const char *const round_w[] = {"round", "stage", "series"};
    static const char *const amount_w[] = {"amount", "raised", "size"};
    static const char *const date_w[] = {"date", "month", "announced", "closed"};
    static const char *const firm_w[] = {"company", "startup", "firm", "target", "name", "investee"};
    if (t[a].kind != TK_WORD)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i].kind == TK_NUM)
            return false;
    /* (or parted by bars: "Startup | Sector | Round | Amount |
     * Investors", each row's fields then the header's by their order) */
    int bars = 0;
    for (size_t i = a; i < b; i++)
        bars += is_bar(s, &t[i]);
    h->barred = bars >= 2;
    size_t fa[TABLE_COLS], fb[TABLE_COLS];
    h->nf = deal_fields(s, t, a, b, h->barred, fa, fb);
    static const char *const value_w[] = {"valuation", "post-money", "pre-money", "value"};
    h->f_round = h->f_amount = h->f_date = h->f_firm = h->f_value = -1;
    for (int f = 0; f < h->nf; f++) {
        if (h->f_round < 0 && field_word(s, t, fa[f], fb[f], round_w, 3))
            h->f_round = f;
        else if (h->f_value < 0 && (field_word(s, t, fa[f], fb[f], value_w, 4) ||
                                    (fa[f] + 2 < fb[f] && (word_is(s, &t[fa[f]], "post") || word_is(s, &t[fa[f]], "pre")) &&
                                     (t[fa[f] + 1].flags & TF_HYPHEN))))
            h->f_value = f;
        else if (h->f_amount < 0 && field_word(s, t, fa[f], fb[f], amount_w, 3))
            h->f_amount = f;
        else if (h->f_date < 0 && field_word(s, t, fa[f], fb[f], date_w, 4))
            h->f_date = f;
        else if (h->f_firm < 0 && field_word(s, t, fa[f], fb[f], firm_w, 6))
            h->f_firm = f;
    }
    if (h->nf < 3 || (h->f_round < 0 && !funded) || h->f_amount < 0)
        return false;
    size_t h0 = line_start(s, t, a);
    for (int f = 0; f < h->nf; f++) {
        h->fstart[f] = t[fa[f]].off - h0;
        h->fend[f] = t[fb[f] - 1].off + t[fb[f] - 1].len - h0;
    }
    const struct token *h1 = &t[fb[h->f_amount] - 1];
    h->amount_head = s + t[fa[h->f_amount]].off;
    h->amount_len = h1->off + h1->len - t[fa[h->f_amount]].off;
    /* (the units in brackets: "Amount (US$ bn)") */
    h->amount_unit = h->value_unit = column_of(-1, 0, 0);
    for (size_t i = fa[h->f_amount]; i < fb[h->f_amount]; i++)
        if (t[i].flags & TF_OPEN)
            header_unit(s, t, i, fb[h->f_amount], &h->amount_unit);
    if (h->f_value >= 0) {
        const struct token *v1 = &t[fb[h->f_value] - 1];
        h->value_head = s + t[fa[h->f_value]].off;
        h->value_len = v1->off + v1->len - t[fa[h->f_value]].off;
        for (size_t i = fa[h->f_value]; i < fb[h->f_value]; i++)
            if (t[i].flags & TF_OPEN)
                header_unit(s, t, i, fb[h->f_value], &h->value_unit);
    }
    return true;
}

/* A figure of money in a deal's field: its value and currency, the
 * field's unit applied to a bare figure ("1.8" under "Amount (US$
 * bn)").  Whether it is one. */
static bool deal_money(const struct token *x, const struct column *u, double *v, const char **cur)
{
    if (x->kind != TK_NUM || (x->flags & (TF_YEAR | TF_GLUED)))
        return false;
    if (x->unit) {
        if (strcmp(x->unit, "percent") == 0 || strcmp(x->unit, "other") == 0 || strcmp(x->unit, "points") == 0 ||
            strcmp(x->unit, "Mbps") == 0)
            return false;
        *v = x->value;
        *cur = x->unit;
        return true;
    }
    if (!u->unit || strcmp(u->unit, "percent") == 0)
        return false;
    *v = x->value * u->mult;
    *cur = u->unit;
    return true;
}

/* ---- a fund report's table of one period ---------------------------------------- */

/* The last day a header's field [a, b) names: "Reporting period (July 1 -
 * September 30, 2014)", "30 June 2017"; its year (0: none), the month and
 * the day in *m, *d. */
static int field_last_day(const char *s, const struct token *t, size_t a, size_t b, int *m, int *d)
{
    size_t yi = b;
    while (yi > a && !is_row_year(&t[yi - 1]))
        yi--;
    if (yi == a)
        return 0;
    size_t k = yi - 1;
    *m = *d = 0;
    /* "September 30, 2014" or "30 September 2014" */
    size_t j = k;
    if (j > a && t[j - 1].kind == TK_PUNCT && s[t[j - 1].off] == ',')
        j--;
    if (j > a && t[j - 1].kind == TK_NUM && t[j - 1].value >= 1 && t[j - 1].value <= 31 && !(t[j - 1].flags & TF_YEAR) &&
        j - 1 > a && t[j - 2].kind == TK_WORD && scan_month(s + t[j - 2].off, t[j - 2].len) > 0) {
        *d = (int)t[j - 1].value;
        *m = scan_month(s + t[j - 2].off, t[j - 2].len);
    } else if (j > a && t[j - 1].kind == TK_WORD && scan_month(s + t[j - 1].off, t[j - 1].len) > 0 && j - 1 > a &&
               t[j - 2].kind == TK_NUM && t[j - 2].value >= 1 && t[j - 2].value <= 31 && !(t[j - 2].flags & TF_YEAR)) {
        *m = scan_month(s + t[j - 1].off, t[j - 1].len);
        *d = (int)t[j - 2].value;
    }
    if (*m && *d > period_month_days((int)t[k].value, *m))
        *m = *d = 0;
    return *m ? (int)t[k].value : 0;
}

/* A fund report's table of its main indicators over one period:
 *
 *     3.1 Main financial indicators                       Unit: RMB
 *     Main financial indicator   Reporting period (July 1 - September 30, 2014)
 *     1. Realised income for the period            6,218,740,512.36
 *     3. Net assets at end of period           534,889,126,731.45
 *
 * A header of two fields, the second naming the period's last day; rows,
 * numbered or not, of a label and one figure, the label a rule's cue.  The
 * figures are of that day. */
static size_t by_period_column(const struct rules *r, const char *s, const struct token *t, size_t n,
                               table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption,
                               struct caption *before)
{
    size_t cells = 0;
    /* (the header may close the block before, a rule of dashes between:
     * the rows then open this one) */
    int cy = 0, cm = 0, cd = 0;
    const struct tokens *ct = caption_tokens(before);
    if (ct && ct->n && n && t[0].kind != TK_WORD) {
        size_t la = ct->n - 1;
        while (la > 0 && ct->v[la - 1].line == ct->v[ct->n - 1].line)
            la--;
        const struct token *h = ct->v;
        size_t g = la + 1;
        while (g < ct->n && !gap_before(before->b->text, h, g))
            g++;
        bool one_gap = g < ct->n && h[la].kind == TK_WORD;
        for (size_t q = g + 1; q < ct->n && one_gap; q++)
            one_gap = !gap_before(before->b->text, h, q);
        if (one_gap)
            cy = field_last_day(before->b->text, h, g, ct->n, &cm, &cd);
    }
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        int m = cm, d = cd, y = a == 0 ? cy : 0;
        size_t ra = a;
        if (!y) {
            if (in_table[a] || t[a].kind != TK_WORD || b - a < 4) {
                a = b;
                continue;
            }
            size_t g = a + 1;
            while (g < b && !gap_before(s, t, g))
                g++;
            bool one_gap = g < b;
            for (size_t q = g + 1; q < b && one_gap; q++)
                one_gap = !gap_before(s, t, q);
            if (one_gap)
                y = field_last_day(s, t, g, b, &m, &d);
            if (!y) {
                a = b;
                continue;
            }
            ra = b;
        }
        struct column cap = column_of(-1, 0, 0);
        size_t ca = a;
        while (ca > 0 && t[ca - 1].line + 4 > t[a].line)
            ca--;
        bool has_cap = caption_unit(s, t, n, ca, a, &cap) || (ca == 0 && caption_block_unit(caption, &cap)) ||
                       (ca == 0 && y == cy && caption_block_unit(before, &cap));
        size_t rows = 0, given = 0;
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            bool rule_line = true;
            for (size_t q = ra; q < rb && rule_line; q++)
                rule_line = t[q].kind == TK_PUNCT && (s[t[q].off] == '-' || s[t[q].off] == '=');
            if (rule_line && rows) /* (a rule of dashes ends the rows) */
                break;
            if (rule_line) {
                ra = rb;
                continue;
            }
            size_t la = ra;
            /* (past the line's end mark before it, and a row's number:
             * "3.") */
            while (la < rb && t[la].kind == TK_PUNCT && t[la].len == 0)
                la++;
            size_t r0 = la; /* (the row's first token, for its quote) */
            if (la + 1 < rb && t[la].kind == TK_NUM && (t[la].flags & TF_SMALLINT) && t[la + 1].kind == TK_PUNCT &&
                s[t[la + 1].off] == '.')
                la += 2;
            size_t f = la;
            while (f < rb && t[f].kind != TK_NUM)
                f++;
            if (f == la || f + 1 != rb || t[la].kind != TK_WORD || !gap_before(s, t, f))
                break;
            struct column col[TABLE_COLS];
            if (header_columns(r, s, t, n, la, f, col, true) == 1 && r->v[col[0].rule].change == CH_NONE) {
                if (has_cap)
                    take_unit(&col[0], &cap);
                given += give_cell_on(r, s, t, f, &col[0], y, m, d, r0, rb, fn, ctx) > 0;
            }
            rows++;
            ra = rb;
        }
        if (rows >= 2 && given) {
            for (size_t q = a; q < ra; q++)
                in_table[q] = true;
            cells += given;
        }
        a = b;
    }
    return cells;
}

/* ---- tables of channels and their measures ------------------------------------- */

/* What a column of a table of channels holds: a count, its money value,
 * or the growth of either. */
enum { CM_NONE, CM_NUMBER, CM_VALUE, CM_NUMBER_GROWTH, CM_VALUE_GROWTH };

/* The measure a header's field [a, b) names: "Number", "Volume",
 * "Value", "Amount", "Growth in number", "Value growth (%)", "YoY (%)"
 * after a measure's field; CM_NONE if none. */
static int channel_measure(const char *s, const struct token *t, size_t a, size_t b, int prev)
{
    bool number = false, value = false, growth = false;
    int depth = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i].flags & TF_OPEN)
            depth++;
        else if ((t[i].flags & TF_CLOSE) && depth)
            depth--;
        else if (t[i].kind == TK_WORD && !depth) {
            size_t yy = yoy_at(s, t, i, b);
            if (yy > 1) { /* ("y-o-y", "y/y") */
                growth = true;
                i += yy - 1;
            } else if (word_is(s, &t[i], "number") || word_is(s, &t[i], "count") || word_is(s, &t[i], "transactions"))
                number = true;
            else if (word_is(s, &t[i], "value") || word_is(s, &t[i], "amount"))
                value = true;
            else if (word_is(s, &t[i], "growth") || word_is(s, &t[i], "yoy") || word_is(s, &t[i], "change"))
                growth = true;
            else if (!word_is(s, &t[i], "in") && !word_is(s, &t[i], "of") && !word_is(s, &t[i], "rate") &&
                     !word_is(s, &t[i], "year") && !word_is(s, &t[i], "on"))
                return CM_NONE;
        } else if (t[i].kind == TK_NUM && !depth) {
            return CM_NONE;
        }
    }
    if (number == value && !(growth && !number && prev != CM_NONE))
        return CM_NONE;
    if (growth) {
        /* ("YoY (%)" alone: the growth of the measure before it) */
        bool of_value = value || (!number && (prev == CM_VALUE));
        return of_value ? CM_VALUE_GROWTH : CM_NUMBER_GROWTH;
    }
    return number ? CM_NUMBER : CM_VALUE;
}

/* The units a line gives the counts and the amounts of a table of
 * channels, its parts parted by ';': "Unit: 100 million transactions;
 * trillion yuan; %", "(number: 100 million transactions; value: trillion
 * yuan; growth: %)".  False if the line is none. */
static bool channel_units(const char *s, const struct token *t, size_t a, size_t b, struct column *count,
                          struct column *money)
{
    if (a < b && (t[a].flags & TF_OPEN))
        a++;
    bool semi = false;
    for (size_t i = a; i < b && !semi; i++)
        semi = t[i].kind == TK_PUNCT && s[t[i].off] == ';';
    if (!semi)
        return false;
    if (a + 1 < b && (word_is(s, &t[a], "unit") || word_is(s, &t[a], "units")) && t[a + 1].kind == TK_PUNCT &&
        s[t[a + 1].off] == ':')
        a += 2;
    bool any = false;
    for (size_t p = a; p < b;) {
        size_t e = p;
        while (e < b && !(t[e].kind == TK_PUNCT && s[t[e].off] == ';') && !(t[e].flags & TF_CLOSE))
            e++;
        size_t q = p;
        /* (past the part's own name: "number:", "value:") */
        if (q + 1 < e && t[q].kind == TK_WORD && t[q + 1].kind == TK_PUNCT && s[t[q + 1].off] == ':')
            q += 2;
        struct column u = column_of(-1, 0, 0);
        for (size_t k = q; k < e; k++)
            unit_token(s, &t[k], &u);
        if (u.unit && strcmp(u.unit, "percent") != 0 && strcmp(u.unit, "other") != 0) {
            *money = u;
            any = true;
        } else if (!u.unit && u.mult != 1) {
            *count = u;
            any = true;
        }
        p = e + 1;
    }
    return any;
}

/* The level rule of unit class cls whose whole cue the row's label
 * [la, lb) is, its required words said by the label or the section over
 * it [sa, sb), none of its excluded ones; -1 if none.  "Online payments"
 * under "Non-bank payment institutions": third-party payments' value. */
static int channel_rule(const struct rules *r, const struct token *t, size_t la, size_t lb, size_t sa, size_t sb,
                        enum unit_class cls)
{
    if (la >= lb || lb - la > PHRASE_MAX || t[la].kind != TK_WORD)
        return -1;
    struct token w[2 * PHRASE_MAX + 8];
    size_t m = 0;
    for (size_t i = sa; i < sb && m < PHRASE_MAX + 4; i++)
        w[m++] = t[i];
    for (size_t i = la; i < lb && m < sizeof w / sizeof *w; i++)
        w[m++] = t[i];
    const struct cue_ref *ra, *rb;
    rules_cues_for(r, t[la].hash, &ra, &rb);
    int best = -1;
    for (; ra < rb; ra++) {
        const struct rule *ru = &r->v[ra->rule];
        const struct phrase *ph = &ru->cue.v[ra->cue];
        if (ru->change != CH_NONE || ph->dir > 0 || (size_t)ph->n != lb - la || ph->h[0] != t[la].hash ||
            !(ru->unit == UC_PEOPLE ? cls == UC_COUNT : ru->unit == cls) || ru->no_write)
            continue;
        bool all = true;
        for (size_t i = 1; i < lb - la && all; i++)
            all = ph->h[i] == t[la + i].hash;
        if (!all || (ru->require.n && !phrases_in(&ru->require, w, m, 0, m)) ||
            (ru->exclude.n && phrases_in(&ru->exclude, w, m, 0, m)) || (ru->context.n && !ru->variant))
            continue;
        /* (the plain section before its variants) */
        if (best < 0 || (r->v[best].variant && !ru->variant))
            best = (int)ra->rule;
    }
    return best;
}

/* Tables of payment channels and their measures, as the central bank's
 * and the clearing association's reports print them:
 *
 *     Unit: 100 million transactions; trillion yuan; %
 *     Channel                        Number    Value   Growth in number   Growth in value
 *     Banking institutions
 *       Online payments              363.52  2,018.20        27.29             46.67
 *     Non-bank payment institutions
 *       Online payments              821.45     49.48       119.51            100.16
 *         of which: mobile payments  398.61     21.96       160.42            168.13
 *
 * A row's label is a whole cue: of a count under "Number", of an amount
 * under "Value"; a section's line over rows says whose channels they are,
 * and a rule's required and excluded words are read in it too ("banking
 * institutions" are no third party).  The year is the caption's. */
static size_t by_channel_measures(const struct rules *r, const char *s, const struct token *t, size_t n,
                                  table_cell_fn fn, void *ctx, bool *in_table, struct caption *caption, int year)
{
    size_t cells = 0;
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        if (in_table[a] || t[a].kind != TK_WORD || b - a < 3) {
            a = b;
            continue;
        }
        /* the header: a label's field, then measures' fields (or, indented,
         * the measures alone: the label's column is left blank) */
        size_t h0 = line_start(s, t, a);
        int kind[TABLE_COLS];
        size_t fend[TABLE_COLS], fstart[TABLE_COLS];
        struct column hu[TABLE_COLS];
        int nf = 0, measures = 0;
        bool ok = true;
        size_t i = a + 1;
        while (i < b && !gap_before(s, t, i))
            i++;
        if (t[a].off >= h0 + 8 && channel_measure(s, t, a, i, CM_NONE) != CM_NONE)
            i = a;
        while (i < b && ok && nf < TABLE_COLS) {
            size_t j = field_end(s, t, i, b);
            kind[nf] = channel_measure(s, t, i, j, nf ? kind[nf - 1] : CM_NONE);
            ok = kind[nf] != CM_NONE;
            fstart[nf] = t[i].off - h0;
            fend[nf] = t[j - 1].off + t[j - 1].len - h0;
            hu[nf] = column_of(-1, 0, 0);
            for (size_t x = i; x < j; x++)
                if (t[x].flags & TF_OPEN)
                    header_unit(s, t, x, j, &hu[nf]);
            measures += kind[nf] == CM_NUMBER || kind[nf] == CM_VALUE;
            nf++;
            i = j;
        }
        if (!ok || nf < 2 || !measures) {
            a = b;
            continue;
        }
        /* (a line of periods over the measures, each over the fields
         * nearest it, a growth's among them: "2018 ... 2019 ... Growth
         * 2019" over "Number  Value  Number  Value  Number  Value") */
        int col_year[TABLE_COLS] = {0};
        size_t top = a;
        if (a > 0 && t[a - 1].line + 1 == t[a].line) {
            size_t pa = a - 1;
            while (pa > 0 && t[pa - 1].line == t[a - 1].line)
                pa--;
            size_t p0 = line_start(s, t, pa);
            int pf = 0, py[TABLE_COLS];
            size_t pc[TABLE_COLS];
            bool pg[TABLE_COLS], good = true;
            for (size_t x = pa; x < a && good && pf < TABLE_COLS;) {
                size_t j = field_end(s, t, x, a);
                int yy = 0;
                bool gr = false;
                for (size_t q = x; q < j && good; q++) {
                    if (is_row_year(&t[q]) && !yy)
                        yy = (int)t[q].value;
                    else if (t[q].kind == TK_WORD &&
                             (word_is(s, &t[q], "growth") || word_is(s, &t[q], "change") || word_is(s, &t[q], "yoy")))
                        gr = true;
                    else
                        good = false;
                }
                good = good && yy;
                py[pf] = yy;
                pg[pf] = gr;
                pc[pf] = (t[x].off - p0 + t[j - 1].off + t[j - 1].len - p0) / 2;
                pf++;
                x = j;
            }
            if (good && pf >= 2 && pf < nf) {
                for (int c = 0; c < nf; c++) {
                    size_t cc = (fstart[c] + fend[c]) / 2, bd = SIZE_MAX;
                    int best = -1;
                    for (int f = 0; f < pf; f++) {
                        size_t dd = pc[f] > cc ? pc[f] - cc : cc - pc[f];
                        if (dd < bd) {
                            bd = dd;
                            best = f;
                        }
                    }
                    col_year[c] = py[best];
                    if (pg[best] && kind[c] == CM_NUMBER)
                        kind[c] = CM_NUMBER_GROWTH;
                    else if (pg[best] && kind[c] == CM_VALUE)
                        kind[c] = CM_VALUE_GROWTH;
                }
                top = pa;
            }
        }
        /* (a second line of the header, each field under one above: its
         * units in brackets, what a change is of: "(100 million)
         * (trillion yuan)  in number %   in value %") */
        size_t hb = b;
        if (b < n) {
            size_t b2 = line_end(t, n, b), l2 = line_start(s, t, b);
            bool words = true;
            int depth = 0;
            for (size_t x = b; x < b2 && words; x++) {
                depth += (t[x].flags & TF_OPEN) ? 1 : (t[x].flags & TF_CLOSE) && depth ? -1 : 0;
                words = t[x].kind != TK_NUM || depth > 0;
            }
            /* (a unit broken over a third line: "(trillion" over "yuan)") */
            size_t b3 = b2;
            if (words && depth > 0 && b2 < n) {
                b3 = line_end(t, n, b2);
                for (size_t x = b2; x < b3 && words; x++) {
                    depth += (t[x].flags & TF_OPEN) ? 1 : (t[x].flags & TF_CLOSE) && depth ? -1 : 0;
                    words = t[x].kind != TK_NUM || depth > 0;
                }
                words = words && depth == 0;
            }
            for (size_t x = b; words && x < b2;) {
                size_t j = field_end(s, t, x, b2);
                size_t fs = t[x].off - l2, fe = t[j - 1].off + t[j - 1].len - l2;
                int c = -1;
                for (int f = 0; f < nf && c < 0; f++)
                    if (fs <= fend[f] + 2 && fe + 2 >= fstart[f])
                        c = f;
                for (size_t q = x; c >= 0 && q < j; q++) {
                    if (t[q].flags & TF_OPEN) {
                        /* (each bracket to the field it stands under:
                         * "(trillion yuan) (%)" is two fields' units) */
                        size_t qs = t[q].off - l2;
                        int cq = -1;
                        for (int f = 0; f < nf && cq < 0; f++)
                            if (qs + 1 >= fstart[f] && qs <= fend[f] + 2)
                                cq = f;
                        size_t e = q + 1;
                        while (e < b3 && !(t[e].flags & TF_CLOSE))
                            e++;
                        header_unit(s, t, q, e < b3 ? e + 1 : b3, &hu[cq >= 0 ? cq : c]);
                        q = e < b3 ? e : q;
                    } else if ((kind[c] == CM_NUMBER_GROWTH || kind[c] == CM_VALUE_GROWTH) && word_is(s, &t[q], "value"))
                        kind[c] = CM_VALUE_GROWTH;
                    else if ((kind[c] == CM_NUMBER_GROWTH || kind[c] == CM_VALUE_GROWTH) && word_is(s, &t[q], "number"))
                        kind[c] = CM_NUMBER_GROWTH;
                }
                x = j > x ? j : x + 1;
            }
            if (words)
                hb = b3;
        }
        /* the units and the year: the caption's lines above (or a line of
         * units under the rows) */
        struct column cu = column_of(-1, 0, 0), mu = cu;
        int y = 0;
        size_t ca = top, ua = top;
        while (ca > 0 && t[ca - 1].line + 4 > t[top].line)
            ca--;
        for (size_t x = ca; x < top; x = line_end(t, n, x))
            if (channel_units(s, t, x, line_end(t, n, x), &cu, &mu) && x < ua)
                ua = x;
        /* (or the block before, where the header opens its own) */
        const struct tokens *ct = ca == 0 ? caption_tokens(caption) : NULL;
        for (size_t x = 0; ct && x < ct->n; x = line_end(ct->v, ct->n, x))
            channel_units(caption->b->text, ct->v, x, line_end(ct->v, ct->n, x), &cu, &mu);
        y = caption_year(t, ca, a, caption, year);
        /* (a quarter's, where the caption names it: "Table 1  Electronic
         * payments, Q3 2023") */
        int qm = 0;
        for (int which = 0; which < 2 && !qm; which++) {
            const struct token *ht = which ? (ct ? ct->v : NULL) : t;
            size_t hn = which ? (ct ? ct->n : 0) : a, h0i = which ? 0 : ca;
            const char *hs = which ? (ct ? caption->b->text : NULL) : s;
            for (size_t q = h0i; ht && q < hn && !qm; q++) {
                int qy2 = 0, qm2 = 0;
                if (row_quarter(hs, ht, q, hn, &qy2, &qm2) && qy2 == y)
                    qm = qm2;
                /* (or in words: "fourth quarter of 2023") */
                static const char *const ord[] = {"first", "second", "third", "fourth"};
                for (int o = 0; o < 4 && !qm && q + 3 < hn; o++)
                    if (word_is(hs, &ht[q], ord[o]) && word_is(hs, &ht[q + 1], "quarter") &&
                        word_is(hs, &ht[q + 2], "of") && is_row_year(&ht[q + 3]) && (int)ht[q + 3].value == y)
                        qm = 3 * (o + 1);
            }
        }
        /* the rows, under sections */
        size_t sa = a, sb = a, rows = 0, given = 0, ra = hb;
        while (ra < n) {
            size_t rb = line_end(t, n, ra);
            size_t f = ra;
            while (f < rb && t[f].kind != TK_NUM &&
                   !(t[f].kind == TK_PUNCT && sign_at(s, t, f, rb) && t[f + 1].kind == TK_NUM))
                f++;
            if (f == rb) {
                /* (a section's line: words alone, "Banking institutions:") */
                bool words = t[ra].kind == TK_WORD && rb - ra <= 8;
                for (size_t q = ra; q < rb && words; q++)
                    words = t[q].kind == TK_WORD || (t[q].flags & TF_HYPHEN) ||
                            (q + 1 == rb && t[q].kind == TK_PUNCT && s[t[q].off] == ':');
                if (!words)
                    break;
                sa = ra;
                sb = rb;
                ra = rb;
                continue;
            }
            if (t[ra].kind != TK_WORD)
                break;
            /* the label, past "of which:" */
            size_t la = ra, lb = f;
            if (lb > la + 3 && word_is(s, &t[la], "of") && word_is(s, &t[la + 1], "which") &&
                t[la + 2].kind == TK_PUNCT && s[t[la + 2].off] == ':')
                la += 3;
            while (lb > la && t[lb - 1].kind == TK_PUNCT)
                lb--;
            /* (past an aside in brackets that says whose: "Mobile payments
             * (banks)", "Online payments (non-bank)(1)") */
            for (size_t q = la + 1; q < lb; q++)
                if (t[q].flags & TF_OPEN) {
                    lb = q;
                    break;
                }
            while (lb > la && t[lb - 1].kind == TK_PUNCT)
                lb--;
            size_t r0 = line_start(s, t, ra);
            int count_rule = channel_rule(r, t, la, lb, sa, sb, UC_COUNT);
            int money_rule = channel_rule(r, t, la, lb, sa, sb, UC_MONEY);
            /* (a growth goes with its level: none where the table has the
             * level's column and the level was none of the rule's) */
            bool has_level[2] = {false, false}, level_given[2] = {false, false};
            for (int c = 0; c < nf; c++)
                if (kind[c] == CM_NUMBER || kind[c] == CM_VALUE)
                    has_level[kind[c] == CM_VALUE] = true;
            for (size_t q = f; q < rb; q++) {
                if (t[q].kind != TK_NUM)
                    continue;
                size_t bd;
                int c = nearest_end(fend, 0, nf, t[q].off + t[q].len - r0, &bd);
                if (c < 0 || bd > 12)
                    continue;
                int level = kind[c] == CM_NUMBER || kind[c] == CM_NUMBER_GROWTH ? count_rule : money_rule;
                if (level < 0)
                    continue;
                /* (the country's channels: ea SIZE_MAX) */
                struct column cc = {.rule = level, .mult = 1, .ha = ra, .hb = lb, .ea = SIZE_MAX, .eb = SIZE_MAX};
                if (kind[c] == CM_NUMBER || kind[c] == CM_VALUE) {
                    const struct column *u = hu[c].mult != 1 || hu[c].unit ? &hu[c]
                                             : kind[c] == CM_NUMBER          ? &cu
                                                                             : &mu;
                    cc.mult = u->mult;
                    cc.unit = u->unit;
                } else {
                    int gr = rules_change_of(r, CH_GROWTH, r->v[level].id);
                    int which = kind[c] == CM_VALUE_GROWTH;
                    if (gr < 0 || (has_level[which] && !level_given[which]))
                        continue;
                    cc.rule = gr;
                    cc.level1 = level + 1;
                    cc.unit = "percent";
                    if (q > f && sign_at(s, t, q - 1, rb) && s[t[q - 1].off] == '-')
                        cc.mult = -1;
                }
                int cy = col_year[c] ? col_year[c] : y;
                cc.months = cy == y && qm; /* (a fourth quarter's is no year's) */
                int ok_cell = give_cell(r, s, t, q, &cc, cy, cy == y ? qm : 0, ra, rb, fn, ctx) > 0;
                given += ok_cell;
                if (ok_cell && (kind[c] == CM_NUMBER || kind[c] == CM_VALUE))
                    level_given[kind[c] == CM_VALUE] = true;
            }
            rows++;
            ra = rb;
        }
        if (rows >= 2 && given) {
            /* (its lines of units and periods over it too: "(number: 100
             * million transactions; ...)" is no figure of its own) */
            for (size_t q = ua; q < ra; q++)
                in_table[q] = true;
            cells += given;
        }
        a = b;
    }
    return cells;
}

/* The rows of a table of deals under the header h, from line ra on: each
 * row's figure to fn, as a funding round of year cy where its date field
 * names none.  Where the rows end. */
static size_t deal_rows(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                        void *ctx, bool *in_table, const struct deal_head *h, size_t ra, int cy, size_t *cells)
{
    const struct rule *fr = rules_find(r, "funding_round");
    while (fr && ra < n) {
        size_t rb = line_end(t, n, ra);
        size_t r0 = line_start(s, t, ra);
        /* each token's field: the header's that starts nearest before
         * (or just after) the cell the token opens; with bars, the
         * header's of the same order */
        int fld = -1;
        size_t amount = SIZE_MAX, value = SIZE_MAX, da = SIZE_MAX, db = 0, ca = SIZE_MAX, cb = 0;
        double av = 0, vv = 0;
        const char *acur = NULL, *vcur = NULL;
        bool round_cell = h->f_round < 0;
        size_t rfa[TABLE_COLS], rfb[TABLE_COLS];
        int rnf = deal_fields(s, t, ra, rb, h->barred, rfa, rfb);
        if (h->barred && rnf != h->nf)
            break;
        /* (a row of as many fields as the header takes them in order, set
         * where they may: a Markdown table's cells are not aligned) */
        bool in_order = h->barred || rnf == h->nf;
        for (size_t i = ra; i < rb; i++) {
            if (in_order) {
                fld = -1;
                for (int f = 0; f < rnf; f++)
                    if (i >= rfa[f] && i < rfb[f])
                        fld = f;
            } else if (i == ra || gap_before(s, t, i)) {
                size_t at = t[i].off - r0;
                fld = -1;
                size_t bd = SIZE_MAX;
                for (int f = 0; f < h->nf; f++) {
                    size_t dd = h->fstart[f] > at ? h->fstart[f] - at : at - h->fstart[f];
                    if (dd < bd) {
                        bd = dd;
                        fld = f;
                    }
                }
                /* (or the field whose header spans it: a figure set right
                 * under a wide header, "Post-money valuation (US$ bn)") */
                for (int f = 0; f < h->nf && bd > 6; f++)
                    if (at >= h->fstart[f] && at <= h->fend[f]) {
                        bd = 0;
                        fld = f;
                    }
                if (bd > 6)
                    fld = -1;
            }
            if (fld == h->f_amount && amount == SIZE_MAX && deal_money(&t[i], &h->amount_unit, &av, &acur))
                amount = i;
            else if (fld == h->f_value && h->f_value >= 0 && value == SIZE_MAX &&
                     deal_money(&t[i], &h->value_unit, &vv, &vcur))
                value = i;
            else if (fld == h->f_round)
                round_cell = true;
            else if (fld == h->f_date) {
                da = da == SIZE_MAX ? i : da;
                db = i + 1;
            } else if (fld == h->f_firm) {
                ca = ca == SIZE_MAX ? i : ca;
                cb = i + 1;
            }
        }
        /* (a row of the table whose amount was not disclosed: past it) */
        if (amount == SIZE_MAX && round_cell && ca != SIZE_MAX) {
            for (size_t i = ra; i < rb; i++)
                in_table[i] = true;
            ra = rb;
            continue;
        }
        if (amount == SIZE_MAX || !round_cell)
            break;
        /* the date: a month and its year ("Jan 2015"), or its day ("Aug 28") */
        int y = cy, m = 0, d = 0;
        bool figures = false;
        /* (or a month and its day in figures, "09/02", as an English
         * digest writes them; a first figure past 12 is the day, "23/09") */
        if (da != SIZE_MAX && db == da + 3 && t[da].kind == TK_NUM && t[da + 2].kind == TK_NUM &&
            t[da + 1].kind == TK_PUNCT && s[t[da + 1].off] == '/' && t[da + 1].off == t[da].off + t[da].len &&
            t[da + 2].off == t[da + 1].off + 1 && t[da].len <= 2 && t[da + 2].len <= 2 && !t[da].unit &&
            !t[da + 2].unit) {
            int p1 = (int)t[da].value, p2 = (int)t[da + 2].value;
            if (p1 >= 1 && p1 <= 12 && p2 >= 1 && p2 <= 31) {
                m = p1;
                d = p2;
            } else if (p1 >= 13 && p1 <= 31 && p2 >= 1 && p2 <= 12) {
                m = p2;
                d = p1;
            }
            if (m && d > period_month_days(y ? y : 2000, m))
                m = d = 0;
            figures = m > 0;
        }
        for (size_t i = da; da != SIZE_MAX && i < db && !figures; i++) {
            if (t[i].kind == TK_NUM && (t[i].flags & TF_YEAR) && t[i].len == 4)
                y = (int)t[i].value;
            else if (t[i].kind == TK_WORD && !m)
                m = scan_month(s + t[i].off, t[i].len) > 0 ? scan_month(s + t[i].off, t[i].len) : 0;
            else if (t[i].kind == TK_NUM && m && t[i].value >= 1 && t[i].value <= 31 &&
                     t[i].value == (int)t[i].value && t[i].len <= 2)
                d = (int)t[i].value;
        }
        double v = av;
        /* (the cell's own word before its figure: "More than RMB 2 billion") */
        enum qualifier q = list_back(&q_about, t, amount, ra, NULL) != SIZE_MAX    ? Q_ABOUT
                           : list_back(&q_nearly, t, amount, ra, NULL) != SIZE_MAX ? Q_NEARLY
                           : list_back(&q_more, t, amount, ra, NULL) != SIZE_MAX   ? Q_MORE_THAN
                                                                                    : Q_EXACT;
        if (y && v >= fr->min && v <= fr->max) {
            struct table_cell tc = {(size_t)(fr - r->v), y, v, acur, t[ra].line, ra, rb,
                                    h->amount_head, h->amount_len, m, -1,
                                    ca != SIZE_MAX ? s + t[ca].off : NULL,
                                    ca != SIZE_MAX ? t[cb - 1].off + t[cb - 1].len - t[ca].off : 0, m ? d : 0,
                                    true, q, !m, 0, 0, false, false, NULL, 0, false};
            fn(ctx, &tc);
            (*cells)++;
        }
        /* (and the valuation the round gave: "Post-money valuation (US$ bn)") */
        const struct rule *vr = value != SIZE_MAX ? rules_find(r, "valuation") : NULL;
        if (vr && y && vv >= vr->min && vv <= vr->max) {
            struct table_cell tc = {(size_t)(vr - r->v), y, vv, vcur, t[ra].line, ra, rb,
                                    h->value_head, h->value_len, m, -1,
                                    ca != SIZE_MAX ? s + t[ca].off : NULL,
                                    ca != SIZE_MAX ? t[cb - 1].off + t[cb - 1].len - t[ca].off : 0, m ? d : 0,
                                    true, Q_EXACT, !m, 0, 0, false, false, NULL, 0, false};
            fn(ctx, &tc);
            (*cells)++;
        }
        for (size_t i = ra; i < rb; i++)
            in_table[i] = true;
        ra = rb;
    }
    return ra;
}

static bool funding_word(const char *s, const struct token *t)
{
    return t->kind == TK_WORD && (word_is(s, t, "financing") || word_is(s, t, "financings") ||
                                  word_is(s, t, "funding") || word_is(s, t, "rounds") || word_is(s, t, "round"));
}

static size_t by_deal_fields(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                             void *ctx, bool *in_table, int year, struct caption *caption)
{
    size_t cells = 0;
    /* (its header a block of its own, a line, right above the rows) */
    /* (read only where its text may be one: bars, or an amount's field) */
    const struct block *cbk = caption ? caption->b : NULL;
    bool may = cbk && cbk->len && n && !in_table[0] && !memchr(cbk->text, '\n', cbk->len - (cbk->text[cbk->len - 1] == '\n')) &&
               (memchr(cbk->text, '|', cbk->len) || memmem(cbk->text, cbk->len, "mount", 5));
    const struct tokens *ct = may ? caption_tokens(caption) : NULL;
    struct deal_head h;
    if (ct && ct->n && line_end(ct->v, ct->n, 0) == ct->n &&
        deal_header(caption->b->text, ct->v, 0, ct->n, &h, false)) {
        size_t e = deal_rows(r, s, t, n, fn, ctx, in_table, &h, 0, year, &cells);
        (void)e;
    }
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        if (in_table[a] || b >= n || !deal_header(s, t, a, b, &h, true)) {
            a = b;
            continue;
        }
        /* (without a round's field, a caption that names financing above
         * it, in the block or the block before: "Largest fintech financing
         * rounds in China") */
        bool funded = h.f_round >= 0;
        for (size_t i = a; i-- > 0 && t[i].line + 3 > t[a].line && !funded;)
            funded = funding_word(s, &t[i]);
        const struct tokens *pt = a == 0 && !funded ? caption_tokens(caption) : NULL;
        for (size_t i = 0; pt && i < pt->n && !funded; i++)
            funded = funding_word(caption->b->text, &pt->v[i]);
        if (!funded) {
            a = b;
            continue;
        }
        /* the caption's year, on the lines above */
        int cy = 0;
        for (size_t i = a; i-- > 0 && t[i].line + 3 > t[a].line;)
            if (t[i].kind == TK_NUM && (t[i].flags & TF_YEAR) && t[i].len == 4 && !cy)
                cy = (int)t[i].value;
        if (!cy)
            cy = year;
        size_t ra = deal_rows(r, s, t, n, fn, ctx, in_table, &h, b, cy, &cells);
        if (ra > b)
            for (size_t i = a; i < b; i++)
                in_table[i] = true;
        a = ra > b ? ra : b;
    }
    return cells;
}

/* got, the figures a reader took, after naming it on standard error
 * where the trace is on and it took any. */
static size_t traced(const char *reader, size_t got, bool trace)
{
    if (trace && got)
        fprintf(stderr, "table %s: %zu figures\n", reader, got);
    return got;
}

size_t table_read(const struct rules *r, const char *s, const struct token *t, size_t n, table_cell_fn fn,
                  void *ctx, bool *in_table, const struct block *caption, const struct block *caption2,
                  const struct block *before, int year, const bool *context, bool trace)
{
    outer_context = context;
    struct caption cb = {.b = caption, .b2 = caption2};
    tokens_init(&cb.t);
    struct caption bb = {.b = before};
    tokens_init(&bb.t);
    size_t cells = traced("by_deal_fields", by_deal_fields(r, s, t, n, fn, ctx, in_table, year, &cb), trace);
    cells += traced("by_channel_measures", by_channel_measures(r, s, t, n, fn, ctx, in_table, &cb, year), trace);
    cells += traced("by_period_column", by_period_column(r, s, t, n, fn, ctx, in_table, &cb, &bb), trace);
    cells += traced("by_row_cues", by_row_cues(r, s, t, n, fn, ctx, in_table, &cb), trace);
    cells += traced("by_caption_rows", by_caption_rows(r, s, t, n, fn, ctx, in_table, &cb), trace);
    cells += traced("by_dated_columns", by_dated_columns(r, s, t, n, fn, ctx, in_table, &cb), trace);
    cells += traced("by_chart_series", by_chart_series(r, s, t, n, fn, ctx, in_table, &cb), trace);
    cells += traced("by_user_columns", by_user_columns(r, s, t, n, fn, ctx, in_table), trace);
    cells += traced("by_year_columns", by_year_columns(r, s, t, n, fn, ctx, in_table, &cb, year), trace);
    cells += traced("by_entity_rows", by_entity_rows(r, s, t, n, fn, ctx, in_table, &cb, year), trace);
    cells += traced("by_entity_columns", by_entity_columns(r, s, t, n, fn, ctx, in_table, &cb, year), trace);
    cells += traced("by_measure_columns", by_measure_columns(r, s, t, n, fn, ctx, in_table, &cb, year), trace);
    cells += traced("captioned", captioned(r, s, t, n, fn, ctx, in_table, &cb), trace);
    /* (what no reader above took: one figure of a row beside its unit's
     * column) */
    cells += traced("by_unit_column", by_unit_column(r, s, t, n, fn, ctx, in_table, &cb, year), trace);
    size_t named_cells = cells; /* (what the readers above took; the rest is the fallback's) */
    size_t prev_a = SIZE_MAX, prev_b = 0;   /* the line before */
    size_t pprev_a = SIZE_MAX, pprev_b = 0; /* and the one before it */
    for (size_t a = 0; a < n;) {
        size_t b = line_end(t, n, a);
        int k = in_table[a] ? 0 : row_figures(s, t, a, b);
        if (!k || prev_a == SIZE_MAX || row_figures(s, t, prev_a, prev_b)) {
            pprev_a = prev_a;
            pprev_b = prev_b;
            prev_a = a;
            prev_b = b;
            a = b;
            continue;
        }
        /* a first row under a header: are there two rows at least, alike? */
        size_t rows_end = b, nrows = 1;
        while (rows_end < n) {
            size_t e = line_end(t, n, rows_end);
            if (row_figures(s, t, rows_end, e) != k)
                break;
            rows_end = e;
            nrows++;
        }
        /* (and a total of the parts of one year after them, that year's:
         * "Total   12,300.0   340.25" under "Q1 2023" ... "Q4 2023") */
        size_t total_at = SIZE_MAX, total_lab = 0;
        int total_y = year_of_parts(s, t, a, rows_end);
        if (total_y && rows_end < n) {
            size_t e = line_end(t, n, rows_end), at[TABLE_COLS];
            total_lab = total_label(s, t, rows_end, e);
            if (total_lab && row_cells(s, t, rows_end + total_lab, e, at) == k) {
                total_at = rows_end;
                rows_end = e;
            }
        }
        struct column col[TABLE_COLS];
        /* (what the caption over the header names: a measure's field,
         * "Scale", counts it) */
        int cap_rule = -1;
        struct cap_view cv0;
        struct column cc = column_of(-1, 0, 0);
        if (prev_a != SIZE_MAX && caption_view(s, t, n, 0, prev_a, &cb, &cv0))
            cap_rule = caption_names(r, &cv0, -1, 1, &cc);
        /* (a header whose fields stand over the columns: by its fields,
         * some of them named by no cue) */
        bool notes = notes_column(s, t, n, a, rows_end);
        /* (not a line of units alone, each in its brackets: the header's
         * second, "(100 million yuan)   (10,000 accounts)") */
        /* (or of units and the ends of names wrapped from the line above,
         * in lower case: "(100 million yuan)   assets (%)   (10,000
         * accounts)   yield (%)") */
        bool units_only = prev_b > prev_a && pprev_a != SIZE_MAX && (t[prev_a].flags & TF_OPEN);
        for (size_t q = prev_a, depth = 0; q < prev_b && units_only; q++) {
            if (t[q].flags & TF_OPEN)
                depth++;
            else if ((t[q].flags & TF_CLOSE) && depth)
                depth--;
            else
                units_only = depth > 0 || (t[q].kind == TK_WORD && is_lower((unsigned char)s[t[q].off]));
        }
        int nc = nrows >= 2 && prev_b > prev_a && !figure_outside(t, prev_a, prev_b, NULL) && !units_only
                     ? columns_by_fields(r, s, t, n, prev_a, prev_b, k, col, cap_rule, notes)
                     : 0;
        if (nc != k)
            nc = nrows >= 2 ? header_columns(r, s, t, n, prev_a, prev_b, col, false) : 0;
        /* (or a header of two lines, the second the columns' units, or
         * their names' ends with their units: "Netizens" over "(million)") */
        size_t head_a = prev_a;
        bool upper = false;
        int cap_rule2 = -1; /* (its caption above the header's first line) */
        if (nc != k && nrows >= 2 && pprev_a != SIZE_MAX && !in_table[pprev_a] && prev_b > prev_a &&
            !figure_outside(t, prev_a, prev_b, NULL) && !row_figures(s, t, pprev_a, pprev_b) &&
            !figure_outside(t, pprev_a, pprev_b, NULL)) {
            struct cap_view cv2;
            struct column cc2 = column_of(-1, 0, 0);
            if (caption_view(s, t, n, 0, pprev_a, &cb, &cv2))
                cap_rule2 = caption_names(r, &cv2, -1, 1, &cc2);
            upper = header_columns(r, s, t, n, pprev_a, pprev_b, col, false) == k ||
                    columns_by_fields(r, s, t, n, pprev_a, pprev_b, k, col, cap_rule2, notes) == k;
        }
        if (upper) {
            nc = k;
            head_a = pprev_a;
            /* (a part's field, "of which: mobile", under a caption that
             * names the whole: "Third-party payment transaction volume") */
            for (int c = 0; c < k; c++) {
                struct column pc = column_of(-1, 0, 0);
                if (col[c].rule < 0 && col[c].hb > col[c].ha &&
                    row_of_caption(r, s, t, n, 0, pprev_a, &cb, col[c].ha, col[c].hb, &pc) >= 0 && pc.rule != cap_rule2) {
                    pc.ha = col[c].ha;
                    pc.hb = col[c].hb;
                    col[c] = pc;
                }
            }
            units_below(s, t, n, prev_a, prev_b, rows_end, col, nc);
        }
        /* (or a header of two lines, each column's name broken over both:
         * "Fixed        of which    4G" over "broadband    FTTH   users") */
        /* (where it names more columns than the upper line alone) */
        struct column two[TABLE_COLS];
        if (nrows >= 2 && pprev_a != SIZE_MAX && !in_table[pprev_a] && prev_b > prev_a &&
            !figure_outside(t, prev_a, prev_b, NULL) && !row_figures(s, t, pprev_a, pprev_b) &&
            !figure_outside(t, pprev_a, pprev_b, NULL) &&
            columns_of_two_lines(r, s, t, pprev_a, pprev_b, prev_a, prev_b, k, two)) {
            int had = 0, got = 0;
            for (int c = 0; c < k; c++) {
                had += nc == k && col[c].rule >= 0;
                got += two[c].rule >= 0;
            }
            if (got > had) {
                memcpy(col, two, (size_t)k * sizeof *col);
                nc = k;
                head_a = pprev_a;
            }
        }
        /* (or a header of two lines or more whose fields stand over the
         * columns, each column's name and unit broken over them: the
         * most lines that part into the columns, where they name more
         * columns than the readings above, or are more lines than those
         * read) */
        char heads[TABLE_COLS][HEAD_TEXT];
        if (nrows >= 2 && prev_b > prev_a) {
            int had = 0;
            for (int c = 0; c < k && nc == k; c++)
                had += col[c].rule >= 0;
            struct column stk[TABLE_COLS];
            char sh[TABLE_COLS][HEAD_TEXT];
            size_t top = a;
            for (int depth = 0; depth < 4 && top > 0; depth++) {
                size_t x = top - 1;
                while (x > 0 && t[x - 1].line == t[top - 1].line)
                    x--;
                if (in_table[x] || figure_outside(t, x, top, NULL) || row_figures(s, t, x, top))
                    break;
                top = x;
                if (!depth)
                    continue;
                struct cap_view sv;
                bool has_v = caption_view(s, t, n, 0, top, &cb, &sv);
                int got = columns_stacked(r, s, t, n, top, a, a, rows_end, k, has_v ? &sv : NULL, stk, sh);
                /* (of three lines or more, where they part into the
                 * columns, over the readings of two; or as many, where a
                 * reading above takes a column of percents for a level of
                 * another kind: "Change in net assets (%)") */
                /* (or where a change's name read whole names another level
                 * than its place does: "Growth of" over "transactions (%)"
                 * after "Amount") */
                bool righter = false;
                for (int c = 0; c < k && nc == k && got == had && !righter; c++)
                    righter = col[c].rule >= 0 && stk[c].rule >= 0 &&
                              ((stk[c].unit && strcmp(stk[c].unit, "percent") == 0 &&
                                r->v[stk[c].rule].unit == UC_PERCENT && r->v[col[c].rule].unit != UC_PERCENT) ||
                               (r->v[stk[c].rule].change != CH_NONE && r->v[col[c].rule].change != CH_NONE &&
                                r->v[stk[c].rule].base && r->v[col[c].rule].base &&
                                strcmp(r->v[stk[c].rule].base, r->v[col[c].rule].base) != 0));
                if (got > had || righter || (got > 0 && depth >= 2 && head_a != top)) {
                    had = got;
                    memcpy(col, stk, (size_t)k * sizeof *col);
                    memcpy(heads, sh, sizeof heads);
                    for (int c = 0; c < k; c++)
                        col[c].htext = heads[c];
                    nc = k;
                    head_a = top;
                }
            }
        }
        if (nc != k) {
            pprev_a = prev_a;
            pprev_b = prev_b;
            prev_a = a;
            prev_b = b;
            a = b;
            continue;
        }
        /* (columns without a unit take the caption's, above the header in
         * the block or on a line of its own before it: "Chart 1: China's
         * netizens (millions, year-end)") */
        /* (above the header's first line, where it has two) */
        struct column cap = column_of(-1, 0, 0);
        bool has_cap = caption_unit(s, t, n, 0, head_a, &cap);
        if (!has_cap && head_a == 0)
            has_cap = caption_block_unit(&cb, &cap);
        for (int c = 0; c < nc && has_cap; c++)
            take_unit(&col[c], &cap);
        /* (a column named for a count under a caption of money, "Transaction
         * scale" under "Transaction scale of China's third-party mobile
         * payment market ... Unit: trillion yuan", counts the money the
         * caption names; its changes change that) */
        struct cap_view cv;
        bool viewed = caption_view(s, t, n, 0, prev_a, &cb, &cv);
        for (int c = 0; c < nc && viewed; c++) {
            const struct rule *ru = col[c].rule >= 0 ? &r->v[col[c].rule] : NULL;
            int cr = ru ? money_of_caption(r, t, &col[c], &cv) : -1;
            if (cr < 0)
                continue;
            for (int g = 0; g < nc; g++) {
                const struct rule *gr = g != c && col[g].rule >= 0 ? &r->v[col[g].rule] : NULL;
                if (!gr || gr->change == CH_NONE || !gr->base || strcmp(gr->base, ru->id) != 0)
                    continue;
                int gi = rules_change_of(r, gr->change, r->v[cr].id);
                col[g].rule = gi;
                col[g].level1 = gi >= 0 && col[g].level1 ? cr + 1 : 0;
            }
            col[c].rule = cr;
        }
        /* (a level's column whose cells are of another kind, money under
         * "Transactions", counts nothing the rules know; nor do its
         * changes) */
        for (int c = 0; c < nc; c++) {
            const struct rule *ru = col[c].rule >= 0 ? &r->v[col[c].rule] : NULL;
            if (!ru || ru->change != CH_NONE)
                continue;
            int kind = 0;
            for (size_t ra = a; ra < rows_end && !kind;) {
                size_t rb = line_end(t, n, ra);
                int y, m, d;
                size_t lab = row_label_day(s, t, ra, rb, &y, &m, &d), at[TABLE_COLS];
                double v;
                const char *unit;
                if (row_cells(s, t, ra + lab, rb, at) > c && at[c] != SIZE_MAX)
                    kind = cell_value(r, t, at[c], &col[c], &v, &unit) < 0 ? -1 : 1;
                ra = rb;
            }
            if (kind >= 0)
                continue;
            for (int g = 0; g < nc; g++)
                if (g != c && col[g].rule >= 0 && r->v[col[g].rule].change != CH_NONE && r->v[col[g].rule].base &&
                    strcmp(r->v[col[g].rule].base, ru->id) == 0)
                    col[g].rule = -1;
            col[c].rule = -1;
        }
        for (size_t i = head_a; i < rows_end; i++)
            in_table[i] = true;
        for (size_t ra = a; ra < rows_end;) {
            size_t rb = line_end(t, n, ra);
            int y = total_y, m = 0, d = 0;
            size_t lab = ra == total_at ? total_lab : row_label_day(s, t, ra, rb, &y, &m, &d);
            size_t at[TABLE_COLS];
            int nr = row_cells(s, t, ra + lab, rb, at);
            for (int c = 0; c < nc && c < nr; c++)
                if (col[c].rule >= 0 && at[c] != SIZE_MAX)
                    cells += give_cell_on(r, s, t, at[c], &col[c], y, m, d, ra, rb, fn, ctx) > 0;
            ra = rb;
        }
        prev_a = pprev_a = SIZE_MAX;
        a = rows_end;
    }
    traced("fallback", cells - named_cells, trace);
    tokens_fini(&cb.t);
    tokens_fini(&bb.t);
    outer_context = NULL;
    return cells;
}
