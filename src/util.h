/* util.h — memory and string helpers shared by every module.
 *
 * Ownership: xmalloc/xrealloc/xstrdup never return NULL (they abort with a
 * message on exhaustion).  A struct buf owns its bytes; buf_fini frees them.
 * A struct str is a borrowed slice: it never owns and is never NUL-terminated
 * by contract.  ASCII classifiers here do not depend on the locale. */
#ifndef CNS_UTIL_H
#define CNS_UTIL_H

#include <stdbool.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

struct str {
    const char *p;
    size_t len;
};

/* Growable byte buffer, always NUL-terminated after the last byte. */
struct buf {
    char *p;
    size_t len, cap;
};

void buf_init(struct buf *b);
void buf_fini(struct buf *b);
void buf_clear(struct buf *b);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ASCII character classes, locale-free, from one table (values outside
 * 0..255 are in no class). */
enum { CT_DIGIT = 1, CT_UPPER = 2, CT_LOWER = 4, CT_SPACE = 8 };
extern const unsigned char cns_ctype[256];
static inline bool ct_is(int c, int cls) { return (unsigned)c < 256 && (cns_ctype[c] & cls); }
static inline bool is_digit(int c) { return ct_is(c, CT_DIGIT); }
static inline bool is_upper(int c) { return ct_is(c, CT_UPPER); }
static inline bool is_lower(int c) { return ct_is(c, CT_LOWER); }
static inline bool is_alpha(int c) { return ct_is(c, CT_UPPER | CT_LOWER); }
static inline bool is_alnum(int c) { return ct_is(c, CT_UPPER | CT_LOWER | CT_DIGIT); }
/* space, \t, \n, \v, \f, \r */
static inline bool is_space(int c) { return ct_is(c, CT_SPACE); }
static inline int to_lower(int c) { return is_upper(c) ? c + ('a' - 'A') : c; }

/* Case-insensitive (ASCII) comparison of a slice with a NUL-terminated word. */
bool str_ieq_tail(const char *p, size_t len, const char *word);
static inline bool str_ieq(const char *p, size_t len, const char *word)
{
    /* (most calls differ at the first letter: decided here, inline) */
    if (len == 0)
        return word[0] == '\0';
    return to_lower((unsigned char)p[0]) == to_lower((unsigned char)word[0]) && str_ieq_tail(p, len, word);
}
/* Does the slice equal one of the n words, case aside? */
static inline bool str_ieq_any(const char *p, size_t len, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (str_ieq(p, len, words[i]))
            return true;
    return false;
}
/* Index of the first ASCII digit in p[0..n), or n (eight bytes a step). */
size_t find_digit(const char *p, size_t n);
/* Case-insensitive search of needle in haystack (both NUL-terminated). */
bool str_icontains(const char *hay, const char *needle);
/* The file name part of a path (after the last '/'). */
const char *path_base(const char *path);
/* Where an output named path is written: the path itself, or, through a
 * symbolic link, the file it points to (the link stays a link).  *direct
 * is set when that is neither a regular file nor a directory (/dev/null,
 * /dev/stdout, a FIFO): such an output is written in place, since a
 * temporary file renamed over it would replace the device itself.
 * Returns a string to free. */
char *path_output(const char *path, bool *direct);

#endif
