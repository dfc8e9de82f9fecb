/* host.c - the host API of coroscope.h on top of the private subsystems:
 * output, limits and whole runs (stepping sessions are in step.c). */
#include "coroscope.h"

#include <stdint.h>
#include <string.h>
#include <time.h>

#include "coro/coro.h"
#include "base/mem.h"
#include "host/host.h"
#include "host/runtime.h"
#include "host/trace_json.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define CS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define CS_EXPORT
#endif

CS_EXPORT const char *cs_version(void) { return COROSCOPE_VERSION; }

/* ---- running a program ---- */

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

CS_EXPORT void cs_set_stack_room(double percent)
{
    mem_set_stack_room(!(percent > 0) ? 100 : percent > 100 ? 100 : (int)percent);
}

CS_EXPORT void cs_set_limits(double max_steps, double max_memory)
{
    /* Clamped: converting a double beyond the target's range is undefined. */
    step_limit = !(max_steps > 0) ? 0
               : max_steps >= 18446744073709551615.0 ? UINT64_MAX : (uint64_t)max_steps;
    memory_limit = !(max_memory > 0) ? 0
                 : max_memory >= (double)SIZE_MAX ? SIZE_MAX : (size_t)max_memory;
}

void host_write(int stream, const char *data, size_t len)
{
    output(stream, data, len, output_user);
}

static void write_stdout(void *user, const char *data, size_t len)
{
    (void)user;
    host_write(CS_STDOUT, data, len);
}

static void write_stderr(void *user, const char *data, size_t len)
{
    (void)user;
    host_write(CS_STDERR, data, len);
}

rt_config host_config(void)
{
    return (rt_config){
        .write_stdout = write_stdout, .write_stderr = write_stderr, .user = NULL,
        .step_budget = step_limit, .mem_cap = memory_limit, .output_limit = output_limit,
        .filename = "main.py",
    };
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

double host_real_ms(void)
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
    rt_config cfg = host_config();
    run_flags = run->flags;
    trace_library_frames = (run->flags & CS_RUN_TRACE_LIBRARY) != 0;
    if (run->flags & CS_RUN_TRACE)
        trace_json_open(write_trace, NULL);
    if (run->flags & (CS_RUN_TRACE | CS_RUN_PAUSE))
        trace_set_hook(on_event, NULL);
    mem_reset_peak();
    size_t base = mem_in_use();
    double t0 = host_real_ms();
    int status = (run->flags & CS_RUN_DIS) ? rt_dis(run->src, run->len, &cfg)
                                           : rt_run(run->src, run->len, &cfg);
    run_ms = host_real_ms() - t0;
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
    host_end_session();
    program_run *run = mem_alloc(sizeof *run);
    coro *co = NULL;
    if (!run || coro_create(&co, program_entry, run, HOST_PROGRAM_STACK) != CORO_OK) {
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
