/* fuzz_programs.c - structure-aware libFuzzer target: the fuzzer's bytes
 * are the choices of the program generator (proggen.h), which turns them
 * into a deep or long Python program (iterator chains, nested containers,
 * deep expressions, long elif chains, huge ranges and repeats, big
 * integers, recursion, generators and tasks made in loops, ...); the
 * program then runs through the whole engine under realistic limits.
 *
 * Built by tests/fuzz/run_fuzz.sh with FUZZ_TARGET=programs
 * (clang -fsanitize=fuzzer,address,undefined).  For each input:
 *   1. proggen makes the program and picks its limits: 200,000 steps and
 *      a 256 MiB memory cap, sometimes a 32 or 4 MiB cap;
 *   2. rt_run runs it as the native host does (core/host/host.c): on a
 *      coroutine with a 64 MiB stack, output read and discarded, at most
 *      FUZZ_OUTPUT_LIMIT bytes of output;
 *   3. the run must end: any exit status is a program's normal outcome
 *      (output, a Python error, a limit); a crash, a sanitizer report, a
 *      C stack overflow or an input running past libFuzzer's -timeout is
 *      a finding.  The memory cap must be lifted again afterwards.
 * `tests/fuzz/run_fuzz.sh show FILE` prints the program of an input (a
 * crash artifact) so it can be run with `coroscope run`.
 *
 * Deterministic: no clock, no randomness; the engine keeps only its
 * singletons between inputs.  Test code: stdio and abort().
 */
#include "base/mem.h"
#include "coro/coro.h"
#include "host/runtime.h"
#include "proggen.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_MAX_INPUT 4096                     /* longer inputs are ignored */
#define FUZZ_OUTPUT_LIMIT ((uint64_t)64 << 20)  /* stdout + stderr bytes per run */
#define FUZZ_PROGRAM_STACK ((size_t)64 << 20)   /* host.c's native program stack */

static volatile unsigned output_sum;            /* keeps the output reads alive */

static void fail(const char *what, size_t a, size_t b)
{
    fprintf(stderr, "fuzz_programs: %s (%zu vs %zu)\n", what, a, b);
    abort();
}

/* Output callback: read every byte (ASan checks the range), keep nothing. */
static void discard(void *user, const char *data, size_t len)
{
    (void)user;
    unsigned s = 0;
    for (size_t i = 0; i < len; i++)
        s += (unsigned char)data[i];
    output_sum += s;
}

typedef struct run_job {
    const char *src;
    size_t len;
    const rt_config *cfg;
} run_job;

static void *run_entry(void *user, void *first)
{
    (void)first;
    run_job *job = user;
    rt_run(job->src, job->len, job->cfg);
    return NULL;
}

/* Runs one program on a coroutine of its own, as the host does. */
static void run_program(const char *src, size_t len, const rt_config *cfg)
{
    run_job job = { src, len, cfg };
    coro *co = NULL;
    coro_result r = coro_create(&co, run_entry, &job, FUZZ_PROGRAM_STACK);
    if (r != CORO_OK)
        fail("cannot create the program coroutine", (size_t)r, 0);
    r = coro_resume(co, NULL, NULL);
    if (r != CORO_OK || coro_status_of(co) != CORO_DEAD)
        fail("the program coroutine did not run to its end", (size_t)r,
             (size_t)coro_status_of(co));
    coro_free(co);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* The engine's singletons are made by the first run. */
    static const char warm[] = "import asyncio\nprint(asyncio.run(asyncio.sleep(0, 1)))\n";
    rt_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_stdout = discard;
    cfg.write_stderr = discard;
    run_program(warm, sizeof warm - 1, &cfg);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT)
        return 0;
    pg_limits lim;
    size_t len;
    char *src = proggen(data, size, &len, &lim);
    if (!src)
        fail("proggen: out of memory", size, 0);
    rt_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_stdout = discard;
    cfg.write_stderr = discard;
    cfg.step_budget = lim.max_steps;
    cfg.mem_cap = lim.max_memory;
    cfg.output_limit = FUZZ_OUTPUT_LIMIT;
    run_program(src, len, &cfg);
    free(src);
    if (mem_cap() != 0)
        fail("rt_run left a memory cap set", mem_cap(), 0);
    return 0;
}
