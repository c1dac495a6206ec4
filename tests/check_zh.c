/* check_zh.c — facts in Chinese prose (zh.h): the phrases a section gives,
 * figures with their scale and unit, qualifiers, changes and the levels
 * they give, dates of the sentence, parts no phrase names. */
#include <check.h>
#include <string.h>

#include "msg.h"
#include "rules.h"
#include "suites.h"
#include "zh.h"

static const char rules_text[] = "[netizens]\nlabel = Netizens\nunit = people\nentity = China\nzh = 网民规模; 网民数\nmin = 1000\n\n"
                                 "[netizens_increase]\nlabel = Increase\nunit = people\nchange = increase\nbase = netizens\n\n"
                                 "[netizens_growth]\nlabel = Growth\nunit = percent\nchange = growth\nbase = netizens\n\n"
                                 "[mobile_netizens]\nlabel = Mobile\nunit = people\nentity = China\nzh = 手机网民规模\n\n"
                                 "[internet_penetration]\nlabel = Penetration\nunit = percent\nentity = China\nzh = 互联网普及率\n\n"
                                 "[internet_penetration_increase]\nlabel = Change\nunit = percent\nchange = increase\n"
                                 "base = internet_penetration\n\n"
                                 "[domain_names]\nlabel = Domains\nunit = count\nentity = China\nzh = 域名总数\n";

static struct rules *r;
static struct zh_index *x;
static struct zh_fact f[32];

static void setup(void)
{
    struct cns_err e = {0};
    r = rules_parse("test.rules", rules_text, sizeof rules_text - 1, &e);
    ck_assert_msg(r != NULL, "rules: %s", e.msg);
    x = zh_index_new(r);
    ck_assert_ptr_nonnull(x);
}

static void teardown(void)
{
    zh_index_free(x);
    rules_free(r);
}

static size_t read_zh(const char *s)
{
    return zh_read(r, x, s, strlen(s), f, sizeof f / sizeof *f);
}

static const char *id_of(size_t i)
{
    return r->v[f[i].rule].id;
}

START_TEST(level_change_and_the_level_before)
{
    /* rules without Chinese phrases have no index */
    struct cns_err e = {0};
    struct rules *none = rules_parse("t.rules", "[a]\nlabel = A\nunit = people\ncue = a\n", 36, &e);
    ck_assert_ptr_nonnull(none);
    ck_assert_ptr_null(zh_index_new(none));
    ck_assert_uint_eq(zh_read(none, NULL, "网民规模达1亿人", strlen("网民规模达1亿人"), f, 32), 0);
    rules_free(none);
    ck_assert(zh_any("网民", strlen("网民")));
    ck_assert(!zh_any("netizens", 8));
    size_t n = read_zh("截至2023年12月，我国网民规模达10.92亿人，较2022年12月增长2480万人，互联网普及率达77.5%。");
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(id_of(0), "netizens");
    ck_assert_double_eq(f[0].value, 1.092e9);
    ck_assert_str_eq(f[0].unit, "people");
    ck_assert_int_eq(f[0].y, 2023);
    ck_assert_int_eq(f[0].m, 12);
    ck_assert(!f[0].derived);
    ck_assert_str_eq(id_of(1), "netizens_increase");
    ck_assert_double_eq(f[1].value, 2.48e7);
    ck_assert_int_eq(f[1].m, 12);
    /* the level at the base's date */
    ck_assert_str_eq(id_of(2), "netizens");
    ck_assert(f[2].derived);
    ck_assert_double_eq(f[2].value, 1.092e9 - 2.48e7);
    ck_assert_int_eq(f[2].y, 2022);
    ck_assert_int_eq(f[2].m, 12);
    ck_assert_str_eq(id_of(3), "internet_penetration");
    ck_assert_double_eq(f[3].value, 77.5);
    ck_assert_str_eq(f[3].unit, "percent");
}
END_TEST

START_TEST(longest_phrase_parts_and_classes)
{
    /* the longest phrase: mobile netizens, not netizens */
    ck_assert_uint_eq(read_zh("我国手机网民规模达10.91亿人。"), 1);
    ck_assert_str_eq(id_of(0), "mobile_netizens");
    /* a part no phrase names is none of the whole's */
    ck_assert_uint_eq(read_zh("宽带网民数达到1.63亿人。"), 0);
    /* a figure of another class: a share is no count of people */
    ck_assert_uint_eq(read_zh("网民规模的99.9%使用手机上网。"), 0);
    /* things counted: "个" */
    ck_assert_uint_eq(read_zh("我国域名总数为3160万个。"), 1);
    ck_assert_str_eq(f[0].unit, "count");
    ck_assert_double_eq(f[0].value, 3.16e7);
    /* things listed "分别" with as many figures: each its phrase's, the words
     * the last ends in added where it lacks them; "即时通信" is nobody's */
    static const char listed[] = "截至2023年6月，即时通信、网民、手机网民规模分别达10.47亿人、10.79亿人和10.76亿人。";
    ck_assert_uint_eq(read_zh(listed), 2);
    ck_assert_str_eq(id_of(0), "netizens");
    ck_assert_double_eq(f[0].value, 1.079e9);
    ck_assert_int_eq(f[0].m, 6);
    ck_assert_str_eq(id_of(1), "mobile_netizens");
    ck_assert_double_eq(f[1].value, 1.076e9);
    /* a figure foreseen is no level */
    ck_assert_uint_eq(read_zh("今年手机网民规模有望达到6亿人。"), 0);
    ck_assert_uint_eq(read_zh("预计网民规模将突破11亿人。"), 0);
    /* "去年" and "今年": the year before the year of writing, and that year */
    ck_assert_uint_eq(read_zh("去年，我国网民规模达6.18亿人。"), 1);
    ck_assert_int_eq(f[0].y, 0);
    ck_assert_int_eq(f[0].rel, -1);
    ck_assert_uint_eq(read_zh("今年我国网民规模达6.5亿人。"), 1);
    ck_assert_int_eq(f[0].rel, 1);
    /* a row of a table is no prose */
    ck_assert_uint_eq(read_zh("  网民规模  103,195    105,114    106,744\n"), 0);
    /* a date's numbers are no figures; a sentence without a phrase gives nothing */
    ck_assert_uint_eq(read_zh("2023年12月，国家统计局发布了数据。"), 0);
}
END_TEST

START_TEST(qualifiers_and_a_figure_before_its_phrase)
{
    ck_assert_uint_eq(read_zh("中国互联网上网人数已经超过1亿，网民数约为9800万人。"), 1);
    /* (no phrase of ours in the first clause; "约为" is about) */
    ck_assert_int_eq(f[0].q, Q_ABOUT);
    ck_assert_uint_eq(read_zh("网民数突破5亿人。"), 1);
    ck_assert_int_eq(f[0].q, Q_MORE_THAN);
    /* "16%的互联网普及率", not the world's it is compared with */
    ck_assert_uint_eq(read_zh("目前中国16%的互联网普及率仍比全球平均水平19.1%低3.1个百分点。"), 1);
    ck_assert_double_eq(f[0].value, 16);
    /* a change in percentage points of a rate */
    ck_assert_uint_eq(read_zh("2023年，互联网普及率达77.5%，较2022年提升1.9个百分点。"), 3);
    ck_assert_str_eq(id_of(1), "internet_penetration_increase");
    ck_assert_double_eq(f[1].value, 1.9);
}
END_TEST

START_TEST(changes_of_the_sentence_before)
{
    /* a phrase without a figure is the subject of the clauses after it;
     * a change over a year is from the end of the year before */
    size_t n = read_zh("网民数已达到2.1亿人。中国网民数增长迅速,2007年一年增加了7300万,年增长率为53.3%。");
    ck_assert_uint_eq(n, 5);
    ck_assert_str_eq(id_of(1), "netizens_increase");
    ck_assert_int_eq(f[1].y, 2007);
    ck_assert(f[2].derived);
    ck_assert_int_eq(f[2].y, 2006);
    ck_assert_double_eq(f[2].value, 1.37e8);
    ck_assert_str_eq(id_of(3), "netizens_growth");
    ck_assert_double_eq(f[3].value, 53.3);
    ck_assert(f[4].derived);
    ck_assert_int_eq(f[4].q, Q_ABOUT);
    ck_assert_double_eq(f[4].value, 136986301); /* 2.1e8 / 1.533 */
    /* a fall is negative */
    ck_assert_uint_eq(read_zh("2010年，网民规模达4.57亿人，较2009年减少100万人。"), 3);
    ck_assert_double_eq(f[1].value, -1e6);
    /* "同比": from a year before the sentence's date */
    ck_assert_uint_eq(read_zh("截至2023年6月，我国网民规模达10.79亿人，同比增长3.5%。"), 3);
    ck_assert_str_eq(id_of(1), "netizens_growth");
    ck_assert(f[2].derived);
    ck_assert_int_eq(f[2].y, 2022);
    ck_assert_int_eq(f[2].m, 6);
    /* a fall of 100 percent or more gives no level before */
    ck_assert_uint_eq(read_zh("2023年，网民规模达1亿人，同比下降100%。"), 2);
    /* a sentence without a date takes the one before */
    ck_assert_uint_eq(read_zh("截至2009年6月底,网民规模达到3.38亿人。其中网民数达到3.38亿人。"), 2);
    ck_assert_int_eq(f[1].y, 2009);
    ck_assert_int_eq(f[1].m, 6);
}
END_TEST

START_TEST(bad_input)
{
    /* a number of 400 digits, a truncated character, no text */
    char big[600] = "网民规模达";
    size_t l = strlen(big);
    memset(big + l, '9', 400);
    big[l + 400] = '\0';
    ck_assert_uint_eq(read_zh(big), 0);
    ck_assert_uint_eq(zh_read(r, x, "网民规模达1亿\xE4", strlen("网民规模达1亿\xE4"), f, 32), 1);
    ck_assert_double_eq(f[0].value, 1e8);
    ck_assert_uint_eq(zh_read(r, x, "", 0, f, 32), 0);
    /* no more than cap written, and how many there are returned */
    static const char three[] = "网民规模达1亿人。网民规模达2亿人。网民规模达3亿人。";
    f[2].value = -1;
    ck_assert_uint_eq(zh_read(r, x, three, strlen(three), f, 2), 3);
    ck_assert_double_eq(f[1].value, 2e8);
    ck_assert_double_eq(f[2].value, -1);
}
END_TEST

Suite *zh_suite(void)
{
    Suite *s = suite_create("zh: facts in Chinese prose");
    TCase *tc = tcase_create("zh");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, level_change_and_the_level_before);
    tcase_add_test(tc, longest_phrase_parts_and_classes);
    tcase_add_test(tc, qualifiers_and_a_figure_before_its_phrase);
    tcase_add_test(tc, changes_of_the_sentence_before);
    tcase_add_test(tc, bad_input);
    suite_add_tcase(s, tc);
    return s;
}
