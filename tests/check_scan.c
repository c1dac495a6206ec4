/* check_scan.c — the lexer (scan.h): one test per parsing trap of
 * shared/gold/TRAPS.md section B that the scanner owns, then years,
 * ordinals, percent, URLs, separators, line numbers, hostile input, and
 * the word helpers (scan_word_hash, scan_month, scan_word_number). */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "suites.h"

/* ---- helpers ---------------------------------------------------------------- */

/* The block scanned last and its tokens (checked fixture: per test). */
static struct tokens tk;
static const char *src;

static void setup(void)
{
    tokens_init(&tk);
    src = NULL;
}

static void teardown(void)
{
    tokens_fini(&tk);
}

/* Tokenise s as a block that starts on line `line`. */
static void scan_at(const char *s, long line)
{
    struct block b = {s, strlen(s), line};
    src = s;
    scan_block(&b, &tk);
}

static void scan(const char *s)
{
    scan_at(s, 1);
}

static size_t count(enum tok_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < tk.n; i++)
        n += tk.v[i].kind == k;
    return n;
}

static size_t nnums(void)
{
    return count(TK_NUM);
}

/* The k-th NUM token (from 0); fails the test if there is none. */
static const struct token *num(size_t k)
{
    for (size_t i = 0; i < tk.n; i++)
        if (tk.v[i].kind == TK_NUM && k-- == 0)
            return &tk.v[i];
    ck_abort_msg("'%s': fewer NUM tokens than asked for", src);
    return NULL;
}

/* The first token whose text is exactly w, or NULL. */
static const struct token *find_text(const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < tk.n; i++)
        if (tk.v[i].len == n && memcmp(src + tk.v[i].off, w, n) == 0)
            return &tk.v[i];
    return NULL;
}

/* Does the token span exactly the text w? */
static bool spans(const struct token *t, const char *w)
{
    return t->len == strlen(w) && memcmp(src + t->off, w, t->len) == 0;
}

static bool digits_are(const struct token *t, const char *w)
{
    return t->numlen == strlen(w) && memcmp(src + t->numoff, w, t->numlen) == 0;
}

static const char *unit_of(const struct token *t)
{
    return t->unit ? t->unit : "(none)";
}

/* Scan s; it must give exactly one NUM, with this value and unit (NULL: none). */
static const struct token *one_num(const char *s, double value, const char *unit)
{
    scan(s);
    ck_assert_msg(nnums() == 1, "'%s': %zu NUM tokens, want 1", s, nnums());
    const struct token *t = num(0);
    ck_assert_msg(t->value == value, "'%s': value %.17g, want %.17g", s, t->value, value);
    if (unit)
        ck_assert_msg(t->unit && strcmp(t->unit, unit) == 0, "'%s': unit %s, want %s", s,
                      unit_of(t), unit);
    else
        ck_assert_msg(!t->unit, "'%s': unit %s, want none", s, unit_of(t));
    return t;
}

/* Scan s; it must give no NUM token at all. */
static void no_num(const char *s)
{
    scan(s);
    ck_assert_msg(nnums() == 0, "'%s': %zu NUM tokens, the first '%.*s', want none", s, nnums(),
                  nnums() ? (int)num(0)->len : 0, nnums() ? src + num(0)->off : "");
}

/* ---- B1: numbers glued to units or currencies ------------------------------------ */

START_TEST(b1_glued_units_and_currencies)
{
    const struct token *t = one_num("raising RMB 282million in", 282e6, "CNY");
    ck_assert(spans(t, "RMB 282million"));
    ck_assert(digits_are(t, "282"));

    t = one_num("sales reached RMB18.9 billion", 18.9e9, "CNY");
    ck_assert(spans(t, "RMB18.9 billion"));
    ck_assert_int_eq(t->decimals, 1);

    one_num("USD2.9 billion", 2.9e9, "USD");
    one_num("HKD1 trillion", 1e12, "HKD");

    t = one_num("bandwidth of 1,389,529Mbps", 1389529, "Mbps");
    ck_assert(spans(t, "1,389,529Mbps"));
    ck_assert(digits_are(t, "1,389,529"));
    one_num("10 Gbps", 10000, "Mbps"); /* rates in Mbps */
    /* a capital M after "bandwidth" on the line: megabits, not millions */
    one_num("international bandwidth reached 7,597.5M", 7597.5, "Mbps");
    one_num("the bandwidth of international links was 2G", 2000, "Mbps");
    scan("the firm had 143M"); /* (elsewhere an M alone is no unit of ours) */
    ck_assert_uint_eq(nnums(), 0);

    /* a one-letter scale before the currency's word; not before another word */
    t = one_num("sales smash record at 35b yuan", 35e9, "CNY");
    ck_assert(spans(t, "35b yuan"));
    scan("a 35b bus");
    ck_assert_uint_eq(nnums(), 0);

    t = one_num("300-plus", 300, NULL);
    ck_assert(t->flags & TF_PLUS);
    ck_assert(spans(t, "300-plus"));
    ck_assert(!(t->flags & TF_SMALLINT)); /* "-plus" makes it a quantity */
}
END_TEST

/* ---- B2: IPv6 in /32 blocks ------------------------------------------------------- */

START_TEST(b2_ipv6_blocks)
{
    scan("IPv6 address 9,398/32 and 401/32 addresses");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 9398);
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "9,398/32"));
    ck_assert_double_eq(num(1)->value, 401);
    ck_assert_str_eq(unit_of(num(1)), "other");
    ck_assert(spans(num(1), "401/32"));
    /* no separate NUM 32 */
    for (size_t i = 0; i < nnums(); i++)
        ck_assert(num(i)->value != 32);
    /* CNNIC's wording: "16,694 blocks/32" */
    scan("IPv6 addresses totaled 16,694 blocks/32.");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 16694);
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "16,694 blocks/32"));
    /* ... and "12,499 blocks of /32" */
    scan("IPv6 address allocation reached 12,499 blocks of /32, the report said.");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 12499);
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "12,499 blocks of /32"));
    /* ... or the blocks of what they are, the words left to the cue */
    scan("the country held 23,430 blocks of IPv6 addresses.");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "23,430 blocks"));
    /* ... the block size in brackets, with or without "blocks" */
    scan("The number of IPv6 addresses was 50,286 blocks (/32), up 14.3%.");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 50286);
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "50,286 blocks (/32)"));
    scan("IPv6 addresses: 63,052 (/32)");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "63,052 (/32)"));
    /* ... or named a few words on, the words left to the cue */
    scan("China held 50,877 IPv6 address blocks (/32) as of March.");
    ck_assert_str_eq(unit_of(num(0)), "other");
    ck_assert(spans(num(0), "50,877"));
    scan("China held 50,877 IPv6 address blocks.");
    ck_assert_str_eq(unit_of(num(0)), "(none)");
    /* (an unclosed bracket, or a ratio in brackets, is no block size) */
    scan("12 blocks (/32 wide");
    ck_assert_str_eq(unit_of(num(0)), "(none)");
    scan("a ratio of 7 (/3)");
    ck_assert_str_eq(unit_of(num(0)), "(none)");
}
END_TEST

/* ---- B3: \$ (LaTeX), $, US$, HK$ ------------------------------------------------------ */

START_TEST(b3_dollar_signs)
{
    const struct token *t = one_num("collected more than \\$87 billion", 87e9, "USD");
    ck_assert(spans(t, "\\$87 billion")); /* the backslash belongs to the sign */
    one_num("\\$64 billion", 64e9, "USD");
    one_num("$64 billion", 64e9, "USD");
    one_num("US$ 5 million", 5e6, "USD");
    one_num("HK$ 3 billion", 3e9, "HKD");
    /* (a code and its sign glued, one currency: "USD$880 billion") */
    const struct token *cs = one_num("(USD$880 billion)", 8.8e11, "USD");
    ck_assert(spans(cs, "USD$880 billion"));
    cs = one_num("RMB\xC2\xA5" "500 million", 5e8, "CNY");
    ck_assert(spans(cs, "RMB\xC2\xA5" "500 million"));
    one_num("\\$300,000", 300000, "USD");
    one_num("\\$1,480 billion", 1480e9, "USD");
    one_num("\\$432.8 billion", 432.8e9, "USD");
    /* LaTeX garbage with no number */
    no_num("$\\square \\boxplus \\Xi$");
}
END_TEST

/* ---- B4: euro conversions in parentheses; yuan after the number ------------------------- */

START_TEST(b4_euro_and_yuan)
{
    one_num("\xE2\x82\xAC" "629 billion", 629e9, "EUR"); /* U+20AC */
    one_num("5,373 billion yuan", 5373e9, "CNY");

    scan("amounted to 5,373 billion yuan (\xE2\x82\xAC" "629 billion), up");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 5373e9);
    ck_assert_str_eq(unit_of(num(0)), "CNY");
    ck_assert(spans(num(0), "5,373 billion yuan"));
    ck_assert_double_eq(num(1)->value, 629e9);
    ck_assert_str_eq(unit_of(num(1)), "EUR");

    scan("(\xE2\x82\xAC" "3,534.3 billion)");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 3534.3e9);
    ck_assert_str_eq(unit_of(num(0)), "EUR");

    scan("a fine of RMB 30,000 (USD 4,800)");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 30000);
    ck_assert_str_eq(unit_of(num(0)), "CNY");
    ck_assert_double_eq(num(1)->value, 4800);
    ck_assert_str_eq(unit_of(num(1)), "USD");
    /* the style of the Financial Times and The Economist */
    one_num("Rmb9.3tn of payments", 9.3e12, "CNY");
    one_num("Rmb200m", 200e6, "CNY");
    one_num("RMB 200m", 200e6, "CNY");
    /* ... not a letter after a word: "in the 2m" */
    no_num("the 2m line");
    no_num("a 100m sprint");
    /* ... but the FT's "81m users": millions of people or things counted */
    one_num("81m users", 81e6, NULL);
    one_num("300k subscribers", 300e3, NULL);
    /* ... and where it ends a phrase: "hit 389m in 2013", "557m Chinese" */
    one_num("shipments hit 389m in the year", 389e6, NULL);
    one_num("some 557m Chinese go online", 557e6, NULL);
    one_num("Weibo had 144m.", 144e6, NULL);
    /* ... or before what the people counted do: "695m use the internet" */
    one_num("of these, 695m use the internet on a mobile device", 695e6, NULL);
    one_num("about 300m who shop online", 300e6, NULL);
    /* ... in capitals too, after the people it counts on the line: "MIUI
     * MAU up 28% to 310M in 2019", "Internet users now 22.5M" */
    scan("MIUI MAU up 28% to 310M in 2019");
    ck_assert_uint_eq(nnums(), 3);
    ck_assert_double_eq(num(1)->value, 310e6);
    one_num("Chinese Internet users now 22.5M", 22.5e6, NULL);
}
END_TEST

/* ---- B5, B6: ranges and thresholds give one NUM per bound -------------------------------- */

START_TEST(b5_b6_ranges_and_thresholds)
{
    scan("between \\$150 billion and \\$200 billion");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 150e9);
    ck_assert_double_eq(num(1)->value, 200e9);
    ck_assert_str_eq(unit_of(num(1)), "USD");

    scan("1%~10% of their total broadband income");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 1);
    ck_assert_str_eq(unit_of(num(0)), "percent");
    ck_assert_double_eq(num(1)->value, 10);
    ck_assert_str_eq(unit_of(num(1)), "percent");

    scan("exceeded RMB 100 billion to RMB 143.2 billion");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 100e9);
    ck_assert_double_eq(num(1)->value, 143.2e9);
    ck_assert_str_eq(unit_of(num(1)), "CNY");

    scan("had exceed 500 million to 513 million");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(1)->value, 513e6);
}
END_TEST

/* ---- B7: changes; exact values of scaled decimals ------------------------------------- */

START_TEST(b7_changes_and_exact_scaling)
{
    const struct token *t = one_num("an increase of 81.37 million", 81370000.0, NULL);
    ck_assert_int_eq(t->decimals, 2);
    one_num("USD 66.4 million", 66400000.0, "USD");
    one_num("22.832 million people", 22832000.0, NULL);
    one_num("22.83 million", 22830000.0, NULL);
    one_num("an increase of 296%", 296, "percent");
    one_num("more than 700 percent", 700, "percent");
    /* (a rate as an adjective, joined by hyphens) */
    one_num("a 60-percent rise", 60, "percent");
    /* (a figure "-plus", its scale after it) */
    one_num("a US$300-plus million round", 300e6, "USD");
    one_num("a 5-per-cent fall", 5, "percent");
    one_num("a 2.9-percentage-point gain", 2.9, "points");
    t = one_num("1,010.5 billion", 1010.5e9, NULL);
    ck_assert(digits_are(t, "1,010.5"));
    ck_assert_int_eq(t->decimals, 1);
}
END_TEST

/* ---- B8: numbers in words -------------------------------------------------------------------- */

START_TEST(b8_numbers_in_words)
{
    const struct token *t = one_num("more than three million of wireless access points", 3e6, NULL);
    ck_assert(t->flags & TF_WORDS);
    ck_assert(spans(t, "three million"));
    ck_assert(digits_are(t, "three"));

    t = one_num("one billion clicks", 1e9, NULL);
    ck_assert(t->flags & TF_WORDS);

    t = one_num("Twenty million", 20e6, NULL);
    ck_assert(t->flags & TF_WORDS);

    /* "a million", "half a billion", "twenty-five million" */
    t = one_num("more than a million websites", 1e6, NULL);
    ck_assert(t->flags & TF_WORDS);
    ck_assert(spans(t, "a million"));
    t = one_num("half a billion Chinese", 5e8, NULL);
    ck_assert(spans(t, "half a billion"));
    /* hundreds of a scale, spelled or not, and the units of Chinese
     * statistics: 亿 "hundred million", 万 "ten thousand" */
    t = one_num("three hundred million users", 3e8, NULL);
    ck_assert(spans(t, "three hundred million"));
    one_num("80,767 hundred million yuan", 8.0767e12, "CNY");
    one_num("64,875 ten thousand people", 648.75e6, NULL);
    /* (after "in": "420 million (42,000 in ten thousand)") */
    one_num("42,000 in ten thousand", 420e6, NULL);
    one_num("two hundred thousand sites", 2e5, NULL);
    no_num("a hundred ways");
    t = one_num("twenty-five million customers", 25e6, NULL);
    ck_assert(spans(t, "twenty-five million"));
    t = one_num("$1.5 million", 1.5e6, "USD");
    /* an adjective, not an amount: "a billion-dollar company" */
    no_num("a billion-dollar company");
    no_num("half a dozen firms");
    no_num("a half of them");
    /* a bare number word is not a quantity: only with a scale */
    no_num("six funds");
    no_num("two of them");
    no_num("a dozen of mainstream websites");
    /* digits are not TF_WORDS */
    t = one_num("3 million", 3e6, NULL);
    ck_assert(!(t->flags & TF_WORDS));
    /* a speech's numbers: "and" after hundreds, a decimal "point", a scale
     * inside the number, tens and units without a hyphen */
    t = one_num("four hundred and sixty-seven million shoppers", 467e6, NULL);
    ck_assert(spans(t, "four hundred and sixty-seven million"));
    t = one_num("one point two trillion yuan", 1.2e12, "CNY");
    ck_assert(spans(t, "one point two trillion yuan"));
    one_num("five point four five billion", 5.45e9, NULL);
    t = one_num("twenty thousand six hundred blocks", 20600, NULL);
    ck_assert(spans(t, "twenty thousand six hundred"));
    one_num("sixty seven million users", 67e6, NULL);
    /* (a smaller scale after a larger one ends the number's last part) */
    t = one_num("rose to nine million one hundred and eighty thousand.", 9.18e6, NULL);
    ck_assert(spans(t, "nine million one hundred and eighty thousand"));
    one_num("one million three hundred and ten thousand sites", 1.31e6, NULL);
    one_num("three hundred and twelve thousand three hundred and forty-six Mbps", 312346, "Mbps");
    one_num("more than a hundred million borrowers", 1e8, NULL);
    /* a decimal in words before a rate or a percent; rates in words */
    t = one_num("five point four terabits per second", 5.4e6, "Mbps");
    ck_assert(spans(t, "five point four terabits per second"));
    one_num("twenty-eight point nine per cent", 28.9, "percent");
    /* ... and a whole number before a percent, not before a rate */
    t = one_num("up by one hundred and sixty percent", 160, "percent");
    ck_assert(spans(t, "one hundred and sixty percent"));
    one_num("ninety-four per cent of villages", 94, "percent");
    no_num("five terabits per second");
    one_num("2.5 gigabits per second", 2500, "Mbps");
    no_num("five point plans");
    /* a glued "m" before the shares of an offering, or "of" a part, or a
     * verb */
    one_num("Lufax offered 175m American depository shares", 175e6, NULL);
    one_num("At the end of March 628m of them had made a purchase", 628e6, NULL);
    one_num("213m were active on this day", 213e6, NULL);
    one_num("more active users (726m)", 726e6, NULL);
    no_num("a 400m American sprinter");
    /* a scale in the plural after digits, as some writers have it; not
     * after words, nor alone */
    one_num("reached 485 millions by June", 485e6, NULL);
    one_num("36 millions users", 36e6, NULL);
    no_num("millions of users");
    no_num("thousands of websites");
    /* 万 written out */
    one_num("61,758 wan netizens", 617.58e6, NULL);
    /* ... and still no bare number words */
    no_num("one point of view");
    no_num("two three-year plans");
}
END_TEST

/* ---- B9 (scanner part): line numbers across '\n' in a block -------------------------------- */

START_TEST(b9_line_numbers)
{
    scan_at("In 2013, third-party\npayment activities amounted to 5,373 billion yuan", 10);
    ck_assert_int_eq(tk.v[0].line, 10);
    const struct token *w = find_text("payment");
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->line, 11);
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_int_eq(num(0)->line, 10); /* 2013 */
    ck_assert_int_eq(num(1)->line, 11);
    ck_assert_double_eq(num(1)->value, 5373e9);

    scan_at("a\n\n\nb", 1);
    ck_assert_uint_eq(tk.n, 2);
    ck_assert_int_eq(tk.v[1].line, 4);

    /* a post's number in a thread opens its line: no quantity; nor the
     * thread's length after it ("1/17", "17/17") */
    scan("7/ Non-bank payment institutions did 827.3bn online txns");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 827.3e9);
    scan("Saved Aug 28, 2021\n  17/17 If this was useful\n1/17 CNNIC says");
    ck_assert_uint_eq(nnums(), 2); /* 28 and 2021 */
    /* a fraction opening a line is one, and a slash within a line no mark */
    scan("1/5 of netizens");
    ck_assert_uint_eq(nnums(), 2);
    scan("users rose 7/ month");
    ck_assert_uint_eq(nnums(), 1);
    scan("5/3 Users");
    ck_assert_uint_eq(nnums(), 2);

    /* letter-spaced word: words, no crash */
    no_num("d e p r e s s i o n");
}
END_TEST

/* ---- B10: footnote markers ---------------------------------------------------------- */

START_TEST(b10_footnote_markers)
{
    /* superscripts are never digits */
    one_num("80 million customers¹⁸ and", 80e6, NULL);
    scan("customers¹⁸");
    ck_assert_uint_eq(nnums(), 0);
    ck_assert_ptr_nonnull(find_text("customers"));

    /* a digit glued after a full stop */
    scan("with an estimated value.3 In March");
    ck_assert_uint_eq(nnums(), 0);
    const struct token *dot = find_text(".");
    ck_assert_ptr_nonnull(dot);
    ck_assert(dot->flags & TF_SENT_END);
    const struct token *three = find_text("3");
    ck_assert_ptr_nonnull(three);
    ck_assert_int_eq(three->kind, TK_SKIP);

    scan("³ In March 2014");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 2014);

    scan("*Caijing*, 19 April 2014.¹");
    ck_assert_uint_eq(nnums(), 2); /* 19 and 2014, no 1 */
    ck_assert_double_eq(num(0)->value, 19);
    ck_assert_double_eq(num(1)->value, 2014);

    scan("⁴⁴ and ¹⁰");
    ck_assert_uint_eq(nnums(), 0);

    /* digits glued to a word in lower case, as text taken from PDFs has
     * footnote markers: the word alone, its scale still read */
    one_num("reached 618 million1 by", 618e6, NULL);
    scan("the number of netizens2 reached");
    ck_assert_uint_eq(tk.n, 5);
    ck_assert_ptr_nonnull(find_text("netizens"));
    ck_assert_uint_eq(tk.v[3].hash, scan_word_hash("netizens", 8));
    /* ... but not two letters and a digit, a capitalised model, a code */
    scan("mp3 files");
    ck_assert_ptr_nonnull(find_text("mp3"));
    scan("Redmi2 phones");
    ck_assert_ptr_nonnull(find_text("Redmi2"));
    scan("the bulletin ms11-011");
    ck_assert_ptr_nonnull(find_text("ms11-011"));
    /* ... nor an acronym's, but where words in lower case go on after
     * its one digit: "GMV1 in the twelve-month period" */
    scan("GMV1 in the period");
    ck_assert_ptr_nonnull(find_text("GMV"));
    ck_assert_ptr_null(find_text("GMV1"));
    scan("MP3 players and CDMA2000 networks and MS11-011 bulletins and LTE4 Networks");
    ck_assert_ptr_nonnull(find_text("MP3"));
    ck_assert_ptr_nonnull(find_text("CDMA2000"));
    ck_assert_ptr_nonnull(find_text("MS11-011"));
    ck_assert_ptr_nonnull(find_text("LTE4"));
}
END_TEST

/* ---- B11: dates glued to heading text ---------------------------------------------------- */

START_TEST(b11_dates_glued_to_headings)
{
    scan("Jan.21Tencent lunched WeChat");
    ck_assert_uint_eq(nnums(), 1);
    const struct token *t = num(0);
    ck_assert_double_eq(t->value, 21);
    ck_assert(spans(t, "21"));
    ck_assert(t->flags & TF_MONTHDAY);
    ck_assert(t->flags & TF_GLUED);
    const struct token *w = find_text("Tencent");
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, TK_WORD);
    ck_assert(w->flags & TF_CAP);

    const char *glued[] = {"Feb.8Weibo", "May.18The first batch", "Dec.21Data on CSDN"};
    const double day[] = {8, 18, 21};
    for (size_t i = 0; i < sizeof glued / sizeof *glued; i++) {
        scan(glued[i]);
        ck_assert_msg(nnums() >= 1, "%s", glued[i]);
        ck_assert_msg(num(0)->value == day[i] && (num(0)->flags & TF_MONTHDAY), "%s", glued[i]);
    }

    scan("2011Internet companies launched");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 2011);
    ck_assert(num(0)->flags & TF_YEAR);
    ck_assert(num(0)->flags & TF_GLUED);
    ck_assert_ptr_nonnull(find_text("Internet"));

    scan("Nov.9 NDRC");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert(num(0)->flags & TF_MONTHDAY);
    ck_assert_ptr_nonnull(find_text("NDRC"));
}
END_TEST

/* ---- B12: clock times ------------------------------------------------------------------------ */

START_TEST(b12_clock_times)
{
    scan("At 20:38, July 23");
    ck_assert_uint_eq(nnums(), 1);
    const struct token *t = find_text("20:38");
    ck_assert_ptr_nonnull(t);
    ck_assert_int_eq(t->kind, TK_SKIP);
    ck_assert_double_eq(num(0)->value, 23);
    ck_assert(num(0)->flags & TF_MONTHDAY);

    no_num("At 21:00, and by 2:00 AM");
    no_num("At 11:00 AM");
    no_num("between 23:00 pm to 5:00 am");
    ck_assert_uint_eq(count(TK_SKIP), 2);
}
END_TEST

/* ---- B13: product and version numbers ------------------------------------------------------- */

START_TEST(b13_versions)
{
    /* The contract does not hide version numbers: "version 2.0" is a NUM 2
     * with one decimal, no unit and no scale; the extractor's cues decide. */
    const struct token *t = one_num("WeChat released version 2.0", 2, NULL);
    ck_assert_int_eq(t->decimals, 1);
    ck_assert(spans(t, "2.0"));
    ck_assert(!(t->flags & TF_SMALLINT)); /* has decimals */
    t = one_num("Windows Phone 7", 7, NULL);
    ck_assert(t->flags & TF_SMALLINT);
    /* letters glued before digits: an identifier */
    no_num("T-Kouch W700");
}
END_TEST

/* An identifier runs on through '.' and '-': "API2.0" is one word. */
START_TEST(b13_identifier_with_version)
{
    no_num("API2.0");
    no_num("via API2.0 and v1.2-rc3");
}
END_TEST

/* ---- B14: names with digits ------------------------------------------------------------ */

START_TEST(b14_names_with_digits)
{
    const char *names[] = {"360buy", "360top", "wm18", "Rong360", "D301", "D3115", "D301/D3115",
                           "13D",    "3G",     "4G",   "CSDNdata.rar", "www.tpy100"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        no_num(names[i]);
    scan("360buy");
    ck_assert_uint_eq(tk.n, 1);
    ck_assert_int_eq(tk.v[0].kind, TK_WORD);

    /* A bare company name in digits can't be told from a count here: the
     * scanner gives both NUMs and leaves "56" to the extractor. */
    scan("acquired the video sharing website 56 with USD 80 million");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 56);
    ck_assert(num(0)->flags & TF_SMALLINT);
    ck_assert_double_eq(num(1)->value, 80e6);
    ck_assert_str_eq(unit_of(num(1)), "USD");
}
END_TEST

/* "MS11-011" is one identifier, not a word and the number 11. */
START_TEST(b14_ms_bulletin)
{
    no_num("MS11-011");
}
END_TEST

/* ---- B15 (scanner part): spelling variants meet in the word hash -------------------------- */

START_TEST(b15_word_hash_variants)
{
    scan("Micro blog user and microblog users");
    const struct token *a = find_text("user"), *b = find_text("users");
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_eq(a->hash, b->hash);
    ck_assert(tok_is(b, scan_word_hash("User", 4)));
    ck_assert(!tok_is(find_text("blog"), scan_word_hash("microblog", 9)));
}
END_TEST

/* ---- other number classes ------------------------------------------------------------------ */

START_TEST(ordinals)
{
    scan("on the 29th and the 1st, 2nd, 3rd");
    ck_assert_uint_eq(nnums(), 0);
    const char *ord[] = {"29th", "1st", "2nd", "3rd"};
    for (size_t i = 0; i < 4; i++) {
        const struct token *t = find_text(ord[i]);
        ck_assert_msg(t && t->kind == TK_SKIP && (t->flags & TF_ORDINAL), "%s", ord[i]);
    }
}
END_TEST

START_TEST(years)
{
    const struct token *t = one_num("in 2011", 2011, NULL);
    ck_assert(t->flags & TF_YEAR);
    ck_assert(t->flags & TF_SMALLINT);
    t = one_num("2,011 people", 2011, NULL); /* grouped: a count */
    ck_assert(!(t->flags & TF_YEAR));
    ck_assert(!(t->flags & TF_SMALLINT));
    t = one_num("2011 million", 2011e6, NULL); /* scaled: a count */
    ck_assert(!(t->flags & TF_YEAR));
    t = one_num("2011.5", 2011.5, NULL);
    ck_assert(!(t->flags & TF_YEAR));
    ck_assert(one_num("1800", 1800, NULL)->flags & TF_YEAR);
    ck_assert(one_num("2100", 2100, NULL)->flags & TF_YEAR);
    ck_assert(!(one_num("1799", 1799, NULL)->flags & TF_YEAR));
    ck_assert(!(one_num("2101", 2101, NULL)->flags & TF_YEAR));
    ck_assert(!(one_num("2011%", 2011, "percent")->flags & TF_YEAR));
    /* (a festival's year is a year; its number, "618", a name) */
    ck_assert(one_num("during the 2017 festival", 2017, NULL)->flags & TF_YEAR);
    no_num("the 618 shopping festival");
}
END_TEST

/* wire-copy scale abbreviations, spaced and glued */
START_TEST(scale_abbreviations)
{
    one_num("CNY 5.37 tn", 5.37e12, "CNY");
    one_num("185.3 bln yuan", 185.3e9, "CNY");
    one_num("$248bn", 248e9, "USD");
    one_num("618 mln", 618e6, NULL);
    one_num("RMB125.5bn", 125.5e9, "CNY");
    one_num("9.31 tln yuan", 9.31e12, "CNY");
    /* the currency named with its country */
    one_num("9.31 trillion Chinese yuan", 9.31e12, "CNY");
    one_num("60 billion Chinese renminbi", 60e9, "CNY");
    /* the characters of Chinese statistics: 万亿 is a trillion, 元 yuan */
    one_num("2.79\xE4\xB8\x87\xE4\xBA\xBF\xE5\x85\x83", 2.79e12, "CNY");
    one_num("61,201\xE4\xB8\x87", 612010000, NULL);
    /* (and the traditional characters, 萬 and 億: "9800萬", "272.309億元") */
    one_num("9800\xE8\x90\xAC", 98000000, NULL);
    one_num("272.309\xE5\x84\x84\xE5\x85\x83", 27230900000, "CNY");
    /* a scale joined by a hyphen, as an adjective: "the 100-million mark" */
    one_num("the 100-million mark", 100e6, NULL);
    one_num("a 1-billion-user milestone", 1e9, NULL);
    /* (and its currency joined too, as an adjective) */
    one_num("a 700-million-dollars funding round", 700e6, "USD");
    one_num("the 5-billion-yuan fund", 5e9, "CNY");
}
END_TEST

/* a bare lower bound takes the upper bound's scale and unit */
START_TEST(range_bounds_share_units)
{
    scan("roughly 60-70 percent of payments");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert(num(0)->value == 60 && num(0)->unit && strcmp(num(0)->unit, "percent") == 0);
    ck_assert(num(1)->value == 70 && strcmp(num(1)->unit, "percent") == 0);
    scan("between 2.5 and 3 million websites");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert(num(0)->value == 2.5e6 && num(1)->value == 3e6);
    scan("between 30 and 50 billion yuan");
    ck_assert(num(0)->value == 30e9 && strcmp(num(0)->unit, "CNY") == 0);
    /* not a range of the same scale: left alone */
    scan("in 2013-2014 3 million users");
    ck_assert(num(0)->flags & TF_YEAR);
    scan("2 and 3 million");
    ck_assert(num(0)->value == 2);
    /* ("to" after a word that opens a range: "a price range of 15 to 17
     * U.S. dollars"; not a bare "to") */
    scan("at a price range of 15 to 17 U.S. dollars apiece");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert(num(0)->value == 15 && num(0)->unit && strcmp(num(0)->unit, "USD") == 0);
    scan("grew 5 to 17 million");
    ck_assert(num(0)->value == 5 && !num(0)->unit);
    scan("HK$3.7 (47 US cents)");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert(num(1)->value == 0.47 && num(1)->unit && strcmp(num(1)->unit, "USD") == 0);
    scan("rose 90 cents");
    ck_assert(num(0)->value == 0.9 && num(0)->unit && strcmp(num(0)->unit, "USD") == 0);
    scan("NZ$42.3 billion");
    ck_assert(num(0)->value == 42.3e9 && num(0)->unit && strcmp(num(0)->unit, "NZD") == 0);
    /* a lower bound with a scale of its own takes the currency only */
    scan("between 3 trillion and 5 trillion yuan");
    ck_assert(num(0)->value == 3e12 && num(0)->unit && strcmp(num(0)->unit, "CNY") == 0);
    scan("between 300 million and 2 billion users");
    ck_assert(num(0)->value == 3e8 && !num(0)->unit);
    /* a currency before the lower bound, a scale after the upper: both
     * bounds have both */
    scan("raised $2.5-3 billion");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert(num(0)->value == 2.5e9 && strcmp(num(0)->unit, "USD") == 0);
    ck_assert(num(1)->value == 3e9 && num(1)->unit && strcmp(num(1)->unit, "USD") == 0);
    scan("Amount: US$20-30 million");
    ck_assert(num(0)->value == 20e6 && num(1)->value == 30e6 && num(1)->unit && strcmp(num(1)->unit, "USD") == 0);
    /* (an en dash too, and a one-letter scale glued to the upper bound:
     * "$8–24B", "$200–300 billion") */
    scan("at a $8\xE2\x80\x93" "24B valuation");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert(num(0)->value == 8e9 && strcmp(num(0)->unit, "USD") == 0);
    ck_assert(num(1)->value == 24e9 && num(1)->unit && strcmp(num(1)->unit, "USD") == 0);
    scan("around $200\xE2\x80\x93" "300 billion");
    ck_assert(num(0)->value == 200e9 && num(1)->value == 300e9);
    /* (but no letter after a bare range: "Series 3-4B") */
    scan("Series 3-4B");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert(num(0)->value == 3);
    /* (a price and a count are no range) */
    scan("$15 - 3 million shares");
    ck_assert(num(0)->value == 15);
}
END_TEST

/* The ends of "from X ... to Y" share the unit one of them states, across
 * the first end's date and a qualifier; money only with a scale of the
 * bare end's own, a percent only to a bare figure. */
START_TEST(change_ends_share_units)
{
    scan("rose from 4.6 trillion in 2016 to 7.3 trillion yuan in 2017");
    ck_assert_uint_eq(nnums(), 4);
    ck_assert(num(0)->value == 4.6e12 && num(0)->unit && strcmp(num(0)->unit, "CNY") == 0);
    scan("from RMB 185.3 billion at the end of 2013 to about 1.58 trillion");
    ck_assert(num(2)->value == 1.58e12 && num(2)->unit && strcmp(num(2)->unit, "CNY") == 0);
    scan("penetration rose from 45.8 to 50.3 percent");
    ck_assert(num(0)->value == 45.8 && num(0)->unit && strcmp(num(0)->unit, "percent") == 0);
    scan("its share went from 12% in June to 15");
    ck_assert(num(1)->value == 15 && num(1)->unit && strcmp(num(1)->unit, "percent") == 0);
    ck_assert(!(num(1)->flags & TF_SMALLINT));
    /* (no scale of its own: a count, not a sum) */
    scan("from 5 billion yuan to 300 clients");
    ck_assert(!num(1)->unit);
    scan("from $2 billion in 2015 to 40,000 shops");
    ck_assert(!num(2)->unit);
    /* (no "from": a loan to borrowers, not a change) */
    scan("lent 2 billion yuan in 2016 to 3 million borrowers");
    ck_assert(!num(2)->unit);
    /* (a year is no end of a change) */
    scan("from 2015 to 2017 percent");
    ck_assert(num(0)->flags & TF_YEAR);
    ck_assert(!num(0)->unit);
}
END_TEST

START_TEST(percent)
{
    one_num("296%", 296, "percent");
    one_num("50 percent", 50, "percent");
    one_num("23 per cent", 23, "percent");
    one_num("9.05 %", 9.05, "percent");
    one_num("15.68% stake", 15.68, "percent");
    one_num("50\xEF\xBC\x85", 50, "percent"); /* full-width percent sign U+FF05 */
    /* a difference of two rates is no rate */
    one_num("3.7 percentage points", 3.7, "points");
    one_num("1 percentage point", 1, "points");
    /* (so is a small figure's "points" alone; not a large one's, an index's) */
    one_num("0.8 points higher", 0.8, "points");
    one_num("2.1 pp", 2.1, "points");
    one_num("+5.9 pts", 5.9, "points");
    one_num("0.4 pt lower", 0.4, "points");
    /* Full-width digits ("５０％") are not read as a number by this scanner;
     * STYLE.md mentions them but scan.h does not promise them. */
}
END_TEST

START_TEST(urls_and_files)
{
    scan("http://example.com/2013-04/11/content_425811.htm");
    ck_assert_uint_eq(tk.n, 1);
    ck_assert_int_eq(tk.v[0].kind, TK_SKIP);
    ck_assert_uint_eq(tk.v[0].len, strlen(src));

    scan("(source: www.example.cn/news/2013/0411.html) 513 million users");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 513e6);
    no_num("mail 2013@example.com now");
}
END_TEST

START_TEST(separators_and_decimals)
{
    one_num("1,389,529", 1389529, NULL);
    one_num("814,000 base stations", 814000, NULL);
    one_num("18,132", 18132, NULL);
    one_num("81.37 million", 81370000.0, NULL);
    one_num("66.4 million", 66400000.0, NULL);
    one_num("0.5%", 0.5, "percent");
    /* a list, not a thousands group */
    scan("2011,2012");
    ck_assert_uint_eq(nnums(), 2);
    ck_assert_double_eq(num(0)->value, 2011);
    ck_assert_double_eq(num(1)->value, 2012);
    /* a full stop after a number ends the sentence */
    scan("reached 513 million.");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 513e6);
    ck_assert(tk.v[tk.n - 1].flags & TF_SENT_END);
    /* Chinese scales */
    one_num("3\xE4\xBA\xBF", 3e8, NULL);  /* 亿 */
    one_num("5\xE4\xB8\x87", 5e4, NULL);  /* 万 */
}
END_TEST

/* The Chinese words of a unit: a scale or what a figure counts, not any
 * other character. */
START_TEST(cjk_units)
{
    ck_assert(scan_cjk_unit("\xE4\xBA\xBF")); /* 亿 */
    ck_assert(scan_cjk_unit("\xE5\x85\x83")); /* 元 */
    ck_assert(scan_cjk_unit("\xE6\x88\xB7")); /* 户 */
    ck_assert(!scan_cjk_unit("\xE5\xB9\xB4")); /* 年 */
    ck_assert(!scan_cjk_unit("\xE3\x80\x82")); /* 。 */
}
END_TEST

START_TEST(slide_forms)
{
    /* a banker's million in capitals; a decimal's billion in a capital;
     * not a length in lower case, nor a capital B after a whole number */
    one_num("564MM", 564e6, NULL);
    one_num("1.1B", 1.1e9, NULL);
    no_num("a 300mm wafer");
    no_num("Series 3B");
    /* a lone equals sign is a mark, no URL */
    scan("Users = 564MM");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_int_eq(tk.v[1].kind, TK_PUNCT);
    /* a telephone number in international form is no quantity */
    no_num("Tel: +86-10-58813000");
    no_num("Tel: +86 (10) 5881 3000");
    /* (nor one in national form) */
    no_num("inquiries may be made at 010-62619750.");
    no_num("Tel: 021-5080 1234");
    /* thousands parted by single spaces, a statistical table's cell or
     * between words; not a list of figures, nor a day before a count */
    one_num("Internet users       1 530", 1530, NULL);
    one_num("Online retail sales        137 853.5       ", 137853.5, NULL);
    one_num("some 3 000 websites", 3000, NULL);
    one_num("a total of 1 234 567 users", 1234567, NULL);
    scan("298 384 457 513");
    ck_assert_uint_eq(nnums(), 4);
    scan("On March 1 200 firms joined");
    ck_assert_uint_eq(nnums(), 2);
    /* a scale word broken at a line's end */
    scan("added 21.75 mil-\nlion users");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 21.75e6);
    ck_assert(find_text("lion") == NULL);
    ck_assert(find_text("users") == num(0) + 1);
    scan("users +64MM");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 64e6);
}
END_TEST

START_TEST(huge_number)
{
    char big[420];
    memset(big, '9', 400);
    memcpy(big + 400, " users", 7);
    no_num(big);
    ck_assert_ptr_nonnull(find_text("users"));
    ck_assert_int_eq(tk.v[0].kind, TK_SKIP);
}
END_TEST

START_TEST(hostile_bytes)
{
    /* invalid and truncated UTF-8 around a number */
    scan("bad \xFF\xFE 5 million \xC3");
    ck_assert_uint_eq(nnums(), 1);
    ck_assert_double_eq(num(0)->value, 5e6);
    scan("\xE2\x82"); /* a euro sign cut short */
    ck_assert_uint_eq(nnums(), 0);
    scan("\xE2\x82\xAC"); /* a sign without a number */
    ck_assert_uint_eq(nnums(), 0);
    no_num("$");
    no_num("\\$");
    no_num("-plus");

    /* pseudo-random garbage without NUL: every span inside the text */
    static char junk[8192];
    uint32_t x = 12345;
    for (size_t i = 0; i + 1 < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (char)(1 + (x >> 16) % 255);
    }
    junk[sizeof junk - 1] = '\0';
    scan(junk);
    ck_assert_uint_gt(tk.n, 0);
    for (size_t i = 0; i < tk.n; i++) {
        ck_assert_uint_le(tk.v[i].off + tk.v[i].len, sizeof junk - 1);
        if (tk.v[i].kind == TK_NUM) {
            ck_assert_uint_ge(tk.v[i].numoff, tk.v[i].off);
            ck_assert_uint_le(tk.v[i].numoff + tk.v[i].numlen, tk.v[i].off + tk.v[i].len);
        }
    }

    /* an empty block */
    scan("");
    ck_assert_uint_eq(tk.n, 0);
}
END_TEST

START_TEST(rescan_clears)
{
    scan("one two three four five six");
    ck_assert_uint_eq(tk.n, 6);
    scan("513 million");
    ck_assert_uint_eq(tk.n, 1); /* cleared first */
    ck_assert_int_eq(tk.v[0].kind, TK_NUM);
}
END_TEST

START_TEST(punct_flags)
{
    scan("(a) \"b\"; c. d");
    ck_assert(find_text("(")->flags & TF_OPEN);
    ck_assert(find_text(")")->flags & TF_CLOSE);
    ck_assert(find_text("\"")->flags & TF_QUOTE);
    ck_assert(find_text(";")->flags & TF_CLAUSE);
    ck_assert(find_text(".")->flags & TF_SENT_END);
    scan("Co. Ltd and No. 5");
    ck_assert(!(find_text(".")->flags & TF_SENT_END)); /* abbreviation */
    /* sentences run together end one another; a name's dot ends none */
    scan("released Friday.The number");
    ck_assert(find_text(".")->flags & TF_SENT_END);
    scan("bought Sina.com and U.S.Steel");
    for (size_t k = 0; k < tk.n; k++)
        ck_assert(!(tk.v[k].flags & TF_SENT_END));
    /* "i.e." and "e.g." end no sentence */
    scan("netizens, i.e. those online, and e.g. users");
    for (size_t k = 0; k < tk.n; k++)
        ck_assert(!(tk.v[k].flags & TF_SENT_END));
    /* a figure's abbreviated scale before a lower-case word ends no
     * sentence; before a name in lower case ("eBay") it does */
    scan("32 mil. internet users");
    ck_assert(!(find_text(".")->flags & TF_SENT_END));
    scan("RMB 34 million. eBay EachNet held");
    ck_assert(find_text(".")->flags & TF_SENT_END);
    scan("worth 34 million. the end");
    ck_assert(!(find_text(".")->flags & TF_SENT_END));
    /* a footnote's number glued to the full stop after a year: "at the
     * end of 2012.4 Subscriptions lagged" is 2012, then a sentence; not
     * a decimal of a figure: "2012.4 million yuan" */
    scan("rose to 1.18 million at the end of 2012.4 Subscriptions lagged");
    ck_assert(find_text("2012") && find_text("2012")->kind == TK_NUM);
    ck_assert(find_text(".")->flags & TF_SENT_END);
    scan("Revenue was 2012.4 million yuan in 2013");
    bool decimal = false;
    for (size_t k = 0; k < tk.n; k++)
        decimal = decimal || (tk.v[k].kind == TK_NUM && tk.v[k].value > 2.01e9 && tk.v[k].value < 2.02e9);
    ck_assert(decimal);
    /* a note's number glued after a semicolon is no figure */
    scan("of all users;1 by the end of 2014");
    ck_assert(find_text("1") && find_text("1")->kind == TK_SKIP);
    scan("third-party");
    ck_assert(find_text("-")->flags & TF_HYPHEN);
    scan("Bao's user");
    ck_assert(find_text("Bao's")->flags & TF_POSSESSIVE);
    ck_assert(find_text("Bao's")->flags & TF_CAP);
    ck_assert(!(find_text("user")->flags & TF_CAP));
}
END_TEST

/* ---- word helpers ---------------------------------------------------------------------------- */

static uint32_t h(const char *w)
{
    return scan_word_hash(w, strlen(w));
}

START_TEST(word_hash_normalisation)
{
    ck_assert_uint_eq(h("Users"), h("user"));
    ck_assert_uint_eq(h("USER"), h("user"));
    ck_assert_uint_eq(h("users"), h("user"));
    ck_assert_uint_eq(h("companies"), h("company"));
    ck_assert_uint_eq(h("addresses"), h("address"));
    ck_assert_uint_eq(h("searches"), h("search"));
    ck_assert_uint_eq(h("boxes"), h("box"));
    ck_assert_uint_eq(h("Bao's"), h("Bao"));
    ck_assert_uint_eq(h("Alibaba\xE2\x80\x99s"), h("alibaba")); /* curly apostrophe */
    ck_assert_uint_eq(h("netizens"), h("Netizen"));
    /* not plurals */
    ck_assert_uint_ne(h("address"), h("addres"));
    ck_assert_uint_ne(h("status"), h("statu"));
    ck_assert_uint_eq(h("users'"), h("user")); /* the stem ends at a possessive's apostrophe */
    /* (an apostrophe inside a word is its own, curly or straight: "Yu'e"
     * is no "Yu") */
    ck_assert_uint_ne(h("Yu'e"), h("yu"));
    ck_assert_uint_eq(h("Yu\xE2\x80\x99" "e"), h("yu'e"));
    ck_assert_uint_eq(h("Yu\xE2\x80\x99" "EBao"), h("yu'ebao"));
    ck_assert_uint_ne(h("user"), h("use"));
    ck_assert_uint_ne(h("internet"), h("intranet"));
    /* short forms hash as the words they stand for, plural or not, as
     * rules and as text */
    ck_assert_uint_eq(h("txns"), h("transaction"));
    ck_assert_uint_eq(h("Txn"), h("transactions"));
    ck_assert_uint_eq(h("subs"), h("subscribers"));
    ck_assert_uint_eq(h("int'l"), h("international"));
    scan("827.3bn online txns, 506M subs");
    ck_assert_uint_eq(find_text("txns")->hash, h("transaction"));
    ck_assert_uint_eq(find_text("subs")->hash, h("subscriber"));
    ck_assert_uint_ne(h("tax"), h("transaction"));
    /* only the first len bytes count */
    ck_assert_uint_eq(scan_word_hash("users of", 5), h("user"));
    /* never 0 */
    ck_assert_uint_ne(h(""), 0);
    /* very long words do not overflow */
    char longw[200];
    memset(longw, 'a', sizeof longw);
    (void)scan_word_hash(longw, sizeof longw);
}
END_TEST

START_TEST(month_names)
{
    ck_assert_int_eq(scan_month("March", 5), 3);
    ck_assert_int_eq(scan_month("Mar", 3), 3);
    ck_assert_int_eq(scan_month("sept", 4), 9);
    ck_assert_int_eq(scan_month("Sep", 3), 9);
    ck_assert_int_eq(scan_month("September", 9), 9);
    ck_assert_int_eq(scan_month("May", 3), 5);
    ck_assert_int_eq(scan_month("JANUARY", 7), 1);
    ck_assert_int_eq(scan_month("Dec", 3), 12);
    ck_assert_int_eq(scan_month("Mayor", 5), 0);
    ck_assert_int_eq(scan_month("Marc", 4), 0);
    ck_assert_int_eq(scan_month("Ma", 2), 0);
    ck_assert_int_eq(scan_month("Junes", 5), 0);
    ck_assert_int_eq(scan_month("2011", 4), 0);
    ck_assert_int_eq(scan_month("Marching", 8), 0);
    ck_assert_int_eq(scan_month("March 5", 5), 3); /* only len bytes */
}
END_TEST

/* A table's words for its column of periods and for a cell not given */
START_TEST(period_words_and_na_cells)
{
    ck_assert(scan_period_word("Quarter", 7));
    ck_assert(scan_period_word("YEAR", 4));
    ck_assert(!scan_period_word("Quarterly", 9));
    ck_assert(!scan_period_word("Operator", 8));
    ck_assert(scan_na_cell("n.a.", 4));
    ck_assert(scan_na_cell("N/A", 3));
    ck_assert(scan_na_cell("..", 2));
    ck_assert(!scan_na_cell("nat", 3));
    ck_assert(!scan_na_cell("-", 1)); /* (a dash is a cell of its own kind) */
    ck_assert(scan_measure_word("Volume", 6));
    ck_assert(scan_measure_word("TOTAL", 5));
    ck_assert(!scan_measure_word("volumes", 7)); /* (one field, one word) */
    ck_assert(!scan_measure_word("valuation", 9));
}
END_TEST

/* A currency's code is the ISO code it stands for: the yuan's for "RMB"
 * and "Rmb" (query.c's test of money relies on the yuan's being "CNY") */
START_TEST(currency_codes)
{
    ck_assert_str_eq(scan_currency_code("KRW", 3), "KRW");
    ck_assert_str_eq(scan_currency_code("RMB", 3), "CNY");
    ck_assert_str_eq(scan_currency_code("Rmb", 3), "CNY");
    ck_assert_str_eq(scan_currency_code("CNY", 3), "CNY");
    ck_assert_ptr_null(scan_currency_code("USDT", 4));
    ck_assert_ptr_null(scan_currency_code("usd", 3));
    ck_assert_ptr_null(scan_currency_code("CNN", 3));
}
END_TEST

/* A card's fields: names of one to three words in capitals, each with a
 * colon and a value, the first opening the line (past an item's mark),
 * the others after a bar, a comma or a wide gap */
START_TEST(card_fields)
{
#define FIELDS(text) scan_card_fields(text, strlen(text))
    ck_assert_int_eq(FIELDS("Round: Series C | Amount: US$100 million | Lead: H Capital"), 3);
    ck_assert_int_eq(FIELDS("   Round: Series B          Amount: US$75m"), 2);
    ck_assert_int_eq(FIELDS("[1] Company: Yunji Cloud | Sector: Enterprise SaaS"), 2);
    ck_assert_int_eq(FIELDS("Round: Series C, Amount: US$55 million"), 2);
    ck_assert_int_eq(FIELDS("   Lead: Qiming Venture Partners"), 1);
    /* (not an interview's "A:", not prose, not a name with no value) */
    ck_assert_int_eq(FIELDS("A: Yu'e Bao ended March with 701.2 billion yuan"), 0);
    ck_assert_int_eq(FIELDS("Revenue rose: 20 percent"), 1);
    ck_assert_int_eq(FIELDS("The company said on Monday: revenue rose"), 0);
    ck_assert_int_eq(FIELDS("Round:"), 0);
    /* (a field's value going on from the line above ends at a bar; a
     * card's title before one is no field) */
    ck_assert_int_eq(FIELDS("    familiar with the deal | Date: May 19"), 1);
    ck_assert_int_eq(FIELDS("[10] Mingyuan Games (HKEX: 2099) | Priced: Mar 25 | Listing: Apr 6"), 0);
    ck_assert_int_eq(FIELDS("    familiar with the deal, people said"), 0);
#undef FIELDS
}
END_TEST

START_TEST(number_words)
{
    ck_assert_int_eq(scan_word_number("zero", 4), 0);
    ck_assert_int_eq(scan_word_number("five", 4), 5);
    ck_assert_int_eq(scan_word_number("Three", 5), 3);
    ck_assert_int_eq(scan_word_number("nineteen", 8), 19);
    ck_assert_int_eq(scan_word_number("twenty", 6), 20);
    ck_assert_int_eq(scan_word_number("ninety", 6), 90);
    ck_assert_int_eq(scan_word_number("dozen", 5), -1);
    ck_assert_int_eq(scan_word_number("hundred", 7), -1);
    ck_assert_int_eq(scan_word_number("often", 5), -1);
    ck_assert_int_eq(scan_word_number("on", 2), -1);
}
END_TEST

Suite *scan_suite(void)
{
    Suite *s = suite_create("scan");

    TCase *tc = tcase_create("TRAPS.md B: parsing traps");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, b1_glued_units_and_currencies);
    tcase_add_test(tc, b2_ipv6_blocks);
    tcase_add_test(tc, b3_dollar_signs);
    tcase_add_test(tc, b4_euro_and_yuan);
    tcase_add_test(tc, b5_b6_ranges_and_thresholds);
    tcase_add_test(tc, b7_changes_and_exact_scaling);
    tcase_add_test(tc, b8_numbers_in_words);
    tcase_add_test(tc, b9_line_numbers);
    tcase_add_test(tc, b10_footnote_markers);
    tcase_add_test(tc, b11_dates_glued_to_headings);
    tcase_add_test(tc, b12_clock_times);
    tcase_add_test(tc, b13_versions);
    tcase_add_test(tc, b13_identifier_with_version);
    tcase_add_test(tc, b14_names_with_digits);
    tcase_add_test(tc, b14_ms_bulletin);
    tcase_add_test(tc, b15_word_hash_variants);
    suite_add_tcase(s, tc);

    tc = tcase_create("numbers and punctuation");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, ordinals);
    tcase_add_test(tc, years);
    tcase_add_test(tc, percent);
    tcase_add_test(tc, scale_abbreviations);
    tcase_add_test(tc, range_bounds_share_units);
    tcase_add_test(tc, change_ends_share_units);
    tcase_add_test(tc, urls_and_files);
    tcase_add_test(tc, separators_and_decimals);
    tcase_add_test(tc, huge_number);
    tcase_add_test(tc, hostile_bytes);
    tcase_add_test(tc, rescan_clears);
    tcase_add_test(tc, punct_flags);
    suite_add_tcase(s, tc);

    tc = tcase_create("word helpers");
    tcase_add_test(tc, word_hash_normalisation);
    tcase_add_test(tc, month_names);
    tcase_add_test(tc, number_words);
    tcase_add_test(tc, card_fields);
    tcase_add_test(tc, period_words_and_na_cells);
    tcase_add_test(tc, currency_codes);
    tcase_add_test(tc, slide_forms);
    tcase_add_test(tc, cjk_units);
    suite_add_tcase(s, tc);
    return s;
}
