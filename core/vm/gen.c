/* gen.c - generators and coroutines on the coroutine core.
 *
 * Each GenObj runs its frame on its own coro (shared stack, created at the
 * first resume).  gen_resume is the one primitive; __next__, send, throw,
 * close, yield from, await and dealloc-time closing wrap it.  A resume
 * hands its inputs (value sent / exception thrown) and outputs (value
 * yielded / returned, how it stopped) through the GenObj on the heap;
 * the pending exception is the engine-wide one (object.c), which is
 * simply left set across the switch.
 *
 * Global state: gen_serial (trace ids).
 */
#include "vm/gen.h"

#include <string.h>

#include "objects/exc.h"
#include "vm/trace.h"
#include "objects/types.h"

static uint64_t gen_serial;    /* last serial handed out */

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
/* Trace helpers                                                       */
/* ------------------------------------------------------------------ */

static uint64_t current_serial(void)
{
    FrameObj *f = ev.frame;
    return f && f->gen ? ((GenObj *)f->gen)->serial : 0;
}

static const char *current_funcname(void)
{
    return ev.frame ? STR_DATA(ev.frame->code->qualname) : "<module>";
}

/* Reports a generator event (trace.h): value is repr'd, exc given as
 * "Type: message" (either may be NULL); line 0 means g's current line.
 * The peer is the frame running now (the resumer / receiver). */
static void trace_gen(GenObj *g, TraceKind kind, const char *verb, Obj *value, Obj *exc,
                      int line)
{
    if (!trace_enabled())
        return;
    TraceEvent e = {
        .kind = kind, .line = line ? line : g->frame ? g->frame->lineno : 0,
        .func = STR_DATA(g->qualname), .obj_id = g->serial,
        .obj_kind = g->kind == GK_COROUTINE ? "coroutine"
                  : g->kind == GK_ASYNC_GENERATOR ? "async_generator" : "generator",
        .state = gen_state_name(g), .verb = verb, .value = value ? trace_repr(value) : NULL,
        .text = exc ? trace_exc_text(exc) : NULL,
        .peer_id = current_serial(), .peer = current_funcname(),
    };
    trace_emit(&e);
}

/* exception_raised for exc at g's current line: a value thrown in at its
 * yield (when it was raised before: a fresh one is reported by the
 * evaluator as it leaves the statement) or at its start (always). */
static void trace_raised_in(GenObj *g, Obj *exc, bool always)
{
    if (!trace_enabled() || !g->frame || !EXC_CHECK(exc) ||
        (!always && !((ExcObj *)exc)->traceback))
        return;
    TraceEvent e = { .kind = TR_EXCEPTION_RAISED, .line = g->frame->lineno,
                     .func = STR_DATA(g->qualname), .obj_id = g->serial,
                     .text = trace_exc_text(exc) };
    trace_emit(&e);
}

/* The event ending a run that finished g: gen_close for a close that
 * worked (GeneratorExit or StopIteration left it, or it returned), else
 * gen_return / gen_raise.  `line`: where it stopped. */
static void trace_end(GenObj *g, GenResult res, const char *verb, Obj *value, int line)
{
    if (!trace_enabled())
        return;
    bool closing = strcmp(verb, "close") == 0 || strcmp(verb, "drop") == 0;
    Obj *exc = res == GEN_ERROR ? err_occurred() : NULL;
    if (closing && (!exc || err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)))
        trace_gen(g, TR_GEN_CLOSE, verb, NULL, NULL, line);
    else if (res == GEN_RETURN)
        trace_gen(g, TR_GEN_RETURN, NULL, value, NULL, line);
    else
        trace_gen(g, TR_GEN_RAISE, NULL, NULL, exc, line);
}

/* ------------------------------------------------------------------ */
/* Creation and the coroutine entry                                    */
/* ------------------------------------------------------------------ */

Obj *gen_new(FrameObj *frame, GenKind kind, FunctionObj *func)
{
    TypeObj *t = kind == GK_COROUTINE ? &Coro_Type
               : kind == GK_ASYNC_GENERATOR ? &AsyncGen_Type : &Gen_Type;
    GenObj *g = (GenObj *)obj_alloc(t, 0);
    if (!g) {
        DECREF(frame);
        return NULL;
    }
    g->kind = kind;
    g->state = GEN_CREATED;
    g->frame = frame;
    frame->gen = (Obj *)g;
    g->code = (CodeObj *)NEWREF((Obj *)frame->code);
    g->name = NEWREF(func->name);
    g->qualname = NEWREF(func->qualname);
    g->iterable_coro = (func->flags & CO_ITERABLE_COROUTINE) != 0;
    g->serial = ++gen_serial;
    g->created_line = ev.frame ? ev.frame->lineno : 0;
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

/* Runs on g's coroutine: the whole life of the frame. */
static void *gen_entry(void *user, void *first)
{
    (void)first;
    GenObj *g = user;
    CLEAR(g->in_value);
    Obj *r = eval_frame(g->frame);
    if (r) {
        g->out_result = GEN_RETURN;
        g->out_value = r;
    } else {
        convert_stop_iteration(g);
        g->out_result = GEN_ERROR;
    }
    return NULL;
}

/* Drops the frame and coroutine of a finished generator. */
static void gen_finish(GenObj *g)
{
    g->state = GEN_CLOSED;
    if (g->co && coro_status_of(g->co) != CORO_RUNNING) {
        coro_free(g->co);
        g->co = NULL;
    }
    if (g->frame) {
        g->frame->gen = NULL;
        CLEAR(g->frame);
    }
}

/* ------------------------------------------------------------------ */
/* The resume primitive                                                */
/* ------------------------------------------------------------------ */

/* Misuse checks and the not-yet-started cases; returns -1 to go on with a
 * real resume, else a GenResult. */
static int resume_precheck(GenObj *g, Obj *send, Obj *throw_exc, Obj **result, const char *verb)
{
    if (g->state == GEN_RUNNING) {
        err_format(Exc_ValueError, "%s already executing", kind_word(g));
        return GEN_ERROR;
    }
    if (g->state == GEN_CLOSED) {
        if (g->kind == GK_COROUTINE && strcmp(verb, "close") != 0) {
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
        exc_set_context(throw_exc, eval_handled_exc());
        err_restore(NEWREF(throw_exc));
        int line = g->frame->lineno;
        if (trace_enabled()) {
            g->state = GEN_RUNNING;            /* for the events: it starts and fails */
            trace_gen(g, TR_GEN_RESUME, verb, NULL, throw_exc, 0);
            trace_raised_in(g, throw_exc, true);
        }
        exc_add_traceback(throw_exc, g->frame, line, -1, 0, 0);
        gen_finish(g);
        trace_gen(g, TR_GEN_RAISE, NULL, NULL, throw_exc, line);
        return GEN_ERROR;
    }
    if (send && send != obj_none) {
        err_format(Exc_TypeError, "can't send non-None value to a just-started %s", kind_word(g));
        return GEN_ERROR;
    }
    if (coro_create(&g->co, gen_entry, g, CORO_SHARED_STACK) != CORO_OK) {
        err_nomemory();
        return GEN_ERROR;
    }
    return -1;
}

/* Switches into g and back, saving/restoring the evaluator state. */
static coro_result switch_into(GenObj *g, const char *verb)
{
    FrameObj *saved_frame = ev.frame;
    int saved_depth = ev.depth;
    ExcInfo *saved_exc = ev.excinfo;
    bool suspended = g->state == GEN_SUSPENDED;
    g->resumer = saved_frame ? saved_frame->gen : NULL;
    g->state = GEN_RUNNING;
    trace_gen(g, TR_GEN_RESUME, strcmp(verb, "drop") == 0 ? "close" : verb,
              g->in_exc ? NULL : g->in_value, g->in_exc, 0);
    g->exc_info.prev = ev.excinfo;
    ev.excinfo = &g->exc_info;
    if (suspended) {
        g->frame->back = ev.frame;
        ev.frame = g->frame;
    }
    coro_result cr = coro_resume(g->co, g, NULL);
    ev.frame = saved_frame;
    ev.depth = saved_depth;
    ev.excinfo = saved_exc;
    g->exc_info.prev = NULL;
    if (g->frame)
        g->frame->back = NULL;
    return cr;
}

GenResult gen_resume(GenObj *g, Obj *send, Obj *throw_exc, Obj **result, const char *verb)
{
    *result = NULL;
    if (rec_enter("") < 0)          /* the running frame counts, as in CPython */
        return GEN_ERROR;
    int pre = resume_precheck(g, send, throw_exc, result, verb);
    if (pre >= 0) {
        rec_leave();
        return (GenResult)pre;
    }
    g->in_value = send ? NEWREF(send) : none_new();
    g->in_exc = XNEWREF(throw_exc);
    INCREF(g);
    coro_result cr = switch_into(g, verb);
    GenResult res = g->out_result;
    if (cr != CORO_OK) {
        if (cr == CORO_ERR_STACK_OVERFLOW)
            err_set(Exc_RecursionError, "maximum recursion depth exceeded");
        else
            err_nomemory();
        res = GEN_ERROR;
    }
    *result = g->out_value;
    g->out_value = NULL;
    if (res == GEN_YIELD) {
        g->state = GEN_SUSPENDED;
        trace_gen(g, TR_GEN_YIELD, NULL, *result, NULL, 0);
    } else {
        int line = g->frame ? g->frame->lineno : 0;
        gen_finish(g);
        trace_end(g, res, verb, *result, line);
    }
    DECREF(g);
    rec_leave();
    return res;
}

/* ------------------------------------------------------------------ */
/* Inside the generator: yield, yield from, await                      */
/* ------------------------------------------------------------------ */

/* Hands `value` (steals) to the resumer and waits; returns the value sent
 * in, or NULL with the thrown exception pending. */
static Obj *yield_raw(GenObj *g, Obj *value)
{
    g->out_value = value;
    g->out_result = GEN_YIELD;
    coro_yield(NULL, NULL);
    if (g->in_exc) {
        CLEAR(g->in_value);
        Obj *e = g->in_exc;
        g->in_exc = NULL;
        exc_set_context(e, eval_handled_exc());   /* _PyErr_ChainStackItem */
        trace_raised_in(g, e, false);
        err_restore(e);
        return NULL;
    }
    Obj *v = g->in_value;
    g->in_value = NULL;
    return v ? v : none_new();
}

Obj *gen_yield(FrameObj *f, Obj *value)
{
    GenObj *g = (GenObj *)f->gen;
    if (!g)
        return err_set(Exc_RuntimeError, "yield outside a generator");
    if (g->kind == GK_ASYNC_GENERATOR)
        return err_set(Exc_NotImplementedError, "async generators are not supported yet");
    return yield_raw(g, NEWREF(value));
}

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

/* Throws into a non-generator subiterator (uses its throw/close); its
 * throw gets throw()'s own arguments `raw` when known (steals exc, raw). */
static int throw_sub(Obj *it, Obj *exc, Obj *raw, Obj **out)
{
    if (raw && !type_is_subtype(exc->type, Exc_GeneratorExit)) {
        Obj *m = obj_getattr_opt(it, ID(throw));
        if (m) {
            DECREF(exc);
            *out = obj_call_tuple_dict(m, raw, NULL);
            DECREF(m);
            DECREF(raw);
            if (*out)
                return 0;
            *out = take_stop_value();
            return *out ? 1 : -1;
        }
    }
    XDECREF(raw);
    if (type_is_subtype(exc->type, Exc_GeneratorExit)) {
        Obj *m = obj_getattr_opt(it, ID(close));
        Obj *r = m ? obj_call0(m) : NULL;
        XDECREF(m);
        if (m && !r) {
            DECREF(exc);
            return -1;
        }
        XDECREF(r);
        err_restore(exc);
        return -1;
    }
    Obj *m = obj_getattr_opt(it, ID(throw));
    if (!m) {
        err_restore(exc);
        return -1;
    }
    DECREF(m);
    int st = call_sub(it, "throw", exc, out);
    DECREF(exc);
    return st;
}

/* One step of the subiterator of `yield from`; consumes send/thrown and
 * raw (throw()'s arguments, or NULL). */
static int sub_step(Obj *it, Obj *send, Obj *thrown, Obj *raw, Obj **out)
{
    *out = NULL;
    if (GEN_CHECK(it)) {
        GenObj *sub = (GenObj *)it;
        if (thrown && type_is_subtype(thrown->type, Exc_GeneratorExit)) {
            XDECREF(raw);
            XDECREF(send);
            if (gen_close(sub) < 0) {
                DECREF(thrown);
                return -1;
            }
            err_restore(thrown);
            return -1;
        }
        SETREF(sub->in_throw_args, raw);
        GenResult r = gen_resume(sub, send, thrown, out,
                                 thrown ? "throw" : send == obj_none ? "next" : "send");
        CLEAR(sub->in_throw_args);
        XDECREF(send);
        XDECREF(thrown);
        return r == GEN_YIELD ? 0 : r == GEN_RETURN ? 1 : -1;
    }
    if (thrown) {
        XDECREF(send);
        return throw_sub(it, thrown, raw, out);
    }
    XDECREF(raw);
    if (send == obj_none) {
        DECREF(send);
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
    int st = call_sub(it, "send", send, out);
    DECREF(send);
    return st;
}

/* Delegation loop shared by `yield from` and `await` (steals it). */
static Obj *delegate(GenObj *g, Obj *it)
{
    Obj *send = none_new(), *thrown = NULL, *raw = NULL, *result = NULL;
    g->yieldfrom = it;
    for (;;) {
        Obj *v;
        int st = sub_step(it, send, thrown, raw, &v);
        if (st != 0) {
            result = st == 1 ? v : NULL;
            break;
        }
        send = yield_raw(g, v);
        thrown = send ? NULL : err_fetch();
        raw = thrown ? g->in_throw_args : NULL;
        g->in_throw_args = NULL;
    }
    CLEAR(g->yieldfrom);
    return result;
}

Obj *gen_yield_from(FrameObj *f, Obj *iterable)
{
    GenObj *g = (GenObj *)f->gen;
    if (!g)
        return err_set(Exc_RuntimeError, "'yield from' outside a generator");
    if (iterable->type == &Coro_Type && g->kind == GK_GENERATOR && !g->iterable_coro)
        return err_set(Exc_TypeError, "cannot 'yield from' a coroutine object in a "
                       "non-coroutine generator");
    Obj *it = GEN_CHECK(iterable) ? NEWREF(iterable) : obj_iter(iterable);
    return it ? delegate(g, it) : NULL;
}

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

Obj *gen_await(FrameObj *f, Obj *awaitable)
{
    GenObj *g = (GenObj *)f->gen;
    if (!g)
        return err_set(Exc_RuntimeError, "'await' outside a coroutine");
    Obj *it = gen_get_awaitable_iter(awaitable);
    return it ? delegate(g, it) : NULL;
}

/* ------------------------------------------------------------------ */
/* close and dealloc                                                   */
/* ------------------------------------------------------------------ */

/* close() (how = "close") or the close when the last reference goes
 * (how = "drop", for the trace). */
static int close_gen(GenObj *g, const char *how)
{
    if (g->state == GEN_CREATED) {
        int line = g->frame ? g->frame->lineno : 0;
        gen_finish(g);
        trace_gen(g, TR_GEN_CLOSE, how, NULL, NULL, line);
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
        return 0;
    }
    if (err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)) {
        err_clear();
        return 0;
    }
    return -1;
}

int gen_close(GenObj *g) { return close_gen(g, "close"); }

/* "Exception ignored in: <generator ...>" + traceback, as CPython's
 * unraisable hook. */
static void write_unraisable(Obj *obj)
{
    Obj *exc = err_fetch();
    if (step_budget_spent()) {               /* the run is being stopped: no noise */
        XDECREF(exc);
        return;
    }
    if (exc) {
        exc_print_unraisable(obj, exc);
        DECREF(exc);
    }
}

static void gen_dealloc(Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (g->state == GEN_SUSPENDED) {
        o->refcnt = 1;                       /* alive while closing */
        Obj *saved = err_fetch();
        if (close_gen(g, "drop") < 0)
            write_unraisable(o);
        err_restore(saved);
        if (--o->refcnt != 0)
            return;                          /* resurrected */
    }
    if (g->kind == GK_COROUTINE && g->state == GEN_CREATED) {
        Obj *saved = err_fetch();
        Obj *msg = str_from_format("coroutine '%S' was never awaited", g->qualname);
        if (msg)
            rt_warn(Exc_RuntimeWarning, msg);
        XDECREF(msg);
        err_clear();
        err_restore(saved);
    }
    if (g->state == GEN_CREATED && trace_enabled()) {
        g->state = GEN_CLOSED;               /* dropped without running */
        trace_gen(g, TR_GEN_CLOSE, "drop", NULL, NULL, 0);
    }
    if (g->co) {
        coro_free(g->co);
        g->co = NULL;
    }
    if (g->frame) {
        g->frame->gen = NULL;
        CLEAR(g->frame);
    }
    XDECREF(g->code);
    XDECREF(g->name);
    XDECREF(g->qualname);
    XDECREF(g->yieldfrom);
    XDECREF(g->exc_info.value);
    XDECREF(g->in_value);
    XDECREF(g->in_exc);
    XDECREF(g->in_throw_args);
    XDECREF(g->out_value);
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
    GenResult r = gen_resume((GenObj *)o, obj_none, NULL, &v, "next");
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
    GenResult r = gen_resume((GenObj *)o, a[0], NULL, &v, "send");
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

static Obj *gen_throw(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    if (args_count("throw", n, 1, 3) < 0)
        return NULL;
    Obj *exc = throw_instance(a, n);
    if (!exc)
        return NULL;
    Obj *v;
    GenObj *g = (GenObj *)o;
    if (g->yieldfrom && !(g->in_throw_args = tuple_from_array(a, n)))
        err_clear();
    GenResult r = gen_resume(g, NULL, exc, &v, "throw");
    CLEAR(g->in_throw_args);
    DECREF(exc);
    if (r == GEN_YIELD)
        return v;
    return r == GEN_RETURN ? raise_stop(v) : NULL;
}

static Obj *gen_close_meth(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return gen_close((GenObj *)o) < 0 ? NULL : none_new();
}

static Obj *gen_repr(Obj *o)
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
    Obj *y = ((GenObj *)o)->yieldfrom;
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
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "generator",
    .basicsize = sizeof(GenObj), .dealloc = gen_dealloc, .repr = gen_repr,
    .iter = self_iter, .iternext = gen_iternext, .hash = obj_default_hash,
    .methods = gen_methods, .members = gen_members, .getset = gen_getset,
};

TypeObj Coro_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "coroutine",
    .basicsize = sizeof(GenObj), .dealloc = gen_dealloc, .repr = gen_repr,
    .hash = obj_default_hash,
    .methods = coro_methods, .members = gen_members, .getset = coro_getset,
};

TypeObj AsyncGen_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "async_generator",
    .basicsize = sizeof(GenObj), .dealloc = gen_dealloc, .repr = gen_repr,
    .hash = obj_default_hash, .members = gen_members,
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

TypeObj CoroWrapper_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObj), .dealloc = wrapper_dealloc,
    .iter = self_iter, .iternext = wrapper_next, .methods = wrapper_methods,
};

int gen_init(void)
{
    gen_serial = 0;
    TypeObj *ts[] = { &Gen_Type, &Coro_Type, &AsyncGen_Type, &CoroWrapper_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    return 0;
}
