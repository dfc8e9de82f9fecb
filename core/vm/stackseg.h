/* stackseg.h - deep C re-entries of the VM continue on fresh coroutines
 * ("stack segments").
 *
 * Python-to-Python calls do not use the C stack (vm.h), but C code that
 * calls Python code does: a recursive __repr__, __eq__ or __init__ runs
 * the VM again from C at every level.  On wasm every C frame also lives on
 * the host's own call stack (V8 gives about 1 MB), which such recursion
 * overflows long before CPython's recursion limit.  A fiber switch unwinds
 * that stack (Asyncify), so a call made SEG_CALLS re-entries above the
 * start of the current segment runs on a new coroutine of its own: the
 * host stack then holds at most one segment's frames.
 * Whatever a segment yields (a step pause of the stepping API) is passed up
 * to the resumer and the reply passed back down, so segments are invisible
 * to the program and to the coroutines around them.
 *
 * Native builds use the same code (so it runs under the sanitizers), with
 * a bigger segment stack that the OS commits only as it is touched.
 */
#ifndef CS_STACKSEG_H
#define CS_STACKSEG_H

#include <stdbool.h>


/* Is the current call deep enough above its segment's start to need a
 * segment of its own?  (ev.c_depth counts the re-entries.) */
bool seg_needed(void);

/* fn(arg) on a fresh segment: what fn returns; *ok false when no segment
 * could be made or the segment failed (then NULL). */
void *seg_run(void *(*fn)(void *), void *arg, bool *ok);

/* Forget segment bookkeeping (start of a run). */
void seg_reset(void);

#endif
