/* check_period.c — date expressions (period.h): period_find on scanned
 * text, period_resolve against a context date, period_fmt, date_contains.
 * TRAPS.md section C (periods) and B11/B12 (glued dates, clock times). */
#include <check.h>
#include <string.h>

#include "period.h"
#include "scan.h"
#include "suites.h"

/* ---- helpers ---------------------------------------------------------------- */

static struct tokens tk;
static struct dates ds;
static const char *src;

static void setup(void)
{
    tokens_init(&tk);
    dates_init(&ds);
    src = NULL;
}

static void teardown(void)
{
    dates_fini(&ds);
    tokens_fini(&tk);
}

/* Scan s and find its dates; returns how many. */
static size_t find(const char *s)
{
    struct block b = {s, strlen(s), 1};
    src = s;
    scan_block(&b, &tk);
    period_find(s, tk.v, tk.n, &ds);
    return ds.n;
}

/* s must hold exactly one date expression; returns it. */
static const struct date_expr *one(const char *s)
{
    size_t n = find(s);
    ck_assert_msg(n == 1, "'%s': %zu date expressions, want 1", s, n);
    return &ds.v[0];
}

/* Check an absolute date: y, m, d (0 when not stated). */
static void is_ymd(const char *s, const struct date_expr *e, int y, int m, int d)
{
    ck_assert_msg(e->rel == DR_ABS, "'%s': rel %d, want DR_ABS", s, (int)e->rel);
    ck_assert_msg(e->when.y == y && e->when.m == m && e->when.d == d && e->when.y2 == 0,
                  "'%s': got y %d m %d d %d y2 %d, want y %d m %d d %d", s, e->when.y, e->when.m,
                  e->when.d, e->when.y2, y, m, d);
}

static const struct date_expr *one_ymd(const char *s, int y, int m, int d)
{
    const struct date_expr *e = one(s);
    is_ymd(s, e, y, m, d);
    return e;
}

/* The text of the tokens e spans, for checking first/last. */
static bool covers(const struct date_expr *e, const char *w)
{
    size_t a = tk.v[e->first].off, z = tk.v[e->last].off + tk.v[e->last].len;
    return z - a == strlen(w) && memcmp(src + a, w, z - a) == 0;
}

static struct date mk(int y, int m, int d)
{
    struct date x = {y, m, d, 0};
    return x;
}

/* ---- calendar dates ----------------------------------------------------------------- */

/* Years back from the time of writing: an offset below zero */
START_TEST(years_ago)
{
    const struct date_expr *e = one("ten years ago");
    ck_assert_int_eq(e->rel, DR_AHEAD);
    ck_assert_int_eq(e->when.y, -10);
    ck_assert(covers(e, "ten years ago"));
    e = one("a decade ago");
    ck_assert_int_eq(e->when.y, -10);
    e = one("two decades ago");
    ck_assert_int_eq(e->when.y, -20);
    struct date ctx = mk(2013, 0, 0), out;
    ck_assert(period_resolve(e, &ctx, &out));
    ck_assert_int_eq(out.y, 1993);
    /* "a year ago" stays a comparison's base */
    e = one("a year ago");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
}
END_TEST

/* A quarter or a half has no period of its own: the year, led in by the
 * whole phrase */
START_TEST(quarter_and_half)
{
    /* a quarter of a year: the month it ends with; a half: the year */
    const struct date_expr *e = one_ymd("in the fourth quarter of 2013", 2013, 12, 0);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in the fourth quarter of 2013"));
    e = one_ymd("during the first half of 2014", 2014, 0, 0);
    ck_assert(e->flags & DF_LEAD);
    e = one_ymd("in Q3 2015", 2015, 9, 0);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in Q3 2015"));
    e = one_ymd("Third Quarter 2018 Highlights", 2018, 9, 0);
    ck_assert(covers(e, "Third Quarter 2018"));
    e = one_ymd("September Quarter 2014 Results", 2014, 9, 0);
    ck_assert(covers(e, "September Quarter 2014"));
    /* no fourth half; a quarter of the market is no date */
    e = one_ymd("the fourth half of 2013", 2013, 0, 0);
    ck_assert(covers(e, "2013"));
    ck_assert_uint_eq(find("a quarter of the market"), 0);
}
END_TEST

/* A date written with dots, year first: whole, or a month in brackets;
 * a number with two decimals among figures is no date */
START_TEST(dotted_dates)
{
    one_ymd("as of 1998.12.31", 1998, 12, 31);
    one_ymd("(1998.6.30)", 1998, 6, 30);
    one_ymd("(1999.1)", 1999, 1, 0);
    ck_assert_uint_eq(find("sales of 2012.15 million yuan"), 0);
    ck_assert_uint_eq(find("2010.5 and 2011.3"), 0);
}
END_TEST

START_TEST(month_day)
{
    const struct date_expr *e = one_ymd("May 18", 0, 5, 18);
    ck_assert_uint_eq(e->flags, 0);
    ck_assert(covers(e, "May 18"));
    one_ymd("JUNE 5", 0, 6, 5);
    one_ymd("Sept. 5", 0, 9, 5);
    one_ymd("Mar 3", 0, 3, 3);
}
END_TEST

START_TEST(month_day_year)
{
    const struct date_expr *e = one_ymd("November 11, 2010", 2010, 11, 11);
    ck_assert(covers(e, "November 11, 2010"));
    one_ymd("record of RMB 2.91 billion during the Singles' Day on November 11, 2010.", 2010, 11, 11);
    one_ymd("May 18, 2011", 2011, 5, 18);
}
END_TEST

START_TEST(day_month_year)
{
    const struct date_expr *e = one_ymd("19 April 2014", 2014, 4, 19);
    ck_assert(covers(e, "19 April 2014"));
    e = one_ymd("*Caijing*, 19 April 2014.¹", 2014, 4, 19);
    ck_assert(covers(e, "19 April 2014"));
    e = one_ymd("on 19 April 2014", 2014, 4, 19);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "on 19 April 2014"));
    /* (a comma before the year, the month short after its day) */
    e = one_ymd("Pakistan Point News - 24th Feb, 2024)", 2024, 2, 24);
    ck_assert(covers(e, "24th Feb, 2024"));
    one_ymd("Monday, 13 June, 2016", 2016, 6, 13);
}
END_TEST

/* ordinal days, written before or after the month */
START_TEST(ordinal_days)
{
    const struct date_expr *e = one_ymd("On March 10th, 2012", 2012, 3, 10);
    ck_assert(covers(e, "On March 10th, 2012"));
    e = one_ymd("on 10th March", 0, 3, 10);
    ck_assert(covers(e, "on 10th March"));
    e = one_ymd("on the 1st of July 2013", 2013, 7, 1);
    ck_assert(covers(e, "on the 1st of July 2013"));
}
END_TEST

/* two quarters of a year listed: each by its last month */
START_TEST(two_quarters)
{
    const char *s = "grew 23.69% and 6.79% in the third and fourth quarters of 2017.";
    ck_assert_uint_eq(find(s), 2);
    is_ymd(s, &ds.v[0], 2017, 9, 0);
    is_ymd(s, &ds.v[1], 2017, 12, 0);
    ck_assert(covers(&ds.v[1], "fourth quarters of 2017"));
    /* (and the same quarter of a year, with its words) */
    const struct date_expr *e = one("from RMB26,547.7 million in the same quarter of 2020.");
    ck_assert(e->flags & DF_SAME_PERIOD);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in the same quarter of 2020"));
    /* ("up until" a date: as of it, no bound) */
    e = one("; up until March 2015 it had issued 270 payment licences");
    ck_assert(e->flags & DF_LEAD);
    ck_assert(!(e->flags & DF_BOUND));
    ck_assert(covers(e, "up until March 2015"));
}
END_TEST

/* the shopping festival is a day; a company's founding is no figure's time */
START_TEST(festival_and_founding)
{
    const struct date_expr *e = one_ymd("sales on Singles' Day 2014 hit", 2014, 11, 11);
    ck_assert(covers(e, "on Singles' Day 2014"));
    ck_assert(e->flags & DF_LEAD);
    one_ymd("this year's Singles Day", 0, 11, 11);
    one_ymd("during Double 11", 0, 11, 11);
    one_ymd("the Double Eleven festival", 0, 11, 11);
    e = one_ymd("Xiaomi, founded in 2010, raised", 2010, 0, 0);
    ck_assert(e->flags & DF_BOUND);
    e = one_ymd("a firm set up in 2004", 2004, 0, 0);
    ck_assert(e->flags & DF_BOUND);
}
END_TEST

START_TEST(month_year)
{
    const struct date_expr *e = one_ymd("in February 2011", 2011, 2, 0);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in February 2011"));
    one_ymd("December 2011", 2011, 12, 0);
    e = one_ymd("worth USD 60 million in December 2010", 2010, 12, 0); /* TRAPS C6 */
    ck_assert(e->flags & DF_LEAD);
    e = one_ymd("³ In March 2014", 2014, 3, 0);
    ck_assert(e->flags & DF_LEAD);
    /* (its year after "in": "By the middle of February in 2014", "on May
     * 29 in 2013") */
    e = one_ymd("the middle of February in 2014", 2014, 2, 0);
    ck_assert(covers(e, "February in 2014"));
    one_ymd("was founded on May 29 in 2013", 2013, 5, 29);
}
END_TEST

START_TEST(early_march)
{
    /* TRAPS C4: month level, the year comes from the context */
    const struct date_expr *e = one_ymd("In early March, Yu'e Bao had", 0, 3, 0);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "In early March"));
    one_ymd("mid-March 2014", 2014, 3, 0);
    one_ymd("as of March 31", 0, 3, 31);
    ck_assert(ds.v[0].flags & DF_LEAD);
}
END_TEST

START_TEST(year_alone)
{
    const struct date_expr *e = one_ymd("in 2011", 2011, 0, 0);
    ck_assert(e->flags & DF_LEAD);
    one_ymd("during 2012", 2012, 0, 0);
    one_ymd("as of 2013", 2013, 0, 0);
    /* not years */
    ck_assert_uint_eq(find("2,011 people"), 0);
    ck_assert_uint_eq(find("2011 million"), 0);
    ck_assert_uint_eq(find("in 1799"), 0);
}
END_TEST

START_TEST(iso_date)
{
    const struct date_expr *e = one_ymd("2014-03-31", 2014, 3, 31);
    ck_assert(covers(e, "2014-03-31"));
}
END_TEST

/* ---- "the end of" (TRAPS C5) --------------------------------------------------------------- */

START_TEST(end_of)
{
    const struct date_expr *e = one_ymd("by the end of 2011", 2011, 0, 0);
    ck_assert(e->flags & DF_END_OF);
    /* "that year" after a year its block names is that year; with none,
     * the reader's to find */
    ck_assert_uint_eq(find("Launched in June 2013, it grew by the end of that year"), 2);
    ck_assert_int_eq(ds.v[1].when.y, 2013);
    const struct date_expr *ty = one("It rose at the end of that year");
    ck_assert(ty->flags & DF_THAT_YEAR);
    ck_assert(ty->flags & DF_END_OF);
    e = one_ymd("by the end of 2011", 2011, 0, 0);
    ck_assert(covers(e, "by the end of 2011"));
    /* the end of December is the end of the year: both are period 2011 */
    e = one_ymd("by the end of December 2011", 2011, 0, 0);
    ck_assert(e->flags & DF_END_OF);
    ck_assert(covers(e, "by the end of December 2011"));
    /* any other month stays a month */
    e = one_ymd("By the end of October 2011", 2011, 10, 0);
    ck_assert(e->flags & DF_END_OF);
    e = one_ymd("at the end of 2011", 2011, 0, 0);
    ck_assert(e->flags & DF_END_OF);
    /* compared with: "more than that at the end of 2013" */
    e = one_ymd("than that at the end of 2013", 2013, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
    ck_assert(covers(e, "than that at the end of 2013"));
    e = one_ymd("than those in 2012", 2012, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
    e = one_ymd("that at the end of 2013", 2013, 0, 0);
    ck_assert(!(e->flags & DF_COMPARE));
    /* ... and "compared with that", "from those" */
    e = one_ymd("compared with that at the end of 2018", 2018, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
    ck_assert(covers(e, "compared with that at the end of 2018"));
    e = one_ymd("up from those in 2012", 2012, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
    /* "vs", "vs." (a slide's, a thread's) */
    e = one_ymd("+105.2% vs. 2008", 2008, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
    e = one_ymd("+3.4% vs 2020", 2020, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
}
END_TEST

/* ---- intervals and ranges -------------------------------------------------------------------- */

START_TEST(year_intervals)
{
    const struct date_expr *e = one("almost 500 percent growth between 2011 and 2013");
    ck_assert_int_eq(e->when.y, 2011);
    ck_assert_int_eq(e->when.y2, 2013);
    ck_assert(covers(e, "between 2011 and 2013"));

    e = one("(2007 to 2010)");
    ck_assert_int_eq(e->when.y, 2007);
    ck_assert_int_eq(e->when.y2, 2010);

    e = one("from 2005 to 2011");
    ck_assert_int_eq(e->when.y2, 2011);
    ck_assert(e->flags & DF_FROM);

    e = one("2011-2013");
    ck_assert_int_eq(e->when.y2, 2013);

    /* "and" without "between" is a list, not an interval */
    ck_assert_uint_eq(find("in 2011 and 2013"), 2);
    ck_assert_int_eq(ds.v[0].when.y2, 0);
    ck_assert_int_eq(ds.v[1].when.y, 2013);
}
END_TEST

START_TEST(day_range)
{
    /* TRAPS C11: a span of days has no single day */
    const struct date_expr *e = one("From August 17 to 25");
    ck_assert_int_eq(e->when.m, 8);
    ck_assert_int_eq(e->when.d, 0);
    ck_assert(e->flags & DF_DAY_RANGE);
    ck_assert(e->flags & DF_FROM);
    ck_assert(covers(e, "From August 17 to 25"));

    e = one("From Nov.19 to 21");
    ck_assert_int_eq(e->when.m, 11);
    ck_assert_int_eq(e->when.d, 0);
    ck_assert(e->flags & DF_DAY_RANGE);

    /* ("second-quarter revenue": the quarter of the text's year) */
    e = one("reported second-quarter revenue of 900.8 million yuan");
    ck_assert_int_eq(e->when.m, 6);
    ck_assert_int_eq(e->when.y, 0);
    ck_assert(e->flags & DF_QUARTER);

    /* ("in the first half", no year: June of the text's year, a first
     * half; "the first half of the year" is another form's) */
    e = one("rose to 7.09 trillion yuan in the first half.");
    ck_assert_int_eq(e->when.m, 6);
    ck_assert_int_eq(e->when.y, 0);
    ck_assert(e->flags & DF_FIRST_HALF);
    ck_assert(covers(e, "in the first half"));

    /* ("the third quarter of last year": one date, the quarter's month of
     * the year before; "of the market" leaves none) */
    e = one("a 71.5 per cent share in the third quarter of last year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 9);
    ck_assert(covers(e, "in the third quarter of last year"));
    /* ("in the first 15 days of January": a span of the month's days) */
    e = one("took in 64.7 billion yuan in the first 15 days of January");
    ck_assert_int_eq(e->when.m, 1);
    ck_assert(e->flags & DF_DAY_RANGE);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in the first 15 days of January"));
    /* ("at the end of the third quarter of 2019": led, its last month) */
    e = one("managed RMB 1.07 trillion at the end of the third quarter of 2019");
    is_ymd("at the end of the third quarter of 2019", e, 2019, 9, 0);
    ck_assert(e->flags & DF_END_OF);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "at the end of the third quarter of 2019"));
    e = one("in the first quarter of the previous year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 3);
    /* ("the end of June, 2002": a comma before the month's year) */
    e = one("By the end of June, 2002, the number of Internet users in China have reached 45.8 million");
    is_ymd("By the end of June, 2002", e, 2002, 6, 0);
    ck_assert(covers(e, "By the end of June, 2002"));
    /* ("the first half this year", "... last year": no "of" between) */
    e = one("rose to 211.8 billion yuan in the first half this year");
    ck_assert_int_eq(e->rel, DR_ABS);
    ck_assert_int_eq(e->when.m, 6);
    ck_assert(covers(e, "in the first half this year"));
    e = one("was 111.8 billion yuan in the first half last year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 6);
    /* ("last year's Nov. 11 sales": that day of the year before) */
    /* (the second of two: "than last year's" compares on its own) */
    ck_assert_uint_eq(find("39 percent more than last year's Nov. 11 sales of 120.7 billion yuan"), 2);
    e = &ds.v[1];
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 11);
    ck_assert_int_eq(e->when.d, 11);
    ck_assert(covers(e, "last year's Nov. 11"));
    /* ("Up to December 2018," opening the sentence: as "as of" it, the
     * month's end, and December's is the year's) */
    e = one("Up to December 2018, China had 829 million Internet users");
    is_ymd("Up to December 2018", e, 2018, 0, 0);
    ck_assert(e->flags & DF_END_OF);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "Up to December 2018"));
    e = one("in the second quarter of this year");
    ck_assert_int_eq(e->rel, DR_SAME_YEAR);
    ck_assert_int_eq(e->when.m, 6);
    ck_assert(e->flags & DF_WRITING);
    /* (a year's quarter by its possessive: of the year of writing, of the
     * year before it, of a year named) */
    e = one("against CNY1.7 trillion at the end of this year's first quarter, per");
    ck_assert_int_eq(e->rel, DR_SAME_YEAR);
    ck_assert_int_eq(e->when.m, 3);
    ck_assert(e->flags & DF_WRITING);
    ck_assert(e->flags & DF_END_OF);
    ck_assert(covers(e, "at the end of this year's first quarter"));
    e = one("rose 5% in last year's fourth quarter");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 12);
    ck_assert(e->flags & DF_WRITING);
    ck_assert(covers(e, "in last year's fourth quarter"));
    e = one("had surged to CNY574.2 billion by the end of 2014's second quarter, only");
    is_ymd("2014's second quarter", e, 2014, 6, 0);
    ck_assert(covers(e, "by the end of 2014's second quarter"));
    ck_assert_uint_eq(find("the first quarter of the market last year"), 1);
    ck_assert_int_eq(ds.v[0].when.m, 0);

    /* (a dash glued between the days) */
    e = one("during the festival (June 1-18)");
    ck_assert_int_eq(e->when.m, 6);
    ck_assert_int_eq(e->when.d, 0);
    ck_assert(e->flags & DF_DAY_RANGE);
    ck_assert(covers(e, "June 1-18"));

    e = one("From August 17 to 25, 2011");
    ck_assert_int_eq(e->when.y, 2011);
    ck_assert_int_eq(e->when.m, 8);
    ck_assert(e->flags & DF_DAY_RANGE);

    /* "at" a day leads it: "RMB 1.21 trillion at 30 June" ("as at" is
     * another lead) */
    e = one("compared with RMB 1.21 trillion at 30 June, a decline");
    ck_assert_int_eq(e->when.m, 6);
    ck_assert_int_eq(e->when.d, 30);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "at 30 June"));
    e = one("stood at June 30");
    ck_assert(covers(e, "at June 30"));

    /* ("through" joins them as "to" does) */
    e = one("orders placed from Nov. 1 through Nov. 11 totaled");
    ck_assert_int_eq(e->when.m, 11);
    ck_assert_int_eq(e->when.d, 0);
    ck_assert(e->flags & DF_DAY_RANGE);
    ck_assert(covers(e, "from Nov. 1 through Nov. 11"));
    /* (the days before their month: "1-11 November") */
    const struct date_expr *bm = one("- 1-11 November: sales");
    ck_assert_int_eq(bm->when.m, 11);
    ck_assert_int_eq(bm->when.d, 0);
    ck_assert(bm->flags & DF_DAY_RANGE);
}
END_TEST

/* ---- relative dates ---------------------------------------------------------------------- */

START_TEST(previous_and_same_year)
{
    const struct date_expr *e = one("the previous year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert(!(e->flags & DF_COMPARE));
    ck_assert(covers(e, "the previous year"));

    e = one("last year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);

    /* a base of comparison */
    e = one("an increase of 296% on the previous year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert(e->flags & DF_COMPARE);
    ck_assert(covers(e, "on the previous year"));
    e = one("compared with the previous year");
    ck_assert(e->flags & DF_COMPARE);

    /* TRAPS C7: "in the previous year" dates a value; it is no comparison */
    e = one("surged from 552 in the previous year to 18,132");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert(!(e->flags & DF_COMPARE));
    ck_assert(e->flags & DF_LEAD);

    /* a month and the year it is of are one date */
    e = one("became its controlling shareholder in October last year, paying");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 10);
    ck_assert(covers(e, "in October last year"));
    struct date ctx = {.y = 2014}, w;
    ck_assert(period_resolve(e, &ctx, &w));
    ck_assert(w.y == 2013 && w.m == 10 && w.d == 0);
    e = one("in March of the previous year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert_int_eq(e->when.m, 3);
    /* "the end of December": a year's end, named by its month */
    e = one("at the end of December");
    ck_assert_int_eq(e->when.m, 0);
    ck_assert(e->flags & DF_DECEMBER);

    /* "up 50.3% on 2013": a change on a year is a comparison */
    e = one("8.08 trillion yuan, up 50.3% on 2013, and");
    ck_assert(e->flags & DF_COMPARE);
    e = one("Tmall recorded sales on 11 November 2013");
    ck_assert(!(e->flags & DF_COMPARE));
    /* a day of the week: the last one up to the time of writing */
    e = one("Shoppers spent 35 billion yuan on Monday, up 83 percent");
    ck_assert_int_eq(e->rel, DR_WEEKDAY);
    ck_assert_int_eq(e->when.d, 1);
    ck_assert(covers(e, "on Monday"));
    struct date wr = {.y = 2013, .m = 11, .d = 12}; /* a Tuesday */
    ck_assert_int_eq(period_weekday(2013, 11, 12), 2);
    ck_assert(period_resolve(e, &wr, &w));
    ck_assert(w.y == 2013 && w.m == 11 && w.d == 11);
    struct date nyd = {.y = 2016, .m = 1, .d = 1}; /* a Friday: Monday was in December */
    ck_assert_int_eq(period_weekday(2016, 1, 1), 5);
    ck_assert(period_resolve(e, &nyd, &w));
    ck_assert(w.y == 2015 && w.m == 12 && w.d == 28);
    struct date leap = {.y = 2016, .m = 3, .d = 1};
    ck_assert(period_days_before(&leap, 1) && leap.m == 2 && leap.d == 29);
    ck_assert(!period_resolve(e, &ctx, &w)); /* (no day of writing: no date) */
    /* "H1 2019", "1H19": the first half, by its June as "the first half of
     * 2019" is */
    e = one("Online retail sales: RMB 4.82 trillion (H1 2019), +17.8% YoY");
    ck_assert(e->flags & DF_FIRST_HALF);
    ck_assert(covers(e, "H1 2019"));
    ck_assert_int_eq(e->when.y, 2019);
    e = one("revenue in 1H19 rose");
    ck_assert(e->flags & DF_FIRST_HALF);
    e = one("revenue in H2 2019 rose");
    ck_assert(!(e->flags & DF_FIRST_HALF));
    ck_assert_int_eq(e->when.y, 2019);
    /* "in the whole of 2015", "for the whole of 2015": that year */
    e = one_ymd("up from 16.4 trillion yuan in the whole of 2015", 2015, 0, 0);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in the whole of 2015"));
    e = one_ymd("revenue for the whole of 2015 was", 2015, 0, 0);
    ck_assert(covers(e, "for the whole of 2015"));
    /* "six months ago": that many months before the month of writing */
    e = one("Six months ago, CNNIC put the number at 751 million");
    ck_assert_int_eq(e->rel, DR_PREV_MONTH);
    ck_assert(covers(e, "Six months ago"));
    struct date jan31 = {.y = 2018, .m = 1, .d = 31};
    ck_assert(period_resolve(e, &jan31, &w));
    ck_assert(w.y == 2017 && w.m == 7 && w.d == 0);
    /* "the 2014 second quarter": the quarter of the year said before it */
    e = one_ymd("announced the 2014 second quarter payment system operating overall situation", 2014, 6, 0);
    ck_assert(e->flags & DF_QUARTER_YEAR);
    ck_assert(covers(e, "2014 second quarter"));
    /* "this month": the month of writing itself */
    e = one("its newly offered stock was priced this month at HK$123 apiece");
    ck_assert_int_eq(e->rel, DR_PREV_MONTH);
    ck_assert(covers(e, "this month"));
    ck_assert(period_resolve(e, &jan31, &w));
    ck_assert(w.y == 2018 && w.m == 1 && w.d == 0);
    /* "three days ago": that many days before the day of writing */
    e = one("Three days ago, Weibo made its debut on the NASDAQ");
    ck_assert_int_eq(e->rel, DR_WEEKDAY);
    ck_assert(covers(e, "Three days ago"));
    struct date apr20 = {.y = 2014, .m = 4, .d = 20};
    ck_assert(period_resolve(e, &apr20, &w));
    ck_assert(w.y == 2014 && w.m == 4 && w.d == 17);
    struct date mar2 = {.y = 2014, .m = 3, .d = 2};
    ck_assert(period_resolve(e, &mar2, &w));
    ck_assert(w.y == 2014 && w.m == 2 && w.d == 27);
    /* (a day's span is no date: "sold 8 million in two days") */
    ck_assert_uint_eq(find("sold 8 million phones in two days"), 0);
    /* (a weekday with its date is that date: "Monday, 20 August 2012") */
    ck_assert_uint_eq(find("on Monday, August 20, 2012"), 1);
    ck_assert_int_eq(ds.v[0].rel, DR_ABS);

    e = one("the same year");
    ck_assert_int_eq(e->rel, DR_SAME_YEAR);
    e = one("In the same year, the 39 listed Internet companies");
    ck_assert_int_eq(e->rel, DR_SAME_YEAR);
    ck_assert(covers(e, "In the same year"));

    ck_assert_uint_eq(find("in previous years"), 0);

    /* a date's possessive: "last year's 57.1 billion yuan" */
    e = one("compared with last year's 57.1 billion yuan");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert(e->flags & DF_COMPARE);
    /* bases: "the same period of last year", "since the end of 2008" */
    e = one("an increase of 14 million over the same period of last year");
    ck_assert_int_eq(e->rel, DR_PREV_YEAR);
    ck_assert(e->flags & DF_COMPARE);
    ck_assert(covers(e, "over the same period of last year"));
    e = one("a growth of 13.4% over the end of last year");
    ck_assert(e->flags & DF_COMPARE);
    ck_assert(e->flags & DF_END_OF);
    e = one_ymd("an increase of 13.8% since the end of 2008", 2008, 0, 0);
    ck_assert(e->flags & DF_COMPARE);
    /* a fiscal year by the year it ends: "the fiscal year ended December
     * 31, 2017", "FY2015", "FY15"; one that ends with another month, by
     * that month: "the fiscal year ended March 31, 2017" */
    e = one_ymd("revenue in the fiscal year ended December 31, 2017", 2017, 0, 0);
    ck_assert(e->flags & DF_FISCAL);
    ck_assert(e->flags & DF_LEAD);
    e = one_ymd("revenue in the fiscal year ended March 31, 2017", 2017, 3, 0);
    ck_assert(e->flags & DF_QUARTER_END);
    ck_assert(e->flags & DF_LEAD);
    e = one_ymd("revenue for FY2015", 2015, 0, 0);
    ck_assert(e->flags & DF_LEAD);
    one_ymd("In FY15 revenue rose", 2015, 0, 0);
    /* a calendar year: "in calendar 2013", "in calendar year 2013" */
    e = one_ymd("GMV reached 1.5 trillion yuan in calendar 2013", 2013, 0, 0);
    ck_assert(e->flags & DF_LEAD);
    ck_assert(covers(e, "in calendar 2013"));
    e = one_ymd("GMV reached 1.5 trillion yuan in calendar year 2013", 2013, 0, 0);
    ck_assert(covers(e, "in calendar year 2013"));
    /* "last May": a month of no year, the latest before the time spoken
     * of (not "May" alone, the verb) */
    e = one_ymd("a 28 percent stake for $294 million last May", 0, 5, 0);
    ck_assert(e->flags & DF_LAST_MONTH);
    ck_assert(covers(e, "last May"));
    ck_assert(!(e->flags & DF_COMPARE));
    /* (a base of comparison after "over", "from", "than") */
    e = one_ymd("an increase of 11.09 million over last December", 0, 12, 0);
    ck_assert(e->flags & DF_LAST_MONTH);
    ck_assert(e->flags & DF_COMPARE);
    ck_assert(covers(e, "over last December"));
    /* a year to a day: "in the year to June 30, 2023", as of that day,
     * the last of a span (no day's own figure) */
    e = one_ymd("587 million users in the year to June 30, 2023", 2023, 6, 30);
    ck_assert(e->flags & DF_SPAN_DAY);
    ck_assert(!(e->flags & DF_QUARTER_END));
    e = one_ymd("536.3 million buyers in the 12 months ended Sept. 30, 2019", 2019, 9, 30);
    ck_assert(e->flags & DF_SPAN_DAY);
    /* (so is "the twelve-month period ended", "the 12-month period
     * ended"; of three months, a quarter's month) */
    e = one_ymd("GMV in the twelve-month period ended September 30, 2019 was", 2019, 9, 30);
    ck_assert(e->flags & DF_SPAN_DAY);
    ck_assert(covers(e, "in the twelve-month period ended September 30, 2019"));
    e = one_ymd("GMV in the 12-month period ended September 30, 2019 was", 2019, 9, 30);
    ck_assert(e->flags & DF_SPAN_DAY);
    e = one_ymd("revenue in the three-month period ended June 30, 2019 was", 2019, 6, 0);
    ck_assert(e->flags & DF_QUARTER_END);
    /* (twelve months to December 31 of a year named are that year, as a
     * fiscal year is) */
    e = one("GMV in the twelve-month period ended December 31, 2019 was");
    ck_assert(e->flags & DF_FISCAL);
    ck_assert(!(e->flags & DF_SPAN_DAY));
    /* (a quarter to its day is the quarter's month) */
    e = one_ymd("2.14 billion transactions in the three months to June 30, 2019", 2019, 6, 0);
    ck_assert(e->flags & DF_QUARTER_END);
    ck_assert(!(e->flags & DF_SPAN_DAY));
    /* "in the first half of the year": the year spoken of */
    e = one("sales rose in the first half of the year");
    ck_assert_int_eq(e->rel, DR_SAME_YEAR);
    ck_assert(e->flags & DF_LEAD);
}
END_TEST

START_TEST(ahead)
{
    /* TRAPS C10: a target "in five years" */
    const struct date_expr *e = one("more than 100 million FTTH users in five years.");
    ck_assert_int_eq(e->rel, DR_AHEAD);
    ck_assert_int_eq(e->when.y, 5);
    ck_assert(covers(e, "in five years"));
    e = one("within the next 3 years");
    ck_assert_int_eq(e->rel, DR_AHEAD);
    ck_assert_int_eq(e->when.y, 3);
    ck_assert_uint_eq(find("five years"), 0); /* a duration, no target */
}
END_TEST

/* "a year later", "twelve months later", "the following year": the year
 * after the one spoken of */
START_TEST(year_after)
{
    const char *words[] = {"a year later", "twelve months later", "12 months later", "the following year"};
    for (size_t i = 0; i < 4; i++) {
        const struct date_expr *e = one(words[i]);
        ck_assert_msg(e->rel == DR_NEXT_YEAR, "%s", words[i]);
        ck_assert_msg(covers(e, words[i]), "%s", words[i]);
        struct date ctx = mk(2010, 12, 0), out;
        ck_assert(period_resolve(e, &ctx, &out));
        ck_assert_int_eq(out.y, 2011);
        ck_assert_int_eq(out.m, 0);
        ck_assert(!period_resolve(e, NULL, &out));
    }
    ck_assert_uint_eq(find("three months later"), 0); /* (no year's) */
}
END_TEST

START_TEST(now)
{
    const char *words[] = {"now", "currently", "so far", "at present"};
    for (size_t i = 0; i < 4; i++) {
        const struct date_expr *e = one(words[i]);
        ck_assert_msg(e->rel == DR_NOW, "%s", words[i]);
        ck_assert_msg(covers(e, words[i]), "%s", words[i]);
    }
}
END_TEST

START_TEST(bounds)
{
    const struct date_expr *e = one_ymd("before September 2010", 2010, 9, 0);
    ck_assert(e->flags & DF_BOUND);
    ck_assert(covers(e, "before September 2010"));
    e = one_ymd("since 2010", 2010, 0, 0);
    ck_assert(e->flags & DF_BOUND);
    e = one_ymd("until 2012", 2012, 0, 0);
    ck_assert(e->flags & DF_BOUND);
    ck_assert(!(e->flags & DF_LEAD));
}
END_TEST

/* ---- glued headings, clock times, "may" ------------------------------------------------------ */

START_TEST(glued_heading)
{
    ck_assert_uint_eq(find("Jan.21Tencent lunched WeChat on January 21"), 2);
    is_ymd("Jan.21", &ds.v[0], 0, 1, 21);
    ck_assert(covers(&ds.v[0], "Jan.21"));
    is_ymd("January 21", &ds.v[1], 0, 1, 21);
    ck_assert(ds.v[1].flags & DF_LEAD);
    ck_assert(covers(&ds.v[1], "on January 21"));

    one_ymd("May.18The first batch", 0, 5, 18);
    one_ymd("Dec.21Data on CSDN's 6 million users", 0, 12, 21);
    one_ymd("Nov.9 NDRC", 0, 11, 9);
    one_ymd("2011Internet companies launched", 2011, 0, 0);
}
END_TEST

START_TEST(clock_times)
{
    const struct date_expr *e = one_ymd("At 20:38, July 23, the D301 train", 0, 7, 23);
    ck_assert(covers(e, "July 23"));
    ck_assert_uint_eq(find("By 2:00 AM"), 0);
    ck_assert_uint_eq(find("between 23:00 pm to 5:00 am"), 0);
}
END_TEST

START_TEST(may_the_verb)
{
    ck_assert_uint_eq(find("it may grow"), 0);
    ck_assert_uint_eq(find("May grow further"), 0);
    ck_assert_uint_eq(find("Mar grew"), 0); /* an abbreviation needs '.' or a day */
    one_ymd("in May", 0, 5, 0);
    one_ymd("May 2011", 2011, 5, 0);
    ck_assert_uint_eq(find("May 32"), 0);
}
END_TEST

START_TEST(refind_clears)
{
    ck_assert_uint_eq(find("in 2011 and in 2012 and in 2013"), 3);
    ck_assert_uint_eq(find("nothing here"), 0);
    ck_assert_uint_eq(find(""), 0);
}
END_TEST

/* ---- period_resolve ------------------------------------------------------------------------ */

START_TEST(resolve_fills_year)
{
    struct date ctx = mk(2011, 0, 0), out;
    ck_assert(period_resolve(one("May 18"), &ctx, &out));
    ck_assert_int_eq(out.y, 2011);
    ck_assert_int_eq(out.m, 5);
    ck_assert_int_eq(out.d, 18);
    /* a stated year wins over the context (TRAPS C6) */
    ck_assert(period_resolve(one("November 11, 2010"), &ctx, &out));
    ck_assert_int_eq(out.y, 2010);
    ck_assert_int_eq(out.m, 11);
    /* no year anywhere */
    ck_assert(!period_resolve(one("May 18"), NULL, &out));
    struct date none = mk(0, 0, 0);
    ck_assert(!period_resolve(one("May 18"), &none, &out));
    /* a full date needs no context */
    ck_assert(period_resolve(one("2014-03-31"), NULL, &out));
    ck_assert_int_eq(out.d, 31);
}
END_TEST

START_TEST(resolve_relative)
{
    struct date ctx = mk(2011, 10, 0), out;
    ck_assert(period_resolve(one("the previous year"), &ctx, &out));
    ck_assert_int_eq(out.y, 2010);
    ck_assert_int_eq(out.m, 0); /* a year, not October of it */
    ck_assert_int_eq(out.d, 0);

    ck_assert(period_resolve(one("the same year"), &ctx, &out));
    ck_assert_int_eq(out.y, 2011);
    ck_assert_int_eq(out.m, 0);

    ck_assert(period_resolve(one("in five years"), &ctx, &out));
    ck_assert_int_eq(out.y, 2016);
    ck_assert_int_eq(out.m, 0);

    struct date written = mk(2014, 6, 11);
    ck_assert(period_resolve(one("now"), &written, &out));
    ck_assert_int_eq(out.y, 2014);
    ck_assert_int_eq(out.m, 6);
    ck_assert_int_eq(out.d, 11);

    ck_assert(!period_resolve(one("the previous year"), NULL, &out));
    ck_assert(!period_resolve(one("in five years"), NULL, &out));
    ck_assert(!period_resolve(one("now"), NULL, &out));
}
END_TEST

/* ---- period_fmt and date_contains ------------------------------------------------------------ */

START_TEST(fmt)
{
    char b[PERIOD_MAX];
    struct date d = mk(2011, 0, 0);
    period_fmt(&d, b);
    ck_assert_str_eq(b, "2011");
    d = mk(2011, 5, 0);
    period_fmt(&d, b);
    ck_assert_str_eq(b, "2011-05");
    d = mk(2011, 5, 18);
    period_fmt(&d, b);
    ck_assert_str_eq(b, "2011-05-18");
    d = mk(2011, 0, 0);
    d.y2 = 2013;
    period_fmt(&d, b);
    ck_assert_str_eq(b, "2011/2013");
    d = mk(0, 5, 18);
    period_fmt(&d, b);
    ck_assert_str_eq(b, "");

    /* resolved "by the end of December 2011" prints as "2011" (TRAPS C5) */
    struct date out, ctx = mk(2011, 0, 0);
    ck_assert(period_resolve(one("by the end of December 2011"), &ctx, &out));
    period_fmt(&out, b);
    ck_assert_str_eq(b, "2011");
    ck_assert(period_resolve(one("From August 17 to 25"), &ctx, &out));
    period_fmt(&out, b);
    ck_assert_str_eq(b, "2011-08");
}
END_TEST

/* Quarters and halves written short, and glued to their year either way */
START_TEST(short_and_glued)
{
    char part;
    int q;
    ck_assert_int_eq(period_short_name("Q3", 2, &part), 3);
    ck_assert_int_eq(part, 'Q');
    ck_assert_int_eq(period_short_name("1H", 2, &part), 1);
    ck_assert_int_eq(part, 'H');
    ck_assert_int_eq(period_short_name("Q5", 2, &part), 0);
    ck_assert_int_eq(period_glued("2015Q1", 6, &part, &q), 2015);
    ck_assert(part == 'Q' && q == 1);
    ck_assert_int_eq(period_glued("3Q2013", 6, &part, &q), 2013);
    ck_assert(part == 'Q' && q == 3);
    ck_assert_int_eq(period_glued("2Q14", 4, &part, &q), 2014);
    ck_assert_int_eq(period_glued("1H15", 4, &part, &q), 2015);
    ck_assert(part == 'H' && q == 1);
    ck_assert_int_eq(period_glued("2015", 4, &part, &q), 0);
    ck_assert_int_eq(period_glued("20Q151", 6, &part, &q), 0);
    ck_assert_int_eq(period_glued("1850Q1", 6, &part, &q), 0);
}
END_TEST

START_TEST(middle_of_a_year)
{
    /* "mid-2003", "mid 2003": the year's middle, June */
    one_ymd("Internet users reached 68 million in mid-2003.", 2003, 6, 0);
    one_ymd("The figure passed one million in mid 1998.", 1998, 6, 0);
    one_ymd("Internet users reached 68 million in 2003.", 2003, 0, 0);
}
END_TEST

START_TEST(contains)
{
    struct date y = mk(2011, 0, 0), ym = mk(2011, 5, 0), ymd = mk(2011, 5, 18);
    struct date other_m = mk(2011, 6, 1), other_y = mk(2012, 5, 18);
    ck_assert(date_contains(&y, &ymd));
    ck_assert(date_contains(&y, &ym));
    ck_assert(date_contains(&ym, &ymd));
    ck_assert(date_contains(&y, &y));
    ck_assert(date_contains(&ymd, &ymd));
    ck_assert(!date_contains(&ymd, &ym));
    ck_assert(!date_contains(&ym, &y));
    ck_assert(!date_contains(&ym, &other_m));
    ck_assert(!date_contains(&y, &other_y));
}
END_TEST

Suite *period_suite(void)
{
    Suite *s = suite_create("period");

    TCase *tc = tcase_create("period_find");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, dotted_dates);
    tcase_add_test(tc, month_day);
    tcase_add_test(tc, month_day_year);
    tcase_add_test(tc, day_month_year);
    tcase_add_test(tc, ordinal_days);
    tcase_add_test(tc, two_quarters);
    tcase_add_test(tc, festival_and_founding);
    tcase_add_test(tc, month_year);
    tcase_add_test(tc, early_march);
    tcase_add_test(tc, year_alone);
    tcase_add_test(tc, quarter_and_half);
    tcase_add_test(tc, years_ago);
    tcase_add_test(tc, iso_date);
    tcase_add_test(tc, end_of);
    tcase_add_test(tc, year_intervals);
    tcase_add_test(tc, day_range);
    tcase_add_test(tc, previous_and_same_year);
    tcase_add_test(tc, ahead);
    tcase_add_test(tc, year_after);
    tcase_add_test(tc, now);
    tcase_add_test(tc, bounds);
    tcase_add_test(tc, glued_heading);
    tcase_add_test(tc, clock_times);
    tcase_add_test(tc, may_the_verb);
    tcase_add_test(tc, refind_clears);
    suite_add_tcase(s, tc);

    tc = tcase_create("resolve, format, contain");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, resolve_fills_year);
    tcase_add_test(tc, resolve_relative);
    tcase_add_test(tc, fmt);
    tcase_add_test(tc, contains);
    tcase_add_test(tc, middle_of_a_year);
    tcase_add_test(tc, short_and_glued);
    suite_add_tcase(s, tc);
    return s;
}
