/* builtins.c - the builtins module: print, len, repr, next, iter,
 * isinstance, min/max, sum, sorted, any/all, getattr & co, and the names
 * of the builtin types (int, str, list, ... from the "types" owner).
 *
 * Global state: none (the namespace dict is owned by the VM state).
 */
#include <stdio.h>
#include <string.h>

#include "objects/gc.h"
#include "vm/output.h"
#include "vm/vm.h"
#include "objects/exc.h"
#include "vm/asyncgen.h"
#include "modules/modules.h"
#include "objects/types.h"

#define UNUSED_ARGS (void)self; (void)kw

/* ---- print ---- */

/* file.write(s) for a file object; 0/-1. */
static int write_obj(Obj *file, Obj *s)
{
    Obj *m = obj_getattr(file, ID(write));
    Obj *r = m ? obj_call1(m, s) : NULL;
    XDECREF(m);
    XDECREF(r);
    return r ? 0 : -1;
}

/* One write of str s to standard stream fd (1 stdout, 2 stderr). */
static void write_std(int fd, Obj *s)
{
    if (fd == 2)
        rt_write_stderr(STR_DATA(s), STR_NBYTES(s));
    else
        rt_write_stdout(STR_DATA(s), STR_NBYTES(s));
}

/* Appends a piece of print()'s output for standard stream fd.  A piece
 * stdout cannot encode fails as CPython's write of it: what came before
 * is written, then UnicodeEncodeError. */
static int add_piece(StrBuf *b, Obj *piece, int fd)
{
    if (fd == 1 && rt_stdout_encodable(piece) < 0) {
        Obj *before = sb_finish(b);
        if (before) {
            write_std(fd, before);
            DECREF(before);
        }
        return -1;
    }
    sb_addobj(b, piece);
    return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False).  To the
 * standard stream, one write of the whole line; to any other file
 * (file=, or a sys.stdout the program replaced), CPython's write() per
 * piece: each object, each separator, the end. */
static Obj *b_print(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    Obj *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    for (size_t i = 0; i < kwnames_len(kw); i++) {
        Obj *k = TUPLE_ITEM(kw, i), *v = a[n + i];
        if (str_eq_cstr(k, "sep")) sep = v;
        else if (str_eq_cstr(k, "end")) end = v;
        else if (str_eq_cstr(k, "file")) file = v;
        else if (str_eq_cstr(k, "flush")) flush = v;
        else
            return err_format(Exc_TypeError, "'%S' is an invalid keyword argument for print()", k);
    }
    if (!file || file == obj_none) {
        file = sys_std_stream(1);
        if (file == obj_none)                  /* sys.stdout = None: nothing */
            return none_new();
    }
    int fd = file ? std_stream_fd(file) : 1;
    if (fd > 0)
        file = NULL;                           /* the standard stream: one write */
    if (sep == obj_none) sep = NULL;
    if (end == obj_none) end = NULL;
    if ((sep && !STR_CHECK(sep)) || (end && !STR_CHECK(end)))
        return err_format(Exc_TypeError, "%s must be None or a string, not %s",
                          sep && !STR_CHECK(sep) ? "sep" : "end",
                          (sep && !STR_CHECK(sep) ? sep : end)->type->name);
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i) {
            if (file) {
                Obj *sp = sep ? NEWREF(sep) : str_from_cstr(" ");
                int st = sp ? write_obj(file, sp) : -1;
                XDECREF(sp);
                if (st < 0)
                    return NULL;
            } else if (!sep) {
                sb_addc(&b, ' ');
            } else if (add_piece(&b, sep, fd) < 0) {
                return NULL;
            }
        }
        Obj *s = obj_str(a[i]);
        if (!s) {
            sb_free(&b);
            return NULL;
        }
        int st = file ? write_obj(file, s) : add_piece(&b, s, fd);
        DECREF(s);
        if (st < 0)
            return NULL;
    }
    if (file) {
        Obj *e = end ? NEWREF(end) : str_from_cstr("\n");
        int st = e ? write_obj(file, e) : -1;
        XDECREF(e);
        if (st < 0)
            return NULL;
        int fl = flush ? obj_is_true(flush) : 0;
        if (fl < 0)
            return NULL;
        if (fl) {
            Obj *r = obj_call_method(file, ID(flush), NULL, 0);
            if (!r)
                return NULL;
            DECREF(r);
        }
        return none_new();
    }
    if (!end)
        sb_addc(&b, '\n');
    else if (add_piece(&b, end, fd) < 0)
        return NULL;
    Obj *out = sb_finish(&b);
    if (!out)
        return NULL;
    write_std(fd, out);
    DECREF(out);
    return none_new();
}

/* ---- simple one-argument builtins ---- */

static Obj *b_repr(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return obj_repr(a[0]); }
static Obj *b_abs(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return obj_abs(a[0]); }
static Obj *b_callable(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return bool_new(obj_is_callable(a[0])); }
static Obj *b_id(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return int_from_u64((uint64_t)(uintptr_t)a[0]); }

static Obj *b_len(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    int64_t len = obj_len(a[0]);
    return len < 0 ? NULL : int_from_i64(len);
}

static Obj *b_hash(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    hash_t h = obj_hash(a[0]);
    return h == -1 ? NULL : int_from_i64(h);
}

/* iter(callable, sentinel): calls until the sentinel comes back. */
typedef struct CallIterObj {
    Obj ob;
    Obj *func;          /* NULL once exhausted (owned) */
    Obj *sentinel;      /* owned */
} CallIterObj;

static void calliter_dealloc(Obj *o)
{
    CallIterObj *c = (CallIterObj *)o;
    XDECREF(c->func);
    XDECREF(c->sentinel);
    obj_free(o);
}

static Obj *calliter_next(Obj *o)
{
    CallIterObj *c = (CallIterObj *)o;
    if (!c->func)
        return NULL;
    Obj *r = obj_call0(c->func);
    if (!r) {
        if (err_matches(Exc_StopIteration)) {
            err_clear();
            CLEAR(c->func);
        }
        return NULL;
    }
    int eq = obj_compare_bool(r, c->sentinel, CMP_EQ);
    if (eq != 0) {
        DECREF(r);
        if (eq > 0)
            CLEAR(c->func);
        return NULL;
    }
    return r;
}

static Obj *calliter_iter(Obj *o) { return NEWREF(o); }

static void calliter_traverse(Obj *o, GCVisitor *v)
{
    GC_VISIT(((CallIterObj *)o)->func);
    GC_VISIT(((CallIterObj *)o)->sentinel);
}

TypeObj CallIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "callable_iterator",
    .traverse = calliter_traverse,
    .basicsize = sizeof(CallIterObj), .dealloc = calliter_dealloc,
    .iter = calliter_iter, .iternext = calliter_next,
};

static Obj *b_iter(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("iter", n, 1, 2) < 0)
        return NULL;
    if (n == 1)
        return obj_iter(a[0]);
    if (!obj_is_callable(a[0]))
        return err_set(Exc_TypeError, "iter(v, w): v must be callable");
    if (type_ready(&CallIter_Type) < 0)
        return NULL;
    CallIterObj *c = (CallIterObj *)obj_alloc(&CallIter_Type, 0);
    if (c) {
        c->func = NEWREF(a[0]);
        c->sentinel = NEWREF(a[1]);
    }
    return (Obj *)c;
}

static Obj *b_next(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("next", n, 1, 2) < 0)
        return NULL;
    Obj *it = a[0];
    if (!it->type->iternext)
        return err_format(Exc_TypeError, "'%s' object is not an iterator", it->type->name);
    Obj *r = it->type->iternext(it);
    if (r)
        return r;
    if (n > 1 && (!err_occurred() || err_matches(Exc_StopIteration))) {
        err_clear();
        return NEWREF(a[1]);
    }
    if (!err_occurred())
        err_set_obj(Exc_StopIteration, NULL);
    return NULL;
}

/* isinstance/issubclass against a class or (nested) tuple of classes. */
static int class_check(Obj *o, Obj *cls, bool sub, const char *fname)
{
    if (TUPLE_CHECK(cls)) {
        for (size_t i = 0; i < TUPLE_SIZE(cls); i++) {
            int r = class_check(o, TUPLE_ITEM(cls, i), sub, fname);
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (cls->type == &Union_Type) {
        if (sub && !TYPE_CHECK(o))
            return err_format_int(Exc_TypeError, "issubclass() arg 1 must be a class");
        return union_check(cls, o, sub);
    }
    /* a metaclass's __instancecheck__/__subclasscheck__ (abc.ABCMeta), or
     * those of an object that is no class */
    if (cls->type != &Type_Type) {
        if (!sub && o->type == (TypeObj *)cls)
            return 1;
        Obj *hook = type_lookup(cls->type, sub ? ID(__subclasscheck__) : ID(__instancecheck__));
        bool plain = hook && TYPE_CHECK(cls) &&
                     hook == type_lookup(&Type_Type, sub ? ID(__subclasscheck__)
                                                          : ID(__instancecheck__));
        if (hook && !plain) {
            INCREF(hook);
            Obj *r = hook->type->descr_get ? hook->type->descr_get(hook, cls, (Obj *)cls->type)
                                           : NEWREF(hook);
            DECREF(hook);
            Obj *res = r ? obj_call(r, &o, 1, NULL) : NULL;
            XDECREF(r);
            if (!res)
                return -1;
            int t = obj_is_true(res);
            DECREF(res);
            return t;
        }
    }
    if (!TYPE_CHECK(cls)) {
        if (sub)
            return err_format_int(Exc_TypeError, "issubclass() arg 2 must be a class, a tuple "
                                  "of classes, or a union");
        return err_format_int(Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of "
                              "types, or a union");
    }
    if (sub) {
        if (!TYPE_CHECK(o))
            return err_format_int(Exc_TypeError, "issubclass() arg 1 must be a class");
        return type_is_subtype((TypeObj *)o, (TypeObj *)cls);
    }
    return obj_typecheck(o, (TypeObj *)cls);
}

static Obj *b_isinstance(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("isinstance", n, 2, 2) < 0)
        return NULL;
    int r = class_check(a[0], a[1], false, "isinstance");
    return r < 0 ? NULL : bool_new(r);
}

static Obj *b_issubclass(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("issubclass", n, 2, 2) < 0)
        return NULL;
    int r = class_check(a[0], a[1], true, "issubclass");
    return r < 0 ? NULL : bool_new(r);
}

/* ---- attributes ---- */

static int check_attr_name(Obj *name, const char *fname)
{
    (void)fname;
    if (!STR_CHECK(name))
        return err_format_int(Exc_TypeError, "attribute name must be string, not '%s'",
                              name->type->name);
    return 0;
}

static Obj *b_getattr(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("getattr", n, 2, 3) < 0 || check_attr_name(a[1], "getattr") < 0)
        return NULL;
    if (n == 2)
        return obj_getattr(a[0], a[1]);
    Obj *r = obj_getattr_opt(a[0], a[1]);
    return r || err_occurred() ? r : NEWREF(a[2]);
}

static Obj *b_hasattr(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("hasattr", n, 2, 2) < 0 || check_attr_name(a[1], "hasattr") < 0)
        return NULL;
    int r = obj_hasattr(a[0], a[1]);
    return r < 0 ? NULL : bool_new(r);
}

static Obj *b_setattr(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("setattr", n, 3, 3) < 0 || check_attr_name(a[1], "setattr") < 0)
        return NULL;
    return obj_setattr(a[0], a[1], a[2]) < 0 ? NULL : none_new();
}

static Obj *b_delattr(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("delattr", n, 2, 2) < 0 || check_attr_name(a[1], "delattr") < 0)
        return NULL;
    return obj_setattr(a[0], a[1], NULL) < 0 ? NULL : none_new();
}

/* ---- reductions ---- */

/* Applies key (or not) to x; new reference. */
static Obj *keyed(Obj *key, Obj *x)
{
    return key && key != obj_none ? obj_call1(key, x) : NEWREF(x);
}

/* min() / max(): op is CMP_LT or CMP_GT. */
static Obj *min_max(Obj *const *a, size_t n, Obj *kw, int op, const char *fname)
{
    Obj *key = NULL, *dflt = NULL;
    for (size_t i = 0; i < kwnames_len(kw); i++) {
        Obj *k = TUPLE_ITEM(kw, i);
        if (str_eq_cstr(k, "key")) key = a[n + i];
        else if (str_eq_cstr(k, "default")) dflt = a[n + i];
        else if (n > 0) return err_format(Exc_TypeError, "'%S' is an invalid keyword argument for %s()", k, fname);
    }
    if (n == 0)
        return err_format(Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (n > 1 && dflt)
        return err_format(Exc_TypeError, "Cannot specify a default for %s() with multiple "
                          "positional arguments", fname);
    Obj *src = n == 1 ? a[0] : NULL;
    Obj *it = src ? obj_iter(src) : tuple_from_array(a, n);
    if (it && !src) {
        Obj *t = it;
        it = obj_iter(t);
        DECREF(t);
    }
    if (!it)
        return NULL;
    Obj *best = NULL, *bestk = NULL, *x;
    while ((x = obj_iternext(it))) {
        Obj *k = keyed(key, x);
        int better = !k ? -1 : !best ? 1 : obj_compare_bool(k, bestk, op);
        if (better < 0) {
            XDECREF(k);
            DECREF(x);
            break;
        }
        if (better) {
            SETREF(best, x);
            SETREF(bestk, k);
        } else {
            DECREF(x);
            DECREF(k);
        }
    }
    DECREF(it);
    XDECREF(bestk);
    if (err_occurred()) {
        XDECREF(best);
        return NULL;
    }
    if (!best && dflt)
        return NEWREF(dflt);
    if (!best)
        return err_format(Exc_ValueError, "%s() arg is an empty sequence", fname);
    return best;
}

static Obj *b_min(Obj *self, Obj *const *a, size_t n, Obj *kw) { (void)self; return min_max(a, n, kw, CMP_LT, "min"); }
static Obj *b_max(Obj *self, Obj *const *a, size_t n, Obj *kw) { (void)self; return min_max(a, n, kw, CMP_GT, "max"); }

static Obj *b_sum(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "iterable", "start" };
    Obj *v[2];
    if (args_parse("sum", a, n, kw, names, 2, 2, 1, v) < 0)
        return NULL;
    Obj *acc = v[1] ? NEWREF(v[1]) : int_from_i64(0);
    if (STR_CHECK(acc)) {
        DECREF(acc);
        return err_set(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (BYTES_CHECK(acc) || BYTEARRAY_CHECK(acc)) {
        err_format(Exc_TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                   BYTES_CHECK(acc) ? "bytes" : "bytearray");
        DECREF(acc);
        return NULL;
    }
    Obj *it = obj_iter(v[0]), *x;
    if (!it) {
        DECREF(acc);
        return NULL;
    }
    while (acc && (x = obj_iternext(it))) {
        Obj *r = obj_binop(acc, x, NB_ADD);
        DECREF(x);
        DECREF(acc);
        acc = r;
    }
    DECREF(it);
    if (acc && err_occurred())
        CLEAR(acc);
    return acc;
}

/* any() / all(): stop at the first element whose truth equals `stop`. */
static Obj *any_all(Obj *iterable, int stop)
{
    Obj *it = obj_iter(iterable), *x;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (x = obj_iternext(it))) {
        int t = obj_is_true(x);
        DECREF(x);
        if (t < 0) {
            DECREF(it);
            return NULL;
        }
        found = t == stop;
    }
    DECREF(it);
    if (err_occurred())
        return NULL;
    return bool_new(stop ? found : !found);
}

static Obj *b_any(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return any_all(a[0], 1); }
static Obj *b_all(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return any_all(a[0], 0); }

static Obj *b_sorted(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    if (n != 1)
        return err_format(Exc_TypeError, "sorted expected 1 argument, got %zu", n);
    static const char *const names[] = { "iterable", "key", "reverse" };
    Obj *v[3];
    if (args_parse("sort", a, n, kw, names, 3, 1, 1, v) < 0)
        return NULL;
    int rev = v[2] ? obj_is_true(v[2]) : 0;
    if (rev < 0)
        return NULL;
    Obj *l = list_from_iter(v[0]);
    if (l && list_sort(l, v[1] == obj_none ? NULL : v[1], rev) < 0)
        CLEAR(l);
    return l;
}

/* ---- numbers ---- */

static Obj *b_round(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "number", "ndigits" };
    Obj *v[2];
    if (args_parse("round", a, n, kw, names, 2, 2, 1, v) < 0)
        return NULL;
    bool found;
    bool nd = v[1] && v[1] != obj_none;
    Obj *r = obj_call_special(v[0], ID(__round__), nd ? &v[1] : NULL, nd ? 1 : 0, &found);
    if (!found && !err_occurred())
        return err_format(Exc_TypeError, "type %s doesn't define __round__ method",
                          v[0]->type->name);
    return r;
}

static Obj *b_divmod(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("divmod", n, 2, 2) < 0)
        return NULL;
    return obj_binop(a[0], a[1], NB_DIVMOD);
}

static Obj *b_pow(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "base", "exp", "mod" };
    Obj *v[3];
    if (args_parse("pow", a, n, kw, names, 3, 3, 2, v) < 0)
        return NULL;
    if (v[2] && v[2] != obj_none) {
        if (INT_CHECK(v[0]) && INT_CHECK(v[1]) && INT_CHECK(v[2]))
            return int_powmod(v[0], v[1], v[2]);
        /* a class's __pow__(self, other, mod) / __rpow__ */
        Obj *pw = type_lookup(v[0]->type, ID(__pow__));
        if (pw && pw->type != &WrapperDescr_Type) {
            bool found;
            Obj *r = obj_call_special(v[0], ID(__pow__), &v[1], 2, &found);
            if (found && r != obj_notimpl)
                return r;
            XDECREF(r);
            if (err_occurred())
                return NULL;
        }
        if (FLOAT_CHECK(v[0]) || FLOAT_CHECK(v[1]) || FLOAT_CHECK(v[2]))
            return err_set(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments "
                           "are integers");
        return err_format(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', "
                          "'%s', '%s'", v[0]->type->name, v[1]->type->name, v[2]->type->name);
    }
    return obj_binop(v[0], v[1], NB_POW);
}

/* hex/oct/bin through format(x, '#x') etc. */
static Obj *int_base_str(Obj *x, const char *spec)
{
    Obj *i = obj_index(x);
    Obj *s = i ? str_from_cstr(spec) : NULL;
    Obj *r = s ? obj_format(i, s) : NULL;
    XDECREF(i);
    XDECREF(s);
    return r;
}

static Obj *b_hex(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return int_base_str(a[0], "#x"); }
static Obj *b_oct(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return int_base_str(a[0], "#o"); }
static Obj *b_bin(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return int_base_str(a[0], "#b"); }

static Obj *b_chr(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    int64_t cp;
    if (obj_as_int64(a[0], &cp) < 0)
        return NULL;
    if (cp < 0 || cp > 0x10FFFF)
        return err_set(Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_cp((uint32_t)cp);
}

static Obj *b_ord(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    const char *d;
    size_t len;
    if (bytes_like(a[0], &d, &len)) {
        if (len != 1)
            return err_format(Exc_TypeError, "ord() expected a character, but string of length "
                              "%zu found", len);
        return int_from_i64((unsigned char)d[0]);
    }
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "ord() expected string of length 1, but %s found",
                          a[0]->type->name);
    if (str_len(a[0]) != 1)
        return err_format(Exc_TypeError, "ord() expected a character, but string of length %d "
                          "found", (int)str_len(a[0]));
    return int_from_i64(str_cp_at(a[0], 0));
}

static Obj *b_format(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("format", n, 1, 2) < 0)
        return NULL;
    if (n > 1 && !STR_CHECK(a[1]))
        return err_format(Exc_TypeError, "format() argument 2 must be str, not %s",
                          a[1]->type->name);
    Obj *spec = n > 1 ? NEWREF(a[1]) : str_from_cstr("");
    Obj *r = spec ? obj_format(a[0], spec) : NULL;
    XDECREF(spec);
    return r;
}

/* ---- namespaces ---- */

static Obj *frame_locals(void)
{
    FrameObj *f = ev.frame;
    if (!f)
        return dict_new();
    if (f->locals)
        return NEWREF(f->locals);
    return obj_getattr_cstr((Obj *)f, "f_locals");
}

static Obj *b_globals(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return ev.frame ? NEWREF(ev.frame->globals) : dict_new();
}

static Obj *b_locals(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return frame_locals();
}

/* The globals and locals of eval()/exec(): checked as CPython, None
 * meaning the caller's; globals get __builtins__.  0/-1. */
static int exec_namespaces(const char *fname, Obj *g, Obj *l, Obj **gl, Obj **lo)
{
    g = g == obj_none ? NULL : g;
    l = l == obj_none ? NULL : l;
    if (g && !DICT_CHECK(g)) {
        if (strcmp(fname, "exec") == 0)
            return err_format_int(Exc_TypeError, "exec() globals must be a dict, not %s",
                                  g->type->name);
        return err_format_int(Exc_TypeError, g->type->getitem ? "globals must be a real dict; "
                              "try eval(expr, {}, mapping)" : "globals must be a dict");
    }
    if (l && !l->type->getitem)
        return err_format_int(Exc_TypeError, strcmp(fname, "exec") == 0
                              ? "locals must be a mapping or None, not %s"
                              : "locals must be a mapping", l->type->name);
    *gl = g ? NEWREF(g) : ev.frame ? NEWREF(ev.frame->globals) : dict_new();
    *lo = l ? NEWREF(l) : g ? XNEWREF(*gl) : frame_locals();
    if (!*gl || !*lo || (!dict_getitem(*gl, ID(__builtins__)) &&
                         dict_setitem(*gl, ID(__builtins__), vm_builtins()) < 0)) {
        XDECREF(*gl);
        XDECREF(*lo);
        return -1;
    }
    return 0;
}

/* eval(source[, globals[, locals]]): an expression string or a code
 * object from compile(). */
static Obj *b_eval(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_no_kw("eval", kw) < 0 || args_count("eval", n, 1, 3) < 0)
        return NULL;
    const char *d;
    size_t len;
    Obj *src = NULL, *what = a[0];
    if (bytes_like(what, &d, &len)) {           /* source as UTF-8 bytes */
        if (!(src = codec_decode(d, len, NULL, NULL)))
            return NULL;
        what = src;
    }
    Obj *gl, *lo, *r = NULL;
    if (!STR_CHECK(what) && what->type != &Code_Type)
        err_set(Exc_TypeError, "eval() arg 1 must be a string, bytes or code object");
    else if (exec_namespaces("eval", n > 1 ? a[1] : NULL, n > 2 ? a[2] : NULL, &gl, &lo) == 0) {
        r = STR_CHECK(what) ? eval_source(what, gl, lo) : exec_code(what, gl, lo);
        DECREF(gl);
        DECREF(lo);
    }
    XDECREF(src);
    return r;
}

/* exec(source[, globals[, locals]]): statements (a string or a code
 * object); None. */
static Obj *b_exec(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "source", "globals", "locals", "closure" };
    Obj *v[4];
    if (args_parse("exec", a, n, kw, names, 4, 3, 1, v) < 0)
        return NULL;
    if (v[3] && v[3] != obj_none)
        return err_set(Exc_TypeError, "cannot use a closure with this code object");
    Obj *code;
    if (STR_CHECK(v[0])) {
        Obj *fn = str_from_cstr("<string>");
        code = fn ? compile_source(v[0], fn, "exec", NULL) : NULL;
        XDECREF(fn);
    } else if (v[0]->type == &Code_Type) {
        code = NEWREF(v[0]);
    } else {
        return err_set(Exc_TypeError, "exec() arg 1 must be a string, bytes or code object");
    }
    if (!code)
        return NULL;
    Obj *gl, *lo, *r = NULL;
    if (exec_namespaces("exec", v[1], v[2], &gl, &lo) == 0) {
        r = exec_code(code, gl, lo);
        DECREF(gl);
        DECREF(lo);
    }
    DECREF(code);
    if (!r)
        return NULL;
    DECREF(r);
    return none_new();
}

/* sys.displayhook for compile(..., 'single'): prints repr(value) and
 * keeps it as builtins._ (None is not shown). */
static Obj *b_displayhook(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    if (a[0] == obj_none)
        return none_new();
    Obj *bd = vm_builtins();
    if (dict_setitem_cstr(bd, "_", obj_none) < 0)
        return NULL;
    Obj *r = obj_repr(a[0]);
    if (!r)
        return NULL;
    rt_write_stdout(STR_DATA(r), STR_NBYTES(r));
    rt_write_stdout("\n", 1);
    DECREF(r);
    return dict_setitem_cstr(bd, "_", a[0]) < 0 ? NULL : none_new();
}

static const MethodDef displayhook_def = { "displayhook", b_displayhook, METH_O, NULL };

/* compile(source, filename, mode, flags=0, dont_inherit=False,
 * optimize=-1): a code object for exec() / eval(). */
static Obj *b_compile(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self;
    static const char *const names[] = { "source", "filename", "mode", "flags",
                                         "dont_inherit", "optimize", "_feature_version" };
    Obj *v[7];
    if (args_parse("compile", a, n, kw, names, 7, 6, 3, v) < 0)
        return NULL;
    if (!STR_CHECK(v[1]))
        return err_format(Exc_TypeError, "compile() argument 'filename' must be str, not %s",
                          v[1]->type->name);
    if (!STR_CHECK(v[2]))
        return err_format(Exc_TypeError, "compile() argument 'mode' must be str, not %s",
                          v[2]->type->name);
    const char *mode = STR_DATA(v[2]);
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single"))
        return err_set(Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (!STR_CHECK(v[0]))
        return err_set(Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (strlen(STR_DATA(v[0])) != STR_NBYTES(v[0]))
        return err_set(Exc_ValueError, "source code string cannot contain null bytes");
    Obj *hook = cfunc_new(&displayhook_def, NULL, NULL);
    Obj *r = hook ? compile_source(v[0], v[1], mode, hook) : NULL;
    XDECREF(hook);
    return r;
}

static Obj *b_vars(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("vars", n, 0, 1) < 0)
        return NULL;
    if (n == 0)
        return frame_locals();
    Obj *d = obj_getattr_opt(a[0], ID(__dict__));
    if (!d && !err_occurred())
        err_set(Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Obj *b_dir(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("dir", n, 0, 1) < 0)
        return NULL;
    Obj *src;
    if (n) {
        bool found;
        src = obj_call_special(a[0], ID(__dir__), NULL, 0, &found);
        if (!found && !err_occurred())
            return err_set(Exc_TypeError, "object does not provide __dir__");
    } else {
        src = frame_locals();
    }
    if (!src)
        return NULL;
    Obj *l = list_from_iter(src);
    DECREF(src);
    if (l && list_sort(l, NULL, false) < 0)
        CLEAR(l);
    return l;
}

static Obj *b_input(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (n > 0) {
        Obj *s = obj_str(a[0]);
        if (!s || rt_stdout_encodable(s) < 0) {
            XDECREF(s);
            return NULL;
        }
        rt_write_stdout(STR_DATA(s), STR_NBYTES(s));
        DECREF(s);
    }
    return err_set(Exc_EOFError, "EOF when reading a line");
}

static Obj *b_open(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)a; (void)n;
    return err_set(Exc_NotImplementedError, "open() is not available in Coroscope");
}

static Obj *b_exit(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    return err_set_obj(Exc_SystemExit, n ? a[0] : NULL);
}

/* aiter(x): x.__aiter__(), which must be an async iterator. */
static Obj *b_aiter(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS; (void)n;
    bool found;
    Obj *r = obj_call_special(a[0], ID(__aiter__), NULL, 0, &found);
    if (!found && !err_occurred())
        return err_format(Exc_TypeError, "'%s' object is not an async iterable", a[0]->type->name);
    if (r && !type_lookup(r->type, ID(__anext__))) {
        err_format(Exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                   r->type->name);
        CLEAR(r);
    }
    return r;
}

/* anext(it[, default]): it.__anext__(); with a default, an awaitable
 * that gives the default instead of StopAsyncIteration. */
static Obj *b_anext(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    UNUSED_ARGS;
    if (args_count("anext", n, 1, 2) < 0)
        return NULL;
    bool found;
    Obj *r = obj_call_special(a[0], ID(__anext__), NULL, 0, &found);
    if (!found && !err_occurred())
        return err_format(Exc_TypeError, "'%s' object is not an async iterator", a[0]->type->name);
    if (!r || n == 1)
        return r;
    Obj *w = agen_anext_with_default(r, a[1]);
    DECREF(r);
    return w;
}

static Obj *b_ascii(Obj *self, Obj *const *a, size_t n, Obj *kw) { UNUSED_ARGS; (void)n; return types_ascii(a[0]); }

static const MethodDef builtin_functions[] = {
    { "print", b_print, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "repr", b_repr, METH_O, NULL },
    { "ascii", b_ascii, METH_O, NULL },
    { "len", b_len, METH_O, NULL },
    { "abs", b_abs, METH_O, NULL },
    { "hash", b_hash, METH_O, NULL },
    { "id", b_id, METH_O, NULL },
    { "callable", b_callable, METH_O, NULL },
    { "iter", b_iter, METH_FASTCALL, NULL },
    { "next", b_next, METH_FASTCALL, NULL },
    { "isinstance", b_isinstance, METH_FASTCALL, NULL },
    { "issubclass", b_issubclass, METH_FASTCALL, NULL },
    { "getattr", b_getattr, METH_FASTCALL, NULL },
    { "hasattr", b_hasattr, METH_FASTCALL, NULL },
    { "setattr", b_setattr, METH_FASTCALL, NULL },
    { "delattr", b_delattr, METH_FASTCALL, NULL },
    { "min", b_min, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "max", b_max, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "sum", b_sum, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "any", b_any, METH_O, NULL },
    { "all", b_all, METH_O, NULL },
    { "sorted", b_sorted, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "round", b_round, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "divmod", b_divmod, METH_FASTCALL, NULL },
    { "pow", b_pow, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "hex", b_hex, METH_O, NULL },
    { "oct", b_oct, METH_O, NULL },
    { "bin", b_bin, METH_O, NULL },
    { "chr", b_chr, METH_O, NULL },
    { "ord", b_ord, METH_O, NULL },
    { "format", b_format, METH_FASTCALL, NULL },
    { "globals", b_globals, METH_NOARGS, NULL },
    { "locals", b_locals, METH_NOARGS, NULL },
    { "vars", b_vars, METH_FASTCALL, NULL },
    { "eval", b_eval, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "exec", b_exec, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "compile", b_compile, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "dir", b_dir, METH_FASTCALL, NULL },
    { "input", b_input, METH_FASTCALL, NULL },
    { "open", b_open, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "exit", b_exit, METH_FASTCALL, NULL },
    { "quit", b_exit, METH_FASTCALL, NULL },
    { "aiter", b_aiter, METH_O, NULL },
    { "anext", b_anext, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* Name -> type bindings of the builtins namespace. */
static const struct { const char *name; TypeObj *type; } builtin_types[] = {
    { "object", &Object_Type }, { "type", &Type_Type }, { "int", &Int_Type },
    { "bool", &Bool_Type }, { "float", &Float_Type }, { "str", &Str_Type },
    { "bytes", &Bytes_Type }, { "bytearray", &ByteArray_Type },
    { "list", &List_Type }, { "tuple", &Tuple_Type }, { "dict", &Dict_Type },
    { "set", &Set_Type }, { "frozenset", &FrozenSet_Type }, { "range", &Range_Type },
    { "slice", &Slice_Type }, { "enumerate", &Enumerate_Type }, { "zip", &Zip_Type },
    { "map", &Map_Type }, { "filter", &Filter_Type }, { "reversed", &Reversed_Type },
    { "property", &Property_Type }, { "staticmethod", &StaticMethod_Type },
    { "classmethod", &ClassMethod_Type }, { "super", &Super_Type },
};

Obj *builtins_init(void)
{
    Obj *m = module_new("builtins");
    if (!m)
        return NULL;
    Obj *d = ((ModuleObj *)m)->dict;
    if (module_add_functions(m, builtin_functions) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (dict_setitem_cstr(d, builtin_types[i].name, (Obj *)builtin_types[i].type) < 0)
            goto fail;
    if (dict_setitem_cstr(d, "None", obj_none) < 0 ||
        dict_setitem_cstr(d, "True", obj_true) < 0 ||
        dict_setitem_cstr(d, "False", obj_false) < 0 ||
        dict_setitem_cstr(d, "NotImplemented", obj_notimpl) < 0 ||
        dict_setitem_cstr(d, "Ellipsis", obj_ellipsis) < 0 ||
        exc_init(d) < 0)
        goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
