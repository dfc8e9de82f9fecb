/* json.c - the JSON writer of json.h. */
#include "host/json.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

/* Makes room for n more bytes (and a NUL); false when out of memory. */
static bool jw__room(jw *w, size_t n)
{
    if (w->failed)
        return false;
    if (w->len + n + 1 <= w->cap)
        return true;
    size_t cap = w->cap ? w->cap : 256;
    while (cap < w->len + n + 1)
        cap *= 2;
    mem_uncounted_enter();
    char *p = mem_realloc(w->p, w->cap, cap);
    mem_uncounted_leave();
    if (!p) {
        w->failed = true;
        return false;
    }
    w->p = p;
    w->cap = cap;
    return true;
}

void jw_raw(jw *w, const char *s, size_t n)
{
    if (!jw__room(w, n))
        return;
    memcpy(w->p + w->len, s, n);
    w->len += n;
    w->p[w->len] = '\0';
}

static void jw__put(jw *w, const char *s) { jw_raw(w, s, strlen(s)); }

void jw_reset(jw *w)
{
    w->len = 0;
    w->comma = false;
    w->failed = false;
    if (w->p)
        w->p[0] = '\0';
}

void jw_free(jw *w)
{
    mem_free(w->p, w->cap);
    *w = (jw){ 0 };
}

/* Starts a value: the comma after a sibling. */
static void jw__value(jw *w)
{
    if (w->comma)
        jw_raw(w, ",", 1);
    w->comma = true;
}

void jw_begin(jw *w, char bracket)
{
    jw__value(w);
    jw_raw(w, &bracket, 1);
    w->comma = false;
}

void jw_end(jw *w, char bracket)
{
    jw_raw(w, &bracket, 1);
    w->comma = true;
}

static void jw__put_escape(jw *w, unsigned cp)
{
    char esc[8];
    snprintf(esc, sizeof esc, "\\u%04x", cp);
    jw_raw(w, esc, 6);
}

/* The length of the well-formed UTF-8 sequence at s (n bytes left), or 0.
 * A surrogate (ED A0..BF xx: how str keeps a lone one) is not one. */
static size_t jw__utf8_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0xC2 ? 0 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : s[0] < 0xF5 ? 4 : 0;
    if (!len || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
        return 0;
    return len;
}

/* s[0..n) as a JSON string that is always valid UTF-8: NUL and other
 * controls escaped, a lone surrogate as its \udXXX escape, any other
 * invalid byte as U+FFFD. */
static void jw__put_strn_body(jw *w, const char *s, size_t n)
{
    const unsigned char *c = (const unsigned char *)s, *end = c + n;
    while (c < end) {
        const unsigned char *run = c;            /* plain ASCII goes in one copy */
        while (c < end && *c >= 0x20 && *c < 0x80 && *c != '"' && *c != '\\')
            c++;
        if (c > run)
            jw_raw(w, (const char *)run, (size_t)(c - run));
        if (c == end)
            break;
        switch (*c) {
        case '"': jw_raw(w, "\\\"", 2); c++; continue;
        case '\\': jw_raw(w, "\\\\", 2); c++; continue;
        case '\n': jw_raw(w, "\\n", 2); c++; continue;
        case '\r': jw_raw(w, "\\r", 2); c++; continue;
        case '\t': jw_raw(w, "\\t", 2); c++; continue;
        }
        size_t len;
        if (*c < 0x20) {
            jw__put_escape(w, *c++);
        } else if ((len = jw__utf8_len(c, (size_t)(end - c))) != 0) {
            jw_raw(w, (const char *)c, len);
            c += len;
        } else if (c[0] == 0xED && end - c >= 3 && c[1] >= 0xA0 && c[1] <= 0xBF &&
                   (c[2] & 0xC0) == 0x80) {
            jw__put_escape(w, 0xD000u | ((c[1] & 0x3Fu) << 6) | (c[2] & 0x3Fu));
            c += 3;
        } else {
            jw_raw(w, "\xEF\xBF\xBD", 3);
            c++;
        }
    }
}

static void jw__put_strn(jw *w, const char *s, size_t n)
{
    jw_raw(w, "\"", 1);
    jw__put_strn_body(w, s, n);
    jw_raw(w, "\"", 1);
}

void jw_key(jw *w, const char *key)
{
    jw__value(w);
    jw__put_strn(w, key, strlen(key));
    jw_raw(w, ":", 1);
    w->comma = false;
}

void jw_strn(jw *w, const char *s, size_t n)
{
    jw__value(w);
    jw__put_strn(w, s, n);
}

size_t json_drop_addresses(char *dst, const char *s, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n;) {
        if (r + 7 <= n && memcmp(s + r, " at 0x", 6) == 0 && isxdigit((unsigned char)s[r + 6])) {
            r += 6;
            while (r < n && isxdigit((unsigned char)s[r]))
                r++;
            continue;
        }
        dst[w++] = s[r++];
    }
    return w;
}

void jw_strn_noaddr(jw *w, const char *s, size_t n)
{
    jw__value(w);
    size_t start = 0;
    jw_raw(w, "\"", 1);
    for (size_t r = 0; r + 7 <= n; r++) {       /* copy the runs between addresses */
        if (memcmp(s + r, " at 0x", 6) != 0 || !isxdigit((unsigned char)s[r + 6]))
            continue;
        jw__put_strn_body(w, s + start, r - start);
        r += 6;
        while (r < n && isxdigit((unsigned char)s[r]))
            r++;
        start = r;
        r--;
    }
    jw__put_strn_body(w, s + start, n - start);
    jw_raw(w, "\"", 1);
}

void jw_str(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    jw_strn(w, s, strlen(s));
}

void jw_int(jw *w, int64_t v)
{
    char num[32];
    snprintf(num, sizeof num, "%lld", (long long)v);
    jw__value(w);
    jw__put(w, num);
}

void jw_uint(jw *w, uint64_t v)
{
    char num[32];
    snprintf(num, sizeof num, "%llu", (unsigned long long)v);
    jw__value(w);
    jw__put(w, num);
}

/* Shortest round-trip form with at least one decimal, as Python's repr. */
void jw_float(jw *w, double v)
{
    if (v != v) {                                /* NaN: not a JSON number */
        jw_null(w);
        return;
    }
    if (v - v != 0) {              /* infinity (time.sleep(inf)): 1e999, which */
        jw__value(w);              /* JSON readers take for infinity */
        jw__put(w, v > 0 ? "1e999" : "-1e999");
        return;
    }
    char num[40];
    int n = 0;
    for (int prec = 1; prec <= 17; prec++) {
        n = snprintf(num, sizeof num, "%.*g", prec, v);
        if (strtod(num, NULL) == v)
            break;
    }
    if (!strpbrk(num, ".eEn"))
        snprintf(num + n, sizeof num - (size_t)n, ".0");
    jw__value(w);
    jw__put(w, num);
}

void jw_bool(jw *w, bool v)
{
    jw__value(w);
    jw__put(w, v ? "true" : "false");
}

void jw_null(jw *w)
{
    jw__value(w);
    jw__put(w, "null");
}

void jw_value(jw *w, const char *json, size_t n)
{
    jw__value(w);
    jw_raw(w, json, n);
}

void jw_kstr(jw *w, const char *key, const char *s)
{
    jw_key(w, key);
    jw_str(w, s);
}

void jw_kint(jw *w, const char *key, int64_t v)
{
    jw_key(w, key);
    jw_int(w, v);
}
