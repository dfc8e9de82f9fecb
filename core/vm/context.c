/* context.c - contextvars (context.h): Context, ContextVar, Token, with
 * CPython 3.11's reprs and messages.
 *
 * Global state: the current context (owned), NULL until first used.
 */
#include "vm/context.h"

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"

typedef struct ContextVarObj {
    Obj ob;
    Obj *name;                   /* str */
    Obj *dflt;                   /* default=, or NULL */
} ContextVarObj;

typedef struct TokenObj {
    Obj ob;
    ContextObj *ctx;             /* the context it was made in */
    ContextVarObj *var;
    Obj *old_value;              /* NULL: Token.MISSING */
    bool used;
} TokenObj;

static ContextObj *current;      /* owned; NULL: an empty base context */
static Obj *token_missing;       /* Token.MISSING (immortal) */

/* ---- contexts ---- */

static ContextObj *context_alloc(Obj *vars)
{
    ContextObj *c = (ContextObj *)obj_alloc(&Context_Type, 0);
    if (!c)
        return NULL;
    c->vars = vars ? NEWREF(vars) : dict_new();
    if (!c->vars)
        CLEAR(c);
    return c;
}

/* The current context (borrowed), made empty if there is none. */
static ContextObj *context_get(void)
{
    if (!current)
        current = context_alloc(NULL);
    return current;
}

Obj *ctx_copy_current(void)
{
    ContextObj *c = context_get();
    return c ? (Obj *)context_alloc(c->vars) : NULL;
}

int ctx_enter(Obj *o)
{
    ContextObj *c = (ContextObj *)o;
    if (c->entered) {
        err_format(Exc_RuntimeError, "cannot enter context: %R is already entered", o);
        return -1;
    }
    c->prev = current;           /* the reference moves */
    c->entered = true;
    current = (ContextObj *)NEWREF(o);
    return 0;
}

void ctx_exit(Obj *o)
{
    ContextObj *c = (ContextObj *)o;
    if (current != c)            /* cannot happen: entries nest */
        return;
    current = c->prev;
    c->prev = NULL;
    c->entered = false;
    DECREF(c);
}

Obj *ctx_run(Obj *ctx, Obj *fn, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (ctx_enter(ctx) < 0)
        return NULL;
    Obj *r = obj_call(fn, args, nargs, kwnames);
    ctx_exit(ctx);
    return r;
}

void ctx_reset(void)
{
    CLEAR(current);
}

/* A dict of c's own to write to (copied if its copies share it). */
static Obj *writable_vars(ContextObj *c)
{
    if (c->vars->refcnt > 1) {
        Obj *d = dict_copy(c->vars);
        if (!d)
            return NULL;
        SETREF(c->vars, d);
    }
    return c->vars;
}

static bool is_var(Obj *o) { return OBJ_TYPE(o) == &ContextVar_Type; }

static int check_var_key(Obj *key)
{
    if (!is_var(key))
        return err_format_int(Exc_TypeError, "a ContextVar key was expected, got %R", key);
    return 0;
}

static Obj *context_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t; (void)a;
    if (n || kwnames_len(kw))
        return err_set(Exc_TypeError, "Context() does not accept any arguments");
    return (Obj *)context_alloc(NULL);
}

static void context_dealloc(Obj *o)
{
    ContextObj *c = (ContextObj *)o;
    XDECREF(c->vars);
    XDECREF(c->prev);
    obj_free(o);
}

static Obj *cm_run(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    if (n < 1)
        return err_set(Exc_TypeError, "run() missing 1 required positional argument");
    return ctx_run(self, a[0], a + 1, n - 1, kw);
}

static Obj *cm_copy(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return (Obj *)context_alloc(((ContextObj *)self)->vars);
}

static Obj *cm_get(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "key", "default" };
    Obj *v[2] = { NULL, NULL };
    if (args_parse("get", a, n, kw, names, 2, 2, 1, v) < 0 || check_var_key(v[0]) < 0)
        return NULL;
    Obj *r = dict_getitem(((ContextObj *)self)->vars, v[0]);
    return NEWREF(r ? r : v[1] ? v[1] : obj_none);
}

/* keys() / values() / items(): lists (CPython gives views of its HAMT). */
static Obj *vars_list(Obj *self, int which)
{
    Obj *d = ((ContextObj *)self)->vars, *k, *v, *l = list_new(0);
    size_t pos = 0;
    while (l && dict_next(d, &pos, &k, &v)) {
        Obj *item = which == 0 ? NEWREF(k) : which == 1 ? NEWREF(v) : tuple_pack(2, k, v);
        if (!item || list_append(l, item) < 0)
            CLEAR(l);
        XDECREF(item);
    }
    return l;
}

static Obj *cm_keys(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return vars_list(self, 0);
}

static Obj *cm_values(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return vars_list(self, 1);
}

static Obj *cm_items(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return vars_list(self, 2);
}

static Obj *context_getitem(Obj *self, Obj *key)
{
    if (check_var_key(key) < 0)
        return NULL;
    Obj *r = dict_getitem(((ContextObj *)self)->vars, key);
    if (!r && !err_occurred())
        err_set_obj(Exc_KeyError, key);
    return r ? NEWREF(r) : NULL;
}

static int context_contains(Obj *self, Obj *key)
{
    if (check_var_key(key) < 0)
        return -1;
    return dict_contains(((ContextObj *)self)->vars, key);
}

static int64_t context_len(Obj *self) { return dict_len(((ContextObj *)self)->vars); }

static Obj *context_iter(Obj *self)
{
    Obj *l = vars_list(self, 0);
    Obj *it = l ? obj_iter(l) : NULL;
    XDECREF(l);
    return it;
}

static Obj *context_richcompare(Obj *a, Obj *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !CONTEXT_CHECK(b))
        return notimpl_new();
    Obj *da = ((ContextObj *)a)->vars, *db = ((ContextObj *)b)->vars;
    int eq = da == db ? 1 : obj_compare_bool(da, db, CMP_EQ);
    if (eq < 0)
        return NULL;
    return bool_new(op == CMP_EQ ? eq : !eq);
}

static const MethodDef context_methods[] = {
    { "run", cm_run, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "copy", cm_copy, METH_NOARGS, NULL },
    { "get", cm_get, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "keys", cm_keys, METH_NOARGS, NULL },
    { "values", cm_values, METH_NOARGS, NULL },
    { "items", cm_items, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static void context_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((ContextObj *)o)->vars);
    GC_VISIT(((ContextObj *)o)->prev);
}

TypeObj Context_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "_contextvars.Context",
    .traverse = context_traverse,
    .basicsize = sizeof(ContextObj), .dealloc = context_dealloc, .tp_new = context_tp_new,
    .hash = types_unhashable, .richcompare = context_richcompare, .iter = context_iter,
    .len = context_len, .getitem = context_getitem, .contains = context_contains,
    .methods = context_methods,
};

/* ---- variables ---- */

static Obj *var_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t;
    Obj *v[2] = { n ? a[0] : NULL, NULL };      /* "O|$O:ContextVar" */
    if (n > 1)
        return err_format(Exc_TypeError, "ContextVar() takes at most 1 positional argument "
                          "(%zu given)", n);
    for (size_t i = 0; i < kwnames_len(kw); i++) {
        Obj *k = TUPLE_ITEM(kw, i);
        if (!str_eq_cstr(k, "default"))      /* name is positional-only */
            return err_format(Exc_TypeError, "'%S' is an invalid keyword argument for "
                              "ContextVar()", k);
        v[1] = a[n + i];
    }
    if (!v[0])
        return err_set(Exc_TypeError, "ContextVar() takes exactly 1 positional argument "
                       "(0 given)");
    if (!STR_CHECK(v[0]))
        return err_set(Exc_TypeError, "context variable name must be a str");
    ContextVarObj *var = (ContextVarObj *)obj_alloc(&ContextVar_Type, 0);
    if (var) {
        var->name = NEWREF(v[0]);
        var->dflt = v[1] ? NEWREF(v[1]) : NULL;
    }
    return (Obj *)var;
}

static void var_dealloc(Obj *o)
{
    ContextVarObj *v = (ContextVarObj *)o;
    XDECREF(v->name);
    XDECREF(v->dflt);
    obj_free(o);
}

static Obj *var_repr(Obj *o)
{
    ContextVarObj *v = (ContextVarObj *)o;
    if (v->dflt)
        return str_from_format("<ContextVar name=%R default=%R at %p>", v->name, v->dflt,
                               (void *)o);
    return str_from_format("<ContextVar name=%R at %p>", v->name, (void *)o);
}

/* get([default]): the value in the current context, else the default
 * given, else the variable's, else LookupError(var). */
static Obj *vm_get(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    if (args_count("get", n, 0, 1) < 0)
        return NULL;
    ContextObj *c = context_get();
    if (!c)
        return NULL;
    Obj *r = dict_getitem(c->vars, self);
    if (r)
        return NEWREF(r);
    if (err_occurred())
        return NULL;
    if (n)
        return NEWREF(a[0]);
    ContextVarObj *v = (ContextVarObj *)self;
    if (v->dflt)
        return NEWREF(v->dflt);
    return err_set_obj(Exc_LookupError, self);
}

static Obj *token_new(ContextObj *c, ContextVarObj *var, Obj *old)
{
    TokenObj *t = (TokenObj *)obj_alloc(&Token_Type, 0);
    if (t) {
        t->ctx = (ContextObj *)NEWREF((Obj *)c);
        t->var = (ContextVarObj *)NEWREF((Obj *)var);
        t->old_value = old ? NEWREF(old) : NULL;
    }
    return (Obj *)t;
}

static Obj *vm_set(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    ContextObj *c = context_get();
    if (!c)
        return NULL;
    Obj *old = dict_getitem(c->vars, self);
    if (!old && err_occurred())
        return NULL;
    XINCREF(old);
    Obj *tok = token_new(c, (ContextVarObj *)self, old);
    XDECREF(old);
    Obj *d = tok ? writable_vars(c) : NULL;
    if (!d || dict_setitem(d, self, a[0]) < 0)
        CLEAR(tok);
    return tok;
}

static Obj *vm_reset(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    if (OBJ_TYPE(a[0]) != &Token_Type)
        return err_format(Exc_TypeError, "expected an instance of Token, got %R", a[0]);
    TokenObj *t = (TokenObj *)a[0];
    if (t->used)
        return err_format(Exc_RuntimeError, "%R has already been used once", a[0]);
    if ((Obj *)t->var != self)
        return err_format(Exc_ValueError, "%R was created by a different ContextVar", a[0]);
    ContextObj *c = context_get();
    if (!c)
        return NULL;
    if (c != t->ctx)
        return err_format(Exc_ValueError, "%R was created in a different Context", a[0]);
    t->used = true;
    Obj *d = writable_vars(c);
    if (!d)
        return NULL;
    if (t->old_value)
        return dict_setitem(d, self, t->old_value) < 0 ? NULL : none_new();
    int r = dict_delitem(d, self);
    if (r == 1)
        err_set_obj(Exc_LookupError, self);
    return r == 0 ? none_new() : NULL;
}

/* ContextVar[T]: the class itself (no typing.GenericAlias here). */
static Obj *vm_class_getitem(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return NEWREF(self);
}

static const MethodDef var_methods[] = {
    { "get", vm_get, METH_FASTCALL, NULL },
    { "set", vm_set, METH_O, NULL },
    { "reset", vm_reset, METH_O, NULL },
    { "__class_getitem__", vm_class_getitem, METH_O | METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static const MemberDef var_members[] = {
    { "name", MEMBER_OBJ, offsetof(ContextVarObj, name), true },
    { NULL, 0, 0, false },
};

static void var_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((ContextVarObj *)o)->name);
    GC_VISIT(((ContextVarObj *)o)->dflt);
}

TypeObj ContextVar_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "_contextvars.ContextVar",
    .traverse = var_traverse,
    .basicsize = sizeof(ContextVarObj), .dealloc = var_dealloc, .tp_new = var_tp_new,
    .repr = var_repr, .hash = obj_default_hash, .methods = var_methods,
    .members = var_members,
};

/* ---- tokens ---- */

static Obj *token_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)t; (void)a; (void)n; (void)kw;
    return err_set(Exc_RuntimeError, "Tokens can only be created by ContextVars");
}

static void token_dealloc(Obj *o)
{
    TokenObj *t = (TokenObj *)o;
    XDECREF(t->ctx);
    XDECREF(t->var);
    XDECREF(t->old_value);
    obj_free(o);
}

static Obj *token_repr(Obj *o)
{
    TokenObj *t = (TokenObj *)o;
    return str_from_format("<Token%s var=%R at %p>", t->used ? " used" : "", (Obj *)t->var,
                           (void *)o);
}

static Obj *token_get_var(Obj *o, void *c)
{
    (void)c;
    return NEWREF((Obj *)((TokenObj *)o)->var);
}

static Obj *token_get_old_value(Obj *o, void *c)
{
    (void)c;
    Obj *v = ((TokenObj *)o)->old_value;
    return NEWREF(v ? v : token_missing);
}

static const GetSetDef token_getset[] = {
    { "var", token_get_var, NULL, NULL },
    { "old_value", token_get_old_value, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void token_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((TokenObj *)o)->ctx);
    GC_VISIT(((TokenObj *)o)->var);
    GC_VISIT(((TokenObj *)o)->old_value);
}

TypeObj Token_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "_contextvars.Token",
    .traverse = token_traverse,
    .basicsize = sizeof(TokenObj), .dealloc = token_dealloc, .tp_new = token_tp_new,
    .repr = token_repr, .hash = obj_default_hash, .getset = token_getset,
};

/* Token.MISSING */
static Obj *missing_repr(Obj *o)
{
    (void)o;
    return str_from_cstr("<Token.MISSING>");
}

static TypeObj Missing_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Token.MISSING",
    .basicsize = sizeof(Obj), .repr = missing_repr, .hash = obj_default_hash,
};

static Obj missing_obj = OBJ_STATIC_HEAD(&Missing_Type);

/* ---- the module ---- */

static Obj *f_copy_context(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a; (void)n; (void)kw;
    return ctx_copy_current();
}

const MethodDef ctx_module_functions[] = {
    { "copy_context", f_copy_context, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

int context_init(void)
{
    TypeObj *ts[] = { &Context_Type, &ContextVar_Type, &Token_Type, &Missing_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    token_missing = &missing_obj;
    return dict_setitem_cstr(Token_Type.dict, "MISSING", token_missing);
}
