/* traceback.h - printing exceptions as CPython 3.11 does (the printer of
 * an uncaught exception; the unraisable report is interp_print_unraisable
 * of objects/interp.h). */
#ifndef CS_TRACEBACK_H
#define CS_TRACEBACK_H

#include "objects/object.h"

/* Print exc as CPython's default excepthook does (with chained exceptions)
 * through the runtime's stderr writer. */
void tb_print(Obj *exc);

struct FrameObj;
/* Is f a frame of library code standing in for what CPython writes in C
 * (its module's __c_frames__)?  Tracebacks and the trace leave it out. */
bool tb_c_frame(const struct FrameObj *f);
struct CodeObj;
/* The same for code run with those globals (a function's repr says
 * <built-in function NAME> then). */
bool tb_c_code(const struct CodeObj *code, Obj *globals);

#endif
