/* coro_ucontext.c - native backend of the coroutine core: POSIX ucontext.
 *
 * Copy-stack needs care here: a coroutine running on the shared stack
 * cannot overwrite that stack with another coroutine's image while its own
 * frames (and the compiler's spills into them) are still live.  So a jump
 * between two shared coroutines goes through a "switcher" context on a
 * small stack of its own, which does the copying while both are stopped.
 * Every other jump copies (if at all) from a different stack, directly.
 */
#ifndef __EMSCRIPTEN__
#define _GNU_SOURCE 1
#include "coro/coro_backend.h"

#include <signal.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "base/mem.h"

#define GUARD_BYTES (64 * 1024)      /* PROT_NONE zone below every stack */
#define SWITCHER_STACK (64 * 1024)

static ucontext_t switcher_uc;        /* the switcher's own context */
static char *switcher_stack;          /* its stack, NULL until first needed */
static coro *pending_to;              /* where the switcher goes next */

/* makecontext passes ints only: a pointer travels as two halves. */
static void start_trampoline(unsigned hi, unsigned lo)
{
    uintptr_t p = ((uintptr_t)hi << 16 << 16) | (uintptr_t)lo;
    coro__entry((coro *)p);
}

coro_result backend_context_init(coro *co)
{
    if (getcontext(&co->ctx.uc) != 0)
        return CORO_ERR_NOMEM;
    if (!co->entry)
        return CORO_OK;             /* the host: getcontext was all */
    uintptr_t p = (uintptr_t)co;
    co->ctx.uc.uc_stack.ss_sp = co->stack_lo;
    co->ctx.uc.uc_stack.ss_size = co->stack_size;
    co->ctx.uc.uc_link = NULL;
    makecontext(&co->ctx.uc, (void (*)(void))start_trampoline, 2,
                (unsigned)(p >> 16 >> 16), (unsigned)(p & 0xffffffffu));
    return CORO_OK;
}

void backend_context_destroy(coro *co) { (void)co; }
void backend_after_switch(void) {}
size_t backend_footprint(const coro *co) { (void)co; return 0; }

char *backend_current_sp(void)
{
    return (char *)__builtin_frame_address(0);
}

/* The stack pointer stored in a saved context, by architecture. */
char *backend_saved_sp(const coro *co)
{
#if defined(__x86_64__)
    return (char *)co->ctx.uc.uc_mcontext.gregs[REG_RSP];
#elif defined(__i386__)
    return (char *)co->ctx.uc.uc_mcontext.gregs[REG_ESP];
#elif defined(__aarch64__)
    return (char *)co->ctx.uc.uc_mcontext.sp;
#else
#error "coro_ucontext.c: add this architecture's saved stack pointer"
#endif
}

/* The switcher: each time it is entered, both coroutines are stopped, so
 * the shared stack can be rewritten safely. */
static void switcher_main(void)
{
    for (;;) {
        coro__claim_shared_stack(pending_to);
        swapcontext(&switcher_uc, &pending_to->ctx.uc);
    }
}

static void switcher_init(void)
{
    switcher_stack = coro__stack_alloc(SWITCHER_STACK);
    if (!switcher_stack || getcontext(&switcher_uc) != 0) {
        static const char msg[] = "coro: cannot set up the stack switcher\n";
        (void)!write(2, msg, sizeof msg - 1);
        abort();
    }
    switcher_uc.uc_stack.ss_sp = switcher_stack;
    switcher_uc.uc_stack.ss_size = SWITCHER_STACK;
    switcher_uc.uc_link = NULL;
    makecontext(&switcher_uc, switcher_main, 0);
}

void backend_jump(coro *from, coro *to)
{
    if (from->shared && to->shared) {
        if (!switcher_stack)
            switcher_init();
        pending_to = to;
        swapcontext(&from->ctx.uc, &switcher_uc);
    } else {
        coro__claim_shared_stack(to);
        swapcontext(&from->ctx.uc, &to->ctx.uc);
    }
    coro__after_switch();
}

/* ---- stacks with a guard zone, and the overflow report ---- */

typedef struct guard_zone { char *lo, *hi; } guard_zone;
#define MAX_ZONES 64
static guard_zone zones[MAX_ZONES];   /* guard zones of live big stacks */
static int handler_installed;
static struct sigaction previous_segv;   /* e.g. AddressSanitizer's handler */

/* SIGSEGV inside a guard zone is a coroutine stack overflow: say so, then
 * hand the fault to the previous handler (or the default action), which
 * ends the process: never continue on a corrupted stack. */
static void on_segv(int sig, siginfo_t *info, void *uctx)
{
    (void)sig;
    (void)uctx;
    char *a = (char *)info->si_addr;
    for (int i = 0; i < MAX_ZONES; i++) {
        if (zones[i].lo && a >= zones[i].lo && a < zones[i].hi) {
            static const char msg[] = "coro: stack overflow in a coroutine (hit the guard page)\n";
            (void)!write(2, msg, sizeof msg - 1);
            break;
        }
    }
    sigaction(SIGSEGV, &previous_segv, NULL);   /* the fault repeats there */
}

static void install_handler(void)
{
    static char alt[64 * 1024];
    stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &previous_segv);
    handler_installed = 1;
}

static void zone_add(char *lo, char *hi, int add)
{
    for (int i = 0; i < MAX_ZONES; i++) {
        if (add ? zones[i].lo == NULL : zones[i].lo == lo) {
            zones[i].lo = add ? lo : NULL;
            zones[i].hi = add ? hi : NULL;
            return;
        }
    }
}

/* Freed stacks kept for the next coroutine of the same size: the VM
 * runs deep C re-entries on fresh stack segments (vm/stackseg.h), and a
 * deep await or yield-from chain resumed over and over made and unmapped
 * several 16 MiB segments per resume, spending most of its time in mmap,
 * munmap and page faults (each resume of a 3,000-deep chain crosses about
 * a hundred segments). */
#define STACK_CACHE 128
static struct { char *lo; size_t size; } stack_cache[STACK_CACHE];
static int stacks_cached;

/* Stacks are mmap'd (pages are only committed when touched) with a
 * PROT_NONE guard zone below, so running off the end faults at once. */
char *coro__stack_alloc(size_t size)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size = (size + page - 1) / page * page;
    for (int i = stacks_cached - 1; i >= 0; i--) {
        if (stack_cache[i].size == size) {
            char *lo = stack_cache[i].lo;
            stack_cache[i] = stack_cache[--stacks_cached];
            return lo;
        }
    }
    char *base = mmap(NULL, size + GUARD_BYTES, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return NULL;
    mprotect(base, GUARD_BYTES, PROT_NONE);
    if (!handler_installed)
        install_handler();
    zone_add(base, base + GUARD_BYTES, 1);
    return base + GUARD_BYTES;
}

void coro__stack_free(char *lo, size_t size, int finished)
{
    if (!lo)
        return;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size = (size + page - 1) / page * page;
    /* Only the stack of a coroutine that ran to its end: one freed while
     * suspended still holds its frames (and, under ASan, their redzones). */
    if (finished && stacks_cached < STACK_CACHE) {
        stack_cache[stacks_cached].lo = lo;
        stack_cache[stacks_cached++].size = size;
        return;
    }
    zone_add(lo - GUARD_BYTES, NULL, 0);
    munmap(lo - GUARD_BYTES, size + GUARD_BYTES);
}
#endif
