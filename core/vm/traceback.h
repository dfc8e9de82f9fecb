/* traceback.h - printing exceptions as CPython 3.11 does (the printer of
 * an uncaught exception; the unraisable report is interp_print_unraisable
 * of objects/interp.h). */
#ifndef CS_TRACEBACK_H
#define CS_TRACEBACK_H

#include "objects/object.h"

/* Print exc as CPython's default excepthook does (with chained exceptions)
 * through the runtime's stderr writer. */
void tb_print(Obj *exc);

#endif
