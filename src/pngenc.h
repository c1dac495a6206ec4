/* pngenc.h — an opaque ARGB32 image (cairo's pixels) → an RGB PNG file,
 * deflated fast (see pngenc.c). */
#ifndef CNS_PNGENC_H
#define CNS_PNGENC_H

#include <stdbool.h>
#include <stdio.h>

/* Write the w×h image (rows `stride` bytes apart, 32-bit words 0xAARRGGBB,
 * alpha ignored) to f as a PNG.  False on an encoding or write error. */
bool pngenc_write(FILE *f, const unsigned char *pixels, int w, int h, int stride);

/* Whether the vector path (SSSE3, where the CPU has it) may convert pixels;
 * on by default.  The tests turn it off to check the plain C path gives
 * the same bytes. */
void pngenc_set_simd(bool on);

#endif
