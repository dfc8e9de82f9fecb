/* t_range.c - range (with its iterator) and slice.
 *
 * Ranges keep their bounds as int objects (for the start/stop/step
 * attributes and repr) and compute in int64: a range whose bounds do not
 * fit in int64 raises OverflowError (CPython allows them; Coroscope's
 * programs never need them).  slice_indices is CPython's
 * PySlice_GetIndicesEx (clamping, negative steps, zero-step ValueError).
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

/* Number of items of range(lo, hi, step) (step != 0), in uint64. */
static uint64_t range_count(int64_t lo, int64_t hi, int64_t step)
{
    if (step > 0 && lo < hi)
        return ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1;
    if (step < 0 && lo > hi)
        return ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

/* Build a range from int64 bounds (the attribute objects are made here). */
static Obj *range_make(int64_t start, int64_t stop, int64_t step)
{
    RangeObj *r = (RangeObj *)obj_alloc(&Range_Type, 0);
    if (!r)
        return NULL;
    r->start = int_from_i64(start);
    r->stop = int_from_i64(stop);
    r->step = int_from_i64(step);
    if (!r->start || !r->stop || !r->step) {
        DECREF(r);
        return NULL;
    }
    uint64_t n = range_count(start, stop, step);
    r->len = n > INT64_MAX ? -1 : (int64_t)n;
    r->istart = start;
    r->istep = step;
    return (Obj *)r;
}

Obj *range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return err_set(Exc_ValueError, "range() arg 3 must not be zero");
    return range_make(start, stop, step);
}

/* One range() argument via __index__, as a C int64. */
static int range_arg(Obj *v, int64_t *out)
{
    if (!INT_CHECK(v) && !OBJ_TYPE(v)->nb_index)
        return err_format_int(Exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    Obj *i = obj_index(v);
    if (!i)
        return -1;
    int rc = int_as_i64(i, out);
    DECREF(i);
    return rc;
}

static Obj *range_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)type;
    if (args_no_kw("range", kwnames) < 0 || args_count("range", nargs, 1, 3) < 0)
        return NULL;
    int64_t v[3] = { 0, 0, 1 };
    for (size_t i = 0; i < nargs; i++)
        if (range_arg(args[i], &v[nargs == 1 ? 1 : i]) < 0)
            return NULL;
    return range_new(v[0], v[1], v[2]);
}

static void range_dealloc(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    CLEAR(r->start);
    CLEAR(r->stop);
    CLEAR(r->step);
    obj_free(o);
}

static Obj *range_repr(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->istep == 1)
        return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->len < 0)
        return err_format_int(Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return r->len;
}

static int range_bool(Obj *o) { return ((RangeObj *)o)->len != 0; }

/* Item i (0 <= i < len) without overflow (wraps like the bounds do). */
static int64_t range_at(RangeObj *r, int64_t i)
{
    return (int64_t)((uint64_t)r->istart + (uint64_t)i * (uint64_t)r->istep);
}

static Obj *range_getitem(Obj *o, Obj *key)
{
    RangeObj *r = (RangeObj *)o;
    if (obj_typecheck(key, &Slice_Type)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, r->len, &start, &stop, &step, &n) < 0)
            return NULL;
        int64_t nstep = r->istep * step;
        (void)n;
        return range_make(range_at(r, start), range_at(r, stop), nstep);
    }
    int64_t i;
    if (types_index_arg(key, &i, "range") < 0)
        return NULL;
    if (i < 0)
        i += r->len;
    if (i < 0 || i >= r->len)
        return err_set(Exc_IndexError, "range object index out of range");
    return int_from_i64(range_at(r, i));
}

/* Position of the int v in r, or -1. */
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

/* Generic search for non-int items (== on every item). */
static int64_t range_find_any(Obj *o, Obj *v, int64_t *count)
{
    RangeObj *r = (RangeObj *)o;
    int64_t first = -1;
    for (int64_t i = 0; i < r->len; i++) {
        Obj *x = int_from_i64(range_at(r, i));
        int eq = x ? obj_compare_bool(x, v, CMP_EQ) : -1;
        XDECREF(x);
        if (eq < 0)
            return -2;
        if (eq && first < 0)
            first = i;
        if (eq && count)
            (*count)++;
        if (eq && !count)
            break;
    }
    return first;
}

static int range_contains(Obj *o, Obj *v)
{
    if (INT_CHECK_EXACT(v) || BOOL_CHECK(v))
        return range_find_int((RangeObj *)o, v) >= 0;
    int64_t i = range_find_any(o, v, NULL);
    return i == -2 ? -1 : i >= 0;
}

static Obj *range_richcompare(Obj *a, Obj *b, int op)
{
    if (OBJ_TYPE(a) != &Range_Type || OBJ_TYPE(b) != &Range_Type || (op != CMP_EQ && op != CMP_NE))
        return notimpl_new();
    RangeObj *x = (RangeObj *)a, *y = (RangeObj *)b;
    bool eq = x->len == y->len && (x->len == 0 || (x->istart == y->istart
              && (x->len == 1 || x->istep == y->istep)));
    return bool_new(eq == (op == CMP_EQ));
}

/* hash((len, start, step)) with None for what does not matter. */
static hash_t range_hash(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    Obj *n = int_from_i64(r->len);
    if (!n)
        return -1;
    Obj *t = tuple_pack(3, n, r->len ? r->start : obj_none, r->len > 1 ? r->step : obj_none);
    DECREF(n);
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

static Obj *range_iter(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    return rangeiter_new(r->istart, r->istep, r->len);
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

/* ---- range methods ---- */

static Obj *rm_reversed(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    RangeObj *r = (RangeObj *)self;
    int64_t last = r->len ? range_at(r, r->len - 1) : r->istart;
    return rangeiter_new(last, -r->istep, r->len);
}

static Obj *rm_index(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t i = INT_CHECK_EXACT(args[0]) || BOOL_CHECK(args[0])
              ? range_find_int((RangeObj *)self, args[0]) : range_find_any(self, args[0], NULL);
    if (i == -2)
        return NULL;
    if (i < 0)
        return err_format(Exc_ValueError, "%R is not in range", args[0]);
    return int_from_i64(i);
}

static Obj *rm_count(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    if (INT_CHECK_EXACT(args[0]) || BOOL_CHECK(args[0]))
        return int_from_i64(range_find_int((RangeObj *)self, args[0]) >= 0);
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
