/* function.c - functions, bound methods and cells; binding a call's
 * arguments into a new frame (CPython's rules and messages); and
 * __build_class__, which runs a class body.
 */
#include <stdio.h>
#include <string.h>

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/generator.h"
#include "vm/traceback.h"
#include "vm/vm.h"

/* ------------------------------------------------------------------ */
/* Cells                                                               */
/* ------------------------------------------------------------------ */

static void cell_dealloc(Obj *o)
{
    XDECREF(((CellObj *)o)->ref);
    obj_free(o);
}

Obj *cell_new(Obj *value)
{
    CellObj *c = (CellObj *)obj_alloc(&Cell_Type, 0);
    if (c)
        c->ref = XNEWREF(value);
    return (Obj *)c;
}

static Obj *cell_get_contents(Obj *o, void *c)
{
    (void)c;
    Obj *v = ((CellObj *)o)->ref;
    return v ? NEWREF(v) : err_set(Exc_ValueError, "Cell is empty");
}

static const GetSetDef cell_getset[] = {
    { "cell_contents", cell_get_contents, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static Obj *cell_repr(Obj *o)
{
    Obj *v = ((CellObj *)o)->ref;
    if (!v)
        return str_from_format("<cell at %p: empty>", (void *)o);
    return str_from_format("<cell at %p: %s object at %p>", (void *)o, v->type->name, (void *)v);
}

static void cell_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((CellObj *)o)->ref); }
static void cell_clear(Obj *o) { CLEAR(((CellObj *)o)->ref); }

TypeObj Cell_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "cell",
    .traverse = cell_traverse, .clear = cell_clear,
    .basicsize = sizeof(CellObj), .dealloc = cell_dealloc, .repr = cell_repr,
    .getset = cell_getset,
};

/* ------------------------------------------------------------------ */
/* Argument binding                                                    */
/* ------------------------------------------------------------------ */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Obj *name_list(Obj **names, int n)
{
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_adds(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sb_addc(&b, '\'');
        sb_addobj(&b, names[i]);
        sb_addc(&b, '\'');
    }
    return sb_finish(&b);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" */
static int missing_error(FunctionObj *fn, FrameObj *f, int from, int to, const char *kind)
{
    Obj *names[64];
    int n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (!f->slots[i])
            names[n++] = fn->code->slot_names[i];
    Obj *list = name_list(names, n);
    if (!list)
        return -1;
    err_format(Exc_TypeError, "%S() missing %d required %s argument%s: %S", fn->qualname, n,
               kind, n == 1 ? "" : "s", list);
    DECREF(list);
    return -1;
}

static int too_many_positional(FunctionObj *fn, FrameObj *f, size_t given)
{
    const CodeObj *c = fn->code;
    int argc = c->argcount;
    int defc = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
    int kw_given = 0;
    for (int i = argc; i < argc + c->kwonlyargcount; i++)
        kw_given += f->slots[i] != NULL;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (defc) {
        snprintf(sig, sizeof sig, "from %d to %d", argc - defc, argc);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%d", argc);
        plural = argc != 1;
    }
    if (kw_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kw_given, kw_given != 1 ? "s" : "");
    return err_format_int(Exc_TypeError, "%S() takes %s positional argument%s but %zu%s %s given",
                          fn->qualname, sig, plural ? "s" : "", given, kwsig,
                          given == 1 && !kw_given ? "was" : "were");
}

/* Puts one keyword argument into its slot or the **kwargs dict. */
static int bind_keyword(FunctionObj *fn, FrameObj *f, Obj *name, Obj *value, Obj *kwdict)
{
    const CodeObj *c = fn->code;
    int total = c->argcount + c->kwonlyargcount;
    for (int j = c->posonlyargcount; j < total; j++) {
        if (c->slot_names[j] != name && !str_eq(c->slot_names[j], name))
            continue;
        if (f->slots[j])
            return err_format_int(Exc_TypeError, "%S() got multiple values for argument '%S'",
                                  fn->qualname, name);
        f->slots[j] = NEWREF(value);
        return 0;
    }
    if (kwdict)
        return dict_setitem(kwdict, name, value);
    for (int j = 0; j < c->posonlyargcount; j++)
        if (str_eq(c->slot_names[j], name))
            return err_format_int(Exc_TypeError, "%S() got some positional-only arguments passed "
                                  "as keyword arguments: '%S'", fn->qualname, name);
    return err_format_int(Exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                          fn->qualname, name);
}

/* Fills defaults and reports missing arguments. */
static int bind_defaults(FunctionObj *fn, FrameObj *f)
{
    const CodeObj *c = fn->code;
    int argc = c->argcount;
    int defc = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
    for (int i = argc - defc; i < argc; i++)
        if (!f->slots[i])
            f->slots[i] = NEWREF(TUPLE_ITEM(fn->defaults, i - (argc - defc)));
    for (int i = 0; i < argc; i++)
        if (!f->slots[i])
            return missing_error(fn, f, 0, argc, "positional");
    int total = argc + c->kwonlyargcount;
    for (int i = argc; i < total; i++) {
        if (f->slots[i])
            continue;
        Obj *d = fn->kwdefaults ? dict_getitem(fn->kwdefaults, c->slot_names[i]) : NULL;
        if (d)
            f->slots[i] = NEWREF(d);
    }
    for (int i = argc; i < total; i++)
        if (!f->slots[i])
            return missing_error(fn, f, argc, total, "keyword-only");
    return 0;
}

/* The general case: keywords, defaults, *args, **kwargs. */
static int bind_args(FunctionObj *fn, FrameObj *f, Obj *const *args, size_t nargs, Obj *kwnames)
{
    const CodeObj *c = fn->code;
    int argc = c->argcount, total = argc + c->kwonlyargcount;
    bool varargs = c->flags & CO_VARARGS;
    Obj *kwdict = NULL;
    if (c->flags & CO_VARKEYWORDS) {
        if (!(kwdict = dict_new()))
            return -1;
        f->slots[total + varargs] = kwdict;
    }
    size_t n = nargs < (size_t)argc ? nargs : (size_t)argc;
    for (size_t i = 0; i < n; i++)
        f->slots[i] = NEWREF(args[i]);
    if (varargs) {
        Obj *t = tuple_from_array(args + n, nargs - n);
        if (!t)
            return -1;
        f->slots[total] = t;
    }
    for (size_t i = 0; i < kwnames_len(kwnames); i++)
        if (bind_keyword(fn, f, TUPLE_ITEM(kwnames, i), args[nargs + i], kwdict) < 0)
            return -1;
    if (nargs > (size_t)argc && !varargs)
        return too_many_positional(fn, f, nargs);
    return bind_defaults(fn, f);
}

/* bind_args with `self` in front of the arguments. */
static int bind_args_self(FunctionObj *fn, FrameObj *f, Obj *self, Obj *const *args,
                          size_t nargs, Obj *kwnames)
{
    if (!self)
        return bind_args(fn, f, args, nargs, kwnames);
    size_t total = nargs + kwnames_len(kwnames) + 1;
    Obj *small[16];
    Obj **all = total <= 16 ? small : mem_alloc(total * sizeof(Obj *));
    if (!all) {
        err_nomemory();
        return -1;
    }
    all[0] = self;
    memcpy(all + 1, args, (total - 1) * sizeof(Obj *));
    int r = bind_args(fn, f, all, nargs + 1, kwnames);
    if (all != small)
        mem_free(all, 0);
    return r;
}

/* Wraps captured parameters in cells, makes empty cells, copies frees. */
static int setup_cells(FunctionObj *fn, FrameObj *f)
{
    const CodeObj *c = fn->code;
    if (c->flags & CO_CELL_PARAMS)
        for (int i = 0; i < c->nlocals; i++) {
            if (c->slot_kinds[i] != SLOT_CELL)
                continue;
            Obj *cell = cell_new(f->slots[i]);
            if (!cell)
                return -1;
            SETREF(f->slots[i], cell);
        }
    for (int i = c->nlocals; i < c->nlocals + c->ncells; i++)
        if (!(f->slots[i] = cell_new(NULL)))
            return -1;
    for (int i = 0; i < c->nfrees; i++)
        f->slots[c->nslots - c->nfrees + i] = NEWREF(TUPLE_ITEM(fn->closure, i));
    return 0;
}

FrameObj *func_frame_for_call(FunctionObj *fn, Obj *self, Obj *const *args, size_t nargs,
                              Obj *kwnames)
{
    CodeObj *c = fn->code;
    FrameObj *f = frame_new(c, fn->globals, NULL);
    if (!f)
        return NULL;
    size_t given = nargs + (self != NULL);
    if (!kwnames && given == (size_t)c->argcount && !(c->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        !c->kwonlyargcount) {
        size_t k = 0;                           /* the common case: exact positionals */
        if (self)
            f->slots[k++] = NEWREF(self);
        for (size_t i = 0; i < nargs; i++)
            f->slots[k++] = NEWREF(args[i]);
    } else if (bind_args_self(fn, f, self, args, nargs, kwnames) < 0) {
        DECREF(f);
        return NULL;
    }
    if ((c->flags & CO_CELL_PARAMS) || c->ncells || c->nfrees) {
        if (setup_cells(fn, f) < 0) {
            DECREF(f);
            return NULL;
        }
    }
    return f;
}

/* The call slot of functions: a new frame run to its end, or a new
 * generator/coroutine holding it. */
Obj *vm_call_function(Obj *func, Obj *const *args, size_t nargs, Obj *kwnames)
{
    FunctionObj *fn = (FunctionObj *)func;
    FrameObj *f = func_frame_for_call(fn, NULL, args, nargs, kwnames);
    if (!f)
        return NULL;
    if (fn->flags & CO_GEN_ANY)
        return gen_new(f, fn);
    Obj *r = vm_execute(f, NULL, NULL);
    DECREF(f);
    return r;
}

/* ------------------------------------------------------------------ */
/* Function objects                                                    */
/* ------------------------------------------------------------------ */

Obj *func_new(CodeObj *code, Obj *globals)
{
    FunctionObj *fn = (FunctionObj *)obj_alloc(&Function_Type, 0);
    if (!fn)
        return NULL;
    fn->code = (CodeObj *)NEWREF((Obj *)code);
    fn->globals = NEWREF(globals);
    fn->name = NEWREF(code->name);
    fn->qualname = NEWREF(code->qualname);
    fn->doc = XNEWREF(code->doc);
    fn->flags = code->flags;
    Obj *mod = dict_getitem(globals, ID(__name__));
    fn->module = mod ? NEWREF(mod) : NULL;
    return (Obj *)fn;
}

static void func_dealloc(Obj *o)
{
    FunctionObj *fn = (FunctionObj *)o;
    XDECREF(fn->code);
    XDECREF(fn->globals);
    XDECREF(fn->defaults);
    XDECREF(fn->kwdefaults);
    XDECREF(fn->annotations);
    XDECREF(fn->closure);
    XDECREF(fn->name);
    XDECREF(fn->qualname);
    XDECREF(fn->module);
    XDECREF(fn->doc);
    XDECREF(fn->dict);
    obj_free(o);
}

static Obj *func_repr(Obj *o)
{
    FunctionObj *fn = (FunctionObj *)o;
    /* a module-level function standing in for one CPython writes in C
     * (operator.add, functools.reduce) shows as CPython's does */
    if (STR_CHECK(fn->qualname) && !strchr(STR_DATA(fn->qualname), '.') &&
        tb_c_code(fn->code, fn->globals))
        return str_from_format("<built-in function %S>", fn->name);
    return str_from_format("<function %S at %p>", fn->qualname, (void *)o);
}

static Obj *func_get(Obj *self, Obj *obj, Obj *type)
{
    (void)type;
    return obj ? method_new(self, obj) : NEWREF(self);
}

static Obj *func_get_code(Obj *o, void *c) { (void)c; return NEWREF((Obj *)((FunctionObj *)o)->code); }

static Obj *func_get_defaults(Obj *o, void *c)
{
    (void)c;
    Obj *d = ((FunctionObj *)o)->defaults;
    return d ? NEWREF(d) : none_new();
}

static int func_set_defaults(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (v == obj_none)
        v = NULL;
    if (v && !TUPLE_CHECK(v))
        return err_format_int(Exc_TypeError, "__defaults__ must be set to a tuple object");
    SETREF(((FunctionObj *)o)->defaults, XNEWREF(v));
    return 0;
}

static int func_set_kwdefaults(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (v == obj_none)
        v = NULL;
    if (v && !DICT_CHECK(v))
        return err_format_int(Exc_TypeError, "__kwdefaults__ must be set to a dict object");
    SETREF(((FunctionObj *)o)->kwdefaults, XNEWREF(v));
    return 0;
}

static Obj *func_get_kwdefaults(Obj *o, void *c)
{
    (void)c;
    Obj *d = ((FunctionObj *)o)->kwdefaults;
    return d ? NEWREF(d) : none_new();
}

static Obj *func_get_name(Obj *o, void *c) { (void)c; return NEWREF(((FunctionObj *)o)->name); }
static Obj *func_get_qualname(Obj *o, void *c) { (void)c; return NEWREF(((FunctionObj *)o)->qualname); }

/* __name__ / __qualname__: str only. */
static int func_set_str(Obj *o, Obj *v, void *c)
{
    bool qual = c != NULL;
    if (!v || !STR_CHECK(v))
        return err_format_int(Exc_TypeError, "%s must be set to a string object",
                              qual ? "__qualname__" : "__name__");
    FunctionObj *fn = (FunctionObj *)o;
    if (qual)
        SETREF(fn->qualname, NEWREF(v));
    else
        SETREF(fn->name, NEWREF(v));
    return 0;
}

static Obj *func_get_closure(Obj *o, void *c)
{
    (void)c;
    Obj *d = ((FunctionObj *)o)->closure;
    return d ? NEWREF(d) : none_new();
}

static const MemberDef func_members[] = {
    { "__module__", MEMBER_OBJ, offsetof(FunctionObj, module), false },
    { "__doc__", MEMBER_OBJ, offsetof(FunctionObj, doc), false },
    { "__globals__", MEMBER_OBJ, offsetof(FunctionObj, globals), true },
    { NULL, 0, 0, false },
};

static Obj *func_get_annotations(Obj *o, void *c)
{
    (void)c;
    FunctionObj *fn = (FunctionObj *)o;
    if (!fn->annotations && !(fn->annotations = dict_new()))
        return NULL;
    return NEWREF(fn->annotations);
}

static int func_set_annotations(Obj *o, Obj *v, void *c)
{
    (void)c;
    FunctionObj *fn = (FunctionObj *)o;
    if (v == obj_none)
        v = NULL;
    if (v && !DICT_CHECK(v))
        return err_format_int(Exc_TypeError, "__annotations__ must be set to a dict object");
    SETREF(fn->annotations, XNEWREF(v));
    return 0;
}

static const GetSetDef func_getset[] = {
    { "__annotations__", func_get_annotations, func_set_annotations, NULL },
    { "__code__", func_get_code, NULL, NULL },
    { "__defaults__", func_get_defaults, func_set_defaults, NULL },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL },
    { "__name__", func_get_name, func_set_str, NULL },
    { "__qualname__", func_get_qualname, func_set_str, (void *)1 },
    { "__closure__", func_get_closure, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void func_traverse(Obj *o, GCVisitor *v)
{
    FunctionObj *fn = (FunctionObj *)o;
    GC_VISIT(fn->globals);
    GC_VISIT(fn->defaults);
    GC_VISIT(fn->kwdefaults);
    GC_VISIT(fn->annotations);
    GC_VISIT(fn->closure);
    GC_VISIT(fn->name);
    GC_VISIT(fn->qualname);
    GC_VISIT(fn->module);
    GC_VISIT(fn->doc);
    GC_VISIT(fn->dict);
}

/* The collector's clear: what may hold cycles goes; code, globals and the
 * names stay (calls assume them), a cycle through globals is broken by
 * the garbage dict's own clear. */
static void func_clear(Obj *o)
{
    FunctionObj *fn = (FunctionObj *)o;
    CLEAR(fn->defaults);
    CLEAR(fn->kwdefaults);
    CLEAR(fn->annotations);
    CLEAR(fn->closure);
    CLEAR(fn->doc);
    CLEAR(fn->dict);
}

TypeObj Function_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "function",
    .traverse = func_traverse, .clear = func_clear,
    .basicsize = sizeof(FunctionObj), .dictoffset = offsetof(FunctionObj, dict),
    .dealloc = func_dealloc, .repr = func_repr, .call = vm_call_function,
    .descr_get = func_get, .hash = obj_default_hash,
    .members = func_members, .getset = func_getset,
};

/* ------------------------------------------------------------------ */
/* __build_class__                                                     */
/* ------------------------------------------------------------------ */

/* The class statement's keywords: metaclass= into *meta (borrowed), the
 * others into a dict (or NULL when there are none). */
static int class_keywords(Obj *const *kwvalues, Obj *kwnames, Obj **meta, Obj **kwargs)
{
    for (size_t i = 0; i < kwnames_len(kwnames); i++) {
        Obj *k = TUPLE_ITEM(kwnames, i), *v = kwvalues[i];
        if (str_eq_cstr(k, "metaclass")) {
            *meta = v;
            continue;
        }
        if (!*kwargs && !(*kwargs = dict_new()))
            return -1;
        if (dict_setitem(*kwargs, k, v) < 0)
            return -1;
    }
    return 0;
}

/* getattr(o, name) with a C name; NULL and no exception when missing. */
static Obj *obj_getattr_cstr_opt(Obj *o, const char *name)
{
    Obj *n = str_intern_cstr(name);
    if (!n)
        return NULL;
    Obj *r = obj_getattr_opt(o, n);
    DECREF(n);
    return r;
}

/* A list of the first n items of a tuple. */
static Obj *list_from_array(Obj *const *items, size_t n)
{
    Obj *l = list_new(0);
    for (size_t i = 0; l && i < n; i++)
        if (list_append(l, items[i]) < 0)
            CLEAR(l);
    return l;
}

/* The bases after __mro_entries__ (PEP 560: class C(Generic[T]) has the
 * base Generic): orig itself when no base has one. */
static Obj *resolve_bases(Obj *orig)
{
    Obj *out = NULL;
    for (size_t i = 0; i < TUPLE_SIZE(orig); i++) {
        Obj *b = TUPLE_ITEM(orig, i), *f = NULL;
        if (!TYPE_CHECK(b) && !(f = obj_getattr_cstr_opt(b, "__mro_entries__")) &&
            err_occurred())
            goto fail;
        if (!f) {
            if (out && list_append(out, b) < 0)
                goto fail;
            continue;
        }
        if (!out && !(out = list_from_array(&TUPLE_ITEM(orig, 0), i))) {
            DECREF(f);
            goto fail;
        }
        Obj *r = obj_call1(f, orig);
        DECREF(f);
        if (!r)
            goto fail;
        if (!TUPLE_CHECK(r)) {
            DECREF(r);
            err_set(Exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        for (size_t j = 0; j < TUPLE_SIZE(r); j++)
            if (list_append(out, TUPLE_ITEM(r, j)) < 0) {
                DECREF(r);
                goto fail;
            }
        DECREF(r);
    }
    if (!out)
        return NEWREF(orig);
    Obj *t = list_as_tuple(out);
    DECREF(out);
    return t;
fail:
    XDECREF(out);
    return NULL;
}

/* The namespace a class body starts with (meta.__prepare__(name, bases,
 * **kwargs) when the metaclass has one, else a dict), holding __module__,
 * __qualname__ and the docstring. */
static Obj *class_namespace(FunctionObj *body, Obj *meta, Obj *name, Obj *bases, Obj *kwargs)
{
    Obj *ns = NULL, *prep = NULL;
    if (meta != (Obj *)&Type_Type && !(prep = obj_getattr_cstr_opt(meta, "__prepare__")) &&
        err_occurred())
        return NULL;
    if (prep) {
        Obj *args = tuple_pack(2, name, bases);
        ns = args ? obj_call_tuple_dict(prep, args, kwargs) : NULL;
        XDECREF(args);
        DECREF(prep);
        if (!ns)
            return NULL;
        if (!DICT_CHECK(ns)) {
            const char *who = TYPE_CHECK(meta) ? ((TypeObj *)meta)->name : "<metaclass>";
            if (ns->type->getitem)
                err_format(Exc_NotImplementedError, "%s.__prepare__() returned a '%s': a class "
                           "namespace other than a dict is not supported by Coroscope",
                           who, ns->type->name);
            else
                err_format(Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                           who, ns->type->name);
            DECREF(ns);
            return NULL;
        }
    } else if (!(ns = dict_new())) {
        return NULL;
    }
    Obj *mod = dict_getitem(body->globals, ID(__name__));
    if ((mod && obj_setitem(ns, ID(__module__), mod) < 0) ||
        obj_setitem(ns, ID(__qualname__), body->code->qualname) < 0 ||
        (body->code->doc && obj_setitem(ns, ID(__doc__), body->code->doc) < 0))
        CLEAR(ns);
    return ns;
}

/* Runs the body in a frame whose locals are ns; the frame (for its
 * __class__ cell) or NULL. */
static FrameObj *run_class_body(FunctionObj *body, Obj *ns)
{
    CodeObj *c = body->code;
    FrameObj *f = frame_new(c, body->globals, ns);
    if (!f)
        return NULL;
    for (int i = c->nlocals; i < c->nlocals + c->ncells; i++)
        if (!(f->slots[i] = cell_new(NULL))) {
            DECREF(f);
            return NULL;
        }
    for (int i = 0; i < c->nfrees; i++)
        f->slots[c->nslots - c->nfrees + i] = NEWREF(TUPLE_ITEM(body->closure, i));
    Obj *r = vm_execute(f, NULL, NULL);
    if (!r) {
        DECREF(f);
        return NULL;
    }
    DECREF(r);
    return f;
}

/* The class: type's own machinery for plain classes, else
 * meta(name, bases, ns, **kwargs). */
static Obj *make_class(Obj *meta, Obj *name, Obj *bases, Obj *ns, Obj *kwargs)
{
    if (meta == (Obj *)&Type_Type) {
        Obj *cls = class_new(name, bases, ns);
        if (cls && class_init_subclass(cls, kwargs) < 0)
            CLEAR(cls);
        return cls;
    }
    Obj *args = tuple_pack(3, name, bases, ns);
    Obj *cls = args ? obj_call_tuple_dict(meta, args, kwargs) : NULL;
    XDECREF(args);
    return cls;
}

/* CPython's builtin___build_class__: bases after __mro_entries__, the
 * metaclass (metaclass= or the most derived type of the bases), its
 * __prepare__, the body, then the metaclass called. */
static Obj *build_class(Obj *self, Obj *const *a, size_t n, Obj *kwnames)
{
    (void)self;
    if (n < 2 || a[0]->type != &Function_Type || !STR_CHECK(a[1]))
        return err_set(Exc_TypeError, "__build_class__: func and name are required");
    FunctionObj *body = (FunctionObj *)a[0];
    Obj *kwargs = NULL, *ns = NULL, *cls = NULL, *meta = NULL, *bases = NULL;
    Obj *orig = tuple_from_array(a + 2, n - 2);
    FrameObj *f = NULL;
    if (!orig || class_keywords(a + n, kwnames, &meta, &kwargs) < 0 ||
        !(bases = resolve_bases(orig)))
        goto done;
    if (!meta)
        meta = TUPLE_SIZE(bases) ? (Obj *)TUPLE_ITEM(bases, 0)->type : (Obj *)&Type_Type;
    if (TYPE_CHECK(meta) && !(meta = (Obj *)type_calculate_meta((TypeObj *)meta, bases)))
        goto done;
    if (!(ns = class_namespace(body, meta, a[1], bases, kwargs)) ||
        !(f = run_class_body(body, ns)))
        goto done;
    if (bases != orig && obj_setitem(ns, ID(__orig_bases__), orig) < 0)
        goto done;
    if (!(cls = make_class(meta, a[1], bases, ns, kwargs)))
        goto done;
    int slot = body->code->class_cell_slot;
    if (slot >= 0 && f->slots[slot] && TYPE_CHECK(cls))
        SETREF(((CellObj *)f->slots[slot])->ref, NEWREF(cls));
done:
    XDECREF(f);
    XDECREF(orig);
    XDECREF(bases);
    XDECREF(kwargs);
    XDECREF(ns);
    return cls;
}

const MethodDef vm_build_class_def = {
    "__build_class__", build_class, METH_FASTCALL | METH_KEYWORDS, NULL
};

/* Readies the types of this file and of frames. */
int func_init(void)
{
    TypeObj *ts[] = { &Code_Type, &Cell_Type, &Frame_Type, &Function_Type, &Method_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    return 0;
}
