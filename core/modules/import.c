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
#include "objects/gc.h"
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
    bool package;               /* PKG/__init__.py: a package (has __path__) */
} PyLibSource;

#include "pylib_sources.h"   /* generated: pylib_sources[] */

static const struct { const char *name; Obj *(*make)(void); } c_modules[] = {
    { "sys", make_sys }, { "types", make_types }, { "inspect", make_inspect },
    { "time", make_time }, { "math", make_math }, { "_asyncio", make_asyncio_core },
    { "_random", make_random },
    { "_sre", make_sre },
    { "_contextvars", make_contextvars_core }, { "_traceback", make_traceback_core },
    { "_warnings", make_warnings_core }, { "_abc", make_abc_core },
    { "gc", make_gc },
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Sets the attributes that say where module m sits: __package__ (its
 * parent, or itself for a package) and, for a package, __path__. */
static int set_package_attrs(Obj *d, const char *name, bool package)
{
    const char *dot = strrchr(name, '.');
    Obj *pkg = package ? str_from_cstr(name)
                       : str_from_utf8(name, dot ? (size_t)(dot - name) : 0);
    int rc = pkg ? dict_setitem_cstr(d, "__package__", pkg) : -1;
    XDECREF(pkg);
    if (rc == 0 && package) {
        Obj *path = list_new(0);
        rc = path ? dict_setitem_cstr(d, "__path__", path) : -1;
        XDECREF(path);
    }
    return rc;
}

/* Runs a library module's source in a new module registered in
 * sys.modules first (so imports inside it that come back find it). */
static Obj *run_library_module(const PyLibSource *lib)
{
    Obj *m = module_new(lib->name);
    Obj *file = m ? str_from_cstr(lib->filename) : NULL;
    Obj *d = m ? ((ModuleObj *)m)->dict : NULL;
    if (!file || dict_setitem(d, ID(__file__), file) < 0 ||
        dict_setitem(d, ID(__builtins__), vm_builtins()) < 0 ||
        set_package_attrs(d, lib->name, lib->package) < 0 ||
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

/* ModuleNotFoundError for name, with .name set; parent (or NULL) is
 * the module that is not a package ("No module named 'math.x'; 'math'
 * is not a package"). */
static Obj *not_found(const char *name, const char *parent)
{
    if (parent)
        err_format(Exc_ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name,
                   parent);
    else
        err_format(Exc_ModuleNotFoundError, "No module named '%s'", name);
    Obj *n = str_from_cstr(name);
    exc_set_name_obj(err_occurred(), n, NULL);
    XDECREF(n);
    return NULL;
}

/* Makes the module name (not in sys.modules yet), or NULL with
 * ModuleNotFoundError. */
static Obj *load_module(const char *name)
{
    for (size_t i = 0; i < COUNT(c_modules); i++) {
        if (strcmp(c_modules[i].name, name) != 0)
            continue;
        Obj *m = c_modules[i].make();
        if (m && dict_setitem_cstr(vm_modules(), name, m) < 0)
            CLEAR(m);
        return m;
    }
    for (size_t i = 0; i < COUNT(pylib_sources); i++)
        if (strcmp(pylib_sources[i].name, name) == 0)
            return run_library_module(&pylib_sources[i]);
    return not_found(name, NULL);
}

/* PARENT.CHILD: the parent first, then the child, which becomes the
 * parent's attribute CHILD. */
static Obj *import_submodule(const char *name, const char *dot)
{
    char parent_name[256];
    if ((size_t)(dot - name) >= sizeof parent_name)
        return not_found(name, NULL);
    memcpy(parent_name, name, (size_t)(dot - name));
    parent_name[dot - name] = 0;
    Obj *parent = module_import(parent_name);
    if (!parent)
        return NULL;
    Obj *m = dict_getitem_cstr(vm_modules(), name);     /* the parent may import it */
    if (m) {
        DECREF(parent);
        return NEWREF(m);
    }
    Obj *path = obj_getattr_opt(parent, str_intern_cstr("__path__"));
    if (!path) {
        DECREF(parent);
        return err_occurred() ? NULL : not_found(name, parent_name);
    }
    DECREF(path);
    m = load_module(name);
    if (m && obj_setattr(parent, str_intern_cstr(dot + 1), m) < 0)
        CLEAR(m);
    DECREF(parent);
    return m;
}

Obj *module_import(const char *name)
{
    Obj *m = dict_getitem_cstr(vm_modules(), name);
    if (m)
        return NEWREF(m);
    const char *dot = strrchr(name, '.');
    return dot ? import_submodule(name, dot) : load_module(name);
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

/* The modules of a run being finalised, held weakly: a module freed
 * meanwhile is NULLed here by its dealloc (module_forget). */
static Obj **ending;
static size_t nending;

void module_forget(Obj *m)
{
    for (size_t i = 0; i < nending; i++)
        if (ending[i] == m)
            ending[i] = NULL;
}

/* CPython's finalize_modules: every module is dropped from sys.modules
 * (builtins and sys stay for the others' finalizers), then a collection
 * frees what only they kept (the __main__ module, its functions and
 * globals in a cycle: their __del__ run in the order the collector finds
 * them), then the modules still alive get their namespaces cleared, the
 * newest first, and a last collection frees what that released. */
void modules_end_run(void)
{
    Obj *names = dict_keys_list(vm_modules());
    size_t n = names ? LIST_SIZE(names) : 0;
    ending = n ? mem_calloc(n, sizeof *ending) : NULL;
    nending = ending ? n : 0;
    for (size_t i = 0; i < n; i++) {
        Obj *k = LIST_ITEM(names, i);
        if (str_eq_cstr(k, "builtins") || str_eq_cstr(k, "sys"))
            continue;
        Obj *m = dict_getitem(vm_modules(), k);
        if (m && m->type == &Module_Type && ending)
            ending[i] = m;
        dict_delitem(vm_modules(), k);
        err_clear();
    }
    gc_collect_final();
    for (size_t i = n; i-- > 0;) {
        Obj *m = nending ? ending[i] : NULL;
        if (!m)
            continue;
        INCREF(m);
        module_clear_dict(((ModuleObj *)m)->dict);
        err_clear();
        DECREF(m);
    }
    if (ending)
        mem_free(ending, n * sizeof *ending);
    ending = NULL;
    nending = 0;
    XDECREF(names);
    err_clear();
    gc_collect_final();
    Obj *sys = str_from_cstr("sys");                /* the next run makes a fresh one */
    if (sys && dict_delitem(vm_modules(), sys) < 0)
        err_clear();
    XDECREF(sys);
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
