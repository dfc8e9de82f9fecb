/* t_iter.c - the iterator classes of the builtins: reversed, enumerate,
 * zip, map and filter (types the runtime binds as builtins), and
 * types_init, the start-up hook of all the t_*.c types.
 */
#include "objects/interp.h"
#include "objects/gc.h"
#include "objects/types.h"

static Obj *iter_self(Obj *o) { return NEWREF(o); }

/* ---- reversed ---- */

typedef struct ReversedObj {
    Obj ob;
    Obj *seq;          /* owned; NULL once exhausted */
    int64_t index;     /* next index to read (counting down) */
} ReversedObj;

Obj *iter_reversed(Obj *seq)
{
    bool found;
    if (type_lookup(OBJ_TYPE(seq), ID(__reversed__)) == obj_none)
        return err_format(Exc_TypeError, "'%T' object is not reversible", seq);
    Obj *r = obj_call_special(seq, ID(__reversed__), NULL, 0, &found);
    if (found || r)
        return r;
    if (err_occurred())
        return NULL;
    TypeObj *t = OBJ_TYPE(seq);
    if (!t->getitem || DICT_CHECK(seq))
        return err_format(Exc_TypeError, "'%T' object is not reversible", seq);
    int64_t n = obj_len(seq);
    if (n < 0)
        return NULL;
    ReversedObj *it = (ReversedObj *)obj_alloc(&Reversed_Type, 0);
    if (it) {
        it->seq = NEWREF(seq);
        it->index = n - 1;
    }
    return (Obj *)it;
}

/* The next item of an iterator this one pulls from: a chain of them
 * (zip(zip(zip(...)))) recurses in C, so it is guarded. */
static Obj *next_of(Obj *it)
{
    if (c_rec_enter("") < 0)
        return NULL;
    Obj *v = obj_iternext(it);
    c_rec_leave();
    return v;
}

static Obj *reversed_next(Obj *o)
{
    ReversedObj *it = (ReversedObj *)o;
    if (!it->seq)
        return NULL;
    if (it->index >= 0) {
        Obj *i = int_from_i64(it->index--);
        Obj *v = i ? obj_getitem(it->seq, i) : NULL;
        XDECREF(i);
        if (v || !(err_matches(Exc_IndexError) || err_matches(Exc_StopIteration)))
            return v;
        err_clear();
    }
    CLEAR(it->seq);
    return NULL;
}

static void reversed_dealloc(Obj *o)
{
    CLEAR(((ReversedObj *)o)->seq);
    obj_free(o);
}

static Obj *reversed_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)type;
    if (args_no_kw("reversed", kwnames) < 0 || args_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    return iter_reversed(args[0]);
}

static void reversed_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((ReversedObj *)o)->seq); }

TypeObj Reversed_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = reversed_traverse,
    .name = "reversed",
    .basicsize = sizeof(ReversedObj),
    .dealloc = reversed_dealloc,
    .tp_new = reversed_tp_new,
    .iter = iter_self,
    .iternext = reversed_next,
};

/* ---- enumerate ---- */

typedef struct EnumerateObj {
    Obj ob;
    Obj *it;           /* the underlying iterator (owned) */
    Obj *count;        /* the next index, an int (owned) */
} EnumerateObj;

static Obj *enumerate_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    static const char *const names[] = { "iterable", "start" };
    Obj *a[2];
    if (args_parse("enumerate", args, nargs, kwnames, names, 2, 2, 1, a) < 0)
        return NULL;
    if (a[1] && !INT_CHECK(a[1]))
        return err_format(Exc_TypeError, "'%T' object cannot be interpreted as an integer", a[1]);
    Obj *it = obj_iter(a[0]);
    if (!it)
        return NULL;
    EnumerateObj *e = (EnumerateObj *)obj_alloc(type, 0);
    if (!e) {
        DECREF(it);
        return NULL;
    }
    e->it = it;
    e->count = a[1] ? NEWREF(a[1]) : int_from_i64(0);
    return (Obj *)e;
}

static Obj *enumerate_next(Obj *o)
{
    EnumerateObj *e = (EnumerateObj *)o;
    Obj *v = next_of(e->it);
    if (!v)
        return NULL;
    Obj *one = int_from_i64(1);
    Obj *next = one ? obj_binop(e->count, one, NB_ADD) : NULL;
    XDECREF(one);
    if (!next) {
        DECREF(v);
        return NULL;
    }
    Obj *t = tuple_pack(2, e->count, v);
    SETREF(e->count, next);
    DECREF(v);
    return t;
}

static void enumerate_dealloc(Obj *o)
{
    CLEAR(((EnumerateObj *)o)->it);
    CLEAR(((EnumerateObj *)o)->count);
    obj_free(o);
}

static void enumerate_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((EnumerateObj *)o)->it);
    GC_VISIT(((EnumerateObj *)o)->count);
}

TypeObj Enumerate_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = enumerate_traverse,
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObj),
    .flags = TPF_BASETYPE,
    .dealloc = enumerate_dealloc,
    .tp_new = enumerate_tp_new,
    .iter = iter_self,
    .iternext = enumerate_next,
};

/* ---- zip and map: a tuple of iterators ---- */

typedef struct ZipObj {
    Obj ob;
    Obj *iters;        /* tuple of iterators (owned) */
    Obj *func;         /* map's function (owned), NULL for zip */
    bool strict;       /* zip(strict=True) */
} ZipObj;

/* A tuple of iter(x) for x in args[0..n). */
static Obj *iter_all(Obj *const *args, size_t n)
{
    Obj *t = tuple_new(n);
    for (size_t i = 0; t && i < n; i++)
        if (!(TUPLE_ITEM(t, i) = obj_iter(args[i])))
            CLEAR(t);
    return t;
}

static Obj *zip_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    int strict = 0;
    for (size_t k = 0; k < kwnames_len(kwnames); k++) {
        if (!str_eq_cstr(TUPLE_ITEM(kwnames, k), "strict"))
            return err_format(Exc_TypeError, "'%S' is an invalid keyword argument for zip()",
                              TUPLE_ITEM(kwnames, k));
        if ((strict = obj_is_true(args[nargs + k])) < 0)
            return NULL;
    }
    Obj *iters = iter_all(args, nargs);
    if (!iters)
        return NULL;
    ZipObj *z = (ZipObj *)obj_alloc(type, 0);
    if (!z) {
        DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return (Obj *)z;
}

/* strict zip: ValueError naming the short/long argument (1-based). */
static Obj *zip_strict_error(ZipObj *z, size_t i)
{
    if (i > 0)
        return err_format(Exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                          i + 1, i == 1 ? " " : "s 1-", i);
    for (size_t k = 1; k < TUPLE_SIZE(z->iters); k++) {
        Obj *v = next_of(TUPLE_ITEM(z->iters, k));
        if (v) {
            DECREF(v);
            return err_format(Exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                              k + 1, k == 1 ? " " : "s 1-", k);
        }
        if (err_occurred())
            return NULL;
    }
    return NULL;
}

/* Next item of every iterator as a tuple; NULL when one is exhausted. */
static Obj *zip_items(ZipObj *z)
{
    size_t n = TUPLE_SIZE(z->iters);
    if (n == 0)
        return NULL;
    Obj *t = tuple_new(n);
    for (size_t i = 0; t && i < n; i++) {
        Obj *v = next_of(TUPLE_ITEM(z->iters, i));
        if (!v) {
            CLEAR(t);
            if (z->strict && !err_occurred())
                zip_strict_error(z, i);
            break;
        }
        TUPLE_ITEM(t, i) = v;
    }
    return t;
}

static Obj *zip_next(Obj *o) { return zip_items((ZipObj *)o); }

static Obj *map_next(Obj *o)
{
    ZipObj *z = (ZipObj *)o;
    Obj *t = zip_items(z);
    if (!t)
        return NULL;
    Obj *r = obj_call(z->func, ((TupleObj *)t)->items, TUPLE_SIZE(t), NULL);
    DECREF(t);
    return r;
}

static void zip_dealloc(Obj *o)
{
    CLEAR(((ZipObj *)o)->iters);
    CLEAR(((ZipObj *)o)->func);
    obj_free(o);
}

static Obj *map_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return err_set(Exc_TypeError, "map() must have at least two arguments.");
    Obj *iters = iter_all(args + 1, nargs - 1);
    if (!iters)
        return NULL;
    ZipObj *z = (ZipObj *)obj_alloc(type, 0);
    if (!z) {
        DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->func = NEWREF(args[0]);
    return (Obj *)z;
}

static void zip_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((ZipObj *)o)->iters);
    GC_VISIT(((ZipObj *)o)->func);
}

TypeObj Zip_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = zip_traverse,
    .name = "zip",
    .basicsize = sizeof(ZipObj),
    .flags = TPF_BASETYPE,
    .dealloc = zip_dealloc,
    .tp_new = zip_tp_new,
    .iter = iter_self,
    .iternext = zip_next,
};

TypeObj Map_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = zip_traverse,
    .name = "map",
    .basicsize = sizeof(ZipObj),
    .flags = TPF_BASETYPE,
    .dealloc = zip_dealloc,
    .tp_new = map_tp_new,
    .iter = iter_self,
    .iternext = map_next,
};

/* ---- filter ---- */

typedef struct FilterObj {
    Obj ob;
    Obj *func;         /* predicate (owned); None keeps truthy items */
    Obj *it;           /* the underlying iterator (owned) */
} FilterObj;

static Obj *filter_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("filter", kwnames) < 0 || args_count("filter", nargs, 2, 2) < 0)
        return NULL;
    Obj *it = obj_iter(args[1]);
    if (!it)
        return NULL;
    FilterObj *f = (FilterObj *)obj_alloc(type, 0);
    if (!f) {
        DECREF(it);
        return NULL;
    }
    f->func = NEWREF(args[0]);
    f->it = it;
    return (Obj *)f;
}

static Obj *filter_next(Obj *o)
{
    FilterObj *f = (FilterObj *)o;
    Obj *v;
    while ((v = next_of(f->it))) {
        Obj *r = obj_is_none(f->func) || f->func == (Obj *)&Bool_Type ? NEWREF(v)
               : obj_call1(f->func, v);
        int ok = r ? obj_is_true(r) : -1;
        XDECREF(r);
        if (ok > 0)
            return v;
        DECREF(v);
        if (ok < 0)
            return NULL;
    }
    return NULL;
}

static void filter_dealloc(Obj *o)
{
    CLEAR(((FilterObj *)o)->func);
    CLEAR(((FilterObj *)o)->it);
    obj_free(o);
}

static void filter_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((FilterObj *)o)->func);
    GC_VISIT(((FilterObj *)o)->it);
}

TypeObj Filter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = filter_traverse,
    .name = "filter",
    .basicsize = sizeof(FilterObj),
    .flags = TPF_BASETYPE,
    .dealloc = filter_dealloc,
    .tp_new = filter_tp_new,
    .iter = iter_self,
    .iternext = filter_next,
};

/* ---- start-up ---- */

int int_init(void);
int str_init(void);
int bytes_init(void);

int types_init(void)
{
    static TypeObj *const all[] = {
        &Float_Type, &List_Type, &Tuple_Type, &Dict_Type, &Set_Type, &FrozenSet_Type,
        &Range_Type, &Slice_Type, &ListIter_Type, &ListRevIter_Type, &TupleIter_Type,
        &DictKeys_Type, &DictValues_Type, &DictItems_Type, &DictIter_Type, &SetIter_Type,
        &RangeIter_Type, &LongRangeIter_Type, &Reversed_Type, &Enumerate_Type, &Zip_Type,
        &Map_Type, &Filter_Type, &GenericAlias_Type, &Union_Type, &MappingProxy_Type,
    };
    if (int_init() < 0 || str_init() < 0 || bytes_init() < 0)
        return -1;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (type_ready(all[i]) < 0)
            return -1;
    return 0;
}
