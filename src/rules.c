/* rules.c — the rules file: a small INI dialect, parsed line by line. */
#include "rules.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "scan.h"
#include "util.h"

static void phrases_free(struct phrases *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->v[i].text);
    free(p->v);
    p->v = NULL;
    p->n = 0;
}

static void rule_free(struct rule *r)
{
    free(r->id);
    free(r->variant);
    free(r->label);
    free(r->entity_text);
    free(r->base);
    free(r->on_day);
    free(r->span);
    free(r->orphan);
    free(r->fallback);
    free(r->segment);
    phrases_free(&r->cue);
    phrases_free(&r->context);
    phrases_free(&r->exclude);
    phrases_free(&r->require);
    phrases_free(&r->not_after);
    phrases_free(&r->not_before);
    phrases_free(&r->category);
    phrases_free(&r->orphan_context);
    phrases_free(&r->zh);
}

void rules_free(struct rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        rule_free(&r->v[i]);
    free(r->v);
    phrases_free(&r->link);
    phrases_free(&r->future);
    free(r->linkset);
    free(r->link_multi);
    free(r->ids);
    free(r->inc_of);
    free(r->gro_of);
    free(r->wordset);
    for (size_t i = 0; i < r->nsame; i++)
        phrases_free(&r->same[i]);
    free(r->same);
    free(r->refs);
    free(r->bucket_start);
    free(r->refs_last);
    free(r->bucket_last);
    free(r);
}

const char *unit_class_name(enum unit_class u)
{
    switch (u) {
    case UC_PEOPLE: return "people";
    case UC_COUNT: return "count";
    case UC_MONEY: return "money";
    case UC_PERCENT: return "percent";
    case UC_RATE: return "Mbps";
    case UC_OTHER: return "other";
    case UC_POINTS: return "points";
    }
    return "count";
}

static uint32_t id_hash(const char *id)
{
    uint32_t h = 2166136261u;
    for (; *id; id++)
        h = (h ^ (unsigned char)*id) * 16777619u;
    return h;
}

const struct rule *rules_find(const struct rules *r, const char *id)
{
    if (r->ids) {
        for (size_t k = id_hash(id) & r->idmask; r->ids[k]; k = (k + 1) & r->idmask)
            if (strcmp(r->v[r->ids[k] - 1].id, id) == 0)
                return &r->v[r->ids[k] - 1];
        return NULL;
    }
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->v[i].id, id) == 0)
            return &r->v[i];
    return NULL;
}

int rules_change_of(const struct rules *r, enum change_kind ch, const char *id)
{
    if (r->ids && (ch == CH_INCREASE || ch == CH_GROWTH)) {
        const struct rule *b = rules_find(r, id);
        if (b)
            return (ch == CH_INCREASE ? r->inc_of : r->gro_of)[b - r->v];
    }
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].change == ch && r->v[i].base && strcmp(r->v[i].base, id) == 0)
            return (int)i;
    return -1;
}

static char *trim(char *s)
{
    while (is_space((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && is_space((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Split "a; b c; d-e" into phrases of normalised word hashes. */
static int add_phrases(struct phrases *ps, const char *list, char *why, size_t whylen)
{
    const char *p = list;
    while (*p) {
        const char *semi = strchr(p, ';');
        size_t len = semi ? (size_t)(semi - p) : strlen(p);
        char *text = xstrndup(p, len);
        char *t = trim(text);
        int dir = 0;
        if (*t == '<' || *t == '>') {
            dir = *t == '<' ? -1 : 1;
            t = trim(t + 1);
        }
        if (*t) {
            struct phrase ph = {.n = 0, .dir = dir};
            const char *w = t;
            while (*w) {
                while (*w && (is_space((unsigned char)*w) || *w == '-' || *w == '/'))
                    w++;
                const char *e = w;
                while (*e && !is_space((unsigned char)*e) && *e != '-' && *e != '/')
                    e++;
                if (e == w)
                    break;
                if (ph.n == PHRASE_MAX) {
                    snprintf(why, whylen, "phrase '%s' has more than %d words", t, PHRASE_MAX);
                    free(text);
                    return -1;
                }
                ph.h[ph.n++] = scan_word_hash(w, (size_t)(e - w));
                w = e;
            }
            if (ph.n == 0) {
                snprintf(why, whylen, "phrase '%s' has no words", t);
                free(text);
                return -1;
            }
            ph.text = xstrdup(t);
            ps->v = xrealloc(ps->v, (ps->n + 1) * sizeof *ps->v);
            ps->v[ps->n++] = ph;
        }
        free(text);
        if (!semi)
            break;
        p = semi + 1;
    }
    return 0;
}

/* Does phrase m occur in ph at word w? */
static bool phrase_at(const struct phrase *ph, int w, const struct phrase *m)
{
    if (w + m->n > ph->n)
        return false;
    for (int i = 0; i < m->n; i++)
        if (ph->h[w + i] != m->h[i])
            return false;
    return true;
}

/* A set of phrases (their words and side), for telling a phrase already
 * made from a new one in O(1): open addressing over indices + 1 into the
 * list, 0 empty. */
struct phrase_set {
    uint32_t *slot;
    size_t mask;
};

static uint32_t phrase_key(const struct phrase *ph)
{
    uint32_t k = 2166136261u ^ (uint32_t)(ph->dir + 1);
    for (int i = 0; i < ph->n; i++)
        k = (k ^ ph->h[i]) * 16777619u;
    return k;
}

/* (a cue read only after its number, "> access the internet by mobile
 * phone", is not one read on either side: both are kept) */
static bool phrase_same(const struct phrase *a, const struct phrase *b)
{
    return a->n == b->n && a->dir == b->dir && memcmp(a->h, b->h, (size_t)a->n * sizeof *a->h) == 0;
}

/* Index i of ps in the set; grows it to stay at most half full. */
static void phrase_set_add(struct phrase_set *set, const struct phrases *ps, size_t i)
{
    if ((i + 1) * 2 > set->mask + 1) {
        size_t cap = (set->mask + 1) * 2;
        free(set->slot);
        set->slot = xcalloc(cap, sizeof *set->slot);
        set->mask = cap - 1;
        for (size_t j = 0; j < i; j++)
            phrase_set_add(set, ps, j);
    }
    size_t k = phrase_key(&ps->v[i]) & set->mask;
    while (set->slot[k])
        k = (k + 1) & set->mask;
    set->slot[k] = (uint32_t)(i + 1);
}

static bool phrase_set_has(const struct phrase_set *set, const struct phrases *ps, const struct phrase *ph)
{
    for (size_t k = phrase_key(ph) & set->mask; set->slot[k]; k = (k + 1) & set->mask)
        if (phrase_same(&ps->v[set->slot[k] - 1], ph))
            return true;
    return false;
}

/* Keep each cue of a list once, and add to it, for every cue with a member
 * of a "same" group (a word or a phrase), the cues read with the group's
 * other members in its place (the new cues too, so two such members
 * combine: "accessing the internet through"; "priced its initial public
 * offering at" from "priced its ipo at").  A cue that would grow past
 * PHRASE_MAX words is not added. */
enum { SAME_MAX_CUES = 16384 }; /* cues a rule may have once "same" groups are read in */

static bool expand_same(const struct rules *r, struct phrases *ps)
{
    struct phrase_set set = {xcalloc(16, sizeof(uint32_t)), 15};
    /* (a cue written twice, or once in each number, "ip address; ip
     * addresses", is read once: the first, which would win every tie) */
    size_t kept = 0;
    for (size_t i = 0; i < ps->n; i++) {
        if (phrase_set_has(&set, ps, &ps->v[i])) {
            free(ps->v[i].text);
            continue;
        }
        ps->v[kept] = ps->v[i];
        phrase_set_add(&set, ps, kept++);
    }
    ps->n = kept;
    size_t cap = ps->n; /* (grown by doubling: thousands of cues are added one at a time) */
    bool ok = true;
    for (size_t c = 0; c < ps->n && ok; c++) {
        for (int w = 0; w < ps->v[c].n && ok; w++) {
            for (size_t g = 0; g < r->nsame && ok; g++) {
                const struct phrases *grp = &r->same[g];
                for (size_t m = 0; m < grp->n && ok; m++) {
                    const struct phrase *from = &grp->v[m];
                    if (!phrase_at(&ps->v[c], w, from))
                        continue;
                    for (size_t k = 0; k < grp->n; k++) {
                        const struct phrase *to = &grp->v[k];
                        int n = ps->v[c].n - from->n + to->n;
                        if (k == m || n > PHRASE_MAX)
                            continue;
                        struct phrase ph = ps->v[c];
                        memcpy(ph.h + w, to->h, (size_t)to->n * sizeof *ph.h);
                        memcpy(ph.h + w + to->n, ps->v[c].h + w + from->n,
                               (size_t)(ps->v[c].n - w - from->n) * sizeof *ph.h);
                        ph.n = n;
                        if (phrase_set_has(&set, ps, &ph))
                            continue;
                        if (ps->n >= SAME_MAX_CUES) {
                            ok = false; /* groups that multiply without end */
                            break;
                        }
                        /* the text names the cue as written, with the member read */
                        size_t tl = strlen(ps->v[c].text) + strlen(to->text) + 8;
                        ph.text = xmalloc(tl);
                        snprintf(ph.text, tl, "%s (%s)", ps->v[c].text, to->text);
                        if (ps->n == cap) {
                            cap = cap ? 2 * cap : 16;
                            ps->v = xrealloc(ps->v, cap * sizeof *ps->v);
                        }
                        ps->v[ps->n++] = ph;
                        phrase_set_add(&set, ps, ps->n - 1);
                    }
                }
            }
        }
    }
    free(set.slot);
    return ok;
}

static bool valid_id(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(is_lower((unsigned char)*s) || is_digit((unsigned char)*s) || *s == '_'))
            return false;
    return true;
}

/* Bucket every cue by the hash of one of its words (first or last). */
static void index_by(struct rules *r, bool last, struct cue_ref **refs, size_t **start)
{
    size_t total = 0;
    for (size_t i = 0; i < r->n; i++)
        total += r->v[i].cue.n;
    *start = xcalloc(r->nbuckets + 1, sizeof **start);
    *refs = xcalloc(total ? total : 1, sizeof **refs);
    for (size_t i = 0; i < r->n; i++)
        for (size_t c = 0; c < r->v[i].cue.n; c++) {
            const struct phrase *ph = &r->v[i].cue.v[c];
            (*start)[(ph->h[last ? ph->n - 1 : 0] & (r->nbuckets - 1)) + 1]++;
        }
    for (size_t b = 0; b < r->nbuckets; b++)
        (*start)[b + 1] += (*start)[b];
    size_t *fill = xcalloc(r->nbuckets, sizeof *fill);
    for (size_t i = 0; i < r->n; i++)
        for (size_t c = 0; c < r->v[i].cue.n; c++) {
            const struct phrase *ph = &r->v[i].cue.v[c];
            size_t b = ph->h[last ? ph->n - 1 : 0] & (r->nbuckets - 1);
            (*refs)[(*start)[b] + fill[b]++] = (struct cue_ref){(uint32_t)i, (uint32_t)c};
        }
    free(fill);
}

/* Word hashes are never 0 (scan_word_hash), so 0 marks an empty slot. */
static void build_linkset(struct rules *r)
{
    size_t cap = 64;
    while (cap < r->link.n * 4)
        cap *= 2;
    r->linkset = xcalloc(cap, sizeof *r->linkset);
    r->linkmask = cap - 1;
    for (size_t i = 0; i < r->link.n; i++) {
        if (r->link.v[i].n > 1) {
            r->link_multi = xrealloc(r->link_multi, (r->nlink_multi + 1) * sizeof *r->link_multi);
            r->link_multi[r->nlink_multi++] = &r->link.v[i];
        }
        for (int w = 0; r->link.v[i].n > 1 && w < r->link.v[i].n; w++)
            r->link_words |= 1ull << (r->link.v[i].h[w] & 63);
        if (r->link.v[i].n != 1)
            continue;
        uint32_t h = r->link.v[i].h[0];
        size_t k = (h * 2654435761u) & r->linkmask;
        while (r->linkset[k] && r->linkset[k] != h)
            k = (k + 1) & r->linkmask;
        r->linkset[k] = h;
    }
}

bool rules_is_link(const struct rules *r, uint32_t h)
{
    size_t k = (h * 2654435761u) & r->linkmask;
    while (r->linkset[k]) {
        if (r->linkset[k] == h)
            return true;
        k = (k + 1) & r->linkmask;
    }
    return false;
}

static void word_add(struct rules *r, uint32_t h)
{
    size_t k = (h * 2654435761u) & r->wordmask;
    while (r->wordset[k] && r->wordset[k] != h)
        k = (k + 1) & r->wordmask;
    r->wordset[k] = h;
}

static size_t phrases_words(const struct phrases *ps)
{
    size_t n = 0;
    for (size_t i = 0; i < ps->n; i++)
        n += (size_t)ps->v[i].n;
    return n;
}

static void phrases_add_words(struct rules *r, const struct phrases *ps)
{
    for (size_t i = 0; i < ps->n; i++)
        for (int w = 0; w < ps->v[i].n; w++)
            word_add(r, ps->v[i].h[w]);
}

/* The set of every word the rules use (for joining words broken across
 * lines: "Inter-\nnet" is read as one word where the rules know it). */
static void build_wordset(struct rules *r)
{
    size_t n = phrases_words(&r->link) + phrases_words(&r->future);
    for (size_t g = 0; g < r->nsame; g++)
        n += phrases_words(&r->same[g]);
    for (size_t i = 0; i < r->n; i++)
        n += phrases_words(&r->v[i].cue) + phrases_words(&r->v[i].context) + phrases_words(&r->v[i].exclude) +
             phrases_words(&r->v[i].require) + phrases_words(&r->v[i].category) +
             phrases_words(&r->v[i].orphan_context);
    size_t cap = 64;
    while (cap < n * 2)
        cap *= 2;
    r->wordset = xcalloc(cap, sizeof *r->wordset);
    r->wordmask = cap - 1;
    phrases_add_words(r, &r->link);
    phrases_add_words(r, &r->future);
    for (size_t g = 0; g < r->nsame; g++)
        phrases_add_words(r, &r->same[g]);
    for (size_t i = 0; i < r->n; i++) {
        phrases_add_words(r, &r->v[i].cue);
        phrases_add_words(r, &r->v[i].context);
        phrases_add_words(r, &r->v[i].exclude);
        phrases_add_words(r, &r->v[i].require);
        phrases_add_words(r, &r->v[i].category);
        phrases_add_words(r, &r->v[i].orphan_context);
    }
}

bool rules_knows(const struct rules *r, uint32_t h)
{
    if (!r->wordset || !h)
        return false;
    size_t k = (h * 2654435761u) & r->wordmask;
    while (r->wordset[k]) {
        if (r->wordset[k] == h)
            return true;
        k = (k + 1) & r->wordmask;
    }
    return false;
}

static void seal(struct phrases *ps)
{
    ps->first = 0;
    for (size_t i = 0; i < ps->n; i++)
        ps->first |= ps->v[i].n > 0 ? 1ull << (ps->v[i].h[0] & 63) : ~0ull;
}

/* The index of ids and of each level's changes (see struct rules). */
static void build_ids(struct rules *r)
{
    size_t cap = 64;
    while (cap < r->n * 4)
        cap *= 2;
    r->ids = xcalloc(cap, sizeof *r->ids);
    r->idmask = cap - 1;
    for (size_t i = 0; i < r->n; i++) {
        size_t k = id_hash(r->v[i].id) & r->idmask;
        bool seen = false;
        for (; r->ids[k] && !seen; k = (k + 1) & r->idmask)
            seen = strcmp(r->v[r->ids[k] - 1].id, r->v[i].id) == 0;
        if (!seen)
            r->ids[k] = (uint32_t)(i + 1);
    }
    r->inc_of = xmalloc((r->n ? r->n : 1) * sizeof *r->inc_of);
    r->gro_of = xmalloc((r->n ? r->n : 1) * sizeof *r->gro_of);
    for (size_t i = 0; i < r->n; i++)
        r->inc_of[i] = r->gro_of[i] = -1;
    /* (the first change of each id is its first section's; a change whose
     * level is defined nowhere is found by the slow way) */
    for (size_t i = 0; i < r->n; i++) {
        const struct rule *ru = &r->v[i];
        if (ru->change == CH_NONE || !ru->base)
            continue;
        const struct rule *b = rules_find(r, ru->base);
        if (!b)
            continue;
        int *slot = &(ru->change == CH_INCREASE ? r->inc_of : r->gro_of)[b - r->v];
        if (*slot < 0)
            *slot = (int)i;
    }
    /* (every section of an id answers as its first) */
    for (size_t i = 0; i < r->n; i++) {
        const struct rule *f = rules_find(r, r->v[i].id);
        r->inc_of[i] = r->inc_of[f - r->v];
        r->gro_of[i] = r->gro_of[f - r->v];
    }
}

static void build_index(struct rules *r)
{
    build_ids(r);
    for (size_t i = 0; i < r->n; i++) {
        struct rule *ru = &r->v[i];
        struct phrases *all[] = {&ru->cue,       &ru->context,  &ru->exclude,        &ru->require, &ru->not_after,
                                 &ru->not_before, &ru->category, &ru->orphan_context};
        for (size_t k = 0; k < sizeof all / sizeof *all; k++)
            seal(all[k]);
    }
    seal(&r->link);
    seal(&r->future);
    build_linkset(r);
    build_wordset(r);
    size_t total = 0;
    for (size_t i = 0; i < r->n; i++)
        total += r->v[i].cue.n;
    r->nbuckets = 512;
    while (r->nbuckets < total * 2)
        r->nbuckets *= 2;
    index_by(r, false, &r->refs, &r->bucket_start);
    index_by(r, true, &r->refs_last, &r->bucket_last);
}

void rules_cues_ending(const struct rules *r, uint32_t h, const struct cue_ref **begin,
                       const struct cue_ref **end)
{
    size_t b = h & (r->nbuckets - 1);
    *begin = r->refs_last + r->bucket_last[b];
    *end = r->refs_last + r->bucket_last[b + 1];
}

void rules_cues_for(const struct rules *r, uint32_t h, const struct cue_ref **begin,
                    const struct cue_ref **end)
{
    size_t b = h & (r->nbuckets - 1);
    *begin = r->refs + r->bucket_start[b];
    *end = r->refs + r->bucket_start[b + 1];
}

/* The keys of a yes or no, each a flag of the rule: set by the answer
 * named (yes for "future = yes", no for "total = no"). */
static const struct {
    const char *key;
    size_t off; /* of the bool in struct rule */
    bool on_yes;
} yes_no_keys[] = {
    {"future", offsetof(struct rule, future), true},
    {"total", offsetof(struct rule, no_total), false},
    {"context_title", offsetof(struct rule, context_title), true},
    {"write", offsetof(struct rule, no_write), false},
    {"national", offsetof(struct rule, no_national), false},
};

static int set_key(struct rule *ru, const char *key, char *val, char *why, size_t whylen)
{
    /* (a section of running totals alone: "total = only") */
    if (strcmp(key, "total") == 0 && strcmp(val, "only") == 0) {
        ru->no_total = false;
        ru->only_total = true;
        return 0;
    }
    for (size_t k = 0; k < sizeof yes_no_keys / sizeof *yes_no_keys; k++) {
        if (strcmp(key, yes_no_keys[k].key) != 0)
            continue;
        if (strcmp(val, "yes") != 0 && strcmp(val, "no") != 0) {
            snprintf(why, whylen, "%s: 'yes' or 'no'%s", key, strcmp(key, "total") == 0 ? " or 'only'" : "");
            return -1;
        }
        *(bool *)((char *)ru + yes_no_keys[k].off) = (strcmp(val, "yes") == 0) == yes_no_keys[k].on_yes;
        if (strcmp(key, "total") == 0)
            ru->only_total = false;
        return 0;
    }
    if (strcmp(key, "label") == 0) {
        free(ru->label);
        ru->label = xstrdup(val);
    } else if (strcmp(key, "segment") == 0) {
        if (!*val || strpbrk(val, "()")) {
            snprintf(why, whylen, "segment wants a few words without brackets, e.g. 'segment = rural'");
            return -1;
        }
        free(ru->segment);
        ru->segment = xstrdup(val);
    } else if (strcmp(key, "unit") == 0) {
        static const char *const names[] = {"people", "count", "money", "percent", "Mbps", "other"};
        size_t k = 0;
        for (; k < 6; k++)
            if (strcmp(val, names[k]) == 0)
                break;
        if (k == 6) {
            snprintf(why, whylen, "unknown unit '%s' (people, count, money, percent, Mbps, other)", val);
            return -1;
        }
        ru->unit = (enum unit_class)k;
    } else if (strcmp(key, "entity") == 0) {
        free(ru->entity_text);
        ru->entity_text = NULL;
        if (strcmp(val, "subject") == 0)
            ru->entity = EK_SUBJECT;
        else if (strcmp(val, "object") == 0)
            ru->entity = EK_OBJECT;
        else if (strcmp(val, "name") == 0)
            ru->entity = EK_NAME;
        else {
            size_t n = strlen(val);
            if (n >= 2 && val[0] == '"' && val[n - 1] == '"') {
                val[n - 1] = '\0';
                val++;
            }
            if (!*val) {
                snprintf(why, whylen, "empty entity");
                return -1;
            }
            ru->entity = EK_FIXED;
            ru->entity_text = xstrdup(val);
        }
    } else if (strcmp(key, "cue") == 0) {
        return add_phrases(&ru->cue, val, why, whylen);
    } else if (strcmp(key, "context") == 0) {
        return add_phrases(&ru->context, val, why, whylen);
    } else if (strcmp(key, "exclude") == 0) {
        return add_phrases(&ru->exclude, val, why, whylen);
    } else if (strcmp(key, "require") == 0) {
        return add_phrases(&ru->require, val, why, whylen);
    } else if (strcmp(key, "zh") == 0) {
        /* (Chinese is written without spaces: a phrase is its bytes) */
        for (const char *c = val; *c; c++)
            if ((*c == ' ' || *c == '\t') && c > val && c[-1] != ';' && c[-1] != ' ' && c[-1] != '\t' && c[1] &&
                c[1] != ';' && c[1] != ' ' && c[1] != '\t') {
                snprintf(why, whylen, "zh wants phrases without spaces, e.g. 'zh = 网民规模; 网民数'");
                return -1;
            }
        return add_phrases(&ru->zh, val, why, whylen);
    } else if (strcmp(key, "not_after") == 0) {
        return add_phrases(&ru->not_after, val, why, whylen);
    } else if (strcmp(key, "not_before") == 0) {
        return add_phrases(&ru->not_before, val, why, whylen);
    } else if (strcmp(key, "category") == 0) {
        return add_phrases(&ru->category, val, why, whylen);
    } else if (strcmp(key, "min") == 0 || strcmp(key, "max") == 0) {
        double v;
        if (!num_parse(val, strlen(val), &v)) {
            snprintf(why, whylen, "%s: '%s' is not a number", key, val);
            return -1;
        }
        if (key[1] == 'i')
            ru->min = v;
        else
            ru->max = v;
    } else if (strcmp(key, "reach") == 0) {
        double v;
        if (!num_parse(val, strlen(val), &v) || v < 0 || v > 30 || v != floor(v)) {
            snprintf(why, whylen, "reach: '%s' is not a whole number from 0 to 30", val);
            return -1;
        }
        ru->reach = (int)v;
    } else if (strcmp(key, "change") == 0) {
        if (strcmp(val, "increase") == 0)
            ru->change = CH_INCREASE;
        else if (strcmp(val, "growth") == 0)
            ru->change = CH_GROWTH;
        else {
            snprintf(why, whylen, "change: '%s' is not 'increase' or 'growth'", val);
            return -1;
        }
    } else if (strcmp(key, "fallback") == 0) {
        free(ru->fallback);
        ru->fallback = NULL;
        ru->no_fallback = strcmp(val, "none") == 0;
        if (!ru->no_fallback)
            ru->fallback = xstrdup(val);
    } else if (strcmp(key, "period") == 0) {
        if (strcmp(val, "none") != 0) {
            snprintf(why, whylen, "period: only 'none' is allowed");
            return -1;
        }
        ru->no_period = true;
    } else if (strcmp(key, "deal") == 0) {
        if (strcmp(val, "target") != 0) {
            snprintf(why, whylen, "deal: 'target'");
            return -1;
        }
        ru->deal_target = true;
    } else if (strcmp(key, "base") == 0) {
        free(ru->base);
        ru->base = xstrdup(val);
    } else if (strcmp(key, "day") == 0) {
        free(ru->on_day);
        ru->on_day = xstrdup(val);
    } else if (strcmp(key, "span") == 0) {
        free(ru->span);
        ru->span = xstrdup(val);
    } else if (strcmp(key, "orphan") == 0) {
        free(ru->orphan);
        ru->orphan = xstrdup(val);
    } else if (strcmp(key, "orphan_context") == 0) {
        return add_phrases(&ru->orphan_context, val, why, whylen);
    } else {
        snprintf(why, whylen, "unknown key '%s'", key);
        return -1;
    }
    return 0;
}

static struct rules *parse(const char *name, const char *text, size_t len, bool labels_only, struct cns_err *e)
{
    struct rules *r = xcalloc(1, sizeof *r);
    struct rule *cur = NULL;
    bool in_lexicon = false;
    long lineno = 0;
    char why[300];
    size_t pos = 0;
    struct buf line;
    buf_init(&line);
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - (text + pos)) : len - pos;
        buf_clear(&line);
        buf_add(&line, text + pos, ll);
        pos += ll + (nl ? 1 : 0);
        lineno++;
        if (memchr(line.p, '\0', line.len)) {
            cns_fail(e, CNS_EUSAGE, name, lineno, "NUL byte in rules");
            goto fail;
        }
        char *hash = strchr(line.p, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line.p);
        if (!*s)
            continue;
        if (*s == '[') {
            size_t n = strlen(s);
            if (s[n - 1] != ']') {
                cns_fail(e, CNS_EUSAGE, name, lineno, "section header '%s' lacks a closing ']'", s);
                goto fail;
            }
            s[n - 1] = '\0';
            char *id = trim(s + 1);
            char *variant = strchr(id, ':');
            if (variant) {
                *variant = '\0';
                variant = trim(variant + 1);
                char *end = id + strlen(id);
                while (end > id && is_space((unsigned char)end[-1]))
                    *--end = '\0';
                if (!valid_id(variant)) {
                    cns_fail(e, CNS_EUSAGE, name, lineno,
                             "variant '%s' of '%s' must be snake_case (a-z, 0-9, _)", variant, id);
                    goto fail;
                }
            }
            if (strcmp(id, "lexicon") == 0 && !variant) {
                in_lexicon = true;
                cur = NULL;
                continue;
            }
            if (!valid_id(id)) {
                cns_fail(e, CNS_EUSAGE, name, lineno,
                         "indicator id '%s' must be snake_case (a-z, 0-9, _)", id);
                goto fail;
            }
            bool known = false;
            for (size_t i = 0; i < r->n; i++) {
                if (strcmp(r->v[i].id, id) != 0)
                    continue;
                known = true;
                const char *v = r->v[i].variant;
                if ((!v && !variant) || (v && variant && strcmp(v, variant) == 0)) {
                    cns_fail(e, CNS_EUSAGE, name, lineno, "indicator '%s%s%s' defined twice (first at line %ld)",
                             id, variant ? ":" : "", variant ? variant : "", r->v[i].line);
                    goto fail;
                }
            }
            if (variant && !known) {
                cns_fail(e, CNS_EUSAGE, name, lineno, "variant '%s:%s' comes before a section [%s]", id,
                         variant, id);
                goto fail;
            }
            r->v = xrealloc(r->v, (r->n + 1) * sizeof *r->v);
            cur = &r->v[r->n++];
            memset(cur, 0, sizeof *cur);
            cur->id = xstrdup(id);
            cur->variant = variant ? xstrdup(variant) : NULL;
            cur->line = lineno;
            cur->unit = UC_COUNT;
            cur->entity = EK_FIXED;
            cur->entity_text = xstrdup("China");
            cur->min = 0;
            cur->max = INFINITY;
            in_lexicon = false;
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            cns_fail(e, CNS_EUSAGE, name, lineno, "expected 'key = value' or '[id]', got '%s'", s);
            goto fail;
        }
        *eq = '\0';
        char *key = trim(s), *val = trim(eq + 1);
        if (labels_only && (in_lexicon || strcmp(key, "label") != 0))
            continue; /* read, not checked: cues, units, the lexicon */
        if (in_lexicon) {
            if (strcmp(key, "link") == 0) {
                if (add_phrases(&r->link, val, why, sizeof why) < 0) {
                    cns_fail(e, CNS_EUSAGE, name, lineno, "%s", why);
                    goto fail;
                }
            } else if (strcmp(key, "future") == 0) {
                if (add_phrases(&r->future, val, why, sizeof why) < 0) {
                    cns_fail(e, CNS_EUSAGE, name, lineno, "%s", why);
                    goto fail;
                }
            } else if (strcmp(key, "same") == 0) {
                struct phrases g = {NULL, 0, 0};
                if (add_phrases(&g, val, why, sizeof why) < 0) {
                    phrases_free(&g);
                    cns_fail(e, CNS_EUSAGE, name, lineno, "%s", why);
                    goto fail;
                }
                for (size_t k = 0; k < g.n; k++)
                    if (g.v[k].dir) {
                        phrases_free(&g);
                        cns_fail(e, CNS_EUSAGE, name, lineno, "same: list words or phrases, separated by ';', without '<' or '>'");
                        goto fail;
                    }
                if (g.n < 2) {
                    phrases_free(&g);
                    cns_fail(e, CNS_EUSAGE, name, lineno, "same: needs at least two words or phrases");
                    goto fail;
                }
                r->same = xrealloc(r->same, (r->nsame + 1) * sizeof *r->same);
                r->same[r->nsame++] = g;
            } else {
                cns_fail(e, CNS_EUSAGE, name, lineno, "unknown lexicon key '%s'", key);
                goto fail;
            }
            continue;
        }
        if (!cur) {
            cns_fail(e, CNS_EUSAGE, name, lineno, "'%s' outside an [indicator] section", key);
            goto fail;
        }
        if (set_key(cur, key, val, why, sizeof why) < 0) {
            cns_fail(e, CNS_EUSAGE, name, lineno, "%s", why);
            goto fail;
        }
    }
    for (size_t i = 0; i < r->n; i++) {
        struct rule *ru = &r->v[i];
        if (!ru->label) {
            cns_fail(e, CNS_EUSAGE, name, ru->line, "indicator '%s' has no label", ru->id);
            goto fail;
        }
        if (labels_only)
            continue;
        if (ru->change != CH_NONE) {
            if (!ru->base || !rules_find(r, ru->base)) {
                cns_fail(e, CNS_EUSAGE, name, ru->line, "indicator '%s': change needs a base indicator defined in the file",
                         ru->id);
                goto fail;
            }
        } else if (ru->cue.n == 0 && ru->zh.n == 0) {
            cns_fail(e, CNS_EUSAGE, name, ru->line, "indicator '%s' has no cue", ru->id);
            goto fail;
        }
        if (ru->change != CH_NONE && ru->segment) {
            cns_fail(e, CNS_EUSAGE, name, ru->line, "indicator '%s': a change takes the segment of its level, not one of its own",
                     ru->id);
            goto fail;
        }
        if (ru->min > ru->max) {
            cns_fail(e, CNS_EUSAGE, name, ru->line, "indicator '%s': min is above max", ru->id);
            goto fail;
        }
        const struct rule *orph = ru->orphan ? rules_find(r, ru->orphan) : NULL;
        if (ru->orphan && (!orph || orph->change != CH_NONE || orph->unit != ru->unit || ru->change != CH_NONE ||
                           !ru->orphan_context.n)) {
            cns_fail(e, CNS_EUSAGE, name, ru->line,
                     "indicator '%s': orphan needs a level indicator of the same unit defined in the file, and an "
                     "orphan_context",
                     ru->id);
            goto fail;
        }
        const struct rule *od = ru->on_day ? rules_find(r, ru->on_day) : NULL;
        if (ru->on_day && (!od || od->change != CH_NONE || od->unit != ru->unit || ru->change != CH_NONE)) {
            cns_fail(e, CNS_EUSAGE, name, ru->line,
                     "indicator '%s': day needs a level indicator of the same unit defined in the file", ru->id);
            goto fail;
        }
        /* (no count of people passes the world's: "200bn" in a sentence
         * on a fund's users is its money) */
        if (ru->unit == UC_PEOPLE && isinf(ru->max))
            ru->max = 1e10;
        /* (nor any sum of money 100,000 trillion: a table's two scales
         * multiplied, "Unit: 100 million transactions; trillion yuan") */
        if (ru->unit == UC_MONEY && ru->change == CH_NONE && isinf(ru->max))
            ru->max = 1e17;
        const struct rule *sp = ru->span ? rules_find(r, ru->span) : NULL;
        if (ru->span && (!sp || sp->change != CH_NONE || sp->unit != ru->unit || ru->change != CH_NONE)) {
            cns_fail(e, CNS_EUSAGE, name, ru->line,
                     "indicator '%s': span needs a level indicator of the same unit defined in the file", ru->id);
            goto fail;
        }
    }
    buf_fini(&line);
    if (labels_only)
        return r;
    for (size_t i = 0; i < r->n; i++)
        if (!expand_same(r, &r->v[i].cue)) {
            cns_fail(e, CNS_EUSAGE, name, r->v[i].line,
                     "indicator '%s': its cues read with the 'same' groups make more than %d cues", r->v[i].id,
                     SAME_MAX_CUES);
            goto fail_late;
        }
    build_index(r);
    return r;
fail:
    buf_fini(&line);
fail_late:
    rules_free(r);
    return NULL;
}

static struct rules *load(const char *path, bool labels_only, struct cns_err *e)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cns_fail(e, CNS_EDATA, path, 0, "cannot open rules: %s", strerror(errno));
        return NULL;
    }
    struct buf b;
    buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    bool bad = ferror(f);
    int err = errno;
    fclose(f);
    if (bad) {
        cns_fail(e, CNS_EDATA, path, 0, "cannot read rules: %s", strerror(err ? err : EIO));
        buf_fini(&b);
        return NULL;
    }
    struct rules *r = parse(path, b.p ? b.p : "", b.len, labels_only, e);
    buf_fini(&b);
    return r;
}

struct rules *rules_parse(const char *name, const char *text, size_t len, struct cns_err *e)
{
    return parse(name, text, len, false, e);
}

struct rules *rules_load(const char *path, struct cns_err *e)
{
    return load(path, false, e);
}

struct rules *rules_load_labels(const char *path, struct cns_err *e)
{
    return load(path, true, e);
}

/* (see rules.h) */
bool rules_whole(const struct rule *ru, double v)
{
    if (ru->change == CH_GROWTH || (ru->unit != UC_COUNT && ru->unit != UC_PEOPLE) || strstr(ru->id, "_per_"))
        return true;
    return fabs(v - nearbyint(v)) < 1e-6;
}
