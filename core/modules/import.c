/* import.c - every built-in module, registered in one place: modules
 * written in C (a maker function each) and modules written in Python
 * (core/modules/lib/NAME.py, compiled into the engine by embed_lib.mjs and
 * run on first import, like CPython's frozen modules).  `import name`
 * looks in sys.modules, then here, else raises ModuleNotFoundError.
 */
#include "modules/modules.h"

#include <string.h>

#include "loop/loop.h"
#include "modules/makers.h"
#include "objects/exc.h"
#include "objects/types.h"
#include "vm/asyncgen.h"
#include "vm/output.h"
#include "vm/vm.h"

/* A module written in Python: its name, the file name its frames show,
 * and its source. */
typedef struct PyLibSource {
    const char *name;
    const char *filename;
    const char *source;
    size_t len;
} PyLibSource;

#include "pylib_sources.h"   /* generated: pylib_sources[] */

static const struct { const char *name; Obj *(*make)(void); } c_modules[] = {
    { "sys", make_sys }, { "types", make_types }, { "inspect", make_inspect },
    { "time", make_time }, { "math", make_math }, { "_asyncio", make_asyncio_core },
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Runs a library module's source in a new module registered in
 * sys.modules first (so imports inside it that come back find it). */
static Obj *run_library_module(const PyLibSource *lib)
{
    Obj *m = module_new(lib->name);
    Obj *file = m ? str_from_cstr(lib->filename) : NULL;
    Obj *d = m ? ((ModuleObj *)m)->dict : NULL;
    if (!file || dict_setitem(d, ID(__file__), file) < 0 ||
        dict_setitem(d, ID(__builtins__), vm_builtins()) < 0 ||
        dict_setitem_cstr(vm_modules(), lib->name, m) < 0) {
        XDECREF(file);
        XDECREF(m);
        return NULL;
    }
    rt_add_source(file, lib->source, lib->len);
    Obj *r = exec_module_source(lib->source, lib->len, file, d);
    DECREF(file);
    if (!r) {
        Obj *name = str_from_cstr(lib->name);
        if (name && dict_delitem(vm_modules(), name) < 0)
            err_clear();
        XDECREF(name);
        DECREF(m);
        return NULL;
    }
    DECREF(r);
    return m;
}

Obj *module_import(const char *name)
{
    Obj *m = dict_getitem_cstr(vm_modules(), name);
    if (m)
        return NEWREF(m);
    for (size_t i = 0; i < COUNT(c_modules); i++) {
        if (strcmp(c_modules[i].name, name) != 0)
            continue;
        m = c_modules[i].make();
        if (m && dict_setitem_cstr(vm_modules(), name, m) < 0)
            CLEAR(m);
        return m;
    }
    for (size_t i = 0; i < COUNT(pylib_sources); i++)
        if (strcmp(pylib_sources[i].name, name) == 0)
            return run_library_module(&pylib_sources[i]);
    err_format(Exc_ModuleNotFoundError, "No module named '%s'", name);
    Obj *n = str_from_cstr(name);
    exc_set_name_obj(err_occurred(), n, NULL);
    XDECREF(n);
    return NULL;
}

void module_clear_dict(Obj *d)
{
    for (int pass = 0; pass < 2; pass++) {
        Obj *keys = dict_keys_list(d);
        if (!keys)
            return;
        for (size_t i = 0; i < LIST_SIZE(keys); i++) {
            Obj *k = LIST_ITEM(keys, i);
            const char *s = STR_DATA(k);
            bool under = s[0] == '_' && s[1] != '_';
            if ((pass == 0 && !under) || str_eq_cstr(k, "__builtins__"))
                continue;
            Obj *v = dict_getitem(d, k);
            if (v && v != obj_none)
                dict_setitem(d, k, obj_none);
            err_clear();
        }
        DECREF(keys);
    }
}

void modules_end_run(void)
{
    Obj *names = dict_keys_list(vm_modules());
    for (size_t i = names ? LIST_SIZE(names) : 0; i-- > 0;) {   /* newest first */
        Obj *k = LIST_ITEM(names, i);
        if (str_eq_cstr(k, "builtins") || str_eq_cstr(k, "sys"))
            continue;
        Obj *m = dict_getitem(vm_modules(), k);
        if (m && m->type == &Module_Type)
            module_clear_dict(((ModuleObj *)m)->dict);
        dict_delitem(vm_modules(), k);
        err_clear();
    }
    XDECREF(names);
    err_clear();
}

/* ---- _asyncio: the C half of asyncio (loop/) ---- */

Obj *make_asyncio_core(void)
{
    Obj *m = module_new("_asyncio");
    if (!m)
        return NULL;
    if (module_add_functions(m, loop_module_functions) < 0)
        goto fail;
    static const struct { const char *name; TypeObj **type; } types[] = {
        { "CancelledError", &Exc_CancelledError }, { "InvalidStateError", &Exc_InvalidStateError },
    };
    static TypeObj *const plain[] = { &Future_Type, &Task_Type, &Loop_Type, &Handle_Type,
                                      &TimerHandle_Type, &AsyncGenSet_Type };
    for (size_t i = 0; i < COUNT(types); i++)
        if (module_add_object(m, types[i].name, (Obj *)*types[i].type) < 0)
            goto fail;
    for (size_t i = 0; i < COUNT(plain); i++)
        if (module_add_object(m, plain[i]->name, (Obj *)plain[i]) < 0)
            goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
