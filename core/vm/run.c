/* run.c - rt_run: one program run from source text to exit status
 * (parse, compile, execute, finalise), eval() of an expression string,
 * the output path (host callbacks + OUTPUT trace events), and the
 * warnings path ("main.py:LINE: Category: message" once per location, as
 * the default warning filter).
 *
 * Global state: `cfg` (the host's configuration for the current run),
 * the warnings registry and the one-time initialisation flag.
 */
#include "vm/runtime.h"

#include <stdio.h>
#include <string.h>

#include "compiler/compile.h"
#include "compiler/dis.h"
#include "modules/modules.h"
#include "objects/exc.h"
#include "objects/types.h"
#include "parser/parser.h"
#include "vm/generator.h"
#include "vm/stackseg.h"
#include "vm/trace.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static rt_config cfg;            /* callbacks and limits of this run */
static bool initialised;         /* object model ready (kept across runs) */
static Obj *warn_registry;       /* set of "line:message" already printed */

int func_init(void);

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

static void emit_output(const char *verb, const char *s, size_t n)
{
    if (!trace_enabled())
        return;
    Obj *t = str_from_utf8(s, n);
    TraceEvent e = { .kind = TR_OUTPUT, .line = ev.frame ? frame_lineno(ev.frame) : 0,
                     .verb = verb, .text = t ? STR_DATA(t) : "" };
    trace_emit(&e);
    XDECREF(t);
}

void rt_write_stdout(const char *s, size_t n)
{
    if (cfg.write_stdout)
        cfg.write_stdout(cfg.user, s, n);
    emit_output("stdout", s, n);
}

void rt_write_stderr(const char *s, size_t n)
{
    if (cfg.write_stderr)
        cfg.write_stderr(cfg.user, s, n);
    emit_output("stderr", s, n);
}

const char *rt_source_line(int lineno, size_t *len)
{
    const char *p = ev.src, *end = ev.src + ev.src_len;
    if (!p || lineno < 1)
        return NULL;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

/* ------------------------------------------------------------------ */
/* Warnings                                                            */
/* ------------------------------------------------------------------ */

void rt_warn(TypeObj *category, Obj *message)
{
    FrameObj *f = ev.frame;
    int line = f ? frame_lineno(f) : 1;
    const char *file = f ? (ev.filename ? ev.filename : "main.py") : "sys";
    Obj *key = str_from_format("%s:%d:%s:%S", file, line, category->name, message);
    if (!key)
        return;
    if (!warn_registry)
        warn_registry = set_new(NULL);
    int seen = warn_registry ? set_contains(warn_registry, key) : 0;
    if (seen == 0 && warn_registry)
        set_add(warn_registry, key);
    DECREF(key);
    err_clear();
    if (seen)
        return;
    Obj *text = str_from_format("%s:%d: %s: %S\n", file, line, category->name, message);
    if (!text)
        return;
    if (trace_enabled()) {
        TraceEvent e = { .kind = TR_WARNING, .line = line, .text = STR_DATA(text) };
        trace_emit(&e);
    }
    rt_write_stderr(STR_DATA(text), STR_NBYTES(text));
    DECREF(text);
    size_t n;
    const char *src = f ? rt_source_line(line, &n) : NULL;
    if (src) {
        while (n && (*src == ' ' || *src == '\t')) {
            src++;
            n--;
        }
        rt_write_stderr("  ", 2);
        rt_write_stderr(src, n);
        rt_write_stderr("\n", 1);
    }
}

/* ------------------------------------------------------------------ */
/* Start-up and finalisation                                           */
/* ------------------------------------------------------------------ */

static int init_once(void)
{
    if (initialised)
        return 0;
    if (object_init() < 0 || func_init() < 0 || gen_init() < 0 || modules_init() < 0)
        return -1;
    if (!(ev.modules = dict_new()))
        return -1;
    Obj *b = builtins_init();
    if (!b || dict_setitem_cstr(ev.modules, "builtins", b) < 0)
        return -1;
    DECREF(b);
    initialised = true;
    return 0;
}

/* The __main__ module, registered in sys.modules. */
static Obj *make_main(void)
{
    Obj *m = module_new("__main__");
    if (!m)
        return NULL;
    Obj *d = ((ModuleObj *)m)->dict;
    Obj *file = str_from_cstr(ev.filename);
    if (!file || dict_setitem(d, ID(__file__), file) < 0 ||
        dict_setitem(d, ID(__builtins__), ev.builtins) < 0 ||
        dict_setitem_cstr(ev.modules, "__main__", m) < 0) {
        XDECREF(file);
        DECREF(m);
        return NULL;
    }
    DECREF(file);
    return m;
}

/* CPython's _PyModule_ClearDict: names starting with one underscore are
 * set to None first, then all others (except __builtins__), in dict order:
 * this is when leftover generators are closed and coroutines warn. */
static void clear_module_dict(Obj *d)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t pos = 0;
        Obj *k, *v;
        Obj *keys = dict_keys_list(d);
        if (!keys)
            return;
        for (size_t i = 0; i < LIST_SIZE(keys); i++) {
            k = LIST_ITEM(keys, i);
            const char *s = STR_DATA(k);
            bool under = s[0] == '_' && s[1] != '_';
            if ((pass == 0 && !under) || str_eq_cstr(k, "__builtins__"))
                continue;
            v = dict_getitem(d, k);
            if (v && v != obj_none)
                dict_setitem(d, k, obj_none);
            err_clear();
        }
        (void)pos;
        DECREF(keys);
    }
}

/* Exit status for an uncaught exception (SystemExit is not printed). */
static int report_uncaught(Obj *exc)
{
    if (!type_is_subtype(exc->type, Exc_SystemExit)) {
        tb_print(exc);
        return 1;
    }
    Obj *code = ((ExcObj *)exc)->value;
    if (!code || code == obj_none)
        return 0;
    int64_t c;
    if (INT_CHECK(code) && int_as_i64(code, &c) == 0)
        return (int)c;
    err_clear();
    Obj *s = obj_str(code);
    if (s) {
        rt_write_stderr(STR_DATA(s), STR_NBYTES(s));
        rt_write_stderr("\n", 1);
        DECREF(s);
    }
    err_clear();
    return 1;
}

static int report_syntax_error(ast_error *err)
{
    char small[1024];
    size_t need = ast_error_format(err, ev.filename, small, sizeof small);
    if (need < sizeof small) {
        rt_write_stderr(small, need);
    } else {
        char *big = mem_alloc(need + 1);
        if (big) {
            ast_error_format(err, ev.filename, big, need + 1);
            rt_write_stderr(big, need);
            mem_free(big, need + 1);
        }
    }
    ast_error_clear(err);
    return 1;
}

/* The step budget ran out (an endless loop?): no traceback, a clear
 * message and RT_EXIT_STEP_BUDGET. */
static int report_budget(void)
{
    char msg[160];
    int n = snprintf(msg, sizeof msg, "coroscope: stopped after %llu steps (step budget "
                     "exhausted: an endless loop? --max-steps N sets the budget, 0 = none)\n",
                     (unsigned long long)ev.step_budget);
    rt_write_stderr(msg, n > 0 && (size_t)n < sizeof msg ? (size_t)n : 0);
    return RT_EXIT_STEP_BUDGET;
}

/* Runs the module's code as __main__ and finalises; returns the exit
 * status. */
static int run_code(CodeObj *code)
{
    Obj *main = make_main();
    if (!main) {
        Obj *e = err_fetch();
        int st = e ? report_uncaught(e) : 1;
        XDECREF(e);
        return st;
    }
    Obj *globals = ((ModuleObj *)main)->dict;
    FrameObj *f = frame_new(code, globals, globals);
    Obj *r = f ? vm_execute(f, NULL, NULL) : NULL;
    XDECREF(f);
    int status = 0;
    if (!r) {
        Obj *exc = err_fetch();
        status = step_budget_spent() ? report_budget()
               : exc ? report_uncaught(exc) : 1;
        XDECREF(exc);
    }
    XDECREF(r);
    Obj *main_name = str_from_cstr("__main__");
    if (main_name)
        dict_delitem(ev.modules, main_name);
    XDECREF(main_name);
    err_clear();
    clear_module_dict(globals);
    DECREF(main);
    err_clear();
    return status;
}

/* Sets up the state of a run of src; -1 if the engine cannot start. */
static int begin_run(const char *src, size_t len, const rt_config *config)
{
    cfg = *config;
    ev.filename = cfg.filename ? cfg.filename : "main.py";
    ev.src = src;
    ev.src_len = len;
    ev.steps = 0;
    ev.step_budget = cfg.step_budget;
    ev.depth = 1;                 /* the module frame counts, as in CPython */
    ev.c_depth = 0;
    seg_reset();
    ev.frame = NULL;
    ev.excinfo = &ev.base_excinfo;
    vclock_reset();
    if (init_once() < 0) {
        static const char msg[] = "Fatal: engine initialisation failed\n";
        rt_write_stderr(msg, sizeof msg - 1);
        return -1;
    }
    size_t base = mem_in_use();
    mem_set_cap(!cfg.mem_cap ? 0 : cfg.mem_cap > SIZE_MAX - base ? SIZE_MAX : base + cfg.mem_cap);
    return 0;
}

/* The program's code object, or NULL with err filled. */
static CodeObj *compile_program(ast_error *err)
{
    ast_tree *tree = NULL;
    memset(err, 0, sizeof *err);
    CodeObj *code = NULL;
    trace_pause_inhibit++;                /* see trace.h */
    if (parse_program(ev.src, ev.src_len, &tree, err) == 0) {
        code = compile_module(tree, ev.filename, err);
        ast_tree_free(tree);
    }
    trace_pause_inhibit--;
    return code;
}

static void end_run(void)
{
    CLEAR(ev.base_excinfo.value);
    CLEAR(warn_registry);
    mem_set_cap(0);
}

int rt_run(const char *src, size_t len, const rt_config *config)
{
    if (begin_run(src, len, config) < 0)
        return 1;
    ast_error err;
    CodeObj *code = compile_program(&err);
    int status = code ? run_code(code) : report_syntax_error(&err);
    XDECREF(code);
    end_run();
    return status;
}

static void write_dis(void *user, const char *text, size_t len)
{
    (void)user;
    rt_write_stdout(text, len);
}

int rt_dis(const char *src, size_t len, const rt_config *config)
{
    if (begin_run(src, len, config) < 0)
        return 1;
    ast_error err;
    CodeObj *code = compile_program(&err);
    int status = code ? 0 : report_syntax_error(&err);
    if (code)
        dis_code(code, write_dis, NULL);
    XDECREF(code);
    end_run();
    return status;
}

/* ------------------------------------------------------------------ */
/* eval()                                                              */
/* ------------------------------------------------------------------ */

/* Raises SyntaxError(msg, ("<string>", line, offset, text, end_line,
 * end_offset)) as CPython's compile() does. */
static Obj *eval_syntax_error(const char *type, const char *msg, int line, int off,
                              const char *text, int eline, int eoff)
{
    TypeObj *t = type && strcmp(type, "IndentationError") == 0 ? Exc_IndentationError
                                                               : Exc_SyntaxError;
    if (type && strcmp(type, "MemoryError") == 0)
        return err_nomemory();
    Obj *m = str_from_cstr(msg);
    Obj *info = m ? str_from_cstr("<string>") : NULL;
    Obj *tx = text ? str_from_cstr(text) : none_new();
    Obj *l = int_from_i64(line), *o = int_from_i64(off);
    Obj *el = int_from_i64(eline), *eo = int_from_i64(eoff);
    Obj *tup = info && tx && l && o && el && eo ? tuple_pack(6, info, l, o, tx, el, eo) : NULL;
    if (tup) {
        Obj *args[2] = { m, tup };
        Obj *e = exc_new(t, args, 2);
        if (e) {
            exc_set_context(e, interp_handled_exc());
            err_restore(e);
        }
    }
    XDECREF(m); XDECREF(info); XDECREF(tx); XDECREF(l); XDECREF(o); XDECREF(el); XDECREF(eo);
    XDECREF(tup);
    return NULL;
}

static Obj *eval_error(ast_error *err)
{
    eval_syntax_error(err->type, err->msg, err->lineno, err->offset, err->text,
                      err->end_lineno, err->end_offset);
    ast_error_clear(err);
    return NULL;
}

/* The code of an eval() string: NULL + SyntaxError unless it is exactly
 * one expression. */
static CodeObj *eval_compile_inhibited(const char *src, size_t len)
{
    ast_tree *tree = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    if (parse_program(src, len, &tree, &err) < 0)
        return (CodeObj *)eval_error(&err);
    const ast_stmt_seq *b = &tree->mod->body;
    const ast_expr *v = b->count == 1 && b->items[0]->kind == AST_Expr
                      ? b->items[0]->v.Expr.value : NULL;
    CodeObj *code = NULL;
    if (!v) {
        const ast_stmt *s = b->count ? b->items[b->count > 1 ? 1 : 0] : NULL;
        int line = s ? s->lineno : 0, col = s ? s->col_offset + 1 : 0;
        eval_syntax_error("SyntaxError", "invalid syntax", line, col, NULL, line, col);
    } else if (!(code = compile_eval(tree, v, "<string>", &err))) {
        eval_error(&err);
    }
    ast_tree_free(tree);
    return code;
}

/* The parser and the compiler are never paused in (trace.h). */
static CodeObj *eval_compile(const char *src, size_t len)
{
    trace_pause_inhibit++;
    CodeObj *code = eval_compile_inhibited(src, len);
    trace_pause_inhibit--;
    return code;
}

Obj *eval_source(Obj *source, Obj *globals, Obj *locals)
{
    const char *src = STR_DATA(source);
    size_t len = STR_NBYTES(source);
    while (len && (*src == ' ' || *src == '\t')) {    /* as CPython's eval */
        src++;
        len--;
    }
    /* a bare `yield x` is a statement (the symtable would call it "'yield'
     * outside function"); only `(yield x)` is an expression */
    unsigned char after = len > 5 ? (unsigned char)src[5] : ' ';
    bool ident = after == '_' || after >= 0x80 || ((after | 0x20) >= 'a' && (after | 0x20) <= 'z') ||
                 (after >= '0' && after <= '9');
    if (len >= 5 && memcmp(src, "yield", 5) == 0 && !ident)
        return eval_syntax_error("SyntaxError", "invalid syntax", 1, 1, NULL, 1, 1);
    CodeObj *code = eval_compile(src, len);
    if (!code)
        return NULL;
    FrameObj *f = frame_new(code, globals, locals);
    DECREF(code);
    if (!f)
        return NULL;
    Obj *r = vm_execute(f, NULL, NULL);
    DECREF(f);
    return r;
}
