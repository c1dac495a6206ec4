/* pngenc.c — an opaque ARGB32 image → an RGB PNG file.
 *
 * Encoding is what a chart costs most: zlib, even at its fastest level,
 * takes several times longer to deflate an 800×500 chart than cairo takes
 * to draw it.  ISA-L's igzip deflates the same pixels ten to twenty times
 * faster and writes the zlib wrapper and its Adler-32 itself.  Its level
 * 0, not 1: on this project's machines igzip's levels 1 and 2 gave other
 * (valid) bytes for the same pixels in about one process in a hundred,
 * depending on where address-space randomisation put things (never with
 * it turned off), and a chart must be the same bytes every time; level 0
 * was the same in thousands of runs, for files about 30% larger than
 * zlib's level 1 (still a few tens of KB a chart).  The image data (each
 * row: PNG filter byte 0, then R G B) is fed to it a strip of rows at a
 * time, from a small buffer; libpng writes the chunks around the stream. */
#include "pngenc.h"

#include <isa-l/igzip_lib.h>
#include <png.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { STRIP_BYTES = 65536 };

/* Image data of rows [r0, r1) into raw: filter byte 0, then R G B.  Each
 * pixel is stored as one 32-bit word whose fourth byte the next pixel (or
 * the next row's filter byte) overwrites: raw needs 4 bytes to spare. */
static void rows_rgb_c(const unsigned char *pixels, int w, int stride, int r0, int r1, unsigned char *raw)
{
    for (int y = r0; y < r1; y++) {
        const uint32_t *px = (const uint32_t *)(pixels + (size_t)y * (size_t)stride);
        *raw++ = 0;
        for (int x = 0; x < w; x++) {
            uint32_t v = px[x]; /* 0xAARRGGBB */
            unsigned char rgbx[4] = {(unsigned char)(v >> 16), (unsigned char)(v >> 8), (unsigned char)v, 0};
            memcpy(raw, rgbx, 4);
            raw += 3;
        }
    }
}

static _Atomic bool simd = true;

void pngenc_set_simd(bool on)
{
    simd = on;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

/* The same with SSSE3: one byte shuffle turns four pixels (B G R A in
 * memory) into twelve bytes R G B; the 16-byte store overruns by four,
 * which the next store (or the spare bytes) takes.  Half the cost of the
 * encoder was this loop. */
__attribute__((target("ssse3"))) static void rows_rgb_ssse3(const unsigned char *pixels, int w, int stride, int r0,
                                                             int r1, unsigned char *raw)
{
    const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    for (int y = r0; y < r1; y++) {
        const unsigned char *px = pixels + (size_t)y * (size_t)stride;
        *raw++ = 0;
        int x = 0;
        for (; x + 4 <= w; x += 4) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(px + 4 * (size_t)x));
            _mm_storeu_si128((__m128i *)(void *)raw, _mm_shuffle_epi8(v, order));
            raw += 12;
        }
        for (; x < w; x++) {
            uint32_t v;
            memcpy(&v, px + 4 * (size_t)x, 4);
            unsigned char rgbx[4] = {(unsigned char)(v >> 16), (unsigned char)(v >> 8), (unsigned char)v, 0};
            memcpy(raw, rgbx, 4);
            raw += 3;
        }
    }
}

static void rows_rgb(const unsigned char *pixels, int w, int stride, int r0, int r1, unsigned char *raw)
{
    if (simd && __builtin_cpu_supports("ssse3"))
        rows_rgb_ssse3(pixels, w, stride, r0, r1, raw);
    else
        rows_rgb_c(pixels, w, stride, r0, r1, raw);
}
#else
#define rows_rgb rows_rgb_c
#endif

/* The zlib stream of the image data; NULL if memory runs out. */
static unsigned char *deflate_image(const unsigned char *pixels, int w, int h, int stride, size_t *len)
{
    size_t rs = (size_t)w * 3 + 1;
    int strip_rows = STRIP_BYTES / rs > 0 ? (int)(STRIP_BYTES / rs) : 1;
    unsigned char *strip = malloc((size_t)strip_rows * rs + 16);
    size_t cap = 65536, n = 0;
    unsigned char *out = malloc(cap);
    bool ok = strip && out;
    struct isal_zstream z;
    isal_deflate_init(&z);
    z.level = 0; /* see above: level 0 needs no level buffer */
    z.gzip_flag = IGZIP_ZLIB;
    z.flush = NO_FLUSH;
    for (int y = 0; ok && y < h;) {
        int k = h - y < strip_rows ? h - y : strip_rows;
        rows_rgb(pixels, w, stride, y, y + k, strip);
        y += k;
        z.next_in = strip;
        z.avail_in = (uint32_t)((size_t)k * rs);
        z.end_of_stream = y == h;
        do {
            if (n == cap) {
                unsigned char *bigger = realloc(out, 2 * cap);
                if (!bigger) {
                    ok = false;
                    break;
                }
                out = bigger;
                cap *= 2;
            }
            z.next_out = out + n;
            z.avail_out = (uint32_t)(cap - n);
            if (isal_deflate(&z) != COMP_OK)
                ok = false;
            n = cap - z.avail_out;
        } while (ok && (z.avail_in > 0 || (z.end_of_stream && z.internal_state.state != ZSTATE_END)));
    }
    free(strip);
    if (!ok) {
        free(out);
        return NULL;
    }
    *len = n;
    return out;
}

struct sink {
    FILE *f;
    bool bad;
};

static void write_fn(png_structp png, png_bytep data, png_size_t len)
{
    struct sink *s = png_get_io_ptr(png);
    if (fwrite(data, 1, len, s->f) != len)
        s->bad = true;
}

static void flush_fn(png_structp png)
{
    (void)png;
}

/* The PNG file around the zlib stream zs: signature, IHDR, IDAT, IEND. */
static bool write_chunks(FILE *f, int w, int h, const unsigned char *zs, size_t zlen)
{
    struct sink sink = {f, false};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!png || !info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &sink, write_fn, flush_fn);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    png_write_chunk(png, (png_const_bytep) "IDAT", zs, zlen);
    png_write_chunk(png, (png_const_bytep) "IEND", NULL, 0);
    png_destroy_write_struct(&png, &info);
    return !sink.bad;
}

bool pngenc_write(FILE *f, const unsigned char *pixels, int w, int h, int stride)
{
    size_t zlen = 0;
    unsigned char *zs = deflate_image(pixels, w, h, stride, &zlen);
    if (!zs)
        return false;
    bool ok = write_chunks(f, w, h, zs, zlen);
    free(zs);
    return ok;
}
