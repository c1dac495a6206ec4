/* suites.h — every Check suite of the unit-test binary, one per module. */
#ifndef CNS_SUITES_H
#define CNS_SUITES_H

#include <check.h>

Suite *num_suite(void);
Suite *scan_suite(void);
Suite *rules_suite(void);
Suite *period_suite(void);
Suite *extract_suite(void);
Suite *csvio_suite(void);
Suite *score_suite(void);
Suite *series_suite(void);
Suite *stats_suite(void);
Suite *format_suite(void);
Suite *chart_suite(void);
Suite *gnuplot_suite(void);
Suite *pngenc_suite(void);
Suite *zh_suite(void);

#endif
