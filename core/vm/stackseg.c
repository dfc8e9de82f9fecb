/* stackseg.c - deep C re-entries of the VM continue on fresh coroutines:
 * see stackseg.h for why. */
#include "vm/stackseg.h"

#include <string.h>

#include "base/mem.h"
#include "coro/coro.h"
#include "vm/vm.h"

/* C re-entries of the VM per segment (a builtin, a dunder bridge or a
 * generator resume running Python code): each costs a few KB of V8
 * stack, so 32 stays far below V8's limit while a segment switch happens
 * only once per 32 of them. */
#define SEG_CALLS 32

#ifdef __EMSCRIPTEN__
#define SEG_STACK (1024u * 1024u)
#else
#define SEG_STACK (16u * 1024u * 1024u)   /* ASan frames are large; committed lazily */
#endif

static int seg_base;    /* ev.c_depth where the running segment started */

/* One call to run on a segment.  It lives on the heap: the caller's stack
 * belongs to another coroutine. */
typedef struct seg_job {
    void *(*fn)(void *);    /* what to run */
    void *arg;              /* its argument */
    void *result;           /* what it returned */
} seg_job;

/* C-recursive calls (vm.h c_rec) per segment before a generator resume
 * moves to a new one: a close() running down a 20,000-deep `yield from`
 * chain recurses in C without re-entering the loop. */
#define SEG_C_RECS 256

bool seg_needed(void)
{
    return ev.c_depth - seg_base >= SEG_CALLS || ev.c_rec - ev.c_rec_base >= SEG_C_RECS;
}

void seg_reset(void) { seg_base = 0; }

static void *seg_entry(void *user, void *first)
{
    (void)first;
    seg_job *job = user;
    job->result = job->fn(job->arg);
    return NULL;
}

/* Resumes the segment until it returns, passing its yields up. */
static coro_result seg_drive(coro *co)
{
    void *in = NULL, *out = NULL;
    coro_result r;
    while ((r = coro_resume(co, in, &out)) == CORO_OK && coro_status_of(co) == CORO_SUSPENDED) {
        r = coro_yield(out, &in);
        if (r != CORO_OK)
            return r;
    }
    return r;
}

void *seg_run(void *(*fn)(void *), void *arg, bool *ok)
{
    seg_job *job = mem_alloc(sizeof *job);
    coro *co = NULL;
    *ok = false;
    if (!job || coro_create(&co, seg_entry, job, SEG_STACK) != CORO_OK) {
        mem_free(job, sizeof *job);
        return NULL;
    }
    *job = (seg_job){ .fn = fn, .arg = arg };
    int saved_base = seg_base, saved_rec_base = ev.c_rec_base;
    seg_base = ev.c_depth;
    ev.c_rec_base = ev.c_rec;           /* a fresh stack: C recursion counts anew */
    coro_result r = seg_drive(co);
    seg_base = saved_base;
    ev.c_rec_base = saved_rec_base;
    void *result = job->result;
    *ok = r == CORO_OK;
    coro_free(co);
    mem_free(job, sizeof *job);
    return result;
}
