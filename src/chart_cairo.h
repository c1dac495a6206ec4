/* chart_cairo.h — drawing a laid-out chart with cairo and Pango: one drawing
 * path for every format; PNG (encoded with libpng), PDF and SVG surfaces.
 * With chart_fonts.c, the only module that includes cairo, Pango or libpng
 * headers. */
#ifndef CNS_CHART_CAIRO_H
#define CNS_CHART_CAIRO_H

#include "chart.h"
#include "msg.h"

/* Render c to path; the format comes from its suffix (.png .pdf .svg).
 * dpi applies to PNG.  The file is written to a temporary name and renamed
 * into place.  PDF dates come from SOURCE_DATE_EPOCH, else a fixed date. */
enum cns_rc chart_cairo_render(const struct chart *c, const char *path, double dpi, struct cns_err *e);

/* Load the fonts c is drawn with (once a process), so that work done after
 * it, in this process or in processes forked from it, starts warm. */
void chart_cairo_prepare(const struct chart *c);

/* Render to PNG, timing drawing and encoding separately (seconds). */
enum cns_rc chart_cairo_png_timed(const struct chart *c, const char *path, double dpi, double *draw_s,
                                  double *encode_s, struct cns_err *e);

#endif
