/* chart_cairo.h — drawing a laid-out chart with cairo and Pango: one drawing
 * path for every format; PNG (encoded by pngenc.c), PDF and SVG surfaces.
 * With chart_fonts.c, the only module that includes cairo or Pango
 * headers. */
#ifndef CNS_CHART_CAIRO_H
#define CNS_CHART_CAIRO_H

#include "chart.h"
#include "msg.h"

/* Render c to path; the format comes from its suffix (.png .pdf .svg).
 * dpi applies to PNG.  The file is written to a temporary name and renamed
 * into place.  PDF dates come from SOURCE_DATE_EPOCH, else a fixed date. */
enum cns_rc chart_cairo_render(const struct chart *c, const char *path, double dpi, struct cns_err *e);

/* Set up the fonts c is drawn with, once a process.  Call it before
 * drawing from several threads (each thread then keeps Pango's font map of
 * its own; the fontconfig configuration is shared). */
void chart_cairo_init(const struct chart *c);
/* Free the text layouts the calling thread made (chart_cairo.c keeps them
 * for the charts it draws after). */
void chart_cairo_text_fini(void);
/* Unmaps the image buffers kept for reuse (after the last chart). */
void chart_cairo_pixmaps_fini(void);

/* A chart drawn and not yet written: drawing needs Pango, whose fonts each
 * thread loads for itself; finishing (encoding a PNG, finishing a PDF or SVG:
 * font subsets, compression) does not, and may happen in any thread. */
struct chart_drawn;
enum cns_rc chart_cairo_draw(const struct chart *c, const char *path, double dpi, struct chart_drawn **out,
                             struct cns_err *e);
/* Write the file (temporary name, then rename); frees d whatever happens. */
enum cns_rc chart_cairo_finish(struct chart_drawn *d, struct cns_err *e);

#endif
