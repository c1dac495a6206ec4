/* csvio.c — RFC 4180 CSV reading (through libcsv) and writing.
 *
 * libcsv knows nothing about lines, so the reader feeds it one physical
 * line at a time (each piece ends just after a CR or LF, or at the end of
 * an fread chunk) and notes the line on which each row's first byte lies.
 * A row can only end on a terminator, i.e. on the last byte of a piece, so
 * "no row open and this piece holds a byte other than CR/LF" means a row
 * starts on this piece's line.  Spaces are data (RFC 4180): libcsv's
 * trimming of blanks around unquoted fields is switched off, so whatever
 * csvio_field writes reads back unchanged. */
#include "csvio.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct reader {
    csvio_row_fn fn;
    void *ctx;
    struct cns_err *e;
    const char *name; /* for messages */
    struct buf *fields; /* one reusable buffer per column */
    char **ptrs;
    size_t nfields, cap;
    long line;     /* line of the piece being parsed */
    long row_line; /* line where the open row started; 0: none open */
    int stop;      /* the callback asked to stop */
};

static void on_field(void *s, size_t len, void *data)
{
    struct reader *r = data;
    if (r->stop)
        return;
    if (r->nfields == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        r->fields = xrealloc(r->fields, cap * sizeof *r->fields);
        r->ptrs = xrealloc(r->ptrs, cap * sizeof *r->ptrs);
        for (size_t i = r->cap; i < cap; i++)
            buf_init(&r->fields[i]);
        r->cap = cap;
    }
    struct buf *b = &r->fields[r->nfields++];
    buf_clear(b);
    buf_add(b, s ? s : "", s ? len : 0); /* always allocates: never NULL */
}

static void on_row(int c, void *data)
{
    (void)c;
    struct reader *r = data;
    long line = r->row_line ? r->row_line : r->line;
    size_t n = r->nfields;
    r->nfields = 0;
    r->row_line = 0;
    if (r->stop)
        return;
    for (size_t i = 0; i < n; i++)
        r->ptrs[i] = r->fields[i].p;
    if (r->fn(r->ctx, line, n, r->ptrs) != 0) {
        r->stop = 1;
        if (r->e->rc == CNS_OK) /* the callback forgot to say why */
            cns_fail(r->e, CNS_EDATA, r->name, line, "stopped reading");
    }
}

static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

static int is_term(unsigned char c)
{
    return c == '\r' || c == '\n';
}

/* Feed one chunk, piece by piece (see the file comment).  Returns 0, or -1
 * after recording a parse error or a stop. */
static int feed(struct csv_parser *p, struct reader *r, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !is_term((unsigned char)s[j]))
            j++;
        bool content = j > i;
        if (j < n)
            j++; /* include the terminator */
        if (content && r->row_line == 0)
            r->row_line = r->line;
        size_t got = csv_parse(p, s + i, j - i, on_field, on_row, r);
        if (r->stop)
            return -1;
        if (got != j - i) {
            /* a piece holds at most one LF, at its end: the bad byte is on
             * this piece's line */
            cns_fail(r->e, CNS_EDATA, r->name, r->line, "malformed CSV: %s",
                     csv_strerror(csv_error(p)));
            return -1;
        }
        if (s[j - 1] == '\n')
            r->line++;
        i = j;
    }
    return 0;
}

static enum cns_rc read_stream(FILE *f, struct reader *r)
{
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return cns_fail(r->e, CNS_EDATA, r->name, 0, "cannot set up the CSV parser");
    csv_set_space_func(&p, no_space);
    csv_set_term_func(&p, is_term);
    char chunk[65536];
    int bad = 0;
    size_t n;
    while (!bad && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        bad = feed(&p, r, chunk, n);
    if (!bad && ferror(f)) {
        cns_fail(r->e, CNS_EDATA, r->name, 0, "%s", strerror(errno));
        bad = 1;
    }
    if (!bad) {
        /* delivers a last row without a final newline */
        if (csv_fini(&p, on_field, on_row, r) != 0)
            cns_fail(r->e, CNS_EDATA, r->name, r->row_line ? r->row_line : r->line,
                     "unterminated quoted field: %s", csv_strerror(csv_error(&p)));
    }
    csv_free(&p);
    return r->e->rc;
}

enum cns_rc csvio_read(const char *path, csvio_row_fn fn, void *ctx, struct cns_err *e)
{
    bool is_stdin = strcmp(path, "-") == 0;
    struct reader r = {.fn = fn, .ctx = ctx, .e = e, .line = 1};
    r.name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return cns_fail(e, CNS_EDATA, r.name, 0, "%s", strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            fclose(f);
        return cns_fail(e, CNS_EDATA, r.name, 0, "%s", strerror(EISDIR));
    }
    enum cns_rc rc = read_stream(f, &r);
    if (!is_stdin)
        fclose(f); /* read-only: nothing to lose */
    for (size_t i = 0; i < r.cap; i++)
        buf_fini(&r.fields[i]);
    free(r.fields);
    free(r.ptrs);
    return rc;
}

void csvio_field(struct buf *b, const char *s, size_t len)
{
    bool quote = false;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (!quote) {
        buf_add(b, s, len);
        return;
    }
    /* libcsv quotes the field and doubles its quotes */
    size_t need = csv_write(NULL, 0, s, len);
    char small[512];
    char *dst = need <= sizeof small ? small : xmalloc(need);
    csv_write(dst, need, s, len);
    buf_add(b, dst, need);
    if (dst != small)
        free(dst);
}

void csvio_row(struct buf *b, size_t n, const char *const *fields)
{
    if (n == 1 && fields[0][0] == '\0') {
        /* a lone empty field would be an empty line, which readers skip */
        buf_adds(b, "\"\"\n");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_addc(b, ',');
        csvio_field(b, fields[i], strlen(fields[i]));
    }
    buf_addc(b, '\n');
}
