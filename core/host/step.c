/* step.c - a stepping session (coroscope.h "stepping a program"): the
 * program runs on a coroutine of its own and the trace hook switches back
 * to the host at the events the host asked for, so a pause costs no
 * re-execution.  While it is paused the host may take snapshots
 * (snapshot.c adds the program's state); the session ends with the
 * program, or when the host frees it (the run is then aborted: it stops
 * at its next step, silently, as after a spent budget).
 *
 * Events are numbered from 1 in the order the trace reports them, from
 * the moment the program has compiled: the same program always gives the
 * same numbers, whichever events the host paused at.  Events reported
 * while a pause is not allowed (trace.h trace_pause_inhibit) count, but
 * never pause.  Every event is logged (kind, pausable, the object it
 * concerns) so the host can find earlier steps of any granularity
 * without running the program again.
 *
 * Memory: everything the session holds (the source copy, the log, output
 * tails, JSON) and everything done while the program is paused is
 * uncounted (base/mem.h), so the program's memory cap and step budget
 * behave exactly as in a run that never paused.
 *
 * Global state: the one session (the VM runs one program at a time).
 */
#include "coroscope.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "coro/coro.h"
#include "host/host.h"
#include "host/json.h"
#include "host/snapshot.h"
#include "host/trace_json.h"
#include "objects/exc.h"
#include "objects/types.h"
#include "parser/ast.h"
#include "vm/trace.h"
#include "vm/traceback.h"
#include "vm/vm.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define CS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define CS_EXPORT
#endif

#define LOG_MAX_EVENTS (2u << 20)   /* events logged at most (8 bytes each) */
#define OUTPUT_TAIL 8192            /* bytes of each stream a snapshot shows */
#define TRACEBACK_MAX 16384         /* bytes of traceback text kept */

/* The last OUTPUT_TAIL bytes of one output stream. */
typedef struct tail {
    char *p;                 /* between OUTPUT_TAIL and 2 * OUTPUT_TAIL bytes */
    size_t len, cap;
    uint64_t total;          /* bytes written in all */
} tail;

typedef struct session {
    int state;               /* CS_STEP_NONE / _PAUSED / _ENDED */
    coro *co;                /* the program's coroutine while it runs */
    char *src;               /* a copy of the program's bytes */
    size_t len;
    int flags;               /* CS_RUN_TRACE_LIBRARY */
    bool started;            /* compiled: events count from here */
    bool finished;           /* the run has ended (RT_NOTE_END): nothing is live */
    bool aborting;           /* being freed: never pause again */
    bool looking;            /* the host reads the program (snapshot): its
                                events are not the program's */
    uint64_t events;         /* events so far (the number of the last one) */
    uint64_t paused_at;      /* number of the event paused at (0: the start) */
    /* when to pause next (cs_step) */
    uint32_t mask;           /* kinds that pause (bit = TraceKind) */
    int select_kind;         /* CS_SELECT_* */
    uint64_t select_id;      /* ... and the serial of that object */
    uint64_t stop_at;        /* pause at the first event >= this (0: no) */
    uint64_t stop_after;     /* pause at the first event >= this (0: no) */
    jw event;                /* the event paused at, as JSON ("" at the start) */
    tail out[2];             /* stdout, stderr */
    uint32_t *log;           /* two words per event: kind | pausable << 8, id */
    size_t log_len, log_cap; /* events logged / room */
    /* the end */
    int exit_status;
    const char *reason;      /* "normal", "exception", ... (static) */
    jw message;              /* one line saying why it ended (text) */
    jw end;                  /* more fields of "end", as JSON members */
    bool capturing;          /* the uncaught exception's traceback is being printed */
    jw traceback;            /* its text */
    jw snap;                 /* the latest snapshot */
} session;

static session S;

/* ---- memory the session owns (uncounted) ---- */

static void *ss_grow(void *p, size_t old, size_t size)
{
    mem_uncounted_enter();
    void *n = mem_realloc(p, old, size);
    mem_uncounted_leave();
    return n;
}

static void ss_tail_add(tail *t, const char *data, size_t n)
{
    t->total += n;
    if (n > OUTPUT_TAIL) {
        data += n - OUTPUT_TAIL;
        n = OUTPUT_TAIL;
    }
    if (t->len + n > 2 * OUTPUT_TAIL) {           /* keep the last OUTPUT_TAIL */
        size_t keep = OUTPUT_TAIL - n;
        memmove(t->p, t->p + t->len - keep, keep);
        t->len = keep;
    }
    if (!t->p) {
        char *p = ss_grow(NULL, 0, 2 * OUTPUT_TAIL);
        if (!p)
            return;
        t->p = p;
        t->cap = 2 * OUTPUT_TAIL;
    }
    memcpy(t->p + t->len, data, n);
    t->len += n;
}

/* The tail from its first whole character on. */
static void ss_write_tail(jw *w, const tail *t)
{
    size_t start = t->len > OUTPUT_TAIL ? t->len - OUTPUT_TAIL : 0;
    while (start < t->len && ((unsigned char)t->p[start] & 0xC0) == 0x80)
        start++;
    jw_strn_noaddr(w, t->p ? t->p + start : "", t->len - start);
}

static void ss_log_event(session *s, uint32_t kind, bool pausable, uint64_t id)
{
    if (s->log_len == s->log_cap) {
        if (s->log_cap >= LOG_MAX_EVENTS)
            return;
        size_t cap = s->log_cap ? s->log_cap * 2 : 4096;
        uint32_t *n = ss_grow(s->log, s->log_cap * 8, cap * 8);
        if (!n)
            return;
        s->log = n;
        s->log_cap = cap;
    }
    s->log[2 * s->log_len] = kind | (pausable ? 0x100u : 0);
    s->log[2 * s->log_len + 1] = (uint32_t)id;
    s->log_len++;
}

/* ---- which events pause ---- */

/* The object an event concerns, for CS_SELECT_*: a generator (the gen_*
 * events, and lines and exceptions in its frame) or a task or future
 * (task_*, future_done, and call_soon of its step or wake-up). */
static uint64_t ss_event_object(const TraceEvent *e)
{
    return e->kind == TR_CALL_SOON ? e->peer_id : e->obj_id;
}

static int ss_object_kind_of(uint32_t kind)
{
    switch (kind) {
    case TR_LINE: case TR_EXCEPTION_RAISED: case TR_EXCEPTION_CAUGHT: case TR_GEN_CREATE:
    case TR_GEN_RESUME: case TR_GEN_YIELD: case TR_GEN_RETURN: case TR_GEN_RAISE:
    case TR_GEN_CLOSE:
        return CS_SELECT_GENERATOR;
    case TR_TASK_CREATE: case TR_TASK_STEP: case TR_TASK_WAIT: case TR_TASK_DONE:
    case TR_TASK_CANCEL: case TR_FUTURE_DONE: case TR_CALL_SOON:
        return CS_SELECT_TASK;
    default:
        return CS_SELECT_NONE;
    }
}

static bool ss_wants_pause(const session *s, uint32_t kind, uint64_t id, uint64_t n)
{
    if ((s->stop_at && n >= s->stop_at) || (s->stop_after && n >= s->stop_after))
        return true;
    if (!(s->mask >> kind & 1u))
        return false;
    return s->select_kind == CS_SELECT_NONE ||
           (ss_object_kind_of(kind) == s->select_kind && id == s->select_id);
}

/* Switch back to the host; the host's work until it resumes us is
 * uncounted (the switch's own bookkeeping included). */
static void ss_pause_program(void)
{
    mem_uncounted_enter();
    coro_yield(NULL, NULL);
    mem_uncounted_leave();
}

/* ---- the hooks of the run ---- */

static void ss_capture_deadlock(session *s, const TraceEvent *e)
{
    mem_uncounted_enter();
    s->looking = true;
    jw_reset(&s->message);
    jw_raw(&s->message, e->text, e->text_len ? e->text_len : strlen(e->text));
    jw_key(&s->end, "waiting_tasks");
    snapshot_tasks(&s->end);
    s->looking = false;
    mem_uncounted_leave();
}

/* The JSON of the event paused at, output text without object
 * addresses (as everywhere in a snapshot: they change from run to run). */
static void ss_keep_event(session *s, const TraceEvent *e, uint64_t n)
{
    jw_reset(&s->event);
    if (e->kind != TR_OUTPUT || !e->text) {
        trace_json_write(&s->event, e, n);
        return;
    }
    size_t len = e->text_len ? e->text_len : strlen(e->text);
    char *text = mem_alloc(len + 1);
    if (!text) {
        trace_json_write(&s->event, e, n);
        return;
    }
    TraceEvent copy = *e;
    copy.text_len = json_drop_addresses(text, e->text, len);
    text[copy.text_len] = '\0';
    copy.text = text;
    if (!copy.text_len)
        copy.text = "";
    trace_json_write(&s->event, &copy, n);
    mem_free(text, len + 1);
}

static void ss_on_event(const TraceEvent *e, void *user)
{
    session *s = user;
    if (!s->started || s->looking)
        return;
    uint64_t n = ++s->events, id = ss_event_object(e);
    bool pausable = !trace_pause_inhibit && coro_current() != NULL;
    ss_log_event(s, e->kind, pausable, id);
    if (e->kind == TR_DEADLOCK && e->text)
        ss_capture_deadlock(s, e);
    if (!pausable || s->aborting || !ss_wants_pause(s, e->kind, id, n))
        return;
    s->paused_at = n;
    mem_uncounted_enter();
    ss_keep_event(s, e, n);
    mem_uncounted_leave();
    ss_pause_program();
}

static void ss_capture_output(session *s, int stream, const char *data, size_t len)
{
    if (s->aborting)                 /* what an aborted run still writes: nobody's */
        return;
    mem_uncounted_enter();
    ss_tail_add(&s->out[stream == CS_STDERR], data, len);
    if (s->capturing && stream == CS_STDERR && s->traceback.len + len <= TRACEBACK_MAX)
        jw_raw(&s->traceback, data, len);
    mem_uncounted_leave();
    host_write(stream, data, len);
}

static void ss_session_stdout(void *user, const char *data, size_t len)
{
    ss_capture_output(user, CS_STDOUT, data, len);
}

static void ss_session_stderr(void *user, const char *data, size_t len)
{
    ss_capture_output(user, CS_STDERR, data, len);
}

static void ss_note_syntax_error(session *s, const ast_error *err)
{
    jw *w = &s->end;
    jw_key(w, "syntax_error");
    jw_begin(w, '{');
    jw_kstr(w, "type", err->type ? err->type : "SyntaxError");
    jw_kstr(w, "message", err->msg);
    jw_kint(w, "line", err->lineno);
    jw_kint(w, "column", err->offset);
    jw_kint(w, "end_line", err->end_lineno);
    jw_kint(w, "end_column", err->end_offset);
    jw_kstr(w, "text", err->text);
    jw_end(w, '}');
    jw_reset(&s->message);
    jw_raw(&s->message, err->type ? err->type : "SyntaxError", strlen(err->type ? err->type : "SyntaxError"));
    if (err->msg[0]) {          /* the parser's MemoryError has no message */
        jw_raw(&s->message, ": ", 2);
        jw_raw(&s->message, err->msg, strlen(err->msg));
    }
}

/* The exception ending the program: its text, its frames (as the
 * traceback shows them), and the reason (memory and recursion are
 * limits of their own). */
static void ss_note_uncaught(session *s, Obj *exc)
{
    static char buf[TRACE_REPR_BUF];
    const char *text = trace_exc_text_to(exc, buf);
    jw_reset(&s->message);
    jw_raw(&s->message, text, strlen(text));
    s->reason = type_is_subtype(exc->type, Exc_MemoryError) ? "memory"
              : type_is_subtype(exc->type, Exc_RecursionError) ? "recursion" : "exception";
    jw *w = &s->end;
    jw_kstr(w, "exception", text);
    jw_key(w, "frames");
    jw_begin(w, '[');
    size_t n = 0;
    for (Obj *t = EXC_CHECK(exc) ? ((ExcObj *)exc)->traceback : NULL; t && n < 64;
         t = ((TracebackObj *)t)->next) {
        TracebackObj *tb = (TracebackObj *)t;
        if (!tb->frame || tb_c_frame(tb->frame))
            continue;
        n++;
        jw_begin(w, '{');
        jw_kstr(w, "file", STR_DATA(tb->frame->code->filename));
        jw_kstr(w, "func", STR_DATA(tb->frame->code->qualname));
        jw_kint(w, "line", tb->lineno);
        jw_end(w, '}');
    }
    jw_end(w, ']');
    s->capturing = true;
}

static const char *ss_reason_name(rt_end_reason r)
{
    static const char *const names[] = { "normal", "exit", "exception", "syntax_error",
                                         "step_budget", "output_limit", "deadlock", "stopped" };
    return (unsigned)r < sizeof names / sizeof names[0] ? names[r] : "exception";
}

/* What run.c says as the run goes: pause once compiled, keep what the
 * end snapshot shows. */
static void ss_on_note(void *user, rt_note note, const void *data)
{
    session *s = user;
    mem_uncounted_enter();
    switch (note) {
    case RT_NOTE_SYNTAX_ERROR:
        ss_note_syntax_error(s, data);
        break;
    case RT_NOTE_START:
        s->started = true;
        break;
    case RT_NOTE_UNCAUGHT:
        ss_note_uncaught(s, (Obj *)data);
        break;
    case RT_NOTE_UNCAUGHT_DONE:
        s->capturing = false;
        jw_key(&s->end, "traceback");
        jw_strn(&s->end, s->traceback.p ? s->traceback.p : "", s->traceback.len);
        break;
    case RT_NOTE_END: {
        rt_end_reason r = *(const rt_end_reason *)data;
        if (r != RT_END_EXCEPTION || !s->reason)
            s->reason = ss_reason_name(r);
        s->finished = true;
        break;
    }
    }
    mem_uncounted_leave();
    if (note == RT_NOTE_START && !s->aborting)
        ss_pause_program();                         /* step 0: loaded, nothing ran */
}

static void *ss_session_entry(void *user, void *first)
{
    (void)first;
    session *s = user;
    rt_config cfg = host_config();
    cfg.write_stdout = ss_session_stdout;
    cfg.write_stderr = ss_session_stderr;
    cfg.user = s;
    cfg.notify = ss_on_note;
    cfg.notify_user = s;
    trace_library_frames = (s->flags & CS_RUN_TRACE_LIBRARY) != 0;
    trace_set_hook(ss_on_event, s);
    int status = rt_run(s->src, s->len, &cfg);
    trace_set_hook(NULL, NULL);
    return (void *)(intptr_t)status;
}

/* ---- the session's life ---- */

static void ss_end_message(session *s)
{
    if (s->message.len || !s->reason)
        return;
    char msg[160];
    rt_config limits = host_config();
    if (strcmp(s->reason, "step_budget") == 0)
        snprintf(msg, sizeof msg, "stopped after %llu steps (step budget exhausted)",
                 (unsigned long long)limits.step_budget);
    else if (strcmp(s->reason, "output_limit") == 0)
        snprintf(msg, sizeof msg, "output limit of %llu bytes reached",
                 (unsigned long long)limits.output_limit);
    else if (strcmp(s->reason, "stopped") == 0)
        snprintf(msg, sizeof msg, "stopped by the host after %llu events",
                 (unsigned long long)s->events);
    else
        return;
    jw_raw(&s->message, msg, strlen(msg));
}

/* Runs the program until it pauses or ends. */
static void ss_resume(session *s)
{
    void *status = NULL;
    coro_result r = coro_resume(s->co, NULL, &status);
    if (r == CORO_OK && coro_status_of(s->co) == CORO_SUSPENDED) {
        s->state = CS_STEP_PAUSED;
        return;
    }
    mem_uncounted_enter();
    s->exit_status = r == CORO_OK ? (int)(intptr_t)status : 1;
    if (r != CORO_OK) {
        s->reason = "engine_error";
        jw_reset(&s->message);
        jw_raw(&s->message, coro_describe(r), strlen(coro_describe(r)));
    }
    ss_end_message(s);
    coro_free(s->co);
    s->co = NULL;
    s->state = CS_STEP_ENDED;
    s->paused_at = s->events;
    jw_reset(&s->event);
    mem_uncounted_leave();
}

void host_end_session(void)
{
    session *s = &S;
    if (s->co) {                       /* abort: the run stops at its next step */
        s->aborting = true;
        run_abort();
        while (s->co)
            ss_resume(s);
    }
    mem_free(s->src, s->len + 1);
    mem_free(s->log, s->log_cap * 8);
    mem_free(s->out[0].p, s->out[0].cap);
    mem_free(s->out[1].p, s->out[1].cap);
    jw_free(&s->event);
    jw_free(&s->message);
    jw_free(&s->end);
    jw_free(&s->traceback);
    jw_free(&s->snap);
    *s = (session){ 0 };
}

CS_EXPORT void cs_load(const char *src, unsigned long len, int flags)
{
    host_end_session();
    session *s = &S;
    s->src = ss_grow(NULL, 0, len + 1);
    if (!s->src || coro_create(&s->co, ss_session_entry, s, HOST_PROGRAM_STACK) != CORO_OK) {
        s->co = NULL;
        s->state = CS_STEP_ENDED;
        s->reason = "engine_error";
        s->exit_status = 1;
        static const char msg[] = "MemoryError: cannot start the program";
        jw_raw(&s->message, msg, sizeof msg - 1);
        return;
    }
    memcpy(s->src, src, len);
    s->src[len] = '\0';
    s->len = len;
    s->flags = flags;
    ss_resume(s);
}

/* A count from JS (a double): clamped, as converting a double beyond the
 * target's range is undefined. */
static uint64_t ss_count_arg(double v)
{
    return !(v > 0) ? 0 : v >= 18446744073709551615.0 ? UINT64_MAX : (uint64_t)v;
}

CS_EXPORT void cs_step(unsigned mask, int select_kind, double select_id, double stop_at,
                       double max_events)
{
    session *s = &S;
    if (s->state != CS_STEP_PAUSED)
        return;
    s->mask = mask;
    s->select_kind = select_kind;
    s->select_id = ss_count_arg(select_id);
    s->stop_at = ss_count_arg(stop_at);
    uint64_t budget = ss_count_arg(max_events);
    s->stop_after = !budget ? 0 : s->events > UINT64_MAX - budget ? UINT64_MAX : s->events + budget;
    ss_resume(s);
}

CS_EXPORT void cs_run_to_end(double max_events) { cs_step(0, CS_SELECT_NONE, 0, 0, max_events); }

CS_EXPORT void cs_free(void) { host_end_session(); }

/* ---- granularities ---- */

#define KIND_BIT(k) (1u << (k))
#define KIND_RANGE(a, b) ((KIND_BIT(b) << 1) - KIND_BIT(a))

CS_EXPORT unsigned cs_granularity(const char *name)
{
    static const struct { const char *name; unsigned mask; } table[] = {
        { "line", KIND_BIT(TR_LINE) },
        { "coroutine", KIND_RANGE(TR_GEN_CREATE, TR_GEN_CLOSE) },
        { "scheduler", KIND_RANGE(TR_TASK_CREATE, TR_DEADLOCK) },
        { "all", KIND_RANGE(0, TR_COUNT - 1) },
    };
    for (size_t i = 0; name && i < sizeof table / sizeof table[0]; i++)
        if (strcmp(name, table[i].name) == 0)
            return table[i].mask;
    return 0;
}

CS_EXPORT const char *cs_kind_name(int kind)
{
    return kind >= 0 && kind < TR_COUNT ? trace_kind_name((TraceKind)kind) : NULL;
}

/* ---- reading the session ---- */

CS_EXPORT int cs_state(void) { return S.state; }
CS_EXPORT double cs_paused_at(void) { return (double)S.paused_at; }
CS_EXPORT double cs_event_count(void) { return (double)S.events; }
CS_EXPORT const unsigned *cs_log(void) { return S.log; }
CS_EXPORT double cs_log_len(void) { return (double)S.log_len; }

static void ss_write_output(jw *w, const session *s)
{
    jw_key(w, "output");
    jw_begin(w, '{');
    jw_key(w, "stdout");
    ss_write_tail(w, &s->out[0]);
    jw_key(w, "stderr");
    ss_write_tail(w, &s->out[1]);
    jw_key(w, "stdout_bytes");
    jw_uint(w, s->out[0].total);
    jw_key(w, "stderr_bytes");
    jw_uint(w, s->out[1].total);
    jw_end(w, '}');
}

static void ss_write_end(jw *w, const session *s)
{
    jw_key(w, "end");
    if (s->state != CS_STEP_ENDED) {
        jw_null(w);
        return;
    }
    jw_begin(w, '{');
    jw_kstr(w, "reason", s->reason ? s->reason : "normal");
    jw_kint(w, "exit_status", s->exit_status);
    jw_key(w, "message");
    if (s->message.len)
        jw_strn(w, s->message.p, s->message.len);
    else
        jw_null(w);
    if (s->end.len) {
        jw_raw(w, ",", 1);
        jw_raw(w, s->end.p, s->end.len);
    }
    jw_end(w, '}');
}

/* What cs_snapshot gives when it had no memory for the snapshot. */
static const char snapshot_failed[] = "{\"version\":1,\"error\":\"out of memory\"}";

CS_EXPORT const char *cs_snapshot(void)
{
    session *s = &S;
    mem_uncounted_enter();
    s->looking = true;
    jw *w = &s->snap;
    jw_reset(w);
    jw_begin(w, '{');
    jw_kint(w, "version", 1);
    jw_key(w, "step");
    jw_uint(w, s->paused_at);
    jw_kstr(w, "state", s->state == CS_STEP_PAUSED ? "paused"
                      : s->state == CS_STEP_ENDED ? "ended" : "empty");
    jw_key(w, "event");
    if (s->event.len)
        jw_value(w, s->event.p, s->event.len);
    else
        jw_null(w);
    snapshot_program(w, s->state == CS_STEP_PAUSED && s->started && !s->finished);
    ss_write_output(w, s);
    ss_write_end(w, s);
    jw_end(w, '}');
    s->looking = false;
    mem_uncounted_leave();
    return w->failed ? snapshot_failed : w->p;
}

CS_EXPORT double cs_snapshot_len(void)
{
    return (double)(S.snap.failed ? strlen(snapshot_failed) : S.snap.len);
}
