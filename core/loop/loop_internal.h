/* loop_internal.h - what the files of loop/ share (not for other folders). */
#ifndef CS_LOOP_INTERNAL_H
#define CS_LOOP_INTERNAL_H

#include "loop/loop.h"
#include "objects/interp.h"
#include "vm/trace.h"

/* ---- handle.c ---- */

/* A Handle (or TimerHandle) for callback(*args) on loop; args a tuple or
 * NULL (no arguments); context NULL or None: a copy of the current one. */
HandleObj *handle_new(Obj *loop, Obj *callback, Obj *args, Obj *context, bool timer);
/* Runs it (see handle.c).  0, or -1 when the run must stop. */
int handle_run(HandleObj *h);

/* ---- eventloop.c ---- */

/* loop.call_soon(callback, *args, context=context) without the method
 * call: the new Handle (borrowed by the caller only until it returns).
 * NULL + RuntimeError when the loop is closed. */
HandleObj *loop_call_soon(Obj *loop, Obj *callback, Obj *args, Obj *context);
/* A timer of the heap was cancelled (counted to prune the heap). */
void loop_timer_cancelled(HandleObj *timer);
/* loop.call_exception_handler({'message': msg, 'exception': exc, key:
 * obj}) (exc and key may be NULL).  Errors in the handler are reported by
 * it; returns -1 only when the run must stop. */
int loop_report(Obj *loop, Obj *msg, Obj *exc, const char *key, Obj *obj);
/* The running loop's current task (borrowed, NULL if none). */
Obj *loop_current_task(Obj *loop);
/* _enter_task / _leave_task: 0, or -1 + RuntimeError as CPython. */
int loop_enter_task(Obj *loop, Obj *task);
int loop_leave_task(Obj *loop, Obj *task);

/* ---- future.c ---- */

/* The loop to use when none is given: the running one, else the
 * policy's (asyncio.events.get_event_loop through the repr helpers). */
Obj *future_default_loop(void);
/* Initialises a fresh future (or task) on loop. */
void future_init_fields(FutureObj *f, Obj *loop);
/* Future.set_result / set_exception / cancel on a C future: 0/-1. */
int future_set_result(FutureObj *f, Obj *result);
int future_set_exception(FutureObj *f, Obj *exc);
int future_cancel(FutureObj *f, Obj *msg);
/* add_done_callback(fn, context=ctx) (ctx NULL: a copy of the current
 * context).  0/-1. */
int future_add_callback(FutureObj *f, Obj *fn, Obj *ctx);
/* The CancelledError to raise for a cancelled future (new reference). */
Obj *future_cancelled_error(FutureObj *f);
/* Future.result(): the result (new reference) or NULL with its exception
 * raised (clears the never-retrieved flag). */
Obj *future_result(FutureObj *f);
/* What the future's dealloc must report, then the common teardown. */
void future_finalize(FutureObj *f);
void future_clear(FutureObj *f);
/* What a future holds, for the cycle collector (a Task adds its own). */
void future_traverse(Obj *o, GCVisitor *v);
void future_next_serial(FutureObj *f);
void future_reset_serials(void);

/* ---- task.c ---- */

/* Task.__step(exc) (exc NULL: send None).  0, or -1 when the run must
 * stop (KeyboardInterrupt, SystemExit, step budget, deadlock). */
int task_step(TaskObj *t, Obj *exc);
/* Every task not done, in creation order (a new list). */
Obj *task_all_pending(Obj *loop);
void task_registry_reset(void);

/* ---- trace_loop.c: the scheduler's step events (vm/trace.h) ---- */

void tl_task_create(TaskObj *t);
void tl_task_step(TaskObj *t, Obj *exc);
void tl_task_wait(TaskObj *t, Obj *fut);
void tl_task_cancel(TaskObj *t, Obj *msg);
void tl_future_done(FutureObj *f);        /* task_done or future_done */
void tl_call_soon(HandleObj *h);
void tl_timer(TraceKind kind, HandleObj *timer);
void tl_clock(double from, double to);
void tl_loop_iter(size_t ready);
void tl_deadlock(Obj *report);

/* ---- helpers the asyncio module registers (modules/lib/asyncio/__init__.py) ---- */

/* _format_callback_source, the Future / Task reprs (Python functions),
 * and events.get_event_loop; NULL until asyncio is imported. */
extern Obj *helper_callback_source, *helper_future_repr, *helper_task_repr,
           *helper_get_event_loop;

/* "f(1, 'x')" / "f(1, 'x') at main.py:3" for a callback and its args. */
Obj *callback_repr(Obj *callback, Obj *args);
Obj *callback_source_repr(Obj *callback, Obj *args);

#endif
