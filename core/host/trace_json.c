/* trace_json.c - step events as JSON lines.
 *
 * Field names are those trace.h documents ("step", then TraceEvent's
 * fields with kind -> "event", obj_id -> "id", obj_kind -> "kind"); absent
 * (NULL / zero) fields are left out so lines stay short, except that a
 * generator event always has "id" and "peer_id".  Strings are UTF-8 and
 * escaped per JSON (host/json.h).
 *
 * Global state: the sink of `coroscope run --trace`, its step count and
 * line buffer.
 */
#include "host/trace_json.h"

#include <string.h>

static void tj_field_str(jw *w, const char *name, const char *value)
{
    if (value)
        jw_kstr(w, name, value);
}

void trace_json_write(jw *w, const TraceEvent *e, uint64_t step)
{
    jw_begin(w, '{');
    jw_key(w, "step");
    jw_uint(w, step);
    tj_field_str(w, "event", trace_kind_name(e->kind));
    if (e->line > 0)
        jw_kint(w, "line", e->line);
    tj_field_str(w, "func", e->func);
    if (e->obj_id || e->obj_kind) {
        jw_key(w, "id");
        jw_uint(w, e->obj_id);
    }
    tj_field_str(w, "kind", e->obj_kind);
    tj_field_str(w, "state", e->state);
    tj_field_str(w, "verb", e->verb);
    tj_field_str(w, "value", e->value);
    if (e->peer_id || e->peer) {
        jw_key(w, "peer_id");
        jw_uint(w, e->peer_id);
    }
    tj_field_str(w, "peer", e->peer);
    if (e->text) {
        jw_key(w, "text");
        jw_strn(w, e->text, e->text_len ? e->text_len : strlen(e->text));
    }
    tj_field_str(w, "name", e->name);
    if (e->kind >= TR_TIMER_ADD && e->kind <= TR_CLOCK) {
        jw_key(w, "time");
        jw_float(w, e->time);
    }
    if (e->kind == TR_CLOCK) {
        jw_key(w, "from");
        jw_float(w, e->time_from);
    }
    if (e->kind == TR_LOOP_ITER)
        jw_kint(w, "count", e->count);
    jw_end(w, '}');
}

/* ---- the hook of `coroscope run --trace` ---- */

static trace_json_sink sink;
static void *sink_user;
static uint64_t steps;
static jw line;                  /* the line being written */

void trace_json_emit(const TraceEvent *e)
{
    jw_reset(&line);
    trace_json_write(&line, e, ++steps);
    jw_raw(&line, "\n", 1);
    if (line.failed) {
        static const char lost[] = "{\"event\":\"trace_lost\",\"reason\":\"out of memory\"}\n";
        sink(lost, sizeof lost - 1, sink_user);
        return;
    }
    sink(line.p, line.len, sink_user);
}

void trace_json_open(trace_json_sink fn, void *user)
{
    sink = fn;
    sink_user = user;
    steps = 0;
}
