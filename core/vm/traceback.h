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

/* The traceback module's formatting, with the same printer (so the text
 * is what an uncaught exception prints), as a list of str pieces cut
 * where CPython's traceback module cuts them: the header, each entry,
 * the exception line, each note line, the chaining messages.  limit as
 * the module's (the first `limit` entries, or the last -limit ones;
 * TB_NO_LIMIT: all); chain false: exc without its cause or context. */
#define TB_NO_LIMIT INT64_MIN
Obj *tb_format_exception(Obj *exc, int64_t limit, bool chain);
Obj *tb_format_exception_only(Obj *exc);
Obj *tb_format_tb(Obj *tb, int64_t limit);
/* One "  File ..., line N, in NAME" entry with its source line and carets
 * (col -1: none), as a str. */
Obj *tb_format_entry(Obj *filename, int lineno, Obj *name, int end_lineno, int col,
                     int end_col);

#endif
