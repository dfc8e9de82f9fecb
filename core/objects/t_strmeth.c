/* t_strmeth.c - the methods of str (split, strip, find, replace, case
 * mapping, predicates, padding, ...), exported to t_str.c as str_methods.
 *
 * Searches work on the UTF-8 bytes (a match of valid UTF-8 always starts
 * on a code point boundary); start/end arguments and results are code
 * point indices, converted at the edges.  Case mapping covers ASCII,
 * Latin-1, Latin Extended-A, Greek, Cyrillic and fullwidth Latin.
 */
#include "objects/types.h"
#include "objects/interp.h"

#include <string.h>

/* ---- helpers ---- */

#define NOARGS (void)args; (void)nargs; (void)kw

/* Code point index of byte offset off. */
static int64_t cp_index(Obj *s, size_t off)
{
    const char *d = STR_DATA(s);
    int64_t n = 0;
    for (size_t i = 0; i < off; i++)
        n += ((unsigned char)d[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of the first (or last, rev) occurrence of needle in
 * hay[lo, hi); -1 if absent. */
static int64_t find_bytes(const char *hay, size_t lo, size_t hi, const char *nd, size_t n, bool rev)
{
    if (hi < lo || hi - lo < n)
        return -1;
    if (!rev) {
        for (size_t i = lo; i + n <= hi; i++)
            if (memcmp(hay + i, nd, n) == 0)
                return (int64_t)i;
    } else {
        for (size_t i = hi - n + 1; i-- > lo;)
            if (memcmp(hay + i, nd, n) == 0)
                return (int64_t)i;
    }
    return -1;
}

/* Resolve optional start/end (None allowed) against len like a slice. */
static int start_end(Obj *const *args, size_t nargs, size_t first, int64_t len,
                     int64_t *start, int64_t *end)
{
    *start = 0;
    *end = len;
    int64_t *dst[2] = { start, end };
    for (size_t k = 0; k < 2; k++) {
        if (nargs <= first + k || obj_is_none(args[first + k]))
            continue;
        if (obj_as_int64(args[first + k], dst[k]) < 0)
            return -1;
        if (*dst[k] < 0 && (*dst[k] += len) < 0)
            *dst[k] = 0;
        if (*dst[k] > len)
            *dst[k] = len;
    }
    return 0;
}

/* Check that arg is a str for method `name` ("must be str, not int"). */
static int want_str(Obj *arg, const char *name, int argno)
{
    if (STR_CHECK(arg))
        return 0;
    if (argno)
        err_format(Exc_TypeError, "%s() argument %d must be str, not %T", name, argno, arg);
    else
        err_format(Exc_TypeError, "must be str, not %T", arg);
    return -1;
}

/* ---- case mapping ---- */

static uint32_t cp_upper(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
    if (c == 0xff) return 0x178;
    if (c == 0xb5) return 0x39c;
    if (c >= 0x100 && c <= 0x17f) {
        bool odd_lower = (c <= 0x137 || (c >= 0x14a && c <= 0x177));
        if (odd_lower && (c & 1)) return c - 1;
        if (!odd_lower && c != 0x138 && c != 0x149 && !(c & 1) && c != 0x178) return c - 1;
        if (c == 0x17f) return 'S';
        return c;
    }
    if (c >= 0x3b1 && c <= 0x3c9) return c == 0x3c2 ? 0x3a3 : c - 32;
    if (c >= 0x430 && c <= 0x44f) return c - 32;
    if (c >= 0x450 && c <= 0x45f) return c - 80;
    if (c >= 0xff41 && c <= 0xff5a) return c - 32;
    return c;
}

static uint32_t cp_lower(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
    if (c == 0x178) return 0xff;
    if (c >= 0x100 && c <= 0x17f) {
        bool even_upper = (c <= 0x137 || (c >= 0x14a && c <= 0x177));
        if (even_upper && !(c & 1)) return c + 1;
        if (!even_upper && (c & 1) && c != 0x149 && c != 0x17f) return c + 1;
        return c;
    }
    if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
    if (c >= 0x410 && c <= 0x42f) return c + 32;
    if (c >= 0x400 && c <= 0x40f) return c + 80;
    if (c >= 0xff21 && c <= 0xff3a) return c + 32;
    return c;
}

uint32_t uni_tolower(uint32_t c) { return cp_lower(c); }
uint32_t uni_toupper(uint32_t c) { return cp_upper(c); }

static bool cp_isupper(uint32_t c) { return cp_lower(c) != c; }
static bool cp_islower(uint32_t c) { return cp_upper(c) != c || c == 0xdf; }
static bool cp_iscased(uint32_t c) { return cp_isupper(c) || cp_islower(c); }

/* Append the upper case of c ('ß' becomes "SS" as in CPython). */
static void add_upper(StrBuf *b, uint32_t c)
{
    if (c == 0xdf)
        sb_adds(b, "SS");
    else
        sb_addcp(b, cp_upper(c));
}

/* Mapping modes of case_map. */
enum { MAP_UPPER, MAP_LOWER, MAP_SWAP, MAP_TITLE, MAP_CAPITALIZE };

/* The one case-mapping loop behind upper/lower/swapcase/title/capitalize. */
static Obj *case_map(Obj *s, int mode)
{
    StrBuf b;
    sb_init(&b);
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    bool prev_cased = false, first = true;
    while (p < end) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        bool up = mode == MAP_UPPER || (mode == MAP_SWAP && cp_islower(c))
               || (mode == MAP_TITLE && !prev_cased) || (mode == MAP_CAPITALIZE && first);
        bool keep = mode == MAP_SWAP && !cp_iscased(c);
        if (keep)
            sb_addcp(&b, c);
        else if (up)
            add_upper(&b, c);
        else
            sb_addcp(&b, cp_lower(c));
        prev_cased = cp_iscased(c);
        first = false;
    }
    return sb_finish(&b);
}

static Obj *m_upper(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_map(self, MAP_UPPER); }
static Obj *m_lower(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_map(self, MAP_LOWER); }
static Obj *m_swapcase(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_map(self, MAP_SWAP); }
static Obj *m_title(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_map(self, MAP_TITLE); }
static Obj *m_capitalize(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_map(self, MAP_CAPITALIZE); }

/* ---- predicates ---- */

enum { IS_DIGIT, IS_ALPHA, IS_SPACE, IS_ALNUM, IS_DECIMAL, IS_ASCII, IS_PRINTABLE };

/* All code points satisfy `what` (and the str is non-empty, except for
 * isascii/isprintable). */
static Obj *predicate(Obj *s, int what)
{
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    if (p == end)
        return bool_new(what == IS_ASCII || what == IS_PRINTABLE);
    while (p < end) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        bool ok = false;
        switch (what) {
        case IS_DIGIT: ok = uni_isdigit(c); break;
        case IS_DECIMAL: ok = uni_isdigit(c) && c != 0xb2 && c != 0xb3 && c != 0xb9
                             && !(c >= 0x2070 && c <= 0x2089) && !(c >= 0x2460 && c <= 0x2468); break;
        case IS_ALPHA: ok = uni_isalpha(c); break;
        case IS_SPACE: ok = uni_isspace(c); break;
        case IS_ALNUM: ok = uni_isalpha(c) || uni_isdigit(c); break;
        case IS_ASCII: ok = c < 0x80; break;
        case IS_PRINTABLE: ok = uni_isprintable(c); break;
        }
        if (!ok)
            return bool_new(false);
    }
    return bool_new(true);
}

static Obj *m_isdigit(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_DIGIT); }
static Obj *m_isdecimal(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_DECIMAL); }
static Obj *m_isalpha(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_ALPHA); }
static Obj *m_isspace(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_SPACE); }
static Obj *m_isalnum(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_ALNUM); }
static Obj *m_isascii(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_ASCII); }
static Obj *m_isprintable(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_PRINTABLE); }

/* isupper/islower: at least one cased character and none of the other case. */
static Obj *case_predicate(Obj *s, bool upper)
{
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    bool cased = false;
    while (p < end) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        if (upper ? cp_islower(c) : cp_isupper(c))
            return bool_new(false);
        cased |= upper ? cp_isupper(c) : cp_islower(c);
    }
    return bool_new(cased);
}

static Obj *m_isupper(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_predicate(self, true); }
static Obj *m_islower(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_predicate(self, false); }

static Obj *m_istitle(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    bool prev_cased = false, any = false;
    while (p < end) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        if (cp_isupper(c)) {
            if (prev_cased)
                return bool_new(false);
            prev_cased = any = true;
        } else if (cp_islower(c)) {
            if (!prev_cased)
                return bool_new(false);
        } else {
            prev_cased = false;
        }
    }
    return bool_new(any);
}

static Obj *m_isidentifier(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    if (p == end)
        return bool_new(false);
    for (bool first = true; p < end; first = false) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        bool ok = c == '_' || uni_isalpha(c) || (!first && uni_isdigit(c) && c != 0xb2
                                                 && c != 0xb3 && c != 0xb9);
        if (!ok)
            return bool_new(false);
    }
    return bool_new(true);
}

/* ---- searching ---- */

/* The shared body of find/rfind/index/rindex: code point index or -1. */
static int search(Obj *self, Obj *const *args, size_t nargs, const char *name, bool rev,
                  int64_t *out)
{
    if (args_count(name, nargs, 1, 3) < 0 || want_str(args[0], name, 0) < 0)
        return -1;
    int64_t start, end, len = str_len(self);
    if (start_end(args, nargs, 1, len, &start, &end) < 0)
        return -1;
    *out = -1;
    if (start > end)
        return 0;
    size_t lo = str_byte_offset(self, start), hi = str_byte_offset(self, end);
    int64_t at = find_bytes(STR_DATA(self), lo, hi, STR_DATA(args[0]), STR_NBYTES(args[0]), rev);
    if (at >= 0)
        *out = cp_index(self, (size_t)at);
    return 0;
}

static Obj *m_find(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r;
    return search(self, args, nargs, "find", false, &r) < 0 ? NULL : int_from_i64(r);
}

static Obj *m_rfind(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r;
    return search(self, args, nargs, "rfind", true, &r) < 0 ? NULL : int_from_i64(r);
}

static Obj *m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r;
    if (search(self, args, nargs, "index", false, &r) < 0)
        return NULL;
    return r < 0 ? err_set(Exc_ValueError, "substring not found") : int_from_i64(r);
}

static Obj *m_rindex(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r;
    if (search(self, args, nargs, "rindex", true, &r) < 0)
        return NULL;
    return r < 0 ? err_set(Exc_ValueError, "substring not found") : int_from_i64(r);
}

/* Non-overlapping occurrences of sub in s[lo, hi) (bytes). */
static int64_t count_bytes(Obj *s, size_t lo, size_t hi, Obj *sub, int64_t max)
{
    size_t n = STR_NBYTES(sub);
    int64_t c = 0;
    if (n == 0)
        return cp_index(s, hi) - cp_index(s, lo) + 1;
    for (size_t i = lo; i + n <= hi && (max < 0 || c < max);) {
        if (memcmp(STR_DATA(s) + i, STR_DATA(sub), n) == 0) {
            c++;
            i += n;
        } else {
            i++;
        }
    }
    return c;
}

static Obj *m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("count", nargs, 1, 3) < 0 || want_str(args[0], "count", 0) < 0)
        return NULL;
    int64_t start, end;
    if (start_end(args, nargs, 1, str_len(self), &start, &end) < 0)
        return NULL;
    if (start > end)
        return int_from_i64(0);
    return int_from_i64(count_bytes(self, str_byte_offset(self, start),
                                    str_byte_offset(self, end), args[0], -1));
}

/* startswith/endswith with a str or a tuple of str. */
static int affix_match(Obj *self, Obj *fix, int64_t start, int64_t end, bool suffix)
{
    size_t lo = str_byte_offset(self, start), hi = str_byte_offset(self, end);
    size_t n = STR_NBYTES(fix);
    if (start > end || hi - lo < n)
        return 0;
    const char *at = STR_DATA(self) + (suffix ? hi - n : lo);
    return memcmp(at, STR_DATA(fix), n) == 0;
}

static Obj *affix(Obj *self, Obj *const *args, size_t nargs, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    if (args_count(name, nargs, 1, 3) < 0)
        return NULL;
    int64_t start, end;
    if (start_end(args, nargs, 1, str_len(self), &start, &end) < 0)
        return NULL;
    Obj *fix = args[0];
    if (TUPLE_CHECK(fix)) {
        for (size_t i = 0; i < TUPLE_SIZE(fix); i++) {
            Obj *f = TUPLE_ITEM(fix, i);
            if (!STR_CHECK(f))
                return err_format(Exc_TypeError, "tuple for %s must only contain str, not %T",
                                  name, f);
            if (affix_match(self, f, start, end, suffix))
                return bool_new(true);
        }
        return bool_new(false);
    }
    if (!STR_CHECK(fix))
        return err_format(Exc_TypeError, "%s first arg must be str or a tuple of str, not %T",
                          name, fix);
    return bool_new(affix_match(self, fix, start, end, suffix));
}

static Obj *m_startswith(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return affix(self, args, nargs, false); }
static Obj *m_endswith(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return affix(self, args, nargs, true); }

/* ---- split family ---- */

/* Append s[a, b) (bytes) to list as a new str. */
static int push_piece(Obj *list, Obj *s, size_t a, size_t b)
{
    Obj *piece = a == 0 && b == STR_NBYTES(s) && STR_CHECK_EXACT(s) ? NEWREF(s)
               : str_from_utf8(STR_DATA(s) + a, b - a);
    if (!piece)
        return -1;
    int rc = list_append(list, piece);
    DECREF(piece);
    return rc;
}

/* Parse (sep=None, maxsplit=-1) for split/rsplit. */
static int split_args(const char *name, Obj *const *args, size_t nargs, Obj *kw,
                      Obj **sep, int64_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit" };
    Obj *a[2];
    if (args_parse(name, args, nargs, kw, names, 2, 2, 0, a) < 0)
        return -1;
    *sep = a[0] && !obj_is_none(a[0]) ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1] && obj_as_int64(a[1], maxsplit) < 0)
        return -1;
    if (*sep && want_str(*sep, name, 0) < 0)
        return -1;
    if (*sep && STR_NBYTES(*sep) == 0) {
        err_set(Exc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

/* Byte length of the whitespace code point at p (0 if not whitespace). */
static size_t space_at(const char *p, const char *end)
{
    if (p >= end)
        return 0;
    size_t n;
    uint32_t c = utf8_decode(p, &n);
    return uni_isspace(c) ? n : 0;
}

/* Whitespace split, left to right. */
static int split_ws(Obj *list, Obj *s, int64_t maxsplit)
{
    const char *d = STR_DATA(s), *p = d, *end = d + STR_NBYTES(s);
    for (;;) {
        size_t n;
        while ((n = space_at(p, end)))
            p += n;
        if (p >= end)
            return 0;
        const char *q = p;
        if (maxsplit-- == 0)
            q = end;
        else
            while (q < end && !space_at(q, end)) {
                utf8_decode(q, &n);
                q += n;
            }
        if (push_piece(list, s, (size_t)(p - d), (size_t)(q - d)) < 0)
            return -1;
        p = q;
    }
}

/* Start of the code point that ends just before p. */
static const char *prev_cp(const char *p)
{
    do p--; while (((unsigned char)*p & 0xC0) == 0x80);
    return p;
}

/* Whitespace split, right to left (pieces come out reversed). */
static int rsplit_ws(Obj *list, Obj *s, int64_t maxsplit)
{
    const char *d = STR_DATA(s), *end = d + STR_NBYTES(s);
    for (;;) {
        while (end > d && space_at(prev_cp(end), end))
            end = prev_cp(end);
        if (end <= d)
            return 0;
        const char *q = end;
        if (maxsplit-- == 0)
            q = d;
        else
            while (q > d && !space_at(prev_cp(q), end))
                q = prev_cp(q);
        if (push_piece(list, s, (size_t)(q - d), (size_t)(end - d)) < 0)
            return -1;
        end = q;
    }
}

static int split_sep(Obj *list, Obj *s, Obj *sep, int64_t maxsplit, bool rev)
{
    size_t n = STR_NBYTES(sep), lo = 0, hi = STR_NBYTES(s);
    while (maxsplit-- != 0) {
        int64_t at = find_bytes(STR_DATA(s), lo, hi, STR_DATA(sep), n, rev);
        if (at < 0)
            break;
        int rc = rev ? push_piece(list, s, (size_t)at + n, hi)
                     : push_piece(list, s, lo, (size_t)at);
        if (rc < 0)
            return -1;
        if (rev)
            hi = (size_t)at;
        else
            lo = (size_t)at + n;
    }
    return push_piece(list, s, lo, hi);
}

/* Reverse a list in place (rsplit builds it backwards). */
static void list_reverse_items(Obj *list)
{
    for (size_t i = 0, j = LIST_SIZE(list); i + 1 < j; i++, j--) {
        Obj *t = LIST_ITEM(list, i);
        LIST_ITEM(list, i) = LIST_ITEM(list, j - 1);
        LIST_ITEM(list, j - 1) = t;
    }
}

static Obj *do_split(Obj *self, Obj *const *args, size_t nargs, Obj *kw, bool rev)
{
    Obj *sep;
    int64_t maxsplit;
    if (split_args(rev ? "rsplit" : "split", args, nargs, kw, &sep, &maxsplit) < 0)
        return NULL;
    Obj *list = list_new(0);
    if (!list)
        return NULL;
    int rc = sep ? split_sep(list, self, sep, maxsplit, rev)
           : rev ? rsplit_ws(list, self, maxsplit) : split_ws(list, self, maxsplit);
    if (rc < 0) {
        DECREF(list);
        return NULL;
    }
    if (rev)
        list_reverse_items(list);
    return list;
}

static Obj *m_split(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { return do_split(self, args, nargs, kw, false); }
static Obj *m_rsplit(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { return do_split(self, args, nargs, kw, true); }

/* Line break length at p: \r\n is 2 bytes, others their UTF-8 length. */
static size_t linebreak_at(const char *p, const char *end)
{
    size_t n;
    uint32_t c = utf8_decode(p, &n);
    if (c == '\r' && p + 1 < end && p[1] == '\n')
        return 2;
    bool br = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
           || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    return br ? n : 0;
}

static Obj *m_splitlines(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "keepends" };
    Obj *a[1];
    if (args_parse("splitlines", args, nargs, kw, names, 1, 1, 0, a) < 0)
        return NULL;
    int keep = a[0] ? obj_is_true(a[0]) : 0;
    Obj *list = list_new(0);
    if (!list || keep < 0)
        return list;
    const char *d = STR_DATA(self), *p = d, *end = d + STR_NBYTES(self), *start = d;
    while (p < end) {
        size_t br = linebreak_at(p, end), n;
        if (!br) {
            utf8_decode(p, &n);
            p += n;
            continue;
        }
        if (push_piece(list, self, (size_t)(start - d), (size_t)(p - d + (keep ? (ptrdiff_t)br : 0))) < 0)
            goto fail;
        p += br;
        start = p;
    }
    if (start < end && push_piece(list, self, (size_t)(start - d), (size_t)(end - d)) < 0)
        goto fail;
    return list;
fail:
    DECREF(list);
    return NULL;
}

/* partition / rpartition: a 3-tuple around the first / last sep. */
static Obj *do_partition(Obj *self, Obj *sep, bool rev)
{
    if (want_str(sep, NULL, 0) < 0)
        return NULL;
    if (STR_NBYTES(sep) == 0)
        return err_set(Exc_ValueError, "empty separator");
    size_t len = STR_NBYTES(self), n = STR_NBYTES(sep);
    int64_t at = find_bytes(STR_DATA(self), 0, len, STR_DATA(sep), n, rev);
    Obj *empty = str_from_utf8("", 0);
    if (!empty)
        return NULL;
    Obj *r;
    if (at < 0) {
        r = rev ? tuple_pack(3, empty, empty, self) : tuple_pack(3, self, empty, empty);
    } else {
        Obj *a = str_from_utf8(STR_DATA(self), (size_t)at);
        Obj *b = str_from_utf8(STR_DATA(self) + at + n, len - (size_t)at - n);
        r = a && b ? tuple_pack(3, a, sep, b) : NULL;
        XDECREF(a);
        XDECREF(b);
    }
    DECREF(empty);
    return r;
}

static Obj *m_partition(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)nargs; (void)kw; return do_partition(self, args[0], false); }
static Obj *m_rpartition(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)nargs; (void)kw; return do_partition(self, args[0], true); }

/* ---- join / replace / strip ---- */

static Obj *m_join(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *seq = LIST_CHECK(args[0]) || TUPLE_CHECK(args[0]) ? NEWREF(args[0])
             : list_from_iter(args[0]);
    if (!seq)
        return NULL;
    Obj *r = LIST_CHECK(seq) ? str_join_array(self, ((ListObj *)seq)->items, LIST_SIZE(seq))
           : str_join_array(self, ((TupleObj *)seq)->items, TUPLE_SIZE(seq));
    DECREF(seq);
    return r;
}

static Obj *m_replace(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("replace", nargs, 2, 3) < 0 || want_str(args[0], "replace", 1) < 0
        || want_str(args[1], "replace", 2) < 0)
        return NULL;
    int64_t max = -1;
    if (nargs == 3 && obj_as_int64(args[2], &max) < 0)
        return NULL;
    Obj *old = args[0], *new_ = args[1];
    const char *d = STR_DATA(self), *end = d + STR_NBYTES(self);
    size_t n = STR_NBYTES(old);
    StrBuf b;
    sb_init(&b);
    if (n == 0) {
        for (const char *p = d; max != 0; max--) {
            sb_addobj(&b, new_);
            if (p >= end)
                break;
            size_t k;
            utf8_decode(p, &k);
            sb_add(&b, p, k);
            p += k;
            if (max == 1)
                sb_add(&b, p, (size_t)(end - p));
        }
        if (max == 0 && b.len == 0)
            sb_add(&b, d, (size_t)(end - d));
        return sb_finish(&b);
    }
    const char *p = d;
    for (; max != 0; max--) {
        int64_t at = find_bytes(d, (size_t)(p - d), STR_NBYTES(self), STR_DATA(old), n, false);
        if (at < 0)
            break;
        sb_add(&b, p, (size_t)(d + at - p));
        sb_addobj(&b, new_);
        p = d + at + n;
    }
    sb_add(&b, p, (size_t)(end - p));
    return sb_finish(&b);
}

/* Is code point c in the strip set (NULL = whitespace)? */
static bool in_chars(uint32_t c, Obj *chars)
{
    if (!chars)
        return uni_isspace(c);
    const char *p = STR_DATA(chars), *end = p + STR_NBYTES(chars);
    while (p < end) {
        size_t n;
        if (utf8_decode(p, &n) == c)
            return true;
        p += n;
    }
    return false;
}

/* strip/lstrip/rstrip: which = 1 left, 2 right, 3 both. */
static Obj *do_strip(Obj *self, Obj *const *args, size_t nargs, int which, const char *name)
{
    if (args_count(name, nargs, 0, 1) < 0)
        return NULL;
    Obj *chars = nargs && !obj_is_none(args[0]) ? args[0] : NULL;
    if (chars && !STR_CHECK(chars))
        return err_format(Exc_TypeError, "%s arg must be None or str", name);
    const char *d = STR_DATA(self), *p = d, *end = d + STR_NBYTES(self);
    size_t n;
    while ((which & 1) && p < end && in_chars(utf8_decode(p, &n), chars))
        p += n;
    while ((which & 2) && end > p && in_chars(utf8_decode(prev_cp(end), &n), chars))
        end = prev_cp(end);
    if (p == d && end == d + STR_NBYTES(self) && STR_CHECK_EXACT(self))
        return NEWREF(self);
    return str_from_utf8(p, (size_t)(end - p));
}

static Obj *m_strip(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return do_strip(self, args, nargs, 3, "strip"); }
static Obj *m_lstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return do_strip(self, args, nargs, 1, "lstrip"); }
static Obj *m_rstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return do_strip(self, args, nargs, 2, "rstrip"); }

static Obj *m_removeprefix(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    if (want_str(args[0], "removeprefix", 0) < 0)
        return NULL;
    size_t n = STR_NBYTES(args[0]);
    if (n <= STR_NBYTES(self) && memcmp(STR_DATA(self), STR_DATA(args[0]), n) == 0)
        return str_from_utf8(STR_DATA(self) + n, STR_NBYTES(self) - n);
    return str_from_utf8(STR_DATA(self), STR_NBYTES(self));
}

static Obj *m_removesuffix(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    if (want_str(args[0], "removesuffix", 0) < 0)
        return NULL;
    size_t n = STR_NBYTES(args[0]), len = STR_NBYTES(self);
    if (n && n <= len && memcmp(STR_DATA(self) + len - n, STR_DATA(args[0]), n) == 0)
        return str_from_utf8(STR_DATA(self), len - n);
    return str_from_utf8(STR_DATA(self), len);
}

/* ---- padding ---- */

/* Pad to width with `left`/`right` fill code points. */
static Obj *str_pad(Obj *self, int64_t left, int64_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0 && STR_CHECK_EXACT(self))
        return NEWREF(self);
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < left && !b.failed; i++)
        sb_addcp(&b, fill);
    sb_addobj(&b, self);
    for (int64_t i = 0; i < right && !b.failed; i++)
        sb_addcp(&b, fill);
    return sb_finish(&b);
}

/* Parse (width, fillchar=' ') for center/ljust/rjust. */
static int pad_args(const char *name, Obj *const *args, size_t nargs, int64_t *width, uint32_t *fill)
{
    if (args_count(name, nargs, 1, 2) < 0 || obj_as_int64(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs == 2) {
        if (!STR_CHECK(args[1])) {
            err_format(Exc_TypeError, "%s() argument 2 must be str, not %T", name, args[1]);
            return -1;
        }
        if (str_len(args[1]) != 1) {
            err_set(Exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = str_cp_at(args[1], 0);
    }
    return 0;
}

static Obj *m_center(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t w;
    uint32_t f;
    if (pad_args("center", args, nargs, &w, &f) < 0)
        return NULL;
    int64_t marg = w - str_len(self);
    if (marg <= 0)
        return str_pad(self, 0, 0, f);
    int64_t left = marg / 2 + (marg & w & 1);
    return str_pad(self, left, marg - left, f);
}

static Obj *m_ljust(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t w;
    uint32_t f;
    if (pad_args("ljust", args, nargs, &w, &f) < 0)
        return NULL;
    return str_pad(self, 0, w - str_len(self), f);
}

static Obj *m_rjust(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t w;
    uint32_t f;
    if (pad_args("rjust", args, nargs, &w, &f) < 0)
        return NULL;
    return str_pad(self, w - str_len(self), 0, f);
}

/* zfill: zeros after a leading sign. */
static Obj *m_zfill(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t w;
    if (obj_as_int64(args[0], &w) < 0)
        return NULL;
    int64_t fill = w - str_len(self);
    if (fill <= 0)
        return str_pad(self, 0, 0, ' ');
    StrBuf b;
    sb_init(&b);
    const char *d = STR_DATA(self);
    size_t sign = STR_NBYTES(self) && (d[0] == '+' || d[0] == '-');
    sb_add(&b, d, sign);
    for (int64_t i = 0; i < fill && !b.failed; i++)
        sb_addc(&b, '0');
    sb_add(&b, d + sign, STR_NBYTES(self) - sign);
    return sb_finish(&b);
}

/* expandtabs(tabsize=8): tabsize is a C int as in CPython (OverflowError
 * past it).  The result's length is known before it is built, so the step
 * budget is charged and the memory cap checked before any work: a tab
 * expanded to 2**31 - 1 spaces is a MemoryError under the default cap. */
static Obj *m_expandtabs(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "tabsize" };
    Obj *a[1];
    int64_t tab = 8;
    if (args_parse("expandtabs", args, nargs, kw, names, 1, 1, 0, a) < 0
        || (a[0] && obj_as_int64(a[0], &tab) < 0 && !err_matches(Exc_OverflowError)))
        return NULL;
    if (err_occurred() || tab > INT32_MAX || tab < INT32_MIN) {
        err_clear();
        return err_set(Exc_OverflowError, "Python int too large to convert to C int");
    }
    const char *src = STR_DATA(self), *end = src + STR_NBYTES(self);
    /* first pass: the result's size (CPython's overflow check on its length) */
    uint64_t col = 0, len = 0, bytes = 0, tabs = 0;
    for (const char *p = src; p < end;) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        if (c == '\t') {
            tabs++;
            uint64_t k = tab > 0 ? (uint64_t)tab - col % (uint64_t)tab : 0;
            if (len > (uint64_t)INT64_MAX - k)
                return err_set(Exc_OverflowError, "new string is too long");
            col += k, len += k, bytes += k;
        } else {
            col = c == '\n' || c == '\r' ? 0 : col + 1;
            len++, bytes += n;
        }
    }
    if (!tabs && STR_CHECK_EXACT(self))
        return NEWREF(self);
    if (bytes >= SIZE_MAX / 2)
        return err_nomemory();
    char *d;
    Obj *r = str_new_filled((size_t)bytes, (size_t)len, &d);
    if (r && step_charge_data(bytes) < 0)        /* the cap checked, before the work */
        CLEAR(r);
    if (!r)
        return NULL;
    col = 0;
    for (const char *p = src; p < end;) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        if (c == '\t') {
            uint64_t k = tab > 0 ? (uint64_t)tab - col % (uint64_t)tab : 0;
            memset(d, ' ', (size_t)k);
            d += k, col += k;
        } else {
            memcpy(d, p, n);
            d += n;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        p += n;
    }
    return r;
}

/* ---- formatting ---- */

static Obj *m_format(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    return str_format_call(self, args, nargs, kw);
}

static Obj *m_dunder_format(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *spec = args[0];
    if (!STR_CHECK(spec))
        return err_format(Exc_TypeError, "format() argument 2 must be str, not %T", spec);
    char *out;
    size_t n;
    fmt_error e;
    if (fmt_format_str(STR_DATA(self), STR_NBYTES(self), STR_DATA(spec), STR_NBYTES(spec),
                       TYPE_NAME(self), &out, &n, &e) != FMT_OK)
        return types_raise_fmt(&e);
    Obj *r = str_from_utf8(out, n);
    mem_free(out, n + 1);
    return r;
}

static Obj *m_casefold(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_map(self, MAP_LOWER); }

#define M0(n, f) { n, f, METH_NOARGS, NULL }
#define MO(n, f) { n, f, METH_O, NULL }
#define MF(n, f) { n, f, METH_FASTCALL, NULL }
#define MK(n, f) { n, f, METH_FASTCALL | METH_KEYWORDS, NULL }

const MethodDef str_methods[] = {
    MO("join", m_join), MK("split", m_split), MK("rsplit", m_rsplit),
    MK("splitlines", m_splitlines), MF("strip", m_strip), MF("lstrip", m_lstrip),
    MF("rstrip", m_rstrip), M0("upper", m_upper), M0("lower", m_lower),
    M0("casefold", m_casefold), M0("swapcase", m_swapcase), M0("title", m_title),
    M0("capitalize", m_capitalize), MF("startswith", m_startswith),
    MF("endswith", m_endswith), MF("find", m_find), MF("rfind", m_rfind),
    MF("index", m_index), MF("rindex", m_rindex), MF("count", m_count),
    MF("replace", m_replace), M0("isdigit", m_isdigit), M0("isdecimal", m_isdecimal),
    M0("isnumeric", m_isdigit), M0("isalpha", m_isalpha), M0("isspace", m_isspace),
    M0("isalnum", m_isalnum), M0("isupper", m_isupper), M0("islower", m_islower),
    M0("istitle", m_istitle), M0("isascii", m_isascii), M0("isprintable", m_isprintable),
    M0("isidentifier", m_isidentifier), MO("zfill", m_zfill), MF("center", m_center),
    MF("ljust", m_ljust), MF("rjust", m_rjust), MO("partition", m_partition),
    MO("rpartition", m_rpartition), MO("removeprefix", m_removeprefix),
    MO("removesuffix", m_removesuffix), MK("expandtabs", m_expandtabs),
    MK("format", m_format), MO("__format__", m_dunder_format),
    { NULL, NULL, 0, NULL }
};
