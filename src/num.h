/* num.h — the only place numbers are parsed from or formatted to text.
 * Independent of the locale: '.' is the decimal point, no separators. */
#ifndef CNS_NUM_H
#define CNS_NUM_H

#include <stdbool.h>
#include <stddef.h>

/* Parse [+-]digits[.digits][e[+-]digits] spanning exactly p[0..len).
 * Writes *out and returns true only for a finite value. */
bool num_parse(const char *p, size_t len, double *out);

/* Parse a run of ASCII digits with optional ',' thousands groups and an
 * optional '.' fraction ("1,389,529", "81.37").  Returns true for a finite
 * value; *used gets the bytes consumed. */
bool num_parse_grouped(const char *p, size_t len, double *out, size_t *used);

/* Format v as the shortest of %.15g / %.17g that reads back exactly, as a
 * plain decimal (no exponent) when |v| < 1e21.  -0 prints as 0.  Returns
 * the length written; out must hold at least NUM_FMT_MAX bytes. */
#define NUM_FMT_MAX 64
size_t num_fmt(double v, char *out);

/* Is v a power of ten, min or more and at most 1e15 ("10,000", "100
 * million"): a scale a unit or a table states? */
bool num_power_of_ten(double v, double min);

#endif
