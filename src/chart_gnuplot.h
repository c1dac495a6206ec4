/* chart_gnuplot.h — the gnuplot backend: a laid-out chart (chart_layout)
 * written as one self-contained, editable gnuplot script, and a runner that
 * renders such a script with the external gnuplot program.
 *
 * The script sets its own terminal (pngcairo or pdfcairo, from the output
 * name's suffix) and output, carries its data inline as datablocks, and
 * reproduces the model's page size, plot areas, ranges, ticks and labels,
 * palette, line widths and markers.  Fonts, line widths and marker sizes
 * are written in points; for PNG the terminal's fontscale, linewidth and
 * pointscale turn points into pixels at the chosen dpi.
 *
 * Safety: every string from a document or a user goes through
 * chart_gnuplot_quote(), so no text can end a gnuplot string, run a
 * command (gnuplot runs `...` inside double quotes) or act as enhanced-text
 * markup (every text element is noenhanced).
 *
 * Ownership: parameters are borrowed; nothing is kept after a call. */
#ifndef CNS_CHART_GNUPLOT_H
#define CNS_CHART_GNUPLOT_H

#include <stdbool.h>
#include <stdio.h>

#include "chart.h"
#include "msg.h"
#include "util.h"

/* PNG resolution when the caller gives none: 2x of 72 dpi, crisp on
 * screens (a 400x250 pt chart becomes 800x500 pixels). */
#define CHART_GNUPLOT_DPI 144.0

/* Write the script for c (laid out by chart_layout) to out.  output names
 * the file gnuplot will write: ".pdf" (any case) selects pdfcairo at the
 * page size rounded to whole points (pdfcairo cannot do fractions of a
 * point), anything else pngcairo at lround(width * dpi / 72) x
 * lround(height * dpi / 72) pixels; dpi <= 0 means CHART_GNUPLOT_DPI.  The
 * name goes into `set output` as given (a relative name is relative to
 * where gnuplot runs; one starting with a character gnuplot treats
 * specially, such as "|cmd" or "~", gets "./" in front so that it stays a
 * plain file name); a name that cannot be written exactly (empty,
 * control characters, backquotes, invalid UTF-8) is refused.  Texts use
 * the first family of style.font (gnuplot takes no font list; fontconfig
 * still falls back per glyph), "Noto Sans CJK SC" when there is none.
 * The script is built in memory and written at once: on error nothing is
 * written.  Returns CNS_OK; CNS_EUSAGE for a bad output name or a chart
 * without a page size; CNS_EDATA for an axis without a valid range (a
 * forced log scale over values <= 0) or a write error. */
enum cns_rc chart_gnuplot_write(const struct chart *c, const char *output, double dpi, FILE *out,
                                struct cns_err *e);

/* Run `gnuplot -d script_path` (no shell, stdin from /dev/null, no init
 * files; a path like "<cmd" or "-x" gets "./" in front) and wait.
 * Fails with "gnuplot not found: install gnuplot-nox, or open the .gp
 * file yourself" when there is no gnuplot on PATH, or with gnuplot's exit
 * status and the first line of its error output. */
enum cns_rc chart_gnuplot_render(const char *script_path, struct cns_err *e);

/* The same, also handing back everything gnuplot wrote to stderr (its
 * warnings, even when it succeeds) in diag, if diag is not NULL. */
enum cns_rc chart_gnuplot_run(const char *script_path, struct buf *diag, struct cns_err *e);

/* Append s to b as a gnuplot double-quoted string literal, quotes
 * included.  Backslash and double quote are escaped; a backquote becomes
 * U+2018 (gnuplot substitutes `command` output even inside double quotes,
 * so the script never contains a backquote); line breaks, tabs and other
 * control characters (C0, DEL, C1) become one space per run; invalid UTF-8
 * bytes become U+FFFD.  format: also double '%' (for texts gnuplot reads
 * as printf formats: tick labels).  Returns true if s was kept exactly
 * (nothing replaced). */
bool chart_gnuplot_quote(struct buf *b, const char *s, bool format);

#endif
