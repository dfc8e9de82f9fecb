/* modules.h - module objects, the import of built-in modules (written in
 * C: sys, types, inspect, time, math, _asyncio, _random, _sre, _contextvars,
 * _traceback, _warnings; written in Python: core/modules/lib/, e.g.
 * asyncio, random), and the builtins module.
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

/* Named tuples written in C (CPython's structseq, e.g. time.struct_time):
 * a static type with .base = &Tuple_Type, .name = "time.struct_time",
 * .repr = structseq_repr, .dealloc = structseq_dealloc, and one getset
 * entry { name, structseq_field, structseq_readonly, (void *)index } per
 * field.  The
 * first nvisible fields are the tuple's items; the others are attributes
 * only.  structseq_new takes one item per field (NULL for None past
 * nvisible). */
Obj *structseq_new(TypeObj *type, Obj *const *items, size_t nvisible);
int structseq_ready(TypeObj *type, size_t nvisible);    /* n_fields & co; 0/-1 */
Obj *structseq_repr(Obj *o);
void structseq_dealloc(Obj *o);
Obj *structseq_field(Obj *o, void *index);
int structseq_readonly(Obj *o, Obj *value, void *index);   /* the setter */

/* Where print() and the warnings write for fd 1 (stdout) or 2 (stderr):
 * NULL while sys.stdout / sys.stderr is the standard stream (write with
 * rt_write_stdout / rt_write_stderr), else the object the program put
 * there (borrowed; None if it set None). */
Obj *sys_std_stream(int fd);
/* 0, 1 or 2 for sys.__stdin__ / __stdout__ / __stderr__, else -1. */
int std_stream_fd(Obj *o);

/* The builtins module's namespace (creates it; needs exc_init first). */
Obj *builtins_init(void);

/* Readies module objects, makes sys.modules and builtins and hands them
 * to the VM with its import hook (once, at start-up).  0/-1. */
int modules_init(void);
/* The end of a run, as CPython's finalize_modules: every module but
 * builtins and sys is dropped, the cycle collector frees what only they
 * kept, the modules still alive are cleared; sys is forgotten too, so the
 * next run starts afresh. */
void modules_end_run(void);
/* A module is freed: modules_end_run stops watching it. */
void module_forget(Obj *module);
/* CPython's _PyModule_ClearDict: names with one leading underscore are set
 * to None first, then the others (except __builtins__). */
void module_clear_dict(Obj *dict);

/* The seed of unseeded random use (random.c): the module-level generator
 * of `random` starts as random.seed(seed) would; 0 unless set.  Takes
 * effect at the next run's import of random. */
void random_set_run_seed(uint64_t seed);

#endif
