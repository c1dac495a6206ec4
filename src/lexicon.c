/* lexicon.c — the extractor's own words: qualifiers, changes, linking and
 * naming words (hashed once), and matching phrases of words on tokens. */
#include "engine.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define WORDLIST(name, ...)                                                    \
    static const char *const name##_w[] = {__VA_ARGS__};                       \
    struct wordlist name = {name##_w, sizeof name##_w / sizeof *name##_w, NULL, 0, NULL, 0, 0, 0}

/* qualifiers, longest first within a meaning */
WORDLIST(q_more, "more than", "over", "exceeding", "exceeded", "exceed", "exceeds", "above",
         "in excess of", "upwards of", "surpassing", "surpassed", "topped", "tops", "topping",
         /* "money fund assets passed $500 billion in 1990" */
         "passed", "passes", "passing", "crossed", "crosses", "surpasses", "broke through", "breaking through",
         /* "at a valuation north of $20 billion" */
         "north of");
WORDLIST(q_atleast, "at least", "no less than", "no fewer than", "a minimum of");
/* (and "just short of $18 billion", "just shy of") */
WORDLIST(q_nearly, "nearly", "almost", "close to", "just under", "nearing", "near", "just short of", "short of",
         "just shy of", "shy of");
WORDLIST(q_about, "about", "around", "approximately", "roughly", "some", "an estimated",
         "estimated", "circa", "approx");
/* (and a bound named by its top: "could raise as much as US$10 billion") */
WORDLIST(q_less, "less than", "fewer than", "under", "below", "up to", "at most", "no more than", "as much as",
         "as many as");
/* a change, written before or after the number */
WORDLIST(ch_before, "increase of", "increased by", "increase by", "growth of", "rise of",
         "rose by", "grew by", "up by", "jump of", "jumped by", "gain of", "surge of",
         "surged by", "climbed by", "increasing by", "growing by",
         /* "grew at a compound annual rate of 120 percent" */
         "growth rate of", "rate of growth of", "increase rate of", "rate of increase of", "annual rate of", "annual growth rate of", "grew at",
         /* (a qualifier between: "with a growth rate exceeding 10 per cent") */
         "growth rate", "rate of growth",
         "growing at", "cagr of",
         /* "China added 53.58 million netizens", "expanded by 186 million" */
         "added", "adds", "adding", "expanded by", "expanding by", "grew by a net", "net addition of",
         "net increase of",
         /* "having grown by 5.87 million in August", "a net gain of 0.95 million" */
         "grown by", "risen by", "net gain of", "gained", "gaining", "addition of");
/* a fall: the change is negative */
WORDLIST(ch_down, "decrease of", "decline of", "drop of", "fall of", "loss of", "reduction of", "fell by", "dropped by",
         "declined by", "decreased by", "down by", "shrank by", "decreasing by", "declining by",
         /* "a contraction of 145.902 billion yuan, or 7.28%" */
         "contraction of", "shrinkage of", "shrank by a net",
         /* "Yu'e Bao ... shed CNY235.30 billion in the second quarter" */
         "shed", "sheds", "shedding");
/* "surged 707 percent to 1.22 trillion yuan": verbs of a rate before the
 * level it led to */
WORDLIST(rise_verb, "rose", "grew", "surged", "jumped", "climbed", "increased", "soared", "gained",
         "rising", "growing", "surging", "jumping", "climbing", "increasing", "soaring",
         /* (a headline's present: "Mobile payments surge 391pc to 6 trillion yuan") */
         "surge", "surges", "soar", "soars", "jump", "jumps", "climb", "climbs", "rises", "grows",
         /* (a perfect's participle: "had risen 4 percent") */
         "risen", "grown",
         /* (a size's: "International bandwidth expanded 26.8 percent to
          * 1,098,956 Mbps") */
         "expanded", "expands",
         /* (a reporter's stronger words: "rocketed 317.56% year-over-year to
          * 9.64 trillion yuan", "leaped by 317 percent") */
         "rocketed", "skyrocketed", "leaped", "leapt", "ballooned", "swelled", "rocketing", "skyrocketing",
         "leaping", "ballooning", "swelling", "hiked");
WORDLIST(fall_verb, "fell", "dropped", "declined", "decreased", "shrank", "slid", "plunged", "falling",
         "dropping", "declining", "decreasing", "shrinking", "sliding", "plunging",
         "falls", "drops", "slides", "plunges", "shrinks", "declines",
         /* (a perfect's participle: "had fallen 9 percent in 2013 to 281
          * million") */
         "fallen", "shrunk", "tumbled", "slumped", "plummeted");
WORDLIST(ch_after, "growth", "increase", "rise", "jump", "year on year", "yoy", "more than", "higher than",
         /* "42.99 million more compared to last year's", "6.2 percent
          * higher year-over-year" */
         "more compared to", "more compared with", "higher compared to", "higher compared with",
         "higher year on year", "higher year over year", "more year on year", "more year over year",
         /* "a 707% year-over-year increase", "a 5% annual growth" */
         "year over year", "annual growth", "annual increase", "annual rise",
         /* "a 24.6% expansion in total mutual fund sector assets" */
         "expansion", "surge", "gain", "hike",
         /* "the 89 million added during 2020", "5.35 million net additions
          * in April" */
         "added", "net additions", "net addition", "net adds", "new additions",
         /* "618 million, with 53.58 million more added over the past year" */
         "more added",
         /* "18.8 percentage points above the national average" (a gap to
          * another part, which no figure of ours is) */
         "above");
/* ... and a fall: "0.9 percentage points lower than in December" */
WORDLIST(ch_after_down, "fewer than", "lower than", "less than", "below", "fewer compared to", "lower compared to",
         "lower year on year", "lower year over year",
         /* (its noun after it: "to RMB53.2 trillion, a 4.0% drop as compared
          * to the same period last year") */
         "drop", "decline", "decrease", "fall", "contraction", "slump", "plunge");
/* nouns for a company, after which a bare number is a name ("website 56") */
WORDLIST(firm_noun, "website", "site", "company", "firm", "platform", "portal", "startup", "operator",
         "listed", "retailer", "developer", "maker", "provider", "lender", "app", "giant", "rival", "affiliate");
/* a company's noun before its name written in lower case: "bike-sharing
 * service ofo" */
WORDLIST(brand_noun, "firm", "company", "startup", "service", "platform", "provider", "operator", "app", "giant",
         "site", "brand", "maker", "unicorn", "rival", "retailer", "lender", "website", "portal", "marketplace",
         "carrier", "upstart", "newcomer");
/* "compared to 2.8 billion yuan in 2011": a figure compared with */
WORDLIST(compare_word, "compared to", "compared with", "as against", "versus", "vs", "against", "up from", "down from",
         "double the", "twice the", "triple the", "half the", "lower than", "higher than", "slightly lower than",
         "slightly higher than",
         /* (an adverb between: "up sharply from 2.1 million a year earlier") */
         "up sharply from", "down sharply from", "up slightly from", "down slightly from", "up significantly from",
         "up substantially from", "up markedly from", "up strongly from",
         /* ("more than 17 times the 52 million yuan recorded on the same day last year") */
         "times the", "times that of");
/* what a place after a figure is measured against: "45.8%, still well
 * below South Korea or Japan" */
WORDLIST(measure_word, "below", "above", "behind", "ahead of", "than", "trailing", "trails", "lagging", "lags",
         "unlike", "like", "versus", "vs", "compared with", "compared to", "against", "exceeding", "surpassing");
/* words that start no name but may continue one */
WORDLIST(name_inner, "chinese", "internet", "online", "mobile", "global", "world", "national", "new",
         "money", "instant", "search", "payment", "market", "telecom", "telecoms", "telecommunications",
         "financial", "social", "digital", "cloud", "games", "gaming",
         /* (a report's title: "the 22nd Statistical Report on the Internet
          * Development in China"; not "China Development Bank") */
         "development", "statistical",
         /* (a common noun a headline capitalises, or a place's: "Startup
          * Funding Roundup", "eastern Zhejiang / Province, priced its
          * shares", a line broken before it) */
         "startup", "province", "roundup");
/* the last word of the name of an event: "Singles' Day", "Spring Festival" */
WORDLIST(event_word, "day", "festival", "eve", "holiday", "week",
         /* a policy is nobody either: "the 12th Five-Year Plan", "Broadband China strategy" */
         "plan", "strategy", "programme", "program", "initiative");
/* "capital injection into 58": only a company receives money into it */
WORDLIST(into_word, "into");
/* verbs of a company, before which a sentence-opening bare number is its name */
WORDLIST(firm_verb, "announced", "announces", "raised", "raises", "received", "obtained", "completed",
         "launched", "acquired", "invested", "listed", "went", "filed", "closed", "secured");
/* capitalised words that do not start a name */
WORDLIST(not_name, "the", "a", "an", "not", "altogether", "class", "fixed", "holder", "holders", "rural", "urban", "year", "quarter", "month", "week", "date",
         /* an illness is nobody's figure ("the COVID-19 pandemic") */
         "covid", "sars",
         /* a business's model ("Taobao's C2C turnover") */
         "c2c", "b2c", "b2b", "o2o", "p2p", "b2b2c",
         /* a negation's prefix opening a sentence ("Non-bank payment
          * institutions processed ...") */
         "non",
         /* a time's words ("9:05 AM GMT+8") */
         "am", "pm", "gmt", "utc", "hkt", "bst", "edt", "est", "et", "pdt", "pst", "cst", "cet", "jst", "updated", "posted",
         /* (a web page's time to read: "2 Min Read") */
         "min", "mins", "read",
         "published", "development", "statistical", "startup", "province", "roundup",
         /* a fact sheet's field labels ("Ticker: PDD", "Listing: Nasdaq") */
         "ticker", "listing", "offering", "employees", "headquarters", "founded", "sector", "industry",
         "website", "investors", "status", "symbol",
         /* a web page's marks of what a link leads to ("... 2010-2017 [CHART]") */
         "chart", "infographic",
         /* the securities an offering sells ("20,000,000 American Depositary
          * Shares / Representing 20,000,000 Class A Ordinary Shares") */
         "depositary", "depository", "ads", "adss", "adr", "adrs", "ordinary", "representing",
         /* a growth rate's name, a clause's opening word ("representing a CAGR of", "Prior to
          * the Global Offering, we ...") */
         "cagr", "prior", "behind",
         /* a count in words opening a sentence ("Eight years and seventeen
          * surveys later, ...") */
         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
         "thirty", "fifty", "hundred", "dozens", "several", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
         "fifteenth",
         /* a prospectus's defined terms ("Maximum Offer Price", "Offer Shares") */
         "offer", "maximum", "minimum", "based",
         /* a currency is no one's ("RMB deposits held in banking institutions") */
         "rmb", "cny", "renminbi", "yuan", "usd", "hkd",
         /* adjectives that open a sentence ("Public WLAN access points reached ...") */
         "public", "national", "domestic", "overall", "average", "cumulative", "combined", "largest", "biggest", "smallest", "larger", "bigger", "smaller", "fellow", "short", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",
         /* nouns of the indicators, capitalised to open a sentence or a title
          * ("revenue", "sales" stand with the words of results below) */
         "transactions", "transaction", "users", "subscribers", "broadband", "internet", "mobile", "telephone",
         "shipments", "gb", "mb", "tb", "kb", "mbps", "gbps", "kbps", "in", "on", "at", "by", "for", "from", "to", "of", "with",
         "as", "per", "since", "after", "before", "during", "although", "however", "meanwhile",
         "specifically", "also", "currently", "according", "it", "its", "this", "these",
         "that", "those", "there", "their", "they", "he", "she", "his", "her", "we", "our",
         "you", "i", "and", "or", "but", "so", "if", "when", "while", "then", "thus",
         "moreover", "furthermore", "in addition", "even", "just", "only", "until", "by the",
         "total", "both", "each", "all", "some", "many", "most", "other", "another", "such",
         "among", "under", "over", "through", "via", "about", "around", "nearly", "almost",
         /* (prepositions opening a sentence: "Upon completion of the round, ...") */
         "upon", "below", "above", "against", "into", "beyond", "throughout", "towards", "toward",
         "more", "less", "see", "note", "source", "sources", "data", "statistics", "report",
         "reports", "published", "peak", "elsewhere", "here", "now", "today", "yesterday",
         "recently", "what", "which", "who", "why", "how", "where", "one", "two", "three",
         "earlier", "later", "separately", "previously", "similarly", "likewise", "instead", "together",
         "personal", "private", "domestic", "foreign", "official",
         /* prepositions that open a sentence: "Including 3G, its mobile
          * customers totaled ..." */
         "including", "excluding",
         /* ... or a cause: "Thanks to investors on the platform, the Fund's
          * net assets rose", "Owing to", "Due to", "Amid" */
         "thanks", "owing", "due", "amid", "amidst", "given", "compared",
         /* adjectives that open a sentence: "Existing investors also took part" */
         "existing", "leading", "core", "key", "main", "remaining", "participating", "outstanding", "current", "former", "major",
         /* ... or a table's row: "Aggregate 4G customers", "Wireline broadband
          * customers", "Monthly active users" */
         "aggregate", "accumulated", "net", "wireline", "monthly", "daily", "annual", "active",
         "registered", "paying",
         /* the slugs that open a wire story's headline ("UPDATE 2-JD.com prices") */
         "update", "exclusive", "corrected", "correction", "refile", "rpt", "wrapup", "factbox", "insight",
         "analysis", "preview", "timeline", "breakingviews", "interview", "explainer", "opinion", "commentary",
         "editorial", "briefing", "newsletter",
         /* a paragraph's label ("Description: Singles' Day, the annual ...") */
         "description", "summary", "background", "highlights",
         /* a prospectus's headings: "Use of proceeds" */
         "use",
         /* devices: "users on PC", "PC Internet users" */
         "pc", "pcs",
         /* a report's periods and parts: "Fourth Quarter 2015 Highlights" */
         "fourth", "quarter", "quarterly", "fiscal", "highlights", "results", "unaudited",
         /* a report's sections: "KEY FINDINGS", "OUTLOOK" */
         "findings", "overview", "outlook", "background", "introduction", "conclusion", "conclusions",
         "methodology", "appendix", "contents",
         "financial", "key", "summary", "selected", "consolidated",
         /* generations of networks: "3G/4G subscribers" */
         "2g", "3g", "4g", "5g",
         /* "Rival Mobike raised" */
         "rival", "rivals",
         /* a clause's or a sentence's opening word: "Though still trailing the
          * 175 million", "Besides, ...", "Record-breaking $25 billion IPO" */
         "though", "besides", "nevertheless", "nonetheless", "still", "yet", "considering", "record", "poster",
         "parent", "physical",
         /* investors named by their kind: "Venture and growth investors put" */
         "venture", "growth",
         /* a stock exchange lists the firm, it is not the firm: "Sohu's Nasdaq IPO raises" */
         "nasdaq", "nyse", "hkex",
         /* a sector: "Telecom revenue rose" (inside a name it belongs: "China Telecom") */
         "telecom", "telecoms", "telecommunications",
         "first", "second", "third", "last", "next", "new", "said", "says", "said that",
         "chinese", "internet", "online", "mobile", "global", "world", "national", "money", "instant",
         "search", "payment", "market",
         "web", "e", "number", "monday", "tuesday", "wednesday", "thursday", "friday",
         "saturday", "sunday", "no", "japanese", "american", "european", "korean", "british",
         "french", "german", "indian", "russian", "finnish", "swedish", "danish", "norwegian", "dutch",
         "spanish", "italian", "swiss", "irish", "canadian", "australian", "brazilian", "mexican", "israeli",
         "turkish", "singaporean", "indonesian", "malaysian", "thai", "vietnamese", "filipino", "taiwanese",
         "asian", "african", "between", "within", "without", "following", "because",
         "despite", "unlike", "like", "than", "whether", "whose", "ceo", "president",
         /* words that open the sentences of results and reports: "Net revenues
          * were", "Monthly active users (MAUs) were", "Average daily ..." */
         "net", "gross", "average", "annual", "full", "half", "monthly", "daily", "weekly", "quarterly", "overall",
         "combined", "advertising", "marketing", "revenue", "revenues", "sales", "income", "profit",
         "operating", "active", "registered", "unique", "paying", "cumulative", "accumulated",
         /* a round is no company: "in its Series C round"; nor a deal, in a
          * headline's capitals: "Valued at About $60 Billion in Fundraising" */
         "series", "pre", "angel", "fundraising", "funding", "financing", "round", "listing", "offering",
         "valuation", "stake", "deal",
         /* abbreviations of common nouns */
         "gmv", "ipo", "ads", "ceo", "cfo", "cto", "app", "apps", "gdp",
         "mau", "dau", "arpu", "maus", "daus", "vas", "gaap", "ifrs", "aum",
         /* a line of business opening a results item: "Social networks
          * revenues grew", "Cloud revenues", "Others revenues" */
         "social", "digital", "cloud", "games", "gaming", "others", "fintech",
         /* comparisons of periods: '("year-on-year" or "YoY")' */
         "yoy", "qoq", "mom", "ytd", "hoh",
         "chairman", "director", "professor", "dr", "mr", "ms", "mrs", "premier",
         "vice", "minister", "party", "secretary", "general",
         /* common words that open the sentences of essays and news: "Consider
          * money.", "History is never far away.", "Individual investors held" */
         "consider", "history", "strategic", "individual", "individuals", "analysts", "investors", "shoppers", "consumers",
         "experts", "officials", "critics", "observers", "competitors", "customers", "regulators", "growth",
         "demand", "prices", "profits", "shares", "figures", "numbers", "everything", "nothing",
         "something", "several", "few", "indeed", "still", "yet", "perhaps", "clearly", "today's",
         "entertainment", "volume");
/* prepositions that end a long reach to a number */
WORDLIST(reach_prep, "with", "for", "of", "at", "worth", "to", "by", "totaling", "totalling",
         "totals", "costing");
/* prepositions before the owner of a count: "users of Taobao", "transactions
 * on Tmall", "via Alipay" (not "in China": a place) */
WORDLIST(owner_prep, "of", "on", "via", "through", "at", "into");
/* a sentence about habit is not dated by the paragraph's last date */
WORDLIST(habit, "some days", "on some days", "sometimes", "at times", "usually", "typically", "often",
         "every day", "each day", "on average", "generally");
/* words that join a second figure whose noun is left out */
WORDLIST(conjunction, "and", "while", "whereas", "but", "against", "versus");
/* verbs of saying: their subject is a source, not what a number is about */
WORDLIST(reporting, "says", "said", "say", "thinks", "think", "believes", "believe", "argues", "argue",
         "notes", "noted", "estimates", "estimated", "expects", "expected", "reports", "reported",
         "claims", "claimed", "writes", "wrote", "explains", "explained", "according", "told", "tells", "tell",
         "stated", "disclosed");
/* the titles of people, before their names: "Founder Liu Nan", "chief
 * executive Daniel Zhang", "analyst Wang Wei" */
WORDLIST(person_role, "founder", "cofounder", "ceo", "cfo", "cto", "coo", "chairman", "chairwoman",
         "president", "officer", "executive", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist",
         "director", "researcher", "professor", "mr", "ms", "mrs", "dr", "minister",
         "premier", "secretary", "governor", "head", "chief");
/* what follows a sentence-opening participle: "Relying on", "Founded in" */
WORDLIST(opener_next, "the", "a", "an", "its", "their", "his", "her", "to", "with", "upon", "as",
         /* "Looking ahead to ...", "Going forward" */
         "ahead", "forward");
/* prepositions that open a cue's complement: "visitors of its app" */
WORDLIST(cue_complement, "of", "on", "for", "in", "at", "via", "through", "during", "across", "over", "throughout", "handled", "processed", "conducted", "completed", "made",
         "issued", "operated", "run", "registered", "recorded", "settled", "transacted", "generated", "sold",
         /* "assets managed by the fund rose" */
         "managed",
         /* "online payment transaction value by non-banking institutions totalled" */
         "by");
/* the noun a number counts comes before these words, not after them */
WORDLIST(stop_after, "from", "by", "to", "for", "with", "through", "via", "on", "at", "than", "into",
         "after", "before", "against", "over", "under", "during", "since", "until", "while", "which",
         "that", "when", "where");
/* a part of the country named after a figure: "69.1 percent in cities
 * and 53.2 percent nationwide" */
WORDLIST(urban_place, "in cities", "in the cities", "in urban areas", "in the urban areas", "in urban china",
         "in towns and cities", "in the cities and towns", "among urban residents");
WORDLIST(rural_place, "in rural areas", "in the rural areas", "in the countryside", "in rural china", "in villages",
         "among rural residents");
/* the mobile part of what a figure before counts: "538 million netizens,
 * 388 million on mobile" */
WORDLIST(mobile_place, "on mobile", "on mobile phones", "on mobile devices", "on their phones", "on their mobile phones",
         "on smartphones", "via mobile", "via mobile phones", "by mobile phone", "of them on mobile",
         "of them on mobile phones", "of them via mobile phones");
WORDLIST(whole_place, "nationwide", "nationally", "across the country", "across china", "for the whole country",
         "for the country as a whole", "in the country as a whole", "for china as a whole");
/* what one holds in a company: "stake in elong ,", "shareholder of qunar ." */
WORDLIST(stake_noun, "stake", "shareholder", "shares", "equity", "holding", "owner");
/* places a national figure may belong to: China, or another country */
WORDLIST(home_place, "china", "chinese", "mainland", "domestic", "nationwide", "beijing", "shanghai", "shenzhen",
         "guangzhou", "hangzhou", "tianjin", "chongqing", "chengdu", "wuhan", "nanjing", "xi'an", "guangdong",
         "zhejiang", "jiangsu");
/* China's provinces and its largest cities: a national indicator's figure
 * of one is that place's ("Beijing had 18 million internet users") */
WORDLIST(province, "beijing", "tianjin", "shanghai", "chongqing", "hebei", "shanxi", "liaoning", "jilin",
         "heilongjiang", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan",
         "guangdong", "hainan", "sichuan", "guizhou", "yunnan", "shaanxi", "gansu", "qinghai", "guangxi", "tibet",
         "xizang", "ningxia", "xinjiang", "shenzhen", "guangzhou", "hangzhou", "nanjing", "wuhan", "chengdu", "xiamen",
         "suzhou", "qingdao", "dalian", "ningbo");
WORDLIST(abroad_place, "united states", "america", "american", "americans", "japan", "japanese", "india",
         "indian", "south korea", "korea", "korean", "europe", "european", "britain", "british", "germany",
         "german", "france", "french", "russia", "russian", "brazil", "brazilian", "indonesia", "vietnam",
         "overseas", "hong kong", "taiwan", "macau", "macao", "singapore", "canada", "australia",
         "united kingdom", "africa", "southeast asia", "southeast asian", "asia", "asian", "washington", "new york", "dc", "u.s", "usa",
         /* ("against a world average of 17.6%": the world's figure) */
         "world average", "global average", "worldwide average", "world's average", "international average",
         /* ("the number of people using the Internet worldwide rose to 2.7 billion") */
         "worldwide", "globally");
/* what leads to a running total: "bringing the total it has raised to" */
WORDLIST(total_lead, "bringing the total", "brings the total", "brought the total", "taking the total",
         "takes the total", "took the total", "bringing its total", "taking its total", "bringing their total",
         "bringing total", "raising the total", "raising its total",
         /* "has now raised a total of $1.3 billion" (in the perfect: a sum
          * of rounds; "raised a total of USD 1.5 billion from six funds" is
          * one round) */
         "now raised", "has raised a total of", "had raised a total of", "have raised a total of");
/* after a count's noun, a rate: "85,900 transactions per second" */
WORDLIST(per_time, "per second", "per minute", "per hour", "per day", "a second", "a minute", "an hour",
         "a day", "each second", "every second", "every minute", "every hour", "every day",
         /* "544,000 orders were placed in a second" */
         "in a second", "in one second", "in a single second");
/* ... and those that make a count a rate from further after it in its
 * clause ("544,000 orders were placed in a second"): a time shorter than a
 * day, no "a day" of a daily habit */
WORDLIST(per_time_late, "in a second", "in one second", "in a single second", "per second", "every second",
         "each second", "per minute", "in a minute", "every minute");
/* what leads to the company a deal is about: "invested in JD.com",
 * "agreed to buy Youku Tudou", "the acquisition of Qunar" */
WORDLIST(deal_lead, "invested in", "invest in", "invests in", "investing in", "investment in", "stake in",
         "acquired", "acquire", "acquires", "acquiring", "bought", "buy", "buys", "buying", "purchased",
         "purchase", "acquisition of", "takeover of", "purchase of", "took over", "take over", "takes over",
         "merge with", "merged with", "merger with", "injection into", "injected into");
/* "by 2001, this had risen to $2.3 trillion": what stands for the figure
 * before, and its verbs of change in every tense */
WORDLIST(figure_pronoun, "this", "it", "that", "which", "the figure", "the number", "the total", "the amount",
         "the sum", "the tally", "its total", "their total",
         /* "... hit 163.8 billion yuan. The new record is a 39% increase" */
         "the record", "the new record", "this record", "the new figure", "the latest figure");
WORDLIST(change_verb, "rose", "risen", "grew", "grown", "increased", "climbed", "jumped", "surged", "soared",
         "fell", "fallen", "dropped", "declined", "decreased", "shrunk", "shrank", "rise", "grow", "fall", "drop",
         "swelled", "swollen", "expanded", "ballooned", "reached", "hit", "topped");
/* "grew 160 percent to reach 9.31 trillion yuan" */
WORDLIST(reach_verb, "reach", "hit", "top", "exceed", "total", "approach");
/* what may say when a change started: "from 500 million in 2013", "from
 * a year earlier", "from the end of last year" */
WORDLIST(from_filler, "in", "at", "the", "end", "of", "a", "year", "earlier", "before", "previous", "last", "same",
         "period", "ago");
/* words that say a number is not the current value */
WORDLIST(name_prep, "of", "on", "via", "in", "at", "for", "from", "by", "through");
/* words of the names of bodies that report figures, not the ones figures
 * are about: "the Ministry of Industry and Information Technology said" */
WORDLIST(source_body, "ministry", "bureau", "administration", "commission", "council", "center", "centre",
         "association", "institute", "academy", "agency", "regulator", "cnnic", "miit", "pboc", "ndrc", "nbs",
         "caict", "amac", "csrc", "cbrc", "saic", "iresearch", "analysys", "gartner", "idc", "xinhua");
/* verbs of having a count: "while WeChat Pay claimed 200 million" */
WORDLIST(having_verb, "had", "has", "have", "claimed", "claims", "reported", "reports", "counted", "counts",
         "boasted", "boasts", "registered", "recorded", "attracted", "added", "logged");
/* the words of pronouns ("it", "the company"): a quick test before spelling */
WORDLIST(pronoun_word, "it", "its", "company", "firm", "fund", "application", "app", "platform", "site",
         "website", "group", "operator", "carrier", "retailer", "lender", "startup", "portal", "marketplace",
         "giant", "service");

/* a rule's bound: "capped at 250,000 yuan", "a ceiling of" */
WORDLIST(limit_word, "cap", "capped", "capping", "ceiling", "limit", "limited", "limiting", "quota", "threshold", "maximum");
/* a running tally: "in the first three minutes", "within 90 seconds" */
WORDLIST(tally_unit, "second", "minute", "hour");
WORDLIST(tally_lead, "first", "within", "opening", "just", "only", "after");
/* a change over a quarter or a month: "quarter on quarter", "QoQ" */
WORDLIST(seq_word, "qoq", "mom", "sequentially");
WORDLIST(seq_unit, "quarter", "month");
WORDLIST(seq_prev, "previous", "preceding", "prior", "last");
/* words between a change's verb and its amount: "increased by a
 * cumulative 24.34 million", "by a net", "by a total of", "by a further" */
WORDLIST(ch_filler, "a cumulative", "a net", "a total of", "a further", "a combined", "a record", "an additional",
         "another", "only", "just", "a mere", "a modest");
WORDLIST(weekday_word, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
/* words that open a list of others: "investors including A, B and C" */
WORDLIST(others_lead, "including");
/* "I expect mobile payments to pass ...", "they want its share to reach": a figure after the
 * object and "to" is foreseen or wished for */
WORDLIST(expect_verb, "expect", "expects", "predict", "predicts", "forecast", "forecasts", "anticipate", "want", "wants",
         "anticipates", "project", "projects");
/* what a sentence says of a listing: "Tencent was listed on the Hong
 * Kong Stock Exchange on 16 June 2004" */
WORDLIST(listing_word, "listed", "debuted", "floated", "priced", "ipo", "listing", "debut", "public", "followed");
/* what a line saying the date of the figures under it names them, and
 * how it says it: "all figures refer to the end of June 2008", "Data as
 * of end-June 2015" */
WORDLIST(frame_noun, "figures", "data", "numbers", "statistics");
WORDLIST(frame_verb, "refer", "refers", "relate", "relates", "as");
/* a headline's verbs in the present, after the name in title case they
 * end: "Didi Kuaidi Closes $3 Billion Funding Round", "Pico Lands ..." */
WORDLIST(headline_verb, "closes", "lands", "secures", "bags", "nabs", "snags", "gets", "wins", "banks", "scores",
         "completes", "announces", "files", "buys", "acquires", "sells", "invests", "leads", "joins", "takes",
         "tops", "passes", "surpasses", "crosses", "debuts", "prices", "launches", "posts", "reports",
         "seeks", "eyes", "plans", "mulls", "weighs", "nears", "agrees", "inks", "signs", "backs", "pours",
         "injects", "doubles", "triples", "hauls", "pulls", "picks", "rakes", "receives", "obtains", "gains",
         "loses", "cuts", "hikes", "unveils", "targets", "expands",
         /* (a count's: "China Telecom Reaches 83 Million Mobile Subscribers") */
         "reaches", "hits", "exceeds", "adds", "raises", "attracts", "boasts", "grows", "rises", "climbs",
         "surges", "jumps", "soars", "breaks");
/* what a sentence says of a period's results: "Bilibili reported its
 * first-quarter results" */
WORDLIST(results_word, "results", "earnings", "reported", "reports", "posted", "figures", "numbers", "financials",
         "report");
/* a span's compound: "24-hour", "11-day" */
WORDLIST(span_unit, "hour", "day", "week", "month", "year", "minute", "second");
/* verbs whose "up" or "down" is a particle, no change: "made up 27.9 percent",
 * "adds up to", "set up 30 stores", "cut down 5 branches", "racks up 343.8
 * billion yuan in orders" */
WORDLIST(particle_verb, "make", "makes", "made", "making", "take", "takes", "took", "taken", "set", "sets", "add", "adds",
         "sum", "sums", "end", "ends", "pick", "picks", "sign", "signs", "open", "opens", "tie", "ties", "build", "builds",
         "built", "give", "gives", "gave", "cut", "cuts", "shut", "shuts", "turn", "turns", "step", "steps", "break",
         "breaks", "broke", "hold", "holds", "held", "put", "puts", "bring", "brings", "brought", "back", "backs",
         "scale", "scales", "ramp", "ramps", "beef", "beefs", "wind", "winds", "wound", "wrote", "write", "writes",
         "mark", "marks", "pay", "pays", "paid", "let", "lets", "slow", "slows", "narrow", "narrows", "count", "counts",
         "rack", "racks", "racked", "racking", "chalk", "chalks", "chalked", "ring", "rings", "rang", "rung", "clock",
         "clocks", "clocked", "tot", "tots", "totted", "tally", "tallies", "tallied");

/* a determiner a cue's phrase may hold after its preposition, "accessed the
 * Internet using their mobile phones" as "... using mobile phone" */
WORDLIST(inner_det, "their", "a", "an", "the", "its", "his", "her", "our");
WORDLIST(inner_prep, "using", "via", "through", "with", "on", "by", "from", "over", "in", "of");

struct wordlist *const all_lists[] = {
    &q_more, &q_atleast, &q_nearly, &q_about, &q_less, &ch_before, &ch_after, &ch_down, &rise_verb,
    &fall_verb, &firm_noun, &into_word, &firm_verb, &event_word, &name_inner, &compare_word,
    &not_name, &reach_prep, &name_prep, &stop_after, &cue_complement, &opener_next, &reporting, &person_role,
    &owner_prep, &habit, &conjunction, &per_time, &per_time_late, &total_lead, &home_place, &abroad_place, &stake_noun,
    &deal_lead, &from_filler, &reach_verb, &figure_pronoun, &change_verb, &pronoun_word, &source_body, &having_verb,
    &limit_word, &tally_unit, &tally_lead, &seq_word, &seq_unit, &seq_prev, &weekday_word, &others_lead, &span_unit,
    &expect_verb, &particle_verb, &ch_after_down, &measure_word, &ch_filler, &urban_place, &rural_place, &whole_place,
    &mobile_place, &province, &results_word, &headline_verb, &listing_word, &frame_noun, &frame_verb, &brand_noun,
    &inner_det, &inner_prep};

static void phrase_of(const char *text, struct phrase *ph)
{
    ph->n = 0;
    ph->text = NULL;
    const char *w = text;
    while (*w && ph->n < PHRASE_MAX) {
        while (*w == ' ' || *w == '-')
            w++;
        const char *e = w;
        while (*e && *e != ' ' && *e != '-')
            e++;
        if (e == w)
            break;
        ph->h[ph->n++] = scan_word_hash(w, (size_t)(e - w));
        w = e;
    }
}

/* Hashes of the words the engine tests by name, computed once. */
uint32_t wh_a, wh_an, wh_and, wh_are, wh_between, wh_but, wh_days, wh_from, wh_is, wh_respectively,
    wh_that, wh_through, wh_to, wh_up, wh_was, wh_weeks, wh_were, wh_down, wh_year, wh_on, wh_in, wh_of, wh_by, wh_as,
    wh_led, wh_joined, wh_such, wh_s, wh_which, wh_according, wh_its, wh_account, wh_cnnic, wh_network, wh_information,
    wh_over, wh_now, wh_already, wh_still;

static void lists_once(void);

/* every word of every list, open addressing */
static uint32_t lex_words[2048];

static void lex_word_add(uint32_t h)
{
    size_t k = (h * 2654435761u) & (sizeof lex_words / sizeof *lex_words - 1);
    while (lex_words[k] && lex_words[k] != h)
        k = (k + 1) & (sizeof lex_words / sizeof *lex_words - 1);
    lex_words[k] = h;
}

bool lexicon_knows(uint32_t h)
{
    size_t k = (h * 2654435761u) & (sizeof lex_words / sizeof *lex_words - 1);
    while (lex_words[k]) {
        if (lex_words[k] == h)
            return true;
        k = (k + 1) & (sizeof lex_words / sizeof *lex_words - 1);
    }
    return false;
}

void lists_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, lists_once);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static void lists_once(void)
{
    wh_a = scan_word_hash("a", 1);
    wh_an = scan_word_hash("an", 2);
    wh_in = scan_word_hash("in", 2);
    wh_of = scan_word_hash("of", 2);
    wh_account = scan_word_hash("account", 7);
    wh_now = scan_word_hash("now", 3);
    wh_already = scan_word_hash("already", 7);
    wh_still = scan_word_hash("still", 5);
    wh_cnnic = scan_word_hash("cnnic", 5);
    wh_network = scan_word_hash("network", 7);
    wh_information = scan_word_hash("information", 11);
    wh_by = scan_word_hash("by", 2);
    wh_as = scan_word_hash("as", 2);
    wh_and = scan_word_hash("and", 3);
    wh_are = scan_word_hash("are", 3);
    wh_between = scan_word_hash("between", 7);
    wh_but = scan_word_hash("but", 3);
    wh_days = scan_word_hash("days", 4);
    wh_down = scan_word_hash("down", 4);
    wh_year = scan_word_hash("year", 4);
    wh_on = scan_word_hash("on", 2);
    wh_from = scan_word_hash("from", 4);
    wh_over = scan_word_hash("over", 4);
    wh_is = scan_word_hash("is", 2);
    wh_respectively = scan_word_hash("respectively", 12);
    wh_that = scan_word_hash("that", 4);
    wh_through = scan_word_hash("through", 7);
    wh_to = scan_word_hash("to", 2);
    wh_up = scan_word_hash("up", 2);
    wh_was = scan_word_hash("was", 3);
    wh_weeks = scan_word_hash("weeks", 5);
    wh_were = scan_word_hash("were", 4);
    wh_led = scan_word_hash("led", 3);
    wh_joined = scan_word_hash("joined", 6);
    wh_such = scan_word_hash("such", 4);
    wh_s = scan_word_hash("s", 1);
    wh_which = scan_word_hash("which", 5);
    wh_according = scan_word_hash("according", 9);
    wh_its = scan_word_hash("its", 3);
    for (size_t l = 0; l < sizeof all_lists / sizeof *all_lists; l++) {
        struct wordlist *wl = all_lists[l];
        wl->ph = xcalloc(wl->n, sizeof *wl->ph);
        wl->one = xcalloc(wl->n ? wl->n : 1, sizeof *wl->one);
        for (size_t i = 0; i < wl->n; i++) {
            phrase_of(wl->words[i], &wl->ph[i]);
            if (wl->ph[i].n == 1) {
                wl->bloom |= 1ull << (wl->ph[i].h[0] & 63);
                wl->one[wl->none++] = wl->ph[i].h[0];
            }
            for (int w = 0; w < wl->ph[i].n; w++)
                lex_word_add(wl->ph[i].h[w]);
            if (wl->ph[i].n > 0) {
                wl->first |= 1ull << (wl->ph[i].h[0] & 63);
                wl->last |= 1ull << (wl->ph[i].h[wl->ph[i].n - 1] & 63);
            }
        }
        qsort(wl->one, wl->none, sizeof *wl->one, cmp_u32);
    }
}

/* ---- matching phrases on tokens ------------------------------------------- */

/* Is t[k] a mark glued to the word after it, with a space before it: the
 * dot of ".CN" ("registered under .CN")? */
static bool glued_mark(const struct token *t, size_t n, size_t k)
{
    return t[k].kind == TK_PUNCT && t[k].len == 1 && t[k].flags == 0 && k > 0 && k + 1 < n &&
           t[k + 1].kind == TK_WORD && t[k + 1].off == t[k].off + 1 &&
           (t[k - 1].off + t[k - 1].len < t[k].off || (t[k - 1].flags & TF_QUOTE)); /* ('".CN"') */
}

/* Is t[k] a name standing inside a cue of words in lower case, between
 * its words a and b: "registered OICQ users", "monthly active WeChat
 * users" (not title case, "Registered Mobile Users", nor an owner, "of
 * China's household deposits")?  (The first word is capitalised where it
 * opens a line or a sentence: "Registered IM user accounts   580.3".) */
/* Is the word at k a modifier inside a cue whose head is "account(s)",
 * between its words at a and b: "registered blog accounts", "active
 * paying accounts"? */
static bool modifier_inside(const struct token *t, size_t a, size_t k, size_t b)
{
    /* (not a word of grammar: "active and dormant accounts") */
    return t[k].kind == TK_WORD && !(t[k].flags & TF_CAP) && t[k].len >= 3 && t[b].kind == TK_WORD &&
           t[b].hash == wh_account && t[a].kind == TK_WORD && t[a].line == t[b].line && !in_list(&not_name, &t[k]);
}

/* Is the word at k, between the cue's words at a and b, a determiner
 * after the phrase's preposition ("using their mobile phones" for "using
 * mobile phone")? */
static bool det_inside(const struct token *t, size_t a, size_t k, size_t b)
{
    return t[k].kind == TK_WORD && in_list(&inner_det, &t[k]) && t[a].kind == TK_WORD && in_list(&inner_prep, &t[a]) &&
           t[b].kind == TK_WORD;
}

/* Is the word at k, between the cue's words at a and b, an adverb of
 * time after its verb ("are now online", "were already online")? */
static bool adverb_inside(const struct token *t, size_t a, size_t k, size_t b)
{
    return t[k].kind == TK_WORD && (t[k].hash == wh_now || t[k].hash == wh_already || t[k].hash == wh_still) &&
           t[a].kind == TK_WORD &&
           (t[a].hash == wh_are || t[a].hash == wh_is || t[a].hash == wh_was || t[a].hash == wh_were) &&
           t[b].kind == TK_WORD;
}

bool cue_name_inside(const struct token *t, size_t a, size_t k, size_t b)
{
    bool opens = a == 0 || t[a - 1].line != t[a].line || (t[a - 1].flags & TF_SENT_END);
    return t[k].kind == TK_WORD && (t[k].flags & TF_CAP) && !(t[k].flags & TF_POSSESSIVE) &&
           (!(t[a].flags & TF_CAP) || opens) && !(t[b].flags & TF_CAP) &&
           t[a].kind == TK_WORD && t[b].kind == TK_WORD && t[a].line == t[b].line;
}

/* Match ph forward from i (hyphens, quotes and closing brackets between
 * words are skipped: "(FTTH) users", and one name inside: "registered
 * OICQ users"); returns the index after the match, or 0. */
size_t match_fwd(const struct token *t, size_t n, size_t i, const struct phrase *ph, size_t limit)
{
    size_t k = i;
    bool skipped = false;
    for (int w = 0; w < ph->n; w++) {
        /* (an aside of a word or a few in brackets inside it: "Third-party
         * Internet (PC) payment volume") */
        if (w > 0 && !skipped && k < limit && k < n && t[k].kind == TK_PUNCT && (t[k].flags & TF_OPEN)) {
            size_t c = k + 1;
            while (c < limit && c < n && c < k + 5 && t[c].kind == TK_WORD)
                c++;
            if (c > k + 1 && c + 1 < limit && c + 1 < n && (t[c].flags & TF_CLOSE) && tok_is(&t[c + 1], ph->h[w])) {
                k = c + 1;
                skipped = true;
            }
        }
        if (w > 0)
            while (k < limit && k < n && t[k].kind == TK_PUNCT &&
                   ((t[k].flags & (TF_HYPHEN | TF_QUOTE | TF_CLOSE)) || glued_mark(t, n, k)))
                k++;
        if (w > 0 && !skipped && k + 1 < limit && k + 1 < n && !tok_is(&t[k], ph->h[w]) &&
            tok_is(&t[k + 1], ph->h[w]) &&
            (cue_name_inside(t, k - 1, k, k + 1) || modifier_inside(t, k - 1, k, k + 1) || adverb_inside(t, k - 1, k, k + 1) ||
             det_inside(t, k - 1, k, k + 1))) {
            k++;
            skipped = true;
        }
        if (k >= limit || k >= n || !tok_is(&t[k], ph->h[w]))
            return 0;
        k++;
    }
    return k;
}

/* Match ph so that it ends just before index end (one name inside may be
 * stepped over, as match_fwd does); returns its start or SIZE_MAX. */
size_t match_back(const struct token *t, size_t end, size_t floor_i, const struct phrase *ph)
{
    size_t k = end;
    bool skipped = false;
    for (int w = ph->n - 1; w >= 0; w--) {
        if (w < ph->n - 1 && !skipped && k > floor_i + 2 && t[k - 1].kind == TK_PUNCT && (t[k - 1].flags & TF_CLOSE)) {
            size_t o = k - 2;
            while (o > floor_i && o + 5 > k && t[o].kind == TK_WORD)
                o--;
            if (o + 2 < k && o > floor_i && t[o].kind == TK_PUNCT && (t[o].flags & TF_OPEN) &&
                tok_is(&t[o - 1], ph->h[w])) {
                k = o;
                skipped = true;
            }
        }
        if (w < ph->n - 1)
            while (k > floor_i && t[k - 1].kind == TK_PUNCT &&
                   ((t[k - 1].flags & (TF_HYPHEN | TF_QUOTE | TF_CLOSE)) || (k < end && glued_mark(t, end + 1, k - 1))))
                k--;
        else if (k > floor_i + 1 && t[k - 1].kind == TK_PUNCT && (t[k - 1].flags & TF_HYPHEN) &&
                 t[k - 1].off == t[k - 2].off + t[k - 2].len)
            k--; /* (a word hyphened on: "short-video users" as "short video users") */
        if (w < ph->n - 1 && !skipped && k > floor_i + 1 && !tok_is(&t[k - 1], ph->h[w]) &&
            tok_is(&t[k - 2], ph->h[w]) &&
            (cue_name_inside(t, k - 2, k - 1, k) || modifier_inside(t, k - 2, k - 1, k) || adverb_inside(t, k - 2, k - 1, k) ||
             det_inside(t, k - 2, k - 1, k))) {
            k--;
            skipped = true;
        }
        if (k <= floor_i || !tok_is(&t[k - 1], ph->h[w]))
            return SIZE_MAX;
        k--;
    }
    return k;
}

/* Longest phrase of wl ending just before end; returns its start or SIZE_MAX. */
size_t list_back(const struct wordlist *wl, const struct token *t, size_t end, size_t floor_i,
                        size_t *which)
{
    size_t best = SIZE_MAX;
    /* the word before end must be some entry's last */
    if (end <= floor_i || t[end - 1].kind != TK_WORD || !(wl->last & (1ull << (t[end - 1].hash & 63))))
        return best;
    for (size_t i = 0; i < wl->n; i++) {
        /* (the last word first: most entries end in another) */
        if (wl->ph[i].n > 0 && wl->ph[i].h[wl->ph[i].n - 1] != t[end - 1].hash)
            continue;
        size_t st = match_back(t, end, floor_i, &wl->ph[i]);
        if (st != SIZE_MAX && (best == SIZE_MAX || st < best)) {
            best = st;
            if (which)
                *which = i;
        }
    }
    return best;
}

size_t list_fwd(const struct wordlist *wl, const struct token *t, size_t n, size_t i, size_t limit)
{
    size_t best = 0;
    /* the word at i must be some entry's first */
    if (i >= limit || i >= n || t[i].kind != TK_WORD || !(wl->first & (1ull << (t[i].hash & 63))))
        return best;
    for (size_t k = 0; k < wl->n; k++) {
        /* (the first word first: most entries open with another) */
        if (wl->ph[k].n > 0 && wl->ph[k].h[0] != t[i].hash)
            continue;
        size_t e = match_fwd(t, n, i, &wl->ph[k], limit);
        if (e > best)
            best = e;
    }
    return best;
}

bool phrases_in(const struct phrases *ps, const struct token *t, size_t n, size_t a, size_t b)
{
    uint64_t first = ps->first ? ps->first : ~0ull;
    for (size_t i = a; i < b; i++)
        if (t[i].kind == TK_WORD && (first & (1ull << (t[i].hash & 63))))
            for (size_t p = 0; p < ps->n; p++)
                if (ps->v[p].h[0] == t[i].hash && match_fwd(t, n, i, &ps->v[p], b))
                    return true;
    return false;
}

bool phrases_end_at(const struct phrases *ps, const struct token *t, size_t end, size_t floor_i)
{
    for (size_t p = 0; p < ps->n; p++)
        if (match_back(t, end, floor_i, &ps->v[p]) != SIZE_MAX)
            return true;
    return false;
}

bool phrases_in_list(const struct wordlist *wl, const struct token *t, size_t n, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i].kind == TK_WORD && (wl->first & (1ull << (t[i].hash & 63))))
            for (size_t k = 0; k < wl->n; k++)
                if (wl->ph[k].h[0] == t[i].hash && match_fwd(t, n, i, &wl->ph[k], b))
                    return true;
    return false;
}

bool in_list(const struct wordlist *wl, const struct token *tk)
{
    if (tk->kind != TK_WORD || !(wl->bloom & (1ull << (tk->hash & 63))))
        return false;
    size_t lo = 0, hi = wl->none;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (wl->one[mid] < tk->hash)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < wl->none && wl->one[lo] == tk->hash;
}
