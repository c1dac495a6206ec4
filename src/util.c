/* util.c — allocation that dies on exhaustion, growable buffers, ASCII
 * string helpers. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(void)
{
    fputs("cnstat: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom();
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void buf_init(struct buf *b)
{
    b->p = NULL;
    b->len = b->cap = 0;
}

void buf_fini(struct buf *b)
{
    free(b->p);
    buf_init(b);
}

void buf_clear(struct buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = '\0';
}

static void buf_grow(struct buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
}

void buf_add(struct buf *b, const void *p, size_t n)
{
    buf_grow(b, n);
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void buf_addc(struct buf *b, char c)
{
    buf_add(b, &c, 1);
}

void buf_adds(struct buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    buf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

bool str_ieq_tail(const char *p, size_t len, const char *word)
{
    size_t i = 0;
    for (; i < len && word[i]; i++)
        if (to_lower((unsigned char)p[i]) != to_lower((unsigned char)word[i]))
            return false;
    return i == len && word[i] == '\0';
}

bool str_icontains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return true;
    for (; *hay; hay++)
        if (str_ieq(hay, strnlen(hay, n), needle))
            return true;
    return false;
}

const char *path_base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* path_output, following at most depth links. */
static char *output_of(const char *path, bool *direct, int depth)
{
    struct stat sb;
    *direct = false;
    if (lstat(path, &sb) != 0)
        return xstrdup(path); /* a new file */
    if (!S_ISLNK(sb.st_mode)) {
        *direct = !S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode);
        return xstrdup(path);
    }
    /* a link: what it names, relative to the link's directory */
    char to[4096];
    ssize_t n = readlink(path, to, sizeof to - 1);
    if (n <= 0 || (size_t)n >= sizeof to - 1 || depth <= 0)
        return xstrdup(path); /* unreadable, or a loop: replaced as a file would be */
    if (strncmp(to, "/proc/", 6) == 0) {
        /* /dev/stdout -> /proc/self/fd/1: written in place, whatever it is */
        *direct = true;
        return xstrdup(path);
    }
    to[n] = '\0';
    struct buf next;
    buf_init(&next);
    const char *slash = strrchr(path, '/');
    if (to[0] != '/' && slash)
        buf_add(&next, path, (size_t)(slash - path) + 1);
    buf_adds(&next, to);
    char *out = output_of(next.p, direct, depth - 1);
    buf_fini(&next);
    return out;
}

char *path_output(const char *path, bool *direct)
{
    return output_of(path, direct, 16);
}

size_t find_digit(const char *p, size_t n)
{
    /* a word with a byte below 10 after xor with '0' has a digit: the
     * "has a byte less than" test of Hacker's Delight */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u, zeros = 0x3030303030303030u;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t x = w ^ zeros;
        if ((x - ones * 10) & ~x & highs)
            break;
    }
    for (; i < n; i++)
        if (is_digit((unsigned char)p[i]))
            return i;
    return n;
}

#define D CT_DIGIT
#define U CT_UPPER
#define L CT_LOWER
#define S CT_SPACE
const unsigned char cns_ctype[256] = {
    ['\t'] = S, ['\n'] = S, ['\v'] = S, ['\f'] = S, ['\r'] = S, [' '] = S,
    ['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D, ['5'] = D, ['6'] = D, ['7'] = D, ['8'] = D, ['9'] = D,
    ['A'] = U, ['B'] = U, ['C'] = U, ['D'] = U, ['E'] = U, ['F'] = U, ['G'] = U, ['H'] = U, ['I'] = U,
    ['J'] = U, ['K'] = U, ['L'] = U, ['M'] = U, ['N'] = U, ['O'] = U, ['P'] = U, ['Q'] = U, ['R'] = U,
    ['S'] = U, ['T'] = U, ['U'] = U, ['V'] = U, ['W'] = U, ['X'] = U, ['Y'] = U, ['Z'] = U,
    ['a'] = L, ['b'] = L, ['c'] = L, ['d'] = L, ['e'] = L, ['f'] = L, ['g'] = L, ['h'] = L, ['i'] = L,
    ['j'] = L, ['k'] = L, ['l'] = L, ['m'] = L, ['n'] = L, ['o'] = L, ['p'] = L, ['q'] = L, ['r'] = L,
    ['s'] = L, ['t'] = L, ['u'] = L, ['v'] = L, ['w'] = L, ['x'] = L, ['y'] = L, ['z'] = L,
};
#undef D
#undef U
#undef L
#undef S
