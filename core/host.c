/* host.c - the host API of coroscope.h on top of the private subsystems. */
#include "coroscope.h"

#include <stdint.h>

#include "coro.h"
#include "mem.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define CS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define CS_EXPORT
#endif

#define MAX_COUNTERS 1024

typedef struct counter {
    int next;        /* value it yields next */
    int step;        /* added after each yield */
    int total;       /* sum of the values sent in */
} counter;

static coro *counters[MAX_COUNTERS];   /* live counter coroutines, by handle */
static int result_value;               /* see cs_result_value */
static int result_status;              /* see cs_result_status */
static const char *result_text = "none";

CS_EXPORT const char *cs_version(void) { return COROSCOPE_VERSION; }

static void *counter_entry(void *user, void *first)
{
    counter *c = user;
    intptr_t sent = (intptr_t)first;
    while (sent >= 0) {
        c->total += (int)sent;
        void *in;
        coro_yield((void *)(intptr_t)c->next, &in);
        c->next += c->step;
        sent = (intptr_t)in;
    }
    return (void *)(intptr_t)c->total;
}

CS_EXPORT int cs_counter_new(int start, int step)
{
    for (int h = 0; h < MAX_COUNTERS; h++) {
        if (counters[h])
            continue;
        counter *c = mem_alloc(sizeof *c);
        if (!c)
            return -1;
        *c = (counter){ .next = start, .step = step, .total = 0 };
        if (coro_create(&counters[h], counter_entry, c, CORO_SHARED_STACK) != CORO_OK) {
            mem_free(c, sizeof *c);
            return -1;
        }
        return h;
    }
    return -1;
}

static coro *counter_at(int handle)
{
    return handle >= 0 && handle < MAX_COUNTERS ? counters[handle] : NULL;
}

CS_EXPORT void cs_counter_resume(int handle, int sent)
{
    void *out = NULL;
    coro *co = counter_at(handle);
    coro_result r = co ? coro_resume(co, (void *)(intptr_t)sent, &out) : CORO_ERR_INVALID;
    result_value = (int)(intptr_t)out;
    result_status = r == CORO_OK ? (int)coro_status_of(co) : -(int)r;
    result_text = r == CORO_OK ? coro_status_name(coro_status_of(co)) : coro_describe(r);
}

CS_EXPORT int cs_counter_free(int handle)
{
    coro *co = counter_at(handle);
    if (!co)
        return -(int)CORO_ERR_INVALID;
    void *c = coro_user(co);
    coro_result r = coro_free(co);
    if (r != CORO_OK)
        return -(int)r;
    mem_free(c, sizeof(counter));
    counters[handle] = NULL;
    return 0;
}

CS_EXPORT int cs_result_value(void) { return result_value; }
CS_EXPORT int cs_result_status(void) { return result_status; }
CS_EXPORT const char *cs_result_text(void) { return result_text; }
