/* check_pngenc.c — the PNG encoder: what libpng reads back is, pixel for
 * pixel, what was encoded, for flat and incompressible images, one pixel,
 * and images of several strips; the same image gives the same bytes. */
#include <check.h>
#include <png.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pngenc.h"
#include "suites.h"

/* An ARGB32 image, 4-byte words 0xAARRGGBB, stride w*4 + pad bytes. */
struct img {
    int w, h, stride;
    unsigned char *px;
};

static struct img make(int w, int h, int pad, uint32_t (*fill)(int x, int y))
{
    struct img m = {w, h, w * 4 + pad, NULL};
    m.px = calloc((size_t)m.stride * (size_t)h, 1);
    ck_assert_ptr_nonnull(m.px);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint32_t v = 0xFF000000u | fill(x, y);
            memcpy(m.px + (size_t)y * (size_t)m.stride + 4 * (size_t)x, &v, 4);
        }
    return m;
}

/* Encode m into memory. */
static unsigned char *encode(const struct img *m, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    ck_assert_ptr_nonnull(f);
    ck_assert(pngenc_write(f, m->px, m->w, m->h, m->stride));
    ck_assert_int_eq(fclose(f), 0);
    return (unsigned char *)buf;
}

/* Decode with libpng and compare every pixel with m. */
static void decodes_to(const unsigned char *png, size_t len, const struct img *m)
{
    png_image im;
    memset(&im, 0, sizeof im);
    im.version = PNG_IMAGE_VERSION;
    ck_assert_msg(png_image_begin_read_from_memory(&im, png, len), "libpng: %s", im.message);
    ck_assert_uint_eq(im.width, (unsigned)m->w);
    ck_assert_uint_eq(im.height, (unsigned)m->h);
    im.format = PNG_FORMAT_RGB;
    unsigned char *rgb = malloc(PNG_IMAGE_SIZE(im));
    ck_assert_msg(png_image_finish_read(&im, NULL, rgb, 0, NULL), "libpng: %s", im.message);
    for (int y = 0; y < m->h; y++)
        for (int x = 0; x < m->w; x++) {
            uint32_t v;
            memcpy(&v, m->px + (size_t)y * (size_t)m->stride + 4 * (size_t)x, 4);
            const unsigned char *p = rgb + 3 * ((size_t)y * (size_t)m->w + (size_t)x);
            ck_assert_msg(p[0] == ((v >> 16) & 0xFF) && p[1] == ((v >> 8) & 0xFF) && p[2] == (v & 0xFF),
                          "pixel %d,%d: %02x%02x%02x, not %06x", x, y, p[0], p[1], p[2], (unsigned)(v & 0xFFFFFF));
        }
    free(rgb);
}

static uint32_t flat(int x, int y)
{
    return (x / 50 + y / 40) % 2 ? 0xFFFFFF : 0x0072B2;
}

static uint32_t gradient(int x, int y)
{
    return (uint32_t)((x * 7) & 0xFF) << 16 | (uint32_t)((y * 3) & 0xFF) << 8 | (uint32_t)((x + y) & 0xFF);
}

static uint32_t noise(int x, int y)
{
    uint32_t h = (uint32_t)x * 2654435761u ^ (uint32_t)y * 2246822519u;
    h ^= h >> 15;
    h *= 2654435761u;
    return h & 0xFFFFFF;
}

START_TEST(round_trip)
{
    static const struct {
        int w, h, pad;
        uint32_t (*fill)(int, int);
    } cases[] = {
        {1, 1, 0, flat},         /* one pixel */
        {907, 567, 0, flat},     /* a chart's size: many strips, mostly flat */
        {37, 23, 12, gradient},  /* rows with padding between them */
        {640, 400, 0, noise},    /* incompressible: the output buffer grows */
        {30000, 3, 0, gradient}, /* a row longer than a strip */
        {2, 5, 0, noise},        /* widths that leave 1, 2, 3 pixels after */
        {7, 5, 4, noise},        /* the groups of four the vector path takes */
        {9, 3, 0, gradient},
        {4, 4, 0, noise},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct img m = make(cases[i].w, cases[i].h, cases[i].pad, cases[i].fill);
        size_t len;
        unsigned char *png = encode(&m, &len);
        decodes_to(png, len, &m);
        free(png);
        free(m.px);
    }
}
END_TEST

START_TEST(small_and_deterministic)
{
    struct img m = make(907, 567, 0, flat);
    size_t a_len, b_len;
    unsigned char *a = encode(&m, &a_len), *b = encode(&m, &b_len);
    ck_assert_uint_eq(a_len, b_len);
    ck_assert(memcmp(a, b, a_len) == 0);
    /* flat colour compresses: to under 1/20 of the 1.5 MB of image data */
    ck_assert_msg(a_len < (907 * 3 + 1) * 567 / 20, "%zu bytes", a_len);
    free(a);
    free(b);
    free(m.px);
}
END_TEST

/* The plain C path and the vector path write the same bytes. */
START_TEST(simd_same_bytes)
{
    static const int widths[] = {1, 3, 4, 5, 6, 7, 907};
    for (size_t i = 0; i < sizeof widths / sizeof *widths; i++) {
        struct img m = make(widths[i], 9, 8, noise);
        size_t a_len, b_len;
        pngenc_set_simd(false);
        unsigned char *a = encode(&m, &a_len);
        decodes_to(a, a_len, &m);
        pngenc_set_simd(true);
        unsigned char *b = encode(&m, &b_len);
        ck_assert_uint_eq(a_len, b_len);
        ck_assert_msg(memcmp(a, b, a_len) == 0, "width %d", widths[i]);
        free(a);
        free(b);
        free(m.px);
    }
}
END_TEST

START_TEST(write_error)
{
    struct img m = make(64, 64, 0, noise);
    FILE *f = fopen("/dev/full", "wb");
    if (!f) {
        free(m.px);
        return; /* no /dev/full here */
    }
    setvbuf(f, NULL, _IONBF, 0);
    ck_assert(!pngenc_write(f, m.px, m.w, m.h, m.stride));
    fclose(f);
    free(m.px);
}
END_TEST

Suite *pngenc_suite(void)
{
    Suite *s = suite_create("pngenc");
    TCase *c = tcase_create("encode");
    tcase_set_timeout(c, 30);
    tcase_add_test(c, round_trip);
    tcase_add_test(c, small_and_deterministic);
    tcase_add_test(c, simd_same_bytes);
    tcase_add_test(c, write_error);
    suite_add_tcase(s, c);
    return s;
}
