/* exc.c - BaseException and the exception hierarchy, and traceback
 * objects.  (Printing them is the interpreter's: vm/traceback.c.)
 *
 * Global state: the Exc_* class pointers (created once by exc_init).
 */
#include "objects/exc.h"

#include <stdio.h>
#include <string.h>

#include "objects/gc.h"
#include "objects/interp.h"
#include "objects/types.h"

TypeObj *Exc_BaseException, *Exc_Exception, *Exc_TypeError, *Exc_ValueError,
        *Exc_AttributeError, *Exc_NameError, *Exc_UnboundLocalError, *Exc_KeyError,
        *Exc_IndexError, *Exc_LookupError, *Exc_ZeroDivisionError, *Exc_ArithmeticError,
        *Exc_OverflowError, *Exc_RuntimeError, *Exc_RecursionError,
        *Exc_NotImplementedError, *Exc_StopIteration, *Exc_StopAsyncIteration,
        *Exc_GeneratorExit, *Exc_KeyboardInterrupt, *Exc_SystemExit, *Exc_MemoryError,
        *Exc_AssertionError, *Exc_ImportError, *Exc_ModuleNotFoundError, *Exc_SyntaxError,
        *Exc_IndentationError, *Exc_UnicodeError, *Exc_UnicodeDecodeError, *Exc_UnicodeEncodeError, *Exc_OSError,
        *Exc_TimeoutError, *Exc_EOFError, *Exc_Warning, *Exc_RuntimeWarning,
        *Exc_DeprecationWarning, *Exc_UserWarning, *Exc_CancelledError;

/* The subclasses of OSError (an errno picks one: OSError(2, ...) is a
 * FileNotFoundError). */
static TypeObj *Exc_BlockingIOError, *Exc_ChildProcessError, *Exc_ConnectionError,
               *Exc_BrokenPipeError, *Exc_ConnectionAbortedError, *Exc_ConnectionRefusedError,
               *Exc_ConnectionResetError, *Exc_FileExistsError, *Exc_FileNotFoundError,
               *Exc_InterruptedError, *Exc_IsADirectoryError, *Exc_NotADirectoryError,
               *Exc_PermissionError, *Exc_ProcessLookupError;

/* The other built-in warning categories (warnings.py names them). */
static TypeObj *Exc_PendingDeprecationWarning, *Exc_SyntaxWarning, *Exc_FutureWarning,
               *Exc_ImportWarning, *Exc_UnicodeWarning, *Exc_BytesWarning,
               *Exc_ResourceWarning, *Exc_EncodingWarning;

/* ------------------------------------------------------------------ */
/* BaseException                                                       */
/* ------------------------------------------------------------------ */

static void exc_dealloc(Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    XDECREF(e->dict);
    XDECREF(e->args);
    XDECREF(e->cause);
    XDECREF(e->context);
    XDECREF(e->traceback);
    XDECREF(e->value);
    XDECREF(e->name);
    XDECREF(e->obj);
    XDECREF(e->notes);
    XDECREF(e->oserr);
    obj_free(o);
}

/* Sets args and the per-class fields derived from them. */
static int exc_set_args(ExcObj *e, Obj *const *a, size_t n)
{
    Obj *t = tuple_from_array(a, n);
    if (!t)
        return -1;
    SETREF(e->args, t);
    TypeObj *ty = e->ob.type;
    if (type_is_subtype(ty, Exc_StopIteration) || type_is_subtype(ty, Exc_SystemExit))
        SETREF(e->value, n ? NEWREF(a[0]) : NULL);
    return 0;
}

/* Keywords accepted by AttributeError/NameError/ImportError (name=, obj=). */
static int exc_set_kw(ExcObj *e, Obj *const *a, size_t n, Obj *kw)
{
    for (size_t i = 0; i < kwnames_len(kw); i++) {
        Obj *k = TUPLE_ITEM(kw, i), *v = a[n + i];
        bool named = type_is_subtype(e->ob.type, Exc_AttributeError) ||
                     type_is_subtype(e->ob.type, Exc_NameError) ||
                     type_is_subtype(e->ob.type, Exc_ImportError);
        if (named && str_eq_cstr(k, "name"))
            SETREF(e->name, NEWREF(v));
        else if (named && str_eq_cstr(k, "obj"))
            SETREF(e->obj, NEWREF(v));
        else
            return err_format_int(Exc_TypeError, "%s() takes no keyword arguments",
                                  e->ob.type->name);
    }
    return 0;
}

static Obj *exc_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    ExcObj *e = (ExcObj *)obj_alloc(t, 0);
    if (e && exc_set_args(e, a, n) < 0)
        CLEAR(e);
    return (Obj *)e;
}

static int exc_tp_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    if (exc_set_args((ExcObj *)self, a, n) < 0)
        return -1;
    return exc_set_kw((ExcObj *)self, a, n, kw);
}

Obj *exc_new(TypeObj *type, Obj *const *args, size_t nargs)
{
    return obj_call((Obj *)type, args, nargs, NULL);
}

Obj *exc_args(Obj *exc) { return ((ExcObj *)exc)->args; }

static Obj *exc_str(Obj *o)
{
    Obj *args = ((ExcObj *)o)->args;
    size_t n = args ? TUPLE_SIZE(args) : 0;
    if (n == 0)
        return str_from_cstr("");
    if (n == 1)
        return obj_str(TUPLE_ITEM(args, 0));
    return obj_str(args);
}

static Obj *keyerror_str(Obj *o)
{
    Obj *args = ((ExcObj *)o)->args;
    if (args && TUPLE_SIZE(args) == 1)
        return obj_repr(TUPLE_ITEM(args, 0));
    return exc_str(o);
}

static Obj *get_field(Obj *v) { return v ? NEWREF(v) : none_new(); }

Obj *exc_syntax_info(Obj *o)
{
    Obj *args = ((ExcObj *)o)->args;
    if (!args || TUPLE_SIZE(args) != 2 || !TUPLE_CHECK(TUPLE_ITEM(args, 1)))
        return NULL;
    Obj *info = TUPLE_ITEM(args, 1);
    return TUPLE_SIZE(info) >= 2 ? info : NULL;
}

/* str(SyntaxError): "msg (file, line N)" as CPython's SyntaxError_str. */
static Obj *syntaxerror_str(Obj *o)
{
    Obj *info = exc_syntax_info(o);
    if (!info)
        return exc_str(o);
    Obj *msg = TUPLE_ITEM(((ExcObj *)o)->args, 0);
    return str_from_format("%S (%S, line %S)", msg, TUPLE_ITEM(info, 0), TUPLE_ITEM(info, 1));
}

/* SyntaxError.msg / filename / lineno / offset / text (None if absent). */
static Obj *syntax_field(Obj *o, void *c)
{
    intptr_t i = (intptr_t)c;
    Obj *args = ((ExcObj *)o)->args;
    if (i < 0)
        return get_field(args && TUPLE_SIZE(args) ? TUPLE_ITEM(args, 0) : NULL);
    Obj *info = exc_syntax_info(o);
    return get_field(info && (size_t)i < TUPLE_SIZE(info) ? TUPLE_ITEM(info, (size_t)i) : NULL);
}

static const GetSetDef syntax_getset[] = {
    { "msg", syntax_field, NULL, (void *)(intptr_t)-1 },
    { "filename", syntax_field, NULL, (void *)(intptr_t)0 },
    { "lineno", syntax_field, NULL, (void *)(intptr_t)1 },
    { "offset", syntax_field, NULL, (void *)(intptr_t)2 },
    { "text", syntax_field, NULL, (void *)(intptr_t)3 },
    { NULL, NULL, NULL, NULL },
};

static Obj *exc_repr(Obj *o)
{
    Obj *args = ((ExcObj *)o)->args;
    const char *name = o->type->name;
    if (!args || TUPLE_SIZE(args) == 0)
        return str_from_format("%s()", name);
    if (TUPLE_SIZE(args) == 1)
        return str_from_format("%s(%R)", name, TUPLE_ITEM(args, 0));
    return str_from_format("%s%R", name, args);
}


static Obj *exc_get_args(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->args); }

static int exc_set_args_attr(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (!v)
        return err_format_int(Exc_TypeError, "args may not be deleted");
    Obj *t = tuple_from_iter(v);
    if (!t)
        return -1;
    SETREF(((ExcObj *)o)->args, t);
    return 0;
}

static Obj *exc_get_tb(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->traceback); }

static int exc_set_tb(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (v && v != obj_none && v->type != &Traceback_Type)
        return err_format_int(Exc_TypeError, "__traceback__ must be a traceback or None");
    SETREF(((ExcObj *)o)->traceback, v && v != obj_none ? NEWREF(v) : NULL);
    return 0;
}

static Obj *exc_get_cause(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->cause); }

static int exc_set_cause_attr(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (v && v != obj_none && !EXC_CHECK(v))
        return err_format_int(Exc_TypeError, "exception cause must be None or derive from "
                              "BaseException");
    exc_set_cause(o, v && v != obj_none ? NEWREF(v) : NULL);
    return 0;
}

static Obj *exc_get_context(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->context); }

static int exc_set_context_attr(Obj *o, Obj *v, void *c)
{
    (void)c;
    if (!v)
        return err_format_int(Exc_TypeError, "__context__ may not be deleted");
    if (v != obj_none && !EXC_CHECK(v))     /* the chain is walked as exceptions */
        return err_format_int(Exc_TypeError, "exception context must be None or derive "
                              "from BaseException");
    SETREF(((ExcObj *)o)->context, v != obj_none ? NEWREF(v) : NULL);
    return 0;
}

static Obj *exc_get_value(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->value); }
static Obj *exc_get_name(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->name); }
static Obj *exc_get_obj(Obj *o, void *c) { (void)c; return get_field(((ExcObj *)o)->obj); }

static int exc_set_value(Obj *o, Obj *v, void *c)
{
    (void)c;
    SETREF(((ExcObj *)o)->value, XNEWREF(v));
    return 0;
}

static const GetSetDef exc_getset[] = {
    { "args", exc_get_args, exc_set_args_attr, NULL },
    { "__traceback__", exc_get_tb, exc_set_tb, NULL },
    { "__cause__", exc_get_cause, exc_set_cause_attr, NULL },
    { "__context__", exc_get_context, exc_set_context_attr, NULL },
    { NULL, NULL, NULL, NULL },
};

static const GetSetDef value_getset[] = {
    { "value", exc_get_value, exc_set_value, NULL },
    { NULL, NULL, NULL, NULL },
};
static const GetSetDef code_getset[] = {
    { "code", exc_get_value, exc_set_value, NULL },
    { NULL, NULL, NULL, NULL },
};
static const GetSetDef name_getset[] = {
    { "name", exc_get_name, NULL, NULL },
    { "obj", exc_get_obj, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const MemberDef exc_members[] = {
    { "__suppress_context__", MEMBER_BOOL, offsetof(ExcObj, suppress_context), false },
    { "__notes__", MEMBER_OBJ_EX, offsetof(ExcObj, notes), false },
    { NULL, 0, 0, false },
};

static Obj *exc_with_traceback(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    if (exc_set_tb(self, a[0], NULL) < 0)
        return NULL;
    return NEWREF(self);
}

static Obj *exc_add_note(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)n; (void)k;
    ExcObj *e = (ExcObj *)self;
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "note must be a str, not '%s'", a[0]->type->name);
    if (!e->notes && !(e->notes = list_new(0)))
        return NULL;
    if (!LIST_CHECK(e->notes))
        return err_set(Exc_TypeError, "Cannot add note: __notes__ is not a list");
    return list_append(e->notes, a[0]) < 0 ? NULL : none_new();
}

static const MethodDef exc_methods[] = {
    { "with_traceback", exc_with_traceback, METH_O, NULL },
    { "add_note", exc_add_note, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static void exc_traverse(Obj *o, GCVisitor *v)
{
    ExcObj *e = (ExcObj *)o;
    GC_VISIT(e->dict);
    GC_VISIT(e->args);
    GC_VISIT(e->cause);
    GC_VISIT(e->context);
    GC_VISIT(e->traceback);
    GC_VISIT(e->value);
    GC_VISIT(e->name);
    GC_VISIT(e->obj);
    GC_VISIT(e->notes);
    GC_VISIT(e->oserr);
}

/* The collector's clear (CPython's BaseException_clear); args become ()
 * rather than NULL so that the exception stays printable. */
static void exc_clear(Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    CLEAR(e->dict);
    SETREF(e->args, NEWREF(obj_empty_tuple));
    CLEAR(e->cause);
    CLEAR(e->context);
    CLEAR(e->traceback);
    CLEAR(e->value);
    CLEAR(e->name);
    CLEAR(e->obj);
    CLEAR(e->notes);
    CLEAR(e->oserr);
}

TypeObj BaseException_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "BaseException",
    .traverse = exc_traverse, .clear = exc_clear,
    .basicsize = sizeof(ExcObj), .dictoffset = offsetof(ExcObj, dict),
    .flags = TPF_BASETYPE | TPF_EXC_SUBCLASS,
    .dealloc = exc_dealloc, .tp_new = exc_tp_new, .tp_init = exc_tp_init,
    .repr = exc_repr, .str = exc_str, .getset = exc_getset, .members = exc_members,
    .methods = exc_methods, .doc = "Common base class for all exceptions",
};

/* ------------------------------------------------------------------ */
/* BaseExceptionGroup and ExceptionGroup (PEP 654)                     */
/* ------------------------------------------------------------------ */

TypeObj *Exc_BaseExceptionGroup, *Exc_ExceptionGroup;

static void eg_dealloc(Obj *o)
{
    ExcGroupObj *g = (ExcGroupObj *)o;
    CLEAR(g->msg);
    CLEAR(g->excs);
    exc_dealloc(o);
}

/* PySequence_Check: indexable and not a mapping. */
static bool is_sequence(Obj *o)
{
    return o->type->getitem && !DICT_CHECK(o);
}

/* The exceptions argument as a tuple of instances (CPython's checks and
 * messages); *all_exception: none is a BaseException outside Exception. */
static Obj *eg_exceptions_arg(Obj *seq, bool *all_exception)
{
    if (!is_sequence(seq))
        return err_set(Exc_TypeError, "second argument (exceptions) must be a sequence");
    Obj *excs = tuple_from_iter(seq);
    if (!excs)
        return NULL;
    if (TUPLE_SIZE(excs) == 0) {
        DECREF(excs);
        return err_set(Exc_ValueError, "second argument (exceptions) must be a non-empty "
                       "sequence");
    }
    *all_exception = true;
    for (size_t i = 0; i < TUPLE_SIZE(excs); i++) {
        Obj *e = TUPLE_ITEM(excs, i);
        if (!EXC_CHECK(e)) {
            DECREF(excs);
            return err_format(Exc_ValueError, "Item %zu of second argument (exceptions) "
                              "is not an exception", i);
        }
        if (!obj_typecheck(e, Exc_Exception))
            *all_exception = false;
    }
    return excs;
}

/* The class to instantiate: BaseExceptionGroup becomes ExceptionGroup when
 * every member is an Exception; a class that is an Exception may not hold
 * BaseExceptions. */
static TypeObj *eg_choose_class(TypeObj *t, bool all_exception)
{
    if (t == Exc_BaseExceptionGroup)
        return all_exception ? Exc_ExceptionGroup : t;
    if (all_exception || !type_is_subtype(t, Exc_Exception))
        return t;
    if (t == Exc_ExceptionGroup)
        err_set(Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    else
        err_format(Exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
    return NULL;
}

/* BaseExceptionGroup.__new__(cls, message, exceptions). */
static Obj *eg_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;                        /* rejected by __init__, as CPython */
    if (n != 2)
        return err_format(Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 "
                          "arguments (%zu given)", n);
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be "
                          "str, not %s", a[0]->type->name);
    bool all_exception = true;
    Obj *excs = eg_exceptions_arg(a[1], &all_exception);
    if (!excs)
        return NULL;
    TypeObj *cls = eg_choose_class(t, all_exception);
    ExcGroupObj *g = cls ? (ExcGroupObj *)exc_tp_new(cls, a, n, NULL) : NULL;
    if (!g) {
        DECREF(excs);
        return NULL;
    }
    g->msg = NEWREF(a[0]);
    g->excs = excs;
    return (Obj *)g;
}

static int eg_tp_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    if (args_no_kw(self->type->name, kw) < 0)
        return -1;
    return exc_set_args((ExcObj *)self, a, n);
}

/* "msg (N sub-exceptions)" */
static Obj *eg_str(Obj *o)
{
    ExcGroupObj *g = (ExcGroupObj *)o;
    size_t n = g->excs ? TUPLE_SIZE(g->excs) : 0;
    return str_from_format("%S (%zu sub-exception%s)", g->msg ? g->msg : obj_none, n,
                           n > 1 ? "s" : "");
}

Obj *exc_group_new(Obj *msg, Obj *excs)
{
    Obj *a[2] = { msg, excs };
    return obj_call((Obj *)Exc_BaseExceptionGroup, a, 2, NULL);
}

/* derive(excs): a group like self (its message) around other exceptions;
 * split() and subgroup() build their parts with it, so a subclass that
 * overrides it gets parts of its own class. */
static Obj *eg_derive(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    if (n != 1)
        return err_format(Exc_TypeError, "function takes exactly 1 argument (%zu given)", n);
    Obj *msg = ((ExcGroupObj *)self)->msg;
    return exc_group_new(msg ? msg : obj_none, a[0]);
}

/* How split() decides that an exception matches (CPython's
 * _exceptiongroup_split_matcher_type). */
typedef enum SplitMatcherKind {
    MATCH_BY_TYPE,          /* an exception class or a tuple of them */
    MATCH_BY_PREDICATE,     /* a Python function called with each exception */
    MATCH_INSTANCE_IDS      /* the leaves listed (identity; for except*) */
} SplitMatcherKind;

typedef struct SplitMatcher {
    SplitMatcherKind kind;
    Obj *value;             /* the class/tuple, the function, or a list of
                               leaf exceptions (borrowed) */
} SplitMatcher;

static bool is_exc_class(Obj *o)
{
    return TYPE_CHECK(o) && type_is_subtype((TypeObj *)o, Exc_BaseException);
}

/* The matcher for split(cond) / subgroup(cond).  0/-1. */
static int split_matcher(Obj *cond, SplitMatcher *m)
{
    m->value = cond;
    if (cond->type == &Function_Type) {
        m->kind = MATCH_BY_PREDICATE;
        return 0;
    }
    m->kind = MATCH_BY_TYPE;
    if (is_exc_class(cond))
        return 0;
    bool ok = cond->type == &Tuple_Type;
    for (size_t i = 0; ok && i < TUPLE_SIZE(cond); i++)
        ok = is_exc_class(TUPLE_ITEM(cond, i));
    if (ok)
        return 0;
    return err_format_int(Exc_TypeError, "expected a function, exception type or tuple of "
                          "exception types");
}

/* Does exc itself match?  1/0, -1 error. */
static int split_check(Obj *exc, const SplitMatcher *m)
{
    switch (m->kind) {
    case MATCH_BY_TYPE:
        return exc_matches(exc, m->value);
    case MATCH_BY_PREDICATE: {
        Obj *r = obj_call1(m->value, exc);
        int t = r ? obj_is_true(r) : -1;
        XDECREF(r);
        return t;
    }
    case MATCH_INSTANCE_IDS:
        for (size_t i = 0; i < LIST_SIZE(m->value); i++)
            if (LIST_ITEM(m->value, i) == exc)
                return 1;
        return 0;
    }
    return 0;
}

/* orig.derive(excs) with orig's traceback, cause, context and a copy of
 * its notes (CPython's exceptiongroup_subset); NULL result for no excs. */
static int eg_subset(Obj *orig, Obj *excs, Obj **result)
{
    *result = NULL;
    if (LIST_SIZE(excs) == 0)
        return 0;
    Obj *derive = str_from_cstr("derive");
    Obj *g = derive ? obj_call_method(orig, derive, &excs, 1) : NULL;
    XDECREF(derive);
    if (!g)
        return -1;
    if (!EXC_GROUP_CHECK(g)) {
        DECREF(g);
        return err_format_int(Exc_TypeError, "derive must return an instance of "
                              "BaseExceptionGroup");
    }
    ExcObj *o = (ExcObj *)orig, *e = (ExcObj *)g;
    SETREF(e->traceback, XNEWREF(o->traceback));
    SETREF(e->context, XNEWREF(o->context));
    exc_set_cause(g, XNEWREF(o->cause));
    if (o->notes && is_sequence(o->notes)) {
        Obj *copy = list_from_iter(o->notes);   /* the parts' notes are independent */
        if (!copy) {
            DECREF(g);
            return -1;
        }
        SETREF(e->notes, copy);
    }
    *result = g;
    return 0;
}

/* One level of split: what of exc matches (*match) and, when rest is not
 * NULL, what does not (*rest); NULL for nothing (CPython's
 * exceptiongroup_split_recursive). */
static int eg_split_rec(Obj *exc, const SplitMatcher *m, Obj **match, Obj **rest)
{
    *match = NULL;
    if (rest)
        *rest = NULL;
    int is_match = split_check(exc, m);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = NEWREF(exc);
        return 0;
    }
    if (!EXC_GROUP_CHECK(exc)) {
        if (rest)
            *rest = NEWREF(exc);
        return 0;
    }
    Obj *excs = ((ExcGroupObj *)exc)->excs;
    Obj *ml = list_new(0), *rl = rest ? list_new(0) : NULL;
    int rc = ml && (!rest || rl) ? 0 : -1;
    for (size_t i = 0; rc == 0 && excs && i < TUPLE_SIZE(excs); i++) {
        if (rec_enter(" in exceptiongroup_split_recursive") < 0) {
            rc = -1;
            break;
        }
        Obj *sm = NULL, *sr = NULL;
        rc = eg_split_rec(TUPLE_ITEM(excs, i), m, &sm, rest ? &sr : NULL);
        rec_leave();
        if (rc == 0 && sm)
            rc = list_append(ml, sm);
        if (rc == 0 && sr)
            rc = list_append(rl, sr);
        XDECREF(sm);
        XDECREF(sr);
    }
    if (rc == 0)
        rc = eg_subset(exc, ml, match);
    if (rc == 0 && rest && (rc = eg_subset(exc, rl, rest)) < 0)
        CLEAR(*match);
    XDECREF(ml);
    XDECREF(rl);
    return rc;
}

/* split(cond) -> (match, rest); subgroup(cond) -> match (None: empty). */
static Obj *eg_split_method(Obj *self, Obj *const *a, size_t n, bool with_rest)
{
    const char *name = with_rest ? "split" : "subgroup";
    if (n != 1)
        return err_format(Exc_TypeError, "%s expected 1 argument, got %zu", name, n);
    SplitMatcher m;
    Obj *match, *rest = NULL;
    if (split_matcher(a[0], &m) < 0 || eg_split_rec(self, &m, &match, with_rest ? &rest : NULL) < 0)
        return NULL;
    if (!with_rest)
        return match ? match : none_new();
    Obj *r = tuple_pack(2, match ? match : obj_none, rest ? rest : obj_none);
    XDECREF(match);
    XDECREF(rest);
    return r;
}

static Obj *eg_split(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    return eg_split_method(self, a, n, true);
}

static Obj *eg_subgroup(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    return eg_split_method(self, a, n, false);
}

int exc_group_match(Obj *exc, Obj *type, Obj **match, Obj **rest)
{
    *match = *rest = NULL;
    if (exc == obj_none || !EXC_CHECK(exc)) {
        *match = none_new();
        *rest = none_new();
        return 0;
    }
    if (exc_matches(exc, type)) {
        if (EXC_GROUP_CHECK(exc))
            *match = NEWREF(exc);
        else {                               /* a naked exception: wrapped */
            Obj *excs = tuple_pack(1, exc);
            Obj *msg = excs ? str_from_cstr("") : NULL;
            *match = msg ? exc_group_new(msg, excs) : NULL;
            XDECREF(excs);
            XDECREF(msg);
            if (!*match)
                return -1;
        }
        *rest = none_new();
        return 0;
    }
    if (!EXC_GROUP_CHECK(exc)) {
        *match = none_new();
        *rest = none_new();
        return 0;
    }
    SplitMatcher m = { MATCH_BY_TYPE, type };
    if (eg_split_rec(exc, &m, match, rest) < 0)
        return -1;
    if (!*match)
        *match = none_new();
    if (!*rest)
        *rest = none_new();
    return 0;
}

/* Appends the leaf exceptions of exc (None: none) to the list leaves. */
static int collect_leaves(Obj *exc, Obj *leaves)
{
    if (exc == obj_none)
        return 0;
    if (!EXC_GROUP_CHECK(exc))
        return list_append(leaves, exc);
    Obj *excs = ((ExcGroupObj *)exc)->excs;
    for (size_t i = 0; excs && i < TUPLE_SIZE(excs); i++) {
        if (rec_enter(" in collect_exception_group_leaf_ids") < 0)
            return -1;
        int rc = collect_leaves(TUPLE_ITEM(excs, i), leaves);
        rec_leave();
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* The part of group eg whose leaves are leaves of the groups in keep,
 * in eg's structure (None: no such leaf). */
static Obj *eg_projection(Obj *eg, Obj *keep)
{
    Obj *leaves = list_new(0);
    if (!leaves)
        return NULL;
    for (size_t i = 0; i < LIST_SIZE(keep); i++)
        if (collect_leaves(LIST_ITEM(keep, i), leaves) < 0) {
            DECREF(leaves);
            return NULL;
        }
    SplitMatcher m = { MATCH_INSTANCE_IDS, leaves };
    Obj *match;
    int rc = eg_split_rec(eg, &m, &match, NULL);
    DECREF(leaves);
    if (rc < 0)
        return NULL;
    return match ? match : none_new();
}

/* A re-raised part of orig carries orig's own traceback, cause and
 * context objects (split copies them); a raised one does not. */
static bool same_exception_metadata(Obj *a, Obj *b)
{
    ExcObj *x = (ExcObj *)a, *y = (ExcObj *)b;
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

Obj *exc_prep_reraise_star(Obj *orig, Obj *excs)
{
    size_t n = LIST_SIZE(excs);
    if (n == 0)
        return none_new();
    if (!EXC_GROUP_CHECK(orig))        /* a naked exception: one clause ran at most */
        return NEWREF(LIST_ITEM(excs, 0));
    Obj *raised = list_new(0), *reraised = list_new(0);
    Obj *result = NULL;
    if (!raised || !reraised)
        goto done;
    for (size_t i = 0; i < n; i++) {
        Obj *e = LIST_ITEM(excs, i);
        if (e == obj_none)
            continue;
        bool again = EXC_CHECK(e) && same_exception_metadata(e, orig);
        if (list_append(again ? reraised : raised, e) < 0)
            goto done;
    }
    Obj *reraised_eg = eg_projection(orig, reraised);
    if (!reraised_eg || LIST_SIZE(raised) == 0) {
        result = reraised_eg;
        goto done;
    }
    int rc = reraised_eg == obj_none ? 0 : list_append(raised, reraised_eg);
    DECREF(reraised_eg);
    if (rc < 0)
        goto done;
    if (LIST_SIZE(raised) == 1) {
        result = NEWREF(LIST_ITEM(raised, 0));
    } else {
        Obj *msg = str_from_cstr("");
        result = msg ? exc_group_new(msg, raised) : NULL;
        XDECREF(msg);
    }
done:
    XDECREF(raised);
    XDECREF(reraised);
    return result;
}

static const MethodDef eg_methods[] = {
    { "derive", eg_derive, METH_FASTCALL, NULL },
    { "split", eg_split, METH_FASTCALL, NULL },
    { "subgroup", eg_subgroup, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static const MemberDef eg_members[] = {
    { "message", MEMBER_OBJ, offsetof(ExcGroupObj, msg), true },
    { "exceptions", MEMBER_OBJ, offsetof(ExcGroupObj, excs), true },
    { NULL, 0, 0, false },
};

static void eg_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((ExcGroupObj *)o)->msg);
    GC_VISIT(((ExcGroupObj *)o)->excs);
    exc_traverse(o, v);
}

static void eg_clear(Obj *o)
{
    SETREF(((ExcGroupObj *)o)->excs, NEWREF(obj_empty_tuple));
    exc_clear(o);
}

TypeObj BaseExceptionGroup_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "BaseExceptionGroup",
    .traverse = eg_traverse, .clear = eg_clear,
    .base = &BaseException_Type, .basicsize = sizeof(ExcGroupObj),
    .dictoffset = offsetof(ExcObj, dict), .flags = TPF_BASETYPE | TPF_EXC_SUBCLASS,
    .dealloc = eg_dealloc, .tp_new = eg_tp_new, .tp_init = eg_tp_init, .str = eg_str,
    .members = eg_members, .methods = eg_methods,
    .doc = "A combination of multiple unrelated exceptions.",
};

/* ------------------------------------------------------------------ */
/* Helpers used by the VM                                              */
/* ------------------------------------------------------------------ */

void exc_set_context(Obj *exc, Obj *context)
{
    if (!context || context == exc || !EXC_CHECK(exc))
        return;
    /* break a cycle: if exc is already in context's chain, cut it there;
     * a cycle already in the chain (made with __context__ =) ends the walk
     * (Floyd's slow pointer, as CPython's _PyErr_SetObject) */
    Obj *o = context, *slow = context, *next;
    bool toggle = false;
    while ((next = ((ExcObj *)o)->context)) {
        if (next == exc) {
            CLEAR(((ExcObj *)o)->context);
            break;
        }
        o = next;
        if (o == slow)
            break;
        if (toggle)
            slow = ((ExcObj *)slow)->context;
        toggle = !toggle;
    }
    SETREF(((ExcObj *)exc)->context, NEWREF(context));
}

void exc_set_cause(Obj *exc, Obj *cause)
{
    ExcObj *e = (ExcObj *)exc;
    SETREF(e->cause, cause);
    e->suppress_context = true;
}

void exc_set_name_obj(Obj *exc, Obj *name, Obj *obj)
{
    if (!exc || !EXC_CHECK(exc))
        return;
    ExcObj *e = (ExcObj *)exc;
    SETREF(e->name, XNEWREF(name));
    SETREF(e->obj, XNEWREF(obj));
}

void exc_reset_for_raise(Obj *exc)
{
    ExcObj *e = (ExcObj *)exc;
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
}

Obj *exc_stopiteration_new(Obj *value)
{
    Obj *v = value ? value : obj_none;
    return exc_new(Exc_StopIteration, &v, 1);
}

Obj *exc_stopiteration_value(Obj *exc)
{
    Obj *v = EXC_CHECK(exc) ? ((ExcObj *)exc)->value : NULL;
    return v ? v : obj_none;
}

/* ------------------------------------------------------------------ */
/* Traceback objects                                                   */
/* ------------------------------------------------------------------ */

static void tb_dealloc(Obj *o)
{
    TracebackObj *t = (TracebackObj *)o;
    XDECREF(t->next);
    XDECREF(t->frame);
    obj_free(o);
}

static Obj *tb_get_next(Obj *o, void *c) { (void)c; return get_field(((TracebackObj *)o)->next); }
static Obj *tb_get_frame(Obj *o, void *c) { (void)c; return get_field((Obj *)((TracebackObj *)o)->frame); }
static Obj *tb_get_lineno(Obj *o, void *c) { (void)c; return int_from_i64(((TracebackObj *)o)->lineno); }

static const GetSetDef tb_getset[] = {
    { "tb_next", tb_get_next, NULL, NULL },
    { "tb_frame", tb_get_frame, NULL, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void tb_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((TracebackObj *)o)->next);
    GC_VISIT(((TracebackObj *)o)->frame);
}

TypeObj Traceback_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "traceback",
    .traverse = tb_traverse,
    .basicsize = sizeof(TracebackObj), .dealloc = tb_dealloc, .getset = tb_getset,
};

int exc_add_traceback(Obj *exc, struct FrameObj *frame, int lineno, int col, int end_lineno, int end_col)
{
    if (!EXC_CHECK(exc))
        return 0;
    ExcObj *e = (ExcObj *)exc;
    TracebackObj *head = (TracebackObj *)e->traceback;
    TracebackObj *t = (TracebackObj *)obj_alloc(&Traceback_Type, 0);
    if (!t)
        return -1;
    t->next = (Obj *)head;
    t->frame = (struct FrameObj *)NEWREF((Obj *)frame);
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = end_lineno;
    t->end_col = end_col;
    e->traceback = (Obj *)t;
    return 0;
}

/* ------------------------------------------------------------------ */
/* The hierarchy                                                       */
/* ------------------------------------------------------------------ */

typedef struct ExcSpec {
    TypeObj **slot;         /* where the class pointer goes */
    const char *name;       /* class name */
    TypeObj **base;         /* base class (already created) */
} ExcSpec;

static const ExcSpec exc_specs[] = {
    { &Exc_Exception, "Exception", &Exc_BaseException },
    { &Exc_GeneratorExit, "GeneratorExit", &Exc_BaseException },
    { &Exc_KeyboardInterrupt, "KeyboardInterrupt", &Exc_BaseException },
    { &Exc_SystemExit, "SystemExit", &Exc_BaseException },
    { &Exc_TypeError, "TypeError", &Exc_Exception },
    { &Exc_ValueError, "ValueError", &Exc_Exception },
    { &Exc_AttributeError, "AttributeError", &Exc_Exception },
    { &Exc_NameError, "NameError", &Exc_Exception },
    { &Exc_UnboundLocalError, "UnboundLocalError", &Exc_NameError },
    { &Exc_LookupError, "LookupError", &Exc_Exception },
    { &Exc_KeyError, "KeyError", &Exc_LookupError },
    { &Exc_IndexError, "IndexError", &Exc_LookupError },
    { &Exc_ArithmeticError, "ArithmeticError", &Exc_Exception },
    { &Exc_ZeroDivisionError, "ZeroDivisionError", &Exc_ArithmeticError },
    { &Exc_OverflowError, "OverflowError", &Exc_ArithmeticError },
    { &Exc_RuntimeError, "RuntimeError", &Exc_Exception },
    { &Exc_RecursionError, "RecursionError", &Exc_RuntimeError },
    { &Exc_NotImplementedError, "NotImplementedError", &Exc_RuntimeError },
    { &Exc_StopIteration, "StopIteration", &Exc_Exception },
    { &Exc_StopAsyncIteration, "StopAsyncIteration", &Exc_Exception },
    { &Exc_MemoryError, "MemoryError", &Exc_Exception },
    { &Exc_AssertionError, "AssertionError", &Exc_Exception },
    { &Exc_ImportError, "ImportError", &Exc_Exception },
    { &Exc_ModuleNotFoundError, "ModuleNotFoundError", &Exc_ImportError },
    { &Exc_SyntaxError, "SyntaxError", &Exc_Exception },
    { &Exc_IndentationError, "IndentationError", &Exc_SyntaxError },
    { &Exc_UnicodeError, "UnicodeError", &Exc_ValueError },
    { &Exc_UnicodeDecodeError, "UnicodeDecodeError", &Exc_UnicodeError },
    { &Exc_UnicodeEncodeError, "UnicodeEncodeError", &Exc_UnicodeError },
    { &Exc_OSError, "OSError", &Exc_Exception },
    { &Exc_TimeoutError, "TimeoutError", &Exc_OSError },
    { &Exc_BlockingIOError, "BlockingIOError", &Exc_OSError },
    { &Exc_ChildProcessError, "ChildProcessError", &Exc_OSError },
    { &Exc_ConnectionError, "ConnectionError", &Exc_OSError },
    { &Exc_BrokenPipeError, "BrokenPipeError", &Exc_ConnectionError },
    { &Exc_ConnectionAbortedError, "ConnectionAbortedError", &Exc_ConnectionError },
    { &Exc_ConnectionRefusedError, "ConnectionRefusedError", &Exc_ConnectionError },
    { &Exc_ConnectionResetError, "ConnectionResetError", &Exc_ConnectionError },
    { &Exc_FileExistsError, "FileExistsError", &Exc_OSError },
    { &Exc_FileNotFoundError, "FileNotFoundError", &Exc_OSError },
    { &Exc_InterruptedError, "InterruptedError", &Exc_OSError },
    { &Exc_IsADirectoryError, "IsADirectoryError", &Exc_OSError },
    { &Exc_NotADirectoryError, "NotADirectoryError", &Exc_OSError },
    { &Exc_PermissionError, "PermissionError", &Exc_OSError },
    { &Exc_ProcessLookupError, "ProcessLookupError", &Exc_OSError },
    { &Exc_EOFError, "EOFError", &Exc_Exception },
    { &Exc_Warning, "Warning", &Exc_Exception },
    { &Exc_RuntimeWarning, "RuntimeWarning", &Exc_Warning },
    { &Exc_DeprecationWarning, "DeprecationWarning", &Exc_Warning },
    { &Exc_UserWarning, "UserWarning", &Exc_Warning },
    { &Exc_PendingDeprecationWarning, "PendingDeprecationWarning", &Exc_Warning },
    { &Exc_SyntaxWarning, "SyntaxWarning", &Exc_Warning },
    { &Exc_FutureWarning, "FutureWarning", &Exc_Warning },
    { &Exc_ImportWarning, "ImportWarning", &Exc_Warning },
    { &Exc_UnicodeWarning, "UnicodeWarning", &Exc_Warning },
    { &Exc_BytesWarning, "BytesWarning", &Exc_Warning },
    { &Exc_ResourceWarning, "ResourceWarning", &Exc_Warning },
    { &Exc_EncodingWarning, "EncodingWarning", &Exc_Warning },
};

/* Makes one exception class (a class with module "builtins") with one
 * base, or two (base2 not NULL). */
static TypeObj *make_exc_class2(const char *name, TypeObj *base, TypeObj *base2)
{
    Obj *n = str_from_cstr(name);
    Obj *bases = !n ? NULL : base2 ? tuple_pack(2, (Obj *)base, (Obj *)base2)
                                   : tuple_pack(1, (Obj *)base);
    Obj *ns = bases ? dict_new() : NULL;
    Obj *mod = ns ? str_from_cstr("builtins") : NULL;
    Obj *cls = NULL;
    if (mod && dict_setitem(ns, ID(__module__), mod) == 0)
        cls = class_new(n, bases, ns);
    XDECREF(n);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    if (cls)
        cls->refcnt = OBJ_IMMORTAL;
    return (TypeObj *)cls;
}

static TypeObj *make_exc_class(const char *name, TypeObj *base)
{
    return make_exc_class2(name, base, NULL);
}

/* BaseExceptionGroup (static) and ExceptionGroup(BaseExceptionGroup,
 * Exception), whose instances have BaseExceptionGroup's layout. */
static int exc_group_init(Obj *builtins)
{
    if (type_ready(&BaseExceptionGroup_Type) < 0)
        return -1;
    Exc_BaseExceptionGroup = &BaseExceptionGroup_Type;
    TypeObj *t = make_exc_class2("ExceptionGroup", Exc_BaseExceptionGroup, Exc_Exception);
    if (!t)
        return -1;
    Exc_ExceptionGroup = t;
    if (dict_setitem_cstr(builtins, "BaseExceptionGroup", (Obj *)Exc_BaseExceptionGroup) < 0)
        return -1;
    return dict_setitem_cstr(builtins, "ExceptionGroup", (Obj *)t);
}

/* ------------------------------------------------------------------ */
/* OSError: errno, strerror, filename, filename2                       */
/* ------------------------------------------------------------------ */

/* Linux errno values and the subclass each picks (CPython's errnomap). */
static const struct { int err; TypeObj **type; } errno_classes[] = {
    { 11, &Exc_BlockingIOError }, { 114, &Exc_BlockingIOError }, { 115, &Exc_BlockingIOError },
    { 10, &Exc_ChildProcessError }, { 32, &Exc_BrokenPipeError }, { 108, &Exc_BrokenPipeError },
    { 103, &Exc_ConnectionAbortedError }, { 111, &Exc_ConnectionRefusedError },
    { 104, &Exc_ConnectionResetError }, { 17, &Exc_FileExistsError },
    { 2, &Exc_FileNotFoundError }, { 21, &Exc_IsADirectoryError },
    { 20, &Exc_NotADirectoryError }, { 4, &Exc_InterruptedError },
    { 13, &Exc_PermissionError }, { 1, &Exc_PermissionError },
    { 3, &Exc_ProcessLookupError }, { 110, &Exc_TimeoutError },
};

/* OSError(errno, strerror, ...) made directly: the subclass its errno
 * names, as CPython's OSError.__new__ does. */
static Obj *oserror_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    int64_t err;
    if (t == Exc_OSError && n >= 2 && n <= 5 && INT_CHECK(a[0]) && int_as_i64(a[0], &err) == 0)
        for (size_t i = 0; i < sizeof errno_classes / sizeof errno_classes[0]; i++)
            if (errno_classes[i].err == err) {
                t = *errno_classes[i].type;
                break;
            }
    err_clear();
    return exc_tp_new(t, a, n, kw);
}

/* errno, strerror, filename, (winerror), filename2: with 2 to 5
 * arguments the fields are set, and args keeps only the first two. */
static int oserror_tp_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    ExcObj *e = (ExcObj *)self;
    if (kwnames_len(kw))
        return err_format_int(Exc_TypeError, "%s() takes no keyword arguments", self->type->name);
    if (exc_set_args(e, a, n < 2 || n > 5 ? n : 2) < 0)
        return -1;
    if (n < 2 || n > 5)
        return 0;
    Obj *fields = list_new(4);
    if (!fields)
        return -1;
    Obj *vals[4] = { a[0], a[1], n >= 3 ? a[2] : obj_none, n == 5 ? a[4] : obj_none };
    for (int i = 0; i < 4; i++)
        LIST_ITEM(fields, i) = NEWREF(vals[i]);
    if (n < 3)
        SETREF(e->args, tuple_from_array(a, n));
    SETREF(e->oserr, fields);
    return e->args ? 0 : -1;
}

/* "[Errno 2] No such file or directory: 'x.txt'" */
static Obj *oserror_str(Obj *o)
{
    Obj *f = ((ExcObj *)o)->oserr;
    if (!f)
        return exc_str(o);
    Obj *err = LIST_ITEM(f, 0), *msg = LIST_ITEM(f, 1), *file = LIST_ITEM(f, 2),
        *file2 = LIST_ITEM(f, 3);
    if (file != obj_none && file2 != obj_none)
        return str_from_format("[Errno %S] %S: %R -> %R", err, msg, file, file2);
    if (file != obj_none)
        return str_from_format("[Errno %S] %S: %R", err, msg, file);
    if (err != obj_none && msg != obj_none)
        return str_from_format("[Errno %S] %S", err, msg);
    return exc_str(o);
}

static Obj *oserror_get(Obj *o, void *c)
{
    Obj *f = ((ExcObj *)o)->oserr;
    return NEWREF(f ? LIST_ITEM(f, (intptr_t)c) : obj_none);
}

static int oserror_set(Obj *o, Obj *v, void *c)
{
    ExcObj *e = (ExcObj *)o;
    if (!e->oserr) {
        if (!(e->oserr = list_new(4)))
            return -1;
        for (int i = 0; i < 4; i++)
            LIST_ITEM(e->oserr, i) = none_new();
    }
    SETREF(LIST_ITEM(e->oserr, (intptr_t)c), NEWREF(v ? v : obj_none));
    return 0;
}

static const GetSetDef oserror_getset[] = {
    { "errno", oserror_get, oserror_set, (void *)0 },
    { "strerror", oserror_get, oserror_set, (void *)1 },
    { "filename", oserror_get, oserror_set, (void *)2 },
    { "filename2", oserror_get, oserror_set, (void *)3 },
    { NULL, NULL, NULL, NULL },
};

/* OSError and every subclass made here get its slots. */
static int oserror_init(void)
{
    for (size_t i = 0; i < sizeof exc_specs / sizeof exc_specs[0]; i++) {
        TypeObj *t = *exc_specs[i].slot;
        if (!type_is_subtype(t, Exc_OSError))
            continue;
        t->tp_new = oserror_tp_new;
        t->tp_init = oserror_tp_init;
        t->str = oserror_str;
    }
    return type_add_getset(Exc_OSError, oserror_getset);
}

/* ------------------------------------------------------------------ */
/* UnicodeDecodeError / UnicodeEncodeError:                            */
/* (encoding, object, start, end, reason)                              */
/* ------------------------------------------------------------------ */

static bool is_decode_error(Obj *o) { return type_is_subtype(o->type, Exc_UnicodeDecodeError); }

/* The five arguments, checked as CPython's UnicodeDecodeError_init /
 * UnicodeEncodeError_init. */
static int unicode_err_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    ExcObj *e = (ExcObj *)self;
    if (kwnames_len(kw))
        return err_format_int(Exc_TypeError, "%s() takes no keyword arguments", self->type->name);
    if (n != 5)
        return err_format_int(Exc_TypeError, "function takes exactly 5 arguments (%zu given)", n);
    const char *d;
    size_t len;
    if (!STR_CHECK(a[0]))
        return err_format_int(Exc_TypeError, "argument 1 must be str, not %T", a[0]);
    if (is_decode_error(self) && !bytes_like(a[1], &d, &len))
        return err_format_int(Exc_TypeError, "a bytes-like object is required, not '%T'", a[1]);
    if (!is_decode_error(self) && !STR_CHECK(a[1]))
        return err_format_int(Exc_TypeError, "argument 2 must be str, not %T", a[1]);
    for (int i = 2; i < 4; i++) {
        int64_t v;
        if (obj_as_int64(a[i], &v) < 0)
            return -1;
    }
    if (!STR_CHECK(a[4]))
        return err_format_int(Exc_TypeError, "argument 5 must be str, not %T", a[4]);
    return exc_set_args(e, a, n);
}

/* "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" */
static Obj *unicode_err_str(Obj *o)
{
    Obj *args = ((ExcObj *)o)->args;
    if (!args || TUPLE_SIZE(args) != 5)
        return exc_str(o);
    Obj *enc = TUPLE_ITEM(args, 0), *obj = TUPLE_ITEM(args, 1), *reason = TUPLE_ITEM(args, 4);
    int64_t start, end;
    if (obj_as_int64(TUPLE_ITEM(args, 2), &start) < 0 || obj_as_int64(TUPLE_ITEM(args, 3), &end) < 0)
        return NULL;
    if (is_decode_error(o)) {
        const char *d;
        size_t len;
        if (!bytes_like(obj, &d, &len))
            return exc_str(o);
        if (start >= 0 && start < (int64_t)len && end == start + 1) {
            char hex[4];
            snprintf(hex, sizeof hex, "%02x", (unsigned char)d[start]);
            return str_from_format("'%S' codec can't decode byte 0x%s in position %lld: %S",
                                   enc, hex, (long long)start, reason);
        }
        return str_from_format("'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                               (long long)start, (long long)(end - 1), reason);
    }
    if (!STR_CHECK(obj))
        return exc_str(o);
    if (start >= 0 && start < str_len(obj) && end == start + 1) {
        uint32_t c = str_cp_at(obj, start);
        char buf[16];
        snprintf(buf, sizeof buf, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
        return str_from_format("'%S' codec can't encode character '%s' in position %lld: %S",
                               enc, buf, (long long)start, reason);
    }
    return str_from_format("'%S' codec can't encode characters in position %lld-%lld: %S", enc,
                           (long long)start, (long long)(end - 1), reason);
}

static Obj *unicode_err_field(Obj *o, void *c)
{
    Obj *args = ((ExcObj *)o)->args;
    return get_field(args && TUPLE_SIZE(args) == 5 ? TUPLE_ITEM(args, (intptr_t)c) : NULL);
}

static const GetSetDef unicode_err_getset[] = {
    { "encoding", unicode_err_field, NULL, (void *)0 },
    { "object", unicode_err_field, NULL, (void *)1 },
    { "start", unicode_err_field, NULL, (void *)2 },
    { "end", unicode_err_field, NULL, (void *)3 },
    { "reason", unicode_err_field, NULL, (void *)4 },
    { NULL, NULL, NULL, NULL },
};

static int unicode_err_setup(void)
{
    TypeObj *ts[2] = { Exc_UnicodeDecodeError, Exc_UnicodeEncodeError };
    for (int i = 0; i < 2; i++) {
        ts[i]->tp_init = unicode_err_init;
        ts[i]->str = unicode_err_str;
        if (type_add_getset(ts[i], unicode_err_getset) < 0)
            return -1;
    }
    return 0;
}

int exc_init(Obj *builtins)
{
    if (type_ready(&BaseException_Type) < 0 || type_ready(&Traceback_Type) < 0)
        return -1;
    Exc_BaseException = &BaseException_Type;
    if (dict_setitem_cstr(builtins, "BaseException", (Obj *)Exc_BaseException) < 0)
        return -1;
    for (size_t i = 0; i < sizeof exc_specs / sizeof exc_specs[0]; i++) {
        TypeObj *t = make_exc_class(exc_specs[i].name, *exc_specs[i].base);
        if (!t)
            return -1;
        *exc_specs[i].slot = t;
        if (dict_setitem_cstr(builtins, exc_specs[i].name, (Obj *)t) < 0)
            return -1;
    }
    if (exc_group_init(builtins) < 0)
        return -1;
    if (oserror_init() < 0 || unicode_err_setup() < 0)
        return -1;
    /* the classes CPython gives fields of their own (solid bases: two of
     * them cannot be bases of one class) */
    TypeObj *solid[] = { Exc_StopIteration, Exc_SystemExit, Exc_AttributeError, Exc_NameError,
                         Exc_ImportError, Exc_SyntaxError, Exc_OSError, Exc_UnicodeDecodeError };
    for (size_t i = 0; i < sizeof solid / sizeof solid[0]; i++)
        solid[i]->flags |= TPF_SOLID;
    Exc_KeyError->str = keyerror_str;
    Exc_SyntaxError->str = Exc_IndentationError->str = syntaxerror_str;
    if (type_add_getset(Exc_StopIteration, value_getset) < 0 ||
        type_add_getset(Exc_SystemExit, code_getset) < 0 ||
        type_add_getset(Exc_AttributeError, name_getset) < 0 ||
        type_add_getset(Exc_NameError, name_getset) < 0 ||
        type_add_getset(Exc_ImportError, name_getset) < 0 ||
        type_add_getset(Exc_SyntaxError, syntax_getset) < 0)
        return -1;
    /* aliases */
    if (dict_setitem_cstr(builtins, "IOError", (Obj *)Exc_OSError) < 0 ||
        dict_setitem_cstr(builtins, "EnvironmentError", (Obj *)Exc_OSError) < 0)
        return -1;
    Exc_CancelledError = NULL;
    return object_init_memerror();
}
