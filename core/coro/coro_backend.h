/* coro_backend.h - the private contract between the coroutine core
 * (coro.c) and a context-switching backend.
 *
 * Everything visible in coro.h is written once, in coro.c, on top of four
 * backend functions (as in minicoro):
 *
 *   backend_context_init(co)     make `co` start in coro__entry(co) on its stack
 *   backend_context_destroy(co)  release what init (and later switches) held
 *   backend_jump(from, to)       suspend `from`, continue `to`; returns when
 *                                somebody jumps back to `from`
 *   backend_saved_sp(co)         where `co`'s stack pointer stood when it was
 *                                last switched out (top of its used stack)
 *
 * (plus small helpers: backend_after_switch, backend_current_sp,
 * backend_footprint).  The host context is a struct coro with entry NULL;
 * backend_context_init on it captures the current context.
 *
 * Backends: coro_fiber.c (Emscripten fibers on Asyncify, for wasm) and
 * coro_ucontext.c (POSIX ucontext, native).
 *
 * Copy-stack: coroutines made with CORO_SHARED_STACK share one stack.  The
 * coroutine whose frames currently occupy it is its "owner".  Before a
 * shared coroutine runs, coro__claim_shared_stack(to) copies the owner's
 * used part out to the heap and copies `to`'s saved image back in.  A
 * backend must call it at a moment when overwriting the shared stack cannot
 * harm the code doing it (see each backend for why its moment is safe).
 */
#ifndef CS_CORO_BACKEND_H
#define CS_CORO_BACKEND_H

#include <stddef.h>
#include <stdint.h>

#include "coro/coro.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/fiber.h>
typedef struct backend_context {
    emscripten_fiber_t fiber;   /* C stack bounds, saved sp, Asyncify data */
    void *async_image;          /* this context's unwound Asyncify data */
    size_t async_len;           /* bytes used in async_image */
    size_t async_cap;           /* bytes allocated for async_image */
} backend_context;
#else
#include <ucontext.h>
typedef struct backend_context {
    ucontext_t uc;              /* saved registers (and signal mask) */
} backend_context;
#endif

/* One coroutine, or the host context ("root"), which is a struct coro too
 * so that switching is the same code in every direction. */
struct coro {
    coro_status status;         /* see coro.h */
    coro_entry_fn entry;        /* entry function, run on first resume */
    void *user;                 /* user pointer passed to entry */
    void *transfer;             /* value handed across the latest switch */
    coro *resumer;              /* whom a yield (or return) goes back to */
    int shared;                 /* 1: runs on the shared stack (copy-stack) */
    char *stack_lo;             /* lowest usable address of its stack */
    size_t stack_size;          /* usable bytes from stack_lo up */
    char *image;                /* heap copy of its used shared stack, or NULL */
    size_t image_len;           /* bytes of stack saved in image */
    size_t image_cap;           /* bytes allocated for image */
    backend_context ctx;        /* backend-specific saved context */
};

/* Backend contract (implemented once per backend). */
coro_result backend_context_init(coro *co);
void backend_context_destroy(coro *co);
void backend_jump(coro *from, coro *to);
void backend_after_switch(void);       /* runs in the context just switched to */
char *backend_saved_sp(const coro *co);
char *backend_current_sp(void);        /* stack pointer of the running code */
size_t backend_footprint(const coro *co);

/* Provided by coro.c for the backends. */
void coro__entry(coro *co);                 /* runs entry, then the final jump */
void coro__claim_shared_stack(coro *to);    /* make the shared stack hold `to` */
void coro__after_switch(void);              /* bookkeeping once a switch is done */
char *coro__shared_stack_lo(void);
size_t coro__shared_stack_size(void);

/* Stack memory with a guard against overflow where the platform has one.
 * `finished`: the coroutine ran to its end (no frame of it is live on the
 * stack), so the backend may keep the stack for reuse. */
char *coro__stack_alloc(size_t size);
void coro__stack_free(char *lo, size_t size, int finished);

#endif
