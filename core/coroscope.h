/* coroscope.h - the one public header: what a host (the JS wrapper, the
 * native CLI, tests) may call.  Everything else in core/ is private.
 *
 * Exports that may switch coroutines never return their result directly:
 * on wasm such an export is unwound and rewound by Asyncify, and the value
 * JS receives is not meaningful (see shared TOOLCHAIN notes).  They leave
 * their result in the engine, to be read with the getters below.
 */
#ifndef COROSCOPE_H
#define COROSCOPE_H

#define COROSCOPE_VERSION "0.1.0"

const char *cs_version(void);

/* ---- running a Python program ----
 * Output arrives through the output function as UTF-8 pieces, tagged with
 * a stream: program stdout, program stderr (tracebacks, warnings), or the
 * trace (one JSON object per line, when CS_RUN_TRACE is set; program
 * output then also appears in the trace as "output" events).  On wasm the
 * output function is the JS callback Module.csOutput(stream, text). */
enum { CS_STDOUT = 1, CS_STDERR = 2, CS_TRACE = 3 };
enum {
    CS_RUN_TRACE = 1,   /* write the trace (one JSON line per event) */
    CS_RUN_PAUSE = 2,   /* pause to the host at every event and go on at
                           once: what stepping does, for tests */
    CS_RUN_TRACE_LIBRARY = 8, /* the trace shows the lines of library modules
                                 written in Python too (asyncio, ...) */
    CS_RUN_DIS = 4      /* do not run it: write its bytecode to stdout
                           (`coroscope dis`) */
};

typedef void (*cs_output_fn)(int stream, const char *data, unsigned long len, void *user);
void cs_set_output(cs_output_fn fn, void *user);   /* native hosts */

/* Limits of a run (0 = none): statements executed, bytes of memory. */
void cs_set_limits(double max_steps, double max_memory);
/* The host's stack room in percent of a Node main thread's (default 100):
 * C-recursion guards (1,000 calls per stack segment, 1,000 levels of the
 * symbol table's walk) shrink in proportion, so a browser worker's smaller
 * JS stack gives a RecursionError, never a stack overflow. */
void cs_set_stack_room(double percent);
/* Bytes of output (stdout and stderr together) a run may write (0 =
 * none): the run stops there, with a message and exit status 3. */
void cs_set_output_limit(double max_output);

/* Run src[0..len) as main.py on a coroutine of its own; the exit status
 * (0, 1 for an uncaught exception or syntax error) is in cs_exit_status(),
 * and with CS_RUN_PAUSE the number of pauses in cs_pause_count(). */
void cs_run(const char *src, unsigned long len, int flags);
int  cs_exit_status(void);
double cs_pause_count(void);
/* The last run measured on a real clock (milliseconds, parsing and
 * compiling included) and the most engine memory it had in use at once
 * (bytes, above what was in use before it): for benchmarks, never seen by
 * the program. */
double cs_run_ms(void);
double cs_peak_memory(void);

/* ---- stepping a program ----
 * One session at a time: cs_load starts it (ending any other session or
 * run), the program then runs on a coroutine of its own and switches back
 * to the host at the events the host asks for (cs_step), so a pause costs
 * no re-execution.  While it is paused, cs_snapshot describes everything
 * (web/snapshot.schema.json).  A session ends with its program (the last
 * snapshot says how: "end") or with cs_free.
 *
 * Events are the trace's (core/vm/trace.h, one kind per TraceKind
 * number), numbered from 1 once the program has compiled; the same
 * program always gives the same events.  Step 0 is the loaded program
 * before its first event.
 *
 * cs_load and cs_step switch coroutines: they return nothing; read
 * cs_state() and the other getters afterwards. */
enum { CS_STEP_NONE = 0, CS_STEP_PAUSED = 1, CS_STEP_ENDED = 2 };
/* The object a step may be limited to (cs_step select_kind): a generator,
 * coroutine or async generator (by its serial: its gen_* events, and the
 * lines and exceptions of its frame), or a task or future (by its serial:
 * its task_* / future_done events and the call_soon of its steps). */
enum { CS_SELECT_NONE = 0, CS_SELECT_GENERATOR = 1, CS_SELECT_TASK = 2 };

/* Loads src[0..len) as main.py (flags: CS_RUN_TRACE_LIBRARY) under the
 * limits of cs_set_limits / cs_set_output_limit: paused at step 0, or
 * ended at once (a syntax error: the end says where). */
void cs_load(const char *src, unsigned long len, int flags);
/* Runs on to the first event, among those that may pause, that is of a
 * kind in `mask` (bit 1 << TraceKind) and concerns the selected object;
 * or whose number is >= stop_at (0: none); or that is the max_events-th
 * of this call (0: no limit); or to the program's end. */
void cs_step(unsigned mask, int select_kind, double select_id, double stop_at,
             double max_events);
/* To the end, pausing after max_events events if it is not there yet
 * (0: no limit): cs_step(0, CS_SELECT_NONE, 0, 0, max_events). */
void cs_run_to_end(double max_events);
/* The snapshot of the program as it is now: JSON, UTF-8, valid until the
 * next call of the API; cs_snapshot_len() bytes. */
const char *cs_snapshot(void);
double cs_snapshot_len(void);
/* Ends the session (a paused program is stopped first, silently). */
void cs_free(void);

/* The granularities a host steps by, as event-kind masks for cs_step:
 * "line" (a line starts), "coroutine" (a generator, coroutine or async
 * generator is created, resumed, yields, returns, raises or is closed),
 * "scheduler" (tasks, futures, callbacks, timers, the clock, the loop,
 * a deadlock), "all"; 0 for another name. */
unsigned cs_granularity(const char *name);
/* The name of event kind k ("line", "gen_yield", ...; bit k of a mask),
 * NULL past the last one. */
const char *cs_kind_name(int kind);

int cs_state(void);               /* CS_STEP_* */
double cs_paused_at(void);        /* number of the event paused at (0: the start) */
double cs_event_count(void);      /* events so far */
/* The log of every event so far (at most 2^21 of them): two words per
 * event, kind | (may pause ? 0x100 : 0), then the serial of the object
 * it concerns (see CS_SELECT_*; 0: none).  Valid until the next call. */
const unsigned *cs_log(void);
double cs_log_len(void);

#endif
