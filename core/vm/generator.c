/* generator.c - generators and coroutines on the VM's heap frames (and
 * what async generators share with them; vm/asyncgen.c has the rest).
 *
 * gen_resume is the one primitive: __next__, send, throw, close, the
 * SEND instruction of `yield from` / `await`, the asend/athrow awaitables
 * of async generators, and the closing of a dropped generator wrap it.
 * It links the generator's frame and handled-exception record in front of
 * the resumer's, runs the VM on the frame until the frame yields, returns
 * or raises, and reports each step to the trace.
 *
 * Global state: gen_serial (trace ids), the registry of live generators
 * (oldest, newest), throw_args.
 */
#include "vm/generator.h"

#include <string.h>

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/asyncgen.h"
#include "vm/output.h"
#include "vm/stackseg.h"
#include "vm/trace.h"

static uint32_t gen_serial;    /* last serial handed out */
static GenObj *oldest, *newest; /* live generators, creation order (borrowed) */
/* throw()'s own arguments while the throw runs, passed on as they are to
 * the throw method of a delegate that is not a generator (owned). */
static Obj *throw_args;

static const char *const verb_names[] = { "next", "send", "throw", "close", "drop" };

static const char *kind_word(GenObj *g)
{
    return g->kind == GK_COROUTINE ? "coroutine"
         : g->kind == GK_ASYNC_GENERATOR ? "async generator" : "generator";
}

const char *gen_state_name(GenObj *g)
{
    static const char *const gen_names[] = { "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED",
                                             "GEN_CLOSED" };
    static const char *const coro_names[] = { "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED",
                                              "CORO_CLOSED" };
    static const char *const ag_names[] = { "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED",
                                            "AGEN_CLOSED" };
    if (g->kind == GK_COROUTINE)
        return coro_names[g->state];
    return g->kind == GK_ASYNC_GENERATOR ? ag_names[g->state] : gen_names[g->state];
}

/* ------------------------------------------------------------------ */
/* The registry of live generators                                     */
/* ------------------------------------------------------------------ */

static void register_gen(GenObj *g)
{
    g->older = newest;
    g->newer = NULL;
    if (newest)
        newest->newer = g;
    else
        oldest = g;
    newest = g;
    g->registered = true;
}

static void unregister_gen(GenObj *g)
{
    if (!g->registered)
        return;
    if (g->older)
        g->older->newer = g->newer;
    else
        oldest = g->newer;
    if (g->newer)
        g->newer->older = g->older;
    else
        newest = g->older;
    g->older = g->newer = NULL;
    g->registered = false;
}

GenObj *gen_first(void) { return oldest; }

void gen_begin_run(void)
{
    while (oldest)
        unregister_gen(oldest);
    gen_serial = 0;
}

/* ------------------------------------------------------------------ */
/* Trace helpers                                                       */
/* ------------------------------------------------------------------ */

const char *trace_resumer;
FrameObj *trace_resumer_frame;

static uint64_t current_serial(void)
{
    FrameObj *f = ev.frame;
    return f && f->gen ? ((GenObj *)f->gen)->serial : 0;
}

/* The resumer / receiver: the running frame's function, or who the
 * event loop says it is (a task stepping its coroutine). */
static const char *current_funcname(void)
{
    if (trace_resumer && ev.frame == trace_resumer_frame)
        return trace_resumer;
    return ev.frame ? STR_DATA(ev.frame->code->qualname) : "<module>";
}

/* A copy of a trace string into *slot (replacing what it held); on no
 * memory the slot is just emptied. */
static void note_set(char **slot, const char *text)
{
    if (*slot)
        mem_free(*slot, strlen(*slot) + 1);
    *slot = NULL;
    size_t n = text ? strlen(text) + 1 : 0;
    if (n && (*slot = mem_alloc(n)))
        memcpy(*slot, text, n);
}

static void note_free(GenObj *g)
{
    GenNote *n = g->note;
    if (!n)
        return;
    note_set(&n->sent, NULL);
    note_set(&n->yielded, NULL);
    note_set(&n->resumer, NULL);
    mem_free(n, sizeof *n);
    g->note = NULL;
}

/* Keeps what a resume / yield event says in g's note (the snapshot's
 * "last sent", "last yielded" and "resumed by"). */
static void note_event(GenObj *g, const TraceEvent *e)
{
    if (e->kind != TR_GEN_RESUME && e->kind != TR_GEN_YIELD)
        return;
    if (!g->note && !(g->note = mem_calloc(1, sizeof *g->note)))
        return;
    GenNote *n = g->note;
    if (e->kind == TR_GEN_YIELD) {
        note_set(&n->yielded, e->value);
        return;
    }
    n->verb = e->verb;
    note_set(&n->sent, e->value ? e->value : e->text);
    note_set(&n->resumer, e->peer);
    n->resumer_id = (uint32_t)e->peer_id;
}

/* Reports a generator event (trace.h): value is repr'd, exc given as
 * "Type: message" (either may be NULL); line 0 means g's current line.
 * The peer is the frame running now (the resumer / receiver).  An async
 * generator's yielded value shows as itself, not wrapped. */
static void trace_gen(GenObj *g, TraceKind kind, const char *verb, Obj *value, Obj *exc,
                      int line)
{
    if (!trace_enabled())
        return;
    if (agen_wrapped_value(value))
        value = agen_wrapped_value(value);
    TraceEvent e = {
        .kind = kind, .line = line ? line : g->frame ? frame_lineno(g->frame) : 0,
        .func = STR_DATA(g->qualname), .obj_id = g->serial,
        .obj_kind = g->kind == GK_COROUTINE ? "coroutine"
                  : g->kind == GK_ASYNC_GENERATOR ? "async_generator" : "generator",
        .state = gen_state_name(g), .verb = verb, .value = value ? trace_repr(value) : NULL,
        .text = exc ? trace_exc_text(exc) : NULL,
        .peer_id = current_serial(), .peer = current_funcname(),
    };
    note_event(g, &e);
    trace_emit(&e);
}

/* exception_raised for exc at g's current line: a value thrown in at its
 * yield when it was raised before (a fresh one is reported by the VM as
 * it raises it), or at its start (always). */
static void trace_raised_in(GenObj *g, Obj *exc, bool always)
{
    if (!trace_enabled() || !g->frame || !EXC_CHECK(exc) ||
        (!always && !((ExcObj *)exc)->traceback))
        return;
    TraceEvent e = { .kind = TR_EXCEPTION_RAISED, .line = frame_lineno(g->frame),
                     .func = STR_DATA(g->qualname), .obj_id = g->serial,
                     .text = trace_exc_text(exc) };
    trace_emit(&e);
}

/* The event ending a run that finished g: gen_close for a close that
 * worked (GeneratorExit or StopIteration left it, or it returned), else
 * gen_return / gen_raise.  `line`: where it stopped. */
static void trace_end(GenObj *g, GenResult res, GenVerb verb, Obj *value, int line)
{
    if (!trace_enabled())
        return;
    bool closing = verb == GV_CLOSE || verb == GV_DROP;
    Obj *exc = res == GEN_ERROR ? err_occurred() : NULL;
    if (closing && (!exc || err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)))
        trace_gen(g, TR_GEN_CLOSE, verb_names[verb], NULL, NULL, line);
    else if (res == GEN_RETURN)
        trace_gen(g, TR_GEN_RETURN, NULL, value, NULL, line);
    else
        trace_gen(g, TR_GEN_RAISE, NULL, NULL, exc, line);
}

/* ------------------------------------------------------------------ */
/* Creation                                                            */
/* ------------------------------------------------------------------ */

Obj *gen_new(FrameObj *frame, FunctionObj *func)
{
    int fl = func->flags;
    GenKind kind = (fl & CO_COROUTINE) ? GK_COROUTINE
                 : (fl & CO_ASYNC_GENERATOR) ? GK_ASYNC_GENERATOR : GK_GENERATOR;
    TypeObj *t = kind == GK_COROUTINE ? &Coro_Type
               : kind == GK_ASYNC_GENERATOR ? &AsyncGen_Type : &Gen_Type;
    GenObj *g = (GenObj *)obj_alloc(t, 0);
    if (!g) {
        DECREF(frame);
        return NULL;
    }
    g->kind = (uint8_t)kind;
    g->state = GEN_CREATED;
    g->frame = frame;
    frame->gen = (Obj *)g;
    gc_track((Obj *)frame);        /* it may be part of a cycle from now on (frames
                                      are tracked lazily: see vm.c frame_completed) */
    g->code = (CodeObj *)NEWREF((Obj *)frame->code);
    g->name = NEWREF(func->name);
    g->qualname = NEWREF(func->qualname);
    g->iterable_coro = (fl & CO_ITERABLE_COROUTINE) != 0;
    g->serial = ++gen_serial;
    register_gen(g);
    trace_gen(g, TR_GEN_CREATE, NULL, NULL, NULL, 0);
    return (Obj *)g;
}

/* PEP 479: StopIteration escaping a generator becomes RuntimeError. */
static void convert_stop_iteration(GenObj *g)
{
    bool stop = err_matches(Exc_StopIteration);
    bool astop = g->kind == GK_ASYNC_GENERATOR && err_matches(Exc_StopAsyncIteration);
    if (!stop && !astop)
        return;
    Obj *cause = err_fetch();
    err_format(Exc_RuntimeError, "%s raised %s", kind_word(g),
               astop ? "StopAsyncIteration" : "StopIteration");
    Obj *exc = err_occurred();
    if (exc) {
        exc_set_context(exc, cause);
        exc_set_cause(exc, cause);
    } else {
        DECREF(cause);
    }
}

/* Drops the frame of a finished generator. */
static void gen_finish(GenObj *g)
{
    g->state = GEN_CLOSED;
    if (g->frame) {
        g->frame->gen = NULL;
        CLEAR(g->frame);
    }
}

Obj *gen_yieldfrom(GenObj *g)
{
    FrameObj *f = g->frame;
    if (g->state != GEN_SUSPENDED || !f || !f->ip || INSTR_OP(*f->ip) != OP_YIELD_VALUE ||
        INSTR_ARG(*f->ip) != 1 || f->stacktop < 1)
        return NULL;
    return f->slots[f->nslots + f->stacktop - 1];
}

/* ------------------------------------------------------------------ */
/* Delegation (yield from / await)                                     */
/* ------------------------------------------------------------------ */

/* Value carried by a StopIteration being raised (fetches it); NULL with
 * the error left pending for any other exception. */
static Obj *take_stop_value(void)
{
    if (!err_matches(Exc_StopIteration))
        return NULL;
    Obj *e = err_fetch();
    Obj *v = NEWREF(exc_stopiteration_value(e));
    DECREF(e);
    return v;
}

/* Calls `it.name(arg)` and sorts the outcome: 0 yielded (*out), 1
 * returned (*out = StopIteration value), -1 error. */
static int call_sub(Obj *it, const char *name, Obj *arg, Obj **out)
{
    Obj *m = obj_getattr_cstr(it, name);
    if (!m)
        return -1;
    *out = obj_call1(m, arg);
    DECREF(m);
    if (*out)
        return 0;
    *out = take_stop_value();
    return *out ? 1 : -1;
}

int gen_send_to(Obj *it, Obj *send, Obj **out)
{
    *out = NULL;
    if (GEN_CHECK(it)) {
        GenResult r = gen_resume((GenObj *)it, send, NULL, out, send == obj_none ? GV_NEXT : GV_SEND);
        return r == GEN_YIELD ? 0 : r == GEN_RETURN ? 1 : -1;
    }
    if (send == obj_none) {
        *out = it->type->iternext(it);
        if (*out)
            return 0;
        if (!err_occurred()) {
            *out = none_new();
            return 1;
        }
        *out = take_stop_value();
        return *out ? 1 : -1;
    }
    return call_sub(it, "send", send, out);
}

/* Throws into a delegate that is not a generator (its throw/close
 * methods); its throw gets throw()'s own arguments `raw` when known. */
static int throw_plain(Obj *it, Obj *exc, Obj *raw, Obj **out)
{
    if (type_is_subtype(exc->type, Exc_GeneratorExit)) {
        Obj *m = obj_getattr_opt(it, ID(close));
        Obj *r = m ? obj_call0(m) : NULL;
        XDECREF(m);
        if (m && !r)
            return -1;
        XDECREF(r);
        err_restore(NEWREF(exc));
        return -1;
    }
    Obj *m = obj_getattr_opt(it, ID(throw));
    if (!m) {
        if (!err_occurred())
            err_restore(NEWREF(exc));
        return -1;
    }
    *out = raw ? obj_call_tuple_dict(m, raw, NULL) : obj_call1(m, exc);
    DECREF(m);
    if (*out)
        return 0;
    *out = take_stop_value();
    return *out ? 1 : -1;
}

/* throw() or close() reaching a generator suspended in `yield from` /
 * `await`: the delegate gets it first.  0 it yielded (*out), 1 it
 * returned (*out), -1 an exception to raise at the yield (pending). */
static int throw_into_delegate(Obj *yf, Obj *exc, Obj **out)
{
    *out = NULL;
    if (!GEN_CHECK(yf))
        return throw_plain(yf, exc, throw_args, out);
    GenObj *sub = (GenObj *)yf;
    if (type_is_subtype(exc->type, Exc_GeneratorExit)) {
        if (gen_close(sub) < 0)
            return -1;
        err_restore(NEWREF(exc));
        return -1;
    }
    GenResult r = gen_resume(sub, NULL, exc, out, GV_THROW);
    return r == GEN_YIELD ? 0 : r == GEN_RETURN ? 1 : -1;
}

/* The delegate of g got a throw: go on accordingly, with g's frame on
 * the frame chain (it is the delegate's peer).  Returns what the frame
 * yields or returns, or NULL. */
static Obj *resume_delegating(GenObj *g, Obj *yf, Obj *exc)
{
    FrameObj *f = g->frame;
    f->back = ev.frame;
    ev.frame = f;
    INCREF(yf);
    Obj *v;
    int st = throw_into_delegate(yf, exc, &v);
    DECREF(yf);
    ev.frame = f->back;
    f->back = NULL;
    if (st == 0)
        return v;                                  /* g yields what it yielded */
    if (st == 1) {                                 /* it returned: leave the loop */
        Obj *it = f->slots[f->nslots + --f->stacktop];
        DECREF(it);
        f->ip = f->code->instrs + INSTR_ARG(f->ip[-1]) - 1;
        Obj *r = vm_execute(f, v, NULL);
        DECREF(v);
        return r;
    }
    Obj *e = err_fetch();                          /* raise it at the yield */
    Obj *r = vm_execute(f, NULL, e);
    XDECREF(e);
    return r;
}

/* ------------------------------------------------------------------ */
/* The resume primitive                                                */
/* ------------------------------------------------------------------ */

/* Misuse checks and the not-yet-started cases; returns -1 to go on with a
 * real resume, else a GenResult. */
static int resume_precheck(GenObj *g, Obj *send, Obj *throw_exc, Obj **result, GenVerb verb)
{
    if (g->state == GEN_RUNNING) {
        err_format(Exc_ValueError, "%s already executing", kind_word(g));
        return GEN_ERROR;
    }
    if (g->state == GEN_CLOSED) {
        if (g->kind == GK_COROUTINE && verb != GV_CLOSE) {
            err_set(Exc_RuntimeError, "cannot reuse already awaited coroutine");
            return GEN_ERROR;
        }
        if (throw_exc) {
            err_restore(NEWREF(throw_exc));
            return GEN_ERROR;
        }
        *result = none_new();
        return GEN_RETURN;
    }
    if (g->state != GEN_CREATED)
        return -1;
    if (throw_exc) {                       /* raised at the start: closes it */
        exc_set_context(throw_exc, interp_handled_exc());
        err_restore(NEWREF(throw_exc));
        int line = frame_lineno(g->frame);
        if (trace_enabled()) {
            g->state = GEN_RUNNING;            /* for the events: it starts and fails */
            trace_gen(g, TR_GEN_RESUME, verb_names[verb], NULL, throw_exc, 0);
            trace_raised_in(g, throw_exc, true);
        }
        exc_add_traceback(throw_exc, g->frame, line, -1, 0, 0);
        convert_stop_iteration(g);           /* PEP 479 holds here too */
        gen_finish(g);
        trace_gen(g, TR_GEN_RAISE, NULL, NULL, err_occurred(), line);
        return GEN_ERROR;
    }
    if (send && send != obj_none) {
        err_format(Exc_TypeError, "can't send non-None value to a just-started %s", kind_word(g));
        return GEN_ERROR;
    }
    return -1;
}

/* Runs g's frame with its handled-exception record in front of the
 * resumer's. */
static Obj *gen_run_frame(GenObj *g, Obj *send, Obj *throw_exc, Obj *yf)
{
    g->exc_info.prev = ev.excinfo;
    ev.excinfo = &g->exc_info;
    if (throw_exc && !yf) {
        exc_set_context(throw_exc, interp_handled_exc());   /* _PyErr_ChainStackItem */
        trace_raised_in(g, throw_exc, false);
    }
    Obj *r = yf ? resume_delegating(g, yf, throw_exc) : vm_execute(g->frame, send, throw_exc);
    ev.excinfo = g->exc_info.prev;
    g->exc_info.prev = NULL;
    return r;
}

/* run_frame's arguments when a deep resume moves to a new stack segment. */
typedef struct ResumeJob {
    GenObj *g;
    Obj *send, *throw_exc, *yf;
} ResumeJob;

static void *resume_job(void *arg)
{
    ResumeJob *j = arg;
    return gen_run_frame(j->g, j->send, j->throw_exc, j->yf);
}

/* run_frame on a fresh stack segment (stackseg.h): a resume nested deep
 * in C (closing a long `yield from` chain) must not exhaust the stack. */
static Obj *run_frame_on_segment(GenObj *g, Obj *send, Obj *throw_exc, Obj *yf)
{
    ResumeJob *j = mem_alloc(sizeof *j);
    if (!j)
        return err_nomemory();
    *j = (ResumeJob){ g, send, throw_exc, yf };
    bool ok;
    Obj *r = seg_run(resume_job, j, &ok);
    mem_free(j, sizeof *j);
    if (!ok && !r && !err_occurred())
        err_set(Exc_RecursionError, "maximum recursion depth exceeded (no stack segment)");
    return r;
}

GenResult gen_resume(GenObj *g, Obj *send, Obj *throw_exc, Obj **result, GenVerb verb)
{
    *result = NULL;
    if (rec_enter("") < 0)          /* the running frame counts, as in CPython */
        return GEN_ERROR;
    int pre = resume_precheck(g, send, throw_exc, result, verb);
    if (pre >= 0) {
        rec_leave();
        return (GenResult)pre;
    }
    INCREF(g);
    Obj *yf = throw_exc ? gen_yieldfrom(g) : NULL;
    g->state = GEN_RUNNING;
    if (trace_enabled())
        trace_gen(g, TR_GEN_RESUME, verb_names[verb == GV_DROP ? GV_CLOSE : verb],
                  throw_exc ? NULL : send ? send : obj_none, throw_exc, 0);
    Obj *r = seg_needed() ? run_frame_on_segment(g, send, throw_exc, yf)
                          : gen_run_frame(g, send, throw_exc, yf);
    GenResult res;
    if (r && g->frame->state == FRAME_SUSPENDED) {
        res = GEN_YIELD;
        g->state = GEN_SUSPENDED;
        trace_gen(g, TR_GEN_YIELD, NULL, r, NULL, 0);
    } else {
        res = r ? GEN_RETURN : GEN_ERROR;
        if (!r)
            convert_stop_iteration(g);
        int line = frame_lineno(g->frame);
        gen_finish(g);
        trace_end(g, res, verb, r, line);
    }
    *result = r;
    DECREF(g);
    rec_leave();
    return res;
}

/* ------------------------------------------------------------------ */
/* close and dealloc                                                   */
/* ------------------------------------------------------------------ */

/* close() (how = "close") or the close when the last reference goes
 * (how = "drop", for the trace). */
static int close_gen(GenObj *g, GenVerb how)
{
    if (g->state == GEN_CREATED) {
        int line = g->frame ? frame_lineno(g->frame) : 0;
        gen_finish(g);
        trace_gen(g, TR_GEN_CLOSE, verb_names[how], NULL, NULL, line);
        return 0;
    }
    if (g->state == GEN_CLOSED)
        return 0;
    Obj *exc = exc_new(Exc_GeneratorExit, NULL, 0);
    if (!exc)
        return -1;
    Obj *v;
    GenResult r = gen_resume(g, NULL, exc, &v, how);
    DECREF(exc);
    if (r == GEN_YIELD) {
        DECREF(v);
        return err_format_int(Exc_RuntimeError, "%s ignored GeneratorExit", kind_word(g));
    }
    if (r == GEN_RETURN) {
        XDECREF(v);
        if (g->kind != GK_ASYNC_GENERATOR)
            return 0;
        err_set_obj(Exc_StopAsyncIteration, NULL);   /* CPython's gen_close lets it out */
        return -1;
    }
    if (err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)) {
        err_clear();
        return 0;
    }
    return -1;
}

int gen_close(GenObj *g) { return close_gen(g, GV_CLOSE); }

void gen_write_unraisable(Obj *obj)
{
    Obj *exc = err_fetch();
    if (run_stopped()) {               /* the run is being stopped: no noise */
        XDECREF(exc);
        return;
    }
    if (exc) {
        interp_print_unraisable(obj, exc);
        DECREF(exc);
    }
}

/* CPython's _PyGen_Finalize, run once when the last reference goes or
 * when the cycle collector finds the generator garbage: an unfinished
 * async generator goes to its finalizer hook if it has one (which may
 * keep it), else a suspended generator is closed (its finally blocks
 * run); a coroutine never awaited warns. */
/* Has gen_finalize anything to do for g? */
static bool gen_has_finalizer(GenObj *g)
{
    return g->state == GEN_SUSPENDED || (g->kind == GK_COROUTINE && g->state == GEN_CREATED) ||
           agen_wants_finalizer(g);
}

void gen_finalize(Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (!gen_has_finalizer(g))
        return;
    bool hook = agen_wants_finalizer(g);
    Obj *saved = err_fetch();
    if (hook) {
        agen_call_finalizer(g);
    } else if (g->state == GEN_SUSPENDED) {
        if (close_gen(g, GV_DROP) < 0)
            gen_write_unraisable(o);
    } else if (g->kind == GK_COROUTINE && g->state == GEN_CREATED) {
        Obj *msg = str_from_format("coroutine '%S' was never awaited", g->qualname);
        if (msg && rt_warn(Exc_RuntimeWarning, msg) < 0)
            gen_write_unraisable(o);         /* an "error" filter */
        XDECREF(msg);
    }
    err_clear();
    err_restore(saved);
}

/* What a generator holds: its frame (which holds the locals and the
 * suspended value stack), its handled exception, the async generator's
 * finalizer hook. */
void gen_traverse(Obj *o, GCVisitor *v)
{
    GenObj *g = (GenObj *)o;
    GC_VISIT(g->frame);
    GC_VISIT(g->name);
    GC_VISIT(g->qualname);
    GC_VISIT(g->exc_info.value);
    if (g->kind == GK_ASYNC_GENERATOR)
        GC_VISIT(((AsyncGenObj *)g)->finalizer);
}

void gen_dealloc(Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (gen_has_finalizer(g) && obj_finalize_from_dealloc(o))
        return;                              /* resurrected */
    if (g->state == GEN_CREATED && trace_enabled()) {
        g->state = GEN_CLOSED;               /* dropped without running */
        trace_gen(g, TR_GEN_CLOSE, "drop", NULL, NULL, 0);
    }
    if (g->frame) {
        g->frame->gen = NULL;
        CLEAR(g->frame);
    }
    XDECREF(g->code);
    XDECREF(g->name);
    XDECREF(g->qualname);
    XDECREF(g->exc_info.value);
    if (g->kind == GK_ASYNC_GENERATOR) {
        agen_set_forget((AsyncGenObj *)g);
        XDECREF(((AsyncGenObj *)g)->finalizer);
    }
    unregister_gen(g);
    note_free(g);
    obj_free(o);
}

/* ------------------------------------------------------------------ */
/* Python-visible methods                                              */
/* ------------------------------------------------------------------ */

/* Turns a GEN_RETURN value into StopIteration (none for None). */
static Obj *raise_stop(Obj *v)
{
    if (v == obj_none || !v)
        err_set_obj(Exc_StopIteration, NULL);
    else
        err_restore(exc_stopiteration_new(v));
    XDECREF(v);
    return NULL;
}

static Obj *gen_iternext(Obj *o)
{
    Obj *v;
    GenResult r = gen_resume((GenObj *)o, obj_none, NULL, &v, GV_NEXT);
    if (r == GEN_YIELD)
        return v;
    if (r == GEN_RETURN) {
        if (v == obj_none) {
            DECREF(v);
            return NULL;                     /* exhausted, no exception */
        }
        return raise_stop(v);
    }
    return NULL;
}

static Obj *gen_send(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    Obj *v;
    GenResult r = gen_resume((GenObj *)o, a[0], NULL, &v, GV_SEND);
    if (r == GEN_YIELD)
        return v;
    return r == GEN_RETURN ? raise_stop(v) : NULL;
}

/* throw(exc) / throw(type[, value[, tb]]): the exception instance. */
static Obj *throw_instance(Obj *const *a, size_t n)
{
    Obj *typ = a[0], *val = n > 1 ? a[1] : obj_none;
    if (n > 2 && a[2] != obj_none && a[2]->type != &Traceback_Type)
        return err_set(Exc_TypeError, "throw() third argument must be a traceback object");
    if (TYPE_CHECK(typ) && type_is_subtype((TypeObj *)typ, Exc_BaseException)) {
        if (val != obj_none && obj_typecheck(val, (TypeObj *)typ))
            return NEWREF(val);
        if (val == obj_none)
            return obj_call0(typ);
        return TUPLE_CHECK(val) ? obj_call_tuple_dict(typ, val, NULL) : obj_call1(typ, val);
    }
    if (EXC_CHECK(typ)) {
        if (val != obj_none)
            return err_set(Exc_TypeError, "instance exception may not have a separate value");
        return NEWREF(typ);
    }
    return err_format(Exc_TypeError, "exceptions must be classes or instances deriving from "
                      "BaseException, not %s", typ->type->name);
}

GenResult gen_throw_args(GenObj *g, const char *fname, Obj *const *a, size_t n, Obj **result)
{
    *result = NULL;
    if (args_count(fname, n, 1, 3) < 0)
        return GEN_ERROR;
    Obj *exc = throw_instance(a, n);
    if (!exc)
        return GEN_ERROR;
    Obj *saved = throw_args;
    throw_args = gen_yieldfrom(g) ? tuple_from_array(a, n) : NULL;
    if (!throw_args)
        err_clear();
    GenResult r = gen_resume(g, NULL, exc, result, GV_THROW);
    XDECREF(throw_args);
    throw_args = saved;
    DECREF(exc);
    return r;
}

static Obj *gen_throw(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    Obj *v;
    GenResult r = gen_throw_args((GenObj *)o, "throw", a, n, &v);
    if (r == GEN_YIELD)
        return v;
    return r == GEN_RETURN ? raise_stop(v) : NULL;
}

static Obj *gen_close_meth(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return gen_close((GenObj *)o) < 0 ? NULL : none_new();
}

Obj *gen_cannot_create(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return err_format(Exc_TypeError, "cannot create '%s' instances", t->name);
}

Obj *gen_repr(Obj *o)
{
    GenObj *g = (GenObj *)o;
    const char *w = g->kind == GK_COROUTINE ? "coroutine"
                  : g->kind == GK_ASYNC_GENERATOR ? "async_generator" : "generator";
    return str_from_format("<%s object %S at %p>", w, g->qualname, (void *)o);
}

static Obj *self_iter(Obj *o) { return NEWREF(o); }

static Obj *gen_get_frame(Obj *o, void *c)
{
    (void)c;
    GenObj *g = (GenObj *)o;
    return g->frame && g->state != GEN_CLOSED ? NEWREF((Obj *)g->frame) : none_new();
}

static Obj *gen_get_running(Obj *o, void *c)
{
    (void)c;
    return bool_new(((GenObj *)o)->state == GEN_RUNNING);
}

static Obj *gen_get_suspended(Obj *o, void *c)
{
    (void)c;
    return bool_new(((GenObj *)o)->state == GEN_SUSPENDED);
}

static Obj *gen_get_code(Obj *o, void *c) { (void)c; return NEWREF((Obj *)((GenObj *)o)->code); }

static Obj *gen_get_yieldfrom(Obj *o, void *c)
{
    (void)c;
    Obj *y = gen_yieldfrom((GenObj *)o);
    return y ? NEWREF(y) : none_new();
}

static const MemberDef gen_members[] = {
    { "__name__", MEMBER_OBJ, offsetof(GenObj, name), false },
    { "__qualname__", MEMBER_OBJ, offsetof(GenObj, qualname), false },
    { NULL, 0, 0, false },
};

static const GetSetDef gen_getset[] = {
    { "gi_frame", gen_get_frame, NULL, NULL },
    { "gi_running", gen_get_running, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL },
    { "gi_code", gen_get_code, NULL, NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const GetSetDef coro_getset[] = {
    { "cr_frame", gen_get_frame, NULL, NULL },
    { "cr_running", gen_get_running, NULL, NULL },
    { "cr_suspended", gen_get_suspended, NULL, NULL },
    { "cr_code", gen_get_code, NULL, NULL },
    { "cr_await", gen_get_yieldfrom, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const MethodDef gen_methods[] = {
    { "send", gen_send, METH_O, NULL },
    { "throw", gen_throw, METH_FASTCALL, NULL },
    { "close", gen_close_meth, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* coroutine.__await__() -> an iterator driving the coroutine. */
typedef struct CoroWrapperObj {
    Obj ob;
    Obj *coro;     /* the coroutine (owned) */
} CoroWrapperObj;

static Obj *coro_await(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    CoroWrapperObj *w = (CoroWrapperObj *)obj_alloc(&CoroWrapper_Type, 0);
    if (w)
        w->coro = NEWREF(o);
    return (Obj *)w;
}

static const MethodDef coro_methods[] = {
    { "send", gen_send, METH_O, NULL },
    { "throw", gen_throw, METH_FASTCALL, NULL },
    { "close", gen_close_meth, METH_NOARGS, NULL },
    { "__await__", coro_await, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

TypeObj Gen_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "generator", .tp_new = gen_cannot_create,
    .basicsize = sizeof(GenObj), .dealloc = gen_dealloc, .repr = gen_repr,
    .traverse = gen_traverse, .finalize = gen_finalize,
    .iter = self_iter, .iternext = gen_iternext, .hash = obj_default_hash,
    .methods = gen_methods, .members = gen_members, .getset = gen_getset,
};

TypeObj Coro_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "coroutine", .tp_new = gen_cannot_create,
    .basicsize = sizeof(GenObj), .dealloc = gen_dealloc, .repr = gen_repr,
    .traverse = gen_traverse, .finalize = gen_finalize,
    .hash = obj_default_hash,
    .methods = coro_methods, .members = gen_members, .getset = coro_getset,
};

static void wrapper_dealloc(Obj *o)
{
    XDECREF(((CoroWrapperObj *)o)->coro);
    obj_free(o);
}

static Obj *wrapper_next(Obj *o) { return gen_iternext(((CoroWrapperObj *)o)->coro); }

static Obj *wrapper_send(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    return gen_send(((CoroWrapperObj *)o)->coro, a, n, k);
}

static Obj *wrapper_throw(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    return gen_throw(((CoroWrapperObj *)o)->coro, a, n, k);
}

static Obj *wrapper_close(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    return gen_close_meth(((CoroWrapperObj *)o)->coro, a, n, k);
}

static const MethodDef wrapper_methods[] = {
    { "send", wrapper_send, METH_O, NULL },
    { "throw", wrapper_throw, METH_FASTCALL, NULL },
    { "close", wrapper_close, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static void wrapper_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((CoroWrapperObj *)o)->coro); }

TypeObj CoroWrapper_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "coroutine_wrapper", .tp_new = gen_cannot_create,
    .traverse = wrapper_traverse,
    .basicsize = sizeof(CoroWrapperObj), .dealloc = wrapper_dealloc,
    .iter = self_iter, .iternext = wrapper_next, .methods = wrapper_methods,
};

Obj *gen_get_awaitable_iter(Obj *o)
{
    if (o->type == &Coro_Type || (o->type == &Gen_Type && ((GenObj *)o)->iterable_coro))
        return NEWREF(o);
    Obj *f = type_lookup(o->type, ID(__await__));
    if (!f)
        return err_format(Exc_TypeError, "object %s can't be used in 'await' expression",
                          o->type->name);
    bool found;
    Obj *r = obj_call_special(o, ID(__await__), NULL, 0, &found);
    if (!r)
        return NULL;
    if (r->type == &Coro_Type || (r->type == &Gen_Type && ((GenObj *)r)->iterable_coro)) {
        DECREF(r);
        return err_set(Exc_TypeError, "__await__() returned a coroutine");
    }
    if (!r->type->iternext) {
        err_format(Exc_TypeError, "__await__() returned non-iterator of type '%s'", r->type->name);
        DECREF(r);
        return NULL;
    }
    return r;
}

int gen_init(void)
{
    TypeObj *ts[] = { &Gen_Type, &Coro_Type, &CoroWrapper_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    return agen_init();
}
