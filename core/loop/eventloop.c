/* eventloop.c - the event loop: a ready queue of callbacks and a heap of
 * timers on the virtual clock, run as CPython's BaseEventLoop._run_once
 * does: (1) with nothing ready, the clock jumps to the earliest deadline
 * (no waiting); (2) every timer due (deadline < now + 1e-9) joins the end
 * of the ready queue, in (deadline, creation) order; (3) exactly the
 * callbacks ready at that point run, in order (what they schedule waits
 * for the next iteration).  With nothing ready and no timer, CPython
 * would wait forever: that is a deadlock, reported and ended here.
 *
 * The asyncio module subclasses this type in Python for what CPython
 * writes in Python around it (run_until_complete, the exception handler,
 * the async generator hooks, shutdown).
 *
 * Global state: the running loop (set while run_forever runs), the loop
 * serial counter.
 */
#include "loop/loop_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/generator.h"
#include "vm/output.h"
#include "vm/trace.h"
#include "vm/traceback.h"

TypeObj *Exc_InvalidStateError;

static Obj *running_loop;        /* borrowed: alive while it runs */
static uint32_t loop_serial;
static uint64_t timer_serial;    /* timers made (their trace ids) */

#define LOOP(o) ((LoopObj *)(o))
#define MAX_SELECT_TIMEOUT 86400.0   /* base_events.MAXIMUM_SELECT_TIMEOUT */
#define CLOCK_RESOLUTION 1e-9        /* time.get_clock_info('monotonic').resolution */

Obj *loop_running(void) { return running_loop; }

/* ---- the ready queue (a ring buffer) ---- */

static int ready_push(LoopObj *l, HandleObj *h)
{
    if (l->ready_len == l->ready_cap) {
        size_t cap = l->ready_cap ? l->ready_cap * 2 : 16;
        HandleObj **n = mem_alloc(cap * sizeof *n);
        if (!n) {
            err_nomemory();
            return -1;
        }
        for (size_t i = 0; i < l->ready_len; i++)
            n[i] = l->ready[(l->ready_head + i) % l->ready_cap];
        mem_free(l->ready, l->ready_cap * sizeof *n);
        l->ready = n;
        l->ready_cap = cap;
        l->ready_head = 0;
    }
    l->ready[(l->ready_head + l->ready_len++) % l->ready_cap] = (HandleObj *)NEWREF((Obj *)h);
    return 0;
}

static HandleObj *ready_pop(LoopObj *l)
{
    HandleObj *h = l->ready[l->ready_head];
    l->ready_head = (l->ready_head + 1) % l->ready_cap;
    l->ready_len--;
    return h;
}

/* ---- the timer heap: min on (when, seq) ---- */

static bool timer_before(const HandleObj *a, const HandleObj *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void heap_up(LoopObj *l, size_t i)
{
    HandleObj **h = l->timers;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!timer_before(h[i], h[p]))
            break;
        HandleObj *t = h[i]; h[i] = h[p]; h[p] = t;
        i = p;
    }
}

static void heap_down(LoopObj *l, size_t i)
{
    HandleObj **h = l->timers;
    for (;;) {
        size_t c = 2 * i + 1, m = i;
        if (c < l->ntimers && timer_before(h[c], h[m]))
            m = c;
        if (c + 1 < l->ntimers && timer_before(h[c + 1], h[m]))
            m = c + 1;
        if (m == i)
            return;
        HandleObj *t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
    }
}

static int heap_push(LoopObj *l, HandleObj *t)
{
    if (l->ntimers == l->timers_cap) {
        size_t cap = l->timers_cap ? l->timers_cap * 2 : 16;
        HandleObj **n = mem_realloc(l->timers, l->timers_cap * sizeof *n, cap * sizeof *n);
        if (!n) {
            err_nomemory();
            return -1;
        }
        l->timers = n;
        l->timers_cap = cap;
    }
    l->timers[l->ntimers++] = (HandleObj *)NEWREF((Obj *)t);
    heap_up(l, l->ntimers - 1);
    t->scheduled = true;
    return 0;
}

/* Takes the earliest timer out (the caller owns the reference). */
static HandleObj *heap_pop(LoopObj *l)
{
    HandleObj *top = l->timers[0];
    l->timers[0] = l->timers[--l->ntimers];
    if (l->ntimers)
        heap_down(l, 0);
    top->scheduled = false;
    return top;
}

void loop_timer_cancelled(HandleObj *timer)
{
    if (obj_typecheck(timer->loop, &Loop_Type))
        LOOP(timer->loop)->timers_cancelled++;
}

/* Cancelled timers leave the heap: all of them when they are many (over
 * half of more than 100), else those at its head (_run_once). */
static void prune_timers(LoopObj *l)
{
    if (l->ntimers > 100 && l->timers_cancelled * 2 > l->ntimers) {
        size_t k = 0;
        for (size_t i = 0; i < l->ntimers; i++) {
            HandleObj *t = l->timers[i];
            if (t->cancelled) {
                t->scheduled = false;
                DECREF(t);
            } else {
                l->timers[k++] = t;
            }
        }
        l->ntimers = k;
        for (size_t i = k / 2; i-- > 0;)
            heap_down(l, i);
        l->timers_cancelled = 0;
        return;
    }
    while (l->ntimers && l->timers[0]->cancelled) {
        l->timers_cancelled--;
        DECREF(heap_pop(l));
    }
}

/* ---- scheduling ---- */

static int check_closed(LoopObj *l)
{
    if (l->closed) {
        err_set(Exc_RuntimeError, "Event loop is closed");
        return -1;
    }
    return 0;
}

HandleObj *loop_call_soon(Obj *loop, Obj *callback, Obj *args, Obj *context)
{
    if (!obj_typecheck(loop, &Loop_Type)) {          /* a loop of another kind */
        Obj *m = obj_getattr_cstr(loop, "call_soon");
        size_t n = args ? TUPLE_SIZE(args) : 0;
        /* callback, the arguments, then the context keyword */
        Obj *small[8], **argv = n + 2 <= 8 ? small : mem_alloc((n + 2) * sizeof *argv);
        if (!m || !argv) {
            XDECREF(m);
            if (argv && argv != small)
                mem_free(argv, (n + 2) * sizeof *argv);
            return argv ? NULL : (HandleObj *)err_nomemory();
        }
        argv[0] = callback;
        for (size_t i = 0; i < n; i++)
            argv[i + 1] = TUPLE_ITEMS(args)[i];
        argv[n + 1] = context ? context : obj_none;
        Obj *kwn = tuple_pack(1, ID(context));
        Obj *r = kwn ? obj_call(m, argv, n + 1, kwn) : NULL;
        XDECREF(kwn);
        if (argv != small)
            mem_free(argv, (n + 2) * sizeof *argv);
        DECREF(m);
        if (r)
            DECREF(r);                               /* the loop keeps it */
        return (HandleObj *)r;
    }
    LoopObj *l = LOOP(loop);
    if (check_closed(l) < 0)
        return NULL;
    HandleObj *h = handle_new(loop, callback, args, context, false);
    if (!h || ready_push(l, h) < 0) {
        XDECREF(h);
        return NULL;
    }
    DECREF(h);                                       /* the queue keeps it */
    tl_call_soon(h);
    return h;
}

static HandleObj *call_at(LoopObj *l, double when, Obj *callback, Obj *args, Obj *context)
{
    if (check_closed(l) < 0)
        return NULL;
    HandleObj *t = handle_new((Obj *)l, callback, args, context, true);
    if (!t)
        return NULL;
    t->when = when;
    t->seq = ++timer_serial;
    if (heap_push(l, t) < 0) {
        DECREF(t);
        return NULL;
    }
    tl_timer(TR_TIMER_ADD, t);
    return t;
}

/* ---- reporting ---- */

int loop_report(Obj *loop, Obj *msg, Obj *exc, const char *key, Obj *obj)
{
    Obj *ctx = dict_new();
    int st = ctx ? dict_setitem_cstr(ctx, "message", msg) : -1;
    if (st == 0 && exc)
        st = dict_setitem_cstr(ctx, "exception", exc);
    if (st == 0 && key)
        st = dict_setitem_cstr(ctx, key, obj);
    Obj *m = st == 0 ? obj_getattr_opt(loop, str_intern_cstr("call_exception_handler")) : NULL;
    Obj *r = m ? obj_call1(m, ctx) : NULL;
    if (!m && st == 0 && !err_occurred()) {          /* a bare C loop: print it */
        rt_write_stderr(STR_DATA(msg), STR_NBYTES(msg));
        rt_write_stderr("\n", 1);
        if (exc)
            tb_print(exc);
        r = none_new();
    }
    XDECREF(m);
    XDECREF(ctx);
    if (r) {
        DECREF(r);
        return 0;
    }
    if (run_stopped() || err_matches(Exc_KeyboardInterrupt) || err_matches(Exc_SystemExit))
        return -1;
    err_clear();                                     /* the handler reports its own errors */
    return 0;
}

/* ---- tasks ---- */

Obj *loop_current_task(Obj *loop)
{
    return obj_typecheck(loop, &Loop_Type) ? LOOP(loop)->current_task : NULL;
}

int loop_enter_task(Obj *loop, Obj *task)
{
    if (!obj_typecheck(loop, &Loop_Type))
        return 0;
    LoopObj *l = LOOP(loop);
    if (l->current_task) {
        err_format(Exc_RuntimeError, "Cannot enter into task %R while another task %R is "
                   "being executed.", task, l->current_task);
        return -1;
    }
    l->current_task = NEWREF(task);
    return 0;
}

int loop_leave_task(Obj *loop, Obj *task)
{
    if (!obj_typecheck(loop, &Loop_Type))
        return 0;
    LoopObj *l = LOOP(loop);
    if (l->current_task != task) {
        err_format(Exc_RuntimeError, "Leaving task %R does not match the current task %R.",
                   task, l->current_task ? l->current_task : obj_none);
        return -1;
    }
    CLEAR(l->current_task);
    return 0;
}

/* ---- running ---- */

/* Where a pending task's coroutine stands: "main() at main.py:7". */
static Obj *coro_place(Obj *coro)
{
    if (coro && (coro->type == &Coro_Type || coro->type == &Gen_Type)) {
        GenObj *g = (GenObj *)coro;
        int line = g->frame ? frame_lineno(g->frame) : g->code->firstlineno;
        return str_from_format("%S() at %S:%d", g->qualname, g->code->filename, line);
    }
    return coro ? obj_repr(coro) : str_from_cstr("?");
}

/* What a pending task waits for, in words. */
static Obj *waited_for(TaskObj *t)
{
    Obj *w = t->fut_waiter;
    if (!w)
        return str_from_cstr("nothing (it never got to run)");
    if (TASK_CHECK(w))
        return str_from_format("%S", ((TaskObj *)w)->name);
    return str_from_format("a %s that nobody completes", w->type->name);
}

/* The loop would wait forever: one stderr line naming each waiting task
 * and what it waits on, then the run ends (loop.h). */
static int deadlock(LoopObj *l)
{
    Obj *tasks = task_all_pending((Obj *)l);
    if (!tasks)
        return -1;
    char head[200];
    int64_t n = LIST_SIZE(tasks);
    Obj *clock = float_from_double(clock_now());
    Obj *line = clock ? str_from_format("coroscope: deadlock at time %R: the event loop has "
                                        "nothing to run and no timer, and nothing can wake "
                                        "it up", clock) : NULL;
    XDECREF(clock);
    snprintf(head, sizeof head, "; %lld task%s wait%s forever", (long long)n,
             n == 1 ? "" : "s", n == 1 ? "s" : "");
    Obj *h = line && n ? str_from_cstr(head) : NULL;
    if (h) {
        Obj *joined = str_concat(line, h);
        DECREF(line);
        line = joined;
    }
    XDECREF(h);
    for (int64_t i = 0; line && i < n; i++) {
        TaskObj *t = (TaskObj *)LIST_ITEMS(tasks)[i];
        Obj *place = coro_place(t->coro), *what = waited_for(t);
        Obj *part = place && what ? str_from_format("%s %S (%S) waits for %S", i ? ";" : ":",
                                                    t->name, place, what) : NULL;
        Obj *joined = part ? str_concat(line, part) : NULL;
        XDECREF(place);
        XDECREF(what);
        XDECREF(part);
        DECREF(line);
        line = joined;
    }
    DECREF(tasks);
    if (!line)
        return -1;
    tl_deadlock(line);
    rt_write_stderr(STR_DATA(line), STR_NBYTES(line));
    rt_write_stderr("\n", 1);
    DECREF(line);
    run_stop_deadlock();
    return -1;
}

/* One iteration of the loop (BaseEventLoop._run_once).  0/-1. */
static int run_once(LoopObj *l)
{
    prune_timers(l);
    if (!l->ready_len && !l->stopping) {
        /* a timer at +inf (asyncio.sleep(float('inf'))) never fires */
        if (!l->ntimers || l->timers[0]->when == INFINITY)
            return deadlock(l);
        double now = clock_now(), when = l->timers[0]->when;
        if (when - now > MAX_SELECT_TIMEOUT) {
            /* A day at a time, as CPython's select() timeout; each day is
             * a step of the budget, so a sleep of 10**18 s ends with it. */
            if (step_charge(1) < 0)
                return -1;
            clock_advance(MAX_SELECT_TIMEOUT);
        } else {
            clock_advance_to(when);                 /* exactly the deadline */
        }
    }
    /* Due timers, with CPython's test (a timer waits while when >= end, so
     * a NaN deadline is due at once), and also every timer the clock has
     * reached: past about 2**23 s now + CLOCK_RESOLUTION rounds to now, and
     * a timer the clock was just moved to would never fire. */
    double now = clock_now(), end = now + CLOCK_RESOLUTION;
    while (l->ntimers && !(l->timers[0]->when >= end && l->timers[0]->when > now)) {
        HandleObj *t = heap_pop(l);
        int st = ready_push(l, t);
        tl_timer(TR_TIMER_FIRE, t);
        DECREF(t);
        if (st < 0)
            return -1;
    }
    tl_loop_iter(l->ready_len);
    for (size_t todo = l->ready_len; todo > 0; todo--) {
        HandleObj *h = ready_pop(l);
        int st = h->cancelled ? 0 : handle_run(h);
        DECREF(h);
        if (st < 0)
            return -1;
    }
    return 0;
}

static int check_running(LoopObj *l)
{
    if (l->running) {
        err_set(Exc_RuntimeError, "This event loop is already running");
        return -1;
    }
    if (running_loop) {
        err_set(Exc_RuntimeError, "Cannot run the event loop while another loop is running");
        return -1;
    }
    return 0;
}

static Obj *lm_run_forever(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    LoopObj *l = LOOP(self);
    if (check_closed(l) < 0 || check_running(l) < 0)
        return NULL;
    INCREF(self);
    l->running = true;
    running_loop = self;
    int st = 0;
    while (st == 0) {
        st = run_once(l);
        if (l->stopping)
            break;
    }
    l->stopping = false;
    l->running = false;
    running_loop = NULL;
    DECREF(self);
    return st < 0 ? NULL : none_new();
}

/* ---- the other methods ---- */

static Obj *lm_stop(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    LOOP(self)->stopping = true;
    return none_new();
}

static Obj *lm_time(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return float_from_double(clock_now());
}

static Obj *lm_is_running(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return bool_new(LOOP(self)->running);
}

static Obj *lm_is_closed(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return bool_new(LOOP(self)->closed);
}

static void drop_scheduled(LoopObj *l)
{
    while (l->ready_len)
        DECREF(ready_pop(l));
    while (l->ntimers) {
        HandleObj *t = l->timers[--l->ntimers];
        t->scheduled = false;
        DECREF(t);
    }
    l->timers_cancelled = 0;
}

static Obj *lm_close(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    LoopObj *l = LOOP(self);
    if (l->running)
        return err_set(Exc_RuntimeError, "Cannot close a running event loop");
    if (!l->closed) {
        l->closed = true;
        drop_scheduled(l);
    }
    return none_new();
}

static Obj *lm_get_debug(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return bool_new(LOOP(self)->debug);
}

static Obj *lm_set_debug(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    int t = obj_is_true(a[0]);
    if (t < 0)
        return NULL;
    LOOP(self)->debug = t;
    return none_new();
}

/* (callback, *args, context=None): the callback, the args tuple, the
 * context (borrowed / new). */
static int callback_args(const char *fname, Obj *const *a, size_t n, Obj *kw, size_t skip,
                         Obj **args, Obj **context)
{
    *context = NULL;
    for (size_t i = 0; i < kwnames_len(kw); i++) {
        Obj *name = TUPLE_ITEMS(kw)[i];
        if (!str_eq_cstr(name, "context")) {
            err_format(Exc_TypeError, "%s() got an unexpected keyword argument '%S'", fname, name);
            return -1;
        }
        *context = a[n + i];
    }
    if (n < skip + 1) {
        err_format(Exc_TypeError, "%s() missing %d required positional argument%s", fname,
                   (int)(skip + 1 - n), skip + 1 - n == 1 ? "" : "s");
        return -1;
    }
    *args = tuple_from_array(a + skip + 1, n - skip - 1);
    return *args ? 0 : -1;
}

static Obj *lm_call_soon(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    Obj *args, *ctx;
    if (callback_args("call_soon", a, n, kw, 0, &args, &ctx) < 0)
        return NULL;
    HandleObj *h = loop_call_soon(self, a[0], args, ctx);
    DECREF(args);
    return h ? NEWREF((Obj *)h) : NULL;
}

static Obj *lm_call_at(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    Obj *args, *ctx;
    if (callback_args("call_at", a, n, kw, 1, &args, &ctx) < 0)
        return NULL;
    double when;
    Obj *r = NULL;
    if (a[0] == obj_none)
        err_set(Exc_TypeError, "when cannot be None");
    else if (obj_as_double(a[0], &when) == 0)
        r = (Obj *)call_at(LOOP(self), when, a[1], args, ctx);
    DECREF(args);
    return r;
}

static Obj *lm_call_later(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    Obj *args, *ctx;
    if (callback_args("call_later", a, n, kw, 1, &args, &ctx) < 0)
        return NULL;
    double delay;
    Obj *r = NULL;
    if (a[0] == obj_none)
        err_set(Exc_TypeError, "delay must not be None");
    else if (obj_as_double(a[0], &delay) == 0)
        r = (Obj *)call_at(LOOP(self), clock_now() + delay, a[1], args, ctx);
    DECREF(args);
    return r;
}

static Obj *lm_create_future(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    FutureObj *f = (FutureObj *)obj_alloc(&Future_Type, 0);
    if (f)
        future_init_fields(f, self);
    return (Obj *)f;
}

/* create_task(coro, *, name=None, context=None). */
static Obj *lm_create_task(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "coro", "name", "context" };
    Obj *v[3] = { NULL, NULL, NULL };
    if (args_parse("create_task", a, n, kw, names, 3, 1, 1, v) < 0 ||
        check_closed(LOOP(self)) < 0)
        return NULL;
    Obj *argv[4] = { v[0], self, v[1] ? v[1] : obj_none, v[2] ? v[2] : obj_none };
    Obj *kwn = tuple_pack(3, str_intern_cstr("loop"), str_intern_cstr("name"),
                          str_intern_cstr("context"));
    Obj *t = kwn ? obj_call((Obj *)&Task_Type, argv, 1, kwn) : NULL;
    XDECREF(kwn);
    return t;
}

static Obj *loop_repr(Obj *o)
{
    LoopObj *l = LOOP(o);
    return str_from_format("<%s running=%s closed=%s debug=%s>", o->type->name,
                           l->running ? "True" : "False", l->closed ? "True" : "False",
                           l->debug ? "True" : "False");
}

static Obj *loop_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    LoopObj *l = (LoopObj *)obj_alloc(t, 0);
    if (l)
        l->serial = ++loop_serial;
    return (Obj *)l;
}

static int loop_init_slot(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a; (void)n; (void)kw;
    return 0;
}

static void loop_dealloc(Obj *o)
{
    LoopObj *l = LOOP(o);
    drop_scheduled(l);
    mem_free(l->ready, l->ready_cap * sizeof *l->ready);
    mem_free(l->timers, l->timers_cap * sizeof *l->timers);
    XDECREF(l->exception_handler);
    XDECREF(l->current_task);
    XDECREF(l->dict);
    obj_free(o);
}

static Obj *lg_ready(Obj *self, void *c)
{
    (void)c;
    LoopObj *l = LOOP(self);
    Obj *list = list_new(0);
    for (size_t i = 0; list && i < l->ready_len; i++)
        if (list_append(list, (Obj *)l->ready[(l->ready_head + i) % l->ready_cap]) < 0)
            CLEAR(list);
    return list;
}

static Obj *lg_scheduled(Obj *self, void *c)
{
    (void)c;
    LoopObj *l = LOOP(self);
    Obj *list = list_new(0);
    for (size_t i = 0; list && i < l->ntimers; i++)
        if (list_append(list, (Obj *)l->timers[i]) < 0)
            CLEAR(list);
    return list;
}

static const GetSetDef loop_getset[] = {
    { "_ready", lg_ready, NULL, NULL },
    { "_scheduled", lg_scheduled, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const MemberDef loop_members[] = {
    { "_stopping", MEMBER_BOOL, offsetof(LoopObj, stopping), false },
    { "_closed", MEMBER_BOOL, offsetof(LoopObj, closed), true },
    { "_exception_handler", MEMBER_OBJ, offsetof(LoopObj, exception_handler), false },
    { NULL, 0, 0, false },
};

static const MethodDef loop_methods[] = {
    { "run_forever", lm_run_forever, METH_NOARGS, NULL },
    { "stop", lm_stop, METH_NOARGS, NULL },
    { "time", lm_time, METH_NOARGS, NULL },
    { "is_running", lm_is_running, METH_NOARGS, NULL },
    { "is_closed", lm_is_closed, METH_NOARGS, NULL },
    { "close", lm_close, METH_NOARGS, NULL },
    { "get_debug", lm_get_debug, METH_NOARGS, NULL },
    { "set_debug", lm_set_debug, METH_O, NULL },
    { "call_soon", lm_call_soon, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "call_later", lm_call_later, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "call_at", lm_call_at, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "create_future", lm_create_future, METH_NOARGS, NULL },
    { "create_task", lm_create_task, METH_FASTCALL | METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

static void loop_traverse(Obj *o, GCVisitor *v)
{
    LoopObj *l = LOOP(o);
    GC_VISIT(l->dict);
    GC_VISIT(l->exception_handler);
    GC_VISIT(l->current_task);
    for (size_t i = 0; i < l->ready_len; i++)
        GC_VISIT(l->ready[(l->ready_head + i) % l->ready_cap]);
    for (size_t i = 0; i < l->ntimers; i++)
        GC_VISIT(l->timers[i]);
}

/* A garbage loop (never when it runs: the running loop is referred to by
 * the C code running it) drops what it has scheduled. */
static void loop_clear(Obj *o)
{
    LoopObj *l = LOOP(o);
    if (l->running)
        return;
    drop_scheduled(l);
    CLEAR(l->exception_handler);
    CLEAR(l->current_task);
    CLEAR(l->dict);
}

TypeObj Loop_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "BaseEventLoop",
    .traverse = loop_traverse, .clear = loop_clear,
    .basicsize = sizeof(LoopObj), .dictoffset = offsetof(LoopObj, dict),
    .flags = TPF_BASETYPE, .dealloc = loop_dealloc, .tp_new = loop_new,
    .tp_init = loop_init_slot, .repr = loop_repr, .hash = obj_default_hash,
    .methods = loop_methods, .members = loop_members, .getset = loop_getset,
};

/* ---- module functions ---- */

static Obj *f_get_running_loop(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    if (!running_loop)
        return err_set(Exc_RuntimeError, "no running event loop");
    return NEWREF(running_loop);
}

static Obj *f_get_running_loop_opt(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return running_loop ? NEWREF(running_loop) : none_new();
}

static Obj *f_set_running_loop(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)n; (void)k;
    running_loop = a[0] == obj_none ? NULL : a[0];
    return none_new();
}

/* The loop argument of current_task / all_tasks (None: the running one). */
static Obj *loop_arg(const char *fname, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "loop" };
    Obj *loop = NULL;
    if (args_parse(fname, a, n, kw, names, 1, 1, 0, &loop) < 0)
        return NULL;
    if (loop && loop != obj_none)
        return loop;
    if (!running_loop)
        return err_set(Exc_RuntimeError, "no running event loop");
    return running_loop;
}

static Obj *f_current_task(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *loop = loop_arg("current_task", a, n, kw);
    if (!loop)
        return NULL;
    Obj *t = loop_current_task(loop);
    return t ? NEWREF(t) : none_new();
}

static Obj *f_all_tasks(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *loop = loop_arg("all_tasks", a, n, kw);
    Obj *l = loop ? task_all_pending(loop) : NULL;
    Obj *s = l ? set_new(l) : NULL;
    XDECREF(l);
    return s;
}

/* _all_tasks_list(loop): the pending tasks in creation order (the
 * shutdown cancels them in this order, deterministically). */
static Obj *f_all_tasks_list(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *loop = loop_arg("_all_tasks_list", a, n, kw);
    return loop ? task_all_pending(loop) : NULL;
}

static Obj *f_enter_task(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)k;
    if (args_count("_enter_task", n, 2, 2) < 0 || loop_enter_task(a[0], a[1]) < 0)
        return NULL;
    return none_new();
}

static Obj *f_leave_task(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)k;
    if (args_count("_leave_task", n, 2, 2) < 0 || loop_leave_task(a[0], a[1]) < 0)
        return NULL;
    return none_new();
}

/* _set_helpers(callback_source, future_repr, task_repr, get_event_loop):
 * the Python functions of asyncio the C half calls. */
static Obj *f_set_helpers(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)k;
    if (args_count("_set_helpers", n, 4, 4) < 0)
        return NULL;
    Obj **slots[] = { &helper_callback_source, &helper_future_repr, &helper_task_repr,
                      &helper_get_event_loop };
    for (size_t i = 0; i < 4; i++) {
        XDECREF(*slots[i]);
        *slots[i] = NEWREF(a[i]);
    }
    return none_new();
}

/* _print_exception(exc): its traceback on stderr, as an uncaught one. */
static Obj *f_print_exception(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)n; (void)k;
    if (EXC_CHECK(a[0]))
        tb_print(a[0]);
    return none_new();
}

/* _clock(): the virtual clock. */
static Obj *f_clock(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)self; (void)a; (void)n; (void)k;
    return float_from_double(clock_now());
}

const MethodDef loop_module_functions[] = {
    { "get_running_loop", f_get_running_loop, METH_NOARGS, NULL },
    { "_get_running_loop", f_get_running_loop_opt, METH_NOARGS, NULL },
    { "_set_running_loop", f_set_running_loop, METH_O, NULL },
    { "current_task", f_current_task, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "all_tasks", f_all_tasks, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "_all_tasks_list", f_all_tasks_list, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "_enter_task", f_enter_task, METH_FASTCALL, NULL },
    { "_leave_task", f_leave_task, METH_FASTCALL, NULL },
    { "_set_helpers", f_set_helpers, METH_FASTCALL, NULL },
    { "_print_exception", f_print_exception, METH_O, NULL },
    { "_clock", f_clock, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- callbacks in words ---- */

Obj *callback_repr(Obj *callback, Obj *args)
{
    if (helper_callback_source)
        return obj_call2(helper_callback_source, callback, args ? args : obj_empty_tuple);
    Obj *r = obj_repr(callback);
    Obj *s = r ? str_from_format("%S()", r) : NULL;
    XDECREF(r);
    return s;
}

Obj *callback_source_repr(Obj *callback, Obj *args) { return callback_repr(callback, args); }

/* ---- start-up ---- */

/* An exception class of asyncio.exceptions. */
static TypeObj *exc_class(const char *name, TypeObj *base)
{
    Obj *n = str_from_cstr(name);
    Obj *bases = n ? tuple_pack(1, (Obj *)base) : NULL;
    Obj *ns = bases ? dict_new() : NULL;
    Obj *mod = ns ? str_from_cstr("asyncio.exceptions") : NULL;
    Obj *cls = NULL;
    if (mod && dict_setitem(ns, ID(__module__), mod) == 0)
        cls = class_new(n, bases, ns);
    XDECREF(n);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    if (cls)
        cls->refcnt = OBJ_IMMORTAL;
    return (TypeObj *)cls;
}

int loop_init(void)
{
    TypeObj *ts[] = { &Loop_Type, &Future_Type, &Task_Type, &Handle_Type, &TimerHandle_Type,
                      &FutureIter_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    if (!Exc_CancelledError && !(Exc_CancelledError = exc_class("CancelledError",
                                                                Exc_BaseException)))
        return -1;
    if (!Exc_InvalidStateError && !(Exc_InvalidStateError = exc_class("InvalidStateError",
                                                                      Exc_Exception)))
        return -1;
    return 0;
}

void loop_reset(void)
{
    running_loop = NULL;
    loop_serial = 0;
    timer_serial = 0;
    clock_reset();
    task_registry_reset();
    future_reset_serials();
    CLEAR(helper_callback_source);
    CLEAR(helper_future_repr);
    CLEAR(helper_task_repr);
    CLEAR(helper_get_event_loop);
}
