/* num.c — locale-independent number parsing and formatting.
 *
 * The program never calls setlocale(), so strtod and printf run in the "C"
 * locale; the grammar is still checked here by hand so that strtod's
 * extras ("inf", "0x1p3", leading blanks) are never accepted. */
#include "num.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#include <locale.h>

/* strtod and printf follow LC_NUMERIC; a library may call setlocale(), so
 * every conversion here runs under a private "C" locale. */
static locale_t c_loc;

static void c_locale_once(void)
{
    c_loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

static locale_t c_locale(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, c_locale_once);
    return c_loc;
}

struct c_scope {
    locale_t old;
};

static struct c_scope c_enter(void)
{
    struct c_scope sc = {uselocale(c_locale())};
    return sc;
}

static void c_leave(struct c_scope sc)
{
    uselocale(sc.old);
}

bool num_parse(const char *p, size_t len, double *out)
{
    char tmp[128];
    size_t i = 0;
    if (len == 0 || len >= sizeof tmp)
        return false;
    if (p[i] == '+' || p[i] == '-')
        i++;
    size_t d0 = i;
    while (i < len && is_digit((unsigned char)p[i]))
        i++;
    size_t nint = i - d0, nfrac = 0;
    if (i < len && p[i] == '.') {
        i++;
        size_t f0 = i;
        while (i < len && is_digit((unsigned char)p[i]))
            i++;
        nfrac = i - f0;
    }
    if (nint + nfrac == 0)
        return false;
    if (i < len && (p[i] == 'e' || p[i] == 'E')) {
        i++;
        if (i < len && (p[i] == '+' || p[i] == '-'))
            i++;
        size_t e0 = i;
        while (i < len && is_digit((unsigned char)p[i]))
            i++;
        if (i == e0)
            return false;
    }
    if (i != len)
        return false;
    if (i == d0 + nint + (nfrac ? nfrac + 1 : 0) && nint + nfrac <= 15) {
        /* Clinger's fast path: at most 15 digits are an exact integer d,
         * and d / 10^k (k <= 22, exact) is correctly rounded, as strtod is */
        static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        uint64_t d = 0;
        for (size_t k = d0; k < len; k++)
            if (p[k] != '.')
                d = d * 10 + (uint64_t)(p[k] - '0');
        double v = (double)d / pow10[nfrac];
        *out = p[0] == '-' ? -v : v;
        return true;
    }
    memcpy(tmp, p, len);
    tmp[len] = '\0';
    errno = 0;
    char *end;
    struct c_scope sc = c_enter();
    double v = strtod(tmp, &end);
    c_leave(sc);
    if (errno == ERANGE || end != tmp + len || !isfinite(v))
        return false;
    *out = v;
    return true;
}

bool num_parse_grouped(const char *p, size_t len, double *out, size_t *used)
{
    char tmp[128];
    size_t n = 0, i = 0, group = 0;
    bool grouped = false;
    if (len == 0 || !is_digit((unsigned char)p[0]))
        return false;
    while (i < len) {
        if (is_digit((unsigned char)p[i])) {
            if (n + 1 >= sizeof tmp)
                return false; /* hundreds of digits: not a quantity */
            tmp[n++] = p[i++];
            group++;
            continue;
        }
        /* ',' is a thousands separator only before exactly three digits,
         * after a first group of one to three digits. */
        if (p[i] == ',' && (grouped ? group == 3 : group <= 3) && i + 3 < len &&
            is_digit((unsigned char)p[i + 1]) && is_digit((unsigned char)p[i + 2]) &&
            is_digit((unsigned char)p[i + 3]) &&
            (i + 4 >= len || !is_digit((unsigned char)p[i + 4]))) {
            grouped = true;
            group = 0;
            i++;
            continue;
        }
        break;
    }
    if (i < len && p[i] == '.' && i + 1 < len && is_digit((unsigned char)p[i + 1]) &&
        (!grouped || group == 3)) {
        tmp[n++] = p[i++];
        while (i < len && is_digit((unsigned char)p[i])) {
            if (n + 1 >= sizeof tmp)
                return false;
            tmp[n++] = p[i++];
        }
    }
    double v;
    if (!num_parse(tmp, n, &v))
        return false;
    *out = v;
    *used = i;
    return true;
}

static bool reads_back(const char *s, double v)
{
    return strtod(s, NULL) == v;
}

static size_t num_fmt_c(double v, char *out);

size_t num_fmt(double v, char *out)
{
    if (v == floor(v) && fabs(v) < 1e15) {
        /* a whole number: its digits, as "%.15g" writes them */
        long long k = (long long)v;
        char tmp[24];
        size_t n = 0;
        unsigned long long u = k < 0 ? 0ull - (unsigned long long)k : (unsigned long long)k;
        do {
            tmp[n++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        size_t m = 0;
        if (k < 0)
            out[m++] = '-';
        while (n)
            out[m++] = tmp[--n];
        out[m] = '\0';
        return m;
    }
    struct c_scope sc = c_enter();
    size_t n = num_fmt_c(v, out);
    c_leave(sc);
    return n;
}

static size_t num_fmt_c(double v, char *out)
{
    if (v == 0)
        v = 0; /* -0 → 0 */
    int n = snprintf(out, NUM_FMT_MAX, "%.15g", v);
    if (!reads_back(out, v))
        n = snprintf(out, NUM_FMT_MAX, "%.17g", v);
    if (!strchr(out, 'e'))
        return (size_t)n;
    /* Plain decimal instead of an exponent. */
    if (fabs(v) < 1e21 && v == floor(v))
        return (size_t)snprintf(out, NUM_FMT_MAX, "%.0f", v);
    for (int prec = 1; prec <= 30; prec++) {
        n = snprintf(out, NUM_FMT_MAX, "%.*f", prec, v);
        if (n > 0 && n < NUM_FMT_MAX && reads_back(out, v))
            return (size_t)n;
    }
    return (size_t)snprintf(out, NUM_FMT_MAX, "%.17g", v);
}

bool num_power_of_ten(double v, double min)
{
    if (v < min || v > 1e15)
        return false;
    while (v >= 10 && fmod(v, 10) == 0)
        v /= 10;
    return v == 1;
}
