/* cmd_extract.c — cnstat extract [-r RULES] [-o FILE] FILE...|-
 * Writes the facts CSV; with -o, to FILE.tmp renamed over FILE only when
 * every document was read, so a failed run leaves FILE as it was. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "extract.h"
#include "facts.h"
#include "msg.h"
#include "rules.h"
#include "util.h"

#define DEFAULT_RULES "data/indicators.rules"

static void extract_usage(FILE *out)
{
    fputs("usage: cnstat extract [-r RULES] [-o FILE] FILE...|-\n"
          "Read plain-text documents ('-': standard input) and write one CSV row\n"
          "for every numeric indicator they state, with the sentence behind it.\n\n"
          "  -r, --rules RULES  indicator definitions (default " DEFAULT_RULES ")\n"
          "  -o, --output FILE  write the CSV to FILE (default: standard output)\n"
          "  -h, --help         this help\n\n"
          "CNSTAT_JOBS=N sets how many threads extract (default: one per processor);\n"
          "the output is the same for any number.\n",
          out);
}

struct sink {
    FILE *out;
    const char *name;
    struct buf row;
    struct cns_err *e;
};

static int write_fact(void *ctx, const struct fact *f)
{
    struct sink *s = ctx;
    buf_clear(&s->row);
    fact_to_csv(f, &s->row);
    if (fwrite(s->row.p, 1, s->row.len, s->out) != s->row.len) {
        cns_fail(s->e, CNS_EDATA, s->name, 0, "write error: %s", strerror(errno));
        return 1;
    }
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"rules", required_argument, NULL, 'r'},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *rules_path = DEFAULT_RULES, *out_path = NULL;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "r:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'r':
            rules_path = optarg;
            break;
        case 'o':
            out_path = optarg;
            break;
        case 'h':
            extract_usage(stdout);
            return 0;
        default:
            if (optopt && optopt != '?')
                warnf("extract: option '-%c' %s", optopt,
                      strchr("ro", optopt) ? "needs an argument" : "is unknown");
            else
                warnf("extract: unknown option '%s'", argv[optind - 1]);
            fputs("Try 'cnstat extract --help'.\n", stderr);
            return CNS_EUSAGE;
        }
    }
    if (optind >= argc) {
        warnf("extract: no input files (use '-' for standard input)");
        fputs("Try 'cnstat extract --help'.\n", stderr);
        return CNS_EUSAGE;
    }

    struct cns_err e;
    cns_err_init(&e);
    struct rules *r = rules_load(rules_path, &e);
    if (!r) {
        cns_err_print(&e);
        return e.rc;
    }

    struct buf tmp;
    buf_init(&tmp);
    FILE *out = stdout;
    /* /dev/null, a FIFO: written in place, never replaced; through a
     * symbolic link, the file it points to */
    bool direct = false;
    char *target = out_path ? path_output(out_path, &direct) : NULL;
    if (out_path) {
        if (direct)
            buf_adds(&tmp, target);
        else
            buf_printf(&tmp, "%s.tmp.%ld", target, (long)getpid());
        out = fopen(tmp.p, "wb");
        if (!out) {
            cns_fail(&e, CNS_EDATA, out_path, 0, "cannot write: %s", strerror(errno));
            cns_err_print(&e);
            rules_free(r);
            buf_fini(&tmp);
            free(target);
            return e.rc;
        }
    }
    struct sink s = {out, out_path ? out_path : "<stdout>", {0}, &e};
    buf_init(&s.row);
    fprintf(out, "%s\n", FACTS_HEADER);
    enum cns_rc rc = CNS_OK;
    struct extractor *x = extractor_new(r, extractor_jobs(), write_fact, &s, &e);
    for (int i = optind; i < argc && rc == CNS_OK; i++)
        rc = extractor_doc(x, argv[i]);
    if (rc == CNS_OK)
        rc = extractor_finish(x);
    extractor_free(x);
    if (rc == CNS_OK && (fflush(out) != 0 || ferror(out)))
        rc = cns_fail(&e, CNS_EDATA, s.name, 0, "write error: %s", strerror(errno));
    if (out_path) {
        if (fclose(out) != 0 && rc == CNS_OK)
            rc = cns_fail(&e, CNS_EDATA, out_path, 0, "write error: %s", strerror(errno));
        if (rc == CNS_OK && !direct && rename(tmp.p, target) != 0)
            rc = cns_fail(&e, CNS_EDATA, out_path, 0, "cannot rename: %s", strerror(errno));
        if (rc != CNS_OK && !direct)
            remove(tmp.p);
    }
    if (rc != CNS_OK)
        cns_err_print(&e);
    buf_fini(&s.row);
    buf_fini(&tmp);
    free(target);
    rules_free(r);
    return rc;
}
