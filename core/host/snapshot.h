/* snapshot.h - the paused program as JSON: the program's part of a
 * stepping snapshot (host/step.c adds the step, the event, the output and
 * the end).  web/snapshot.schema.json documents every field.
 *
 * It reads the VM and the event loop and changes nothing: reprs are the
 * trace's (vm/trace.h trace_repr: cut, no addresses, never running
 * Python code), and the caller holds an uncounted memory section so the
 * program's memory figures stay those of an unpaused run.  Lists are
 * bounded (SNAP_MAX_*); what is left out is counted in "omitted".
 */
#ifndef CS_SNAPSHOT_H
#define CS_SNAPSHOT_H

#include "host/json.h"

#define SNAP_MAX_FRAMES 64     /* frames of the call stack, innermost first */
#define SNAP_MAX_LOCALS 64     /* locals shown per frame */
#define SNAP_MAX_OBJECTS 256   /* generators, tasks, futures, ready callbacks, timers */

/* Writes the keys "clock", "stack", "generators", "tasks", "futures",
 * "ready", "timers", "handling" (and "omitted" when something was left
 * out) into the object open in w.  `running`: the program is paused
 * mid-run (false before it starts and after it ended: the lists are
 * empty then). */
void snapshot_program(jw *w, bool running);

/* The JSON array of the live tasks (as in "tasks"): what a deadlock
 * leaves waiting, kept for the end of the run. */
void snapshot_tasks(jw *w);

#endif
