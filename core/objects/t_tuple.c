/* t_tuple.c - tuple: an immutable array of owned references.
 *
 * The empty tuple is a static immortal singleton (obj_empty_tuple), as in
 * CPython; hash is CPython 3.11's xxHash-based tuplehash.
 */
#include "objects/types.h"

#include "objects/gc.h"
#include "objects/interp.h"

#include <string.h>

static TupleObj empty_tuple = { OBJ_STATIC_HEAD(&Tuple_Type), 0 };
Obj *const obj_empty_tuple = (Obj *)&empty_tuple;

/* A tuple of n NULL items of `type` (a tuple subclass or Tuple_Type). */
static Obj *tuple_alloc(TypeObj *type, size_t n)
{
    if (n == 0 && type == &Tuple_Type)
        return NEWREF(obj_empty_tuple);
    if (n > (SIZE_MAX - sizeof(TupleObj)) / sizeof(Obj *))
        return err_nomemory();
    TupleObj *t = (TupleObj *)obj_alloc(type, n * sizeof(Obj *));
    if (t) {
        t->size = n;
        mem_note_work(8 * (uint64_t)n);    /* base/mem.h: 8 per item on every build */
    }
    return (Obj *)t;
}

Obj *tuple_new(size_t n)
{
    return tuple_alloc(&Tuple_Type, n);
}

Obj *tuple_from_array(Obj *const *items, size_t n)
{
    Obj *t = tuple_new(n);
    if (t)
        for (size_t i = 0; i < n; i++)
            TUPLE_ITEM(t, i) = NEWREF(items[i]);
    return t;
}

Obj *tuple_pack(size_t n, ...)
{
    Obj *t = tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEM(t, i) = NEWREF(va_arg(ap, Obj *));
    va_end(ap);
    return t;
}

Obj *tuple_from_iter(Obj *iterable)
{
    if (OBJ_TYPE(iterable) == &Tuple_Type)
        return NEWREF(iterable);
    if (LIST_CHECK(iterable))
        return list_as_tuple(iterable);
    Obj *l = list_from_iter(iterable);
    if (!l)
        return NULL;
    Obj *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

static void tuple_dealloc(Obj *o)
{
    for (size_t i = TUPLE_SIZE(o); i > 0; i--)   /* last first, as CPython */
        CLEAR(TUPLE_ITEM(o, i - 1));
    obj_free(o);
}

/* CPython 3.11 tuplehash (Objects/tupleobject.c), 64-bit constants. */
hash_t tuple_hash(Obj *t)
{
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                   P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    size_t n = TUPLE_SIZE(t);
    for (size_t i = 0; i < n; i++) {
        Obj *item = TUPLE_ITEM(t, i);
        /* Nested tuples recurse: counted, so a million-deep one is a
         * RecursionError (CPython overflows its C stack); flat keys never. */
        bool nested = TUPLE_CHECK(item);
        if (nested && rec_enter(" while hashing a tuple") < 0)
            return -1;
        hash_t h = obj_hash(item);
        if (nested)
            rec_leave();
        if (h == -1)
            return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)n ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (hash_t)acc;
}

static Obj *tuple_repr(Obj *o)
{
    size_t n = TUPLE_SIZE(o);
    if (n == 0)
        return str_from_cstr("()");
    int r = repr_enter(o);
    if (r != 0)
        return r > 0 ? str_from_cstr("(...)") : NULL;
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        Obj *s = obj_repr(TUPLE_ITEM(o, i));
        if (!s) {
            sb_free(&b);
            repr_leave(o);
            return NULL;
        }
        if (i)
            sb_adds(&b, ", ");
        sb_addobj(&b, s);
        DECREF(s);
    }
    sb_adds(&b, n == 1 ? ",)" : ")");
    repr_leave(o);
    return sb_finish(&b);
}

static Obj *tuple_richcompare(Obj *a, Obj *b, int op)
{
    if (!TUPLE_CHECK(a) || !TUPLE_CHECK(b))
        return notimpl_new();
    if ((op == CMP_EQ || op == CMP_NE) && TUPLE_SIZE(a) != TUPLE_SIZE(b))
        return bool_new(op == CMP_NE);
    return types_seq_richcompare(a, b, op);
}

static int64_t tuple_len(Obj *o) { return (int64_t)TUPLE_SIZE(o); }

static Obj *tuple_getitem(Obj *o, Obj *key)
{
    if (obj_typecheck(key, &Slice_Type)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, (int64_t)TUPLE_SIZE(o), &start, &stop, &step, &n) < 0)
            return NULL;
        if (n == (int64_t)TUPLE_SIZE(o) && step == 1 && OBJ_TYPE(o) == &Tuple_Type)
            return NEWREF(o);
        Obj *r = tuple_new((size_t)n);
        if (r)
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                TUPLE_ITEM(r, k) = NEWREF(TUPLE_ITEM(o, i));
        return r;
    }
    int64_t i;
    if (types_index_arg(key, &i, "tuple") < 0)
        return NULL;
    if (i < 0)
        i += (int64_t)TUPLE_SIZE(o);
    if (i < 0 || i >= (int64_t)TUPLE_SIZE(o))
        return err_set(Exc_IndexError, "tuple index out of range");
    return NEWREF(TUPLE_ITEM(o, i));
}

static int tuple_contains(Obj *o, Obj *x)
{
    for (size_t i = 0; i < TUPLE_SIZE(o); i++) {
        int r = obj_compare_bool(TUPLE_ITEM(o, i), x, CMP_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

static Obj *tuple_concat(Obj *a, Obj *b)
{
    if (!TUPLE_CHECK(b))
        return err_format(Exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    size_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b);
    Obj *r = tuple_new(na + nb);
    if (!r)
        return NULL;
    for (size_t i = 0; i < na; i++)
        TUPLE_ITEM(r, i) = NEWREF(TUPLE_ITEM(a, i));
    for (size_t i = 0; i < nb; i++)
        TUPLE_ITEM(r, na + i) = NEWREF(TUPLE_ITEM(b, i));
    return r;
}

static Obj *tuple_repeat(Obj *o, int64_t n)
{
    size_t len = TUPLE_SIZE(o);
    if (n == 1 && OBJ_TYPE(o) == &Tuple_Type)
        return NEWREF(o);
    if (n <= 0 || len == 0)
        return tuple_new(0);
    if ((uint64_t)n > (uint64_t)(SIZE_MAX / sizeof(Obj *)) / len)
        return err_nomemory();
    Obj *r = tuple_new(len * (size_t)n);
    if (r && step_charge_data(8 * len * (uint64_t)n) < 0)  /* the cap checked, before the work */
        CLEAR(r);
    if (r)
        for (size_t k = 0; k < len * (size_t)n; k++)
            TUPLE_ITEM(r, k) = NEWREF(TUPLE_ITEM(o, k % len));
    return r;
}

/* ---- methods ---- */

static Obj *tm_index(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t len = (int64_t)TUPLE_SIZE(self), start = 0, stop = len;
    if (args_count("index", nargs, 1, 3) < 0)
        return NULL;
    int64_t *dst[2] = { &start, &stop };
    for (size_t k = 1; k < nargs; k++) {
        if (obj_as_int64(args[k], dst[k - 1]) < 0)
            return NULL;
        if (*dst[k - 1] < 0 && (*dst[k - 1] += len) < 0)
            *dst[k - 1] = 0;
    }
    for (int64_t i = start; i < stop && i < len; i++) {
        int r = obj_compare_bool(TUPLE_ITEM(self, i), args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        if (r)
            return int_from_i64(i);
    }
    return err_set(Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Obj *tm_count(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t c = 0;
    for (size_t i = 0; i < TUPLE_SIZE(self); i++) {
        int r = obj_compare_bool(TUPLE_ITEM(self, i), args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        c += r;
    }
    return int_from_i64(c);
}

/* ---- iterator ---- */

typedef struct TupleIterObj {
    Obj ob;
    Obj *tuple;        /* owned; NULL once exhausted */
    size_t index;      /* next position */
} TupleIterObj;

static Obj *tuple_iter(Obj *o)
{
    TupleIterObj *it = (TupleIterObj *)obj_alloc(&TupleIter_Type, 0);
    if (it)
        it->tuple = NEWREF(o);
    return (Obj *)it;
}

static Obj *tupleiter_next(Obj *o)
{
    TupleIterObj *it = (TupleIterObj *)o;
    if (!it->tuple)
        return NULL;
    if (it->index < TUPLE_SIZE(it->tuple))
        return NEWREF(TUPLE_ITEM(it->tuple, it->index++));
    CLEAR(it->tuple);
    return NULL;
}

static void tupleiter_dealloc(Obj *o)
{
    CLEAR(((TupleIterObj *)o)->tuple);
    obj_free(o);
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

static void tupleiter_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((TupleIterObj *)o)->tuple); }

TypeObj TupleIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = tupleiter_traverse,
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObj),
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
};

/* tuple(iterable=()); subclasses get a copy of the items. */
static Obj *tuple_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("tuple", kwnames) < 0 || args_count("tuple", nargs, 0, 1) < 0)
        return NULL;
    Obj *t = nargs ? tuple_from_iter(args[0]) : tuple_new(0);
    if (!t || type == &Tuple_Type)
        return t;
    Obj *r = tuple_alloc(type, TUPLE_SIZE(t));
    if (r)
        for (size_t i = 0; i < TUPLE_SIZE(t); i++)
            TUPLE_ITEM(r, i) = NEWREF(TUPLE_ITEM(t, i));
    DECREF(t);
    return r;
}

static const MethodDef tuple_methods[] = {
    { "__getnewargs__", builtin_getnewargs, METH_NOARGS, NULL },
    { "__class_getitem__", generic_class_getitem, METH_O | METH_CLASS, NULL },
    { "index", tm_index, METH_FASTCALL, NULL },
    { "count", tm_count, METH_O, NULL },
    { NULL, NULL, 0, NULL }
};

/* Items may still be NULL while a tuple is being filled. */
static void tuple_traverse(Obj *o, GCVisitor *v)
{
    for (size_t i = TUPLE_SIZE(o); i-- > 0;)   /* last first, as CPython */
        GC_VISIT(TUPLE_ITEM(o, i));
}

TypeObj Tuple_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = tuple_traverse,
    .name = "tuple",
    .basicsize = sizeof(TupleObj),
    .flags = TPF_BASETYPE | TPF_TUPLE_SUBCLASS | TPF_VARSIZE | TPF_MATCH_SELF |
             TPF_SEQUENCE,
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .tp_new = tuple_tp_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .methods = tuple_methods,
};
