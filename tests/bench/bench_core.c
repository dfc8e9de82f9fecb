/* bench_core.c - measurements of the coroutine core for `npm run bench`.
 *
 * Natively it is a program printing one JSON object; for wasm the same
 * functions are exported and called from tests/bench/bench.mjs.  Results
 * go through bench_result() because exports that switch coroutines cannot
 * return values (Asyncify).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "coro/coro.h"
#include "base/mem.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define BENCH_EXPORT EMSCRIPTEN_KEEPALIVE
static double now_ns(void) { return emscripten_get_now() * 1e6; }
#else
#include <time.h>
#define BENCH_EXPORT
static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}
#endif

static double result;

BENCH_EXPORT double bench_result(void) { return result; }

/* Descend `depth` frames, then yield forever, handing back what was sent. */
static int descend_and_spin(int depth)
{
    volatile int keep = depth;
    if (depth > 0)
        return descend_and_spin(depth - 1) + keep;
    void *v = NULL;
    while (coro_yield(v, &v) == CORO_OK)
        ;                       /* the benchmark frees it while suspended */
    return 0;
}

static void *spinner(void *user, void *first)
{
    (void)first;
    return (void *)(intptr_t)descend_and_spin((int)(intptr_t)user);
}

/* Nanoseconds per resume+yield round trip with the yield `depth` frames
 * below the coroutine's entry. */
BENCH_EXPORT void bench_roundtrip(int rounds, int depth)
{
    coro *co;
    if (coro_create(&co, spinner, (void *)(intptr_t)depth, CORO_SHARED_STACK) != CORO_OK) {
        result = -1;
        return;
    }
    coro_resume(co, NULL, NULL);
    double t0 = now_ns();
    for (int i = 0; i < rounds; i++)
        coro_resume(co, (void *)(intptr_t)i, NULL);
    result = (now_ns() - t0) / rounds;
    coro_free(co);
}

/* Bytes held per suspended coroutine with `count` of them suspended
 * `depth` frames deep at once. */
BENCH_EXPORT void bench_memory(int count, int depth)
{
    coro **all = calloc((size_t)count, sizeof *all);
    size_t before = mem_in_use();
    int made = 0;
    while (made < count &&
           coro_create(&all[made], spinner, (void *)(intptr_t)depth, CORO_SHARED_STACK) == CORO_OK) {
        coro_resume(all[made], NULL, NULL);
        made++;
    }
    /* one more switch so the last one's stack is saved like the others */
    coro *extra;
    coro_create(&extra, spinner, (void *)(intptr_t)0, CORO_SHARED_STACK);
    coro_resume(extra, NULL, NULL);
    coro_free(extra);
    result = made == count ? (double)(mem_in_use() - before) / count : -1;
    for (int i = 0; i < made; i++)
        coro_free(all[i]);
    free(all);
}

#ifdef __EMSCRIPTEN__
/* The peer: two bare Emscripten fibers swapping, no core around them. */
#include <emscripten/fiber.h>

static emscripten_fiber_t bare_main, bare_other;
static char bare_stack[64 * 1024];
static char bare_async_main[64 * 1024], bare_async_other[64 * 1024];

static void bare_entry(void *arg)
{
    (void)arg;
    for (;;)
        emscripten_fiber_swap(&bare_other, &bare_main);
}

BENCH_EXPORT void bench_bare_fiber(int rounds)
{
    emscripten_fiber_init_from_current_context(&bare_main, bare_async_main, sizeof bare_async_main);
    emscripten_fiber_init(&bare_other, bare_entry, NULL, bare_stack, sizeof bare_stack,
                          bare_async_other, sizeof bare_async_other);
    emscripten_fiber_swap(&bare_main, &bare_other);
    double t0 = now_ns();
    for (int i = 0; i < rounds; i++)
        emscripten_fiber_swap(&bare_main, &bare_other);
    result = (now_ns() - t0) / rounds;
}
#else
int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 1000000;
    bench_roundtrip(rounds, 0);
    double shallow = result;
    bench_roundtrip(rounds, 10);
    double deep = result;
    bench_memory(10000, 0);
    double mem0 = result;
    bench_memory(10000, 10);
    double mem10 = result;
    printf("{\"roundtrip_ns\": %.1f, \"roundtrip10_ns\": %.1f, "
           "\"bytes_per_coro\": %.0f, \"bytes_per_coro10\": %.0f}\n",
           shallow, deep, mem0, mem10);
    return 0;
}
#endif
