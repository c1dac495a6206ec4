/* check_score.c — the scoring of shared/gold/README.md: the match rule
 * (tolerance, equal keys, one match per key row, nearest line), the figures,
 * loading by header name, the report, and `cnstat score` itself. */
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "score.h"
#include "suites.h"
#include "util.h"

#define DATA CNS_TESTDATA "/score/"

/* ---- building sets in memory -------------------------------------------- */

struct spec {
    const char *file, *indicator, *period, *unit;
    double value;
    long line;
    const char *entity;
    enum score_tier tier;
};

static void add(struct score_set *s, struct spec sp)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 8;
        s->rows = xrealloc(s->rows, s->cap * sizeof *s->rows);
    }
    char v[64];
    snprintf(v, sizeof v, "%g", sp.value);
    s->rows[s->n++] = (struct score_row){
        .indicator = xstrdup(sp.indicator), .entity = xstrdup(sp.entity ? sp.entity : "China"),
        .period = xstrdup(sp.period),       .unit = xstrdup(sp.unit),
        .file = xstrdup(sp.file),           .quote = xstrdup(""),
        .value_text = xstrdup(v),           .value = sp.value,
        .line = sp.line,                    .csv_line = (long)s->n + 2,
        .tier = sp.tier,
    };
}

/* A row of a.txt / netizens / 2011 / people. */
static struct spec std(double value, long line)
{
    return (struct spec){"a.txt", "netizens", "2011", "people", value, line, NULL, TIER_CORE};
}

struct fixture {
    struct score_set key, facts;
    struct score_result r;
};

static void fx_init(struct fixture *fx)
{
    score_set_init(&fx->key);
    score_set_init(&fx->facts);
    memset(&fx->r, 0, sizeof fx->r);
}

static void fx_match(struct fixture *fx)
{
    score_match(&fx->key, &fx->facts, &fx->r);
}

static void fx_fini(struct fixture *fx)
{
    score_result_fini(&fx->r);
    score_set_fini(&fx->key);
    score_set_fini(&fx->facts);
}

/* ---- the match rule ------------------------------------------------------- */

START_TEST(tolerance_half_percent)
{
    ck_assert(score_value_match(1000, 1000));
    ck_assert(score_value_match(1000, 1004));  /* 0.4 % */
    ck_assert(score_value_match(1000, 996));
    ck_assert(score_value_match(1000, 1005));  /* exactly 0.5 % */
    ck_assert(score_value_match(1000, 995));
    ck_assert(!score_value_match(1000, 1006)); /* 0.6 % */
    ck_assert(!score_value_match(1000, 994));
    ck_assert(!score_value_match(1000, 1005.01));
    /* relative to the key value, not the extracted one */
    ck_assert(score_value_match(513e6, 513e6 * 1.0049));
    ck_assert(!score_value_match(513e6, 513e6 * 1.0051));
    ck_assert(score_value_match(-100, -100.4));
    ck_assert(!score_value_match(-100, 100));
    /* a zero key needs zero */
    ck_assert(score_value_match(0, 0));
    ck_assert(!score_value_match(0, 1e-9));
}
END_TEST

START_TEST(tolerance_in_matching)
{
    struct fixture fx;
    fx_init(&fx);
    add(&fx.key, std(1000, 10));
    add(&fx.key, std(2000, 11));
    add(&fx.facts, std(1006, 10)); /* 0.6 %: no */
    add(&fx.facts, std(1004, 10)); /* 0.4 %: yes */
    add(&fx.facts, std(1988, 11)); /* -0.6 %: no */
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.fact_key[0], SCORE_NONE);
    ck_assert_uint_eq(fx.r.fact_key[1], 0);
    ck_assert_uint_eq(fx.r.fact_key[2], SCORE_NONE);
    ck_assert_uint_eq(fx.r.c.matched, 1);
    fx_fini(&fx);
}
END_TEST

START_TEST(keys_must_be_equal)
{
    struct fixture fx;
    fx_init(&fx);
    add(&fx.key, std(1000, 10));
    struct spec s;
    s = std(1000, 10), s.unit = "count";
    add(&fx.facts, s);
    s = std(1000, 10), s.period = "2012";
    add(&fx.facts, s);
    s = std(1000, 10), s.indicator = "mobile_netizens";
    add(&fx.facts, s);
    s = std(1000, 10), s.file = "b.txt";
    add(&fx.facts, s);
    s = std(1000, 10), s.unit = "People"; /* case matters for ids */
    add(&fx.facts, s);
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.c.matched, 0);
    ck_assert_uint_eq(fx.r.c.extracted, 5);
    for (size_t i = 0; i < 5; i++)
        ck_assert_uint_eq(fx.r.fact_key[i], SCORE_NONE);
    ck_assert_uint_eq(fx.r.key_fact[0], SCORE_NONE);
    fx_fini(&fx);
}
END_TEST

START_TEST(key_row_matched_once)
{
    struct fixture fx;
    fx_init(&fx);
    add(&fx.key, std(1000, 10));
    add(&fx.facts, std(1000, 10));
    add(&fx.facts, std(1000, 10)); /* the same mention twice */
    add(&fx.facts, std(1001, 11));
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.fact_key[0], 0);
    ck_assert_uint_eq(fx.r.fact_key[1], SCORE_NONE);
    ck_assert_uint_eq(fx.r.fact_key[2], SCORE_NONE);
    ck_assert_uint_eq(fx.r.key_fact[0], 0);
    ck_assert_uint_eq(fx.r.c.matched, 1);
    ck_assert_uint_eq(fx.r.c.key_matched[TIER_CORE], 1);
    ck_assert_double_eq_tol(score_precision(&fx.r.c), 1.0 / 3, 1e-12);
    fx_fini(&fx);
}
END_TEST

START_TEST(nearest_line_wins)
{
    struct fixture fx;
    fx_init(&fx);
    add(&fx.key, std(1000, 10));
    add(&fx.key, std(1000, 30));
    add(&fx.key, std(1003, 31)); /* nearer still, and within tolerance */
    add(&fx.facts, std(1000, 29));
    add(&fx.facts, std(1000, 29));
    add(&fx.facts, std(1000, 29));
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.fact_key[0], 1); /* line 30 */
    ck_assert_uint_eq(fx.r.fact_key[1], 2); /* line 31, the nearest still free */
    ck_assert_uint_eq(fx.r.fact_key[2], 0); /* line 10, the last one */
    fx_fini(&fx);
}
END_TEST

START_TEST(nearest_line_ties_by_key_order)
{
    struct fixture fx;
    fx_init(&fx);
    add(&fx.key, std(1000, 20));
    add(&fx.key, std(1000, 10));
    add(&fx.facts, std(1000, 15));
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.fact_key[0], 0); /* both 5 away: the first key row */
    fx_fini(&fx);

    fx_init(&fx);
    add(&fx.key, std(1000, 10));
    add(&fx.key, std(1000, 20));
    add(&fx.facts, std(1000, 15));
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.fact_key[0], 0);
    fx_fini(&fx);
}
END_TEST

START_TEST(extracted_rows_in_file_order)
{
    /* The first extracted row takes the key row nearest to it, even when a
     * later one sits exactly on it. */
    struct fixture fx;
    fx_init(&fx);
    add(&fx.key, std(1000, 10));
    add(&fx.key, std(1000, 14));
    add(&fx.facts, std(1000, 11));
    add(&fx.facts, std(1000, 10));
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.fact_key[0], 0);
    ck_assert_uint_eq(fx.r.fact_key[1], 1);
    fx_fini(&fx);
}
END_TEST

START_TEST(tiers_and_figures)
{
    struct fixture fx;
    fx_init(&fx);
    struct spec s;
    add(&fx.key, std(1, 1));
    add(&fx.key, std(2, 2));
    s = std(3, 3), s.tier = TIER_BORDERLINE;
    add(&fx.key, s);
    s = std(4, 4), s.tier = TIER_CONVERSION;
    add(&fx.key, s);
    add(&fx.facts, std(1, 1));
    add(&fx.facts, std(3, 3)); /* borderline: counts for precision */
    add(&fx.facts, std(4, 4)); /* conversion: not counted against */
    add(&fx.facts, std(9, 9)); /* false */
    fx_match(&fx);
    const struct score_counts *c = &fx.r.c;
    ck_assert_uint_eq(c->key_total[TIER_CORE], 2);
    ck_assert_uint_eq(c->key_matched[TIER_CORE], 1);
    ck_assert_uint_eq(c->key_total[TIER_BORDERLINE], 1);
    ck_assert_uint_eq(c->key_matched[TIER_BORDERLINE], 1);
    ck_assert_uint_eq(c->key_total[TIER_CONVERSION], 1);
    ck_assert_uint_eq(c->key_matched[TIER_CONVERSION], 1);
    ck_assert_uint_eq(c->matched, 3);
    ck_assert_uint_eq(c->extracted, 4);
    ck_assert_double_eq(score_recall(c), 0.5);      /* 1/2: borderline not in it */
    ck_assert_double_eq(score_precision(c), 0.75);  /* 3/4 */
    ck_assert_double_eq(score_entity(c), 1.0);
    fx_fini(&fx);
}
END_TEST

START_TEST(empty_sets)
{
    struct fixture fx;
    fx_init(&fx);
    fx_match(&fx);
    ck_assert_double_eq(score_recall(&fx.r.c), 1.0);
    ck_assert_double_eq(score_precision(&fx.r.c), 1.0);
    ck_assert_double_eq(score_entity(&fx.r.c), 1.0);
    fx_fini(&fx);

    fx_init(&fx);
    add(&fx.key, std(1, 1));
    fx_match(&fx);
    ck_assert_double_eq(score_recall(&fx.r.c), 0.0);
    fx_fini(&fx);
}
END_TEST

/* ---- entities ------------------------------------------------------------- */

START_TEST(entity_agreement)
{
    ck_assert(score_entity_agrees("China", "China"));
    ck_assert(score_entity_agrees("china", "CHINA"));
    ck_assert(score_entity_agrees("Lashou.com", "lashou"));  /* extracted contains key */
    ck_assert(score_entity_agrees("LASH", "Lashou"));        /* key contains extracted */
    ck_assert(score_entity_agrees("yu'e bao", "Yu'e Bao"));
    ck_assert(!score_entity_agrees("Alibaba", "China"));
    ck_assert(!score_entity_agrees("Chin a", "China"));
    ck_assert(!score_entity_agrees("", "China")); /* empty is no answer */
    ck_assert(!score_entity_agrees("China", ""));
    ck_assert(score_entity_agrees("", ""));
}
END_TEST

START_TEST(entity_counts)
{
    struct fixture fx;
    fx_init(&fx);
    struct spec s;
    s = std(1, 1), s.entity = "Lashou";
    add(&fx.key, s);
    s = std(2, 2), s.entity = "China";
    add(&fx.key, s);
    s = std(1, 1), s.entity = "lashou group";
    add(&fx.facts, s);
    s = std(2, 2), s.entity = "US";
    add(&fx.facts, s);
    s = std(3, 3), s.entity = "nobody"; /* unmatched: not in the figure */
    add(&fx.facts, s);
    fx_match(&fx);
    ck_assert_uint_eq(fx.r.c.matched, 2);
    ck_assert_uint_eq(fx.r.c.entity_ok, 1);
    ck_assert_double_eq(score_entity(&fx.r.c), 0.5);
    fx_fini(&fx);
}
END_TEST

/* ---- loading -------------------------------------------------------------- */

START_TEST(load_by_header_name)
{
    struct score_set key, facts;
    struct cns_err e;
    cns_err_init(&e);
    score_set_init(&key);
    score_set_init(&facts);
    ck_assert_int_eq(score_load_key(DATA "key.csv", &key, &e), CNS_OK);
    ck_assert_int_eq(score_load_facts(DATA "facts.csv", &facts, &e), CNS_OK);
    ck_assert_uint_eq(key.n, 9);
    ck_assert_uint_eq(facts.n, 9);
    /* key.csv has tier, file and line first */
    const struct score_row *k = &key.rows[0];
    ck_assert_str_eq(k->indicator, "netizens");
    ck_assert_str_eq(k->file, "a.txt");
    ck_assert_int_eq(k->line, 10);
    ck_assert_double_eq(k->value, 1000);
    ck_assert_str_eq(k->quote, "1,000 netizens");
    ck_assert_int_eq(k->csv_line, 2);
    ck_assert_int_eq(key.rows[6].tier, TIER_BORDERLINE);
    ck_assert_int_eq(key.rows[7].tier, TIER_CONVERSION);
    ck_assert_str_eq(key.rows[8].entity, "Yu'e Bao");
    ck_assert_str_eq(key.rows[8].quote, "a \"fund\" of 0");
    /* facts: the extra column is ignored; directories are dropped */
    ck_assert_str_eq(facts.rows[8].file, "b.txt");
    ck_assert_double_eq(facts.rows[5].value, 100.2);
    ck_assert_str_eq(facts.rows[5].value_text, "100.2");
    score_set_fini(&key);
    score_set_fini(&facts);
}
END_TEST

START_TEST(load_key_without_tier)
{
    struct score_set key;
    struct cns_err e;
    cns_err_init(&e);
    score_set_init(&key);
    ck_assert_int_eq(score_load_key(DATA "key_notier.csv", &key, &e), CNS_OK);
    ck_assert_uint_eq(key.n, 1);
    ck_assert_int_eq(key.rows[0].tier, TIER_CORE);
    ck_assert_str_eq(key.rows[0].quote, "");
    score_set_fini(&key);
}
END_TEST

/* Loading path fails at line with a message containing what. */
static void load_fails(const char *path, long line, const char *what)
{
    struct score_set key;
    struct cns_err e;
    cns_err_init(&e);
    score_set_init(&key);
    ck_assert_int_eq(score_load_key(path, &key, &e), CNS_EDATA);
    ck_assert_str_eq(e.file, path);
    ck_assert_int_eq(e.line, line);
    ck_assert_msg(strstr(e.msg, what), "'%s' lacks '%s'", e.msg, what);
    score_set_fini(&key);
}

START_TEST(load_errors)
{
    load_fails(DATA "key_noline.csv", 1, "'line'");
    load_fails(DATA "key_badvalue.csv", 3, "bad value '1,000'");
    load_fails(DATA "key_badtier.csv", 3, "unknown tier 'maybe'");
    load_fails(DATA "key_short.csv", 3, "6 fields");
    load_fails(CNS_TESTDATA "/csvio/empty.csv", 0, "no header");
    load_fails(DATA "key_unterminated.csv", 3, "unterminated");
    load_fails(DATA "no-such-key.csv", 0, "No such file");
}
END_TEST

/* ---- the report and the command ------------------------------------------- */

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    struct buf b;
    buf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    return b.p ? b.p : xstrdup("");
}

START_TEST(report_text)
{
    struct score_set key, facts;
    struct cns_err e;
    cns_err_init(&e);
    score_set_init(&key);
    score_set_init(&facts);
    ck_assert_int_eq(score_load_key(DATA "key.csv", &key, &e), CNS_OK);
    ck_assert_int_eq(score_load_facts(DATA "facts.csv", &facts, &e), CNS_OK);
    struct score_result r;
    score_match(&key, &facts, &r);
    /* the fixture's story: see tests/data/score/ */
    ck_assert_uint_eq(r.fact_key[4], 5); /* line 38 → key line 40, not 20 */
    ck_assert_uint_eq(r.fact_key[5], 4); /* line 21 → key line 20 */
    ck_assert_uint_eq(r.fact_key[6], SCORE_NONE);

    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    ck_assert_ptr_nonnull(out);
    score_print(out, &key, &facts, &r);
    fclose(out);
    char *want = slurp(DATA "report.txt");
    ck_assert_str_eq(text, want);
    free(want);
    free(text);
    score_result_fini(&r);
    score_set_fini(&key);
    score_set_fini(&facts);
}
END_TEST

struct run {
    int status;
    char *out, *err;
};

/* Run cmd_score with stdout and stderr captured. */
static struct run run_score(int argc, const char **args)
{
    char *argv[16];
    ck_assert_int_lt(argc, 16);
    for (int i = 0; i < argc; i++)
        argv[i] = (char *)args[i];
    argv[argc] = NULL;
    char po[] = "/tmp/cnstat-score-out-XXXXXX", pe[] = "/tmp/cnstat-score-err-XXXXXX";
    int fo = mkstemp(po), fe = mkstemp(pe);
    ck_assert(fo >= 0 && fe >= 0);
    fflush(stdout);
    fflush(stderr);
    int so = dup(1), se = dup(2);
    dup2(fo, 1);
    dup2(fe, 2);
    struct run r;
    r.status = cmd_score(argc, argv);
    fflush(stdout);
    fflush(stderr);
    dup2(so, 1);
    dup2(se, 2);
    close(so);
    close(se);
    close(fo);
    close(fe);
    r.out = slurp(po);
    r.err = slurp(pe);
    unlink(po);
    unlink(pe);
    return r;
}

static void run_free(struct run *r)
{
    free(r->out);
    free(r->err);
}

START_TEST(cmd_ok)
{
    const char *a[] = {"score", DATA "key.csv", DATA "facts.csv"};
    struct run r = run_score(3, a);
    ck_assert_int_eq(r.status, 0);
    char *want = slurp(DATA "report.txt");
    ck_assert_str_eq(r.out, want);
    ck_assert_str_eq(r.err, "");
    free(want);
    run_free(&r);
}
END_TEST

START_TEST(cmd_bars)
{
    /* recall 4/7 = 0.5714, precision 5/9 = 0.5556, entity 4/5 = 0.8 */
    const char *pass[] = {"score", "--min-recall", "0.57", "--min-precision=0.5",
                          DATA "key.csv", DATA "facts.csv", "--min-entity", "0.8"};
    struct run r = run_score(8, pass);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, "");
    run_free(&r);

    const char *fail[] = {"score", "--min-recall", "0.58", "--min-entity", "0.9",
                          DATA "key.csv", DATA "facts.csv"};
    r = run_score(7, fail);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "cnstat: score: recall 0.5714 is below 0.58\n"
                            "cnstat: score: entity 0.8 is below 0.9\n");
    ck_assert_ptr_nonnull(strstr(r.out, "recall 0.5714 (4/7 core)\n"));
    run_free(&r);

    /* a figure just under its bar is never printed as equal to it */
    const char *close_bar[] = {"score", "--min-precision", "0.5556", DATA "key.csv",
                               DATA "facts.csv"};
    r = run_score(5, close_bar);
    ck_assert_int_eq(r.status, 1); /* 5/9 = 0.55556 rounds to 0.5556 */
    ck_assert_str_eq(r.err, "cnstat: score: precision 0.55556 is below 0.5556\n");
    run_free(&r);
}
END_TEST

START_TEST(cmd_usage)
{
    const char *help[] = {"score", "--help"};
    struct run r = run_score(2, help);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "Usage: cnstat score"));
    ck_assert_str_eq(r.err, "");
    run_free(&r);

    const char *one_file[] = {"score", DATA "key.csv"};
    const char *bad_num[] = {"score", "--min-recall", "0,9", DATA "key.csv", DATA "facts.csv"};
    const char *too_big[] = {"score", "--min-recall", "97", DATA "key.csv", DATA "facts.csv"};
    const char *no_val[] = {"score", DATA "key.csv", DATA "facts.csv", "--min-entity"};
    const char *unknown[] = {"score", "--min-foo", "1", DATA "key.csv", DATA "facts.csv"};
    const char *ambiguous[] = {"score", "--min", "1", DATA "key.csv", DATA "facts.csv"};
    const char *with_arg[] = {"score", "--help=yes", DATA "key.csv", DATA "facts.csv"};
    const char *short_opt[] = {"score", "-x", DATA "key.csv", DATA "facts.csv"};
    const char *two_stdin[] = {"score", "-", "-"};
    const struct {
        int argc;
        const char **argv;
        const char *msg;
    } cases[] = {
        {2, one_file, "cnstat: score: expected KEY.csv and FACTS.csv, got 1 file\n"},
        {5, bad_num, "cnstat: score: --min-recall: '0,9' is not a number from 0 to 1\n"},
        {5, too_big, "cnstat: score: --min-recall: '97' is not a number from 0 to 1\n"},
        {4, no_val, "cnstat: score: option '--min-entity' needs a value\n"},
        {5, unknown, "cnstat: score: unrecognized option '--min-foo'\n"},
        {5, ambiguous, "cnstat: score: ambiguous option '--min'\n"},
        {4, with_arg, "cnstat: score: option '--help' takes no value\n"},
        {4, short_opt, "cnstat: score: unknown option '-x'\n"},
        {3, two_stdin, "cnstat: score: only one of KEY.csv and FACTS.csv can be '-' (stdin)\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        r = run_score(cases[i].argc, cases[i].argv);
        ck_assert_int_eq(r.status, 2);
        ck_assert_str_eq(r.out, "");
        ck_assert_msg(strncmp(r.err, cases[i].msg, strlen(cases[i].msg)) == 0,
                      "case %zu: got '%s'", i, r.err);
        ck_assert_ptr_nonnull(strstr(r.err, "Try 'cnstat score --help'"));
        run_free(&r);
    }
}
END_TEST

START_TEST(cmd_bad_data)
{
    const char *a[] = {"score", DATA "key_badvalue.csv", DATA "facts.csv"};
    struct run r = run_score(3, a);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_str_eq(r.err, "cnstat: " DATA "key_badvalue.csv:3: bad value '1,000'\n");
    run_free(&r);

    const char *missing[] = {"score", DATA "key.csv", DATA "nope.csv"};
    r = run_score(3, missing);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "cnstat: " DATA "nope.csv: No such file or directory\n");
    run_free(&r);
}
END_TEST

Suite *score_suite(void)
{
    Suite *s = suite_create("score");
    TCase *tc = tcase_create("matching");
    tcase_add_test(tc, tolerance_half_percent);
    tcase_add_test(tc, tolerance_in_matching);
    tcase_add_test(tc, keys_must_be_equal);
    tcase_add_test(tc, key_row_matched_once);
    tcase_add_test(tc, nearest_line_wins);
    tcase_add_test(tc, nearest_line_ties_by_key_order);
    tcase_add_test(tc, extracted_rows_in_file_order);
    tcase_add_test(tc, tiers_and_figures);
    tcase_add_test(tc, empty_sets);
    suite_add_tcase(s, tc);

    tc = tcase_create("entities");
    tcase_add_test(tc, entity_agreement);
    tcase_add_test(tc, entity_counts);
    suite_add_tcase(s, tc);

    tc = tcase_create("loading");
    tcase_add_test(tc, load_by_header_name);
    tcase_add_test(tc, load_key_without_tier);
    tcase_add_test(tc, load_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("report and command");
    tcase_add_test(tc, report_text);
    tcase_add_test(tc, cmd_ok);
    tcase_add_test(tc, cmd_bars);
    tcase_add_test(tc, cmd_usage);
    tcase_add_test(tc, cmd_bad_data);
    suite_add_tcase(s, tc);
    return s;
}
