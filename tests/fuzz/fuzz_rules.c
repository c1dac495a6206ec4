/* fuzz_rules.c — libFuzzer target: any bytes as a rules file; when they
 * parse, the rules are run over a few sentences of every kind of figure.
 * A crash, a sanitizer report or a hang is a bug (`make fuzz
 * FUZZ_TARGET=rules`). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "rules.h"

static const char text[] =
    "History>>2011\n\nApril 12\n\n"
    "By the end of 2011, China had 513 million Internet users, an increase of 55.8 million, up 12.2 percent.\n\n"
    "Alibaba paid $1.1 billion for a 20% stake in Youku Tudou in 2016, valuing it at $4.8 billion.\n\n"
    "Yu'e Bao managed more than 400 billion yuan (€47 billion) as of March 31, 2014, with 81 million customers.\n\n"
    "Between 2.5 million and 3 million websites; 3G base stations reached 814,000 and 1.2 million, respectively.\n";

static int sink(void *ctx, const struct fact *f)
{
    (void)f;
    ++*(size_t *)ctx;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct cns_err e;
    cns_err_init(&e);
    struct rules *r = rules_parse("fuzz.rules", (const char *)data, size, &e);
    if (!r)
        return 0;
    size_t n = 0;
    cns_err_init(&e);
    extract_text(r, "t.txt", text, sizeof text - 1, sink, &n, &e);
    rules_free(r);
    return 0;
}
