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

/* ---- the coroutine core through the host boundary ----
 * A counter coroutine written in C: it yields start, start+step, ... and
 * adds every value sent in to its running total; sending a negative value
 * makes it return the total.  Used by the placeholder page and tests to
 * show the core working from JS. */
int  cs_counter_new(int start, int step);   /* handle >= 0, or -1 (no memory) */
void cs_counter_resume(int handle, int sent);
int  cs_counter_free(int handle);           /* 0, or a negative coro_result */

/* Result of the latest switching call. */
int  cs_result_value(void);                 /* yielded or returned value */
int  cs_result_status(void);                /* coro_status, or -coro_result on error */
const char *cs_result_text(void);           /* status name or error description */

#endif
