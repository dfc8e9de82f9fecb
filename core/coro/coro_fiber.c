/* coro_fiber.c - wasm backend of the coroutine core: Emscripten fibers on
 * Asyncify.
 *
 * A switch unwinds the running wasm call stack into an Asyncify buffer and
 * rewinds the target's.  Two scratch buffers serve every switch: the
 * leaving context unwinds into `unwind_scratch`, the arriving one rewinds
 * from `rewind_scratch`; right after the switch the leaving context's data
 * is copied to a heap buffer of exactly its size, so a suspended coroutine
 * holds only what its frames need.
 *
 * Copy-stack is done in place, before the swap, even when the leaving
 * coroutine itself runs on the shared stack: after emscripten_fiber_swap
 * begins, Asyncify only unwinds (saving wasm locals to the Asyncify buffer;
 * no function reads its C-stack memory), and backend_jump keeps nothing in
 * C-stack memory (it takes no address of a local), so overwriting the
 * shared stack just before the swap harms nobody.  memcpy uses no C stack.
 */
#ifdef __EMSCRIPTEN__
#include "coro/coro_backend.h"

#include <emscripten/stack.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

#define SCRATCH_BYTES (4u * 1024u * 1024u)   /* deepest unwind supported */

static char *unwind_scratch;     /* the leaving context unwinds into this */
static char *rewind_scratch;     /* the arriving context rewinds from this */
static coro *switched_out;       /* whose unwound data sits in unwind_scratch */

static void fiber_start(void *arg)
{
    coro__entry((coro *)arg);
}

static int scratch_init(void)
{
    if (!unwind_scratch) {
        unwind_scratch = mem_alloc(SCRATCH_BYTES);
        rewind_scratch = mem_alloc(SCRATCH_BYTES);
    }
    return unwind_scratch && rewind_scratch;
}

coro_result backend_context_init(coro *co)
{
    if (!scratch_init())
        return CORO_ERR_NOMEM;
    if (!co->entry)
        emscripten_fiber_init_from_current_context(&co->ctx.fiber, unwind_scratch, SCRATCH_BYTES);
    else
        emscripten_fiber_init(&co->ctx.fiber, fiber_start, co, co->stack_lo, co->stack_size,
                              unwind_scratch, SCRATCH_BYTES);
    return CORO_OK;
}

void backend_context_destroy(coro *co)
{
    mem_free(co->ctx.async_image, co->ctx.async_cap);
    co->ctx.async_image = NULL;
    co->ctx.async_len = co->ctx.async_cap = 0;
}

size_t backend_footprint(const coro *co) { return co->ctx.async_cap; }
char *backend_current_sp(void) { return (char *)emscripten_stack_get_current(); }
char *backend_saved_sp(const coro *co) { return (char *)co->ctx.fiber.stack_ptr; }

/* Point a context's Asyncify data at a scratch buffer holding `len` bytes. */
static void aim_async_data(coro *co, char *scratch, size_t len)
{
    co->ctx.fiber.asyncify_data.stack_ptr = scratch + len;
    co->ctx.fiber.asyncify_data.stack_limit = scratch + SCRATCH_BYTES;
}

void backend_jump(coro *from, coro *to)
{
    aim_async_data(from, unwind_scratch, 0);
    if (to->ctx.async_len) {
        memcpy(rewind_scratch, to->ctx.async_image, to->ctx.async_len);
        aim_async_data(to, rewind_scratch, to->ctx.async_len);
    }
    from->ctx.fiber.stack_ptr = backend_current_sp();
    coro__claim_shared_stack(to);
    switched_out = from;
    emscripten_fiber_swap(&from->ctx.fiber, &to->ctx.fiber);
    coro__after_switch();
}

/* Move the context that just left from the unwind scratch to a heap
 * buffer of its size (grown geometrically, never shrunk). */
void backend_after_switch(void)
{
    coro *co = switched_out;
    switched_out = NULL;
    if (!co)
        return;
    size_t len = (size_t)((char *)co->ctx.fiber.asyncify_data.stack_ptr - unwind_scratch);
    co->ctx.async_len = 0;
    if (co->status == CORO_DEAD || len == 0)
        return;
    if (len > co->ctx.async_cap) {
        size_t cap = co->ctx.async_cap ? co->ctx.async_cap : 64;
        while (cap < len)
            cap *= 2;
        void *p = mem_realloc(co->ctx.async_image, co->ctx.async_cap, cap);
        if (!p) {
            fputs("coro: out of memory while suspending a coroutine\n", stderr);
            abort();
        }
        co->ctx.async_image = p;
        co->ctx.async_cap = cap;
    }
    memcpy(co->ctx.async_image, unwind_scratch, len);
    co->ctx.async_len = len;
}

/* wasm has no guard pages: stacks are plain memory, and the build's
 * -sSTACK_OVERFLOW_CHECK=2 checks every stack-pointer move against the
 * limits each fiber switch installs. */
char *coro__stack_alloc(size_t size)
{
    char *raw = mem_alloc(size + 32);
    if (!raw)
        return NULL;
    char *lo = (char *)(((uintptr_t)raw + 31) & ~(uintptr_t)15);
    ((char **)lo)[-1] = raw;           /* remembered for coro__stack_free */
    return lo;
}

void coro__stack_free(char *lo, size_t size, int finished)
{
    (void)finished;
    if (lo)
        mem_free(((char **)lo)[-1], size + 32);
}
#endif
