/* output.c - where the program's output goes: the host's writers and the
 * trace's output events; the warnings the engine issues ("main.py:LINE:
 * Category: message" once per location, as CPython's default warning
 * filter, or through warnings.py when the program imported it); and the
 * lines of the program's source for tracebacks.
 *
 * Global state: the writers, the program text.
 */
#include "vm/output.h"

#include <stdio.h>
#include <string.h>

#include "objects/types.h"
#include "vm/trace.h"
#include "vm/vm.h"

static rt_write_fn write_out, write_err;   /* the host's writers */
static void *write_user;                   /* passed to both */
static uint64_t output_limit;              /* bytes of stdout + stderr (0: none) */
static uint64_t output_written;            /* ... written so far this run */

void rt_set_output(rt_write_fn out, rt_write_fn err, void *user)
{
    write_out = out;
    write_err = err;
    write_user = user;
}


static void emit_output(const char *verb, const char *s, size_t n)
{
    if (!trace_enabled())
        return;
    Obj *t = str_from_utf8(s, n);
    TraceEvent e = { .kind = TR_OUTPUT, .line = ev.frame ? frame_lineno(ev.frame) : 0,
                     .verb = verb, .text = t ? STR_DATA(t) : "", .text_len = t ? STR_NBYTES(t) : 0 };
    trace_emit(&e);
    XDECREF(t);
}

void rt_set_output_limit(uint64_t bytes)
{
    output_limit = bytes;
    output_written = 0;
}

/* How much of n more bytes the output limit lets through; reaching it
 * stops the run (run_output_capped) at its next step. */
static size_t within_limit(size_t n)
{
    if (!output_limit)
        return n;
    if (ev.output_capped)
        return 0;
    uint64_t room = output_limit - output_written;
    if (n <= room) {
        output_written += n;
        return n;
    }
    output_written = output_limit;
    ev.output_capped = true;
    return (size_t)room;
}

void rt_write_stdout(const char *s, size_t n)
{
    n = within_limit(n);
    if (write_out && n)
        write_out(write_user, s, n);
    if (n)
        emit_output("stdout", s, n);
}

/* Is s[i..] a lone surrogate (ED A0..BF xx, how a str holds one)? */
static bool surrogate_at(const unsigned char *s, size_t i, size_t n)
{
    return s[i] == 0xED && i + 2 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF;
}

int rt_stdout_encodable(Obj *s)
{
    const unsigned char *u = (const unsigned char *)STR_DATA(s);
    size_t n = STR_NBYTES(s);
    for (size_t i = 0; i < n; i++)
        if (surrogate_at(u, i, n)) {
            Obj *b = codec_encode(s, "utf-8", "strict");   /* raises the error */
            XDECREF(b);
            return -1;
        }
    return 0;
}

static void write_err_bytes(const char *s, size_t n)
{
    n = within_limit(n);
    if (write_err && n)
        write_err(write_user, s, n);
    if (n)
        emit_output("stderr", s, n);
}

/* stderr writes a lone surrogate as its \udXXX escape, as CPython's
 * sys.stderr does (errors='backslashreplace'). */
void rt_write_stderr(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (!surrogate_at(u, i, n))
            continue;
        char esc[8];
        unsigned cp = 0xD000u | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
        snprintf(esc, sizeof esc, "\\u%04x", cp);
        write_err_bytes(s + start, i - start);
        write_err_bytes(esc, 6);
        start = i + 3;
        i += 2;
    }
    write_err_bytes(s + start, n - start);
}

void rt_write_report(const char *s, size_t n)
{
    if (write_err)
        write_err(write_user, s, n);
}

/* Line `lineno` of src[0..n). */
static const char *nth_line(const char *p, size_t n, int lineno, size_t *len)
{
    const char *end = p + n;
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

const char *rt_source_line(int lineno, size_t *len)
{
    return nth_line(ev.src, ev.src_len, lineno, len);
}

/* The sources of library modules written in Python (static texts). */
#define MAX_SOURCES 32
static struct { Obj *filename; const char *src; size_t len; } sources[MAX_SOURCES];
static int nsources;

void rt_add_source(Obj *filename, const char *src, size_t len)
{
    for (int i = 0; i < nsources; i++)
        if (str_eq(sources[i].filename, filename))
            return;
    if (nsources < MAX_SOURCES) {
        sources[nsources].filename = NEWREF(filename);
        sources[nsources].src = src;
        sources[nsources++].len = len;
    }
}

const char *rt_source_line_of(Obj *filename, int lineno, size_t *len)
{
    if (!filename || (ev.filename && str_eq_cstr(filename, ev.filename)))
        return rt_source_line(lineno, len);
    for (int i = 0; i < nsources; i++)
        if (str_eq(sources[i].filename, filename))
            return nth_line(sources[i].src, sources[i].len, lineno, len);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Warnings                                                            */
/* ------------------------------------------------------------------ */

/* The default filters of CPython 3.11: DeprecationWarning shown only
 * when issued by __main__'s code; PendingDeprecationWarning,
 * ImportWarning and ResourceWarning never. */
static bool ignored_by_default(TypeObj *category, Obj *module)
{
    for (TypeObj *t = category; t; t = t->base) {
        const char *n = t->name;
        if (t == Exc_DeprecationWarning)
            return !(module && STR_CHECK(module) && str_eq_cstr(module, "__main__"));
        if (!strcmp(n, "PendingDeprecationWarning") || !strcmp(n, "ImportWarning") ||
            !strcmp(n, "ResourceWarning"))
            return true;
    }
    return false;
}

/* The registry of the warnings already shown from a module: its
 * __warningregistry__ dict, keyed (text, category, lineno), with the
 * filters' version (1 until warnings.py changes the filters) as
 * CPython's warnings module keeps it.  1 if the key was there (and sets
 * it), 0 if not, -1 error. */
static int already_warned(Obj *globals, Obj *text, TypeObj *category, int line)
{
    Obj *reg = dict_getitem_cstr(globals, "__warningregistry__");
    if (!reg || !DICT_CHECK(reg)) {
        Obj *d = dict_new();
        int st = d ? dict_setitem_cstr(globals, "__warningregistry__", d) : -1;
        XDECREF(d);
        if (st < 0)
            return -1;
        reg = dict_getitem_cstr(globals, "__warningregistry__");
    }
    Obj *version = dict_getitem_cstr(reg, "version"), *one = int_from_i64(1);
    if (!one)
        return -1;
    int same = version ? obj_compare_bool(version, one, CMP_EQ) : 0;
    if (same <= 0) {
        Obj *keys = dict_keys_list(reg);
        for (size_t i = 0; keys && i < LIST_SIZE(keys); i++)
            dict_delitem(reg, LIST_ITEM(keys, i));
        XDECREF(keys);
        dict_setitem_cstr(reg, "version", one);
    }
    DECREF(one);
    Obj *ln = int_from_i64(line);
    Obj *key = ln ? tuple_pack(3, text, (Obj *)category, ln) : NULL;
    XDECREF(ln);
    if (!key)
        return -1;
    int seen = dict_getitem(reg, key) != NULL;
    int st = seen ? 0 : dict_setitem(reg, key, obj_true);
    DECREF(key);
    return st < 0 ? -1 : seen;
}

void rt_emit_warning(const char *text, size_t len, int line)
{
    if (trace_enabled()) {
        const char *nl = memchr(text, '\n', len);
        Obj *head = str_from_utf8(text, nl ? (size_t)(nl - text) + 1 : len);
        TraceEvent e = { .kind = TR_WARNING, .line = line, .text = head ? STR_DATA(head) : "" };
        trace_emit(&e);
        XDECREF(head);
        err_clear();
    }
    rt_write_stderr(text, len);
}

/* The report goes to sys.stderr: the standard stream, or whatever the
 * program put there (contextlib.redirect_stderr), or nowhere (None). */
static void show_warning(Obj *text, int line)
{
    Obj *sys = ev.modules ? dict_getitem_cstr(ev.modules, "sys") : NULL;
    Obj *cur = sys ? obj_getattr_opt(sys, ID(stderr_)) : NULL;
    Obj *std = cur ? obj_getattr_opt(sys, str_intern_cstr("__stderr__")) : NULL;
    if (cur && std && cur != std) {
        if (cur != obj_none) {
            Obj *r = obj_call_method(cur, ID(write), &text, 1);
            XDECREF(r);
        }
    } else {
        rt_emit_warning(STR_DATA(text), STR_NBYTES(text), line);
    }
    XDECREF(cur);
    XDECREF(std);
    err_clear();
}

/* Without warnings.py: the default filter ("default": once per module,
 * text, category and line), the report on stderr. */
static void warn_default(TypeObj *category, Obj *message)
{
    FrameObj *f = ev.frame;
    int line = f ? frame_lineno(f) : 1;
    Obj *module = f ? dict_getitem(f->globals, ID(__name__)) : NULL;
    if (ignored_by_default(category, module))
        return;
    if (f && already_warned(f->globals, message, category, line) != 0) {
        err_clear();
        return;
    }
    Obj *text = str_from_format("%s:%d: %s: %S\n", f ? STR_DATA(f->code->filename) : "sys", line,
                                category->name, message);
    size_t n;
    const char *src = f ? rt_source_line_of(f->code->filename, line, &n) : NULL;
    if (text && src) {
        while (n && (*src == ' ' || *src == '\t' || *src == '\f')) {
            src++;
            n--;
        }
        while (n && (src[n - 1] == ' ' || src[n - 1] == '\r' || src[n - 1] == '\t'))
            n--;
        Obj *body = str_from_utf8(src, n);
        Obj *full = body ? str_from_format("%S  %S\n", text, body) : NULL;
        XDECREF(body);
        SETREF(text, full);
    }
    if (text)
        show_warning(text, line);
    XDECREF(text);
    err_clear();
}

int rt_warn(TypeObj *category, Obj *message)
{
    /* warnings.py imported: its filters, catch_warnings and showwarning
     * decide, as CPython's _warn_unawaited_coroutine goes through it */
    Obj *mod = ev.modules ? dict_getitem_cstr(ev.modules, "warnings") : NULL;
    Obj *fn = mod ? obj_getattr_opt(mod, str_intern_cstr("_warn_from_engine")) : NULL;
    if (fn && obj_is_callable(fn)) {
        Obj *r = obj_call2(fn, message, (Obj *)category);
        DECREF(fn);
        if (r) {
            DECREF(r);
            return 0;
        }
        return -1;
    }
    XDECREF(fn);
    err_clear();
    warn_default(category, message);
    return 0;
}
