/* gen.h - generators, coroutines and async generators, each running its
 * frame on its own stackful coroutine of the core (coro.h, shared stack).
 *
 * ONE resume primitive, gen_resume (MicroPython style): next, send, throw,
 * close, `yield from`, `await` and the generator-expression/for-loop
 * iteration are thin wrappers over it.  Values and exceptions crossing a
 * switch travel in the GenObj (heap), never through pointers into a C
 * stack (copy-stack rule of coro.h).
 *
 * States are CPython's (inspect.getgeneratorstate / getcoroutinestate):
 * CREATED (never run), RUNNING (executing now, gi_running), SUSPENDED (at
 * a yield), CLOSED (returned, raised or closed; gi_frame is None).
 */
#ifndef CS_GEN_H
#define CS_GEN_H

#include <stdint.h>

#include "coro/coro.h"
#include "vm/eval.h"

typedef enum GenState { GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED } GenState;
typedef enum GenResult { GEN_RETURN, GEN_YIELD, GEN_ERROR } GenResult;
typedef enum GenKind { GK_GENERATOR, GK_COROUTINE, GK_ASYNC_GENERATOR } GenKind;

typedef struct GenObj {
    Obj ob;
    GenKind kind;             /* generator / coroutine / async generator */
    GenState state;           /* see above */
    FrameObj *frame;          /* the suspended frame (owned); NULL once closed */
    coro *co;                 /* its coroutine; NULL before the first resume and after the end */
    CodeObj *code;            /* gi_code / cr_code (owned) */
    Obj *name;                /* __name__ */
    Obj *qualname;            /* __qualname__ */
    Obj *yieldfrom;           /* iterator/awaitable delegated to (gi_yieldfrom/cr_await) */
    ExcInfo exc_info;         /* handled-exception record while it runs */
    bool iterable_coro;       /* made by a @types.coroutine function: awaitable */
    uint64_t serial;          /* trace id (1, 2, ...) */
    int created_line;         /* line where the object was created */
    /* -- transfer area for one resume (heap, so it survives switches) -- */
    Obj *in_value;            /* value sent in (owned) or NULL */
    Obj *in_exc;              /* exception thrown in (owned) or NULL */
    Obj *in_throw_args;       /* throw()'s own arguments while it runs, passed on as
                                 they are to a plain subiterator's throw (owned) */
    Obj *out_value;           /* yielded / returned value (owned) */
    GenResult out_result;     /* how the last run stopped */
    Obj *resumer;             /* generator that resumed it (borrowed) or NULL: main */
} GenObj;

#define GEN_CHECK(o) (OBJ_TYPE(o) == &Gen_Type || OBJ_TYPE(o) == &Coro_Type || \
                      OBJ_TYPE(o) == &AsyncGen_Type)

/* Make a generator/coroutine for a frame whose arguments are bound (steals
 * the frame).  kind from code flags. */
Obj *gen_new(FrameObj *frame, GenKind kind, FunctionObj *func);

/* The resume primitive: run g until it yields (GEN_YIELD, *result = the
 * value), returns (GEN_RETURN, *result = the return value) or raises
 * (GEN_ERROR, exception pending, *result = NULL).  send: value sent (None
 * for next); throw_exc: exception instance to raise at the yield instead
 * (or NULL).  Misuse (running, sending non-None into a just-started
 * generator, reusing an awaited coroutine) is a GEN_ERROR with CPython's
 * exception.  `verb` names the wrapper for the trace ("next", "send", ...). */
GenResult gen_resume(GenObj *g, Obj *send, Obj *throw_exc, Obj **result, const char *verb);

/* generator.close(): 0 ok, -1 error pending. */
int gen_close(GenObj *g);

/* Called by the evaluator inside a generator frame: */
/* `yield value` -> the value sent in (new ref) or NULL (thrown exception). */
Obj *gen_yield(FrameObj *f, Obj *value);
/* `yield from iterable` -> the subiterator's return value or NULL. */
Obj *gen_yield_from(FrameObj *f, Obj *iterable);
/* `await x` -> result or NULL. */
Obj *gen_await(FrameObj *f, Obj *awaitable);
/* The iterator `await x` delegates to (coroutine, or __await__ result). */
Obj *gen_get_awaitable_iter(Obj *o);

/* State names: "GEN_SUSPENDED", "CORO_CREATED", ... */
const char *gen_state_name(GenObj *g);

int gen_init(void);

#endif
