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

/* An exception group (CPython's PyBaseExceptionGroupObject): the instances
 * of BaseExceptionGroup, ExceptionGroup and their subclasses. */
typedef struct ExcGroupObj {
    ExcObj exc;             /* BaseException's fields */
    Obj *msg;               /* .message: a str */
    Obj *excs;              /* .exceptions: a non-empty tuple of exceptions */
} ExcGroupObj;

extern TypeObj BaseExceptionGroup_Type;
extern TypeObj *Exc_BaseExceptionGroup, *Exc_ExceptionGroup;
#define EXC_GROUP_CHECK(o) obj_typecheck((Obj *)(o), &BaseExceptionGroup_Type)

/* BaseExceptionGroup(msg, excs): an ExceptionGroup when every member is
 * an Exception (CPython's _PyExc_CreateExceptionGroup). */
Obj *exc_group_new(Obj *msg, Obj *excs);

/* except* T matching exc (CPython's exception_group_match): *match is
 * the part of exc that matches T (a naked exception that matches is
 * wrapped in ExceptionGroup("", [exc])), *rest the part that does not;
 * either may be None.  T was checked by the caller.  0/-1. */
int exc_group_match(Obj *exc, Obj *type, Obj **match, Obj **rest);

/* What a try-except* statement raises at its end (CPython's
 * _PyExc_PrepReraiseStar): orig is the exception caught, excs a list of
 * what its clauses raised or re-raised and the unhandled rest (None
 * items: nothing).  Re-raised parts keep orig's nesting; exceptions
 * raised in clauses join them in a new ExceptionGroup("", ...).  None
 * when nothing is left to raise. */
Obj *exc_prep_reraise_star(Obj *orig, Obj *excs);

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
