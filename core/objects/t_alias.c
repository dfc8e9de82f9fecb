/* t_alias.c - the objects of type hints: types.GenericAlias (list[int],
 * what a builtin class's __class_getitem__ makes) and types.UnionType
 * (int | None, what `type | type` makes), with CPython's reprs, equality,
 * isinstance() through a union, and attribute access through an alias to
 * its origin (Objects/genericaliasobject.c, Objects/unionobject.c).
 *
 * Global state: none beyond the static type objects.
 */
#include "objects/object.h"

#include <string.h>

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"

typedef struct AliasObj {
    Obj ob;
    Obj *origin;        /* list in list[int] (owned) */
    Obj *args;          /* tuple (owned) */
    Obj *params;        /* __parameters__: () (owned) */
} AliasObj;

typedef struct UnionObj {
    Obj ob;
    Obj *args;          /* tuple of the members, flattened, once each (owned) */
} UnionObj;

/* ---- reprs ---- */

/* A member of an alias's or a union's repr: None, Ellipsis as "...",
 * a class as its qualified name (without "builtins."), an alias as its
 * repr, anything else as repr(). */
static int repr_item(StrBuf *b, Obj *p, bool in_union)
{
    if (p == (Obj *)&None_Type || (in_union && p == obj_none)) {
        sb_adds(b, "None");
        return 0;
    }
    if (!in_union && p == obj_ellipsis) {
        sb_adds(b, "...");
        return 0;
    }
    if (TYPE_CHECK(p) && p->type == &Type_Type) {
        Obj *qn = obj_getattr(p, ID(__qualname__));
        Obj *mod = qn ? obj_getattr(p, ID(__module__)) : NULL;
        if (!mod) {
            XDECREF(qn);
            return -1;
        }
        if (!(STR_CHECK(mod) && str_eq_cstr(mod, "builtins"))) {
            Obj *ms = obj_str(mod);
            if (!ms) {
                DECREF(qn);
                DECREF(mod);
                return -1;
            }
            sb_addobj(b, ms);
            sb_addc(b, '.');
            DECREF(ms);
        }
        Obj *qs = obj_str(qn);
        if (qs)
            sb_addobj(b, qs);
        XDECREF(qs);
        DECREF(qn);
        DECREF(mod);
        return qs ? 0 : -1;
    }
    Obj *r = obj_repr(p);
    if (!r)
        return -1;
    sb_addobj(b, r);
    DECREF(r);
    return 0;
}

static Obj *alias_repr(Obj *o)
{
    AliasObj *a = (AliasObj *)o;
    StrBuf b;
    sb_init(&b);
    if (repr_item(&b, a->origin, false) < 0)
        goto fail;
    sb_addc(&b, '[');
    if (TUPLE_SIZE(a->args) == 0)
        sb_adds(&b, "()");
    for (size_t i = 0; i < TUPLE_SIZE(a->args); i++) {
        if (i)
            sb_adds(&b, ", ");
        Obj *x = TUPLE_ITEM(a->args, i);
        if (LIST_CHECK(x)) {         /* Callable[[int], str] */
            sb_addc(&b, '[');
            for (size_t j = 0; j < LIST_SIZE(x); j++) {
                if (j)
                    sb_adds(&b, ", ");
                if (repr_item(&b, LIST_ITEM(x, j), false) < 0)
                    goto fail;
            }
            sb_addc(&b, ']');
        } else if (repr_item(&b, x, false) < 0) {
            goto fail;
        }
    }
    sb_addc(&b, ']');
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

static Obj *union_repr(Obj *o)
{
    UnionObj *u = (UnionObj *)o;
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < TUPLE_SIZE(u->args); i++) {
        if (i)
            sb_adds(&b, " | ");
        if (repr_item(&b, TUPLE_ITEM(u->args, i), true) < 0) {
            sb_free(&b);
            return NULL;
        }
    }
    return sb_finish(&b);
}

/* ---- GenericAlias ---- */

Obj *generic_alias_new(Obj *origin, Obj *args)
{
    if (type_ready(&GenericAlias_Type) < 0)
        return NULL;
    AliasObj *a = (AliasObj *)obj_alloc(&GenericAlias_Type, 0);
    if (!a)
        return NULL;
    a->origin = NEWREF(origin);
    a->args = TUPLE_CHECK(args) ? NEWREF(args) : tuple_pack(1, args);
    a->params = NEWREF(obj_empty_tuple);
    if (!a->args) {
        DECREF(a);
        return NULL;
    }
    return (Obj *)a;
}

static void alias_dealloc(Obj *o)
{
    AliasObj *a = (AliasObj *)o;
    XDECREF(a->origin);
    XDECREF(a->args);
    XDECREF(a->params);
    obj_free(o);
}

static Obj *alias_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    if (args_no_kw("GenericAlias", kw) < 0 || args_count("GenericAlias", n, 2, 2) < 0)
        return NULL;
    return generic_alias_new(a[0], a[1]);
}

/* What an alias keeps for itself; other names come from the origin. */
static bool alias_own_attr(Obj *name)
{
    static const char *const own[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
        "__reduce__", "__copy__", "__deepcopy__",
    };
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (str_eq_cstr(name, own[i]))
            return true;
    return false;
}

static Obj *alias_getattr(Obj *o, Obj *name)
{
    if (!alias_own_attr(name))
        return obj_getattr(((AliasObj *)o)->origin, name);
    return obj_generic_getattr(o, name);
}

/* Calling an alias calls its origin, then notes the alias on the
 * instance as __orig_class__ where it can. */
static Obj *alias_call(Obj *o, Obj *const *a, size_t n, Obj *kw)
{
    Obj *r = obj_call(((AliasObj *)o)->origin, a, n, kw);
    if (!r)
        return NULL;
    Obj *name = NEWREF(ID(__orig_class__));
    if (!name || obj_setattr(r, name, o) < 0) {
        if (err_matches(Exc_AttributeError) || err_matches(Exc_TypeError)) {
            err_clear();
        } else {
            XDECREF(name);
            DECREF(r);
            return NULL;
        }
    }
    XDECREF(name);
    return r;
}

static Obj *alias_getitem(Obj *o, Obj *key)
{
    (void)key;
    return err_format(Exc_TypeError, "%R is not a generic class", o);
}

static Obj *alias_richcompare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || b->type != &GenericAlias_Type)
        return notimpl_new();
    AliasObj *x = (AliasObj *)a, *y = (AliasObj *)b;
    int eq = obj_compare_bool(x->origin, y->origin, CMP_EQ);
    if (eq > 0)
        eq = obj_compare_bool(x->args, y->args, CMP_EQ);
    if (eq < 0)
        return NULL;
    return bool_new(eq == (op == CMP_EQ));
}

static hash_t alias_hash(Obj *o)
{
    AliasObj *a = (AliasObj *)o;
    hash_t h0 = obj_hash(a->origin);
    if (h0 == -1)
        return -1;
    hash_t h1 = obj_hash(a->args);
    if (h1 == -1)
        return -1;
    hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* class C(list[int]): the alias stands for its origin among the bases. */
static Obj *alias_mro_entries(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return tuple_pack(1, ((AliasObj *)self)->origin);
}

static Obj *alias_instancecheck(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return err_set(Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Obj *alias_subclasscheck(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return err_set(Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static const MethodDef alias_methods[] = {
    { "__mro_entries__", alias_mro_entries, METH_O, NULL },
    { "__instancecheck__", alias_instancecheck, METH_O, NULL },
    { "__subclasscheck__", alias_subclasscheck, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const MemberDef alias_members[] = {
    { "__origin__", MEMBER_OBJ, offsetof(AliasObj, origin), true },
    { "__args__", MEMBER_OBJ, offsetof(AliasObj, args), true },
    { "__parameters__", MEMBER_OBJ, offsetof(AliasObj, params), true },
    { NULL, 0, 0, false },
};

static Obj *union_or(Obj *a, Obj *b);

static void alias_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((AliasObj *)o)->origin);
    GC_VISIT(((AliasObj *)o)->args);
    GC_VISIT(((AliasObj *)o)->params);
}

TypeObj GenericAlias_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "types.GenericAlias",
    .traverse = alias_traverse,
    .basicsize = sizeof(AliasObj), .flags = TPF_BASETYPE,
    .dealloc = alias_dealloc, .tp_new = alias_tp_new, .repr = alias_repr,
    .getattr = alias_getattr, .call = alias_call, .getitem = alias_getitem,
    .richcompare = alias_richcompare, .hash = alias_hash,
    .nb = { [NB_OR] = union_or },
    .methods = alias_methods, .members = alias_members,
};

/* cls.__class_getitem__(item) of the builtin generic classes. */
Obj *generic_class_getitem(Obj *cls, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return generic_alias_new(cls, a[0]);
}

/* ---- UnionType ---- */

/* Can x be a member of a union (`X | Y`)? */
static bool unionable(Obj *x)
{
    return x == obj_none || TYPE_CHECK(x) || x->type == &GenericAlias_Type ||
           x->type == &Union_Type;
}

/* Adds x (a union's members, or x itself; None as NoneType) to list l
 * unless already there. */
static int union_add(Obj *l, Obj *x)
{
    if (x->type == &Union_Type) {
        Obj *args = ((UnionObj *)x)->args;
        for (size_t i = 0; i < TUPLE_SIZE(args); i++)
            if (union_add(l, TUPLE_ITEM(args, i)) < 0)
                return -1;
        return 0;
    }
    if (x == obj_none)
        x = (Obj *)&None_Type;
    for (size_t i = 0; i < LIST_SIZE(l); i++) {
        Obj *y = LIST_ITEM(l, i);
        if (y == x)
            return 0;
        if (x->type == &GenericAlias_Type && y->type == &GenericAlias_Type) {
            int eq = obj_compare_bool(x, y, CMP_EQ);
            if (eq != 0)
                return eq < 0 ? -1 : 0;
        }
    }
    return list_append(l, x);
}

/* a | b for classes, None, aliases and unions: a union of both (or the
 * one class when both are the same); NotImplemented for other operands. */
Obj *type_union_or(Obj *a, Obj *b)
{
    if (!unionable(a) || !unionable(b))
        return notimpl_new();
    if (type_ready(&Union_Type) < 0)
        return NULL;
    Obj *l = list_new(0);
    if (!l || union_add(l, a) < 0 || union_add(l, b) < 0) {
        XDECREF(l);
        return NULL;
    }
    if (LIST_SIZE(l) == 1) {
        Obj *r = NEWREF(LIST_ITEM(l, 0));
        DECREF(l);
        return r;
    }
    UnionObj *u = (UnionObj *)obj_alloc(&Union_Type, 0);
    if (u && !(u->args = list_as_tuple(l)))
        CLEAR(u);
    DECREF(l);
    return (Obj *)u;
}

static Obj *union_or(Obj *a, Obj *b) { return type_union_or(a, b); }

static void union_dealloc(Obj *o)
{
    XDECREF(((UnionObj *)o)->args);
    obj_free(o);
}

static Obj *union_args_set(Obj *o)
{
    return frozenset_new(((UnionObj *)o)->args);
}

static Obj *union_richcompare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || b->type != &Union_Type)
        return notimpl_new();
    Obj *x = union_args_set(a), *y = x ? union_args_set(b) : NULL;
    Obj *r = y ? obj_richcompare(x, y, op) : NULL;
    XDECREF(x);
    XDECREF(y);
    return r;
}

static hash_t union_hash(Obj *o)
{
    Obj *s = union_args_set(o);
    if (!s)
        return -1;
    hash_t h = obj_hash(s);
    DECREF(s);
    return h;
}

/* isinstance(x, A | B) / issubclass(C, A | B): any member matches. */
int union_check(Obj *u, Obj *o, bool sub)
{
    Obj *args = ((UnionObj *)u)->args;
    for (size_t i = 0; i < TUPLE_SIZE(args); i++) {   /* in order, as a tuple */
        TypeObj *t = (TypeObj *)TUPLE_ITEM(args, i);
        if (t->ob.type == &GenericAlias_Type)
            return err_format_int(Exc_TypeError, "%s() argument 2 cannot be a parameterized "
                                  "generic", sub ? "issubclass" : "isinstance");
        if (!TYPE_CHECK((Obj *)t))
            continue;
        if (sub ? type_is_subtype((TypeObj *)o, t) : obj_typecheck(o, t))
            return 1;
    }
    return 0;
}

static Obj *union_get_params(Obj *o, void *c)
{
    (void)o; (void)c;
    return NEWREF(obj_empty_tuple);
}

static const MemberDef union_members[] = {
    { "__args__", MEMBER_OBJ, offsetof(UnionObj, args), true },
    { NULL, 0, 0, false },
};

static const GetSetDef union_getset[] = {
    { "__parameters__", union_get_params, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void union_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((UnionObj *)o)->args); }

TypeObj Union_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "types.UnionType",
    .traverse = union_traverse,
    .basicsize = sizeof(UnionObj),
    .dealloc = union_dealloc, .repr = union_repr,
    .richcompare = union_richcompare, .hash = union_hash,
    .nb = { [NB_OR] = union_or },
    .members = union_members, .getset = union_getset,
};

/* ---- types.MappingProxyType: a read-only view of a mapping (a class's
 * __dict__) ---- */

typedef struct ProxyObj {
    Obj ob;
    Obj *mapping;       /* owned */
} ProxyObj;

#define PROXIED(o) (((ProxyObj *)(o))->mapping)

Obj *mappingproxy_new(Obj *mapping)
{
    ProxyObj *p = (ProxyObj *)obj_alloc(&MappingProxy_Type, 0);
    if (p)
        p->mapping = NEWREF(mapping);
    return (Obj *)p;
}

static void proxy_dealloc(Obj *o)
{
    XDECREF(PROXIED(o));
    obj_free(o);
}

static Obj *proxy_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    static const char *const names[] = { "mapping" };
    Obj *v[1];
    if (args_parse("mappingproxy", a, n, kw, names, 1, 1, 1, v) < 0)
        return NULL;
    if (!v[0]->type->getitem || LIST_CHECK(v[0]) || TUPLE_CHECK(v[0]))
        return err_format(Exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                          v[0]->type->name);
    return mappingproxy_new(v[0]);
}

static Obj *proxy_repr(Obj *o) { return str_from_format("mappingproxy(%R)", PROXIED(o)); }
static Obj *proxy_str(Obj *o) { return obj_str(PROXIED(o)); }
static Obj *proxy_getitem(Obj *o, Obj *k) { return obj_getitem(PROXIED(o), k); }
static int64_t proxy_len(Obj *o) { return obj_len(PROXIED(o)); }
static int proxy_contains(Obj *o, Obj *k) { return obj_contains(PROXIED(o), k); }
static Obj *proxy_iter(Obj *o) { return obj_iter(PROXIED(o)); }

static Obj *proxy_richcompare(Obj *a, Obj *b, int op)
{
    return obj_richcompare(PROXIED(a), b, op);
}

static Obj *proxy_or(Obj *a, Obj *b)
{
    Obj *x = a->type == &MappingProxy_Type ? PROXIED(a) : a;
    Obj *y = b->type == &MappingProxy_Type ? PROXIED(b) : b;
    return obj_binop(x, y, NB_OR);
}

static int proxy_setitem(Obj *o, Obj *k, Obj *v)
{
    (void)k;
    return err_format_int(Exc_TypeError, "'%s' object does not support item %s",
                          o->type->name, v ? "assignment" : "deletion");
}

/* get/keys/values/items/copy: the mapping's own methods. */
static Obj *proxy_forward(Obj *o, const char *name, Obj *const *a, size_t n)
{
    Obj *m = obj_getattr_cstr(PROXIED(o), name);
    if (!m)
        return NULL;
    Obj *r = obj_call(m, a, n, NULL);
    DECREF(m);
    return r;
}

static Obj *proxy_get(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    if (args_count("get", n, 1, 2) < 0)
        return NULL;
    return proxy_forward(o, "get", a, n);
}

static Obj *proxy_keys(Obj *o, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return proxy_forward(o, "keys", NULL, 0); }
static Obj *proxy_values(Obj *o, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return proxy_forward(o, "values", NULL, 0); }
static Obj *proxy_items(Obj *o, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return proxy_forward(o, "items", NULL, 0); }
static Obj *proxy_copy(Obj *o, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return proxy_forward(o, "copy", NULL, 0); }

static Obj *proxy_reversed(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return iter_reversed(PROXIED(o));
}

static const MethodDef proxy_methods[] = {
    { "get", proxy_get, METH_FASTCALL, NULL },
    { "keys", proxy_keys, METH_NOARGS, NULL },
    { "values", proxy_values, METH_NOARGS, NULL },
    { "items", proxy_items, METH_NOARGS, NULL },
    { "copy", proxy_copy, METH_NOARGS, NULL },
    { "__reversed__", proxy_reversed, METH_NOARGS, NULL },
    { "__class_getitem__", generic_class_getitem, METH_O | METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static void proxy_traverse(Obj *o, GCVisitor *v) { GC_VISIT(PROXIED(o)); }

TypeObj MappingProxy_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "mappingproxy",
    .traverse = proxy_traverse,
    .basicsize = sizeof(ProxyObj), .flags = TPF_MAPPING,    /* a mapping for match */
    .dealloc = proxy_dealloc, .tp_new = proxy_tp_new,
    .repr = proxy_repr, .str = proxy_str, .getitem = proxy_getitem,
    .setitem = proxy_setitem, .len = proxy_len, .contains = proxy_contains,
    .iter = proxy_iter, .richcompare = proxy_richcompare,
    .nb = { [NB_OR] = proxy_or }, .methods = proxy_methods,
};
