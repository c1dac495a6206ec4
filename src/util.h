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

static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline bool is_alpha(int c) { return is_upper(c) || is_lower(c); }
static inline bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static inline bool is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int to_lower(int c) { return is_upper(c) ? c + ('a' - 'A') : c; }

/* Case-insensitive (ASCII) comparison of a slice with a NUL-terminated word. */
bool str_ieq(const char *p, size_t len, const char *word);
/* Index of the first ASCII digit in p[0..n), or n (eight bytes a step). */
size_t find_digit(const char *p, size_t n);
/* Case-insensitive search of needle in haystack (both NUL-terminated). */
bool str_icontains(const char *hay, const char *needle);
/* The file name part of a path (after the last '/'). */
const char *path_base(const char *path);

#endif
