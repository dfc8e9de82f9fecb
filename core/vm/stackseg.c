/* stackseg.c - deep Python calls continue on fresh coroutines: see
 * stackseg.h for why. */
#include "vm/stackseg.h"

#include <string.h>

#include "coro/coro.h"
#include "vm/eval.h"
#include "base/mem.h"

/* Python calls per segment: each costs roughly 1 KB of V8 stack in simple
 * recursion, more through nested expressions, so 64 stays far below V8's
 * limit while a segment switch happens only once per 64 levels. */
#define SEG_CALLS 64

#ifdef __EMSCRIPTEN__
#define SEG_STACK (1024u * 1024u)
#else
#define SEG_STACK (16u * 1024u * 1024u)   /* ASan frames are large; committed lazily */
#endif

static int seg_base;    /* ev.depth where the running segment started */

/* One call to run on a segment.  It lives on the heap with a copy of the
 * arguments: the caller may be a generator on the shared stack, whose stack
 * memory another generator may occupy while the segment runs. */
typedef struct seg_job {
    call_fn f;              /* what to call */
    Obj *callable;          /* borrowed: the caller holds it */
    size_t nargs;           /* positional + keyword values in args */
    Obj *kwnames;           /* borrowed, or NULL */
    Obj *result;            /* f's result (new reference) or NULL */
    Obj *args[];            /* borrowed argument values */
} seg_job;

bool seg_needed(void) { return ev.depth - seg_base >= SEG_CALLS; }

void seg_reset(void) { seg_base = 0; }

static void *seg_entry(void *user, void *first)
{
    (void)first;
    seg_job *job = user;
    job->result = job->f(job->callable, job->args, job->nargs, job->kwnames);
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

Obj *seg_call(call_fn f, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames)
{
    size_t nvalues = nargs + (kwnames ? TUPLE_SIZE(kwnames) : 0);
    size_t size = sizeof(seg_job) + nvalues * sizeof(Obj *);
    seg_job *job = mem_alloc(size);
    coro *co = NULL;
    if (!job || coro_create(&co, seg_entry, job, SEG_STACK) != CORO_OK) {
        mem_free(job, size);
        return err_nomemory();
    }
    *job = (seg_job){ .f = f, .callable = callable, .nargs = nargs, .kwnames = kwnames };
    if (nvalues)
        memcpy(job->args, args, nvalues * sizeof(Obj *));
    int saved_base = seg_base;
    seg_base = ev.depth;
    coro_result r = seg_drive(co);
    seg_base = saved_base;
    Obj *result = job->result;
    if (r != CORO_OK && !result && !err_occurred())
        err_format(Exc_RecursionError, "maximum recursion depth exceeded (%s)", coro_describe(r));
    coro_free(co);
    mem_free(job, size);
    return result;
}
