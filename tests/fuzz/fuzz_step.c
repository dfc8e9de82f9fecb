/* fuzz_step.c - libFuzzer target for the stepping path (core/host/step.c,
 * core/host/snapshot.c): a program is stepped at random granularities,
 * with back and jump, and must never crash, must give the same snapshot
 * every time it comes back to a step, and must print what a plain run
 * prints.
 *
 * Built by tests/fuzz/run_fuzz.sh (FUZZ_TARGET=step) with
 *   clang -fsanitize=fuzzer,address,undefined
 * An input is OPS '\n' PROGRAM: the bytes up to the first newline (at most
 * FUZZ_OPS of them) choose the operations, the rest is main.py (the seeds
 * are tests/py programs behind a line of operation bytes; any input
 * without a newline is all program, stepped with a fixed pattern).  For
 * each input:
 *   1. the program runs plainly (cs_run) under a step budget and a memory
 *      cap: its output and exit status;
 *   2. it is loaded (cs_load) and walked: each operation byte is a step at
 *      one of the granularities (some limited to one generator or task
 *      the log has seen), a back (the previous step of a granularity, found
 *      in the event log, then reached by loading again and running straight
 *      to it) or a jump to an event the log knows.  The snapshot at every
 *      step is remembered (a hash per event number) and must be the same
 *      whenever that step is reached again, whichever way;
 *   3. the last session runs to its end: its output and exit status must
 *      be the plain run's, unless a limit (step budget, memory) ended
 *      either run (tracing allocates, so the limits may bite at another
 *      statement).
 * Deterministic: no clock, no randomness.  This is test code, so it may
 * use stdio and abort().
 */
#define _GNU_SOURCE
#include "coroscope.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_MAX_INPUT 4096
#define FUZZ_OPS 48                        /* operations per input at most */
#define FUZZ_STEP_BUDGET 5000              /* statements per run */
#define FUZZ_MEM_CAP (8.0 * 1024 * 1024)   /* bytes per run */
#define MAX_EVENTS 200000                  /* snapshot hashes kept per input */

/* What the program wrote (stdout and stderr in one stream, as a terminal). */
typedef struct sink {
    char *p;
    size_t len, cap;
} sink;

static sink out;

static void fail(const char *what, double a, double b)
{
    fprintf(stderr, "fuzz_step: %s (%.0f vs %.0f)\n", what, a, b);
    abort();
}

static void collect(int stream, const char *data, unsigned long len, void *user)
{
    (void)stream; (void)user;
    if (!len)
        return;
    if (out.len + len > out.cap) {
        size_t cap = out.cap ? out.cap : 4096;
        while (cap < out.len + len)
            cap *= 2;
        out.p = realloc(out.p, cap);
        if (!out.p)
            abort();
        out.cap = cap;
    }
    memcpy(out.p + out.len, data, len);
    out.len += len;
}

static uint64_t fnv(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h | 1;                          /* 0 means "not seen" */
}

/* ---- the walk ---- */

static const char *const granularities[] = { "line", "coroutine", "scheduler", "all" };
static uint64_t *seen;                     /* snapshot hash per event number (0: not seen) */
static const char *program;
static size_t program_len;

/* The snapshot where the session is now: the same as any time before. */
static void check_snapshot(void)
{
    const char *json = cs_snapshot();
    size_t n = (size_t)cs_snapshot_len();
    if (strlen(json) != n)
        fail("snapshot length", (double)strlen(json), (double)n);
    if (json[0] != '{' || json[n - 1] != '}')
        fail("snapshot is not a JSON object", json[0], json[n - 1]);
    if (strstr(json, "\"error\":\"out of memory\""))
        return;
    double at = cs_state() == CS_STEP_ENDED ? cs_event_count() + 1 : cs_paused_at();
    if (at >= MAX_EVENTS)
        return;
    uint64_t h = fnv(json, n);
    size_t i = (size_t)at;
    if (seen[i] && seen[i] != h) {
        fprintf(stderr, "fuzz_step: a different snapshot at event %.0f the second time:\n%s\n", at, json);
        abort();
    }
    seen[i] = h;
}

static void load(void)
{
    cs_free();
    out.len = 0;
    cs_set_limits(FUZZ_STEP_BUDGET, FUZZ_MEM_CAP);
    cs_set_output_limit(0);
    cs_load(program, program_len, 0);
}

/* Loads again and runs straight to event n (0: stays at the start). */
static void go_to(double n)
{
    load();
    if (n > 0 && cs_state() == CS_STEP_PAUSED)
        cs_step(0, CS_SELECT_NONE, 0, n, 0);
    if (n > 0 && cs_state() == CS_STEP_PAUSED && cs_paused_at() != n)
        fail("a jump to a logged pausable event stopped elsewhere", cs_paused_at(), n);
}

/* Entry e (1-based) of the log: kind, pausable, object. */
static unsigned log_word(double e, int which)
{
    return cs_log()[2 * (size_t)(e - 1) + (size_t)which];
}

static void op_back(unsigned mask)
{
    double from = cs_state() == CS_STEP_ENDED ? cs_event_count() + 1 : cs_paused_at();
    double known = cs_log_len();
    double target = 0;
    for (double e = (from - 1 < known ? from - 1 : known); e >= 1; e--) {
        unsigned w = log_word(e, 0);
        if ((w & 0x100u) && (mask >> (w & 0xffu) & 1u)) {
            target = e;
            break;
        }
    }
    go_to(target);
}

static void op_jump(unsigned byte)
{
    double known = cs_log_len();
    if (known < 1)
        return;
    double e = 1 + (double)((unsigned)(byte * 2654435761u) % (unsigned)known);
    while (e <= known && !(log_word(e, 0) & 0x100u))
        e++;
    if (e <= known)
        go_to(e);
}

/* A step of granularity g, limited to the object of the latest logged
 * event that has one, when `one` is set. */
static void op_step(unsigned mask, int one)
{
    if (cs_state() != CS_STEP_PAUSED)
        return;
    double known = cs_log_len(), id = 0;
    int kind = CS_SELECT_NONE;
    if (one && known >= 1 && log_word(known, 1)) {
        unsigned k = log_word(known, 0) & 0xffu;
        id = log_word(known, 1);
        kind = k <= 10 ? CS_SELECT_GENERATOR : CS_SELECT_TASK;   /* line..gen_close : task_*.. */
    }
    cs_step(mask, kind, id, 0, 20000);
}

static void walk(const uint8_t *ops, size_t nops)
{
    load();
    check_snapshot();
    for (size_t i = 0; i < nops; i++) {
        unsigned b = ops[i];
        unsigned mask = cs_granularity(granularities[b & 3]);
        switch ((b >> 2) % 8) {
        case 0: case 1: case 2: case 3: op_step(mask, 0); break;
        case 4: op_step(mask, 1); break;
        case 5: case 6: op_back(mask); break;
        default: op_jump(b); break;
        }
        check_snapshot();
    }
}

/* Drops the hex digits of every " at 0x..." (object addresses differ from
 * run to run, in CPython too); returns the new length. */
static size_t scrub(char *t, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n;) {
        if (r + 6 <= n && memcmp(t + r, " at 0x", 6) == 0) {
            memcpy(t + w, " at 0x", 6);
            w += 6;
            r += 6;
            while (r < n && ((t[r] >= '0' && t[r] <= '9') || (t[r] >= 'a' && t[r] <= 'f')))
                r++;
            continue;
        }
        t[w++] = t[r++];
    }
    return w;
}

/* "exit_status":N of the end snapshot. */
static int end_status(void)
{
    const char *p = strstr(cs_snapshot(), "\"exit_status\":");
    return p ? atoi(p + 14) : -1;
}

static int limit_hit(const char *text, size_t n, int status)
{
    return status == 3 ||
           (n && (memmem(text, n, "MemoryError", 11) || memmem(text, n, "RecursionError", 14)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT)
        return 0;
    if (!seen && !(seen = calloc(MAX_EVENTS, sizeof *seen)))
        abort();
    memset(seen, 0, MAX_EVENTS * sizeof *seen);
    static const uint8_t pattern[] = { 0, 1, 2, 3, 20, 24, 28, 17, 4, 31, 0, 26, 13, 6 };
    const uint8_t *nl = memchr(data, '\n', size < FUZZ_OPS + 1 ? size : FUZZ_OPS + 1);
    const uint8_t *ops = nl ? data : pattern;
    size_t nops = nl ? (size_t)(nl - data) : sizeof pattern;
    program = nl ? (const char *)nl + 1 : (const char *)data;
    program_len = nl ? size - (size_t)(nl - data) - 1 : size;

    cs_set_output(collect, NULL);
    cs_set_limits(FUZZ_STEP_BUDGET, FUZZ_MEM_CAP);
    cs_set_output_limit(0);
    out.len = 0;
    cs_run(program, program_len, 0);
    int plain_status = cs_exit_status();
    char *plain = malloc(out.len + 1);
    if (!plain)
        abort();
    if (out.len)
        memcpy(plain, out.p, out.len);
    size_t plain_len = out.len;

    walk(ops, nops);
    if (cs_state() == CS_STEP_PAUSED)
        cs_run_to_end(0);
    check_snapshot();
    int status = end_status();
    plain_len = scrub(plain, plain_len);
    out.len = out.len ? scrub(out.p, out.len) : 0;
    if (!limit_hit(plain, plain_len, plain_status) && !limit_hit(out.p, out.len, status)) {
        if (status != plain_status)
            fail("exit status differs from a plain run", status, plain_status);
        if (out.len != plain_len || (plain_len && memcmp(out.p, plain, plain_len) != 0)) {
            fprintf(stderr, "fuzz_step: output differs from a plain run:\n--- plain\n%.*s\n--- stepped\n%.*s\n",
                    (int)plain_len, plain, (int)out.len, out.p);
            abort();
        }
    }
    free(plain);
    cs_free();
    return 0;
}
