/* modules.c - module objects, named tuples written in C (structseq) and
 * the built-in modules written in C: sys, types, inspect, math (time is
 * in timemod.c).  They are registered with the others in import.c.
 */
#include "modules/modules.h"

#include <math.h>
#include <string.h>

#include "loop/loop.h"
#include "modules/makers.h"
#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/asyncgen.h"
#include "vm/output.h"
#include "vm/vm.h"

#define UNUSED_ARGS (void)self; (void)kw

/* ------------------------------------------------------------------ */
/* Module objects                                                      */
/* ------------------------------------------------------------------ */

static void module_dealloc(Obj *o)
{
    module_forget(o);
    XDECREF(((ModuleObj *)o)->dict);
    obj_free(o);
}

static Obj *module_getattr(Obj *o, Obj *name)
{
    Obj *r = obj_generic_getattr(o, name);
    if (r || !err_matches(Exc_AttributeError))
        return r;
    err_clear();
    Obj *mn = dict_getitem(((ModuleObj *)o)->dict, ID(__name__));
    err_format(Exc_AttributeError, "module '%S' has no attribute '%S'", mn ? mn : obj_none, name);
    exc_set_name_obj(err_occurred(), name, o);
    return NULL;
}

static Obj *module_repr(Obj *o)
{
    Obj *mn = dict_getitem(((ModuleObj *)o)->dict, ID(__name__));
    if (mn && str_eq_cstr(mn, "__main__"))
        return str_from_format("<module '__main__' from '%s'>", ev.filename ? ev.filename : "main.py");
    return str_from_format("<module %R (built-in)>", mn ? mn : obj_none);
}

static Obj *module_dir(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return dict_keys_list(((ModuleObj *)self)->dict);
}

/* types.ModuleType(name, doc=None). */
static Obj *module_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    ModuleObj *m = (ModuleObj *)obj_alloc(t, 0);
    if (m && !(m->dict = dict_new()))
        CLEAR(m);
    return (Obj *)m;
}

static int module_tp_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "name", "doc" };
    Obj *v[2] = { NULL, NULL };
    if (args_parse("module", a, n, kw, names, 2, 2, 1, v) < 0)
        return -1;
    if (!STR_CHECK(v[0])) {
        err_format(Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                   v[0]->type->name);
        return -1;
    }
    Obj *d = ((ModuleObj *)self)->dict;
    return dict_setitem(d, ID(__name__), v[0]) < 0 ||
           dict_setitem(d, ID(__doc__), v[1] ? v[1] : obj_none) < 0 ||
           dict_setitem_cstr(d, "__package__", obj_none) < 0 ||
           dict_setitem_cstr(d, "__loader__", obj_none) < 0 ||
           dict_setitem(d, ID(__spec__), obj_none) < 0 ? -1 : 0;
}

static const MethodDef module_methods[] = {
    { "__dir__", module_dir, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static void module_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((ModuleObj *)o)->dict); }

TypeObj Module_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "module",
    .traverse = module_traverse,
    .basicsize = sizeof(ModuleObj), .dictoffset = offsetof(ModuleObj, dict),
    .flags = TPF_BASETYPE, .dealloc = module_dealloc, .repr = module_repr,
    .tp_new = module_tp_new, .tp_init = module_tp_init,
    .getattr = module_getattr, .methods = module_methods,
};

Obj *module_new(const char *name)
{
    ModuleObj *m = (ModuleObj *)obj_alloc(&Module_Type, 0);
    if (!m)
        return NULL;
    Obj *n = str_from_cstr(name);
    if (!n || !(m->dict = dict_new()) || dict_setitem(m->dict, ID(__name__), n) < 0 ||
        dict_setitem(m->dict, ID(__doc__), obj_none) < 0) {
        XDECREF(n);
        DECREF(m);
        return NULL;
    }
    DECREF(n);
    return (Obj *)m;
}

int module_add_object(Obj *m, const char *name, Obj *value)
{
    return value ? dict_setitem_cstr(((ModuleObj *)m)->dict, name, value) : -1;
}

/* Adds value (steals it) under name. */
static int add_owned(Obj *m, const char *name, Obj *value)
{
    int r = module_add_object(m, name, value);
    XDECREF(value);
    return r;
}

int module_add_functions(Obj *m, const MethodDef *defs)
{
    Obj *mn = dict_getitem(((ModuleObj *)m)->dict, ID(__name__));
    for (; defs->name; defs++)
        if (add_owned(m, defs->name, cfunc_new(defs, m, mn)) < 0)
            return -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Named tuples written in C (CPython's structseq)                     */
/* ------------------------------------------------------------------ */

/* Fields of a structseq type: its getset entries (all of them; the
 * first ones are the tuple's items). */
static size_t structseq_fields(TypeObj *t)
{
    size_t n = 0;
    while (t->getset && t->getset[n].name)
        n++;
    return n;
}

Obj *structseq_new(TypeObj *t, Obj *const *items, size_t nvisible)
{
    if (type_ready(t) < 0)
        return NULL;
    size_t total = structseq_fields(t);
    TupleObj *o = (TupleObj *)obj_alloc(t, total * sizeof(Obj *));
    if (!o)
        return NULL;
    o->size = nvisible;
    for (size_t i = 0; i < total; i++)
        o->items[i] = i < nvisible || items[i] ? NEWREF(items[i]) : none_new();
    return (Obj *)o;
}

void structseq_dealloc(Obj *o)
{
    TupleObj *t = (TupleObj *)o;
    for (size_t i = structseq_fields(o->type); i > 0; i--)
        CLEAR(t->items[i - 1]);
    obj_free(o);
}

Obj *structseq_field(Obj *o, void *index)
{
    return NEWREF(((TupleObj *)o)->items[(size_t)(uintptr_t)index]);
}

/* Fields are read-only members in CPython. */
int structseq_readonly(Obj *o, Obj *v, void *index)
{
    (void)o; (void)v; (void)index;
    return err_format_int(Exc_AttributeError, "readonly attribute");
}

/* time.struct_time(tm_year=1970, ...): the tuple's items by name. */
Obj *structseq_repr(Obj *o)
{
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, o->type->name);
    sb_addc(&b, '(');
    for (size_t i = 0; i < TUPLE_SIZE(o); i++) {
        Obj *r = obj_repr(TUPLE_ITEM(o, i));
        if (!r) {
            sb_free(&b);
            return NULL;
        }
        if (i)
            sb_adds(&b, ", ");
        sb_adds(&b, o->type->getset[i].name);
        sb_addc(&b, '=');
        sb_addobj(&b, r);
        DECREF(r);
    }
    sb_addc(&b, ')');
    return sb_finish(&b);
}

/* n_fields, n_sequence_fields, n_unnamed_fields on the type. */
int structseq_ready(TypeObj *t, size_t nvisible)
{
    if (type_ready(t) < 0)
        return -1;
    Obj *nf = int_from_i64((int64_t)structseq_fields(t)), *ns = int_from_i64((int64_t)nvisible);
    Obj *nu = int_from_i64(0);
    int st = nf && ns && nu && dict_setitem_cstr(t->dict, "n_fields", nf) == 0 &&
             dict_setitem_cstr(t->dict, "n_sequence_fields", ns) == 0 &&
             dict_setitem_cstr(t->dict, "n_unnamed_fields", nu) == 0 ? 0 : -1;
    XDECREF(nf);
    XDECREF(ns);
    XDECREF(nu);
    return st;
}

/* ------------------------------------------------------------------ */
/* sys                                                                 */
/* ------------------------------------------------------------------ */

/* sys.stdin / sys.stdout / sys.stderr (and sys.__stdout__ ...): text
 * streams on the run's output writers; stdin is empty. */
typedef struct StreamObj {
    Obj ob;
    int fd;          /* 0 stdin, 1 stdout, 2 stderr */
} StreamObj;

static const char *const stream_names[] = { "<stdin>", "<stdout>", "<stderr>" };

static Obj *stream_write(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    int fd = ((StreamObj *)self)->fd;
    if (fd == 0)
        return err_set(Exc_OSError, "not writable");
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "write() argument must be str, not %s",
                          a[0] == obj_none ? "None" : a[0]->type->name);
    if (fd == 2)
        rt_write_stderr(STR_DATA(a[0]), STR_NBYTES(a[0]));
    else if (rt_stdout_encodable(a[0]) < 0)
        return NULL;
    else
        rt_write_stdout(STR_DATA(a[0]), STR_NBYTES(a[0]));
    return int_from_i64(str_len(a[0]));
}

static Obj *stream_writelines(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n;
    Obj *it = obj_iter(a[0]), *x;
    if (!it)
        return NULL;
    while ((x = obj_iternext(it))) {
        Obj *r = stream_write(self, &x, 1, kw);
        DECREF(x);
        if (!r)
            break;
        DECREF(r);
    }
    DECREF(it);
    return err_occurred() ? NULL : none_new();
}

static Obj *stream_read(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    if (((StreamObj *)self)->fd != 0)
        return err_set(Exc_OSError, "not readable");
    return str_from_cstr("");
}

static Obj *stream_flush(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return none_new();
}

static Obj *stream_false(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return bool_new(false);
}

static Obj *stream_writable(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return bool_new(((StreamObj *)self)->fd != 0);
}

static Obj *stream_readable(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return bool_new(((StreamObj *)self)->fd == 0);
}

static Obj *stream_fileno(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return int_from_i64(((StreamObj *)self)->fd);
}

static Obj *stream_name(Obj *self, void *c)
{
    (void)c;
    return str_from_cstr(stream_names[((StreamObj *)self)->fd]);
}

static Obj *stream_mode(Obj *self, void *c)
{
    (void)c;
    return str_from_cstr(((StreamObj *)self)->fd ? "w" : "r");
}

static Obj *stream_encoding(Obj *self, void *c)
{
    (void)self; (void)c;
    return str_from_cstr("utf-8");
}

static Obj *stream_errors(Obj *self, void *c)
{
    (void)c;
    return str_from_cstr(((StreamObj *)self)->fd == 2 ? "backslashreplace" : "strict");
}

static Obj *stream_closed(Obj *self, void *c)
{
    (void)self; (void)c;
    return bool_new(false);
}

static const MethodDef stream_methods[] = {
    { "write", stream_write, METH_O, NULL },
    { "writelines", stream_writelines, METH_O, NULL },
    { "read", stream_read, METH_FASTCALL, NULL },
    { "readline", stream_read, METH_FASTCALL, NULL },
    { "flush", stream_flush, METH_NOARGS, NULL },
    { "isatty", stream_false, METH_NOARGS, NULL },
    { "seekable", stream_false, METH_NOARGS, NULL },
    { "writable", stream_writable, METH_NOARGS, NULL },
    { "readable", stream_readable, METH_NOARGS, NULL },
    { "fileno", stream_fileno, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef stream_getset[] = {
    { "name", stream_name, NULL, NULL },
    { "mode", stream_mode, NULL, NULL },
    { "encoding", stream_encoding, NULL, NULL },
    { "errors", stream_errors, NULL, NULL },
    { "closed", stream_closed, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void stream_dealloc(Obj *o) { obj_free(o); }

static Obj *stream_repr(Obj *o)
{
    int fd = ((StreamObj *)o)->fd;
    return str_from_format("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                           stream_names[fd], fd ? "w" : "r");
}

static TypeObj Stream_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "_io.TextIOWrapper",
    .basicsize = sizeof(StreamObj), .dealloc = stream_dealloc, .repr = stream_repr,
    .hash = obj_default_hash, .methods = stream_methods, .getset = stream_getset,
};

/* The three standard streams (immortal: sys.__stdout__ ... in every run). */
static StreamObj std_streams[3] = {
    { OBJ_STATIC_HEAD(&Stream_Type), 0 }, { OBJ_STATIC_HEAD(&Stream_Type), 1 },
    { OBJ_STATIC_HEAD(&Stream_Type), 2 },
};

int std_stream_fd(Obj *o)
{
    return o->type == &Stream_Type ? ((StreamObj *)o)->fd : -1;
}

Obj *sys_std_stream(int fd)
{
    Obj *sys = dict_getitem_cstr(vm_modules(), "sys");
    if (!sys || sys->type != &Module_Type)
        return NULL;
    Obj *s = dict_getitem(((ModuleObj *)sys)->dict, fd == 2 ? ID(stderr_) : ID(stdout_));
    return s == (Obj *)&std_streams[fd] ? NULL : s ? s : obj_none;
}

/* sys.getsizeof: CPython's sizes on a 64-bit build for the built-in
 * types (a program can only compare them), __sizeof__() + 16 for the
 * others that define it. */
static int64_t size_of(Obj *o)
{
    TypeObj *t = o->type;
    if (t == &Bool_Type)
        return o == obj_true ? 28 : 24;
    if (INT_CHECK(o)) {
        Obj *bits = obj_call_method(o, str_intern_cstr("bit_length"), NULL, 0);
        int64_t nb = 0;
        if (!bits || obj_as_int64(bits, &nb) < 0)
            err_clear();
        XDECREF(bits);
        return 24 + 4 * ((nb + 29) / 30);
    }
    if (STR_CHECK(o)) {
        size_t n = (size_t)str_len(o);
        uint32_t maxcp = 0;
        const unsigned char *p = (const unsigned char *)STR_DATA(o);
        for (size_t i = 0; STR_NBYTES(o) != n && i < STR_NBYTES(o); i++) {
            uint32_t c = p[i] < 0xC0 ? 0 : p[i] < 0xE0 ? ((p[i] & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu))
                       : p[i] < 0xF0 ? 0xFFFF : 0x10000;
            maxcp = c > maxcp ? c : maxcp;
        }
        return maxcp < 128 ? 49 + (int64_t)n : maxcp < 256 ? 73 + (int64_t)n
             : maxcp < 65536 ? 74 + 2 * (int64_t)n : 76 + 4 * (int64_t)n;
    }
    if (t == &Float_Type)
        return 24;
    if (o == obj_none)
        return 16;
    if (TUPLE_CHECK(o))
        return 40 + 8 * (int64_t)TUPLE_SIZE(o);
    if (LIST_CHECK(o))
        return 56 + 8 * (int64_t)((ListObj *)o)->cap;
    if (DICT_CHECK(o)) {
        int64_t n = dict_len(o), slots = 8;
        while (slots * 2 / 3 < n)
            slots *= 2;
        return n == 0 ? 64 : 64 + 8 * slots + 24 * (slots * 2 / 3) - 16;
    }
    if (t == &Set_Type || t == &FrozenSet_Type) {
        int64_t n = obj_len(o), slots = 8;
        while (slots * 3 / 5 <= n)
            slots *= 4;
        return 200 + (slots > 8 ? 16 * slots : 0);
    }
    if (t == &Range_Type)
        return 48;
    if (t == &Function_Type)
        return 152;
    if (TYPE_CHECK(o))
        return 1072;
    return (int64_t)(t->basicsize > 16 ? t->basicsize : 16) + 16;
}

static Obj *sys_getsizeof(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "object", "default" };
    Obj *v[2] = { NULL, NULL };
    if (args_parse("getsizeof", a, n, kw, names, 2, 2, 1, v) < 0)
        return NULL;
    Obj *m = (v[0]->type->flags & TPF_HEAPTYPE) ? type_lookup(v[0]->type, str_intern_cstr("__sizeof__"))
                                                  : NULL;
    if (!m)
        return int_from_i64(size_of(v[0]));
    Obj *r = obj_call_method(v[0], str_intern_cstr("__sizeof__"), NULL, 0);
    if (!r) {
        if (v[1] && err_matches(Exc_TypeError)) {
            err_clear();
            return NEWREF(v[1]);
        }
        return NULL;
    }
    int64_t size;
    int st = obj_as_int64(r, &size);
    DECREF(r);
    if (st < 0)
        return NULL;
    if (size < 0)
        return err_set(Exc_ValueError, "__sizeof__() should return >= 0");
    return int_from_i64(size + 16);
}

/* sys._getframe([depth]): the caller's frame, or one further out. */
static Obj *sys_getframe(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    int64_t depth = 0;
    if (args_count("_getframe", n, 0, 1) < 0 || (n && obj_as_int64(a[0], &depth) < 0))
        return NULL;
    FrameObj *f = ev.frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f)
        return err_set(Exc_ValueError, "call stack is not deep enough");
    return NEWREF((Obj *)f);
}

static Obj *sys_intern(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "intern() argument must be str, not %s",
                          a[0]->type->name);
    Obj *s = NEWREF(a[0]);
    str_intern_inplace(&s);
    return s;
}

static Obj *sys_getdefaultencoding(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return str_from_cstr("utf-8");
}

static Obj *sys_getrecursionlimit(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return int_from_i64(ev.limit);
}

static Obj *sys_setrecursionlimit(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    int64_t v;
    if (obj_as_int64(a[0], &v) < 0)
        return NULL;
    if (v < 1)
        return err_set(Exc_ValueError, "recursion limit must be greater or equal than 1");
    ev.limit = v > 100000 ? 100000 : (int)v;
    return none_new();
}

/* sys.set_int_max_str_digits(maxdigits): 0 or at least 640 (a C int), as
 * CPython; the limit lasts for the run. */
static Obj *sys_set_int_max_str_digits(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "maxdigits" };
    Obj *v[1];
    if (args_parse("set_int_max_str_digits", a, n, kw, names, 1, 1, 1, v) < 0)
        return NULL;
    int64_t d;
    if (obj_as_int64(v[0], &d) < 0 && !err_matches(Exc_OverflowError))
        return NULL;
    if (err_occurred() || d > INT32_MAX || d < INT32_MIN) {
        err_clear();
        return err_set(Exc_OverflowError, "Python int too large to convert to C int");
    }
    if (d != 0 && d < 640)
        return err_set(Exc_ValueError, "maxdigits must be 0 or larger than 640");
    big_set_max_str_digits(d);
    return none_new();
}

static Obj *sys_get_int_max_str_digits(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return int_from_i64(big_get_max_str_digits());
}

static Obj *sys_exit(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("exit", n, 0, 1) < 0)
        return NULL;
    return err_set_obj(Exc_SystemExit, n && a[0] != obj_none ? a[0] : NULL);
}

static Obj *sys_exc_info(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    Obj *e = interp_handled_exc();
    if (!e)
        return tuple_pack(3, obj_none, obj_none, obj_none);
    Obj *tb = ((ExcObj *)e)->traceback;
    return tuple_pack(3, (Obj *)e->type, e, tb ? tb : obj_none);
}

static Obj *sys_exception(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    Obj *e = interp_handled_exc();
    return e ? NEWREF(e) : none_new();
}

static Obj *sys_getrefcount(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    return int_from_i64((int64_t)a[0]->refcnt + 1);
}

/* sys.get_asyncgen_hooks()'s result: a 2-tuple whose items are also
 * .firstiter and .finalizer (CPython's structseq asyncgen_hooks). */
static Obj *hooks_firstiter(Obj *o, void *c) { (void)c; return NEWREF(TUPLE_ITEM(o, 0)); }
static Obj *hooks_finalizer(Obj *o, void *c) { (void)c; return NEWREF(TUPLE_ITEM(o, 1)); }

static Obj *hooks_repr(Obj *o)
{
    return str_from_format("asyncgen_hooks(firstiter=%R, finalizer=%R)", TUPLE_ITEM(o, 0),
                           TUPLE_ITEM(o, 1));
}

static const GetSetDef hooks_getset[] = {
    { "firstiter", hooks_firstiter, NULL, NULL },
    { "finalizer", hooks_finalizer, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TypeObj AsyncGenHooks_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "asyncgen_hooks", .base = &Tuple_Type,
    .basicsize = sizeof(TupleObj), .repr = hooks_repr, .getset = hooks_getset,
};

static Obj *sys_get_asyncgen_hooks(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    Obj *first, *fin;
    agen_get_hooks(&first, &fin);
    if (type_ready(&AsyncGenHooks_Type) < 0)
        return NULL;
    Obj *t = obj_alloc(&AsyncGenHooks_Type, 2 * sizeof(Obj *));
    if (!t)
        return NULL;
    ((TupleObj *)t)->size = 2;
    TUPLE_ITEM(t, 0) = first ? NEWREF(first) : none_new();
    TUPLE_ITEM(t, 1) = fin ? NEWREF(fin) : none_new();
    return t;
}

/* set_asyncgen_hooks's arguments: firstiter and finalizer, by position or
 * name (CPython's messages, which name no function). */
static int hooks_args(Obj *const *a, size_t n, Obj *kw, Obj **v)
{
    size_t nkw = kwnames_len(kw);
    if (n + nkw > 2)
        return err_format_int(Exc_TypeError, "function takes at most 2 arguments (%zu given)",
                              n + nkw);
    static const char *const names[] = { "firstiter", "finalizer" };
    for (size_t i = 0; i < n; i++)
        v[i] = a[i];
    for (size_t j = 0; j < nkw; j++) {
        Obj *k = TUPLE_ITEM(kw, j);
        int i = str_eq_cstr(k, names[0]) ? 0 : str_eq_cstr(k, names[1]) ? 1 : -1;
        if (i < 0)
            return err_format_int(Exc_TypeError, "'%S' is an invalid keyword argument for this "
                                  "function", k);
        if (v[i])
            return err_format_int(Exc_TypeError, "argument for function given by name ('%s') "
                                  "and position (%d)", names[i], i + 1);
        v[i] = a[n + j];
    }
    return 0;
}

/* sys.set_asyncgen_hooks(firstiter=, finalizer=): an omitted one stays,
 * None removes one; the finalizer is set before firstiter is checked. */
static Obj *sys_set_asyncgen_hooks(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *v[2] = { NULL, NULL }, *first, *fin;
    if (hooks_args(a, n, kw, v) < 0)
        return NULL;
    agen_get_hooks(&first, &fin);
    if (v[1] && v[1] != obj_none && !obj_is_callable(v[1]))
        return err_format(Exc_TypeError, "callable finalizer expected, got %s", v[1]->type->name);
    if (v[1])
        fin = v[1];
    agen_set_hooks(first, fin);
    if (v[0] && v[0] != obj_none && !obj_is_callable(v[0]))
        return err_format(Exc_TypeError, "callable firstiter expected, got %s", v[0]->type->name);
    if (v[0])
        agen_set_hooks(v[0], fin);
    return none_new();
}

/* sys._getframemodulename(depth=0) (CPython 3.12's): the __name__ of the
 * module of the frame depth calls above the caller, or None. */
static Obj *sys_getframemodulename(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "depth" };
    Obj *v[1] = { NULL };
    if (args_parse("_getframemodulename", a, n, kw, names, 1, 1, 0, v) < 0)
        return NULL;
    int64_t depth = 0;
    if (v[0] && int_as_i64(v[0], &depth) < 0)
        return NULL;
    FrameObj *f = ev.frame;
    while (f && depth-- > 0)
        f = f->back;
    Obj *name = f && f->globals ? dict_getitem(f->globals, ID(__name__)) : NULL;
    return name ? NEWREF(name) : none_new();
}

static const MethodDef sys_functions[] = {
    { "_getframemodulename", sys_getframemodulename, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "get_asyncgen_hooks", sys_get_asyncgen_hooks, METH_NOARGS, NULL },
    { "set_asyncgen_hooks", sys_set_asyncgen_hooks, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "getrecursionlimit", sys_getrecursionlimit, METH_NOARGS, NULL },
    { "setrecursionlimit", sys_setrecursionlimit, METH_O, NULL },
    { "exit", sys_exit, METH_FASTCALL, NULL },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS, NULL },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "exc_info", sys_exc_info, METH_NOARGS, NULL },
    { "exception", sys_exception, METH_NOARGS, NULL },
    { "getrefcount", sys_getrefcount, METH_O, NULL },
    { "getsizeof", sys_getsizeof, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "_getframe", sys_getframe, METH_FASTCALL, NULL },
    { "intern", sys_intern, METH_O, NULL },
    { "getdefaultencoding", sys_getdefaultencoding, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* sys.version_info: a named tuple (CPython's structseq). */
#define F(name, i) { name, structseq_field, structseq_readonly, (void *)(uintptr_t)(i) }
static const GetSetDef version_info_fields[] = {
    F("major", 0), F("minor", 1), F("micro", 2), F("releaselevel", 3), F("serial", 4),
    { NULL, NULL, NULL, NULL },
};

static Obj *no_instances(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return err_format(Exc_TypeError, "cannot create '%s' instances", t->name);
}

static TypeObj VersionInfo_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "sys.version_info", .base = &Tuple_Type,
    .basicsize = sizeof(TupleObj), .dealloc = structseq_dealloc, .repr = structseq_repr,
    .tp_new = no_instances, .getset = version_info_fields,
};

static Obj *version_info(void)
{
    if (structseq_ready(&VersionInfo_Type, 5) < 0)
        return NULL;
    Obj *items[5] = { int_from_i64(3), int_from_i64(11), int_from_i64(7),
                      str_from_cstr("final"), int_from_i64(0) };
    Obj *r = items[0] && items[1] && items[2] && items[3] && items[4]
           ? structseq_new(&VersionInfo_Type, items, 5) : NULL;
    for (size_t i = 0; i < 5; i++)
        XDECREF(items[i]);
    return r;
}

/* sys.float_info and sys.int_info (IEEE doubles; 30-bit digits). */
static const GetSetDef float_info_fields[] = {
    F("max", 0), F("max_exp", 1), F("max_10_exp", 2), F("min", 3), F("min_exp", 4),
    F("min_10_exp", 5), F("dig", 6), F("mant_dig", 7), F("epsilon", 8), F("radix", 9),
    F("rounds", 10),
    { NULL, NULL, NULL, NULL },
};

static const GetSetDef int_info_fields[] = {
    F("bits_per_digit", 0), F("sizeof_digit", 1), F("default_max_str_digits", 2),
    F("str_digits_check_threshold", 3),
    { NULL, NULL, NULL, NULL },
};
#undef F

static TypeObj FloatInfo_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "sys.float_info", .base = &Tuple_Type,
    .basicsize = sizeof(TupleObj), .dealloc = structseq_dealloc, .repr = structseq_repr,
    .tp_new = no_instances, .getset = float_info_fields,
};

static TypeObj IntInfo_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "sys.int_info", .base = &Tuple_Type,
    .basicsize = sizeof(TupleObj), .dealloc = structseq_dealloc, .repr = structseq_repr,
    .tp_new = no_instances, .getset = int_info_fields,
};

/* A named tuple of n items (owned, may be NULL on failure). */
static Obj *structseq_owned(TypeObj *t, Obj **items, size_t n)
{
    Obj *r = NULL;
    bool ok = structseq_ready(t, n) == 0;
    for (size_t i = 0; i < n; i++)
        ok = ok && items[i];
    if (ok)
        r = structseq_new(t, items, n);
    for (size_t i = 0; i < n; i++)
        XDECREF(items[i]);
    return r;
}

static Obj *float_info(void)
{
    Obj *items[11] = {
        float_from_double(1.7976931348623157e+308), int_from_i64(1024), int_from_i64(308),
        float_from_double(2.2250738585072014e-308), int_from_i64(-1021), int_from_i64(-307),
        int_from_i64(15), int_from_i64(53), float_from_double(2.220446049250313e-16),
        int_from_i64(2), int_from_i64(1),
    };
    return structseq_owned(&FloatInfo_Type, items, 11);
}

static Obj *int_info(void)
{
    Obj *items[4] = { int_from_i64(30), int_from_i64(4), int_from_i64(4300),
                      int_from_i64(640) };
    return structseq_owned(&IntInfo_Type, items, 4);
}

/* A fresh sys for each run (modules_end_run drops it).
 *
 * sys.platform is 'linux', deliberately, on every build (native and
 * WebAssembly alike): Coroscope reproduces what CPython prints under the
 * oracle, which runs on Linux, and a program's output must not depend on
 * where the engine runs.  Nothing else here pretends to be a Linux
 * process (no os, no files). */
Obj *make_sys(void)
{
    Obj *m = module_new("sys");
    if (!m)
        return NULL;
    Obj *argv = list_new(0), *s = str_from_cstr("main.py");
    Obj *in = (Obj *)&std_streams[0], *out = (Obj *)&std_streams[1],
        *err = (Obj *)&std_streams[2];
    if (!argv || !s || list_append(argv, s) < 0 ||
        module_add_functions(m, sys_functions) < 0 ||
        add_owned(m, "argv", NEWREF(argv)) < 0 ||
        add_owned(m, "orig_argv", list_new(0)) < 0 ||
        module_add_object(m, "modules", vm_modules()) < 0 ||
        module_add_object(m, "stdin", in) < 0 || module_add_object(m, "__stdin__", in) < 0 ||
        module_add_object(m, "stdout", out) < 0 || module_add_object(m, "__stdout__", out) < 0 ||
        module_add_object(m, "stderr", err) < 0 || module_add_object(m, "__stderr__", err) < 0 ||
        add_owned(m, "version", str_from_cstr("3.11.7 (main, Jan  1 1970, 00:00:00) "
                                              "[Coroscope]")) < 0 ||
        add_owned(m, "version_info", version_info()) < 0 ||
        add_owned(m, "float_info", float_info()) < 0 ||
        add_owned(m, "int_info", int_info()) < 0 ||
        add_owned(m, "hexversion", int_from_i64(0x030B07F0)) < 0 ||
        add_owned(m, "api_version", int_from_i64(1013)) < 0 ||
        add_owned(m, "platform", str_from_cstr("linux")) < 0 ||
        add_owned(m, "byteorder", str_from_cstr("little")) < 0 ||
        add_owned(m, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        add_owned(m, "maxunicode", int_from_i64(0x10FFFF)) < 0 ||
        add_owned(m, "executable", str_from_cstr("")) < 0 ||
        add_owned(m, "prefix", str_from_cstr("")) < 0 ||
        add_owned(m, "copyright", str_from_cstr("Copyright (c) 2001-2023 Python Software "
                                                "Foundation.")) < 0 ||
        add_owned(m, "dont_write_bytecode", NEWREF(obj_true)) < 0 ||
        add_owned(m, "path", list_new(0)) < 0) {
        XDECREF(argv);
        XDECREF(s);
        DECREF(m);
        return NULL;
    }
    DECREF(argv);
    DECREF(s);
    return m;
}

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

/* @types.coroutine: marks a generator function's generators awaitable. */
static Obj *types_coroutine(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    Obj *f = a[0];
    if (!obj_is_callable(f))
        return err_set(Exc_TypeError, "types.coroutine() expects a callable");
    if (f->type == &Function_Type && (((FunctionObj *)f)->flags & CO_GENERATOR))
        ((FunctionObj *)f)->flags |= CO_ITERABLE_COROUTINE;
    return NEWREF(f);
}

static const MethodDef types_functions[] = {
    { "coroutine", types_coroutine, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_types(void)
{
    Obj *m = module_new("types");
    if (!m)
        return NULL;
    static const struct { const char *n; TypeObj *t; } tb[] = {
        { "GeneratorType", &Gen_Type }, { "CoroutineType", &Coro_Type },
        { "AsyncGeneratorType", &AsyncGen_Type }, { "FunctionType", &Function_Type },
        { "LambdaType", &Function_Type }, { "MethodType", &Method_Type },
        { "BuiltinFunctionType", &CFunction_Type }, { "BuiltinMethodType", &CFunction_Type },
        { "ModuleType", &Module_Type }, { "FrameType", &Frame_Type },
        { "CodeType", &Code_Type }, { "TracebackType", &Traceback_Type },
        { "NoneType", &None_Type }, { "CellType", &Cell_Type },
        { "GenericAlias", &GenericAlias_Type }, { "UnionType", &Union_Type },
        { "MappingProxyType", &MappingProxy_Type },
    };
    for (size_t i = 0; i < sizeof tb / sizeof tb[0]; i++)
        if (module_add_object(m, tb[i].n, (Obj *)tb[i].t) < 0)
            goto fail;
    if (module_add_functions(m, types_functions) < 0)
        goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* inspect                                                             */
/* ------------------------------------------------------------------ */

/* getgeneratorstate/getcoroutinestate: CPython reads gi_running etc., so
 * a wrong object gives AttributeError on that attribute. */
static Obj *state_of(Obj *o, TypeObj *want, const char *attr)
{
    if (o->type != want && !(want == &Gen_Type && o->type == &Coro_Type && 0))
        return obj_getattr_cstr(o, attr);
    return str_from_cstr(gen_state_name((GenObj *)o));
}

static Obj *insp_genstate(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    return state_of(a[0], &Gen_Type, "gi_running");
}

static Obj *insp_corostate(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    return state_of(a[0], &Coro_Type, "cr_running");
}

static int func_flags(Obj *f)
{
    while (f->type == &Method_Type)
        f = ((MethodObj *)f)->func;
    return f->type == &Function_Type ? ((FunctionObj *)f)->flags : 0;
}

#define TYPE_PRED(fname, test) \
    static Obj *fname(Obj *self, Obj *const *a, size_t n, Obj *kw) \
    { UNUSED_ARGS; (void)n; Obj *o = a[0]; (void)o; return bool_new(test); }
TYPE_PRED(insp_isgenerator, o->type == &Gen_Type)
TYPE_PRED(insp_iscoroutine, o->type == &Coro_Type)
TYPE_PRED(insp_isasyncgen, o->type == &AsyncGen_Type)
TYPE_PRED(insp_isfunction, o->type == &Function_Type)
TYPE_PRED(insp_ismethod, o->type == &Method_Type)
TYPE_PRED(insp_isclass, TYPE_CHECK(o))
TYPE_PRED(insp_ismodule, o->type == &Module_Type)
TYPE_PRED(insp_isbuiltin, o->type == &CFunction_Type)
TYPE_PRED(insp_isgenfunc, (func_flags(o) & CO_GENERATOR) != 0)
TYPE_PRED(insp_iscorofunc, (func_flags(o) & CO_COROUTINE) != 0)
TYPE_PRED(insp_isasyncgenfunc, (func_flags(o) & CO_ASYNC_GENERATOR) != 0)
TYPE_PRED(insp_isawaitable, o->type == &Coro_Type ||
          (o->type == &Gen_Type && ((GenObj *)o)->iterable_coro) ||
          type_lookup(o->type, ID(__await__)) != NULL)
#undef TYPE_PRED

static Obj *insp_getgeneratorlocals(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    if (a[0]->type != &Gen_Type)
        return err_format(Exc_TypeError, "%R is not a Python generator", a[0]);
    GenObj *g = (GenObj *)a[0];
    return g->frame ? obj_getattr_cstr((Obj *)g->frame, "f_locals") : dict_new();
}

static Obj *insp_currentframe(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return ev.frame ? NEWREF((Obj *)ev.frame) : none_new();
}

static const MethodDef inspect_functions[] = {
    { "getgeneratorstate", insp_genstate, METH_O, NULL },
    { "getcoroutinestate", insp_corostate, METH_O, NULL },
    { "getgeneratorlocals", insp_getgeneratorlocals, METH_O, NULL },
    { "isgenerator", insp_isgenerator, METH_O, NULL },
    { "iscoroutine", insp_iscoroutine, METH_O, NULL },
    { "isasyncgen", insp_isasyncgen, METH_O, NULL },
    { "isfunction", insp_isfunction, METH_O, NULL },
    { "ismethod", insp_ismethod, METH_O, NULL },
    { "isclass", insp_isclass, METH_O, NULL },
    { "ismodule", insp_ismodule, METH_O, NULL },
    { "isbuiltin", insp_isbuiltin, METH_O, NULL },
    { "isgeneratorfunction", insp_isgenfunc, METH_O, NULL },
    { "iscoroutinefunction", insp_iscorofunc, METH_O, NULL },
    { "isasyncgenfunction", insp_isasyncgenfunc, METH_O, NULL },
    { "isawaitable", insp_isawaitable, METH_O, NULL },
    { "currentframe", insp_currentframe, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_inspect(void)
{
    Obj *m = module_new("inspect");
    if (!m)
        return NULL;
    static const char *const states[] = {
        "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
        "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED",
    };
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        if (add_owned(m, states[i], str_from_cstr(states[i])) < 0)
            goto fail;
    if (module_add_functions(m, inspect_functions) < 0)
        goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* math                                                                */
/* ------------------------------------------------------------------ */

static int arg_double(Obj *o, double *d)
{
    return obj_as_double(o, d);
}

#define MATH1(fname, expr) \
    static Obj *fname(Obj *self, Obj *const *a, size_t n, Obj *kw) \
    { UNUSED_ARGS; (void)n; double x; if (arg_double(a[0], &x) < 0) return NULL; return expr; }
MATH1(m_floor, int_from_double(floor(x)))
MATH1(m_ceil, int_from_double(ceil(x)))
MATH1(m_fabs, float_from_double(fabs(x)))
MATH1(m_exp, float_from_double(exp(x)))
MATH1(m_sin, float_from_double(sin(x)))
MATH1(m_cos, float_from_double(cos(x)))
MATH1(m_tan, float_from_double(tan(x)))
MATH1(m_isnan, bool_new(isnan(x)))
MATH1(m_isinf, bool_new(isinf(x)))
MATH1(m_trunc, int_from_double(trunc(x)))
#undef MATH1

static Obj *m_sqrt(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    double x;
    if (arg_double(a[0], &x) < 0)
        return NULL;
    if (x < 0)
        return err_set(Exc_ValueError, "math domain error");
    return float_from_double(sqrt(x));
}

static Obj *m_log(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("log", n, 1, 2) < 0)
        return NULL;
    double x, b = 0;
    if (arg_double(a[0], &x) < 0 || (n > 1 && arg_double(a[1], &b) < 0))
        return NULL;
    if (x <= 0 || (n > 1 && b <= 0))
        return err_set(Exc_ValueError, "math domain error");
    return float_from_double(n > 1 ? log(x) / log(b) : log(x));
}

static Obj *m_pow(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("pow", n, 2, 2) < 0)
        return NULL;
    double x, y;
    if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0)
        return NULL;
    return float_from_double(pow(x, y));
}

static Obj *m_gcd(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    int64_t g = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t v;
        if (obj_as_int64(a[i], &v) < 0)
            return NULL;
        v = v < 0 ? -v : v;
        while (v) {
            int64_t t = g % v;
            g = v;
            v = t;
        }
    }
    return int_from_i64(g);
}

static Obj *m_isclose(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol" };
    Obj *v[4];
    if (args_parse("isclose", a, n, kw, names, 4, 2, 2, v) < 0)
        return NULL;
    double x, y, rt = 1e-9, at = 0.0;
    if (arg_double(v[0], &x) < 0 || arg_double(v[1], &y) < 0 ||
        (v[2] && arg_double(v[2], &rt) < 0) || (v[3] && arg_double(v[3], &at) < 0))
        return NULL;
    if (x == y)
        return bool_new(true);
    double d = fabs(x - y);
    return bool_new(d <= fabs(rt * y) || d <= fabs(rt * x) || d <= at);
}

static const MethodDef math_functions[] = {
    { "floor", m_floor, METH_O, NULL }, { "ceil", m_ceil, METH_O, NULL },
    { "fabs", m_fabs, METH_O, NULL }, { "exp", m_exp, METH_O, NULL },
    { "sin", m_sin, METH_O, NULL }, { "cos", m_cos, METH_O, NULL },
    { "tan", m_tan, METH_O, NULL }, { "isnan", m_isnan, METH_O, NULL },
    { "isinf", m_isinf, METH_O, NULL }, { "trunc", m_trunc, METH_O, NULL },
    { "sqrt", m_sqrt, METH_O, NULL }, { "log", m_log, METH_FASTCALL, NULL },
    { "pow", m_pow, METH_FASTCALL, NULL }, { "gcd", m_gcd, METH_FASTCALL, NULL },
    { "isclose", m_isclose, METH_FASTCALL | METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_math(void)
{
    Obj *m = module_new("math");
    if (!m || module_add_functions(m, math_functions) < 0 ||
        add_owned(m, "pi", float_from_double(3.141592653589793)) < 0 ||
        add_owned(m, "e", float_from_double(2.718281828459045)) < 0 ||
        add_owned(m, "tau", float_from_double(6.283185307179586)) < 0 ||
        add_owned(m, "inf", float_from_double(INFINITY)) < 0 ||
        add_owned(m, "nan", float_from_double(NAN)) < 0)
        CLEAR(m);
    return m;
}

int modules_init(void)
{
    if (type_ready(&Module_Type) < 0 || type_ready(&Stream_Type) < 0 ||
        type_ready(&VersionInfo_Type) < 0)
        return -1;
    Obj *modules = dict_new(), *b = modules ? builtins_init() : NULL;
    if (!b || dict_setitem_cstr(modules, "builtins", b) < 0) {
        XDECREF(modules);
        XDECREF(b);
        return -1;
    }
    vm_set_modules(modules, NEWREF(((ModuleObj *)b)->dict));
    DECREF(b);
    vm_import_hook = module_import;
    return 0;
}
