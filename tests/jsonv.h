/* jsonv.h — a small RFC 8259 validator for the tests: check_format.c uses
 * it on rendered tables, jsonv.c wraps it as a command for the CLI tests. */
#ifndef CNS_JSONV_H
#define CNS_JSONV_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* ---- a JSON validator (RFC 8259) ------------------------------------------- */

struct jp {
    const unsigned char *p, *end;
    int depth;
};

static void jp_ws(struct jp *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static bool jp_lit(struct jp *j, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
        return false;
    j->p += n;
    return true;
}

static bool jp_digits(struct jp *j)
{
    const unsigned char *s = j->p;
    while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
        j->p++;
    return j->p > s;
}

static bool jp_number(struct jp *j)
{
    if (j->p < j->end && *j->p == '-')
        j->p++;
    if (j->p < j->end && *j->p == '0')
        j->p++;
    else if (j->p < j->end && *j->p >= '1' && *j->p <= '9')
        jp_digits(j);
    else
        return false;
    if (j->p < j->end && *j->p == '.') {
        j->p++;
        if (!jp_digits(j))
            return false;
    }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
            j->p++;
        if (!jp_digits(j))
            return false;
    }
    return true;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool jp_hex4(struct jp *j, unsigned *v)
{
    if (j->end - j->p < 4)
        return false;
    *v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(j->p[i]);
        if (h < 0)
            return false;
        *v = *v << 4 | (unsigned)h;
    }
    j->p += 4;
    return true;
}

/* One well-formed UTF-8 sequence of 2 to 4 bytes (Unicode Table 3-7). */
static bool jp_utf8(struct jp *j)
{
    const unsigned char *s = j->p;
    size_t left = (size_t)(j->end - s);
    unsigned c = s[0], lo = 0x80, hi = 0xBF;
    size_t n;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else
        return false;
    if (left < n || s[1] < lo || s[1] > hi)
        return false;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return false;
    j->p += n;
    return true;
}

static bool jp_string(struct jp *j)
{
    if (!jp_lit(j, "\""))
        return false;
    while (j->p < j->end) {
        unsigned c = *j->p;
        if (c == '"') {
            j->p++;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            j->p++;
            if (j->p >= j->end)
                return false;
            c = *j->p++;
            if (c == 'u') {
                unsigned v, w;
                if (!jp_hex4(j, &v))
                    return false;
                if (v >= 0xDC00 && v <= 0xDFFF)
                    return false; /* lone low surrogate */
                if (v >= 0xD800 && v <= 0xDBFF &&
                    !(jp_lit(j, "\\u") && jp_hex4(j, &w) && w >= 0xDC00 && w <= 0xDFFF))
                    return false;
            } else if (!strchr("\"\\/bfnrt", (int)c) || c == 0)
                return false;
        } else if (c < 0x80)
            j->p++;
        else if (!jp_utf8(j))
            return false;
    }
    return false;
}

static bool jp_value(struct jp *j);

static bool jp_seq(struct jp *j, char close, bool members)
{
    if (++j->depth > 64)
        return false;
    j->p++; /* '[' or '{' */
    jp_ws(j);
    if (j->p < j->end && *j->p == close) {
        j->p++;
        j->depth--;
        return true;
    }
    for (;;) {
        if (members) {
            if (!jp_string(j))
                return false;
            jp_ws(j);
            if (!jp_lit(j, ":"))
                return false;
        }
        if (!jp_value(j))
            return false;
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            jp_ws(j);
            continue;
        }
        if (j->p < j->end && *j->p == close) {
            j->p++;
            j->depth--;
            return true;
        }
        return false;
    }
}

static bool jp_value(struct jp *j)
{
    jp_ws(j);
    if (j->p >= j->end)
        return false;
    bool ok;
    switch (*j->p) {
    case '{': ok = jp_seq(j, '}', true); break;
    case '[': ok = jp_seq(j, ']', false); break;
    case '"': ok = jp_string(j); break;
    case 't': ok = jp_lit(j, "true"); break;
    case 'f': ok = jp_lit(j, "false"); break;
    case 'n': ok = jp_lit(j, "null"); break;
    default: ok = jp_number(j);
    }
    jp_ws(j);
    return ok;
}

static inline bool json_valid(const char *s, size_t len)
{
    struct jp j = {(const unsigned char *)s, (const unsigned char *)s + len, 0};
    return jp_value(&j) && j.p == j.end;
}

static inline bool json_valid_str(const char *s)
{
    return json_valid(s, strlen(s));
}


#endif
