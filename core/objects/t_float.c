/* t_float.c - float: IEEE doubles with Python's repr, arithmetic corner
 * cases (numfmt.h), exact comparisons with ints (bigint.h) and the
 * format-spec mini-language.
 */
#include "objects/types.h"
#include "objects/interp.h"

#include <math.h>
#include <string.h>

/* Exception class for a numfmt/bigint error class name. */
static TypeObj *exc_by_name(const char *name)
{
    static const struct { const char *name; TypeObj **cls; } map[] = {
        { "ValueError", &Exc_ValueError }, { "OverflowError", &Exc_OverflowError },
        { "ZeroDivisionError", &Exc_ZeroDivisionError }, { "TypeError", &Exc_TypeError },
        { "MemoryError", &Exc_MemoryError }, { "IndexError", &Exc_IndexError },
        { "KeyError", &Exc_KeyError },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (name && strcmp(map[i].name, name) == 0)
            return *map[i].cls;
    return Exc_ValueError;
}

Obj *types_raise_fmt(const fmt_error *err)
{
    if (run_stopped() && err_occurred())   /* a big-int work hook spent the budget */
        return NULL;
    if (err->exc && strcmp(err->exc, "MemoryError") == 0)
        return err_nomemory();
    return err_set(exc_by_name(err->exc), err->msg);
}

/* Freed floats kept for reuse (arithmetic in a loop allocates nothing);
 * linked through their `value` field's storage (memcpy: no aliasing). */
#define FLOAT_KEEP 256
static FloatObj *free_floats;
static int nfree_floats;

Obj *float_from_double(double d)
{
    FloatObj *o = free_floats;
    if (o) {
        memcpy(&free_floats, &o->value, sizeof free_floats);
        nfree_floats--;
        o->ob.refcnt = 1;
    } else if (!(o = (FloatObj *)obj_alloc(&Float_Type, 0))) {
        return NULL;
    }
    o->value = d;
    return (Obj *)o;
}

double float_as_double(Obj *o)
{
    return FLOAT_VAL(o);
}

/* float(x) of an int or float (or a type with __float__ / __index__). */
int obj_as_double(Obj *o, double *out)
{
    if (FLOAT_CHECK(o)) {
        *out = FLOAT_VAL(o);
        return 0;
    }
    if (INT_CHECK(o)) {
        bool ovf;
        *out = int_as_double(o, &ovf);
        if (ovf) {
            err_set(Exc_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    unary_fn f = OBJ_TYPE(o)->nb_float ? OBJ_TYPE(o)->nb_float : OBJ_TYPE(o)->nb_index;
    if (!f) {
        err_format(Exc_TypeError, "must be real number, not %T", o);
        return -1;
    }
    Obj *r = f(o);
    if (!r)
        return -1;
    int rc = FLOAT_CHECK(r) || INT_CHECK(r) ? obj_as_double(r, out)
           : err_format_int(Exc_TypeError, "__float__ returned non-float (type %T)", r);
    DECREF(r);
    return rc;
}

Obj *float_from_str(Obj *s)
{
    double d;
    fmt_error e;
    fmt_status st = fmt_parse_float(STR_DATA(s), STR_NBYTES(s), &d, &e);
    if (st == FMT_EPARSE)
        return err_format(Exc_ValueError, "%s%R", e.msg, s);
    if (st != FMT_OK)
        return types_raise_fmt(&e);
    return float_from_double(d);
}

/* float(b'1.5'): the text of a bytes-like object (ASCII only, as
 * CPython reads it as a C string); errors name the object. */
static Obj *float_from_bytes(Obj *obj, const char *text, size_t n)
{
    double d;
    fmt_error e;
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        ascii &= (unsigned char)text[i] < 0x80 && text[i] != 0;
    fmt_status st = ascii ? fmt_parse_float(text, n, &d, &e) : FMT_EPARSE;
    if (st == FMT_EPARSE)
        return err_format(Exc_ValueError, "could not convert string to float: %R", obj);
    if (st != FMT_OK)
        return types_raise_fmt(&e);
    return float_from_double(d);
}

hash_t float_hash_value(double d, Obj *owner)
{
    if (isnan(d))
        return obj_default_hash(owner);
    return big_hash_double(d);
}

static hash_t float_hash(Obj *o) { return float_hash_value(FLOAT_VAL(o), o); }

static Obj *float_repr(Obj *o)
{
    char buf[FMT_REPR_MAX];
    size_t n = fmt_float_repr(FLOAT_VAL(o), buf);
    return str_from_utf8(buf, n);
}

/* Operands of a float binary op: both floats or ints.  0 ok, 1 not
 * handled (NotImplemented), -1 error. */
static int float_operands(Obj *a, Obj *b, double *x, double *y)
{
    if (!(FLOAT_CHECK(a) || INT_CHECK(a)) || !(FLOAT_CHECK(b) || INT_CHECK(b)))
        return 1;
    return obj_as_double(a, x) < 0 || obj_as_double(b, y) < 0 ? -1 : 0;
}

/* The one dispatcher for float arithmetic (a table by op). */
static Obj *float_arith(Obj *a, Obj *b, NbOp op)
{
    double x, y, r = 0, r2 = 0;
    int rc = float_operands(a, b, &x, &y);
    if (rc)
        return rc < 0 ? NULL : notimpl_new();
    fmt_error e;
    fmt_status st = FMT_OK;
    switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUB: r = x - y; break;
    case NB_MUL: r = x * y; break;
    case NB_TRUEDIV: st = fmt_float_div(x, y, &r, &e); break;
    case NB_FLOORDIV: st = fmt_float_floordiv(x, y, &r, &e); break;
    case NB_MOD: st = fmt_float_mod(x, y, &r, &e); break;
    case NB_POW: st = fmt_float_pow(x, y, &r, &e); break;
    case NB_DIVMOD: st = fmt_float_divmod(x, y, &r, &r2, &e); break;
    default: return notimpl_new();
    }
    if (st != FMT_OK)
        return types_raise_fmt(&e);
    if (op != NB_DIVMOD)
        return float_from_double(r);
    Obj *q = float_from_double(r), *m = float_from_double(r2);
    Obj *t = q && m ? tuple_pack(2, q, m) : NULL;
    XDECREF(q);
    XDECREF(m);
    return t;
}

static Obj *float_add(Obj *a, Obj *b) { return float_arith(a, b, NB_ADD); }
static Obj *float_sub(Obj *a, Obj *b) { return float_arith(a, b, NB_SUB); }
static Obj *float_mul(Obj *a, Obj *b) { return float_arith(a, b, NB_MUL); }
static Obj *float_div(Obj *a, Obj *b) { return float_arith(a, b, NB_TRUEDIV); }
static Obj *float_floordiv(Obj *a, Obj *b) { return float_arith(a, b, NB_FLOORDIV); }
static Obj *float_mod(Obj *a, Obj *b) { return float_arith(a, b, NB_MOD); }
static Obj *float_divmod(Obj *a, Obj *b) { return float_arith(a, b, NB_DIVMOD); }
static Obj *float_pow(Obj *a, Obj *b) { return float_arith(a, b, NB_POW); }

/* Comparisons: float/float directly, float/int exactly via bigint. */
static Obj *float_richcompare(Obj *a, Obj *b, int op)
{
    int c;
    if (FLOAT_CHECK(a) && FLOAT_CHECK(b)) {
        double x = FLOAT_VAL(a), y = FLOAT_VAL(b);
        c = isnan(x) || isnan(y) ? 2 : x < y ? -1 : x > y;
    } else if (FLOAT_CHECK(a) && INT_CHECK(b)) {
        big_tmp t;
        c = big_cmp_double(int_big_view(b, &t), FLOAT_VAL(a));
        c = c == 2 ? 2 : -c;
    } else if (INT_CHECK(a) && FLOAT_CHECK(b)) {
        big_tmp t;
        c = big_cmp_double(int_big_view(a, &t), FLOAT_VAL(b));
    } else {
        return notimpl_new();
    }
    if (c == 2)
        return bool_new(op == CMP_NE);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_new(r);
}

static Obj *float_neg(Obj *o) { return float_from_double(-FLOAT_VAL(o)); }
static Obj *float_abs(Obj *o) { return float_from_double(fabs(FLOAT_VAL(o))); }
static int float_bool(Obj *o) { return FLOAT_VAL(o) != 0.0; }
static Obj *float_int(Obj *o) { return int_from_double(FLOAT_VAL(o)); }

static Obj *float_pos(Obj *o)
{
    return FLOAT_CHECK(o) && OBJ_TYPE(o) == &Float_Type ? NEWREF(o)
         : float_from_double(FLOAT_VAL(o));
}

static void float_dealloc(Obj *o)
{
    if (o->type != &Float_Type || nfree_floats >= FLOAT_KEEP) {
        obj_free(o);
        return;
    }
    FloatObj *f = (FloatObj *)o;
    memcpy(&f->value, &free_floats, sizeof free_floats);
    free_floats = f;
    nfree_floats++;
}

/* float(x): str parsing, numbers, __float__ / __index__. */
static Obj *float_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("float", kwnames) < 0 || args_count("float", nargs, 0, 1) < 0)
        return NULL;
    Obj *v;
    double d = 0;
    const char *text;
    size_t n;
    if (nargs == 0)
        v = float_from_double(0.0);
    else if (STR_CHECK(args[0]))
        v = float_from_str(args[0]);
    else if (bytes_like(args[0], &text, &n))
        v = float_from_bytes(args[0], text, n);
    else if (FLOAT_CHECK(args[0]) || INT_CHECK(args[0]) || OBJ_TYPE(args[0])->nb_float
             || OBJ_TYPE(args[0])->nb_index)
        v = obj_as_double(args[0], &d) < 0 ? NULL : float_from_double(d);
    else
        return err_format(Exc_TypeError, "float() argument must be a string or a real "
                          "number, not '%T'", args[0]);
    if (!v || type == &Float_Type)
        return v;
    FloatObj *o = (FloatObj *)obj_alloc(type, 0);
    if (o)
        o->value = FLOAT_VAL(v);
    DECREF(v);
    return (Obj *)o;
}

/* ---- methods ---- */

static Obj *float_is_integer(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    double d = FLOAT_VAL(self);
    return bool_new(isfinite(d) && floor(d) == d);
}

/* float.__format__(spec) through numfmt. */
static Obj *float_format(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *spec = args[0];
    if (!STR_CHECK(spec))
        return err_format(Exc_TypeError, "format() argument 2 must be str, not %T", spec);
    char *out;
    size_t n;
    fmt_error e;
    if (fmt_format_float(FLOAT_VAL(self), STR_DATA(spec), STR_NBYTES(spec), TYPE_NAME(self),
                         &out, &n, &e) != FMT_OK)
        return types_raise_fmt(&e);
    Obj *r = str_from_utf8(out, n);
    mem_free(out, n + 1);
    return r;
}

/* float.__round__(ndigits=None): an int without ndigits, else a float. */
static Obj *float_round(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double d = FLOAT_VAL(self);
    if (nargs == 0 || obj_is_none(args[0]))
        return int_from_double(fmt_round_half_even(d));
    int64_t nd;
    if (obj_as_int64(args[0], &nd) < 0)
        return NULL;
    double r;
    fmt_error e;
    if (fmt_round_double(d, nd, &r, &e) != FMT_OK)
        return types_raise_fmt(&e);
    return float_from_double(r);
}

static Obj *float_trunc(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return int_from_double(FLOAT_VAL(self));
}

static Obj *float_floor(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return int_from_double(floor(FLOAT_VAL(self)));
}

static Obj *float_ceil(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return int_from_double(ceil(FLOAT_VAL(self)));
}

static Obj *float_conjugate(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return float_pos(self);
}

/* float.as_integer_ratio(): exact (numerator, denominator). */
static Obj *float_as_integer_ratio(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    double d = FLOAT_VAL(self);
    if (isinf(d))
        return err_set(Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return err_set(Exc_ValueError, "cannot convert NaN to integer ratio");
    int exp;
    double m = frexp(d, &exp);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        exp--;
    }
    Obj *num = int_from_double(m), *den = int_from_i64(1), *sh = int_from_i64(exp > 0 ? exp : -exp);
    Obj *res = NULL;
    if (num && den && sh) {
        Obj *t = obj_binop(exp > 0 ? num : den, sh, NB_LSHIFT);
        if (t) {
            if (exp > 0) SETREF(num, t); else SETREF(den, t);
            res = tuple_pack(2, num, den);
        }
    }
    XDECREF(num);
    XDECREF(den);
    XDECREF(sh);
    return res;
}

static Obj *float_get_real(Obj *self, void *c) { (void)c; return float_pos(self); }
static Obj *float_get_imag(Obj *self, void *c) { (void)self; (void)c; return float_from_double(0.0); }

static const MethodDef float_methods[] = {
    { "__getnewargs__", builtin_getnewargs, METH_NOARGS, NULL },
    { "is_integer", float_is_integer, METH_NOARGS, NULL },
    { "as_integer_ratio", float_as_integer_ratio, METH_NOARGS, NULL },
    { "conjugate", float_conjugate, METH_NOARGS, NULL },
    { "__format__", float_format, METH_O, NULL },
    { "__round__", float_round, METH_FASTCALL, NULL },
    { "__trunc__", float_trunc, METH_NOARGS, NULL },
    { "__floor__", float_floor, METH_NOARGS, NULL },
    { "__ceil__", float_ceil, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL }
};

static const GetSetDef float_getset[] = {
    { "real", float_get_real, NULL, NULL },
    { "imag", float_get_imag, NULL, NULL },
    { NULL, NULL, NULL, NULL }
};

TypeObj Float_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = TPF_BASETYPE | TPF_MATCH_SELF,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .tp_new = float_tp_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb = {
        [NB_ADD] = float_add, [NB_SUB] = float_sub, [NB_MUL] = float_mul,
        [NB_TRUEDIV] = float_div, [NB_FLOORDIV] = float_floordiv,
        [NB_MOD] = float_mod, [NB_DIVMOD] = float_divmod, [NB_POW] = float_pow,
    },
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_pos,
    .methods = float_methods,
    .getset = float_getset,
};
