/* fuzz_extract.c — libFuzzer target: any bytes, as a document, through the
 * extractor with the shipped rules; a crash, a sanitizer report or a hang
 * is a bug.  Built and run by `make fuzz` (clang, libFuzzer). */
#include <stdint.h>
#include <stdlib.h>

#include "extract.h"
#include "rules.h"

static struct rules *R;

static int sink(void *ctx, const struct fact *f)
{
    (void)f;
    ++*(size_t *)ctx;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!R) {
        struct cns_err e;
        cns_err_init(&e);
        R = rules_load(CNS_TOP "/data/indicators.rules", &e);
        if (!R)
            abort();
    }
    size_t n = 0;
    struct cns_err e;
    cns_err_init(&e);
    extract_text(R, "fuzz.txt", (const char *)data, size, sink, &n, &e);
    return 0;
}
