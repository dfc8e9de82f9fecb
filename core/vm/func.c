/* func.c - code objects, functions (argument binding with CPython's
 * messages), bound methods, cells and frames.
 *
 * Global state: a serial counter is not needed here; none.
 */
#include <stdio.h>
#include <string.h>

#include "vm/eval.h"
#include "objects/exc.h"
#include "vm/gen.h"
#include "objects/types.h"

static void plain_free(Obj *o) { obj_free(o); }

/* ------------------------------------------------------------------ */
/* Code objects                                                        */
/* ------------------------------------------------------------------ */

static void code_dealloc(Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    XDECREF(c->name);
    XDECREF(c->qualname);
    for (int i = 0; i < c->nslots; i++)
        XDECREF(c->slot_names[i]);
    mem_free(c->slot_names, 0);
    obj_free(o);
}

CodeObj *code_new(CodeKind kind, const sym_scope *scope, const char *name, Obj *qualname,
                  int firstlineno)
{
    CodeObj *c = (CodeObj *)obj_alloc(&Code_Type, 0);
    if (!c)
        return NULL;
    c->kind = kind;
    c->scope = scope;
    c->firstlineno = firstlineno;
    c->name = str_from_cstr(name);
    c->qualname = qualname ? NEWREF(qualname) : str_from_cstr(name);
    c->nslots = (kind == CODE_MODULE || !scope) ? 0 : scope->nlocalsplus;
    if (scope && kind != CODE_MODULE)
        c->flags = (scope->is_generator ? CO_GENERATOR : 0) |
                   (scope->is_coroutine ? CO_COROUTINE : 0) |
                   (scope->is_async_generator ? CO_ASYNC_GENERATOR : 0);
    if (!c->name || !c->qualname)
        goto fail;
    if (c->nslots) {
        if (!(c->slot_names = mem_calloc((size_t)c->nslots, sizeof(Obj *))))
            goto fail;
        for (int i = 0; i < c->nslots; i++)
            if (!(c->slot_names[i] = str_intern_cstr(scope->slot_names[i])))
                goto fail;
    }
    return c;
fail:
    DECREF(c);
    if (!err_occurred())
        err_nomemory();
    return NULL;
}

static Obj *code_get_name(Obj *o, void *c) { (void)c; return NEWREF(((CodeObj *)o)->name); }
static Obj *code_get_qualname(Obj *o, void *c) { (void)c; return NEWREF(((CodeObj *)o)->qualname); }
static Obj *code_get_file(Obj *o, void *c) { (void)o; (void)c; return str_from_cstr(ev.filename ? ev.filename : "main.py"); }
static Obj *code_get_line(Obj *o, void *c) { (void)c; return int_from_i64(((CodeObj *)o)->firstlineno); }
static Obj *code_get_flags(Obj *o, void *c)
{
    (void)c;
    int fl = ((CodeObj *)o)->flags;
    /* CPython's bits: GENERATOR 0x20, COROUTINE 0x80, ITERABLE_COROUTINE 0x100, ASYNC_GENERATOR 0x200 */
    int64_t v = ((fl & CO_GENERATOR) ? 0x20 : 0) | ((fl & CO_COROUTINE) ? 0x80 : 0) |
                ((fl & CO_ITERABLE_COROUTINE) ? 0x100 : 0) | ((fl & CO_ASYNC_GENERATOR) ? 0x200 : 0);
    return int_from_i64(v | 0x3);
}

static Obj *code_get_varnames(Obj *o, void *x)
{
    (void)x;
    CodeObj *c = (CodeObj *)o;
    int n = c->scope && c->kind != CODE_MODULE ? c->scope->nlocals : 0;
    return tuple_from_array(c->slot_names, (size_t)n);
}

static const GetSetDef code_getset[] = {
    { "co_name", code_get_name, NULL, NULL },
    { "co_qualname", code_get_qualname, NULL, NULL },
    { "co_filename", code_get_file, NULL, NULL },
    { "co_firstlineno", code_get_line, NULL, NULL },
    { "co_flags", code_get_flags, NULL, NULL },
    { "co_varnames", code_get_varnames, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static Obj *code_repr(Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    return str_from_format("<code object %S at %p, file \"%s\", line %d>", c->name, (void *)c,
                           ev.filename ? ev.filename : "main.py", c->firstlineno);
}

TypeObj Code_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "code",
    .basicsize = sizeof(CodeObj), .dealloc = code_dealloc, .repr = code_repr,
    .hash = obj_default_hash, .getset = code_getset,
};

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

TypeObj Cell_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "cell",
    .basicsize = sizeof(CellObj), .dealloc = cell_dealloc, .repr = cell_repr,
    .getset = cell_getset,
};

/* ------------------------------------------------------------------ */
/* Frames                                                              */
/* ------------------------------------------------------------------ */

static void frame_dealloc(Obj *o)
{
    FrameObj *f = (FrameObj *)o;
    for (int i = 0; i < f->nslots; i++)
        XDECREF(f->slots[i]);
    XDECREF(f->code);
    XDECREF(f->func);
    XDECREF(f->globals);
    XDECREF(f->locals);
    obj_free(o);
}

FrameObj *frame_new(CodeObj *code, Obj *globals, Obj *locals)
{
    size_t n = (size_t)code->nslots;
    FrameObj *f = (FrameObj *)obj_alloc(&Frame_Type, n * sizeof(Obj *));
    if (!f)
        return NULL;
    f->code = (CodeObj *)NEWREF((Obj *)code);
    f->globals = NEWREF(globals);
    f->locals = XNEWREF(locals);
    f->nslots = (int)n;
    f->lineno = code->firstlineno;
    f->col = -1;
    return f;
}

static Obj *frame_get_lineno(Obj *o, void *c) { (void)c; return int_from_i64(((FrameObj *)o)->lineno); }
static Obj *frame_get_code(Obj *o, void *c) { (void)c; return NEWREF((Obj *)((FrameObj *)o)->code); }
static Obj *frame_get_globals(Obj *o, void *c) { (void)c; return NEWREF(((FrameObj *)o)->globals); }

static Obj *frame_get_back(Obj *o, void *c)
{
    (void)c;
    FrameObj *b = ((FrameObj *)o)->back;
    return b ? NEWREF((Obj *)b) : none_new();
}

/* f_locals: a snapshot dict of the bound slots (or the namespace). */
static Obj *frame_get_locals(Obj *o, void *x)
{
    (void)x;
    FrameObj *f = (FrameObj *)o;
    if (f->locals)
        return NEWREF(f->locals);
    Obj *d = dict_new();
    for (int i = 0; d && i < f->nslots; i++) {
        Obj *v = f->slots[i];
        if (v && v->type == &Cell_Type)
            v = ((CellObj *)v)->ref;
        if (v && dict_setitem(d, f->code->slot_names[i], v) < 0)
            CLEAR(d);
    }
    return d;
}

static const GetSetDef frame_getset[] = {
    { "f_lineno", frame_get_lineno, NULL, NULL },
    { "f_code", frame_get_code, NULL, NULL },
    { "f_globals", frame_get_globals, NULL, NULL },
    { "f_locals", frame_get_locals, NULL, NULL },
    { "f_back", frame_get_back, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static Obj *frame_repr(Obj *o)
{
    FrameObj *f = (FrameObj *)o;
    return str_from_format("<frame at %p, file '%s', line %d, code %S>", (void *)f,
                           ev.filename ? ev.filename : "main.py", f->lineno, f->code->name);
}

TypeObj Frame_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "frame",
    .basicsize = sizeof(FrameObj), .dealloc = frame_dealloc, .repr = frame_repr,
    .getset = frame_getset,
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
            names[n++] = f->code->slot_names[i];
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
    const sym_scope *s = fn->code->scope;
    int argc = s->argcount;
    int defc = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
    int kw_given = 0;
    for (int i = argc; i < argc + s->kwonlyargcount; i++)
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
    const sym_scope *s = fn->code->scope;
    int total = s->argcount + s->kwonlyargcount;
    for (int j = s->posonlyargcount; j < total; j++) {
        if (!str_eq(f->code->slot_names[j], name))
            continue;
        if (f->slots[j])
            return err_format_int(Exc_TypeError, "%S() got multiple values for argument '%S'",
                                  fn->qualname, name);
        f->slots[j] = NEWREF(value);
        return 0;
    }
    if (kwdict)
        return dict_setitem(kwdict, name, value);
    for (int j = 0; j < s->posonlyargcount; j++)
        if (str_eq(f->code->slot_names[j], name))
            return err_format_int(Exc_TypeError, "%S() got some positional-only arguments passed "
                                  "as keyword arguments: '%S'", fn->qualname, name);
    return err_format_int(Exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                          fn->qualname, name);
}

/* Fills defaults and reports missing arguments. */
static int bind_defaults(FunctionObj *fn, FrameObj *f)
{
    const sym_scope *s = fn->code->scope;
    int argc = s->argcount;
    int defc = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
    for (int i = 0; i < argc; i++)
        if (!f->slots[i] && i >= argc - defc)
            f->slots[i] = NEWREF(TUPLE_ITEM(fn->defaults, i - (argc - defc)));
    for (int i = 0; i < argc; i++)
        if (!f->slots[i])
            return missing_error(fn, f, 0, argc, "positional");
    int total = argc + s->kwonlyargcount;
    for (int i = argc; i < total; i++) {
        if (f->slots[i])
            continue;
        Obj *d = fn->kwdefaults ? dict_getitem(fn->kwdefaults, f->code->slot_names[i]) : NULL;
        if (d)
            f->slots[i] = NEWREF(d);
    }
    for (int i = argc; i < total; i++)
        if (!f->slots[i])
            return missing_error(fn, f, argc, total, "keyword-only");
    return 0;
}

/* Binds call arguments into a fresh frame's slots (CPython's rules). */
static int bind_args(FunctionObj *fn, FrameObj *f, Obj *const *args, size_t nargs, Obj *kwnames)
{
    const sym_scope *s = fn->code->scope;
    int argc = s->argcount, total = argc + s->kwonlyargcount;
    Obj *kwdict = NULL;
    if (s->has_varkw) {
        if (!(kwdict = dict_new()))
            return -1;
        f->slots[total + s->has_varargs] = kwdict;
    }
    size_t n = nargs < (size_t)argc ? nargs : (size_t)argc;
    for (size_t i = 0; i < n; i++)
        f->slots[i] = NEWREF(args[i]);
    if (s->has_varargs) {
        Obj *t = tuple_from_array(args + n, nargs - n);
        if (!t)
            return -1;
        f->slots[total] = t;
    }
    for (size_t k = 0; k < kwnames_len(kwnames); k++)
        if (bind_keyword(fn, f, TUPLE_ITEM(kwnames, k), args[nargs + k], kwdict) < 0)
            return -1;
    if (nargs > (size_t)argc && !s->has_varargs)
        return too_many_positional(fn, f, nargs);
    return bind_defaults(fn, f);
}

/* Wraps captured parameters in cells, makes empty cells, copies frees. */
static int setup_cells(FunctionObj *fn, FrameObj *f)
{
    const sym_scope *s = fn->code->scope;
    for (int i = 0; i < s->nlocals + s->ncells; i++) {
        if (s->slot_kinds[i] != SYM_CELL)
            continue;
        Obj *c = cell_new(f->slots[i]);
        if (!c)
            return -1;
        SETREF(f->slots[i], c);
    }
    for (int i = 0; i < s->nfrees; i++)
        f->slots[s->nlocalsplus - s->nfrees + i] = NEWREF(TUPLE_ITEM(fn->closure, i));
    return 0;
}

static GenKind gen_kind_of(int flags)
{
    if (flags & CO_COROUTINE)
        return GK_COROUTINE;
    if (flags & CO_ASYNC_GENERATOR)
        return GK_ASYNC_GENERATOR;
    return GK_GENERATOR;
}

/* Calling a Python function: bind, then run (or make a generator). */
static Obj *func_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    FunctionObj *fn = (FunctionObj *)self;
    FrameObj *f = frame_new(fn->code, fn->globals, NULL);
    if (!f)
        return NULL;
    f->func = NEWREF(self);
    if (bind_args(fn, f, args, nargs, kwnames) < 0 || setup_cells(fn, f) < 0) {
        DECREF(f);
        return NULL;
    }
    if (fn->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return gen_new(f, gen_kind_of(fn->flags), fn);
    Obj *r = eval_frame(f);
    DECREF(f);
    return r;
}

/* ------------------------------------------------------------------ */
/* Function objects                                                    */
/* ------------------------------------------------------------------ */

Obj *func_new(CodeObj *code, Obj *globals, Obj *qualname)
{
    FunctionObj *fn = (FunctionObj *)obj_alloc(&Function_Type, 0);
    if (!fn)
        return NULL;
    fn->code = (CodeObj *)NEWREF((Obj *)code);
    fn->globals = NEWREF(globals);
    fn->name = NEWREF(code->name);
    fn->qualname = NEWREF(qualname);
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
    return str_from_format("<function %S at %p>", ((FunctionObj *)o)->qualname, (void *)o);
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

static Obj *func_get_closure(Obj *o, void *c)
{
    (void)c;
    Obj *d = ((FunctionObj *)o)->closure;
    return d ? NEWREF(d) : none_new();
}

static const MemberDef func_members[] = {
    { "__name__", MEMBER_OBJ, offsetof(FunctionObj, name), false },
    { "__qualname__", MEMBER_OBJ, offsetof(FunctionObj, qualname), false },
    { "__module__", MEMBER_OBJ, offsetof(FunctionObj, module), false },
    { "__doc__", MEMBER_OBJ, offsetof(FunctionObj, doc), false },
    { "__globals__", MEMBER_OBJ, offsetof(FunctionObj, globals), true },
    { "__kwdefaults__", MEMBER_OBJ, offsetof(FunctionObj, kwdefaults), false },
    { NULL, 0, 0, false },
};

static const GetSetDef func_getset[] = {
    { "__code__", func_get_code, NULL, NULL },
    { "__defaults__", func_get_defaults, NULL, NULL },
    { "__closure__", func_get_closure, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

TypeObj Function_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "function",
    .basicsize = sizeof(FunctionObj), .dictoffset = offsetof(FunctionObj, dict),
    .dealloc = func_dealloc, .repr = func_repr, .call = func_call,
    .descr_get = func_get, .hash = obj_default_hash,
    .members = func_members, .getset = func_getset,
};

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

TypeObj Method_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "method",
    .basicsize = sizeof(MethodObj), .dealloc = method_dealloc, .repr = method_repr,
    .call = method_call, .getattr = method_getattr, .richcompare = method_richcompare,
    .hash = method_hash, .members = method_members,
};

/* Readies the types of this file. */
int func_init(void)
{
    TypeObj *ts[] = { &Code_Type, &Cell_Type, &Frame_Type, &Function_Type, &Method_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    (void)plain_free;
    return 0;
}
