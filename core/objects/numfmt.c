/* numfmt.c - Python's float repr, format(), round(), float corner cases,
 * float(str) and old-style % conversions.
 *
 * Digits come from snprintf's %.*e / %.*f (exact and half-even on the binary
 * value in both glibc and musl) and strtod (correctly rounded in both);
 * everything Python-specific -- the shortest repr search, the layout rules of
 * PyOS_double_to_string, the mini-language parser and the padding/grouping of
 * formatter_unicode.c -- is ported here so output matches CPython 3.11.
 */
#include "objects/numfmt.h"

#include <stdarg.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

/* ------------------------------------------------------------------ */
/* Errors and the output buffer                                       */
/* ------------------------------------------------------------------ */

/* Fill err (if any) with a class name and a printf-style message. */
__attribute__((format(printf, 4, 5)))
static fmt_status fail(fmt_error *err, fmt_status st, const char *exc, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->exc = exc;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return st;
}

static fmt_status nomem(fmt_error *err)
{
    return fail(err, FMT_ENOMEM, "MemoryError", "%s", "");
}

fmt_status fmt_from_big_status(big_status st, fmt_error *err)
{
    if (st == BIG_OK)
        return FMT_OK;
    if (st == BIG_ENOMEM)
        return nomem(err);
    const char *exc = big_status_exc(st);
    fmt_status fs = FMT_EVALUE;
    if (exc && strcmp(exc, "OverflowError") == 0) fs = FMT_EOVERFLOW;
    if (exc && strcmp(exc, "ZeroDivisionError") == 0) fs = FMT_EZERODIV;
    if (err) {
        err->exc = exc ? exc : "ValueError";
        big_status_message(st, 10, 0, err->msg, sizeof err->msg);
    }
    return fs;
}

/* A growable byte string built with mem_realloc. */
typedef struct sbuf {
    char *p;        /* bytes, NUL-terminated when ok */
    size_t len;     /* bytes used */
    size_t cap;     /* bytes allocated */
    bool failed;    /* an allocation failed: the content is garbage */
} sbuf;

static bool fb_reserve(sbuf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t ncap = b->cap ? b->cap : 32;
    while (ncap < b->len + extra + 1) {
        if (ncap > SIZE_MAX / 2) { b->failed = true; return false; }
        ncap *= 2;
    }
    char *np = mem_realloc(b->p, b->cap, ncap);
    if (!np) { b->failed = true; return false; }
    b->p = np;
    b->cap = ncap;
    return true;
}

static void fb_add(sbuf *b, const char *s, size_t n)
{
    if (!fb_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void fb_addc(sbuf *b, char c) { fb_add(b, &c, 1); }

/* Append code point c as UTF-8, n times. */
static void fb_fill(sbuf *b, uint32_t c, int64_t n)
{
    char u[4];
    size_t k;
    if (c < 0x80) { u[0] = (char)c; k = 1; }
    else if (c < 0x800) { u[0] = (char)(0xC0 | (c >> 6)); u[1] = (char)(0x80 | (c & 0x3F)); k = 2; }
    else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12)); u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F)); k = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18)); u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F)); u[3] = (char)(0x80 | (c & 0x3F)); k = 4;
    }
    if (n > 0 && !fb_reserve(b, (size_t)n * k))
        return;
    for (int64_t i = 0; i < n; i++)
        fb_add(b, u, k);
}

/* Hand the buffer to the caller (or free it and report MemoryError). */
static fmt_status fb_finish(sbuf *b, char **out, size_t *outlen, fmt_error *err)
{
    if (!b->failed && !b->p)
        fb_reserve(b, 0);
    if (b->failed) {
        mem_free(b->p, b->cap);
        return nomem(err);
    }
    b->p[b->len] = '\0';
    char *shrunk = mem_realloc(b->p, b->cap, b->len + 1);
    *out = shrunk ? shrunk : b->p;
    *outlen = b->len;
    return FMT_OK;
}

static void fb_drop(sbuf *b) { mem_free(b->p, b->cap); }

/* Decode one UTF-8 code point at s[*i] (lenient: bad bytes map to U+FFFD). */
static uint32_t utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[(*i)++];
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (extra < 0 || *i + (size_t)extra > len)
        return 0xFFFD;
    c &= 0x3Fu >> extra;
    for (int k = 0; k < extra; k++)
        c = (c << 6) | (u[(*i)++] & 0x3F);
    return c;
}

/* Number of code points in s[0..len). */
static size_t utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Byte offset of code point number cp in s (len if past the end). */
static size_t utf8_offset(const char *s, size_t len, size_t cp)
{
    size_t i = 0;
    while (i < len && cp > 0) {
        utf8_next(s, len, &i);
        cp--;
    }
    return i;
}

/* ------------------------------------------------------------------ */
/* Digit generation (the role of _Py_dg_dtoa)                         */
/* ------------------------------------------------------------------ */

/* Digits of |d| without leading/trailing zeros and the decimal point
 * position: value = 0.DIGITS * 10**decpt.  Zero is "0" with decpt 1. */
typedef struct digits {
    char *s;        /* mem_alloc'd digit string */
    size_t cap;     /* its allocation size */
    int len;        /* number of digits */
    int decpt;      /* position of the decimal point */
} digits;

/* Parse snprintf's "%e"/"%f" output into a digits record. */
static bool digits_from_printf(const char *buf, digits *dg)
{
    size_t n = strlen(buf);
    dg->cap = n + 2;
    dg->s = mem_alloc(dg->cap);
    if (!dg->s)
        return false;
    int len = 0, intlen = -1, exp = 0;
    for (const char *p = buf; *p; p++) {
        if (*p >= '0' && *p <= '9') dg->s[len++] = *p;
        else if (*p == '.') intlen = len;
        else if (*p == 'e') { exp = atoi(p + 1); break; }
    }
    if (intlen < 0) intlen = len;
    int lead = 0;
    while (lead < len && dg->s[lead] == '0') lead++;
    int end = len;
    while (end > lead && dg->s[end - 1] == '0') end--;
    if (lead == end) {  /* all zeros: the rounded value is zero */
        dg->s[0] = '0';
        dg->len = 1;
        dg->decpt = 1;
        dg->s[1] = '\0';
        return true;
    }
    memmove(dg->s, dg->s + lead, (size_t)(end - lead));
    dg->len = end - lead;
    dg->s[dg->len] = '\0';
    dg->decpt = intlen - lead + exp;
    return true;
}

/* snprintf into a fresh buffer big enough for "%.*e" / "%.*f" of |d|. */
static char *print_alloc(double d, char conv, int prec)
{
    size_t size = (size_t)prec + (conv == 'f' ? 330 : 32);
    char *buf = mem_alloc(size);
    if (!buf)
        return NULL;
    if (conv == 'f') snprintf(buf, size, "%.*f", prec, d);
    else             snprintf(buf, size, "%.*e", prec, d);
    return buf;
}

/* Round-trip test of the decimal M * 10**X. */
static bool roundtrips(uint64_t m, int x, double d, double *got)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m, x);
    *got = strtod(buf, NULL);
    return *got == d;
}

/* The correctly rounded p-digit decimal of d as m * 10**x. */
static void nearest_decimal(double d, int p, uint64_t *m, int *x)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    const char *q = buf;
    *m = 0;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9') *m = *m * 10 + (uint64_t)(*q - '0');
    *x = atoi(q + 1) - (p - 1);
}

/* Shortest digits that read back as d (> 0, finite), the digits repr()
 * shows.  For each length p the nearest p-digit decimal and its neighbour
 * on the other side of d are the only p-digit candidates.  For normal d,
 * a decimal of <= 15 digits that reads back as d is unique and equals the
 * nearest 15-digit decimal with zeros stripped (the rounding interval is
 * narrower than the 15-digit spacing), so the search starts at 15;
 * subnormals, with wider intervals, start at 1. */
static bool shortest_digits(double d, digits *dg)
{
    uint64_t m = 0;
    int x = 0;
    double got;
    for (int p = d >= DBL_MIN ? 15 : 1; p <= 17; p++) {
        nearest_decimal(d, p, &m, &x);
        if (roundtrips(m, x, d, &got))
            break;
        uint64_t m2 = got < d ? m + 1 : m - 1;
        if (p < 17 && roundtrips(m2, x, d, &got)) { m = m2; break; }
    }
    while (m % 10 == 0) { m /= 10; x++; }
    char tmp[24];
    int len = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)m);
    dg->cap = (size_t)len + 1;
    dg->s = mem_alloc(dg->cap);
    if (!dg->s)
        return false;
    memcpy(dg->s, tmp, (size_t)len + 1);
    dg->len = len;
    dg->decpt = len + x;
    return true;
}

/* Gay's modes: 0 shortest, 2 ndigits significant, 3 ndigits after the point. */
static bool make_digits(double d, int mode, int ndigits, digits *dg)
{
    d = fabs(d);
    if (d == 0.0 || mode == 0) {
        if (d != 0.0)
            return shortest_digits(d, dg);
        dg->cap = 2;
        if (!(dg->s = mem_alloc(2))) return false;
        memcpy(dg->s, "0", 2);
        dg->len = 1;
        dg->decpt = 1;
        return true;
    }
    char *buf = print_alloc(d, mode == 2 ? 'e' : 'f', mode == 2 ? ndigits - 1 : ndigits);
    if (!buf)
        return false;
    bool ok = digits_from_printf(buf, dg);
    mem_free(buf, 0);
    return ok;
}

/* ------------------------------------------------------------------ */
/* PyOS_double_to_string                                              */
/* ------------------------------------------------------------------ */

enum { DT_SIGN = 1, DT_ADD_DOT_0 = 2, DT_ALT = 4, DT_NO_NEG_0 = 8 };

/* Append zero characters. */
static void fb_zeros(sbuf *b, int64_t n) { fb_fill(b, '0', n); }

/* Port of format_float_short: lay out digits for code e/f/g/r. */
static void layout_digits(sbuf *b, const digits *dg, bool neg, char code, int precision,
                          int flags, bool upper)
{
    int64_t decpt = dg->decpt, len = dg->len, vend = len, exp = 0;
    bool use_exp = false;
    if ((flags & DT_NO_NEG_0) && neg && len == 1 && dg->s[0] == '0')
        neg = false;
    switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > ((flags & DT_ADD_DOT_0) ? precision - 1 : precision))
            use_exp = true;
        if (flags & DT_ALT) vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) { exp = decpt - 1; decpt = 1; }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & DT_ADD_DOT_0)) vend = vend > decpt ? vend : decpt + 1;
    else                                    vend = vend > decpt ? vend : decpt;
    if (neg) fb_addc(b, '-');
    else if (flags & DT_SIGN) fb_addc(b, '+');
    if (decpt <= 0) {
        fb_zeros(b, decpt - vstart);
        fb_addc(b, '.');
        fb_zeros(b, -decpt);
    } else {
        fb_zeros(b, -vstart);
    }
    if (0 < decpt && decpt <= len) {
        fb_add(b, dg->s, (size_t)decpt);
        fb_addc(b, '.');
        fb_add(b, dg->s + decpt, (size_t)(len - decpt));
    } else {
        fb_add(b, dg->s, (size_t)len);
    }
    if (len < decpt) {
        fb_zeros(b, decpt - len);
        fb_addc(b, '.');
        fb_zeros(b, vend - decpt);
    } else {
        fb_zeros(b, vend - len);
    }
    if (!b->failed && b->len > 0 && b->p[b->len - 1] == '.' && !(flags & DT_ALT))
        b->p[--b->len] = '\0';
    if (use_exp) {
        char e[16];
        int n = snprintf(e, sizeof e, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
        fb_add(b, e, (size_t)n);
    }
}

/* PyOS_double_to_string(d, code, precision, flags) appended to b.
 * code: e E f F g G r.  false on ENOMEM. */
static bool double_to_string(sbuf *b, double d, char code, int precision, int flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char lc = upper ? (char)(code + 32) : code;
    bool neg = signbit(d) != 0;
    if (isnan(d) || isinf(d)) {
        if (isnan(d)) neg = false;
        if (neg) fb_addc(b, '-');
        else if (flags & DT_SIGN) fb_addc(b, '+');
        fb_add(b, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        return !b->failed;
    }
    int mode = 0, nd = 0;
    if (lc == 'e') { mode = 2; nd = precision + 1; precision++; }
    else if (lc == 'f') { mode = 3; nd = precision; }
    else if (lc == 'g') { mode = 2; if (precision == 0) precision = 1; nd = precision; }
    digits dg;
    if (!make_digits(d, mode, nd, &dg)) { b->failed = true; return false; }
    layout_digits(b, &dg, neg, lc, precision, flags, upper);
    mem_free(dg.s, dg.cap);
    return !b->failed;
}

size_t fmt_float_repr(double d, char *buf)
{
    sbuf b = {0};
    char local[FMT_REPR_MAX];
    if (!double_to_string(&b, d, 'r', 0, DT_ADD_DOT_0)) {
        /* out of memory: fall back to %.17g, which still round-trips */
        snprintf(local, sizeof local, "%.17g", d);
        fb_drop(&b);
        memcpy(buf, local, strlen(local) + 1);
        return strlen(buf);
    }
    size_t n = b.len < FMT_REPR_MAX - 1 ? b.len : FMT_REPR_MAX - 1;
    memcpy(buf, b.p, n);
    buf[n] = '\0';
    fb_drop(&b);
    return n;
}

/* ------------------------------------------------------------------ */
/* Format-spec parsing                                                */
/* ------------------------------------------------------------------ */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Read a decimal integer at spec[*pos]; -1 on overflow, else digits read. */
static int get_integer(const char *spec, size_t len, size_t *pos, int64_t *out)
{
    int64_t v = 0;
    int n = 0;
    while (*pos < len && spec[*pos] >= '0' && spec[*pos] <= '9') {
        int dv = spec[*pos] - '0';
        if (v > (INT64_MAX - dv) / 10)
            return -1;
        v = v * 10 + dv;
        (*pos)++;
        n++;
    }
    *out = v;
    return n;
}

/* The text of a code point for "Unknown format code" style messages. */
static void code_text(uint32_t c, char *buf, size_t size)
{
    if (c > 32 && c < 128) snprintf(buf, size, "%c", (char)c);
    else                   snprintf(buf, size, "\\x%x", (unsigned)c);
}

fmt_status fmt_parse_spec(const char *spec, size_t len, uint32_t default_type, const char *type_name,
                          fmt_spec *f, fmt_error *err)
{
    size_t pos = 0, p1, p2;
    bool fill_given = false, align_given = false;
    char default_align = default_type == 's' ? '<' : '>';
    *f = (fmt_spec){ .fill = ' ', .align = default_align, .width = -1, .precision = -1,
                     .type = default_type };
    p1 = 0;
    uint32_t c0 = len ? utf8_next(spec, len, &p1) : 0;
    p2 = p1;
    uint32_t c1 = p1 < len ? utf8_next(spec, len, &p2) : 0;
    if (p1 < len && is_align(c1)) {
        f->fill = c0; f->align = (char)c1; fill_given = align_given = true; pos = p2;
    } else if (len && is_align(c0)) {
        f->align = (char)c0; align_given = true; pos = p1;
    }
    if (pos < len && (spec[pos] == ' ' || spec[pos] == '+' || spec[pos] == '-'))
        f->sign = spec[pos++];
    if (pos < len && spec[pos] == 'z') { f->z = true; pos++; }
    if (pos < len && spec[pos] == '#') { f->alt = true; pos++; }
    if (!fill_given && pos < len && spec[pos] == '0') {
        f->fill = '0';
        f->zero = true;
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int n = get_integer(spec, len, &pos, &f->width);
    if (n < 0)
        return fail(err, FMT_ESPEC, "ValueError", "Too many decimal digits in format string");
    if (n == 0) f->width = -1;
    if (pos < len && spec[pos] == ',') { f->grouping = ','; pos++; }
    if (pos < len && spec[pos] == '_') {
        if (f->grouping)
            return fail(err, FMT_ESPEC, "ValueError", "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        pos++;
    }
    if (pos < len && spec[pos] == ',' && f->grouping == '_')
        return fail(err, FMT_ESPEC, "ValueError", "Cannot specify both ',' and '_'.");
    if (pos < len && spec[pos] == '.') {
        pos++;
        n = get_integer(spec, len, &pos, &f->precision);
        if (n < 0)
            return fail(err, FMT_ESPEC, "ValueError", "Too many decimal digits in format string");
        if (n == 0)
            return fail(err, FMT_ESPEC, "ValueError", "Format specifier missing precision");
    }
    if (pos < len) {
        size_t q = pos;
        uint32_t t = utf8_next(spec, len, &q);
        if (q < len)
            return fail(err, FMT_ESPEC, "ValueError",
                        "Invalid format specifier '%.*s' for object of type '%.200s'",
                        (int)len, spec, type_name);
        f->type = t;
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_')
                break;
            /* fall through */
        default: {
            char ct[16];
            code_text(f->type, ct, sizeof ct);
            return fail(err, FMT_ESPEC, "ValueError", "Cannot specify '%c' with '%s'.", f->grouping, ct);
        }
        }
    }
    return FMT_OK;
}

static fmt_status unknown_code(fmt_error *err, uint32_t type, const char *type_name)
{
    char ct[16];
    code_text(type, ct, sizeof ct);
    return fail(err, FMT_ESPEC, "ValueError", "Unknown format code '%s' for object of type '%.200s'",
                ct, type_name);
}

/* ------------------------------------------------------------------ */
/* Number layout (calc_number_widths + fill_number)                   */
/* ------------------------------------------------------------------ */

/* A number split as CPython does before padding. */
typedef struct numparts {
    char sign;             /* '-' if negative, else 0 */
    const char *prefix;    /* "0x" etc. (already in the right case) */
    size_t nprefix;        /* its length */
    const char *digits;    /* leading run of digits */
    size_t ndigits;        /* their count (0 for 'c' and inf/nan) */
    bool decimal;          /* a '.' follows the digits */
    const char *rest;      /* remainder after the digits and '.' (UTF-8) */
    size_t nrest;          /* its byte length */
    size_t nrest_cp;       /* its length in code points */
} numparts;

/* One chunk of group_digits: a separator (if sep), `chars` digits taken
 * from the right of the remaining ones, then `zeros` zeros, written right to
 * left ending at *w (when *w is not NULL).  Returns the chunk length. */
static int64_t emit_chunk(char **w, const char *dig, int64_t *pos, int64_t chars, int64_t zeros,
                          char sep)
{
    if (*w) {
        if (sep) *--(*w) = sep;
        for (int64_t k = 0; k < chars; k++) *--(*w) = dig[--*pos];
        for (int64_t k = 0; k < zeros; k++) *--(*w) = '0';
    }
    return (sep ? 1 : 0) + chars + zeros;
}

/* Digits with separators every `group` (0 = none), padded with zeros up to
 * min_width, as CPython's _PyUnicode_InsertThousandsGrouping.  With end ==
 * NULL only measures; else writes the result so that it ends at end. */
static int64_t group_digits(char *end, const char *dig, int64_t n, int64_t min_width, int group,
                            char sep)
{
    int64_t count = 0, remaining = n, pos = n;
    bool use_sep = false;
    while (group > 0) {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        if (len > group) len = group;
        int64_t zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t chars = remaining < len ? remaining : len;
        count += emit_chunk(&end, dig, &pos, chars, zeros, use_sep ? sep : 0);
        use_sep = true;
        remaining -= chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0)
            return count;
        min_width -= 1;
    }
    int64_t len = remaining > min_width ? remaining : min_width;
    if (len < 1) len = 1;
    int64_t zeros = len - remaining > 0 ? len - remaining : 0;
    int64_t chars = remaining < len ? remaining : len;
    return count + emit_chunk(&end, dig, &pos, chars, zeros, use_sep ? sep : 0);
}

/* Pad and assemble the parts per the spec (group: 0, 3 or 4). */
static void fill_number(sbuf *b, const numparts *np, const fmt_spec *f, int group, bool upper)
{
    char sign = 0;
    if (f->sign == '+') sign = np->sign == '-' ? '-' : '+';
    else if (f->sign == ' ') sign = np->sign == '-' ? '-' : ' ';
    else if (np->sign == '-') sign = '-';
    int64_t nondigit = (sign ? 1 : 0) + (int64_t)np->nprefix + (np->decimal ? 1 : 0)
                       + (int64_t)np->nrest_cp;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - nondigit : 0;
    char sep = f->grouping ? f->grouping : 0;
    int g = sep ? group : 0;
    int64_t ngrouped = np->ndigits == 0 ? 0
                       : group_digits(NULL, np->digits, (int64_t)np->ndigits, min_width, g, sep);
    int64_t pad = f->width - (nondigit + ngrouped), lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default:  lpad = pad; break;
        }
    }
    fb_fill(b, f->fill, lpad);
    if (sign) fb_addc(b, sign);
    fb_add(b, np->prefix, np->nprefix);
    fb_fill(b, f->fill, spad);
    if (ngrouped > 0 && fb_reserve(b, (size_t)ngrouped)) {
        group_digits(b->p + b->len + ngrouped, np->digits, (int64_t)np->ndigits, min_width, g, sep);
        if (upper)
            for (int64_t i = 0; i < ngrouped; i++)
                if (b->p[b->len + i] >= 'a' && b->p[b->len + i] <= 'f') b->p[b->len + i] -= 32;
        b->len += (size_t)ngrouped;
        b->p[b->len] = '\0';
    }
    if (np->decimal) fb_addc(b, '.');
    fb_add(b, np->rest, np->nrest);
    fb_fill(b, f->fill, rpad);
}

/* ------------------------------------------------------------------ */
/* format() for floats, ints and strs                                 */
/* ------------------------------------------------------------------ */

/* format_float_internal: f is a parsed spec whose type is a float type. */
static fmt_status format_float_spec(double v, const fmt_spec *f, sbuf *b, fmt_error *err)
{
    if (f->precision > INT_MAX)
        return fail(err, FMT_ESPEC, "ValueError", "precision too big");
    int precision = (int)f->precision, flags = 0, default_precision = 6;
    char type = (char)f->type;
    bool pct = false;
    if (f->alt) flags |= DT_ALT;
    if (f->z) flags |= DT_NO_NEG_0;
    if (type == 0) { flags |= DT_ADD_DOT_0; type = 'r'; default_precision = 0; }
    if (type == 'n') type = 'g';
    if (type == '%') { type = 'f'; v *= 100; pct = true; }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    sbuf num = {0};
    if (!double_to_string(&num, v, type, precision, flags)) { fb_drop(&num); return nomem(err); }
    if (pct) fb_addc(&num, '%');
    if (num.failed) { fb_drop(&num); return nomem(err); }
    numparts np = {0};
    const char *s = num.p;
    if (*s == '-') { np.sign = '-'; s++; }
    np.digits = s;
    while (*s >= '0' && *s <= '9') s++;
    np.ndigits = (size_t)(s - np.digits);
    if (*s == '.') { np.decimal = true; s++; }
    np.rest = s;
    np.nrest = np.nrest_cp = strlen(s);
    np.prefix = "";
    fill_number(b, &np, f, 3, false);
    fb_drop(&num);
    return b->failed ? nomem(err) : FMT_OK;
}

/* The 'c' presentation of an int. */
static fmt_status format_char(const big_int *v, const fmt_spec *f, sbuf *b, fmt_error *err)
{
    if (f->sign)
        return fail(err, FMT_ESPEC, "ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f->alt)
        return fail(err, FMT_ESPEC, "ValueError",
                    "Alternate form (#) not allowed with integer format specifier 'c'");
    bool fits;
    int64_t x = big_to_i64(v, &fits);
    if (!fits)
        return fail(err, FMT_EOVERFLOW, "OverflowError", "Python int too large to convert to C long");
    if (x < 0 || x > 0x10FFFF)
        return fail(err, FMT_EOVERFLOW, "OverflowError", "%%c arg not in range(0x110000)");
    sbuf ch = {0};
    fb_fill(&ch, (uint32_t)x, 1);
    if (ch.failed) return nomem(err);
    numparts np = { .prefix = "", .digits = "", .rest = ch.p, .nrest = ch.len, .nrest_cp = 1 };
    fill_number(b, &np, f, 0, false);
    fb_drop(&ch);
    return b->failed ? nomem(err) : FMT_OK;
}

/* format_long_internal for b d o x X n. */
static fmt_status format_int_spec(const big_int *v, const fmt_spec *f, sbuf *b, fmt_error *err)
{
    if (f->precision != -1)
        return fail(err, FMT_ESPEC, "ValueError", "Precision not allowed in integer format specifier");
    if (f->z)
        return fail(err, FMT_ESPEC, "ValueError",
                    "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c')
        return format_char(v, f, b, err);
    int base = f->type == 'b' ? 2 : f->type == 'o' ? 8 : (f->type == 'x' || f->type == 'X') ? 16 : 10;
    char *s;
    size_t n;
    big_status st = big_to_str(v, base, 0, &s, &n);
    if (st != BIG_OK)
        return fmt_from_big_status(st, err);
    numparts np = {0};
    np.digits = s;
    if (*s == '-') { np.sign = '-'; np.digits++; }
    np.ndigits = strlen(np.digits);
    np.rest = "";
    const char *pfx = f->type == 'b' ? "0b" : f->type == 'o' ? "0o" : f->type == 'x' ? "0x"
                    : f->type == 'X' ? "0X" : "";
    np.prefix = f->alt ? pfx : "";
    np.nprefix = strlen(np.prefix);
    int group = f->type == 'n' ? 0 : (base == 10 ? 3 : 4);
    fill_number(b, &np, f, group, f->type == 'X');
    mem_free(s, n + 1);
    return b->failed ? nomem(err) : FMT_OK;
}

/* Empty spec: str(value). */
static fmt_status str_of_int(const big_int *v, char **out, size_t *outlen, fmt_error *err)
{
    big_status st = big_to_str(v, 10, 0, out, outlen);
    return st == BIG_OK ? FMT_OK : fmt_from_big_status(st, err);
}

fmt_status fmt_format_int(const big_int *v, const char *spec, size_t len, const char *type_name,
                          char **out, size_t *outlen, fmt_error *err)
{
    if (!type_name) type_name = "int";
    if (len == 0)
        return str_of_int(v, out, outlen, err);
    fmt_spec f;
    fmt_status st = fmt_parse_spec(spec, len, 'd', type_name, &f, err);
    if (st != FMT_OK)
        return st;
    sbuf b = {0};
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        st = format_int_spec(v, &f, &b, err);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        big_status bs = big_to_double(v, &d);
        st = bs != BIG_OK ? fmt_from_big_status(bs, err) : format_float_spec(d, &f, &b, err);
        break;
    }
    default:
        st = unknown_code(err, f.type, type_name);
    }
    if (st != FMT_OK) { fb_drop(&b); return st; }
    return fb_finish(&b, out, outlen, err);
}

fmt_status fmt_format_i64(int64_t v, const char *spec, size_t len, const char *type_name,
                          char **out, size_t *outlen, fmt_error *err)
{
    big_tmp t;
    return fmt_format_int(big_tmp_i64(&t, v), spec, len, type_name, out, outlen, err);
}

fmt_status fmt_format_float(double v, const char *spec, size_t len, const char *type_name,
                            char **out, size_t *outlen, fmt_error *err)
{
    if (!type_name) type_name = "float";
    fmt_spec f;
    sbuf b = {0};
    fmt_status st;
    if (len == 0) {
        st = double_to_string(&b, v, 'r', 0, DT_ADD_DOT_0) ? FMT_OK : nomem(err);
    } else if ((st = fmt_parse_spec(spec, len, 0, type_name, &f, err)) == FMT_OK) {
        switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            st = format_float_spec(v, &f, &b, err);
            break;
        default:
            st = unknown_code(err, f.type, type_name);
        }
    }
    if (st != FMT_OK) { fb_drop(&b); return st; }
    return fb_finish(&b, out, outlen, err);
}

/* format_string_internal: checks, precision cut, padding. */
static fmt_status format_str_spec(const char *s, size_t slen, const fmt_spec *f, sbuf *b,
                                  fmt_error *err)
{
    if (f->sign)
        return fail(err, FMT_ESPEC, "ValueError", "%s not allowed in string format specifier",
                    f->sign == ' ' ? "Space" : "Sign");
    if (f->z)
        return fail(err, FMT_ESPEC, "ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alt)
        return fail(err, FMT_ESPEC, "ValueError",
                    "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return fail(err, FMT_ESPEC, "ValueError",
                    "'=' alignment not allowed in string format specifier");
    int64_t n = (int64_t)utf8_count(s, slen);
    if (f->precision >= 0 && n > f->precision) {
        slen = utf8_offset(s, slen, (size_t)f->precision);
        n = f->precision;
    }
    int64_t total = f->width > n ? f->width : n, lpad;
    if (f->align == '>') lpad = total - n;
    else if (f->align == '^') lpad = (total - n) / 2;
    else lpad = 0;
    fb_fill(b, f->fill, lpad);
    fb_add(b, s, slen);
    fb_fill(b, f->fill, total - n - lpad);
    return b->failed ? nomem(err) : FMT_OK;
}

fmt_status fmt_format_str(const char *s, size_t slen, const char *spec, size_t len,
                          const char *type_name, char **out, size_t *outlen, fmt_error *err)
{
    if (!type_name) type_name = "str";
    fmt_spec f;
    sbuf b = {0};
    fmt_status st = FMT_OK;
    if (len == 0) {
        fb_add(&b, s, slen);
    } else if ((st = fmt_parse_spec(spec, len, 's', type_name, &f, err)) == FMT_OK) {
        st = f.type == 's' ? format_str_spec(s, slen, &f, &b, err) : unknown_code(err, f.type, type_name);
    }
    if (st != FMT_OK) { fb_drop(&b); return st; }
    return fb_finish(&b, out, outlen, err);
}

/* ------------------------------------------------------------------ */
/* round()                                                            */
/* ------------------------------------------------------------------ */

double fmt_round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

/* Round the decimal integer dig[0..n) (no sign) half-even at 10**k, with
 * `sticky` saying a nonzero fraction followed; writes "[-]D...e+k" to out
 * (size >= n + 24) for strtod. */
static void round_int_string(const char *dig, size_t n, int k, bool sticky, char *out, bool neg)
{
    char *p = out;
    if (neg) *p++ = '-';
    if ((size_t)k > n) {  /* |x| < 10**n <= 10**k / 10: rounds to zero */
        strcpy(p, "0");
        return;
    }
    size_t keepn = n - (size_t)k;
    bool rest = sticky;
    for (size_t i = keepn + 1; i < n; i++)
        if (dig[i] != '0') rest = true;
    bool odd = keepn > 0 && ((dig[keepn - 1] - '0') & 1);
    bool up = dig[keepn] > '5' || (dig[keepn] == '5' && (rest || odd));
    p[0] = '0';  /* room for a carry */
    memcpy(p + 1, dig, keepn);
    for (size_t i = keepn + 1; up && i-- > 0;) {
        up = p[i] == '9';
        p[i] = up ? '0' : (char)(p[i] + 1);
    }
    sprintf(p + keepn + 1, "e%d", k);
}

fmt_status fmt_round_double(double x, int64_t ndigits, double *out, fmt_error *err)
{
    const int64_t ndigits_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t ndigits_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > ndigits_max) { *out = x; return FMT_OK; }
    if (ndigits < ndigits_min) { *out = 0.0 * x; return FMT_OK; }
    char small[400];  /* integer part of |x| < 1.8e308: at most 309 digits */
    char *buf = NULL;
    if (ndigits >= 0) {
        buf = print_alloc(x, 'f', (int)ndigits);
        if (!buf) return nomem(err);
    } else {
        double t = trunc(x);
        char ip[400];
        snprintf(ip, sizeof ip, "%.0f", fabs(t));
        round_int_string(ip, strlen(ip), (int)-ndigits, t != x, small, signbit(x) != 0);
    }
    double r = strtod(buf ? buf : small, NULL);
    mem_free(buf, 0);
    if (isinf(r))
        return fail(err, FMT_EOVERFLOW, "OverflowError", "rounded value too large to represent");
    *out = r;
    return FMT_OK;
}

/* ------------------------------------------------------------------ */
/* Float arithmetic                                                   */
/* ------------------------------------------------------------------ */

fmt_status fmt_float_div(double a, double b, double *out, fmt_error *err)
{
    if (b == 0.0)
        return fail(err, FMT_EZERODIV, "ZeroDivisionError", "float division by zero");
    *out = a / b;
    return FMT_OK;
}

/* CPython's _float_div_mod. */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double div;
    *mod = fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, wx);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5)
            *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
}

fmt_status fmt_float_floordiv(double a, double b, double *out, fmt_error *err)
{
    if (b == 0.0)
        return fail(err, FMT_EZERODIV, "ZeroDivisionError", "float floor division by zero");
    double m;
    float_div_mod(a, b, out, &m);
    return FMT_OK;
}

fmt_status fmt_float_mod(double a, double b, double *out, fmt_error *err)
{
    if (b == 0.0)
        return fail(err, FMT_EZERODIV, "ZeroDivisionError", "float modulo");
    double mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0))
            mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    *out = mod;
    return FMT_OK;
}

fmt_status fmt_float_divmod(double a, double b, double *q, double *r, fmt_error *err)
{
    if (b == 0.0)
        return fail(err, FMT_EZERODIV, "ZeroDivisionError", "float divmod()");
    float_div_mod(a, b, q, r);
    return FMT_OK;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* float_pow of CPython 3.11, special cases first, then libm pow. */
fmt_status fmt_float_pow(double iv, double iw, double *out, fmt_error *err)
{
    bool negate = false;
    if (iw == 0) { *out = 1.0; return FMT_OK; }
    if (isnan(iv)) { *out = iv; return FMT_OK; }
    if (isnan(iw)) { *out = iv == 1.0 ? 1.0 : iw; return FMT_OK; }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) *out = 1.0;
        else if ((iw > 0.0) == (iv > 1.0)) *out = fabs(iw);
        else *out = 0.0;
        return FMT_OK;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) *out = odd ? iv : fabs(iv);
        else *out = odd ? copysign(0.0, iv) : 0.0;
        return FMT_OK;
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return fail(err, FMT_EZERODIV, "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power");
        *out = is_odd_integer(iw) ? iv : 0.0;
        return FMT_OK;
    }
    if (iv < 0.0) {
        if (iw != floor(iw))
            return fail(err, FMT_ECOMPLEX, "ValueError",
                        "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) { *out = negate ? -1.0 : 1.0; return FMT_OK; }
    double ix = pow(iv, iw);
    if (isinf(ix))
        return fail(err, FMT_EOVERFLOW, "OverflowError", "(34, 'Numerical result out of range')");
    *out = negate ? -ix : ix;
    return FMT_OK;
}

/* ------------------------------------------------------------------ */
/* float(str)                                                         */
/* ------------------------------------------------------------------ */

/* ASCII whitespace as float() strips it (after the Unicode transform). */
static bool is_space(char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Case-insensitive match of word at s. */
static bool word_at(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n != wl) return false;
    for (size_t i = 0; i < wl; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

/* Validate the Python float grammar on an underscore-free ASCII string. */
static bool float_grammar(const char *s, size_t n)
{
    size_t i = 0, intd = 0, fracd = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (word_at(s + i, n - i, "inf") || word_at(s + i, n - i, "infinity") || word_at(s + i, n - i, "nan"))
        return true;
    while (i < n && is_digit(s[i])) { i++; intd++; }
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i])) { i++; fracd++; }
    }
    if (intd + fracd == 0) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t ed = 0;
        while (i < n && is_digit(s[i])) { i++; ed++; }
        if (ed == 0) return false;
    }
    return i == n;
}

/* Drop single underscores between digits (CPython's
 * _Py_string_to_number_with_underscores); false when one is misplaced. */
static bool strip_underscores(const char *s, size_t n, char *out)
{
    size_t m = 0;
    char prev = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '_' && !is_digit(prev))
            return false;
        if (c != '_') {
            if (prev == '_' && !is_digit(c))
                return false;
            out[m++] = c;
        }
        prev = c;
    }
    out[m] = '\0';
    return prev != '_';
}

fmt_status fmt_parse_float(const char *text, size_t len, double *out, fmt_error *err)
{
    size_t n;
    char *ascii = big_unicode_to_ascii(text, len, &n);
    char *clean = ascii ? mem_alloc(n + 1) : NULL;
    if (!clean) { mem_free(ascii, len + 1); return nomem(err); }
    const char *s = ascii, *end = ascii + n;
    while (s < end && is_space(*s)) s++;
    while (end > s && is_space(end[-1])) end--;
    size_t m = (size_t)(end - s);
    bool ok = memchr(s, '\0', m) == NULL && strip_underscores(s, m, clean);
    ok = ok && float_grammar(clean, strlen(clean));
    if (ok) {
        const char *w = clean + (clean[0] == '+' || clean[0] == '-');
        *out = (*w | 0x20) == 'n' ? NAN : strtod(clean, NULL);  /* float('-nan') is nan */
    }
    mem_free(clean, n + 1);
    mem_free(ascii, len + 1);
    if (!ok)
        return fail(err, FMT_EPARSE, "ValueError", "could not convert string to float: ");
    return FMT_OK;
}

/* ------------------------------------------------------------------ */
/* Old-style % conversions                                            */
/* ------------------------------------------------------------------ */

fmt_status fmt_pct_parse(const char *fmt, size_t len, size_t *pos, fmt_pct *p, fmt_error *err)
{
    size_t i = *pos + 1;
    *p = (fmt_pct){ .width = -1, .precision = -1 };
    if (i < len && fmt[i] == '(') {
        int depth = 1;
        size_t start = ++i;
        while (i < len && depth > 0) {
            if (fmt[i] == '(') depth++;
            else if (fmt[i] == ')') depth--;
            i++;
        }
        if (depth > 0)
            return fail(err, FMT_EVALUE, "ValueError", "incomplete format key");
        p->key_start = start;
        p->key_len = i - 1 - start;
    }
    for (; i < len; i++) {
        char c = fmt[i];
        if (c == '-') p->left = true;
        else if (c == '+') p->plus = true;
        else if (c == ' ') p->space = true;
        else if (c == '#') p->alt = true;
        else if (c == '0') p->zero = true;
        else break;
    }
    if (i < len && fmt[i] == '*') { p->width = -2; i++; }
    else if (i < len && is_digit(fmt[i])) {
        if (get_integer(fmt, len, &i, &p->width) < 0 || p->width > INT_MAX)
            return fail(err, FMT_EVALUE, "ValueError", "width too big");
    }
    if (i < len && fmt[i] == '.') {
        i++;
        p->precision = 0;
        if (i < len && fmt[i] == '*') { p->precision = -2; i++; }
        else if (i < len && is_digit(fmt[i])) {
            if (get_integer(fmt, len, &i, &p->precision) < 0 || p->precision > INT_MAX)
                return fail(err, FMT_EVALUE, "ValueError", "precision too big");
        }
    }
    while (i < len && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
    if (i >= len)
        return fail(err, FMT_EVALUE, "ValueError", "incomplete format");
    size_t q = i;
    uint32_t c = utf8_next(fmt, len, &q);
    if (!strchr("diuoxXeEfFgGcsra%", (int)c) || c == 0) {
        size_t idx = utf8_count(fmt, i);
        return fail(err, FMT_EVALUE, "ValueError", "unsupported format character '%c' (0x%x) at index %zu",
                    c >= 32 && c <= 126 ? (char)c : '?', (unsigned)c, idx);
    }
    p->conv = (char)c;
    *pos = q;
    return FMT_OK;
}

/* unicode_format_arg_output: pad str (a formatted number when `numeric`). */
static void pct_output(sbuf *b, const fmt_pct *p, const char *s, size_t slen, bool numeric)
{
    int64_t len = (int64_t)utf8_count(s, slen), width = p->width;
    char fill = p->zero && numeric && !p->left ? '0' : ' ';
    if (!numeric && p->precision >= 0 && len > p->precision) {
        slen = utf8_offset(s, slen, (size_t)p->precision);
        len = p->precision;
    }
    char signchar = 0;
    bool sign = numeric;
    size_t idx = 0;
    if (sign) {
        if (s[0] == '-' || s[0] == '+') { signchar = s[0]; len--; idx++; }
        else if (p->plus) signchar = '+';
        else if (p->space) signchar = ' ';
        else sign = false;
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') fb_addc(b, signchar);
        if (width > len) width--;
    }
    bool prefix = p->alt && (p->conv == 'x' || p->conv == 'X' || p->conv == 'o');
    if (prefix) {
        if (fill != ' ') { fb_add(b, s + idx, 2); idx += 2; }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !p->left) { fb_fill(b, (uint32_t)fill, width - len); width = len; }
    if (fill == ' ') {
        if (sign) fb_addc(b, signchar);
        if (prefix) { fb_add(b, s + idx, 2); idx += 2; }
    }
    fb_add(b, s + idx, slen - idx);
    if (width > len) fb_fill(b, ' ', width - len);
}

/* _PyUnicode_FormatLong: digits with precision zero-fill and case. */
static fmt_status pct_long_text(const fmt_pct *p, const big_int *v, sbuf *t, fmt_error *err)
{
    char conv = p->conv == 'i' || p->conv == 'u' ? 'd' : p->conv;
    int base = conv == 'd' ? 10 : conv == 'o' ? 8 : 16;
    char *s;
    size_t n;
    big_status st = big_to_str(v, base, 0, &s, &n);
    if (st != BIG_OK) return fmt_from_big_status(st, err);
    const char *dig = s + (s[0] == '-');
    int64_t nd = (int64_t)strlen(dig);
    if (s[0] == '-') fb_addc(t, '-');
    if (p->alt && conv != 'd') fb_add(t, conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X", 2);
    if (p->precision > nd) fb_zeros(t, p->precision - nd);
    size_t at = t->len;
    fb_add(t, dig, (size_t)nd);
    if (conv == 'X' && !t->failed)
        for (size_t i = at; i < t->len; i++)
            if (t->p[i] >= 'a' && t->p[i] <= 'f') t->p[i] -= 32;
    mem_free(s, n + 1);
    return t->failed ? nomem(err) : FMT_OK;
}

static fmt_status pct_finish(sbuf *t, const fmt_pct *p, bool numeric, char **out, size_t *outlen,
                             fmt_error *err)
{
    if (t->failed) { fb_drop(t); return nomem(err); }
    sbuf b = {0};
    pct_output(&b, p, t->p ? t->p : "", t->len, numeric);
    fb_drop(t);
    return fb_finish(&b, out, outlen, err);
}

fmt_status fmt_pct_float(const fmt_pct *p, double v, char **out, size_t *outlen, fmt_error *err)
{
    switch (p->conv) {
    case 'd': case 'i': case 'u': {
        big_int *iv;
        big_status bs = big_from_double(v, &iv);
        if (bs != BIG_OK) return fmt_from_big_status(bs, err);
        fmt_status st = fmt_pct_int(p, iv, out, outlen, err);
        big_free(iv);
        return st;
    }
    case 'o': case 'x': case 'X':
        return fail(err, FMT_ETYPE, "TypeError", "%%%c format: an integer is required, not float", p->conv);
    case 'c':
        return fail(err, FMT_ETYPE, "TypeError", "%%c requires int or char");
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default:
        return fail(err, FMT_ETYPE, "TypeError", "unsupported conversion for a float");
    }
    sbuf t = {0};
    int prec = p->precision < 0 ? 6 : (int)p->precision;
    double_to_string(&t, v, p->conv, prec, p->alt ? DT_ALT : 0);
    return pct_finish(&t, p, true, out, outlen, err);
}

fmt_status fmt_pct_int(const fmt_pct *p, const big_int *v, char **out, size_t *outlen, fmt_error *err)
{
    sbuf t = {0};
    switch (p->conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        fmt_status st = pct_long_text(p, v, &t, err);
        if (st != FMT_OK) { fb_drop(&t); return st; }
        return pct_finish(&t, p, true, out, outlen, err);
    }
    case 'c': {
        bool fits;
        int64_t x = big_to_i64(v, &fits);
        if (!fits || x < 0 || x > 0x10FFFF)
            return fail(err, FMT_EOVERFLOW, "OverflowError", "%%c arg not in range(0x110000)");
        fb_fill(&t, (uint32_t)x, 1);
        return pct_finish(&t, p, false, out, outlen, err);
    }
    default: {
        double d;
        big_status bs = big_to_double(v, &d);
        if (bs != BIG_OK) return fmt_from_big_status(bs, err);
        return fmt_pct_float(p, d, out, outlen, err);
    }
    }
}

fmt_status fmt_pct_str(const fmt_pct *p, const char *s, size_t slen, char **out, size_t *outlen,
                       fmt_error *err)
{
    sbuf t = {0};
    fb_add(&t, s, slen);
    return pct_finish(&t, p, false, out, outlen, err);
}
