/* asyncgen.c - async generators and the awaitables that drive them
 * (asyncgen.h says how), and anext()'s awaitable with a default.
 *
 * Every resume goes through gen_resume (or gen_throw_args, which wraps
 * it); the trace events of a resume are gen_resume's.  The state machines
 * and messages are CPython 3.11's (Objects/genobject.c), down to the
 * cases where an awaitable keeps a stale "running" mark.
 *
 * Global state: the hooks (hook_firstiter, hook_finalizer).
 */
#include "vm/asyncgen.h"

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"

/* Where an asend/athrow awaitable is in its life (CPython's
 * AwaitableState): not sent to yet, driving the generator, done. */
typedef enum AwaitState { AW_INIT, AW_ITER, AW_CLOSED } AwaitState;

/* ------------------------------------------------------------------ */
/* Hooks                                                               */
/* ------------------------------------------------------------------ */

static Obj *hook_firstiter;      /* sys.set_asyncgen_hooks(firstiter=) (owned) or NULL */
static Obj *hook_finalizer;      /* ... (finalizer=) (owned) or NULL */

void agen_get_hooks(Obj **firstiter, Obj **finalizer)
{
    *firstiter = hook_firstiter;
    *finalizer = hook_finalizer;
}

void agen_set_hooks(Obj *firstiter, Obj *finalizer)
{
    Obj *f = firstiter && firstiter != obj_none ? NEWREF(firstiter) : NULL;
    Obj *z = finalizer && finalizer != obj_none ? NEWREF(finalizer) : NULL;
    SETREF(hook_firstiter, f);
    SETREF(hook_finalizer, z);
}

void agen_end_run(void) { agen_set_hooks(NULL, NULL); }

/* At the first __anext__/asend/athrow/aclose of ag: keep the finalizer,
 * call firstiter(ag) (CPython's async_gen_init_hooks).  -1 if it failed. */
static int agen_init_hooks(AsyncGenObj *ag)
{
    if (ag->hooks_inited)
        return 0;
    ag->hooks_inited = true;
    if (hook_finalizer)
        ag->finalizer = NEWREF(hook_finalizer);
    if (!hook_firstiter)
        return 0;
    Obj *f = NEWREF(hook_firstiter);     /* the hook may replace itself */
    Obj *r = obj_call1(f, (Obj *)ag);
    DECREF(f);
    XDECREF(r);
    return r ? 0 : -1;
}

bool agen_wants_finalizer(GenObj *g)
{
    AsyncGenObj *ag = (AsyncGenObj *)g;
    return g->kind == GK_ASYNC_GENERATOR && ag->finalizer && !ag->closed && !ag->finalized &&
           g->state != GEN_CLOSED;
}

void agen_call_finalizer(GenObj *g)
{
    AsyncGenObj *ag = (AsyncGenObj *)g;
    ag->finalized = true;
    Obj *fin = NEWREF(ag->finalizer);
    Obj *r = obj_call1(fin, (Obj *)g);
    DECREF(fin);
    if (r)
        DECREF(r);
    else
        gen_write_unraisable((Obj *)g);
}

/* ------------------------------------------------------------------ */
/* Wrapped values                                                      */
/* ------------------------------------------------------------------ */

typedef struct WrappedObj {
    Obj ob;
    Obj *val;                    /* the value yielded (owned) */
} WrappedObj;

Obj *agen_wrap(Obj *v)
{
    WrappedObj *w = (WrappedObj *)obj_alloc(&AsyncGenWrapped_Type, 0);
    if (w)
        w->val = NEWREF(v);
    return (Obj *)w;
}

Obj *agen_wrapped_value(Obj *v)
{
    return v && OBJ_TYPE(v) == &AsyncGenWrapped_Type ? ((WrappedObj *)v)->val : NULL;
}

static void wrapped_dealloc(Obj *o)
{
    CLEAR(((WrappedObj *)o)->val);
    obj_free(o);
}

/* ------------------------------------------------------------------ */
/* Sorting out one resume                                              */
/* ------------------------------------------------------------------ */

/* Raises StopIteration carrying v, a bare StopIteration() for None (as
 * CPython's _PyGen_SetStopIterationValue).  Returns NULL. */
static Obj *agen_stop_with(Obj *v)
{
    if (v == obj_none)
        return err_set_obj(Exc_StopIteration, NULL);
    Obj *e = exc_stopiteration_new(v);
    if (e)
        err_restore(e);
    return NULL;
}

/* What an asend/athrow awaitable makes of one resume of ag (CPython's
 * async_gen_unwrap_value): a plain value (an await passing it up) is
 * returned as it is; a wrapped one ends the awaitable with
 * StopIteration(value); the generator's return is StopAsyncIteration.
 * NULL (exception pending) when the awaitable is done.  Consumes r. */
static Obj *agen_unwrap(AsyncGenObj *ag, GenResult res, Obj *r)
{
    if (res == GEN_YIELD) {
        Obj *v = agen_wrapped_value(r);
        if (!v)
            return r;
        agen_stop_with(v);
        DECREF(r);
        ag->running_async = false;
        return NULL;
    }
    if (res == GEN_RETURN) {
        XDECREF(r);
        err_set_obj(Exc_StopAsyncIteration, NULL);
    }
    if (err_matches(Exc_StopAsyncIteration) || err_matches(Exc_GeneratorExit))
        ag->closed = true;
    ag->running_async = false;
    return NULL;
}

static GenVerb send_verb(Obj *v) { return v == obj_none ? GV_NEXT : GV_SEND; }

/* ------------------------------------------------------------------ */
/* async_generator_asend: what __anext__() and asend(v) return         */
/* ------------------------------------------------------------------ */

typedef struct ASendObj {
    Obj ob;
    AsyncGenObj *gen;            /* the generator it drives (owned) */
    Obj *sendval;                /* asend()'s value, sent by the first send(None)
                                    (owned; NULL for __anext__()) */
    uint8_t state;               /* AwaitState */
} ASendObj;

static Obj *asend_new(AsyncGenObj *ag, Obj *v)
{
    if (agen_init_hooks(ag) < 0)
        return NULL;
    ASendObj *o = (ASendObj *)obj_alloc(&AsyncGenASend_Type, 0);
    if (!o)
        return NULL;
    o->gen = (AsyncGenObj *)NEWREF((Obj *)ag);
    o->sendval = v ? NEWREF(v) : NULL;
    return (Obj *)o;
}

static void asend_dealloc(Obj *o)
{
    ASendObj *s = (ASendObj *)o;
    CLEAR(s->gen);
    CLEAR(s->sendval);
    obj_free(o);
}

/* send(arg) / __next__ (arg NULL): one step of the generator. */
static Obj *asend_step(ASendObj *o, Obj *arg)
{
    AsyncGenObj *ag = o->gen;
    if (o->state == AW_CLOSED)
        return err_set(Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (o->state == AW_INIT) {
        if (ag->running_async)
            return err_set(Exc_RuntimeError, "anext(): asynchronous generator is already running");
        if (!arg || arg == obj_none)
            arg = o->sendval;
        o->state = AW_ITER;
    }
    if (!arg)
        arg = obj_none;
    ag->running_async = true;
    Obj *r;
    GenResult res = gen_resume(&ag->gen, arg, NULL, &r, send_verb(arg));
    r = agen_unwrap(ag, res, r);
    if (!r)
        o->state = AW_CLOSED;
    return r;
}

static Obj *asend_next(Obj *o) { return asend_step((ASendObj *)o, NULL); }

static Obj *asend_send(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return asend_step((ASendObj *)o, a[0]);
}

static Obj *asend_throw(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    ASendObj *s = (ASendObj *)o;
    if (s->state == AW_CLOSED)
        return err_set(Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Obj *r;
    GenResult res = gen_throw_args(&s->gen->gen, "throw", a, n, &r);
    r = agen_unwrap(s->gen, res, r);
    if (!r)
        s->state = AW_CLOSED;
    return r;
}

/* close(): the awaitable is done; the generator is untouched. */
static Obj *asend_close(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    ((ASendObj *)o)->state = AW_CLOSED;
    return none_new();
}

/* __aiter__, __anext__ and __await__ are slots in CPython, whose wrappers
 * word an argument count error so. */
static int agen_no_args(size_t n)
{
    return n ? err_format_int(Exc_TypeError, "expected 0 arguments, got %zu", n) : 0;
}

/* __await__() of the awaitables: themselves (they are their iterators). */
static Obj *aw_self(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)k;
    return agen_no_args(n) < 0 ? NULL : NEWREF(o);
}

static Obj *aw_iter(Obj *o) { return NEWREF(o); }

/* ------------------------------------------------------------------ */
/* async_generator_athrow: what athrow(...) and aclose() return        */
/* ------------------------------------------------------------------ */

typedef struct AThrowObj {
    Obj ob;
    AsyncGenObj *gen;            /* the generator it drives (owned) */
    Obj *args;                   /* athrow()'s arguments, a tuple (owned);
                                    NULL for aclose() */
    uint8_t state;               /* AwaitState */
} AThrowObj;

static Obj *athrow_new(AsyncGenObj *ag, Obj *args)
{
    if (agen_init_hooks(ag) < 0)
        return NULL;
    AThrowObj *o = (AThrowObj *)obj_alloc(&AsyncGenAThrow_Type, 0);
    if (!o)
        return NULL;
    o->gen = (AsyncGenObj *)NEWREF((Obj *)ag);
    o->args = args ? NEWREF(args) : NULL;
    return (Obj *)o;
}

static void athrow_dealloc(Obj *o)
{
    AThrowObj *t = (AThrowObj *)o;
    CLEAR(t->gen);
    CLEAR(t->args);
    obj_free(o);
}

/* The awaitable is done by an exception: aclose() turns the generator's
 * end (StopAsyncIteration, GeneratorExit) into its own StopIteration. */
static Obj *athrow_failed(AThrowObj *o)
{
    o->gen->running_async = false;
    o->state = AW_CLOSED;
    if (!o->args && (err_matches(Exc_StopAsyncIteration) || err_matches(Exc_GeneratorExit))) {
        err_clear();
        err_set_obj(Exc_StopIteration, NULL);
    }
    return NULL;
}

/* One resume of the generator in aclose() mode: a plain value (an await
 * in a finally block) is passed on, a wrapped one means it ignored the
 * GeneratorExit, an end is the awaitable's end. */
static Obj *aclose_outcome(AThrowObj *o, GenResult res, Obj *r)
{
    if (res == GEN_YIELD && !agen_wrapped_value(r))
        return r;
    if (res == GEN_YIELD) {
        DECREF(r);
        o->gen->running_async = false;
        o->state = AW_CLOSED;
        return err_set(Exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (res == GEN_RETURN) {
        XDECREF(r);
        err_set_obj(Exc_StopAsyncIteration, NULL);
    }
    return athrow_failed(o);
}

/* aclose()'s throw of GeneratorExit (an unstarted generator just closes). */
static GenResult aclose_throw(GenObj *g, Obj **r)
{
    *r = NULL;
    if (g->state == GEN_CREATED) {
        if (gen_close(g) < 0)
            return GEN_ERROR;
        err_set_obj(Exc_GeneratorExit, NULL);
        return GEN_ERROR;
    }
    Obj *exc = exc_new(Exc_GeneratorExit, NULL, 0);
    if (!exc)
        return GEN_ERROR;
    GenResult res = gen_resume(g, NULL, exc, r, GV_CLOSE);
    DECREF(exc);
    return res;
}

/* The first send: the throw itself (CPython's AWAITABLE_STATE_INIT case). */
static Obj *athrow_start(AThrowObj *o, Obj *arg)
{
    AsyncGenObj *ag = o->gen;
    if (ag->running_async) {
        o->state = AW_CLOSED;
        return err_format(Exc_RuntimeError, "%s(): asynchronous generator is already running",
                          o->args ? "athrow" : "aclose");
    }
    if (ag->closed) {
        o->state = AW_CLOSED;
        return err_set_obj(Exc_StopAsyncIteration, NULL);
    }
    if (arg != obj_none)
        return err_set(Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AW_ITER;
    ag->running_async = true;
    Obj *r;
    if (!o->args) {
        ag->closed = true;
        GenResult res = aclose_throw(&ag->gen, &r);
        return aclose_outcome(o, res, r);
    }
    size_t n = TUPLE_SIZE(o->args);
    if (args_count("athrow", n, 1, 3) < 0)
        return NULL;                         /* CPython leaves it marked running */
    GenResult res = gen_throw_args(&ag->gen, "athrow", &TUPLE_ITEM(o->args, 0), n, &r);
    r = agen_unwrap(ag, res, r);
    return r ? r : athrow_failed(o);
}

/* send(arg) / __next__ (arg None). */
static Obj *athrow_step(AThrowObj *o, Obj *arg)
{
    AsyncGenObj *ag = o->gen;
    if (o->state == AW_CLOSED)
        return err_set(Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (ag->gen.state == GEN_CLOSED) {
        o->state = AW_CLOSED;
        return err_set_obj(Exc_StopIteration, NULL);
    }
    if (o->state == AW_INIT)
        return athrow_start(o, arg);
    Obj *r;
    GenResult res = gen_resume(&ag->gen, arg, NULL, &r, send_verb(arg));
    return o->args ? agen_unwrap(ag, res, r) : aclose_outcome(o, res, r);
}

static Obj *athrow_close(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    ((AThrowObj *)o)->state = AW_CLOSED;
    return none_new();
}

static Obj *athrow_next(Obj *o) { return athrow_step((AThrowObj *)o, obj_none); }

static Obj *athrow_send(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return athrow_step((AThrowObj *)o, a[0]);
}

static Obj *athrow_throw(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    AThrowObj *t = (AThrowObj *)o;
    if (t->state == AW_CLOSED)
        return err_set(Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Obj *r;
    GenResult res = gen_throw_args(&t->gen->gen, "throw", a, n, &r);
    if (t->args)
        return agen_unwrap(t->gen, res, r);
    if (res == GEN_YIELD && agen_wrapped_value(r)) {
        DECREF(r);
        t->gen->running_async = false;
        t->state = AW_CLOSED;
        return err_set(Exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (res == GEN_YIELD)
        return r;
    if (res == GEN_RETURN) {
        XDECREF(r);
        err_set_obj(Exc_StopAsyncIteration, NULL);
    }
    if (err_matches(Exc_StopAsyncIteration) || err_matches(Exc_GeneratorExit)) {
        err_clear();
        err_set_obj(Exc_StopIteration, NULL);
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* The async generator's methods and attributes                        */
/* ------------------------------------------------------------------ */

static Obj *agen_aiter(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)k;
    return agen_no_args(n) < 0 ? NULL : NEWREF(o);
}

static Obj *agen_anext(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)k;
    return agen_no_args(n) < 0 ? NULL : asend_new((AsyncGenObj *)o, NULL);
}

static Obj *agen_asend(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    return asend_new((AsyncGenObj *)o, a[0]);
}

static Obj *agen_athrow(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    Obj *args = tuple_from_array(a, n);
    if (!args)
        return NULL;
    Obj *r = athrow_new((AsyncGenObj *)o, args);
    DECREF(args);
    return r;
}

static Obj *agen_aclose(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return athrow_new((AsyncGenObj *)o, NULL);
}

static Obj *agen_get_frame(Obj *o, void *c)
{
    (void)c;
    GenObj *g = (GenObj *)o;
    return g->frame && g->state != GEN_CLOSED ? NEWREF((Obj *)g->frame) : none_new();
}

static Obj *agen_get_code(Obj *o, void *c)
{
    (void)c;
    return NEWREF((Obj *)((GenObj *)o)->code);
}

static Obj *agen_get_await(Obj *o, void *c)
{
    (void)c;
    Obj *y = gen_yieldfrom((GenObj *)o);
    return y ? NEWREF(y) : none_new();
}

static const MethodDef agen_methods[] = {
    { "__aiter__", agen_aiter, METH_FASTCALL, NULL },
    { "__anext__", agen_anext, METH_FASTCALL, NULL },
    { "asend", agen_asend, METH_O, NULL },
    { "athrow", agen_athrow, METH_FASTCALL, NULL },
    { "aclose", agen_aclose, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* __name__ / __qualname__ take only strings. */
static int agen_set_name(Obj *o, Obj *v, void *c)
{
    const char *what = c ? "__qualname__" : "__name__";
    if (!v || !STR_CHECK(v))
        return err_format_int(Exc_TypeError, "%s must be set to a string object", what);
    Obj **slot = c ? &((GenObj *)o)->qualname : &((GenObj *)o)->name;
    SETREF(*slot, NEWREF(v));
    return 0;
}

static Obj *agen_get_name(Obj *o, void *c)
{
    return NEWREF(c ? ((GenObj *)o)->qualname : ((GenObj *)o)->name);
}

static const MemberDef agen_members[] = {
    { "ag_running", MEMBER_BOOL, offsetof(AsyncGenObj, running_async), true },
    { NULL, 0, 0, false },
};

static const GetSetDef agen_getset[] = {
    { "ag_frame", agen_get_frame, NULL, NULL },
    { "__name__", agen_get_name, agen_set_name, NULL },
    { "__qualname__", agen_get_name, agen_set_name, (void *)1 },
    { "ag_code", agen_get_code, NULL, NULL },
    { "ag_await", agen_get_await, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

TypeObj AsyncGen_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "async_generator",
    .tp_new = gen_cannot_create,
    .basicsize = sizeof(AsyncGenObj), .dealloc = gen_dealloc, .repr = gen_repr,
    .traverse = gen_traverse, .finalize = gen_finalize,
    .hash = obj_default_hash, .methods = agen_methods, .members = agen_members,
    .getset = agen_getset,
};

static const MethodDef asend_methods[] = {
    { "send", asend_send, METH_O, NULL },
    { "throw", asend_throw, METH_FASTCALL, NULL },
    { "close", asend_close, METH_NOARGS, NULL },
    { "__await__", aw_self, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static void asend_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((ASendObj *)o)->gen);
    GC_VISIT(((ASendObj *)o)->sendval);
}

TypeObj AsyncGenASend_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "async_generator_asend",
    .traverse = asend_traverse,
    .tp_new = gen_cannot_create,
    .basicsize = sizeof(ASendObj), .dealloc = asend_dealloc, .hash = obj_default_hash,
    .iter = aw_iter, .iternext = asend_next, .methods = asend_methods,
};

static const MethodDef athrow_methods[] = {
    { "send", athrow_send, METH_O, NULL },
    { "throw", athrow_throw, METH_FASTCALL, NULL },
    { "close", athrow_close, METH_NOARGS, NULL },
    { "__await__", aw_self, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static void athrow_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((AThrowObj *)o)->gen);
    GC_VISIT(((AThrowObj *)o)->args);
}

TypeObj AsyncGenAThrow_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "async_generator_athrow",
    .traverse = athrow_traverse,
    .tp_new = gen_cannot_create,
    .basicsize = sizeof(AThrowObj), .dealloc = athrow_dealloc, .hash = obj_default_hash,
    .iter = aw_iter, .iternext = athrow_next, .methods = athrow_methods,
};

static void wrapped_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((WrappedObj *)o)->val); }

TypeObj AsyncGenWrapped_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "async_generator_wrapped_value",
    .traverse = wrapped_traverse,
    .tp_new = gen_cannot_create,
    .basicsize = sizeof(WrappedObj), .dealloc = wrapped_dealloc,
};

/* ------------------------------------------------------------------ */
/* anext(aiterator, default)                                           */
/* ------------------------------------------------------------------ */

typedef struct AnextObj {
    Obj ob;
    Obj *wrapped;                /* what __anext__() returned (owned) */
    Obj *dflt;                   /* the default (owned) */
} AnextObj;

Obj *agen_anext_with_default(Obj *awaitable, Obj *dflt)
{
    AnextObj *o = (AnextObj *)obj_alloc(&AnextAwaitable_Type, 0);
    if (!o)
        return NULL;
    o->wrapped = NEWREF(awaitable);
    o->dflt = NEWREF(dflt);
    return (Obj *)o;
}

static void anext_dealloc(Obj *o)
{
    AnextObj *a = (AnextObj *)o;
    CLEAR(a->wrapped);
    CLEAR(a->dflt);
    obj_free(o);
}

/* The iterator a step goes to: the wrapped awaitable's, taken afresh each
 * time (a coroutine's through its __await__()), as CPython's
 * anextawaitable_getiter. */
static Obj *anext_getiter(AnextObj *o)
{
    Obj *it = gen_get_awaitable_iter(o->wrapped);
    if (!it || it->type->iternext)
        return it;
    bool found;
    Obj *w = obj_call_special(it, ID(__await__), NULL, 0, &found);
    DECREF(it);
    if (w && !w->type->iternext) {
        DECREF(w);
        return err_set(Exc_TypeError, "__await__ returned a non-iterable");
    }
    return w;
}

/* The end of the wrapped awaitable: StopAsyncIteration becomes
 * StopIteration(default).  Returns NULL. */
static Obj *anext_failed(AnextObj *o)
{
    if (err_matches(Exc_StopAsyncIteration)) {
        err_clear();
        agen_stop_with(o->dflt);
    }
    return NULL;
}

static Obj *anext_next(Obj *self)
{
    AnextObj *o = (AnextObj *)self;
    Obj *it = anext_getiter(o);
    if (!it)
        return NULL;
    Obj *r = it->type->iternext(it);
    DECREF(it);
    return r ? r : anext_failed(o);
}

/* send / throw / close: the same method of the wrapped awaitable's
 * iterator. */
static Obj *anext_proxy(Obj *self, const char *meth, Obj *const *a, size_t n)
{
    AnextObj *o = (AnextObj *)self;
    Obj *it = anext_getiter(o);
    if (!it)
        return NULL;
    Obj *m = obj_getattr_cstr(it, meth);
    DECREF(it);
    if (!m)
        return NULL;
    Obj *r = obj_call(m, a, n, NULL);
    DECREF(m);
    return r ? r : anext_failed(o);
}

static Obj *anext_send(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    return anext_proxy(o, "send", a, n);
}

static Obj *anext_throw(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)k;
    return anext_proxy(o, "throw", a, n);
}

static Obj *anext_close(Obj *o, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return anext_proxy(o, "close", NULL, 0);
}

static const MethodDef anext_methods[] = {
    { "send", anext_send, METH_O, NULL },
    { "throw", anext_throw, METH_FASTCALL, NULL },
    { "close", anext_close, METH_NOARGS, NULL },
    { "__await__", aw_self, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static void anext_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((AnextObj *)o)->wrapped);
    GC_VISIT(((AnextObj *)o)->dflt);
}

TypeObj AnextAwaitable_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "anext_awaitable",
    .traverse = anext_traverse,
    .tp_new = gen_cannot_create,
    .basicsize = sizeof(AnextObj), .dealloc = anext_dealloc, .hash = obj_default_hash,
    .iter = aw_iter, .iternext = anext_next, .methods = anext_methods,
};

int agen_init(void)
{
    TypeObj *ts[] = { &AsyncGen_Type, &AsyncGenASend_Type, &AsyncGenAThrow_Type,
                      &AsyncGenWrapped_Type, &AnextAwaitable_Type, &AsyncGenSet_Type };
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    return 0;
}
