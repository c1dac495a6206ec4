/* check_main.c — the one runner for all unit suites.
 * CK_RUN_SUITE=scan (Check's own variable) runs a single suite. */
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *sr = srunner_create(num_suite());
    srunner_add_suite(sr, scan_suite());
    srunner_add_suite(sr, rules_suite());
    srunner_add_suite(sr, period_suite());
    srunner_add_suite(sr, extract_suite());
    srunner_add_suite(sr, csvio_suite());
    srunner_add_suite(sr, score_suite());
    srunner_add_suite(sr, series_suite());
    srunner_add_suite(sr, stats_suite());
    srunner_add_suite(sr, format_suite());
    srunner_add_suite(sr, chart_suite());
    srunner_add_suite(sr, gnuplot_suite());
    srunner_add_suite(sr, pngenc_suite());
    srunner_add_suite(sr, zh_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
