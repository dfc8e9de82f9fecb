/* runtime.h - the engine's entry point: run a program text as "main.py".
 *
 * The host supplies output callbacks (stdout and stderr text, UTF-8) and
 * limits; rt_run parses, evaluates, prints an uncaught exception as
 * CPython does (traceback on stderr), finalises the module (so pending
 * generators are closed and never-awaited coroutines warn, as at CPython's
 * exit) and returns the exit status: 0, 1 for an uncaught exception or a
 * syntax error, or SystemExit's code.
 *
 * rt_run may be called from inside a coroutine (the host runs the program
 * on a coroutine with a dedicated stack so it can pause at each step).
 *
 * host/ holds this, the exports of coroscope.h (host.c), the trace as
 * JSON lines and the native CLI.  Uses: every other folder of core/.
 * Global state: one run at a time; the object model's singletons survive
 * between runs, per-run state is reset by rt_run.
 */
#ifndef CS_RUNTIME_H
#define CS_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "vm/output.h"

/* How a run ended (RT_NOTE_END). */
typedef enum rt_end_reason {
    RT_END_NORMAL,        /* the module ran to its end */
    RT_END_SYSTEM_EXIT,   /* SystemExit (the exit status is its code) */
    RT_END_EXCEPTION,     /* an uncaught exception (its traceback was printed) */
    RT_END_SYNTAX_ERROR,  /* it did not compile (or decode) */
    RT_END_STEP_BUDGET,   /* the step budget ran out */
    RT_END_OUTPUT_LIMIT,  /* it wrote its output limit */
    RT_END_DEADLOCK,      /* its event loop could only wait forever */
    RT_END_ABORTED        /* the host ended it (run_abort) */
} rt_end_reason;

/* What a run tells a host that steps through it (rt_config.notify), in
 * this order; data as said. */
typedef enum rt_note {
    RT_NOTE_SYNTAX_ERROR,  /* data: the ast_error, before it is printed */
    RT_NOTE_START,         /* compiled: the module is about to run (NULL) */
    RT_NOTE_UNCAUGHT,      /* data: the exception (Obj *) ending the program,
                              before its traceback is printed */
    RT_NOTE_UNCAUGHT_DONE, /* that traceback has been printed (NULL) */
    RT_NOTE_END            /* data: the rt_end_reason, after finalisation */
} rt_note;
typedef void (*rt_notify_fn)(void *user, rt_note note, const void *data);

typedef struct rt_config {
    rt_write_fn write_stdout;   /* program output (print, sys.stdout) */
    rt_write_fn write_stderr;   /* tracebacks, warnings, sys.stderr */
    void *user;                 /* passed to both */
    uint64_t step_budget;       /* statements allowed (0 = unlimited) */
    size_t mem_cap;             /* bytes (0 = no cap), see mem.h */
    uint64_t output_limit;      /* bytes of stdout + stderr (0 = none) */
    const char *filename;       /* shown in tracebacks; NULL = "main.py" */
    rt_notify_fn notify;        /* see rt_note (NULL: none) */
    void *notify_user;          /* passed to it */
} rt_config;

/* Exit status of a run stopped by a limit: its step budget (after the
 * message "coroscope: stopped after N steps (step budget exhausted...)" on
 * stderr) or its output limit ("coroscope: output limit of N bytes
 * reached..."). */
#define RT_EXIT_STEP_BUDGET 3
/* Exit status when the event loop found a deadlock (it wrote one line). */
#define RT_EXIT_DEADLOCK 4

/* Run src[0..len) as __main__.  Returns the process exit status. */
int rt_run(const char *src, size_t len, const rt_config *cfg);

/* Compile src[0..len) and write its disassembly (compiler/dis.h) to
 * stdout; 0, or 1 after printing a syntax error. */
int rt_dis(const char *src, size_t len, const rt_config *cfg);

#endif
