/* t_bytes.c - bytes (immutable) and bytearray (mutable): storage,
 * construction (bytes(), bytes(n), bytes(iterable), bytes(str, encoding),
 * __bytes__), repr, comparison, hashing, the sequence protocol (index,
 * slice, `in`, +, *), bytearray's item and slice assignment, and the
 * iterators.  The methods shared by both types are in t_bytesmeth.c, the
 * codecs in t_codec.c, `bytes % args` in t_strfmt.c.
 *
 * Both types keep a NUL after the last byte (not part of the value).  A
 * bytes hash is CPython's (siphash13 with the key of PYTHONHASHSEED=0), so
 * sets of bytes iterate in CPython's order.  Error messages are CPython
 * 3.11's, including where bytes and bytearray word them differently
 * ("bytes must be in range(0, 256)" / "byte must be in range(0, 256)").
 *
 * Global state: the empty bytes and the 256 one-byte bytes (immortal,
 * created by bytes_init).
 */
#include "objects/types.h"

#include <string.h>

static Obj *empty_bytes;          /* b'' */
static Obj *single_bytes[256];    /* b'\x00' .. b'\xff' */

/* ---- storage ---- */

/* A bytes object of `type` with n uninitialised bytes (NUL added). */
static BytesObj *bytes_alloc(TypeObj *type, size_t n)
{
    if (n > SIZE_MAX / 2) {
        err_nomemory();
        return NULL;
    }
    BytesObj *b = (BytesObj *)obj_alloc(type, n + 1);
    if (!b)
        return NULL;
    b->size = n;
    b->hash = -1;
    b->data[n] = '\0';
    return b;
}

Obj *bytes_from_data(const char *s, size_t n)
{
    if (n == 0 && empty_bytes)
        return NEWREF(empty_bytes);
    if (n == 1 && single_bytes[(unsigned char)s[0]])
        return NEWREF(single_bytes[(unsigned char)s[0]]);
    BytesObj *b = bytes_alloc(&Bytes_Type, n);
    if (b && n)
        memcpy(b->data, s, n);
    return (Obj *)b;
}

Obj *bytes_new_uninit(size_t n, char **data)
{
    BytesObj *b = bytes_alloc(&Bytes_Type, n);
    *data = b ? b->data : NULL;
    return (Obj *)b;
}

int bytearray_resize(Obj *o, size_t n)
{
    ByteArrayObj *b = (ByteArrayObj *)o;
    if (n >= SIZE_MAX / 2) {
        err_nomemory();
        return -1;
    }
    if (n + 1 > b->cap) {
        /* over-allocate by an eighth, as CPython, so appends are cheap */
        size_t cap = n + 1 + (n >> 3) + (n < 9 ? 3 : 6);
        char *d = mem_realloc(b->data, b->cap, cap);
        if (!d) {
            err_nomemory();
            return -1;
        }
        b->data = d;
        b->cap = cap;
    } else if (b->cap > 64 && n + 1 < b->cap / 4) {
        size_t cap = n + 1 + (n >> 3);
        char *d = mem_realloc(b->data, b->cap, cap);
        if (d) {
            b->data = d;
            b->cap = cap;
        }
    }
    b->size = n;
    b->data[n] = '\0';
    return 0;
}

Obj *bytearray_from_data(const char *s, size_t n)
{
    Obj *b = obj_alloc(&ByteArray_Type, 0);
    if (!b)
        return NULL;
    if (bytearray_resize(b, n) < 0) {
        DECREF(b);
        return NULL;
    }
    if (n)
        memcpy(((ByteArrayObj *)b)->data, s, n);
    return b;
}

bool bytes_like(Obj *o, const char **data, size_t *len)
{
    if (BYTES_CHECK(o)) {
        *data = BYTES_DATA(o);
        *len = BYTES_SIZE(o);
        return true;
    }
    if (BYTEARRAY_CHECK(o)) {
        ByteArrayObj *b = (ByteArrayObj *)o;
        *data = b->data ? b->data : "";
        *len = b->size;
        return true;
    }
    *data = "";
    *len = 0;
    return false;
}

/* ---- small helpers shared with t_bytesmeth.c ---- */

int bytes_byte_value(Obj *o, int *out, const char *range_msg)
{
    Obj *i = obj_index(o);
    if (!i)
        return -1;
    bool ok = INT_IS_SMALL(i) && INT_SMALL(i) >= 0 && INT_SMALL(i) < 256;
    *out = ok ? (int)INT_SMALL(i) : -1;
    DECREF(i);
    if (!ok) {
        err_set(Exc_ValueError, range_msg ? range_msg : "byte must be in range(0, 256)");
        return -1;
    }
    return 0;
}

/* Does o support __index__ (CPython's _PyIndex_Check)? */
static bool index_like(Obj *o)
{
    return INT_CHECK(o) || OBJ_TYPE(o)->nb_index != NULL;
}

/* ---- repr ---- */

Obj *bytes_repr_data(const char *d, size_t n, const char *prefix, bool always_escape_quote)
{
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    StrBuf b;
    sb_init(&b);
    if (prefix)
        sb_adds(&b, prefix);
    sb_addc(&b, 'b');
    sb_addc(&b, quote);
    for (size_t i = 0; i < n && !b.failed; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == quote || c == '\\' || (always_escape_quote && c == '\'')) {
            char e[2] = { '\\', (char)c };
            sb_add(&b, e, 2);
        } else if (c == '\t') {
            sb_add(&b, "\\t", 2);
        } else if (c == '\n') {
            sb_add(&b, "\\n", 2);
        } else if (c == '\r') {
            sb_add(&b, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7f) {
            char e[4] = { '\\', 'x', hex[c >> 4], hex[c & 15] };
            sb_add(&b, e, 4);
        } else {
            sb_addc(&b, (char)c);
        }
    }
    sb_addc(&b, quote);
    if (prefix)
        sb_addc(&b, ')');
    return sb_finish(&b);
}

static Obj *bytes_repr(Obj *o)
{
    return bytes_repr_data(BYTES_DATA(o), BYTES_SIZE(o), NULL, false);
}

/* bytearray(b'...'), named after the object's type (subclasses too);
 * a single quote is always escaped, as CPython's bytearray_repr does. */
static Obj *bytearray_repr(Obj *o)
{
    const char *d;
    size_t n;
    bytes_like(o, &d, &n);
    Obj *r;
    char *prefix = mem_alloc(strlen(TYPE_NAME(o)) + 2);
    if (!prefix)
        return err_nomemory();
    strcpy(prefix, TYPE_NAME(o));
    strcat(prefix, "(");
    r = bytes_repr_data(d, n, prefix, true);
    mem_free(prefix, strlen(prefix) + 1);
    return r;
}

/* ---- hash and comparison ---- */

static hash_t bytes_hash(Obj *o)
{
    BytesObj *b = (BytesObj *)o;
    if (b->hash == -1)
        b->hash = types_hash_bytes(b->data, b->size);
    return b->hash;
}

static Obj *bytes_richcompare(Obj *a, Obj *b, int op)
{
    const char *x, *y;
    size_t nx, ny;
    if (!bytes_like(a, &x, &nx) || !bytes_like(b, &y, &ny))
        return notimpl_new();
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = nx == ny && (nx == 0 || memcmp(x, y, nx) == 0);
        return bool_new(eq == (op == CMP_EQ));
    }
    size_t m = nx < ny ? nx : ny;
    int c = m ? memcmp(x, y, m) : 0;
    if (c == 0)
        c = nx < ny ? -1 : nx > ny;
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_new(r);
}

/* ---- sequence protocol (both types) ---- */

static int64_t bytes_len_slot(Obj *o)
{
    const char *d;
    size_t n;
    bytes_like(o, &d, &n);
    return (int64_t)n;
}

/* A new object of self's kind (bytes for bytes and its subclasses,
 * bytearray otherwise) holding d[0..n). */
Obj *bytes_make_like(Obj *self, const char *d, size_t n)
{
    return BYTEARRAY_CHECK(self) ? bytearray_from_data(d, n) : bytes_from_data(d, n);
}

static Obj *bytes_getitem(Obj *o, Obj *key)
{
    bool ba = BYTEARRAY_CHECK(o);
    const char *d;
    size_t n;
    if (obj_typecheck(key, &Slice_Type)) {
        int64_t start, stop, step, len;
        bytes_like(o, &d, &n);
        if (slice_indices(key, (int64_t)n, &start, &stop, &step, &len) < 0)
            return NULL;
        bytes_like(o, &d, &n);      /* __index__ of the slice may have changed it */
        if (step == 1) {
            if (!ba && start == 0 && (size_t)len == n && OBJ_TYPE(o) == &Bytes_Type)
                return NEWREF(o);
            return bytes_make_like(o, d + start, (size_t)len);
        }
        char *tmp = mem_alloc(len ? (size_t)len : 1);
        if (!tmp)
            return err_nomemory();
        for (int64_t k = 0, i = start; k < len; k++, i += step)
            tmp[k] = d[i];
        Obj *r = bytes_make_like(o, tmp, (size_t)len);
        mem_free(tmp, len ? (size_t)len : 1);
        return r;
    }
    int64_t i;
    if (types_index_arg(key, &i, ba ? "bytearray" : "byte") < 0)
        return NULL;
    bytes_like(o, &d, &n);
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        return err_set(Exc_IndexError, ba ? "bytearray index out of range" : "index out of range");
    return int_from_i64((unsigned char)d[i]);
}

int64_t bytes_find_data(const char *hay, size_t lo, size_t hi, const char *nd, size_t n, bool rev)
{
    if (hi < lo || hi - lo < n)
        return -1;
    if (n == 0)
        return (int64_t)(rev ? hi : lo);
    if (!rev) {
        const char *p = hay + lo, *end = hay + hi - n + 1;
        while (p < end) {
            const char *q = memchr(p, nd[0], (size_t)(end - p));
            if (!q)
                return -1;
            if (memcmp(q, nd, n) == 0)
                return (int64_t)(q - hay);
            p = q + 1;
        }
        return -1;
    }
    for (size_t i = hi - n + 1; i-- > lo;)
        if (hay[i] == nd[0] && memcmp(hay + i, nd, n) == 0)
            return (int64_t)i;
    return -1;
}

static int bytes_contains(Obj *o, Obj *x)
{
    const char *d, *s;
    size_t n, m;
    if (index_like(x)) {
        int v;
        if (bytes_byte_value(x, &v, NULL) < 0)
            return -1;
        bytes_like(o, &d, &n);
        return n && memchr(d, v, n) != NULL;
    }
    if (!bytes_like(x, &s, &m)) {
        err_format(Exc_TypeError, "a bytes-like object is required, not '%T'", x);
        return -1;
    }
    bytes_like(o, &d, &n);
    return bytes_find_data(d, 0, n, s, m, false) >= 0;
}

/* bytes + x and bytearray + x: x any bytes-like object; the result has
 * the left operand's kind. */
static Obj *bytes_concat(Obj *a, Obj *b)
{
    const char *x, *y;
    size_t nx, ny;
    if (!bytes_like(b, &y, &ny) || !bytes_like(a, &x, &nx))
        return err_format(Exc_TypeError, "can't concat %T to %T", b, a);
    if (nx > SIZE_MAX / 2 - ny)
        return err_nomemory();
    if (BYTEARRAY_CHECK(a)) {
        Obj *r = bytearray_from_data(x, nx);
        if (r && bytearray_resize(r, nx + ny) < 0)
            CLEAR(r);
        if (r && ny)
            memcpy(((ByteArrayObj *)r)->data + nx, y, ny);
        return r;
    }
    if (ny == 0 && OBJ_TYPE(a) == &Bytes_Type)
        return NEWREF(a);
    if (nx == 0 && OBJ_TYPE(b) == &Bytes_Type)
        return NEWREF(b);
    BytesObj *r = bytes_alloc(&Bytes_Type, nx + ny);
    if (!r)
        return NULL;
    memcpy(r->data, x, nx);
    memcpy(r->data + nx, y, ny);
    return (Obj *)r;
}

/* n copies of d[0..len) into out (doubling memcpy). */
static void fill_repeat(char *out, const char *d, size_t len, size_t total)
{
    if (!total)
        return;
    memcpy(out, d, len);
    for (size_t done = len; done < total; done *= 2)
        memcpy(out + done, out, done <= total - done ? done : total - done);
}

static Obj *bytes_repeat(Obj *o, int64_t count)
{
    const char *d;
    size_t n;
    bytes_like(o, &d, &n);
    if (count < 0)
        count = 0;
    if (n && (uint64_t)count > (uint64_t)(SIZE_MAX / 4) / n)
        return err_nomemory();
    size_t total = n * (size_t)count;
    if (BYTEARRAY_CHECK(o)) {
        Obj *r = bytearray_from_data(NULL, 0);
        if (r && bytearray_resize(r, total) < 0)
            CLEAR(r);
        if (r)
            fill_repeat(((ByteArrayObj *)r)->data, d, n, total);
        return r;
    }
    if (count == 1 && OBJ_TYPE(o) == &Bytes_Type)
        return NEWREF(o);
    if (total == 0)
        return bytes_from_data("", 0);
    BytesObj *r = bytes_alloc(&Bytes_Type, total);
    if (r)
        fill_repeat(r->data, d, n, total);
    return (Obj *)r;
}

static Obj *bytes_mod_slot(Obj *a, Obj *b)
{
    const char *d;
    size_t n;
    if (!bytes_like(a, &d, &n))
        return notimpl_new();
    return bytes_mod(a, b);
}

/* ---- bytearray mutation ---- */

int bytearray_assign(Obj *o, int64_t lo, int64_t hi, const char *src, size_t m)
{
    ByteArrayObj *b = (ByteArrayObj *)o;
    if (hi < lo)
        hi = lo;
    size_t old = b->size, d = (size_t)(hi - lo);
    char *tmp = NULL;
    if (m && b->data && src >= b->data && src < b->data + b->cap) {
        /* assigning part of itself: copy it first */
        if (!(tmp = mem_alloc(m))) {
            err_nomemory();
            return -1;
        }
        memcpy(tmp, src, m);
        src = tmp;
    }
    int rc = 0;
    if (m > d) {
        rc = bytearray_resize(o, old + (m - d));
        if (rc == 0)
            memmove(b->data + lo + m, b->data + hi, old - (size_t)hi);
    } else if (m < d) {
        memmove(b->data + lo + m, b->data + hi, old - (size_t)hi);
        rc = bytearray_resize(o, old - (d - m));
    }
    if (rc == 0 && m)
        memcpy(b->data + lo, src, m);
    if (tmp)
        mem_free(tmp, m);
    return rc;
}

/* The bytes a slice assignment stores: a bytes-like value, or the items
 * of an iterable of ints (CPython converts it with bytearray(values)). */
static Obj *assigned_value(Obj *v)
{
    const char *d;
    size_t n;
    if (bytes_like(v, &d, &n))
        return bytearray_from_data(d, n);
    TypeObj *t = OBJ_TYPE(v);
    if (STR_CHECK(v) || INT_CHECK(v) || t->nb_index || t->nb_int || t->nb_float)
        return err_set(Exc_TypeError, "can assign only bytes, buffers, or iterables of ints "
                       "in range(0, 256)");
    return obj_call1((Obj *)&ByteArray_Type, v);
}

static int bytearray_setitem(Obj *o, Obj *key, Obj *v)
{
    ByteArrayObj *b = (ByteArrayObj *)o;
    if (obj_typecheck(key, &Slice_Type)) {
        Obj *val = v ? assigned_value(v) : NULL;
        if (v && !val)
            return -1;
        int64_t start, stop, step, len;
        int rc = slice_indices(key, (int64_t)b->size, &start, &stop, &step, &len);
        const char *src = NULL;
        size_t m = 0;
        if (val)
            bytes_like(val, &src, &m);
        if (rc < 0) {
        } else if (step == 1) {
            rc = bytearray_assign(o, start, start + len, src, m);
        } else if (!val) {
            if (step < 0) {     /* delete the same items walking forwards */
                start += step * (len - 1);
                step = -step;
            }
            size_t w = (size_t)start;
            for (int64_t k = 0, i = start; i < (int64_t)b->size; i++) {
                if (k < len && i == start + k * step) {
                    k++;
                    continue;
                }
                b->data[w++] = b->data[i];
            }
            rc = len ? bytearray_resize(o, b->size - (size_t)len) : 0;
        } else if ((int64_t)m != len) {
            err_format(Exc_ValueError, "attempt to assign bytes of size %zu to extended slice "
                       "of size %lld", m, (long long)len);
            rc = -1;
        } else {
            for (int64_t k = 0, i = start; k < len; k++, i += step)
                b->data[i] = src[k];
        }
        XDECREF(val);
        return rc;
    }
    int64_t i;
    if (types_index_arg(key, &i, "bytearray") < 0)
        return -1;
    int value = 0;
    if (v && bytes_byte_value(v, &value, NULL) < 0)
        return -1;
    if (i < 0)
        i += (int64_t)b->size;
    if (i < 0 || i >= (int64_t)b->size) {
        err_set(Exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v)
        return bytearray_assign(o, i, i + 1, NULL, 0);
    b->data[i] = (char)value;
    return 0;
}

static Obj *bytearray_inplace_concat(Obj *a, Obj *b)
{
    const char *y;
    size_t ny;
    if (!bytes_like(b, &y, &ny))
        return err_format(Exc_TypeError, "can't concat %T to %T", b, a);
    size_t n = ((ByteArrayObj *)a)->size;
    if (bytearray_assign(a, (int64_t)n, (int64_t)n, y, ny) < 0)
        return NULL;
    return NEWREF(a);
}

static Obj *bytearray_inplace_repeat(Obj *o, int64_t count)
{
    ByteArrayObj *b = (ByteArrayObj *)o;
    size_t n = b->size;
    if (count <= 0 || n == 0) {
        if (bytearray_resize(o, 0) < 0)
            return NULL;
        return NEWREF(o);
    }
    if ((uint64_t)count > (uint64_t)(SIZE_MAX / 4) / n)
        return err_nomemory();
    size_t total = n * (size_t)count;
    if (bytearray_resize(o, total) < 0)
        return NULL;
    for (size_t done = n; done < total; done *= 2)
        memcpy(b->data + done, b->data, done <= total - done ? done : total - done);
    return NEWREF(o);
}

/* ---- construction ---- */

/* Append the byte values of an iterable of ints to a growing buffer. */
typedef struct ByteBuf {
    char *data;
    size_t len, cap;
} ByteBuf;

static int bb_add(ByteBuf *b, int c)
{
    if (b->len == b->cap) {
        if (b->cap > SIZE_MAX / 4) {
            err_nomemory();
            return -1;
        }
        size_t cap = b->cap ? b->cap * 2 : 16;
        char *d = mem_realloc(b->data, b->cap, cap);
        if (!d) {
            err_nomemory();
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    b->data[b->len++] = (char)c;
    return 0;
}

/* Collect the ints of `iterable` (range message for values out of range).
 * -1 on error; `it_failed` set when iter() itself failed. */
static int collect_ints(Obj *iterable, ByteBuf *b, const char *range_msg, bool *it_failed)
{
    *it_failed = false;
    if (LIST_CHECK(iterable) || TUPLE_CHECK(iterable)) {
        for (size_t i = 0;; i++) {
            size_t n = LIST_CHECK(iterable) ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
            if (i >= n)
                return 0;
            Obj *x = LIST_CHECK(iterable) ? LIST_ITEM(iterable, i) : TUPLE_ITEM(iterable, i);
            int v;
            INCREF(x);
            int rc = bytes_byte_value(x, &v, range_msg);
            DECREF(x);
            if (rc < 0 || bb_add(b, v) < 0)
                return -1;
        }
    }
    Obj *it = obj_iter(iterable), *x;
    if (!it) {
        *it_failed = true;
        return -1;
    }
    while ((x = obj_iternext(it))) {
        int v;
        int rc = bytes_byte_value(x, &v, range_msg);
        DECREF(x);
        if (rc < 0 || bb_add(b, v) < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

Obj *bytes_from_object(Obj *x)
{
    const char *d;
    size_t n;
    if (bytes_like(x, &d, &n))
        return OBJ_TYPE(x) == &Bytes_Type ? NEWREF(x) : bytes_from_data(d, n);
    if (STR_CHECK(x))
        return err_format(Exc_TypeError, "cannot convert '%T' object to bytes", x);
    ByteBuf b = { NULL, 0, 0 };
    bool it_failed;
    Obj *r = NULL;
    if (collect_ints(x, &b, "bytes must be in range(0, 256)", &it_failed) == 0)
        r = bytes_from_data(b.data ? b.data : "", b.len);
    else if (it_failed && err_matches(Exc_TypeError)) {
        err_clear();
        err_format(Exc_TypeError, "cannot convert '%T' object to bytes", x);
    }
    mem_free(b.data, b.cap);
    return r;
}

/* Check that a constructor's `encoding`/`errors` argument is a str. */
static int want_str_arg(Obj *v, const char *fname, const char *what)
{
    if (!v || STR_CHECK(v))
        return 0;
    err_format(Exc_TypeError, "%s() argument '%s' must be str, not %T", fname, what, v);
    return -1;
}

/* The value of bytes(x, encoding, errors) as an exact bytes. */
static Obj *bytes_value(Obj *x, Obj *enc, Obj *errs)
{
    if (!x) {
        if (enc || errs)
            return err_set(Exc_TypeError, enc ? "encoding without a string argument"
                                              : "errors without a string argument");
        return bytes_from_data("", 0);
    }
    if (enc) {
        if (!STR_CHECK(x))
            return err_set(Exc_TypeError, "encoding without a string argument");
        return codec_encode(x, STR_DATA(enc), errs ? STR_DATA(errs) : NULL);
    }
    if (errs)
        return err_set(Exc_TypeError, STR_CHECK(x) ? "string argument without an encoding"
                                                   : "errors without a string argument");
    bool found;
    Obj *r = obj_call_special(x, ID(__bytes__), NULL, 0, &found);
    if (found || r) {
        if (r && !BYTES_CHECK(r)) {
            err_format(Exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            CLEAR(r);
        }
        return r;
    }
    if (err_occurred())
        return NULL;
    if (STR_CHECK(x))
        return err_set(Exc_TypeError, "string argument without an encoding");
    if (index_like(x)) {
        int64_t size;
        if (obj_as_int64(x, &size) < 0) {
            if (!err_matches(Exc_TypeError))
                return NULL;
            err_clear();
            return bytes_from_object(x);
        }
        if (size < 0)
            return err_set(Exc_ValueError, "negative count");
        if ((uint64_t)size > (uint64_t)(SIZE_MAX / 2))
            return err_nomemory();
        char *p;
        Obj *b = bytes_new_uninit((size_t)size, &p);
        if (b)
            memset(p, 0, (size_t)size);
        return b;
    }
    return bytes_from_object(x);
}

static Obj *bytes_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    Obj *a[3];
    if (nargs > 3)
        return err_format(Exc_TypeError, "bytes() takes at most 3 arguments (%zu given)", nargs);
    if (args_parse("bytes", args, nargs, kwnames, names, 3, 3, 0, a) < 0 ||
        want_str_arg(a[1], "bytes", "encoding") < 0 || want_str_arg(a[2], "bytes", "errors") < 0)
        return NULL;
    Obj *v = bytes_value(a[0], a[1], a[2]);
    if (!v || type == &Bytes_Type)
        return v;
    BytesObj *o = bytes_alloc(type, BYTES_SIZE(v));
    if (o)
        memcpy(o->data, BYTES_DATA(v), BYTES_SIZE(v));
    DECREF(v);
    return (Obj *)o;
}

static Obj *bytearray_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return obj_alloc(type, 0);
}

/* bytearray(source, encoding, errors): CPython's bytearray___init__. */
static int bytearray_tp_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    Obj *a[3];
    if (nargs > 3)
        return err_format_int(Exc_TypeError, "bytearray() takes at most 3 arguments (%zu given)",
                              nargs);
    if (args_parse("bytearray", args, nargs, kwnames, names, 3, 3, 0, a) < 0 ||
        want_str_arg(a[1], "bytearray", "encoding") < 0 ||
        want_str_arg(a[2], "bytearray", "errors") < 0)
        return -1;
    Obj *x = a[0], *enc = a[1], *errs = a[2];
    if (bytearray_resize(self, 0) < 0)
        return -1;
    if (!x) {
        if (enc || errs)
            return err_format_int(Exc_TypeError, enc ? "encoding without a string argument"
                                                     : "errors without a string argument");
        return 0;
    }
    if (STR_CHECK(x)) {
        if (!enc)
            return err_format_int(Exc_TypeError, "string argument without an encoding");
        Obj *e = codec_encode(x, STR_DATA(enc), errs ? STR_DATA(errs) : NULL);
        if (!e)
            return -1;
        int rc = bytearray_assign(self, 0, 0, BYTES_DATA(e), BYTES_SIZE(e));
        DECREF(e);
        return rc;
    }
    if (enc || errs)
        return err_format_int(Exc_TypeError, enc ? "encoding without a string argument"
                                                 : "errors without a string argument");
    if (index_like(x)) {
        int64_t count;
        if (obj_as_int64(x, &count) == 0) {
            if (count < 0)
                return err_format_int(Exc_ValueError, "negative count");
            if ((uint64_t)count > (uint64_t)(SIZE_MAX / 2)) {
                err_nomemory();
                return -1;
            }
            if (bytearray_resize(self, (size_t)count) < 0)
                return -1;
            memset(((ByteArrayObj *)self)->data, 0, (size_t)count);
            return 0;
        }
        if (!err_matches(Exc_TypeError))
            return -1;
        err_clear();
    }
    const char *d;
    size_t n;
    if (bytes_like(x, &d, &n))
        return bytearray_assign(self, 0, 0, d, n);
    ByteBuf b = { NULL, 0, 0 };
    bool it_failed;
    int rc = collect_ints(x, &b, NULL, &it_failed);
    if (rc == 0)
        rc = bytearray_assign(self, 0, 0, b.data, b.len);
    else if (it_failed && err_matches(Exc_TypeError)) {
        err_clear();
        err_format(Exc_TypeError, "cannot convert '%T' object to bytearray", x);
    }
    mem_free(b.data, b.cap);
    return rc;
}

int bytearray_extend(Obj *self, Obj *iterable)
{
    const char *d;
    size_t n;
    if (bytes_like(iterable, &d, &n)) {
        size_t at = ((ByteArrayObj *)self)->size;
        return bytearray_assign(self, (int64_t)at, (int64_t)at, d, n);
    }
    ByteBuf b = { NULL, 0, 0 };
    bool it_failed;
    int rc = collect_ints(iterable, &b, NULL, &it_failed);
    if (rc == 0) {
        size_t at = ((ByteArrayObj *)self)->size;
        rc = bytearray_assign(self, (int64_t)at, (int64_t)at, b.data, b.len);
    } else if (it_failed && err_matches(Exc_TypeError)) {
        err_clear();
        err_format(Exc_TypeError, "can't extend bytearray with %T", iterable);
    }
    mem_free(b.data, b.cap);
    return rc;
}

static void bytes_dealloc(Obj *o) { obj_free(o); }

static void bytearray_dealloc(Obj *o)
{
    ByteArrayObj *b = (ByteArrayObj *)o;
    mem_free(b->data, b->cap);
    b->data = NULL;
    obj_free(o);
}

/* ---- iterators ---- */

typedef struct BytesIterObj {
    Obj ob;
    Obj *seq;          /* the bytes or bytearray (owned; NULL when done) */
    size_t index;      /* next position */
} BytesIterObj;

static Obj *bytes_iter(Obj *o)
{
    BytesIterObj *it = (BytesIterObj *)obj_alloc(BYTEARRAY_CHECK(o) ? &ByteArrayIter_Type
                                                                    : &BytesIter_Type, 0);
    if (it)
        it->seq = NEWREF(o);
    return (Obj *)it;
}

static Obj *bytesiter_next(Obj *o)
{
    BytesIterObj *it = (BytesIterObj *)o;
    const char *d;
    size_t n;
    if (!it->seq)
        return NULL;
    bytes_like(it->seq, &d, &n);
    if (it->index < n)
        return int_from_i64((unsigned char)d[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static int64_t bytesiter_len(Obj *o)
{
    BytesIterObj *it = (BytesIterObj *)o;
    const char *d;
    size_t n;
    if (!it->seq)
        return 0;
    bytes_like(it->seq, &d, &n);
    return it->index < n ? (int64_t)(n - it->index) : 0;
}

static void bytesiter_dealloc(Obj *o)
{
    CLEAR(((BytesIterObj *)o)->seq);
    obj_free(o);
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

TypeObj BytesIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObj),
    .dealloc = bytesiter_dealloc,
    .iter = iter_self,
    .iternext = bytesiter_next,
    .len = bytesiter_len,
};

TypeObj ByteArrayIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIterObj),
    .dealloc = bytesiter_dealloc,
    .iter = iter_self,
    .iternext = bytesiter_next,
    .len = bytesiter_len,
};

/* ---- types ---- */

TypeObj Bytes_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "bytes",
    .basicsize = sizeof(BytesObj),
    .flags = TPF_BASETYPE | TPF_BYTES_SUBCLASS | TPF_VARSIZE | TPF_MATCH_SELF,
    .doc = "bytes(iterable_of_ints) -> bytes",
    .dealloc = bytes_dealloc,
    .tp_new = bytes_tp_new,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .nb = { [NB_MOD] = bytes_mod_slot },
    .len = bytes_len_slot,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .methods = bytes_methods,
};

TypeObj ByteArray_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObj),
    .flags = TPF_BASETYPE | TPF_BYTEARRAY_SUBCLASS | TPF_ABSTRACT_HASH | TPF_MATCH_SELF,
    .doc = "bytearray(iterable_of_ints) -> bytearray",
    .dealloc = bytearray_dealloc,
    .tp_new = bytearray_tp_new,
    .tp_init = bytearray_tp_init,
    .repr = bytearray_repr,
    .hash = types_unhashable,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .nb = { [NB_MOD] = bytes_mod_slot },
    .len = bytes_len_slot,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_inplace_concat = bytearray_inplace_concat,
    .sq_inplace_repeat = bytearray_inplace_repeat,
    .methods = bytearray_methods,
};

/* Ready the types; build b'' and the one-byte cache. */
int bytes_init(void)
{
    if (type_ready(&Bytes_Type) < 0 || type_ready(&ByteArray_Type) < 0 ||
        type_ready(&BytesIter_Type) < 0 || type_ready(&ByteArrayIter_Type) < 0)
        return -1;
    BytesObj *e = bytes_alloc(&Bytes_Type, 0);
    if (!e)
        return -1;
    e->ob.refcnt = OBJ_IMMORTAL;
    empty_bytes = (Obj *)e;
    for (int c = 0; c < 256; c++) {
        BytesObj *b = bytes_alloc(&Bytes_Type, 1);
        if (!b)
            return -1;
        b->data[0] = (char)c;
        b->ob.refcnt = OBJ_IMMORTAL;
        single_bytes[c] = (Obj *)b;
    }
    return 0;
}
