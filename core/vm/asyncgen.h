/* asyncgen.h - async generators (PEP 525) and the awaitables that drive
 * them, with CPython 3.11's design.
 *
 * `yield v` in an async generator compiles to ASYNC_GEN_WRAP and
 * YIELD_VALUE: the frame hands v out wrapped, so that whatever drives it
 * can tell a value for the `async for` (wrapped) from a value an `await`
 * inside it passes up towards the event loop (plain).  The drivers are
 * the awaitables that __anext__() / asend(v) (async_generator_asend) and
 * athrow(...) / aclose() (async_generator_athrow) return: each of their
 * send / throw / __next__ resumes the generator through gen_resume; a
 * wrapped value ends the awaitable with StopIteration(v) (the `await` of
 * it gets v), a plain one is passed on, and the generator's end is
 * StopAsyncIteration.
 *
 * The hooks of sys.set_asyncgen_hooks: firstiter(agen) is called at an
 * async generator's first __anext__/asend/athrow/aclose, which also keeps
 * the finalizer of that moment in it; when it is dropped unfinished, the
 * finalizer (if any) gets it instead of it being closed.
 *
 * Also here: anext(it, default)'s awaitable (anext_awaitable).
 *
 * Global state: the two hooks.
 */
#ifndef CS_ASYNCGEN_H
#define CS_ASYNCGEN_H

#include "vm/generator.h"

extern TypeObj AsyncGenASend_Type, AsyncGenAThrow_Type, AsyncGenWrapped_Type,
    AnextAwaitable_Type;

/* ASYNC_GEN_WRAP: v wrapped as an async generator's yielded value. */
Obj *agen_wrap(Obj *v);
/* The value inside a wrapped one (borrowed), or NULL if v is not one. */
Obj *agen_wrapped_value(Obj *v);

/* Should dropping g (unfinished) hand it to its finalizer hook? */
bool agen_wants_finalizer(GenObj *g);
/* Calls g's finalizer hook with g (once); an error in it is printed as
 * "Exception ignored in: ...". */
void agen_call_finalizer(GenObj *g);

/* _asyncio.AsyncGenSet: a set of async generators that does not keep
 * them alive (what the event loop's WeakSet of them is in CPython): an
 * async generator dropped while in it leaves it as it is freed, so its
 * finalizer hook runs when CPython's would.  One generator is in at most
 * one such set (asyncgen_set.c). */
extern TypeObj AsyncGenSet_Type;
/* g is being freed: out of its weak set, if any. */
void agen_set_forget(AsyncGenObj *g);

/* The current hooks (borrowed, NULL for none). */
void agen_get_hooks(Obj **firstiter, Obj **finalizer);
/* Sets both hooks (borrowed; NULL or None: none). */
void agen_set_hooks(Obj *firstiter, Obj *finalizer);

/* anext(aiterator, default): the awaitable that turns the
 * StopAsyncIteration of `awaitable` (aiterator.__anext__()) into
 * StopIteration(default). */
Obj *agen_anext_with_default(Obj *awaitable, Obj *dflt);

/* Readies the types; drops the hooks at the end of a run. */
int agen_init(void);
void agen_end_run(void);

#endif
