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

static void put_escape(jbuf *b, unsigned cp)
{
    char esc[8];
    snprintf(esc, sizeof esc, "\\u%04x", cp);
    put(b, esc, 6);
}

/* The length of the well-formed UTF-8 sequence at s (n bytes left), or 0.
 * A surrogate (ED A0..BF xx: how str keeps a lone one) is not one. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0xC2 ? 0 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : s[0] < 0xF5 ? 4 : 0;
    if (!len || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
        return 0;
    return len;
}

/* s[0..n) as a JSON string that is always valid UTF-8: NUL and other
 * controls escaped, a lone surrogate as its \\udXXX escape, any other
 * invalid byte as U+FFFD. */
static void put_strn(jbuf *b, const char *s, size_t n)
{
    const unsigned char *c = (const unsigned char *)s, *end = c + n;
    put(b, "\"", 1);
    while (c < end) {
        switch (*c) {
        case '"': put(b, "\\\"", 2); c++; continue;
        case '\\': put(b, "\\\\", 2); c++; continue;
        case '\n': put(b, "\\n", 2); c++; continue;
        case '\r': put(b, "\\r", 2); c++; continue;
        case '\t': put(b, "\\t", 2); c++; continue;
        }
        if (*c < 0x20) {
            put_escape(b, *c++);
        } else if (*c < 0x80) {
            put(b, (const char *)c++, 1);
        } else if (utf8_len(c, (size_t)(end - c))) {
            size_t len = utf8_len(c, (size_t)(end - c));
            put(b, (const char *)c, len);
            c += len;
        } else if (c[0] == 0xED && end - c >= 3 && c[1] >= 0xA0 && c[1] <= 0xBF &&
                   (c[2] & 0xC0) == 0x80) {
            put_escape(b, 0xD000u | ((c[1] & 0x3Fu) << 6) | (c[2] & 0x3Fu));
            c += 3;
        } else {
            put(b, "\xEF\xBF\xBD", 3);
            c++;
        }
    }
    put(b, "\"", 1);
}


static void field_strn(jbuf *b, const char *name, const char *value, size_t len)
{
    if (!value)
        return;
    put(b, ",\"", 2);
    put(b, name, strlen(name));
    put(b, "\":", 2);
    put_strn(b, value, len);
}

static void field_str(jbuf *b, const char *name, const char *value)
{
    field_strn(b, name, value, value ? strlen(value) : 0);
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
    field_strn(&b, "text", e->text, e->text && !e->text_len ? strlen(e->text) : e->text_len);
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
