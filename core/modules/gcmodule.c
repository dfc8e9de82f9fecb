/* gcmodule.c - the gc module: the Python face of the cycle collector
 * (objects/gc.h), with CPython 3.11's functions, constants and messages.
 * The state (enabled, thresholds, gc.garbage, gc.callbacks) is the
 * collector's; each run starts from the defaults (gc_begin_run).
 */
#include "modules/modules.h"

#include "modules/makers.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/output.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* "gc.NAME() takes no arguments (N given)" unless there are none. */
static int gcm_no_args(const char *fname, size_t n, Obj *kw)
{
    size_t total = n + kwnames_len(kw);
    if (total == 0)
        return 0;
    if (n == 0)
        return err_format_int(Exc_TypeError, "gc.%s() takes no keyword arguments", fname);
    return err_format_int(Exc_TypeError, "gc.%s() takes no arguments (%zu given)", fname, total);
}

/* Exactly one positional argument (METH_O's message). */
static int gcm_one_arg(const char *fname, size_t n, Obj *kw)
{
    if (kwnames_len(kw))
        return err_format_int(Exc_TypeError, "gc.%s() takes no keyword arguments", fname);
    if (n != 1)
        return err_format_int(Exc_TypeError, "gc.%s() takes exactly one argument (%zu given)",
                              fname, n);
    return 0;
}

/* A C int argument as the argument clinic converts one. */
static int gcm_as_int(Obj *o, int *out)
{
    int64_t v;
    if (obj_as_int64(o, &v) < 0) {
        if (err_matches(Exc_OverflowError)) {
            err_clear();
            err_set(Exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (v < INT32_MIN || v > INT32_MAX)
        return err_format_int(Exc_OverflowError, "Python int too large to convert to C int");
    *out = (int)v;
    return 0;
}

/* Binds the one optional argument `name` of fname (positional or by
 * keyword); *out stays NULL when it is not given. */
static int gcm_opt_arg(const char *fname, const char *name, Obj *const *a, size_t n, Obj *kw,
                       Obj **out)
{
    *out = NULL;
    size_t nkw = kwnames_len(kw);
    if (n + nkw > 1)
        return err_format_int(Exc_TypeError, "%s() takes at most 1 argument (%zu given)",
                              fname, n + nkw);
    if (n == 1) {
        *out = a[0];
        return 0;
    }
    if (nkw == 1) {
        Obj *k = TUPLE_ITEM(kw, 0);
        if (!str_eq_cstr(k, name))
            return err_format_int(Exc_TypeError, "'%S' is an invalid keyword argument for %s()",
                                  k, fname);
        *out = a[0];
    }
    return 0;
}

static Obj *gcm_enable(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("enable", n, kw) < 0)
        return NULL;
    gc_state.enabled = true;
    return none_new();
}

static Obj *gcm_disable(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("disable", n, kw) < 0)
        return NULL;
    gc_state.enabled = false;
    return none_new();
}

static Obj *gcm_isenabled(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("isenabled", n, kw) < 0)
        return NULL;
    return bool_new(gc_state.enabled);
}

/* collect(generation=2): the number of unreachable objects found. */
static Obj *gcm_collect(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *g;
    int gen = GC_GENERATIONS - 1;
    if (gcm_opt_arg("collect", "generation", a, n, kw, &g) < 0 || (g && gcm_as_int(g, &gen) < 0))
        return NULL;
    if (gen < 0 || gen >= GC_GENERATIONS)
        return err_set(Exc_ValueError, "invalid generation");
    return int_from_i64(gc_collect(gen));
}

static Obj *gcm_get_count(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("get_count", n, kw) < 0)
        return NULL;
    Obj *c[GC_GENERATIONS] = { NULL };
    for (int i = 0; i < GC_GENERATIONS; i++)
        c[i] = int_from_i64(gc_state.gen[i].count);
    Obj *r = c[0] && c[1] && c[2] ? tuple_from_array(c, GC_GENERATIONS) : NULL;
    for (int i = 0; i < GC_GENERATIONS; i++)
        XDECREF(c[i]);
    return r;
}

static Obj *gcm_get_threshold(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("get_threshold", n, kw) < 0)
        return NULL;
    Obj *c[GC_GENERATIONS] = { NULL };
    for (int i = 0; i < GC_GENERATIONS; i++)
        c[i] = int_from_i64(gc_state.gen[i].threshold);
    Obj *r = c[0] && c[1] && c[2] ? tuple_from_array(c, GC_GENERATIONS) : NULL;
    for (int i = 0; i < GC_GENERATIONS; i++)
        XDECREF(c[i]);
    return r;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]): PyArg_ParseTuple
 * "i|ii" (its messages). */
static Obj *gcm_set_threshold(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    if (kwnames_len(kw))
        return err_set(Exc_TypeError, "set_threshold() takes no keyword arguments");
    if (n < 1)
        return err_format(Exc_TypeError, "set_threshold() takes at least 1 argument (%zu given)", n);
    if (n > 3)
        return err_format(Exc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)", n);
    int64_t v[3];
    for (size_t i = 0; i < n; i++) {
        if (obj_as_int64(a[i], &v[i]) < 0) {
            if (!err_matches(Exc_OverflowError))
                return NULL;
            err_clear();
            v[i] = int_sign(a[i]) < 0 ? INT64_MIN : INT64_MAX;
        }
        if (v[i] > INT32_MAX)
            return err_set(Exc_OverflowError, "signed integer is greater than maximum");
        if (v[i] < INT32_MIN)
            return err_set(Exc_OverflowError, "signed integer is less than minimum");
    }
    for (size_t i = 0; i < n; i++)
        gc_state.gen[i].threshold = v[i];
    return none_new();
}

static Obj *gcm_set_debug(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    int flags;
    if (gcm_one_arg("set_debug", n, kw) < 0 || gcm_as_int(a[0], &flags) < 0)
        return NULL;
    gc_state.debug = flags;
    return none_new();
}

static Obj *gcm_get_debug(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("get_debug", n, kw) < 0)
        return NULL;
    return int_from_i64(gc_state.debug);
}

static Obj *gcm_is_tracked(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    if (gcm_one_arg("is_tracked", n, kw) < 0)
        return NULL;
    return bool_new(gc_is_tracked(a[0]));
}

static Obj *gcm_is_finalized(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    if (gcm_one_arg("is_finalized", n, kw) < 0)
        return NULL;
    return bool_new(gc_is_finalized(a[0]));
}

/* get_objects(generation=None) */
static Obj *gcm_get_objects(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *g;
    if (gcm_opt_arg("get_objects", "generation", a, n, kw, &g) < 0)
        return NULL;
    int64_t gen = -1;
    if (g && g != obj_none) {
        if (!INT_CHECK(g))
            return err_format(Exc_TypeError, "argument should be integer or None, not '%s'",
                              g->type->name);
        if (obj_as_int64(g, &gen) < 0)
            return NULL;
        if (gen >= GC_GENERATIONS)
            return err_format(Exc_ValueError, "generation parameter must be less than the "
                              "number of available generations (%d)", GC_GENERATIONS);
        if (gen < -1)
            return err_set(Exc_ValueError, "generation parameter cannot be negative");
    }
    return gc_objects_list((int)gen);
}

static Obj *gcm_get_referents(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    if (kwnames_len(kw))
        return err_set(Exc_TypeError, "get_referents() takes no keyword arguments");
    Obj *out = list_new(0);
    for (size_t i = 0; out && i < n; i++)
        if (gc_referents(a[i], out) < 0)
            CLEAR(out);
    return out;
}

static Obj *gcm_get_referrers(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    if (kwnames_len(kw))
        return err_set(Exc_TypeError, "get_referrers() takes no keyword arguments");
    return gc_referrers(a, n);
}

static Obj *gcm_get_stats(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("get_stats", n, kw) < 0)
        return NULL;
    Obj *out = list_new(0);
    for (int i = 0; out && i < GC_GENERATIONS; i++) {
        GCStats *s = &gc_state.stats[i];
        Obj *d = dict_new();
        Obj *v[3] = { int_from_i64(s->collections), int_from_i64(s->collected),
                      int_from_i64(s->uncollectable) };
        if (!d || !v[0] || !v[1] || !v[2] || dict_setitem_cstr(d, "collections", v[0]) < 0 ||
            dict_setitem_cstr(d, "collected", v[1]) < 0 ||
            dict_setitem_cstr(d, "uncollectable", v[2]) < 0 || list_append(out, d) < 0)
            CLEAR(out);
        XDECREF(d);
        for (int k = 0; k < 3; k++)
            XDECREF(v[k]);
    }
    return out;
}

static Obj *gcm_freeze(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("freeze", n, kw) < 0)
        return NULL;
    gc_freeze();
    return none_new();
}

static Obj *gcm_unfreeze(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("unfreeze", n, kw) < 0)
        return NULL;
    gc_unfreeze();
    return none_new();
}

static Obj *gcm_get_freeze_count(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)a;
    if (gcm_no_args("get_freeze_count", n, kw) < 0)
        return NULL;
    return int_from_i64(gc_freeze_count());
}

#define GCM(name, doc) { #name, gcm_##name, METH_FASTCALL | METH_KEYWORDS, doc }

static const MethodDef gc_functions[] = {
    GCM(enable, "Enable automatic garbage collection."),
    GCM(disable, "Disable automatic garbage collection."),
    GCM(isenabled, "Returns true if automatic garbage collection is enabled."),
    GCM(collect, "Run the garbage collector.\n\nWith no arguments, run a full collection.  "
        "The optional argument\nmay be an integer specifying which generation to collect.  "
        "A ValueError\nis raised if the generation number is invalid.\n\nThe number of "
        "unreachable objects is returned."),
    GCM(get_count, "Return a three-tuple of the current collection counts."),
    GCM(get_threshold, "Return the current collection thresholds."),
    GCM(set_threshold, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
        "Sets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n"),
    GCM(set_debug, "Set the garbage collection debugging flags."),
    GCM(get_debug, "Get the garbage collection debugging flags."),
    GCM(is_tracked, "Returns true if the object is tracked by the garbage collector.\n\n"
        "Simple atomic objects will return false."),
    GCM(is_finalized, "Returns true if the object has been already finalized by the GC."),
    GCM(get_objects, "Return a list of objects tracked by the collector (excluding the "
        "list returned)."),
    GCM(get_referents, "get_referents(*objs) -> list\nReturn the list of objects that are "
        "directly referred to by objs."),
    GCM(get_referrers, "get_referrers(*objs) -> list\nReturn the list of objects that "
        "directly refer to any of objs."),
    GCM(get_stats, "Return a list of dictionaries containing per-generation statistics."),
    GCM(freeze, "Freeze all current tracked objects and ignore them for future "
        "collections."),
    GCM(unfreeze, "Unfreeze all objects in the permanent generation."),
    GCM(get_freeze_count, "Return the number of objects in the permanent generation."),
    { NULL, NULL, 0, NULL },
};

static void gcm_debug_write(const char *text, size_t len) { rt_write_stderr(text, len); }

Obj *make_gc(void)
{
    Obj *m = module_new("gc");
    if (!m)
        return NULL;
    static const struct { const char *name; int value; } consts[] = {
        { "DEBUG_STATS", GC_DEBUG_STATS }, { "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE },
        { "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE }, { "DEBUG_SAVEALL", GC_DEBUG_SAVEALL },
        { "DEBUG_LEAK", GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL },
    };
    Obj *doc = str_from_cstr(
        "This module provides access to the garbage collector for reference cycles.\n\n"
        "enable() -- Enable automatic garbage collection.\n"
        "disable() -- Disable automatic garbage collection.\n"
        "isenabled() -- Returns true if automatic collection is enabled.\n"
        "collect() -- Do a full collection right now.\n"
        "get_count() -- Return the current collection counts.\n"
        "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
        "set_debug() -- Set debugging flags.\n"
        "get_debug() -- Get debugging flags.\n"
        "set_threshold() -- Set the collection thresholds.\n"
        "get_threshold() -- Return the current the collection thresholds.\n"
        "get_objects() -- Return a list of all objects tracked by the collector.\n"
        "is_tracked() -- Returns true if a given object is tracked.\n"
        "is_finalized() -- Returns true if a given object has been already finalized.\n"
        "get_referrers() -- Return the list of objects that refer to an object.\n"
        "get_referents() -- Return the list of objects that an object refers to.\n"
        "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
        "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
        "get_freeze_count() -- Return the number of objects in the permanent generation.\n");
    int rc = doc ? module_add_object(m, "__doc__", doc) : -1;
    XDECREF(doc);
    if (rc < 0 || module_add_functions(m, gc_functions) < 0 ||
        module_add_object(m, "garbage", gc_garbage_list()) < 0 ||
        module_add_object(m, "callbacks", gc_callbacks_list()) < 0)
        goto fail;
    for (size_t i = 0; i < COUNT(consts); i++) {
        Obj *v = int_from_i64(consts[i].value);
        rc = v ? module_add_object(m, consts[i].name, v) : -1;
        XDECREF(v);
        if (rc < 0)
            goto fail;
    }
    gc_state.debug_write = gcm_debug_write;
    return m;
fail:
    DECREF(m);
    return NULL;
}
