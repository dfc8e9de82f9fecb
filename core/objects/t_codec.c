/* t_codec.c - the codecs behind str.encode, bytes.decode, bytes(str,
 * encoding) and str(bytes, encoding): utf-8, ascii and latin-1, found by
 * CPython's encoding-name normalisation and aliases (encodings/__init__.py
 * and encodings/aliases.py), with the error handlers strict, ignore,
 * replace, backslashreplace, surrogateescape and (encoding only)
 * xmlcharrefreplace.  Errors are CPython's: the UTF-8 decoder reports the
 * same ranges and reasons as Objects/stringlib/codecs.h ("invalid start
 * byte", "invalid continuation byte", "unexpected end of data"), the ascii
 * and latin-1 encoders one error per run of unencodable characters.
 *
 * An engine str is UTF-8 in which a lone surrogate (from '\ud800' or the
 * surrogateescape handler) is stored as its 3-byte form.  Other codecs
 * (utf-16, cp1252, ...) and the handlers surrogatepass and namereplace are
 * not provided: they raise LookupError as an unknown name would.
 *
 * Global state: none.
 */
#include "objects/types.h"

#include <stdio.h>
#include <string.h>

typedef enum CodecId { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } CodecId;

/* The name each codec gives in its exceptions. */
static const char *const codec_name[] = { "utf-8", "ascii", "latin-1" };

/* Normalised names (after encodings.normalize_encoding) and aliases. */
static const struct { const char *name; CodecId id; } codec_aliases[] = {
    { "utf_8", CODEC_UTF8 }, { "u8", CODEC_UTF8 }, { "utf", CODEC_UTF8 },
    { "utf8", CODEC_UTF8 }, { "utf8_ucs2", CODEC_UTF8 }, { "utf8_ucs4", CODEC_UTF8 },
    { "cp65001", CODEC_UTF8 },
    { "ascii", CODEC_ASCII }, { "646", CODEC_ASCII }, { "ansi_x3.4_1968", CODEC_ASCII },
    { "ansi_x3_4_1968", CODEC_ASCII }, { "ansi_x3.4_1986", CODEC_ASCII },
    { "cp367", CODEC_ASCII }, { "csascii", CODEC_ASCII }, { "ibm367", CODEC_ASCII },
    { "iso646_us", CODEC_ASCII }, { "iso_646.irv_1991", CODEC_ASCII },
    { "iso_ir_6", CODEC_ASCII }, { "us", CODEC_ASCII }, { "us_ascii", CODEC_ASCII },
    { "latin_1", CODEC_LATIN1 }, { "8859", CODEC_LATIN1 }, { "cp819", CODEC_LATIN1 },
    { "csisolatin1", CODEC_LATIN1 }, { "ibm819", CODEC_LATIN1 }, { "iso8859", CODEC_LATIN1 },
    { "iso8859_1", CODEC_LATIN1 }, { "iso_8859_1", CODEC_LATIN1 },
    { "iso_8859_1_1987", CODEC_LATIN1 }, { "iso_ir_100", CODEC_LATIN1 },
    { "l1", CODEC_LATIN1 }, { "latin", CODEC_LATIN1 }, { "latin1", CODEC_LATIN1 },
};

static bool alias_find(const char *name, CodecId *out)
{
    for (size_t i = 0; i < sizeof codec_aliases / sizeof codec_aliases[0]; i++)
        if (strcmp(codec_aliases[i].name, name) == 0) {
            *out = codec_aliases[i].id;
            return true;
        }
    return false;
}

/* Find a codec by name as codecs.lookup does; LookupError if unknown. */
static int codec_lookup(const char *encoding, CodecId *out)
{
    char norm[64];
    size_t k = 0;
    bool punct = false, toolong = false;
    const char *p = encoding;
    while (*p) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        if (c >= 'A' && c <= 'Z')
            c += 32;
        bool alnum = c < 0x80 ? ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                              : uni_isalpha(c) || uni_isdigit(c);
        if (alnum || c == '.') {
            if (punct && k)
                norm[k < sizeof norm - 1 ? k++ : k] = '_';
            if (c < 0x80)
                norm[k < sizeof norm - 1 ? k++ : k] = (char)c;
            punct = false;
        } else {
            punct = true;
        }
        toolong |= k >= sizeof norm - 1;
    }
    norm[k] = '\0';
    if (!toolong) {
        if (alias_find(norm, out))
            return 0;
        for (char *q = norm; *q; q++)
            if (*q == '.')
                *q = '_';
        if (alias_find(norm, out))
            return 0;
    }
    err_format(Exc_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

/* Error handlers. */
typedef enum Handler {
    H_UNKNOWN = -1, H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_SURROGATEESCAPE
} Handler;

/* The handler named `errors` (NULL: strict); LookupError if unknown. */
static int handler_lookup(const char *errors, Handler *out)
{
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "xmlcharrefreplace", "surrogateescape" };
    if (!errors) {
        *out = H_STRICT;
        return 0;
    }
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(errors, names[i]) == 0) {
            *out = (Handler)i;
            return 0;
        }
    err_format(Exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

/* Raise UnicodeDecodeError(encoding, object, start, end, reason). */
static void raise_decode(CodecId c, const char *data, size_t n, size_t start, size_t end,
                         const char *reason)
{
    Obj *a[5] = { str_from_cstr(codec_name[c]), bytes_from_data(data, n),
                  int_from_u64(start), int_from_u64(end), str_from_cstr(reason) };
    if (a[0] && a[1] && a[2] && a[3] && a[4]) {
        Obj *e = exc_new(Exc_UnicodeDecodeError, a, 5);
        if (e) {
            err_set_exc(e);
            DECREF(e);
        }
    }
    for (int i = 0; i < 5; i++)
        XDECREF(a[i]);
}

static void raise_encode(CodecId c, Obj *str, size_t start, size_t end, const char *reason)
{
    Obj *a[5] = { str_from_cstr(codec_name[c]), NEWREF(str), int_from_u64(start),
                  int_from_u64(end), str_from_cstr(reason) };
    if (a[0] && a[2] && a[3] && a[4]) {
        Obj *e = exc_new(Exc_UnicodeEncodeError, a, 5);
        if (e) {
            err_set_exc(e);
            DECREF(e);
        }
    }
    for (int i = 0; i < 5; i++)
        XDECREF(a[i]);
}

/* ---- decoding ---- */

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* One UTF-8 step at s (avail > 0 bytes left): 0 with *cp and *len, or -1
 * with the error's length *len (from s) and *reason, as CPython's decoder
 * delimits them. */
static int utf8_step(const unsigned char *s, size_t avail, uint32_t *cp, size_t *len,
                     const char **reason)
{
    static const char *const start_err = "invalid start byte";
    static const char *const cont_err = "invalid continuation byte";
    static const char *const end_err = "unexpected end of data";
    unsigned ch = s[0];
    if (ch < 0x80) {
        *cp = ch;
        *len = 1;
        return 0;
    }
#define FAIL(r, l) do { *reason = (r); *len = (l); return -1; } while (0)
    if (ch < 0xC2 || ch > 0xF4)
        FAIL(start_err, 1);
    if (ch < 0xE0) {
        if (avail < 2)
            FAIL(end_err, avail);
        if (!is_cont(s[1]))
            FAIL(cont_err, 1);
        *cp = ((uint32_t)(ch & 0x1F) << 6) | (s[1] & 0x3F);
        *len = 2;
        return 0;
    }
    if (ch < 0xF0) {
        if (avail < 3) {
            if (avail >= 2 && (!is_cont(s[1]) || (s[1] < 0xA0 ? ch == 0xE0 : ch == 0xED)))
                FAIL(cont_err, 1);
            FAIL(end_err, avail);
        }
        if (!is_cont(s[1]) || (ch == 0xE0 && s[1] < 0xA0) || (ch == 0xED && s[1] >= 0xA0))
            FAIL(cont_err, 1);
        if (!is_cont(s[2]))
            FAIL(cont_err, 2);
        *cp = ((uint32_t)(ch & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        *len = 3;
        return 0;
    }
    if (avail < 4) {
        if (avail >= 2 && (!is_cont(s[1]) || (s[1] < 0x90 ? ch == 0xF0 : ch == 0xF4)))
            FAIL(cont_err, 1);
        if (avail >= 3 && !is_cont(s[2]))
            FAIL(cont_err, 2);
        FAIL(end_err, avail);
    }
    if (!is_cont(s[1]) || (ch == 0xF0 && s[1] < 0x90) || (ch == 0xF4 && s[1] >= 0x90))
        FAIL(cont_err, 1);
    if (!is_cont(s[2]))
        FAIL(cont_err, 2);
    if (!is_cont(s[3]))
        FAIL(cont_err, 3);
#undef FAIL
    *cp = ((uint32_t)(ch & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12)
        | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    *len = 4;
    return 0;
}

/* Apply the decode error handler to data[start, end); 0 or -1. */
static int decode_error(StrBuf *b, CodecId c, const char *errors, Handler *h,
                        const char *data, size_t n, size_t start, size_t end, const char *reason)
{
    if (*h == H_UNKNOWN && handler_lookup(errors, h) < 0)
        return -1;
    char buf[8];
    switch (*h) {
    case H_IGNORE:
        return 0;
    case H_REPLACE:
        sb_addcp(b, 0xFFFD);
        return 0;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++) {
            snprintf(buf, sizeof buf, "\\x%02x", (unsigned char)data[i]);
            sb_adds(b, buf);
        }
        return 0;
    case H_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++)
            if ((unsigned char)data[i] < 0x80)
                break;
            else if (i + 1 == end) {
                for (size_t j = start; j < end; j++)
                    sb_addcp(b, 0xDC00 + (unsigned char)data[j]);
                return 0;
            }
        break;
    case H_XMLCHARREF:
        err_set(Exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    default:
        break;
    }
    raise_decode(c, data, n, start, end, reason);
    return -1;
}

Obj *codec_decode(const char *data, size_t n, const char *encoding, const char *errors)
{
    CodecId c;
    if (codec_lookup(encoding ? encoding : "utf-8", &c) < 0)
        return NULL;
    Handler h = H_UNKNOWN;
    StrBuf b;
    sb_init(&b);
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0;
    while (i < n && !b.failed) {
        if (s[i] < 0x80) {                      /* a run of ASCII */
            size_t j = i;
            while (j < n && s[j] < 0x80)
                j++;
            sb_add(&b, data + i, j - i);
            i = j;
            continue;
        }
        if (c == CODEC_LATIN1) {
            sb_addcp(&b, s[i++]);
            continue;
        }
        if (c == CODEC_ASCII) {
            if (decode_error(&b, c, errors, &h, data, n, i, i + 1, "ordinal not in range(128)") < 0)
                goto fail;
            i++;
            continue;
        }
        uint32_t cp;
        size_t len;
        const char *reason;
        if (utf8_step(s + i, n - i, &cp, &len, &reason) == 0) {
            sb_add(&b, data + i, len);
        } else if (decode_error(&b, c, errors, &h, data, n, i, i + len, reason) < 0) {
            goto fail;
        }
        i += len;
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

/* ---- encoding ---- */

/* Byte buffer for the encoder's output. */
typedef struct OutBuf {
    char *data;
    size_t len, cap;
    bool failed;
} OutBuf;

static void ob_add(OutBuf *o, const char *s, size_t n)
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

/* Can codec c encode code point cp directly? */
static bool encodable(CodecId c, uint32_t cp)
{
    switch (c) {
    case CODEC_UTF8: return cp < 0xD800 || cp > 0xDFFF;
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    }
    return false;
}

/* Apply the encode error handler to the code points cps[0..k) of the run
 * at code point indices [start, start + k); 0 or -1. */
static int encode_error(OutBuf *o, CodecId c, const char *errors, Handler *h, Obj *str,
                        const uint32_t *cps, size_t k, size_t start)
{
    static const char *const reasons[] = { "surrogates not allowed", "ordinal not in range(128)",
                                           "ordinal not in range(256)" };
    if (*h == H_UNKNOWN && handler_lookup(errors, h) < 0)
        return -1;
    char buf[16];
    size_t i = 0;
    switch (*h) {
    case H_IGNORE:
        return 0;
    case H_REPLACE:
        for (; i < k; i++)
            ob_add(o, "?", 1);
        return 0;
    case H_BACKSLASH:
    case H_XMLCHARREF:
        for (; i < k; i++) {
            uint32_t cp = cps[i];
            int m = *h == H_XMLCHARREF ? snprintf(buf, sizeof buf, "&#%u;", (unsigned)cp)
                  : snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x"
                                                         : "\\U%08x", (unsigned)cp);
            ob_add(o, buf, (size_t)m);
        }
        return 0;
    case H_SURROGATEESCAPE:
        for (; i < k && cps[i] >= 0xDC80 && cps[i] <= 0xDCFF; i++) {
            char byte = (char)(cps[i] - 0xDC00);
            ob_add(o, &byte, 1);
        }
        if (i == k)
            return 0;
        break;
    default:
        break;
    }
    raise_encode(c, str, start + i, start + k, reasons[c]);
    return -1;
}

Obj *codec_encode(Obj *str, const char *encoding, const char *errors)
{
    CodecId c;
    if (codec_lookup(encoding ? encoding : "utf-8", &c) < 0)
        return NULL;
    const char *p = STR_DATA(str), *end = p + STR_NBYTES(str);
    /* fast path: nothing to change */
    bool plain = true;
    for (const char *q = p; q < end && plain;) {
        size_t n;
        uint32_t cp = utf8_decode(q, &n);
        q += n;
        plain = encodable(c, cp) && (c == CODEC_UTF8 || cp < 0x80);
    }
    if (plain)
        return bytes_from_data(p, STR_NBYTES(str));
    Handler h = H_UNKNOWN;
    OutBuf o = { NULL, 0, 0, false };
    uint32_t *run = NULL;
    size_t runcap = 0, index = 0;
    int rc = 0;
    while (p < end && rc == 0 && !o.failed) {
        size_t n;
        uint32_t cp = utf8_decode(p, &n);
        if (encodable(c, cp)) {
            if (c == CODEC_UTF8) {
                ob_add(&o, p, n);
            } else {
                char byte = (char)cp;
                ob_add(&o, &byte, 1);
            }
            p += n;
            index++;
            continue;
        }
        /* the run of characters the codec cannot encode */
        size_t start = index, k = 0;
        while (p < end) {
            cp = utf8_decode(p, &n);
            if (encodable(c, cp))
                break;
            if (k == runcap) {
                size_t cap = runcap ? runcap * 2 : 8;
                uint32_t *r = mem_realloc(run, runcap * sizeof *run, cap * sizeof *run);
                if (!r) {
                    o.failed = true;
                    break;
                }
                run = r;
                runcap = cap;
            }
            run[k++] = cp;
            p += n;
            index++;
        }
        if (!o.failed)
            rc = encode_error(&o, c, errors, &h, str, run, k, start);
    }
    mem_free(run, runcap * sizeof *run);
    Obj *r = NULL;
    if (o.failed && rc == 0)
        err_nomemory();
    else if (rc == 0)
        r = bytes_from_data(o.data ? o.data : "", o.len);
    mem_free(o.data, o.cap);
    return r;
}

/* ---- the methods ---- */

/* Parse (encoding='utf-8', errors='strict') for encode()/decode(). */
static int codec_args(const char *fname, Obj *const *args, size_t nargs, Obj *kw,
                      const char **encoding, const char **errors)
{
    static const char *const names[] = { "encoding", "errors" };
    Obj *a[2];
    if (args_parse(fname, args, nargs, kw, names, 2, 2, 0, a) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (a[i] && !STR_CHECK(a[i])) {
            err_format(Exc_TypeError, "%s() argument '%s' must be str, not %T", fname,
                       names[i], a[i]);
            return -1;
        }
    *encoding = a[0] ? STR_DATA(a[0]) : NULL;
    *errors = a[1] ? STR_DATA(a[1]) : NULL;
    return 0;
}

Obj *codec_str_encode_method(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    const char *enc, *errs;
    if (codec_args("encode", args, nargs, kw, &enc, &errs) < 0)
        return NULL;
    return codec_encode(self, enc, errs);
}

Obj *codec_bytes_decode_method(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    const char *enc, *errs, *d;
    size_t n;
    if (codec_args("decode", args, nargs, kw, &enc, &errs) < 0)
        return NULL;
    bytes_like(self, &d, &n);
    return codec_decode(d, n, enc, errs);
}
