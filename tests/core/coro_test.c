/* coro_test.c - unit tests of the coroutine core (core/coro.h).
 *
 * Built twice by build.sh: natively with AddressSanitizer + UBSan, and for
 * wasm (Emscripten fibers), and run by tests/core.test.mjs.  Each case
 * prints "PASS name" or "FAIL name: why"; the last line is
 * "coro: N passed, M failed".  With an argument, runs only that case
 * (used for the overflow cases, which are expected to kill the process).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coro/coro.h"
#include "base/mem.h"

static int failures, passes;
static const char *case_name;
static int case_failed;

#define CHECK(cond) do { if (!(cond)) { fail_at(__LINE__, #cond); return; } } while (0)
#define CHECK_EQ(a, b) do { long long _a = (long long)(a), _b = (long long)(b); \
    if (_a != _b) { char _m[160]; snprintf(_m, sizeof _m, "%s == %lld, expected %lld", #a, _a, _b); \
    fail_at(__LINE__, _m); return; } } while (0)

static void fail_at(int line, const char *what)
{
    printf("FAIL %s: line %d: %s\n", case_name, line, what);
    case_failed = 1;
}

#define V(x) ((void *)(intptr_t)(x))
#define I(p) ((intptr_t)(p))

/* ---- ping-pong: values in through resume, out through yield ---- */

static void *doubler(void *user, void *first)
{
    (void)user;
    void *v = first;
    while (I(v) >= 0) {
        void *next;
        if (coro_yield(V(I(v) * 2), &next) != CORO_OK)
            return V(-1);
        v = next;
    }
    return V(1000 + I(v));
}

static void test_ping_pong(void)
{
    coro *co;
    CHECK_EQ(coro_create(&co, doubler, NULL, CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_status_of(co), CORO_CREATED);
    for (int i = 0; i < 100; i++) {
        void *out;
        CHECK_EQ(coro_resume(co, V(i), &out), CORO_OK);
        CHECK_EQ(I(out), 2 * i);
        CHECK_EQ(coro_status_of(co), CORO_SUSPENDED);
    }
    void *out;
    CHECK_EQ(coro_resume(co, V(-5), &out), CORO_OK);
    CHECK_EQ(I(out), 995);
    CHECK_EQ(coro_status_of(co), CORO_DEAD);
    CHECK_EQ(coro_free(co), CORO_OK);
}

/* ---- nesting: A resumes B resumes C; yields go back to the resumer ---- */

static char trail[64];          /* order of events, one letter each */
static void mark(char c) { size_t n = strlen(trail); trail[n] = c; trail[n + 1] = 0; }

static void *level_c(void *user, void *first)
{
    (void)user;
    mark('c');
    void *in;
    coro_yield(V(I(first) + 1), &in);
    mark('C');
    return V(I(in) + 1);
}

static void *level_b(void *user, void *first)
{
    coro *c;
    (void)user;
    mark('b');
    if (coro_create(&c, level_c, NULL, CORO_SHARED_STACK) != CORO_OK)
        return V(-1);
    void *v;
    coro_resume(c, V(I(first) + 1), &v);          /* c yields first+2 */
    mark('B');
    void *in;
    coro_yield(v, &in);                            /* hand it up to A */
    coro_resume(c, in, &v);                        /* c returns in+1 */
    coro_free(c);
    return V(I(v) + 1);
}

static void *level_a(void *user, void *first)
{
    coro *b;
    (void)user;
    mark('a');
    if (coro_create(&b, level_b, NULL, CORO_SHARED_STACK) != CORO_OK)
        return V(-1);
    void *v;
    coro_resume(b, V(I(first) + 1), &v);
    mark('A');
    void *in;
    coro_yield(v, &in);
    coro_resume(b, in, &v);
    coro_free(b);
    return V(I(v) + 1);
}

static void test_nesting(void)
{
    coro *a;
    trail[0] = 0;
    CHECK_EQ(coro_create(&a, level_a, NULL, CORO_SHARED_STACK), CORO_OK);
    void *v;
    CHECK_EQ(coro_resume(a, V(10), &v), CORO_OK);
    CHECK_EQ(I(v), 13);                 /* 10 -> a 11 -> b 12 -> c yields 13 */
    CHECK(strcmp(trail, "abcBA") == 0);
    CHECK_EQ(coro_resume(a, V(100), &v), CORO_OK);
    CHECK_EQ(I(v), 103);                /* c returns 101, b 102, a 103 */
    CHECK_EQ(coro_status_of(a), CORO_DEAD);
    CHECK(strcmp(trail, "abcBAC") == 0);
    CHECK_EQ(coro_free(a), CORO_OK);
}

/* ---- a yield 200 C frames deep, with data kept in every frame ---- */

static int deep_yield(int depth, int seed)
{
    volatile unsigned char frame_data[48];     /* lives on the coroutine stack */
    for (int i = 0; i < 48; i++)
        frame_data[i] = (unsigned char)(seed + depth + i);
    int below = 0;
    if (depth > 0)
        below = deep_yield(depth - 1, seed);
    else
        coro_yield(V(seed), NULL);
    for (int i = 0; i < 48; i++)
        if (frame_data[i] != (unsigned char)(seed + depth + i))
            return -100000;                    /* the stack came back damaged */
    return below + 1;
}

static void *deep_entry(void *user, void *first)
{
    (void)user;
    return V(deep_yield(200, (int)I(first)));
}

static void test_deep_yield(void)
{
    coro *x, *y;
    CHECK_EQ(coro_create(&x, deep_entry, NULL, CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_create(&y, deep_entry, NULL, CORO_SHARED_STACK), CORO_OK);
    void *v;
    CHECK_EQ(coro_resume(x, V(7), &v), CORO_OK);   /* both suspended 201 frames deep, */
    CHECK_EQ(I(v), 7);
    CHECK_EQ(coro_resume(y, V(99), &v), CORO_OK);  /* sharing one stack by copying */
    CHECK_EQ(I(v), 99);
    CHECK(coro_footprint(x) > 200 * 48);
    CHECK_EQ(coro_resume(x, NULL, &v), CORO_OK);
    CHECK_EQ(I(v), 201);
    CHECK_EQ(coro_resume(y, NULL, &v), CORO_OK);
    CHECK_EQ(I(v), 201);
    coro_free(x);
    coro_free(y);
}

/* ---- two coroutines taking turns keep their own stack contents ---- */

static void *pattern_keeper(void *user, void *first)
{
    volatile int mine[64];
    int tag = (int)I(user);
    (void)first;
    for (int round = 0; round < 500; round++) {
        for (int i = 0; i < 64; i++)
            mine[i] = tag * 1000 + round + i;
        coro_yield(V(round), NULL);
        for (int i = 0; i < 64; i++)
            if (mine[i] != tag * 1000 + round + i)
                return V(-1);
    }
    return V(tag);
}

static void test_turns(void)
{
    coro *p, *q;
    CHECK_EQ(coro_create(&p, pattern_keeper, V(1), CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_create(&q, pattern_keeper, V(2), CORO_SHARED_STACK), CORO_OK);
    void *v = NULL, *w = NULL;
    while (coro_status_of(p) != CORO_DEAD) {
        CHECK_EQ(coro_resume(p, NULL, &v), CORO_OK);
        CHECK_EQ(coro_resume(q, NULL, &w), CORO_OK);
    }
    CHECK_EQ(I(v), 1);
    CHECK_EQ(I(w), 2);
    coro_free(p);
    coro_free(q);
}

/* ---- a dedicated-stack coroutine drives shared ones (the engine's shape) ---- */

static void *driver(void *user, void *first)
{
    (void)user;
    (void)first;
    coro *kids[3];
    intptr_t sum = 0;
    for (int i = 0; i < 3; i++)
        if (coro_create(&kids[i], doubler, NULL, CORO_SHARED_STACK) != CORO_OK)
            return V(-1);
    for (int round = 1; round <= 10; round++)
        for (int i = 0; i < 3; i++) {
            void *out;
            coro_resume(kids[i], V(round), &out);
            sum += I(out);
            if (round == 5)
                coro_yield(V(sum), NULL);   /* pause the driver mid-way */
        }
    for (int i = 0; i < 3; i++)
        coro_free(kids[i]);
    return V(sum);
}

static void test_dedicated_driver(void)
{
    coro *d;
    CHECK_EQ(coro_create(&d, driver, NULL, 256 * 1024), CORO_OK);
    void *v;
    int pauses = 0;
    do {
        CHECK_EQ(coro_resume(d, NULL, &v), CORO_OK);
        pauses++;
    } while (coro_status_of(d) != CORO_DEAD);
    CHECK_EQ(pauses, 4);               /* 3 yields in round 5, then the return */
    CHECK_EQ(I(v), 3 * 2 * 55);
    coro_free(d);
}

/* ---- 10,000 coroutines suspended at once, then each run to completion ---- */

static void *counter(void *user, void *first)
{
    (void)first;
    intptr_t n = I(user);
    void *in;
    coro_yield(V(n), &in);
    coro_yield(V(n + I(in)), &in);
    return V(n * 3);
}

static void test_ten_thousand(void)
{
    enum { N = 10000 };
    coro **all = mem_calloc(N, sizeof *all);
    CHECK(all != NULL);
    size_t before = mem_in_use();
    for (int i = 0; i < N; i++) {
        void *v;
        CHECK_EQ(coro_create(&all[i], counter, V(i), CORO_SHARED_STACK), CORO_OK);
        CHECK_EQ(coro_resume(all[i], NULL, &v), CORO_OK);
        CHECK_EQ(I(v), i);
    }
    size_t held = mem_in_use() - before;
    printf("INFO ten_thousand: %zu bytes held by %d suspended coroutines (%zu each)\n",
           held, N, held / N);
    for (int i = 0; i < N; i++) {
        void *v;
        CHECK_EQ(coro_resume(all[i], V(1), &v), CORO_OK);
        CHECK_EQ(I(v), i + 1);
    }
    for (int i = N - 1; i >= 0; i--) {
        void *v;
        CHECK_EQ(coro_resume(all[i], NULL, &v), CORO_OK);
        CHECK_EQ(I(v), 3 * i);
        CHECK_EQ(coro_status_of(all[i]), CORO_DEAD);
        CHECK_EQ(coro_free(all[i]), CORO_OK);
    }
    mem_free(all, N * sizeof *all);
}

/* ---- memory follows depth: a shallow coroutine holds less than a deep one ---- */

static void test_footprint_scales(void)
{
    coro *shallow, *deep;
    CHECK_EQ(coro_create(&shallow, counter, V(1), CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_create(&deep, deep_entry, NULL, CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_resume(shallow, NULL, NULL), CORO_OK);
    CHECK_EQ(coro_resume(deep, V(3), NULL), CORO_OK);
    CHECK_EQ(coro_resume(shallow, V(1), NULL), CORO_OK);   /* moves deep off the stack */
    CHECK(coro_footprint(deep) > 4 * coro_footprint(shallow));
    coro_free(shallow);
    coro_free(deep);
}

/* ---- freeing suspended coroutines returns all their memory ---- */

static void test_free_suspended(void)
{
    size_t before = mem_in_use();
    for (int i = 0; i < 50; i++) {
        coro *a, *b;
        CHECK_EQ(coro_create(&a, deep_entry, NULL, CORO_SHARED_STACK), CORO_OK);
        CHECK_EQ(coro_create(&b, doubler, NULL, CORO_SHARED_STACK), CORO_OK);
        CHECK_EQ(coro_resume(a, V(i), NULL), CORO_OK);
        CHECK_EQ(coro_resume(b, V(i), NULL), CORO_OK);
        CHECK_EQ(coro_free(a), CORO_OK);           /* a: suspended, image on heap */
        CHECK_EQ(coro_free(b), CORO_OK);           /* b: suspended, owns the stack */
    }
    coro *c;
    CHECK_EQ(coro_create(&c, doubler, NULL, CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_free(c), CORO_OK);               /* never started */
    CHECK_EQ(mem_in_use(), before);
}

/* ---- misuse is reported, never undefined ---- */

static coro *self_ref;
static coro_result seen[4];

static void *misuser(void *user, void *first)
{
    (void)user;
    (void)first;
    seen[0] = coro_resume(self_ref, NULL, NULL);        /* resume itself */
    seen[1] = coro_free(self_ref);                       /* free itself */
    coro_yield(NULL, NULL);
    return NULL;
}

static void *resumes_parent(void *user, void *first)
{
    (void)first;
    seen[2] = coro_resume((coro *)user, NULL, NULL);     /* its resumer is running */
    return NULL;
}

static void *parent(void *user, void *first)
{
    (void)user;
    (void)first;
    coro *child;
    coro_create(&child, resumes_parent, coro_current(), CORO_SHARED_STACK);
    coro_resume(child, NULL, NULL);
    coro_free(child);
    return NULL;
}

static void test_misuse(void)
{
    CHECK_EQ(coro_yield(NULL, NULL), CORO_ERR_NOT_IN_CORO);
    CHECK(coro_current() == NULL);
    CHECK_EQ(coro_resume(NULL, NULL, NULL), CORO_ERR_INVALID);
    CHECK_EQ(coro_free(NULL), CORO_ERR_INVALID);
    coro *co;
    CHECK_EQ(coro_create(NULL, doubler, NULL, 0), CORO_ERR_INVALID);
    CHECK_EQ(coro_create(&co, NULL, NULL, 0), CORO_ERR_INVALID);

    CHECK_EQ(coro_create(&self_ref, misuser, NULL, CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_resume(self_ref, NULL, NULL), CORO_OK);
    CHECK_EQ(seen[0], CORO_ERR_RUNNING);
    CHECK_EQ(seen[1], CORO_ERR_RUNNING);
    CHECK_EQ(coro_resume(self_ref, NULL, NULL), CORO_OK);     /* finishes */
    CHECK_EQ(coro_resume(self_ref, NULL, NULL), CORO_ERR_DEAD);
    CHECK_EQ(coro_free(self_ref), CORO_OK);

    CHECK_EQ(coro_create(&co, parent, NULL, CORO_SHARED_STACK), CORO_OK);
    CHECK_EQ(coro_resume(co, NULL, NULL), CORO_OK);
    CHECK_EQ(seen[2], CORO_ERR_RUNNING);
    coro_free(co);

    const char *texts[] = {
        coro_describe(CORO_ERR_RUNNING), coro_describe(CORO_ERR_DEAD),
        coro_describe(CORO_ERR_NOT_IN_CORO), coro_describe(CORO_ERR_NOMEM),
        coro_describe(CORO_ERR_STACK_OVERFLOW), coro_describe(CORO_ERR_INVALID),
    };
    CHECK(strcmp(texts[1], "cannot resume a dead coroutine") == 0);
    for (int i = 0; i < 6; i++)
        for (int j = i + 1; j < 6; j++)
            CHECK(strcmp(texts[i], texts[j]) != 0);
}

/* ---- running out of memory is an error code ---- */

static void test_nomem(void)
{
    coro *co;
    CHECK_EQ(coro_create(&co, doubler, NULL, CORO_SHARED_STACK), CORO_OK);  /* stack set up */
    coro_free(co);
    mem_set_cap(mem_in_use() + 8);
    coro_result r = coro_create(&co, doubler, NULL, CORO_SHARED_STACK);
    mem_set_cap(0);
    CHECK_EQ(r, CORO_ERR_NOMEM);
    CHECK(co == NULL);
}

/* ---- overflow: the soft check, then the hard guard (in a separate run) ---- */

static int recurse_checked(int depth)
{
    volatile char pad[256];
    pad[depth % 256] = (char)depth;
    if (coro_check_stack(8 * 1024) != CORO_OK)
        return depth;
    int reached = recurse_checked(depth + 1);
    return pad[depth % 256] == (char)depth ? reached : -1;   /* keeps the frame alive */
}

static void *overflow_soft(void *user, void *first)
{
    (void)user;
    (void)first;
    return V(recurse_checked(0));
}

static void test_overflow_soft(void)
{
    coro *co;
    CHECK_EQ(coro_create(&co, overflow_soft, NULL, 64 * 1024), CORO_OK);
    void *v;
    CHECK_EQ(coro_resume(co, NULL, &v), CORO_OK);
    CHECK(I(v) > 10);                       /* it went deep, then stopped cleanly */
    CHECK(I(v) < 64 * 1024 / 256);
    CHECK_EQ(coro_status_of(co), CORO_DEAD);
    coro_free(co);
    CHECK(coro_stack_left() > 1024 * 1024); /* the host's stack is not ours */
}

static volatile int recursion_stop = 1 << 30;   /* never reached */

static int recurse_unchecked(int depth)
{
    volatile char pad[512];
    pad[depth % 512] = 1;
    if (depth == recursion_stop)
        return 0;
    return recurse_unchecked(depth + 1) + pad[0];
}

static void *overflow_hard(void *user, void *first)
{
    (void)user;
    (void)first;
    return V(recurse_unchecked(0));
}

/* Expected to end the process with a stack-overflow report. */
static void run_overflow_hard(void)
{
    coro *co;
    coro_create(&co, overflow_hard, NULL, 64 * 1024);
    coro_resume(co, NULL, NULL);
    printf("FAIL overflow_hard: the overflow went unnoticed\n");
    exit(3);
}

static void *overflow_hard_shared(void *user, void *first)
{
    coro *other = user;
    (void)first;
    coro_resume(other, NULL, NULL);
    return V(recurse_unchecked(0));
}

static void run_overflow_hard_shared(void)
{
    coro *co, *other;
    coro_set_shared_stack_size(64 * 1024);
    coro_create(&other, doubler, NULL, CORO_SHARED_STACK);
    coro_create(&co, overflow_hard_shared, other, CORO_SHARED_STACK);
    coro_resume(co, NULL, NULL);
    printf("FAIL overflow_hard_shared: the overflow went unnoticed\n");
    exit(3);
}

typedef struct test_case { const char *name; void (*fn)(void); } test_case;

static const test_case cases[] = {
    { "ping_pong", test_ping_pong },
    { "nesting_three_levels", test_nesting },
    { "yield_200_frames_deep", test_deep_yield },
    { "shared_stack_turns_keep_contents", test_turns },
    { "dedicated_stack_drives_shared", test_dedicated_driver },
    { "ten_thousand_suspended", test_ten_thousand },
    { "footprint_scales_with_depth", test_footprint_scales },
    { "free_suspended_no_leak", test_free_suspended },
    { "misuse_errors", test_misuse },
    { "out_of_memory", test_nomem },
    { "overflow_soft_check", test_overflow_soft },
};

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc > 1 && strcmp(argv[1], "overflow_hard") == 0)
        run_overflow_hard();
    if (argc > 1 && strcmp(argv[1], "overflow_hard_shared") == 0)
        run_overflow_hard_shared();
    if (argc == 1)
        printf("PLAN %d\n", (int)(sizeof cases / sizeof cases[0]));
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (argc > 1 && strcmp(argv[1], cases[i].name) != 0)
            continue;
        case_name = cases[i].name;
        case_failed = 0;
        cases[i].fn();
        if (case_failed)
            failures++;
        else {
            passes++;
            printf("PASS %s\n", case_name);
        }
    }
    printf("coro: %d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
