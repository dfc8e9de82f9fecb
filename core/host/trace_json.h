/* trace_json.h - turns step events (trace.h) into JSON: one object per
 * event, the lines of `coroscope run --trace` and the "event" of a
 * stepping snapshot. */
#ifndef CS_TRACE_JSON_H
#define CS_TRACE_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "host/json.h"
#include "vm/trace.h"

/* Where finished lines go (each ends with '\n'). */
typedef void (*trace_json_sink)(const char *line, size_t len, void *user);

/* Send the JSON lines of the following events to `sink`, numbering steps
 * from 1; trace_json_emit writes one (the host's trace hook calls it). */
void trace_json_open(trace_json_sink sink, void *user);
void trace_json_emit(const TraceEvent *e);

/* Event e, numbered `step`, as one JSON object value of w. */
void trace_json_write(jw *w, const TraceEvent *e, uint64_t step);

#endif
