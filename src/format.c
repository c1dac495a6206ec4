/* format.c — one table, four renderings: an aligned text table, CSV, JSON
 * and a Markdown pipe table.
 *
 * Every format is built in a struct buf and written with one fwrite, so a
 * write error is seen once, at the end (ferror after fflush).  Nothing here
 * formats or parses a double: numbers arrive as text.
 *
 * Text is UTF-8.  The text table and Markdown replace control characters
 * with spaces and invalid UTF-8 with U+FFFD, and measure cells in terminal
 * columns (CJK wide characters count 2) so that 余额宝 lines up.  JSON
 * passes valid UTF-8 through and replaces each maximal ill-formed
 * subsequence with U+FFFD (Unicode's recommended practice).  CSV passes
 * bytes through unchanged.
 *
 * Missing cells: "–" (U+2013) in the text table and Markdown, an empty
 * field in CSV, null in JSON.  An empty text in a number column is missing. */
#include "format.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "util.h"

#define MISSING "\xe2\x80\x93" /* U+2013 EN DASH */

struct column {
    char *name;
    enum col_type type;
};

struct table {
    struct column *cols;
    size_t ncols, capcols;
    char **cells; /* nrows * ncols; NULL: missing */
    size_t nrows, caprows;
    char **notes;
    size_t nnotes, capnotes;
};

static void misuse(const char *what)
{
    fprintf(stderr, "cnstat: internal error: %s\n", what);
    abort();
}

struct table *table_new(void)
{
    return xcalloc(1, sizeof(struct table));
}

void table_free(struct table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->ncols; i++)
        free(t->cols[i].name);
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    for (size_t i = 0; i < t->nnotes; i++)
        free(t->notes[i]);
    free(t->cols);
    free(t->cells);
    free(t->notes);
    free(t);
}

void table_column(struct table *t, const char *name, enum col_type type)
{
    if (t->nrows)
        misuse("table_column after table_row");
    if (t->ncols == t->capcols) {
        t->capcols = t->capcols ? 2 * t->capcols : 8;
        t->cols = xrealloc(t->cols, t->capcols * sizeof *t->cols);
    }
    t->cols[t->ncols].name = xstrdup(name ? name : "");
    t->cols[t->ncols].type = type;
    t->ncols++;
}

void table_row(struct table *t)
{
    if (t->nrows == t->caprows) {
        t->caprows = t->caprows ? 2 * t->caprows : 16;
        t->cells = xrealloc(t->cells, t->caprows * (t->ncols ? t->ncols : 1) * sizeof *t->cells);
    }
    for (size_t i = 0; i < t->ncols; i++)
        t->cells[t->nrows * t->ncols + i] = NULL;
    t->nrows++;
}

void table_set(struct table *t, size_t col, const char *text)
{
    if (!t->nrows)
        misuse("table_set before table_row");
    if (col >= t->ncols)
        misuse("table_set: no such column");
    char **cell = &t->cells[(t->nrows - 1) * t->ncols + col];
    free(*cell);
    *cell = NULL;
    if (text && !(t->cols[col].type == COL_NUMBER && text[0] == '\0'))
        *cell = xstrdup(text);
}

void table_note(struct table *t, const char *line)
{
    if (t->nnotes == t->capnotes) {
        t->capnotes = t->capnotes ? 2 * t->capnotes : 4;
        t->notes = xrealloc(t->notes, t->capnotes * sizeof *t->notes);
    }
    t->notes[t->nnotes++] = xstrdup(line ? line : "");
}

bool fmt_parse(const char *s, enum fmt_kind *k)
{
    static const struct {
        const char *name;
        enum fmt_kind kind;
    } names[] = {{"table", FMT_TABLE}, {"csv", FMT_CSV}, {"json", FMT_JSON}, {"md", FMT_MD}};
    for (size_t i = 0; s && i < sizeof names / sizeof *names; i++)
        if (strcmp(s, names[i].name) == 0) {
            *k = names[i].kind;
            return true;
        }
    return false;
}

enum fmt_kind fmt_default(FILE *out)
{
    return isatty(fileno(out)) ? FMT_TABLE : FMT_CSV;
}

/* ---- UTF-8 ---------------------------------------------------------------- */

/* Decode the sequence at s[0..len) (len >= 1).  Returns the bytes it spans
 * and its code point; an ill-formed sequence gives U+FFFD and spans its
 * maximal subpart (at least one byte). */
static size_t utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF; /* range of the second byte */
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* no overlong forms */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        unsigned b = i < len ? s[i] : 0;
        unsigned blo = i == 1 ? lo : 0x80, bhi = i == 1 ? hi : 0xBF;
        if (b < blo || b > bhi) {
            *cp = 0xFFFD;
            return i;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

static void utf8_put(struct buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    buf_add(b, u, n);
}

/* Terminal columns of one code point: 2 for East Asian wide characters
 * (the ranges below), 1 otherwise. */
static size_t cp_width(uint32_t cp)
{
    static const uint32_t wide[][2] = {
        {0x1100, 0x115F}, {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
    };
    for (size_t i = 0; i < sizeof wide / sizeof *wide; i++)
        if (cp >= wide[i][0] && cp <= wide[i][1])
            return 2;
    return 1;
}

/* Display width of clean (valid UTF-8, no controls) text. */
static size_t text_width(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_next(p + i, len - i, &cp);
        w += cp_width(cp);
    }
    return w;
}

/* Append s to b for a text display: controls and line separators become
 * spaces, ill-formed UTF-8 becomes U+FFFD; with md, Markdown's inline
 * punctuation and '|' are escaped with a backslash. */
static void put_display(struct buf *b, const char *s, bool md)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_next(p + i, len - i, &cp);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
            buf_addc(b, ' '); /* C0, DEL, C1 and the Unicode line breaks */
        else if (cp < 0x80) {
            if (md && strchr("\\|`*_[]<>~", (int)cp))
                buf_addc(b, '\\');
            buf_addc(b, (char)cp);
        } else if (cp == 0xFFFD)
            utf8_put(b, cp); /* also for the real U+FFFD: same bytes */
        else
            buf_add(b, p + i, n);
        i += n;
    }
}

/* ---- JSON ----------------------------------------------------------------- */

static void json_esc(struct buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t len = strlen(s);
    buf_addc(b, '"');
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_next(p + i, len - i, &cp);
        switch (cp) {
        case '"': buf_adds(b, "\\\""); break;
        case '\\': buf_adds(b, "\\\\"); break;
        case '\b': buf_adds(b, "\\b"); break;
        case '\f': buf_adds(b, "\\f"); break;
        case '\n': buf_adds(b, "\\n"); break;
        case '\r': buf_adds(b, "\\r"); break;
        case '\t': buf_adds(b, "\\t"); break;
        case 0x2028: buf_adds(b, "\\u2028"); break; /* valid JSON, not valid JavaScript */
        case 0x2029: buf_adds(b, "\\u2029"); break;
        default:
            if (cp < 0x20 || cp == 0x7F) {
                char u[6] = {'\\', 'u', '0', '0', hex[cp >> 4], hex[cp & 15]};
                buf_add(b, u, sizeof u);
            } else if (cp == 0xFFFD)
                utf8_put(b, cp);
            else
                buf_add(b, p + i, n);
        }
        i += n;
    }
    buf_addc(b, '"');
}

void json_string(FILE *out, const char *s)
{
    struct buf b;
    buf_init(&b);
    if (s)
        json_esc(&b, s);
    else
        buf_adds(&b, "null");
    fwrite(b.p, 1, b.len, out);
    buf_fini(&b);
}

/* RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
static bool json_is_number(const char *s)
{
    if (*s == '-')
        s++;
    if (*s == '0')
        s++;
    else if (*s >= '1' && *s <= '9')
        while (is_digit(*s))
            s++;
    else
        return false;
    if (*s == '.') {
        s++;
        if (!is_digit(*s))
            return false;
        while (is_digit(*s))
            s++;
    }
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (!is_digit(*s))
            return false;
        while (is_digit(*s))
            s++;
    }
    return *s == '\0';
}

static void json_rows(const struct table *t, struct buf *b, const char *indent)
{
    if (!t->nrows) {
        buf_adds(b, "[]");
        return;
    }
    buf_adds(b, "[\n");
    for (size_t r = 0; r < t->nrows; r++) {
        buf_adds(b, indent);
        buf_adds(b, "  {");
        for (size_t c = 0; c < t->ncols; c++) {
            const char *v = t->cells[r * t->ncols + c];
            if (c)
                buf_adds(b, ", ");
            json_esc(b, t->cols[c].name);
            buf_adds(b, ": ");
            if (!v)
                buf_adds(b, "null");
            else if (t->cols[c].type == COL_NUMBER && json_is_number(v))
                buf_adds(b, v);
            else
                json_esc(b, v);
        }
        buf_adds(b, r + 1 < t->nrows ? "},\n" : "}\n");
    }
    buf_adds(b, indent);
    buf_addc(b, ']');
}

static void write_json(const struct table *t, bool wrap, struct buf *b)
{
    if (!wrap) {
        json_rows(t, b, "");
        buf_addc(b, '\n');
        return;
    }
    buf_adds(b, "{\n  \"notes\": [");
    for (size_t i = 0; i < t->nnotes; i++) {
        if (i)
            buf_adds(b, ", ");
        json_esc(b, t->notes[i]);
    }
    buf_adds(b, "],\n  \"rows\": ");
    json_rows(t, b, "  ");
    buf_adds(b, "\n}\n");
}

/* ---- CSV ------------------------------------------------------------------ */

static void write_csv(const struct table *t, struct buf *b)
{
    if (!t->ncols)
        return;
    const char **f = xmalloc(t->ncols * sizeof *f);
    for (size_t c = 0; c < t->ncols; c++)
        f[c] = t->cols[c].name;
    csvio_row(b, t->ncols, f);
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const char *v = t->cells[r * t->ncols + c];
            f[c] = v ? v : "";
        }
        csvio_row(b, t->ncols, f);
    }
    free(f);
}

/* ---- text table and Markdown ---------------------------------------------- */

/* Cells as displayed: row 0 is the header.  Returns an array of
 * (nrows + 1) * ncols strings and fills width[0..ncols). */
static char **display_cells(const struct table *t, bool md, size_t *width)
{
    size_t n = (t->nrows + 1) * t->ncols;
    char **d = xmalloc((n ? n : 1) * sizeof *d);
    struct buf b;
    buf_init(&b);
    for (size_t c = 0; c < t->ncols; c++)
        width[c] = md ? (t->cols[c].type == COL_NUMBER ? 4 : 3) : 0;
    for (size_t r = 0; r <= t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            const char *v = r ? t->cells[(r - 1) * t->ncols + c] : t->cols[c].name;
            buf_clear(&b);
            if (v)
                put_display(&b, v, md);
            else
                buf_adds(&b, MISSING);
            d[r * t->ncols + c] = xstrndup(b.p, b.len);
            size_t w = text_width(b.p, b.len);
            if (w > width[c])
                width[c] = w;
        }
    buf_fini(&b);
    return d;
}

static void pad(struct buf *b, size_t n, char c)
{
    while (n--)
        buf_addc(b, c);
}

/* One cell padded to w columns; trailing blanks only when more follows. */
static void put_cell(struct buf *b, const char *s, size_t w, bool right, bool last)
{
    size_t sw = text_width(s, strlen(s));
    size_t gap = w > sw ? w - sw : 0;
    if (right)
        pad(b, gap, ' ');
    buf_adds(b, s);
    if (!right && !last)
        pad(b, gap, ' ');
}

static void write_text(const struct table *t, struct buf *b)
{
    for (size_t i = 0; i < t->nnotes; i++) {
        put_display(b, t->notes[i], false);
        buf_addc(b, '\n');
    }
    if (!t->ncols)
        return;
    if (t->nnotes)
        buf_addc(b, '\n');
    size_t *w = xmalloc(t->ncols * sizeof *w);
    char **d = display_cells(t, false, w);
    for (size_t r = 0; r <= t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            if (c)
                buf_adds(b, "  ");
            put_cell(b, d[r * t->ncols + c], w[c], t->cols[c].type == COL_NUMBER,
                     c + 1 == t->ncols);
        }
        buf_addc(b, '\n');
        if (r == 0) {
            for (size_t c = 0; c < t->ncols; c++) {
                if (c)
                    buf_adds(b, "  ");
                pad(b, w[c], '-');
            }
            buf_addc(b, '\n');
        }
    }
    for (size_t i = 0; i < (t->nrows + 1) * t->ncols; i++)
        free(d[i]);
    free(d);
    free(w);
}

static void write_md(const struct table *t, struct buf *b)
{
    for (size_t i = 0; i < t->nnotes; i++) {
        put_display(b, t->notes[i], true);
        buf_adds(b, "\n\n");
    }
    if (!t->ncols)
        return;
    size_t *w = xmalloc(t->ncols * sizeof *w);
    char **d = display_cells(t, true, w);
    for (size_t r = 0; r <= t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            buf_adds(b, c ? " | " : "| ");
            put_cell(b, d[r * t->ncols + c], w[c], t->cols[c].type == COL_NUMBER, false);
        }
        buf_adds(b, " |\n");
        if (r == 0) {
            for (size_t c = 0; c < t->ncols; c++) {
                buf_adds(b, c ? " | " : "| ");
                if (t->cols[c].type == COL_NUMBER) {
                    pad(b, w[c] - 1, '-');
                    buf_addc(b, ':');
                } else
                    pad(b, w[c], '-');
            }
            buf_adds(b, " |\n");
        }
    }
    for (size_t i = 0; i < (t->nrows + 1) * t->ncols; i++)
        free(d[i]);
    free(d);
    free(w);
}

int table_write(const struct table *t, enum fmt_kind k, bool json_wrap, FILE *out)
{
    struct buf b;
    buf_init(&b);
    switch (k) {
    case FMT_TABLE: write_text(t, &b); break;
    case FMT_CSV: write_csv(t, &b); break;
    case FMT_JSON: write_json(t, json_wrap, &b); break;
    case FMT_MD: write_md(t, &b); break;
    }
    size_t n = b.len ? fwrite(b.p, 1, b.len, out) : 0;
    bool ok = n == b.len;
    buf_fini(&b);
    if (fflush(out) != 0 || ferror(out))
        ok = false;
    return ok ? 0 : -1;
}

/* ---- did you mean ----------------------------------------------------------- */

/* Levenshtein distance, ASCII letters compared without case. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t *row = xmalloc((lb + 1) * sizeof *row);
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0]; /* d[i-1][j-1] */
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j]; /* d[i-1][j] */
            size_t best = diag + (to_lower((unsigned char)a[i - 1]) != to_lower((unsigned char)b[j - 1]));
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    size_t d = row[lb];
    free(row);
    return d;
}

const char *did_you_mean(const char *word, const char *const *cands, size_t n)
{
    if (!word || !*word)
        return NULL;
    size_t limit = strlen(word) / 3;
    if (limit < 2)
        limit = 2;
    const char *best = NULL;
    size_t best_d = limit + 1;
    for (size_t i = 0; i < n; i++) {
        if (!cands[i])
            continue;
        size_t d = edit_distance(word, cands[i]);
        if (d < best_d) { /* strict: ties keep the first */
            best_d = d;
            best = cands[i];
        }
    }
    return best;
}
