/* cmd_series.c — cnstat series [-o DIR] [--overrides FILE] [--manual DIR]
 * FACTS.csv...: curate and consolidate facts into one CSV per indicator. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "msg.h"
#include "series.h"
#include "util.h"

static void series_usage(FILE *out)
{
    fputs("usage: cnstat series [-o DIR] [--overrides FILE] [--manual DIR] [--no-curation] FACTS.csv...\n"
          "Merge facts CSVs (from one or many extraction runs) into consolidated series,\n"
          "one CSV per indicator: repeated mentions merged, conflicts and outliers\n"
          "flagged, curation applied.\n\n"
          "  -o, --output DIR       where to write <indicator>.csv (default data/series)\n"
          "      --overrides FILE   drop or correct facts (default data/overrides.csv, if present)\n"
          "      --manual DIR       add the facts of DIR/*.csv (default data/manual, if present)\n"
          "      --no-curation      ignore overrides and manual facts\n"
          "  -h, --help             this help\n",
          out);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.csv files of dir, sorted; a missing dir is none. */
static char **manual_files(const char *dir, size_t *n)
{
    *n = 0;
    DIR *dh = opendir(dir);
    if (!dh)
        return NULL;
    char **v = NULL;
    struct dirent *de;
    while ((de = readdir(dh))) {
        size_t len = strlen(de->d_name);
        if (len > 4 && strcmp(de->d_name + len - 4, ".csv") == 0 && de->d_name[0] != '.') {
            struct buf p;
            buf_init(&p);
            buf_printf(&p, "%s/%s", dir, de->d_name);
            v = xrealloc(v, (*n + 1) * sizeof *v);
            v[(*n)++] = p.p;
        }
    }
    closedir(dh);
    qsort(v, *n, sizeof *v, name_cmp);
    return v;
}

int cmd_series(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"overrides", required_argument, NULL, 'O'},
        {"manual", required_argument, NULL, 'M'}, {"no-curation", no_argument, NULL, 'N'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    const char *dir = "data/series", *overrides = "data/overrides.csv", *manual = "data/manual";
    bool explicit_overrides = false, curation = true;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': dir = optarg; break;
        case 'O': overrides = optarg; explicit_overrides = true; break;
        case 'M': manual = optarg; break;
        case 'N': curation = false; break;
        case 'h': series_usage(stdout); return 0;
        default:
            warnf("series: bad option '%s'", argv[optind - 1]);
            fputs("Try 'cnstat series --help'.\n", stderr);
            return CNS_EUSAGE;
        }
    }
    if (optind >= argc) {
        warnf("series: no facts files given");
        fputs("Try 'cnstat series --help'.\n", stderr);
        return CNS_EUSAGE;
    }
    struct cns_err e;
    cns_err_init(&e);
    struct factset fs;
    factset_init(&fs);
    struct store st;
    store_init(&st);
    enum cns_rc rc = CNS_OK;
    for (int i = optind; i < argc && rc == CNS_OK; i++)
        rc = factset_load(&fs, argv[i], &e);
    if (rc == CNS_OK && curation)
        rc = factset_override(&fs, overrides, !explicit_overrides, &e);
    if (rc == CNS_OK && curation) {
        size_t n;
        char **files = manual_files(manual, &n);
        for (size_t i = 0; i < n; i++) {
            if (rc == CNS_OK)
                rc = factset_manual(&fs, files[i], &e);
            free(files[i]);
        }
        free(files);
    }
    if (rc == CNS_OK) {
        series_consolidate(&fs, &st);
        rc = series_write_dir(&st, dir, &e);
    }
    if (rc != CNS_OK)
        cns_err_print(&e);
    store_fini(&st);
    factset_fini(&fs);
    return rc;
}
