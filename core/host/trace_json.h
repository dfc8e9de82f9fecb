/* trace_json.h - turns step events (trace.h) into JSON lines, one object
 * per event, for `coroscope run --trace` and the stepping API. */
#ifndef CS_TRACE_JSON_H
#define CS_TRACE_JSON_H

#include <stddef.h>

#include "vm/trace.h"

/* Where finished lines go (each ends with '\n'). */
typedef void (*trace_json_sink)(const char *line, size_t len, void *user);

/* Send the JSON lines of the following events to `sink`, numbering steps
 * from 1; trace_json_emit writes one (the host's trace hook calls it). */
void trace_json_open(trace_json_sink sink, void *user);
void trace_json_emit(const TraceEvent *e);

/* Format one event as a JSON object (no newline) into buf; returns the
 * length it needs (like snprintf), so a caller can retry with more room. */
size_t trace_json_format(const TraceEvent *e, unsigned long step, char *buf, size_t cap);

#endif
