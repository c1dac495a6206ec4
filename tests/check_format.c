/* check_format.c — the four table formats rendered to memory and compared
 * byte for byte; JSON output also parsed by a small validator written here
 * (RFC 8259, strict UTF-8), so escaping is checked by a reader that does not
 * share code with the writer; "did you mean". */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "suites.h"

Suite *format_suite(void);

/* ---- helpers -------------------------------------------------------------- */

/* Render t in format k; the caller frees the result. */
static char *render(const struct table *t, enum fmt_kind k, bool wrap)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(table_write(t, k, wrap, f), 0);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_uint_eq(strlen(p), n); /* no NUL bytes written */
    return p;
}

static void expect(const struct table *t, enum fmt_kind k, bool wrap, const char *want)
{
    char *got = render(t, k, wrap);
    ck_assert_str_eq(got, want);
    free(got);
}

/* A row of up to four cells; NULL leaves a cell missing. */
static void row(struct table *t, const char *a, const char *b, const char *c, const char *d)
{
    const char *v[] = {a, b, c, d};
    table_row(t);
    for (size_t i = 0; i < 4; i++)
        if (v[i])
            table_set(t, i, v[i]);
}

/* indicator, entity (text); period (text); value (number) */
static struct table *sample(void)
{
    struct table *t = table_new();
    table_column(t, "indicator", COL_TEXT);
    table_column(t, "entity", COL_TEXT);
    table_column(t, "period", COL_TEXT);
    table_column(t, "value", COL_NUMBER);
    row(t, "netizens", "China", "2010", "457000000");
    row(t, "fund_assets", "Yu'e Bao", "2013-12", "185.3");
    row(t, "3g_users", NULL, "2011", NULL);
    return t;
}

#include "jsonv.h"

/* ---- the validator itself ------------------------------------------------- */

START_TEST(validator_accepts)
{
    static const char *const good[] = {
        "[]", " {} ", "0", "-0.5e+10", "1E3", "\"\"", "true", "null",
        "[1, \"a\", {\"k\": [false, null]}]\n",
        "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"",
        "\"\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d \xf0\x9f\x98\x80\"",
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        ck_assert_msg(json_valid_str(good[i]), "rejected: %s", good[i]);
}
END_TEST

START_TEST(validator_rejects)
{
    static const char *const bad[] = {
        "", "[", "[1,]", "{\"a\" 1}", "{1: 2}", "01", "1.", ".5", "+1", "-", "1e",
        "nan", "tru", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"",
        "\"\\udc00\"", "[1] 2", "'a'", "\"\xff\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"",
        "\"\xe4\xbd\"", "\"\xf4\x90\x80\x80\"",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(!json_valid_str(bad[i]), "accepted: %s", bad[i]);
    ck_assert(!json_valid("\"a\0b\"", 5)); /* a raw NUL */
}
END_TEST

/* ---- text table ----------------------------------------------------------- */

START_TEST(table_plain)
{
    struct table *t = sample();
    expect(t, FMT_TABLE, false,
           "indicator    entity    period       value\n"
           "-----------  --------  -------  ---------\n"
           "netizens     China     2010     457000000\n"
           "fund_assets  Yu'e Bao  2013-12      185.3\n"
           "3g_users     \xe2\x80\x93         2011             \xe2\x80\x93\n");
    table_free(t);
}
END_TEST

START_TEST(table_cjk_alignment)
{
    /* 余额宝 is 3 code points, 9 bytes, 6 columns; ＡＢ (full-width) 4 columns */
    struct table *t = table_new();
    table_column(t, "entity", COL_TEXT);
    table_column(t, "CNY", COL_NUMBER);
    table_column(t, "note", COL_TEXT);
    row(t, "\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d", "185300000000", "\xe6\xb7\x98\xe5\xae\x9d", NULL);
    row(t, "Lashou", "1", "x", NULL);
    row(t, "\xef\xbc\xa1\xef\xbc\xa2", "22", "caf\xc3\xa9", NULL); /* é: 1 column */
    expect(t, FMT_TABLE, false,
           "entity           CNY  note\n"
           "------  ------------  ----\n"
           "\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d  185300000000  \xe6\xb7\x98\xe5\xae\x9d\n"
           "Lashou             1  x\n"
           "\xef\xbc\xa1\xef\xbc\xa2              22  caf\xc3\xa9\n");
    table_free(t);
}
END_TEST

START_TEST(table_notes_and_controls)
{
    struct table *t = table_new();
    table_note(t, "Growth of netizens");
    table_note(t, "converted to USD");
    table_column(t, "quote", COL_TEXT);
    table_column(t, "n", COL_NUMBER);
    row(t, "a\tb\nc", "10", NULL, NULL); /* controls become spaces */
    row(t, "bad \xff!", "", NULL, NULL); /* invalid byte: U+FFFD; "" in a number column: missing */
    row(t, "c1\xc2\x85ls\xe2\x80\xa8", NULL, NULL, NULL); /* NEL, LINE SEPARATOR: spaces */
    expect(t, FMT_TABLE, false,
           "Growth of netizens\n"
           "converted to USD\n"
           "\n"
           "quote    n\n"
           "------  --\n"
           "a b c   10\n"
           "bad \xef\xbf\xbd!   \xe2\x80\x93\n"
           "c1 ls    \xe2\x80\x93\n");
    table_free(t);
}
END_TEST

START_TEST(table_empty)
{
    struct table *t = table_new();
    expect(t, FMT_TABLE, false, "");
    expect(t, FMT_CSV, false, "");
    expect(t, FMT_JSON, false, "[]\n");
    expect(t, FMT_JSON, true, "{\n  \"notes\": [],\n  \"rows\": []\n}\n");
    expect(t, FMT_MD, false, "");
    table_column(t, "a", COL_TEXT);
    table_column(t, "bb", COL_NUMBER);
    expect(t, FMT_TABLE, false, "a  bb\n-  --\n");
    expect(t, FMT_CSV, false, "a,bb\n");
    expect(t, FMT_JSON, false, "[]\n");
    expect(t, FMT_MD, false, "| a   |   bb |\n| --- | ---: |\n");
    table_free(t);
}
END_TEST

START_TEST(table_set_replaces)
{
    struct table *t = table_new();
    table_column(t, "x", COL_TEXT);
    table_row(t);
    table_set(t, 0, "first");
    table_set(t, 0, "second");
    table_row(t);
    table_set(t, 0, "gone");
    table_set(t, 0, NULL); /* back to missing */
    expect(t, FMT_CSV, false, "x\nsecond\n\"\"\n");
    expect(t, FMT_JSON, false, "[\n  {\"x\": \"second\"},\n  {\"x\": null}\n]\n");
    table_free(t);
}
END_TEST

/* ---- CSV ------------------------------------------------------------------ */

START_TEST(csv_rows)
{
    struct table *t = sample();
    table_note(t, "notes are not written in CSV");
    row(t, "quote", "a, \"b\"", "line\nbreak", "-1.5");
    expect(t, FMT_CSV, false,
           "indicator,entity,period,value\n"
           "netizens,China,2010,457000000\n"
           "fund_assets,Yu'e Bao,2013-12,185.3\n"
           "3g_users,,2011,\n"
           "quote,\"a, \"\"b\"\"\",\"line\nbreak\",-1.5\n");
    table_free(t);
}
END_TEST

/* ---- JSON ----------------------------------------------------------------- */

START_TEST(json_array)
{
    struct table *t = sample();
    const char *want =
        "[\n"
        "  {\"indicator\": \"netizens\", \"entity\": \"China\", \"period\": \"2010\", \"value\": 457000000},\n"
        "  {\"indicator\": \"fund_assets\", \"entity\": \"Yu'e Bao\", \"period\": \"2013-12\", \"value\": 185.3},\n"
        "  {\"indicator\": \"3g_users\", \"entity\": null, \"period\": \"2011\", \"value\": null}\n"
        "]\n";
    expect(t, FMT_JSON, false, want);
    char *got = render(t, FMT_JSON, false);
    ck_assert(json_valid_str(got));
    free(got);
    table_free(t);
}
END_TEST

START_TEST(json_wrapped)
{
    struct table *t = table_new();
    table_note(t, "converted to \"USD\"");
    table_note(t, "second");
    table_column(t, "v", COL_NUMBER);
    row(t, "1", NULL, NULL, NULL);
    row(t, "2", NULL, NULL, NULL);
    const char *want =
        "{\n"
        "  \"notes\": [\"converted to \\\"USD\\\"\", \"second\"],\n"
        "  \"rows\": [\n"
        "    {\"v\": 1},\n"
        "    {\"v\": 2}\n"
        "  ]\n"
        "}\n";
    expect(t, FMT_JSON, true, want);
    char *got = render(t, FMT_JSON, true);
    ck_assert(json_valid_str(got));
    free(got);
    table_free(t);
}
END_TEST

START_TEST(json_numbers_validated)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"0", "0"}, {"-0", "-0"}, {"12.5", "12.5"}, {"-0.5e3", "-0.5e3"}, {"1E+9", "1E+9"},
        {"12.3%", "\"12.3%\""}, {"+5", "\"+5\""}, {"007", "\"007\""}, {"1.", "\"1.\""},
        {".5", "\".5\""}, {"1,000", "\"1,000\""}, {"nan", "\"nan\""}, {"-inf", "\"-inf\""},
        {"1e", "\"1e\""}, {" 1", "\" 1\""}, {"0x10", "\"0x10\""}, {"n/a \"x\"", "\"n/a \\\"x\\\"\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct table *t = table_new();
        table_column(t, "n", COL_NUMBER);
        table_row(t);
        table_set(t, 0, cases[i].in);
        char want[128];
        snprintf(want, sizeof want, "[\n  {\"n\": %s}\n]\n", cases[i].out);
        char *got = render(t, FMT_JSON, false);
        ck_assert_str_eq(got, want);
        ck_assert_msg(json_valid_str(got), "invalid JSON for %s", cases[i].in);
        free(got);
        table_free(t);
    }
}
END_TEST

/* json_string output as a string, for exact comparisons. */
static char *jstr(const char *s)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    ck_assert_ptr_nonnull(f);
    json_string(f, s);
    ck_assert_int_eq(fclose(f), 0);
    return p;
}

static void expect_jstr(const char *in, const char *want)
{
    char *got = jstr(in);
    ck_assert_str_eq(got, want);
    ck_assert_msg(json_valid_str(got), "invalid JSON: %s", got);
    free(got);
}

START_TEST(json_escapes)
{
    expect_jstr("plain", "\"plain\"");
    expect_jstr("", "\"\"");
    expect_jstr("say \"hi\"", "\"say \\\"hi\\\"\"");
    expect_jstr("C:\\dir\\", "\"C:\\\\dir\\\\\"");
    expect_jstr("a\nb\rc\td\be\ff", "\"a\\nb\\rc\\td\\be\\ff\"");
    expect_jstr("\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"");
    expect_jstr("a/b", "\"a/b\"");
    expect_jstr("\xe2\x80\xa8", "\"\\u2028\""); /* LINE SEPARATOR: JavaScript-safe */
    /* valid UTF-8 passes through: 余额宝, é, an emoji */
    expect_jstr("\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d \xc3\xa9 \xf0\x9f\x98\x80",
                "\"\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d \xc3\xa9 \xf0\x9f\x98\x80\"");
    expect_jstr("\xef\xbf\xbd", "\"\xef\xbf\xbd\""); /* a real U+FFFD stays */
    char *got = jstr(NULL);
    ck_assert_str_eq(got, "null");
    free(got);
}
END_TEST

#define FFFD "\xef\xbf\xbd"

START_TEST(json_invalid_utf8)
{
    expect_jstr("a\xff" "b", "\"a" FFFD "b\"");              /* never valid */
    expect_jstr("\x80\x80", "\"" FFFD FFFD "\"");            /* lone continuations */
    expect_jstr("\xc0\xaf", "\"" FFFD FFFD "\"");            /* overlong '/' */
    expect_jstr("\xe0\x80\xaf", "\"" FFFD FFFD FFFD "\"");   /* overlong, 3 bytes */
    expect_jstr("\xed\xa0\x80", "\"" FFFD FFFD FFFD "\"");   /* surrogate U+D800 */
    expect_jstr("\xf4\x90\x80\x80", "\"" FFFD FFFD FFFD FFFD "\""); /* above U+10FFFF */
    expect_jstr("\xe4\xbd" "A", "\"" FFFD "A\"");            /* truncated: one maximal subpart */
    expect_jstr("\xf0\x9f\x98", "\"" FFFD "\"");             /* truncated at the end */
    expect_jstr("\xe4\xbd\xe4\xbd\x99", "\"" FFFD "\xe4\xbd\x99\"");
    expect_jstr("\xc3", "\"" FFFD "\"");
}
END_TEST

START_TEST(json_tricky_table_valid)
{
    struct table *t = table_new();
    table_note(t, "note with \"quotes\", \\ and \n newline \xfe");
    table_column(t, "quote \"q\"", COL_TEXT);
    table_column(t, "value", COL_NUMBER);
    table_column(t, "entity", COL_TEXT);
    row(t, "he said \"513 million\"\\n", "513000000", "\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d", NULL);
    row(t, "tab\there\nnewline\r\x01\x02\x1b[31m", "12.3%", "bad \xff\xfe \xc3 \xe2\x82", NULL);
    row(t, "\\", "about 5", "\xed\xbf\xbf\xf8\x88\x80\x80\x80", NULL);
    row(t, "", "1e400", "", NULL); /* "1e400" is a JSON number (readers may not hold it) */
    for (int wrap = 0; wrap < 2; wrap++) {
        char *got = render(t, FMT_JSON, wrap);
        ck_assert_msg(json_valid_str(got), "invalid JSON:\n%s", got);
        ck_assert_ptr_nonnull(strstr(got, "\"value\": 513000000,"));
        ck_assert_ptr_nonnull(strstr(got, "\"value\": \"12.3%\","));
        ck_assert_ptr_nonnull(strstr(got, "\"value\": \"about 5\","));
        ck_assert_ptr_nonnull(strstr(got, "\"value\": 1e400,"));
        ck_assert_ptr_nonnull(strstr(got, "\"quote \\\"q\\\"\": \"he said \\\"513 million\\\"\\\\n\""));
        ck_assert_ptr_nonnull(strstr(got, "\"tab\\there\\nnewline\\r\\u0001\\u0002\\u001b[31m\""));
        ck_assert_ptr_nonnull(strstr(got, "\"bad " FFFD FFFD " " FFFD " " FFFD "\""));
        ck_assert_ptr_nonnull(strstr(got, "\"entity\": \"\xe4\xbd\x99\xe9\xa2\x9d\xe5\xae\x9d\""));
        free(got);
    }
    table_free(t);
}
END_TEST

/* ---- Markdown ------------------------------------------------------------- */

START_TEST(md_table)
{
    struct table *t = sample();
    table_note(t, "Netizens | 3G users");
    table_note(t, "Source: *CNNIC*");
    expect(t, FMT_MD, false,
           "Netizens \\| 3G users\n"
           "\n"
           "Source: \\*CNNIC\\*\n"
           "\n"
           "| indicator    | entity   | period  |     value |\n"
           "| ------------ | -------- | ------- | --------: |\n"
           "| netizens     | China    | 2010    | 457000000 |\n"
           "| fund\\_assets | Yu'e Bao | 2013-12 |     185.3 |\n"
           "| 3g\\_users    | \xe2\x80\x93        | 2011    |         \xe2\x80\x93 |\n");
    table_free(t);
}
END_TEST

START_TEST(md_escaping)
{
    struct table *t = table_new();
    table_column(t, "a|b", COL_TEXT);
    table_column(t, "n", COL_NUMBER);
    row(t, "x | y", "1", NULL, NULL);
    row(t, "back\\slash\\|pipe", "22", NULL, NULL);
    row(t, "`code` <b> [l](u) ~s~ _e_", "333", NULL, NULL);
    row(t, "two\nlines \xe4\xbd\x99", "4444", NULL, NULL);
    expect(t, FMT_MD, false,
           "| a\\|b                                |    n |\n"
           "| ----------------------------------- | ---: |\n"
           "| x \\| y                              |    1 |\n"
           "| back\\\\slash\\\\\\|pipe                 |   22 |\n"
           "| \\`code\\` \\<b\\> \\[l\\](u) \\~s\\~ \\_e\\_ |  333 |\n"
           "| two lines \xe4\xbd\x99                        | 4444 |\n");
    /* every unescaped '|' in the output is a cell border: 3 per line */
    char *got = render(t, FMT_MD, false);
    int borders = 0, lines = 0;
    for (const char *p = got; *p; p++) {
        if (*p == '\\' && p[1])
            p++; /* an escaped character */
        else if (*p == '|')
            borders++;
        else if (*p == '\n') {
            ck_assert_int_eq(borders, 3);
            borders = 0;
            lines++;
        }
    }
    ck_assert_int_eq(lines, 6);
    free(got);
    table_free(t);
}
END_TEST

/* ---- formats, errors ------------------------------------------------------ */

START_TEST(parse_formats)
{
    enum fmt_kind k = FMT_CSV;
    ck_assert(fmt_parse("table", &k));
    ck_assert_int_eq(k, FMT_TABLE);
    ck_assert(fmt_parse("csv", &k));
    ck_assert_int_eq(k, FMT_CSV);
    ck_assert(fmt_parse("json", &k));
    ck_assert_int_eq(k, FMT_JSON);
    ck_assert(fmt_parse("md", &k));
    ck_assert_int_eq(k, FMT_MD);
    k = FMT_JSON;
    ck_assert(!fmt_parse("xml", &k));
    ck_assert(!fmt_parse("", &k));
    ck_assert(!fmt_parse("CSV ", &k));
    ck_assert_int_eq(k, FMT_JSON); /* untouched on failure */

    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fmt_default(f), FMT_CSV); /* not a terminal */
    fclose(f);
    free(p);
}
END_TEST

START_TEST(write_error)
{
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        return; /* no /dev/full here */
    struct table *t = sample();
    for (int k = FMT_TABLE; k <= FMT_MD; k++)
        ck_assert_int_eq(table_write(t, (enum fmt_kind)k, false, f), -1);
    fclose(f);
    f = fopen("/dev/null", "r"); /* not open for writing */
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(table_write(t, FMT_CSV, false, f), -1);
    fclose(f);
    table_free(t);
}
END_TEST

/* ---- did you mean --------------------------------------------------------- */

static const char *const indicators[] = {
    "netizens", "mobile_netizens", "3g_users", "3g_base_stations", "third_party_payments",
    "fund_assets", "ipo_raise", "broadband_users",
};
#define NIND (sizeof indicators / sizeof *indicators)

START_TEST(suggest)
{
    ck_assert_str_eq(did_you_mean("netizen", indicators, NIND), "netizens");
    ck_assert_str_eq(did_you_mean("3g_user", indicators, NIND), "3g_users");
    ck_assert_ptr_null(did_you_mean("zzzz", indicators, NIND));
    ck_assert_str_eq(did_you_mean("NETIZENS", indicators, NIND), "netizens");
    ck_assert_str_eq(did_you_mean("3G_Users", indicators, NIND), "3g_users");
    ck_assert_str_eq(did_you_mean("thrid_party_payment", indicators, NIND), "third_party_payments");
    ck_assert_str_eq(did_you_mean("fund-assets", indicators, NIND), "fund_assets");
    ck_assert_ptr_null(did_you_mean("", indicators, NIND));
    ck_assert_ptr_null(did_you_mean("netizens", indicators, 0));
    ck_assert_ptr_null(did_you_mean("users", indicators, NIND)); /* 3 edits from 3g_users: too far */
}
END_TEST

START_TEST(suggest_threshold_and_ties)
{
    /* len 6: threshold max(2, 2) = 2 */
    static const char *const c1[] = {"abcxyz", "abcdzz"};
    ck_assert_ptr_null(did_you_mean("abcdef", c1, 1)); /* 3 edits */
    ck_assert_str_eq(did_you_mean("abcdef", c1, 2), "abcdzz"); /* 2 edits */
    /* len 12: threshold 4 */
    static const char *const c2[] = {"abcdefghwxyz", "abcdefghvwxyz"};
    ck_assert_str_eq(did_you_mean("abcdefghijkl", c2, 1), "abcdefghwxyz"); /* 4 edits */
    static const char *const c3[] = {"abcdefgvwxyz"};
    ck_assert_ptr_null(did_you_mean("abcdefghijkl", c3, 1)); /* 5 edits */
    /* ties: the first candidate wins */
    static const char *const c4[] = {"cat", "bat", "hat"};
    ck_assert_str_eq(did_you_mean("mat", c4, 3), "cat");
    static const char *const c5[] = {"hat", "bat", "cat"};
    ck_assert_str_eq(did_you_mean("mat", c5, 3), "hat");
    /* a closer later candidate beats an earlier one */
    static const char *const c6[] = {"mbtt", "matt"};
    ck_assert_str_eq(did_you_mean("mat", c6, 2), "matt");
}
END_TEST

Suite *format_suite(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("json validator");
    tcase_add_test(tc, validator_accepts);
    tcase_add_test(tc, validator_rejects);
    suite_add_tcase(s, tc);

    tc = tcase_create("text table");
    tcase_add_test(tc, table_plain);
    tcase_add_test(tc, table_cjk_alignment);
    tcase_add_test(tc, table_notes_and_controls);
    tcase_add_test(tc, table_empty);
    tcase_add_test(tc, table_set_replaces);
    suite_add_tcase(s, tc);

    tc = tcase_create("csv");
    tcase_add_test(tc, csv_rows);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_test(tc, json_array);
    tcase_add_test(tc, json_wrapped);
    tcase_add_test(tc, json_numbers_validated);
    tcase_add_test(tc, json_escapes);
    tcase_add_test(tc, json_invalid_utf8);
    tcase_add_test(tc, json_tricky_table_valid);
    suite_add_tcase(s, tc);

    tc = tcase_create("markdown");
    tcase_add_test(tc, md_table);
    tcase_add_test(tc, md_escaping);
    suite_add_tcase(s, tc);

    tc = tcase_create("formats and errors");
    tcase_add_test(tc, parse_formats);
    tcase_add_test(tc, write_error);
    suite_add_tcase(s, tc);

    tc = tcase_create("did you mean");
    tcase_add_test(tc, suggest);
    tcase_add_test(tc, suggest_threshold_and_ties);
    suite_add_tcase(s, tc);
    return s;
}
