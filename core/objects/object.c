/* object.c - reference counting, the pending exception, the abstract
 * operations (repr, hash, compare, attributes, calls, items, iteration,
 * numbers), the None/NotImplemented/Ellipsis singletons, interning and
 * the argument helpers.  Type objects themselves (type_ready, slot
 * wrappers, descriptors) live in class.c.
 *
 * Global state (documented, per process):
 *   cur_exc       the pending exception (one engine runs at a time; it is
 *                 left as it is across the program coroutine's pauses)
 *   memerr_inst   preallocated MemoryError instance
 *   repr_stack    objects whose repr is in progress (for "[...]")
 *   intern_dict   str -> canonical interned str
 */
#include "objects/object.h"

#include <stdio.h>
#include <string.h>

#include "objects/gc.h"
#include "objects/interp.h"
#include "objects/exc.h"
#include "objects/types.h"

static Obj *cur_exc;          /* pending exception instance or NULL */
static Obj *memerr_inst;      /* preallocated MemoryError() */
static Obj *intern_dict;      /* interned strings */
InternedIds interned_ids;

/* ------------------------------------------------------------------ */
/* Allocation                                                          */
/* ------------------------------------------------------------------ */

/* Deep structures (a list in a list in a list ... a million times, a long
 * chain of instances) would free themselves by recursion as deep as the
 * structure and overflow the C stack, so, like CPython's trashcan, a
 * dealloc nested more than DEALLOC_NEST deep is put aside and run when
 * the outermost dealloc returns.  Global state: the nesting count and the
 * objects put aside (empty between deallocs). */
#define DEALLOC_NEST 50

static int dealloc_nest;      /* deallocs running, one inside another */
static Obj **dealloc_later;   /* objects put aside (refcnt 0), a stack */
static size_t later_len, later_cap;

/* Puts o aside; false when there is no room (then it is freed at once). */
static bool dealloc_defer(Obj *o)
{
    if (later_len == later_cap) {
        size_t ncap = later_cap ? later_cap * 2 : 64;
        Obj **n = mem_realloc(dealloc_later, later_cap * sizeof *n, ncap * sizeof *n);
        if (!n)
            return false;
        dealloc_later = n;
        later_cap = ncap;
    }
    dealloc_later[later_len++] = o;
    return true;
}

void obj_dealloc(Obj *o)
{
    if (obj_is_gc(o) && GC_HEAD(o)->h.next)
        gc_untrack(o);           /* dying: the collector must not see it */
    if (dealloc_nest >= DEALLOC_NEST && dealloc_defer(o))
        return;
    dealloc_nest++;
    o->type->dealloc(o);
    if (dealloc_nest == 1)
        while (later_len) {
            Obj *x = dealloc_later[--later_len];
            x->type->dealloc(x);
        }
    dealloc_nest--;
    if (dealloc_nest == 0 && dealloc_later) {    /* rarely used: give it back */
        mem_free(dealloc_later, later_cap * sizeof *dealloc_later);
        dealloc_later = NULL;
        later_cap = 0;
    }
}

Obj *obj_alloc(TypeObj *type, size_t extra)
{
    size_t size = type->basicsize + extra;
    if (type->dictoffset == DICTOFFSET_END)       /* room for the __dict__ at the end */
        size = (size + sizeof(Obj *) - 1) / sizeof(Obj *) * sizeof(Obj *) + sizeof(Obj *);
    Obj *o = type->traverse ? gc_alloc_object(size, (type->flags & TPF_GC_LAZY) != 0,
                                              !(type->flags & TPF_GC_UNCOUNTED))
                            : mem_calloc(1, size);
    if (!o)
        return err_nomemory();
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TPF_HEAPTYPE)
        INCREF(type);
    return o;
}

void obj_free(Obj *o)
{
    TypeObj *t = o->type;
    if (obj_is_gc(o))
        gc_free_object(o, !(t->flags & TPF_GC_UNCOUNTED));
    else
        mem_free(o, 0);
    if (t->flags & TPF_HEAPTYPE)
        DECREF(t);
}

/* ------------------------------------------------------------------ */
/* Singletons: None, NotImplemented, Ellipsis                          */
/* ------------------------------------------------------------------ */

static void immortal_dealloc(Obj *o)
{
    o->refcnt = OBJ_IMMORTAL;     /* never freed: resurrect */
}

static Obj *none_repr(Obj *o) { (void)o; return str_from_cstr("None"); }
static Obj *notimpl_repr(Obj *o) { (void)o; return str_from_cstr("NotImplemented"); }
static Obj *ellipsis_repr(Obj *o) { (void)o; return str_from_cstr("Ellipsis"); }
static int none_bool(Obj *o) { (void)o; return 0; }

TypeObj None_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "NoneType",
    .basicsize = sizeof(Obj), .dealloc = immortal_dealloc,
    .repr = none_repr, .nb_bool = none_bool, .hash = obj_default_hash,
};
TypeObj NotImplemented_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "NotImplementedType",
    .basicsize = sizeof(Obj), .dealloc = immortal_dealloc,
    .repr = notimpl_repr, .hash = obj_default_hash,
};
TypeObj Ellipsis_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "ellipsis",
    .basicsize = sizeof(Obj), .dealloc = immortal_dealloc,
    .repr = ellipsis_repr, .hash = obj_default_hash,
};

static Obj none_struct = OBJ_STATIC_HEAD(&None_Type);
static Obj notimpl_struct = OBJ_STATIC_HEAD(&NotImplemented_Type);
static Obj ellipsis_struct = OBJ_STATIC_HEAD(&Ellipsis_Type);
Obj *const obj_none = &none_struct;
Obj *const obj_notimpl = &notimpl_struct;
Obj *const obj_ellipsis = &ellipsis_struct;

bool obj_is_none(Obj *o) { return o == obj_none; }

/* ------------------------------------------------------------------ */
/* The pending exception                                               */
/* ------------------------------------------------------------------ */

Obj *err_occurred(void) { return cur_exc; }

void err_restore(Obj *exc)
{
    Obj *old = cur_exc;
    cur_exc = exc;
    XDECREF(old);
}

void err_clear(void) { err_restore(NULL); }

Obj *err_fetch(void)
{
    Obj *e = cur_exc;
    cur_exc = NULL;
    return e;
}

bool err_matches(TypeObj *type)
{
    return cur_exc && type_is_subtype(cur_exc->type, type);
}

/* `except T` matching: T is a class or a tuple of classes. */
bool exc_matches(Obj *exc, Obj *type)
{
    if (TUPLE_CHECK(type)) {
        for (size_t i = 0; i < TUPLE_SIZE(type); i++)
            if (exc_matches(exc, TUPLE_ITEM(type, i)))
                return true;
        return false;
    }
    return TYPE_CHECK(type) && type_is_subtype(exc->type, (TypeObj *)type);
}

Obj *err_nomemory(void)
{
    if (!memerr_inst)      /* during start-up */
        return NULL;
    exc_reset_for_raise(memerr_inst);
    err_restore(NEWREF(memerr_inst));
    return NULL;
}

/* Sets exc.__context__ to the exception being handled now, as CPython's
 * _PyErr_SetObject does for every newly raised exception. */
static void chain_context(Obj *exc)
{
    if (exc != memerr_inst)
        exc_set_context(exc, interp_handled_exc());
}

Obj *err_set_obj(TypeObj *type, Obj *value)
{
    Obj *exc = exc_new(type, value ? &value : NULL, value ? 1 : 0);
    if (exc) {
        chain_context(exc);
        err_restore(exc);
    }
    return NULL;
}

Obj *err_set(TypeObj *type, const char *msg)
{
    Obj *s = str_from_cstr(msg);
    if (!s)
        return NULL;
    err_set_obj(type, s);
    DECREF(s);
    return NULL;
}

Obj *err_vformat(TypeObj *type, const char *fmt, va_list ap)
{
    Obj *s = str_from_vformat(fmt, ap);
    if (!s)
        return NULL;
    err_set_obj(type, s);
    DECREF(s);
    return NULL;
}

Obj *err_format(TypeObj *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

int err_format_int(TypeObj *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
    return -1;
}

/* raise X / raise X(): a class is instantiated with no arguments. */
Obj *err_set_exc(Obj *exc)
{
    if (TYPE_CHECK(exc) && type_is_subtype((TypeObj *)exc, Exc_BaseException)) {
        Obj *inst = obj_call0(exc);
        if (!inst)
            return NULL;
        if (!EXC_CHECK(inst)) {
            err_format(Exc_TypeError, "calling %R should have returned an instance of "
                       "BaseException, not %T", exc, inst);
            DECREF(inst);
            return NULL;
        }
        chain_context(inst);
        err_restore(inst);
        return NULL;
    }
    if (!EXC_CHECK(exc))
        return err_set(Exc_TypeError, "exceptions must derive from BaseException");
    chain_context(exc);
    err_restore(NEWREF(exc));
    return NULL;
}

/* ------------------------------------------------------------------ */
/* repr / str / hash / truth                                           */
/* ------------------------------------------------------------------ */

Obj *obj_default_repr(Obj *o)
{
    TypeObj *t = o->type;
    Obj *mod = NULL;
    if (t->flags & TPF_HEAPTYPE)
        mod = dict_getitem(t->dict, ID(__module__));
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        return str_from_format("<%S.%S object at %p>", mod,
                               t->qualname ? t->qualname : t->name_obj, (void *)o);
    return str_from_format("<%s object at %p>", t->name, (void *)o);
}

/* Checks that a __repr__/__str__ result is a str. */
static Obj *check_str_result(Obj *r, const char *what)
{
    if (r && !STR_CHECK(r)) {
        err_format(Exc_TypeError, "%s returned non-string (type %T)", what, r);
        DECREF(r);
        return NULL;
    }
    return r;
}

Obj *obj_repr(Obj *o)
{
    if (!o->type->repr)
        return obj_default_repr(o);
    if (rec_enter(" while getting the repr of an object") < 0)
        return NULL;
    Obj *r = o->type->repr(o);
    rec_leave();
    return check_str_result(r, "__repr__");
}

Obj *obj_str(Obj *o)
{
    if (STR_CHECK_EXACT(o))
        return NEWREF(o);
    if (!o->type->str)
        return obj_repr(o);
    if (rec_enter(" while getting the str of an object") < 0)
        return NULL;
    Obj *r = o->type->str(o);
    rec_leave();
    return check_str_result(r, "__str__");
}

hash_t obj_default_hash(Obj *o)
{
    uintptr_t p = (uintptr_t)o;
    hash_t h = (hash_t)((p >> 4) | ((uint64_t)p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

hash_t obj_hash(Obj *o)
{
    if (!o->type->hash) {
        err_format(Exc_TypeError, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    return o->type->hash(o);
}

int obj_is_true(Obj *o)
{
    if (o == obj_true)
        return 1;
    if (o == obj_false || o == obj_none)
        return 0;
    if (o->type->nb_bool)
        return o->type->nb_bool(o);
    if (o->type->len) {
        int64_t n = o->type->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Rich comparison                                                     */
/* ------------------------------------------------------------------ */

static const int swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const cmp_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

Obj *obj_default_richcompare(Obj *a, Obj *b, int op)
{
    if (op == CMP_EQ)
        return a == b ? bool_new(true) : notimpl_new();
    if (op == CMP_NE) {
        /* object.__ne__ inverts __eq__ unless NotImplemented */
        Obj *r = a->type->richcompare && a->type->richcompare != obj_default_richcompare
                 ? a->type->richcompare(a, b, CMP_EQ) : obj_default_richcompare(a, b, CMP_EQ);
        if (!r || r == obj_notimpl)
            return r;
        int t = obj_is_true(r);
        DECREF(r);
        return t < 0 ? NULL : bool_new(!t);
    }
    return notimpl_new();
}

/* Calls one side's slot; NULL on error, NotImplemented if absent. */
static Obj *try_cmp(Obj *self, Obj *other, int op)
{
    richcmp_fn f = self->type->richcompare;
    if (!f)
        f = obj_default_richcompare;
    return f(self, other, op);
}

/* CPython's do_richcompare: reflected first if b's type is a proper
 * subclass of a's, then a's, then b's reflected; identity for ==/!=. */
Obj *obj_richcompare(Obj *a, Obj *b, int op)
{
    bool reversed_done = false;
    Obj *r;
    /* CPython 3.11 compares int/int, float/float and str==str in a branch
     * with specialised code that skips the recursion check: so do we. */
    bool plain = a->type == b->type && (a->type == &Int_Type || a->type == &Float_Type ||
                 (a->type == &Str_Type && (op == CMP_EQ || op == CMP_NE)));
    if (plain)
        return try_cmp(a, b, op);
    if (rec_enter(" in comparison") < 0)
        return NULL;
    if (a->type != b->type && type_is_subtype(b->type, a->type) && b->type->richcompare) {
        reversed_done = true;
        r = try_cmp(b, a, swapped_op[op]);
        if (r != obj_notimpl)
            goto done;
        DECREF(r);
    }
    r = try_cmp(a, b, op);
    if (r != obj_notimpl)
        goto done;
    DECREF(r);
    if (!reversed_done) {
        r = try_cmp(b, a, swapped_op[op]);
        if (r != obj_notimpl)
            goto done;
        DECREF(r);
    }
    if (op == CMP_EQ || op == CMP_NE)
        r = bool_new((a == b) == (op == CMP_EQ));
    else
        r = err_format(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                       cmp_symbol[op], a->type->name, b->type->name);
done:
    rec_leave();
    return r;
}

int obj_compare_bool(Obj *a, Obj *b, int op)
{
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return op == CMP_EQ;
    Obj *r = obj_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

/* ------------------------------------------------------------------ */
/* Attributes                                                          */
/* ------------------------------------------------------------------ */

Obj **obj_dict_ptr(Obj *o)
{
    size_t off = o->type->dictoffset;
    if (off == DICTOFFSET_END)
        off = (obj_is_gc(o) ? gc_object_size(o) : mem_size(o)) - sizeof(Obj *);
    return off ? (Obj **)((char *)o + off) : NULL;
}

/* AttributeError "'X' object has no attribute 'y'" carrying name/obj. */
Obj *err_no_attribute(Obj *o, Obj *name)
{
    err_format(Exc_AttributeError, "'%s' object has no attribute '%S'", o->type->name, name);
    exc_set_name_obj(cur_exc, name, o);
    return NULL;
}

Obj *obj_generic_getattr(Obj *o, Obj *name)
{
    return obj_generic_getattr_found(o, name, type_lookup(o->type, name));
}

Obj *obj_generic_getattr_found(Obj *o, Obj *name, Obj *descr)
{
    TypeObj *t = o->type;
    descrget_fn get = NULL;
    if (descr) {
        INCREF(descr);
        get = descr->type->descr_get;
        if (get && descr->type->descr_set) {
            Obj *r = get(descr, o, (Obj *)t);
            DECREF(descr);
            return r;
        }
    }
    Obj **dp = obj_dict_ptr(o);
    if (dp && *dp) {
        Obj *v = dict_getitem(*dp, name);
        if (v || err_occurred()) {
            XDECREF(descr);
            return XNEWREF(v);
        }
    }
    if (descr) {
        Obj *r = get ? get(descr, o, (Obj *)t) : NEWREF(descr);
        DECREF(descr);
        return r;
    }
    if (dp && str_eq(name, ID(__dict__))) {     /* the instance's own namespace */
        if (!*dp && !(*dp = dict_new()))
            return NULL;
        if (DICT_CHECK(*dp))
            ((DictObj *)*dp)->of_instance = false;
        return NEWREF(*dp);
    }
    return err_no_attribute(o, name);
}

int obj_generic_setattr(Obj *o, Obj *name, Obj *value)
{
    Obj *descr = type_lookup(o->type, name);
    if (descr && descr->type->descr_set)
        return descr->type->descr_set(descr, o, value);
    Obj **dp = obj_dict_ptr(o);
    if (!dp) {
        if (descr)
            return err_format_int(Exc_AttributeError, "'%s' object attribute '%S' is read-only",
                                  o->type->name, name);
        err_no_attribute(o, name);
        return -1;
    }
    if (!*dp) {
        if (!(*dp = dict_new()))
            return -1;
        ((DictObj *)*dp)->of_instance = true;
    }
    if (value)
        return dict_setitem(*dp, name, value);
    int r = dict_delitem(*dp, name);
    if (r == 1) {
        err_no_attribute(o, name);
        return -1;
    }
    return r;
}

Obj *obj_getattr(Obj *o, Obj *name)
{
    getattr_fn f = o->type->getattr ? o->type->getattr : obj_generic_getattr;
    return f(o, name);
}

Obj *obj_getattr_cstr(Obj *o, const char *name)
{
    Obj *n = str_intern_cstr(name);
    if (!n)
        return NULL;
    Obj *r = obj_getattr(o, n);
    DECREF(n);
    return r;
}

Obj *obj_getattr_opt(Obj *o, Obj *name)
{
    getattr_fn f = o->type->getattr;
    if ((!f || f == obj_generic_getattr) && !str_eq(name, ID(__dict__))) {
        Obj *descr = type_lookup(o->type, name);    /* absent: no AttributeError made */
        if (!descr) {
            Obj **dp = obj_dict_ptr(o);
            Obj *v = dp && *dp ? dict_getitem(*dp, name) : NULL;
            return XNEWREF(v);
        }
        Obj *r = obj_generic_getattr_found(o, name, descr);
        if (!r && err_matches(Exc_AttributeError))
            err_clear();
        return r;
    }
    Obj *r = obj_getattr(o, name);
    if (!r && err_matches(Exc_AttributeError))
        err_clear();
    return r;
}

int obj_hasattr(Obj *o, Obj *name)
{
    Obj *r = obj_getattr_opt(o, name);
    if (r) {
        DECREF(r);
        return 1;
    }
    return err_occurred() ? -1 : 0;
}

int obj_setattr(Obj *o, Obj *name, Obj *value)
{
    setattr_fn f = o->type->setattr ? o->type->setattr : obj_generic_setattr;
    return f(o, name, value);
}

/* ------------------------------------------------------------------ */
/* Calls                                                               */
/* ------------------------------------------------------------------ */

/* Calls that add no recursion level, as in CPython 3.11: a bound method
 * (the function it calls counts), builtin types called through
 * tp_vectorcall (so `list(gen)` does not count) and type(x).  (str(x)
 * counts here; the VM skips the call once its code is warm, as CPython's
 * specialised PRECALL_NO_KW_STR_1: see CodeObj.warmup.)  Their work
 * that can recurse (a Python __iter__, __eq__, ...) is counted where it
 * runs. */
static bool uncounted_call(Obj *callable, size_t nargs)
{
    static const char *const names[] = {
        "bool", "float", "list", "tuple", "dict", "set", "frozenset", "range",
        "enumerate", "reversed", "map", "filter", "zip",
    };
    TypeObj *t = (TypeObj *)callable;
    if (callable->type == &Method_Type)
        return true;                /* the function it calls counts */
    if (!TYPE_CHECK(callable) || (t->flags & TPF_HEAPTYPE))
        return false;
    if (t == &Type_Type)
        return nargs == 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(t->name, names[i]) == 0)
            return true;
    return false;
}

Obj *obj_call(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames)
{
    call_fn f = callable->type->call;
    if (!f)
        return err_format(Exc_TypeError, "'%s' object is not callable", callable->type->name);
    /* CPython counts a Python frame without a suffix in the message */
    bool py = callable->type == &Function_Type;
    bool counted = !uncounted_call(callable, nargs);
    if (counted && rec_enter(py ? "" : " while calling a Python object") < 0)
        return NULL;
    if (kwnames && !TUPLE_SIZE(kwnames))
        kwnames = NULL;
    Obj *r = f(callable, args, nargs, kwnames);
    if (counted)
        rec_leave();
    return r;
}

Obj *obj_call_uncounted(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames)
{
    call_fn f = callable->type->call;
    if (!f)
        return err_format(Exc_TypeError, "'%s' object is not callable", callable->type->name);
    if (kwnames && !TUPLE_SIZE(kwnames))
        kwnames = NULL;
    return f(callable, args, nargs, kwnames);
}

Obj *obj_call0(Obj *c) { return obj_call(c, NULL, 0, NULL); }
Obj *obj_call1(Obj *c, Obj *a) { return obj_call(c, &a, 1, NULL); }

Obj *obj_call2(Obj *c, Obj *a, Obj *b)
{
    Obj *args[2] = { a, b };
    return obj_call(c, args, 2, NULL);
}

/* f(*args, **kwargs): flatten into the vectorcall layout. */
Obj *obj_call_tuple_dict(Obj *callable, Obj *args, Obj *kwargs)
{
    size_t np = args ? TUPLE_SIZE(args) : 0;
    size_t nk = kwargs ? (size_t)dict_len(kwargs) : 0;
    Obj **arr = mem_alloc(sizeof(Obj *) * (np + nk + 1));
    if (!arr)
        return err_nomemory();
    Obj *kwnames = NULL;
    for (size_t i = 0; i < np; i++)
        arr[i] = TUPLE_ITEM(args, i);
    if (nk) {
        kwnames = tuple_new(nk);
        if (!kwnames) {
            mem_free(arr, 0);
            return NULL;
        }
        size_t pos = 0, i = 0;
        Obj *k, *v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            TUPLE_ITEM(kwnames, i) = NEWREF(k);
            arr[np + i++] = v;
        }
    }
    Obj *r = obj_call(callable, arr, np, kwnames);
    XDECREF(kwnames);
    mem_free(arr, 0);
    return r;
}

Obj *obj_call_method(Obj *o, Obj *name, Obj *const *args, size_t nargs)
{
    Obj *m = obj_getattr(o, name);
    if (!m)
        return NULL;
    Obj *r = obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

/* Special method lookup on the type, bound to o, then called. */
Obj *obj_call_special(Obj *o, Obj *name, Obj *const *args, size_t nargs, bool *found)
{
    Obj *descr = type_lookup(o->type, name);
    *found = descr != NULL;
    if (!descr)
        return NULL;
    INCREF(descr);
    Obj *bound = descr->type->descr_get ? descr->type->descr_get(descr, o, (Obj *)o->type)
                                        : NEWREF(descr);
    DECREF(descr);
    if (!bound)
        return NULL;
    Obj *r = obj_call(bound, args, nargs, NULL);
    DECREF(bound);
    return r;
}

bool obj_is_callable(Obj *o) { return o->type->call != NULL; }

/* ------------------------------------------------------------------ */
/* Items, length, membership                                           */
/* ------------------------------------------------------------------ */

Obj *obj_getitem(Obj *o, Obj *key)
{
    if (o->type->getitem)
        return o->type->getitem(o, key);
    if (o == (Obj *)&Type_Type)
        return generic_alias_new(o, key);
    if (TYPE_CHECK(o)) {
        bool found;
        Obj *r = NULL;
        Obj *cg = obj_getattr_opt(o, ID(__class_getitem__));
        if (cg) {
            r = obj_call1(cg, key);
            DECREF(cg);
            return r;
        }
        if (err_occurred())
            return NULL;
        (void)found;
        return err_format(Exc_TypeError, "type '%s' is not subscriptable",
                          ((TypeObj *)o)->name);
    }
    return err_format(Exc_TypeError, "'%s' object is not subscriptable", o->type->name);
}

int obj_setitem(Obj *o, Obj *key, Obj *value)
{
    if (o->type->setitem)
        return o->type->setitem(o, key, value);
    return err_format_int(Exc_TypeError, "'%s' object does not support item assignment",
                          o->type->name);
}

int obj_delitem(Obj *o, Obj *key)
{
    if (o->type->setitem)
        return o->type->setitem(o, key, NULL);
    return err_format_int(Exc_TypeError, "'%s' object doesn't support item deletion",
                          o->type->name);
}

int64_t obj_len(Obj *o)
{
    if (o->type->len)
        return o->type->len(o);
    err_format(Exc_TypeError, "object of type '%s' has no len()", o->type->name);
    return -1;
}

int64_t obj_length_hint(Obj *o, int64_t dflt)
{
    if (o->type->len) {
        int64_t n = o->type->len(o);
        if (n >= 0)
            return n;
        if (!err_matches(Exc_TypeError))
            return -1;
        err_clear();
    }
    bool found;
    Obj *r = obj_call_special(o, ID(__length_hint__), NULL, 0, &found);
    if (!found)
        return dflt;
    if (!r) {
        if (!err_matches(Exc_TypeError))
            return -1;
        err_clear();
        return dflt;
    }
    if (r == obj_notimpl) {
        DECREF(r);
        return dflt;
    }
    if (!INT_CHECK(r)) {
        err_format(Exc_TypeError, "__length_hint__ must be an integer, not %s", r->type->name);
        DECREF(r);
        return -1;
    }
    int64_t n;
    int rc = INT_IS_SMALL(r) ? (n = INT_SMALL(r), 0) : -1;
    DECREF(r);
    if (rc < 0)
        return err_set(Exc_OverflowError, "Python int too large to convert to C ssize_t"), -1;
    if (n < 0)
        return err_set(Exc_ValueError, "__length_hint__() should return >= 0"), -1;
    return n;
}

/* `item in c`: __contains__, else iterate comparing with ==. */
int obj_contains(Obj *c, Obj *item)
{
    if (c->type->contains)
        return c->type->contains(c, item);
    if (!c->type->iter && !c->type->getitem)
        return err_format_int(Exc_TypeError, "argument of type '%s' is not iterable",
                              c->type->name);
    Obj *it = obj_iter(c);
    if (!it)
        return -1;
    int found = 0;
    Obj *x;
    while (!found && (x = obj_iternext(it))) {
        found = obj_compare_bool(x, item, CMP_EQ);
        DECREF(x);
        if (found < 0)
            break;
    }
    DECREF(it);
    if (found == 0 && err_occurred())
        return -1;
    return found;
}

/* ------------------------------------------------------------------ */
/* Iteration                                                           */
/* ------------------------------------------------------------------ */

/* Iterator over an object that only has __getitem__ (old protocol). */
typedef struct SeqIterObj {
    Obj ob;
    Obj *seq;       /* the sequence, NULL once exhausted */
    int64_t index;  /* next index to fetch */
} SeqIterObj;

static void seqiter_dealloc(Obj *o)
{
    XDECREF(((SeqIterObj *)o)->seq);
    obj_free(o);
}

static Obj *seqiter_next(Obj *o)
{
    SeqIterObj *it = (SeqIterObj *)o;
    if (!it->seq)
        return NULL;
    Obj *i = int_from_i64(it->index);
    if (!i)
        return NULL;
    Obj *r = obj_getitem(it->seq, i);
    DECREF(i);
    if (r) {
        it->index++;
        return r;
    }
    if (err_matches(Exc_IndexError) || err_matches(Exc_StopIteration)) {
        err_clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static Obj *self_iter(Obj *o) { return NEWREF(o); }

static void seqiter_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((SeqIterObj *)o)->seq); }

TypeObj SeqIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "iterator",
    .traverse = seqiter_traverse,
    .basicsize = sizeof(SeqIterObj), .dealloc = seqiter_dealloc,
    .iter = self_iter, .iternext = seqiter_next,
};

Obj *obj_iter(Obj *o)
{
    if (o->type->iter) {
        Obj *it = o->type->iter(o);
        if (it && !it->type->iternext) {
            err_format(Exc_TypeError, "iter() returned non-iterator of type '%s'", it->type->name);
            DECREF(it);
            return NULL;
        }
        return it;
    }
    if (o->type->getitem && !DICT_CHECK(o)) {
        SeqIterObj *it = (SeqIterObj *)obj_alloc(&SeqIter_Type, 0);
        if (!it)
            return NULL;
        it->seq = NEWREF(o);
        return (Obj *)it;
    }
    return err_format(Exc_TypeError, "'%s' object is not iterable", o->type->name);
}

Obj *obj_iternext(Obj *it)
{
    if (!it->type->iternext)
        return err_format(Exc_TypeError, "'%s' object is not an iterator", it->type->name);
    if (step_tick() < 0)
        return NULL;
    Obj *r = it->type->iternext(it);
    if (!r && err_matches(Exc_StopIteration))
        err_clear();
    return r;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

static const char *const nb_sym[NB_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "divmod()", "** or pow()", "<<", ">>", "&", "^", "|"
};
static const char *const nb_isym[NB_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "divmod()", "**=", "<<=", ">>=", "&=", "^=", "|="
};

const char *nbop_symbol(NbOp op) { return nb_sym[op]; }
const char *nbop_inplace_symbol(NbOp op) { return nb_isym[op]; }

/* CPython's binary_op1: NotImplemented (new ref) if neither side handles
 * the pair. */
static Obj *binary_op1(Obj *a, Obj *b, NbOp op)
{
    binary_fn slota = a->type->nb[op];
    binary_fn slotb = NULL;
    Obj *r;
    if (b->type != a->type) {
        slotb = b->type->nb[op];
        if (slotb == slota)
            slotb = NULL;
    }
    if (slota) {
        if (slotb && type_is_subtype(b->type, a->type)) {
            r = slotb(a, b);
            if (r != obj_notimpl)
                return r;
            DECREF(r);
            slotb = NULL;
        }
        r = slota(a, b);
        if (r != obj_notimpl)
            return r;
        DECREF(r);
    }
    if (slotb)
        return slotb(a, b);
    return notimpl_new();
}

static Obj *binop_type_error(Obj *a, Obj *b, const char *sym)
{
    return err_format(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      sym, a->type->name, b->type->name);
}

/* seq * n or n * seq through sq_repeat (after the number slots). */
static Obj *sequence_repeat(repeat_fn f, Obj *seq, Obj *n)
{
    if (!n->type->nb_index && !INT_CHECK(n))
        return err_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          n->type->name);
    int64_t count;
    if (obj_as_int64(n, &count) < 0) {
        if (!err_matches(Exc_OverflowError))
            return NULL;
        err_clear();
        return err_format(Exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                          n->type->name);
    }
    return f(seq, count);
}

Obj *obj_binop(Obj *a, Obj *b, NbOp op)
{
    Obj *r = binary_op1(a, b, op);
    if (r == obj_notimpl) {
        DECREF(r);
        if (op == NB_ADD && a->type->sq_concat)
            r = a->type->sq_concat(a, b);
        else if (op == NB_MUL && a->type->sq_repeat)
            r = sequence_repeat(a->type->sq_repeat, a, b);
        else if (op == NB_MUL && b->type->sq_repeat)
            r = sequence_repeat(b->type->sq_repeat, b, a);
        else
            r = binop_type_error(a, b, nb_sym[op]);
    }
    return r;
}

Obj *obj_inplace_op(Obj *a, Obj *b, NbOp op)
{
    Obj *r;
    if (a->type->nb_inplace[op]) {
        r = a->type->nb_inplace[op](a, b);
        if (r != obj_notimpl)
            return r;
        DECREF(r);
    }
    r = binary_op1(a, b, op);
    if (r != obj_notimpl)
        return r;
    DECREF(r);
    if (op == NB_ADD) {
        if (a->type->sq_inplace_concat)
            return a->type->sq_inplace_concat(a, b);
        if (a->type->sq_concat)
            return a->type->sq_concat(a, b);
    }
    if (op == NB_MUL) {
        repeat_fn f = a->type->sq_inplace_repeat ? a->type->sq_inplace_repeat : a->type->sq_repeat;
        if (f)
            return sequence_repeat(f, a, b);
        if (b->type->sq_repeat)
            return sequence_repeat(b->type->sq_repeat, b, a);
    }
    return binop_type_error(a, b, nb_isym[op]);
}

/* Unary operator through one slot, with CPython's message. */
static Obj *unary_op(Obj *o, unary_fn f, const char *sym)
{
    if (!f)
        return err_format(Exc_TypeError, "bad operand type for %s: '%s'", sym, o->type->name);
    return f(o);
}

Obj *obj_neg(Obj *o) { return unary_op(o, o->type->nb_neg, "unary -"); }
Obj *obj_pos(Obj *o) { return unary_op(o, o->type->nb_pos, "unary +"); }
Obj *obj_invert(Obj *o) { return unary_op(o, o->type->nb_invert, "unary ~"); }
Obj *obj_abs(Obj *o) { return unary_op(o, o->type->nb_abs, "abs()"); }

Obj *obj_index(Obj *o)
{
    if (INT_CHECK(o))
        return NEWREF(o);
    if (!o->type->nb_index)
        return err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          o->type->name);
    Obj *r = o->type->nb_index(o);
    if (r && !INT_CHECK(r)) {
        err_format(Exc_TypeError, "__index__ returned non-int (type %s)", r->type->name);
        DECREF(r);
        return NULL;
    }
    return r;
}

int obj_as_int64(Obj *o, int64_t *out)
{
    Obj *i = obj_index(o);
    if (!i)
        return -1;
    int r = int_as_i64(i, out);
    DECREF(i);
    return r;
}

/* ------------------------------------------------------------------ */
/* repr recursion guard                                                */
/* ------------------------------------------------------------------ */

static Obj **repr_stack;      /* objects whose repr is in progress */
static size_t repr_depth, repr_cap;

int repr_enter(Obj *o)
{
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_cap) {
        size_t nc = repr_cap ? repr_cap * 2 : 16;
        Obj **n = mem_realloc(repr_stack, repr_cap * sizeof(Obj *), nc * sizeof(Obj *));
        if (!n) {
            err_nomemory();
            return -1;
        }
        repr_stack = n;
        repr_cap = nc;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void repr_leave(Obj *o)
{
    if (repr_depth && repr_stack[repr_depth - 1] == o)
        repr_depth--;
}

/* ------------------------------------------------------------------ */
/* Interning                                                           */
/* ------------------------------------------------------------------ */

void str_intern_inplace(Obj **p)
{
    Obj *s = *p;
    if (((StrObj *)s)->interned || !intern_dict)
        return;
    Obj *canon = dict_getitem(intern_dict, s);
    if (canon) {
        INCREF(canon);
        DECREF(s);
        *p = canon;
        return;
    }
    err_clear();
    if (dict_setitem(intern_dict, s, s) == 0)
        ((StrObj *)s)->interned = true;
    else
        err_clear();
}

Obj *str_intern_cstr(const char *s)
{
    Obj *o = str_from_cstr(s);
    if (o)
        str_intern_inplace(&o);
    return o;
}

/* Creates the interned identifiers (immortal). */
static int intern_init(void)
{
    intern_dict = dict_new();
    if (!intern_dict)
        return -1;
#define ID_INIT_(n) if (!(interned_ids.n = str_intern_cstr(#n))) return -1; \
        interned_ids.n->refcnt = OBJ_IMMORTAL;
    INTERNED_IDS(ID_INIT_)
#undef ID_INIT_
#define ID_INIT_RENAMED_(f, s) if (!(interned_ids.f = str_intern_cstr(s))) return -1; \
        interned_ids.f->refcnt = OBJ_IMMORTAL;
    INTERNED_IDS_RENAMED(ID_INIT_RENAMED_)
#undef ID_INIT_RENAMED_
    return 0;
}

/* ------------------------------------------------------------------ */
/* Argument helpers                                                    */
/* ------------------------------------------------------------------ */

int args_no_kw(const char *fname, Obj *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_format_int(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return 0;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (max == 0)
        return err_format_int(Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1 && max == 1)
        return err_format_int(Exc_TypeError, "%s() takes exactly one argument (%zu given)",
                              fname, nargs);
    size_t lim = nargs < min ? min : max;
    return err_format_int(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                          min == max ? "" : nargs < min ? "at least " : "at most ",
                          lim, lim == 1 ? "" : "s", nargs);
}

/* Index of keyword `k` in names[0..n), or -1. */
static int find_name(const char *const *names, size_t n, Obj *k)
{
    for (size_t i = 0; i < n; i++)
        if (str_eq_cstr(k, names[i]))
            return (int)i;
    return -1;
}

int args_parse(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
               const char *const *names, size_t n, size_t npos, size_t nreq, Obj **out)
{
    /* CPython's _PyArg_UnpackKeywords messages */
    size_t nkw = kwnames_len(kwnames), posonly = 0, minpos = nreq < npos ? nreq : npos;
    while (posonly < n && names[posonly][0] == '\0')
        posonly++;
    if (nargs + nkw > n)
        return err_format_int(Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)",
                              fname, n, nargs == 0 ? "keyword " : "", n == 1 ? "" : "s",
                              nargs + nkw);
    if (nargs > npos) {
        if (npos == 0)
            return err_format_int(Exc_TypeError, "%s() takes no positional arguments", fname);
        return err_format_int(Exc_TypeError, "%s() takes %s %zu positional argument%s "
                              "(%zu given)", fname, minpos < npos ? "at most" : "exactly", npos,
                              npos == 1 ? "" : "s", nargs);
    }
    if (nargs < posonly && nargs < minpos)
        return err_format_int(Exc_TypeError, "%s() takes %s %zu positional argument%s "
                              "(%zu given)", fname, minpos < npos ? "at least" : "exactly",
                              minpos, minpos == 1 ? "" : "s", nargs);
    for (size_t i = 0; i < n; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < kwnames_len(kwnames); k++) {
        Obj *key = TUPLE_ITEM(kwnames, k);
        int i = find_name(names, n, key);
        if (i < 0)
            return err_format_int(Exc_TypeError, "'%S' is an invalid keyword argument for %s()",
                                  key, fname);
        if (out[i])
            return err_format_int(Exc_TypeError, "argument for %s() given by name ('%s') and "
                                  "position (%d)", fname, names[i], i + 1);
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < nreq; i++)
        if (!out[i])
            return err_format_int(Exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                                  fname, names[i], i + 1);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */
/* ------------------------------------------------------------------ */

static TypeObj *const object_c_types[] = {
    &Object_Type, &Type_Type, &None_Type, &NotImplemented_Type, &Ellipsis_Type,
    &WrapperDescr_Type, &MethodDescr_Type, &CFunction_Type, &Property_Type,
    &StaticMethod_Type, &ClassMethod_Type, &Member_Type, &GetSet_Type, &SeqIter_Type,
};

/* Object-model start-up: types, then interning (needs dict), then the
 * preallocated MemoryError (needs exceptions: called again by exc_init). */
int object_init(void)
{
    if (intern_init() < 0)
        return -1;
    for (size_t i = 0; i < sizeof object_c_types / sizeof object_c_types[0]; i++)
        if (type_ready(object_c_types[i]) < 0)
            return -1;
    return types_init();
}

/* Called by exc_init once exception classes exist. */
int object_init_memerror(void)
{
    memerr_inst = exc_new(Exc_MemoryError, NULL, 0);
    if (!memerr_inst)
        return -1;
    memerr_inst->refcnt = OBJ_IMMORTAL;
    return 0;
}

/* format(value, spec): type(value).__format__ (the "types" owner's
 * types_format does the lookup and the checks). */
Obj *obj_format(Obj *value, Obj *spec)
{
    return types_format(value, spec);
}
