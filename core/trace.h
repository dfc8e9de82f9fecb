/* trace.h - the step hook: one event per step a learner may want to see
 * (DESIGN.md "Steps and snapshots").  The evaluator reports events through
 * one function pointer the host sets; the host (CLI, stepping API) turns
 * them into JSON lines or pauses.  When no hook is set, reporting costs one
 * pointer test per event and no value repr is computed.
 *
 * Object ids are small serial numbers (1, 2, ...) given to generators and
 * coroutines at creation, so traces are deterministic (no addresses).
 * Id 0 stands for the main program ("<module>").
 */
#ifndef CS_TRACE_H
#define CS_TRACE_H

#include <stdint.h>

typedef enum TraceKind {
    TR_LINE,              /* a line starts executing */
    TR_CALL,              /* a function frame starts (also a generator's first resume) */
    TR_RETURN,            /* a function frame returns (value) */
    TR_EXCEPTION_RAISED,  /* an exception is raised (text = "Type: message") */
    TR_EXCEPTION_CAUGHT,  /* an except clause caught it */
    TR_GEN_CREATE,        /* generator/coroutine object created, not run */
    TR_GEN_RESUME,        /* resumed: verb next/send/throw/close, value sent, peer = resumer */
    TR_GEN_YIELD,         /* it yielded value to peer */
    TR_GEN_RETURN,        /* it returned (value = StopIteration value) */
    TR_GEN_CLOSE,         /* it was closed (by close() or when dropped) */
    TR_GEN_THROW,         /* an exception was thrown into it (text) */
    TR_OUTPUT,            /* program output (text), stdout or stderr (verb) */
    TR_WARNING,           /* a warning line was emitted (text) */
    TR_COUNT
} TraceKind;

/* One event.  Strings are borrowed for the duration of the hook call
 * (UTF-8, NUL-terminated) and NULL when not relevant. */
typedef struct TraceEvent {
    TraceKind kind;       /* what happened */
    int line;             /* current line (of the frame concerned) */
    const char *func;     /* qualified name of the function/generator concerned */
    uint64_t obj_id;      /* generator/coroutine serial, 0 = none / main */
    const char *obj_kind; /* "generator", "coroutine", "async_generator" or NULL */
    const char *state;    /* its state after the event (GEN_SUSPENDED, ...) or NULL */
    const char *verb;     /* RESUME: "next"/"send"/"throw"/"close"; OUTPUT: "stdout"/"stderr" */
    const char *value;    /* repr of the value sent/yielded/returned, or NULL */
    uint64_t peer_id;     /* RESUME: resumer id, YIELD: who receives it (0 = main) */
    const char *peer;     /* that peer's function name, or NULL */
    const char *text;     /* OUTPUT text, WARNING line, exception "Type: message" */
} TraceEvent;

typedef void (*trace_hook_fn)(const TraceEvent *e, void *user);

/* Install (or remove, with NULL) the hook. */
void trace_set_hook(trace_hook_fn fn, void *user);
/* Is a hook installed?  (Callers skip building events otherwise.) */
int trace_enabled(void);
/* Deliver one event to the hook (no-op without a hook). */
void trace_emit(const TraceEvent *e);
/* Name of a kind: "line", "call", "return", "exception_raised", ... */
const char *trace_kind_name(TraceKind k);

#endif
