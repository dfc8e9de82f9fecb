/* modules.h - module objects, the import of built-in modules (written in
 * C: sys, types, inspect, time, math, _asyncio, _random; written in Python:
 * core/modules/lib/, e.g. asyncio, random), and the builtins module.
 *
 * Uses: loop, vm, objects, base.
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
/* The module `name` (for "a.b.c": a, then a.b, then a.b.c, each bound
 * as its parent's attribute): sys.modules, else a built-in module made
 * (or, written in Python, run) on first use, else ModuleNotFoundError
 * "No module named 'name'". */
Obj *module_import(const char *name);
/* Registers the C functions of `defs` in a module's namespace. */
int module_add_functions(Obj *module, const MethodDef *defs);
int module_add_object(Obj *module, const char *name, Obj *value); /* borrowed */

/* The builtins module's namespace (creates it; needs exc_init first). */
Obj *builtins_init(void);

/* Readies module objects, makes sys.modules and builtins and hands them
 * to the VM with its import hook (once, at start-up).  0/-1. */
int modules_init(void);
/* The end of a run: every module but builtins and sys is cleared (as
 * CPython's finalisation does) and forgotten, so the next run starts
 * afresh. */
void modules_end_run(void);
/* CPython's _PyModule_ClearDict: names with one leading underscore are set
 * to None first, then the others (except __builtins__). */
void module_clear_dict(Obj *dict);

/* The seed of unseeded random use (random.c): the module-level generator
 * of `random` starts as random.seed(seed) would; 0 unless set.  Takes
 * effect at the next run's import of random. */
void random_set_run_seed(uint64_t seed);

#endif
