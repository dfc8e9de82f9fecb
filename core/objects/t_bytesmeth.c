/* t_bytesmeth.c - the methods of bytes and bytearray (CPython's
 * bytes_methods.c and stringlib on byte strings: ASCII-only case mapping
 * and predicates, find/count/index with an int or bytes-like argument,
 * split/strip/partition/replace/join, padding, hex/fromhex, translate)
 * and bytearray's mutators (append, extend, pop, insert, remove, clear,
 * reverse, copy), exported to t_bytes.c as bytes_methods and
 * bytearray_methods.
 *
 * A method returns an object of self's kind (bytes for bytes and its
 * subclasses, bytearray for bytearray ones).  Arguments are converted
 * before self's data is read: converting one may run Python code that
 * changes a bytearray.
 */
#include "objects/types.h"

#include <string.h>

#define NOARGS (void)args; (void)nargs; (void)kw

/* ---- helpers ---- */

static bool c_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool c_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool c_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool c_alpha(unsigned char c) { return c_lower(c) || c_upper(c); }
static bool c_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static char to_upper(char c) { return c_lower((unsigned char)c) ? (char)(c - 32) : c; }
static char to_lower(char c) { return c_upper((unsigned char)c) ? (char)(c + 32) : c; }

static void view(Obj *o, const char **d, size_t *n) { bytes_like(o, d, n); }

/* self itself when it is an exact bytes (an unchanged result), else a
 * new object of its kind with the same contents. */
static Obj *self_or_copy(Obj *self)
{
    if (OBJ_TYPE(self) == &Bytes_Type)
        return NEWREF(self);
    const char *d;
    size_t n;
    view(self, &d, &n);
    return bytes_make_like(self, d, n);
}

/* A bytes-like argument ("a bytes-like object is required, not 'str'"). */
static int buf_arg(Obj *o, const char **d, size_t *n)
{
    if (bytes_like(o, d, n))
        return 0;
    err_format(Exc_TypeError, "a bytes-like object is required, not '%T'", o);
    return -1;
}

/* The `sub` of find/count/index: an int 0..255 or a bytes-like object.
 * For an int, *d points at `byte`. */
static int sub_arg(Obj *o, const char **d, size_t *n, char *byte)
{
    if (bytes_like(o, d, n))
        return 0;
    if (INT_CHECK(o) || OBJ_TYPE(o)->nb_index) {
        int v;
        if (bytes_byte_value(o, &v, NULL) < 0)
            return -1;
        *byte = (char)v;
        *d = byte;
        *n = 1;
        return 0;
    }
    err_format(Exc_TypeError, "argument should be integer or bytes-like object, not '%T'", o);
    return -1;
}

/* A start/end argument (None: keep the default), clipped to int64. */
static int index_arg(Obj *o, int64_t *out)
{
    if (obj_is_none(o))
        return 0;
    if (!INT_CHECK(o) && !OBJ_TYPE(o)->nb_index) {
        err_set(Exc_TypeError, "slice indices must be integers or None or have an __index__ "
                "method");
        return -1;
    }
    Obj *i = obj_index(o);
    if (!i)
        return -1;
    *out = INT_IS_SMALL(i) ? INT_SMALL(i) : int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    DECREF(i);
    return 0;
}

/* Optional start/end at args[first], args[first + 1] (not yet adjusted). */
static int start_end_args(Obj *const *args, size_t nargs, size_t first, int64_t *start,
                          int64_t *end)
{
    *start = 0;
    *end = INT64_MAX / 2;
    if (nargs > first && index_arg(args[first], start) < 0)
        return -1;
    if (nargs > first + 1 && index_arg(args[first + 1], end) < 0)
        return -1;
    return 0;
}

/* CPython's ADJUST_INDICES. */
static void adjust(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* ---- searching ---- */

/* Argument count check with PyArg_ParseTuple's messages ("find() takes at
 * least 1 argument (0 given)"), used where CPython parses that way. */
static int tuple_count(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    size_t lim = nargs < min ? min : max;
    return err_format_int(Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                          min == max ? "exactly" : nargs < min ? "at least" : "at most", lim,
                          lim == 1 ? "" : "s", nargs);
}

/* find/rfind/index/rindex: the position or -1; -2 on error. */
static int64_t bytes_search(Obj *self, Obj *const *args, size_t nargs, const char *name, bool rev)
{
    const char *s, *d;
    size_t m, n;
    char byte;
    int64_t start, end;
    if (tuple_count(name, nargs, 1, 3) < 0 || sub_arg(args[0], &s, &m, &byte) < 0 ||
        start_end_args(args, nargs, 1, &start, &end) < 0)
        return -2;
    if (s != &byte)
        bytes_like(args[0], &s, &m);   /* converting start/end may have changed it */
    view(self, &d, &n);
    adjust(&start, &end, (int64_t)n);
    if (end - start < (int64_t)m)
        return -1;
    return bytes_find_data(d, (size_t)start, (size_t)end, s, m, rev);
}

static Obj *bm_find(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r = bytes_search(self, args, nargs, "find", false);
    return r == -2 ? NULL : int_from_i64(r);
}

static Obj *bm_rfind(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r = bytes_search(self, args, nargs, "rfind", true);
    return r == -2 ? NULL : int_from_i64(r);
}

static Obj *bm_index(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r = bytes_search(self, args, nargs, "index", false);
    if (r == -1)
        return err_set(Exc_ValueError, "subsection not found");
    return r == -2 ? NULL : int_from_i64(r);
}

static Obj *bm_rindex(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t r = bytes_search(self, args, nargs, "rindex", true);
    if (r == -1)
        return err_set(Exc_ValueError, "subsection not found");
    return r == -2 ? NULL : int_from_i64(r);
}

static Obj *bm_count(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    const char *s, *d;
    size_t m, n;
    char byte;
    int64_t start, end;
    if (tuple_count("count", nargs, 1, 3) < 0 || sub_arg(args[0], &s, &m, &byte) < 0 ||
        start_end_args(args, nargs, 1, &start, &end) < 0)
        return NULL;
    if (s != &byte)
        bytes_like(args[0], &s, &m);
    view(self, &d, &n);
    adjust(&start, &end, (int64_t)n);
    if (end - start < 0)
        return int_from_i64(0);
    if (m == 0)
        return int_from_i64(end - start + 1);
    int64_t c = 0;
    for (int64_t at = start;;) {
        int64_t p = bytes_find_data(d, (size_t)at, (size_t)end, s, m, false);
        if (p < 0)
            break;
        c++;
        at = p + (int64_t)m;
    }
    return int_from_i64(c);
}

/* CPython's tailmatch: 1 match, 0 none. */
static int tailmatch(const char *d, size_t n, const char *s, size_t m, int64_t start,
                     int64_t end, bool suffix)
{
    int64_t len = (int64_t)n, slen = (int64_t)m;
    adjust(&start, &end, len);
    if (!suffix) {
        if (start > len - slen)
            return 0;
    } else {
        if (end - start < slen || start > len)
            return 0;
        if (end - slen > start)
            start = end - slen;
    }
    if (end - start < slen)
        return 0;
    return m == 0 || memcmp(d + start, s, m) == 0;
}

static Obj *bytes_affix(Obj *self, Obj *const *args, size_t nargs, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith", *s, *d;
    size_t m, n;
    int64_t start, end;
    if (tuple_count(name, nargs, 1, 3) < 0 || start_end_args(args, nargs, 1, &start, &end) < 0)
        return NULL;
    Obj *fix = args[0];
    if (TUPLE_CHECK(fix)) {
        for (size_t i = 0; i < TUPLE_SIZE(fix); i++) {
            if (buf_arg(TUPLE_ITEM(fix, i), &s, &m) < 0)
                return NULL;
            view(self, &d, &n);
            if (tailmatch(d, n, s, m, start, end, suffix))
                return bool_new(true);
        }
        return bool_new(false);
    }
    if (!bytes_like(fix, &s, &m))
        return err_format(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, "
                          "not %T", name, fix);
    view(self, &d, &n);
    return bool_new(tailmatch(d, n, s, m, start, end, suffix));
}

static Obj *bm_startswith(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return bytes_affix(self, args, nargs, false); }
static Obj *bm_endswith(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return bytes_affix(self, args, nargs, true); }

/* ---- split family ---- */

/* Append d[a, b) to list as an object of self's kind. */
static int bytes_push(Obj *list, Obj *self, const char *d, size_t a, size_t b)
{
    Obj *piece = bytes_make_like(self, d + a, b - a);
    if (!piece)
        return -1;
    int rc = list_append(list, piece);
    DECREF(piece);
    return rc;
}

static void reverse_list(Obj *list)
{
    for (size_t i = 0, j = LIST_SIZE(list); i + 1 < j; i++, j--) {
        Obj *t = LIST_ITEM(list, i);
        LIST_ITEM(list, i) = LIST_ITEM(list, j - 1);
        LIST_ITEM(list, j - 1) = t;
    }
}

static int split_ws(Obj *list, Obj *self, const char *d, size_t n, int64_t max)
{
    size_t i = 0;
    while (max-- > 0) {
        while (i < n && c_space((unsigned char)d[i]))
            i++;
        if (i == n)
            return 0;
        size_t j = i++;
        while (i < n && !c_space((unsigned char)d[i]))
            i++;
        if (bytes_push(list, self, d, j, i) < 0)
            return -1;
    }
    while (i < n && c_space((unsigned char)d[i]))
        i++;
    return i < n ? bytes_push(list, self, d, i, n) : 0;
}

static int rsplit_ws(Obj *list, Obj *self, const char *d, size_t n, int64_t max)
{
    int64_t i = (int64_t)n - 1;
    while (max-- > 0) {
        while (i >= 0 && c_space((unsigned char)d[i]))
            i--;
        if (i < 0)
            return 0;
        int64_t j = i--;
        while (i >= 0 && !c_space((unsigned char)d[i]))
            i--;
        if (bytes_push(list, self, d, (size_t)(i + 1), (size_t)(j + 1)) < 0)
            return -1;
    }
    while (i >= 0 && c_space((unsigned char)d[i]))
        i--;
    return i >= 0 ? bytes_push(list, self, d, 0, (size_t)(i + 1)) : 0;
}

static int split_sep(Obj *list, Obj *self, const char *d, size_t n, const char *s, size_t m,
                     int64_t max, bool rev)
{
    size_t lo = 0, hi = n;
    while (max-- > 0) {
        int64_t at = bytes_find_data(d, lo, hi, s, m, rev);
        if (at < 0)
            break;
        if (rev ? bytes_push(list, self, d, (size_t)at + m, hi) < 0
                : bytes_push(list, self, d, lo, (size_t)at) < 0)
            return -1;
        if (rev)
            hi = (size_t)at;
        else
            lo = (size_t)at + m;
    }
    return bytes_push(list, self, d, lo, hi);
}

static Obj *bytes_do_split(Obj *self, Obj *const *args, size_t nargs, Obj *kw, bool rev)
{
    static const char *const names[] = { "sep", "maxsplit" };
    Obj *a[2];
    const char *s = NULL, *d;
    size_t m = 0, n;
    int64_t max = -1;
    if (args_parse(rev ? "rsplit" : "split", args, nargs, kw, names, 2, 2, 0, a) < 0 ||
        (a[1] && obj_as_int64(a[1], &max) < 0))
        return NULL;
    Obj *sep = a[0] && !obj_is_none(a[0]) ? a[0] : NULL;
    if (sep && buf_arg(sep, &s, &m) < 0)
        return NULL;
    if (sep && m == 0)
        return err_set(Exc_ValueError, "empty separator");
    if (max < 0)
        max = INT64_MAX;
    Obj *list = list_new(0);
    if (!list)
        return NULL;
    /* a bytearray separator may be self: work on a copy of self */
    view(self, &d, &n);
    Obj *copy = BYTEARRAY_CHECK(self) ? bytes_from_data(d, n) : NEWREF(self);
    if (!copy) {
        DECREF(list);
        return NULL;
    }
    view(copy, &d, &n);
    if (sep)
        bytes_like(sep, &s, &m);
    int rc = sep ? split_sep(list, self, d, n, s, m, max, rev)
           : rev ? rsplit_ws(list, self, d, n, max) : split_ws(list, self, d, n, max);
    DECREF(copy);
    if (rc < 0) {
        DECREF(list);
        return NULL;
    }
    if (rev)
        reverse_list(list);
    return list;
}

static Obj *bm_split(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { return bytes_do_split(self, args, nargs, kw, false); }
static Obj *bm_rsplit(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { return bytes_do_split(self, args, nargs, kw, true); }

static Obj *bm_splitlines(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "keepends" };
    Obj *a[1];
    if (args_parse("splitlines", args, nargs, kw, names, 1, 1, 0, a) < 0)
        return NULL;
    int keep = a[0] ? obj_is_true(a[0]) : 0;
    if (keep < 0)
        return NULL;
    Obj *list = list_new(0);
    if (!list)
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    for (size_t i = 0, j = 0; i < n; j = i) {
        while (i < n && d[i] != '\n' && d[i] != '\r')
            i++;
        size_t eol = i;
        if (i < n) {
            i += d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
            if (keep)
                eol = i;
        }
        if (bytes_push(list, self, d, j, eol) < 0) {
            DECREF(list);
            return NULL;
        }
    }
    return list;
}

static Obj *bytes_do_partition(Obj *self, Obj *sepobj, bool rev)
{
    const char *s, *d;
    size_t m, n;
    if (buf_arg(sepobj, &s, &m) < 0)
        return NULL;
    if (m == 0)
        return err_set(Exc_ValueError, "empty separator");
    view(self, &d, &n);
    int64_t at = bytes_find_data(d, 0, n, s, m, rev);
    Obj *p[3];
    if (at < 0) {
        p[0] = rev ? bytes_make_like(self, "", 0) : self_or_copy(self);
        p[1] = bytes_make_like(self, "", 0);
        p[2] = rev ? self_or_copy(self) : bytes_make_like(self, "", 0);
    } else {
        p[0] = bytes_make_like(self, d, (size_t)at);
        /* bytes gives back the separator object itself, bytearray a copy */
        p[1] = BYTEARRAY_CHECK(self) ? bytes_make_like(self, s, m) : NEWREF(sepobj);
        p[2] = bytes_make_like(self, d + at + m, n - (size_t)at - m);
    }
    Obj *r = p[0] && p[1] && p[2] ? tuple_pack(3, p[0], p[1], p[2]) : NULL;
    for (int i = 0; i < 3; i++)
        XDECREF(p[i]);
    return r;
}

static Obj *bm_partition(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)nargs; (void)kw; return bytes_do_partition(self, args[0], false); }
static Obj *bm_rpartition(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)nargs; (void)kw; return bytes_do_partition(self, args[0], true); }

/* ---- join / replace / strip ---- */

static Obj *bm_join(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *seq;
    if (LIST_CHECK(args[0]) || TUPLE_CHECK(args[0])) {
        seq = NEWREF(args[0]);
    } else {
        Obj *it = obj_iter(args[0]);
        if (!it) {
            if (err_matches(Exc_TypeError)) {
                err_clear();
                err_set(Exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = list_from_iter(it);
        DECREF(it);
        if (!seq)
            return NULL;
    }
    size_t count = LIST_CHECK(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    Obj *const *items = LIST_CHECK(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
    const char *d, *sep;
    size_t n, total = 0, seplen;
    view(self, &sep, &seplen);
    for (size_t i = 0; i < count; i++) {
        if (!bytes_like(items[i], &d, &n)) {
            err_format(Exc_TypeError, "sequence item %zu: expected a bytes-like object, %T found",
                       i, items[i]);
            DECREF(seq);
            return NULL;
        }
        total += n + (i ? seplen : 0);
    }
    char *buf = mem_alloc(total + 1);
    if (!buf) {
        DECREF(seq);
        return err_nomemory();
    }
    size_t at = 0;
    for (size_t i = 0; i < count; i++) {
        if (i) {
            memcpy(buf + at, sep, seplen);
            at += seplen;
        }
        bytes_like(items[i], &d, &n);
        memcpy(buf + at, d, n);
        at += n;
    }
    Obj *r = bytes_make_like(self, buf, at);
    mem_free(buf, total + 1);
    DECREF(seq);
    return r;
}

/* A growable byte buffer for results. */
typedef struct Out {
    char *data;
    size_t len, cap;
    bool failed;
} Out;

static void out_add(Out *o, const char *s, size_t n)
{
    if (o->failed || !n)
        return;
    if (n > SIZE_MAX / 4 - o->len) {
        o->failed = true;
        return;
    }
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap : 32;
        while (cap < o->len + n)
            cap *= 2;
        char *d = mem_realloc(o->data, o->cap, cap);
        if (!d) {
            o->failed = true;
            return;
        }
        o->data = d;
        o->cap = cap;
    }
    memcpy(o->data + o->len, s, n);
    o->len += n;
}

/* The result of an Out (freed) as an object of self's kind. */
static Obj *out_finish(Out *o, Obj *self)
{
    Obj *r = o->failed ? err_nomemory() : bytes_make_like(self, o->data ? o->data : "", o->len);
    mem_free(o->data, o->cap);
    return r;
}

static Obj *bm_replace(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    const char *old, *new_, *d;
    size_t no, nn, n;
    int64_t max = -1;
    if (args_count("replace", nargs, 2, 3) < 0 || buf_arg(args[0], &old, &no) < 0 ||
        buf_arg(args[1], &new_, &nn) < 0 || (nargs == 3 && obj_as_int64(args[2], &max) < 0))
        return NULL;
    /* copies: old/new may be self (a bytearray) */
    Obj *oldc = bytes_from_data(old, no), *newc = oldc ? bytes_from_data(new_, nn) : NULL;
    if (!newc) {
        XDECREF(oldc);
        return NULL;
    }
    old = BYTES_DATA(oldc);
    new_ = BYTES_DATA(newc);
    view(self, &d, &n);
    Out o = { NULL, 0, 0, false };
    if (max < 0)
        max = INT64_MAX;
    if (no == 0) {
        size_t i = 0;
        for (; max > 0 && i <= n; max--) {
            out_add(&o, new_, nn);
            if (i < n)
                out_add(&o, d + i, 1);
            i++;
        }
        if (i < n)
            out_add(&o, d + i, n - i);
    } else {
        size_t p = 0;
        for (; max > 0; max--) {
            int64_t at = bytes_find_data(d, p, n, old, no, false);
            if (at < 0)
                break;
            out_add(&o, d + p, (size_t)at - p);
            out_add(&o, new_, nn);
            p = (size_t)at + no;
        }
        out_add(&o, d + p, n - p);
    }
    DECREF(oldc);
    DECREF(newc);
    return out_finish(&o, self);
}

/* strip/lstrip/rstrip: which = 1 left, 2 right, 3 both. */
static Obj *bytes_do_strip(Obj *self, Obj *const *args, size_t nargs, int which, const char *name)
{
    const char *chars = NULL, *d;
    size_t nc = 0, n;
    if (args_count(name, nargs, 0, 1) < 0)
        return NULL;
    Obj *arg = nargs && !obj_is_none(args[0]) ? args[0] : NULL;
    if (arg && buf_arg(arg, &chars, &nc) < 0)
        return NULL;
    view(self, &d, &n);
    size_t lo = 0, hi = n;
#define STRIPPED(c) (arg ? (nc && memchr(chars, (c), nc) != NULL) : c_space((unsigned char)(c)))
    if (which & 1)
        while (lo < hi && STRIPPED(d[lo]))
            lo++;
    if (which & 2)
        while (hi > lo && STRIPPED(d[hi - 1]))
            hi--;
#undef STRIPPED
    if (lo == 0 && hi == n)
        return self_or_copy(self);
    return bytes_make_like(self, d + lo, hi - lo);
}

static Obj *bm_strip(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return bytes_do_strip(self, args, nargs, 3, "strip"); }
static Obj *bm_lstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return bytes_do_strip(self, args, nargs, 1, "lstrip"); }
static Obj *bm_rstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return bytes_do_strip(self, args, nargs, 2, "rstrip"); }

static Obj *bm_removeprefix(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    const char *s, *d;
    size_t m, n;
    if (buf_arg(args[0], &s, &m) < 0)
        return NULL;
    view(self, &d, &n);
    if (m && m <= n && memcmp(d, s, m) == 0)
        return bytes_make_like(self, d + m, n - m);
    return self_or_copy(self);
}

static Obj *bm_removesuffix(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    const char *s, *d;
    size_t m, n;
    if (buf_arg(args[0], &s, &m) < 0)
        return NULL;
    view(self, &d, &n);
    if (m && m <= n && memcmp(d + n - m, s, m) == 0)
        return bytes_make_like(self, d, n - m);
    return self_or_copy(self);
}

/* ---- case mapping and predicates (ASCII only) ---- */

enum { MAP_UPPER, MAP_LOWER, MAP_SWAP, MAP_TITLE, MAP_CAPITALIZE };

static Obj *bytes_case_map(Obj *self, int mode)
{
    const char *d;
    size_t n;
    view(self, &d, &n);
    char *buf = mem_alloc(n + 1);
    if (!buf)
        return err_nomemory();
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        unsigned char u = (unsigned char)c;
        switch (mode) {
        case MAP_UPPER: c = to_upper(c); break;
        case MAP_LOWER: c = to_lower(c); break;
        case MAP_SWAP: c = c_lower(u) ? to_upper(c) : to_lower(c); break;
        case MAP_CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case MAP_TITLE:
            if (c_lower(u)) {
                if (!prev_cased)
                    c = to_upper(c);
                prev_cased = true;
            } else if (c_upper(u)) {
                if (prev_cased)
                    c = to_lower(c);
                prev_cased = true;
            } else {
                prev_cased = false;
            }
            break;
        }
        buf[i] = c;
    }
    Obj *r = bytes_make_like(self, buf, n);
    mem_free(buf, n + 1);
    return r;
}

static Obj *bm_upper(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return bytes_case_map(self, MAP_UPPER); }
static Obj *bm_lower(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return bytes_case_map(self, MAP_LOWER); }
static Obj *bm_swapcase(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return bytes_case_map(self, MAP_SWAP); }
static Obj *bm_title(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return bytes_case_map(self, MAP_TITLE); }
static Obj *bm_capitalize(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return bytes_case_map(self, MAP_CAPITALIZE); }

enum { IS_DIGIT, IS_ALPHA, IS_SPACE, IS_ALNUM, IS_ASCII };

static Obj *predicate(Obj *self, int what)
{
    const char *d;
    size_t n;
    view(self, &d, &n);
    if (n == 0)
        return bool_new(what == IS_ASCII);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        bool ok = what == IS_DIGIT ? c_digit(c) : what == IS_ALPHA ? c_alpha(c)
                : what == IS_SPACE ? c_space(c) : what == IS_ALNUM ? c_alpha(c) || c_digit(c)
                : c < 0x80;
        if (!ok)
            return bool_new(false);
    }
    return bool_new(true);
}

static Obj *bm_isdigit(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_DIGIT); }
static Obj *bm_isalpha(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_ALPHA); }
static Obj *bm_isspace(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_SPACE); }
static Obj *bm_isalnum(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_ALNUM); }
static Obj *bm_isascii(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return predicate(self, IS_ASCII); }

/* isupper/islower: some cased byte and none of the other case. */
static Obj *case_predicate(Obj *self, bool upper)
{
    const char *d;
    size_t n;
    view(self, &d, &n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (upper ? c_lower(c) : c_upper(c))
            return bool_new(false);
        cased |= upper ? c_upper(c) : c_lower(c);
    }
    return bool_new(cased);
}

static Obj *bm_isupper(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_predicate(self, true); }
static Obj *bm_islower(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { NOARGS; return case_predicate(self, false); }

static Obj *bm_istitle(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    const char *d;
    size_t n;
    view(self, &d, &n);
    bool prev = false, cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c_upper(c)) {
            if (prev)
                return bool_new(false);
            prev = cased = true;
        } else if (c_lower(c)) {
            if (!prev)
                return bool_new(false);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return bool_new(cased);
}

/* ---- padding ---- */

/* d[0..n) with `left` and `right` fill bytes around it. */
static Obj *bytes_pad(Obj *self, int64_t left, int64_t right, char fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return self_or_copy(self);
    const char *d;
    size_t n;
    view(self, &d, &n);
    if ((uint64_t)left + (uint64_t)right > (uint64_t)(SIZE_MAX / 4) - n)
        return err_nomemory();
    size_t total = n + (size_t)left + (size_t)right;
    char *buf = mem_alloc(total + 1);
    if (!buf)
        return err_nomemory();
    memset(buf, fill, (size_t)left);
    memcpy(buf + left, d, n);
    memset(buf + (size_t)left + n, fill, (size_t)right);
    Obj *r = bytes_make_like(self, buf, total);
    mem_free(buf, total + 1);
    return r;
}

/* (width, fillchar=b' ') of center/ljust/rjust. */
static int bytes_pad_args(const char *name, Obj *const *args, size_t nargs, int64_t *width, char *fill)
{
    if (args_count(name, nargs, 1, 2) < 0 || obj_as_int64(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs == 2) {
        const char *s;
        size_t m;
        if (!bytes_like(args[1], &s, &m) || m != 1) {
            err_format(Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                       name, args[1]);
            return -1;
        }
        *fill = s[0];
    }
    return 0;
}

static int64_t self_len(Obj *self)
{
    const char *d;
    size_t n;
    view(self, &d, &n);
    return (int64_t)n;
}

static Obj *bm_center(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t w;
    char f;
    if (bytes_pad_args("center", args, nargs, &w, &f) < 0)
        return NULL;
    int64_t marg = w - self_len(self);
    if (marg <= 0)
        return self_or_copy(self);
    int64_t left = marg / 2 + (marg & w & 1);
    return bytes_pad(self, left, marg - left, f);
}

static Obj *bm_ljust(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t w;
    char f;
    if (bytes_pad_args("ljust", args, nargs, &w, &f) < 0)
        return NULL;
    return bytes_pad(self, 0, w - self_len(self), f);
}

static Obj *bm_rjust(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t w;
    char f;
    if (bytes_pad_args("rjust", args, nargs, &w, &f) < 0)
        return NULL;
    return bytes_pad(self, w - self_len(self), 0, f);
}

static Obj *bm_zfill(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t w;
    if (obj_as_int64(args[0], &w) < 0)
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    if (w <= (int64_t)n)
        return self_or_copy(self);
    if ((uint64_t)w > (uint64_t)(SIZE_MAX / 4))
        return err_nomemory();
    size_t fill = (size_t)w - n;
    char *buf = mem_alloc((size_t)w + 1);
    if (!buf)
        return err_nomemory();
    memset(buf, '0', fill);
    memcpy(buf + fill, d, n);
    if (n && (d[0] == '+' || d[0] == '-')) {    /* the sign goes first */
        buf[0] = d[0];
        buf[fill] = '0';
    }
    Obj *r = bytes_make_like(self, buf, (size_t)w);
    mem_free(buf, (size_t)w + 1);
    return r;
}

static Obj *bm_expandtabs(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "tabsize" };
    Obj *a[1];
    int64_t tab = 8;
    if (args_parse("expandtabs", args, nargs, kw, names, 1, 1, 0, a) < 0 ||
        (a[0] && obj_as_int64(a[0], &tab) < 0))
        return NULL;
    if (tab > 0x7fffffff || tab < -0x7fffffff - 1)    /* a C int in CPython */
        return err_set(Exc_OverflowError, "Python int too large to convert to C int");
    const char *d;
    size_t n;
    view(self, &d, &n);
    Out o = { NULL, 0, 0, false };
    int64_t col = 0;
    for (size_t i = 0; i < n && !o.failed; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                if ((uint64_t)k > (uint64_t)(SIZE_MAX / 4) - o.len) {
                    o.failed = true;
                    break;
                }
                col += k;
                char sp[64];
                memset(sp, ' ', sizeof sp);
                for (; k > 0 && !o.failed; k -= 64)
                    out_add(&o, sp, k < 64 ? (size_t)k : 64);
            }
        } else {
            out_add(&o, d + i, 1);
            col++;
            if (d[i] == '\n' || d[i] == '\r')
                col = 0;
        }
    }
    return out_finish(&o, self);
}

/* ---- hex / fromhex ---- */

static Obj *bm_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "sep", "bytes_per_sep" };
    static const char digits[] = "0123456789abcdef";
    Obj *a[2];
    int64_t group = 1;
    char sep = 0;
    if (args_parse("hex", args, nargs, kw, names, 2, 2, 0, a) < 0 ||
        (a[1] && obj_as_int64(a[1], &group) < 0))
        return NULL;
    if (a[0] && !obj_is_none(a[0])) {
        const char *s = NULL;
        int64_t len;
        if (STR_CHECK(a[0])) {
            len = str_len(a[0]);
            s = STR_DATA(a[0]);
        } else if (BYTES_CHECK(a[0])) {
            len = (int64_t)BYTES_SIZE(a[0]);
            s = BYTES_DATA(a[0]);
        } else if ((len = obj_len(a[0])) < 0) {
            return NULL;
        }
        if (len != 1)
            return err_set(Exc_ValueError, "sep must be length 1.");
        if (!s)
            return err_set(Exc_TypeError, "sep must be str or bytes.");
        if ((unsigned char)s[0] >= 0x80)
            return err_set(Exc_ValueError, "sep must be ASCII.");
        sep = s[0];
    }
    const char *d;
    size_t n;
    view(self, &d, &n);
    size_t k = group < 0 ? (size_t)-group : (size_t)group;
    if (!a[0] || obj_is_none(a[0]) || k == 0 || n == 0)
        k = 0;
    size_t total = 2 * n + (k ? (n - 1) / k : 0);
    char *buf = mem_alloc(total + 1);
    if (!buf)
        return err_nomemory();
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        /* separators between groups of k bytes, counted from the right
         * (group > 0) or from the left (group < 0) */
        if (k && i > 0 && (group < 0 ? i % k == 0 : (n - i) % k == 0))
            buf[at++] = sep;
        buf[at++] = digits[(unsigned char)d[i] >> 4];
        buf[at++] = digits[(unsigned char)d[i] & 15];
    }
    Obj *r = str_from_utf8(buf, at);
    mem_free(buf, total + 1);
    return r;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* cls.fromhex(string): bytes, bytearray, or cls(bytes) for subclasses. */
static Obj *bm_fromhex(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *s = args[0];
    if (!STR_CHECK(s))
        return err_format(Exc_TypeError, "fromhex() argument must be str, not %T", s);
    const char *p = STR_DATA(s);
    size_t len = STR_NBYTES(s);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)p[i] >= 0x80) {
            int64_t pos = 0;
            for (size_t j = 0; j < i; j++)
                pos += ((unsigned char)p[j] & 0xC0) != 0x80;
            return err_format(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at "
                              "position %lld", (long long)pos);
        }
    char *buf = mem_alloc(len / 2 + 1);
    if (!buf)
        return err_nomemory();
    size_t n = 0, i = 0;
    for (;;) {
        while (i < len && c_space((unsigned char)p[i]))
            i++;
        if (i >= len)
            break;
        int hi = hexval((unsigned char)p[i]);
        int lo = i + 1 < len ? hexval((unsigned char)p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            mem_free(buf, len / 2 + 1);
            return err_format(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at "
                              "position %zu", hi < 0 ? i : i + 1);
        }
        buf[n++] = (char)(hi * 16 + lo);
        i += 2;
    }
    TypeObj *cls = (TypeObj *)self;
    Obj *r = cls == &ByteArray_Type ? bytearray_from_data(buf, n) : bytes_from_data(buf, n);
    mem_free(buf, len / 2 + 1);
    if (r && cls != &Bytes_Type && cls != &ByteArray_Type) {
        Obj *v = obj_call1((Obj *)cls, r);
        DECREF(r);
        r = v;
    }
    return r;
}

/* ---- translate / maketrans ---- */

static Obj *bm_maketrans(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)self; (void)kw;
    const char *f, *t;
    size_t nf, nt;
    if (args_count("maketrans", nargs, 2, 2) < 0 || buf_arg(args[0], &f, &nf) < 0 ||
        buf_arg(args[1], &t, &nt) < 0)
        return NULL;
    if (nf != nt)
        return err_set(Exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (size_t i = 0; i < nf; i++)
        table[(unsigned char)f[i]] = t[i];
    return bytes_from_data(table, 256);
}

static Obj *bm_translate(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "", "delete" };
    Obj *a[2];
    const char *table = NULL, *del = "", *d;
    size_t nt = 0, nd = 0, n;
    if (args_parse("translate", args, nargs, kw, names, 2, 2, 1, a) < 0)
        return NULL;
    if (!obj_is_none(a[0])) {
        if (buf_arg(a[0], &table, &nt) < 0)
            return NULL;
        if (nt != 256)
            return err_set(Exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && buf_arg(a[1], &del, &nd) < 0)
        return NULL;
    char tab[256], gone[256] = { 0 };
    for (int i = 0; i < 256; i++)
        tab[i] = table ? table[i] : (char)i;
    for (size_t i = 0; i < nd; i++)
        gone[(unsigned char)del[i]] = 1;
    view(self, &d, &n);
    char *buf = mem_alloc(n + 1);
    if (!buf)
        return err_nomemory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!gone[(unsigned char)d[i]])
            buf[k++] = tab[(unsigned char)d[i]];
    Obj *r = bytes_make_like(self, buf, k);
    mem_free(buf, n + 1);
    return r;
}

/* ---- bytes only ---- */

static Obj *bm_bytes(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    if (OBJ_TYPE(self) == &Bytes_Type)
        return NEWREF(self);
    return bytes_from_data(BYTES_DATA(self), BYTES_SIZE(self));
}

static Obj *bm_getnewargs(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    Obj *b = bytes_from_data(BYTES_DATA(self), BYTES_SIZE(self));
    Obj *r = b ? tuple_pack(1, b) : NULL;
    XDECREF(b);
    return r;
}

/* ---- bytearray mutators ---- */

static ByteArrayObj *BA(Obj *o) { return (ByteArrayObj *)o; }

static Obj *bm_append(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int v;
    if (bytes_byte_value(args[0], &v, NULL) < 0)
        return NULL;
    size_t n = BA(self)->size;
    if (bytearray_resize(self, n + 1) < 0)
        return NULL;
    BA(self)->data[n] = (char)v;
    return none_new();
}

static Obj *bm_extend(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    return bytearray_extend(self, args[0]) < 0 ? NULL : none_new();
}

static Obj *bm_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t i = -1;
    if (args_count("pop", nargs, 0, 1) < 0 || (nargs && obj_as_int64(args[0], &i) < 0))
        return NULL;
    int64_t n = (int64_t)BA(self)->size;
    if (n == 0)
        return err_set(Exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return err_set(Exc_IndexError, "pop index out of range");
    int v = (unsigned char)BA(self)->data[i];
    if (bytearray_assign(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return int_from_i64(v);
}

static Obj *bm_insert(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t i;
    int v;
    if (args_count("insert", nargs, 2, 2) < 0 || obj_as_int64(args[0], &i) < 0 ||
        bytes_byte_value(args[1], &v, NULL) < 0)
        return NULL;
    int64_t n = (int64_t)BA(self)->size;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    char c = (char)v;
    return bytearray_assign(self, i, i, &c, 1) < 0 ? NULL : none_new();
}

static Obj *bm_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int v;
    if (bytes_byte_value(args[0], &v, NULL) < 0)
        return NULL;
    ByteArrayObj *b = BA(self);
    const char *at = b->size ? memchr(b->data, v, b->size) : NULL;
    if (!at)
        return err_set(Exc_ValueError, "value not found in bytearray");
    int64_t i = at - b->data;
    return bytearray_assign(self, i, i + 1, NULL, 0) < 0 ? NULL : none_new();
}

static Obj *bm_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    return bytearray_resize(self, 0) < 0 ? NULL : none_new();
}

static Obj *bm_reverse(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    ByteArrayObj *b = BA(self);
    for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return none_new();
}

static Obj *bm_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    NOARGS;
    const char *d;
    size_t n;
    view(self, &d, &n);
    return bytearray_from_data(d, n);
}

/* ---- tables ---- */

#define M0(n, f) { n, f, METH_NOARGS, NULL }
#define MO(n, f) { n, f, METH_O, NULL }
#define MF(n, f) { n, f, METH_FASTCALL, NULL }
#define MK(n, f) { n, f, METH_FASTCALL | METH_KEYWORDS, NULL }

#define COMMON_METHODS \
    M0("capitalize", bm_capitalize), MF("center", bm_center), MF("count", bm_count), \
    MK("decode", codec_bytes_decode_method), MF("endswith", bm_endswith), \
    MK("expandtabs", bm_expandtabs), MF("find", bm_find), \
    { "fromhex", bm_fromhex, METH_O | METH_CLASS, NULL }, MK("hex", bm_hex), \
    MF("index", bm_index), M0("isalnum", bm_isalnum), M0("isalpha", bm_isalpha), \
    M0("isascii", bm_isascii), M0("isdigit", bm_isdigit), M0("islower", bm_islower), \
    M0("isspace", bm_isspace), M0("istitle", bm_istitle), M0("isupper", bm_isupper), \
    MO("join", bm_join), MF("ljust", bm_ljust), M0("lower", bm_lower), MF("lstrip", bm_lstrip), \
    { "maketrans", bm_maketrans, METH_FASTCALL | METH_STATIC, NULL }, \
    MO("partition", bm_partition), MO("removeprefix", bm_removeprefix), \
    MO("removesuffix", bm_removesuffix), MF("replace", bm_replace), MF("rfind", bm_rfind), \
    MF("rindex", bm_rindex), MF("rjust", bm_rjust), MO("rpartition", bm_rpartition), \
    MK("rsplit", bm_rsplit), MF("rstrip", bm_rstrip), MK("split", bm_split), \
    MK("splitlines", bm_splitlines), MF("startswith", bm_startswith), MF("strip", bm_strip), \
    M0("swapcase", bm_swapcase), M0("title", bm_title), MK("translate", bm_translate), \
    M0("upper", bm_upper), MO("zfill", bm_zfill)

const MethodDef bytes_methods[] = {
    COMMON_METHODS,
    M0("__bytes__", bm_bytes), M0("__getnewargs__", bm_getnewargs),
    { NULL, NULL, 0, NULL }
};

const MethodDef bytearray_methods[] = {
    COMMON_METHODS,
    MO("append", bm_append), M0("clear", bm_clear), M0("copy", bm_copy), MO("extend", bm_extend),
    MF("insert", bm_insert), MF("pop", bm_pop), MO("remove", bm_remove), M0("reverse", bm_reverse),
    { NULL, NULL, 0, NULL }
};
