/* generator.h - generators, coroutines and async generators: objects that
 * own a suspended frame on the heap (stackless, as CPython, MicroPython
 * and QuickJS).
 *
 * ONE resume primitive, gen_resume (MicroPython's shape): next, send,
 * throw, close, `yield from`, `await`, for-loops over a generator and the
 * closing of a dropped generator all go through it.  It re-enters the VM
 * on the generator's frame; a `yield` returns from the VM to it.  When the
 * generator is suspended inside `yield from` / `await`, a thrown exception
 * goes to the innermost delegate first, as in CPython.
 *
 * States are CPython's (inspect.getgeneratorstate / getcoroutinestate):
 * CREATED (never run), RUNNING (executing now, gi_running), SUSPENDED (at
 * a yield), CLOSED (returned, raised or closed; gi_frame is None).
 */
#ifndef CS_GENERATOR_H
#define CS_GENERATOR_H

#include "vm/vm.h"

typedef enum GenState { GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED } GenState;
typedef enum GenResult { GEN_RETURN, GEN_YIELD, GEN_ERROR } GenResult;
typedef enum GenKind { GK_GENERATOR, GK_COROUTINE, GK_ASYNC_GENERATOR } GenKind;
/* What resumed a generator (the trace names it): next() / send() /
 * throw() / close(), or the close when its last reference went away. */
typedef enum GenVerb { GV_NEXT, GV_SEND, GV_THROW, GV_CLOSE, GV_DROP } GenVerb;

/* What the trace saw of a generator (only kept while a trace hook is
 * installed): the stepping snapshot shows it.  Strings are trace reprs
 * (cut as the trace cuts them), owned, NULL when not seen yet. */
typedef struct GenNote {
    const char *verb;            /* last resume: "next", "send", "throw", "close" (static) */
    char *sent;                  /* value sent in by it (next: None), or the exception thrown in */
    char *yielded;               /* last value it yielded out */
    char *resumer;               /* who resumed it last: function or task name */
    uint32_t resumer_id;         /* ... and the generator serial of the resumer (0: none) */
} GenNote;

typedef struct GenObj {
    Obj ob;
    uint8_t kind;                /* GenKind */
    uint8_t state;               /* GenState */
    bool iterable_coro;          /* made by a @types.coroutine function: awaitable */
    uint32_t serial;             /* trace id (1, 2, ...; 4 billion a run at most) */
    FrameObj *frame;             /* its frame (owned); NULL once closed */
    CodeObj *code;               /* gi_code / cr_code (owned) */
    Obj *name;                   /* __name__ */
    Obj *qualname;               /* __qualname__ */
    ExcInfo exc_info;            /* handled-exception record while it runs */
    struct GenObj *older, *newer;  /* the registry of live generators, in
                                      creation order (borrowed links) */
    bool registered;             /* it is on that registry */
    GenNote *note;               /* what the trace saw (owned), or NULL */
} GenObj;

/* An async generator (vm/asyncgen.c): the generator part plus what its
 * asend/athrow awaitables share (CPython's PyAsyncGenObject). */
typedef struct AsyncGenObj {
    GenObj gen;                  /* kind GK_ASYNC_GENERATOR */
    Obj *finalizer;              /* the sys.set_asyncgen_hooks finalizer taken at its
                                    first __anext__/asend/athrow/aclose (owned), or NULL */
    bool hooks_inited;           /* that first call happened (firstiter was called) */
    bool running_async;          /* an asend/athrow awaitable is driving it: true
                                    from its first send until it yields a value,
                                    ends or fails, even while it awaits (ag_running) */
    bool closed;                 /* aclose() started, or StopAsyncIteration or
                                    GeneratorExit left it: athrow/aclose do nothing */
    bool finalized;              /* its finalizer hook was called (only ever once) */
    struct AsyncGenSetObj *weak_set;           /* the weak set holding it, or NULL */
    struct AsyncGenObj *set_prev, *set_next;   /* its neighbours there */
} AsyncGenObj;

extern TypeObj Gen_Type, Coro_Type, AsyncGen_Type, CoroWrapper_Type;

/* A generator or a coroutine: what `yield from` and `await` resume
 * directly.  An async generator is not one: only its asend/athrow
 * awaitables resume it (vm/asyncgen.c). */
#define GEN_CHECK(o) (OBJ_TYPE(o) == &Gen_Type || OBJ_TYPE(o) == &Coro_Type)

/* Make a generator/coroutine for a frame whose arguments are bound (steals
 * the frame). */
Obj *gen_new(FrameObj *frame, FunctionObj *func);

/* The resume primitive: run g until it yields (GEN_YIELD, *result = the
 * value), returns (GEN_RETURN, *result = the return value) or raises
 * (GEN_ERROR, exception pending, *result = NULL).  send: value sent (None
 * for next); throw_exc: exception instance to raise at the yield instead
 * (or NULL).  Misuse (running, sending non-None into a just-started
 * generator, reusing an awaited coroutine) is a GEN_ERROR with CPython's
 * exception.  `verb` names the wrapper for the trace. */
GenResult gen_resume(GenObj *g, Obj *send, Obj *throw_exc, Obj **result, GenVerb verb);

/* generator.throw(typ[, val[, tb]]) with fname's argument count check:
 * the one throw path of throw(), asend/athrow.throw() and athrow().
 * Returns as gen_resume. */
GenResult gen_throw_args(GenObj *g, const char *fname, Obj *const *a, size_t n, Obj **result);

/* generator.close(): 0 ok, -1 error pending. */
int gen_close(GenObj *g);

/* The tp_new of the types here: "cannot create 'X' instances" (they are
 * only made by calling the functions; without it object's tp_new would
 * be inherited and make an empty, broken one). */
Obj *gen_cannot_create(TypeObj *t, Obj *const *a, size_t n, Obj *kw);

/* The dealloc and repr slots all three kinds share. */
void gen_dealloc(Obj *o);
/* The collector's slots of generators, coroutines and async generators
 * (objects/gc.h): what they hold, and their PEP 442 finalizer (close a
 * suspended one, warn about a never-awaited coroutine, the async
 * generator finalizer hook). */
void gen_traverse(Obj *o, GCVisitor *v);
void gen_finalize(Obj *o);
Obj *gen_repr(Obj *o);

/* "Exception ignored in: <obj>" + the pending exception (fetched), as
 * CPython's PyErr_WriteUnraisable. */
void gen_write_unraisable(Obj *obj);

/* The object a suspended generator delegates to in `yield from` / `await`
 * (gi_yieldfrom / cr_await; borrowed), or NULL. */
Obj *gen_yieldfrom(GenObj *g);

/* The iterator `await x` drives (a coroutine, or __await__()'s result). */
Obj *gen_get_awaitable_iter(Obj *o);

/* One step of `yield from` / `await` on a delegate: 0 it yielded (*out),
 * 1 it returned (*out = the value), -1 error.  Consumes nothing. */
int gen_send_to(Obj *it, Obj *send, Obj **out);

/* Who resumes a generator when no Python frame does (for the trace's
 * peer): the event loop sets it to a task's name while the task steps
 * its coroutine, with the frame running at that moment. */
extern const char *trace_resumer;
extern FrameObj *trace_resumer_frame;

/* Every generator, coroutine and async generator of this run that is
 * still alive, oldest first: gen_first(), then ->newer (borrowed; for
 * the stepping snapshot, which must not change anything it walks). */
GenObj *gen_first(void);
/* A new run: serials count from 1 again and the registry starts empty
 * (objects a former run leaked in a cycle leave it). */
void gen_begin_run(void);

/* State names: "GEN_SUSPENDED", "CORO_CREATED", ... */
const char *gen_state_name(GenObj *g);

int gen_init(void);

#endif
