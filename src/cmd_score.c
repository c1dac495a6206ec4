/* cmd_score.c — `cnstat score`: recall, precision and entity accuracy of a
 * facts CSV against an answer key, with optional bars for `make score`. */
#include "cmds.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "msg.h"
#include "num.h"
#include "score.h"

static void usage(FILE *f)
{
    fputs("Usage: cnstat score [OPTION]... KEY.csv FACTS.csv\n"
          "Score extracted facts against an answer key: recall of the core key\n"
          "rows, precision of the extracted rows, agreement of the entities.\n"
          "\n"
          "  --min-recall X      fail (exit 1) if recall is below X (0..1)\n"
          "  --min-precision X   fail if precision is below X\n"
          "  --min-entity X      fail if entity accuracy is below X\n"
          "  -h, --help          show this help and exit\n"
          "\n"
          "A row matches a key row with the same file, indicator, period and\n"
          "unit and a value within 0.5 %; each key row matches once, the\n"
          "nearest line first.  Either file may be '-' for stdin.\n",
          f);
}

__attribute__((format(printf, 1, 2))) static int bad_usage(const char *fmt, ...)
{
    va_list ap;
    fputs("cnstat: score: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'cnstat score --help' for more information.\n", stderr);
    return 2;
}

enum { OPT_RECALL = 256, OPT_PRECISION, OPT_ENTITY };

struct bar {
    const char *name;
    const char *text; /* the bar as given, NULL: none */
    double min;
};

/* Print a figure below its bar with as many digits as it takes for the
 * printed number to be below the bar too (0.96996 is not "0.97"). */
static void report_below(const struct bar *b, double v)
{
    char s[64];
    for (int prec = 4; prec <= 17; prec++) {
        snprintf(s, sizeof s, "%.*g", prec, v);
        double back;
        if (num_parse(s, strlen(s), &back) && back < b->min)
            break;
    }
    fprintf(stderr, "cnstat: score: %s %s is below %s\n", b->name, s, b->text);
}

int cmd_score(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"min-recall", required_argument, NULL, OPT_RECALL},
        {"min-precision", required_argument, NULL, OPT_PRECISION},
        {"min-entity", required_argument, NULL, OPT_ENTITY},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct bar bars[3] = {{"recall", NULL, 0}, {"precision", NULL, 0}, {"entity", NULL, 0}};
    int c;
    /* argv[0] is "score"; the top level may have run getopt already.
     * glibc re-initialises (including the argument order mode) only when
     * optind is 0, and then starts at argv[1]. */
#ifdef __GLIBC__
    optind = 0;
#else
    optind = 1;
#endif
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            usage(stdout);
            return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
        case OPT_RECALL:
        case OPT_PRECISION:
        case OPT_ENTITY: {
            struct bar *b = &bars[c - OPT_RECALL];
            double v;
            if (!num_parse(optarg, strlen(optarg), &v) || v < 0 || v > 1)
                return bad_usage("--min-%s: '%s' is not a number from 0 to 1", b->name,
                                 optarg);
            b->text = optarg;
            b->min = v;
            break;
        }
        case ':':
            return bad_usage("option '%s' needs a value", argv[optind - 1]);
        default: {
            const char *arg = argv[optind - 1];
            if (strncmp(arg, "--", 2) != 0 && optopt)
                return bad_usage("unknown option '-%c'", optopt);
            /* getopt_long accepts unique prefixes: say when one is not */
            size_t len = strcspn(arg + 2, "="), hits = 0;
            for (const struct option *o = longopts; o->name; o++)
                hits += strncmp(o->name, arg + 2, len) == 0;
            if (hits == 1 && arg[2 + len] == '=')
                return bad_usage("option '%.*s' takes no value", (int)(len + 2), arg);
            return bad_usage("%s option '%s'", hits > 1 ? "ambiguous" : "unrecognized", arg);
        }
        }
    }
    if (argc - optind != 2)
        return bad_usage("expected KEY.csv and FACTS.csv, got %d file%s", argc - optind,
                         argc - optind == 1 ? "" : "s");
    const char *key_path = argv[optind], *facts_path = argv[optind + 1];
    if (strcmp(key_path, "-") == 0 && strcmp(facts_path, "-") == 0)
        return bad_usage("only one of KEY.csv and FACTS.csv can be '-' (stdin)");

    struct cns_err e;
    cns_err_init(&e);
    struct score_set key, facts;
    score_set_init(&key);
    score_set_init(&facts);
    int status = 0;
    if (score_load_key(key_path, &key, &e) != CNS_OK ||
        score_load_facts(facts_path, &facts, &e) != CNS_OK) {
        cns_err_print(&e);
        status = 1;
    } else {
        struct score_result r;
        score_match(&key, &facts, &r);
        score_print(stdout, &key, &facts, &r);
        const double got[3] = {score_recall(&r.c), score_precision(&r.c), score_entity(&r.c)};
        if (fflush(stdout) != 0 || ferror(stdout)) {
            warnf("score: write error on stdout");
            status = 1;
        }
        for (int i = 0; i < 3; i++)
            if (bars[i].text && got[i] < bars[i].min) {
                report_below(&bars[i], got[i]);
                status = 1;
            }
        score_result_fini(&r);
    }
    score_set_fini(&key);
    score_set_fini(&facts);
    return status;
}
