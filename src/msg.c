/* msg.c — error records and diagnostics on stderr. */
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void cns_err_init(struct cns_err *e)
{
    memset(e, 0, sizeof *e);
}

enum cns_rc cns_fail(struct cns_err *e, enum cns_rc rc, const char *file,
                     long line, const char *fmt, ...)
{
    if (e->rc != CNS_OK)
        return e->rc;
    e->rc = rc;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    e->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return rc;
}

void cns_err_print(const struct cns_err *e)
{
    if (e->file[0] && e->line > 0)
        fprintf(stderr, "cnstat: %s:%ld: %s\n", e->file, e->line, e->msg);
    else if (e->file[0])
        fprintf(stderr, "cnstat: %s: %s\n", e->file, e->msg);
    else
        fprintf(stderr, "cnstat: %s\n", e->msg);
}

void warnf(const char *fmt, ...)
{
    va_list ap;
    fputs("cnstat: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
