/* exc.h - exception classes and traceback objects.
 *
 * The ExcObj layout and the err_* API are in object.h; this header holds
 * what the interpreter needs beyond that.  Printing an exception is the
 * interpreter's (vm/traceback.h).
 */
#ifndef CS_EXC_H
#define CS_EXC_H

#include "objects/object.h"

struct FrameObj;

/* One traceback entry (CPython's traceback object): entries are linked
 * from the outermost frame (head) to the innermost (where it was raised). */
typedef struct TracebackObj {
    Obj ob;
    Obj *next;              /* tb_next: the next inner entry, or NULL */
    struct FrameObj *frame; /* tb_frame (owned) */
    int lineno;             /* tb_lineno: line being executed */
    int col, end_col;       /* byte columns of the failing expression (-1: none) */
    int end_lineno;         /* last line of that expression */
} TracebackObj;

/* Create the exception classes (BaseException is static; the others are
 * made here) and register them in `builtins` (a dict).  0/-1. */
int exc_init(Obj *builtins);

/* Prepend a traceback entry for `frame` at `lineno` to exc.__traceback__
 * (PyTraceBack_Here: each time the exception passes through a frame). */
int exc_add_traceback(Obj *exc, struct FrameObj *frame, int lineno, int col,
                      int end_lineno, int end_col);

/* Set exc.__context__ to `context` (the exception being handled when exc
 * was raised), breaking cycles as CPython's _PyErr_SetObject does. */
void exc_set_context(Obj *exc, Obj *context);
/* Set exc.__cause__ (steals cause; NULL/None clears) and
 * __suppress_context__ = True. */
void exc_set_cause(Obj *exc, Obj *cause);

/* Set AttributeError/NameError .name and .obj (borrowed, may be NULL). */
void exc_set_name_obj(Obj *exc, Obj *name, Obj *obj);
/* Clear the state a preallocated instance may carry (traceback, context). */
void exc_reset_for_raise(Obj *exc);
/* StopIteration(value) instance (value borrowed; NULL means None). */
Obj *exc_stopiteration_new(Obj *value);
/* StopIteration.value of an instance (borrowed, None if unset). */
Obj *exc_stopiteration_value(Obj *exc);

/* AttributeError "'X' object has no attribute 'y'" (+ name/obj). */
Obj *err_no_attribute(Obj *o, Obj *name);

/* SyntaxError(msg, (filename, lineno, offset, text, ...)): the details
 * tuple (borrowed) when args have that shape, else NULL. */
Obj *exc_syntax_info(Obj *exc);

/* Called by object.c once Exc_MemoryError exists. */
int object_init_memerror(void);

#endif
