/* check_csvio.c — CSV reading through libcsv (fields, start lines, errors)
 * and the writer (quoting only when needed, round trip). */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "suites.h"

#define DATA CNS_TESTDATA "/csvio/"

/* Every row read, fields joined with '|', and its start line. */
struct rows {
    size_t n;
    long line[16];
    size_t nf[16];
    char text[16][128];
    size_t stop_after; /* 0: never stop */
};

static void append(char *dst, size_t cap, const char *s)
{
    size_t n = strlen(dst), m = strlen(s);
    ck_assert_uint_lt(n + m, cap);
    memcpy(dst + n, s, m + 1);
}

static int collect(void *ctx, long line, size_t nfields, char **fields)
{
    struct rows *r = ctx;
    ck_assert_uint_lt(r->n, 16);
    r->line[r->n] = line;
    r->nf[r->n] = nfields;
    char *t = r->text[r->n];
    t[0] = '\0';
    for (size_t i = 0; i < nfields; i++) {
        ck_assert_ptr_nonnull(fields[i]);
        if (i)
            append(t, sizeof r->text[0], "|");
        append(t, sizeof r->text[0], fields[i]);
    }
    r->n++;
    return r->stop_after && r->n == r->stop_after;
}

static enum cns_rc read_rows(const char *path, struct rows *r, struct cns_err *e)
{
    memset(r, 0, sizeof *r);
    cns_err_init(e);
    return csvio_read(path, collect, r, e);
}

START_TEST(read_quoted_fields)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "quoted.csv", &r, &e), CNS_OK);
    ck_assert_uint_eq(r.n, 5);
    ck_assert_str_eq(r.text[0], "id|text|more");
    ck_assert_str_eq(r.text[1], "1|x, y|he said \"hi\"");   /* comma, doubled quotes */
    ck_assert_str_eq(r.text[2], "2|line one\nline two|z"); /* newline inside quotes */
    ck_assert_uint_eq(r.nf[2], 3);
    ck_assert_str_eq(r.text[3], "3| spaced |"); /* blanks are data; empty last field */
    ck_assert_uint_eq(r.nf[3], 3);
    ck_assert_str_eq(r.text[4], "4|last|");
}
END_TEST

START_TEST(read_start_lines)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "quoted.csv", &r, &e), CNS_OK);
    ck_assert_int_eq(r.line[0], 1);
    ck_assert_int_eq(r.line[1], 2);
    ck_assert_int_eq(r.line[2], 3); /* the row spans lines 3 and 4 */
    ck_assert_int_eq(r.line[3], 6); /* after the multi-line field and a blank line */
    ck_assert_int_eq(r.line[4], 7);
}
END_TEST

START_TEST(read_last_row_without_newline)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "nonl.csv", &r, &e), CNS_OK);
    ck_assert_uint_eq(r.n, 2);
    ck_assert_str_eq(r.text[1], "v1|v2");
    ck_assert_int_eq(r.line[1], 2);
}
END_TEST

START_TEST(read_crlf)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "crlf.csv", &r, &e), CNS_OK);
    ck_assert_uint_eq(r.n, 2);
    ck_assert_str_eq(r.text[0], "a|b");
    ck_assert_str_eq(r.text[1], "c|d");
    ck_assert_int_eq(r.line[1], 2);
}
END_TEST

START_TEST(read_empty_file)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "empty.csv", &r, &e), CNS_OK);
    ck_assert_uint_eq(r.n, 0);
}
END_TEST

START_TEST(read_stdin)
{
    /* Check forks each test by default; with CK_FORK=no, stdin is the
     * fixture from here on, which nothing else reads. */
    ck_assert_ptr_nonnull(freopen(DATA "nonl.csv", "r", stdin));
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows("-", &r, &e), CNS_OK);
    ck_assert_uint_eq(r.n, 2);
    ck_assert_str_eq(r.text[1], "v1|v2");
}
END_TEST

START_TEST(error_unterminated_quote)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "unterminated.csv", &r, &e), CNS_EDATA);
    ck_assert_int_eq(e.rc, CNS_EDATA);
    ck_assert_str_eq(e.file, DATA "unterminated.csv");
    ck_assert_int_eq(e.line, 3); /* where the open quote's row starts */
    ck_assert_ptr_nonnull(strstr(e.msg, "unterminated"));
    ck_assert_uint_eq(r.n, 2); /* the rows before it were delivered */
}
END_TEST

START_TEST(error_bad_quote)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "badquote.csv", &r, &e), CNS_EDATA);
    ck_assert_int_eq(e.line, 3);
    ck_assert_ptr_nonnull(strstr(e.msg, "malformed"));
    ck_assert_uint_eq(r.n, 2);
}
END_TEST

START_TEST(error_missing_file)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(DATA "no-such-file.csv", &r, &e), CNS_EDATA);
    ck_assert_int_eq(e.line, 0);
    ck_assert_str_eq(e.msg, strerror(ENOENT));
    ck_assert_uint_eq(r.n, 0);
}
END_TEST

START_TEST(error_directory)
{
    struct rows r;
    struct cns_err e;
    ck_assert_int_eq(read_rows(CNS_TESTDATA "/csvio", &r, &e), CNS_EDATA);
    ck_assert_int_eq(e.line, 0);
    ck_assert_str_eq(e.msg, strerror(EISDIR));
}
END_TEST

struct stopper {
    struct cns_err *e;
    int seen;
};

static int stop_at_second(void *ctx, long line, size_t nfields, char **fields)
{
    struct stopper *st = ctx;
    (void)nfields;
    if (++st->seen < 2)
        return 0;
    return cns_fail(st->e, CNS_EDATA, "callback", line, "bad row '%s'", fields[0]);
}

START_TEST(callback_stops)
{
    struct cns_err e;
    cns_err_init(&e);
    struct rows r;
    memset(&r, 0, sizeof r);
    r.stop_after = 2;
    ck_assert_int_ne(csvio_read(DATA "quoted.csv", collect, &r, &e), CNS_OK);
    ck_assert_uint_eq(r.n, 2); /* nothing after the stop */

    /* the callback's own error is the one reported */
    cns_err_init(&e);
    struct stopper st = {&e, 0};
    ck_assert_int_eq(csvio_read(DATA "quoted.csv", stop_at_second, &st, &e), CNS_EDATA);
    ck_assert_int_eq(st.seen, 2);
    ck_assert_str_eq(e.file, "callback");
    ck_assert_int_eq(e.line, 2);
    ck_assert_str_eq(e.msg, "bad row '1'");
}
END_TEST

/* csvio_field of s, checked against want. */
static void field_is(const char *s, const char *want)
{
    struct buf b;
    buf_init(&b);
    csvio_field(&b, s, strlen(s));
    ck_assert_str_eq(b.p ? b.p : "", want);
    buf_fini(&b);
}

START_TEST(write_quotes_only_when_needed)
{
    field_is("plain text", "plain text");
    field_is("", "");
    field_is(" lead and trail ", " lead and trail ");
    field_is("Yu'e Bao", "Yu'e Bao");
    field_is("a,b", "\"a,b\"");
    field_is("say \"hi\"", "\"say \"\"hi\"\"\"");
    field_is("\"", "\"\"\"\"");
    field_is("one\ntwo", "\"one\ntwo\"");
    field_is("cr\r", "\"cr\r\"");
}
END_TEST

START_TEST(write_row)
{
    struct buf b;
    buf_init(&b);
    const char *f[] = {"a", "b,c", "", "d"};
    csvio_row(&b, 4, f);
    ck_assert_str_eq(b.p, "a,\"b,c\",,d\n");
    buf_fini(&b);
}
END_TEST

START_TEST(write_read_round_trip)
{
    const char *rows[3][4] = {
        {"indicator", "quote", "note", "x"},
        {"netizens", "513 million, \"up\"", "line\nbreak", ""},
        {" spaced ", "\"", "a\r\nb", "last"},
    };
    struct buf b;
    buf_init(&b);
    for (int i = 0; i < 3; i++)
        csvio_row(&b, 4, rows[i]);
    char path[] = "/tmp/cnstat-csvio-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, b.p, b.len), (ssize_t)b.len);
    close(fd);
    buf_fini(&b);

    struct rows r;
    struct cns_err e;
    enum cns_rc rc = read_rows(path, &r, &e);
    unlink(path);
    ck_assert_int_eq(rc, CNS_OK);
    ck_assert_uint_eq(r.n, 3);
    for (int i = 0; i < 3; i++) {
        char want[128] = "";
        for (int j = 0; j < 4; j++) {
            if (j)
                append(want, sizeof want, "|");
            append(want, sizeof want, rows[i][j]);
        }
        ck_assert_str_eq(r.text[i], want);
        ck_assert_uint_eq(r.nf[i], 4);
    }
    ck_assert_int_eq(r.line[1], 2);
    ck_assert_int_eq(r.line[2], 4); /* row 2 holds a newline */
}
END_TEST

Suite *csvio_suite(void)
{
    Suite *s = suite_create("csvio");
    TCase *tc = tcase_create("read");
    tcase_add_test(tc, read_quoted_fields);
    tcase_add_test(tc, read_start_lines);
    tcase_add_test(tc, read_last_row_without_newline);
    tcase_add_test(tc, read_crlf);
    tcase_add_test(tc, read_empty_file);
    tcase_add_test(tc, read_stdin);
    tcase_add_test(tc, callback_stops);
    suite_add_tcase(s, tc);

    tc = tcase_create("read errors");
    tcase_add_test(tc, error_unterminated_quote);
    tcase_add_test(tc, error_bad_quote);
    tcase_add_test(tc, error_missing_file);
    tcase_add_test(tc, error_directory);
    suite_add_tcase(s, tc);

    tc = tcase_create("write");
    tcase_add_test(tc, write_quotes_only_when_needed);
    tcase_add_test(tc, write_row);
    tcase_add_test(tc, write_read_round_trip);
    suite_add_tcase(s, tc);
    return s;
}
