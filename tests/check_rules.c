/* check_rules.c — the rules loader (rules.h): a valid file in memory and
 * every key it knows, one test per syntax error (code, line, message),
 * I/O errors, and the shipped data/indicators.rules against the ids of
 * shared/INDICATORS.md. */
#include <check.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "rules.h"
#include "scan.h"
#include "suites.h"

#define SHIPPED CNS_TOP "/data/indicators.rules"

/* ---- helpers ---------------------------------------------------------------- */

static uint32_t h(const char *w)
{
    return scan_word_hash(w, strlen(w));
}

static struct rules *parse(const char *text, struct cns_err *e)
{
    cns_err_init(e);
    return rules_parse("test.rules", text, strlen(text), e);
}

/* text must fail with CNS_EUSAGE at `line`, the message naming `what`. */
static void parse_fails(const char *text, long line, const char *what)
{
    struct cns_err e;
    struct rules *r = parse(text, &e);
    ck_assert_msg(r == NULL, "accepted:\n%s", text);
    ck_assert_msg(e.rc == CNS_EUSAGE, "rc %d for:\n%s", (int)e.rc, text);
    ck_assert_str_eq(e.file, "test.rules");
    ck_assert_msg(e.line == line, "line %ld, want %ld (%s) for:\n%s", e.line, line, e.msg, text);
    ck_assert_msg(strstr(e.msg, what) != NULL, "message '%s' lacks '%s'", e.msg, what);
}

static const struct phrase *cue_named(const struct rule *ru, const char *text)
{
    for (size_t i = 0; i < ru->cue.n; i++)
        if (strcmp(ru->cue.v[i].text, text) == 0)
            return &ru->cue.v[i];
    return NULL;
}

/* ---- a valid file --------------------------------------------------------------------- */

static const char valid[] =
    "# two indicators and a lexicon\n"                      /* 1 */
    "[lexicon]\n"                                           /* 2 */
    "link = reached; totaled   # comment after a value\n"   /* 3 */
    "link = of\n"                                           /* 4 */
    "\n"                                                    /* 5 */
    "[netizens]\n"                                          /* 6 */
    "label = Internet users in China\n"                     /* 7 */
    "unit = people\n"                                       /* 8 */
    "entity = \"China Internet Network\"\n"                 /* 9 */
    "cue = Internet users; netizen; < record of; > x\n"     /* 10 */
    "cue = third-party payment\n"                           /* 11 */
    "context = internet; web\n"                             /* 12 */
    "exclude = alleged\n"                                   /* 13 */
    "min = 1000000\n"                                       /* 14 */
    "max = 2e9\n"                                           /* 15 */
    "reach = 3\n"                                           /* 16 */
    "fallback = Tencent\n"                                  /* 17 */
    "period = none\n"                                       /* 18 */
    "\n"                                                    /* 19 */
    "  [ netizens_increase ]  \n"                           /* 20 */
    "label = Net addition\n"                                /* 21 */
    "unit = people\n"                                       /* 22 */
    "entity = subject\n"                                    /* 23 */
    "change = increase\n"                                   /* 24 */
    "base = netizens";                                      /* 25: no final newline */

START_TEST(valid_file)
{
    struct cns_err e;
    struct rules *r = parse(valid, &e);
    ck_assert_msg(r != NULL, "%ld: %s", e.line, e.msg);
    ck_assert_int_eq(e.rc, CNS_OK);
    ck_assert_uint_eq(r->n, 2);

    const struct rule *a = &r->v[0], *b = &r->v[1];
    ck_assert_str_eq(a->id, "netizens");
    ck_assert_int_eq(a->line, 6);
    ck_assert_str_eq(a->label, "Internet users in China");
    ck_assert_int_eq(a->unit, UC_PEOPLE);
    ck_assert_int_eq(a->entity, EK_FIXED);
    ck_assert_str_eq(a->entity_text, "China Internet Network"); /* quotes removed */
    ck_assert_uint_eq(a->cue.n, 5);                           /* two cue lines add up */
    ck_assert_uint_eq(a->context.n, 2);
    ck_assert_uint_eq(a->exclude.n, 1);
    ck_assert_double_eq(a->min, 1e6);
    ck_assert_double_eq(a->max, 2e9);
    ck_assert_int_eq(a->reach, 3);
    ck_assert_int_eq(a->change, CH_NONE);
    ck_assert_ptr_null(a->base);
    ck_assert_str_eq(a->fallback, "Tencent");
    ck_assert(a->no_period);

    /* cue phrases: normalised word hashes and directions */
    const struct phrase *p = cue_named(a, "Internet users");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->n, 2);
    ck_assert_uint_eq(p->h[0], h("internet"));
    ck_assert_uint_eq(p->h[1], h("user"));
    ck_assert_int_eq(p->dir, 0);
    p = cue_named(a, "record of");
    ck_assert_ptr_nonnull(p); /* the text without its '<' */
    ck_assert_int_eq(p->dir, -1);
    ck_assert_int_eq(p->n, 2);
    ck_assert_uint_eq(p->h[0], h("record"));
    p = cue_named(a, "x");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->dir, 1);
    ck_assert_int_eq(p->n, 1);
    p = cue_named(a, "third-party payment"); /* hyphens split words */
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->n, 3);
    ck_assert_uint_eq(p->h[0], h("third"));
    ck_assert_uint_eq(p->h[1], h("party"));
    ck_assert_uint_eq(p->h[2], h("payments"));

    ck_assert_str_eq(b->id, "netizens_increase");
    ck_assert_int_eq(b->line, 20);
    ck_assert_int_eq(b->entity, EK_SUBJECT);
    ck_assert_int_eq(b->change, CH_INCREASE);
    ck_assert_str_eq(b->base, "netizens");
    ck_assert_uint_eq(b->cue.n, 0); /* a change needs no cue */
    /* defaults */
    ck_assert_double_eq(b->min, 0);
    ck_assert(b->max == 1e10); /* (people: ten billion at most) */
    ck_assert_int_eq(b->reach, 0);
    ck_assert_ptr_null(b->fallback);
    ck_assert(!b->no_period);

    /* the lexicon */
    ck_assert_uint_eq(r->link.n, 3);
    ck_assert_str_eq(r->link.v[0].text, "reached");
    ck_assert_str_eq(r->link.v[1].text, "totaled");
    ck_assert_str_eq(r->link.v[2].text, "of");
    ck_assert_uint_eq(r->link.v[2].h[0], h("of"));

    /* lookups */
    ck_assert_ptr_eq(rules_find(r, "netizens"), a);
    ck_assert_ptr_eq(rules_find(r, "netizens_increase"), b);
    ck_assert_ptr_null(rules_find(r, "netizen"));
    ck_assert_ptr_null(rules_find(r, ""));

    const struct cue_ref *cb, *ce;
    rules_cues_for(r, h("Internet"), &cb, &ce);
    bool seen = false;
    for (const struct cue_ref *c = cb; c < ce; c++) {
        ck_assert_uint_lt(c->rule, r->n);
        ck_assert_uint_lt(c->cue, r->v[c->rule].cue.n);
        if (c->rule == 0 && strcmp(a->cue.v[c->cue].text, "Internet users") == 0)
            seen = true;
    }
    ck_assert(seen);
    rules_free(r);
}
END_TEST

START_TEST(units_and_entities)
{
    static const struct {
        const char *unit;
        enum unit_class uc;
    } u[] = {{"people", UC_PEOPLE}, {"count", UC_COUNT}, {"money", UC_MONEY},
             {"percent", UC_PERCENT}, {"Mbps", UC_RATE}, {"other", UC_OTHER}};
    char text[256];
    for (size_t i = 0; i < sizeof u / sizeof *u; i++) {
        snprintf(text, sizeof text, "[a]\nlabel = A\ncue = a\nunit = %s\n", u[i].unit);
        struct cns_err e;
        struct rules *r = parse(text, &e);
        ck_assert_msg(r != NULL, "%s: %s", u[i].unit, e.msg);
        ck_assert_int_eq(r->v[0].unit, u[i].uc);
        rules_free(r);
    }

    struct cns_err e;
    struct rules *r = parse("[a]\nlabel = A\ncue = a\n"
                            "[b]\nlabel = B\ncue = b\nentity = object\n"
                            "[c]\nlabel = C\ncue = c\nentity = name\n"
                            "[d]\nlabel = D\ncue = d\nentity = Tencent Holdings\n"
                            "[e]\nlabel = E\ncue = e\nchange = growth\nbase = a\nunit = percent\n"
                            "[f]\nlabel = F\ncue = f\nentity = name\ncategory = money market fund; public fund\n",
                            &e);
    ck_assert_msg(r != NULL, "%s", e.msg);
    ck_assert_int_eq(r->v[0].unit, UC_COUNT); /* default unit */
    ck_assert_int_eq(r->v[0].entity, EK_FIXED);
    ck_assert_str_eq(r->v[0].entity_text, "China"); /* default entity */
    ck_assert_int_eq(r->v[1].entity, EK_OBJECT);
    ck_assert_int_eq(r->v[2].entity, EK_NAME);
    ck_assert_int_eq(r->v[3].entity, EK_FIXED);
    ck_assert_str_eq(r->v[3].entity_text, "Tencent Holdings");
    ck_assert_int_eq(r->v[4].change, CH_GROWTH);
    ck_assert_uint_eq(r->v[4].cue.n, 1); /* a change may have cues too */
    ck_assert_uint_eq(r->v[5].category.n, 2);
    ck_assert_str_eq(r->v[5].category.v[0].text, "money market fund");
    ck_assert_int_eq(r->v[5].category.v[1].n, 2);
    rules_free(r);

    /* a base may be defined after the change that names it; CRLF lines */
    r = parse("[b_increase]\r\nlabel = B+\r\nchange = increase\r\nbase = b\r\n"
              "[b]\r\nlabel = B\r\ncue = b\r\n",
              &e);
    ck_assert_msg(r != NULL, "%s", e.msg);
    ck_assert_str_eq(r->v[0].base, "b");
    ck_assert_str_eq(r->v[1].label, "B");
    rules_free(r);

    /* an empty file is an empty rule set */
    r = parse("", &e);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(r->n, 0);
    rules_free(r);
    rules_free(NULL);
}
END_TEST

START_TEST(unit_class_names)
{
    ck_assert_str_eq(unit_class_name(UC_PEOPLE), "people");
    ck_assert_str_eq(unit_class_name(UC_COUNT), "count");
    ck_assert_str_eq(unit_class_name(UC_MONEY), "money");
    ck_assert_str_eq(unit_class_name(UC_PERCENT), "percent");
    ck_assert_str_eq(unit_class_name(UC_RATE), "Mbps");
    ck_assert_str_eq(unit_class_name(UC_OTHER), "other");
}
END_TEST

/* ---- syntax errors ---------------------------------------------------------------------- */

START_TEST(err_missing_bracket)
{
    /* the example */
    parse_fails("[netizens\nlabel = Internet users\ncue = netizen\n", 1, "]");
    parse_fails("[netizens\nlabel = x\n", 1, "netizens");
    parse_fails("[a]\nlabel = A\ncue = a\n\n[b\n", 5, "closing");
}
END_TEST

START_TEST(err_unknown_key)
{
    parse_fails("[a]\nlabel = A\ncolour = red\ncue = a\n", 3, "unknown key 'colour'");
    parse_fails("[lexicon]\nwords = a; b\n", 2, "unknown lexicon key 'words'");
}
END_TEST

START_TEST(zh_phrases)
{
    /* Chinese phrases: their bytes, no spaces within; they stand for cues */
    struct cns_err e;
    struct rules *r = parse("[netizens]\nlabel = A\nunit = people\nzh = 网民规模; 网民数\n", &e);
    ck_assert_msg(r != NULL, "%s:%ld: %s", e.file, e.line, e.msg);
    ck_assert_uint_eq(r->v[0].zh.n, 2);
    ck_assert_str_eq(r->v[0].zh.v[1].text, "网民数");
    rules_free(r);
    parse_fails("[a]\nlabel = A\ncue = a\nzh = 网民 规模\n", 4, "without spaces");
}
END_TEST

START_TEST(err_unknown_unit)
{
    parse_fails("[a]\nlabel = A\nunit = furlongs\ncue = a\n", 3, "unknown unit 'furlongs'");
    parse_fails("[a]\nlabel = A\nunit = mbps\ncue = a\n", 3, "unknown unit"); /* exact spelling */
}
END_TEST

START_TEST(err_duplicate_id)
{
    parse_fails("[netizens]\nlabel = A\ncue = a\n\n[netizens]\nlabel = B\ncue = b\n", 5,
                "first at line 1");
    parse_fails("[netizens]\nlabel = A\ncue = a\n\n[netizens]\n", 5, "netizens");
}
END_TEST

START_TEST(variant_sections)
{
    static const char text[] =
        "[lexicon]\n"
        "same = each; every\n"
        "[users]\nlabel = Users\nunit = people\ncue = user\n"
        "[users:people]\nlabel = People using\nunit = people\ncue = > people\n"
        "require = shopped; use\nfallback = none\nnot_after = net; pre tax\nnot_before = in rural areas\n"
        "[price_per_share]\nlabel = Price\nunit = money\ncue = each at; apiece\nfuture = yes\n"
        "[lexicon]\nfuture = will; expected to\n";
    struct cns_err e;
    struct rules *r = parse(text, &e);
    ck_assert_msg(r != NULL, "%s:%ld: %s", e.file, e.line, e.msg);
    ck_assert_uint_eq(r->n, 3);
    ck_assert_str_eq(r->v[1].id, "users");
    ck_assert_str_eq(r->v[1].variant, "people");
    ck_assert_ptr_null(r->v[0].variant);
    ck_assert_ptr_eq(rules_find(r, "users"), &r->v[0]);
    ck_assert_uint_eq(r->v[1].require.n, 2);
    ck_assert_uint_eq(r->v[1].require.v[0].h[0], h("shopped"));
    ck_assert_uint_eq(r->v[1].not_after.n, 2);
    ck_assert_int_eq(r->v[1].not_after.v[1].n, 2);
    ck_assert_uint_eq(r->v[1].not_after.v[0].h[0], h("net"));
    ck_assert_uint_eq(r->v[0].not_after.n, 0);
    ck_assert_uint_eq(r->v[1].not_before.n, 1);
    ck_assert_int_eq(r->v[1].not_before.v[0].n, 3);
    ck_assert(r->v[1].no_fallback);
    ck_assert_ptr_null(r->v[1].fallback);
    ck_assert(!r->v[0].no_fallback);
    /* "each at" also reads "every at"; "apiece" has no such word */
    const struct rule *pp = &r->v[2];
    ck_assert_uint_eq(pp->cue.n, 3);
    ck_assert(pp->future);
    ck_assert(!r->v[0].future);
    ck_assert_uint_eq(r->future.n, 2);
    ck_assert_int_eq(r->future.v[1].n, 2);
    ck_assert_uint_eq(r->future.v[1].h[0], h("expected"));
    const struct phrase *ev = cue_named(pp, "each at (every)");
    ck_assert_ptr_nonnull(ev);
    ck_assert_int_eq(ev->n, 2);
    ck_assert_uint_eq(ev->h[0], h("every"));
    ck_assert_uint_eq(ev->h[1], h("at"));
    rules_free(r);
}
END_TEST

/* A group's member may be a phrase: it replaces a run of a cue's words, and
 * members of two groups combine; a cue past PHRASE_MAX words is not made. */
START_TEST(same_phrases)
{
    static const char text[] =
        "[lexicon]\n"
        "same = ipo; initial public offering\n"
        "same = ads; american depositary share\n"
        "[price_per_share]\nlabel = Price\nunit = money\n"
        "cue = priced its ipo at; per ads; a b c d e f ipo\ndeal = target\n";
    struct cns_err e;
    struct rules *r = parse(text, &e);
    ck_assert_msg(r != NULL, "%s:%ld: %s", e.file, e.line, e.msg);
    const struct rule *pp = &r->v[0];
    ck_assert(pp->deal_target);
    /* 3 written, 1 more for the first, 1 for the second; the third would
     * have 9 words */
    ck_assert_uint_eq(pp->cue.n, 5);
    const struct phrase *a = cue_named(pp, "priced its ipo at (initial public offering)");
    ck_assert_ptr_nonnull(a);
    ck_assert_int_eq(a->n, 6);
    ck_assert_uint_eq(a->h[2], h("initial"));
    ck_assert_uint_eq(a->h[4], h("offering"));
    ck_assert_uint_eq(a->h[5], h("at"));
    const struct phrase *b = cue_named(pp, "per ads (american depositary share)");
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(b->n, 4);
    ck_assert_uint_eq(b->h[0], h("per"));
    ck_assert_uint_eq(b->h[3], h("share"));
    rules_free(r);
}
END_TEST

/* A cue read with a group's member is kept though a cue of the same words
 * is read only after the number: "> use the web" does not stand for "use
 * the web" read before it. */
START_TEST(same_keeps_direction)
{
    static const char text[] =
        "[lexicon]\n"
        "same = internet; web\n"
        "[mobile_netizens]\nlabel = Mobile\nunit = people\n"
        "cue = > use the internet; use the web\n";
    struct cns_err e;
    struct rules *r = parse(text, &e);
    ck_assert_msg(r != NULL, "%s:%ld: %s", e.file, e.line, e.msg);
    const struct rule *m = &r->v[0];
    /* two written, each read with the other member */
    ck_assert_uint_eq(m->cue.n, 4);
    const struct phrase *after = cue_named(m, "use the internet (web)");
    const struct phrase *either = cue_named(m, "use the web");
    ck_assert_ptr_nonnull(after);
    ck_assert_ptr_nonnull(either);
    ck_assert_int_eq(after->dir, 1);
    ck_assert_int_eq(either->dir, 0);
    ck_assert_ptr_nonnull(cue_named(m, "use the web (internet)"));
    rules_free(r);
}
END_TEST

/* A cue written twice, or in the singular and the plural, which read the
 * same, is kept once: the first as written; one read only after the number
 * is another cue. */
START_TEST(cues_kept_once)
{
    static const char text[] = "[ipv4_addresses]\nlabel = IPv4\nunit = count\n"
                               "cue = ip address; ip addresses; > ip address\ncue = ip address\n";
    struct cns_err e;
    struct rules *r = parse(text, &e);
    ck_assert_msg(r != NULL, "%s:%ld: %s", e.file, e.line, e.msg);
    const struct rule *a = &r->v[0];
    ck_assert_uint_eq(a->cue.n, 2);
    ck_assert_str_eq(a->cue.v[0].text, "ip address");
    ck_assert_int_eq(a->cue.v[0].dir, 0);
    ck_assert_int_eq(a->cue.v[1].dir, 1);
    rules_free(r);
}
END_TEST

START_TEST(err_variants_and_same)
{
    parse_fails("[users:people]\nlabel = A\ncue = a\n", 1, "before a section [users]");
    parse_fails("[users]\nlabel = A\ncue = a\n[users:people]\nlabel = B\ncue = b\n"
                "[users:people]\nlabel = C\ncue = c\n", 7, "users:people' defined twice (first at line 4)");
    parse_fails("[users]\nlabel = A\ncue = a\n[users:People]\n", 4, "snake_case");
    parse_fails("[lexicon]\nsame = each\n", 2, "at least two");
    parse_fails("[lexicon]\nsame = each; < every one\n", 2, "without '<' or '>'");
    /* groups whose members multiply a cue without end (found by the
     * fuzzer: a timeout) */
    parse_fails("[lexicon]\nsame = a; b; c; d; e; f\n[users]\nlabel = A\nunit = people\ncue = a a a a a a a a\n", 3,
                "more than 16384 cues");
    parse_fails("[users]\nlabel = A\ncue = a\nfuture = maybe\n", 4, "future");
    parse_fails("[users]\nlabel = A\ncue = a\ntotal = maybe\n", 4, "total");
    parse_fails("[users]\nlabel = A\ncue = a\nnational = maybe\n", 4, "national");
    parse_fails("[users]\nlabel = A\ncue = a\nwrite = maybe\n", 4, "write");
    parse_fails("[users]\nlabel = A\ncue = a\ncontext_title = maybe\n", 4, "context_title");
    parse_fails("[users]\nlabel = A\ncue = a\ndeal = buyer\n", 4, "deal: 'target'");
}
END_TEST

START_TEST(total_only_and_no)
{
    struct cns_err e;
    struct rules *r = parse("[investment]\nlabel = A\ncue = a\ntotal = no\n[investment:to_date]\nlabel = B\n"
                            "cue = b\ntotal = only\n[users]\nlabel = C\ncue = c\ntotal = only\ntotal = yes\n",
                            &e);
    ck_assert_ptr_nonnull(r);
    ck_assert(r->v[0].no_total && !r->v[0].only_total);
    ck_assert(!r->v[1].no_total && r->v[1].only_total);
    /* (the last word said wins) */
    ck_assert(!r->v[2].no_total && !r->v[2].only_total);
    rules_free(r);
    parse_fails("[users]\nlabel = A\ncue = a\ntotal = all\n", 4, "'yes' or 'no' or 'only'");
}
END_TEST

START_TEST(err_id_not_snake_case)
{
    parse_fails("[Netizens]\nlabel = A\ncue = a\n", 1, "snake_case");
    parse_fails("[mobile-netizens]\n", 1, "snake_case");
    parse_fails("[mobile netizens]\n", 1, "snake_case");
    parse_fails("[]\n", 1, "snake_case");
}
END_TEST

START_TEST(err_key_outside_section)
{
    parse_fails("# no section yet\nlabel = A\n", 2, "outside");
}
END_TEST

START_TEST(err_no_equals)
{
    parse_fails("[a]\nlabel = A\ncue netizen\n", 3, "key = value");
}
END_TEST

START_TEST(err_change_without_base)
{
    /* the error points at the section */
    parse_fails("[a]\nlabel = A\ncue = a\n[a_increase]\nlabel = A+\nchange = increase\nbase = nope\n", 4,
                "base");
    parse_fails("[a]\nlabel = A\ncue = a\n[a_growth]\nlabel = A%\nchange = growth\n", 4, "base");
    parse_fails("[a]\nlabel = A\nchange = more\n", 3, "change");
}
END_TEST

START_TEST(err_no_cue)
{
    parse_fails("[a]\nlabel = A\ncue = a\n\n[b]\nlabel = B\nunit = count\n", 5, "has no cue");
    parse_fails("[a]\nlabel = A\ncue = ;  ;\n", 1, "has no cue"); /* only empty phrases */
}
END_TEST

START_TEST(err_no_label)
{
    parse_fails("[a]\ncue = a\n", 1, "no label");
}
END_TEST

START_TEST(err_min_above_max)
{
    parse_fails("[a]\nlabel = A\ncue = a\nmin = 100\nmax = 10\n", 1, "min is above max");
}
END_TEST

START_TEST(err_day_indicator)
{
    /* "day = id": a level indicator of the same unit, defined in the file */
    parse_fails("[a]\nlabel = A\nunit = money\ncue = a\nday = nope\n", 1, "day needs");
    parse_fails("[a]\nlabel = A\nunit = money\ncue = a\nday = b\n[b]\nlabel = B\nunit = count\ncue = b\n", 1,
                "day needs");
    parse_fails("[a]\nlabel = A\nunit = money\ncue = a\nday = a_growth\n[a_growth]\nlabel = A%\nunit = percent\n"
                "change = growth\nbase = a\n",
                1, "day needs");
    struct cns_err e;
    cns_err_init(&e);
    const char *ok = "[a]\nlabel = A\nunit = money\ncue = a\nday = b\n[b]\nlabel = B\nunit = money\ncue = b\n";
    struct rules *r = rules_parse("t.rules", ok, strlen(ok), &e);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(rules_find(r, "a")->on_day, "b");
    ck_assert_ptr_null(rules_find(r, "b")->on_day);
    rules_free(r);
}
END_TEST

START_TEST(people_max)
{
    /* a count of people is at most ten billion, a sum of money 1e17,
     * unless max says; a count of things has no bound */
    struct cns_err e;
    cns_err_init(&e);
    const char *src = "[a]\nlabel = A\nunit = people\ncue = a\n[b]\nlabel = B\nunit = people\ncue = b\nmax = 5\n"
                      "[c]\nlabel = C\nunit = money\ncue = c\n[d]\nlabel = D\nunit = count\ncue = d\n"
                      "[e]\nlabel = E\nunit = money\ncue = e\nmax = 1e20\n";
    struct rules *r = rules_parse("t.rules", src, strlen(src), &e);
    ck_assert_ptr_nonnull(r);
    ck_assert(rules_find(r, "a")->max == 1e10);
    ck_assert(rules_find(r, "b")->max == 5);
    ck_assert(rules_find(r, "c")->max == 1e17);
    ck_assert(isinf(rules_find(r, "d")->max));
    ck_assert(rules_find(r, "e")->max == 1e20);
    /* a count of people or things is whole, a sum of money need not be */
    ck_assert(rules_whole(rules_find(r, "d"), 42));
    ck_assert(!rules_whole(rules_find(r, "d"), 42.58));
    ck_assert(!rules_whole(rules_find(r, "a"), 1.6));
    ck_assert(rules_whole(rules_find(r, "c"), 8.78));
    rules_free(r);
}
END_TEST

START_TEST(err_span_indicator)
{
    /* "span = id": a level indicator of the same unit, defined in the file */
    parse_fails("[a]\nlabel = A\nunit = money\ncue = a\nspan = nope\n", 1, "span needs");
    parse_fails("[a]\nlabel = A\nunit = money\ncue = a\nspan = b\n[b]\nlabel = B\nunit = count\ncue = b\n", 1,
                "span needs");
    struct cns_err e;
    cns_err_init(&e);
    const char *ok = "[a]\nlabel = A\nunit = money\ncue = a\nspan = b\n[b]\nlabel = B\nunit = money\ncue = b\n";
    struct rules *r = rules_parse("t.rules", ok, strlen(ok), &e);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(rules_find(r, "a")->span, "b");
    ck_assert_ptr_null(rules_find(r, "b")->span);
    rules_free(r);
}
END_TEST

START_TEST(err_orphan)
{
    /* "orphan = id": a level indicator of the same unit, with an
     * orphan_context */
    parse_fails("[a]\nlabel = A\nunit = people\ncue = a\norphan = nope\norphan_context = x\n", 1, "orphan needs");
    parse_fails("[a]\nlabel = A\nunit = people\ncue = a\norphan = b\norphan_context = x\n[b]\nlabel = B\nunit = "
                "count\ncue = b\n",
                1, "orphan needs");
    parse_fails("[a]\nlabel = A\nunit = people\ncue = a\norphan = b\n[b]\nlabel = B\nunit = people\ncue = b\n", 1,
                "orphan needs");
    struct cns_err e;
    cns_err_init(&e);
    const char *ok = "[a]\nlabel = A\nunit = people\ncue = a\norphan = b\norphan_context = chinese internet; cnnic\n"
                     "[b]\nlabel = B\nunit = people\ncue = b\n";
    struct rules *r = rules_parse("t.rules", ok, strlen(ok), &e);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(rules_find(r, "a")->orphan, "b");
    ck_assert_uint_eq(rules_find(r, "a")->orphan_context.n, 2);
    ck_assert_ptr_null(rules_find(r, "b")->orphan);
    rules_free(r);
}
END_TEST

START_TEST(err_bad_numbers)
{
    parse_fails("[a]\nlabel = A\ncue = a\nmin = lots\n", 4, "not a number");
    parse_fails("[a]\nlabel = A\ncue = a\nmax = 1,000\n", 4, "not a number");
    parse_fails("[a]\nlabel = A\ncue = a\nmax = inf\n", 4, "not a number");
    parse_fails("[a]\nlabel = A\ncue = a\nmin =\n", 4, "not a number");
    parse_fails("[a]\nlabel = A\ncue = a\nreach = 31\n", 4, "reach");
    parse_fails("[a]\nlabel = A\ncue = a\nreach = 1.5\n", 4, "reach");
    parse_fails("[a]\nlabel = A\ncue = a\nreach = -1\n", 4, "reach");
}
END_TEST

START_TEST(segments)
{
    struct cns_err e;
    struct rules *r = parse("[a]\nlabel = A\ncue = a\n[a:r]\nlabel = R\ncue = rural a\nsegment = rural areas\n", &e);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(r->n, 2);
    ck_assert_ptr_null(r->v[0].segment);
    ck_assert_str_eq(r->v[1].segment, "rural areas");
    rules_free(r);
}
END_TEST

START_TEST(err_other_values)
{
    parse_fails("[a]\nlabel = A\ncue = a\nperiod = 2011\n", 4, "period");
    parse_fails("[a]\nlabel = A\ncue = a\nentity = \"\"\n", 4, "entity");
    parse_fails("[a]\nlabel = A\ncue = one two three four five six seven eight nine\n", 3,
                "more than 8 words");
    /* a phrase of hyphens only (found by the fuzzer: a cue of no words) */
    parse_fails("[a]\nlabel = A\ncue = a; - ;b\n", 3, "no words");
    parse_fails("[lexicon]\nlink = reached; --\n", 2, "no words");
    parse_fails("[a]\nlabel = A\ncue = a\nexclude = > -\n", 4, "no words");
    /* a part is named by words: the brackets are the writer's */
    parse_fails("[a]\nlabel = A\ncue = a\nsegment = (rural)\n", 4, "segment");
    parse_fails("[a]\nlabel = A\ncue = a\nsegment =\n", 4, "segment");
    /* a change takes its level's part */
    parse_fails("[a]\nlabel = A\ncue = a\n[a_growth]\nlabel = G\nunit = percent\nchange = growth\nbase = a\n"
                "segment = rural\n",
                4, "segment of its level");
}
END_TEST

START_TEST(err_nul_byte)
{
    static const char text[] = "[a]\nlabel = A\ncue = a\0b\n";
    struct cns_err e;
    cns_err_init(&e);
    struct rules *r = rules_parse("test.rules", text, sizeof text - 1, &e);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(e.rc, CNS_EUSAGE);
    ck_assert_int_eq(e.line, 3);
    ck_assert_ptr_nonnull(strstr(e.msg, "NUL"));
}
END_TEST

START_TEST(err_first_error_wins)
{
    struct cns_err e;
    struct rules *r = parse("[A]\n[B]\n", &e);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(e.line, 1);
}
END_TEST

/* ---- files --------------------------------------------------------------------------------- */

START_TEST(load_missing_file)
{
    struct cns_err e;
    cns_err_init(&e);
    const char *path = CNS_TESTDATA "/rules/no-such-file.rules";
    ck_assert_ptr_null(rules_load(path, &e));
    ck_assert_int_eq(e.rc, CNS_EDATA);
    ck_assert_str_eq(e.file, path);
    ck_assert_int_eq(e.line, 0);
    ck_assert_ptr_nonnull(strstr(e.msg, "cannot open"));
}
END_TEST

START_TEST(load_directory)
{
    /* a directory opens but cannot be read: an I/O error, not a crash */
    struct cns_err e;
    cns_err_init(&e);
    struct rules *r = rules_load(CNS_TOP "/data", &e);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(e.rc, CNS_EDATA);
}
END_TEST

/* The labels alone (cmd_plot): the same ids and labels as the whole load,
 * variants included, and no cue, lexicon or index read. */
START_TEST(labels_only)
{
    struct cns_err e;
    cns_err_init(&e);
    struct rules *all = rules_load(SHIPPED, &e);
    struct rules *lab = rules_load_labels(SHIPPED, &e);
    ck_assert_ptr_nonnull(all);
    ck_assert_ptr_nonnull(lab);
    ck_assert_uint_eq(lab->n, all->n);
    for (size_t i = 0; i < all->n; i++) {
        ck_assert_str_eq(lab->v[i].id, all->v[i].id);
        ck_assert_str_eq(lab->v[i].label, all->v[i].label);
        ck_assert_uint_eq(lab->v[i].cue.n, 0);
    }
    ck_assert_str_eq(rules_find(lab, "netizens")->label, rules_find(all, "netizens")->label);
    ck_assert_uint_eq(lab->link.n, 0);
    ck_assert_ptr_null(lab->refs);
    rules_free(all);
    rules_free(lab);
    /* a key it does not read is not checked; a missing label still fails */
    char path[] = "/tmp/cnstat-rules-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    const char text[] = "[a]\nlabel = The A\nunit = furlongs\n[b]\ncue = b\n";
    ck_assert_int_eq(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
    close(fd);
    ck_assert_ptr_null(rules_load(path, &e));
    cns_err_init(&e);
    ck_assert_ptr_null(rules_load_labels(path, &e));
    ck_assert_int_eq(e.line, 4);
    ck_assert_ptr_nonnull(strstr(e.msg, "no label"));
    fd = open(path, O_WRONLY | O_TRUNC);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, text, 34), 34); /* [a] alone */
    close(fd);
    cns_err_init(&e);
    lab = rules_load_labels(path, &e);
    unlink(path);
    ck_assert_ptr_nonnull(lab);
    ck_assert_str_eq(rules_find(lab, "a")->label, "The A");
    rules_free(lab);
}
END_TEST

/* Every id of shared/INDICATORS.md, in its order. */
static const char *const vocabulary[] = {
    /* user counts */
    "netizens", "mobile_netizens", "3g_users", "3g_users_increase", "internet_penetration",
    "ftth_users", "microblog_users", "microblog_users_growth", "online_video_users",
    "game_players", "users", "active_users", "registered_users", "unique_visitors",
    "leaked_accounts",
    /* payments and transactions */
    "third_party_payments", "third_party_payments_growth", "mobile_payments",
    "mobile_payments_growth", "payment_share", "daily_transaction_volume", "transactions",
    "transactions_per_day", "transactions_per_minute", "ecommerce_turnover", "online_loans",
    "borrowers", "revenue",
    /* funding rounds, investments, listings */
    "funding_round", "investment", "acquisition", "acquisition_stake", "acquisitions_count",
    "ipo_raise", "ipo_shares_offered", "price_per_share", "valuation",
    /* funds */
    "fund_assets", "fund_assets_growth", "fund_assets_projection", "fund_customers",
    "fund_daily_subscriptions", "mmf_share_of_savings", "mmf_share_of_bank_deposits",
    /* infrastructure and other counts */
    "3g_base_stations", "wireless_access_points", "websites", "partner_websites", "domain_names",
    "cn_domain_names", "ipv4_addresses", "ipv6_addresses", "international_bandwidth",
    "payment_licenses", "payment_licenses_total", "payment_companies",
    "government_microblog_accounts", "crowdfunding_platforms", "iptv_terminals",
    "mobile_phone_shipments",
};

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

START_TEST(shipped_rules)
{
    struct cns_err e;
    cns_err_init(&e);
    struct rules *r = rules_load(SHIPPED, &e);
    ck_assert_msg(r != NULL, "%s:%ld: %s", e.file, e.line, e.msg);
    ck_assert_int_eq(e.rc, CNS_OK);

    size_t nv = sizeof vocabulary / sizeof *vocabulary;
    ck_assert_uint_eq(nv, 60);
    ck_assert_uint_ge(r->n, nv); /* the file may grow beyond the list */
    for (size_t i = 0; i < nv; i++) {
        const struct rule *ru = rules_find(r, vocabulary[i]);
        ck_assert_msg(ru != NULL, "%s is not defined in %s", vocabulary[i], SHIPPED);
        ck_assert_str_eq(ru->id, vocabulary[i]);
        ck_assert_msg(ru->label && *ru->label, "%s has no label", ru->id);
    }

    /* the conventions of INDICATORS.md */
    for (size_t i = 0; i < r->n; i++) {
        const struct rule *ru = &r->v[i];
        if (ends_with(ru->id, "_growth")) {
            ck_assert_msg(ru->change == CH_GROWTH && ru->unit == UC_PERCENT, "%s", ru->id);
            ck_assert_msg(ru->base && strncmp(ru->id, ru->base, strlen(ru->base)) == 0,
                          "%s does not grow an indicator of its name", ru->id);
        }
        if (ends_with(ru->id, "_increase"))
            ck_assert_msg(ru->change == CH_INCREASE, "%s", ru->id);
        if (ru->change != CH_NONE)
            ck_assert_msg(ru->base && rules_find(r, ru->base), "%s", ru->id);
        else
            ck_assert_msg(ru->cue.n > 0, "%s", ru->id);
        ck_assert_msg(ru->min <= ru->max, "%s", ru->id);
    }
    ck_assert_int_eq(rules_find(r, "ipv6_addresses")->unit, UC_OTHER);
    ck_assert_int_eq(rules_find(r, "international_bandwidth")->unit, UC_RATE);
    ck_assert_int_eq(rules_find(r, "internet_penetration")->unit, UC_PERCENT);
    ck_assert_int_eq(rules_find(r, "third_party_payments")->unit, UC_MONEY);
    ck_assert_int_eq(rules_find(r, "netizens")->unit, UC_PEOPLE);
    ck_assert_int_eq(rules_find(r, "3g_base_stations")->unit, UC_COUNT);
    ck_assert(rules_find(r, "fund_assets_projection")->no_period);
    ck_assert(!rules_find(r, "fund_assets")->no_period);
    ck_assert_str_eq(rules_find(r, "3g_users_increase")->base, "3g_users");
    /* deals name the company that receives the money, never a fixed China */
    const char *deals[] = {"funding_round", "investment", "acquisition", "ipo_raise"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_msg(rules_find(r, deals[i])->entity != EK_FIXED, "%s", deals[i]);
    /* the "< record of" direction survives in the real file */
    const struct phrase *p = cue_named(rules_find(r, "daily_transaction_volume"), "record of");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->dir, -1);

    /* the lexicon has link words */
    ck_assert_uint_gt(r->link.n, 10);
    bool reached = false;
    for (size_t i = 0; i < r->link.n; i++)
        reached |= r->link.v[i].n == 1 && r->link.v[i].h[0] == h("reached");
    ck_assert(reached);

    /* the cue index finds "netizen" under its first word */
    const struct cue_ref *cb, *ce;
    rules_cues_for(r, h("netizens"), &cb, &ce);
    const struct rule *net = rules_find(r, "netizens");
    bool seen = false;
    for (const struct cue_ref *c = cb; c < ce; c++)
        if (&r->v[c->rule] == net && net->cue.v[c->cue].h[0] == h("netizen"))
            seen = true;
    ck_assert(seen);
    rules_free(r);
}
END_TEST

Suite *rules_suite(void)
{
    Suite *s = suite_create("rules");

    TCase *tc = tcase_create("valid rules");
    tcase_add_test(tc, valid_file);
    tcase_add_test(tc, units_and_entities);
    tcase_add_test(tc, unit_class_names);
    tcase_add_test(tc, variant_sections);
    suite_add_tcase(s, tc);

    tc = tcase_create("syntax errors");
    tcase_add_test(tc, err_missing_bracket);
    tcase_add_test(tc, err_unknown_key);
    tcase_add_test(tc, err_unknown_unit);
    tcase_add_test(tc, zh_phrases);
    tcase_add_test(tc, err_duplicate_id);
    tcase_add_test(tc, cues_kept_once);
    tcase_add_test(tc, err_variants_and_same);
    tcase_add_test(tc, same_phrases);
    tcase_add_test(tc, same_keeps_direction);
    tcase_add_test(tc, total_only_and_no);
    tcase_add_test(tc, err_id_not_snake_case);
    tcase_add_test(tc, err_key_outside_section);
    tcase_add_test(tc, err_no_equals);
    tcase_add_test(tc, err_change_without_base);
    tcase_add_test(tc, err_no_cue);
    tcase_add_test(tc, err_no_label);
    tcase_add_test(tc, err_min_above_max);
    tcase_add_test(tc, err_day_indicator);
    tcase_add_test(tc, err_span_indicator);
    tcase_add_test(tc, people_max);
    tcase_add_test(tc, err_orphan);
    tcase_add_test(tc, err_bad_numbers);
    tcase_add_test(tc, err_other_values);
    tcase_add_test(tc, err_nul_byte);
    tcase_add_test(tc, err_first_error_wins);
    suite_add_tcase(s, tc);

    tc = tcase_create("files");
    tcase_add_test(tc, load_missing_file);
    tcase_add_test(tc, load_directory);
    tcase_add_test(tc, shipped_rules);
    tcase_add_test(tc, labels_only);
    tcase_add_test(tc, segments);
    suite_add_tcase(s, tc);
    return s;
}
