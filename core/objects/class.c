/* class.c - type objects: `type` and `object`, type_ready for C types,
 * user classes (heap types: multiple inheritance with CPython's C3 MRO
 * and best-base layout rules, __slots__) with the dunder bridge (CPython's slot_*
 * functions: a Python __add__ fills the nb[NB_ADD] slot), slot wrapper
 * descriptors (`object.__init__`, `int.__add__`: C slots seen from
 * Python), method/member/getset descriptors, C functions, property,
 * staticmethod, classmethod and super.
 *
 * Global state: none beyond the static type objects.
 */
#include "objects/object.h"

#include <stdio.h>
#include <string.h>

#include "objects/gc.h"
#include "objects/interp.h"
#include "objects/exc.h"
#include "objects/types.h"

static bool builtin_class_type(TypeObj *t);
static TypeObj *solid_base(TypeObj *t);
static TypeObj *best_base(Obj *bases);
static Obj *mro_c3(TypeObj *t, Obj *bases);

/* ------------------------------------------------------------------ */
/* Slot ids: one per dunder name that maps onto a C slot               */
/* ------------------------------------------------------------------ */

typedef enum SlotId {
    SL_REPR, SL_STR, SL_HASH, SL_CALL, SL_ITER, SL_NEXT, SL_LEN, SL_GETITEM,
    SL_SETITEM, SL_DELITEM, SL_CONTAINS, SL_BOOL, SL_INIT, SL_NEW,
    SL_GETATTRIBUTE, SL_GETATTR, SL_SETATTR, SL_DELATTR, SL_GET, SL_SET,
    SL_DELETE, SL_NEG, SL_POS, SL_INVERT, SL_ABS, SL_INT, SL_FLOAT, SL_INDEX,
    SL_SQ_ADD, SL_SQ_MUL, SL_SQ_RMUL, SL_SQ_IADD, SL_SQ_IMUL,
    SL_CMP,                       /* + CMP_* (6 entries) */
    SL_BIN = SL_CMP + 6,          /* + NbOp: __add__ ... */
    SL_RBIN = SL_BIN + NB_COUNT,  /* + NbOp: __radd__ ... */
    SL_IBIN = SL_RBIN + NB_COUNT, /* + NbOp: __iadd__ ... */
    SL_COUNT = SL_IBIN + NB_COUNT
} SlotId;

static const char *const cmp_names[6] = {
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"
};
static const char *const bin_names[NB_COUNT] = {
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
    "pow", "lshift", "rshift", "and", "xor", "or"
};
static const char *const plain_names[SL_CMP] = {
    "__repr__", "__str__", "__hash__", "__call__", "__iter__", "__next__",
    "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    "__bool__", "__init__", "__new__", "__getattribute__", "__getattr__",
    "__setattr__", "__delattr__", "__get__", "__set__", "__delete__",
    "__neg__", "__pos__", "__invert__", "__abs__", "__int__", "__float__",
    "__index__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__",
};
static Obj *slot_names[SL_COUNT];     /* interned names, by SlotId */

/* Builds slot_names (interned, immortal). */
static int slot_names_init(void)
{
    char buf[32];
    for (int i = 0; i < SL_COUNT; i++) {
        if (slot_names[i])
            continue;
        if (i < SL_CMP)
            snprintf(buf, sizeof buf, "%s", plain_names[i]);
        else if (i < SL_BIN)
            snprintf(buf, sizeof buf, "%s", cmp_names[i - SL_CMP]);
        else if (i < SL_RBIN)
            snprintf(buf, sizeof buf, "__%s__", bin_names[i - SL_BIN]);
        else if (i < SL_IBIN)
            snprintf(buf, sizeof buf, "__r%s__", bin_names[i - SL_RBIN]);
        else
            snprintf(buf, sizeof buf, "__i%s__", bin_names[i - SL_IBIN]);
        if (!(slot_names[i] = str_intern_cstr(buf)))
            return -1;
        slot_names[i]->refcnt = OBJ_IMMORTAL;
    }
    return 0;
}

/* Does type t itself fill the C slot behind `id` (not NULL)? */
static bool slot_present(TypeObj *t, int id)
{
    switch (id) {
    case SL_REPR: return t->repr != NULL;
    case SL_STR: return t->str != NULL;
    case SL_HASH: return t->hash != NULL;
    case SL_CALL: return t->call != NULL;
    case SL_ITER: return t->iter != NULL;
    case SL_NEXT: return t->iternext != NULL;
    case SL_LEN: return t->len != NULL;
    case SL_GETITEM: return t->getitem != NULL;
    case SL_SETITEM: case SL_DELITEM: return t->setitem != NULL;
    case SL_CONTAINS: return t->contains != NULL;
    case SL_BOOL: return t->nb_bool != NULL;
    case SL_INIT: return t->tp_init != NULL;
    case SL_NEW: return t->tp_new != NULL;
    case SL_GETATTRIBUTE: return t->getattr != NULL;
    case SL_GETATTR: return false;
    case SL_SETATTR: case SL_DELATTR: return t->setattr != NULL;
    case SL_GET: return t->descr_get != NULL;
    case SL_SET: case SL_DELETE: return t->descr_set != NULL;
    case SL_NEG: return t->nb_neg != NULL;
    case SL_POS: return t->nb_pos != NULL;
    case SL_INVERT: return t->nb_invert != NULL;
    case SL_ABS: return t->nb_abs != NULL;
    case SL_INT: return t->nb_int != NULL;
    case SL_FLOAT: return t->nb_float != NULL;
    case SL_INDEX: return t->nb_index != NULL;
    case SL_SQ_ADD: return t->sq_concat != NULL;
    case SL_SQ_MUL: case SL_SQ_RMUL: return t->sq_repeat != NULL;
    case SL_SQ_IADD: return t->sq_inplace_concat != NULL;
    case SL_SQ_IMUL: return t->sq_inplace_repeat != NULL;
    }
    if (id < SL_BIN)
        return t->richcompare != NULL;
    if (id < SL_IBIN)
        return t->nb[(id - SL_BIN) % NB_COUNT] != NULL;
    return t->nb_inplace[id - SL_IBIN] != NULL;
}

/* ------------------------------------------------------------------ */
/* Slot wrapper descriptors: C slots callable from Python              */
/* ------------------------------------------------------------------ */

typedef struct WrapperObj {
    Obj ob;
    TypeObj *owner;   /* the type whose slot is wrapped (static, immortal) */
    int id;           /* SlotId */
} WrapperObj;

static Obj *wrap_unary_result(Obj *self, unary_fn f)
{
    return f ? f(self) : err_set(Exc_TypeError, "slot not available");
}

static Obj *wrap_ssize(int64_t n) { return n < 0 ? NULL : int_from_i64(n); }
static Obj *wrap_int(int r) { return r < 0 ? NULL : none_new(); }

/* Calls owner's C slot `id` with Python arguments (self first). */
static Obj *wrap_dispatch(TypeObj *t, int id, Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    switch (id) {
    case SL_REPR: return t->repr ? t->repr(self) : obj_default_repr(self);
    case SL_STR: return t->str ? t->str(self) : obj_repr(self);
    case SL_HASH: { hash_t h = t->hash(self); return h == -1 ? NULL : int_from_i64(h); }
    case SL_CALL: return t->call(self, a, n, kw);
    case SL_ITER: return t->iter(self);
    case SL_NEXT: {
        Obj *r = t->iternext(self);
        return r || err_occurred() ? r : err_set_obj(Exc_StopIteration, NULL);
    }
    case SL_LEN: return wrap_ssize(t->len(self));
    case SL_GETITEM: return t->getitem(self, a[0]);
    case SL_SETITEM: return wrap_int(t->setitem(self, a[0], a[1]));
    case SL_DELITEM: return wrap_int(t->setitem(self, a[0], NULL));
    case SL_CONTAINS: { int r = t->contains(self, a[0]); return r < 0 ? NULL : bool_new(r); }
    case SL_BOOL: { int r = t->nb_bool(self); return r < 0 ? NULL : bool_new(r); }
    case SL_INIT: return wrap_int(t->tp_init(self, a, n, kw));
    case SL_GETATTRIBUTE: return t->getattr(self, a[0]);
    case SL_SETATTR: return wrap_int(t->setattr(self, a[0], a[1]));
    case SL_DELATTR: return wrap_int(t->setattr(self, a[0], NULL));
    case SL_GET: return t->descr_get(self, a[0] == obj_none ? NULL : a[0], n > 1 ? a[1] : NULL);
    case SL_SET: return wrap_int(t->descr_set(self, a[0], a[1]));
    case SL_DELETE: return wrap_int(t->descr_set(self, a[0], NULL));
    case SL_NEG: return wrap_unary_result(self, t->nb_neg);
    case SL_POS: return wrap_unary_result(self, t->nb_pos);
    case SL_INVERT: return wrap_unary_result(self, t->nb_invert);
    case SL_ABS: return wrap_unary_result(self, t->nb_abs);
    case SL_INT: return wrap_unary_result(self, t->nb_int);
    case SL_FLOAT: return wrap_unary_result(self, t->nb_float);
    case SL_INDEX: return wrap_unary_result(self, t->nb_index);
    case SL_SQ_ADD: return t->sq_concat(self, a[0]);
    case SL_SQ_IADD: return t->sq_inplace_concat(self, a[0]);
    case SL_SQ_MUL: case SL_SQ_RMUL: case SL_SQ_IMUL: {
        int64_t k;
        if (obj_as_int64(a[0], &k) < 0)
            return NULL;
        return id == SL_SQ_IMUL ? t->sq_inplace_repeat(self, k) : t->sq_repeat(self, k);
    }
    }
    if (id < SL_BIN)
        return t->richcompare(self, a[0], id - SL_CMP);
    if (id < SL_RBIN)
        return t->nb[id - SL_BIN](self, a[0]);
    if (id < SL_IBIN)
        return t->nb[id - SL_RBIN](a[0], self);
    return t->nb_inplace[id - SL_IBIN](self, a[0]);
}

/* Number of Python arguments (after self) each slot wrapper takes. */
static int wrap_arity(int id)
{
    switch (id) {
    case SL_CALL: case SL_INIT: case SL_NEW: return -1;      /* any */
    case SL_GETITEM: case SL_DELITEM: case SL_CONTAINS: case SL_GETATTRIBUTE:
    case SL_DELATTR: case SL_DELETE: case SL_SQ_ADD: case SL_SQ_MUL:
    case SL_SQ_RMUL: case SL_SQ_IADD: case SL_SQ_IMUL: return 1;
    case SL_SETITEM: case SL_SETATTR: case SL_SET: return 2;
    case SL_GET: return -2;                                  /* 1 or 2 */
    }
    return id >= SL_CMP ? 1 : 0;
}

/* Argument checks shared by the bound and unbound call paths. */
static Obj *wrap_call_self(WrapperObj *w, Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    const char *name = STR_DATA(slot_names[w->id]);
    int ar = wrap_arity(w->id);
    if (ar >= 0 && (args_no_kw(name, kw) < 0 || args_count(name, n, (size_t)ar, (size_t)ar) < 0))
        return NULL;
    if (ar == -2 && (args_no_kw(name, kw) < 0 || args_count(name, n, 1, 2) < 0))
        return NULL;
    if (!obj_typecheck(self, w->owner))
        return err_format(Exc_TypeError, "descriptor '%s' requires a '%s' object but received "
                          "a '%s'", name, w->owner->name, self->type->name);
    return wrap_dispatch(w->owner, w->id, self, a, n, kw);
}

static Obj *slot_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw);

/* X.__new__(cls) may only make what cls's nearest class without a
 * Python __new__ would make itself (CPython's tp_new_wrapper): that
 * BaseException.__new__(ExceptionGroup) cannot leave a group without
 * its exceptions. */
static bool new_is_safe(WrapperObj *w, TypeObj *cls)
{
    TypeObj *t = cls;
    while (t && t->tp_new == slot_new)
        t = t->base;
    if (!t || t->tp_new == w->owner->tp_new)
        return true;
    err_format(Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", w->owner->name,
               cls->name, t->name);
    return false;
}

/* object.__new__(cls, ...) style call: args[0] is the class. */
static Obj *wrap_call_new(WrapperObj *w, Obj *const *a, size_t n, Obj *kw)
{
    if (n < 1)
        return err_format(Exc_TypeError, "%s.__new__(): not enough arguments", w->owner->name);
    if (!TYPE_CHECK(a[0]))
        return err_format(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          w->owner->name, a[0]->type->name);
    TypeObj *cls = (TypeObj *)a[0];
    if (!type_is_subtype(cls, w->owner))
        return err_format(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          w->owner->name, cls->name, cls->name, w->owner->name);
    if (!new_is_safe(w, cls))
        return NULL;
    return w->owner->tp_new(cls, a + 1, n - 1, kw);
}

static Obj *wrapper_call(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    WrapperObj *w = (WrapperObj *)self;
    if (w->id == SL_NEW)
        return wrap_call_new(w, a, n, kw);
    if (n < 1)
        return err_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                          STR_DATA(slot_names[w->id]), w->owner->name);
    return wrap_call_self(w, a[0], a + 1, n - 1, kw);
}

static Obj *wrapper_get(Obj *self, Obj *obj, Obj *type)
{
    (void)type;
    WrapperObj *w = (WrapperObj *)self;
    if (!obj || w->id == SL_NEW)
        return NEWREF(self);
    return method_new(self, obj);
}

static Obj *wrapper_repr(Obj *self)
{
    WrapperObj *w = (WrapperObj *)self;
    if (w->id == SL_NEW)
        return str_from_format("<built-in method __new__ of type object at %p>", (void *)w->owner);
    return str_from_format("<slot wrapper '%S' of '%s' objects>", slot_names[w->id], w->owner->name);
}

static void plain_dealloc(Obj *o) { obj_free(o); }

TypeObj WrapperDescr_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperObj), .dealloc = plain_dealloc,
    .repr = wrapper_repr, .call = wrapper_call, .descr_get = wrapper_get,
};

/* Adds `name -> wrapper(owner, id)` to t's dict unless already present. */
static int add_wrapper(TypeObj *t, int id)
{
    if (dict_getitem(t->dict, slot_names[id]))
        return 0;
    if (id == SL_HASH && t->hash == types_unhashable)     /* list.__hash__ is None */
        return dict_setitem(t->dict, slot_names[id], obj_none);
    WrapperObj *w = (WrapperObj *)obj_alloc(&WrapperDescr_Type, 0);
    if (!w)
        return -1;
    w->owner = t;
    w->id = id;
    int r = dict_setitem(t->dict, slot_names[id], (Obj *)w);
    DECREF(w);
    return r;
}

/* ------------------------------------------------------------------ */
/* Method, member and getset descriptors; C functions                  */
/* ------------------------------------------------------------------ */

typedef struct MethodDescrObj {
    Obj ob;
    const MethodDef *def;  /* the C method */
    TypeObj *owner;        /* defining type (owned if it is a class) */
} MethodDescrObj;

/* The head the method, member and getset descriptors share: each def
 * starts with its name.  A descriptor of a class owns a reference to it
 * (its definition may live in the class, as __slots__' members do), as
 * CPython's d_type. */
typedef struct DescrHead {
    Obj ob;
    const struct { const char *name; } *def;
    TypeObj *owner;
} DescrHead;

static void descr_set_owner(Obj *d, TypeObj *t)
{
    ((DescrHead *)d)->owner = t;
    if (t->flags & TPF_HEAPTYPE)
        INCREF(t);
}

static void descr_dealloc(Obj *o)
{
    TypeObj *t = ((DescrHead *)o)->owner;
    if (t && (t->flags & TPF_HEAPTYPE))
        DECREF(t);
    obj_free(o);
}

static void descr_traverse(Obj *o, GCVisitor *v)
{
    TypeObj *t = ((DescrHead *)o)->owner;
    if (t && (t->flags & TPF_HEAPTYPE))
        GC_VISIT(t);
}

bool methoddescr_binds_instance(Obj *d)
{
    return (((MethodDescrObj *)d)->def->flags & (METH_CLASS | METH_STATIC)) == 0;
}

static Obj *methoddescr_get(Obj *self, Obj *obj, Obj *type)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    if (d->def->flags & METH_CLASS)
        return cfunc_new(d->def, type ? type : (Obj *)obj->type, NULL);
    if (d->def->flags & METH_STATIC)
        return cfunc_new(d->def, NULL, NULL);
    if (!obj)
        return NEWREF(self);
    return cfunc_new(d->def, obj, NULL);
}

/* "owner.name" (or "name" without an owner) for argument errors. */
static void method_qualname(const char *owner, const MethodDef *def, char *buf, size_t cap)
{
    if (owner)
        snprintf(buf, cap, "%s.%s", owner, def->name);
    else
        snprintf(buf, cap, "%s", def->name);
}

/* Checks the arguments against the METH_* flags, then calls.  The name
 * for an error message is only made when there is an error. */
static Obj *cmethod_invoke(const MethodDef *def, const char *owner, Obj *self,
                           Obj *const *a, size_t n, Obj *kw)
{
    int f = def->flags;
    bool bad_kw = !(f & METH_KEYWORDS) && kw && TUPLE_SIZE(kw);
    if (bad_kw || ((f & METH_NOARGS) && n != 0) || ((f & METH_O) && n != 1)) {
        char qual[128];
        method_qualname(owner, def, qual, sizeof qual);
        if (!(f & METH_KEYWORDS) && args_no_kw(qual, kw) < 0)
            return NULL;
        if ((f & METH_NOARGS) && args_count(qual, n, 0, 0) < 0)
            return NULL;
        if ((f & METH_O) && args_count(qual, n, 1, 1) < 0)
            return NULL;
    }
    return def->fn(self, (f & METH_NOARGS) ? NULL : a, n, (f & METH_KEYWORDS) ? kw : NULL);
}

static Obj *methoddescr_call(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    const char *owner = d->owner->name;
    if (d->def->flags & METH_STATIC)
        return cmethod_invoke(d->def, owner, NULL, a, n, kw);
    if (n < 1)
        return err_format(Exc_TypeError, "unbound method %s.%s() needs an argument", owner,
                          d->def->name);
    if (d->def->flags & METH_CLASS)
        return cmethod_invoke(d->def, owner, a[0], a + 1, n - 1, kw);
    if (!obj_typecheck(a[0], d->owner))
        return err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a "
                          "'%s' object", d->def->name, owner, a[0]->type->name);
    return cmethod_invoke(d->def, owner, a[0], a + 1, n - 1, kw);
}

static Obj *methoddescr_repr(Obj *self)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}


static Obj *descr_get_name(Obj *self, void *c)
{
    (void)c;
    return str_from_cstr(((DescrHead *)self)->def->name);
}

static Obj *descr_get_qualname(Obj *self, void *c)
{
    (void)c;
    DescrHead *d = (DescrHead *)self;
    return str_from_format("%s.%s", d->owner->name, d->def->name);
}

static Obj *descr_get_objclass(Obj *self, void *c)
{
    (void)c;
    return NEWREF((Obj *)((DescrHead *)self)->owner);
}

static const GetSetDef descr_name_getset[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

TypeObj MethodDescr_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObj), .dealloc = descr_dealloc, .traverse = descr_traverse,
    .repr = methoddescr_repr, .call = methoddescr_call, .descr_get = methoddescr_get,
    .getset = descr_name_getset,
};

typedef struct MemberDescrObj {
    Obj ob;
    const MemberDef *def;  /* field description */
    TypeObj *owner;        /* defining type */
} MemberDescrObj;

/* A slot's descriptor applies to instances of its class only. */
static int member_check(MemberDescrObj *d, Obj *obj)
{
    if (obj_typecheck(obj, d->owner))
        return 0;
    return err_format_int(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a "
                          "'%s' object", d->def->name, d->owner->name, obj->type->name);
}

static Obj *member_get(Obj *self, Obj *obj, Obj *type)
{
    (void)type;
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (!obj)
        return NEWREF(self);
    if (d->def->kind == MEMBER_SLOT && member_check(d, obj) < 0)
        return NULL;
    char *p = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case MEMBER_SLOT:
        if (!*(Obj **)p)
            return err_format(Exc_AttributeError, "'%s' object has no attribute '%s'",
                              obj->type->name, d->def->name);
        return NEWREF(*(Obj **)p);
    case MEMBER_OBJ: return XNEWREF(*(Obj **)p) ? *(Obj **)p : none_new();
    case MEMBER_OBJ_EX:
        if (!*(Obj **)p)
            return err_format(Exc_AttributeError, "%s", d->def->name);
        return NEWREF(*(Obj **)p);
    case MEMBER_INT64: return int_from_i64(*(int64_t *)p);
    case MEMBER_BOOL: return bool_new(*(bool *)p);
    }
    return NULL;
}

static int member_set(Obj *self, Obj *obj, Obj *value)
{
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (d->def->readonly)
        return err_format_int(Exc_AttributeError, "readonly attribute");
    if (d->def->kind == MEMBER_SLOT && member_check(d, obj) < 0)
        return -1;
    char *p = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case MEMBER_SLOT:
        if (!value && !*(Obj **)p)
            return err_format_int(Exc_AttributeError, "%s", d->def->name);
        SETREF(*(Obj **)p, XNEWREF(value));
        return 0;
    case MEMBER_OBJ: case MEMBER_OBJ_EX:
        SETREF(*(Obj **)p, XNEWREF(value));
        return 0;
    case MEMBER_INT64:
        if (!value)
            return err_format_int(Exc_TypeError, "can't delete numeric/char attribute");
        return obj_as_int64(value, (int64_t *)p);
    case MEMBER_BOOL: {
        int t = value ? obj_is_true(value) : -1;
        if (t >= 0)
            *(bool *)p = t;
        return t < 0 ? -1 : 0;
    }
    }
    return -1;
}

static Obj *member_repr(Obj *self)
{
    MemberDescrObj *d = (MemberDescrObj *)self;
    return str_from_format("<member '%s' of '%s' objects>", d->def->name, d->owner->name);
}

TypeObj Member_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObj), .dealloc = descr_dealloc, .traverse = descr_traverse,
    .repr = member_repr, .descr_get = member_get, .descr_set = member_set,
    .getset = descr_name_getset,
};

typedef struct GetSetDescrObj {
    Obj ob;
    const GetSetDef *def;  /* accessor functions */
    TypeObj *owner;        /* defining type */
} GetSetDescrObj;

static Obj *getset_get(Obj *self, Obj *obj, Obj *type)
{
    (void)type;
    GetSetDescrObj *d = (GetSetDescrObj *)self;
    if (!obj)
        return NEWREF(self);
    return d->def->get(obj, d->def->closure);
}

static int getset_set(Obj *self, Obj *obj, Obj *value)
{
    GetSetDescrObj *d = (GetSetDescrObj *)self;
    if (!d->def->set)
        return err_format_int(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                              d->def->name, d->owner->name);
    return d->def->set(obj, value, d->def->closure);
}

static Obj *getset_repr(Obj *self)
{
    GetSetDescrObj *d = (GetSetDescrObj *)self;
    return str_from_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

TypeObj GetSet_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj), .dealloc = descr_dealloc, .traverse = descr_traverse,
    .repr = getset_repr, .descr_get = getset_get, .descr_set = getset_set,
    .getset = descr_name_getset,
};

/* -- C functions (builtin_function_or_method) -- */

static void cfunc_dealloc(Obj *o)
{
    CFuncObj *f = (CFuncObj *)o;
    XDECREF(f->self);
    XDECREF(f->module);
    obj_free(o);
}

Obj *cfunc_new(const MethodDef *def, Obj *self, Obj *module)
{
    CFuncObj *f = (CFuncObj *)obj_alloc(&CFunction_Type, 0);
    if (!f)
        return NULL;
    f->def = def;
    f->self = XNEWREF(self);
    f->module = XNEWREF(module);
    return (Obj *)f;
}

/* The owner in "list.append" for a method of an object; NULL for a
 * module function ("len"). */
static const char *cfunc_owner(CFuncObj *f)
{
    Obj *s = f->self;
    if (!s || s->type == &Module_Type)
        return NULL;
    return TYPE_CHECK(s) ? ((TypeObj *)s)->name : s->type->name;
}

static Obj *cfunc_call(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    CFuncObj *f = (CFuncObj *)self;
    return cmethod_invoke(f->def, cfunc_owner(f), f->self, a, n, kw);
}

static Obj *cfunc_repr(Obj *self)
{
    CFuncObj *f = (CFuncObj *)self;
    if (!f->self || f->self->type == &Module_Type)
        return str_from_format("<built-in function %s>", f->def->name);
    if (TYPE_CHECK(f->self))
        return str_from_format("<built-in method %s of type object at %p>", f->def->name,
                               (void *)f->self);
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                           f->self->type->name, (void *)f->self);
}

static Obj *cfunc_get_name(Obj *self, void *c)
{
    (void)c;
    return str_from_cstr(((CFuncObj *)self)->def->name);
}

/* "list.append" for a method, "len" for a function (CPython's
 * builtin_function_or_method.__qualname__). */
static Obj *cfunc_get_qualname(Obj *self, void *c)
{
    (void)c;
    CFuncObj *f = (CFuncObj *)self;
    const char *owner = cfunc_owner(f);
    return owner ? str_from_format("%s.%s", owner, f->def->name) : str_from_cstr(f->def->name);
}

static Obj *cfunc_get_self(Obj *self, void *c)
{
    (void)c;
    Obj *s = ((CFuncObj *)self)->self;
    return s ? NEWREF(s) : none_new();
}

static Obj *cfunc_get_module(Obj *self, void *c)
{
    (void)c;
    Obj *m = ((CFuncObj *)self)->module;
    return m ? NEWREF(m) : none_new();
}

static Obj *cfunc_get_doc(Obj *self, void *c)
{
    (void)c;
    const char *d = ((CFuncObj *)self)->def->doc;
    return d ? str_from_cstr(d) : none_new();
}

static const GetSetDef cfunc_getset[] = {
    { "__name__", cfunc_get_name, NULL, NULL },
    { "__module__", cfunc_get_module, NULL, NULL },
    { "__doc__", cfunc_get_doc, NULL, NULL },
    { "__qualname__", cfunc_get_qualname, NULL, NULL },
    { "__self__", cfunc_get_self, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void cfunc_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((CFuncObj *)o)->self);
    GC_VISIT(((CFuncObj *)o)->module);
}

TypeObj CFunction_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "builtin_function_or_method",
    .traverse = cfunc_traverse,
    .basicsize = sizeof(CFuncObj), .dealloc = cfunc_dealloc,
    .repr = cfunc_repr, .call = cfunc_call, .hash = obj_default_hash,
    .getset = cfunc_getset,
};

/* ------------------------------------------------------------------ */
/* property, staticmethod, classmethod                                 */
/* ------------------------------------------------------------------ */

typedef struct PropertyObj {
    Obj ob;
    Obj *fget, *fset, *fdel; /* accessors or NULL */
    Obj *doc;                /* __doc__ or NULL */
    Obj *name;               /* set by __set_name__ (for messages) or NULL */
} PropertyObj;

static void property_dealloc(Obj *o)
{
    PropertyObj *p = (PropertyObj *)o;
    XDECREF(p->fget);
    XDECREF(p->fset);
    XDECREF(p->fdel);
    XDECREF(p->doc);
    XDECREF(p->name);
    obj_free(o);
}

static Obj *none_to_null(Obj *o) { return o && o != obj_none ? o : NULL; }

Obj *property_new(Obj *fget, Obj *fset, Obj *fdel, Obj *doc)
{
    PropertyObj *p = (PropertyObj *)obj_alloc(&Property_Type, 0);
    if (!p)
        return NULL;
    p->fget = XNEWREF(none_to_null(fget));
    p->fset = XNEWREF(none_to_null(fset));
    p->fdel = XNEWREF(none_to_null(fdel));
    p->doc = XNEWREF(none_to_null(doc));
    if (!p->doc && p->fget) {        /* the getter's docstring */
        Obj *d = obj_getattr_opt(p->fget, ID(__doc__));
        if (!d && err_occurred()) {
            DECREF(p);
            return NULL;
        }
        p->doc = d && d != obj_none ? d : NULL;
        if (d == obj_none)
            DECREF(d);
    }
    return (Obj *)p;
}

static Obj *property_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    static const char *const names[] = { "fget", "fset", "fdel", "doc" };
    Obj *v[4];
    if (args_parse("property", a, n, kw, names, 4, 4, 0, v) < 0)
        return NULL;
    return property_new(v[0], v[1], v[2], v[3]);
}

/* "property 'x' of 'C' object has no getter" (3.11 wording). */
static int property_err(PropertyObj *p, Obj *obj, const char *what)
{
    if (p->name)
        return err_format_int(Exc_AttributeError, "property '%S' of '%s' object has no %s",
                              p->name, obj->type->name, what);
    return err_format_int(Exc_AttributeError, "property of '%s' object has no %s",
                          obj->type->name, what);
}

static Obj *property_get(Obj *self, Obj *obj, Obj *type)
{
    (void)type;
    PropertyObj *p = (PropertyObj *)self;
    if (!obj)
        return NEWREF(self);
    if (!p->fget) {
        property_err(p, obj, "getter");
        return NULL;
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Obj *self, Obj *obj, Obj *value)
{
    PropertyObj *p = (PropertyObj *)self;
    Obj *f = value ? p->fset : p->fdel;
    if (!f)
        return property_err(p, obj, value ? "setter" : "deleter");
    Obj *r = value ? obj_call2(f, obj, value) : obj_call1(f, obj);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

/* property.getter/setter/deleter: a copy with one accessor replaced. */
static Obj *property_copy(Obj *self, int which, Obj *f)
{
    PropertyObj *p = (PropertyObj *)self;
    Obj *acc[3] = { p->fget, p->fset, p->fdel };
    acc[which] = f;
    PropertyObj *n = (PropertyObj *)property_new(acc[0], acc[1], acc[2], p->doc);
    if (n && p->name)
        n->name = NEWREF(p->name);
    return (Obj *)n;
}

static Obj *property_getter(Obj *s, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return property_copy(s, 0, a[0]);
}

static Obj *property_setter(Obj *s, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return property_copy(s, 1, a[0]);
}

static Obj *property_deleter(Obj *s, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return property_copy(s, 2, a[0]);
}

static Obj *property_set_name(Obj *s, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    SETREF(((PropertyObj *)s)->name, NEWREF(a[1]));
    return none_new();
}

static const MethodDef property_methods[] = {
    { "getter", property_getter, METH_O, NULL },
    { "setter", property_setter, METH_O, NULL },
    { "deleter", property_deleter, METH_O, NULL },
    { "__set_name__", property_set_name, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static const MemberDef property_members[] = {
    { "fget", MEMBER_OBJ, offsetof(PropertyObj, fget), true },
    { "fset", MEMBER_OBJ, offsetof(PropertyObj, fset), true },
    { "fdel", MEMBER_OBJ, offsetof(PropertyObj, fdel), true },
    { "__doc__", MEMBER_OBJ, offsetof(PropertyObj, doc), false },
    { NULL, 0, 0, false },
};

static void property_traverse(Obj *o, GCVisitor *v)
{
    PropertyObj *p = (PropertyObj *)o;
    GC_VISIT(p->fget);
    GC_VISIT(p->fset);
    GC_VISIT(p->fdel);
    GC_VISIT(p->doc);
    GC_VISIT(p->name);
}

TypeObj Property_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "property",
    .traverse = property_traverse,
    .basicsize = sizeof(PropertyObj), .flags = TPF_BASETYPE,
    .dealloc = property_dealloc, .tp_new = property_tp_new,
    .descr_get = property_get, .descr_set = property_set,
    .methods = property_methods, .members = property_members,
};

/* staticmethod / classmethod wrap one callable. */
typedef struct WrapFuncObj {
    Obj ob;
    Obj *func;      /* the wrapped callable */
    Obj *dict;      /* __dict__ (lazily created) */
} WrapFuncObj;

static void wrapfunc_dealloc(Obj *o)
{
    XDECREF(((WrapFuncObj *)o)->func);
    XDECREF(((WrapFuncObj *)o)->dict);
    obj_free(o);
}

static Obj *wrapfunc_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    if (args_no_kw(t->name, kw) < 0)
        return NULL;
    if (n != 1)
        return err_format(Exc_TypeError, "%s expected 1 argument, got %zu", t->name, n);
    WrapFuncObj *w = (WrapFuncObj *)obj_alloc(t, 0);
    if (!w)
        return NULL;
    w->func = NEWREF(a[0]);
    /* functools.wraps: __module__, __name__, __qualname__, __doc__,
     * __wrapped__ (CPython 3.10+) */
    Obj *const names[] = { ID(__module__), ID(__name__), ID(__qualname__), ID(__doc__) };
    if (!(w->dict = dict_new()))
        goto fail;
    for (size_t i = 0; i < 4; i++) {
        Obj *v = obj_getattr_opt(a[0], names[i]);
        if (!v && err_occurred())
            goto fail;
        int r = v ? dict_setitem(w->dict, names[i], v) : 0;
        XDECREF(v);
        if (r < 0)
            goto fail;
    }
    if (dict_setitem_cstr(w->dict, "__wrapped__", a[0]) < 0)
        goto fail;
    return (Obj *)w;
fail:
    DECREF(w);
    return NULL;
}

static Obj *wrapfunc_repr(Obj *self)
{
    return str_from_format("<%s(%R)>", self->type->name, ((WrapFuncObj *)self)->func);
}

static Obj *staticmethod_get(Obj *self, Obj *obj, Obj *type)
{
    (void)obj; (void)type;
    return NEWREF(((WrapFuncObj *)self)->func);
}

static Obj *staticmethod_call(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    return obj_call(((WrapFuncObj *)self)->func, a, n, kw);
}

static Obj *classmethod_get(Obj *self, Obj *obj, Obj *type)
{
    if (!type)
        type = (Obj *)obj->type;
    return method_new(((WrapFuncObj *)self)->func, type);
}

static const MemberDef wrapfunc_members[] = {
    { "__func__", MEMBER_OBJ, offsetof(WrapFuncObj, func), true },
    { NULL, 0, 0, false },
};

static void wrapfunc_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((WrapFuncObj *)o)->func);
    GC_VISIT(((WrapFuncObj *)o)->dict);
}

static void wrapfunc_clear(Obj *o) { CLEAR(((WrapFuncObj *)o)->dict); }

TypeObj StaticMethod_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "staticmethod",
    .traverse = wrapfunc_traverse, .clear = wrapfunc_clear,
    .basicsize = sizeof(WrapFuncObj), .flags = TPF_BASETYPE,
    .dictoffset = offsetof(WrapFuncObj, dict),
    .dealloc = wrapfunc_dealloc, .tp_new = wrapfunc_new, .call = staticmethod_call,
    .repr = wrapfunc_repr,
    .descr_get = staticmethod_get, .members = wrapfunc_members,
};

TypeObj ClassMethod_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "classmethod",
    .traverse = wrapfunc_traverse, .clear = wrapfunc_clear,
    .basicsize = sizeof(WrapFuncObj), .flags = TPF_BASETYPE,
    .dictoffset = offsetof(WrapFuncObj, dict),
    .dealloc = wrapfunc_dealloc, .tp_new = wrapfunc_new, .repr = wrapfunc_repr,
    .descr_get = classmethod_get, .members = wrapfunc_members,
};

/* ------------------------------------------------------------------ */
/* type_ready: make a static type usable                               */
/* ------------------------------------------------------------------ */

/* Along the MRO once there is one (it holds every base, not only the
 * base chain), else along the base chain. */
bool type_is_subtype(TypeObj *a, TypeObj *b)
{
    if (a->mro) {
        for (size_t i = 0; i < TUPLE_SIZE(a->mro); i++)
            if (TUPLE_ITEM(a->mro, i) == (Obj *)b)
                return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b)
            return true;
    return false;
}

Obj *type_lookup(TypeObj *t, Obj *name)
{
    Obj *mro = t->mro;
    if (!mro) {       /* not ready yet: walk the base chain */
        for (; t; t = t->base)
            if (t->dict) {
                Obj *v = dict_getitem(t->dict, name);
                if (v)
                    return v;
            }
        return NULL;
    }
    for (size_t i = 0; i < TUPLE_SIZE(mro); i++) {
        Obj *v = dict_getitem(((TypeObj *)TUPLE_ITEM(mro, i))->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

/* Copies every slot t leaves NULL from its base (hash and richcompare
 * only as a pair, as CPython: defining == alone makes a type unhashable). */
static void inherit_slots(TypeObj *t, TypeObj *b)
{
#define INH(f) if (!t->f) t->f = b->f
    INH(dealloc); INH(tp_new); INH(tp_init); INH(repr); INH(str); INH(call);
    INH(getattr); INH(setattr); INH(descr_get); INH(descr_set); INH(iter);
    INH(iternext); INH(nb_neg); INH(nb_pos); INH(nb_invert); INH(nb_abs);
    INH(nb_bool); INH(nb_int); INH(nb_float); INH(nb_index); INH(len);
    INH(getitem); INH(setitem); INH(contains); INH(sq_concat); INH(sq_repeat);
    INH(sq_inplace_concat); INH(sq_inplace_repeat);
    INH(traverse); INH(clear); INH(finalize);
    for (int i = 0; i < NB_COUNT; i++) {
        INH(nb[i]);
        INH(nb_inplace[i]);
    }
#undef INH
    if (!t->hash && !t->richcompare && !(t->flags & TPF_ABSTRACT_HASH)) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    t->flags |= b->flags & TPF_INHERITED;
}

/* Adds descriptors for methods/members/getset tables to t->dict. */
static int add_tables(TypeObj *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        MethodDescrObj *d = (MethodDescrObj *)obj_alloc(&MethodDescr_Type, 0);
        if (!d)
            return -1;
        d->def = m;
        descr_set_owner((Obj *)d, t);
        Obj *v = (Obj *)d;
        if (m->flags & METH_STATIC) {      /* stored as the plain function */
            v = cfunc_new(m, NULL, NULL);
            DECREF(d);
            if (!v)
                return -1;
        }
        int r = dict_setitem_cstr(t->dict, m->name, v);
        DECREF(v);
        if (r < 0)
            return -1;
    }
    for (const MemberDef *m = t->members; m && m->name; m++) {
        MemberDescrObj *d = (MemberDescrObj *)obj_alloc(&Member_Type, 0);
        if (!d)
            return -1;
        d->def = m;
        descr_set_owner((Obj *)d, t);
        int r = dict_setitem_cstr(t->dict, m->name, (Obj *)d);
        DECREF(d);
        if (r < 0)
            return -1;
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        GetSetDescrObj *d = (GetSetDescrObj *)obj_alloc(&GetSet_Type, 0);
        if (!d)
            return -1;
        d->def = g;
        descr_set_owner((Obj *)d, t);
        int r = dict_setitem_cstr(t->dict, g->name, (Obj *)d);
        DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

int type_add_getset(TypeObj *t, const GetSetDef *defs)
{
    for (const GetSetDef *g = defs; g && g->name; g++) {
        GetSetDescrObj *d = (GetSetDescrObj *)obj_alloc(&GetSet_Type, 0);
        if (!d)
            return -1;
        d->def = g;
        descr_set_owner((Obj *)d, t);
        int r = dict_setitem_cstr(t->dict, g->name, (Obj *)d);
        DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* Adds slot wrappers for the slots t fills itself (before inheritance). */
static int add_slot_wrappers(TypeObj *t, bool *own)
{
    for (int id = 0; id < SL_COUNT; id++) {
        if (!own[id] || id == SL_GETATTR)
            continue;
        if (add_wrapper(t, id) < 0)
            return -1;
    }
    return 0;
}

/* t's MRO as a tuple: t, then its base's MRO (base, base's base, ...,
 * object). */
static Obj *compute_mro(TypeObj *t)
{
    Obj *inherited = t->base ? t->base->mro : NULL;
    size_t n = 1;
    if (inherited)
        n += TUPLE_SIZE(inherited);
    else
        for (TypeObj *b = t->base; b; b = b->base)
            n++;
    Obj *mro = tuple_new(n);
    if (!mro)
        return NULL;
    TUPLE_ITEM(mro, 0) = NEWREF((Obj *)t);
    size_t i = 1;
    if (inherited)
        for (; i < n; i++)
            TUPLE_ITEM(mro, i) = NEWREF(TUPLE_ITEM(inherited, i - 1));
    else
        for (TypeObj *b = t->base; b; b = b->base)
            TUPLE_ITEM(mro, i++) = NEWREF((Obj *)b);
    return mro;
}

/* __name__ of a static type: its tp_name after the last dot; the part
 * before it (CPython's "_contextvars.Context") becomes __module__, so the
 * class shows as <class '_contextvars.Context'> and messages name it with
 * its module, as CPython's tp_name does. */
static int type_name_parts(TypeObj *t)
{
    const char *dot = (t->flags & TPF_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    if (!dot)
        return (t->name_obj = str_from_cstr(t->name)) ? 0 : -1;
    Obj *mod = str_from_utf8(t->name, (size_t)(dot - t->name));
    int st = mod && !dict_getitem(t->dict, ID(__module__)) ?
             dict_setitem(t->dict, ID(__module__), mod) : mod ? 0 : -1;
    XDECREF(mod);
    return st < 0 || !(t->name_obj = str_from_cstr(dot + 1)) ? -1 : 0;
}

int type_ready(TypeObj *t)
{
    if (t->flags & TPF_READY)
        return 0;
    if (slot_names_init() < 0)
        return -1;
    if (!t->base && t != &Object_Type)
        t->base = &Object_Type;
    if (t->base && type_ready(t->base) < 0)
        return -1;
    bool own[SL_COUNT];
    for (int id = 0; id < SL_COUNT; id++)   /* before inheritance: t's own */
        own[id] = slot_present(t, id);
    if (!t->dict && !(t->dict = dict_new()))
        return -1;
    ((DictObj *)t->dict)->of_type = true;
    if (add_tables(t) < 0 || add_slot_wrappers(t, own) < 0)
        return -1;
    if (t->base)
        inherit_slots(t, t->base);
    if (!t->name_obj && type_name_parts(t) < 0)
        return -1;
    if (!t->mro && !(t->mro = compute_mro(t)))
        return -1;
    if (t->doc && !dict_getitem(t->dict, ID(__doc__))) {
        Obj *d = str_from_cstr(t->doc);
        if (!d || dict_setitem(t->dict, ID(__doc__), d) < 0)
            return -1;
        DECREF(d);
    }
    t->flags |= TPF_READY;
    return 0;
}

/* ------------------------------------------------------------------ */
/* The dunder bridge: C slots of user classes call Python methods      */
/* ------------------------------------------------------------------ */

/* type(self).<name>(self, *args); AttributeError if missing. */
static Obj *call_dunder(Obj *self, Obj *name, Obj *const *a, size_t n)
{
    bool found;
    Obj *r = obj_call_special(self, name, a, n, &found);
    if (!found && !err_occurred())
        return err_format(Exc_AttributeError, "%S", name);
    return r;
}

/* Same, with keywords: used by __call__/__init__/__new__ bridges. */
static Obj *call_dunder_kw(Obj *self, Obj *name, Obj *const *a, size_t n, Obj *kw)
{
    Obj *f = type_lookup(self->type, name);
    if (!f)
        return err_format(Exc_AttributeError, "%S", name);
    INCREF(f);
    Obj *r = call_with_self(f, self, a, n, kw);
    DECREF(f);
    return r;
}

static Obj *slot_repr(Obj *s) { return call_dunder(s, ID(__repr__), NULL, 0); }
static Obj *slot_str(Obj *s) { return call_dunder(s, ID(__str__), NULL, 0); }
static Obj *slot_iter(Obj *s) { return call_dunder(s, ID(__iter__), NULL, 0); }
static Obj *slot_next(Obj *s) { return call_dunder(s, ID(__next__), NULL, 0); }
static Obj *slot_neg(Obj *s) { return call_dunder(s, ID(__neg__), NULL, 0); }
static Obj *slot_pos(Obj *s) { return call_dunder(s, ID(__pos__), NULL, 0); }
static Obj *slot_invert(Obj *s) { return call_dunder(s, ID(__invert__), NULL, 0); }
static Obj *slot_abs(Obj *s) { return call_dunder(s, ID(__abs__), NULL, 0); }
static Obj *slot_int(Obj *s) { return call_dunder(s, ID(__int__), NULL, 0); }
static Obj *slot_float(Obj *s) { return call_dunder(s, ID(__float__), NULL, 0); }
static Obj *slot_index(Obj *s) { return call_dunder(s, ID(__index__), NULL, 0); }
static Obj *slot_getitem(Obj *s, Obj *k) { return call_dunder(s, ID(__getitem__), &k, 1); }

static Obj *slot_call(Obj *s, Obj *const *a, size_t n, Obj *kw)
{
    return call_dunder_kw(s, ID(__call__), a, n, kw);
}

static hash_t slot_hash(Obj *s)
{
    Obj *r = call_dunder(s, ID(__hash__), NULL, 0);
    if (!r)
        return -1;
    if (!INT_CHECK(r)) {
        DECREF(r);
        err_set(Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t v;
    if (int_as_i64(r, &v) < 0) {     /* huge: reduce through the int hash */
        err_clear();
        v = r->type->hash(r);
    }
    DECREF(r);
    return v == -1 ? -2 : v;
}

static int64_t slot_len(Obj *s)
{
    Obj *r = call_dunder(s, ID(__len__), NULL, 0);
    if (!r)
        return -1;
    int64_t v;
    if (!INT_CHECK(r)) {
        err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", r->type->name);
        DECREF(r);
        return -1;
    }
    int rc = int_as_i64(r, &v);
    DECREF(r);
    if (rc < 0)
        return -1;
    if (v < 0) {
        err_set(Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return v;
}

static int slot_bool(Obj *s)
{
    Obj *r = call_dunder(s, ID(__bool__), NULL, 0);
    if (!r)
        return -1;
    if (!BOOL_CHECK(r)) {
        err_format(Exc_TypeError, "__bool__ should return bool, returned %s", r->type->name);
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return r == obj_true;
}

static int slot_setitem(Obj *s, Obj *k, Obj *v)
{
    Obj *a[2] = { k, v };
    Obj *r = v ? call_dunder(s, ID(__setitem__), a, 2) : call_dunder(s, ID(__delitem__), a, 1);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static int slot_contains(Obj *s, Obj *item)
{
    bool found;
    Obj *r = obj_call_special(s, ID(__contains__), &item, 1, &found);
    if (!found && !err_occurred()) {   /* __contains__ = None etc: iterate */
        TypeObj *t = s->type;
        contains_fn save = t->contains;
        t->contains = NULL;
        int x = obj_contains(s, item);
        t->contains = save;
        return x;
    }
    if (!r)
        return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

static Obj *slot_richcompare(Obj *s, Obj *o, int op)
{
    bool found;
    Obj *r = obj_call_special(s, slot_names[SL_CMP + op], &o, 1, &found);
    if (!found && !err_occurred())
        return notimpl_new();
    return r;
}

/* Is `name` defined by a Python function somewhere along t's MRO (as
 * opposed to a C slot wrapper)? */
static bool has_python_override(TypeObj *t, Obj *name)
{
    Obj *f = type_lookup(t, name);
    return f && f->type != &WrapperDescr_Type;
}

/* CPython's SLOT1BINFULL: a OP b for heap types, trying b.__rop__ first
 * when b's type is a subclass overriding it. */
static Obj *slot_binop(Obj *a, Obj *b, NbOp op, binary_fn self_fn)
{
    Obj *name = slot_names[SL_BIN + op], *rname = slot_names[SL_RBIN + op];
    bool found;
    bool do_other = a->type != b->type && b->type->nb[op] == self_fn;
    if (a->type->nb[op] == self_fn) {
        if (do_other && type_is_subtype(b->type, a->type) && has_python_override(b->type, rname)) {
            Obj *r = obj_call_special(b, rname, &a, 1, &found);
            if (!found && !err_occurred())
                r = notimpl_new();
            if (r != obj_notimpl)
                return r;
            DECREF(r);
            do_other = false;
        }
        Obj *r = obj_call_special(a, name, &b, 1, &found);
        if (!found && !err_occurred())
            r = notimpl_new();
        if (r != obj_notimpl || a->type == b->type)
            return r;
        DECREF(r);
    }
    if (do_other) {
        Obj *r = obj_call_special(b, rname, &a, 1, &found);
        if (!found && !err_occurred())
            r = notimpl_new();
        return r;
    }
    return notimpl_new();
}

#define SLOT_BIN(op) \
    static Obj *slot_bin_##op(Obj *a, Obj *b); \
    static Obj *slot_bin_##op(Obj *a, Obj *b) { return slot_binop(a, b, op, slot_bin_##op); } \
    static Obj *slot_ibin_##op(Obj *a, Obj *b) { \
        bool found; \
        Obj *r = obj_call_special(a, slot_names[SL_IBIN + op], &b, 1, &found); \
        return (!found && !err_occurred()) ? notimpl_new() : r; }
SLOT_BIN(NB_ADD) SLOT_BIN(NB_SUB) SLOT_BIN(NB_MUL) SLOT_BIN(NB_MATMUL)
SLOT_BIN(NB_TRUEDIV) SLOT_BIN(NB_FLOORDIV) SLOT_BIN(NB_MOD) SLOT_BIN(NB_DIVMOD)
SLOT_BIN(NB_POW) SLOT_BIN(NB_LSHIFT) SLOT_BIN(NB_RSHIFT) SLOT_BIN(NB_AND)
SLOT_BIN(NB_XOR) SLOT_BIN(NB_OR)
#undef SLOT_BIN

static const binary_fn slot_bin_fns[NB_COUNT] = {
    slot_bin_NB_ADD, slot_bin_NB_SUB, slot_bin_NB_MUL, slot_bin_NB_MATMUL,
    slot_bin_NB_TRUEDIV, slot_bin_NB_FLOORDIV, slot_bin_NB_MOD, slot_bin_NB_DIVMOD,
    slot_bin_NB_POW, slot_bin_NB_LSHIFT, slot_bin_NB_RSHIFT, slot_bin_NB_AND,
    slot_bin_NB_XOR, slot_bin_NB_OR,
};
static const binary_fn slot_ibin_fns[NB_COUNT] = {
    slot_ibin_NB_ADD, slot_ibin_NB_SUB, slot_ibin_NB_MUL, slot_ibin_NB_MATMUL,
    slot_ibin_NB_TRUEDIV, slot_ibin_NB_FLOORDIV, slot_ibin_NB_MOD, slot_ibin_NB_DIVMOD,
    slot_ibin_NB_POW, slot_ibin_NB_LSHIFT, slot_ibin_NB_RSHIFT, slot_ibin_NB_AND,
    slot_ibin_NB_XOR, slot_ibin_NB_OR,
};

static Obj *slot_getattr_hook(Obj *s, Obj *name);

/* The attribute lookup of t's nearest base whose lookup is C's own:
 * type's for a metaclass, the generic one for other classes. */
static getattr_fn base_getattr(TypeObj *t)
{
    while (t && t->getattr == slot_getattr_hook)
        t = t->base;
    return t && t->getattr ? t->getattr : obj_generic_getattr;
}

/* __getattribute__ override and/or __getattr__ fallback.  With the
 * generic lookup, a missing attribute makes no AttributeError before
 * __getattr__ runs (CPython's suppress flag): none is created, and no
 * call is made to create one (which would count a recursion level). */
static Obj *slot_getattr_hook(Obj *s, Obj *name)
{
    TypeObj *t = s->type;
    Obj *ga = type_lookup(t, ID(__getattribute__));
    Obj *r;
    if ((!ga || ga->type == &WrapperDescr_Type) && base_getattr(t) == obj_generic_getattr
        && type_lookup(t, ID(__getattr__)) && !str_eq(name, ID(__dict__))) {
        Obj *descr = type_lookup(t, name);
        if (descr)
            r = obj_generic_getattr_found(s, name, descr);
        else {
            Obj **dp = obj_dict_ptr(s);
            Obj *v = dp && *dp ? dict_getitem(*dp, name) : NULL;
            if (v || err_occurred())
                return XNEWREF(v);
            return call_dunder(s, ID(__getattr__), &name, 1);
        }
    } else if (!ga || ga->type == &WrapperDescr_Type) {
        r = base_getattr(t)(s, name);
    } else {
        r = call_dunder(s, ID(__getattribute__), &name, 1);
    }
    if (r || !err_matches(Exc_AttributeError))
        return r;
    Obj *g = type_lookup(t, ID(__getattr__));
    if (!g)
        return NULL;
    err_clear();
    return call_dunder(s, ID(__getattr__), &name, 1);
}

static int slot_setattr(Obj *s, Obj *name, Obj *value)
{
    Obj *a[2] = { name, value };
    Obj *r = value ? call_dunder(s, ID(__setattr__), a, 2) : call_dunder(s, ID(__delattr__), a, 1);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static Obj *slot_descr_get(Obj *s, Obj *obj, Obj *type)
{
    Obj *a[2] = { obj ? obj : obj_none, type ? type : obj_none };
    return call_dunder(s, ID(__get__), a, 2);
}

static int slot_descr_set(Obj *s, Obj *obj, Obj *value)
{
    Obj *a[2] = { obj, value };
    Obj *r = value ? call_dunder(s, ID(__set__), a, 2) : call_dunder(s, ID(__delete__), a, 1);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static int slot_init(Obj *s, Obj *const *a, size_t n, Obj *kw)
{
    Obj *r = call_dunder_kw(s, ID(__init__), a, n, kw);
    if (!r)
        return -1;
    if (r != obj_none) {
        err_format(Exc_TypeError, "__init__() should return None, not '%s'", r->type->name);
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

static Obj *slot_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    Obj *f = type_lookup(t, ID(__new__));
    if (!f)
        return err_set(Exc_TypeError, "__new__ missing");
    INCREF(f);
    Obj *fn = f->type->descr_get ? f->type->descr_get(f, NULL, (Obj *)t) : NEWREF(f);
    DECREF(f);
    if (!fn)
        return NULL;
    Obj *r = call_with_self(fn, (Obj *)t, a, n, kw);
    DECREF(fn);
    return r;
}

/* Installs the bridge for slot `id` on heap type t. */
static void install_bridge(TypeObj *t, int id)
{
    switch (id) {
    case SL_REPR: t->repr = slot_repr; return;
    case SL_STR: t->str = slot_str; return;
    case SL_HASH: t->hash = slot_hash; return;
    case SL_CALL: t->call = slot_call; return;
    case SL_ITER: t->iter = slot_iter; return;
    case SL_NEXT: t->iternext = slot_next; return;
    case SL_LEN: t->len = slot_len; return;
    case SL_GETITEM: t->getitem = slot_getitem; return;
    case SL_SETITEM: case SL_DELITEM: t->setitem = slot_setitem; return;
    case SL_CONTAINS: t->contains = slot_contains; return;
    case SL_BOOL: t->nb_bool = slot_bool; return;
    case SL_INIT: t->tp_init = slot_init; return;
    case SL_NEW: t->tp_new = slot_new; return;
    case SL_GETATTRIBUTE: case SL_GETATTR: t->getattr = slot_getattr_hook; return;
    case SL_SETATTR: case SL_DELATTR: t->setattr = slot_setattr; return;
    case SL_GET: t->descr_get = slot_descr_get; return;
    case SL_SET: case SL_DELETE: t->descr_set = slot_descr_set; return;
    case SL_NEG: t->nb_neg = slot_neg; return;
    case SL_POS: t->nb_pos = slot_pos; return;
    case SL_INVERT: t->nb_invert = slot_invert; return;
    case SL_ABS: t->nb_abs = slot_abs; return;
    case SL_INT: t->nb_int = slot_int; return;
    case SL_FLOAT: t->nb_float = slot_float; return;
    case SL_INDEX: t->nb_index = slot_index; return;
    case SL_SQ_ADD: case SL_SQ_MUL: case SL_SQ_RMUL: case SL_SQ_IADD: case SL_SQ_IMUL:
        return;   /* the names are the number ones (__add__ ...) */
    }
    if (id < SL_BIN)
        t->richcompare = slot_richcompare;
    else if (id < SL_IBIN)
        t->nb[(id - SL_BIN) % NB_COUNT] = slot_bin_fns[(id - SL_BIN) % NB_COUNT];
    else
        t->nb_inplace[id - SL_IBIN] = slot_ibin_fns[id - SL_IBIN];
}

/* For each dunder defined in Python along t's MRO, install its bridge. */
static void fixup_all_slots(TypeObj *t)
{
    for (int id = 0; id < SL_COUNT; id++) {
        if (id >= SL_SQ_ADD && id < SL_CMP)
            continue;
        Obj *f = type_lookup(t, slot_names[id]);
        if (id == SL_HASH && f == obj_none) {
            t->hash = NULL;
            continue;
        }
        if (f && f->type != &WrapperDescr_Type)
            install_bridge(t, id);
    }
}

void type_fixup_slot(TypeObj *t, Obj *name)
{
    (void)name;
    if (t->flags & TPF_HEAPTYPE)
        fixup_all_slots(t);
}

/* ------------------------------------------------------------------ */
/* type and object                                                     */
/* ------------------------------------------------------------------ */

/* CPython's slot_tp_finalize: runs the class's __del__ (an error is
 * printed as "Exception ignored in: <function ...>"); a class without one
 * has its base's finalizer (a subclass of asyncio.Task ...).  Called with
 * o alive (from its dealloc or by the cycle collector), once per object. */
/* The class's __del__ (borrowed) or NULL: looked up along its MRO once
 * per type_attr_epoch (every instance's dealloc asks). */
static Obj *type_del(TypeObj *t)
{
    if (t->del_epoch != type_attr_epoch) {
        t->del_found = type_lookup(t, ID(__del__));
        t->del_epoch = type_attr_epoch;
    }
    return t->del_found;
}

/* Has an instance of heap type t a finalizer to run: a __del__, or its
 * C base's (asyncio.Task's ...)? */
static bool subtype_has_finalizer(TypeObj *t)
{
    if (type_del(t))
        return true;
    while (t->flags & TPF_HEAPTYPE)
        t = t->base;
    return t->finalize != NULL;
}

static void subtype_finalize(Obj *o)
{
    Obj *del = type_del(o->type);
    if (!del) {
        TypeObj *b = o->type;
        while (b->flags & TPF_HEAPTYPE)
            b = b->base;
        if (b->finalize)
            b->finalize(o);
        return;
    }
    INCREF(del);
    Obj *saved = err_fetch();
    Obj *r = call_with_self(del, o, NULL, 0, NULL);
    if (r) {
        DECREF(r);
    } else if (!run_stopped()) {
        Obj *exc = err_fetch();
        if (exc)
            interp_print_unraisable(del, exc);
        XDECREF(exc);
    }
    err_clear();
    err_restore(saved);
    DECREF(del);
}

/* Instances of heap types: run __del__ (once: PEP 442), clear the
 * __slots__ and __dict__ this class added, then let the nearest C base
 * free the object. */
static void subtype_dealloc(Obj *o)
{
    if (subtype_has_finalizer(o->type) && obj_finalize_from_dealloc(o))
        return;                      /* resurrected */
    TypeObj *b = o->type;
    for (; b->flags & TPF_HEAPTYPE; b = b->base)
        for (size_t i = 0; i < b->nslots; i++)
            CLEAR(*(Obj **)((char *)o + b->slotoffset + i * sizeof(Obj *)));
    if (o->type->dictoffset && !b->dictoffset) {
        Obj **dp = obj_dict_ptr(o);
        CLEAR(*dp);
    }
    b->dealloc(o);
}

/* The references of an instance of a heap type: its class, its
 * __slots__ and __dict__, then what its C base holds (CPython's
 * subtype_traverse). */
static void subtype_traverse(Obj *o, GCVisitor *v)
{
    TypeObj *b = o->type;
    for (; b->flags & TPF_HEAPTYPE; b = b->base)
        for (size_t i = 0; i < b->nslots; i++)
            GC_VISIT(*(Obj **)((char *)o + b->slotoffset + i * sizeof(Obj *)));
    if (o->type->dictoffset && !b->dictoffset)
        GC_VISIT(*obj_dict_ptr(o));
    GC_VISIT(o->type);
    if (b->traverse)
        b->traverse(o, v);
}

static void subtype_clear(Obj *o)
{
    TypeObj *b = o->type;
    for (; b->flags & TPF_HEAPTYPE; b = b->base)
        for (size_t i = 0; i < b->nslots; i++)
            CLEAR(*(Obj **)((char *)o + b->slotoffset + i * sizeof(Obj *)));
    if (o->type->dictoffset && !b->dictoffset)
        CLEAR(*obj_dict_ptr(o));
    if (b->clear)
        b->clear(o);
}

static void object_dealloc(Obj *o) { obj_free(o); }

/* Excess arguments to object(): CPython's rules in object_new/init. */
static bool excess_args(size_t n, Obj *kw) { return n > 0 || (kw && TUPLE_SIZE(kw) > 0); }

static int object_init_fn(Obj *self, Obj *const *a, size_t n, Obj *kw);

/* A class whose __abstractmethods__ (set by abc.ABCMeta) is not empty
 * cannot be instantiated: CPython's message, the names sorted. */
static int check_abstract(TypeObj *t)
{
    Obj *am = (t->flags & TPF_HEAPTYPE) ? dict_getitem(t->dict, ID(__abstractmethods__)) : NULL;
    if (!am)
        return 0;
    int truth = obj_is_true(am);
    if (truth <= 0)
        return truth;
    Obj *names = list_from_iter(am);
    if (!names || list_sort(names, NULL, false) < 0) {
        XDECREF(names);
        return -1;
    }
    Obj *sep = str_from_cstr(", ");
    Obj *joined = sep ? str_join_array(sep, LIST_ITEMS(names), LIST_SIZE(names)) : NULL;
    if (joined)
        err_format(Exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %S",
                   t->name, LIST_SIZE(names) > 1 ? "s" : "", joined);
    XDECREF(joined);
    XDECREF(sep);
    DECREF(names);
    return -1;
}

static Obj *object_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a;
    if (excess_args(n, kw)) {
        if (t->tp_new != object_new)
            return err_set(Exc_TypeError, "object.__new__() takes exactly one argument "
                           "(the type to instantiate)");
        if (t->tp_init == object_init_fn)
            return err_format(Exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (check_abstract(t) < 0)
        return NULL;
    return obj_alloc(t, 0);
}

static int object_init_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a;
    TypeObj *t = self->type;
    if (excess_args(n, kw)) {
        if (t->tp_init != object_init_fn)
            return err_format_int(Exc_TypeError, "object.__init__() takes exactly one argument "
                                  "(the instance to initialize)");
        if (t->tp_new == object_new)
            return err_format_int(Exc_TypeError, "%s() takes no arguments", t->name);
    }
    return 0;
}

static Obj *object_str(Obj *o) { return o->type->repr ? o->type->repr(o) : obj_default_repr(o); }

static Obj *object_get_class(Obj *o, void *c)
{
    (void)c;
    return NEWREF((Obj *)o->type);
}

static Obj *object_format(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "format() argument 2 must be str, not %s",
                          a[0]->type->name);
    if (STR_NBYTES(a[0]) > 0)
        return err_format(Exc_TypeError, "unsupported format string passed to %s.__format__",
                          self->type->name);
    return obj_str(self);
}

static Obj *object_init_subclass(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return none_new();
}

static Obj *object_dir(Obj *self, Obj *const *a, size_t n, Obj *k);

static Obj *object_subclasshook(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return notimpl_new();
}

static Obj *object_sizeof(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return int_from_u64(self->type->basicsize);
}

/* object.__getstate__: the instance __dict__ (None if empty), paired with
 * a dict of the __slots__ that are set, if any. */
static Obj *object_getstate(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    Obj **dp = obj_dict_ptr(self);
    Obj *state = dp && *dp && dict_len(*dp) ? NEWREF(*dp) : none_new();
    Obj *slots = NULL;
    for (TypeObj *t = self->type; t && (t->flags & TPF_HEAPTYPE); t = t->base)
        for (size_t i = 0; i < t->nslots; i++) {
            Obj *v = *(Obj **)((char *)self + t->slotoffset + i * sizeof(Obj *));
            if (!v)
                continue;
            if ((!slots && !(slots = dict_new())) ||
                dict_setitem(slots, TUPLE_ITEM(t->slotnames, i), v) < 0) {
                DECREF(state);
                XDECREF(slots);
                return NULL;
            }
        }
    if (!slots)
        return state;
    Obj *r = tuple_pack(2, state, slots);
    DECREF(state);
    DECREF(slots);
    return r;
}

/* copyreg.__newobj__(cls, *args): cls.__new__(cls, *args). */
static Obj *newobj_fn(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)k;
    if (n < 1 || !TYPE_CHECK(a[0]))
        return err_set(Exc_TypeError, "__newobj__() needs a class");
    Obj *nw = obj_getattr(a[0], ID(__new__));
    if (!nw)
        return NULL;
    Obj *r = obj_call(nw, a, n, NULL);
    DECREF(nw);
    return r;
}

static const MethodDef newobj_def = { "__newobj__", newobj_fn, METH_FASTCALL, NULL };

/* int/float/str/tuple.__getnewargs__: (an exact copy of the value,). */
Obj *builtin_getnewargs(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    Obj *v;
    if (INT_CHECK(self))
        v = int_exact(self);
    else if (FLOAT_CHECK(self))
        v = float_from_double(float_as_double(self));
    else if (STR_CHECK(self))
        v = str_from_utf8(STR_DATA(self), STR_NBYTES(self));
    else if (TUPLE_CHECK(self))
        v = tuple_from_array(TUPLE_ITEMS(self), TUPLE_SIZE(self));
    else
        return err_set(Exc_TypeError, "__getnewargs__ of an unknown type");
    if (!v)
        return NULL;
    Obj *r = tuple_pack(1, v);
    DECREF(v);
    return r;
}

/* object.__reduce_ex__(protocol): a __reduce__ the class defines, else
 * (copyreg.__newobj__, (cls, *__getnewargs__()), state, listitems,
 * dictitems) as CPython's reduce_newobj. */
static Obj *reduce_newobj(Obj *self)
{
    Obj *args = NULL, *state = NULL, *li = NULL, *di = NULL, *fn = NULL, *r = NULL;
    bool found;
    Obj *na = obj_call_special(self, ID(__getnewargs__), NULL, 0, &found);
    if (!na && err_occurred())
        return NULL;
    if (na && !TUPLE_CHECK(na)) {
        err_format(Exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                   na->type->name);
        DECREF(na);
        return NULL;
    }
    size_t nn = na ? TUPLE_SIZE(na) : 0;
    if (!(args = tuple_new(nn + 1)))
        goto done;
    TUPLE_ITEM(args, 0) = NEWREF((Obj *)self->type);
    for (size_t i = 0; i < nn; i++)
        TUPLE_ITEM(args, i + 1) = NEWREF(TUPLE_ITEM(na, i));
    if (!(state = obj_call_method(self, ID(__getstate__), NULL, 0)))
        goto done;
    li = LIST_CHECK(self) ? obj_iter(self) : none_new();
    if (!li)
        goto done;
    if (DICT_CHECK(self)) {
        Obj *items = obj_call_method(self, ID(items), NULL, 0);
        di = items ? obj_iter(items) : NULL;
        XDECREF(items);
    } else {
        di = none_new();
    }
    if (di && (fn = cfunc_new(&newobj_def, NULL, NULL)))
        r = tuple_pack(5, fn, args, state, li, di);
done:
    XDECREF(na); XDECREF(args); XDECREF(state); XDECREF(li); XDECREF(di); XDECREF(fn);
    return r;
}

static Obj *object_reduce(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return reduce_newobj(self);
}

static Obj *object_reduce_ex(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    if (!INT_CHECK(a[0]))
        return err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          a[0]->type->name);
    Obj *red = type_lookup(self->type, ID(__reduce__));
    if (red && !(red->type == &MethodDescr_Type &&
                 ((MethodDescrObj *)red)->def->fn == object_reduce))
        return obj_call_method(self, ID(__reduce__), NULL, 0);
    return reduce_newobj(self);
}

static const MethodDef object_methods[] = {
    { "__subclasshook__", object_subclasshook, METH_FASTCALL | METH_KEYWORDS | METH_CLASS, NULL },
    { "__sizeof__", object_sizeof, METH_NOARGS, NULL },
    { "__getstate__", object_getstate, METH_NOARGS, NULL },
    { "__reduce__", object_reduce, METH_NOARGS, NULL },
    { "__reduce_ex__", object_reduce_ex, METH_O, NULL },
    { "__format__", object_format, METH_O, NULL },
    { "__init_subclass__", object_init_subclass, METH_NOARGS | METH_CLASS, NULL },
    { "__dir__", object_dir, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* Can instances of `from` become instances of `to` (CPython's
 * compatible_for_assignment)?  Same solid base, same fixed layout. */
static bool same_layout(TypeObj *from, TypeObj *to)
{
    if (solid_base(from) != solid_base(to) || from->basicsize != to->basicsize ||
        from->dictoffset != to->dictoffset)
        return false;
    TypeObj *a = from, *b = to;
    while ((a->flags & TPF_HEAPTYPE) && (b->flags & TPF_HEAPTYPE)) {
        if (!a->nslots && !b->nslots) {
            a = a->base;
            b = b->base;
            continue;
        }
        if (a->nslots != b->nslots || a->slotoffset != b->slotoffset)
            return false;
        for (size_t i = 0; i < a->nslots; i++)
            if (!str_eq(TUPLE_ITEM(a->slotnames, i), TUPLE_ITEM(b->slotnames, i)))
                return false;
        a = a->base;
        b = b->base;
    }
    return true;
}

/* obj.__class__ = C between classes whose instances look alike. */
static int object_set_class(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (!v)
        return err_format_int(Exc_TypeError, "can't delete __class__ attribute");
    if (!TYPE_CHECK(v))
        return err_format_int(Exc_TypeError, "__class__ must be set to a class, not '%s' object",
                              v->type->name);
    TypeObj *to = (TypeObj *)v, *from = o->type;
    if (!(to->flags & TPF_HEAPTYPE) || !(from->flags & TPF_HEAPTYPE) ||
        builtin_class_type(to) || builtin_class_type(from))
        return err_format_int(Exc_TypeError, "__class__ assignment only supported for mutable "
                              "types or ModuleType subclasses");
    if (!same_layout(from, to))
        return err_format_int(Exc_TypeError, "__class__ assignment: '%s' object layout differs "
                              "from '%s'", to->name, from->name);
    INCREF(to);
    o->type = to;
    DECREF(from);
    return 0;
}

static const GetSetDef object_getset[] = {
    { "__class__", object_get_class, object_set_class, NULL },
    { NULL, NULL, NULL, NULL },
};

TypeObj Object_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "object",
    .basicsize = sizeof(Obj), .flags = TPF_BASETYPE,
    .doc = "The base class of the class hierarchy.",
    .dealloc = object_dealloc, .tp_new = object_new, .tp_init = object_init_fn,
    .repr = obj_default_repr, .str = object_str, .hash = obj_default_hash,
    .richcompare = obj_default_richcompare, .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr, .methods = object_methods, .getset = object_getset,
};

/* CPython's merge_class_dict: the names of cls's __dict__ and, in turn,
 * of each of its __bases__ (recursively). */
static int merge_class_dict(Obj *d, Obj *cls)
{
    Obj *cd = obj_getattr_opt(cls, ID(__dict__));
    if (!cd && err_occurred())
        return -1;
    if (cd) {
        int r = dict_update(d, cd);
        DECREF(cd);
        if (r < 0)
            return -1;
    }
    Obj *bases = obj_getattr_opt(cls, ID(__bases__));
    if (!bases)
        return err_occurred() ? -1 : 0;
    Obj *it = obj_iter(bases), *b;
    DECREF(bases);
    if (!it)
        return -1;
    while ((b = obj_iternext(it))) {
        int r = merge_class_dict(d, b);
        DECREF(b);
        if (r < 0)
            break;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* object.__dir__: the instance's __dict__ keys, then its class's names. */
static Obj *object_dir(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    Obj *d = obj_getattr_opt(self, ID(__dict__));
    if (!d && err_occurred())
        return NULL;
    Obj *r = d && DICT_CHECK(d) ? dict_copy(d) : dict_new();
    XDECREF(d);
    if (!r)
        return NULL;
    Obj *cls = obj_getattr_opt(self, ID(__class__));
    if ((!cls && err_occurred()) || (cls && merge_class_dict(r, cls) < 0)) {
        XDECREF(cls);
        DECREF(r);
        return NULL;
    }
    XDECREF(cls);
    Obj *l = dict_keys_list(r);
    DECREF(r);
    return l;
}

/* type.__dir__: the names of the class and its bases. */
static Obj *type_dir(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    Obj *d = dict_new();
    if (!d)
        return NULL;
    if (merge_class_dict(d, self) < 0) {
        DECREF(d);
        return NULL;
    }
    Obj *l = dict_keys_list(d);
    DECREF(d);
    return l;
}

/* -- type -- */

uint64_t type_attr_epoch = 1;

static void forget_subclass(TypeObj *b, TypeObj *t);

static void type_dealloc(Obj *o)
{
    TypeObj *t = (TypeObj *)o;
    type_attr_epoch++;                /* its address may be reused */
    for (size_t i = 0; t->bases && i < TUPLE_SIZE(t->bases); i++)
        forget_subclass((TypeObj *)TUPLE_ITEM(t->bases, i), t);
    if (t->subclasses)
        mem_free(t->subclasses, t->subclasses_cap * sizeof(TypeObj *));
    XDECREF(t->dict);
    XDECREF(t->mro);
    XDECREF(t->name_obj);
    XDECREF(t->qualname);
    XDECREF(t->bases);
    XDECREF(t->slotnames);
    if (t->slotdefs)
        mem_free(t->slotdefs, 0);
    if (t->base && (t->base->flags & TPF_HEAPTYPE))
        DECREF(t->base);
    obj_free(o);
}

/* A class's references (heap types only: the C types are not tracked). */
static void type_traverse(Obj *o, GCVisitor *v)
{
    TypeObj *t = (TypeObj *)o;
    GC_VISIT(t->dict);
    GC_VISIT(t->mro);
    GC_VISIT(t->bases);
    if (t->base && (t->base->flags & TPF_HEAPTYPE))
        GC_VISIT(t->base);
    GC_VISIT(t->name_obj);
    GC_VISIT(t->qualname);
    GC_VISIT(t->slotnames);
}

/* Breaks a garbage class's cycles (CPython's type_clear): its namespace
 * is emptied and its MRO, which holds the class itself, keeps only the C
 * types at its end (lookups in it keep working; the layout fields stay
 * for the deallocs of its instances). */
static void type_clear(Obj *o)
{
    TypeObj *t = (TypeObj *)o;
    type_attr_epoch++;
    if (t->dict && DICT_CHECK(t->dict))
        dict_clear(t->dict);
    if (t->mro) {
        size_t n = TUPLE_SIZE(t->mro), k = n;
        while (k > 0 && (((TypeObj *)TUPLE_ITEM(t->mro, k - 1))->flags & TPF_HEAPTYPE) == 0)
            k--;
        Obj *tail = tuple_from_array(&TUPLE_ITEM(t->mro, k), n - k);
        if (tail)
            SETREF(t->mro, tail);
        else
            err_clear();
    }
}

static Obj *type_repr(Obj *o)
{
    TypeObj *t = (TypeObj *)o;
    Obj *mod = (t->flags & TPF_HEAPTYPE) ? dict_getitem(t->dict, ID(__module__)) : NULL;
    Obj *qn = t->qualname ? t->qualname : t->name_obj;
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        return str_from_format("<class '%S.%S'>", mod, qn);
    return str_from_format("<class '%s'>", t->name);
}

/* Builds a dict from the keyword part of a call (NULL when there is
 * none). */
static int kw_dict(Obj *const *a, size_t n, Obj *kw, Obj **out)
{
    *out = NULL;
    for (size_t i = 0; i < kwnames_len(kw); i++) {
        if (!*out && !(*out = dict_new()))
            return -1;
        if (dict_setitem(*out, TUPLE_ITEM(kw, i), a[n + i]) < 0) {
            CLEAR(*out);
            return -1;
        }
    }
    return 0;
}

/* type(x) (one argument) or type(name, bases, dict): a class whose type
 * is the most derived of meta and its bases' types, then
 * base.__init_subclass__(cls, **kwargs), as CPython's type_new. */
static Obj *type_tp_new(TypeObj *meta, Obj *const *a, size_t n, Obj *kw)
{
    if (n == 1 && !kwnames_len(kw) && meta == &Type_Type)
        return NEWREF((Obj *)a[0]->type);
    if (n != 3)
        return err_set(Exc_TypeError, meta == &Type_Type ? "type() takes 1 or 3 arguments"
                       : "type.__new__() takes exactly 3 arguments (0 given)");
    static const char *const want[3] = { "str", "tuple", "dict" };
    bool ok[3] = { STR_CHECK(a[0]), TUPLE_CHECK(a[1]), DICT_CHECK(a[2]) };
    for (int i = 0; i < 3; i++)
        if (!ok[i])
            return err_format(Exc_TypeError, "type.__new__() argument %d must be %s, not %s",
                              i + 1, want[i], a[i]->type->name);
    TypeObj *winner = type_calculate_meta(meta, a[1]);
    if (!winner)
        return NULL;
    if (winner != meta && winner->tp_new != type_tp_new)
        return winner->tp_new(winner, a, n, kw);
    /* __module__ defaults to the caller's __name__, as in CPython's type_new */
    Obj *globals = interp_globals();
    Obj *modname = globals ? dict_getitem(globals, ID(__name__)) : NULL;
    Obj *ns = dict_copy(a[2]), *cls = NULL, *kwargs = NULL;
    if (ns && modname && !dict_getitem(ns, ID(__module__)) &&
        dict_setitem(ns, ID(__module__), modname) < 0)
        CLEAR(ns);
    if (ns && kw_dict(a, n, kw, &kwargs) == 0 &&
        (cls = class_new_meta(winner, a[0], a[1], ns)) && class_init_subclass(cls, kwargs) < 0)
        CLEAR(cls);
    XDECREF(ns);
    XDECREF(kwargs);
    return cls;
}

/* type.__init__: the arguments were type.__new__'s (CPython's type_init). */
static int type_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (n == 1 && kwnames_len(kw))
        return err_format_int(Exc_TypeError, "type.__init__() takes no keyword arguments");
    if (n != 1 && n != 3)
        return err_format_int(Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return 0;
}

/* Calling a class: __new__ then, for an instance of it, __init__. */
static Obj *type_call(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    TypeObj *t = (TypeObj *)self;
    if (t == &Type_Type && n == 1 && !kwnames_len(kw))
        return NEWREF((Obj *)a[0]->type);
    if (!t->tp_new)
        return err_format(Exc_TypeError, "cannot create '%s' instances", t->name);
    Obj *o = t->tp_new(t, a, n, kw);
    if (!o || !obj_typecheck(o, t) || !o->type->tp_init)
        return o;
    if (o->type->tp_init(o, a, n, kw) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

/* Attribute lookup on a class: metatype data descriptors, then the
 * class's MRO (binding with obj = NULL), then metatype attributes. */
static Obj *type_getattro(Obj *o, Obj *name)
{
    TypeObj *t = (TypeObj *)o;
    Obj *meta = type_lookup(o->type, name);
    if (meta && meta->type->descr_get && meta->type->descr_set)
        return meta->type->descr_get(meta, o, (Obj *)o->type);
    Obj *attr = type_lookup(t, name);
    if (attr) {
        INCREF(attr);
        Obj *r = attr->type->descr_get ? attr->type->descr_get(attr, NULL, o) : NEWREF(attr);
        DECREF(attr);
        return r;
    }
    if (meta)
        return meta->type->descr_get ? meta->type->descr_get(meta, o, (Obj *)o->type)
                                     : NEWREF(meta);
    err_format(Exc_AttributeError, "type object '%s' has no attribute '%S'", t->name, name);
    exc_set_name_obj(err_occurred(), name, o);
    return NULL;
}

static int type_setattro(Obj *o, Obj *name, Obj *value)
{
    TypeObj *t = (TypeObj *)o;
    if (!(t->flags & TPF_HEAPTYPE))
        return err_format_int(Exc_TypeError, "cannot set '%S' attribute of immutable type '%s'",
                              name, t->name);
    Obj *meta = type_lookup(o->type, name);
    if (meta && meta->type->descr_set)
        return meta->type->descr_set(meta, o, value);
    int r;
    if (value)
        r = dict_setitem(t->dict, name, value);
    else if ((r = dict_delitem(t->dict, name)) == 1) {
        err_format(Exc_AttributeError, "type object '%s' has no attribute '%S'", t->name, name);
        return -1;
    }
    if (r == 0)
        type_fixup_slot(t, name);
    return r;
}

static Obj *type_get_name(Obj *o, void *c)
{
    (void)c;
    return NEWREF(((TypeObj *)o)->name_obj);
}

static Obj *type_get_qualname(Obj *o, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    return NEWREF(t->qualname ? t->qualname : t->name_obj);
}

static Obj *type_get_mro(Obj *o, void *c)
{
    (void)c;
    return NEWREF(((TypeObj *)o)->mro);
}

static Obj *type_get_bases(Obj *o, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (t->bases)
        return NEWREF(t->bases);
    return t->base ? tuple_pack(1, (Obj *)t->base) : NEWREF(obj_empty_tuple);
}

static Obj *type_get_base(Obj *o, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    return t->base ? NEWREF((Obj *)t->base) : none_new();
}

static Obj *type_get_dict(Obj *o, void *c)
{
    (void)c;
    return mappingproxy_new(((TypeObj *)o)->dict);
}

static Obj *type_get_module(Obj *o, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (!(t->flags & TPF_HEAPTYPE)) {     /* "types.UnionType": "types" */
        const char *dot = strrchr(t->name, '.');
        return dot ? str_from_utf8(t->name, (size_t)(dot - t->name)) : str_from_cstr("builtins");
    }
    Obj *m = dict_getitem(t->dict, ID(__module__));
    return m ? NEWREF(m) : str_from_cstr("builtins");
}

static Obj *type_get_doc(Obj *o, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (!(t->flags & TPF_HEAPTYPE))
        return t->doc ? str_from_cstr(t->doc) : none_new();
    Obj *d = dict_getitem(t->dict, ID(__doc__));
    if (d && d->type->descr_get)
        return d->type->descr_get(d, NULL, o);
    return d ? NEWREF(d) : none_new();
}

/* A class of the builtins module made at start-up (an exception class). */
static bool builtin_class_type(TypeObj *t)
{
    Obj *m = dict_getitem(t->dict, ID(__module__));
    return m && STR_CHECK(m) && str_eq_cstr(m, "builtins");
}

/* Assigning __name__ / __qualname__ / __doc__ / __module__ of a class
 * (CPython's check_set_special_type_attr). */
static int type_set_check(Obj *o, Obj *v, const char *what)
{
    TypeObj *t = (TypeObj *)o;
    if (!(t->flags & TPF_HEAPTYPE))
        return err_format_int(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                              what, t->name);
    if (!v)
        return err_format_int(Exc_TypeError, "cannot delete '%s' attribute of immutable type "
                              "'%s'", what, t->name);
    return 0;
}

static int type_set_name(Obj *o, Obj *v, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (type_set_check(o, v, "__name__") < 0)
        return -1;
    if (!STR_CHECK(v))
        return err_format_int(Exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                              t->name, v->type->name);
    if (strlen(STR_DATA(v)) != STR_NBYTES(v))
        return err_format_int(Exc_ValueError, "type name must not contain null characters");
    SETREF(t->name_obj, NEWREF(v));
    t->name = STR_DATA(v);
    type_attr_epoch++;
    return 0;
}

static int type_set_qualname(Obj *o, Obj *v, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (type_set_check(o, v, "__qualname__") < 0)
        return -1;
    if (!STR_CHECK(v))
        return err_format_int(Exc_TypeError, "can only assign string to %s.__qualname__, not "
                              "'%s'", t->name, v->type->name);
    SETREF(t->qualname, NEWREF(v));
    return 0;
}

static int type_set_doc(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (type_set_check(o, v, "__doc__") < 0)
        return -1;
    type_attr_epoch++;
    return dict_setitem(((TypeObj *)o)->dict, ID(__doc__), v);
}

static int type_set_module(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (type_set_check(o, v, "__module__") < 0)
        return -1;
    type_attr_epoch++;
    return dict_setitem(((TypeObj *)o)->dict, ID(__module__), v);
}

/* A class's own __annotations__ (made empty when a class has none). */
static Obj *type_get_annotations(Obj *o, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    Obj *a = dict_getitem(t->dict, ID(__annotations__));
    if (a) {
        if (a->type->descr_get)
            return a->type->descr_get(a, NULL, o);
        return NEWREF(a);
    }
    if (!(t->flags & TPF_HEAPTYPE) || builtin_class_type(t))
        return err_format(Exc_AttributeError, "type object '%s' has no attribute "
                          "'__annotations__'", t->name);
    if (!(a = dict_new()) || dict_setitem(t->dict, ID(__annotations__), a) < 0) {
        XDECREF(a);
        return NULL;
    }
    return a;
}

static int type_set_annotations(Obj *o, Obj *v, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (!(t->flags & TPF_HEAPTYPE))
        return err_format_int(Exc_TypeError, "cannot set '__annotations__' attribute of "
                              "immutable type '%s'", t->name);
    if (v)
        return dict_setitem(t->dict, ID(__annotations__), v);
    int r = dict_delitem(t->dict, ID(__annotations__));
    if (r == 1)
        return err_format_int(Exc_AttributeError, "__annotations__");
    return r;
}

/* The MROs of t and of the classes under it again (after __bases__
 * changed), and their dunder slots. */
static int mro_update_tree(TypeObj *t)
{
    Obj *mro = mro_c3(t, t->bases);
    if (!mro)
        return -1;
    SETREF(t->mro, mro);
    fixup_all_slots(t);
    for (size_t i = 0; i < t->nsubclasses; i++)
        if (mro_update_tree(t->subclasses[i]) < 0)
            return -1;
    return 0;
}

/* Drops t from b's subclasses. */
static void forget_subclass(TypeObj *b, TypeObj *t)
{
    for (size_t i = 0; i < b->nsubclasses; i++)
        if (b->subclasses[i] == t) {
            memmove(&b->subclasses[i], &b->subclasses[i + 1],
                    (b->nsubclasses - i - 1) * sizeof(TypeObj *));
            b->nsubclasses--;
            return;
        }
}

/* Adds t to b's subclasses (weakly).  0 / -1 MemoryError. */
static int add_subclass(TypeObj *b, TypeObj *t)
{
    if (b->nsubclasses == b->subclasses_cap) {
        size_t cap = b->subclasses_cap ? 2 * b->subclasses_cap : 4;
        TypeObj **n = mem_realloc(b->subclasses, b->subclasses_cap * sizeof *n, cap * sizeof *n);
        if (!n) {
            err_nomemory();
            return -1;
        }
        b->subclasses = n;
        b->subclasses_cap = cap;
    }
    b->subclasses[b->nsubclasses++] = t;
    return 0;
}

/* C.__bases__ = (...) (CPython's type_set_bases). */
static int type_set_bases(Obj *o, Obj *v, void *c)
{
    (void)c;
    TypeObj *t = (TypeObj *)o;
    if (type_set_check(o, v, "__bases__") < 0)
        return -1;
    if (!TUPLE_CHECK(v))
        return err_format_int(Exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                              t->name, v->type->name);
    if (TUPLE_SIZE(v) == 0)
        return err_format_int(Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, "
                              "not ()", t->name);
    for (size_t i = 0; i < TUPLE_SIZE(v); i++) {
        Obj *b = TUPLE_ITEM(v, i);
        if (!TYPE_CHECK(b))
            return err_format_int(Exc_TypeError, "%s.__bases__ must be tuple of classes, not "
                                  "'%s'", t->name, b->type->name);
        if (type_is_subtype((TypeObj *)b, t))
            return err_format_int(Exc_TypeError, "a __bases__ item causes an inheritance cycle");
    }
    TypeObj *nb = best_base(v), *ob = t->base;
    if (!nb)
        return -1;
    if (!same_layout(ob, nb))
        return err_format_int(Exc_TypeError, "__bases__ assignment: '%s' %s differs from '%s'",
                              nb->name, nb->dealloc != ob->dealloc ? "deallocator"
                              : "object layout", ob->name);
    Obj *old_bases = t->bases, *old_mro = NEWREF(t->mro);
    t->bases = NEWREF(v);
    t->base = nb;
    if (mro_update_tree(t) < 0) {
        Obj *bad = t->bases;
        t->bases = old_bases;
        t->base = ob;
        DECREF(bad);
        SETREF(t->mro, old_mro);
        mro_update_tree(t);
        return -1;
    }
    DECREF(old_mro);
    if (nb->flags & TPF_HEAPTYPE)
        INCREF(nb);
    for (size_t i = 0; old_bases && i < TUPLE_SIZE(old_bases); i++)
        forget_subclass((TypeObj *)TUPLE_ITEM(old_bases, i), t);
    for (size_t i = 0; i < TUPLE_SIZE(v); i++)
        if (add_subclass((TypeObj *)TUPLE_ITEM(v, i), t) < 0)
            break;
    XDECREF(old_bases);
    if (ob->flags & TPF_HEAPTYPE)
        DECREF(ob);
    type_attr_epoch++;
    return 0;
}

static const GetSetDef type_getset[] = {
    { "__annotations__", type_get_annotations, type_set_annotations, NULL },
    { "__name__", type_get_name, type_set_name, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL },
    { "__mro__", type_get_mro, NULL, NULL },
    { "__bases__", type_get_bases, type_set_bases, NULL },
    { "__base__", type_get_base, NULL, NULL },
    { "__dict__", type_get_dict, NULL, NULL },
    { "__module__", type_get_module, type_set_module, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL },
    { NULL, NULL, NULL, NULL },
};

static Obj *type_subclasses(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    TypeObj *t = (TypeObj *)self;
    Obj *l = list_new(t->nsubclasses);
    for (size_t i = 0; l && i < t->nsubclasses; i++)
        LIST_ITEM(l, i) = NEWREF((Obj *)t->subclasses[i]);
    return l;
}

static Obj *type_mro_method(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return list_from_iter(((TypeObj *)self)->mro);
}

static Obj *type_subclasscheck(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    if (!TYPE_CHECK(a[0]))
        return err_set(Exc_TypeError, "issubclass() arg 1 must be a class");
    return bool_new(type_is_subtype((TypeObj *)a[0], (TypeObj *)self));
}

static Obj *type_instancecheck(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return bool_new(obj_typecheck(a[0], (TypeObj *)self));
}

static const MethodDef type_methods[] = {
    { "mro", type_mro_method, METH_NOARGS, NULL },
    { "__subclasses__", type_subclasses, METH_NOARGS, NULL },
    { "__dir__", type_dir, METH_NOARGS, NULL },
    { "__subclasscheck__", type_subclasscheck, METH_O, NULL },
    { "__instancecheck__", type_instancecheck, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

TypeObj Type_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "type",
    .basicsize = sizeof(TypeObj), .flags = TPF_BASETYPE | TPF_TYPE_SUBCLASS,
    .dealloc = type_dealloc, .tp_new = type_tp_new, .tp_init = type_init, .repr = type_repr,
    .traverse = type_traverse, .clear = type_clear,
    .call = type_call, .getattr = type_getattro, .setattr = type_setattro,
    .hash = obj_default_hash, .richcompare = obj_default_richcompare,
    .nb = { [NB_OR] = type_union_or },
    .getset = type_getset, .methods = type_methods,
};

/* ------------------------------------------------------------------ */
/* Class creation (class statement / type(name, bases, dict))          */
/* ------------------------------------------------------------------ */

/* CPython's solid_base: the nearest class of t's base chain whose
 * instances add fields to its base's (C fields, or __slots__); a class
 * that only adds a __dict__ shares its base's layout. */
static TypeObj *solid_base(TypeObj *t)
{
    if (!t->base)
        return t;
    bool extra = (t->flags & TPF_SOLID) ||
                 ((t->flags & TPF_HEAPTYPE) ? t->nslots > 0 : t->basicsize != t->base->basicsize);
    return extra ? t : solid_base(t->base);
}

/* CPython's best_base: the base whose layout the new class extends (the
 * one with the most derived solid base); the solid bases of all the
 * bases must lie on one chain. */
static TypeObj *best_base(Obj *bases)
{
    TypeObj *base = NULL, *winner = NULL;
    for (size_t i = 0; i < TUPLE_SIZE(bases); i++) {
        Obj *b = TUPLE_ITEM(bases, i);
        if (!TYPE_CHECK(b)) {        /* _PyType_CalculateMetaclass: type(b) is no metaclass */
            err_set(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must "
                    "be a (non-strict) subclass of the metaclasses of all its bases");
            return NULL;
        }
        TypeObj *bt = (TypeObj *)b;
        if (!(bt->flags & TPF_BASETYPE)) {
            err_format(Exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        TypeObj *cand = solid_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
            ;
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            err_set(Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* Is x among lst[from+1 ...]?  (pmerge's tail_contains) */
static bool tail_contains(Obj *lst, size_t from, Obj *x)
{
    for (size_t j = from + 1; j < TUPLE_SIZE(lst); j++)
        if (TUPLE_ITEM(lst, j) == x)
            return true;
    return false;
}

/* CPython's set_mro_error: the heads left unmerged, in order, once each. */
static void mro_error(Obj **lists, size_t *remain, size_t n)
{
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    Obj *seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < n; i++) {
        if (remain[i] >= TUPLE_SIZE(lists[i]))
            continue;
        Obj *c = TUPLE_ITEM(lists[i], remain[i]);
        bool dup = false;
        for (size_t k = 0; k < nseen; k++)
            dup = dup || seen[k] == c;
        if (dup || nseen == 64)
            continue;
        sb_adds(&b, nseen ? ", " : " ");
        seen[nseen++] = c;
        sb_adds(&b, ((TypeObj *)c)->name);
    }
    Obj *msg = sb_finish(&b);
    if (msg) {
        err_set_obj(Exc_TypeError, msg);
        DECREF(msg);
    }
}

/* t's MRO by CPython's C3 linearisation (mro_implementation + pmerge):
 * t, then the merge of its bases' MROs and the list of bases. */
static Obj *mro_c3(TypeObj *t, Obj *bases)
{
    size_t n = TUPLE_SIZE(bases);
    if (n == 1) {
        Obj *bm = ((TypeObj *)TUPLE_ITEM(bases, 0))->mro;
        Obj *mro = tuple_new(TUPLE_SIZE(bm) + 1);
        if (!mro)
            return NULL;
        TUPLE_ITEM(mro, 0) = NEWREF((Obj *)t);
        for (size_t i = 0; i < TUPLE_SIZE(bm); i++)
            TUPLE_ITEM(mro, i + 1) = NEWREF(TUPLE_ITEM(bm, i));
        return mro;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (TUPLE_ITEM(bases, i) == TUPLE_ITEM(bases, j))
                return err_format(Exc_TypeError, "duplicate base class %s",
                                  ((TypeObj *)TUPLE_ITEM(bases, i))->name);
    Obj **lists = mem_alloc(sizeof(Obj *) * (n + 1));
    size_t *remain = mem_calloc(n + 1, sizeof(size_t));
    Obj *acc = list_new(0);
    if (!lists || !remain || !acc || list_append(acc, (Obj *)t) < 0)
        goto fail;
    for (size_t i = 0; i < n; i++)
        lists[i] = ((TypeObj *)TUPLE_ITEM(bases, i))->mro;
    lists[n] = bases;
    for (;;) {
        size_t empty = 0;
        bool progress = false;
        for (size_t i = 0; i <= n; i++) {
            if (remain[i] >= TUPLE_SIZE(lists[i])) {
                empty++;
                continue;
            }
            Obj *cand = TUPLE_ITEM(lists[i], remain[i]);
            bool skip = false;
            for (size_t j = 0; j <= n && !skip; j++)
                skip = tail_contains(lists[j], remain[j], cand);
            if (skip)
                continue;
            if (list_append(acc, cand) < 0)
                goto fail;
            for (size_t j = 0; j <= n; j++)
                if (remain[j] < TUPLE_SIZE(lists[j]) && TUPLE_ITEM(lists[j], remain[j]) == cand)
                    remain[j]++;
            progress = true;
            break;
        }
        if (progress)
            continue;
        if (empty != n + 1) {
            mro_error(lists, remain, n + 1);
            goto fail;
        }
        break;
    }
    mem_free(lists, 0);
    mem_free(remain, 0);
    Obj *r = list_as_tuple(acc);
    DECREF(acc);
    return r;
fail:
    if (lists)
        mem_free(lists, 0);
    if (remain)
        mem_free(remain, 0);
    XDECREF(acc);
    if (!err_occurred())
        err_nomemory();
    return NULL;
}

/* CPython's _Py_Mangle: __x in class _A_ is _A__x. */
static Obj *mangle(Obj *clsname, Obj *name)
{
    const char *n = STR_DATA(name), *c = STR_DATA(clsname);
    size_t len = STR_NBYTES(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len >= 4 && n[len - 1] == '_' &&
        n[len - 2] == '_') || strchr(n, '.'))
        return NEWREF(name);
    while (*c == '_')
        c++;
    if (!*c)
        return NEWREF(name);
    return str_from_format("_%s%s", c, n);
}

/* The __dict__ and __weakref__ attributes of instances of a class. */
static Obj *subtype_get_dict(Obj *o, void *c)
{
    (void)c;
    Obj **dp = obj_dict_ptr(o);
    if (!dp)
        return err_no_attribute(o, ID(__dict__));
    if (!*dp && !(*dp = dict_new()))
        return NULL;
    return NEWREF(*dp);
}

static int subtype_set_dict(Obj *o, Obj *v, void *c)
{
    (void)c;
    Obj **dp = obj_dict_ptr(o);
    if (!dp) {
        err_no_attribute(o, ID(__dict__));
        return -1;
    }
    if (v && !DICT_CHECK(v))
        return err_format_int(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                              v->type->name);
    SETREF(*dp, XNEWREF(v));
    return 0;
}

static Obj *subtype_get_weakref(Obj *o, void *c)
{
    (void)o; (void)c;
    return none_new();
}

static const GetSetDef subtype_dict_getset[] = {
    { "__dict__", subtype_get_dict, subtype_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};
static const GetSetDef subtype_weakref_getset[] = {
    { "__weakref__", subtype_get_weakref, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* Adds a getset descriptor to t's dict unless the name is there. */
static int add_getset_default(TypeObj *t, const GetSetDef *g)
{
    Obj *name = str_intern_cstr(g->name);
    if (!name)
        return -1;
    Obj *have = dict_getitem(t->dict, name);
    DECREF(name);
    return have ? 0 : type_add_getset(t, g);
}

/* What a class statement's __slots__ asks for (CPython's type_new_slots):
 * *names gets the member names (mangled, sorted; NULL without __slots__),
 * *add_dict / *add_weak whether instances get a __dict__ / __weakref__. */
static int read_slots(TypeObj *t, TypeObj *base, Obj *bases, Obj **names, bool *add_dict,
                      bool *add_weak)
{
    /* a metaclass's instances keep their namespace in TypeObj.dict */
    bool may_dict = base->dictoffset == 0 && !(base->flags & TPF_TYPE_SUBCLASS);
    bool may_weak = !(base->flags & (TPF_WEAKREF | TPF_VARSIZE));
    Obj *slots = dict_getitem(t->dict, ID(__slots__));
    *names = NULL;
    if (!slots) {
        *add_dict = may_dict;
        *add_weak = may_weak;
        return 0;
    }
    *add_dict = *add_weak = false;
    Obj *tup = STR_CHECK(slots) ? tuple_pack(1, slots) : tuple_from_iter(slots);
    Obj *list = tup ? list_new(0) : NULL;
    if (!list)
        goto fail;
    for (size_t i = 0; i < TUPLE_SIZE(tup); i++) {
        Obj *s = TUPLE_ITEM(tup, i);
        if (!STR_CHECK(s)) {
            err_format(Exc_TypeError, "__slots__ items must be strings, not '%s'", s->type->name);
            goto fail;
        }
        static Obj *isid;
        if (!isid && !(isid = str_intern_cstr("isidentifier")))
            goto fail;
        Obj *ok = obj_call_method(s, isid, NULL, 0);
        if (!ok)
            goto fail;
        DECREF(ok);
        if (ok != obj_true) {
            err_set(Exc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (str_eq(s, ID(__dict__))) {
            if (!may_dict || *add_dict) {
                err_set(Exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *add_dict = true;
            continue;
        }
        if (str_eq_cstr(s, "__weakref__")) {
            if (!may_weak || *add_weak) {
                err_set(Exc_TypeError, "__weakref__ slot disallowed: either we already got "
                        "one, or __itemsize__ != 0");
                goto fail;
            }
            *add_weak = true;
            continue;
        }
        Obj *m = mangle(t->name_obj, s);
        if (!m || list_append(list, m) < 0) {
            XDECREF(m);
            goto fail;
        }
        DECREF(m);
        if (dict_getitem(t->dict, m)) {
            err_format(Exc_ValueError, "%R in __slots__ conflicts with class variable", m);
            goto fail;
        }
    }
    if (LIST_SIZE(list) && (base->flags & TPF_VARSIZE)) {
        err_format(Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->name);
        goto fail;
    }
    if (list_sort(list, NULL, false) < 0)
        goto fail;
    /* secondary bases may give a __dict__ / __weakref__ */
    for (size_t i = 0; TUPLE_SIZE(bases) > 1 && i < TUPLE_SIZE(bases); i++) {
        TypeObj *b = (TypeObj *)TUPLE_ITEM(bases, i);
        if (b == base)
            continue;
        if (may_dict && b->dictoffset)
            *add_dict = true;
        if (may_weak && (b->flags & TPF_WEAKREF))
            *add_weak = true;
    }
    DECREF(tup);
    *names = list_as_tuple(list);
    DECREF(list);
    return *names ? 0 : -1;
fail:
    XDECREF(tup);
    XDECREF(list);
    return -1;
}

/* Layout of the new class's instances: the base's, then its slots, then
 * a __dict__ slot if it adds one (at the end of the block for a
 * variable-size base); member descriptors for the slots. */
static int layout_instances(TypeObj *t, TypeObj *base, Obj *names, bool add_dict)
{
    size_t align = sizeof(Obj *);
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    size_t n = names ? TUPLE_SIZE(names) : 0;
    if (n) {
        t->slotoffset = (base->basicsize + align - 1) / align * align;
        t->basicsize = t->slotoffset + n * sizeof(Obj *);
        t->slotnames = NEWREF(names);
        if (!(t->slotdefs = mem_calloc(n + 1, sizeof(MemberDef)))) {
            err_nomemory();
            return -1;
        }
        t->nslots = n;
        for (size_t i = 0; i < n; i++) {
            MemberDef *d = &t->slotdefs[i];
            d->name = STR_DATA(TUPLE_ITEM(names, i));
            d->kind = MEMBER_SLOT;
            d->offset = t->slotoffset + i * sizeof(Obj *);
            MemberDescrObj *m = (MemberDescrObj *)obj_alloc(&Member_Type, 0);
            if (!m)
                return -1;
            m->def = d;
            descr_set_owner((Obj *)m, t);
            int r = dict_setitem(t->dict, TUPLE_ITEM(names, i), (Obj *)m);
            DECREF(m);
            if (r < 0)
                return -1;
        }
    }
    if (add_dict && !t->dictoffset) {
        if (base->flags & TPF_VARSIZE) {
            t->dictoffset = DICTOFFSET_END;
        } else {
            t->dictoffset = (t->basicsize + align - 1) / align * align;
            t->basicsize = t->dictoffset + sizeof(Obj *);
        }
    }
    return 0;
}

/* Wraps a plain function __new__/__init_subclass__/__class_getitem__ in
 * staticmethod/classmethod as CPython's type_new does. */
static int wrap_implicit(Obj *dict, Obj *name, TypeObj *wrapper)
{
    Obj *f = dict_getitem(dict, name);
    if (!f || f->type != &Function_Type)
        return 0;
    WrapFuncObj *w = (WrapFuncObj *)obj_alloc(wrapper, 0);
    if (!w)
        return -1;
    w->func = NEWREF(f);
    int r = dict_setitem(dict, name, (Obj *)w);
    DECREF(w);
    return r;
}

/* Calls __set_name__ on class attributes that define it. */
static int call_set_names(TypeObj *t)
{
    size_t pos = 0;
    Obj *k, *v;
    Obj *items = list_new(0);
    if (!items)
        return -1;
    while (dict_next(t->dict, &pos, &k, &v)) {
        Obj *pair = tuple_pack(2, k, v);
        if (!pair || list_append(items, pair) < 0) {
            XDECREF(pair);
            DECREF(items);
            return -1;
        }
        DECREF(pair);
    }
    int rc = 0;
    for (size_t i = 0; i < LIST_SIZE(items) && rc == 0; i++) {
        Obj *pair = LIST_ITEM(items, i);
        Obj *val = TUPLE_ITEM(pair, 1);
        Obj *a[2] = { (Obj *)t, TUPLE_ITEM(pair, 0) };
        bool found;
        Obj *r = obj_call_special(val, ID(__set_name__), a, 2, &found);
        if (found && !r) {            /* CPython 3.11 wraps the error */
            Obj *cause = err_fetch();
            err_format(Exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                       val->type->name, TUPLE_ITEM(pair, 0), t->name);
            if (cause) {
                exc_set_context(err_occurred(), cause);
                exc_set_cause(err_occurred(), cause);      /* steals */
            }
            rc = -1;
        }
        XDECREF(r);
        if (!found && err_occurred())
            rc = -1;
    }
    DECREF(items);
    return rc;
}

/* Classes of the builtins module made by class_new (the exception
 * classes) look like C types: no __dict__/__weakref__ descriptors or
 * __doc__ = None of their own. */
static bool builtin_class(Obj *ns)
{
    Obj *m = dict_getitem(ns, ID(__module__));
    return m && STR_CHECK(m) && str_eq_cstr(m, "builtins");
}

/* The most derived of meta and the types of bases (CPython's
 * _PyType_CalculateMetaclass). */
TypeObj *type_calculate_meta(TypeObj *meta, Obj *bases)
{
    TypeObj *winner = meta;
    for (size_t i = 0; i < TUPLE_SIZE(bases); i++) {
        TypeObj *bt = TUPLE_ITEM(bases, i)->type;
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        err_set(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be "
                "a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

Obj *class_new(Obj *name, Obj *bases, Obj *ns)
{
    return class_new_meta(&Type_Type, name, bases, ns);
}

Obj *class_new_meta(TypeObj *meta, Obj *name, Obj *given_bases, Obj *ns)
{
    Obj *bases = TUPLE_SIZE(given_bases) ? NEWREF(given_bases)
                                         : tuple_pack(1, (Obj *)&Object_Type);
    if (!bases)
        return NULL;
    TypeObj *base = best_base(bases);
    if (!base) {
        DECREF(bases);
        return NULL;
    }
    TypeObj *t = (TypeObj *)obj_alloc(meta, 0);
    if (!t) {
        DECREF(bases);
        return NULL;
    }
    Obj *slotnames = NULL;
    bool add_dict, add_weak, builtin = builtin_class(ns);
    t->flags = TPF_HEAPTYPE | TPF_BASETYPE | TPF_READY;
    t->name_obj = NEWREF(name);
    t->name = STR_DATA(name);
    t->base = base;
    t->bases = bases;
    if (base->flags & TPF_HEAPTYPE)
        INCREF(base);
    if (!(t->dict = dict_copy(ns)))
        goto fail;
    ((DictObj *)t->dict)->of_type = true;
    /* collections.abc.Sequence / Mapping say what they are for match
     * statements as in CPython (its _abc_init): __abc_tpflags__ in the
     * class body, 1 << 5 sequence, 1 << 6 mapping; subclasses inherit it */
    Obj *abcf = dict_getitem(t->dict, ID(__abc_tpflags__));
    if (abcf) {
        int64_t v;
        if (INT_CHECK_EXACT(abcf)) {
            if (int_as_i64(abcf, &v) < 0)
                goto fail;
            t->flags |= ((v & (1 << 5)) ? TPF_SEQUENCE : 0) | ((v & (1 << 6)) ? TPF_MAPPING : 0);
        }
        if (dict_delitem(t->dict, ID(__abc_tpflags__)) < 0)
            goto fail;
    }
    Obj *qn = dict_getitem(t->dict, ID(__qualname__));
    if (qn) {
        if (!STR_CHECK(qn)) {
            err_format(Exc_TypeError, "type __qualname__ must be a str, not %s", qn->type->name);
            goto fail;
        }
        t->qualname = NEWREF(qn);
        if (dict_delitem(t->dict, ID(__qualname__)) < 0)
            goto fail;
    }
    if (!(t->mro = mro_c3(t, bases)))
        goto fail;
    if (wrap_implicit(t->dict, ID(__new__), &StaticMethod_Type) < 0 ||
        wrap_implicit(t->dict, ID(__init_subclass__), &ClassMethod_Type) < 0 ||
        wrap_implicit(t->dict, ID(__class_getitem__), &ClassMethod_Type) < 0)
        goto fail;
    if (read_slots(t, base, bases, &slotnames, &add_dict, &add_weak) < 0 ||
        layout_instances(t, base, slotnames, add_dict) < 0)
        goto fail;
    if (add_weak)
        t->flags |= TPF_WEAKREF;
    if (!builtin && ((add_dict && !base->dictoffset &&
                      add_getset_default(t, subtype_dict_getset) < 0) ||
                     (add_weak && add_getset_default(t, subtype_weakref_getset) < 0)))
        goto fail;
    if (!builtin && !dict_getitem(t->dict, ID(__doc__)) &&
        dict_setitem(t->dict, ID(__doc__), obj_none) < 0)
        goto fail;
    if (dict_getitem(t->dict, ID(__eq__)) && !dict_getitem(t->dict, ID(__hash__)) &&
        dict_setitem(t->dict, ID(__hash__), obj_none) < 0)
        goto fail;
    CLEAR(slotnames);
    inherit_slots(t, base);
    t->hash = base->hash;
    t->richcompare = base->richcompare;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->finalize = subtype_finalize;
    fixup_all_slots(t);
    if (call_set_names(t) < 0)
        goto fail;
    for (size_t i = 0; i < TUPLE_SIZE(bases); i++)
        if (add_subclass((TypeObj *)TUPLE_ITEM(bases, i), t) < 0)
            goto fail;
    return (Obj *)t;
fail:
    XDECREF(slotnames);
    DECREF(t);
    return NULL;
}

/* After class creation: base.__init_subclass__(cls, **kwargs). */
int class_init_subclass(Obj *cls, Obj *kwargs)
{
    Obj *sup = super_new_for(NULL, cls, (TypeObj *)cls);
    if (!sup)
        return -1;
    Obj *f = obj_getattr(sup, ID(__init_subclass__));
    DECREF(sup);
    if (!f)
        return -1;
    Obj *r = obj_call_tuple_dict(f, NULL, kwargs);
    DECREF(f);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Bound methods                                                       */
/* ------------------------------------------------------------------ */

Obj *method_new(Obj *func, Obj *self)
{
    MethodObj *m = (MethodObj *)obj_alloc(&Method_Type, 0);
    if (!m)
        return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    return (Obj *)m;
}

static void method_dealloc(Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    DECREF(m->func);
    DECREF(m->self);
    obj_free(o);
}

static Obj *method_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames)
{
    MethodObj *m = (MethodObj *)o;
    return call_with_self(m->func, m->self, args, nargs, kwnames);
}

static Obj *method_repr(Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    Obj *qn = obj_getattr_opt(m->func, ID(__qualname__));
    if (!qn && err_occurred())
        return NULL;
    Obj *sr = obj_repr(m->self);
    Obj *r = sr ? str_from_format("<bound method %S of %S>", qn ? qn : obj_none, sr) : NULL;
    XDECREF(qn);
    XDECREF(sr);
    return r;
}

/* Other attributes come from the function (m.__name__, m.__doc__). */
static Obj *method_getattr(Obj *o, Obj *name)
{
    Obj *r = obj_generic_getattr(o, name);
    if (r || !err_matches(Exc_AttributeError))
        return r;
    err_clear();
    return obj_getattr(((MethodObj *)o)->func, name);
}

static Obj *method_richcompare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || b->type != &Method_Type)
        return notimpl_new();
    MethodObj *x = (MethodObj *)a, *y = (MethodObj *)b;
    bool eq = x->func == y->func && x->self == y->self;
    return bool_new(eq == (op == CMP_EQ));
}

static hash_t method_hash(Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    return obj_default_hash(m->func) ^ obj_default_hash(m->self);
}

static const MemberDef method_members[] = {
    { "__func__", MEMBER_OBJ, offsetof(MethodObj, func), true },
    { "__self__", MEMBER_OBJ, offsetof(MethodObj, self), true },
    { NULL, 0, 0, false },
};

/* types.MethodType(function, instance). */
static Obj *method_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    if (args_no_kw("method", kw) < 0 || args_count("method", n, 2, 2) < 0)
        return NULL;
    if (!obj_is_callable(a[0]))
        return err_set(Exc_TypeError, "first argument must be callable");
    if (a[1] == obj_none)
        return err_set(Exc_TypeError, "instance must not be None");
    return method_new(a[0], a[1]);
}

static void method_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((MethodObj *)o)->func);
    GC_VISIT(((MethodObj *)o)->self);
}

TypeObj Method_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "method", .tp_new = method_tp_new,
    .traverse = method_traverse,
    .basicsize = sizeof(MethodObj), .dealloc = method_dealloc, .repr = method_repr,
    .call = method_call, .getattr = method_getattr, .richcompare = method_richcompare,
    .hash = method_hash, .members = method_members,
};

/* ------------------------------------------------------------------ */
/* super                                                               */
/* ------------------------------------------------------------------ */

typedef struct SuperObj {
    Obj ob;
    TypeObj *type;      /* the class where the method is defined (owned) */
    Obj *obj;           /* the instance or class bound (owned) */
    TypeObj *obj_type;  /* type(obj), or obj if it is a subclass of type */
} SuperObj;

static void super_dealloc(Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    XDECREF(s->type);
    XDECREF(s->obj);
    XDECREF(s->obj_type);
    obj_free(o);
}

/* super(type, obj) once the arguments are known. */
Obj *super_new_for(Obj *type_unused, Obj *obj, TypeObj *type)
{
    (void)type_unused;
    TypeObj *ot;
    if (TYPE_CHECK(obj) && type_is_subtype((TypeObj *)obj, type))
        ot = (TypeObj *)obj;
    else if (obj_typecheck(obj, type))
        ot = obj->type;
    else
        return err_set(Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    SuperObj *s = (SuperObj *)obj_alloc(&Super_Type, 0);
    if (!s)
        return NULL;
    s->type = (TypeObj *)NEWREF((Obj *)type);
    s->obj = NEWREF(obj);
    s->obj_type = (TypeObj *)NEWREF((Obj *)ot);
    return (Obj *)s;
}

static Obj *super_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    if (args_no_kw("super", kw) < 0 || args_count("super", n, 0, 2) < 0)
        return NULL;
    Obj *type, *obj;
    if (n == 0) {
        if (interp_super_args(&type, &obj) < 0)
            return NULL;
    } else {
        type = a[0];
        obj = n > 1 ? a[1] : NULL;
        if (!TYPE_CHECK(type))
            return err_format(Exc_TypeError, "super() argument 1 must be a type, not %s",
                              type->type->name);
        if (!obj)
            return err_set(Exc_NotImplementedError, "unbound super() is not supported");
    }
    return super_new_for(NULL, obj, (TypeObj *)type);
}

static Obj *super_getattro(Obj *o, Obj *name)
{
    SuperObj *s = (SuperObj *)o;
    Obj *mro = s->obj_type->mro;
    size_t i = 0, n = TUPLE_SIZE(mro);
    if (!str_eq(name, ID(__class__))) {
        while (i < n && TUPLE_ITEM(mro, i) != (Obj *)s->type)
            i++;
        for (i++; i < n; i++) {
            Obj *v = dict_getitem(((TypeObj *)TUPLE_ITEM(mro, i))->dict, name);
            if (!v)
                continue;
            if (!v->type->descr_get)
                return NEWREF(v);
            return v->type->descr_get(v, s->obj == (Obj *)s->obj_type ? NULL : s->obj,
                                      (Obj *)s->obj_type);
        }
    }
    Obj *r = obj_generic_getattr(o, name);
    if (!r && err_matches(Exc_AttributeError)) {
        err_clear();
        err_format(Exc_AttributeError, "'super' object has no attribute '%S'", name);
    }
    return r;
}

static Obj *super_repr(Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    return str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                           s->obj_type->name);
}

static void super_traverse(Obj *o, GCVisitor *v)
{
    SuperObj *s = (SuperObj *)o;
    GC_VISIT(s->type);
    GC_VISIT(s->obj);
    GC_VISIT(s->obj_type);
}

TypeObj Super_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "super",
    .traverse = super_traverse,
    .basicsize = sizeof(SuperObj), .flags = TPF_BASETYPE,
    .dealloc = super_dealloc, .tp_new = super_tp_new, .getattr = super_getattro,
    .repr = super_repr,
};

/* Calls f(self, *args, **kw): prepends self to the argument array. */
Obj *call_with_self(Obj *f, Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    size_t total = n + kwnames_len(kw);
    Obj *small[8];
    Obj **arr = total + 1 <= 8 ? small : mem_alloc(sizeof(Obj *) * (total + 1));
    if (!arr)
        return err_nomemory();
    arr[0] = self;
    for (size_t i = 0; i < total; i++)
        arr[i + 1] = a[i];
    Obj *r = obj_call(f, arr, n + 1, kw);
    if (arr != small)
        mem_free(arr, 0);
    return r;
}
