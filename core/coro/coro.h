/* coro.h - stackful C coroutines for Coroscope.
 *
 * A coroutine runs a C entry function on a C stack of its own *logical*
 * stack, so it can suspend (coro_yield) from any call depth and be resumed
 * later with a value.  The user's program runs on one of these, so the host
 * can pause it at every step from any depth; deep C re-entries of the VM
 * continue on fresh ones (vm/stackseg.h).  (Python generators do not: they
 * keep heap frames, vm/generator.h.)
 *
 * Uses: base.
 *
 * Memory: coroutines created with CORO_SHARED_STACK all run on one shared
 * stack; when one is switched out, only the part of the stack it actually
 * uses is copied to the heap (copy-stack, as in libaco), so a suspended
 * coroutine costs memory in proportion to its depth.  A coroutine created
 * with a dedicated stack (stack_size > 0) keeps its own stack and is never
 * copied; use that for the long-lived, possibly deep main program.
 *
 * Rule that follows from copy-stack: while a coroutine is suspended its
 * stack contents are elsewhere, so never pass a pointer into one
 * coroutine's stack (a local variable's address) to another coroutine
 * through resume/yield values.  Pass heap pointers.
 *
 * Errors: every call that can fail returns a coro_result; coro_describe()
 * turns it into text.  A caller's misuse (resuming a running or dead
 * coroutine, yielding outside a coroutine) is reported, never undefined.
 */
#ifndef CS_CORO_H
#define CS_CORO_H

#include <stddef.h>

typedef struct coro coro;

/* Entry function: `user` is the pointer given to coro_create, `first` the
 * value passed by the first coro_resume.  Its return value is delivered to
 * the last resumer (with status CORO_DEAD). */
typedef void *(*coro_entry_fn)(void *user, void *first);

/* Life cycle of a coroutine. */
typedef enum coro_status {
    CORO_CREATED,    /* made, never resumed */
    CORO_RUNNING,    /* executing now, or resumed another one and waits for it */
    CORO_SUSPENDED,  /* stopped in coro_yield, waiting for coro_resume */
    CORO_DEAD        /* entry returned */
} coro_status;

typedef enum coro_result {
    CORO_OK = 0,
    CORO_ERR_RUNNING,        /* resume of a coroutine that is running */
    CORO_ERR_DEAD,           /* resume of a coroutine that has finished */
    CORO_ERR_NOT_IN_CORO,    /* yield called outside any coroutine */
    CORO_ERR_NOMEM,          /* allocation failed (see mem.h cap) */
    CORO_ERR_STACK_OVERFLOW, /* the coroutine ran out of stack */
    CORO_ERR_INVALID         /* NULL handle or bad argument */
} coro_result;

#define CORO_SHARED_STACK 0

/* Text for a result code, e.g. "cannot resume a dead coroutine". */
const char *coro_describe(coro_result r);

/* Name of a status: "created", "running", "suspended", "dead". */
const char *coro_status_name(coro_status s);

/* Create a coroutine that will run entry(user, first).  stack_size 0 puts it
 * on the shared stack; otherwise it gets a dedicated stack of that size. */
coro_result coro_create(coro **out, coro_entry_fn entry, void *user, size_t stack_size);

/* Run `co` until it yields or returns.  `in` becomes the value returned by
 * its pending coro_yield (or `first` of its entry).  On CORO_OK, *out (if not
 * NULL) receives the yielded or returned value; coro_status(co) tells which
 * (CORO_SUSPENDED: yielded, CORO_DEAD: returned).  A coroutine may resume
 * another one; control comes back to the resumer at the next yield. */
coro_result coro_resume(coro *co, void *in, void **out);

/* Suspend the running coroutine, handing `out` to its resumer; returns the
 * value passed by the next coro_resume in *in (if not NULL). */
coro_result coro_yield(void *out, void **in);

/* Free a coroutine that is not running: created, suspended or dead.  A
 * suspended one is discarded without unwinding its C frames, so resources
 * held only by those frames are lost: finish it first if it needs cleanup. */
coro_result coro_free(coro *co);

coro_status coro_status_of(const coro *co);
coro *coro_current(void);            /* NULL outside any coroutine */
void *coro_user(const coro *co);     /* the user pointer of coro_create */

/* Bytes of C stack left below the current point (in a coroutine: its stack;
 * outside: the host's, or a large number when unknown).  Deep recursion
 * checks it and raises a clean error instead of overflowing. */
size_t coro_stack_left(void);

/* Soft overflow check: CORO_ERR_STACK_OVERFLOW if fewer than `margin` bytes
 * of stack are left, else CORO_OK. */
coro_result coro_check_stack(size_t margin);

/* Memory now held by a coroutine for its saved state (stack copy, saved
 * registers or Asyncify data, and its record); for tests and benchmarks. */
size_t coro_footprint(const coro *co);

/* Size of the shared stack; set before the first coroutine is created
 * (default CORO_DEFAULT_SHARED_STACK). */
coro_result coro_set_shared_stack_size(size_t bytes);
#define CORO_DEFAULT_SHARED_STACK (1024u * 1024u)

#endif
