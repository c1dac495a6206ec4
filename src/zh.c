/* zh.c — numeric facts in Chinese prose (see zh.h).
 *
 * A sentence ends at "。", "！", "？" or "；" and is cut into clauses at its
 * commas.  A clause that holds a section's Chinese phrase and a figure after
 * it gives that indicator's level ("我国网民规模达10.92亿人"), or its change
 * where a word of change stands between ("手机网民规模增长2480万人"); a clause
 * of a change alone ("较2022年12月增长2480万人") is the change of the level
 * before it in the sentence, and with the date it is counted from gives the
 * level at that date (derived).  A figure's class must be its section's:
 * "亿人" counts people, "个" things, "元" money, "%" a share or a rate.
 * Dates are the sentence's: "2023年12月" a month, "2023年" a year,
 * "2023年上半年" June's; one after "较", "比" or "与" is the base of a change.
 */
#include "zh.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- bytes ------------------------------------------------------------------ */

static bool lit_at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

/* Does s[..i) end with lit? */
static bool lit_before(const char *s, size_t i, size_t lo, const char *lit)
{
    size_t k = strlen(lit);
    return i >= lo + k && memcmp(s + i - k, lit, k) == 0;
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The length of the UTF-8 character at s[i] (1 for a byte that opens none). */
static size_t char_len(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return i + k <= n ? k : n - i;
}

/* A CJK ideograph (U+3400..U+9FFF) at s[i]? */
static bool ideograph_at(const char *s, size_t n, size_t i)
{
    if (i + 3 > n)
        return false;
    unsigned char c0 = (unsigned char)s[i], c1 = (unsigned char)s[i + 1];
    unsigned cp = ((c0 & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | ((unsigned char)s[i + 2] & 0x3Fu);
    return (c0 & 0xF0) == 0xE0 && (c1 & 0xC0) == 0x80 && cp >= 0x3400 && cp <= 0x9FFF;
}

bool zh_any(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if ((unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9 && ideograph_at(s, n, i))
            return true;
    return false;
}

static bool any_at(const char *s, size_t n, size_t i, const char *const *w, size_t nw, size_t *len)
{
    for (size_t k = 0; k < nw; k++)
        if (lit_at(s, n, i, w[k])) {
            if (len)
                *len = strlen(w[k]);
            return true;
        }
    return false;
}

#define NW(a) (sizeof(a) / sizeof *(a))

/* ---- sentences and clauses -------------------------------------------------- */

static const char *const sentence_end[] = {"。", "！", "？", "；"};
static const char *const clause_end[] = {"，", "："};

/* The end of the sentence that starts at a. */
static size_t sentence_at(const char *s, size_t n, size_t a)
{
    for (size_t i = a; i < n; i += char_len(s, n, i))
        if (s[i] == ';' || (((unsigned char)s[i] == 0xE3 || (unsigned char)s[i] == 0xEF) &&
                            any_at(s, n, i, sentence_end, NW(sentence_end), NULL)))
            return i;
    return n;
}

/* The end of the clause that starts at a, within [a, e). */
static size_t clause_at(const char *s, size_t e, size_t a)
{
    for (size_t i = a; i < e; i += char_len(s, e, i)) {
        if ((unsigned char)s[i] == 0xEF && any_at(s, e, i, clause_end, NW(clause_end), NULL))
            return i;
        /* (a comma between digits groups them: "1,389,529") */
        if (s[i] == ',' && !(i > a && digit(s[i - 1]) && i + 1 < e && digit(s[i + 1])))
            return i;
    }
    return e;
}

/* ---- dates ------------------------------------------------------------------ */

struct zdate {
    int y, m, d;
    int rel;     /* y 0: the year of writing (1), the year before it (-1), or none (0) */
    bool base;   /* after "较", "比", "与", "从": what a change is counted from */
    size_t a;    /* where it starts */
};

/* A date at s[i] ("2023年12月", "2023年", "2023年上半年", "12月" of a year
 * before it); its end, 0 if none.  prev_y: the year of the date before in
 * the sentence, for a month alone. */
static size_t date_at(const char *s, size_t n, size_t i, int prev_y, struct zdate *z)
{
    size_t k = i;
    while (k < n && digit(s[k]))
        k++;
    size_t nd = k - i;
    if (nd > 4)
        return 0;
    int v = 0;
    for (size_t j = i; j < k; j++)
        v = v * 10 + (s[j] - '0');
    memset(z, 0, sizeof *z);
    if (nd == 4 && lit_at(s, n, k, "年") && v >= 1990 && v <= 2100) {
        z->y = v;
        k += strlen("年");
        if (lit_at(s, n, k, "上半年")) {
            z->m = 6;
            k += strlen("上半年");
        } else if (k < n && digit(s[k])) {
            size_t m0 = k;
            int m = 0;
            while (k < n && digit(s[k]) && k - m0 < 2)
                m = m * 10 + (s[k++] - '0');
            if (m >= 1 && m <= 12 && lit_at(s, n, k, "月")) {
                z->m = m;
                k += strlen("月");
                size_t d0 = k;
                int d = 0;
                while (k < n && digit(s[k]) && k - d0 < 2)
                    d = d * 10 + (s[k++] - '0');
                if (d >= 1 && d <= 31 && (lit_at(s, n, k, "日") || lit_at(s, n, k, "号"))) {
                    z->d = d;
                    k += 3;
                } else {
                    k = d0;
                }
            } else {
                k = m0;
            }
        }
    } else if (nd >= 1 && nd <= 2 && v >= 1 && v <= 12 && lit_at(s, n, k, "月") && prev_y) {
        z->y = prev_y;
        z->m = v;
        k += strlen("月");
    } else {
        return 0;
    }
    z->a = i;
    static const char *const base[] = {"较", "比", "与", "从"};
    for (size_t q = 0; q < NW(base); q++)
        if (lit_before(s, i, 0, base[q]))
            z->base = true;
    return k;
}

/* ---- figures ---------------------------------------------------------------- */

struct zfig {
    double value;
    const char *unit; /* NULL: a bare number */
    bool scaled;      /* by 万 or 亿 */
    bool points;      /* percentage points */
    enum qualifier q;
    size_t a; /* where it starts */
};

static const char *const more_w[] = {"超过", "超", "逾", "突破", "多于", "高于"};
static const char *const nearly_w[] = {"接近", "将近", "逼近", "近"};
static const char *const about_w[] = {"大约", "约为", "约"};
static const char *const less_w[] = {"不足", "不到", "少于"};

/* A figure at s[i] (ASCII digits, grouped and decimal); its end, 0 if it
 * is none or a date's.  lo bounds the look back for a qualifier. */
static size_t figure_at(const char *s, size_t n, size_t i, size_t lo, struct zfig *f)
{
    if (i > 0 && (digit(s[i - 1]) || s[i - 1] == '.' || (s[i - 1] >= 'A' && s[i - 1] <= 'z')))
        return 0;
    size_t k = i;
    double v = 0, scale = 1;
    bool dot = false;
    while (k < n) {
        if (digit(s[k])) {
            v = v * 10 + (s[k] - '0');
            if (dot)
                scale *= 10;
            k++;
        } else if (s[k] == ',' && k > i && k + 3 < n + 1 && digit(s[k + 1]) && !dot) {
            k++;
        } else if (s[k] == '.' && !dot && k + 1 < n && digit(s[k + 1])) {
            dot = true;
            k++;
        } else {
            break;
        }
    }
    if (k == i || k - i > 24)
        return 0;
    if (lit_at(s, n, k, "年") || lit_at(s, n, k, "月") || lit_at(s, n, k, "日") || lit_at(s, n, k, "号"))
        return 0;
    memset(f, 0, sizeof *f);
    f->value = v / scale;
    f->a = i;
    /* the scale: "万亿", "亿", "万", "千万", "百万" (and the traditional forms) */
    static const struct {
        const char *w;
        double m;
    } scales[] = {{"万亿", 1e12}, {"千万", 1e7}, {"百万", 1e6}, {"亿", 1e8}, {"億", 1e8}, {"万", 1e4}, {"萬", 1e4}};
    for (size_t q = 0; q < NW(scales); q++)
        if (lit_at(s, n, k, scales[q].w)) {
            f->value *= scales[q].m;
            f->scaled = true;
            k += strlen(scales[q].w);
            break;
        }
    /* the unit */
    static const char *const people[] = {"人次", "人", "户"};
    static const char *const things[] = {"个", "家", "台", "部", "件", "笔", "条", "座"};
    size_t l;
    if (lit_at(s, n, k, "个百分点")) {
        f->unit = "percent";
        f->points = true;
        k += strlen("个百分点");
    } else if (s[k] == '%' || lit_at(s, n, k, "％")) {
        f->unit = "percent";
        k += s[k] == '%' ? 1 : strlen("％");
    } else if (any_at(s, n, k, people, NW(people), &l)) {
        f->unit = "people";
        k += l;
    } else if (any_at(s, n, k, things, NW(things), &l)) {
        f->unit = "count";
        k += l;
    } else if (lit_at(s, n, k, "美元")) {
        f->unit = "USD";
        k += strlen("美元");
    } else if (lit_at(s, n, k, "元")) {
        f->unit = "CNY";
        k += strlen("元");
    } else if (lit_at(s, n, k, "块/32") || lit_at(s, n, k, "/32")) {
        f->unit = "other";
        k += s[k] == '/' ? 3 : strlen("块/32");
    } else if (lit_at(s, n, k, "Mbps") || lit_at(s, n, k, "Gbps")) {
        f->unit = "Mbps";
        if (s[k] == 'G')
            f->value *= 1000;
        k += 4;
    }
    /* the qualifier: a word before it, or "以上", "多" or "左右" after */
    f->q = Q_EXACT;
    if (any_at(s, n, k, (const char *const[]){"以上", "多"}, 2, &l)) {
        f->q = Q_MORE_THAN;
        k += l;
    } else if (lit_at(s, n, k, "左右")) {
        f->q = Q_ABOUT;
        k += strlen("左右");
    }
    const struct {
        const char *const *w;
        size_t n;
        enum qualifier q;
    } before[] = {{more_w, NW(more_w), Q_MORE_THAN},
                  {nearly_w, NW(nearly_w), Q_NEARLY},
                  {about_w, NW(about_w), Q_ABOUT},
                  {less_w, NW(less_w), Q_LESS_THAN}};
    /* (past "了" or "达": "超过了", "约达") */
    size_t at = i;
    if (lit_before(s, at, lo, "了"))
        at -= strlen("了");
    else if (lit_before(s, at, lo, "达到"))
        at -= strlen("达到");
    else if (lit_before(s, at, lo, "达"))
        at -= strlen("达");
    for (size_t g = 0; g < NW(before) && f->q == Q_EXACT; g++)
        for (size_t q = 0; q < before[g].n; q++)
            if (lit_before(s, at, lo, before[g].w[q])) {
                f->q = before[g].q;
                break;
            }
    return k;
}

/* ---- changes ---------------------------------------------------------------- */

static const char *const up_w[] = {"增长", "增加", "新增", "上升", "提升", "提高", "增幅"};
static const char *const down_w[] = {"减少", "下降", "降低", "下滑", "减"};

/* A word of change in s[a, e): 1 up, -1 down, 0 none; *rate: "增长率",
 * "增速", "增幅" (a rate, whatever its unit says). */
static int change_in(const char *s, size_t a, size_t e, bool *rate)
{
    int dir = 0;
    *rate = false;
    for (size_t i = a; i < e; i += char_len(s, e, i)) {
        if (lit_at(s, e, i, "增长率") || lit_at(s, e, i, "增速") || lit_at(s, e, i, "增幅"))
            *rate = true;
        if (!dir && any_at(s, e, i, up_w, NW(up_w), NULL))
            dir = 1;
        if (!dir && any_at(s, e, i, down_w, NW(down_w), NULL))
            dir = -1;
    }
    return dir;
}

/* ---- the sections ----------------------------------------------------------- */

/* Words before a phrase that make it a part of what it names, a part no
 * longer phrase of the rules names: "宽带网民数" */
static const char *const part_w[] = {"宽带", "拨号", "农村", "城镇", "城市", "手机", "移动", "海外", "境外", "全球", "美国"};

/* The Chinese phrases of the level sections, gathered once an engine and
 * sorted by their first character. */
struct zphrase {
    const char *text;
    size_t len;
    unsigned first; /* its first character's code (a byte's for ASCII) */
    int rule, k;
};

/* The code of the UTF-8 character at p (n bytes at most); 0 for none. */
static unsigned code_at(const char *p, size_t n)
{
    unsigned char c = (unsigned char)p[0];
    if (c < 0x80)
        return c;
    if ((c & 0xE0) == 0xC0 && n >= 2)
        return ((c & 0x1Fu) << 6) | ((unsigned char)p[1] & 0x3Fu);
    if ((c & 0xF0) == 0xE0 && n >= 3)
        return ((c & 0x0Fu) << 12) | (((unsigned char)p[1] & 0x3Fu) << 6) | ((unsigned char)p[2] & 0x3Fu);
    return 0;
}

static int by_first(const void *x, const void *y)
{
    const struct zphrase *a = x, *b = y;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return a->rule != b->rule ? (a->rule < b->rule ? -1 : 1) : (a->k < b->k ? -1 : a->k > b->k);
}

struct zh_index {
    struct zphrase *v;
    size_t n;
};

struct zh_index *zh_index_new(const struct rules *r)
{
    size_t n = 0;
    for (size_t ri = 0; ri < r->n; ri++)
        n += r->v[ri].change == CH_NONE ? r->v[ri].zh.n : 0;
    if (!n)
        return NULL;
    struct zh_index *x = xcalloc(1, sizeof *x);
    x->v = xmalloc(n * sizeof *x->v);
    for (size_t ri = 0; ri < r->n; ri++)
        for (size_t k = 0; k < r->v[ri].zh.n && r->v[ri].change == CH_NONE; k++) {
            const char *t = r->v[ri].zh.v[k].text;
            size_t l = strlen(t);
            if (l)
                x->v[x->n++] = (struct zphrase){t, l, code_at(t, l), (int)ri, (int)k};
        }
    qsort(x->v, x->n, sizeof *x->v, by_first);
    return x;
}

void zh_index_free(struct zh_index *x)
{
    if (!x)
        return;
    free(x->v);
    free(x);
}

/* The longest Chinese phrase of a level's section in s[a, e): its rule,
 * with its phrase's index in *ph, its start in *pa and its end in *pe; -1
 * if none. */
static int cue_in(const struct zphrase *v, size_t nv, const char *s, size_t a, size_t e, int *ph, size_t *pa,
                  size_t *pe)
{
    int best = -1;
    size_t best_len = 0;
    for (size_t i = a; i < e; i += char_len(s, e, i)) {
        unsigned cp = code_at(s + i, e - i);
        /* (the phrases that open with it: a binary search) */
        size_t lo = 0, hi = nv;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (v[mid].first < cp)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t q = lo; q < nv && v[q].first == cp; q++) {
            /* (the longest; of two as long, the first) */
            if (v[q].len <= best_len || v[q].len > e - i || memcmp(s + i, v[q].text, v[q].len) != 0)
                continue;
            best = v[q].rule;
            best_len = v[q].len;
            *ph = v[q].k;
            *pa = i;
            *pe = i + v[q].len;
        }
    }
    return best;
}

/* Does the figure fit the section's class? */
static bool fits(const struct rule *ru, const struct zfig *f, bool change)
{
    switch (ru->unit) {
    case UC_PEOPLE:
        return f->unit ? strcmp(f->unit, "people") == 0 : f->scaled;
    case UC_COUNT:
        return f->unit ? strcmp(f->unit, "count") == 0 : (f->scaled || change || f->value >= 1000);
    case UC_MONEY:
        return f->unit && (strcmp(f->unit, "CNY") == 0 || strcmp(f->unit, "USD") == 0);
    case UC_PERCENT:
        return f->unit && strcmp(f->unit, "percent") == 0;
    case UC_RATE:
        return f->unit && strcmp(f->unit, "Mbps") == 0;
    case UC_OTHER:
        return f->unit && strcmp(f->unit, "other") == 0;
    default:
        return false;
    }
}

static const char *unit_of(const struct rule *ru, const struct zfig *f)
{
    switch (ru->unit) {
    case UC_PEOPLE:
        return "people";
    case UC_COUNT:
        return "count";
    case UC_PERCENT:
        return "percent";
    case UC_RATE:
        return "Mbps";
    case UC_OTHER:
        return "other";
    default:
        return f->unit;
    }
}

/* ---- reading ---------------------------------------------------------------- */

struct sentence_state {
    int level_rule;  /* the last level read in the sentence, -1 none */
    int level_fact;  /* its index in out */
    struct zdate main, base; /* the sentence's date and the base of its changes */
};

/* The first figure in s[a, e) past p that fits nothing dated: its end, 0 if none. */
static size_t next_figure(const char *s, size_t e, size_t p, size_t lo, struct zfig *f)
{
    for (size_t i = p; i < e; i += char_len(s, e, i)) {
        if (!digit(s[i]))
            continue;
        struct zdate z;
        size_t de = date_at(s, e, i, 0, &z);
        if (de) {
            i = de - 1;
            continue;
        }
        size_t fe = figure_at(s, e, i, lo, f);
        if (fe)
            return fe;
        while (i + 1 < e && (digit(s[i + 1]) || s[i + 1] == '.' || s[i + 1] == ','))
            i++;
    }
    return 0;
}

static void put(struct zh_fact *out, size_t cap, size_t *no, const struct zh_fact *f)
{
    if (*no < cap)
        out[*no] = *f;
    (*no)++;
}

/* The level section whose phrase is s[a, e) exactly, its phrase's index in
 * *ph; -1 if none. */
static int phrase_is(const struct zh_index *x, const char *s, size_t a, size_t e, int *ph)
{
    for (size_t q = 0; q < x->n; q++)
        if (x->v[q].len == e - a && memcmp(x->v[q].text, s + a, e - a) == 0) {
            *ph = x->v[q].k;
            return x->v[q].rule;
        }
    return -1;
}

/* A clause of several things and as many figures, "分别" between: "即时通信、
 * 网络视频、短视频用户规模分别达10.47亿人、10.44亿人和10.26亿人"; each thing,
 * with the words the last ends in where it lacks them ("网络视频" +
 * "用户规模"), is a phrase's or nobody's.  Its levels into out; false if
 * the clause is not that. */
static bool respectively(const struct rules *r, const struct zh_index *x, const char *s, size_t c, size_t ce,
                         struct sentence_state *ss, struct zh_fact *out, size_t cap, size_t *no)
{
    const char *hit = memmem(s + c, ce - c, "分别", strlen("分别"));
    if (!hit)
        return false;
    size_t resp = (size_t)(hit - s);
    static const char *const sep[] = {"、", "和", "与", "及"};
    enum { MAXI = 8 };
    size_t ia[MAXI], ie[MAXI];
    int ni = 0;
    size_t i = c, from = c;
    while (i < resp && ni < MAXI) {
        size_t l;
        if (any_at(s, resp, i, sep, NW(sep), &l)) {
            ia[ni] = from;
            ie[ni++] = i;
            i += l;
            from = i;
        } else {
            i += char_len(s, resp, i);
        }
    }
    if (ni < MAXI && from < resp) {
        ia[ni] = from;
        ie[ni++] = resp;
    }
    if (ni < 2)
        return false;
    struct zfig fig[MAXI];
    int nf = 0;
    for (size_t p = resp; nf < ni;) {
        size_t fe = next_figure(s, ce, p, resp, &fig[nf]);
        if (!fe)
            break;
        nf++;
        p = fe;
    }
    if (nf != ni)
        return false;
    size_t last_len = ie[ni - 1] - ia[ni - 1];
    for (int k = 0; k < ni; k++) {
        int ph = -1, ri = phrase_is(x, s, ia[k], ie[k], &ph);
        /* (the words the last thing ends in: the longest that make a phrase) */
        for (size_t t = last_len; ri < 0 && k < ni - 1 && t > 0; t--) {
            size_t ta = ie[ni - 1] - t;
            if ((unsigned char)s[ta] >= 0x80 && ((unsigned char)s[ta] & 0xC0) == 0x80)
                continue; /* (inside a character) */
            char buf[256];
            size_t la = ie[k] - ia[k];
            if (la + t >= sizeof buf)
                continue;
            memcpy(buf, s + ia[k], la);
            memcpy(buf + la, s + ta, t);
            ri = phrase_is(x, buf, 0, la + t, &ph);
        }
        if (ri < 0)
            continue;
        const struct rule *lr = &r->v[ri];
        if (!fits(lr, &fig[k], false) || fig[k].value < lr->min || (lr->max > 0 && fig[k].value > lr->max))
            continue;
        struct zh_fact z = {.rule = ri,
                            .of = ri,
                            .value = fig[k].value,
                            .unit = unit_of(lr, &fig[k]),
                            .q = fig[k].q,
                            .y = ss->main.y,
                            .m = ss->main.m,
                            .d = ss->main.d,
                            .rel = ss->main.rel,
                            .phrase = ph,
                            .a = c,
                            .b = ce,
                            .at = fig[k].a};
        put(out, cap, no, &z);
    }
    ss->level_rule = -1;
    ss->level_fact = -1;
    return true;
}

size_t zh_read(const struct rules *r, const struct zh_index *x, const char *s, size_t n, struct zh_fact *out,
               size_t cap)
{
    size_t no = 0;
    if (!x || !x->n)
        return 0;
    const struct zphrase *zp = x->v;
    size_t nzp = x->n;
    /* (what a sentence names and dates goes on in the next: "网民数已达到
     * 2.1亿人。中国网民数增长迅速,2007年一年增加了7300万") */
    struct sentence_state ss = {.level_rule = -1, .level_fact = -1};
    for (size_t a = 0; a < n;) {
        size_t e = sentence_at(s, n, a);
        /* (a sentence with no character of Chinese is none of ours) */
        if (!zh_any(s + a, e - a)) {
            a = e < n ? e + char_len(s, n, e) : n;
            continue;
        }
        /* the sentence's dates: the first that is no base, and the base */
        struct zdate last = ss.main;
        memset(&ss.main, 0, sizeof ss.main);
        memset(&ss.base, 0, sizeof ss.base);
        int prev_y = 0;
        for (size_t i = a; i < e; i += char_len(s, e, i)) {
            struct zdate z;
            size_t de = digit(s[i]) && (i == a || !digit(s[i - 1])) ? date_at(s, e, i, prev_y, &z) : 0;
            if (!de)
                continue;
            prev_y = z.y;
            if (z.base && !ss.base.y)
                ss.base = z;
            else if (!z.base && !ss.main.y)
                ss.main = z;
            i = de - 1;
        }
        /* (or the year of writing's, or the year's before: "今年", "去年") */
        if (!ss.main.y && !ss.main.rel) {
            const char *now = memmem(s + a, e - a, "今年", strlen("今年"));
            const char *prev = memmem(s + a, e - a, "去年", strlen("去年"));
            /* (not a base: "较去年同期") */
            if (prev && prev > s + a + 2 && lit_before(s, (size_t)(prev - s), a, "较"))
                prev = NULL;
            if (now || prev) {
                ss.main.rel = prev && (!now || prev < now) ? -1 : 1;
                ss.main.a = (size_t)((prev && (!now || prev < now) ? prev : now) - s);
            }
        }
        if (!ss.main.y && !ss.main.rel)
            ss.main = last;
        /* (a change over a year is from the end of the year before:
         * "2007年一年增加了7300万") */
        if (!ss.base.y && ss.main.y && !ss.main.m && ss.main.a >= a && ss.main.a < e) {
            ss.base.y = ss.main.y - 1;
            ss.base.base = true;
        }
        for (size_t c = a; c < e;) {
            size_t ce = clause_at(s, e, c);
            /* (nor is a clause: "Baidu (百度), Alibaba (阿里巴巴)" has one, most
             * of an English sentence's have none) */
            if (!zh_any(s + c, ce - c)) {
                c = ce < e ? ce + char_len(s, e, ce) : e;
                continue;
            }
            if (respectively(r, x, s, c, ce, &ss, out, cap, &no)) {
                c = ce < e ? ce + char_len(s, e, ce) : e;
                continue;
            }
            int ph = -1;
            size_t pa = 0, pe = 0;
            int ri = cue_in(zp, nzp, s, c, ce, &ph, &pa, &pe);
            /* (a part the phrase does not name is none of its: "宽带网民数"
             * counts the broadband netizens, not the netizens) */
            if (ri >= 0) {
                for (size_t q = 0; q < NW(part_w); q++)
                    if (lit_before(s, pa, c, part_w[q]))
                        ri = -1;
            }
            struct zfig f;
            size_t fe = 0;
            /* the figure before it, joined by "的": "16%的互联网普及率" */
            if (ri >= 0) {
                if (lit_before(s, pa, c, "的"))
                    for (size_t i = c; i < pa && !fe; i += char_len(s, pa, i))
                        if (digit(s[i]) && (fe = figure_at(s, pa, i, c, &f)) != 0 &&
                            fe + strlen("的") != pa)
                            fe = 0;
            }
            /* else the first after it (not one it is compared with, after
             * "比": "比全球平均水平19.1%低3.1个百分点") */
            if (!fe)
                fe = next_figure(s, ce, ri >= 0 ? pe : c, c, &f);
            if (fe && ri >= 0 && f.a > pe) {
                for (size_t i = pe; i < f.a; i += char_len(s, f.a, i))
                    if (lit_at(s, f.a, i, "比") && !lit_at(s, f.a, i, "比例"))
                        fe = 0;
            }
            /* (a figure foreseen is no level: "有望达到6亿人", "预计将超过") */
            static const char *const future[] = {"有望", "预计", "预期", "将达", "将会", "将超", "将突破", "目标", "计划"};
            for (size_t i = c; fe && i < f.a; i += char_len(s, f.a, i))
                if (any_at(s, f.a, i, future, NW(future), NULL))
                    fe = 0;
            /* (a row of a table is no prose: "普及率   73.0%   74.4%") */
            if (fe) {
                size_t g = fe;
                while (g < ce && (s[g] == ' ' || s[g] == '\t'))
                    g++;
                if (g >= fe + 2 && g < ce && digit(s[g]))
                    fe = 0;
            }
            bool rate = false;
            int dir = fe ? change_in(s, ri >= 0 ? pe : c, f.a, &rate) : 0;
            /* a level, or a change of it where a word of change stands
             * between; a clause with no phrase changes the level before */
            int level = ri >= 0 ? ri : dir ? ss.level_rule : -1;
            /* (a phrase with no figure is the subject of the clauses after
             * it: "中国网民数增长迅速,2007年一年增加了7300万") */
            if (ri >= 0 && !fe && ri != ss.level_rule) {
                ss.level_rule = ri;
                ss.level_fact = -1;
            }
            if (fe && level >= 0) {
                const struct rule *lr = &r->v[level];
                bool pct = f.unit && strcmp(f.unit, "percent") == 0;
                enum change_kind ck = !dir && !rate ? CH_NONE
                                      : (pct && lr->unit != UC_PERCENT) || rate ? CH_GROWTH
                                                                                : CH_INCREASE;
                int target = ck == CH_NONE ? level : rules_change_of(r, ck, lr->id);
                const struct rule *tr = target >= 0 ? &r->v[target] : NULL;
                bool ok = tr && (ck == CH_GROWTH ? pct && !f.points
                                                 : fits(lr, &f, ck != CH_NONE) && (lr->unit != UC_PERCENT || f.points == (ck != CH_NONE)));
                if (ok && ck == CH_NONE && (f.value < lr->min || (lr->max > 0 && f.value > lr->max)))
                    ok = false;
                if (ok) {
                    struct zh_fact z = {.rule = target,
                                        .of = level,
                                        .value = dir < 0 ? -f.value : f.value,
                                        .unit = ck == CH_GROWTH ? "percent" : unit_of(lr, &f),
                                        .q = f.q,
                                        .y = ss.main.y,
                                        .m = ss.main.m,
                                        .d = ss.main.d,
                                        .rel = ss.main.rel,
                                        .phrase = ck == CH_NONE ? ph : -1,
                                        .a = c,
                                        .b = ce,
                                        .at = f.a};
                    put(out, cap, &no, &z);
                    if (ck == CH_NONE) {
                        ss.level_rule = level;
                        ss.level_fact = (int)no - 1;
                    }
                    /* ("同比": a year before the sentence's date) */
                    struct zdate bz = ss.base;
                    if (!bz.y && ss.main.y && memmem(s + c, ce - c, "同比", strlen("同比"))) {
                        bz = ss.main;
                        bz.y--;
                    }
                    if (ck != CH_NONE && ss.level_fact >= 0 && (size_t)ss.level_fact < cap && bz.y &&
                        ss.level_rule == level && out[ss.level_fact].q == Q_EXACT && f.q == Q_EXACT &&
                        !(ck == CH_GROWTH && z.value <= -100)) {
                        /* the level at the base's date: "10.92亿人，较2022年12月
                         * 增长2480万人" gives 2022-12's */
                        const struct zh_fact *lv = &out[ss.level_fact];
                        double before = ck == CH_INCREASE ? lv->value - z.value : lv->value / (1 + z.value / 100);
                        struct zh_fact b = *lv;
                        b.value = ck == CH_INCREASE ? before : floor(before + 0.5);
                        b.q = ck == CH_INCREASE ? Q_EXACT : Q_ABOUT;
                        b.derived = true;
                        b.y = bz.y;
                        b.m = bz.m;
                        b.d = bz.d;
                        b.a = c;
                        b.b = ce;
                        b.at = f.a;
                        b.phrase = lv->phrase;
                        b.level_value = lv->value;
                        b.change = z.value;
                        b.growth = ck == CH_GROWTH;
                        if (b.value > 0)
                            put(out, cap, &no, &b);
                    }
                }
            }
            c = ce < e ? ce + char_len(s, e, ce) : e;
        }
        a = e < n ? e + char_len(s, n, e) : n;
    }
    return no;
}
