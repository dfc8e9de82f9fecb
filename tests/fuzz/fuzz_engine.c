/* fuzz_engine.c - libFuzzer target: any byte string, taken as the text of
 * main.py, goes through the whole engine (lexer, parser, symtable, then the
 * evaluator) and must never crash it.
 *
 * Built by tests/fuzz/run_fuzz.sh with
 *   clang -fsanitize=fuzzer,address,undefined
 * For each input of at most FUZZ_MAX_INPUT bytes it
 *   1. parses the text with parse_program; a syntax error is a normal
 *      outcome, but the result must be consistent (tree xor error) and the
 *      error printable, and every byte the parser took from core/mem.h must
 *      be given back (a parser leak aborts with "fuzz: parser leak");
 *   2. parses it again under a memory cap below the peak the first parse
 *      needed (the cap is chosen from the input, so runs are reproducible),
 *      to drive the out-of-memory paths; again nothing may leak;
 *   3. unless built with -DFUZZ_PARSER_ONLY, runs it with rt_run
 *      (core/host/runtime.h) under a step budget and a memory cap, output
 *      discarded (but every output byte is read, so a bad length shows).
 *      As runtime.h describes for a host, the program runs on a coroutine
 *      with a dedicated stack (FUZZ_STACK_KB, default 8192), so the
 *      evaluator's soft stack check is active; FUZZ_STACK_KB=0 calls
 *      rt_run on the fuzzer's own stack instead (no soft check there).
 *
 * Deterministic: no clock, no randomness, no state kept between inputs
 * except what the engine itself keeps (its singletons).
 * Environment (read once):
 *   FUZZ_ENGINE_LEAKS=1  run each program twice and require the second
 *                        run to give back every byte it took (the first may
 *                        fill caches such as interned names).  Off by
 *                        default: a reference cycle is never freed by a
 *                        refcounting engine without a cycle collector, and
 *                        that is no crash.
 *   FUZZ_NO_OOM=1        skip step 2.
 * This is test code, so it may use stdio and abort().
 */
#include "parser/ast.h"
#include "base/mem.h"
#include "parser/parser.h"
#ifndef FUZZ_PARSER_ONLY
#include "coro/coro.h"
#include "host/runtime.h"
#endif

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_MAX_INPUT 4096                 /* longer inputs are ignored */
#define FUZZ_STEP_BUDGET 10000              /* steps per run (see object.h step_tick) */
#define FUZZ_MEM_CAP ((size_t)8 << 20)      /* bytes per run, above the engine's start */

static int skip_oom;                        /* FUZZ_NO_OOM=1 */
#ifndef FUZZ_PARSER_ONLY
static int check_engine_leaks;              /* FUZZ_ENGINE_LEAKS=1 */
static volatile unsigned output_sum;        /* keeps the output reads alive */
static size_t host_stack = (size_t)8192 << 10; /* FUZZ_STACK_KB: rt_run's stack, 0 = ours */
#endif

/* Prints what went wrong with the current input and aborts, so libFuzzer
 * saves the input as a crash. */
static void fail(const char *what, size_t a, size_t b)
{
    fprintf(stderr, "fuzz: %s (%zu vs %zu)\n", what, a, b);
    abort();
}

/* FNV-1a of the input: picks the memory cap of the out-of-memory pass. */
static uint32_t hash_bytes(const uint8_t *d, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ d[i]) * 16777619u;
    return h;
}

/* A parse result must be a tree or an error, never both or neither, and
 * the error must be well-formed and formattable. */
static void check_result(int rc, const ast_tree *t, const ast_error *err)
{
    if (rc == 0) {
        if (!t || !t->mod)
            fail("parse_program returned 0 without a tree", 0, 0);
        if (err->type)
            fail("parse_program returned 0 with an error set", 0, 0);
        return;
    }
    if (rc != -1 || t)
        fail("parse_program failed but returned a tree or rc != -1", (size_t)rc, 0);
    if (!err->type || !memchr(err->msg, '\0', sizeof err->msg))
        fail("parse error without a type or with an unterminated message", 0, 0);
    if (!err->msg[0] && strcmp(err->type, "MemoryError") != 0)
        fail("syntax error with an empty message", 0, 0);
    /* Positions are not checked: CPython itself reports end_offset -1 or 0
     * for some errors; ast_error_format must cope with whatever is set. */
    char small[64];
    size_t need = ast_error_format(err, "main.py", small, sizeof small);
    if (!memchr(small, '\0', sizeof small))
        fail("ast_error_format did not terminate a truncated buffer", need, sizeof small);
    char *big = malloc(need + 1);
    if (!big)
        abort();
    size_t again = ast_error_format(err, "main.py", big, need + 1);
    if (again != need || strlen(big) != need)
        fail("ast_error_format length mismatch", again, need);
    free(big);
}

/* One parse under the current cap; checks the result, frees everything
 * and checks that the parser gave back every byte. */
static void parse_once(const char *src, size_t n)
{
    size_t before = mem_in_use();
    ast_tree *t = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    int rc = parse_program(src, n, &t, &err);
    mem_set_cap(0);                         /* checks below may allocate */
    check_result(rc, t, &err);
    if (t)
        ast_tree_free(t);
    ast_error_clear(&err);
    if (mem_in_use() != before)
        fail("parser leak: mem_in_use() after freeing the tree/error", mem_in_use(), before);
}

/* Steps 1 and 2: a plain parse, then one under a cap below its peak. */
static void fuzz_parser(const uint8_t *data, size_t size)
{
    size_t before = mem_in_use();
    mem_reset_peak();
    parse_once((const char *)data, size);
    size_t need = mem_peak() - before;
    if (skip_oom || need == 0)
        return;
    size_t allow = (size_t)((uint64_t)need * (hash_bytes(data, size) % 8) / 8);
    mem_set_cap(before + allow);
    parse_once((const char *)data, size);
    mem_set_cap(0);
}

#ifndef FUZZ_PARSER_ONLY
/* Output callback: read every byte (ASan checks the range), keep nothing. */
static void discard(void *user, const char *data, size_t len)
{
    (void)user;
    unsigned s = 0;
    for (size_t i = 0; i < len; i++)
        s += (unsigned char)data[i];
    output_sum += s;
}

/* What the program coroutine runs: one rt_run. */
typedef struct run_job {
    const char *src;                        /* program text */
    size_t len;                             /* its length */
    const rt_config *cfg;                   /* limits and callbacks */
} run_job;

static void *run_entry(void *user, void *first)
{
    (void)first;
    run_job *job = user;
    rt_run(job->src, job->len, job->cfg);
    return NULL;
}

/* Runs one program as a host would: on a coroutine with its own stack
 * (or directly when host_stack is 0).  It must run to its end. */
static void run_program(const char *src, size_t len, const rt_config *cfg)
{
    run_job job = { src, len, cfg };
    if (host_stack == 0) {
        run_entry(&job, NULL);
        return;
    }
    coro *co = NULL;
    coro_result r = coro_create(&co, run_entry, &job, host_stack);
    if (r != CORO_OK)
        fail("cannot create the program coroutine", (size_t)r, 0);
    r = coro_resume(co, NULL, NULL);
    if (r != CORO_OK || coro_status_of(co) != CORO_DEAD)
        fail("the program coroutine did not run to its end", (size_t)r,
             (size_t)coro_status_of(co));
    coro_free(co);
}

/* Step 3: run the program with limits, output discarded. */
static void fuzz_runtime(const uint8_t *data, size_t size)
{
    rt_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_stdout = discard;
    cfg.write_stderr = discard;
    cfg.step_budget = FUZZ_STEP_BUDGET;
    cfg.mem_cap = FUZZ_MEM_CAP;
    run_program((const char *)data, size, &cfg);
    if (mem_cap() != 0)
        fail("rt_run left a memory cap set", mem_cap(), 0);
    if (!check_engine_leaks)
        return;
    /* The first run may fill the engine's caches (interned names, ...);
     * a second identical run must then give back all it takes. */
    size_t before = mem_in_use();
    run_program((const char *)data, size, &cfg);
    if (mem_in_use() != before)
        fail("engine leak: mem_in_use() after a second rt_run", mem_in_use(), before);
}
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *v = getenv("FUZZ_NO_OOM");
    skip_oom = v && *v == '1';
#ifndef FUZZ_PARSER_ONLY
    v = getenv("FUZZ_ENGINE_LEAKS");
    check_engine_leaks = v && *v == '1';
    v = getenv("FUZZ_STACK_KB");
    if (v && *v)
        host_stack = (size_t)strtoul(v, NULL, 10) << 10;
    /* Warm up: the engine's singletons are created by the first run, so a
     * leak check on later runs compares like with like. */
    static const char warm[] = "def g():\n    yield 1\nprint(list(g()), f'{1:>3}')\n";
    rt_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_stdout = discard;
    cfg.write_stderr = discard;
    run_program(warm, sizeof warm - 1, &cfg);
#endif
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT)
        return 0;
    fuzz_parser(data, size);
#ifndef FUZZ_PARSER_ONLY
    fuzz_runtime(data, size);
#endif
    return 0;
}
