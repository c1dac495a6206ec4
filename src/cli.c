/* cli.c — dispatch to subcommands; the only layer that picks exit codes
 * for the program as a whole. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "cmds.h"
#include "msg.h"

struct command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *summary;
};

static const struct command commands[] = {
    {"extract", cmd_extract, "find the numeric indicators in documents: facts CSV"},
    {"series", cmd_series, "consolidate facts CSVs into one series CSV per indicator"},
    {"show", cmd_show, "a series with flags and sources (and a sparkline on a terminal)"},
    {"compare", cmd_compare, "two years side by side: values, change, % change, CAGR"},
    {"growth", cmd_growth, "year-on-year growth, CAGR, log-linear trend with 95% CI, doubling time"},
    {"explain", cmd_explain, "the sentences behind a number"},
    {"plot", cmd_plot, "charts: PNG, PDF, SVG through cairo; gnuplot scripts"},
    {"score", cmd_score, "recall, precision and entity accuracy against an answer key"},
};

static void usage(FILE *out)
{
    fputs("usage: cnstat COMMAND [OPTIONS] [ARGS]\n\ncommands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\n'cnstat COMMAND --help' describes a command; 'cnstat --version' prints the version.\n", out);
}

int cli_run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return CNS_EUSAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("cnstat %s\n", CNSTAT_VERSION);
        return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0) {
            int rc = commands[i].fn(argc - 1, argv + 1);
            if (fflush(stdout) != 0 || ferror(stdout)) {
                warnf("write error on standard output");
                if (rc == 0)
                    rc = 1;
            }
            return rc;
        }
    warnf("unknown command '%s'", cmd);
    fputs("Try 'cnstat --help'.\n", stderr);
    return CNS_EUSAGE;
}
