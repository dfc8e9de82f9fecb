/* interp.h - the one entry point by which the object layer calls back
 * into the interpreter above it.  Everything here is implemented in vm/
 * (vm/state.c, vm/traceback.c); objects/ includes no vm/ header.
 *
 * Besides these functions, objects reach Python code only through type
 * slots: calling a function object runs its `call` slot, which vm/ fills.
 */
#ifndef CS_INTERP_H
#define CS_INTERP_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/object.h"

/* Enter one level of nested evaluation (a call, a repr, a comparison):
 * RecursionError "maximum recursion depth exceeded<where>" past the limit
 * (sys.getrecursionlimit(), 1000), or when the C stack runs short
 * (coro_check_stack).  0 ok / -1 error.  Every successful enter must be
 * paired with rec_leave.  Container reprs should use it around recursive
 * element reprs (obj_repr already does). */
int rec_enter(const char *where);
void rec_leave(void);
/* The C-recursion guard alone, for C code that recurses without Python
 * frames (an iterator pulling from another): RecursionError past the
 * C-recursive calls one stack can hold (the same number on every build),
 * as CPython 3.12's C recursion limit.  0 / -1, paired with c_rec_leave. */
int c_rec_enter(const char *where);
void c_rec_leave(void);

/* The step budget (rt_config.step_budget): one step per statement and per
 * item taken by obj_iternext, so loops in comprehensions and builtins are
 * bounded too.  step_tick: 0 ok, -1 with the error set once the budget is
 * spent.  A spent budget stays spent for the rest of the run (every step
 * fails again, no except clause matches); rt_run then reports it. */
int step_tick(void);
bool step_budget_spent(void);
/* n steps at once: work that is one statement but may take long (big
 * integer arithmetic), charged before it runs. */
int step_charge(uint64_t n);
/* Charged before making data of `units` (base/mem.h's mem_note_work units,
 * e.g. the bytes of a str about to be built): work proportional to its
 * output, such as str * n or expandtabs, is stopped by the budget before
 * it starts.  The data it then makes is not charged a second time. */
int step_charge_data(uint64_t units);

/* The run is being ended (the step budget is spent, the output limit
 * reached, the event loop found a deadlock, run_stop_deadlock, or the
 * host aborted it, run_abort): from
 * then on no except clause
 * matches and no finally block runs; the exception unwinds everything. */
bool run_stopped(void);
/* Ends the run for a deadlock the event loop found (it has written its
 * report): sets the stop and raises.  Returns NULL. */
Obj *run_stop_deadlock(void);
bool run_deadlocked(void);
/* The program's output reached its limit (vm/output.h rt_set_output_limit). */
bool run_output_capped(void);
/* The host ends the run early (a stepping session freed before the end):
 * from the next step on the run stops as for a spent budget, silently. */
void run_abort(void);
bool run_aborted(void);

/* The exception being handled now (sys.exc_info(); borrowed, NULL: none):
 * the __context__ of every exception raised. */
Obj *interp_handled_exc(void);

/* Zero-argument super(): the __class__ cell and first argument of the
 * running frame.  0 ok (borrowed refs), -1 RuntimeError. */
int interp_super_args(Obj **type, Obj **obj);

/* The globals of the running frame (borrowed), or NULL. */
Obj *interp_globals(void);

/* "Exception ignored in: <where>" and exc's traceback on stderr, as
 * CPython's default sys.unraisablehook (a failing __del__, a generator
 * that will not close). */
void interp_print_unraisable(Obj *where, Obj *exc);

#endif
