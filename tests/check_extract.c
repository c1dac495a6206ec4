/* check_extract.c — from prose to facts, with the shipped rules: one test
 * per trap class of the answer key's TRAPS.md and per qualifier, and the
 * period and entity resolution that decide where a fact belongs. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "extract.h"
#include "num.h"
#include "rules.h"
#include "suites.h"
#include "util.h"

static struct rules *R;

static void load_rules(void)
{
    struct cns_err e;
    cns_err_init(&e);
    R = rules_load(CNS_TOP "/data/indicators.rules", &e);
    ck_assert_msg(R != NULL, "shipped rules: %s:%ld: %s", e.file, e.line, e.msg);
}

static void free_rules(void)
{
    rules_free(R);
    R = NULL;
}

/* Facts as "indicator|entity|period|value|unit|qualifier|kind|line" lines. */
static int collect(void *ctx, const struct fact *f)
{
    struct buf *b = ctx;
    char v[NUM_FMT_MAX];
    num_fmt(f->value, v);
    buf_printf(b, "%s|%s|%s|%s|%s|%s|%s|%ld\n", f->indicator, f->entity, f->period, v, f->unit,
               qualifier_name(f->qualifier), f->derived ? "derived" : "observed", f->line);
    return 0;
}

/* The facts of text read as a document of the given file name. */
static char *run_named(const char *name, const char *text)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    struct cns_err e;
    cns_err_init(&e);
    enum cns_rc rc = extract_text(R, name, text, strlen(text), collect, &b, &e);
    ck_assert_int_eq(rc, CNS_OK);
    return b.p;
}

static char *run(const char *text)
{
    return run_named("t.txt", text);
}

/* Each fact's note, a line each. */
static int collect_notes(void *ctx, const struct fact *f)
{
    buf_printf(ctx, "%s\n", f->note ? f->note : "");
    return 0;
}

/* Some fact's note of the text is exactly note. */
static void expect_note(const char *text, const char *note)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "\n");
    struct cns_err e;
    cns_err_init(&e);
    ck_assert_int_eq(extract_text(R, "t.txt", text, strlen(text), collect_notes, &b, &e), CNS_OK);
    char want[256];
    snprintf(want, sizeof want, "\n%s\n", note);
    ck_assert_msg(strstr(b.p, want) != NULL, "for:\n  %s\nno note '%s' among:%s", text, note, b.p);
    buf_fini(&b);
}

/* Every expected line must be in the output, in order; nothing else when
 * exact is true. */
static void expect(const char *text, const char *want, bool exact)
{
    char *got = run(text);
    const char *p = got;
    const char *w = want;
    while (*w) {
        const char *nl = strchr(w, '\n');
        size_t len = nl ? (size_t)(nl - w) : strlen(w);
        char line[512];
        snprintf(line, sizeof line, "%.*s\n", (int)len, w);
        const char *hit = strstr(p, line);
        ck_assert_msg(hit != NULL, "for:\n  %s\nmissing:\n  %sgot:\n%s", text, line, got);
        p = hit + strlen(line);
        w += len + (nl ? 1 : 0);
    }
    if (exact) {
        size_t nw = 0, ng = 0;
        for (const char *q = want; *q; q++)
            nw += *q == '\n';
        for (const char *q = got; *q; q++)
            ng += *q == '\n';
        ck_assert_msg(nw == ng, "for:\n  %s\nexpected exactly:\n%sgot:\n%s", text, want, got);
    }
    free(got);
}

static void expect_none(const char *text)
{
    char *got = run(text);
    ck_assert_msg(got[0] == '\0', "for:\n  %s\nexpected no fact, got:\n%s", text, got);
    free(got);
}

/* No fact line of the text contains part. */
static void expect_absent(const char *text, const char *part)
{
    char *got = run(text);
    ck_assert_msg(strstr(got, part) == NULL, "for:\n  %s\nexpected nothing with %s, got:\n%s", text, part, got);
    free(got);
}

#define HDR "Current Position: History>>2011\n\n"

/* ---- qualifiers ------------------------------------------------------------ */

START_TEST(qualifiers)
{
    static const struct {
        const char *words, *q;
    } cases[] = {
        {"", "exact"},           {"more than ", "more_than"}, {"over ", "more_than"},
        {"exceeded ", "more_than"}, {"nearly ", "nearly"},   {"almost ", "nearly"},
        {"about ", "about"},     {"around ", "about"},        {"approximately ", "about"},
        {"at least ", "at_least"}, {"less than ", "less_than"}, {"up to ", "less_than"},
        {"close to ", "nearly"}, {"roughly ", "about"}, {"upwards of ", "more_than"},
        {"no fewer than ", "at_least"}, {"just under ", "nearly"}, {"an estimated ", "about"},
        {"as many as ", "less_than"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[256], want[256];
        snprintf(text, sizeof text, HDR "By the end of 2011, China had %s513 million Internet users.",
                 cases[i].words);
        snprintf(want, sizeof want, "netizens|China|2011|513000000|people|%s|observed|3\n", cases[i].q);
        expect(text, want, true);
    }
    /* a verb that passes a figure: "topped", "surpassed" */
    expect(HDR "By the end of 2011, the number of Internet users topped 513 million.",
           "netizens|China|2011|513000000|people|more_than|observed|3\n", true);
    expect(HDR "By the end of 2011, the number of Internet users surpassed 513 million.",
           "netizens|China|2011|513000000|people|more_than|observed|3\n", true);
}
END_TEST

START_TEST(plus_suffix)
{
    expect(HDR "There were 300-plus third-party payment companies.",
           "payment_companies|China|2011|300|count|more_than|observed|3\n", true);
}
END_TEST

/* ---- TRAPS.md B: parsing and format ---------------------------------------- */

START_TEST(glued_units_and_currencies)
{
    expect(HDR "December 12\n\nThe daily transactions on Juhuasuan amounted to RMB 282million.",
           "daily_transaction_volume|Juhuasuan|2011-12-12|282000000|CNY|exact|observed|5\n", true);
    expect(HDR "The international internet bandwidth reached 1,389,529Mbps.",
           "international_bandwidth|China|2011|1389529|Mbps|exact|observed|3\n", true);
    expect("History>>2014\n\nLenovo Group acquired Motorola Mobility from Google at a cost of USD2.9 billion.",
           "acquisition|Motorola Mobility|2014|2900000000|USD|exact|observed|3\n", true);
}
END_TEST

START_TEST(ipv6_blocks)
{
    expect(HDR "By the end of December 2011, IPv6 address 9,398/32, a surge from 401/32 at the end of 2010.",
           "ipv6_addresses|China|2011|9398|other|exact|observed|3\n"
           "ipv6_addresses|China|2010|401|other|exact|observed|3\n",
           true);
}
END_TEST

START_TEST(escaped_dollar)
{
    expect("In 2014 the estimated value of Weixin is around \\$64 billion.",
           "valuation|Weixin|2014|64000000000|USD|about|observed|1\n", true);
}
END_TEST

START_TEST(bracketed_conversion_is_not_a_fact)
{
    expect("In 2013, third-party payment activities amounted to 5,373 billion yuan (\xE2\x82\xAC" "629 billion).",
           "third_party_payments|China|2013|5373000000000|CNY|exact|observed|1\n", true);
}
END_TEST

START_TEST(news_wire_forms)
{
    /* "U.S. dollars" after the number, an "about" conversion in brackets,
     * "from a year earlier" as the base of a growth rate */
    expect("BEIJING, Jan. 15, 2014 (Xinhua) -- China's online shoppers spent 1.85 trillion yuan (about 305 billion "
           "U.S. dollars) in 2013, up 42 percent from a year earlier.",
           "ecommerce_turnover|China|2013|1850000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|China|2013|42|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2012|1302816901408|CNY|about|derived|1\n",
           true);
    /* "respectively" pairs changes with levels in order */
    expect("In 2014, non-bank payment institutions processed 69.24 billion online payment transactions worth "
           "17.05 trillion yuan, up 50.32 percent and 90.29 percent respectively from a year earlier.",
           "transactions|China|2014|69240000000|count|exact|observed|1\n"
           "third_party_payments|China|2014|17050000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2014|50.32|percent|exact|observed|1\n"
           "transactions|China|2013|46061734965|count|about|derived|1\n"
           "third_party_payments_growth|China|2014|90.29|percent|exact|observed|1\n"
           "third_party_payments|China|2013|8960008408219|CNY|about|derived|1\n",
           true);
    expect("In 2014. Didi Dache raised 700 million U.S. dollars in a round led by Temasek in December 2014.",
           "funding_round|Didi Dache|2014-12|700000000|USD|exact|observed|1\n", true);
    expect("In 2014. The central bank granted 19 third-party payment licenses in July 2014, bringing the total to 269.",
           "payment_licenses|China|2014-07|19|count|exact|observed|1\n"
           "payment_licenses_total|China|2014-07|269|count|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(ranges)
{
    expect("In March 2014 Alibaba announced a listing. With an estimated value of between \\$150 billion and "
           "\\$200 billion, it will be big.",
           "valuation|Alibaba|2014-03|150000000000|USD|at_least|observed|1\n"
           "valuation|Alibaba|2014-03|200000000000|USD|less_than|observed|1\n",
           true);
    /* a range across a bracketed conversion; a projection has no period */
    expect("In 2014. The money market fund market could eventually be worth between 30,000 billion yuan "
           "(\xE2\x82\xAC" "3,534.3 billion) and 50,000 billion yuan.",
           "fund_assets_projection|money market funds||30000000000000|CNY|at_least|observed|1\n"
           "fund_assets_projection|money market funds||50000000000000|CNY|less_than|observed|1\n",
           true);
}
END_TEST

START_TEST(threshold_before_value)
{
    expect(HDR "By the end of December 2011, the number of China's netizens had exceed 500 million to 513 million.",
           "netizens|China|2011|513000000|people|exact|observed|3\n", true);
}
END_TEST

START_TEST(changes_are_not_levels)
{
    expect(HDR "By the end of 2011, there were 128 million 3G users in China, an increase of 81.37 million.",
           "3g_users|China|2011|128000000|people|exact|observed|3\n"
           "3g_users_increase|China|2011|81370000|people|exact|observed|3\n"
           "3g_users|China|2010|46630000|people|exact|derived|3\n",
           true);
    expect(HDR "The number of China's microblog users reached 250 million in 2011, an increase of 296% from the "
               "previous year.",
           "microblog_users|China|2011|250000000|people|exact|observed|3\n"
           "microblog_users_growth|China|2011|296|percent|exact|observed|3\n"
           "microblog_users|China|2010|63131313|people|about|derived|3\n",
           true);
    /* a mid-year level compared with the end of the year before */
    expect("Report of 2013. As of June 2013, the number of Chinese netizens had reached 591 million, an increase of "
           "26.56 million compared with the end of 2012.",
           "netizens|China|2013-06|591000000|people|exact|observed|1\n"
           "netizens_increase|China|2013-06|26560000|people|exact|observed|1\n"
           "netizens|China|2012|564440000|people|exact|derived|1\n",
           true);
    /* growth over years with no level: the end year */
    expect("Notes of 2014. These money market funds have seen almost 500 percent growth between 2011 and 2013.",
           "fund_assets_growth|money market funds|2013|500|percent|nearly|observed|1\n", true);
    /* a rate of something no rule knows is no fact */
    expect_none("Between 2012 and 2013, cyber attacks worldwide rose by nearly 42 percent.");
}
END_TEST

START_TEST(numbers_in_words)
{
    expect(HDR "By the end of 2011, more than three million of wireless access points (AP) had been deployed.",
           "wireless_access_points|China|2011|3000000|count|more_than|observed|3\n", true);
    expect_none(HDR "Tencent announced to open eight platforms and six funds joined.");
}
END_TEST

START_TEST(sentence_split_across_lines)
{
    /* a paragraph broken by a blank line in mid-sentence */
    expect("The largest provider of third-party payments is Alibaba's subsidiary, Alipay, a counterpart to PayPal. "
           "In 2013, third-party\n\npayment activities amounted to 5,373 billion yuan in transactions.",
           "third_party_payments|China|2013|5373000000000|CNY|exact|observed|3\n", true);
}
END_TEST

START_TEST(footnote_markers)
{
    expect("Yu'e Bao is a money market fund. In early March 2014, it was managing more than 400 billion yuan "
           "and had 80 million customers\xC2\xB9\xE2\x81\xB8.",
           "fund_assets|Yu'e Bao|2014-03|400000000000|CNY|more_than|observed|1\n"
           "fund_customers|Yu'e Bao|2014-03|80000000|people|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(date_glued_to_heading)
{
    expect(HDR "Jan.21Tencent lunched WeChat on January 21\n\nWeChat users exceeded 50 million.",
           "users|WeChat|2011-01-21|50000000|people|more_than|observed|5\n", true);
}
END_TEST

START_TEST(clock_times_and_versions)
{
    expect_none(HDR "At 20:38, July 23, 2011, a high-speed train D301 rear-ended D3115, killing 40 people.");
    expect_none(HDR "The voice feature was added in version 2.0 released on May 20.");
}
END_TEST

START_TEST(names_with_digits)
{
    expect(HDR "April 1\n\n360buy raised a total of USD 1.5 billion from six funds.",
           "funding_round|360buy|2011-04-01|1500000000|USD|exact|observed|5\n", true);
    expect(HDR "March 2\n\nSina and China Dongxiang jointly acquired 29% stake of wm18 .",
           "acquisition_stake|wm18|2011-03-02|29|percent|exact|observed|5\n", true);
    expect_none(HDR "360 Total Security identified a 19-year Windows loophole (MS11-011).");
}
END_TEST

/* ---- TRAPS.md C: periods and entities ----------------------------------------- */

START_TEST(periods_from_context)
{
    /* a heading dates the entry under it, not the paragraphs after */
    expect(HDR "April 12\n\nLashou raised USD 111 million.\n\nThe service income of e-commerce companies reached "
               "RMB 143.2 billion.",
           "funding_round|Lashou|2011-04-12|111000000|USD|exact|observed|5\n"
           "revenue|China|2011|143200000000|CNY|exact|observed|7\n",
           true);
    /* a back-reference inside an entry */
    expect(HDR "May 6\n\n58 completed the third round of financing worth USD 60 million in December 2010.",
           "funding_round|58|2010-12|60000000|USD|exact|observed|5\n", true);
    /* "the previous year" and the origin of a change */
    expect(HDR "December 12\n\nBy the end of October 2011, the number of government accounts on microblogging "
               "platforms surged from 552 in the previous year to 18,132.",
           "government_microblog_accounts|China|2010|552|count|exact|observed|5\n"
           "government_microblog_accounts|China|2011-10|18132|count|exact|observed|5\n",
           true);
    /* "as of March 31" in a document of 2014 */
    expect("Report of June 2014. Yu'e Bao had 100 million subscribers and 541 billion yuan under management as of "
           "March 31. In 2014 it grew.",
           "fund_customers|Yu'e Bao|2014-03-31|100000000|people|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2014-03-31|541000000000|CNY|exact|observed|1\n",
           true);
    /* a habit is not dated by the paragraph's last date */
    expect("Notes of 2014. Yu'e Bao is a money market fund. In early March, it was managing 400 billion yuan. On some "
           "days, says Chen, it deals with more than 20 billion yuan in subscriptions.",
           "fund_assets|Yu'e Bao|2014-03|400000000000|CNY|exact|observed|1\n"
           "fund_daily_subscriptions|Yu'e Bao|2014|20000000000|CNY|more_than|observed|1\n",
           true);
    /* a target "in five years" */
    expect(HDR "February 16\n\nChina Telecom planned to develop more than 100 million FTTH users in five years.",
           "ftth_users|China Telecom|2016|100000000|people|more_than|observed|5\n", true);
}
END_TEST

START_TEST(deal_entities)
{
    /* the company receiving the money */
    expect(HDR "May 9\n\nTencent invested RMB 450 million in Huayi Media.",
           "investment|Huayi Media|2011-05-09|450000000|CNY|exact|observed|5\n", true);
    expect(HDR "July 6\n\nTencent spent HKD 892 million in acquiring 15.68% stake of Kingsoft.",
           "acquisition|Kingsoft|2011-07-06|892000000|HKD|exact|observed|5\n"
           "acquisition_stake|Kingsoft|2011-07-06|15.68|percent|exact|observed|5\n",
           true);
    expect(HDR "April 26\n\nDianping obtained RMB 100 million investments from Sequoia Capital, increasing its "
               "valuation to RMB 1 billion.",
           "funding_round|Dianping|2011-04-26|100000000|CNY|exact|observed|5\n"
           "valuation|Dianping|2011-04-26|1000000000|CNY|exact|observed|5\n",
           true);
    /* an IPO: the issuer, also through "It" */
    expect(HDR "December 8\n\nYouku went public on the NYSE at an issue price of USD 12.8. It issued 15.8477 million "
               "ADS, and raised about USD 203 million in this IPO.",
           "price_per_share|Youku|2011-12-08|12.8|USD|exact|observed|5\n"
           "ipo_shares_offered|Youku|2011-12-08|15847700|count|exact|observed|5\n"
           "ipo_raise|Youku|2011-12-08|203000000|USD|about|observed|5\n",
           true);
}
END_TEST

START_TEST(product_entities)
{
    expect(HDR "Dec.21Data leaked on December 21\n\nData on CSDN's 6 million users were leaked by hackers.",
           "leaked_accounts|CSDN|2011-12-21|6000000|people|exact|observed|5\n", true);
    expect("By the end of 2013, Alibaba had a market value of 200 billion yuan, Alipay had 300 million active "
           "users, WeChat had 270 million active users (and 600 million registered users).",
           "active_users|Alipay|2013|300000000|people|exact|observed|1\n"
           "active_users|WeChat|2013|270000000|people|exact|observed|1\n"
           "registered_users|WeChat|2013|600000000|people|exact|observed|1\n",
           false);
    /* a second figure whose noun is left out, after "while" */
    expect("Tencent's WeChat had 355 million monthly active users at the end of September 2014, while QQ had 815 "
           "million.",
           "active_users|WeChat|2014-09|355000000|people|exact|observed|1\n"
           "active_users|QQ|2014-09|815000000|people|exact|observed|1\n",
           true);
    expect(HDR "February 23\n\nAlipay will provide payment services for 370 million users of Taobao .",
           "users|Taobao|2011-02-23|370000000|people|exact|observed|5\n", true);
}
END_TEST

/* ---- TRAPS.md D: numbers that are not facts --------------------------------------- */

START_TEST(not_facts)
{
    static const char *const texts[] = {
        HDR "It was alleged that as many as 7,000 people took part in the attacks.",
        HDR "Nearly 50,000 netizens formed the Anti-Taobao Alliance.",
        HDR "Thousands of sellers gathered on Channel 34158 of the YY Platform.",
        HDR "\"12306\" was the national customer service hotline.",
        HDR "The three companies shall compensate Tencent RMB 400,000.",
        HDR "Offenders face a maximum fine of RMB 30,000 (USD 4,800) for selling user information.",
        HDR "CNNIC's 29th Statistical Report on Internet Development in China was released.",
        HDR "Yang Dacai was sentenced in September 2013 to 14 years in prison.",
        HDR "A ten-year-old girl was filmed; more than 10,000 people were killed in 1942.",
        HDR "See Caijing, No. 9, 2013, p.22, Volume 18.",
        HDR "Reference: http://epaper.bjnews.com.cn/html/2013-04/11/content_425811.htm?div=-1",
        HDR "In 2013 Baidu still had a 72 percent market share in mobile search.",
        HDR "Baidu remained the No. 1 search engine in China in 2013, with a market share of 63 percent.",
        HDR "The 2008 Olympics were watched online by 153 million people.",
        HDR "Users aged 18 to 24 accounted for 31.2 percent of all netizens in 2013.",
        HDR "The court fined the company 500,000 yuan and ordered it to pay 1.5 million yuan in damages in 2013.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        expect_none(texts[i]);
}
END_TEST

/* "N people" are users only where the sentence says what they did with a
 * product that is named; casualties, participants and commuters are not. */
START_TEST(people_as_users)
{
    expect("In 2012 a total of 22.8 million people shopped on Taobao between midnight and 5 am.",
           "users|Taobao|2012|22800000|people|exact|observed|1\n", true);
    expect("In 2013, 1.2 million people downloaded the WeChat app in its first week.",
           "users|WeChat|2013|1200000|people|exact|observed|1\n", true);
    expect_none("About 2,000 people were killed in 2012 when they used the old bridge.");
    expect_none("Some 5,000 people took part in the online vote in 2012.");
    expect_none("The city has 20 million people who use the subway every day, officials said in 2012.");
    expect_none("In 2012, 3 million people lived in the district.");
}
END_TEST

/* "up from X a year earlier": the origin is dated a year before the figure
 * it changed into; a change of a level with no change indicator is no
 * change of another indicator named in the sentence. */
START_TEST(origin_a_year_earlier)
{
    expect("The Yu'e Bao fund held assets of 578.9 billion yuan at the end of 2014, up from 185.3 billion yuan a "
           "year earlier.",
           "fund_assets|Yu'e Bao|2014|578900000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|1\n",
           true);
    expect("By the end of 2013, the number of Alipay users reached 260 million, up 17.9% over the previous year.",
           "users|Alipay|2013|260000000|people|exact|observed|1\n"
           "users_growth|Alipay|2013|17.9|percent|exact|observed|1\n"
           "users|Alipay|2012|220525869|people|about|derived|1\n",
           true);
}
END_TEST

/* "N more than at the end of 2013" after a level is its increase, and the
 * date is the base of the comparison: it dates the derived earlier level,
 * not the paragraph.  A 4G base station is no 3G one. */
START_TEST(more_than_after)
{
    expect("As of June 2014, the number of netizens in China had reached 632 million, 14.42 million more than at "
           "the end of 2013. The Internet penetration rate stood at 46.9 percent.",
           "netizens|China|2014-06|632000000|people|exact|observed|1\n"
           "netizens_increase|China|2014-06|14420000|people|exact|observed|1\n"
           "netizens|China|2013|617580000|people|exact|derived|1\n"
           "internet_penetration|China|2014-06|46.9|percent|exact|observed|1\n",
           true);
    expect("China had 700,000 4G base stations at the end of 2014.",
           "4g_base_stations|China|2014|700000|count|exact|observed|1\n", true);
    expect("Mobile payment transactions handled by payment institutions reached 15.3 billion in 2014.",
           "transactions|China|2014|15300000000|count|exact|observed|1\n", true);
    expect("Meituan's annual gross transaction volume exceeded RMB 170 billion in 2015.",
           "ecommerce_turnover|Meituan|2015|170000000000|CNY|more_than|observed|1\n", true);
    expect("China's e-commerce transactions totaled 10.2 trillion yuan in 2013.",
           "ecommerce_turnover|China|2013|10200000000000|CNY|exact|observed|1\n", true);
}
END_TEST

/* A fall is a negative change; "surged 707 percent to Y" is the growth of
 * the level Y, whose cue stands before the rate. */
START_TEST(falls_and_rates_to)
{
    expect("The number of microblog users fell to 281 million at the end of 2013, a decrease of 27.83 million "
           "from 2012.",
           "microblog_users|China|2013|281000000|people|exact|observed|1\n"
           "microblog_users_increase|China|2013|-27830000|people|exact|observed|1\n"
           "microblog_users|China|2012|308830000|people|exact|derived|1\n",
           true);
    expect("The value of mobile payments surged 707 percent to 1.22 trillion yuan in 2013, the central bank said.",
           "mobile_payments_growth|China|2013|707|percent|exact|observed|1\n"
           "mobile_payments|China|2012|151177199504|CNY|about|derived|1\n"
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|1\n",
           true);
    expect("In 2012, 242 million people shopped online in China.",
           "users|China (online shoppers)|2012|242000000|people|exact|observed|1\n", true);
}
END_TEST

/* A figure after a future word is a projection: no dated level or change;
 * deals, announced before they close, still count. */
START_TEST(projections)
{
    expect_none("The number of Chinese Internet users will reach 800 million by 2015, the ministry said.");
    expect_none("Mobile payments are expected to grow 30 percent in 2015.");
    expect("In June 2011 Baidu announced that it would invest USD 306 million in Qunar.",
           "investment|Qunar|2011-06|306000000|USD|exact|observed|1\n", true);
    expect("By the end of 2013, the number of Chinese Internet users reached 618 million.",
           "netizens|China|2013|618000000|people|exact|observed|1\n", true);
}
END_TEST

/* A sentence that names nobody elaborates the block's last figure of the
 * same indicator: its entity carries over (not the block's first name). */
START_TEST(session25_forms)
{
    /* quarters over the columns ("Q3 2008", "1Q17", "2017 Q2"), December's
     * the quarter's month; a row's label that names a product beside its
     * cue ("... of QQ IM", "..., Qzone") is whose figures they are, a
     * common word ("Mobile MAUs") none */
    /* a quarterly report on the country dates the figures its text
     * dates no other way by the quarter's last month */
    expect("Overall Operation of the Payment System in the Third Quarter of 2017\n\n"
           "Non-bank payment institutions processed 82.11 billion online payment transactions, with the amount of "
           "RMB 37.04 trillion.\n",
           "transactions|China|2017-09|82110000000|count|exact|observed|3\n"
           "third_party_payments|China|2017-09|37040000000000|CNY|exact|observed|3\n",
           true);
    expect("Tencent Announces 2009 Third Quarter Results\n\n"
           "Operating metrics (million)\n\n"
           "                                       Q3 2008    Q2 2009    Q4 2009\n"
           "Active user accounts of QQ IM            381.9      472.9      522.0\n"
           "Active user accounts, Qzone              200.3      332.0      364.2\n"
           "Mobile MAUs                              100.1      110.0      120.0\n",
           "active_users|QQ IM|2008-09|381900000|people|exact|observed|6\n"
           "active_users|QQ IM|2009-06|472900000|people|exact|observed|6\n"
           "active_users|QQ IM|2009-12|522000000|people|exact|observed|6\n"
           "active_users|Qzone|2008-09|200300000|people|exact|observed|7\n"
           "active_users|Qzone|2009-06|332000000|people|exact|observed|7\n"
           "active_users|Qzone|2009-12|364200000|people|exact|observed|7\n"
           "active_users|Tencent|2008-09|100100000|people|exact|observed|8\n"
           "active_users|Tencent|2009-06|110000000|people|exact|observed|8\n"
           "active_users|Tencent|2009-12|120000000|people|exact|observed|8\n",
           true);
    for (int f = 0; f < 3; f++) {
        static const char *const head[] = {"1Q17       4Q17       1Q18", "2017 Q1    2017 Q4    2018 Q1",
                                           "Mar 2017   Dec 2017   Mar 2018"};
        char text[512];
        snprintf(text, sizeof text,
                 "Weibo Reports First Quarter 2018 Results\n\nOperating metrics (million)\n\n"
                 "                   %s\n"
                 "MAUs                340        392        411\n"
                 "Weibo DAUs          154        172        184\n",
                 head[f]);
        expect(text,
               "active_users|Weibo|2017-03|340000000|people|exact|observed|6\n"
               "active_users|Weibo|2017-12|392000000|people|exact|observed|6\n"
               "active_users|Weibo|2018-03|411000000|people|exact|observed|6\n"
               "active_users|Weibo|2017-03|154000000|people|exact|observed|7\n"
               "active_users|Weibo|2017-12|172000000|people|exact|observed|7\n"
               "active_users|Weibo|2018-03|184000000|people|exact|observed|7\n",
               true);
    }
    /* a change after a level and the one it is set against ("against")
     * is the first level's */
    expect("Yu'e Bao had 325,370,428 holders at the end of June 2017, against 281,790,428 at the end of 2016; "
           "the number of holders therefore increased by 43.58 million.\n",
           "fund_customers|Yu'e Bao|2017-06|325370428|people|exact|observed|1\n"
           "fund_customers|Yu'e Bao|2016|281790428|people|exact|observed|1\n"
           "fund_customers_increase|Yu'e Bao|2017-06|43580000|people|exact|observed|1\n",
           true);
    expect("Yu'e Bao had 325 million holders at the end of June 2017, against 281 million at the end of 2016. "
           "The figure was up 44 million.\n",
           "fund_customers|Yu'e Bao|2017-06|325000000|people|exact|observed|1\n"
           "fund_customers|Yu'e Bao|2016|281000000|people|exact|observed|1\n"
           "fund_customers_increase|Yu'e Bao|2017-06|44000000|people|exact|observed|1\n",
           true);
    /* a threshold that sorts a class ("villages where ... exceed", "one
     * whose ... exceed") is nobody's figure; of one thing it is */
    expect("In 2019 there were 4,310 Taobao villages, villages where annual e-commerce transactions exceed 10 "
           "million yuan.\n"
           "A unicorn is one whose valuation exceeds US$1 billion.\n"
           "Tencent, whose annual revenue exceeds 2 billion yuan, was founded in 1998.\n",
           "revenue|Tencent|2019|2000000000|CNY|more_than|observed|3\n", true);
    /* a chronology's lines open with their dates: "Sept 2000" (an
     * abbreviation before its year), "1999.11" (a year and month, dotted);
     * a count under December is the year's, a deal in December the
     * month's; China's first domain names were a few thousand */
    expect("A chronology of the Chinese Internet\n\n"
           "May 1997  China had 4,066 registered domain names.\n"
           "Dec 2002  China had 59.1 million Internet users.\n"
           "Dec 2000  Registered users of OICQ passed 50 million.\n"
           "Sept 2000  Sina raised US$20 million.\n"
           "1999.11  Alibaba received US$5 million from Goldman Sachs.\n"
           "December 2010: Dangdang raised US$272 million in its IPO.\n",
           "domain_names|China|1997-05|4066|count|exact|observed|3\n"
           "netizens|China|2002|59100000|people|exact|observed|4\n"
           "registered_users|OICQ|2000-12|50000000|people|more_than|observed|5\n"
           "funding_round|Sina|2000-09|20000000|USD|exact|observed|6\n"
           "funding_round|Alibaba|1999-11|5000000|USD|exact|observed|7\n"
           "ipo_raise|Dangdang|2010-12|272000000|USD|exact|observed|8\n",
           true);
    /* the text under a card's fields is of the card's company, whatever
     * word opens its sentences */
    expect("China VC Deals Digest, March 2021\n\n"
           "Date: 2021-03-02 | Company: Qingluo Technology | Round: Series B | Amount: US$30 million\n"
           "   Previous backers include Matrix Partners, which led a RMB 40 million Series A in June 2019.\n\n"
           "Date: 2021-03-11 | Company: Weilan Fresh | Round: Series D | Amount: US$330 million\n"
           "   Community group-buying platform with 7.8 million monthly active users; the round values the "
           "company at US$3.2 billion.\n",
           "funding_round|Qingluo Technology|2021-03-02|30000000|USD|exact|observed|3\n"
           "funding_round|Qingluo Technology|2019-06|40000000|CNY|exact|observed|4\n"
           "funding_round|Weilan Fresh|2021-03-11|330000000|USD|exact|observed|6\n"
           "active_users|Weilan Fresh|2021-03-11|7800000|people|exact|observed|7\n"
           "valuation|Weilan Fresh|2021-03-11|3200000000|USD|exact|observed|7\n",
           true);
    /* what a month's deals came to is no company's valuation; what a deal
     * values a company at is */
    expect("China VC digest, March 2021\n\n"
           "March 2021 in numbers: 14 deals with a disclosed value of US$11.6 billion; the biggest round was "
           "Weilan Fresh's US$330 million. The deal values Weilan Fresh at US$3.2 billion.\n",
           "funding_round|Weilan Fresh|2021-03|330000000|USD|exact|observed|3\n"
           "valuation|Weilan Fresh|2021-03|3200000000|USD|exact|observed|3\n",
           true);
    /* rows of quarters ("Q1 2016"); a field of a measure's word alone
     * ("Scale (trillion yuan)") counts what the caption names */
    expect("Table 3  Transaction scale of China's third-party mobile payment market\n\n"
           "Quarter     Scale (trillion yuan)    QoQ growth (%)\n"
           "Q1 2016           5.89                  24.8\n"
           "Q2 2016           7.35                  24.8\n",
           "mobile_payments|China|2016-03|5890000000000|CNY|exact|observed|4\n"
           "mobile_payments_growth|China|2016-03|24.8|percent|exact|observed|4\n"
           "mobile_payments|China|2016-06|7350000000000|CNY|exact|observed|5\n"
           "mobile_payments_growth|China|2016-06|24.8|percent|exact|observed|5\n",
           true);
    /* names' rows under a caption that names a share: of quarters'
     * columns, or of one measure's column ("Share (%)") */
    expect("Table 1  Market shares of third-party mobile payment providers, Q3 2016 - Q4 2016 (%)\n\n"
           "Company            Q3 2016    Q4 2016\n"
           "Alipay               50.4       54.1\n"
           "Tenpay               38.1       37.0\n"
           "Others                8.9        5.8\n",
           "payment_share|Alipay|2016-09|50.4|percent|exact|observed|4\n"
           "payment_share|Alipay|2016-12|54.1|percent|exact|observed|4\n"
           "payment_share|Tenpay|2016-09|38.1|percent|exact|observed|5\n"
           "payment_share|Tenpay|2016-12|37|percent|exact|observed|5\n",
           true);
    for (int gap = 0; gap < 2; gap++) {
        char text[512], want[512];
        snprintf(text, sizeof text,
                 "Table 2  Shares of the mobile payment market, Q4 2016\n%s"
                 "Provider        Market share (%%)\n"
                 "Alipay             54.1\n"
                 "Tenpay             37.0\n"
                 "Lakala              3.1\n",
                 gap ? "\n" : "");
        snprintf(want, sizeof want,
                 "payment_share|Alipay|2016-12|54.1|percent|exact|observed|%d\n"
                 "payment_share|Tenpay|2016-12|37|percent|exact|observed|%d\n"
                 "payment_share|Lakala|2016-12|3.1|percent|exact|observed|%d\n",
                 3 + gap, 4 + gap, 5 + gap);
        expect(text, want, true);
    }
    /* a table's number ("Table 5") is no figure; an application's row in
     * a table of people counts its users ("Online shopping": online
     * shopping users) */
    expect("Table 5  Growth of users of Internet applications, 2018.12 - 2019.6\n"
           "Unit: 10,000 people\n\n"
           "Application         2018.12      2019.6      Growth\n"
           "Online shopping      61,011      63,882       4.7%\n"
           "Online video         61,201      75,877      24.0%\n",
           "users|China (online shoppers)|2018|610110000|people|exact|observed|5\n"
           "users|China (online shoppers)|2019-06|638820000|people|exact|observed|5\n"
           "users_growth|China (online shoppers)|2019-06|4.7|percent|exact|observed|5\n"
           "online_video_users|China|2018|612010000|people|exact|observed|6\n"
           "online_video_users|China|2019-06|758770000|people|exact|observed|6\n"
           "online_video_users_growth|China|2019-06|24|percent|exact|observed|6\n",
           true);
    expect("Figure 3 growth of 3G users, 2009-2012.\n", "", true);
    expect("Growth of online shopping users, 2018.12 - 2019.6\nUnit: 10,000 people\n", "", true);
    /* what a day's figure is compared with "last year", a paragraph on,
     * is that day's of the year before */
    expect("SHANGHAI, Nov 12, 2018 (Reuters) - Alibaba Group Holding Ltd said sales in its Singles' Day shopping "
           "blitz hit 213.5 billion yuan.\n\n"
           "Gross merchandise volume (GMV) for the 24-hour event compared with 168.2 billion yuan last year.\n",
           "daily_transaction_volume|Alibaba Group|2018-11-11|213500000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Alibaba Group|2017-11-11|168200000000|CNY|exact|observed|3\n",
           true);
    /* a prospectus's cover: its issuer a line in capitals under the
     * rubric, its date on the cover; the securities' names are nobody's,
     * a registration number and a par value no figures */
    expect("Filed Pursuant to Rule 424(b)(4)\n"
           "Registration No. 333-194505\n\n"
           "PROSPECTUS\n\n"
           "WEIBO CORPORATION\n\n"
           "20,000,000 American Depositary Shares\n"
           "Representing 20,000,000 Class A Ordinary Shares\n\n"
           "This is an initial public offering of ADSs of Weibo Corporation. We are offering 16,800,000 ADSs. The "
           "initial public offering price is US$17.00 per ADS.\n\n"
           "Each ADS represents one Class A ordinary share, par value US$0.00025 per share.\n\n"
           "The date of this prospectus is April 16, 2014.\n",
           "ipo_shares_offered|Weibo|2014-04-16|20000000|count|exact|observed|8\n"
           "ipo_shares_offered|Weibo|2014-04-16|20000000|count|exact|observed|9\n"
           "ipo_shares_offered|Weibo|2014-04-16|16800000|count|exact|observed|11\n"
           "price_per_share|Weibo|2014-04-16|17|USD|exact|observed|11\n",
           true);
    /* a start with no date of its own before the level it led to ("rose
     * from 325 million to 474 million in 2017", "from 325 million a year
     * earlier to") is of the year before */
    expect("The number of Yu'e Bao holders rose from 325 million to 474 million in 2017.\n"
           "By the end of 2018 the number of Yu'e Bao holders rose from 474 million a year earlier to 588 "
           "million.\n",
           "fund_customers|Yu'e Bao|2016|325000000|people|exact|observed|1\n"
           "fund_customers|Yu'e Bao|2017|474000000|people|exact|observed|1\n"
           "fund_customers|Yu'e Bao|2017|474000000|people|exact|observed|2\n"
           "fund_customers|Yu'e Bao|2018|588000000|people|exact|observed|2\n",
           true);
    /* a wire's tag before its headline names nobody */
    expect("CORRECTS-Yu'e Bao assets hit 1.13 trillion yuan in 2018\n"
           "UPDATE 2-Ant Financial raises $14 billion in funding round\n",
           "fund_assets|Yu'e Bao|2018|1130000000000|CNY|exact|observed|1\n"
           "funding_round|Ant Financial|2018|14000000000|USD|exact|observed|2\n",
           true);
    /* a long reach does not pass a figure of its kind, the cue's own */
    expect("After regulators capped daily purchases at 20,000 yuan in 2018, its assets fell back to 1.13 trillion "
           "yuan.\n"
           "Tencent agreed to buy a 84.3% stake in Supercell for $8.6 billion in 2016.\n",
           "acquisition_stake|Supercell|2016|84.3|percent|exact|observed|2\n"
           "acquisition|Supercell|2016|8600000000|USD|exact|observed|2\n",
           true);
    /* a place that says where a firm is names nobody */
    expect("China deals, week of March 19, 2012\n\n"
           "Mar. 19 - Shanghai-based Meijia.com raised US$30 million in a Series B round led by Sequoia.\n"
           "Ant Financial grew. The Hangzhou-based company raised $14 billion in June.\n",
           "funding_round|Meijia.com|2012-03-19|30000000|USD|exact|observed|3\n"
           "funding_round|Ant Financial|2012-06|14000000000|USD|exact|observed|4\n",
           true);
    /* a word the sentence before used for what its figure counted, beside
     * that figure's cue, stands for it ("GMV"); a word of that cue itself
     * does not ("users") */
    expect("Core data: the gross merchandise volume (GMV) of China's third-party mobile payment market reached RMB "
           "35.9 trillion in 2016. In Q4 2016 alone, GMV hit RMB 12.7 trillion.\n",
           "mobile_payments|China|2016|35900000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2016-12|12700000000000|CNY|exact|observed|1\n",
           true);
    expect("By June 2020 mobile internet access users numbered 1.32 billion. Cellular IoT terminal users reached "
           "1.136 billion.\n",
           "mobile_netizens|China|2020-06|1320000000|people|exact|observed|1\n"
           "users|Cellular IoT|2020-06|1136000000|people|exact|observed|1\n",
           true);
    /* a start without a date that goes with a dated one before it, to
     * the same end, has its date; another indicator's level before it is
     * none it started from */
    expect("Mobile payment transactions rose from 1.22 trillion yuan in 2013 to 120.3 trillion yuan in 2017, while "
           "third-party payment volume grew from 17.2 trillion yuan to 143.3 trillion yuan.\n",
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2017|120300000000000|CNY|exact|observed|1\n"
           "third_party_payments|China|2013|17200000000000|CNY|exact|observed|1\n"
           "third_party_payments|China|2017|143300000000000|CNY|exact|observed|1\n",
           true);
    /* (or the first year of the span its end is the last of) */
    expect("Between 2012 and 2018, Internet penetration climbed from 42.1 percent to 59.6 percent.\n",
           "internet_penetration|China|2012|42.1|percent|exact|observed|1\n"
           "internet_penetration|China|2018|59.6|percent|exact|observed|1\n",
           true);
    /* "people using the internet on their mobile phones" are mobile
     * netizens */
    expect("China ended 2021 with 1.029 billion people using the internet on their mobile\nphones. That was 42.8 "
           "million more than a year earlier.\n",
           "mobile_netizens|China|2021|1029000000|people|exact|observed|1\n"
           "mobile_netizens_increase|China|2021|42800000|people|exact|observed|2\n"
           "mobile_netizens|China|2020|986200000|people|exact|derived|2\n",
           true);
    /* dates over the columns: "2006-end", "31/12/2006", "12/31/2006",
     * "2006/12" (December's the year's; a column of the day itself, its
     * day) */
    for (int f = 0; f < 4; f++) {
        static const char *const head[] = {"2006-end       2007-end", "31/12/2006     31/12/2007",
                                           "12/31/2006     12/31/2007", "2006/12        2007/12"};
        char text[512];
        snprintf(text, sizeof text,
                 "Table 1  Basic indicators\n\n"
                 "Indicator                         %s     Change\n"
                 "Internet users (10,000)           13,700          21,000     +7,300\n"
                 "Websites                         843,000       1,503,800    +660,800\n",
                 head[f]);
        const char *y6 = f == 1 || f == 2 ? "2006-12-31" : "2006", *y7 = f == 1 || f == 2 ? "2007-12-31" : "2007";
        char want[512];
        snprintf(want, sizeof want,
                 "netizens|China|%s|137000000|people|exact|observed|4\n"
                 "netizens|China|%s|210000000|people|exact|observed|4\n"
                 "netizens_increase|China|%s|73000000|people|exact|observed|4\n"
                 "websites|China|%s|843000|count|exact|observed|5\n"
                 "websites|China|%s|1503800|count|exact|observed|5\n"
                 "websites_increase|China|%s|660800|count|exact|observed|5\n",
                 y6, y7, y7, y6, y7, y7);
        expect(text, want, true);
    }
    /* a name still to come in another sentence names no figure before it
     * (but "the app", "the company" before the figure speak of it) */
    expect("The number of 4G users grew by 289 million in 2015. China Mobile alone had 312 million 4G subscribers.\n",
           "users|China Mobile (4G subscribers)|2015|312000000|people|exact|observed|1\n", true);
    expect("Monthly active users of the mobile app reached 86 million in December 2017. On October 18, 2018, "
           "Tingyun Holdings listed on the New York Stock Exchange.\n",
           "active_users|Tingyun Holdings|2017-12|86000000|people|exact|observed|1\n", true);
    /* a running total a dated change brought the level to is of the
     * change's date, not of a date of the speaker after it */
    expect("The country added 929,000 4G base stations in 2015, bringing the total to 1.77 million, a minister "
           "told a conference on Jan. 18.\n",
           "4g_base_stations_increase|China|2015|929000|count|exact|observed|1\n"
           "4g_base_stations|China|2014|841000|count|exact|derived|1\n"
           "4g_base_stations|China|2015|1770000|count|exact|observed|1\n",
           true);
    /* an item's heading restates a figure of the text under it: that
     * fact too, as the heading writes its figure (and its own reading of it
     * gives way) */
    expect("China's internet in 2013, in numbers\n\n"
           "2. 500 million on mobile.\n"
           "Mobile internet users hit 500 million, up from 420 million in 2012.\n\n"
           "4. 272 million WeChat users.\n"
           "Tencent said WeChat had 272 million monthly active users at the end of September.\n\n"
           "5. 35 billion yuan in a day.\n"
           "Tmall and Taobao sold 35.02 billion yuan worth of goods on Singles' Day, November 11.\n",
           "mobile_netizens|China|2013|500000000|people|exact|observed|3\n"
           "mobile_netizens|China|2013|500000000|people|exact|observed|4\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|4\n"
           "active_users|WeChat|2013-09|272000000|people|exact|observed|6\n"
           "active_users|WeChat|2013-09|272000000|people|exact|observed|7\n"
           "daily_transaction_volume|Taobao|2013-11-11|35000000000|CNY|exact|observed|9\n"
           "daily_transaction_volume|Taobao|2013-11-11|35020000000|CNY|exact|observed|10\n",
           true);
    /* a yearly day's figure started from that day a year before */
    expect("Alibaba's Singles' Day sales hit 213.5 billion yuan in gross merchandise volume on 11 November 2018, up "
           "27% from 168.2 billion yuan.\n",
           "daily_transaction_volume|Alibaba|2018-11-11|213500000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|Alibaba|2018-11-11|27|percent|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2017-11-11|168200000000|CNY|exact|observed|1\n",
           true);
    /* (the base a change's noun is "over": no derived one) */
    expect("Alibaba's GMV was 540.3 billion yuan in 2021, an 8.5% increase over last year's 498.2 billion yuan. JD's GMV "
           "was 349.1 billion yuan in 2021, a 28.6% increase over the 271.5 billion yuan of 2020.\n",
           "ecommerce_turnover|Alibaba|2021|540300000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|Alibaba|2021|8.5|percent|exact|observed|1\n"
           "ecommerce_turnover|Alibaba|2020|498200000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD|2021|349100000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|JD|2021|28.6|percent|exact|observed|1\n"
           "ecommerce_turnover|JD|2020|271500000000|CNY|exact|observed|1\n",
           true);
    /* (a day's takings; and a change of the day's figure against a base
     * that is the day's a year before: the day's change) */
    expect("PUBLISHED : Sunday, 12 November, 2017, 1:02am\n\nAlibaba smashed its 24-hour Singles' Day sales tally, "
           "notching up total takings of 168.2 billion yuan (US$25.3 billion).\n\nAlibaba's GMV on Singles' Day was "
           "up 39 per cent from last year's 120.7 billion yuan.\n",
           "daily_transaction_volume|Alibaba|2017-11-11|168200000000|CNY|exact|observed|3\n"
           "daily_transaction_volume_growth|Alibaba|2017-11-11|39|percent|exact|observed|5\n"
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|5\n",
           true);
    expect("There are 3,202 Taobao villages, villages with online sales exceeding 10 million yuan a year. A Taobao "
           "village is one in which online sales exceed 10 million yuan. Alibaba, with revenue exceeding 100 billion "
           "yuan in 2018, led the market.\n",
           "revenue|Alibaba|2018|100000000000|CNY|more_than|observed|1\n", true);
    /* "purchases made on smartphones" are shoppers', no acquisition; "469
     * million paid by mobile phone" are mobile payment users */
    expect("Purchases made on smartphones and tablets more than tripled to 944.2 billion yuan in 2014. In 2016, 469 "
           "million paid by mobile phone.\n",
           "users|China (mobile payment users)|2016|469000000|people|exact|observed|1\n", true);
    /* a byline's last field, the line's end after it, is its date */
    expect("By Emma Lee | June 12, 2021\n\n"
           "Beijing-based Yuanqi raised US$200 million in a Series C round led by Sequoia.\n",
           "funding_round|Yuanqi|2021-06-12|200000000|USD|exact|observed|3\n", true);
    /* a kind of fund of the country its paragraph alone speaks of */
    expect("Money market funds were developed under rate controls. From $300,000 in 1971, funds under management "
           "grew to $390 million in 1974. Even so, this was less than 1 percent of US savings.\n",
           "fund_assets|US money market funds|1971|300000|USD|exact|observed|1\n"
           "fund_assets|US money market funds|1974|390000000|USD|exact|observed|1\n"
           "mmf_share_of_savings|US money market funds|1974|1|percent|less_than|observed|1\n",
           true);
    /* what a fund took in on one day is that day's subscriptions, no
     * shoppers' spending */
    expect("On Dec. 11, 2017, Yu'e Bao took in a net 36.8 billion yuan in a single day.\n"
           "Alibaba took in 91.2 billion yuan on Singles' Day, November 11, 2015.\n",
           "fund_daily_subscriptions|Yu'e Bao|2017-12-11|36800000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|2\n",
           true);
    /* a row beside another ("Computers (10,000)" under "Internet users")
     * is no part of it; an indented or marked one is ("of which: 3G") */
    expect("Indicator                          Dec. 2001          Jun. 2002     Change\n"
           "Internet users (10,000 persons)        3,370              4,580     +1,210\n"
           "Computers (10,000)                      1,254              1,613       +359\n",
           "netizens|China|2001|33700000|people|exact|observed|2\n"
           "netizens|China|2002-06|45800000|people|exact|observed|2\n"
           "netizens_increase|China|2002-06|12100000|people|exact|observed|2\n",
           true);
    /* "the 89 million added during the pandemic year of 2020": a change
     * after its figure, of the change before it in its sentence, of that
     * year */
    expect("China ended 2021 with 1.029 billion people using the internet on their mobile\nphones. That was 42.8 "
           "million more than a year earlier, and far below the 89\nmillion added during the pandemic year of 2020.\n",
           "mobile_netizens|China|2021|1029000000|people|exact|observed|1\n"
           "mobile_netizens_increase|China|2021|42800000|people|exact|observed|2\n"
           "mobile_netizens|China|2020|986200000|people|exact|derived|2\n"
           "mobile_netizens_increase|China|2020|89000000|people|exact|observed|2\n",
           true);
    /* "in the same period of 2012": that year */
    expect("P2P platforms lent 60 billion yuan in the first ten months of 2013, against 21.2 billion yuan in the "
           "same period of 2012.\n",
           "online_loans|China|2013-10|60000000000|CNY|exact|observed|1\n"
           "online_loans|China|2012-10|21200000000|CNY|exact|observed|1\n",
           true);
    /* a fund house's name is no fund's assets, wherever its price stands */
    expect("Alibaba acquired 51% of Tianhong Asset Management in 2013 for RMB 1.18 billion.\n",
           "acquisition_stake|Tianhong Asset Management|2013|51|percent|exact|observed|1\n"
           "acquisition|Tianhong Asset Management|2013|1180000000|CNY|exact|observed|1\n",
           true);
    /* (of quarters that end June and December, December's is still the
     * quarter's) */
    expect("Weibo Reports Fourth Quarter 2009 Results\n\nOperating metrics (million)\n\n"
           "                   Q2 2009    Q4 2009\n"
           "MAUs                    340        392\n"
           "DAUs                    154        172\n",
           "active_users|Weibo|2009-06|340000000|people|exact|observed|6\n"
           "active_users|Weibo|2009-12|392000000|people|exact|observed|6\n"
           "active_users|Weibo|2009-06|154000000|people|exact|observed|7\n"
           "active_users|Weibo|2009-12|172000000|people|exact|observed|7\n",
           true);
    /* (a network's standard names nobody: the operator's subscribers) */
    expect("China Unicom Announces 2012 Annual Results\n\n"
           "Subscribers (thousand)          2011        2012\n"
           "GSM subscribers              159,642     162,856\n"
           "WCDMA subscribers             40,018      76,462\n",
           "users|China Unicom|2011|159642000|people|exact|observed|4\n"
           "users|China Unicom|2012|162856000|people|exact|observed|4\n"
           "3g_users|China Unicom (WCDMA)|2011|40018000|people|exact|observed|5\n"
           "3g_users|China Unicom (WCDMA)|2012|76462000|people|exact|observed|5\n",
           true);
    /* an undated figure compared with a month of its year is of a later
     * month: the one the paragraph before spoke of, else the next */
    expect("MIIT bulletin, November 2010\n\n"
           "By the end of October, the number of 3G subscribers reached 38.66 million.\n\n"
           "Mobile Internet\n"
           "The number of users accessing the Internet via mobile phones reached 292.6 million, up 8.6 million "
           "from the end of August.\n",
           "3g_users|China|2010-10|38660000|people|exact|observed|3\n"
           "mobile_netizens|China|2010-10|292600000|people|exact|observed|6\n"
           "mobile_netizens_increase|China|2010-10|8600000|people|exact|observed|6\n"
           "mobile_netizens|China|2010-08|284000000|people|exact|derived|6\n",
           true);
    expect("Mobile netizens numbered 388 million, up 2.4 million from the end of May 2012.\n",
           "mobile_netizens|China|2012-06|388000000|people|exact|observed|1\n"
           "mobile_netizens_increase|China|2012-06|2400000|people|exact|observed|1\n"
           "mobile_netizens|China|2012-05|385600000|people|exact|derived|1\n",
           true);
    /* "the end of May", "from May": the month, not the verb */
    expect("China Mobile had 458 million customers in 2008. It had 488 million customers at the end of May.\n",
           "users|China Mobile|2008|458000000|people|exact|observed|1\n"
           "users|China Mobile|2008-05|488000000|people|exact|observed|1\n",
           true);
    /* a word of the change's sum between its verb and its amount ("a
     * cumulative", "a net", "a total of", "another"); a plan to add one
     * is no fact */
    expect("From January to October 2010, 3G subscribers increased by a cumulative 24.34 million.\n"
           "In 2011 3G subscribers grew by a net 81.37 million.\n"
           "Its 3G network had 700,000 base stations at the end of 2014. It plans to add another 300,000 stations "
           "in 2015.\n"
           "China Unicom added another 300,000 3G base stations in 2013.\n",
           "3g_users_increase|China|2010-10|24340000|people|exact|observed|1\n"
           "3g_users_increase|China|2011|81370000|people|exact|observed|2\n"
           "3g_base_stations|China|2014|700000|count|exact|observed|3\n"
           "3g_base_stations_increase|China Unicom|2013|300000|count|exact|observed|4\n",
           true);
    /* a span of time between the cue and its figure ("since the previous
     * October", "over the past year") is no other matter between them */
    expect("By June 30, 1998 the number of Internet users had nearly doubled since the previous October, to "
           "1.175 million.\n"
           "At the end of 2009 mobile Internet users had grown over the past year to 233 million.\n",
           "netizens|China|1998-06-30|1175000|people|exact|observed|1\n"
           "mobile_netizens|China|2009|233000000|people|exact|observed|2\n",
           true);
    /* a header of two changes, an amount and a percent: each row's cells
     * under the one each stands under, a row giving one of them or a
     * blank ("--", "n/a") for the other; a change's unit after it ("+1.0
     * pt") */
    expect("Indicator                          Dec. 2001          Jun. 2002   Increase     Change (%)\n"
           "Internet users (10,000 persons)        3,370              4,580     +1,210         35.9\n"
           "Penetration rate (%)                     2.6                3.6     +1.0 pt          --\n"
           "International bandwidth (Mbps)       7,597.5           10,576.5     +2,979          n/a\n"
           "CN domain names                      127,319            126,146     -1,173\n"
           "WWW sites                            277,100            293,213                     5.8\n",
           "netizens|China|2001|33700000|people|exact|observed|2\n"
           "netizens|China|2002-06|45800000|people|exact|observed|2\n"
           "netizens_increase|China|2002-06|12100000|people|exact|observed|2\n"
           "netizens_growth|China|2002-06|35.9|percent|exact|observed|2\n"
           "internet_penetration|China|2001|2.6|percent|exact|observed|3\n"
           "internet_penetration|China|2002-06|3.6|percent|exact|observed|3\n"
           "internet_penetration_increase|China|2002-06|1|percent|exact|observed|3\n"
           "international_bandwidth|China|2001|7597.5|Mbps|exact|observed|4\n"
           "international_bandwidth|China|2002-06|10576.5|Mbps|exact|observed|4\n"
           "international_bandwidth_increase|China|2002-06|2979|Mbps|exact|observed|4\n"
           "cn_domain_names|China|2001|127319|count|exact|observed|5\n"
           "cn_domain_names|China|2002-06|126146|count|exact|observed|5\n"
           "cn_domain_names_increase|China|2002-06|-1173|count|exact|observed|5\n"
           "websites|China|2001|277100|count|exact|observed|6\n"
           "websites|China|2002-06|293213|count|exact|observed|6\n"
           "websites_growth|China|2002-06|5.8|percent|exact|observed|6\n",
           true);
    expect("Item                       2012        2013    Net increase    Growth rate\n"
           "Mobile netizens (million)   420         500              80           19.0\n"
           "Websites (10,000)           268         320                           19.4\n",
           "mobile_netizens|China|2012|420000000|people|exact|observed|2\n"
           "mobile_netizens|China|2013|500000000|people|exact|observed|2\n"
           "mobile_netizens_increase|China|2013|80000000|people|exact|observed|2\n"
           "mobile_netizens_growth|China|2013|19|percent|exact|observed|2\n"
           "websites|China|2012|2680000|count|exact|observed|3\n"
           "websites|China|2013|3200000|count|exact|observed|3\n"
           "websites_growth|China|2013|19.4|percent|exact|observed|3\n",
           true);
    /* operators as columns: a row's blank cells ("n/a") keep the others
     * under their names, and a change that falls keeps its sign */
    expect("Table 1: Subscribers of the three operators, July 2013 (million)\n\n"
           "                             China Mobile   China Unicom   China Telecom\n"
           "Mobile phone subscribers\n"
           " Number of users                  746.17         268.63          179.35\n"
           " -net addition                      5.32           3.49            2.28\n"
           "Fixed-line subscribers\n"
           " Number of users                     n/a          91.28          164.02\n"
           " -net addition                       n/a          -0.14           -0.61\n"
           " -m/m growth (pct)                   n/a          -0.15             n/a\n",
           "users|China Mobile (mobile phone subscribers)|2013-07|746170000|people|exact|observed|5\n"
           "users|China Unicom (mobile phone subscribers)|2013-07|268630000|people|exact|observed|5\n"
           "users|China Telecom (mobile phone subscribers)|2013-07|179350000|people|exact|observed|5\n"
           "users_increase|China Mobile (mobile phone subscribers)|2013-07|5320000|people|exact|observed|6\n"
           "users_increase|China Unicom (mobile phone subscribers)|2013-07|3490000|people|exact|observed|6\n"
           "users_increase|China Telecom (mobile phone subscribers)|2013-07|2280000|people|exact|observed|6\n"
           "users|China Unicom|2013-07|91280000|people|exact|observed|8\n"
           "users|China Telecom|2013-07|164020000|people|exact|observed|8\n"
           "users_increase|China Unicom|2013-07|-140000|people|exact|observed|9\n"
           "users_increase|China Telecom|2013-07|-610000|people|exact|observed|9\n"
           "users_growth|China Unicom|2013-07|-0.15|percent|exact|observed|10\n",
           true);
}
END_TEST

/* Forms read since session 28. */
/* All of want's lines, and no more, in the facts of text read under name. */
static void expect_named(const char *name, const char *text, const char *want)
{
    char *got = run_named(name, text);
    ck_assert_msg(strcmp(got, want) == 0, "for %s:\n  %s\nexpected exactly:\n%sgot:\n%s", name, text, want, got);
    free(got);
}

START_TEST(session33_forms)
{
    /* a dateline without its year takes the year the file's name carries;
     * the text's latest year (1999, last year's figure) is not it */
    static const char item[] =
        "BEIJING, June 30 (Reuters) - NetEase sold 4.5 million shares at $15.50 each in its initial public "
        "offering.\n\nThe number of Internet users in China reached 8.9 million at the end of 1999.\n";
    expect_named("reuters-2000-netease-debut.txt", item,
                 "ipo_shares_offered|NetEase|2000-06-30|4500000|count|exact|observed|1\n"
                 "price_per_share|NetEase|2000-06-30|15.5|USD|exact|observed|1\n"
                 "netizens|China|1999|8900000|people|exact|observed|3\n");
    /* (a name without a year leaves the guess from the text) */
    char *got = run_named("netease-debut.txt", item);
    ck_assert_msg(strstr(got, "|1999-06-30|") != NULL, "got:\n%s", got);
    free(got);
    /* a text that names no year at all is of its name's; a digit run
     * longer than a year in the name is no year */
    expect_named("xinhua-2012-12306-2011.txt", "By the end of June, China had 538 million netizens.\n",
                 "netizens|China|2012-06|538000000|people|exact|observed|1\n");
    /* (nor is a text of a year long before its name's, named but once:
     * its people were born then) */
    expect_named("techinasia-2014-11-blued.txt",
                 "China's most popular gay dating app, Blued, has secured US$30 million in series B funding.\n\nMost "
                 "of its users were born on or after 1990.\n",
                 "funding_round|Blued|2014-11|30000000|USD|exact|observed|1\n");
    /* (nor when it names that year twice, two or more years before: a
     * digest of 2017 on companies founded in 2012; a deal it tells with no
     * date of its own is of the month the name gives with its year) */
    static const char digest[] =
        "Toutiao, whose app went live in 2012, is set to raise $2 billion at a valuation of $20 billion.\n\n"
        "Douban, whose site was redesigned in 2012, raised $30 million in a Series B.\n";
    expect_named("silicondragon-2017-08-digest.txt", digest,
                 "funding_round|Toutiao|2017-08|2000000000|USD|exact|observed|1\n"
                 "valuation|Toutiao|2017-08|20000000000|USD|exact|observed|1\n"
                 "funding_round|Douban|2017-08|30000000|USD|exact|observed|3\n");
    /* (or named but once, the year before: an item of January 2016 that
     * names 2015 for an office's opening) */
    expect_named("allchinatech-2016-01-uber.txt",
                 "Uber China confirmed Thursday it had received $2 billion from Chinese investors.\n\n"
                 "The company had opened its Beijing office in 2015.\n",
                 "funding_round|Uber China|2016-01|2000000000|USD|exact|observed|1\n");
    /* (a text of the year before its name's, no date of its own, was
     * written in the name's: its "last year" is the text's year) */
    expect_named("rfbenchmark-2021-nbs.txt",
                 "Telecom turnover rose in 2020. Mobile traffic grew in 2020. At the end of last year, the number of "
                 "Internet surfers in the country was 989 million.\n",
                 "netizens|China|2020|989000000|people|exact|observed|1\n");
    /* (or of one that names both years, of writing and written of, its
     * title naming the year written of) */
    expect_named("afp-2008-01-online-shopping-2007.txt",
                 "Online shopping nearly doubles in China in 2007\n\nBEIJING (AFP) - Online shopping in China topped "
                 "59.4 billion yuan last year, state media reported Tuesday.\n",
                 "ecommerce_turnover|China|2007|59400000000|CNY|more_than|observed|3\n");
    /* (a month only where it follows the name's one year: not in a span of
     * years, nor a number that is no month) */
    got = run_named("digest-2016-2017-08.txt", digest);
    ck_assert_msg(strstr(got, "|2017-08|") == NULL, "got:\n%s", got);
    free(got);
    got = run_named("silicondragon-2017-13.txt", digest);
    ck_assert_msg(strstr(got, "|2017-13|") == NULL && strstr(got, "|2017|") != NULL, "got:\n%s", got);
    free(got);
    /* (nor is a year just before the name's overruled: a report of 2013
     * on the year 2012) */
    expect_named("news-2013-04-taobao.txt", "Taobao had 370 million users in 2012, up from 2011 and 2012's start.\n",
                 "users|Taobao|2012|370000000|people|exact|observed|1\n");
    /* a dateline's time after a comma, and its update after that: the
     * day is the time of writing */
    expect("Ant Group Sets Terms for Its Dual Listing\n\nBy Bloomberg News\n"
           "October 26, 2020, 6:46 PM GMT+8 Updated on October 26, 2020, 10:14 PM GMT+8\n\n"
           "Ant Group will sell 1.67 billion new shares in Hong Kong at HK$80 apiece.\n",
           "ipo_shares_offered|Ant Group|2020-10-26|1670000000|count|exact|observed|6\n"
           "price_per_share|Ant Group|2020-10-26|80|HKD|exact|observed|6\n",
           true);
    /* the twelve months ended a day count as of that day; "the same
     * 12-month period" is that span; a span's last day makes no day's
     * volume of its amount, and what follows in the paragraph, a first
     * half, is of its month */
    expect("Pinduoduo results\n\nPinduoduo had 536.3 million annual active buyers in the 12 months ended Sept. 30, "
           "2019, up 39% from a year earlier. GMV over the same 12-month period reached 858.3 billion yuan.\n\n"
           "KEY NUMBERS FROM THE PROSPECTUS\n\nAlipay processed 118 trillion yuan of payments in the 12 months "
           "ended June 30, 2020.\n- Revenue in the first half: 72.5 billion yuan\n",
           "active_users|Pinduoduo|2019-09-30|536300000|people|exact|observed|3\n"
           "active_users_growth|Pinduoduo|2019-09-30|39|percent|exact|observed|3\n"
           "active_users|Pinduoduo|2018-09-30|385827338|people|about|derived|3\n"
           "ecommerce_turnover|Pinduoduo|2019-09-30|858300000000|CNY|exact|observed|3\n"
           "third_party_payments|Alipay|2020-06-30|118000000000000|CNY|exact|observed|7\n"
           "revenue|Alipay|2020-06|72500000000|CNY|exact|observed|8\n",
           true);
    /* a news item on a company's quarter: its figures told in the past,
     * undated, paragraphs after the lead, are of that quarter */
    expect("Kuaishou Logs Record Quarterly Profit\n\nBy Han Wei\nAug 23, 2023 01:12 AM\n\nRevenue at Kuaishou in "
           "the three months through June rose 27.9% year-on-year to 27.7 billion yuan, the company said Tuesday.\n\n"
           "Users\n\nAverage daily active users on the Kuaishou app reached 376 million.\n",
           "revenue_growth|Kuaishou|2023-06|27.9|percent|exact|observed|6\n"
           "revenue|Kuaishou|2022-06|21657544957|CNY|about|derived|6\n"
           "revenue|Kuaishou|2023-06|27700000000|CNY|exact|observed|6\n"
           "active_users|Kuaishou|2023-06|376000000|people|exact|observed|10\n",
           true);
    /* (not a quarter long gone by: an item of December on the March quarter) */
    expect("Kuaishou Logs Record Quarterly Profit\n\nBy Han Wei\nDec 23, 2023 01:12 AM\n\nRevenue at Kuaishou in "
           "the three months through March rose 27.9% year-on-year to 27.7 billion yuan.\n\n"
           "Users\n\nAverage daily active users on the Kuaishou app reached 376 million.\n",
           "active_users|Kuaishou|2023|376000000|people|exact|observed|10\n", false);
    /* a share of the people who use the Internet, past their number and
     * an adverb: "22.6 percent of China's roughly 1.3 billion people now
     * use the Internet", "... people use the Web" */
    expect("In 2008, 22.6 percent of China's roughly 1.3 billion people now use the Internet.\n\n"
           "In 2000, fewer than 2 percent of China's 1.26 billion people used the Web.\n",
           "internet_penetration|China|2008|22.6|percent|exact|observed|1\n"
           "internet_penetration|China|2000|2|percent|less_than|observed|3\n",
           true);
    /* the web is the Internet, a mobile device a mobile phone, in any cue */
    expect("In June 2018, 788 million used mobile devices to go online.\n\nChina had 420 million netizens in June "
           "2010, and 277 million of them accessed the web from mobile phones.\n",
           "mobile_netizens|China|2018-06|788000000|people|exact|observed|1\n"
           "netizens|China|2010-06|420000000|people|exact|observed|3\n"
           "mobile_netizens|China|2010-06|277000000|people|exact|observed|3\n",
           true);
    /* a call's transcript is of the company its title names with its
     * ticker; the one thanked is not who the figures after are of */
    expect("JD.com (JD) Q4 2016 Results - Earnings Call Transcript\n\nExecutives\nRichard Liu - Chairman and CEO\n"
           "Sidney Huang - CFO\n\nSidney Huang - CFO\nThank you, Richard. Net revenues for the full year 2016 were "
           "RMB 260.1 billion.\n",
           "revenue|JD.com|2016|260100000000|CNY|exact|observed|8\n", true);
    expect("Sidney Huang - CFO\nThank you, Richard. Net revenues for the full year 2016 were RMB 260.1 billion.\n",
           "revenue|China|2016|260100000000|CNY|exact|observed|2\n", true);
    /* users of a day or a month are active ones; domain names under
     * the country's .CN suffix are .CN names */
    expect("CNNIC counted 48,695 domain names registered under the country's .CN suffix at the end of 1999.\n\n"
           "Baidu app's daily users hit 161m in June 2018.\n\n"
           "YY had 54 million monthly unique log-in users in September 2012.\n\n"
           "China had 9.18 million domain names in 2007.\n",
           "cn_domain_names|China|1999|48695|count|exact|observed|1\n"
           "active_users|Baidu|2018-06|161000000|people|exact|observed|3\n"
           "active_users|YY|2012-09|54000000|people|exact|observed|5\n"
           "domain_names|China|2007|9180000|count|exact|observed|7\n",
           true);
    /* (a smartphone, their phone: a mobile phone) */
    expect("In June 2018, 788 million accessed the internet via their phones.\n\nAt the end of June 2016, 656 million "
           "Chinese were using the internet on their phones.\n\nIn June 2018, 788 million went online using "
           "smartphones.\n",
           "mobile_netizens|China|2018-06|788000000|people|exact|observed|1\n"
           "mobile_netizens|China|2016-06|656000000|people|exact|observed|3\n"
           "mobile_netizens|China|2018-06|788000000|people|exact|observed|5\n",
           true);
    /* the day a source said it, however long the source's name, does not
     * date a figure that has a date of its own */
    expect_named("reuters-2009-china-internet.txt",
                 "BEIJING, Jan 13 (Reuters) - China's Internet population rose 41.9 percent last year to 298 million, "
                 "a state-backed research body said on Tuesday.\n",
                 "netizens_growth|China|2008|41.9|percent|exact|observed|1\n"
                 "netizens|China|2007|210007047|people|about|derived|1\n"
                 "netizens|China|2008|298000000|people|exact|observed|1\n");
    /* a table of applications whose header opens each column's field
     * with its period, the figures set flush left under the fields */
    expect("Table 4  Users and usage rates of Internet applications, March 2020 - December 2020\n\n"
           "Application                        2020.3 Users (10,000)   Usage rate   2020.12 Users (10,000)   Usage "
           "rate   Growth\n"
           "Online video (incl. short video)   85,044                  94.1%        92,677                   93.7%  "
           "      9.0%\n"
           "Online games                       53,182                  58.9%        51,793                   52.4%  "
           "      -2.6%\n",
           "online_video_users|China|2020-03|850440000|people|exact|observed|4\n"
           "online_video_users|China|2020|926770000|people|exact|observed|4\n"
           "online_video_users_growth|China|2020|9|percent|exact|observed|4\n"
           "game_players|China|2020-03|531820000|people|exact|observed|5\n"
           "game_players|China|2020|517930000|people|exact|observed|5\n"
           "game_players_growth|China|2020|-2.6|percent|exact|observed|5\n",
           true);
    /* the money a count of payments was worth, past the count's noun and
     * its complement */
    expect("In 2012, payment institutions processed 10.58 billion internet payment transactions for their clients, "
           "worth 6.89 trillion yuan, up 67.2 percent and 93.8 percent year on year respectively.\n",
           "transactions|China|2012|10580000000|count|exact|observed|1\n"
           "third_party_payments|China|2012|6890000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2012|67.2|percent|exact|observed|1\n"
           "transactions|China|2011|6327751196|count|about|derived|1\n"
           "third_party_payments_growth|China|2012|93.8|percent|exact|observed|1\n"
           "third_party_payments|China|2011|3555211558308|CNY|about|derived|1\n",
           true);
    /* an aside of dates stands aside; a day inside the span of days the
     * figure's clause states is the span's, not the day's; a span in
     * another clause is not */
    expect_named("chinadaily-2019-singles-day.txt",
                 "Rival JD said the cumulative value of orders placed on its platforms during its own Nov 11 "
                 "campaign, which ran from Nov 1 to 11, reached 204.4 billion yuan, up 27.9 percent year-on-year.\n\n"
                 "During this year's Singles' Day shopping festival on Nov. 11, Alibaba recorded 268.4 billion yuan "
                 "of GMV in 24 hours, while JD said orders worth 204.4 billion yuan were placed on its platforms from "
                 "Nov. 1 to Nov. 11.\n",
                 "ecommerce_turnover|JD|2019-11|204400000000|CNY|exact|observed|1\n"
                 "ecommerce_turnover_growth|JD|2019-11|27.9|percent|exact|observed|1\n"
                 "ecommerce_turnover|JD|2018-11|159812353401|CNY|about|derived|1\n"
                 "daily_transaction_volume|Alibaba|2019-11-11|268400000000|CNY|exact|observed|3\n"
                 "ecommerce_turnover|JD|2019-11|204400000000|CNY|exact|observed|3\n");
    /* parcels and cases of fraud are no payment transactions; orders
     * placed are */
    expect("Cainiao said 1.29 billion delivery orders were generated during the 24-hour event in 2019.\n\n"
           "Police handled 26,843 cases of suspected payment fraud in 2016.\n\n"
           "Meituan handled 6.4 billion food-delivery transactions in 2017.\n\n"
           "Tmall said 1.2 billion orders were placed in 2019.\n",
           "transactions|Meituan|2017|6400000000|count|exact|observed|5\n"
           "transactions|Tmall|2019|1200000000|count|exact|observed|7\n",
           true);
    /* under a caption that names an indicator, a row that names a
     * company is whose figures they are; a row of common words is
     * another measure, nobody's */
    expect("Table 2  Telecommunications revenue by operator, January-November 2012\n\n"
           "Indicator                                  Unit                   Jan.-Nov.     YoY (%)\n"
           "China Mobile                               100 million yuan       5,120.4       7.1\n"
           "Telecommunications business volume         100 million yuan       11,748        11.2\n"
           "Fixed-asset investment                     100 million yuan       2,621.6       12.4\n",
           "revenue|China Mobile|2012-11|512040000000|CNY|exact|observed|4\n"
           "revenue_growth|China Mobile|2012-11|7.1|percent|exact|observed|4\n",
           false);
    expect_absent("Table 2  Telecommunications revenue by operator, January-November 2012\n\n"
                  "Indicator                                  Unit                   Jan.-Nov.     YoY (%)\n"
                  "China Mobile                               100 million yuan       5,120.4       7.1\n"
                  "Telecommunications business volume         100 million yuan       11,748        11.2\n"
                  "Fixed-asset investment                     100 million yuan       2,621.6       12.4\n",
                  "investment");
    /* a profit or a loss is no revenue */
    expect("The company earned revenue of 1.74 billion yuan in 2017, mostly from fees. It lost 525 million yuan in "
           "2017.\n\nThe company reported revenue of CNY6.4 billion in 2016 and net profit of CNY2.4 billion.\n",
           "revenue|China|2017|1740000000|CNY|exact|observed|1\n"
           "revenue|China|2016|6400000000|CNY|exact|observed|3\n",
           true);
    /* a label may open with a name and its aside in brackets, or with a
     * hyphened word, after a semicolon */
    expect("Issue #38 | Sunday, November 20, 2016\n\n"
           "- WeChat (Weixin + WeChat combined) monthly active users: 846 million as of September 30.\n"
           "- QQ MAU: 877 million; smart-device QQ MAU: 647 million.\n",
           "active_users|WeChat|2016-09-30|846000000|people|exact|observed|3\n"
           "active_users|QQ|2016-09-30|877000000|people|exact|observed|4\n"
           "active_users|QQ|2016-09-30|647000000|people|exact|observed|4\n",
           true);
    /* a table's change from the period its column names: the level then
     * is derived from the row's level and the change */
    expect("CNNIC report, February 2021\n\n| Indicator | Dec 2020 | Change vs Mar 2020 |\n|---|---|---|\n"
           "| Internet users | 989 million | +85.4 million |\n"
           "| Mobile internet users | 986 million | +88.9 million |\n"
           "| Internet penetration | 70.4% | +5.9 pts |\n",
           "netizens|China|2020|989000000|people|exact|observed|5\n"
           "netizens_increase|China|2020|85400000|people|exact|observed|5\n"
           "netizens|China|2020-03|903600000|people|exact|derived|5\n"
           "mobile_netizens|China|2020|986000000|people|exact|observed|6\n"
           "mobile_netizens_increase|China|2020|88900000|people|exact|observed|6\n"
           "mobile_netizens|China|2020-03|897100000|people|exact|derived|6\n"
           "internet_penetration|China|2020|70.4|percent|exact|observed|7\n"
           "internet_penetration_increase|China|2020|5.9|percent|exact|observed|7\n"
           "internet_penetration|China|2020-03|64.5|percent|exact|derived|7\n",
           true);
    /* a second "from" in a list of bases; a share of a country's people
     * where the text speaks of the Internet (not of the people online) */
    expect_named("afp-2003-china-internet.txt",
                 "BEIJING, Jan 16 (AFP) - CNNIC said China had 59.1 million people online at the end of December, up "
                 "from 33.7 million a year earlier and from 45.8 million in June.\n\n"
                 "The figure still represents only about 4.6 percent of China's 1.28 billion people.\n\n"
                 "About 41.7% of China's online population played games online.\n",
                 "netizens|China|2002|59100000|people|exact|observed|1\n"
                 "netizens|China|2001|33700000|people|exact|observed|1\n"
                 "netizens|China|2002-06|45800000|people|exact|observed|1\n"
                 "internet_penetration|China|2002|4.6|percent|about|observed|3\n");
    /* what a count of payments was worth, said without a comma; what a
     * count of red envelopes was worth is no deal */
    expect("In 2015, non-bank payment institutions processed 82.145 billion online payment transactions. Of this total, "
           "mobile payments numbered 39.861 billion with a value of 21.96 trillion yuan, up 160.42% and 168.13%.\n\n"
           "On February 18, 2015, a total of 1.01 billion WeChat red envelopes were sent and received, while Alipay "
           "users sent 240 million red envelopes worth a combined RMB 4.0 billion.\n",
           "transactions|China|2015|82145000000|count|exact|observed|1\n"
           "transactions|China|2015|39861000000|count|exact|observed|1\n"
           "mobile_payments|China|2015|21960000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2015|160.42|percent|exact|observed|1\n"
           "transactions|China|2014|15306428078|count|about|derived|1\n"
           "mobile_payments_growth|China|2015|168.13|percent|exact|observed|1\n"
           "mobile_payments|China|2014|8190057061873|CNY|about|derived|1\n",
           false);
    expect_absent("On February 18, 2015, a total of 1.01 billion WeChat red envelopes were sent and received, while "
                  "Alipay users sent 240 million red envelopes worth a combined RMB 4.0 billion.\n",
                  "funding_round");
    /* a central bank's table of payment channels: a row's label is a
     * count's cue under "Number", an amount's under "Value", read with
     * the section over it (banks' payments are no third party's) */
    expect("Table 1  Electronic payments by channel, 2015\nUnit: 100 million transactions; trillion yuan; %\n\n"
           "Channel                                  Number      Value      Growth in number   Growth in value\n"
           "Banking institutions\n"
           "  Online payments                        363.52    2,018.20           27.29              46.67\n"
           "Non-bank payment institutions\n"
           "  Online payments                        821.45       49.48          119.51             100.16\n"
           "    of which: mobile payments            398.61       21.96          160.42             168.13\n",
           "transactions|China|2015|36352000000|count|exact|observed|6\n"
           "transactions_growth|China|2015|27.29|percent|exact|observed|6\n"
           "transactions|China|2015|82145000000|count|exact|observed|8\n"
           "third_party_payments|China|2015|49480000000000|CNY|exact|observed|8\n"
           "transactions_growth|China|2015|119.51|percent|exact|observed|8\n"
           "third_party_payments_growth|China|2015|100.16|percent|exact|observed|8\n"
           "transactions|China|2015|39861000000|count|exact|observed|9\n"
           "mobile_payments|China|2015|21960000000000|CNY|exact|observed|9\n"
           "transactions_growth|China|2015|160.42|percent|exact|observed|9\n"
           "mobile_payments_growth|China|2015|168.13|percent|exact|observed|9\n",
           true);
    /* licences granted by a date are the total so far; "bringing to N
     * the number of" firms licensed too */
    expect("SHANGHAI, July 10, 2013 (Reuters) - China's central bank granted payment licences to another 27 companies "
           "late on Tuesday, bringing to 250 the number of non-bank firms allowed to offer payment services.\n\n"
           "By the end of 2015, the PBC had granted Payment Business Permits to 270 non-bank payment institutions.\n",
           "payment_licenses|China|2013-07-09|27|count|exact|observed|1\n"
           "payment_licenses_total|China|2013-07-09|250|count|exact|observed|1\n"
           "payment_licenses_total|China|2015|270|count|exact|observed|3\n",
           true);
    /* ("has granted ... to another 27": a batch) */
    expect("SHANGHAI, July 10, 2013 (Reuters) - China's central bank has granted payment licences to another 27 "
           "companies, bringing to 250 the number of non-bank firms allowed to process online payments.\n",
           "payment_licenses|China|2013-07-10|27|count|exact|observed|1\n"
           "payment_licenses_total|China|2013-07-10|250|count|exact|observed|1\n",
           true);
    /* growth from the previous quarter derives the quarter before, not
     * the year before a later comparison names */
    expect("Research note, November 2016\n\nThe transaction volume of China's third-party mobile payment market "
           "reached RMB 9.03 trillion in the third quarter of 2016, up 21.9% from the previous quarter and nearly "
           "three times the level of the same period a year earlier.\n",
           "mobile_payments|China|2016-09|9030000000000|CNY|exact|observed|3\n"
           "mobile_payments_growth|China|2016-09|21.9|percent|exact|observed|3\n"
           "mobile_payments|China|2016-06|7407711238720|CNY|about|derived|3\n",
           true);
    /* a label of a measure of a market, whose it is between: "Q3 2016
     * transaction volume of China's third-party mobile payment market:" */
    expect("Research note, November 2016\n\nKey findings\n- Q3 2016 transaction volume of China's third-party mobile "
           "payment market: RMB 9.03 trillion, up 21.9% quarter on quarter and 196.1% year on year.\n",
           "mobile_payments|China|2016-09|9030000000000|CNY|exact|observed|4\n"
           "mobile_payments_growth|China|2016-09|21.9|percent|exact|observed|4\n"
           "mobile_payments|China|2016-06|7407711238720|CNY|about|derived|4\n"
           "mobile_payments_growth|China|2016-09|196.1|percent|exact|observed|4\n"
           "mobile_payments|China|2015-09|3049645390071|CNY|about|derived|4\n",
           true);
    /* a caption's unit in brackets before a part on its rates: "(RMB
     * trillion; quarter-on-quarter growth)" */
    expect("Figure 1  China third-party mobile payment transaction volume, 2015Q3-2016Q3\n"
           "(RMB trillion; quarter-on-quarter growth)\n\nQuarter      Volume      QoQ growth\n"
           "2015Q3        3.05          --\n2015Q4        5.23        71.5%\n",
           "mobile_payments|China|2015-09|3050000000000|CNY|exact|observed|5\n"
           "mobile_payments|China|2015-12|5230000000000|CNY|exact|observed|6\n"
           "mobile_payments_growth|China|2015-12|71.5|percent|exact|observed|6\n",
           true);
    /* a list of amounts, each of its quarter, the quarters after the
     * first left unsaid ("in the second") */
    expect("PCAC annual report, 2020\n\nIn 2019, the value of online payments handled by non-bank institutions was "
           "57.20 trillion yuan in the first quarter, 60.91 trillion yuan in the second, 63.37 trillion yuan in the "
           "third and 68.40 trillion yuan in the fourth quarter.\n",
           "third_party_payments|China|2019-03|57200000000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2019-06|60910000000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2019-09|63370000000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2019-12|68400000000000|CNY|exact|observed|3\n",
           true);
    /* a digest's table of rounds: a date of figures ("09/02"), a row
     * whose amount is undisclosed passed over */
    expect("WEEKLY DEALS ROUNDUP | September 2 - September 8, 2019\n\n"
           "| Date  | Company        | Sector         | Round     | Amount         | Lead investor(s) |\n"
           "|-------|----------------|----------------|-----------|----------------|------------------|\n"
           "| 09/02 | Kuaikan Manhua | Online comics  | Series D  | US$125 million | Tencent          |\n"
           "| 09/05 | Yuanfudao      | K12 tutoring   | Series G  | undisclosed    | Hillhouse        |\n"
           "| 09/07 | Mobvoi         | Voice AI       | Series D  | US$30 million  | Volkswagen       |\n",
           "funding_round|Kuaikan Manhua|2019-09-02|125000000|USD|exact|observed|5\n"
           "funding_round|Mobvoi|2019-09-07|30000000|USD|exact|observed|7\n",
           true);
    /* a fund's balance sheet: its net assets are its size; its financial
     * assets, its total assets, a repo it bought back are not */
    static const char sheet[] =
        "Tianhong Yu'e Bao Money Market Fund annual report 2015\n\n"
        "7.1 Balance sheet as at 31 December 2015                                  Unit: RMB\n"
        "Assets                                     31 December 2015            31 December 2014\n"
        "Trading financial assets                    51,276,993,418.74           21,630,118,227.90\n"
        "Buy-back financial assets                   38,901,652,733.30           53,552,671,900.02\n"
        "Net assets                                 620,672,544,360.12          578,878,904,197.45\n";
    expect(sheet,
           "fund_assets|money market funds|2015-12-31|620672544360.12|CNY|exact|observed|7\n"
           "fund_assets|money market funds|2014-12-31|578878904197.45|CNY|exact|observed|7\n",
           true);
    expect_absent(sheet, "acquisition");
    /* a fund's own report, its manager named: the fund its first line
     * names is its "the Fund", and whose its undated figures are */
    expect("TIANHONG YU'E BAO MONEY MARKET FUND\n2015 ANNUAL REPORT (SUMMARY)\n\n"
           "Fund Manager: Tianhong Asset Management Co., Ltd.\n\n"
           "Net assets of the Fund stood at RMB 620.7 billion at the end of 2015.\n",
           "fund_assets|Tianhong Yu'e Bao Money Market Fund|2015|620700000000|CNY|exact|observed|6\n", true);
    /* a column of a span of days, of its last day's year */
    expect("TIANHONG MONEY MARKET FUND\n\nMain accounting data                       Unit: RMB\n\n"
           "Indicator                              2015                  2014                  29 May 2013 - 31 Dec 2013\n"
           "Net assets at end of period            620,672,544,360.12    578,878,904,197.45    185,348,337,624.71\n"
           "NAV per unit at end of period          1.0000                1.0000                1.0000\n",
           "fund_assets|money market funds|2015|620672544360.12|CNY|exact|observed|6\n"
           "fund_assets|money market funds|2014|578878904197.45|CNY|exact|observed|6\n"
           "fund_assets|money market funds|2013|185348337624.71|CNY|exact|observed|6\n",
           true);
    /* a byline's date after a dash; "as of yesterday", the day before */
    expect("Alibaba's Yu'e Bao Lures Savers From China Banks With 6% Yield\n"
           "By Lulu Yilun Chen and Jun Luo - Jan 16, 2014 4:01 AM GMT+0800\n\n"
           "Yu'e Bao, a fund run by Tianhong Asset Management Co., had 49.03 million customers as of yesterday, "
           "Tianhong said in a statement.\n",
           "fund_customers|Yu'e Bao|2014-01-15|49030000|people|exact|observed|4\n", true);
    /* a rate after a verb where the sentence speaks of bandwidth; names
     * "registered under the .CN suffix" are .CN names */
    expect("BEIJING, July 24, 2008 (Xinhua) -- China had 14.85 million domain names, of which 11.9 million were "
           "registered under the \".CN\" suffix. The bandwidth linking China to the outside world reached 493,729 "
           "Mbps by the end of June 2008.\n",
           "domain_names|China|2008-07-24|14850000|count|exact|observed|1\n"
           "cn_domain_names|China|2008-07-24|11900000|count|exact|observed|1\n"
           "international_bandwidth|China|2008-06|493729|Mbps|exact|observed|1\n",
           false);
    /* the time of writing a paragraph's "now" gave frames no paragraph
     * after it */
    expect_named("reuters-2013-china-internet.txt",
                 "BEIJING, Jan 15 (Reuters) - China's Internet population rose to 564 million at the end of last "
                 "year, a research centre said on Tuesday.\n\nAbout 74.5 percent of Internet users now go online "
                 "using a phone.\n\nChina's microblog users reached 309 million, up 58.73 million from the end of "
                 "2011, the report said.\n",
                 "netizens|China|2012|564000000|people|exact|observed|1\n"
                 "microblog_users|China|2012|309000000|people|exact|observed|5\n"
                 "microblog_users_increase|China|2012|58730000|people|exact|observed|5\n"
                 "microblog_users|China|2011|250270000|people|exact|derived|5\n");
    /* Analysys' "comprehensive" payment market: mobile and online together */
    expect("Key findings\n- In 2018 the transaction value of China's third-party comprehensive payment market (mobile plus "
           "internet payments) reached 219.6 trillion yuan, up 48.6% year on year.\n",
           "third_party_payments|China|2018|219600000000000|CNY|exact|observed|2\n"
           "third_party_payments_growth|China|2018|48.6|percent|exact|observed|2\n"
           "third_party_payments|China|2017|147779273216689|CNY|about|derived|2\n",
           true);
    /* (its header indented, the measures alone, a second line of units
     * under them; the caption's quarter; banks' rows no third party's) */
    expect("Table 1  Electronic payments, Q3 2023\n\n"
           "                                       Number          Value            YoY change    YoY change\n"
           "                                       (100 million)   (trillion yuan)  in number %   in value %\n"
           "Banking financial institutions\n"
           "  Online payments                        241.87         618.55            2.93          7.98\n"
           "Non-bank payment institutions\n"
           "  Online payments                      3,012.25          86.47           17.95         11.43\n",
           "transactions|China|2023-09|24187000000|count|exact|observed|6\n"
           "transactions_growth|China|2023-09|2.93|percent|exact|observed|6\n"
           "transactions|China|2023-09|301225000000|count|exact|observed|8\n"
           "third_party_payments|China|2023-09|86470000000000|CNY|exact|observed|8\n"
           "transactions_growth|China|2023-09|17.95|percent|exact|observed|8\n"
           "third_party_payments_growth|China|2023-09|11.43|percent|exact|observed|8\n",
           true);
    /* a paragraph that ends with a colon frames the list under it, a
     * blank line between */
    expect_named("xinhua-2005-netizens.txt",
                 "BEIJING, July 21 (Xinhuanet) -- The report, based on a survey of 40,000 respondents, gave the "
                 "following figures as of June 30:\n\n    -- Websites: 677,500\n    -- IPv4 addresses: 74.39 million\n",
                 "websites|China|2005-06-30|677500|count|exact|observed|3\n"
                 "ipv4_addresses|China|2005-06-30|74390000|count|exact|observed|4\n");
    /* a stock's ticker in brackets names nobody; users "on its TD-SCDMA
     * standard" are that standard's 3G users */
    expect("BEIJING, Jan 22 (Reuters) - China Mobile (0941.HK)(CHL.N), the world's largest mobile carrier, had 4.37 "
           "million users on its home-grown TD-SCDMA standard at the end of December 2009.\n\nChina Unicom (0762.HK) "
           "had 3.88 million users on its WCDMA network at the end of 2009.\n",
           "3g_users|China Mobile (TD-SCDMA)|2009|4370000|people|exact|observed|1\n"
           "3g_users|China Unicom (WCDMA)|2009|3880000|people|exact|observed|3\n",
           true);
    /* an annual event's day is a day: "during its annual Singles' Day
     * shopping bonanza on Saturday" */
    expect("Shanghai (AFP) - Published: 11 November 2017 16:02 GMT\n\nChinese e-commerce giant Alibaba racked up sales of "
           "168.2 billion yuan during its annual \"Singles' Day\" shopping bonanza on Saturday.\n",
           "daily_transaction_volume|Alibaba|2017-11-11|168200000000|CNY|exact|observed|3\n", true);
    /* a fund report's table of one period: the header's period names its
     * last day, the header in the block before, rows numbered */
    expect("TIANHONG YU'E BAO MONEY MARKET FUND\nQuarterly Report for the Third Quarter of 2014\n\n"
           "Fund Manager: Tianhong Asset Management Co., Ltd.\n\n"
           "3.1 Main financial indicators                                   Unit: RMB\n"
           "---------------------------------------------------------------------------\n"
           "Main financial indicator            Reporting period (July 1 - September 30, 2014)\n"
           "1. Realised income for the period            6,218,740,512.36\n"
           "3. Net assets at end of period           534,889,126,731.45\n"
           "---------------------------------------------------------------------------\n"
           "Note: The fund uses the amortised cost method.\n",
           "fund_assets|Tianhong Yu'e Bao Money Market Fund|2014-09-30|534889126731.45|CNY|exact|observed|10\n",
           false);
    /* what a fund "has drawn" is its size */
    expect("By the end of 2013, Alibaba's Yu'e Bao fund had drawn 185.3 billion yuan from savers.\n",
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|1\n", true);
    expect_named("report-120061.txt", "By the end of June, China had 538 million netizens.\n",
                 "netizens|China||538000000|people|exact|observed|1\n");
    /* a byline's date among fields parted by slashes dates the item,
     * though the text names an earlier year more often; "in the second
     * quarter" is then the last one gone by */
    expect("Caixin Global | Finance\n\nBy Wu Hongyuran and Liu Xiao / Sep 27, 2018 07:05 PM / Finance\n\n"
           "The app was launched on Dec. 11, 2017, and the network handled more transactions in 2017. "
           "In the second quarter, China's third-party mobile payment market handled transactions of 40.08 "
           "trillion yuan.\n",
           "mobile_payments|China|2018-06|40080000000000|CNY|exact|observed|5\n", true);
    /* a report published the year after the one it reports on: its
     * quarters with no year are of the year reported on */
    expect("Payment Industry Annual Report 2020\nFinancial Publishing House, Beijing, June 2020\n\n"
           "In 2019, non-bank payment institutions processed 719.998 billion online payment transactions.\n\n"
           "The value of online payments handled by non-bank institutions was 57.20 trillion yuan in the first "
           "quarter and 68.40 trillion yuan in the fourth quarter.\n",
           "transactions|China|2019|719998000000|count|exact|observed|4\n"
           "third_party_payments|China|2019-03|57200000000000|CNY|exact|observed|6\n"
           "third_party_payments|China|2019-12|68400000000000|CNY|exact|observed|6\n", true);
    /* a date past the comma that closes a relative clause is the main
     * clause's, not that of a figure inside it */
    expect("SHANGHAI, July 10, 2013 (Reuters) - Alibaba, which is preparing for a listing that analysts say could "
           "value the company at between $60 billion and $120 billion, restructured Alipay into a separate "
           "company in 2011.\n",
           "valuation|Alibaba|2013-07-10|60000000000|USD|at_least|observed|1\n"
           "valuation|Alibaba|2013-07-10|120000000000|USD|less_than|observed|1\n", true);
    /* a quarter "of last year"; the next paragraph's "in the quarter" is
     * the one it spoke of */
    expect("BEIJING, Feb. 15, 2016 (Xinhua) -- Alipay had a 71.5 per cent share of the third-party mobile payment "
           "market in the third quarter of last year.\n\nThird-party mobile payments in the quarter reached 3.6 "
           "trillion yuan.\n",
           "payment_share|Alipay|2015-09|71.5|percent|exact|observed|1\n"
           "mobile_payments|China|2015-09|3600000000000|CNY|exact|observed|3\n", true);
    /* a relative clause on a noun after the figure keeps its date */
    expect("Posted on September 9, 2019 by CMN Research Team\n\nAlibaba agreed to pay US$2 billion for the "
           "platform, which NetEase launched in 2015.\n",
           "acquisition|Alibaba|2019-09-09|2000000000|USD|exact|observed|3\n", true);
    /* what shares sold at the top of an indicative range raise is a
     * listing's */
    expect("AFP | 15 December 2016, 10:47\n\nMeitu sold 553.6 million new shares at HK$8.50 each, the top of an "
           "indicative range of HK$7.00 to HK$8.50, raising HK$4.71 billion.\n",
           "ipo_shares_offered|Meitu|2016-12-15|553600000|count|exact|observed|3\n"
           "price_per_share|Meitu|2016-12-15|8.5|HKD|exact|observed|3\n"
           "ipo_raise|Meitu|2016-12-15|4710000000|HKD|exact|observed|3\n", true);
    /* "Compared with a year earlier, when X at the end of the third
     * quarter of 2019, net assets were up 9.9%": X is of its own quarter,
     * the change of the level spoken of before, and the paragraph goes on
     * speaking of that */
    expect("Tianhong Yu'e Bao Money Market Fund\nQuarterly Report for the Third Quarter of 2020\nDate of Report: 27 "
           "October 2020\n\nNet assets of the Fund stood at RMB 1.18 trillion at the end of September. Compared with "
           "a year earlier, when the Fund managed RMB 1.07 trillion at the end of the third quarter of 2019, net "
           "assets were still up 9.9%. The Fund continued to serve more than 700 million holders.\n",
           "fund_assets|Tianhong Yu'e Bao|2020-09|1180000000000|CNY|exact|observed|5\n"
           "fund_assets|Tianhong Yu'e Bao|2019-09|1070000000000|CNY|exact|observed|5\n"
           "fund_assets_growth|Tianhong Yu'e Bao|2020-09|9.9|percent|exact|observed|5\n"
           "fund_customers|Tianhong Yu'e Bao|2020-09|700000000|people|more_than|observed|5\n", true);
    /* a change with its own year after it, not its level's, is of that
     * year and derives no level; one after a word that compares is not */
    expect("Tianhong Yu'e Bao Money Market Fund\nAnnual Report 2015\n\nNet assets of the Fund rose 7.2% during "
           "the year to RMB 620.7 billion at the end of 2015, after growing 212.3% in 2014.\n",
           "fund_assets_growth|Tianhong Yu'e Bao|2015|7.2|percent|exact|observed|4\n"
           "fund_assets|Tianhong Yu'e Bao|2014|579011194030|CNY|about|derived|4\n"
           "fund_assets|Tianhong Yu'e Bao|2015|620700000000|CNY|exact|observed|4\n"
           "fund_assets_growth|Tianhong Yu'e Bao|2014|212.3|percent|exact|observed|4\n", true);
    expect("Net revenues for the second quarter of 2006 totaled $47.9 million, an increase of 6% over the same "
           "period in 2005.\n",
           "revenue|China|2006-06|47900000|USD|exact|observed|1\n"
           "revenue_growth|China|2006-06|6|percent|exact|observed|1\n", true);
    /* a title's figure of a year of its own keeps it, and the text that
     * tells it again, dated only by the day it was told, takes it */
    expect("China's 3G take-up slow in first year\nFri Jan 22, 2010 9:47am EST\n\n* China 3G users at 12.32 mln "
           "at end-2009 - ministry\n\nBEIJING, Jan 22 (Reuters) - China's carriers signed up a combined 12.32 "
           "million 3G subscribers, the ministry said on Friday.\n",
           "3g_users|China|2009|12320000|people|exact|observed|4\n"
           "3g_users|China|2009|12320000|people|exact|observed|6\n", true);
    /* a day's trading in a news item of January that reports on the year
     * before is of the day */
    expect("Tue Jan 15, 2013 8:12am EST\n\nBEIJING, Jan 15 (Reuters) - China had 564 million Internet users at "
           "the end of 2012.\n\nTencent shares rose 2.3 percent to HK$257.80 in Hong Kong, valuing the company at "
           "about HK$475 billion.\n",
           "netizens|China|2012|564000000|people|exact|observed|3\n"
           "valuation|Tencent|2013-01-15|475000000000|HKD|about|observed|5\n", true);
    /* those who did it "for the first time" are an increase */
    expect("BEIJING, July 24, 2008 (Xinhua) -- Some 43 million people went online for the first time in the first "
           "half of the year.\n",
           "netizens_increase|China|2008-06|43000000|people|about|observed|1\n", true);
    /* what a subject "accounted for ... of them" is what it counts */
    expect("As of June 2017, the number of netizens in China stood at 751 million, and mobile phone netizens "
           "accounted for 724 million of them.\n",
           "netizens|China|2017-06|751000000|people|exact|observed|1\n"
           "mobile_netizens|China|2017-06|724000000|people|exact|observed|1\n", true);
    /* a fund report's "the Fund" in the figure's own clause is the
     * report's fund, whatever the sentence before named */
    expect("Tianhong Yu'e Bao Money Market Fund\nQuarterly Report for the Third Quarter of 2020\nFund Manager: Tianhong "
           "Asset Management Co., Ltd.\nDate of Report: 27 October 2020\n\nNet assets of the Fund stood at RMB 1.18 "
           "trillion at the end of September, as some holders shifted money into the hybrid funds distributed on "
           "the Alipay platform. Compared with a year earlier, when the Fund managed RMB 1.07 trillion at the end of "
           "the third quarter of 2019, net assets were higher. The Fund continued to serve more than 700 "
           "million holders.\n",
           "fund_assets|Tianhong Yu'e Bao|2020-09|1180000000000|CNY|exact|observed|6\n"
           "fund_assets|Tianhong Yu'e Bao|2019-09|1070000000000|CNY|exact|observed|6\n"
           "fund_customers|Tianhong Yu'e Bao|2020-09|700000000|people|more_than|observed|6\n", true);
    /* a capital that stands for its government in a clause of time is no
     * place of the figure; one the figure is "of" is */
    expect("BEIJING, Jan 22, 2010 (Reuters) - China's three state-owned telecom carriers signed up a combined 12.32 "
           "million 3G mobile subscribers in the first year after Beijing issued 3G licences. The penetration rate "
           "of Beijing reached 28.1%.\n",
           "3g_users|China|2010-01-22|12320000|people|exact|observed|1\n"
           "internet_penetration|Beijing|2010-01-22|28.1|percent|exact|observed|1\n", true);
    /* a line of periods over a channel table's measures, each over the
     * two fields nearest it, "Growth" among them; the caption's legend of
     * units is no figure */
    expect("Table 2-1  Electronic payment business, 2018-2019\n"
           "(number: 100 million transactions; value: trillion yuan; growth: %)\n\n"
           "                                            2018                    2019                 Growth 2019\n"
           "                                     Number      Value       Number      Value       Number     Value\n"
           "Non-bank payment institutions:\n"
           "  online payments                  5,306.20     208.06     7,199.98     249.88       35.69     20.10\n"
           "  prepaid card payments               30.00       0.20        25.00       0.30      -16.67     50.00\n",
           "transactions|China|2018|530620000000|count|exact|observed|7\n"
           "third_party_payments|China|2018|208060000000000|CNY|exact|observed|7\n"
           "transactions|China|2019|719998000000|count|exact|observed|7\n"
           "third_party_payments|China|2019|249880000000000|CNY|exact|observed|7\n"
           "transactions_growth|China|2019|35.69|percent|exact|observed|7\n"
           "third_party_payments_growth|China|2019|20.1|percent|exact|observed|7\n", true);
    /* "the number and value of X rose by a% and b%": a of the count, b of
     * the money, both of the year the "when" clause is on */
    expect("Payment Industry Annual Report 2020\n\nGrowth was slower than in 2018, when the number and value of "
           "online payments by non-bank institutions rose by 85.05% and 45.23%.\n",
           "transactions_growth|China|2018|85.05|percent|exact|observed|3\n"
           "third_party_payments_growth|China|2018|45.23|percent|exact|observed|3\n", true);
    /* a table of ranks: each row's rank passed over, the name the next
     * field; the caption's day dates it */
    expect("Caixin Global\n\nLargest Chinese money-market funds by net assets, March 31, 2018\n"
           "Rank  Fund                                          Net assets (billion yuan)\n"
           "1     Tianhong Yu'e Bao Money Market Fund                 1,689.1\n"
           "2     Jianxin Cash Add Money Market Fund                    380.6\n",
           "fund_assets|Tianhong Yu'e Bao Money Market Fund|2018-03-31|1689100000000|CNY|exact|observed|5\n"
           "fund_assets|Jianxin Cash Add Money Market Fund|2018-03-31|380600000000|CNY|exact|observed|6\n", true);
    /* a peak rate per second is no count of transactions */
    expect("Posted on October 20, 2023\n\nThe platform processed 324.562 billion transactions in the third quarter, "
           "and its peak reached 37,681 transactions per second.\n",
           "transactions|China|2023-09|324562000000|count|exact|observed|3\n", true);
    /* the name before a relative clause set off by commas is the subject,
     * whatever names the clause holds, and the whole name */
    expect("Jan. 16, 2014 (Bloomberg) -- The fund grew.\n\nYu'e Bao, which lets users of Alibaba's Alipay payment "
           "service park spare cash in a fund run by Tianhong Asset Management Co., had 49.03 million customers at "
           "the end of 2013.\n\nLingqian Bao, whose name means small change, ended 2013 with 18.5 billion yuan under "
           "management.\n",
           "fund_customers|Yu'e Bao|2013|49030000|people|exact|observed|3\n"
           "fund_assets|Lingqian Bao|2013|18500000000|CNY|exact|observed|5\n", true);
    /* (not past a clause mark: "...; Qihoo, which says its 360 Safe Guard
     * has 300 million users") */
    expect_absent("November 3, 2010 -- Tencent, which has 612.5 million active QQ accounts, accused 360; Qihoo, which "
                  "says its 360 Safe Guard has 300 million users, accused Tencent.\n",
                  "users|Tencent|");
    /* "a further" amount of a level with an increase is an increase; a
     * month of the year of writing after the whole year before is of the
     * year of writing */
    expect("Jan. 16, 2014 (Bloomberg) -- The fund grew.\n\nYu'e Bao ended 2013 with 185.3 billion yuan under "
           "management. It took in a further 64.7 billion yuan in the first 15 days of January.\n",
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|3\n"
           "fund_assets_increase|Yu'e Bao|2014-01|64700000000|CNY|exact|observed|3\n", true);
    /* a net addition over the first half to a level: from the year
     * before's end, not from a year before */
    expect("BEIJING, July 21, 2014 (AP) -- The number of Chinese Internet users grew by 14.42 million in the first "
           "half of the year to 632 million.\n",
           "netizens_increase|China|2014-06|14420000|people|exact|observed|1\n"
           "netizens|China|2013|617580000|people|exact|derived|1\n"
           "netizens|China|2014-06|632000000|people|exact|observed|1\n", true);
}
END_TEST

START_TEST(session37_forms)
{
    /* a rate whose only word of change is its base takes the direction of
     * the change listed before it */
    expect("Mobile payments in China came to 43.31 trillion yuan in Q1 2020, a decrease of 26.78% quarter on quarter "
           "and 9.30% year on year.\n",
           "mobile_payments_growth|China|2020-03|-26.78|percent|exact|observed|1\n"
           "mobile_payments_growth|China|2020-03|-9.3|percent|exact|observed|1\n"
           "mobile_payments|China|2019-03|47750826901874|CNY|about|derived|1\n",
           false);
    expect("In 2019, 37.62 million bill transactions worth 36.41 trillion yuan were processed, down 18.12% and 9.87% "
           "year on year.\n",
           "transactions_growth|China|2019|-18.12|percent|exact|observed|1\n"
           "third_party_payments_growth|China|2019|-9.87|percent|exact|observed|1\n",
           false);
    /* (its own word of change keeps its own: "down 5% on the quarter and
     * up 3% year on year") */
    expect("Mobile payments in China came to 43.31 trillion yuan in Q1 2020, down 26.78% quarter on quarter and up "
           "9.30% year on year.\n",
           "mobile_payments_growth|China|2020-03|9.3|percent|exact|observed|1\n", false);
    /* "network payments" are the central bank's word for what payment
     * institutions process online; "bank card acquiring" is a card service
     * in shops, neither those payments nor a deal */
    expect("Payment institutions processed 82.1 billion network payment transactions in 2015, with a total value of "
           "49.48 trillion yuan.\n",
           "third_party_payments|China|2015|49480000000000|CNY|exact|observed|1\n", false);
    expect_absent("Bank card acquiring by payment institutions came to 20.67 billion transactions worth 13.19 "
                  "trillion yuan in 2015.\n",
                  "acquisition|");
    expect_absent("Online payments were 30 trillion yuan. Bank card acquiring by payment institutions came to 20.67 "
                  "billion transactions worth 13.19 trillion yuan in 2015.\n",
                  "13190000000000");
    /* an aside's date after an entry's own ("renamed Tmall the following
     * year") dates none of the entry's figures */
    expect("Singles' Day\n\nYEAR BY YEAR\n\n2010 -- Sales on Taobao Mall reached 936 million yuan on the day.\n\n"
           "2011 -- Taobao Mall, renamed Tmall the following year, secured orders worth 3.36 billion yuan. Together "
           "with the Taobao marketplace, daily turnover reached 5.2 billion yuan.\n",
           "daily_transaction_volume|Taobao Mall|2010-11-11|936000000|CNY|exact|observed|5\n"
           "daily_transaction_volume|Tmall|2011-11-11|3360000000|CNY|exact|observed|7\n"
           "daily_transaction_volume|Taobao|2011-11-11|5200000000|CNY|exact|observed|7\n",
           true);
    /* (a base derived from a change that the entry before states as
     * another value goes; "that year" names no span of the sales) */
    expect("Singles' Day\n\nYEAR BY YEAR\n\n2017 -- GMV rose 39 per cent to 168.2 billion yuan.\n"
           "2018 -- Sales came to 213.5 billion yuan, up 27 per cent, dwarfing the US$7.9 billion spent online in "
           "the United States on Cyber Monday that year.\n",
           "daily_transaction_volume_growth|China|2017-11-11|39|percent|exact|observed|5\n"
           "daily_transaction_volume|China|2016-11-11|121007194245|CNY|about|derived|5\n"
           "daily_transaction_volume|China|2017-11-11|168200000000|CNY|exact|observed|5\n"
           "daily_transaction_volume|China|2018-11-11|213500000000|CNY|exact|observed|6\n"
           "daily_transaction_volume_growth|China|2018-11-11|27|percent|exact|observed|6\n",
           false);
    expect_absent("Singles' Day\n\nYEAR BY YEAR\n\n2017 -- GMV rose 39 per cent to 168.2 billion yuan.\n"
                  "2018 -- Sales came to 213.5 billion yuan, up 20 per cent.\n",
                  "2017-11-11|177916");
    /* (and the count of orders of an entry's festival: the day's) */
    expect("Singles' Day\n\nYEAR BY YEAR\n\n2012 -- Alipay processed 19.1 billion yuan of transactions on Tmall "
           "and Taobao. Shoppers placed 105.8 million orders.\n",
           "transactions|Alipay|2012-11-11|105800000|count|exact|observed|5\n", false);
    /* an adverb before the verb links the cue to its figure */
    expect("Fund report 2018\n\nThe number of Yu'e Bao holders nevertheless grew 24% during the year to 588 million "
           "at end-2018, from 474 million a year earlier.\n",
           "fund_customers_growth|Yu'e Bao|2018|24|percent|exact|observed|3\n"
           "fund_customers|Yu'e Bao|2018|588000000|people|exact|observed|3\n"
           "fund_customers|Yu'e Bao|2017|474000000|people|exact|observed|3\n",
           true);
    /* an operators' table no caption dates, in a news item of a known
     * day, is of the month its lead dated the country's figure by; a
     * note's mark on a cell ("145.71*") keeps the row */
    expect("China's mobile subscribers up 0.36 pct at 1.28 bln in Sept\nOctober 28, 2014 / 10:21 AM\n\n"
           "BEIJING, Oct 28 (Reuters) - China posted a 0.36 percent monthly increase in the number of mobile "
           "subscribers to about 1.28 billion in September.\n\n"
           "                       China Mobile  China Unicom  China Telecom\n"
           "3G subscribers:\n"
           "  -cumulative no.\n"
           "   of users               244.46       145.71*        112\n\n"
           "Note: All numbers are in millions, unless otherwise stated.\n",
           "3g_users|China Mobile|2014-09|244460000|people|exact|observed|9\n"
           "3g_users|China Unicom|2014-09|145710000|people|exact|observed|9\n"
           "3g_users|China Telecom|2014-09|112000000|people|exact|observed|9\n",
           false);
    /* a web page's time to read under a headline names nobody */
    expect_absent("China's mobile subscribers up 0.36 pct on month at 1.28 bln in Sept\n"
                  "October 28, 2014 / 10:21 AM / 2 Min Read\n\nBEIJING, Oct 28 (Reuters) - Subscribers grew.\n",
                  "Min Read");
    /* a column of codes after the ranks ("Fund code") is passed over:
     * the rows' names are the next column's */
    expect("Table 3  Largest money market funds by net asset value, end of Q2 2021\n"
           "                                          Unit: 100 million yuan\n\n"
           "   Rank  Fund code  Fund name                           NAV\n"
           "   --------------------------------------------------------------\n"
           "   1     000198     Tianhong Yu'e Bao MMF               7,491.80\n"
           "   2     000009     E Fund Tianyi MMF                   2,138.65\n",
           "fund_assets|Tianhong Yu'e Bao MMF|2021-06|749180000000|CNY|exact|observed|6\n"
           "fund_assets|E Fund Tianyi MMF|2021-06|213865000000|CNY|exact|observed|7\n",
           true);
    /* "Of this, ..." opens a part of the total the paragraph before
     * dated */
    expect("Asset Management Association of China\nAugust 20, 2021\n\nAs of the end of July 2021, the total net asset "
           "value of public funds was RMB 23.54 trillion.\n\nOf this, the net asset value of money market funds was "
           "RMB 9.73 trillion.\n",
           "fund_assets|public funds|2021-07|23540000000000|CNY|exact|observed|4\n"
           "fund_assets|money market funds|2021-07|9730000000000|CNY|exact|observed|6\n",
           true);
    /* a quarter's subscriptions are no day's */
    expect_absent("Yu'e Bao Quarterly Report, First Quarter 2014\n\nDuring the quarter the fund received subscriptions "
                  "of 929.78 billion yuan and redemptions of 573.85 billion yuan.\n",
                  "fund_daily_subscriptions|");
    /* a change's row named by the first word of a level's row above it,
     * a comma between: "Mobile, growth y-o-y (%)" under "Mobile payments" */
    expect("Table 1: Third-party payment transaction volume in China, 2012-2016\n(RMB trillion)\n\n"
           "                                   2013     2014\n"
           "Internet (PC) payments             5.37     8.08\n"
           "Mobile payments                    1.22     5.99\n"
           "Total                              6.59    14.07\n"
           "Mobile, growth y-o-y (%)          713.3    391.0\n",
           "mobile_payments_growth|China|2013|713.3|percent|exact|observed|8\n"
           "mobile_payments_growth|China|2014|391|percent|exact|observed|8\n",
           false);
    /* an increase "since" a month is counted from that month's level */
    expect("China's Internet users totaled 1.079 billion by June 2023, an increase of 11.09 million since December "
           "2022.\n",
           "netizens|China|2023-06|1079000000|people|exact|observed|1\n"
           "netizens_increase|China|2023-06|11090000|people|exact|observed|1\n"
           "netizens|China|2022|1067910000|people|exact|derived|1\n",
           true);
    /* (and the change of the country's count in December is the year's,
     * as the count is) */
    expect("The number of Chinese internet users reached 989 million in December 2020, an increase of 85.4 million "
           "since March 2020.\n",
           "netizens|China|2020|989000000|people|exact|observed|1\n"
           "netizens_increase|China|2020|85400000|people|exact|observed|1\n"
           "netizens|China|2020-03|903600000|people|exact|derived|1\n",
           true);
    /* a rate "up" or "down" after a verb of moving, or alone, and the
     * level it led to: "edged down 2.43% to", "were up 5% to" (not "signed
     * up 402 million": a count after a phrasal verb is no change) */
    expect("AMAC July 2021\n\nQDII fund assets edged down 2.43% to RMB 172.41 billion. Mobile payments were up 5% to 3 "
           "trillion yuan in 2015.\n",
           "fund_assets_growth|QDII funds|2021-07|-2.43|percent|exact|observed|3\n"
           "fund_assets|QDII funds|2021-07|172410000000|CNY|exact|observed|3\n"
           "mobile_payments_growth|China|2015|5|percent|exact|observed|3\n",
           false);
    expect_absent("China's three carriers had signed up 402 million 3G subscribers by the end of 2013, up from 233 "
                  "million a year earlier.\n",
                  "3g_users_increase|");
    /* a count "newly added" after its noun, then the total it brought:
     * the total is of what the noun counts */
    expect("MIIT bulletin 2012\n\nIn 2012, 229,000 3G base stations were newly added, bringing the total to 1.043 "
           "million.\n",
           "3g_base_stations_increase|China|2012|229000|count|exact|observed|3\n"
           "3g_base_stations|China|2011|814000|count|exact|derived|3\n"
           "3g_base_stations|China|2012|1043000|count|exact|observed|3\n",
           true);
    /* a sentence wrapped after its figure is no title waiting for the
     * text under it to date it: a later item's day stays the item's */
    expect("Published: 2018/3/13 22:38:40\n\nBike-sharing firm Mobike announced Tuesday that it had raised another "
           "866\nmillion US dollars in its latest round of funding led by Tencent.\n\n* Tencent leads Mobike funding "
           "round                    2018-03-14\n  Mobike said it has secured USD 866 million in a new round of "
           "financing.\n",
           "funding_round|Mobike|2018-03-13|866000000|USD|exact|observed|3\n", false);
    /* a day's figure of a text on Singles' Day, dated by its month alone,
     * is the festival's (not where its sentence names its days) */
    expect("Alibaba smashes Singles Day record\nPUBLISHED : Sunday, 12 November, 2017, 1:02am\n\nAlibaba notched up "
           "total takings of 168.2 billion yuan on Singles Day.\n\n\"168.2 billion yuan in sales is not only a record "
           "in China, but also a\nrecord worldwide,\" said Alibaba chief executive Daniel Zhang.\n\nJD.com said GMV "
           "in the period from Nov 1 to Nov 11 was 130 billion yuan.\n",
           "daily_transaction_volume|Alibaba|2017-11-11|168200000000|CNY|exact|observed|4\n"
           "daily_transaction_volume|Alibaba|2017-11-11|168200000000|CNY|exact|observed|6\n"
           "ecommerce_turnover|JD.com|2017-11|130000000000|CNY|exact|observed|9\n",
           true);
    /* a name the text writes in lower case, learnt where it stands after
     * a company's noun, is a name wherever the text names it again; no
     * word of the language is learnt so ("the payment firm also said") */
    expect("Published: 2018/3/13 22:38:40\n\nChina's bike-sharing service ofo announced Tuesday that it had raised "
           "866 million US dollars.\n\nFounded in 2014, ofo shot to fame with public bikes.\n\nThe new round marked "
           "its highest so far, following a 700-million-dollars funding round last July.\n\nThe Hangzhou-based "
           "payment firm also said it had 520 million users at the end of 2017.\n",
           "funding_round|ofo|2018-03-13|866000000|USD|exact|observed|3\n"
           "funding_round|ofo|2017-07|700000000|USD|exact|observed|7\n",
           true);
    /* a title the text under it states with the title's own date keeps
     * it: a related item of the next day further down is another telling */
    expect("Mobike raises 866 mln USD in new round of funding\n\nPublished: 2018/3/13 22:38:40\n\nBike-sharing firm "
           "Mobike announced Tuesday that it had raised another 866 million US dollars in its latest round.\n\nThe "
           "company operates in 200 cities.\n\n* Tencent leads Mobike funding round                    2018-03-14\n"
           "  Mobike said it has secured USD 866 million in a new round of financing.\n",
           "funding_round|Mobike|2018-03-13|866000000|USD|exact|observed|1\n"
           "funding_round|Mobike|2018-03-13|866000000|USD|exact|observed|5\n",
           false);
    /* a listed item's headline with its day last, past a wide gap, dates
     * the item's text as its own dateline would */
    expect("Published: 2018/3/13 22:38:40\n\nMobike said on Tuesday it had 200 million users.\n\nRELATED ARTICLES\n\n* "
           "Mobike becomes a bike-sharing unicorn after giant fundraising     2017-02-28\n  A bruising battle just "
           "ramped up a notch. Mobike has raised $450 million from backers,\n  taking its valuation to more than $1 "
           "billion.\n",
           "users|Mobike|2018-03-13|200000000|people|exact|observed|3\n"
           "funding_round|Mobike|2017-02-28|450000000|USD|exact|observed|8\n"
           "valuation|Mobike|2017-02-28|1000000000|USD|more_than|observed|9\n",
           true);
    /* a clause's cue its first name owns is that name's, and a date
     * further on in the figure's own clause beats another clause's */
    expect("Published: 2018/3/14 22:38:40\n\nLast July Ofo received financing of USD 700 million led by Alibaba, "
           "while Mobike's latest round was USD 600 million in a Series E round led by Tencent Holdings last June.\n",
           "funding_round|Ofo|2017-07|700000000|USD|exact|observed|3\n"
           "funding_round|Mobike|2017-06|600000000|USD|exact|observed|3\n",
           true);
    /* a relative clause in the present is the figure's own: no year the
     * paragraph spoke of before dates it */
    expect("Published: 2018/3/14 22:38:40\n\nIn June 2017, Ofo raised USD 600 million. Analysts said the financing "
           "would postpone its long-rumoured merger with Mobike, which has a valuation of USD 1.5 billion.\n",
           "funding_round|Ofo|2017-06|600000000|USD|exact|observed|3\n"
           "valuation|Mobike|2018-03-14|1500000000|USD|exact|observed|3\n",
           true);
    /* the CNNIC named anywhere in an item makes its undated national
     * figures of July the half-year's just ended, as if named first */
    expect("China Internet population reaches 632 million\nJuly 21, 2014 | AFP\n\nChina is now home to 632 million "
           "Internet users, a government agency said Monday.\n\nThe figures come from the China Internet Network "
           "Information Centre (CNNIC).\n",
           "netizens|China|2014-06|632000000|people|exact|observed|1\n", false);
    /* a date right after a superlative spans the ranking, not the
     * figure ("the biggest in 2016"); "its latest round in 2014" is a
     * time's */
    expect("2017-11-13\n\nThe HK$4.12 billion IPO by Razer was the biggest in 2016.\n\nXiaomi raised 1.1 billion U.S. "
           "dollars in its latest round in 2014.\n",
           "ipo_raise|Razer|2017-11-13|4120000000|HKD|exact|observed|3\n"
           "|Xiaomi|2014|1100000000|USD|exact|observed|5\n",
           true);
    /* money raised in a round is no listing's, under a title on one */
    expect("Razer IPO news\n\nXiaomi raised 1.1 billion U.S. dollars in its latest round in 2014.\n",
           "funding_round|Xiaomi|2014|1100000000|USD|exact|observed|3\n", true);
    /* the penetration rate under its other English names */
    expect("By the end of June 2019, the number of netizens reached 854 million, with the internet availability "
           "rate reaching 61.2 percent.\n",
           "internet_penetration|China|2019-06|61.2|percent|exact|observed|1\n", false);
    /* a start without a date that goes with a dated one of the same end
     * is of that start's date, whatever the figures' kinds, either way
     * round */
    expect("August 19, 2022\n\nThe number of internet users rose from 564 million in 2012 to 1.03 billion last year, "
           "while the internet penetration rate increased from 42.1 percent to 73 percent.\n\nThe number of internet "
           "users rose to 1.03 billion last year from 564 million in 2012, while the internet penetration rate "
           "increased to 73 percent from 42.1 percent during that period.\n",
           "internet_penetration|China|2012|42.1|percent|exact|observed|3\n"
           "internet_penetration|China|2021|73|percent|exact|observed|3\n"
           "internet_penetration|China|2021|73|percent|exact|observed|5\n"
           "internet_penetration|China|2012|42.1|percent|exact|observed|5\n",
           false);
    /* a change of the country's count whose level is found only after
     * the dates, in an item of January, is of the year just ended, as the
     * level is */
    expect("China has 731 mn internet users\nBeijing, Jan 23, 2017 (IANS)\n\nChina has 731 million internet users, "
           "according to a report.\n\nThe number of web users grew by 6.2 per cent from the previous year, a report "
           "by the China Internet Network Information Centre said.\n",
           "netizens|China|2016|731000000|people|exact|observed|4\n"
           "netizens_growth|China|2016|6.2|percent|exact|observed|6\n"
           "netizens|China|2015|688323917|people|about|derived|6\n",
           false);
    /* (not money's, nor a flow counted by the day: a holiday's) */
    expect("Online payments rise 10 pct during Spring Festival holiday\n2024-02-19  |  Caixin\n\nTransactions in "
           "retail rose by more than 20% in both number and value, the central bank said.\n",
           "|China|2024|10|percent|exact|observed|1\n", false);
    /* "growth rate" before a qualifier and its rate */
    expect("Beijing, Jan 23, 2017 (IANS)\n\nSome 695 million netizens used mobile phones to access the internet in "
           "2016, with a growth rate exceeding 10 per cent for the third straight year, the report said.\n",
           "mobile_netizens|China|2016|695000000|people|about|observed|3\n"
           "mobile_netizens_growth|China|2016|10|percent|more_than|observed|3\n",
           false);
    /* 3G users by their handset's word */
    expect("November 2011 | ARC China\n\nChina's 3G cellphone users reached 102 million by the end of September.\n",
           "3g_users|China|2011-09|102000000|people|exact|observed|3\n", true);
    /* a table whose field names stand over two dates each (ISO months),
     * its units closed on a line of their own, a name wrapped over two
     * lines and "of which:" alone on its line */
    expect("Table 1  Public funds by type, end of March 2022\n\n"
           "                    Number of    Shares             Net asset value\n"
           "  Fund type         funds        (100 million       (100 million\n"
           "                                 units)             yuan)\n"
           "                    2022-03-31   2022-03   2022-02  2022-03      2022-02\n"
           "  ---------------------------------------------------------------------------\n"
           "  Closed-end funds     1,200     30,100.50 29,900.25  29,000.10  28,500.20\n"
           "   of which:\n"
           "   Equity funds        1,800     14,000.10 13,900.20  23,000.30  23,400.40\n"
           "   Money market\n"
           "   funds                 330     98,000.50 95,000.60  96,000.70  93,000.80\n"
           "  ---------------------------------------------------------------------------\n"
           "  Total                9,000    205,000.10 200,000.20 240,000.30 235,000.40\n",
           "fund_assets|Closed-end funds|2022-03|2900010000000|CNY|exact|observed|8\n"
           "fund_assets|Closed-end funds|2022-02|2850020000000|CNY|exact|observed|8\n"
           "fund_assets|Equity funds|2022-03|2300030000000|CNY|exact|observed|10\n"
           "fund_assets|Equity funds|2022-02|2340040000000|CNY|exact|observed|10\n"
           "fund_assets|Money market funds|2022-03|9600070000000|CNY|exact|observed|12\n"
           "fund_assets|Money market funds|2022-02|9300080000000|CNY|exact|observed|12\n"
           "fund_assets|China|2022-03|24000030000000|CNY|exact|observed|14\n"
           "fund_assets|China|2022-02|23500040000000|CNY|exact|observed|14\n",
           true);
    /* a start's aside in brackets dates it, and the level the start led
     * to past the aside is of the start's indicator; a source's day in
     * brackets is no aside */
    expect("2012-02-06 | AsianInvestor | China funds\n\nThe AUM of principal guaranteed funds more than doubled from "
           "Rmb22.8 billion (five funds in 2010) to Rmb51.8 billion (22 funds in 2011); and money market funds also "
           "grew from Rmb153.3 billion (46 funds in 2010) to Rmb276.8 billion (51 funds in 2011).\n",
           "fund_assets|principal guaranteed funds|2010|22800000000|CNY|exact|observed|3\n"
           "fund_assets|principal guaranteed funds|2011|51800000000|CNY|exact|observed|3\n"
           "fund_assets|money market funds|2010|153300000000|CNY|exact|observed|3\n"
           "fund_assets|money market funds|2011|276800000000|CNY|exact|observed|3\n",
           true);
    expect("iResearch data\n\nMobile payment in Q2 2018 was 50.1 trillion Yuan, a QoQ growth of 3.8% (iResearch, March "
           "12, 2019).\n",
           "mobile_payments_growth|China|2018-06|3.8|percent|exact|observed|3\n", false);
    /* a pronoun's level opening a block counts what the block before
     * counted last; "that year" with no year before it in its block is
     * the last year a block before named */
    expect("Asia Asset Management -- 15 August 2017\n\nFormed May 29, 2013, Yu'e Bao's initial scale was only CNY200 "
           "million, but on June 14 of that year, it allied with Alipay, allowing users to pay directly with the "
           "former, triggering its sharp growth.\nIt rose to CNY55.7 billion and CNY185.3 billion at the end of that "
           "year and had surged to CNY574.2 billion by the end of 2014's second quarter.\n",
           "fund_assets|Yu'e Bao|2013-05-29|200000000|CNY|exact|observed|3\n"
           "fund_assets|Yu'e Bao|2013|55700000000|CNY|exact|observed|4\n"
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|4\n"
           "fund_assets|Yu'e Bao|2014-06|574200000000|CNY|exact|observed|4\n",
           true);
    /* ", from" alone before a figure compares it with the level before */
    expect("2012-02-06 | AsianInvestor | China funds\n\nIndustry assets totalled Rmb2.17 trillion ($344 billion) at the "
           "end of 2011, from Rmb2.48 trillion the year before.\n",
           "fund_assets|money market funds|2011|2170000000000|CNY|exact|observed|3\n"
           "fund_assets|money market funds|2010|2480000000000|CNY|exact|observed|3\n",
           true);
    /* a section's required words hold for the level a change's subject
     * names too: bare "users" is a CNNIC report's count only where the
     * sentence cites the report */
    expect_absent("Updated: 2017/01/23 10:12\n\nMIIT released the telecom report for 2016. 2G mobile phone users "
                  "decreased by 184 million and accounted for 28.8% of mobile phone users.\n",
                  "netizens_increase|");
    /* a festival's sales over a span of days ("1-11 November", "the
     * 11-day window") are the month's, no day's */
    expect("Singles' Day chronology\n\n2020\n- 1-11 November: Alibaba's GMV over the 11-day window totals 498.2 billion "
           "yuan.\n- 11 November: Tmall's GMV reaches 268.4 billion yuan.\n",
           "ecommerce_turnover|Alibaba|2020-11|498200000000|CNY|exact|observed|4\n"
           "daily_transaction_volume|Tmall|2020-11-11|268400000000|CNY|exact|observed|5\n",
           true);
    /* money named before its orders is their value */
    expect("Singles' Day chronology\n\n2020\n- 1-11 November: JD.com reports 271.5 billion yuan of orders, up 32.8 "
           "percent.\n",
           "ecommerce_turnover|JD.com|2020-11|271500000000|CNY|exact|observed|4\n"
           "ecommerce_turnover_growth|JD.com|2020-11|32.8|percent|exact|observed|4\n",
           false);
    /* no day's money where its clause names several days or a span of
     * days before it dates it (another clause's days are its own) */
    expect("Alibaba Group Holding, Nov 12, 2021\n\nAlibaba said its 11-day Singles' Day shopping festival ended at "
           "midnight on Thursday with 540.3 billion yuan in gross merchandise volume.\n\nDuring the 2020 \"Double 11\" "
           "shopping festival, which Alibaba stretched to eleven days (November 1-11), Tmall recorded gross "
           "merchandise volume of RMB 498.2 billion.\n\nThe festival on Nov. 11, 2017 set records: Tmall generated "
           "168.2 billion yuan in sales in 24 hours, while JD.com reported orders worth 127.1 billion yuan over an "
           "11-day promotion.\n",
           "ecommerce_turnover|Alibaba|2021-11|540300000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|Tmall|2020-11|498200000000|CNY|exact|observed|5\n"
           "daily_transaction_volume|Tmall|2017-11-11|168200000000|CNY|exact|observed|7\n",
           false);
    /* a change's own month of the year its level is dated by makes the
     * level that month's too */
    expect("[1] english.china.org.cn  |  2006-07-20  |  archive\n\nThe number of websites in China has reached "
           "788,400, and 90,000 were added in the first half of 2006.\n",
           "websites|China|2006-06|788400|count|exact|observed|3\n"
           "websites_increase|China|2006-06|90000|count|exact|observed|3\n"
           "websites|China|2005|698400|count|exact|derived|3\n",
           true);
    /* a first half's flow dated by a date later in its clause is of the
     * half's last month, as one right after it is */
    expect("Alipay news\n\nAlipay processed 1.2 trillion yuan of mobile payments through its apps and websites and "
           "partner stores in rural and urban areas in the first half of 2019.\n",
           "mobile_payments|Alipay|2019-06|1200000000000|CNY|exact|observed|3\n", true);
    /* (nor after a noun of many companies: "companies are" names none) */
    expect_absent("China Daily, 2013\n\nFour of the companies in the top 10 list of China's largest fund management "
                  "companies are owned by large banks, with the net asset value of each company close to 100 billion "
                  "yuan.\n",
                  "|are|");
    /* a sentence's first word in capitals before a company's noun and its
     * name is the trade, no name */
    expect_absent("Singles Day 2018\n\nLogistics arm Cainiao handled 1.04 billion delivery orders on November 11. "
                  "Sales came to 213.5 billion yuan on the day.\n",
                  "|Logistics|");
    /* the value of "these transactions" is what the count of the sentence
     * before was worth */
    expect("PBC data, August 2018\n\nThe country's banks processed 14.92bn mobile payment transactions in Q2, up 73% "
           "year on year. The value of these transactions totalled 62.88tn yuan, up 60% year on year.\n",
           "mobile_payments|China|2018-06|62880000000000|CNY|exact|observed|3\n"
           "mobile_payments_growth|China|2018-06|60|percent|exact|observed|3\n",
           false);
    /* rows named by their measure under a caption of payments and a unit
     * line of a count's unit and money's: the count of their transactions
     * and their money */
    expect("Table 2-3  Mobile payments handled by banking financial institutions,\n           2012-2014\n"
           "           Unit: 100 million transactions; trillion yuan\n\n"
           "              2012      2013      2014\n"
           "  ----------------------------------------\n"
           "  Number      5.35     16.74     45.24\n"
           "  Amount      2.31      9.64     22.59\n",
           "transactions|China|2012|535000000|count|exact|observed|7\n"
           "transactions|China|2014|4524000000|count|exact|observed|7\n"
           "mobile_payments|China|2012|2310000000000|CNY|exact|observed|8\n"
           "mobile_payments|China|2013|9640000000000|CNY|exact|observed|8\n"
           "mobile_payments|China|2014|22590000000000|CNY|exact|observed|8\n",
           false);
    /* (or quarters without their year, the caption's; the fourth is
     * December's, no year's) */
    expect("Table 2  Mobile payments handled by banks, by quarter, 2017\n"
           "                     Unit: 100 million transactions; trillion yuan\n\n"
           "                        Q1          Q2          Q3          Q4\n"
           "  Number             80.34       85.42       99.86      109.90\n"
           "  Amount             47.28       49.87       51.46       54.32\n",
           "transactions|China|2017-03|8034000000|count|exact|observed|5\n"
           "transactions|China|2017-12|10990000000|count|exact|observed|5\n"
           "mobile_payments|China|2017-03|47280000000000|CNY|exact|observed|6\n"
           "mobile_payments|China|2017-12|54320000000000|CNY|exact|observed|6\n",
           false);
    /* "racks up", "rang up": the sum a sale reached, no rise */
    expect("JD.com's mid-year festival racks up 343.8 billion yuan in orders in June 2021.",
           "ecommerce_turnover|JD.com|2021-06|343800000000|CNY|exact|observed|1\n", true);
    expect("In 2019 the shopping festival rang up 268.4 billion yuan in orders.",
           "ecommerce_turnover|China|2019|268400000000|CNY|exact|observed|1\n", true);
    /* a level compared with past the change's own words: "an increase of
     * 14 per cent in US dollar terms over last year's US$74.1 billion" is
     * last year's level, stated; no level derived from the dollars' rise */
    expect("Alibaba said its shopping festival ended in November 2021 with 540.3 billion yuan in gross merchandise "
           "volume, an increase of 14 per cent in US dollar terms over last year's US$74.1 billion haul.",
           "ecommerce_turnover|Alibaba|2021-11|540300000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|Alibaba|2021-11|14|percent|exact|observed|1\n"
           "ecommerce_turnover|Alibaba|2020-11|74100000000|USD|exact|observed|1\n",
           false);
    /* a figure of several days is the month's, its restatement in
     * brackets no end of its clause, the dateline's day no day of it; and
     * last year's level it is compared with is last year's month's */
    expect("SHANGHAI, Nov 11, 2021 (Reuters) - Alibaba Group recorded 540.3 billion yuan ($84.54 billion) in "
           "orders over its 11-day Singles' Day sales event, an 8.5% increase over last year's 498.2 billion yuan.",
           "ecommerce_turnover|Alibaba Group|2021-11|540300000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|Alibaba Group|2021-11|8.5|percent|exact|observed|1\n"
           "ecommerce_turnover|Alibaba Group|2020-11|498200000000|CNY|exact|observed|1\n",
           false);
    /* ", reaching": what opens the clause before its comma counts it,
     * past "of which" and a share of its own */
    expect("The total number of domain names in China was 16.826 million in 2008, of which .CN domain names "
           "accounted for 80.7%, reaching 13.572 million.",
           "domain_names|China|2008|16826000|count|exact|observed|1\n"
           "cn_domain_names|China|2008|13572000|count|exact|observed|1\n",
           true);
    expect("In the meantime, mobile Internet users continued to maintain a good momentum of growth in 2013, reaching "
           "500 million.",
           "mobile_netizens|China|2013|500000000|people|exact|observed|1\n", true);
    /* a fund's size, what it holds, the people who bought it */
    expect("When Yu'E Bao was set up in 2013 its size was 200 million yuan.",
           "fund_assets|Yu'E Bao|2013|200000000|CNY|exact|observed|1\n", true);
    expect("In the money market, Yu'e Bao was holding nearly 1.43 trillion yuan at the end of June 2017.",
           "fund_assets|Yu'e Bao|2017-06|1430000000000|CNY|nearly|observed|1\n", true);
    expect("By the end of 2013, 43.03 million people had purchased the Yu'E Bao money fund.",
           "fund_customers|Yu'E Bao|2013|43030000|people|exact|observed|1\n", true);
    /* an amount right after a verb of change is the change, with no
     * level after it too; the level it went "up from" it cannot be */
    expect("The number of .cn domains rose 5.3 million in 2021.",
           "cn_domain_names_increase|China|2021|5300000|count|exact|observed|1\n", true);
    expect("Yu'e Bao's funds increased nearly 300 billion yuan in the second quarter of 2017, up from 1.14 trillion "
           "yuan in the first quarter.",
           "fund_assets_increase|Yu'e Bao|2017-06|300000000000|CNY|nearly|observed|1\n"
           "fund_assets|Yu'e Bao|2017-03|1140000000000|CNY|exact|observed|1\n",
           false);
    /* (but a change compared with one that it can be "up from" is one) */
    expect("Netizens increased by 30 million in the second quarter of 2017, up from 20 million in the first quarter.",
           "netizens_increase|China|2017-06|30000000|people|exact|observed|1\n"
           "netizens_increase|China|2017-03|20000000|people|exact|observed|1\n",
           true);
    /* ", gaining": what the level gained */
    expect("China's public offering fund volume reached 3.83 trillion yuan by September 2014, gaining 300 billion "
           "yuan in the third quarter.",
           "fund_assets|public offering funds|2014-09|3830000000000|CNY|exact|observed|1\n"
           "fund_assets_increase|public offering funds|2014-09|300000000000|CNY|exact|observed|1\n",
           true);
    /* a dateline's agencies and day in brackets name nobody; the time a
     * sentence opens comparing with dates the figure the change went from */
    expect("BEIJING, (UrduPoint / Pakistan Point News - 24th Feb, 2024) The assets under the management of China's "
           "public offering funds reached 27.36 trillion Yuan in January.\n\n"
           "Compared to 2023, the figure went down from 27.6 trillion yuan, the association said.",
           "fund_assets|public offering funds|2024-01|27360000000000|CNY|exact|observed|1\n"
           "fund_assets|public offering funds|2023|27600000000000|CNY|exact|observed|3\n",
           true);
    /* the level compared with past a count of funds, and its time past
     * another */
    expect("Total AUM for balanced funds also fell to Rmb548.4 billion across 176 funds in 2011, compared with "
           "Rmb741.4 billion from 167 funds the previous year.",
           "fund_assets|balanced funds|2011|548400000000|CNY|exact|observed|1\n"
           "fund_assets|balanced funds|2010|741400000000|CNY|exact|observed|1\n",
           true);
    /* "the fund management firms" is no "the fund"; "that of" a second
     * kind "had come to" its figure */
    expect("As of October 2019, the total net asset value of closed-end funds managed by the fund management firms "
           "had amounted to 1.27 trillion yuan and that of open-end funds had come to 12.64 trillion yuan.",
           "fund_assets|closed end funds|2019-10|1270000000000|CNY|exact|observed|1\n"
           "fund_assets|open end funds|2019-10|12640000000000|CNY|exact|observed|1\n",
           true);
    /* a subject's aside set off by dashes or commas before its verb */
    expect("Gross merchandise volume (GMV) \xE2\x80\x93 the total value of goods sold across the group's platforms "
           "\xE2\x80\x93 reached 268.4 billion yuan in 2019.",
           "ecommerce_turnover|China|2019|268400000000|CNY|exact|observed|1\n", true);
    expect("Gross merchandise volume, the total value of goods sold across the group's platforms, reached 268.4 "
           "billion yuan in 2019.",
           "ecommerce_turnover|China|2019|268400000000|CNY|exact|observed|1\n", true);
    /* a level compared with a day's level, dated from it, is that day's */
    expect("Alibaba's Singles' Day sales hit record 268.4 billion yuan, but growth slows\n"
           "to 26 per cent\n\n"
           "- GMV across Alibaba's platforms rose to 268.4 billion yuan (US$38.4 billion),\n"
           "  up from 213.5 billion yuan a year earlier\n\n"
           "Published: 12:05am, 12 Nov, 2019\n",
           "daily_transaction_volume|Alibaba|2018-11-11|213500000000|CNY|exact|observed|5\n", false);
    /* figures listed before as many dates listed: each its own, in order */
    expect("Netizens numbered 500 million and 600 million at the end of 2012 and 2013 respectively.",
           "netizens|China|2012|500000000|people|exact|observed|1\n"
           "netizens|China|2013|600000000|people|exact|observed|1\n",
           true);
    expect("Yu'e Bao fund assets rose to CNY55.7 billion and CNY185.3 billion at the end of September and December "
           "2013.",
           "fund_assets|Yu'e Bao|2013-09|55700000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2013-12|185300000000|CNY|exact|observed|1\n",
           true);
    expect("China's money market funds as a whole grew by 23.69% and 6.79% quarter on quarter in the third and "
           "fourth quarters of 2017, according to AMAC.",
           "fund_assets_growth|money market funds|2017-09|23.69|percent|exact|observed|1\n"
           "fund_assets_growth|money market funds|2017-12|6.79|percent|exact|observed|1\n",
           true);
    /* (and what a fund started with at its founding is of that day; "that
     * year" is the one named before) */
    expect("Formed May 29, 2013, Yu'e Bao started with only CNY200 million. It rose to CNY55.7 billion and CNY185.3 "
           "billion at the end of the third and fourth quarters of that year.",
           "fund_assets|Yu'e Bao|2013-05-29|200000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2013-09|55700000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2013-12|185300000000|CNY|exact|observed|1\n",
           true);
    /* an adverb of the verb's time is no word between a figure and its cue */
    expect("In 2005 more than 100 million of China's residents currently surf the Web.",
           "netizens|China|2005|100000000|people|more_than|observed|1\n", true);
    /* a perfect's participle of change: "had fallen", "had grown" */
    expect("The number of Chinese microblog users, including those of Sina Weibo, had fallen 9 percent in 2013 to "
           "281 million.",
           "microblog_users_growth|China|2013|-9|percent|exact|observed|1\n"
           "microblog_users|China|2013|281000000|people|exact|observed|1\n",
           false);
    expect("By December 2009, China's IPv4 addresses had grown 28.2% in one year.",
           "ipv4_addresses_growth|China|2009|28.2|percent|exact|observed|1\n", true);
    /* "in the same quarter of 2020" dates the level compared with, under
     * a heading of the quarter */
    expect("Fourth Quarter 2021 Unaudited Financial Results\n\n"
           "Total revenues were RMB27,230.9 million, an increase of 3% from RMB26,547.7 million in the same quarter "
           "of 2020.",
           "revenue|China|2021-12|27230900000|CNY|exact|observed|3\n"
           "revenue_growth|China|2021-12|3|percent|exact|observed|3\n"
           "revenue|China|2020-12|26547700000|CNY|exact|observed|3\n",
           true);
    /* "there are" states what holds at the paragraph's date, in an item
     * written years later */
    expect("The Internet Timeline of China (2008)\n2012/09/04 11:11author:\n\n"
           "1. According to CNNIC, by December 31, 2007, the number of Internet users in China has reached up to "
           "210 million. There are totally 11,931,277 domain names in China.\n",
           "netizens|China|2007|210000000|people|exact|observed|4\n"
           "domain_names|China|2007|11931277|count|exact|observed|4\n",
           true);
    /* a year alone on its line heads the entries under it, even after a
     * long line of the entry above; an ordinal opening the next line is
     * no day of a month that ends one */
    expect("Three decades of the internet in China\n"
           "2017\n"
           "Cryptocurrency is banned, but blockchain, its underlying system, is adopted across industries\n"
           "2019\n"
           "Retail livestreamer Li Jiaqi makes sales totaling over 1 billion yuan during the Singles Day online "
           "shopping festival\n",
           "daily_transaction_volume|Li Jiaqi|2019-11-11|1000000000|CNY|more_than|observed|5\n", true);
    expect("In 2023 the number of internet users in China reaches 1.079 billion as of June\n"
           "  10th World Internet Conference Wuzhen Summit opens\n",
           "netizens|China|2023-06|1079000000|people|exact|observed|1\n", true);
    /* a multiple's year ("618 times that of 1997") and a change's base
     * ("a 1.5% increase from December 2023") frame no sentence after them;
     * "the previous year" is the one before the year its sentence named;
     * "by May" is a month */
    expect("By the end of 2009 the number of netizens in China had reached 384 million, 618 times that of 1997. "
           "There were 3.23 million websites running in China, 2,152 times that of 1997. Of all the netizens, 233 "
           "million used mobile phones to access the Internet, and 16.83 million domain names were registered, of "
           "which 13.46 million used the national top-level domain \".CN\".",
           "mobile_netizens|China|2009|233000000|people|exact|observed|1\n"
           "cn_domain_names|China|2009|13460000|count|exact|observed|1\n",
           false);
    expect("E-commerce is developing rapidly. In 2008 the volume of e-commerce transactions in China exceeded 3 "
           "trillion yuan. Online shopping is becoming ever more popular: in 2009 online shopping turnover reached "
           "about 250 billion yuan, up some 93% from the 128.2 billion yuan of the previous year.",
           "ecommerce_turnover|China|2008|128200000000|CNY|exact|observed|1\n", false);
    expect("According to the Report, as of June 2024, the number of internet users in China has reached 1.1 billion. "
           "As of June, the number of IPv6 addresses was 69,080 blocks/32, a 1.5% increase from December 2023; by "
           "May, the number of active IPv6 users had reached 794 million. As of June, the total number of domains "
           "in China was 31.87 million.",
           /* (the users of IPv6 are no product's active users) */
           "domain_names|China|2024-06|31870000|count|exact|observed|1\n",
           false);
    /* the netizens who connect by broadband are the broadband part */
    expect_none("In 2006 about 77 million netizens connect to the Internet by broadband.");
    /* "more than six months ago" is a comparison's time, no frame of the
     * sentence after it; a June's level "up from six months ago" is from
     * the year before's end */
    expect("[1] china.org.cn  |  2006-07-20\n\n"
           "The report says that total domain names in China have reached 2,950,500 by June 30, 2006, which is "
           "36000 more than six months ago. And the number of IPv4 addresses in the country has hit 84.78 million.",
           "ipv4_addresses|China|2006-06-30|84780000|count|exact|observed|3\n", false);
    expect("BEIJING, Aug. 20, 2018 (Xinhua) -- The number of China's online users hit 802 million at the end of "
           "June, up 3.8 percent from six months ago.",
           "netizens|China|2017|772639692|people|about|derived|1\n", false);
    /* what a multiple compares a change with is a level: "a near tripling
     * compared with 1.96 trillion yuan" */
    expect("By July 2017 money market fund assets had increased by 3.89 trillion yuan, a near tripling compared "
           "with 1.96 trillion yuan at the end of 2014.",
           "fund_assets|money market funds|2014|1960000000000|CNY|exact|observed|1\n", false);
    expect_absent("By July 2017 money market fund assets had increased by 3.89 trillion yuan, a near tripling compared "
                  "with 1.96 trillion yuan at the end of 2014.",
                  "fund_assets_increase|money market funds|2014");
    /* an item's source line with the time of day before its date */
    expect("News clippings 2017\n=====\n\n[3] Some item | 2017-08-01\n\n"
           "Fund assets reached 10 trillion yuan by the end of July.\n\n-----\n"
           "[4] Xinhua | 15:09, August 28, 2021\n\n"
           "BEIJING, Aug. 28 (Xinhua) -- Assets under management of public offering funds in China climbed to 23.54 "
           "trillion yuan by the end of July.\n",
           "fund_assets|public offering funds|2021-07|23540000000000|CNY|exact|observed|11\n", false);
    /* a fund's report whose first line names the fund with its brand in
     * brackets speaks of that fund */
    expect("Tianhong Zenglibao Money Market Fund (Yu'e Bao)\nQuarterly Report for the First Quarter of 2014\n\n"
           "Fund manager: Tianhong Asset Management Co., Ltd.\nReport date: April 18, 2014\n\n"
           "The fund's size nearly tripled during the quarter. Net assets rose to 541.28 billion yuan at the end of "
           "March.\n",
           "fund_assets|Tianhong Zenglibao Money Market Fund (Yu'e Bao)|2014-03|541280000000|CNY|exact|observed|7\n",
           true);
    /* a paragraph opened by "In addition," goes on at the time of the one
     * before */
    expect("At the same time, mobile payment business volume achieved a rapid growth. A total of 59.464 billion "
           "electronic payment transactions were processed in the third quarter of 2019.\n\n"
           "In addition, statistics showed that non-bank payment institutions processed 191.187 billion online "
           "payment transactions, a year-on-year increase of 37.01%, and the total amount was CNY63.99 trillion.\n",
           "third_party_payments|China|2019-09|63990000000000|CNY|exact|observed|3\n", false);
    /* (the noun after the last counts them all, "respectively" or not) */
    expect("China had 500 million and 600 million netizens in 2012 and 2013.",
           "netizens|China|2012|500000000|people|exact|observed|1\n"
           "netizens|China|2013|600000000|people|exact|observed|1\n",
           true);
    expect("China had 500 million and 600 million netizens in 2012 and 2013 respectively.",
           "netizens|China|2012|500000000|people|exact|observed|1\n"
           "netizens|China|2013|600000000|people|exact|observed|1\n",
           true);
    /* "over the period 2007-2011" leads its years: from the first, to the
     * last */
    expect("The national penetration rate rose from 16.0% to 38.3% over the period 2007-2011.",
           "internet_penetration|China|2007|16|percent|exact|observed|1\n"
           "internet_penetration|China|2011|38.3|percent|exact|observed|1\n",
           true);
    /* "Non-" opening a sentence is no name */
    expect("BEIJING, March 5, 2019 (Xinhua) -- Non-bank payment institutions processed 530.61 billion online "
           "payment transactions in 2018.",
           "transactions|China|2018|530610000000|count|exact|observed|1\n", true);
    /* what payment services handled is no shop's turnover */
    expect("iResearch reported that third-party mobile payment services in China achieved a total transaction "
           "volume of RMB1.22 trillion in 2013.",
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|1\n", true);
    /* (nor is what a fund "achieved" in returns its size) */
    expect_none("Per the 2018 annual report, the money market fund achieved CNY51 billion in returns, or CNY139 million "
                "per day.");
    expect("In Q4 2016 China's third party mobile payment market had a total transaction value of RMB 12.8 trillion.",
           "mobile_payments|China|2016-12|12800000000000|CNY|exact|observed|1\n", true);
    /* "the same period of 2022", a comparison's time by its words, frames
     * no sentence after it: the quote's changes are of the quarter */
    expect(
           "Bilibili Inc. Announces Third Quarter 2023 Financial Results\n"
           "GlobeNewswire Inc. | 29/11/2023 11:00\n"
           "\n"
           "SHANGHAI, China, Nov. 29, 2023 (GLOBE NEWSWIRE) --\n"
           "Bilibili Inc. (\"Bilibili\" or the \"Company\") (NASDAQ: BILI and HKEX:\n"
           "9626), an iconic brand and a leading video community for young\n"
           "generations in China, today announced its unaudited financial\n"
           "results for the third quarter ended September 30, 2023.\n"
           "Third Quarter 2023\n"
           "Highlights:\n"
           "- Total\n"
           "net revenues were RMB5.8 billion (US$795.7 million), flat\n"
           "with the same period of 2022. Revenues from advertising were RMB1.6\n"
           "billion (US$224.5 million), representing an increase of 21% from\n"
           "the same period of 2022.\n"
           "- Gross\n"
           "profit was RMB1.5 billion (US$198.8 million), representing\n"
           "an increase of 38% from the same period of 2022. Gross profit\n"
           "margin was 25.0%, compared with 18.2% in the same period of\n"
           "2022.\n"
           "- Net\n"
           "loss was RMB1.3 billion (US$183.3 million), narrowing by\n"
           "22% from the same period of 2022.\n"
           "- Adjusted\n"
           "net loss1 was RMB863.5 million (US$118.3 million),\n"
           "narrowing by 51% from the same period of 2022.\n"
           "- Average daily active users\n"
           "(DAUs) were 102.8 million, representing an increase of 14%\n"
           "from the same period of 2022.\n"
           "\"Our community growth and commercialization\n"
           "efforts have formed a virtuous cycle in the third quarter,\" said\n"
           "Mr. Rui Chen, chairman and chief executive officer of Bilibili. \"We\n"
           "delivered remarkable user growth and engagement in the third\n"
           "quarter while effectively improving our commercialization\n"
           "efficiency. Our DAUs surpassed an exciting milestone of 100\n"
           "million, marking a 14% year-over-year increase to 103 million.\n"
           "Additionally, users' average daily time spent on our platform\n"
           "reached a historical high of 100 minutes, boosting total user time\n"
           "spent2 by 19% year-over-year. Meanwhile, we are continuing to\n"
           "strengthen our commercialization efficiency by integrating\n"
           "advertising solutions and live broadcasting across our content\n"
           "ecosystem. This strategy has driven our revenues from advertising\n"
           "and value-added services up by 21% and 17% year-over-year,\n"
           "respectively.\"\n",
           "revenue_growth|Bilibili|2023-09|21|percent|exact|observed|43\n", false);
    /* a money figure no rule counts still holds its place among the
     * levels whose changes follow "respectively": its change is nobody's */
    expect("In the first quarter of 2018, banking financial institutions processed 37.63 billion electronic payment "
           "transactions, totaling RMB 632.43 trillion, up 21.19% and 3.84% year on year respectively. In particular, "
           "online payments numbered 13.98 billion, valued at RMB 541.29 trillion, up 17.13% and 2.93% respectively.",
           "transactions|China|2018-03|37630000000|count|exact|observed|1\n"
           "transactions_growth|China|2018-03|21.19|percent|exact|observed|1\n"
           "transactions|China|2017-03|31050416701|count|about|derived|1\n"
           "transactions|China|2018-03|13980000000|count|exact|observed|1\n"
           "transactions_growth|China|2018-03|17.13|percent|exact|observed|1\n",
           true);
    /* three figures and two dates do not pair, not even from the second
     * figure on */
    expect("China's netizens numbered 500 million, 600 million and 700 million at the end of 2012 and 2013.",
           "netizens|China|2012|500000000|people|exact|observed|1\n"
           "netizens|China|2012|600000000|people|exact|observed|1\n"
           "netizens|China|2012|700000000|people|exact|observed|1\n",
           true);
    /* "now" in an item on a CNNIC report is the report's time: the year
     * just ended in an item of January, June in one of July */
    expect("China: 688 million internet users\nJanuary 2016 | Club China News\n\nIn China, 688 million people now use "
           "the internet. According to the China Internet Network Information Center (CNNIC), over half of all "
           "Chinese have internet access.\n",
           "netizens|China|2015|688000000|people|exact|observed|4\n", false);
    expect("Internet population grows\nJuly 21, 2014 | AFP\n\nChina is now home to 632 million Internet users, a "
           "government agency said Monday, according to the China Internet Network Information Centre (CNNIC).\n",
           "netizens|China|2014-06|632000000|people|exact|observed|4\n", true);
    /* a "when" clause after a date, without its comma, is of that date
     * (here one compared with); those online via phones are mobile */
    expect("The number of mobile web users has more than doubled from the end of 2009 when there were only 233 "
           "million accessing the web via phones.",
           "mobile_netizens|China|2009|233000000|people|exact|observed|1\n", true);
    /* a listed item's headline that ends with its day is a sentence of
     * its own, not the subject of the text under it */
    expect("RELATED ARTICLES\n\n* Alibaba leads bike-sharing startup Ofo's $866 million funding        2018-03-14\n"
           "  Chinese bike-sharing start-up Ofo said it has secured USD 866 million in a new round of\n"
           "  financing led by Alibaba.\n",
           "funding_round|Ofo|2018-03-14|866000000|USD|exact|observed|3\n"
           "funding_round|Ofo|2018-03-14|866000000|USD|exact|observed|4\n",
           true);
    /* a list of names after the figure keeps it in the clause of the
     * date after them */
    expect("Ofo had previously secured $130m in series C funding from Didi Chuxing, Citic Private Equity, Coatue, "
           "Matrix, Vision Plus Capital, GSR Ventures and angel investor Yuri Milner in October 2016.",
           "funding_round|Ofo|2016-10|130000000|USD|exact|observed|1\n", true);
    /* a figure in a clause that opens the sentence is the main clause's
     * subject's, not the one spoken of before; a listed item's headline in
     * title case, "> " its bullet, is a sentence of its own */
    expect("Mobike raised $215 million in January 2017. After raising $450 million in March 2017, rival Ofo "
           "expanded to 100 cities.",
           "funding_round|Mobike|2017-01|215000000|USD|exact|observed|1\n"
           "funding_round|Ofo|2017-03|450000000|USD|exact|observed|1\n",
           true);
    expect("MORE FROM THE SITE\n  > Top 5 Massive Chinese Fundings in 2017 and the Companies Behind Them\n"
           "    After topping last year's list with a USD 7.3 billion round, Chinese ride-hailing giant Didi Chuxing\n"
           "    is still the most sought after Chinese tech startup this year.\n",
           "funding_round|Didi Chuxing|2016|7300000000|USD|exact|observed|3\n", true);
    /* a line that ends with an abbreviation's full stop goes on when the
     * next opens in lower case: one paragraph, its "its" the firm's */
    expect("NetEase Inc.'s shares rose strongly on its Hong Kong market debut.\n\n"
           "Shares of the internet giant started trading at about 133 Hong Kong dollars (17.16 U.S.\n"
           "dollars), more than eight percent higher than its offering price of 123 Hong Kong dollars.\n",
           "price_per_share|NetEase||123|HKD|exact|observed|4\n", true);
    /* a sentence that opens with its day is no dateline for a word's
     * hyphen after it: the figure is the day's */
    expect("November 11, 2016\n\nOn Nov. 11, which is the e-commerce shopping holiday called Singles' Day, Alibaba "
           "said the value of goods sold on its marketplace rose 32.3% to 120.7 billion yuan compared with 91.2 billion "
           "yuan a year ago.\n",
           "daily_transaction_volume|China|2016-11-11|120700000000|CNY|exact|observed|3\n", false);
    /* the level compared with, past its restatement in brackets, is of
     * the time "a year ago" says */
    expect("November 11, 2016\n\nOn Nov. 11, Alibaba said its gross merchandise value rose 32.3% to 120.7 billion "
           "yuan ($17.8 billion) compared with 91.2 billion yuan ($14.3 billion) a year ago.\n",
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|3\n", false);
    /* "the figure" of a later sentence of a block that has told no figure
     * yet is the last of the block before; a day's level "up 60 percent
     * from 2014" was that year's day's */
    expect("November 11, 2015\n\nAlibaba's total value of goods transacted during its Singles' Day shopping festival "
           "was 91.2 billion yuan.\n\nThe numbers got a boost this year. In all, the figure for this year's Singles' "
           "Day is up 60 percent from 2014.\n",
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|3\n"
           "daily_transaction_volume_growth|Alibaba|2015-11-11|60|percent|exact|observed|5\n"
           "daily_transaction_volume|Alibaba|2014-11-11|57000000000|CNY|about|derived|5\n",
           true);
    /* (not where the block told a figure of its own first) */
    expect("Netizens numbered 123 million by June 2006.\n\nAbout 77 million netizens connect to the Internet by "
           "broadband. This is up 24 million compared with the same period last year.\n",
           "netizens|China|2006-06|123000000|people|exact|observed|1\n", false);
    expect_absent("Netizens numbered 123 million by June 2006.\n\nAbout 77 million netizens connect to the Internet by "
                  "broadband. This is up 24 million compared with the same period last year.\n",
                  "netizens_increase");
    /* an item's day over a change the CNNIC's survey tells is the
     * survey's time: June's in an item of July */
    expect("China Internet population reaches 632 million\nJuly 21, 2014 | AFP\n\nThe Asian giant's Internet "
           "population has increased by 14 million since January, according to the China Internet Network "
           "Information Centre (CNNIC).\n",
           "netizens_increase|China|2014-06|14000000|people|exact|observed|4\n", false);
    /* a level up from one at the end of a month it names is of the month
     * after it; no level before it derived from the growth */
    expect("Published: 2017-08-23\n\nThe net assets of public offering funds totalled 10.68 trillion yuan, a record "
           "high, up 5.54% from 10.12 trillion yuan at the end of June.\n",
           "fund_assets|public offering funds|2017-07|10680000000000|CNY|exact|observed|3\n"
           "fund_assets_growth|public offering funds|2017-07|5.54|percent|exact|observed|3\n"
           "fund_assets|public offering funds|2017-06|10120000000000|CNY|exact|observed|3\n",
           true);
    /* the same figure again in brackets in the text's other language,
     * after the noun, is no figure of its own */
    expect("By June 2015, China had 668 million netizens (6.68亿), representing an increase of 18.94 million "
           "netizens over the past six months.",
           "netizens|China|2015-06|668000000|people|exact|observed|1\n"
           "netizens_increase|China|2015-06|18940000|people|exact|observed|1\n"
           "netizens|China|2014|649060000|people|exact|derived|1\n",
           true);
    /* a month of the paragraph's year later in the figure's clause
     * outweighs the date the paragraph spoke of */
    expect("24 August 2017\n\nMMF assets have risen for six months in a row. The 1.57 trillion yuan added since "
           "end-2016 is almost double the net inflow of 821.6 billion yuan recorded in the whole first half of the "
           "year. At 5.86 trillion yuan, MMF assets were equivalent to about 3.6% of the 162.6 trillion yuan of RMB "
           "deposits held in Chinese banks at end-July.\n",
           "mmf_share_of_bank_deposits|MMF|2017-07|3.6|percent|about|observed|3\n", false);
    /* a cue read past a name inside it yields to the cue that name opens:
     * "number of Weibo users" counts microblog users, not netizens */
    expect("The total number of Weibo users rose 296 percent to 249.9 million in 2011, data from the China Internet "
           "Network Information Center (CNNIC) showed.",
           "microblog_users_growth|China|2011|296|percent|exact|observed|1\n"
           "microblog_users|China|2010|63106061|people|about|derived|1\n"
           "microblog_users|China|2011|249900000|people|exact|observed|1\n",
           true);
    /* "over last December" is the base of an increase told in an item of
     * August: December of the year before */
    expect("2023-08-29\n\nAs of June, China had 1.079 billion netizens, an increase of 11.09 million over last "
           "December, bringing the internet penetration to 76.4 percent.\n",
           "netizens|China|2022|1067910000|people|exact|derived|3\n"
           "internet_penetration|China|2023-06|76.4|percent|exact|observed|3\n",
           false);
    /* a rounded figure's exact value in brackets right after it counts
     * what that figure counts, and a change after them is of the exact */
    expect("In 2021 China had over one billion (1,032 million) netizens, up 42.96 million from December 2020.",
           "netizens|China|2021|1000000000|people|more_than|observed|1\n"
           "netizens|China|2021|1032000000|people|exact|observed|1\n"
           "netizens_increase|China|2021|42960000|people|exact|observed|1\n"
           "netizens|China|2020|989040000|people|exact|derived|1\n",
           true);
    /* (its exact value in figures too, "nearly 1.1 billion (1.09967
     * billion)": no gloss of the same figure, that would drop it) */
    expect("As of June 2024, China had nearly 1.1 billion (1.09967 billion) internet users.",
           "netizens|China|2024-06|1100000000|people|nearly|observed|1\n"
           "netizens|China|2024-06|1099670000|people|exact|observed|1\n",
           true);
    /* a cue after the figure past the share that restates it */
    expect("Of the users, 656.37 million or 92.50% used handsets for mobile access.",
           "mobile_netizens|China||656370000|people|exact|observed|1\n", true);
    /* figures in brackets after names listed after a figure of the same
     * unit count what it counts, each its name's */
    expect("In 2006 Beijing ranks first with a penetration rate of 30.4%, followed by Shanghai (26.6%) and Tianjin "
           "(18.7%).",
           "internet_penetration|Beijing|2006|30.4|percent|exact|observed|1\n"
           "internet_penetration|Shanghai|2006|26.6|percent|exact|observed|1\n"
           "internet_penetration|Tianjin|2006|18.7|percent|exact|observed|1\n",
           true);
    expect("As of June 2016, China had total bandwidth of 6,220.764Gbps for international Internet connections, "
           "with China Telecom being the largest ISP with bandwidth of 3,817.006Gbps, followed by China Mobile "
           "(787.763Gbps), CERNET (61.440Gbps) and CSTNet (53.248Gbps).",
           "international_bandwidth|China Mobile|2016-06|787763|Mbps|exact|observed|1\n"
           "international_bandwidth|CERNET|2016-06|61440|Mbps|exact|observed|1\n"
           "international_bandwidth|CSTNet|2016-06|53248|Mbps|exact|observed|1\n",
           false);
    /* an adverb of pace after the verb stands between the cue and its
     * figures */
    expect("In 2014, the number of mobile payment users grew fastest, from 125 million to 217 million, a growth rate "
           "of 73.2%.",
           "users|China (mobile payment users)|2013|125000000|people|exact|observed|1\n"
           "users|China (mobile payment users)|2014|217000000|people|exact|observed|1\n"
           "users_growth|China (mobile payment users)|2014|73.2|percent|exact|observed|1\n",
           true);
    /* "the number of new Internet users" counts an increase */
    expect("As of December 2017, the number of netizens in China reached 772 million. In the year the number of new "
           "Internet users in China was 40.74 million.",
           "netizens|China|2017|772000000|people|exact|observed|1\n"
           "netizens_increase|China|2017|40740000|people|exact|observed|1\n"
           "netizens|China|2016|731260000|people|exact|derived|1\n",
           true);
    /* ", up to" after a change is the level it led to, no bound */
    expect("In 2017 the international gateway bandwidth achieved a 10.2 percent growth, up to 7,320,180 Mbps.",
           "international_bandwidth_growth|China|2017|10.2|percent|exact|observed|1\n"
           "international_bandwidth|China|2017|7320180|Mbps|exact|observed|1\n",
           false);
    /* two lines with quoted terms are no rows of fields: the sentence
     * runs on across them */
    expect("As of December 2017, the total number of domain names in China decreased by 9 percent compared to\n"
           "the end of 2016. However, the total number of \".CN\" domain name achieved a 1.2 percent growth,\n"
           "reaching 20.85 million. The proportion of \".CN\" domain name increased from 48.7 percent at the end\n"
           "of 2016 to 54.2 percent.\n",
           "cn_domain_names|China|2017|20850000|count|exact|observed|3\n", false);
    /* an adverb of time after the verb of a cue stands inside it: "are now
     * online" is "are online" */
    expect("More than 253 million people are now online.",
           "netizens|China||253000000|people|more_than|observed|1\n", true);
    /* "now" after the figure yields to the calendar date the sentence
     * opens with */
    expect("China now has 618 million internet users, a report said in December 2013.\n\nBy June 2008, more than 253 "
           "million people are now online.\n",
           "netizens|China|2008-06|253000000|people|more_than|observed|3\n", false);
    /* a year compared with past a semicolon is another clause's: it dates
     * no figure before it */
    expect("The Internet penetration rate was 76.5% in urban areas and 46.2% in rural areas; the gap between urban "
           "and rural penetration rates narrowed by 5.9 percentage points compared with 2017.",
           "internet_penetration|China (urban)||76.5|percent|exact|observed|1\n"
           "internet_penetration|China (rural)||46.2|percent|exact|observed|1\n",
           false);
    /* "newly increased" after the cue counts an increase; the level's
     * restatement "in ten thousand" is the same figure */
    expect("By June 30, 2010, the total net citizen scale of China reached 420 million (42,000 in ten thousand),\n"
           "with 36 million net citizens newly increased in half a year.\n",
           "netizens|China|2010-06-30|420000000|people|exact|observed|1\n"
           "netizens_increase|China|2010-06-30|36000000|people|exact|observed|2\n"
           "netizens|China|2009|384000000|people|exact|derived|2\n",
           true);
    /* a paragraph that names nobody goes on with the entity of the one
     * before, whose last figure counted the same; not a chronicle's entry */
    expect("Weibo's monthly active users stood at 486 million by the end of June 2019.\n\nAverage daily active users "
           "reached 211 million as of the end of June 2019.\n",
           "active_users|Weibo|2019-06|486000000|people|exact|observed|1\n"
           "active_users|Weibo|2019-06|211000000|people|exact|observed|3\n",
           true);
    expect_absent("Singles' Day sales, 2009-2021\n\n2013 -- Alipay handled 45.18 million mobile payments worth 11.3 "
                  "billion yuan.\n\n2014 -- GMV reached 57.1 billion yuan.\n",
                  "|Alipay|2014");
    /* "Over the same period," goes on with the period the paragraph
     * before spoke of */
    expect("August 18, the central bank announced the 2014 second quarter payment system operating overall "
           "situation. Data show that the second quarter of the country to deal with non-cash payment business "
           "15.038 billion, the amount of 456.2 trillion yuan, year-on-year growth of 23.35% and 17.42% "
           "respectively.\n\nAnd the amount of electronic payment is much higher than the whole Non-cash payment "
           "business average level. Over the same period, the national banking institutions to deal with electronic "
           "payment business 7.696 billion, the amount of 327.11 trillion yuan, year-on-year growth of 23.24% and "
           "30.31% respectively.\n",
           "transactions|China|2014-06|7696000000|count|exact|observed|3\n", false);
    /* the possessor of a deal a verb sets this one after is that deal's */
    expect("NetEase listed in Hong Kong in June 2020. Its Hong Kong listing followed Alibaba's mega fund-raising worth "
           "more than 100 billion Hong Kong dollars in November 2019.",
           "funding_round|Alibaba|2019-11|100000000000|HKD|more_than|observed|1\n", false);
    /* the counts a paragraph goes on with under "in December" of the
     * country's survey are of the year, as the first is */
    expect("The report put the number of internet users at 1.092 billion in December 2023, and the penetration rate "
           "at 77.5 percent. Mobile internet users numbered 1.091 billion, and rural users numbered 326 million.",
           "netizens|China|2023|1092000000|people|exact|observed|1\n"
           "internet_penetration|China|2023|77.5|percent|exact|observed|1\n"
           "mobile_netizens|China|2023|1091000000|people|exact|observed|1\n"
           "netizens|China (rural)|2023|326000000|people|exact|observed|1\n",
           true);
    /* a rule under a list's last item parts it from the next item's
     * headline, as a blank line does */
    expect("BRIEF-Alibaba takes stake in Sina Weibo\nMon Apr 29, 2013 6:35pm EDT\nApr 29 (Reuters) - Sina Corp:\n"
           " * Weibo had 46.2 million daily active users in December 2012\n"
           "---------------------------------------------------------------------------\n"
           "Tencent's WeChat tops 300 million users - Xinhua\nTue Jan 15, 2013 11:03pm EST\n"
           "BEIJING, Jan 16 (Reuters) - Tencent Holdings' mobile messaging app Weixin has more than 300 million "
           "registered users.\n",
           "active_users|Weibo|2012-12|46200000|people|exact|observed|4\n", false);
    expect_absent("BRIEF-Alibaba takes stake in Sina Weibo\nMon Apr 29, 2013 6:35pm EDT\nApr 29 (Reuters) - Sina Corp:\n"
                  " * Weibo had 46.2 million daily active users in December 2012\n"
                  "---------------------------------------------------------------------------\n"
                  "Tencent's WeChat tops 300 million users - Xinhua\nTue Jan 15, 2013 11:03pm EST\n"
                  "BEIJING, Jan 16 (Reuters) - Tencent Holdings' mobile messaging app Weixin has more than 300 million "
                  "registered users.\n",
                  "|WeChat|2012");
    /* the quarter a results item's first figure is dated by, through the
     * quarter it is compared with, dates its figures after it */
    expect("\n"
           "A total of 788 million Chinese used mobile phones to surf the internet, making up 98.3 percent of the online population, said the 42nd statistical report from CNNIC.\n"
           "\n"
           "China's internet availability rate reached 57.7 percent, with 26.3 percent of the total internet population living in rural areas. China's international internet gateway bandwidth expanded to 8,826,302 Mbps, up 20.6 percent from the end of 2017. Enditem\n"
           "\n"
           "------------------------------------------------------------------------------------------\n"
           "Tencent Announces 2018 Third Quarter Results\n"
           "HONG KONG, Nov. 14, 2018 /PRNewswire/ -- Tencent Holdings Limited (00700.HK) today announced the unaudited consolidated results for the third quarter (\"3Q2018\") ended September 30, 2018.\n"
           "\n"
           "3Q2018 Key Highlights\n"
           "  -- Total revenues were RMB80,595 million (USD11,716 million), an increase\n"
           "     of 24% over the third quarter of 2017 (\"YoY\").\n"
           "  -- Combined MAU of Weixin and WeChat were 1,082.5 million, an increase of\n"
           "     10.5% YoY.\n"
           "  -- MAU of QQ were 807.6 million, a decrease of 4.2% YoY.\n",
           "active_users|QQ|2018-09|807600000|people|exact|observed|15\n", false);
    /* a figure that names its own noun past a participle counts that, not
     * the cue of the figure before it: "2.1 million users, 747,000
     * connected computers" */
    expect_absent("The survey counted 2.1 million users, 747,000 connected computers and 5,300 sites.\n", "|747000|");
    /* the comma before the level a change came to parts no clause: "also
     * rose significantly, to approximately 15,153" */
    expect("The number of Web sites on the Chinese mainland also rose significantly, to approximately 15,153 from "
           "approximately 9,906.\n",
           "websites|China||15153|count|about|observed|1\nwebsites|China||9906|count|about|observed|1\n", true);
    /* a headline's present of pricing an IPO */
    expect("Pinduoduo Prices IPO at $19, Top of Range, Raising $1.63 Billion\n",
           "price_per_share|Pinduoduo||19|USD|exact|observed|1\nipo_raise|Pinduoduo||1630000000|USD|exact|observed|1\n",
           true);
    /* a day in brackets closing an item dates all its figures, not those of
     * the line before that runs on into it */
    expect("Related:\n\n  - iQIYI prices US IPO at $18 per ADS, raising $2.25 billion  (Mar 29, 2018)\n"
           "  - Alipay Monthly Users Hit 711 Million in 2020\n\nRelated:\n\n  Alipay Monthly Users Hit 711 Million\n"
           "  Ant Financial's Valuation Tops $150 Billion After $14 Billion Round  (Jun 8, 2018)\n",
           "price_per_share|iQIYI|2018-03-29|18|USD|exact|observed|3\n"
           "ipo_raise|iQIYI|2018-03-29|2250000000|USD|exact|observed|3\n", false);
    expect_absent("Related:\n\n  Alipay Monthly Users Hit 711 Million\n"
                  "  Ant Financial's Valuation Tops $150 Billion After $14 Billion Round  (Jun 8, 2018)\n",
                  "|2018-06-08|711000000|");
    /* the size of a payment market the sentence names far from its figure */
    expect("According to the Quarterly Monitoring Report on China's Third-party Mobile Payment Market 2016Q1 "
           "released by Analysys, the transaction size reached RMB 5,970.3 billion in the first quarter of 2016.\n"
           "\nAccording to iResearch's report on China's third-party online payment market, the transaction size "
           "reached 9.22 trillion yuan in 2013.\n",
           "mobile_payments|China|2016-03|5970300000000|CNY|exact|observed|1\n"
           "third_party_payments|China|2013|9220000000000|CNY|exact|observed|3\n",
           true);
    /* a change and its restatement are of one time, the date after the
     * second's */
    expect("NAV of publicly-offered funds grew 2.21 percent or 507.72 billion yuan, month on month in July 2021.\n",
           "fund_assets_growth|publicly offered funds|2021-07|2.21|percent|exact|observed|1\n"
           "fund_assets_increase|publicly offered funds|2021-07|507720000000|CNY|exact|observed|1\n",
           true);
    /* mobile phone users who go online are mobile netizens; a size that
     * expanded changed */
    expect("Mobile phone users accessing the Internet numbered 303 million at the end of 2010.\n\n"
           "International bandwidth expanded 26.8 percent to 1,098,956 Mbps in 2010.\n",
           "mobile_netizens|China|2010|303000000|people|exact|observed|1\n"
           "international_bandwidth_growth|China|2010|26.8|percent|exact|observed|3\n"
           "international_bandwidth|China|2010|1098956|Mbps|exact|observed|3\n",
           false);
    /* the name right after what a firm is ("the online lender Lufax") is
     * the subject, not the firm a paragraph before named */
    expect("JD.com is a retailer.\n\nThe online lender Lufax is valued at $18.5 billion after a $1.2 billion Series B "
           "round.\n",
           "valuation|Lufax||18500000000|USD|exact|observed|3\nfunding_round|Lufax||1200000000|USD|exact|observed|3\n",
           true);
    /* "an additional", "a fresh" amount links its verb to it */
    expect("Luckin Coffee said it had received an additional US$150 million in new investment.\n",
           "funding_round|Luckin Coffee||150000000|USD|exact|observed|1\n", true);
    /* people who went online using a phone are no product's users */
    expect("CNNIC counted 384 million Internet users at the end of 2009, and 233 million people who went online using "
           "a mobile phone, up from 117 million a year earlier.\n",
           "netizens|China|2009|384000000|people|exact|observed|1\n"
           "mobile_netizens|China|2009|233000000|people|exact|observed|1\n"
           "mobile_netizens|China|2008|117000000|people|exact|observed|1\n",
           true);
    /* blocks of IPv6 addresses, their size after them */
    expect("In 2017 the country held 338.92 million IPv4 addresses and 23,430 blocks of IPv6 addresses (/32).\n",
           "ipv4_addresses|China|2017|338920000|count|exact|observed|1\n"
           "ipv6_addresses|China|2017|23430|other|exact|observed|1\n",
           true);
    /* "the Chinese e-commerce giant": a pronoun, its place's word no name */
    expect("NEW YORK, Sept 19, 2014 (Reuters) - Alibaba Group Holding Ltd priced its IPO at $68 per American "
           "depositary share, raising $21.8 billion.\n\nThe Chinese e-commerce giant sold 320.1 million shares in the "
           "offering, which could grow if underwriters exercise an option.\n",
           "ipo_shares_offered|Alibaba Group|2014-09-19|320100000|count|exact|observed|3\n", false);
    /* sentences in Chinese: read by zh.c, dated by their own dates, the
     * level before a change derived; a gloss in Chinese of a figure the
     * English beside it gave is no second fact */
    expect("截至2023年12月，我国网民规模达10.92亿人，较2022年12月增长2480万人，互联网普及率达77.5%。\n\n"
           "Mobile Internet users numbered 1.091 billion in 2023 (手机网民规模达10.91亿人).\n",
           "netizens|China|2023-12|1092000000|people|exact|observed|1\n"
           "netizens_increase|China|2023-12|24800000|people|exact|observed|1\n"
           "netizens|China|2022-12|1067200000|people|exact|derived|1\n"
           "internet_penetration|China|2023-12|77.5|percent|exact|observed|1\n"
           "mobile_netizens|China|2023|1091000000|people|exact|observed|3\n",
           true);
    /* (a block of more facts than the reader's first array holds) */
    {
        static const char one[] = "截至2023年12月，我国网民规模达10.92亿人，较2022年12月增长2480万人，互联网普及率达77.5%。";
        char many[sizeof one * 20 + 2] = "";
        for (int k = 0; k < 20; k++)
            strcat(many, one);
        strcat(many, "\n");
        char *got = run(many);
        size_t rows = 0;
        for (const char *q = got; *q; q++)
            rows += *q == '\n';
        ck_assert_uint_eq(rows, 80);
        free(got);
    }
    /* (one level derived, not again from the rate after the increase) */
    expect("网民数已达到2.1亿人。中国网民数增长迅速,2007年一年增加了7300万,年增长率为53.3%。\n",
           "netizens|China||210000000|people|exact|observed|1\n"
           "netizens_increase|China|2007|73000000|people|exact|observed|1\n"
           "netizens|China|2006|137000000|people|exact|derived|1\n"
           "netizens_growth|China|2007|53.3|percent|exact|observed|1\n",
           true);
    /* ("去年" in an item of 2014 is 2013) */
    expect("BEIJING, Jan. 16, 2014 (Xinhua) -- A report said so.\n\n去年，我国网民规模达6.18亿人。\n",
           "netizens|China|2013|618000000|people|exact|observed|3\n", true);
    /* (payment volumes, 3G subscribers in "户") */
    expect("2015年第三方移动支付交易规模达到9.31万亿元。截至2012年底，3G用户总数达到2.33亿户。\n",
           "mobile_payments|China|2015|9310000000000|CNY|exact|observed|1\n"
           "3g_users|China|2012|233000000|people|exact|observed|1\n",
           true);
    /* (money, its growth "比上年", and the level a year before derived) */
    expect("2021年，全国网上零售额达13.09万亿元，比上年增长14.1%。\n",
           "ecommerce_turnover|China|2021|13090000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|China|2021|14.1|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2020|11472392638037|CNY|about|derived|1\n",
           true);
    /* a noun of change leads to the level after it, of what the clause's
     * subject names */
    expect("Bilibili reported its third-quarter results. Our DAUs surpassed an exciting milestone of 100 million, "
           "marking a 14% year-over-year increase to 103 million.\n",
           "active_users_growth|Bilibili||14|percent|exact|observed|1\n"
           "active_users|Bilibili||103000000|people|exact|observed|1\n",
           false);
    /* a multiplier is no amount of change; the level it grew to stays */
    expect("The number of websites grew 1.55 times over the year to 3.35 million in 2013.\n",
           "websites|China|2013|3350000|count|exact|observed|1\n", true);
    expect_absent("The number of websites saw a 3-fold increase in 2013.\n", "websites");
    expect("Third-party payment volume rose 12-fold to 9.2 trillion yuan in 2013.\n",
           "third_party_payments|China|2013|9200000000000|CNY|exact|observed|1\n", true);
    /* "the number" without its "of" is the number of what the clause
     * before gave a part of */
    expect("As of December 2008, among netizens, the proportion of rural netizens was 28.4%, and the number reached "
           "84.6 million.\n",
           "netizens|China (rural)|2008|84600000|people|exact|observed|1\n", false);
    expect_absent("As of December 2008, among netizens, the proportion of rural netizens was 28.4%, and the number "
                  "reached 84.6 million.\n",
                  "netizens|China|");
    /* a Markdown quote or heading line is read past its marks for the
     * document's date */
    expect("# Investors cannot get enough\n\n> Jul 9th 2020\n\nBaidu is worth its entire market value of $45bn.\n",
           "valuation|Baidu|2020-07-09|45000000000|USD|exact|observed|5\n", true);
    /* a reporter's stronger verbs of rising */
    expect("The Chinese mobile payment industry rocketed 317.56 percent year-over-year to 9.64 trillion yuan in 2013, "
           "while the number of orders hiked 212.86 percent to 1.67 billion.\n",
           "mobile_payments_growth|China|2013|317.56|percent|exact|observed|1\n"
           "mobile_payments|China|2013|9640000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2013|212.86|percent|exact|observed|1\n"
           "transactions|China|2013|1670000000|count|exact|observed|1\n",
           false);
    /* "year-over-year" and "annual" before the noun of change */
    expect("Mobile payments reached RMB1.22 trillion in 2013, a 707.0% year-over-year increase.\n",
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2013|707|percent|exact|observed|1\n"
           "mobile_payments|China|2012|151177199504|CNY|about|derived|1\n",
           true);
    expect("The number of netizens reached 649 million as of the end of 2014, a 5% annual growth.\n",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "netizens_growth|China|2014|5|percent|exact|observed|1\n"
           "netizens|China|2013|618095238|people|about|derived|1\n",
           true);
    /* peer-to-peer money transfers are no context of lending */
    expect("iResearch reported that third-party mobile payment services in China achieved a total transaction volume "
           "of RMB1.22 trillion in 2013. The figure includes peer-to-peer money transfers.\n",
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|1\n", true);
    /* "according to which" stands aside no cue: the clause after it is
     * the figure's */
    expect("CNNIC released its half-year report, according to which China's netizens reached 632 million as of June "
           "2014.\n",
           "netizens|China|2014-06|632000000|people|exact|observed|1\n", true);
    /* those of a total "using handsets to go online" are mobile netizens;
     * and the change of the total in a sentence after derives its level
     * before */
    expect("China had 649 million Internet users by the end of 2014, with 557 million of those using handsets to go "
           "online, said a report.\n\nWhile growth is slowing, China's total Internet population still rose by 31 "
           "million in 2014.\n",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "mobile_netizens|China|2014|557000000|people|exact|observed|1\n"
           "netizens_increase|China|2014|31000000|people|exact|observed|3\n"
           "netizens|China|2013|618000000|people|exact|derived|3\n",
           true);
    /* a date after "compared to figures in" is a base, no date of the
     * change; the level then is derived from the level another sentence
     * gives */
    expect("The number of internet users in China reached 989 million by the end of December 2020, the latest report "
           "said on Wednesday.\n\nAccording to the report, compared to figures in March 2020, the number of internet "
           "users in China grew by 85.4 million.\n",
           "netizens|China|2020|989000000|people|exact|observed|1\n"
           "netizens_increase|China|2020|85400000|people|exact|observed|3\n"
           "netizens|China|2020-03|903600000|people|exact|derived|3\n",
           true);
    /* a determiner after a cue's preposition: "using their mobile phones"
     * as "using mobile phone" */
    expect("The CNNIC report said 117.6 million people accessed the Internet using their mobile phones last year, up "
           "133 percent from 2007.\n",
           "mobile_netizens|China|2008|117600000|people|exact|observed|1\n", false);
    /* an apposition may open with an adverb: "already the world's largest" */
    expect("China's online population, already the world's largest, rose to 298 million by the end of 2008, a survey "
           "said.\n",
           "netizens|China|2008|298000000|people|exact|observed|1\n", true);
    /* a page's front matter dates it by a key that names a date, past
     * its first lines */
    expect("---\nID: 3589\npost_title: >\n  Apple Invests in Didi,\n  Uber's Biggest Rival in China\nauthor: Staff "
           "Writer\npost_date: 2016-05-13 08:57:19\nlayout: post\n---\n\nApple has invested $1 billion in Didi Chuxing.\n",
           "investment|Didi Chuxing|2016-05-13|1000000000|USD|exact|observed|11\n", false);
    /* "the end of the year" after a year its sentence names is that
     * year's end, whatever year the text spoke of before */
    expect("China ended last year with a total Internet population of 564 million people.\n\nMicroblogging users "
           "jumped up in 2012, with 309 million at the end of the year, up 58.73 million from 2011.\n",
           "microblog_users|China|2012|309000000|people|exact|observed|3\n"
           "microblog_users_increase|China|2012|58730000|people|exact|observed|3\n"
           "microblog_users|China|2011|250270000|people|exact|derived|3\n",
           false);
    /* "comparing to" a date is a base, as "compared to" is */
    expect("Beijing, July 20, 2007. As of June 30, China has had 162 million Internet users. Comparing to the end of "
           "2006, it has 25 million new Internet users.\n",
           "netizens_increase|China|2007-06-30|25000000|people|exact|observed|1\n", false);
    /* a dateline's agencies joined by a mark; an offering's size is what
     * it raises */
    expect("SHANGHAI, July 27, 2018 (Bernama-GLOBE NEWSWIRE) -- Pinduoduo Inc. today announced the pricing of its "
           "initial public offering at a price of US$19 per ADS, for a total offering size of US$1.63 billion.\n",
           "price_per_share|Pinduoduo|2018-07-27|19|USD|exact|observed|1\n"
           "ipo_raise|Pinduoduo|2018-07-27|1630000000|USD|exact|observed|1\n",
           true);
    /* the turnover of the banks' electronic payments is no e-commerce */
    expect_absent("Online banking payments reached a total of 14.893 billion transactions in 2018, with a turnover of "
                  "495.24 trillion yuan.\n",
                  "ecommerce_turnover");
    /* "mobile payment turnover" is a volume of payments, no shop's */
    expect("China's mobile payment turnover soared 317% YOY to $1.59 trillion in 2013.\n",
           "mobile_payments_growth|China|2013|317|percent|exact|observed|1\n"
           "mobile_payments|China|2012|381294964029|USD|about|derived|1\n"
           "mobile_payments|China|2013|1590000000000|USD|exact|observed|1\n",
           true);
    /* people who became what a cue counts are an increase of it */
    expect("By June 30, 2005, the number of China's Internet users reached 103 million. About 9 million Chinese "
           "became netizens in the first half of this year.\n",
           "netizens_increase|China|2005-06|9000000|people|about|observed|1\n", false);
    expect_absent("About 9 million Chinese became netizens in the first half of 2005.\n", "netizens|");
    /* .CN names "registered under the Chinese country code CN" */
    expect("By June 30, 2005, domain names registered under the Chinese country code CN have grown rapidly to reach "
           "622,000.\n",
           "cn_domain_names|China|2005-06-30|622000|count|exact|observed|1\n", false);
    /* a range with an en dash; a "market cap" is no limit */
    expect("May 2025\n\nAnt International is in IPO talks at a $8\xE2\x80\x93" "24B valuation.\n",
           "valuation|Ant International|2025-05|8000000000|USD|at_least|observed|3\n"
           "valuation|Ant International|2025-05|24000000000|USD|less_than|observed|3\n",
           true);
    expect("May 3, 2020\n\nAlibaba's market cap is around $250 billion.\n",
           "valuation|Alibaba|2020-05-03|250000000000|USD|about|observed|3\n", true);
    /* a total "as of" a day is no day's volume */
    expect("As of June 30, 2018, Pinduoduo's gross merchandise volume reached 262.1 billion yuan.\n",
           "ecommerce_turnover|Pinduoduo|2018-06-30|262100000000|CNY|exact|observed|1\n", true);
    /* a fund's "aggregate deposits" are its assets */
    expect("April 20, 2014\n\nYu'e Bao had attracted aggregate deposits of about 541.3 billion yuan by the end of "
           "March.\n",
           "fund_assets|Yu'e Bao|2014-03|541300000000|CNY|about|observed|3\n", true);
    /* "net users" are netizens */
    expect("By the end of 2014, Chinese net users amounted to 648 million.\n",
           "netizens|China|2014|648000000|people|exact|observed|1\n", true);
    /* 3G "mobile telecommunication users"; a figure aimed at is no level */
    expect("The number of China's third generation (3G) mobile telecommunication users soared to 47.05 million by "
           "the end of 2010. The ministry said that China aimed to have 150 million 3G mobile users by 2011.\n",
           "3g_users|China|2010|47050000|people|exact|observed|1\n", true);
    /* a change over the first half of a year, a level of its end named
     * before: the level at the end of the year before */
    expect("BEIJING, Aug. 3, 2016 (Xinhua) -- China had 710 million Internet users by the end of June. China gained "
           "about 21.3 million new web users in the first half of 2016.\n",
           "netizens_increase|China|2016-06|21300000|people|about|observed|1\n"
           "netizens|China|2015|688700000|people|about|derived|1\n",
           false);
    /* "only second to" ranks, no running tally of seconds; the other
     * country's figure after it is not China's */
    expect("According to the report, as of June 30, 2007, China has had 162 million Internet users, only second to "
           "the United States, 211 million.\n",
           "netizens|China|2007-06-30|162000000|people|exact|observed|1\n", true);
    /* people "using the Web" are netizens, however the level after their
     * change names them */
    expect("The number of people using the Web topped half a billion in 2011, rising 12 percent to 513 million "
           "people.\n",
           "netizens|China|2011|513000000|people|exact|observed|1\n", false);
    /* users accessing the Internet "from" their phones; a country compared
     * with a few words after "than" is not the figure's */
    expect("At the end of December 2011, the number of users accessing the Internet from their mobile phones has also "
           "grown, reaching 355 million, or more than the entire population of the U.S.\n",
           "mobile_netizens|China|2011|355000000|people|exact|observed|1\n", true);
    /* what people spent on shopping through the Internet; "online
     * commerce" */
    expect("Chinese people spent more than 60 billion yuan ($9.6 billion) on shopping through the Internet in 2012.\n",
           "ecommerce_turnover|China|2012|60000000000|CNY|more_than|observed|1\n", true);
    expect("Online commerce in 2009 totalled 250 billion yuan.\n",
           "ecommerce_turnover|China|2009|250000000000|CNY|exact|observed|1\n", true);
    /* a figure alone in brackets after its noun counts it; "PC users" are
     * the PC's part, no "number of users" read past a name */
    expect("July 9, 2020\n\nOnly Alibaba has more active users (726 million).\n",
           "active_users|Alibaba|2020-07-09|726000000|people|exact|observed|3\n", true);
    expect("By the end of June 2012, mobile netizens reached 388 million, surpassing the number of PC users (380 "
           "million) for the first time.\n",
           "mobile_netizens|China|2012-06|388000000|people|exact|observed|1\n"
           "netizens|China (PC)|2012-06|380000000|people|exact|observed|1\n",
           true);
    expect_absent("The GMV reached (USD 230 billion) 1.43 trillion CNY in Q3 2014.\n", "USD");
    /* a word of size before the figure: "a cool $50 billion" */
    expect("April 2017\n\nThe financing round will lift Didi's valuation to a cool $50 billion.\n",
           "valuation|Didi|2017-04|50000000000|USD|exact|observed|3\n", true);
    /* "just short of", "just shy of" are "nearly" */
    expect("In 2017, online sales reached just shy of 100 billion yuan.\n",
           "ecommerce_turnover|China|2017|100000000000|CNY|nearly|observed|1\n", true);
    /* what operators spend on their networks is no investment in a firm */
    expect_absent("In 2009, China will complete investments of CNY143.5 billion in the 3G sector and will have over 10 "
                  "million 3G users.\n",
                  "investment|");
    /* an "approx." before a conversion in brackets; "a 24.6% expansion" is
     * a change */
    expect("Assets managed by money market funds rose to more than 6.8 trillion yuan (approx. USD$1 trillion) by the "
           "end of November 2017, for a year-on-year increase of 2.52 trillion yuan.\n",
           "fund_assets_increase|money market funds|2017-11|2520000000000|CNY|exact|observed|1\n", false);
    expect("The growth has driven a 24.6% expansion in total mutual fund sector assets during the first 11 months of "
           "2017, to 11.41 trillion yuan in total.\n",
           "fund_assets_growth|mutual funds|2017-11|24.6|percent|exact|observed|1\n", false);
    /* a name's number glued after a hyphen ("COVID-19") is no figure */
    expect("As of December 2020, China had 989 million internet users. During the COVID-19 pandemic, an increase of "
           "85.4 million internet users was observed.\n",
           "netizens|China|2020|989000000|people|exact|observed|1\n"
           "netizens_increase|China|2020|85400000|people|exact|observed|1\n"
           "netizens|China|2019|903600000|people|exact|derived|1\n",
           true);
    /* people subscribing to third-generation services are 3G subscribers */
    expect("The number of people subscribing to third-generation mobile phone services in China increased by 74.22 "
           "million in the first nine months of 2012.\n",
           "3g_users_increase|China|2012-09|74220000|people|exact|observed|1\n", true);
    /* a level a verb says a change passed is no second change */
    expect("In June 2013, China Unicom's 3G subscribers increased by 4.133 million and passed 100 million.\n",
           "3g_users|China Unicom|2013-06|100000000|people|more_than|observed|1\n", false);
    expect_absent("In June 2013, China Unicom's 3G subscribers increased by 4.133 million and passed 100 million.\n",
                  "3g_users_increase|China Unicom|2013-06|100000000");
    /* a count's increase over a year's first half runs from the year
     * before's end, wherever the half is named */
    expect("In the first half of 2013, China Mobile's 3G subscribers increased by 49.95 million to 137.879 million.\n",
           "3g_users_increase|China Mobile|2013-06|49950000|people|exact|observed|1\n"
           "3g_users|China Mobile|2012|87929000|people|exact|derived|1\n"
           "3g_users|China Mobile|2013-06|137879000|people|exact|observed|1\n",
           true);
    /* a change leads "to reach" its level; internet use on mobile phones
     * counts mobile netizens */
    expect("In 2009, internet use on mobile phones has increased 32.1 percent to reach 155 million.\n",
           "mobile_netizens_growth|China|2009|32.1|percent|exact|observed|1\n"
           "mobile_netizens|China|2008|117335352|people|about|derived|1\n"
           "mobile_netizens|China|2009|155000000|people|exact|observed|1\n",
           true);
    /* a text dated on the festival's day that names it in its first
     * paragraphs is on the festival: its yearly sales are the day's */
    expect("2019-11-11\n\nAlibaba sold products in what is known as the Singles Day Global Shopping Festival.\n\nThe total "
           "volume of transactions has surged from $7 million in 2009 to $30.8 billion in 2018, more than the online "
           "sales volumes on Black Friday.\n",
           "daily_transaction_volume|China|2009-11-11|7000000|USD|exact|observed|5\n"
           "daily_transaction_volume|China|2018-11-11|30800000000|USD|exact|observed|5\n",
           true);
    /* a year's possessive dates its own figure only; a bracketed figure in
     * another currency stands aside; a verb after "and" has the subject's
     * indicator for the level it leads "to reach", past "a staggering" */
    expect("2017-11-14\n\nAlibaba announces record sales on Singles Day each year. Last year's record of 120.7 "
           "billion yuan (17.8 billion US dollars) was broken by midday on Saturday and increased by 48 billion yuan "
           "to reach a staggering 168.3 billion yuan by the end of the day.\n",
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|3\n"
           "daily_transaction_volume_increase|Alibaba|2017-11-11|48000000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2017-11-11|168300000000|CNY|exact|observed|3\n",
           true);
    expect("2017-11-14\n\nSales on Singles Day beat last year's record of 120.7 billion yuan and reached 168.3 billion "
           "yuan.\n",
           "daily_transaction_volume|China|2016-11-11|120700000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|China|2017-11-11|168300000000|CNY|exact|observed|3\n",
           true);
    expect("Alipay's total daily transaction value has increased from CNY450 million ($66 million) at the end of August "
           "2008 to CNY700 million in February 2009.\n",
           "daily_transaction_volume|Alipay|2009-02|700000000|CNY|exact|observed|1\n", false);
    /* a comma after the record a figure sets parts no cue from it */
    expect("2013-11-12\n\nSales through Alipay on the Singles Day hit a new record, over 35 billion yuan.\n",
           "daily_transaction_volume|Alipay|2013-11-11|35000000000|CNY|more_than|observed|3\n", true);
    /* a subject's place stands between its noun and the verb of change:
     * the websites fell, not the netizens of the clause before */
    expect("The number of Internet users in China reached 457 million at the end of 2010, meanwhile, the number of "
           "websites registered in China fell by 41 per cent last year.\n",
           "netizens|China|2010|457000000|people|exact|observed|1\n"
           "websites_growth|China|2010|-41|percent|exact|observed|1\n",
           true);
    /* an amount over the year's first months is of them; a rate over them
     * compares with them */
    expect("2009-07-20\n\nThe online population in China has risen by 40 million over the first six months of "
           "2009.\n",
           "netizens_increase|China|2009-06|40000000|people|exact|observed|3\n", true);
    /* "an annual increase rate of" is a growth rate */
    expect("The number of websites in China amounted to 1.92 million at the end of June 2008, with an annual increase "
           "rate of 46.3%.\n",
           "websites_growth|China|2008-06|46.3|percent|exact|observed|1\n", false);
    /* people who started to use the Internet are new netizens; those
     * logging onto it are netizens */
    expect("About 17 million Chinese started to use the Internet in 2005.\n",
           "netizens_increase|China|2005|17000000|people|about|observed|1\n", true);
    expect("More than 59.1 million Chinese were logging onto the Internet by the end of 2002.\n",
           "netizens|China|2002|59100000|people|more_than|observed|1\n", true);
    /* 3G towers are 3G base stations */
    expect("China had about 714,000 3G mobile phone towers by the end of May 2011.\n",
           "3g_base_stations|China|2011-05|714000|count|about|observed|1\n", true);
    /* orders "during a Singles Day sale" are the day's */
    expect("Tmall secured orders worth 3.36 billion yuan during a Singles Day sale in 2011.\n",
           "daily_transaction_volume|Tmall|2011-11-11|3360000000|CNY|exact|observed|1\n", true);
    /* a payment's GMV is a payment volume; its noun names what the verb
     * after it says, whatever the paragraph said of funds before */
    expect("The fund purchase market, mainly monetary funds, drove up payments. China's third-party mobile payment GMV "
           "amounted to CNY 2.3 trillion in Q2 2015. Third-party online payment GMV reached CNY 2.81 trillion in Q2 "
           "2015.\n",
           "mobile_payments|China|2015-06|2300000000000|CNY|exact|observed|1\n"
           "third_party_payments|China|2015-06|2810000000000|CNY|exact|observed|1\n",
           true);
    /* a rate written as an adjective, "a 60-percent rise", is a change */
    expect("Tmall reported sales of 91.2 billion yuan on Singles' Day in 2015, a 60-percent rise from last year's 51.7 "
           "billion yuan.\n",
           "daily_transaction_volume_growth|Tmall|2015-11-11|60|percent|exact|observed|1\n"
           "daily_transaction_volume|Tmall|2014-11-11|51700000000|CNY|exact|observed|1\n",
           false);
    /* a participle after a change gives its level: ", totaling", ",
     * generating" */
    expect("In 2016, online shopping in China saw a growth rate of 26.2 percent, generating 5.16 trillion yuan.\n",
           "ecommerce_turnover_growth|China|2016|26.2|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2015|4088748019017|CNY|about|derived|1\n"
           "ecommerce_turnover|China|2016|5160000000000|CNY|exact|observed|1\n",
           true);
    /* a rate "more than" what no time names compares with another, not
     * with an earlier time */
    expect_absent("In 2012, the transaction scale of online payment reached more than 3.84 trillion yuan, 50 percent "
                  "more than that via traditional banks.\n",
                  "_growth|");
    /* "the new record" stands for the figure before */
    expect("Sales on Singles Day in 2017 hit 163.8 billion yuan. The new record is a 39% increase over the year "
           "before.\n",
           "daily_transaction_volume_growth|China|2017-11-11|39|percent|exact|observed|1\n", false);
    /* the value, after the number, is the money's change, not the count's */
    expect("The number of mobile payment transactions surged by 79.6 percent year on year in 2018 while the value rose "
           "22.32 percent.\n",
           "transactions_growth|China|2018|79.6|percent|exact|observed|1\n"
           "mobile_payments_growth|China|2018|22.32|percent|exact|observed|1\n",
           true);
    expect_absent("The number of transactions surged by 79.6 percent year on year in 2018 while the value rose 22.32 "
                  "percent.\n",
                  "|22.32|");
    /* what goes into a venture or investment fund is an investment into
     * the fund, no round of the firm that raised it nor a money market
     * fund's assets */
    expect("Sequoia Capital raised $318 million for four China-focused funds in 2019.\n",
           "investment|Sequoia Capital|2019|318000000|USD|exact|observed|1\n", true);
    expect("In 2015 the government set up a RMB40 billion fund to support start-ups.\n",
           "investment|China|2015|40000000000|CNY|exact|observed|1\n", true);
    expect("In 2014 IDG Capital closed its fourth China fund, garnering $586 million in commitments.\n",
           "investment|IDG Capital|2014|586000000|USD|exact|observed|1\n", true);
    /* (a fund's name in a round's investors changes nothing) */
    expect("In 2011 Bertelsmann Asia Investment Fund and Sequoia Capital invested $50 million in Douban in a Series C "
           "round.\n",
           "investment|Douban|2011|50000000|USD|exact|observed|1\n", false);
    /* a payment service's volume; what non-banking institutions process
     * is third-party payments, past the measure of the cue's noun */
    expect("The total transaction volume by Chinese independent mobile payments services reached 1,219.74 billion yuan "
           "in 2013.\n",
           "mobile_payments|China|2013|1219740000000|CNY|exact|observed|1\n", true);
    expect("Online payment transaction value by non-banking institutions totalled 48.29tn yuan in the second quarter "
           "of 2018.\n",
           "third_party_payments|China|2018-06|48290000000000|CNY|exact|observed|1\n", true);
    /* new users of the 3G networks are new 3G users; 3G users that "were
     * new subscribers" are new ones */
    expect("China's 3G networks added 2.3 million new users in May 2010.\n",
           "3g_users_increase|China|2010-05|2300000|people|exact|observed|1\n", true);
    expect("China added 28 million new users during the second half of 2011.\n",
           "netizens_increase|China|2011|28000000|people|exact|observed|1\n", true);
    expect("Approximately, 36.83 million 3G users were new subscribers in 2010.\n",
           "3g_users_increase|China|2010|36830000|people|exact|observed|1\n", true);
    /* bare base stations are 3G's in a paragraph on 3G only, not beside
     * 5G's */
    expect_absent("The total number of mobile phone base stations was 11.29 million at the end of June 2023, of which "
                  "nearly three million 5G base stations had been put into use.\n",
                  "3g_base_stations|");
    /* sentences run together ("Friday.The"); "the number" after a rate is
     * the count before it */
    expect("2019-08-31\n\nThe number of internet users in China had hit 854 million as of June 2019, with the internet "
           "availability rate reaching 61.2 percent, according to a report released Friday.The number increased by "
           "25.98 million from the end of last year.\n",
           "netizens|China|2019-06|854000000|people|exact|observed|3\n"
           "internet_penetration|China|2019-06|61.2|percent|exact|observed|3\n"
           "netizens_increase|China|2019-06|25980000|people|exact|observed|3\n"
           "netizens|China|2018|828020000|people|exact|derived|3\n",
           true);
    /* the words of another figure's phrase after ", with" or ", and"
     * exclude nothing of the figure before; the rural part of the users is
     * no rural penetration */
    expect("In June 2018, China's internet availability rate reached 57.7 percent, with 26.3 percent of the total "
           "internet population living in rural areas.\n",
           "internet_penetration|China|2018-06|57.7|percent|exact|observed|1\n", true);
    expect("In June 2018, China's internet availability rate reached 57.7 percent, and 26.3 percent of netizens live "
           "in rural areas.\n",
           "internet_penetration|China|2018-06|57.7|percent|exact|observed|1\n", true);
    /* a change "since the beginning of the year" leads to the level after
     * it; its subject's cue may stand before an auxiliary */
    expect("In 2009, internet use on mobile phones has increased 32.1 percent since the beginning of the year to reach "
           "155m.\n",
           "mobile_netizens_growth|China|2009|32.1|percent|exact|observed|1\n"
           "mobile_netizens|China|2009|155000000|people|exact|observed|1\n",
           false);
    /* "the growth rate of X reaches Y%": a subject that is a change's
     * rate, in a clause a conjunction opens */
    expect("Although the annual growth rate of Internet users in China reached 31.7% in 2006, the penetration rate is "
           "only 12.3%.\n",
           "netizens_growth|China|2006|31.7|percent|exact|observed|1\n", false);
    /* shares issued in a paragraph on a listing raise an IPO's money; a
     * place after a preposition is no subject where the text names a
     * company */
    expect("Ant has priced its Shanghai-listed shares at 68.8 yuan each in 2020. The issuing of 1.67 billion shares in "
           "Shanghai would raise 114.9 billion yuan.\n",
           "ipo_raise|Ant|2020|114900000000|CNY|exact|observed|1\n", false);
    /* transactions "valuing" an amount were worth it; "the value" in the
     * paragraph after is that money's */
    {
        char *got = run("Banks dealt with 19.69 billion mobile payment transactions valuing 86.62 trillion yuan in the "
                        "first quarter of 2019.\n\nThe number of transactions surged by 79.6 percent year on year while "
                        "the value marked a 22.32-percent rise.\n");
        ck_assert_msg(strstr(got, "mobile_payments|China|2019-03|86620000000000|CNY|") != NULL, "got:\n%s", got);
        ck_assert_msg(strstr(got, "mobile_payments_growth|China|") != NULL && strstr(got, "|22.32|percent|") != NULL,
                      "got:\n%s", got);
        free(got);
    }
    /* "X more compared to last year's" and "Y percent higher year over
     * year" are changes; the level derived from both is written once */
    expect("China's Internet users reached 731 million as of December 2016, which is 42.99 million more compared to "
           "last year's. This is 6.2 percent higher year-over-year.\n",
           "netizens|China|2016|731000000|people|exact|observed|1\n"
           "netizens_increase|China|2016|42990000|people|exact|observed|1\n"
           "netizens|China|2015|688010000|people|exact|derived|1\n"
           "netizens_growth|China|2016|6.2|percent|exact|observed|1\n",
           true);
    /* an operator's 3G user base */
    expect("China Mobile gained 654,000 new 3G users in October 2009, reaching an overall 3G user base of 2.31 million.\n",
           "3g_users|China Mobile|2009-10|2310000|people|exact|observed|1\n", false);
    /* online shopping sales are e-commerce sales, no company's revenue */
    expect("China's online shopping sales reached $253 billion in the first half of 2015.\n",
           "ecommerce_turnover|China|2015-06|253000000000|USD|exact|observed|1\n", true);
    /* a share of users owning a thing is no stake; an operator's completed
     * investments are its spending; the phones' reach of the population is
     * no internet penetration */
    expect_none("With 35% of total internet users owning a tablet in 2014, 16% also own connected TVs.\n");
    expect_none("In 2010, China Telecom completed investments of CNY6.22 billion, accounting for 23% of its planned "
                "investments.\n");
    expect_none("In April 2017, the number of mobile communication service subscribers accounted for 97.9% of the "
                "country's population (user density).\n");
    /* a year's increase over its second half runs from its June */
    expect("The number of netizens reached 513 million at the end of 2011, up 28 million in the second half of 2011.\n",
           "netizens_increase|China|2011|28000000|people|exact|observed|1\n"
           "netizens|China|2011-06|485000000|people|exact|derived|1\n",
           false);
    expect("China's Internet population passed the half billion mark at the end of 2011 after the country added 28 "
           "million new users during the second half of the year.\nAt the end of December 2011, the country had 513 "
           "million Internet users.\n",
           "netizens|China|2011-06|485000000|people|exact|derived|1\n", false);
    /* "This represents a staggering increase of": the figure before's
     * change; "the number of netizens had an increase of" names its own */
    expect("China currently has a total of 137 million Internet users in 2006. This represents a staggering increase of "
           "26 million or 23.4% in the past year alone.\n",
           "netizens_increase|China|2006|26000000|people|exact|observed|1\n"
           "netizens_growth|China|2006|23.4|percent|exact|observed|1\n",
           false);
    expect("In the first half of 2010, the number of netizens had an increase of 36 millions.\n",
           "netizens_increase|China|2010-06|36000000|people|exact|observed|1\n", true);
    /* the country of what a figure exceeded, in an aside after it, is no
     * place of the figure */
    expect("By July 22, 2008, the number of CN domain names, which was 12.18 million, had exceeded .de, the "
           "country-code Top Level Domain for Germany.\n",
           "cn_domain_names|China|2008-07-22|12180000|count|exact|observed|1\n", true);
    /* a relative clause on a country holds that country's figure, though
     * the country was overtaken */
    expect("In 2008 China had 300 million netizens, surpassing the United States, which had 220 million.\n",
           "netizens|China|2008|300000000|people|exact|observed|1\n", true);
    /* "in the first half", no year named: the first half of the year of
     * writing */
    expect("2024-08-30\n\nOnline retail sales of physical goods rose 8.8 percent year on year to 7.09 trillion yuan "
           "in the first half.\n",
           "ecommerce_turnover_growth|China|2024-06|8.8|percent|exact|observed|3\n"
           "ecommerce_turnover|China|2023-06|6516544117647|CNY|about|derived|3\n"
           "ecommerce_turnover|China|2024-06|7090000000000|CNY|exact|observed|3\n",
           true);
    /* the trade press's "score", "north of", "$300-plus million"; a
     * valuation "raised to" is no round; new shares issued raise a
     * listing's money */
    expect("In August 2017 Toutiao was set to score approximately $2 billion at a valuation north of $20 billion.\n",
           "funding_round|Toutiao|2017-08|2000000000|USD|about|observed|1\n"
           "valuation|Toutiao|2017-08|20000000000|USD|more_than|observed|1\n",
           true);
    expect("In 2020 Yuanfudao said that with the new $1 billion financing round, the company's valuation would be raised "
           "to $7.8 billion.\n",
           "funding_round|Yuanfudao|2020|1000000000|USD|exact|observed|1\n"
           "valuation|Yuanfudao|2020|7800000000|USD|exact|observed|1\n",
           true);
    expect("In 2024 Moonshot closed a US$300-plus million round.\n",
           "funding_round|Moonshot|2024|300000000|USD|more_than|observed|1\n", true);
    expect("In June 2020 NetEase will issue about 171 million new ordinary shares in an effort to raise HK$21.09 "
           "billion.\n",
           "ipo_raise|NetEase|2020-06|21090000000|HKD|exact|observed|1\n", false);
    /* a name's curly apostrophe is its straight one; a sentence's opening
     * conjunction is no name */
    expect("Yu\xE2\x80\x99" "E Bao had 81 million customers in February 2014.\n",
           "fund_customers|Yu'E Bao|2014-02|81000000|people|exact|observed|1\n", true);
    expect_absent("PayPal had 184 million registered users in 2008. Though still trailing the 175 million registered "
                  "users of PayPal in 2008, Alipay grew.\n",
                  "|Though|");
    /* (as the page has it, the clause over two lines: this one gave the
     * entity "Though" before) */
    expect("Though still trailing the 175 million\nregistered users reported by PayPal at the end of 2008, Alipay is\n"
           "gaining ground fast.\n",
           "registered_users|PayPal|2008|175000000|people|exact|observed|1\n", true);
    /* a fund written as one word, "Yu\xE2\x80\x99" "EBao", is a fund's context */
    expect("The number of Yu\xE2\x80\x99" "EBao users swelled to 325 million by the end of 2016.\n",
           "fund_customers|Yu'EBao|2016|325000000|people|exact|observed|1\n", true);
    /* a count in a second later in its clause is a rate; the shares
     * outstanding after an offering are none it offers */
    expect_absent("At the peak of Singles' Day 2019, 544,000 orders were placed in a second on Tmall.\n", "transactions|");
    expect_absent("Pinduoduo priced its IPO at $19 per ADS. The number of ordinary shares outstanding immediately after "
                  "this offering is 5,013,118,240 ordinary shares on a fully diluted basis.\n",
                  "ipo_shares_offered|");
    /* a kind of purchase "at" a share is no stake bought */
    expect_absent("Online shopping captured 25% of online payments in Q2 2015, followed in turn by fund purchase at "
                  "21.5%.\n",
                  "acquisition_stake|");
    /* "last year's record $38bn": the festival's of the year before */
    expect("2020-11-12\n\nSingles Day set new records with $56bn in sales. This year Alibaba blew past last year's "
           "record $38bn.\n",
           "daily_transaction_volume|China|2020-11-11|56000000000|USD|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2019-11-11|38000000000|USD|exact|observed|3\n",
           true);
    /* a place before its noun is no deal's subject: the company the text
     * spoke of is */
    expect("Ant Group plans a dual listing in 2020.\n\nThe price tag for the Hong Kong portion of the listing has been "
           "set at 80 Hong Kong dollars apiece, which will raise 133.6 billion Hong Kong dollars.\n",
           "price_per_share|Ant Group|2020|80|HKD|exact|observed|3\n"
           "ipo_raise|Ant Group|2020|133600000000|HKD|exact|observed|3\n",
           true);
    /* a change with a year of its own after its year-on-year base is of
     * that year, no change of the level before */
    expect("Total mobile Internet users is now at 556.8 million in 2014, a 4% year-on-year growth from 2013, as compared "
           "to 6.5% year-on-year growth in 2013 from the previous year.\n",
           "mobile_netizens_growth|China|2013|6.5|percent|exact|observed|1\n", false);
    expect_absent("Total mobile Internet users is now at 556.8 million in 2014, a 4% year-on-year growth from 2013, as "
                  "compared to 6.5% year-on-year growth in 2013 from the previous year.\n",
                  "|522816901|");
    /* figures listed after one, each "by" a name, count what it counts */
    expect("At the end of May 2011, China had 714,000 3G base stations, of which 214,000 were built and run by China "
           "Mobile, 226,000 by China Telecom and 274,000 by China Unicom.\n",
           "3g_base_stations|China|2011-05|714000|count|exact|observed|1\n"
           "3g_base_stations|China Mobile|2011-05|214000|count|exact|observed|1\n"
           "3g_base_stations|China Telecom|2011-05|226000|count|exact|observed|1\n"
           "3g_base_stations|China Unicom|2011-05|274000|count|exact|observed|1\n",
           true);
    /* "Of these" parts the figure before among the names the sentence
     * gives, each figure after its name (or its name and verb); a part
     * named by no name is left to its own cue */
    expect("By the end of May 2011, China had 73.76 million 3G subscribers. Of these subscribers, China Mobile served "
           "32 million, accounting for 43 percent; China Telecom 19.67 million, accounting for 27 percent; and China "
           "Unicom 22.09 million, making up 30 percent.\n",
           "3g_users|China|2011-05|73760000|people|exact|observed|1\n"
           "3g_users|China Mobile|2011-05|32000000|people|exact|observed|1\n"
           "3g_users|China Telecom|2011-05|19670000|people|exact|observed|1\n"
           "3g_users|China Unicom|2011-05|22090000|people|exact|observed|1\n",
           true);
    expect("China had 513 million netizens in 2011. Of these, 136 million live in rural areas.\n",
           "netizens|China|2011|513000000|people|exact|observed|1\n"
           "netizens|China (rural)|2011|136000000|people|exact|observed|1\n",
           true);
    /* the central bank's words: payments of non-bank "networks"; a level
     * reached past a base compared with in words, and past a trend */
    expect("Non-bank payment networks processed 337.87 trillion yuan of transactions in 2022, down 4.95 percent "
           "year on year, the report said.",
           "third_party_payments|China|2022|337870000000000|CNY|exact|observed|1\n"
           "third_party_payments_growth|China|2022|-4.95|percent|exact|observed|1\n"
           "third_party_payments|China|2021|355465544450289|CNY|about|derived|1\n",
           true);
    expect("In 2023, mobile payments expanded 14.29 percent compared with the same period last year to 138.96 "
           "trillion yuan.",
           "mobile_payments_growth|China|2023|14.29|percent|exact|observed|1\n"
           "mobile_payments|China|2022|121585440545980|CNY|about|derived|1\n"
           "mobile_payments|China|2023|138960000000000|CNY|exact|observed|1\n",
           true);
    expect("In 2021, mobile payments sustained an upward trend to 130.14 trillion yuan.",
           "mobile_payments|China|2021|130140000000000|CNY|exact|observed|1\n", true);
    /* a country's payments, its "total", are no deal of the "lion's share" */
    expect_none("In 2023, electronic payments took the lion's share of non-cash payments, with a total transaction "
                "value of 842.19 trillion yuan.");
    /* "on Monday", no dateline giving the day, is the day the text names
     * that is a Monday (Singles' Day of 2013 was) */
    expect_named("chinadaily-2013-11-spree.txt",
                 "One of the indicators emerged on Monday, or \"Singles Day.\" A shopping spree on Monday ended with "
                 "a record high sales volume of 35 billion yuan, jumping 83 percent from a year ago.\n",
                 "daily_transaction_volume|China|2013-11-11|35000000000|CNY|exact|observed|1\n"
                 "daily_transaction_volume_growth|China|2013-11-11|83|percent|exact|observed|1\n"
                 "daily_transaction_volume|China|2012-11-11|19125683060|CNY|about|derived|1\n");
    expect_named("news-2013-11.txt", "The festival fell on November 11, 2013.\n\nOn Monday, Tmall sales reached 5 "
                 "billion yuan.\n",
                 "daily_transaction_volume|Tmall|2013-11-11|5000000000|CNY|exact|observed|3\n");
    /* (not a day of another weekday: 2014's was a Tuesday) */
    expect_named("news-2014-11.txt", "The festival fell on November 11, 2014.\n\nOn Monday, Tmall sales reached 5 "
                 "billion yuan.\n",
                 "revenue|Tmall|2014|5000000000|CNY|exact|observed|3\n");
    /* "last year's Nov. 11 sales" are of the day a year before */
    expect("On Nov. 11, 2017, sales on Alibaba's platforms amounted to 168.3 billion yuan. It was 39 percent more "
           "than last year's Nov. 11 sales on Alibaba's platforms of 120.7 billion yuan.",
           "daily_transaction_volume|Alibaba|2017-11-11|168300000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|Alibaba|2017-11-11|39|percent|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|1\n",
           true);
    /* online shoppers by other words: "e-shoppers", people who "used the
     * Internet for shopping", who "had made an online purchase" (no
     * stake's purchase) */
    expect("In 2010, the number of e-shoppers hit 142 million.",
           "users|China (online shoppers)|2010|142000000|people|exact|observed|1\n", true);
    expect("In 2006, 43.1 million Chinese used the Internet for shopping.",
           "users|China (online shoppers)|2006|43100000|people|exact|observed|1\n", true);
    expect("About 194 million people had made an online purchase by the end of 2011, which accounted for 4.32 "
           "percent of total retail sales.",
           "users|China (online shoppers)|2011|194000000|people|about|observed|1\n", true);
    expect("In 2017, 753 million Chinese netizens accessed the Internet using their mobile phones.",
           "mobile_netizens|China|2017|753000000|people|exact|observed|1\n", true);
    /* e-commerce "retail sales"; a half "this year"; the other dollars
     * glued to their sign; a report "on" a site is its source */
    expect_named("news-2010-07.txt",
                 "E-commerce retail sales in China more than doubled from a year earlier to 211.8 billion yuan "
                 "(NZ$42.3 billion) in the first half this year, according to a report on ChinaDaily's website.\n",
                 "ecommerce_turnover|China|2010-06|211800000000|CNY|exact|observed|1\n");
    expect("Grab raised S$1 billion in 2018.", "funding_round|Grab|2018|1000000000|SGD|exact|observed|1\n", true);
    /* a company's sales over the festival's days are its sales over
     * them, the month's, no company's revenue */
    expect_named("news-2017-11.txt",
                 "Singles Day record\n\nOn Singles Day, Alibaba said sales on its platforms amounted to 168.3 "
                 "billion yuan.\n\nJD.com said cumulative sales over the 11-day period starting on Nov. 1 totaled 127 "
                 "billion yuan.\n",
                 "daily_transaction_volume|China|2017-11-11|168300000000|CNY|exact|observed|3\n"
                 "ecommerce_turnover|JD.com|2017-11|127000000000|CNY|exact|observed|5\n");
    /* (the days named before an aside that says what the figure is) */
    expect_named("news-2020-11.txt",
                 "Records on Singles Day as regulations loom\n\nChinese e-commerce giants racked up record sales "
                 "during the Singles Day shopping event.\n\nAlibaba said its total gross merchandise value (GMV) over "
                 "the 11-day period, a figure that shows the total value of orders across its shopping platforms, "
                 "totaled 498.2 billion yuan.\n",
                 "ecommerce_turnover|Alibaba|2020-11|498200000000|CNY|exact|observed|5\n");
    expect("The number of mobile Web surfers surged 113 percent to 117.6 million in 2008.",
           "mobile_netizens_growth|China|2008|113|percent|exact|observed|1\n"
           "mobile_netizens|China|2007|55211268|people|about|derived|1\n"
           "mobile_netizens|China|2008|117600000|people|exact|observed|1\n",
           true);
    /* a news item's lead names its quarter: the country's figures told
     * after it with no date of their own are of that quarter */
    expect_named("govcn-2017-06-pboc.txt",
                 "BEIJING - People in China made more payments with mobile phones in the first quarter of 2017, "
                 "central bank data showed on June 8.\n\nCombined value of mobile payments rose 16.4 percent to "
                 "60.65 trillion yuan.\n",
                 "mobile_payments_growth|China|2017-03|16.4|percent|exact|observed|3\n"
                 "mobile_payments|China|2017-03|60650000000000|CNY|exact|observed|3\n");
    /* (or the year before the one of writing that it names) */
    expect_named("xinhua-2022-04-pboc.txt",
                 "BEIJING, April 5 (Xinhua) -- Electronic payments handled by China's banks registered rapid growth "
                 "in 2021, a report from the People's Bank of China showed.\n\nMobile payments hit 526.98 trillion "
                 "yuan.\n",
                 "mobile_payments|China|2021|526980000000000|CNY|exact|observed|3\n");
    /* those who access the Internet "using a broadband connection" are
     * the broadband part, no count of netizens */
    expect_none("In 2006, 90.7 million access the Internet using a broadband connection, a 15 percent jump over 2005.");
    /* what many deals came to is no company's value nor its round */
    expect_none("In the first five months of 2021, the disclosed funding value of these deals stood at US$37.4bn.");
    expect_none("In 2022, the value of US AI deals totalled $50bn.");
    /* a level foreseen past the level the change starts from */
    expect_absent("Tencent's revenues are expected to grow from $1.8bn in 2022 to $33bn in 2027.", "|2027|");
    /* a city's takings from visitors are no company's revenue */
    expect_none("Harbin earned 5.91 billion yuan in tourism revenue during the 2023 New Year holiday.");
    /* a report's title names nobody: "Development" is no company */
    expect_absent("This report, the 22nd Statistical Report on the Internet Development in China, also indicates the "
                  "number of broadband users has reached 214 million.",
                  "Development");
    expect("China Development Bank invested 500 million yuan in Baidu in 2008.",
           "investment|Baidu|2008|500000000|CNY|exact|observed|1\n", true);
    /* a change below its indicator's least is a figure cut short */
    expect("In 2023, China had 1.09 billion netizens. The number marked an increase of 24.",
           "netizens|China|2023|1090000000|people|exact|observed|1\n", true);
    /* those who "use mobile payment" are its users, no count of payments */
    expect("In 2017, China had 502 million mobile payment users, while 463 million of them use mobile payment for "
           "offline shopping.",
           "users|China (mobile payment users)|2017|502000000|people|exact|observed|1\n"
           "users|China (mobile payment users)|2017|463000000|people|exact|observed|1\n",
           true);
    /* users of IPv6 are no company's active users, nor do they take the
     * noun of the figure listed before them */
    expect("By June 2023 China had 30.24 million registered domain names, 767 million active IPv6 users and broadband "
           "access points totaled 1.11 billion.",
           "domain_names|China|2023-06|30240000|count|exact|observed|1\n"
           "wireless_access_points|China|2023-06|1110000000|count|exact|observed|1\n",
           true);
    /* a province's noun opening a line, a headline's common nouns, name
     * nobody */
    expect_absent("Chinese e-commerce firm Alibaba.com Ltd set its shares at the upper end of the offer price.\nThe "
                  "firm, based in Hangzhou, capital of eastern Zhejiang\nProvince, priced its shares at HK$13.50 each "
                  "in 2007.",
                  "|Province|");
    expect_absent("OYO valued at USD 5 Bn after snagging USD 100 Mn from Didi-Chuxing: Startup Funding Roundup (2019)",
                  "|Startup|");
    /* shares offered to investors make a raise an offering's */
    expect_absent("In November 2019, with 500 million shares offered to investors, Alibaba has said it would raise "
                  "HK$88 billion.",
                  "funding_round");
    /* a dateline's place in capitals, and its agency in brackets, name
     * nobody */
    expect("HONG KONG: Chinese electric vehicle startup Nio has raised more than US$1 billion in its latest "
           "fundraising round in 2017, valuing the firm at about US$5 billion.",
           "funding_round|Nio|2017|1000000000|USD|more_than|observed|1\n"
           "valuation|Nio|2017|5000000000|USD|about|observed|1\n",
           true);
    expect_absent("BEIJING (dpa-AFX) - Tencent Music Entertainment Group said that it priced its initial public "
                  "offering at $13 per American depositary share in 2018.",
                  "BEIJING");
    expect_absent("BEIJING (dpa-AFX) - Tencent Music Entertainment Group said that it priced its initial public "
                  "offering at $13 per American depositary share in 2018.",
                  "AFX");
    /* a fall's noun after its rate: "a 4.0% drop", "a 4.0% decline" */
    expect("In 2019, mobile payments fell to RMB53.2 trillion, a 4.0% drop from 2018.",
           "mobile_payments|China|2019|53200000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2019|-4|percent|exact|observed|1\n"
           "mobile_payments|China|2018|55416666666667|CNY|about|derived|1\n",
           true);
    expect("On November 11, 2013, the Singles Day had a total volume of 35 billion yuan.",
           "daily_transaction_volume|China|2013-11-11|35000000000|CNY|exact|observed|1\n", true);
    expect("Alibaba had 279m active purchasers in 2014.",
           "active_users|Alibaba|2014|279000000|people|exact|observed|1\n", true);
    /* a date after what a figure includes, set off by commas, is the
     * figure's too */
    expect("Tencent said it had 291 million registered users, including 97.1 million active accounts, at the end of "
           "March 2004.",
           "registered_users|Tencent|2004-03|291000000|people|exact|observed|1\n"
           "active_users|Tencent|2004-03|97100000|people|exact|observed|1\n",
           true);
    /* the money of a count, past the count's change in a clause of its
     * own: "with a value of", "with a turnover of" */
    expect("In the third quarter of 2018, mobile payments numbered 16.935 billion, up by 74.1 percent, with a value "
           "of 65.48 trillion yuan.",
           "mobile_payments|China|2018-09|65480000000000|CNY|exact|observed|1\n", false);
    expect("In the third quarter of 2018, mobile payments of 16.935 billion transactions were made, up by 74.1 "
           "percent, with a turnover of 65.48 trillion yuan, up by 32.91 percent year on year.",
           "mobile_payments|China|2018-09|65480000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2018-09|32.91|percent|exact|observed|1\n",
           false);
    /* (or a title of a few words that names it) */
    expect_named("xfafinance-2018-11-pboc.txt",
                 "China's mobile payment surge in Q3\n\nThe central bank released its report on payments.\n\nMobile "
                 "payments reached 65.48 trillion yuan.\n",
                 "mobile_payments|China|2018-09|65480000000000|CNY|exact|observed|5\n");
    /* the figure's noun said again after it is no cue of its own: the
     * cue before names what it counts */
    expect("In 2022, the number of internet users in China reached 1.05 billion users.",
           "netizens|China|2022|1050000000|people|exact|observed|1\n", true);
    expect("In June 2022, internet users in China increased to a total of 1.05 billion people, with 99.6% of "
           "them using mobile devices to stay online.",
           "netizens|China|2022-06|1050000000|people|exact|observed|1\n", false);
    /* (a product's users said again are still its users) */
    expect("In 2022, the number of WeChat users reached 1.05 billion users.",
           "users|WeChat|2022|1050000000|people|exact|observed|1\n", true);
    /* a share of China's people, or of its citizens who are online, is
     * the penetration */
    expect("China's Internet users reached 731 million as of December 2016. This is 6.2 percent higher and "
           "accounted for 53.2 percent of China's total population.",
           "internet_penetration|China|2016|53.2|percent|exact|observed|1\n", false);
    expect("In 2023, approximately 77.5 percent of China's citizens are internet users.",
           "internet_penetration|China|2023|77.5|percent|about|observed|1\n", true);
    /* investment has a growth of its own */
    expect("In the first half of 2006, VC investment on the Chinese mainland reached US$772 million, up 128 percent "
           "year-on-year.",
           "investment|VC|2006-06|772000000|USD|exact|observed|1\n"
           "investment_growth|VC|2006-06|128|percent|exact|observed|1\n",
           false);
    /* a change to a level past its qualifier, and a change "more added" */
    expect("In 2013, mobile Internet users increased 80.09 million to around 500 million.",
           "mobile_netizens_increase|China|2013|80090000|people|exact|observed|1\n"
           "mobile_netizens|China|2012|419910000|people|about|derived|1\n"
           "mobile_netizens|China|2013|500000000|people|about|observed|1\n",
           true);
    expect("As of December 2013, China's Internet users stood at 618 million, with 53.58 million more added over the "
           "past year.",
           "netizens|China|2013|618000000|people|exact|observed|1\n"
           "netizens_increase|China|2013|53580000|people|exact|observed|1\n",
           false);
    /* the parts in brackets after a national rate do not exclude it */
    expect("In 2013, the Internet penetration rate reached 45.8% (urban areas: 62.0%; rural areas: 27.5%).",
           "internet_penetration|China|2013|45.8|percent|exact|observed|1\n", false);
    /* "against 2012" is the base of a comparison, not the time of the
     * sentences after it */
    expect("As of December 2013, China's Internet users stood at 618 million. The rate reached 45.8%, up by 3.7 "
           "percentage points against 2012. Mobile Internet users increased 80.09 million to around 500 million.",
           "mobile_netizens_increase|China|2013|80090000|people|exact|observed|1\n"
           "mobile_netizens|China|2013|500000000|people|about|observed|1\n",
           false);
    /* a growth to a level past its qualifier; the turnover of online
     * retail; the number of Chinese using the Internet */
    expect("China's online retail turnover surged 70% year-on-year to more than 880 billion yuan in the first half "
           "of 2013.",
           "ecommerce_turnover_growth|China|2013-06|70|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2013-06|880000000000|CNY|more_than|observed|1\n",
           false);
    expect("The number of Chinese using the Internet grew 8.5% to 618 million at the end of 2013.",
           "netizens_growth|China|2013|8.5|percent|exact|observed|1\n"
           "netizens|China|2013|618000000|people|exact|observed|1\n",
           false);
    /* the country's online shoppers change as the country's, whatever
     * says so: a verb, "added", a subject said new */
    expect("Online shoppers increased by 28.89 million in H1 2013.",
           "users_increase|China (online shoppers)|2013-06|28890000|people|exact|observed|1\n", true);
    expect("The newly added online consumers totaled 28.89 million in H1 2013, sending the number of total online "
           "consumers to 271 million.",
           "users_increase|China (online shoppers)|2013-06|28890000|people|exact|observed|1\n"
           "users|China (online shoppers)|2013-06|271000000|people|exact|observed|1\n",
           true);
    expect("New internet users totaled 28.89 million in H1 2013.",
           "netizens_increase|China|2013-06|28890000|people|exact|observed|1\n", true);
    /* a venture fund's closing, at its hard cap or a first or final
     * close, and a fund named by its currency, are investment, no money
     * market fund's assets */
    expect("2021-01-08\n\nChina-based venture capital firm Fortune Capital's yuan-denominated vehicle, Chuanghong "
           "Fund, reached a RMB5.5bn first close on Friday.",
           "investment|Fortune Capital|2021-01-08|5500000000|CNY|exact|observed|3\n", true);
    expect("In March 2017, Morningside completed fundraising for its first RMB-denominated fund at its RMB1 billion "
           "hard cap.",
           "investment|Morningside|2017-03|1000000000|CNY|exact|observed|1\n", true);
    /* a listing's net financing is its money raised, no round's */
    expect("In September 2018, Meituan Dianping set a price of HK$69 per share for its Hong Kong initial public "
           "offering, with a planned HK$32.6 billion in net financing.",
           "ipo_raise|Meituan Dianping|2018-09|32600000000|HKD|exact|observed|1\n", false);
    expect_absent("In September 2018, Meituan Dianping set a price of HK$69 per share for its Hong Kong initial public "
                  "offering, with a planned HK$32.6 billion in net financing.",
                  "funding_round|");
    /* "6 months earlier" is a date compared with, its 6 no figure */
    expect("Mobile netizens rose to 464 million by June 2013 with 10% increase from 6 months earlier.",
           "mobile_netizens|China|2013-06|464000000|people|exact|observed|1\n"
           "mobile_netizens_growth|China|2013-06|10|percent|exact|observed|1\n"
           "mobile_netizens|China|2012|421818182|people|about|derived|1\n",
           true);
    /* the product named after the cue: "registered for Weibo", "the number
     * of people who use WeChat"; a share of Internet users among the
     * population is the penetration */
    expect("Sina and Tencent grew fast. By the end of 2012 more than 500m people had registered for Weibo.",
           "registered_users|Weibo|2012|500000000|people|more_than|observed|1\n", true);
    expect("Tencent grew fast. The number of people who use WeChat exceeded 400 million in the first half of 2013.",
           "users|WeChat|2013-06|400000000|people|more_than|observed|1\n", true);
    expect("The proportion of Internet users among the population in China was 16 percent at the end of 2007.",
           "internet_penetration|China|2007|16|percent|exact|observed|1\n", true);
    /* no shop's or company's money runs to a thousand trillion: the
     * banks' payments are neither e-commerce nor revenue */
    expect_none("In 2013 the turnover of online payment business climbed 28.89% YOY to 1,061 trillion yuan. China "
                "recorded a turnover of 1,608 trillion yuan from 50.16 billion non-cash settlements last year, up "
                "21.92%.");
    /* the last words of the cue before, said again after the figure, are
     * no cue of their own; "plummeted to" links a cue to its figure */
    expect("CN domain names fell to 3,379,441 active domain names as of 28 February 2011.",
           "cn_domain_names|China|2011-02-28|3379441|count|exact|observed|1\n", true);
    expect("Registrations of .CN domain names plummeted to 3,379,441 as of 28 February 2011.",
           "cn_domain_names|China|2011-02-28|3379441|count|exact|observed|1\n", true);
    /* a wire's weekday between a name and its verb dates the deed and is
     * no part of the name; a name in camel case after what the firm is */
    expect("2014-08-08\n\nChina's mobile gaming company iDreamSky Technology Limited Thursday conducted an initial "
           "public offering at Nasdaq and raised a total of 115.5 million U.S. dollars.",
           "ipo_raise|iDreamSky Technology|2014-08-07|115500000|USD|exact|observed|3\n", true);
    expect("2014-08-08\n\nAlibaba Group Thursday raised 1 billion U.S. dollars in its IPO.",
           "ipo_raise|Alibaba Group|2014-08-07|1000000000|USD|exact|observed|3\n", true);
    /* "Asia's second-most valuable company" is a word for the firm named
     * before it, as "the Chinese e-commerce giant" is */
    expect("2017-11-09\n\nIt marks a hectic news week for Tencent, Asia's second-most valuable company with a market "
           "capitalisation of around US$475 billion.",
           "valuation|Tencent|2017-11-09|475000000000|USD|about|observed|3\n", true);
    /* a cell phone, a smart phone, are mobile phones */
    expect("As of June 2016, 656 million people use cell phones to go online.",
           "mobile_netizens|China|2016-06|656000000|people|exact|observed|1\n", true);
    expect("In June 2016, the number of people using smart phones to surf the Internet reached 656 million.",
           "mobile_netizens|China|2016-06|656000000|people|exact|observed|1\n", true);
    /* "a 42.99 million user increase": the change past its noun; a change
     * "bringing" its level "to" a figure leads to that level */
    expect("As of December 2016, there were 731 million Chinese netizens, a 42.99 million user increase as compared "
           "with last year.",
           "netizens|China|2016|731000000|people|exact|observed|1\n"
           "netizens_increase|China|2016|42990000|people|exact|observed|1\n",
           false);
    expect("In 2012 the number of mobile internet users increased by 18.1 percent, bringing the wireless mobile "
           "population to 420 million.",
           "mobile_netizens_growth|China|2012|18.1|percent|exact|observed|1\n"
           "mobile_netizens|China|2011|355630821|people|about|derived|1\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|1\n",
           true);
    /* a rate per second is no count of transactions */
    expect_absent("Five minutes after midnight Alipay was handling 256,000 payment transactions per second. At the "
                  "peak 544,000 orders were created per second.\n",
                  "transactions|");
    /* the users who shop online, and those of one mode of access, are
     * parts of the netizens, not all of them */
    expect_absent("The report said that 87.88 million Internet users now shop online in China.\n", "netizens|");
    expect_absent("Of the 22.5 million, 3.64 million Chinese use leased line connections, and 15.43 million are "
                  "dial-up Internet users.\n",
                  "15430000");
    /* a table's last column of sources, under a field of its own, names
     * no figures and spoils no row */
    expect("Internet usage in China\n\nYEAR        Internet users    Penetration    Source\n"
           "2000        22,500,000        1.8 %          ITU\n"
           "2002        59,100,000        4.6 %          C.N.N.I.C.\n"
           "Jun/2010    420,000,000       31.6 %         C.N.N.I.C.\n",
           "netizens|China|2000|22500000|people|exact|observed|4\n"
           "internet_penetration|China|2000|1.8|percent|exact|observed|4\n"
           "netizens|China|2002|59100000|people|exact|observed|5\n"
           "internet_penetration|China|2002|4.6|percent|exact|observed|5\n"
           "netizens|China|2010-06|420000000|people|exact|observed|6\n"
           "internet_penetration|China|2010-06|31.6|percent|exact|observed|6\n",
           true);
    /* a field's word cut short ("% Pen."); "Users" beside the Internet's
     * reach are Internet users; a month glued to its row's year
     * ("Jun/2010") */
    expect("Internet usage in China\n\nYEAR        Users           Population       % Pen.\n"
           "2009       384,000,000      1,338,612,968    28.7 %\n"
           "Jun/2010   420,000,000      1,330,141,295    31.6 %\n",
           "netizens|China|2009|384000000|people|exact|observed|4\n"
           "internet_penetration|China|2009|28.7|percent|exact|observed|4\n"
           "netizens|China|2010-06|420000000|people|exact|observed|5\n"
           "internet_penetration|China|2010-06|31.6|percent|exact|observed|5\n",
           true);
    /* a headline's figure that the lead does not state takes the date of
     * the paragraph after it that does */
    expect("China's internet users hit 1.092 bln, penetration rate at 77.5 pct\n\nBEIJING, March 22, 2024 (Xinhua) "
           "-- The number of internet users in China reached 1.092 billion as of December 2023, according to a "
           "report released Friday.\n\nThe country's internet penetration rate stood at 77.5 percent, the report "
           "said.\n",
           "netizens|China|2023|1092000000|people|exact|observed|1\n"
           "internet_penetration|China|2023|77.5|percent|exact|observed|1\n", false);
    /* (not a figure of long before the news that the text compares) */
    expect("Ant Group to be valued at about $313bn\n\nHONG KONG, October 26, 2020 -- Ant Group set the price of "
           "its listing on Monday, putting it on course to raise $34.4 billion.\n\nThe deal would dwarf "
           "Alibaba's own $25 billion listing in September 2014. At the offer price, Ant would be valued at about "
           "$313 billion.\n",
           "valuation|Ant Group|2020-10-26|313000000000|USD|about|observed|1\n", false);
    /* a telephone number in national form is no figure */
    expect("China had 265,405 websites at the end of 2000.\n\nThe full report is on the center's website at "
           "www.cnnic.net.cn, and inquiries may be made at 010-62619750.\n",
           "websites|China|2000|265405|count|exact|observed|1\n", true);
    /* a signed rate a wide gap after a level, a table's column of
     * changes, is the level's change */
    expect("Key figures from the CNNIC report:\n\n  Indicator                  Dec. 2016      Change\n"
           "  Internet users             731 million    +6.2%\n"
           "  Mobile internet users      695 million    +12.2%\n",
           "netizens|China|2016|731000000|people|exact|observed|4\n"
           "netizens_growth|China|2016|6.2|percent|exact|observed|4\n"
           "netizens|China|2015|688323917|people|about|derived|4\n"
           "mobile_netizens|China|2016|695000000|people|exact|observed|5\n"
           "mobile_netizens_growth|China|2016|12.2|percent|exact|observed|5\n",
           false);
    /* a table's thousands parted by single spaces; a telephone line's
     * subscribers are nobody's users; a province's backbone is no
     * international bandwidth */
    expect("Indicator                 Unit                  2008        2007       Growth (%)\n"
           "Fixed telephone users     10,000 households    1 492       1 578       -5.4\n"
           "Internet users            10,000 persons       1 530       1 120       36.6\n",
           "netizens|China|2008|15300000|people|exact|observed|3\n"
           "netizens|China|2007|11200000|people|exact|observed|3\n"
           "netizens_growth|China|2008|36.6|percent|exact|observed|3\n",
           true);
    expect_none("By the end of 2008, the total bandwidth of the provincial backbone network reached 1 280 Gbps.\n");
    expect_none("China Telecom had 164.02 million fixed telephone users at the end of 2012.\n");
    /* a row of months to date, "Jan-Jun 2022", is of its last month; of
     * all twelve, of the year */
    expect("Period           Online retail sales (100 million yuan)\nJan-Feb 2022            18 452\n"
           "Jan-Jun 2022            63 007\nJan-Dec 2022            137 853\n",
           "ecommerce_turnover|China|2022-02|1845200000000|CNY|exact|observed|2\n"
           "ecommerce_turnover|China|2022-06|6300700000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|China|2022|13785300000000|CNY|exact|observed|4\n",
           true);
    /* a byline's fields parted by middle dots, its "by" in lower case,
     * below a site's menus: its day is the item's */
    expect("Pinduoduo raises $1.6 billion in Nasdaq debut\nby Emma Lee    \xC2\xB7    July 26, 2018    \xC2\xB7    4 "
           "min read\n\nThe company sold 85.6 million American depositary shares at $19 each, raising $1.63 "
           "billion.\n",
           "ipo_raise|Pinduoduo|2018-07-26|1630000000|USD|exact|observed|4\n", false);
    expect("TechNode\nNews   Features   Briefing   Events\nPodcasts   Jobs   About\nNewsletter   Search\n"
           "Home > Business > E-commerce\nWe use cookies.   Accept\n\n"
           "Pinduoduo raises $1.6 billion in Nasdaq debut\nby Emma Lee    \xC2\xB7    July 26, 2018    \xC2\xB7    4 "
           "min read\n\nPinduoduo sold 85.6 million American depositary shares at $19 each, raising $1.63 "
           "billion.\n",
           "ipo_raise|Pinduoduo|2018-07-26|1630000000|USD|exact|observed|11\n", false);
    /* a word that opens the sentence and describes the firm a company's
     * noun then names is no name: "Social e-commerce platform Pinduoduo" */
    expect("In July 2018, the market was busy.\n\nSocial e-commerce platform Pinduoduo made its trading debut on the "
           "Nasdaq on Thursday.\n\nThe Shanghai-based company sold 85.6 million American depositary shares at $19 "
           "each, raising $1.63 billion.\n",
           "ipo_raise|Pinduoduo|2018|1630000000|USD|exact|observed|5\n", false);
    /* a launch's date in an opening clause, past what the launch came
     * with, dates nothing of the main clause */
    expect("Jan. 16, 2014 -- Yu'e Bao grew.\n\nLaunched on June 13 last year with a minimum investment of just 1 yuan, "
           "the fund drew 2.51 million users and 6.6 billion yuan by the end of June.\n",
           "fund_customers|Yu'e Bao|2013-06|2510000|people|exact|observed|3\n", false);
    /* a festival day's figure "up 48 per cent" is over the festival a year
     * before; not where the sentence states that level */
    expect("HONG KONG, Nov. 12, 2016 -- Singles Day sales rose.\n\nOn Singles Day, Alipay handled 1.05 billion "
           "payment transactions on the day, up 48 per cent.\n",
           "transactions|Alipay|2016-11-11|1050000000|count|exact|observed|3\n"
           "transactions_growth|Alipay|2016-11-11|48|percent|exact|observed|3\n"
           "transactions|Alipay|2015-11-11|709459459|count|about|derived|3\n",
           true);
    expect_absent("HONG KONG, Nov. 12, 2016 -- Singles Day sales rose.\n\nOn Singles Day, Alibaba's gross merchandise "
                  "volume reached RMB 120.7 billion in 24 hours, up 32% from the RMB 91.2 billion recorded a year "
                  "earlier.\n",
                  "|about|derived|");
    /* a forecast's year frames no figure told after it; "people used the
     * mobile internet" */
    expect("LONDON, March 2, 2020 -- The GSMA published its report.\n\nThe country ended 2019 with 1.22 billion unique mobile subscribers, a figure we expect to "
           "rise only slowly, to 1.26 billion by 2025. Some 850 million people used the mobile internet, a number "
           "that will climb to around 1 billion by 2025.\n",
           "mobile_netizens|China|2019|850000000|people|about|observed|3\n", false);
    /* a thread saved on its day is of that day's year */
    expect("Thread by @chinadigitaldata on Twitter\nElla Wu \xC2\xB7 analyst \xC2\xB7 views mine\nSaved Aug 28, 2021 "
           "\xC2\xB7 17 tweets\n\n3/ Mobile: 1.007bn mobile netizens. 99.6% of netizens go online by phone.\n\n"
           "9/ Ant's IPO prospectus (Aug 2020, RIP) said Alipay had 711M MAU in China as of June 2020.\n",
           "mobile_netizens|China|2021-08-28|1007000000|people|exact|observed|5\n", false);
    /* (or in brackets, the day a page was saved: "[saved to text
     * 2014-11-13, comment scores as of then]"); a verb's contraction that
     * opens a sentence is no name */
    expect("r/China\nPosted by u/shenzhen_throwaway  2 days ago\n\n[saved to text 2014-11-13, comment scores as of "
           "then]\n\nDon't forget Alibaba's IPO on Sept 19 raised $21.8bn, the biggest IPO ever. Tmall did 57.1 "
           "billion yuan of sales in 2013.\n",
           "ipo_raise|Alibaba|2014-09-19|21800000000|USD|exact|observed|6\n", false);
    /* a note's fragment that opens with its figure and goes on with its
     * date counts what the sentence before counted */
    expect("Aug 28, 2021\n\nChina's netizen count crossed a billion. 1.011bn as of end-June, +21.75mn vs Dec.\n",
           "netizens|China|2021-06|1011000000|people|exact|observed|3\n"
           "netizens_increase|China|2021-06|21750000|people|exact|observed|3\n", false);
    /* a certificate of deposit's yield is no share of deposits */
    expect_absent("In the second quarter, the yield on 3-month AAA certificates of deposit moved in a range of 2.40% to "
                  "2.75%.\n",
                  "mmf_share_of_bank_deposits");
    /* the segment's word right after a rate: "59.2% vs 78.3% urban", "in
     * the countryside"; not a network's reach of villages, nor where the
     * offline live */
    expect("In 2021, rural penetration was 59.2% vs 78.3% urban.\n",
           "internet_penetration|China (rural)|2021|59.2|percent|exact|observed|1\n"
           "internet_penetration|China (urban)|2021|78.3|percent|exact|observed|1\n", true);
    expect("In 2013, Internet penetration stood at 45% in urban areas and 30% in the countryside.\n",
           "internet_penetration|China (urban)|2013|45|percent|exact|observed|1\n"
           "internet_penetration|China (rural)|2013|30|percent|exact|observed|1\n", true);
    expect_none("China will expand 4G coverage to 98 pct of rural villages by 2020.\n");
    expect_none("Of the 550 million people still not using the internet in mid-2019, 63.2% lived in rural areas.\n");
    /* "X overtakes Y at N": X's figure */
    expect("China's Internet population overtakes U.S. at 253 mln\n\nBEIJING, July 24, 2008 (Reuters) - China's "
           "online population reached 253 million at the end of June.\n",
           "netizens|China|2008-06|253000000|people|exact|observed|1\n", false);
    /* a day's sales dated by June alone, in a paragraph on 618, are the
     * festival's sales, of its eighteen days */
    expect("BEIJING, June 19, 2021 -- JD.com's 618 festival ended.\n\nJD.com racks up record 343.8 billion yuan in "
           "sales during its 618 festival this year.\n",
           "ecommerce_turnover|JD.com|2021-06|343800000000|CNY|exact|observed|3\n", true);
    /* a caption that names two quantities in order, each with its unit,
     * over rows of a year and two figures; a caption's column is named by
     * its words in the note */
    expect("Figure 3: China's internet users, 2005-2016\nInternet users (million) and penetration rate (percent), "
           "end of year\n\n2005     111     8.5\n2010     457    34.3\n2014     649    47.9\n",
           "netizens|China|2005|111000000|people|exact|observed|4\n"
           "internet_penetration|China|2005|8.5|percent|exact|observed|4\n"
           "netizens|China|2010|457000000|people|exact|observed|5\n"
           "internet_penetration|China|2010|34.3|percent|exact|observed|5\n"
           "netizens|China|2014|649000000|people|exact|observed|6\n"
           "internet_penetration|China|2014|47.9|percent|exact|observed|6\n",
           true);
    expect_note("Figure 3: China's internet users, 2005-2016\nInternet users (million) and penetration rate "
                "(percent), end of year\n\n2005     111     8.5\n2010     457    34.3\n2014     649    47.9\n",
                "table: penetration rate (percent)");
    expect_note("Exhibit 1\nInternet users, million, year-end\n\n2005    111\n2007    210\n2009    384\n",
                "table: Internet users");
    /* an abbreviation set off by commas stands aside, as in brackets:
     * "gross merchandise volume, or GMV, transacted on our marketplaces" */
    expect("In 2015, gross merchandise volume, or GMV, transacted on our marketplaces reached RMB512.4 billion.\n",
           "ecommerce_turnover|China|2015|512400000000|CNY|exact|observed|1\n", true);
    /* a start "a year earlier" in a sentence of its own is a year before
     * the date the text goes on with; the ".cn" address a part used */
    expect("The number of domain names was 16.82 million at the end of 2009, of which 13.46 million used China's "
           "\".cn\" address. The total fell from 16.83 million a year earlier.\n",
           "domain_names|China|2009|16820000|count|exact|observed|1\n"
           "cn_domain_names|China|2009|13460000|count|exact|observed|1\n"
           "domain_names|China|2008|16830000|count|exact|observed|1\n",
           true);
    expect("By the end of 2009, Chinese had registered 16.82 million domain names, of which 13.46 million used "
           "China's \".cn\" address.\n",
           "cn_domain_names|China|2009|13460000|count|exact|observed|1\n", false);
    /* "vs", "vs.": what a change is against, no date of the figure's */
    expect("China Internet Market 2010\n\nOnline shopping GMV\nRMB 263.0 billion\n+105.2% vs. 2008\n",
           "ecommerce_turnover|China|2010|263000000000|CNY|exact|observed|4\n"
           "ecommerce_turnover_growth|China|2010|105.2|percent|exact|observed|5\n"
           "ecommerce_turnover|China|2008|128167641326|CNY|about|derived|5\n", true);
    expect("In 2021, int'l bandwidth was 11,511,397 Mbps, +3.4% vs Dec.\n",
           "international_bandwidth|China|2021|11511397|Mbps|exact|observed|1\n"
           "international_bandwidth_growth|China|2021|3.4|percent|exact|observed|1\n"
           "international_bandwidth|China|2020|11132879|Mbps|about|derived|1\n",
           true);
    /* no count of people passes the world's: "200bn" is a fund's money */
    expect_absent("Nov 13, 2014\n\nYu'e Bao has 149 million users. It was barely 200bn at new year.\n",
                  "200000000000");
    /* "3G subscriptions", the ITU's word */
    expect("According to MIIT, 3G subscriptions increased by 105 million during 2012 to 233 million.\n",
           "3g_users_increase|China|2012|105000000|people|exact|observed|1\n"
           "3g_users|China|2011|128000000|people|exact|derived|1\n"
           "3g_users|China|2012|233000000|people|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(session40_forms)
{
    /* a results release's issuer: named in a headline under a site's
     * chrome, before a bare ticker ("(EXMP )"), or in a defined term
     * wrapped over two lines; a figure naming nobody is its */
    expect("Stock Site\nTicker Lookup\n\n Example Group Announces December Quarter 2017 Results\n\n"
           "Total revenue was RMB83,028 million, an increase of 56% year-over-year.\n",
           "revenue|Example Group|2017-12|83028000000|CNY|exact|observed|6\n"
           "revenue_growth|Example Group|2017-12|56|percent|exact|observed|6\n"
           "revenue|Example Group|2016-12|53223076923|CNY|about|derived|6\n",
           true);
    expect("Stock Site\n\nExample Holding Limited (EXMP ) today announced its financial results for the\n"
           "quarter ended December 31, 2017.\n\n"
           "Total revenue was RMB83,028 million, an increase of 56% year-over-year.\n",
           "revenue|Example|2017-12|83028000000|CNY|exact|observed|6\n"
           "revenue_growth|Example|2017-12|56|percent|exact|observed|6\n"
           "revenue|Example|2016-12|53223076923|CNY|about|derived|6\n",
           true);
    expect("                 Sample 2016 Third Quarter Results Presentation\n\n"
           "This presentation contains forward-looking statements of Sample Holdings Limited (the\n"
           "\"Company\"). Figures in this presentation are unaudited.\n\n"
           "3Q2016 Financial Highlights\n\n"
           "  - Total revenues were RMB40,388 million, an increase of 52% over the third quarter of 2015\n",
           "revenue|Sample|2016-09|40388000000|CNY|exact|observed|8\n"
           "revenue_growth|Sample|2016-09|52|percent|exact|observed|8\n"
           "revenue|Sample|2015-09|26571052632|CNY|about|derived|8\n",
           true);
    /* a line of business opening a results item is no company: its
     * figures are the issuer's */
    expect("Example Holdings Limited (\"Example\" or the \"Company\") today announced its results.\n\n"
           "  - Social networks revenues grew 86% YoY to RMB11,114 million\n"
           "- Online advertising revenues grew 55% YoY to RMB7,291 million\n"
           "- MAUs of the app were 300 million.\n",
           "revenue_growth|Example||86|percent|exact|observed|3\n"
           "revenue|Example||11114000000|CNY|exact|observed|3\n"
           "revenue_growth|Example||55|percent|exact|observed|4\n"
           "revenue|Example||7291000000|CNY|exact|observed|4\n"
           "active_users|Example||300000000|people|exact|observed|5\n",
           true);
    /* a chronology's title names whose its figures are, where they name
     * nobody (not a label's words, "Appendix C"); "Full-year" is no name */
    expect("Timeline of Example\nFrom an encyclopedia\n\n2004 | -- | Financial | Full-year revenue is RMB1.14 billion.\n",
           "revenue|Example|2004|1140000000|CNY|exact|observed|4\n", true);
    expect("EXAMPLE BAO - A CHRONOLOGY OF EVENTS, 2013-2018\n\nJune 30, 2013\n"
           "After 18 days of operation the fund has 2.51 million users and net assets of 6.6 billion yuan.\n",
           "fund_customers|Example BAO|2013-06|2510000|people|exact|observed|4\n"
           "fund_assets|Example BAO|2013-06|6600000000|CNY|exact|observed|4\n",
           true);
    expect("Appendix C  Chronology of the \"Double 11\" shopping festival\n\n"
           "In 2012 GMV on Singles Day reached 19.1 billion yuan.\n",
           "daily_transaction_volume|China|2012-11-11|19100000000|CNY|exact|observed|3\n", true);
    /* a fund table's column of a total is the size of the kind its
     * caption names, a column named for a kind that kind's */
    expect("Table 2  Net asset value of public funds at year end, 2013-2020\n"
           "                                  Unit: 100 million yuan\n\n"
           "   Year-end      Total NAV     Money market funds   MMF share (%)\n"
           "   ----------------------\n"
           "   2013          30,020.71     7,475.49             24.9\n"
           "   2014          45,353.61     20,858.50            46.0\n",
           "fund_assets|public funds|2013|3002071000000|CNY|exact|observed|6\n"
           "fund_assets|money market funds|2013|747549000000|CNY|exact|observed|6\n"
           "fund_assets|public funds|2014|4535361000000|CNY|exact|observed|7\n"
           "fund_assets|money market funds|2014|2085850000000|CNY|exact|observed|7\n",
           true);
    /* a report on a quarter named with its year dates the figures after
     * it, "in the quarter" */
    expect("The PBOC has published its report on the payment system in the third quarter of 2013. Banks "
           "handled 6.663 billion electronic payment transactions in the quarter, up 28.03% from a year earlier.\n",
           "transactions|Banks|2013-09|6663000000|count|exact|observed|1\n"
           "transactions_growth|Banks|2013-09|28.03|percent|exact|observed|1\n"
           "transactions|Banks|2012-09|5204249004|count|about|derived|1\n",
           true);
    /* a quarter with its year in a block's first sentence, no figure in
     * it, dates the block; and the wrapped paragraph right under it, no
     * blank line between, goes on speaking of it */
    expect("E-payment business kept rapid development in Q2 2015. The total value of mobile payment\n"
           "reached 4.19 trillion yuan. Banks had 24.976 billion e-payment transactions valued at\n"
           "92.99 trillion yuan.\n"
           "Non-bank agencies had 20.66 billion online payment transactions, valued at\n"
           "1.73 trillion yuan.\n",
           "mobile_payments|China|2015-06|4190000000000|CNY|exact|observed|2\n"
           "third_party_payments|China|2015-06|1730000000000|CNY|exact|observed|5\n",
           false);
    /* a quarter's column is no name's: "Q1" over figures owns none */
    expect_absent("Table 2  Mobile payments handled by banks, by quarter, 2017\n"
                  "                     Unit: 100 million transactions; trillion yuan\n\n"
                  "                        Q1          Q2          Q3          Q4\n"
                  "  Number             80.34       85.42       99.86      109.90\n"
                  "  Amount             47.28       49.87       51.46       54.32\n",
                  "|Q1|");
    /* a count of companies is whole: a row's falls in percent are none */
    expect_none("   Telephone        2016        2.79            17.07       --      --\n"
                "   payments         2017        1.60             8.78    -42.58  -48.56\n"
                "  Non-bank payment institutions\n");
    /* an agency's archive: an item's day over its dateline, its time
     * after a slash ("August 22, 2012 / 6:05 AM"), dates it; a table's
     * second section under a blank line is the table's, the note under
     * it the unit of both */
    expect("REUTERS  |  Technology\n\nChina's mobile subscribers up 1 pct in July\nAugust 22, 2012 / 6:05 AM\n\n"
           "HONG KONG, Aug 22 (Reuters) - Following is the breakdown of mobile subscriber statistics\n"
           "for July provided by the three carriers:\n\n"
           "                       China Mobile  China Unicom  China Telecom\n"
           "Mobile subscribers\n(including 3G):\n"
           "  -cumulative no.\n   of users               687.96        222.66        146.91\n"
           "  -net addition             4.88          3.41          2.73\n\n"
           "3G subscribers:\n"
           "  -cumulative no.\n   of users                68.98         60.62         53.81\n\n"
           "Note: All numbers are in millions, otherwise stated.\n\n"
           "China's mobile subscribers up 1.2 pct in March\nApril 26, 2014 / 5:40 AM\n\n"
           "HONG KONG, April 26 (Reuters) - China Mobile added 9.88 million 3G users in March.\n",
           "users|China Mobile (mobile phone subscribers)|2012-07|687960000|people|exact|observed|13\n"
           "users|China Unicom (mobile phone subscribers)|2012-07|222660000|people|exact|observed|13\n"
           "users|China Telecom (mobile phone subscribers)|2012-07|146910000|people|exact|observed|13\n"
           "users_increase|China Mobile (mobile phone subscribers)|2012-07|4880000|people|exact|observed|14\n"
           "users_increase|China Unicom (mobile phone subscribers)|2012-07|3410000|people|exact|observed|14\n"
           "users_increase|China Telecom (mobile phone subscribers)|2012-07|2730000|people|exact|observed|14\n"
           "3g_users|China Mobile|2012-07|68980000|people|exact|observed|18\n"
           "3g_users|China Unicom|2012-07|60620000|people|exact|observed|18\n"
           "3g_users|China Telecom|2012-07|53810000|people|exact|observed|18\n"
           "3g_users_increase|China Mobile|2014-03|9880000|people|exact|observed|25\n",
           true);
    /* (a blank line, or one of spaces, under the header; "for December"
     * in a text of January is last year's December) */
    expect("2014-01-20\n\nFollowing is the breakdown of mobile subscriber statistics\n"
           "for December provided by the three carriers:\n \n"
           "                      China Mobile  China Unicom  China Telecom\n"
           "                                \n"
           "Mobile subscribers\n(including 3G):\n"
           "  -cumulative no.\n   of users               767.21        280.98        185.58\n"
           "  -net addition             3.91          2.39          0.11\n"
           "                        \n"
           "3G subscribers:\n"
           "  -cumulative no.\n   of users               191.62        122.60         103.11\n"
           "         \n"
           "Note: All numbers are in millions, otherwise stated.\n",
           "users|China Mobile (mobile phone subscribers)|2013|767210000|people|exact|observed|11\n"
           "users|China Unicom (mobile phone subscribers)|2013|280980000|people|exact|observed|11\n"
           "users|China Telecom (mobile phone subscribers)|2013|185580000|people|exact|observed|11\n"
           "users_increase|China Mobile (mobile phone subscribers)|2013-12|3910000|people|exact|observed|12\n"
           "users_increase|China Unicom (mobile phone subscribers)|2013-12|2390000|people|exact|observed|12\n"
           "users_increase|China Telecom (mobile phone subscribers)|2013-12|110000|people|exact|observed|12\n"
           "3g_users|China Mobile|2013|191620000|people|exact|observed|16\n"
           "3g_users|China Unicom|2013|122600000|people|exact|observed|16\n"
           "3g_users|China Telecom|2013|103110000|people|exact|observed|16\n",
           true);
    /* (without the note, a count of people in decimals is none) */
    expect_none("                       China Mobile  China Unicom  China Telecom\n"
                "Mobile subscribers\n(including 3G):\n"
                "  -net addition             4.88          3.41          2.73\n");
    /* an agency's dateline without its year, in a file of items, starts
     * an item of the year of the one before */
    expect("Baidu shares soar in debut\n\nNEW YORK, Aug. 5, 2005 (AP) -- Baidu's shares rose.\n\n"
           "(CRI August 7, 2005)\n\n----------\n\nYahoo pumps money into Alibaba\n\n"
           "BEIJING, Aug. 11 (Xinhua) -- Yahoo Inc. will invest US$1 billion in Alibaba.com, it was "
           "announced on Thursday.\n\nOther players have also moved in: eBay acquired Shanghai-based "
           "EachNet for US$180 million.\n",
           "investment|Alibaba.com|2005-08-11|1000000000|USD|exact|observed|11\n"
           "acquisition|EachNet|2005-08-11|180000000|USD|exact|observed|13\n",
           false);
    /* a text whose title names Singles' Day speaks of the festival: its
     * sales that name no span of their own are the day's */
    expect("Alibaba smashes Singles' Day record as online shopping festival goes global\n"
           "PUBLISHED : Sunday, 12 November, 2017, 1:02am\n\n"
           "The total gross merchandise volume (GMV) reached 168.2 billion yuan, up 39 per cent from last year.\n",
           "daily_transaction_volume|China|2017-11-11|168200000000|CNY|exact|observed|4\n"
           "daily_transaction_volume_growth|China|2017-11-11|39|percent|exact|observed|4\n"
           "daily_transaction_volume|China|2016-11-11|121007194245|CNY|about|derived|4\n",
           true);
    expect("Alibaba reports results\nPUBLISHED : Sunday, 12 November, 2017, 1:02am\n\n"
           "The total gross merchandise volume (GMV) reached 3.7 trillion yuan, up 39 per cent from last year.\n",
           "ecommerce_turnover|China|2017|3700000000000|CNY|exact|observed|4\n", false);
    /* a news item's day on the country's figure of a CNNIC report is the
     * report's half-year: June's in an item of August, the year before's
     * in one of January; not so without the CNNIC */
    expect("BEIJING, Aug. 4, 2017 -- The number of mobile Internet users in China has reached 724 million, "
           "says the 40th China Statistical Report on Internet Development issued by CNNIC on August 4.\n",
           "mobile_netizens|China|2017-06|724000000|people|exact|observed|1\n", true);
    expect("BEIJING, Jan. 22, 2018 -- China had 772 million internet users, according to a CNNIC report.\n",
           "netizens|China|2017|772000000|people|exact|observed|1\n", true);
    expect("BEIJING, Aug. 4, 2017 -- The number of mobile Internet users in China has reached 724 million.\n",
           "mobile_netizens|China|2017-08-04|724000000|people|exact|observed|1\n", true);
    /* a quarter compared with is no month's: the figure is of the quarter
     * the release reports; a period written short ("1Q2019") and
     * "non-GAAP" name nobody */
    expect("Example Announces 2019 First Quarter Results\n\n"
           "HONG KONG, May 15, 2019 /PRNewswire/ -- Example Holdings Limited (\"Example\" or the \"Company\") "
           "today announced the results for the first quarter of 2019 (\"1Q2019\").\n\n"
           "1Q2019 Key Highlights\n\n"
           "Revenues: +16% YoY, on non-GAAP measures\n\n"
           "Total revenues were RMB85,465 million, an increase of 16% over the first quarter of 2018.\n",
           "revenue_growth|Example|2019-03|16|percent|exact|observed|7\n"
           "revenue|Example|2019-03|85465000000|CNY|exact|observed|9\n"
           "revenue_growth|Example|2019-03|16|percent|exact|observed|9\n"
           "revenue|Example|2018-03|73676724138|CNY|about|derived|9\n",
           true);
    /* an item's source line with its weekday and time ("REUTERS | Tue
     * Feb 25, 2014 8:52am EST") starts an item of that day */
    expect("Weibo item one\nREUTERS | Mon Aug 19, 2019 8:52am EST\n\n"
           "Weibo said revenue rose 1 percent year on year to 431.8 million U.S. dollars in the second quarter.\n\n"
           "---------------\n\nSina Weibo users\nREUTERS | Tue Feb 25, 2014 8:52am EST\n\n"
           "BEIJING Feb 25 (Reuters) - Sina Corp said on Tuesday the number of daily active users of its Sina "
           "Weibo microblog had risen 4 percent to 61.4 million as of December.\n",
           "active_users|Sina|2013|61400000|people|exact|observed|11\n", false);
    /* a unit restated after a comma is the same unit, not a second
     * scale: "(unit: 100 million yuan, 亿元)", "Unit: 100 million yuan, 亿元" */
    static const char *const restated[] = {"  (unit: 100 million yuan, \xE4\xBA\xBF\xE5\x85\x83)",
                                           "  Unit: 100 million yuan, \xE4\xBA\xBF\xE5\x85\x83",
                                           "  (100 million yuan / \xE4\xBA\xBF\xE5\x85\x83)"};
    for (size_t u = 0; u < sizeof restated / sizeof *restated; u++) {
        char text[400];
        snprintf(text, sizeof text,
                 "  Third-party online payment transactions, 2009-2013\n%s\n\n"
                 "                 2009      2010      2011\n"
                 "  Online        5,766    10,105    21,610\n",
                 restated[u]);
        expect(text,
               "third_party_payments|China|2009|576600000000|CNY|exact|observed|5\n"
               "third_party_payments|China|2010|1010500000000|CNY|exact|observed|5\n"
               "third_party_payments|China|2011|2161000000000|CNY|exact|observed|5\n",
               true);
    }
    /* "trading volume" between a cue and its verb links them; a date that
     * is its clause's subject stands for the figure before ("Q1 2018 was
     * 48.3 trillion Yuan") */
    expect("In Q1 2014 China's third-party mobile payment market trading volume reached 1,532.88 billion yuan.\n",
           "mobile_payments|China|2014-03|1532880000000|CNY|exact|observed|1\n", true);
    expect("In the first half of 2018, the trading volume of China's third-party mobile payment reached 98.5 "
           "trillion yuan. Q1 2018 was 48.3 trillion yuan, a QoQ growth of 24.2%; Q2 2018 was 50.1 trillion yuan.\n",
           "mobile_payments|China|2018-06|98500000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2018-03|48300000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2018-03|24.2|percent|exact|observed|1\n"
           "mobile_payments|China|2018-06|50100000000000|CNY|exact|observed|1\n",
           true);
    /* hard-wrapped prose: a sum's currency on the next line is its own
     * ("400 billion" / "yuan"); a line that ends with its verb goes on
     * to the figure on the next ("reached" / "3 trillion yuan"), but not
     * a table's header ("As at"); a fund's total size is its size; a
     * base year of prices is no time */
    expect("Title here\n\nIn February 2014 the fund size of Yu'E Bao reached 400 billion\nyuan (USD 64.89 billion).\n",
           "fund_assets|Yu'E Bao|2014-02|400000000000|CNY|exact|observed|3\n", true);
    expect("Title here\n\nBy the end of 2013 Yu'e Bao's fund size reached\n3 trillion yuan.\n",
           "fund_assets|Yu'e Bao|2013|3000000000000|CNY|exact|observed|4\n", true);
    expect("Title\n\nBy the end of 2013, total fund size reached 3 trillion yuan.\n",
           "fund_assets|money market funds|2013|3000000000000|CNY|exact|observed|3\n", true);
    expect("Title\n\nTotal volume of telecom business reached 3,095.5 billion yuan (calculated at 2000 constant "
           "prices), up 20.5% over the previous year. Telecom main business revenue reached 898.8 billion yuan in 2010.\n",
           "revenue|China|2010|898800000000|CNY|exact|observed|3\n", true);
    /* AUM is a fund's size, no name; balanced and guaranteed funds are
     * kinds of fund */
    expect("Title 2012\n\nAs of the end of 2011, there were 434 equity funds with a total of Rmb993.6 billion in "
           "AUM. Over the same period, total AUM for balanced funds also fell to Rmb548.4 billion across 176 "
           "funds.\n",
           "fund_assets|equity funds|2011|993600000000|CNY|exact|observed|3\n"
           "fund_assets|balanced funds|2011|548400000000|CNY|exact|observed|3\n",
           true);
    /* Web surfers are netizens */
    expect("Title 2004\n\nChina had 79.5 million Web surfers at the end of 2003, a report by the CNNIC stated Thursday.\n",
           "netizens|China|2003|79500000|people|exact|observed|3\n", true);
    /* a CNNIC report of July speaks of June; a label may narrow its cue
     * ("Number of individual Internet users"); a capital M after a
     * network's links is a rate */
    expect("Semiannual Survey Report on the Development of China's Internet\nJuly 1999\n"
           "China Internet Network Information Center (CNNIC)\n\n"
           "II. Number of individual Internet users in China: 4,000,000\n\n"
           "V. Total Capacity of International Links: 241M\n",
           "netizens|China|1999-06|4000000|people|exact|observed|5\n"
           "international_bandwidth|China|1999-06|241|Mbps|exact|observed|7\n",
           true);
    expect("Survey Report\nJuly 1999\n\nNumber of individual Internet users in China: 4,000,000\n",
           "netizens|China|1999-07|4000000|people|exact|observed|4\n", true);
    /* a growth in brackets right after a figure is that figure's; a
     * percent is never a level of a count */
    expect("Title\n\nIn 2006 the number of Internet users has increased by 26 million (23.4% growth rate), Chinese "
           "domain names have gone up over 700,000 to 1.8 million (64.4%).\n",
           "netizens_increase|China|2006|26000000|people|exact|observed|3\n"
           "netizens_growth|China|2006|23.4|percent|exact|observed|3\n",
           false);
    expect_absent("Title\n\nIn 2006 Chinese domain names have gone up over 700,000 to 1.8 million (64.4%), and web "
                  "pages to 4.47 billion (86.3%).\n",
                  "|64.4|count|");
    /* an item's header "[6] ... -- posted July 2000" dates its item; a
     * relative clause on what the people counted do stands aside, figure
     * and all */
    expect("News file 1999\n\n[5] Something -- 2000, March\n\nThe figure was 4 million in June 1999.\n\n=====\n\n"
           "[6] Message board, msg 14123608 -- posted July 2000\n\n"
           "By the end of June, there were a total of 99,734 domain names registered under .cn.\n\n"
           "The number of China's Internet users, who connected to cyberspace via 6.5 million computers, "
           "reached 16.9 million by June 30, 2000.\n",
           "cn_domain_names|China|2000-06|99734|count|exact|observed|11\n"
           "netizens|China|2000-06-30|16900000|people|exact|observed|13\n",
           false);
    /* a fund's figure naming no kind is of the kind its paragraph spoke
     * of before it, not the rule's fallback */
    expect("Title\n\nChina's mutual funds industry grew fast. Industry assets totalled Rmb2.17 trillion at the end of 2011.\n",
           "fund_assets|mutual funds|2011|2170000000000|CNY|exact|observed|3\n", true);
    /* a source's credit among fields parted by bars names nobody */
    expect_absent("News archive\n\n2019-12-02 | CGTN / Xinhua | Assets of public offering of funds hit 13.91 trln "
                  "yuan in China\n",
                  "|CGTN|");
    /* "in the quarter" is the quarter the text last named */
    expect("Payments 2018\n2018-05-02 | Xinhua\n\nIn the first quarter, banks processed 39.592 billion electronic "
           "payment transactions.\n\nThe number of mobile payment transactions handled by banks was 10.963 billion.\n\n"
           "Non-bank payment institutions processed 127.3 billion online payment "
           "transactions worth 44.61 trillion yuan in the quarter.\n",
           "third_party_payments|China|2018-03|44610000000000|CNY|exact|observed|8\n", false);
    /* a bulletin's title that ends "in 2010", released in January 2011,
     * reports 2010 */
    expect("Ministry of Industry and Information Technology\n\n"
           "        Statistical Bulletin on the Development of the Communications Industry in 2010\n\n"
           "Released: 25 January 2011\n\n"
           "Telecom main business revenue reached 898.8 billion yuan, up 6.4% over the previous year.\n",
           "revenue|China|2010|898800000000|CNY|exact|observed|7\n"
           "revenue_growth|China|2010|6.4|percent|exact|observed|7\n"
           "revenue|China|2009|844736842105|CNY|about|derived|7\n",
           true);
    /* "the same period of 2022" in a report on Q3 2023 is Q3 2022, and
     * the figure compared with it Q3 2023's */
    expect("Example Inc. Announces Third Quarter 2023 Financial Results\n\n"
           "Third Quarter 2023 Operational Highlights\n"
           "- Average monthly paying users (MPUs) were 27.5 million, compared\n"
           "with 28.5 million in the same period of 2022.\n",
           "users|Example|2023-09|27500000|people|exact|observed|4\n"
           "users|Example|2022-09|28500000|people|exact|observed|5\n",
           true);
    /* a row's label broken after its "of", the name on the next line
     * with the figures; two names joined by "and" are one */
    expect("Example 2016 Third Quarter Results Presentation\n\nKey Platforms - Quarterly Trend\n\n"
           "Unit: million       3Q2015    4Q2015    1Q2016\n"
           "QQ IM MAU            860.0     853.1     877.1\n"
           "Combined MAU of\n"
           " Weixin and WeChat   650.0     697.0     762.2\n",
           "active_users|Weixin and WeChat|2015-09|650000000|people|exact|observed|8\n", false);
    /* a header of days written "31-Dec-07" keeps the rows under it in
     * its table, as a header of years does */
    expect("Example Announces 2007 Fourth Quarter and Annual Results\n\nKey Operating Statistics\n\n"
           "                                         As at         As at       Growth\n"
           "                                       31-Dec-07     30-Sep-07     QoQ (%)\n"
           "Registered IM user accounts (mn)          783.0         741.4        5.6%\n"
           "Active IM user accounts (mn)              300.2         286.5        4.8%\n",
           "registered_users|Example|2007-12-31|783000000|people|exact|observed|7\n"
           "registered_users|Example|2007-09-30|741400000|people|exact|observed|7\n"
           "registered_users_growth|Example|2007-12-31|5.6|percent|exact|observed|7\n",
           false);
    /* (a unit's line between the days and the rows gives the scale; the
     * growth column's "(%)" is no unit of the table) */
    expect("Example Announces 2007 Fourth Quarter and Annual Results\n\nKey Operating Statistics\n\n"
           "                                         As at         As at       Growth\n"
           "                                       31-Dec-07     30-Sep-07     QoQ (%)\n"
           "                                       (in millions, except percentages)\n"
           "Registered IM user accounts               783.0         741.4        5.6%\n"
           "Active IM user accounts                   300.2         286.5        4.8%\n",
           "registered_users|Example|2007-12-31|783000000|people|exact|observed|8\n"
           "registered_users|Example|2007-09-30|741400000|people|exact|observed|8\n",
           false);
    /* a prospectus's cover names its issuer on a line of its own */
    expect("PROSPECTUS SUMMARY\n\n            10,000,000 American Depositary Shares\n\n"
           "                 Example Corporation\n\n"
           "Our net revenues were US$65.9 million in 2012 and US$188.3 million in 2013.\n",
           "ipo_shares_offered|Example|2013|10000000|count|exact|observed|3\n"
           "revenue|Example|2012|65900000|USD|exact|observed|7\n"
           "revenue|Example|2013|188300000|USD|exact|observed|7\n",
           true);
}
END_TEST

START_TEST(session39_forms)
{
    /* an item's own dateline in an archive of items dates what follows
     * it, not the first item's */
    expect("INTERNET NEWS ARCHIVE\nItems sorted by date, oldest first.\n\n"
           "2012-01-16 | Xinhua | Internet population keeps growing\n\n"
           "China had 513 million internet users at the end of 2011, the CNNIC said.\n\n"
           "2019-08-30 | CGTN / Xinhua | China's netizens reach a new high\n\n"
           "The China Internet Network Information Center released its semi-annual report on Friday.\n\n"
           "The number of internet users in China reached 854 million by the end of June, the CNNIC said.\n",
           "netizens|China|2011|513000000|people|exact|observed|6\n"
           "netizens|China|2019-06|854000000|people|exact|observed|12\n",
           true);
    /* (or its line under the item's headline, a time of day after its
     * day) */
    expect("XINHUANET | Sci-Tech | China Internet statistics news file\nCompiled wire items\n"
           "=================\n\nChina's Internet population reaches 94 million\n"
           "2005-01-19 16:42:07 | Source: Xinhua | Editor: Wang\n\n"
           "BEIJING, Jan. 19 (Xinhua) -- The number of Internet users in China climbed to 94 million by the end "
           "of 2004.\n\n-----------------\n\nChinese netizens top 123 million\n2006-07-19 17:05:33 | Source: Xinhua\n\n"
           "BEIJING, July 19 (Xinhua) -- China had 123 million Internet users as of the end of June, CNNIC said.\n",
           "netizens|China|2004|94000000|people|exact|observed|8\n"
           "netizens|China|2006-06|123000000|people|more_than|observed|12\n"
           "netizens|China|2006-06|123000000|people|exact|observed|15\n",
           false);
    /* (or a wire's: its weekday, its time, a story's id after a wide gap) */
    expect("== NEWSWIRE ARCHIVE :: China Internet ==\nResults 1-9 of 9   Sorted by date\n\n-----------\n"
           "[1] Alibaba buys 18 pct of Sina Weibo\nMon Apr 29, 2013 10:41am EDT   [ID:nL3N0DG0XY]\n\n"
           "HONG KONG, April 29 (Reuters) - Weibo said it had more than 500 million registered users at the end "
           "of last year.\n\n-----------\n[2] Tencent invests in Sogou\nMon Sep 16, 2014 4:02am EDT   "
           "[ID:nL3N0HC0AB]\n\nBEIJING, Sept 16 (Reuters) - WeChat had 236 million monthly active users at the "
           "end of June, Tencent said.\n",
           "registered_users|Weibo|2012|500000000|people|more_than|observed|8\n"
           "active_users|WeChat|2014-06|236000000|people|exact|observed|14\n",
           false);
    /* (or past a label: "Updated: 2017/01/23 10:12") */
    expect("C114 English | Operators | Statistics\nCollected MIIT telecom statistics briefs, 2016-2024\n\n"
           "==========\nChina's 4G users grow fast\nUpdated: 2016/01/23 10:12\n\n"
           "FTTH/O subscribers reached 120 million at the end of last year.\n\n==========\n"
           "China's fibre users keep growing\n(China Daily/Agencies)    Updated: 2017-09-22 08:52\n\n"
           "FTTH/O subscribers reached 280 million at the end of August.\n",
           "ftth_users|China|2015|120000000|people|exact|observed|8\n"
           "ftth_users|China|2017-08|280000000|people|exact|observed|14\n",
           true);
    /* (or past a poster's name, its day an ordinal: "Posted by: Infoworld
     * on Jan 20th, 2005 4:33 AM"; "now" in an item on the CNNIC's survey
     * of January is the year before's, and so is the paragraph after it) */
    expect("Digest of items\n\n----------\nInternet users top 87 million\n"
           "Posted by: CommsUpdate on Jul 22nd, 2004 10:02 AM\n\n"
           "A survey found that 87 million people now use the internet in the country.\n\n----------\n"
           "China sees slower increase in new Internet users\nPosted by: Infoworld on Jan 20th, 2005 4:33 AM\n\n"
           "At present there are 94 million Internet users in China, according to the China Internet Network "
           "Information Center (CNNIC). That represents an increase of 18.2 percent, or 14.5 million new Internet "
           "users, since January 2004.\n",
           "netizens|China|2004|87000000|people|exact|observed|7\n"
           "netizens|China|2004|94000000|people|exact|observed|13\n"
           "netizens_growth|China|2004|18.2|percent|exact|observed|13\n"
           "netizens_increase|China|2004|14500000|people|exact|observed|13\n",
           false);
    /* a row named by a measure ("Scale", "Amount") under a caption or a
     * section that names what is paid; a year's change at the header's
     * end ("2013 y-o-y"); a row out of the indicator's range has no
     * change of it either */
    expect("Table: Transaction scale of China's third-party online payment market, 2005-2009\n"
           "                      2005      2006      2007\n"
           "Scale (100m yuan)      161       323       976\n"
           "Growth (%)             --      100.6     202.2\n",
           "third_party_payments|China|2005|16100000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2006|32300000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2007|97600000000|CNY|exact|observed|3\n"
           "third_party_payments_growth|China|2006|100.6|percent|exact|observed|4\n"
           "third_party_payments_growth|China|2007|202.2|percent|exact|observed|4\n",
           true);
    /* (or "Transaction scale", its money, not a number of transactions) */
    expect("Chart 2-1  Transaction scale of China's third-party online payment market, 2009-2011\n"
           "Unit: 100 million yuan\n\n"
           "                      2009       2010       2011\n"
           "   Transaction scale  5,766     10,105     22,038\n",
           "third_party_payments|China|2009|576600000000|CNY|exact|observed|5\n"
           "third_party_payments|China|2010|1010500000000|CNY|exact|observed|5\n"
           "third_party_payments|China|2011|2203800000000|CNY|exact|observed|5\n",
           true);
    /* (its label broken over two lines too) */
    expect("Chart 2-1  Transaction scale of China's third-party online payment market, 2009-2011\n"
           "Unit: 100 million yuan\n\n"
           "                 2009       2010       2011\n"
           "   Transaction\n"
           "   scale         5,766     10,105     22,038\n",
           "third_party_payments|China|2009|576600000000|CNY|exact|observed|6\n"
           "third_party_payments|China|2010|1010500000000|CNY|exact|observed|6\n"
           "third_party_payments|China|2011|2203800000000|CNY|exact|observed|6\n",
           true);
    /* (rows labelled in Chinese under a caption in English, in the order
     * the caption names them or by their label's phrase) */
    expect("  Figure 6  Size of Internet Users and Internet Penetration Rate\n"
           "  单位:万人\n"
           "        2021.6     2021.12    2022.6     2022.12\n"
           "  网民规模  101,074    103,195    105,114    106,744\n"
           "  普及率     71.6%      73.0%      74.4%      75.6%\n",
           "netizens|China|2021-06|1010740000|people|exact|observed|4\n"
           "netizens|China|2021|1031950000|people|exact|observed|4\n"
           "netizens|China|2022-06|1051140000|people|exact|observed|4\n"
           "netizens|China|2022|1067440000|people|exact|observed|4\n"
           "internet_penetration|China|2021-06|71.6|percent|exact|observed|5\n"
           "internet_penetration|China|2021|73|percent|exact|observed|5\n"
           "internet_penetration|China|2022-06|74.4|percent|exact|observed|5\n"
           "internet_penetration|China|2022|75.6|percent|exact|observed|5\n",
           true);
    expect("Table 2  Electronic payments handled by banking institutions, 2011-2013\n\n"
           "                               2011        2012        2013      2013 y-o-y\n"
           " Online payments\n"
           "   Transactions (100 million)  150.43      192.38      236.74       23.06%\n"
           "   Amount (trillion yuan)      637.52      819.39    1,060.78       29.46%\n"
           " Mobile payments\n"
           "   Transactions (100 million)    2.85        5.35       16.74      212.86%\n"
           "   Amount (trillion yuan)        1.21        2.31        9.64      317.56%\n",
           "transactions|China|2011|15043000000|count|exact|observed|5\n"
           "transactions|China|2012|19238000000|count|exact|observed|5\n"
           "transactions|China|2013|23674000000|count|exact|observed|5\n"
           "transactions_growth|China|2013|23.06|percent|exact|observed|5\n"
           "transactions|China|2011|285000000|count|exact|observed|8\n"
           "transactions|China|2012|535000000|count|exact|observed|8\n"
           "transactions|China|2013|1674000000|count|exact|observed|8\n"
           "transactions_growth|China|2013|212.86|percent|exact|observed|8\n"
           "mobile_payments|China|2011|1210000000000|CNY|exact|observed|9\n"
           "mobile_payments|China|2012|2310000000000|CNY|exact|observed|9\n"
           "mobile_payments|China|2013|9640000000000|CNY|exact|observed|9\n"
           "mobile_payments_growth|China|2013|317.56|percent|exact|observed|9\n",
           true);
    /* a "Half-year growth rate" column; a chart in a box drawn with the
     * box-drawing characters, its unit in Chinese ("单位:万人": 10,000
     * people); "net citizens", machine-translated CNNIC reports' word;
     * "newly increased" after the figure's noun is a change */
    expect("Statistical Report on Internet Development in China\n\nJuly, 2010\n\n"
           "  Table 5 Comparison of basic resources of Internet in China, 2009.12-2010.6\n"
           "  ------------------------------------------------------------------------\n"
           "                                        2009.12           2010.6       Half-year growth rate\n"
           "  IPv4 (unit)                        232,446,976       250,358,784              7.7%\n",
           "ipv4_addresses|China|2009|232446976|count|exact|observed|8\n"
           "ipv4_addresses|China|2010-06|250358784|count|exact|observed|8\n"
           "ipv4_addresses_growth|China|2010-06|7.7|percent|exact|observed|8\n",
           true);
    expect("Statistical Report on Internet Development in China\n\nJuly, 2010\n\n"
           "  Figure 1 Net citizen scale and Internet penetration rate in China\n"
           "  \xE5\x8D\x95\xE4\xBD\x8D:\xE4\xB8\x87\xE4\xBA\xBA\n"
           "  \xE2\x94\x8C\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x90\n"
           "    2009.6      2009.12     2010.6\n    33,800      38,400      42,000\n"
           "    25.5%       28.9%       31.8%\n"
           "  \xE2\x94\x94\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x98\n",
           "netizens|China|2009-06|338000000|people|exact|observed|9\n"
           "netizens|China|2009|384000000|people|exact|observed|9\n"
           "netizens|China|2010-06|420000000|people|exact|observed|9\n"
           "internet_penetration|China|2009-06|25.5|percent|exact|observed|10\n"
           "internet_penetration|China|2009|28.9|percent|exact|observed|10\n"
           "internet_penetration|China|2010-06|31.8|percent|exact|observed|10\n",
           true);
    expect("By June 30, 2010, the total net citizen scale of China reached 420 million, with 36 million net "
           "citizens newly increased in half a year.\n",
           "netizens|China|2010-06-30|420000000|people|exact|observed|1\n"
           "netizens_increase|China|2010-06-30|36000000|people|exact|observed|1\n",
           false);
    /* a table of applications whose header's words wrap onto a line of
     * their own ("Utilization" over "rate") */
    expect("Statistical Report on Internet Development in China\n\nJuly, 2010\n\n"
           "  Table 7 Use of Internet applications by net citizens, 2009.12-2010.6\n"
           "                                  2009.12                    2010.6\n"
           "  Application             Users (10,000)  Utilization   Users (10,000)  Utilization   Growth rate\n"
           "                                          rate                          rate\n"
           "  Online music                32,074        83.5%          34,617        82.4%          7.9%\n"
           "  Online games                26,454        68.9%          29,571        70.4%         11.8%\n",
           "game_players|China|2009|264540000|people|exact|observed|10\n"
           "game_players|China|2010-06|295710000|people|exact|observed|10\n"
           "game_players_growth|China|2010-06|11.8|percent|exact|observed|10\n",
           true);
    /* an "Annual increase" column is the amount added, a "Growth rate"
     * column the percent; a part's row, "of which: .CN domain names" */
    expect("Statistical Report on Internet Development in China\n\nJanuary 2012\n\n"
           "  Table 1  Comparison of Basic Internet Resources in China, 2010-2011\n"
           "  ------------------------------------------------------------------------------\n"
           "                                   Dec. 2010        Dec. 2011     Annual increase  Growth rate\n"
           "  Domain names (unit)              8,656,525        7,748,459         -908,066       -10.5%\n"
           "    of which: .CN domain names     4,349,524        3,528,511         -821,013       -18.9%\n",
           "domain_names|China|2010|8656525|count|exact|observed|8\n"
           "domain_names|China|2011|7748459|count|exact|observed|8\n"
           "domain_names_increase|China|2011|-908066|count|exact|observed|8\n"
           "domain_names_growth|China|2011|-10.5|percent|exact|observed|8\n"
           "cn_domain_names|China|2010|4349524|count|exact|observed|9\n"
           "cn_domain_names|China|2011|3528511|count|exact|observed|9\n"
           "cn_domain_names_increase|China|2011|-821013|count|exact|observed|9\n"
           "cn_domain_names_growth|China|2011|-18.9|percent|exact|observed|9\n",
           true);
    /* "the amount" of counted transactions, in a clause of its own after
     * the count's, is the money the count's cue names */
    expect("In the third quarter of 2019, mobile payment transactions increased by 61.05% year-on-year to 27.274 "
           "billion and the amount increased by 31.52% year-on-year to CNY86.11 trillion.\n",
           "mobile_payments_growth|China|2019-09|31.52|percent|exact|observed|1\n"
           "mobile_payments|China|2019-09|86110000000000|CNY|exact|observed|1\n",
           false);
    expect("In 2019, non-bank payment institutions processed 191.187 billion online payment transactions, a "
           "year-on-year increase of 37.01%, and the total amount was CNY63.99 trillion, a year-on-year increase "
           "of 23.04%.\n",
           "third_party_payments|China|2019|63990000000000|CNY|exact|observed|1\n"
           "third_party_payments_growth|China|2019|23.04|percent|exact|observed|1\n",
           false);
    /* (or an agency's, a city's name first and the agency's after) */
    expect("CHINA INTERNET WATCH -- clippings\nPage 1\n\n----------\nChina has 668 million Internet users\n"
           "BEIJING, July 22, 2015 (Xinhua)\n\nChina had 668 million Internet users as of June, CNNIC said.\n\n"
           "----------\nChina has 710 million Internet users\nBEIJING, Aug. 3, 2016 (Xinhua)\n\n"
           "China had 710 million Internet users as of June, CNNIC said.\n",
           "netizens|China|2015-06|668000000|people|exact|observed|8\n"
           "netizens|China|2016-06|710000000|people|exact|observed|14\n",
           false);
    /* a column named for a change before the level's words ("Net
     * increase of 3G users") counts the change */
    expect("Statistical bulletin 2010\n\nTable 2  Mobile phone users by operator, end of 2010\n\n"
           "Operator            Mobile phone users     of which 3G users     Net increase of 3G users\n"
           "                    (10,000 households)    (10,000 households)   (10,000 households)\n"
           "China Mobile             58400.3                 2070.0                1731.6\n"
           "China Telecom             9052.1                 1229.0                 822.1\n",
           "3g_users|China Mobile|2010|20700000|people|exact|observed|7\n"
           "3g_users_increase|China Mobile|2010|17316000|people|exact|observed|7\n"
           "3g_users|China Telecom|2010|12290000|people|exact|observed|8\n"
           "3g_users_increase|China Telecom|2010|8221000|people|exact|observed|8\n",
           false);
    /* a unit said again after a slash, in Chinese, is the same unit */
    expect("Statistical bulletin 2019\n\nFigure 4  Fixed broadband and fibre users, 2015-2019\n"
           "          (unit: 10,000 households / \xE4\xB8\x87\xE6\x88\xB7)\n\n"
           "  Year                          2015      2016\n"
           "  of which FTTH/O users        12000     22766\n",
           "ftth_users|China|2015|120000000|people|exact|observed|7\n"
           "ftth_users|China|2016|227660000|people|exact|observed|7\n",
           true);
    /* a header of periods labelled "Survey date", wrapped into a second
     * header under the first's rows; "Users" under a caption that says
     * whose; one odd month in a series of half years leaves December the
     * year's */
    expect("CNNIC 16th report\nJuly 2005\n\n"
           "Figure 1  Growth of Internet users in China, 1997-2005              (unit: 10,000 persons)\n"
           "  Survey date   1997.10  1998.6  1998.12  1999.6\n"
           "  Users              62   117.5      210     400\n"
           "  Survey date   2003.12  2004.6  2004.12  2005.6\n"
           "  Users            7950    8700     9400   10300\n",
           "netizens|China|1997-10|620000|people|exact|observed|6\n"
           "netizens|China|1998-06|1175000|people|exact|observed|6\n"
           "netizens|China|1998|2100000|people|exact|observed|6\n"
           "netizens|China|1999-06|4000000|people|exact|observed|6\n"
           "netizens|China|2003|79500000|people|exact|observed|8\n"
           "netizens|China|2004-06|87000000|people|exact|observed|8\n"
           "netizens|China|2004|94000000|people|exact|observed|8\n"
           "netizens|China|2005-06|103000000|people|exact|observed|8\n",
           true);
    /* "Total users" under "Internet users by access method" */
    expect("CNNIC 16th report\nJuly 2005\n\n"
           "Table 1  Internet users by access method                          (unit: 10,000 persons)\n"
           "  Access method          2004.6        2004.12        2005.6\n"
           "  Dial-up                5,190          5,240          4,950\n"
           "  Total users            8,700          9,400         10,300\n",
           "netizens|China|2004-06|87000000|people|exact|observed|7\n"
           "netizens|China|2004|94000000|people|exact|observed|7\n"
           "netizens|China|2005-06|103000000|people|exact|observed|7\n",
           true);
    /* (or its source's line: fields parted by bars, a date first or
     * last; a source in brackets ending with its month; "now" in an item
     * of January on the CNNIC's survey is of the year just ended) */
    expect("CNNIC SURVEY REPORTS IN THE PRESS, 2004-2007\n(clippings in order of publication)\n\n----------\n"
           "china.org.cn | archive | 2004-01-16\n\nThere are now about 80 million netizens in the country.\n\n"
           "----------\nChina Becomes World's 2nd Most Wired Nation\n(China Daily via china.org.cn, July 2004)\n\n"
           "More than 87 million Chinese were netizens by the end of June.\n",
           "netizens|China|2003|80000000|people|about|observed|7\n"
           "netizens|China|2004-06|87000000|people|more_than|observed|13\n",
           true);
    /* a header that opens with its unit, "Unit: million", then quarters */
    expect("Tencent results presentation\n\nKey Platforms - Quarterly Trend\n\n"
           "Unit: million       3Q2015    4Q2015    1Q2016\n"
           "QQ IM MAU            860.0     853.1     877.1\n"
           "Qzone MAU            653.0     640.0     671.0\n",
           "active_users|QQ IM|2015-09|860000000|people|exact|observed|6\n"
           "active_users|QQ IM|2015-12|853100000|people|exact|observed|6\n"
           "active_users|QQ IM|2016-03|877100000|people|exact|observed|6\n"
           "active_users|Qzone|2015-09|653000000|people|exact|observed|7\n"
           "active_users|Qzone|2015-12|640000000|people|exact|observed|7\n"
           "active_users|Qzone|2016-03|671000000|people|exact|observed|7\n",
           true);
    /* a unit in brackets in a header's field is no figure, whether or
     * not a reader takes the table */
    expect("Yu'e Bao annual reports\n\nTable A1  Tianhong Yu'e Bao: size and holders at year-end\n\n"
           "  Year-end   Net assets           Change in net    Number of holders    7-day annualised\n"
           "             (100 million yuan)   assets (%)       (10,000 accounts)    yield (%)\n",
           "", true);
    /* a header over two lines, the second its units and the ends of its
     * names wrapped in lower case; the caption's name before a colon is
     * whose figures they are */
    expect("Yu'e Bao annual reports\n\nTable A1  Tianhong Yu'e Bao: size and holders at year-end\n\n"
           "  Year-end   Net assets           Change in net    Number of holders    7-day annualised\n"
           "             (100 million yuan)   assets (%)       (10,000 accounts)    yield (%)\n"
           "  2013         1,853.42               --                4,303              6.76\n"
           "  2014         5,789.36            212.36              18,500              4.63\n",
           "fund_assets|Tianhong Yu'e Bao|2013|185342000000|CNY|exact|observed|7\n"
           "fund_customers|Tianhong Yu'e Bao|2013|43030000|people|exact|observed|7\n"
           "fund_assets|Tianhong Yu'e Bao|2014|578936000000|CNY|exact|observed|8\n"
           "fund_customers|Tianhong Yu'e Bao|2014|185000000|people|exact|observed|8\n",
           false);
    /* a table of channels: "y-o-y" columns, a unit and a percent in one
     * field of the units' line, asides in brackets after the channels'
     * names, a quarter named in words in the caption */
    expect("Overall Operation of the Payment System in the Fourth Quarter of 2023\n\n"
           "Table 1   Electronic payments, fourth quarter of 2023\n\n"
           " Item                          Transactions    y-o-y      Amount         y-o-y\n"
           "                               (100 million)   (%)        (trillion yuan) (%)\n"
           " Mobile payments (banks)           493.92      18.34        134.06       10.46\n"
           " Online payments (non-bank)      3,270.01      21.41         87.08       10.39\n",
           "transactions|China|2023-12|49392000000|count|exact|observed|7\n"
           "transactions_growth|China|2023-12|18.34|percent|exact|observed|7\n"
           "mobile_payments|China|2023-12|134060000000000|CNY|exact|observed|7\n"
           "mobile_payments_growth|China|2023-12|10.46|percent|exact|observed|7\n"
           "transactions|China|2023-12|327001000000|count|exact|observed|8\n"
           "transactions_growth|China|2023-12|21.41|percent|exact|observed|8\n"
           "third_party_payments|China|2023-12|87080000000000|CNY|exact|observed|8\n"
           "third_party_payments_growth|China|2023-12|10.39|percent|exact|observed|8\n",
           true);
    /* (fields parted by dashes, an item's mark before them, the date in
     * brackets at the end) */
    expect("YU'E BAO PRESS CLIPPINGS\n==========\n\n[B1] chinainternetwatch.com -- Demystify Yu'E Bao (March 2014)\n\n"
           "By the middle of February, Yu'E Bao fund size reached 400 billion yuan.\n\n----------\n"
           "[B3] China Daily -- 28 October 2015\n\n"
           "The money-market funds volume had reached 1.76 trillion yuan by the end of September.\n",
           "fund_assets|Yu'E Bao|2014-02|400000000000|CNY|exact|observed|6\n"
           "fund_assets|money market funds|2015-09|1760000000000|CNY|exact|observed|11\n",
           true);
    /* (a source's day with its time after a slash, under the item's
     * headline) */
    expect("Alibaba news\n\nPUBLISHED : Sunday, 12 November, 2017, 1:02am\n\nAlibaba had 10 million users in 2009.\n\n"
           "----------\n\nAlibaba's Singles' Day orders hit $84.5 bln\nREUTERS  |  November 11, 2021 / 4:35 PM\n\n"
           "Alibaba had 900 million users at the end of September.\n",
           "users|Alibaba|2009|10000000|people|exact|observed|5\n"
           "users|Alibaba|2021-09|900000000|people|exact|observed|12\n",
           true);
    /* (the last field's date with its author after a comma) */
    expect("YU'E BAO PRESS CLIPPINGS\n==========\n\n[B3] China Daily -- 28 October 2014\n\n"
           "Yu'e Bao had assets of 578.9 billion yuan by the end of September.\n\n----------\n"
           "[B5] Yicai Global -- July 2, 2018, by Liao Shumin\n\n"
           "Yu'e Bao was worth CNY1.45 trillion by the end of the second quarter.\n",
           "fund_assets|Yu'e Bao|2014-09|578900000000|CNY|exact|observed|6\n"
           "fund_assets|Yu'e Bao|2018-06|1450000000000|CNY|exact|observed|11\n",
           true);
    /* named rows under columns of one measure at two dates, the dates
     * months alone ("NAV by end-July"), the units under each column set
     * flush left, a change's sign, "Changes (%)" */
    expect("AMAC\n\nChart I: NAV of funds by the end of July 2021\n\n"
           "  Types of funds             NAV by end-July   NAV by end-June   Changes (%)\n"
           "                             (RMB trln)        (RMB trln)\n"
           "  Stock funds                     2.24              2.26            -0.87\n"
           "  Hybrid funds                    5.43              5.62            -3.26\n",
           "fund_assets|Stock funds|2021-07|2240000000000|CNY|exact|observed|7\n"
           "fund_assets|Stock funds|2021-06|2260000000000|CNY|exact|observed|7\n"
           "fund_assets_growth|Stock funds|2021-07|-0.87|percent|exact|observed|7\n"
           "fund_assets|Hybrid funds|2021-07|5430000000000|CNY|exact|observed|8\n"
           "fund_assets|Hybrid funds|2021-06|5620000000000|CNY|exact|observed|8\n"
           "fund_assets_growth|Hybrid funds|2021-07|-3.26|percent|exact|observed|8\n",
           true);
    expect("AMAC monthly data, 2019\n\nTable 2  Net assets by fund type\n\n"
           "  Fund type          Net assets, end-Sep 2019   Net assets, end-Jun 2019\n"
           "                     (RMB bn)                   (RMB bn)\n"
           "  Equity funds             1,234.5                  1,200.1\n"
           "  Bond funds               2,345.6                  2,300.2\n",
           "fund_assets|Equity funds|2019-09|1234500000000|CNY|exact|observed|7\n"
           "fund_assets|Equity funds|2019-06|1200100000000|CNY|exact|observed|7\n"
           "fund_assets|Bond funds|2019-09|2345600000000|CNY|exact|observed|8\n"
           "fund_assets|Bond funds|2019-06|2300200000000|CNY|exact|observed|8\n",
           true);
    /* (the date in a middle field, with its time; a release's dateline,
     * the wire's name in slashes) */
    expect("CLIPPINGS\nPage 1\n\n----------\nTencent Announces Third Quarter Results\n\n"
           "HONG KONG, Nov 14, 2012 /PRNewswire/ -- Tencent Holdings today announced its results.\n\n"
           "QQ had 784.0 million monthly active user accounts at the end of September.\n\n----------\n"
           "China has 802 mln online users: report\nSource: Xinhua | 2018-08-20 17:43:33 | Editor: xuxin\n\n"
           "BEIJING (Xinhua) -- A report was released on Monday.\n\n"
           "The number of China's internet users hit 802 million at the end of June.\n",
           "active_users|QQ|2012-09|784000000|people|exact|observed|9\n"
           "netizens|China|2018-06|802000000|people|exact|observed|12\n"
           "netizens|China|2018-06|802000000|people|exact|observed|17\n",
           true);
    /* a product's name alone over rows that name only what is counted
     * ("QQ" over "  MAU"), a change's sign before its percent; not a
     * part the label names ("Smart device MAU" is no figure of QQ's) */
    expect("Tencent results\n\n                                  3Q2016        2Q2016    YoY change\n"
           "                                  (million)     (million)\nQQ\n"
           "  MAU                             876.7         899.0     +2%\n"
           "Qzone\n  MAU                             631.9         651.5     -3%\n",
           "active_users|QQ|2016-09|876700000|people|exact|observed|6\n"
           "active_users|QQ|2016-06|899000000|people|exact|observed|6\n"
           "active_users_growth|QQ|2016-09|2|percent|exact|observed|6\n"
           "active_users|Qzone|2016-09|631900000|people|exact|observed|8\n"
           "active_users|Qzone|2016-06|651500000|people|exact|observed|8\n"
           "active_users_growth|Qzone|2016-09|-3|percent|exact|observed|8\n",
           true);
    /* "the same quarter of 2020" in a report on a quarter is that quarter
     * of 2020 */
    expect("PDD Holdings Announces Fourth Quarter 2021 Results\n\n"
           "Total revenues in the quarter were RMB27,230.9 million, an increase of 3% from RMB 26,547.7 million in "
           "the same quarter of 2020.\n",
           "revenue|PDD|2021-12|27230900000|CNY|exact|observed|3\n"
           "revenue_growth|PDD|2021-12|3|percent|exact|observed|3\n"
           "revenue|PDD|2020-12|26547700000|CNY|exact|observed|3\n",
           false);
    /* a section's line that gives the rows' unit, "(in millions)"; a
     * note's mark glued to a row's label, "Mobile MAUs(1)" */
    expect("Alibaba Group Announces December Quarter 2017 Results\n\nKEY OPERATING METRICS\n"
           "                                    Dec 2016   Mar 2017   Jun 2017\n"
           "China retail marketplaces (in millions)\n"
           "  Mobile MAUs(1)                       493        507        529\n"
           "  Annual active consumers(2)           443        454        466\n",
           "active_users|Alibaba Group|2016-12|493000000|people|exact|observed|6\n"
           "active_users|Alibaba Group|2017-03|507000000|people|exact|observed|6\n"
           "active_users|Alibaba Group|2017-06|529000000|people|exact|observed|6\n",
           false);
    /* a dateline of a city in capitals and a colon names no place of the
     * figure's */
    expect("IndustryWeek, January 2000\n\nSHANGHAI: China's Internet users surged to 8.9 million as of the end "
           "of 1999.\n",
           "netizens|China|1999|8900000|people|exact|observed|3\n", true);
    /* a title under a rule of '=' is the title, its words the context
     * of what the text under it counts */
    expect("==============================\n YU'E BAO FUND - A CHRONOLOGY OF EVENTS, 2013-2018\n"
           "==============================\n\n2014\n\nMarch 31\n"
           "Net assets reach 541.3 billion yuan, up 192 percent from the end of December.\n",
           "fund_assets|Yu'e BAO Fund|2014-03-31|541300000000|CNY|exact|observed|8\n", false);
    /* "the same as at the end of 2012" is a base of comparison; "53.58
     * million new ones" is the noun before's, newly added */
    expect("As of December 2013, the number of IPv4 addresses in China was 330 million, basically the same as at "
           "the end of 2012. As of December 2013, China had 618 million Internet users, with 53.58 million new "
           "ones.\n",
           "ipv4_addresses|China|2013|330000000|count|exact|observed|1\n"
           "netizens|China|2013|618000000|people|exact|observed|1\n"
           "netizens_increase|China|2013|53580000|people|exact|observed|1\n",
           false);
    /* "the Internet payment industry" is the third parties' */
    expect("According to Iris Consulting statistics, 2011 China's Internet payment industry overall transaction size "
           "reached 2.2038 trillion yuan, an increase of 118.1%.\n",
           "third_party_payments|China|2011|2203800000000|CNY|exact|observed|1\n"
           "third_party_payments_growth|China|2011|118.1|percent|exact|observed|1\n",
           false);
    /* households "connected by fibre", "users of fiber-optic broadband" */
    expect("By the end of 2017, 772 million Chinese were online and 294 million households were connected by "
           "fibre.\n\nBy the end of the third quarter of 2017, China had 280 million users of fiber-optic "
           "broadband.\n",
           "ftth_users|China|2017|294000000|people|exact|observed|1\n"
           "ftth_users|China|2017-09|280000000|people|exact|observed|3\n",
           false);
    /* "Subscribers (m)": millions; a caption's compound of a common word,
     * "Internet-access subscribers", names nobody */
    expect("MIIT July 2016\n\n  MIIT: China fixed-line broadband Internet-access subscribers, July 2016\n"
           "  Access mode                          Subscribers (m)     Growth (%)\n"
           "  xDSL                                      32.11            -49.95%\n"
           "  FTTH                                     196.94           109.50%\n"
           "  All modes in total                       282.21            35.68%\n",
           "ftth_users|China|2016-07|196940000|people|exact|observed|6\n", false);
    /* "last May" under a chronology's day in February is May of the year
     * before */
    expect("Alibaba deals 2014\n\nFeb 10\nAlibaba offers $21 per share for AutoNavi. It bought a 28 percent stake "
           "in AutoNavi for $294 million last May.\n",
           "acquisition_stake|AutoNavi|2013-05|28|percent|exact|observed|4\n"
           "acquisition|AutoNavi|2013-05|294000000|USD|exact|observed|4\n",
           false);
    /* (its date after a label, in the last field) */
    expect("MIIT STATEMENTS, 2005-2012\n\n==========\n1. iThome (Taipei) -- 2005-05-13\n==========\n\n"
           "The internet penetration rate reached 7.5 percent at the end of March.\n\n==========\n"
           "7. China Daily / Xinhua -- Updated: 2012-10-25 15:20\n==========\n\n"
           "The Internet penetration rate reached 41.1 percent at the end of September.\n",
           "internet_penetration|China|2005-03|7.5|percent|exact|observed|7\n"
           "internet_penetration|China|2012-09|41.1|percent|exact|observed|13\n",
           true);
    /* "up sharply from X a year earlier and Y at end-June": the bases,
     * each of its own date */
    expect("China's Internet users surged to 8.9 million as of the end of 1999, up sharply from 2.1 million a "
           "year earlier and 4.0 million at end-June 1999, the report said.\n",
           "netizens|China|1999|8900000|people|exact|observed|1\n"
           "netizens|China|1998|2100000|people|exact|observed|1\n"
           "netizens|China|1999-06|4000000|people|exact|observed|1\n",
           true);
    /* a quarter's change after the year's ("QoQ change") is read past */
    expect("Tencent results\n\n                                  3Q2016        2Q2016    YoY change   QoQ change\n"
           "                                  (million)     (million)\n"
           "  QQ MAU                          876.7         899.0     +2%         -2%\n",
           "active_users|QQ|2016-09|876700000|people|exact|observed|5\n"
           "active_users|QQ|2016-06|899000000|people|exact|observed|5\n"
           "active_users_growth|QQ|2016-09|2|percent|exact|observed|5\n",
           true);
    /* the header's second line of units with the changes' names wrapped
     * after them; "Combined MAU" under "Weixin and WeChat" is theirs */
    expect("Tencent results\n\n                                  3Q2016        2Q2016    YoY       QoQ\n"
           "                                  (million)     (million) change    change\nQQ\n"
           "  MAU                             876.7         899.0     +2%       -2%\nWeixin and WeChat\n"
           "  Combined MAU                    846.1         805.7     +30%      +5%\n",
           "active_users|QQ|2016-09|876700000|people|exact|observed|6\n"
           "active_users|QQ|2016-06|899000000|people|exact|observed|6\n"
           "active_users_growth|QQ|2016-09|2|percent|exact|observed|6\n"
           "active_users|Weixin and WeChat|2016-09|846100000|people|exact|observed|8\n"
           "active_users|Weixin and WeChat|2016-06|805700000|people|exact|observed|8\n"
           "active_users_growth|Weixin and WeChat|2016-09|30|percent|exact|observed|8\n",
           true);
    /* a line left open goes on in brackets on the next: "- Average daily
     * active users" over "(DAUs) were 102.8 million" */
    expect("Bilibili Inc. Announces Third Quarter 2023 Financial Results\n\n- Average daily active users\n"
           "(DAUs) were 102.8 million, representing an increase of 14%\nfrom the same period of 2022.\n",
           "active_users|Bilibili|2023-09|102800000|people|exact|observed|4\n"
           "active_users_growth|Bilibili|2023-09|14|percent|exact|observed|4\n",
           false);
}
END_TEST

START_TEST(session38_forms)
{
    /* a thread's posts: a post's number is no count of the institutions
     * it names, and a short form is its word */
    expect_absent("Notes by @paydata, 2021\n\n7/ Non-bank payment institutions did 827.3bn online txns in 2020.\n", "|7|");
    expect("Banks processed 123.2bn mobile payment txns worth RMB 432.2tn in 2020.\n",
           "mobile_payments|China|2020|432200000000000|CNY|exact|observed|1\n", false);
    /* a first post of several sentences on one line is no headline: its
     * end-of-month date dates the country's figures after it; the day the
     * report came out does not */
    expect("Saved Sep 2, 2021 · 9 posts\n\n"
           "1/ The new CNNIC report landed (Aug 27). Big picture: the online population passed 1bn. 1.011bn internet "
           "users as of end-June. Penetration 71.6%. Notes below 👇\n\n"
           "2/ Mobile: 1.007bn mobile netizens. Nearly all of them.\n",
           "mobile_netizens|China|2021-06|1007000000|people|exact|observed|5\n", false);
    /* "the year" is the last year the sentence named before it, not the
     * year of the line before (a chronology's), nor of a "since" clause */
    expect("Milestones of the web in China\n\n1999 — Internet users reach 8.9 million.\n"
           "2000 — The country counts 22.5 million internet users at the end of the year.\n",
           "netizens|China|2000|22500000|people|exact|observed|4\n", false);
    expect("Internet users went from 94 million at the end of 2004 to 103 million at the end of June 2005, and to "
           "111 million by the end of the year.\n",
           "netizens|China|2005|111000000|people|exact|observed|1\n", false);
    expect("Mobile internet users increased by 60 million in 2012, the most since 3G licences were issued in January "
           "2009, reaching 420 million at the end of the year.\n",
           "mobile_netizens|China|2012|420000000|people|exact|observed|1\n", false);
    /* (not the year of a base nor of a setting, that dates no figure) */
    expect("CHINA MOBILE LIMITED\nOPERATIONAL DATA FOR NOVEMBER 2020\n\n"
           "The Group's mobile customer base at the end of November 2020 remained slightly below the level at the "
           "end of 2019, with an aggregate net decrease of 2.37 million customers for the first eleven months of the "
           "year.\n",
           "users_increase|China Mobile|2020-11|-2370000|people|exact|observed|4\n", false);
    expect("Sina launched its Weibo service in August 2009; by the end of 2010 there were 63.11 million microblog "
           "users, and a year later the number had reached 250 million.\n",
           "microblog_users|China|2011|250000000|people|exact|observed|1\n", false);
    expect("In 2008, 118 million people were already using mobile phones to go online.\n",
           "mobile_netizens|China|2008|118000000|people|exact|observed|1\n", true);
    /* a fund's report: "the fund" is its fund, though its paragraph names
     * the fund's brand */
    expect("Tianhong Yu'e Bao Money Market Fund\nQuarterly Report for the Second Quarter of 2021\n\n"
           "Fund Manager: Tianhong Asset Management Co., Ltd.\nFund short name: Tianhong Yu'e Bao\n\n"
           "The size of the fund declined on the Yu'e Bao platform during the quarter. At the end of the quarter "
           "the fund had net assets of RMB 751.33 billion.\n",
           "fund_assets|Tianhong Yu'e Bao|2021-06|751330000000|CNY|exact|observed|7\n", true);
    /* an operator's monthly table: its header of months alone, a blank
     * line, a section's label and rows; a net change below zero, its sign
     * set off, is a cell and no empty one */
    expect("CHINA UNICOM LIMITED\nOPERATIONAL DATA FOR MAY 2016\n\n"
           "                                                    May 2016       April 2016\n\n"
           "Mobile Business\n"
           "  Net additional subscribers for the month (million)       0.85           0.61\n"
           "  Aggregate net additional subscribers (million)          -1.90          -2.75\n"
           "  Total subscribers (million)                             251.33         250.48\n"
           "  Aggregate 4G subscribers (million)                      60.12          55.40\n",
           "users_increase|China Unicom|2016-05|850000|people|exact|observed|7\n"
           "users_increase|China Unicom|2016-05|-1900000|people|exact|observed|8\n"
           "users|China Unicom|2016-05|251330000|people|exact|observed|9\n"
           "users|China Unicom (4G subscribers)|2016-05|60120000|people|exact|observed|10\n",
           false);
    /* the start of a change "a month earlier" is of the month before
     * (before December's, a year's end: November) */
    expect("China Securities Journal, January 20, 2022\n\n"
           "The net assets of money market funds stood at 9.48 trillion yuan at the end of October 2021, down 1.5% from "
           "9.62 trillion yuan a month earlier.\n\n"
           "The net assets of money market funds stood at 9.48 trillion yuan at the end of December, down 1.5% from "
           "9.62 trillion yuan a month earlier.\n",
           "fund_assets|money market funds|2021-09|9620000000000|CNY|exact|observed|3\n"
           "fund_assets|money market funds|2021-11|9620000000000|CNY|exact|observed|5\n", false);
    /* a table's number in its caption is no day of a column's date */
    expect("CNNIC report\n\nTable 3 Basic Internet resources in China, Dec. 2006 vs. Dec. 2007\n"
           "                                     Dec. 2006       Dec. 2007      Growth\n"
           "Websites                               843,000       1,503,800       78.4%\n",
           "websites|China|2006|843000|count|exact|observed|5\n"
           "websites|China|2007|1503800|count|exact|observed|5\n", false);
    /* a chart as PDF text renders it: a line of figures per series, the
     * line of periods under them, the caption naming the quantities */
    expect("CNNIC report\n\nFigure 1 Scale of netizens in China (Unit: 10,000 persons)\n"
           "  9,400  10,300  11,100  12,300\n"
           "2004.12  2005.6 2005.12  2006.6\n"
           "Source: CNNIC Statistical Survey on the Internet Development in China\n",
           "netizens|China|2004|94000000|people|exact|observed|4\n"
           "netizens|China|2005-06|103000000|people|exact|observed|4\n"
           "netizens|China|2005|111000000|people|exact|observed|4\n"
           "netizens|China|2006-06|123000000|people|exact|observed|4\n", true);
    expect("CNNIC report 2020\n\nFigure 1 Scale of netizens and Internet penetration\n"
           "                   Netizens (10,000 persons)              Internet penetration\n"
           "82,851          85,449          90,359\n"
           "59.6%           61.2%           64.5%\n"
           "2018.12         2019.6          2020.3\n",
           "netizens|China|2019-06|854490000|people|exact|observed|5\n"
           "internet_penetration|China|2019-06|61.2|percent|exact|observed|6\n", false);
    /* a headline that ends with initials ("U.S.") is a headline still:
     * the lead's date is its figure's */
    expect("China's Internet users reach 68 million, 2nd only to U.S.\n\n"
           "BEIJING, July 21, 2003 (Kyodo) -- The number of Internet users in China reached 68 million at the end "
           "of June, a research body said Monday.\n",
           "netizens|China|2003-06|68000000|people|exact|observed|1\n", false);
    /* a wire's factbox: a change "(pct)" is a growth, the festival's; the
     * festival names nobody, the firm before it does */
    expect("Reuters, Nov 11, 2014\n\nFACTBOX-Singles' Day GMV on Alibaba's Tmall and Taobao\n\n"
           "    Year      GMV (bln yuan)    Change (pct)\n"
           "    2012          19.1               267\n"
           "    2013          35.0                83\n",
           "daily_transaction_volume|Alibaba|2013-11-11|35000000000|CNY|exact|observed|7\n"
           "daily_transaction_volume_growth|Alibaba|2013-11-11|83|percent|exact|observed|7\n", false);
    /* (a label in capitals before the caption is nobody; the firm "on"
     * whose platforms the festival's sales were is the owner) */
    expect("DATA BOX: Singles' Day GMV on Alibaba platforms, 2009-2019\n\n"
           "  Year   GMV (bn yuan)   YoY change\n"
           "  2012      19.1              267%\n"
           "  2013      35.0               83%\n",
           "daily_transaction_volume|Alibaba|2013-11-11|35000000000|CNY|exact|observed|5\n"
           "daily_transaction_volume_growth|Alibaba|2013-11-11|83|percent|exact|observed|5\n", false);
    expect("Table 3.1: Alibaba Singles' Day GMV, 2012-2014\n\nYear      GMV (RMB billion)\n"
           "2012            19.1\n2013            35.0\n2014            57.1\n",
           "daily_transaction_volume|Alibaba|2013-11-11|35000000000|CNY|exact|observed|5\n", false);
    /* the central bank's "internet payments" of payment institutions are
     * third-party payments */
    expect("Payment institutions processed 10.51 billion internet payment transactions in 2012, with a total value "
           "of 6.89 trillion yuan.\n",
           "third_party_payments|China|2012|6890000000000|CNY|exact|observed|1\n", false);
    /* a report's findings dated again by a later level of the country's,
     * of the same month, are of that date as it writes it */
    expect("Statistical Report on Internet Development in China\n(July 2010)\n\n"
           "As of June 30, 2010, the number of netizens in China had reached 420 million.\n\n"
           "Key Findings\n\n"
           "1. As of June 2010, China had 420 million netizens, an increase of 36 million over the end of 2009.\n\n"
           "2. Mobile Internet users reached 277 million.\n",
           "mobile_netizens|China|2010-06|277000000|people|exact|observed|10\n", false);
    /* a fund association's table of fund types: names with hyphens, a
     * part's "of which:", a count's column beside the money's, figures
     * under the middle of a long field */
    expect("China Securities Journal, January 20, 2022\n\n"
           "Table: Public fund assets by type, end-December 2021 (Source: AMAC)\n\n"
           "Type                  Number of funds      Net assets (100 million yuan)\n"
           "Closed-end                 1,144               27,811.34\n"
           "Open-end                   8,031              227,817.21\n"
           "  of which: Equity         1,772               25,574.05\n"
           "            Money market     335               94,820.96\n",
           "fund_assets|Closed-end|2021|2781134000000|CNY|exact|observed|6\n"
           "fund_assets|Open-end|2021|22781721000000|CNY|exact|observed|7\n"
           "fund_assets|Equity|2021|2557405000000|CNY|exact|observed|8\n"
           "fund_assets|Money market|2021|9482096000000|CNY|exact|observed|9\n", true);
    /* a chronology's present: a mark passed before the level reached is no
     * fact, and "by December" is the year's end */
    expect("A Chronology\n\n2005 — Internet users pass the 100 million mark and reach 111 million by December.\n",
           "netizens|China|2005|111000000|people|exact|observed|3\n", true);
    /* a payment company's total payment volume, however told */
    expect("YunPay's total payment volume for 2018 was RMB 3.6 trillion, up 64%.\n",
           "third_party_payments|YunPay|2018|3600000000000|CNY|exact|observed|1\n", false);
    /* a report's table of applications' users: a column of users for each
     * survey, its date in its field, its unit under it; the growth of the
     * latest; rows of what the vocabulary counts */
    expect("CNNIC report 2011\n\n"
           "Table 5  Users and usage rates of Internet applications, Dec. 2010 vs. Jun. 2011\n"
           "Application          Users Dec.2010   Users Jun.2011   Usage rate   Half-year\n"
           "                     (10,000)         (10,000)         Jun.2011     growth\n"
           "Instant messaging    35,258           38,509           79.4%         9.2%\n"
           "Online games         30,410           31,137           64.2%         2.4%\n"
           "Microblog             6,311           19,497           40.2%       208.9%\n",
           "game_players|China|2010|304100000|people|exact|observed|7\n"
           "game_players|China|2011-06|311370000|people|exact|observed|7\n"
           "game_players_growth|China|2011-06|2.4|percent|exact|observed|7\n"
           "microblog_users|China|2010|63110000|people|exact|observed|8\n"
           "microblog_users|China|2011-06|194970000|people|exact|observed|8\n"
           "microblog_users_growth|China|2011-06|208.9|percent|exact|observed|8\n", true);
    /* the internet's "user base"; domain names "ending in .CN" */
    expect("China's internet user base grew to 1.092 billion by the end of December 2023, and the number of domain "
           "names ending in .CN fell to 20.13 million.\n",
           "netizens|China|2023|1092000000|people|exact|observed|1\n"
           "cn_domain_names|China|2023|20130000|count|exact|observed|1\n", false);
    /* what a count of payments was "valued at" is no company's value */
    expect_absent("Mobile payments processed by banks reached 3.77 billion transactions in Q3 2015, valued at 27.36 "
                  "trillion yuan.\n",
                  "valuation|");
    /* a column of a span of days, an aside in it: of its last day's year */
    expect("Tianhong Zenglibao Money Market Fund\n2014 Annual Report\n\n"
           "3.1 Key accounting data and financial indicators                      Unit: RMB yuan\n\n"
           "Item                                        2014                     29 May 2013 (inception) - 31 December 2013\n"
           "Realised income for the period              24,087,316,574.22        1,790,553,821.06\n"
           "Net assets at end of period                 578,935,720,118.64       185,347,611,025.37\n",
           "fund_assets|money market funds|2013|185347611025.37|CNY|exact|observed|8\n", false);
    /* a quarterly report's own quarter's month is of its year */
    expect("Tianhong Yu'e Bao Money Market Fund\nQuarterly Report for the Second Quarter of 2021\n\n"
           "A year earlier, at the end of June 2020, the Fund had net assets of RMB 1,195.2 billion. According to "
           "AMAC, the money market fund sector held about RMB 9.36 trillion at the end of June.\n",
           "fund_assets|money market funds|2021-06|9360000000000|CNY|about|observed|4\n", false);
    /* a sentence opening with its stock's date frames the next one; a
     * year's flow told after it does not */
    expect("Yu'e Bao 2023 Annual Report\n\n"
           "At the end of 2023, the Fund's net assets were RMB 682.47 billion, after a decline of 1.28% in 2022. "
           "The Fund had about 694 million holders at the year-end.\n",
           "fund_customers|Yu'e Bao|2023|694000000|people|about|observed|3\n", false);
    /* rows of fund types under columns dated in their fields, their units
     * under them in brackets, a change and a change in percent after them */
    expect("AMAC monthly data, November 2019\n\nTable 2  Comparison with the previous month\n\n"
           "Category                 Net assets, end-Sep 2019    Net assets, end-Oct 2019    Change    Change (%)\n"
           "                         (100 million yuan)          (100 million yuan)\n"
           "Equity funds                  12,689.30                   13,106.45               417.15      3.29\n"
           "Money market funds            70,212.48                   70,866.03               653.55      0.93\n",
           "fund_assets|Equity funds|2019-09|1268930000000|CNY|exact|observed|7\n"
           "fund_assets|Equity funds|2019-10|1310645000000|CNY|exact|observed|7\n"
           "fund_assets_increase|Equity funds|2019-10|41715000000|CNY|exact|observed|7\n"
           "fund_assets_growth|Equity funds|2019-10|3.29|percent|exact|observed|7\n", false);
    /* a ranking of funds: a header of three lines (fields, their days,
     * their units in brackets abbreviated), a company's column naming no
     * measure, a change "(%)" a growth */
    expect("Morningstar China | 28 July 2017\n\nTable: Largest money market funds by net assets, 30 June 2017\n\n"
           "Rank  Fund                    Fund company         Net assets      Net assets      QoQ change\n"
           "                                                   30-Jun-2017     31-Mar-2017     (%)\n"
           "                                                   (RMB bn)        (RMB bn)\n"
           "1     Tianhong Yu'e Bao       Tianhong             1,433.05        1,142.54        25.43\n"
           "2     Bosera Cash Income      Bosera               104.92          91.16           15.09\n",
           "fund_assets|Tianhong Yu'e Bao|2017-06-30|1433050000000|CNY|exact|observed|8\n"
           "fund_assets|Tianhong Yu'e Bao|2017-03-31|1142540000000|CNY|exact|observed|8\n"
           "fund_assets_growth|Tianhong Yu'e Bao|2017-06-30|25.43|percent|exact|observed|8\n", false);
    /* another generation's base stations added are no 3G ones */
    expect_absent("MIIT 2022\n\nThe country added 600,000 5G base stations in 2021.\n", "3g_base_stations");
    expect_absent("MIIT 2022\n\nThe number of 5G base stations increased by 600,000 in 2021.\n", "3g_base_stations");
    expect("MIIT 2011\n\nThe country added 200,000 3G base stations in 2010.\n",
           "3g_base_stations_increase|China|2010|200000|count|exact|observed|3\n", true);
    /* a subject with a clause that says more of it before its verb */
    expect("Jiangsu Internet Development Bulletin 2016\n\n"
           "Domain names registered by Jiangsu users totaled 1.27 million in 2015. The number of websites whose "
           "sponsors are located in Jiangsu reached 196,000 in 2015.\n",
           "domain_names|Jiangsu|2015|1270000|count|exact|observed|3\n"
           "websites|Jiangsu|2015|196000|count|exact|observed|3\n", true);
    /* an infographic's figure of money, its caption and its year under it */
    expect("CNNIC infographic\nData as of March 2020\n\n10.63 trillion yuan\nOnline retail sales, 2019\n",
           "ecommerce_turnover|China|2019|10630000000000|CNY|exact|observed|4\n", true);
    /* who signed up for the 3G service are 3G users */
    expect("Subscribers to 3G services rose to 220.3 million in October 2012, an increase of 9.8 million from "
           "September.\n",
           "3g_users|China|2012-10|220300000|people|exact|observed|1\n"
           "3g_users_increase|China|2012-10|9800000|people|exact|observed|1\n", false);
    /* a week's round-up of deals: a deal without a day of its own is of
     * the month, not of the day the round-up came out */
    expect("Fintech Deal Roundup: payment startups draw $200m in a quiet week\n\nLi Wei | Shanghai\n"
           "21 March, 2019 | 5:10 pm\n\n"
           "Lending platform Qianbao Tech raised 50 million yuan in a Series A led by Matrix Partners.\n",
           "funding_round|Qianbao Tech|2019-03|50000000|CNY|exact|observed|6\n", true);
    /* a list of rounds under a lead into it: a label with its date in
     * brackets, a colon, the amount; the company the lead names, not the
     * investors the items name; a day alone under the title dates it */
    expect("Lanting Robotics closes USD 80 million Series C\n"
           "March 2, 2022\n\n"
           "Lanting has raised money in four rounds since 2016:\n\n"
           "- Angel (2016): RMB 3 million from Sinovation Ventures\n"
           "- Series A (May 2018): RMB 60 million, led by Qiming Venture Partners\n"
           "- Series B (July 2020): USD 25 million, led by Matrix Partners\n",
           "funding_round|Lanting Robotics|2022-03-02|80000000|USD|exact|observed|1\n"
           "funding_round|Lanting|2016|3000000|CNY|exact|observed|6\n"
           "funding_round|Lanting|2018-05|60000000|CNY|exact|observed|7\n"
           "funding_round|Lanting|2020-07|25000000|USD|exact|observed|8\n",
           true);
    /* the places a national figure is spread over are not its place, nor
     * one that says what kind a thing is, nor a source its entity */
    expect("The number of internet users reached 2.1 million by the end of 1998, most of them in Beijing, Shanghai "
           "and Guangdong.\n",
           "netizens|China|1998|2100000|people|exact|observed|1\n", true);
    expect("By June 2002 the survey counted 45.8 million internet users, and a court in a Guangzhou suburb ruled "
           "on the case.\n",
           "netizens|China|2002-06|45800000|people|exact|observed|1\n", true);
    expect("In Beijing and Shanghai, internet penetration exceeded 45 percent in 2008.\n",
           "internet_penetration|Shanghai|2008|45|percent|more_than|observed|1\n", false);
    expect("Data from the industry portal Wangdaizhijia show that P2P lending platforms extended RMB 252.8 billion "
           "of online loans in 2014.\n",
           "online_loans|China|2014|252800000000|CNY|exact|observed|1\n", true);
    expect("China internet key figures\n\n- Mobile payment users (June 2021): 872 million\n",
           "users|China (mobile payment users)|2021-06|872000000|people|exact|observed|3\n", true);
}
END_TEST

START_TEST(session36_forms)
{
    /* a change counts the noun right after it, not a longer cue of the
     * same noun elsewhere in the sentence; a second figure of the list
     * that "added" governs is a change too */
    expect("In 2012, China added 42.99 million netizens and 75.5 million mobile netizens.\n",
           "netizens_increase|China|2012|42990000|people|exact|observed|1\n"
           "mobile_netizens_increase|China|2012|75500000|people|exact|observed|1\n",
           true);
    expect("China Mobile added 5 million 3G users in 2012 and 8 million in 2013.\n",
           "3g_users_increase|China Mobile|2012|5000000|people|exact|observed|1\n"
           "3g_users_increase|China Mobile|2013|8000000|people|exact|observed|1\n",
           true);
    /* (or the noun right before it, a slide's) */
    expect("2012 Net Adds: Mobile Internet Users +64MM vs. Total Internet Users +51MM\n",
           "mobile_netizens_increase|China|2012|64000000|people|exact|observed|1\n"
           "netizens_increase|China|2012|51000000|people|exact|observed|1\n",
           true);
    /* (a generic noun after it leaves the sentence's own: "added 29.16
     * million users ..., bringing the number of online game players") */
    expect("Online games added 29.16 million users in the first half of 2009, bringing the number of online game "
           "players to 217 million.\n",
           "game_players_increase|China|2009-06|29160000|people|exact|observed|1\n", false);
    /* a figure compared with a change is a change of the same, of its own
     * date, and derives no level */
    expect("In the first four months of 2004 China Mobile added 9.72 million subscribers, up from 8.4 million in the "
           "same period of 2003.\n",
           "users_increase|China Mobile|2004-04|9720000|people|exact|observed|1\n"
           "users_increase|China Mobile|2003-04|8400000|people|exact|observed|1\n",
           true);
    expect("A record 4.12 million 3G users were added in October 2010, compared with 3.31 million in September.\n",
           "3g_users_increase|China|2010-10|4120000|people|exact|observed|1\n"
           "3g_users_increase|China|2010-09|3310000|people|exact|observed|1\n",
           true);
    /* "in the previous quarter", "a month earlier": the period before */
    expect("WeChat had 806 million monthly active users at the end of June 2016, compared with 762 million in the "
           "previous quarter.\n",
           "active_users|WeChat|2016-06|806000000|people|exact|observed|1\n"
           "active_users|WeChat|2016-03|762000000|people|exact|observed|1\n",
           true);
    expect("The app added 44 million monthly users in Q2 2016, compared with 65 million in the previous quarter.\n",
           "active_users_increase|China|2016-06|44000000|people|exact|observed|1\n"
           "active_users_increase|China|2016-03|65000000|people|exact|observed|1\n",
           true);
    /* a site named by its domain is the site a rule requires, and what
     * was traded on it is no company's worth */
    expect("The transaction value of Taobao.com in 2006 reached 16.9 billion yuan.\n",
           "ecommerce_turnover|Taobao.com|2006|16900000000|CNY|exact|observed|1\n", true);
    expect("The transaction value of JD.com in 2016 reached 16.9 billion yuan.\n",
           "ecommerce_turnover|JD.com|2016|16900000000|CNY|exact|observed|1\n", true);
    /* the web's capitals: "989M netizens", "468M MAU" (not a bandwidth's
     * "143M") */
    expect("China had 989M netizens at the end of 2020.\nWeChat had 468M MAU at the end of September 2014.\n"
           "The bandwidth was 143M at the end of 2005.\n",
           "netizens|China|2020|989000000|people|exact|observed|1\n"
           "active_users|WeChat|2014-09|468000000|people|exact|observed|2\n"
           "international_bandwidth|China|2005|143|Mbps|exact|observed|3\n",
           true);
    /* the mobile part of a figure before: an indicator of its own */
    expect("CNNIC mid-year numbers for 2012: 538 million netizens, 388 million on mobile.\n",
           "netizens|China|2012|538000000|people|exact|observed|1\n"
           "mobile_netizens|China|2012|388000000|people|exact|observed|1\n",
           true);
    expect("China had 632 million netizens at the end of June 2014 (46.9% penetration), 527 million of them on "
           "mobile.\n",
           "netizens|China|2014-06|632000000|people|exact|observed|1\n"
           "internet_penetration|China|2014-06|46.9|percent|exact|observed|1\n"
           "mobile_netizens|China|2014-06|527000000|people|exact|observed|1\n",
           true);
    /* (of what has no mobile indicator, the whole's) */
    expect("On November 11, 2014, Alipay processed 285.8 million payment transactions, of which 197 million were "
           "completed on mobile devices.\n",
           "transactions|Alipay|2014-11-11|197000000|count|exact|observed|1\n", false);
    /* a table row whose label opens with a quoted domain: '".CN" domain
     * names'; the rows after it are still the table's */
    expect("Key indicators of China's Internet development\n"
           "                                  Dec. 2001     Jun. 2002     Dec. 2002\n"
           "Websites                            276,300       293,213       371,600\n"
           "\".CN\" domain names                  127,319       126,146       179,544\n"
           "Int'l bandwidth (Mbps)                3,480         4,118         9,380\n",
           "cn_domain_names|China|2001|127319|count|exact|observed|4\n"
           "cn_domain_names|China|2002-06|126146|count|exact|observed|4\n"
           "cn_domain_names|China|2002|179544|count|exact|observed|4\n"
           "international_bandwidth|China|2001|3480|Mbps|exact|observed|5\n",
           false);
    /* "that of the previous year" is what a figure is set against, no
     * date of it */
    expect("Taobao's transaction volume in 2006 reached RMB 16.9 billion, more than double that of the previous "
           "year. The number of its registered users had exceeded 30 million.\n",
           "ecommerce_turnover|Taobao|2006|16900000000|CNY|exact|observed|1\n"
           "registered_users|Taobao|2006|30000000|people|more_than|observed|1\n",
           true);
    /* "in the same year" is the year named last, not the time of writing */
    expect("BEIJING, May 2, 2013\n\nIn 2011, Alibaba joined a $1 billion financing for 360buy.com, while Alibaba "
           "took part in a $100 million round for Meituan.com, a group-buying site, in the same year.\n",
           "funding_round|360buy.com|2011|1000000000|USD|exact|observed|3\n"
           "funding_round|Meituan.com|2011|100000000|USD|exact|observed|3\n",
           true);
    /* a list by years under its own caption line, amounts in words */
    expect("Alibaba's gross merchandise value, by year:\n2014: 2.44 trillion yuan\n2015: 3.09 trillion yuan\n"
           "2016: 3.77 trillion yuan\n",
           "ecommerce_turnover|Alibaba|2014|2440000000000|CNY|exact|observed|2\n"
           "ecommerce_turnover|Alibaba|2015|3090000000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|Alibaba|2016|3770000000000|CNY|exact|observed|4\n",
           true);
    /* (JD's 618 festival: its month) */
    expect("JD.com's 618 gross merchandise value, by year:\n2017: 119.9 billion yuan\n2018: 159.2 billion yuan\n"
           "2019: 201.5 billion yuan\n",
           "ecommerce_turnover|JD.com|2017-06|119900000000|CNY|exact|observed|2\n", false);
    /* users of a 3G standard by its short name are 3G users */
    expect("China Mobile had 4.52 million TD users at the end of November 2009.\n"
           "China Telecom had around 1 million EV-DO users in June 2009.\n",
           "3g_users|China Mobile (TD-SCDMA)|2009-11|4520000|people|exact|observed|1\n"
           "3g_users|China Telecom (CDMA2000)|2009-06|1000000|people|about|observed|2\n",
           true);
    /* what the transactions spoken of came to is the paragraph's money
     * indicator; a system's payments are not */
    expect("Third-party mobile payments in China were worth 109 trillion yuan in 2017. In the fourth quarter of 2017 "
           "alone, transactions totalled 37.7 trillion yuan.\n",
           "mobile_payments|China|2017|109000000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2017-12|37700000000000|CNY|exact|observed|1\n",
           true);
    expect_absent("Third-party mobile payments in China were worth 109 trillion yuan in 2017. The Internet Banking "
                  "Payment System processed payments worth 24.96 trillion yuan.\n",
                  "24960000000000");
    /* "Two months earlier", opening a sentence: before the month spoken of */
    expect("JD.com raised US$1.78 billion on the Nasdaq in May 2014. Two months earlier Tencent had paid US$214.7 "
           "million in cash for a 15 percent stake in JD.\n",
           "ipo_raise|JD.com|2014-05|1780000000|USD|exact|observed|1\n"
           "acquisition|JD|2014-03|214700000|USD|exact|observed|1\n",
           false);
    /* a listing that "followed" on a day dates the figures after it */
    expect("JD.com raised US$1.78 billion on the Nasdaq in May 2014.\n\nAlibaba Group followed on September 19, "
           "2014. It sold 320.1 million ADS at US$68 on the New York Stock Exchange, raising US$21.8 billion.\n",
           "ipo_raise|Alibaba Group|2014-09-19|21800000000|USD|exact|observed|3\n", false);
    /* the country's users, in a text on its Internet, are its netizens;
     * not a gap to another country's, nor a part */
    expect("At the end of 1998, when CNNIC published its third survey, China had 2.1 million users.\n",
           "netizens|China|1998|2100000|people|exact|observed|1\n", true);
    expect("CNNIC said China is now only 5 million users behind the United States.\n", "", true);
    /* "the number of people using the Internet" before its figure; the
     * world's number of them is no China's */
    expect("The number of people using the Internet in China rose 18.2 percent in 2004 to 94 million, keeping the "
           "country in second place behind the United States.\n",
           "netizens_growth|China|2004|18.2|percent|exact|observed|1\n"
           "netizens|China|2004|94000000|people|exact|observed|1\n",
           false);
    expect("Over the ten years covered, the number of people using the Internet worldwide rose from around 0.66 "
           "billion in 2002 to an estimated 2.7 billion in 2012.\n", "", true);
    /* "lower than" and "higher than" compare figures */
    expect("As of the end of August 2023, the net assets of public funds totaled 28.04 trillion yuan, slightly "
           "lower than 28.11 trillion yuan at the end of July.\n",
           "fund_assets|public funds|2023-08|28040000000000|CNY|exact|observed|1\n"
           "fund_assets|public funds|2023-07|28110000000000|CNY|exact|observed|1\n",
           true);
    /* sales dated by a year alone, in a paragraph on JD's "618" sale: that
     * year's festival, in June */
    expect("JD.com marks its founding anniversary on June 18, and the \"618\" sale stretched into the first 18 days "
           "of June. JD reported orders worth 119.9 billion yuan during the 2017 event, 159.2 billion yuan in 2018 "
           "and 201.5 billion yuan in 2019.\n",
           "ecommerce_turnover|JD|2017-06|119900000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD|2018-06|159200000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD|2019-06|201500000000|CNY|exact|observed|1\n",
           true);
    /* a column of units under a header's "Unit" holds no figures */
    expect_absent("Table 1  Main indicators of the telecommunications industry, October 2010\n\n"
                  "Indicator                              Unit                   October    Jan.-Oct.\n"
                  "Mobile phone users                     10,000 users           943.2      83,370.4\n"
                  "Fixed-line telephone users             10,000 users           -          29,640.3\n"
                  "3G base stations                       10,000                 -          60.2\n",
                  "|10000|");
    /* IPv6 blocks "of size /32", and the "address resources" counted */
    expect("By the end of 2016, China's IPv6 address resources had reached 21,188 blocks (/32).\n"
           "China had 21,188 IPv6 address blocks of size /32 at the end of 2016.\n",
           "ipv6_addresses|China|2016|21188|other|exact|observed|1\n"
           "ipv6_addresses|China|2016|21188|other|exact|observed|2\n",
           true);
    /* people who surfed the Web on a mobile phone are mobile netizens */
    expect("The number of people who surfed the Web on a mobile phone rose by 120 million in 2009 to 233 million.\n",
           "mobile_netizens_increase|China|2009|120000000|people|exact|observed|1\n"
           "mobile_netizens|China|2009|233000000|people|exact|observed|1\n",
           false);
    /* percentage points right after a verb of change are the change */
    expect("In 2016, Internet penetration rose 2.9 percentage points to 53.2 percent.\n",
           "internet_penetration_increase|China|2016|2.9|percent|exact|observed|1\n"
           "internet_penetration|China|2016|53.2|percent|exact|observed|1\n",
           false);
    /* a scaled value is written without its product's error */
    expect("The system processed transactions worth 1,062.12 trillion yuan in the first half of 2019.\n",
           "third_party_payments|China|2019-06|1062120000000000|CNY|exact|observed|1\n", true);
    /* users watching video online, named before their figure */
    expect("In 2006, users watching video online reached 76 million.\n",
           "online_video_users|China|2006|76000000|people|exact|observed|1\n", true);
    /* "connected by fiber to the home"; the "net population" */
    expect("Of the broadband users in 2016, 228 million were connected by fiber to the home.\n"
           "CHINA'S NET POPULATION AT 162 MILLION IN JUNE 2007\n",
           "ftth_users|China|2016|228000000|people|exact|observed|1\n"
           "netizens|China|2007-06|162000000|people|exact|observed|2\n",
           true);
    /* money "in orders", and "in transactions" a festival generated, is
     * what shoppers ordered; what payments came to is not */
    expect("Rival JD.com reports 204.4 billion yuan in orders over its 11-day promotion in November 2019.\n"
           "In 2019, the 618 festival generated 201.5 billion yuan in transactions.\n",
           "ecommerce_turnover|JD.com|2019-11|204400000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2019-06|201500000000|CNY|exact|observed|2\n",
           true);
    expect_absent("In 2013, third-party payment activities amounted to 5,373 billion yuan in transactions.\n",
                  "ecommerce_turnover");
    expect("The Beijing-based company has published a 618 total every year since 2017. In 2019, the festival "
           "generated 201.5 billion yuan in transactions.\n",
           "ecommerce_turnover|China|2019-06|201500000000|CNY|exact|observed|1\n", true);
    /* a list's first item is no heading that restates a figure near it
     * under it: 1.011 billion is not 1.007 billion */
    expect("Highlights:\n\n* Internet users: 1.011 billion\n* Mobile internet users: 1.007 billion\n",
           "netizens|China||1011000000|people|exact|observed|3\n"
           "mobile_netizens|China||1007000000|people|exact|observed|4\n",
           true);
    /* a time zone is nobody */
    expect_absent("UPDATE 2-China's Internet population overtakes U.S. at 253 mln\nThu Jul 24, 2008 6:51am EDT\n\n"
                  " * Users up 56 pct in a year to 253 mln, penetration 19.1 pct\n"
                  " * Broadband users 214 mln, mobile Web users 73 mln\n"
                  " * Baidu, Sina shares little changed\n\n"
                  "(Adds analyst comment, MIIT subscriber data, paragraphs 9-12)\n\n"
                  "BEIJING, July 24 (Reuters) - China's online population reached 253 million at the end of June, "
                  "officially overtaking the United States as the world's biggest, a state-backed industry body said "
                  "on Thursday.\n",
                  "|EDT|");
    /* an equals sign links a label to its figure anywhere in a line */
    expect("In 2023, total GMV across all platforms = RMB 1.14 trillion.\n",
           "ecommerce_turnover|China|2023|1140000000000|CNY|exact|observed|1\n", true);
    /* what a shop "did" on the festival's day is its sales */
    expect("Alibaba just did $9.3 billion in one day on Singles Day 2014.\n",
           "daily_transaction_volume|Alibaba|2014-11-11|9300000000|USD|exact|observed|1\n", true);
    /* all the shops' sales of goods are no e-commerce */
    expect("From January to December 2022, the retail sales of goods reached 39,979.0 billion yuan, up 0.5 percent. "
           "The national online retail sales reached 13,785.3 billion yuan.\n",
           "ecommerce_turnover|China|2022|13785300000000|CNY|exact|observed|1\n", true);
    /* a dialling code and a time zone are no figures */
    expect_absent("China had 11.21 million domain names by the end of 2010.\n"
                  "Local Time: GMT +8 | Country Telephone Code: +86 | Internet domain: .cn\n",
                  "|86|");
    expect_absent("China had 11.21 million domain names by the end of 2010.\n"
                  "Local Time: GMT +8 | Country Telephone Code: +86 | Internet domain: .cn\n",
                  "|8|");
    /* a change over the first half is the half's, by its month, whatever
     * day the text's stocks are of */
    expect("277,000,000 mobile Internet users as of June 30, 2010, according to CNNIC.\n\n"
           "CNNIC said the number of Chinese netizens rose by 36 million in the first six months of 2010.\n",
           "mobile_netizens|China|2010-06-30|277000000|people|exact|observed|1\n"
           "netizens_increase|China|2010-06|36000000|people|exact|observed|3\n",
           true);
}
END_TEST

START_TEST(session35_forms)
{
    /* ", now JD.com," renames and is no time of writing that would take
     * the figure from the year named before it */
    expect("BEIJING, April 29, 2013\n\nIn 2010, Tiger Global joined a $500 million financing for Jingdong Mall, now "
           "JD.com, while others watched.\n",
           "funding_round|Jingdong Mall|2010|500000000|USD|exact|observed|3\n", true);
    /* a list goes on after its first figure's date in a short phrase:
     * "... during the 2017 event, 159.2 billion yuan in 2018 and ..." */
    expect("JD reported orders worth 119.9 billion yuan during the 2017 event, 159.2 billion yuan in 2018 and 201.5 "
           "billion yuan in 2019.\n",
           "ecommerce_turnover|JD|2017|119900000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD|2018|159200000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD|2019|201500000000|CNY|exact|observed|1\n",
           true);
    /* a line saying what date the figures under it are of dates them,
     * past the day the lead named */
    static const char frame[] =
        "Beijing, July 24, 2008 -- CNNIC today released its report. As of June 30, 2008, China had 253 million "
        "Internet users.\n\n"
        "Key findings (all figures refer to the end of June 2008 unless otherwise stated)\n\n"
        "Domain names: The total number of domain names in China reached 14.85 million.\n";
    expect(frame, "domain_names|China|2008-06|14850000|count|exact|observed|5\n", false);
    expect_absent(frame, "domain_names|China|2008-06-30");
    expect("Beijing, July 24, 2008 -- CNNIC today released its report.\n\nData as of end-June 2008.\n\n"
           "The total number of domain names in China reached 14.85 million.\n",
           "domain_names|China|2008-06|14850000|count|exact|observed|5\n", false);
    /* what counted transactions were worth, past the count's date and
     * change in clauses of their own */
    expect("Non-bank payment institutions processed 82.196 billion online payment transactions in 2015, an increase "
           "of 119.51 percent over 2014, with a total value of 49.48 trillion yuan, up 100.16 percent.\n",
           "third_party_payments|China|2015|49480000000000|CNY|exact|observed|1\n"
           "third_party_payments_growth|China|2015|100.16|percent|exact|observed|1\n",
           false);
    /* a slide's label and its figure after an equals sign; a plus sign
     * marks a change */
    expect("China 3G Subscribers = 233MM, +82% Y/Y in 2012\n",
           "3g_users|China|2012|233000000|people|exact|observed|1\n"
           "3g_users_growth|China|2012|82|percent|exact|observed|1\n",
           false);
    expect("2012 Net Adds: Mobile Internet Users +64MM\n",
           "mobile_netizens_increase|China|2012|64000000|people|exact|observed|1\n", true);
    expect_none("China Internet Network Information Center\nTel: +86-10-58813000   Website: www.cnnic.cn\n");
    /* a frame in a report's foreword ("the data are as of June 30") gives
     * way to its findings' lead under a heading ("- As of June 2023");
     * a frame at a year's end is the year's */
    expect("The 52nd Statistical Report\nAugust 2023\n\nUnless otherwise specified, the data are as of June 30, "
           "2023.\n\nScale of netizens\n- As of June 2023, the number of netizens in China reached 1.079 billion.\n"
           "\nInfrastructure\n- The total number of domain names was 35.55 million.\n",
           "domain_names|China|2023-06|35550000|count|exact|observed|10\n", false);
    expect("The 25th Statistical Report\n\nUnless otherwise stated, the data in this report are as of 31 December "
           "2009.\n\nThe total number of domain names was 13.46 million.\n",
           "domain_names|China|2009|13460000|count|exact|observed|5\n", false);
    /* a venue's address names no place the figures are of; a label of
     * new ones is an increase */
    expect("WORLD INTERNET CONFERENCE\n4th World Internet Conference, December 3-5, 2017, Wuzhen, Zhejiang Province\n\n"
           "Users\n- Internet users: 751 million\n- New Internet users in the first half of 2017: 19.92 million\n",
           "netizens|China|2017|751000000|people|exact|observed|5\n"
           "netizens_increase|China|2017-06|19920000|people|exact|observed|6\n",
           false);
    /* a fact sheet's label over its value, the words under the value
     * after it; not an infographic's, its label under the value */
    expect("FACT SHEET\n\nPayment transactions processed by Alipay\n1.05 billion\nup 48% from 710 million in 2015\n",
           "transactions|Alipay||1050000000|count|exact|observed|4\n"
           "transactions_growth|Alipay||48|percent|exact|observed|5\n"
           "transactions|Alipay|2015|710000000|count|exact|observed|5\n",
           false);
    expect("20 YEARS ONLINE\n\n2013\n45.8%\nInternet penetration\n500 million\nmobile Internet users\n",
           "mobile_netizens|China|2013|500000000|people|exact|observed|6\n", false);
    expect("20 YEARS ONLINE\n\n2013\n618 million\nInternet users at the end of 2013\n",
           "netizens|China|2013|618000000|people|exact|observed|4\n", true);
    /* (a day over an entry is no figure over its label) */
    expect("Chronicle of events 2016\n\n21 March\nAlibaba Group announced that the gross merchandise volume of its "
           "retail marketplaces had exceeded 3 trillion yuan in the fiscal year.\n",
           "ecommerce_turnover|Alibaba Group|2016-03-21|3000000000000|CNY|more_than|observed|4\n", true);
    /* a filing's table whose row labels have dot leaders */
    expect("The following table sets forth the number of online video users in China.\n\n"
           "                                              Dec. 31,     Dec. 31,     June 30,\n"
           "                                                2008         2009        2010\n"
           "Online video users (millions) ..........       202.0        240.0       265.0\n",
           "online_video_users|China|2008-12-31|202000000|people|exact|observed|5\n"
           "online_video_users|China|2009-12-31|240000000|people|exact|observed|5\n"
           "online_video_users|China|2010-06-30|265000000|people|exact|observed|5\n",
           true);
    /* a filing's defined terms for its issuer, "our Group" */
    expect("HUIYING PAYMENT TECHNOLOGY HOLDINGS LIMITED\n(incorporated in the Cayman Islands with limited liability)\n\n"
           "The total payment volume processed by our Group increased from RMB48.2 billion in 2011 to RMB131.7 "
           "billion in 2013, representing a CAGR of 65.3%.\n",
           "third_party_payments|Huiying Payment Technology|2011|48200000000|CNY|exact|observed|4\n"
           "third_party_payments|Huiying Payment Technology|2013|131700000000|CNY|exact|observed|4\n",
           false);
    /* a header whose label is the table's unit; its forecast columns
     * are no facts */
    expect("Transaction value of third-party online payment in the PRC, 2009-2014E\n\n"
           "(RMB billion)     2009     2010     2011     2012     2013   2014E\n"
           "Online payment   587.7  1,010.5  2,200.0  3,650.0  5,373.0 8,020.0\n",
           "third_party_payments|China|2009|587700000000|CNY|exact|observed|4\n"
           "third_party_payments|China|2010|1010500000000|CNY|exact|observed|4\n"
           "third_party_payments|China|2011|2200000000000|CNY|exact|observed|4\n"
           "third_party_payments|China|2012|3650000000000|CNY|exact|observed|4\n"
           "third_party_payments|China|2013|5373000000000|CNY|exact|observed|4\n",
           true);
    /* the users a survey of the country's Internet counts are its
     * Internet users; a count in words opening a sentence names nobody */
    expect("When CNNIC carried out its first survey in October 1997, it counted roughly 620,000 users (CNNIC, 1997). "
           "Eight years and seventeen surveys later, the number of users stood at 111 million (CNNIC, 2006).\n",
           "netizens|China|1997-10|620000|people|about|observed|1\n", false);
    expect_absent("When CNNIC carried out its first survey in October 1997, it counted roughly 620,000 users. Eight "
                  "years later, the number of users stood at 111 million.\n",
                  "|Eight|");
    /* (the country's count "in December" of a year is the year's, its
     * survey's year-end) */
    expect("CNNIC put the user population at 59.1 million in December 2002.\n",
           "netizens|China|2002|59100000|people|exact|observed|1\n", true);
    /* a bare figure under a rate's header is a percent */
    expect("Figure 2.1: China's internet users and penetration rate, 2000-2008\n"
           "(users in millions; penetration as percent of population)\n\n"
           "Year      Users     Penetration\n2000       22.5         1.7\n2002       59.1         4.6\n",
           "netizens|China|2000|22500000|people|exact|observed|5\n"
           "internet_penetration|China|2000|1.7|percent|exact|observed|5\n"
           "netizens|China|2002|59100000|people|exact|observed|6\n"
           "internet_penetration|China|2002|4.6|percent|exact|observed|6\n",
           true);
    /* "that day" between a cue and its verb is the day spoken of */
    expect("In 2009 Taobao Mall invited merchants to offer discounts on November 11, Singles Day. Sales that day came "
           "to about 50 million yuan.\n",
           "daily_transaction_volume|Taobao Mall|2009-11-11|50000000|CNY|about|observed|1\n", true);
    /* places listed after one the figure is measured against are that
     * too */
    expect("Internet penetration reached 22.6 percent at the end of 2008, still far below the levels of South Korea "
           "or Japan.\n",
           "internet_penetration|China|2008|22.6|percent|exact|observed|1\n", true);
    /* "five years later": that many years after the year before */
    expect("By the end of 2000 China had 22.5 million internet users, almost all on dial-up; five years later the "
           "figure was 111 million.\n",
           "netizens|China|2000|22500000|people|exact|observed|1\n"
           "netizens|China|2005|111000000|people|exact|observed|1\n",
           true);
    /* a caption in capitals gives its scale: "(MILLIONS)" */
    expect("Some text here.\n\nTABLE I\n3G SUBSCRIBERS BY OPERATOR (MILLIONS)\n\n"
           "Operator          Dec. 2008    Dec. 2009    Apr. 2010\n"
           "China Mobile         0.42         5.50        10.25\n"
           "China Unicom         0.10         2.74         5.21\n",
           "3g_users|China Mobile|2009-12|5500000|people|exact|observed|7\n", false);
    /* a definition set off by commas, long, and a place abroad in it,
     * stand aside */
    expect("China's total international bandwidth, a key measure of how fast users can reach overseas sites, "
           "reached 18,599 megabits per second (Mbps) in June 2003.\n",
           "international_bandwidth|China|2003-06|18599|Mbps|exact|observed|1\n", true);
    expect("In June 2003 domain names registered under China's \".cn\" suffix totalled 250,651.\n",
           "cn_domain_names|China|2003-06|250651|count|exact|observed|1\n", true);
    /* a text of no known year: "last year" dates nothing, never a year
     * before the first */
    expect_absent("TOKYO, Feb. 12 (Kyodo) - Something.\n\nOn Nov. 11 last year, Alibaba's Singles' Day shopping "
                  "event generated 91.2 billion yuan in sales.\n",
                  "|-");
    /* an agency's name in brackets, then the date and a dash, opens a
     * dateline: no name of the figures after it */
    expect("Yicai Global\n\nTech & Internet | 2018-07-27 10:45:12\n\n(Yicai Global) July 27 -- Pinduoduo, the Shanghai-based "
           "group-buying e-commerce platform that has grown faster than any Chinese online retailer before it, raised "
           "USD1.63 billion in its initial public offering on the Nasdaq.\n",
           "ipo_raise|Pinduoduo|2018-07-27|1630000000|USD|exact|observed|5\n", true);
    /* a table with bars between its fields, none at its ends; not a deal's
     * fields so parted */
    expect("Table 1  Main indicators, 2013-2014\n\n"
           "Year | Netizens (million) | Penetration (%) | Websites (10,000)\n"
           "2013 | 618 | 45.8 | 320\n2014 | 649 | 47.9 | 335\n",
           "netizens|China|2013|618000000|people|exact|observed|4\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|4\n"
           "websites|China|2013|3200000|count|exact|observed|4\n"
           "netizens|China|2014|649000000|people|exact|observed|5\n"
           "internet_penetration|China|2014|47.9|percent|exact|observed|5\n"
           "websites|China|2014|3350000|count|exact|observed|5\n",
           true);
    /* a name's own "!" ends no sentence ("Hurray! Holding Co., Ltd."), and
     * a name is written without its legal form */
    expect("2005\n\nFeb.3Hurray! listed on NASDAQ on February 3\n\nHurray! Holding Co., Ltd., a wireless value-added "
           "service provider, went public on the NASDAQ. It offered 5.5 million American Depositary Shares at US$ "
           "10.00 per ADS, raising US$ 55 million.\n",
           "ipo_raise|Hurray!|2005-02-03|55000000|USD|exact|observed|5\n", false);
    /* a byline's label of its date among fields without bars */
    expect("Global Times | Business\n\nSingles Day spree\n\nBy Wang Cong Source:Global Times Published: 2013-11-12 "
           "0:08:01\n\nChinese shoppers spent 35.02 billion yuan on Tmall on Monday.\n",
           "daily_transaction_volume|Tmall|2013-11-11|35020000000|CNY|exact|observed|7\n", true);
    /* a date in figures on a line of its own, month first, dates the
     * item */
    expect("Caixin Online\n\nYu'e Bao Tops 400 Billion Yuan\n\n03.04.2014 18:21\n\n(Beijing) - Yu'e Bao has ballooned to "
           "more than 400 billion yuan in assets, a source said. The fund's assets were 185.3 billion yuan at the end of "
           "2013.\n",
           "fund_assets|Yu'e Bao|2014-03|400000000000|CNY|more_than|observed|7\n", false);
    /* a change from a month names no month after it where the item's
     * lead dated the country's figures later */
    expect("BEIJING, Feb. 3, 2021 (Xinhua) -- China had 989 million internet users as of December 2020, an increase "
           "of 85.4 million from March last year.\n\n"
           "Mobile internet users numbered 986 million, up 89.7 million from March.\n",
           "mobile_netizens|China|2020|986000000|people|exact|observed|3\n", false);
    expect("Only 7.2 percent of Chinese use the Internet, against more than 60 percent in the United States, according "
           "to a report of 2004.\n",
           "internet_penetration|China|2004|7.2|percent|exact|observed|1\n", true);
    /* a named part of the total before, "Of the total, ...", counts what
     * the total counts where its noun is a plain "users" */
    expect("China had 13.25 million 3G subscribers at the end of December 2009.\n\n"
           "Of the total, China Mobile, which runs the homegrown TD-SCDMA standard, had 5.51 million users. China "
           "Telecom signed up 4.07 million users for its CDMA2000 service.\n",
           "3g_users|China|2009|13250000|people|exact|observed|1\n"
           "3g_users|China Mobile|2009|5510000|people|exact|observed|3\n"
           "3g_users|China Telecom (CDMA2000)|2009|4070000|people|exact|observed|3\n",
           true);
    /* a date's words between a cue and its figure are no gap of words;
     * a verb that sets the subject against a figure is */
    expect("June 19, 2021\n\nJD.com said the value of orders placed on its platforms during this year's 618 shopping "
           "festival climbed 27.7% from a year earlier to a record 343.8 billion yuan.\n",
           "ecommerce_turnover|JD.com|2021-06|343800000000|CNY|exact|observed|3\n", false);
    expect_none("SHANGHAI, Nov 12, 2012 (Reuters) - x.\n\nThe one-day sales on Tmall during the Singles Day event on "
                "Nov. 11 dwarfed the $1.25 billion that U.S. shoppers spent online on Cyber Monday last year.\n");
    /* an increase restated as a rate in a noun of change after a comma */
    expect("In 2008 China added 88 million internet users, a 41.9 percent gain.\n",
           "netizens_increase|China|2008|88000000|people|exact|observed|1\n"
           "netizens_growth|China|2008|41.9|percent|exact|observed|1\n", true);
    /* a headline's "to Record 343.8 Billion Yuan" is the level the rise
     * led to */
    expect("Caixin Global\n\nTmall GMV Rises 27.7% to Record 343.8 Billion Yuan\n\nBy Han Wei\nJun 19, 2021 03:12 PM\n",
           "ecommerce_turnover|Tmall|2021-06|343800000000|CNY|exact|observed|3\n", false);
    /* a pronoun's figure in a clause of "when", the block's last fact */
    expect("BEIJING (AP) - China's online population rose to 338 million by the end of June 2009.\n\nThe figure was up "
           "13.4 percent from 298 million at the end of last year. China passed the U.S. as the country with the most "
           "Internet users in June of last year, when its total reached 253 million.\n",
           "netizens|China|2008-06|253000000|people|exact|observed|3\n", false);
    expect("According to CNNIC, user numbers rose from 2.1 million at the end of 1998 to 8.9 million a year later.\n",
           "netizens|China|1998|2100000|people|exact|observed|1\n"
           "netizens|China|1999|8900000|people|exact|observed|1\n", true);
    /* a preposition opening a sentence is no name */
    expect_absent("Behind the festival is the broader transformation of Chinese retail. The National Bureau of Statistics "
                  "reports that online retail sales reached 2.79 trillion yuan in 2014.\n",
                  "|Behind|");
    /* a place right after each figure is that figure's */
    expect("According to CNNIC (2006), penetration in 2005 ranged from 26.6% in Beijing and 24.7% in Shanghai to 2.5% "
           "in Guizhou.\n",
           "internet_penetration|Beijing|2005|26.6|percent|exact|observed|1\n"
           "internet_penetration|Shanghai|2005|24.7|percent|exact|observed|1\n"
           "internet_penetration|Guizhou|2005|2.5|percent|exact|observed|1\n", true);
    /* a site named by its domain in lower case is a name, not its
     * founders after it */
    expect("2000\n\nOnline bookstore dangdang.com, founded in November 1999 by Li Guoqing and Peggy Yu, received US$8 "
           "million from IDG.\n",
           "funding_round|dangdang.com|2000|8000000|USD|exact|observed|3\n", true);
    /* a level derived from one stated on another line less an increase
     * is written to the decimals of the two (50.3, not
     * 50.300000000000004) */
    expect("Table 1  Main indicators\n\nYear | Netizens (million) | Penetration (%)\n2014 | 649 | 47.9\n"
           "2016 | 731 | 53.2\n\nIn 2016 the penetration rate went up 2.9 percentage points.\n",
           "internet_penetration|China|2015|50.3|percent|exact|derived|7\n", false);
    /* a change that names no level before it is a change of a level of
     * its kind: the netizens added are no change of the rate after them */
    expect("In 2016 China added 42.99 million netizens, and the penetration rate went up 2.9 percentage points.\n",
           "netizens_increase|China|2016|42990000|people|exact|observed|1\n"
           "internet_penetration_increase|China|2016|2.9|percent|exact|observed|1\n", true);
    /* a Markdown table of deals whose cells are not aligned */
    expect("July 27, 2018\n\nWeekly funding roundup\n\n| Company | Business | Amount | Round | Lead investor(s) |\n"
           "|---|---|---|---|---|\n| Zuoyebang | homework-help app | USD350 million | Series D | Tiger Global |\n"
           "| Kuaikan Manhua | online comics | USD125 million | Series D | Tencent |\n",
           "funding_round|Zuoyebang|2018-07|350000000|USD|exact|observed|7\n"
           "funding_round|Kuaikan Manhua|2018-07|125000000|USD|exact|observed|8\n",
           true);
    /* a date in brackets that open with a participle tells of the name */
    expect("2000\n\nBy the end of the year, registered users of QQ (renamed from OICQ in November) had exceeded 50 "
           "million.\n",
           "registered_users|QQ|2000|50000000|people|more_than|observed|3\n", true);
    expect("Sohu.com Inc. raised US$ 38 million in its initial public offering on July 12, 2000.\n",
           "ipo_raise|Sohu.com|2000-07-12|38000000|USD|exact|observed|1\n", true);
}
END_TEST

START_TEST(session34_forms)
{
    /* a header's second line of sub-fields: "Units   Share" under
     * "Institutional investors" count units, no investors; "Holders"
     * alone does */
    static const char holders[] =
        "Caifubao Money Market Fund\n2017 Interim Report\n\n"
        "Number of holders and holding structure at the end of the period\n\n"
        "Class     Holders          Average units     Institutional investors          Individual investors\n"
        "                           per holder        Units             Share          Units                  Share\n"
        "A        21,463,582        3,271.37          1,503,611,004.12    2.14%        68,711,825,878.35      97.86%\n"
        "B             1,207    2,825,374.57          3,410,227,105.33  100.00%                     0.00       0.00%\n";
    expect_absent(holders, "|1503611004.12|");
    expect_absent(holders, "|68711825878.35|");
    expect_absent(holders, "|3410227105.33|");
    expect(holders, "fund_customers|A|2017|21463582|people|exact|observed|8\n", false);
    /* a sentence opened by its cause names no one with it ("Thanks to
     * investors ..."); "the Fund's" is the report's own fund */
    expect("Caifubao Money Market Fund\n2017 Interim Report\n\n"
           "Thanks to investors on the Licaitong platform, the Fund's net assets rose to RMB 73.63 billion at "
           "30 June 2017.\n",
           "fund_assets|Caifubao|2017-06-30|73630000000|CNY|exact|observed|4\n", true);
    /* a period of results in a sentence of no figure frames the figures
     * after it, wherever in the sentence it stands; a quarter spoken of
     * otherwise does not ("We expect ... to dominate Q4") */
    expect("Posted on May 27, 2021\n\nBilibili reported Q1 a week earlier. MAU was 223 million, up 30% year on "
           "year.\n",
           "active_users|Bilibili|2021-03|223000000|people|exact|observed|3\n"
           "active_users_growth|Bilibili|2021-03|30|percent|exact|observed|3\n",
           false);
    expect("Posted on May 27, 2021\n\nBilibili posted its first-quarter results on Tuesday. MAU was 223 million.\n",
           "active_users|Bilibili|2021-03|223000000|people|exact|observed|3\n", true);
    expect_absent("Posted on May 27, 2021\n\nWe expect consolidation to dominate Q4. Bilibili has 223 million MAU.\n",
                  "|2021-12|");
    /* "the same quarter last year", "the same period of 2017" after a half:
     * the same months of the year compared with */
    expect("Pinduoduo had 536.3 million active buyers in the third quarter of 2019, up from 231.6 million in the "
           "same quarter last year.\n\nRevenue in the first half of 2018 was RMB15.2 billion, compared with RMB12.9 "
           "billion in the same period of 2017.\n",
           "active_users|Pinduoduo|2019-09|536300000|people|exact|observed|1\n"
           "active_users|Pinduoduo|2018-09|231600000|people|exact|observed|1\n"
           "revenue|China|2018-06|15200000000|CNY|exact|observed|3\n"
           "revenue|China|2017-06|12900000000|CNY|exact|observed|3\n",
           true);
    /* a headline's abbreviated scale: "1.06 bil.", "3.2 mil." */
    expect("China's internet users exceed 1.06 bil. in 2022\n\nChina had 32 mil. internet users in 2003.\n",
           "netizens|China|2022|1060000000|people|more_than|observed|1\n"
           "netizens|China|2003|32000000|people|exact|observed|3\n",
           true);
    /* a GMV of "the twelve-month period ended" a day is no day's volume;
     * to December 31 of a year named, it is that year's */
    expect("Pinduoduo results\n\nPinduoduo said GMV in the twelve-month period ended December 31, 2019 was RMB1,006.6 billion, an "
           "increase of 113% from RMB471.6 billion in the twelve-month period ended December 31, 2018.\n",
           "ecommerce_turnover|Pinduoduo|2019|1006600000000|CNY|exact|observed|3\n"
           "ecommerce_turnover_growth|Pinduoduo|2019|113|percent|exact|observed|3\n"
           "ecommerce_turnover|Pinduoduo|2018|471600000000|CNY|exact|observed|3\n",
           true);
    /* a day under a byline of "Written by", with the reading time after
     * it, is the day of writing; a deal's title line over a card dated by
     * its field is of the card's day */
    static const char weekly[] =
        "36Kr Global | Deals\n\nChina VC Weekly: a quiet week for IPOs\n\n"
        "Written by Chen Yiqing | Edited by Wang Fang\nSeptember 4, 2021 \xC2\xB7 7 min read\n\n"
        "Plum picked up US$50 million in Series C+ funding this week.\n\n"
        "1. Xiaohongshu | Lifestyle content and e-commerce | Pre-IPO round | US$500 million\n"
        "Date: August 31\nInvestors: Temasek and Tencent (co-leads), Alibaba\n"
        "The round values the Shanghai-based company at US$20 billion.\n";
    expect(weekly,
           "funding_round|Plum|2021-09-04|50000000|USD|exact|observed|8\n"
           "funding_round|Xiaohongshu|2021-08-31|500000000|USD|exact|observed|10\n"
           "valuation|Xiaohongshu|2021-08-31|20000000000|USD|exact|observed|13\n",
           true);
    /* "this week" in a news item's prose makes no digest of it: its deal is
     * of the dateline's day */
    expect("UPDATE 3-Baidu more than quadruples in Nasdaq debut\nFri Aug 5, 2005 5:12 PM ET\n\nBy Daniel Hsieh\n\n"
           "NEW YORK/BEIJING, Aug 5 (Reuters) - Shares of Baidu.com Inc. more than quadrupled on Friday.\n\n"
           "The Beijing-based company sold 4.04 million American depositary shares at $27 each, above a range that had "
           "already been raised once this week, raising about $109 million.\n",
           "ipo_raise|Baidu.com|2005-08-05|109000000|USD|about|observed|8\n", false);
    /* a founding's year in an aside gives no year to a month after it;
     * "people using microblogs" count microblog users */
    expect("Alibaba Buys Weibo Stake\nBy Amy Zhou - Apr 29, 2013 11:03 AM GMT+0800\n\n"
           "Weibo, started in August 2009, had 503 million registered users at the end of December.\n\n"
           "The number of people using microblogs in China climbed to 309 million at the end of last year, an "
           "increase of 58.73 million from a year earlier.\n",
           "registered_users|Weibo|2012|503000000|people|exact|observed|4\n"
           "microblog_users|China|2012|309000000|people|exact|observed|6\n"
           "microblog_users_increase|China|2012|58730000|people|exact|observed|6\n"
           "microblog_users|China|2011|250270000|people|exact|derived|6\n",
           true);
    /* a headline's verb in title case ends the name before it; the trade
     * press's verbs of raising ("banked", "bags") raise a round */
    expect("TechCrunch\n\nDidi Kuaidi Closes $3 Billion Funding Round\n\nPosted Sep 9, 2015 by Sam Whitfield\n\n"
           "Meituan, the group buying giant, banked $700 million in January.\n\nPico bags $50 million in August.\n",
           "funding_round|Didi Kuaidi|2015-09-09|3000000000|USD|exact|observed|3\n"
           "funding_round|Meituan|2015-01|700000000|USD|exact|observed|7\n"
           "funding_round|Pico|2015-08|50000000|USD|exact|observed|9\n",
           true);
    /* "people went online using mobile phones" count mobile netizens, not
     * all; a block size before its blocks, "23,430 /32 blocks", counts
     * them */
    expect("Report, July 2019\n\nBy June 2019 the number of netizens had reached 854 million, and 847 million "
           "people went online using mobile phones.\n\nChina had 23,430 /32 blocks of IPv6 addresses at the end of "
           "2017.\n",
           "netizens|China|2019-06|854000000|people|exact|observed|3\n"
           "mobile_netizens|China|2019-06|847000000|people|exact|observed|3\n"
           "ipv6_addresses|China|2017|23430|other|exact|observed|5\n",
           true);
    /* "4.12 million 3G users were added": the passive of adding makes a
     * change */
    expect("China Daily, November 2010\n\nA record 4.12 million 3G users were added in October.\n",
           "3g_users_increase|China|2010-10|4120000|people|exact|observed|3\n", true);
    /* a paragraph whose first figure points back to the one before's
     * date ("Of those users, ...") goes on speaking of that date */
    expect("China marks 20 years of full Internet access\nEnglish.news.cn | 2014-04-20 16:42:05\n\n"
           "By the end of 2013, the number of Internet users had reached 618 million.\n\n"
           "Of those users, 500 million went online with mobile phones. The number of websites in China reached 3.2 "
           "million.\n",
           "netizens|China|2013|618000000|people|exact|observed|4\n"
           "mobile_netizens|China|2013|500000000|people|exact|observed|6\n"
           "websites|China|2013|3200000|count|exact|observed|6\n",
           true);
    /* a relative clause of "who" after the counted noun says what they
     * did: "514 million Chinese who watched online video" */
    expect("Review, 2016\n\nAdvertisers chased the 514 million Chinese who watched online video in 2016.\n",
           "online_video_users|China|2016|514000000|people|exact|observed|3\n", true);
    /* a date with its year later in the figure's clause, past a long
     * complement, outweighs the date the paragraph spoke of */
    expect("MERICS, 2018\n\nAlibaba put another US$1 billion into Lazada in June 2017. Ant Financial itself raised "
           "US$4.5 billion from investors including China Investment Corporation and China Construction Bank's "
           "investment arm in April 2016.\n",
           "funding_round|Ant Financial|2016-04|4500000000|USD|exact|observed|3\n", false);
    /* (so does a heading of a year alone) */
    expect("MERICS, 2018\n\nAnt Financial itself raised US$4.5 billion from investors including China Investment "
           "Corporation and China Construction Bank's investment arm in April 2016.\n",
           "funding_round|Ant Financial|2016-04|4500000000|USD|exact|observed|3\n", true);
    /* a photo's caption among the first lines names no place the item is
     * of; "six months ago" is that many months before the day of writing */
    expect("China's internet users reach 772 million\n\nSource: Xinhua | 2018-01-31 21:46:12\n\n"
           "[Photo] A visitor at an exhibition in Wuzhen, east China's Zhejiang Province, Dec. 3, 2017. "
           "(Xinhua/Huang Zongzhi)\n\nBEIJING, Jan. 31 (Xinhua) -- China had 772 million internet users by the end "
           "of 2017.\n\nSix months ago, CNNIC put the number of internet users at 751 million.\n",
           "netizens|China|2017|772000000|people|exact|observed|1\n"
           "netizens|China|2017|772000000|people|exact|observed|7\n"
           "netizens|China|2017-07|751000000|people|exact|observed|9\n",
           true);
    /* an absolute clause's change ("the IPv6 holdings being up 10.6%");
     * a level that "remained flat at" */
    expect("CAICT white paper, 2019\n\nChina had 23,430 /32 blocks of IPv6 addresses at the end of 2017, the IPv6 "
           "holdings being up 10.6% on a year earlier.\n\nIPv4 addresses remained flat at about 339 million in "
           "2018.\n",
           "ipv6_addresses|China|2017|23430|other|exact|observed|3\n"
           "ipv6_addresses_growth|China|2017|10.6|percent|exact|observed|3\n"
           "ipv6_addresses|China|2016|21184|other|about|derived|3\n"
           "ipv4_addresses|China|2018|339000000|count|about|observed|5\n",
           true);
    /* money "pulled in" in a round is the round's, whatever fund the
     * sentence speaks of */
    expect("TechCrunch, 2015\n\nThe two rivals had raised heavily to fund a subsidy war: Didi pulled in $700 million "
           "in a round led by Temasek in December 2014.\n",
           "funding_round|Didi|2014-12|700000000|USD|exact|observed|3\n", true);
    /* the day of a listing a sentence of no figure tells frames the
     * figures after it */
    expect("Tencent\n\nTencent was listed on the Hong Kong Stock Exchange on 16 June 2004. The company offered 420.2 "
           "million shares at HK$3.70 each, raising about HK$1.55 billion.\n",
           "ipo_shares_offered|Tencent|2004-06-16|420200000|count|exact|observed|3\n"
           "price_per_share|Tencent|2004-06-16|3.7|HKD|exact|observed|3\n"
           "ipo_raise|Tencent|2004-06-16|1550000000|HKD|about|observed|3\n",
           true);
    /* money "put into" a named company is invested in it (into no name,
     * nobody's); what a festival "brought in in a single day" is the
     * day's volume */
    expect("China Internet chronicle, 2010\n\n2000\nJan.18 SoftBank and other investors put US$20 million into "
           "Alibaba.\n\n2010\nNov.11 The second \"Double 11\" on Taobao Mall brought in RMB 936 million in a single "
           "day.\n",
           "investment|Alibaba|2000-01-18|20000000|USD|exact|observed|4\n"
           "daily_transaction_volume|Taobao Mall|2010-11-11|936000000|CNY|exact|observed|7\n",
           true);
    expect_none("VC review, 2016\n\nVenture and growth investors put a record US$37.4 billion into Chinese internet "
                "start-ups in 2015.\n");
    /* a wire's date with its weekday and time after it ("January 22, 2016
     * Friday 6:32 PM GMT") and a dateline with the agency's name alone
     * ("BEIJING, Jan. 22 Kyodo") date the item */
    expect("China's Internet users top 688 mil.\n\nJapan Economic Newswire\nJanuary 22, 2016 Friday 6:32 PM GMT\n\n"
           "BEIJING, Jan. 22 Kyodo\n\nChina's Internet population grew to 688 million at the end of last year.\n",
           "netizens|China|2015|688000000|people|more_than|observed|1\n"
           "netizens|China|2015|688000000|people|exact|observed|8\n",
           true);
    /* a news item's lead dating the country's figure "as of June this
     * year" dates its undated figures after it */
    expect("Source: Xinhua | 2021-08-27 18:42:05\n\nBEIJING, Aug. 27 (Xinhua) -- The number of internet users in "
           "China reached 1.011 billion as of June this year.\n\nThe country's internet penetration rate stood at "
           "71.6 percent.\n",
           "netizens|China|2021-06|1011000000|people|exact|observed|3\n"
           "internet_penetration|China|2021-06|71.6|percent|exact|observed|5\n",
           true);
    /* the backers after a comma are not what a valuation values */
    expect("KrASIA\n\nXiaohongshu raises $500 million at $20 billion valuation, backed by Temasek and Tencent\n",
           "funding_round|Xiaohongshu||500000000|USD|exact|observed|3\n"
           "valuation|Xiaohongshu||20000000000|USD|exact|observed|3\n",
           true);
    /* twelve months to December 31 are the calendar year in a report whose
     * fiscal year ends with March */
    expect("Alibaba Group Announces December Quarter 2015 Results\n\nHangzhou, China, January 28, 2016 - Alibaba Group "
           "announced its results for the quarter ended December 31, 2015, the third quarter of its fiscal year ending "
           "March 31, 2016.\n\n- Annual active buyers on our China retail marketplaces reached 407 million in the "
           "twelve months ended December 31, 2015.\n",
           "active_users|Alibaba Group|2015|407000000|people|exact|observed|5\n", true);
    /* "the number of people who went online using mobile phones" counts
     * mobile netizens */
    {
        char *mob = run("Thursday, July 16, 2009 6:41 AM EDT\n\nBEIJING (AP) - The number of people who went online "
                        "using mobile phones soared 32 percent in the first half to 155 million.\n");
        ck_assert_msg(strstr(mob, "mobile_netizens_growth|China|") && strstr(mob, "|155000000|") &&
                          !strstr(mob, "\nnetizens") && strncmp(mob, "netizens", 8) != 0,
                      "got:\n%s", mob);
        free(mob);
    }
    /* "the figure", past an aside set off by commas, stands for the
     * figure before */
    expect("AP, July 16, 2009\n\nChina's online population rose to 338 million by the end of June.\n\nThe figure, "
           "more than the entire population of the United States, was up 13.4 percent from 298 million at the end "
           "of last year.\n",
           "netizens|China|2009-06|338000000|people|exact|observed|3\n"
           "netizens_growth|China|2009-06|13.4|percent|exact|observed|5\n"
           "netizens|China|2008|298000000|people|exact|observed|5\n",
           true);
    /* shares a company bought back are no offering */
    expect_absent("Alibaba Group Announces December Quarter 2015 Results\n\nAs of December 31, 2015, we had "
                  "repurchased a total of 20.6 million ADSs for US$1.5 billion under the share repurchase program.\n",
                  "ipo_shares_offered");
    /* "Of this, X contributed Y": a named part of the figure before,
     * which names no company after it */
    expect("Alibaba Group results\n\nAlibaba Group said GMV in the quarter ended December 31, 2015 was RMB1,001 "
           "billion. Of this, Taobao Marketplace contributed RMB578 billion and Tmall contributed RMB423 "
           "billion.\n\nMobile GMV was RMB657 billion in the quarter ended December 31, 2015.\n",
           "ecommerce_turnover|Alibaba Group|2015-12|1001000000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|Taobao Marketplace|2015-12|578000000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|Tmall|2015-12|423000000000|CNY|exact|observed|3\n",
           false);
    expect_absent("Alibaba Group results\n\nAlibaba Group said GMV in the quarter ended December 31, 2015 was RMB1,001 "
                  "billion. Of this, Taobao Marketplace contributed RMB578 billion and Tmall contributed RMB423 "
                  "billion.\n\nMobile GMV was RMB657 billion in the quarter ended December 31, 2015.\n",
                  "Tmall|2015-12|657000000000");
    /* a name in a clause of its own before a colon names no figure after
     * it; a name right before the colon does */
    expect("Paper, 2015\n\nTake-up accelerated after 2011 as cheap Android handsets arrived: the number of 3G users "
           "reached 402 million by the end of 2013.\n",
           "3g_users|China|2013|402000000|people|exact|observed|3\n", true);
    /* a name indented under a table's row of an indicator counts it for
     * that name */
    expect("Alibaba Group results, January 2016\n\n"
           "                                                   Three months ended December 31,\n"
           "                                                        2014                 2015\n"
           "  GMV (RMB in billions)                                  814                1,001\n"
           "    Taobao Marketplace                                   489                  578\n"
           "    Tmall                                                325                  423\n"
           "  Mobile GMV (RMB in billions)                           389                  657\n",
           "ecommerce_turnover|Taobao Marketplace|2014-12|489000000000|CNY|exact|observed|6\n"
           "ecommerce_turnover|Taobao Marketplace|2015-12|578000000000|CNY|exact|observed|6\n"
           "ecommerce_turnover|Tmall|2014-12|325000000000|CNY|exact|observed|7\n"
           "ecommerce_turnover|Tmall|2015-12|423000000000|CNY|exact|observed|7\n",
           false);
    /* what a system handled in a peak's first minute is a rate, no count
     * of the day */
    expect("Analysys, 2015\n\nDuring Double 11 on November 11, Alipay processed 285 million payment transactions. "
           "At the peak, in the first minute after midnight, the system handled 2.85 million transactions.\n",
           "transactions|Alipay|2015-11-11|285000000|count|exact|observed|3\n", true);
    /* a figure's caption after its colon, past a bullet, up to its date;
     * the date after the caption is the figure's; a half's flow is no
     * day's, whatever day the lead dates a stock by */
    expect("36Kr, September 4, 2021\n\nBy the numbers\n\n- 1.011 billion: internet users in China as of June 30, "
           "2021, an increase of 21.75 million from December.\n- 71.6%: the internet penetration rate over the same "
           "period.\n\nQianzhi said merchants using its tools generated GMV of RMB 12 billion in the first half of "
           "2021.\n",
           "netizens|China|2021-06-30|1011000000|people|exact|observed|5\n"
           "netizens_increase|China|2021-06-30|21750000|people|exact|observed|5\n"
           "netizens|China|2020|989250000|people|exact|derived|5\n"
           "internet_penetration|China|2021-06-30|71.6|percent|exact|observed|6\n"
           "ecommerce_turnover|Qianzhi|2021-06|12000000000|CNY|exact|observed|8\n",
           true);
    /* a text of the year's first months whose title names the year before
     * reports on that year ("For the whole year") */
    expect("SCIO press conference on the development of industry and information technology in 2012\n\n"
           "Source: china.org.cn | Updated: 2013-01-24 10:17\n\nFor the whole year, the number of 3G subscribers "
           "reached 233 million, with 105 million added during the year.\n",
           "3g_users|China|2012|233000000|people|exact|observed|5\n"
           "3g_users_increase|China|2012|105000000|people|exact|observed|5\n"
           "3g_users|China|2011|128000000|people|exact|derived|5\n",
           true);
    /* a clause after a semicolon (a note's number glued to it) that opens
     * with "the figure" counts what the sentence's first figure counts */
    expect("Paper, 2015\n\nAt the end of 2008, CNNIC counted 117.6 million people who used their phones to access the "
           "Internet, 39.5 percent of all users;1 by the end of 2014 the figure was 556.78 million.\n",
           "mobile_netizens|China|2008|117600000|people|exact|observed|3\n"
           "mobile_netizens|China|2014|556780000|people|exact|observed|3\n",
           false);
    /* "of which .CN: 21.85 million" after the whole's date in brackets */
    expect("CIW, 2019\n\n- Domain names: 48.00 million (Jun 2019), of which .CN: 21.85 million\n",
           "domain_names|China|2019-06|48000000|count|exact|observed|3\n"
           "cn_domain_names|China|2019-06|21850000|count|exact|observed|3\n",
           true);
}
END_TEST

START_TEST(session32_forms)
{
    /* a transcript's speaker label is who speaks, not whom the figures
     * spoken in the first person under it count */
    expect("Reporter:\nHow big is online shopping?\n\nWang Hong:\nOnline shopping is growing fast. Our research found "
           "that online shopping transactions totaled about 740 billion yuan in 2005. Alipay said it had 10 million "
           "registered users at the end of 2005.\n",
           "ecommerce_turnover|China|2005|740000000000|CNY|about|observed|5\n"
           "registered_users|Alipay|2005|10000000|people|exact|observed|5\n",
           true);
    /* a verb before its object pronoun ("Let me") and a plural before a
     * verb of telling ("Surveys indicate") name nobody */
    expect("Let me answer that. Online game revenue reached 3.77 billion yuan in 2005, up 55 percent.\n\n"
           "Surveys indicate that online game revenue reached 3.77 billion yuan in 2005.\n",
           "revenue|China|2005|3770000000|CNY|exact|observed|1\n"
           "revenue_growth|China|2005|55|percent|exact|observed|1\n"
           "revenue|China|2004|2432258065|CNY|about|derived|1\n"
           "revenue|China|2005|3770000000|CNY|exact|observed|3\n",
           true);
    /* a company named by its domain may open with digits ("58.com"); money
     * in any ISO currency's code ("KRW533 billion"); what money bought a
     * stake in, however far on in the clause; and examples listed after
     * "including" are not the subject */
    expect("In June 2014, Tencent acquired a 19.9% equity interest in 58.com Inc. for US$736.1 million.\n\n"
           "In March 2014, Tencent invested KRW533 billion in CJ Games Corporation.\n\n"
           "On April 17, 2015, Baidu paid US$412.2 million in cash plus 34.1 million newly issued shares for a 43.2% "
           "stake in Ganji.com.\n\n"
           "NetEase's free e-mail services, including 163.com, 126.com and yeah.net, had over 220 million registered "
           "users at the end of 2006.\n",
           "acquisition_stake|58.com|2014-06|19.9|percent|exact|observed|1\n"
           "acquisition|58.com|2014-06|736100000|USD|exact|observed|1\n"
           "investment|CJ Games|2014-03|533000000000|KRW|exact|observed|3\n"
           "acquisition|Ganji.com|2015-04-17|412200000|USD|exact|observed|5\n"
           "acquisition_stake|Ganji.com|2015-04-17|43.2|percent|exact|observed|5\n"
           "registered_users|NetEase|2006|220000000|people|more_than|observed|7\n",
           true);
    /* a carrier's network counted is its part ("China Unicom (GSM)"); a
     * comparative opening the sentence is no name ("Smaller rival ...") */
    expect("Smaller rival China Unicom Ltd said it had 77.60 million GSM subscribers at the end of April 2004.\n",
           "users|China Unicom (GSM)|2004-04|77600000|people|exact|observed|1\n", true);
    /* a preposition opening the sentence ("Including 3G, ...") and a
     * document's title ("Statistical Report on Internet Development")
     * name nobody */
    expect("China Unicom had 151.79 million GSM users in June 2010. Including 3G, its mobile customers totaled "
           "160.57 million.\n\n"
           "The penetration rate rose to 31.8 percent in 2010, as the 26th Statistical Report on Internet Development "
           "in China shows, while the number of broadband users stood at 363.8 million.\n",
           "users|China Unicom (GSM)|2010-06|151790000|people|exact|observed|1\n"
           "users|China Unicom (mobile phone subscribers)|2010-06|160570000|people|exact|observed|1\n"
           "internet_penetration|China|2010|31.8|percent|exact|observed|3\n",
           true);
    /* a caption's unit in brackets beside a note of the period ("(end
     * of month, million)") scales the table under it, whose months are
     * of the document's year */
    expect("BEIJING, July 21, 2010 (Xinhua) -- Operators gave their figures.\n\n"
           "Monthly 3G subscribers by operator (end of month, million)\n\n"
           "Operator          May      June\n"
           "China Mobile      9.02     10.47\n"
           "China Unicom      7.69     8.78\n",
           "3g_users|China Mobile|2010-05|9020000|people|exact|observed|6\n"
           "3g_users|China Mobile|2010-06|10470000|people|exact|observed|6\n"
           "3g_users|China Unicom|2010-05|7690000|people|exact|observed|7\n"
           "3g_users|China Unicom|2010-06|8780000|people|exact|observed|7\n",
           true);
    /* a chart given as text: "[Chart: ...]" over rows of a quarter and
     * its figure after a colon, the unit in the paragraph before, the
     * name before the caption's cue whose they are */
    expect("The chart below shows the app's monthly users at the end of each quarter (unit: million).\n\n"
           "[Chart: WeChat MAU, Q3 2015 - Q1 2016]\n"
           "Q3 2015: 650\n"
           "Q4 2015: 697\n"
           "Q1 2016: 762\n"
           "Source: company reports\n",
           "active_users|WeChat|2015-09|650000000|people|exact|observed|4\n"
           "active_users|WeChat|2015-12|697000000|people|exact|observed|5\n"
           "active_users|WeChat|2016-03|762000000|people|exact|observed|6\n",
           true);
    /* (not a common noun in a title's capitals: "Telecommunications
     * revenue" is the country's) */
    expect("Table 2  Telecommunications revenue, 2012 (100 million yuan)\n"
           "2011    9,880.0\n"
           "2012    10,762.9\n",
           "revenue|China|2011|988000000000|CNY|exact|observed|2\n"
           "revenue|China|2012|1076290000000|CNY|exact|observed|3\n",
           true);
    /* a table in Markdown, its bars read as wide gaps; one period's
     * column and a change's that names where it is counted from; a
     * short-video user is no online video user of all kinds; a report's
     * body ("CNNIC's") owns no figure of its tables */
    expect("CNNIC's 47th report gives the big picture as of December 2020:\n\n"
           "| Indicator | Dec 2020 | Change vs Mar 2020 |\n"
           "|---|:---:|---|\n"
           "| Internet users | 989 million | +85.4 million |\n"
           "| Online video users | 927 million | +77.2 million |\n"
           "| Short-video users | 873 million | +100.0 million |\n",
           "netizens|China|2020|989000000|people|exact|observed|5\n"
           "netizens_increase|China|2020|85400000|people|exact|observed|5\n"
           "netizens|China|2020-03|903600000|people|exact|derived|5\n"
           "online_video_users|China|2020|927000000|people|exact|observed|6\n"
           "online_video_users_increase|China|2020|77200000|people|exact|observed|6\n"
           "online_video_users|China|2020-03|849800000|people|exact|derived|6\n",
           true);
    /* a lead into a list, its date before its colon, dates the items */
    expect("Here is what Kuaishou reported for the three months to March 31, 2021:\n\n"
           "- Average DAU of the Kuaishou app: 379.8 million, up 26.1% year on year\n"
           "- Average MAU: 519.8 million\n",
           "active_users|Kuaishou|2021-03|379800000|people|exact|observed|3\n"
           "active_users_growth|Kuaishou|2021-03|26.1|percent|exact|observed|3\n"
           "active_users|Kuaishou|2020-03|301189532|people|about|derived|3\n"
           "active_users|Kuaishou|2021-03|519800000|people|exact|observed|4\n",
           true);
    /* a cell not given ("n.a.") is an empty cell of its row */
    expect("Table 1. Third-party mobile payment transaction value in China, 2012-2014\n\n"
           "Year    Value (RMB trillion)    Growth y/y (%)    Alipay share (%)\n"
           "2012    0.15                    n.a.              n.a.\n"
           "2013    1.22                    713               77.8\n"
           "2014    5.99                    391               82.6\n",
           "mobile_payments|China|2012|150000000000|CNY|exact|observed|4\n"
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|5\n"
           "mobile_payments_growth|China|2013|713|percent|exact|observed|5\n"
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|6\n"
           "mobile_payments_growth|China|2014|391|percent|exact|observed|6\n",
           true);
    /* the date of writing in a field of its own past a wide gap
     * ("Source: ...    Updated: 2013-01-29 16:12") is the document's */
    expect("Smart Hangzhou takes big strides in 2012\n\n"
           "Source: Hangzhou Municipal Commission    Updated: 2013-01-29 16:12\n\n"
           "The city had 6.02 million Internet users last year.\n",
           "netizens|Hangzhou|2012|6020000|people|exact|observed|5\n", true);
    /* "now" in what was said at a time the sentence gives is that time */
    expect("Title\nPublished: 2008-01-24\n\n"
           "Alipay said at the end of 2007 that its registered users had passed 50 million, and that it now handles "
           "more than 1.9 million transactions a day. Tenpay had about 30 million registered accounts.\n",
           "registered_users|Alipay|2007|50000000|people|more_than|observed|4\n"
           "transactions_per_day|Alipay|2007|1900000|count|more_than|observed|4\n"
           "registered_users|Tenpay|2007|30000000|people|about|observed|4\n",
           true);
    /* a fact box's month in brackets after the figure is its date */
    expect("Title 2024\n\nInternet users: 1.079 billion (June 2023)[1]\n"
           "Penetration: 76.4% of population (June 2023)[1]\n",
           "netizens|China|2023-06|1079000000|people|exact|observed|3\n"
           "internet_penetration|China|2023-06|76.4|percent|exact|observed|4\n",
           true);
    /* the rows of a table of deals stay together past a row whose last
     * field closes a bracket; a row opens with its rank */
    expect("Table 2. Largest disclosed financing rounds, China internet, 2015\n\n"
           "Rank  Company               Sector              Amount                        Month   Lead investors\n"
           "1     Koubei                Local services      RMB 6,000m (US$966m)          Jun     Alibaba Group (joint venture)\n"
           "2     ZhongAn Insurance     Internet finance    RMB 5,775m (US$931m)          Jun     Morgan Stanley, CDH\n"
           "3     Dianping              Local services      US$850m                       Jan     Tencent, Temasek\n",
           "funding_round|Koubei|2015-06|6000000000|CNY|exact|observed|4\n"
           "funding_round|ZhongAn Insurance|2015-06|5775000000|CNY|exact|observed|5\n"
           "funding_round|Dianping|2015-01|850000000|USD|exact|observed|6\n",
           true);
    /* a span made an adjective ("12-month") is no quantity; a time
     * complement ("over the same 12-month period") may stand between a
     * cue and its verb */
    expect("GMV over the same 12-month period reached 858.3 billion yuan in 2019.\n",
           "ecommerce_turnover|China|2019|858300000000|CNY|exact|observed|1\n", true);
    /* a modifier inside a cue whose head is "accounts" ("registered blog
     * accounts") */
    expect("Sina had over 12 million registered blog accounts by the end of June 2006.\n",
           "registered_users|Sina|2006-06|12000000|people|more_than|observed|1\n", true);
    /* rows of a period and a figure under a paragraph of prose, whose
     * caption is the block before it ("Page 6 | ... (in millions)" /
     * "Description: ..." / "2013: 152"); a paragraph's label names nobody */
    expect("Page 25 | Number of online video users in China from June 2016 to December 2018 (in millions)\n\n"
           "Description: As of December 2018, there were 612 million online video users in China, up from 579 million "
           "a year earlier, as short video apps drew new users.\n\n"
           "Jun 2016: 514\n"
           "Dec 2016: 545\n"
           "Dec 2017: 579\n"
           "Dec 2018: 612\n",
           "online_video_users|China|2018|612000000|people|exact|observed|3\n"
           "online_video_users|China|2017|579000000|people|exact|observed|3\n"
           "online_video_users|China|2016-06|514000000|people|exact|observed|5\n"
           "online_video_users|China|2016|545000000|people|exact|observed|6\n"
           "online_video_users|China|2017|579000000|people|exact|observed|7\n"
           "online_video_users|China|2018|612000000|people|exact|observed|8\n",
           true);
    /* a table in Markdown of provinces' rows of a national indicator, a
     * percent's unit after each year, and a last column of another
     * measure with its own year and unit */
    expect("Table 1: Internet penetration by province, 2016 and 2018\n"
           "| Province | 2016 (%) | 2018 (%) | Internet users, 2018 (million) |\n"
           "| Beijing | 77.8 | 78.3 | 16.9 |\n"
           "| Guizhou | 43.2 | 51.3 | 18.5 |\n",
           "netizens|Beijing|2018|16900000|people|exact|observed|3\n"
           "internet_penetration|Beijing|2016|77.8|percent|exact|observed|3\n"
           "internet_penetration|Beijing|2018|78.3|percent|exact|observed|3\n"
           "netizens|Guizhou|2018|18500000|people|exact|observed|4\n"
           "internet_penetration|Guizhou|2016|43.2|percent|exact|observed|4\n"
           "internet_penetration|Guizhou|2018|51.3|percent|exact|observed|4\n",
           true);
    /* rows that are a list's items under a caption ("- 2014: 8.08
     * (preliminary)"), the row's quote its own line */
    expect("THE NUMBERS\n\nMobile payment volume in China (trillion yuan)\n- 2012: 0.15\n- 2013: 1.22\n"
           "- 2014: 5.99 (preliminary)\n",
           "mobile_payments|China|2012|150000000000|CNY|exact|observed|4\n"
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|5\n"
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|6\n",
           true);
    /* a caption's row with its growth in brackets ("2013: 281 (-9.0%)") */
    expect("Chart 2: Microblog users, 2011-2013 (million)\n2011: 250\n2012: 309\n2013: 281 (-9.0%)\n",
           "microblog_users|China|2011|250000000|people|exact|observed|2\n"
           "microblog_users|China|2012|309000000|people|exact|observed|3\n"
           "microblog_users|China|2013|281000000|people|exact|observed|4\n"
           "microblog_users_growth|China|2013|-9|percent|exact|observed|4\n",
           true);
    /* a caption that dates its rows and gives their unit, over rows of a
     * label naming what it counts, a colon and one figure */
    expect("Chart 3: Users of selected internet applications, December 2013 (million)\n"
           "- Online video: 428 (up 15.2%)\n- Online games: 338\n- Online payment: 260\n",
           "online_video_users|China|2013|428000000|people|exact|observed|2\n"
           "online_video_users_growth|China|2013|15.2|percent|exact|observed|2\n"
           "game_players|China|2013|338000000|people|exact|observed|3\n"
           "users|China (online payment users)|2013|260000000|people|exact|observed|4\n",
           true);
    /* "a single quarter" is no Singles' Day: a year's GMV stays the year's */
    expect("JD.com Q4 2016 Earnings Call Transcript\n\n"
           "For the full year, our GMV reached RMB 658.2 billion, and for the first time we surpassed 200 billion "
           "yuan of GMV in a single quarter.\n",
           "ecommerce_turnover|China|2016|658200000000|CNY|exact|observed|3\n", false);
    expect_absent("JD.com Q4 2016 Earnings Call Transcript\n\n"
                  "For the full year, our GMV reached RMB 658.2 billion, and for the first time we surpassed 200 "
                  "billion yuan of GMV in a single quarter.\n",
                  "daily_transaction_volume");
    /* an adverb between the verb of change and its "by" ("dropped for the
     * first time, by 27.83 million, to 281 million", "fell sharply by") */
    expect("Microblog users dropped for the first time, by 27.83 million, to 281 million in 2013.\n",
           "microblog_users_increase|China|2013|-27830000|people|exact|observed|1\n"
           "microblog_users|China|2013|281000000|people|exact|observed|1\n",
           true);
    expect("Microblog users dropped sharply by 27.83 million to 281 million in 2013.\n",
           "microblog_users_increase|China|2013|-27830000|people|exact|observed|1\n"
           "microblog_users|China|2012|308830000|people|exact|derived|1\n"
           "microblog_users|China|2013|281000000|people|exact|observed|1\n",
           true);
    /* a column named by a cue's last word alone ("Users (millions)")
     * under a caption that names the whole cue ("Internet users in China") */
    expect("Internet users in China (year-end, CNNIC)[12][21]\n"
           "Year   Users (millions)   Penetration\n"
           "2004   94                 7.2%\n"
           "2012   564                42.1%\n",
           "netizens|China|2004|94000000|people|exact|observed|3\n"
           "internet_penetration|China|2004|7.2|percent|exact|observed|3\n"
           "netizens|China|2012|564000000|people|exact|observed|4\n"
           "internet_penetration|China|2012|42.1|percent|exact|observed|4\n",
           true);
    /* the subject's verb again after "and" ("..., and was RMB29.4 billion
     * in the six months ended June 30, 2018") counts what the level before
     * it counts */
    expect("Our GMV grew from RMB2.1 billion in 2015 to RMB34.6 billion in 2017, and was RMB29.4 billion in the six "
           "months ended June 30, 2018.\n",
           "ecommerce_turnover|China|2015|2100000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2017|34600000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2018-06|29400000000|CNY|exact|observed|1\n",
           true);
    /* a table of one row, named by its unit alone ("RMB billion"), under
     * a caption that names what it counts; a currency on the next line is
     * no unit of the year above it */
    expect("Table 3: GMV of social e-commerce in China, 2015-2017\n"
           "Year        2015    2016    2017\n"
           "RMB billion 46.1    151.8   403.4\n",
           "ecommerce_turnover|China|2015|46100000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|China|2016|151800000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|China|2017|403400000000|CNY|exact|observed|3\n",
           true);
    /* JD's 618 festival is June's; "Last year" opening the sentence is the
     * year of a month named without one */
    expect("Published: 3:45pm, 19 Jun, 2021\n\n"
           "Last year, when the event was seen as a barometer of the recovery, JD's 618 GMV "
           "rose 33.6 per cent to 269.2 billion yuan.\n",
           "ecommerce_turnover_growth|JD|2020-06|33.6|percent|exact|observed|3\n"
           "ecommerce_turnover|JD|2020-06|269200000000|CNY|exact|observed|3\n",
           true);
    /* a month alone in brackets right after the figure is its date */
    expect("Venture review 2015\n\nThe largest single round went to Didi Kuaidi, which raised US$3.0 billion (July).\n",
           "funding_round|Didi Kuaidi|2015-07|3000000000|USD|exact|observed|3\n", true);
    /* a table's years under "Fiscal year ended March 31," in a report
     * whose fiscal year ends in March */
    expect("Alibaba Group Annual Report\nFor the fiscal year ended March 31, 2020\n\n"
           "Key Operating Data\n\n"
           "                                                Fiscal year ended March 31,\n"
           "                                             2019         2020\n"
           "  GMV (RMB in billions)                     5,727        6,589\n",
           "ecommerce_turnover|Alibaba Group|2019-03|5727000000000|CNY|exact|observed|8\n"
           "ecommerce_turnover|Alibaba Group|2020-03|6589000000000|CNY|exact|observed|8\n",
           true);
    /* "during its annual 618 shopping festival" dates the figure by June */
    expect("Published: 3:45pm, 19 Jun, 2021\n\n"
           "JD.com said its gross merchandise value during its annual 618 shopping festival rose 27.7 per cent to "
           "343.8 billion yuan.\n",
           "ecommerce_turnover_growth|JD.com|2021-06|27.7|percent|exact|observed|3\n"
           "ecommerce_turnover|JD.com|2021-06|343800000000|CNY|exact|observed|3\n",
           true);
    /* a 3G standard's "service" counts its subscribers */
    expect("China Mobile had 10.47 million 3G users at the end of June 2010, while China Telecom's CDMA2000 service "
           "had 7.91 million.\n",
           "3g_users|China Telecom (CDMA2000)|2010-06|7910000|people|exact|observed|1\n", false);
    /* a code padded with zeros in brackets ("(000198)", "(0327)") is no
     * quantity and stands aside between a cue and its verb; shares that
     * open the subject move in price, no indicator */
    /* (and a word of a name in capitals, "Fund", is no cue: the name is
     * whose the assets are) */
    expect("Assets of Tianhong Yu'e Bao Money Market Fund (000198) reached CNY1.43 trillion at the end of June 2017.\n",
           "fund_assets|Tianhong Yu'e Bao Money Market Fund|2017-06|1430000000000|CNY|exact|observed|1\n", true);
    expect_none("Shares in payment terminal maker PAX Global Technology (0327) rose 2.3 per cent on Tuesday.\n");
    /* a headline's present verb and the press's percent ("surge 391pc") */
    expect("Mobile payments surge 391pc to 6 trillion yuan in 2014.\n",
           "mobile_payments_growth|China|2014|391|percent|exact|observed|1\n"
           "mobile_payments|China|2013|1221995926680|CNY|about|derived|1\n"
           "mobile_payments|China|2014|6000000000000|CNY|exact|observed|1\n",
           true);
    /* "the figure" of a sentence counts what the one before counted of a
     * named holder, past a date that opens it */
    expect("Huifutong had about 48 million registered users as of the end of August 2009. At the end of 2008 the "
           "figure was 31 million.\n",
           "registered_users|Huifutong|2009-08|48000000|people|about|observed|1\n"
           "registered_users|Huifutong|2008|31000000|people|exact|observed|1\n",
           true);
    /* "the first three quarters" are the year's first nine months */
    expect("BEIJING, Oct. 28, 2019 -- Online retail sales reached 1.24 trillion yuan in the first three quarters of "
           "the year.\n",
           "ecommerce_turnover|China|2019-09|1240000000000|CNY|exact|observed|1\n", true);
    /* a table of names under a header of words with columns of text, its
     * unit after a comma; a row's fields parted by wide gaps are no page's
     * running title; a name's words joined by a slash */
    expect("Exhibit 4\nLeading consumer Internet platforms in China, March 2014\n\n"
           "Platform          Owner       Category                 Monthly active users, million\n"
           "QQ                Tencent     Instant messaging        848\n"
           "Weixin/WeChat     Tencent     Mobile messaging         396\n",
           "active_users|QQ|2014-03|848000000|people|exact|observed|5\n"
           "active_users|Weixin/WeChat|2014-03|396000000|people|exact|observed|6\n",
           true);
    /* a filing's cover names its issuer: the company's name on a line of
     * its own over "(incorporated in ... with limited liability)"; "Offer",
     * "Maximum" and "Based" name nobody */
    expect("Kuaigou Holdings Limited\n(incorporated in the Cayman Islands with limited liability)\n\n"
           "GLOBAL OFFERING\n\n"
           "Our GMV grew from RMB2.1 billion in 2015 to RMB34.6 billion in 2017.\n\n"
           "Based on the Offer Price range, the Maximum Offer Price is HK$13.60 per Offer Share.\n",
           "ecommerce_turnover|Kuaigou|2015|2100000000|CNY|exact|observed|6\n"
           "ecommerce_turnover|Kuaigou|2017|34600000000|CNY|exact|observed|6\n", false);
    expect_absent("Kuaigou Holdings Limited\n(incorporated in the Cayman Islands with limited liability)\n\n"
                  "Based on the Offer Price range, the Maximum Offer Price is HK$13.60 per Offer Share.\n",
                  "|Based|");
    /* a table under a caption of the country's market, in a filing's
     * industry overview, is the country's, not the issuer's */
    expect("Kuaigou Holdings Limited\n(incorporated in the Cayman Islands with limited liability)\n\n"
           "Our GMV grew to RMB34.6 billion in 2017.\n\n"
           "Table 3: GMV of social e-commerce in China, 2015-2017\n"
           "Year        2015    2016    2017\n"
           "RMB billion 46.1    151.8   403.4\n",
           "ecommerce_turnover|Kuaigou|2017|34600000000|CNY|exact|observed|4\n"
           "ecommerce_turnover|China|2015|46100000000|CNY|exact|observed|8\n"
           "ecommerce_turnover|China|2016|151800000000|CNY|exact|observed|8\n"
           "ecommerce_turnover|China|2017|403400000000|CNY|exact|observed|8\n",
           true);
    /* in a province's bulletin, an indicator with no fallback of its own
     * is the province's where the text names nobody */
    expect("Guangdong Provincial People's Government\n\n"
           "The province's online retail sales reached 2.39 trillion yuan in 2020.\n",
           "ecommerce_turnover|Guangdong|2020|2390000000000|CNY|exact|observed|3\n", true);
    /* a table of months whose names each head the same columns, a level's
     * and its change's ("total   net add"), under a caption that names
     * what they count; a carrier's network is its part in brackets */
    expect("Monthly subscriber data of the operators (in millions)\n\n"
           "                 China Telecom       Telecom CDMA\n"
           "                 total   net add     total   net add\n"
           "  May 2009       60.12    0.41       12.40    1.10\n"
           "  Jun 2009       60.50    0.38       13.70    1.30\n",
           "users|China Telecom|2009-05|60120000|people|exact|observed|5\n"
           "users_increase|China Telecom|2009-05|410000|people|exact|observed|5\n"
           "users|Telecom (CDMA)|2009-05|12400000|people|exact|observed|5\n"
           "users_increase|Telecom (CDMA)|2009-05|1100000|people|exact|observed|5\n"
           "users|China Telecom|2009-06|60500000|people|exact|observed|6\n"
           "users_increase|China Telecom|2009-06|380000|people|exact|observed|6\n"
           "users|Telecom (CDMA)|2009-06|13700000|people|exact|observed|6\n"
           "users_increase|Telecom (CDMA)|2009-06|1300000|people|exact|observed|6\n",
           true);
}
END_TEST

START_TEST(session30_forms)
{
    /* a survey's cut-off date dates what its report, released the year
     * after, says is so "now" and its tables without a date */
    expect("Statistical Survey Report on the Internet\nBeijing, January 16, 2003\n\n"
           "The cut-off date of the survey was December 31, 2002, and the sample was 32,170 households.\n\n"
           "Internet users now account for about 4.6 per cent of the country's population.\n",
           "internet_penetration|China|2002|4.6|percent|about|observed|6\n", true);
    /* (not a cut-off date the text looks ahead to) */
    expect("Statistical Survey Report on the Internet\nBeijing, January 16, 2003\n\n"
           "The next survey will take June 30, 2003 as its cut-off date.\n\n"
           "Internet users now account for about 4.6 per cent of the country's population.\n",
           "internet_penetration|China|2003|4.6|percent|about|observed|6\n", true);
    /* a rate, then where the level came from and went to, past a comma:
     * both levels, the start a year before */
    expect("In 2015 the number of netizens increased by 6.1%, from 649 million to 688 million.\n",
           "netizens_growth|China|2015|6.1|percent|exact|observed|1\n"
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "netizens|China|2015|688000000|people|exact|observed|1\n",
           true);
    expect("In 2019 the fund's net assets decreased by 8.69%, from 1,132.65 billion yuan at the beginning of the year "
           "to 1,034.19 billion yuan at the end of June.\n",
           "fund_assets_growth|money market funds|2019-06|-8.69|percent|exact|observed|1\n"
           "fund_assets|money market funds|2018|1132650000000|CNY|exact|observed|1\n"
           "fund_assets|money market funds|2019-06|1034190000000|CNY|exact|observed|1\n",
           true);
    /* "the fund's" in a fund's own report is its fund, not the bank the
     * paragraph before named */
    expect("Tianhong Yu'e Bao Money Market Fund\nInterim Report 2019 (Summary)\n\n"
           "Baoshang Bank was taken over on 24 May.\n\n"
           "During the reporting period the fund's net assets decreased by 8.69%, from 1,132.65 billion yuan at the "
           "beginning of the year to 1,034.19 billion yuan at the end of June.\n",
           "fund_assets_growth|Tianhong Yu'e Bao|2019-06|-8.69|percent|exact|observed|6\n"
           "fund_assets|Tianhong Yu'e Bao|2018|1132650000000|CNY|exact|observed|6\n"
           "fund_assets|Tianhong Yu'e Bao|2019-06|1034190000000|CNY|exact|observed|6\n",
           true);
    /* a page's path as the first line dates the chronicle by its last
     * part's year, not the yearbook's */
    expect("China Internet Yearbook 2017 > Part VIII > Chronicle of Events, 2016\n\nAPRIL\n\n26 April\n"
           "Ant Financial Services Group completed a Series B financing round of US$4.5 billion.\n",
           "funding_round|Ant Financial Services Group|2016-04-26|4500000000|USD|exact|observed|6\n", true);
    /* a table of deals, a row each, fields under a header that names the
     * round and the amount: the month or the day of its date field, its
     * company field's or the caption's company; a currency past a wide gap
     * is the next cell's */
    expect("Table: Zuoyebang's disclosed funding rounds\n\n"
           "Round       Date         Amount             Lead investor(s)\n"
           "Series A    Jan 2015     USD 15 million     Legend Capital\n"
           "Series D+   Dec 2018     RMB 2 billion      Sequoia Capital China, Alibaba\n",
           "funding_round|Zuoyebang|2015-01|15000000|USD|exact|observed|4\n"
           "funding_round|Zuoyebang|2018-12|2000000000|CNY|exact|observed|5\n",
           true);
    expect("Table 2.1  Top internet financings, Q3 2015\n\n"
           "Rank  Company        Segment                   Round       Amount        Key investors          Date\n"
           "1     Didi Kuaidi    Ride-hailing              Strategic   US$3,000M     Capital Group, CIC     Jul 08\n"
           "2     Ele.me         Food delivery             Series F    US$630M       CITIC PE, DST          Aug 28\n",
           "funding_round|Didi Kuaidi|2015-07-08|3000000000|USD|exact|observed|4\n"
           "funding_round|Ele.me|2015-08-28|630000000|USD|exact|observed|5\n",
           true);
    /* a footnote's superscript between a cue and its verb stands for nothing */
    expect("Gross merchandise volume (\"GMV\")\xC2\xB9 reached nearly RMB1.3 trillion in 2017.\n",
           "ecommerce_turnover|China|2017|1300000000000|CNY|nearly|observed|1\n", true);
    /* what the counted hold, between them and their verb */
    expect("Yu'e Bao report\n\nThe number of investors holding Yu'e Bao reached 124 million at the end of June 2014.\n",
           "fund_customers|Yu'e Bao|2014-06|124000000|people|exact|observed|3\n", true);
    expect("In 2008 the survey counted about 117 million people who had gone online by phone.\n",
           "mobile_netizens|China|2008|117000000|people|about|observed|1\n", true);
    /* a caption that gives the unit of two tables under it gives the
     * second's too; a fund's own report's tables are its fund's */
    expect("Tianhong Yu'e Bao Money Market Fund\nInterim Report 2019\n\nFund manager: Tianhong Asset Management Co., Ltd.\n\n"
           "3.1 Key accounting data and financial indicators (Unit: RMB yuan)\n\n"
           "Item                                         1 Jan 2019 - 30 Jun 2019\n"
           "Realized income for the period                  15,978,406,112.35\n"
           "Profit for the period                           15,978,406,112.35\n\n"
           "Item                                         30 Jun 2019              31 Dec 2018\n"
           "Net assets at period end                     1,034,186,235,467.52     1,132,648,903,218.76\n"
           "Net asset value per share                    1.0000                   1.0000\n",
           "fund_assets|Tianhong Yu'e Bao|2019-06-30|1034186235467.52|CNY|exact|observed|13\n"
           "fund_assets|Tianhong Yu'e Bao|2018-12-31|1132648903218.76|CNY|exact|observed|13\n",
           true);
    /* a level the change went on to, after "and to", counts what the one
     * it first went to counts */
    expect("3G subscribers rose from 47 million at the end of 2010 to 128 million a year later (MIIT, 2012), and to "
           "233.8 million by the end of 2012.\n",
           "3g_users|China|2010|47000000|people|exact|observed|1\n"
           "3g_users|China|2011|128000000|people|exact|observed|1\n"
           "3g_users|China|2012|233800000|people|exact|observed|1\n",
           true);
    /* a clause of reason after the figure names no cue of it */
    expect("In 2016 the number of 3G users fell to 162 million as customers moved to 4G.\n",
           "3g_users|China|2016|162000000|people|exact|observed|1\n", true);
    /* "within 24 hours" is the whole day, no running tally */
    expect("Chronicle 2016\n\n12 November\nSales on Alibaba's platforms reached 121.7 billion yuan within 24 hours.\n",
           "daily_transaction_volume|Alibaba|2016-11-12|121700000000|CNY|exact|observed|4\n", true);
    expect_none("Chronicle 2016\n\n11 November\nSales on Alibaba's platforms reached 10 billion yuan within 38 minutes.\n");
    /* a row's name with its owner in brackets, or a product's word, under a
     * caption that names what the table counts */
    expect("Table 1: Monthly active users of selected Chinese platforms (million)\n\n"
           "Platform                        2018      2021\n"
           "WeChat (Tencent)                    1,098          1,251\n"
           "Taobao mobile app (Alibaba)           699            925\n"
           "Pinduoduo app                         272            738\n",
           "active_users|WeChat|2018|1098000000|people|exact|observed|4\n"
           "active_users|WeChat|2021|1251000000|people|exact|observed|4\n"
           "active_users|Taobao mobile app|2018|699000000|people|exact|observed|5\n"
           "active_users|Taobao mobile app|2021|925000000|people|exact|observed|5\n"
           "active_users|Pinduoduo app|2018|272000000|people|exact|observed|6\n"
           "active_users|Pinduoduo app|2021|738000000|people|exact|observed|6\n",
           true);
    /* a longer heading whose day is in brackets past "as at" dates the
     * items under it */
    expect("Key Platforms Operating Highlights (as at 30 September 2016)\n\n"
           "\xE2\x80\xA2 MAU of Qzone were 638 million, a decrease of 2% YoY.\n",
           "active_users|Qzone|2016-09-30|638000000|people|exact|observed|3\n"
           "active_users_growth|Qzone|2016-09-30|-2|percent|exact|observed|3\n", false);
    /* a table of a festival's day's figure by year, its caption in the
     * same block: each year's festival day */
    expect("Alibaba's Singles' Day GMV (billion yuan)\n2012    19.1\n2015    91.2\n2016   120.7\n",
           "daily_transaction_volume|Alibaba|2012-11-11|19100000000|CNY|exact|observed|2\n"
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|4\n",
           true);
    /* the money of the orders placed is a platform's GMV */
    expect("JD.com said the value of orders placed on its platforms climbed to 343.8 billion yuan in 2021.\n",
           "ecommerce_turnover|JD.com|2021|343800000000|CNY|exact|observed|1\n", true);
    /* "last August" written in August is a year before; "last April" the
     * April gone by */
    expect("NEW YORK, Aug 5, 2005 (Reuters) - Baidu shares soared.\n\nGoogle's own IPO last August raised $1.67 billion.\n\n"
           "Sina's IPO last April raised $68 million.\n",
           "ipo_raise|Google|2004-08|1670000000|USD|exact|observed|3\n"
           "ipo_raise|Sina|2005-04|68000000|USD|exact|observed|5\n",
           true);
    /* ", and then to", and a level the change went to counting what it
     * came from; a country named in a later clause is not the figure's */
    expect("In 2007 the number of netizens rose from 137 million at the end of 2006 to 162 million at the end of June "
           "2007, and then to 210 million by the end of the year.\n",
           "netizens|China|2006|137000000|people|exact|observed|1\n"
           "netizens|China|2007-06|162000000|people|exact|observed|1\n"
           "netizens|China|2007|210000000|people|exact|observed|1\n",
           true);
    expect("In 2007 the Internet penetration rate rose from 10.5% at the end of 2006 to 16.0%, but it is still far "
           "below that of developed countries such as the United States, Japan and Korea.\n",
           "internet_penetration|China|2006|10.5|percent|exact|observed|1\n"
           "internet_penetration|China|2007|16|percent|exact|observed|1\n",
           true);
    /* a unit column's scale word ("million") scales its row */
    expect("Attached table: Main Users\n\nItem                                      Unit      2019        2020\n"
           "Mobile Internet users                     million   1,318.3     1,349.0\n"
           "  of which: FTTH/O subscribers            million     417.4       454.0\n",
           "mobile_netizens|China|2019|1318300000|people|exact|observed|4\n"
           "mobile_netizens|China|2020|1349000000|people|exact|observed|4\n",
           false);
    /* a verb of change of the same subject, and a list after it, go on
     * with the levels before */
    expect("Singles Day 2019\n\nAlibaba's Singles' Day sales have risen every year since. The company said sales reached "
           "RMB936 million in 2010 and RMB5.2 billion in 2011, before jumping to 19.1 billion yuan in 2012 and 35 "
           "billion yuan in 2013.\n",
           "daily_transaction_volume|Alibaba|2010-11-11|936000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2011-11-11|5200000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2012-11-11|19100000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2013-11-11|35000000000|CNY|exact|observed|3\n",
           true);
    /* a day under a byline, its time and then another field past a wide
     * gap ("  Updated on ..."), dates the item */
    expect("Meituan Raises $4.2 Billion in Hong Kong IPO\n\nBy Carmen Yeung and Zhou Wei\n"
           "September 17, 2018, 10:41 PM GMT+8  Updated on September 18, 2018, 7:05 AM GMT+8\n\n"
           "Meituan Dianping raised HK$33.1 billion in its Hong Kong initial public offering.\n",
           "ipo_raise|Meituan Dianping|2018-09-17|33100000000|HKD|exact|observed|6\n", false);
    /* a wiki's footnote glued to a full stop ends the sentence and stands
     * for nothing */
    expect("In June 2008 the number of Internet users had reached 253 million, overtaking the United States for the "
           "first time.[9] By the end of that year the figure stood at 298 million.[10]\n",
           "netizens|China|2008-06|253000000|people|exact|observed|1\n"
           "netizens|China|2008|298000000|people|exact|observed|1\n",
           true);
    expect("By the end of 2009 there were 240 million users watching video on the Internet.\n",
           "online_video_users|China|2009|240000000|people|exact|observed|1\n", true);
    /* transactions on a marketplace are its GMV; a day's are the day's */
    expect("HANGZHOU, Jan 16, 2009 -- Taobao said transactions on its consumer marketplace rose 131 percent last year to "
           "99.96 billion yuan.\n",
           "ecommerce_turnover_growth|Taobao|2008|131|percent|exact|observed|1\n"
           "ecommerce_turnover|Taobao|2007|43272727273|CNY|about|derived|1\n"
           "ecommerce_turnover|Taobao|2008|99960000000|CNY|exact|observed|1\n",
           true);
    expect("In 2014, 527 million went online using mobile phones.\n",
           "mobile_netizens|China|2014|527000000|people|exact|observed|1\n", true);
    /* a section's label joined by a hyphen inside a table of years */
    expect("China Unicom 2012 results\n\n"
           "                                                        2012          2011      Change\n"
           "Mobile business\n"
           "    of which: 3G subscribers (thousands)              76,463        40,019      91.1%\n"
           "Fixed-line business\n"
           "  Fixed-line broadband subscribers (thousands)        64,236        55,651      15.4%\n"
           "Network\n"
           "  3G base stations (thousands)                           331           230      43.9%\n",
           "3g_users|China|2012|76463000|people|exact|observed|5\n"
           "3g_users|China|2011|40019000|people|exact|observed|5\n"
           "3g_users_growth|China|2012|91.1|percent|exact|observed|5\n"
           "3g_base_stations|China|2012|331000|count|exact|observed|9\n"
           "3g_base_stations|China|2011|230000|count|exact|observed|9\n"
           "3g_base_stations_growth|China|2012|43.9|percent|exact|observed|9\n",
           false);
    /* a website's licence number in its footer counts no registrations */
    expect_none("Address: No. 13 West Chang'an Avenue, Beijing 100804    ICP Registration: Jing ICP Bei 04000001\n");
    /* an aside in brackets inside a cue */
    expect("- Third-party Internet (PC) payment volume in 2014: RMB 8.08 trillion, up 50.3%\n",
           "third_party_payments|China|2014|8080000000000|CNY|exact|observed|1\n"
           "third_party_payments_growth|China|2014|50.3|percent|exact|observed|1\n",
           false);
    /* a table of deals whose fields bars part, its header a line of its
     * own: each row's company, round and amount, dated by the month of
     * writing where no field dates it */
    expect("April 20, 2018\n\nStartup | Sector | Round | Amount | Investors\n"
           "Shuidi Huzhu | Medical crowdfunding | Series B | RMB 500 million | Tencent, IDG Capital\n"
           "Aibee | Computer vision | Angel | US$15 million | Sequoia China, ZhenFund\n"
           "Mofang Gongyu | Rental apartments | Pre-IPO | More than RMB 2 billion | CICC\n",
           "funding_round|Shuidi Huzhu|2018-04|500000000|CNY|exact|observed|4\n"
           "funding_round|Aibee|2018-04|15000000|USD|exact|observed|5\n"
           "funding_round|Mofang Gongyu|2018-04|2000000000|CNY|more_than|observed|6\n",
           true);
    /* a day under a byline dates the item, lines below the title */
    expect("Bloomberg\n\nMarkets\n\nAnt's IPO Suspended as Xi Clamps Down on Ma\n\n- Shanghai bourse halts listing\n"
           "- Hong Kong portion also delayed\n\nBy Zheng Li, Lulu Yilun Chen and Coco Liu\n"
           "November 3, 2020, 10:41 PM GMT+8\n\n"
           "Ant Group Co.'s record $34.5 billion initial public offering was suspended.\n",
           "ipo_raise|Ant Group|2020-11-03|34500000000|USD|exact|observed|13\n", true);
    /* a change from "the twelve months ended" a day: its level then */
    expect("Alibaba annual report 2020\n\n- Annual active consumers on our China retail marketplaces reached 726 million "
           "in the twelve months ended March 31, 2020, an increase of 72 million from the twelve months ended March 31, "
           "2019.\n",
           "active_users|China|2020-03-31|726000000|people|exact|observed|3\n"
           "active_users_increase|China|2020-03-31|72000000|people|exact|observed|3\n"
           "active_users|China|2019-03-31|654000000|people|exact|derived|3\n",
           true);
    /* a table's first row whose label opens on the line above, an
     * abbreviation in brackets in it, under a header of days */
    expect("Tencent annual report 2014\n\n"
           "                                              As at          As at       Year-\n"
           "                                        31 Dec 2014    31 Dec 2013   on-year\n"
           "                                           (in millions, unless specified)   change\n"
           "Monthly active user accounts (\"MAUs\")\n"
           "  of QQ                                      815.3          808.0       0.9%\n"
           "MAUs of Qzone                                629.1          623.3       0.9%\n",
           "active_users|QQ|2014-12-31|815300000|people|exact|observed|7\n"
           "active_users|QQ|2013-12-31|808000000|people|exact|observed|7\n"
           "active_users_growth|QQ|2014-12-31|0.9|percent|exact|observed|7\n",
           false);
    /* a table of deals under a caption that names financing, without a
     * round's field: the amount by its field's unit, and the valuation */
    expect("Exhibit 9: Largest fintech financing rounds in China, 2015-2016\n\n"
           "Company          Date        Amount (US$ bn)    Post-money valuation (US$ bn)\n"
           "Ant Financial    Jul 2015         1.8                   45.0\n"
           "Lufax            Jan 2016         1.2                   18.5\n"
           "JD Finance       Jan 2016         1.0                    7.1\n",
           "funding_round|Ant Financial|2015-07|1800000000|USD|exact|observed|4\n"
           "valuation|Ant Financial|2015-07|45000000000|USD|exact|observed|4\n"
           "funding_round|Lufax|2016-01|1200000000|USD|exact|observed|5\n"
           "valuation|Lufax|2016-01|18500000000|USD|exact|observed|5\n"
           "funding_round|JD Finance|2016-01|1000000000|USD|exact|observed|6\n"
           "valuation|JD Finance|2016-01|7100000000|USD|exact|observed|6\n",
           true);
    /* rows of a year and one figure under a caption of their own, a block
     * above, that names one quantity and its scale */
    expect("McKinsey 2014\n\nExhibit 1\nChina's Internet population has grown nearly sixfold since 2005\n"
           "Internet users, million, year-end\n\n2005    111\n2007    210\n2009    384\n",
           "netizens|China|2005|111000000|people|exact|observed|7\n"
           "netizens|China|2007|210000000|people|exact|observed|8\n"
           "netizens|China|2009|384000000|people|exact|observed|9\n",
           true);
    /* (two rows are no table) */
    expect_none("Exhibit 1\nInternet users, million, year-end\n\n2005    111\n2007    210\n");
    /* "Mbit/s" is a rate in Mbps */
    expect("China's international Internet bandwidth reached 4,118,663 Mbit/s at the end of 2014.\n",
           "international_bandwidth|China|2014|4118663|Mbps|exact|observed|1\n", true);
    /* the ITU's "individuals using the Internet" is the penetration */
    expect("The proportion of individuals using the Internet in China rose from 34.3 per cent in 2010 to 49.3 per cent "
           "in 2014.\n",
           "internet_penetration|China|2010|34.3|percent|exact|observed|1\n"
           "internet_penetration|China|2014|49.3|percent|exact|observed|1\n",
           true);
    /* people who reach the Internet from, through or by a mobile phone
     * are mobile netizens; "of its people" is a share of the population */
    expect("In 2014, 649 million Chinese used the Internet, of whom 557 million accessed the Internet from a mobile phone."
           "\n\nIn 2012 some 420 million people accessed the Internet through mobile phones.\n\n"
           "In June 2014 the Internet reached 46.9 percent of its people.\n",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "mobile_netizens|China|2014|557000000|people|exact|observed|1\n"
           "mobile_netizens|China|2012|420000000|people|about|observed|3\n"
           "internet_penetration|China|2014-06|46.9|percent|exact|observed|5\n",
           true);
    /* a report's year is no later than its publication's, though it looks
     * ahead to another year more often */
    expect("McKinsey Global Institute\n\nChina's digital transformation\n\nJuly 2014\n\n"
           "The Internet could add 22 percent to GDP by 2025. By 2025 it could do more.\n\n"
           "With 632 million Internet users, the country has the world's largest online population.\n",
           "netizens|China|2014|632000000|people|exact|observed|9\n", false);
    /* a listing's "debut", and the possessive before its money names whose */
    expect("NEW YORK, Nov 3, 2020 - Ant's IPO would have topped Alibaba's own $25 billion debut in New York in 2014.\n",
           "ipo_raise|Alibaba|2014|25000000000|USD|exact|observed|1\n", true);
    expect("By Zheng Li\nNovember 3, 2020, 10:41 PM GMT+8\n\n"
           "The IPO would have topped Saudi Aramco's $29.4 billion listing last December.\n",
           "ipo_raise|Saudi Aramco|2019-12|29400000000|USD|exact|observed|4\n", true);
    /* the absolute change of a GMV, and the level before it */
    expect("- GMV reached RMB6,589 billion in 2020, an increase of RMB862 billion over 2019.\n",
           "ecommerce_turnover|China|2020|6589000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_increase|China|2020|862000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2019|5727000000000|CNY|exact|derived|1\n",
           true);
    /* a part's row whose label opens with a figure of its own does not end
     * the table */
    expect("Attached table: Main Users\n\nItem                                      Unit      2019        2020\n"
           "  of which: FTTH/O subscribers            million     417.4       454.0\n"
           "            100 Mbps and above            million     384.6       435.0\n"
           "Mobile Internet users                     million   1,318.3     1,349.0\n",
           "mobile_netizens|China|2019|1318300000|people|exact|observed|6\n"
           "mobile_netizens|China|2020|1349000000|people|exact|observed|6\n",
           false);
    /* (a cost of what a rule counts is not what it counts) */
    expect_absent("Cost of revenues increased by 84.5% to RMB18,207.0 million for the year ended 31 December 2012.\n",
                  "revenue");
}
END_TEST

START_TEST(session28_forms)
{
    /* an amount that restates a share is counted by the share's cue */
    expect("By the end of 2012, rural netizens accounted for 27.6 percent of the total, or 156 million.\n",
           "netizens|China (rural)|2012|156000000|people|exact|observed|1\n", true);
    /* the penetration of a service among netizens is no share of the
     * people online */
    expect("Online shoppers numbered 242 million in 2012, with online shopping penetration rising to 42.9 percent.\n",
           "users|China (online shoppers)|2012|242000000|people|exact|observed|1\n", true);
    /* a worth after a count of payments is what they were worth, no
     * company's valuation */
    expect("In 2019, mobile payment transactions numbered 101.43 billion, valued at 347.11 trillion yuan.\n",
           "transactions|China|2019|101430000000|count|exact|observed|1\n"
           "mobile_payments|China|2019|347110000000000|CNY|exact|observed|1\n",
           true);
    /* a slash joins two words of a cue as a hyphen does ("FTTH/O"); the
     * figures of a fraction stay apart */
    expect("By the end of 2015, FTTH/O users reached 120 million, accounting for 56% of broadband users.\n",
           "ftth_users|China|2015|120000000|people|exact|observed|1\n", true);
    /* "on Sunday" before a name's comma is that day of the dateline's
     * week; before a date's, the date's weekday */
    expect("Updated: 2012-11-12 07:51\n\nChinese shoppers spent 19.1 billion yuan on Tmall on Sunday, Alibaba said.\n",
           "daily_transaction_volume|Tmall|2012-11-11|19100000000|CNY|exact|observed|3\n", true);
    expect("Updated: 2012-11-14 07:51\n\nChinese shoppers spent 19.1 billion yuan on Tmall on Sunday, November 11, "
           "Alibaba said.\n",
           "daily_transaction_volume|Tmall|2012-11-11|19100000000|CNY|exact|observed|3\n", true);
    /* a column that names only its measure ("Volume") under a caption
     * that names the indicator, past a shorter cue the caption opens with */
    expect("Chart 2  Transaction volume of China's third-party online payment market, 2009-2011\n\n"
           "Year    Volume (100 million yuan)    Growth rate\n"
           "2009    5,766    -\n"
           "2010    10,105   75.3%\n",
           "third_party_payments|China|2009|576600000000|CNY|exact|observed|4\n"
           "third_party_payments|China|2010|1010500000000|CNY|exact|observed|5\n"
           "third_party_payments_growth|China|2010|75.3|percent|exact|observed|5\n",
           true);
    /* "were using the Internet" after its people */
    expect("At the end of 2003, 79.5 million people in China were using the Internet, compared with 59.1 million a "
           "year earlier.\n",
           "netizens|China|2003|79500000|people|exact|observed|1\n"
           "netizens|China|2002|59100000|people|exact|observed|1\n",
           true);
    /* the world's average is not the country's figure */
    expect("By June 2007, penetration reached 12.3% of the population, against a world average of 17.6%.\n",
           "internet_penetration|China|2007-06|12.3|percent|exact|observed|1\n", true);
    /* a share of the people who did what its cue says is the share online;
     * the whole it is a share of did not do it */
    expect("By the end of 2008, 22.6 percent of China's 1.3 billion people were online.\n",
           "internet_penetration|China|2008|22.6|percent|exact|observed|1\n", true);
    expect_none("By the end of 2008, nearly a quarter of China's 1.3 billion people were online.\n");
    /* "people who use their mobile phones to surf the Internet" */
    expect("The number of people who use their mobile phones to surf the Internet reached 117.6 million in 2008.\n",
           "mobile_netizens|China|2008|117600000|people|exact|observed|1\n", true);
    /* a part "of which" named some words after its share */
    expect("By the end of 2008, domain names totaled 16.83 million, of which 13.57 million, or 80.6 percent, were "
           "under the country code top-level domain .cn.\n",
           "domain_names|China|2008|16830000|count|exact|observed|1\n"
           "cn_domain_names|China|2008|13570000|count|exact|observed|1\n",
           true);
    /* a report's first national figure "as of" the last day of a month
     * gone by dates the undated ones after it */
    expect("Statistical Survey Report, July 2005\n\n1. Users. As of June 30, 2005, the number of Internet users in "
           "China reached 103 million.\n\n2. Websites. There were about 677,500 websites in China.\n",
           "netizens|China|2005-06-30|103000000|people|exact|observed|3\n"
           "websites|China|2005-06-30|677500|count|about|observed|5\n",
           true);
    /* ... and a news item's, where the day it was said is no date of the
     * figure */
    expect("BEIJING, July 18, 2007 (Xinhua) -- As of June 30, 2007, China had 162 million Internet users, the CNNIC "
           "said on Wednesday.\n\nThere were 1.31 million websites in the country, the report said.\n",
           "netizens|China|2007-06-30|162000000|people|exact|observed|1\n"
           "websites|China|2007-06-30|1310000|count|exact|observed|3\n",
           true);
    /* rows of days ("2016-06-30"), under a header whose cue's context
     * only the caption meets; the year's last day is the year's; the
     * name before the caption's cue is whose they are */
    expect("Table: Yu'e Bao net assets, selected quarter ends\n\n"
           "As of          Net assets (billion yuan)\n"
           "2016-06-30     762.5\n"
           "2016-12-31     808.9\n"
           "2017-03-31     1,140.0\n",
           "fund_assets|Yu'e Bao|2016-06-30|762500000000|CNY|exact|observed|4\n"
           "fund_assets|Yu'e Bao|2016-12-31|808900000000|CNY|exact|observed|5\n"
           "fund_assets|Yu'e Bao|2017-03-31|1140000000000|CNY|exact|observed|6\n",
           true);
    /* the total under a year's quarters is the year's */
    expect("Table 3 Online payments of non-bank payment institutions, 2021\n\n"
           "Quarter    Transactions (100 million)    Value (trillion yuan)\n"
           "Q1 2021    2,122.5    69.21\n"
           "Q2 2021    2,430.0    73.64\n"
           "Total      4,552.5    142.85\n",
           "transactions|China|2021-03|212250000000|count|exact|observed|4\n"
           "third_party_payments|China|2021-03|69210000000000|CNY|exact|observed|4\n"
           "transactions|China|2021-06|243000000000|count|exact|observed|5\n"
           "third_party_payments|China|2021-06|73640000000000|CNY|exact|observed|5\n"
           "transactions|China|2021|455250000000|count|exact|observed|6\n"
           "third_party_payments|China|2021|142850000000000|CNY|exact|observed|6\n",
           true);
    /* (not under rows of years: what a total of years is, is no year) */
    expect("Table 4 Online payments of non-bank payment institutions\n\n"
           "Year    Transactions (100 million)    Value (trillion yuan)\n"
           "2020    8,272.97    294.56\n"
           "2021    10,283.22   355.46\n"
           "Total   18,556.19   650.02\n",
           "transactions|China|2020|827297000000|count|exact|observed|4\n"
           "third_party_payments|China|2020|294560000000000|CNY|exact|observed|4\n"
           "transactions|China|2021|1028322000000|count|exact|observed|5\n"
           "third_party_payments|China|2021|355460000000000|CNY|exact|observed|5\n",
           true);
    /* the gap to another part is no change over time; the gap to another
     * time is */
    expect("The Internet penetration rate in rural areas was 46.2 percent in 2020, 30.1 percentage points lower than "
           "in cities.\n",
           "internet_penetration|China (rural)|2020|46.2|percent|exact|observed|1\n", true);
    expect("Internet penetration reached 64.5 percent in 2020, 4.9 percentage points higher than in 2019.\n",
           "internet_penetration|China|2020|64.5|percent|exact|observed|1\n"
           "internet_penetration_increase|China|2020|4.9|percent|exact|observed|1\n"
           "internet_penetration|China|2019|59.6|percent|exact|derived|1\n",
           true);
    /* a row whose label gives its unit as blocks */
    expect("Table 2  Basic Internet resources in China, 2011-2012\n"
           "Item                                  Dec. 2011        Dec. 2012\n"
           "IPv6 addresses (blocks/32)                9,398           12,535\n"
           "Domain names (number)                 7,748,459       13,412,079\n",
           "ipv6_addresses|China|2011|9398|other|exact|observed|3\n"
           "ipv6_addresses|China|2012|12535|other|exact|observed|3\n"
           "domain_names|China|2011|7748459|count|exact|observed|4\n"
           "domain_names|China|2012|13412079|count|exact|observed|4\n",
           true);
    /* a table of applications with no line of periods: its caption's
     * month, the unit in its header, labels with asides and parts */
    expect("Table 3-1  Users and usage rates of major Internet applications, June 2021\n"
           "Application                          Users (10,000)    Usage rate\n"
           "Online video (incl. short video)         94,384          93.4%\n"
           "  of which: short video                  88,775          87.8%\n"
           "Online games                              50,925          50.4%\n",
           "online_video_users|China|2021-06|943840000|people|exact|observed|3\n"
           "game_players|China|2021-06|509250000|people|exact|observed|5\n",
           true);
    /* what a payment company processed on one day is the day's volume */
    expect("Payments Brief | December 2010\n\nNovember 12, Hangzhou -- Alipay processed a total of 1.97 billion "
           "yuan of payments on November 11, a record for a single day.\n",
           "daily_transaction_volume|Alipay|2010-11-11|1970000000|CNY|exact|observed|3\n", true);
    /* a figure a multiple is "times" counts what the multiple does */
    expect("Monthly active users of Meituan's app were 310 million in June 2019, roughly three times the 104 million "
           "reported for June 2016.\n",
           "active_users|Meituan|2019-06|310000000|people|exact|observed|1\n"
           "active_users|Meituan|2016-06|104000000|people|exact|observed|1\n",
           true);
    /* a headline's figure is not the item's first: the body's "as of" a
     * month gone by dates the list under it */
    expect("Issue #40 · September 2021\n\nWelcome back. August was a busy month.\n\n"
           "━━━━━━━━━━━━━━━━━━━━\n\nCNNIC report: 1.011 billion netizens (Aug 27)\n\n"
           "China had 1.011 billion internet users as of June 2021, the CNNIC said.\n\n"
           "Other lines from the report:\n- Online shopping users: 812 million\n",
           "netizens|China|2021-06|1011000000|people|exact|observed|9\n"
           "users|China (online shoppers)|2021-06|812000000|people|exact|observed|12\n",
           false);
    /* ... or of the month its header names in brackets */
    expect("Other numbers in the report:\n\n"
           "    Application                    Users (Dec 2016)    Share of all netizens\n"
           "    Online video                   545 million         74.5%\n"
           "    Online games                   417 million         57.0%\n",
           "online_video_users|China|2016|545000000|people|exact|observed|4\n"
           "game_players|China|2016|417000000|people|exact|observed|5\n",
           true);
    /* a Series C round raised in a paragraph that speaks of a listing is
     * no IPO's */
    expect("Jimubox raised $84 million in a Series C round in 2015. Yirendai listed on the New York Stock Exchange "
           "in December 2015.\n",
           "funding_round|Jimubox|2015|84000000|USD|exact|observed|1\n", true);
    /* an opening clause of comparison dates what it compares, not the
     * figure after it; "grew by" names what grew by its subject */
    expect("Survey Report, July 2001\n\nCompared with the 22.50 million users at the end of 2000, the number of "
           "Internet users reached 26.5 million.\n",
           "netizens|China|2001-07|26500000|people|exact|observed|3\n", false);
    expect_absent("Survey Report, July 2001\n\nCompared with the 22.50 million users at the end of 2000, the number "
                  "of Internet users reached 26.5 million.\n",
                  "netizens|China|2000|26500000");
    expect("Survey Report, July 2001\n\nCompared with the 22.50 million users at the end of 2000, the number of "
           "Internet users grew by 4.00 million.\n",
           "netizens_increase|China|2001-07|4000000|people|exact|observed|3\n", false);
    /* a part "of them" of the figure before counts no cue before it */
    expect("Online video users reached 514 million in June 2016, or 72.4 percent of netizens, and 440 million of "
           "them watched on mobile phones.\n",
           "online_video_users|China|2016-06|514000000|people|exact|observed|1\n", true);
    /* the users a statistical survey counted are netizens; a "when"
     * clause after a date is of that date */
    expect("July 18, 2007. The figure is higher than at the end of 2006, when the survey counted 137 million "
           "users.\n",
           "netizens|China|2006|137000000|people|exact|observed|1\n", false);
    /* users on fibre-to-the-home connections */
    expect("The ministry said fixed broadband users on fibre-to-the-home connections reached 120 million at "
           "end-2015.\n",
           "ftth_users|China|2015|120000000|people|exact|observed|1\n", true);
    /* a day in brackets after an item's figure dates the item */
    expect("China Briefing, February 2016\n\nMeituan-Dianping closes US$3.3 billion round (Jan 19). The company "
           "said it raised the money at a post-money valuation of US$18 billion.\n",
           "funding_round|Meituan-Dianping|2016-01-19|3300000000|USD|exact|observed|3\n"
           "valuation|Meituan-Dianping|2016-01-19|18000000000|USD|exact|observed|3\n",
           true);
    /* a table of deals: rows of names with text columns around the
     * amount, which "Amount" measures for the column "Round" names */
    expect("Brief | June 2011\n\nThe biggest players keep raising money:\n\n"
           "  Company    Date      Round     Amount       Lead investor\n"
           "  Wowo       May 4     B         US$30 mn     Matrix Partners\n"
           "  Dianping   May 21    C         US$100 mn    Lightspeed\n",
           "funding_round|Wowo|2011-05-04|30000000|USD|exact|observed|6\n"
           "funding_round|Dianping|2011-05-21|100000000|USD|exact|observed|7\n",
           true);
    /* a deal with no date of its own is of the day it was reported */
    expect("Roundup, 2018\n\nPinduoduo has raised US$1.37 billion in a new round, LatePost reported on April 4.\n",
           "funding_round|Pinduoduo|2018-04-04|1370000000|USD|exact|observed|3\n", true);
    /* a slash between two names joins nothing: a dateline of two cities */
    expect("October 26, 2020\n\nHONG KONG/SHANGHAI -- Ant Group set the price of its dual listing, raising about "
           "$34.4 billion.\n",
           "ipo_raise|Ant Group|2020-10-26|34400000000|USD|about|observed|3\n", true);
    /* shares an underwriter's paragraph says were sold; a list of figures
     * a change started from */
    expect("NEW YORK, July 12, 2000 (Reuters) - Sohu.com Inc priced its shares at $13 each on Wednesday.\n\n"
           "The Beijing-based company sold 4.6 million shares, raising $59.8 million before fees, lead underwriter "
           "Goldman Sachs said.\n",
           "ipo_shares_offered|Sohu.com|2000-07-12|4600000|count|exact|observed|3\n", false);
    expect("The number of Internet users in China reached 16.9 million at the end of June 2000, up from 8.9 million "
           "at the end of 1999 and just 2.1 million at the end of 1998.\n",
           "netizens|China|2000-06|16900000|people|exact|observed|1\n"
           "netizens|China|1999|8900000|people|exact|observed|1\n"
           "netizens|China|1998|2100000|people|exact|observed|1\n",
           true);
    /* an aside in brackets with marks in it stands between a cue and its
     * figure; a mode of access names a part, no count of netizens */
    expect("By the end of 2002, the number of websites (including .CN sites and those under generic top-level "
           "domains) was about 371,600.\n",
           "websites|China|2002|371600|count|about|observed|1\n", true);
    expect_none("At the end of 2002, 45.86 million people accessed the Internet by dial-up.\n");
    /* "the year-on-year growth rate was" stands for the change of the
     * figure before */
    expect("By the end of 2002 the total number of Internet users in China had reached 59.10 million. The "
           "year-on-year growth rate was 75.4 per cent.\n",
           "netizens|China|2002|59100000|people|exact|observed|1\n"
           "netizens_growth|China|2002|75.4|percent|exact|observed|1\n"
           "netizens|China|2001|33694413|people|about|derived|1\n",
           true);
    /* "this year" in an aside after a comma is no date of the figure */
    expect("Economic Operation of the Communications Industry, January-October 2012\n\nReleased: 2012-11-21\n\n"
           "In October alone, 3G users grew by 11.06 million, the ninth month this year in which net additions "
           "exceeded 10 million.\n",
           "3g_users_increase|China|2012-10|11060000|people|exact|observed|5\n", false);
    /* a net addition over months from the year's start derives the level
     * at the year before's end */
    expect("Released: 2012-11-21\n\nIn January-October, net additions of 3G users reached 98.94 million, and the "
           "total number of 3G users reached 226.99 million.\n",
           "3g_users_increase|China|2012-10|98940000|people|exact|observed|3\n"
           "3g_users|China|2011|128050000|people|exact|derived|3\n"
           "3g_users|China|2012-10|226990000|people|exact|observed|3\n",
           true);
    /* a header of two lines under a caption of its own block: "Total
     * volume" measures what the caption names, "of which: mobile" is its
     * part */
    expect("Table 1. Third-party payment transaction volume in China, 2011-2012\n\n"
           "Year      Total volume         Growth      of which: mobile\n"
           "          (trillion yuan)      (%)         (trillion yuan)\n"
           "2011           2.16            113.9             0.08\n"
           "2012           3.66             69.4             0.15\n",
           "third_party_payments|China|2011|2160000000000|CNY|exact|observed|5\n"
           "third_party_payments_growth|China|2011|113.9|percent|exact|observed|5\n"
           "mobile_payments|China|2011|80000000000|CNY|exact|observed|5\n"
           "third_party_payments|China|2012|3660000000000|CNY|exact|observed|6\n"
           "third_party_payments_growth|China|2012|69.4|percent|exact|observed|6\n"
           "mobile_payments|China|2012|150000000000|CNY|exact|observed|6\n",
           true);
    /* a row's label broken over two lines, an abbreviation in brackets on
     * the first; the name after it */
    expect("Annual Report 2012\n\nKEY OPERATING STATISTICS\n\n"
           "                                                   2012      2011           change\n"
           "                                                     (in millions)\n"
           "Monthly active user accounts (\"MAU\")\n"
           "  of QQ IM                                        798.2     720.7            10.8%\n"
           "MAU of Qzone                                      603.1     552.3             9.2%\n",
           "active_users|QQ IM|2012|798200000|people|exact|observed|8\n"
           "active_users|QQ IM|2011|720700000|people|exact|observed|8\n"
           "active_users_growth|QQ IM|2012|10.8|percent|exact|observed|8\n"
           "active_users|Qzone|2012|603100000|people|exact|observed|9\n"
           "active_users|Qzone|2011|552300000|people|exact|observed|9\n"
           "active_users_growth|Qzone|2012|9.2|percent|exact|observed|9\n",
           true);
    /* under an entry's heading, a participle's aside dates nothing of the
     * entry, whatever its year; an appositive that ranks a figure has its
     * own time */
    expect("Current Position: History>>2016>>Milestones\n\nJanuary 19\n\nMeituan-Dianping, formed by the merger of "
           "the group-buying site Meituan and the review platform Dianping in October 2015, announced it had closed "
           "a round of financing of USD 3.3 billion.\n",
           "funding_round|Meituan-Dianping|2016-01-19|3300000000|USD|exact|observed|5\n", true);
    expect("Current Position: History>>2016>>Milestones\n\nOctober 27\n\nZTO Express listed on the New York "
           "Stock Exchange, raising about USD 1.4 billion, the largest IPO in the United States in 2016.\n",
           "ipo_raise|ZTO Express|2016-10-27|1400000000|USD|about|observed|5\n", true);
    /* a stake's price, and the valuation after it */
    expect("History>>2016\n\nJune 21\n\nA consortium led by Tencent agreed to buy an 84.3% stake in the Finnish game "
           "developer Supercell from SoftBank for USD 8.6 billion, valuing Supercell at about USD 10.2 billion.\n",
           "acquisition_stake|Supercell|2016-06-21|84.3|percent|exact|observed|5\n"
           "acquisition|Supercell|2016-06-21|8600000000|USD|exact|observed|5\n"
           "valuation|Supercell|2016-06-21|10200000000|USD|about|observed|5\n",
           true);
    /* "another" between a verb of raising and its money */
    expect("In February 2004 Alibaba secured another 82 million US dollars from SoftBank.\n",
           "funding_round|Alibaba|2004-02|82000000|USD|exact|observed|1\n", true);
    /* what shops "rake in" on the day */
    expect("Business\n\nSingles Day sales smash records as Alibaba sites rake in 19.1b yuan\n\n"
           "Updated: 2012-11-12 07:51\n\nShoppers spent heavily on Sunday.\n",
           "daily_transaction_volume|Alibaba|2012-11-11|19100000000|CNY|exact|observed|3\n", true);
    /* a figure compared with skips a span's count ("during the 24 hours")
     * for the figure it is compared with */
    expect("Updated: 2012-11-12 07:51\n\nAlipay handled 105.8 million transactions during the 24 hours, compared "
           "with 33.69 million on Nov 11, 2011.\n",
           "transactions|Alipay|2011-11-11|33690000|count|exact|observed|3\n", false);
    /* "as much as" names a bound by its top */
    expect("NEW YORK, May 22, 2018 (Bloomberg) -- Xiaomi could raise as much as US$10 billion in a Hong Kong IPO.\n",
           "ipo_raise|Xiaomi|2018-05-22|10000000000|USD|less_than|observed|1\n", true);
    /* money "from investors" is a round's */
    expect("NEW YORK, May 22, 2014 (Bloomberg) -- JD.com got $1.5 billion in 2011 from investors led by DST.\n",
           "funding_round|JD.com|2011|1500000000|USD|exact|observed|1\n", true);
    /* a festival named by a number is a name; a span of days in brackets
     * stands aside, and is no day */
    expect("Deals | July 2, 2021\n\nSales on JD during the 618 shopping festival (June 1-18) totalled RMB343.8 "
           "billion, up 27.7% year on year.\n",
           "ecommerce_turnover|JD|2021-06|343800000000|CNY|exact|observed|3\n"
           "ecommerce_turnover_growth|JD|2021-06|27.7|percent|exact|observed|3\n"
           "ecommerce_turnover|JD|2020-06|269224745497|CNY|about|derived|3\n",
           true);
    /* a table with its units in a column of their own: the unit's cell
     * is no figure; a part's row ("of which: FTTH users") is its own */
    expect("Table 5  Main indicators of telecommunications at the end of 2020\n\n"
           "  Indicator                             Unit              Number        Growth (%)\n"
           "  Fixed telephone users                 10,000            1,961.0          -5.8\n"
           "  Internet broadband access users       10,000            4,152.3           6.0\n"
           "    of which: FTTH users                10,000            3,857.1           7.9\n"
           "  Mobile Internet users                 10,000           14,120.5           2.5\n",
           "ftth_users|China|2020|38571000|people|exact|observed|6\n"
           "ftth_users_growth|China|2020|7.9|percent|exact|observed|6\n"
           "mobile_netizens|China|2020|141205000|people|exact|observed|7\n"
           "mobile_netizens_growth|China|2020|2.5|percent|exact|observed|7\n",
           true);
    /* a label that names a measure of what its cue counts, with its year
     * before or after */
    expect("Shanghai, March 4, 2015 -- iResearch released its report.\n\n[Key findings]\n"
           "- 2014 transaction volume of third-party mobile payment: RMB 5.99 trillion, up 391.3% year on year\n"
           "- Transaction volume of third-party mobile payment in 2013: RMB 1.22 trillion\n",
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|4\n"
           "mobile_payments_growth|China|2014|391.3|percent|exact|observed|4\n"
           "mobile_payments|China|2013|1219214329330|CNY|about|derived|4\n"
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|5\n",
           true);
    /* a day alone under a byline dates the item; a roundup of "the week
     * of" dates its deals by their month */
    expect("Tech in Asia\nChina Funding Roundup\n\nAlibaba swallows Ele.me\n\nYing Tian\nApril 9, 2018\n6 min read\n\n"
           "Meituan said it would acquire Mobike for US$2.7 billion.\n",
           "acquisition|Mobike|2018-04-09|2700000000|USD|exact|observed|10\n", true);
    expect("Tech in Asia\nChina Funding Roundup\n\nYing Tian\nApril 9, 2018\n\n"
           "Here is our roundup of the funding news for the week of April 2 to April 8, 2018.\n\n"
           "Zhihu raised US$270 million in a Series E round.\n",
           "funding_round|Zhihu|2018-04|270000000|USD|exact|observed|9\n", true);
    /* assets that "swelled to" a figure */
    expect("Caixin, Jul 03, 2017\n\nYu'e Bao has become the largest fund of its kind, after its assets swelled to 1.43 "
           "trillion yuan ($211 billion) as of June 30.\n",
           "fund_assets|Yu'e Bao|2017-06-30|1430000000000|CNY|exact|observed|3\n", false);
    /* the figure a change went from, no "to" after it: the level where
     * it started, of its own date, which is not the change's */
    expect("Report, 2011\n\nBy the end of 2011, netizens rose 12 percent from 457 million at the end of 2010.\n",
           "netizens_growth|China|2011|12|percent|exact|observed|3\n"
           "netizens|China|2010|457000000|people|exact|observed|3\n",
           true);
    expect_absent("Report, 2011\n\nNetizens rose 12 percent from 457 million at the end of 2010.\n",
                  "netizens_growth|China|2010|");
    /* a day in brackets ending an item's headline, no figure in it, dates
     * the item */
    expect("China Web Watch Monthly | August 2007\n\nPerfect World lists on Nasdaq (July 26). Perfect World Co. "
           "priced its initial public offering at US$16.00 a share, raising US$188.8 million.\n",
           "ipo_raise|Perfect World|2007-07-26|188800000|USD|exact|observed|3\n", false);
    /* a quarter as an adjective, no year: of the text's year */
    expect("China Web Watch Monthly | August 2007\n\nTencent reported second-quarter revenue of 900.8 million yuan.\n",
           "revenue|Tencent|2007-06|900800000|CNY|exact|observed|3\n", true);
    /* a label's number is an identifier */
    expect("Registered users of the app: 5,000\nRegistration Number: 130349\nICP licence no.: 110507\n",
           "registered_users|China||5000|people|exact|observed|1\n", true);
    expect_absent("Registration Number: 130349\n", "130349");
    /* a count of /32 address blocks, the block size in brackets */
    expect("By June 2019, the number of IPv6 addresses was 50,286 blocks (/32).\n",
           "ipv6_addresses|China|2019-06|50286|other|exact|observed|1\n", true);
}
END_TEST

/* Periods of months from the year's start, and their comparisons. */
START_TEST(session27_forms)
{
    /* two groups of a level, its money and their two rates, one after
     * the other: each rate pairs within its group */
    expect("In the first quarter of 2021, banks processed 23.6 billion online payments with a value of 569.3 trillion "
           "yuan, up 23.4 percent and 8.3 percent year on year; mobile payments reached 33.8 billion, totaling 124.3 "
           "trillion yuan, up 50.8 percent and 31.4 percent year on year.\n",
           "transactions|China|2021-03|23600000000|count|exact|observed|1\n"
           "transactions_growth|China|2021-03|23.4|percent|exact|observed|1\n"
           "transactions|China|2020-03|19124797407|count|about|derived|1\n"
           "transactions|China|2021-03|33800000000|count|exact|observed|1\n"
           "mobile_payments|China|2021-03|124300000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2021-03|50.8|percent|exact|observed|1\n"
           "transactions|China|2020-03|22413793103|count|about|derived|1\n"
           "mobile_payments_growth|China|2021-03|31.4|percent|exact|observed|1\n"
           "mobile_payments|China|2020-03|94596651445967|CNY|about|derived|1\n",
           true);
    /* "In Q1", no year: the first quarter of the text's year; "Bank",
     * opening a sentence in a paragraph that writes "bank card", is no
     * name */
    expect("Payment Report 2021\n\nBank cards held per capita stood at 6.47. In Q1, 90.12 billion bank card "
           "transactions were processed, up 23.11 percent year on year.\n",
           "transactions|China|2021-03|90120000000|count|exact|observed|3\n"
           "transactions_growth|China|2021-03|23.11|percent|exact|observed|3\n"
           "transactions|China|2020-03|73202826740|count|about|derived|3\n",
           true);
    /* a scale a line states for its figures counts nothing; a figure that
     * happens to be a power of ten does */
    expect("Table 1  Electronic payments, Q1 2021\nNumber of transactions in 100 million; value in RMB trillion\n\n"
           "Payment transactions reached 100 million in 2020.\n",
           "transactions|China|2020|100000000|count|exact|observed|4\n", true);
    /* rows of months written "2020-03" */
    expect("Table 2  Broadband users, March-June 2020\nUnit: 10,000 households\n\n"
           "Month      Fixed broadband   FTTH      4G users\n"
           "2020-03    45,622       42,517      127,506\n"
           "2020-04    45,893       42,802      127,935\n",
           "ftth_users|China|2020-03|425170000|people|exact|observed|5\n"
           "ftth_users|China|2020-04|428020000|people|exact|observed|6\n",
           true);
    /* rows of a table no header names (here, of two lines) are no prose:
     * their figures are nobody's */
    expect("Table 2  Broadband, March-June 2020\nUnit: 10,000 households\n\n"
           "           Fixed        of which    of which      4G \n"
           "Month      broadband    FTTH        100Mbps+      users\n"
           "2020-03    45,622       42,517      39,714        127,506\n"
           "2020-04    45,893       42,802      40,135        127,935\n",
           "", true);
    /* what money bought stands between the sum and its cue */
    expect("In 2014, Chinese consumers paid for 5.99 trillion yuan worth of goods and services with their phones, a "
           "jump of 391 percent from a year earlier.\n",
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2014|391|percent|exact|observed|1\n"
           "mobile_payments|China|2013|1219959266802|CNY|about|derived|1\n",
           true);
    /* a share that restates the figure stands aside from its cue */
    expect("Mobile phones were the most common way to get online: 753 million people, or 97.5 percent of all users, "
           "went online with a handset at the end of 2016.\n",
           "mobile_netizens|China|2016|753000000|people|exact|observed|1\n", true);
    /* what the cue's total is made of, in brackets, and "as a whole"
     * stand between it and its verb */
    expect("In 2016, third-party payments as a whole (Internet and mobile) totalled 78.0 trillion yuan.\n",
           "third_party_payments|China|2016|78000000000000|CNY|exact|observed|1\n", true);
    /* "The 2012 total of", "In 2012 the figure stood at": a word for the
     * figure before, past its year; its change "of only" */
    expect("China had 63.11 million microblog users at the end of 2010. The 2012 total of 308.61 million "
           "represented an increase of only 58.73 million.\n\nChina had 56 million microblog users at the end of "
           "2010. In 2011 the figure stood at 249.88 million.\n",
           "microblog_users|China|2010|63110000|people|exact|observed|1\n"
           "microblog_users|China|2012|308610000|people|exact|observed|1\n"
           "microblog_users_increase|China|2012|58730000|people|exact|observed|1\n"
           "microblog_users|China|2011|249880000|people|exact|derived|1\n"
           "microblog_users|China|2010|56000000|people|exact|observed|3\n"
           "microblog_users|China|2011|249880000|people|exact|observed|3\n",
           true);
    expect("China had 63.11 million microblog users at the end of 2010. The 2012 total of 308.61 million was 245.5 "
           "million more.\n",
           "microblog_users|China|2010|63110000|people|exact|observed|1\n"
           "microblog_users|China|2012|308610000|people|exact|observed|1\n",
           true);
    /* a company's sales on the day its entry names are the day's */
    expect("Mobile payment milestones\n\n2014.10.16  Ant Financial Services Group was formally established.\n"
           "2014.11.11  Tmall sales reached RMB 57.1 billion.\n",
           "daily_transaction_volume|Tmall|2014-11-11|57100000000|CNY|exact|observed|4\n", true);
    /* a day's transactions are worth money, no company is */
    expect("Milestones\n\n2008.08.29  Alipay's registered users passed 100 million, and its daily transaction value "
           "exceeded RMB 400 million.\n",
           "registered_users|Alipay|2008-08-29|100000000|people|more_than|observed|3\n"
           "daily_transaction_volume|Alipay|2008-08-29|400000000|CNY|more_than|observed|3\n",
           true);
    /* a feast, a plan, a participle that opens the sentence: nobody */
    expect("Milestones\n\n2014.01.26  WeChat launched red packets. From Lunar New Year's Eve (January 30) to 4 pm the "
           "next day, more than 5 million users sent or received red packets.\n\nIn 2012, under the 12th Five-Year "
           "Plan, telecommunications business revenue reached 1,076.25 billion yuan.\n\nLooking ahead to the "
           "Thirteenth Five-Year Plan period, by 2020 we will bring fibre to the home for at least three hundred "
           "million users.\n",
           "users|WeChat|2014-01-30|5000000|people|more_than|observed|3\n"
           "revenue|China|2012|1076250000000|CNY|exact|observed|5\n",
           true);
    /* "third-generation (3G) mobile phone subscribers"; a bare figure
     * joined by "and" to a change, with its own span, is a change too */
    expect("BEIJING, Nov. 21, 2013 (Xinhua) -- The number of third-generation (3G) mobile phone subscribers in China "
           "rose to 380.46 million at the end of October. China added 17.32 million 3G users in October alone, and "
           "147.49 million since January.\n",
           "3g_users|China|2013-10|380460000|people|exact|observed|1\n"
           "3g_users_increase|China|2013-10|17320000|people|exact|observed|1\n"
           "3g_users_increase|China|2013-10|147490000|people|exact|observed|1\n",
           true);
    /* a cue that holds another ending on its word wins ("3G base
     * stations" over "base stations" of a 4G section whose words the
     * sentence has); payments by phone on one day are the day's, but not
     * on a dateline's day */
    expect("BEIJING, Nov. 21, 2013 (Xinhua) -- The number of 3G base stations nationwide had exceeded 1.08 million by "
           "the end of October, the MIIT said, adding that operators were testing 4G TD-LTE networks in more than 100 "
           "cities.\n\nSHANGHAI, Feb 10, 2017 (Reuters) - Tencent has grown its share of China's $5.5 trillion mobile "
           "payments market to 39 percent.\n\nOn Nov. 11, 2019, shoppers paid 268.4 billion yuan with their mobile "
           "phones.\n",
           "3g_base_stations|China|2013-10|1080000|count|more_than|observed|1\n"
           "mobile_payments|China|2017-02-10|5500000000000|USD|exact|observed|3\n"
           "payment_share|Tencent|2017-02-10|39|percent|exact|observed|3\n"
           "daily_transaction_volume|China|2019-11-11|268400000000|CNY|exact|observed|5\n",
           true);
    /* operators as columns under a sentence that gives their scale before
     * a semicolon and their month without its year */
    expect("BEIJING, Nov. 21, 2013 (Xinhua) -- MIIT data.\n\nThe following table shows subscribers of the three "
           "operators at the end of October (in millions; share = share of the national 3G user base):\n\n"
           "                      China Mobile   China Unicom   China Telecom\n"
           "Mobile users                760.43         275.51          171.43\n"
           " of which 3G users          176.31         110.98           93.17\n",
           "users|China Mobile|2013-10|760430000|people|exact|observed|6\n"
           "users|China Unicom|2013-10|275510000|people|exact|observed|6\n"
           "users|China Telecom|2013-10|171430000|people|exact|observed|6\n"
           "3g_users|China Mobile|2013-10|176310000|people|exact|observed|7\n"
           "3g_users|China Unicom|2013-10|110980000|people|exact|observed|7\n"
           "3g_users|China Telecom|2013-10|93170000|people|exact|observed|7\n",
           true);
    /* a label with its abbreviation in brackets before the colon; "in
     * the 12 months to Sept. 30" as "ended"; "the three months to June
     * 30", a quarter */
    expect("Pinduoduo results, November 20, 2019\n\n* Gross merchandise value (GMV): 870.5 billion yuan in the 12 "
           "months to Sept. 30, up 153% year-on-year\n\nMeituan completed 2.14 billion transactions in the three "
           "months to June 30.\n",
           "ecommerce_turnover|China|2019-09-30|870500000000|CNY|exact|observed|3\n"
           "ecommerce_turnover_growth|China|2019-09-30|153|percent|exact|observed|3\n"
           "ecommerce_turnover|China|2018-09-30|344071146245|CNY|about|derived|3\n"
           "transactions|Meituan|2019-06|2140000000|count|exact|observed|5\n",
           true);
    /* the company a wire story's lead says reported its results is the
     * story's; a source "according to IBES data from Refinitiv" is not */
    expect("SHANGHAI, Nov 20, 2019 (Reuters) - Chinese e-commerce firm Pinduoduo Inc on Wednesday reported quarterly "
           "revenue that fell short of estimates.\n\nRevenue rose 123% to 7.51 billion yuan in the third quarter "
           "ended Sept. 30, according to IBES data from Refinitiv.\n",
           "revenue_growth|Pinduoduo|2019-09|123|percent|exact|observed|3\n"
           "revenue|Pinduoduo|2019-09|7510000000|CNY|exact|observed|3\n",
           true);
    expect("SHANGHAI, Feb 13, 2020 (Reuters) - Alibaba Group Holding Ltd (BABA.N) beat estimates for quarterly "
           "revenue.\n\nAnnual active consumers rose to 711 million in the quarter ended Dec. 31.\n",
           "active_users|Alibaba|2019-12|711000000|people|exact|observed|3\n", true);
    /* a share price's move, a loss wiped off a value: no figures here */
    expect("SHANGHAI, Nov 20, 2019 (Reuters) - Pinduoduo on Wednesday reported quarterly revenue of 7.51 billion yuan, "
           "sending its U.S.-listed shares down about 19% in premarket trading.\n\nThe drop wiped about $6 billion off "
           "its market value, which stood at roughly $43 billion before the results.\n",
           "revenue|Pinduoduo|2019-11-20|7510000000|CNY|exact|observed|1\n"
           "valuation|Pinduoduo|2019-11-20|43000000000|USD|about|observed|3\n",
           true);
    /* a line over a list dates its items; a list's "* " labels, their
     * cue's complement before the colon; a figure compared past the count
     * of a span ("in the 12 months ended") */
    expect("Ant Group IPO, November 3, 2020\n\nKEY FACTS - ANT GROUP (from the listing prospectus, as of June 30, "
           "2020)\n  * Alipay annual active users: more than 1 billion\n  * Alipay monthly active users: 711 million\n",
           "active_users|Alipay|2020-06-30|1000000000|people|more_than|observed|4\n"
           "active_users|Alipay|2020-06-30|711000000|people|exact|observed|5\n",
           true);
    expect("Pinduoduo results, November 20, 2019\n\nKEY METRICS (quarter ended Sept. 30, 2019):\n* Annual active "
           "buyers: 536.3 million in the 12 months ended Sept. 30, up from 385.5 million a year earlier\n* Average "
           "monthly active users of the app: 429.6 million\n",
           "active_users|China|2019-09-30|536300000|people|exact|observed|4\n"
           "active_users|China|2018-09-30|385500000|people|exact|observed|4\n"
           "active_users|China|2019-09|429600000|people|exact|observed|5\n",
           true);
    /* a name's apposition may hold a figure of its own */
    expect("China Daily, 2017-03-06\n\nOnline sales from Dongxiang, a village of 1,180 households, reached 320 million "
           "yuan last year, up from 45 million yuan in 2012.\n",
           "ecommerce_turnover|Dongxiang|2016|320000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|Dongxiang|2012|45000000|CNY|exact|observed|3\n",
           true);
    /* a change in the sentence after its level, on its line, derives the
     * level before; the whole a share is of counts what the part counts,
     * all of it; "the national figure" stands for it */
    expect("China Daily, 2017-03-06\n\nOnline retail sales in rural areas reached 894.5 billion yuan in 2016, "
           "accounting for 17.3 percent of the national total of 5.16 trillion yuan. The national figure rose 26.2 "
           "percent year-on-year.\n",
           "ecommerce_turnover|China (rural)|2016|894500000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|China|2016|5160000000000|CNY|exact|observed|3\n"
           "ecommerce_turnover_growth|China|2016|26.2|percent|exact|observed|3\n"
           "ecommerce_turnover|China|2015|4088748019017|CNY|about|derived|3\n",
           true);
    /* a publisher's line ends with its month: a month after it, no year
     * named, is of the year before */
    expect("China Payment Industry Annual Report 2018 (Excerpt)\nPayment & Clearing Association of China (PCAC)\nChina "
           "Financial Publishing House, Beijing, June 2018 | ISBN 978-7-5049-9612-4\n\nIn December alone, online "
           "payment transactions handled by non-bank institutions reached 28.6 billion.\n",
           "transactions|China|2017-12|28600000000|count|exact|observed|5\n", true);
    /* an annual report dispatched the year after is of its year; what a
     * ratio is per is no cue; a figure compared, with a noun of its own,
     * is not the figure before's */
    expect("Tianhong Yu'e Bao Money Market Fund\nAnnual Report 2018\n\nDate of Dispatch: 29 March 2019\n\nThe number "
           "of holder accounts grew by 114.11 million, or 24.07%, from 474,023,319 at the end of 2017, while the average "
           "holding per account fell from 3,332.83 shares to 1,925.89 shares.\n",
           "fund_customers_increase|Tianhong Yu'e Bao|2018|114110000|people|exact|observed|6\n"
           "fund_customers_growth|Tianhong Yu'e Bao|2018|24.07|percent|exact|observed|6\n"
           "fund_customers|Tianhong Yu'e Bao|2017|474023319|people|exact|observed|6\n",
           true);
    expect("The fund had 474 million holder accounts in 2018, compared with 3,332 shares in 2017.\n",
           "fund_customers|China|2018|474000000|people|exact|observed|1\n", true);
    /* what a week's deals came to is no company's worth */
    expect("China VC Weekly, October 27, 2018\n\nThis week: 10 deals. Disclosed deal value totaled roughly US$550 "
           "million.\n\nThe deal values the Beijing company at $6.5bn.\n",
           "valuation|China|2018-10|6500000000|USD|exact|observed|5\n", true);
    /* "licence" reads as "license"; "had granted a total of" a total; a
     * line's scale of a noun ("in 100 million transactions;") is no figure */
    expect("BEIJING, 2017\n\nBy the end of 2016 the PBC had granted 270 Payment Business Licences in total.\n\n"
           "By the end of 2016 the PBC had granted a total of 270 payment business licences.\n\n"
           "Volume in 100 million transactions; value in RMB trillion\n",
           "payment_licenses_total|China|2016|270|count|exact|observed|3\n"
           "payment_licenses_total|China|2016|270|count|exact|observed|5\n",
           true);
    /* a change over the years since one is dated by the last year its
     * paragraph names, and derives no level; "the urban one" is the
     * urban part */
    expect("Beijing, 2019\n\nThe online population grew by 56.53 million in 2018. Since 2010, the rural online "
           "population has grown by 97 million, or 78 per cent, while the urban one has risen by 275 million.\n",
           "netizens_increase|China|2018|56530000|people|exact|observed|3\n"
           "netizens_increase|China (rural)|2018|97000000|people|exact|observed|3\n"
           "netizens_growth|China (rural)|2018|78|percent|exact|observed|3\n"
           "netizens_increase|China (urban)|2018|275000000|people|exact|observed|3\n",
           true);
    /* a change listed with its word repeated: "and of 61.9%"; a change
     * of the figure the sentence stands for derives the level at its base
     * (its end of a year; a year before) */
    expect("Money market funds' net assets reached 5.10 trillion yuan at the end of June 2017. This was an increase of "
           "19.1% from the end of 2016 and of 61.9% from a year earlier.\n",
           "fund_assets|money market funds|2017-06|5100000000000|CNY|exact|observed|1\n"
           "fund_assets_growth|money market funds|2017-06|19.1|percent|exact|observed|1\n"
           "fund_assets|money market funds|2016|4282115869018|CNY|about|derived|1\n"
           "fund_assets_growth|money market funds|2017-06|61.9|percent|exact|observed|1\n"
           "fund_assets|money market funds|2016-06|3150092649784|CNY|about|derived|1\n",
           true);
    /* an "as of" date after a comma dates the figure from further off */
    expect("HANGZHOU, Nov 2, 2016 (Reuters) - Alibaba now has 443 million annual active buyers on its China retail "
           "marketplaces, as of the end of September.\n",
           "active_users|Alibaba|2016-09|443000000|people|exact|observed|1\n", true);
    /* what a listing is worth, after it; A-shares are a listing's */
    expect("SHANGHAI, Nov 3, 2020 (Reuters) - Regulators suspended the $34.4 billion stock market listing of Ant "
           "Group.\n\nAnt had priced 1,670,706,000 A-shares in Shanghai at 68.80 yuan each, aiming to raise 114.94 "
           "billion yuan.\n",
           "ipo_raise|Ant Group|2020-11-03|34400000000|USD|exact|observed|1\n"
           "ipo_shares_offered|Ant|2020-11-03|1670706000|count|exact|observed|3\n"
           "price_per_share|Ant|2020-11-03|68.8|CNY|exact|observed|3\n"
           "ipo_raise|Ant|2020-11-03|114940000000|CNY|exact|observed|3\n",
           true);
    /* a rate leads to its level past "a record": the day's volume's */
    expect("HANGZHOU, Feb 13, 2020 (Reuters) - Alibaba beat estimates for quarterly revenue.\n\nGross merchandise volume "
           "during the Nov. 11 Singles Day festival rose 26% to a record 268.4 billion yuan.\n",
           "daily_transaction_volume_growth|Alibaba|2019-11-11|26|percent|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2018-11-11|213015873016|CNY|about|derived|3\n"
           "daily_transaction_volume|Alibaba|2019-11-11|268400000000|CNY|exact|observed|3\n",
           true);
    /* what the bank "had issued" by a date is the total issued */
    expect("BEIJING, 2016\n\nThe People's Bank of China had issued 270 payment licences by the end of 2015.\n\n"
           "The People's Bank of China issued 27 payment licences in May 2011.\n",
           "payment_licenses_total|China|2015|270|count|exact|observed|3\n"
           "payment_licenses|China|2011-05|27|count|exact|observed|5\n",
           true);
    /* a bare noun's subject is its own clause's */
    expect("Beijing, July 2010\n\nOnline games had 304 million players and online video attracted 265 million users.\n",
           "game_players|China|2010-07|304000000|people|exact|observed|3\n"
           "online_video_users|China|2010-07|265000000|people|exact|observed|3\n",
           true);
    /* a bare number before a cue's words in capitals counts them; a
     * permit is a licence; a date in a "since" phrase after the figure
     * is no date of it, one of a figure inside the phrase is */
    expect("BEIJING, 2018\n\nBy the end of 2017, the PBOC had granted a total of 271 Payment Business Permits since the "
           "first batch in May 2011.\n\nBy the end of 2016, the PBOC had issued a total of 270 payment business licences since "
           "the first batch of 27 licences was granted on 18 May 2011.\n",
           "payment_licenses_total|China|2017|271|count|exact|observed|3\n"
           "payment_licenses_total|China|2016|270|count|exact|observed|5\n"
           "payment_licenses|China|2011-05-18|27|count|exact|observed|5\n",
           true);
    /* a maximum is a rule's bound, no figure */
    expect("Tianhong fund report 2018\n\nFrom 27 May 2018, a daily purchase limit was applied to direct purchases, and "
           "the maximum holding per individual account remained at RMB 100,000.\n",
           "", true);
    /* a sentence that stands for the figure before may state both its
     * changes; each derives the level at its base */
    expect("BEIJING, July 24, 2008 (Xinhua) -- China's Internet population hit 253 million by the end of June.\n\nThe "
           "figure was 43 million more than at the end of last year and represented a year-on-year rise of 56.2 "
           "percent.\n",
           "netizens|China|2008-06|253000000|people|exact|observed|1\n"
           "netizens_increase|China|2008-06|43000000|people|exact|observed|3\n"
           "netizens|China|2007|210000000|people|exact|derived|3\n"
           "netizens_growth|China|2008-06|56.2|percent|exact|observed|3\n"
           "netizens|China|2007-06|161971831|people|about|derived|3\n",
           true);
    /* (no level derived where the sentence states it) */
    expect("BEIJING, Nov 12, 2014\n\nShoppers spent 57.1 billion yuan on Alibaba's platforms on Singles' Day, November "
           "11.\n\nThe total was 63 percent higher than the 35.02 billion yuan spent on last year's Singles' Day.\n",
           "daily_transaction_volume|Alibaba|2014-11-11|57100000000|CNY|exact|observed|3\n"
           "daily_transaction_volume_growth|Alibaba|2014-11-11|63|percent|exact|observed|5\n"
           "daily_transaction_volume|Alibaba|2013-11-11|35020000000|CNY|exact|observed|5\n",
           true);
    /* a header of two lines, each column's name broken over both, its
     * unit in the caption above */
    expect("Table 2  Broadband, March-June 2020\nUnit: 10,000 households\n\n"
           "           Fixed        of which      4G \n"
           "Month      broadband    FTTH          users\n"
           "2020-03    45,622       42,517        127,506\n"
           "2020-04    45,893       42,802        127,935\n",
           "ftth_users|China|2020-03|425170000|people|exact|observed|6\n"
           "ftth_users|China|2020-04|428020000|people|exact|observed|7\n",
           true);
    /* a report's lead "As of March 2020" dates its undated findings after
     * it, under a title that names only its year */
    expect("CNNIC report, 2020\n\nAs of March 2020, the number of Internet users in China reached 904 million.\n\n"
           "The number of rural Internet users reached 255 million.\n",
           "netizens|China|2020-03|904000000|people|exact|observed|3\n"
           "netizens|China (rural)|2020-03|255000000|people|exact|observed|5\n",
           true);
    /* a change whose subject nothing counts the changes of is no change
     * of the figure before */
    expect("In 2013, the assets of China's money market funds grew by 500 percent, while bank deposits grew by 13 "
           "percent.\n",
           "fund_assets_growth|money market funds|2013|500|percent|exact|observed|1\n", true);
    /* a figure compared with, of a part of the country its place names:
     * that part's section, the whole's for the whole, none where no
     * section counts the part; "across" is no plural noun of its own */
    expect("Rural internet penetration stood at 33.1 percent at the end of 2016, compared with 69.1 percent in cities "
           "and 53.2 percent across the country.\n\n"
           "Rural online retail sales reached 894.5 billion yuan in 2016, compared with 4.3 trillion yuan in cities.\n\n"
           "Rural online retail sales reached 894.5 billion yuan in 2016, against 5.16 trillion yuan across the "
           "country.\n",
           "internet_penetration|China (rural)|2016|33.1|percent|exact|observed|1\n"
           "internet_penetration|China (urban)|2016|69.1|percent|exact|observed|1\n"
           "internet_penetration|China|2016|53.2|percent|exact|observed|1\n"
           "ecommerce_turnover|China (rural)|2016|894500000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|China (rural)|2016|894500000000|CNY|exact|observed|5\n"
           "ecommerce_turnover|China|2016|5160000000000|CNY|exact|observed|5\n",
           true);
    /* a table of listings, a company a row: a day among a row's text
     * dates it, a code under a field that names nothing counts nothing, a
     * count may keep its noun in its cell ("6 million ADS"),
     * figures set flush left are the field's they start under, a note of
     * a currency under the rows is the money columns' ("Hong Kong
     * dollars"), and "Raised" in a text of listings is the IPO's */
    expect("Hong Kong listings, 2019\n\n"
           "  Company      Listed       Code    Shares offered   Offer price   Raised\n"
           "  Alpha Tech   March 5      1234    50 million       8.50          425 million\n"
           "  Beta Net     May 20       5678    20 million       12.00         240 million\n"
           "  Gamma Soft   July 8       9012    6 million ADS    10.00         60 million\n"
           "  (prices and amounts in Hong Kong dollars)\n",
           "ipo_shares_offered|Alpha Tech|2019-03-05|50000000|count|exact|observed|4\n"
           "price_per_share|Alpha Tech|2019-03-05|8.5|HKD|exact|observed|4\n"
           "ipo_raise|Alpha Tech|2019-03-05|425000000|HKD|exact|observed|4\n"
           "ipo_shares_offered|Beta Net|2019-05-20|20000000|count|exact|observed|5\n"
           "price_per_share|Beta Net|2019-05-20|12|HKD|exact|observed|5\n"
           "ipo_raise|Beta Net|2019-05-20|240000000|HKD|exact|observed|5\n"
           "ipo_shares_offered|Gamma Soft|2019-07-08|6000000|count|exact|observed|6\n"
           "price_per_share|Gamma Soft|2019-07-08|10|HKD|exact|observed|6\n"
           "ipo_raise|Gamma Soft|2019-07-08|60000000|HKD|exact|observed|6\n",
           true);
    /* the users of one service a statistical report counts are not the
     * Internet's; its bare users are */
    expect("CNNIC's statistical report on Internet development says that the number of online banking users "
           "reached 379 million by the end of 2017. The CNNIC report counted 772 million users at the end of 2017.\n",
           "netizens|China|2017|772000000|people|exact|observed|1\n", true);
    /* a figure in brackets after a name is that name's, of what the
     * figure before of its kind counts (past a rate between); not of a
     * national total's */
    expect("In June 2019 the Meituan app had 300 million monthly active users (MAU), up 20% from a year earlier, "
           "followed by Ele Me (90 million) and Koubei (20 million).\n\n"
           "China had 829 million netizens at the end of 2018, ahead of Hong Kong (5 million).\n",
           "active_users|Meituan|2019-06|300000000|people|exact|observed|1\n"
           "active_users_growth|Meituan|2019-06|20|percent|exact|observed|1\n"
           "active_users|Meituan|2018-06|250000000|people|about|derived|1\n"
           "active_users|Ele Me|2019-06|90000000|people|exact|observed|1\n"
           "active_users|Koubei|2019-06|20000000|people|exact|observed|1\n"
           "netizens|China|2018|829000000|people|exact|observed|3\n",
           true);
    /* "a year later" right after a figure: the year after its start's;
     * a level the subject reached next, after "and", counts what the one
     * before counts ("and reached", "and rose to") */
    expect("The number of government microblog accounts grew from 50,561 at the end of 2011 to 176,714 a year "
           "later, and reached 258,737 at the end of 2013.\n\n"
           "The number of P2P lending platforms fell from 3,400 at the end of 2015 to 2,800 a year later and rose "
           "to 3,100 by the end of 2017.\n",
           "government_microblog_accounts|China|2011|50561|count|exact|observed|1\n"
           "government_microblog_accounts|China|2012|176714|count|exact|observed|1\n"
           "government_microblog_accounts|China|2013|258737|count|exact|observed|1\n"
           "p2p_platforms|China|2015|3400|count|exact|observed|3\n"
           "p2p_platforms|China|2016|2800|count|exact|observed|3\n"
           "p2p_platforms|China|2017|3100|count|exact|observed|3\n",
           true);
    /* "of which X" a part named by its word after the figure, past the
     * share that restates it; a part with a cue of its own keeps it */
    expect("At the end of 2012, registered domain names in China totaled 13.41 million, of which 7.51 million, or "
           "56 percent, used the \".cn\" suffix.\n\n"
           "The number of Internet users reached 731 million, of which 695 million accessed the Internet via mobile "
           "phones.\n",
           "domain_names|China|2012|13410000|count|exact|observed|1\n"
           "cn_domain_names|China|2012|7510000|count|exact|observed|1\n"
           "netizens|China|2012|731000000|people|exact|observed|3\n"
           "mobile_netizens|China|2012|695000000|people|exact|observed|3\n",
           true);
    /* "at the beginning of the year": the end of the year before */
    expect("Money market funds managed 7.13 trillion yuan at the end of September 2019, up 2.5 percent from 6.96 "
           "trillion yuan at the beginning of the year.\n",
           "fund_assets|money market funds|2019-09|7130000000000|CNY|exact|observed|1\n"
           "fund_assets_growth|money market funds|2019-09|2.5|percent|exact|observed|1\n"
           "fund_assets|money market funds|2018|6960000000000|CNY|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(session26_forms)
{
    /* "in the first ten months of 2019": to October, compared with the
     * same months of the year before */
    expect("Online retail sales of physical goods rose 19.8 percent to 6.73 trillion yuan in the first ten months of "
           "2019.\n",
           "ecommerce_turnover_growth|China|2019-10|19.8|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2018-10|5617696160267|CNY|about|derived|1\n"
           "ecommerce_turnover|China|2019-10|6730000000000|CNY|exact|observed|1\n",
           true);
    /* (no year named: the dateline's; "January-October" is the same span) */
    expect("BEIJING, Nov. 20, 2014\n\nP2P platforms lent 60 billion yuan in the first ten months, up 40%.\n"
           "They lent 70 billion yuan in January-November, up 41%.\n",
           "online_loans|China|2014-10|60000000000|CNY|exact|observed|3\n"
           "online_loans_growth|China|2014-10|40|percent|exact|observed|3\n"
           "online_loans|China|2013-10|42857142857|CNY|about|derived|3\n"
           "online_loans|China|2014-11|70000000000|CNY|exact|observed|4\n"
           "online_loans_growth|China|2014-11|41|percent|exact|observed|4\n"
           "online_loans|China|2013-11|49645390071|CNY|about|derived|4\n",
           true);
    /* a date later in the clause outweighs the day that heads the entry
     * (the figure's own day stays the entry's) */
    expect("2000\n\nJanuary 18\nCNNIC's fifth survey: 8.9 million Internet users and 3.5 million computers as of "
           "December 31, 1999.\n\nMarch 2\nSina raised US$25 million from investors.\n",
           "netizens|China|1999-12-31|8900000|people|exact|observed|4\n"
           "funding_round|Sina|2000-03-02|25000000|USD|exact|observed|7\n",
           true);
    /* days under "Three months ended" are quarters, by their months
     * (December's too); under "As at", days */
    expect("Alibaba Group Announces December Quarter 2014 Results\n\n"
           "                          Three months ended\n"
           "                          Dec 31,   Mar 31,   Jun 30\n"
           "                          2013      2014      2014\n"
           "  Annual active buyers (mn)  231       255       279\n",
           "active_users|Alibaba Group|2013-12|231000000|people|exact|observed|6\n"
           "active_users|Alibaba Group|2014-03|255000000|people|exact|observed|6\n"
           "active_users|Alibaba Group|2014-06|279000000|people|exact|observed|6\n",
           true);
    expect("Alibaba Group Announces December Quarter 2014 Results\n\n"
           "                          As at\n"
           "                          Dec 31,   Mar 31,   Jun 30\n"
           "                          2013      2014      2014\n"
           "  Annual active buyers (mn)  231       255       279\n",
           "active_users|Alibaba Group|2013-12-31|231000000|people|exact|observed|6\n"
           "active_users|Alibaba Group|2014-03-31|255000000|people|exact|observed|6\n"
           "active_users|Alibaba Group|2014-06-30|279000000|people|exact|observed|6\n",
           true);
    /* a day's figure compared with a year's is compared with that day of
     * the year: the festival's; a day's sales dated by a year alone, in a
     * text on Singles' Day, are of that year's festival */
    expect("Alibaba's Singles' Day sales hit 213.5 billion yuan on November 11, 2018, up 26.9% from 168.2 billion "
           "yuan in 2017.\n\nOn 11 November 2015, Tmall recorded gross merchandise volume of 91.2 billion yuan in "
           "24 hours, 60% more than in 2014.\n\nThe festival was started by Alibaba in 2009, when 27 brands took "
           "part and Taobao Mall sales reached 52 million yuan.\n",
           "daily_transaction_volume|Alibaba|2018-11-11|213500000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|Alibaba|2018-11-11|26.9|percent|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2017-11-11|168200000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Tmall|2015-11-11|91200000000|CNY|exact|observed|3\n"
           "daily_transaction_volume_growth|Tmall|2015-11-11|60|percent|exact|observed|3\n"
           "daily_transaction_volume|Tmall|2014-11-11|57000000000|CNY|about|derived|3\n"
           "daily_transaction_volume|Taobao Mall|2009-11-11|52000000|CNY|exact|observed|5\n",
           true);
    /* (of any day: "on June 18, 2018") */
    expect("JD.com's sales on June 18, 2018 reached 159.2 billion yuan, up 30% from 118.6 billion yuan in 2017.\n\n"
           "Its turnover on June 18, 2019 was 201.5 billion yuan, compared with 159.2 billion yuan in 2018.\n",
           "daily_transaction_volume|JD.com|2018-06-18|159200000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|JD.com|2018-06-18|30|percent|exact|observed|1\n"
           "daily_transaction_volume|JD.com|2017-06-18|118600000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|JD.com|2019-06-18|201500000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|JD.com|2018-06-18|159200000000|CNY|exact|observed|3\n",
           true);
    /* (not in a text that names no such day; a stock's date stays a
     * year's) */
    expect("Alipay had 190 million users in 2014. By June 30, 2015, it had 270 million users, up from 190 million "
           "in 2014.\n",
           "users|Alipay|2014|190000000|people|exact|observed|1\n"
           "users|Alipay|2015-06-30|270000000|people|exact|observed|1\n"
           "users|Alipay|2014|190000000|people|exact|observed|1\n",
           true);
    /* a year to a month's end is dated by that month ("the twelve months
     * ended June 30, 2018"), to December's by its year; a half's by its
     * last month */
    expect("Pinduoduo had 343.6 million active buyers in the twelve months ended June 30, 2018.\n"
           "Meituan's revenue was RMB20.9 billion in the six months ended June 30, 2018.\n",
           "active_users|Pinduoduo|2018-06-30|343600000|people|exact|observed|1\n"
           "revenue|Meituan|2018-06|20900000000|CNY|exact|observed|2\n",
           true);
    expect("JD.com Announces Fourth Quarter and Full Year 2017 Results\n\n"
           "  * Annual active customer accounts increased by 29% to 292.5 million in the\n"
           "    twelve months ended December 31, 2017 from 226.6 million in the twelve\n"
           "    months ended December 31, 2016.\n",
           "active_users_growth|JD.com|2017|29|percent|exact|observed|3\n"
           "active_users|JD.com|2017|292500000|people|exact|observed|3\n"
           "active_users|JD.com|2016|226600000|people|exact|observed|4\n",
           true);
    /* (the span's words are its date's: "in the 12 months ended", not
     * another date before them) */
    expect("Pinduoduo's shares closed their first day of trading on July 26, 2018 at US$26.70. The company said its "
           "gross merchandise volume reached RMB 262.1 billion in the 12 months ended June 30, 2018.\n",
           "ecommerce_turnover|Pinduoduo|2018-06-30|262100000000|CNY|exact|observed|1\n", true);
    /* a citation's year ("(PBOC, 2020)") dates nothing */
    expect("According to the central bank (PBOC, 2020), non-bank payment institutions processed 719.998 billion "
           "online payment transactions worth 249.88 trillion yuan in 2019, up 35.7% and 20.1% year on year "
           "respectively.\n",
           "transactions|China|2019|719998000000|count|exact|observed|1\n"
           "third_party_payments|China|2019|249880000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2019|35.7|percent|exact|observed|1\n"
           "transactions|China|2018|530580692704|count|about|derived|1\n"
           "third_party_payments_growth|China|2019|20.1|percent|exact|observed|1\n"
           "third_party_payments|China|2018|208059950041632|CNY|about|derived|1\n",
           true);
    /* a date in a relative clause set off by commas dates no figure after
     * it: "The company, which ... in 2013, says it has ..." */
    expect("BEIJING, Jan. 30, 2015 (Reuters) -- Mogujie raised US$200 million on Friday. "
           "The company, which started as a shopping guide before Alibaba cut it off in 2013, says it has 100 "
           "million registered users.\n",
           "funding_round|Mogujie|2015-01-30|200000000|USD|exact|observed|1\n"
           "registered_users|Mogujie|2015-01-30|100000000|people|exact|observed|1\n",
           false);
    /* but a clause that only says as of when the figure holds dates it */
    expect("History>>2008\n\nThe figure, which describes the situation as of June 30, 2007, shows 162 million "
           "netizens.\n",
           "netizens|China|2007-06-30|162000000|people|exact|observed|3\n", false);
    /* a change of the figure before, with a date of its own, is of that
     * date; "net additions" is a change */
    expect("China Mobile said it had 545.62 million subscribers at the end of May 2010. It added 5.35 million in "
           "April.\n",
           "users|China Mobile|2010-05|545620000|people|exact|observed|1\n"
           "users_increase|China Mobile|2010-04|5350000|people|exact|observed|1\n",
           true);
    expect("China Mobile said it had 545.62 million subscribers at the end of May 2010. That compared with 5.35 "
           "million net additions in April.\n",
           "users|China Mobile|2010-05|545620000|people|exact|observed|1\n"
           "users_increase|China Mobile|2010-04|5350000|people|exact|observed|1\n",
           true);
    /* a change over the level's month derives the month before; a
     * sentence ends after a whole month's name ("the end of June. Net
     * additions ..."); a festival's day after "Nov. 11 last year" is of
     * that year */
    expect("BEIJING, Sept. 20, 2014 (Xinhua) -- Telecom data.\n\n"
           "3G subscribers totalled 474.06 million at the end of August, having grown by 5.87 million in August.\n\n"
           "3G subscribers reached 27.43 million at the end of June. Net additions of 3G subscribers in "
           "January-June were 15.11 million. On Nov. 11 last year, the Singles' Day shopping festival, buyers spent "
           "35.0 billion yuan on Tmall.\n",
           "3g_users|China|2014-08|474060000|people|exact|observed|3\n"
           "3g_users_increase|China|2014-08|5870000|people|exact|observed|3\n"
           "3g_users|China|2014-07|468190000|people|exact|derived|3\n"
           "3g_users|China|2014-06|27430000|people|exact|observed|5\n"
           "3g_users_increase|China|2014-06|15110000|people|exact|observed|5\n"
           "daily_transaction_volume|Tmall|2013-11-11|35000000000|CNY|exact|observed|5\n",
           true);
    /* (in the same sentence, months from the year's start derive the
     * year before's end) */
    expect("3G subscribers reached 39.68 million at the end of October 2010, having grown by 27.36 million in "
           "January-October.\n",
           "3g_users|China|2010-10|39680000|people|exact|observed|1\n"
           "3g_users_increase|China|2010-10|27360000|people|exact|observed|1\n"
           "3g_users|China|2009|12320000|people|exact|derived|1\n",
           true);
    /* "last year" under a section's heading in a dated item: of the
     * dateline's year */
    expect("SHANGHAI, Feb 21, 2017 (Reuters) - Chinese consumers paid more with phones.\n\n"
           "RED PACKETS AND SINGLES' DAY\n\n"
           "On Nov. 11 last year, the Singles' Day event, Alibaba's platforms booked gross merchandise volume of "
           "120.7 billion yuan in 24 hours.\n",
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|5\n", true);
    /* a fund's assets under a title that speaks of a fund */
    expect("World's Biggest Money Fund Shrinks by Almost a Third\n\n"
           "* Assets fell 29% in the third quarter of 2018 to 1.32 trillion yuan\n",
           "fund_assets_growth|money market funds|2018-09|-29|percent|exact|observed|3\n"
           "fund_assets|money market funds|2018-09|1320000000000|CNY|exact|observed|3\n",
           true);
    /* an operator's monthly table: a section's label over its rows, a
     * label over its unit, "net additional" rows are changes; a month's
     * change derives the month before, one "for the year" the year
     * before's end */
    expect("CHINA MOBILE LIMITED\n\nOPERATIONAL DATA FOR THE MONTH OF AUGUST 2018\n\n"
           "                                                            August 2018        July 2018\n"
           "Mobile Business\n"
           "  Customers (thousands)                                         912,851          910,334\n"
           "  Net additional customers for the month (thousands)              2,517            2,731\n"
           "  Accumulated net additional customers for the year\n"
           "    (thousands)                                                  25,643           23,126\n",
           "users|China Mobile|2018-08|912851000|people|exact|observed|7\n"
           "users|China Mobile|2018-07|910334000|people|exact|observed|7\n"
           "users_increase|China Mobile|2018-08|2517000|people|exact|observed|8\n"
           "users_increase|China Mobile|2018-07|2731000|people|exact|observed|8\n"
           "users|China Mobile|2018-06|907603000|people|exact|derived|8\n"
           "users_increase|China Mobile|2018-08|25643000|people|exact|observed|10\n"
           "users|China Mobile|2017|887208000|people|exact|derived|10\n"
           "users_increase|China Mobile|2018-07|23126000|people|exact|observed|10\n",
           true);
    /* a market's transaction volume over a quarter (not a day's, whatever
     * day the sentence names); a table of quarters with signed growth
     * columns, its measure named by the caption */
    expect("Transaction volume in China's online travel market reached RMB 195.14 billion in the fourth quarter of "
           "2017, as the National Day \"Golden Week\" ended.\n\n"
           "Table 1  China online travel market transaction volume by quarter, 2017\n"
           "Unit: RMB 100 million (growth rates in %)\n\n"
           "Quarter        Transaction volume      QoQ growth      YoY growth\n"
           "Q3 2017               2,086.9              16.70           28.02\n"
           "Q4 2017               1,951.4              -6.49           13.96\n"
           "Full year 2017        7,431.0                 --           23.36\n\n"
           "For the full year 2017, online travel transaction volume totalled RMB 743.10 billion.\n",
           "ecommerce_turnover|China|2017-12|195140000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2017-09|208690000000|CNY|exact|observed|7\n"
           "ecommerce_turnover_growth|China|2017-09|16.7|percent|exact|observed|7\n"
           "ecommerce_turnover_growth|China|2017-09|28.02|percent|exact|observed|7\n"
           "ecommerce_turnover|China|2017-12|195140000000|CNY|exact|observed|8\n"
           "ecommerce_turnover_growth|China|2017-12|-6.49|percent|exact|observed|8\n"
           "ecommerce_turnover_growth|China|2017-12|13.96|percent|exact|observed|8\n"
           "ecommerce_turnover|China|2017|743100000000|CNY|exact|observed|9\n"
           "ecommerce_turnover_growth|China|2017|23.36|percent|exact|observed|9\n"
           "ecommerce_turnover|China|2017|743100000000|CNY|exact|observed|11\n",
           true);
    /* years under "Three months ended December 31," are that month's
     * quarters; a unit in brackets on a line under the header; a caption
     * block names the measure where the lines above the header name
     * nothing */
    expect("Alibaba Group Announces December Quarter 2015 Results\n\nGMV ON CHINA RETAIL MARKETPLACES\n\n"
           "                                   Three months ended December 31,\n"
           "                                    2014          2015        YoY change\n"
           "                                 (RMB in billions, except percentages)\n"
           "  Total                              841         1,043            24%\n",
           "ecommerce_turnover|Alibaba Group|2014-12|841000000000|CNY|exact|observed|8\n"
           "ecommerce_turnover|Alibaba Group|2015-12|1043000000000|CNY|exact|observed|8\n"
           "ecommerce_turnover_growth|Alibaba Group|2015-12|24|percent|exact|observed|8\n",
           true);
    /* a count of payments of a kind ("online payments numbered 23.571
     * billion"); an item's amount after its count is of the label's money
     * indicator, never of a count's */
    expect("In Q1 2021, online payments numbered 23.571 billion; mobile payments reached 33.816 billion.\n",
           "transactions|China|2021-03|23571000000|count|exact|observed|1\n"
           "transactions|China|2021-03|33816000000|count|exact|observed|1\n",
           true);
    expect("In 2018, banks processed e-payments. Specifically:\n\n"
           "  - Telephone payments: 153 million transactions, RMB7.68 trillion;\n",
           "transactions|China|2018|153000000|count|exact|observed|3\n", true);
    /* "rose 8% QoQ to 521 million": the rate leads to the level past its
     * base */
    expect("Tencent Holdings said on August 13, 2014 that the smart device MAU of QQ rose 8% QoQ to 521 million in "
           "the second quarter, as users adopted our mobile payment services.\n",
           "active_users_growth|QQ|2014-06|8|percent|exact|observed|1\n"
           "active_users|QQ|2014-03|482407407|people|about|derived|1\n"
           "active_users|QQ|2014-06|521000000|people|exact|observed|1\n",
           true);
    /* "acquiring the remaining 80.5%": a stake bought; a date in a
     * relative clause led by a preposition (", in which it took a 19.5%
     * stake in a 2015 round,") dates nothing after it */
    expect("ChinaVenture Weekly Deal Digest\nWeek of October 10-16, 2016\n\n"
           "Meituan-Dianping agreed to buy restaurant-booking app Canting Bao, in which it took a 19.5% stake in "
           "a 2015 round, acquiring the remaining 80.5% for RMB1.1 billion.\n",
           "acquisition_stake|Meituan-Dianping|2016-10|80.5|percent|exact|observed|4\n"
           "acquisition|Meituan-Dianping|2016-10|1100000000|CNY|exact|observed|4\n",
           false);
    /* "accounted for 4.52 million of them": a part of the figure before,
     * its holder the clause's; not a share, nor "20,000 of them tutors" */
    expect("The operators signed up 12.32 million 3G users in 2009. China Mobile accounted for 4.52 million of "
           "them, and 95.1 percent of the total.\n\nBanmaxue says it has 110 million registered users. It "
           "employs about 32,000 people, 20,000 of them tutors.\n",
           "3g_users|China|2009|12320000|people|exact|observed|1\n"
           "3g_users|China Mobile|2009|4520000|people|exact|observed|1\n"
           "registered_users|Banmaxue|2009|110000000|people|exact|observed|3\n",
           true);
    /* a report's findings that open with a date past an item's mark ("1.
     * By June 30, 2005, ...") are of that date, the items after too */
    expect("The 16th Statistical Survey Report on the Internet Development in China\n\n"
           "1. By June 30, 2005, the total number of Internet users in China had reached 103 million.\n\n"
           "2. The total number of domain names under .CN reached 622,534.\n",
           "netizens|China|2005-06-30|103000000|people|exact|observed|3\n"
           "cn_domain_names|China|2005-06-30|622534|count|exact|observed|5\n",
           true);
    /* a results release dated the year after its results: the dateline
     * frames nothing; a headline in capitals names the issuer; "As at 31
     * Dec 2011" over a column */
    expect("TENCENT ANNOUNCES 2011 FOURTH QUARTER AND ANNUAL RESULTS\n\n"
           "Hong Kong, March 14, 2012 - Tencent Holdings Limited (\"Tencent\" or the \"Company\", SEHK 700), a "
           "leading provider of Internet value added "
           "services in China, today announced the audited consolidated results for the year ended 31 December "
           "2011.\n\nHighlights of the Year:\n"
           "- Total revenues were RMB28,496.1 million, an increase of 45.0% over the year ended 31 December 2010.\n\n"
           "Operating statistics:\n"
           "                                          As at 31 Dec 2011   As at 31 Dec 2010   Growth\n"
           "Active user accounts of QQ IM (million)          721.0               647.6        11.3%\n"
           "Active user accounts of Qzone (million)          552.2               492.0        12.2%\n",
           "revenue|Tencent|2011|28496100000|CNY|exact|observed|6\n"
           "revenue_growth|Tencent|2011|45|percent|exact|observed|6\n"
           "revenue|Tencent|2010|19652482759|CNY|about|derived|6\n"
           "active_users|QQ IM|2011-12-31|721000000|people|exact|observed|10\n"
           "active_users|QQ IM|2010-12-31|647600000|people|exact|observed|10\n"
           "active_users_growth|QQ IM|2011-12-31|11.3|percent|exact|observed|10\n"
           "active_users|Qzone|2011-12-31|552200000|people|exact|observed|11\n"
           "active_users|Qzone|2010-12-31|492000000|people|exact|observed|11\n"
           "active_users_growth|Qzone|2011-12-31|12.2|percent|exact|observed|11\n",
           true);
    /* a name broken over two lines is written as one */
    expect("Tencent Holdings Limited\n\nKey Operating Statistics\n\n"
           "                               As at       As at      Year-\n"
           "                               30 June     30 June    on-year\n"
           "                               2014        2013       change\n"
           "                               (in millions, except for percentages)\n"
           "MAU of QQ                      829.1       818.4       1.3%\n"
           "Combined MAU of Weixin\n"
           "  and WeChat                   438.2       235.8      85.8%\n",
           "active_users|Weixin and WeChat|2014-06-30|438200000|people|exact|observed|11\n", false);
    /* a change between commas after a figure is its own, no aside to
     * pass for a cue after it ("438 million, up 86% YoY, as users ...") */
    expect("Combined MAU of Weixin and WeChat reached 438 million, up 86% YoY, as users adopted payments.\n",
           "active_users|Weixin||438000000|people|exact|observed|1\n"
           "active_users_growth|Weixin||86|percent|exact|observed|1\n",
           false);
    /* a source's line with its date, time and page dates the item */
    expect("Chinese portals brave Nasdaq chill\n\nXinhua News Agency    2000-07-14 08:32:17    Page A6\n\n"
           "BEIJING, July 13 (Xinhua) -- The number of Internet users in China reached 16.9 million by the end of "
           "June.\n",
           "netizens|China|2000-06|16900000|people|exact|observed|5\n", true);
    /* a unit line's part for the rates ("; growth rates in %") is none of
     * the figures'; glued quarters as rows ("2018Q1") */
    expect("Table 1. Transaction volume of China's online food delivery market, 2018Q1-2019Q2\n"
           "Unit: RMB 100 million; growth rates in %\n\n"
           "  Quarter    Transaction volume    QoQ growth    YoY growth\n"
           "  2018Q1            801.7             29.0          93.6\n"
           "  2018Q2          1,068.3             33.3         118.6\n",
           "ecommerce_turnover|China|2018-03|80170000000|CNY|exact|observed|5\n"
           "ecommerce_turnover_growth|China|2018-03|29|percent|exact|observed|5\n"
           "ecommerce_turnover_growth|China|2018-03|93.6|percent|exact|observed|5\n"
           "ecommerce_turnover|China|2018-06|106830000000|CNY|exact|observed|6\n",
           false);
    /* a report's section heading ("KEY FINDINGS") names nobody */
    expect("Quarterly Monitor of China's Online Food Delivery Market, Q2 2019\n\n"
           "KEY FINDINGS\n- Market size: In Q2 2019 the transaction volume of China's online food delivery market\n"
           "  reached RMB 148.59 billion.\n",
           "ecommerce_turnover|China|2019-06|148590000000|CNY|exact|observed|5\n", true);
    /* a row's label with a note's mark over its unit ("accounts(1)" /
     * "(in millions)"); a growth's sub-row in lower case under a level's */
    expect("JD.com, Inc.\n\n"
           "                                                 For the Year Ended December 31,\n"
           "                                               2016          2017          2018\n"
           "  Annual active customer accounts(1)\n"
           "    (in millions)                             226.6         292.5         305.2\n"
           "  GMV(2) (in RMB billions)                    939.2       1,294.5       1,676.9\n"
           "    year-over-year growth (%)                  42.7          37.8          29.5\n",
           "active_users|JD.com|2016|226600000|people|exact|observed|6\n"
           "ecommerce_turnover|JD.com|2016|939200000000|CNY|exact|observed|7\n"
           "ecommerce_turnover_growth|JD.com|2016|42.7|percent|exact|observed|8\n"
           "ecommerce_turnover|JD.com|2015|658163980378|CNY|about|derived|8\n",
           false);
    /* a cue before a comma yields to one right after the figure ("...
     * registered under .CN, 1,500 websites") */
    expect("In 1997 China had 4,066 domain names registered under .CN, about 1,500 websites.\n",
           "cn_domain_names|China|1997|4066|count|exact|observed|1\n"
           "websites|China|1997|1500|count|about|observed|1\n",
           true);
    /* a person named with a role in apposition ("Wang Dengfeng, fund
     * manager of this Fund") is no topic a figure falls to */
    expect("Tianhong Yu'ebao Money Market Fund\nQuarterly Report for the Second Quarter of 2018\n\n"
           "4.1 Fund manager: Wang Dengfeng, fund manager of this Fund since 2 May 2014, 11 years of\n"
           "experience in the securities industry.\n"
           "4.4 Investment strategy and operation in the reporting period\n"
           "In the second quarter, market liquidity was ample. At the end of the quarter the Fund's net assets "
           "stood at RMB 1.87 trillion.\n",
           "fund_assets|Tianhong Yu'ebao|2018-06|1870000000000|CNY|exact|observed|7\n", true);
    /* the money of counted payments after "involving"; a rate's level past
     * "in number" */
    expect("In 2018, non-bank payment institutions processed 530.610 billion online payment transactions, involving "
           "RMB 208.07 trillion. Telephone payments fell 5.29 percent in number to 153 million.\n",
           "transactions|China|2018|530610000000|count|exact|observed|1\n"
           "third_party_payments|China|2018|208070000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2018|-5.29|percent|exact|observed|1\n"
           "transactions|China|2017|161545771|count|about|derived|1\n"
           "transactions|China|2018|153000000|count|exact|observed|1\n",
           true);
    /* "up 31.4 percent in six months" after a June figure: from the end of
     * the year before */
    expect("By the end of June 2010, the number of online shoppers reached 142 million, up 31.4 percent in six "
           "months.\n",
           "users|China (online shoppers)|2010-06|142000000|people|exact|observed|1\n"
           "users_growth|China (online shoppers)|2010-06|31.4|percent|exact|observed|1\n"
           "users|China (online shoppers)|2009|108066971|people|about|derived|1\n",
           true);
    /* (six months are the first half, dated by its last month; so are
     * three months ended, a quarter) */
    expect("Meituan's revenue reached RMB20.9 billion in the first six months of 2018.\n",
           "revenue|Meituan|2018-06|20900000000|CNY|exact|observed|1\n", true);
    expect("Revenue for the three months ended June 30, 2022 was US$450.2 million.\n",
           "revenue|China|2022-06|450200000|USD|exact|observed|1\n", true);
}
END_TEST

START_TEST(session24_forms)
{
    /* a header's units given by notes' marks, "(a)", in a note under the
     * rows a blank line down; a column no cue names ("Market size") and
     * the bare growth right of it count nothing, not the players'; a
     * figure marked for a note ("65.4*") stays in its row; the estimates'
     * rows ("2008e") are left */
    expect("Figure 2-1  Market size and players of China's online games\n\n"
           "Year      Market size     Growth      Players\n"
           "          (a)             (%)         (b)\n"
           "-----     -----------     ------      -------\n"
           "2005          37.7         52.6        2,634\n"
           "2006          65.4*        73.5        3,112\n"
           "2008e        165.8         56.9        4,936\n\n"
           "Notes: (a) RMB 100 million; revenue of online game operators in mainland\n"
           "China. (b) 10,000 persons; players who logged in at least once a month.\n",
           "game_players|China|2005|26340000|people|exact|observed|6\n"
           "game_players|China|2006|31120000|people|exact|observed|7\n",
           true);
    /* a bare growth column right of a column no cue names is not the
     * growth of the named column further left */
    expect("Year      Netizens     Market size      Growth\n"
           "          (million)    (billion yuan)   (%)\n"
           "2004          94            24.7        87.1\n"
           "2005         111            37.7        52.6\n",
           "netizens|China|2004|94000000|people|exact|observed|3\n"
           "netizens|China|2005|111000000|people|exact|observed|4\n",
           true);
    /* a mark alone in brackets, "(a)", is no gloss of the word before */
    expect("Year      Netizens     Growth\n"
           "          (a)          (%)\n"
           "2004          94        21.3\n"
           "2005         111        18.1\n"
           "Note: (a) million persons at the end of the year.\n",
           "netizens|China|2004|94000000|people|exact|observed|3\n"
           "netizens_growth|China|2004|21.3|percent|exact|observed|3\n"
           "netizens|China|2005|111000000|people|exact|observed|4\n"
           "netizens_growth|China|2005|18.1|percent|exact|observed|4\n",
           true);
    /* a month of the lead's year later in the item's clause dates the
     * figure before it, as it does the one after */
    expect("2007 was the year of online game IPOs:\n"
           "- Perfect World priced 11.8 million ADS at US$16.00 each on Nasdaq in July\n"
           "  2007, raising US$188.8 million.\n",
           "ipo_shares_offered|Perfect World|2007-07|11800000|count|exact|observed|2\n"
           "price_per_share|Perfect World|2007-07|16|USD|exact|observed|2\n"
           "ipo_raise|Perfect World|2007-07|188800000|USD|exact|observed|3\n",
           true);
    /* an operator's annual results: the year ended is the figures' though
     * the release is dated the year after; its name in capitals on the
     * first line is its issuer, "the Company" too; a year's figure in
     * brackets, "(2011: 20.0%)", dates nothing after it; a dividend per
     * share is no price */
    expect("HUAXIA TELECOM (HONG KONG) LIMITED\n"
           "ANNUAL RESULTS FOR THE YEAR ENDED 31 DECEMBER 2012\n"
           "Hong Kong, 20 March 2013\n\n"
           "* Mobile subscribers reached 239.3 million, a net addition of 39.6 million for the year.\n"
           "* 3G subscribers accounted for 31.9% of mobile subscribers (2011: 20.0%).\n"
           "* The Board recommends a final dividend of RMB 0.12 per share.\n"
           "* The Company added 92,000 3G base stations during the year, bringing the total to 331,000.\n",
           "users|Huaxia Telecom (mobile phone subscribers)|2012|239300000|people|exact|observed|5\n"
           "users_increase|Huaxia Telecom (mobile phone subscribers)|2012|39600000|people|exact|observed|5\n"
           "users|Huaxia Telecom (mobile phone subscribers)|2011|199700000|people|exact|derived|5\n"
           "3g_base_stations_increase|Huaxia Telecom|2012|92000|count|exact|observed|8\n"
           "3g_base_stations|Huaxia Telecom|2011|239000|count|exact|derived|8\n"
           "3g_base_stations|Huaxia Telecom|2012|331000|count|exact|observed|8\n",
           true);
    /* its table: the scale in a caption's brackets after another matter
     * ("as at 31 December; subscribers in millions unless ..."); the
     * issuer's figures; a row of net additions of the kind its label
     * names, whose first year derives the year before's level; a row of
     * money per user ("Mobile ARPU (RMB per month)") is no part of the
     * subscribers above it */
    expect("HUAXIA TELECOM LIMITED\n\n"
           "KEY OPERATING DATA\n"
           "(as at 31 December; subscribers in millions unless otherwise stated)\n\n"
           "                                          2012         2011      Change\n"
           "3G subscribers                          76.456       40.019      91.1%\n"
           "3G net additions                        36.437       25.959         -\n"
           "Fixed-line subscribers                    92.6         95.5      -3.0%\n"
           "Mobile ARPU (RMB per month)               47.9         47.3       1.3%\n",
           "3g_users|Huaxia Telecom|2012|76456000|people|exact|observed|7\n"
           "3g_users|Huaxia Telecom|2011|40019000|people|exact|observed|7\n"
           "3g_users_growth|Huaxia Telecom|2012|91.1|percent|exact|observed|7\n"
           "3g_users_increase|Huaxia Telecom|2012|36437000|people|exact|observed|8\n"
           "3g_users_increase|Huaxia Telecom|2011|25959000|people|exact|observed|8\n"
           "3g_users|Huaxia Telecom|2010|14060000|people|exact|derived|8\n"
           "users|Huaxia Telecom|2012|92600000|people|exact|observed|9\n"
           "users|Huaxia Telecom|2011|95500000|people|exact|observed|9\n"
           "users_growth|Huaxia Telecom|2012|-3|percent|exact|observed|9\n",
           true);
    /* operators as columns: a row of words in the columns ("3G standard
     * TD-SCDMA ...") is no first line of the next row's label, whose
     * net additions are then the 3G subscribers' */
    expect("Table 2  Mobile subscribers by operator, November 2010 (10,000)\n\n"
           "                              China Mobile   China Unicom   China Telecom\n"
           "Mobile phone subscribers          58,136.1       16,629.0         8,672.9\n"
           "  of which: 3G subscribers         1,956.2        1,311.4         1,131.8\n"
           "  3G standard                     TD-SCDMA          WCDMA        CDMA2000\n"
           "3G net additions in November         232.5          142.6           118.3\n",
           "users|China Mobile (mobile phone subscribers)|2010-11|581361000|people|exact|observed|4\n"
           "users|China Unicom (mobile phone subscribers)|2010-11|166290000|people|exact|observed|4\n"
           "users|China Telecom (mobile phone subscribers)|2010-11|86729000|people|exact|observed|4\n"
           "3g_users|China Mobile|2010-11|19562000|people|exact|observed|5\n"
           "3g_users|China Unicom|2010-11|13114000|people|exact|observed|5\n"
           "3g_users|China Telecom|2010-11|11318000|people|exact|observed|5\n"
           "3g_users_increase|China Mobile|2010-11|2325000|people|exact|observed|7\n"
           "3g_users_increase|China Unicom|2010-11|1426000|people|exact|observed|7\n"
           "3g_users_increase|China Telecom|2010-11|1183000|people|exact|observed|7\n",
           true);
    /* rows of months ("Dec. 2008") under a header of two lines, under
     * its caption and a unit of what ("Unit of netizens and net
     * increase: 10,000 persons") */
    expect("Table 2-1  Netizens and Internet Penetration in China, Dec. 2008 - Jun. 2009\n"
           "Unit of netizens and net increase: 10,000 persons\n"
           "Period         Netizens     Net increase over      Penetration\n"
           "                            previous half-year     rate (%)\n"
           "Dec. 2008       29,800            4,500               22.6\n"
           "Jun. 2009       33,800            4,000               25.5\n",
           "netizens|China|2008|298000000|people|exact|observed|5\n"
           "netizens_increase|China|2008|45000000|people|exact|observed|5\n"
           "internet_penetration|China|2008|22.6|percent|exact|observed|5\n"
           "netizens|China|2009-06|338000000|people|exact|observed|6\n"
           "netizens_increase|China|2009-06|40000000|people|exact|observed|6\n"
           "internet_penetration|China|2009-06|25.5|percent|exact|observed|6\n",
           true);
    /* a digest's cards of one line each, led by their day and their kind;
     * a field of a price counts what the card's own line names; a price
     * per share cannot take billions */
    expect("Deals announced 1-31 May 2015\n\n"
           "May 4 | Company: Yunniao Peisong | Sector: delivery | Round: Series B | Amount: US$30 million | Investors: GGV Capital\n"
           "May 22 | Acquisition | Target: eLong | Acquirer: Ctrip | Seller: Expedia | Stake: 37.6% | Price: US$400 million\n"
           "May 28 | Strategic investment | Target: Yonghui | Investor: JD.com | Amount: RMB 4.31 billion | Stake: 10% | "
           "new shares at RMB 9.00 per share\n",
           "funding_round|Yunniao Peisong|2015-05-04|30000000|USD|exact|observed|3\n"
           "acquisition_stake|eLong|2015-05-22|37.6|percent|exact|observed|4\n"
           "acquisition|eLong|2015-05-22|400000000|USD|exact|observed|4\n"
           "investment|Yonghui|2015-05-28|4310000000|CNY|exact|observed|5\n"
           "acquisition_stake|Yonghui|2015-05-28|10|percent|exact|observed|5\n"
           "price_per_share|Yonghui|2015-05-28|9|CNY|exact|observed|5\n",
           true);
    /* "by the end of that year" is the end of the last year named */
    expect("Aug 02, 2017\n\nLaunched in June 2013 so that shoppers could earn interest on idle cash, the fund held "
           "185.3 billion yuan by the end of that year.\n",
           "fund_assets|money market funds|2013|185300000000|CNY|exact|observed|3\n", true);
    /* "last year's Singles' Day" is the year before's; what shoppers bought
     * is no acquisition */
    expect("HANGZHOU, Nov. 11, 2014 (Xinhua) -- Shoppers spent 57.1 billion yuan on Alibaba's platforms on Tuesday.\n\n"
           "The total was 63 percent higher than the 35.02 billion yuan spent on last year's Singles' Day. Mobile "
           "purchases amounted to 24.3 billion yuan.\n",
           "daily_transaction_volume|Alibaba|2013-11-11|35020000000|CNY|exact|observed|3\n", false);
    expect_absent("Mobile purchases amounted to 24.3 billion yuan on Singles' Day in 2014.", "acquisition|");
    /* a word of size before the figure ("a modest"); a figure after the
     * date of the one before and "and" counts what it counts; a level the
     * sentence states is not derived again */
    expect("Third-party mobile payment volume was a modest 1.2 trillion yuan in 2013; it reached 5.99 trillion "
           "yuan in 2014 and 16.36 trillion yuan in 2015, an increase of 173 percent year-on-year.",
           "mobile_payments|China|2013|1200000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2015|16360000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2015|173|percent|exact|observed|1\n",
           true);
    /* an aside's month under an entry's heading dates nothing */
    expect("1999\n\nNovember\nTencent's OICQ instant messenger, launched in February, passed 1 million registered users.\n",
           "registered_users|OICQ|1999-11|1000000|people|more_than|observed|4\n", true);
    /* a news agency's table: operators as columns; a section's label over
     * two lines ("Mobile subscribers" / "(including 3G):"), a row's over
     * two ("-cumulative no." / " of users"), parts marked by a dash; the
     * unit in a note under the rows; the month the caption names ("for
     * July") of the dateline's year; a month's net additions derive no
     * year before */
    expect("HONG KONG, Aug 20, 2013 (Reuters) - China's mobile subscribers rose in July.\n\n"
           "Following is a breakdown of mobile subscriber statistics for\n"
           "July provided by the three carriers:\n\n"
           "                      China Mobile  China Unicom  China Telecom\n"
           "Mobile subscribers\n"
           "(including 3G):\n"
           "-cumulative no.\n"
           " of users                747.26        265.38        178.95\n"
           "-net addition              4.45          3.52          2.21\n\n"
           "Note: All numbers are in millions, otherwise stated.\n",
           "users|China Mobile (mobile phone subscribers)|2013-07|747260000|people|exact|observed|10\n"
           "users|China Unicom (mobile phone subscribers)|2013-07|265380000|people|exact|observed|10\n"
           "users|China Telecom (mobile phone subscribers)|2013-07|178950000|people|exact|observed|10\n"
           "users_increase|China Mobile (mobile phone subscribers)|2013-07|4450000|people|exact|observed|11\n"
           "users_increase|China Unicom (mobile phone subscribers)|2013-07|3520000|people|exact|observed|11\n"
           "users_increase|China Telecom (mobile phone subscribers)|2013-07|2210000|people|exact|observed|11\n",
           true);
    expect_absent("HONG KONG, Aug 20, 2013 (Reuters) - Mobile subscriber statistics:\n\n"
                  "                      China Mobile  China Unicom  China Telecom\n"
                  "Mobile subscribers:\n"
                  "-cumulative no. of users   747.26        265.38        178.95\n"
                  "-net addition              4.45          3.52          2.21\n\n"
                  "Note: All numbers are in millions, otherwise stated.\n",
                  "|derived|");
    /* a quarterly release whose title names its year before the quarter:
     * a figure the text dates no other way is the quarter's (its month);
     * the issuer named in capitals on its own line loses "Holdings" */
    expect("HUAXIA HOLDINGS LIMITED\n\nHuaxia Announces 2009 Third Quarter Results\n\n"
           "Key operating highlights:\n"
           "- Active user accounts of Huaxia IM were 522.9 million.\n"
           "- Total revenues were RMB3,229.6 million for the quarter.\n",
           "active_users|Huaxia IM|2009-09|522900000|people|exact|observed|6\n"
           "revenue|Huaxia|2009-09|3229600000|CNY|exact|observed|7\n", true);
    /* a header of dates written out: "End of 2001", "End of June 2002",
     * "Dec. 31, 2001", then the change */
    expect("Table 2  Basic Internet resources\n\n"
           "                                      End of 2001      End of June 2002     Change\n"
           "CN domain names                       127,319            126,146     -1,173\n"
           "WWW sites                              277,100            293,213    +16,113\n",
           "cn_domain_names|China|2001|127319|count|exact|observed|4\n"
           "cn_domain_names|China|2002-06|126146|count|exact|observed|4\n"
           "cn_domain_names_increase|China|2002-06|-1173|count|exact|observed|4\n"
           "websites|China|2001|277100|count|exact|observed|5\n"
           "websites|China|2002-06|293213|count|exact|observed|5\n"
           "websites_increase|China|2002-06|16113|count|exact|observed|5\n", true);
    expect("Table 2  Basic Internet resources\n\n"
           "                                      Dec. 31, 2001      June 30, 2002\n"
           "CN domain names                       127,319            126,146\n"
           "WWW sites                              277,100            293,213\n",
           "cn_domain_names|China|2001-12-31|127319|count|exact|observed|4\n"
           "cn_domain_names|China|2002-06-30|126146|count|exact|observed|4\n"
           "websites|China|2001-12-31|277100|count|exact|observed|5\n"
           "websites|China|2002-06-30|293213|count|exact|observed|5\n", true);
    /* an aside of what the figure adds up stands aside */
    expect("Total third-party payment volume, internet and mobile combined, rose 46.9 percent to 31.2 trillion "
           "yuan in 2015.",
           "third_party_payments_growth|China|2015|46.9|percent|exact|observed|1\n"
           "third_party_payments|China|2014|21238938053097|CNY|about|derived|1\n"
           "third_party_payments|China|2015|31200000000000|CNY|exact|observed|1\n", true);
    /* headers of "2006-12" and of "31 Dec 2006"; a change's column of
     * two words, "YoY change", is one column */
    static const char *const year_heads[] = {"2006-12         2007-12       Change",
                                             "Dec. 2006       Dec. 2007     YoY change"};
    for (size_t h = 0; h < sizeof year_heads / sizeof *year_heads; h++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Table 1 Basic data\n\n"
                 "                                    %s\n"
                 "IPv4 addresses                        98,015,744     135,274,752     38.0%%\n"
                 "Websites                                 843,000       1,503,800     78.4%%\n",
                 year_heads[h]);
        expect(text,
               "ipv4_addresses|China|2006|98015744|count|exact|observed|4\n"
               "ipv4_addresses|China|2007|135274752|count|exact|observed|4\n"
               "ipv4_addresses_growth|China|2007|38|percent|exact|observed|4\n"
               "websites|China|2006|843000|count|exact|observed|5\n"
               "websites|China|2007|1503800|count|exact|observed|5\n"
               "websites_growth|China|2007|78.4|percent|exact|observed|5\n",
               true);
    }
    expect("Table 1 Basic data\n\n"
           "                                    30 Jun 2006     30 Jun 2007\n"
           "IPv4 addresses                        98,015,744     135,274,752\n"
           "Websites                                 843,000       1,503,800\n",
           "ipv4_addresses|China|2006-06-30|98015744|count|exact|observed|4\n"
           "ipv4_addresses|China|2007-06-30|135274752|count|exact|observed|4\n"
           "websites|China|2006-06-30|843000|count|exact|observed|5\n"
           "websites|China|2007-06-30|1503800|count|exact|observed|5\n", true);
    /* "Year-end 2006", "As of Dec 2006" over the columns */
    expect("Table 1 Basic data\n\n"
           "                                    Year-end 2006   Year-end 2007\n"
           "IPv4 addresses                        98,015,744     135,274,752\n"
           "Websites                                 843,000       1,503,800\n",
           "ipv4_addresses|China|2006|98015744|count|exact|observed|4\n"
           "ipv4_addresses|China|2007|135274752|count|exact|observed|4\n"
           "websites|China|2006|843000|count|exact|observed|5\n"
           "websites|China|2007|1503800|count|exact|observed|5\n", true);
    expect("Table 1 Basic data\n\n"
           "                                    As of Jun 2006  As of Jun 2007\n"
           "IPv4 addresses                        98,015,744     135,274,752\n"
           "Websites                                 843,000       1,503,800\n",
           "ipv4_addresses|China|2006-06|98015744|count|exact|observed|4\n"
           "ipv4_addresses|China|2007-06|135274752|count|exact|observed|4\n"
           "websites|China|2006-06|843000|count|exact|observed|5\n"
           "websites|China|2007-06|1503800|count|exact|observed|5\n", true);
    /* a fund's customer base is its customers */
    expect("Yu'e Bao, the money market fund, held 1.43 trillion yuan at the end of June 2017. Its customer base "
           "expanded to 369 million.",
           "fund_assets|Yu'e Bao|2017-06|1430000000000|CNY|exact|observed|1\n"
           "fund_customers|Yu'e Bao|2017-06|369000000|people|exact|observed|1\n", true);
}
END_TEST

START_TEST(elaboration_keeps_entity)
{
    expect("On Singles' Day 2011, 33.69 million transactions were conducted via Alipay. Specifically, 1.71 "
           "million transactions were conducted via the wireless payment service.",
           "transactions|Alipay|2011-11-11|33690000|count|exact|observed|1\n"
           "transactions|Alipay|2011-11-11|1710000|count|exact|observed|1\n",
           true);
    /* a company named by a number: opening a sentence before a company's
     * verb, after "into", after a noun for a company */
    expect(HDR "58 announced new investments. This is another capital injection into 58 after it completed the "
               "third round of financing worth USD 60 million in December 2010.",
           "funding_round|58|2010-12|60000000|USD|exact|observed|3\n", true);
    /* a company named by a number, after a noun for a company */
    expect(HDR "Renren Inc. acquired the video sharing website 56 with USD 80 million.",
           "acquisition|56|2011|80000000|USD|exact|observed|3\n", true);
}
END_TEST

/* Wire-copy forms: the date of the report is not the figure's; totals
 * brought about by a change; multiples on the way to a level. */
START_TEST(news_forms)
{
    expect("Last year, China's netizens reached 618 million, according to a report released on January 16, 2014.",
           "netizens|China|2013|618000000|people|exact|observed|1\n", true);
    /* a one-line paragraph that opens with a date is a sentence, not a
     * heading, when it ends with a full stop */
    expect("On 11 November 2013, Tmall and Taobao recorded sales of 35 billion yuan.\n\nLast year, China's netizens "
           "reached 618 million, according to a report released on January 16, 2014.",
           "daily_transaction_volume|Taobao|2013-11-11|35000000000|CNY|exact|observed|1\n"
           "netizens|China|2013|618000000|people|exact|observed|3\n",
           true);
    expect("China's Internet users increased by 55.8 million in 2012, bringing the total to 564 million.",
           "netizens_increase|China|2012|55800000|people|exact|observed|1\n"
           "netizens|China|2011|508200000|people|exact|derived|1\n"
           "netizens|China|2012|564000000|people|exact|observed|1\n",
           true);
    expect("By the end of 2013, China had 618 million netizens, and the number of Internet users in rural areas "
           "reached 177 million.",
           "netizens|China|2013|618000000|people|exact|observed|1\n"
           "netizens|China (rural)|2013|177000000|people|exact|observed|1\n",
           true);
    expect("China had between 2.5 million and 3 million websites in 2013.",
           "websites|China|2013|2500000|count|at_least|observed|1\n"
           "websites|China|2013|3000000|count|less_than|observed|1\n",
           true);
    expect("Roughly 60-70 percent of third-party payments went through Alipay in 2013.",
           "payment_share|Alipay|2013|60|percent|at_least|observed|1\n"
           "payment_share|Alipay|2013|70|percent|less_than|observed|1\n",
           true);
    /* "the year before" dates the figure compared with; a change of a level
     * no rule took is nobody else's */
    expect("Tmall's turnover on Singles' Day in 2014 was 57.1 billion yuan, up from 35.0 billion yuan the year before.",
           "daily_transaction_volume|Tmall|2014-11-11|57100000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Tmall|2013-11-11|35000000000|CNY|exact|observed|1\n",
           true);
    expect_none("According to CNNIC, netizens using mobile phones to shop online reached 144 million by the end of 2013, "
                "up 160.2 percent from 2012.");
    /* a date moved on by a span written after the figure */
    expect("WeChat was launched in January 2011 and reached 100 million users 433 days later.",
           "users|WeChat|2012-03|100000000|people|exact|observed|1\n", true);
    expect("In the 24 hours of November 11, 2013, Alipay processed 188 million payments.",
           "transactions|Alipay|2013-11-11|188000000|count|exact|observed|1\n", true);
    /* years compared with do not make a document's vintage */
    expect("As of June 2014, China had 632 million netizens, 14.42 million more than at the end of 2013.\n\n"
           "The number of websites was 2.73 million, up 19,000 compared with the end of 2013.",
           "websites|China|2014-06|2730000|count|exact|observed|3\n", false);
    expect("Alibaba's revenue rose 51 percent year-on-year to 15.77 billion yuan in 2013.",
           "revenue_growth|Alibaba|2013|51|percent|exact|observed|1\n"
           "revenue|Alibaba|2012|10443708609|CNY|about|derived|1\n"
           "revenue|Alibaba|2013|15770000000|CNY|exact|observed|1\n",
           true);
    expect("The number of 3G users in China was 234 million in 2012 as against 128 million in 2011.",
           "3g_users|China|2012|234000000|people|exact|observed|1\n"
           "3g_users|China|2011|128000000|people|exact|observed|1\n",
           true);
    expect("At the end of 2013, the Yu'e Bao fund managed 185.3 billion yuan, compared with 2 billion yuan a year "
           "earlier.",
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2012|2000000000|CNY|exact|observed|1\n",
           true);
    expect("In 2013 the penetration rate rose 3.7 percentage points to 45.8 per cent.",
           "internet_penetration_increase|China|2013|3.7|percent|exact|observed|1\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|1\n",
           true);
    expect("Between 2010 and 2013, third-party payments grew almost fivefold to 5.37 trillion yuan.",
           "third_party_payments|China|2013|5370000000000|CNY|exact|observed|1\n", true);
}
END_TEST

/* A figure that names nobody, after another in the same sentence, is about
 * what that one is about (not the block's most frequent name). */
START_TEST(same_sentence_entity)
{
    expect("P2P lending grew fast in 2013. Mobile transactions accounted for 1,280 billion yuan in 2013, making up "
           "23 percent of all third-party payments. P2P platforms lent 89.7 billion yuan in loans.",
           "mobile_payments|China|2013|1280000000000|CNY|exact|observed|1\n"
           "payment_share|China|2013|23|percent|exact|observed|1\n",
           false);
}
END_TEST

/* The recipient of a deal: a lower-case name ending the noun phrase after a
 * noun for a company; a stake in the same sentence is in that recipient. */
START_TEST(deal_recipients)
{
    expect(HDR "Sina invested a total of USD 66.4 million in the newly listed video website tudou , holding 9.05% of "
               "its stake.",
           "investment|tudou|2011|66400000|USD|exact|observed|3\n"
           "acquisition_stake|tudou|2011|9.05|percent|exact|observed|3\n",
           true);
    /* the possessor is the owner; the name after its noun is the subject */
    expect("Sohu's search unit Sogou received a $448 million investment from Tencent in September 2013.",
           "funding_round|Sogou|2013-09|448000000|USD|exact|observed|1\n", true);
    /* a common adjective inside a name belongs to it */
    expect("China Mobile had 759 million subscribers at the end of 2013.",
           "users|China Mobile|2013|759000000|people|exact|observed|1\n", true);
    /* a name that opens with a number */
    expect("In 2013 Baidu acquired a 100% stake in 91 Wireless for USD 1.9 billion.",
           "acquisition_stake|91 Wireless|2013|100|percent|exact|observed|1\n"
           "acquisition|91 Wireless|2013|1900000000|USD|exact|observed|1\n",
           true);
    /* a number inside a name */
    expect("Qihoo 360 Technology Co said revenue for 2013 more than doubled to $671.1 million.",
           "revenue|Qihoo 360 Technology|2013|671100000|USD|exact|observed|1\n", true);
    /* common words of the trade that open a sentence are no names */
    expect("Money market funds held assets of 748.6 billion yuan at the end of 2013.",
           "fund_assets|money market funds|2013|748600000000|CNY|exact|observed|1\n", true);
    expect_none("Instant messaging users totaled 532 million at the end of 2013.");
    /* users of no named product are no users fact */
    expect_none("The number of search engine users reached 490 million by the end of 2013.");
    /* an event is nobody's name */
    /* one day's sales: the day's transaction volume (as the key has
     * Tmall's Singles' Day transactions) */
    expect("Taobao and Tmall generated 35.0 billion yuan in sales on Singles' Day 2013.",
           "daily_transaction_volume|Tmall|2013-11-11|35000000000|CNY|exact|observed|1\n", true);
    expect("In April 2014, Alibaba invested $1.22 billion in Youku Tudou for an 18.5 percent stake.",
           "investment|Youku Tudou|2014-04|1220000000|USD|exact|observed|1\n"
           "acquisition_stake|Youku Tudou|2014-04|18.5|percent|exact|observed|1\n",
           true);
}
END_TEST

/* Deposits are no fund's assets; a participle opening the sentence before
 * is no name for "its" to stand for. */
START_TEST(deposits_and_openers)
{
    /* (deposits are read, so no fund takes them, but are no indicator of
     * ours: not written) */
    expect_none("Chinese banks, which held 104 trillion yuan (€12.3 trillion) in deposits in 2013, reacted.");
    expect("Launched in June 2013, Yu'e Bao became the largest money market fund. By June 2014 its assets had "
           "grown to 574 billion yuan.",
           "fund_assets|Yu'e Bao|2014-06|574000000000|CNY|exact|observed|1\n", true);
}
END_TEST

/* Analysts' prose on payments, funds and lending. */
START_TEST(finance_forms)
{
    expect("According to the central bank, third-party payment companies handled 17.9 trillion yuan of transactions "
           "in 2013.",
           "third_party_payments|China|2013|17900000000000|CNY|exact|observed|1\n", true);
    expect("Money market funds boomed. By February 2014, 81 million people had put money into Yu'e Bao.",
           "fund_customers|Yu'e Bao|2014-02|81000000|people|exact|observed|1\n", true);
    expect("Online lending platforms (P2P) numbered 800 at the end of 2013, and they lent 105.8 billion yuan in 2013.",
           "p2p_platforms|China|2013|800|count|exact|observed|1\n"
           "online_loans|China|2013|105800000000|CNY|exact|observed|1\n",
           true);
}
END_TEST

/* "at 19 dollars each" is a price per share where shares are spoken of. */
START_TEST(price_each)
{
    expect("JD.com priced its shares at 19 dollars each on May 22, 2014.",
           "price_per_share|JD.com|2014-05-22|19|USD|exact|observed|1\n", true);
    expect_none("In 2014 the company gave its 300 staff bonuses of 500 dollars each.");
}
END_TEST

/* "every at" is read as "each at": words of a [lexicon] same group. */
START_TEST(same_words_in_cues)
{
    expect(HDR "Youku sold its ADS in 2011, with every at USD 23.",
           "price_per_share|Youku|2011|23|USD|exact|observed|3\n", true);
    expect(HDR "Youku sold its ADS in 2011, each at USD 23.",
           "price_per_share|Youku|2011|23|USD|exact|observed|3\n", true);
}
END_TEST

START_TEST(last_line_without_newline_and_crlf)
{
    expect("By the end of 2011, China had 513 million Internet users.",
           "netizens|China|2011|513000000|people|exact|observed|1\n", true);
    expect("\xEF\xBB\xBFTitle\r\n\r\nBy the end of 2011, China had 513 million Internet users.\r\n",
           "netizens|China|2011|513000000|people|exact|observed|3\n", true);
}
END_TEST

START_TEST(same_input_same_output)
{
    const char *text = HDR "By the end of 2011, China had 513 million Internet users, of which the number of mobile "
                           "phone Internet users reached 356 million.";
    char *a = run(text), *b = run(text);
    ck_assert_str_eq(a, b);
    ck_assert_ptr_nonnull(strstr(a, "mobile_netizens|China|2011|356000000|people|exact|observed|3\n"));
    free(a);
    free(b);
}
END_TEST

/* Sentences in the forms of CNNIC reports and agency copy: what a figure is
 * compared with does not date the sentences after it; Singles' Day is a
 * day; a dateline names no company; rates and running totals are not
 * counts or deals. */
START_TEST(report_and_wire_forms)
{
    expect("As of December 2015, China had 688 million Internet users. Mobile Internet users numbered 620 "
           "million, compared with 557 million at the end of 2014. Rural netizens numbered 195 million.",
           "netizens|China|2015|688000000|people|exact|observed|1\n"
           "mobile_netizens|China|2015|620000000|people|exact|observed|1\n"
           "mobile_netizens|China|2014|557000000|people|exact|observed|1\n"
           "netizens|China (rural)|2015|195000000|people|exact|observed|1\n",
           true);
    expect(HDR "Mobile payments accounted for 68 percent of the total, up from 43 percent last year. Alipay "
               "handled 710 million payment transactions.",
           "transactions|Alipay|2011|710000000|count|exact|observed|3\n", true);
    expect(HDR "On Singles' Day, 33.69 million transactions were conducted via Alipay.",
           "transactions|Alipay|2011-11-11|33690000|count|exact|observed|3\n", true);
    expect("Tmall recorded 57.1 billion yuan in sales on Double 11 in 2014.",
           "daily_transaction_volume|Tmall|2014-11-11|57100000000|CNY|exact|observed|1\n", true);
    expect("SHANGHAI (Reuters) - Dianping raised $850 million in a new funding round on Monday.",
           "funding_round|Dianping||850000000|USD|exact|observed|1\n", true);
    expect("BEIJING, Nov. 12 (Xinhua) -- Meituan raised 700 million U.S. dollars in a new round of financing.",
           "funding_round|Meituan||700000000|USD|exact|observed|1\n", true);
    expect_none(HDR "At the peak, Alipay handled 85,900 transactions per second.");
    expect("Didi Dache raised $700 million, bringing the total it has raised this year to $800 million.",
           "funding_round|Didi Dache||700000000|USD|exact|observed|1\n", true);
    /* another country's figure is not China's, nor a product's users */
    expect_none("By comparison, the United States, with some 280 million Internet users, sold more online in 2014.");
    expect("China had 649 million Internet users in 2014, more than twice the United States.",
           "netizens|China|2014|649000000|people|exact|observed|1\n", true);
    /* when a company was founded is not when its figures were */
    expect("Xiaomi, founded in 2010, raised a 1.1 billion dollar round in December 2014.",
           "funding_round|Xiaomi|2014-12|1100000000|USD|exact|observed|1\n", true);
    /* "respectively" after more levels than changes: the last levels */
    expect("In 2014, 269 payment institutions handled 29.72 billion online payment transactions worth 17.05 "
           "trillion yuan, increasing by 58.9 percent and 90.3 percent respectively.",
           "third_party_payments|China|2014|17050000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2014|58.9|percent|exact|observed|1\n"
           "third_party_payments_growth|China|2014|90.3|percent|exact|observed|1\n",
           false);
    expect_absent("In 2014, 269 payment institutions handled 29.72 billion online payment transactions worth 17.05 "
                  "trillion yuan, increasing by 58.9 percent and 90.3 percent respectively.",
                  "transactions_growth|China|2014|90.3|");
    /* a number opening a name counts nothing */
    expect(HDR "Baidu announced the acquisition of 91 Wireless for USD 1.9 billion.",
           "acquisition|91 Wireless|2011|1900000000|USD|exact|observed|3\n", true);
    /* wordings of reports: a common adjective inside a fund's name, holders
     * of a fund, the Internet via mobile phones, online shopping */
    expect("As at 31 March 2015, Tianhong Yu'e Bao Money Market Fund had net assets of RMB 715.6 billion.",
           "fund_assets|Tianhong Yu'e Bao Money Market Fund|2015-03-31|715600000000|CNY|exact|observed|1\n", true);
    expect("At the end of 2014, the number of Yu'e Bao fund holders reached 185 million.",
           "fund_customers|Yu'e Bao|2014|185000000|people|exact|observed|1\n", true);
    expect("In 2012, China's Internet users reached 564 million, of whom 420 million accessed the Internet via mobile "
           "phones.",
           "netizens|China|2012|564000000|people|exact|observed|1\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|1\n",
           true);
    expect("China's online shopping transactions amounted to 1.3 trillion yuan in 2012.",
           "ecommerce_turnover|China|2012|1300000000000|CNY|exact|observed|1\n", true);
    /* "new" users are an increase; the years a report compares with ("than
     * that at the end of 2012", "from 74.5% in 2012") make no vintage; a
     * count "by December" is the year's, as "by the end of December" */
    expect("By December 2013, the number of netizens in China had reached 618 million, and 53.58 million new "
           "Internet users were added in the whole year. The penetration rate was 45.8%, 3.7 percentage points "
           "higher than that at the end of 2012.\n\nThe share of mobile users rose to 81.0% from 74.5% in 2012."
           "\n\nThe number of websites was 3.2 million, an increase of 19.4% over the end of 2012.",
           "netizens|China|2013|618000000|people|exact|observed|1\n"
           "netizens_increase|China|2013|53580000|people|exact|observed|1\n"
           "netizens|China|2012|564420000|people|exact|derived|1\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|1\n"
           "internet_penetration_increase|China|2013|3.7|percent|exact|observed|1\n"
           "internet_penetration|China|2012|42.1|percent|exact|derived|1\n"
           "websites|China|2013|3200000|count|exact|observed|5\n"
           "websites_growth|China|2013|19.4|percent|exact|observed|5\n"
           "websites|China|2012|2680067|count|about|derived|5\n",
           true);
    /* licences granted in a batch, and licensed institutions in total */
    expect("The People's Bank of China issued the fifth batch of third-party payment licences on 31 July 2012, "
           "granting licences to 95 companies. This brought the total number of licensed payment institutions to 196.",
           "payment_licenses|China|2012-07-31|95|count|exact|observed|1\n"
           "payment_licenses_total|China|2012-07-31|196|count|exact|observed|1\n",
           true);
    /* a city is no company: the breach's fallback, not "Shanghai" */
    expect("In 2015 a court in Shanghai sentenced a hacker for stealing the data of 20 million users of a hotel chain.",
           "leaked_accounts|China|2015|20000000|people|exact|observed|1\n", true);
    /* numbers of a product launch, a trial and a survey are no indicators */
    expect_none("Xiaomi unveiled its Mi 5 smartphone, priced at 1,999 yuan. Lei Jun, 46, said more than 3,000 people "
                "attended. A court ordered a fine of 50,000 yuan and 3 years in prison. A survey of 2,500 respondents "
                "found that 78 percent had shopped on mobile phones.");
    /* results wordings: an abbreviation in brackets after the cue, words
     * that open a report's sentences, a fund's scale, online game users */
    expect("Weibo's monthly active users (MAUs) were 143.8 million as of March 31, 2014.",
           "active_users|Weibo|2014-03-31|143800000|people|exact|observed|1\n", true);
    expect_absent("Net revenues were 67.5 million U.S. dollars in 2014. Advertising revenues totaled 57.6 million U.S. "
                  "dollars in 2014.",
                  "revenue|Net|");
    expect_absent("Net revenues were 67.5 million U.S. dollars in 2014. Advertising revenues totaled 57.6 million U.S. "
                  "dollars in 2014.",
                  "revenue|Advertising|");
    expect("Yu'e Bao's scale reached 574.1 billion yuan at the end of June 2014.",
           "fund_assets|Yu'e Bao|2014-06|574100000000|CNY|exact|observed|1\n", true);
    expect("In 2013, online game users reached 345 million.",
           "game_players|China|2013|345000000|people|exact|observed|1\n", true);
    /* a company in lower case after a stake in it, and a relative clause's
     * antecedent */
    expect(HDR "Baidu would invest USD 306 million to become the largest shareholder of qunar .",
           "investment|qunar|2011|306000000|USD|exact|observed|3\n", true);
    expect(HDR "Expedia had purchased Renren's stake in elong , whose shares, with every at USD 23, were sold.",
           "price_per_share|elong|2011|23|USD|exact|observed|3\n", true);
    /* essay wordings: loans lent out; a name in an apposition gives way to
     * the one it describes; money nobody named raised is no round */
    expect("By the end of 2014 there were 1,575 peer-to-peer lending platforms in China, and they lent out 252.8 "
           "billion yuan during the year.",
           "p2p_platforms|China|2014|1575|count|exact|observed|1\n"
           "online_loans|China|2014|252800000000|CNY|exact|observed|1\n",
           true);
    expect("Ant Financial, the Alibaba affiliate that runs Alipay, was valued at $45 billion in April 2015.",
           "valuation|Ant Financial|2015-04|45000000000|USD|exact|observed|1\n", true);
    expect_none("Crowdfunding is smaller: 128 projects were running at the end of 2014, raising 900 million yuan.");
    /* agency copy: a company named by its domain, a possessor's unit after
     * "in", a price paid for a stake, a name right after "whose" */
    expect("In 2013, Tencent Holdings Ltd will invest $448 million in Sohu.com Inc's search unit Sogou, taking a 36.5 "
           "percent stake.",
           "investment|Sogou|2013|448000000|USD|exact|observed|1\n"
           "acquisition_stake|Sogou|2013|36.5|percent|exact|observed|1\n",
           true);
    expect("In April 2013, Alibaba Group paid $586 million for an 18 percent stake in Sina Weibo.",
           "acquisition|Sina Weibo|2013-04|586000000|USD|exact|observed|1\n"
           "acquisition_stake|Sina Weibo|2013-04|18|percent|exact|observed|1\n",
           true);
    expect("In 2013, Tencent, whose WeChat messaging app has more than 235 million monthly active users, grew.",
           "active_users|WeChat|2013|235000000|people|more_than|observed|1\n", true);
    expect("JD.com Inc raised $1.78 billion in its initial public offering in 2014.",
           "ipo_raise|JD.com|2014|1780000000|USD|exact|observed|1\n", true);
    /* a lower-case name as the paragraph writes it with a capital; a policy
     * target is no deal */
    expect(HDR "Qunar and Baidu agreed: Baidu would invest USD 306 million to become the largest shareholder of qunar .",
           "investment|Qunar|2011|306000000|USD|exact|observed|3\n", true);
    expect_none(HDR "The State Council called for 1.2 trillion yuan of investment in broadband networks.");
    /* a company's turnover in the British sense is its revenue; a platform's
     * turnover is what sold on it */
    expect("By the end of 2013, Alibaba had a turnover of 35 billion yuan.",
           "revenue|Alibaba|2013|35000000000|CNY|exact|observed|1\n", true);
    expect("In 2011, Juhuasuan's turnover exceeded RMB 10 billion.",
           "ecommerce_turnover|Juhuasuan|2011|10000000000|CNY|more_than|observed|1\n", true);
    /* "respectively": items listed before figures, names before figures */
    expect("By the end of 2012, the numbers of netizens and mobile netizens in China were 564 million and 420 million, "
           "respectively.",
           "netizens|China|2012|564000000|people|exact|observed|1\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|1\n",
           true);
    expect("The numbers of 3G and 4G base stations reached 1.2 million and 700,000 respectively by the end of 2014.",
           "3g_base_stations|China|2014|1200000|count|exact|observed|1\n"
           "4g_base_stations|China|2014|700000|count|exact|observed|1\n",
           true);
    expect("In 2013, Alipay, Tenpay and UnionPay had 300 million, 200 million and 100 million users, respectively.",
           "users|Alipay|2013|300000000|people|exact|observed|1\n"
           "users|Tenpay|2013|200000000|people|exact|observed|1\n"
           "users|UnionPay|2013|100000000|people|exact|observed|1\n",
           true);
    /* shipped phones, a share of China's market held by its leader, a share
     * of China's bank deposits, fibre to homes */
    expect("China shipped 452 million mobile phones in 2014.",
           "mobile_phone_shipments|China|2014|452000000|count|exact|observed|1\n", true);
    expect("Alipay accounted for 49.6 percent of China's third-party online payment market in 2014.",
           "payment_share|Alipay|2014|49.6|percent|exact|observed|1\n", true);
    expect("Alipay accounted for 49.6 percent of the third-party online payment market in 2014, followed by Tenpay "
           "with 19.4 percent.",
           "payment_share|Alipay|2014|49.6|percent|exact|observed|1\n"
           "payment_share|Tenpay|2014|19.4|percent|exact|observed|1\n",
           true);
    expect("Money market funds held assets equal to 3.3 percent of China's bank deposits at the end of 2014.",
           "mmf_share_of_bank_deposits|money market funds|2014|3.3|percent|exact|observed|1\n", true);
    /* websites that joined a program, a procurement of IPTV boxes */
    expect("In 2012, over 400,000 websites had joined the Alipay quick login program.",
           "partner_websites|Alipay|2012|400000|count|more_than|observed|1\n", true);
    expect("In 2011, China Telecom purchased 880,000 IPTV set-top boxes.",
           "iptv_terminals|China Telecom|2011|880000|count|exact|observed|1\n", true);
    /* "by X to Y": the change, the level it led to, and the level before */
    expect("In 2013, the number of Weibo users dropped by 27.83 million to 281 million.",
           "microblog_users_increase|China|2013|-27830000|people|exact|observed|1\n"
           "microblog_users|China|2012|308830000|people|exact|derived|1\n"
           "microblog_users|China|2013|281000000|people|exact|observed|1\n",
           true);
    /* an apposition after a cue's name stands aside; a change that leads
     * to, or names, a level no rule takes (net profit) is nobody's */
    expect("The number of monthly active users of WeChat, its messaging app, had reached 500m by the end of "
           "2013, up from 355m a year earlier.",
           "active_users|WeChat|2013|500000000|people|exact|observed|1\n"
           "active_users|WeChat|2012|355000000|people|exact|observed|1\n",
           true);
    expect("Tencent's revenue for 2013 rose 31 per cent to Rmb60.4bn, while net profit climbed 55 per cent to "
           "Rmb15.5bn.",
           "revenue_growth|Tencent|2013|31|percent|exact|observed|1\n"
           "revenue|Tencent|2012|46106870229|CNY|about|derived|1\n"
           "revenue|Tencent|2013|60400000000|CNY|exact|observed|1\n",
           true);
    expect_none("In 2013 Tencent reported a 60 per cent rise in fourth-quarter net profit, helped by revenue from games.");
    /* "the Beijing-based company" stands for the paragraph before's firm;
     * a passive valuation's object is its subject, not a name after it */
    expect("Didi Chuxing raised $4.5 billion in June 2016.\n\nThe Beijing-based company, which was valued at "
           "about $28 billion after the round, said new investors included China Life Insurance.",
           "funding_round|Didi Chuxing|2016-06|4500000000|USD|exact|observed|1\n"
           "valuation|Didi Chuxing|2016|28000000000|USD|about|observed|3\n",
           true);
    /* the second of a list that names its own noun counts that noun */
    expect("In 2015 Didi had about 300 million registered users and 14 million drivers.",
           "registered_users|Didi|2015|300000000|people|about|observed|1\n", true);
    /* "averaged" links a cue to its number; broadband netizens are
     * broadband users, their share among netizens no penetration */
    expect("The number of daily active users of Weibo averaged 61.4 million in December 2013.",
           "active_users|Weibo|2013-12|61400000|people|exact|observed|1\n", true);
    expect("In 2009 broadband netizens reached 346 million, and the penetration of broadband among netizens "
           "rose to 90.1%.", "", true);
    expect("In 2009 rural netizens numbered 107 million, up 26.3% from a year earlier.",
           "netizens|China (rural)|2009|107000000|people|exact|observed|1\n"
           "netizens_growth|China (rural)|2009|26.3|percent|exact|observed|1\n"
           "netizens|China (rural)|2008|84718923|people|about|derived|1\n",
           true);
    /* an abbreviation in quotes and brackets stands aside: after a cue, and
     * as no name */
    expect("In March 2015 mobile monthly active users (\"MAUs\") reached 289 million.",
           "active_users|China|2015-03|289000000|people|exact|observed|1\n", true);
    expect("In 2015 gross merchandise volume (\"GMV\") transacted on Chinese retail marketplaces was "
           "RMB2,444 billion.",
           "ecommerce_turnover|China|2015|2444000000000|CNY|exact|observed|1\n", true);
    /* a press release's "we", "our" and unnamed figures are its issuer's;
     * a news item naming a listed firm has no issuer */
    expect("Release\n\nHangzhou, May 7, 2015 - Alibaba Group Holding Limited (NYSE: BABA) today announced its "
           "results.\n\nAnnual active buyers on our China retail marketplaces reached 350 million.\n\n"
           "Revenue was RMB76,204 million.",
           "active_users|Alibaba Group|2015|350000000|people|exact|observed|5\n"
           "revenue|Alibaba Group|2015|76204000000|CNY|exact|observed|7\n",
           true);
    expect("JD.com Announces Fourth Quarter and Full Year 2014 Results\n\nWe had 96.6 million active customer "
           "accounts in 2014.",
           "active_users|JD.com|2014|96600000|people|exact|observed|3\n", true);
    /* a report's period heading a list names nobody: the issuer it is */
    expect("Weibo Reports Fourth Quarter 2015 Results\n\nFourth Quarter 2015 Highlights\n"
           "- Net revenues were $137.8 million in 2015.\n- Monthly active users were 236 million in December 2015.",
           "revenue|Weibo|2015|137800000|USD|exact|observed|4\n"
           "active_users|Weibo|2015-12|236000000|people|exact|observed|5\n",
           true);
    expect("Title\n\nAlibaba Group Holding Ltd (NYSE: BABA) said on Tuesday that sales rose.\n\n"
           "Online retail sales reached 2.79 trillion yuan in 2014.",
           "ecommerce_turnover|China|2014|2790000000000|CNY|exact|observed|5\n", true);
    /* the money counted transactions were worth is what the money cue
     * before the count names; banks' volumes are beyond third parties' */
    expect("In 2015, mobile payment business realized 39.85 billion transactions, with the amount reaching 16.36 "
           "trillion yuan, a year-on-year increase of 160%.",
           "transactions|China|2015|39850000000|count|exact|observed|1\n"
           "mobile_payments|China|2015|16360000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2015|160|percent|exact|observed|1\n"
           "mobile_payments|China|2014|6292307692308|CNY|about|derived|1\n",
           true);
    expect("In 2015, online payments reached 36.39 billion transactions, amounting to 2,018.20 trillion yuan.",
           "transactions|China|2015|36390000000|count|exact|observed|1\n", true);
    /* a fund's net asset value is its size; income paid to holders is no
     * revenue */
    expect("As of December 31, 2014, the net asset value of the Yu'e Bao fund was 578.9 billion yuan, and it "
           "distributed 24 billion yuan of income to holders.",
           "fund_assets|Yu'e Bao|2014-12-31|578900000000|CNY|exact|observed|1\n", true);
    /* a dateline in a byline's fields */
    expect("Headline\n\nBy Ma Si | China Daily | Updated: 2018-08-21 07:53\n\nThe number of Internet users "
           "in China reached 802 million by the end of June.",
           "netizens|China|2018-06|802000000|people|exact|observed|5\n", true);
    /* "more than that at the end of 2013" compares: the level before, and
     * no date for the paragraph */
    expect("As of December 2014, the number of netizens in China reached 649 million, 31.17 million more than that "
           "at the end of 2013. The Internet penetration rate reached 47.9%.",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "netizens_increase|China|2014|31170000|people|exact|observed|1\n"
           "netizens|China|2013|617830000|people|exact|derived|1\n"
           "internet_penetration|China|2014|47.9|percent|exact|observed|1\n",
           true);
    /* a change restated as a rate, with "or" and no comma */
    expect("By the end of 2009 netizens had reached 384 million, up 86 million or 28.9% from the end of 2008.",
           "netizens|China|2009|384000000|people|exact|observed|1\n"
           "netizens_increase|China|2009|86000000|people|exact|observed|1\n"
           "netizens|China|2008|298000000|people|exact|derived|1\n"
           "netizens_growth|China|2009|28.9|percent|exact|observed|1\n",
           true);
    /* two rates joined by "and" after two levels of different kinds pair
     * with them in order, "respectively" unwritten */
    expect("In 2015, non-bank payment institutions processed 82.15 billion online payment transactions, worth "
           "49.48 trillion yuan, an increase of 119.51 percent and 100.16 percent over the previous year.",
           "transactions|China|2015|82150000000|count|exact|observed|1\n"
           "third_party_payments|China|2015|49480000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2015|119.51|percent|exact|observed|1\n"
           "transactions|China|2014|37424263132|count|about|derived|1\n"
           "third_party_payments_growth|China|2015|100.16|percent|exact|observed|1\n"
           "third_party_payments|China|2014|24720223820943|CNY|about|derived|1\n",
           true);
    /* a rate right after a verb of change is a change, with or without
     * "by"; a fall is negative */
    expect("Tencent's revenue grew 30 percent in 2015.",
           "revenue_growth|Tencent|2015|30|percent|exact|observed|1\n", true);
    expect("In 2013, China's netizens grew 9.5 percent.",
           "netizens_growth|China|2013|9.5|percent|exact|observed|1\n", true);
    expect("In 2014 the number of PC Internet users fell nearly 5 percent.",
           "netizens_growth|China (PC)|2014|-5|percent|nearly|observed|1\n", true);
    /* a kind of fund or an adverb that opens the sentence names nobody;
     * the kind does */
    expect("In 2014 equity funds held 760.1 billion yuan.\n\nEquity funds held net assets of 760.1 billion yuan in "
           "2014, while bond funds held 349.1 billion yuan.\n\nPublicly offered funds had net assets of 4.54 "
           "trillion yuan in 2014.",
           "fund_assets|equity funds|2014|760100000000|CNY|exact|observed|1\n"
           "fund_assets|equity funds|2014|760100000000|CNY|exact|observed|3\n"
           "fund_assets|bond funds|2014|349100000000|CNY|exact|observed|3\n"
           "fund_assets|publicly offered funds|2014|4540000000000|CNY|exact|observed|5\n",
           true);
    /* a change of a month's figure year on year: the level of the same
     * month a year before; with no base said, none */
    expect("Sina Weibo had 222 million monthly active users as of September 2015, up 33 percent year-on-year.",
           "active_users|Sina Weibo|2015-09|222000000|people|exact|observed|1\n"
           "active_users_growth|Sina Weibo|2015-09|33|percent|exact|observed|1\n"
           "active_users|Sina Weibo|2014-09|166917293|people|about|derived|1\n",
           true);
    expect("Sina Weibo had 222 million monthly active users as of September 2015, up 33 percent.",
           "active_users|Sina Weibo|2015-09|222000000|people|exact|observed|1\n"
           "active_users_growth|Sina Weibo|2015-09|33|percent|exact|observed|1\n",
           true);
    /* a sentence that points back ("the industry", "the market") keeps
     * the paragraph before's subject: its context and its date */
    expect("China's peer-to-peer lending industry grew quickly in 2015.\n\nThe industry lent 982.3 billion yuan "
           "in 2015, nearly four times the total in 2014.",
           "online_loans|China|2015|982300000000|CNY|exact|observed|3\n", true);
    expect("The transaction scale of China's third-party mobile payment market reached 7.76 trillion yuan in "
           "2014.\n\nAlipay took 82.6 percent of the market, followed by Tenpay with 10.0 percent.",
           "mobile_payments|China|2014|7760000000000|CNY|exact|observed|1\n"
           "payment_share|Alipay|2014|82.6|percent|exact|observed|3\n"
           "payment_share|Tenpay|2014|10|percent|exact|observed|3\n",
           true);
    expect_none("Tencent held a press conference in 2014.\n\nThe industry lent 982.3 billion yuan in 2015.");
    /* platforms of a lending industry are P2P platforms; platforms alone
     * are nothing */
    expect("China's peer-to-peer lending industry had about 4,000 platforms in 2016.",
           "p2p_platforms|China|2016|4000|count|about|observed|1\n", true);
    expect_none("In 2016 Tencent ran 40 platforms.");
    /* an operator's mobile customers are its mobile subscribers; a
     * network's generation names nobody; the second of a list with a noun
     * of its own counts that noun */
    expect("In 2015 China Mobile had 826 million mobile customers.\n\nIn 2015 China Unicom's 3G/4G subscribers "
           "totaled 175 million. China Telecom had 59.2 million 4G users and 113 million fixed-line broadband users.",
           "users|China Mobile (mobile phone subscribers)|2015|826000000|people|exact|observed|1\n"
           "users|China Unicom (4G subscribers)|2015|175000000|people|exact|observed|3\n"
           "users|China Telecom (4G subscribers)|2015|59200000|people|exact|observed|3\n"
           "users|China Telecom (fixed broadband subscribers)|2015|113000000|people|exact|observed|3\n",
           true);
    /* a sector names nobody, inside a name it belongs to it; an
     * abbreviation with digits in brackets is no name either */
    expect("Telecom revenue rose to 537.5 billion yuan in 2012.\n\nChina Telecom had 100 million broadband users in "
           "2012.",
           "revenue|China|2012|537500000000|CNY|exact|observed|1\n"
           "users|China Telecom (fixed broadband subscribers)|2012|100000000|people|exact|observed|3\n",
           true);
    expect("Online lending platforms (P2P) lent 105.8 billion yuan in 2013.",
           "online_loans|China|2013|105800000000|CNY|exact|observed|1\n", true);
    /* after a semicolon, a figure with its noun left out counts what the
     * figure before counts */
    expect("In 2003 China had just 80m internet users; by the end of 2013 it had 618m.",
           "netizens|China|2003|80000000|people|exact|observed|1\n"
           "netizens|China|2013|618000000|people|exact|observed|1\n",
           true);
    /* a firm "worth" a sum is valued so; a market or a package worth a sum
     * is no firm's; people who "shop online" are online shoppers */
    expect("Alibaba sells most of China's goods online.\n\nIn 2013 analysts reckoned the firm could be worth between "
           "$150 billion and $200 billion.",
           "valuation|Alibaba|2013|150000000000|USD|at_least|observed|3\n"
           "valuation|Alibaba|2013|200000000000|USD|less_than|observed|3\n",
           true);
    expect_none("During the 2008 financial crisis, China's stimulus package was worth 4 trillion yuan.");
    expect("In 2013 nearly half a billion Chinese shopped online.",
           "users|China (online shoppers)|2013|500000000|people|nearly|observed|1\n", true);
    /* "in three years" after a past is a span, after a plan a target;
     * "a decade ago" counts back from the time of writing */
    expect("In 2013 WeChat had signed up some 600m users in three years.",
           "users|WeChat|2013|600000000|people|about|observed|1\n", true);
    expect("In 2011 China Telecom launched a program, planning to develop more than 100 million FTTH users in "
           "five years.",
           "ftth_users|China Telecom|2016|100000000|people|more_than|observed|1\n", true);
    expect("By the end of 2013 China had 618m internet users.\n\nA decade ago China had just 80m internet users.",
           "netizens|China|2013|618000000|people|exact|observed|1\n"
           "netizens|China|2003|80000000|people|exact|observed|3\n",
           true);
    /* a stake in a firm named only by its place is nobody's deal; Hong
     * Kong's users are not the country's */
    expect_none("In 2015 Alibaba paid HK$ 1.2 billion for a stake in a Hong Kong newspaper.");
    expect_none("In 2015 Hong Kong had 5.7 million Internet users.");
    /* the price per share after a stake bought is the target's shares';
     * a listing's price is the lister's */
    expect("In 2015 Ctrip bought a 37.6 percent stake in eLong from Expedia for about $400 million, or $27.26 per "
           "share.",
           "acquisition_stake|eLong|2015|37.6|percent|exact|observed|1\n"
           "acquisition|eLong|2015|400000000|USD|about|observed|1\n"
           "price_per_share|eLong|2015|27.26|USD|exact|observed|1\n",
           true);
    /* a round that values "the company" values the company spoken of
     * before, not its investors; a rival names nobody */
    expect("Ofo has raised $700 million in a Series E round led by Alibaba in 2017.\n\nThe round, which also "
           "included Hony Capital and existing investors DST Global and Didi Chuxing, values the company at around "
           "$2 billion.\n\nRival Mobike raised $600 million last month.",
           "funding_round|Ofo|2017|700000000|USD|exact|observed|1\n"
           "valuation|Ofo|2017|2000000000|USD|about|observed|3\n"
           "funding_round|Mobike|2017|600000000|USD|exact|observed|5\n",
           true);
    /* a paragraph of prose that names nobody passes the topic on from the
     * one before it */
    expect("Tencent Holdings Ltd posted a 32 percent rise in fourth-quarter profit on Wednesday, as its games drew "
           "more users.\n\nNet profit for the three months to December rose to 20.4 billion yuan, beating the "
           "analysts' estimates.\n\nRevenue rose 51 percent to 66.4 billion yuan in 2017. Monthly active users "
           "of WeChat exceeded 1 billion.",
           "revenue_growth|Tencent Holdings|2017|51|percent|exact|observed|5\n"
           "revenue|Tencent Holdings|2016|43973509934|CNY|about|derived|5\n"
           "revenue|Tencent Holdings|2017|66400000000|CNY|exact|observed|5\n"
           "active_users|WeChat|2017|1000000000|people|more_than|observed|5\n",
           true);
    /* the pronoun of an apposition speaks of another name than the subject */
    expect("Tencent reported results.\n\nQQ, its older desktop messaging service, had 815m monthly active accounts "
           "in 2013.",
           "active_users|QQ|2013|815000000|people|exact|observed|3\n", true);
    /* a figure before any name of its paragraph is the paragraph before's,
     * not a name still to come */
    expect("Tencent, China's largest internet company, reported results for 2013.\n\n"
           "Revenue for the full year rose to Rmb60.4bn. The group said WeChat had 355m users.",
           "revenue|Tencent|2013|60400000000|CNY|exact|observed|3\n"
           "users|WeChat|2013|355000000|people|exact|observed|3\n",
           true);
    expect("In 2013 Tencent reported a 30 per cent rise in revenue to Rmb60.4bn.",
           "revenue_growth|Tencent|2013|30|percent|exact|observed|1\n"
           "revenue|Tencent|2012|46461538462|CNY|about|derived|1\n"
           "revenue|Tencent|2013|60400000000|CNY|exact|observed|1\n",
           true);
    /* a passive participle's phrase may stand between a cue and its verb;
     * a part of a population is named by the part's own cue */
    expect("Loans arranged through such platforms totalled 105.8 billion yuan in 2013.",
           "online_loans|China|2013|105800000000|CNY|exact|observed|1\n", true);
    expect("Internet users living in rural areas reached 177 million in 2013.",
           "netizens|China (rural)|2013|177000000|people|exact|observed|1\n", true);
    expect("Fixed broadband users connected by fibre reached 60 million in 2014.",
           "ftth_users|China|2014|60000000|people|exact|observed|1\n", true);
    expect("In 2009, of the country's netizens, 346 million used broadband.", "", true);
    /* "X new ..., bringing the total to Y": Y is the level of what the
     * change names, and the level before it follows */
    expect("In 2012 the operators built 198,000 new 3G base stations, bringing the total to 1.06 million.",
           "3g_base_stations_increase|China|2012|198000|count|exact|observed|1\n"
           "3g_base_stations|China|2011|862000|count|exact|derived|1\n"
           "3g_base_stations|China|2012|1060000|count|exact|observed|1\n",
           true);
    /* shoppers by mobile phone are a part of the shoppers, counted apart */
    expect("By the end of 2016, China had 467 million online shoppers. Mobile online shoppers reached 441 million.",
           "users|China (online shoppers)|2016|467000000|people|exact|observed|1\n"
           "users|China (mobile online shoppers)|2016|441000000|people|exact|observed|1\n",
           true);
    /* a rate "by X% to Y" too; another level before it is not its base.
     * People who pay are no payment volume. */
    expect("In 2015 online payment users hit 416 million, while mobile payment users grew by 64.5% to 358 million.",
           "users|China (online payment users)|2015|416000000|people|exact|observed|1\n"
           "users_growth|China (mobile payment users)|2015|64.5|percent|exact|observed|1\n"
           "users|China (mobile payment users)|2014|217629179|people|about|derived|1\n"
           "users|China (mobile payment users)|2015|358000000|people|exact|observed|1\n",
           true);
    /* the netizen population; licences issued in total */
    expect("China's netizen population hit 649 million at the end of 2014.",
           "netizens|China|2014|649000000|people|exact|observed|1\n", true);
    expect("By 2014, the People's Bank of China had issued 269 third-party payment licenses in total.",
           "payment_licenses_total|China|2014|269|count|exact|observed|1\n", true);
    /* "a price range of X to Y": two bounds */
    expect("In 2014, JD.com set a price range of $16 to $18 per ADS for its Nasdaq IPO.",
           "price_per_share|JD.com|2014|16|USD|at_least|observed|1\n"
           "price_per_share|JD.com|2014|18|USD|less_than|observed|1\n",
           true);
    /* an abbreviation of a common noun names nobody */
    expect("In 2014, JD.com's GMV reached 260.2 billion yuan; the number of active user accounts reached 96.6 million.",
           "ecommerce_turnover|JD.com|2014|260200000000|CNY|exact|observed|1\n"
           "active_users|JD.com|2014|96600000|people|exact|observed|1\n",
           true);
    /* MAUs and DAUs are active users; 3G penetration is not the Internet's */
    expect("In 2014, WeChat had 468 million MAUs and Weibo had 76.6 million DAUs.",
           "active_users|WeChat|2014|468000000|people|exact|observed|1\n"
           "active_users|Weibo|2014|76600000|people|exact|observed|1\n",
           true);
    expect("In 2013, the number of 3G subscribers in China reached 402 million, a penetration rate of 32.7 percent.",
           "3g_users|China|2013|402000000|people|exact|observed|1\n", true);
    /* one-letter scales after a currency; debt is no round and no revenue */
    expect("In 2013, Alibaba raised \u20ac500m in a new funding round and Meituan raised RMB200m.",
           "funding_round|Alibaba|2013|500000000|EUR|exact|observed|1\n"
           "funding_round|Meituan|2013|200000000|CNY|exact|observed|1\n",
           true);
    expect_none("In 2013, Tencent raised HK$1.2 billion in a bond sale.");
    expect_none("In 2013, the shop sold 500m of cable.");
    /* a future word with a verb of its own: a projection */
    expect_none(HDR "China Mobile said it would build more than 200,000 4G base stations by the end of 2013.");
}
END_TEST

/* What a deal is worth: its price where the sentence buys, an investment
 * where it invests, whom either is about (the name after the deal's verb);
 * a valuation with its object between; shares sold in a listing; fixed
 * broadband lines, not mobile ones. */
START_TEST(deal_values_and_lines)
{
    expect("Alibaba agreed to buy Youku Tudou in a deal valued at $4.6 billion in 2015.",
           "acquisition|Youku Tudou|2015|4600000000|USD|exact|observed|1\n", true);
    expect("In 2014 Tencent invested in JD.com in a deal worth $215 million.",
           "investment|JD.com|2014|215000000|USD|exact|observed|1\n", true);
    expect("Alibaba paid $1.1 billion for Youku Tudou's remaining shares in 2016, valuing the video site at $4.8 "
           "billion.",
           "acquisition|Youku Tudou|2016|1100000000|USD|exact|observed|1\n"
           "valuation|Youku Tudou|2016|4800000000|USD|exact|observed|1\n",
           true);
    expect("Meituan-Dianping closed a $3.3 billion round in January 2016 that valued the company at $18 billion.",
           "funding_round|Meituan-Dianping|2016-01|3300000000|USD|exact|observed|1\n"
           "valuation|Meituan-Dianping|2016-01|18000000000|USD|exact|observed|1\n",
           true);
    expect("In September 2014 Alibaba Group sold 320.1 million shares at $68 apiece in its IPO.",
           "ipo_shares_offered|Alibaba Group|2014-09|320100000|count|exact|observed|1\n"
           "price_per_share|Alibaba Group|2014-09|68|USD|exact|observed|1\n",
           true);
    /* shares sold where no listing is spoken of are no IPO's */
    expect_none("In 2013 the company sold 5 million shares to Tencent.");
    expect("The number of fixed broadband users in China exceeded 200 million by the end of 2014.", "", true);
    expect("China Telecom's broadband subscribers reached 107 million in 2014.",
           "users|China Telecom (fixed broadband subscribers)|2014|107000000|people|exact|observed|1\n", true);
    expect_none("China had 1.01 billion mobile broadband users at the end of 2016.");
}
END_TEST

/* Where a change started, stated ("up 3 percent from 631 million in
 * 2013", "rose 20 percent from 500 million in 2013 to 600 million"): the
 * earlier level is observed, not derived; "to reach" leads to the level;
 * "via" opens a cue's complement; the body a figure is reported by is no
 * topic; "the company's" stands for the paragraph's company; phone subscriptions and
 * lending platforms. */
START_TEST(origins_sources_and_subscriptions)
{
    expect("China had 649 million netizens in 2014, up 3 percent from 631 million in 2013.",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "netizens_growth|China|2014|3|percent|exact|observed|1\n"
           "netizens|China|2013|631000000|people|exact|observed|1\n",
           true);
    expect("WeChat had 697 million monthly active users in 2015, up 39 percent from 500 million in 2014.",
           "active_users|WeChat|2015|697000000|people|exact|observed|1\n"
           "active_users_growth|WeChat|2015|39|percent|exact|observed|1\n"
           "active_users|WeChat|2014|500000000|people|exact|observed|1\n",
           true);
    expect("The number of netizens rose 20 percent from 500 million in 2013 to 600 million in 2014.",
           "netizens_growth|China|2014|20|percent|exact|observed|1\n"
           "netizens|China|2013|500000000|people|exact|observed|1\n"
           "netizens|China|2014|600000000|people|exact|observed|1\n",
           true);
    expect("In 2015, mobile payment transactions via third-party platforms grew 160 percent to reach 9.31 trillion "
           "yuan.",
           "mobile_payments_growth|China|2015|160|percent|exact|observed|1\n"
           "mobile_payments|China|2014|3580769230769|CNY|about|derived|1\n"
           "mobile_payments|China|2015|9310000000000|CNY|exact|observed|1\n",
           true);
    expect("Payment institutions handled 82.1 billion online payment transactions in 2015, the Payment and Clearing "
           "Association of China said.",
           "transactions|China|2015|82100000000|count|exact|observed|1\n", true);
    expect("Tencent reported its results in 2015. The company's revenue grew 30 percent to 102.9 billion yuan.",
           "revenue_growth|Tencent|2015|30|percent|exact|observed|1\n"
           "revenue|Tencent|2014|79153846154|CNY|about|derived|1\n"
           "revenue|Tencent|2015|102900000000|CNY|exact|observed|1\n",
           true);
    expect("Mobile phone users in China reached 1.3 billion in 2015, of which 4G users accounted for 386 million.", "",
           true);
    /* (mobile phone users who access the Internet are mobile netizens) */
    expect("The number of mobile phone users who access the Internet reached 420 million in 2012.",
           "mobile_netizens|China|2012|420000000|people|exact|observed|1\n", true);
    expect("The number of P2P lending platforms reached 2,595 at the end of 2015.",
           "p2p_platforms|China|2015|2595|count|exact|observed|1\n", true);
    /* a pronoun's change leads to a level of what the figure before counts */
    expect("China had 100 million netizens in 2005, and by 2010 the number had grown to 457 million.",
           "netizens|China|2005|100000000|people|exact|observed|1\n"
           "netizens|China|2010|457000000|people|exact|observed|1\n",
           true);
    expect("In 1981, money market funds had assets of $186 billion; by 2001, this had risen to $2.3 trillion.",
           "fund_assets|money market funds|1981|186000000000|USD|exact|observed|1\n"
           "fund_assets|money market funds|2001|2300000000000|USD|exact|observed|1\n",
           true);
    /* deposits where banks are spoken of; deposits that leave are no stock */
    expect_none("Chinese savers keep half of their income in banks, and deposits totalled 100 trillion yuan in 2014.");
    expect_none("The four big state banks lost an estimated 200 billion yuan in deposits to online funds in 2014.");
    /* CNNIC's "user scale"; the payments a named company handled, a
     * bank's are none */
    expect("By the end of 2013, the user scale of online video reached 428 million.",
           "online_video_users|China|2013|428000000|people|exact|observed|1\n", true);
    expect("In 2014, Alipay handled 9.3 trillion yuan of payments, the company said.",
           "third_party_payments|Alipay|2014|9300000000000|CNY|exact|observed|1\n", true);
    expect("Tenpay processed payments worth 2 trillion yuan in 2014.",
           "third_party_payments|Tenpay|2014|2000000000000|CNY|exact|observed|1\n", true);
    expect_none("In 2014 banks processed 1,000 trillion yuan of payments.");
    /* people who used the Internet, and those of them on mobile phones */
    expect("By 2010, 457 million people used the Internet in China, and 303 million of them accessed it by mobile "
           "phone.",
           "netizens|China|2010|457000000|people|exact|observed|1\n"
           "mobile_netizens|China|2010|303000000|people|exact|observed|1\n",
           true);
    expect("Half a billion Chinese were online by the end of 2011.",
           "netizens|China|2011|500000000|people|exact|observed|1\n", true);
    expect("In 2013, 22.8 million people used Taobao.", "users|Taobao|2013|22800000|people|exact|observed|1\n", true);
    /* an apposition that opens with a possessive describes the name before */
    expect("Tencent, China's largest Internet company, reported revenue of 78.9 billion yuan in 2014.",
           "revenue|Tencent|2014|78900000000|CNY|exact|observed|1\n", true);
    expect("Ant Financial, Alibaba's payment affiliate, was valued at $45 billion in 2015.",
           "valuation|Ant Financial|2015|45000000000|USD|exact|observed|1\n", true);
    /* "a 47.5% share of China's mobile payment market": China owns the
     * market, Alipay holds the share; "users of China's WeChat" */
    expect("In 2015, Alipay held a 47.5% share of China's mobile payment market, while Tenpay held 20.6%.",
           "payment_share|Alipay|2015|47.5|percent|exact|observed|1\n"
           "payment_share|Tenpay|2015|20.6|percent|exact|observed|1\n",
           true);
    expect("In 2014, users of China's WeChat reached 500 million.",
           "users|WeChat|2014|500000000|people|exact|observed|1\n", true);
    expect_none("In 2014 Xiaomi had a 12.5% share of the smartphone market.");
    /* sales of one day are its transaction volume; a record is no word
     * between a cue and its number; "its" of a company that speaks */
    expect("SHANGHAI, Nov 12, 2015 (Reuters) - Alibaba Group Holding Ltd said sales on its platforms during "
           "Wednesday's Singles' Day shopping event hit a record 91.2 billion yuan ($14.3 billion).",
           "daily_transaction_volume|Alibaba Group|2015-11-11|91200000000|CNY|exact|observed|1\n",
           true);
    expect("In 2015, sales on Tmall hit a record 400 billion yuan.",
           "ecommerce_turnover|Tmall|2015|400000000000|CNY|exact|observed|1\n", true);
    expect("Shoppers spent 57.1 billion yuan on Alibaba's platforms in 24 hours on November 11, 2014.",
           "daily_transaction_volume|Alibaba|2014-11-11|57100000000|CNY|exact|observed|1\n", true);
    /* a change whose subject stands for the paragraph's last figure */
    expect("By the end of June 2014, China's netizens reached 632 million. The figure was up 14.42 million from the "
           "end of 2013.",
           "netizens|China|2014-06|632000000|people|exact|observed|1\n"
           "netizens_increase|China|2014-06|14420000|people|exact|observed|1\n"
           "netizens|China|2013|617580000|people|exact|derived|1\n",
           true);
    expect("Third-party payments reached 23.3 trillion yuan in 2014. That was 50.3 percent more than a year earlier.",
           "third_party_payments|China|2014|23300000000000|CNY|exact|observed|1\n"
           "third_party_payments_growth|China|2014|50.3|percent|exact|observed|1\n"
           "third_party_payments|China|2013|15502328675981|CNY|about|derived|1\n",
           true);
    /* "A year ago," opening a sentence dates it; "up from X a year ago" is
     * the base of a comparison */
    expect("In 2015, Alipay had 270 million mobile users. A year ago, Alipay had 190 million mobile users.",
           "users|Alipay|2015|270000000|people|exact|observed|1\n"
           "users|Alipay|2014|190000000|people|exact|observed|1\n",
           true);
    /* the source of a report names nothing; a relative clause describes
     * the name before it */
    expect("According to the Asset Management Association of China, the total assets of China's money market funds "
           "reached 2.14 trillion yuan at the end of 2014.",
           "fund_assets|Chinese money market funds|2014|2140000000000|CNY|exact|observed|1\n", true);
    expect("Tianhong Asset Management, which runs Yu'e Bao, became the country's largest fund manager in 2014 with "
           "587.9 billion yuan under management.",
           "fund_assets|Tianhong Asset Management|2014|587900000000|CNY|exact|observed|1\n", true);
    expect("In 2014 WeChat had a user base of 500 million.", "users|WeChat|2014|500000000|people|exact|observed|1\n",
           true);
    /* companies a group put money into; a gapped clause names its own
     * subject */
    expect("In 2014 Alibaba invested in 30 startups.", "acquisitions_count|Alibaba|2014|30|count|exact|observed|1\n",
           true);
    expect("In 2014, Alibaba became a shareholder in 30 companies, Tencent in 40 companies, and Baidu in more than 30 "
           "companies.",
           "acquisitions_count|Alibaba|2014|30|count|exact|observed|1\n"
           "acquisitions_count|Tencent|2014|40|count|exact|observed|1\n"
           "acquisitions_count|Baidu|2014|30|count|more_than|observed|1\n",
           true);
    expect_none("In 2014, 39 listed Internet companies raised money.");
    /* traps: festival names, product versions, congresses, fines, ages,
     * surveys, ranks, hotlines; a breach of nobody named */
    expect_none("In 2015, JD.com's 618 shopping festival drew millions of buyers to its site.");
    expect_none("Apple sold the iPhone 6 in China in 2014, and Microsoft launched Windows 10 there in 2015.");
    expect_none("Ma Yun, 50, became China's richest man in 2014 with a fortune of $25 billion.");
    expect_none("In a 2014 survey of 1,000 netizens, 62 percent said they used WeChat daily.");
    expect_none("Alibaba ranked No. 1 among China's top 100 Internet companies in 2014, ahead of Tencent at No. 2.");
    expect_none("China Telecom's hotline 10000 handled 300 million calls in 2013.");
    /* text from a PDF: words broken across lines by a hyphen are joined
     * where the whole is a known word ("Inter-net", "mil-lion"); others
     * are compounds ("third-party") */
    expect("By the end of December 2013, the total number of Chinese Internet users in Inter-\n"
           "net cafes and homes had reached 618 million, while the number of mobile Inter-\n"
           "net users in the country as reported by the China Internet Center was 500 mil-\n"
           "lion, and the penetration rate of the Internet in China rose to 45.8 percent.\n",
           "netizens|China|2013|618000000|people|exact|observed|2\n"
           "mobile_netizens|China|2013|500000000|people|exact|observed|3\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|4\n",
           true);
    expect("In 2013, according to figures published by the central bank in Beijing, third-\n"
           "party payment companies in the whole of the country handled 17.9 trillion yuan.\n",
           "third_party_payments|China|2013|17900000000000|CNY|exact|observed|2\n", true);
    /* a gapped clause: a name of its own, the verb and the noun left out */
    expect("In 2014, Alibaba's revenue was 52.5 billion yuan, while Tencent's was 78.9 billion yuan and Baidu's 49.1 "
           "billion yuan.",
           "revenue|Alibaba|2014|52500000000|CNY|exact|observed|1\n"
           "revenue|Tencent|2014|78900000000|CNY|exact|observed|1\n"
           "revenue|Baidu|2014|49100000000|CNY|exact|observed|1\n",
           true);
    expect("In the third quarter of 2015, Alipay had a 71.5 percent share of the mobile payment market, Tenpay 15.99 "
           "percent and Lakala 3.56 percent.",
           "payment_share|Alipay|2015-09|71.5|percent|exact|observed|1\n"
           "payment_share|Tenpay|2015-09|15.99|percent|exact|observed|1\n"
           "payment_share|Lakala|2015-09|3.56|percent|exact|observed|1\n",
           true);
    expect("In 2013 China had 600 million netizens, and India 200 million.",
           "netizens|China|2013|600000000|people|exact|observed|1\n", true);
    /* a figure compared with names its holder after it */
    expect("Tencent's WeChat Pay had 400 million users by the end of 2015, compared with 450 million for Alipay.",
           "users|WeChat Pay|2015|400000000|people|exact|observed|1\n"
           "users|Alipay|2015|450000000|people|exact|observed|1\n",
           true);
    /* a span from a dated start moves the date on; a fund's inflows are
     * no bank's deposits; a day's net subscriptions */
    expect("Yu'e Bao had 81 million users within eight months of its launch in June 2013.",
           "fund_customers|Yu'e Bao|2014-02|81000000|people|exact|observed|1\n", true);
    expect("Licaitong, Tencent's wealth management platform, attracted more than 10 billion yuan in deposits within "
           "three months of its launch in January 2014.",
           "fund_assets|Licaitong|2014-04|10000000000|CNY|more_than|observed|1\n", true);
    expect("On January 15, 2014, Yu'e Bao received net subscriptions of 25 billion yuan in a single day.",
           "fund_daily_subscriptions|Yu'e Bao|2014-01-15|25000000000|CNY|exact|observed|1\n", true);
    /* an annual rate of growth over a span, dated by its end */
    expect("Mobile payment volume grew at a compound annual rate of 120 percent between 2011 and 2015.",
           "mobile_payments_growth|China|2015|120|percent|exact|observed|1\n", true);
    /* "its" of "Sina Corp's Weibo" is Weibo's; a price set for a listing */
    expect("In 2014, Sina Corp's Weibo said its monthly active users rose 30 percent from a year earlier to 222 "
           "million.",
           "active_users_growth|Weibo|2014|30|percent|exact|observed|1\n"
           "active_users|Weibo|2013|170769231|people|about|derived|1\n"
           "active_users|Weibo|2014|222000000|people|exact|observed|1\n",
           true);
    expect("Cheetah Mobile raised $168 million in its May 2014 IPO on the New York Stock Exchange, pricing its ADS "
           "at $14.",
           "ipo_raise|Cheetah Mobile|2014-05|168000000|USD|exact|observed|1\n"
           "price_per_share|Cheetah Mobile|2014-05|14|USD|exact|observed|1\n",
           true);
    expect_none("In 2014 Xiaomi sold a phone priced at $300.");
    /* adding, expanding: increases, with the level they led to */
    expect("China added 53.58 million netizens in 2013.",
           "netizens_increase|China|2013|53580000|people|exact|observed|1\n", true);
    expect("The country's 3G user base expanded by 186 million in 2013 to 400 million.",
           "3g_users_increase|China|2013|186000000|people|exact|observed|1\n"
           "3g_users|China|2012|214000000|people|exact|derived|1\n"
           "3g_users|China|2013|400000000|people|exact|observed|1\n",
           true);
    /* "up from X" names no cue of its own, in brackets or after "as of";
     * a share that restates a figure does not stand between it and its date */
    expect("Some 5.8 million websites operated in China as of 2014 (up from 2.3 million in 2011).",
           "websites|China|2014|5800000|count|about|observed|1\n"
           "websites|China|2011|2300000|count|exact|observed|1\n",
           true);
    expect("Rural netizens numbered 178 million, or 28.2 percent of the total, at the end of June 2014.",
           "netizens|China (rural)|2014-06|178000000|people|exact|observed|1\n", true);
    /* long company names between a deal's verb and its price; a stake
     * taken for a price */
    expect("Baidu Inc agreed to buy 91 Wireless Websoft Ltd from NetDragon Websoft Inc for $1.9 billion in July 2013.",
           "acquisition|91 Wireless Websoft|2013-07|1900000000|USD|exact|observed|1\n", true);
    expect("In 2014 Tencent agreed to take a 15 percent stake in JD.com for $214.7 million in cash.",
           "acquisition_stake|JD.com|2014|15|percent|exact|observed|1\n"
           "acquisition|JD.com|2014|214700000|USD|exact|observed|1\n",
           true);
    /* a compound in lower case opening the sentence names nobody */
    expect_none("Group-buying users reached 173 million in 2014.");
    /* a figure with no date of its own, changed "over 2008", is 2009's */
    expect("Of them, 233 million accessed the Internet via mobile phones, an increase of 120 million over 2008.",
           "mobile_netizens|China|2009|233000000|people|exact|observed|1\n"
           "mobile_netizens_increase|China|2009|120000000|people|exact|observed|1\n"
           "mobile_netizens|China|2008|113000000|people|exact|derived|1\n",
           true);
    /* a cue's first word opening a sentence is no paragraph topic */
    expect("In 2009, broadband users accounted for 346 million, or 90.1 percent of the total. Broadband users grew "
           "fast.", "", true);
    /* figures after one cue and a list of names, respectively */
    expect("In 2014, the transaction volumes of Alipay, Tenpay and Lakala were 3.9 trillion yuan, 0.8 trillion yuan "
           "and 1.1 trillion yuan, respectively.",
           "third_party_payments|Alipay|2014|3900000000000|CNY|exact|observed|1\n"
           "third_party_payments|Tenpay|2014|800000000000|CNY|exact|observed|1\n"
           "third_party_payments|Lakala|2014|1100000000000|CNY|exact|observed|1\n",
           true);
    /* a brand in lower case opening a sentence; a round is no company;
     * domains beyond .com */
    expect("ofo raised $130 million in its Series C round in October 2016.",
           "funding_round|ofo|2016-10|130000000|USD|exact|observed|1\n", true);
    expect("Ele.me, the food delivery platform, received $1.25 billion from Alibaba and Ant Financial in April 2016.",
           "funding_round|Ele.me|2016-04|1250000000|USD|exact|observed|1\n", true);
    /* PC users are a part of the Internet population; a change of them is
     * theirs, no change of the whole */
    expect("By the end of 2014, PC Internet users numbered 571 million.",
           "netizens|China (PC)|2014|571000000|people|exact|observed|1\n", true);
    expect("PC Internet users decreased by 12 million in 2014.",
           "netizens_increase|China (PC)|2014|-12000000|people|exact|observed|1\n", true);
    /* the penetration of a part of the country is not the Internet's; money
     * a bank would lose is no round */
    expect_none("The penetration rates in urban and rural areas were 62.8 percent and 28.8 percent respectively at "
                "the end of 2014.");
    expect_none("If only 10 percent of China's household deposits moved to online funds in 2014, the banks would "
                "lose 2 trillion yuan of cheap funding.");
    /* what consumers spent online; not a company's spending, not another
     * country's */
    expect("In 2013, Chinese consumers spent 1.85 trillion yuan online, overtaking the US as the world's largest "
           "online retail market.",
           "ecommerce_turnover|China|2013|1850000000000|CNY|exact|observed|1\n", true);
    expect_none("In 2014 Alibaba spent 10 billion yuan on online advertising.");
    expect_none("In 2013, American consumers spent 263 billion dollars online.");
    /* small businesses a lender lent to; money put into a fund */
    expect("Ant Financial's micro-loan unit had lent 200 billion yuan to 800,000 small businesses by the end of 2014.",
           "online_loans|Ant Financial|2014|200000000000|CNY|exact|observed|1\n"
           "borrowers|Ant Financial|2014|800000|count|exact|observed|1\n",
           true);
    expect("By 2014, Yu'e Bao's 185 million customers had put 578.9 billion yuan into the fund.",
           "fund_customers|Yu'e Bao|2014|185000000|people|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2014|578900000000|CNY|exact|observed|1\n",
           true);
    /* footnote numbers glued to words */
    expect("By the end of 2013, the number of netizens2 reached 618 million1.",
           "netizens|China|2013|618000000|people|exact|observed|1\n", true);
    /* narrow columns: a line that starts in lower case, or follows a
     * broken word or a comma, goes on from the line before */
    expect("Internet development in 2013\n\nBy the end of December 2013,\nthe number of Internet users\n"
           "in China had reached 618\nmillion, and the number of\nmobile Internet users was 500\n"
           "million. The penetration rate\nreached 45.8 percent.\n",
           "netizens|China|2013|618000000|people|exact|observed|5\n"
           "mobile_netizens|China|2013|500000000|people|exact|observed|7\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|9\n",
           true);
    /* what banking institutions process is no third-party payment */
    expect("In 2013, banking institutions processed 23.67 billion online payment transactions, amounting to 1,060.78 "
           "trillion yuan.",
           "transactions|China|2013|23670000000|count|exact|observed|1\n", true);
    /* the banks' own mobile payments are no third-party ones */
    expect_none("Mobile payment transactions processed by banks totalled 108.2 trillion yuan in 2015.");
    /* a span of days too long for any calendar (found by the fuzzer: a
     * double out of an int's range) */
    free(run("In 2011 it reached 100 million users 88888888888888888888888 days later."));
    /* a pronoun resolved in the sentence before, which opens the block
     * with a bare number (found by the fuzzer: a read before the tokens) */
    char *got = run("58 was founded in 2005. It raised $10 million in 2010.");
    free(got);
}
END_TEST

START_TEST(pronoun_names_the_paragraph_before)
{
    /* a pronoun before any name of its paragraph points to the paragraph
     * before ("The company said its revenue ..."); a name in its own
     * paragraph comes first */
    expect("Tencent Holdings Ltd reported quarterly results on Wednesday.\n\n"
           "The company said its revenue rose 30 percent to 23.4 billion yuan in 2015, and its WeChat app had "
           "650 million monthly active users.",
           "revenue_growth|Tencent Holdings|2015|30|percent|exact|observed|3\n"
           "revenue|Tencent Holdings|2014|18000000000|CNY|about|derived|3\n"
           "revenue|Tencent Holdings|2015|23400000000|CNY|exact|observed|3\n"
           "active_users|WeChat|2015|650000000|people|exact|observed|3\n",
           true);
    expect("Yu'e Bao, the money market fund run by Tianhong, is the largest in China.\n\n"
           "On its peak day in 2015, the fund received net subscriptions of 21 billion yuan.",
           "fund_daily_subscriptions|Yu'e Bao|2015|21000000000|CNY|exact|observed|3\n", true);
    /* without a pronoun, a paragraph without names takes none from before
     * (a timeline's entries are about different companies) */
    expect("Dangdang raised USD 20 million in 2011.\n\n"
           "The service income of e-commerce companies reached RMB 143.2 billion in 2011.",
           "funding_round|Dangdang|2011|20000000|USD|exact|observed|1\n"
           "revenue|China|2011|143200000000|CNY|exact|observed|3\n",
           true);
}
END_TEST

START_TEST(national_counts_and_their_changes)
{
    /* a common word that opens a cue names nobody: national totals */
    expect("Fixed broadband subscribers stood at 200 million at the end of 2014, including 68.3 million FTTH users.",
           "ftth_users|China|2014|68300000|people|exact|observed|1\n",
           true);
    /* changes of any level the rules give a change for */
    expect("China had 4.23 million websites at the end of 2015, an increase of 880,000 over the previous year.",
           "websites|China|2015|4230000|count|exact|observed|1\n"
           "websites_increase|China|2015|880000|count|exact|observed|1\n"
           "websites|China|2014|3350000|count|exact|derived|1\n",
           true);
    expect("Online game players totaled 391 million at the end of 2015, up 25.62 million year on year.",
           "game_players|China|2015|391000000|people|exact|observed|1\n"
           "game_players_increase|China|2015|25620000|people|exact|observed|1\n",
           false);
    expect("In 2015 the international outlet bandwidth was 5,392,116 Mbps, with a year-on-year growth rate of 30.9%.",
           "international_bandwidth|China|2015|5392116|Mbps|exact|observed|1\n"
           "international_bandwidth_growth|China|2015|30.9|percent|exact|observed|1\n",
           false);
    /* a cue's complement may be long: "during the 24-hour ... festival" */
    expect("Alibaba said on Thursday, November 12, 2015, that gross merchandise volume on its platforms during "
           "the 24-hour Singles Day shopping festival hit 91.2 billion yuan.",
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|1\n", true);
}
END_TEST

START_TEST(deals_again_and_appositions)
{
    /* the maker of a deal buys again, naming nothing: more of the same */
    expect("In 2016 Alibaba Group Holding Ltd will pay $1 billion for a controlling stake in Lazada Group. "
           "Alibaba will buy new shares worth $500 million.",
           "acquisition|Lazada Group|2016|1000000000|USD|exact|observed|1\n"
           "acquisition|Lazada Group|2016|500000000|USD|exact|observed|1\n",
           true);
    /* ... but another buyer's deal is its own */
    expect("In 2016 Alibaba paid $1 billion for a stake in Lazada Group. Tencent paid $2 billion for "
           "a stake in Supercell.",
           "acquisition|Lazada Group|2016|1000000000|USD|exact|observed|1\n"
           "acquisition|Supercell|2016|2000000000|USD|exact|observed|1\n",
           false);
    /* a nationality is no name: "the Finnish game maker" */
    expect("In 2016 Tencent agreed to buy 84.3 percent of Supercell for $8.6 billion, valuing the Finnish game "
           "maker at $10.2 billion.",
           "valuation|Supercell|2016|10200000000|USD|exact|observed|1\n", false);
    /* a participle's apposition stands aside: "Lufax, backed by Ping An" */
    expect("Lufax, backed by Ping An Insurance, had 19.8 million registered users in 2015.",
           "registered_users|Lufax|2015|19800000|people|exact|observed|1\n", true);
    /* a wire story's slug names nobody; a company's own loan is neither
     * online lending nor a listing's money nor a round */
    expect("UPDATE 2-JD.com prices U.S. IPO at top of range, raises $1.78 bln in 2014",
           "ipo_raise|JD.com|2014|1780000000|USD|exact|observed|1\n", false);
    expect("EXCLUSIVE-Meituan raises $4.2 billion in Hong Kong IPO in 2018",
           "ipo_raise|Meituan|2018|4200000000|USD|exact|observed|1\n", false);
    expect("EXCLUSIVE-Alibaba raises $8 billion loan for IPO in 2014", "", false);
    /* a former name in apposition stands aside too */
    expect("JD.com, formerly known as 360buy, had 47.4 million active customer accounts in 2013.",
           "active_users|JD.com|2013|47400000|people|exact|observed|1\n", true);
    expect("Meituan, formerly Sanquan, had 200 million active users in 2015.",
           "active_users|Meituan|2015|200000000|people|exact|observed|1\n", true);
    /* a member of a "same" group may be a phrase: "initial public offering"
     * reads as "IPO", "American depositary share" as "ADS" */
    expect("In May 2014 JD.com priced its initial public offering at $19 per American depositary share.",
           "price_per_share|JD.com|2014-05|19|USD|exact|observed|1\n", true);
    /* the value of transactions is no company's worth */
    expect("In 2016 non-bank payment institutions processed 39.4 billion online payment transactions with a "
           "value of 24.1 trillion yuan.",
           "transactions|China|2016|39400000000|count|exact|observed|1\n"
           "third_party_payments|China|2016|24100000000000|CNY|exact|observed|1\n",
           true);
    /* interchangeable words combine in a cue: "accessing ... through" */
    expect("In 2012 users accessing the Internet through mobile phones reached 420 million.",
           "mobile_netizens|China|2012|420000000|people|exact|observed|1\n", true);
    /* an apposition with a date inside; a dateline's place is no topic;
     * "Assets of" opens a cue */
    expect("SHANGHAI, 2014 -- Yu'e Bao, the online money market fund launched by Alibaba's Alipay in June "
           "2013, now manages more than 500 billion yuan.\n\nThe fund has attracted more than 81 million "
           "investors.\n\nAssets of China's money market funds rose to 1.2 trillion yuan in 2014.",
           "fund_assets|Yu'e Bao|2014|500000000000|CNY|more_than|observed|1\n"
           "fund_customers|Yu'e Bao|2014|81000000|people|more_than|observed|3\n"
           "fund_assets|money market funds|2014|1200000000000|CNY|exact|observed|5\n",
           true);
    /* the FT's "81m users" (not "a 100m sprint"); a place after "In the"
     * is only a setting; "peaked at" links */
    expect("In 2014 Yu'e Bao had 81m users and Rmb541bn in assets. He won the 100m sprint in 2014.",
           "fund_customers|Yu'e Bao|2014|81000000|people|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2014|541000000000|CNY|exact|observed|1\n",
           true);
    expect("In the US, money market fund assets peaked at $3.8tn in 2008.",
           "fund_assets|US money market funds|2008|3800000000000|USD|exact|observed|1\n", true);
    expect("In 2015 the number of Chinese who shop online hit 413 million.",
           "users|China (online shoppers)|2015|413000000|people|exact|observed|1\n", true);
    expect("In 2015 the size of the mobile netizen population climbed to 620 million.",
           "mobile_netizens|China|2015|620000000|people|exact|observed|1\n", true);
}
END_TEST

START_TEST(tables_of_years)
{
    /* a header that names its columns with cues, their scale in brackets,
     * then rows that start with a year: one fact per figure */
    expect("Table 1: Netizens in China\n\nYear    Netizens (10,000)    Penetration rate\n"
           "2012    56,400    42.1%\n2013    61,758    45.8%\n\nSource: CNNIC",
           "netizens|China|2012|564000000|people|exact|observed|4\n"
           "internet_penetration|China|2012|42.1|percent|exact|observed|4\n"
           "netizens|China|2013|617580000|people|exact|observed|5\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|5\n",
           true);
    /* money with its currency and scale in the header; a title line right
     * above the header */
    expect("Third-party payments, 2011-2013\nYear\tOnline payment (100 million yuan)\n2011\t21,610\n2012\t36,589\n"
           "2013\t53,730",
           "third_party_payments|China|2011|2161000000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2012|3658900000000|CNY|exact|observed|4\n"
           "third_party_payments|China|2013|5373000000000|CNY|exact|observed|5\n",
           true);
    /* a table whose columns are years: each row's label names what it
     * counts; a row of other figures (a rank) or a row with a figure too
     * few is none of it */
    expect("Year                  2011      2012      2013\n"
           "Netizens (10,000)     51,310    56,400    61,758\n"
           "Penetration rate      38.3%     42.1%     45.8%\n"
           "Rank                  1         1         1\n"
           "Websites (10,000)     230       268",
           "netizens|China|2011|513100000|people|exact|observed|2\n"
           "netizens|China|2012|564000000|people|exact|observed|2\n"
           "netizens|China|2013|617580000|people|exact|observed|2\n"
           "internet_penetration|China|2011|38.3|percent|exact|observed|3\n"
           "internet_penetration|China|2012|42.1|percent|exact|observed|3\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|3\n",
           true);
    /* a list of labels and figures: each item its own sentence, the line
     * that heads the list dating them; a signed figure in brackets is a
     * change */
    expect("Highlights (2014):\n- Netizens: 649 million (+31.17 million)\n- Mobile netizens: 557 million\n"
           "* Websites: 3.35 million\n1. Online payment volume: RMB 8.08 trillion\n2) Penetration: 47.9% (-0.5%)",
           "netizens|China|2014|649000000|people|exact|observed|2\n"
           "netizens_increase|China|2014|31170000|people|exact|observed|2\n"
           "netizens|China|2013|617830000|people|exact|derived|2\n"
           "mobile_netizens|China|2014|557000000|people|exact|observed|3\n"
           "websites|China|2014|3350000|count|exact|observed|4\n"
           "third_party_payments|China|2014|8080000000000|CNY|exact|observed|5\n"
           "internet_penetration|China|2014|47.9|percent|exact|observed|6\n",
           true);
    /* a colon that is no label's: no link */
    expect_none("In 2014 there was one thing to note about netizens: 649 million is a lot.");
    /* a row's label that names more than one thing names none (found by
     * the fuzzer: a write past one column) */
    expect_none("Year  2012  2013\nNetizens websites domain names IPv4 addresses bandwidth  56,400  61,758");
    /* a header's units in Chinese: 万 (ten thousand), 亿元 (hundred million yuan) */
    expect("Year  Netizens (\xE4\xB8\x87)  Online payment (\xE4\xBA\xBF\xE5\x85\x83)\n2012  56,400  36,589\n"
           "2013  61,758  53,730",
           "netizens|China|2012|564000000|people|exact|observed|2\n"
           "third_party_payments|China|2012|3658900000000|CNY|exact|observed|2\n"
           "netizens|China|2013|617580000|people|exact|observed|3\n"
           "third_party_payments|China|2013|5373000000000|CNY|exact|observed|3\n",
           true);
    /* a column of growth or increase after a column is that column's
     * change */
    expect("Year    Mobile payments (trillion yuan)    Growth rate (%)\n2013    1.22    707.0\n2014    5.99    391.3",
           "mobile_payments|China|2013|1220000000000|CNY|exact|observed|2\n"
           "mobile_payments_growth|China|2013|707|percent|exact|observed|2\n"
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|3\n"
           "mobile_payments_growth|China|2014|391.3|percent|exact|observed|3\n",
           true);
    expect("Year  Netizens (10,000)  Increase (10,000)\n2012  56,400  5,090\n2013  61,758  5,358",
           "netizens|China|2012|564000000|people|exact|observed|2\n"
           "netizens_increase|China|2012|50900000|people|exact|observed|2\n"
           "netizens|China|2013|617580000|people|exact|observed|3\n"
           "netizens_increase|China|2013|53580000|people|exact|observed|3\n",
           true);
    /* a figure's caption names the quantity, a line its unit; rows of a
     * year and month; the first figure of the quantity's kind is its (the
     * share after it is of something else) */
    expect("Figure 3: Scale of mobile netizens and its proportion in all netizens\nUnit: 10,000 persons\n"
           "2013.12   50006   81.0%\n2014.6   52706   83.4%\n2014.12   55678   85.8%",
           "mobile_netizens|China|2013|500060000|people|exact|observed|3\n"
           "mobile_netizens|China|2014-06|527060000|people|exact|observed|4\n"
           "mobile_netizens|China|2014|556780000|people|exact|observed|5\n",
           true);
    expect("Chart 2: Online payment\nUnit: 100 million yuan\n2012   36,589\n2013   53,730",
           "third_party_payments|China|2012|3658900000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2013|5373000000000|CNY|exact|observed|4\n",
           true);
    /* a caption without rows of periods under it is no table */
    expect_none("Figure 3: Scale of mobile netizens\nUnit: 10,000 persons\nSee the appendix.");
    /* a column nobody names counts nothing, where the header's fields
     * stand one over each column; with fewer fields than figures, no
     * table */
    expect("Year  Netizens (10,000)  Rank\n2012  56,400  3\n2013  61,758  2",
           "netizens|China|2012|564000000|people|exact|observed|2\n"
           "netizens|China|2013|617580000|people|exact|observed|3\n",
           true);
    expect_none("Year  Netizens (10,000)\n2012  56,400  3\n2013  61,758  2");
    /* one row is no table; rows without a header are none */
    expect_none("Year  Netizens (10,000)\n2012  56,400");
    expect_none("Netizens and their penetration are shown below.\n\n2012  56,400  42.1%\n2013  61,758  45.8%");
    /* a figure of the wrong kind for its column is left out */
    expect("Year  Netizens (10,000)  Penetration\n2012  56,400  4,200\n2013  61,758  4,600",
           "netizens|China|2012|564000000|people|exact|observed|2\n"
           "netizens|China|2013|617580000|people|exact|observed|3\n",
           true);
}
END_TEST

START_TEST(operators_and_sources)
{
    /* an operator's own subscribers are its, the country's have no name;
     * a cue's acronym ("3G", "4G") names nobody */
    expect("China Telecom added 32.2 million mobile subscribers in 2013, bringing its total to 185.6 million, of "
           "which 3G subscribers numbered 103.5 million.\n\n"
           "Its wireline broadband subscribers reached 100.1 million in 2013.\n\n"
           "China Unicom had 121.6 million 3G customers at the end of 2013.\n\n"
           "Among all users, 3G users totaled 485 million in 2014, while 4G users reached 97.28 million.",
           "users_increase|China Telecom (mobile phone subscribers)|2013|32200000|people|exact|observed|1\n"
           "users|China Telecom (mobile phone subscribers)|2012|153400000|people|exact|derived|1\n"
           "users|China Telecom (mobile phone subscribers)|2013|185600000|people|exact|observed|1\n"
           "3g_users|China Telecom|2013|103500000|people|exact|observed|1\n"
           "users|China Telecom (fixed broadband subscribers)|2013|100100000|people|exact|observed|3\n"
           "3g_users|China Unicom|2013|121600000|people|exact|observed|5\n"
           "3g_users|China|2014|485000000|people|exact|observed|7\n",
           true);
    /* shares of the market, where the paragraph speaks of payments, and
     * the names that follow with theirs */
    expect("In 2014 the transaction volume of China's third-party online payment market reached 2.8 trillion yuan. "
           "Alipay held 49.6 percent of the market, followed by Tenpay with 19.4 percent and UnionPay with 11.4 "
           "percent.",
           "third_party_payments|China|2014|2800000000000|CNY|exact|observed|1\n"
           "payment_share|Alipay|2014|49.6|percent|exact|observed|1\n"
           "payment_share|Tenpay|2014|19.4|percent|exact|observed|1\n"
           "payment_share|UnionPay|2014|11.4|percent|exact|observed|1\n",
           true);
    expect_none("In 2014 Baidu held 72 percent of the market for search.");
    /* another country's Internet users are no one's users; rural users
     * are a part of the country's */
    expect_none("By comparison, the US had 277 million Internet users in 2014.");
    expect("China's Internet population reached 649 million in 2014. Rural users numbered 178 million in 2014.",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "netizens|China (rural)|2014|178000000|people|exact|observed|1\n",
           true);
    /* a kind of fund names what no name does; the object of a participle
     * is not the subject; flows are no assets */
    expect("As of the end of June 2014, there were 95 fund management companies in China managing 1,944 public "
           "funds with total net assets of 3.77 trillion yuan. Of these, money market funds had net assets of 1.53 "
           "trillion yuan.\n\nThe number of money market fund accounts rose to 210 million in 2014. Tianhong Asset "
           "Management became the largest fund company, overtaking China Asset Management, with 590 billion yuan "
           "under management.\n\nNet subscriptions to money market funds totalled 618 billion yuan in 2014.",
           "fund_assets|public funds|2014-06|3770000000000|CNY|exact|observed|1\n"
           "fund_assets|Chinese money market funds|2014-06|1530000000000|CNY|exact|observed|1\n"
           "fund_customers|money market funds|2014|210000000|people|exact|observed|3\n"
           "fund_assets|Tianhong Asset Management|2014|590000000000|CNY|exact|observed|3\n",
           true);
    /* a list of figures compared with; Double 11 of a year; a span of days
     * is its month, a span of months its year */
    expect("Alibaba's gross merchandise volume on Singles' Day 2016 reached 120.7 billion yuan, compared with 91.2 "
           "billion yuan in 2015 and 57.1 billion yuan in 2014.",
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2014-11-11|57100000000|CNY|exact|observed|1\n",
           true);
    expect("On Double 11 in 2013, Tmall racked up 35.02 billion yuan of sales.",
           "daily_transaction_volume|Tmall|2013-11-11|35020000000|CNY|exact|observed|1\n", true);
    expect("JD.com's GMV in the period from Nov 1 to Nov 11, 2016 was 130 billion yuan. Its GMV from Oct 20 to "
           "Nov 11, 2015 was 90 billion yuan.",
           "ecommerce_turnover|JD.com|2016-11|130000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD.com|2015|90000000000|CNY|exact|observed|1\n",
           true);
    /* a change restated as a rate is the level's growth (one start
     * derived, from the amount); "the number" after an opening phrase
     * stands for the figure before */
    expect("In 2013 the number of websites was 3.2 million, an increase of 500,000, or 19.4 percent, over 2012.",
           "websites|China|2013|3200000|count|exact|observed|1\n"
           "websites_increase|China|2013|500000|count|exact|observed|1\n"
           "websites|China|2012|2700000|count|exact|derived|1\n"
           "websites_growth|China|2013|19.4|percent|exact|observed|1\n",
           true);
    expect("By June 2014, online shoppers had reached 332 million. Compared with the end of 2013, the number "
           "increased by 30.2 million, or 10.0%.",
           "users|China (online shoppers)|2014-06|332000000|people|exact|observed|1\n"
           "users_increase|China (online shoppers)|2014-06|30200000|people|exact|observed|1\n"
           "users|China (online shoppers)|2013|301800000|people|exact|derived|1\n"
           "users_growth|China (online shoppers)|2014-06|10|percent|exact|observed|1\n",
           true);
    /* a dateline's city and the agency in brackets are no topic: "the
     * company" is the one the paragraph before named */
    expect("NEW YORK, Sept. 19, 2014 (Reuters) - Alibaba Group Holding Ltd raised $21.8 billion in its initial "
           "public offering.\n\nThe shares jumped 38 percent, giving the company a market value of $231 billion.",
           "ipo_raise|Alibaba Group|2014-09-19|21800000000|USD|exact|observed|1\n"
           "valuation|Alibaba Group|2014-09-19|231000000000|USD|exact|observed|3\n",
           true);
    /* the growth of a named product's users, revenue, transactions; a
     * change of a level nobody is named for is nobody's; with
     * "respectively", a change of a level no rule takes is dropped */
    expect("Tencent's revenue grew 30 percent to 102.9 billion yuan in 2015.",
           "revenue_growth|Tencent|2015|30|percent|exact|observed|1\n"
           "revenue|Tencent|2014|79153846154|CNY|about|derived|1\n"
           "revenue|Tencent|2015|102900000000|CNY|exact|observed|1\n",
           true);
    expect_none("In 2015 the number of online travel booking users hit 260 million, a year-on-year growth of 14.9%.");
    expect("In 2013, banking institutions processed 23.67 billion online payment transactions, amounting to "
           "1,060.78 trillion yuan, up 23.06% and 29.72% respectively.",
           "transactions|China|2013|23670000000|count|exact|observed|1\n"
           "transactions_growth|China|2013|23.06|percent|exact|observed|1\n"
           "transactions|China|2012|19234519746|count|about|derived|1\n",
           true);
    /* a projection of a kind of fund, its bounds in one currency; who
     * estimates it ("Analysts") is nobody's name */
    expect("Analysts estimate that Internet money market funds could grow to between 3 trillion and 5 trillion "
           "yuan within five years.",
           "fund_assets_projection|money market funds||3000000000000|CNY|at_least|observed|1\n"
           "fund_assets_projection|money market funds||5000000000000|CNY|less_than|observed|1\n",
           true);
    /* a body that reports figures is not what they are about; an opening
     * adverb names nobody; a change that names its level ("new
     * netizens") is that level's, whatever level stands nearer */
    expect("Earlier this month, the Ministry of Industry and Information Technology said the number of 4G users "
           "in 2016 had exceeded 386 million.", "", true);
    expect("In 2016 the Ministry of Industry and Information Technology said 4G users had exceeded 386 million.", "", true);
    expect("In 2015 the number of mobile Internet users rose to 620 million, and 39.51 million new netizens went "
           "online.",
           "mobile_netizens|China|2015|620000000|people|exact|observed|1\n"
           "netizens_increase|China|2015|39510000|people|exact|observed|1\n",
           true);
    /* a short title that ends with its date dates the block under it; a
     * byline's date of writing does not */
    expect("Key figures, end of 2013\n\n- Netizens: 618 million\n- Websites: 3.2 million\n\nIn 2014 Alibaba raised "
           "$25 billion.",
           "netizens|China|2013|618000000|people|exact|observed|3\n"
           "websites|China|2013|3200000|count|exact|observed|4\n"
           "funding_round|Alibaba|2014|25000000000|USD|exact|observed|6\n",
           true);
    expect("By Jane Doe, 12 March 2015\n\nAlipay had 300 million users.",
           "users|Alipay|2015|300000000|people|exact|observed|3\n", true);
    /* a clause with a verb of having and its own name counts what the
     * figure before counts, a name's translation in brackets aside */
    expect("Alipay (\xE6\x94\xAF\xE4\xBB\x98\xE5\xAE\x9D) had 300 million users in 2014, while WeChat Pay "
           "(\xE5\xBE\xAE\xE4\xBF\xA1\xE6\x94\xAF\xE4\xBB\x98) claimed 200 million.",
           "users|Alipay|2014|300000000|people|exact|observed|1\n"
           "users|WeChat Pay|2014|200000000|people|exact|observed|1\n",
           true);
    /* the holder the figure before in the sentence named; a change of a
     * level no rule takes is nobody's, not the nearest taken level's */
    expect("In 2012 the number of users of Yu'e Bao exceeded 43 million, and the scale of funds reached 185.3 "
           "billion yuan.",
           "fund_customers|Yu'e Bao|2012|43000000|people|more_than|observed|1\n"
           "fund_assets|Yu'e Bao|2012|185300000000|CNY|exact|observed|1\n",
           true);
    expect("In 2012 the number of online game users reached 336 million, and the market scale of online games "
           "reached 60.2 billion yuan, an increase of 35.1% year on year.",
           "game_players|China|2012|336000000|people|exact|observed|1\n", true);
    /* what the shares bought total is the price; an offering's total is
     * not, nor a total a deal would lift */
    expect("In 2011 Expedia purchased Renren's stake in eLong, whose shares, at USD 23 each, total USD 72.4 "
           "million.",
           "price_per_share|eLong|2011|23|USD|exact|observed|1\n"
           "acquisition|eLong|2011|72400000|USD|exact|observed|1\n",
           true);
    expect_absent("In 2011 NQ Mobile issued 7.75 million shares at a price of USD 11.50, raising a total of USD 89.12 "
                  "million.", "acquisition|");
    /* a sentence that says only who had how many counts what the
     * paragraph's last figure counted, for its own subject */
    expect("In 2014 WeChat had 438m monthly active users. Sina Weibo, a Twitter-like service, had 144m.",
           "active_users|WeChat|2014|438000000|people|exact|observed|1\n"
           "active_users|Sina Weibo|2014|144000000|people|exact|observed|1\n",
           true);
    expect_none("Sina Weibo, a Twitter-like service, had 144m.");
    /* an industry's turnover where the paragraph speaks of P2P lending is
     * its loans; platforms added */
    expect("By the end of 2015, the number of operating P2P lending platforms reached 2,595, an increase of 1,020 "
           "over the end of 2014. The industry's turnover for the year was 982.3 billion yuan.",
           "p2p_platforms|China|2015|2595|count|exact|observed|1\n"
           "p2p_platforms_increase|China|2015|1020|count|exact|observed|1\n"
           "p2p_platforms|China|2014|1575|count|exact|derived|1\n"
           "online_loans|China|2015|982300000000|CNY|exact|observed|1\n",
           true);
    /* "the fund's size": the cue's own pronoun; of "Tianhong's Yu'e Bao"
     * the topic is what is owned */
    expect("Tianhong's Yu'e Bao: size and returns\n\nAt the end of 2014, the fund's size stood at 541.3 billion "
           "yuan.",
           "fund_assets|Yu'e Bao|2014|541300000000|CNY|exact|observed|3\n", true);
    /* a cue's complement may open with a participle: "GMV transacted on
     * Alibaba's China retail marketplaces was" */
    expect("In 2014, GMV transacted on Alibaba's China retail marketplaces was RMB2,444 billion.",
           "ecommerce_turnover|Alibaba|2014|2444000000000|CNY|exact|observed|1\n", true);
    /* money injected into a company; a round led "in" a company is that
     * company's; money put into a country is no deal */
    expect("Tencent injected $215 million into JD.com in 2014.",
           "investment|JD.com|2014|215000000|USD|exact|observed|1\n", true);
    expect("In March 2015 Alibaba led a $250 million round in Snapchat.",
           "funding_round|Snapchat|2015-03|250000000|USD|exact|observed|1\n", true);
    /* the name a possessor's rival or unit goes by, set off by commas
     * or not, is who raised; not a place after a preposition */
    expect("In June 2017 Ofo's biggest rival, Mobike, raised $600m in a round led by internet group Tencent.",
           "funding_round|Mobike|2017-06|600000000|USD|exact|observed|1\n", true);
    expect("Ofo raised $450m in March 2017. In June 2017 its rival Mobike raised $600m.",
           "funding_round|Ofo|2017-03|450000000|USD|exact|observed|1\n"
           "funding_round|Mobike|2017-06|600000000|USD|exact|observed|1\n",
           true);
    /* (past the round's words and the kind of company it went to) */
    expect("In July 2017 Alibaba co-led a $700m series E round for China-based bicycle sharing service Ofo.",
           "funding_round|Ofo|2017-07|700000000|USD|exact|observed|1\n", true);
    expect("In 2017 Alibaba led a $700 million funding round in bike-sharing startup Ofo.",
           "funding_round|Ofo|2017|700000000|USD|exact|observed|1\n", true);
    expect("In 2011 Sequoia Capital led the $50 million Series C round of Douban.",
           "funding_round|Douban|2011|50000000|USD|exact|observed|1\n", true);
    /* an investment an investor led is a round, the company's it went to */
    expect("In September 2017 Qiming Ventures led a $30 million first round investment in Abcfintech, a Beijing-based "
           "startup.",
           "funding_round|Abcfintech|2017-09|30000000|USD|exact|observed|1\n", true);
    expect("In 2017 Toutiao was leading a $25 million investment in Indian news aggregating app Dailyhunt.",
           "funding_round|Dailyhunt|2017|25000000|USD|exact|observed|1\n", true);
    expect("In August 2017 Tencent and Amazon backed a $300 million funding of Smartphone startup Essential.",
           "funding_round|Essential|2017-08|300000000|USD|exact|observed|1\n", true);
    /* (one it did not lead is an investment) */
    expect("In 2017 Tencent made a $24 million investment in Shuidi.",
           "investment|Shuidi|2017|24000000|USD|exact|observed|1\n", true);
    /* (not a place's name) */
    expect("In 2017 Alibaba led a $700 million funding round for expansion in Europe.",
           "funding_round|Alibaba|2017|700000000|USD|exact|observed|1\n", true);
    expect_none("In 2015 Foxconn and SoftBank said they would jointly invest $20 billion in solar projects in India.");
    /* "X said it had": the speaker is "it"; an opinion's "it" is not the
     * one who holds it */
    expect("WeChat Pay users exceeded 400 million by the end of 2015. Alipay said it had 450 million active users.",
           "users|WeChat Pay|2015|400000000|people|more_than|observed|1\n"
           "active_users|Alipay|2015|450000000|people|exact|observed|1\n",
           true);
    /* a fall over a span before its level; a clause that reaches a level
     * of its own, its owner before its name */
    expect("In 2014 Yu'e Bao's assets fell 7 per cent in the quarter to Rmb578bn, while Tencent's Licaitong grew to "
           "Rmb100bn.",
           "fund_assets_growth|Yu'e Bao|2014|-7|percent|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2014|578000000000|CNY|exact|observed|1\n"
           "fund_assets|Licaitong|2014|100000000000|CNY|exact|observed|1\n",
           true);
    /* guests whose data leaked; an adjective opening the sentence names nobody */
    expect("SHANGHAI, Oct. 14, 2013 -- Personal data of some 20 million guests of hotel chains has been leaked "
           "online, researchers said.",
           "leaked_accounts|China|2013-10-14|20000000|people|about|observed|1\n", true);
    /* an operator's own access points; accounts that government opened */
    expect("In 2013 China Telecom built 1.2 million Wi-Fi hotspots, while China Mobile operates 4.2 million WLAN "
           "access points.",
           "wireless_access_points|China Telecom|2013|1200000|count|exact|observed|1\n"
           "wireless_access_points|China Mobile|2013|4200000|count|exact|observed|1\n",
           true);
    expect("By the end of 2013, government agencies had opened 258,737 microblog accounts on Sina Weibo.",
           "government_microblog_accounts|China|2013|258737|count|exact|observed|1\n", true);
    /* an operator's own base stations; stations built are an increase, of
     * the kind its longest cue names */
    expect("In 2014 China Mobile added 700,000 4G base stations, bringing the total to 720,000.",
           "4g_base_stations_increase|China Mobile|2014|700000|count|exact|observed|1\n"
           "4g_base_stations|China Mobile|2013|20000|count|exact|derived|1\n"
           "4g_base_stations|China Mobile|2014|720000|count|exact|observed|1\n",
           true);
    expect("In 2013 the number of 3G base stations increased by 200,000 to 1.05 million.",
           "3g_base_stations_increase|China|2013|200000|count|exact|observed|1\n"
           "3g_base_stations|China|2012|850000|count|exact|derived|1\n"
           "3g_base_stations|China|2013|1050000|count|exact|observed|1\n",
           true);
    /* a maker's own shipments */
    expect("Xiaomi shipped 70.8 million smartphones in 2015.",
           "mobile_phone_shipments|Xiaomi|2015|70800000|count|exact|observed|1\n", true);
    /* a ticker in brackets stands for the name before it */
    expect("Tencent Holdings Ltd. (0700.HK) reported total revenues of RMB26.59 billion for 2015.",
           "revenue|Tencent Holdings|2015|26590000000|CNY|exact|observed|1\n", true);
    expect("JD.com (NASDAQ: JD) had 155 million active customer accounts in 2015.",
           "active_users|JD.com|2015|155000000|people|exact|observed|1\n", false);
    /* the source of the data, its abbreviation in brackets, is not whom
     * the figure is about */
    expect("According to data from the Ministry of Industry and Information Technology (MIIT), by the end of "
           "2011, there were 128 million 3G users in China.",
           "3g_users|China|2011|128000000|people|exact|observed|1\n", true);
}
END_TEST

START_TEST(dateline_dates_the_item)
{
    /* a news item's dateline, with its day, is the time of writing: "last
     * year" and undated figures are of its year, however often the text
     * names another */
    expect("Weibo files for IPO\n\nMarch 14, 2014 - Weibo had 129.1 million daily active users in December 2013 "
           "and 61.4 million in November 2013. Last year Alibaba bought an 18 percent stake in Weibo for $586 "
           "million.\n\nThe company plans to offer 20 million American depositary shares.",
           "active_users|Weibo|2013-12|129100000|people|exact|observed|3\n"
           "active_users|Weibo|2013-11|61400000|people|exact|observed|3\n"
           "acquisition_stake|Weibo|2013|18|percent|exact|observed|3\n"
           "acquisition|Weibo|2013|586000000|USD|exact|observed|3\n"
           "ipo_shares_offered|Weibo|2014-03-14|20000000|count|exact|observed|5\n",
           true);
    expect("HANGZHOU, Nov. 12, 2015 (Xinhua) -- Alipay processed 710 million transactions in 2014 and 2014.\n\n"
           "JD.com received 32 million orders.",
           "transactions|Alipay|2014|710000000|count|exact|observed|1\n"
           "transactions|JD.com|2015|32000000|count|exact|observed|3\n",
           false);
    /* a dateline of month and year, its dash after it */
    expect("SHANGHAI, April 2014 -- Yu'e Bao, launched in June 2013, now manages 500 billion yuan. Its assets "
           "were 185.3 billion yuan at the end of 2013.",
           "fund_assets|Yu'e Bao|2014|500000000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|1\n",
           true);
    /* a dateline cut short at the end of its line (found by the fuzzer:
     * a read past the line) */
    expect_none("BEIJING, Nov. 12,");
    expect_none("March 14, ");
    /* a report's month of release is no dateline: it speaks of the year
     * before */
    expect("Statistical Report\n\nBeijing, January 2016\n\nAt the end of 2015 China had 688 million netizens. "
           "In December 2015, 620 million of them went online by mobile phone.\n\nWebsites numbered 4.23 million.",
           "netizens|China|2015|688000000|people|exact|observed|5\n"
           "mobile_netizens|China|2015|620000000|people|exact|observed|5\n"
           "websites|China|2015|4230000|count|exact|observed|7\n",
           true);
    /* a report's reference date with its month ("Up to Dec. 31, 2006")
     * dates its undated figures, not its cover's year; a year alone does
     * not weigh so ("at the end of 2013": news speaks so too) */
    expect("Statistical Survey Report\n(January 2007)\n\nUp to Dec. 31, 2006, the number of Internet users in "
           "China had reached 137 million.\n\nThe number of websites in China is about 843,000.",
           "netizens|China|2006-12-31|137000000|people|exact|observed|4\n"
           "websites|China|2006|843000|count|about|observed|6\n",
           true);
    expect("Report\n(January 2014)\n\nAt the end of 2013, mobile netizens numbered 500 million.\n\n"
           "Yu'e Bao has 49 million customers.",
           "mobile_netizens|China|2013|500000000|people|exact|observed|4\n"
           "fund_customers|Yu'e Bao|2014|49000000|people|exact|observed|6\n",
           true);
}
END_TEST

/* ---- chunks and threads -------------------------------------------------------- */

/* A paragraph of n bytes without figures: a full line ending in '.'. */
static void filler(struct buf *b, size_t n)
{
    static const char words[] = "the market grew quickly and users moved to mobile devices ";
    size_t k = 0;
    while (k + 1 < n) {
        buf_addc(b, words[k % (sizeof words - 1)]);
        k++;
    }
    buf_adds(b, ".\n\n");
}

static char *run_jobs(const char *text, size_t len, int jobs)
{
    struct buf b;
    buf_init(&b);
    buf_adds(&b, "");
    struct cns_err e;
    cns_err_init(&e);
    struct extractor *x = extractor_new(R, jobs, collect, &b, &e);
    ck_assert_int_eq(extractor_text(x, "t.txt", text, len), CNS_OK);
    ck_assert_int_eq(extractor_text(x, "u.txt", text, len), CNS_OK);
    ck_assert_int_eq(extractor_finish(x), CNS_OK);
    extractor_free(x);
    return b.p;
}

START_TEST(chunks_keep_headings_and_order)
{
    /* The blocks' text is packed into chunks of EXTRACT_CHUNK_BYTES; a
     * heading that ends a chunk still dates the entry that opens the next
     * one, and a heading two blocks back does not. */
    const char *hdr = "Current Position: History>>2011"; /* the first block */
    const char *head = "April 12";
    struct buf t;
    buf_init(&t);
    buf_adds(&t, hdr);
    buf_adds(&t, "\n\n");
    filler(&t, EXTRACT_CHUNK_BYTES - strlen(hdr) - 3); /* the heading crosses the size */
    buf_adds(&t, head);
    buf_adds(&t, "\n\nLashou raised USD 111 million.\n\n");
    filler(&t, EXTRACT_CHUNK_BYTES - strlen("Lashou raised USD 111 million.") - strlen(head) - 10);
    buf_adds(&t, head); /* the next chunk opens with the block after the heading */
    buf_adds(&t, "\n\nToday is the day.\n\nMeituan raised USD 50 million.\n\n");
    for (int i = 0; i < 40; i++) { /* many chunks, for the threads */
        filler(&t, 5000 + 997 * (size_t)i);
        buf_printf(&t, "May %d\n\nTuniu raised USD %d million.\n\n", 1 + i % 28, 10 + i);
    }
    char *one = run_jobs(t.p, t.len, 1);
    ck_assert_msg(strstr(one, "funding_round|Lashou|2011-04-12|111000000|USD|exact|observed|7\n"), "%.3000s", one);
    ck_assert_msg(strstr(one, "funding_round|Meituan|2011|50000000|USD|exact|observed|15\n"), "%.3000s", one);
    ck_assert_msg(strstr(one, "funding_round|Tuniu|2011-05-28|37000000|USD|exact|observed|"), "%.3000s", one);
    size_t n = 0;
    for (const char *q = one; *q; q++)
        n += *q == '\n';
    ck_assert_uint_eq(n, 2 * 42);
    for (int jobs = 2; jobs <= 5; jobs += 3) {
        char *many = run_jobs(t.p, t.len, jobs);
        ck_assert_msg(strcmp(one, many) == 0, "%d threads give other facts than one", jobs);
        free(many);
    }
    free(one);
    buf_fini(&t);
}
END_TEST

START_TEST(chunks_keep_the_paragraph_before)
{
    /* a chunk that opens with a pronoun's paragraph still knows the
     * paragraph before it, in the chunk before */
    const char *name = "Tuniu Corp is a travel site\nbased in Nanjing."; /* two lines: no heading */
    struct buf t;
    buf_init(&t);
    filler(&t, EXTRACT_CHUNK_BYTES - 10);
    buf_adds(&t, name); /* this block brings the chunk over its size */
    buf_adds(&t, "\n\nIn 2014 the company said it raised USD 20 million.\n\n");
    char *one = run_jobs(t.p, t.len, 1);
    ck_assert_msg(strstr(one, "funding_round|Tuniu|2014|20000000|USD|exact|observed|6\n"), "%s", one);
    char *many = run_jobs(t.p, t.len, 2);
    ck_assert_str_eq(one, many);
    free(one);
    free(many);
    buf_fini(&t);
}
END_TEST

START_TEST(bases_of_comparison_and_one_start)
{
    /* "since the end of 2008", "over the end of last year": the base of a
     * change, which dates neither the figure nor the sentences after it */
    expect("As of June 30, 2009, China had 338 million netizens.\n\nIn the first half of 2009 the number of "
           "netizens increased by 40 million, a growth of 13.4% over the end of last year. The number of IPv4 "
           "addresses in China reached 205 million, up 13.8% since the end of 2008. The number of websites was "
           "3.06 million.",
           "netizens|China|2009-06-30|338000000|people|exact|observed|1\n"
           "netizens_increase|China|2009-06|40000000|people|exact|observed|3\n"
           "netizens_growth|China|2009-06|13.4|percent|exact|observed|3\n"
           "ipv4_addresses|China|2009-06-30|205000000|count|exact|observed|3\n"
           "websites|China|2009-06-30|3060000|count|exact|observed|3\n",
           false);
    expect_absent("In the first half of 2009 the number of netizens increased by 40 million, a growth of 13.4% over the "
                  "end of last year.",
                  "|2008|");
    /* a level with both its absolute and its relative change: the earlier
     * level is the absolute one's, exactly, and only that */
    expect("By mid-2009 mobile Internet users numbered 155 million, up 32.1% over the end of 2008, an increase of "
           "37.58 million in half a year.",
           "mobile_netizens|China|2009-06|155000000|people|exact|observed|1\n"
           "mobile_netizens_growth|China|2009-06|32.1|percent|exact|observed|1\n"
           "mobile_netizens_increase|China|2009-06|37580000|people|exact|observed|1\n"
           "mobile_netizens|China|2008|117420000|people|exact|derived|1\n",
           true);
    /* a dateline without its agency: places in capitals, a dash */
    expect("June 8, 2018\n\nHANGZHOU -- Ant Financial Services Group said on Friday it had raised $14 billion in a "
           "Series C funding round.",
           "funding_round|Ant Financial Services Group|2018-06-08|14000000000|USD|exact|observed|3\n", true);
    expect("NEW YORK, June 8, 2018 \xE2\x80\x94 Ant Financial said it had raised $14 billion.",
           "funding_round|Ant Financial|2018-06-08|14000000000|USD|exact|observed|1\n", true);
    /* a results release: the defined abbreviation of a comparison and the
     * list's heading name nobody; the issuer owns the figures */
    expect("Tencent Announces 2018 Third Quarter Results\n\nThird Quarter 2018 Financial Highlights\n- Total revenues "
           "were RMB80,597 million, an increase of 24% over the third quarter of 2017 (\"year-on-year\" or \"YoY\").",
           "revenue|Tencent|2018-09|80597000000|CNY|exact|observed|4\n"
           "revenue_growth|Tencent|2018-09|24|percent|exact|observed|4\n"
           "revenue|Tencent|2017-09|64997580645|CNY|about|derived|4\n",
           true);
    /* a rule's bound is no figure */
    expect_none("In May 2017 regulators capped individual investments in the money market fund at 250,000 yuan.");
    expect_none("The central bank set a ceiling of 5,000 yuan a day on payments through third-party platforms.");
    /* platforms "operating in China" are the platforms */
    expect("The number of P2P lending platforms operating in China fell to 1,021 at the end of 2018.",
           "p2p_platforms|China|2018|1021|count|exact|observed|1\n", true);
    /* what opens the sentence after a dateline opens it */
    expect("November 11, 2017\n\nBEIJING (AP) \xE2\x80\x94 Shoppers spent a record $25.3 billion on Alibaba's "
           "e-commerce platforms during its Singles Day sale on Saturday.",
           "daily_transaction_volume|Alibaba|2017-11-11|25300000000|USD|exact|observed|3\n", true);
    /* a labelled dateline on its own line, with a time before the date,
     * is the time of writing: "last year" is the year before it */
    expect("Published: 5:00am, 25 Jan, 2017\n\nTencent's WeChat Pay had 600 million monthly active users at the end "
           "of last year. The market grew in 2016 and in 2016 again.",
           "active_users|WeChat Pay|2016|600000000|people|exact|observed|3\n", true);
    /* "nationwide" between a cue and its verb */
    expect("In 2015, the volume of non-cash payment transactions nationwide reached 94.3 billion.",
           "transactions|China|2015|94300000000|count|exact|observed|1\n", true);
    /* each "respectively" pairs the changes before it with its own levels */
    expect("In 2015, online payments totaled 36.3 billion transactions, worth 2,018.2 trillion yuan, up 27.3 percent "
           "and 46.7 percent respectively; mobile payments totaled 13.8 billion transactions, worth 108.2 trillion "
           "yuan, up 205.9 percent and 379.1 percent respectively.",
           "transactions|China|2015|36300000000|count|exact|observed|1\n"
           "transactions_growth|China|2015|27.3|percent|exact|observed|1\n"
           "transactions|China|2014|28515318146|count|about|derived|1\n"
           "transactions|China|2015|13800000000|count|exact|observed|1\n"
           "mobile_payments|China|2015|108200000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2015|205.9|percent|exact|observed|1\n"
           "transactions|China|2014|4511278195|count|about|derived|1\n"
           "mobile_payments_growth|China|2015|379.1|percent|exact|observed|1\n"
           "mobile_payments|China|2014|22584011688583|CNY|about|derived|1\n",
           true);
    /* an investor's verb naming no company invests in the block's deal */
    expect("The fundraising values Didi Chuxing at $28 billion. Apple invested $1 billion in May 2016.",
           "valuation|Didi Chuxing|2016|28000000000|USD|exact|observed|1\n"
           "investment|Didi Chuxing|2016-05|1000000000|USD|exact|observed|1\n",
           true);
    expect("Apple invested $1 billion in May 2016.", "investment|Apple|2016-05|1000000000|USD|exact|observed|1\n", true);
    /* a change restated as a rate past its base; "these institutions"
     * point back to the paragraph before and its date */
    expect("As of the end of March 2018, there were 120 fund management companies in China.\n\nThe total net asset "
           "value of public funds managed by these institutions reached 12.43 trillion yuan, an increase of 0.86 "
           "trillion yuan from the end of February, or 7.4 percent.",
           "fund_assets|public funds|2018-03|12430000000000|CNY|exact|observed|3\n"
           "fund_assets_increase|public funds|2018-03|860000000000|CNY|exact|observed|3\n"
           "fund_assets|public funds|2018-02|11570000000000|CNY|exact|derived|3\n"
           "fund_assets_growth|public funds|2018-03|7.4|percent|exact|observed|3\n",
           true);
    /* a share of a company owned is a stake in it; a share of something
     * named by no name is none */
    expect("In 2014 Yahoo Inc, which owns about 22.6 percent of Alibaba, sold 121.7 million shares.",
           "acquisition_stake|Alibaba|2014|22.6|percent|about|observed|1\n", true);
    expect_absent("Owners of smartphones accounted for 45 percent of all users in 2014, and they owned 3 percent of "
                  "the stock.",
                  "acquisition_stake");
    /* the agency alone opens the story: nobody's name */
    expect("May 22, 2014\n\n(Reuters) - Chinese e-commerce company JD.com Inc raised $1.78 billion in its U.S. "
           "initial public offering.",
           "ipo_raise|JD.com|2014-05-22|1780000000|USD|exact|observed|3\n", true);
    /* a change over a quarter is the quarter's, from the one before; of
     * a year's figure it is no indicator's growth */
    expect("The transaction volume of China's third-party mobile payment market reached 9.0 trillion yuan in Q2 "
           "2016, up 10.4% quarter on quarter.",
           "mobile_payments|China|2016-06|9000000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2016-06|10.4|percent|exact|observed|1\n"
           "mobile_payments|China|2016-03|8152173913043|CNY|about|derived|1\n",
           true);
    expect_absent("Mobile payments reached 9.0 trillion yuan in 2016, up 10.4% from the previous quarter.", "growth");
    expect("In the first half of 2016, the third-party internet payment market processed 9.6 trillion yuan in "
           "transactions.",
           "third_party_payments|China|2016-06|9600000000000|CNY|exact|observed|1\n", true);
    /* "the fund" is the one the report is about; what it paid out is no
     * size of it */
    expect("Tianhong Yu'e Bao Money Market Fund 2015 Annual Report\n\nAs of December 31, 2015, the net asset value "
           "of the fund was 620.7 billion yuan. Total income distributed to holders amounted to 23.1 billion yuan.",
           "fund_assets|Tianhong Yu'e Bao Money Market Fund|2015-12-31|620700000000|CNY|exact|observed|3\n", true);
    /* spending on works is no investment in a company */
    expect_absent("China has invested 4.3 trillion yuan in building Internet infrastructure from 1997 to 2009.",
                  "investment");
    /* mobile payments a company handled are mobile payments */
    expect("Alipay handled 38 trillion yuan of mobile payments in 2016.",
           "mobile_payments|Alipay|2016|38000000000000|CNY|exact|observed|1\n", true);
    /* an adverb between the cue and its verb */
    expect("Mobile payment users grew rapidly, reaching 469 million in 2016.",
           "users|China (mobile payment users)|2016|469000000|people|exact|observed|1\n", true);
    /* a brand in lower case after "Rival" */
    expect("Rival ofo raised $700 million in a round led by Alibaba in 2017.",
           "funding_round|ofo|2017|700000000|USD|exact|observed|1\n", true);
    /* investors listed after "including" are not what the paragraph is
     * about, nor an adjective that opens it */
    expect("Mobike has closed a US$600 million Series E round in June 2017.\n\nExisting investors including Warburg "
           "Pincus, Hillhouse Capital and Sequoia also took part. The startup did not disclose its valuation, though "
           "reports put it at about $3 billion.",
           "funding_round|Mobike|2017-06|600000000|USD|exact|observed|1\n"
           "valuation|Mobike|2017|3000000000|USD|about|observed|3\n",
           true);
    /* a cue with its abbreviation in brackets: "(FTTH) users" */
    expect("Fibre-to-the-home (FTTH) users reached 216 million in 2016.",
           "ftth_users|China|2016|216000000|people|exact|observed|1\n", true);
    /* ", reaching": the figure of what opens the sentence, past a share */
    expect("Rural netizens accounted for 28.6% of the total, reaching 177 million, an increase of 20.01 million over "
           "2012.",
           "netizens|China (rural)|2013|177000000|people|exact|observed|1\n"
           "netizens_increase|China (rural)|2013|20010000|people|exact|observed|1\n"
           "netizens|China (rural)|2012|156990000|people|exact|derived|1\n",
           true);
    expect_none("Mobile phones accounted for 28.6% of the total, reaching 177 million.");
    /* "in the first half of the year": the year spoken of, to its June,
     * and its change from the same half of the year before */
    expect("Published: 7:00pm, 19 Sep, 2018\n\nMeituan had 382 million annual transacting users in the 12 months to "
           "the end of June, and its gross transaction volume rose 41 per cent to 171 billion yuan in the first half "
           "of the year.",
           "users|Meituan|2018-06|382000000|people|exact|observed|3\n"
           "ecommerce_turnover_growth|Meituan|2018-06|41|percent|exact|observed|3\n"
           "ecommerce_turnover|Meituan|2017-06|121276595745|CNY|about|derived|3\n"
           "ecommerce_turnover|Meituan|2018-06|171000000000|CNY|exact|observed|3\n",
           true);
    /* a sentence that says only who has how many: of "Alibaba's Alipay",
     * Alipay */
    expect("Tencent's WeChat, a messaging app, has 889m monthly users. Alibaba's Alipay claims 450m.",
           "users|WeChat||889000000|people|exact|observed|1\n"
           "users|Alipay||450000000|people|exact|observed|1\n",
           true);
    /* CNNIC's first count; a country overtaken is not whose the figure is */
    expect("Its first survey counts 620,000 Internet users in China in 1997.",
           "netizens|China|1997|620000|people|exact|observed|1\n", true);
    expect("In 2008 China overtakes the United States with 253 million Internet users.",
           "netizens|China|2008|253000000|people|exact|observed|1\n", true);
    expect_none("In 2008 the US had 220 million Internet users.");
    /* a gapped clause's own subject, though it opens with a place's name */
    expect("China Telecom had 36.3 million 3G customers and China Unicom 40 million at the end of 2011.",
           "3g_users|China Telecom|2011|36300000|people|exact|observed|1\n"
           "3g_users|China Unicom|2011|40000000|people|exact|observed|1\n",
           true);
    /* a plan is no change that happened */
    expect_absent("In 2012 the operator plans to add 100,000 3G base stations.", "3g_base_stations_increase");
    /* "said on Friday it": the speaker is who "it" is */
    expect("China Mobile said on Friday it had built 3.2 million wireless access points by the end of 2011.",
           "wireless_access_points|China Mobile|2011|3200000|count|exact|observed|1\n", true);
    /* a table whose columns are months of years, the unit in its caption
     * across a blank line; the share row is no count */
    expect("Table 2 Mobile netizens (unit: 10,000)\n\n            2009.12     2010.6     2010.12\nMobile netizens   "
           "23,344     27,678     30,274\nShare of netizens   60.8%     64.6%     66.2%\n",
           "mobile_netizens|China|2009|233440000|people|exact|observed|4\n"
           "mobile_netizens|China|2010-06|276780000|people|exact|observed|4\n"
           "mobile_netizens|China|2010|302740000|people|exact|observed|4\n",
           true);
    expect("Figure 3: Scale of mobile netizens\n\nUnit: 10,000 persons\n2013.12   50006   81.0%\n2014.12   55678   "
           "85.8%\n",
           "mobile_netizens|China|2013|500060000|people|exact|observed|4\n"
           "mobile_netizens|China|2014|556780000|people|exact|observed|5\n",
           true);
    /* net income is profit, not revenue; estimates compiled by a news
     * agency are not its; "the company said" goes on with the paragraph
     * before's company */
    expect("Baidu Inc. reported second-quarter profit on July 28, 2017.\n\nNet income rose 83 percent to 4.4 billion "
           "yuan in the three months ended June, the Beijing-based company said in a statement. Sales climbed 14 "
           "percent to 20.9 billion yuan, compared with the 20.8 billion yuan average of analysts' estimates "
           "compiled by Bloomberg.",
           "revenue_growth|Baidu|2017-06|14|percent|exact|observed|3\n"
           "revenue|Baidu|2017-06|20900000000|CNY|exact|observed|3\n",
           true);
    expect("Tencent's income rose to 20 billion yuan in 2015.",
           "revenue|Tencent|2015|20000000000|CNY|exact|observed|1\n", true);
    /* "year-over-year" between a rate and the level it led to */
    expect("In 2014 JD.com GMV grew 107% year-over-year to RMB 125.5 billion.",
           "ecommerce_turnover_growth|JD.com|2014|107|percent|exact|observed|1\n"
           "ecommerce_turnover|JD.com|2013|60628019324|CNY|about|derived|1\n"
           "ecommerce_turnover|JD.com|2014|125500000000|CNY|exact|observed|1\n",
           true);
    /* a year's figure after a figure is compared with it */
    expect("China's third-party mobile payment transactions hit 38 trillion yuan in 2016, nearly triple 2015's 13 "
           "trillion yuan.",
           "mobile_payments|China|2016|38000000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2015|13000000000000|CNY|exact|observed|1\n",
           true);
    /* a festival without its year takes the year the sentence names
     * before the figure, not the document's */
    expect("Growth continued in 2016 and in 2016.\n\nIn 2015, Tmall and Taobao processed 912.1 billion yuan in sales "
           "on Singles Day.",
           "daily_transaction_volume|Taobao|2015-11-11|912100000000|CNY|exact|observed|3\n", true);
    /* an ordinal of a part of the year links ("in the fourth quarter to") */
    expect("In 2017 Yu'e Bao's assets shrank 10 percent in the fourth quarter to 1.58 trillion yuan.",
           "fund_assets_growth|Yu'e Bao|2017-12|-10|percent|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2017-12|1580000000000|CNY|exact|observed|1\n",
           true);
    /* one verb, two figures of two kinds */
    expect("By the end of 2013, Yu'e Bao had attracted 43.03 million users and 185.3 billion yuan.",
           "fund_customers|Yu'e Bao|2013|43030000|people|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2013|185300000000|CNY|exact|observed|1\n",
           true);
    /* a country's before a noun only says where: the subject is the firm */
    expect("Tianhong Asset Management became China's largest fund manager in 2013, with 194.2 billion yuan under "
           "management.",
           "fund_assets|Tianhong Asset Management|2013|194200000000|CNY|exact|observed|1\n", true);
    /* "over the same period of last year" is a base: the change restated
     * as a rate between, the earlier level is derived */
    expect("As of December 31, 2004, the total number of Internet users in China was 94 million, with an increase "
           "of 14 million, or 18.2%, over the same period of last year. The number of WWW sites was about 669,000.",
           "netizens|China|2004-12-31|94000000|people|exact|observed|1\n"
           "netizens_increase|China|2004-12-31|14000000|people|exact|observed|1\n"
           "netizens|China|2003|80000000|people|exact|derived|1\n"
           "netizens_growth|China|2004-12-31|18.2|percent|exact|observed|1\n"
           "websites|China|2004-12-31|669000|count|about|observed|1\n",
           true);
    /* under a dated heading, "last year" later in the clause dates the
     * figure; "a fundraising of" is a round, not the valuation before it */
    expect("March 11, 2016\n\nChina's peer-to-peer lending industry handled Rmb982bn of loans last year, according "
           "to Wangdaizhijia.",
           "online_loans|China|2015|982000000000|CNY|exact|observed|3\n", true);
    expect("In 2016 Lufax, backed by Ping An Insurance, is valued at $18.5bn after a fundraising of $1.2bn.",
           "valuation|Lufax|2016|18500000000|USD|exact|observed|1\n"
           "funding_round|Lufax|2016|1200000000|USD|exact|observed|1\n",
           true);
    /* another generation's stations and users are not 3G's or all
     * phones'; short-video users are a part of video users; an aside of
     * what is included stands aside */
    expect("As of December 2022, China had 2.312 million 5G base stations, and the number of 5G mobile phone users "
           "reached 561 million. Users of online video (including short video) reached 1.031 billion, of which short "
           "video users numbered 1.012 billion.",
           "online_video_users|China|2022|1031000000|people|exact|observed|1\n", true);
    /* so does an aside that says what the cue means, but not one with
     * a figure of its own; generic top-level domain names are a part of
     * domain names */
    expect("The transaction volume of third-party Internet payment (payments initiated on PCs) reached RMB 8.08 "
           "trillion in 2014.",
           "third_party_payments|China|2014|8080000000000|CNY|exact|observed|1\n", true);
    expect_absent("The transaction volume of third-party Internet payment (about 60 percent of it on PCs) reached "
                  "RMB 8.08 trillion in 2014.",
                  "third_party_payments|China|2014|8080000000000");
    expect_none("The generic top-level domain names (.COM, .NET, .ORG) were 664,880.");
    /* the parts of 3G users by standard, an operator's or else China's;
     * a standard's name is no entity of the next part; "this year" leaves
     * the paragraph's month as it was */
    expect("Telecom Industry Operation, January-October 2012\n\nIn October alone, 3G users grew by 11.06 million, the ninth month this year in which net additions "
           "exceeded 10 million. By technology, TD-SCDMA users numbered 81.20 million, WCDMA users 71.55 million "
           "and CDMA2000 users 74.24 million.",
           "3g_users_increase|China|2012-10|11060000|people|exact|observed|3\n"
           "3g_users|China (TD-SCDMA)|2012-10|81200000|people|exact|observed|3\n"
           "3g_users|China (WCDMA)|2012-10|71550000|people|exact|observed|3\n"
           "3g_users|China (CDMA2000)|2012-10|74240000|people|exact|observed|3\n",
           false);
    expect("By the end of May 2010, TD-SCDMA subscribers of China Mobile numbered 9.35 million, WCDMA subscribers "
           "of China Unicom 5.35 million and CDMA2000 subscribers of China Telecom 6.75 million.",
           "3g_users|China Mobile (TD-SCDMA)|2010-05|9350000|people|exact|observed|1\n"
           "3g_users|China Unicom (WCDMA)|2010-05|5350000|people|exact|observed|1\n"
           "3g_users|China Telecom (CDMA2000)|2010-05|6750000|people|exact|observed|1\n",
           true);
    /* a table of names and one measure under a paragraph: a name's aside
     * in brackets, a small figure (no page's number), a national
     * indicator's rows of whom they are; the paragraph's years are not
     * the table's, nor the table's its own */
    expect("Statistical Survey Report (January 2003)\n\n"
           "The bandwidth of international connections reached 9,380 Mbps, up from 7,597.5 Mbps at the end of "
           "2001. The networks reported the following international bandwidth:\n\n"
           "  Network                                        Bandwidth (Mbps)\n"
           "  ChinaNet (China Telecom)                             5,647\n"
           "  CMNET (China Mobile)                                   374\n"
           "  CERNET (China Education and Research Network)          324\n"
           "  Total                                                9,380\n",
           "international_bandwidth|China|2002|9380|Mbps|exact|observed|3\n"
           "international_bandwidth|China|2001|7597.5|Mbps|exact|observed|3\n"
           "international_bandwidth|ChinaNet|2003|5647|Mbps|exact|observed|6\n"
           "international_bandwidth|CMNET|2003|374|Mbps|exact|observed|7\n"
           "international_bandwidth|CERNET|2003|324|Mbps|exact|observed|8\n"
           "international_bandwidth|China|2003|9380|Mbps|exact|observed|9\n",
           true);
    /* a figure told in the present is not of a year gone by that the
     * paragraph named */
    expect("April 9, 2018\n\nAlibaba agreed on April 2 to buy out Ele.me. Alibaba, which first invested in Ele.me in "
           "2016, already owned about 43 percent of the company. Ele.me says it serves more than 260 million users.",
           "users|Ele.me|2018-04-09|260000000|people|more_than|observed|3\n", false);
    expect_absent("April 9, 2018\n\nAlibaba agreed on April 2 to buy out Ele.me. Alibaba, which first invested in "
                  "Ele.me in 2016, already owned about 43 percent of the company. Ele.me says it serves more than 260 "
                  "million users.",
                  "users|Ele.me|2016|");
    /* in a text on Singles' Day, sales that name no span are the day's;
     * not a full year's */
    expect("Alipay handled 105.8 million transactions on Nov 11, 2012. Tmall turned the day into a promotion in 2009, "
           "when 27 merchants took part and sales came to about 50 million yuan. In 2010, sales on the mall rose to "
           "936 million yuan. 360buy expects full-year sales of about 60 billion yuan in 2012.",
           "daily_transaction_volume|Tmall|2009-11-11|50000000|CNY|about|observed|1\n"
           "daily_transaction_volume|Tmall|2010-11-11|936000000|CNY|exact|observed|1\n",
           false);
    expect_absent("Alipay handled 105.8 million transactions on Nov 11, 2012. 360buy expects full-year sales of about "
                  "60 billion yuan in 2012.",
                  "daily_transaction_volume");
    /* (a span in another clause is not the figure's) */
    expect("Within two years the figure had grown a hundredfold: on Nov. 11, 2011, Taobao Mall and Taobao together "
           "took in 5.2 billion yuan.",
           "daily_transaction_volume|Taobao|2011-11-11|5200000000|CNY|exact|observed|1\n", true);
    /* a change that names no base has the base an earlier change of its
     * paragraph named, for a level of the same date */
    expect("As of June 2023, China had 1.079 billion netizens, up 11.09 million from December 2022. The Internet "
           "penetration rate was 76.4%, up 0.8 percentage points.",
           "internet_penetration|China|2023-06|76.4|percent|exact|observed|1\n"
           "internet_penetration|China|2022|75.6|percent|exact|derived|1\n",
           false);
    expect_absent("As of June 2023, China had 1.079 billion netizens. The Internet penetration rate was 76.4%, up 0.8 "
                  "percentage points.",
                  "internet_penetration|China|2022|");
    /* a founding's date in an aside dates the aside's own figure, not the
     * figures after it, nor the sentences after it */
    expect("BEIJING, Aug. 11, 2005 (Xinhuanet) -- Yahoo will buy a stake.\n\nFounded in Hangzhou in 1999 by Ma and 17 "
           "colleagues, Alibaba runs Alibaba.com, which has more than 15 million registered users. Alipay, the "
           "payment service Alibaba launched in December 2004, has attracted more than 4 million users. Taobao, "
           "launched in May 2003 with an investment of 100 million yuan, has overtaken EachNet. Its registered users "
           "reached 13.9 million by the end of June.",
           "registered_users|Alibaba.com|2005-08|15000000|people|more_than|observed|3\n"
           "users|Alipay|2005-08|4000000|people|more_than|observed|3\n"
           "investment|Taobao|2003-05|100000000|CNY|exact|observed|3\n"
           "registered_users|Taobao|2005-06|13900000|people|exact|observed|3\n",
           true);
    /* a fact sheet: its values aligned past wide gaps are a card's
     * fields, of its title's company, its listing's day the offering's;
     * a ticker and a field's label are no names */
    expect("PINDUODUO AT A GLANCE\n"
           "  Founded:         September 2015 (Shanghai)      Employees: 1,159 (June 30, 2018)\n"
           "  Listing:         Nasdaq, July 26, 2018          Ticker: PDD\n"
           "  Offering:        85,600,000 ADS at US$19.00     1 ADS = 4 Class A ordinary shares\n",
           "ipo_shares_offered|PINDUODUO|2018-07-26|85600000|count|exact|observed|4\n"
           "price_per_share|PINDUODUO|2018-07-26|19|USD|exact|observed|4\n",
           true);
    expect("December 8, 2010, New York -- Youku (NYSE: YOKU) priced 15.8 million ADS at US$12.80, raising about US$203 "
           "million.",
           "ipo_raise|Youku|2010-12-08|203000000|USD|about|observed|1\n", false);
    /* a headline's day of news gives way to the date the text under it
     * gives the same figure */
    expect("DRAGON BYTES\nIssue #88 - September 2023\n\nCNNIC's 52nd report: 1.079 billion netizens (Aug 28)\n\nChina "
           "had 1.079 billion internet users as of June 2023, the China Internet Network Information Center said on "
           "August 28.",
           "netizens|China|2023-06|1079000000|people|exact|observed|4\n"
           "netizens|China|2023-06|1079000000|people|exact|observed|6\n",
           true);
    /* "the year to June 30" is the twelve months to it; an aside's year
     * is not that of a day without its own */
    expect("Issue #88 - September 2023\n\nDidi, fined 8.026 billion yuan in July 2022 for data-security violations, "
           "reported 587 million annual active users in the year to June 30.",
           "active_users|Didi|2023-06-30|587000000|people|exact|observed|3\n", true);
    /* a month later than the writing's, after a month of that year the
     * text spoke of, is the last one gone by */
    expect("Analysys Think Tank, Beijing | 2018-03-28\n\nAnt Financial said in January that Alipay served 870 million "
           "users. WeChat itself had 989 million monthly active users at the end of December.",
           "users|Alipay|2018-01|870000000|people|exact|observed|3\n"
           "active_users|WeChat|2017|989000000|people|exact|observed|3\n",
           true);
    /* "now" in an item under its own dateline is the dateline's day */
    expect("CHINA ONLINE DIGEST\nIssue No. 37 | January 2002\n\nCtrip completes third round\nSHANGHAI, Dec. 20, 2001 -- "
           "Ctrip.com International said it had raised US$12 million in a third round. Ctrip now has 3.2 million "
           "registered members.",
           "registered_users|Ctrip|2001-12-20|3200000|people|exact|observed|5\n", false);
    /* a change's origin after "from the" is its level's, of its own date */
    expect("Sales on Tmall reached 91.2 billion yuan on November 11, 2015, up 60 percent from the 57 billion yuan "
           "recorded a year earlier.",
           "daily_transaction_volume|Tmall|2015-11-11|91200000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|Tmall|2015-11-11|60|percent|exact|observed|1\n"
           "daily_transaction_volume|Tmall|2014-11-11|57000000000|CNY|exact|observed|1\n",
           true);
    /* an issue's month past its number in brackets dates the text; a
     * figure many times another is compared with it, past the multiple,
     * and "on the same day last year" is its own date */
    expect("E-COMMERCE & PAYMENTS CHINA BRIEF\nMonthly newsletter | December 2010 (No. 42)\n\nNovember 12, Hangzhou -- "
           "Taobao Mall ended the Double 11 promotion with sales of 936 million yuan, more than 17 times the 52 "
           "million yuan recorded on the same day last year.",
           "daily_transaction_volume|Taobao Mall|2010-11-11|936000000|CNY|exact|observed|4\n"
           "daily_transaction_volume|Taobao Mall|2009-11-11|52000000|CNY|exact|observed|4\n",
           true);
    /* a table of years with a last column of notes, under a caption that
     * names the festival and whose figures they are */
    expect("Singles' Day Turns 11\n\nAlibaba's Singles' Day GMV, 2009-2019\n\n"
           "Year    GMV (100 million yuan)    Note\n"
           "2009    0.52                  Taobao Mall only, 27 merchants\n"
           "2010    9.36                  Taobao Mall only\n"
           "2013    350                   Mobile share 21%\n",
           "daily_transaction_volume|Alibaba|2009-11-11|52000000|CNY|exact|observed|6\n"
           "daily_transaction_volume|Alibaba|2010-11-11|936000000|CNY|exact|observed|7\n"
           "daily_transaction_volume|Alibaba|2013-11-11|35000000000|CNY|exact|observed|8\n",
           true);
    /* a bulletin of a year, published the year after, is of its year */
    expect("Zhejiang Communications Administration\n\nStatistical Bulletin on Internet Development in Zhejiang "
           "Province (2020)\n\nHangzhou, May 17, 2021\n\nBy the end of 2020, the number of netizens in the province "
           "reached 53.42 million. The number of netizens accessing the internet via mobile phones reached 53.05 "
           "million.",
           "netizens|Zhejiang|2020|53420000|people|exact|observed|7\n"
           "mobile_netizens|Zhejiang|2020|53050000|people|exact|observed|7\n",
           false);
    /* a province's bulletin: the country's figures are the province's,
     * but the national average's */
    expect("Statistical Bulletin on Internet Development in Zhejiang Province (2020)\n\nHangzhou, May 17, 2021\n\n"
           "By the end of 2020, the number of netizens in Zhejiang Province reached 53.42 million. The internet "
           "penetration rate reached 82.7%, 12.3 percentage points higher than the national average of 70.4%.\n\n"
           "Indicator                      Unit      2019      2020\n"
           "Internet penetration rate      %         80.0      82.7\n"
           "Websites                       10,000    35.4      36.8\n",
           "netizens|Zhejiang|2020|53420000|people|exact|observed|5\n", false);
    expect_absent("Statistical Bulletin on Internet Development in Zhejiang Province (2020)\n\nHangzhou, May 17, "
                  "2021\n\nBy the end of 2020, the number of netizens in Zhejiang Province reached 53.42 million.",
                  "|China|");
    /* a national indicator's figure of a province or a city is that
     * place's; the country's stays China's */
    expect("China had 989 million netizens at the end of 2020. In Guangdong Province, the number of netizens reached "
           "80 million in 2020. Beijing had 18 million internet users, and the internet penetration rate in Shanghai "
           "was 80 percent.",
           "netizens|China|2020|989000000|people|exact|observed|1\n"
           "netizens|Guangdong|2020|80000000|people|exact|observed|1\n"
           "netizens|Beijing|2020|18000000|people|exact|observed|1\n"
           "internet_penetration|Shanghai|2020|80|percent|exact|observed|1\n",
           true);
    /* a long byline, then the day with its time, dates a news item */
    expect("Meituan Prices Hong Kong IPO Near Top of Range\n\nBy Lulu Yilun Chen, Vinicy Chan and Crystal Tse\n"
           "September 12, 2018, 8:47 PM GMT+8\n\nMeituan Dianping raised HK$33.1 billion in its Hong Kong initial "
           "public offering.",
           "ipo_raise|Meituan Dianping|2018-09-12|33100000000|HKD|exact|observed|6\n", true);
    /* a scale joined by a hyphen; a mark passed, then the level reached
     * ("and reached"): the mark no figure, the level the mark's cue's */
    expect("BEIJING, July 21, 2005 (Xinhua) -- China's Internet population broke through the 100-million mark in the "
           "first half of this year and reached 103 million by the end of June, the center said. The total was 9 "
           "million more than at the end of 2004.",
           "netizens|China|2005-06|103000000|people|exact|observed|1\n", false);
    expect_absent("BEIJING, July 21, 2005 (Xinhua) -- China's Internet population broke through the 100-million mark "
                  "in the first half of this year and reached 103 million by the end of June.",
                  "|100000000|");
    /* a participle's aside after a noun that names nobody names nobody:
     * its names are not the subject's */
    expect("Non-bank payment institutions, led by Alipay and Tenpay, processed 530.6 billion online payment "
           "transactions in 2018.",
           "transactions|China|2018|530600000000|count|exact|observed|1\n", false);
    expect_absent("Mia.com. The cross-border maternity site, founded in 2011 by former Baidu employee Liu Nan, has 20 "
                  "million users.",
                  "Liu Nan");
    /* an apposition that defines the cue stands aside */
    expect("JD.com's gross merchandise volume, the value of all goods sold through its websites, climbed to 125.5 "
           "billion yuan in 2013 from 73.3 billion yuan a year earlier.",
           "ecommerce_turnover|JD.com|2013|125500000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|JD.com|2012|73300000000|CNY|exact|observed|1\n",
           false);
    /* a change as its own clause's subject after the level's */
    expect("The number of Internet users reached 26.5 million in 2001, and the year-on-year growth rate was 56.8 "
           "percent.",
           "netizens|China|2001|26500000|people|exact|observed|1\n"
           "netizens_growth|China|2001|56.8|percent|exact|observed|1\n",
           false);
    /* what a shop sold on the festival's day, not what each of many did */
    expect("* Vancl sold 30 million yuan of clothing on November 11, 2010.\n"
           "* 11 stores each sold more than 10 million yuan on November 11, 2010.\n",
           "daily_transaction_volume|Vancl|2010-11-11|30000000|CNY|exact|observed|1\n", true);
    /* a subject's words and a figure's noun make a cue of its kind only:
     * a count of transactions is no amount of money */
    expect("Online payments amounted to 17.148 billion transactions in 2012.",
           "transactions|China|2012|17148000000|count|exact|observed|1\n", true);
    /* all the shops' retail sales are no e-commerce; online retail sales are */
    expect("In 2017, total retail sales of consumer goods reached 36.63 trillion yuan, up 10.2%. Online retail sales "
           "of physical goods reached 5.48 trillion yuan in 2017.",
           "ecommerce_turnover|China|2017|5480000000000|CNY|exact|observed|1\n", true);
    /* a CNNIC table of applications: the label's word on the line of
     * periods, a last field of words after them, the units on a line of
     * their own, rules of dashes, labels of joined words, a total row */
    expect("Survey report, July 2010\n\n"
           "Table 3-1  Users and usage rates of Internet applications, Dec. 2009 - Jun. 2010\n\n"
           "Application                 Dec. 2009                Jun. 2010                Half-year\n"
           "                            Users      Usage rate    Users      Usage rate    growth\n"
           "                            (10,000)                 (10,000)\n"
           "--------------------------------------------------------------------------------------\n"
           "Online games                26,458     68.9%         29,610     70.5%         11.9%\n"
           "E-mail                      21,811     56.8%         23,730     56.5%          8.8%\n"
           "Online video                24,038     62.6%         26,544     63.2%         10.4%\n"
           "--------------------------------------------------------------------------------------\n"
           "Total netizens              38,400                   42,000                    9.4%\n",
           "game_players|China|2009|264580000|people|exact|observed|9\n"
           "game_players|China|2010-06|296100000|people|exact|observed|9\n"
           "game_players_growth|China|2010-06|11.9|percent|exact|observed|9\n"
           "online_video_users|China|2009|240380000|people|exact|observed|11\n"
           "online_video_users|China|2010-06|265440000|people|exact|observed|11\n"
           "online_video_users_growth|China|2010-06|10.4|percent|exact|observed|11\n"
           "netizens|China|2009|384000000|people|exact|observed|13\n"
           "netizens|China|2010-06|420000000|people|exact|observed|13\n"
           "netizens_growth|China|2010-06|9.4|percent|exact|observed|13\n",
           false);
    /* a central bank's lending facility is no online lending */
    expect_none("In the third quarter, China's economy grew by 7.3% year on year, and the People's Bank of China injected "
                "liquidity through a targeted 500 billion yuan Medium-term Lending Facility in September 2014.");
    /* a row of fields: each row's date in its own field dates its figures */
    expect("CHINAVENTURE QUARTERLY, October 14, 2015\n\n"
           "Rank  Company        Segment          Round       Amount        Key investors            Date\n"
           "4     Tujia          Holiday rentals  Series D    US$300M       All-Stars Investment     Aug 11\n"
           "5     Souche         Used cars        Series C    US$200M       Alibaba, Morningside     Sep 08\n",
           "funding_round|Souche|2015-09-08|200000000|USD|exact|observed|5\n",
           false);
    /* a section's heading with its number and its day in brackets dates
     * the block under it */
    expect("Tianhong Yu'e Bao Money Market Fund\nInterim Report 2019\n\n6.1 Number of holders and structure of holdings "
           "(30 June 2019)\n\nNumber of holders: 644,158,321\n",
           "fund_customers|Tianhong Yu'e Bao|2019-06-30|644158321|people|exact|observed|6\n", true);
    /* more ways to name .CN registrations, government microblogs and
     * people online by phone */
    expect("Registrations under .CN, China's country-code top-level domain, climbed to 622,534 in 2005.",
           "cn_domain_names|China|2005|622534|count|exact|observed|1\n", false);
    expect("In 2019, the country had 854 million netizens, 847 million who went online via mobile phones.",
           "mobile_netizens|China|2019|847000000|people|exact|observed|1\n", false);
    /* a unit column's percent sign makes its row's figures rates */
    expect("Statistical Bulletin on Internet Development (2020)\n\n"
           "Indicator                      Unit              2019        2020\n"
           "Netizens                       10,000 persons    5,156       5,342\n"
           "Internet penetration rate      %                 80.0        82.7\n",
           "internet_penetration|China|2019|80|percent|exact|observed|5\n"
           "internet_penetration|China|2020|82.7|percent|exact|observed|5\n",
           false);
    /* a company that floated on an exchange raised its money in an IPO */
    expect("Tom.com raised HK$1.3 billion when it floated on the Growth Enterprise Market in March 2000.",
           "ipo_raise|Tom.com|2000-03|1300000000|HKD|exact|observed|1\n", true);
    /* what a listing "took in", what a round "pulled in" */
    expect("In July 2018, Pinduoduo took in $1.63 billion in a New York listing.",
           "ipo_raise|Pinduoduo|2018-07|1630000000|USD|exact|observed|1\n", true);
    /* a cornerstone investor's money committed to a listing */
    expect("September 12, 2018 -- Cornerstone investors agreed to buy a combined $1.5 billion of the stock. Tencent, "
           "which already owns about 20 percent of Meituan, committed $400 million.",
           "investment|Meituan|2018-09-12|400000000|USD|exact|observed|1\n", false);
    /* permits granted to a batch of institutions are a batch's licences */
    expect("On 28 June 2012 the PBC granted Payment Business Permits to a fourth batch of 95 non-bank payment "
           "institutions, and on 20 July a fifth batch of 26 institutions received permits.",
           "payment_licenses|China|2012-06-28|95|count|exact|observed|1\n", false);
    /* a quarterly report's title that names only its year: "the quarter"
     * is the report's quarter */
    expect("Tianhong Yu'e Bao Money Market Fund\n2018 First Quarter Report\n\nThe number of unitholders reached 531 "
           "million at the end of the quarter.\n",
           "fund_customers|Tianhong Yu'e Bao|2018-03|531000000|people|exact|observed|4\n", true);
    /* (also where a base of the year before would give only the year) */
    expect("Tianhong Yu'e Bao Money Market Fund\n2018 First Quarter Report\n\nDate of report: April 21, 2018\n\nThe "
           "number of unitholders reached 531 million at the end of the quarter, up from 474 million at the end of "
           "2017.\n",
           "fund_customers|Tianhong Yu'e Bao|2018-03|531000000|people|exact|observed|6\n", false);
    /* an adverb between cue and verb ("alone", "together"); a business
     * model is no name */
    expect("According to iResearch statistics, Taobao's C2C turnover alone reached 43.3 billion yuan in 2007.",
           "ecommerce_turnover|Taobao|2007|43300000000|CNY|exact|observed|1\n", true);
    /* a list's label of people online by phone */
    expect("As of June 30, 2007:\n  * Users who go online via mobile phones: 44.3 million\n",
           "mobile_netizens|China|2007-06-30|44300000|people|exact|observed|2\n", true);
    /* a round before a listing raises nothing in an IPO */
    expect_absent("Rank  Company   Segment             Round      Amount     Date\n"
                  "3     Guahao    Online healthcare   Pre-IPO    US$394M    Sep 29\n",
                  "ipo_raise");
    /* a gapped clause's name past a relative clause on it */
    expect("Alipay held 53.8 percent of the market in the fourth quarter of 2018 and Tenpay, which runs WeChat Pay, had "
           "38.9 percent.",
           "payment_share|Alipay|2018-12|53.8|percent|exact|observed|1\n"
           "payment_share|Tenpay|2018-12|38.9|percent|exact|observed|1\n",
           true);
    /* a gapped clause's name past its aside in brackets */
    expect("In the fourth quarter of 2017, Alipay held 54.26% of the third-party mobile payment market and Tenpay "
           "(WeChat Pay and QQ Wallet) 38.24%.",
           "payment_share|Alipay|2017-12|54.26|percent|exact|observed|1\n"
           "payment_share|Tenpay|2017-12|38.24|percent|exact|observed|1\n",
           true);
    /* a table's row with its unit's cell is no header of names */
    expect_absent("Economic Operation, January-October 2012\n\n"
                  "  Indicator                          Unit                  Jan-Oct      Growth (%)\n"
                  "  Mobile phone users                 10,000 subscribers  109,403.5       13.1\n"
                  "  Mobile Internet access users       10,000 subscribers   74,312.0       19.6\n"
                  "  Fixed broadband access users       10,000 subscribers   17,069.0       17.9\n",
                  "|10000|");
    /* a payment company's part of the total */
    expect("Third-party payments totaled 23.3 trillion yuan in 2014, with Alipay accounting for 49.6 percent. Tenpay "
           "ranked second with a 19.4 percent share.",
           "third_party_payments|China|2014|23300000000000|CNY|exact|observed|1\n"
           "payment_share|Alipay|2014|49.6|percent|exact|observed|1\n"
           "payment_share|Tenpay|2014|19.4|percent|exact|observed|1\n",
           true);
    expect_absent("During the 2016 festival, Alipay processed a peak of 120,000 payments per second, and mobile "
                  "accounted for 82 percent of GMV.",
                  "payment_share");
    /* a headline in capitals names no deal word; an em dash glued to the
     * dateline's place */
    expect("Ant Financial Valued at About $60 Billion in Fundraising\n\nUpdated April 26, 2016 7:12 a.m. ET\n\n"
           "HONG KONG\xE2\x80\x94" "Ant Financial Services Group said Tuesday it raised $4.5 billion in a private "
           "funding round that values the company at about $60 billion.",
           "valuation|Ant Financial|2016-04-26|60000000000|USD|about|observed|1\n"
           "funding_round|Ant Financial Services Group|2016-04-26|4500000000|USD|exact|observed|5\n"
           "valuation|Ant Financial Services Group|2016-04-26|60000000000|USD|about|observed|5\n",
           true);
    /* people who go online by phone are mobile netizens (a share of
     * them is none) */
    expect("The number of people using mobile phones to go online reached 620 million in 2015. The proportion of "
           "netizens using mobile phones to go online was 90.1 percent.",
           "mobile_netizens|China|2015|620000000|people|exact|observed|1\n", true);
    /* the date after a figure, past its conversion in brackets and a
     * span's compound ("24-hour") */
    expect("Growth came in 2016 and in 2016.\n\nSales on Alibaba's platforms hit 91.2 billion yuan (14.3 billion U.S. "
           "dollars) during the 24-hour shopping spree on Nov. 11, 2015.",
           "daily_transaction_volume|Alibaba|2015-11-11|91200000000|CNY|exact|observed|3\n", true);
    /* a page's footer between the lines of a sentence (text taken from a
     * PDF) is no figure and does not cut the sentence */
    expect("As of December 2011, the total number of netizens in China reached 513 million, an\nChina Internet Network "
           "Information Center                                7\nincrease of 55.8 million over the end of 2010.",
           "netizens|China|2011|513000000|people|exact|observed|1\n"
           "netizens_increase|China|2011|55800000|people|exact|observed|3\n"
           "netizens|China|2010|457200000|people|exact|derived|3\n",
           true);
    expect("As of December 2011, the total number of netizens in China reached 513 million, an\n\n- 7 -\n\nincrease "
           "of 55.8 million over the end of 2010.",
           "netizens|China|2011|513000000|people|exact|observed|1\n"
           "netizens_increase|China|2011|55800000|people|exact|observed|5\n"
           "netizens|China|2010|457200000|people|exact|derived|5\n",
           true);
    /* "passed" a level is more than it; a decade names nobody; "had
     * fallen to"; a share of household liquid assets */
    expect("After a pause in the mid-1980s, growth resumed: money fund assets passed $500 billion in 1990. By 2012 "
           "assets had fallen to about $2.7 trillion.",
           "fund_assets|money market funds|1990|500000000000|USD|more_than|observed|1\n"
           "fund_assets|money market funds|2012|2700000000000|USD|about|observed|1\n",
           true);
    expect("Assets of US money market funds reached $181.9 billion in 1981, when they held about 12 percent of "
           "household liquid assets.",
           "fund_assets|US money market funds|1981|181900000000|USD|exact|observed|1\n"
           "mmf_share_of_savings|US money market funds|1981|12|percent|about|observed|1\n",
           true);
    /* a running tally of minutes is no day's figure */
    expect_none("On Singles Day 2017 sales passed $1.5 billion in the first three minutes.");
    expect_none("Alipay handled 1 billion yuan of payments within 90 seconds on Singles Day 2017.");
    /* "last year's 57.1 billion yuan": a year's own figure, the start a
     * change came from or the figure compared with */
    expect("In 2015 Alipay revenue reached 91.2 billion yuan, up 60 percent from last year's 57.1 billion yuan.",
           "revenue|Alipay|2015|91200000000|CNY|exact|observed|1\n"
           "revenue_growth|Alipay|2015|60|percent|exact|observed|1\n"
           "revenue|Alipay|2014|57100000000|CNY|exact|observed|1\n",
           true);
    expect("In 2015 revenue was 94.4 billion yuan, compared with last year's 76.2 billion yuan.",
           "revenue|China|2015|94400000000|CNY|exact|observed|1\n"
           "revenue|China|2014|76200000000|CNY|exact|observed|1\n",
           true);
    /* figures in brackets after names: each the name's, counting what
     * the one before counts or what the cue before the list names */
    expect("In 2016 the mobile payment market was dominated by Alipay (54.1%) and Tenpay (37.0%), according to "
           "Analysys.",
           "payment_share|Alipay|2016|54.1|percent|exact|observed|1\n"
           "payment_share|Tenpay|2016|37|percent|exact|observed|1\n",
           true);
    expect("WeChat (806 million MAUs), QQ (877 million) and Weibo (297 million) led China's social networks in 2016.",
           "active_users|WeChat|2016|806000000|people|exact|observed|1\n"
           "active_users|QQ|2016|877000000|people|exact|observed|1\n"
           "active_users|Weibo|2016|297000000|people|exact|observed|1\n",
           true);
    expect("The three largest money market funds in 2015 were Yu'e Bao (620.7 billion yuan) and ICBC Cash (150 "
           "billion yuan).",
           "fund_assets|Yu'e Bao|2015|620700000000|CNY|exact|observed|1\n"
           "fund_assets|ICBC Cash|2015|150000000000|CNY|exact|observed|1\n",
           true);
    /* a list of names and figures after a colon */
    expect("Market shares of third-party mobile payments in 2016: Alipay 54.1%, Tenpay 37.0%, Lakala 3.0%.",
           "payment_share|Alipay|2016|54.1|percent|exact|observed|1\n"
           "payment_share|Tenpay|2016|37|percent|exact|observed|1\n"
           "payment_share|Lakala|2016|3|percent|exact|observed|1\n",
           true);
    expect("Monthly active users in 2016: WeChat 889 million, QQ 868 million and Weibo 313 million.",
           "active_users|WeChat|2016|889000000|people|exact|observed|1\n"
           "active_users|QQ|2016|868000000|people|exact|observed|1\n"
           "active_users|Weibo|2016|313000000|people|exact|observed|1\n",
           true);
    /* people who used the Internet are netizens, not users of a product;
     * a count that "stood at"; a superlative aside after the cue */
    expect("In 2011, 513 mln people in China used the Internet.",
           "netizens|China|2011|513000000|people|exact|observed|1\n", true);
    expect("In 2011 China's netizen count stood at 513,000,000.",
           "netizens|China|2011|513000000|people|exact|observed|1\n", true);
    expect("China's online population, the world's largest, reached 513 million in 2011.",
           "netizens|China|2011|513000000|people|exact|observed|1\n", true);
    /* who led a round put money in; the valuation is the company's */
    expect("In 2014 Xiaomi's $1.1 billion round, at a $45 billion valuation, was led by DST.",
           "funding_round|Xiaomi|2014|1100000000|USD|exact|observed|1\n"
           "valuation|Xiaomi|2014|45000000000|USD|exact|observed|1\n",
           true);
    /* a sum of rounds in the perfect is no round; one round's total is */
    expect_none("Ofo said in 2017 that it has now raised a total of $1.3 billion since 2015.");
    expect("In 2011 360buy raised a total of USD 1.5 billion from six funds.",
           "funding_round|360buy|2011|1500000000|USD|exact|observed|1\n", true);
    /* rural online retail is the rural part of online retail, and no revenue */
    expect("Online retail sales in China's rural areas rose 39.1 percent year-on-year to 1.24 trillion yuan in 2017. "
           "National online retail sales totaled 7.18 trillion yuan in 2017.",
           "ecommerce_turnover_growth|China (rural)|2017|39.1|percent|exact|observed|1\n"
           "ecommerce_turnover|China (rural)|2016|891445003595|CNY|about|derived|1\n"
           "ecommerce_turnover|China (rural)|2017|1240000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2017|7180000000000|CNY|exact|observed|1\n",
           true);
    /* each of many; a tally of "just one hour"; the year a thing began
     * is not the document's */
    expect_absent("In 2018, 237 brands each recorded sales of over 100 million yuan.", "100000000|");
    expect_none("In 2018 the sales volume exceeded 100 billion yuan in just one hour and 47 minutes.");
    expect("HANGZHOU, Nov. 12 (Xinhua) -- Alibaba's Singles' Day shopping spree ended with a record 213.5 billion "
           "yuan in gross merchandise volume.\n\nSingles' Day started in 2009.",
           "daily_transaction_volume|Alibaba||213500000000|CNY|exact|observed|1\n", true);
    /* a level followed by "from" and a figure, late in its block: its
     * date (an index of dates, not of tokens) is not read as a change's
     * level (the fuzzer found it: a read out of bounds) */
    expect("In 2009 sales were 1 billion yuan. In 2010 sales were 2 billion yuan. In 2011 sales were 3 billion yuan. "
           "In 2012 sales were 4 billion yuan. In 2013 sales were 5 billion yuan. In 2015 revenue was 94.4 billion "
           "yuan from 76.2 billion yuan.",
           "revenue|China|2015|94400000000|CNY|exact|observed|1\n", false);
    /* "the sales of" a platform on Singles' Day are a day's volume */
    expect("Current Position: History>>2013>>Milestones\n\nNovember 11\n\nThe sales of Tmall and Taobao reached RMB "
           "35.019 billion on the Singles' Day.",
           "daily_transaction_volume|Tmall|2013-11-11|35019000000|CNY|exact|observed|5\n", true);
    /* a relative clause with "whose", a figure inside, stands aside */
    expect("Ant Financial, whose Alipay counts 520 million users, was valued at $60 billion in 2016.",
           "users|Alipay|2016|520000000|people|exact|observed|1\n"
           "valuation|Ant Financial|2016|60000000000|USD|exact|observed|1\n",
           true);
    /* an exclusion holds in the figure's own clause ("..., while ..."); a
     * gapped clause's owner of a noun ("while Tenpay's share rose to") */
    expect("In 2018 mobile payments handled by banks reached 277.39 trillion yuan, while non-bank payment institutions "
           "processed 190.53 trillion yuan of online payments.",
           "third_party_payments|China|2018|190530000000000|CNY|exact|observed|1\n", true);
    expect("Alipay accounted for 68.4% of China's mobile payment market in 2015, while Tenpay's share rose to 20.6%.",
           "payment_share|Alipay|2015|68.4|percent|exact|observed|1\n"
           "payment_share|Tenpay|2015|20.6|percent|exact|observed|1\n",
           true);
    /* a fiscal year: its year, and "FY15" names nobody; where the text
     * says its fiscal year ends in March, each is the twelve months to
     * March */
    expect("In FY15 Alibaba revenue reached RMB 76.2 billion. Alibaba revenue reached RMB 158.3 billion in the "
           "fiscal year ended March 31, 2017.",
           "revenue|Alibaba|2015-03|76200000000|CNY|exact|observed|1\n"
           "revenue|Alibaba|2017-03|158300000000|CNY|exact|observed|1\n",
           true);
    expect("In FY15 Alibaba revenue reached RMB 76.2 billion. Alibaba revenue reached RMB 158.3 billion in fiscal "
           "year 2017.",
           "revenue|Alibaba|2015|76200000000|CNY|exact|observed|1\n"
           "revenue|Alibaba|2017|158300000000|CNY|exact|observed|1\n",
           true);
    /* transactions "daily" are a day's */
    expect("In 2014 Alipay had over 300 million registered users and processed 45 million transactions daily.",
           "registered_users|Alipay|2014|300000000|people|more_than|observed|1\n"
           "transactions_per_day|Alipay|2014|45000000|count|exact|observed|1\n",
           true);
}
END_TEST

/* Every fuzz seed reads without an error: among them the inputs the
 * fuzzer found faults with (crash_*), which the sanitizer build (CI runs
 * it) fails on if the faults come back. */
START_TEST(session9_forms)
{
    /* a headline's or a list item's change leaves out its verb; a news
     * item's time stamp is no heading that dates the lines after it */
    expect("China web users\n\nThu Jul 23, 2015 6:41am EDT\n\n* Internet users up 18.94 mln in first half\n\n"
           "BEIJING, July 23 (Reuters) - China had 668 million internet users.",
           "netizens_increase|China|2015|18940000|people|exact|observed|5\n"
           "netizens|China|2015-07-23|668000000|people|exact|observed|7\n",
           true);
    /* (not a verb's particle: "made up") */
    expect_absent("BEIJING, July 23, 2015 (Reuters) - China had 668 million internet users, and rural users made up "
                  "27.9 percent.",
                  "_growth|");
    /* "edged up to" reaches a level, no bound; a change in percentage
     * points of a rate, and the rate of December before it */
    expect("BEIJING, July 23, 2015 (Reuters) - The proportion of the population that uses the internet edged up to "
           "48.8 percent, 0.9 percentage points higher than in December.",
           "internet_penetration|China|2015-07-23|48.8|percent|exact|observed|1\n"
           "internet_penetration_increase|China|2015-07-23|0.9|percent|exact|observed|1\n"
           "internet_penetration|China|2014|47.9|percent|exact|derived|1\n",
           true);
    /* a report's month of publication: a month after it is of the year
     * before; "from 2014" after a change is its base, not the next
     * figure's date */
    expect("Payments Year in Review 2015\nZhongce Research | January 2016\n\nMobile payments totalled 16.4 trillion "
           "yuan in 2015, up 104% from 2014, while third-party payments reached 11.8 trillion yuan.\n\n"
           "On 11 November, Tmall recorded gross merchandise volume of 91.2 billion yuan.",
           "mobile_payments|China|2015|16400000000000|CNY|exact|observed|4\n"
           "mobile_payments_growth|China|2015|104|percent|exact|observed|4\n"
           "mobile_payments|China|2014|8039215686275|CNY|about|derived|4\n"
           "third_party_payments|China|2015|11800000000000|CNY|exact|observed|4\n"
           "daily_transaction_volume|Tmall|2015-11-11|91200000000|CNY|exact|observed|6\n",
           true);
    /* "near" as "nearly"; headlines in the present tense (dated as the
     * lead under them states the same figure) */
    expect("HONG KONG, Jan 21, 2015 (Reuters) - 4G users near 100 mln, said China Mobile.", "", true);
    expect("China's web population climbs to 668 mln\n\nBEIJING, July 23, 2015 (Reuters) - China had 668 million "
           "internet users at the end of June.",
           "netizens|China|2015-06|668000000|people|exact|observed|1\n"
           "netizens|China|2015-06|668000000|people|exact|observed|3\n",
           true);
    /* "end-June" is the end of June, and "than at end-June" a base (the
     * next item's fall of a level of that date has it too); a figure
     * compared with, and the list that goes on with it ("and just ..."),
     * keep their own dates; "Holder accounts" names nobody */
    expect("Cash Monitor | Third Quarter 2014\n\n- Assets of China's money-market funds reached 1.94 trillion yuan at "
           "end-September 2014, 8.1% more than at end-June.\n- Yu'e Bao's assets fell 6.8% to 534.9 billion yuan.\n\n"
           "The Tianhong fund reported net assets of 534.9 billion yuan at the end of September, against 574.2 "
           "billion yuan at the end of June and just 55.7 billion yuan at the end of September 2013. Holder "
           "accounts rose by 25 million during the quarter to 149 million.",
           "fund_assets|money market funds|2014-09|1940000000000|CNY|exact|observed|3\n"
           "fund_assets_growth|money market funds|2014-09|8.1|percent|exact|observed|3\n"
           "fund_assets|money market funds|2014-06|1794634597595|CNY|about|derived|3\n"
           "fund_assets_growth|Yu'e Bao|2014-09|-6.8|percent|exact|observed|4\n"
           "fund_assets|Yu'e Bao|2014-06|573927038627|CNY|about|derived|4\n"
           "fund_assets|Yu'e Bao|2014-09|534900000000|CNY|exact|observed|4\n"
           "fund_assets|Tianhong|2014-09|534900000000|CNY|exact|observed|6\n"
           "fund_assets|Tianhong|2014-06|574200000000|CNY|exact|observed|6\n"
           "fund_assets|Tianhong|2013-09|55700000000|CNY|exact|observed|6\n"
           "fund_customers_increase|Tianhong|2014-09|25000000|people|exact|observed|6\n"
           "fund_customers|Tianhong|2014-09|149000000|people|exact|observed|6\n",
           true);
    /* a chronology of early years: small counts of sites and .CN names;
     * the users a CNNIC report counts; past "and", a noun with its own
     * figure is that figure's cue, not the one before's */
    expect("A Chronology\n\n1998\nJuly: The second CNNIC report counted 1.175 million users at the end of June. "
           "International bandwidth had more than tripled to 84.64 Mbps; .CN registrations reached 9,415 and "
           "websites about 3,700.\n\n2001\nJanuary: At the end of 2000, Internet users totalled 22.5 million and "
           "websites 265,405, while .CN registrations had climbed to 122,099.\n\n2012\nIn 2012, 3,016 government "
           "websites were tampered with.",
           "netizens|China|1998-06|1175000|people|exact|observed|4\n"
           "international_bandwidth|China|1998-06|84.64|Mbps|exact|observed|4\n"
           "cn_domain_names|China|1998-06|9415|count|exact|observed|4\n"
           "websites|China|1998-06|3700|count|about|observed|4\n"
           "netizens|China|2000|22500000|people|exact|observed|7\n"
           "websites|China|2000|265405|count|exact|observed|7\n"
           "cn_domain_names|China|2000|122099|count|exact|observed|7\n",
           true);
    /* ".CN" after "under" or "of them" (the dot glued to its word) */
    expect("In 2004, China held 1.19 million domain names, of which 432,077 were under .CN.\n\nIn 2008, there were "
           "16.83 million domain names, 13.57 million of them .CN.",
           "domain_names|China|2004|1190000|count|exact|observed|1\n"
           "cn_domain_names|China|2004|432077|count|exact|observed|1\n"
           "domain_names|China|2008|16830000|count|exact|observed|3\n"
           "cn_domain_names|China|2008|13570000|count|exact|observed|3\n",
           true);
    /* a news item's lead dates a national figure by a month's end gone
     * by: the country's undated figures after it are of that date, a
     * company's are not (they are of the month of writing) */
    expect("BEIJING, July 23, 2015 (Reuters) - China had 668 million internet users at the end of June, the agency "
           "said.\n\nMobile internet users numbered 594 million. Tencent says WeChat has 600 million users.",
           "netizens|China|2015-06|668000000|people|exact|observed|1\n"
           "mobile_netizens|China|2015-06|594000000|people|exact|observed|3\n"
           "users|WeChat|2015-07|600000000|people|exact|observed|3\n",
           true);
    /* an earnings release: orders placed are transactions; a loss per
     * ADS is no price, short-term investments no deal, and the growth a
     * foreseen figure represents is foreseen */
    expect("Lanling Holdings Announces Second Quarter 2018 Results\n\nHANGZHOU, China, August 21, 2018 "
           "/PRNewswire/ -- Lanling Holdings Ltd. (NYSE: LNLG) today announced its results.\n\n- Total orders "
           "placed on the platform reached 1.02 billion in the second quarter of 2018.\n- Basic and diluted net "
           "loss per ADS were RMB0.38 (US$0.06).\n- As of June 30, 2018, the Company had cash, cash equivalents "
           "and short-term investments of RMB12.6 billion.\n- For the third quarter of 2018, the Company currently "
           "expects total net revenues to be between RMB5.6 billion and RMB5.9 billion, representing a "
           "year-over-year growth rate of approximately 40% to 47%.",
           "transactions|Lanling|2018-06|1020000000|count|exact|observed|5\n", true);
    /* a post's date ("Posted by ... on May 28, 2016") dates "on Tuesday";
     * a title stated again in the text under it takes the text's date; a
     * title's label before a colon names nobody; a place before what a
     * firm is ("Shanghai online lender", "Hangzhou ... developer") is no
     * name of it */
    expect("Week in Tech Money\nPosted by Rachel Zhou on May 28, 2016 | Filed under: Funding\n\n1) Kuaiyun grabs "
           "$120 million Series C\n\nKuaiyun, a Shenzhen-based app, said on Tuesday that it has closed a $120 "
           "million Series C round led by Tencent.\n\n2) Fresh-food delivery: Guoguo raises RMB300 million\n\n"
           "Guoguo raised RMB300 million in a Series A+ round.\n\n3) Shanghai online lender Jiaxin Finance raised "
           "$77 million in its initial public offering on May 26.\n\n4) Alibaba Group agreed on May 25 to invest "
           "1.2 billion yuan in Hangzhou logistics-software developer Yunlu Technology.",
           "funding_round|Kuaiyun|2016-05-24|120000000|USD|exact|observed|4\n"
           "funding_round|Kuaiyun|2016-05-24|120000000|USD|exact|observed|6\n"
           "funding_round|Guoguo|2016-05-28|300000000|CNY|exact|observed|8\n"
           "funding_round|Guoguo|2016-05-28|300000000|CNY|exact|observed|10\n"
           "ipo_raise|Jiaxin Finance|2016-05-26|77000000|USD|exact|observed|12\n"
           "investment|Yunlu Technology|2016-05-25|1200000000|CNY|exact|observed|14\n",
           true);
    /* a bulletin: its first national figure at a month's end dates the
     * country's undated figures after it; a table's unit line counts
     * nothing; "having grown by", "a net gain of"; the start of a half
     * year's change is the year's end before */
    expect("Communications Industry Operation Bulletin, August 2014\n\nAt the end of August the country had 1,275.34 "
           "million mobile phone subscribers. 3G subscribers totalled 474.06 million, having grown by 5.87 million in "
           "August.\n\nTable 1  Mobile subscribers, end of August 2014\nUnit: 10,000 users\n\nFixed broadband "
           "subscribers reached 199.26 million, a net gain of 0.95 million in the month. FTTH subscribers numbered "
           "55.40 million.\n\nThe operators built 198,000 new 3G base stations in the half year, bringing the total "
           "to 1.06 million at the end of June.",
           "3g_users|China|2014-08|474060000|people|exact|observed|3\n"
           "3g_users_increase|China|2014-08|5870000|people|exact|observed|3\n"
           "3g_users|China|2014-07|468190000|people|exact|derived|3\n"
           "ftth_users|China|2014-08|55400000|people|exact|observed|8\n"
           "3g_base_stations_increase|China|2014-06|198000|count|exact|observed|10\n"
           "3g_base_stations|China|2013|862000|count|exact|derived|10\n"
           "3g_base_stations|China|2014-06|1060000|count|exact|observed|10\n",
           true);
    /* a paper of 2017 whose lead speaks of 2016: its past figures are
     * 2016's; what a figure includes stands aside; "Rural" names nobody */
    expect("Working Paper 2017/04\n\nBy the end of 2016 China had 731 million internet users.\n\nThe number of rural "
           "netizens rose to 201 million. Total e-commerce transactions, including business-to-business trade, "
           "amounted to 26.1 trillion yuan. Rural online retail sales totalled 894.5 billion yuan in 2016.",
           "netizens|China|2016|731000000|people|exact|observed|3\n"
           "netizens|China (rural)|2016|201000000|people|exact|observed|5\n"
           "ecommerce_turnover|China|2016|26100000000000|CNY|exact|observed|5\n"
           "ecommerce_turnover|China (rural)|2016|894500000000|CNY|exact|observed|5\n",
           true);
    /* a note's mark in brackets stands aside; "netizens used online
     * payment" are its users; growth of IPv4 addresses */
    expect("Report 2010\n\nThe number of websites (Note 1) stood at 1.91 million at the end of 2010. A total of 137 "
           "million netizens used online payment, up 45.8% on 2009. As of December 2010, China held 278 million IPv4 "
           "addresses, an increase of 19.4% over the end of 2009.",
           "websites|China|2010|1910000|count|exact|observed|3\n"
           "users|China (online payment users)|2010|137000000|people|exact|observed|3\n"
           "users_growth|China (online payment users)|2010|45.8|percent|exact|observed|3\n"
           "users|China (online payment users)|2009|93964335|people|about|derived|3\n"
           "ipv4_addresses|China|2010|278000000|count|exact|observed|3\n"
           "ipv4_addresses_growth|China|2010|19.4|percent|exact|observed|3\n"
           "ipv4_addresses|China|2009|232830821|count|about|derived|3\n",
           true);
    /* glosses in brackets (Chinese words, the same figure in other units)
     * stand aside for cues, dates and names; a title stated again under it
     * takes the text's date; a label's verbless item reports the lead's
     * year; a label after ';' opens its clause */
    expect("China's netizens reach 6.49\xe4\xba\xbf\n2015-02-04 10:21 Source: China Daily\n\nChina's Internet users "
           "reached 649 million (6.49\xe4\xba\xbf) by the end of 2014, an increase of 31.17 million "
           "(3117\xe4\xb8\x87) over the previous year. The number of mobile netizens (\xe6\x89\x8b\xe6\x9c\xba"
           "\xe7\xbd\x91\xe6\xb0\x91) hit 5.57\xe4\xba\xbf.\n\n- Websites (\xe7\xbd\x91\xe7\xab\x99): "
           "335\xe4\xb8\x87; domain names: 2060\xe4\xb8\x87",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "netizens|China|2014|649000000|people|exact|observed|4\n"
           "netizens_increase|China|2014|31170000|people|exact|observed|4\n"
           "netizens|China|2013|617830000|people|exact|derived|4\n"
           "mobile_netizens|China|2014|557000000|people|exact|observed|4\n"
           "websites|China|2014|3350000|count|exact|observed|6\n"
           "domain_names|China|2014|20600000|count|exact|observed|6\n",
           true);
    /* a term in quotes goes on with the words around it, a quoted number
     * does not; "compared with only X" compares, and X keeps its own date
     * (no later figure's); netizens who used broadband are broadband
     * users; fibre extended to the homes of users is FTTH */
    expect("By the end of 2009 the number of registered domain names had reached 16.82 million, including 13.46 "
           "million under the country code \".CN\", compared with only 48,695 \".CN\" domain names at the end of "
           "1999; China held 232 million IPv4 addresses, and 346 million netizens used broadband.\n\n\"12306\" was "
           "the national customer service hotline.",
           "domain_names|China|2009|16820000|count|exact|observed|1\n"
           "cn_domain_names|China|2009|13460000|count|exact|observed|1\n"
           "cn_domain_names|China|1999|48695|count|exact|observed|1\n"
           "ipv4_addresses|China|2009|232000000|count|exact|observed|1\n",
           true);
    /* the subject of a verb of change names what changed; "the number
     * of" a money indicator's noun counts, and names no value; "Year on
     * year" names nobody */
    expect("Non-bank payment institutions handled 57.35 billion online payment transactions in the first quarter of "
           "2017, with a total value of RMB 24.20 trillion. Year on year, the number of transactions rose 116.4% and "
           "the value 68.9%.",
           "transactions|China|2017-03|57350000000|count|exact|observed|1\n"
           "third_party_payments|China|2017-03|24200000000000|CNY|exact|observed|1\n"
           "transactions_growth|China|2017-03|116.4|percent|exact|observed|1\n",
           true);
    expect("In 2015 Vipshop's net revenue rose 75 percent to 40.2 billion yuan, and Taobao had 400 million active "
           "users.",
           "revenue_growth|Vipshop|2015|75|percent|exact|observed|1\n", false);
    /* who access the web by mobile phone; who bought goods online */
    expect("BEIJING, July 23, 2015 (Reuters) - People who access the web by mobile phone numbered 594 million at the end "
           "of June, and 374 million Chinese bought goods online.",
           "mobile_netizens|China|2015-06|594000000|people|exact|observed|1\n"
           "users|China (online shoppers)|2015-06|374000000|people|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(session10_forms)
{
    /* an English gloss in brackets stands aside: the cue before it reaches
     * the number; a name ("(Yu'e Bao)") and a table's unit ("(million)")
     * do not */
    expect("The number of Internet users (netizens) in China reached 618 million, an increase of 53.58 million over "
           "the end of the previous year.",
           "netizens|China||618000000|people|exact|observed|1\n"
           "netizens_increase|China||53580000|people|exact|observed|1\n",
           true);
    expect("Year  Netizens (million)  Penetration\n2008  298  22.6%\n2009  384  28.9%",
           "netizens|China|2008|298000000|people|exact|observed|2\n"
           "netizens|China|2009|384000000|people|exact|observed|3\n",
           false);
    expect("Fibre-to-the-home (FTTH) users reached 216 million in 2016.",
           "ftth_users|China|2016|216000000|people|exact|observed|1\n", true);
    /* a figure that is the subject of a past verb after it is of the year
     * a January news item's lead reports on */
    expect("By Cao Yu | Updated: 2014-01-17 07:38\n\nChina's internet population grew by 53.58 million last year, "
           "bringing the total to 618 million.\n\nFor the first time, more than half a billion people went online.",
           "netizens|China|2013|500000000|people|more_than|observed|5\n", false);
    /* ... who went online with their phones are mobile netizens; a
     * hyphenated compound is one word of a cue */
    expect("In 2013 more than half a billion people went online with their mobile phones, and fibre-to-the-home users "
           "rose to 68.31 million.",
           "mobile_netizens|China|2013|500000000|people|more_than|observed|1\n"
           "ftth_users|China|2013|68310000|people|exact|observed|1\n",
           true);
    /* hard-wrapped lines: a sentence that ends at the end of a full line
     * does not end its paragraph, whose date goes on; a numbered item on
     * the next line is no part of it */
    expect("Fund Industry Review\nJuly 2017\n\nInvestor accounts in public funds exceeded 500 million by the end of\n"
           "June, and individual investors held about 53% of all fund shares.\n"
           "Money market funds alone served over 400 million investors.",
           "fund_customers|public funds|2017-06|500000000|people|more_than|observed|4\n"
           "fund_customers|money market funds|2017-06|400000000|people|more_than|observed|6\n",
           true);
    /* a site's name and an ISO date with its time date a news item; in one
     * on the report of the end of June, the first six months are to June,
     * and a figure compared with the end of the year before is of June */
    expect("China's Internet users reach 538 mln\nEnglish.news.cn   2012-07-19 17:26:41\n\n"
           "BEIJING, July 19 (Xinhua) -- China's Internet population reached 538 million by the end of June.\n\n"
           "The number of netizens grew by 24.5 million in the first six months of the year.\n\n"
           "The country's Internet penetration rate rose to 39.9 percent, up 1.6 percentage points from the end of "
           "2011, the report said.",
           "netizens|China|2012-06|538000000|people|exact|observed|4\n"
           "netizens_increase|China|2012-06|24500000|people|exact|observed|6\n"
           "internet_penetration|China|2012-06|39.9|percent|exact|observed|8\n"
           "internet_penetration_increase|China|2012-06|1.6|percent|exact|observed|8\n"
           "internet_penetration|China|2011|38.3|percent|exact|derived|8\n",
           false);
    /* a change "in half a year" of a figure as of June 30 starts at the
     * end of the year before */
    expect("As of June 30, 2009, mobile Internet users numbered 155 million, an increase of 37.58 million in half a "
           "year.",
           "mobile_netizens|China|2009-06-30|155000000|people|exact|observed|1\n"
           "mobile_netizens_increase|China|2009-06-30|37580000|people|exact|observed|1\n"
           "mobile_netizens|China|2008|117420000|people|exact|derived|1\n",
           true);
    /* a report whose lead speaks of the year before its own, by its
     * paragraph's date: its figures told in the past are of that year */
    expect("China Payment Industry Annual Report 2019\nPayment & Clearing Association of China\n\nIn 2018, payment "
           "institutions continued to grow. Over the year, they processed 530.61 billion online payment "
           "transactions.\n\nPayment institutions processed 490.41 billion mobile payment transactions.",
           "transactions|China|2018|530610000000|count|exact|observed|4\n"
           "transactions|China|2018|490410000000|count|exact|observed|6\n",
           true);
    /* "during the festival", "during the day": the day named before (a
     * day's volume, not a year's sales); a day's change year-on-year
     * starts on the same day a year before */
    expect("By Meng Jing | China Daily | Updated: 2016-11-12 07:41\n\nAlibaba's shopping bonanza set another record on "
           "Friday as the Nov 11 online sales event turned eight.\n\nGross merchandise volume on Alibaba's platforms "
           "during the festival reached 120.7 billion yuan.\n\nAlipay processed 1.05 billion payment transactions "
           "during the day, an increase of 48 percent year-on-year.",
           "daily_transaction_volume|Alibaba|2016-11-11|120700000000|CNY|exact|observed|5\n"
           "transactions|Alipay|2016-11-11|1050000000|count|exact|observed|7\n"
           "transactions_growth|Alipay|2016-11-11|48|percent|exact|observed|7\n"
           "transactions|Alipay|2015-11-11|709459459|count|about|derived|7\n",
           true);
    /* (not a day of the year before: "on Nov. 11 last year") */
    expect("Tue Nov 12, 2013 3:41am EST\n\nSHANGHAI, Nov 12 (Reuters) - Chinese shoppers spent 35.02 billion yuan on "
           "Alibaba's websites on Monday.\n\nSales were up 83 percent from the 19.1 billion yuan recorded on Nov. 11 "
           "last year.\n\nAlipay said it processed 188 million transactions during the day.",
           "transactions|Alipay|2013-11-11|188000000|count|exact|observed|7\n", false);
    /* a monthly bulletin: a change "since the start of the year" starts at
     * the end of the year before; access "from" mobile phones; an adjective
     * that opens a sentence is no name; all base stations are not 3G's */
    expect("By the end of October 2014, 3G users reached 478.96 million, a net increase of 76.99 million since the "
           "start of the year. Users accessing the Internet from mobile phones numbered 827.86 million. Public WLAN "
           "access points reached 5.92 million.",
           "3g_users|China|2014-10|478960000|people|exact|observed|1\n"
           "3g_users_increase|China|2014-10|76990000|people|exact|observed|1\n"
           "3g_users|China|2013|401970000|people|exact|derived|1\n"
           "mobile_netizens|China|2014-10|827860000|people|exact|observed|1\n"
           "wireless_access_points|China|2014-10|5920000|count|exact|observed|1\n",
           true);
    expect_absent("By the end of October 2014, the number of mobile communication base stations nationwide reached 3.36 "
                  "million.",
                  "3g_base_stations");
    /* a place after a later figure is that figure's, not the country's */
    expect("By the end of 2013 the country counted 618 million internet users, and the national penetration rate "
           "reached 45.8 per cent, still well below the rates of 80 per cent or more seen in Japan.",
           "netizens|China|2013|618000000|people|exact|observed|1\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|1\n",
           true);
    /* a wrapped line that ends with a bracket goes on in lower case */
    expect("According to the consultancy iResearch,\nthird-party mobile payments reached 58.8 trillion yuan (US$8.6 trillion)"
           "\nin 2016, up 381 percent on the previous year. The number of people going online by phone rose to 500\n"
           "million in 2016.",
           "mobile_payments|China|2016|58800000000000|CNY|exact|observed|2\n"
           "mobile_payments_growth|China|2016|381|percent|exact|observed|3\n"
           "mobile_netizens|China|2016|500000000|people|exact|observed|3\n",
           false);
    /* a title with its time stamp under it takes the date the text gives
     * its figure */
    expect("China's Internet users reach 538 mln, mobile phones overtake PCs\nEnglish.news.cn   2012-07-19 17:26:41\n\n"
           "BEIJING, July 19, 2012 (Xinhua) -- China's Internet population reached 538 million by the end of June.",
           "netizens|China|2012-06|538000000|people|exact|observed|1\n"
           "netizens|China|2012-06|538000000|people|exact|observed|4\n",
           true);
    /* "last year" right after a figure, in a news item of a known day */
    expect("BEIJING, Jan 31, 2018 (AFP) - China's army of internet users grew to 772 million last year, a state-backed "
           "research centre said Wednesday.",
           "netizens|China|2017|772000000|people|exact|observed|1\n", true);
    expect("China had 38.48 million registered domain names, of which 20.85 million ended in \".cn\", at the end of "
           "2017. Online video attracted 579 million viewers in 2017.",
           "domain_names|China|2017|38480000|count|exact|observed|1\n"
           "cn_domain_names|China|2017|20850000|count|exact|observed|1\n"
           "online_video_users|China|2017|579000000|people|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(session11_forms)
{
    /* a byline's author is nobody's figure; a sum over many deals is no
     * round */
    expect("Friday, 20 November 2020 | By Mei Tanaka-Ross | Funding\n\n"
           "Chinese tech companies raised more than $4bn in private rounds this week across 37 deals.",
           "", true);
    /* any series is a round; the Beijing company is the one spoken of, and
     * so is its "its"; a round's co-investors after "with" are no subject */
    expect("Banmaxue said on Monday it had raised $750m in a Series E round led by Hillhouse Capital, with Tencent "
           "and Temasek following on. The deal values the Beijing company at $6.5bn, more than double the $3bn "
           "valuation of its $400m Series D in March.",
           "funding_round|Banmaxue||750000000|USD|exact|observed|1\n"
           "valuation|Banmaxue||6500000000|USD|exact|observed|1\n"
           "valuation|Banmaxue||3000000000|USD|exact|observed|1\n"
           "funding_round|Banmaxue||400000000|USD|exact|observed|1\n",
           true);
    /* a week's news: an undated deal is of its month, not of the day it
     * was gathered on; a title takes the day its text gives */
    expect("China Tech Money Week\n\nFriday, 20 November 2020\n\nHere are this week's deals.\n\n"
           "Tencent buys 8.4% of Keepfit for 1.2bn yuan\n\n"
           "Tencent agreed on Wednesday to buy an 8.4 per cent stake in fitness app Keepfit for 1.2bn yuan.\n\n"
           "Shenzhen-based Kuaiduo Robotics raised RMB30m in an angel round from Matrix Partners.",
           "acquisition|Keepfit|2020-11-18|1200000000|CNY|exact|observed|7\n"
           "acquisition|Keepfit|2020-11-18|1200000000|CNY|exact|observed|9\n"
           "funding_round|Kuaiduo Robotics|2020-11|30000000|CNY|exact|observed|11\n",
           false);
    /* what a company has, told in the present in a news item of a known
     * day, is of its month; a country's figure keeps the year */
    expect("Ant valued at $60 billion\n\nUpdated April 26, 2016 7:12 a.m. ET\n\n"
           "Ant's Alipay mobile payment app has 450 million active users, and the company says it has 20 million "
           "registered merchants.",
           "active_users|Alipay|2016-04|450000000|people|exact|observed|5\n", false);
    /* a digest's week dates it by its last day ("on Monday" is that week's);
     * the date one item of a list gives is not the next item's */
    expect("CHINA TECH DEALS DIGEST\nIssue No. 118 | Week of April 9-13, 2018\n\n"
           "* Pinduoduo -- US$3 billion, led by Tencent. Pinduoduo says it had 295 million annual active buyers at "
           "the end of March.\n"
           "* 17zuoye -- US$250 million Series E co-led by Temasek and DST Global.\n"
           "* Huya set terms on Monday for a New York IPO of 15 million ADSs.",
           "funding_round|17zuoye|2018-04|250000000|USD|exact|observed|5\n"
           "ipo_shares_offered|Huya|2018-04-09|15000000|count|exact|observed|6\n",
           false);
    /* a press release's dateline names its city in title case; the list
     * under "December Quarter 2014 Highlights" is of that quarter */
    expect("Alibaba Group Announces December Quarter 2014 Results\n\n"
           "Hangzhou, China, January 29, 2015 - Alibaba Group Holding Limited (NYSE: BABA) today announced its "
           "financial results.\n\nDecember Quarter 2014 Highlights:\n\n"
           "- Revenue was RMB26,179 million, an increase of 40% year-over-year.",
           "revenue|Alibaba Group|2014-12|26179000000|CNY|exact|observed|7\n", false);
    /* a table's caption on a line of its own above it gives its unit (and
     * is no figure); a part of an indicator is a column of its own */
    expect("4. Main indicators by month (unit: 10,000 subscribers)\n\n"
           "Indicator                        June 2014   July 2014\n"
           "Mobile phone subscribers           127,457     127,802\n"
           "Mobile Internet subscribers         85,683      86,587\n"
           "Fixed broadband subscribers         20,048      20,123",
           "mobile_netizens|China|2014-06|856830000|people|exact|observed|5\n"
           "mobile_netizens|China|2014-07|865870000|people|exact|observed|5\n",
           true);
    /* the rate of a part of the country is that part's; who are offline
     * are no rate of who are online */
    expect("Rural internet penetration reached 38.4 per cent in 2018, up from 35.4 per cent in 2017, but it remained "
           "far below the urban rate of 74.6 per cent. About 40 percent of rural residents are still offline.",
           "internet_penetration|China (rural)|2018|38.4|percent|exact|observed|1\n"
           "internet_penetration|China (rural)|2017|35.4|percent|exact|observed|1\n"
           "internet_penetration|China (urban)|2018|74.6|percent|exact|observed|1\n",
           true);
    /* a table's columns named by a part alone ("Urban", "Rural") count
     * the part of the column before; "(millions, year-end)" is a scale */
    expect("Chart 1: China's netizens (millions, year-end)\n\n"
           "Year   All netizens   Urban   Rural   Rural share   Mobile netizens\n"
           "2010        457         332     125      27.4%           303\n"
           "2012        564         408     156      27.7%           420",
           "netizens|China|2010|457000000|people|exact|observed|4\n"
           "netizens|China (urban)|2010|332000000|people|exact|observed|4\n"
           "netizens|China (rural)|2010|125000000|people|exact|observed|4\n"
           "mobile_netizens|China|2010|303000000|people|exact|observed|4\n"
           "netizens|China|2012|564000000|people|exact|observed|5\n"
           "netizens|China (urban)|2012|408000000|people|exact|observed|5\n"
           "netizens|China (rural)|2012|156000000|people|exact|observed|5\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|5\n",
           true);
    /* a company's table without a name is the company the text spoke of;
     * "(CN¥ billion)" */
    expect("Tuzi Live had 246 million monthly active users at the end of 2021.\n\nKey figures\n\n"
           "  Year    MAUs (millions)    Revenue (CN\u00a5 billion)\n"
           "  2020        238                 6.9\n"
           "  2021        246                 7.3",
           "active_users|Tuzi Live|2021|246000000|people|exact|observed|1\n"
           "active_users|Tuzi Live|2020|238000000|people|exact|observed|6\n"
           "revenue|Tuzi Live|2020|6900000000|CNY|exact|observed|6\n"
           "active_users|Tuzi Live|2021|246000000|people|exact|observed|7\n"
           "revenue|Tuzi Live|2021|7300000000|CNY|exact|observed|7\n",
           true);
    /* a filing names its company before what it is; a years' table may end
     * with the change between its last two years; a column's name goes on
     * up to the wide gap before the next */
    expect("Table of Contents\n\nJD.com, Inc. - Annual Report on Form 20-F for the fiscal year ended December 31, "
           "2014\n\n"
           "                                    For the Year Ended December 31,\n"
           "                                     2013      2014   2014 vs. 2013\n"
           "Annual active customer accounts (millions)(2)    47.4      96.6        104%",
           "active_users|JD.com|2013|47400000|people|exact|observed|7\n"
           "active_users|JD.com|2014|96600000|people|exact|observed|7\n"
           "active_users_growth|JD.com|2014|104|percent|exact|observed|7\n",
           true);
    /* a post's date ("Posted on January 20, 2014 by ..."): a month later
     * than it is of the year before; a numbered item's heading takes the
     * date its text gives the same figure */
    expect("China's internet in 2013, in 10 numbers\nPosted on January 20, 2014 by Marc Dreyfus | 47 Comments\n\n"
           "1. 618 million internet users.\nChina ended 2013 with 618 million internet users.\n\n"
           "2. Baidu acquired app store 91 Wireless for $1.85 billion in August.",
           "netizens|China|2013|618000000|people|exact|observed|4\n"
           "netizens|China|2013|618000000|people|exact|observed|5\n"
           "acquisition|91 Wireless|2013-08|1850000000|USD|exact|observed|7\n",
           true);
    /* what a company paid for a company it names is a price; what gamers
     * spent, or what was spent on infrastructure, is none */
    expect("Baidu paid $1.85 billion for app store 91 Wireless in August 2013, after spending $370 million on the "
           "video site PPS in May 2013.\n\nChinese gamers spent 83.17 billion yuan in 2013.\n\n"
           "The country has spent 4.3 trillion yuan on building Internet infrastructure.",
           "acquisition|91 Wireless|2013-08|1850000000|USD|exact|observed|1\n"
           "acquisition|PPS|2013-05|370000000|USD|exact|observed|1\n",
           true);
    /* a chronology's year on a line of its own dates the entries under it,
     * up to the next, and the months they name */
    expect("A chronology\n\n1999\n\nAlibaba is founded in Hangzhou.\n\n"
           "China has 8.9 million internet users by the end of June.\n\n2000\n\n"
           "Sina raises $68 million in its Nasdaq IPO.\n\nThe number of internet users reaches 22.5 million.\n\n"
           "2001\nNetizens reach 33.7 million.",
           "netizens|China|1999-06|8900000|people|exact|observed|7\n"
           "ipo_raise|Sina|2000|68000000|USD|exact|observed|11\n"
           "netizens|China|2000|22500000|people|exact|observed|13\n"
           "netizens|China|2001|33700000|people|exact|observed|16\n",
           true);
    /* an undated projection "to reach X to Y yuan" is a range, its lower
     * bound in the upper's currency */
    expect("Analysts expect money market funds to reach 10 trillion to 12 trillion yuan within five years.",
           "fund_assets_projection|money market funds||10000000000000|CNY|at_least|observed|1\n"
           "fund_assets_projection|money market funds||12000000000000|CNY|less_than|observed|1\n",
           true);
    /* an app's registrations are its registered users; a domain's are
     * domain names only where the text speaks of domains */
    expect("Tencent Weibo reported 540 million registrations in 2012. Registrations of WeChat passed 300 million in "
           "January 2013.\n\nThe .CN domain counted 48,695 registrations in 2002.",
           "registered_users|Tencent Weibo|2012|540000000|people|exact|observed|1\n"
           "registered_users|WeChat|2013-01|300000000|people|more_than|observed|1\n"
           "cn_domain_names|China|2002|48695|count|exact|observed|3\n",
           true);
    /* a dateline without its year, of the first months: the year after the
     * one the text speaks of; "last year" a few words after a figure; "the
     * fourth quarter" with no year is the last one gone by, dated by its
     * last month as a quarter with its year is */
    expect("SHANGHAI, Feb 10 (Reuters) - Alipay held 54 percent of the mobile payment market in the fourth quarter "
           "of 2016.\n\nThe two firms handled 38 trillion yuan in mobile payments last year.\n\n"
           "Tenpay held 37 percent of the market in the fourth quarter.",
           "payment_share|Alipay|2016-12|54|percent|exact|observed|1\n"
           "mobile_payments|China|2016|38000000000000|CNY|exact|observed|3\n"
           "payment_share|Tenpay|2016-12|37|percent|exact|observed|5\n",
           true);
    /* ... unless the text names that month of its year */
    expect("BEIJING, Jan 22 (Reuters) - Didi said on Friday it had raised $3 billion in January 2016.",
           "funding_round|Didi|2016-01|3000000000|USD|exact|observed|1\n", true);
    /* ... and over a text that names only a year it compares with, the
     * year after it (not one a thing began in) */
    expect("BEIJING, July 16 (Xinhua) -- The number of Internet users in China reached 338 million by the end of "
           "June, up 13.4 percent from the end of 2008.",
           "netizens|China|2009-06|338000000|people|exact|observed|1\n"
           "netizens_growth|China|2009-06|13.4|percent|exact|observed|1\n"
           "netizens|China|2008|298059965|people|about|derived|1\n",
           true);
    /* (a figure may stand between the comparing word and its year) */
    expect("BEIJING, July 16 (Xinhua) -- Internet users in China reached 338 million by the end of June, compared "
           "with 298 million at the end of 2008.",
           "netizens|China|2009-06|338000000|people|exact|observed|1\n"
           "netizens|China|2008|298000000|people|exact|observed|1\n",
           true);
    /* a table of indicators by month-end columns of its caption's year, a
     * signed change in the last column; the unit line's aside is some rows'
     * only */
    expect("Table 2  Broadband indicators, July-August 2014\nUnit: 10,000 users (base stations: 10,000 units)\n\n"
           "Indicator                          End-July    End-August    Change\n"
           "Fixed broadband subscribers          19,831        19,926       +95\n"
           "  of which: FTTH                      5,312         5,540      +228\n"
           "3G base stations                      108.9         111.2      +2.3",
           "ftth_users|China|2014-07|53120000|people|exact|observed|6\n"
           "ftth_users|China|2014-08|55400000|people|exact|observed|6\n"
           "ftth_users_increase|China|2014-08|2280000|people|exact|observed|6\n"
           "3g_base_stations|China|2014-07|1089000|count|exact|observed|7\n"
           "3g_base_stations|China|2014-08|1112000|count|exact|observed|7\n"
           "3g_base_stations_increase|China|2014-08|23000|count|exact|observed|7\n",
           true);
    /* a table whose rows name whose figures they are, its columns the
     * indicators ("of which 3G" under "Mobile subscribers"), a share's
     * column no count; "Total" is the country's */
    expect("Table 1  Mobile subscribers of the operators, end of August 2014\nUnit: 10,000 users\n\n"
           "Operator            Mobile subscribers    of which 3G    3G as % of total\n"
           "China Mobile                  79,945          21,926              27.4\n"
           "China Unicom                  29,301          15,090              51.5\n"
           "Total                        127,534          47,406              37.2",
           "users|China Mobile (mobile phone subscribers)|2014-08|799450000|people|exact|observed|5\n"
           "3g_users|China Mobile|2014-08|219260000|people|exact|observed|5\n"
           "users|China Unicom (mobile phone subscribers)|2014-08|293010000|people|exact|observed|6\n"
           "3g_users|China Unicom|2014-08|150900000|people|exact|observed|6\n"
           "3g_users|China|2014-08|474060000|people|exact|observed|7\n",
           true);
    /* a row of a part under the row it is part of ("of which: 3G", then
     * "4G", under "Mobile base stations", which are no 3G's); an empty
     * cell; "(unit: 10,000 stations)" */
    expect("Table 3  Mobile base stations, 2012-2014\n(unit: 10,000 stations)\n\n"
           "                          2012       2013       2014\n"
           "Mobile base stations     206.6      241.0      350.9\n"
           "  of which: 3G            71.2       85.3      128.0\n"
           "            4G              -          -        84.9",
           "3g_base_stations|China|2012|712000|count|exact|observed|6\n"
           "3g_base_stations|China|2013|853000|count|exact|observed|6\n"
           "3g_base_stations|China|2014|1280000|count|exact|observed|6\n"
           "4g_base_stations|China|2014|849000|count|exact|observed|7\n",
           true);
    /* a table between rules of dashes, a note's mark after a year, the
     * unit at the end of the caption's line; a fund's units are no assets */
    expect("3.1 Key accounting data and financial indicators          Unit: RMB yuan\n\n"
           "---------------------------------------------------------------------\n"
           "Item                                   2014                   2013 (1)\n"
           "---------------------------------------------------------------------\n"
           "Net assets at end of period      578,934,847,946.33     185,348,451,612.37\n"
           "Fund units at end of period      578,934,847,946.33     185,348,451,612.37\n"
           "---------------------------------------------------------------------",
           "fund_assets|money market funds|2014|578934847946.33|CNY|exact|observed|6\n"
           "fund_assets|money market funds|2013|185348451612.37|CNY|exact|observed|6\n",
           true);
    /* "over the whole year" is the year spoken of, not the day before it */
    expect("Tianhong fund report, 2014\n\nOn 17 February 2014 the fund recorded its largest net subscription, 15.08 "
           "billion yuan. Over the whole year, the fund's net assets grew by 393.59 billion yuan, or 212.35%.",
           "fund_daily_subscriptions|Tianhong|2014-02-17|15080000000|CNY|exact|observed|3\n"
           "fund_assets_increase|Tianhong|2014|393590000000|CNY|exact|observed|3\n"
           "fund_assets_growth|Tianhong|2014|212.35|percent|exact|observed|3\n",
           false);
    /* a table may end with both changes, the amount and the percent */
    expect("Key figures (unit: 10,000)\n\n"
           "Indicator          Dec 2012     Jun 2013     Change     Growth\n"
           "Netizens             56,400       59,056     +2,656      4.7%\n"
           "Mobile netizens      41,997       46,376     +4,379     10.4%",
           "netizens|China|2012|564000000|people|exact|observed|4\n"
           "netizens|China|2013-06|590560000|people|exact|observed|4\n"
           "netizens_increase|China|2013-06|26560000|people|exact|observed|4\n"
           "netizens_growth|China|2013-06|4.7|percent|exact|observed|4\n"
           "mobile_netizens|China|2012|419970000|people|exact|observed|5\n"
           "mobile_netizens|China|2013-06|463760000|people|exact|observed|5\n"
           "mobile_netizens_increase|China|2013-06|43790000|people|exact|observed|5\n"
           "mobile_netizens_growth|China|2013-06|10.4|percent|exact|observed|5\n",
           true);
    /* two amounts with their currencies, nothing moving between, are a
     * range */
    expect("Deals, 2014\n\nAlibaba could be valued at $150 billion to $200 billion.",
           "valuation|Alibaba|2014|150000000000|USD|at_least|observed|3\n"
           "valuation|Alibaba|2014|200000000000|USD|less_than|observed|3\n",
           true);
    /* a short caption that names one series, its unit in brackets, over
     * rows of a year and a figure ("1997: 62") */
    expect("Internet users in selected years (unit: 10,000 persons)\n1997: 62\n2002: 5,910\n2012: 56,400",
           "netizens|China|1997|620000|people|exact|observed|2\n"
           "netizens|China|2002|59100000|people|exact|observed|3\n"
           "netizens|China|2012|564000000|people|exact|observed|4\n",
           true);
    /* what a shop takes on the day is the day's sales */
    expect("SHANGHAI, Nov 12, 2013 (Reuters) - On Singles' Day, Alibaba sites took 35.02 bln yuan in 24 hours.",
           "daily_transaction_volume|Alibaba|2013-11-11|35020000000|CNY|exact|observed|1\n", true);
    /* a title's change goes with its level to the date the text gives */
    expect("Alibaba sites take 35.02 bln yuan in 24 hours, up 83 pct\n\nSHANGHAI, Nov 12, 2013 (Reuters) - "
           "Shoppers spent a record 35.02 billion yuan on Alibaba's sites on Monday.",
           "daily_transaction_volume|Alibaba|2013-11-11|35020000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|Alibaba|2013-11-11|83|percent|exact|observed|1\n"
           "daily_transaction_volume|Alibaba|2013-11-11|35020000000|CNY|exact|observed|3\n",
           true);
    /* a table of indicator rows whose columns are a level at a date and its
     * changes, the header on two lines, each word its column's by where it
     * ends; an empty cell */
    expect("Table 1  Main subscriber indicators\n\n"
           "                                                     Unit: 10,000 users\n"
           "Indicator                    End of Oct.   Net addition since   YoY growth\n"
           "                                    2014      start of year          (%)\n"
           "Mobile phone users               128,467            5,545             5.4\n"
           "  of which: 3G users              47,896            7,699            27.6\n"
           "Fixed broadband access users      20,048            1,157               -",
           "3g_users|China|2014-10|478960000|people|exact|observed|7\n"
           "3g_users_increase|China|2014-10|76990000|people|exact|observed|7\n"
           "3g_users_growth|China|2014-10|27.6|percent|exact|observed|7\n",
           true);
}
END_TEST

/* Forms met in session 12's documents, each written here afresh. */
/* Forms read since session 13 */
START_TEST(session13_forms)
{
    /* a range with the currency before its lower bound and the scale after
     * its upper bound; a range after "at between" */
    expect("Xiaomi raised US$20-30 million in 2015.",
           "funding_round|Xiaomi|2015|20000000|USD|at_least|observed|1\n"
           "funding_round|Xiaomi|2015|30000000|USD|less_than|observed|1\n",
           true);
    expect("Ofo is closing a new round, which would value the company at between $2.5 billion and $3 billion.",
           "valuation|Ofo||2500000000|USD|at_least|observed|1\n"
           "valuation|Ofo||3000000000|USD|less_than|observed|1\n",
           true);
    /* what funds could hold one day is a projection of no date */
    expect("Analysts say money market funds could eventually hold between 3 trillion and 5 trillion yuan.",
           "fund_assets_projection|money market funds||3000000000000|CNY|at_least|observed|1\n"
           "fund_assets_projection|money market funds||5000000000000|CNY|less_than|observed|1\n",
           true);
    /* "the figure" after a date that opens its clause is the figure before */
    expect("In 1997 there were only 620,000 netizens in China; by the end of 2009 the figure had risen to 384 "
           "million.",
           "netizens|China|1997|620000|people|exact|observed|1\n"
           "netizens|China|2009|384000000|people|exact|observed|1\n",
           true);
    /* a table's "Number" row counts what its brackets name, at their scale */
    expect("Table 2  Mobile payments by banking institutions, 2014-2016\n\n"
           "                                        2014      2015\n"
           "Number (100 million transactions)      45.24    138.37\n"
           "Value (trillion yuan)                  22.59    108.22\n",
           "transactions|China|2014|4524000000|count|exact|observed|4\n"
           "transactions|China|2015|13837000000|count|exact|observed|4\n"
           "mobile_payments|China|2014|22590000000000|CNY|exact|observed|5\n"
           "mobile_payments|China|2015|108220000000000|CNY|exact|observed|5\n",
           true);
    /* a row named by a word that, with the caption's noun, is a cue
     * ("Mobile" under "Third-party payment volume": mobile payments); the
     * caption's own total; a row that names nothing counts nothing */
    expect("Table A  Third-party payment transaction volume, 2014-2015 (trillion yuan)\n\n"
           "Channel                     2014      2015     Growth\n"
           "Internet (PC)               8.03     11.80      46.9%\n"
           "Mobile                      8.04     16.40     104.0%\n"
           "Total                      16.07     28.20      75.5%\n",
           "mobile_payments|China|2014|8040000000000|CNY|exact|observed|5\n"
           "mobile_payments|China|2015|16400000000000|CNY|exact|observed|5\n"
           "mobile_payments_growth|China|2015|104|percent|exact|observed|5\n"
           "third_party_payments|China|2014|16070000000000|CNY|exact|observed|6\n"
           "third_party_payments|China|2015|28200000000000|CNY|exact|observed|6\n"
           "third_party_payments_growth|China|2015|75.5|percent|exact|observed|6\n",
           true);
    /* the country's subscribers are nobody's product: read (their number
     * is no other indicator's, their date dates what follows), not
     * written; an operator's are its users */
    expect("Telecom Bulletin, October 2014\n\n"
           "The three operators had 200.48 million fixed broadband access users, a net increase of 11.57 million "
           "since the start of the year. FTTH users reached 61.67 million. China Telecom had 107 million "
           "fixed broadband users.",
           "ftth_users|China|2014-10|61670000|people|exact|observed|3\n"
           "users|China Telecom (fixed broadband subscribers)|2014-10|107000000|people|exact|observed|3\n",
           true);
    /* a page's path names the year ("Chronicle >> 1999"); a month on a
     * line of its own dates the entries under it, in its block or the
     * next; "M" after "bandwidth" is megabits */
    expect("Home >> History >> Chronicle of Events >> 1999\n\n"
           "May\n"
           "SINA.com raised US$25 million in a private placement.\n\n"
           "October\n\n"
           "Alibaba received US$5 million in angel investment.\n\n"
           "Note: at the end of 1999 international bandwidth reached 351M and 48,695 domain names were "
           "registered under .CN.",
           "funding_round|SINA.com|1999-05|25000000|USD|exact|observed|4\n"
           "funding_round|Alibaba|1999-10|5000000|USD|exact|observed|8\n"
           "international_bandwidth|China|1999|351|Mbps|exact|observed|10\n"
           "cn_domain_names|China|1999|48695|count|exact|observed|10\n",
           true);
    /* "Annual growth" is a change's column; a label broken over two lines
     * is one; a figure's decimals stay */
    expect("Table 3   Basic Internet Resources in China, 2007-2008\n"
           "                             Dec. 2007       Dec. 2008     Annual growth\n"
           "Websites (#)                  1,503,800       2,878,000         91.4%\n"
           "International outlet\n"
           "  bandwidth (Mbps)              368,927      640,286.67         73.6%\n",
           "websites|China|2007|1503800|count|exact|observed|3\n"
           "websites|China|2008|2878000|count|exact|observed|3\n"
           "websites_growth|China|2008|91.4|percent|exact|observed|3\n"
           "international_bandwidth|China|2007|368927|Mbps|exact|observed|5\n"
           "international_bandwidth|China|2008|640286.67|Mbps|exact|observed|5\n"
           "international_bandwidth_growth|China|2008|73.6|percent|exact|observed|5\n",
           true);
    /* a place, or a word opening the sentence, then what the firm is, then
     * its name right before the verb: the name is the subject */
    expect("Beijing autonomous-trucking developer Haoyun Tech raised US$200 million in a Series B round.",
           "funding_round|Haoyun Tech||200000000|USD|exact|observed|1\n", true);
    expect("Grocery delivery app Xianfeng Maicai raised US$95.7 million in its IPO.",
           "ipo_raise|Xianfeng Maicai||95700000|USD|exact|observed|1\n", true);
    /* a column of units, in words too; a count of nobody's product
     * ("Fixed telephone subscribers") is no fact */
    expect("Major Indicators of Post and Telecommunications, 2001\n"
           "Item                               Unit                   2001    Growth over 2000 (%)\n"
           "Telecom service income             100 million yuan      3,522          12.4\n"
           "Fixed telephone subscribers        10,000 households    18,037          24.6\n"
           "Internet users                     10,000 persons        3,370          49.8\n",
           "revenue|China|2001|352200000000|CNY|exact|observed|3\n"
           "revenue_growth|China|2001|12.4|percent|exact|observed|3\n"
           "netizens|China|2001|33700000|people|exact|observed|5\n"
           "netizens_growth|China|2001|49.8|percent|exact|observed|5\n",
           true);
    /* holder accounts are a fund's customers, across the industry too; a
     * count's change is no change of money */
    expect("Money market fund report 2014\n\nTotal holder accounts across the fund industry passed 230 million.",
           "fund_customers|China|2014|230000000|people|more_than|observed|3\n", true);
    expect("Money market fund report 2014\n\n"
           "Holder accounts of Yu'e Bao rose by 25 million during the quarter to 149 million.",
           "fund_customers_increase|Yu'e Bao|2014|25000000|people|exact|observed|3\n"
           "fund_customers|Yu'e Bao|2014|149000000|people|exact|observed|3\n",
           true);
    /* a row whose first word ends a cue the caption's words open */
    expect("Table 1  P2P lending in China, 2012-2015\n\n"
           "                                   2012      2013\n"
           "Platforms in operation              200       800\n"
           "Loan volume (100 million yuan)      212     1,058\n",
           "p2p_platforms|China|2012|200|count|exact|observed|4\n"
           "p2p_platforms|China|2013|800|count|exact|observed|4\n",
           false);
    /* the countryside's online sales are the rural part of e-commerce */
    expect("Online retail sales in the countryside reached 1.24 trillion yuan in 2017, up 39.1 percent.",
           "ecommerce_turnover|China (rural)|2017|1240000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|China (rural)|2017|39.1|percent|exact|observed|1\n"
           "ecommerce_turnover|China (rural)|2016|891445003595|CNY|about|derived|1\n",
           true);
    /* a growth row under a rate's row is the growth of the count above it */
    expect("Table 3  Internet users and penetration, 2006-2007\n\n"
           "                                    2006     2007\n"
           "Internet users (10,000 persons)   13,700   21,000\n"
           "Penetration (%)                     10.5     16.0\n"
           "Growth vs previous year (%)         23.4     53.3\n",
           "netizens|China|2006|137000000|people|exact|observed|4\n"
           "netizens|China|2007|210000000|people|exact|observed|4\n"
           "internet_penetration|China|2006|10.5|percent|exact|observed|5\n"
           "internet_penetration|China|2007|16|percent|exact|observed|5\n"
           "netizens_growth|China|2006|23.4|percent|exact|observed|6\n"
           "netizens|China|2005|111021070|people|about|derived|6\n"
           "netizens_growth|China|2007|53.3|percent|exact|observed|6\n",
           true);
    /* a share bought is a stake in what it is of; a price range with its
     * currency twice; ADSs are shares */
    expect("Tencent buys 8.4% of Keepfit.", "acquisition_stake|Keepfit||8.4|percent|exact|observed|1\n", true);
    expect_none("Analysts said 60% of buyers bought online.");
    expect("The company will sell 10 million ADSs at US$10.50 to US$12.50 each.",
           "ipo_shares_offered|China||10000000|count|exact|observed|1\n"
           "price_per_share|China||10.5|USD|at_least|observed|1\n"
           "price_per_share|China||12.5|USD|less_than|observed|1\n",
           true);
    /* "twelve months later the figure stood at": the figure before, a year on */
    expect("CNNIC counted 63.11 million microblog users at the end of 2010; twelve months later the figure stood at "
           "249.88 million.",
           "microblog_users|China|2010|63110000|people|exact|observed|1\n"
           "microblog_users|China|2011|249880000|people|exact|observed|1\n",
           true);
    /* a change restated between commas, in either order, and the level it
     * led to */
    expect("In 2009 mobile netizens jumped by 32.1 percent, or 37.98 million, to 155 million.",
           "mobile_netizens_growth|China|2009|32.1|percent|exact|observed|1\n"
           "mobile_netizens_increase|China|2009|37980000|people|exact|observed|1\n"
           "mobile_netizens|China|2009|155000000|people|exact|observed|1\n",
           false);
    expect("In 2009 mobile netizens rose by 37.98 million, or 32.1 percent, to 155 million.",
           "mobile_netizens_increase|China|2009|37980000|people|exact|observed|1\n"
           "mobile_netizens|China|2008|117020000|people|exact|derived|1\n"
           "mobile_netizens_growth|China|2009|32.1|percent|exact|observed|1\n"
           "mobile_netizens|China|2009|155000000|people|exact|observed|1\n",
           true);
    /* "i.e." ends no sentence, and what it says the cue means stands aside */
    expect("Mobile netizens, i.e. netizens who have used a mobile phone to access the Internet in the past half year, "
           "numbered 117.6 million by the end of 2008.",
           "mobile_netizens|China|2008|117600000|people|exact|observed|1\n", true);
    /* an equity interest is a stake; equity's return is none */
    expect("Tencent completed the acquisition of a 36.5% equity interest in Sogou in September 2013.",
           "acquisition_stake|Sogou|2013-09|36.5|percent|exact|observed|1\n", true);
    expect_none("Return on equity was 15% in 2013.");
    /* a part's row ("of which: 3G") with the caption's noun ("users") */
    expect("Table 1  Main telecom users, 2011-2012                      Unit: 10,000 households\n"
           "Indicator                         2011           2012          Net increase\n"
           "Mobile phone                    98,625        111,216            12,591\n"
           "  of which: 3G                  12,842         23,280            10,438\n",
           "3g_users|China|2011|128420000|people|exact|observed|4\n"
           "3g_users|China|2012|232800000|people|exact|observed|4\n"
           "3g_users_increase|China|2012|104380000|people|exact|observed|4\n",
           true);
    /* an operators' table: the caption names what its "Subscribers"
     * count, "Net addition" is their change, a header of two lines, a
     * column of text between the name and the figures */
    expect("Table 1  3G subscribers by operator, end of October 2010\n"
           "         (unit: 10,000 subscribers)\n\n"
           "  Operator        Standard          Subscribers   Net addition   Share of\n"
           "                                                   in October    3G total\n"
           "  China Mobile    TD-SCDMA              1,823.5         140.2       46.0%\n"
           "  China Telecom   CDMA2000 EV-DO          985.8          98.2       24.8%\n"
           "  Total                                 3,968.0         341.0      100.0%\n",
           "3g_users|China Mobile|2010-10|18235000|people|exact|observed|6\n"
           "3g_users_increase|China Mobile|2010-10|1402000|people|exact|observed|6\n"
           "3g_users|China Telecom|2010-10|9858000|people|exact|observed|7\n"
           "3g_users_increase|China Telecom|2010-10|982000|people|exact|observed|7\n"
           "3g_users|China|2010-10|39680000|people|exact|observed|8\n"
           "3g_users_increase|China|2010-10|3410000|people|exact|observed|8\n",
           true);
    /* a share of an amount named after "of" is a share of what the amount
     * is (its words after it); the amount itself, deposits, is no fund's */
    expect("In 2013 money funds held less than 1 percent of the nearly 100 trillion yuan sitting in bank deposits.",
           "mmf_share_of_bank_deposits|money market funds|2013|1|percent|less_than|observed|1\n", true);
    expect("In 2017 money funds equalled about 3.2 percent of the more than 160 trillion yuan held in Chinese bank "
           "deposits.",
           "mmf_share_of_bank_deposits|Chinese money market funds|2017|3.2|percent|about|observed|1\n", true);
    expect_none("In 2017 about 30 percent of the 160 trillion yuan went to housing.");
    /* "or an average of 130,000 a minute" after a count of payments; red
     * envelopes sent are payments */
    expect("On Nov 11, 2013 Alipay handled 188 million payment transactions, or an average of roughly 130,000 a "
           "minute.",
           "transactions|Alipay|2013-11-11|188000000|count|exact|observed|1\n"
           "transactions_per_minute|Alipay|2013-11-11|130000|count|about|observed|1\n",
           true);
    expect_none("In 2013 the factory made 1,000 phones a minute.");
    expect("On New Year's Eve 2016 WeChat users sent and received 8.08 billion red envelopes.",
           "transactions|WeChat|2016|8080000000|count|exact|observed|1\n", true);
    /* people who paid with their phones are mobile payment users */
    expect("In 2016, 469 million people had paid with their phones.",
           "users|China (mobile payment users)|2016|469000000|people|exact|observed|1\n", true);
    /* a yearly change with no level in its sentence, and the level of its
     * year in another: the year before is derived; not where that year's
     * level is stated near it, nor from a year with two levels */
    expect("By the end of 2017 China had 772 million internet users.\n\n"
           "The country added 40.74 million internet users in 2017.",
           "netizens|China|2017|772000000|people|exact|observed|1\n"
           "netizens_increase|China|2017|40740000|people|exact|observed|3\n"
           "netizens|China|2016|731260000|people|exact|derived|3\n",
           true);
    expect("By the end of 2017 China had 772 million internet users, up from 731 million in 2016.\n\n"
           "The country added 40.74 million internet users in 2017.",
           "netizens|China|2017|772000000|people|exact|observed|1\n"
           "netizens|China|2016|731000000|people|exact|observed|1\n"
           "netizens_increase|China|2017|40740000|people|exact|observed|3\n",
           false);
    /* the figure again in Chinese units, in brackets, stands aside */
    expect("Online retail sales totalled RMB 2.79 trillion yuan (2.79\xE4\xB8\x87\xE4\xBA\xBF\xE5\x85\x83) in "
           "2014, up 49.7 percent year on year.",
           "ecommerce_turnover|China|2014|2790000000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|China|2014|49.7|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2013|1863727454910|CNY|about|derived|1\n",
           true);
    /* a magazine's issue of the year after the one its figures are of is
     * the time of writing: its "last year" is theirs */
    expect("THE LONG PLAY\n\nBy Clara Weiss | June 2014 issue\n\n"
           "Chinese gamers spent 83.17 billion yuan in 2013. Tencent's online-game revenue came to some 44.8 "
           "billion yuan last year. In 2013 the industry counted 495 million game users.",
           "revenue|Tencent|2013|44800000000|CNY|about|observed|5\n", false);
    /* a fund's customers where only the document's title names the fund */
    expect("World's Biggest Money Fund Shrinks by Almost a Third\n\n"
           "Customers keep signing up. The number of investors rose to 568 million at the end of September 2018.",
           "fund_customers|China|2018-09|568000000|people|exact|observed|3\n", true);
    expect_none("Phone Makers Shrink\n\n"
                "Customers keep signing up. The number of investors rose to 568 million at the end of September 2018.");
    /* a table's column of units holds words too: "block /32", "Mbps" */
    expect("Table 1  Main indicators of basic Internet resources, 2011-2012\n\n"
           "  Indicator                      Unit            2011         2012     Growth (%)\n"
           "  IPv6 addresses                 block /32      9,398       12,535       33.4\n"
           "  International bandwidth        Mbps       1,389,529    1,899,792       36.7\n",
           "ipv6_addresses|China|2011|9398|other|exact|observed|4\n"
           "ipv6_addresses|China|2012|12535|other|exact|observed|4\n"
           "ipv6_addresses_growth|China|2012|33.4|percent|exact|observed|4\n"
           "international_bandwidth|China|2011|1389529|Mbps|exact|observed|5\n"
           "international_bandwidth|China|2012|1899792|Mbps|exact|observed|5\n"
           "international_bandwidth_growth|China|2012|36.7|percent|exact|observed|5\n",
           true);
    /* people who had shopped online, people playing online games */
    expect("By June 2012, 210 million people had shopped online.",
           "users|China (online shoppers)|2012-06|210000000|people|exact|observed|1\n", true);
    expect("In 2013 the number of people playing online games stood at 338 million.",
           "game_players|China|2013|338000000|people|exact|observed|1\n", true);
    /* the price of the shares sold: "4 million shares at US$17" */
    expect("In 2000 Sohu sold 4.6 million shares at US$13.", "price_per_share|Sohu|2000|13|USD|exact|observed|1\n",
           true);
    /* "Of these, ..." speaks of the date the paragraph before named; people
     * who go online with a mobile phone are mobile netizens */
    expect("Speech, 12 July 2016\n\nBy the end of last year, China had 688 million netizens.\n\n"
           "Of these, 620 million people go online with a mobile phone.",
           "netizens|China|2015|688000000|people|exact|observed|3\n"
           "mobile_netizens|China|2015|620000000|people|exact|observed|5\n",
           true);
    /* an aside of who is counted, in brackets, between the cue and its verb;
     * people who hold a fund's shares are its customers */
    expect("In August 2014, mobile Internet access subscribers (those who used mobile data in the month) reached 872.16 "
           "million.",
           "mobile_netizens|China|2014-08|872160000|people|exact|observed|1\n", true);
    expect("As of June 30, 2017, 369 million people held Yu'e Bao shares.",
           "fund_customers|Yu'e Bao|2017-06-30|369000000|people|exact|observed|1\n", true);
    /* transactions on a shopping site's platform, in money, are its turnover */
    expect("Taobao said transactions on its platform reached 80.9 billion yuan in 2009.",
           "ecommerce_turnover|Taobao|2009|80900000000|CNY|exact|observed|1\n", true);
    /* a venture fund's close is no fund's assets: it is what was invested
     * into the fund */
    expect_absent("In 2015 Linhai Ventures closed its third US dollar fund, Linhai Ventures Fund III, at US$350 million.",
                  "fund_assets|");
    expect("In 2015 Linhai Ventures closed its third US dollar fund, Linhai Ventures Fund III, at US$350 million.",
           "|2015|350000000|USD|exact|observed|1\n", false);
    /* licences issued in all, and institutions that hold them; licences
     * revoked are none issued */
    expect("Payments 2016\n\nThe PBOC has issued a total of 270 payment licences. It had revoked 27 of them by the "
           "end of 2016.",
           "payment_licenses_total|China|2016|270|count|exact|observed|3\n", true);
    expect("Payments 2018\n\nAfter 33 payment licences were revoked for violations, 238 institutions held valid "
           "licences at the end of 2018.",
           "payment_companies|China|2018|238|count|exact|observed|3\n", true);
    /* a quarter named by its last month; a heading over a list dates all
     * its items */
    expect("Alibaba Group Announces September Quarter 2014 Results\n\n"
           "September Quarter 2014 Business Highlights\n\n"
           "- GMV transacted on our China retail marketplaces in the quarter was RMB556 billion.\n\n"
           "- Mobile GMV was RMB202 billion, an increase of 214% year-on-year.",
           "ecommerce_turnover|Alibaba Group|2014-09|556000000000|CNY|exact|observed|5\n"
           "ecommerce_turnover|Alibaba Group|2014-09|202000000000|CNY|exact|observed|7\n"
           "ecommerce_turnover_growth|Alibaba Group|2014-09|214|percent|exact|observed|7\n",
           false);
    /* a change over the years since a year long gone is dated by its end,
     * as "growth between 2011 and 2013" is (the answer key's 2013), and
     * derives no year's level; one since the end of last year is a year's */
    expect("Internet Report 2018\n\nSince 2010, the online population has grown by 97 million, or 78 per cent.",
           "netizens_increase|China|2018|97000000|people|exact|observed|3\n"
           "netizens_growth|China|2018|78|percent|exact|observed|3\n",
           true);
    expect("By June 2009 the number of IPv4 addresses reached 205 million, an increase of 13.8% since the end of "
           "2008.",
           "ipv4_addresses|China|2009-06|205000000|count|exact|observed|1\n"
           "ipv4_addresses_growth|China|2009-06|13.8|percent|exact|observed|1\n",
           false);
    /* a rate changes by points or percent, never by a count */
    expect_none("Subscribers rose by an increase of 125.91 million in the year; the penetration rate rose to 82.5 "
                "sets per 100 people.");
}
END_TEST

START_TEST(session15_forms)
{
    /* a table of indicator rows with a column of units ("10,000
     * subscribers", "100 million yuan"): each row's figures in its unit */
    expect("Table 2  Broadband indicators, 2015\n\n"
           "Indicator                     Unit                  Dec. 2015   Net increase   Growth (%)\n"
           "FTTH users                    10,000 subscribers       12,015          5,152         75.1\n"
           "Mobile Internet users         10,000 subscribers       96,447             --           --\n",
           "ftth_users|China|2015|120150000|people|exact|observed|4\n"
           "ftth_users_increase|China|2015|51520000|people|exact|observed|4\n"
           "ftth_users_growth|China|2015|75.1|percent|exact|observed|4\n"
           "mobile_netizens|China|2015|964470000|people|exact|observed|5\n",
           true);
    /* a subject that is a change: "the net increase of X ... was N" */
    expect("The net increase of FTTH users during 2015 was 51.52 million, and the total reached 120.15 million.",
           "ftth_users_increase|China|2015|51520000|people|exact|observed|1\n"
           "ftth_users|China|2014|68630000|people|exact|derived|1\n"
           "ftth_users|China|2015|120150000|people|exact|observed|1\n",
           true);
    expect("In 2015 the increase in mobile Internet users amounted to 90 million.",
           "mobile_netizens_increase|China|2015|90000000|people|exact|observed|1\n", true);
    /* (not a change that is the verb's object: "an increase of" a level
     * stands before the figure, and a clause without a change noun is a
     * level) */
    expect("In 2015 the number of FTTH users was 120.15 million.",
           "ftth_users|China|2015|120150000|people|exact|observed|1\n", true);
    /* an item of a numbered list is a story of its own: the month one
     * item speaks of is not the next one's */
    expect("Statistical Bulletin of 2015\n\n1. FTTH. FTTH users reached 120.15 million. In May alone, FTTH users "
           "grew by 5.2 million.\n2. Mobile Internet. Mobile Internet users reached 964.47 million.\n",
           "ftth_users|China|2015|120150000|people|exact|observed|3\n"
           "ftth_users_increase|China|2015-05|5200000|people|exact|observed|3\n"
           "mobile_netizens|China|2015|964470000|people|exact|observed|4\n",
           true);
    /* a change over months back ("over six months ago", "in the past
     * three months") starts that many months before the level's date */
    expect("By the end of 2016, netizens numbered 731 million, an increase of 21.32 million over six months ago.",
           "netizens|China|2016|731000000|people|exact|observed|1\n"
           "netizens_increase|China|2016|21320000|people|exact|observed|1\n"
           "netizens|China|2016-06|709680000|people|exact|derived|1\n",
           true);
    expect("By June 2017, mobile netizens reached 724 million, up 28.3 million in the past three months.",
           "mobile_netizens|China|2017-03|695700000|people|exact|derived|1\n", false);
    /* a participle after the noun links it to its figure; "of the total
     * population" is a share of it */
    expect("At the end of 2006 the number of IPv4 addresses allocated to China was 98,015,744.",
           "ipv4_addresses|China|2006|98015744|count|exact|observed|1\n", true);
    expect("By the end of 2006, netizens accounted for 10.5% of the total population.",
           "internet_penetration|China|2006|10.5|percent|exact|observed|1\n", true);
    /* a heading that ends with its quarter and a colon dates the list
     * under it; a release's defined term ('("NetEase" or the "Company")')
     * names its issuer; the cost of revenues is no revenue, nor is revenue
     * from a line of business that line's turnover */
    expect("First Quarter 2015 Results\n\nBEIJING, May 20, 2015 - Example Holdings Inc. (\"NetEase\" or the "
           "\"Company\"), an Internet company, today announced its results.\n\n"
           "Highlights of the First Quarter of 2015:\n\n"
           "- Total revenues were RMB5,443.6 million, an increase of 49.8% over the first quarter of 2014.\n"
           "- Cost of revenues increased by 61.2% to RMB2,453.0 million.\n"
           "- Revenues from e-commerce transactions were RMB602.5 million.\n",
           "revenue|NetEase|2015-03|5443600000|CNY|exact|observed|7\n"
           "revenue_growth|NetEase|2015-03|49.8|percent|exact|observed|7\n"
           "revenue|NetEase|2014-03|3633911883|CNY|about|derived|7\n",
           true);
    /* the years a text looks ahead to are not the year it speaks of; a
     * year that ends a fiscal period compared with is the base; the
     * issuer named before '(the "Company")' owns the figures */
    expect("Survey Report\n\nThe cut-off date of this survey is December 31, 2002. Internet users numbered "
           "59.1 million, up from 45.8 million at the end of June 2002.\n\nThe next survey will take June 30, "
           "2003 as its cut-off date and will be released in July 2003.\n",
           "netizens|China|2002|59100000|people|exact|observed|3\n", false);
    expect("Annual Results\n\nThe board of directors of Example Holdings Limited (the \"Company\") announces its "
           "results for the year ended 31 December 2008.\n\n- Total revenues were RMB7,154.5 million, an increase "
           "of 87.2% over the year ended 31 December 2007.\n- Online advertising revenues were RMB826.3 million.\n",
           "revenue|Example|2008|7154500000|CNY|exact|observed|5\n"
           "revenue_growth|Example|2008|87.2|percent|exact|observed|5\n"
           "revenue|Example|2007|3821848291|CNY|about|derived|5\n"
           "revenue|Example|2008|826300000|CNY|exact|observed|6\n",
           true);
    /* a mark passed on the way to the level reached is no figure of its
     * own; a date written with dots dates the figure */
    expect("As of 1998.12.31, the number of Internet users passed the two million mark, reaching 2.1 million.",
           "netizens|China|1998-12-31|2100000|people|exact|observed|1\n", true);
    expect("In 2009 netizens passed the 300 million mark.", "netizens|China|2009|300000000|people|more_than|observed|1\n",
           true);
    /* (in running text the month goes on) */
    expect("Statistical Bulletin of 2015\n\nFTTH users reached 120.15 million. In May, FTTH users grew by 5.2 "
           "million. Mobile Internet users reached 964.47 million.\n",
           "mobile_netizens|China|2015-05|964470000|people|exact|observed|3\n", false);
}
END_TEST

START_TEST(session16_forms)
{
    /* a table's rows labelled by month and year ("Dec. 2007", "June
     * 2009"): the month's figures; December's are the year's */
    expect("Table 2-1  Size of Netizens and Internet Penetration Rate\n\n"
           "   Time          Netizens (10,000)    Penetration rate\n"
           "   Dec. 2007          21,000              16.0%\n"
           "   June 2008          25,300              19.1%\n",
           "netizens|China|2007|210000000|people|exact|observed|4\n"
           "internet_penetration|China|2007|16|percent|exact|observed|4\n"
           "netizens|China|2008-06|253000000|people|exact|observed|5\n"
           "internet_penetration|China|2008-06|19.1|percent|exact|observed|5\n",
           true);
    /* a header of two lines, the columns' units on the second, and a
     * row's year with a footnote's mark ("2019*") */
    expect("Table 1\nOnline payments and Internet users in China, 2018-2020.\n\n"
           "  Year     Online payments by non-bank      Netizens\n"
           "           institutions (trillion yuan)     (million)\n"
           "  2018           208.07                        829\n"
           "  2019*          249.88                        904\n",
           "third_party_payments|China|2018|208070000000000|CNY|exact|observed|6\n"
           "netizens|China|2018|829000000|people|exact|observed|6\n"
           "third_party_payments|China|2019|249880000000000|CNY|exact|observed|7\n"
           "netizens|China|2019|904000000|people|exact|observed|7\n",
           true);
    /* "for September 2016" after a figure is its month, not the day the
     * item before named */
    expect("Weibo Reports Third Quarter 2016 Results\n\n"
           "  -- Monthly active users were 297 million as of September 30, 2016.\n"
           "  -- Average daily active users were 132 million for September 2016.\n",
           "active_users|Weibo|2016-09-30|297000000|people|exact|observed|3\n"
           "active_users|Weibo|2016-09|132000000|people|exact|observed|4\n",
           true);
    /* a digest's days written as a range with the month again or on a
     * line of other words ("Week of May 18 - May 24, 2015", "Deals
     * announced July 20 - 26, 2015"): its figures are of that month */
    expect("CHINA TECH DEAL DIGEST\nIssue No. 47 | Week of May 18 - May 24, 2015\n\n"
           "* Zhihu -- US$55 million Series C led by Capital Today.\n",
           "funding_round|Zhihu|2015-05|55000000|USD|exact|observed|4\n", true);
    expect("CHINA VENTURE PULSE  |  Weekly deal digest\nDeals announced July 20 - 26, 2015\n\n"
           "* Zhihu -- US$55 million Series C led by Capital Today.\n",
           "funding_round|Zhihu|2015-07|55000000|USD|exact|observed|4\n", true);
    /* a fund house's name is no fund; the stake and the price one verb
     * tells are of the date after the price */
    expect("Yu'e Bao was launched on May 29, 2013. Ant Financial bought 51% of Tianhong Asset Management for "
           "1.18 billion yuan in October 2013.",
           "acquisition_stake|Tianhong Asset Management|2013-10|51|percent|exact|observed|1\n"
           "acquisition|Tianhong Asset Management|2013-10|1180000000|CNY|exact|observed|1\n",
           true);
    /* a year's level is its end's: six months before it is June */
    expect("By the end of 1999, China had 8.9 million Internet users, more than double the 4 million of six "
           "months earlier.",
           "netizens|China|1999|8900000|people|exact|observed|1\n"
           "netizens|China|1999-06|4000000|people|exact|observed|1\n",
           true);
    /* a product's name inside a cue of lower-case words is the cue's
     * and the figure's holder; title case is no such name */
    expect("The number of registered Taobao users exceeded 98 million by the end of 2008.",
           "registered_users|Taobao|2008|98000000|people|more_than|observed|1\n", true);
    /* (the stake's date is the price's even where the paragraph has
     * dated a figure before it) */
    expect("Yu'e Bao was launched on May 29, 2013, with assets of 200 million yuan. Ant Financial bought 51% of "
           "Tianhong Asset Management for 1.18 billion yuan ($193 million) in October 2013.",
           "fund_assets|Yu'e Bao|2013-05-29|200000000|CNY|exact|observed|1\n"
           "acquisition_stake|Tianhong Asset Management|2013-10|51|percent|exact|observed|1\n"
           "acquisition|Tianhong Asset Management|2013-10|1180000000|CNY|exact|observed|1\n",
           true);
    /* (a founding's date is an initial figure's; the participle that
     * opens the sentence is nobody's name, and "it" after it is the fund) */
    expect("Formed May 29, 2013, Yu'e Bao's initial scale was only CNY200 million. It managed a fund of CNY1.58 "
           "trillion at the end of 2017.",
           "fund_assets|Yu'e Bao|2013-05-29|200000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2017|1580000000000|CNY|exact|observed|1\n",
           true);
    /* (a course that began, no founding: "began trending downward in
     * 2018" dates the figures of its clause) */
    expect("TechNode -- 10 April 2019\n\nAfter five years of growth, Yu'e Bao began trending downward in 2018, with "
           "assets under management falling 28.5% to RMB 1.13 trillion.",
           "fund_assets_growth|Yu'e Bao|2018|-28.5|percent|exact|observed|3\n"
           "fund_assets|Yu'e Bao|2017|1580419580420|CNY|about|derived|3\n"
           "fund_assets|Yu'e Bao|2018|1130000000000|CNY|exact|observed|3\n",
           true);
    /* (a name inside a cue after the figure; the one inside a deal's cue
     * is what the deal is about) */
    expect("Sina claimed 503 million registered Weibo accounts by December 2012.",
           "registered_users|Sina|2012|503000000|people|exact|observed|1\n", true);
    expect("In 2018 Tencent Holdings agreed to buy $50 million worth of Mengtu shares in a private placement.",
           "investment|Mengtu|2018|50000000|USD|exact|observed|1\n", true);
    /* (a row with a footnote's mark between others keeps the table whole) */
    expect("Table 1\nOnline payments in China, 2018-2020.\n\n"
           "  Year     Online payments by non-bank      Netizens\n"
           "           institutions (trillion yuan)     (million)\n"
           "  2018           208.07                        829\n"
           "  2019*          249.88                        904\n"
           "  2020           294.56                        989\n",
           "third_party_payments|China|2018|208070000000000|CNY|exact|observed|6\n"
           "netizens|China|2018|829000000|people|exact|observed|6\n"
           "third_party_payments|China|2019|249880000000000|CNY|exact|observed|7\n"
           "netizens|China|2019|904000000|people|exact|observed|7\n"
           "third_party_payments|China|2020|294560000000000|CNY|exact|observed|8\n"
           "netizens|China|2020|989000000|people|exact|observed|8\n",
           true);
}
END_TEST

START_TEST(session18_forms)
{
    /* a fund's own report: its title names the fund, which "the fund"
     * and a figure naming nobody are of; a numbered heading ("4.1
     * Operation during the reporting period") names nobody */
    expect("Tianhong Zengli Money Market Fund\nAnnual Report 2016\n\n"
           "4.1 Operation during the reporting period\n\n"
           "At the end of 2016 the fund's net assets were RMB 80.5 billion. The number of holders "
           "reached 12 million.\n",
           "fund_assets|Tianhong Zengli|2016|80500000000|CNY|exact|observed|6\n"
           "fund_customers|Tianhong Zengli|2016|12000000|people|exact|observed|6\n",
           true);
    /* "the Fund", a defined term, is the report's fund whatever else the
     * paragraph opens with ("Flows were", "Weighted average"); the kind a
     * sentence names holds its figure ("money market funds ... held") */
    expect("Tianhong Zengli Money Market Fund\nAnnual Report 2016\n\n"
           "Weighted average maturity was 94 days at year-end.\n\n"
           "Flows were heaviest in the first quarter. On 17 February 2016 the Fund recorded its largest "
           "single-day net subscription of the year, 1.5 billion yuan.\n\n"
           "The 237 money market funds in China held combined assets of 4.3 trillion yuan at the end of 2016, "
           "so the Fund accounted for about 2 percent of the sector.\n",
           "fund_daily_subscriptions|Tianhong Zengli|2016-02-17|1500000000|CNY|exact|observed|6\n"
           "fund_assets|Chinese money market funds|2016|4300000000000|CNY|exact|observed|8\n",
           true);
    /* the manager a fund report's first lines name is its "Fund Manager";
     * a section's mark ("§4") is no name, nor is who writes a part of the
     * report ("Manager's Report") what the part is about */
    expect("Tianhong Zengli Money Market Fund\n"
           "Fund manager: Tianhong Asset Management Co., Ltd.   Fund custodian: China CITIC Bank\n\n"
           "\xc2\xa7" "4 Manager's Report\n"
           "In 2016 the Fund's net assets grew by 13.8%.\n\n"
           "Ant Financial holds 51% of the equity of the Fund Manager, having acquired the stake in "
           "October 2013 for RMB 1.18 billion.\n",
           "fund_assets_growth|Tianhong Zengli|2016|13.8|percent|exact|observed|5\n"
           "acquisition_stake|Tianhong Asset Management|2016|51|percent|exact|observed|7\n"
           "acquisition|Tianhong Asset Management|2013-10|1180000000|CNY|exact|observed|7\n",
           true);
    /* "the quarter" of a quarterly report is the one its first lines name,
     * and the paragraph goes on with it ("three months earlier": March) */
    expect("Tianhong Zengli Money Market Fund\nQuarterly Report for the Second Quarter of 2017\n\n"
           "Fund code 000198. Date of issue: 19 July 2017.\n\n"
           "At the end of the quarter the fund's net assets were RMB 80.5 billion. The number of holders "
           "reached 12 million, 2 million more than three months earlier.\n",
           "fund_assets|Tianhong Zengli|2017-06|80500000000|CNY|exact|observed|6\n"
           "fund_customers|Tianhong Zengli|2017-06|12000000|people|exact|observed|6\n"
           "fund_customers_increase|Tianhong Zengli|2017-06|2000000|people|exact|observed|6\n"
           "fund_customers|Tianhong Zengli|2017-03|10000000|people|exact|derived|6\n",
           true);
    /* a listing's code is no year ("(HKEX: 2099)"), and a day of the weeks
     * just ahead of an issue's date is to come, not a year gone */
    expect("CHINA TECH DEALS WEEKLY\nWeek 12 | March 21 - March 27, 2016\n\n"
           "Mingyuan Games (HKEX: 2099) will list on Apr 6 after raising HK$1.92 billion in its IPO.\n",
           "ipo_raise|Mingyuan Games|2016-04-06|1920000000|HKD|exact|observed|4\n", true);
    /* in a fund's report, a figure the sentence gives to the kind its rule
     * falls back to ("the money market fund total") is that kind's, not
     * the fund's; deposits held by banks are no fund's assets; a
     * section's mark ("§5 Tencent") is none of the name after it */
    expect("Tianhong Zengli Money Market Fund\nAnnual Report 2017\n\n"
           "The money market fund total was RMB 7.1 trillion at the end of 2017, equal to about 4.3% of the "
           "RMB 164.1 trillion of yuan deposits held by financial institutions.\n\n"
           "\xc2\xa7" "5 Tencent\n"
           "In 2016 it had 20 million holders.\n",
           "fund_assets|money market funds|2017|7100000000000|CNY|exact|observed|4\n"
           "mmf_share_of_bank_deposits|money market funds|2017|4.3|percent|about|observed|4\n"
           "fund_customers|Tencent|2016|20000000|people|exact|observed|7\n",
           true);
    /* a quarter written short and glued to its year: "2Q14", "3Q2013" */
    expect("In 2Q14 Alipay processed RMB 3 trillion in payments.\n\n"
           "In 3Q2013 Tenpay processed RMB 1 trillion in payments.\n",
           "third_party_payments|Alipay|2014-06|3000000000000|CNY|exact|observed|1\n"
           "third_party_payments|Tenpay|2013-09|1000000000000|CNY|exact|observed|3\n",
           true);
}
END_TEST

START_TEST(session19_forms)
{
    /* a chronology's short entry under a year is of that year, not of the
     * year the paper was written in; "22 May" with its day first is a date
     * (the modal "may" is not capitalised after a day) */
    expect("A Timeline of Chinese Internet Finance\nResearch note, March 2022\n\n"
           "2001\n"
           "February -- Ctrip raises US$10 million from Carlyle.\n"
           "22 May -- Sohu raises US$40 million.\n\n"
           "2011\n"
           "8 May -- Renren raises US$743 million in its IPO.\n",
           "funding_round|Ctrip|2001-02|10000000|USD|exact|observed|5\n"
           "funding_round|Sohu|2001-05-22|40000000|USD|exact|observed|6\n"
           "ipo_raise|Renren|2011-05-08|743000000|USD|exact|observed|9\n",
           true);
    /* "by the end of the year" is the end of the year the entry is under,
     * not the entry's day */
    expect("2015\n"
           "3 March -- Didi Kuaidi opens its new office. By the end of the year it has 250 million "
           "registered users.\n",
           "registered_users|Didi Kuaidi|2015|250000000|people|exact|observed|2\n",
           true);
    /* a label whose cue a word narrows ("Internet penetration rate:"), after
     * an entry's dash; but not a participle that makes it another thing
     * ("Disclosed value" of a week's deals is no valuation) */
    expect("2019\nYear end -- Netizens: 854 million; Internet penetration rate: 61.2%.\n",
           "netizens|China|2019|854000000|people|exact|observed|2\n"
           "internet_penetration|China|2019|61.2|percent|exact|observed|2\n",
           true);
    expect_none("Weekly deal digest, June 2016\n\nDisclosed value .......... US$1.9 billion\n");
    /* a superlative opening a label is nobody's name */
    expect_absent("Weekly deal digest, July 2015\n\nLargest round ........ US$75m (Aoxiang Drones)\n", "|Largest|");
    /* a results table whose unit is over each column ("(in millions)" twice:
     * millions, not millions squared, and the header stays with its rows),
     * a row's label a cue with a name inside that opens its line
     * ("Registered ChangYou user accounts") */
    expect("Sohu.com Limited\nUnaudited results for the quarter ended 30 June 2008\n\n"
           "                                   As at          As at        Change\n"
           "                              30 Jun 2008    31 Mar 2008\n"
           "                              (in millions)  (in millions)\n"
           "Registered ChangYou user accounts       48.2          41.5       16.1%\n"
           "Active ChangYou user accounts            6.3           5.9        6.8%\n",
           "registered_users|Sohu.com|2008-06-30|48200000|people|exact|observed|7\n"
           "registered_users|Sohu.com|2008-03-31|41500000|people|exact|observed|7\n"
           "registered_users_growth|Sohu.com|2008-06-30|16.1|percent|exact|observed|7\n"
           "active_users|Sohu.com|2008-06-30|6300000|people|exact|observed|8\n"
           "active_users|Sohu.com|2008-03-31|5900000|people|exact|observed|8\n"
           "active_users_growth|Sohu.com|2008-06-30|6.8|percent|exact|observed|8\n",
           true);
    /* a table of surveys whose dates, with their days, are in brackets under
     * the columns' names; a cell's own "about" is its qualifier and no end
     * of the row's cells */
    expect("Table 2  Main indicators compared\n\n"
           "Indicator                              4th survey      5th survey\n"
           "                                      (1999.6.30)     (1999.12.31)\n"
           "Internet users (10,000 persons)            400             890\n"
           "WWW sites                                     9,906    about 15,153\n",
           "netizens|China|1999-06-30|4000000|people|exact|observed|5\n"
           "netizens|China|1999-12-31|8900000|people|exact|observed|5\n"
           "websites|China|1999-06-30|9906|count|exact|observed|6\n"
           "websites|China|1999-12-31|15153|count|about|observed|6\n",
           true);
    /* money a clause after it says who raised is theirs, not the
     * paragraph's company's: "the $X raised by Y", "the $X Y raised"
     * (and "its offering", of the listing before, makes them listings) */
    expect("Meituan plans a Hong Kong listing.\n\n"
           "Its offering would trail the US$8.1 billion raised by Xiaomi in July 2018 and the US$4.2 billion "
           "China Tower raised in August 2018.\n",
           "ipo_raise|Xiaomi|2018-07|8100000000|USD|exact|observed|3\n"
           "ipo_raise|China Tower|2018-08|4200000000|USD|exact|observed|3\n",
           false);
    /* a name past the figure's clause is no holder of it: "at $28 billion,
     * more than Ford's market value" */
    expect("Didi's latest round in June 2016 valued the ride-hailing company at $28 billion, more than "
           "Ford's market value at the time.\n",
           "valuation|Didi|2016-06|28000000000|USD|exact|observed|1\n", true);
    /* "last month" is the month before the dateline's (January's of a story
     * of February: December of the year before); a heading that names a
     * day later in the year than the dateline's, without its year, is of
     * the last one gone by */
    expect("HANGZHOU, Jan 9, 2019 (Reuters) - Meituan said on Wednesday it was expanding abroad.\n\n"
           "Last month Meituan agreed to buy bike-sharing firm Mobike for $2.7 billion.\n\n"
           "SINGLES' DAY\n\n"
           "During the festival, Alibaba booked gross merchandise volume of 213.5 billion yuan in 24 hours.\n",
           "acquisition|Mobike|2018-12|2700000000|USD|exact|observed|3\n"
           "daily_transaction_volume|Alibaba|2018-11-11|213500000000|CNY|exact|observed|7\n",
           true);
}
END_TEST

START_TEST(session20_forms)
{
    /* a threshold passed, with when it was passed between it and the level
     * reached: only the level is a fact */
    expect("Yu'e Bao's assets crossed the 1 trillion yuan mark for the first time in the first quarter of 2017, "
           "reaching 1.14 trillion yuan by the end of March.\n",
           "fund_assets|Yu'e Bao|2017-03|1140000000000|CNY|exact|observed|1\n", true);
    expect("By the end of 2015 the penetration rate passed the fifty percent mark for the first time, "
           "reaching fifty point three percent.\n",
           "internet_penetration|China|2015|50.3|percent|exact|observed|1\n", true);
    /* a growth rate in words */
    expect("Mobile payments came to 9.31 trillion yuan in 2015, up by more than one hundred and sixty percent.\n",
           "mobile_payments|China|2015|9310000000000|CNY|exact|observed|1\n"
           "mobile_payments_growth|China|2015|160|percent|more_than|observed|1\n"
           "mobile_payments|China|2014|3580769230769|CNY|less_than|derived|1\n",
           true);
    /* "its" speaks of what the paragraph before spoke of: its context (a
     * fund) holds for "its assets" */
    expect("Yu'e Bao had 1.69 trillion yuan under management at the end of March 2018.\n\n"
           "In 2017 alone its assets grew 94 per cent to 1.58 trillion yuan.\n",
           "fund_assets|Yu'e Bao|2018-03|1690000000000|CNY|exact|observed|1\n"
           "fund_assets_growth|Yu'e Bao|2017|94|percent|exact|observed|3\n"
           "fund_assets|Yu'e Bao|2017|1580000000000|CNY|exact|observed|3\n",
           false);
    expect_none("Shares of Alibaba rose 5 percent on Friday.\n\nIn 2017 alone its assets grew 94 per cent.\n");
    /* a date in a "since" phrase after the figure is the past it is set
     * against, not its own: the figure is of the day of writing */
    expect("Deal roundup\nSaturday, February 6, 2021\n\n"
           "Kuaishou Technology raised HK$42 billion in Hong Kong's largest tech listing since Alibaba's "
           "secondary listing in November 2019. The short-video platform sold 365.2 million shares at HK$115 each.\n",
           "ipo_raise|Kuaishou Technology|2021-02-06|42000000000|HKD|exact|observed|4\n"
           "ipo_shares_offered|Kuaishou Technology|2021-02-06|365200000|count|exact|observed|4\n"
           "price_per_share|Kuaishou Technology|2021-02-06|115|HKD|exact|observed|4\n",
           true);
    /* a table of operators' columns: a row whose label names a level of
     * its own counts that, a part of the row above too ("3G net additions"
     * under "... 3G subscribers") */
    expect("Table 1  Mobile subscribers by operator, end of November 2010\n"
           "(Unit: 10,000 subscribers)\n\n"
           "                              China Mobile   China Unicom   China Telecom      Total\n"
           "Mobile phone subscribers          58,136.1       16,629.0         8,672.9   83,438.0\n"
           "  of which: 3G subscribers         1,956.2        1,311.4         1,131.8    4,399.4\n"
           "3G net additions in November         232.5          142.6           118.3      493.4\n"
           "3G share of subscribers (%)            3.4            7.9            13.0        5.3\n",
           "3g_users|China Mobile|2010-11|19562000|people|exact|observed|6\n"
           "3g_users|China Unicom|2010-11|13114000|people|exact|observed|6\n"
           "3g_users|China Telecom|2010-11|11318000|people|exact|observed|6\n"
           "3g_users|China|2010-11|43994000|people|exact|observed|6\n"
           "3g_users_increase|China Mobile|2010-11|2325000|people|exact|observed|7\n"
           "3g_users_increase|China Unicom|2010-11|1426000|people|exact|observed|7\n"
           "3g_users_increase|China Telecom|2010-11|1183000|people|exact|observed|7\n"
           "3g_users_increase|China|2010-11|4934000|people|exact|observed|7\n",
           false);
    /* (a bare noun of the caption's indicator is the caption's) */
    expect("Table 3  3G subscribers by operator, end of November 2012\n"
           "(Unit: 10,000 subscribers)\n\n"
           "                   China Mobile   China Unicom   China Telecom      Total\n"
           "Subscribers            8,643.5        7,291.6         6,119.1   22,054.2\n"
           "Net additions            232.5          142.6           118.3      493.4\n",
           "3g_users|China Mobile|2012-11|86435000|people|exact|observed|5\n", false);
    /* a table's unit in a note under it, a blank line between */
    expect("How China went mobile (end of each year)\n\n"
           "                                    2012      2015      2018\n"
           "Internet users                     564.0     688.3     828.5\n"
           "Mobile internet users              420.0     619.8     817.0\n\n"
           "Figures in millions unless stated. Source: CNNIC.\n",
           "netizens|China|2012|564000000|people|exact|observed|4\n"
           "netizens|China|2015|688300000|people|exact|observed|4\n"
           "netizens|China|2018|828500000|people|exact|observed|4\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|5\n"
           "mobile_netizens|China|2015|619800000|people|exact|observed|5\n"
           "mobile_netizens|China|2018|817000000|people|exact|observed|5\n",
           true);
    /* (a note that gives no unit leaves the hundreds too few to be users) */
    expect_none("How China went mobile (end of each year)\n\n"
                "                                    2012      2015      2018\n"
                "Internet users                     564.0     688.3     828.5\n\n"
                "Figures in the table are rounded.\n");
    /* a table of survey dates whose header's fields stand over its
     * columns: one no cue names counts nothing ("Computers online"), one
     * that says it is a change is the change of the column left of it;
     * "--" is a cell not given */
    expect("Table 1  Internet users in the past survey rounds\n"
           "(unit: 10,000)\n\n"
           "Survey date    Internet users   Computers online   Users: growth over previous round\n"
           "2000.06.30         1,690              650                 --\n"
           "2000.12.31         2,250              892               33.1%\n"
           "2001.06.30         2,650            1,002               17.8%\n",
           "netizens|China|2000-06-30|16900000|people|exact|observed|5\n"
           "netizens|China|2000-12-31|22500000|people|exact|observed|6\n"
           "netizens_growth|China|2000-12-31|33.1|percent|exact|observed|6\n"
           "netizens|China|2001-06-30|26500000|people|exact|observed|7\n"
           "netizens_growth|China|2001-06-30|17.8|percent|exact|observed|7\n",
           true);
    /* (rows of survey dates stay with a short header) */
    expect("Survey date    Internet users (10,000)   Computers online\n"
           "2000.06.30         1,690              650\n"
           "2000.12.31         2,250              892\n",
           "netizens|China|2000-06-30|16900000|people|exact|observed|2\n"
           "netizens|China|2000-12-31|22500000|people|exact|observed|3\n",
           true);
    /* the ends of a change share the unit one of them states */
    expect("Mobile payments rose from 4.6 trillion in 2016 to 7.3 trillion yuan in 2017.\n",
           "mobile_payments|China|2016|4600000000000|CNY|exact|observed|1\n"
           "mobile_payments|China|2017|7300000000000|CNY|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(session21_forms)
{
    /* a footnote's mark in brackets after a row's label is not a scale:
     * only a power of ten is ("(10,000)") */
    expect("Table 2  Basic Internet resources\n\n"
           "                                        2001.12.31     2002.12.31    Change\n"
           "International bandwidth (Mbps) (2)        7,597.5          9,380      +23.5%\n"
           "IPv4 addresses (3)                     21,822,976     29,004,288      +32.9%\n",
           "international_bandwidth|China|2001-12-31|7597.5|Mbps|exact|observed|4\n"
           "international_bandwidth|China|2002-12-31|9380|Mbps|exact|observed|4\n"
           "international_bandwidth_growth|China|2002-12-31|23.5|percent|exact|observed|4\n"
           "ipv4_addresses|China|2001-12-31|21822976|count|exact|observed|5\n"
           "ipv4_addresses|China|2002-12-31|29004288|count|exact|observed|5\n"
           "ipv4_addresses_growth|China|2002-12-31|32.9|percent|exact|observed|5\n",
           false);
    /* a change restated in brackets is a change too, and the level it
     * led to still follows: as with ", or 29.0%," */
    expect("As of December 31, 2002, the number of Internet users reached 59.10 million, an increase of "
           "13.30 million (29.0%) over six months ago.\n",
           "netizens|China|2002-12-31|59100000|people|exact|observed|1\n"
           "netizens_increase|China|2002-12-31|13300000|people|exact|observed|1\n"
           "netizens_growth|China|2002-12-31|29|percent|exact|observed|1\n",
           false);
    expect("In 2012 the number of 3G users rose 25% (12 million) to 60 million.\n",
           "3g_users_growth|China|2012|25|percent|exact|observed|1\n"
           "3g_users_increase|China|2012|12000000|people|exact|observed|1\n"
           "3g_users|China|2012|60000000|people|exact|observed|1\n",
           false);
    /* an amount right after a verb of change, leading to a level of its
     * kind, is the change, not a level */
    expect("Netizens rose 13.30 million to 59.10 million in 2002.\n",
           "netizens_increase|China|2002|13300000|people|exact|observed|1\n"
           "netizens|China|2001|45800000|people|exact|derived|1\n"
           "netizens|China|2002|59100000|people|exact|observed|1\n",
           true);
    /* the second word of a place names nobody ("New York-listed"), and a
     * place made an adjective describes the firm named after it */
    expect("Alibaba's New York-listed shares closed up 1.2 percent at $190.81 on Friday, valuing the company at "
           "about $490 billion.\n",
           "valuation|Alibaba||490000000000|USD|about|observed|1\n", true);
    expect("In June 2017 Alibaba invested a further $1 billion in Southeast Asian e-commerce firm Lazada.\n",
           "investment|Lazada|2017-06|1000000000|USD|exact|observed|1\n", true);
    /* the money of orders placed over days is the turnover of the month
     * ("between Nov 1 and Nov 11" is a span, like "from ... to ...") */
    expect("JD.com said orders worth 204.4 billion yuan were placed on its platforms between Nov 1 and Nov 11, 2019, "
           "a 27.9 percent increase year on year.\n",
           "ecommerce_turnover|JD.com|2019-11|204400000000|CNY|exact|observed|1\n"
           "ecommerce_turnover_growth|JD.com|2019-11|27.9|percent|exact|observed|1\n"
           "ecommerce_turnover|JD.com|2018-11|159812353401|CNY|about|derived|1\n",
           true);
    /* (not investors' orders for shares) */
    expect_none("In Shanghai, retail investors put in orders worth 19.05 trillion yuan in July 2020.\n");
    /* the day of a chronology's date is no part of the name after it */
    expect("DATE        EVENT\n"
           "1999-10-27  Alibaba raises US$5 million from a group of investors led by Goldman Sachs.\n"
           "2000-04-13  Sina lists on NASDAQ (SINA), selling 4 million shares at US$17 each and raising US$68 million.\n",
           "funding_round|Alibaba|1999-10-27|5000000|USD|exact|observed|2\n"
           "ipo_shares_offered|Sina|2000-04-13|4000000|count|exact|observed|3\n"
           "price_per_share|Sina|2000-04-13|17|USD|exact|observed|3\n"
           "ipo_raise|Sina|2000-04-13|68000000|USD|exact|observed|3\n",
           true);
    /* "lists in Hong Kong", a "debut": a listing's money; an "investment
     * round" is a round */
    expect("2007-11-06  Alibaba.com lists in Hong Kong (1688), raising HK$11.6 billion at HK$13.50 a share.\n"
           "2000-01-18  SoftBank leads a US$20 million investment round in Alibaba.\n",
           "ipo_raise|Alibaba.com|2007-11-06|11600000000|HKD|exact|observed|1\n"
           "price_per_share|Alibaba.com|2007-11-06|13.5|HKD|exact|observed|1\n"
           "funding_round|Alibaba|2000-01-18|20000000|USD|exact|observed|2\n",
           true);
    /* the shares of a listing priced or raised on, and the exchange is
     * not the firm it lists */
    expect("Jul 12, 2000  Sohu's Nasdaq IPO raises US$59.8 million (4.6 million shares at US$13).\n"
           "Jun 16, 2004  Tencent lists in Hong Kong, pricing 420.2 million shares at HK$3.70 to raise HK$1.55 billion.\n",
           "ipo_raise|Sohu|2000-07-12|59800000|USD|exact|observed|1\n"
           "ipo_shares_offered|Sohu|2000-07-12|4600000|count|exact|observed|1\n"
           "price_per_share|Sohu|2000-07-12|13|USD|exact|observed|1\n"
           "ipo_shares_offered|Tencent|2004-06-16|420200000|count|exact|observed|2\n"
           "price_per_share|Tencent|2004-06-16|3.7|HKD|exact|observed|2\n"
           "ipo_raise|Tencent|2004-06-16|1550000000|HKD|exact|observed|2\n",
           true);
    /* "of which" and a part's word alone: the part of the figure before */
    expect("By the end of 2008 domain names totalled 16.83 million, of which .CN 13.57 million.\n",
           "domain_names|China|2008|16830000|count|exact|observed|1\n"
           "cn_domain_names|China|2008|13570000|count|exact|observed|1\n",
           true);
    /* a card's field of its date dates the figures above it too, past a
     * line that goes on a field */
    expect("CHINA VENTURE WEEKLY | Week of May 18-24, 2015\n\n"
           "[2] Company: Guoguo Fresh | Sector: fresh-produce e-commerce | Round: Series C\n"
           "    Amount: RMB 600 million | Investors: Tencent (lead), Hillhouse\n"
           "    Capital; existing backer IDG Capital followed\n"
           "    Valuation: US$1 billion post-money, according to two people\n"
           "    familiar with the deal | Date: May 19\n",
           "funding_round|Guoguo Fresh|2015-05-19|600000000|CNY|exact|observed|4\n"
           "valuation|Guoguo Fresh|2015-05-19|1000000000|USD|exact|observed|6\n",
           true);
    /* a funding round named is no listing's money, whatever listing is
     * expected */
    expect("Ant Financial, which raised $4.5 billion in a funding round in April 2016, is preparing for a possible "
           "initial public offering.\n",
           "funding_round|Ant Financial|2016-04|4500000000|USD|exact|observed|1\n", true);
    /* an item's label names the amount after its first figure, which
     * names its own count; "respectively" pairs the rates with them */
    expect("In 2018, banking institutions processed e-payments. Specifically:\n\n"
           "  - Mobile payments: 60.539 billion transactions, RMB277.39 trillion, up 61.19\n"
           "    percent and 36.69 percent respectively.\n",
           "transactions|China|2018|60539000000|count|exact|observed|3\n"
           "mobile_payments|China|2018|277390000000000|CNY|exact|observed|3\n"
           "transactions_growth|China|2018|61.19|percent|exact|observed|3\n"
           "mobile_payments_growth|China|2018|36.69|percent|exact|observed|4\n",
           false);
    /* (a label no cue names leaves the amount alone) */
    expect_none("In 2018, banking institutions processed e-payments. Specifically:\n\n"
                "  - Telephone payments: 153 thousand calls, RMB7.68 trillion.\n");
    /* the level a change led to, far from the subject, counts what the
     * subject names; a month's change starts from the month before */
    expect("3G subscribers grew by a net 4.934 million in the month to 43.994 million at the end of November 2010.\n",
           "3g_users_increase|China|2010-11|4934000|people|exact|observed|1\n"
           "3g_users|China|2010-10|39060000|people|exact|derived|1\n"
           "3g_users|China|2010-11|43994000|people|exact|observed|1\n",
           true);
}
END_TEST

START_TEST(session23_forms)
{
    /* a list's heading dated in brackets before its colon dates its
     * items; a rate over the year and one over the quarter, after one
     * verb, each derive their level; a figure "for the quarter" is of the
     * month */
    expect("Key Platforms (as at 30 September 2015):\n\n  -- Smart device MAU of QQ were 640.0 million, up 15% YoY and 3% "
           "QoQ.\n  -- Monthly active user accounts of Qzone reached 653.2 million for\n     the quarter.\n",
           "active_users|QQ|2015-09-30|640000000|people|exact|observed|3\n"
           "active_users_growth|QQ|2015-09-30|15|percent|exact|observed|3\n"
           "active_users|QQ|2014-09-30|556521739|people|about|derived|3\n"
           "active_users_growth|QQ|2015-09-30|3|percent|exact|observed|3\n"
           "active_users|QQ|2015-06-30|621359223|people|about|derived|3\n"
           "active_users|Qzone|2015-09|653200000|people|exact|observed|4\n",
           true);
    /* peak concurrent accounts are no count of users: read, not written */
    expect_absent("Key Platforms (as at 30 September 2015):\n\n  -- Peak concurrent user accounts (\"PCU\") of QQ "
                  "reached 233.6 million for\n     the quarter.\n\n"
                  "                                                   As at           As at       Year-\n"
                  "                                             30 Sep 2013     30 Sep 2012    on-year\n"
                  "                                            (in millions, except percentages) change\n"
                  "Peak concurrent user accounts of QQ                173.2           166.4       4.1%\n",
                  "QQ");
    /* rows that name operators under a caption that names what they
     * count, its unit on a line of its own; columns of a level and its
     * net additions; a part's row with empty cells ("n.a.") keeps the
     * table together, and is left */
    expect("Table 1  Telephone subscribers by operator, June 2003\n(Unit: 10,000 subscribers)\n\n"
           "Operator            End of June    Net additions\n"
           "                       2003           in June\n"
           "China Unicom         8,229.4         156.3\n"
           "  of which: CDMA     1,018.5          n.a.\n"
           "China Telecom       14,280.4         214.6\n",
           "users|China Unicom|2003-06|82294000|people|exact|observed|6\n"
           "users_increase|China Unicom|2003-06|1563000|people|exact|observed|6\n"
           "users|China Telecom|2003-06|142804000|people|exact|observed|8\n"
           "users_increase|China Telecom|2003-06|2146000|people|exact|observed|8\n",
           true);
    /* a row of a change of what its label names */
    expect("Table  Main indicators, March 2012\n\n"
           "Indicator                              Unit                  Jan-Mar    YoY (%)\n"
           "3G subscribers                         10,000 subscribers    15,234.0   ..\n"
           "Net increase of 3G subscribers         10,000 subscribers    2,407.0    ..\n",
           "3g_users|China|2012-03|152340000|people|exact|observed|4\n"
           "3g_users_increase|China|2012-03|24070000|people|exact|observed|5\n",
           true);
    /* rows of quarters ("2015Q4" is no year's figure, "2016 Q1"); a
     * column named "GMV" under a caption that names its market counts
     * that market; "--" is a cell not given */
    expect("Figure 1  China Third-party Mobile Payment GMV\n\n"
           "Quarter    GMV (100 million yuan)    QoQ growth (%)\n"
           "2015Q4             47,532                31.3\n"
           "2016 Q1            58,724                  --\n",
           "mobile_payments|China|2015-12|4753200000000|CNY|exact|observed|4\n"
           "mobile_payments_growth|China|2015-12|31.3|percent|exact|observed|4\n"
           "mobile_payments|China|2016-03|5872400000000|CNY|exact|observed|5\n",
           true);
    /* a level's column of money under a name of a count counts nothing
     * known, nor do its changes */
    expect("Lakala Payment said its business grew in 2014.\n\n"
           "Year    Number of transactions (100 million yuan)    Growth (%)\n"
           "2013            12,612               10.9\n"
           "2014            13,335                5.7\n",
           "", true);
    /* a December's figure kept as the month's is compared with the
     * December before, not its year */
    expect("Baidu said mobile search monthly active users reached 282 million in December 2013, a 57% increase from "
           "December 2012.",
           "active_users|Baidu|2013-12|282000000|people|exact|observed|1\n"
           "active_users_growth|Baidu|2013-12|57|percent|exact|observed|1\n"
           "active_users|Baidu|2012-12|179617834|people|about|derived|1\n",
           true);
    /* a label that opens a paragraph ("Core data:") names nobody */
    expect("Core data: According to the latest statistics, GMV hit RMB 12.7 trillion in 2016.",
           "ecommerce_turnover|China|2016|12700000000000|CNY|exact|observed|1\n", true);
}
END_TEST

START_TEST(session22_forms)
{
    /* an agency's dateline below a title, bullets and a byline dates the
     * item; without its year, the year after the one it compares with */
    expect("UPDATE 2-Retail sales rise\n\n* Growth slower than in 2016\n* Shares steady\n* Analysts cautious\n* Costs rise\n(Adds analyst comment)\n\n"
           "By A Reporter\n\nBEIJING, Nov 12 (Reuters) - Acme Ltd said annual active consumers on its "
           "marketplaces rose to 488 million in the September quarter, up 22 million from the previous quarter.",
           "active_users|Acme|2017-09|488000000|people|exact|observed|11\n"
           "active_users_increase|Acme|2017-09|22000000|people|exact|observed|11\n"
           "active_users|Acme|2017-06|466000000|people|exact|derived|11\n",
           true);
    /* a change from the quarter before, of a figure of a month's last day:
     * the level at the last day of the quarter before */
    expect("Combined MAU of Weixin and WeChat were 235.8 million as at June 30, 2013, up 21.3% from the previous "
           "quarter.",
           "active_users|Weixin|2013-06-30|235800000|people|exact|observed|1\n"
           "active_users_growth|Weixin|2013-06-30|21.3|percent|exact|observed|1\n"
           "active_users|Weixin|2013-03-31|194394064|people|about|derived|1\n",
           true);
    /* a month-on-month change of a month's figure: from the month before */
    expect("Report, 2010\n\n3G subscribers stood at 37.12 million at the end of August 2010, up 8.09 million month "
           "on month.",
           "3g_users|China|2010-08|37120000|people|exact|observed|3\n"
           "3g_users_increase|China|2010-08|8090000|people|exact|observed|3\n"
           "3g_users|China|2010-07|29030000|people|exact|derived|3\n",
           true);
    /* "in the third quarter" with no year: of the context's year, by its
     * last month */
    expect("Payments, 2016\n\nMobile payments reached 38 trillion yuan in 2016. In the third quarter alone, mobile "
           "payments were 9.5 trillion yuan.",
           "mobile_payments|China|2016|38000000000000|CNY|exact|observed|3\n"
           "mobile_payments|China|2016-09|9500000000000|CNY|exact|observed|3\n",
           true);
    /* what a listing brings in is what it raised; money raised from a
     * few investors before it is a round */
    expect("Initial public offering. On May 22, 2014, our ADSs began trading on the NASDAQ. JD.com sold 93,685,620 "
           "ADSs for gross proceeds of approximately US$1.78 billion.\n\nBefore the IPO, in February 2013 JD.com "
           "raised US$700 million from a group of investors including Kingdom Holding Company.",
           "ipo_shares_offered|JD.com|2014-05-22|93685620|count|exact|observed|1\n"
           "ipo_raise|JD.com|2014-05-22|1780000000|USD|about|observed|1\n"
           "funding_round|JD.com|2013-02|700000000|USD|exact|observed|3\n",
           false);
    /* what a marketplace sold "worth of goods" is its sales, of one day a
     * day's; what that day's is compared with, of a year before, is the
     * same day's of that year; what was paid for goods is no sales */
    expect("Report, 2013\n\nTmall and Taobao sold 35.0 billion yuan (about $5.75 billion) worth of goods on Singles "
           "Day, November 11, against 19.1 billion yuan in 2012.",
           "daily_transaction_volume|Taobao|2013-11-11|35000000000|CNY|exact|observed|3\n"
           "daily_transaction_volume|Taobao|2012-11-11|19100000000|CNY|exact|observed|3\n",
           true);
    expect_absent("BEIJING, Feb 11, 2015 (Reuters) - Chinese consumers paid for 5.99 trillion yuan worth of goods "
                  "with their phones last year.",
                  "ecommerce_turnover");
    /* "increased by 126% year over year to": the level after the base */
    expect("Report\n\nActive customers increased by 126% year over year to 11.5 million in the third quarter of "
           "2014.\n\nMonthly active users increased by 20% YoY to 60 million in 2015.",
           "active_users_growth|China|2014-09|126|percent|exact|observed|3\n"
           "active_users|China|2013-09|5088496|people|about|derived|3\n"
           "active_users|China|2014-09|11500000|people|exact|observed|3\n"
           "active_users_growth|China|2015|20|percent|exact|observed|5\n"
           "active_users|China|2014|50000000|people|about|derived|5\n"
           "active_users|China|2015|60000000|people|exact|observed|5\n",
           true);
    /* nor does a prospectus's heading ("Use of proceeds") */
    expect("Use of proceeds: net proceeds from the IPO of about US$333.2 million.",
           "ipo_raise|China||333200000|USD|about|observed|1\n", true);
    /* a headline's slug ("Explainer |") names nobody */
    expect("Explainer | Ant Group IPO: the biggest listing that wasn't\nThe fintech giant was set to raise US$34.5 "
           "billion in Hong Kong and Shanghai before its debut",
           "ipo_raise|Ant Group||34500000000|USD|exact|observed|2\n", true);
}
END_TEST

START_TEST(session17_forms)
{
    /* how a figure is counted, said aside between its cue and its verb:
     * "mobile Internet users, counted by access accounts, reached" */
    expect("BEIJING, Aug 20 (Xinhua) -- The ministry said mobile Internet users, counted by access "
           "accounts, reached 789.4 million in July 2013.\n",
           "mobile_netizens|China|2013-07|789400000|people|exact|observed|1\n", true);
    /* a person who speaks holds no figure: the firm the paragraph is
     * about does ("Founder Liu Nan said", "Chief executive Liu Nan said") */
    expect("Mia.com is an e-commerce site. Founder Liu Nan, 33, said monthly GMV topped RMB200 million "
           "in April 2015.\n\n"
           "Mia.com sells baby goods. Chief executive Liu Nan said registered users passed 10 million "
           "in April 2015.\n",
           "ecommerce_turnover|Mia.com|2015-04|200000000|CNY|more_than|observed|1\n"
           "registered_users|Mia.com|2015-04|10000000|people|more_than|observed|3\n",
           true);
    /* a deal card: its title names the company, a field of any money
     * ("Amount:") counts what another field names ("Round: Series C"),
     * and the investors' field names nobody's figure */
    expect("CHINA TECH DEAL DIGEST\nIssue No. 47 | Week of May 18 - May 24, 2015\n\n"
           "* Mia.com, Beijing | cross-border e-commerce\n"
           "  Round: Series C | Amount: US$100 million | Lead: H Capital\n"
           "  Registered users have passed 10 million.\n\n"
           "* Zhihu, Beijing | Q&A community\n"
           "  Round: Series C, Amount: US$55 million, Lead: Capital Today\n",
           "funding_round|Mia.com|2015-05|100000000|USD|exact|observed|5\n"
           "registered_users|Mia.com|2015-05|10000000|people|more_than|observed|6\n"
           "funding_round|Zhihu|2015-05|55000000|USD|exact|observed|9\n",
           true);
    /* ... its fields in columns, the title in capitals on a line of its
     * own, one field to a line under the first, and its text after them */
    expect("Deals announced July 20 - 26, 2015\n\n"
           "3. HUIXIN CREDIT  (Shanghai | online lending marketplace)\n"
           "   Round: Series B          Amount: US$25 million\n"
           "   Lead: Qiming Venture Partners\n"
           "   It has 310,000 borrowers.\n",
           "funding_round|Huixin Credit|2015-07|25000000|USD|exact|observed|4\n"
           "borrowers|Huixin Credit|2015-07|310000|count|exact|observed|6\n",
           true);
    /* (an investor's field names the investor, not what its stake is in) */
    expect("Deals announced July 20 - 26, 2015\n\n"
           "4. TIANYU INTERACTIVE  (Chengdu | mobile games)\n"
           "   Round: Series A          Amount: RMB80m\n"
           "   Investor: Tencent (sole), for a 15% stake\n",
           "funding_round|Tianyu Interactive|2015-07|80000000|CNY|exact|observed|4\n"
           "acquisition_stake|Tianyu Interactive|2015-07|15|percent|exact|observed|5\n",
           true);
    /* one field's date is not the next field's: "Founded: August 2011"
     * over "Revenue: ... (2020)" */
    expect("Tingyun FM\n\nType: Public (NYSE: TYFM)\nFounded: August 2011; 13 years ago in Shanghai\n"
           "Revenue: 5.06 billion yuan (2020)\nWebsite: tingyun.fm\n",
           "revenue|Tingyun FM|2020|5060000000|CNY|exact|observed|5\n", true);
    /* a card that names its company in a field, and its date: a label
     * after a bar ("| Post-money valuation:") is its figure's; the date
     * field dates the card's lines under it; a label of its own after a
     * semicolon ("; headcount 1,150") is no elided noun */
    expect("CHINA TECH DEALS WEEKLY\nWeek 12 | March 21 - March 27, 2016\n\n"
           "[1] Company: Yunji Cloud | Sector: Enterprise SaaS | HQ: Hangzhou\n"
           "    Round: Series C | Date: Mar 22 | Amount: US$100 million | Post-money valuation: US$1.2 billion\n"
           "    Notes: 3,400 paying customers; headcount 1,150.\n\n"
           "[8] Target: Kuaile Fresh Logistics | Investor: JD.com | Date: Mar 24\n"
           "    Strategic investment of RMB 1.5 billion; stake not disclosed.\n\n"
           "* Banyue Xue -- Dec 16 | Beijing | Series B | US$60 million\n",
           "funding_round|Yunji Cloud|2016-03-22|100000000|USD|exact|observed|5\n"
           "valuation|Yunji Cloud|2016-03-22|1200000000|USD|exact|observed|5\n"
           "users|Yunji Cloud|2016-03-22|3400|people|exact|observed|6\n"
           "investment|Kuaile Fresh Logistics|2016-03-24|1500000000|CNY|exact|observed|9\n"
           "funding_round|Banyue Xue|2015-12-16|60000000|USD|exact|observed|11\n",
           true);
    /* a table whose columns are operators, under a caption that names the
     * indicator and a line of its unit: the rows are periods, a level's
     * changes (December's net additions are December's, not the year's)
     * and a share that counts nothing */
    expect("Table 3  3G subscribers by operator\nUnit: 10,000 subscribers\n\n"
           "                              China Mobile    China Unicom   China Telecom          Total\n"
           "                                (TD-SCDMA)         (WCDMA)     (CDMA2000)\n"
           "End of Nov. 2010                   1,860.4         1,318.2         1,151.6        4,330.2\n"
           "End of Dec. 2010                   2,070.0         1,406.0         1,229.0        4,705.0\n"
           "  Net additions in December          209.6            87.8            77.4          374.8\n"
           "  Share of 3G total, Dec. (%)         44.0            29.9            26.1          100.0\n",
           "3g_users|China Mobile|2010-11|18604000|people|exact|observed|6\n"
           "3g_users|China Unicom|2010-11|13182000|people|exact|observed|6\n"
           "3g_users|China Telecom|2010-11|11516000|people|exact|observed|6\n"
           "3g_users|China|2010-11|43302000|people|exact|observed|6\n"
           "3g_users|China Mobile|2010|20700000|people|exact|observed|7\n"
           "3g_users|China Unicom|2010|14060000|people|exact|observed|7\n"
           "3g_users|China Telecom|2010|12290000|people|exact|observed|7\n"
           "3g_users|China|2010|47050000|people|exact|observed|7\n"
           "3g_users_increase|China Mobile|2010-12|2096000|people|exact|observed|8\n"
           "3g_users_increase|China Unicom|2010-12|878000|people|exact|observed|8\n"
           "3g_users_increase|China Telecom|2010-12|774000|people|exact|observed|8\n"
           "3g_users_increase|China|2010-12|3748000|people|exact|observed|8\n",
           true);
}
END_TEST

START_TEST(session14_forms)
{
    /* a place before a noun, after a firm's possessive, says where; the
     * firm is the subject */
    expect("Xiaomi's Hong Kong listing in July 2018 raised HK$42.6 billion at HK$17 a share.",
           "ipo_raise|Xiaomi|2018-07|42600000000|HKD|exact|observed|1\n"
           "price_per_share|Xiaomi|2018-07|17|HKD|exact|observed|1\n",
           true);
    /* a founding year, with an adverb, dates nothing; a month before the
     * event's noun ("its July listing") dates the figure */
    expect("Review of 2018\n\nPinduoduo, founded only in 2015, raised US$1.63 billion in its July listing, selling "
           "85.6 million American depositary shares at US$19 apiece.",
           "ipo_raise|Pinduoduo|2018-07|1630000000|USD|exact|observed|3\n"
           "ipo_shares_offered|Pinduoduo|2018-07|85600000|count|exact|observed|3\n"
           "price_per_share|Pinduoduo|2018-07|19|USD|exact|observed|3\n",
           true);
    /* a word the rule excludes in a clause of reason after the figure is
     * not the figure's ("closed"); in the figure's own clause it is */
    expect("Review of 2018\n\n- Websites: 5.23 million, down 1.9% as small sites closed\n",
           "websites|China|2018|5230000|count|exact|observed|3\n"
           "websites_growth|China|2018|-1.9|percent|exact|observed|3\n",
           false);
    expect_none("Regulators closed 5,230 websites in 2018.");
    /* ".CN names" */
    expect("In 2018 there were 37.93 million domain names, of which .CN names 21.24 million.",
           "domain_names|China|2018|37930000|count|exact|observed|1\n"
           "cn_domain_names|China|2018|21240000|count|exact|observed|1\n",
           true);
    /* a figure opening its line, a colon and the few words it counts */
    expect("China's Internet in 2018\n\n829 million: people online\n\n61,201万: online video users\n",
           "netizens|China|2018|829000000|people|exact|observed|3\n"
           "online_video_users|China|2018|612010000|people|exact|observed|5\n",
           true);
    /* (not a figure in running text before a colon, nor a caption with
     * figures of its own) */
    /* what the figure implies (", which means ... in the countryside"),
     * or a second thing pointed out (", and that the national rate"), is
     * no part of the figure's clause */
    expect("In 2018 the penetration rate reached 59.6%, which means four in ten are offline, most of them in the "
           "countryside.",
           "internet_penetration|China|2018|59.6|percent|exact|observed|1\n", true);
    expect("Skeptics say 40 percent of rural residents are offline, and that the national penetration rate, at "
           "61.2 percent in June 2019, trails Korea's.",
           "internet_penetration|China|2019-06|61.2|percent|exact|observed|1\n", true);
    expect_absent("Rural penetration, at 38.4 percent in 2018, lagged.", "internet_penetration|China|");
    /* platforms under a title on peer-to-peer lending are its platforms;
     * failed ones are not those in business */
    expect("The Rise and Fall of China's Peer-to-Peer Lenders\n\nBy the end of 2013 some 800 platforms had sprung "
           "up.\n\nBy 2016, 1,778 platforms had been classified as problem platforms.\n",
           "p2p_platforms|China|2013|800|count|about|observed|3\n", true);
    expect_none("By the end of 2013 some 800 platforms had sprung up.");
    /* users of nothing named, in the entries of a chronicle of the
     * Chinese Internet, are its netizens; with their change; not a part
     * of them, nor in running text, nor under another title */
    expect("A Chronology of the Chinese Internet, 1997-2008\n\n2002\nDec       59.1 million users.\n"
           "2003\nDec       79.5 million users, 17.4 million of them on broadband.\n"
           "2004\nDec       94 million users, 18% more than a year earlier.\n"
           "Jun 16    Tencent lists in Hong Kong with 100 million users.\n",
           "netizens|China|2002|59100000|people|exact|observed|4\n"
           "netizens|China|2003|79500000|people|exact|observed|6\n"
           "netizens|China|2004|94000000|people|exact|observed|8\n"
           "netizens_growth|China|2004|18|percent|exact|observed|8\n"
           "netizens|China|2003|79661017|people|about|derived|8\n"
           "users|Tencent|2004-06-16|100000000|people|exact|observed|9\n",
           true);
    expect_none("A Chronology of the Chinese Internet\n\nIn 2012, food-delivery apps had 343 million users.\n");
    expect_none("A Chronology of Chinese Food\n\nDec 2002   59.1 million users.\n");
    /* a column named for a count under a caption of money counts the
     * money the caption names, and its growth column that money's growth;
     * a rate is never scaled by the table's unit */
    expect("Figure 1  Transaction scale of China's third-party mobile payment market, 2013-2016\n"
           "Unit: trillion yuan\n\n"
           "Year        Transaction scale        YoY growth\n"
           "2013              1.30                  707.0%\n"
           "2014              5.99                  360.8%\n",
           "mobile_payments|China|2013|1300000000000|CNY|exact|observed|5\n"
           "mobile_payments_growth|China|2013|707|percent|exact|observed|5\n"
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|6\n"
           "mobile_payments_growth|China|2014|360.8|percent|exact|observed|6\n",
           true);
    /* "Net additions" is a column of changes; a row's label of common
     * words ("Broadband Internet access subscribers") names nobody */
    expect("Table 1  Main indicators, end of June 2010\n\n"
           "Unit: 10,000 subscribers\n\n"
           "Indicator                              End of June    Net additions    YoY growth\n"
           "                                          2010          Jan-Jun          (%)\n"
           "Broadband Internet access subscribers   11,437.6         1,014.3          25.0\n"
           "3G subscribers                           2,743.0         1,511.0           --\n",
           "3g_users|China|2010-06|27430000|people|exact|observed|8\n"
           "3g_users_increase|China|2010-06|15110000|people|exact|observed|8\n",
           true);
    expect_none("Broadband Internet access subscribers increased by 10.14 million to 114.38 million.");
    /* a label's second line opening with its abbreviation in brackets, a
     * first row whose label runs over two lines, a footnote's number
     * glued to a figure */
    expect("Key Operating Information\n\n"
           "                                      As at        As at       Year-\n"
           "(in millions)                       30 Sept      30 Sept     on-year\n"
           "                                       2013         2012      change\n"
           "Monthly active user accounts\n"
           " (\"MAU\") of QQ                        816.5        784.1        4.1%\n"
           "Combined MAU of Weixin and WeChat     271.9        120.0(3)   126.6%\n",
           "active_users|QQ|2013-09-30|816500000|people|exact|observed|7\n"
           "active_users|QQ|2012-09-30|784100000|people|exact|observed|7\n"
           "active_users_growth|QQ|2013-09-30|4.1|percent|exact|observed|7\n"
           "active_users|Weixin and WeChat|2013-09-30|271900000|people|exact|observed|8\n"
           "active_users|Weixin and WeChat|2012-09-30|120000000|people|exact|observed|8\n"
           "active_users_growth|Weixin and WeChat|2013-09-30|126.6|percent|exact|observed|8\n",
           true);
    /* a heading whose date is in brackets dates the items under it, "--"
     * items too, an item over two lines too; a year-on-year change of a
     * month's last day derives the same day a year before */
    expect("Tencent Announces 2014 Third Quarter Results\n\n"
           "Key Platforms (as at September 30, 2014)\n\n"
           "  --  MAUs of QQ were 815.3 million, an\n"
           "      increase of 1.3% YoY.\n"
           "  --  MAUs of Qzone were 629.1 million.\n",
           "active_users|QQ|2014-09-30|815300000|people|exact|observed|5\n"
           "active_users_growth|QQ|2014-09-30|1.3|percent|exact|observed|6\n"
           "active_users|QQ|2013-09-30|804837117|people|about|derived|6\n"
           "active_users|Qzone|2014-09-30|629100000|people|exact|observed|7\n",
           true);
    /* (a span in brackets dates no heading's entries) */
    expect("Growth (2014-2017)\n\nTuzi Live raised US$20 million in a Series B round led by Qiming Venture Partners "
           "in September 2014.\n",
           "funding_round|Tuzi Live|2014-09|20000000|USD|exact|observed|3\n", false);
    /* years in columns: a row named for a count, in money, counts the
     * money of the caption; a forecast's column ("2016e") holds no fact;
     * the first year's growth derives the level of the year before */
    expect("Figure 1  2012-2016e China Third-party Mobile Payment Transaction Scale\n\n"
           "Year                               2013     2014     2015     2016e\n"
           "Transaction scale (trillion yuan)  1.30     8.01     16.36    30.20\n"
           "YoY growth                         766.7%   516.2%   104.2%   84.6%\n",
           "mobile_payments|China|2013|1300000000000|CNY|exact|observed|4\n"
           "mobile_payments|China|2014|8010000000000|CNY|exact|observed|4\n"
           "mobile_payments|China|2015|16360000000000|CNY|exact|observed|4\n"
           "mobile_payments_growth|China|2013|766.7|percent|exact|observed|5\n"
           "mobile_payments|China|2012|149994230991|CNY|about|derived|5\n"
           "mobile_payments_growth|China|2014|516.2|percent|exact|observed|5\n"
           "mobile_payments_growth|China|2015|104.2|percent|exact|observed|5\n",
           true);
    expect("China's IPv4 address holdings exceeded 230 million in 2009.",
           "ipv4_addresses|China|2009|230000000|count|more_than|observed|1\n", true);
    expect_none("The tally was 829 million: people online\n");
    expect_none("829 million: the share of people online rose to 59.6% in 2018, surveys say\n");
}
END_TEST

START_TEST(session12_forms)
{
    /* a caption names the quantity, a header only the period and "Number"
     * with the scale; or the caption, a blank line, and a header that
     * names it again without a unit */
    expect("Table 2: Internet users in China, 2008-2011\n"
           "Year    Number (million)\n"
           "2009    384\n"
           "2010    457",
           "netizens|China|2009|384000000|people|exact|observed|3\n"
           "netizens|China|2010|457000000|people|exact|observed|4\n",
           true);
    expect("Table 2: Internet users in China (million)\n\n"
           "Year    Netizens\n"
           "2009    384\n"
           "2010    457",
           "netizens|China|2009|384000000|people|exact|observed|4\n"
           "netizens|China|2010|457000000|people|exact|observed|5\n",
           true);
    /* a sentence that opens with a word standing for a figure counts what
     * the sentence before names, in the year that one names; a figure
     * with a noun of its own does not */
    expect("The number of microblog users in China rose sharply in 2011. It reached 250 million by the end of "
           "the year.",
           "microblog_users|China|2011|250000000|people|exact|observed|1\n", true);
    expect("China's netizen population kept growing in 2012. The figure stood at 564 million at the end of the "
           "year, up from 513 million a year earlier.",
           "netizens|China|2012|564000000|people|exact|observed|1\n"
           "netizens|China|2011|513000000|people|exact|observed|1\n",
           true);
    expect("China had 90 million 3G users in 2011. It plans to add another 300,000 stations in 2012.",
           "3g_users|China|2011|90000000|people|exact|observed|1\n", true);
    /* a figure compared with a year long gone is of the year the
     * paragraph before spoke of, not of the year after that one */
    expect("By the end of 2009, most towns had broadband access.\n\n"
           "The number of websites reached 3.23 million, up from 265,405 at the end of 2000.",
           "websites|China|2009|3230000|count|exact|observed|3\n"
           "websites|China|2000|265405|count|exact|observed|3\n",
           true);
    expect("The number of websites reached 3.23 million, up from 2.9 million at the end of 2008.",
           "websites|China|2009|3230000|count|exact|observed|1\n"
           "websites|China|2008|2900000|count|exact|observed|1\n",
           true);
    /* a place the figure is measured against is not the figure's */
    expect("Internet penetration in China reached 45.8% in 2013, still well below South Korea or Japan.",
           "internet_penetration|China|2013|45.8|percent|exact|observed|1\n", true);
    expect("Internet penetration reached 45.8% in 2013, still well below South Korea or Japan.",
           "internet_penetration|China|2013|45.8|percent|exact|observed|1\n", true);
    expect_none("Internet penetration reached 84.8% in South Korea in 2013.");
    /* a clause that says more of the cue ("which reached"), and who says
     * so ("according to CNNIC"), stand between a cue and its figure */
    expect("Demand depends on the number of internet users, which according to CNNIC reached 649 million at the "
           "end of 2014.",
           "netizens|China|2014|649000000|people|exact|observed|1\n", true);
    expect("Third-party payments made on personal computers, which totalled 11.9 trillion yuan in 2015, fell behind.",
           "third_party_payments|China|2015|11900000000000|CNY|exact|observed|1\n", true);
    /* what is held on the year's last day is the year's; what happened on
     * it keeps its day */
    expect("China had 8.9 million internet users as of December 31, 1999.",
           "netizens|China|1999-12-31|8900000|people|exact|observed|1\n", true);
    expect("On Dec 31, 2013, Alipay handled 20 million transactions.",
           "transactions|Alipay|2013-12-31|20000000|count|exact|observed|1\n", true);
    /* a report of January: the country's undated figures are of the year
     * just ended; a company's present count is not the country's */
    expect("Survey Report on the Internet in China\n(January 1999)\n\n"
           "The number of Internet users in China reached 2.1 million. The total capacity of China's "
           "international links reached 143.256Mbps.",
           "netizens|China|1998|2100000|people|exact|observed|4\n"
           "international_bandwidth|China|1998|143.256|Mbps|exact|observed|4\n",
           true);
    /* a table whose rows name an application and whose columns its users,
     * each under its period; a rate's column counts nothing, a growth's
     * column is of the latest period, a row no indicator names counts
     * nothing */
    expect("Table 5  Users of selected applications (unit: 10,000 persons)\n"
           "                   Dec 2015               Dec 2014\n"
           "Application     Users   Usage rate     Users   Usage rate    Growth\n"
           "Online video    50391        73.2%     43298        66.7%     16.4%\n"
           "Search engine   56623        82.3%     52223        80.5%      8.4%\n"
           "Microblog       23045        33.5%     24884        38.4%     -7.4%",
           "online_video_users|China|2015|503910000|people|exact|observed|4\n"
           "online_video_users|China|2014|432980000|people|exact|observed|4\n"
           "online_video_users_growth|China|2015|16.4|percent|exact|observed|4\n"
           "microblog_users|China|2015|230450000|people|exact|observed|6\n"
           "microblog_users|China|2014|248840000|people|exact|observed|6\n"
           "microblog_users_growth|China|2015|-7.4|percent|exact|observed|6\n",
           true);
    /* months from the year's start are dated by the last; "the national
     * total" a change brings is the level */
    expect("3G subscribers grew by 27.36 million in January-October 2010, bringing the national total to 39.68 "
           "million at the end of October.",
           "3g_users_increase|China|2010-10|27360000|people|exact|observed|1\n"
           "3g_users|China|2009|12320000|people|exact|derived|1\n"
           "3g_users|China|2010-10|39680000|people|exact|observed|1\n",
           true);
    /* a dateline's day is the day of writing: a year later in the figure's
     * clause, past an aside in brackets, is the figure's */
    expect("Payments double\n\nSource: Xinhua | 2017-06-19 09:12:41\n\n"
           "SHANGHAI, June 18 (Xinhua) -- Payment firms processed 163.39 billion online payment transactions with "
           "a total value of 99.27 trillion yuan (about 14.6 trillion U.S. dollars) in 2016, a report said.",
           "transactions|China|2016|163390000000|count|exact|observed|5\n"
           "third_party_payments|China|2016|99270000000000|CNY|exact|observed|5\n",
           true);
    /* "as of Wednesday" is the Wednesday before the day of writing */
    expect("Fund swells\nThu Jan 16, 2014 6:52am EST\n\n"
           "SHANGHAI, Jan 16 (Reuters) - Yu'E Bao had 250 billion yuan under management as of Wednesday, its fund "
           "manager said.",
           "fund_assets|Yu'E Bao|2014-01-15|250000000000|CNY|exact|observed|4\n", true);
    /* a day of the week names nobody, nor does a one-word cue that opens
     * a line before its verb; a cue word inside a name stays in it */
    expect_absent("Fund swells\nThu Jan 16, 2014 6:52am EST\n\n* Online fund has 49 million customers, manager "
                  "says\n* Assets up about 35 pct since end-December", "|Thu|");
    expect_absent("Fund swells\nThu Jan 16, 2014 6:52am EST\n\n* Online fund has 49 million customers, manager "
                  "says\n* Assets up about 35 pct since end-December", "|Assets|");
    expect("WeChat Pay has over 800 million monthly active users.",
           "active_users|WeChat Pay||800000000|people|more_than|observed|1\n", true);
    /* a table of years: a "growth (%)" row is the change of the row
     * above, each year's ("--" an empty cell); a "Value" row counts what
     * the caption names */
    expect("Table 4  Online payments processed by payment institutions\n"
           "------------------------------------------------------------\n"
           "                                      2015        2016\n"
           "Number of transactions (100 million)  821.45    1,639.02\n"
           "   growth (%)                             --       99.53\n"
           "Value (RMB trillion)                   49.48       99.27\n"
           "   growth (%)                         100.16      100.63",
           "transactions|China|2015|82145000000|count|exact|observed|4\n"
           "transactions|China|2016|163902000000|count|exact|observed|4\n"
           "transactions_growth|China|2016|99.53|percent|exact|observed|5\n"
           "third_party_payments|China|2015|49480000000000|CNY|exact|observed|6\n"
           "third_party_payments|China|2016|99270000000000|CNY|exact|observed|6\n"
           "third_party_payments_growth|China|2015|100.16|percent|exact|observed|7\n"
           "third_party_payments|China|2014|24720223820943|CNY|about|derived|7\n"
           "third_party_payments_growth|China|2016|100.63|percent|exact|observed|7\n",
           true);
    /* a paragraph that opens with "The figure" changes the last figure of
     * the paragraph before; one that opens otherwise does not */
    expect("China's Internet population hit 253 million by the end of June 2008.\n\n"
           "The figure was 43 million more than at the end of last year.",
           "netizens|China|2008-06|253000000|people|exact|observed|1\n"
           "netizens_increase|China|2008-06|43000000|people|exact|observed|3\n"
           "netizens|China|2007|210000000|people|exact|derived|3\n",
           true);
    expect("China's Internet population hit 253 million by the end of June 2008.\n\n"
           "Officials said the gap was 43 million more than a year earlier.",
           "netizens|China|2008-06|253000000|people|exact|observed|1\n", true);
    /* a festival's name before a figure is not joined to the day after it */
    expect("Singles Day sales smash record at 35b yuan on Nov 11, 2013.",
           "daily_transaction_volume|China|2013-11-11|35000000000|CNY|exact|observed|1\n", true);
    /* "from 2012 to 281 million" is the base of the change and the year
     * before the level's; percentage points change no count */
    expect("Microblog users in China decreased by 27.83 million from 2012 to 281 million, and the usage rate fell "
           "by 9.2 percentage points.",
           "microblog_users_increase|China|2013|-27830000|people|exact|observed|1\n"
           "microblog_users|China|2012|308830000|people|exact|derived|1\n"
           "microblog_users|China|2013|281000000|people|exact|observed|1\n",
           true);
    /* a publication's line of fields dates the document, over years its
     * text names more often */
    expect("Fund Asia Weekly, issue 19/2018, 14 May 2018, pp. 22-24\n\n"
           "Q: Yu'e Bao had 1.69 trillion yuan under management at the end of March. Was 2013 the start?\n\n"
           "A: In 2013 it began.",
           "fund_assets|Yu'e Bao|2018-03|1690000000000|CNY|exact|observed|3\n", true);
    /* "the user scale of" reads as "users of" in any cue */
    expect("By the end of 2013, the user scale of online payment reached 260 million.",
           "users|China (online payment users)|2013|260000000|people|exact|observed|1\n", true);
    /* a title that names its year dates the undated figures, though the
     * text names the year after more often */
    expect("Overall Performance of the Payment System in 2016\n\n"
           "Payment firms handled 163.9 billion online payment transactions worth 99.27 trillion yuan.\n\n"
           "By June 2017 the rules had changed; in June 2017 the rules took hold.",
           "transactions|China|2016|163900000000|count|exact|observed|3\n"
           "third_party_payments|China|2016|99270000000000|CNY|exact|observed|3\n",
           true);
    /* a rate is the figure of a rule that counts per that time only */
    expect("Payment transactions via Alipay peaked at 256,000 per second in 2018. Alipay handled 130,000 payments "
           "per minute on average in 2018.",
           "transactions_per_minute|Alipay|2018|130000|count|exact|observed|1\n", true);
    /* a paragraph that opens with "The figure was" counts what the last
     * figure of the paragraph before counted, for the same entity; a
     * running tally ("after 1 hour") does not */
    expect("Tmall registered a gross merchandise volume of 213.5 billion yuan on Singles Day 2018.\n\n"
           "The figure was 168.2 billion yuan in 2017.",
           "daily_transaction_volume|Tmall|2018-11-11|213500000000|CNY|exact|observed|1\n"
           "daily_transaction_volume|Tmall|2017-11-11|168200000000|CNY|exact|observed|3\n",
           true);
    expect("Tmall registered a gross merchandise volume of 213.5 billion yuan on Singles Day 2018.\n\n"
           "The tally crossed 100 billion yuan after 1 hour, 3 minutes and 59 seconds.",
           "daily_transaction_volume|Tmall|2018-11-11|213500000000|CNY|exact|observed|1\n", true);
    /* "held by" and "managed by" may stand between a cue and its verb */
    expect("Assets held by Chinese money market funds fell 5.4 percent in March 2018 to 7.49 trillion yuan.",
           "fund_assets_growth|Chinese money market funds|2018-03|-5.4|percent|exact|observed|1\n"
           "fund_assets|Chinese money market funds|2018-03|7490000000000|CNY|exact|observed|1\n",
           false);
    /* "double the X it managed a year earlier" compares X, of the year
     * before; "the X of 2008" is 2008's */
    expect("Yu'ebao, the money market fund, ended 2017 with 1.58 trillion yuan in assets, nearly double the 808.9 "
           "billion yuan it managed a year earlier.",
           "fund_assets|Yu'ebao|2017|1580000000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'ebao|2016|808900000000|CNY|exact|observed|1\n",
           true);
    expect("Taobao said its transaction volume reached 208.3 billion yuan in 2009, nearly double the 99.96 billion "
           "yuan of 2008.",
           "ecommerce_turnover|Taobao|2009|208300000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|Taobao|2008|99960000000|CNY|exact|observed|1\n",
           true);
    /* a table of years with a column of units after the label; the
     * change is of the latest year, a percent where its header says so */
    expect("Table 1  Main indicators, 2012-2013\n\n"
           "Indicator                     Unit        2013      2012    Growth (%)\n"
           "3G base stations              10,000      131.9     105.6     24.9\n"
           "Websites                      10,000        320       268     19.4",
           "3g_base_stations|China|2013|1319000|count|exact|observed|4\n"
           "3g_base_stations|China|2012|1056000|count|exact|observed|4\n"
           "3g_base_stations_growth|China|2013|24.9|percent|exact|observed|4\n"
           "websites|China|2013|3200000|count|exact|observed|5\n"
           "websites|China|2012|2680000|count|exact|observed|5\n"
           "websites_growth|China|2013|19.4|percent|exact|observed|5\n",
           true);
    /* a news item whose title names the year before its own: the
     * country's undated figures are of that year */
    expect("China's online payments double in 2016\n\nSource: Xinhua | 2017-06-19 09:12:41\n\n"
           "BEIJING, June 18 (Xinhua) -- Payment institutions grew fast, a report said.\n\n"
           "Mobile payment volume reached 51.01 trillion yuan.",
           "mobile_payments|China|2016|51010000000000|CNY|exact|observed|7\n", true);
    /* dot leaders part a label from its value, each line a row of its own */
    expect("THIS WEEK IN NUMBERS, 2015\n"
           "  Disclosed deals ............................ 61\n"
           "  Total disclosed value ...................... US$2.3 billion\n"
           "  Internet users ............................. 688 million",
           "netizens|China|2015|688000000|people|exact|observed|4\n", true);
    /* a header whose columns carry their units in brackets keeps its rows;
     * a "Total" row is the country's */
    expect("Public fund market data, end of April 2018\n\n"
           "Fund type              Number of funds   Net asset value (100 million yuan)\n"
           "Money market funds                 347                           72,990.94\n"
           "Total                            5,075                          125,433.12",
           "fund_assets|Money market funds|2018-04|7299094000000|CNY|exact|observed|4\n"
           "fund_assets|China|2018-04|12543312000000|CNY|exact|observed|5\n",
           true);
    /* a chart's data as text: rows of figures without labels under a line
     * of periods, each the caption's quantity of its kind */
    expect("Figure 1  Scale of Internet users and Internet penetration\nUnit: 10,000 persons\n\n"
           "    2012.12    2013.12\n"
           "     56,400     61,758\n"
           "      42.1%      45.8%",
           "netizens|China|2012|564000000|people|exact|observed|5\n"
           "netizens|China|2013|617580000|people|exact|observed|5\n"
           "internet_penetration|China|2012|42.1|percent|exact|observed|6\n"
           "internet_penetration|China|2013|45.8|percent|exact|observed|6\n",
           true);
    /* "the number and value of the transactions rose X and Y
     * respectively": the second is the change of the money, of the
     * paragraph before's date */
    expect("Payments in 2016\n\nPayment firms processed 163.39 billion online payment transactions with a total "
           "value of 99.27 trillion yuan in 2016.\n\n"
           "The number and value of the transactions rose 99.53 percent and 100.65 percent year on year "
           "respectively, the report said.",
           "transactions|China|2016|163390000000|count|exact|observed|3\n"
           "third_party_payments|China|2016|99270000000000|CNY|exact|observed|3\n"
           "transactions_growth|China|2016|99.53|percent|exact|observed|5\n"
           "transactions|China|2015|81887435473|count|about|derived|5\n"
           "third_party_payments_growth|China|2016|100.65|percent|exact|observed|5\n"
           "third_party_payments|China|2015|49474208821331|CNY|about|derived|5\n",
           true);
    /* columns of levels whose dates are stacked over the header's lines,
     * and their change; a row's name after "of" is whose; a label may run
     * over two lines; "(in millions, except percentages)" is the scale */
    expect("Key Platforms\n"
           "                                        As at       As at      Year-\n"
           "                                       30 June     30 June    on-year\n"
           "                                         2015        2014     change\n"
           "                                      (in millions, except percentages)\n"
           "  Monthly active user accounts\n"
           "    of QQ                                843.5       829.1       1.7%\n"
           "  Active user accounts of Qzone          659.0       645.6       2.1%",
           "active_users|QQ|2015-06-30|843500000|people|exact|observed|7\n"
           "active_users|QQ|2014-06-30|829100000|people|exact|observed|7\n"
           "active_users_growth|QQ|2015-06-30|1.7|percent|exact|observed|7\n"
           "active_users|Qzone|2015-06-30|659000000|people|exact|observed|8\n"
           "active_users|Qzone|2014-06-30|645600000|people|exact|observed|8\n"
           "active_users_growth|Qzone|2015-06-30|2.1|percent|exact|observed|8\n",
           true);
    expect("Operating Information\n\n"
           "                                               As at        As at     Change\n"
           "                                           30-Sep-13    30-Jun-13      (QoQ)\n"
           "                                             (in millions, unless stated)\n"
           "MAU of QQ                                      816.5        818.5      -0.2%\n"
           "MAU of Qzone                                   623.3        626.3      -0.5%",
           "active_users|QQ|2013-09-30|816500000|people|exact|observed|6\n"
           "active_users|QQ|2013-06-30|818500000|people|exact|observed|6\n"
           "active_users_growth|QQ|2013-09-30|-0.2|percent|exact|observed|6\n"
           "active_users|Qzone|2013-09-30|623300000|people|exact|observed|7\n"
           "active_users|Qzone|2013-06-30|626300000|people|exact|observed|7\n"
           "active_users_growth|Qzone|2013-09-30|-0.5|percent|exact|observed|7\n",
           true);
    /* "N months earlier" moves the date back (a year's last month is the
     * year); a change is of the level, not of the one compared with */
    expect("The penetration rate stood at 19.1 percent at the end of June 2008, up from 16 percent six months "
           "earlier.",
           "internet_penetration|China|2008-06|19.1|percent|exact|observed|1\n"
           "internet_penetration|China|2007|16|percent|exact|observed|1\n",
           true);
    expect("Yu'e Bao, the money market fund, had 1.32 trillion yuan of assets at the end of September 2018, down "
           "from 1.87 trillion yuan three months earlier. That's a drop of 550 billion yuan.",
           "fund_assets|Yu'e Bao|2018-09|1320000000000|CNY|exact|observed|1\n"
           "fund_assets|Yu'e Bao|2018-06|1870000000000|CNY|exact|observed|1\n"
           "fund_assets_increase|Yu'e Bao|2018-09|-550000000000|CNY|exact|observed|1\n",
           true);
    /* a bare "users" that the subject, a kind of use, makes a cue of its
     * own; not a figure whose word says whose ("urban users"); "a loss of"
     * is a fall */
    expect("Online video had 428 million users in 2013.\n\n"
           "Microblogging lost ground in 2013: users fell by 27.83 million to 281 million.\n\n"
           "Rural Internet users numbered 178 million in 2014, while urban users numbered 471 million.\n\n"
           "Microblog users fell to 281 million in 2013, a loss of some 28 million users.",
           "online_video_users|China|2013|428000000|people|exact|observed|1\n"
           "microblog_users_increase|China|2013|-27830000|people|exact|observed|3\n"
           "microblog_users|China|2012|308830000|people|exact|derived|3\n"
           "microblog_users|China|2013|281000000|people|exact|observed|3\n"
           "netizens|China (rural)|2014|178000000|people|exact|observed|5\n"
           "microblog_users|China|2013|281000000|people|exact|observed|7\n"
           "microblog_users_increase|China|2013|-28000000|people|about|observed|7\n"
           "microblog_users|China|2012|309000000|people|about|derived|7\n",
           false);
    expect_absent("Rural Internet users numbered 178 million in 2014, while urban users numbered 471 million.",
                  "(rural)|2014|471000000");
    /* where users live says which part they are; a clause ", when ..." is
     * another subject's */
    expect("By the end of 2018, 829 million people in China were online. Of them, 222.24 million lived in the "
           "countryside and 607 million in towns and cities.\n\n"
           "Nationally, 59.6 per cent of the population was online in 2018, compared with 34.3 per cent in 2010, "
           "when just 18.6 per cent of rural residents used the internet.",
           "netizens|China (rural)|2018|222240000|people|exact|observed|1\n"
           "netizens|China (urban)|2018|607000000|people|exact|observed|1\n"
           "internet_penetration|China|2018|59.6|percent|exact|observed|3\n"
           "internet_penetration|China|2010|34.3|percent|exact|observed|3\n",
           false);
    /* a date in a participle's aside ("launched on June 13") yields to a
     * date later in the figure's clause (a count "by December 31" is the
     * year's end's, the year's); "with their mobile phones" says what was
     * paid */
    expect("Alipay's money-market sweep, launched on June 13, 2013, had 185.3 billion yuan under management and "
           "43 million customers by December 31, 2013.",
           "fund_assets|Alipay|2013|185300000000|CNY|exact|observed|1\n"
           "fund_customers|Alipay|2013|43000000|people|exact|observed|1\n",
           true);
    expect("Chinese consumers paid for goods and services worth 38.6 trillion yuan ($5.62 trillion) with their "
           "mobile phones in 2016.",
           "mobile_payments|China|2016|38600000000000|CNY|exact|observed|1\n", false);
    /* "increased by 107% from A in 2013 to B in 2014": the change led to B,
     * and is of B's year */
    expect("Our GMV increased by 107% from RMB125.5 billion in 2013 to RMB260.2 billion in 2014, and the number of "
           "annual active customer accounts increased from 47.4 million to 96.6 million.",
           "ecommerce_turnover_growth|China|2014|107|percent|exact|observed|1\n"
           "ecommerce_turnover|China|2013|125500000000|CNY|exact|observed|1\n"
           "ecommerce_turnover|China|2014|260200000000|CNY|exact|observed|1\n",
           false);
    expect_absent("Our GMV increased by 107% from RMB125.5 billion in 2013 to RMB260.2 billion in 2014, and the "
                  "number of annual active customer accounts increased from 47.4 million to 96.6 million.",
                  "active_users_growth");
    /* a figure dated by "during the 24 hours" dates the paragraph after it */
    expect("Tmall's sales on Singles Day, Nov 11, 2013, set a record.\n\n"
           "Alipay processed 188 million transactions during the 24 hours. About 45.18 million of those "
           "transactions were made through mobile devices.",
           "transactions|Alipay|2013-11-11|188000000|count|exact|observed|3\n"
           "transactions|Alipay|2013-11-11|45180000|count|about|observed|3\n",
           true);
    /* a date in a clause led by "since" starts a span: no figure's date */
    expect_absent("Payments in 2016\n\nSince it began licensing in May 2011, the People's Bank of China has issued "
                  "a total of 270 payment licences.",
                  "2011-05");
    /* stacked dates over a line of years; labels with their unit in
     * brackets; each table read once */
    expect("Alibaba Group reported revenue of RMB26.2 billion in 2014.\n\n"
           "                          Three months ended\n"
           "                          Mar 31,   Jun 30,   Sep 30\n"
           "                          2014      2014      2014\n"
           "  GMV (RMB bn)               442       501       556\n"
           "  Mobile MAUs (mn)           163       188       217",
           "ecommerce_turnover|Alibaba Group|2014-03|442000000000|CNY|exact|observed|6\n"
           "ecommerce_turnover|Alibaba Group|2014-06|501000000000|CNY|exact|observed|6\n"
           "ecommerce_turnover|Alibaba Group|2014-09|556000000000|CNY|exact|observed|6\n"
           "active_users|Alibaba Group|2014-03|163000000|people|exact|observed|7\n"
           "active_users|Alibaba Group|2014-06|188000000|people|exact|observed|7\n"
           "active_users|Alibaba Group|2014-09|217000000|people|exact|observed|7\n",
           false);
    expect_absent("Alibaba Group reported revenue of RMB26.2 billion in 2014.\n\n"
                  "                          Three months ended\n"
                  "                          Mar 31,   Jun 30,   Sep 30\n"
                  "                          2014      2014      2014\n"
                  "  GMV (RMB bn)               442       501       556",
                  "|2014|442000000000|");
    /* a headline waits, past the list of items under it, for the text that
     * dates its figure */
    expect("Yu'E Bao money fund swells to 250 bln yuan\nThu Jan 16, 2014 6:52am EST\n\n"
           "* Online fund has 49 million customers, manager says\n"
           "* Lenders lose deposits as savers chase higher yields\n\n"
           "SHANGHAI, Jan 16 (Reuters) - Yu'E Bao had 250 billion yuan under management as of Wednesday, its fund "
           "manager said.",
           "fund_assets|Yu'E Bao|2014-01-15|250000000000|CNY|exact|observed|1\n", false);
    /* the people who go online by broadband are broadband users, not all
     * netizens */
    expect("By the end of 2009, China had 384 million internet users. Of the total, 346 million people accessed "
           "the Internet via broadband.",
           "netizens|China|2009|384000000|people|exact|observed|1\n",
           true);
    /* "..., and their number reached" counts the subject, not the whole it
     * is a share of; a figure may open its sentence */
    expect("Rural netizens accounted for 28.2% of all netizens in June 2014, and their number reached 178 million.",
           "netizens|China (rural)|2014-06|178000000|people|exact|observed|1\n", true);
    expect("178 million. 618 million internet users in 2013.",
           "netizens|China|2013|618000000|people|exact|observed|1\n", true);
    /* the level derived at "from December 2020" is the year's */
    expect("The number of internet users in China had reached 1.032 billion as of December 2021, an increase of "
           "42.96 million from December 2020.",
           "netizens|China|2021|1032000000|people|exact|observed|1\n"
           "netizens_increase|China|2021|42960000|people|exact|observed|1\n"
           "netizens|China|2020|989040000|people|exact|derived|1\n",
           true);
    /* a sentence that opens with "The fund" speaks of what the paragraph
     * before did, at its date */
    expect("Fund swells\nThu Jan 16, 2014 6:52am EST\n\n"
           "SHANGHAI, Jan 16 (Reuters) - Yu'E Bao had 250 billion yuan under management as of Wednesday, its fund "
           "manager said.\n\n"
           "The fund had 49 million customers, Tianhong said in a statement.",
           "fund_assets|Yu'E Bao|2014-01-15|250000000000|CNY|exact|observed|4\n"
           "fund_customers|Yu'E Bao|2014-01-15|49000000|people|exact|observed|6\n",
           true);
    /* a header of a period and "Number" under a caption that names no
     * quantity counts nothing */
    expect_none("Table 3: Survey sample, 2009-2010\n"
                "Year    Number\n"
                "2009    30000\n"
                "2010    32000");
}
END_TEST

START_TEST(session8_forms)
{
    /* a fund category's sector or industry, then its figure */
    expect("Money funds\n\nThe whole money market fund sector was worth 2.2 trillion yuan at the end of March 2015.",
           "fund_assets|money market funds|2015-03|2200000000000|CNY|exact|observed|3\n", true);
    /* a payment company's share of a market is a payment share, and a
     * clause without its verb after a comma is another company's */
    expect("Published: 14 May 2015\n\nAlipay had 82.3 percent of the mobile market in 2014, Tenpay around 10 "
           "percent.",
           "payment_share|Alipay|2014|82.3|percent|exact|observed|3\n"
           "payment_share|Tenpay|2014|10|percent|about|observed|3\n",
           true);
    expect_none("Published: 14 May 2015\n\nAlibaba had 80 percent of the market in 2014.");
    /* "passes" is "more than", as "passed" is */
    expect("Timeline\n\n- March 2012: WeChat passes 100 million registered users.",
           "registered_users|WeChat|2012-03|100000000|people|more_than|observed|3\n", true);
    /* expecting something to reach a figure is no figure of the year */
    expect_none("Published: 14 May 2015\n\nI expect mobile payments to pass 10 trillion yuan in 2015.");
    expect_none("Published: 14 May 2015\n\nAnalysts forecast China's netizens to reach 700 million in 2015.");
    expect("Published: 14 May 2015\n\nAs expected, mobile payments reached 10 trillion yuan in 2015.",
           "mobile_payments|China|2015|10000000000000|CNY|exact|observed|3\n", true);
    /* the figure compared with may follow a peak or a record named before it */
    expect("Funds, 2019\n\nYu'e Bao's assets fell to 1.13 trillion yuan at the end of June 2019, down from a peak "
           "of 1.69 trillion yuan in March 2018.",
           "fund_assets|Yu'e Bao|2019-06|1130000000000|CNY|exact|observed|3\n"
           "fund_assets|Yu'e Bao|2018-03|1690000000000|CNY|exact|observed|3\n",
           true);
    expect("Report, 2012\n\nChina had 513 million netizens at the end of 2011, up from a record low of 457 million "
           "in 2010.",
           "netizens|China|2011|513000000|people|exact|observed|3\n"
           "netizens|China|2010|457000000|people|exact|observed|3\n",
           true);
    /* a relative clause between a cue and its verb stands aside; the level
     * is of the year after the one its compared figure is of, which is the
     * change's start (no start derived beside it) */
    expect("BEIJING, Feb 11, 2015 (Reuters) - Payments.\n\nThe broader market for third-party payments, which also "
           "counts transactions made on personal computers, rose 50.3 percent to 8.07 trillion yuan, compared with "
           "5.37 trillion yuan in 2013.",
           "third_party_payments_growth|China|2014|50.3|percent|exact|observed|3\n"
           "third_party_payments|China|2014|8070000000000|CNY|exact|observed|3\n"
           "third_party_payments|China|2013|5370000000000|CNY|exact|observed|3\n",
           true);
    /* shares: "of mobile payment volume", a share named before its figure,
     * and names before "at" in a list (past an apposition) */
    expect("Payments, 2014\n\nAlipay handled 82.6 percent of mobile payment volume in 2014. Across the whole "
           "third-party market, Alipay's share was 49.6 per cent, with Tenpay at 19.4 per cent and ChinaPay, the "
           "online arm of state-backed UnionPay, at 11.4 per cent.",
           "payment_share|Alipay|2014|82.6|percent|exact|observed|3\n"
           "payment_share|Alipay|2014|49.6|percent|exact|observed|3\n"
           "payment_share|Tenpay|2014|19.4|percent|exact|observed|3\n"
           "payment_share|ChinaPay|2014|11.4|percent|exact|observed|3\n",
           true);
    /* wanting a share to reach a figure is no figure */
    expect_none("Payments, 2014\n\nExecutives say they want Tenpay's mobile share to reach 20 percent within two "
                "years.");
    /* a start without a date of its own is earlier than its level: a
     * year's level started from the year before; a month's from no date
     * given (no fact); one dated after it keeps its own */
    expect("Report, 2012\n\nNetizens rose to 513 million in 2011 from 457 million.",
           "netizens|China|2011|513000000|people|exact|observed|3\n"
           "netizens|China|2010|457000000|people|exact|observed|3\n",
           true);
    expect("Report, 2012\n\nNetizens rose to 513 million in June 2011 from 457 million.",
           "netizens|China|2011-06|513000000|people|exact|observed|3\n", true);
    expect("Report, 2014\n\nYu'e Bao's assets shrank to 574 billion yuan in 2014 from 581 billion yuan in the "
           "first quarter.",
           "fund_assets|Yu'e Bao|2014|574000000000|CNY|exact|observed|3\n"
           "fund_assets|Yu'e Bao|2014-03|581000000000|CNY|exact|observed|3\n",
           true);
    /* a month later than the dateline's is the last one gone by; a day of
     * the week may open the dateline; a relative clause holding the figure
     * is of the name it hangs on; "listed in New York" is a listing */
    expect("Wed Feb 11, 2015 4:12am EST\n\nTencent has leaned on WeChat, which had 468 million monthly active users "
           "at the end of September, to close the gap. Alibaba, which raised a record $25 billion when it listed in "
           "New York in September, has fallen since.\n\nIn January, Alipay handled 1.2 billion transactions.",
           "active_users|WeChat|2014-09|468000000|people|exact|observed|3\n"
           "ipo_raise|Alibaba|2014-09|25000000000|USD|exact|observed|3\n"
           "transactions|Alipay|2015-01|1200000000|count|exact|observed|5\n",
           true);
    /* "the end of December" is a month later than January's; "in October
     * last year" is a month of that year; a date with its weekday alone on
     * its line dates a news item; "the end of last year" is the year
     * before the time of writing, not a year before the level */
    expect("By Staff Reporter | Updated: 2014-01-16 07:45\n\nAssets of China's money market funds reached 868 "
           "billion yuan at the end of December, up from 574 billion yuan a year earlier. Alipay became Tianhong's "
           "controlling shareholder in October last year, paying 1.18 billion yuan for a 51 percent stake in the "
           "fund company.",
           "fund_assets|money market funds|2013|868000000000|CNY|exact|observed|3\n"
           "fund_assets|money market funds|2012|574000000000|CNY|exact|observed|3\n"
           "acquisition|Tianhong|2013-10|1180000000|CNY|exact|observed|3\n"
           "acquisition_stake|Tianhong|2013-10|51|percent|exact|observed|3\n",
           true);
    expect("Tencent buys a stake\n\nMonday, 20 August 2012\n\nChina had 331 million online game players at the "
           "end of June, up from 324 million at the end of last year.",
           "game_players|China|2012-06|331000000|people|exact|observed|5\n"
           "game_players|China|2011|324000000|people|exact|observed|5\n",
           true);
    /* a place made an adjective describes the name after it */
    expect("Deal, 2012\n\nTencent will pay HK$2.36 billion for a 12.5 per cent stake in Hong Kong-listed online "
           "games developer Zhongyou Interactive.",
           "acquisition|Zhongyou Interactive|2012|2360000000|HKD|exact|observed|3\n"
           "acquisition_stake|Zhongyou Interactive|2012|12.5|percent|exact|observed|3\n",
           true);
    /* the paragraph before names its topic past its dateline (a place
     * with a slash: "NEW YORK/BEIJING"); a share class names nobody */
    expect("Mengtu raises $225 million in U.S. IPO\n\nNEW YORK/BEIJING, Sept 13, 2018 (Reuters) - Mengtu Video Ltd, a "
           "Beijing-based app, raised $225 million in its U.S. initial public offering.\n\nThe company sold 18 "
           "million American depositary shares at $12.50 apiece. Each ADS represents 10 Class A ordinary shares. "
           "At the IPO price the company is valued at about US$1.9bn.",
           "ipo_shares_offered|Mengtu Video|2018-09-13|18000000|count|exact|observed|5\n"
           "price_per_share|Mengtu Video|2018-09-13|12.5|USD|exact|observed|5\n"
           "valuation|Mengtu Video|2018-09-13|1900000000|USD|about|observed|5\n",
           false);
    /* a clause's subject may follow a noun for what it is: "and
     * e-commerce firm Pinduoduo raised", "while online retailer JD" */
    expect("IPOs, 2018\n\nOnline video platform iQiyi raised $2.25 billion in March, and e-commerce firm Pinduoduo "
           "raised $1.6 billion in July, while online retailer Vipshop raised $500 million in May.",
           "funding_round|iQiyi|2018-03|2250000000|USD|exact|observed|3\n"
           "funding_round|Pinduoduo|2018-07|1600000000|USD|exact|observed|3\n"
           "funding_round|Vipshop|2018-05|500000000|USD|exact|observed|3\n",
           true);
    /* a news item of the first months whose lead dates its first figure
     * by the year before reports on that year: its undated figures are
     * that year's; "now" stays the time of writing, and another clause's
     * date after a comma and "and" is not the figure's */
    expect("Mobile Web users top half a billion\n\nBy Cao Yu | Updated: 2014-01-17 07:38\n\nChina's internet "
           "population grew by 53.58 million last year, bringing the total to 618 million by the end of "
           "December.\n\nThe penetration rate rose to 45.8 percent of the population. The number of mobile "
           "netizens rose by 80.09 million during the year to 500 million, and 81 percent of all internet users "
           "now use a phone.\n\nThere are now 21 crowdfunding platforms.",
           "internet_penetration|China|2013|45.8|percent|exact|observed|7\n"
           "mobile_netizens_increase|China|2013|80090000|people|exact|observed|7\n"
           "mobile_netizens|China|2013|500000000|people|exact|observed|7\n"
           "crowdfunding_platforms|China|2014|21|count|exact|observed|9\n",
           false);
    /* (not in an item of later months, nor where the lead is of its own year) */
    expect("By Cao Yu | Updated: 2014-06-17 07:38\n\nChina's internet population grew by 53.58 million last "
           "year.\n\nThe penetration rate rose to 45.8 percent of the population.",
           "internet_penetration|China|2014|45.8|percent|exact|observed|5\n", false);
    /* "the first quarter of this year": of the year of writing, by its last month */
    expect("BEIJING, Jan. 15, 2015 (Xinhua) -- China had 649 million netizens at the end of last year.\n\nIn the "
           "first quarter of this year, Tencent's revenue rose 34 percent to 22.4 billion yuan.\n\nA year ago, "
           "Alipay had 190 million mobile users.",
           "netizens|China|2014|649000000|people|exact|observed|1\n"
           "revenue|Tencent|2015-03|22400000000|CNY|exact|observed|3\n"
           "users|Alipay|2014|190000000|people|exact|observed|5\n",
           false);
    /* a table under its caption and its unit line, a blank line between;
     * the unit line is no figure of its own */
    expect("Report, 2014\n\nTable 1  Internet users and penetration, 2010-2014.6\nUnit: 10,000 persons\n\n"
           "                     2010      2011     2014.6\nInternet users      45,730    51,310    63,200\n"
           "Penetration (%)       34.3      38.3      46.9\n",
           "netizens|China|2010|457300000|people|exact|observed|7\n"
           "netizens|China|2011|513100000|people|exact|observed|7\n"
           "netizens|China|2014-06|632000000|people|exact|observed|7\n"
           "internet_penetration|China|2010|34.3|percent|exact|observed|8\n"
           "internet_penetration|China|2011|38.3|percent|exact|observed|8\n"
           "internet_penetration|China|2014-06|46.9|percent|exact|observed|8\n",
           true);
    expect("Report, 2014\n\nUnit: 10,000 persons\n                     2010      2011\nInternet users      45,730"
           "    51,310\n",
           "netizens|China|2010|457300000|people|exact|observed|5\n"
           "netizens|China|2011|513100000|people|exact|observed|5\n",
           true);
    /* a paragraph of narrow lines that has not ended its sentence goes on;
     * a report whose first dated figure opens with a month of its year
     * dates its findings by it (not by December: the year's end is the
     * year); "in half a year" starts six months before */
    expect("Statistical Report (July 2014)\n\nThe report.\n\nAs of June 2014, the number of Internet users in China\n"
           "reached 632 million, up 14.42 million from the end of\n2013. The Internet penetration rate stood at "
           "46.9%.\n\nMobile Internet users numbered 527 million.\n\nMobile payment users reached 205 million, up "
           "63.4% in half a year.",
           "netizens|China|2014-06|632000000|people|exact|observed|6\n"
           "netizens_increase|China|2014-06|14420000|people|exact|observed|6\n"
           "netizens|China|2013|617580000|people|exact|derived|6\n"
           "internet_penetration|China|2014-06|46.9|percent|exact|observed|7\n"
           "mobile_netizens|China|2014-06|527000000|people|exact|observed|9\n"
           "users|China (mobile payment users)|2014-06|205000000|people|exact|observed|11\n"
           "users_growth|China (mobile payment users)|2014-06|63.4|percent|exact|observed|11\n"
           "users|China (mobile payment users)|2013|125458996|people|about|derived|11\n",
           true);
    expect("Statistical Report (January 2016)\n\nThe report.\n\nAs of December 2015, China had 688 million "
           "netizens.\n\nMobile Internet users numbered 620 million.",
           "netizens|China|2015|688000000|people|exact|observed|5\n"
           "mobile_netizens|China|2015|620000000|people|exact|observed|7\n",
           true);
    /* an item of a list goes on on indented lines; netizens who did
     * something are its users, unless a part of them is taken */
    expect("Report, 2014\n\n1.3 Internet applications\n\n\xE2\x80\xA2 Online shopping: the number of online shoppers "
           "reached\n  332 million, and the usage rate rose to 52.5%.\n\xE2\x80\xA2 Mobile payment: mobile payment users "
           "reached 205\n  million.\n\xE2\x80\xA2 Online video: 439 million netizens watched video online\n  (a usage "
           "rate of 69.4%).",
           "users|China (online shoppers)|2014|332000000|people|exact|observed|6\n"
           "users|China (mobile payment users)|2014|205000000|people|exact|observed|7\n"
           "online_video_users|China|2014|439000000|people|exact|observed|9\n",
           true);
    expect("Report, 2014\n\nIn 2014, nearly half of China's 649 million netizens shopped online.",
           "netizens|China|2014|649000000|people|exact|observed|3\n", true);
    /* columns of months with their years ("Dec. 2015"), under a caption
     * whose unit is in brackets on a line of its own, a blank line between;
     * a row of the rest ("Other funds") names nothing */
    expect("Fund data, 2017\n\nTable 2  Net assets of public funds by type\n(unit: 100 million yuan)\n\nFund type "
           "             Dec. 2015      Jun. 2017\nMoney market funds     44,443.36      51,025.56\nOther funds     "
           "       39,528.47      52,649.41\n",
           "fund_assets|money market funds|2015|4444336000000|CNY|exact|observed|7\n"
           "fund_assets|money market funds|2017-06|5102556000000|CNY|exact|observed|7\n",
           true);
    /* percentage points change a share, never a count; "Fixed broadband
     * Internet subscribers"; a unit of data (GB) names nobody; the
     * ministry's mobile Internet access users are the mobile netizens it
     * counts */
    expect("Bulletin, 2014\n\n3G and 4G users together made up 45.3% of all mobile subscribers, up 13.9 "
           "percentage points.\n\nMobile Internet access users numbered 875 million, and traffic was 2.06 billion "
           "GB.\n\nFixed broadband Internet subscribers totalled 200.48 million.",
           "mobile_netizens|China|2014|875000000|people|exact|observed|5\n", true);
    /* "on Monday" is the last Monday up to the dateline's day */
    expect("Tue Nov 12, 2013 2:31am EST\n\nSHANGHAI, Nov 12 (Reuters) - Chinese shoppers spent a record 35.02 "
           "billion yuan on Alibaba's Tmall on Monday.",
           "daily_transaction_volume|Tmall|2013-11-11|35020000000|CNY|exact|observed|3\n", true);
    expect("Deals, 2016\n\nBEIJING, Jan 22 (Reuters) - Didi Kuaidi said on Friday it had raised $3 billion.",
           "funding_round|Didi Kuaidi|2016-01-22|3000000000|USD|exact|observed|3\n", true);
    /* what shoppers spent on one day the sentence gives is that day's
     * volume, its change and the day a year before with it; a timeline's
     * heading day dates an entry, not a day's sales */
    expect("Tue Nov 12, 2013 2:31am EST\n\nSHANGHAI, Nov 12 (Reuters) - Chinese shoppers spent a record 35.02 "
           "billion yuan on Alibaba's Tmall and Taobao websites on Monday, up 83 percent from 19.1 billion yuan a "
           "year earlier.",
           "daily_transaction_volume|Tmall|2013-11-11|35020000000|CNY|exact|observed|3\n"
           "daily_transaction_volume_growth|Tmall|2013-11-11|83|percent|exact|observed|3\n"
           "daily_transaction_volume|Tmall|2012-11-11|19100000000|CNY|exact|observed|3\n",
           true);
    expect("HANGZHOU, Nov. 12, 2015 (Xinhua) -- Alibaba Group said on Thursday that gross merchandise volume on its "
           "platforms during the 24-hour Singles Day shopping festival hit 91.2 billion yuan, up 60 percent from "
           "last year.",
           "daily_transaction_volume|Alibaba Group|2015-11-11|91200000000|CNY|exact|observed|1\n"
           "daily_transaction_volume_growth|Alibaba Group|2015-11-11|60|percent|exact|observed|1\n"
           "daily_transaction_volume|Alibaba Group|2014-11-11|57000000000|CNY|about|derived|1\n",
           true);
    expect("History>>2011\n\nJuly 14\nThe group buying service of Macau Doulao posted group buying sales of RMB 10 "
           "million.",
           "ecommerce_turnover|Macau Doulao|2011-07-14|10000000|CNY|exact|observed|4\n", true);
    /* a country a figure is second only to is not whose it is; rural
     * netizens who "lived in rural areas"; accounts opened on microblogs */
    expect("White paper, 2013\n\nAt the end of 2012 China held 331 million IPv4 addresses, second only to the United "
           "States, and its international Internet bandwidth reached 1,899,792 Mbps. Of these netizens, 420 million "
           "accessed the Internet via mobile phones, and 156 million lived in rural areas. By the end of 2012, "
           "government departments and officials had opened 176,714 accounts on the four major microblog "
           "platforms.",
           "ipv4_addresses|China|2012|331000000|count|exact|observed|3\n"
           "international_bandwidth|China|2012|1899792|Mbps|exact|observed|3\n"
           "mobile_netizens|China|2012|420000000|people|exact|observed|3\n"
           "netizens|China (rural)|2012|156000000|people|exact|observed|3\n"
           "government_microblog_accounts|China|2012|176714|count|exact|observed|3\n",
           true);
    /* a footnote number in brackets glued to a word is nothing; a change
     * whose start is stated ("from X in 2014 to Y") derives none */
    expect("Annual report, 2015\n\nOur GMV(1) increased from RMB250.8 billion in 2014 to RMB446.5 billion in 2015, "
           "an increase of 78%.\n\nThe number of websites in China(2) stood at 2.73 million.",
           "ecommerce_turnover|China|2014|250800000000|CNY|exact|observed|3\n"
           "ecommerce_turnover|China|2015|446500000000|CNY|exact|observed|3\n"
           "ecommerce_turnover_growth|China|2015|78|percent|exact|observed|3\n"
           "websites|China|2015|2730000|count|exact|observed|5\n",
           true);
    /* a filing opening with the company's name alone speaks for it */
    expect("JD.com, Inc.\nAnnual Report on Form 20-F for the fiscal year ended December 31, 2015\n\nAnnual active "
           "customer accounts(2) increased from 96.6 million in 2014 to 155.0 million in 2015, up 60%.",
           "active_users|JD.com|2014|96600000|people|exact|observed|4\n"
           "active_users|JD.com|2015|155000000|people|exact|observed|4\n"
           "active_users_growth|JD.com|2015|60|percent|exact|observed|4\n",
           true);
    /* fourth-generation subscribers, the base stations of a 4G network */
    expect("Telecoms, 2014\n\nChina had 97.28 million fourth-generation (4G) mobile subscribers at the end of 2014. "
           "China Mobile said its 4G network had more than 700,000 base stations, and China Unicom said its 3G "
           "network had 400,000 base stations.",
           "4g_base_stations|China Mobile|2014|700000|count|more_than|observed|3\n"
           "3g_base_stations|China Unicom|2014|400000|count|exact|observed|3\n",
           true);
    /* a compound is one word between a cue and its figure; a company's
     * total funding is no round */
    expect("Deals, 2015\n\nLanxin Health said it had raised US$120m in a Series C round led by Hillhouse Capital, "
           "valuing the three-year-old company at more than US$1bn. Existing backers also took part in the round, "
           "bringing Lanxin's total funding to roughly US$160m.",
           "funding_round|Lanxin Health|2015|120000000|USD|exact|observed|3\n"
           "valuation|Lanxin Health|2015|1000000000|USD|more_than|observed|3\n",
           true);
    /* names with figures in brackets after a figure of their kind count
     * what it counts */
    expect("Payments, 2015\n\nBy transaction volume, Alipay ranked first with a share of 47.5%, followed\nby Tenpay "
           "(20.0%), Yinshang (11.4%) and Kuaiqian (6.9%).",
           "payment_share|Alipay|2015|47.5|percent|exact|observed|3\n"
           "payment_share|Tenpay|2015|20|percent|exact|observed|4\n"
           "payment_share|Yinshang|2015|11.4|percent|exact|observed|4\n"
           "payment_share|Kuaiqian|2015|6.9|percent|exact|observed|4\n",
           true);
    /* a press release's figures in sentences naming nobody are its
     * issuer's, whatever word opens another item; a range it expects is
     * no figure */
    expect("JD.com Announces Third Quarter 2016 Results\n\nBEIJING, November 14, 2016 /PRNewswire/ -- JD.com, Inc. "
           "(NASDAQ: JD) today announced its results.\n\n- Net revenues for the third quarter of 2016 were "
           "RMB60.7 billion.\n- Fulfilled orders in the third quarter reached 431 million.\n\nFor the fourth "
           "quarter of 2016, JD expects net revenues to be between RMB75.0 billion and RMB78.0 billion.",
           "revenue|JD.com|2016-09|60700000000|CNY|exact|observed|5\n", false);
    expect_absent("JD.com Announces Third Quarter 2016 Results\n\nBEIJING, November 14, 2016 /PRNewswire/ -- JD.com, "
                  "Inc. (NASDAQ: JD) today announced its results.\n\nFor the fourth quarter of 2016, JD expects net "
                  "revenues to be between RMB75.0 billion and RMB78.0 billion.",
                  "revenue|");
    /* a section's Roman numeral, a capitalised noun of the indicators or
     * "Fixed" opening a sentence names nobody; a year prices are measured
     * in is no time */
    expect("Communique, 2013\n\nII. Users\n\nBy the end of 2013, the total number of telephone subscribers in China "
           "reached 1,496 million. Fixed telephone subscribers fell by 11.74 million to 267 million.\n\nIII. "
           "Investment\n\nTotal telecom business volume reached 1,374.7 billion yuan (calculated at constant 2010 "
           "prices), up 7.5 percent. Transactions initiated from mobile devices numbered 97.07 billion in 2016.",
           "transactions|China|2016|97070000000|count|exact|observed|9\n", true);
    /* a weekly report: its figures are of the day the week ended, the
     * paragraphs after the first too, its changes weekly (the level of
     * the week before derived, no year's); a quarter ended is its year's;
     * a dateline's "DC" is a place */
    expect("Money Market Fund Assets\n\nWashington, DC; June 12, 2014 - Total money market fund assets decreased by "
           "$6.38 billion to $2.55 trillion for the week ended Wednesday, June 11, the Investment Company Institute "
           "reported today.\n\nAssets of retail money market funds increased by $0.40 billion to $888.71 billion.",
           "fund_assets_increase|money market funds|2014-06-11|-6380000000|USD|exact|observed|3\n"
           "fund_assets|money market funds|2014-06-04|2556380000000|USD|exact|derived|3\n"
           "fund_assets|money market funds|2014-06-11|2550000000000|USD|exact|observed|3\n"
           "fund_assets_increase|money market funds|2014-06-11|400000000|USD|exact|observed|5\n"
           "fund_assets|money market funds|2014-06-04|888310000000|USD|exact|derived|5\n"
           "fund_assets|money market funds|2014-06-11|888710000000|USD|exact|observed|5\n",
           true);
    expect("Results, 2017\n\nAlibaba reported revenue of 55.1 billion yuan for the quarter ended Sept. 30, 2017.",
           "revenue|Alibaba|2017-09|55100000000|CNY|exact|observed|3\n", true);
    /* "the Fund", "the Company": a filing's word for itself, no name */
    expect("Tianhong Yu'e Bao Money Market Fund\nQuarterly Report for the Second Quarter of 2015\n\nIn the second "
           "quarter of 2015 the Fund's net assets fell to 613.36 billion yuan.",
           "fund_assets|Tianhong Yu'e Bao|2015-06|613360000000|CNY|exact|observed|4\n", true);
    /* people who played online games; a change over the year to its
     * level; a shopping site's transaction volume */
    expect("Report, 2010\n\nOnline video users numbered 240 million, and 265 million people played online games. "
           "Mobile phone Internet users surged by 120 million during the year to 233 million. Taobao said its "
           "transaction volume reached 208.3 billion yuan last year.",
           "online_video_users|China|2010|240000000|people|exact|observed|3\n"
           "game_players|China|2010|265000000|people|exact|observed|3\n"
           "mobile_netizens_increase|China|2010|120000000|people|exact|observed|3\n"
           "mobile_netizens|China|2009|113000000|people|exact|derived|3\n"
           "mobile_netizens|China|2010|233000000|people|exact|observed|3\n"
           "ecommerce_turnover|Taobao|2009|208300000000|CNY|exact|observed|3\n",
           true);
    /* common words opening an essay's sentences name nobody */
    expect("Essay, 2019\n\nConsider money. On November 11, 2019, shoppers spent 268.4 billion yuan on Alibaba's "
           "platforms in 24 hours.\n\nIndividual investors held 99.93 percent of fund shares. Investor accounts in "
           "public funds exceeded 500 million.",
           "daily_transaction_volume|Alibaba|2019-11-11|268400000000|CNY|exact|observed|3\n"
           "fund_customers|public funds|2019|500000000|people|more_than|observed|5\n",
           true);
    /* a year a change is "on" is its base, no date of the figure after */
    expect("Payments\n\nFor the full year 2014, China's third-party internet payments totalled 8.08 trillion yuan, up "
           "50.3% on 2013, and third-party mobile payments totalled 5.99 trillion yuan.",
           "mobile_payments|China|2014|5990000000000|CNY|exact|observed|3\n", false);
    /* what is still owed is no volume lent */
    expect("Working paper, 2016\n\nLoans issued through P2P platforms totalled 982.3 billion yuan in 2015, and the "
           "outstanding balance of loans stood at 439.4 billion yuan at year-end.",
           "online_loans|China|2015|982300000000|CNY|exact|observed|3\n", true);
    expect_none("Working paper, 2016\n\nThe peer-to-peer lending industry has ballooned to 622 billion yuan in "
                "outstanding loans.");
    /* "Their" stands for the kind the sentence before opens with */
    expect("Fund data, 2017\n\nTogether they managed 4,341 public funds with total net assets of 10.37 trillion "
           "yuan.\n\nMoney market funds remained the engine of growth. Their net assets reached 5.10 trillion yuan "
           "at the end of June, accounting for 49.2% of all public fund assets.",
           "fund_assets|public funds|2017|10370000000000|CNY|exact|observed|3\n"
           "fund_assets|money market funds|2017-06|5100000000000|CNY|exact|observed|5\n",
           true);
    /* "against X for Alipay": the figure compared with is Alipay's, even
     * where it finds its cue on its own */
    expect("Payments, 2019\n\nWeChat Pay handled 2.3 trillion yuan of payments in the first quarter, against 4.8 "
           "trillion yuan for Alipay.",
           "third_party_payments|WeChat Pay|2019-03|2300000000000|CNY|exact|observed|3\n"
           "third_party_payments|Alipay|2019-03|4800000000000|CNY|exact|observed|3\n",
           true);
}
END_TEST

/* A header of three lines whose columns' names and units are broken over
 * them; an event named for a weekday; a unit restated after a comma. */
START_TEST(stacked_headers_and_events)
{
    /* (each column's name, its change and its unit stacked; the measure
     * "Amount" is the money the caption names) */
    expect("Table 4  Network payments of non-bank payment institutions\n\n"
           "  Year    Number of       YoY       Amount          YoY\n"
           "          transactions    growth    (trillion       growth\n"
           "          (100 million)   (%)       yuan)           (%)\n"
           "  ---------------------------------------------------------\n"
           "  2018    5,306.10        85.05     208.07           45.23\n"
           "  2019    7,199.98        35.69     249.88           20.10\n",
           "transactions|China|2018|530610000000|count|exact|observed|7\n"
           "transactions_growth|China|2018|85.05|percent|exact|observed|7\n"
           "third_party_payments|China|2018|208070000000000|CNY|exact|observed|7\n"
           "third_party_payments_growth|China|2018|45.23|percent|exact|observed|7\n"
           "transactions|China|2019|719998000000|count|exact|observed|8\n"
           "transactions_growth|China|2019|35.69|percent|exact|observed|8\n"
           "third_party_payments|China|2019|249880000000000|CNY|exact|observed|8\n"
           "third_party_payments_growth|China|2019|20.1|percent|exact|observed|8\n",
           true);
    /* (a growth beside a column nobody counts is nobody's) */
    expect("  Year    Netizens     Market         YoY\n"
           "          (million)    size           growth\n"
           "                       (bn yuan)      (%)\n"
           "  2004       94          24.7          87.1\n"
           "  2005      111          37.7          52.6\n",
           "netizens|China|2004|94000000|people|exact|observed|4\n"
           "netizens|China|2005|111000000|people|exact|observed|5\n",
           true);
    /* (the unit said again after a comma is one unit) */
    expect("Table 1  Online shopping\n"
           "            Online retail        Online retail     Online\n"
           "Year        sales (亿元, 100     sales (US$        shoppers\n"
           "            million yuan)        billion)          (million)\n"
           "2011             7,800              120.6            194\n"
           "2012            13,040              206.6            242\n",
           "ecommerce_turnover|China|2011|780000000000|CNY|exact|observed|5\n", false);
    /* "Cyber Monday" is a day, nobody who spent */
    expect_absent("Tencent reported results in May. Sales came to 213.5 billion yuan in 2018, dwarfing the "
                  "US$7.9 billion spent online on Cyber Monday that year.",
                  "|Cyber|");
}
END_TEST

/* A statistical communiqué's forms: a part's row marked "#", the post's
 * and the telecoms' turnover, a nation's income. */
START_TEST(communique_forms)
{
    expect("Table 9: Internet Users and Penetration\n\n"
           "                           Unit            2014      2015\n"
           "Internet users             10,000 persons  64875     68826\n"
           "  #Mobile Internet users   10,000 persons  55678     61981\n"
           "Internet penetration rate  %               47.9      50.3\n",
           "netizens|China|2014|648750000|people|exact|observed|4\n"
           "netizens|China|2015|688260000|people|exact|observed|4\n"
           "mobile_netizens|China|2014|556780000|people|exact|observed|5\n"
           "mobile_netizens|China|2015|619810000|people|exact|observed|5\n"
           "internet_penetration|China|2014|47.9|percent|exact|observed|6\n"
           "internet_penetration|China|2015|50.3|percent|exact|observed|6\n",
           true);
    expect_none("In 2015 the total turnover of postal services was 503.9 billion yuan, and the turnover of "
                "telecommunication services was 2,304.2 billion yuan.");
    expect_none("In 2023 the gross national income was 125,121.3 billion yuan, up by 5.6 percent.");
    /* (a paragraph on the festival before a table of the year's sales
     * makes no row a day's) */
    expect_absent("Statistical Communique of Zhejiang on the 2021 Economic and Social Development\n\n"
                  "Online shopping grew again. On Double 11 in 2021, sales of the province's online\n"
                  "shops reached 38.4 billion yuan.\n\n"
                  "Table 4  Online Retail Sales of Zhejiang, 2019-2021\n\n"
                  "Year    Online retail sales     Growth over      Online\n"
                  "        (100 million yuan)      previous year    shoppers\n"
                  "                                (%)              (million)\n"
                  "2020        22608.1               14.3             41.2\n"
                  "2021        25230.3               11.6             43.0\n",
                  "2020-11-11");
    /* (the statisticians' words for online sales; households that
     * subscribed to fibre; a household's line is no link abroad) */
    expect("In 2018, retail sales through public networks were 356.18 billion yuan. By the end of 2012, 1.67 million "
           "households had subscribed to FTTH services, and the average access bandwidth of households was raised "
           "to 10 Mbps.",
           "ecommerce_turnover|China|2018|356180000000|CNY|exact|observed|1\n"
           "ftth_users|China|2012|1670000|people|exact|observed|1\n",
           true);
    /* (a headline wrapped over two lines names the festival the text
     * speaks of: its sales are the day's) */
    expect("South China Morning Post\nNEWS  HONG KONG  CHINA  ASIA  WORLD  BUSINESS  TECH\nTech / E-commerce\n\n"
           "Alibaba's Singles' Day sales hit record 268.4 billion yuan, but growth slows\n"
           "to 26 per cent\n\n"
           "- GMV across Alibaba's platforms rose to 268.4 billion yuan (US$38.4 billion)\n\n"
           "Published: 12:05am, 12 Nov, 2019\n",
           "daily_transaction_volume|Alibaba|2019-11-11|268400000000|CNY|exact|observed|5\n"
           "daily_transaction_volume|Alibaba|2019-11-11|268400000000|CNY|exact|observed|8\n",
           false);
    /* (a rule of dashes between the items of a wire's file: the next
     * item's headline is no line of the paragraph before) */
    expect("UPDATE 2-Dangdang prices U.S. IPO above range, raises $272 mln\n"
           "Wed Dec 8, 2010 1:54am EST\n"
           "NEW YORK, Dec 7 (Reuters) - Chinese online retailer Dangdang Inc priced its\n"
           "initial public offering of 17 million American depositary shares at $16\n"
           "each, above the expected range of $13 to $15, raising $272 million. The\n"
           "shares will trade on the New York Stock Exchange under the symbol \"DANG\".\n"
           "---------------------------------------------------------------------------\n"
           "China internet users hit 384 mln -CNNIC\n"
           "Fri Jan 15, 2010 3:12am EST\n"
           "BEIJING, Jan 15 (Reuters) - China's internet population grew 28.9 percent\n"
           "last year to 384 million by the end of December.\n",
           "netizens|China|2009|384000000|people|exact|observed|8\n", false);
    /* (a place before the firm's word is no name: "The San Francisco
     * company" is the firm named before) */
    expect("Uber has said it is spending more than US$1 billion a year in China. The San Francisco company raised "
           "US$3.5 billion from Saudi Arabia's Public Investment Fund in June 2016.",
           "funding_round|Uber|2016-06|3500000000|USD|exact|observed|1\n", true);
    /* (the country's online users are its netizens; a service's are
     * not) */
    expect("The number of China's online users hit 802 million at the end of June 2018. Taobao had 500 million "
           "online users of its shopping service in 2018.",
           "netizens|China|2018-06|802000000|people|exact|observed|1\n", false);
    expect_absent("Taobao had 500 million online users of its shopping service in China in 2018.", "netizens|");
    /* (an item's byline dated without the month's and day's zeros) */
    expect("Reports\n\nChina's netizens reach 802 million\nBy Li Wei | Xinhua | Published: 2018/8/20 17:43:33\n\n"
           "The number of netizens reached 802 million in June.\n\n"
           "----------\n"
           "China's internet users reach 940 million\nBy Cao Siqi | Global Times | Published: 2020/9/29 15:08:40\n\n"
           "The number of internet users reached 940 million in June.\n",
           "netizens|China|2020-06|940000000|people|exact|observed|9\n"
           "netizens|China|2020-06|940000000|people|exact|observed|12\n", false);
    /* (the end of a year's last day is the year's; a count as of that
     * day keeps it) */
    expect("By the end of December 31, 2003, there were 79.50 million Internet users in China.",
           "netizens|China|2003|79500000|people|exact|observed|1\n", true);
    expect("As of December 31, 2003, there were 79.50 million Internet users in China.",
           "netizens|China|2003-12-31|79500000|people|exact|observed|1\n", true);
    /* (money a company will pump into another is an investment) */
    expect("Yahoo Inc. will pump US$1 billion into Alibaba, the companies said on Aug. 11, 2005.",
           "investment|Alibaba|2005-08-11|1000000000|USD|exact|observed|1\n", true);
    /* (a change over half a year is no year's: no level of a year
     * before comes of it) */
    expect_absent("China Daily, July 16, 2009\n\nAbout 155 million people access the Internet on their mobile phones, a "
                  "32.1 percent increase compared with half a year ago.",
                  "2008-07");
    /* (a stake a company takes, or one money pays for; not a share of
     * a market, nor the whole a purchase leaves) */
    expect("TechNode, Dec 21, 2015\n\nAlibaba to take 27.7% of Ele.me for $1.25 billion, say sources\n\n"
           "Alibaba will pay $294 million for 28 pct of AutoNavi.",
           "acquisition_stake|Ele.me|2015-12-21|27.7|percent|exact|observed|3\n"
           "acquisition|AutoNavi|2015-12-21|294000000|USD|exact|observed|5\n"
           "acquisition_stake|AutoNavi|2015-12-21|28|percent|exact|observed|5\n",
           false);
    expect_absent("In 2013 Alipay took 48.7 percent of the mobile payment market.", "acquisition_stake");
    expect_absent("In 2011 Huawei said it would purchase 49% stake of Huawei Symantec to take 100% of it.",
                  "|100|percent");
    /* (what payments came to is no company's worth, takings or shop's
     * turnover) */
    expect_none("In the second quarter of 2018 the value of these transactions totalled 62.88tn yuan.");
    /* (the payments' own money, no shop's turnover) */
    expect("In the third quarter of 2018, mobile payments of 16.935 billion transactions were made, with a turnover "
           "of 65.48 trillion yuan.",
           "transactions|China|2018-09|16935000000|count|exact|observed|1\n"
           "mobile_payments|China|2018-09|65480000000000|CNY|exact|observed|1\n",
           true);
    /* (a unit's definition is no figure) */
    expect_none("Fund report, 2019\n\nNote: 1 亿元 = 100 million yuan; 1 万户 = 10,000 accounts.");
    /* (what a money market fund is worth is its size, no company's
     * valuation) */
    expect("Yicai Global, July 2, 2018\n\nYu'e Bao was worth CNY1.45 trillion by the end of the second quarter.",
           "fund_assets|Yu'e Bao|2018-06|1450000000000|CNY|exact|observed|3\n", true);
    /* (a contraction is a fall) */
    expect("AMAC, August 24, 2017\n\nHybrid fund assets were 1.86 trillion yuan at the end of July, a contraction of "
           "145.902 billion yuan, or 7.28%, compared to June.",
           "fund_assets_increase|hybrid funds|2017-07|-145902000000|CNY|exact|observed|3\n"
           "fund_assets_growth|hybrid funds|2017-07|-7.28|percent|exact|observed|3\n",
           false);
    /* (a link's mark is nobody: "... 2010-2017 [CHART]") */
    expect_absent("[2014-04-11] Mobile payment transactions in China, 2010-2017 [CHART]\n\n"
                  "iResearch reported that third-party mobile payment services in China achieved a total transaction "
                  "volume of RMB1.22 trillion in 2013.",
                  "|CHART|");
    /* (a line that ends with a figure's unit in Chinese goes on: its
     * restatement and its change on the next) */
    expect("Payments, 2013\n\nIn 2012 China's mobile payment market transaction size was 1,511.4 亿元\n"
           "(151.14 billion yuan), an increase of 89.2%. Although the total is still\nsmall, the growth rate is "
           "accelerating.\n",
           "mobile_payments_growth|China|2012|89.2|percent|exact|observed|4\n", false);
    /* (a line a rate crosses is no change's size) */
    expect_absent("News, 2014\n\nYu'E Bao yield falls below 6% as users top 81 mln in 2014.", "_growth|");
    /* (an industry's value added is no company's worth; a sector's
     * spending on mobile networks is no deal; the post's turnover in a
     * table's label is no shop's) */
    expect_none("In 2012 the information industry realized value added of 161.497 billion yuan, up 9.8 percent.");
    expect_none("In 2012 telecom operators made fixed assets investment of 361.38 billion yuan; investment in mobile "
                "communications was 156.54 billion yuan.");
    expect_absent("Table 6: Major Indicators of Post and Telecommunications, 2008-2009\n\n"
                  "    Item                              Unit              2008     2009\n"
                  "    Turnover of post and\n"
                  "      telecommunications              100 million yuan  23650    27681\n"
                  "    Internet users                    10,000 persons    29800    38400\n",
                  "ecommerce_turnover");
    /* (a gap above the national average is no change of the figure) */
    expect("Guangdong, 2018\n\nThe Internet penetration rate was 78.4 percent, 2.2 percentage points higher than the "
           "previous year and 18.8 percentage points above the national average.",
           "internet_penetration|China|2018|78.4|percent|exact|observed|3\n"
           "internet_penetration_increase|China|2018|2.2|percent|exact|observed|3\n"
           "internet_penetration|China|2017|76.2|percent|exact|derived|3\n",
           true);
    /* (the urban share of the people is no share online) */
    expect("NBS, 2024\n\nThe urban population was 932.67 million, accounting for 66.16 percent of the total population "
           "in 2023.\n\nThe number of Internet users was 1,092 million, accounting for 77.5 percent of the total "
           "population in 2023.\n",
           "netizens|China|2023|1092000000|people|exact|observed|5\n"
           "internet_penetration|China|2023|77.5|percent|exact|observed|5\n",
           true);
    /* (a shop's turnover still is one) */
    expect("In 2015 the turnover of Taobao was 503.9 billion yuan.",
           "ecommerce_turnover|Taobao|2015|503900000000|CNY|exact|observed|1\n", true);
}
END_TEST

/* A table of provinces whose fields name their years ("Netizens 2010"),
 * under them their units and a year alone ("2011 (%)"), and a total row
 * with an empty cell. */
START_TEST(entity_rows_with_years)
{
    /* (a row whose first cells are dashes is no agency's dateline: its
     * label stays a label) */
    expect("   China third-party mobile payment transaction volume (100 million yuan)\n"
           "   Year      2010     2011     2012      2013\n"
           "   Volume    -        -        1,511.4   12,197.4\n",
           "mobile_payments|China|2012|151140000000|CNY|exact|observed|3\n"
           "mobile_payments|China|2013|1219740000000|CNY|exact|observed|3\n",
           true);
    /* (a header of months with their years' last figures over one row,
     * a block of two lines) */
    expect("Fund report\n\nYu'E Bao fund size, 2013 (100 million yuan)\n\n"
           "  End of      Jun-13    Sep-13    Feb-14*\n"
           "  Size        42.0      556.5     4,000\n",
           "fund_assets|Yu'E Bao|2013-06|4200000000|CNY|exact|observed|6\n"
           "fund_assets|Yu'E Bao|2013-09|55650000000|CNY|exact|observed|6\n"
           "fund_assets|Yu'E Bao|2014-02|400000000000|CNY|exact|observed|6\n",
           true);
    /* (a volume counted in transactions is their number; the rows of
     * changes below name the measure they change) */
    expect("   Table 1  Online payments of non-bank payment institutions, 2016-2017\n\n"
           "   Item                              2016        2017\n"
           "   Volume (100 million transactions) 1,639.02    2,867.47\n"
           "   Amount (trillion yuan)            99.27       143.26\n"
           "   Volume growth (%)                 99.53       74.95\n"
           "   Amount growth (%)                 100.63      44.32\n",
           "transactions|China|2016|163902000000|count|exact|observed|4\n"
           "transactions|China|2017|286747000000|count|exact|observed|4\n"
           "third_party_payments|China|2016|99270000000000|CNY|exact|observed|5\n"
           "third_party_payments|China|2017|143260000000000|CNY|exact|observed|5\n"
           "transactions_growth|China|2016|99.53|percent|exact|observed|6\n"
           "third_party_payments_growth|China|2017|44.32|percent|exact|observed|7\n",
           false);
    /* (a change's column named before its level's words, its unit a
     * percent: not the level) */
    expect("Table A1  Tianhong Yu'e Bao: size at year-end\n\n"
           "  Year-end   Net assets           Change in net    Number of holders\n"
           "             (100 million yuan)   assets (%)       (10,000 accounts)\n"
           "  2014         5,789.36            212.36              18,500\n"
           "  2015         6,207.13              7.22              26,000\n",
           "fund_assets|Tianhong Yu'e Bao|2014|578936000000|CNY|exact|observed|5\n"
           "fund_assets_growth|Tianhong Yu'e Bao|2014|212.36|percent|exact|observed|5\n",
           false);
    /* (a chart's periods first in their block, its caption, unit and
     * legend the block before) */
    expect("  Figure 3  Size of Internet Users and Internet Penetration Rate\n"
           "  单位:万人\n"
           "  Size of Internet users     Internet penetration rate\n"
           "   2016.12     2017.12     2020.3\n"
           "   73,125      77,198      90,359\n"
           "   53.2%       55.8%       64.5%\n",
           "netizens|China|2016|731250000|people|exact|observed|5\n"
           "netizens|China|2017|771980000|people|exact|observed|5\n"
           "netizens|China|2020-03|903590000|people|exact|observed|5\n"
           "internet_penetration|China|2016|53.2|percent|exact|observed|6\n"
           "internet_penetration|China|2017|55.8|percent|exact|observed|6\n"
           "internet_penetration|China|2020-03|64.5|percent|exact|observed|6\n",
           true);
    /* (two units under a header's fields, one space between their
     * brackets; a caption that names the festival in figures names its
     * owner before it) */
    expect("Table C-1  Alibaba Double 11 GMV, 2012-2013\n\n"
           "  Year   GMV                GMV            YoY growth\n"
           "         (100 million yuan) (US$ billion)  (%)\n"
           "  2012      191.00             3.07         267.3\n"
           "  2013      350.19             5.75          83.3\n",
           "daily_transaction_volume|Alibaba|2012-11-11|19100000000|CNY|exact|observed|5\n"
           "daily_transaction_volume|Alibaba|2012-11-11|3070000000|USD|exact|observed|5\n"
           "daily_transaction_volume_growth|Alibaba|2012-11-11|267.3|percent|exact|observed|5\n"
           "daily_transaction_volume|Alibaba|2013-11-11|35019000000|CNY|exact|observed|6\n"
           "daily_transaction_volume|Alibaba|2013-11-11|5750000000|USD|exact|observed|6\n"
           "daily_transaction_volume_growth|Alibaba|2013-11-11|83.3|percent|exact|observed|6\n",
           true);
    /* (a label gone on on the next line in brackets is no gloss: its rows
     * go on) */
    expect("Key Platforms - Quarterly Trend\n\n"
           "Unit: million       3Q2015    4Q2015\n"
           "QQ IM MAU            860.0     853.1\n"
           "QQ IM MAU\n"
           " (smart devices)     640.0     653.0\n"
           "Qzone MAU            653.0     640.0\n",
           "active_users|QQ IM|2015-09|860000000|people|exact|observed|4\n"
           "active_users|QQ IM|2015-12|853100000|people|exact|observed|4\n"
           "active_users|QQ IM|2015-09|640000000|people|exact|observed|6\n"
           "active_users|QQ IM|2015-12|653000000|people|exact|observed|6\n"
           "active_users|Qzone|2015-09|653000000|people|exact|observed|7\n"
           "active_users|Qzone|2015-12|640000000|people|exact|observed|7\n",
           true);
    /* (a header whose second line is its columns' units, a blank line
     * between it and its caption: the rows stay with it) */
    expect("AMAC data, July 2021\n\n"
           "Chart I: NAV of various publicly-offered funds in China by the end of July\n\n"
           "  Types of publicly-offered funds   NAV by end-July   NAV by end-June   Changes (%)\n"
           "                                    (RMB trln)        (RMB trln)\n"
           "  Bond funds                             3.14              2.94             6.97\n"
           "  Money market funds                     9.73              9.27             4.95\n",
           "fund_assets|Bond funds|2021-07|3140000000000|CNY|exact|observed|7\n"
           "fund_assets|Bond funds|2021-06|2940000000000|CNY|exact|observed|7\n"
           "fund_assets_growth|Bond funds|2021-07|6.97|percent|exact|observed|7\n"
           "fund_assets|Money market funds|2021-07|9730000000000|CNY|exact|observed|8\n"
           "fund_assets|Money market funds|2021-06|9270000000000|CNY|exact|observed|8\n"
           "fund_assets_growth|Money market funds|2021-07|4.95|percent|exact|observed|8\n",
           true);
    /* (a panel drawn in a box, a half year's column) */
    expect("  ┌──────────────────────────────────────────────┐\n"
           "  │ AT A GLANCE                                  │\n"
           "  │                         2017      H1 2018    │\n"
           "  │ Net loss (RMB mn)       525.1     201.2      │\n"
           "  │ Active buyers (mn)      244.8     343.6      │\n"
           "  └──────────────────────────────────────────────┘\n",
           "active_users|China|2017|244800000|people|exact|observed|5\n"
           "active_users|China|2018-06|343600000|people|exact|observed|5\n",
           false);
    /* (a year marked for a note that dates its column otherwise; a unit
     * said in Chinese, then in English after "=") */
    expect("Table 1. Internet users, 2019-2021\n"
           "(unit: 亿 = 100 million people, end of year unless noted)\n\n"
           "                              2019*     2020      2021\n"
           "Internet users                9.04      9.89     10.32\n"
           "Penetration rate (%)          64.5      70.4      73.0\n"
           "* March 2020.\n",
           "netizens|China|2020-03|904000000|people|exact|observed|5\n"
           "netizens|China|2020|989000000|people|exact|observed|5\n"
           "netizens|China|2021|1032000000|people|exact|observed|5\n"
           "internet_penetration|China|2020-03|64.5|percent|exact|observed|6\n"
           "internet_penetration|China|2020|70.4|percent|exact|observed|6\n"
           "internet_penetration|China|2021|73|percent|exact|observed|6\n",
           true);
    expect("Table 1. Netizens and penetration rate by province, end of 2010 and 2011\n\n"
           "Province        Netizens 2010    Netizens 2011    Growth     Penetration   Rank\n"
           "                (10,000)         (10,000)         (%)        2011 (%)      2011\n"
           "---------------------------------------------------------------------------\n"
           "Hainan              265              301          13.6         34.9          19\n"
           "Ningxia             180              200          11.1         31.6          21\n"
           "---------------------------------------------------------------------------\n"
           "China             45,730           51,310          12.2         38.3          -\n",
           "netizens|Hainan|2010|2650000|people|exact|observed|6\n"
           "netizens|Hainan|2011|3010000|people|exact|observed|6\n"
           "netizens_growth|Hainan|2011|13.6|percent|exact|observed|6\n"
           "internet_penetration|Hainan|2011|34.9|percent|exact|observed|6\n"
           "netizens|Ningxia|2010|1800000|people|exact|observed|7\n"
           "netizens|Ningxia|2011|2000000|people|exact|observed|7\n"
           "netizens_growth|Ningxia|2011|11.1|percent|exact|observed|7\n"
           "internet_penetration|Ningxia|2011|31.6|percent|exact|observed|7\n"
           "netizens|China|2010|457300000|people|exact|observed|9\n"
           "netizens|China|2011|513100000|people|exact|observed|9\n"
           "netizens_growth|China|2011|12.2|percent|exact|observed|9\n"
           "internet_penetration|China|2011|38.3|percent|exact|observed|9\n",
           true);
}
END_TEST

/* Forms of reports' tables met in session 42. */
START_TEST(report_table_forms)
{
    /* (a bare "Growth" beside "Growth rate" is the amount added, and the
     * ends of the changes' names wrapped under them are the header's) */
    expect("Table 1  Comparison of Basic Internet Resources\n\n"
           "                          Dec. 2012      Jun. 2013     Growth   Growth\n"
           "                                                                 rate\n"
           "  Domain names           13,412,079     14,698,170  1,286,091    9.6%\n"
           "  Websites                2,680,000      2,940,000    260,000    9.7%\n",
           "domain_names|China|2012|13412079|count|exact|observed|5\n"
           "domain_names|China|2013-06|14698170|count|exact|observed|5\n"
           "domain_names_increase|China|2013-06|1286091|count|exact|observed|5\n"
           "domain_names_growth|China|2013-06|9.6|percent|exact|observed|5\n"
           "websites|China|2012|2680000|count|exact|observed|6\n"
           "websites|China|2013-06|2940000|count|exact|observed|6\n"
           "websites_increase|China|2013-06|260000|count|exact|observed|6\n"
           "websites_growth|China|2013-06|9.7|percent|exact|observed|6\n",
           true);
    expect("Table 1  Comparison of Basic Internet Resources\n\n"
           "                          Dec. 2012      Jun. 2013     Growth   Growth rate\n"
           "  Websites                2,680,000      2,940,000    260,000    9.7%\n",
           "websites|China|2012|2680000|count|exact|observed|4\n"
           "websites|China|2013-06|2940000|count|exact|observed|4\n"
           "websites_increase|China|2013-06|260000|count|exact|observed|4\n"
           "websites_growth|China|2013-06|9.7|percent|exact|observed|4\n",
           true);
    /* (a caption that counts people makes an application's row its users'
     * where no cue names the row; its unit in brackets is no figure) */
    expect("Table 7  Users of Network Applications (10,000 users)\n\n"
           "Application              2008.12      2009.12     Annual growth\n"
           "Online games              18,700      26,454      41.5%\n",
           "game_players|China|2008|187000000|people|exact|observed|4\n"
           "game_players|China|2009|264540000|people|exact|observed|4\n"
           "game_players_growth|China|2009|41.5|percent|exact|observed|4\n",
           true);
    expect_none("Table 7  Internet users (10,000 users)\n");
    /* (each period's figures a group of fields under it, the growth
     * after the last; a rate's field read past, a label's end wrapped
     * under its row, a note's mark on a cell) */
    expect("Table 5  Netizens' Use of Internet Applications\n"
           "                      Jun. 2013                Dec. 2012\n"
           "                   Users         Utilisa-   Users         Utilisa-   Half-year\n"
           "                   (10,000)      tion rate  (10,000)      tion rate  growth\n"
           "  Instant            49,706      84.2%      46,775        82.9%       6.3%\n"
           "  messaging\n"
           "  Microblog          33,077      56.0%      30,861        54.7%       7.2%*\n"
           "  Online game        34,533      58.5%      33,569        59.5%       2.9%\n",
           "microblog_users|China|2013-06|330770000|people|exact|observed|7\n"
           "microblog_users|China|2012|308610000|people|exact|observed|7\n"
           "microblog_users_growth|China|2013-06|7.2|percent|exact|observed|7\n"
           "game_players|China|2013-06|345330000|people|exact|observed|8\n"
           "game_players|China|2012|335690000|people|exact|observed|8\n"
           "game_players_growth|China|2013-06|2.9|percent|exact|observed|8\n",
           true);
    /* (a label broken before its aside; the fields' unit the caption's) */
    expect("Table 5  Utilization of Internet applications (unit: 10,000 persons)\n"
           "                          2018.12                      2020.3\n"
           "Application           Users        Utilization     Users        Utilization     Growth rate\n"
           "Online video\n"
           "(incl. short video)   72,486       87.5%           85,044       94.1%           17.3%\n"
           "Blog / personal space 37,299       66.1%           43,658       70.7%           17.0%\n"
           "Online games          48,384       58.4%           53,182       58.9%            9.9%\n",
           "online_video_users|China|2018|724860000|people|exact|observed|5\n"
           "online_video_users|China|2020-03|850440000|people|exact|observed|5\n"
           "online_video_users_growth|China|2020-03|17.3|percent|exact|observed|5\n"
           "game_players|China|2018|483840000|people|exact|observed|7\n"
           "game_players|China|2020-03|531820000|people|exact|observed|7\n"
           "game_players_growth|China|2020-03|9.9|percent|exact|observed|7\n",
           true);
    /* (a header of names over the funds' rows, each field's name and
     * unit broken over the lines under it; "change on month (%)" makes
     * the second "Net assets" the growth of the first) */
    expect("2. Public offering funds by type (end of July 2017)\n\n"
           "  ----------------------------------------------------------------\n"
           "  Type                 Number     Shares          Net assets     Net assets\n"
           "                       of funds   (100 million    (100 million   change on\n"
           "                                  shares)         yuan)          month (%)\n"
           "  ----------------------------------------------------------------\n"
           "  Closed-end funds        420       6,212.35        6,412.08         2.11\n"
           "  Total                 4,533     103,667.41      106,778.30         5.54\n",
           "fund_assets|Closed-end funds|2017-07|641208000000|CNY|exact|observed|8\n"
           "fund_assets_growth|Closed-end funds|2017-07|2.11|percent|exact|observed|8\n"
           "fund_assets|China|2017-07|10677830000000|CNY|exact|observed|9\n"
           "fund_assets_growth|China|2017-07|5.54|percent|exact|observed|9\n",
           true);
    /* (the label on the header's second line, under a first line
     * indented past the rows' names; a level's field dated by its month's
     * end, "end-June"; "MoM" over "change" the growth of the level; the
     * caption's day before its month) */
    expect("Table 1  Public fund market data, as of 31 July 2017\n"
           "                              Number of    Shares            Net assets        Net assets      MoM\n"
           "Fund type                     funds (只)   (100 mn units)    (100 mn yuan)     end-June        change\n"
           "                                           (亿份)            (亿元)            (亿元)\n"
           "Closed-end funds                  412        6,203.17          6,431.93         6,390.45        0.65%\n"
           "Open-end funds                  4,454       96,915.87        100,394.46        94,829.87        5.87%\n",
           "fund_assets|Closed-end funds|2017-07-31|643193000000|CNY|exact|observed|5\n"
           "fund_assets|Closed-end funds|2017-06|639045000000|CNY|exact|observed|5\n"
           "fund_assets_growth|Closed-end funds|2017-07-31|0.65|percent|exact|observed|5\n"
           "fund_assets|Open-end funds|2017-07-31|10039446000000|CNY|exact|observed|6\n"
           "fund_assets|Open-end funds|2017-06|9482987000000|CNY|exact|observed|6\n"
           "fund_assets_growth|Open-end funds|2017-07-31|5.87|percent|exact|observed|6\n",
           true);
    /* (a byline's day its label names, without zeros, past the source and
     * two spaces, under a site's menus and the headline) */
    expect("GLOBAL TIMES\nHome | China | Source\n\nBUSINESS > COMPANIES\n\n"
           "Ofo raises 866 mln USD in new round of funding\n\n"
           "Source: Xinhua  Published: 2018/3/13 22:38:40\n\n"
           "Ofo said it had raised another 866 million US dollars.\n",
           "funding_round|Ofo|2018-03-13|866000000|USD|exact|observed|6\n"
           "funding_round|Ofo|2018-03-13|866000000|USD|exact|observed|10\n",
           true);
    /* (an item's dateline whose city is in small letters, the agency's
     * name after the day) */
    expect("China has 618 million internet users\nBeijing, Jan 16, 2014 (IANS)\n\n"
           "China had 618 million internet users, the report said.\n\n"
           "-----------------------------------------------------------\n\n"
           "China has 731 mn internet users\nBeijing, Jan 23, 2017 (IANS)\n\n"
           "China has 731 million internet users, according to a report.\n",
           "netizens|China|2016|731000000|people|exact|observed|8\n", false);
    /* (a byline's day past a wide gap after the author's name) */
    expect("SILICON DRAGON\n\nDragon Power: Toutiao Set To Score $2B\n\n"
           "By Rebecca Fannin                                     August 28, 2017\n\n"
           "Toutiao claims to have reached 600 million users since its founding in 2012.\n",
           "users|Toutiao|2017-08|600000000|people|exact|observed|7\n", false);
    /* (an item's whole day alone on its line, a blank line under its
     * headline, after a rule) */
    expect("Razer will debut\n\n2017-11-13\n\nRazer has priced its HK$4.12 billion IPO.\n\n"
           "-----------------------------------------------------------\n\n"
           "JD Health makes strong debut in Hong Kong\n\n2020-12-08\n\n"
           "The $3.5 billion initial public offering by JD Health International Inc. is Hong Kong's largest "
           "this year.\n",
           "ipo_raise|JD Health International|2020-12-08|3500000000|USD|exact|observed|13\n", false);
    /* (a later item's byline, its day past a wide gap after the author
     * and before a time; the headline a blank line above it is the item's) */
    expect("Alibaba says Singles Day sales hit 91.2 billion yuan\n\nBEIJING, Nov 12, 2015 (Reuters) -\n\n"
           "Alibaba said its sales were 91.2 billion yuan.\n\n"
           "-----------------------------------------------------------\n\n"
           "Tencent reaches 800 million users\n\n"
           "By Internet Retailer staff                                     November 11, 2016, 09:47 AM\n\n"
           "Tencent said it had 800 million users.\n",
           "users|Tencent|2016|800000000|people|exact|observed|9\n"
           "users|Tencent|2016|800000000|people|exact|observed|13\n",
           false);
    /* (a table of names under a field that its caption's unit makes a
     * measure; undated, of the year the report's lead reported on) */
    expect("Statistical Survey Report on the Internet Development in China (Jan. 2007)\n\n"
           "By December 31, 2006, the total number of Internet users in China had reached 137 million.\n\n"
           "Table 3    International Bandwidth by Operator (Unit: Mbps)\n\n"
           "   Operator                                          Bandwidth\n"
           "   China Telecom                                      158,227\n"
           "   China Netcom                                        81,359\n"
           "   Total                                              256,696\n",
           "netizens|China|2006|137000000|people|exact|observed|3\n"
           "international_bandwidth|China Telecom|2006|158227|Mbps|exact|observed|8\n"
           "international_bandwidth|China Netcom|2006|81359|Mbps|exact|observed|9\n"
           "international_bandwidth|China|2006|256696|Mbps|exact|observed|10\n",
           true);
    /* (the date after the last of a list of figures with their nouns is
     * every item's; not where an item has its own) */
    expect("DIGITIMES | Thursday 25 August 2016\n\n"
           "There were 337.608 million IPv4 addresses, 36.984 million domain names, and 4.542 million websites "
           "registered in China as of the end of June.\n",
           "ipv4_addresses|China|2016-06|337608000|count|exact|observed|3\n"
           "domain_names|China|2016-06|36984000|count|exact|observed|3\n"
           "websites|China|2016-06|4542000|count|exact|observed|3\n",
           true);
    /* (the ways a report's news says people go online by phone) */
    expect("By the end of 2006, 17 million people use their cellphones to go online.\n",
           "mobile_netizens|China|2006|17000000|people|exact|observed|1\n", true);
    expect("By June 2007, about 44 million Chinese users use mobile phones to surf online.\n",
           "mobile_netizens|China|2007-06|44000000|people|about|observed|1\n", true);
    expect("In 2006, 17 million Internet users go online by mobile phone.\n",
           "mobile_netizens|China|2006|17000000|people|exact|observed|1\n", true);
    /* (a header of two lines, its units and its changes' nouns under the
     * fields, "Growth of" over "transactions (%)" and "amount (%)": each
     * change of the column its noun names) */
    expect("    Annex Table  Online payments by non-bank payment institutions, 2015-2019\n"
           "    Year    Transactions            Amount              Growth of          Growth of\n"
           "            (100 million)           (RMB trillion)      transactions (%)   amount (%)\n"
           "    2018    5,306.10                 208.07               85.05              45.23\n"
           "    2019    7,199.98                 249.88               35.69              20.10\n",
           "transactions|China|2018|530610000000|count|exact|observed|4\n"
           "third_party_payments|China|2018|208070000000000|CNY|exact|observed|4\n"
           "transactions_growth|China|2018|85.05|percent|exact|observed|4\n"
           "third_party_payments_growth|China|2018|45.23|percent|exact|observed|4\n"
           "transactions|China|2019|719998000000|count|exact|observed|5\n"
           "third_party_payments|China|2019|249880000000000|CNY|exact|observed|5\n"
           "transactions_growth|China|2019|35.69|percent|exact|observed|5\n"
           "third_party_payments_growth|China|2019|20.1|percent|exact|observed|5\n",
           true);
    /* (the press's "megabytes" of bandwidth are megabits a second; a
     * file's are nothing) */
    expect("By June 30, 2006, the international bandwidth of China's Internet has hit 214,175 megabytes.\n",
           "international_bandwidth|China|2006-06-30|214175|Mbps|exact|observed|1\n", true);
    expect_none("The file size of the app is 120 megabytes.\n");
    /* (a weekday "late" or "early" in it, or right after a verb of the
     * past, as wires write it, is the week's day before the item's) */
    expect("Baidu soars in Nasdaq debut\n(Reuters)    Updated: 2005-08-08 09:15\n\n"
           "The Beijing-based company late Thursday priced an initial public offering of 4.04 million American "
           "depositary shares (ADS) at $27 each.\n",
           "ipo_shares_offered|Baidu|2005-08-04|4040000|count|exact|observed|4\n"
           "price_per_share|Baidu|2005-08-04|27|USD|exact|observed|4\n",
           true);
    expect("Ofo raises money\n\nPublished: 2018-03-14\n\n"
           "Ofo announced Tuesday that it had raised another 866 million US dollars.\n",
           "funding_round|Ofo|2018-03-13|866000000|USD|exact|observed|5\n", true);
    /* (a fact box's label names its owner in brackets after the cue) */
    expect("IN NUMBERS | Ant Group (as of June 30, 2020)\n\n"
           "  Annual active users (Alipay)          over 1 billion\n",
           "active_users|Alipay|2020-06-30|1000000000|people|more_than|observed|3\n", true);
    /* (a data box of categories' columns over rows of months: its label
     * column names the periods, a month glued to its year is the row's,
     * "-" no figure) */
    expect("DATA BOX  Public fund assets at month-end, AMAC (100 million yuan)\n\n"
           "  Month-end     Total       Money market   Closed-end   Open-end\n"
           "  2017-07       106,800     58,600         -            -\n"
           "  2019-10       139,100     -              12,700       126,400\n",
           "fund_assets|China|2017-07|10680000000000|CNY|exact|observed|4\n"
           "fund_assets|Money market|2017-07|5860000000000|CNY|exact|observed|4\n"
           "fund_assets|China|2019-10|13910000000000|CNY|exact|observed|5\n"
           "fund_assets|Closed-end|2019-10|1270000000000|CNY|exact|observed|5\n"
           "fund_assets|Open-end|2019-10|12640000000000|CNY|exact|observed|5\n",
           true);
    /* (columns each a kind of what one indicator counts are names) */
    expect("Public fund assets (100 million yuan)\n\n"
           "          Bond funds   Closed-end funds   Open-end funds\n"
           "  2017        58,600              7,000           99,800\n",
           "fund_assets|Bond funds|2017|5860000000000|CNY|exact|observed|4\n"
           "fund_assets|Closed-end funds|2017|700000000000|CNY|exact|observed|4\n"
           "fund_assets|Open-end funds|2017|9980000000000|CNY|exact|observed|4\n",
           true);
    /* (a figure compared "against" takes the quarter's end after it) */
    expect("2018-07-02  Yu'e Bao sheds CNY235.30 billion in Q2\n\n"
           "Yu'e Bao was worth CNY1.45 trillion at the end of the second quarter, against CNY1.7 trillion "
           "(USD255.30 billion) at the end of the first quarter.\n",
           "fund_assets|Yu'e Bao|2018-06|1450000000000|CNY|exact|observed|3\n"
           "fund_assets|Yu'e Bao|2018-03|1700000000000|CNY|exact|observed|3\n",
           true);
    /* (what a fund or a service "shed" is a fall) */
    expect("2018-07-02 news\n\nTianhong's money market fund Yu'e Bao, the world's largest, shed CNY235.30 billion "
           "(USD35.40 billion) in the second quarter.\n",
           "fund_assets_increase|Yu'e Bao|2018-06|-235300000000|CNY|exact|observed|3\n", false);
    /* (a company's users "in December" keep the month) */
    expect("Alibaba had 779 million annual active users in December 2020.\n",
           "active_users|Alibaba|2020-12|779000000|people|exact|observed|1\n", true);
    /* (a part's row keeps its own unit in brackets) */
    expect("Table 1: Basic internet resources in China, 2016-2020 (end of December)\n\n"
           "                               2016        2017\n"
           "Domain names (million)         42.3        38.5\n"
           "  of which .CN (million)       20.6        20.9\n",
           "domain_names|China|2016|42300000|count|exact|observed|4\n"
           "domain_names|China|2017|38500000|count|exact|observed|4\n"
           "cn_domain_names|China|2016|20600000|count|exact|observed|5\n"
           "cn_domain_names|China|2017|20900000|count|exact|observed|5\n",
           true);
    /* (a label's long aside, "FTTx" the fibre's users, and "Y/Y change"
     * their growth) */
    expect("MIIT July 2016\n\n  MIIT: China fixed-line broadband Internet-access subscribers, July 2016\n"
           "  Access mode                          Subscribers (m)     Y/Y change\n"
           "  xDSL                                      32.11            -49.95%\n"
           "  FTTx (fiber to the home/office)          196.94           109.50%\n"
           "  All modes in total                       282.21            35.68%\n",
           "ftth_users|China|2016-07|196940000|people|exact|observed|6\n"
           "ftth_users_growth|China|2016-07|109.5|percent|exact|observed|6\n",
           true);
    /* (the country's row among its provinces' is the country's) */
    expect("Table 2. Internet penetration rate in selected provinces, 2007-2011 (%)\n\n"
           "                   2010      2011\n"
           "Beijing            69.4      70.3\n"
           "National           34.3      38.3\n",
           "internet_penetration|China|2010|34.3|percent|exact|observed|5\n"
           "internet_penetration|China|2011|38.3|percent|exact|observed|5\n",
           false);
    /* (a part's column, "Of which: physical goods", counts the part of
     * the whole before it; its growth is the part's) */
    expect("  Table 6  Online Retail Sales and Growth Rates, 2019-2023\n\n"
           "  Year        Online retail sales       Growth      Of which: physical goods    Growth\n"
           "              (100 million yuan)        (%)         (100 million yuan)          (%)\n"
           "  2019          106324                  16.5           85239                   19.5\n"
           "  2020          117601                  10.9           97590                   14.8\n",
           "ecommerce_turnover|China|2019|10632400000000|CNY|exact|observed|5\n"
           "ecommerce_turnover_growth|China|2019|16.5|percent|exact|observed|5\n"
           "ecommerce_turnover|China (physical goods)|2019|8523900000000|CNY|exact|observed|5\n"
           "ecommerce_turnover_growth|China (physical goods)|2019|19.5|percent|exact|observed|5\n"
           "ecommerce_turnover|China|2020|11760100000000|CNY|exact|observed|6\n"
           "ecommerce_turnover_growth|China|2020|10.9|percent|exact|observed|6\n"
           "ecommerce_turnover|China (physical goods)|2020|9759000000000|CNY|exact|observed|6\n"
           "ecommerce_turnover_growth|China (physical goods)|2020|14.8|percent|exact|observed|6\n",
           true);
    /* (one "Growth" alone is still a percent) */
    expect("                          2011          2012        Growth\n"
           "  Websites                2,300,000      2,680,000      16.5\n",
           "websites_growth|China|2012|16.5|percent|exact|observed|2\n", false);
}
END_TEST

START_TEST(fuzz_seeds_read)
{
    DIR *dir = opendir(CNS_TOP "/tests/fuzz/seeds");
    ck_assert_ptr_nonnull(dir);
    size_t files = 0;
    for (struct dirent *de; (de = readdir(dir)) != NULL;) {
        if (de->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/tests/fuzz/seeds/%s", CNS_TOP, de->d_name);
        struct buf b;
        buf_init(&b);
        struct cns_err e;
        cns_err_init(&e);
        ck_assert_msg(extract_doc(R, path, collect, &b, &e) == CNS_OK, "%s: %s", path, e.msg);
        buf_fini(&b);
        files++;
    }
    closedir(dir);
    ck_assert_uint_gt(files, 100);
}
END_TEST

Suite *extract_suite(void)
{
    Suite *s = suite_create("extract");
    TCase *q = tcase_create("qualifiers");
    tcase_add_checked_fixture(q, load_rules, free_rules);
    tcase_add_test(q, qualifiers);
    tcase_add_test(q, plus_suffix);
    suite_add_tcase(s, q);

    TCase *b = tcase_create("parsing and format traps");
    tcase_add_checked_fixture(b, load_rules, free_rules);
    tcase_add_test(b, glued_units_and_currencies);
    tcase_add_test(b, ipv6_blocks);
    tcase_add_test(b, escaped_dollar);
    tcase_add_test(b, bracketed_conversion_is_not_a_fact);
    tcase_add_test(b, ranges);
    tcase_add_test(b, news_wire_forms);
    tcase_add_test(b, threshold_before_value);
    tcase_add_test(b, changes_are_not_levels);
    tcase_add_test(b, numbers_in_words);
    tcase_add_test(b, sentence_split_across_lines);
    tcase_add_test(b, footnote_markers);
    tcase_add_test(b, date_glued_to_heading);
    tcase_add_test(b, clock_times_and_versions);
    tcase_add_test(b, names_with_digits);
    suite_add_tcase(s, b);

    TCase *c = tcase_create("periods and entities");
    tcase_add_checked_fixture(c, load_rules, free_rules);
    tcase_add_test(c, periods_from_context);
    tcase_add_test(c, deal_entities);
    tcase_add_test(c, product_entities);
    suite_add_tcase(s, c);

    TCase *d = tcase_create("not facts, input forms, determinism");
    tcase_add_checked_fixture(d, load_rules, free_rules);
    tcase_add_test(d, not_facts);
    tcase_add_test(d, people_as_users);
    tcase_add_test(d, same_words_in_cues);
    tcase_add_test(d, origin_a_year_earlier);
    tcase_add_test(d, price_each);
    tcase_add_test(d, more_than_after);
    tcase_add_test(d, falls_and_rates_to);
    tcase_add_test(d, projections);
    tcase_add_test(d, session8_forms);
    tcase_add_test(d, session9_forms);
    tcase_add_test(d, session10_forms);
    tcase_add_test(d, session11_forms);
    tcase_add_test(d, session12_forms);
    tcase_add_test(d, session13_forms);
    tcase_add_test(d, session14_forms);
    tcase_add_test(d, session15_forms);
    tcase_add_test(d, session16_forms);
    tcase_add_test(d, session17_forms);
    tcase_add_test(d, session18_forms);
    tcase_add_test(d, session19_forms);
    tcase_add_test(d, session20_forms);
    tcase_add_test(d, session21_forms);
    tcase_add_test(d, session22_forms);
    tcase_add_test(d, session23_forms);
    tcase_add_test(d, session24_forms);
    tcase_add_test(d, session25_forms);
    tcase_add_test(d, session26_forms);
    tcase_add_test(d, session27_forms);
    tcase_add_test(d, session28_forms);
    tcase_add_test(d, session30_forms);
    tcase_add_test(d, session32_forms);
    tcase_add_test(d, session33_forms);
    tcase_add_test(d, session34_forms);
    tcase_add_test(d, session35_forms);
    tcase_add_test(d, session36_forms);
    tcase_add_test(d, session37_forms);
    tcase_add_test(d, session38_forms);
    tcase_add_test(d, session39_forms);
    tcase_add_test(d, session40_forms);
    tcase_add_test(d, elaboration_keeps_entity);
    tcase_add_test(d, news_forms);
    tcase_add_test(d, deal_recipients);
    tcase_add_test(d, same_sentence_entity);
    tcase_add_test(d, finance_forms);
    tcase_add_test(d, deposits_and_openers);
    tcase_add_test(d, last_line_without_newline_and_crlf);
    tcase_add_test(d, same_input_same_output);
    tcase_add_test(d, chunks_keep_headings_and_order);
    tcase_add_test(d, chunks_keep_the_paragraph_before);
    tcase_add_test(d, pronoun_names_the_paragraph_before);
    tcase_add_test(d, national_counts_and_their_changes);
    tcase_add_test(d, deals_again_and_appositions);
    tcase_add_test(d, tables_of_years);
    tcase_add_test(d, operators_and_sources);
    tcase_add_test(d, dateline_dates_the_item);
    tcase_add_test(d, report_and_wire_forms);
    tcase_add_test(d, deal_values_and_lines);
    tcase_add_test(d, origins_sources_and_subscriptions);
    tcase_add_test(d, bases_of_comparison_and_one_start);
    tcase_add_test(d, stacked_headers_and_events);
    tcase_add_test(d, communique_forms);
    tcase_add_test(d, entity_rows_with_years);
    tcase_add_test(d, report_table_forms);
    tcase_add_test(d, fuzz_seeds_read);
    suite_add_tcase(s, d);
    return s;
}
