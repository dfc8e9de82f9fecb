/* t_int.c - int (int64 fast path, bigint beyond) and bool.
 *
 * An IntObj holds its value in `small` unless it does not fit in int64, in
 * which case `big` holds it (always normalised: a big value never fits).
 * Arithmetic tries the overflow-checked int64 helpers of bigint.h first and
 * redoes the operation with bigints only on overflow.  bool is a subclass
 * with the two immortal instances True and False.
 *
 * Global state: the small-int cache (-5..256, immortal, like CPython's)
 * and True/False.
 */
#include "objects/types.h"

#include "objects/interp.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define SMALL_MIN (-5)
#define SMALL_MAX 256

static IntObj small_ints[SMALL_MAX - SMALL_MIN + 1]; /* filled by int_init */
static IntObj int_true = { OBJ_STATIC_HEAD(&Bool_Type), 1, NULL };
static IntObj int_false = { OBJ_STATIC_HEAD(&Bool_Type), 0, NULL };
Obj *const obj_true = (Obj *)&int_true;
Obj *const obj_false = (Obj *)&int_false;

/* ---- construction ---- */

/* Fill the small-int cache (idempotent; ints may be needed before
 * types_init, e.g. while object.c interns identifiers). */
static void small_ints_init(void)
{
    for (int64_t v = SMALL_MIN; v <= SMALL_MAX; v++) {
        IntObj *o = &small_ints[v - SMALL_MIN];
        o->ob.refcnt = OBJ_IMMORTAL;
        o->ob.type = &Int_Type;
        o->small = v;
    }
}

/* Freed ints (small values) kept for reuse: a loop counter allocates
 * nothing.  Linked through their `big` field. */
#define INT_KEEP 1024
static IntObj *free_ints;
static int nfree_ints;

Obj *int_from_i64(int64_t v)
{
    if (!small_ints[0].ob.type)
        small_ints_init();
    if (v >= SMALL_MIN && v <= SMALL_MAX)
        return NEWREF((Obj *)&small_ints[v - SMALL_MIN]);
    IntObj *o = free_ints;
    if (o) {
        free_ints = (IntObj *)o->big;
        nfree_ints--;
        o->ob.refcnt = 1;
        o->big = NULL;
    } else if (!(o = (IntObj *)obj_alloc(&Int_Type, 0))) {
        return NULL;
    }
    o->small = v;
    return (Obj *)o;
}

Obj *int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return int_from_i64((int64_t)v);
    big_int *b = big_from_u64(v);
    return b ? int_from_big(b) : err_nomemory();
}

/* Steals b: a small int when it fits, else an IntObj owning b. */
Obj *int_from_big(big_int *b)
{
    bool fits;
    int64_t v = big_to_i64(b, &fits);
    if (fits) {
        big_free(b);
        return int_from_i64(v);
    }
    IntObj *o = (IntObj *)obj_alloc(&Int_Type, 0);
    if (!o) {
        big_free(b);
        return NULL;
    }
    o->big = b;
    return (Obj *)o;
}

const big_int *int_big_view(Obj *o, big_tmp *tmp)
{
    IntObj *i = (IntObj *)o;
    return i->big ? i->big : big_tmp_i64(tmp, i->small);
}

/* Map a failed bigint status to CPython's exception. */
Obj *types_raise_big(big_status st)
{
    if (st == BIG_ESTOPPED)       /* the step budget: its error is set */
        return NULL;
    fmt_error e;
    fmt_from_big_status(st, &e);
    return types_raise_fmt(&e);
}

/* Result of a bigint operation: the int, or the raised error. */
static Obj *big_result(big_status st, big_int **r)
{
    if (st != BIG_OK)
        return types_raise_big(st);
    return int_from_big(*r);
}

Obj *int_powmod(Obj *a, Obj *b, Obj *m)
{
    big_tmp ta, tb, tm;
    big_int *r = NULL;
    return big_result(big_powmod(int_big_view(a, &ta), int_big_view(b, &tb),
                                 int_big_view(m, &tm), &r), &r);
}

Obj *int_from_double(double d)
{
    if (d >= -9.2e18 && d <= 9.2e18)
        return int_from_i64((int64_t)d);
    big_int *b = NULL;
    return big_result(big_from_double(d, &b), &b);
}

Obj *int_from_decimal(const char *digits, size_t len)
{
    return int_from_string(digits, len, 10);
}

/* int(text, base): ValueError "invalid literal ..." with repr(text). */
Obj *int_from_string(const char *s, size_t len, int base)
{
    big_int *b = NULL;
    size_t nd = 0;
    big_status st = big_from_str(s, len, base, &b, &nd);
    if (st == BIG_OK)
        return int_from_big(b);
    if (st != BIG_ELITERAL && st != BIG_EPARSEDIGITS)
        return types_raise_big(st);
    char msg[300];
    big_status_message(st, base, nd, msg, sizeof msg);
    if (st == BIG_EPARSEDIGITS)
        return err_set(Exc_ValueError, msg);
    Obj *text = str_from_utf8(s, len);
    if (!text)
        return NULL;
    if (str_len(text) > 200) {
        Obj *cut = str_from_utf8(s, str_byte_offset(text, 200));
        DECREF(text);
        if (!cut)
            return NULL;
        text = cut;
    }
    err_format(Exc_ValueError, "%s%R", msg, text);
    DECREF(text);
    return NULL;
}

int int_as_i64(Obj *o, int64_t *out)
{
    if (!INT_CHECK(o)) {
        err_format(Exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    if (!INT_IS_SMALL(o)) {
        err_set(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = INT_SMALL(o);
    return 0;
}

double int_as_double(Obj *o, bool *overflow)
{
    *overflow = false;
    if (INT_IS_SMALL(o))
        return (double)INT_SMALL(o);
    double d = 0;
    if (big_to_double(((IntObj *)o)->big, &d) != BIG_OK)
        *overflow = true;
    return d;
}

int int_sign(Obj *o)
{
    if (INT_IS_SMALL(o))
        return INT_SMALL(o) > 0 ? 1 : INT_SMALL(o) < 0 ? -1 : 0;
    return big_sign(((IntObj *)o)->big);
}

/* float(int) with OverflowError. */
static Obj *int_to_float(Obj *o)
{
    bool ovf;
    double d = int_as_double(o, &ovf);
    if (ovf)
        return err_set(Exc_OverflowError, "int too large to convert to float");
    return float_from_double(d);
}

/* ---- repr / hash / compare ---- */

Obj *int_to_str(Obj *o)
{
    if (INT_IS_SMALL(o)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)INT_SMALL(o));
        return str_from_utf8(buf, (size_t)n);
    }
    char *s;
    size_t n;
    big_status st = big_to_str(((IntObj *)o)->big, 10, 0, &s, &n);
    if (st != BIG_OK)
        return types_raise_big(st);
    Obj *r = str_from_utf8(s, n);
    mem_free(s, n + 1);
    return r;
}

static hash_t int_hash(Obj *o)
{
    if (INT_IS_SMALL(o))
        return big_hash_i64(INT_SMALL(o));
    return big_hash(((IntObj *)o)->big);
}

/* -1/0/1 comparison of two ints. */
static int int_cmp(Obj *a, Obj *b)
{
    if (INT_IS_SMALL(a) && INT_IS_SMALL(b))
        return INT_SMALL(a) < INT_SMALL(b) ? -1 : INT_SMALL(a) > INT_SMALL(b);
    big_tmp ta, tb;
    return big_cmp(int_big_view(a, &ta), int_big_view(b, &tb));
}

/* Turn a -1/0/1 comparison result into the bool for `op`. */
static Obj *cmp_to_bool(int c, int op)
{
    bool r = false;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    case CMP_GE: r = c >= 0; break;
    }
    return bool_new(r);
}

static Obj *int_richcompare(Obj *a, Obj *b, int op)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        return notimpl_new();
    return cmp_to_bool(int_cmp(a, b), op);
}

/* ---- arithmetic ---- */

/* Small-int fast path for op; returns true with *r set, false when the
 * bigint path is needed (overflow or an operation it does not cover). */
static bool small_op(int64_t a, int64_t b, NbOp op, int64_t *r)
{
    switch (op) {
    case NB_ADD: return big_i64_add(a, b, r);
    case NB_SUB: return big_i64_sub(a, b, r);
    case NB_MUL: return big_i64_mul(a, b, r);
    case NB_FLOORDIV: return big_i64_floordiv(a, b, r);
    case NB_MOD: *r = big_i64_mod(a, b); return true;
    case NB_AND: *r = a & b; return true;
    case NB_OR: *r = a | b; return true;
    case NB_XOR: *r = a ^ b; return true;
    case NB_RSHIFT: *r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b; return true;
    case NB_LSHIFT:
        if (b >= 63 || (a != 0 && (a > (INT64_MAX >> b) || a < (INT64_MIN >> b))))
            return a == 0 ? (*r = 0, true) : false;
        *r = (int64_t)((uint64_t)a << b);
        return true;
    default: return false;
    }
}

/* Big arithmetic is one statement but may take seconds: bigint.c tells
 * its work hook (set by int_init) before each multiplication, division
 * and decimal conversion, and the work is charged to the step budget
 * before it runs, one step per 8 limb products.  Measured natively, a
 * step of a simple loop takes about 16 ns and an estimated limb product
 * of a long multiplication about 3.6 ns (Karatsuba's n**1.585 leaves out
 * its additions), so a step of big arithmetic takes about as long as
 * two simple steps.  So a budget also stops 3 ** 10**8 before its
 * squaring that would spend it. */
static int charge_products(double products)
{
    double steps = products / 8.0;
    return step_charge(steps >= 1e18 ? (uint64_t)1e18 : (uint64_t)steps);
}

/* a OP b with bigints (all ops but truediv/pow/divmod). */
static Obj *big_op(Obj *a, Obj *b, NbOp op)
{
    big_tmp ta, tb;
    const big_int *x = int_big_view(a, &ta), *y = int_big_view(b, &tb);
    big_int *r = NULL;
    big_status st = BIG_OK;
    int64_t n = 0;
    switch (op) {
    case NB_ADD: st = big_add(x, y, &r); break;
    case NB_SUB: st = big_sub(x, y, &r); break;
    case NB_MUL: st = big_mul(x, y, &r); break;
    case NB_FLOORDIV: st = big_floordiv(x, y, &r); break;
    case NB_MOD: st = big_mod(x, y, &r); break;
    case NB_AND: st = big_and(x, y, &r); break;
    case NB_OR: st = big_or(x, y, &r); break;
    case NB_XOR: st = big_xor(x, y, &r); break;
    case NB_LSHIFT: case NB_RSHIFT:
        if (big_sign(y) < 0)
            return err_set(Exc_ValueError, "negative shift count");
        if (!big_fits_i64(y)) {
            if (op == NB_RSHIFT || big_is_zero(x))
                return int_from_i64(op == NB_LSHIFT ? 0 : big_sign(x) < 0 ? -1 : 0);
            return err_nomemory();
        }
        n = big_to_i64(y, NULL);
        st = op == NB_LSHIFT ? big_lshift(x, n, &r) : big_rshift(x, n, &r);
        break;
    default: return notimpl_new();
    }
    return big_result(st, &r);
}

/* Division by zero check for //, % (CPython's messages differ by op). */
static bool int_is_zero(Obj *o)
{
    return INT_IS_SMALL(o) && INT_SMALL(o) == 0;
}

static Obj *int_arith(Obj *a, Obj *b, NbOp op)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        return notimpl_new();
    if ((op == NB_FLOORDIV || op == NB_MOD) && int_is_zero(b))
        return err_set(Exc_ZeroDivisionError, op == NB_MOD ? "integer modulo by zero"
                       : "integer division or modulo by zero");
    if ((op == NB_LSHIFT || op == NB_RSHIFT) && int_sign(b) < 0)
        return err_set(Exc_ValueError, "negative shift count");
    int64_t r;
    if (INT_IS_SMALL(a) && INT_IS_SMALL(b) && small_op(INT_SMALL(a), INT_SMALL(b), op, &r))
        return int_from_i64(r);
    return big_op(a, b, op);
}

static Obj *int_add(Obj *a, Obj *b) { return int_arith(a, b, NB_ADD); }
static Obj *int_sub(Obj *a, Obj *b) { return int_arith(a, b, NB_SUB); }
static Obj *int_mul(Obj *a, Obj *b) { return int_arith(a, b, NB_MUL); }
static Obj *int_floordiv(Obj *a, Obj *b) { return int_arith(a, b, NB_FLOORDIV); }
static Obj *int_mod(Obj *a, Obj *b) { return int_arith(a, b, NB_MOD); }
static Obj *int_and(Obj *a, Obj *b) { return int_arith(a, b, NB_AND); }
static Obj *int_or(Obj *a, Obj *b) { return int_arith(a, b, NB_OR); }
static Obj *int_xor(Obj *a, Obj *b) { return int_arith(a, b, NB_XOR); }
static Obj *int_lshift(Obj *a, Obj *b) { return int_arith(a, b, NB_LSHIFT); }
static Obj *int_rshift(Obj *a, Obj *b) { return int_arith(a, b, NB_RSHIFT); }

/* a / b: exact when both fit in a double's mantissa, else bigint's
 * correctly rounded division. */
static Obj *int_truediv(Obj *a, Obj *b)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        return notimpl_new();
    if (int_is_zero(b))
        return err_set(Exc_ZeroDivisionError, "division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (INT_IS_SMALL(a) && INT_IS_SMALL(b) && INT_SMALL(a) <= lim && INT_SMALL(a) >= -lim
        && INT_SMALL(b) <= lim && INT_SMALL(b) >= -lim)
        return float_from_double((double)INT_SMALL(a) / (double)INT_SMALL(b));
    big_tmp ta, tb;
    double d;
    big_status st = big_truediv(int_big_view(a, &ta), int_big_view(b, &tb), &d);
    return st == BIG_OK ? float_from_double(d) : types_raise_big(st);
}

static Obj *int_divmod(Obj *a, Obj *b)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        return notimpl_new();
    Obj *q = int_floordiv(a, b);
    if (!q)
        return NULL;
    Obj *r = int_mod(a, b);
    if (!r) {
        DECREF(q);
        return NULL;
    }
    Obj *t = tuple_pack(2, q, r);
    DECREF(q);
    DECREF(r);
    return t;
}

/* a ** b: square-and-multiply on int64 while it fits, bigint otherwise;
 * a negative exponent gives a float, as CPython. */
static Obj *int_pow(Obj *a, Obj *b)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        return notimpl_new();
    if (int_sign(b) < 0) {
        bool o1, o2;
        double x = int_as_double(a, &o1), y = int_as_double(b, &o2);
        if (o1 || o2)
            return err_set(Exc_OverflowError, "int too large to convert to float");
        double r;
        fmt_error e;
        if (fmt_float_pow(x, y, &r, &e) != FMT_OK)
            return types_raise_fmt(&e);
        return float_from_double(r);
    }
    if (INT_IS_SMALL(a) && INT_IS_SMALL(b)) {
        int64_t base = INT_SMALL(a), e = INT_SMALL(b), acc = 1;
        bool ok = true;
        while (ok && e > 0) {
            if (e & 1)
                ok = big_i64_mul(acc, base, &acc);
            e >>= 1;
            if (ok && e > 0)
                ok = big_i64_mul(base, base, &base);
        }
        if (ok)
            return int_from_i64(acc);
    }
    big_tmp ta, tb;
    big_int *r = NULL;
    const big_int *x = int_big_view(a, &ta), *y = int_big_view(b, &tb);
    return big_result(big_pow(x, y, &r), &r);
}

/* Unary minus / abs / invert through the bigint path on overflow. */
static Obj *int_neg(Obj *o)
{
    if (INT_IS_SMALL(o) && INT_SMALL(o) != INT64_MIN)
        return int_from_i64(-INT_SMALL(o));
    big_tmp t;
    big_int *r = NULL;
    return big_result(big_neg(int_big_view(o, &t), &r), &r);
}

/* The value of o as an exact int (bool and subclasses become plain int). */
Obj *int_exact(Obj *o)
{
    if (INT_CHECK_EXACT(o))
        return NEWREF(o);
    if (INT_IS_SMALL(o))
        return int_from_i64(INT_SMALL(o));
    big_int *c = big_copy(((IntObj *)o)->big);
    return c ? int_from_big(c) : err_nomemory();
}

static Obj *int_abs(Obj *o)
{
    return int_sign(o) < 0 ? int_neg(o) : int_exact(o);
}

static Obj *int_invert(Obj *o)
{
    if (INT_IS_SMALL(o))
        return int_from_i64(~INT_SMALL(o));
    big_int *r = NULL;
    return big_result(big_invert(((IntObj *)o)->big, &r), &r);
}

static int int_bool(Obj *o) { return int_sign(o) != 0; }
static Obj *int_float(Obj *o) { return int_to_float(o); }

static void int_dealloc(Obj *o)
{
    IntObj *i = (IntObj *)o;
    if (o->type == &Int_Type && !i->big && nfree_ints < INT_KEEP) {
        i->big = (big_int *)free_ints;
        free_ints = i;
        nfree_ints++;
        return;
    }
    big_free(i->big);
    obj_free(o);
}

/* ---- int(x), int(x, base) ---- */

/* int(x) for a non-str x: __int__ / __index__ / float truncation. */
static Obj *int_convert(Obj *x)
{
    if (INT_CHECK(x))
        return int_exact(x);
    if (FLOAT_CHECK(x))
        return int_from_double(FLOAT_VAL(x));
    TypeObj *t = OBJ_TYPE(x);
    unary_fn f = t->nb_int ? t->nb_int : t->nb_index;
    if (f) {
        Obj *r = f(x);
        if (r && !INT_CHECK(r)) {
            err_format(Exc_TypeError, "__int__ returned non-int (type %T)", r);
            DECREF(r);
            return NULL;
        }
        return r;
    }
    return err_format(Exc_TypeError, "int() argument must be a string, a bytes-like "
                      "object or a real number, not '%T'", x);
}

/* Wrap an exact int value into an instance of an int subclass. */
static Obj *int_subtype_new(TypeObj *type, Obj *v)
{
    IntObj *o = (IntObj *)obj_alloc(type, 0);
    if (o) {
        o->small = INT_SMALL(v);
        if (!INT_IS_SMALL(v) && !(o->big = big_copy(((IntObj *)v)->big))) {
            DECREF(o);
            o = (IntObj *)err_nomemory();
        }
    }
    DECREF(v);
    return (Obj *)o;
}

/* int(b'42', base): the text of a bytes-like object, read as CPython's
 * _PyLong_FromBytes does (ASCII only; errors show the bytes). */
static Obj *int_from_bytes_text(const char *s, size_t len, int base)
{
    bool ascii = true;
    for (size_t i = 0; i < len; i++)
        ascii &= (unsigned char)s[i] < 0x80 && s[i] != 0;
    if (ascii) {
        big_int *b = NULL;
        size_t nd = 0;
        big_status st = big_from_str(s, len, base, &b, &nd);
        if (st == BIG_OK)
            return int_from_big(b);
        if (st == BIG_EPARSEDIGITS) {
            char msg[300];
            big_status_message(st, base, nd, msg, sizeof msg);
            return err_set(Exc_ValueError, msg);
        }
        if (st != BIG_ELITERAL)
            return types_raise_big(st);
    }
    Obj *text = bytes_from_data(s, len < 200 ? len : 200);
    if (text) {
        err_format(Exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
        DECREF(text);
    }
    return NULL;
}

static Obj *int_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    static const char *const names[] = { "", "base" };
    Obj *a[2];
    if (args_parse("int", args, nargs, kwnames, names, 2, 2, 0, a) < 0)
        return NULL;
    Obj *v;
    if (!a[0]) {
        v = a[1] ? err_set(Exc_TypeError, "int() missing string argument") : int_from_i64(0);
    } else if (a[1]) {
        int64_t base;
        if (int_as_i64(a[1], &base) < 0)
            return NULL;
        const char *d;
        size_t n;
        bool isbytes = bytes_like(a[0], &d, &n);
        if (!STR_CHECK(a[0]) && !isbytes)
            return err_set(Exc_TypeError, "int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36))
            return err_set(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        v = isbytes ? int_from_bytes_text(d, n, (int)base)
            : int_from_string(STR_DATA(a[0]), STR_NBYTES(a[0]), (int)base);
    } else if (STR_CHECK(a[0])) {
        v = int_from_string(STR_DATA(a[0]), STR_NBYTES(a[0]), 10);
    } else if (BYTES_CHECK(a[0]) || BYTEARRAY_CHECK(a[0])) {
        const char *d;
        size_t n;
        bytes_like(a[0], &d, &n);
        v = int_from_bytes_text(d, n, 10);
    } else {
        v = int_convert(a[0]);
    }
    if (!v || type == &Int_Type)
        return v;
    return int_subtype_new(type, v);
}

/* ---- methods ---- */

static Obj *int_bit_length(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    big_tmp t;
    return int_from_u64(big_bit_length(int_big_view(self, &t)));
}

static Obj *int_conjugate(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    return int_exact(self);
}

/* int.__format__(spec): empty spec is str(self) (so bool gives 'True'). */
static Obj *int_format(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *spec = args[0];
    if (!STR_CHECK(spec))
        return err_format(Exc_TypeError, "format() argument 2 must be str, not %T", spec);
    if (STR_NBYTES(spec) == 0)
        return obj_str(self);
    char *out;
    size_t n;
    fmt_error e;
    fmt_status st;
    if (INT_IS_SMALL(self))
        st = fmt_format_i64(INT_SMALL(self), STR_DATA(spec), STR_NBYTES(spec),
                            TYPE_NAME(self), &out, &n, &e);
    else
        st = fmt_format_int(((IntObj *)self)->big, STR_DATA(spec), STR_NBYTES(spec),
                            TYPE_NAME(self), &out, &n, &e);
    if (st != FMT_OK)
        return types_raise_fmt(&e);
    Obj *r = str_from_utf8(out, n);
    mem_free(out, n + 1);
    return r;
}

/* int.__round__(ndigits=None): identity, or rounding to 10**-ndigits. */
static Obj *int_round(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || obj_is_none(args[0]))
        return int_exact(self);
    int64_t nd;
    if (obj_as_int64(args[0], &nd) < 0)
        return NULL;
    if (nd >= 0)
        return int_exact(self);
    big_tmp t;
    big_int *r = NULL;
    return big_result(big_round(int_big_view(self, &t), nd, &r), &r);
}

static Obj *int_trunc(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    return int_exact(self);
}

/* The byteorder argument of to_bytes/from_bytes: 1 little, 0 big, -1. */
static int byteorder_arg(Obj *v, const char *fname)
{
    if (!v)
        return 0;
    if (!STR_CHECK(v))
        return err_format_int(Exc_TypeError, "%s() argument 'byteorder' must be str, not %T",
                              fname, v);
    if (str_eq_cstr(v, "little"))
        return 1;
    if (str_eq_cstr(v, "big"))
        return 0;
    return err_format_int(Exc_ValueError, "byteorder must be either 'little' or 'big'");
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static Obj *int_to_bytes(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "length", "byteorder", "signed" };
    Obj *a[3];
    int64_t length = 1;
    if (args_parse("to_bytes", args, nargs, kw, names, 3, 2, 0, a) < 0 ||
        (a[0] && obj_as_int64(a[0], &length) < 0))
        return NULL;
    int little = byteorder_arg(a[1], "to_bytes");
    int sgn = a[2] ? obj_is_true(a[2]) : 0;
    if (little < 0 || sgn < 0)
        return NULL;
    if (length < 0)
        return err_set(Exc_ValueError, "length argument must be non-negative");
    big_tmp t;
    const big_int *v = int_big_view(self, &t);
    if (v->sign < 0 && !sgn)
        return err_set(Exc_OverflowError, "can't convert negative int to unsigned");
    uint64_t bits = big_bit_length(v), room = (uint64_t)length * 8;
    bool pow2 = v->len > 0 && (v->limb[v->len - 1] & (v->limb[v->len - 1] - 1)) == 0;
    for (uint32_t i = 0; pow2 && i + 1 < v->len; i++)
        pow2 = v->limb[i] == 0;
    bool fits = !sgn ? bits <= room
              : v->sign >= 0 ? bits + 1 <= room || bits == 0
              : bits < room || (bits == room && pow2);
    if (!fits || (uint64_t)length > (uint64_t)(SIZE_MAX / 4))
        return fits ? err_nomemory() : err_set(Exc_OverflowError, "int too big to convert");
    size_t n = (size_t)length;
    char *out;
    Obj *r = bytes_new_uninit(n, &out);
    if (!r)
        return NULL;
    /* little-endian magnitude, then two's complement for a negative */
    unsigned carry = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned byte = i / 4 < v->len ? (v->limb[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
        if (v->sign < 0) {
            byte = (~byte & 0xFF) + carry;
            carry = byte >> 8;
            byte &= 0xFF;
        }
        out[little ? i : n - 1 - i] = (char)byte;
    }
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) (a classmethod:
 * cls(value) for subclasses). */
static Obj *int_from_bytes(Obj *cls, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "bytes", "byteorder", "signed" };
    Obj *a[3];
    if (args_parse("from_bytes", args, nargs, kw, names, 3, 2, 1, a) < 0)
        return NULL;
    int little = byteorder_arg(a[1], "from_bytes");
    int sgn = a[2] ? obj_is_true(a[2]) : 0;
    if (little < 0 || sgn < 0)
        return NULL;
    Obj *b = bytes_from_object(a[0]);
    if (!b)
        return NULL;
    size_t n = BYTES_SIZE(b);
    const unsigned char *d = (const unsigned char *)BYTES_DATA(b);
    char *hex = mem_alloc(2 * n + 2);
    if (!hex) {
        DECREF(b);
        return err_nomemory();
    }
    static const char digits[] = "0123456789abcdef";
    size_t k = 0;
    hex[k++] = '0';
    for (size_t i = 0; i < n; i++) {
        unsigned c = d[little ? n - 1 - i : i];
        hex[k++] = digits[c >> 4];
        hex[k++] = digits[c & 15];
    }
    bool negative = sgn && n && (d[little ? n - 1 : 0] & 0x80);
    DECREF(b);
    big_int *v = NULL, *one = NULL, *shift = NULL, *r = NULL;
    size_t nd;
    big_status st = big_from_str(hex, k, 16, &v, &nd);
    mem_free(hex, 2 * n + 2);
    if (st == BIG_OK && negative) {         /* value - 2**(8n) */
        st = (one = big_from_i64(1)) ? big_lshift(one, (int64_t)n * 8, &shift) : BIG_ENOMEM;
        if (st == BIG_OK)
            st = big_sub(v, shift, &r);
        big_free(one);
        big_free(shift);
        big_free(v);
        v = r;
    }
    if (st != BIG_OK) {
        big_free(v);
        return types_raise_big(st);
    }
    Obj *res = int_from_big(v);
    if (res && (TypeObj *)cls != &Int_Type) {
        Obj *w = obj_call1(cls, res);
        DECREF(res);
        res = w;
    }
    return res;
}

static Obj *int_get_self(Obj *self, void *c) { (void)c; return int_exact(self); }
static Obj *int_get_zero(Obj *self, void *c) { (void)self; (void)c; return int_from_i64(0); }
static Obj *int_get_one(Obj *self, void *c) { (void)self; (void)c; return int_from_i64(1); }

static const MethodDef int_methods[] = {
    { "__getnewargs__", builtin_getnewargs, METH_NOARGS, NULL },
    { "bit_length", int_bit_length, METH_NOARGS, NULL },
    { "conjugate", int_conjugate, METH_NOARGS, NULL },
    { "__format__", int_format, METH_O, NULL },
    { "__round__", int_round, METH_FASTCALL, NULL },
    { "__trunc__", int_trunc, METH_NOARGS, NULL },
    { "__floor__", int_trunc, METH_NOARGS, NULL },
    { "__ceil__", int_trunc, METH_NOARGS, NULL },
    { "to_bytes", int_to_bytes, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "from_bytes", int_from_bytes, METH_FASTCALL | METH_KEYWORDS | METH_CLASS, NULL },
    { NULL, NULL, 0, NULL }
};

static const GetSetDef int_getset[] = {
    { "real", int_get_self, NULL, NULL },
    { "imag", int_get_zero, NULL, NULL },
    { "numerator", int_get_self, NULL, NULL },
    { "denominator", int_get_one, NULL, NULL },
    { NULL, NULL, NULL, NULL }
};

TypeObj Int_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "int",
    .basicsize = sizeof(IntObj),
    .flags = TPF_BASETYPE | TPF_INT_SUBCLASS | TPF_VARSIZE | TPF_MATCH_SELF,
    .doc = "int([x]) -> integer",
    .dealloc = int_dealloc,
    .tp_new = int_tp_new,
    .repr = int_to_str,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .nb = {
        [NB_ADD] = int_add, [NB_SUB] = int_sub, [NB_MUL] = int_mul,
        [NB_TRUEDIV] = int_truediv, [NB_FLOORDIV] = int_floordiv,
        [NB_MOD] = int_mod, [NB_DIVMOD] = int_divmod, [NB_POW] = int_pow,
        [NB_LSHIFT] = int_lshift, [NB_RSHIFT] = int_rshift,
        [NB_AND] = int_and, [NB_XOR] = int_xor, [NB_OR] = int_or,
    },
    .nb_neg = int_neg,
    .nb_pos = int_exact,
    .nb_invert = int_invert,
    .nb_abs = int_abs,
    .nb_bool = int_bool,
    .nb_int = int_exact,
    .nb_float = int_float,
    .nb_index = int_exact,
    .methods = int_methods,
    .getset = int_getset,
};

/* ---- bool ---- */

static Obj *bool_repr(Obj *o)
{
    return str_from_cstr(INT_SMALL(o) ? "True" : "False");
}

/* &, |, ^ of two bools is a bool; anything else is int arithmetic. */
static Obj *bool_bitop(Obj *a, Obj *b, NbOp op)
{
    if (!BOOL_CHECK(a) || !BOOL_CHECK(b))
        return int_arith(a, b, op);
    int64_t x = INT_SMALL(a), y = INT_SMALL(b);
    return bool_new(op == NB_AND ? (x & y) : op == NB_OR ? (x | y) : (x ^ y));
}

static Obj *bool_and(Obj *a, Obj *b) { return bool_bitop(a, b, NB_AND); }
static Obj *bool_or(Obj *a, Obj *b) { return bool_bitop(a, b, NB_OR); }
static Obj *bool_xor(Obj *a, Obj *b) { return bool_bitop(a, b, NB_XOR); }

static Obj *bool_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)type;
    if (args_no_kw("bool", kwnames) < 0 || args_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return bool_new(false);
    int t = obj_is_true(args[0]);
    return t < 0 ? NULL : bool_new(t);
}

TypeObj Bool_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "bool",
    .base = &Int_Type,
    .basicsize = sizeof(IntObj),
    .flags = TPF_INT_SUBCLASS | TPF_VARSIZE | TPF_MATCH_SELF,
    .doc = "bool(x) -> bool",
    .dealloc = int_dealloc,
    .tp_new = bool_tp_new,
    .repr = bool_repr,
    .nb = { [NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor },
};

/* Fill the small-int cache and ready int and bool. */
int int_init(void)
{
    if (!small_ints[0].ob.type)
        small_ints_init();
    big_set_work_hook(charge_products);
    if (type_ready(&Int_Type) < 0 || type_ready(&Bool_Type) < 0)
        return -1;
    return 0;
}
