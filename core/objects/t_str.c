/* t_str.c - str: immutable UTF-8 with a cached code-point length.
 *
 * Indexing is by code point: O(1) for ASCII strings (ncp == nbytes), a
 * scan otherwise.  Hashing reproduces CPython's siphash13 over its PEP 393
 * representation (Latin-1 / UCS-2 / UCS-4 bytes) with the all-zero key of
 * PYTHONHASHSEED=0, so sets of strings iterate in CPython's order.  repr
 * follows unicode_repr (quote choice, escapes, printable test).  The
 * methods live in t_strmeth.c, str.format and % in t_strfmt.c.
 *
 * Unicode tables are approximations: exact for ASCII and Latin-1, ranges
 * for Hangul, CJK, kana, Greek and Cyrillic, and the common space and
 * format characters beyond (see uni_* below).  Case mappings and the
 * cased/case-ignorable properties are exact (t_strmeth.c, tables
 * generated from CPython's Unicode database: unicase_gen.py).
 *
 * Global state: the empty str and the 256 one-character Latin-1 strs
 * (immortal, created by str_init).
 */
#include "objects/types.h"
#include "objects/interp.h"

#include <stdio.h>
#include <string.h>

static Obj *empty_str;           /* '' */
static Obj *latin1_strs[256];    /* one-character strs U+0000..U+00FF */

extern const MethodDef str_methods[];  /* t_strmeth.c */

/* ---- UTF-8 ---- */

uint32_t utf8_decode(const char *p, size_t *n)
{
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); }
    if (s[0] < 0xF0) {
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12)
         | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

size_t utf8_encode(uint32_t cp, char *buf)
{
    unsigned char *b = (unsigned char *)buf;
    if (cp < 0x80) { b[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        b[0] = (unsigned char)(0xC0 | (cp >> 6));
        b[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (cp >> 12));
        b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (cp >> 18));
    b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Number of code points in valid UTF-8. */
static size_t utf8_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* ---- construction ---- */

/* A str object of nbytes uninitialised bytes (NUL added); ncp filled in
 * by the caller or counted by str_finish. */
static StrObj *str_alloc(TypeObj *type, size_t nbytes)
{
    StrObj *s = (StrObj *)obj_alloc(type, nbytes + 1);
    if (!s)
        return NULL;
    mem_note_work(nbytes);                  /* base/mem.h */
    s->nbytes = nbytes;
    s->hash = -1;
    s->data[nbytes] = '\0';
    return s;
}

Obj *str_new_filled(size_t nbytes, size_t ncp, char **data)
{
    StrObj *o = str_alloc(&Str_Type, nbytes);
    if (!o)
        return NULL;
    o->ncp = ncp;
    *data = o->data;
    return (Obj *)o;
}

Obj *str_from_utf8(const char *s, size_t nbytes)
{
    if (nbytes == 0 && empty_str)
        return NEWREF(empty_str);
    if (nbytes == 1 && latin1_strs[(unsigned char)s[0]] && (unsigned char)s[0] < 0x80)
        return NEWREF(latin1_strs[(unsigned char)s[0]]);
    StrObj *o = str_alloc(&Str_Type, nbytes);
    if (!o)
        return NULL;
    memcpy(o->data, s, nbytes);
    o->ncp = utf8_count(s, nbytes);
    return (Obj *)o;
}

Obj *str_from_cstr(const char *s)
{
    return str_from_utf8(s, strlen(s));
}

Obj *str_from_cp(uint32_t cp)
{
    if (cp < 256 && latin1_strs[cp])
        return NEWREF(latin1_strs[cp]);
    char buf[4];
    return str_from_utf8(buf, utf8_encode(cp, buf));
}

/* ---- StrBuf ---- */

void sb_init(StrBuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

/* Make room for n more bytes (+1 for the NUL); false when out of memory. */
static bool sb_grow(StrBuf *b, size_t n)
{
    if (b->failed)
        return false;
    if (b->len + n + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *d = mem_realloc(b->data, b->cap, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void sb_add(StrBuf *b, const char *s, size_t n)
{
    if (n && sb_grow(b, n)) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    }
}

void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }
void sb_addc(StrBuf *b, char c) { sb_add(b, &c, 1); }
void sb_addobj(StrBuf *b, Obj *str) { sb_add(b, STR_DATA(str), STR_NBYTES(str)); }

void sb_addcp(StrBuf *b, uint32_t cp)
{
    char buf[4];
    sb_add(b, buf, utf8_encode(cp, buf));
}

void sb_free(StrBuf *b)
{
    mem_free(b->data, b->cap);
    sb_init(b);
}

Obj *sb_finish(StrBuf *b)
{
    if (b->failed) {
        sb_free(b);
        return err_nomemory();
    }
    Obj *r = str_from_utf8(b->data ? b->data : "", b->len);
    sb_free(b);
    return r;
}

/* ---- str_from_format: err_format's directives ---- */

/* Append o's str or repr, cut to prec code points when prec >= 0. */
static void sb_add_conv(StrBuf *b, Obj *o, bool repr, int64_t prec)
{
    Obj *s = repr ? obj_repr(o) : obj_str(o);
    if (!s) {
        b->failed = true;
        return;
    }
    size_t n = prec >= 0 && prec < str_len(s) ? str_byte_offset(s, prec) : STR_NBYTES(s);
    sb_add(b, STR_DATA(s), n);
    DECREF(s);
}

/* One %-directive at *pp (just after the '%'); advances *pp. */
static void sb_directive(StrBuf *b, const char **pp, va_list *ap)
{
    const char *p = *pp;
    int64_t prec = -1;
    int lng = 0;
    char num[32];
    if (*p == '.') {
        prec = 0;
        for (p++; *p >= '0' && *p <= '9'; p++)
            prec = prec * 10 + (*p - '0');
    }
    for (; *p == 'l' || *p == 'z'; p++)
        lng = *p == 'z' ? 3 : lng + 1;
    switch (*p) {
    case 'd': case 'u': case 'x': {
        const char *f = *p == 'd' ? "%lld" : *p == 'u' ? "%llu" : "%llx";
        long long v = lng == 3 ? (long long)va_arg(*ap, size_t)
                    : lng == 2 ? va_arg(*ap, long long)
                    : lng == 1 ? va_arg(*ap, long) : va_arg(*ap, int);
        snprintf(num, sizeof num, f, v);
        sb_adds(b, num);
        break;
    }
    case 's': {
        const char *s = va_arg(*ap, const char *);
        size_t n = strlen(s);
        if (prec >= 0) {
            Obj *t = str_from_utf8(s, n);
            if (t) {
                if (prec < str_len(t))
                    n = str_byte_offset(t, prec);
                DECREF(t);
            }
        }
        sb_add(b, s, n);
        break;
    }
    case 'c': sb_addcp(b, (uint32_t)va_arg(*ap, int)); break;
    case 'R': sb_add_conv(b, va_arg(*ap, Obj *), true, prec); break;
    case 'S': sb_add_conv(b, va_arg(*ap, Obj *), false, prec); break;
    case 'T': sb_adds(b, TYPE_NAME(va_arg(*ap, Obj *))); break;
    case 'N': sb_adds(b, va_arg(*ap, TypeObj *)->name); break;
    case 'p': snprintf(num, sizeof num, "%p", va_arg(*ap, void *)); sb_adds(b, num); break;
    case '%': sb_addc(b, '%'); break;
    default: sb_addc(b, '%'); p--; break;
    }
    *pp = p + 1;
}

Obj *str_from_vformat(const char *fmt, va_list ap)
{
    StrBuf b;
    sb_init(&b);
    va_list aq;
    va_copy(aq, ap);
    const char *p = fmt;
    while (*p && !b.failed) {
        const char *q = strchr(p, '%');
        if (!q) {
            sb_adds(&b, p);
            break;
        }
        sb_add(&b, p, (size_t)(q - p));
        p = q + 1;
        sb_directive(&b, &p, &aq);
    }
    va_end(aq);
    if (b.failed && err_occurred()) {
        sb_free(&b);
        return NULL;
    }
    return sb_finish(&b);
}

Obj *str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Obj *r = str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- indexing by code point ---- */

size_t str_byte_offset(Obj *s, int64_t i)
{
    StrObj *o = (StrObj *)s;
    if (o->ncp == o->nbytes)
        return (size_t)i;
    size_t pos = 0;
    for (int64_t k = 0; k < i && pos < o->nbytes; k++) {
        size_t n;
        utf8_decode(o->data + pos, &n);
        pos += n;
    }
    return pos;
}

uint32_t str_cp_at(Obj *s, int64_t i)
{
    size_t n;
    return utf8_decode(STR_DATA(s) + str_byte_offset(s, i), &n);
}

/* ---- basic operations ---- */

bool str_eq(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    StrObj *x = (StrObj *)a, *y = (StrObj *)b;
    if (x->nbytes != y->nbytes || (x->interned && y->interned))
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool str_eq_cstr(Obj *a, const char *s)
{
    size_t n = strlen(s);
    return STR_NBYTES(a) == n && memcmp(STR_DATA(a), s, n) == 0;
}

/* Byte order of UTF-8 is code point order. */
int str_compare(Obj *a, Obj *b)
{
    size_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    if (c)
        return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

Obj *str_concat(Obj *a, Obj *b)
{
    if (STR_NBYTES(a) == 0 && STR_CHECK_EXACT(b))
        return NEWREF(b);
    if (STR_NBYTES(b) == 0 && STR_CHECK_EXACT(a))
        return NEWREF(a);
    StrObj *o = str_alloc(&Str_Type, STR_NBYTES(a) + STR_NBYTES(b));
    if (!o)
        return NULL;
    memcpy(o->data, STR_DATA(a), STR_NBYTES(a));
    memcpy(o->data + STR_NBYTES(a), STR_DATA(b), STR_NBYTES(b));
    o->ncp = ((StrObj *)a)->ncp + ((StrObj *)b)->ncp;
    return (Obj *)o;
}

Obj *str_join_array(Obj *sep, Obj *const *items, size_t n)
{
    size_t total = 0, ncp = 0;
    for (size_t i = 0; i < n; i++) {
        if (!STR_CHECK(items[i]))
            return err_format(Exc_TypeError, "sequence item %zu: expected str instance, "
                              "%T found", i, items[i]);
        total += STR_NBYTES(items[i]) + (i ? STR_NBYTES(sep) : 0);
        ncp += ((StrObj *)items[i])->ncp + (i ? ((StrObj *)sep)->ncp : 0);
    }
    if (n == 1 && STR_CHECK_EXACT(items[0]))
        return NEWREF(items[0]);
    StrObj *o = str_alloc(&Str_Type, total);
    if (!o)
        return NULL;
    o->ncp = 0;
    if (step_charge_data(total) < 0) {             /* the cap checked, before the work */
        DECREF(o);
        return NULL;
    }
    char *p = o->data;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(p, STR_DATA(sep), STR_NBYTES(sep));
            p += STR_NBYTES(sep);
        }
        memcpy(p, STR_DATA(items[i]), STR_NBYTES(items[i]));
        p += STR_NBYTES(items[i]);
    }
    o->ncp = ncp;
    return (Obj *)o;
}

/* ---- hash: siphash13, key 0, over CPython's PEP 393 bytes ---- */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d; b = ROTL64(b, s) ^ a; d = ROTL64(d, t) ^ c; a = ROTL64(a, 32);
#define SIP_ROUND(v0, v1, v2, v3) \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* CPython's siphash13 (Python/pyhash.c) with k0 = k1 = 0. */
static uint64_t siphash13(const uint8_t *in, size_t n)
{
    uint64_t b = (uint64_t)n << 56;
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    for (; n >= 8; in += 8, n -= 8) {
        uint64_t mi = 0;
        for (int i = 0; i < 8; i++)
            mi |= (uint64_t)in[i] << (8 * i);
        v3 ^= mi;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < n; i++)
        t |= (uint64_t)in[i] << (8 * i);
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* The widest code point decides CPython's storage kind (1, 2 or 4 bytes). */
static int str_kind(Obj *s)
{
    uint32_t max = 0;
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_decode(p, &n);
        if (cp > max)
            max = cp;
        p += n;
    }
    return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

/* Hash of a non-ASCII str: re-encode as CPython stores it, little-endian. */
static uint64_t str_hash_wide(Obj *s)
{
    int kind = str_kind(s);
    size_t n = ((StrObj *)s)->ncp * (size_t)kind;
    uint8_t *buf = mem_alloc(n ? n : 1);
    if (!buf)
        return siphash13((const uint8_t *)STR_DATA(s), STR_NBYTES(s));
    const char *p = STR_DATA(s);
    for (size_t i = 0; i < ((StrObj *)s)->ncp; i++) {
        size_t k;
        uint32_t cp = utf8_decode(p, &k);
        p += k;
        for (int j = 0; j < kind; j++)
            buf[i * (size_t)kind + (size_t)j] = (uint8_t)(cp >> (8 * j));
    }
    uint64_t h = siphash13(buf, n);
    mem_free(buf, n ? n : 1);
    return h;
}

hash_t types_hash_bytes(const void *data, size_t n)
{
    if (n == 0)
        return 0;
    hash_t r = (hash_t)siphash13((const uint8_t *)data, n);
    return r == -1 ? -2 : r;
}

hash_t str_hash(Obj *s)
{
    StrObj *o = (StrObj *)s;
    if (o->hash != -1)
        return o->hash;
    uint64_t h = 0;
    if (o->nbytes != 0)
        h = o->ncp == o->nbytes ? siphash13((const uint8_t *)o->data, o->nbytes)
                                : str_hash_wide(s);
    hash_t r = (hash_t)h;
    if (r == -1)
        r = -2;
    o->hash = r;
    return r;
}

/* ---- Unicode classification (see the top comment) ---- */

bool uni_isspace(uint32_t c)
{
    return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
        || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool uni_isdigit(uint32_t c)
{
    return (c >= '0' && c <= '9') || c == 0xb2 || c == 0xb3 || c == 0xb9
        || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)
        || (c >= 0x966 && c <= 0x96f) || (c >= 0xff10 && c <= 0xff19)
        || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073)
        || (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}

bool uni_isalpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c < 0x100)
        return c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 && c != 0xd7 && c != 0xf7);
    static const uint32_t ranges[][2] = {
        { 0x100, 0x2c1 }, { 0x370, 0x373 }, { 0x376, 0x377 }, { 0x37b, 0x37d },
        { 0x386, 0x386 }, { 0x388, 0x3ff }, { 0x400, 0x481 }, { 0x48a, 0x52f },
        { 0x531, 0x556 }, { 0x561, 0x587 }, { 0x5d0, 0x5ea }, { 0x620, 0x64a },
        { 0x904, 0x939 }, { 0xe01, 0xe30 }, { 0x10a0, 0x10ff }, { 0x1100, 0x11ff },
        { 0x1e00, 0x1fbc }, { 0x3041, 0x3096 }, { 0x309d, 0x309f }, { 0x30a1, 0x30fa },
        { 0x30fc, 0x30ff }, { 0x3105, 0x312f }, { 0x3131, 0x318e }, { 0x3400, 0x4dbf },
        { 0x4e00, 0x9fff }, { 0xa960, 0xa97c }, { 0xac00, 0xd7a3 }, { 0xd7b0, 0xd7fb },
        { 0xf900, 0xfaff }, { 0xff21, 0xff3a }, { 0xff41, 0xff5a }, { 0xff66, 0xffdc },
        { 0x20000, 0x2fa1f },
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (c >= ranges[i][0] && c <= ranges[i][1])
            return true;
    return false;
}

bool uni_isprintable(uint32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xa0) || c == 0xad)
        return false;
    if (uni_isspace(c) && c != ' ')
        return false;
    return !((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
             || (c >= 0x2060 && c <= 0x206f) || (c >= 0xd800 && c <= 0xf8ff)
             || c == 0xfeff || (c >= 0xfff0 && c <= 0xfffb) || c == 0xfffe || c == 0xffff
             || (c >= 0xe0000 && c <= 0xe0fff) || c >= 0xf0000 || c == 0x34f
             || (c >= 0x600 && c <= 0x605) || c == 0x61c || c == 0x6dd || c == 0x70f);
}

/* ---- repr ---- */

/* Append the escaped form of one code point as unicode_repr does. */
static void repr_cp(StrBuf *b, uint32_t c, char quote)
{
    char buf[16];
    if (c == (uint32_t)quote || c == '\\') {
        sb_addc(b, '\\');
        sb_addc(b, (char)c);
    } else if (c == '\t') {
        sb_adds(b, "\\t");
    } else if (c == '\n') {
        sb_adds(b, "\\n");
    } else if (c == '\r') {
        sb_adds(b, "\\r");
    } else if (uni_isprintable(c)) {
        sb_addcp(b, c);
    } else {
        snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
        sb_adds(b, buf);
    }
}

Obj *str_repr(Obj *s)
{
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    bool sq = memchr(p, '\'', STR_NBYTES(s)) != NULL;
    bool dq = memchr(p, '"', STR_NBYTES(s)) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, quote);
    while (p < end) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        repr_cp(&b, c, quote);
    }
    sb_addc(&b, quote);
    return sb_finish(&b);
}

/* ---- slots ---- */

static Obj *str_str(Obj *s)
{
    if (STR_CHECK_EXACT(s))
        return NEWREF(s);
    return str_from_utf8(STR_DATA(s), STR_NBYTES(s));
}

static Obj *str_richcompare(Obj *a, Obj *b, int op)
{
    if (!STR_CHECK(a) || !STR_CHECK(b))
        return notimpl_new();
    if (op == CMP_EQ || op == CMP_NE)
        return bool_new(str_eq(a, b) == (op == CMP_EQ));
    int c = str_compare(a, b);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_new(r);
}

static int64_t str_len_slot(Obj *s) { return str_len(s); }

/* Substring by code-point range [i, j) (0 <= i <= j <= len). */
static Obj *str_substr(Obj *s, int64_t i, int64_t j)
{
    if (i == 0 && j == str_len(s) && STR_CHECK_EXACT(s))
        return NEWREF(s);
    size_t a = str_byte_offset(s, i), b = str_byte_offset(s, j);
    return str_from_utf8(STR_DATA(s) + a, b - a);
}

/* s[slice] with a step: collect code points one by one. */
static Obj *str_slice(Obj *s, Obj *slice)
{
    int64_t start, stop, step, n;
    if (slice_indices(slice, str_len(s), &start, &stop, &step, &n) < 0)
        return NULL;
    if (step == 1)
        return str_substr(s, start, start + n);
    StrBuf b;
    sb_init(&b);
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        sb_addcp(&b, str_cp_at(s, i));
    return sb_finish(&b);
}

static Obj *str_getitem(Obj *s, Obj *key)
{
    if (obj_typecheck(key, &Slice_Type))
        return str_slice(s, key);
    if (!INT_CHECK(key) && !OBJ_TYPE(key)->nb_index)
        return err_format(Exc_TypeError, "string indices must be integers, not '%T'", key);
    int64_t i;
    if (types_index_arg(key, &i, "string") < 0)
        return NULL;
    if (i < 0)
        i += str_len(s);
    if (i < 0 || i >= str_len(s))
        return err_set(Exc_IndexError, "string index out of range");
    return str_from_cp(str_cp_at(s, i));
}

static int str_contains(Obj *s, Obj *item)
{
    if (!STR_CHECK(item)) {
        err_format(Exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    size_t n = STR_NBYTES(item), h = STR_NBYTES(s);
    if (n == 0)
        return 1;
    for (size_t i = 0; i + n <= h; i++)
        if (memcmp(STR_DATA(s) + i, STR_DATA(item), n) == 0)
            return 1;
    return 0;
}

static Obj *str_sq_concat(Obj *a, Obj *b)
{
    if (!STR_CHECK(b))
        return err_format(Exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    return str_concat(a, b);
}

static Obj *str_repeat(Obj *s, int64_t n)
{
    if (n <= 0 || STR_NBYTES(s) == 0)
        return str_from_utf8("", 0);
    if (n == 1 && STR_CHECK_EXACT(s))
        return NEWREF(s);
    size_t len = STR_NBYTES(s);
    if ((uint64_t)((StrObj *)s)->ncp > (uint64_t)INT64_MAX / (uint64_t)n)
        return err_set(Exc_OverflowError, "repeated string is too long");   /* as 64-bit CPython */
    if ((uint64_t)n > (uint64_t)(SIZE_MAX / 2) / len)
        return err_nomemory();
    StrObj *o = str_alloc(&Str_Type, len * (size_t)n);
    if (!o)
        return NULL;
    o->ncp = 0;
    if (step_charge_data(len * (uint64_t)n) < 0) {  /* the cap checked, before the work */
        DECREF(o);
        return NULL;
    }
    size_t total = len * (size_t)n, done = len;
    memcpy(o->data, STR_DATA(s), len);
    for (; done < total; done *= 2)         /* doubling: O(log n) copies */
        memcpy(o->data + done, o->data, done <= total - done ? done : total - done);
    o->ncp = ((StrObj *)s)->ncp * (size_t)n;
    return (Obj *)o;
}

static Obj *str_mod_slot(Obj *a, Obj *b)
{
    if (!STR_CHECK(a))
        return notimpl_new();
    return str_mod(a, b);
}

static void str_dealloc(Obj *o) { obj_free(o); }

/* str(object='') -- str(x) is x.__str__(). */
static Obj *str_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    Obj *a[3];
    if (args_parse("str", args, nargs, kwnames, names, 3, 3, 0, a) < 0)
        return NULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !STR_CHECK(a[i]))
            return err_format(Exc_TypeError, "str() argument '%s' must be str, not %T",
                              names[i], a[i]);
    Obj *v;
    const char *d;
    size_t n;
    if (!a[0])
        v = str_from_utf8("", 0);
    else if (!a[1] && !a[2])
        v = obj_str(a[0]);
    else if (bytes_like(a[0], &d, &n))      /* str(b, encoding, errors): decode */
        v = codec_decode(d, n, a[1] ? STR_DATA(a[1]) : NULL, a[2] ? STR_DATA(a[2]) : NULL);
    else if (STR_CHECK(a[0]))
        return err_set(Exc_TypeError, "decoding str is not supported");
    else
        return err_format(Exc_TypeError, "decoding to str: need a bytes-like object, %T found",
                          a[0]);
    if (!v || type == &Str_Type)
        return v;
    StrObj *o = str_alloc(type, STR_NBYTES(v));
    if (o) {
        memcpy(o->data, STR_DATA(v), STR_NBYTES(v));
        o->ncp = ((StrObj *)v)->ncp;
    }
    DECREF(v);
    return (Obj *)o;
}

/* ---- iterator ---- */

typedef struct StrIterObj {
    Obj ob;
    Obj *str;          /* the str being iterated (owned; NULL when done) */
    size_t pos;        /* byte offset of the next code point */
} StrIterObj;

static Obj *str_iter(Obj *s)
{
    StrIterObj *it = (StrIterObj *)obj_alloc(&StrIter_Type, 0);
    if (it)
        it->str = NEWREF(s);
    return (Obj *)it;
}

static Obj *striter_next(Obj *o)
{
    StrIterObj *it = (StrIterObj *)o;
    if (!it->str)
        return NULL;
    if (it->pos >= STR_NBYTES(it->str)) {
        CLEAR(it->str);
        return NULL;
    }
    size_t n;
    uint32_t cp = utf8_decode(STR_DATA(it->str) + it->pos, &n);
    it->pos += n;
    return str_from_cp(cp);
}

static void striter_dealloc(Obj *o)
{
    CLEAR(((StrIterObj *)o)->str);
    obj_free(o);
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

TypeObj StrIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .dealloc = striter_dealloc,
    .iter = iter_self,
    .iternext = striter_next,
};

TypeObj Str_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "str",
    .basicsize = sizeof(StrObj),
    .flags = TPF_BASETYPE | TPF_STR_SUBCLASS | TPF_VARSIZE | TPF_MATCH_SELF,
    .doc = "str(object='') -> str",
    .dealloc = str_dealloc,
    .tp_new = str_tp_new,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .nb = { [NB_MOD] = str_mod_slot },
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .sq_concat = str_sq_concat,
    .sq_repeat = str_repeat,
    .methods = str_methods,
};

/* Ready str and its iterator; build the '' and Latin-1 caches. */
int str_init(void)
{
    if (type_ready(&Str_Type) < 0 || type_ready(&StrIter_Type) < 0)
        return -1;
    empty_str = str_from_utf8("", 0);
    if (!empty_str)
        return -1;
    empty_str->refcnt = OBJ_IMMORTAL;
    for (uint32_t c = 0; c < 256; c++) {
        char buf[4];
        StrObj *o = str_alloc(&Str_Type, utf8_encode(c, buf));
        if (!o)
            return -1;
        memcpy(o->data, buf, o->nbytes);
        o->ncp = 1;
        o->ob.refcnt = OBJ_IMMORTAL;
        latin1_strs[c] = (Obj *)o;
    }
    return 0;
}
