/* chart_fonts.h — the fonts charts are drawn with (see chart_fonts.c): a
 * small in-memory fontconfig configuration when the chart's families can be
 * found in cached font directories, else the system's; fixed rendering
 * options.  Used by the cairo backend only. */
#ifndef CNS_CHART_FONTS_H
#define CNS_CHART_FONTS_H

#include <pango/pangocairo.h>
#include <stdbool.h>

/* Set up Pango's default font map for family (a Pango family list, e.g.
 * "DejaVu Sans, Noto Sans CJK SC"); later calls do nothing. */
void chart_fonts_init(const char *family);

/* Give a Pango context the fixed rendering options. */
void chart_fonts_context(PangoContext *ctx);

#endif
