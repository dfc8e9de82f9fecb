/* t_strfmt.c - str.format (PEP 3101 fields: auto/manual numbering,
 * keyword names, .attribute and [index] access, !r/!s/!a conversions,
 * nested {} in the spec) and old-style `str % args`, with CPython's
 * error messages.  Number formatting itself is numfmt.h's.
 */
#include "objects/types.h"

#include <stdio.h>
#include <string.h>

/* format(value, spec): type(value).__format__(spec), or the object
 * default (str(value) for an empty spec). */
Obj *types_format(Obj *value, Obj *spec)
{
    bool found;
    Obj *r = obj_call_special(value, ID(__format__), &spec, 1, &found);
    if (!found && !err_occurred()) {
        if (STR_NBYTES(spec) != 0)
            return err_format(Exc_TypeError, "unsupported format string passed to "
                              "%T.__format__", value);
        return obj_str(value);
    }
    if (r && !STR_CHECK(r)) {
        err_format(Exc_TypeError, "__format__ must return a str, not %T", r);
        DECREF(r);
        return NULL;
    }
    return r;
}

/* ascii(o): repr with non-ASCII escaped. */
Obj *types_ascii(Obj *o)
{
    Obj *r = obj_repr(o);
    if (!r || str_len(r) == (int64_t)STR_NBYTES(r))
        return r;
    StrBuf b;
    sb_init(&b);
    const char *p = STR_DATA(r), *end = p + STR_NBYTES(r);
    while (p < end) {
        size_t n;
        uint32_t c = utf8_decode(p, &n);
        p += n;
        char buf[16];
        if (c < 0x80)
            sb_addc(&b, (char)c);
        else {
            snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
            sb_adds(&b, buf);
        }
    }
    DECREF(r);
    return sb_finish(&b);
}

/* ---- str.format ---- */

/* State of one str.format call. */
typedef struct FmtCall {
    Obj *const *args;  /* positional arguments */
    size_t nargs;      /* how many */
    Obj *kwnames;      /* keyword names (tuple) or NULL */
    int auto_state;    /* 0 unknown, 1 automatic numbering, 2 manual */
    size_t next_auto;  /* next automatic index */
    int depth;         /* nesting of spec substitution */
} FmtCall;

/* A keyword argument's value by name (borrowed) or NULL. */
static Obj *kwarg(FmtCall *c, const char *name, size_t n)
{
    for (size_t k = 0; k < kwnames_len(c->kwnames); k++) {
        Obj *key = TUPLE_ITEM(c->kwnames, k);
        if (STR_NBYTES(key) == n && memcmp(STR_DATA(key), name, n) == 0)
            return c->args[c->nargs + k];
    }
    return NULL;
}

/* Is s[0..n) all ASCII digits (and non-empty)?  Stores the number. */
static bool all_digits(const char *s, size_t n, int64_t *v)
{
    *v = 0;
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9' || *v > INT64_MAX / 10 - 10)
            return false;
        *v = *v * 10 + (s[i] - '0');
    }
    return true;
}

/* The first part of a field name: auto index, number or keyword. */
static Obj *field_first(FmtCall *c, const char *s, size_t n)
{
    int64_t idx;
    bool num = all_digits(s, n, &idx);
    if (n == 0 || num) {
        int want = n == 0 ? 1 : 2;
        if (c->auto_state && c->auto_state != want)
            return err_set(Exc_ValueError, want == 2
                ? "cannot switch from automatic field numbering to manual field specification"
                : "cannot switch from manual field specification to automatic field numbering");
        c->auto_state = want;
        if (n == 0)
            idx = (int64_t)c->next_auto++;
        if ((uint64_t)idx >= c->nargs)
            return err_format(Exc_IndexError, "Replacement index %lld out of range for "
                              "positional args tuple", (long long)idx);
        return NEWREF(c->args[idx]);
    }
    Obj *v = kwarg(c, s, n);
    if (v)
        return NEWREF(v);
    Obj *key = str_from_utf8(s, n);
    if (key) {
        err_set_obj(Exc_KeyError, key);
        DECREF(key);
    }
    return NULL;
}

/* Resolve "name.attr[key]..." to a value (new reference). */
static Obj *field_value(FmtCall *c, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[')
        i++;
    Obj *v = field_first(c, s, i);
    while (v && i < n) {
        char kind = s[i++];
        size_t start = i;
        if (kind == '.') {
            while (i < n && s[i] != '.' && s[i] != '[')
                i++;
            if (i == start) {
                CLEAR(v);
                return err_set(Exc_ValueError, "Empty attribute in format string");
            }
            Obj *name = str_from_utf8(s + start, i - start);
            Obj *a = name ? obj_getattr(v, name) : NULL;
            XDECREF(name);
            SETREF(v, a);
        } else {
            while (i < n && s[i] != ']')
                i++;
            if (i >= n) {
                CLEAR(v);
                return err_set(Exc_ValueError, "Missing ']' in format string");
            }
            int64_t num;
            Obj *key = all_digits(s + start, i - start, &num) ? int_from_i64(num)
                     : str_from_utf8(s + start, i - start);
            i++;
            Obj *a = key ? obj_getitem(v, key) : NULL;
            XDECREF(key);
            SETREF(v, a);
            if (v && i < n && s[i] != '.' && s[i] != '[') {
                CLEAR(v);
                return err_set(Exc_ValueError, "Only '.' or '[' may follow ']' in format field "
                               "specifier");
            }
        }
    }
    return v;
}

static Obj *format_string(FmtCall *c, const char *s, size_t n);

/* Format one replacement field body s[0..n) ("name!conv:spec"). */
static Obj *format_field(FmtCall *c, const char *s, size_t n)
{
    size_t i = 0;
    int bracket = 0;
    while (i < n && (bracket || (s[i] != '!' && s[i] != ':'))) {
        bracket += s[i] == '[' ? 1 : s[i] == ']' ? -1 : 0;
        i++;
    }
    size_t name_end = i;
    char conv = 0;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n)
            return err_set(Exc_ValueError, "end of string while looking for conversion specifier");
        conv = s[i + 1];
        i += 2;
        if (i < n && s[i] != ':')
            return err_set(Exc_ValueError, "expected ':' after conversion specifier");
    }
    const char *spec = i < n ? s + i + 1 : s + n;
    size_t slen = i < n ? n - i - 1 : 0;
    Obj *v = field_value(c, s, name_end);
    if (!v)
        return NULL;
    if (conv) {
        Obj *cv = conv == 'r' ? obj_repr(v) : conv == 's' ? obj_str(v) : conv == 'a' ? types_ascii(v)
                : err_format(Exc_ValueError, "Unknown conversion specifier %c", (int)(unsigned char)conv);
        SETREF(v, cv);
        if (!v)
            return NULL;
    }
    Obj *spec_obj;
    if (memchr(spec, '{', slen)) {
        if (c->depth >= 2) {
            DECREF(v);
            return err_set(Exc_ValueError, "Max string recursion exceeded");
        }
        c->depth++;
        spec_obj = format_string(c, spec, slen);
        c->depth--;
    } else {
        spec_obj = str_from_utf8(spec, slen);
    }
    Obj *r = spec_obj ? types_format(v, spec_obj) : NULL;
    XDECREF(spec_obj);
    DECREF(v);
    return r;
}

/* The whole format string: literal text, {{ }} escapes, fields. */
static Obj *format_string(FmtCall *c, const char *s, size_t n)
{
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        char ch = s[i];
        if (ch == '}' ) {
            if (i + 1 < n && s[i + 1] == '}') {
                sb_addc(&b, '}');
                i += 2;
                continue;
            }
            sb_free(&b);
            return err_set(Exc_ValueError, "Single '}' encountered in format string");
        }
        if (ch != '{') {
            sb_addc(&b, ch);
            i++;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            sb_addc(&b, '{');
            i += 2;
            continue;
        }
        size_t j = i + 1;
        int depth = 1;
        for (; j < n; j++) {
            if (s[j] == '{')
                depth++;
            else if (s[j] == '}' && --depth == 0)
                break;
        }
        if (j >= n) {
            sb_free(&b);
            return err_set(Exc_ValueError, depth > 1 && i + 1 < n
                           ? "expected '}' before end of string"
                           : "Single '{' encountered in format string");
        }
        Obj *f = format_field(c, s + i + 1, j - i - 1);
        if (!f) {
            sb_free(&b);
            return NULL;
        }
        sb_addobj(&b, f);
        DECREF(f);
        i = j + 1;
    }
    return sb_finish(&b);
}

Obj *str_format_call(Obj *fmt, Obj *const *args, size_t nargs, Obj *kwnames)
{
    FmtCall c = { args, nargs, kwnames, 0, 0, 0 };
    return format_string(&c, STR_DATA(fmt), STR_NBYTES(fmt));
}

/* ---- old-style % formatting ---- */

/* State of one `fmt % args` evaluation. */
typedef struct PctCall {
    Obj *const *items; /* the argument tuple's items (or &single) */
    size_t n;          /* how many */
    size_t next;       /* next unused */
    Obj *mapping;      /* for %(key)s, or NULL */
} PctCall;

/* Next positional argument (borrowed) or TypeError. */
static Obj *pct_next(PctCall *pc)
{
    if (pc->next >= pc->n)
        return err_set(Exc_TypeError, "not enough arguments for format string");
    return pc->items[pc->next++];
}

/* Raise a numfmt error and return NULL. */
static Obj *pct_out(fmt_status st, char **out, size_t *len, fmt_error *e)
{
    if (st != FMT_OK)
        return types_raise_fmt(e);
    Obj *r = str_from_utf8(*out, *len);
    mem_free(*out, *len + 1);
    return r;
}

/* Convert one value for a numeric conversion (d i u o x X e E f F g G). */
static Obj *pct_number(fmt_pct *p, Obj *v)
{
    char *out;
    size_t len;
    fmt_error e;
    bool intonly = strchr("oxXc", p->conv) != NULL;
    if (FLOAT_CHECK(v) && !intonly) {
        if (strchr("diu", p->conv)) {
            Obj *i = int_from_double(FLOAT_VAL(v));
            Obj *r = i ? pct_number(p, i) : NULL;
            XDECREF(i);
            return r;
        }
        return pct_out(fmt_pct_float(p, FLOAT_VAL(v), &out, &len, &e), &out, &len, &e);
    }
    if (!INT_CHECK(v)) {
        if (intonly)
            return err_format(Exc_TypeError, "%%%c format: an integer is required, not %T",
                              (int)p->conv, v);
        return err_format(Exc_TypeError, "%%%c format: a real number is required, not %T",
                          (int)p->conv, v);
    }
    big_tmp t;
    return pct_out(fmt_pct_int(p, int_big_view(v, &t), &out, &len, &e), &out, &len, &e);
}

/* Format one parsed conversion with value v. */
static Obj *pct_convert(fmt_pct *p, Obj *v)
{
    if (p->conv == 's' || p->conv == 'r' || p->conv == 'a'
        || (p->conv == 'c' && STR_CHECK(v))) {
        Obj *s;
        if (p->conv == 'c') {
            if (str_len(v) != 1)
                return err_set(Exc_TypeError, "%c requires int or char");
            s = NEWREF(v);
        } else {
            s = p->conv == 's' ? obj_str(v) : p->conv == 'r' ? obj_repr(v) : types_ascii(v);
        }
        if (!s)
            return NULL;
        fmt_pct q = *p;
        if (q.conv == 'c')
            q.conv = 's', q.precision = -1;
        char *out;
        size_t len;
        fmt_error e;
        fmt_status st = fmt_pct_str(&q, STR_DATA(s), STR_NBYTES(s), &out, &len, &e);
        DECREF(s);
        return pct_out(st, &out, &len, &e);
    }
    if (p->conv == 'c' && !INT_CHECK(v))
        return err_set(Exc_TypeError, "%c requires int or char");
    return pct_number(p, v);
}

/* '*' width/precision from the arguments. */
static int pct_star(PctCall *pc, int64_t *field)
{
    if (*field != -2)
        return 0;
    Obj *v = pct_next(pc);
    if (!v)
        return -1;
    if (!INT_CHECK(v)) {
        err_set(Exc_TypeError, "* wants int");
        return -1;
    }
    return obj_as_int64(v, field);
}

/* The value for one conversion: by key from the mapping, else the next. */
static Obj *pct_value(PctCall *pc, fmt_pct *p, const char *fmt)
{
    if (!p->key_len && !(p->key_start && pc->mapping))
        return pct_next(pc) ? NEWREF(pc->items[pc->next - 1]) : NULL;
    if (!pc->mapping)
        return err_set(Exc_TypeError, "format requires a mapping");
    Obj *key = str_from_utf8(fmt + p->key_start, p->key_len);
    Obj *v = key ? obj_getitem(pc->mapping, key) : NULL;
    XDECREF(key);
    return v;
}

Obj *str_mod(Obj *fmt, Obj *args)
{
    PctCall pc = { &args, 1, 0, NULL };
    if (TUPLE_CHECK(args)) {
        pc.items = ((TupleObj *)args)->items;
        pc.n = TUPLE_SIZE(args);
    } else if (OBJ_TYPE(args)->getitem && !STR_CHECK(args)) {
        pc.mapping = args;
    }
    const char *s = STR_DATA(fmt);
    size_t len = STR_NBYTES(fmt), i = 0;
    StrBuf b;
    sb_init(&b);
    while (i < len) {
        const char *q = memchr(s + i, '%', len - i);
        size_t stop = q ? (size_t)(q - s) : len;
        sb_add(&b, s + i, stop - i);
        i = stop;
        if (i >= len)
            break;
        fmt_pct p;
        fmt_error e;
        if (fmt_pct_parse(s, len, &i, &p, &e) != FMT_OK) {
            sb_free(&b);
            return types_raise_fmt(&e);
        }
        if (p.conv == '%') {
            sb_addc(&b, '%');
            continue;
        }
        Obj *v = NULL, *r = NULL;
        if (pct_star(&pc, &p.width) == 0 && pct_star(&pc, &p.precision) == 0)
            v = pct_value(&pc, &p, s);
        if (v)
            r = pct_convert(&p, v);
        XDECREF(v);
        if (!r) {
            sb_free(&b);
            return NULL;
        }
        sb_addobj(&b, r);
        DECREF(r);
    }
    bool single_unused = !TUPLE_CHECK(args) && !pc.mapping && pc.next == 0;
    if ((TUPLE_CHECK(args) && pc.next < pc.n) || single_unused) {
        sb_free(&b);
        return err_set(Exc_TypeError, "not all arguments converted during string formatting");
    }
    return sb_finish(&b);
}

/* ---- bytes % args ---- */

/* Parse one conversion of a bytes format at s[*pos] == '%' (CPython's
 * _PyBytes_FormatEx: 'b' is %s, a non-ASCII conversion byte gives its odd
 * OverflowError).  0 ok / -1. */
static int bytes_pct_parse(const char *s, size_t len, size_t *pos, fmt_pct *p)
{
    size_t i = *pos + 1;
    *p = (fmt_pct){ .width = -1, .precision = -1 };
    if (i < len && s[i] == '(') {
        int depth = 1;
        size_t start = ++i;
        while (i < len && depth > 0) {
            if (s[i] == '(')
                depth++;
            else if (s[i] == ')')
                depth--;
            i++;
        }
        if (depth > 0) {
            err_set(Exc_ValueError, "incomplete format key");
            return -1;
        }
        p->key_start = start;
        p->key_len = i - 1 - start;
    }
    for (; i < len; i++) {
        char c = s[i];
        if (c == '-') p->left = true;
        else if (c == '+') p->plus = true;
        else if (c == ' ') p->space = true;
        else if (c == '#') p->alt = true;
        else if (c == '0') p->zero = true;
        else break;
    }
    for (int k = 0; k < 2; k++) {
        int64_t *field = k ? &p->precision : &p->width;
        if (k) {
            if (i >= len || s[i] != '.')
                break;
            i++;
            p->precision = 0;
        }
        if (i < len && s[i] == '*') {
            *field = -2;
            i++;
            continue;
        }
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (*field < 0)
                *field = 0;
            if (*field > (INT64_MAX - 9) / 10 || *field * 10 + (s[i] - '0') > 0x7fffffff) {
                err_set(Exc_ValueError, k ? "precision too big" : "width too big");
                return -1;
            }
            *field = *field * 10 + (s[i++] - '0');
        }
    }
    while (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
        i++;
    if (i >= len) {
        err_set(Exc_ValueError, "incomplete format");
        return -1;
    }
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
        err_set(Exc_OverflowError, "character argument not in range(0x110000)");
        return -1;
    }
    if (c == 0 || !strchr("diuoxXeEfFgGcsrab%", c)) {
        err_format(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                   (int)c, (unsigned)c, i);
        return -1;
    }
    p->conv = (char)c;
    *pos = i + 1;
    return 0;
}

/* Append d[0..n) cut to the precision and padded to the width. */
static void bytes_pct_out(StrBuf *b, const fmt_pct *p, const char *d, size_t n, bool cut)
{
    if (cut && p->precision >= 0 && (uint64_t)p->precision < n)
        n = (size_t)p->precision;
    size_t pad = p->width > 0 && (uint64_t)p->width > n ? (size_t)p->width - n : 0;
    for (size_t k = 0; !p->left && k < pad && !b->failed; k++)
        sb_addc(b, ' ');
    sb_add(b, d, n);
    for (size_t k = 0; p->left && k < pad && !b->failed; k++)
        sb_addc(b, ' ');
}

/* One conversion of a bytes format with value v, appended to b. */
static int bytes_pct_convert(StrBuf *b, fmt_pct *p, Obj *v)
{
    const char *d;
    size_t n;
    switch (p->conv) {
    case 's': case 'b': {
        if (bytes_like(v, &d, &n)) {
            bytes_pct_out(b, p, d, n, true);
            return 0;
        }
        bool found;
        Obj *r = obj_call_special(v, ID(__bytes__), NULL, 0, &found);
        if (!found && !r) {
            if (!err_occurred())
                err_format(Exc_TypeError, "%%b requires a bytes-like object, or an object that "
                           "implements __bytes__, not '%T'", v);
            return -1;
        }
        if (!r)
            return -1;
        if (!BYTES_CHECK(r)) {
            err_format(Exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            DECREF(r);
            return -1;
        }
        bytes_pct_out(b, p, BYTES_DATA(r), BYTES_SIZE(r), true);
        DECREF(r);
        return 0;
    }
    case 'r': case 'a': {
        Obj *r = types_ascii(v);
        if (!r)
            return -1;
        bytes_pct_out(b, p, STR_DATA(r), STR_NBYTES(r), true);
        DECREF(r);
        return 0;
    }
    case 'c': {
        char c;
        if (bytes_like(v, &d, &n) && n == 1) {
            c = d[0];
        } else if (INT_CHECK(v) || OBJ_TYPE(v)->nb_index) {
            Obj *i = obj_index(v);
            if (!i)
                return -1;
            bool ok = INT_IS_SMALL(i) && INT_SMALL(i) >= 0 && INT_SMALL(i) < 256;
            c = ok ? (char)INT_SMALL(i) : 0;
            DECREF(i);
            if (!ok) {
                err_set(Exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
        } else {
            err_set(Exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return -1;
        }
        bytes_pct_out(b, p, &c, 1, false);
        return 0;
    }
    default: {
        Obj *r = pct_number(p, v);
        if (!r)
            return -1;
        sb_addobj(b, r);
        DECREF(r);
        return 0;
    }
    }
}

Obj *bytes_mod(Obj *fmt, Obj *args)
{
    const char *d;
    size_t len;
    bytes_like(fmt, &d, &len);
    char *s = mem_alloc(len + 1);      /* a copy: a bytearray format may change */
    if (!s)
        return err_nomemory();
    memcpy(s, d, len);
    PctCall pc = { &args, 1, 0, NULL };
    if (TUPLE_CHECK(args)) {
        pc.items = ((TupleObj *)args)->items;
        pc.n = TUPLE_SIZE(args);
    } else if (OBJ_TYPE(args)->getitem && !BYTES_CHECK(args) && !STR_CHECK(args)) {
        pc.mapping = args;
    }
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    int rc = 0;
    while (i < len && rc == 0) {
        const char *q = memchr(s + i, '%', len - i);
        size_t stop = q ? (size_t)(q - s) : len;
        sb_add(&b, s + i, stop - i);
        i = stop;
        if (i >= len)
            break;
        if (i + 1 < len && s[i + 1] == '%') {   /* only "%%" is a literal '%' */
            sb_addc(&b, '%');
            i += 2;
            continue;
        }
        fmt_pct p;
        if (bytes_pct_parse(s, len, &i, &p) < 0) {
            rc = -1;
            break;
        }
        bool star_w = p.width == -2;
        if (pct_star(&pc, &p.width) < 0 || pct_star(&pc, &p.precision) < 0) {
            rc = -1;
            break;
        }
        if (star_w && p.width < 0) {
            p.left = true;
            p.width = -p.width;
        }
        Obj *v;
        if (p.key_len || (p.key_start && pc.mapping)) {
            if (!pc.mapping) {
                err_set(Exc_TypeError, "format requires a mapping");
                rc = -1;
                break;
            }
            Obj *key = bytes_from_data(s + p.key_start, p.key_len);
            v = key ? obj_getitem(pc.mapping, key) : NULL;
            XDECREF(key);
        } else {
            v = pct_next(&pc) ? NEWREF(pc.items[pc.next - 1]) : NULL;
        }
        if (v && p.conv == '%') {
            err_format(Exc_ValueError, "unsupported format character '%%' (0x25) at index %zu",
                       i - 1);
            rc = -1;
        } else {
            rc = v ? bytes_pct_convert(&b, &p, v) : -1;
        }
        XDECREF(v);
    }
    mem_free(s, len + 1);
    if (rc == 0) {
        bool single_unused = !TUPLE_CHECK(args) && !pc.mapping && pc.next == 0;
        if ((TUPLE_CHECK(args) && pc.next < pc.n) || single_unused) {
            err_set(Exc_TypeError, "not all arguments converted during bytes formatting");
            rc = -1;
        }
    }
    Obj *r = NULL;
    if (rc == 0 && b.failed)
        err_nomemory();
    else if (rc == 0)
        r = bytes_make_like(fmt, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}
