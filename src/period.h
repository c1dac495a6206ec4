/* period.h — dates written in prose, and the periods facts get.
 *
 * period_find() reads date expressions from a token array: "May 18",
 * "November 11, 2010", "19 April 2014", "February 2011", "early March",
 * "by the end of 2011", "2011", "between 2011 and 2013", "the previous
 * year", "the same year", "Jan.21" glued to a title.  A year left out
 * (y == 0) is supplied by the caller's context (heading, document).
 * period_fmt() prints "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY/YYYY". */
#ifndef CNS_PERIOD_H
#define CNS_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "scan.h"

struct date {
    int y, m, d; /* m, d: 0 when not stated */
    int y2;      /* end year of an interval, else 0 */
};

enum date_rel {
    DR_ABS,       /* a calendar date (maybe without its year) */
    DR_PREV_YEAR, /* "the previous year", "last year" */
    DR_SAME_YEAR, /* "the same year" */
    DR_NOW,       /* "now", "currently", "so far": the time of writing */
    DR_AHEAD,     /* "in five years": a target, when.y years after the context; "ten years ago": when.y < 0 */
    DR_WEEKDAY,   /* "on Monday": the last such day up to the time of writing; when.d is the day, 1 Monday .. 7,
                   * or PERIOD_YESTERDAY: the day before it (and PERIOD_YESTERDAY + n - 1: n days before) */
    DR_NEXT_YEAR, /* "a year later", "twelve months later", "the following year": the year after the context;
                   * "five years later": when.y years after it (when.y 0: one) */
    DR_PREV_MONTH, /* "last month": the month before the time of writing; when.m months before it ("six
                    * months ago"), none if when.m < 0 ("this month") */
};

enum {
    DF_END_OF = 1u << 0,     /* "by the end of", "at the end of" */
    DF_COMPARE = 1u << 1,    /* "on/from/over the previous year": a base of comparison */
    DF_FROM = 1u << 2,       /* "from ... to ..." day or year range start */
    DF_DAY_RANGE = 1u << 3,  /* "August 17 to 25": a span of days */
    DF_LEAD = 1u << 4,       /* led by in/on/by/as of/during */
    DF_BOUND = 1u << 5,      /* "before/after/since/until 2010": a bound, not a time */
    DF_MONTH_RANGE = 1u << 7, /* "Oct 20 to Nov 11": days of more than one month */
    DF_FISCAL = 1u << 8,     /* "the fiscal year ended March 31, 2017", "FY2015": a year, by its end */
    DF_DECEMBER = 1u << 9,   /* "the end of December": a year's end, named by its month */
    DF_FIRST_HALF = 1u << 10, /* "the first half of", "the first six months of": the year's, to June */
    DF_QUARTER = 1u << 11,   /* "in the fourth quarter" with no year: its last month, the year the context's */
    DF_WRITING = 1u << 6,    /* "last year", "this year": of the time of writing, not of the last date */
    DF_QUARTER_END = 1u << 12, /* "the quarter ended Sept. 30, 2019": the quarter's month, no day */
    DF_TO_MONTH = 1u << 13,  /* "January-October", "the first ten months of": from the year's start */
    DF_SPAN_DAY = 1u << 14,  /* "the twelve months ended Sept. 30": the last day of a span, no day's own figure */
    DF_LAST_MONTH = 1u << 15, /* "last May": the latest May before the time spoken of */
    DF_QUARTER_YEAR = 1u << 16, /* "the third quarter of 2013", "Q3 2013": a quarter with its year, by its last month */
    DF_SAME_PERIOD = 1u << 17, /* "the same period of 2022", "the same quarter of 2020": its months another date's */
    DF_THAT_YEAR = 1u << 18, /* "the end of that year", no year named before it in its block: a block before's */
};

enum { PERIOD_YESTERDAY = 8 }; /* a DR_WEEKDAY's when.d: "yesterday"; PERIOD_YESTERDAY + n - 1: "n days ago" */

struct date_expr {
    size_t first, last; /* token indices, inclusive, preposition included */
    struct date when;
    enum date_rel rel;
    unsigned flags;
};

struct dates {
    struct date_expr *v;
    size_t n, cap;
};

void dates_init(struct dates *d);
void dates_fini(struct dates *d);

/* Find date expressions in t[0..n) of text s; appends to out (cleared). */
void period_find(const char *s, const struct token *t, size_t n, struct dates *out);
/* The year of a figure written as a year and a month with a dot,
 * "2013.12" or "1998.6" (the CNNIC's), its month in *m; 0 if t is none. */
int period_dotted(const char *s, const struct token *t, int *m);
/* The day glued by a dot after such a figure at t[i] ("1998.6.30": 30),
 * with t[0..n) the tokens; 0 if none. */
int period_dotted_day(const char *s, const struct token *t, size_t i, size_t n);

/* A quarter or half written short, w[0..len): "Q3" or "3Q", "H1" or "1H".
 * Its number, 'Q' or 'H' in *part; 0 if none. */
int period_short_name(const char *w, size_t len, char *part);
/* A quarter or half glued to its year, w[0..len): "3Q2013", "2Q14",
 * "1H15", or the year first, "2015Q1".  The year (1990-2100), 'Q' or 'H'
 * in *part and its number in *num; 0 if none. */
int period_glued(const char *w, size_t len, char *part, int *num);

/* The day of the week w[0..n) names: 1 "Monday" .. 7 "Sunday", 0 for any
 * other word; with cut, also cut short to 3 to 5 letters ("Wed", "Thurs"). */
int period_weekday_word(const char *w, size_t n, bool cut);
/* The day of the week of a date: 1 Monday .. 7 Sunday (0 for a bad month). */
int period_weekday(int y, int m, int d);
/* The days of month m of year y (0 for a bad month). */
int period_month_days(int y, int m);
/* Move a full date (y, m, d) back by days; false if it is not full. */
bool period_days_before(struct date *w, int days);

/* Fill in a missing year and resolve relative dates against ctx (a date
 * with a year).  Returns false if no year can be had. */
bool period_resolve(const struct date_expr *e, const struct date *ctx, struct date *out);

/* Granularity-aware: does a contain b ("2011" contains "2011-05-18")? */
bool date_contains(const struct date *a, const struct date *b);

#define PERIOD_MAX 24
void period_fmt(const struct date *d, char out[PERIOD_MAX]);

#endif
