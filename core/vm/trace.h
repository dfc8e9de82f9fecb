/* trace.h - the step hook: one event per step a learner may want to see
 * (DESIGN.md "Steps and snapshots").  The VM reports events through
 * one function pointer the host sets; the host (CLI, stepping API) turns
 * them into JSON lines (trace_json.h) or pauses.  When no hook is set,
 * reporting costs one pointer test per event and no repr is computed.
 *
 * Determinism: generators/coroutines get serial ids (1, 2, ... in creation
 * order); no event carries an address (" at 0x..." is removed from reprs).
 * Reprs never run Python code (a user __repr__ is shown as "<__main__.C
 * object>")
 * and are cut to TRACE_REPR_MAX code points (see trace_repr).
 *
 * Fields of every event (JSON name in brackets; absent = NULL / 0):
 *   kind [event]   what happened (names below)
 *   line [line]    line of the frame concerned (the generator's for gen_*)
 *   func [func]    qualified name of that frame / generator ("<module>")
 *   obj_id [id]    serial of the generator concerned, or of the generator
 *                  whose frame runs (line/call/return/exception_*)
 *   obj_kind [kind]  gen_*: "generator", "coroutine", "async_generator"
 *   state [state]  gen_*: its CPython state name AFTER the event
 *   verb, value, peer_id, peer, text: per kind, below.
 *
 * Kinds:
 *   line              a statement starts in frame func (id if a generator)
 *   call              a non-generator frame starts (function, lambda,
 *                     comprehension, class body, <module>)
 *   return            that frame ends: value = repr of the returned value,
 *                     or, when it ends by an exception, no value and
 *                     text = "Type: message".  Exactly one per call.
 *                     (Generator frames have no call/return: see gen_*.)
 *   exception_raised  text = "Type: message"; reported ONCE, in the frame
 *                     and line where it is raised (a `raise`, a failing
 *                     operation, a call of a builtin that fails, a value
 *                     thrown in at a yield); not again in each frame it
 *                     unwinds through (those get return/gen_raise).
 *   exception_caught  an `except` clause of frame func caught it: line is
 *                     the except clause's line, text = "Type: message".
 *                     (Exceptions the runtime swallows itself, e.g. the
 *                     StopIteration ending a for loop, are not reported;
 *                     the StopAsyncIteration ending an `async for` is a
 *                     real exception: it is caught by the loop, at the
 *                     line of its iterable.)
 *   gen_create        object made by calling a generator function; it does
 *                     not run.  state *_CREATED; peer = the creating frame.
 *   gen_resume        it starts running.  verb: "next" | "send" | "throw" |
 *                     "close"; value = repr of the value sent (next: None;
 *                     absent for throw/close); text = the exception thrown
 *                     in (throw: "Type: message", close: "GeneratorExit").
 *                     peer_id/peer = the resumer: the generator whose frame
 *                     resumed it (yield from, next() inside a generator) or
 *                     0 and the plain frame's name ("<module>", "f").
 *                     `yield from` forwards next (None) / send / throw /
 *                     close to the subgenerator with itself as peer.
 *                     state *_RUNNING.
 *   gen_yield         it yielded value (repr) to peer; state *_SUSPENDED.
 *   gen_return        it returned: value = repr of the return value (the
 *                     StopIteration value); state *_CLOSED.
 *   gen_raise         an exception left it (text = "Type: message");
 *                     state *_CLOSED.
 *   gen_close         it was closed: verb "close" (close(), or `yield from`
 *                     closing its subgenerator) or "drop" (its last
 *                     reference went away).  A suspended one is first
 *                     resumed (gen_resume verb "close"; GeneratorExit is
 *                     raised at the yield, finally blocks run) and gen_close
 *                     ends that resume; an unstarted one just closes.
 *                     state *_CLOSED.  (Closing a closed one: no event.)
 *   output            program output: verb "stdout" | "stderr", text (full,
 *                     never cut; concatenated they equal the program's
 *                     streams).  Consecutive writes to one stream with no
 *                     other event between them make one output event (a
 *                     traceback is one event), delivered just before the
 *                     next other event (or when the hook is removed).
 *   warning           a warning: text = the line written to stderr
 *                     ("main.py:3: RuntimeWarning: ...\n"); the output
 *                     events for it follow.
 * Every gen_resume is followed (after the events of the run) by exactly one
 * of gen_yield / gen_return / gen_raise / gen_close for the same id.
 *
 * The event loop (loop/) reports the scheduler.  Tasks and futures share
 * one serial count (id 1, 2, ... in creation order, apart from the
 * generators' count); timers have their own; kind says which ("task",
 * "future", "timer").  name [name] is a task's name ("Task-1"); time
 * [time] and time_from [from] are virtual-clock readings; count [count]
 * a queue length.
 *   task_create       a Task is made: id, kind "task", name; func / peer_id
 *                     = its coroutine's function and serial (the gen id);
 *                     line = the creating frame's line.  It does not run yet
 *                     (a call_soon of its first step follows).
 *   task_step         the loop runs one step of it: it resumes its
 *                     coroutine (peer_id, func) with verb "send" (value
 *                     None) or "throw" (text = the exception thrown in).
 *   task_wait         that step ended with the coroutine waiting on a
 *                     future: peer_id = the future's (or task's) serial,
 *                     peer = "Future" / "Task-2" (what it awaits).
 *   task_done         it finished: state "FINISHED" with value (its result)
 *                     or text (its exception), or state "CANCELLED".
 *   task_cancel       cancel() was asked (text = the message, if any);
 *                     state "cancelling" until the task reacts.
 *   future_done       a Future (not a Task) completed: state "FINISHED"
 *                     with value or text, or "CANCELLED".
 *   call_soon         a callback joins the ready queue: value = what it
 *                     calls ("Task-2 step", "Task-1 wakeup", "print()",
 *                     "main.<locals>.cb()"); peer_id = the task it steps or
 *                     wakes up, or the future whose callback it is.
 *   timer_add         call_later / call_at / asyncio.sleep: id (kind
 *                     "timer"), time = its deadline, value = what it calls.
 *   timer_fire        a timer is due: it joins the ready queue (id, time).
 *   timer_cancel      a scheduled timer was cancelled (id, time).
 *   clock             the clock moves: the loop jumps to its next timer
 *                     (nothing was ready) or time.sleep: time_from -> time.
 *   loop_iter         an iteration of the loop starts running what is
 *                     ready: count = how many callbacks.
 *   deadlock          the loop has nothing to run and no timer, and is not
 *                     stopped: text = the report (the run ends).
 *
 * Global state: the hook (trace_hook, its user pointer), the pending
 * output text, trace_repr's buffers and its "in a repr" counter
 * (trace_repr_active).
 */
#ifndef CS_TRACE_H
#define CS_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum TraceKind {
    TR_LINE,              /* a line starts executing */
    TR_CALL,              /* a non-generator frame starts */
    TR_RETURN,            /* it returns (value) or ends by an exception (text) */
    TR_EXCEPTION_RAISED,  /* an exception is raised (text = "Type: message") */
    TR_EXCEPTION_CAUGHT,  /* an except clause caught it */
    TR_GEN_CREATE,        /* generator/coroutine object created, not run */
    TR_GEN_RESUME,        /* resumed: verb next/send/throw/close, value sent, peer = resumer */
    TR_GEN_YIELD,         /* it yielded value to peer */
    TR_GEN_RETURN,        /* it returned (value = StopIteration value) */
    TR_GEN_RAISE,         /* an exception left it (text) */
    TR_GEN_CLOSE,         /* it was closed (verb "close", or "drop" when dropped) */
    TR_OUTPUT,            /* program output (text), stdout or stderr (verb) */
    TR_WARNING,           /* a warning line was emitted (text) */
    TR_TASK_CREATE,       /* a Task made for a coroutine */
    TR_TASK_STEP,         /* the loop steps a task: send / throw into its coroutine */
    TR_TASK_WAIT,         /* the step left the task waiting on a future (peer) */
    TR_TASK_DONE,         /* the task finished or was cancelled */
    TR_TASK_CANCEL,       /* cancel() was asked */
    TR_FUTURE_DONE,       /* a Future completed */
    TR_CALL_SOON,         /* a callback joins the ready queue */
    TR_TIMER_ADD,         /* a timer is scheduled (time = deadline) */
    TR_TIMER_FIRE,        /* a due timer joins the ready queue */
    TR_TIMER_CANCEL,      /* a scheduled timer was cancelled */
    TR_CLOCK,             /* the clock jumps (time_from -> time) */
    TR_LOOP_ITER,         /* a loop iteration runs count ready callbacks */
    TR_DEADLOCK,          /* nothing can ever run again (text) */
    TR_COUNT
} TraceKind;

/* Longest repr / exception message in an event, in code points; a longer
 * one keeps its first TRACE_REPR_MAX - 3 code points followed by "...". */
#define TRACE_REPR_MAX 120
/* Bytes of a buffer that holds any such text (UTF-8 and its NUL). */
#define TRACE_REPR_BUF (TRACE_REPR_MAX * 4 + 4)

/* One event.  Strings are borrowed for the duration of the hook call
 * (UTF-8, NUL-terminated) and NULL when not relevant. */
typedef struct TraceEvent {
    TraceKind kind;       /* what happened */
    int line;             /* current line (of the frame concerned), 0 = unknown */
    const char *func;     /* qualified name of the function/generator concerned */
    uint64_t obj_id;      /* generator/coroutine serial, 0 = none */
    const char *obj_kind; /* "generator", "coroutine", "async_generator" or NULL */
    const char *state;    /* its state after the event (GEN_SUSPENDED, ...) or NULL */
    const char *verb;     /* RESUME: next/send/throw/close; CLOSE: close/drop; OUTPUT: stdout/stderr */
    const char *value;    /* repr of the value sent/yielded/returned, or NULL */
    uint64_t peer_id;     /* RESUME: resumer id, YIELD/RETURN/RAISE: receiver id (0 = none) */
    const char *peer;     /* that peer's function name, or NULL */
    const char *text;     /* OUTPUT text, WARNING line, exception "Type: message" */
    size_t text_len;      /* its length in bytes (0: up to its NUL), as it may hold NULs */
    const char *name;     /* task events: the task's name */
    double time;          /* timer_*: the deadline; clock: the new time */
    double time_from;     /* clock: the time before the jump */
    int64_t count;        /* loop_iter: callbacks ready */
} TraceEvent;

typedef void (*trace_hook_fn)(const TraceEvent *e, void *user);

/* The installed hook, NULL when tracing is off (read it only through
 * trace_enabled; set it with trace_set_hook). */
extern trace_hook_fn trace_hook;
/* Non-zero while trace_repr runs: vm_execute refuses to run Python code
 * then, so a repr can neither print, nor step, nor emit events. */
extern int trace_repr_active;

/* Non-zero while the C stack holds code a step pause must not unwind
 * through (the parser and compiler of eval(), traceback printing): a hook
 * that pauses (switches coroutines) must not do so then.  Only functions
 * that can be on the stack at a pause are made pausable in the wasm
 * build (see the Makefile's asyncify list). */
extern int trace_pause_inhibit;

/* Library modules written in Python (modules/lib, frames named
 * "/coroscope/lib/...") are the machinery, not the program: their line,
 * call and return events are left out unless this is set (CLI
 * --trace-library).  Their generators' and coroutines' gen_* events, and
 * exceptions raised in them, are always reported. */
extern bool trace_library_frames;
/* False for the code of a hidden library frame (see above). */
struct Obj;
bool trace_code_shown(struct Obj *filename);

/* Install (or remove, with NULL) the hook. */
void trace_set_hook(trace_hook_fn fn, void *user);
/* Is a hook installed?  (Callers skip building events otherwise.) */
static inline int trace_enabled(void) { return trace_hook != NULL; }
/* Deliver one event to the hook (no-op without a hook). */
void trace_emit(const TraceEvent *e);
/* Name of a kind: "line", "call", "return", "exception_raised", ... */
const char *trace_kind_name(TraceKind k);

struct Obj;
/* repr(o) for an event: deterministic (no addresses), at most
 * TRACE_REPR_MAX code points, never runs Python code (builtin containers
 * are walked here; an object whose repr needs Python code shows as
 * object.__repr__ does, without the address: "<__main__.C object>"),
 * never leaves or clears a pending exception.  Returns a static buffer, valid until the next trace_repr call. */
const char *trace_repr(struct Obj *o);
/* "Type: message" (or "Type") of an exception instance, cut like a repr;
 * a static buffer valid until the next trace_exc_text call. */
const char *trace_exc_text(struct Obj *exc);
/* The same two into the caller's buffer (TRACE_REPR_BUF bytes), leaving
 * the static ones alone: for a host reading the program while it is
 * paused in the middle of delivering events, whose strings may still be
 * in those static buffers (a pause at the output event that trace_emit
 * flushes before the event it was given). */
const char *trace_repr_to(struct Obj *o, char *buf);
const char *trace_exc_text_to(struct Obj *exc, char *buf);

#endif
