/* vm.c - the interpreter loop: runs the instructions of compiler/opcodes.h
 * on heap frames.
 *
 * One C call of vm_execute runs its entry frame and every frame that
 * frame's calls push: a call of a Python function pushes a frame and
 * goes on in the same loop; its return pops it.  A generator's frame is
 * always an entry frame (vm/generator.c runs it), so `yield` returns
 * from vm_execute.
 *
 * Exceptions: an instruction that fails jumps to `error`, which adds the
 * frame to the traceback (reporting a fresh exception to the trace) and
 * looks the instruction up in the exception table: a handler gets the
 * stack cut to its depth and the exception pushed; otherwise the frame
 * ends and the exception goes on in its caller.
 *
 * Each instruction stores its address in f->ip first, so that a frame's
 * line is known whenever C code looks (tracebacks, warnings, the trace).
 */
#include "vm/vm.h"

#include <string.h>

#include "objects/exc.h"
#include "objects/gc.h"
#include "objects/types.h"
#include "vm/asyncgen.h"
#include "vm/stackseg.h"
#include "vm/trace.h"
#include "vm/traceback.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ------------------------------------------------------------------ */
/* Trace reports                                                       */
/* ------------------------------------------------------------------ */

static uint64_t frame_serial(const FrameObj *f)
{
    return f->gen ? ((GenObj *)f->gen)->serial : 0;
}

static void trace_exc(FrameObj *f, TraceKind kind, Obj *exc)
{
    if (tb_c_frame(f))          /* CPython's C code raises and catches unseen */
        return;
    TraceEvent e = { .kind = kind, .line = frame_lineno(f), .func = STR_DATA(f->code->qualname),
                     .obj_id = frame_serial(f), .text = trace_exc_text(exc) };
    trace_emit(&e);
}

/* call / return of a frame that is not a generator's (a generator's is
 * reported by gen_resume); returning NULL is ending by the pending
 * exception. */
static void trace_frame(FrameObj *f, TraceKind kind, Obj *value)
{
    if (f->gen || !trace_code_shown(f->code->filename))
        return;
    Obj *exc = kind == TR_RETURN && !value ? err_occurred() : NULL;
    TraceEvent e = { .kind = kind, .line = frame_lineno(f), .func = STR_DATA(f->code->qualname),
                     .value = value ? trace_repr(value) : NULL,
                     .text = exc ? trace_exc_text(exc) : NULL };
    trace_emit(&e);
}

/* A frame ends.  Frames are not tracked by the cycle collector while
 * they run (an executing frame is never garbage); one that something
 * else still refers to (a traceback, sys._getframe()) is from now on.
 * (A generator's frame is tracked from the generator's creation.) */
static inline void frame_completed(FrameObj *f)
{
    f->state = FRAME_COMPLETED;
    if (f->ob.refcnt > 1)
        gc_track((Obj *)f);
}

/* A statement starts: count the step, report the line. */
static int statement_start(FrameObj *f)
{
    f->stmt_line = f->code->pos[f->ip - f->code->instrs].stmt_line;
    if (step_tick() < 0)
        return -1;
    if (UNLIKELY(gc_pending))       /* a safe point: see objects/gc.h */
        gc_collect_pending();
    if (trace_enabled() && trace_code_shown(f->code->filename)) {
        TraceEvent e = { .kind = TR_LINE, .line = f->stmt_line,
                         .func = STR_DATA(f->code->qualname), .obj_id = frame_serial(f) };
        trace_emit(&e);
    }
    return 0;
}

/* Has exc been reported raised: is a frame in its traceback that is not
 * one of C code's stand-ins (where it was raised, as the trace sees it)? */
static bool raised_before(Obj *exc)
{
    for (TracebackObj *t = (TracebackObj *)((ExcObj *)exc)->traceback; t;
         t = (TracebackObj *)t->next)
        if (!tb_c_frame(t->frame))
            return true;
    return false;
}

/* The exception just raised in f goes into its traceback; a fresh one
 * (no traceback yet) is reported to the trace here, once. */
static void record_exception(FrameObj *f)
{
    Obj *exc = err_occurred();
    if (!exc) {
        err_set(Exc_RuntimeError, "error return without exception set");
        exc = err_occurred();
        if (!exc)
            return;
    }
    if (!EXC_CHECK(exc))
        return;
    if (trace_enabled() && !raised_before(exc))
        trace_exc(f, TR_EXCEPTION_RAISED, exc);
    int line, col, end_line, end_col;
    frame_span(f, &line, &col, &end_line, &end_col);
    exc_add_traceback(exc, f, line, col, end_line, end_col);
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static Obj *name_error(TypeObj *t, const char *fmt, Obj *name)
{
    err_format(t, fmt, STR_DATA(name));
    if (err_occurred())
        exc_set_name_obj(err_occurred(), name, NULL);
    return NULL;
}

static Obj *unbound_local(FrameObj *f, int slot)
{
    const CodeObj *c = f->code;
    bool is_free = slot >= c->nlocals + c->ncells;
    return name_error(Exc_UnboundLocalError, is_free
        ? "cannot access free variable '%s' where it is not associated with a value in "
          "enclosing scope"
        : "cannot access local variable '%s' where it is not associated with a value",
        c->slot_names[slot]);
}

static Obj *undefined_name(Obj *name)
{
    return name_error(Exc_NameError, "name '%s' is not defined", name);
}

/* Looks `name` up in dict d, caching the entry when d can be cached:
 * borrowed value or NULL (missing, or error pending). */
static Obj *dict_lookup_cached(Obj *d, Obj *name, uint64_t *version, int32_t *index)
{
    DictObj *dd = (DictObj *)d;
    if (!DICT_CHECK_EXACT(d)) {
        *version = 0;
        return dict_getitem(d, name);
    }
    if (!dd->version)
        dd->version = dict_new_version();
    int64_t ix = dict_index_of(d, name);
    *version = dd->version;
    *index = (int32_t)ix;
    return ix >= 0 ? dd->entries[ix].value : NULL;
}

/* LOAD_GLOBAL (and LOAD_NAME at module level) when its cache is stale. */
static Obj *load_global_slow(FrameObj *f, NameCache *nc)
{
    uint64_t gver;
    int32_t gix = -1;
    Obj *v = dict_lookup_cached(f->globals, nc->name, &gver, &gix);
    if (v || err_occurred()) {
        nc->version = gver;
        nc->in_builtins = 0;
        nc->index = gix;
        return v;
    }
    uint64_t bver;
    int32_t bix = -1;
    v = dict_lookup_cached(ev.builtins, nc->name, &bver, &bix);
    if (v) {
        nc->version = gver;
        nc->version2 = bver;
        nc->in_builtins = 1;
        nc->index = bix;
        return v;
    }
    nc->version = 0;
    return err_occurred() ? NULL : undefined_name(nc->name);
}

static inline Obj *load_global(FrameObj *f, NameCache *nc)
{
    DictObj *g = (DictObj *)f->globals;
    if (LIKELY(nc->version && nc->version == g->version)) {
        if (!nc->in_builtins)
            return g->entries[nc->index].value;
        DictObj *b = (DictObj *)ev.builtins;
        if (nc->version2 == b->version)
            return b->entries[nc->index].value;
    }
    return load_global_slow(f, nc);
}

/* LOAD_NAME: the frame's namespace, then globals, then builtins. */
static Obj *load_name(FrameObj *f, NameCache *nc)
{
    if (f->locals && f->locals != f->globals) {
        bool exact = OBJ_TYPE(f->locals) == &Dict_Type;   /* a subclass's __getitem__ runs */
        Obj *v = exact ? dict_getitem(f->locals, nc->name) : obj_getitem(f->locals, nc->name);
        if (v)
            return exact ? NEWREF(v) : v;
        if (err_occurred()) {
            if (exact || !err_matches(Exc_KeyError))
                return NULL;
            err_clear();
        }
    }
    Obj *v = load_global(f, nc);
    return v ? NEWREF(v) : NULL;
}

static int store_name(FrameObj *f, Obj *name, Obj *v)
{
    Obj *d = f->locals ? f->locals : f->globals;
    return OBJ_TYPE(d) == &Dict_Type ? dict_setitem(d, name, v) : obj_setitem(d, name, v);
}

static int delete_name(Obj *d, Obj *name)
{
    bool exact = OBJ_TYPE(d) == &Dict_Type;
    int rc = exact ? dict_delitem(d, name) : obj_delitem(d, name);
    if (rc == 1 || (rc < 0 && !exact && err_matches(Exc_KeyError))) {
        err_clear();
        undefined_name(name);
        return -1;
    }
    return rc;
}

/* LOAD_CLASSDEREF: the class namespace first, then the cell. */
static Obj *load_classderef(FrameObj *f, int slot)
{
    Obj *name = f->code->slot_names[slot];
    if (f->locals) {
        Obj *v = dict_getitem(f->locals, name);
        if (v)
            return NEWREF(v);
        if (err_occurred())
            return NULL;
    }
    CellObj *c = (CellObj *)f->slots[slot];
    return c && c->ref ? NEWREF(c->ref) : unbound_local(f, slot);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                          */
/* ------------------------------------------------------------------ */

/* What t's MRO holds for the cached name (borrowed), refreshed when
 * the type or the type-attribute epoch changed. */
static inline Obj *mro_lookup_cached(TypeObj *t, NameCache *nc)
{
    if (nc->type != t || nc->version != type_attr_epoch) {
        nc->type = t;
        nc->version = type_attr_epoch;
        nc->found = type_lookup(t, nc->name);
    }
    return nc->found;
}

/* o.name for types with the default attribute lookup, using the cache. */
static Obj *load_attr(Obj *o, NameCache *nc)
{
    TypeObj *t = o->type;
    if (t->getattr && t->getattr != obj_generic_getattr)
        return t->getattr(o, nc->name);
    return obj_generic_getattr_found(o, nc->name, mro_lookup_cached(t, nc));
}

/* LOAD_METHOD: a plain function or C method found on the type and not
 * shadowed by the instance dict is pushed unbound, with o as self. */
static int load_method(Obj *o, NameCache *nc, Obj **meth, Obj **self)
{
    TypeObj *t = o->type;
    if (!t->getattr || t->getattr == obj_generic_getattr) {
        Obj *d = mro_lookup_cached(t, nc);
        if (d && (d->type == &Function_Type ||
                  (d->type == &MethodDescr_Type && methoddescr_binds_instance(d)))) {
            Obj **dp = obj_dict_ptr(o);
            Obj *shadow = dp && *dp ? dict_getitem(*dp, nc->name) : NULL;
            if (!shadow && !err_occurred()) {
                *meth = NEWREF(d);
                *self = NEWREF(o);
                return 0;
            }
            if (err_occurred())
                return -1;
        }
    }
    *meth = load_attr(o, nc);
    *self = NULL;
    return *meth ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* Calls                                                               */
/* ------------------------------------------------------------------ */

/* Is callable a Python function the loop can run inline (not a
 * generator function)?  *fn and *self (bound methods) say what to call. */
static inline bool inline_target(Obj *callable, FunctionObj **fn, Obj **self)
{
    if (callable->type == &Function_Type) {
        *fn = (FunctionObj *)callable;
        *self = NULL;
    } else if (callable->type == &Method_Type &&
               ((MethodObj *)callable)->func->type == &Function_Type) {
        *fn = (FunctionObj *)((MethodObj *)callable)->func;
        *self = ((MethodObj *)callable)->self;
    } else {
        return false;
    }
    return !((*fn)->flags & CO_GEN_ANY) && !trace_repr_active;
}

/* "f() argument after * must be an iterable, not int" names the callee as
 * CPython's _PyObject_FunctionStr. */
static Obj *function_str(Obj *f)
{
    Obj *qn = obj_getattr_opt(f, ID(__qualname__));
    if (!qn) {
        err_clear();
        return obj_str(f);
    }
    Obj *mod = obj_getattr_opt(f, ID(__module__));
    err_clear();
    Obj *r = mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins")
           ? str_from_format("%S.%S()", mod, qn) : str_from_format("%S()", qn);
    XDECREF(mod);
    DECREF(qn);
    return r;
}

/* CALL_EX: f(*args, **kwargs) with args any iterable (made a tuple). */
static Obj *call_ex(Obj *func, Obj *args, Obj *kwargs)
{
    Obj *t;
    if (TUPLE_CHECK(args)) {
        t = NEWREF(args);
    } else if (!args->type->iter && !args->type->getitem) {
        Obj *fs = function_str(func);
        if (fs)
            err_format(Exc_TypeError, "%S argument after * must be an iterable, not %s", fs,
                       args->type->name);
        XDECREF(fs);
        return NULL;
    } else if (!(t = tuple_from_iter(args))) {
        return NULL;
    }
    Obj *r = obj_call_tuple_dict(func, t, kwargs);
    DECREF(t);
    return r;
}

/* DICT_MERGE: **m into the keyword dict d of a call of f. */
static int dict_merge(Obj *f, Obj *d, Obj *m)
{
    if (!DICT_CHECK(m) && (!m->type->getitem || !obj_hasattr(m, ID(keys)))) {
        if (err_occurred())
            return -1;
        Obj *fs = function_str(f);
        if (fs)
            err_format(Exc_TypeError, "%S argument after ** must be a mapping, not %s", fs,
                       m->type->name);
        XDECREF(fs);
        return -1;
    }
    Obj *tmp = dict_new();
    if (!tmp || dict_update(tmp, m) < 0) {
        XDECREF(tmp);
        return -1;
    }
    size_t pos = 0;
    Obj *k, *v;
    int rc = 0;
    while (rc == 0 && dict_next(tmp, &pos, &k, &v)) {
        if (!STR_CHECK(k)) {
            rc = err_format_int(Exc_TypeError, "keywords must be strings");
            break;
        }
        int has = dict_contains(d, k);
        if (has > 0) {
            Obj *fs = function_str(f);
            if (fs)
                err_format(Exc_TypeError, "%S got multiple values for keyword argument '%S'",
                           fs, k);
            XDECREF(fs);
            rc = -1;
        } else {
            rc = has < 0 ? -1 : dict_setitem(d, k, v);
        }
    }
    DECREF(tmp);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Other instruction helpers                                           */
/* ------------------------------------------------------------------ */

/* UNPACK_SEQUENCE / UNPACK_EX: the items of v, `before` + `after`
 * (and a list for the starred target when star), pushed in reverse. */
static int unpack(Obj *v, int before, int after, bool star, Obj **sp)
{
    if (!v->type->iter && !v->type->getitem)
        return err_format_int(Exc_TypeError, "cannot unpack non-iterable %s object",
                              v->type->name);
    Obj *l = list_from_iter(v);
    if (!l)
        return -1;
    int64_t got = (int64_t)LIST_SIZE(l), need = before + after;
    int rc = 0;
    if (!star && got > need)
        rc = err_format_int(Exc_ValueError, "too many values to unpack (expected %d)", (int)need);
    else if (got < need)
        rc = err_format_int(Exc_ValueError, "not enough values to unpack (expected %s%d, got %d)",
                            star ? "at least " : "", (int)need, (int)got);
    if (rc == 0) {
        int n = need + star;            /* values pushed: sp[n-1] is the first */
        for (int i = 0; i < before; i++)
            sp[n - 1 - i] = NEWREF(LIST_ITEM(l, (size_t)i));
        for (int i = 0; i < after; i++)
            sp[after - 1 - i] = NEWREF(LIST_ITEM(l, (size_t)(got - after + i)));
        if (star) {
            size_t cnt = (size_t)(got - need);
            Obj *sub = list_new(cnt);
            if (!sub) {
                for (int i = 0; i < n; i++)
                    if (i != after)
                        DECREF(sp[i]);
                rc = -1;
            } else {
                for (size_t j = 0; j < cnt; j++)
                    LIST_ITEM(sub, j) = NEWREF(LIST_ITEM(l, (size_t)before + j));
                sp[after] = sub;
            }
        }
    }
    DECREF(l);
    return rc;
}

/* ---- pattern matching (CPython 3.11's match_keys / match_class) ---- */

/* MATCH_KEYS: a tuple of the values of `keys` in the mapping `map` (got
 * with map.get(key, <dummy>), so a defaultdict's __missing__ is not
 * called), None if one is missing; NULL on error (a key given twice is a
 * ValueError). */
static Obj *match_keys(Obj *map, Obj *keys)
{
    size_t n = TUPLE_SIZE(keys);
    if (n == 0)
        return tuple_new(0);
    bool exact = OBJ_TYPE(map) == &Dict_Type;
    Obj *get = NULL, *dummy = NULL, *values = NULL, *seen = set_new(NULL);
    if (!seen)
        return NULL;
    if (!exact && (!(get = obj_getattr(map, ID(get))) || !(dummy = obj_call0((Obj *)&Object_Type))))
        goto fail;
    if (!(values = tuple_new(n)))
        goto fail;
    for (size_t i = 0; i < n; i++) {
        Obj *key = TUPLE_ITEM(keys, i);
        int has = obj_contains(seen, key);
        if (has < 0 || (has == 0 && set_add(seen, key) < 0))
            goto fail;
        if (has) {
            err_format(Exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto fail;
        }
        Obj *v;
        if (exact) {
            v = dict_getitem(map, key);
            if (!v && err_occurred())
                goto fail;
            XINCREF(v);
        } else if (!(v = obj_call2(get, key, dummy)))
            goto fail;
        if (!v || v == dummy) {                 /* missing: no match */
            XDECREF(v);
            DECREF(values);
            values = none_new();
            break;
        }
        TUPLE_ITEM(values, i) = v;
    }
    XDECREF(get);
    XDECREF(dummy);
    DECREF(seen);
    return values;
fail:
    XDECREF(get);
    XDECREF(dummy);
    XDECREF(values);
    DECREF(seen);
    return NULL;
}

/* One attribute of a class pattern; NULL with no error: the subject has
 * none (no match). */
static Obj *match_class_attr(Obj *subject, TypeObj *type, Obj *name, Obj *seen)
{
    int has = obj_contains(seen, name);
    if (has < 0 || (has == 0 && set_add(seen, name) < 0))
        return NULL;
    if (has)
        return err_format(Exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          type->name, name);
    Obj *v = obj_getattr(subject, name);
    if (!v && err_matches(Exc_AttributeError))
        err_clear();
    return v;
}

/* MATCH_CLASS: the nargs positional (by __match_args__, or the subject
 * itself for int(x), str(x), ...) then keyword attributes of `subject` if
 * it is an instance of `cls`; NULL without an error when it does not
 * match. */
static Obj *match_class(Obj *subject, Obj *cls, int nargs, Obj *names)
{
    if (!TYPE_CHECK(cls))
        return err_set(Exc_TypeError, "called match pattern must be a type");
    TypeObj *type = (TypeObj *)cls;
    if (!obj_typecheck(subject, type))
        return NULL;
    Obj *seen = set_new(NULL), *attrs = list_new(0), *match_args = NULL;
    if (!seen || !attrs)
        goto fail;
    if (nargs) {
        bool match_self = false;
        match_args = obj_getattr(cls, ID(__match_args__));
        if (match_args) {
            if (OBJ_TYPE(match_args) != &Tuple_Type) {
                err_format(Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                           type->name, TYPE_NAME(match_args));
                goto fail;
            }
        } else if (err_matches(Exc_AttributeError)) {
            err_clear();
            match_args = tuple_new(0);
            match_self = (type->flags & TPF_MATCH_SELF) != 0;
            if (!match_args)
                goto fail;
        } else
            goto fail;
        int allowed = match_self ? 1 : (int)TUPLE_SIZE(match_args);
        if (allowed < nargs) {
            err_format(Exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                       type->name, allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (match_self) {
            if (list_append(attrs, subject) < 0)
                goto fail;
        } else {
            for (int i = 0; i < nargs; i++) {
                Obj *name = TUPLE_ITEM(match_args, i);
                if (!STR_CHECK_EXACT(name)) {
                    err_format(Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                               TYPE_NAME(name));
                    goto fail;
                }
                Obj *v = match_class_attr(subject, type, name, seen);
                if (!v || list_append(attrs, v) < 0) {
                    XDECREF(v);
                    goto fail;
                }
                DECREF(v);
            }
        }
        CLEAR(match_args);
    }
    for (size_t i = 0; i < TUPLE_SIZE(names); i++) {
        Obj *v = match_class_attr(subject, type, TUPLE_ITEM(names, i), seen);
        if (!v || list_append(attrs, v) < 0) {
            XDECREF(v);
            goto fail;
        }
        DECREF(v);
    }
    Obj *t = list_as_tuple(attrs);
    DECREF(attrs);
    DECREF(seen);
    return t;
fail:
    XDECREF(match_args);
    XDECREF(attrs);
    XDECREF(seen);
    return NULL;
}

/* FORMAT_VALUE */
static Obj *format_value(Obj *v, Obj *spec, int conv)
{
    if (conv) {
        Obj *c = conv == 1 ? obj_str(v) : obj_repr(v);
        if (!c)
            return NULL;
        v = c;
    } else {
        INCREF(v);
    }
    Obj *r;
    if (STR_CHECK_EXACT(v) && (!spec || STR_NBYTES(spec) == 0)) {
        r = NEWREF(v);
    } else {
        Obj *empty = spec ? NULL : str_from_cstr("");
        r = spec || empty ? obj_format(v, spec ? spec : empty) : NULL;
        XDECREF(empty);
    }
    DECREF(v);
    return r;
}

/* SETUP_ANNOTATIONS: an empty __annotations__ in the namespace unless
 * it has one. */
static int setup_annotations(FrameObj *f)
{
    Obj *ns = f->locals ? f->locals : f->globals;
    if (DICT_CHECK(ns)) {
        if (dict_getitem(ns, ID(__annotations__)))
            return 0;
        if (err_occurred())
            return -1;
    } else {
        Obj *v = obj_getitem(ns, ID(__annotations__));
        if (v) {
            DECREF(v);
            return 0;
        }
        if (!err_matches(Exc_KeyError))
            return -1;
        err_clear();
    }
    Obj *d = dict_new();
    if (!d)
        return -1;
    int r = DICT_CHECK(ns) ? dict_setitem(ns, ID(__annotations__), d)
                           : obj_setitem(ns, ID(__annotations__), d);
    DECREF(d);
    return r;
}

/* MAKE_FUNCTION: code on top, then the optional parts below it. */
static Obj *make_function(FrameObj *f, int flags, Obj **sp)
{
    CodeObj *code = (CodeObj *)sp[-1];
    FunctionObj *fn = (FunctionObj *)func_new(code, f->globals);
    if (!fn)
        return NULL;
    int k = -2;
    if (flags & MF_CLOSURE)
        fn->closure = NEWREF(sp[k--]);
    if (flags & MF_ANNOTATIONS) {
        Obj *pairs = sp[k--];
        if (!(fn->annotations = dict_new())) {
            DECREF(fn);
            return NULL;
        }
        for (size_t i = 0; i + 1 < TUPLE_SIZE(pairs); i += 2)
            if (dict_setitem(fn->annotations, TUPLE_ITEM(pairs, i), TUPLE_ITEM(pairs, i + 1)) < 0) {
                DECREF(fn);
                return NULL;
            }
    }
    if (flags & MF_KWDEFAULTS)
        fn->kwdefaults = NEWREF(sp[k--]);
    if (flags & MF_DEFAULTS)
        fn->defaults = NEWREF(sp[k--]);
    return (Obj *)fn;
}

/* RAISE_VARARGS 1/2: raise exc [from cause]. */
static void do_raise(Obj *v, Obj *cause)
{
    err_set_exc(v);
    Obj *exc = err_occurred();
    if (!cause || !exc || !EXC_CHECK(exc) || !type_is_subtype(exc->type, Exc_BaseException))
        return;
    if (TYPE_CHECK(cause) && type_is_subtype((TypeObj *)cause, Exc_BaseException)) {
        Obj *inst = obj_call0(cause);
        if (!inst)
            return;
        exc_set_cause(exc, inst);
    } else if (cause != obj_none && !EXC_CHECK(cause)) {
        err_set(Exc_TypeError, "exception causes must derive from BaseException");
    } else {
        exc_set_cause(exc, cause == obj_none ? NULL : NEWREF(cause));
    }
}

/* CHECK_EXC_MATCH: does exc match T?  1/0, -1 (T not an exception class). */
static int exc_match(Obj *exc, Obj *t)
{
    bool ok = TYPE_CHECK(t) && type_is_subtype((TypeObj *)t, Exc_BaseException);
    for (size_t j = 0; TUPLE_CHECK(t) && j < TUPLE_SIZE(t); j++) {
        Obj *x = TUPLE_ITEM(t, j);
        ok = TYPE_CHECK(x) && type_is_subtype((TypeObj *)x, Exc_BaseException);
        if (!ok)
            break;
    }
    if (!ok)
        return err_format_int(Exc_TypeError, "catching classes that do not inherit from "
                              "BaseException is not allowed");
    return exc_matches(exc, t);
}

/* CHECK_EG_MATCH: the parts of exc that `except* t` takes (*match) and
 * leaves (*rest, maybe None), after checking t as CPython's
 * check_except_star_type_valid does; *match NULL when nothing matches
 * (or the step budget is spent: nothing may catch then).  0/-1. */
static int exc_group_match_checked(Obj *exc, Obj *t, Obj **match, Obj **rest)
{
    *match = *rest = NULL;
    if (run_stopped())
        return 0;
    if (exc_match(exc, t) < 0)                 /* t is an exception class or a tuple of them */
        return -1;
    bool is_group = TYPE_CHECK(t) && type_is_subtype((TypeObj *)t, Exc_BaseExceptionGroup);
    for (size_t j = 0; TUPLE_CHECK(t) && j < TUPLE_SIZE(t) && !is_group; j++)
        is_group = type_is_subtype((TypeObj *)TUPLE_ITEM(t, j), Exc_BaseExceptionGroup);
    if (is_group)
        return err_format_int(Exc_TypeError, "catching ExceptionGroup with except* is not "
                              "allowed. Use except instead.");
    if (exc_group_match(exc, t, match, rest) < 0)
        return -1;
    if (*match == obj_none) {
        CLEAR(*match);
        CLEAR(*rest);
    }
    return 0;
}

/* The handled exception (sys.exc_info()) becomes exc: an except* clause
 * handles the part it matched. */
static void set_handled_exc(Obj *exc)
{
    Obj *old = ev.excinfo->value;
    ev.excinfo->value = NEWREF(exc);
    XDECREF(old);
}

/* Looks up a special method on the type and binds it (with). */
static Obj *bound_special(Obj *o, Obj *name)
{
    Obj *d = type_lookup(o->type, name);
    if (!d)
        return NULL;
    return d->type->descr_get ? d->type->descr_get(d, o, (Obj *)o->type) : NEWREF(d);
}

/* BEFORE_WITH: mgr -> exit enter(): 0, or -1. */
static int before_with(Obj *mgr, Obj **exit, Obj **value)
{
    Obj *enter = bound_special(mgr, ID(__enter__));
    *exit = enter ? bound_special(mgr, ID(__exit__)) : NULL;
    if (!enter || !*exit) {
        if (!err_occurred())
            err_format(Exc_TypeError, "'%s' object does not support the context manager protocol",
                       mgr->type->name);
        XDECREF(enter);
        CLEAR(*exit);
        return -1;
    }
    *value = obj_call0(enter);
    DECREF(enter);
    if (!*value) {
        CLEAR(*exit);
        return -1;
    }
    return 0;
}

/* WITH_EXCEPT_START: exit(type, exc, tb). */
static Obj *with_exit(Obj *exit, Obj *exc)
{
    Obj *tb = EXC_CHECK(exc) ? ((ExcObj *)exc)->traceback : NULL;
    Obj *a[3] = { (Obj *)exc->type, exc, tb ? tb : obj_none };
    return obj_call(exit, a, 3, NULL);
}

/* IMPORT_NAME: "." + name for relative imports, which have no package. */
static Obj *import_name(Obj *name)
{
    if (STR_DATA(name)[0] == '.')
        return err_set(Exc_ImportError, "attempted relative import with no known parent package");
    if (!vm_import_hook)
        return err_format(Exc_ModuleNotFoundError, "No module named '%s'", STR_DATA(name));
    return vm_import_hook(STR_DATA(name));
}

/* IMPORT_FROM: m.name, or for a package the submodule m.name imported
 * now (from collections import abc). */
static Obj *import_from(Obj *m, Obj *name)
{
    Obj *v = obj_getattr_opt(m, name);
    if (v || err_occurred())
        return v;
    Obj *mname = obj_getattr_opt(m, ID(__name__));
    Obj *path = mname ? obj_getattr_opt(m, str_intern_cstr("__path__")) : NULL;
    err_clear();
    if (path && vm_import_hook && STR_CHECK(mname)) {
        Obj *full = str_from_format("%S.%S", mname, name);
        v = full ? vm_import_hook(STR_DATA(full)) : NULL;
        XDECREF(full);
        if (v || !err_matches(Exc_ModuleNotFoundError)) {
            DECREF(path);
            DECREF(mname);
            return v;
        }
        err_clear();
    }
    XDECREF(path);
    Obj *file = obj_getattr_opt(m, ID(__file__));
    err_clear();
    if (file && STR_CHECK(file))
        err_format(Exc_ImportError, "cannot import name '%S' from '%S' (%S)", name,
                   mname ? mname : obj_none, file);
    else
        err_format(Exc_ImportError, "cannot import name '%S' from '%S' (unknown location)", name,
                   mname ? mname : obj_none);
    XDECREF(file);
    XDECREF(mname);
    return NULL;
}

/* from m import *: every public name of the module. */
static int import_star(FrameObj *f, Obj *m)
{
    Obj **dp = obj_dict_ptr(m);
    if (!dp || !*dp)
        return 0;
    size_t pos = 0;
    Obj *k, *v;
    Obj *target = f->locals ? f->locals : f->globals;
    while (dict_next(*dp, &pos, &k, &v))
        if (STR_DATA(k)[0] != '_' && (DICT_CHECK(target) ? dict_setitem(target, k, v)
                                                        : obj_setitem(target, k, v)) < 0)
            return -1;
    return 0;
}

/* GET_YIELD_FROM_ITER */
static Obj *yield_from_iter(FrameObj *f, Obj *v)
{
    GenObj *g = (GenObj *)f->gen;
    if (v->type == &Coro_Type && g && g->kind == GK_GENERATOR && !g->iterable_coro)
        return err_set(Exc_TypeError, "cannot 'yield from' a coroutine object in a "
                       "non-coroutine generator");
    return GEN_CHECK(v) ? NEWREF(v) : obj_iter(v);
}

/* ---- async for, async with, await ---- */

/* Replaces the pending exception by a TypeError whose __cause__ (and
 * __context__) it becomes (CPython's _PyErr_FormatFromCause). */
static void type_error_from_cause(const char *fmt, const char *name)
{
    Obj *cause = err_fetch();
    err_format(Exc_TypeError, fmt, name);
    Obj *exc = err_occurred();
    if (exc && cause) {
        exc_set_context(exc, cause);
        exc_set_cause(exc, cause);
    } else {
        XDECREF(cause);
    }
}

/* GET_AWAITABLE: the iterator `await v` drives; where = 1 / 2: v came
 * from __aenter__ / __aexit__ (3.11 names them when v has no __await__).
 * A coroutine suspended in an await of its own cannot be awaited again. */
static Obj *get_awaitable(Obj *v, int where)
{
    Obj *it = gen_get_awaitable_iter(v);
    if (!it) {
        if (where && !type_lookup(v->type, ID(__await__)))
            err_format(Exc_TypeError, "'async with' received an object from __a%s__ that does "
                       "not implement __await__: %s", where == 1 ? "enter" : "exit", v->type->name);
        return NULL;
    }
    if (it->type == &Coro_Type && gen_yieldfrom((GenObj *)it)) {
        DECREF(it);
        return err_set(Exc_RuntimeError, "coroutine is being awaited already");
    }
    return it;
}

/* GET_AITER: o.__aiter__(), which must have __anext__. */
static Obj *get_aiter(Obj *o)
{
    bool found;
    Obj *it = obj_call_special(o, ID(__aiter__), NULL, 0, &found);
    if (!found && !err_occurred())
        return err_format(Exc_TypeError, "'async for' requires an object with __aiter__ method, "
                          "got %s", o->type->name);
    if (it && !type_lookup(it->type, ID(__anext__))) {
        err_format(Exc_TypeError, "'async for' received an object from __aiter__ that does not "
                   "implement __anext__: %s", it->type->name);
        CLEAR(it);
    }
    return it;
}

/* GET_ANEXT: the iterator awaiting ait.__anext__(). */
static Obj *get_anext(Obj *ait)
{
    bool found;
    Obj *next = obj_call_special(ait, ID(__anext__), NULL, 0, &found);
    if (!found && !err_occurred())
        return err_format(Exc_TypeError, "'async for' requires an iterator with __anext__ method, "
                          "got %s", ait->type->name);
    if (!next)
        return NULL;
    Obj *aw = gen_get_awaitable_iter(next);
    if (!aw)
        type_error_from_cause("'async for' received an invalid object from __anext__: %s",
                              next->type->name);
    DECREF(next);
    return aw;
}

/* BEFORE_ASYNC_WITH: mgr -> aexit, mgr.__aenter__() (the awaitable). */
static int before_async_with(Obj *mgr, Obj **exit, Obj **value)
{
    Obj *enter = bound_special(mgr, ID(__aenter__));
    *exit = enter ? bound_special(mgr, ID(__aexit__)) : NULL;
    if (!enter || !*exit) {
        if (!err_occurred())
            err_format(Exc_TypeError, "'%s' object does not support the asynchronous context "
                       "manager protocol%s", mgr->type->name,
                       enter ? " (missed __aexit__ method)" : "");
        XDECREF(enter);
        return -1;
    }
    *value = obj_call0(enter);
    DECREF(enter);
    if (!*value) {
        CLEAR(*exit);
        return -1;
    }
    return 0;
}

static int small_int_op(int64_t a, int64_t b, int op, int64_t *r)
{
    switch (op) {
    case NB_ADD: return big_i64_add(a, b, r);
    case NB_SUB: return big_i64_sub(a, b, r);
    case NB_MUL: return big_i64_mul(a, b, r);
    case NB_AND: *r = a & b; return 1;
    case NB_OR: *r = a | b; return 1;
    case NB_XOR: *r = a ^ b; return 1;
    case NB_MOD: if (b == 0) return 0; *r = big_i64_mod(a, b); return 1;
    case NB_FLOORDIV: return b != 0 && big_i64_floordiv(a, b, r);
    default: return 0;
    }
}

/* BINARY_OP with the small-int fast path. */
static inline Obj *binary_op(Obj *a, Obj *b, int arg)
{
    int op = arg & (BINOP_INPLACE - 1);
    int64_t r;
    if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && INT_IS_SMALL(a) && INT_IS_SMALL(b) &&
        small_int_op(INT_SMALL(a), INT_SMALL(b), op, &r))
        return int_from_i64(r);
    return (arg & BINOP_INPLACE) ? obj_inplace_op(a, b, op) : obj_binop(a, b, op);
}

static inline Obj *compare_op(Obj *a, Obj *b, int op)
{
    if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && INT_IS_SMALL(a) && INT_IS_SMALL(b)) {
        int64_t x = INT_SMALL(a), y = INT_SMALL(b);
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return bool_new(r);
    }
    return obj_richcompare(a, b, op);
}

/* The truth of v for a conditional jump (None, bools and ints fast). */
static inline int truth(Obj *v)
{
    if (v == obj_true)
        return 1;
    if (v == obj_false || v == obj_none)
        return 0;
    return obj_is_true(v);
}

/* ------------------------------------------------------------------ */
/* The loop                                                            */
/* ------------------------------------------------------------------ */

#define STACK_BASE(f) ((f)->slots + (f)->nslots)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define JUMP_TO(target) (ip = instrs + (target))

/* Pops and drops n values. */
#define DROP(n) do { for (int d_ = 0; d_ < (n); d_++) { Obj *x_ = POP(); XDECREF(x_); } } while (0)

static Obj *run_frame(FrameObj *entry, Obj *send, Obj *throw_exc);

/* vm_execute's arguments when it moves to a new stack segment. */
typedef struct SegRun {
    FrameObj *f;
    Obj *send, *throw_exc;
} SegRun;

static void *run_on_segment(void *arg)
{
    SegRun *a = arg;
    return run_frame(a->f, a->send, a->throw_exc);
}

Obj *vm_execute(FrameObj *f, Obj *send, Obj *throw_exc)
{
    if (trace_repr_active)        /* reprs for the trace never run Python code */
        return err_set(Exc_RuntimeError, "no Python code in a trace repr");
    if (!seg_needed())
        return run_frame(f, send, throw_exc);
    SegRun *a = mem_alloc(sizeof *a);
    if (!a)
        return err_nomemory();
    *a = (SegRun){ f, send, throw_exc };
    bool ok;
    Obj *r = seg_run(run_on_segment, a, &ok);
    mem_free(a, sizeof *a);
    if (!ok && !r && !err_occurred())
        err_set(Exc_RecursionError, "maximum recursion depth exceeded (no stack segment)");
    return r;
}

/* Runs the entry frame (see vm_execute) on the current stack. */
/* A builtin that warm code calls through a CPython 3.11 specialisation
 * without a recursion check: the METH_FASTCALL ones (PRECALL_*BUILTIN_FAST*;
 * min, max and dir are METH_VARARGS in CPython) and len (PRECALL_NO_KW_LEN). */
static bool warm_call_uncounted(Obj *callable)
{
    if (callable->type != &CFunction_Type)
        return false;
    const CFuncObj *c = (const CFuncObj *)callable;
    if (!c->module || !STR_CHECK(c->module) || strcmp(STR_DATA(c->module), "builtins") != 0)
        return false;
    const char *name = c->def->name;
    if (strcmp(name, "len") == 0)
        return true;
    return (c->def->flags & METH_FASTCALL) && strcmp(name, "min") != 0
           && strcmp(name, "max") != 0 && strcmp(name, "dir") != 0;
}

static Obj *run_frame(FrameObj *entry, Obj *send, Obj *throw_exc)
{
    FrameObj *f = entry;
    f->entry = 1;
    f->back = ev.frame;
    ev.frame = f;
    ev.c_depth++;
    CodeObj *code;
    const Instr *instrs, *ip;
    Obj **consts, **sp;
    Obj *retval = NULL;
    bool starting = f->state == FRAME_CREATED;
    f->state = FRAME_EXECUTING;

#define LOAD_REGISTERS() do { code = f->code; instrs = code->instrs; consts = code->consts; } while (0)
    LOAD_REGISTERS();
    if (code->warmup < CODE_WARMUP)         /* a RESUME: see CodeObj.warmup */
        code->warmup++;
    sp = STACK_BASE(f) + f->stacktop;
    f->stacktop = 0;
    if (starting) {
        ip = instrs;
        if (trace_enabled())
            trace_frame(f, TR_CALL, NULL);
    } else {
        ip = f->ip + 1;
        if (throw_exc) {
            err_restore(NEWREF(throw_exc));
            goto error;
        }
        PUSH(send ? NEWREF(send) : none_new());
    }

    for (;;) {
        Instr in = *ip;
        f->ip = ip++;
        int arg = (int)INSTR_ARG(in);
        if (UNLIKELY(in & OP_STMT) && statement_start(f) < 0)
            goto error;
        switch ((Opcode)INSTR_OP(in)) {

        /* ---- stack manipulation ---- */
        case OP_NOP:
            break;
        case OP_POP_TOP: {
            Obj *v = POP();
            DECREF(v);
            break;
        }
        case OP_COPY: {
            Obj *v = PEEK(arg);
            PUSH(NEWREF(v));
            break;
        }
        case OP_SWAP: {
            Obj *t = TOP();
            TOP() = PEEK(arg);
            PEEK(arg) = t;
            break;
        }

        /* ---- names ---- */
        case OP_LOAD_CONST:
            PUSH(NEWREF(consts[arg]));
            break;
        case OP_LOAD_FAST: {
            Obj *v = f->slots[arg];
            if (UNLIKELY(!v)) {
                unbound_local(f, arg);
                goto error;
            }
            PUSH(NEWREF(v));
            break;
        }
        case OP_STORE_FAST: {
            Obj *old = f->slots[arg];
            f->slots[arg] = POP();
            XDECREF(old);
            break;
        }
        case OP_DELETE_FAST: {
            Obj *old = f->slots[arg];
            if (!old) {
                unbound_local(f, arg);
                goto error;
            }
            f->slots[arg] = NULL;
            DECREF(old);
            break;
        }
        case OP_LOAD_DEREF: {
            Obj *v = ((CellObj *)f->slots[arg])->ref;
            if (!v) {
                unbound_local(f, arg);
                goto error;
            }
            PUSH(NEWREF(v));
            break;
        }
        case OP_STORE_DEREF: {
            CellObj *c = (CellObj *)f->slots[arg];
            Obj *old = c->ref;
            c->ref = POP();
            XDECREF(old);
            break;
        }
        case OP_DELETE_DEREF: {
            CellObj *c = (CellObj *)f->slots[arg];
            if (!c->ref) {
                unbound_local(f, arg);
                goto error;
            }
            CLEAR(c->ref);
            break;
        }
        case OP_LOAD_CLASSDEREF: {
            Obj *v = load_classderef(f, arg);
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_LOAD_CLOSURE:
            PUSH(NEWREF(f->slots[arg]));
            break;
        case OP_LOAD_GLOBAL: {
            Obj *v = load_global(f, &code->caches[arg]);
            if (!v)
                goto error;
            PUSH(NEWREF(v));
            break;
        }
        case OP_STORE_GLOBAL: {
            Obj *v = POP();
            int rc = dict_setitem(f->globals, code->names[arg], v);
            DECREF(v);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_DELETE_GLOBAL:
            if (delete_name(f->globals, code->names[arg]) < 0)
                goto error;
            break;
        case OP_LOAD_NAME: {
            Obj *v = load_name(f, &code->caches[arg]);
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_STORE_NAME: {
            Obj *v = POP();
            int rc = store_name(f, code->names[arg], v);
            DECREF(v);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_DELETE_NAME:
            if (delete_name(f->locals ? f->locals : f->globals, code->names[arg]) < 0)
                goto error;
            break;

        /* ---- attributes and items ---- */
        case OP_LOAD_ATTR: {
            Obj *o = TOP();
            Obj *v = load_attr(o, &code->caches[arg]);
            if (!v)
                goto error;
            TOP() = v;
            DECREF(o);
            break;
        }
        case OP_LOAD_METHOD: {
            Obj *o = TOP(), *meth, *self;
            if (load_method(o, &code->caches[arg], &meth, &self) < 0)
                goto error;
            TOP() = meth;
            PUSH(self);
            DECREF(o);
            break;
        }
        case OP_STORE_ATTR: {
            Obj *o = PEEK(1), *v = PEEK(2);
            int rc = obj_setattr(o, code->names[arg], v);
            DROP(2);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_DELETE_ATTR: {
            Obj *o = POP();
            int rc = obj_setattr(o, code->names[arg], NULL);
            DECREF(o);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_BINARY_SUBSCR: {
            Obj *k = PEEK(1), *o = PEEK(2);
            Obj *r = obj_getitem(o, k);
            DROP(2);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_STORE_SUBSCR: {
            Obj *k = PEEK(1), *o = PEEK(2), *v = PEEK(3);
            int rc = obj_setitem(o, k, v);
            DROP(3);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_DELETE_SUBSCR: {
            Obj *k = PEEK(1), *o = PEEK(2);
            int rc = obj_delitem(o, k);
            DROP(2);
            if (rc < 0)
                goto error;
            break;
        }

        /* ---- operators ---- */
        case OP_BINARY_OP: {
            Obj *b = PEEK(1), *a = PEEK(2);
            Obj *r = binary_op(a, b, arg);
            DROP(2);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_UNARY_NEGATIVE:
        case OP_UNARY_POSITIVE:
        case OP_UNARY_INVERT: {
            Obj *v = TOP();
            int op = INSTR_OP(in);
            Obj *r = op == OP_UNARY_NEGATIVE ? obj_neg(v)
                   : op == OP_UNARY_POSITIVE ? obj_pos(v) : obj_invert(v);
            if (!r)
                goto error;
            TOP() = r;
            DECREF(v);
            break;
        }
        case OP_UNARY_NOT: {
            Obj *v = TOP();
            int t = truth(v);
            if (t < 0)
                goto error;
            TOP() = bool_new(!t);
            DECREF(v);
            break;
        }
        case OP_COMPARE_OP: {
            Obj *b = PEEK(1), *a = PEEK(2);
            Obj *r = compare_op(a, b, arg);
            DROP(2);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_IS_OP: {
            Obj *b = PEEK(1), *a = PEEK(2);
            bool r = (a == b) != (arg != 0);
            DROP(2);
            PUSH(bool_new(r));
            break;
        }
        case OP_CONTAINS_OP: {
            Obj *b = PEEK(1), *a = PEEK(2);
            int r = obj_contains(b, a);
            DROP(2);
            if (r < 0)
                goto error;
            PUSH(bool_new((r == 1) != (arg != 0)));
            break;
        }

        /* ---- jumps ---- */
        case OP_JUMP:
            JUMP_TO(arg);
            break;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE: {
            Obj *v = POP();
            int t = truth(v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (t == (INSTR_OP(in) == OP_POP_JUMP_IF_TRUE))
                JUMP_TO(arg);
            break;
        }
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: {
            Obj *v = TOP();
            int t = truth(v);
            if (t < 0)
                goto error;
            if (t == (INSTR_OP(in) == OP_JUMP_IF_TRUE_OR_POP)) {
                JUMP_TO(arg);
            } else {
                sp--;
                DECREF(v);
            }
            break;
        }

        /* ---- iteration ---- */
        case OP_GET_ITER:
        case OP_GET_YIELD_FROM_ITER:
        case OP_GET_AWAITABLE: {                   /* TOP becomes what drives it */
            Obj *v = TOP();
            Obj *it = INSTR_OP(in) == OP_GET_ITER ? obj_iter(v)
                    : INSTR_OP(in) == OP_GET_AWAITABLE ? get_awaitable(v, arg)
                    : yield_from_iter(f, v);
            if (!it)
                goto error;
            TOP() = it;
            DECREF(v);
            break;
        }
        case OP_FOR_ITER: {
            Obj *it = TOP();
            if (UNLIKELY(ev.step_budget) && step_tick() < 0)
                goto error;
            if (UNLIKELY(gc_pending))      /* a comprehension's loop is a safe point too */
                gc_collect_pending();
            Obj *v = it->type->iternext(it);
            if (LIKELY(v != NULL)) {
                PUSH(v);
                break;
            }
            if (err_occurred()) {
                if (!err_matches(Exc_StopIteration))
                    goto error;
                err_clear();
            }
            sp--;
            DECREF(it);
            JUMP_TO(arg);
            break;
        }

        /* ---- building values ---- */
        case OP_BUILD_TUPLE: {
            Obj *t = tuple_new((size_t)arg);
            if (!t)
                goto error;
            for (int i = arg - 1; i >= 0; i--)
                TUPLE_ITEM(t, i) = POP();
            PUSH(t);
            break;
        }
        case OP_BUILD_LIST: {
            Obj *l = list_new((size_t)arg);
            if (!l)
                goto error;
            for (int i = arg - 1; i >= 0; i--)
                LIST_ITEM(l, i) = POP();
            PUSH(l);
            break;
        }
        case OP_BUILD_SET: {
            int n = arg >> 1;
            Obj *s = set_from_display(sp - n, (size_t)n, arg & 1);
            DROP(n);
            if (!s)
                goto error;
            PUSH(s);
            break;
        }
        case OP_BUILD_MAP: {
            Obj *d = dict_new();
            int rc = d ? 0 : -1;
            for (int i = 0; rc == 0 && i < arg; i++)
                rc = dict_setitem(d, sp[-2 * arg + 2 * i], sp[-2 * arg + 2 * i + 1]);
            DROP(2 * arg);
            if (rc < 0) {
                XDECREF(d);
                goto error;
            }
            PUSH(d);
            break;
        }
        case OP_BUILD_STRING: {
            Obj *empty = str_from_cstr("");
            Obj *s = empty ? str_join_array(empty, sp - arg, (size_t)arg) : NULL;
            XDECREF(empty);
            DROP(arg);
            if (!s)
                goto error;
            PUSH(s);
            break;
        }
        case OP_BUILD_SLICE: {
            Obj *s = slice_new(PEEK(arg), PEEK(arg - 1), arg == 3 ? PEEK(1) : NULL);
            DROP(arg);
            if (!s)
                goto error;
            PUSH(s);
            break;
        }
        case OP_LIST_APPEND: {
            Obj *v = POP();
            int rc = list_append(PEEK(arg), v);
            DECREF(v);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_SET_ADD: {
            Obj *v = POP();
            int rc = set_add(PEEK(arg), v);
            DECREF(v);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_MAP_ADD: {
            Obj *v = PEEK(1), *k = PEEK(2);
            int rc = dict_setitem(PEEK(arg + 2), k, v);
            DROP(2);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_LIST_EXTEND: {
            Obj *it = PEEK(1);
            int rc;
            if (!it->type->iter && !it->type->getitem)
                rc = err_format_int(Exc_TypeError, "Value after * must be an iterable, not %s",
                                    it->type->name);
            else
                rc = list_extend(PEEK(arg + 1), it);
            DROP(1);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_SET_UPDATE: {
            Obj *it = PEEK(1), *s = PEEK(arg + 1);
            Obj *items = list_from_iter(it);
            int rc = items ? 0 : -1;
            for (size_t i = 0; rc == 0 && i < LIST_SIZE(items); i++)
                rc = set_add(s, LIST_ITEM(items, i));
            XDECREF(items);
            DROP(1);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_DICT_UPDATE: {
            Obj *m = PEEK(1);
            int rc;
            if (!DICT_CHECK(m) && (!m->type->getitem || !obj_hasattr(m, ID(keys))))
                rc = err_occurred() ? -1
                   : err_format_int(Exc_TypeError, "'%s' object is not a mapping", m->type->name);
            else
                rc = dict_update(PEEK(arg + 1), m);
            DROP(1);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_DICT_MERGE: {
            int rc = dict_merge(PEEK(arg + 3), PEEK(arg + 1), PEEK(1));
            DROP(1);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_LIST_TO_TUPLE: {
            Obj *l = TOP();
            Obj *t = list_as_tuple(l);
            if (!t)
                goto error;
            TOP() = t;
            DECREF(l);
            break;
        }
        case OP_UNPACK_SEQUENCE:
        case OP_UNPACK_EX: {
            bool star = INSTR_OP(in) == OP_UNPACK_EX;
            int before = star ? arg & 0xff : arg, after = star ? arg >> 8 : 0;
            Obj *v = POP();
            int rc = unpack(v, before, after, star, sp);
            DECREF(v);
            if (rc < 0)
                goto error;
            sp += before + after + star;
            break;
        }
        case OP_FORMAT_VALUE: {
            Obj *spec = (arg & 4) ? POP() : NULL;
            Obj *v = TOP();
            Obj *r = format_value(v, spec, arg & 3);
            XDECREF(spec);
            if (!r)
                goto error;
            TOP() = r;
            DECREF(v);
            break;
        }

        /* ---- calls ---- */
        case OP_CALL:
        case OP_CALL_METHOD:
        case OP_CALL_KW: {
            int op = INSTR_OP(in);
            Obj *kwnames = op == OP_CALL_KW ? PEEK(1) : NULL;
            int n = op == OP_CALL_KW ? (arg & 0xffff) : arg;
            bool method = op == OP_CALL_METHOD || (op == OP_CALL_KW && (arg >> 16));
            Obj **args = sp - n - (kwnames != NULL);
            int nkw = kwnames ? (int)TUPLE_SIZE(kwnames) : 0;
            Obj *callable = method ? args[-2] : args[-1];
            Obj *self = method ? args[-1] : NULL;
            int popped = n + 1 + method + (kwnames != NULL);
            if (method && !self) {                 /* LOAD_METHOD found an attribute */
                callable = args[-2];
            } else if (method) {
                args--;                            /* self becomes the first argument */
                n++;
            }
            FunctionObj *fn;
            Obj *bound;
            if (inline_target(callable, &fn, &bound) && !(method && self && bound)) {
                FrameObj *nf = func_frame_for_call(fn, bound, args, (size_t)(n - nkw), kwnames);
                if (!nf) {
                    DROP(popped);
                    goto error;
                }
                DROP(popped);
                if (UNLIKELY(ev.depth >= ev.limit) && rec_enter("") < 0) {
                    DECREF(nf);
                    goto error;
                }
                if (ev.depth < ev.limit)
                    ev.depth++;
                f->stacktop = (int32_t)(sp - STACK_BASE(f));
                nf->back = f;
                nf->state = FRAME_EXECUTING;
                ev.frame = nf;
                f = nf;
                LOAD_REGISTERS();
                if (code->warmup < CODE_WARMUP)
                    code->warmup++;
                sp = STACK_BASE(f);
                ip = instrs;
                if (trace_enabled())
                    trace_frame(f, TR_CALL, NULL);
                break;
            }
            Obj *r;
            if (code->warmup < CODE_WARMUP)
                r = obj_call(callable, args, (size_t)(n - nkw), kwnames);
            else if (callable == (Obj *)&Str_Type && n == 1 && nkw == 0)
                r = obj_str(args[0]);          /* PRECALL_NO_KW_STR_1: no call counted */
            else if (warm_call_uncounted(callable))
                r = obj_call_uncounted(callable, args, (size_t)(n - nkw), kwnames);
            else
                r = obj_call(callable, args, (size_t)(n - nkw), kwnames);
            DROP(popped);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_CALL_EX: {
            Obj *kwargs = (arg & 1) ? PEEK(1) : NULL;
            Obj *args = PEEK(1 + (arg & 1)), *func = PEEK(2 + (arg & 1));
            Obj *r = call_ex(func, args, kwargs);
            DROP(2 + (arg & 1));
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_MAKE_FUNCTION: {
            int nparts = ((arg & MF_DEFAULTS) != 0) + ((arg & MF_KWDEFAULTS) != 0) +
                         ((arg & MF_CLOSURE) != 0) + ((arg & MF_ANNOTATIONS) != 0);
            Obj *fn = make_function(f, arg, sp);
            DROP(nparts + 1);
            if (!fn)
                goto error;
            PUSH(fn);
            break;
        }
        case OP_LOAD_BUILD_CLASS: {
            Obj *b = cfunc_new(&vm_build_class_def, NULL, NULL);
            if (!b)
                goto error;
            PUSH(b);
            break;
        }
        case OP_RETURN_VALUE: {
            retval = POP();
            if (trace_enabled())
                trace_frame(f, TR_RETURN, retval);
            if (f->entry)
                goto exit_frame;
            FrameObj *caller = f->back;
            frame_completed(f);
            f->back = NULL;
            ev.frame = caller;
            ev.depth--;
            DECREF(f);
            f = caller;
            LOAD_REGISTERS();
            ip = f->ip + 1;
            sp = STACK_BASE(f) + f->stacktop;
            f->stacktop = 0;
            PUSH(retval);
            retval = NULL;
            break;
        }

        /* ---- generators and coroutines ---- */
        case OP_YIELD_VALUE:
            retval = POP();
            f->stacktop = (int32_t)(sp - STACK_BASE(f));
            f->state = FRAME_SUSPENDED;
            ev.frame = f->back;
            f->back = NULL;
            ev.c_depth--;
            return retval;
        case OP_SEND: {
            Obj *v = PEEK(1), *it = PEEK(2), *out;
            int st = gen_send_to(it, v, &out);
            DROP(1);
            if (st < 0)
                goto error;
            if (st == 0) {
                PUSH(out);
                break;
            }
            DROP(1);
            PUSH(out);
            JUMP_TO(arg);
            break;
        }
        case OP_ASYNC_GEN_WRAP: {
            Obj *v = TOP();
            Obj *w = agen_wrap(v);
            if (!w)
                goto error;
            TOP() = w;
            DECREF(v);
            break;
        }

        /* ---- async for ---- */
        case OP_GET_AITER: {
            Obj *v = TOP();
            Obj *it = get_aiter(v);
            if (!it)
                goto error;
            TOP() = it;
            DECREF(v);
            break;
        }
        case OP_GET_ANEXT: {
            if (UNLIKELY(ev.step_budget) && step_tick() < 0)
                goto error;
            Obj *aw = get_anext(TOP());
            if (!aw)
                goto error;
            PUSH(aw);
            break;
        }
        case OP_END_ASYNC_FOR: {
            Obj *exc = POP();
            if (!exc_matches(exc, (Obj *)Exc_StopAsyncIteration)) {
                err_restore(exc);
                goto exception_unwind;
            }
            if (trace_enabled())
                trace_exc(f, TR_EXCEPTION_CAUGHT, exc);    /* how the loop ended */
            DECREF(exc);
            Obj *ait = POP();
            DECREF(ait);
            break;
        }

        /* ---- exceptions ---- */
        case OP_RAISE_VARARGS: {
            if (arg == 0) {                        /* bare raise: the handled one */
                Obj *h = interp_handled_exc();
                if (!h) {
                    err_set(Exc_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                err_restore(NEWREF(h));
                if (trace_enabled())
                    trace_exc(f, TR_EXCEPTION_RAISED, h);
                goto exception_unwind;
            }
            Obj *cause = arg == 2 ? POP() : NULL, *v = POP();
            do_raise(v, cause);
            DECREF(v);
            XDECREF(cause);
            Obj *exc = err_occurred();
            if (trace_enabled() && exc && EXC_CHECK(exc) && ((ExcObj *)exc)->traceback)
                trace_exc(f, TR_EXCEPTION_RAISED, exc);     /* raised before */
            goto error;
        }
        case OP_RERAISE: {
            Obj *exc = POP();
            err_restore(exc);
            goto exception_unwind;
        }
        case OP_PUSH_EXC_INFO: {
            Obj *exc = TOP();
            Obj *prev = ev.excinfo->value;
            TOP() = prev ? prev : none_new();
            ev.excinfo->value = NEWREF(exc);
            PUSH(exc);
            break;
        }
        case OP_POP_EXCEPT: {
            Obj *prev = POP();
            Obj *old = ev.excinfo->value;
            ev.excinfo->value = prev == obj_none ? NULL : prev;
            if (prev == obj_none)
                DECREF(prev);
            XDECREF(old);
            break;
        }
        case OP_CHECK_EXC_MATCH: {
            Obj *t = POP();
            if (run_stopped()) {             /* the run is over: nothing may catch that */
                DECREF(t);
                PUSH(bool_new(false));
                break;
            }
            int m = exc_match(TOP(), t);
            DECREF(t);
            if (m < 0)
                goto error;
            PUSH(bool_new(m));
            break;
        }
        case OP_CHECK_EG_MATCH: {
            Obj *t = POP(), *match, *rest;
            int rc = exc_group_match_checked(TOP(), t, &match, &rest);
            DECREF(t);
            if (rc < 0)
                goto error;
            if (!match) {                          /* nothing matches: next clause */
                JUMP_TO(arg);
                break;
            }
            Obj *exc = TOP();
            TOP() = rest;
            PUSH(match);
            set_handled_exc(match);
            DECREF(exc);
            break;
        }
        case OP_PREP_RERAISE_STAR: {
            Obj *excs = POP(), *orig = POP();
            Obj *v = exc_prep_reraise_star(orig, excs);
            DECREF(excs);
            DECREF(orig);
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_EXC_CAUGHT:
            if (trace_enabled())
                trace_exc(f, TR_EXCEPTION_CAUGHT, TOP());
            break;
        case OP_LOAD_ASSERTION_ERROR:
            PUSH(NEWREF((Obj *)Exc_AssertionError));
            break;
        case OP_SETUP_ANNOTATIONS:
            if (setup_annotations(f) < 0)
                goto error;
            break;

        /* ---- with ---- */
        case OP_BEFORE_WITH: {
            Obj *mgr = TOP(), *exit, *value;
            if (before_with(mgr, &exit, &value) < 0)
                goto error;
            TOP() = exit;
            DECREF(mgr);
            PUSH(value);
            break;
        }
        case OP_WITH_EXCEPT_START: {
            Obj *r = with_exit(PEEK(3), PEEK(1));
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case OP_BEFORE_ASYNC_WITH: {
            Obj *mgr = TOP(), *exit, *value;
            if (before_async_with(mgr, &exit, &value) < 0)
                goto error;
            TOP() = exit;
            DECREF(mgr);
            PUSH(value);
            break;
        }

        /* ---- imports ---- */
        /* ---- pattern matching ---- */
        case OP_GET_LEN: {
            int64_t n = obj_len(TOP());
            Obj *v = n < 0 ? NULL : int_from_i64(n);
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_MATCH_MAPPING:
        case OP_MATCH_SEQUENCE: {
            uint32_t flag = INSTR_OP(in) == OP_MATCH_MAPPING ? TPF_MAPPING : TPF_SEQUENCE;
            Obj *b = bool_new((OBJ_TYPE(TOP())->flags & flag) != 0);
            PUSH(b);
            break;
        }
        case OP_MATCH_KEYS: {
            Obj *v = match_keys(PEEK(2), TOP());
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_MATCH_CLASS: {
            Obj *attrs = match_class(PEEK(3), PEEK(2), arg, PEEK(1));
            if (!attrs && err_occurred())
                goto error;
            DROP(3);
            PUSH(attrs ? attrs : none_new());
            break;
        }

        case OP_IMPORT_NAME: {
            Obj *m = import_name(code->names[arg]);
            if (!m)
                goto error;
            PUSH(m);
            break;
        }
        case OP_IMPORT_FROM: {
            Obj *v = import_from(TOP(), code->names[arg]);
            if (!v)
                goto error;
            PUSH(v);
            break;
        }
        case OP_IMPORT_STAR: {
            Obj *m = POP();
            int rc = import_star(f, m);
            DECREF(m);
            if (rc < 0)
                goto error;
            break;
        }
        case OP_UNSUPPORTED:
            err_set_obj(Exc_NotImplementedError, consts[arg]);
            goto error;

        case OP_COUNT:
            break;
        }
        continue;

    error:
        record_exception(f);
    exception_unwind:
        if (!run_stopped()) {
            const ExcEntry *h = code_handler_for(code, (int)(f->ip - instrs));
            if (h) {
                Obj **target = STACK_BASE(f) + h->depth;
                while (sp > target) {
                    Obj *v = POP();
                    XDECREF(v);
                }
                PUSH(err_fetch());
                JUMP_TO(h->target);
                continue;
            }
        }
        /* no handler here: the frame ends by the exception */
        while (sp > STACK_BASE(f)) {
            Obj *v = POP();
            XDECREF(v);
        }
        if (trace_enabled())
            trace_frame(f, TR_RETURN, NULL);
        if (f->entry)
            goto exit_frame;
        {
            FrameObj *caller = f->back;
            frame_completed(f);
            f->back = NULL;
            ev.frame = caller;
            ev.depth--;
            DECREF(f);
            f = caller;
            LOAD_REGISTERS();
            sp = STACK_BASE(f) + f->stacktop;
            f->stacktop = 0;
        }
        goto error;
    }

exit_frame:
    while (sp > STACK_BASE(f)) {
        Obj *v = POP();
        XDECREF(v);
    }
    frame_completed(f);
    ev.frame = f->back;
    f->back = NULL;
    ev.c_depth--;
    return retval;
}
