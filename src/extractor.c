/* extractor.c — documents → chunks of blocks → the engine, on threads.
 *
 * For each document, pass 1 finds its vintage (a "History>>2011" style
 * breadcrumb, else the latest year it mentions repeatedly); pass 2 reads
 * its lines, joins them into blocks (paragraphs; a heading is a block of
 * its own) and packs the blocks into chunks of about EXTRACT_CHUNK_BYTES.  Worker
 * threads run the engine on the chunks; the calling thread hands their
 * facts to the sink strictly in document order, so the output does not
 * depend on the number of threads.  A ring of a few chunks bounds the
 * memory: the reader waits when the ring is full. */
#include "extract.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine.h"
#include "scan.h"
#include "util.h"

enum { MAX_JOBS = 8 };

/* ---- pass 1: the vintage ---------------------------------------------------------- */

/* What a file's name says of its date (see name_date_of). */
struct name_date {
    int y[4];  /* the years it carries, the first four */
    int n;     /* how many */
    int year;  /* the latest, 0 if none */
    int month; /* the month right after a year, 0 if none */
};

struct vintage {
    bool rule_first; /* the first line is a rule ("=====") over the title */
    int breadcrumb;
    int dateline;   /* the year of a news item's dateline ("HANGZHOU, Nov. 12, 2015 (Xinhua) --") */
    int dateline_month; /* ... and its month */
    int dateline_day;   /* ... and its day (0 if none) */
    int pub_year, pub_month; /* a report's date of publication on a line of its own ("January 2016") */
    int lines;      /* lines with text read so far */
    bool byline;    /* the last of them was a byline: a person's name, "By ..." */
    int count[301]; /* years 1800..2100 */
    char issuer[96]; /* who a press release speaks for ("we", "our"), or "" */
    bool prospectus;      /* a line among the first names a prospectus: its cover names the issuer */
    char tail[80];        /* the end of the last line with text, to join to the next (a defined term wrapped over two) */
    char cover_name[96]; /* a company's name with its legal form on a line of its own among the first ("Kuaigou Holdings Limited"), or "" */
    char manager[96]; /* a fund report's manager ("Fund manager: Tianhong Asset Management"), or "" */
    char fund[96];    /* the fund a line among the first names ("TIANHONG YU'E BAO MONEY MARKET FUND"), or "" */
    char place[32];  /* the province or city a bulletin's title names ("... in Zhejiang Province (2020)"), or "" */
    char title[200]; /* the first line with text (the title), or "" */
    bool weekly;     /* its first lines report a week ("for the week ended June 11") */
    bool digest;     /* ... or gather its news ("this week", "Weekly"): no one day is its news' */
    bool yearless;   /* a dateline gave the month and the day, not the year */
    int title_year;  /* ... and the latest year named above it, 0 if none */
    int head_year;   /* the one year the first line (the title) names, 0 if none or more */
    struct date quarter; /* the quarter the first lines report on, y 0 if none */
    int fiscal_m;        /* the month its fiscal year ends with, if not December ("For the fiscal year ended March 31, 2020": 3), 0 if none */
    int report_year;     /* the year the first lines report results for, 0 if none */
    int compared_max; /* the latest year the text compares with ("up from the end of 2008"), 0 if none */
    int name_year;    /* the latest year the file's name carries ("reuters-2000-netease-debut.txt"), 0 if none */
    bool name_single; /* ... and the only one */
    int name_month;   /* the month after it ("techinasia-2014-11-blued.txt": 11), 0 if none */
    struct name_date name; /* all the name gives */
    struct date cutoff; /* the day a survey's data are of ("The cut-off date of the survey was December 31, 2002"), y 0 if none */
    /* a month named with a year ("January 2016", "Jan. 2016"), a bit each
     * (bit m - 1), of the years 1800..2100: is the dateline's month named
     * with the year the text speaks of? */
    uint16_t named_months[301];
};

enum { LW_OTHER, LW_COMPARE, LW_ORIGIN, LW_PASS };

/* Is the word one that compares ("than", "from", "over", "since",
 * "versus", "compared"), one that may stand between such a word and its
 * year ("at in by the end of with to"), or another? */
static int lead_word(const char *w, size_t len)
{
    static const struct {
        const char *w;
        int kind;
    } words[] = {
        {"than", LW_COMPARE}, {"from", LW_COMPARE}, {"over", LW_COMPARE}, {"since", LW_ORIGIN},
        {"versus", LW_COMPARE}, {"compared", LW_COMPARE},
        /* the year a thing began is not the one written about */
        {"founded", LW_ORIGIN}, {"started", LW_ORIGIN}, {"began", LW_ORIGIN}, {"launched", LW_ORIGIN},
        {"at", LW_PASS}, {"in", LW_PASS},
        {"by", LW_PASS}, {"the", LW_PASS}, {"end", LW_PASS}, {"of", LW_PASS}, {"with", LW_PASS},
        {"to", LW_PASS}, {"that", LW_PASS}, {"those", LW_PASS},
    };
    if (len < 2 || len > 8)
        return LW_OTHER;
    char lw[8];
    for (size_t i = 0; i < len; i++)
        lw[i] = (char)to_lower((unsigned char)w[i]);
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (words[k].w[0] == lw[0] && strlen(words[k].w) == len && memcmp(words[k].w, lw, len) == 0)
            return words[k].kind;
    return LW_OTHER;
}

/* Do the words just before p[i] compare a figure with the year there:
 * "compared with the end of 2013", "than in 2012", "from 2010", "since
 * 2008"?  Only "at in by the end of with to" and a month may stand between. */
static bool compared_year(const char *p, size_t i, bool *origin)
{
    *origin = false;
    size_t e = i;
    for (int w = 0; w < 9; w++) {
        while (e > 0 && p[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 && is_alpha((unsigned char)p[b - 1]))
            b--;
        size_t len = e - b;
        const char *wd = p + b;
        if (!len && b > 0 && (is_digit((unsigned char)p[b - 1]) || p[b - 1] == '%')) {
            /* a figure between: "from 74.5% in 2012" */
            while (b > 0 && (is_digit((unsigned char)p[b - 1]) || p[b - 1] == '%' || p[b - 1] == '.' ||
                             p[b - 1] == ','))
                b--;
            e = b;
            continue;
        }
        if (!len)
            return false;
        switch (lead_word(wd, len)) {
        case LW_ORIGIN:
            *origin = true;
            return true;
        case LW_COMPARE:
            return true;
        case LW_PASS:
            break;
        default:
            /* (a figure's scale or unit between: "compared with 298
             * million at the end of 2008") */
            if (!scan_month(wd, len) && !(scan_scale_word(wd, len) > 0 || str_ieq(wd, len, "yuan") ||
                                          str_ieq(wd, len, "percent") || str_ieq(wd, len, "cent") ||
                                          str_ieq(wd, len, "per") || str_ieq(wd, len, "dollars")))
                return false;
        }
        e = b;
    }
    return false;
}

/* Does the sentence of the year at p[i] speak of what will be: "will"
 * before it in its sentence? */
static bool ahead_year(const char *p, size_t i)
{
    /* (a sentence's start, within 400 bytes: lines may be long) */
    size_t b = i;
    while (b > 0 && i - b < 400 &&
           !(p[b - 1] == ' ' && b >= 2 && (p[b - 2] == '.' || p[b - 2] == ';' || p[b - 2] == '!' || p[b - 2] == '?')))
        b--;
    for (const char *w = b < i ? memmem(p + b, i - b, "will ", 5) : NULL; w;
         w = memmem(w + 1, i - (size_t)(w + 1 - p), "will ", 5))
        if (w == p || !is_alpha((unsigned char)w[-1]))
            return true;
    return false;
}

/* Is the year at p[i] a report's reference date, with its month: "as of
 * December 31, 2006", "Up to Dec. 31, 2006", "by the end of December
 * 2009"?  (A year alone, "at the end of 2013", is news's as much as a
 * report's.)  Only a month, a day and "the" may stand between. */
static bool reference_year(const char *p, size_t i)
{
    size_t e = i;
    bool month = false;
    const char *prev = NULL; /* the word after the one being read */
    size_t prev_len = 0;
    for (int w = 0; w < 7; w++) {
        while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == ',' || p[e - 1] == '.'))
            e--;
        size_t b = e;
        while (b > 0 && is_digit((unsigned char)p[b - 1]))
            b--;
        if (b < e) { /* a day */
            e = b;
            continue;
        }
        while (b > 0 && is_alpha((unsigned char)p[b - 1]))
            b--;
        size_t len = e - b;
        if (!len)
            return false;
        const char *wd = p + b;
        if (prev && str_ieq(prev, prev_len, "of") && (str_ieq(wd, len, "as") || str_ieq(wd, len, "end")))
            return month;
        if (prev && str_ieq(prev, prev_len, "to") && str_ieq(wd, len, "up"))
            return month;
        if (scan_month(wd, len))
            month = true;
        else if (!str_ieq(wd, len, "the") && !str_ieq(wd, len, "of") && !str_ieq(wd, len, "to"))
            return false;
        prev = wd;
        prev_len = len;
        e = b;
    }
    return false;
}

/* The number four digits at p write, or -1 if they are not four digits. */
static int digits4(const char *p)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        if (!is_digit((unsigned char)p[k]))
            return -1;
        v = v * 10 + (p[k] - '0');
    }
    return v;
}

/* The end of a day written year first, its month and day with or
 * without their zeros, at a before e: "2018/3/13", "2006-07-20"; its
 * parts into *y, *m, *d; 0 if none. */
static size_t ymd_at(const char *p, size_t a, size_t e, int *y, int *m, int *d)
{
    if (a + 8 > e || (p[a + 4] != '-' && p[a + 4] != '/') || (*y = digits4(p + a)) < 0)
        return 0;
    char sep = p[a + 4];
    size_t i = a + 5;
    *m = *d = 0;
    while (i < e && i < a + 7 && is_digit((unsigned char)p[i]))
        *m = *m * 10 + (p[i++] - '0');
    if (i == a + 5 || i >= e || p[i] != sep)
        return 0;
    size_t ds = ++i;
    while (i < e && i < ds + 2 && is_digit((unsigned char)p[i]))
        *d = *d * 10 + (p[i++] - '0');
    return i == ds || (i < e && is_digit((unsigned char)p[i])) ? 0 : i;
}

static int dateline_year1(const char *p, size_t n, int *month, int *day);

/* A byline's fields are separated by '|': "By Ma Si | China Daily |
 * Updated: 2018-08-21 07:53".  Any field may hold the dateline.  Its
 * month in *month. */
static int dateline_field(const char *p, size_t n, int *month, int *day);

/* A filing's own date, on its cover: "Subject to Completion. Dated April
 * 8, 2014", "Preliminary Prospectus dated April 8, 2014", "The date of
 * this prospectus is April 16, 2014".  Its year, or 0. */
static int filing_dateline(const char *p, size_t n, int *month, int *day)
{
    while (n && (is_space((unsigned char)p[n - 1]) || p[n - 1] == '.'))
        n--;
    if (n < 12 || n > 120 || !(memmem(p, n, "rospectus", 9) || memmem(p, n, "ompletion", 9) ||
                               memmem(p, n, "ROSPECTUS", 9)))
        return 0;
    static const char *const leads[] = {"Dated ", "dated ", "DATED ", "prospectus is ", "Prospectus is "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        size_t l = strlen(leads[k]);
        const char *at = memmem(p, n, leads[k], l);
        if (!at)
            continue;
        size_t off = (size_t)(at - p) + l;
        int y = dateline_year1(p + off, n - off, month, day);
        if (y && *day)
            return y;
    }
    return 0;
}

/* A site's name or a source before a date and its time, on a line of
 * their own: "English.news.cn   2012-07-19 17:26:41" (the date is ISO). */
static int source_dateline(const char *p, size_t n, int *month, int *day)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    if (n > 80)
        return 0;
    for (size_t i = 1; i + 10 <= n; i++) {
        if (!is_digit((unsigned char)p[i]) || p[i - 1] != ' ' || p[i + 4] != '-' || p[i + 7] != '-')
            continue;
        size_t words = 0;
        for (size_t k = 0; k < i; k++)
            if (p[k] != ' ' && p[k] != '\t' && (k == 0 || p[k - 1] == ' ' || p[k - 1] == '\t'))
                words++;
        if (words == 0 || words > 3)
            return 0;
        /* after it: nothing, or a time (and a short field of its own:
         * "Xinhua News Agency    2000-07-14 08:32:17    Page A6") */
        size_t e = i + 10;
        while (e < n && (is_digit((unsigned char)p[e]) || p[e] == ':' || p[e] == ' ' || p[e] == '\t'))
            e++;
        if (e < n && !(n - e <= 12 && e >= i + 12 && p[e - 1] == ' ' && p[e - 2] == ' '))
            return 0;
        return dateline_year1(p + i, n - i, month, day);
    }
    return 0;
}

/* A publication's line of fields parted by commas, one of them its date
 * (day, month and year): "Fund Asia Weekly, issue 19/2018, 14 May 2018,
 * pp. 22-24", "China Tech Review, May 14, 2018".  Not a sentence. */
static int listed_dateline(const char *p, size_t n, int *month, int *day)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    if (n > 120 || n < 12 || p[n - 1] == '.' || !memmem(p, n, ", ", 2))
        return 0;
    /* (after the publication's name: a date and a time alone are a news
     * item's time stamp, read elsewhere) */
    const char *c0 = memmem(p, n, ", ", 2);
    for (size_t a = (size_t)(c0 - p) + 2; a < n;) {
        const char *c = memmem(p + a, n - a, ", ", 2);
        size_t e = c ? (size_t)(c - p) : n;
        /* the field alone ("14 May 2018"), or with the next ("May 14" ", 2018") */
        for (int with_next = 0; with_next < 2; with_next++) {
            size_t f = e;
            if (with_next) {
                if (f >= n)
                    break;
                const char *c2 = memmem(p + f + 2, n - f - 2, ", ", 2);
                f = c2 ? (size_t)(c2 - p) : n;
            }
            int m = 0, d = 0;
            int y = f - a <= 24 ? dateline_year1(p + a, f - a, &m, &d) : 0;
            if (y > 0 && m && d) {
                *month = m;
                *day = d;
                return y;
            }
        }
        a = e + 2;
    }
    return 0;
}

/* The next separator of a byline's fields at or after a: a bar, or a
 * middle dot or a bullet as web pages set them ("by Emma Lee  ·  July 26,
 * 2018  ·  4 min read"); its length in *len, n if none. */
static size_t field_sep(const char *p, size_t a, size_t n, size_t *len)
{
    for (size_t i = a; i < n; i++) {
        if (p[i] == '|') {
            *len = 1;
            return i;
        }
        /* (a slash between spaces: "April 26, 2013 / 5:40 AM") */
        if (p[i] == ' ' && i + 2 < n && p[i + 1] == '/' && p[i + 2] == ' ') {
            *len = 3;
            return i;
        }
        if (i + 1 < n && (unsigned char)p[i] == 0xC2 && (unsigned char)p[i + 1] == 0xB7) {
            *len = 2;
            return i;
        }
        if (i + 2 < n && (unsigned char)p[i] == 0xE2 && (unsigned char)p[i + 1] == 0x80 &&
            (unsigned char)p[i + 2] == 0xA2) {
            *len = 3;
            return i;
        }
    }
    *len = 0;
    return n;
}

/* The year of a day a label names anywhere on the line ("Published:",
 * "Updated:", "Posted:"), up to a wide gap or the line's end; its month
 * and day into *month and *day; 0 if none. */
static int labelled_day(const char *p, size_t n, int *month, int *day)
{
    static const char *const label[] = {"Published:", "Updated:", "Posted:"};
    for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
        size_t l = strlen(label[k]);
        const char *at = n > l ? memmem(p, n, label[k], l) : NULL;
        if (!at)
            continue;
        size_t a = (size_t)(at - p);
        const char *next = memmem(p + a + l, n - a - l, "   ", 3);
        size_t fe = next ? (size_t)(next - p) : n;
        while (fe > a && is_space((unsigned char)p[fe - 1]))
            fe--;
        return dateline_field(p + a, fe - a, month, day);
    }
    return 0;
}

/* Does the line open with a key that names a date, as a page's front
 * matter has it: "date: 2016-05-13", "post_date: 2016-05-13 08:57:19",
 * "published: ..."? */
static bool date_key(const char *p, size_t n)
{
    static const char *const key[] = {"date", "post_date", "published", "pubdate", "published_at", "created",
                                      "publish_date", "date_published"};
    size_t a = 0;
    while (a < n && p[a] == ' ')
        a++;
    size_t e = a;
    while (e < n && (is_alpha((unsigned char)p[e]) || p[e] == '_'))
        e++;
    if (e >= n || p[e] != ':' || e == a)
        return false;
    for (size_t k = 0; k < sizeof key / sizeof *key; k++)
        if (str_ieq(p + a, e - a, key[k]))
            return true;
    return false;
}

static int dateline_year(const char *p, size_t n, int *month, int *day)
{
    size_t sl;
    if (field_sep(p, 0, n, &sl) == n) {
        int y = dateline_field(p, n, month, day);
        if (!y)
            y = source_dateline(p, n, month, day);
        if (!y)
            y = listed_dateline(p, n, month, day);
        /* (or a field of its own past a wide gap: "Source: Hangzhou
         * Municipal Commission    Updated: 2013-01-29 16:12") */
        const char *gap = y ? NULL : memmem(p, n, "   ", 3);
        /* (or a byline's: "By Rebecca Fannin      August 28, 2017") */
        bool by = n > 3 && (p[0] == 'B' || p[0] == 'b') && p[1] == 'y' && p[2] == ' ';
        while (gap && !y) {
            size_t a = (size_t)(gap - p);
            while (a < n && is_space((unsigned char)p[a]))
                a++;
            const char *next = a < n ? memmem(p + a, n - a, "   ", 3) : NULL;
            size_t fe = next ? (size_t)(next - p) : n;
            while (fe > a && is_space((unsigned char)p[fe - 1]))
                fe--;
            /* (a field that names itself a date: "Updated:", "Published:") */
            size_t w = a;
            while (w < fe && is_alpha((unsigned char)p[w]))
                w++;
            if (w < fe && p[w] == ':' &&
                (str_ieq(p + a, w - a, "updated") || str_ieq(p + a, w - a, "published") ||
                 str_ieq(p + a, w - a, "posted") || str_ieq(p + a, w - a, "date")))
                y = dateline_field(p + a, fe - a, month, day);
            else if (by && !next)
                y = dateline_field(p + a, fe - a, month, day);
            gap = next;
        }
        /* (or past two spaces only: "Source: Xinhua  Published: 2018/3/13
         * 22:38:40") */
        if (!y)
            y = labelled_day(p, n, month, day);
        return y;
    }
    for (size_t a = 0; a < n;) {
        size_t e = field_sep(p, a, n, &sl);
        size_t fe = e; /* (the field without the spaces and the line's end after it) */
        while (fe > a && is_space((unsigned char)p[fe - 1]))
            fe--;
        while (a < fe && is_space((unsigned char)p[a]))
            a++;
        int y = dateline_field(p + a, fe - a, month, day);
        if (y)
            return y;
        a = e + (sl ? sl : 1);
    }
    return 0;
}

/* A range of days that ends the text: "April 9-13, 2018", "May 18 - May
 * 24, 2015", "9-13 April 2018"; the year of its last day, the month and
 * the day in *month, *day (0: no such range). */
static int range_last_day(const char *p, size_t n, int *month, int *day)
{
    /* the dash: '-' or an en dash */
    size_t dash = n, dl = 0;
    for (size_t j = 0; j < n; j++) {
        if (p[j] == '-') {
            dash = j;
            dl = 1;
        } else if (j + 2 < n && memcmp(p + j, "\xE2\x80\x93", 3) == 0) {
            dash = j;
            dl = 3;
        }
    }
    if (dash == n)
        return 0;
    /* a day before it, and a month word before that (or none: "9-13 April") */
    size_t e = dash;
    while (e > 0 && p[e - 1] == ' ')
        e--;
    size_t d0 = e;
    while (d0 > 0 && is_digit((unsigned char)p[d0 - 1]))
        d0--;
    if (e - d0 < 1 || e - d0 > 2 || (d0 > 0 && !is_space((unsigned char)p[d0 - 1])))
        return 0;
    size_t m1 = d0;
    while (m1 > 0 && p[m1 - 1] == ' ')
        m1--;
    size_t m0 = m1;
    while (m0 > 0 && (is_alpha((unsigned char)p[m0 - 1]) || p[m0 - 1] == '.'))
        m0--;
    size_t ml = m1 > m0 && p[m1 - 1] == '.' ? m1 - m0 - 1 : m1 - m0;
    bool mon = ml && scan_month(p + m0, ml) > 0;
    /* the last day: a whole date after the dash, or a day whose month
     * stands before the dash */
    size_t t0 = dash + dl;
    while (t0 < n && p[t0] == ' ')
        t0++;
    char one[64];
    size_t k = 0;
    if (t0 < n && is_digit((unsigned char)p[t0]) && mon) {
        if (m1 - m0 + 1 + n - t0 >= sizeof one)
            return 0;
        memcpy(one, p + m0, m1 - m0);
        k = m1 - m0;
        one[k++] = ' ';
    }
    if (k + n - t0 >= sizeof one)
        return 0;
    memcpy(one + k, p + t0, n - t0);
    k += n - t0;
    while (k > 0 && is_space((unsigned char)one[k - 1]))
        k--;
    int m = 0, d = 0;
    int y = dateline_year1(one, k, &m, &d);
    if (!y || !m || !d)
        return 0;
    *month = m;
    *day = d;
    return y;
}

/* The first byte from i on that is no blank (a space or a tab), or n. */
static size_t blanks_end(const char *p, size_t i, size_t n)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    return i;
}

/* A field of a byline: a dateline, or a post's "Posted by Rachel Zhou on
 * May 28, 2016" (the date after "on"). */
static int dateline_field(const char *p, size_t n, int *month, int *day)
{
    int y = dateline_year1(p, n, month, day);
    if (y)
        return y;
    size_t i = blanks_end(p, 0, n);
    size_t w = i;
    while (w < n && is_alpha((unsigned char)p[w]))
        w++;
    /* a digest's week: "Week of April 9-13, 2018", "Week ending 13 April
     * 2018", "Deals announced July 20 - 26, 2015": dated by its last day */
    if (str_ieq(p + i, w - i, "week") && n - w < 64) {
        size_t a = w;
        while (a < n && p[a] == ' ')
            a++;
        size_t b = a;
        while (b < n && is_alpha((unsigned char)p[b]))
            b++;
        if (!(str_ieq(p + a, b - a, "of") || str_ieq(p + a, b - a, "ending") || str_ieq(p + a, b - a, "ended")))
            return 0;
        while (b < n && p[b] == ' ')
            b++;
        size_t e = n;
        while (e > b && is_space((unsigned char)p[e - 1]))
            e--;
        y = range_last_day(p + b, e - b, month, day);
        return y ? y : dateline_year1(p + b, e - b, month, day);
    }
    if (n - w < 64 && w > i && (y = range_last_day(p + w, n - w, month, day)) > 0)
        return y;
    /* (a thread saved on its day: "Saved Aug 28, 2021 · 17 tweets",
     * "[saved to text 2014-11-13, comment scores as of then]") */
    size_t si = i < n && p[i] == '[' ? i + 1 : i, sw = si;
    while (sw < n && is_alpha((unsigned char)p[sw]))
        sw++;
    if (str_ieq(p + si, sw - si, "saved") && n - sw < 80) {
        /* (its date ends at the bracket, or at a note after a comma) */
        const char *cb = si > i ? memchr(p + sw, ']', n - sw) : NULL;
        if (cb)
            n = (size_t)(cb - p);
        for (size_t c = sw; c + 2 < n; c++)
            if (p[c] == ',' && p[c + 1] == ' ' && is_lower((unsigned char)p[c + 2])) {
                n = c;
                break;
            }
        size_t a = blanks_end(p, sw, n);
        for (int words = 0; words < 3 && a < n && is_lower((unsigned char)p[a]); words++) {
            int yy = dateline_year1(p + a, n - a, month, day);
            if (yy)
                return yy;
            while (a < n && is_alpha((unsigned char)p[a]))
                a++;
            a = blanks_end(p, a, n);
        }
        return dateline_year1(p + a, n - a, month, day);
    }
    if (!(str_ieq(p + i, w - i, "posted") || str_ieq(p + i, w - i, "published") || str_ieq(p + i, w - i, "updated") ||
          str_ieq(p + i, w - i, "written") || str_ieq(p + i, w - i, "by")))
        return 0;
    size_t lim = n - w < 64 ? n - w : 64;
    const char *on = memmem(p + w, lim, " on ", 4);
    if (on)
        return dateline_year1(on + 4, n - (size_t)(on + 4 - p), month, day);
    /* (or a label of the date among the byline's fields, no bars between:
     * "By Wang Cong Source:Global Times Published: 2013-11-12 0:08:01") */
    if (n < 200) {
        static const char *const label[] = {"Published:", "Updated:", "Posted:", "Date:"};
        for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
            size_t ll = strlen(label[k]);
            for (size_t j = w; j + ll < n; j++)
                if (p[j - 1] == ' ' && str_ieq(p + j, ll, label[k])) {
                    size_t a = blanks_end(p, j + ll, n);
                    int yy = dateline_year1(p + a, n - a, month, day);
                    if (yy > 0)
                        return yy;
                }
        }
    }
    /* (or after a dash: "By Lulu Chen and Jun Luo - Jan 16, 2014 4:01 AM
     * GMT+0800"; or a slash, a byline's fields: "By Wu Hongyuran / Sep 27,
     * 2018 07:05 PM / Finance") */
    if (!str_ieq(p + i, w - i, "by"))
        return 0;
    const char *dash = memmem(p + w, n - w, " - ", 3);
    if (dash)
        return dateline_year1(dash + 3, n - (size_t)(dash + 3 - p), month, day);
    for (const char *sl = memmem(p + w, n - w, " / ", 3); sl; sl = memmem(sl + 3, n - (size_t)(sl + 3 - p), " / ", 3)) {
        const char *fe = memmem(sl + 3, n - (size_t)(sl + 3 - p), " / ", 3);
        size_t fl = fe ? (size_t)(fe - (sl + 3)) : n - (size_t)(sl + 3 - p);
        if ((y = dateline_year1(sl + 3, fl, month, day)) > 0)
            return y;
    }
    return 0;
}

/* Does the line open as a news agency's dateline does: a place in
 * capitals, a comma, and a bracket soon after ("SHANGHAI, Nov 12
 * (Reuters) -", "HONG KONG/BEIJING, May 3 (Reuters) -")? */
static bool agency_dateline(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && (is_upper((unsigned char)p[i]) || p[i] == ' ' || p[i] == '/' || p[i] == '-' || p[i] == '.'))
        i++;
    if (i < 3 || i >= n || p[i] != ',')
        return false;
    size_t lim = i + 40 < n ? i + 40 : n;
    return memchr(p + i, '(', lim - i) != NULL;
}

/* Past a day of the week that opens p[a, e), and the commas and spaces
 * after it ("Wed Feb 11, 2015", "Friday, 12 June 2015"): where the date
 * goes on, a itself if there is none. */
static size_t past_weekday(const char *p, size_t a, size_t e)
{
    size_t w = a;
    while (w < e && is_alpha((unsigned char)p[w]))
        w++;
    if (!(w > a && w < e && (p[w] == ' ' || p[w] == ',') && period_weekday_word(p + a, w - a, true)))
        return a;
    while (w < e && (p[w] == ' ' || p[w] == ','))
        w++;
    return w;
}

/* The year of a dateline that opens the line, with its day: "HANGZHOU,
 * Nov. 12, 2015 (Xinhua) --", "March 14, 2014 - ...", "12 June 2015",
 * "Published: 2014-03-14 10:23", "Wed Feb 11, 2015 4:12am EST"; 0 if there
 * is none.  Its month in *month. */
static int dateline_year1(const char *p, size_t n, int *month, int *day)
{
    size_t i = blanks_end(p, 0, n);
    /* a day of the week first: "Wed Feb 11, 2015", "Friday, 12 June 2015" */
    size_t wd = past_weekday(p, i, n);
    bool weekday = wd != i; /* (a date with its weekday alone on a line is a news item's) */
    i = wd;
    /* a label ("Published:", "Updated:") or a place in capitals ("BEIJING,") */
    size_t w = i;
    while (w < n && is_alpha((unsigned char)p[w]))
        w++;
    bool labelled = false;
    if (w > i && w < n && p[w] == ':' && !scan_month(p + i, w - i)) {
        i = w + 1;
        labelled = true;
    } else if (w < n && p[w] == ' ' &&
               (str_ieq(p + i, w - i, "updated") || str_ieq(p + i, w - i, "published") ||
                str_ieq(p + i, w - i, "posted"))) {
        i = w + 1; /* "Updated April 26, 2016 7:12 a.m. ET" */
        labelled = true;
        /* ("Posted on January 20, 2014 by Marc Dreyfus") */
        if (i + 3 < n && (p[i] == 'o' || p[i] == 'O') && p[i + 1] == 'n' && p[i + 2] == ' ')
            i += 3;
    } else if (w > i + 1 && !scan_month(p + i, w - i)) {
        /* "BEIJING,", or a press release's "Hangzhou, China," (each word
         * capitalised, a country after the city) */
        for (int field = 0;; field++) {
            size_t e = i;
            bool caps = true, title = true;
            while (e < n && (is_alpha((unsigned char)p[e]) || p[e] == ' ' || p[e] == '-' || p[e] == '/') && e < i + 40) {
                if (is_lower((unsigned char)p[e]))
                    caps = false;
                if (is_alpha((unsigned char)p[e]) && (e == i || p[e - 1] == ' ') && !is_upper((unsigned char)p[e]))
                    title = false;
                e++;
            }
            if (!(caps || title) || e >= n || p[e] != ',' || e == i)
                return 0;
            i = e + 1;
            while (i < n && p[i] == ' ')
                i++;
            size_t w2 = i;
            while (w2 < n && is_alpha((unsigned char)p[w2]))
                w2++;
            if (field == 1 || w2 == i || scan_month(p + i, w2 - i))
                break;
        }
    }
    while (i < n && p[i] == ' ')
        i++;
    /* a time before the date: "Published: 5:00am, 25 Jan, 2017" */
    size_t c = i;
    while (c < n && c < i + 2 && is_digit((unsigned char)p[c]))
        c++;
    if (c > i && c + 2 < n && p[c] == ':' && is_digit((unsigned char)p[c + 1]) && is_digit((unsigned char)p[c + 2])) {
        c += 3;
        while (c < n && p[c] == ' ')
            c++;
        if (c + 1 < n && (p[c] == 'a' || p[c] == 'p' || p[c] == 'A' || p[c] == 'P') && (p[c + 1] == 'm' || p[c + 1] == 'M'))
            c += 2;
        while (c < n && (p[c] == ' ' || p[c] == ','))
            c++;
        i = c;
    }
    int y = 0, d = 0, m = 0;
    size_t e = i;
    /* "03.04.2014 18:21", "5/29/2013": month, day and year in figures,
     * the month first (a first figure over 12 is the day), alone on the
     * line or with its time */
    {
        int v3[3] = {0};
        size_t k = i, len3[3] = {0};
        char sep = 0;
        int f = 0;
        for (; f < 3 && k < n; f++) {
            size_t b = k;
            while (k < n && is_digit((unsigned char)p[k]) && k < b + 4)
                v3[f] = v3[f] * 10 + (p[k++] - '0');
            len3[f] = k - b;
            if (f < 2) {
                if (k >= n || (p[k] != '.' && p[k] != '/') || (sep && p[k] != sep))
                    break;
                sep = p[k++];
            }
        }
        size_t rest = blanks_end(p, k, n);
        bool time_after = rest < n && is_digit((unsigned char)p[rest]) && memchr(p + rest, ':', n - rest < 3 ? n - rest : 3);
        if (f == 3 && len3[0] >= 1 && len3[0] <= 2 && len3[1] >= 1 && len3[1] <= 2 && len3[2] == 4 &&
            (rest == n || time_after)) {
            int a1 = v3[0], a2 = v3[1];
            m = a1 > 12 ? a2 : a1;
            d = a1 > 12 ? a1 : a2;
            y = v3[2];
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100) {
                *month = m;
                *day = d;
                return y;
            }
            m = d = y = 0;
        }
    }
    if (i + 10 <= n && is_digit((unsigned char)p[i]) && p[i + 4] == '-' && p[i + 7] == '-') {
        /* 2014-03-14 */
        for (size_t k = 0; k < 10; k++)
            if (k != 4 && k != 7 && !is_digit((unsigned char)p[i + k]))
                return 0;
        y = (p[i] - '0') * 1000 + (p[i + 1] - '0') * 100 + (p[i + 2] - '0') * 10 + (p[i + 3] - '0');
        m = (p[i + 5] - '0') * 10 + (p[i + 6] - '0');
        d = (p[i + 8] - '0') * 10 + (p[i + 9] - '0');
        e = i + 10;
    } else if (i + 8 <= n && is_digit((unsigned char)p[i]) && (p[i + 4] == '/' || p[i + 4] == '-') &&
               digits4(p + i) > 0) {
        /* 2018/3/13: a year and its month and day without their zeros */
        if (!(e = ymd_at(p, i, n, &y, &m, &d)))
            return 0;
    } else {
        /* Month[.] Day[,] Year, or Day Month Year */
        int fields[3] = {0}; /* month, day, year */
        for (int f = 0; f < 3 && e < n; f++) {
            while (e < n && (p[e] == ' ' || p[e] == ',' || p[e] == '.'))
                e++;
            if (e >= n)
                break;
            size_t b = e;
            if (is_alpha((unsigned char)p[e])) {
                while (e < n && is_alpha((unsigned char)p[e]))
                    e++;
                int mm = scan_month(p + b, e - b);
                if (!mm || fields[0])
                    return 0;
                fields[0] = mm;
            } else if (is_digit((unsigned char)p[e])) {
                int v2 = 0;
                while (e < n && is_digit((unsigned char)p[e]) && e < b + 5)
                    v2 = v2 * 10 + (p[e++] - '0');
                while (e < n && is_lower((unsigned char)p[e]) && e < b + 6)
                    e++; /* "12th" */
                if (e - b == 4 || v2 > 31)
                    fields[2] = v2;
                else if (!fields[1])
                    fields[1] = v2;
                else
                    return 0;
            } else {
                break; /* "--", "(": the dateline's end */
            }
        }
        m = fields[0];
        d = fields[1];
        y = fields[2];
    }
    /* a news item's dateline without its year ("BEIJING, July 16 (Xinhua)
     * --"): its month and day; the year is the text's (-1) */
    if (!y && m && m <= 12 && d > 0 && d <= 31 && !labelled && !weekday && i > 0) {
        size_t f = e;
        while (f < n && p[f] == ' ')
            f++;
        /* (or the agency's name alone after it: "BEIJING, Jan. 22 Kyodo") */
        static const char *const agency[] = {"Kyodo", "Xinhua", "Reuters", "AFP", "Bernama", "Yonhap"};
        bool agency_after = false;
        for (size_t k = 0; k < sizeof agency / sizeof *agency && !agency_after; k++) {
            size_t l = strlen(agency[k]);
            agency_after = f + l <= n && memcmp(p + f, agency[k], l) == 0 && (f + l == n || !is_alpha((unsigned char)p[f + l]));
        }
        if (f < n && (p[f] == '(' || agency_after || (f + 1 < n && p[f] == '-' && p[f + 1] == '-') ||
                      (f + 2 < n && (unsigned char)p[f] == 0xE2 && (unsigned char)p[f + 1] == 0x80 &&
                       ((unsigned char)p[f + 2] == 0x94 || (unsigned char)p[f + 2] == 0x93)))) {
            *month = m;
            *day = d;
            return -1;
        }
    }
    if (!m || m > 12 || d < 0 || d > 31 || y < 1900 || y > 2100)
        return 0;
    /* what may follow: a dash, a bracket, a time; the line's end after
     * a label ("Published: 25 Jan, 2017"; a date alone on its line is a
     * report's as much as a news item's) */
    while (e < n && p[e] == ' ')
        e++;
    if (labelled || weekday)
        while (e < n && (p[e] == ' ' || p[e] == '\t' || p[e] == '\r' || p[e] == '\n'))
            e++;
    /* (a post's author, or another field of its byline, after the date) */
    if (labelled && e < n && (p[e] == '|' || (e + 3 < n && p[e] == 'b' && p[e + 1] == 'y' && p[e + 2] == ' ')))
        e = n;
    /* (its day of the week after it, then its time: "January 22, 2016
     * Friday 6:32 PM GMT") */
    if (y && d && e < n && is_alpha((unsigned char)p[e])) {
        size_t we = e;
        while (we < n && is_alpha((unsigned char)p[we]))
            we++;
        if (period_weekday_word(p + e, we - e, true)) {
            e = we;
            while (e < n && (p[e] == ' ' || p[e] == ','))
                e++;
        }
    }
    /* (a time after a comma: "October 26, 2020, 6:46 PM GMT+8") */
    if (y && d && e + 1 < n && p[e] == ',') {
        size_t t = e + 1;
        while (t < n && p[t] == ' ')
            t++;
        size_t h = t;
        while (h < n && h < t + 2 && is_digit((unsigned char)p[h]))
            h++;
        if (h > t && h + 2 < n && p[h] == ':' && is_digit((unsigned char)p[h + 1]) && is_digit((unsigned char)p[h + 2]))
            e = t;
    }
    if (e < n && p[e] != '-' && p[e] != '(' && p[e] != '\xE2' && !is_digit((unsigned char)p[e]))
        return 0;
    /* without its day, only a news item's: "SHANGHAI, April 2014 --" (not
     * a report's "Beijing, January 2016" on a line of its own) */
    if (!d && !(e + 1 < n && p[e] == '-' && p[e + 1] == '-') &&
        !(e + 2 < n && (unsigned char)p[e] == 0xE2 && (unsigned char)p[e + 1] == 0x80 &&
          ((unsigned char)p[e + 2] == 0x94 || (unsigned char)p[e + 2] == 0x93)))
        return 0;
    *month = m;
    *day = d;
    return y;
}

/* Where the name ending at p[e] starts: back over its capitalised words
 * (and "Inc.", "Co.,", "Ltd.", "&", words with digits). */
static size_t name_start(const char *p, size_t e)
{
    size_t b = e;
    while (b > 0) {
        size_t w = b;
        while (w > 0 && p[w - 1] == ' ')
            w--;
        size_t ws = w;
        while (ws > 0 && !is_space((unsigned char)p[ws - 1]))
            ws--;
        if (ws == w || !(is_upper((unsigned char)p[ws]) || p[ws] == '&' || is_digit((unsigned char)p[ws])))
            break;
        b = ws;
    }
    return b;
}

/* How many words p[0, e) has if it is a company's name (letters, digits,
 * ' ', '.', '&', '-', an apostrophe; each word capitalised or a number),
 * else 0. */
static size_t name_words(const char *p, size_t e)
{
    size_t words = 1;
    for (size_t i = 0; i < e; i++) {
        bool name = (is_alnum((unsigned char)p[i]) || p[i] == ' ' || p[i] == '.' || p[i] == '&' || p[i] == '-' ||
                     p[i] == '\'') &&
                    (i == 0 || p[i - 1] != ' ' || is_upper((unsigned char)p[i]) || is_digit((unsigned char)p[i]));
        if (!name)
            return 0;
        words += p[i] == ' ';
    }
    return words;
}

/* The end of the name in p[b, e) without its legal form ("Tencent
 * Holdings Limited", "Tianhong Asset Management Co., Ltd."), however many
 * parts it has. */
static size_t without_legal_form(const char *p, size_t b, size_t e)
{
    static const char *const legal[] = {" Limited", " Ltd.", " Ltd", " Inc.", " Inc", " Corporation", " Corp.",
                                        " Co.,", " Co.", " Co.,Ltd.", " Holdings", " Holding", ",", "."};
    for (bool cut = true; cut;) {
        cut = false;
        for (size_t f = 0; f < sizeof legal / sizeof *legal; f++) {
            size_t fl = strlen(legal[f]);
            if (e > b + fl && memcmp(p + e - fl, legal[f], fl) == 0) {
                e -= fl;
                cut = true;
            }
        }
    }
    return e;
}

/* A name in capitals, s[0, n), as a name is written: "CHINA UNICOM" is
 * "China Unicom"; a short word stays an acronym ("ZTE"), and so does one
 * with a dot ("JD.COM"). */
static void title_case(char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t e = i;
        bool dot = false;
        while (e < n && s[e] != ' ' && s[e] != '-') {
            dot = dot || s[e] == '.';
            e++;
        }
        if (e - i > 3 && !dot)
            for (size_t k = i + 1; k < e; k++)
                if (is_upper((unsigned char)s[k]))
                    s[k] = (char)(s[k] - 'A' + 'a');
        i = e < n ? e + 1 : n;
    }
}

/* A name p[0, len) (len < 96) into out, as a name is written where the
 * text has it in capitals ("TENCENT" is "Tencent"). */
static void name_copy(char out[96], const char *p, size_t len)
{
    memcpy(out, p, len);
    out[len] = 0;
    bool caps = true;
    for (size_t i = 0; i < len && caps; i++)
        caps = !is_lower((unsigned char)out[i]);
    if (caps)
        title_case(out, len);
}

static bool line_has(const char *p, size_t n, const char *w);

/* The issuer a release's line names as its defined term, into out; false
 * if it names none. */
static bool defined_issuer(char out[96], const char *p, size_t n)
{
    /* a release names its issuer as a defined term: 'Tencent Holdings
     * Limited ("Tencent" or the "Company")', '("Weibo" or the "Company")' */
    for (const char *q = n >= 2 ? memmem(p, n, "(\"", 2) : NULL; q; q = memmem(q + 1, n - (size_t)(q + 1 - p), "(\"", 2)) {
        const char *a = q + 2, *e = a;
        while (e < p + n && *e != '"' && e - a < 60)
            e++;
        if (e >= p + n || *e != '"' || e == a || !is_upper((unsigned char)*a))
            continue;
        size_t rest = (size_t)(p + n - (e + 1));
        if (!((rest >= 7 && memcmp(e + 1, " or the", 7) == 0) || (rest >= 5 && memcmp(e + 1, ", the", 5) == 0) ||
              (rest >= 4 && memcmp(e + 1, " or ", 4) == 0)))
            continue;
        bool name = true;
        for (const char *c = a; c < e && name; c++)
            name = is_alnum((unsigned char)*c) || *c == ' ' || *c == '.' || *c == '&' || *c == '-' || *c == '\'';
        if (!name || str_ieq(a, (size_t)(e - a), "company") || str_ieq(a, (size_t)(e - a), "group"))
            continue;
        memcpy(out, a, (size_t)(e - a));
        out[e - a] = 0;
        return true;
    }
    /* ... or names it before its defined term: 'the board of directors
     * of Tencent Holdings Limited (the "Company")' (the name without its
     * legal form) */
    const char *q = n >= 15 ? memmem(p, n, "(the \"Company\")", 15) : NULL;
    if (q) {
        size_t e = (size_t)(q - p);
        while (e > 0 && p[e - 1] == ' ')
            e--;
        size_t b = name_start(p, e);
        e = without_legal_form(p, b, e);
        if (e > b && e - b < 96 && is_upper((unsigned char)p[b])) {
            memcpy(out, p + b, e - b);
            out[e - b] = 0;
            return true;
        }
    }
    return false;
}

/* A ticker in brackets: "(NYSE: BABA)", "(NASDAQ: BILI and HKEX: 9626)",
 * "(BABA )", "(SEHK 700)"; the length through its ')' or 0. */
static size_t ticker_at(const char *p, size_t n)
{
    if (n < 3 || p[0] != '(')
        return 0;
    size_t i = 1, codes = 0;
    while (i < n && i < 48 && p[i] != ')') {
        size_t e = i;
        while (e < n && p[e] != ' ' && p[e] != ')' && p[e] != ',')
            e++;
        bool code = e > i;
        for (size_t k = i; k < e && code; k++)
            code = is_upper((unsigned char)p[k]) || is_digit((unsigned char)p[k]) || p[k] == '.' ||
                   (p[k] == ':' && k + 1 == e) || (is_lower((unsigned char)p[k]) && k > i);
        if (!code && !(e - i == 3 && memcmp(p + i, "and", 3) == 0) && e > i)
            return 0;
        codes += code;
        for (i = e; i < n && (p[i] == ' ' || p[i] == ','); i++)
            ;
    }
    return i < n && p[i] == ')' && codes ? i + 1 : 0;
}

/* The company a press release speaks for, from one of its first lines:
 * "Alibaba Group Holding Limited (NYSE: BABA) today announced", "JD.com
 * Announces Fourth Quarter Results".  The capitalised words before the
 * ticker in brackets or the verb; nothing if there are none. */
static void issuer_line(char out[96], const char *p, size_t n, bool first, bool cover)
{
    if (defined_issuer(out, p, n))
        return;
    static const char *const marks[] = {"(", " Announces ", " Reports ", " ANNOUNCES ", " REPORTS "};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t ml = strlen(marks[k]);
        const char *m = ml <= n ? memmem(p, n, marks[k], ml) : NULL;
        if (marks[k][0] == '(') {
            /* a ticker, then "today announced" or "today reported": a
             * release's opening, not a news item naming a listed firm */
            for (; m; m = memchr(m + 1, '(', n - (size_t)(m + 1 - p))) {
                size_t tl = ticker_at(m, n - (size_t)(m - p));
                const char *c = m + tl;
                if (tl && (size_t)(p + n - c) >= 15 &&
                    (((size_t)(p + n - c) >= 16 && memcmp(c, " today announced", 16) == 0) ||
                     memcmp(c, " today reported", 15) == 0))
                    break;
            }
        }
        if (!m)
            continue;
        /* a headline's verb: on the first line, or on a line among the
         * first that speaks of results ("Alibaba Group Announces
         * December Quarter 2017 Results" under a site's chrome) */
        if (marks[k][0] == ' ' && !first &&
            !(line_has(p, n, "results") || line_has(p, n, "earnings") || line_has(p, n, "quarter")))
            continue;
        /* back over capitalised words (and "Inc.", "Co.,", "Ltd.", "&") */
        size_t e = (size_t)(m - p);
        while (e > 0 && p[e - 1] == ' ')
            e--;
        size_t b = name_start(p, e);
        e = without_legal_form(p, b, e); /* ("Alibaba Group Holding Limited") */
        while (e > b && (p[e - 1] == ',' || p[e - 1] == ' '))
            e--;
        if (e > b && e - b < 96 && is_upper((unsigned char)p[b])) {
            name_copy(out, p + b, e - b); /* (a headline in capitals: "TENCENT ANNOUNCES ...") */
            return;
        }
    }
    /* a call's transcript is the company's whose ticker follows its name
     * in the title: "JD.com (JD) Q4 2016 Results - Earnings Call
     * Transcript" */
    if (first && (memmem(p, n, "Earnings Call", 13) || memmem(p, n, "Conference Call", 15) ||
                  memmem(p, n, "earnings call", 13))) {
        const char *o = memmem(p, n, " (", 2);
        size_t b = 0, e = o ? (size_t)(o - p) : 0;
        size_t t = e + 2, tl = 0;
        while (o && t + tl < n && tl <= 8 && (is_upper((unsigned char)p[t + tl]) || is_digit((unsigned char)p[t + tl]) ||
                                              p[t + tl] == '.'))
            tl++;
        if (o && tl >= 1 && tl <= 8 && t + tl < n && p[t + tl] == ')' && e > b && e < 96 &&
            is_upper((unsigned char)p[b])) {
            e = without_legal_form(p, b, e);
            while (e > b && (p[e - 1] == ',' || p[e - 1] == ' '))
                e--;
            memcpy(out, p + b, e - b);
            out[e - b] = 0;
            return;
        }
    }
    /* a company's own filing opens with its name alone: "JD.com, Inc.",
     * "Alibaba Group Holding Limited" (the name without its legal form) */
    static const char *const forms[] = {", Inc.", " Inc.", ", Inc", " Inc", " Co., Ltd.", " Co., Ltd", " Ltd.", " Ltd",
                                        " Limited", " Corporation", " Corp."};
    size_t m = n;
    while (m && is_space((unsigned char)p[m - 1]))
        m--;
    /* ... or names it before what it is: "JD.com, Inc. - Annual Report on
     * Form 20-F", "Tencent Holdings Limited Annual Report 2014" */
    static const char *const kinds[] = {" Annual Report", " Interim Report", " Form 20-F", " Form 10-K", " Prospectus"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds && m; k++) {
        size_t kl = strlen(kinds[k]);
        const char *at = kl < m ? memmem(p, m, kinds[k], kl) : NULL;
        if (!at || at == p || !is_upper((unsigned char)p[0]))
            continue;
        size_t e = (size_t)(at - p);
        while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '-' || p[e - 1] == ',' || p[e - 1] == ':'))
            e--;
        /* (a company's name: its legal form, or a word only a firm's name
         * has; not a report's subject, "China Payment Industry") */
        bool firm = false;
        for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
            size_t fl = strlen(forms[f]);
            if (e > fl && memcmp(p + e - fl, forms[f], fl) == 0) {
                e -= fl;
                firm = true;
                break;
            }
        }
        static const char *const firm_words[] = {".com", " Group", " Holdings", " Asset Management", " Technology",
                                                 " Bank", " Network", " Securities"};
        for (size_t f = 0; f < sizeof firm_words / sizeof *firm_words && !firm; f++)
            firm = memmem(p, e, firm_words[f], strlen(firm_words[f])) != NULL;
        if (!firm)
            continue;
        while (e > 0 && (p[e - 1] == ',' || p[e - 1] == ' '))
            e--;
        if (!(e > 1 && e < 60 && name_words(p, e)))
            continue;
        memcpy(out, p, e);
        out[e] = 0;
        return;
    }
    /* (or a line of its own in capitals among the first, under a
     * filing's rubric: "PROSPECTUS" / "WEIBO CORPORATION"; in any case
     * on a prospectus's cover) */
    size_t lead = 0;
    while (lead < m && p[lead] == ' ')
        lead++;
    bool upper_line = lead < m;
    for (size_t i = lead; i < m && upper_line; i++)
        upper_line = !is_lower((unsigned char)p[i]);
    if (!(first || upper_line || cover))
        return;
    p += lead;
    m -= lead;
    if (m < 6 || m > 60 || !is_upper((unsigned char)p[0]) || memchr(p, '|', m) || memchr(p, ':', m))
        return;
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        /* (in capitals too: "CHINA UNICOM (HONG KONG) LIMITED") */
        size_t fl = strlen(forms[k]);
        if (m <= fl || !str_ieq(p + m - fl, fl, forms[k]))
            continue;
        size_t e = m - fl;
        while (e > 0 && (p[e - 1] == ',' || p[e - 1] == ' '))
            e--;
        /* (past the place in brackets: "(Hong Kong)") */
        if (e > 2 && p[e - 1] == ')') {
            const char *o = memrchr(p, '(', e);
            if (o && o > p)
                for (e = (size_t)(o - p); e > 0 && p[e - 1] == ' ';)
                    e--;
        }
        /* (words of a name only: capitals, digits, '.', '&', '-') */
        bool name = e > 1, caps = true;
        for (size_t i = 0; i < e && name; i++) {
            name = is_alnum((unsigned char)p[i]) || p[i] == ' ' || p[i] == '.' || p[i] == '&' || p[i] == '-' ||
                   p[i] == '\'';
            caps = caps && !is_lower((unsigned char)p[i]);
        }
        if (!name)
            return;
        memcpy(out, p, e);
        out[e] = 0;
        if (caps)
            title_case(out, e);
        e = without_legal_form(out, 0, e); /* (and "Holdings") */
        while (e > 0 && out[e - 1] == ' ')
            e--;
        out[e] = 0;
        return;
    }
    /* a fund's own report opens with the fund's name: "Tianhong Yu'e Bao
     * Money Market Fund" speaks for "Tianhong Yu'e Bao", its "the fund" */
    static const char *const funds[] = {" Money Market Fund", " Money Fund", " Fund"};
    for (size_t k = 0; k < sizeof funds / sizeof *funds; k++) {
        size_t fl = strlen(funds[k]);
        if (m <= fl || memcmp(p + m - fl, funds[k], fl) != 0)
            continue;
        size_t e = m - fl;
        /* (a name: up to four words, each capitalised) */
        size_t words = e > 1 ? name_words(p, e) : 0;
        if (words && words <= 4) {
            memcpy(out, p, e);
            out[e] = 0;
        }
        return;
    }
}

/* The quarter a report's first lines name as what it reports on: "Quarterly
 * Report for the Second Quarter of 2017", "Fourth Quarter 2013 Results",
 * "Q3 2015 Report" (dated by the month it ends with); on a short line only. */
static void quarter_line(const char *p, size_t n, struct date *q)
{
    static const char *const ord[] = {"first quarter", "second quarter", "third quarter", "fourth quarter"};
    if (n > 120)
        return;
    int m = 0;
    size_t after = 0, before = 0;
    for (size_t i = 0; i < n && !m; i++) {
        for (int k = 0; k < 4 && !m; k++) {
            size_t l = strlen(ord[k]);
            if (i + l <= n && str_ieq(p + i, l, ord[k]) && (i == 0 || !is_alpha((unsigned char)p[i - 1]))) {
                m = 3 * (k + 1);
                after = i + l;
                before = i;
            }
        }
        /* "December Quarter 2017": named by the month it ends with */
        if (!m && (i == 0 || p[i - 1] == ' ') && is_upper((unsigned char)p[i])) {
            size_t e = i;
            while (e < n && is_alpha((unsigned char)p[e]))
                e++;
            int em = scan_month(p + i, e - i);
            if (em % 3 == 0 && em && e + 8 <= n && str_ieq(p + e, 8, " quarter")) {
                m = em;
                after = e + 8;
                before = i;
            }
        }
        /* "Q3 2015" */
        if (!m && i + 2 < n && p[i] == 'Q' && p[i + 1] >= '1' && p[i + 1] <= '4' && p[i + 2] == ' ' &&
            (i == 0 || p[i - 1] == ' ')) {
            m = 3 * (p[i + 1] - '0');
            after = i + 2;
            before = i;
        }
    }
    if (!m)
        return;
    /* (its year just before it: "Announces 2009 Third Quarter Results") */
    if (before >= 5 && p[before - 1] == ' ' && (before == 5 || !is_alnum((unsigned char)p[before - 6]))) {
        int y = digits4(p + before - 5);
        if (y >= 1990 && y <= 2100) {
            q->y = y;
            q->m = m;
            return;
        }
    }
    /* its year: the first after it, within a few words ("of 2017", " 2013") */
    for (size_t i = after; i + 4 <= n && i < after + 10; i++)
        if (digits4(p + i) >= 0 && (i + 4 == n || !is_digit((unsigned char)p[i + 4])) &&
            !is_digit((unsigned char)p[i - 1])) {
            int y = digits4(p + i);
            if (y >= 1990 && y <= 2100) {
                q->y = y;
                q->m = m;
            }
            return;
        }
}

/* The end of the run of capitalised words (or numbers) that opens p[a,
 * n), words parted by single spaces, a word ending at a space or one of
 * stops; an owner's name ends at its "'s" ("Tencent Holdings Ltd's",
 * "Alibaba's shopping spree"). */
static size_t capitalised_run(const char *p, size_t a, size_t n, const char *stops)
{
    size_t e = a;
    for (;;) {
        size_t w = e;
        while (w < n && p[w] != ' ' && !strchr(stops, p[w]))
            w++;
        if (w == e || !(is_upper((unsigned char)p[e]) || is_digit((unsigned char)p[e])))
            break;
        if (w - e > 2 && p[w - 2] == '\'' && p[w - 1] == 's')
            return w - 2;
        e = w;
        if (e >= n || p[e] != ' ')
            break;
        if (e + 1 < n && !(is_upper((unsigned char)p[e + 1]) || is_digit((unsigned char)p[e + 1])))
            break;
        e++;
    }
    return e;
}

/* The firm or product a chronology's title says it is of: "Timeline of
 * Tencent", "A Chronology of Alipay, 2004-2014", "Alibaba's shopping
 * spree: a timeline", "YU'E BAO (...) - A CHRONOLOGY OF EVENTS"; its
 * name (the capitalised words, without a possessive or a legal form) into
 * out, nothing if the title names none or names China. */
static void chronicle_subject(char out[96], const char *p, size_t n)
{
    static const char *const before[] = {"a brief history of ", "a chronology of ", "a timeline of ",
                                         "chronology of ", "timeline of ", "history of ", "milestones of "};
    static const char *const after[] = {" - a chronology", " - chronology", " - a timeline", " - timeline",
                                        ": a chronology", ": chronology", ": a timeline", ": timeline",
                                        " chronology", " timeline", " milestones"};
    size_t a = 0;
    while (a < n && is_space((unsigned char)p[a]))
        a++;
    while (n > a && is_space((unsigned char)p[n - 1]))
        n--;
    if (n - a > 100)
        return;
    /* (past a label and its number: "Appendix C  Chronology of ...") */
    static const char *const label[] = {"appendix ", "annex ", "chapter ", "section ", "part ", "table ",
                                        "figure ", "box "};
    for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
        size_t l = strlen(label[k]);
        if (n - a > l && str_ieq(p + a, l, label[k])) {
            a += l;
            while (a < n && p[a] != ' ')
                a++;
            while (a < n && (p[a] == ' ' || p[a] == '.' || p[a] == ':'))
                a++;
            break;
        }
    }
    size_t b = 0, e = 0;
    for (size_t k = 0; k < sizeof before / sizeof *before && !e; k++) {
        size_t l = strlen(before[k]);
        if (n - a > l && str_ieq(p + a, l, before[k])) {
            b = a + l;
            for (e = b; e < n && p[e] != ',' && p[e] != ':' && p[e] != '(' && !(p[e] == ' ' && e + 1 < n && p[e + 1] == '-');)
                e++;
        }
    }
    for (size_t k = 0; k < sizeof after / sizeof *after && !e; k++) {
        size_t l = strlen(after[k]);
        for (size_t i = a + 1; i + l <= n && !e; i++)
            if (str_ieq(p + i, l, after[k]) && (i + l == n || !is_alpha((unsigned char)p[i + l]))) {
                b = a;
                e = i;
            }
    }
    if (!e)
        return;
    /* the capitalised words it opens with: "Alibaba's shopping spree",
     * "YU'E BAO (...)" */
    while (e > b && p[e - 1] == ' ')
        e--;
    size_t w = capitalised_run(p, b, e, "(,");
    while (w > b && (p[w - 1] == ' ' || p[w - 1] == ','))
        w--;
    e = without_legal_form(p, b, w);
    /* (a subject that opens with a common word is no firm: "Chinese
     * Food", "The Internet", "Online Payments") */
    static const char *const common[] = {"china", "chinese", "internet", "the", "online", "mobile", "digital",
                                         "e-commerce", "world", "global", "asia", "asian"};
    size_t fw = b;
    while (fw < e && p[fw] != ' ')
        fw++;
    if (e <= b || e - b >= 60 || !name_words(p + b, e - b) ||
        str_ieq_any(p + b, fw - b, common, sizeof common / sizeof *common))
        return;
    name_copy(out, p + b, e - b);
}

/* The quarter a release's lead says it reports on: "announced its
 * financial results for the quarter ended December 31, 2017", "for the
 * three months ended 30 June 2019" (dated by the month it ends with, a
 * quarter's last); into *q, nothing if the line names none. */
static void quarter_ended_line(const char *p, size_t n, struct date *q)
{
    static const char *const leads[] = {"quarter ended ", "quarter ending ", "three months ended "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        size_t l = strlen(leads[k]);
        for (size_t at = 0; at + l <= n; at++) {
            if (!str_ieq(p + at, l, leads[k]) || (at > 0 && is_alpha((unsigned char)p[at - 1])))
                continue;
            /* "December 31, 2017" or "31 December 2017" */
            size_t i = at + l, w;
            int m = 0, y = 0;
            for (int part = 0; part < 3 && i < n; part++) {
                for (w = i; w < n && is_alnum((unsigned char)p[w]); w++)
                    ;
                if (w - i == 4 && digits4(p + i) >= 1990)
                    y = digits4(p + i);
                else if (!m && w > i && is_alpha((unsigned char)p[i]))
                    m = scan_month(p + i, w - i);
                else if (!(w > i && w - i <= 2 && is_digit((unsigned char)p[i])))
                    break;
                for (i = w; i < n && (p[i] == ' ' || p[i] == ',' || p[i] == '.'); i++)
                    ;
            }
            if (y && y <= 2100 && m > 0 && m % 3 == 0) {
                q->y = y;
                q->m = m;
                return;
            }
        }
    }
}

/* The year a report's first lines name as the one whose results it
 * gives: "Annual results for the year ended 31 December 2012", "2012
 * Annual Results", "Full Year 2014 Results", "Annual Report 2015"; on a
 * short line only.  0 if none. */
static int report_year_line(const char *p, size_t n)
{
    static const char *const cue[] = {"year ended", "year ending", "annual results", "annual report", "full year",
                                      "full-year", "fiscal year", "annual financial results"};
    if (n > 160)
        return 0;
    /* a bulletin's or a report's title that ends with its year in
     * brackets: "Statistical Bulletin on Internet Development in Zhejiang
     * Province (2020)" */
    {
        size_t e = n;
        while (e > 0 && is_space((unsigned char)p[e - 1]))
            e--;
        static const char *const kind[] = {"bulletin", "report", "communique", "communiqué", "survey", "yearbook"};
        /* (or with it after "in" at its end: "Statistical Bulletin on the
         * Development of the Communications Industry in 2010") */
        bool bracket = e >= 7 && p[e - 1] == ')' && p[e - 6] == '(';
        bool in_year = !bracket && e >= 8 && p[e - 5] == ' ' && str_ieq(p + e - 8, 3, " in");
        size_t words = bracket ? e - 6 : in_year ? e - 8 : 0;
        int y = bracket ? digits4(p + e - 5) : in_year ? digits4(p + e - 4) : 0;
        for (size_t k = 0; k < sizeof kind / sizeof *kind && y >= 1990 && y <= 2100; k++) {
            size_t l = strlen(kind[k]);
            for (size_t i = 0; i + l <= words; i++)
                if (str_ieq(p + i, l, kind[k]))
                    return y;
        }
    }
    for (size_t k = 0; k < sizeof cue / sizeof *cue; k++) {
        size_t l = strlen(cue[k]);
        for (size_t i = 0; i + l <= n; i++) {
            if (!str_ieq(p + i, l, cue[k]) || (i > 0 && is_alpha((unsigned char)p[i - 1])))
                continue;
            /* its year: after it within a date's length ("year ended 31
             * December 2012"), or just before it ("2012 Annual Results") */
            size_t a = i >= 6 ? i - 6 : 0, b = i + l + 24 < n ? i + l + 24 : n;
            for (size_t j = a; j + 4 <= b; j++) {
                if ((j > 0 && is_alnum((unsigned char)p[j - 1])) || (j + 4 < n && is_alnum((unsigned char)p[j + 4])))
                    continue;
                int y = digits4(p + j);
                if (y >= 1990 && y <= 2100)
                    return y;
            }
        }
    }
    return 0;
}

/* The day a survey's figures are of, where its foreword names it: "The
 * cut-off date of the survey was December 31, 2002", "the reference date
 * of the data is June 30, 2010", "Data cut-off date: 31 December 2019".
 * The date follows the words, within the clause (not a date the text
 * looks ahead to: "will take June 30, 1999 as its cut-off date").  Into
 * *out; false if the line names none. */
static bool cutoff_line(const char *p, size_t n, struct date *out)
{
    static const char *const cue[] = {"cut-off date", "cutoff date", "cut off date", "reference date",
                                      "deadline of the survey", "deadline for the survey"};
    for (size_t k = 0; k < sizeof cue / sizeof *cue; k++) {
        size_t l = strlen(cue[k]);
        for (size_t i = 0; i + l <= n; i++) {
            if (!str_ieq(p + i, l, cue[k]) || (i > 0 && is_alpha((unsigned char)p[i - 1])))
                continue;
            size_t b = i + l + 48 < n ? i + l + 48 : n;
            int m = 0, d = 0, num = 0;
            size_t me = 0; /* (where the month's word ends) */
            for (size_t j = i + l; j < b; j++) {
                if (p[j] == ';' || (p[j] == '.' && j != me))
                    break; /* (the clause's end; "Dec. 31" goes on) */
                if (is_alpha((unsigned char)p[j]) && (j == 0 || !is_alpha((unsigned char)p[j - 1]))) {
                    size_t e = j;
                    while (e < b && is_alpha((unsigned char)p[e]))
                        e++;
                    if (str_ieq(p + j, e - j, "will") || str_ieq(p + j, e - j, "next"))
                        break;
                    if (!m && (m = scan_month(p + j, e - j)) > 0)
                        me = e;
                    j = e - 1;
                } else if (is_digit((unsigned char)p[j]) && (j == 0 || !is_alnum((unsigned char)p[j - 1]))) {
                    size_t e = j;
                    while (e < b && is_digit((unsigned char)p[e]))
                        e++;
                    if (e - j == 4 && !(e < n && is_alnum((unsigned char)p[e]))) {
                        int y = digits4(p + j);
                        if (y >= 1990 && y <= 2100 && m > 0) {
                            *out = (struct date){.y = y, .m = m, .d = d};
                            return true;
                        }
                        break;
                    }
                    if (e - j <= 2)
                        num = (int)strtol(p + j, NULL, 10);
                    if (num >= 1 && num <= 31 && !d)
                        d = num;
                    j = e - 1;
                }
            }
        }
    }
    return false;
}

/* Does p[0, n) hold w, in any case? */
static bool line_has(const char *p, size_t n, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++)
        if (str_ieq(p + i, l, w))
            return true;
    return false;
}

/* The province or municipality a bulletin's title line names as its own,
 * "Statistical Bulletin on Internet Development in Zhejiang Province
 * (2020)", "Guangdong Provincial Statistical Communique", "Beijing
 * Municipality ...": its name into out (at most 31 bytes), else "". */
static bool title_place_at(const char *p, size_t i)
{
    size_t e = i;
    while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
        e--;
    /* (or a field's label: "Source: Hangzhou Municipal Commission") */
    if (e == 0 || p[e - 1] == ':' || p[e - 1] == '|' || p[e - 1] == '(')
        return true;
    size_t b = e;
    while (b > 0 && is_alpha((unsigned char)p[b - 1]))
        b--;
    static const char *const lead[] = {"in", "of", "for", "the"};
    for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
        if (str_ieq(p + b, e - b, lead[k]))
            return true;
    return false;
}

static void place_line(char out[32], const char *p, size_t n)
{
    static const char *const place[] = {
        "Beijing", "Tianjin", "Shanghai", "Chongqing", "Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang",
        "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong",
        "Hainan", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Inner Mongolia", "Guangxi",
        "Tibet", "Xizang", "Ningxia", "Xinjiang", "Hong Kong", "Macau", "Macao", "Taiwan", "Shenzhen", "Guangzhou",
        "Hangzhou", "Nanjing", "Wuhan", "Chengdu", "Xiamen", "Suzhou"};
    static const char *const kind[] = {" Province", " Provincial", " Municipality", " Municipal", " Autonomous Region",
                                       " Special Administrative Region", " City"};
    out[0] = '\0';
    if (n > 200)
        return;
    /* (not a photo's caption: "[Photo] A visitor ... in Wuzhen, east
     * China's Zhejiang Province, Dec. 3, 2017. (Xinhua/Huang Zongzhi)") */
    if (line_has(p, n, "photo") || line_has(p, n, "(xinhua/") || line_has(p, n, "caption"))
        return;
    for (size_t k = 0; k < sizeof place / sizeof *place; k++) {
        size_t l = strlen(place[k]);
        for (size_t i = 0; i + l <= n; i++) {
            if (memcmp(p + i, place[k], l) != 0 || (i > 0 && is_alpha((unsigned char)p[i - 1])))
                continue;
            /* (a title's own place opens it or follows "in", "of",
             * "for" or a label; not a venue's address after a comma: "World Internet
             * Conference, December 3-5, 2017, Wuzhen, Zhejiang Province") */
            if (!title_place_at(p, i))
                continue;
            for (size_t j = 0; j < sizeof kind / sizeof *kind; j++) {
                size_t kl = strlen(kind[j]);
                if (i + l + kl <= n && memcmp(p + i + l, kind[j], kl) == 0 &&
                    (i + l + kl == n || !is_alpha((unsigned char)p[i + l + kl]))) {
                    memcpy(out, place[k], l + 1);
                    return;
                }
            }
        }
    }
}

/* A fund report's manager, from a field among its first lines: "Fund
 * manager: Tianhong Asset Management Co., Ltd.   Fund custodian: ..." (the
 * name without its legal form), which its "the Manager" and "the Fund
 * Manager" stand for. */
static void manager_line(char out[96], const char *p, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i++) {
        if (!str_ieq(p + i, 8, "manager:") || (i > 0 && p[i - 1] != ' '))
            continue;
        size_t b = i + 8;
        while (b < n && p[b] == ' ')
            b++;
        size_t e = b;
        /* (to the field's end: a wide gap, a bar, a semicolon, the line's end) */
        while (e < n && p[e] != '|' && p[e] != ';' && p[e] != '\t' && p[e] != '\n' && p[e] != '\r' &&
               !(p[e] == ' ' && e + 1 < n && p[e + 1] == ' '))
            e++;
        e = without_legal_form(p, b, e);
        if (e > b + 2 && e - b < 96 && is_upper((unsigned char)p[b])) {
            memcpy(out, p + b, e - b);
            out[e - b] = 0;
        }
        return;
    }
}

/* A fund's name on a line of its own among a report's first: "Tianhong
 * Yu'e Bao Money Market Fund", "TIANHONG YU'E BAO MONEY MARKET FUND" (its
 * words then in title case). */
static void fund_line(char out[96], const char *p, size_t n)
{
    size_t a = 0, e = n;
    while (a < e && is_space((unsigned char)p[a]))
        a++;
    while (e > a && is_space((unsigned char)p[e - 1]))
        e--;
    /* (its brand in brackets after it: "Tianhong Zenglibao Money Market
     * Fund (Yu'e Bao)", kept) */
    size_t name_e = e;
    if (e > a + 2 && p[e - 1] == ')') {
        size_t o = e - 1;
        while (o > a && p[o] != '(' && e - o <= 26)
            o--;
        if (p[o] == '(' && o > a + 1 && p[o - 1] == ' ' && o + 2 < e)
            name_e = o - 1;
    }
    if (name_e - a < 8 || e - a >= 96 || !is_upper((unsigned char)p[a]) || !(str_ieq(p + name_e - 5, 5, " fund")))
        return;
    for (size_t i = a; i < e; i++)
        if (!(is_alnum((unsigned char)p[i]) || p[i] == ' ' || p[i] == '\'' || p[i] == '-' || p[i] == '&' || p[i] == '.' ||
              (i > name_e && (p[i] == '(' || p[i] == ')'))))
            return;
    memcpy(out, p + a, e - a);
    out[e - a] = 0;
    bool caps = true;
    for (size_t i = 0; out[i] && caps; i++)
        caps = !is_lower((unsigned char)out[i]);
    /* (a fund's name has words, not acronyms: "BAO" is "Bao") */
    for (size_t i = 0; caps && out[i];) {
        size_t w = i;
        while (out[w] && out[w] != ' ')
            w++;
        for (size_t k = i + 1; w - i >= 3 && k < w; k++)
            if (is_upper((unsigned char)out[k]))
                out[k] = (char)(out[k] - 'A' + 'a');
        i = out[w] ? w + 1 : w;
    }
}

/* A report's date of publication: a line, or a field of a byline between
 * '|', that is a month and a year alone ("January 2016", "(July 2014)",
 * "Zhongce Research | January 2016"). */
static void pub_line(const char *p, size_t n, int *year, int *month)
{
    /* (or a title's last words in brackets: "Statistical Survey Report on
     * the Internet Development in China (Jan. 2007)") */
    size_t t = n;
    while (t > 0 && is_space((unsigned char)p[t - 1]))
        t--;
    if (t > 12 && p[t - 1] == ')') {
        const char *o = NULL;
        for (size_t i = t - 1; i-- > 0 && t - i <= 18;)
            if (p[i] == '(') {
                o = p + i;
                break;
            }
        size_t b = o ? (size_t)(o - p) + 1 : t, w = b;
        while (w < t && is_alpha((unsigned char)p[w]))
            w++;
        int m = o && w > b ? scan_month(p + b, w - b) : 0;
        size_t y = w;
        while (y < t && (p[y] == ' ' || p[y] == '.' || p[y] == ','))
            y++;
        int yr = m && y + 5 == t ? digits4(p + y) : -1;
        if (yr >= 1900 && yr <= 2100) {
            *year = yr;
            *month = m;
            return;
        }
    }
    for (size_t a = 0; a < n;) {
        const char *bar = memchr(p + a, '|', n - a);
        size_t e = bar ? (size_t)(bar - p) : n, b = a;
        while (b < e && (is_space((unsigned char)p[b]) || p[b] == '('))
            b++;
        size_t z = e;
        while (z > b && (is_space((unsigned char)p[z - 1]) || p[z - 1] == ')'))
            z--;
        /* (past an issue's number in brackets: "December 2010 (No. 42)") */
        {
            const char *o = memchr(p + b, '(', z - b);
            if (o && (size_t)(o - p) > b + 8 && z - (size_t)(o - p) <= 12) {
                z = (size_t)(o - p);
                while (z > b && is_space((unsigned char)p[z - 1]))
                    z--;
            }
        }
        /* (or its last part: "China Financial Publishing House, Beijing,
         * June 2018") */
        for (size_t c = z; c > b; c--)
            if (p[c - 1] == ',') {
                size_t c2 = c;
                while (c2 < z && p[c2] == ' ')
                    c2++;
                if (z >= c2 + 8 && z <= c2 + 15 && is_alpha((unsigned char)p[c2]))
                    b = c2;
                break;
            }
        size_t w = b;
        while (w < z && is_alpha((unsigned char)p[w]))
            w++;
        int m = w > b ? scan_month(p + b, w - b) : 0;
        size_t y = w;
        while (y < z && (p[y] == ' ' || p[y] == ',' || p[y] == '.'))
            y++;
        /* (a magazine's "June 2014 issue") */
        if (z >= y + 10 && (memcmp(p + z - 6, " issue", 6) == 0 || memcmp(p + z - 6, " Issue", 6) == 0))
            z -= 6;
        if (m && y > w && z == y + 4 && is_digit((unsigned char)p[y]) && is_digit((unsigned char)p[y + 1]) &&
            is_digit((unsigned char)p[y + 2]) && is_digit((unsigned char)p[y + 3])) {
            int yr = (p[y] - '0') * 1000 + (p[y + 1] - '0') * 100 + (p[y + 2] - '0') * 10 + (p[y + 3] - '0');
            if (yr >= 1900 && yr <= 2100) {
                *year = yr;
                *month = m;
                return;
            }
        }
        a = e + 1;
    }
}

/* The one year the line names (four digits alone, 1900..2100), 0 if none
 * or more than one. */
static int line_year(const char *p, size_t n)
{
    int y = 0;
    for (size_t i = 0; i + 4 <= n; i++) {
        if (!is_digit((unsigned char)p[i]) || (i > 0 && is_alnum((unsigned char)p[i - 1])))
            continue;
        size_t e = i;
        while (e < n && is_digit((unsigned char)p[e]))
            e++;
        if (e - i == 4 && !(e < n && is_alpha((unsigned char)p[e]))) {
            int v = (p[i] - '0') * 1000 + (p[i + 1] - '0') * 100 + (p[i + 2] - '0') * 10 + (p[i + 3] - '0');
            if (v >= 1900 && v <= 2100) {
                if (y && y != v)
                    return 0;
                y = v;
            }
        }
        i = e;
    }
    return y;
}

/* A wire story on a company's results names it first in its lead:
 * "SHANGHAI, Nov 20 (Reuters) - Chinese e-commerce firm Pinduoduo Inc on
 * Wednesday reported quarterly revenue ...", "(Reuters) - Alibaba Group
 * Holding Ltd (BABA.N) beat analysts' estimates for quarterly revenue".
 * The name (its first run of capitalised words, past a descriptor in
 * lower case and "Chinese"), without its legal form, into out. */
static void wire_issuer(char out[96], const char *p, size_t n)
{
    static const char *const agencies[] = {"(Reuters) - ", "(Reuters) -- ", "(Reuters) \xE2\x80\x94 ",
                                           "(Bloomberg) -- ", "(Bloomberg) - ", "(Dow Jones) -- "};
    const char *lead = NULL;
    for (size_t k = 0; k < sizeof agencies / sizeof *agencies && !lead; k++) {
        size_t al = strlen(agencies[k]);
        const char *m = al <= n && n <= 4000 ? memmem(p, n, agencies[k], al) : NULL;
        if (m && m - p < 120)
            lead = m + al;
    }
    if (!lead)
        return;
    size_t rest = (size_t)(p + n - lead);
    if (!memmem(lead, rest, "quarterly", 9) && !memmem(lead, rest, "results", 7) && !memmem(lead, rest, "earnings", 8))
        return;
    /* past a descriptor: "Chinese e-commerce firm", "China's biggest ..." */
    size_t i = 0, words = 0;
    while (i < rest && words < 8) {
        size_t e = i;
        while (e < rest && lead[e] != ' ')
            e++;
        bool cap = is_upper((unsigned char)lead[i]);
        bool home = str_ieq(lead + i, e - i, "Chinese") || str_ieq(lead + i, e - i, "China's");
        if (cap && !home)
            break;
        i = e + 1;
        words++;
    }
    if (i >= rest || !is_upper((unsigned char)lead[i]))
        return;
    size_t e = capitalised_run(lead, i, rest, "(,");
    while (e > i && lead[e - 1] == ' ')
        e--;
    e = without_legal_form(lead, i, e);
    /* (and "Group": "Alibaba Group Holding Ltd" is Alibaba) */
    if (e > i + 6 && memcmp(lead + e - 6, " Group", 6) == 0)
        e -= 6;
    if (e > i && e - i < 96) {
        memcpy(out, lead + i, e - i);
        out[e - i] = 0;
    }
}

/* Is the line a byline: "By Ma Si", or a person's name alone, two or three
 * capitalised words of letters ("Ying Tian")? */
static bool byline_like(const char *p, size_t n)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    size_t i = 0;
    while (i < n && is_space((unsigned char)p[i]))
        i++;
    if (i >= n)
        return false;
    /* ("By Lulu Yilun Chen, Vinicy Chan and Crystal Tse") */
    /* (or in lower case, as sites set it: "by Emma Lee  ·  July 26, 2018") */
    if (n - i > 4 && n - i <= 90 && (memcmp(p + i, "By ", 3) == 0 || (memcmp(p + i, "by ", 3) == 0 && is_upper((unsigned char)p[i + 3]))))
        return true;
    /* ("Written by Chen Yiqing | Edited by Wang Fang", "Reporting by ...",
     * "Author: ...") */
    static const char *const leads[] = {"Written by ", "Reported by ", "Reporting by ", "Posted by ",
                                        "Text by ", "Words by ", "Author: ", "Authors: "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        size_t l = strlen(leads[k]);
        if (n - i > l && n - i <= 120 && memcmp(p + i, leads[k], l) == 0)
            return true;
    }
    if (n - i > 40)
        return false;
    int words = 0;
    for (size_t k = i; k < n;) {
        if (!is_upper((unsigned char)p[k]))
            return false;
        while (k < n && (is_alpha((unsigned char)p[k]) || p[k] == '-' || p[k] == '\''))
            k++;
        words++;
        if (k < n && p[k] != ' ')
            return false;
        while (k < n && p[k] == ' ')
            k++;
    }
    return words >= 2 && words <= 3;
}

/* The length of a time of day's hours and minutes at p, "8:47", "07:21";
 * 0 if none there. */
static size_t clock_len(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && i < 2 && is_digit((unsigned char)p[i]))
        i++;
    if (i == 0 || i >= n || p[i] != ':' || i + 2 >= n || !is_digit((unsigned char)p[i + 1]) ||
        !is_digit((unsigned char)p[i + 2]))
        return 0;
    return i + 3;
}

/* Is p[0, n) a time of day and what may follow it: "8:47 PM GMT+8",
 * "07:21 PM", "20:31:05", "9:05 a.m. ET"? */
static bool time_of_day(const char *p, size_t n)
{
    size_t i = clock_len(p, n);
    if (!i)
        return false;
    if (i + 2 < n && p[i] == ':' && is_digit((unsigned char)p[i + 1]) && is_digit((unsigned char)p[i + 2]))
        i += 3;
    /* (then only words of a clock: "PM", "a.m.", "GMT+8", "ET", "HKT"; up
     * to a wide gap before another field, "  Updated on September 18") */
    for (; i < n; i++)
        if (p[i] == ' ' && i + 1 < n && p[i + 1] == ' ')
            return true;
        else if (!(is_alpha((unsigned char)p[i]) || p[i] == ' ' || p[i] == '.' || p[i] == '+' || p[i] == '-' ||
              is_digit((unsigned char)p[i]) || p[i] == ':'))
            return false;
    return true;
}

/* The year of a whole day alone on its line ("April 9, 2018", "9 April
 * 2018"), its month and day into *month and *day; 0 if the line is not
 * that. */
static int day_alone(const char *p, size_t n, int *month, int *day)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    int m = 0, d = 0, y = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (p[i] == ' ' || p[i] == ','))
            i++;
        /* (past the day, its time: "September 12, 2018, 8:47 PM GMT+8",
         * "Nov 12, 2019 07:21 PM") */
        if (m && d && y && i < n && is_digit((unsigned char)p[i]) && time_of_day(p + i, n - i))
            break;
        /* (or a mark parting it from a field after it: "September 4,
         * 2021 · 7 min read", "May 3, 2019 | Updated") */
        if (m && d && y && i < n && (p[i] == '|' || memcmp(p + i, "\xC2\xB7", i + 1 < n ? 2 : 1) == 0))
            break;
        size_t b = i;
        while (i < n && is_alnum((unsigned char)p[i]))
            i++;
        if (i == b)
            return 0;
        if (is_alpha((unsigned char)p[b])) {
            if (m || !(m = scan_month(p + b, i - b)))
                return 0;
            if (i < n && p[i] == '.')
                i++;
        } else {
            /* (a day may be written as an ordinal: "Jan 20th, 2005") */
            size_t dl = i - b;
            if (dl >= 3 && dl <= 4 && is_digit((unsigned char)p[b + dl - 3]) &&
                (str_ieq(p + i - 2, 2, "st") || str_ieq(p + i - 2, 2, "nd") || str_ieq(p + i - 2, 2, "rd") ||
                 str_ieq(p + i - 2, 2, "th")))
                dl -= 2;
            int v = 0;
            for (size_t k = b; k < b + dl; k++) {
                if (!is_digit((unsigned char)p[k]) || k > b + 4)
                    return 0;
                v = v * 10 + (p[k] - '0');
            }
            if (dl == 4 && dl == i - b && !y && v >= 1990 && v <= 2100)
                y = v;
            else if (dl <= 2 && !d && v >= 1 && v <= 31)
                d = v;
            else
                return 0;
        }
    }
    if (!m || !d || !y)
        return 0;
    *month = m;
    *day = d;
    return y;
}

/* Labels before a day on an item's line: "Updated: 2017/01/23 10:12". */
static const char *const day_label[] = {"Updated:", "Posted:", "Published:", "Date:", "Updated on ", "Posted on ",
                                        "Published on ", "posted on ", "posted ", "published ", "updated "};

/* The year of a day in ISO 8601 at [a, e), "2019-12-02", or with slashes,
 * "2017/01/23", a time of day after it or not ("2018-08-20 17:43:33");
 * its month and day into *month and *day; 0 if it is none. */
static int iso_day(const char *p, size_t a, size_t e, int *month, int *day)
{
    /* (its month and day may go without their zeros: "2020/9/29
     * 15:08:40") */
    if (e - a < 8 || !is_digit((unsigned char)p[a]) || (p[a + 4] != '-' && p[a + 4] != '/'))
        return 0;
    int y, m, d;
    size_t i = ymd_at(p, a, e, &y, &m, &d);
    if (!i || (i < e && !(p[i] == ' ' && time_of_day(p + i + 1, e - i - 1))))
        return 0;
    if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    *month = m;
    *day = d;
    return y;
}

/* Is the line an item's own dateline in a file of many items, a news
 * archive's or a digest's: a whole day first ("2019-12-02", "May 20,
 * 2020", "Fri May 10, 2013 8:02pm EDT"), then a mark parting it from the
 * fields after it, a bar or a dash, and words, a source or a headline
 * ("2019-12-02 | CGTN / Xinhua | Assets of public offering of funds hit
 * ..."), or a wide gap and any field ("   [ID:nL3N0DG0XY]"), or nothing
 * (*alone)?  Its year, the month and day into *month and *day; 0 if
 * not. */
static int field_date(const char *p, size_t a, size_t e, int *month, int *day);

static int item_dateline(const char *p, size_t n, int *month, int *day, bool *alone)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    size_t a = 0;
    while (a < n && (p[a] == ' ' || p[a] == '\t'))
        a++;
    /* (or past a label, on a short line: "(China Daily/Agencies)
     * Updated: 2004-06-17 08:52", "Updated: 2017/01/23 10:12") */
    /* (a colon, or a label's " on " first: most lines have neither) */
    bool labelled = n <= 100 && (memchr(p + a, ':', n - a) || (n - a > 10 && (memcmp(p + a, "Updated on ", 11) == 0 ||
                                                                          memcmp(p + a, "Posted on ", 10) == 0 ||
                                                                          memcmp(p + a, "Published on", 12) == 0)));
    bool label = false;
    for (size_t k = 0; k < sizeof day_label / sizeof *day_label && labelled; k++) {
        size_t l = strlen(day_label[k]);
        const char *at = n - a > l ? memmem(p + a, n - a, day_label[k], l) : NULL;
        if (at) {
            a = (size_t)(at - p) + l;
            while (a < n && p[a] == ' ')
                a++;
            label = true;
            break;
        }
    }
    /* (or past a poster's name: "Posted by: Infoworld on Jan 20th, 2005
     * 4:33 AM", "Posted by admin on March 3, 2010") */
    if (!label && n - a > 10 && str_ieq(p + a, 9, "posted by")) {
        const char *on = memmem(p + a, n - a, " on ", 4);
        if (on && on - (p + a) <= 60) {
            a = (size_t)(on - p) + 4;
            label = true;
        }
    }
    /* (a byline's day past a wide gap after its author: "By Internet
     * Retailer staff      November 11, 2016, 09:47 AM") */
    if (n - a > 3 && (p[a] == 'B' || p[a] == 'b') && p[a + 1] == 'y' && p[a + 2] == ' ') {
        const char *g = memmem(p + a, n - a, "   ", 3);
        if (!g)
            return 0;
        size_t f = (size_t)(g - p);
        *alone = false;
        return field_date(p, f, n, month, day);
    }
    /* (past a city's name in capitals, an agency's dateline: "BEIJING,
     * Aug. 3, 2016 (Xinhua)") */
    /* (or in capitals and small letters: "Beijing, Jan 23, 2017 (IANS)") */
    size_t cty = a;
    bool caps = true;
    while (cty < n && cty < a + 40 &&
           (is_alpha((unsigned char)p[cty]) || p[cty] == ' ' || p[cty] == '/' || p[cty] == '-')) {
        caps = caps && !is_lower((unsigned char)p[cty]);
        cty++;
    }
    /* (the small letters' only with the agency's name in brackets after
     * the day, as a wire's: a release's "Hong Kong, 20 March 2013" dates
     * the release, not an item of many) */
    bool city = false;
    if (cty >= a + 3 && cty + 1 < n && p[cty] == ',' && p[cty + 1] == ' ' && is_upper((unsigned char)p[a]) &&
        (caps ? is_upper((unsigned char)p[cty - 1]) : is_lower((unsigned char)p[cty - 1]) && p[n - 1] == ')')) {
        a = cty + 2;
        city = true;
    }
    /* (past its weekday: "Fri May 10, 2013", "Monday, 2 May 2016") */
    a = past_weekday(p, a, n);
    if (a >= n || !is_alnum((unsigned char)p[a]))
        return 0;
    /* the end of the day's field: a mark (the first bar, an em or en
     * dash, a hyphen or two between spaces), a wide gap, or the line's
     * end, within the first 40 bytes */
    size_t mark = n, past = n;
    bool gap = false;
    for (size_t i = a + 1; i < n && i < a + 40 && mark == n; i++) {
        if (p[i] == '|')
            mark = i, past = i + 1;
        else if (i + 2 < n && (unsigned char)p[i] == 0xE2 && (unsigned char)p[i + 1] == 0x80 &&
                 ((unsigned char)p[i + 2] == 0x94 || (unsigned char)p[i + 2] == 0x93))
            mark = i, past = i + 3;
        else if (p[i] == ' ' && i + 2 < n && p[i + 1] == '-' &&
                 (p[i + 2] == ' ' || (p[i + 2] == '-' && i + 3 < n && p[i + 3] == ' ')))
            mark = i, past = i + (p[i + 2] == '-' ? 4 : 3);
        /* (or a slash between spaces before its time: "April 26, 2013 /
         * 5:40 AM") */
        else if (p[i] == ' ' && i + 2 < n && p[i + 1] == '/' && p[i + 2] == ' ')
            mark = i, past = i + 3;
        else if (p[i] == ' ' && i + 1 < n && (p[i + 1] == ' ' || p[i + 1] == '\t'))
            mark = i, past = i, gap = true;
    }
    if (mark == n && n - a > 40)
        return 0;
    size_t e = mark;
    while (e > a && p[e - 1] == ' ')
        e--;
    /* (the agency's name in brackets or slashes after the day:
     * "(Xinhua)", "/PRNewswire/") */
    if (city && e > a && (p[e - 1] == ')' || p[e - 1] == '/')) {
        char open = p[e - 1] == ')' ? '(' : '/';
        size_t o = e - 1;
        while (o > a && p[o - 1] != open)
            o--;
        if (o > a && p[o - 1] == open)
            e = o - 1;
        while (e > a && p[e - 1] == ' ')
            e--;
    }
    int m = 0, d = 0, y = iso_day(p, a, e, &m, &d);
    if (!y && !(y = day_alone(p + a, e - a, &m, &d)))
        return 0;
    /* (a day its label names, "Published: 2018/3/13 22:38:40", is a
     * byline's, never a date alone) */
    *alone = mark == n && !label;
    /* (a time of day after it is no row's figure: "April 26, 2013 / 5:40
     * AM") */
    size_t tm = past;
    while (tm < n && p[tm] == ' ')
        tm++;
    if (mark < n && !gap && !clock_len(p + tm, n - tm)) {
        /* (then words, not a row of figures: three at least before any
         * figure, or a source's name and no figure at all, "| Xinhua") */
        int words = 0;
        bool figure = false;
        for (size_t i = past; i < n; i++)
            if (is_alpha((unsigned char)p[i]) && (i == past || !is_alnum((unsigned char)p[i - 1])))
                words++;
            else if (is_digit((unsigned char)p[i]) && (i == past || !is_alnum((unsigned char)p[i - 1]))) {
                if (words < 3)
                    return 0;
                figure = true;
            }
        if (words < 3 && (figure || words < 1))
            return 0;
    }
    *month = m;
    *day = d;
    return y;
}

/* The year of a field [a, e) that is a date and nothing else: a day
 * ("2004-01-16", "July 22, 2004") or a month of a year ("January 2004",
 * "Jan. 2004"); its month and day (0: none) into *month and *day; 0 if
 * not. */
static int field_date(const char *p, size_t a, size_t e, int *month, int *day)
{
    while (a < e && p[a] == ' ')
        a++;
    while (e > a && p[e - 1] == ' ')
        e--;
    /* (past a label: "Updated: 2012-10-25 15:20") */
    for (size_t k = 0; k < sizeof day_label / sizeof *day_label; k++) {
        size_t l = strlen(day_label[k]);
        if (e - a > l && memcmp(p + a, day_label[k], l) == 0) {
            a += l;
            while (a < e && p[a] == ' ')
                a++;
            break;
        }
    }
    /* (past its weekday, and without its time after it: "Tue Feb 25,
     * 2014 8:52am EST") */
    a = past_weekday(p, a, e);
    for (size_t i = a + 4; i + 1 < e; i++)
        if (p[i] == ' ' && clock_len(p + i + 1, e - i - 1)) {
            e = i;
            break;
        }
    /* (its comma before the time: "November 11, 2016, 09:47 AM"; or a
     * slash, "November 11, 2021 / 4:35 PM") */
    while (e > a && (p[e - 1] == ',' || p[e - 1] == ' ' || p[e - 1] == '/'))
        e--;
    int y = iso_day(p, a, e, month, day);
    if (y > 0)
        return y;
    y = e > a ? day_alone(p + a, e - a, month, day) : 0;
    if (y > 0)
        return y;
    /* (a month and its year) */
    size_t w = a;
    while (w < e && is_alpha((unsigned char)p[w]))
        w++;
    int m = w > a ? scan_month(p + a, w - a) : 0;
    if (m <= 0)
        return 0;
    if (w < e && p[w] == '.')
        w++;
    if (w + 5 != e || p[w] != ' ')
        return 0;
    y = 0;
    for (size_t i = w + 1; i < e; i++) {
        if (!is_digit((unsigned char)p[i]))
            return 0;
        y = y * 10 + (p[i] - '0');
    }
    if (y < 1990 || y > 2100)
        return 0;
    *month = m;
    *day = 0;
    return y;
}

/* Where a field [a, e) ends that closes with its author after a comma
 * (", by Liz Mak", ", by Liao Shumin"): the comma, or e if it does not. */
static size_t author_after(const char *p, size_t a, size_t e)
{
    for (size_t c = a; c + 6 < e; c++) {
        if (p[c] != ',' || p[c + 1] != ' ' || !(p[c + 2] == 'b' || p[c + 2] == 'B') || p[c + 3] != 'y' ||
            p[c + 4] != ' ')
            continue;
        /* (a name: one to four words, each with a capital first) */
        size_t i = c + 5, words = 0;
        while (i < e) {
            if (!is_upper((unsigned char)p[i]))
                return e;
            while (i < e && p[i] != ' ')
                i++;
            words++;
            while (i < e && p[i] == ' ')
                i++;
        }
        return words >= 1 && words <= 4 ? c : e;
    }
    return e;
}

/* Is the line a listed item's headline with its day last, past a wide
 * gap, as a page's list of related articles has it ("* Ofo becomes
 * Chinese bike-sharing unicorn after giant fundraising     2017-02-28")?
 * Its year, the month and day into *month and *day; 0 if not. */
static int item_headline_day(const char *p, size_t n, int *month, int *day)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    if (!scan_bullet_at(p, 0, n))
        return 0;
    /* (the last field, past three spaces or a tab) */
    size_t g = n;
    while (g > 0 && !(p[g - 1] == '\t' || (g >= 3 && p[g - 1] == ' ' && p[g - 2] == ' ' && p[g - 3] == ' ')))
        g--;
    if (g == 0 || n - g > 30)
        return 0;
    /* (words of a headline before it: three at least) */
    int words = 0;
    for (size_t i = 0; i < g; i++)
        words += is_alpha((unsigned char)p[i]) && (i == 0 || !is_alnum((unsigned char)p[i - 1]));
    int m = 0, d = 0, y = words >= 3 ? field_date(p, g, n, &m, &d) : 0;
    if (y <= 0 || !m || !d)
        return 0;
    *month = m;
    *day = d;
    return y;
}

/* Past a time of day opening p[a, n) ("15:09, ", " 9:30 am "): where the
 * rest starts, else a. */
static size_t past_clock(const char *p, size_t a, size_t n)
{
    size_t i = a;
    while (i < n && p[i] == ' ')
        i++;
    size_t d = i;
    while (i < n && i < d + 2 && is_digit((unsigned char)p[i]))
        i++;
    if (i == d || i + 2 >= n || p[i] != ':' || !is_digit((unsigned char)p[i + 1]) || !is_digit((unsigned char)p[i + 2]))
        return a;
    i += 3;
    while (i < n && p[i] == ' ')
        i++;
    if (i + 1 < n && (str_ieq(p + i, 2, "am") || str_ieq(p + i, 2, "pm")))
        i += 2;
    if (i < n && p[i] == ',')
        i++;
    return i;
}

/* Is the line an item's source line in a file of many items: fields
 * parted by bars, the first or the last a date ("china.org.cn | archive
 * | 2004-01-16", "itfacts.biz | 80 mln Chinese surf the Web | January
 * 2004"), or a source in brackets that ends with one ("(China Daily via
 * china.org.cn, July 2004)")?  Its year, month and day (0: none); 0 if
 * not. */
static int item_source_line(const char *p, size_t n, int *month, int *day)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    size_t a = 0;
    while (a < n && (p[a] == ' ' || p[a] == '\t'))
        a++;
    if (n - a < 8 || n - a > 120)
        return 0;
    /* (quick: fields need a bar or a dash between them, or brackets) */
    if (p[a] != '(' && !memchr(p + a, '|', n - a) && !memchr(p + a, '-', n - a) && !memchr(p + a, '\xE2', n - a))
        return 0;
    if (p[a] == '(' && p[n - 1] == ')') {
        size_t c = n - 1;
        while (c > a && p[c] != ',')
            c--;
        return c > a && !memchr(p + a + 1, '(', n - a - 2) ? field_date(p, c + 1, n - 1, month, day) : 0;
    }
    /* (past an item's mark: "[B3] China Daily -- 28 October 2014") */
    if (p[a] == '[') {
        const char *c = memchr(p + a, ']', n - a < 8 ? n - a : 8);
        if (c) {
            a = (size_t)(c - p) + 1;
            while (a < n && p[a] == ' ')
                a++;
        }
    }
    /* the fields: parted by bars, or by dashes between spaces ("--", an
     * em dash) */
    size_t f1 = n, l0 = n, l1 = n;
    for (size_t i = a; i < n; i++) {
        size_t w = p[i] == '|' ? 1
                   : i + 3 < n && p[i] == ' ' && p[i + 1] == '-' && p[i + 2] == '-' && p[i + 3] == ' ' ? 4
                   : i + 4 < n && p[i] == ' ' && (unsigned char)p[i + 1] == 0xE2 && (unsigned char)p[i + 2] == 0x80 &&
                           (unsigned char)p[i + 3] == 0x94 && p[i + 4] == ' '
                       ? 5
                       : 0;
        if (!w)
            continue;
        if (f1 == n)
            f1 = i;
        l0 = i;
        l1 = i + w;
        i += w - 1;
    }
    if (f1 == n)
        return 0;
    int y = field_date(p, a, f1, month, day);
    if (!y)
        y = field_date(p, l1, n, month, day);
    /* (or past the time of day before it: "Xinhua | 15:09, August 28,
     * 2021") */
    if (!y)
        y = field_date(p, past_clock(p, l1, n), n, month, day);
    /* (or the last field's date with its author after a comma: "15
     * August 2017, by Liz Mak") */
    if (!y) {
        size_t c = author_after(p, l1, n);
        if (c < n)
            y = field_date(p, l1, c, month, day);
    }
    /* (or a middle one: "Source: Xinhua | 2018-08-20 17:43:33 | Editor:
     * xuxin") */
    for (size_t i = f1 + 1, fs = f1 + 1; !y && i <= l0 && l0 > f1; i++)
        if (i == l0 || p[i] == '|') {
            y = field_date(p, fs, i, month, day);
            fs = i + 1;
        }
    /* (or the last field's date, an aside in brackets after it: "23
     * October 2019 (archived page)"; or in brackets at its end: "...
     * Yu'E Bao (March 2014)") */
    if (!y && p[n - 1] == ')') {
        size_t o = n - 1;
        while (o > l1 && p[o] != '(')
            o--;
        if (p[o] == '(') {
            y = field_date(p, l1, o, month, day);
            if (!y)
                y = field_date(p, o + 1, n - 1, month, day);
        }
    }
    return y;
}

/* The month a report's fiscal year ends with, where its first lines say
 * so and it is not December: "For the fiscal year ended March 31, 2020"
 * gives 3; 0 if none. */
static int fiscal_end_line(const char *p, size_t n)
{
    static const char *const leads[] = {"fiscal year ended ", "fiscal year ending ", "Fiscal year ended ",
                                        "Fiscal Year Ended ", "financial year ended ", "Fiscal year ending "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        size_t l = strlen(leads[k]);
        const char *at = n > l ? memmem(p, n, leads[k], l) : NULL;
        if (!at)
            continue;
        size_t i = (size_t)(at - p) + l, w = i;
        while (w < n && is_alpha((unsigned char)p[w]))
            w++;
        int m = w > i ? scan_month(p + i, w - i) : 0;
        if (m <= 0) { /* ("ended 31 March 2020") */
            while (i < n && (is_digit((unsigned char)p[i]) || p[i] == ' '))
                i++;
            w = i;
            while (w < n && is_alpha((unsigned char)p[w]))
                w++;
            m = w > i ? scan_month(p + i, w - i) : 0;
        }
        return m > 0 && m != 12 ? m : 0;
    }
    return 0;
}

static void vintage_line(struct vintage *v, const char *p, size_t n)
{
    /* (a line of Markdown is read past its marks of a quote or heading:
     * "> Jul 9th 2020", "## Published: 2019-03-02") */
    {
        size_t a = 0;
        while (a < n && p[a] == ' ')
            a++;
        size_t m = a;
        while (m < n && (p[m] == '>' || p[m] == '#'))
            m++;
        if (m > a && m < n && p[m] == ' ' && (p[a] == '#' || m == a + 1)) {
            while (m < n && p[m] == ' ')
                m++;
            p += m;
            n -= m;
        }
    }
    /* a news item's dateline, among its first lines */
    bool text = false, words = false;
    for (size_t k = 0; k < n && !words; k++) {
        text = text || !is_space((unsigned char)p[k]);
        words = !is_space((unsigned char)p[k]) && p[k] != '=' && p[k] != '-' && p[k] != '_' && p[k] != '*' &&
                p[k] != '~' && p[k] != '#';
    }
    if (text && v->lines < 12 && !v->issuer[0])
        issuer_line(v->issuer, p, n, v->lines == 0, v->prospectus);
    if (text && v->lines < 12 && line_has(p, n, "prospectus"))
        v->prospectus = true;
    if (text && v->lines < 12 && !v->issuer[0] && v->tail[0]) {
        /* (a defined term wrapped over two lines: 'Tencent Holdings
         * Limited (the' / '"Company")') */
        char j[200];
        size_t tl = strlen(v->tail), cl = n < sizeof j - tl - 1 ? n : sizeof j - tl - 1;
        memcpy(j, v->tail, tl);
        j[tl] = ' ';
        memcpy(j + tl + 1, p, cl);
        defined_issuer(v->issuer, j, tl + 1 + cl);
    }
    if (text && v->lines < 12 && !v->issuer[0])
        wire_issuer(v->issuer, p, n);
    if (text && v->lines < 4 && !v->issuer[0])
        chronicle_subject(v->issuer, p, n);
    if (text && v->lines < 12) {
        size_t e = n, a;
        while (e > 0 && is_space((unsigned char)p[e - 1]))
            e--;
        a = e > sizeof v->tail - 1 ? e - (sizeof v->tail - 1) : 0;
        while (a > 0 && a < e && p[a - 1] != ' ')
            a++; /* (from a word's start) */
        memcpy(v->tail, p + a, e - a);
        v->tail[e - a] = 0;
    }
    /* a filing's cover: the company's name on a line of its own, then
     * "(incorporated in the Cayman Islands with limited liability)" */
    if (text && v->lines < 12 && !v->issuer[0]) {
        size_t a = 0, e = n;
        while (a < e && is_space((unsigned char)p[a]))
            a++;
        while (e > a && is_space((unsigned char)p[e - 1]))
            e--;
        if (e - a > 15 && str_ieq(p + a, 15, "(incorporated i") && v->cover_name[0])
            memcpy(v->issuer, v->cover_name, sizeof v->issuer);
        size_t f = without_legal_form(p, a, e);
        bool name = f < e && f > a && e - a < 80 && is_upper((unsigned char)p[a]);
        for (size_t k = a; k < f && name; k++)
            name = is_alnum((unsigned char)p[k]) || p[k] == ' ' || p[k] == '.' || p[k] == '&' || p[k] == '-';
        if (name && f - a < sizeof v->cover_name) {
            memcpy(v->cover_name, p + a, f - a);
            v->cover_name[f - a] = 0;
        }
    }
    if (text && v->lines < 12 && !v->manager[0])
        manager_line(v->manager, p, n);
    if (text && v->lines < 3 && !v->fund[0])
        fund_line(v->fund, p, n);
    if (text && v->lines < 8 && !v->place[0])
        place_line(v->place, p, n);
    if (text && v->lines < 12 && !v->weekly && n >= 15 && memmem(p, n, "week ended", 10))
        v->weekly = true;
    /* (in a title or a line of the head, not the prose under it: "...
     * that had already been raised once this week"; "WEEKLY DEALS
     * ROUNDUP") */
    /* (a lead's "for the week of April 2 to April 8" is one anywhere) */
    if (text && v->lines < 12 && !v->digest && n >= 6 &&
        ((n <= 160 && (line_has(p, n, "this week") || line_has(p, n, "weekly") || memmem(p, n, " Week", 5) ||
                       /* ("China Deal Roundup: ... in a busy week"; not a
                        * quarter's "Deal Round-Up: Q3 2015") */
                       ((line_has(p, n, "roundup") || line_has(p, n, "round-up")) && line_has(p, n, " week")))) ||
         line_has(p, n, "the week of")))
        v->digest = true;
    if (text && v->lines < 6 && !v->dateline && !v->pub_year)
        pub_line(p, n, &v->pub_year, &v->pub_month);
    if (text && v->lines < 3 && !v->quarter.y)
        quarter_line(p, n, &v->quarter);
    if (text && v->lines < 12 && !v->quarter.y && v->issuer[0])
        quarter_ended_line(p, n, &v->quarter);
    if (text && v->lines < 12 && !v->fiscal_m)
        v->fiscal_m = fiscal_end_line(p, n);
    if (text && v->lines < 6 && !v->report_year)
        v->report_year = report_year_line(p, n);
    if (text && v->lines < 60 && !v->cutoff.y && n >= 20)
        cutoff_line(p, n, &v->cutoff);
    /* (a page's path as its first line, its parts parted by " > ": the
     * year its last part names, "China Internet Yearbook 2017 > Part VIII
     * > Chronicle of Events, 2016") */
    if (text && v->lines == 0 && !v->breadcrumb && n <= 200) {
        size_t last = 0;
        for (size_t k = 1; k + 1 < n; k++)
            if (p[k] == '>' && p[k - 1] == ' ' && p[k + 1] == ' ')
                last = k + 1;
        int y = last ? line_year(p + last, n - last) : 0;
        if (y > 0)
            v->breadcrumb = y;
    }
    /* (a rule of '=' or '-' over it is no title: the title is under it) */
    if (text && !words && v->lines == 0)
        v->rule_first = true;
    if (words && (v->lines == 0 || (v->lines == 1 && v->rule_first))) { /* (a title: short, no sentence) */
        size_t e = n;
        while (e && is_space((unsigned char)p[e - 1]))
            e--;
        size_t tl = e < sizeof v->title - 1 ? e : sizeof v->title - 1;
        memcpy(v->title, p, tl);
        v->title[tl] = '\0';
        if (e && e <= 120 && p[e - 1] != '.')
            v->head_year = line_year(p, e);
    }
    /* (a news agency's, below a title, its bullets and a byline:
     * "SHANGHAI, Nov 12 (Reuters) -" on the item's tenth line) */
    /* (or a day right under a byline, however many lines above it: a
     * site's name, its section, a title, bullets, "By Zheng Li, ...") */
    /* (or a byline's own date, on its line: "by Emma Lee  ·  July 26, 2018") */
    /* (or a day a label names: "Source: Xinhua  Published: 2018/3/13
     * 22:38:40" under a site's menus and its headline) */
    if (text &&
        (v->lines < 6 || (v->lines < 12 && (agency_dateline(p, n) || v->byline || byline_like(p, n) || date_key(p, n) ||
                                            memmem(p, n, "Published:", 10) || memmem(p, n, "Updated:", 8) ||
                                            memmem(p, n, "Posted:", 7)))) &&
        !v->dateline) {
        v->dateline = dateline_year(p, n, &v->dateline_month, &v->dateline_day);
        /* (or a whole day alone on its line right under a byline: "Ying
         * Tian" / "April 9, 2018") */
        if (!v->dateline && v->byline && v->lines < 10)
            v->dateline = day_alone(p, n, &v->dateline_month, &v->dateline_day);
        if (v->dateline < 0) {
            v->dateline = 0; /* (the year is to come from the text) */
            v->yearless = true;
            /* (a year named above it, in a title, is its own: "Deals, 2016") */
            for (int y = 300; y >= 0 && !v->title_year; y--)
                if (v->count[y])
                    v->title_year = 1800 + y;
        }
    }
    /* (a filing's cover gives its date anywhere on it) */
    if (text && v->lines < 60 && !v->dateline) {
        int fm = 0, fd = 0, fy = filing_dateline(p, n, &fm, &fd);
        if (fy) {
            v->dateline = fy;
            v->dateline_month = fm;
            v->dateline_day = fd;
        }
    }
    if (text) {
        v->lines++;
        v->byline = v->lines < 10 && !v->dateline && byline_like(p, n); /* (only looked at then) */
    }
    for (size_t i = 0; i + 4 <= n; i++) {
        i += find_digit(p + i, n - i);
        if (i + 4 > n)
            break;
        if (!is_digit((unsigned char)p[i]) || (i > 0 && (is_alnum((unsigned char)p[i - 1]) ||
                                                       p[i - 1] == '/' || p[i - 1] == '_' ||
                                                       p[i - 1] == '=' || p[i - 1] == '-' ||
                                                       p[i - 1] == '.' || p[i - 1] == ',')))
            continue;
        if (!is_digit((unsigned char)p[i + 1]) || !is_digit((unsigned char)p[i + 2]) ||
            !is_digit((unsigned char)p[i + 3]))
            continue;
        if (i + 4 < n && (is_alnum((unsigned char)p[i + 4]) || p[i + 4] == '/' || p[i + 4] == '_' ||
                          p[i + 4] == '-' || (p[i + 4] == ',' && i + 5 < n && is_digit((unsigned char)p[i + 5])) ||
                          (p[i + 4] == '.' && i + 5 < n && is_digit((unsigned char)p[i + 5])))) {
            /* 2011Internet is a year glued to a title: still a year */
            if (!(i + 4 < n && is_upper((unsigned char)p[i + 4])))
                continue;
        }
        int y = (p[i] - '0') * 1000 + (p[i + 1] - '0') * 100 + (p[i + 2] - '0') * 10 + (p[i + 3] - '0');
        if (y < 1800 || y > 2100)
            continue;
        /* (a page's path: "History>>2011", "Chronicle of Events >> 1999") */
        size_t g = i;
        while (g > 0 && g + 3 > i && p[g - 1] == ' ')
            g--;
        if (g >= 2 && p[g - 1] == '>' && p[g - 2] == '>' && !v->breadcrumb)
            v->breadcrumb = y;
        /* a year compared with ("compared with the end of 2013", "than in
         * 2012", "from 2010", "since 2008") is not the one written about */
        /* (nor is a year the text looks ahead to: "The 4th survey will
         * take June 30, 1999 as its cut-off date") */
        if (ahead_year(p, i)) {
            i += 3;
            continue;
        }
        bool origin;
        if (!compared_year(p, i, &origin))
            v->count[y - 1800] += reference_year(p, i) ? 3 : 1; /* a report's "as of" date weighs more */
        else if (!origin && y > v->compared_max)
            v->compared_max = y; /* (not the year a thing began: "started in 2009") */
        /* (the month named with it: "January 2016", "Jan. 2016") */
        size_t w = i;
        while (w > 0 && (p[w - 1] == ' ' || p[w - 1] == '.' || p[w - 1] == ','))
            w--;
        size_t ws = w;
        while (ws > 0 && is_alpha((unsigned char)p[ws - 1]))
            ws--;
        int nm = w > ws ? scan_month(p + ws, w - ws) : 0;
        if (nm > 0)
            v->named_months[y - 1800] |= (uint16_t)(1u << (nm - 1));
        i += 3;
    }
}

/* Does a dateline date a release of the results of the year before, or
 * of its last quarter ("Annual results for the year ended 31 December
 * 2012 ... Hong Kong, 20 March 2013")?  The year is then the results'. */
static bool results_after(const struct vintage *v)
{
    return v->dateline && !v->yearless &&
           (v->report_year == v->dateline - 1 || (v->quarter.y == v->dateline - 1 && v->quarter.m == 12) ||
            (v->cutoff.y == v->dateline - 1 && v->cutoff.m == 12)); /* (a survey's data of December 31, 2002 released in January 2003) */
}

/* The month of the time of writing, where a dateline gave the year: 0
 * if none did. */
static int vintage_month(const struct vintage *v)
{
    return !v->breadcrumb && (v->dateline || v->yearless) && !results_after(v) ? v->dateline_month : 0;
}

/* The month a report was published in, where its year is the document's
 * and no dateline gave a month: 0 if none. */
static int vintage_pub_month(const struct vintage *v, int year)
{
    if (!v->breadcrumb && !v->dateline && !v->yearless && !v->pub_year && v->name_month && v->name_year == year)
        return v->name_month; /* (the month its file's name gives with its year) */
    return !v->breadcrumb && !v->dateline && v->pub_year == year ? v->pub_month : 0;
}

/* ... and its day, 0 if none. */
static int vintage_day(const struct vintage *v)
{
    return vintage_month(v) ? v->dateline_day : 0;
}

static int vintage_text_year(const struct vintage *v)
{
    for (int y = 300; y >= 0; y--)
        if (v->count[y] >= 2)
            return 1800 + y;
    for (int y = 300; y >= 0; y--)
        if (v->count[y])
            return 1800 + y;
    return 0;
}

/* The years a file's name carries as words of their own, four digits
 * between non-digits, 1980 to 2100 ("xinhua-2010-netizens.txt": 2010),
 * and the month after one ("techinasia-2014-11-blued.txt": 11). */
static void name_date_of(const char *name, struct name_date *nd)
{
    memset(nd, 0, sizeof *nd);
    for (size_t i = 0; name[i]; i++) {
        if (!is_digit(name[i]) || (i > 0 && is_digit(name[i - 1])))
            continue;
        size_t n = 0;
        while (is_digit(name[i + n]))
            n++;
        if (n == 4) {
            int y = (name[i] - '0') * 1000 + (name[i + 1] - '0') * 100 + (name[i + 2] - '0') * 10 + (name[i + 3] - '0');
            if (y >= 1980 && y <= 2100) {
                if (nd->n < (int)(sizeof nd->y / sizeof *nd->y))
                    nd->y[nd->n] = y;
                nd->n++;
                /* (a name that names its publication and the year
                 * reported on, "results-2013-fy2012.txt", is of the later) */
                if (y > nd->year)
                    nd->year = y;
                /* (its month parted from it by '-' or '_': "2014-11") */
                const char *m = name + i + 4;
                if (!nd->month && (*m == '-' || *m == '_') && is_digit(m[1]) && is_digit(m[2]) && !is_digit(m[3])) {
                    int mo = (m[1] - '0') * 10 + (m[2] - '0');
                    nd->month = mo >= 1 && mo <= 12 ? mo : 0;
                }
            }
        }
        i += n - 1;
    }
}

/* Does the file's name carry the year y (see name_date_of)? */
static bool name_has_year(const struct name_date *nd, int y)
{
    for (int i = 0; i < nd->n && i < (int)(sizeof nd->y / sizeof *nd->y); i++)
        if (nd->y[i] == y)
            return true;
    return false;
}

/* Fill the vintage's name fields from the file's name. */
static void vintage_name(struct vintage *v, const char *name)
{
    name_date_of(name, &v->name);
    v->name_year = v->name.year;
    v->name_single = v->name.n == 1;
    /* (a month only after the one year: not in a span, "2016-2017-08") */
    v->name_month = v->name_single ? v->name.month : 0;
}

static int vintage_year(const struct vintage *v)
{
    if (v->breadcrumb)
        return v->breadcrumb;
    if (results_after(v))
        return v->dateline - 1;
    if (v->dateline)
        return v->dateline;
    /* a dateline without its year ("June 30 (Reuters) -"): the year the
     * file's name gives it, where it gives one, is its year */
    if (v->yearless && v->name_year)
        return v->name_year;
    int y = vintage_text_year(v);
    /* (a text that names no year is of its name's) */
    if (!y && v->name_year)
        return v->name_year;
    /* (nor of a year before the one its name gives, two or more before
     * (a digest of 2017 on firms founded in 2012) or named but once
     * ("those born on or after 1990" in "techinasia-2014-11-blued.txt";
     * an office opened in 2015, in "allchinatech-2016-01-uber.txt") */
    if (!v->pub_year && v->name_year && v->name_single && y && (y + 2 <= v->name_year || v->count[y - 1800] < 2))
        y = v->name_year;
    /* (nor is it of a year after the one its name gives, with no date of
     * publication to say otherwise: a plan to 2025 in "cac-2022-...") */
    if (!v->pub_year && v->name_year && y > v->name_year)
        y = v->name_year;
    /* (no text is of a year after its publication: "July 2014" over a
     * report that looks ahead to 2025 twice) */
    if (v->pub_year && y > v->pub_year && !v->yearless)
        y = v->pub_year;
    /* a date of publication the year after the one the text speaks of
     * most ("June 2014 issue" over figures of 2013): the time of writing,
     * whose "last year" is the text's */
    /* (not a report of January or February on the year just ended: its
     * year is the one it reports on) */
    if (v->pub_year && y && v->pub_year == y + 1 && v->pub_month >= 3 && !v->yearless)
        return v->pub_year;
    /* a title that names its year ("Overall Performance of the Payment
     * System in 2016") is of it, though the text names a later one ("as
     * of the end of June 2017") more often */
    if (v->head_year && y > v->head_year && y - v->head_year <= 1 && !v->yearless)
        return v->head_year;
    /* (so is an annual report, "Annual Report 2018", dispatched the year
     * after: "Date of Dispatch: 29 March 2019") */
    if (v->report_year && y == v->report_year + 1 && !v->yearless)
        return v->report_year;
    /* a dateline without its year, over a text that names only years it
     * compares with ("338 million by the end of June, up 13.4 percent
     * from the end of 2008"): the year after them */
    if (!y && v->yearless && v->compared_max)
        return v->compared_max + 1;
    /* a dateline of the first three months without its year: a news item
     * then reports on the year before its own ("BEIJING, Jan. 15 (Xinhua)
     * -- ... reached 384 million by the end of 2009"), unless it names its
     * own month of that year ("in January 2016") */
    if (y && v->yearless && v->dateline_month >= 1 && v->dateline_month <= 3 && v->title_year != y &&
        !(v->named_months[y - 1800] & (1u << (v->dateline_month - 1))))
        y++;
    return y;
}

/* ---- quantities in a sentence ------------------------------------------------------- */

/* The vintage of a whole stream, read in large blocks (this pass, before
 * any chunk exists, leaves the workers idle: it has to be quick). */
static void vintage_stream(FILE *in, struct vintage *v)
{
    size_t cap = 256 * 1024, have = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        size_t got = fread(buf + have, 1, cap - have, in);
        have += got;
        size_t start = 0;
        for (const char *nl; (nl = memchr(buf + start, '\n', have - start)) != NULL;) {
            size_t end = (size_t)(nl - buf) + 1;
            /* (without its newline, as extractor_text passes it) */
            vintage_line(v, buf + start, end - 1 - start);
            start = end;
        }
        if (got == 0) {
            if (start < have) /* a last line without its newline */
                vintage_line(v, buf + start, have - start);
            break;
        }
        memmove(buf, buf + start, have - start);
        have -= start;
        if (have == cap) { /* a line longer than the buffer */
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
    }
    free(buf);
}

/* ---- the pool ---------------------------------------------------------------------- */

enum slot_state { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

struct slot {
    struct chunk c;
    enum slot_state st;
};

struct extractor {
    const struct rules *r;
    fact_sink sink;
    void *ctx;
    struct cns_err *e;
    enum cns_rc rc;     /* the first failure (the sink's), CNS_OK */
    int jobs;           /* worker threads; 0: the calling thread runs the engine */
    struct engine *inline_engine;
    pthread_t th[MAX_JOBS];
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    bool quit, stop;
    struct slot *ring;
    size_t k;           /* ring size */
    uint64_t fill, take, flush; /* next chunk to fill, to run, to hand over */
    struct chunk *cur;  /* the chunk being filled, or NULL */

    /* the document being read */
    char *name;
    int doc_year;
    int write_year;     /* the year of writing its name gives, after doc_year, 0 if none */
    int doc_month;      /* the month of its dateline, 0 if none */
    int pub_month;      /* the month a report without one was published in, 0 if none */
    int doc_day;        /* ... and its day */
    int head_year;      /* the one year its title names, 0 if none */
    struct date quarter;
    int fiscal_m;
    bool weekly;        /* it reports on a week */
    bool digest;        /* it gathers a week's news */
    char *issuer;       /* who its "we" is, or NULL */
    char *manager;      /* who its "the Manager" is, or NULL */
    char *place;        /* the province or city its figures are of, or NULL */
    char *title;        /* its first line, or NULL */
    struct buf block;   /* the block being joined */
    long block_line, last_line;
    int block_lines;
    bool pending_blank;
    bool last_row;      /* the last line was a row of a table of years */
    bool last_ranked;   /* the last line headed a table of ranks ("Rank   Fund   ...") or was its row */
    bool last_unit;     /* ... a figure's unit ("Unit: 10,000 persons") */
    bool last_years;    /* ... the header of a table whose columns are years */
    bool last_label_row; /* ... a labelled row of such a table */
    bool last_pair;      /* ... the header of a table of names and one measure ("Provider   Share (%)"), or its row */
    bool last_bullet;   /* ... an item of a list */
    bool last_caption;  /* ... a table's or a figure's caption */
    bool last_period_line; /* ... a line of periods ("2013.12   2012.12", "Dec 2015   Dec 2014") */
    bool last_leader;   /* ... a label and its value parted by dot leaders */
    bool last_field;    /* ... a card's fields ("Round: Series B   Amount: US$75m") */
    bool last_figures;  /* ... figures only ("38,400   45,730") */
    bool last_fields_row; /* ... a row of a table of names, fields parted by wide gaps */
    bool last_label_line; /* ... a row's label alone on its line, to go on on the next */
    bool last_head_units; /* ... the units and names' ends right under a header of periods' fields */
    int last_name_fields;  /* ... indented, words alone in fields parted by wide gaps: how many (0: not so) */
    int last_word_fields;  /* ... the same, indented or not */
    bool last_sub_header;  /* ... the columns under each of those names, joined to them */
    bool last_period_header; /* ... a header of a period's column ("Year   Number") */
    bool head_block;    /* the block opened with a header of columns (under its caption) */
    int head_at;        /* ... on the block's line head_at (under its caption and unit) */
    int lead_lines;     /* the block's first lines that are a caption or a unit */
    bool last_head2;    /* ... and the last line is that header's second */
    int head_end;       /* ... whose last line so far is the block's line head_end (a header of up to four) */
    bool after_rule;    /* a rule of dashes was the line before */
    bool last_section;  /* the last line is a section's label inside a table */
    bool in_item;       /* ... an item of a list or its indented continuation */
    bool last_label;    /* ... a fact sheet's label alone on its line, the block's one line ("Mobile payment transactions") */
    bool last_value;    /* ... a figure opening a short line ("934 million"), as a fact sheet's value is */
    bool label_value;   /* the block is such a label and its value on the line under it ("934 million") */
    int last_bars;      /* the last line's fields parted by " | " (bars), 0 if none */
    bool bar_table;     /* ... and it was a row of a table so written, its bars made spaces */
    size_t last_at;     /* where the last line starts in the block */
    size_t last_line_len;
    size_t block_width; /* the longest line of the block being joined */
    bool last_indented; /* the last line started with a space or a tab */
    struct cblock prev; /* the last block put in a chunk */
    struct buf prev_text;
};

static void chunk_reset(struct chunk *c)
{
    for (size_t i = 0; i < c->nf; i++)
        fact_fini(&c->f[i]);
    c->nf = 0;
    free(c->name);
    c->name = NULL;
    free(c->issuer);
    c->issuer = NULL;
    free(c->manager);
    c->manager = NULL;
    free(c->place);
    c->place = NULL;
    free(c->title);
    c->title = NULL;
    buf_clear(&c->text);
    c->nb = 0;
    c->first_is_context = false;
}

static void chunk_free(struct chunk *c)
{
    chunk_reset(c);
    buf_fini(&c->text);
    free(c->b);
    free(c->f);
}

static void *worker(void *arg)
{
    struct extractor *x = arg;
    struct engine *g = engine_new(x->r);
    pthread_mutex_lock(&x->mu);
    for (;;) {
        while (!x->quit && x->take == x->fill)
            pthread_cond_wait(&x->work, &x->mu);
        if (x->take == x->fill)
            break; /* quit, and nothing left */
        struct slot *s = &x->ring[x->take++ % x->k];
        s->st = SLOT_BUSY;
        bool skip = x->stop;
        pthread_mutex_unlock(&x->mu);
        if (!skip)
            engine_run(g, &s->c);
        pthread_mutex_lock(&x->mu);
        s->st = SLOT_DONE;
        pthread_cond_broadcast(&x->done);
    }
    pthread_mutex_unlock(&x->mu);
    engine_free(g);
    return NULL;
}

/* Hand the done chunks at the head of the ring to the sink, in order.
 * With wait, wait for the head chunk first.  Called with x->mu held. */
static void hand_over(struct extractor *x, bool wait)
{
    for (;;) {
        if (x->flush == x->fill)
            return;
        struct slot *s = &x->ring[x->flush % x->k];
        if (s->st != SLOT_DONE) {
            if (!wait)
                return;
            pthread_cond_wait(&x->done, &x->mu);
            continue;
        }
        wait = false;
        /* the slot is ours until it is marked free */
        bool failed = x->stop;
        pthread_mutex_unlock(&x->mu);
        for (size_t i = 0; i < s->c.nf && !failed; i++)
            if (x->sink(x->ctx, &s->c.f[i])) {
                x->rc = x->e->rc ? x->e->rc : CNS_EDATA;
                failed = true;
            }
        chunk_reset(&s->c);
        pthread_mutex_lock(&x->mu);
        x->stop = failed;
        s->st = SLOT_FREE;
        x->flush++;
    }
}

/* The chunk to fill, taken from the ring (waiting for a free slot). */
static struct chunk *chunk_open(struct extractor *x)
{
    if (x->cur)
        return x->cur;
    pthread_mutex_lock(&x->mu);
    while (x->fill - x->flush == x->k)
        hand_over(x, true);
    struct slot *s = &x->ring[x->fill % x->k];
    pthread_mutex_unlock(&x->mu);
    x->cur = &s->c;
    x->cur->name = xstrdup(x->name);
    x->cur->doc_year = x->doc_year;
    x->cur->write_year = x->write_year;
    x->cur->doc_month = x->doc_month;
    x->cur->pub_month = x->pub_month;
    x->cur->doc_day = x->doc_day;
    x->cur->head_year = x->head_year;
    x->cur->quarter = x->quarter;
    x->cur->fiscal_m = x->fiscal_m;
    x->cur->weekly = x->weekly;
    x->cur->digest = x->digest;
    x->cur->issuer = x->issuer ? xstrdup(x->issuer) : NULL;
    x->cur->manager = x->manager ? xstrdup(x->manager) : NULL;
    x->cur->place = x->place ? xstrdup(x->place) : NULL;
    x->cur->title = x->title ? xstrdup(x->title) : NULL;
    return x->cur;
}

static void chunk_submit(struct extractor *x)
{
    struct chunk *c = x->cur;
    if (!c)
        return;
    x->cur = NULL;
    if (x->jobs == 0) {
        if (!x->stop)
            engine_run(x->inline_engine, c);
        pthread_mutex_lock(&x->mu);
        x->ring[x->fill % x->k].st = SLOT_DONE;
        x->fill++;
        hand_over(x, false);
        pthread_mutex_unlock(&x->mu);
        return;
    }
    pthread_mutex_lock(&x->mu);
    x->ring[x->fill % x->k].st = SLOT_READY;
    x->fill++;
    pthread_cond_signal(&x->work);
    hand_over(x, false);
    pthread_mutex_unlock(&x->mu);
}

static void chunk_push(struct chunk *c, const char *p, size_t len, long line, int lines)
{
    if (c->nb == c->cap_b) {
        c->cap_b = c->cap_b ? 2 * c->cap_b : 64;
        c->b = xrealloc(c->b, c->cap_b * sizeof *c->b);
    }
    c->b[c->nb++] = (struct cblock){c->text.len, len, line, lines};
    buf_add(&c->text, p, len);
}

/* ---- pass 2: lines → blocks → chunks ------------------------------------------------- */

static bool ends_sentence(const char *p, size_t n)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    if (!n)
        return true;
    char c = p[n - 1];
    /* (not a figure's unit in Chinese, its restatement on the next line:
     * "1,511.4 亿元" / "(151.14 billion yuan), an increase of 89.2%") */
    if (n >= 3 && (unsigned char)c >= 0x80 && scan_cjk_unit(p + n - 3))
        return false;
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')' ||
           (unsigned char)c >= 0x80;
}

/* Does p[0, n) end with an abbreviation's full stop: an initial's ("U.S.",
 * "J.") or a legal form's or a title's ("Inc.", "Co.", "No.")? */
static bool abbreviation_end(const char *p, size_t n)
{
    while (n && is_space((unsigned char)p[n - 1]))
        n--;
    if (n < 2 || p[n - 1] != '.')
        return false;
    size_t a = n - 1;
    while (a > 0 && is_alpha((unsigned char)p[a - 1]))
        a--;
    if (a > 0 && !is_space((unsigned char)p[a - 1]) && p[a - 1] != '.' && p[a - 1] != '(')
        return false;
    size_t w = n - 1 - a;
    if (w == 1 && is_upper((unsigned char)p[a]))
        return true;
    static const char *const abbr[] = {"Inc", "Co", "Ltd", "Corp", "No", "Mr", "Mrs", "Ms", "Dr", "vs", "St"};
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
        if (strlen(abbr[i]) == w && memcmp(p + a, abbr[i], w) == 0)
            return true;
    return false;
}

static void flush_block(struct extractor *x)
{
    if (!x->block.len)
        return;
    bool fresh = x->cur == NULL;
    struct chunk *c = chunk_open(x);
    if (fresh && x->prev.len) {
        /* the block before: a heading may date this one, its topic name
         * what a pronoun here speaks of */
        chunk_push(c, x->prev_text.p, x->prev_text.len, x->prev.line, x->prev.lines);
        c->first_is_context = true;
    }
    chunk_push(c, x->block.p, x->block.len, x->block_line, x->block_lines);
    x->prev = (struct cblock){0, x->block.len, x->block_line, x->block_lines};
    struct buf tmp = x->prev_text; /* the block becomes the one before */
    x->prev_text = x->block;
    x->block = tmp;
    buf_clear(&x->block);
    x->block_lines = 0;
    if (c->text.len >= EXTRACT_CHUNK_BYTES)
        chunk_submit(x);
}

/* Is the line a page's header or footer: a page number alone ("7", "- 7
 * -", "Page 7"), or a running title in words and a page number far to its
 * right ("China Internet Network Information Center        7")? */
static bool page_furniture(const char *p, size_t n)
{
    size_t a = 0, b = n;
    while (a < b && is_space((unsigned char)p[a]))
        a++;
    while (b > a && is_space((unsigned char)p[b - 1]))
        b--;
    if (a == b)
        return false;
    /* the number at the end, and the dashes around it */
    size_t e = b;
    while (e > a && (p[e - 1] == '-' || p[e - 1] == ' '))
        e--;
    size_t d = e;
    while (d > a && is_digit((unsigned char)p[d - 1]))
        d--;
    if (d == e || e - d > 3)
        return false;
    size_t c = d;
    while (c > a && (p[c - 1] == '-' || p[c - 1] == ' '))
        c--;
    if (c == a)
        return true; /* "7", "- 7 -" */
    if (c >= a + 4 && str_ieq(p + c - 4, 4, "page") && c == a + 4)
        return true; /* "Page 7" */
    /* a title far from its number: no digits in it, two words at least,
     * four spaces or a tab before the number */
    size_t gap = 0;
    for (size_t i = c; i < d; i++)
        gap += p[i] == ' ' ? 1 : p[i] == '\t' ? 4 : 0;
    if (gap < 4)
        return false;
    int words = 0;
    for (size_t i = a; i < c; i++) {
        if (is_digit((unsigned char)p[i]) || p[i] == '.' || p[i] == ',' || p[i] == '%')
            return false;
        if (is_alpha((unsigned char)p[i]) && (i == a || p[i - 1] == ' '))
            words++;
        /* (fields parted by wide gaps are a table's row: "QQ   Tencent
         * 848") */
        if (i + 2 < c && p[i] == ' ' && p[i + 1] == ' ' && p[i + 2] == ' ')
            return false;
    }
    return words >= 2 && c - a <= 80;
}

/* Do figures only follow the row's label, p[i] a space: "   56,400
 * 42.1%"? */
/* Is p[i..n) words of an amount only: scales and currencies ("billion
 * yuan", "RMB", "US$", "mn")? */
static bool amount_words(const char *p, size_t i, size_t n)
{
    static const char *const w[] = {"thousand", "million", "billion", "trillion", "mn", "bn", "tn", "yuan",
                                    "rmb", "cny", "usd", "hkd", "us", "hk", "dollars", "percent", "per", "cent"};
    bool any = false;
    while (i < n) {
        while (i < n && (p[i] == ' ' || p[i] == '$' || p[i] == '\t'))
            i++;
        size_t a = i;
        while (i < n && is_alpha((unsigned char)p[i]))
            i++;
        if (i == a)
            return any && i >= n;
        if (!str_ieq_any(p + a, i - a, w, sizeof w / sizeof *w))
            return false;
        any = true;
    }
    return any;
}

static bool figures_after(const char *p, size_t i, size_t n)
{
    if (i >= n || (p[i] != ' ' && p[i] != '\t'))
        return false;
    /* (one amount in words: "2017: 119.9 billion yuan", "2012: RMB 19.1bn") */
    {
        size_t a = i;
        while (a < n && (p[a] == ' ' || p[a] == '\t'))
            a++;
        size_t c0 = a;
        while (a < n && (is_alpha((unsigned char)p[a]) || p[a] == '$'))
            a++;
        if (a > c0 && !(a < n && p[a] == ' ' && amount_words(p, c0, a)))
            a = n; /* (words before the figure that are no currency's) */
        else if (a > c0)
            a++;
        size_t d0 = a;
        while (a < n && (is_digit((unsigned char)p[a]) || p[a] == ',' || p[a] == '.'))
            a++;
        if (a > d0 && is_digit((unsigned char)p[d0]) && a < n && amount_words(p, a, n))
            return true;
    }
    bool figure = false;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (is_digit(c))
            figure = true;
        else if (c == '*' && is_digit((unsigned char)p[i - 1]))
            continue; /* (a note's mark on a figure: "65.4*") */
        /* (a last column of notes past a wide gap: "2009    0.52    Taobao
         * Mall only, 27 merchants") */
        else if (figure && is_alpha(c) && i >= 2 && p[i - 1] == ' ' && p[i - 2] == ' ')
            return true;
        /* (its growth or a note in brackets ending the line: "281 (-9.0%)",
         * "8.08 (preliminary)") */
        else if (figure && c == '(') {
            const char *cl = memchr(p + i, ')', n - i);
            if (!cl)
                return false;
            size_t e = (size_t)(cl - p) + 1;
            while (e < n && (p[e] == ' ' || p[e] == '\t'))
                e++;
            if (e < n)
                return false;
            for (size_t j = i + 1; p + j < cl; j++)
                if (!is_alnum((unsigned char)p[j]) && p[j] != ' ' && p[j] != '.' && p[j] != '%' && p[j] != '-' &&
                    p[j] != '+')
                    return false;
            return true;
        } else if (c != ' ' && c != '\t' && c != ',' && c != '.' && c != '%' && c != '-')
            return false;
    }
    return figure;
}

/* Is the line a row of a table of years: a year, then figures only
 * ("2012    56,400    42.1%")? */
static bool row_like(const char *p, size_t n)
{
    size_t i = blanks_end(p, 0, n);
    /* (a month before the year: "Dec. 2008", "June 2010") */
    size_t w = i;
    while (w < n && is_alpha((unsigned char)p[w]))
        w++;
    if (w > i && scan_month(p + i, w - i) > 0) {
        if (w < n && p[w] == '.')
            w++;
        /* (or glued on: "Jun/2010", "Dec-2009") */
        else if (w + 1 < n && (p[w] == '/' || p[w] == '-') && is_digit((unsigned char)p[w + 1]))
            i = w + 1;
        if (w < n && p[w] == ' ') {
            while (w < n && p[w] == ' ')
                w++;
            i = w;
        }
    }
    /* (a quarter before its year: "Q1 2016", "1Q 2016"; glued: "1Q16") */
    if (i + 3 < n && ((p[i] == 'Q' && p[i + 1] >= '1' && p[i + 1] <= '4') ||
                      (p[i + 1] == 'Q' && p[i] >= '1' && p[i] <= '4'))) {
        size_t g = i + 2;
        if (g + 2 < n && is_digit((unsigned char)p[g]) && is_digit((unsigned char)p[g + 1]) &&
            (p[g + 2] == ' ' || p[g + 2] == '\t'))
            return figures_after(p, g + 2, n); /* "1Q16" */
        if (g < n && p[g] == ' ') {
            while (g < n && p[g] == ' ')
                g++;
            i = g;
        }
    }
    if (i + 4 >= n || !is_digit((unsigned char)p[i]) || !is_digit((unsigned char)p[i + 1]) ||
        !is_digit((unsigned char)p[i + 2]) || !is_digit((unsigned char)p[i + 3]))
        return false;
    int y = (p[i] - '0') * 1000 + (p[i + 1] - '0') * 100 + (p[i + 2] - '0') * 10 + (p[i + 3] - '0');
    if (y < 1900 || y > 2100)
        return false;
    i += 4;
    /* a year and month: "2020-03", "2020/03"; and a day: "2016-06-30" */
    if (i + 2 < n && (p[i] == '-' || p[i] == '/') && is_digit((unsigned char)p[i + 1]) &&
        is_digit((unsigned char)p[i + 2]) && (i + 3 == n || !is_digit((unsigned char)p[i + 3]))) {
        i += 3;
        if (i + 2 < n && p[i] == p[i - 3] && is_digit((unsigned char)p[i + 1]) && is_digit((unsigned char)p[i + 2]) &&
            (i + 3 == n || !is_digit((unsigned char)p[i + 3])))
            i += 3;
    }
    /* a year and month: "2014.12", "2014.6"; and a day: "2000.06.30" */
    for (int part = 0; part < 2 && p[i] == '.' && i + 1 < n && is_digit((unsigned char)p[i + 1]); part++) {
        i += 2;
        if (i < n && is_digit((unsigned char)p[i]))
            i++;
    }
    /* ("1997: 62"; a footnote's mark, "2019*"; an estimate's, "2008e") */
    if (i < n && (p[i] == ':' || p[i] == '*' || p[i] == 'e' || p[i] == 'E' || p[i] == 'F'))
        i++;
    /* (a quarter: "2015Q1", "2015 Q1") */
    size_t q = i < n && p[i] == ' ' ? i + 1 : i;
    if (q + 1 < n && (p[q] == 'Q' || p[q] == 'q') && p[q + 1] >= '1' && p[q + 1] <= '4')
        i = q + 2;
    return figures_after(p, i, n);
}

/* Is the line the total of a table's rows, its label and its figures only
 * ("Total      12,300.0   340.25", "Full year   5,421")? */
static bool total_row_like(const char *p, size_t n)
{
    static const char *const label[] = {"total", "full year", "full-year", "whole year", "year total", "annual"};
    size_t i = blanks_end(p, 0, n);
    for (size_t k = 0; k < sizeof label / sizeof *label; k++) {
        size_t len = strlen(label[k]);
        if (i + len < n && str_ieq(p + i, len, label[k]) && figures_after(p, i + len, n))
            return true;
    }
    return false;
}

/* The length of an empty cell that ends the text p[0..n), after a space:
 * "-", "--", "n.a.", "n/a", "N.A.", "..", "—"; 0 if none. */
static size_t empty_cell_len(const char *p, size_t n)
{
    size_t b = n;
    while (b > 0 && p[b - 1] != ' ' && p[b - 1] != '\t')
        b--;
    size_t c = n - b;
    bool dash = (c == 1 && p[b] == '-') || (c == 2 && p[b] == '-' && p[b + 1] == '-') ||
                (c == 3 && memcmp(p + b, "\xE2\x80", 2) == 0 && (p[b + 2] == '\x94' || p[b + 2] == '\x93'));
    return b > 0 && c && (dash || scan_na_cell(p + b, c)) ? c : 0;
}

/* Is the line a row of a table whose columns are years: a label in
 * words, then figures only ("Netizens (10,000)   51,310   56,400"), or
 * the header of such a table, years only ("2011   2012   2013")? */
static bool label_row_like(const char *p, size_t n)
{
    size_t i = blanks_end(p, 0, n);
    /* (the second line of a label may open with its abbreviation: ' ("MAU")
     * of QQ   816.5') */
    while (i < n && (p[i] == '(' || p[i] == '"'))
        i++;
    /* (or with a dash that makes it a part of the label above: "-net
     * addition   4.45   3.52") */
    if (i + 1 < n && p[i] == '-' && is_alpha((unsigned char)p[i + 1]))
        i++;
    /* (a label may open with a digit glued to a letter: "3G base stations") */
    if (i >= n || !(is_alpha((unsigned char)p[i]) ||
                    (i + 1 < n && is_digit((unsigned char)p[i]) && is_alpha((unsigned char)p[i + 1]))))
        return false;
    /* the figures at the end: at least two groups (empty cells, "-",
     * "n.a.", among them; a figure one at least) */
    size_t e = n;
    int groups = 0;
    while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t'))
        e--;
    for (size_t c; (c = empty_cell_len(p + i, e - i)) > 0;) {
        e -= c;
        groups++;
        while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t'))
            e--;
    }
    int empties = groups;
    while (e > i) {
        /* (a footnote's number glued to a figure: "120.0(3)") */
        if (e > i + 3 && p[e - 1] == ')' && is_digit((unsigned char)p[e - 2]) &&
            (p[e - 3] == '(' || (is_digit((unsigned char)p[e - 3]) && p[e - 4] == '(')))
            e -= p[e - 3] == '(' ? 3 : 4;
        /* (or a note's mark: "7.2%*") */
        else if (e > i + 2 && p[e - 1] == '*' && (is_digit((unsigned char)p[e - 2]) || p[e - 2] == '%'))
            e--;
        size_t g = e;
        while (g > i && (is_digit((unsigned char)p[g - 1]) || p[g - 1] == ',' || p[g - 1] == '.' || p[g - 1] == '%'))
            g--;
        if (g == e || !is_digit((unsigned char)p[g < e ? g : e - 1]))
            break;
        /* (a change's sign: "-0.2%") */
        if (g > i + 1 && (p[g - 1] == '-' || p[g - 1] == '+') && (p[g - 2] == ' ' || p[g - 2] == '\t'))
            g--;
        /* (a unit's "/32" is the label's: "IPv6 addresses   block /32") */
        if (g > i && p[g - 1] == '/')
            break;
        groups++;
        e = g;
        if (e > i && p[e - 1] != ' ' && p[e - 1] != '\t')
            return false; /* "3G" glued: a word */
        while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t'))
            e--;
    }
    return groups >= 2 && groups > empties;
}

/* Is the line a table's of names and one measure: its header, a label and
 * the measure's name with its unit in brackets ("Provider     Share (%)"),
 * or a row, a name and one figure ("Alipay        54.1")?  1 a header, 2
 * a row, 0 neither. */
static int pair_line(const char *p, size_t n)
{
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    size_t i = blanks_end(p, 0, n);
    if (i >= n || !is_alpha((unsigned char)p[i]))
        return 0;
    /* the two fields, a wide gap between (the label's at most 60 bytes:
     * "CERNET (China Education and Research Network)") */
    size_t g = SIZE_MAX;
    for (size_t k = i; k + 1 < n && k <= i + 60; k++)
        if ((p[k] == ' ' && p[k + 1] == ' ') || p[k] == '\t') {
            g = k;
            break;
        }
    if (g == SIZE_MAX)
        return 0;
    size_t f = g;
    while (f < n && (p[f] == ' ' || p[f] == '\t'))
        f++;
    if (n - f > 40)
        return 0; /* (a figure or a measure's name, short) */
    for (size_t k = f; k + 1 < n; k++)
        if ((p[k] == ' ' && p[k + 1] == ' ') || p[k] == '\t')
            return 0; /* (a third field) */
    for (size_t k = i; k < g; k++)
        if (is_digit((unsigned char)p[k]) && !(k > i && is_alpha((unsigned char)p[k - 1])))
            return 0; /* (a figure in the label; not "3G") */
    bool figure = true, digit = false;
    for (size_t k = f; k < n && figure; k++) {
        digit = digit || is_digit((unsigned char)p[k]);
        figure = is_digit((unsigned char)p[k]) || p[k] == '.' || p[k] == ',' || p[k] == '%';
    }
    if (figure && digit)
        return 2;
    /* (the measure's name: words, then its unit in brackets, no figure
     * outside them) */
    if (!is_alpha((unsigned char)p[f]) || n - f > 40 || p[n - 1] != ')' || !memchr(p + f, '(', n - f))
        return 0;
    for (size_t k = f; k < n && p[k] != '('; k++)
        if (is_digit((unsigned char)p[k]))
            return 0;
    return 1;
}

/* Is the line figures only, two at least, parted by spaces: a row of a
 * chart's data under its line of periods ("38,400   45,730   51,310")? */
static bool figures_row_like(const char *p, size_t n)
{
    int groups = 0;
    for (size_t i = 0; i < n;) {
        i = blanks_end(p, i, n);
        if (i >= n)
            break;
        size_t b = i;
        while (i < n && (is_digit((unsigned char)p[i]) || p[i] == ',' || p[i] == '.' || p[i] == '%' || p[i] == '-'))
            i++;
        if (i == b || (i < n && p[i] != ' ' && p[i] != '\t'))
            return false;
        bool digit = false;
        for (size_t k = b; k < i && !digit; k++)
            digit = is_digit((unsigned char)p[k]);
        if (!digit)
            return false;
        groups++;
    }
    return groups >= 2;
}

/* Does the line hold no figure but years ("2003    in June    Jan.-June"),
 * and a word at least? */
static bool no_figure_but_years(const char *p, size_t n)
{
    bool word = false;
    for (size_t i = 0; i < n;) {
        i = blanks_end(p, i, n);
        size_t b = i, digits = 0;
        while (i < n && p[i] != ' ' && p[i] != '\t') {
            digits += is_digit((unsigned char)p[i]);
            word = word || is_alpha((unsigned char)p[i]);
            i++;
        }
        if (digits && !(digits == 4 && i - b >= 4 && (p[b] == '1' || p[b] == '2') && is_digit((unsigned char)p[b + 3]) &&
                        (i - b == 4 || !is_digit((unsigned char)p[b + 4]))))
            return false;
    }
    return word;
}

/* Does p[0, n) hold a letter, and else only letters, spaces, tabs,
 * hyphens, apostrophes, the marks in more, and (if digits) digits? */
static bool letters_and(const char *p, size_t n, const char *more, bool digits)
{
    bool letter = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (is_alpha(c))
            letter = true;
        else if (!(digits && is_digit(c)) && c != ' ' && c != '\t' && c != '-' && c != '\'' && !(c && strchr(more, c)))
            return false;
    }
    return letter;
}

/* Is the line words only (letters, spaces, hyphens, apostrophes)? */
/* How many fields, parted by wide gaps, a line of words alone has (0: a
 * figure, a bracket or a colon in it, or one field). */
static int word_fields(const char *p, size_t n)
{
    /* (quick: prose has no wide gap) */
    if (n < 4 || (!memmem(p, n, "  ", 2) && !memchr(p, '\t', n)))
        return 0;
    int fields = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (is_digit(c) || c == ':' || c == '|')
            return 0;
        if (c == ' ' || c == '\t') {
            if (in && (c == '\t' || (i + 1 < n && p[i + 1] == ' ')))
                in = false;
            continue;
        }
        if (!in)
            fields++;
        in = true;
    }
    return fields >= 2 ? fields : 0;
}

static bool words_only(const char *p, size_t n)
{
    /* (a note's mark glued to the last word: "Annual active customer
     * accounts(1)") */
    size_t e = n;
    while (e > 0 && is_space((unsigned char)p[e - 1]))
        e--;
    if (e >= 4 && p[e - 1] == ')' && is_digit((unsigned char)p[e - 2])) {
        size_t o = e - 2;
        while (o > 0 && is_digit((unsigned char)p[o - 1]))
            o--;
        if (o > 1 && p[o - 1] == '(' && is_alpha((unsigned char)p[o - 2]) && e - o <= 3)
            e = o - 1;
    }
    /* (and an abbreviation in brackets: 'Monthly active user accounts
     * ("MAU")') */
    return letters_and(p, e, "()\"", false);
}

/* Does the line end with a word that leads on to what follows, a verb
 * of a figure or a preposition: a sentence broken before its figure ("By
 * the end of 2013 Yu'e Bao's fund size reached" / "3 trillion yuan.")? */
static bool ends_leading(const char *p, size_t n)
{
    static const char *const leads[] = {"reached", "totaled", "totalled", "hit", "was", "were", "is", "are",
                                        "amounted", "rose", "grew", "stood", "of", "to", "at", "by", "with",
                                        "the", "a", "an", "and", "than", "from", "about", "nearly", "over",
                                        /* (a sentence broken after a preposition or a possessive: "48.86
                                         * million in" / "March, up 2.97 million") */
                                        "in", "on", "for", "its", "their", "since", "during", "into"};
    size_t e = n, w;
    while (e > 0 && p[e - 1] == ' ')
        e--;
    for (w = e; w > 0 && is_alpha((unsigned char)p[w - 1]); w--)
        ;
    return e > w && (w == 0 || p[w - 1] == ' ') && str_ieq_any(p + w, e - w, leads, sizeof leads / sizeof *leads);
}

/* (the same, on a line of prose: words parted by single spaces, a
 * clause's worth, not a table's header, "As at") */
static bool prose_leading(const char *p, size_t n)
{
    size_t a = 0;
    while (a < n && (p[a] == ' ' || p[a] == '\t'))
        a++;
    while (n > a && p[n - 1] == ' ')
        n--;
    /* (the last word first: most lines end with none of those words) */
    return n - a >= 25 && ends_leading(p + a, n - a) && !memmem(p + a, n - a, "  ", 2) && !memchr(p + a, '\t', n - a);
}

/* A fact sheet's label alone on its line, its value on the next: words
 * and brackets, no figure, no mark at its end, not all in capitals (a
 * heading): "Payment transactions processed by Alipay". */
static bool sheet_label_like(const char *p, size_t n)
{
    /* (no header of fields parted by wide gaps) */
    if (n < 3 || n > 80 || !words_only(p, n) || p[0] == ' ' || p[0] == '\t' || memmem(p, n, "  ", 2) ||
        memchr(p, '\t', n))
        return false;
    /* (nor a sentence broken before its figure) */
    if (ends_leading(p, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (is_lower((unsigned char)p[i]))
            return true;
    return false;
}

/* A fact sheet's value opening its line: a figure, a currency before it
 * ("RMB 120.7 billion", "US$17.8 billion", "1.05 billion", "934
 * million"), short. */
static bool sheet_value_like(const char *p, size_t n)
{
    /* (no row of fields parted by wide gaps) */
    if (n > 80 || memmem(p, n, "  ", 2) || memchr(p, '\t', n))
        return false;
    size_t i = 0;
    while (i < n && i < 4 && (is_upper((unsigned char)p[i]) || p[i] == '$'))
        i++;
    if (i < n && p[i] == '$')
        i++;
    if (i > 0 && i < n && p[i] == ' ')
        i++;
    if (i >= n || !is_digit((unsigned char)p[i]))
        return false;
    /* (no year alone: "2015 | 91.2 billion", a row) */
    size_t e = i;
    while (e < n && is_digit((unsigned char)p[e]))
        e++;
    bool year = e - i == 4 && (p[i] == '1' || p[i] == '2') && (e == n || p[e] == ' ' || p[e] == '|');
    if (year)
        return false;
    /* (the figure alone, with its scale or unit: not a day, "21 March") */
    while (e < n && (is_digit((unsigned char)p[e]) || p[e] == ',' || p[e] == '.'))
        e++;
    if (e < n && p[e] == '%')
        e++;
    if (e < n && p[e] == ' ')
        e++;
    size_t w = e;
    while (w < n && is_alpha((unsigned char)p[w]))
        w++;
    static const char *const unit[] = {"million", "billion", "trillion", "thousand", "mn", "bn", "m", "b", "k",
                                       "mm", "mbps", "gbps", "yuan", "percent"};
    bool unit_ok = w == e;
    for (size_t k = 0; k < sizeof unit / sizeof *unit && !unit_ok; k++)
        unit_ok = str_ieq(p + e, w - e, unit[k]);
    if (!unit_ok)
        return false;
    /* (and its currency after the scale: "10.63 trillion yuan") */
    if (w > e && w + 1 < n && p[w] == ' ') {
        size_t c = w + 1, ce = c;
        while (ce < n && is_alpha((unsigned char)p[ce]))
            ce++;
        static const char *const money[] = {"yuan", "dollars", "rmb", "usd", "hkd", "renminbi"};
        if (ce > c && str_ieq_any(p + c, ce - c, money, sizeof money / sizeof *money))
            w = ce;
    }
    while (w < n && (p[w] == ' ' || p[w] == '+' || p[w] == ')' || p[w] == '*'))
        w++;
    /* (its conversion in brackets may follow: "RMB 120.7 billion (US$17.8
     * billion)") */
    return w == n || (w < n && p[w] == '(');
}

/* Words, brackets and a colon only, p[0, n): a section's label. */
static bool section_words(const char *p, size_t n)
{
    return letters_and(p, n, "():.", true);
}

/* Does the line give a figure's unit: "Unit: 10,000 persons"? */
static bool unit_like(const char *p, size_t n)
{
    size_t u = 0;
    while (u < n && (p[u] == ' ' || p[u] == '\t'))
        u++;
    bool bracket = u < n && p[u] == '(';
    if (bracket) /* "(unit: 100 million yuan)" */
        u++;
    if (n - u > 5 && (str_ieq(p + u, 5, "unit:") || (n - u > 6 && str_ieq(p + u, 6, "units:"))))
        return true;
    /* (or of what: "Unit of netizens and net increase: 10,000 persons") */
    if (n - u > 8 && (str_ieq(p + u, 8, "unit of ") || str_ieq(p + u, 9, "units of ") || str_ieq(p + u, 9, "unit for "))) {
        const char *colon = memchr(p + u, ':', n - u < 60 ? n - u : 60);
        return colon && (size_t)(colon - p) + 2 < n;
    }
    /* ... or a scale alone in brackets: "(in millions, except percentages)",
     * "(RMB million)", or one over each column: "(in millions)   (in
     * millions)" */
    if (!bracket)
        return false;
    int groups = 0, scaled = 0;
    while (u < n) {
        const char *close = memchr(p + u, ')', n - u);
        if (!close || close - (p + u) > 60 || memchr(p + u, '(', (size_t)(close - (p + u))))
            return false;
        size_t e = (size_t)(close - p);
        /* (or a percent's, among scales: "(100 million yuan)   assets (%)") */
        if (groups > 0 && e == u + 1 && p[u] == '%') {
            groups++;
            u = e + 1;
            while (u < n && (p[u] == ' ' || p[u] == '\t'))
                u++;
            if (u < n && is_lower((unsigned char)p[u]))
                goto words;
            if (u < n && p[u] != '(')
                return false;
            u++;
            continue;
        }
        static const char *const scales[] = {"million", "billion", "thousand", "10,000", "100 million"};
        bool scale = false;
        for (size_t k = 0; k < sizeof scales / sizeof *scales && !scale; k++)
            scale = memmem(p + u, e - u, scales[k], strlen(scales[k])) != NULL;
        /* (or abbreviated, a word of its own: "(RMB bn)", "(US$ mn)") */
        static const char *const abbr[] = {"bn", "mn", "mln", "bln"};
        for (size_t w = u; w < e && !scale;) {
            while (w < e && !is_alpha((unsigned char)p[w]))
                w++;
            size_t we = w;
            while (we < e && is_alpha((unsigned char)p[we]))
                we++;
            scale = we > w && str_ieq_any(p + w, we - w, abbr, sizeof abbr / sizeof *abbr);
            w = we;
        }
        if (!scale)
            return false;
        groups++;
        scaled++;
        u = e + 1;
        while (u < n && (p[u] == ' ' || p[u] == '\t'))
            u++;
        /* (the ends of a header's names wrapped onto the line, in lower
         * case, before their units: "assets (%)", "yield (%)") */
    words:
        while (u < n && (is_lower((unsigned char)p[u]) || p[u] == ' ' || p[u] == '-'))
            u++;
        if (u < n && p[u] != '(')
            return false;
        u++;
    }
    return groups > 0 && scaled > 0;
}

/* Is the line a note that gives the unit of the table above it: "Figures
 * in millions unless stated.", "Note: all amounts in RMB billion."? */
static bool unit_note_like(const char *p, size_t n)
{
    static const char *const lead[] = {"figures", "all figures", "data", "numbers", "amounts", "all amounts",
                                       "values", "note: figures", "note: all", "note: amounts", "notes: figures"};
    static const char *const scales[] = {" in million", " in billion", " in thousand", " in 10,000", " in 100 million",
                                         " in rmb million", " in rmb billion", " in us$ million", " in us$ billion"};
    size_t u = 0;
    while (u < n && (p[u] == ' ' || p[u] == '\t'))
        u++;
    if (unit_like(p, n) && u < n && p[u] != '(')
        return true;
    /* (or a note's mark, "Notes: (a) RMB 100 million; ...", that a mark
     * in the header's units stands for) */
    size_t m = u;
    if (n - m > 6 && str_ieq(p + m, 5, "note:"))
        m += 5;
    else if (n - m > 7 && str_ieq(p + m, 6, "notes:"))
        m += 6;
    while (m < n && p[m] == ' ')
        m++;
    if (m + 4 < n && p[m] == '(' && is_alnum((unsigned char)p[m + 1]) && p[m + 2] == ')' && p[m + 3] == ' ') {
        static const char *const units[] = {"rmb", "us$", "yuan", "10,000", "100 million", "million", "billion",
                                            "thousand", "percent", "%"};
        for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
            size_t l = strlen(units[k]);
            for (size_t i = m + 4; i + l <= n && i < m + 16; i++)
                if (str_ieq(p + i, l, units[k]))
                    return true;
        }
    }
    bool led = false;
    for (size_t k = 0; k < sizeof lead / sizeof *lead && !led; k++) {
        size_t l = strlen(lead[k]);
        led = n - u > l && str_ieq(p + u, l, lead[k]) && p[u + l] == ' ';
    }
    if (!led || n - u > 200)
        return false;
    size_t span = n - u < 60 ? n - u : 60;
    for (size_t k = 0; k < sizeof scales / sizeof *scales; k++) {
        size_t l = strlen(scales[k]);
        for (size_t i = u; i + l <= u + span; i++)
            if (str_ieq(p + i, l, scales[k]))
                return true;
    }
    return false;
}

/* Is the line a header of a period's column and a few others, words
 * parted by a wide gap: "Year    Number (million)", "Period   Users"? */
static bool period_header_like(const char *p, size_t n)
{
    size_t i = blanks_end(p, 0, n);
    size_t e = i;
    while (e < n && is_alpha((unsigned char)p[e]))
        e++;
    if (!scan_period_word(p + i, e - i) || n - e > 80 || e + 2 >= n || !((p[e] == ' ' && p[e + 1] == ' ') || p[e] == '\t'))
        return false;
    int depth = 0;
    for (size_t k = e; k < n; k++) {
        unsigned char c = (unsigned char)p[k];
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if ((is_digit(c) && depth <= 0) || c == '.' || c == ';' || c == ':')
            return false;
    }
    return true;
}

/* Is the line a table's or a figure's caption: "Table 2 Mobile netizens
 * (unit: 10,000)", "Figure 3: ...", "Unit: 10,000 persons"? */
static bool caption_like(const char *p, size_t n)
{
    static const char *const w[] = {"table", "figure", "fig", "chart", "exhibit", "graph"};
    size_t i = blanks_end(p, 0, n);
    /* (quick: the first letter of one of the words) */
    if (i >= n || !strchr("tTfFcCeEgGuU(", p[i]))
        return false;
    if (unit_like(p, n))
        return true;
    size_t e = i;
    while (e < n && is_alpha((unsigned char)p[e]))
        e++;
    if (e - i > 7)
        return false;
    bool cap = false;
    for (size_t k = 0; k < sizeof w / sizeof *w && !cap; k++)
        cap = str_ieq(p + i, e - i, w[k]);
    while (e < n && (p[e] == ' ' || p[e] == '.'))
        e++;
    return cap && e < n && is_digit((unsigned char)p[e]) && n < 160;
}

/* How many fields of words, years, brackets and '%' a table's header of
 * columns has, parted by wide gaps; 0 if it has another figure. */
static int header_fields(const char *p, size_t n)
{
    int fields = 0, gap = 2, depth = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '\t') {
            gap += c == '\t' ? 2 : 1;
            continue;
        }
        depth += c == '(' ? 1 : c == ')' && depth ? -1 : 0;
        /* (a unit's figures in brackets: "(100 million yuan)") */
        if (is_digit(c) && depth) {
            gap = 0;
            continue;
        }
        if (is_digit(c)) {
            /* (a year alone) */
            size_t e = i;
            while (e < n && is_digit((unsigned char)p[e]))
                e++;
            if (e - i != 4 || (e < n && p[e] != ' ' && p[e] != '\t'))
                return 0;
            if (gap >= 2)
                fields++;
            gap = 0;
            i = e - 1;
            continue;
        }
        if (gap >= 2)
            fields++;
        gap = 0;
    }
    return fields;
}

/* Is the line a table's header of columns, three fields at least? */
static bool header_like(const char *p, size_t n)
{
    return header_fields(p, n) >= 3;
}

/* Is the line a row of a table of names under a header of fields: three
 * fields at least parted by wide gaps, the first a name, a figure among
 * the others ("  Lashou     Nov 3     B     US$50 mn     Tiger Global")? */
static bool fields_row_like(const char *p, size_t n)
{
    size_t i = blanks_end(p, 0, n);
    /* (past a rank: "4     ZhongAn Insurance    Internet finance ...") */
    size_t r = i;
    while (r < n && r < i + 3 && is_digit((unsigned char)p[r]))
        r++;
    if (r > i && r < n && p[r] == '.')
        r++;
    if (r > i && r + 1 < n && p[r] == ' ' && p[r + 1] == ' ') {
        i = r;
        i = blanks_end(p, i, n);
    }
    if (i >= n || !is_upper((unsigned char)p[i]))
        return false;
    int fields = 1, gap = 0;
    bool figure = false;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '\t') {
            gap += c == '\t' ? 2 : 1;
            continue;
        }
        if (gap >= 3)
            fields++;
        gap = 0;
        figure = figure || (is_digit(c) && fields >= 2);
        if (c == '.' && i + 1 < n && p[i + 1] == ' ' && !is_digit((unsigned char)p[i - 1]) && fields == 1)
            return false; /* (a sentence's end: prose) */
    }
    return fields >= 3 && figure;
}

static bool years_row_like(const char *p, size_t n)
{
    int years = 0, words = 0, qn;
    char part;
    size_t i = 0;
    /* (quick: a header of years ends in a digit, a note's mark, or a
     * change's column) */
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (n < 9 || !(is_digit((unsigned char)p[n - 1]) || p[n - 1] == ')' || p[n - 1] == '*' ||
                   is_alpha((unsigned char)p[n - 1])))
        return false;
    while (i < n) {
        i = blanks_end(p, i, n);
        if (i >= n)
            break;
        size_t b = i;
        while (i < n && p[i] != ' ' && p[i] != '\t')
            i++;
        /* (a year and month: "2010.6", "2010.12"; a survey's date with its
         * day, in brackets: "(1998.6.30)") */
        size_t l = i - b;
        if (l >= 10 && p[b] == '(' && p[i - 1] == ')' && is_digit((unsigned char)p[b + 1])) {
            size_t e = i - 1, q = b + 1;
            while (q < e && is_digit((unsigned char)p[q]))
                q++;
            size_t dots = 0;
            while (q < e && p[q] == '.' && q + 1 < e && is_digit((unsigned char)p[q + 1])) {
                dots++;
                q++;
                while (q < e && is_digit((unsigned char)p[q]))
                    q++;
            }
            if (q == e && dots == 2 && p[b + 5] == '.') {
                b++;
                l = 4;
            }
        }
        if ((l == 6 || l == 7) && p[b + 4] == '.' && is_digit((unsigned char)p[b + 5]) &&
            (l == 6 || is_digit((unsigned char)p[b + 6])))
            l = 4;
        if (l == 4 && is_digit((unsigned char)p[b]) && is_digit((unsigned char)p[b + 1]) &&
            is_digit((unsigned char)p[b + 2]) && is_digit((unsigned char)p[b + 3])) {
            int y = (p[b] - '0') * 1000 + (p[b + 1] - '0') * 100 + (p[b + 2] - '0') * 10 + (p[b + 3] - '0');
            if (y < 1900 || y > 2100)
                return false;
            years++;
        } else if (scan_month(p + b, l && p[i - 1] == '.' ? l - 1 : l) && !(l == 3 && !years && words > 3)) {
            /* a month before its year: "Dec. 2015  Dec. 2016  Jun. 2017" */
            continue;
        } else if ((l == 4 || l == 6) && period_glued(p + b, l, &part, &qn) && (part == 'Q' || part == 'H')) {
            years++; /* a quarter or a half and its year: "1Q17", "2017Q1", "2018H1" */
        } else if ((l == 9 || l == 11) && is_digit((unsigned char)p[b]) && is_digit((unsigned char)p[b + 1]) &&
                   p[b + 2] == '-' && p[b + 6] == '-' && scan_month(p + b + 3, 3) > 0 &&
                   is_digit((unsigned char)p[b + 7]) && is_digit((unsigned char)p[i - 1])) {
            years++; /* a day, its month and its year: "31-Dec-07", "30-Sep-2007" */
        } else if ((l == 6 || (l == 7 && p[b + 6] == '*')) && scan_month(p + b, 3) > 0 && p[b + 3] == '-' &&
                   is_digit((unsigned char)p[b + 4]) && is_digit((unsigned char)p[b + 5])) {
            years++; /* a month and its year's last figures: "Jun-13", "Feb-14*" */
        } else if (l == 2 && period_short_name(p + b, l, &part) && (part == 'Q' || part == 'H')) {
            continue; /* a quarter or a half by its year: "Q1 2017", "2017 Q1", "H1 2018" */
        } else if (years >= 2 && ((l >= 3 && p[b] == '(' && p[i - 1] == ')' &&
                                   (is_digit((unsigned char)p[b + 1]) || p[b + 1] == '%')) ||
                                  str_ieq(p + b, l, "vs.") || str_ieq(p + b, l, "vs") || str_ieq(p + b, l, "change") ||
                                  str_ieq(p + b, l, "%") || str_ieq(p + b, l, "yoy") || str_ieq(p + b, l, "qoq") ||
                                  str_ieq(p + b, l, "growth"))) {
            /* a note's mark ("2013 (1)"), the change between the years
             * ("2014 vs. 2013", "Change") */
            continue;
        } else if (years || ++words > 3) {
            return false; /* words after the years, or too many before */
        }
    }
    return years >= 2;
}

/* Blank a wire's tag before its headline ("CORRECTS-Yu'e Bao assets ...",
 * "UPDATE 2-Alibaba's ...", "EXCLUSIVE-"): no name's word, no figure. */
static void wire_tag(char *p, size_t n)
{
    static const char *const tags[] = {"CORRECTED", "CORRECTS", "CORRECT", "UPDATE", "REFILE", "EXCLUSIVE",
                                       "RPT", "WRAPUP", "ANALYSIS", "INSIGHT", "FACTBOX", "BREAKINGVIEWS"};
    size_t i = 0;
    while (i < n && p[i] == ' ')
        i++;
    /* (quick: a tag opens with two capitals, most blocks do not) */
    if (i + 1 >= n || !is_upper((unsigned char)p[i]) || !is_upper((unsigned char)p[i + 1]))
        return;
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++) {
        size_t l = strlen(tags[k]);
        if (i + l >= n || memcmp(p + i, tags[k], l) != 0)
            continue;
        size_t e = i + l;
        /* (its count: "UPDATE 2-") */
        if (e + 1 < n && p[e] == ' ' && is_digit((unsigned char)p[e + 1])) {
            e++;
            while (e < n && is_digit((unsigned char)p[e]))
                e++;
        }
        if (e + 1 >= n || p[e] != '-' || !is_upper((unsigned char)p[e + 1]))
            return;
        memset(p + i, ' ', e + 1 - i);
        return;
    }
}

/* Turn a run of four dots or more between a label and its value into a
 * colon and spaces ("Largest round ...... Lufax" → "Largest round:
 * Lufax"); whether there was one. */
static bool dot_leaders(char *p, size_t n)
{
    /* (quick: four dots in a row somewhere) */
    const char *q = NULL;
    for (const char *z = n >= 5 ? memchr(p, '.', n) : NULL; z && !q;
         z = (size_t)(z + 1 - p) < n ? memchr(z + 1, '.', n - (size_t)(z + 1 - p)) : NULL)
        if ((size_t)(z - p) + 4 < n && z[1] == '.' && z[2] == '.' && z[3] == '.')
            q = z;
    for (size_t i = q ? (size_t)(q - p) : n; i + 4 < n; i++) {
        if (i == 0)
            continue;
        if (p[i] != '.' || p[i + 1] != '.' || p[i + 2] != '.' || p[i + 3] != '.' ||
            !(is_alnum((unsigned char)p[i - 1]) || p[i - 1] == ' ' || p[i - 1] == ')'))
            continue;
        size_t e = i;
        while (e < n && (p[e] == '.' || p[e] == ' '))
            e++;
        if (e >= n)
            return false; /* (dots to the end: a rule or a cut line) */
        size_t a = i;
        while (a > 0 && p[a - 1] == ' ')
            a--;
        if (a == 0)
            return false;
        /* (a row of a table of several columns, its label's leaders
         * spaces: "Internet users ............   22.5    33.7    59.1") */
        int cells = 0;
        for (size_t k = e; k < n;) {
            while (k < n && p[k] == ' ')
                k++;
            if (k >= n)
                break;
            size_t c0 = k;
            while (k < n && p[k] != ' ')
                k++;
            cells += is_digit((unsigned char)p[c0]) || (p[c0] == '-' && k - c0 <= 2);
            if (k < n && (k + 1 >= n || p[k + 1] != ' '))
                cells = -100; /* (words after it: no row of cells) */
        }
        if (cells >= 2) {
            for (size_t k = i; k < e; k++)
                p[k] = ' ';
            return false;
        }
        p[a] = ':';
        for (size_t k = a + 1; k < e; k++)
            p[k] = ' ';
        return true;
    }
    return false;
}

/* A row of a table written in Markdown, "| Internet users | 989 million |
 * +85.4 million |", is read as one whose cells are parted by wide gaps:
 * its bars become spaces (the same length, the same columns).  Its rule,
 * "|---|:---:|", is then a line of dashes, which no table reads. */
static void markdown_row(char *p, size_t n)
{
    size_t a = 0, e = n;
    while (a < n && (p[a] == ' ' || p[a] == '\t'))
        a++;
    while (e > a && (p[e - 1] == ' ' || p[e - 1] == '\t'))
        e--;
    if (e - a < 5 || p[a] != '|' || p[e - 1] != '|')
        return;
    size_t bars = 0;
    for (size_t i = a; i < e; i++)
        bars += p[i] == '|';
    if (bars < 3)
        return;
    bool rule = true;
    for (size_t i = a; i < e && rule; i++)
        rule = p[i] == '|' || p[i] == '-' || p[i] == ':' || p[i] == ' ';
    for (size_t i = a; i < e; i++)
        if (p[i] == '|' || (rule && p[i] == ':'))
            p[i] = rule && p[i] == ':' ? '-' : ' ';
}

/* How many bars " | " part the line's fields (0: none); and in *nums how
 * many fields are a figure alone ("618", "45.8", "3,406,824"). */
static int bar_fields(const char *p, size_t n, int *nums)
{
    int bars = 0;
    *nums = 0;
    if (!memchr(p, '|', n)) /* (quick: most lines have no bar) */
        return 0;
    size_t f = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !(p[i] == '|' && i > 0 && p[i - 1] == ' ' && i + 1 < n && p[i + 1] == ' '))
            continue;
        size_t a = f, e = i;
        while (a < e && p[a] == ' ')
            a++;
        while (e > a && p[e - 1] == ' ')
            e--;
        bool num = e > a && is_digit((unsigned char)p[a]);
        for (size_t k = a; k < e && num; k++)
            num = is_digit((unsigned char)p[k]) || p[k] == ',' || p[k] == '.' || p[k] == '%';
        *nums += num;
        if (i < n)
            bars++;
        f = i + 1;
    }
    return bars;
}

/* A table written with bars between its fields and none at the ends
 * ("Year | Netizens (million) | Penetration (%)" / "2013 | 618 | 45.8"):
 * its bars become spaces, as a Markdown table's do. */
static void bars_to_gaps(char *p, size_t n)
{
    for (size_t i = 1; i + 1 < n; i++)
        if (p[i] == '|' && p[i - 1] == ' ' && p[i + 1] == ' ')
            p[i] = ' ';
}

/* Does the line head a table of ranks: "Rank", a wide gap, more
 * fields ("Rank   Fund   Net assets (billion yuan)")? */
static bool rank_header_like(const char *p, size_t n)
{
    size_t i = blanks_end(p, 0, n);
    size_t w = i;
    while (w < n && is_alpha((unsigned char)p[w]))
        w++;
    if (!(str_ieq(p + i, w - i, "rank") || str_ieq(p + i, w - i, "ranking")) || w + 3 > n || p[w] != ' ' ||
        p[w + 1] != ' ')
        return false;
    while (w < n && p[w] == ' ')
        w++;
    return w < n && is_alpha((unsigned char)p[w]);
}

/* Is the line a row of a table of ranks: a rank of one to three digits,
 * a wide gap, a name in capitals, a figure after it? */
static bool ranked_row_like(const char *p, size_t n)
{
    size_t i = blanks_end(p, 0, n);
    size_t d = i;
    while (d < n && is_digit((unsigned char)p[d]))
        d++;
    if (d == i || d - i > 3 || d + 3 > n || p[d] != ' ' || p[d + 1] != ' ')
        return false;
    while (d < n && p[d] == ' ')
        d++;
    /* (past a code's column after the rank: "1     000198     Tianhong
     * Yu'e Bao MMF   7,491.80") */
    size_t c = d;
    while (c < n && (is_digit((unsigned char)p[c]) || is_upper((unsigned char)p[c])))
        c++;
    if (c > d + 2 && c + 2 < n && p[c] == ' ' && p[c + 1] == ' ' && is_digit((unsigned char)p[d])) {
        d = c;
        while (d < n && p[d] == ' ')
            d++;
    }
    if (d >= n || !is_upper((unsigned char)p[d]))
        return false;
    for (; d < n; d++)
        if (is_digit((unsigned char)p[d]))
            return true;
    return false;
}

/* Is the line a year alone ("2019", "  2019:"), a chronology's heading? */
static bool year_heading_line(const char *p, size_t n)
{
    size_t a = 0;
    while (a < n && (p[a] == ' ' || p[a] == '\t'))
        a++;
    if (n - a < 4)
        return false;
    int y = 0;
    for (size_t k = 0; k < 4; k++) {
        if (!is_digit((unsigned char)p[a + k]))
            return false;
        y = y * 10 + (p[a + k] - '0');
    }
    size_t e = a + 4;
    if (e < n && p[e] == ':')
        e++;
    while (e < n && (p[e] == ' ' || p[e] == '\t' || p[e] == '\r'))
        e++;
    return e == n && y >= 1980 && y <= 2100;
}

/* Does the text s[0, n) end with a preposition, its sentence going on
 * ("... by the end of" / "2013")? */
static bool ends_with_preposition(const char *s, size_t n)
{
    static const char *const prep[] = {"of", "in", "by", "to", "since", "from", "and", "until", "than", "on",
                                       "at", "for", "during", "before", "after", "the"};
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    size_t a = n;
    while (a > 0 && is_alpha((unsigned char)s[a - 1]))
        a--;
    return a < n && str_ieq_any(s + a, n - a, prep, sizeof prep / sizeof *prep);
}

/* A unit's label in Chinese, "单位:" or "单位：" ("单位:万人", a chart's
 * unit of 10,000 people), is read as "Unit:" (written over it, padded
 * with spaces: the line keeps its length and its columns). */
static void chinese_unit_label(char *p, size_t n)
{
    size_t a = 0;
    while (a < n && (p[a] == ' ' || p[a] == '\t' || p[a] == '('))
        a++;
    if (n - a < 7 || memcmp(p + a, "\xE5\x8D\x95\xE4\xBD\x8D", 6) != 0)
        return;
    size_t colon = p[a + 6] == ':' ? 1 : n - a >= 9 && memcmp(p + a + 6, "\xEF\xBC\x9A", 3) == 0 ? 3 : 0;
    if (!colon)
        return;
    memcpy(p + a, "Unit:", 5);
    memset(p + a + 5, ' ', 1 + colon);
}

/* The edges of a box drawn around a table or a panel, "│ Active buyers
 * (mn)   244.8   │", are none of its text: both are blanked (three spaces
 * each, the line keeps its length and its columns).  U+2502, U+2503 and
 * U+2551, where the line opens and ends with one. */
static bool box_edge(const char *p)
{
    return (unsigned char)p[0] == 0xE2 &&
           (((unsigned char)p[1] == 0x94 && ((unsigned char)p[2] == 0x82 || (unsigned char)p[2] == 0x83)) ||
            ((unsigned char)p[1] == 0x95 && (unsigned char)p[2] == 0x91));
}

static void box_edges(char *p, size_t n)
{
    size_t a = blanks_end(p, 0, n), e = n;
    while (e > a && (p[e - 1] == ' ' || p[e - 1] == '\t'))
        e--;
    if (e < a + 6 || !box_edge(p + a) || !box_edge(p + e - 3))
        return;
    memset(p + a, ' ', 3);
    memset(p + e - 3, ' ', 3);
}

/* Does the line hold a figure outside brackets? */
static bool figure_outside_brackets(const char *p, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '(')
            depth++;
        else if (p[i] == ')' && depth)
            depth--;
        else if (!depth && is_digit((unsigned char)p[i]))
            return true;
    }
    return false;
}

/* Does the line's first letter, past its indent, stand in lower case? */
static bool lower_start(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    return i < n && is_lower((unsigned char)p[i]);
}

static void on_line(struct extractor *x, char *p, size_t n, long lineno)
{
    if (lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    }
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n'))
        n--;
    for (char *z = memchr(p, '\0', n); z; z = memchr(z + 1, '\0', n - (size_t)(z + 1 - p)))
        *z = ' ';
    for (char *z = memchr(p, '\r', n); z; z = memchr(z + 1, '\r', n - (size_t)(z + 1 - p)))
        *z = ' ';
    chinese_unit_label(p, n);
    box_edges(p, n);
    bool after_row = x->last_row || x->last_label_row;
    markdown_row(p, n);
    /* (a table with bars between its fields: this row and the line
     * before, its header or a row, with as many) */
    int nums, bars = bar_fields(p, n, &nums);
    bool bar_row = false;
    if (bars >= 2 && !memchr(p, ':', n) && x->block.len && bars == x->last_bars && (nums >= 2 || x->bar_table)) {
        bars_to_gaps(p, n);
        if (!x->bar_table)
            bars_to_gaps(x->block.p + x->last_at, x->block.len - x->last_at);
        bar_row = true;
    }
    /* dot leaders between a label and its value ("Largest round ........
     * Lufax, US$1.216 billion") read as a label's colon: the line is a
     * row of its own */
    bool leader = dot_leaders(p, n);
    wire_tag(p, n);
    bool blank = true;
    for (size_t i = 0; i < n && blank; i++)
        if (!is_space((unsigned char)p[i]))
            blank = false;
    /* a table's rule ("-------", "=====") is no line of it: the rows
     * under it stay with the header above (nor a box's edge drawn with
     * the box-drawing characters, U+2500 to U+257F: "┌──────┐") */
    bool rule = n >= 3;
    size_t boxes = 0;
    for (size_t i = 0; i < n && rule; i++) {
        if ((unsigned char)p[i] == 0xE2 && i + 2 < n && ((unsigned char)p[i + 1] == 0x94 || (unsigned char)p[i + 1] == 0x95)) {
            boxes++;
            i += 2;
            continue;
        }
        rule = p[i] == '-' || p[i] == '=' || p[i] == '_' || p[i] == ' ' || p[i] == '+' || p[i] == '|';
    }
    if (rule && boxes >= 3)
        return;
    if (rule && !blank) {
        for (size_t i = 0, dashes = 0; i < n; i++)
            if (p[i] == '-' || p[i] == '=' || p[i] == '_')
                if (++dashes >= 3) {
                    x->after_rule = true;
                    /* (but a rule under prose or an item of a list parts
                     * it from what follows, as a blank line does: the next
                     * item's headline under "* Weibo had 46.2 million daily
                     * active users in December 2012" / "-----") */
                    if (x->block.len && !x->last_row && !x->last_label_row && !x->last_years && !x->head_block &&
                        (x->last_bullet || ends_sentence(x->block.p, x->block.len)))
                        x->pending_blank = true;
                    return;
                }
    }
    /* a page's furniture, as text taken from PDFs has it between the
     * lines of a sentence, is read as a blank line (not a row of a table
     * of names and one measure, its figure small: "CMNET (China Mobile)
     * 374" under "Network   Bandwidth (Mbps)") */
    if (blank || (page_furniture(p, n) && !(x->last_pair && !x->pending_blank && x->block.len && pair_line(p, n) == 2))) {
        if (x->block.len)
            x->pending_blank = true;
        return;
    }
    /* an item's own dateline, opening a block past the file's first
     * lines, starts a new item: its day is the time of writing of what
     * follows, as a document's dateline is, and nothing of the item
     * before is the context of its text */
    /* (or its second line, under the item's headline: "Chinese netizens
     * top 123 million" over "2006-07-19 17:05:33 | Source: Xinhua"; the
     * headline is the new item's) */
    /* (a day alone on its line only there: a chronology's day over its
     * entry is a heading) */
    int item_m, item_d, item_y;
    bool item_alone = false;
    bool under_headline = x->block.len && !x->pending_blank && x->block_lines == 1 && x->last_line_len <= 120;
    /* (or a whole day alone a blank line under it: "JD Health makes strong
     * debut" / "" / "2020-12-08") */
    bool after_headline = x->block.len && x->pending_blank && x->block_lines == 1 && x->last_line_len <= 120 &&
                          !ends_sentence(x->block.p, x->block.len);
    /* (among the file's first lines only where they gave it no day of
     * its own) */
    /* (or its source's line, fields parted by bars or in brackets, with
     * its day or its month: "china.org.cn | archive | 2004-01-16", "(China
     * Daily via china.org.cn, July 2004)") */
    /* (or an agency's dateline without its year, another day's than the
     * item's before, in a file of items: "BEIJING, Aug. 11 (Xinhua) --"
     * after an item of Aug. 5, 2005 is of 2005, or of the year after
     * where its month is half a year before that item's) */
    bool fresh = (x->pending_blank || !x->block.len || under_headline) && !bar_row;
    int ym = 0, yd = 0;
    bool yearless_item = fresh && lineno > 6 && x->doc_year && x->doc_day && agency_dateline(p, n) &&
                         dateline_year(p, n, &ym, &yd) < 0 && ym > 0 && yd > 0 &&
                         (ym != x->doc_month || yd != x->doc_day);
    if (yearless_item) {
        item_y = x->doc_year + (x->doc_month && ym < x->doc_month - 6 ? 1 : 0);
        item_m = ym;
        item_d = yd;
    }
    if (yearless_item ||
        ((lineno > 6 || (lineno > 2 && !x->doc_day)) && fresh &&
         (((item_y = item_dateline(p, n, &item_m, &item_d, &item_alone)) > 0 &&
           (!item_alone || under_headline || (after_headline && item_d > 0))) ||
          (item_y = item_source_line(p, n, &item_m, &item_d)) > 0 ||
          (item_y = item_headline_day(p, n, &item_m, &item_d)) > 0))) {
        /* (a headline a blank line above is the new item's: it stays to
         * open its chunk) */
        if ((x->pending_blank && !after_headline) || !x->block.len) {
            flush_block(x);
            x->pending_blank = false;
        }
        chunk_submit(x);
        x->prev.len = 0;
        x->doc_year = item_y;
        x->doc_month = item_m;
        x->doc_day = item_d;
        x->pub_month = 0;
    }
    /* (a label right under a figure is that figure's, an infographic's:
     * "45.8%" / "Internet penetration") */
    bool after_value = x->last_value && !x->pending_blank && !x->label_value;
    bool row = row_like(p, n);
    bool ranked = ranked_row_like(p, n);
    bool years = years_row_like(p, n);
    bool figs = !row && figures_row_like(p, n);
    /* "Unit: 10,000 persons" under a figure's caption */
    bool unit = unit_like(p, n);
    bool bullet = scan_bullet_at(p, 0, n);
    bool label_row = !row && label_row_like(p, n);
    bool period_header = !row && !years && period_header_like(p, n);
    int fields = scan_card_fields(p, n);
    int pair = pair_line(p, n);
    /* (looked at only under a header of fields or such a row) */
    /* (or under a header of three fields of words at least: "Platform
     * Owner   Category   Monthly active users, million") */
    bool fields_row = !row && !label_row && !x->pending_blank &&
                      (x->last_fields_row || (x->block_lines == 1 && (x->last_years || x->last_word_fields >= 3))) &&
                      fields_row_like(p, n);
    /* (a row's label alone on its line, under a row or the unit: it goes
     * on on the next) */
    /* (or under a section's label: "(including 3G):" / "-cumulative no."
     * / " of users   747.26") */
    /* (or the first under a header of columns alone, a blank line
     * between: "China Mobile  China Unicom  China Telecom" / "" / "Mobile
     * subscribers" / "(including 3G):") */
    bool label_line = !label_row && !row && x->block.len && n <= 60 &&
                      ((!x->pending_blank &&
                        (((x->last_label_row || x->last_unit || x->last_years) && words_only(p, n)) ||
                         (x->last_section && x->head_block && section_words(p, n)))) ||
                       (x->pending_blank && x->block_lines == 1 && x->head_block && x->last_years && words_only(p, n)));
    /* (a section's label inside a table: words, a bracket, a colon at the
     * end: "Mobile subscribers (including 3G):") */
    size_t se = n;
    while (se > 0 && is_space((unsigned char)p[se - 1]))
        se--;
    bool section = !row && !label_row && se > 1 && se <= 60 && p[se - 1] == ':' && section_words(p, se);
    bool head2 = false, sub_header = false, sheet_value = false;
    if (x->block.len) {
        bool open = !ends_sentence(x->block.p, x->block.len);

        bool join;
        /* a line that goes on from the one before: it starts in lower
         * case, or that one broke a word or a clause ("Inter-", ",") —
         * narrow columns of text taken from PDFs */
        char last = x->block.p[x->block.len - 1];
        /* (or a bracket goes on a line left open: "- Average daily active
         * users" over "(DAUs) were 102.8 million") */
        bool goes_on = is_lower((unsigned char)p[0]) || last == '-' || last == ',' ||
                       prose_leading(x->block.p + x->last_at, x->block.len - x->last_at) ||
                       (p[0] == '(' && n > 1 && is_upper((unsigned char)p[1]) && is_lower((unsigned char)last));
        if (x->pending_blank)
            join = (open && is_lower((unsigned char)p[0]) && x->last_line_len > 60) ||
                   /* a table under its caption, a blank line between (and
                    * under the caption's unit: "Table 1 ...", "Unit: 10,000
                    * persons", a blank line, the table) */
                   (x->block_lines == 1 && x->last_caption && (years || row || unit || period_header)) ||
                   /* (a header of periods alone, a blank line, the rows or
                    * the label of their first section: "November 2020
                    * October 2020" / "Mobile Business") */
                   (x->block_lines == 1 && (x->last_period_header || x->last_years) &&
                    (row || label_row || (n <= 60 && words_only(p, n)))) ||
                   (x->block_lines <= 2 && x->last_unit && (years || row)) ||
                   /* (a note under a table that gives its unit: "Figures
                    * in millions unless stated.") */
                   ((x->last_row || x->last_label_row || x->last_figures) && x->block_lines >= 2 &&
                    unit_note_like(p, n));
        else
            join = (open && (x->last_line_len > 60 || goes_on ||
                             /* a paragraph of narrow lines that has not ended
                              * its sentence goes on ("... from the end of" /
                              * "2013. The Internet ...") */
                             (x->block_lines >= 2 && x->last_line_len >= 40 && !row && !bullet))) ||
                   /* (so does one whose full stop is an abbreviation's, the
                    * next line in lower case: "(17.16 U.S." / "dollars)") */
                   (is_lower((unsigned char)p[0]) && abbreviation_end(x->block.p, x->block.len));
        /* the rows of a table of years stay with their header (the one
         * line before them) and with each other */
        /* (a header of two lines: "Year   Netizens" over "        (million)") */
        /* (or "                2003        in June": the header's years
         * and words under its first line) */
        /* (or its third or fourth, each column's name and unit broken
         * over them: "Number of" / "transactions" / "(100 million)") */
        head2 = !x->pending_blank && x->head_block &&
                (x->block_lines == x->head_at ||
                 (x->last_head2 && x->block_lines == x->head_end && x->head_end < x->head_at + 3)) &&
                !row && !years && n < 240 &&
                ((memchr(p, '(', n) && header_fields(p, n) >= 1) || (memmem(p, n, "  ", 2) && no_figure_but_years(p, n)));
        if (head2)
            join = true;
        /* (and after a label's end wrapped under the row before, "Instant"
         * over "  messaging") */
        if (row && !x->pending_blank &&
            (x->last_row || x->block_lines == 1 || x->last_unit || x->last_period_header || x->last_label_line ||
             x->last_head_units ||
             (x->block_lines == x->head_at + 1 && x->head_block && (x->last_years || x->last_head2)) ||
             (x->block_lines == x->head_end && x->head_end > x->head_at + 1 && x->head_block && x->last_head2)))
            join = true;
        if (unit && !x->pending_blank)
            join = true;
        /* (the rows of a table of ranks, "1     Tianhong Yu'e Bao Money
         * Market Fund     1,689.1", with their header "Rank   Fund   Net
         * assets (billion yuan)") */
        if (ranked && !x->pending_blank && (x->last_ranked || x->last_unit))
            join = true;
        /* (and their total under them) */
        if (!x->pending_blank && x->last_row && total_row_like(p, n))
            join = true;
        /* (a note right under the rows that gives their unit) */
        if (!x->pending_blank && (x->last_row || x->last_label_row || x->last_figures) && x->block_lines >= 2 &&
            unit_note_like(p, n))
            join = true;
        /* (or one its mark opens, the mark a column's or a row's: "*
         * March 2020.") */
        if (!x->pending_blank && (x->last_row || x->last_label_row) && x->block_lines >= 2 && n >= 3 && p[0] == '*' &&
            (p[1] == ' ' || (p[1] == '*' && p[2] == ' ')))
            join = true;
        /* ... a header of a period's column with its caption, or its
         * unit, the line before ("Table 2: Internet users" / "Year
         * Number (million)") */
        if (period_header && !x->pending_blank && x->block_lines <= 2 &&
            (x->last_caption || x->last_unit || (x->last_line_len <= 100 && open)))
            join = true;
        /* ... and the labelled rows of a table whose columns are years
         * with their header of years */
        /* (and a row whose label opened on the line before: 'Monthly active
         * user accounts ("MAUs")' / "  of QQ   815.3   808.0") */
        if (label_row && !x->pending_blank &&
            (x->last_years || x->last_label_row || x->last_unit || x->last_section || x->last_label_line ||
             /* (or its second line, the columns' units: "(RMB trln)
              * (RMB trln)") */
             (x->head_block && x->last_head2) ||
             /* (or under a header of fields of words: "Platform   Owner
              * Monthly active users (million)") */
             (x->block_lines == 1 && x->last_word_fields >= 2)))
            join = true;
        /* ... and the rows of a table of names and one measure with its
         * header ("Provider   Share (%)" / "Alipay   54.1") */
        if (pair == 2 && !x->pending_blank && x->last_pair)
            join = true;
        /* (and the header with its caption right above) */
        if (pair == 1 && !x->pending_blank && x->block_lines == 1 && x->last_caption)
            join = true;
        /* ... and a section's label among them ("3G subscribers:", "Mobile
         * subscribers" over "(including 3G):") */
        if (section && !x->pending_blank && x->head_block && (x->last_years || x->last_label_row || x->last_section))
            join = true;
        /* (and the next section under a blank line, after the rows of the
         * one before: "  -m/m growth (pct)   0.71   1.56" / "" / "3G
         * subscribers:"; its rows are the table's, its note under them
         * the whole table's unit) */
        if (section && x->pending_blank && x->head_block && (x->last_row || x->last_label_row))
            join = true;
        /* (a row's label may run over two lines: "Peak simultaneous online
         * user" / "  accounts of QQ IM   176.4   167.8") */
        if (label_line)
            join = true;
        /* ... and a header of columns under its line of periods ("Dec
         * 2015   Dec 2014" / "Application   Users   Usage rate ...") */
        if (!x->pending_blank && x->last_period_line && n < 240 && memmem(p, n, "  ", 2) && header_like(p, n))
            join = true;
        /* the items of a list stay together, with the line that heads them */
        if (bullet && !x->pending_blank && (x->last_bullet || x->block_lines == 1))
            join = true;
        /* an item goes on on indented lines ("• Online shopping: the number
         * of online shoppers reached" / "  332 million, ...") */
        bool hanging = x->in_item && !bullet && !x->pending_blank && open && (p[0] == ' ' || p[0] == '\t');
        if (hanging)
            join = true;
        /* a paragraph of hard-wrapped lines goes on after a sentence that
         * ended at the end of a full line ("... by the end of" / "June,
         * and ... fund shares." / "Money market funds ..."): its lines
         * are as wide as the block's widest, the next is no item, row or
         * indented line */
        /* a wrapped line that ends with a bracket or a quote and goes on
         * in lower case: "58.8 trillion yuan (US$8.6 trillion)" / "in
         * 2016, up 381 percent" */
        if (!join && !open && !x->pending_blank && x->last_line_len >= 40 && is_lower((unsigned char)p[0]) &&
            (last == ')' || last == '"') && !row && !bullet)
            join = true;
        /* (not past a rule between them: "... under the symbol "DANG"." /
         * "-----" / "China internet users hit 384 mln", the next item) */
        if (!join && !open && !x->pending_blank && !x->after_rule && x->block_lines >= 2 && x->block_width >= 50 &&
            x->last_line_len * 10 >= x->block_width * 9 && n >= 20 && !row && !years && !unit && !bullet &&
            !label_row && !x->last_row && !x->last_bullet && !x->in_item && is_upper((unsigned char)p[0]) &&
            !x->last_indented && (unsigned char)x->block.p[x->block.len - 1] == '.')
            join = true;
        /* ... and a chart's rows of figures under its line of periods */
        if (figs && !x->pending_blank && (x->last_period_line || x->last_figures))
            join = true;
        /* ... or over it, as text taken from a PDF has a chart's axis
         * ("82,851   85,449   90,359" / "2018.12   2019.6   2020.3") */
        if (years && !x->pending_blank && x->last_figures)
            join = true;
        /* a card's lines of fields stay with its title and each other, and
         * its indented text under them with them ("1. XUEBANG TUTOR
         * (Beijing | ...)" / "   Round: Series C    Amount: RMB300
         * million" / "   Lead: Hillhouse Capital" / "   Xuebang matches ...") */
        if (!x->pending_blank && ((fields >= 2 && x->block_lines == 1) || (fields && x->last_field) ||
                                  (x->last_field && (p[0] == ' ' || p[0] == '\t'))))
            join = true;
        /* ... and the rows of a table of names under its header of
         * fields ("Company   Date   Round   Amount   Lead investor") */
        if (fields_row)
            join = true;
        /* ... and a header of names over the same columns under each
         * ("China Mobile        Unicom GSM" / "total   net add     total
         * net add") */
        int wf = word_fields(p, n);
        sub_header = !x->pending_blank && x->last_name_fields && wf >= 2 * x->last_name_fields &&
                     wf % x->last_name_fields == 0 && (p[0] == ' ' || p[0] == '\t');
        /* (and the rows under them) */
        if (sub_header || (row && !x->pending_blank && x->last_sub_header))
            join = true;
        /* a fact sheet's value under its label, and the words that go on
         * after it ("Payment transactions processed by Alipay" / "1.05
         * billion" / "up 48% from 710 million in 2015"; "(US$17.8
         * billion), up 32% year-on-year") */
        sheet_value = !x->pending_blank && x->last_label && x->block_lines == 1 && sheet_value_like(p, n);
        bool sheet_note = !sheet_value && !x->pending_blank && x->label_value && !row && !bullet &&
                          (is_lower((unsigned char)p[0]) || p[0] == '(' || (p[0] == '+' && n > 1 && is_digit((unsigned char)p[1])));
        if (sheet_value || sheet_note)
            join = true;
        /* (an infographic's label under its figure: "618 million" /
         * "Internet users at the end of 2013, ...") */
        if (after_value && x->last_line_len <= 24 && is_upper((unsigned char)p[0]) && !row && !bullet && !years &&
            n > 3 && is_alpha((unsigned char)p[1]))
            join = true;
        /* (a line of dot leaders is a row of its own) */
        if (leader || x->last_leader)
            join = false;
        /* (and a year alone on its line a chronology's heading, not the
         * end of the entry above it: "... is adopted across industries" /
         * "2019" / "Retail livestreamer ...") */
        if (year_heading_line(p, n) && !ends_with_preposition(x->block.p, x->block.len))
            join = false;
        if (join) {
            /* (a label over its value reads as "label: value") */
            if (sheet_value)
                buf_addc(&x->block, ':');
            /* (and the words under the value as words after a comma:
             * "1.05 billion" / "up 48% from 710 million in 2015") */
            else if (sheet_note && p[0] != '(' && is_alnum((unsigned char)last))
                buf_addc(&x->block, ',');
            for (long k = x->last_line; k < lineno; k++)
                buf_addc(&x->block, '\n');
        } else {
            flush_block(x);
        }
    }
    if (!x->block.len) {
        x->block_line = lineno;
        x->block_width = 0;
        x->label_value = false;
    }
    x->last_at = x->block.len;
    buf_add(&x->block, p, n);
    x->block_lines++;
    x->last_line = lineno;
    x->last_line_len = n;
    if (n > x->block_width)
        x->block_width = n;
    x->last_indented = n && (p[0] == ' ' || p[0] == '\t');
    x->pending_blank = false;
    bool unit_before = x->last_unit;
    x->last_ranked = ranked || rank_header_like(p, n);
    x->last_row = row;
    x->last_unit = unit;
    /* (or a header of columns parted by wide gaps, words and years only:
     * "Indicator     End of Oct.   Net addition since   YoY growth") */
    x->last_years = years || (n < 240 && memmem(p, n, "  ", 2) && header_like(p, n));
    /* (a caption may stand over the header, "Figure 2-1 Market size ...",
     * or its unit, "Unit: 10,000 persons") */
    if (x->block_lines == 1) {
        x->head_block = x->last_years;
        x->head_at = 1;
        x->head_end = 1;
        x->lead_lines = 0;
    } else if (x->lead_lines == x->block_lines - 1 && (x->last_caption || unit_before) &&
               (x->last_years || period_header)) {
        x->head_block = true;
        x->head_at = x->block_lines;
        x->head_end = x->block_lines;
    }
    bool caption = caption_like(p, n);
    /* (the lines over a header: its caption and its unit) */
    if (x->lead_lines == x->block_lines - 1 && (caption || unit))
        x->lead_lines++;
    x->last_head2 = head2;
    x->after_rule = false;
    if (head2)
        x->head_end = x->block_lines;
    x->last_label_row = label_row || label_line;
    x->last_pair = pair == 1 || (pair == 2 && x->last_pair);
    x->last_section = section;
    x->last_bullet = bullet;
    x->last_caption = caption;
    x->last_period_line = years;
    x->last_leader = leader;
    x->last_field = fields > 0;
    x->last_figures = figs;
    x->last_fields_row = fields_row;
    /* (words alone, joined to a table's block above: a row's label that
     * goes on on the next line) */
    /* (or in lower case right under a row: "Instant   49,706 ..." over
     * "  messaging") */
    x->last_label_line = !row && !label_row && x->block_lines >= 2 && n <= 60 &&
                         (x->head_block || unit_before || (after_row && lower_start(p, n))) && words_only(p, n);
    /* (the header's second line: units in brackets and the ends of its
     * fields' names, "(100 million)   (RMB trillion)   transactions (%)") */
    x->last_head_units = !row && !x->pending_blank && x->last_period_header && x->block_lines >= 2 &&
                         memchr(p, '(', n) && !figure_outside_brackets(p, n);
    x->last_period_header = period_header;
    x->last_word_fields = word_fields(p, n);
    x->last_name_fields = (p[0] == ' ' || p[0] == '\t') ? x->last_word_fields : 0;
    x->last_sub_header = sub_header || (row && x->last_sub_header);
    x->in_item = bullet || (x->in_item && (p[0] == ' ' || p[0] == '\t'));
    x->last_label = x->block_lines == 1 && !row && !bullet && !after_value && sheet_label_like(p, n);
    x->last_value = sheet_value_like(p, n);
    x->last_bars = bar_row ? x->last_bars : bars;
    x->bar_table = bar_row;
    if (x->block_lines == 2 && sheet_value)
        x->label_value = true;
}

/* Start the document name, of what its first pass v found. */
static void doc_begin(struct extractor *x, const char *name, const struct vintage *v)
{
    if (x->cur) { /* what an unfinished document left */
        chunk_reset(x->cur);
        x->cur = NULL;
    }
    free(x->name);
    x->name = xstrdup(name);
    x->doc_year = vintage_year(v);
    /* (a text of the year before the one its name carries, with no date of
     * its own, was written in the name's: its "last year" is the text's
     * year, "At the end of last year, the number of Internet surfers was
     * 989 million" in "rfbenchmark-2021-nbs-989m.txt" on 2020) */
    /* (or one that names both, the year of writing and the year written
     * of: "afp-2008-01-online-shopping-2007.txt") */
    x->write_year = !v->breadcrumb && !v->dateline && !v->yearless && !v->pub_year && v->name_year == x->doc_year + 1 &&
                            (v->name_single || (v->name.n == 2 && name_has_year(&v->name, x->doc_year)))
                        ? v->name_year
                        : 0;
    x->doc_month = vintage_month(v);
    x->pub_month = vintage_pub_month(v, x->doc_year);
    x->doc_day = vintage_day(v);
    x->head_year = v->head_year;
    x->quarter = v->quarter;
    x->fiscal_m = v->fiscal_m;
    x->weekly = v->weekly;
    x->digest = v->digest;
    free(x->issuer);
    x->issuer = v->issuer[0] ? xstrdup(v->issuer) : NULL;
    free(x->manager);
    x->manager = v->manager[0] ? xstrdup(v->manager) : NULL;
    /* (a fund's own report, its manager named: its "we", its "the Fund",
     * is the fund its first lines name) */
    if (!x->issuer && v->manager[0] && v->fund[0])
        x->issuer = xstrdup(v->fund);
    free(x->place);
    x->place = v->place[0] ? xstrdup(v->place) : NULL;
    free(x->title);
    x->title = v->title[0] ? xstrdup(v->title) : NULL;
    buf_clear(&x->block);
    x->block_lines = 0;
    x->block_line = x->last_line = 0;
    x->pending_blank = false;
    x->last_line_len = 0;
    x->block_width = 0;
    x->last_indented = false;
    x->last_row = false;
    x->last_ranked = false;
    x->last_unit = false;
    x->last_years = false;
    x->last_label_row = false;
    x->last_pair = false;
    x->last_section = false;
    x->last_bullet = false;
    x->last_caption = false;
    x->last_period_header = false;
    x->last_period_line = false;
    x->last_leader = false;
    x->last_figures = false;
    x->in_item = false;
    x->prev = (struct cblock){0};
    buf_clear(&x->prev_text);
}

static void doc_end(struct extractor *x)
{
    flush_block(x);
    chunk_submit(x);
}

/* ---- the interface --------------------------------------------------------------------- */

int extractor_jobs(void)
{
    const char *env = getenv("CNSTAT_JOBS");
    long n = env && *env ? strtol(env, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    if (getenv("CNSTAT_TRACE"))
        n = 1; /* the trace is printed as the engine goes */
    if (n < 1)
        n = 1;
    return n > MAX_JOBS ? MAX_JOBS : (int)n;
}

struct extractor *extractor_new(const struct rules *r, int jobs, fact_sink sink, void *ctx, struct cns_err *e)
{
    struct extractor *x = xcalloc(1, sizeof *x);
    x->r = r;
    x->sink = sink;
    x->ctx = ctx;
    x->e = e;
    x->rc = CNS_OK;
    /* one thread would only add hand-overs to the work: run it here */
    x->jobs = jobs <= 1 ? 0 : jobs > MAX_JOBS ? MAX_JOBS : jobs;
    x->k = x->jobs ? 3 * (size_t)x->jobs : 1;
    x->ring = xcalloc(x->k, sizeof *x->ring);
    buf_init(&x->block);
    buf_init(&x->prev_text);
    pthread_mutex_init(&x->mu, NULL);
    pthread_cond_init(&x->work, NULL);
    pthread_cond_init(&x->done, NULL);
    x->inline_engine = engine_new(r); /* also initialises the shared word lists */
    for (int i = 0; i < x->jobs; i++)
        if (pthread_create(&x->th[i], NULL, worker, x) != 0) {
            x->jobs = i; /* fewer threads, or none: still correct */
            break;
        }
    return x;
}

enum cns_rc extractor_finish(struct extractor *x)
{
    chunk_submit(x);
    pthread_mutex_lock(&x->mu);
    while (x->flush != x->fill)
        hand_over(x, true);
    pthread_mutex_unlock(&x->mu);
    return x->rc;
}

void extractor_free(struct extractor *x)
{
    if (!x)
        return;
    pthread_mutex_lock(&x->mu);
    x->stop = true;
    x->quit = true;
    pthread_cond_broadcast(&x->work);
    pthread_mutex_unlock(&x->mu);
    for (int i = 0; i < x->jobs; i++)
        pthread_join(x->th[i], NULL);
    engine_free(x->inline_engine);
    for (size_t i = 0; i < x->k; i++)
        chunk_free(&x->ring[i].c);
    free(x->ring);
    buf_fini(&x->block);
    buf_fini(&x->prev_text);
    free(x->name);
    free(x->issuer);
    free(x->manager);
    free(x->place);
    free(x->title);
    pthread_mutex_destroy(&x->mu);
    pthread_cond_destroy(&x->work);
    pthread_cond_destroy(&x->done);
    free(x);
}

enum cns_rc extractor_text(struct extractor *x, const char *name, const char *text, size_t len)
{
    if (x->stop)
        return x->rc;
    struct vintage v;
    memset(&v, 0, sizeof v);
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - text - pos) : len - pos;
        vintage_line(&v, text + pos, ll);
        pos += ll + 1;
    }
    vintage_name(&v, name);
    doc_begin(x, name, &v);
    pos = 0;
    long lineno = 0;
    struct buf line;
    buf_init(&line);
    while (pos < len && !x->stop) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - text - pos) : len - pos;
        buf_clear(&line);
        buf_add(&line, text + pos, ll);
        on_line(x, line.p, line.len, ++lineno);
        pos += ll + 1;
    }
    buf_fini(&line);
    doc_end(x);
    return x->rc;
}

enum cns_rc extractor_doc(struct extractor *x, const char *path)
{
    if (x->stop)
        return x->rc;
    struct cns_err *e = x->e;
    bool is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "-" : path_base(path);
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return cns_fail(e, CNS_EDATA, path, 0, "cannot open: %s", strerror(errno));
    struct stat sb;
    if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
        if (!is_stdin)
            fclose(f);
        return cns_fail(e, CNS_EDATA, path, 0, "is a directory");
    }
    FILE *in = f;
    if (is_stdin || !S_ISREG(sb.st_mode)) {
        /* a stream is read twice: keep a copy */
        in = tmpfile();
        if (!in) {
            if (!is_stdin)
                fclose(f);
            return cns_fail(e, CNS_EDATA, path, 0, "cannot create a temporary file: %s", strerror(errno));
        }
        char chunk[65536];
        size_t k;
        while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
            if (fwrite(chunk, 1, k, in) != k)
                break;
        bool bad = ferror(f) || ferror(in);
        int err = errno;
        if (!is_stdin)
            fclose(f);
        if (bad) {
            fclose(in);
            return cns_fail(e, CNS_EDATA, path, 0, "cannot read: %s", strerror(err ? err : EIO));
        }
        rewind(in);
    }

    struct vintage v;
    memset(&v, 0, sizeof v);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    enum cns_rc rc = CNS_OK;
    vintage_stream(in, &v);
    if (ferror(in)) {
        rc = cns_fail(e, CNS_EDATA, path, 0, "cannot read: %s", strerror(errno));
        goto out;
    }
    vintage_name(&v, name);
    doc_begin(x, name, &v);
    rewind(in);
    long lineno = 0;
    while (!x->stop && (got = getline(&line, &cap, in)) > 0)
        on_line(x, line, (size_t)got, ++lineno);
    if (ferror(in)) {
        rc = cns_fail(e, CNS_EDATA, path, lineno + 1, "cannot read: %s", strerror(errno));
        goto out;
    }
    doc_end(x);
    rc = x->rc;
out:
    free(line);
    if (in != stdin)
        fclose(in);
    return rc;
}

enum cns_rc extract_doc(const struct rules *r, const char *path, fact_sink sink, void *ctx, struct cns_err *e)
{
    struct extractor *x = extractor_new(r, 1, sink, ctx, e);
    enum cns_rc rc = extractor_doc(x, path);
    if (rc == CNS_OK)
        rc = extractor_finish(x);
    extractor_free(x);
    return rc;
}

enum cns_rc extract_text(const struct rules *r, const char *name, const char *text, size_t len, fact_sink sink,
                         void *ctx, struct cns_err *e)
{
    struct extractor *x = extractor_new(r, 1, sink, ctx, e);
    enum cns_rc rc = extractor_text(x, name, text, len);
    if (rc == CNS_OK)
        rc = extractor_finish(x);
    extractor_free(x);
    return rc;
}
