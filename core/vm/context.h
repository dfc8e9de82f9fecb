/* context.h - contextvars (CPython's Python/context.c): Context,
 * ContextVar, Token and the current context of the one thread.
 *
 * A Context maps ContextVars to values.  CPython keeps that mapping in an
 * immutable HAMT so copy_context() is O(1); here it is a dict shared by
 * the copies and copied on the first write to a shared one (its
 * reference count says whether it is shared; the dict never leaves this
 * file).  The current context is the one entered last (Context.run, a
 * loop callback, a Task's step) or, outside all of them, the base
 * context, made empty on first use and dropped at the end of a run.
 *
 * Global state: the current context.
 *
 * Uses: objects.
 */
#ifndef CS_CONTEXT_H
#define CS_CONTEXT_H

#include "objects/object.h"

typedef struct ContextObj {
    Obj ob;
    Obj *vars;                   /* dict ContextVar -> value (shared copy-on-write) */
    struct ContextObj *prev;     /* the context current before it was entered (owned) */
    bool entered;
} ContextObj;

extern TypeObj Context_Type, ContextVar_Type, Token_Type;

#define CONTEXT_CHECK(o) (OBJ_TYPE(o) == &Context_Type)

/* copy_context(): a new Context with the current context's variables. */
Obj *ctx_copy_current(void);
/* Makes ctx (a Context) the current one, remembering the one it
 * replaces; RuntimeError "cannot enter context: ... is already entered"
 * if it is current or entered already.  0/-1. */
int ctx_enter(Obj *ctx);
/* Leaves ctx (entered last): the context before it is current again. */
void ctx_exit(Obj *ctx);
/* ctx.run(fn, *args): fn called with ctx current. */
Obj *ctx_run(Obj *ctx, Obj *fn, Obj *const *args, size_t nargs, Obj *kwnames);

/* The functions of module _contextvars (copy_context). */
extern const MethodDef ctx_module_functions[];

/* Readies the types (once).  0/-1. */
int context_init(void);
/* The end of a run: the base context goes. */
void ctx_reset(void);

#endif
