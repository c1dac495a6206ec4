/* jsonv.c — exit 0 if standard input is one valid JSON text, else 1. */
#include <stdio.h>
#include <stdlib.h>

#include "jsonv.h"

int main(void)
{
    size_t cap = 1 << 16, n = 0, k;
    char *buf = malloc(cap);
    if (!buf)
        return 2;
    while ((k = fread(buf + n, 1, cap - n, stdin)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                return 2;
            buf = nb;
        }
    }
    bool ok = json_valid(buf, n);
    free(buf);
    if (!ok)
        fputs("jsonv: not valid JSON\n", stderr);
    return ok ? 0 : 1;
}
