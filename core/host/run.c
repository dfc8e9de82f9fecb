/* run.c - one run of a program, from source text to exit status: start
 * the engine, parse and compile, run the module as __main__ on the VM,
 * print an uncaught exception as CPython does, finalise the module (so
 * pending generators are closed and never-awaited coroutines warn, as at
 * CPython's exit); or, for `coroscope dis`, print the bytecode instead.
 *
 * Global state: `cfg` (the host's configuration for the current run) and
 * the one-time initialisation flag.
 */
#include "host/runtime.h"

#include <stdio.h>
#include <string.h>

#include "compiler/compile.h"
#include "compiler/dis.h"
#include "loop/loop.h"
#include "modules/modules.h"
#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "parser/parser.h"
#include "vm/output.h"
#include "vm/trace.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static rt_config cfg;            /* callbacks and limits of this run */
static bool initialised;         /* object model ready (kept across runs) */
static rt_end_reason end_reason; /* how the run in progress ended */

static void notify(rt_note note, const void *data)
{
    if (cfg.notify)
        cfg.notify(cfg.notify_user, note, data);
}

static int init_once(void)
{
    if (initialised)
        return 0;
    if (object_init() < 0 || vm_init() < 0 || modules_init() < 0 || loop_init() < 0)
        return -1;
    initialised = true;
    return 0;
}

/* __main__.__loader__: a stand-in for CPython's loader of a script
 * (<_frozen_importlib_external.SourceFileLoader object at 0x...>). */
static Obj *main_loader(void)
{
    Obj *name = str_from_cstr("SourceFileLoader");
    Obj *mod = str_from_cstr("_frozen_importlib_external");
    Obj *bases = obj_empty_tuple, *ns = dict_new(), *cls = NULL, *inst = NULL;
    if (name && mod && ns && dict_setitem(ns, ID(__module__), mod) == 0)
        cls = class_new(name, bases, ns);
    if (cls)
        inst = obj_call0(cls);
    XDECREF(name);
    XDECREF(mod);
    XDECREF(ns);
    XDECREF(cls);
    return inst;
}

/* The __main__ module, registered in sys.modules, with the names
 * CPython gives a script's module, in its order. */
static Obj *make_main(void)
{
    Obj *m = module_new("__main__");
    if (!m)
        return NULL;
    Obj *d = ((ModuleObj *)m)->dict;
    Obj *file = str_from_cstr(cfg.filename ? cfg.filename : "main.py");
    Obj *ann = dict_new(), *loader = main_loader();
    if (!file || !ann || !loader || dict_setitem_cstr(d, "__package__", obj_none) < 0 ||
        dict_setitem_cstr(d, "__loader__", loader) < 0 ||
        dict_setitem(d, ID(__spec__), obj_none) < 0 ||
        dict_setitem(d, ID(__annotations__), ann) < 0 ||
        dict_setitem(d, ID(__builtins__), vm_builtins()) < 0 ||
        dict_setitem(d, ID(__file__), file) < 0 ||
        dict_setitem_cstr(d, "__cached__", obj_none) < 0 ||
        dict_setitem_cstr(vm_modules(), "__main__", m) < 0) {
        XDECREF(file);
        XDECREF(ann);
        XDECREF(loader);
        DECREF(m);
        return NULL;
    }
    DECREF(file);
    DECREF(ann);
    DECREF(loader);
    return m;
}

/* Exit status for an uncaught exception (SystemExit is not printed). */
static int report_uncaught(Obj *exc)
{
    if (!type_is_subtype(exc->type, Exc_SystemExit)) {
        end_reason = RT_END_EXCEPTION;
        notify(RT_NOTE_UNCAUGHT, exc);
        tb_print(exc);
        notify(RT_NOTE_UNCAUGHT_DONE, NULL);
        return 1;
    }
    end_reason = RT_END_SYSTEM_EXIT;
    Obj *code = ((ExcObj *)exc)->value;
    if (!code || code == obj_none)
        return 0;
    /* CPython's _Py_HandleSystemExit: (int)PyLong_AsLong(code), which is
     * -1 for an int beyond a C long (SystemExit(2**100) exits 255) */
    int64_t c;
    if (INT_CHECK(code)) {
        if (int_as_i64(code, &c) < 0) {
            err_clear();
            return -1;
        }
        return (int)(uint32_t)(uint64_t)c;
    }
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
    end_reason = RT_END_SYNTAX_ERROR;
    notify(RT_NOTE_SYNTAX_ERROR, err);
    char small[1024];
    size_t need = ast_error_format(err, cfg.filename ? cfg.filename : "main.py", small, sizeof small);
    if (need < sizeof small) {
        rt_write_stderr(small, need);
    } else {
        char *big = mem_alloc(need + 1);
        if (big) {
            ast_error_format(err, cfg.filename ? cfg.filename : "main.py", big, need + 1);
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
    end_reason = RT_END_STEP_BUDGET;
    char msg[160];
    int n = snprintf(msg, sizeof msg, "coroscope: stopped after %llu steps (step budget "
                     "exhausted: an endless loop? --max-steps N sets the budget, 0 = none)\n",
                     (unsigned long long)cfg.step_budget);
    rt_write_report(msg, n > 0 && (size_t)n < sizeof msg ? (size_t)n : 0);
    return RT_EXIT_STEP_BUDGET;
}

/* The program wrote as much as its output limit allows: stopped there. */
static int report_output_capped(void)
{
    end_reason = RT_END_OUTPUT_LIMIT;
    char msg[160];
    int n = snprintf(msg, sizeof msg, "\ncoroscope: output limit of %llu bytes reached: the "
                     "program was stopped\n", (unsigned long long)cfg.output_limit);
    rt_write_report(msg, n > 0 && (size_t)n < sizeof msg ? (size_t)n : 0);
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
    Obj *globals = ((ModuleObj *)main)->dict;   /* borrowed: main holds it */
    FrameObj *f = frame_new(code, globals, globals);
    Obj *r = f ? vm_execute(f, NULL, NULL) : NULL;
    XDECREF(f);
    int status = 0;
    if (!r) {
        Obj *exc = err_fetch();
        status = run_aborted() ? (end_reason = RT_END_ABORTED, RT_EXIT_STEP_BUDGET)
               : step_budget_spent() ? report_budget()
               : run_output_capped() ? report_output_capped()
               : run_deadlocked() ? (end_reason = RT_END_DEADLOCK, RT_EXIT_DEADLOCK)
               : exc ? report_uncaught(exc) : (end_reason = RT_END_EXCEPTION, 1);
        XDECREF(exc);
    }
    XDECREF(r);
    bool stopped = run_stopped();
    err_clear();
    /* CPython's Py_FinalizeEx: a collection while the modules are all
     * there (unless the program disabled the collector), then the modules
     * go (modules_end_run: __main__ with the others) */
    if (gc_state.enabled)
        gc_collect(GC_GENERATIONS - 1);
    DECREF(main);
    err_clear();
    modules_end_run();
    /* a __del__ run while the module is cleared can spend the budget too
     * (an endless one): reported as in the program itself */
    if (!stopped && step_budget_spent())
        status = report_budget();
    else if (!stopped && run_output_capped())
        status = report_output_capped();
    return status;
}

/* Sets up the state of a run of src; -1 if the engine cannot start. */
static int begin_run(const char *src, size_t len, const rt_config *config)
{
    cfg = *config;
    end_reason = RT_END_NORMAL;
    rt_set_output(cfg.write_stdout, cfg.write_stderr, cfg.user);
    rt_set_output_limit(cfg.output_limit);
    vm_begin_run(src, len, cfg.filename ? cfg.filename : "main.py", cfg.step_budget);
    loop_reset();
    if (init_once() < 0) {
        static const char msg[] = "Fatal: engine initialisation failed\n";
        rt_write_stderr(msg, sizeof msg - 1);
        return -1;
    }
    gc_begin_run();
    size_t base = mem_in_use();
    mem_set_cap(!cfg.mem_cap ? 0 : cfg.mem_cap > SIZE_MAX - base ? SIZE_MAX : base + cfg.mem_cap);
    return 0;
}

/* The program's code object, or NULL with err filled. */
static CodeObj *compile_program(const char *src, size_t len, ast_error *err)
{
    ast_tree *tree = NULL;
    memset(err, 0, sizeof *err);
    CodeObj *code = NULL;
    trace_pause_inhibit++;                /* see trace.h */
    if (parse_program(src, len, &tree, err) == 0) {
        code = compile_module(tree, cfg.filename ? cfg.filename : "main.py", err);
        ast_tree_free(tree);
        if (!code)
            ast_error_set_text(err, src, len);
    }
    trace_pause_inhibit--;
    return code;
}

static void end_run(void)
{
    vm_end_run();
    gc_collect_final();              /* what the run's last state held */
    gc_end_run();
    mem_set_cap(0);
}

/* The program's text: decoded from its bytes (coding cookie) when it
 * must be.  0, or the encoding's SyntaxError status after reporting it. */
static char *decoded;
static size_t decoded_len;

static int decode_program(const char **src, size_t *len, ast_error *err)
{
    char *out = NULL;
    size_t n = 0;
    int rc = source_decode(*src, *len, &out, &n, err);
    if (out) {
        decoded = out;
        decoded_len = n;
        *src = out;
        *len = n;
    }
    return rc;
}

static void free_decoded(void)
{
    if (decoded)
        mem_free(decoded, decoded_len + 1);
    decoded = NULL;
}

int rt_run(const char *src, size_t len, const rt_config *config)
{
    ast_error err;
    int decoding = decode_program(&src, &len, &err);
    if (begin_run(src, len, config) < 0) {
        free_decoded();
        end_reason = RT_END_EXCEPTION;
        notify(RT_NOTE_END, &end_reason);
        return 1;
    }
    CodeObj *code = decoding < 0 ? NULL : compile_program(src, len, &err);
    if (code)
        notify(RT_NOTE_START, NULL);
    int status = code ? run_code(code) : report_syntax_error(&err);
    XDECREF(code);
    end_run();
    free_decoded();
    notify(RT_NOTE_END, &end_reason);
    return status;
}

static void write_dis(void *user, const char *text, size_t len)
{
    (void)user;
    rt_write_stdout(text, len);
}

int rt_dis(const char *src, size_t len, const rt_config *config)
{
    ast_error err;
    int decoding = decode_program(&src, &len, &err);
    if (begin_run(src, len, config) < 0) {
        free_decoded();
        return 1;
    }
    CodeObj *code = decoding < 0 ? NULL : compile_program(src, len, &err);
    int status = code ? 0 : report_syntax_error(&err);
    if (code)
        dis_code(code, write_dis, NULL);
    XDECREF(code);
    end_run();
    free_decoded();
    return status;
}
