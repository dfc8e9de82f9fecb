/* output.c - where the program's output goes: the host's writers and the
 * trace's output events; the warnings path ("main.py:LINE: Category:
 * message" once per location, as CPython's default warning filter); and
 * the lines of the program's source for tracebacks.
 *
 * Global state: the writers, the warnings registry, the program text.
 */
#include "vm/output.h"

#include <stdio.h>
#include <string.h>

#include "objects/types.h"
#include "vm/trace.h"
#include "vm/vm.h"

static rt_write_fn write_out, write_err;   /* the host's writers */
static void *write_user;                   /* passed to both */
static Obj *warn_registry;                 /* set of "line:message" already printed */
static uint64_t output_limit;              /* bytes of stdout + stderr (0: none) */
static uint64_t output_written;            /* ... written so far this run */

void rt_set_output(rt_write_fn out, rt_write_fn err, void *user)
{
    write_out = out;
    write_err = err;
    write_user = user;
}

void rt_reset_warnings(void) { CLEAR(warn_registry); }

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

void rt_warn(TypeObj *category, Obj *message)
{
    FrameObj *f = ev.frame;
    int line = f ? frame_lineno(f) : 1;
    const char *file = f ? STR_DATA(f->code->filename) : "sys";
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
    const char *src = f ? rt_source_line_of(f->code->filename, line, &n) : NULL;
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
