/* facts.c — facts and their CSV rows. */
#include "facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "num.h"

const char *const FACTS_HEADER =
    "indicator,entity,period,value,unit,qualifier,kind,file,line,quote,note";

static const char *const qnames[] = {
    [Q_EXACT] = "exact",   [Q_MORE_THAN] = "more_than", [Q_AT_LEAST] = "at_least",
    [Q_NEARLY] = "nearly", [Q_ABOUT] = "about",         [Q_LESS_THAN] = "less_than",
};

const char *qualifier_name(enum qualifier q)
{
    return (unsigned)q < sizeof qnames / sizeof *qnames ? qnames[q] : "exact";
}

bool qualifier_parse(const char *s, enum qualifier *q)
{
    for (size_t i = 0; i < sizeof qnames / sizeof *qnames; i++)
        if (strcmp(s, qnames[i]) == 0) {
            *q = (enum qualifier)i;
            return true;
        }
    return false;
}

void fact_fini(struct fact *f)
{
    free(f->indicator);
    free(f->entity);
    free(f->period);
    free(f->unit);
    free(f->file);
    free(f->quote);
    free(f->note);
    memset(f, 0, sizeof *f);
}

void fact_to_csv(const struct fact *f, struct buf *b)
{
    char val[NUM_FMT_MAX], line[32];
    num_fmt(f->value, val);
    snprintf(line, sizeof line, "%ld", f->line);
    const char *cols[] = {
        f->indicator, f->entity, f->period, val, f->unit, qualifier_name(f->qualifier),
        f->derived ? "derived" : "observed", f->file, line, f->quote, f->note ? f->note : "",
    };
    csvio_row(b, sizeof cols / sizeof *cols, cols);
}
