/* modules.h - module objects, the import of built-in modules (sys, types,
 * inspect, time, math, and a minimal asyncio stand-in), the builtins
 * module, and the virtual clock.
 *
 * Global state: the virtual clock (vclock), documented in modules.c.
 *
 * Uses: vm, objects, base.
 */
#ifndef CS_MODULES_H
#define CS_MODULES_H

#include "objects/object.h"

/* A module: a namespace dict and a name. */
typedef struct ModuleObj {
    Obj ob;
    Obj *dict;      /* __dict__ (owned) */
} ModuleObj;

/* A new module named `name` with an empty namespace (plus __name__). */
Obj *module_new(const char *name);
/* `import name`: sys.modules, else a built-in module made on first use,
 * else ModuleNotFoundError "No module named 'name'". */
Obj *module_import(const char *name);
/* Registers the C functions of `defs` in a module's namespace. */
int module_add_functions(Obj *module, const MethodDef *defs);
int module_add_object(Obj *module, const char *name, Obj *value); /* borrowed */

/* The builtins module's namespace (creates it; needs exc_init first). */
Obj *builtins_init(void);

/* The virtual clock (seconds since start, moves only when the program
 * waits: time.sleep, and later the event loop). */
double vclock_now(void);
void vclock_advance(double seconds);
void vclock_reset(void);

/* Readies module objects, makes sys.modules and builtins and hands them
 * to the VM with its import hook (once, at start-up).  0/-1. */
int modules_init(void);

#endif
