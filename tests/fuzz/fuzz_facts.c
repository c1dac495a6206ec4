/* fuzz_facts.c — libFuzzer target: any bytes as a facts CSV, read and
 * consolidated into series as `cnstat series` does.  A crash, a sanitizer
 * report or a hang is a bug (`make fuzz FUZZ_TARGET=facts`). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "series.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/cnstat-fuzz-facts.%ld.csv", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    struct factset fs;
    factset_init(&fs);
    struct cns_err e;
    cns_err_init(&e);
    if (factset_load(&fs, path, &e) == CNS_OK) {
        struct store s;
        store_init(&s);
        series_consolidate(&fs, &s);
        store_fini(&s);
    }
    factset_fini(&fs);
    return 0;
}
