/* pngcheck.c — print "WIDTH HEIGHT INKED" for a PNG: its size in pixels and
 * how many pixels are not white (a blank chart has none).  Exit 1 if the
 * file is not a readable PNG. */
#include <png.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    png_image img = {0};
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&img, argv[1])) {
        fprintf(stderr, "pngcheck: %s: %s\n", argv[1], img.message);
        return 1;
    }
    img.format = PNG_FORMAT_RGB;
    png_bytep buf = malloc(PNG_IMAGE_SIZE(img));
    if (!buf || !png_image_finish_read(&img, NULL, buf, 0, NULL)) {
        fprintf(stderr, "pngcheck: %s: %s\n", argv[1], img.message);
        return 1;
    }
    unsigned long inked = 0;
    for (size_t i = 0; i < (size_t)img.width * img.height; i++)
        if (buf[3 * i] < 250 || buf[3 * i + 1] < 250 || buf[3 * i + 2] < 250)
            inked++;
    printf("%u %u %lu\n", img.width, img.height, inked);
    free(buf);
    return 0;
}
