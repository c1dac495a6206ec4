/* period.c — date expressions in prose. */
#include "period.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void dates_init(struct dates *d)
{
    d->v = NULL;
    d->n = d->cap = 0;
}

void dates_fini(struct dates *d)
{
    free(d->v);
    dates_init(d);
}

static void push(struct dates *d, struct date_expr e)
{
    if (e.flags & DF_FISCAL) { /* the year it ends, not its last day */
        e.when.m = 0;
        e.when.d = 0;
    }
    if (e.flags & DF_QUARTER_END) /* the month a quarter ends with */
        e.when.d = 0;
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = xrealloc(d->v, d->cap * sizeof *d->v);
    }
    d->v[d->n++] = e;
}

struct cur {
    const char *s;
    const struct token *t;
    size_t n;
};

/* The words dates are made of, hashed once (scan_word_hash folds plurals:
 * the length tells "year" from "years"). */
struct pword {
    uint32_t h;
    size_t len;
};
static struct pword pw_a, pw_after, pw_against, pw_ago, pw_and, pw_as, pw_at, pw_before, pw_between, pw_by,
    pw_compared, pw_comparing, pw_comparison, pw_currently, pw_during, pw_earlier, pw_early, pw_end, pw_far,
    pw_from, pw_in, pw_last, pw_late, pw_mid, pw_next, pw_now, pw_of, pw_on, pw_over, pw_preceding,
    pw_present, pw_presently, pw_previous, pw_prior, pw_same, pw_since, pw_so, pw_than, pw_the,
    pw_till, pw_to, pw_until, pw_versus, pw_vs, pw_with, pw_within, pw_year, pw_years, pw_singles, pw_day, pw_double,
    pw_eleven, pw_this, pw_founded, pw_established, pw_incorporated, pw_set, pw_up, pw_quarter, pw_half,
    pw_first, pw_second, pw_third, pw_fourth, pw_final, pw_for, pw_that, pw_those, pw_decade, pw_decades,
    pw_period, pw_time, pw_ended, pw_ending, pw_later, pw_following, pw_month, pw_through, pw_constant, pw_prices;

/* the lower-case words a date can end on: a token that is none of these,
 * nor a capital nor a number, is passed over at once */
static uint64_t end_bloom;

static void pwords_once(void)
{
    static const char *const ends[] = {"now", "currently", "presently", "far", "present", "years", "year",
                                       "decade", "decades", "quarter", "later", "month", "second", "third", "fourth",
                                       "yesterday", "ago", "half"};
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        end_bloom |= 1ull << (scan_word_hash(ends[k], strlen(ends[k])) & 63);
#define PW(w) pw_##w = (struct pword){scan_word_hash(#w, sizeof #w - 1), sizeof #w - 1}
    PW(a);
    PW(constant);
    PW(prices);
    PW(later);
    PW(month);
    PW(following);
    PW(period);
    PW(time);
    PW(ended);
    PW(ending);
    PW(after);
    PW(ago);
    PW(and);
    PW(against);
    PW(as);
    PW(at);
    PW(before);
    PW(between);
    PW(by);
    PW(compared);
    PW(comparing);
    PW(comparison);
    PW(currently);
    PW(during);
    PW(earlier);
    PW(early);
    PW(end);
    PW(far);
    PW(from);
    PW(in);
    PW(last);
    PW(late);
    PW(mid);
    PW(next);
    PW(now);
    PW(of);
    PW(on);
    PW(over);
    PW(preceding);
    PW(present);
    PW(presently);
    PW(previous);
    PW(prior);
    PW(same);
    PW(since);
    PW(so);
    PW(than);
    PW(the);
    PW(till);
    PW(to);
    PW(through);
    PW(until);
    PW(versus);
    PW(vs);
    PW(with);
    PW(within);
    PW(year);
    PW(years);
    PW(singles);
    PW(day);
    PW(double);
    PW(eleven);
    PW(this);
    PW(founded);
    PW(established);
    PW(incorporated);
    PW(set);
    PW(up);
    PW(quarter);
    PW(half);
    PW(first);
    PW(second);
    PW(third);
    PW(fourth);
    PW(final);
    PW(for);
    PW(that);
    PW(those);
    PW(decade);
    PW(decades);
#undef PW
}

int period_weekday_word(const char *w, size_t n, bool cut)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (n < 3)
        return 0;
    for (int k = 0; k < 7; k++) {
        size_t dl = strlen(days[k]);
        if (n > dl || (n < dl && (!cut || n > 5)))
            continue;
        size_t i = 0;
        while (i < n && to_lower((unsigned char)w[i]) == days[k][i])
            i++;
        if (i == n)
            return k + 1;
    }
    return 0;
}

/* 1 for "Monday" .. 7 for "Sunday" in full, 0 for any other word. */
static int weekday_of(const char *w, size_t n)
{
    return period_weekday_word(w, n, false);
}

static void pwords_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, pwords_once);
}

static inline bool is_word(const struct cur *c, size_t i, const struct pword *w)
{
    if (i >= c->n)
        return false;
    const struct token *t = &c->t[i];
    /* (and its possessive: "last year's", "last year’s") */
    return t->hash == w->h && t->kind == TK_WORD &&
           (t->len == w->len || ((t->flags & TF_POSSESSIVE) && (t->len == w->len + 2 || t->len == w->len + 4)));
}

static bool is_punct(const struct cur *c, size_t i, char ch)
{
    return i < c->n && c->t[i].kind == TK_PUNCT && c->t[i].len == 1 && c->s[c->t[i].off] == ch;
}

static int month_at(const struct cur *c, size_t i)
{
    if (i >= c->n || c->t[i].kind != TK_WORD || !(c->t[i].flags & TF_CAP))
        return 0;
    return scan_month(c->s + c->t[i].off, c->t[i].len);
}

static bool is_year(const struct cur *c, size_t i)
{
    return i < c->n && c->t[i].kind == TK_NUM && (c->t[i].flags & TF_YEAR);
}

int period_dotted(const char *s, const struct token *t, int *m)
{
    if (t->kind != TK_NUM || t->unit || (t->flags & (TF_GLUED | TF_WORDS)) || t->len != t->numlen ||
        (t->len != 6 && t->len != 7))
        return 0;
    const char *p = s + t->off;
    for (size_t i = 0; i < t->len; i++)
        if (i == 4 ? p[i] != '.' : !is_digit((unsigned char)p[i]))
            return 0;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    int mo = t->len == 6 ? p[5] - '0' : (p[5] - '0') * 10 + (p[6] - '0');
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12)
        return 0;
    *m = mo;
    return y;
}

int period_dotted_day(const char *s, const struct token *t, size_t i, size_t n)
{
    if (i + 2 >= n || t[i + 1].kind != TK_PUNCT || s[t[i + 1].off] != '.' || t[i + 1].off != t[i].off + t[i].len ||
        t[i + 2].kind != TK_NUM || t[i + 2].off != t[i + 1].off + 1 || !(t[i + 2].flags & TF_SMALLINT) ||
        t[i + 2].value < 1 || t[i + 2].value > 31)
        return 0;
    return (int)t[i + 2].value;
}

/* The year of a date written "1998.12.31" or "(1999.1)" whose first
 * token is at i, its month in *m; 0 if none. */
static int dotted_date(const struct cur *c, size_t i, int *m)
{
    const struct token *t = &c->t[i];
    int mo, y = period_dotted(c->s, t, &mo);
    if (!y)
        return 0;
    /* (a day glued after a dot, or the whole in brackets: "2010.5 million"
     * and "2012.12" in a row of figures are numbers) */
    bool day = period_dotted_day(c->s, c->t, i, c->n) > 0;
    bool bracketed = i > 0 && i + 1 < c->n && (c->t[i - 1].flags & TF_OPEN) && (c->t[i + 1].flags & TF_CLOSE);
    /* (or opening a chronology's line, words after it: "1999.11  Alibaba
     * received ...", "2000.4: Sina ...") */
    size_t nx = i + 1 < c->n && c->t[i + 1].kind == TK_PUNCT && c->t[i + 1].line == t->line &&
                        (c->s[c->t[i + 1].off] == ':' || c->s[c->t[i + 1].off] == '-')
                    ? i + 2
                    : i + 1;
    bool lead = (i == 0 || c->t[i - 1].line != t->line) && nx < c->n && c->t[nx].kind == TK_WORD &&
                c->t[nx].line == t->line && (c->t[nx].flags & TF_CAP);
    if (!day && !bracketed && !lead)
        return 0;
    *m = mo;
    return y;
}

static int day_at(const struct cur *c, size_t i)
{
    if (i < c->n && c->t[i].kind == TK_NUM && (c->t[i].flags & TF_SMALLINT) &&
        c->t[i].value >= 1 && c->t[i].value <= 31)
        return (int)c->t[i].value;
    /* "March 10th", "the 1st of July" */
    if (i < c->n && c->t[i].kind == TK_SKIP && (c->t[i].flags & TF_ORDINAL) && c->t[i].len <= 4) {
        int d = 0;
        for (size_t k = 0; k < c->t[i].len && is_digit((unsigned char)c->s[c->t[i].off + k]); k++)
            d = d * 10 + (c->s[c->t[i].off + k] - '0');
        if (d >= 1 && d <= 31)
            return d;
    }
    return 0;
}

/* "Singles' Day", "Singles Day", "Double 11", "Double Eleven": November 11,
 * the shopping festival.  Its last token in *end. */
static bool festival_at(const struct cur *c, size_t i, size_t *end)
{
    if (is_word(c, i, &pw_singles) && (c->t[i].flags & TF_CAP)) {
        size_t j = i + 1;
        if (j < c->n && c->t[j].kind == TK_PUNCT && c->t[j].off == c->t[i].off + c->t[i].len &&
            (c->s[c->t[j].off] == '\'' || (unsigned char)c->s[c->t[j].off] == 0xE2))
            j++; /* Singles' or Singles’ */
        if (is_word(c, j, &pw_day) && (c->t[j].flags & TF_CAP)) {
            *end = j;
            return true;
        }
        return false;
    }
    if (is_word(c, i, &pw_double) && (c->t[i].flags & TF_CAP) &&
        ((i + 1 < c->n && c->t[i + 1].kind == TK_NUM && (c->t[i + 1].flags & TF_SMALLINT) && c->t[i + 1].value == 11) ||
         (is_word(c, i + 1, &pw_eleven) && (c->t[i + 1].flags & TF_CAP)))) {
        *end = i + 1;
        return true;
    }
    return false;
}

/* "compared with the end of 2012" ("comparing to", as some writers have
 * it), "over 2012", "than in 2012", "from the end of 2012": the base of a
 * comparison, not the time of a figure. */
static size_t compare_in(const struct cur *c, size_t k, unsigned *flags)
{
    /* (past the figures of it: "compared to figures in March 2020",
     * "compared with the level at the end of 2019") */
    {
        static const char *const figs[] = {"figures", "figure", "levels", "level", "data", "numbers", "number", "the"};
        size_t b = k;
        while (b >= 1 && b + 2 > k && c->t[b - 1].kind == TK_WORD &&
               str_ieq_any(c->s + c->t[b - 1].off, c->t[b - 1].len, figs, sizeof figs / sizeof *figs))
            b--;
        if (b >= 2 && (is_word(c, b - 1, &pw_with) || is_word(c, b - 1, &pw_to)) &&
            (is_word(c, b - 2, &pw_compared) || is_word(c, b - 2, &pw_comparing) ||
             is_word(c, b - 2, &pw_comparison))) {
            *flags |= DF_COMPARE;
            return b - 2;
        }
    }
    /* (or "against": "up by 3.7 percentage points against 2012") */
    if (k >= 1 && (is_word(c, k - 1, &pw_over) || is_word(c, k - 1, &pw_than) || is_word(c, k - 1, &pw_versus) ||
                   is_word(c, k - 1, &pw_vs) || is_word(c, k - 1, &pw_from) || is_word(c, k - 1, &pw_against))) {
        *flags |= DF_COMPARE;
        return k - 1;
    }
    /* (abbreviated with its stop: "+21.75mn vs. Dec") */
    if (k >= 2 && c->t[k - 1].kind == TK_PUNCT && c->s[c->t[k - 1].off] == '.' && is_word(c, k - 2, &pw_vs)) {
        *flags |= DF_COMPARE;
        return k - 2;
    }
    /* "31.17 million more than that at the end of 2013", "than those in 2012" */
    if (k >= 2 && (is_word(c, k - 1, &pw_that) || is_word(c, k - 1, &pw_those)) && is_word(c, k - 2, &pw_than)) {
        *flags |= DF_COMPARE;
        return k - 2;
    }
    /* (or a multiple of it: "618 times that of 1997", "twice that in
     * 2012") */
    {
        static const char *const times[] = {"times", "twice", "double", "triple", "half"};
        size_t th = k >= 2 && is_word(c, k - 1, &pw_of) ? k - 2 : k - 1;
        if (k >= 2 && th >= 1 && (is_word(c, th, &pw_that) || is_word(c, th, &pw_those)) &&
            c->t[th - 1].kind == TK_WORD && str_ieq_any(c->s + c->t[th - 1].off, c->t[th - 1].len, times, 5)) {
            *flags |= DF_COMPARE;
            return th - 1;
        }
    }
    /* ("basically the same as at the end of 2012", "the same as in
     * 2012") */
    if (k >= 3 && (is_word(c, k - 1, &pw_at) || is_word(c, k - 1, &pw_in)) && is_word(c, k - 2, &pw_as) &&
        is_word(c, k - 3, &pw_same)) {
        *flags |= DF_COMPARE;
        return k - 3;
    }
    if (k >= 2 && is_word(c, k - 1, &pw_as) && is_word(c, k - 2, &pw_same)) {
        *flags |= DF_COMPARE;
        return k - 2;
    }
    /* ("compared with that at the end of 2018", "over that of 2019",
     * "from those in 2012") */
    if (k >= 2 && (is_word(c, k - 1, &pw_that) || is_word(c, k - 1, &pw_those))) {
        unsigned f = 0;
        size_t b = compare_in(c, k - 1, &f);
        if (f & DF_COMPARE) {
            *flags |= DF_COMPARE;
            return b;
        }
    }
    return k;
}

/* A small count of years at i, in words or figures ("five", "3"); -1 if none. */
static int count_at(const struct cur *c, size_t i)
{
    const struct token *t = &c->t[i];
    if (t->kind == TK_WORD)
        return scan_word_number(c->s + t->off, t->len);
    if (t->kind == TK_NUM && (t->flags & TF_SMALLINT) && t->value <= 50)
        return (int)t->value;
    return -1;
}

/* "the first ten months" ending at index i ("months"): how many months
 * from the year's start (2 .. 11), or 0. */
static int first_months(const struct cur *c, size_t i)
{
    /* (or of quarters: "the first three quarters", nine months) */
    bool quarters = i >= 2 && c->t[i].kind == TK_WORD && str_ieq(c->s + c->t[i].off, c->t[i].len, "quarters");
    if (i < 2 || c->t[i].kind != TK_WORD ||
        !(str_ieq(c->s + c->t[i].off, c->t[i].len, "months") || quarters) || !is_word(c, i - 2, &pw_first))
        return 0;
    int nm = count_at(c, i - 1) * (quarters ? 3 : 1);
    return nm >= 2 && nm <= 11 ? nm : 0;
}

/* "the fourth quarter of", "the first half of" before index i: its first
 * token (the "the", if any), or i.  A period has no quarter or half: the
 * figure is dated by the year; months from the year's start ("the first
 * ten months of") set *months, but for six (the first half, as above). */
static size_t part_of_year(const struct cur *c, size_t i, unsigned *flags, int *months)
{
    /* "the first six months of", "the first ten months of" */
    int nm = i >= 4 && is_word(c, i - 1, &pw_of) ? first_months(c, i - 2) : 0;
    if (nm) {
        size_t k = i - 4;
        if (k >= 1 && is_word(c, k - 1, &pw_the))
            k--;
        if (nm == 6)
            *flags |= DF_FIRST_HALF;
        else if (months) {
            *months = nm;
            *flags |= DF_TO_MONTH;
        }
        return k;
    }
    if (i < 3 || !is_word(c, i - 1, &pw_of) || !(is_word(c, i - 2, &pw_quarter) || is_word(c, i - 2, &pw_half)))
        return i;
    size_t k = i - 3;
    bool half = is_word(c, i - 2, &pw_half);
    if (half && is_word(c, k, &pw_first))
        *flags |= DF_FIRST_HALF;
    if (!(is_word(c, k, &pw_first) || is_word(c, k, &pw_second) || is_word(c, k, &pw_last) ||
          is_word(c, k, &pw_final) || (!half && (is_word(c, k, &pw_third) || is_word(c, k, &pw_fourth)))))
        return i;
    if (k >= 1 && is_word(c, k - 1, &pw_the))
        k--;
    return k;
}

/* Does "of" at i lead a year told by its relation to another, "of last
 * year", "of the previous year" (that the quarter before it is of)?  ("of
 * this year" and "of the year" make one date with the quarter elsewhere.) */
static bool of_relative_year(const struct cur *c, size_t i, size_t n)
{
    size_t j = i + 1;
    if (j < n && is_word(c, j, &pw_the))
        j++;
    return j + 1 < n && is_word(c, j + 1, &pw_year) &&
           (is_word(c, j, &pw_last) || is_word(c, j, &pw_previous) ||
            is_word(c, j, &pw_prior) || is_word(c, j, &pw_preceding) || is_word(c, j, &pw_same));
}

/* The quarter an ordinal at i names: "first" 1 .. "fourth" 4, else 0. */
static int quarter_ordinal(const struct cur *c, size_t i)
{
    return is_word(c, i, &pw_first) ? 1 : is_word(c, i, &pw_second) ? 2 : is_word(c, i, &pw_third) ? 3
         : is_word(c, i, &pw_fourth) ? 4 : 0;
}

/* (see period.h) */
int period_short_name(const char *w, size_t len, char *part)
{
    if (len != 2)
        return 0;
    char a = w[0], b = w[1];
    if (a >= '1' && a <= '4') { /* "3Q" is "Q3" */
        a = w[1];
        b = w[0];
    }
    if (!((a == 'Q' && b >= '1' && b <= '4') || (a == 'H' && (b == '1' || b == '2'))))
        return 0;
    *part = a;
    return b - '0';
}

/* (see period.h) */
int period_glued(const char *w, size_t len, char *part, int *num)
{
    if (len != 4 && len != 6)
        return 0;
    /* (the year first: "2015Q1", "2016H2") */
    size_t at = len == 6 && is_digit((unsigned char)w[0]) && is_digit((unsigned char)w[1]) ? 4 : 0;
    size_t yo = at ? 0 : 2;
    if (!(*num = period_short_name(w + at, 2, part)))
        return 0;
    int v = 0;
    for (size_t k = yo; k < yo + len - 2; k++) {
        if (!is_digit((unsigned char)w[k]))
            return 0;
        v = v * 10 + (w[k] - '0');
    }
    if (len == 4)
        v += 2000;
    return v >= 1990 && v <= 2100 ? v : 0;
}

static void led_by_in(const struct cur *c, struct date_expr *e, bool over_too);

/* A quarter's date at its end, "(at|by) the end of" before it ("against
 * CNY1.7 trillion at the end of the first quarter"): its first token moved
 * back over them, DF_END_OF (and DF_LEAD, where lead says so); else led
 * by "in", as led_by_in() does. */
static void end_or_led(const struct cur *c, struct date_expr *e, bool lead)
{
    if (!(e->first >= 2 && is_word(c, e->first - 1, &pw_of) && is_word(c, e->first - 2, &pw_end))) {
        led_by_in(c, e, false);
        return;
    }
    e->first -= 2;
    if (e->first >= 1 && is_word(c, e->first - 1, &pw_the))
        e->first--;
    if (e->first >= 1 && (is_word(c, e->first - 1, &pw_at) || is_word(c, e->first - 1, &pw_by)))
        e->first--;
    e->flags |= DF_END_OF | (lead ? DF_LEAD : 0);
}

/* The last month of the quarter named right before the year at i ("the
 * fourth quarter of 2013", "Q3 2019", "Third Quarter 2018"), 0 if none:
 * a quarter's figure is dated by the month it ends with; its first token
 * in *first. */
static int quarter_month(const struct cur *c, size_t i, size_t *first)
{
    size_t k = i;
    if (k >= 1 && is_word(c, k - 1, &pw_of))
        k--;
    char part;
    int q;
    if (k == i && k >= 1 && c->t[k - 1].kind == TK_WORD &&
        (q = period_short_name(c->s + c->t[k - 1].off, c->t[k - 1].len, &part)) && part == 'Q') {
        *first = k - 1;
        return 3 * q;
    }
    if (k < 2 || !is_word(c, k - 1, &pw_quarter))
        return 0;
    size_t o = k - 2;
    if (o >= 1 && c->t[o].kind == TK_PUNCT && (c->t[o].flags & TF_HYPHEN)) /* "fourth-quarter" */
        o--;
    /* ("September Quarter 2014": named by the month it ends with) */
    int em = c->t[o].kind == TK_WORD ? scan_month(c->s + c->t[o].off, c->t[o].len) : 0;
    if (em == 3 || em == 6 || em == 9 || em == 12) {
        *first = o;
        return em;
    }
    q = is_word(c, o, &pw_final) ? 4 : quarter_ordinal(c, o);
    if (!q)
        return 0;
    *first = o;
    return 3 * q;
}

/* "Q4 2013", "H1 2014": a quarter or half written short before the year
 * (the first half dated by its June, as "the first half of 2014" is; and
 * "H1 of 2014") */
static size_t short_part(const struct cur *c, size_t i, unsigned *flags)
{
    char part;
    int q;
    if (i >= 1 && c->t[i - 1].kind == TK_WORD &&
        (q = period_short_name(c->s + c->t[i - 1].off, c->t[i - 1].len, &part)) > 0) {
        if (part == 'H' && q == 1)
            *flags |= DF_FIRST_HALF;
        return i - 1;
    }
    if (i >= 2 && is_word(c, i - 1, &pw_of) && c->t[i - 2].kind == TK_WORD &&
        (q = period_short_name(c->s + c->t[i - 2].off, c->t[i - 2].len, &part)) > 0 && part == 'H') {
        if (q == 1)
            *flags |= DF_FIRST_HALF;
        return i - 2;
    }
    return i;
}

/* A preposition that leads the date e in ("in", "during", "for", and
 * "over" where over_too): it joins e, which is then led. */
static void led_by_in(const struct cur *c, struct date_expr *e, bool over_too)
{
    if (e->first >= 1 && (is_word(c, e->first - 1, &pw_in) || is_word(c, e->first - 1, &pw_during) ||
                          is_word(c, e->first - 1, &pw_for) || (over_too && is_word(c, e->first - 1, &pw_over)))) {
        e->first--;
        e->flags |= DF_LEAD;
    }
}

/* Is the year at i a citation's: "(PBOC, 2020)", "(Alibaba Group,
 * 2019)", a name and a comma before it in brackets? */
static bool citation_year(const struct cur *c, size_t i)
{
    if (i < 3 || i + 1 >= c->n || !(c->t[i + 1].flags & TF_CLOSE) || !is_punct(c, i - 1, ','))
        return false;
    size_t k = i - 1;
    while (k > 0 && k + 5 > i && c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP))
        k--;
    return k < i - 1 && k > 0 && (c->t[k - 1].flags & TF_OPEN);
}

/* Words before a date that belong to it; sets flags.  Returns first index. */
static size_t lead_in(const struct cur *c, size_t i, unsigned *flags)
{
    /* "over the period 2007-2011", "during the period 2010 to 2015": the
     * years' own lead */
    if (i >= 3 && i < c->n && is_year(c, i) && is_word(c, i - 1, &pw_period) && is_word(c, i - 2, &pw_the) &&
        (is_word(c, i - 3, &pw_over) || is_word(c, i - 3, &pw_in) || is_word(c, i - 3, &pw_during) ||
         is_word(c, i - 3, &pw_for))) {
        *flags |= DF_LEAD;
        return i - 3;
    }
    /* "in fiscal year 2020", "fiscal 2019": a fiscal year, by the year it
     * ends */
    if (i >= 1 && i < c->n && is_year(c, i) &&
        (str_ieq(c->s + c->t[i - 1].off, c->t[i - 1].len, "fiscal") ||
         (i >= 2 && is_word(c, i - 1, &pw_year) && c->t[i - 1].len == 4 &&
          str_ieq(c->s + c->t[i - 2].off, c->t[i - 2].len, "fiscal")))) {
        *flags |= DF_FISCAL;
        size_t k = str_ieq(c->s + c->t[i - 1].off, c->t[i - 1].len, "fiscal") ? i - 1 : i - 2;
        if (k > 0 && (is_word(c, k - 1, &pw_in) || is_word(c, k - 1, &pw_for) || is_word(c, k - 1, &pw_during))) {
            k--;
            *flags |= DF_LEAD;
        }
        size_t b = compare_in(c, k, flags);
        return b;
    }
    /* "in the fiscal year ended December 31, 2017": that year; (a year
     * that ends with another month, "the fiscal year ended March 31,
     * 2017", is the twelve months to that month: 2017-03) */
    if (i >= 2 && (is_word(c, i - 1, &pw_ended) || is_word(c, i - 1, &pw_ending)) && is_word(c, i - 2, &pw_year)) {
        int mo = month_at(c, i) > 0 ? month_at(c, i) : i + 1 < c->n ? month_at(c, i + 1) : 0;
        *flags |= mo > 0 && mo != 12 ? DF_QUARTER_END : DF_FISCAL;
        size_t k = i - 2;
        while (k > 0 && c->t[k - 1].kind == TK_WORD && k + 4 > i - 2 &&
               !(c->t[k - 1].flags & TF_CAP) && !is_word(c, k - 1, &pw_in) && !is_word(c, k - 1, &pw_for) &&
               !is_word(c, k - 1, &pw_over) && !is_word(c, k - 1, &pw_than) && !is_word(c, k - 1, &pw_from))
            k--; /* "the fiscal" */
        if (k > 0 && (is_word(c, k - 1, &pw_in) || is_word(c, k - 1, &pw_for)))
            k--;
        /* ("an increase of 96.3% over the year ended 31 December 2005":
         * the base of a comparison) */
        size_t b = compare_in(c, k, flags);
        if (b == k)
            *flags |= DF_LEAD;
        return b;
    }
    /* "for the week ended Wednesday, June 11", "in the twelve months ended
     * September 30": as of that day */
    {
        size_t k = i;
        if (k >= 2 && is_punct(c, k - 1, ',') && c->t[k - 2].kind == TK_WORD &&
            weekday_of(c->s + c->t[k - 2].off, c->t[k - 2].len))
            k -= 2;
        /* (or "to": "in the 12 months to Sept. 30", "the quarter to June") */
        /* ("in the year to June 30": the twelve months to it) */
        bool year_to = k >= 2 && is_word(c, k - 1, &pw_to) && is_word(c, k - 2, &pw_year);
        bool span_to = k >= 2 && is_word(c, k - 1, &pw_to) && c->t[k - 2].kind == TK_WORD &&
                       (is_word(c, k - 2, &pw_quarter) || is_word(c, k - 2, &pw_half) ||
                        str_ieq(c->s + c->t[k - 2].off, c->t[k - 2].len, "months") || year_to);
        if (k >= 2 && (is_word(c, k - 1, &pw_ended) || is_word(c, k - 1, &pw_ending) || span_to)) {
            /* (a quarter's figure is of the month it ends with: "for the
             * quarter ended Sept. 30"; so is a half's, or that of months
             * of the year, "the three (six, nine) months ended June 30";
             * of twelve months or an unsaid number, its year's, as a
             * fiscal year's) */
            /* (the span's unit, and its count before it; past "period"
             * and a hyphen: "the twelve-month period ended", "the
             * 12-month period ended", "the three-month period ended") */
            size_t ui = k - 2;
            int ucount = k >= 3 ? count_at(c, k - 3) : -1;
            if (ui >= 1 && is_word(c, ui, &pw_period) && c->t[ui - 1].kind == TK_WORD &&
                (is_word(c, ui - 1, &pw_month) || str_ieq(c->s + c->t[ui - 1].off, c->t[ui - 1].len, "months"))) {
                ui--;
                ucount = ui >= 2 && is_punct(c, ui - 1, '-') ? count_at(c, ui - 2) : ui >= 1 ? count_at(c, ui - 1) : -1;
            } else if (is_word(c, ui, &pw_period) && ui >= 1 && c->t[ui - 1].len > 6 &&
                       str_ieq(c->s + c->t[ui - 1].off + c->t[ui - 1].len - 6, 6, "-month") &&
                       is_digit((unsigned char)c->s[c->t[ui - 1].off])) {
                /* ("12-month" read as one token) */
                int v = 0;
                for (size_t x = 0; x + 6 < c->t[ui - 1].len && v < 100; x++)
                    v = is_digit((unsigned char)c->s[c->t[ui - 1].off + x]) ? v * 10 + c->s[c->t[ui - 1].off + x] - '0' : 100;
                ui--;
                ucount = v < 100 ? v : -1;
            }
            bool period_form = ui != k - 2;
            const struct token *u = &c->t[ui];
            bool unit_months = period_form || str_ieq(c->s + u->off, u->len, "months");
            int nmonths = unit_months && ucount > 0 ? ucount : 0;
            bool quarter = (u->kind == TK_WORD || period_form) &&
                           (is_word(c, ui, &pw_quarter) ||
                            /* ("the three months to June 30": a quarter) */
                            (span_to && nmonths == 3) || is_word(c, ui, &pw_half) || (nmonths >= 2 && nmonths <= 11));
            bool span = (u->kind == TK_WORD || period_form) &&
                        (is_word(c, ui, &pw_half) || unit_months || str_ieq(c->s + u->off, u->len, "month") || year_to);
            /* (but a year to a day, "the twelve months ended September 30,
             * 2016", counts as of that day, as a stock does: the day is
             * kept, the day named as "as of September 30" keeps it) */
            /* (twelve months to the year's last day are that year, as a
             * fiscal year ended December 31 is) */
            bool year_end = span && ((unit_months && ucount == 12) || year_to) &&
                            (month_at(c, i) == 12 || (i + 1 < c->n && month_at(c, i + 1) == 12)) &&
                            (is_year(c, i + 2) || is_year(c, i + 3) || is_year(c, i + 4));
            bool to_day = span && ((unit_months && ucount == 12) || year_to) && !year_end;
            /* (a calendar year, named by its December: no fiscal year of
             * another month) */
            if (year_end)
                *flags |= DF_DECEMBER;
            *flags |= (quarter && !to_day ? DF_QUARTER_END : span && !to_day ? DF_FISCAL : DF_END_OF) |
                      (to_day ? DF_SPAN_DAY : 0u) |
                      DF_LEAD;
            /* (the span's words are the date's: "in the twelve months
             * ended", "for the quarter ended") */
            if (!(quarter || span))
                return k - 1;
            size_t f = ui;
            if (period_form && f >= 2 && is_punct(c, f - 1, '-') && count_at(c, f - 2) > 0)
                f -= 2;
            else if (f >= 1 && count_at(c, f - 1) > 0)
                f--;
            if (f >= 1 && is_word(c, f - 1, &pw_the))
                f--;
            /* ("an increase of 72 million from the twelve months ended
             * March 31, 2019": the base of a comparison) */
            if (f >= 1 && (is_word(c, f - 1, &pw_from) || is_word(c, f - 1, &pw_than) ||
                           is_word(c, f - 1, &pw_versus) ||
                           (f >= 2 && is_word(c, f - 1, &pw_with) && is_word(c, f - 2, &pw_compared)))) {
                *flags &= ~(unsigned)DF_LEAD;
                return compare_in(c, f, flags);
            }
            if (f >= 1 && (is_word(c, f - 1, &pw_in) || is_word(c, f - 1, &pw_for) || is_word(c, f - 1, &pw_during) ||
                           is_word(c, f - 1, &pw_over)))
                f--;
            return f;
        }
    }
    /* "in the fourth quarter of 2013", "in Q4 2013": the year's */
    size_t part = part_of_year(c, i, flags, NULL);
    if (part == i)
        part = short_part(c, i, flags);
    if (part != i) {
        if (part >= 1 && (is_word(c, part - 1, &pw_in) || is_word(c, part - 1, &pw_during) ||
                          is_word(c, part - 1, &pw_for) || is_word(c, part - 1, &pw_by))) {
            *flags |= DF_LEAD;
            return part - 1;
        }
        /* ("at the end of the third quarter of 2019": its last month) */
        if (part >= 2 && is_word(c, part - 1, &pw_of) && is_word(c, part - 2, &pw_end)) {
            size_t k = part - 2;
            if (k >= 1 && is_word(c, k - 1, &pw_the))
                k--;
            if (k >= 1 && (is_word(c, k - 1, &pw_by) || is_word(c, k - 1, &pw_at) || is_word(c, k - 1, &pw_in))) {
                *flags |= DF_END_OF | DF_LEAD;
                return k - 1;
            }
            if (k >= 1 && is_word(c, k - 1, &pw_since)) {
                *flags |= DF_END_OF | DF_COMPARE;
                return k - 1;
            }
            *flags |= DF_END_OF;
            return compare_in(c, k, flags);
        }
        /* ("an increase of 49.8% over the first quarter of 2014"; but
         * an amount's over the year's first months is of them: "has risen
         * by 40 million over the first six months of 2009") */
        if (part >= 2 && is_word(c, part - 1, &pw_over) && (*flags & (DF_FIRST_HALF | DF_TO_MONTH)) &&
            !(c->t[part - 2].kind == TK_NUM && c->t[part - 2].unit && strcmp(c->t[part - 2].unit, "percent") == 0)) {
            *flags |= DF_LEAD;
            return part - 1;
        }
        return compare_in(c, part, flags);
    }
    /* "(by|at|in) the end of", "at end-September", "by end-2014" */
    if (i >= 2 && (is_word(c, i - 1, &pw_of) || is_punct(c, i - 1, '-')) && is_word(c, i - 2, &pw_end)) {
        *flags |= DF_END_OF;
        size_t k = i - 2;
        if (k >= 1 && is_word(c, k - 1, &pw_the))
            k--;
        if (k >= 1 && (is_word(c, k - 1, &pw_by) || is_word(c, k - 1, &pw_at) || is_word(c, k - 1, &pw_in)))
            k--;
        /* "an increase of 13.8% since the end of 2008": the base */
        else if (k >= 1 && is_word(c, k - 1, &pw_since)) {
            *flags |= DF_COMPARE;
            return k - 1;
        }
        /* "than at the end of 2013", "compared with the end of 2012" */
        return compare_in(c, k, flags);
    }
    size_t k = i;
    if (k >= 1 && (is_word(c, k - 1, &pw_early) || is_word(c, k - 1, &pw_late) || is_word(c, k - 1, &pw_mid)))
        k--;
    /* "in calendar 2013", "in calendar year 2013": that year */
    if (k == i && is_year(c, i)) {
        size_t y = k >= 1 && is_word(c, k - 1, &pw_year) ? k - 1 : k;
        if (y >= 1 && c->t[y - 1].kind == TK_WORD && str_ieq(c->s + c->t[y - 1].off, c->t[y - 1].len, "calendar"))
            k = y - 1;
    }
    if (k >= 2 && is_punct(c, k - 1, '-') && is_word(c, k - 2, &pw_mid))
        k -= 2;
    /* "on Sunday, November 11": the weekday is the date's */
    if (k == i && k >= 2 && is_punct(c, k - 1, ',') && c->t[k - 2].kind == TK_WORD &&
        weekday_of(c->s + c->t[k - 2].off, c->t[k - 2].len))
        k -= 2;
    /* "during the pandemic year of 2020", "in the year of 2008", "in the
     * same period of 2012": that year */
    /* (or "in the whole of 2015", "for the whole of 2015": that year) */
    bool whole = k >= 2 && str_ieq(c->s + c->t[k - 2].off, c->t[k - 2].len, "whole");
    if (k >= 2 && is_word(c, k - 1, &pw_of) && (is_word(c, k - 2, &pw_year) || is_word(c, k - 2, &pw_period) || whole) &&
        is_year(c, i)) {
        size_t b = k - 2;
        for (size_t w = 0; w < 3 && b >= 1 && c->t[b - 1].kind == TK_WORD && !(c->t[b - 1].flags & TF_CAP) &&
                           !is_word(c, b - 1, &pw_in) && !is_word(c, b - 1, &pw_during) &&
                           !(whole && (is_word(c, b - 1, &pw_for) || is_word(c, b - 1, &pw_over)));
             w++)
            b--; /* ("the pandemic") */
        if (b >= 1 && (is_word(c, b - 1, &pw_in) || is_word(c, b - 1, &pw_during) ||
                       (whole && (is_word(c, b - 1, &pw_for) || is_word(c, b - 1, &pw_over))))) {
            *flags |= DF_LEAD;
            return b - 1;
        }
    }
    /* "as of December 2010": at the month's end, as "by the end of" */
    if (k >= 2 && is_word(c, k - 1, &pw_of) && is_word(c, k - 2, &pw_as)) {
        *flags |= DF_LEAD | DF_END_OF;
        return k - 2;
    }
    /* (and so is "up to" that opens the sentence: "Up to December 2018,
     * China had 829 million Internet users"; its day kept, as "as of"
     * keeps it: "Up to Dec. 31, 2006") */
    if (k >= 2 && is_word(c, k - 1, &pw_to) && is_word(c, k - 2, &pw_up) &&
        (k == 2 || (c->t[k - 3].flags & TF_SENT_END))) {
        *flags |= DF_LEAD | DF_END_OF;
        return k - 2;
    }
    /* (and "up until", "up till" anywhere: "up until March 2015 it had
     * issued 270 payment licences in total") */
    if (k >= 2 && (is_word(c, k - 1, &pw_until) || is_word(c, k - 1, &pw_till)) && is_word(c, k - 2, &pw_up)) {
        *flags |= DF_LEAD | DF_END_OF;
        return k - 2;
    }
    if (k >= 1 && (is_word(c, k - 1, &pw_since) || is_word(c, k - 1, &pw_until) || is_word(c, k - 1, &pw_before) ||
                   is_word(c, k - 1, &pw_after) || is_word(c, k - 1, &pw_till))) {
        *flags |= DF_BOUND;
        return k - 1;
    }
    /* "founded in 2010", "set up in 2004": when a company began, not the
     * time of a figure */
    if (k >= 2 && (is_word(c, k - 1, &pw_in) || is_word(c, k - 1, &pw_on))) {
        size_t v = k - 2;
        /* (with an adverb: "founded only in 2015", "set up just in") */
        if (v >= 1 && c->t[v].kind == TK_WORD &&
            (str_ieq(c->s + c->t[v].off, c->t[v].len, "only") || str_ieq(c->s + c->t[v].off, c->t[v].len, "just") ||
             str_ieq(c->s + c->t[v].off, c->t[v].len, "originally")))
            v--;
        if (is_word(c, v, &pw_founded) || is_word(c, v, &pw_established) || is_word(c, v, &pw_incorporated) ||
            (is_word(c, v, &pw_up) && v >= 1 && is_word(c, v - 1, &pw_set))) {
            *flags |= DF_BOUND;
            return is_word(c, v, &pw_up) ? v - 1 : v;
        }
    }
    /* "up 50.3% on 2013": a change on a year */
    if (k >= 2 && is_word(c, k - 1, &pw_on) && (c->t[k].flags & TF_YEAR) && c->t[k - 2].kind == TK_NUM) {
        *flags |= DF_COMPARE;
        return k - 1;
    }
    /* "in its July listing", "during the November festival": a month
     * named before a noun of the event */
    if (k >= 2 && k == i && month_at(c, k) && c->t[k - 1].kind == TK_WORD &&
        (is_word(c, k - 1, &pw_the) || str_ieq(c->s + c->t[k - 1].off, c->t[k - 1].len, "its") ||
         str_ieq(c->s + c->t[k - 1].off, c->t[k - 1].len, "their")) &&
        (is_word(c, k - 2, &pw_in) || is_word(c, k - 2, &pw_during))) {
        *flags |= DF_LEAD;
        return k - 2;
    }
    /* ("RMB 1.21 trillion at 30 June", "at June 30": a stock on a day) */
    bool day_at_ = k + 1 < c->n && ((month_at(c, k) && c->t[k + 1].kind == TK_NUM && c->t[k + 1].value >= 1 &&
                                     c->t[k + 1].value <= 31 && !(c->t[k + 1].flags & TF_YEAR)) ||
                                    (c->t[k].kind == TK_NUM && c->t[k].value >= 1 && c->t[k].value <= 31 &&
                                     !(c->t[k].flags & TF_YEAR) && month_at(c, k + 1)));
    if (k >= 1 && (is_word(c, k - 1, &pw_in) || is_word(c, k - 1, &pw_on) || is_word(c, k - 1, &pw_by) ||
                   is_word(c, k - 1, &pw_during) ||
                   (is_word(c, k - 1, &pw_at) && day_at_ && !(k >= 2 && is_word(c, k - 2, &pw_as))) ||
                   /* ("132 million for September 2016": a month's figure) */
                   (is_word(c, k - 1, &pw_for) && month_at(c, k)))) {
        /* "more than in 2012": the base of a comparison */
        size_t b = compare_in(c, k - 1, flags);
        if (b == k - 1)
            *flags |= DF_LEAD;
        return b;
    }
    if (k >= 1 && is_word(c, k - 1, &pw_from)) {
        /* "up 104% from 2014": right after a figure, and no "to" after
         * the year, the base of a change */
        /* (or a "to" that leads to the new level: "decreased by 27.83
         * million from 2012 to 281 million") */
        bool to_level = is_word(c, i + 1, &pw_to) && i + 2 < c->n && c->t[i + 2].kind == TK_NUM &&
                        !(c->t[i + 2].flags & TF_YEAR);
        /* (or after a change's noun or "up": "a 1.5% increase from
         * December 2023", "up from 2014") */
        static const char *const change[] = {"increase", "rise", "growth", "gain", "jump", "decrease", "decline",
                                             "drop", "fall", "up", "down"};
        bool after_change = k >= 2 && c->t[k - 2].kind == TK_WORD &&
                            str_ieq_any(c->s + c->t[k - 2].off, c->t[k - 2].len, change, sizeof change / sizeof *change);
        if (k >= 2 && ((c->t[k - 2].kind == TK_NUM && !(c->t[k - 2].flags & TF_YEAR)) || after_change) && k == i &&
            (to_level || !(i + 1 < c->n && (is_word(c, i + 1, &pw_to) || is_word(c, i + 1, &pw_until) ||
                                           is_word(c, i + 1, &pw_till) || is_punct(c, i + 1, '-'))))) {
            *flags |= DF_COMPARE;
            return k - 1;
        }
        *flags |= DF_FROM | DF_LEAD;
        return k - 1;
    }
    return compare_in(c, k, flags);
}

/* The year of the last date found so far that is a year's alone or within
 * one (no span): "that year"'s; 0 if none. */
static int last_year_named(const struct dates *out)
{
    for (size_t p = out->n; p > 0; p--)
        if (out->v[p - 1].rel == DR_ABS && out->v[p - 1].when.y && !out->v[p - 1].when.y2)
            return out->v[p - 1].when.y;
    return 0;
}

void period_find(const char *s, const struct token *t, size_t n, struct dates *out)
{
    pwords_init();
    struct cur c = {s, t, n};
    out->n = 0;
    const uint64_t bloom = end_bloom;
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind == TK_PUNCT || t[i].kind == TK_SKIP ||
            (t[i].kind == TK_WORD && !(t[i].flags & TF_CAP) && !(bloom & (1ull << (t[i].hash & 63))) &&
             !is_digit((unsigned char)s[t[i].off]) /* (a festival's number: "618") */))
            continue;
        struct date_expr e = {0};
        size_t fend;
        /* "last May" (a month's name, no year or day after it): the
         * latest May before the time spoken of */
        if (i >= 1 && t[i].kind == TK_WORD && (t[i].flags & TF_CAP) && t[i - 1].kind == TK_WORD &&
            is_word(&c, i - 1, &pw_last) && !(i >= 2 && is_word(&c, i - 2, &pw_the)) && month_at(&c, i) > 0 &&
            !(i + 1 < c.n && (is_year(&c, i + 1) || day_at(&c, i + 1) > 0)) && c.t[i].len >= 3) {
            e.rel = DR_ABS;
            e.when.m = month_at(&c, i);
            e.first = i - 1;
            e.last = i;
            e.flags = DF_LEAD | DF_LAST_MONTH;
            /* (past "the end of": "an increase of 85 million from the end
             * of last March") */
            if (e.first >= 2 && is_word(&c, e.first - 1, &pw_of) && is_word(&c, e.first - 2, &pw_end)) {
                e.first -= 2;
                if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                    e.first--;
            }
            /* (a base of comparison: "an increase of 11.09 million over
             * last December") */
            unsigned cf = 0;
            size_t b = compare_in(&c, e.first, &cf);
            if (cf & DF_COMPARE) {
                e.first = b;
                e.flags = DF_COMPARE | DF_LAST_MONTH;
            }
            push(out, e);
            continue;
        }
        /* "on Monday", "last Friday": a day of the week of the time of
         * writing (days with their dates are read below) */
        /* (or "as of Wednesday": that day's) */
        bool as_of = i >= 2 && is_word(&c, i - 1, &pw_of) && is_word(&c, i - 2, &pw_as);
        /* (or "late Thursday", "early Monday"; or right after a verb of
         * the past, a wire's "said Tuesday", "announced Tuesday") */
        bool cap_word = t[i].kind == TK_WORD && (t[i].flags & TF_CAP) && i >= 1 && t[i - 1].kind == TK_WORD;
        bool day_part = cap_word && (str_ieq(s + t[i - 1].off, t[i - 1].len, "late") ||
                                     str_ieq(s + t[i - 1].off, t[i - 1].len, "early"));
        bool told = cap_word && !(t[i - 1].flags & TF_CAP) && t[i - 1].len >= 4 &&
                    (str_ieq(s + t[i - 1].off, t[i - 1].len, "said") ||
                     (s[t[i - 1].off + t[i - 1].len - 2] == 'e' && s[t[i - 1].off + t[i - 1].len - 1] == 'd'));
        /* (or between a name and its verb of the past, as the wires write
         * it: "iDreamSky Technology Limited Thursday conducted", "Alibaba
         * Thursday raised") */
        static const char *const past[] = {"said", "sold", "made", "won", "began", "became", "took", "set",
                                           "paid", "bought", "got", "saw", "hit", "led", "put", "cut"};
        bool by_name = cap_word && (t[i - 1].flags & TF_CAP) && !(t[i - 1].flags & TF_SENT_END) && i + 1 < n &&
                     t[i + 1].kind == TK_WORD && !(t[i + 1].flags & TF_CAP) && t[i + 1].len >= 3 &&
                     ((s[t[i + 1].off + t[i + 1].len - 2] == 'e' && s[t[i + 1].off + t[i + 1].len - 1] == 'd') ||
                      str_ieq_any(s + t[i + 1].off, t[i + 1].len, past, sizeof past / sizeof *past));
        told = told || by_name;
        if (t[i].kind == TK_WORD && (t[i].flags & TF_CAP) && i >= 1 &&
            (is_word(&c, i - 1, &pw_on) || is_word(&c, i - 1, &pw_last) || as_of || day_part || told) &&
            /* (its date after it is read below: "on Sunday, Nov. 11";
             * not a name: "on Sunday, Alibaba said") */
            !(i + 1 < n && (t[i + 1].kind == TK_NUM || (t[i + 1].kind == TK_PUNCT && s[t[i + 1].off] == ',' &&
                                                         i + 2 < n && t[i + 2].kind == TK_WORD &&
                                                         (t[i + 2].flags & TF_CAP) &&
                                                         scan_month(s + t[i + 2].off, t[i + 2].len))))) {
            int wd = weekday_of(s + t[i].off, t[i].len);
            if (wd) {
                e.rel = DR_WEEKDAY;
                e.when.d = wd;
                e.first = as_of ? i - 2 : told ? i : i - 1;
                e.last = i;
                e.flags = is_word(&c, i - 1, &pw_on) || as_of || day_part ? DF_LEAD : 0;
                push(out, e);
                continue;
            }
        }
        /* "three days ago", "a day ago": that many days before the day of
         * writing (up to a fortnight) */
        /* (read at "ago", a rare word, not at every "day") */
        if (i >= 2 && is_word(&c, i, &pw_ago) && t[i - 1].kind == TK_WORD &&
            (str_ieq(s + t[i - 1].off, t[i - 1].len, "days") || str_ieq(s + t[i - 1].off, t[i - 1].len, "day"))) {
            int nd = is_word(&c, i - 2, &pw_a) ? 1 : count_at(&c, i - 2);
            if (nd >= 1 && nd <= 14) {
                e.rel = DR_WEEKDAY;
                e.when.d = PERIOD_YESTERDAY + nd - 1;
                e.first = i - 2;
                e.last = i;
                e.flags = DF_LEAD;
                push(out, e);
                continue;
            }
        }
        /* "yesterday", "as of yesterday": the day before the time of
         * writing (a weekday's date, one day back) */
        if (t[i].kind == TK_WORD && t[i].len == 9 && str_ieq(s + t[i].off, 9, "yesterday")) {
            e.rel = DR_WEEKDAY;
            e.when.d = PERIOD_YESTERDAY;
            e.first = as_of ? i - 2 : i;
            e.last = i;
            e.flags = as_of ? DF_LEAD : 0;
            push(out, e);
            continue;
        }
        /* "2Q14", "3Q2013", "1H15": a quarter (dated by the month it ends
         * with) or a half (its year's) glued to its year */
        if (t[i].kind == TK_WORD && (t[i].len == 4 || t[i].len == 6)) {
            char part = 0;
            int q, v = period_glued(s + t[i].off, t[i].len, &part, &q);
            if (v) {
                e.rel = DR_ABS;
                e.when.y = v;
                e.when.m = part == 'Q' ? 3 * q : 0;
                e.first = i;
                e.last = i;
                /* (the first half is dated by its June, as "the first half
                 * of 2015" is) */
                e.flags = part == 'H' && q == 1 ? DF_FIRST_HALF : 0;
                led_by_in(&c, &e, false);
                push(out, e);
                continue;
            }
        }
        /* "FY2015", "FY15": a fiscal year */
        if (t[i].kind == TK_WORD && (t[i].len == 4 || t[i].len == 6) && (s[t[i].off] == 'F') && s[t[i].off + 1] == 'Y' &&
            is_digit((unsigned char)s[t[i].off + 2]) && is_digit((unsigned char)s[t[i].off + 3]) &&
            (t[i].len == 4 || (is_digit((unsigned char)s[t[i].off + 4]) && is_digit((unsigned char)s[t[i].off + 5])))) {
            const char *y = s + t[i].off + 2;
            int v = t[i].len == 4 ? 2000 + (y[0] - '0') * 10 + (y[1] - '0')
                                  : (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
            if (v >= 1990 && v <= 2100) {
                e.rel = DR_ABS;
                e.when.y = v;
                e.first = i;
                e.last = i;
                e.flags = DF_FISCAL;
                led_by_in(&c, &e, false);
                push(out, e);
                continue;
            }
        }
        /* "the third and fourth quarters of 2013", "... of that year": two
         * quarters of a year, each by its last month */
        if (is_word(&c, i, &pw_the) && i + 6 < n && quarter_ordinal(&c, i + 1) && is_word(&c, i + 2, &pw_and) &&
            quarter_ordinal(&c, i + 3) > quarter_ordinal(&c, i + 1) &&
            (is_word(&c, i + 4, &pw_quarter) ||
             (t[i + 4].kind == TK_WORD && str_ieq(s + t[i + 4].off, t[i + 4].len, "quarters"))) &&
            is_word(&c, i + 5, &pw_of) &&
            (is_year(&c, i + 6) || (i + 7 < n && is_word(&c, i + 6, &pw_that) && is_word(&c, i + 7, &pw_year)))) {
            struct date_expr e2 = e;
            e.rel = e2.rel = DR_ABS;
            e.when.m = 3 * quarter_ordinal(&c, i + 1);
            e2.when.m = 3 * quarter_ordinal(&c, i + 3);
            e.flags = e2.flags = DF_QUARTER_YEAR;
            e.first = i;
            e.last = i + 1;
            e2.first = i + 3;
            e2.last = i + 6;
            if (is_year(&c, i + 6)) {
                e.when.y = e2.when.y = (int)t[i + 6].value;
            } else {
                /* (that year: the last one named before, else a block
                 * before's) */
                e2.last = i + 7;
                e.when.y = e2.when.y = last_year_named(out);
                if (!e.when.y)
                    e.flags = e2.flags = DF_QUARTER_YEAR | DF_THAT_YEAR;
            }
            end_or_led(&c, &e, false);
            push(out, e);
            push(out, e2);
            i = e2.last;
            continue;
        }
        /* "the 2014 second quarter": the year said before the quarter (the
         * year read as a date of its own, now the quarter's) */
        if (t[i].kind == TK_WORD && i >= 2 && is_word(&c, i, &pw_quarter) && quarter_ordinal(&c, i - 1) &&
            is_year(&c, i - 2) && out->n > 0 && out->v[out->n - 1].last == i - 2 &&
            out->v[out->n - 1].rel == DR_ABS && out->v[out->n - 1].when.y && !out->v[out->n - 1].when.m &&
            !out->v[out->n - 1].when.y2) {
            struct date_expr *y = &out->v[out->n - 1];
            y->when.m = 3 * quarter_ordinal(&c, i - 1);
            y->last = i;
            y->flags |= DF_QUARTER_YEAR;
            continue;
        }
        /* "in the fourth quarter", no year named: the last such quarter
         * up to the time of writing, dated by its year (its end month says
         * which) */
        if (t[i].kind == TK_WORD && i >= 2 && i + 1 <= n && is_word(&c, i, &pw_quarter) &&
            is_word(&c, i - 2, &pw_the) && quarter_ordinal(&c, i - 1) &&
            !(i + 1 < n && ((is_word(&c, i + 1, &pw_of) && !of_relative_year(&c, i + 1, n)) || is_year(&c, i + 1) ||
                            is_punct(&c, i + 1, '-')))) {
            e.rel = DR_ABS;
            e.when.m = 3 * quarter_ordinal(&c, i - 1);
            e.flags = DF_QUARTER;
            e.first = i - 2;
            e.last = i;
            /* (at its end: "against CNY1.7 trillion at the end of the
             * first quarter") */
            end_or_led(&c, &e, false);
            push(out, e);
            continue;
        }
        /* "in the first half", no year named: as "in the second quarter",
         * a first half (June's, its figures from January) */
        /* (or "this year", "last year" after it, no "of" between: "in the
         * first half this year") */
        bool half_this = i + 2 < n && is_word(&c, i + 2, &pw_year) && !(t[i + 2].flags & TF_POSSESSIVE) &&
                         (is_word(&c, i + 1, &pw_this) || is_word(&c, i + 1, &pw_last));
        if (t[i].kind == TK_WORD && i >= 2 && is_word(&c, i, &pw_half) && is_word(&c, i - 1, &pw_first) &&
            is_word(&c, i - 2, &pw_the) &&
            (half_this ||
             !(i + 1 < n && ((is_word(&c, i + 1, &pw_of) && !of_relative_year(&c, i + 1, n)) || is_year(&c, i + 1) ||
                             is_punct(&c, i + 1, '-') || t[i + 1].kind == TK_WORD)))) {
            e.rel = half_this && is_word(&c, i + 1, &pw_last) ? DR_PREV_YEAR : DR_ABS;
            e.when.m = 6;
            e.flags = DF_QUARTER | DF_FIRST_HALF;
            e.first = i - 2;
            e.last = half_this ? i + 2 : i;
            end_or_led(&c, &e, false);
            push(out, e);
            i = e.last;
            continue;
        }
        /* (or the quarter left unsaid after one said: "57.20 trillion
         * yuan in the first quarter, 60.91 trillion yuan in the second,
         * 63.37 trillion yuan in the third") */
        if (t[i].kind == TK_WORD && i >= 2 && is_word(&c, i - 1, &pw_the) && is_word(&c, i - 2, &pw_in) &&
            quarter_ordinal(&c, i) > 1 && out->n > 0 && (out->v[out->n - 1].flags & DF_QUARTER) &&
            out->v[out->n - 1].last + 40 > i && out->v[out->n - 1].when.m &&
            !(i + 1 < n && t[i + 1].kind == TK_WORD && !is_word(&c, i + 1, &pw_and))) {
            e.rel = DR_ABS;
            e.when.y = out->v[out->n - 1].when.y;
            e.when.m = 3 * quarter_ordinal(&c, i);
            e.flags = DF_QUARTER;
            e.first = i - 1;
            e.last = i;
            led_by_in(&c, &e, false);
            push(out, e);
            continue;
        }
        /* (or an adjective: "reported second-quarter revenue of 900.8
         * million yuan") */
        if (t[i].kind == TK_WORD && i >= 2 && i + 1 < n && is_word(&c, i, &pw_quarter) && quarter_ordinal(&c, i - 2) &&
            is_punct(&c, i - 1, '-') && t[i + 1].kind == TK_WORD && !is_word(&c, i + 1, &pw_of)) {
            e.rel = DR_ABS;
            e.when.m = 3 * quarter_ordinal(&c, i - 2);
            e.flags = DF_QUARTER;
            e.first = i - 2;
            e.last = i;
            push(out, e);
            continue;
        }
        /* "in Q1", "at end-Q3", no year named: as "in the first quarter" */
        if (t[i].kind == TK_WORD && t[i].len == 2 && !(i + 1 < n && is_year(&c, i + 1))) {
            char part = 0;
            int q = period_short_name(s + t[i].off, t[i].len, &part);
            if (q && part == 'Q') {
                e.rel = DR_ABS;
                e.when.m = 3 * q;
                e.flags = DF_QUARTER;
                e.first = i;
                e.last = i;
                led_by_in(&c, &e, false);
                push(out, e);
                continue;
            }
        }
        /* JD's "618" festival, June 1 to 18: "its annual 618 shopping
         * festival", "JD's 618 GMV", a month's span, June, of its year */
        if ((t[i].kind == TK_NUM || t[i].kind == TK_WORD) && t[i].len == 3 && memcmp(s + t[i].off, "618", 3) == 0 &&
            !t[i].unit && i + 1 < n && t[i + 1].kind == TK_WORD) {
            static const char *const fest[] = {"festival", "shopping", "sales", "sale", "gmv", "promotion",
                                               "event", "campaign", "spree", "bonanza", "carnival"};
            if (str_ieq_any(s + t[i + 1].off, t[i + 1].len, fest, sizeof fest / sizeof *fest)) {
                e.rel = DR_ABS;
                e.when.m = 6;
                e.first = i;
                e.last = i;
                if (is_year(&c, i - 1 < n && i > 0 ? i - 1 : i) && i > 0) { /* "2020 618 festival" */
                    e.when.y = (int)t[i - 1].value;
                    e.first = i - 1;
                }
                /* ("during its annual 618 shopping festival", "in this
                 * year's 618") */
                static const char *const det[] = {"its", "the", "annual", "this", "year's", "year", "yearly"};
                size_t f0 = e.first;
                while (f0 > 0 && e.first - f0 < 3 && t[f0 - 1].kind == TK_WORD &&
                       str_ieq_any(s + t[f0 - 1].off, t[f0 - 1].len, det, sizeof det / sizeof *det))
                    f0--;
                if (f0 > 0 && (is_word(&c, f0 - 1, &pw_in) || is_word(&c, f0 - 1, &pw_during)))
                    e.first = f0;
                led_by_in(&c, &e, false);
                push(out, e);
                continue;
            }
        }
        if (festival_at(&c, i, &fend)) {
            e.when.m = 11;
            e.when.d = 11;
            size_t f0 = i;
            /* "this year's Singles' Day", "the Singles' Day" (or "a
             * Singles Day sale", "its Singles' Day festival") */
            if (f0 >= 1 && (is_word(&c, f0 - 1, &pw_the) || is_word(&c, f0 - 1, &pw_a) ||
                            str_ieq(c.s + t[f0 - 1].off, t[f0 - 1].len, "its") ||
                            str_ieq(c.s + t[f0 - 1].off, t[f0 - 1].len, "this")))
                f0--;
            else if (f0 >= 2 && is_word(&c, f0 - 1, &pw_year) && (t[f0 - 1].flags & TF_POSSESSIVE) &&
                     is_word(&c, f0 - 2, &pw_this))
                f0 -= 2;
            /* ("last year's Singles' Day": the year before's) */
            else if (f0 >= 2 && is_word(&c, f0 - 1, &pw_year) && (t[f0 - 1].flags & TF_POSSESSIVE) &&
                     (is_word(&c, f0 - 2, &pw_last) || is_word(&c, f0 - 2, &pw_previous))) {
                f0 -= 2;
                e.rel = DR_PREV_YEAR;
            }
            e.first = lead_in(&c, f0, &e.flags);
            e.last = fend;
            if (is_year(&c, fend + 1)) { /* "Singles' Day 2014" */
                e.when.y = (int)t[fend + 1].value;
                e.last = fend + 1;
            } else if (is_word(&c, fend + 1, &pw_in) && is_year(&c, fend + 2)) { /* "Double 11 in 2013" */
                e.when.y = (int)t[fend + 2].value;
                e.last = fend + 2;
            } else {
                /* "... shopping festival on November 11, 2010": that date */
                for (size_t j = fend + 1; j < n && j <= fend + 6; j++) {
                    /* (not past a figure: "Singles Day sales hit 35 bln yuan
                     * on Nov 11, 2013" dates the figure by the day after it) */
                    if ((t[j].kind == TK_PUNCT && (t[j].flags & (TF_SENT_END | TF_CLAUSE))) || t[j].kind == TK_NUM)
                        break;
                    size_t dj = is_punct(&c, j + 1, '.') ? j + 2 : j + 1;
                    if (month_at(&c, j) == 11 && day_at(&c, dj) == 11) {
                        size_t yj = is_punct(&c, dj + 1, ',') ? dj + 2 : dj + 1;
                        e.last = dj;
                        if (is_year(&c, yj)) {
                            e.when.y = (int)t[yj].value;
                            e.last = yj;
                        }
                        break;
                    }
                }
            }
            push(out, e);
            i = e.last;
            continue;
        }
        int m = month_at(&c, i);
        if (m) {
            size_t j = i + 1;
            if (is_punct(&c, j, '.'))
                j++; /* "Jan.21" */
            int d = day_at(&c, j);
            /* (not an ordinal of the name on the next line: "... reaches
             * 1.079 billion as of June" / "10th World Internet Conference
             * Wuzhen Summit opens") */
            if (d && t[j].kind == TK_SKIP && t[j].line != t[i].line && j + 1 < n && t[j + 1].kind == TK_WORD &&
                (t[j + 1].flags & TF_CAP) && !scan_month(s + t[j + 1].off, t[j + 1].len))
                d = 0;
            bool may_ok = !str_ieq(s + t[i].off, t[i].len, "may") || d || is_year(&c, j) ||
                          /* (or a day before the capital: "22 May -- JD.com raises") */
                          (i > 0 && (t[i].flags & TF_CAP) && (t[i - 1].flags & TF_MONTHDAY) && day_at(&c, i - 1)) ||
                          (i > 0 && (is_word(&c, i - 1, &pw_in) || is_word(&c, i - 1, &pw_since) ||
                                     is_word(&c, i - 1, &pw_early) || is_word(&c, i - 1, &pw_late))) ||
                          /* ("from the end of May", "until May", "during May") */
                          (i > 0 && (t[i].flags & TF_CAP) &&
                           (is_word(&c, i - 1, &pw_from) || is_word(&c, i - 1, &pw_until) || is_word(&c, i - 1, &pw_by) ||
                            is_word(&c, i - 1, &pw_till) || is_word(&c, i - 1, &pw_during) ||
                            (i > 1 && is_word(&c, i - 1, &pw_of) &&
                             (is_word(&c, i - 2, &pw_end) || is_word(&c, i - 2, &pw_month)))));
            /* a month abbreviation must be followed by '.' or a day */
            bool abbrev = t[i].len <= 4 && !str_ieq(s + t[i].off, t[i].len, "may") &&
                          !str_ieq(s + t[i].off, t[i].len, "june") && !str_ieq(s + t[i].off, t[i].len, "july");
            /* (or a year: "Sept 2000", "Dec 2008") */
            /* (or a day before it: "24th Feb, 2024") */
            bool day_first = i > 0 && day_at(&c, i - 1) && ((t[i - 1].flags & TF_MONTHDAY) || t[i - 1].kind == TK_SKIP);
            if (!may_ok || (abbrev && !d && !is_punct(&c, i + 1, '.') && !is_year(&c, j) && !day_first))
                continue;
            e.when.m = m;
            e.first = lead_in(&c, i, &e.flags);
            e.last = i;
            /* "in the first 15 days of January": the month to that day */
            int fd = !d && e.first == i && i >= 4 && is_word(&c, i - 1, &pw_of) && t[i - 2].kind == TK_WORD &&
                             str_ieq(s + t[i - 2].off, t[i - 2].len, "days") && is_word(&c, i - 4, &pw_first)
                         ? count_at(&c, i - 3)
                         : 0;
            if (fd >= 1 && fd <= 31) {
                e.when.d = fd;
                e.flags |= DF_DAY_RANGE; /* (days 1 to fd: a span, no one day) */
                e.first = i - 4;
                if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                    e.first--;
                if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_in) || is_word(&c, e.first - 1, &pw_during) ||
                                     is_word(&c, e.first - 1, &pw_over))) {
                    e.first--;
                    e.flags |= DF_LEAD;
                }
            }
            if (d) {
                e.when.d = d;
                e.last = j;
                j++;
                if (is_punct(&c, j, ','))
                    j++;
                /* "August 17 to 25", "Nov.19 to 21" (or "between Nov 1 and
                 * Nov 11", "from Nov. 1 through Nov. 11") */
                bool joins = is_word(&c, j, &pw_to) || (is_word(&c, j, &pw_and) && i > 0 && is_word(&c, i - 1, &pw_between)) ||
                             is_word(&c, j, &pw_through);
                /* (or a dash glued between the days: "June 1-18") */
                bool dash = is_punct(&c, j, '-') && j + 1 < c.n && t[j].off == t[j - 1].off + t[j - 1].len &&
                            t[j + 1].off == t[j].off + 1;
                if ((joins || dash) && day_at(&c, j + 1) > d) {
                    e.flags |= DF_DAY_RANGE;
                    e.last = j + 1;
                    j += 2;
                    if (is_punct(&c, j, ','))
                        j++;
                }
                /* "from Nov 1 to Nov 11" (a month's days), "Oct 20 to Nov
                 * 11" (more than a month's: the year) */
                else if (joins && month_at(&c, j + 1)) {
                    int m2 = month_at(&c, j + 1);
                    size_t k2 = j + 2;
                    if (is_punct(&c, k2, '.'))
                        k2++;
                    int d2 = day_at(&c, k2);
                    if (d2 && (m2 > m || (m2 == m && d2 > d))) {
                        e.flags |= DF_DAY_RANGE;
                        if (m2 != m)
                            e.flags |= DF_MONTH_RANGE;
                        e.last = k2;
                        j = k2 + 1;
                        if (is_punct(&c, j, ','))
                            j++;
                    }
                }
                if (is_year(&c, j)) {
                    e.when.y = (int)t[j].value;
                    e.last = j;
                } else if (is_word(&c, j, &pw_in) && is_year(&c, j + 1)) {
                    /* ("on May 29 in 2013") */
                    e.when.y = (int)t[j + 1].value;
                    e.last = j + 1;
                } else if (i >= 2 && is_word(&c, i - 1, &pw_year) && (t[i - 1].flags & TF_POSSESSIVE) &&
                           (is_word(&c, i - 2, &pw_last) || is_word(&c, i - 2, &pw_previous))) {
                    /* ("last year's Nov. 11 sales": that day of the year
                     * before, as "last year's Singles' Day") */
                    e.rel = DR_PREV_YEAR;
                    e.first = i - 2;
                }
            } else if ((is_punct(&c, j, '-') || is_word(&c, j, &pw_to)) && month_at(&c, j + 1) > m &&
                       !day_at(&c, j + 2)) {
                /* "in January-October (2010)", "January to June": months
                 * from the year's start, dated by the last */
                e.when.m = month_at(&c, j + 1);
                e.last = j + 1;
                if (m == 1)
                    e.flags |= DF_TO_MONTH;
                if (is_year(&c, j + 2)) {
                    e.when.y = (int)t[j + 2].value;
                    e.last = j + 2;
                }
            } else if (is_year(&c, j)) {
                e.when.y = (int)t[j].value;
                e.last = j;
            } else if (!d && is_punct(&c, j, ',') && is_year(&c, j + 1) && t[i].len >= 3 &&
                       (e.first < i || (i > 0 && is_word(&c, i - 1, &pw_of)))) {
                /* (the month led, a comma before its year: "By the end of
                 * June, 2002, the number of Internet users") */
                e.when.y = (int)t[j + 1].value;
                e.last = j + 1;
            } else if (!d && day_first && is_punct(&c, j, ',') && is_year(&c, j + 1)) {
                /* (the day first, a comma before the year: "24th Feb,
                 * 2024") */
                e.when.y = (int)t[j + 1].value;
                e.last = j + 1;
            } else if (is_word(&c, j, &pw_in) && is_year(&c, j + 1) && !d) {
                /* ("By the middle of February in 2014": the month of that
                 * year) */
                e.when.y = (int)t[j + 1].value;
                e.last = j + 1;
            } else if (j + 1 < n && t[j].kind == TK_WORD && str_ieq(s + t[j].off, t[j].len, "quarter") &&
                       is_year(&c, j + 1)) {
                /* "the December quarter 2014": the quarter that month ends */
                e.when.y = (int)t[j + 1].value;
                e.last = j + 1;
            }
            /* "19 April 2014", "10th March", "the 1st of July": the day came first */
            if (!e.when.d && day_first) {
                e.when.d = day_at(&c, i - 1);
                unsigned fl = 0;
                e.first = lead_in(&c, i - 1, &fl);
                e.flags |= fl;
                /* (days before their month, "1-11 November": a span) */
                if (i >= 3 && is_punct(&c, i - 2, '-') && t[i - 2].off == t[i - 3].off + t[i - 3].len &&
                    t[i - 1].off == t[i - 2].off + 1 && day_at(&c, i - 3) && day_at(&c, i - 3) < e.when.d) {
                    e.flags |= DF_DAY_RANGE;
                    fl = 0;
                    e.first = lead_in(&c, i - 3, &fl);
                    e.flags |= fl;
                }
            } else if (!e.when.d && i > 1 && is_word(&c, i - 1, &pw_of) && t[i - 2].kind == TK_SKIP &&
                       day_at(&c, i - 2)) {
                e.when.d = day_at(&c, i - 2);
                size_t f0 = i - 2;
                if (f0 > 0 && is_word(&c, f0 - 1, &pw_the))
                    f0--;
                unsigned fl = 0;
                e.first = lead_in(&c, f0, &fl);
                e.flags |= fl;
            }
            if (e.flags & DF_DAY_RANGE)
                e.when.d = 0;
            if (e.flags & DF_MONTH_RANGE)
                e.when.m = 0;
            /* the end of a year's last month is the year's end (and so is
             * a December a count stood "by": "By December 2015 the country
             * had 688 million Internet users") */
            if (((e.flags & DF_END_OF) || (e.first < e.last && is_word(&c, e.first, &pw_by))) &&
                e.when.m == 12 && !e.when.d) {
                e.when.m = 0;
                e.flags |= DF_DECEMBER;
            }
            /* (and so is the end of its last day: "By the end of December
             * 31, 2003, there were 79.50 million Internet users"; a count
             * "as of December 31, 2019" keeps its day, as one as of any
             * other day does) */
            bool as_lead = false;
            for (size_t q = e.first; q < e.last && q < e.first + 3 && !as_lead; q++)
                as_lead = is_word(&c, q, &pw_as) || (is_word(&c, q, &pw_up) && is_word(&c, q + 1, &pw_to));
            /* (nor a count stood "by" it: "By December 31, 2006, the total
             * number of Internet users had reached 137 million") */
            if (((e.flags & DF_END_OF) || (e.first < e.last && is_word(&c, e.first, &pw_by))) && !as_lead &&
                e.when.m == 12 && e.when.d == 31 && !e.when.y2 && !(e.flags & (DF_SPAN_DAY | DF_FISCAL))) {
                e.when.m = 0;
                e.when.d = 0;
                e.flags |= DF_DECEMBER;
            }
            push(out, e);
            i = e.last;
            continue;
        }
        /* "1998.12.31", "(1999.1)": a date written with dots, the year
         * first (a whole date, or a year and month alone in brackets) */
        int dm, dy = dotted_date(&c, i, &dm);
        if (dy) {
            e.when.y = dy;
            e.when.m = dm;
            e.first = e.last = i;
            e.when.d = period_dotted_day(s, t, i, n);
            if (e.when.d)
                e.last = i + 2;
            unsigned fl = 0;
            e.first = lead_in(&c, i, &fl);
            e.flags |= fl;
            push(out, e);
            i = e.last;
            continue;
        }
        /* "at constant 2010 prices": a year prices are measured in, no time */
        if (is_year(&c, i) && i + 1 < n && t[i + 1].kind == TK_WORD &&
            (str_ieq(s + t[i + 1].off, t[i + 1].len, "prices") || str_ieq(s + t[i + 1].off, t[i + 1].len, "price") ||
             str_ieq(s + t[i + 1].off, t[i + 1].len, "dollars")))
            continue;
        /* "(PBOC, 2020)", "(Weibo Corporation, 2020)": a source's year, a
         * citation, no time of the text's */
        if (is_year(&c, i) && citation_year(&c, i))
            continue;
        /* (a base year of prices is no time: "calculated at 2000 constant
         * prices") */
        if (is_year(&c, i) && !(t[i].flags & TF_MONTHDAY) &&
            (is_word(&c, i + 1, &pw_constant) || is_word(&c, i + 1, &pw_prices)))
            continue;
        if (is_year(&c, i) && !(t[i].flags & TF_MONTHDAY)) {
            e.when.y = (int)t[i].value;
            e.first = lead_in(&c, i, &e.flags);
            e.last = i;
            /* ("mid-2003", "in mid 2003": the year's middle, June) */
            if ((i >= 2 && is_punct(&c, i - 1, '-') && is_word(&c, i - 2, &pw_mid)) ||
                (i >= 1 && is_word(&c, i - 1, &pw_mid)))
                e.when.m = 6;
            /* (a quarter's: the month it ends with) */
            size_t qf = i;
            int qm = quarter_month(&c, i, &qf);
            if (qm) {
                e.when.m = qm;
                e.flags |= DF_QUARTER_YEAR;
                if (qf < e.first)
                    e.first = qf;
            }
            /* ("in the first ten months of 2019": to its last month) */
            else {
                unsigned pf = 0;
                part_of_year(&c, i, &pf, &e.when.m);
                e.flags |= pf & DF_TO_MONTH;
            }
            /* ("in the same period of 2012", after "the first ten months
             * of 2013": the same months of it) */
            /* (or a half, a quarter: "in the first half of 2018 ..., compared
             * with ... in the same period of 2017", "the same quarter of
             * 2018") */
            bool same = !e.when.m && i >= 3 && is_word(&c, i - 1, &pw_of) &&
                        (is_word(&c, i - 2, &pw_period) || is_word(&c, i - 2, &pw_quarter) ||
                         is_word(&c, i - 2, &pw_half)) &&
                        is_word(&c, i - 3, &pw_same);
            if (same && out->n &&
                (out->v[out->n - 1].flags & (DF_TO_MONTH | DF_FIRST_HALF | DF_QUARTER | DF_QUARTER_END | DF_QUARTER_YEAR)) &&
                (out->v[out->n - 1].when.m || (out->v[out->n - 1].flags & DF_FIRST_HALF)) &&
                !out->v[out->n - 1].when.d) {
                e.when.m = out->v[out->n - 1].when.m;
                e.flags |= out->v[out->n - 1].flags & (DF_TO_MONTH | DF_FIRST_HALF | DF_QUARTER | DF_QUARTER_END);
            } else if (same) {
                e.flags |= DF_SAME_PERIOD; /* (of the months the text speaks of, named elsewhere) */
                /* (its words with it: "in the same quarter of 2020") */
                e.first = i - 3;
                if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                    e.first--;
                led_by_in(&c, &e, false);
            }
            /* ("by the end of 2014's second quarter": the quarter of that
             * year, by its last month) */
            size_t pq = i + 3;
            if (!e.when.m && pq + 1 < n && is_punct(&c, i + 1, '\'') && t[i + 2].kind == TK_WORD &&
                t[i + 2].len == 1 && (s[t[i + 2].off] == 's' || s[t[i + 2].off] == 'S') && quarter_ordinal(&c, pq) &&
                is_word(&c, pq + 1, &pw_quarter)) {
                e.when.m = 3 * quarter_ordinal(&c, pq);
                e.flags |= DF_QUARTER_YEAR;
                e.last = pq + 1;
                push(out, e);
                i = e.last;
                continue;
            }
            /* "between 2011 and 2013", "from 2005 to 2011", "2007 to 2010" */
            if ((is_word(&c, i + 1, &pw_and) || is_word(&c, i + 1, &pw_to) || is_punct(&c, i + 1, '-')) &&
                is_year(&c, i + 2) && t[i + 2].value > t[i].value &&
                (is_word(&c, i + 1, &pw_to) || is_punct(&c, i + 1, '-') || (i > 0 && is_word(&c, i - 1, &pw_between)))) {
                if (i > 0 && is_word(&c, i - 1, &pw_between))
                    e.first = i - 1;
                e.when.y2 = (int)t[i + 2].value;
                e.last = i + 2;
            } else if (is_punct(&c, i + 1, '-') && day_at(&c, i + 2) && day_at(&c, i + 2) <= 12 &&
                       is_punct(&c, i + 3, '-') && day_at(&c, i + 4)) {
                e.when.m = day_at(&c, i + 2); /* ISO 2014-03-31 */
                e.when.d = day_at(&c, i + 4);
                e.last = i + 4;
            }
            push(out, e);
            i = e.last;
            continue;
        }
        /* "in the first ten months": from the year's start to its tenth
         * month, of the year spoken of (not "of 2019", read at the year;
         * six is the first half, the year's) */
        if (first_months(&c, i) && first_months(&c, i) != 6 && !is_word(&c, i + 1, &pw_of)) {
            e.when.m = first_months(&c, i);
            e.flags |= DF_TO_MONTH;
            e.first = i - 2;
            e.last = i;
            if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                e.first--;
            led_by_in(&c, &e, false);
            push(out, e);
            continue;
        }
        /* "now", "currently", "so far", "at present", "to date" */
        if (is_word(&c, i, &pw_now) || is_word(&c, i, &pw_currently) || is_word(&c, i, &pw_presently) ||
            (is_word(&c, i, &pw_far) && i > 0 && is_word(&c, i - 1, &pw_so)) ||
            (is_word(&c, i, &pw_present) && i > 0 && is_word(&c, i - 1, &pw_at))) {
            /* (not a name's new one: "Taobao Mall, now Tmall,", "(now
             * Ant Group)") */
            if (is_word(&c, i, &pw_now) && i > 0 && (is_punct(&c, i - 1, ',') || is_punct(&c, i - 1, '(')) &&
                i + 1 < c.n && c.t[i + 1].kind == TK_WORD && (c.t[i + 1].flags & TF_CAP))
                continue;
            e.rel = DR_NOW;
            e.first = (is_word(&c, i, &pw_far) || is_word(&c, i, &pw_present)) ? i - 1 : i;
            e.last = i;
            e.flags = DF_LEAD;
            push(out, e);
            continue;
        }
        /* "ten years ago", "a decade ago", "two decades ago": years back
         * from the time of writing (an offset of DR_AHEAD below zero) */
        if (i >= 1 && is_word(&c, i + 1, &pw_ago) &&
            (is_word(&c, i, &pw_years) || is_word(&c, i, &pw_decade) || is_word(&c, i, &pw_decades))) {
            int per = is_word(&c, i, &pw_years) ? 1 : 10;
            size_t q = i - 1;
            int num = is_word(&c, q, &pw_a) && per == 10 ? 1 : count_at(&c, q);
            if (num > 0 && num * per <= 100) {
                e.rel = DR_AHEAD;
                e.when.y = -num * per;
                e.first = q;
                e.last = i + 1;
                e.flags = DF_LEAD;
                push(out, e);
                i = e.last;
                continue;
            }
        }
        /* "in five years", "within the next 3 years": a target ahead */
        if (is_word(&c, i, &pw_years) && i >= 2) {
            size_t q = i - 1;
            int yrs = count_at(&c, q);
            size_t p0 = q;
            if (p0 >= 1 && is_word(&c, p0 - 1, &pw_next))
                p0--;
            if (p0 >= 1 && is_word(&c, p0 - 1, &pw_the))
                p0--;
            if (yrs > 0 && p0 >= 1 && (is_word(&c, p0 - 1, &pw_in) || is_word(&c, p0 - 1, &pw_within))) {
                e.rel = DR_AHEAD;
                e.when.y = yrs;
                e.first = p0 - 1;
                e.last = i;
                e.flags = DF_LEAD;
                push(out, e);
                continue;
            }
        }
        /* "a year later", "one year later", "twelve months later", "(in)
         * the following year": the year after the one spoken of */
        bool later = is_word(&c, i, &pw_later) && i >= 2 &&
                     ((is_word(&c, i - 1, &pw_year) && (is_word(&c, i - 2, &pw_a) || count_at(&c, i - 2) == 1)) ||
                      (t[i - 1].kind == TK_WORD && str_ieq(s + t[i - 1].off, t[i - 1].len, "months") &&
                       count_at(&c, i - 2) == 12));
        bool following = !later && is_word(&c, i, &pw_year) && i >= 2 && is_word(&c, i - 1, &pw_following) &&
                         is_word(&c, i - 2, &pw_the) && !(t[i].flags & TF_POSSESSIVE);
        /* ("five years later": that many years after) */
        int years_on = is_word(&c, i, &pw_later) && i >= 2 && t[i - 1].kind == TK_WORD &&
                               str_ieq(s + t[i - 1].off, t[i - 1].len, "years") && count_at(&c, i - 2) >= 2 &&
                               count_at(&c, i - 2) <= 30
                           ? count_at(&c, i - 2)
                           : 0;
        if (later || following || years_on) {
            e.rel = DR_NEXT_YEAR;
            e.when.y = years_on; /* (0: one) */
            e.first = i - 2;
            e.last = i;
            if (following)
                led_by_in(&c, &e, false);
            push(out, e);
            continue;
        }
        /* "six months ago": that many months before the time of writing */
        if (i >= 2 && is_word(&c, i, &pw_ago) && t[i - 1].kind == TK_WORD &&
            str_ieq(s + t[i - 1].off, t[i - 1].len, "months")) {
            int nm = count_at(&c, i - 2);
            if (nm >= 1 && nm <= 11) {
                e.rel = DR_PREV_MONTH;
                e.when.m = nm;
                e.first = i - 2;
                e.last = i;
                e.flags = DF_WRITING | DF_LEAD;
                /* (the base of a comparison: "36000 more than six months
                 * ago", "up 5 percent from six months ago") */
                if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_from) || is_word(&c, e.first - 1, &pw_than) ||
                                     is_word(&c, e.first - 1, &pw_over))) {
                    e.first--;
                    e.flags = DF_WRITING | DF_COMPARE;
                }
                push(out, e);
                continue;
            }
        }
        /* "half a year ago": six months */
        if (i >= 3 && is_word(&c, i, &pw_ago) && is_word(&c, i - 1, &pw_year) && is_word(&c, i - 2, &pw_a) &&
            is_word(&c, i - 3, &pw_half)) {
            e.rel = DR_PREV_MONTH;
            e.when.m = 6;
            e.first = i - 3;
            e.last = i;
            /* (the base of a comparison, as "a year ago" is: "up 17.5
             * percent from half a year ago") */
            e.flags = DF_WRITING | DF_COMPARE;
            if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_from) || is_word(&c, e.first - 1, &pw_than) ||
                                 is_word(&c, e.first - 1, &pw_over)))
                e.first--;
            push(out, e);
            continue;
        }
        /* "Two months earlier Tencent had paid ...": opening its sentence,
         * that many months before the date spoken of last */
        /* (or the base of a comparison: "a 10% increase from 6 months
         * earlier", "than three months before") */
        /* (a count of them: "a month earlier" is read where it is compared
         * with, as the changes' own base) */
        bool base_of = i >= 2 && (is_word(&c, i - 2, &pw_from) || is_word(&c, i - 2, &pw_than) ||
                                  is_word(&c, i - 2, &pw_over)) &&
                       count_at(&c, i - 1) >= 2;
        if (i >= 1 && i + 1 < n && (is_word(&c, i + 1, &pw_earlier) || is_word(&c, i + 1, &pw_before)) &&
            t[i].kind == TK_WORD &&
            (str_ieq(s + t[i].off, t[i].len, "months") || str_ieq(s + t[i].off, t[i].len, "month")) &&
            (i == 1 || (c.t[i - 2].flags & TF_SENT_END) || base_of)) {
            int nm = count_at(&c, i - 1);
            if (str_ieq(s + t[i - 1].off, t[i - 1].len, "a") || str_ieq(s + t[i - 1].off, t[i - 1].len, "one"))
                nm = 1;
            if (nm >= 1 && nm <= 11) {
                e.rel = DR_PREV_MONTH;
                e.when.m = nm;
                e.first = i - 1;
                e.last = i + 1;
                e.flags = DF_LEAD;
                if (base_of && !(i == 1 || (c.t[i - 2].flags & TF_SENT_END))) {
                    e.first = i - 2;
                    e.flags = DF_COMPARE;
                }
                push(out, e);
                continue;
            }
        }
        /* "this month": the month of writing, no month before it */
        if (i >= 1 && is_word(&c, i, &pw_month) && is_word(&c, i - 1, &pw_this) && !(t[i].flags & TF_POSSESSIVE)) {
            e.rel = DR_PREV_MONTH;
            e.when.m = -1;
            e.first = i - 1;
            e.last = i;
            e.flags = DF_WRITING;
            push(out, e);
            continue;
        }
        /* "last month" (not "the last month", the past thirty days): the
         * month before the time of writing */
        if (i >= 1 && is_word(&c, i, &pw_month) && is_word(&c, i - 1, &pw_last) &&
            !(i >= 2 && is_word(&c, i - 2, &pw_the))) {
            e.rel = DR_PREV_MONTH;
            e.first = i - 1;
            e.last = i;
            e.flags = DF_WRITING;
            push(out, e);
            continue;
        }
        /* "this year's first quarter", "last year's fourth quarter": a
         * quarter of the year of writing (or of the one before it), by
         * its last month */
        if (i >= 1 && i + 2 < n && is_word(&c, i, &pw_year) && (t[i].flags & TF_POSSESSIVE) &&
            quarter_ordinal(&c, i + 1) && is_word(&c, i + 2, &pw_quarter) &&
            (is_word(&c, i - 1, &pw_this) || is_word(&c, i - 1, &pw_last) || is_word(&c, i - 1, &pw_previous))) {
            e.rel = is_word(&c, i - 1, &pw_this) ? DR_SAME_YEAR : DR_PREV_YEAR;
            e.when.m = 3 * quarter_ordinal(&c, i + 1);
            e.first = i - 1;
            e.last = i + 2;
            e.flags = DF_QUARTER_YEAR;
            /* ("this year's", "last year's": of the time of writing; "the
             * previous year's": of the year spoken of) */
            if (!is_word(&c, i - 1, &pw_previous))
                e.flags |= DF_WRITING;
            else if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                e.first--;
            end_or_led(&c, &e, true);
            push(out, e);
            i = e.last;
            continue;
        }
        /* "the previous year", "last year", "the same year", "a year earlier" */
        if (is_word(&c, i, &pw_year) || is_word(&c, i, &pw_years)) {
            bool prev = i >= 1 && (is_word(&c, i - 1, &pw_previous) || is_word(&c, i - 1, &pw_last) ||
                                   is_word(&c, i - 1, &pw_prior) || is_word(&c, i - 1, &pw_preceding));
            /* "a year earlier", "a year ago", "the year before": the base of a
             * comparison */
            /* (not "half a year ago": six months, below) */
            bool half = i >= 2 && is_word(&c, i - 2, &pw_half);
            if (!prev && !half && i >= 1 &&
                ((is_word(&c, i - 1, &pw_a) &&
                  (is_word(&c, i + 1, &pw_earlier) || is_word(&c, i + 1, &pw_ago) || is_word(&c, i + 1, &pw_before))) ||
                 (is_word(&c, i - 1, &pw_the) && (is_word(&c, i + 1, &pw_before) || is_word(&c, i + 1, &pw_earlier))))) {
                e.rel = DR_PREV_YEAR;
                e.first = i - 1;
                e.last = i + 1;
                e.flags = DF_COMPARE;
                if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_from) || is_word(&c, e.first - 1, &pw_than) ||
                                     is_word(&c, e.first - 1, &pw_over)))
                    e.first--;
                /* "A year ago, Alipay had 190 million mobile users": opening
                 * the sentence, it dates what follows */
                else if ((e.first == 0 || (c.t[e.first - 1].flags & TF_SENT_END)) && is_punct(&c, e.last + 1, ','))
                    e.flags = DF_LEAD;
                /* "a year ago": before the time of writing */
                if (is_word(&c, i + 1, &pw_ago))
                    e.flags |= DF_WRITING;
                push(out, e);
                continue;
            }
            bool same = i >= 1 && is_word(&c, i - 1, &pw_same);
            /* "this year": the year of writing */
            /* (not "this year's Singles Day": the day takes it) */
            bool this_year = i >= 1 && is_word(&c, i, &pw_year) && is_word(&c, i - 1, &pw_this) &&
                             !(t[i].flags & TF_POSSESSIVE);
            /* "in the first half of the year", "the fourth quarter of the
             * year", "the first quarter of this year": the year spoken of,
             * led */
            size_t part = i >= 2 && !prev && !same && (is_word(&c, i - 1, &pw_the) || this_year)
                              ? part_of_year(&c, i - 1, &e.flags, &e.when.m)
                              : i - 1;
            /* "at the start of the year", "at the beginning of this
             * year": the end of the year before the one spoken of (or
             * written in) */
            size_t at = i >= 5 && is_word(&c, i - 4, &pw_the) ? i - 5 : i - 4;
            if (is_word(&c, i, &pw_year) && !prev && !same && i >= 4 &&
                (is_word(&c, i - 1, &pw_the) || this_year) && is_word(&c, i - 2, &pw_of) &&
                t[i - 3].kind == TK_WORD &&
                (str_ieq(s + t[i - 3].off, t[i - 3].len, "start") ||
                 str_ieq(s + t[i - 3].off, t[i - 3].len, "beginning")) &&
                is_word(&c, at, &pw_at)) {
                e.rel = DR_PREV_YEAR;
                e.first = at;
                e.last = i;
                e.flags = DF_LEAD | (this_year ? DF_WRITING : 0);
                push(out, e);
                continue;
            }
            /* "by the end of the year", "at the end of this year": the
             * year spoken of (or written in), at its end */
            /* (or "by the end of that year": the year named before) */
            if (is_word(&c, i, &pw_year) && !prev && !same && i >= 4 &&
                (is_word(&c, i - 1, &pw_the) || is_word(&c, i - 1, &pw_that) || this_year) &&
                is_word(&c, i - 2, &pw_of) && is_word(&c, i - 3, &pw_end)) {
                e.rel = DR_SAME_YEAR;
                e.last = i;
                e.first = lead_in(&c, i - 1, &e.flags);
                if (this_year)
                    e.flags |= DF_WRITING;
                /* ("that year" is the last year named before it: "Launched
                 * in June 2013, ... by the end of that year") */
                /* (none named before it in the block: the year the text
                 * before spoke of, the reader's to find) */
                if (is_word(&c, i - 1, &pw_that)) {
                    int y = last_year_named(out);
                    e.flags |= DF_END_OF;
                    if (y) {
                        e.rel = DR_ABS;
                        e.when = (struct date){.y = y};
                    } else {
                        e.flags |= DF_THAT_YEAR;
                    }
                } else if (!this_year && out->n) {
                    /* ("the year" after a year its sentence names, as it
                     * opens: "Microblogging users jumped up in 2012, with
                     * 309 million at the end of the year") */
                    const struct date_expr *o = &out->v[out->n - 1];
                    bool named = o->rel == DR_ABS && o->when.y && !o->when.m && !o->when.y2 &&
                                !(o->flags & (DF_COMPARE | DF_BOUND | DF_FROM)) && o->last < e.first;
                    for (size_t j = o->last + 1; j < e.first && named; j++)
                        named = !(t[j].flags & TF_SENT_END);
                    if (named) {
                        e.rel = DR_ABS;
                        e.when = (struct date){.y = o->when.y};
                        e.flags |= DF_END_OF;
                    }
                }
                push(out, e);
                continue;
            }
            if (is_word(&c, i, &pw_year) && part < i - 1) {
                e.rel = DR_SAME_YEAR;
                e.first = part;
                e.last = i;
                if (this_year)
                    e.flags |= DF_WRITING;
                /* (a quarter of it, by its last month, as "the first
                 * quarter of 2018" is: "the first quarter of this year") */
                size_t qf = i - 1;
                int qm = quarter_month(&c, i - 1, &qf);
                if (qm) {
                    e.when.m = qm;
                    e.flags |= DF_QUARTER_YEAR;
                }
                led_by_in(&c, &e, false);
                push(out, e);
                continue;
            }
            /* "over the whole year", "for the full year": the year spoken of */
            if (is_word(&c, i, &pw_year) && i >= 2 && is_word(&c, i - 2, &pw_the) && t[i - 1].kind == TK_WORD &&
                (str_ieq(s + t[i - 1].off, t[i - 1].len, "whole") || str_ieq(s + t[i - 1].off, t[i - 1].len, "full") ||
                 str_ieq(s + t[i - 1].off, t[i - 1].len, "entire"))) {
                e.rel = DR_SAME_YEAR;
                e.first = i - 2;
                e.last = i;
                led_by_in(&c, &e, true);
                push(out, e);
                continue;
            }
            if (is_word(&c, i, &pw_years) || (!prev && !same && !this_year))
                continue;
            e.rel = prev ? DR_PREV_YEAR : DR_SAME_YEAR;
            e.first = i - 1;
            e.last = i;
            /* ("in the same year" is the last year named before it: "In
             * 2011, Alibaba joined ..., while it took part in a $100
             * million round for Meituan.com in the same year") */
            if (same && !prev && is_word(&c, i, &pw_year)) {
                size_t p = out->n;
                while (p > 0 && !(out->v[p - 1].rel == DR_ABS && out->v[p - 1].when.y && !out->v[p - 1].when.y2))
                    p--;
                if (p) {
                    e.rel = DR_ABS;
                    e.when = (struct date){.y = out->v[p - 1].when.y};
                }
            }
            if (this_year)
                e.flags |= DF_WRITING;
            /* "last year" (no "the"): the year before the time of writing */
            if (prev && is_word(&c, i - 1, &pw_last) && !(i >= 2 && is_word(&c, i - 2, &pw_the)))
                e.flags |= DF_WRITING;
            if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                e.first--;
            /* "over the same period of last year", "the same time last
             * year": a base of comparison */
            size_t sp = e.first;
            if (sp >= 1 && is_word(&c, sp - 1, &pw_of))
                sp--;
            /* (or "the same quarter last year", "the same month of the
             * previous year") */
            if (sp >= 2 &&
                (is_word(&c, sp - 1, &pw_period) || is_word(&c, sp - 1, &pw_time) ||
                 is_word(&c, sp - 1, &pw_quarter) || is_word(&c, sp - 1, &pw_month) || is_word(&c, sp - 1, &pw_half)) &&
                is_word(&c, sp - 2, &pw_same)) {
                e.first = sp - 2;
                if (e.first >= 1 && is_word(&c, e.first - 1, &pw_the))
                    e.first--;
                e.flags |= DF_COMPARE;
                if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_over) || is_word(&c, e.first - 1, &pw_from) ||
                                     is_word(&c, e.first - 1, &pw_than) || is_word(&c, e.first - 1, &pw_on) ||
                                     is_word(&c, e.first - 1, &pw_in) || is_word(&c, e.first - 1, &pw_with)))
                    e.first--;
                push(out, e);
                continue;
            }
            /* "at the end of last year", "over the end of the previous year" */
            if (e.first >= 3 && is_word(&c, e.first - 1, &pw_of) && is_word(&c, e.first - 2, &pw_end) &&
                is_word(&c, e.first - 3, &pw_the)) {
                e.flags |= DF_END_OF;
                e.first -= 3;
                if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_by) || is_word(&c, e.first - 1, &pw_at))) {
                    e.first--;
                    e.flags |= DF_LEAD;
                } else if (e.first >= 1 && is_word(&c, e.first - 1, &pw_since)) {
                    e.first--;
                    e.flags |= DF_COMPARE;
                }
            }
            if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_on) || is_word(&c, e.first - 1, &pw_from) ||
                                 is_word(&c, e.first - 1, &pw_over) || is_word(&c, e.first - 1, &pw_than) ||
                                 (is_word(&c, e.first - 1, &pw_with) && e.first >= 2 &&
                                  is_word(&c, e.first - 2, &pw_compared)))) {
                if (!(is_word(&c, e.first - 1, &pw_from) && prev && false))
                    e.flags |= DF_COMPARE;
                e.first--;
            } else if (e.first >= 2 && is_word(&c, e.first - 1, &pw_of) &&
                       (is_word(&c, e.first - 2, &pw_that) || is_word(&c, e.first - 2, &pw_those))) {
                /* "more than double that of the previous year": what the
                 * figure is set against */
                e.first -= 2;
                e.flags |= DF_COMPARE;
            } else if (e.first >= 1 && (is_word(&c, e.first - 1, &pw_in) || is_word(&c, e.first - 1, &pw_of))) {
                e.first--;
                e.flags |= DF_LEAD;
            }
            push(out, e);
        }
    }
    /* "in October last year", "in March this year", "in May of the
     * previous year": a month and the year it is of make one date */
    size_t w = 0;
    for (size_t r = 0; r < out->n; r++) {
        struct date_expr *a = &out->v[r];
        if (w > 0) {
            struct date_expr *m = &out->v[w - 1];
            size_t gap = a->first;
            if (gap > m->last + 1 && is_word(&c, gap, &pw_of))
                gap--; /* "of last year" */
            if (m->rel == DR_ABS && m->when.m && !m->when.y && !m->when.y2 && !(m->flags & (DF_COMPARE | DF_BOUND)) &&
                gap == m->last + 1 && (a->rel == DR_PREV_YEAR || a->rel == DR_SAME_YEAR) && a->when.y == 0 &&
                !(a->flags & DF_COMPARE)) {
                m->rel = a->rel;
                m->last = a->last;
                m->flags |= a->flags & DF_WRITING;
                continue;
            }
        }
        /* a year's figure set beside another's in brackets, "accounted
         * for 31.9% (2011: 20.0%)", is one compared with */
        if (a->rel == DR_ABS && a->first > 0 && (t[a->first - 1].flags & TF_OPEN) && a->last + 2 < n &&
            t[a->last + 1].kind == TK_PUNCT && s[t[a->last + 1].off] == ':' && t[a->last + 2].kind == TK_NUM)
            a->flags |= DF_COMPARE;
        out->v[w++] = *a;
    }
    out->n = w;
}

int period_weekday(int y, int m, int d)
{
    /* Sakamoto's method: 0 Sunday .. 6 Saturday, made 1 Monday .. 7 Sunday */
    static const int off[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 1 || m > 12)
        return 0;
    if (m < 3)
        y--;
    int w = (y + y / 4 - y / 100 + y / 400 + off[m - 1] + d) % 7;
    return w == 0 ? 7 : w;
}

int period_month_days(int y, int m)
{
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return len[m - 1] + (m == 2 && leap);
}

bool period_days_before(struct date *w, int days)
{
    if (!w->y || w->m < 1 || w->m > 12 || w->d < 1)
        return false;
    while (days-- > 0) {
        if (--w->d >= 1)
            continue;
        if (--w->m < 1) {
            w->m = 12;
            w->y--;
        }
        w->d = period_month_days(w->y, w->m);
    }
    return true;
}

bool period_resolve(const struct date_expr *e, const struct date *ctx, struct date *out)
{
    *out = e->when;
    if (e->rel == DR_WEEKDAY) {
        /* the last such day up to the context's date ("on Monday", written
         * on Tuesday 12 November 2013: the 11th) */
        if (!ctx || !ctx->y || !ctx->m || !ctx->d)
            return false;
        int back = e->when.d >= PERIOD_YESTERDAY ? e->when.d - PERIOD_YESTERDAY + 1
                                                 : (period_weekday(ctx->y, ctx->m, ctx->d) - e->when.d + 7) % 7;
        *out = *ctx;
        out->y2 = 0;
        return period_days_before(out, back);
    }
    if (e->rel == DR_NOW) {
        if (!ctx || ctx->y <= 0)
            return false;
        *out = *ctx;
        return true;
    }
    if (e->rel == DR_AHEAD) {
        if (!ctx || ctx->y <= 0)
            return false;
        memset(out, 0, sizeof *out);
        out->y = ctx->y + e->when.y;
        return true;
    }
    if (e->rel == DR_NEXT_YEAR) {
        if (!ctx || ctx->y <= 0)
            return false;
        memset(out, 0, sizeof *out);
        out->y = ctx->y + (e->when.y ? e->when.y : 1);
        return true;
    }
    if (e->rel == DR_PREV_MONTH) {
        if (!ctx || !ctx->y || !ctx->m)
            return false;
        memset(out, 0, sizeof *out);
        /* ("six months ago": six; "this month": none) */
        int back = e->when.m > 0 ? e->when.m : e->when.m < 0 ? 0 : 1;
        int mm = ctx->y * 12 + (ctx->m - 1) - back;
        out->y = mm / 12;
        out->m = mm % 12 + 1;
        return true;
    }
    if (e->rel == DR_PREV_YEAR || e->rel == DR_SAME_YEAR) {
        if (!ctx || ctx->y <= 0)
            return false;
        memset(out, 0, sizeof *out);
        out->y = ctx->y - (e->rel == DR_PREV_YEAR ? 1 : 0);
        out->m = e->when.m; /* (a month of it: "in October last year") */
        out->d = e->when.m ? e->when.d : 0;
        return true;
    }
    if (!out->y) {
        if (!ctx || ctx->y <= 0)
            return false;
        out->y = ctx->y;
    }
    return true;
}

bool date_contains(const struct date *a, const struct date *b)
{
    if (a->y2 || b->y2)
        return false;
    if (a->y != b->y)
        return false;
    if (a->m && a->m != b->m)
        return false;
    if (a->d && a->d != b->d)
        return false;
    return true;
}

void period_fmt(const struct date *d, char out[PERIOD_MAX])
{
    if (!d->y)
        out[0] = '\0';
    else if (d->y2)
        snprintf(out, PERIOD_MAX, "%04d/%04d", d->y, d->y2);
    else if (d->m && d->d)
        snprintf(out, PERIOD_MAX, "%04d-%02d-%02d", d->y, d->m, d->d);
    else if (d->m)
        snprintf(out, PERIOD_MAX, "%04d-%02d", d->y, d->m);
    else
        snprintf(out, PERIOD_MAX, "%04d", d->y);
}
