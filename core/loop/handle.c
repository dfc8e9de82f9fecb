/* handle.c - Handle and TimerHandle (asyncio.events): a callback with its
 * arguments, scheduled on a loop by call_soon (Handle) or call_at /
 * call_later (TimerHandle, ordered by (deadline, creation order)).
 */
#include "loop/loop_internal.h"

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/context.h"

HandleObj *handle_new(Obj *loop, Obj *callback, Obj *args, Obj *context, bool timer)
{
    HandleObj *h = (HandleObj *)obj_alloc(timer ? &TimerHandle_Type : &Handle_Type, 0);
    if (!h)
        return NULL;
    h->loop = NEWREF(loop);
    h->callback = NEWREF(callback);
    h->args = args ? NEWREF(args) : NEWREF(obj_empty_tuple);
    /* no context: a copy of the current one (events.Handle.__init__) */
    h->context = context && context != obj_none ? NEWREF(context) : ctx_copy_current();
    h->is_timer = timer;
    if (!h->context)
        CLEAR(h);
    return h;
}

static void handle_dealloc(Obj *o)
{
    HandleObj *h = (HandleObj *)o;
    XDECREF(h->loop);
    XDECREF(h->callback);
    XDECREF(h->args);
    XDECREF(h->context);
    obj_free(o);
}

/* Runs the callback in its context; an exception goes to the loop's exception handler
 * ("Exception in callback ..."), except KeyboardInterrupt and SystemExit
 * (and the end of the run), which propagate.  0, or -1 to stop. */
int handle_run(HandleObj *h)
{
    Obj *r = CONTEXT_CHECK(h->context)
           ? ctx_run(h->context, h->callback, TUPLE_ITEMS(h->args), TUPLE_SIZE(h->args), NULL)
           : obj_call(h->callback, TUPLE_ITEMS(h->args), TUPLE_SIZE(h->args), NULL);
    if (r) {
        DECREF(r);
        return 0;
    }
    if (run_stopped() || err_matches(Exc_KeyboardInterrupt) || err_matches(Exc_SystemExit))
        return -1;
    Obj *exc = err_fetch();
    Obj *cb = callback_repr(h->callback, h->args);
    Obj *msg = cb ? str_from_format("Exception in callback %S", cb) : NULL;
    XDECREF(cb);
    int st = msg ? loop_report(h->loop, msg, exc, "handle", (Obj *)h) : -1;
    XDECREF(msg);
    DECREF(exc);
    return st;
}

static Obj *handle_cancel(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    HandleObj *h = (HandleObj *)self;
    if (h->cancelled)
        return none_new();
    h->cancelled = true;
    if (h->is_timer && h->scheduled) {
        loop_timer_cancelled(h);
        tl_timer(TR_TIMER_CANCEL, h);
    }
    CLEAR(h->callback);
    h->callback = none_new();
    Obj *old = h->args;
    h->args = NEWREF(obj_empty_tuple);
    DECREF(old);
    return none_new();
}

static Obj *handle_cancelled(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return bool_new(((HandleObj *)self)->cancelled);
}

static Obj *handle_get_context(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return NEWREF(((HandleObj *)self)->context);
}

static Obj *handle_when(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return float_from_double(((HandleObj *)self)->when);
}

static Obj *handle_run_meth(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return handle_run((HandleObj *)self) < 0 ? NULL : none_new();
}

/* <Handle f(1, 2) at main.py:3>, <TimerHandle when=1.0 f() at ...>,
 * <Handle cancelled> (events.Handle._repr_info). */
static Obj *handle_repr(Obj *o)
{
    HandleObj *h = (HandleObj *)o;
    Obj *parts = list_new(0);
    if (!parts)
        return NULL;
    Obj *s = str_from_cstr(o->type->name);
    int ok = s && list_append(parts, s) == 0;
    XDECREF(s);
    if (ok && h->cancelled) {
        s = str_from_cstr("cancelled");
        ok = s && list_append(parts, s) == 0;
        XDECREF(s);
    }
    if (ok && h->is_timer) {
        Obj *w = float_from_double(h->when);
        s = w ? str_from_format("when=%R", w) : NULL;
        XDECREF(w);
        ok = s && list_append(parts, s) == 0;
        XDECREF(s);
    }
    if (ok && h->callback != obj_none) {
        s = callback_source_repr(h->callback, h->args);
        ok = s && list_append(parts, s) == 0;
        XDECREF(s);
    }
    Obj *sp = ok ? str_from_cstr(" ") : NULL;
    Obj *joined = sp ? str_join_array(sp, LIST_ITEMS(parts), LIST_SIZE(parts)) : NULL;
    XDECREF(sp);
    DECREF(parts);
    Obj *r = joined ? str_from_format("<%S>", joined) : NULL;
    XDECREF(joined);
    return r;
}

/* Timers compare by deadline (events.TimerHandle.__lt__ ...). */
static Obj *timer_richcompare(Obj *a, Obj *b, int op)
{
    if (!obj_typecheck(b, &TimerHandle_Type))
        return notimpl_new();
    HandleObj *x = (HandleObj *)a, *y = (HandleObj *)b;
    bool r;
    switch (op) {
    case CMP_LT: r = x->when < y->when; break;
    case CMP_LE: r = x->when < y->when || x == y || x->when == y->when; break;
    case CMP_GT: r = x->when > y->when; break;
    case CMP_GE: r = x->when > y->when || x == y || x->when == y->when; break;
    case CMP_EQ: r = x == y || (x->when == y->when && x->callback == y->callback &&
                                x->cancelled == y->cancelled); break;
    default: r = !(x == y || (x->when == y->when && x->callback == y->callback &&
                              x->cancelled == y->cancelled)); break;
    }
    return bool_new(r);
}

static const MethodDef handle_methods[] = {
    { "cancel", handle_cancel, METH_NOARGS, NULL },
    { "cancelled", handle_cancelled, METH_NOARGS, NULL },
    { "get_context", handle_get_context, METH_NOARGS, NULL },
    { "_run", handle_run_meth, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const MethodDef timer_methods[] = {
    { "when", handle_when, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const MemberDef handle_members[] = {
    { "_callback", MEMBER_OBJ, offsetof(HandleObj, callback), true },
    { "_args", MEMBER_OBJ, offsetof(HandleObj, args), true },
    { "_loop", MEMBER_OBJ, offsetof(HandleObj, loop), true },
    { "_cancelled", MEMBER_BOOL, offsetof(HandleObj, cancelled), true },
    { NULL, 0, 0, false },
};

static void handle_traverse(Obj *o, GCVisitor *v)
{
    HandleObj *h = (HandleObj *)o;
    GC_VISIT(h->loop);
    GC_VISIT(h->callback);
    GC_VISIT(h->args);
    GC_VISIT(h->context);
}

static void handle_clear(Obj *o)
{
    HandleObj *h = (HandleObj *)o;
    h->cancelled = true;
    CLEAR(h->callback);
    CLEAR(h->args);
    CLEAR(h->context);
}

TypeObj Handle_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Handle",
    .traverse = handle_traverse, .clear = handle_clear,
    .basicsize = sizeof(HandleObj), .dealloc = handle_dealloc, .repr = handle_repr,
    .hash = obj_default_hash, .methods = handle_methods, .members = handle_members,
};

TypeObj TimerHandle_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "TimerHandle", .base = &Handle_Type,
    .traverse = handle_traverse, .clear = handle_clear,
    .basicsize = sizeof(HandleObj), .dealloc = handle_dealloc, .repr = handle_repr,
    .richcompare = timer_richcompare, .hash = obj_default_hash, .methods = timer_methods,
};
