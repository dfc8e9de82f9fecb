/* makers.h - the maker of each built-in module written in C (modules.c,
 * import.c), for the registry in import.c.  Private to modules/. */
#ifndef CS_MAKERS_H
#define CS_MAKERS_H

#include "objects/object.h"

Obj *make_sys(void);
Obj *make_types(void);
Obj *make_inspect(void);
Obj *make_time(void);
Obj *make_math(void);
Obj *make_asyncio_core(void);     /* _asyncio: the types and functions of loop/ */
Obj *make_random(void);           /* _random: the Mersenne Twister (random.c) */
Obj *make_sre(void);              /* _sre: the regular-expression engine (sre_module.c) */
Obj *make_gc(void);               /* gc: the cycle collector's interface (gcmodule.c) */
/* libsupport.c: the C halves of library modules written in Python */
Obj *make_contextvars_core(void); /* _contextvars: vm/context.h */
Obj *make_traceback_core(void);   /* _traceback: vm/traceback.h for traceback.py */
Obj *make_warnings_core(void);    /* _warnings: the standard stderr for warnings.py */
Obj *make_abc_core(void);         /* _abc: register() passes on match flags */

#endif
