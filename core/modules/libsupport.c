/* libsupport.c - the C halves of library modules written in Python (as
 * CPython's _contextvars, _warnings ... are to contextvars.py and
 * warnings.py): _contextvars (vm/context.h), _traceback (the printer of
 * vm/traceback.c, capturing), _warnings and _abc.
 */
#include "modules/modules.h"

#include "modules/makers.h"
#include "objects/exc.h"
#include "objects/types.h"
#include "vm/context.h"
#include "vm/output.h"
#include "vm/traceback.h"
#include "vm/vm.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* ---- _contextvars ---- */

Obj *make_contextvars_core(void)
{
    Obj *m = module_new("_contextvars");
    if (!m || module_add_functions(m, ctx_module_functions) < 0 ||
        module_add_object(m, "Context", (Obj *)&Context_Type) < 0 ||
        module_add_object(m, "ContextVar", (Obj *)&ContextVar_Type) < 0 ||
        module_add_object(m, "Token", (Obj *)&Token_Type) < 0)
        CLEAR(m);
    return m;
}

/* ---- _traceback: the printer of vm/traceback.c for traceback.py ---- */

static int limit_arg(Obj *o, int64_t *limit)
{
    *limit = TB_NO_LIMIT;
    return !o || o == obj_none ? 0 : obj_as_int64(o, limit);
}

/* format_exception(exc, limit=None, chain=True) -> list of str */
static Obj *tbm_format_exception(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "exc", "limit", "chain" };
    Obj *v[3] = { NULL, NULL, NULL };
    int64_t limit;
    if (args_parse("format_exception", a, n, kw, names, 3, 3, 1, v) < 0 ||
        limit_arg(v[1], &limit) < 0)
        return NULL;
    int chain = v[2] ? obj_is_true(v[2]) : 1;
    return chain < 0 ? NULL : tb_format_exception(v[0], limit, chain);
}

static Obj *tbm_format_exception_only(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    return tb_format_exception_only(a[0]);
}

/* format_tb(tb, limit=None) -> list of str */
static Obj *tbm_format_tb(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "tb", "limit" };
    Obj *v[2] = { NULL, NULL };
    int64_t limit;
    if (args_parse("format_tb", a, n, kw, names, 2, 2, 1, v) < 0 || limit_arg(v[1], &limit) < 0)
        return NULL;
    return tb_format_tb(v[0], limit);
}

/* format_entry(filename, lineno, name, end_lineno, col, end_col) -> str */
static Obj *tbm_format_entry(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    if (args_count("format_entry", n, 6, 6) < 0)
        return NULL;
    int64_t v[4] = { 0, 0, -1, -1 };
    Obj *src[4] = { a[1], a[3], a[4], a[5] };
    for (size_t i = 0; i < 4; i++)
        if (src[i] != obj_none && obj_as_int64(src[i], &v[i]) < 0)
            return NULL;
    if (!STR_CHECK(a[0]) || !STR_CHECK(a[2]))
        return err_set(Exc_TypeError, "format_entry: filename and name must be str");
    if (src[1] == obj_none)
        v[1] = v[0];
    return tb_format_entry(a[0], (int)v[0], a[2], (int)v[1], (int)v[2], (int)v[3]);
}

static Obj *span_tuple(int line, int end_line, int col, int end_col)
{
    Obj *items[4] = { int_from_i64(line), int_from_i64(end_line),
                      col >= 0 ? int_from_i64(col) : none_new(),
                      end_col >= 0 ? int_from_i64(end_col) : none_new() };
    Obj *t = items[0] && items[1] && items[2] && items[3] ? tuple_from_array(items, 4) : NULL;
    for (size_t i = 0; i < 4; i++)
        XDECREF(items[i]);
    return t;
}

/* tb_span(tb) -> (lineno, end_lineno, col, end_col) */
static Obj *tbm_tb_span(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    if (a[0]->type != &Traceback_Type)
        return err_set(Exc_TypeError, "tb_span() expects a traceback");
    TracebackObj *t = (TracebackObj *)a[0];
    return span_tuple(t->lineno, t->end_lineno, t->col, t->end_col);
}

/* getline(filename, lineno) -> the line with its newline, or '' (linecache) */
static Obj *tbm_getline(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    int64_t lineno;
    if (args_count("getline", n, 2, 2) < 0 || obj_as_int64(a[1], &lineno) < 0)
        return NULL;
    size_t len;
    const char *line = STR_CHECK(a[0]) && lineno > 0 && lineno < INT32_MAX
                     ? rt_source_line_of(a[0], (int)lineno, &len) : NULL;
    if (!line)
        return str_from_cstr("");
    Obj *s = str_from_utf8(line, len), *nl = s ? str_from_cstr("\n") : NULL;
    Obj *r = nl ? str_concat(s, nl) : NULL;
    XDECREF(s);
    XDECREF(nl);
    return r;
}

static const MethodDef traceback_functions[] = {
    { "format_exception", tbm_format_exception, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "format_exception_only", tbm_format_exception_only, METH_O, NULL },
    { "format_tb", tbm_format_tb, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "format_entry", tbm_format_entry, METH_FASTCALL, NULL },
    { "tb_span", tbm_tb_span, METH_O, NULL },
    { "getline", tbm_getline, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_traceback_core(void)
{
    Obj *m = module_new("_traceback");
    if (m && module_add_functions(m, traceback_functions) < 0)
        CLEAR(m);
    return m;
}

/* ---- _warnings: the standard stream's side of warnings.py ---- */

/* _emit(text, lineno): a warning's report to the standard stderr (and
 * the trace's warning event). */
static Obj *wm_emit(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    int64_t line;
    if (args_count("_emit", n, 2, 2) < 0 || obj_as_int64(a[1], &line) < 0)
        return NULL;
    if (!STR_CHECK(a[0]))
        return err_set(Exc_TypeError, "_emit() expects a str");
    rt_emit_warning(STR_DATA(a[0]), STR_NBYTES(a[0]), (int)line);
    return none_new();
}

/* _is_std_stderr(file): file is the standard stderr (sys.__stderr__). */
static Obj *wm_is_std_stderr(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    return bool_new(std_stream_fd(a[0]) == 2);
}

static const MethodDef warnings_functions[] = {
    { "_emit", wm_emit, METH_FASTCALL, NULL },
    { "_is_std_stderr", wm_is_std_stderr, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_warnings_core(void)
{
    Obj *m = module_new("_warnings");
    if (m && module_add_functions(m, warnings_functions) < 0)
        CLEAR(m);
    return m;
}

/* ---- _abc ---- */

/* CPython's set_collection_flag_recursive: a class registered with (or
 * made from) a sequence or mapping ABC is one for match statements, and
 * so are its subclasses; the built-in types keep their own flags. */
static void set_collection_flag(TypeObj *t, uint32_t flag)
{
    const uint32_t both = TPF_SEQUENCE | TPF_MAPPING;
    if (!(t->flags & TPF_HEAPTYPE) || (t->flags & both) == flag)
        return;
    t->flags = (t->flags & ~both) | flag;
    for (size_t i = 0; i < t->nsubclasses; i++)
        set_collection_flag(t->subclasses[i], flag);
}

/* _register_flags(abc, subclass): abc.register(subclass) passes on
 * abc's sequence/mapping flag, as CPython's _abc_register does. */
static Obj *abcm_register_flags(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    if (n != 2 || !TYPE_CHECK(a[0]) || !TYPE_CHECK(a[1]))
        return err_set(Exc_TypeError, "_register_flags(abc, subclass): two classes");
    uint32_t flag = ((TypeObj *)a[0])->flags & (TPF_SEQUENCE | TPF_MAPPING);
    if (flag)
        set_collection_flag((TypeObj *)a[1], flag);
    return none_new();
}

static const MethodDef abc_functions[] = {
    { "_register_flags", abcm_register_flags, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_abc_core(void)
{
    Obj *m = module_new("_abc");
    if (m && module_add_functions(m, abc_functions) < 0)
        CLEAR(m);
    return m;
}
