/* loop.h - asyncio's core in C, on the virtual clock: the event loop
 * (the algorithm of CPython's BaseEventLoop._run_once), Handle and
 * TimerHandle, Future and Task (Task.__step: send or throw into the
 * coroutine, the blocking handshake, wake-up callbacks, cancellation).
 * The asyncio module (modules/lib/asyncio/__init__.py) builds the rest of asyncio
 * on these, as CPython's asyncio builds on its _asyncio module.
 *
 * The clock: one virtual clock for the whole run, starting at 0.0, that
 * moves only when the program waits (the loop jumps to the next timer,
 * time.sleep adds its delay).  loop.time(), time.time(), monotonic() and
 * perf_counter() all read it.
 *
 * A run of the loop that can never end (every task waits and nothing is
 * scheduled: no ready callback, no timer) is a deadlock: the loop writes
 * one stderr line naming each waiting task and what it waits for, then
 * ends the run (run_stop_deadlock, objects/interp.h: a RuntimeError that
 * no except clause matches, no finally block runs; rt_run returns
 * RT_EXIT_DEADLOCK, host/runtime.h).
 *
 * Global state: the clock, the running loop, the task registry and the
 * current task per loop, the serials of futures, tasks and timers, the
 * repr helpers the asyncio module registers.
 *
 * Uses: vm, objects, base.
 */
#ifndef CS_LOOP_H
#define CS_LOOP_H

#include "objects/object.h"

/* ---- the clock --------------------------------------------------------- */

double clock_now(void);
void clock_advance(double seconds);    /* seconds <= 0: no change */
void clock_advance_to(double t);       /* t <= now: no change */
void clock_reset(void);

/* ---- objects ------------------------------------------------------------ */

typedef enum FutState { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED } FutState;

/* asyncio.Future (CPython's _asyncio.Future). */
typedef struct FutureObj {
    Obj ob;
    Obj *dict;                   /* instance __dict__ (subclasses, attributes) */
    Obj *loop;                   /* the loop it belongs to */
    Obj *cb0, *ctx0;             /* first done-callback and its context (or NULL) */
    Obj *callbacks;              /* the others: list of (fn, context), or NULL */
    Obj *result;                 /* set_result's value */
    Obj *exception;              /* set_exception's exception */
    Obj *exception_tb;           /* its traceback when set */
    Obj *cancel_message;         /* cancel(msg) */
    Obj *cancelled_exc;          /* the CancelledError that cancelled it */
    uint8_t state;               /* FutState */
    bool blocking;               /* _asyncio_future_blocking */
    bool log_tb;                 /* an exception set and never retrieved */
    bool is_task;                /* a TaskObj */
    bool registered;             /* on the registry of live futures */
    uint32_t serial;             /* trace id (futures and tasks share the count) */
    struct FutureObj *older, *newer; /* that registry, creation order (future.c) */
} FutureObj;

/* asyncio.Task: a Future driving a coroutine. */
typedef struct TaskObj {
    FutureObj fut;
    Obj *coro;                   /* the coroutine it drives */
    Obj *name;                   /* "Task-N" or the name given */
    Obj *fut_waiter;             /* the future it waits on, or NULL */
    Obj *context;                /* its context (None until contextvars exist) */
    struct TaskObj *older, *newer;   /* the registry of live tasks (task.c) */
    int num_cancels_requested;   /* cancelling() */
    bool must_cancel;            /* cancel() before its next step */
    bool log_destroy_pending;    /* warn if dropped while pending */
} TaskObj;

/* A callback scheduled on the loop (events.Handle); a TimerHandle also
 * has a deadline and its place in the timer heap. */
typedef struct HandleObj {
    Obj ob;
    Obj *callback;
    Obj *args;                   /* tuple */
    Obj *context;
    Obj *loop;
    bool cancelled;
    bool is_timer;               /* a TimerHandle */
    bool scheduled;              /* (timer) in the heap */
    double when;                 /* (timer) deadline */
    uint64_t seq;                /* (timer) creation order, for equal deadlines */
} HandleObj;

/* The event loop (the C half of asyncio's BaseEventLoop). */
typedef struct LoopObj {
    Obj ob;
    Obj *dict;
    HandleObj **ready;           /* ring buffer of the callbacks ready to run */
    size_t ready_head, ready_len, ready_cap;
    HandleObj **timers;          /* min-heap on (when, seq) */
    size_t ntimers, timers_cap;
    size_t timers_cancelled;     /* cancelled timers still in the heap */
    Obj *exception_handler;      /* set_exception_handler, or NULL */
    Obj *current_task;           /* the task whose step runs, or NULL */
    uint32_t serial;             /* trace id */
    bool running, stopping, closed, debug;
} LoopObj;

extern TypeObj Loop_Type, Future_Type, Task_Type, Handle_Type, TimerHandle_Type,
               FutureIter_Type;
/* asyncio.InvalidStateError (made by loop_init, with
 * Exc_CancelledError of objects/object.h). */
extern TypeObj *Exc_InvalidStateError;

#define FUTURE_CHECK(o) obj_typecheck((Obj *)(o), &Future_Type)
#define TASK_CHECK(o) obj_typecheck((Obj *)(o), &Task_Type)

/* ---- the API of the asyncio module's C half (module _asyncio) ----------- */

/* Functions of _asyncio (get_running_loop, current_task, ...). */
extern const MethodDef loop_module_functions[];

/* The loop running now, or NULL (borrowed). */
Obj *loop_running(void);

/* ---- looking at the scheduler (the stepping snapshot) -------------------
 * Borrowed views that run no Python code and change nothing. */

/* Every live task of this run, oldest first (then ->newer). */
TaskObj *loop_first_task(void);
/* Every live future and task of this run, oldest first (then ->newer). */
FutureObj *loop_first_future(void);
/* The future an `await future` iterator drives (borrowed), or NULL when
 * `it` is no such iterator. */
FutureObj *loop_awaited_future(Obj *it);
/* What a callback calls, in words, as the trace's call_soon events say
 * ("Task-2 step", "Task-1 wakeup", "print()", "main.<locals>.cb()");
 * *peer = the serial of the task it steps or wakes up, or of the future
 * it is a done callback of (args), else 0.  Written into buf. */
const char *loop_callback_words(Obj *callback, Obj *args, uint64_t *peer, char *buf, size_t cap);

/* Readies the types and makes the exception classes (once).  0/-1. */
int loop_init(void);
/* Forgets what a run left (running loop, tasks, serials); the clock
 * restarts at 0. */
void loop_reset(void);

#endif
