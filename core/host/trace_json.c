/* trace_json.c - step events as JSON lines.
 *
 * Field names are those trace.h documents ("step", then TraceEvent's
 * fields with kind -> "event", obj_id -> "id", obj_kind -> "kind"); absent
 * (NULL / zero) fields are left out so lines stay short, except that a
 * generator event always has "id" and "peer_id".  Strings are UTF-8 and
 * escaped per JSON.
 */
#include "host/trace_json.h"

#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

/* A bounded writer: counts what it would need even past the end. */
typedef struct jbuf {
    char *p;        /* destination */
    size_t cap;     /* bytes available at p */
    size_t len;     /* bytes needed so far */
} jbuf;

static void put(jbuf *b, const char *s, size_t n)
{
    if (b->len < b->cap) {
        size_t room = b->cap - b->len;
        memcpy(b->p + b->len, s, n < room ? n : room);
    }
    b->len += n;
}

static void put_str(jbuf *b, const char *s)
{
    put(b, "\"", 1);
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        char esc[8];
        switch (*c) {
        case '"': put(b, "\\\"", 2); break;
        case '\\': put(b, "\\\\", 2); break;
        case '\n': put(b, "\\n", 2); break;
        case '\r': put(b, "\\r", 2); break;
        case '\t': put(b, "\\t", 2); break;
        default:
            if (*c < 0x20) {
                snprintf(esc, sizeof esc, "\\u%04x", *c);
                put(b, esc, 6);
            } else {
                put(b, (const char *)c, 1);
            }
        }
    }
    put(b, "\"", 1);
}

static void field_str(jbuf *b, const char *name, const char *value)
{
    if (!value)
        return;
    put(b, ",\"", 2);
    put(b, name, strlen(name));
    put(b, "\":", 2);
    put_str(b, value);
}

static void field_num(jbuf *b, const char *name, unsigned long long value)
{
    char num[32];
    int n = snprintf(num, sizeof num, "%llu", value);
    put(b, ",\"", 2);
    put(b, name, strlen(name));
    put(b, "\":", 2);
    put(b, num, (size_t)n);
}

/* A clock reading as Python's repr of a float would write it (shortest
 * round-trip form, at least one decimal); an infinite one (time.sleep(inf))
 * as 1e999, which JSON readers take for infinity, and NaN as null. */
static void field_double(jbuf *b, const char *name, double value)
{
    char num[40];
    int n = 0;
    if (value != value || value > DBL_MAX || value < -DBL_MAX) {
        n = snprintf(num, sizeof num, "%s", value != value ? "null" : value > 0 ? "1e999"
                                                                                : "-1e999");
        put(b, ",\"", 2);
        put(b, name, strlen(name));
        put(b, "\":", 2);
        put(b, num, (size_t)n);
        return;
    }
    for (int prec = 1; prec <= 17; prec++) {
        n = snprintf(num, sizeof num, "%.*g", prec, value);
        if (strtod(num, NULL) == value)
            break;
    }
    if (!strpbrk(num, ".eEn"))
        n += snprintf(num + n, sizeof num - (size_t)n, ".0");
    put(b, ",\"", 2);
    put(b, name, strlen(name));
    put(b, "\":", 2);
    put(b, num, (size_t)n);
}

size_t trace_json_format(const TraceEvent *e, unsigned long step, char *buf, size_t cap)
{
    jbuf b = { buf, cap, 0 };
    char head[48];
    int n = snprintf(head, sizeof head, "{\"step\":%lu", step);
    put(&b, head, (size_t)n);
    field_str(&b, "event", trace_kind_name(e->kind));
    if (e->line > 0)
        field_num(&b, "line", (unsigned long long)e->line);
    field_str(&b, "func", e->func);
    if (e->obj_id || e->obj_kind)
        field_num(&b, "id", e->obj_id);
    field_str(&b, "kind", e->obj_kind);
    field_str(&b, "state", e->state);
    field_str(&b, "verb", e->verb);
    field_str(&b, "value", e->value);
    if (e->peer_id || e->peer)
        field_num(&b, "peer_id", e->peer_id);
    field_str(&b, "peer", e->peer);
    field_str(&b, "text", e->text);
    field_str(&b, "name", e->name);
    if (e->kind >= TR_TIMER_ADD && e->kind <= TR_CLOCK)
        field_double(&b, "time", e->time);
    if (e->kind == TR_CLOCK)
        field_double(&b, "from", e->time_from);
    if (e->kind == TR_LOOP_ITER)
        field_num(&b, "count", (unsigned long long)e->count);
    put(&b, "}", 1);
    return b.len;
}

/* ---- the hook ---- */

static trace_json_sink sink;
static void *sink_user;
static unsigned long steps;

void trace_json_emit(const TraceEvent *e)
{
    char small[512];
    size_t need = trace_json_format(e, ++steps, small, sizeof small - 1);
    if (need < sizeof small) {
        small[need] = '\n';
        sink(small, need + 1, sink_user);
        return;
    }
    char *big = mem_alloc(need + 1);
    if (!big) {
        static const char lost[] = "{\"event\":\"trace_lost\",\"reason\":\"out of memory\"}\n";
        sink(lost, sizeof lost - 1, sink_user);
        return;
    }
    trace_json_format(e, steps, big, need);
    big[need] = '\n';
    sink(big, need + 1, sink_user);
    mem_free(big, need + 1);
}

void trace_json_open(trace_json_sink fn, void *user)
{
    sink = fn;
    sink_user = user;
    steps = 0;
}
