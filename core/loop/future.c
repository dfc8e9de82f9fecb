/* future.c - asyncio.Future in C (CPython's _asyncio.Future): a result
 * that is not there yet.  States PENDING, CANCELLED, FINISHED; done
 * callbacks scheduled on the loop with call_soon when it completes; an
 * exception nobody retrieved is reported when the future is dropped
 * ("Future exception was never retrieved"), as CPython's reference
 * counting reports it.  `await future` goes through FutureIter: the first
 * step yields the future itself with _asyncio_future_blocking set (the
 * Task handshake), the next returns its result.
 *
 * Global state: the serial counter (futures and tasks share it), the
 * registry of live futures and tasks (a list in creation order, linked
 * through them, borrowed), the repr helpers registered by the asyncio
 * module.
 */
#include "loop/loop_internal.h"

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/context.h"
#include "vm/trace.h"

Obj *helper_callback_source, *helper_future_repr, *helper_task_repr, *helper_get_event_loop;

static uint32_t future_serial;
static FutureObj *oldest, *newest;   /* live futures and tasks, creation order */

void future_next_serial(FutureObj *f) { f->serial = ++future_serial; }

static void register_future(FutureObj *f)
{
    f->older = newest;
    f->newer = NULL;
    if (newest)
        newest->newer = f;
    else
        oldest = f;
    newest = f;
    f->registered = true;
}

static void unregister_future(FutureObj *f)
{
    if (!f->registered)
        return;
    if (f->older)
        f->older->newer = f->newer;
    else
        oldest = f->newer;
    if (f->newer)
        f->newer->older = f->older;
    else
        newest = f->older;
    f->older = f->newer = NULL;
    f->registered = false;
}

FutureObj *loop_first_future(void) { return oldest; }

static const char *const state_names[] = { "PENDING", "CANCELLED", "FINISHED" };

Obj *future_default_loop(void)
{
    Obj *loop = loop_running();
    if (loop)
        return NEWREF(loop);
    if (!helper_get_event_loop)
        return err_set(Exc_RuntimeError, "no running event loop");
    return obj_call0(helper_get_event_loop);
}

void future_init_fields(FutureObj *f, Obj *loop)
{
    XDECREF(f->loop);
    f->loop = NEWREF(loop);
    f->state = FUT_PENDING;
    if (!f->serial)
        future_next_serial(f);
    if (!f->registered)
        register_future(f);
}

/* ---- completion ---- */

/* Schedules every done callback with call_soon(fn, self, context=ctx) and
 * forgets them (Future.__schedule_callbacks). */
static int schedule_callbacks(FutureObj *f)
{
    Obj *cb0 = f->cb0, *ctx0 = f->ctx0, *rest = f->callbacks;
    f->cb0 = f->ctx0 = f->callbacks = NULL;
    int st = 0;
    Obj *args = cb0 || rest ? tuple_pack(1, (Obj *)f) : NULL;
    if ((cb0 || rest) && !args)
        st = -1;
    if (st == 0 && cb0 && !loop_call_soon(f->loop, cb0, args, ctx0))
        st = -1;
    for (size_t i = 0; st == 0 && rest && i < LIST_SIZE(rest); i++) {
        Obj *pair = LIST_ITEMS(rest)[i];
        if (!loop_call_soon(f->loop, TUPLE_ITEMS(pair)[0], args, TUPLE_ITEMS(pair)[1]))
            st = -1;
    }
    XDECREF(args);
    XDECREF(cb0);
    XDECREF(ctx0);
    XDECREF(rest);
    return st;
}

/* set_result / set_exception on a done future (_asyncio's message). */
static Obj *invalid_state(FutureObj *f)
{
    (void)f;
    return err_set(Exc_InvalidStateError, "invalid state");
}

int future_set_result(FutureObj *f, Obj *result)
{
    if (f->state != FUT_PENDING) {
        invalid_state(f);
        return -1;
    }
    f->result = NEWREF(result);
    f->state = FUT_FINISHED;
    tl_future_done(f);
    return schedule_callbacks(f);
}

int future_set_exception(FutureObj *f, Obj *exc)
{
    if (f->state != FUT_PENDING) {
        invalid_state(f);
        return -1;
    }
    Obj *inst = NULL;
    if (TYPE_CHECK(exc)) {
        if (!(inst = obj_call0(exc)))
            return -1;
        exc = inst;
    }
    if (!EXC_CHECK(exc)) {
        XDECREF(inst);
        err_set(Exc_TypeError, "invalid exception object");
        return -1;
    }
    if (exc->type == Exc_StopIteration) {
        XDECREF(inst);
        err_set(Exc_TypeError, "StopIteration interacts badly with generators and cannot "
                "be raised into a Future");
        return -1;
    }
    f->exception = NEWREF(exc);
    Obj *tb = ((ExcObj *)exc)->traceback;
    f->exception_tb = tb ? NEWREF(tb) : NULL;
    XDECREF(inst);
    f->state = FUT_FINISHED;
    tl_future_done(f);
    int st = schedule_callbacks(f);
    f->log_tb = true;
    return st;
}

int future_cancel(FutureObj *f, Obj *msg)
{
    f->log_tb = false;
    if (f->state != FUT_PENDING)
        return 0;
    f->state = FUT_CANCELLED;
    XDECREF(f->cancel_message);
    f->cancel_message = msg && msg != obj_none ? NEWREF(msg) : NULL;
    tl_future_done(f);
    return schedule_callbacks(f) < 0 ? -1 : 1;
}

int future_add_callback(FutureObj *f, Obj *fn, Obj *ctx)
{
    if (f->state != FUT_PENDING) {
        Obj *args = tuple_pack(1, (Obj *)f);
        HandleObj *h = args ? loop_call_soon(f->loop, fn, args, ctx) : NULL;
        XDECREF(args);
        return h ? 0 : -1;
    }
    /* no context: a copy of the current one, as _asyncio's Future */
    Obj *c = ctx && ctx != obj_none ? NEWREF(ctx) : ctx_copy_current();
    if (!c)
        return -1;
    if (!f->cb0 && !f->callbacks) {
        f->cb0 = NEWREF(fn);
        f->ctx0 = c;
        return 0;
    }
    Obj *pair = f->callbacks || (f->callbacks = list_new(0)) ? tuple_pack(2, fn, c) : NULL;
    int st = pair ? list_append(f->callbacks, pair) : -1;
    XDECREF(pair);
    DECREF(c);
    return st;
}

Obj *future_cancelled_error(FutureObj *f)
{
    if (f->cancelled_exc) {
        Obj *e = f->cancelled_exc;
        f->cancelled_exc = NULL;
        return e;
    }
    Obj *msg = f->cancel_message;
    return msg ? exc_new(Exc_CancelledError, &msg, 1) : exc_new(Exc_CancelledError, NULL, 0);
}

/* Raises the CancelledError of a cancelled future; NULL.  (err_set_exc
 * takes a borrowed exception: the new reference is dropped here.) */
static Obj *raise_cancelled(FutureObj *f)
{
    Obj *e = future_cancelled_error(f);
    if (e) {
        err_set_exc(e);
        DECREF(e);
    }
    return NULL;
}

Obj *future_result(FutureObj *f)
{
    if (f->state == FUT_CANCELLED)
        return raise_cancelled(f);
    if (f->state != FUT_FINISHED)
        return err_set(Exc_InvalidStateError, "Result is not set.");
    f->log_tb = false;
    if (f->exception) {
        ExcObj *e = (ExcObj *)f->exception;        /* with_traceback(saved tb) */
        Obj *old = e->traceback;
        e->traceback = XNEWREF(f->exception_tb);
        XDECREF(old);
        err_restore(NEWREF(f->exception));
        return NULL;
    }
    return NEWREF(f->result);
}

/* ---- Python methods ---- */

#define FUT(o) ((FutureObj *)(o))

static int future_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "loop" };
    Obj *loop_arg = NULL;
    if (args_parse("Future", a, n, kw, names, 1, 0, 0, &loop_arg) < 0)
        return -1;
    Obj *loop = loop_arg && loop_arg != obj_none ? NEWREF(loop_arg) : future_default_loop();
    if (!loop)
        return -1;
    future_init_fields(FUT(self), loop);
    DECREF(loop);
    return 0;
}

static Obj *future_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return obj_alloc(t, 0);
}

static Obj *fm_result(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return future_result(FUT(self));
}

static Obj *fm_exception(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    FutureObj *f = FUT(self);
    if (f->state == FUT_CANCELLED)
        return raise_cancelled(f);
    if (f->state != FUT_FINISHED)
        return err_set(Exc_InvalidStateError, "Exception is not set.");
    f->log_tb = false;
    return f->exception ? NEWREF(f->exception) : none_new();
}

static Obj *fm_set_result(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    if (TASK_CHECK(self))
        return err_set(Exc_RuntimeError, "Task does not support set_result operation");
    return future_set_result(FUT(self), a[0]) < 0 ? NULL : none_new();
}

static Obj *fm_set_exception(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    if (TASK_CHECK(self))
        return err_set(Exc_RuntimeError, "Task does not support set_exception operation");
    return future_set_exception(FUT(self), a[0]) < 0 ? NULL : none_new();
}

static Obj *fm_cancel(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "msg" };
    Obj *msg = NULL;
    if (args_parse("cancel", a, n, kw, names, 1, 1, 0, &msg) < 0)
        return NULL;
    int r = future_cancel(FUT(self), msg);
    return r < 0 ? NULL : bool_new(r == 1);
}

static Obj *fm_cancelled(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return bool_new(FUT(self)->state == FUT_CANCELLED);
}

static Obj *fm_done(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return bool_new(FUT(self)->state != FUT_PENDING);
}

static Obj *fm_get_loop(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    if (!FUT(self)->loop)
        return err_set(Exc_RuntimeError, "Future object is not initialized.");
    return NEWREF(FUT(self)->loop);
}

static Obj *fm_add_done_callback(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    static const char *const names[] = { "fn", "context" };
    Obj *v[2] = { NULL, NULL };
    if (args_parse("add_done_callback", a, n, kw, names, 2, 1, 1, v) < 0)
        return NULL;
    if (!FUT(self)->loop)
        return err_set(Exc_RuntimeError, "Future object is not initialized.");
    return future_add_callback(FUT(self), v[0], v[1]) < 0 ? NULL : none_new();
}

static Obj *fm_remove_done_callback(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    FutureObj *f = FUT(self);
    int64_t removed = 0;
    if (f->cb0) {
        int eq = obj_compare_bool(f->cb0, a[0], CMP_EQ);
        if (eq < 0)
            return NULL;
        if (eq) {
            CLEAR(f->cb0);
            CLEAR(f->ctx0);
            removed++;
        }
    }
    if (f->callbacks) {
        Obj *keep = list_new(0);
        if (!keep)
            return NULL;
        for (size_t i = 0; i < LIST_SIZE(f->callbacks); i++) {
            Obj *pair = LIST_ITEMS(f->callbacks)[i];
            int eq = obj_compare_bool(TUPLE_ITEMS(pair)[0], a[0], CMP_EQ);
            if (eq < 0 || (!eq && list_append(keep, pair) < 0)) {
                DECREF(keep);
                return NULL;
            }
            removed += eq;
        }
        Obj *old = f->callbacks;
        f->callbacks = keep;
        DECREF(old);
    }
    return int_from_i64(removed);
}

static Obj *fm_make_cancelled_error(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return future_cancelled_error(FUT(self));
}

static Obj *fm_await(Obj *self, Obj *const *a, size_t n, Obj *k);

/* ---- attributes ---- */

static Obj *fg_blocking(Obj *self, void *c)
{
    (void)c;
    return bool_new(FUT(self)->blocking);
}

static int fs_blocking(Obj *self, Obj *v, void *c)
{
    (void)c;
    if (!v) {
        err_set(Exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    int t = obj_is_true(v);
    if (t < 0)
        return -1;
    FUT(self)->blocking = t;
    return 0;
}

static Obj *fg_state(Obj *self, void *c)
{
    (void)c;
    return str_from_cstr(state_names[FUT(self)->state]);
}

static Obj *fg_log_traceback(Obj *self, void *c)
{
    (void)c;
    return bool_new(FUT(self)->log_tb);
}

static int fs_log_traceback(Obj *self, Obj *v, void *c)
{
    (void)c;
    int t = v ? obj_is_true(v) : -1;
    if (t < 0) {
        if (!v)
            err_set(Exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (t) {
        err_set(Exc_ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    FUT(self)->log_tb = false;
    return 0;
}

/* _callbacks: a list of (fn, context) pairs, or None (as _asyncio). */
static Obj *fg_callbacks(Obj *self, void *c)
{
    (void)c;
    FutureObj *f = FUT(self);
    if (!f->cb0 && !f->callbacks)
        return none_new();
    Obj *l = list_new(0);
    if (!l)
        return NULL;
    if (f->cb0) {
        Obj *pair = tuple_pack(2, f->cb0, f->ctx0 ? f->ctx0 : obj_none);
        if (!pair || list_append(l, pair) < 0) {
            XDECREF(pair);
            DECREF(l);
            return NULL;
        }
        DECREF(pair);
    }
    if (f->callbacks && list_extend(l, f->callbacks) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

static Obj *fg_source_traceback(Obj *self, void *c)
{
    (void)self; (void)c;
    return none_new();
}

static Obj *fg_serial(Obj *self, void *c)
{
    (void)c;
    return int_from_i64(FUT(self)->serial);
}

static const GetSetDef future_getset[] = {
    { "_asyncio_future_blocking", fg_blocking, fs_blocking, NULL },
    { "_state", fg_state, NULL, NULL },
    { "_log_traceback", fg_log_traceback, fs_log_traceback, NULL },
    { "_callbacks", fg_callbacks, NULL, NULL },
    { "_source_traceback", fg_source_traceback, NULL, NULL },
    { "_coroscope_id", fg_serial, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const MemberDef future_members[] = {
    { "_loop", MEMBER_OBJ, offsetof(FutureObj, loop), true },
    { "_result", MEMBER_OBJ, offsetof(FutureObj, result), true },
    { "_exception", MEMBER_OBJ, offsetof(FutureObj, exception), true },
    { "_cancel_message", MEMBER_OBJ, offsetof(FutureObj, cancel_message), false },
    { "_cancelled_exc", MEMBER_OBJ, offsetof(FutureObj, cancelled_exc), false },
    { NULL, 0, 0, false },
};

static const MethodDef future_methods[] = {
    { "result", fm_result, METH_NOARGS, NULL },
    { "exception", fm_exception, METH_NOARGS, NULL },
    { "set_result", fm_set_result, METH_O, NULL },
    { "set_exception", fm_set_exception, METH_O, NULL },
    { "cancel", fm_cancel, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "cancelled", fm_cancelled, METH_NOARGS, NULL },
    { "done", fm_done, METH_NOARGS, NULL },
    { "get_loop", fm_get_loop, METH_NOARGS, NULL },
    { "add_done_callback", fm_add_done_callback, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "remove_done_callback", fm_remove_done_callback, METH_O, NULL },
    { "_make_cancelled_error", fm_make_cancelled_error, METH_NOARGS, NULL },
    { "__await__", fm_await, METH_NOARGS, NULL },
    { "__iter__", fm_await, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- life cycle ---- */

/* Calls a repr helper registered by asyncio (a Python function), or
 * gives a plain <Future pending> without it. */
static Obj *future_repr(Obj *o)
{
    Obj *helper = TASK_CHECK(o) ? helper_task_repr : helper_future_repr;
    if (helper && !trace_repr_active)
        return obj_call1(helper, o);
    const char *state = FUT(o)->state == FUT_PENDING ? "pending"
                      : FUT(o)->state == FUT_CANCELLED ? "cancelled" : "finished";
    if (TASK_CHECK(o) && ((TaskObj *)o)->name)    /* the trace's short form */
        return str_from_format("<%s %s name=%R>", o->type->name, state, ((TaskObj *)o)->name);
    return str_from_format("<%s %s>", o->type->name, state);
}

/* The report a dropped future owes (CPython's FutureObj_finalize): an
 * exception set and never retrieved.  The object is kept alive during the
 * report (refcnt 1) and may be resurrected by it. */
void future_finalize(FutureObj *f)
{
    if (!f->log_tb || !f->loop || run_stopped())
        return;
    f->log_tb = false;
    Obj *saved = err_fetch();
    Obj *msg = str_from_format("%s exception was never retrieved", OBJ_TYPE(f)->name);
    if (msg)
        loop_report(f->loop, msg, f->exception, "future", (Obj *)f);
    XDECREF(msg);
    err_clear();
    err_restore(saved);
}

void future_clear(FutureObj *f)
{
    unregister_future(f);
    CLEAR(f->loop);
    CLEAR(f->cb0);
    CLEAR(f->ctx0);
    CLEAR(f->callbacks);
    CLEAR(f->result);
    CLEAR(f->exception);
    CLEAR(f->exception_tb);
    CLEAR(f->cancel_message);
    CLEAR(f->cancelled_exc);
    CLEAR(f->dict);
}

static void future_dealloc(Obj *o)
{
    if (obj_finalize_from_dealloc(o))
        return;                              /* resurrected by the handler */
    future_clear(FUT(o));
    obj_free(o);
}

void future_traverse(Obj *o, GCVisitor *v)
{
    FutureObj *f = FUT(o);
    GC_VISIT(f->dict);
    GC_VISIT(f->loop);
    GC_VISIT(f->cb0);
    GC_VISIT(f->ctx0);
    GC_VISIT(f->callbacks);
    GC_VISIT(f->result);
    GC_VISIT(f->exception);
    GC_VISIT(f->exception_tb);
    GC_VISIT(f->cancel_message);
    GC_VISIT(f->cancelled_exc);
}

static void future_gc_clear(Obj *o) { future_clear(FUT(o)); }

static void future_finalize_slot(Obj *o) { future_finalize(FUT(o)); }

TypeObj Future_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Future",
    .basicsize = sizeof(FutureObj), .dictoffset = offsetof(FutureObj, dict),
    .flags = TPF_BASETYPE, .dealloc = future_dealloc, .tp_new = future_new,
    .traverse = future_traverse, .clear = future_gc_clear, .finalize = future_finalize_slot,
    .tp_init = future_init, .repr = future_repr, .hash = obj_default_hash,
    .methods = future_methods, .members = future_members, .getset = future_getset,
};

/* ---- await: FutureIter ---- */

typedef struct FutureIterObj {
    Obj ob;
    FutureObj *future;           /* NULL once it has given the result */
} FutureIterObj;

FutureObj *loop_awaited_future(Obj *it)
{
    return it->type == &FutureIter_Type ? ((FutureIterObj *)it)->future : NULL;
}

static Obj *fm_await(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    FutureIterObj *it = (FutureIterObj *)obj_alloc(&FutureIter_Type, 0);
    if (it)
        it->future = (FutureObj *)NEWREF(self);
    return (Obj *)it;
}

static Obj *fi_next(Obj *o)
{
    FutureIterObj *it = (FutureIterObj *)o;
    FutureObj *f = it->future;
    if (!f)
        return NULL;
    if (f->state == FUT_PENDING) {
        if (!f->blocking) {
            f->blocking = true;
            return NEWREF((Obj *)f);             /* tells the Task to wait for it */
        }
        return err_set(Exc_RuntimeError, "await wasn't used with future");
    }
    it->future = NULL;
    Obj *r = future_result(f);
    DECREF(f);
    if (!r)
        return NULL;
    err_restore(exc_stopiteration_new(r));
    DECREF(r);
    return NULL;
}

static Obj *fi_send(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    Obj *r = fi_next(self);
    if (!r && !err_occurred())
        err_set_obj(Exc_StopIteration, NULL);
    return r;
}

/* throw(exc) / throw(type[, value[, tb]]): raised where the Task awaited. */
static Obj *fi_throw(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    if (args_count("throw", n, 1, 3) < 0)
        return NULL;
    FutureIterObj *it = (FutureIterObj *)self;
    CLEAR(it->future);
    Obj *typ = a[0], *val = n > 1 ? a[1] : obj_none;
    Obj *e = NULL;
    if (EXC_CHECK(typ))
        e = NEWREF(typ);
    else if (TYPE_CHECK(typ) && type_is_subtype((TypeObj *)typ, Exc_BaseException))
        e = val != obj_none && obj_typecheck(val, (TypeObj *)typ) ? NEWREF(val)
          : val == obj_none ? obj_call0(typ) : obj_call1(typ, val);
    else
        return err_format(Exc_TypeError, "exceptions must be classes deriving BaseException "
                          "or instances of such a class");
    if (e)
        err_restore(e);
    return NULL;
}

static Obj *fi_close(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    CLEAR(((FutureIterObj *)self)->future);
    return none_new();
}

static Obj *fi_iter(Obj *o) { return NEWREF(o); }

static void fi_dealloc(Obj *o)
{
    XDECREF(((FutureIterObj *)o)->future);
    obj_free(o);
}

static const MethodDef fi_methods[] = {
    { "send", fi_send, METH_O, NULL },
    { "throw", fi_throw, METH_FASTCALL, NULL },
    { "close", fi_close, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static void fi_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((FutureIterObj *)o)->future); }

TypeObj FutureIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "FutureIter",
    .traverse = fi_traverse,
    .basicsize = sizeof(FutureIterObj), .dealloc = fi_dealloc, .hash = obj_default_hash,
    .iter = fi_iter, .iternext = fi_next, .methods = fi_methods,
};

void future_reset_serials(void)
{
    future_serial = 0;
    while (oldest)
        unregister_future(oldest);
}
