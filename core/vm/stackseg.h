/* stackseg.h - deep Python calls continue on fresh coroutines ("stack
 * segments").
 *
 * On wasm every C frame also lives on the host's own call stack (V8 gives
 * about 1 MB), which 1,000 nested Python calls overflow long before
 * CPython's recursion limit.  A fiber switch unwinds that stack (Asyncify),
 * so a call made SEG_CALLS levels above the start of the current segment
 * runs on a new coroutine of its own: the host stack then holds at most one
 * segment's frames, and each switch unwinds and rewinds at most that many.
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

#include "objects/object.h"

/* Is the current call deep enough above its segment's start to need a
 * segment of its own?  (ev.depth counts the nesting.) */
bool seg_needed(void);

/* f(callable, args...) on a fresh segment; returns what f returns (NULL
 * with an exception set on error, MemoryError if no segment could be made). */
Obj *seg_call(call_fn f, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);

/* Forget segment bookkeeping (start of a run). */
void seg_reset(void);

#endif
