/* coro.c - the coroutine core: create / resume / yield / free, written once
 * on top of the backend contract in coro_backend.h.
 *
 * The host (whoever calls coro_resume from outside any coroutine) is the
 * static `root` record, so every switch is a jump between two struct coro.
 * Coroutines on the shared stack take turns owning it; see
 * coro__claim_shared_stack for the copying.
 */
#include "coro/coro_backend.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

static coro root;                 /* the host context; never freed */
static coro *running = &root;     /* the context executing now */
static coro *stack_owner;         /* shared coroutine whose frames are on the shared stack */
static char *shared_lo;           /* lowest usable byte of the shared stack */
static size_t shared_size = CORO_DEFAULT_SHARED_STACK;

/* Margin kept free below the saved stack pointer when reserving an image:
 * covers what the switch itself pushes before the pointer is recorded. */
#define IMAGE_SLACK 256

const char *coro_describe(coro_result r)
{
    switch (r) {
    case CORO_OK: return "ok";
    case CORO_ERR_RUNNING: return "cannot resume a running coroutine";
    case CORO_ERR_DEAD: return "cannot resume a dead coroutine";
    case CORO_ERR_NOT_IN_CORO: return "cannot yield outside a coroutine";
    case CORO_ERR_NOMEM: return "out of memory";
    case CORO_ERR_STACK_OVERFLOW: return "coroutine stack overflow";
    case CORO_ERR_INVALID: return "invalid argument";
    }
    return "unknown coroutine result";
}

const char *coro_status_name(coro_status s)
{
    switch (s) {
    case CORO_CREATED: return "created";
    case CORO_RUNNING: return "running";
    case CORO_SUSPENDED: return "suspended";
    case CORO_DEAD: return "dead";
    }
    return "unknown";
}

char *coro__shared_stack_lo(void) { return shared_lo; }
size_t coro__shared_stack_size(void) { return shared_size; }

coro_result coro_set_shared_stack_size(size_t bytes)
{
    if (shared_lo || bytes < 16 * 1024)
        return CORO_ERR_INVALID;
    shared_size = bytes;
    return CORO_OK;
}

/* The host record is set up the first time it is needed. */
static void root_init(void)
{
    if (root.status == CORO_RUNNING)
        return;
    root.status = CORO_RUNNING;
    backend_context_init(&root);
}

static coro_result shared_stack_init(void)
{
    if (!shared_lo && !(shared_lo = coro__stack_alloc(shared_size)))
        return CORO_ERR_NOMEM;
    return CORO_OK;
}

coro_result coro_create(coro **out, coro_entry_fn entry, void *user, size_t stack_size)
{
    if (!out || !entry)
        return CORO_ERR_INVALID;
    *out = NULL;
    root_init();
    if (stack_size == CORO_SHARED_STACK && shared_stack_init() != CORO_OK)
        return CORO_ERR_NOMEM;
    coro *co = mem_calloc(1, sizeof *co);
    if (!co)
        return CORO_ERR_NOMEM;
    co->entry = entry;
    co->user = user;
    co->status = CORO_CREATED;
    co->shared = stack_size == CORO_SHARED_STACK;
    stack_size = (stack_size + 15) & ~(size_t)15;
    co->stack_size = co->shared ? shared_size : stack_size;
    co->stack_lo = co->shared ? shared_lo : coro__stack_alloc(stack_size);
    if (!co->stack_lo || backend_context_init(co) != CORO_OK) {
        if (co->stack_lo && !co->shared)
            coro__stack_free(co->stack_lo, co->stack_size, 1);
        mem_free(co, sizeof *co);
        return CORO_ERR_NOMEM;
    }
    *out = co;
    return CORO_OK;
}

/* Copy without sanitizer checks: a stack image holds the redzones that
 * AddressSanitizer poisons around locals, which are fine to copy.  The
 * volatile reads also keep the compiler from turning this into a memcpy
 * call (the sanitizer intercepts memcpy). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CORO_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CORO_ASAN 1
#endif

#ifdef CORO_ASAN
__attribute__((no_sanitize("address")))
static void copy_stack_bytes(char *dst, const char *src, size_t n)
{
    const volatile char *s = src;
    for (size_t i = 0; i < n; i++)
        dst[i] = s[i];
}
#else
static void copy_stack_bytes(char *dst, const char *src, size_t n)
{
    memcpy(dst, src, n);
}
#endif

/* Bytes of the shared stack a context uses between sp and the top. */
static size_t used_from(const char *sp)
{
    return (size_t)(shared_lo + shared_size - sp);
}

/* Grow co's image buffer to hold `len` bytes; 0 on failure. */
static int image_reserve(coro *co, size_t len)
{
    if (co->image_cap >= len)
        return 1;
    size_t cap = co->image_cap ? co->image_cap : 512;
    while (cap < len)
        cap *= 2;
    char *p = mem_realloc(co->image, co->image_cap, cap);
    if (!p)
        return 0;
    co->image = p;
    co->image_cap = cap;
    return 1;
}

/* Save the owner's used part of the shared stack, then put `to`'s image
 * back in place.  Called by a backend at a moment when the shared stack
 * may be overwritten.  Capacity was reserved by prepare_switch, so this
 * cannot fail. */
void coro__claim_shared_stack(coro *to)
{
    if (!to->shared || stack_owner == to)
        return;
    if (stack_owner) {
        coro *o = stack_owner;
        char *sp = backend_saved_sp(o);
        o->image_len = used_from(sp);
        if (o->image_len > o->image_cap) {
            fputs("coro: internal error: stack image larger than reserved\n", stderr);
            abort();
        }
        copy_stack_bytes(o->image, sp, o->image_len);
    }
    if (to->image_len)
        copy_stack_bytes(shared_lo + shared_size - to->image_len, to->image, to->image_len);
    to->image_len = 0;
    stack_owner = to;
}

/* Reserve, before any switching, the memory the switch will need to save
 * the shared stack's owner, so that the switch itself cannot fail. */
static coro_result prepare_switch(coro *from, coro *to)
{
    if (!to->shared || !stack_owner || stack_owner == to)
        return CORO_OK;
    size_t need = stack_owner == from
        ? used_from(backend_current_sp()) + IMAGE_SLACK
        : used_from(backend_saved_sp(stack_owner));
    return image_reserve(stack_owner, need) ? CORO_OK : CORO_ERR_NOMEM;
}

void coro__after_switch(void)
{
    backend_after_switch();
}

/* First code run on a new coroutine's stack: the entry function, then the
 * last jump back to the resumer with the return value. */
void coro__entry(coro *co)
{
    coro__after_switch();
    void *result = co->entry(co->user, co->transfer);
    co->transfer = result;
    co->status = CORO_DEAD;
    if (stack_owner == co)
        stack_owner = NULL;     /* a dead coroutine's frames need no saving */
    coro *back = co->resumer;
    running = back;
    backend_jump(co, back);
    fputs("coro: internal error: a dead coroutine was resumed\n", stderr);
    abort();
}

coro_result coro_resume(coro *co, void *in, void **out)
{
    if (!co)
        return CORO_ERR_INVALID;
    if (co->status == CORO_RUNNING)
        return CORO_ERR_RUNNING;
    if (co->status == CORO_DEAD)
        return CORO_ERR_DEAD;
    root_init();
    coro *from = running;
    coro_result r = prepare_switch(from, co);
    if (r != CORO_OK)
        return r;
    co->transfer = in;
    co->resumer = from;
    co->status = CORO_RUNNING;
    running = co;
    backend_jump(from, co);
    if (out)
        *out = co->transfer;
    return CORO_OK;
}

coro_result coro_yield(void *out, void **in)
{
    coro *co = running;
    if (co == &root)
        return CORO_ERR_NOT_IN_CORO;
    coro *back = co->resumer;
    coro_result r = prepare_switch(co, back);
    if (r != CORO_OK)
        return r;
    co->transfer = out;
    co->status = CORO_SUSPENDED;
    running = back;
    backend_jump(co, back);
    if (in)
        *in = co->transfer;
    return CORO_OK;
}

coro_result coro_free(coro *co)
{
    if (!co || co == &root)
        return CORO_ERR_INVALID;
    if (co->status == CORO_RUNNING)
        return CORO_ERR_RUNNING;
    if (stack_owner == co)
        stack_owner = NULL;
    backend_context_destroy(co);
    mem_free(co->image, co->image_cap);
    if (!co->shared)
        coro__stack_free(co->stack_lo, co->stack_size, co->status == CORO_DEAD);
    mem_free(co, sizeof *co);
    return CORO_OK;
}

coro_status coro_status_of(const coro *co) { return co ? co->status : CORO_DEAD; }
coro *coro_current(void) { return running == &root ? NULL : running; }
void *coro_user(const coro *co) { return co ? co->user : NULL; }

size_t coro_stack_left(void)
{
    coro *co = running;
    if (co == &root)
        return SIZE_MAX / 4;    /* the host's stack: not ours to measure */
    char *sp = backend_current_sp();
    return sp > co->stack_lo ? (size_t)(sp - co->stack_lo) : 0;
}

/* The soft check, for code that recurses (the VM turns it into
 * RecursionError).  Running past the end anyway is caught by the hard
 * guard: a guard page natively, Emscripten's stack limit check on wasm. */
coro_result coro_check_stack(size_t margin)
{
    return coro_stack_left() >= margin ? CORO_OK : CORO_ERR_STACK_OVERFLOW;
}

size_t coro_footprint(const coro *co)
{
    if (!co)
        return 0;
    return sizeof *co + co->image_cap + backend_footprint(co);
}
