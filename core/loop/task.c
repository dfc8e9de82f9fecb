/* task.c - asyncio.Task in C (CPython's _asyncio.Task): a Future that
 * drives a coroutine.  Each step (Task.__step) sends None into the
 * coroutine, or throws an exception in, through the one resume primitive
 * (gen_resume), and looks at what it yielded: a Future with
 * _asyncio_future_blocking set is waited for (a done callback wakes the
 * task up), a bare None means "run me again soon", anything else is an
 * error thrown back in at the next step.  Cancellation: cancel() cancels
 * the future it waits on, or throws CancelledError in at its next step.
 *
 * Global state: the registry of live tasks (a list in creation order,
 * linked through the tasks, borrowed) and the "Task-N" counter.
 */
#include "loop/loop_internal.h"

#include <string.h>

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/context.h"
#include "vm/generator.h"
#include "vm/trace.h"

static TaskObj *oldest, *newest; /* live tasks, creation order (borrowed) */
static uint64_t task_name_counter;

static void register_task(TaskObj *t)
{
    t->older = newest;
    t->newer = NULL;
    if (newest)
        newest->newer = t;
    else
        oldest = t;
    newest = t;
}

static void unregister_task(TaskObj *t)
{
    if (t->older)
        t->older->newer = t->newer;
    else if (oldest == t)
        oldest = t->newer;
    if (t->newer)
        t->newer->older = t->older;
    else if (newest == t)
        newest = t->older;
    t->older = t->newer = NULL;
}

void task_registry_reset(void)
{
    while (oldest)
        unregister_task(oldest);
    task_name_counter = 0;
}

TaskObj *loop_first_task(void) { return oldest; }

Obj *task_all_pending(Obj *loop)
{
    Obj *l = list_new(0);
    for (TaskObj *t = oldest; l && t; t = t->newer)
        if ((!loop || t->fut.loop == loop) && t->fut.state == FUT_PENDING &&
            list_append(l, (Obj *)t) < 0)
            CLEAR(l);
    return l;
}

/* asyncio.iscoroutine: a coroutine, a generator, or an object with the
 * methods of collections.abc.Coroutine. */
static bool is_coroutine(Obj *o)
{
    if (o->type == &Coro_Type || o->type == &Gen_Type)
        return true;
    static const char *const needed[] = { "send", "throw", "close", "__await__" };
    for (size_t i = 0; i < 4; i++) {
        Obj *n = str_intern_cstr(needed[i]);
        Obj *found = n ? type_lookup(o->type, n) : NULL;
        XDECREF(n);
        if (!found)
            return false;
    }
    return true;
}

/* ---- the step ---- */

static Obj *step_meth(Obj *self, Obj *const *a, size_t n, Obj *k);
static Obj *wakeup_meth(Obj *self, Obj *const *a, size_t n, Obj *k);
static const MethodDef step_def = { "task_step", step_meth, METH_FASTCALL, NULL };
static const MethodDef wakeup_def = { "task_wakeup", wakeup_meth, METH_O, NULL };

/* call_soon(self.__step[, exc]). */
static int schedule_step(TaskObj *t, Obj *exc)
{
    Obj *cb = cfunc_new(&step_def, (Obj *)t, NULL);
    Obj *args = cb && exc ? tuple_pack(1, exc) : NULL;
    HandleObj *h = cb && (args || !exc) ? loop_call_soon(t->fut.loop, cb, args, t->context) : NULL;
    XDECREF(cb);
    XDECREF(args);
    return h ? 0 : -1;
}

/* Schedules a step that throws RuntimeError(msg) in (the task misused
 * what it yielded). */
static int schedule_error(TaskObj *t, Obj *msg)
{
    if (!msg)
        return -1;
    Obj *e = exc_new(Exc_RuntimeError, &msg, 1);
    DECREF(msg);
    int st = e ? schedule_step(t, e) : -1;
    XDECREF(e);
    return st;
}

/* The task yielded a future with _asyncio_future_blocking set: wait for
 * it (or complain). */
static int wait_on(TaskObj *t, Obj *fut)
{
    if (fut == (Obj *)t)
        return schedule_error(t, str_from_format("Task cannot await on itself: %R", (Obj *)t));
    if (FUTURE_CHECK(fut)) {
        FutureObj *w = (FutureObj *)fut;
        w->blocking = false;
        Obj *cb = cfunc_new(&wakeup_def, (Obj *)t, NULL);
        int st = cb ? future_add_callback(w, cb, t->context) : -1;
        XDECREF(cb);
        if (st < 0)
            return -1;
    } else {
        Obj *no = NEWREF(obj_false), *cb = cfunc_new(&wakeup_def, (Obj *)t, NULL);
        int st = obj_setattr(fut, str_intern_cstr("_asyncio_future_blocking"), no);
        DECREF(no);
        Obj *m = st == 0 && cb ? obj_getattr_cstr(fut, "add_done_callback") : NULL;
        Obj *kwn = m ? tuple_pack(1, ID(context)) : NULL;
        Obj *argv[2] = { cb, t->context };
        Obj *r = kwn ? obj_call(m, argv, 1, kwn) : NULL;
        XDECREF(kwn);
        XDECREF(m);
        XDECREF(cb);
        if (!r)
            return -1;
        DECREF(r);
    }
    XDECREF(t->fut_waiter);
    t->fut_waiter = NEWREF(fut);
    tl_task_wait(t, fut);
    if (t->must_cancel) {
        Obj *m = obj_getattr_cstr(fut, "cancel");
        Obj *msg = t->fut.cancel_message ? t->fut.cancel_message : obj_none;
        Obj *r = m ? obj_call1(m, msg) : NULL;
        XDECREF(m);
        if (!r)
            return -1;
        int ok = obj_is_true(r);
        DECREF(r);
        if (ok < 0)
            return -1;
        if (ok)
            t->must_cancel = false;
    }
    return 0;
}

/* The loop a yielded future belongs to (futures._get_loop). */
static Obj *loop_of(Obj *fut)
{
    if (FUTURE_CHECK(fut))
        return ((FutureObj *)fut)->loop ? NEWREF(((FutureObj *)fut)->loop) : none_new();
    Obj *m = obj_getattr_opt(fut, str_intern_cstr("get_loop"));
    if (m) {
        Obj *r = obj_call0(m);
        DECREF(m);
        return r;
    }
    return err_occurred() ? NULL : obj_getattr_cstr(fut, "_loop");
}

/* What the coroutine yielded decides the next step (Task.__step's else). */
static int after_yield(TaskObj *t, Obj *y)
{
    if (y == obj_none)                       /* a bare yield: run again soon */
        return schedule_step(t, NULL);
    Obj *blocking = FUTURE_CHECK(y) ? bool_new(((FutureObj *)y)->blocking)
                                    : obj_getattr_opt(y, str_intern_cstr("_asyncio_future_blocking"));
    if (!blocking && err_occurred())
        return -1;
    if (blocking && blocking != obj_none) {
        int b = obj_is_true(blocking);
        DECREF(blocking);
        Obj *floop = b < 0 ? NULL : loop_of(y);
        if (!floop)
            return -1;
        bool same = floop == t->fut.loop;
        DECREF(floop);
        if (!same)
            return schedule_error(t, str_from_format("Task %R got Future %R attached to a "
                                                     "different loop", (Obj *)t, y));
        if (b)
            return wait_on(t, y);
        return schedule_error(t, str_from_format("yield was used instead of yield from in "
                                                 "task %R with %R", (Obj *)t, y));
    }
    XDECREF(blocking);
    if (y->type == &Gen_Type)
        return schedule_error(t, str_from_format("yield was used instead of yield from for "
                                                 "generator in task %R with %R", (Obj *)t, y));
    return schedule_error(t, str_from_format("Task got bad yield: %R", y));
}

/* Sends None (exc NULL) or throws exc into the coroutine: 0 it yielded
 * (*out), 1 it returned (*out), -1 it raised (pending). */
static int resume_coro(TaskObj *t, Obj *exc, Obj **out)
{
    Obj *c = t->coro;
    if (c->type == &Coro_Type || c->type == &Gen_Type) {
        GenResult r = gen_resume((GenObj *)c, exc ? NULL : obj_none, exc, out,
                                 exc ? GV_THROW : GV_SEND);
        return r == GEN_YIELD ? 0 : r == GEN_RETURN ? 1 : -1;
    }
    Obj *arg = exc ? exc : obj_none;
    *out = obj_call_method(c, exc ? ID(throw) : ID(send), &arg, 1);
    if (*out)
        return 0;
    if (!err_matches(Exc_StopIteration))
        return -1;
    Obj *e = err_fetch();
    *out = NEWREF(exc_stopiteration_value(e));
    DECREF(e);
    return 1;
}

/* The coroutine raised e (owned): the task ends with it.  -1 when it must
 * propagate (KeyboardInterrupt, SystemExit). */
static int after_raise(TaskObj *t, Obj *e)
{
    FutureObj *f = &t->fut;
    if (exc_matches(e, (Obj *)Exc_CancelledError)) {
        XDECREF(f->cancelled_exc);
        f->cancelled_exc = e;                  /* Future.cancel(self) */
        return future_cancel(f, NULL) < 0 ? -1 : 0;
    }
    bool fatal = exc_matches(e, (Obj *)Exc_KeyboardInterrupt) ||
                 exc_matches(e, (Obj *)Exc_SystemExit);
    int st = future_set_exception(f, e);
    if (fatal && st == 0) {
        err_restore(e);
        return -1;
    }
    DECREF(e);
    return st;
}

int task_step(TaskObj *t, Obj *exc)
{
    FutureObj *f = &t->fut;
    if (f->state != FUT_PENDING) {
        Obj *e = exc ? exc : obj_none;
        err_format(Exc_InvalidStateError, "_step(): already done: %R, %R", (Obj *)t, e);
        return -1;
    }
    Obj *owned = NULL;
    if (t->must_cancel) {
        if (!exc || !exc_matches(exc, (Obj *)Exc_CancelledError)) {
            if (!(owned = future_cancelled_error(f)))
                return -1;
            exc = owned;
        }
        t->must_cancel = false;
    }
    CLEAR(t->fut_waiter);
    Obj *loop = NEWREF(f->loop);
    INCREF(t);
    int st = loop_enter_task(loop, (Obj *)t);
    if (st == 0) {
        Obj *out = NULL;
        tl_task_step(t, exc);
        const char *saved = trace_resumer;
        FrameObj *saved_frame = trace_resumer_frame;
        trace_resumer = t->name ? STR_DATA(t->name) : "Task";
        trace_resumer_frame = ev.frame;
        int r = resume_coro(t, exc, &out);
        trace_resumer = saved;
        trace_resumer_frame = saved_frame;
        if (r < 0 && run_stopped())
            st = -1;                              /* the run ends: no more steps */
        else if (r < 0)
            st = after_raise(t, err_fetch());
        else if (r == 1 && t->must_cancel) {
            t->must_cancel = false;
            st = future_cancel(f, f->cancel_message) < 0 ? -1 : 0;
        } else if (r == 1) {
            st = future_set_result(f, out);
        } else {
            st = after_yield(t, out);
        }
        XDECREF(out);
        Obj *pending = st < 0 ? err_fetch() : NULL;
        if (loop_leave_task(loop, (Obj *)t) < 0 && !pending)
            st = -1;
        else if (pending)
            err_restore(pending);
    }
    DECREF(t);
    DECREF(loop);
    XDECREF(owned);
    return st;
}

/* task_step bound to a task, scheduled by call_soon. */
static Obj *step_meth(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    return task_step((TaskObj *)self, n ? a[0] : NULL) < 0 ? NULL : none_new();
}

/* The future the task waited on is done: step with its result's
 * exception, if any (Task.__wakeup). */
static Obj *wakeup_meth(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    Obj *fut = a[0], *r;
    if (FUTURE_CHECK(fut))
        r = future_result((FutureObj *)fut);
    else
        r = obj_call_method(fut, str_intern_cstr("result"), NULL, 0);
    if (!r && run_stopped())
        return NULL;
    Obj *e = r ? NULL : err_fetch();
    XDECREF(r);
    int st = task_step((TaskObj *)self, e);
    XDECREF(e);
    return st < 0 ? NULL : none_new();
}

/* ---- Python methods ---- */

#define TASK(o) ((TaskObj *)(o))

static int task_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "coro", "loop", "name", "context" };
    Obj *v[4] = { NULL, NULL, NULL, NULL };
    if (args_parse("Task", a, n, kw, names, 4, 1, 1, v) < 0)
        return -1;
    TaskObj *t = TASK(self);
    Obj *loop = v[1] && v[1] != obj_none ? NEWREF(v[1]) : future_default_loop();
    if (!loop)
        return -1;
    future_init_fields(&t->fut, loop);
    DECREF(loop);
    t->fut.is_task = true;
    if (!is_coroutine(v[0])) {
        t->log_destroy_pending = false;
        err_format(Exc_TypeError, "a coroutine was expected, got %R", v[0]);
        return -1;
    }
    t->log_destroy_pending = true;
    XDECREF(t->name);
    t->name = v[2] && v[2] != obj_none ? obj_str(v[2])
            : str_from_format("Task-%llu", (unsigned long long)++task_name_counter);
    if (!t->name)
        return -1;
    XDECREF(t->coro);
    t->coro = NEWREF(v[0]);
    XDECREF(t->context);
    t->context = v[3] && v[3] != obj_none ? NEWREF(v[3]) : ctx_copy_current();
    if (!t->context)
        return -1;
    register_task(t);
    tl_task_create(t);
    return schedule_step(t, NULL);
}

static Obj *tm_get_coro(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return TASK(self)->coro ? NEWREF(TASK(self)->coro) : none_new();
}

static Obj *tm_get_name(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return TASK(self)->name ? NEWREF(TASK(self)->name) : none_new();
}

static Obj *tm_set_name(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    Obj *s = obj_str(a[0]);
    if (!s)
        return NULL;
    XDECREF(TASK(self)->name);
    TASK(self)->name = s;
    return none_new();
}

static Obj *tm_get_context(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return NEWREF(TASK(self)->context ? TASK(self)->context : obj_none);
}

/* Task.cancel(msg=None): cancels the future it waits on, or arranges for
 * CancelledError to be thrown in at its next step. */
static Obj *tm_cancel(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "msg" };
    Obj *msg = NULL;
    if (args_parse("cancel", a, n, kw, names, 1, 1, 0, &msg) < 0)
        return NULL;
    TaskObj *t = TASK(self);
    t->fut.log_tb = false;
    if (t->fut.state != FUT_PENDING)
        return bool_new(false);
    t->num_cancels_requested++;
    tl_task_cancel(t, msg);
    if (t->fut_waiter) {
        Obj *m = obj_getattr_cstr(t->fut_waiter, "cancel");
        Obj *arg = msg ? msg : obj_none;
        Obj *kwn = m ? tuple_pack(1, str_intern_cstr("msg")) : NULL;
        Obj *r = kwn ? obj_call(m, &arg, 0, kwn) : NULL;
        XDECREF(kwn);
        XDECREF(m);
        if (!r)
            return NULL;
        int ok = obj_is_true(r);
        DECREF(r);
        if (ok < 0)
            return NULL;
        if (ok)
            return bool_new(true);
    }
    t->must_cancel = true;
    XDECREF(t->fut.cancel_message);
    t->fut.cancel_message = msg && msg != obj_none ? NEWREF(msg) : NULL;
    return bool_new(true);
}

static Obj *tm_cancelling(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return int_from_i64(TASK(self)->num_cancels_requested);
}

static Obj *tm_uncancel(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    TaskObj *t = TASK(self);
    if (t->num_cancels_requested > 0)
        t->num_cancels_requested--;
    return int_from_i64(t->num_cancels_requested);
}

/* get_stack(): the suspended coroutine's frame, or the traceback's
 * frames of the exception it ended with (base_tasks._task_get_stack). */
static Obj *tm_get_stack(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "limit" };
    Obj *limit = NULL;
    if (args_parse("get_stack", a, n, kw, names, 1, 0, 0, &limit) < 0)
        return NULL;
    TaskObj *t = TASK(self);
    Obj *l = list_new(0);
    if (!l)
        return NULL;
    if (t->coro && (t->coro->type == &Coro_Type || t->coro->type == &Gen_Type) &&
        ((GenObj *)t->coro)->frame && list_append(l, (Obj *)((GenObj *)t->coro)->frame) < 0)
        CLEAR(l);
    else if (l && LIST_SIZE(l) == 0 && t->fut.exception)
        for (Obj *tb = ((ExcObj *)t->fut.exception)->traceback; l && tb;
             tb = ((TracebackObj *)tb)->next)
            if (list_append(l, (Obj *)((TracebackObj *)tb)->frame) < 0)
                CLEAR(l);
    return l;
}

static const MethodDef task_methods[] = {
    { "get_coro", tm_get_coro, METH_NOARGS, NULL },
    { "get_name", tm_get_name, METH_NOARGS, NULL },
    { "set_name", tm_set_name, METH_O, NULL },
    { "get_context", tm_get_context, METH_NOARGS, NULL },
    { "cancel", tm_cancel, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "cancelling", tm_cancelling, METH_NOARGS, NULL },
    { "uncancel", tm_uncancel, METH_NOARGS, NULL },
    { "get_stack", tm_get_stack, METH_FASTCALL | METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

static const MemberDef task_members[] = {
    { "_coro", MEMBER_OBJ, offsetof(TaskObj, coro), true },
    { "_fut_waiter", MEMBER_OBJ, offsetof(TaskObj, fut_waiter), true },
    { "_must_cancel", MEMBER_BOOL, offsetof(TaskObj, must_cancel), true },
    { "_log_destroy_pending", MEMBER_BOOL, offsetof(TaskObj, log_destroy_pending), false },
    { NULL, 0, 0, false },
};

static Obj *task_new(TypeObj *type, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return obj_alloc(type, 0);
}

/* A task dropped while pending says so (TaskObj_finalize), then what a
 * future says. */
static void task_finalize(Obj *o)
{
    TaskObj *t = TASK(o);
    if (t->fut.state == FUT_PENDING && t->log_destroy_pending && t->fut.loop && !run_stopped()) {
        Obj *saved = err_fetch();
        Obj *msg = str_from_cstr("Task was destroyed but it is pending!");
        if (msg)
            loop_report(t->fut.loop, msg, NULL, "task", o);
        XDECREF(msg);
        err_clear();
        err_restore(saved);
    }
    future_finalize(&t->fut);
}

static void task_dealloc(Obj *o)
{
    TaskObj *t = TASK(o);
    unregister_task(t);
    if (obj_finalize_from_dealloc(o)) {
        register_task(t);                        /* resurrected */
        err_clear();
        return;
    }
    CLEAR(t->coro);
    CLEAR(t->name);
    CLEAR(t->fut_waiter);
    CLEAR(t->context);
    future_clear(&t->fut);
    obj_free(o);
}

static void task_traverse(Obj *o, GCVisitor *v)
{
    TaskObj *t = TASK(o);
    GC_VISIT(t->coro);
    GC_VISIT(t->name);
    GC_VISIT(t->fut_waiter);
    GC_VISIT(t->context);
    future_traverse(o, v);
}

static void task_clear(Obj *o)
{
    TaskObj *t = TASK(o);
    CLEAR(t->coro);
    CLEAR(t->fut_waiter);
    CLEAR(t->context);
    future_clear(&t->fut);
}

TypeObj Task_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Task", .base = &Future_Type,
    .basicsize = sizeof(TaskObj), .dictoffset = offsetof(TaskObj, fut.dict),
    .flags = TPF_BASETYPE, .dealloc = task_dealloc, .tp_new = task_new,
    .traverse = task_traverse, .clear = task_clear, .finalize = task_finalize,
    .tp_init = task_init, .hash = obj_default_hash,
    .methods = task_methods, .members = task_members,
};
