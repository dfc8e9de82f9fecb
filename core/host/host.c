/* host.c - the host API of coroscope.h on top of the private subsystems. */
#include "coroscope.h"

#include <stdint.h>
#include <string.h>
#include <time.h>

#include "coro/coro.h"
#include "base/mem.h"
#include "host/runtime.h"
#include "host/trace_json.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define CS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define CS_EXPORT
#endif

#define MAX_COUNTERS 1024

typedef struct counter {
    int next;        /* value it yields next */
    int step;        /* added after each yield */
    int total;       /* sum of the values sent in */
} counter;

static coro *counters[MAX_COUNTERS];   /* live counter coroutines, by handle */
static int result_value;               /* see cs_result_value */
static int result_status;              /* see cs_result_status */
static const char *result_text = "none";

CS_EXPORT const char *cs_version(void) { return COROSCOPE_VERSION; }

/* ---- running a program ---- */

/* The program's own coroutine gets a dedicated stack (never copied): deep
 * enough for CPython's recursion limit of 1000 calls plus the parser. */
#ifdef __EMSCRIPTEN__
#define PROGRAM_STACK (8u * 1024u * 1024u)
#else
#define PROGRAM_STACK (64u * 1024u * 1024u)   /* pages are committed on use */
#endif

#ifdef __EMSCRIPTEN__
/* Output as text: one streaming UTF-8 decoder per stream, so that NUL
 * passes through and a character split between two writes stays whole. */
EM_JS(void, js_output, (int stream, const char *data, unsigned long len), {
    if (!Module.csOutput) return;
    if (!Module.csDecoders) Module.csDecoders = {};
    var decoder = Module.csDecoders[stream];
    if (!decoder) decoder = Module.csDecoders[stream] = new TextDecoder('utf-8');
    Module.csOutput(stream, decoder.decode(HEAPU8.subarray(data, data + len), { stream: true }));
});
static void default_output(int stream, const char *data, unsigned long len, void *user)
{
    (void)user;
    js_output(stream, data, len);
}
#else
#include <stdio.h>
static void default_output(int stream, const char *data, unsigned long len, void *user)
{
    (void)user;
    fwrite(data, 1, len, stream == CS_STDERR ? stderr : stdout);
}
#endif

static cs_output_fn output = default_output;
static void *output_user;
static uint64_t step_limit;
static size_t memory_limit;
static uint64_t output_limit;
static int exit_status;

void cs_set_output(cs_output_fn fn, void *user)
{
    output = fn ? fn : default_output;
    output_user = user;
}

CS_EXPORT void cs_set_output_limit(double max_output)
{
    output_limit = !(max_output > 0) ? 0
                 : max_output >= 18446744073709551615.0 ? UINT64_MAX : (uint64_t)max_output;
}

CS_EXPORT void cs_set_limits(double max_steps, double max_memory)
{
    /* Clamped: converting a double beyond the target's range is undefined. */
    step_limit = !(max_steps > 0) ? 0
               : max_steps >= 18446744073709551615.0 ? UINT64_MAX : (uint64_t)max_steps;
    memory_limit = !(max_memory > 0) ? 0
                 : max_memory >= (double)SIZE_MAX ? SIZE_MAX : (size_t)max_memory;
}

static void write_stdout(void *user, const char *data, size_t len)
{
    (void)user;
    output(CS_STDOUT, data, len, output_user);
}

static void write_stderr(void *user, const char *data, size_t len)
{
    (void)user;
    output(CS_STDERR, data, len, output_user);
}

static void write_trace(const char *line, size_t len, void *user)
{
    (void)user;
    output(CS_TRACE, line, len, output_user);
}

/* What the program coroutine needs; lives on the heap (copy-stack rule). */
typedef struct program_run {
    const char *src;
    size_t len;
    int flags;
} program_run;

static int run_flags;             /* CS_RUN_* of the run in progress */
static uint64_t pause_count;      /* pauses of the last run */
static double run_ms;             /* real time the last run took */
static size_t peak_memory;        /* most bytes in use during the last run,
                                     above what was in use when it started */

/* A real clock in milliseconds (benchmarks time the engine with it; the
 * program itself only ever sees its virtual clock). */
static double real_ms(void)
{
#ifdef __EMSCRIPTEN__
    return emscripten_get_now();
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
#endif
}

/* The hook of a run: the JSON line of each event, then (CS_RUN_PAUSE) a
 * switch back to the host, unless the stack holds code that must not be
 * paused in (trace.h). */
static void on_event(const TraceEvent *e, void *user)
{
    (void)user;
    if (run_flags & CS_RUN_TRACE)
        trace_json_emit(e);
    if ((run_flags & CS_RUN_PAUSE) && !trace_pause_inhibit) {
        pause_count++;
        coro_yield(NULL, NULL);
    }
}

static void *program_entry(void *user, void *first)
{
    (void)first;
    program_run *run = user;
    rt_config cfg = {
        .write_stdout = write_stdout, .write_stderr = write_stderr, .user = NULL,
        .step_budget = step_limit, .mem_cap = memory_limit, .output_limit = output_limit, .filename = "main.py",
    };
    run_flags = run->flags;
    trace_library_frames = (run->flags & CS_RUN_TRACE_LIBRARY) != 0;
    if (run->flags & CS_RUN_TRACE)
        trace_json_open(write_trace, NULL);
    if (run->flags & (CS_RUN_TRACE | CS_RUN_PAUSE))
        trace_set_hook(on_event, NULL);
    mem_reset_peak();
    size_t base = mem_in_use();
    double t0 = real_ms();
    int status = (run->flags & CS_RUN_DIS) ? rt_dis(run->src, run->len, &cfg)
                                           : rt_run(run->src, run->len, &cfg);
    run_ms = real_ms() - t0;
    peak_memory = mem_peak() - base;
    trace_set_hook(NULL, NULL);
    run_flags = 0;
    return (void *)(intptr_t)status;
}

static void host_error(const char *what)
{
    output(CS_STDERR, what, strlen(what), output_user);
    exit_status = 1;
}

CS_EXPORT void cs_run(const char *src, unsigned long len, int flags)
{
    program_run *run = mem_alloc(sizeof *run);
    coro *co = NULL;
    if (!run || coro_create(&co, program_entry, run, PROGRAM_STACK) != CORO_OK) {
        mem_free(run, sizeof *run);
        host_error("MemoryError: cannot start the program\n");
        return;
    }
    *run = (program_run){ .src = src, .len = len, .flags = flags };
    pause_count = 0;
    void *status = NULL;
    coro_result r = coro_resume(co, NULL, &status);
    while (r == CORO_OK && coro_status_of(co) == CORO_SUSPENDED)
        r = coro_resume(co, NULL, &status);     /* step pauses: run on */
    exit_status = r == CORO_OK ? (int)(intptr_t)status : 1;
    if (r != CORO_OK)
        host_error(coro_describe(r));
    coro_free(co);
    mem_free(run, sizeof *run);
}

CS_EXPORT int cs_exit_status(void) { return exit_status; }

CS_EXPORT double cs_pause_count(void) { return (double)pause_count; }
CS_EXPORT double cs_run_ms(void) { return run_ms; }
CS_EXPORT double cs_peak_memory(void) { return (double)peak_memory; }

static void *counter_entry(void *user, void *first)
{
    counter *c = user;
    intptr_t sent = (intptr_t)first;
    while (sent >= 0) {
        c->total += (int)sent;
        void *in;
        coro_yield((void *)(intptr_t)c->next, &in);
        c->next += c->step;
        sent = (intptr_t)in;
    }
    return (void *)(intptr_t)c->total;
}

CS_EXPORT int cs_counter_new(int start, int step)
{
    for (int h = 0; h < MAX_COUNTERS; h++) {
        if (counters[h])
            continue;
        counter *c = mem_alloc(sizeof *c);
        if (!c)
            return -1;
        *c = (counter){ .next = start, .step = step, .total = 0 };
        if (coro_create(&counters[h], counter_entry, c, CORO_SHARED_STACK) != CORO_OK) {
            mem_free(c, sizeof *c);
            return -1;
        }
        return h;
    }
    return -1;
}

static coro *counter_at(int handle)
{
    return handle >= 0 && handle < MAX_COUNTERS ? counters[handle] : NULL;
}

CS_EXPORT void cs_counter_resume(int handle, int sent)
{
    void *out = NULL;
    coro *co = counter_at(handle);
    coro_result r = co ? coro_resume(co, (void *)(intptr_t)sent, &out) : CORO_ERR_INVALID;
    result_value = (int)(intptr_t)out;
    result_status = r == CORO_OK ? (int)coro_status_of(co) : -(int)r;
    result_text = r == CORO_OK ? coro_status_name(coro_status_of(co)) : coro_describe(r);
}

CS_EXPORT int cs_counter_free(int handle)
{
    coro *co = counter_at(handle);
    if (!co)
        return -(int)CORO_ERR_INVALID;
    void *c = coro_user(co);
    coro_result r = coro_free(co);
    if (r != CORO_OK)
        return -(int)r;
    mem_free(c, sizeof(counter));
    counters[handle] = NULL;
    return 0;
}

CS_EXPORT int cs_result_value(void) { return result_value; }
CS_EXPORT int cs_result_status(void) { return result_status; }
CS_EXPORT const char *cs_result_text(void) { return result_text; }
