/* snapshot.c - the program's part of a stepping snapshot (snapshot.h):
 * the call stack, the generators and coroutines, the scheduler. */
#include "host/snapshot.h"

#include <stdlib.h>
#include <string.h>

#include "compiler/opcodes.h"
#include "loop/loop.h"
#include "objects/types.h"
#include "vm/generator.h"
#include "vm/trace.h"
#include "vm/vm.h"

/* Reprs for the snapshot go to buffers of its own: the trace's static
 * ones may hold the strings of an event still to be delivered. */
static char repr_buf[TRACE_REPR_BUF];

static const char *snap_repr(Obj *o) { return trace_repr_to(o, repr_buf); }
static const char *snap_exc_text(Obj *exc) { return trace_exc_text_to(exc, repr_buf); }

/* What the lists left out (the "omitted" counts). */
typedef struct omitted {
    size_t frames, generators, tasks, futures, ready, timers;
} omitted;

static const char *snap_gen_kind_name(const GenObj *g)
{
    return g->kind == GK_COROUTINE ? "coroutine"
         : g->kind == GK_ASYNC_GENERATOR ? "async_generator" : "generator";
}

static bool snap_is_library(CodeObj *code) { return !trace_code_shown(code->filename); }

/* A dunder name ("__name__"): module bookkeeping, not the program's. */
static bool snap_is_dunder(Obj *name)
{
    size_t n = STR_NBYTES(name);
    const char *s = STR_DATA(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static void snap_local(jw *w, Obj *name, Obj *value, size_t *shown)
{
    if (!value || !STR_CHECK(name) || snap_is_dunder(name) || *shown >= SNAP_MAX_LOCALS)
        return;
    (*shown)++;
    jw_key(w, STR_DATA(name));
    jw_str(w, snap_repr(value));
}

/* The frame's variables as {name: repr}: its slots (cells read through),
 * or the namespace of a module or class body. */
static void snap_write_locals(jw *w, FrameObj *f)
{
    size_t shown = 0;
    jw_begin(w, '{');
    if (f->locals && DICT_CHECK(f->locals)) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(f->locals, &pos, &k, &v))
            snap_local(w, k, v, &shown);
    } else {
        for (int i = 0; i < f->nslots && i < f->code->nslots; i++) {
            Obj *v = f->slots[i];
            if (v && f->code->slot_kinds[i] != SLOT_LOCAL && v->type == &Cell_Type)
                v = ((CellObj *)v)->ref;
            snap_local(w, f->code->slot_names[i], v, &shown);
        }
    }
    jw_end(w, '}');
}

/* ---- the call stack ---- */

static void snap_write_frame(jw *w, FrameObj *f)
{
    jw_begin(w, '{');
    jw_kstr(w, "func", STR_DATA(f->code->qualname));
    jw_kint(w, "line", frame_lineno(f));
    jw_key(w, "gen");
    if (f->gen)
        jw_uint(w, ((GenObj *)f->gen)->serial);
    else
        jw_null(w);
    jw_key(w, "locals");
    snap_write_locals(w, f);
    jw_end(w, '}');
}

static void snap_write_stack(jw *w, omitted *om)
{
    jw_key(w, "stack");
    jw_begin(w, '[');
    size_t n = 0;
    for (FrameObj *f = ev.frame; f; f = f->back) {
        if (snap_is_library(f->code))
            continue;
        if (n++ < SNAP_MAX_FRAMES)
            snap_write_frame(w, f);
        else
            om->frames++;
    }
    jw_end(w, ']');
}

/* ---- generators, coroutines, async generators ---- */

/* {"kind", "id"[, "name"]} of a generator or future, or NULL. */
static void snap_write_ref_gen(jw *w, GenObj *g)
{
    jw_begin(w, '{');
    jw_kstr(w, "kind", snap_gen_kind_name(g));
    jw_kint(w, "id", g->serial);
    jw_end(w, '}');
}

static void snap_write_ref_future(jw *w, FutureObj *f)
{
    jw_begin(w, '{');
    jw_kstr(w, "kind", f->is_task ? "task" : "future");
    jw_kint(w, "id", f->serial);
    if (f->is_task && ((TaskObj *)f)->name)
        jw_kstr(w, "name", STR_DATA(((TaskObj *)f)->name));
    jw_end(w, '}');
}

/* What `await x` / `yield from x` drives: a generator, a future (through
 * its await iterator), or any other object (its repr). */
static void snap_write_ref_object(jw *w, Obj *o)
{
    if (GEN_CHECK(o) || o->type == &AsyncGen_Type) {
        snap_write_ref_gen(w, (GenObj *)o);
        return;
    }
    FutureObj *f = loop_awaited_future(o);
    if (f || FUTURE_CHECK(o)) {
        snap_write_ref_future(w, f ? f : (FutureObj *)o);
        return;
    }
    jw_begin(w, '{');
    jw_kstr(w, "kind", "object");
    jw_kstr(w, "repr", snap_repr(o));
    jw_end(w, '}');
}

/* The generator a running one drives right now with `yield from` /
 * `await` (its SEND is executing), found on the frame chain. */
static GenObj *snap_running_delegate(GenObj *g)
{
    FrameObj *gf = g->frame;
    if (!gf || !gf->ip || INSTR_OP(*gf->ip) != OP_SEND)
        return NULL;
    for (FrameObj *f = ev.frame; f; f = f->back)
        if (f->back == gf && f->gen)
            return (GenObj *)f->gen;
    return NULL;
}

static void snap_write_awaiting(jw *w, GenObj *g)
{
    jw_key(w, "awaiting");
    Obj *yf = gen_yieldfrom(g);
    GenObj *sub = yf ? NULL : g->state == GEN_RUNNING ? snap_running_delegate(g) : NULL;
    if (yf)
        snap_write_ref_object(w, yf);
    else if (sub)
        snap_write_ref_gen(w, sub);
    else
        jw_null(w);
}

static void snap_write_note(jw *w, const GenNote *n)
{
    jw_kstr(w, "verb", n ? n->verb : NULL);
    jw_kstr(w, "sent", n ? n->sent : NULL);
    jw_kstr(w, "yielded", n ? n->yielded : NULL);
    jw_key(w, "resumer");
    if (n && n->resumer) {
        jw_begin(w, '{');
        jw_kstr(w, "name", n->resumer);
        jw_key(w, "gen");
        if (n->resumer_id)
            jw_uint(w, n->resumer_id);
        else
            jw_null(w);
        jw_end(w, '}');
    } else {
        jw_null(w);
    }
}

static void snap_write_generator(jw *w, GenObj *g)
{
    bool library = snap_is_library(g->code);
    jw_begin(w, '{');
    jw_kint(w, "id", g->serial);
    jw_kstr(w, "kind", snap_gen_kind_name(g));
    jw_kstr(w, "name", STR_DATA(g->qualname));
    jw_kstr(w, "state", gen_state_name(g));
    jw_key(w, "line");
    if (g->frame)
        jw_int(w, frame_lineno(g->frame));
    else
        jw_null(w);
    jw_key(w, "library");
    jw_bool(w, library);
    jw_key(w, "locals");
    if (g->frame && (!library || trace_library_frames))
        snap_write_locals(w, g->frame);
    else
        jw_null(w);
    snap_write_awaiting(w, g);
    snap_write_note(w, g->note);
    jw_end(w, '}');
}

static void snap_write_generators(jw *w, omitted *om)
{
    jw_key(w, "generators");
    jw_begin(w, '[');
    size_t n = 0;
    for (GenObj *g = gen_first(); g; g = g->newer) {
        if (n++ < SNAP_MAX_OBJECTS)
            snap_write_generator(w, g);
        else
            om->generators++;
    }
    jw_end(w, ']');
}

/* ---- tasks and futures ---- */

static const char *snap_future_state(const FutureObj *f)
{
    return f->state == FUT_PENDING ? "PENDING" : f->state == FUT_CANCELLED ? "CANCELLED"
                                                                           : "FINISHED";
}

/* "result" / "exception" of a finished future (null otherwise). */
static void snap_write_outcome(jw *w, const FutureObj *f)
{
    bool finished = f->state == FUT_FINISHED;
    jw_key(w, "result");
    if (finished && !f->exception)
        jw_str(w, snap_repr(f->result ? f->result : obj_none));
    else
        jw_null(w);
    jw_key(w, "exception");
    if (finished && f->exception)
        jw_str(w, snap_exc_text(f->exception));
    else
        jw_null(w);
}

static void snap_write_task(jw *w, TaskObj *t)
{
    jw_begin(w, '{');
    jw_kint(w, "id", t->fut.serial);
    jw_kstr(w, "name", t->name ? STR_DATA(t->name) : NULL);
    jw_kstr(w, "state", snap_future_state(&t->fut));
    jw_key(w, "coro");
    if (t->coro && (GEN_CHECK(t->coro) || t->coro->type == &AsyncGen_Type))
        jw_uint(w, ((GenObj *)t->coro)->serial);
    else
        jw_null(w);
    snap_write_outcome(w, &t->fut);
    jw_key(w, "waits_on");
    if (t->fut_waiter)
        snap_write_ref_object(w, t->fut_waiter);
    else
        jw_null(w);
    jw_kint(w, "cancel_requests", t->num_cancels_requested);
    jw_key(w, "current");
    Obj *loop = loop_running();
    jw_bool(w, loop && ((LoopObj *)loop)->current_task == (Obj *)t);
    jw_end(w, '}');
}

static void snap_write_task_list(jw *w, omitted *om)
{
    jw_begin(w, '[');
    size_t n = 0;
    for (TaskObj *t = loop_first_task(); t; t = t->newer) {
        if (n++ < SNAP_MAX_OBJECTS)
            snap_write_task(w, t);
        else if (om)
            om->tasks++;
    }
    jw_end(w, ']');
}

void snapshot_tasks(jw *w) { snap_write_task_list(w, NULL); }

/* {"callback": words[, "target": serial]}, the shared shape of a done
 * callback, a ready handle and a timer. */
static void snap_write_callback(jw *w, Obj *callback, Obj *args)
{
    char buf[160];
    uint64_t target = 0;
    jw_kstr(w, "callback", loop_callback_words(callback, args, &target, buf, sizeof buf));
    jw_key(w, "target");
    if (target)
        jw_uint(w, target);
    else
        jw_null(w);
}

static void snap_write_future(jw *w, FutureObj *f)
{
    jw_begin(w, '{');
    jw_kint(w, "id", f->serial);
    jw_kstr(w, "state", snap_future_state(f));
    jw_key(w, "callbacks");
    jw_begin(w, '[');
    if (f->cb0) {
        jw_begin(w, '{');
        snap_write_callback(w, f->cb0, NULL);
        jw_end(w, '}');
    }
    for (size_t i = 0; f->callbacks && LIST_CHECK(f->callbacks) && i < LIST_SIZE(f->callbacks); i++) {
        Obj *pair = LIST_ITEMS(f->callbacks)[i];
        if (!TUPLE_CHECK(pair) || TUPLE_SIZE(pair) < 1)
            continue;
        jw_begin(w, '{');
        snap_write_callback(w, TUPLE_ITEMS(pair)[0], NULL);
        jw_end(w, '}');
    }
    jw_end(w, ']');
    jw_end(w, '}');
}

static void snap_write_futures(jw *w, omitted *om)
{
    jw_key(w, "futures");
    jw_begin(w, '[');
    size_t n = 0;
    for (FutureObj *f = loop_first_future(); f; f = f->newer) {
        if (f->is_task || f->state != FUT_PENDING)
            continue;
        if (n++ < SNAP_MAX_OBJECTS)
            snap_write_future(w, f);
        else
            om->futures++;
    }
    jw_end(w, ']');
}

/* ---- the ready queue and the timers ---- */

static void snap_write_ready(jw *w, LoopObj *l, omitted *om)
{
    jw_key(w, "ready");
    jw_begin(w, '[');
    for (size_t i = 0; l && i < l->ready_len; i++) {
        HandleObj *h = l->ready[(l->ready_head + i) % l->ready_cap];
        if (i >= SNAP_MAX_OBJECTS) {
            om->ready++;
            continue;
        }
        jw_begin(w, '{');
        snap_write_callback(w, h->callback, h->args);
        jw_key(w, "cancelled");
        jw_bool(w, h->cancelled);
        jw_end(w, '}');
    }
    jw_end(w, ']');
}

/* Heap order -> firing order: (deadline, creation). */
static int snap_timer_order(const void *a, const void *b)
{
    const HandleObj *x = *(HandleObj *const *)a, *y = *(HandleObj *const *)b;
    if (x->when != y->when)
        return x->when < y->when ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void snap_write_timers(jw *w, LoopObj *l, omitted *om)
{
    jw_key(w, "timers");
    jw_begin(w, '[');
    size_t n = l ? l->ntimers : 0;
    HandleObj **sorted = n ? mem_alloc(n * sizeof *sorted) : NULL;
    if (sorted) {
        memcpy(sorted, l->timers, n * sizeof *sorted);
        qsort(sorted, n, sizeof *sorted, snap_timer_order);
    }
    size_t shown = 0;
    for (size_t i = 0; sorted && i < n; i++) {
        HandleObj *t = sorted[i];
        if (t->cancelled)
            continue;
        if (shown++ >= SNAP_MAX_OBJECTS) {
            om->timers++;
            continue;
        }
        jw_begin(w, '{');
        jw_key(w, "id");
        jw_uint(w, t->seq);
        jw_key(w, "when");
        jw_float(w, t->when);
        snap_write_callback(w, t->callback, t->args);
        jw_end(w, '}');
    }
    mem_free(sorted, n * sizeof *sorted);
    jw_end(w, ']');
}

/* ---- all of it ---- */

static void snap_write_omitted(jw *w, const omitted *om)
{
    if (!(om->frames | om->generators | om->tasks | om->futures | om->ready | om->timers))
        return;
    jw_key(w, "omitted");
    jw_begin(w, '{');
    jw_kint(w, "frames", (int64_t)om->frames);
    jw_kint(w, "generators", (int64_t)om->generators);
    jw_kint(w, "tasks", (int64_t)om->tasks);
    jw_kint(w, "futures", (int64_t)om->futures);
    jw_kint(w, "ready", (int64_t)om->ready);
    jw_kint(w, "timers", (int64_t)om->timers);
    jw_end(w, '}');
}

static void snap_write_empty(jw *w, const char *key)
{
    jw_key(w, key);
    jw_begin(w, '[');
    jw_end(w, ']');
}

void snapshot_program(jw *w, bool running)
{
    omitted om = { 0 };
    jw_key(w, "clock");
    jw_float(w, clock_now());
    if (!running) {
        static const char *const lists[] = { "stack", "generators", "tasks", "futures", "ready",
                                             "timers" };
        for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
            snap_write_empty(w, lists[i]);
        jw_key(w, "handling");
        jw_null(w);
        return;
    }
    LoopObj *loop = (LoopObj *)loop_running();
    snap_write_stack(w, &om);
    snap_write_generators(w, &om);
    jw_key(w, "tasks");
    snap_write_task_list(w, &om);
    snap_write_futures(w, &om);
    snap_write_ready(w, loop, &om);
    snap_write_timers(w, loop, &om);
    Obj *handled = interp_handled_exc();
    jw_key(w, "handling");
    jw_str(w, handled ? snap_exc_text(handled) : NULL);
    snap_write_omitted(w, &om);
}
