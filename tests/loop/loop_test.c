/* loop_test.c - unit tests of the event loop (core/loop/): the timer heap,
 * the ready ring buffer, the virtual clock, Future, stop() and the
 * deadlock check.
 *
 * The loop is driven as a program drives it: through the methods of
 * BaseEventLoop (call_soon, call_at, call_later, run_forever, stop, time,
 * create_future, create_task), Handle.cancel and the Future methods, with
 * callbacks written in C (builtin functions made by cfunc_new) that note
 * what ran and when (the virtual clock).  The loop's fields (LoopObj) are
 * read directly where a property has no method (timers still in the heap,
 * cancelled timers counted, ring buffer capacity).  One check compiles a
 * coroutine from Python source to have a task wait forever.
 *
 * Built with the whole engine (ENGINE_SRC, no CLI) by the Makefile,
 * natively under ASan+UBSan (build/asan/loop_test) and as wasm
 * (build/wasm/loop_test.mjs), and run by tests/loop.test.mjs.  Prints
 * "PLAN n", then "PASS name" or "FAIL name: line L: what" per case, then
 * "loop: N passed, M failed"; exits 1 if any case failed.  With an
 * argument, runs only that case.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loop/loop_internal.h"
#include "modules/modules.h"
#include "vm/output.h"
#include "vm/vm.h"

/* ---- the harness ------------------------------------------------------ */

static int passes, failures;
static const char *case_name;
static int case_failed;

static void fail_at(int line, const char *what)
{
    printf("FAIL %s: line %d: %s\n", case_name, line, what);
    case_failed = 1;
}

/* The pending exception in words (and cleared), for a failed call. */
static void fail_pending(int line, const char *what)
{
    Obj *e = err_fetch();
    Obj *r = e ? obj_repr(e) : NULL;
    char m[400];
    snprintf(m, sizeof m, "%s failed: %s", what, r ? STR_DATA(r) : "(no exception)");
    XDECREF(r);
    XDECREF(e);
    err_clear();
    fail_at(line, m);
}

#define CHECK(cond) do { if (!(cond)) { fail_at(__LINE__, #cond); return; } } while (0)
#define CHECK_EQ(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ != b_) { char m_[300]; snprintf(m_, sizeof m_, "%s == %lld, expected %lld", #a, a_, b_); \
    fail_at(__LINE__, m_); return; } } while (0)
#define CHECK_TIME(a, b) do { double a_ = (a), b_ = (b); \
    if (a_ != b_) { char m_[300]; snprintf(m_, sizeof m_, "%s == %.17g, expected %.17g", #a, a_, b_); \
    fail_at(__LINE__, m_); return; } } while (0)
/* var = expr, an Obj * that must not be NULL (else the exception shows). */
#define TRY(var, expr) do { if (!((var) = (expr))) { fail_pending(__LINE__, #expr); return; } } while (0)
/* A call whose result is not needed. */
#define DO(expr) do { Obj *r_ = (expr); if (!r_) { fail_pending(__LINE__, #expr); return; } \
    DECREF(r_); } while (0)
/* A call that must fail with exception type `type` (then cleared). */
#define RAISES(expr, type) do { Obj *r_ = (expr); if (r_) { DECREF(r_); \
    fail_at(__LINE__, #expr " did not raise " #type); return; } \
    if (!err_matches(type)) { fail_pending(__LINE__, #expr " raised the wrong exception"); return; } \
    err_clear(); } while (0)

/* What the engine writes on stderr (tracebacks, the deadlock report). */
static char err_text[8192];
static size_t err_len;

static void write_err(void *user, const char *s, size_t n)
{
    (void)user;
    if (n > sizeof err_text - 1 - err_len)
        n = sizeof err_text - 1 - err_len;
    memcpy(err_text + err_len, s, n);
    err_len += n;
    err_text[err_len] = '\0';
}

static void write_out(void *user, const char *s, size_t n)
{
    (void)user;
    fwrite(s, 1, n, stdout);
}

/* ---- calling methods -------------------------------------------------- */

/* o.name(args...) with n positional arguments (borrowed); new reference. */
static Obj *call(Obj *o, const char *name, size_t n, ...)
{
    Obj *argv[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n && i < 8; i++)
        argv[i] = va_arg(ap, Obj *);
    va_end(ap);
    Obj *m = obj_getattr_cstr(o, name);
    if (!m)
        return NULL;
    Obj *r = obj_call(m, argv, n, NULL);
    DECREF(m);
    return r;
}

/* loop.call_at(when, cb, id) / call_later(delay, cb, id) / call_soon(cb,
 * id): the handle (new reference). */
static Obj *sched(Obj *loop, const char *meth, double t, Obj *cb, long id)
{
    Obj *w = float_from_double(t), *i = int_from_i64(id);
    Obj *h = !w || !i ? NULL
           : strcmp(meth, "call_soon") == 0 ? call(loop, meth, 2, cb, i)
           : call(loop, meth, 3, w, cb, i);
    XDECREF(w);
    XDECREF(i);
    return h;
}

static Obj *new_loop(void) { return obj_call((Obj *)&Loop_Type, NULL, 0, NULL); }

/* Closes the loop (dropping what is still scheduled, which holds
 * references to it) and lets it go. */
static void drop_loop(Obj *loop)
{
    Obj *r = call(loop, "close", 0);
    if (!r)
        err_clear();
    XDECREF(r);
    DECREF(loop);
}

#define L(o) ((LoopObj *)(o))

/* ---- callbacks in C ---------------------------------------------------- */

/* Each callback notes (id, virtual time) here, in the order they ran. */
typedef struct Rec { long id; double t; } Rec;
#define MAX_RECS 4096
static Rec recs[MAX_RECS];
static size_t nrecs;

static void record(long id)
{
    if (nrecs < MAX_RECS)
        recs[nrecs++] = (Rec){ id, clock_now() };
}

static Obj *as_id(Obj *o, long *id)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return NULL;
    *id = (long)v;
    return obj_none;
}

/* rec(id): notes id. */
static Obj *rec_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    long id;
    if (!as_id(a[0], &id))
        return NULL;
    record(id);
    return none_new();
}
static const MethodDef rec_def = { "rec", rec_fn, METH_O, NULL };
static Obj *rec_cb;

/* then(id, next): notes id, then call_soon(rec, next) on the running loop
 * (through its method, as a Python callback would). */
static Obj *then_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    long id;
    if (n != 2 || !as_id(a[0], &id))
        return err_set(Exc_TypeError, "then(id, next)");
    record(id);
    return call(loop_running(), "call_soon", 2, rec_cb, a[1]);
}
static const MethodDef then_def = { "then", then_fn, METH_FASTCALL, NULL };
static Obj *then_cb;

/* chain(n): notes n and schedules chain(n + 1) with call_soon, up to
 * chain_end. */
static long chain_end;
static Obj *chain_cb;
static Obj *chain_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    long id;
    if (!as_id(a[0], &id))
        return NULL;
    record(id);
    if (id >= chain_end)
        return none_new();
    Obj *next = int_from_i64(id + 1);
    Obj *h = next ? call(loop_running(), "call_soon", 2, chain_cb, next) : NULL;
    XDECREF(next);
    XDECREF(h);
    return h ? none_new() : NULL;
}
static const MethodDef chain_def = { "chain", chain_fn, METH_O, NULL };

/* spawn(id): notes id and schedules more spawns (two while id is below
 * spawn_two_below, then one), numbered in the order they are scheduled,
 * while fewer than spawn_limit were made; stops the loop when id is
 * spawn_stop_at.  FIFO order means ids run 0, 1, 2 ... */
static long spawn_next, spawn_limit, spawn_two_below, spawn_stop_at = -1;
static Obj *spawn_cb;
static Obj *spawn_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    long id;
    if (!as_id(a[0], &id))
        return NULL;
    record(id);
    Obj *loop = loop_running();
    for (int k = id < spawn_two_below ? 2 : 1; k > 0 && spawn_next < spawn_limit; k--) {
        Obj *h = sched(loop, "call_soon", 0, spawn_cb, spawn_next++);
        if (!h)
            return NULL;
        DECREF(h);
    }
    if (id == spawn_stop_at)
        return call(loop, "stop", 0);
    return none_new();
}
static const MethodDef spawn_def = { "spawn", spawn_fn, METH_O, NULL };

/* cancel_first(box): box[0].cancel() (box: a list holding a handle). */
static Obj *cancel_first_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    record(-1);
    return call(LIST_ITEM(a[0], 0), "cancel", 0);
}
static const MethodDef cancel_first_def = { "cancel_first", cancel_first_fn, METH_O, NULL };

/* tag(arg), bound to an int tag: notes the tag and which object it was
 * given (a done callback gets the future). */
static Obj *tag_args[16];
static Obj *tag_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    long id;
    if (!as_id(self, &id))
        return NULL;
    if (nrecs < 16)
        tag_args[nrecs] = a[0];             /* identity only, not kept */
    record(id);
    return none_new();
}
static const MethodDef tag_def = { "tag", tag_fn, METH_O, NULL };

/* stop_loop(*args), bound to a loop: loop.stop() (usable as a done
 * callback, which gets an argument). */
static Obj *stop_loop_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    record(-2);
    return call(self, "stop", 0);
}
static const MethodDef stop_loop_def = { "stop_loop", stop_loop_fn, METH_FASTCALL, NULL };

/* ---- helpers ----------------------------------------------------------- */

static uint64_t prng_state;

static uint32_t prng(void)
{
    prng_state = prng_state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(prng_state >> 33);
}

/* A timer to be made: deadline, creation index, made with call_later? */
typedef struct Plan { double when; long id; bool later; } Plan;

static int plan_cmp(const void *x, const void *y)
{
    const Plan *a = x, *b = y;
    if (a->when != b->when)
        return a->when < b->when ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

/* Checks the heap property of the loop's timers on (when, seq). */
static void check_heap(LoopObj *l)
{
    for (size_t i = 1; i < l->ntimers; i++) {
        HandleObj *c = l->timers[i], *p = l->timers[(i - 1) / 2];
        CHECK(p->when < c->when || (p->when == c->when && p->seq < c->seq));
    }
}

/* Makes the timers of plan[0..n) in index order (call_at, or call_later
 * with the delay that gives the same deadline), runs the loop until a last
 * timer stops it, and checks they ran in (deadline, creation) order, each
 * with the clock exactly at its deadline, the clock never going back. */
static void fire_plan(Obj *loop, const Plan *plan, size_t n, double stop_at)
{
    nrecs = 0;
    for (size_t i = 0; i < n; i++) {
        Obj *h;
        if (plan[i].later)
            TRY(h, sched(loop, "call_later", plan[i].when - clock_now(), rec_cb, plan[i].id));
        else
            TRY(h, sched(loop, "call_at", plan[i].when, rec_cb, plan[i].id));
        DECREF(h);
    }
    Obj *stop = obj_getattr_cstr(loop, "stop"), *w = float_from_double(stop_at), *h;
    TRY(h, stop && w ? call(loop, "call_at", 2, w, stop) : NULL);
    XDECREF(stop);
    XDECREF(w);
    DECREF(h);
    /* every timer is in the heap until the loop runs, and heap_up kept
     * it a heap on (deadline, creation order) */
    CHECK_EQ(L(loop)->ntimers, n + 1);
    check_heap(L(loop));
    if (case_failed)
        return;
    DO(call(loop, "run_forever", 0));

    static Plan sorted[1024];
    CHECK(n <= 1024);
    memcpy(sorted, plan, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, plan_cmp);
    /* each timer ran once, none was lost or doubled */
    CHECK_EQ(nrecs, n);
    for (size_t i = 0; i < n; i++) {
        /* the i-th to run is the i-th of the stable sort on deadline
         * (heap_down picked the right child each time) */
        CHECK_EQ(recs[i].id, sorted[i].id);
        /* it ran with the clock exactly at its deadline (the loop jumped
         * there, no further, as nothing else was ready) */
        CHECK_TIME(recs[i].t, sorted[i].when);
        /* the clock never moved backwards */
        CHECK(i == 0 || recs[i].t >= recs[i - 1].t);
    }
    /* the stop timer ran last, at its own deadline; nothing is left */
    CHECK_TIME(clock_now(), stop_at);
    CHECK_EQ(L(loop)->ntimers, 0);
}

/* ---- 1. timer order ----------------------------------------------------- */

/* Many timers sharing a few deadlines, made in an order that interleaves
 * the deadlines: equal deadlines must run in creation order (seq), which
 * a binary heap does not give by itself. */
static void test_timer_order_equal_deadlines(void)
{
    Obj *loop;
    TRY(loop, new_loop());
    double base = clock_now();
    enum { N = 120 };
    Plan plan[N];
    for (long i = 0; i < N; i++)
        plan[i] = (Plan){ base + 1 + (double)((i * 7) % 4), i, i % 3 == 0 };
    fire_plan(loop, plan, N, base + 10);
    drop_loop(loop);
}

/* A few hundred timers from a fixed-seed PRNG, half of them on a coarse
 * grid (32 deadlines, about 6 timers each), half spread over 1024 s; made
 * with call_at and call_later.  Deadlines are multiples of 1/1024 s so
 * the sums are exact. */
static void test_timer_order_random(void)
{
    Obj *loop;
    TRY(loop, new_loop());
    double base = clock_now();
    enum { N = 400 };
    Plan plan[N];
    prng_state = 20240517;
    for (long i = 0; i < N; i++) {
        uint32_t r = prng();
        double off = i % 2 ? (double)(r % 32) / 8.0 : (double)(r % (1u << 20)) / 1024.0;
        plan[i] = (Plan){ base + 0.5 + off, i, (r >> 28) & 1 };
    }
    fire_plan(loop, plan, N, base + 2048);
    drop_loop(loop);
}

/* ---- 2. cancellation ---------------------------------------------------- */

/* Cancelled timers never run; the heap drops them all at once when they
 * are over half of more than 100 timers, else only those at its head. */
static void test_cancel_prunes_heap(void)
{
    Obj *loop;
    TRY(loop, new_loop());
    LoopObj *l = L(loop);
    double base = clock_now();
    enum { N = 1000 };
    static Obj *handles[N];
    static double when[N];
    for (long i = 0; i < N; i++) {
        when[i] = base + 1 + (double)((i * 389) % N) / 64.0;    /* a permutation */
        TRY(handles[i], sched(loop, "call_at", when[i], rec_cb, i));
    }
    for (long i = 0; i < N; i++)
        if (i % 10)
            DO(call(handles[i], "cancel", 0));
    /* cancel() leaves the timers in the heap and counts them */
    CHECK_EQ(l->ntimers, N);
    CHECK_EQ(l->timers_cancelled, N - N / 10);
    /* the _scheduled view agrees with the heap */
    Obj *s;
    TRY(s, obj_getattr_cstr(loop, "_scheduled"));
    CHECK_EQ(LIST_SIZE(s), N);
    DECREF(s);
    /* Handle.cancelled() says so */
    Obj *c;
    TRY(c, call(handles[1], "cancelled", 0));
    CHECK(c == obj_true);
    DECREF(c);
    /* a second cancel() of the same timer is not counted again */
    DO(call(handles[1], "cancel", 0));
    CHECK_EQ(l->timers_cancelled, N - N / 10);

    /* one iteration (stop first): 900 of 1000 cancelled is over half of
     * more than 100, so the heap is rebuilt without them */
    nrecs = 0;
    DO(call(loop, "stop", 0));
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(l->ntimers, N / 10);
    CHECK_EQ(l->timers_cancelled, 0);
    /* stopping with nothing ready: the clock did not jump, nothing ran */
    CHECK_TIME(clock_now(), base);
    CHECK_EQ(nrecs, 0);
    /* the rebuilt heap is a heap, holding only live timers */
    check_heap(l);
    if (case_failed)
        return;
    for (size_t i = 0; i < l->ntimers; i++)
        CHECK(!l->timers[i]->cancelled && l->timers[i]->scheduled);
    /* the pruned timers know they left the heap */
    CHECK(!((HandleObj *)handles[1])->scheduled);

    /* The survivors are ids 0, 10, 20 ...; by deadline, (i*389)%N orders
     * them.  Cancel the 10 earliest: too few for a rebuild, so they go
     * when they reach the head of the heap (at once: they are the head). */
    long order[N / 10];
    size_t k = 0;
    for (long d = 0; d < N; d++)                 /* d: deadline rank */
        for (long i = 0; i < N; i += 10)
            if ((i * 389) % N == d)
                order[k++] = i;
    CHECK_EQ(k, N / 10);
    for (size_t j = 0; j < 10; j++)
        DO(call(handles[order[j]], "cancel", 0));
    CHECK_EQ(l->timers_cancelled, 10);
    DO(call(loop, "stop", 0));
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(l->ntimers, N / 10 - 10);
    CHECK_EQ(l->timers_cancelled, 0);
    check_heap(l);
    if (case_failed)
        return;

    /* One cancelled in the middle stays (counted) until it reaches the
     * head. */
    DO(call(handles[order[50]], "cancel", 0));
    DO(call(loop, "stop", 0));
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(l->ntimers, N / 10 - 10);
    CHECK_EQ(l->timers_cancelled, 1);

    /* Run the rest: exactly the live timers run, in deadline order. */
    Obj *stop, *w, *h;
    TRY(stop, obj_getattr_cstr(loop, "stop"));
    TRY(w, float_from_double(base + N));
    TRY(h, call(loop, "call_at", 2, w, stop));
    DECREF(stop);
    DECREF(w);
    DECREF(h);
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(nrecs, N / 10 - 11);
    size_t r = 0;
    for (size_t j = 10; j < N / 10; j++) {
        if (j == 50)
            continue;
        /* a cancelled timer never runs; the others run by deadline */
        CHECK_EQ(recs[r].id, order[j]);
        CHECK_TIME(recs[r].t, when[order[j]]);
        r++;
    }
    /* the cancelled one was pruned at the head and uncounted */
    CHECK_EQ(l->ntimers, 0);
    CHECK_EQ(l->timers_cancelled, 0);
    for (long i = 0; i < N; i++)
        DECREF(handles[i]);
    drop_loop(loop);
}

/* A timer cancelled after it became due (already in the ready queue, by
 * a callback of the same iteration) does not run either, nor does a
 * call_soon handle cancelled before the loop runs. */
static void test_cancel_ready(void)
{
    Obj *loop;
    TRY(loop, new_loop());
    double base = clock_now();
    Obj *box, *canceller, *a, *b, *soon, *w;
    TRY(box, list_new(0));
    TRY(canceller, cfunc_new(&cancel_first_def, NULL, NULL));
    TRY(w, float_from_double(base + 1));
    TRY(a, call(loop, "call_at", 3, w, canceller, box));
    TRY(b, sched(loop, "call_at", base + 1, rec_cb, 2));
    CHECK_EQ(list_append(box, b), 0);
    TRY(soon, sched(loop, "call_soon", 0, rec_cb, 3));
    DO(call(soon, "cancel", 0));
    Obj *stop, *h;
    TRY(stop, cfunc_new(&stop_loop_def, loop, NULL));
    TRY(h, sched(loop, "call_at", base + 1, stop, 0));
    nrecs = 0;
    DO(call(loop, "run_forever", 0));
    /* the canceller ran, then the stop timer: the cancelled timer b (due
     * in the same iteration) and the cancelled call_soon did not */
    CHECK_EQ(nrecs, 2);
    CHECK_EQ(recs[0].id, -1);
    CHECK_EQ(recs[1].id, -2);
    /* b had left the heap when it was cancelled: not counted as a
     * cancelled timer still in the heap */
    CHECK_EQ(L(loop)->timers_cancelled, 0);
    CHECK(((HandleObj *)b)->cancelled);
    DECREF(h);
    DECREF(stop);
    DECREF(soon);
    DECREF(a);
    DECREF(b);
    DECREF(w);
    DECREF(canceller);
    DECREF(box);
    drop_loop(loop);
}

/* ---- 3. the virtual clock ----------------------------------------------- */

/* clock_advance / clock_advance_to: only forward; loop.time() reads it. */
static void test_clock_functions(void)
{
    double t0 = clock_now();
    /* advancing by 0 or less changes nothing */
    clock_advance(0);
    CHECK_TIME(clock_now(), t0);
    clock_advance(-1);
    CHECK_TIME(clock_now(), t0);
    /* advancing by d adds d */
    clock_advance(0.25);
    CHECK_TIME(clock_now(), t0 + 0.25);
    /* advancing to a time <= now changes nothing */
    clock_advance_to(t0);
    CHECK_TIME(clock_now(), t0 + 0.25);
    clock_advance_to(t0 + 0.25);
    CHECK_TIME(clock_now(), t0 + 0.25);
    /* advancing to a later time lands exactly there */
    clock_advance_to(t0 + 2.5);
    CHECK_TIME(clock_now(), t0 + 2.5);
    /* loop.time() is the virtual clock */
    Obj *loop, *t;
    TRY(loop, new_loop());
    TRY(t, call(loop, "time", 0));
    CHECK(FLOAT_CHECK(t));
    CHECK_TIME(float_as_double(t), clock_now());
    DECREF(t);
    drop_loop(loop);
}

/* The clock stays put while anything is ready, jumps to the next deadline
 * only when nothing is; timers already due join the end of the ready
 * queue at once, and a deadline in the past does not move the clock back. */
static void test_clock_jumps_only_when_idle(void)
{
    Obj *loop, *h;
    TRY(loop, new_loop());
    double base = clock_now();
    nrecs = 0;
    chain_end = 5;
    TRY(h, sched(loop, "call_later", 1, rec_cb, 100));
    DECREF(h);
    TRY(h, sched(loop, "call_soon", 0, chain_cb, 0));
    DECREF(h);
    TRY(h, sched(loop, "call_at", base - 3, rec_cb, 20));
    DECREF(h);
    TRY(h, sched(loop, "call_later", -2, rec_cb, 21));
    DECREF(h);
    Obj *stop;
    TRY(stop, cfunc_new(&stop_loop_def, loop, NULL));
    TRY(h, sched(loop, "call_later", 1, stop, 0));
    DECREF(h);
    DO(call(loop, "run_forever", 0));
    static const long want[] = { 0, 20, 21, 1, 2, 3, 4, 5, 100, -2 };
    CHECK_EQ(nrecs, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < nrecs; i++) {
        /* iteration 1: chain(0), then the two past-due timers (earliest
         * deadline first); chain(1..5) one per iteration after; then the
         * timer at +1 and the stop timer made after it */
        CHECK_EQ(recs[i].id, want[i]);
        /* all but the last two ran at the start time: past deadlines
         * did not move the clock back, ready work kept it from jumping */
        CHECK_TIME(recs[i].t, i < 8 ? base : base + 1);
    }

    /* A timer further than a day away: the loop gets there (in steps of
     * at most a day) and lands exactly on the deadline. */
    nrecs = 0;
    base = clock_now();
    TRY(h, sched(loop, "call_later", 200000.5, rec_cb, 7));
    DECREF(h);
    TRY(h, sched(loop, "call_later", 200000.5, stop, 0));
    DECREF(h);
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(nrecs, 2);
    CHECK_EQ(recs[0].id, 7);
    CHECK_TIME(recs[0].t, base + 200000.5);

    /* stop() with only a future timer: one iteration, no jump */
    base = clock_now();
    TRY(h, sched(loop, "call_later", 5, rec_cb, 8));
    nrecs = 0;
    DO(call(loop, "stop", 0));
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(nrecs, 0);
    CHECK_TIME(clock_now(), base);
    DO(call(h, "cancel", 0));
    DECREF(h);
    DECREF(stop);
    drop_loop(loop);
}

/* ---- 4. iterations and the ready ring buffer -------------------------- */

/* An iteration runs exactly what was ready when it began: a callback
 * scheduled by a callback waits for the next iteration, so a stop() in
 * the same iteration leaves it in the queue. */
static void test_iteration_runs_what_was_ready(void)
{
    Obj *loop, *h, *one, *two;
    TRY(loop, new_loop());
    TRY(one, int_from_i64(1));
    TRY(two, int_from_i64(2));
    TRY(h, call(loop, "call_soon", 3, then_cb, one, two));   /* then(1, 2) */
    DECREF(h);
    TRY(h, sched(loop, "call_soon", 0, rec_cb, 3));
    DECREF(h);
    Obj *stop;
    TRY(stop, obj_getattr_cstr(loop, "stop"));
    TRY(h, call(loop, "call_soon", 1, stop));
    DECREF(h);
    nrecs = 0;
    DO(call(loop, "run_forever", 0));
    /* then(1, 2) and rec(3) ran; rec(2), made during the iteration, did not */
    CHECK_EQ(nrecs, 2);
    CHECK_EQ(recs[0].id, 1);
    CHECK_EQ(recs[1].id, 3);
    Obj *ready;
    TRY(ready, obj_getattr_cstr(loop, "_ready"));
    CHECK_EQ(LIST_SIZE(ready), 1);
    DECREF(ready);
    /* run_forever returned: the loop is no longer running */
    CHECK(!L(loop)->running && loop_running() == NULL);
    /* the next run starts with it */
    TRY(h, call(loop, "call_soon", 1, stop));
    DECREF(h);
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(nrecs, 3);
    CHECK_EQ(recs[2].id, 2);
    DECREF(stop);
    DECREF(one);
    DECREF(two);
    drop_loop(loop);
}

/* The ready queue is a ring buffer: callbacks pushed while others are
 * popped wrap around its end, and it grows (16, 32, 64, 128) while
 * wrapped; the order must stay first in, first out.  spawn() numbers what
 * it schedules in scheduling order, so FIFO means ids run 0, 1, 2, ...
 * (The numbers below follow from ready_push/ready_pop: 12 ready of 16
 * slots, each pop pushing two, wraps at the 4th push of the first
 * iteration and grows at the 6th, with the head at 5; from id 100 on each
 * pop pushes one, so the queue stays at 112 of 128 slots, its head moving
 * round: stopped after the iteration of id 300, it holds 404..515 with
 * head 95, wrapped.) */
static void test_ready_ring_fifo(void)
{
    Obj *loop, *h;
    TRY(loop, new_loop());
    LoopObj *l = L(loop);
    enum { START = 12, LIMIT = 700, TWO_BELOW = 100, STOP_AT = 300 };
    spawn_next = START;
    spawn_limit = LIMIT;
    spawn_two_below = TWO_BELOW;
    spawn_stop_at = STOP_AT;
    for (long i = 0; i < START; i++) {
        TRY(h, sched(loop, "call_soon", 0, spawn_cb, i));
        DECREF(h);
    }
    CHECK_EQ(l->ready_cap, 16);
    nrecs = 0;
    DO(call(loop, "run_forever", 0));
    /* stopped mid-way (spawn(300) called stop) with the queue wrapped
     * around the end of the buffer (else this case tests less than it
     * says) */
    CHECK(l->ready_head + l->ready_len > l->ready_cap);
    CHECK_EQ(nrecs, 404);
    Obj *ready;
    TRY(ready, obj_getattr_cstr(loop, "_ready"));
    CHECK_EQ(LIST_SIZE(ready), l->ready_len);
    long first = (long)nrecs;
    for (size_t i = 0; i < LIST_SIZE(ready); i++) {
        HandleObj *hd = (HandleObj *)LIST_ITEM(ready, i);
        long id;
        CHECK(as_id(TUPLE_ITEM(hd->args, 0), &id));
        /* the _ready view lists the next ids, oldest first, across the
         * end of the buffer */
        CHECK_EQ(id, first + (long)i);
    }
    DECREF(ready);
    Obj *stop;
    TRY(stop, cfunc_new(&stop_loop_def, loop, NULL));
    TRY(h, sched(loop, "call_later", 1, stop, 0));
    DECREF(h);
    DO(call(loop, "run_forever", 0));
    /* every spawn ran once, in the order it was scheduled (then the stop) */
    CHECK_EQ(nrecs, LIMIT + 1);
    for (long i = 0; i < LIMIT; i++)
        CHECK_EQ(recs[i].id, i);
    /* the buffer grew from 16 to 128 (the most ever queued, 112) */
    CHECK_EQ(l->ready_cap, 128);
    CHECK_EQ(l->ready_len, 0);
    spawn_stop_at = -1;
    DECREF(stop);
    drop_loop(loop);
}

/* ---- 5. Future --------------------------------------------------------- */

/* set_result schedules the done callbacks with call_soon, in the order
 * they were added, each given the future; a second set_result is an
 * InvalidStateError; cancel(msg) makes result() raise CancelledError(msg). */
static void test_future(void)
{
    Obj *loop, *fut, *tags[4], *v;
    TRY(loop, new_loop());
    TRY(fut, call(loop, "create_future", 0));
    for (long i = 0; i < 4; i++) {
        Obj *t;
        TRY(t, int_from_i64(i + 1));
        TRY(tags[i], cfunc_new(&tag_def, t, NULL));
        DECREF(t);
    }
    for (int i = 0; i < 3; i++)
        DO(call(fut, "add_done_callback", 1, tags[i]));
    /* result() of a pending future: InvalidStateError */
    RAISES(call(fut, "result", 0), Exc_InvalidStateError);
    TRY(v, int_from_i64(42));
    nrecs = 0;
    DO(call(fut, "set_result", 1, v));
    /* set_result runs no callback itself: they are scheduled */
    CHECK_EQ(nrecs, 0);
    CHECK_EQ(L(loop)->ready_len, 3);
    Obj *r;
    TRY(r, call(fut, "done", 0));
    CHECK(r == obj_true);
    DECREF(r);
    TRY(r, call(fut, "result", 0));
    CHECK(r == v);
    DECREF(r);
    /* setting it again: InvalidStateError, and the result stays */
    RAISES(call(fut, "set_result", 1, v), Exc_InvalidStateError);
    RAISES(call(fut, "set_exception", 1, (Obj *)Exc_ValueError), Exc_InvalidStateError);
    CHECK(((FutureObj *)fut)->result == v);
    /* a callback added once it is done is scheduled at once, after them */
    DO(call(fut, "add_done_callback", 1, tags[3]));
    CHECK_EQ(L(loop)->ready_len, 4);
    DO(call(loop, "stop", 0));
    DO(call(loop, "run_forever", 0));
    /* one iteration ran them in registration order, each with the future */
    CHECK_EQ(nrecs, 4);
    for (size_t i = 0; i < 4; i++) {
        CHECK_EQ(recs[i].id, (long)i + 1);
        CHECK(tag_args[i] == fut);
    }
    /* cancelling a done future does nothing */
    TRY(r, call(fut, "cancel", 0));
    CHECK(r == obj_false);
    DECREF(r);

    Obj *fut2, *msg;
    TRY(fut2, call(loop, "create_future", 0));
    DO(call(fut2, "add_done_callback", 1, tags[0]));
    TRY(msg, str_from_cstr("stop it"));
    TRY(r, call(fut2, "cancel", 1, msg));
    /* cancel(msg) of a pending future: True, cancelled, done */
    CHECK(r == obj_true);
    DECREF(r);
    TRY(r, call(fut2, "cancelled", 0));
    CHECK(r == obj_true);
    DECREF(r);
    /* its done callbacks are scheduled too */
    CHECK_EQ(L(loop)->ready_len, 1);
    /* result() raises CancelledError carrying the message */
    r = call(fut2, "result", 0);
    CHECK(!r && err_matches(Exc_CancelledError));
    Obj *e = err_fetch();
    Obj *args = exc_args(e);
    CHECK(args && TUPLE_SIZE(args) == 1 && STR_CHECK(TUPLE_ITEM(args, 0)) &&
          str_eq_cstr(TUPLE_ITEM(args, 0), "stop it"));
    DECREF(e);
    /* so does exception() */
    RAISES(call(fut2, "exception", 0), Exc_CancelledError);
    /* a second cancel: False; set_result on it: InvalidStateError */
    TRY(r, call(fut2, "cancel", 0));
    CHECK(r == obj_false);
    DECREF(r);
    RAISES(call(fut2, "set_result", 1, v), Exc_InvalidStateError);
    nrecs = 0;
    DO(call(loop, "stop", 0));
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(nrecs, 1);
    CHECK(tag_args[0] == fut2);
    DECREF(msg);
    DECREF(fut2);
    DECREF(v);
    for (int i = 0; i < 4; i++)
        DECREF(tags[i]);
    DECREF(fut);
    drop_loop(loop);
}

/* ---- 6. stop() ---------------------------------------------------------- */

/* stop() in a callback ends run_forever after the current iteration: the
 * callbacks ready with it still run, timers not yet due do not, the clock
 * stays; a later run_forever carries on. */
static void test_stop_in_callback(void)
{
    Obj *loop, *h, *stop;
    TRY(loop, new_loop());
    double base = clock_now();
    TRY(stop, cfunc_new(&stop_loop_def, loop, NULL));
    TRY(h, sched(loop, "call_soon", 0, rec_cb, 1));
    DECREF(h);
    TRY(h, sched(loop, "call_soon", 0, stop, 0));
    DECREF(h);
    TRY(h, sched(loop, "call_soon", 0, rec_cb, 2));
    DECREF(h);
    TRY(h, sched(loop, "call_later", 3, rec_cb, 3));
    DECREF(h);
    nrecs = 0;
    DO(call(loop, "run_forever", 0));
    /* rec(1), stop, rec(2): the whole iteration; not the timer */
    CHECK_EQ(nrecs, 3);
    CHECK_EQ(recs[0].id, 1);
    CHECK_EQ(recs[1].id, -2);
    CHECK_EQ(recs[2].id, 2);
    CHECK_TIME(clock_now(), base);
    /* the stop request is used up: the loop is neither stopping nor running */
    CHECK(!L(loop)->stopping && !L(loop)->running);
    /* a stop() from a timer: the next run jumps to +3, runs it and the
     * stop timer due with it, and ends; the timer at +4 waits */
    TRY(h, sched(loop, "call_later", 3, stop, 0));
    DECREF(h);
    TRY(h, sched(loop, "call_later", 4, rec_cb, 4));
    DECREF(h);
    DO(call(loop, "run_forever", 0));
    CHECK_EQ(nrecs, 5);
    CHECK_EQ(recs[3].id, 3);
    CHECK_EQ(recs[4].id, -2);
    CHECK_TIME(clock_now(), base + 3);
    CHECK_EQ(L(loop)->ntimers, 1);
    DECREF(stop);
    drop_loop(loop);
}

/* ---- 7. tasks: waiting, and waiting forever ---------------------------- */

static const char py_src[] =
    "async def wait_on(fut):\n"
    "    return await fut\n";

/* wait_on (from py_src, compiled and run in a fresh namespace). */
static Obj *py_globals, *py_wait_on;

static void load_python(void)
{
    Obj *file, *r;
    TRY(py_globals, dict_new());
    CHECK_EQ(dict_setitem(py_globals, ID(__builtins__), vm_builtins()), 0);
    TRY(file, str_from_cstr("loop_test.py"));
    CHECK_EQ(dict_setitem(py_globals, ID(__name__), file), 0);
    r = exec_module_source(py_src, sizeof py_src - 1, file, py_globals);
    DECREF(file);
    if (!r) {
        fail_pending(__LINE__, "exec_module_source(py_src)");
        return;
    }
    DECREF(r);
    TRY(py_wait_on, dict_getitem_cstr(py_globals, "wait_on"));
}

/* A task awaiting a future that a timer completes: the loop has nothing
 * ready while it waits, so it jumps to the timer; the task ends with the
 * result. */
static void test_task_woken_by_timer(void)
{
    Obj *loop, *fut, *coro, *task, *h, *seven, *one, *set_result, *stop, *r;
    load_python();
    if (case_failed)
        return;
    TRY(loop, new_loop());
    double base = clock_now();
    TRY(fut, call(loop, "create_future", 0));
    TRY(coro, obj_call1(py_wait_on, fut));
    TRY(task, call(loop, "create_task", 1, coro));
    TRY(seven, int_from_i64(7));
    TRY(one, float_from_double(1.0));
    TRY(set_result, obj_getattr_cstr(fut, "set_result"));
    TRY(h, call(loop, "call_later", 3, one, set_result, seven));
    DECREF(h);
    TRY(stop, cfunc_new(&stop_loop_def, loop, NULL));
    DO(call(task, "add_done_callback", 1, stop));
    DO(call(loop, "run_forever", 0));
    /* the task ended with the future's result, a second after it began */
    TRY(r, call(task, "result", 0));
    CHECK(r == seven);
    DECREF(r);
    CHECK_TIME(clock_now(), base + 1);
    CHECK(!run_deadlocked());
    DECREF(stop);
    DECREF(set_result);
    DECREF(one);
    DECREF(seven);
    DECREF(task);
    DECREF(coro);
    DECREF(fut);
    drop_loop(loop);
}

/* A task awaiting a future nobody completes, nothing ready, no timer:
 * CPython's loop would wait forever; this one reports a deadlock (one
 * stderr line naming the task and what it waits for), ends the run
 * (run_stop_deadlock: run_deadlocked() is true and a RuntimeError
 * unwinds everything), and run_forever returns at once. */
static void test_deadlock(void)
{
    Obj *loop, *fut, *coro, *task;
    load_python();
    if (case_failed)
        return;
    TRY(loop, new_loop());
    TRY(fut, call(loop, "create_future", 0));
    TRY(coro, obj_call1(py_wait_on, fut));
    TRY(task, call(loop, "create_task", 1, coro));
    err_len = 0;
    Obj *r = call(loop, "run_forever", 0);
    /* run_forever failed, with the run stopped as a deadlock */
    CHECK(r == NULL);
    CHECK(run_deadlocked());
    CHECK(err_matches(Exc_RuntimeError));
    err_clear();
    /* the loop is left, not running */
    CHECK(!L(loop)->running && loop_running() == NULL);
    /* the report: one line, naming the task, where it is and what it
     * waits for */
    CHECK(strstr(err_text, "coroscope: deadlock at time ") == err_text);
    CHECK(strstr(err_text, "1 task waits forever"));
    CHECK(strstr(err_text, ((TaskObj *)task)->name ? STR_DATA(((TaskObj *)task)->name) : "?"));
    CHECK(strstr(err_text, "(wait_on() at loop_test.py:2) waits for a Future that nobody "
                           "completes\n"));
    CHECK(strchr(err_text, '\n') == err_text + err_len - 1);
    /* the task is still pending (nothing was thrown into it) */
    CHECK_EQ(((FutureObj *)task)->state, FUT_PENDING);
    DECREF(task);
    DECREF(coro);
    DECREF(fut);
    drop_loop(loop);
}

/* ---- main -------------------------------------------------------------- */

typedef struct Case { const char *name; void (*fn)(void); bool writes_stderr; } Case;

static const Case cases[] = {
    { "timer_order_equal_deadlines", test_timer_order_equal_deadlines, false },
    { "timer_order_random", test_timer_order_random, false },
    { "cancel_prunes_heap", test_cancel_prunes_heap, false },
    { "cancel_ready", test_cancel_ready, false },
    { "clock_functions", test_clock_functions, false },
    { "clock_jumps_only_when_idle", test_clock_jumps_only_when_idle, false },
    { "iteration_runs_what_was_ready", test_iteration_runs_what_was_ready, false },
    { "ready_ring_fifo", test_ready_ring_fifo, false },
    { "future", test_future, false },
    { "stop_in_callback", test_stop_in_callback, false },
    { "task_woken_by_timer", test_task_woken_by_timer, false },
    { "deadlock", test_deadlock, true },          /* last: it ends the "run" */
};

static Obj *make_cb(const MethodDef *def)
{
    Obj *f = cfunc_new(def, NULL, NULL);
    if (!f) {
        printf("FAIL setup: cfunc_new(%s)\n", def->name);
        exit(1);
    }
    return f;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* The start-up of a run (host/run.c): the run's state, then the object
     * system, the VM, the modules and the loop. */
    rt_set_output(write_out, write_err, NULL);
    vm_begin_run("", 0, "loop_test.py", 0);
    loop_reset();
    if (object_init() < 0 || vm_init() < 0 || modules_init() < 0 || loop_init() < 0) {
        printf("FAIL setup: engine initialisation\n");
        return 1;
    }
    rec_cb = make_cb(&rec_def);
    then_cb = make_cb(&then_def);
    chain_cb = make_cb(&chain_def);
    spawn_cb = make_cb(&spawn_def);

    size_t ncases = sizeof cases / sizeof cases[0];
    if (argc == 1)
        printf("PLAN %d\n", (int)ncases);
    for (size_t i = 0; i < ncases; i++) {
        if (argc > 1 && strcmp(argv[1], cases[i].name) != 0)
            continue;
        case_name = cases[i].name;
        case_failed = 0;
        /* each case starts as a run does (a deadlock a failing case caused
         * ends its own run only); the clock goes on from where it was, so
         * no case relies on it starting at 0 */
        vm_begin_run("", 0, "loop_test.py", 0);
        err_len = 0;
        err_text[0] = '\0';
        cases[i].fn();
        /* nothing may be left pending, nor written on stderr (an
         * "Exception in callback" report) unless the case expects it */
        if (!case_failed && err_occurred())
            fail_pending(0, "a case left an exception pending:");
        if (!case_failed && !cases[i].writes_stderr && err_len) {
            char m[600];
            snprintf(m, sizeof m, "unexpected stderr: %.500s", err_text);
            fail_at(0, m);
        }
        if (case_failed) {
            failures++;
        } else {
            passes++;
            printf("PASS %s\n", case_name);
        }
        if (py_globals) {                /* break the function <-> globals cycle */
            module_clear_dict(py_globals);
            CLEAR(py_globals);
            py_wait_on = NULL;
        }
    }
    CLEAR(rec_cb);
    CLEAR(then_cb);
    CLEAR(chain_cb);
    CLEAR(spawn_cb);
    vm_end_run();
    printf("loop: %d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
