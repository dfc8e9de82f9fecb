/* trace.c - the step hook and the bounded, side-effect-free reprs of its
 * events (see trace.h).
 *
 * Global state: the installed hook and its user pointer; the pending
 * (not yet delivered) output text; trace_repr's buffers and its active
 * counter; the pause-inhibit counter.
 */
#include "vm/trace.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "objects/object.h"
#include "objects/types.h"

trace_hook_fn trace_hook;      /* NULL: tracing off */
static void *hook_user;        /* passed back to the hook */
int trace_repr_active;         /* > 0 while a repr is computed */
int trace_pause_inhibit;       /* > 0 while pausing is not allowed */

/* Output written piecewise (a traceback is dozens of writes) is delivered
 * as one output event: consecutive writes to one stream are kept here
 * until any other event comes (or the hook changes). */
static struct {
    char *buf;          /* the text so far (mem_alloc'd, NUL-terminated) */
    size_t len, cap;    /* bytes used / allocated */
    char verb[8];       /* "stdout" / "stderr" */
    int line;           /* line of the first write */
} pending;

/* Delivers the pending output event, if any. */
static void output_flush(void)
{
    if (!pending.len)
        return;
    TraceEvent e = { .kind = TR_OUTPUT, .line = pending.line, .verb = pending.verb,
                     .text = pending.buf, .text_len = pending.len };
    pending.len = 0;
    if (trace_hook)
        trace_hook(&e, hook_user);
}

/* Adds an output event to the pending one; false if it must be delivered
 * on its own (no room). */
static bool output_add(const TraceEvent *e)
{
    const char *verb = e->verb ? e->verb : "";
    if (pending.len && strcmp(pending.verb, verb) != 0)
        output_flush();
    size_t n = e->text_len ? e->text_len : strlen(e->text ? e->text : "");
    if (strlen(verb) >= sizeof pending.verb)
        return false;
    if (pending.len + n + 1 > pending.cap) {
        size_t cap = pending.cap ? pending.cap : 256;
        while (cap < pending.len + n + 1)
            cap *= 2;
        char *nb = mem_realloc(pending.buf, pending.cap, cap);
        if (!nb) {
            output_flush();
            return false;
        }
        pending.buf = nb;
        pending.cap = cap;
    }
    if (!pending.len) {
        strcpy(pending.verb, verb);
        pending.line = e->line;
    }
    memcpy(pending.buf + pending.len, e->text ? e->text : "", n);
    pending.len += n;
    pending.buf[pending.len] = '\0';
    return true;
}

void trace_set_hook(trace_hook_fn fn, void *user)
{
    output_flush();
    if (pending.buf)
        mem_free(pending.buf, pending.cap);
    pending.buf = NULL;
    pending.cap = 0;
    trace_hook = fn;
    hook_user = user;
}

#define REPR_BUF TRACE_REPR_BUF
static char exc_text[REPR_BUF];      /* trace_exc_text's result */
static size_t exc_text_len;          /* ... and its length (it may hold NULs) */

void trace_emit(const TraceEvent *e)
{
    if (!trace_hook)
        return;
    if (e->kind == TR_OUTPUT && output_add(e))
        return;
    output_flush();
    if (e->text == exc_text && !e->text_len) {
        TraceEvent with_len = *e;
        with_len.text_len = exc_text_len;
        trace_hook(&with_len, hook_user);
        return;
    }
    trace_hook(e, hook_user);
}

bool trace_library_frames;

bool trace_code_shown(Obj *filename)
{
    static const char prefix[] = "/coroscope/lib/";
    return trace_library_frames ||
           strncmp(STR_DATA(filename), prefix, sizeof prefix - 1) != 0;
}

const char *trace_kind_name(TraceKind k)
{
    static const char *const names[TR_COUNT] = {
        "line", "call", "return", "exception_raised", "exception_caught", "gen_create",
        "gen_resume", "gen_yield", "gen_return", "gen_raise", "gen_close", "output", "warning",
        "task_create", "task_step", "task_wait", "task_done", "task_cancel", "future_done",
        "call_soon", "timer_add", "timer_fire", "timer_cancel", "clock", "loop_iter", "deadlock",
    };
    return (unsigned)k < TR_COUNT ? names[k] : "unknown";
}

/* ------------------------------------------------------------------ */
/* Bounded text                                                        */
/* ------------------------------------------------------------------ */

#define REPR_DEPTH 8                         /* containers nested deeper show "..." */

/* A writer that keeps at most TRACE_REPR_MAX - 3 code points, then "...". */
typedef struct TraceText {
    char *buf;          /* destination (REPR_BUF bytes) */
    size_t len;         /* bytes written */
    int cps;            /* code points written */
    bool full;          /* something was cut */
    Obj *stack[REPR_DEPTH]; /* containers being written (for [...] cycles) */
    int depth;          /* entries in stack */
} TraceText;

/* Appends n bytes of UTF-8, stopping (and marking full) at the limit. */
static void tt_put(TraceText *t, const char *s, size_t n)
{
    for (size_t i = 0; i < n && !t->full;) {
        size_t k = 1;
        while (i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
            k++;
        if (t->cps >= TRACE_REPR_MAX - 3) {
            t->full = true;
            break;
        }
        memcpy(t->buf + t->len, s + i, k);
        t->len += k;
        t->cps++;
        i += k;
    }
}

static void tt_cstr(TraceText *t, const char *s) { tt_put(t, s, strlen(s)); }

/* Appends s, dropping every " at 0x<hex>" (object addresses). */
static void tt_put_scrubbed(TraceText *t, const char *s, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i + 6 <= n; i++) {
        if (memcmp(s + i, " at 0x", 6) != 0)
            continue;
        size_t j = i + 6;
        while (j < n && ((s[j] >= '0' && s[j] <= '9') || (s[j] >= 'a' && s[j] <= 'f') ||
                         (s[j] >= 'A' && s[j] <= 'F')))
            j++;
        tt_put(t, s + start, i - start);
        start = j;
        i = j - 1;
    }
    tt_put(t, s + start, n - start);
}

/* Ends the text ("..." when cut) and returns it. */
static const char *tt_finish(TraceText *t)
{
    if (t->full) {
        memcpy(t->buf + t->len, "...", 3);
        t->len += 3;
    }
    t->buf[t->len] = '\0';
    return t->buf;
}

/* ------------------------------------------------------------------ */
/* Reprs                                                               */
/* ------------------------------------------------------------------ */

static void repr_into(TraceText *t, Obj *o);

/* "<module.Type object>" (object.__repr__ without the address): the
 * stand-in for a repr that needs Python code. */
static void repr_opaque(TraceText *t, Obj *o)
{
    Obj *r = obj_default_repr(o);
    if (r) {
        tt_put_scrubbed(t, STR_DATA(r), STR_NBYTES(r));
        DECREF(r);
        return;
    }
    err_clear();
    tt_cstr(t, "<");
    tt_cstr(t, o->type->name);
    tt_cstr(t, " object>");
}

/* Any other object: its own repr (Python code refused), addresses removed. */
static void repr_plain(TraceText *t, Obj *o)
{
    trace_repr_active++;
    Obj *r = obj_repr(o);
    trace_repr_active--;
    if (!r) {
        err_clear();
        repr_opaque(t, o);
        return;
    }
    tt_put_scrubbed(t, STR_DATA(r), STR_NBYTES(r));
    DECREF(r);
}

/* A str: the repr of (at most) its first TRACE_REPR_MAX code points. */
static void repr_str(TraceText *t, Obj *o)
{
    const char *s = STR_DATA(o);
    size_t n = STR_NBYTES(o), cut = 0;
    for (int cps = 0; cut < n && cps < TRACE_REPR_MAX; cps++) {
        cut++;
        while (cut < n && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut++;
    }
    Obj *part = cut < n ? str_from_utf8(s, cut) : NEWREF(o);
    Obj *r = part ? str_repr(part) : NULL;
    XDECREF(part);
    if (!r) {
        err_clear();
        repr_opaque(t, o);
        return;
    }
    tt_put(t, STR_DATA(r), STR_NBYTES(r));
    DECREF(r);
    if (cut < n)
        t->full = true;
}

/* An exact bytes or bytearray: the repr of (at most) its first
 * TRACE_REPR_MAX bytes (a long one is never escaped in full). */
static void repr_bytes(TraceText *t, Obj *o)
{
    const char *d;
    size_t n;
    bytes_like(o, &d, &n);
    size_t cut = n < TRACE_REPR_MAX ? n : TRACE_REPR_MAX;
    bool ba = o->type == &ByteArray_Type;
    /* the quote CPython picks depends on the whole value */
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    bool csq = memchr(d, '\'', cut) != NULL, cdq = memchr(d, '"', cut) != NULL;
    if ((sq && !dq) != (csq && !cdq))
        cut = n;
    Obj *r = bytes_repr_data(d, cut, ba ? "bytearray(" : NULL, ba);
    if (!r) {
        err_clear();
        repr_opaque(t, o);
        return;
    }
    tt_put(t, STR_DATA(r), STR_NBYTES(r));
    DECREF(r);
    if (cut < n)
        t->full = true;
}

/* Items of an exact list/tuple, comma separated. */
static void repr_items(TraceText *t, Obj *const *items, size_t n)
{
    for (size_t i = 0; i < n && !t->full; i++) {
        if (i)
            tt_cstr(t, ", ");
        repr_into(t, items[i]);
    }
}

/* Elements of an exact set/frozenset (builtin iteration: no Python code). */
static void repr_set_items(TraceText *t, Obj *o)
{
    Obj *it = obj_iter(o);
    if (!it) {
        err_clear();
        return;
    }
    Obj *x;
    for (int i = 0; !t->full && (x = obj_iternext(it)); i++) {
        if (i)
            tt_cstr(t, ", ");
        repr_into(t, x);
        DECREF(x);
    }
    err_clear();
    DECREF(it);
}

/* An exact builtin container, its elements through repr_into. */
static void repr_container(TraceText *t, Obj *o)
{
    TypeObj *ty = o->type;
    if (ty == &List_Type) {
        tt_cstr(t, "[");
        repr_items(t, ((ListObj *)o)->items, LIST_SIZE(o));
        tt_cstr(t, "]");
    } else if (ty == &Tuple_Type) {
        tt_cstr(t, "(");
        repr_items(t, ((TupleObj *)o)->items, TUPLE_SIZE(o));
        tt_cstr(t, TUPLE_SIZE(o) == 1 ? ",)" : ")");
    } else if (ty == &Dict_Type) {
        size_t pos = 0;
        Obj *k, *v;
        tt_cstr(t, "{");
        for (int i = 0; !t->full && dict_next(o, &pos, &k, &v); i++) {
            tt_cstr(t, i ? ", " : "");
            repr_into(t, k);
            tt_cstr(t, ": ");
            repr_into(t, v);
        }
        tt_cstr(t, "}");
    } else {
        bool frozen = ty == &FrozenSet_Type;
        if (obj_len(o) == 0) {
            tt_cstr(t, frozen ? "frozenset()" : "set()");
            err_clear();
            return;
        }
        tt_cstr(t, frozen ? "frozenset({" : "{");
        repr_set_items(t, o);
        tt_cstr(t, frozen ? "})" : "}");
    }
}

static bool is_container(Obj *o)
{
    TypeObj *ty = o->type;
    return ty == &List_Type || ty == &Tuple_Type || ty == &Dict_Type || ty == &Set_Type ||
           ty == &FrozenSet_Type;
}

static void repr_into(TraceText *t, Obj *o)
{
    if (t->full)
        return;
    if (STR_CHECK_EXACT(o)) {
        repr_str(t, o);
        return;
    }
    if (o->type == &Bytes_Type || o->type == &ByteArray_Type) {
        repr_bytes(t, o);
        return;
    }
    if (!is_container(o)) {
        repr_plain(t, o);
        return;
    }
    for (int i = 0; i < t->depth; i++) {
        if (t->stack[i] == o) {          /* a container inside itself */
            tt_cstr(t, o->type == &List_Type ? "[...]" : o->type == &Dict_Type ? "{...}" : "...");
            return;
        }
    }
    if (t->depth == REPR_DEPTH) {
        tt_cstr(t, "...");
        return;
    }
    t->stack[t->depth++] = o;
    repr_container(t, o);
    t->depth--;
}

const char *trace_repr_to(Obj *o, char *buf)
{
    TraceText t = { .buf = buf };
    Obj *saved = err_fetch();
    repr_into(&t, o);
    err_clear();
    err_restore(saved);
    return tt_finish(&t);
}

const char *trace_repr(Obj *o)
{
    static char buf[REPR_BUF];
    return trace_repr_to(o, buf);
}

/* "Type: message" into buf; *len its length (it may hold NULs). */
static const char *exc_text_into(Obj *exc, char *buf, size_t *len)
{
    TraceText t = { .buf = buf };
    Obj *saved = err_fetch();
    tt_cstr(&t, exc->type->name);
    trace_repr_active++;
    Obj *s = obj_str(exc);
    trace_repr_active--;
    if (s && STR_NBYTES(s)) {
        tt_cstr(&t, ": ");
        tt_put_scrubbed(&t, STR_DATA(s), STR_NBYTES(s));
    }
    XDECREF(s);
    err_clear();
    err_restore(saved);
    const char *text = tt_finish(&t);
    *len = t.len;
    return text;
}

const char *trace_exc_text(Obj *exc) { return exc_text_into(exc, exc_text, &exc_text_len); }

const char *trace_exc_text_to(Obj *exc, char *buf)
{
    size_t len;
    return exc_text_into(exc, buf, &len);
}
