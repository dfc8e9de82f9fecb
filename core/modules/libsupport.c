/* libsupport.c - the C halves of library modules written in Python (as
 * CPython's _contextvars, _warnings ... are to contextvars.py and
 * warnings.py): _contextvars (vm/context.h).
 */
#include "modules/modules.h"

#include "modules/makers.h"
#include "objects/exc.h"
#include "objects/types.h"
#include "vm/context.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* ---- _contextvars ---- */

Obj *make_contextvars_core(void)
{
    Obj *m = module_new("_contextvars");
    if (!m || module_add_functions(m, ctx_module_functions) < 0 ||
        module_add_object(m, "Context", (Obj *)&Context_Type) < 0 ||
        module_add_object(m, "ContextVar", (Obj *)&ContextVar_Type) < 0 ||
        module_add_object(m, "Token", (Obj *)&Token_Type) < 0)
        CLEAR(m);
    return m;
}
