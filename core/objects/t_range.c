/* t_range.c - range (with its iterator) and slice.
 *
 * Ranges keep their bounds and length as int objects (the start/stop/step
 * attributes, repr, hash) and compute in int64 when all four fit; a range
 * whose bounds or length do not (range(2**100)) computes with int objects,
 * as CPython's range does with PyLongs, and iterates with a
 * longrange_iterator.  slice_indices is CPython's PySlice_GetIndicesEx
 * (clamping, negative steps, zero-step ValueError).
 */
#include "objects/types.h"
#include "objects/gc.h"

#include <string.h>

/* ---- slice ---- */

Obj *slice_new(Obj *start, Obj *stop, Obj *step)
{
    SliceObj *s = (SliceObj *)obj_alloc(&Slice_Type, 0);
    if (!s)
        return NULL;
    s->start = NEWREF(start ? start : obj_none);
    s->stop = NEWREF(stop ? stop : obj_none);
    s->step = NEWREF(step ? step : obj_none);
    return (Obj *)s;
}

/* A slice bound as int64, clamped to the int64 range (CPython clamps to
 * ssize_t); None gives `dflt`. */
static int slice_bound(Obj *v, int64_t dflt, int64_t *out)
{
    if (obj_is_none(v)) {
        *out = dflt;
        return 0;
    }
    if (!INT_CHECK(v) && !OBJ_TYPE(v)->nb_index) {
        err_set(Exc_TypeError, "slice indices must be integers or None or have an "
                "__index__ method");
        return -1;
    }
    Obj *i = obj_index(v);
    if (!i)
        return -1;
    *out = INT_IS_SMALL(i) ? INT_SMALL(i) : int_sign(i) < 0 ? INT64_MIN + 1 : INT64_MAX;
    DECREF(i);
    return 0;
}

/* Clamp one index into [lo, hi] after adding len to negatives. */
static int64_t clamp_index(int64_t v, int64_t len, int64_t lo, int64_t hi)
{
    if (v < 0) {
        v = v < -len ? lo : v + len;
        return v < lo ? lo : v;
    }
    return v > hi ? hi : v;
}

int slice_indices(Obj *slice, int64_t length, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen)
{
    SliceObj *s = (SliceObj *)slice;
    if (slice_bound(s->step, 1, step) < 0)
        return -1;
    if (*step == 0) {
        err_set(Exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    bool neg = *step < 0;
    if (slice_bound(s->start, neg ? length - 1 : 0, start) < 0
        || slice_bound(s->stop, neg ? -1 : length, stop) < 0)
        return -1;
    if (!obj_is_none(s->start))
        *start = clamp_index(*start, length, neg ? -1 : 0, neg ? length - 1 : length);
    if (!obj_is_none(s->stop))
        *stop = clamp_index(*stop, length, neg ? -1 : 0, neg ? length - 1 : length);
    if (neg)
        *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else
        *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return 0;
}

static void slice_dealloc(Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    CLEAR(s->start);
    CLEAR(s->stop);
    CLEAR(s->step);
    obj_free(o);
}

static Obj *slice_repr(Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    return str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Obj *slice_richcompare(Obj *a, Obj *b, int op)
{
    if (!obj_typecheck(a, &Slice_Type) || !obj_typecheck(b, &Slice_Type))
        return notimpl_new();
    SliceObj *x = (SliceObj *)a, *y = (SliceObj *)b;
    Obj *t1 = tuple_pack(3, x->start, x->stop, x->step);
    Obj *t2 = t1 ? tuple_pack(3, y->start, y->stop, y->step) : NULL;
    Obj *r = t2 ? obj_richcompare(t1, t2, op) : NULL;
    XDECREF(t1);
    XDECREF(t2);
    return r;
}

static Obj *slice_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)type;
    if (args_no_kw("slice", kwnames) < 0 || args_count("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

/* slice.indices(length) -> (start, stop, step) */
static Obj *slice_indices_m(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t len, start, stop, step, n;
    if (obj_as_int64(args[0], &len) < 0)
        return NULL;
    if (len < 0)
        return err_set(Exc_ValueError, "length should not be negative");
    if (slice_indices(self, len, &start, &stop, &step, &n) < 0)
        return NULL;
    Obj *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Obj *t = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return t;
}

static const MethodDef slice_methods[] = {
    { "indices", slice_indices_m, METH_O, NULL },
    { NULL, NULL, 0, NULL }
};

static const MemberDef slice_members[] = {
    { "start", MEMBER_OBJ, offsetof(SliceObj, start), true },
    { "stop", MEMBER_OBJ, offsetof(SliceObj, stop), true },
    { "step", MEMBER_OBJ, offsetof(SliceObj, step), true },
    { NULL, MEMBER_OBJ, 0, false }
};

static void slice_traverse(Obj *o, GCVisitor *v)
{
    SliceObj *s = (SliceObj *)o;
    GC_VISIT(s->start);
    GC_VISIT(s->stop);
    GC_VISIT(s->step);
}

TypeObj Slice_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = slice_traverse,
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .flags = TPF_ABSTRACT_HASH,
    .dealloc = slice_dealloc,
    .tp_new = slice_tp_new,
    .repr = slice_repr,
    .hash = types_unhashable,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .members = slice_members,
};

/* ---- range ---- */

/* Int arithmetic on int objects for big ranges: each returns a new int
 * (NULL on error) and the helpers steal nothing. */
static Obj *iadd(Obj *a, Obj *b) { return obj_binop(a, b, NB_ADD); }
static Obj *isub(Obj *a, Obj *b) { return obj_binop(a, b, NB_SUB); }
static Obj *imul(Obj *a, Obj *b) { return obj_binop(a, b, NB_MUL); }

/* a OP b for ints: 1 / 0, -1 on error. */
static int icmp(Obj *a, Obj *b, int op) { return obj_compare_bool(a, b, op); }

/* CPython's compute_range_length: (hi - lo - 1) // step + 1, or 0. */
static Obj *range_length_obj(Obj *start, Obj *stop, Obj *step)
{
    Obj *lo = start, *hi = stop, *st = NULL;
    if (int_sign(step) < 0) {
        lo = stop;
        hi = start;
        if (!(st = obj_neg(step)))
            return NULL;
    } else {
        st = NEWREF(step);
    }
    Obj *r = NULL;
    int ge = icmp(lo, hi, CMP_GE);
    if (ge > 0) {
        r = int_from_i64(0);
    } else if (ge == 0) {
        Obj *one = int_from_i64(1);
        Obj *d = isub(hi, lo);
        Obj *d1 = d ? isub(d, one) : NULL;
        Obj *q = d1 ? obj_binop(d1, st, NB_FLOORDIV) : NULL;
        r = q ? iadd(q, one) : NULL;
        XDECREF(one);
        XDECREF(d);
        XDECREF(d1);
        XDECREF(q);
    }
    DECREF(st);
    return r;
}

/* Number of items of range(lo, hi, step) (step != 0), in uint64. */
static uint64_t range_count(int64_t lo, int64_t hi, int64_t step)
{
    if (step > 0 && lo < hi)
        return ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1;
    if (step < 0 && lo > hi)
        return ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

/* A range of the given int bounds (step != 0; references are taken, not
 * stolen): the int64 fields are filled when start, stop, step and the
 * length all fit, else len is -1 and the int objects are used. */
static Obj *range_from_ints(Obj *start, Obj *stop, Obj *step)
{
    RangeObj *r = (RangeObj *)obj_alloc(&Range_Type, 0);
    if (!r)
        return NULL;
    r->start = NEWREF(start);
    r->stop = NEWREF(stop);
    r->step = NEWREF(step);
    r->len = -1;
    if (INT_IS_SMALL(start) && INT_IS_SMALL(stop) && INT_IS_SMALL(step)) {
        uint64_t n = range_count(INT_SMALL(start), INT_SMALL(stop), INT_SMALL(step));
        if (n <= INT64_MAX) {
            r->len = (int64_t)n;
            r->istart = INT_SMALL(start);
            r->istep = INT_SMALL(step);
            r->length = int_from_i64(r->len);
        }
    }
    if (r->len < 0)
        r->length = range_length_obj(start, stop, step);
    if (!r->length) {
        DECREF(r);
        return NULL;
    }
    return (Obj *)r;
}

/* Build a range from int64 bounds. */
static Obj *range_make(int64_t start, int64_t stop, int64_t step)
{
    Obj *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Obj *r = a && b && c ? range_from_ints(a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return r;
}

Obj *range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return err_set(Exc_ValueError, "range() arg 3 must not be zero");
    return range_make(start, stop, step);
}

/* One range() argument via __index__ (an exact int, new reference). */
static Obj *range_arg(Obj *v)
{
    if (!INT_CHECK(v) && !OBJ_TYPE(v)->nb_index)
        return err_format(Exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    return obj_index(v);
}

static Obj *range_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)type;
    if (args_no_kw("range", kwnames) < 0 || args_count("range", nargs, 1, 3) < 0)
        return NULL;
    Obj *v[3] = { NULL, NULL, NULL };
    Obj *r = NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!(v[nargs == 1 ? 1 : i] = range_arg(args[i])))
            goto done;
    if (!v[0] && !(v[0] = int_from_i64(0)))
        goto done;
    if (!v[2] && !(v[2] = int_from_i64(1)))
        goto done;
    if (int_sign(v[2]) == 0) {
        err_set(Exc_ValueError, "range() arg 3 must not be zero");
        goto done;
    }
    r = range_from_ints(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++)
        XDECREF(v[i]);
    return r;
}

static void range_dealloc(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    CLEAR(r->start);
    CLEAR(r->stop);
    CLEAR(r->step);
    CLEAR(r->length);
    obj_free(o);
}

static Obj *range_repr(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (INT_IS_SMALL(r->step) && INT_SMALL(r->step) == 1)
        return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (!INT_IS_SMALL(r->length))
        return err_format_int(Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return INT_SMALL(r->length);
}

static int range_bool(Obj *o) { return int_sign(((RangeObj *)o)->length) != 0; }

/* Item i (0 <= i < len) without overflow (wraps like the bounds do). */
static int64_t range_at(RangeObj *r, int64_t i)
{
    return (int64_t)((uint64_t)r->istart + (uint64_t)i * (uint64_t)r->istep);
}

/* start + i * step with int objects (no bounds check). */
static Obj *range_item_obj(RangeObj *r, Obj *i)
{
    Obj *p = imul(i, r->step);
    Obj *v = p ? iadd(r->start, p) : NULL;
    XDECREF(p);
    return v;
}

/* CPython's compute_range_item: r[i] for an int i of any size. */
static Obj *range_item_big(RangeObj *r, Obj *i)
{
    Obj *k = int_sign(i) < 0 ? iadd(r->length, i) : NEWREF(i);
    if (!k)
        return NULL;
    int lt = int_sign(k) < 0 ? 1 : 0;
    int ge = lt ? 0 : icmp(k, r->length, CMP_GE);
    Obj *v = NULL;
    if (ge < 0)
        v = NULL;
    else if (lt || ge)
        err_set(Exc_IndexError, "range object index out of range");
    else
        v = range_item_obj(r, k);
    DECREF(k);
    return v;
}

/* One bound of a slice of a big range (CPython's _PySlice_GetLongIndices):
 * None gives dflt; negatives count from the end; clamped to [lower, upper].
 * New reference. */
static Obj *slice_bound_big(Obj *v, Obj *length, Obj *dflt, Obj *lower, Obj *upper)
{
    if (obj_is_none(v))
        return NEWREF(dflt);
    if (!INT_CHECK(v) && !OBJ_TYPE(v)->nb_index)
        return err_set(Exc_TypeError, "slice indices must be integers or None or have an "
                       "__index__ method");
    Obj *i = obj_index(v);
    if (!i)
        return NULL;
    if (int_sign(i) < 0) {
        Obj *j = iadd(i, length);
        DECREF(i);
        if (!(i = j))
            return NULL;
        int c = icmp(i, lower, CMP_LT);
        if (c != 0) {
            DECREF(i);
            return c < 0 ? NULL : NEWREF(lower);
        }
        return i;
    }
    int c = icmp(i, upper, CMP_GT);
    if (c != 0) {
        DECREF(i);
        return c < 0 ? NULL : NEWREF(upper);
    }
    return i;
}

/* r[slice] with int objects (CPython's compute_slice, also for small
 * ranges: range(1, 10)[::2**70] keeps its step): range(r[start],
 * r[stop], r.step * step). */
static Obj *range_slice_big(RangeObj *r, SliceObj *s)
{
    Obj *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    Obj *a = NULL, *b = NULL, *c = NULL, *res = NULL;
    if (obj_is_none(s->step)) {
        step = int_from_i64(1);
    } else if (!INT_CHECK(s->step) && !OBJ_TYPE(s->step)->nb_index) {
        err_set(Exc_TypeError, "slice indices must be integers or None or have an "
                "__index__ method");
    } else if ((step = obj_index(s->step)) && int_sign(step) == 0) {
        err_set(Exc_ValueError, "slice step cannot be zero");
        CLEAR(step);
    }
    if (!step)
        return NULL;
    bool neg = int_sign(step) < 0;
    Obj *one = int_from_i64(1);
    if (one && neg) {
        lower = int_from_i64(-1);
        upper = lower ? isub(r->length, one) : NULL;
    } else if (one) {
        lower = int_from_i64(0);
        upper = NEWREF(r->length);
    }
    if (lower && upper
        && (start = slice_bound_big(s->start, r->length, neg ? upper : lower, lower, upper))
        && (stop = slice_bound_big(s->stop, r->length, neg ? lower : upper, lower, upper))
        && (a = range_item_obj(r, start)) && (b = range_item_obj(r, stop))
        && (c = imul(r->step, step)))
        res = range_from_ints(a, b, c);
    XDECREF(one); XDECREF(step); XDECREF(lower); XDECREF(upper);
    XDECREF(start); XDECREF(stop); XDECREF(a); XDECREF(b); XDECREF(c);
    return res;
}

static Obj *range_getitem(Obj *o, Obj *key)
{
    RangeObj *r = (RangeObj *)o;
    if (obj_typecheck(key, &Slice_Type))      /* unclamped ints, as CPython */
        return range_slice_big(r, (SliceObj *)key);
    if (!INT_CHECK(key) && !OBJ_TYPE(key)->nb_index)
        return err_format(Exc_TypeError, "range indices must be integers or slices, not %T", key);
    Obj *i = obj_index(key);
    if (!i)
        return NULL;
    if (r->len < 0 || !INT_IS_SMALL(i)) {
        Obj *v = range_item_big(r, i);
        DECREF(i);
        return v;
    }
    int64_t k = INT_SMALL(i);
    DECREF(i);
    if (k < 0)
        k += r->len;
    if (k < 0 || k >= r->len)
        return err_set(Exc_IndexError, "range object index out of range");
    return int_from_i64(range_at(r, k));
}

/* Position of the int v in r, or -1 (small ranges). */
static int64_t range_find_int(RangeObj *r, Obj *v)
{
    if (!INT_IS_SMALL(v) || r->len == 0)
        return -1;
    int64_t x = INT_SMALL(v), last = range_at(r, r->len - 1);
    int64_t lo = r->istep > 0 ? r->istart : last, hi = r->istep > 0 ? last : r->istart;
    if (x < lo || x > hi)
        return -1;
    uint64_t off = (uint64_t)x - (uint64_t)r->istart;
    if (r->istep < 0)
        off = (uint64_t)r->istart - (uint64_t)x;
    uint64_t st = r->istep > 0 ? (uint64_t)r->istep : 0 - (uint64_t)r->istep;
    return off % st ? -1 : (int64_t)(off / st);
}

/* CPython's range_contains_long with the index: the position of the int v
 * in a big range as a new int, None when absent, NULL on error. */
static Obj *range_find_big(RangeObj *r, Obj *v)
{
    int in;
    if (int_sign(r->step) > 0) {
        in = icmp(r->start, v, CMP_LE);
        if (in > 0)
            in = icmp(v, r->stop, CMP_LT);
    } else {
        in = icmp(r->stop, v, CMP_LT);
        if (in > 0)
            in = icmp(v, r->start, CMP_LE);
    }
    if (in <= 0)
        return in < 0 ? NULL : none_new();
    Obj *d = isub(v, r->start);
    Obj *m = d ? obj_binop(d, r->step, NB_MOD) : NULL;
    Obj *res = NULL;
    if (m && int_sign(m) != 0)
        res = none_new();
    else if (m)
        res = obj_binop(d, r->step, NB_FLOORDIV);
    XDECREF(d);
    XDECREF(m);
    return res;
}

/* Generic search for non-int items (== on every item). */
static int64_t range_find_any(Obj *o, Obj *v, int64_t *count)
{
    RangeObj *r = (RangeObj *)o;
    int64_t first = -1;
    Obj *it = obj_iter(o), *x;
    if (!it)
        return -2;
    for (int64_t i = 0; (x = obj_iternext(it)); i++) {
        int eq = obj_compare_bool(x, v, CMP_EQ);
        DECREF(x);
        if (eq < 0)
            break;
        if (eq && first < 0)
            first = i;
        if (eq && count)
            (*count)++;
        if (eq && !count)
            break;
    }
    DECREF(it);
    (void)r;
    return err_occurred() ? -2 : first;
}

static int range_contains(Obj *o, Obj *v)
{
    RangeObj *r = (RangeObj *)o;
    if (INT_CHECK_EXACT(v) || BOOL_CHECK(v)) {
        if (r->len >= 0)
            return range_find_int(r, v) >= 0;
        Obj *i = range_find_big(r, v);
        int found = i ? i != obj_none : -1;
        XDECREF(i);
        return found;
    }
    int64_t i = range_find_any(o, v, NULL);
    return i == -2 ? -1 : i >= 0;
}

/* CPython's range_equals: same length, and (when not empty) same start
 * and (when longer than 1) same step. */
static int range_equal(RangeObj *x, RangeObj *y)
{
    if (x == y)
        return 1;
    int c = icmp(x->length, y->length, CMP_EQ);
    if (c != 1)
        return c;
    if (int_sign(x->length) == 0)
        return 1;
    c = icmp(x->start, y->start, CMP_EQ);
    if (c != 1)
        return c;
    if (INT_IS_SMALL(x->length) && INT_SMALL(x->length) == 1)
        return 1;
    return icmp(x->step, y->step, CMP_EQ);
}

static Obj *range_richcompare(Obj *a, Obj *b, int op)
{
    if (OBJ_TYPE(a) != &Range_Type || OBJ_TYPE(b) != &Range_Type || (op != CMP_EQ && op != CMP_NE))
        return notimpl_new();
    int eq = range_equal((RangeObj *)a, (RangeObj *)b);
    return eq < 0 ? NULL : bool_new(eq == (op == CMP_EQ));
}

/* hash((len, start, step)) with None for what does not matter. */
static hash_t range_hash(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    int n = int_sign(r->length);
    bool one = INT_IS_SMALL(r->length) && INT_SMALL(r->length) == 1;
    Obj *t = tuple_pack(3, r->length, n ? r->start : obj_none, n && !one ? r->step : obj_none);
    if (!t)
        return -1;
    hash_t h = obj_hash(t);
    DECREF(t);
    return h;
}

/* ---- range iterator ---- */

typedef struct RangeIterObj {
    Obj ob;
    int64_t next;      /* the next value */
    int64_t step;      /* added after each item */
    int64_t left;      /* items still to produce */
} RangeIterObj;

static Obj *rangeiter_new(int64_t start, int64_t step, int64_t n)
{
    RangeIterObj *it = (RangeIterObj *)obj_alloc(&RangeIter_Type, 0);
    if (it) {
        it->next = start;
        it->step = step;
        it->left = n;
    }
    return (Obj *)it;
}

/* CPython's longrangeiterobject: a range whose values or length do not
 * fit in int64, iterated with int objects. */
typedef struct LongRangeIterObj {
    Obj ob;
    Obj *next;         /* the next value */
    Obj *step;
    Obj *left;         /* items still to produce (an int) */
} LongRangeIterObj;

/* An iterator from start by step for n items (ints; references taken):
 * the int64 one when all fit. */
static Obj *range_iter_from(Obj *start, Obj *step, Obj *n)
{
    if (INT_IS_SMALL(start) && INT_IS_SMALL(step) && INT_IS_SMALL(n)) {
        /* every value fits when the last one does */
        Obj *k = int_from_i64(INT_SMALL(n) > 0 ? INT_SMALL(n) - 1 : 0);
        Obj *p = k ? imul(k, step) : NULL;
        Obj *last = p ? iadd(start, p) : NULL;
        bool fits = last && INT_IS_SMALL(last);
        XDECREF(k); XDECREF(p); XDECREF(last);
        if (err_occurred())
            return NULL;
        if (fits)
            return rangeiter_new(INT_SMALL(start), INT_SMALL(step), INT_SMALL(n));
    }
    LongRangeIterObj *it = (LongRangeIterObj *)obj_alloc(&LongRangeIter_Type, 0);
    if (it) {
        it->next = NEWREF(start);
        it->step = NEWREF(step);
        it->left = NEWREF(n);
    }
    return (Obj *)it;
}

static Obj *range_iter(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->len >= 0)
        return rangeiter_new(r->istart, r->istep, r->len);
    return range_iter_from(r->start, r->step, r->length);
}

static Obj *rangeiter_next(Obj *o)
{
    RangeIterObj *it = (RangeIterObj *)o;
    if (it->left <= 0)
        return NULL;
    int64_t v = it->next;
    it->left--;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    return int_from_i64(v);
}

static int64_t rangeiter_len(Obj *o) { return ((RangeIterObj *)o)->left; }
static void rangeiter_dealloc(Obj *o) { obj_free(o); }
static Obj *iter_self(Obj *o) { return NEWREF(o); }

TypeObj RangeIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = rangeiter_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .len = rangeiter_len,
};

static Obj *longrangeiter_next(Obj *o)
{
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    if (int_sign(it->left) <= 0)
        return NULL;
    Obj *one = int_from_i64(1);
    Obj *left = one ? isub(it->left, one) : NULL;
    Obj *next = left ? iadd(it->next, it->step) : NULL;
    XDECREF(one);
    if (!next) {
        XDECREF(left);
        return NULL;
    }
    Obj *v = it->next;
    it->next = next;
    DECREF(it->left);
    it->left = left;
    return v;
}

static void longrangeiter_dealloc(Obj *o)
{
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    CLEAR(it->next);
    CLEAR(it->step);
    CLEAR(it->left);
    obj_free(o);
}

static Obj *longrangeiter_length_hint(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return NEWREF(((LongRangeIterObj *)self)->left);
}

static const MethodDef longrangeiter_methods[] = {
    { "__length_hint__", longrangeiter_length_hint, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL }
};

TypeObj LongRangeIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObj),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

/* ---- range methods ---- */

static Obj *rm_reversed(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    RangeObj *r = (RangeObj *)self;
    if (r->len >= 0 && (r->istep != INT64_MIN)) {
        int64_t last = r->len ? range_at(r, r->len - 1) : r->istart;
        return rangeiter_new(last, -r->istep, r->len);
    }
    /* last = start + (len - 1) * step, going by -step */
    Obj *one = int_from_i64(1);
    Obj *k1 = one ? isub(r->length, one) : NULL;
    Obj *last = k1 ? range_item_obj(r, k1) : NULL;
    Obj *neg = last ? obj_neg(r->step) : NULL;
    Obj *it = neg ? range_iter_from(last, neg, r->length) : NULL;
    XDECREF(one); XDECREF(k1); XDECREF(last); XDECREF(neg);
    return it;
}

static Obj *rm_index(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    RangeObj *r = (RangeObj *)self;
    if ((INT_CHECK_EXACT(args[0]) || BOOL_CHECK(args[0])) && r->len < 0) {
        Obj *i = range_find_big(r, args[0]);
        if (i == obj_none) {
            DECREF(i);
            return err_format(Exc_ValueError, "%R is not in range", args[0]);
        }
        return i;
    }
    int64_t i = INT_CHECK_EXACT(args[0]) || BOOL_CHECK(args[0])
              ? range_find_int(r, args[0]) : range_find_any(self, args[0], NULL);
    if (i == -2)
        return NULL;
    if (i < 0)
        return err_format(Exc_ValueError, "%R is not in range", args[0]);
    return int_from_i64(i);
}

static Obj *rm_count(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    if (INT_CHECK_EXACT(args[0]) || BOOL_CHECK(args[0])) {
        int found = range_contains(self, args[0]);
        return found < 0 ? NULL : int_from_i64(found);
    }
    int64_t c = 0;
    return range_find_any(self, args[0], &c) == -2 ? NULL : int_from_i64(c);
}

static const MethodDef range_methods[] = {
    { "__reversed__", rm_reversed, METH_NOARGS, NULL },
    { "index", rm_index, METH_O, NULL },
    { "count", rm_count, METH_O, NULL },
    { NULL, NULL, 0, NULL }
};

static const MemberDef range_members[] = {
    { "start", MEMBER_OBJ, offsetof(RangeObj, start), true },
    { "stop", MEMBER_OBJ, offsetof(RangeObj, stop), true },
    { "step", MEMBER_OBJ, offsetof(RangeObj, step), true },
    { NULL, MEMBER_OBJ, 0, false }
};

TypeObj Range_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .flags = TPF_SEQUENCE,
    .doc = "range(stop) -> range object",
    .dealloc = range_dealloc,
    .tp_new = range_tp_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .members = range_members,
};
