/* chart_fonts.c — the fonts charts are drawn with, set up once a process.
 *
 * Charts name their families ("DejaVu Sans, Noto Sans CJK SC").  Loading
 * the system's fontconfig configuration means parsing some forty XML files
 * and matching against every installed font, the largest fixed cost of a
 * chart.  Instead, a configuration is built in memory that holds only the
 * directories where those families live, read from fontconfig's own caches;
 * the system configuration is used whenever that does not work: the
 * directories are missing, their caches are absent or stale (fontconfig
 * would rescan the fonts, which is slow), the families are not in them, or
 * the user points fontconfig elsewhere (FONTCONFIG_FILE, FONTCONFIG_PATH).
 *
 * CNSTAT_FONT_DIRS (directories separated by ':') replaces the built-in
 * list; CNSTAT_FONT_DIRS=system always uses the system configuration.
 *
 * The rendering options are fixed (grey antialiasing, no hinting: at chart
 * resolutions outlines need none, and the autohinter costs time;
 * unhinted metrics) so that a chart is drawn the same whichever way the
 * configuration was found and whatever the user's desktop settings say. */
#include "chart_fonts.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Where Debian's fonts-dejavu-core and fonts-noto-cjk put the chart fonts. */
static const char default_dirs[] = "/usr/share/fonts/truetype/dejavu:/usr/share/fonts/opentype/noto";

static bool ready;
static cairo_font_options_t *options;

/* Are the fonts of dir described by a valid cache that cfg can read? */
static bool cached(FcConfig *cfg, const char *dir)
{
    FcCache *c = FcDirCacheLoad((const FcChar8 *)dir, cfg, NULL);
    if (!c)
        return false;
    FcDirCacheUnload(c);
    return true;
}

static bool has_family(FcConfig *cfg, const char *family)
{
    FcPattern *p = FcPatternCreate();
    FcPatternAddString(p, FC_FAMILY, (const FcChar8 *)family);
    FcObjectSet *os = FcObjectSetBuild(FC_FAMILY, (char *)NULL);
    FcFontSet *fs = FcFontList(cfg, p, os);
    bool yes = fs && fs->nfont > 0;
    if (fs)
        FcFontSetDestroy(fs);
    FcObjectSetDestroy(os);
    FcPatternDestroy(p);
    return yes;
}

/* The in-memory configuration, or NULL to use the system's. */
static FcConfig *minimal_config(const char *family)
{
    const char *dirs = getenv("CNSTAT_FONT_DIRS");
    if (dirs && strcmp(dirs, "system") == 0)
        return NULL;
    if (!dirs || !*dirs) {
        if (getenv("FONTCONFIG_FILE") || getenv("FONTCONFIG_PATH"))
            return NULL;
        dirs = default_dirs;
    }
    FcConfig *cfg = FcConfigCreate();
    if (!cfg)
        return NULL;
    /* the system's cache directory and the user's (fontconfig's defaults);
     * only the chart's families are kept: Pango sorts every font it has for
     * each new size and weight, and the CJK families of a directory are many
     * and large */
    struct buf x;
    buf_init(&x);
    buf_adds(&x, "<?xml version=\"1.0\"?>\n<fontconfig>"
                 "<cachedir>/var/cache/fontconfig</cachedir>"
                 "<cachedir prefix=\"xdg\">fontconfig</cachedir>"
                 "<selectfont><acceptfont>");
    for (const char *f = family; *f;) {
        f += strspn(f, ", ");
        size_t len = strcspn(f, ",");
        while (len && f[len - 1] == ' ')
            len--;
        if (len) {
            buf_adds(&x, "<pattern><patelt name=\"family\"><string>");
            for (size_t i = 0; i < len; i++) {
                if (f[i] == '<')
                    buf_adds(&x, "&lt;");
                else if (f[i] == '&')
                    buf_adds(&x, "&amp;");
                else
                    buf_addc(&x, f[i]);
            }
            buf_adds(&x, "</string></patelt></pattern>");
        }
        f += len;
        f += strcspn(f, ",");
    }
    buf_adds(&x, "</acceptfont><rejectfont><pattern></pattern></rejectfont></selectfont></fontconfig>\n");
    bool ok = FcConfigParseAndLoadFromMemory(cfg, (const FcChar8 *)x.p, FcFalse);
    buf_fini(&x);
    size_t n = 0;
    for (const char *d = dirs; *d && ok;) {
        size_t len = strcspn(d, ":");
        if (len) {
            char *dir = xstrndup(d, len);
            if (cached(cfg, dir)) {
                ok = FcConfigAppFontAddDir(cfg, (const FcChar8 *)dir);
                n += ok;
            }
            free(dir);
        }
        d += len;
        if (*d == ':')
            d++;
    }
    /* the first family of the chart's list must be there */
    char first[128];
    size_t fl = strcspn(family, ",");
    snprintf(first, sizeof first, "%.*s", (int)(fl < sizeof first ? fl : sizeof first - 1), family);
    if (!ok || n == 0 || !has_family(cfg, first)) {
        FcConfigDestroy(cfg);
        return NULL;
    }
    return cfg;
}

void chart_fonts_init(const char *family)
{
    if (ready)
        return;
    ready = true;
    FcConfig *cfg = minimal_config(family);
    /* made the process's current configuration too: Pango's font map
     * otherwise starts a thread that loads the system's (FcInit) */
    if (cfg && !FcConfigSetCurrent(cfg)) {
        FcConfigDestroy(cfg);
        cfg = NULL;
    }
    if (cfg) {
        PangoFontMap *fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
        if (fm) {
            pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fm), cfg);
            pango_cairo_font_map_set_default(PANGO_CAIRO_FONT_MAP(fm));
            g_object_unref(fm); /* the default holds it */
        }
        FcConfigDestroy(cfg); /* the font map and fontconfig hold their references */
    }
    options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
}

void chart_fonts_context(PangoContext *ctx)
{
    pango_cairo_context_set_font_options(ctx, options);
}
