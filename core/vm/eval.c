/* eval.c - the tree-walking evaluator: statements, expressions, names,
 * assignment targets, try/with/raise, function and class definitions,
 * comprehensions, imports.
 *
 * Conventions: eval_expr returns a new reference or NULL (exception
 * pending); exec_stmt returns an ExecStatus (EX_RETURN leaves the value in
 * *ret).  The current frame's lineno/col are updated before each statement
 * and before each operation that can fail, so tracebacks point at it.
 *
 * Global state: `ev` (eval.h) and two pointer caches (identifier strings
 * and constants of the AST, valid for the run's tree).
 */
#include "vm/eval.h"

#include <stdio.h>
#include <string.h>

#include "objects/exc.h"
#include "vm/gen.h"
#include "modules/modules.h"
#include "parser/parser.h"
#include "vm/trace.h"
#include "objects/types.h"

EvalState ev = { .limit = 1000 };

static Obj *eval_expr(FrameObj *f, const ast_expr *e);
static ExecStatus exec_block(FrameObj *f, const ast_stmt_seq *b, Obj **ret);
static int assign(FrameObj *f, const ast_expr *t, Obj *v);

/* ------------------------------------------------------------------ */
/* Pointer-keyed caches: identifier -> interned str, node -> constant  */
/* ------------------------------------------------------------------ */

typedef struct PtrMap {
    const void **keys;    /* open addressing, NULL = empty */
    Obj **vals;           /* owned values */
    size_t cap, used;     /* cap is a power of two */
} PtrMap;

static PtrMap names_map, consts_map, codes_map;

static size_t ptr_hash(const void *p) { return ((uintptr_t)p >> 3) * 2654435761u; }

static Obj *ptrmap_get(PtrMap *m, const void *k)
{
    if (!m->cap)
        return NULL;
    for (size_t i = ptr_hash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == k)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

static int ptrmap_grow(PtrMap *m)
{
    size_t nc = m->cap ? m->cap * 2 : 64;
    const void **nk = mem_calloc(nc, sizeof *nk);
    Obj **nv = mem_calloc(nc, sizeof *nv);
    if (!nk || !nv) {
        mem_free(nk, 0);
        mem_free(nv, 0);
        err_nomemory();
        return -1;
    }
    for (size_t j = 0; j < m->cap; j++) {
        if (!m->keys[j])
            continue;
        size_t i = ptr_hash(m->keys[j]) & (nc - 1);
        while (nk[i])
            i = (i + 1) & (nc - 1);
        nk[i] = m->keys[j];
        nv[i] = m->vals[j];
    }
    mem_free(m->keys, 0);
    mem_free(m->vals, 0);
    m->keys = nk;
    m->vals = nv;
    m->cap = nc;
    return 0;
}

/* Stores v (steals it) under k. */
static int ptrmap_put(PtrMap *m, const void *k, Obj *v)
{
    if ((m->used + 1) * 2 > m->cap && ptrmap_grow(m) < 0) {
        DECREF(v);
        return -1;
    }
    size_t i = ptr_hash(k) & (m->cap - 1);
    while (m->keys[i])
        i = (i + 1) & (m->cap - 1);
    m->keys[i] = k;
    m->vals[i] = v;
    m->used++;
    return 0;
}

static void ptrmap_clear(PtrMap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i])
            DECREF(m->vals[i]);
    mem_free(m->keys, 0);
    mem_free(m->vals, 0);
    memset(m, 0, sizeof *m);
}

Obj *eval_name(const char *id)
{
    Obj *s = ptrmap_get(&names_map, id);
    if (s)
        return s;
    s = str_intern_cstr(id);
    if (!s || ptrmap_put(&names_map, id, s) < 0)
        return NULL;
    return s;
}

/* The object for a Constant node (cached: one object per node). */
static Obj *make_constant(const ast_constant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: return none_new();
    case AST_CONST_TRUE: return bool_new(true);
    case AST_CONST_FALSE: return bool_new(false);
    case AST_CONST_ELLIPSIS: return NEWREF(obj_ellipsis);
    case AST_CONST_INT: return int_from_decimal(c->str, c->len);
    case AST_CONST_FLOAT: return float_from_double(c->f);
    case AST_CONST_STR: return str_from_utf8(c->str, c->len);
    }
    return err_set(Exc_RuntimeError, "bad constant");
}

static Obj *load_const(const ast_expr *e)
{
    Obj *v = ptrmap_get(&consts_map, e);
    if (!v) {
        v = make_constant(&e->v.Constant.value);
        if (!v || ptrmap_put(&consts_map, e, v) < 0)
            return NULL;
    }
    return NEWREF(v);
}

/* ------------------------------------------------------------------ */
/* Recursion guard                                                     */
/* ------------------------------------------------------------------ */

#define C_STACK_MARGIN (64 * 1024)

/* True while rec_enter builds its RecursionError: creating the instance
 * calls the class (another rec_enter), which must not fail again. */
static bool rec_raising;

int rec_enter(const char *where)
{
    ++ev.depth;
    if (rec_raising)
        return 0;
    if (ev.depth > ev.limit || coro_check_stack(C_STACK_MARGIN) != CORO_OK) {
        ev.depth--;
        rec_raising = true;
        err_format(Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        rec_raising = false;
        return -1;
    }
    return 0;
}

void rec_leave(void) { ev.depth--; }

/* ------------------------------------------------------------------ */
/* Step budget                                                         */
/* ------------------------------------------------------------------ */

/* Allocating is work too: a statement that copies megabytes (in a loop)
 * costs one more step per ALLOC_STEP bytes allocated since the last tick. */
#define ALLOC_STEP 65536

static uint64_t alloc_mark;      /* mem_total() already charged */

int step_tick(void)
{
    if (!ev.step_budget)
        return 0;
    uint64_t now = mem_total();
    if (ev.steps == 0 || now < alloc_mark)
        alloc_mark = now;         /* a new run */
    uint64_t extra = (now - alloc_mark) / ALLOC_STEP;
    alloc_mark += extra * ALLOC_STEP;
    return step_charge(1 + extra);
}

int step_charge(uint64_t n)
{
    if (!ev.step_budget)
        return 0;
    if (ev.steps <= ev.step_budget && n <= ev.step_budget - ev.steps) {
        ev.steps += n;
        return 0;
    }
    ev.steps = ev.step_budget + 1;        /* stays spent, never wraps */
    err_set(Exc_RuntimeError, "step budget exhausted");
    if (!err_occurred())
        err_nomemory();
    return -1;
}

bool step_budget_spent(void) { return ev.step_budget && ev.steps > ev.step_budget; }

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static Obj *name_error(const char *fmt, const char *id)
{
    TypeObj *t = strstr(fmt, "local") ? Exc_UnboundLocalError : Exc_NameError;
    err_format(t, fmt, id);
    Obj *n = eval_name(id);
    if (n && err_occurred())
        exc_set_name_obj(err_occurred(), n, NULL);
    return NULL;
}

static const char *const unbound_local_fmt =
    "cannot access local variable '%s' where it is not associated with a value";
static const char *const unbound_free_fmt =
    "cannot access free variable '%s' where it is not associated with a value in enclosing scope";

/* globals, then builtins. */
static Obj *load_global(FrameObj *f, const char *id)
{
    Obj *n = eval_name(id);
    if (!n)
        return NULL;
    Obj *v = dict_getitem(f->globals, n);
    if (!v && !err_occurred())
        v = dict_getitem(ev.builtins, n);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    return name_error("name '%s' is not defined", id);
}

/* A cell slot's value; `is_free` picks the error message. */
static Obj *load_deref(FrameObj *f, int slot, const char *id)
{
    CellObj *c = (CellObj *)f->slots[slot];
    if (c && c->ref)
        return NEWREF(c->ref);
    const sym_scope *s = f->code->scope;
    bool is_free = slot >= s->nlocals + s->ncells;
    return name_error(is_free ? unbound_free_fmt : unbound_local_fmt, id);
}

static Obj *load_name(FrameObj *f, const char *id, const ast_nameref *r)
{
    switch (r->ref) {
    case AST_REF_FAST: {
        Obj *v = f->slots[r->slot];
        return v ? NEWREF(v) : name_error(unbound_local_fmt, id);
    }
    case AST_REF_DEREF:
        return load_deref(f, r->slot, id);
    case AST_REF_GLOBAL:
        return load_global(f, id);
    case AST_REF_CLASSDEREF:
    case AST_REF_NAME:
    case AST_REF_NONE:
        break;
    }
    if (f->locals) {
        Obj *n = eval_name(id);
        Obj *v = n ? dict_getitem(f->locals, n) : NULL;
        if (v)
            return NEWREF(v);
        if (err_occurred())
            return NULL;
    }
    if (r->ref == AST_REF_CLASSDEREF)
        return load_deref(f, r->slot, id);
    return load_global(f, id);
}

/* Binds (v borrowed) or deletes (v NULL) a name. */
static int store_name(FrameObj *f, const char *id, const ast_nameref *r, Obj *v)
{
    Obj *n;
    switch (r->ref) {
    case AST_REF_FAST:
        if (!v && !f->slots[r->slot]) {
            name_error(unbound_local_fmt, id);
            return -1;
        }
        SETREF(f->slots[r->slot], XNEWREF(v));
        return 0;
    case AST_REF_DEREF: {
        CellObj *c = (CellObj *)f->slots[r->slot];
        if (!v && !c->ref) {
            name_error(unbound_local_fmt, id);
            return -1;
        }
        SETREF(c->ref, XNEWREF(v));
        return 0;
    }
    default:
        break;
    }
    if (!(n = eval_name(id)))
        return -1;
    Obj *d = (r->ref == AST_REF_GLOBAL || !f->locals) ? f->globals : f->locals;
    if (v)
        return dict_setitem(d, n, v);
    int rc = dict_delitem(d, n);
    if (rc == 1) {
        name_error("name '%s' is not defined", id);
        return -1;
    }
    return rc;
}

/* ------------------------------------------------------------------ */
/* Positions and tracebacks                                            */
/* ------------------------------------------------------------------ */

/* Remember the span being executed (for traceback lines and carets). */
static void set_pos(FrameObj *f, const ast_expr *e)
{
    f->lineno = e->lineno;
    f->col = e->col_offset;
    f->end_lineno = e->end_lineno;
    f->end_col = e->end_col_offset;
}

static void trace_exc(FrameObj *f, TraceKind kind, Obj *exc, int line);
static void trace_reraise(FrameObj *f);

/* Adds this frame to the pending exception's traceback.  An exception
 * without a traceback yet is leaving the statement that raised it: the
 * one place a new exception is reported to the trace. */
static void add_traceback(FrameObj *f)
{
    Obj *exc = err_occurred();
    if (!exc)
        return;
    if (trace_enabled() && EXC_CHECK(exc) && !((ExcObj *)exc)->traceback)
        trace_exc(f, TR_EXCEPTION_RAISED, exc, f->lineno);
    exc_add_traceback(exc, f, f->lineno, f->col, f->end_lineno, f->end_col);
}

Obj *eval_handled_exc(void)
{
    for (ExcInfo *i = ev.excinfo; i; i = i->prev)
        if (i->value && i->value != obj_none)
            return i->value;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */
/* ------------------------------------------------------------------ */

static NbOp nb_of(ast_operator op)
{
    switch (op) {
    case AST_Add: return NB_ADD;
    case AST_Sub: return NB_SUB;
    case AST_Mult: return NB_MUL;
    case AST_MatMult: return NB_MATMUL;
    case AST_Div: return NB_TRUEDIV;
    case AST_Mod: return NB_MOD;
    case AST_Pow: return NB_POW;
    case AST_LShift: return NB_LSHIFT;
    case AST_RShift: return NB_RSHIFT;
    case AST_BitOr: return NB_OR;
    case AST_BitXor: return NB_XOR;
    case AST_BitAnd: return NB_AND;
    case AST_FloorDiv: return NB_FLOORDIV;
    }
    return NB_ADD;
}

static Obj *eval_binop(FrameObj *f, const ast_expr *e)
{
    Obj *a = eval_expr(f, e->v.BinOp.left);
    if (!a)
        return NULL;
    Obj *b = eval_expr(f, e->v.BinOp.right);
    if (!b) {
        DECREF(a);
        return NULL;
    }
    set_pos(f, e);
    Obj *r = obj_binop(a, b, nb_of(e->v.BinOp.op));
    DECREF(a);
    DECREF(b);
    return r;
}

static Obj *eval_unary(FrameObj *f, const ast_expr *e)
{
    Obj *v = eval_expr(f, e->v.UnaryOp.operand);
    if (!v)
        return NULL;
    Obj *r = NULL;
    set_pos(f, e);
    switch (e->v.UnaryOp.op) {
    case AST_Not: {
        int t = obj_is_true(v);
        r = t < 0 ? NULL : bool_new(!t);
        break;
    }
    case AST_Invert: r = obj_invert(v); break;
    case AST_UAdd: r = obj_pos(v); break;
    case AST_USub: r = obj_neg(v); break;
    }
    DECREF(v);
    return r;
}

static Obj *eval_boolop(FrameObj *f, const ast_expr *e)
{
    const ast_expr_seq *vals = &e->v.BoolOp.values;
    Obj *v = NULL;
    for (int i = 0; i < vals->count; i++) {
        XDECREF(v);
        if (!(v = eval_expr(f, vals->items[i])))
            return NULL;
        if (i == vals->count - 1)
            break;
        int t = obj_is_true(v);
        if (t < 0) {
            DECREF(v);
            return NULL;
        }
        if (t == (e->v.BoolOp.op == AST_Or))
            break;
    }
    return v;
}

/* One comparison a OP b -> new reference. */
static Obj *compare_one(Obj *a, Obj *b, ast_cmpop op)
{
    int r;
    switch (op) {
    case AST_Eq: return obj_richcompare(a, b, CMP_EQ);
    case AST_NotEq: return obj_richcompare(a, b, CMP_NE);
    case AST_Lt: return obj_richcompare(a, b, CMP_LT);
    case AST_LtE: return obj_richcompare(a, b, CMP_LE);
    case AST_Gt: return obj_richcompare(a, b, CMP_GT);
    case AST_GtE: return obj_richcompare(a, b, CMP_GE);
    case AST_Is: return bool_new(a == b);
    case AST_IsNot: return bool_new(a != b);
    case AST_In:
    case AST_NotIn:
        r = obj_contains(b, a);
        return r < 0 ? NULL : bool_new(r == (op == AST_In));
    }
    return NULL;
}

/* Chained comparison a < b < c, short-circuiting. */
static Obj *eval_compare(FrameObj *f, const ast_expr *e)
{
    Obj *left = eval_expr(f, e->v.Compare.left);
    if (!left)
        return NULL;
    int n = e->v.Compare.ops.count;
    for (int i = 0; i < n; i++) {
        Obj *right = eval_expr(f, e->v.Compare.comparators.items[i]);
        if (!right) {
            DECREF(left);
            return NULL;
        }
        set_pos(f, e);
        Obj *r = compare_one(left, right, (ast_cmpop)e->v.Compare.ops.items[i]);
        DECREF(left);
        left = right;
        if (!r || i == n - 1) {
            DECREF(left);
            return r;
        }
        int t = obj_is_true(r);
        if (t <= 0) {
            DECREF(left);
            if (t < 0)
                DECREF(r);
            return t < 0 ? NULL : r;
        }
        DECREF(r);
    }
    return left;
}

/* Appends the values of an expression list (with *starred) to `list`. */
static int collect_elts(FrameObj *f, const ast_expr_seq *elts, Obj *list)
{
    for (int i = 0; i < elts->count; i++) {
        const ast_expr *x = elts->items[i];
        bool star = x->kind == AST_Starred;
        Obj *v = eval_expr(f, star ? x->v.Starred.value : x);
        if (!v)
            return -1;
        int r;
        if (star) {
            if (!v->type->iter && !v->type->getitem) {
                set_pos(f, x);
                err_format(Exc_TypeError, "Value after * must be an iterable, not %s",
                           v->type->name);
                r = -1;
            } else {
                r = list_extend(list, v);
            }
        } else {
            r = list_append(list, v);
        }
        DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static Obj *eval_list(FrameObj *f, const ast_expr_seq *elts)
{
    Obj *l = list_new(0);
    if (l && collect_elts(f, elts, l) < 0)
        CLEAR(l);
    return l;
}

static Obj *eval_tuple(FrameObj *f, const ast_expr_seq *elts)
{
    Obj *l = eval_list(f, elts);
    if (!l)
        return NULL;
    Obj *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

/* Is e a constant after CPython's AST optimizer (a literal, -literal,
 * or a tuple of those)?  Decides how a set display is built. */
static bool folds_to_const(const ast_expr *e)
{
    if (e->kind == AST_Constant)
        return true;
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op != AST_Not)
        return e->v.UnaryOp.operand->kind == AST_Constant;
    if (e->kind != AST_Tuple)
        return false;
    for (int i = 0; i < e->v.Tuple.elts.count; i++)
        if (!folds_to_const(e->v.Tuple.elts.items[i]))
            return false;
    return true;
}

/* A set display: CPython builds an all-constant one (> 2 items) from a
 * frozenset constant, which gives a different iteration order. */
static Obj *eval_set(FrameObj *f, const ast_expr_seq *elts)
{
    Obj *l = eval_list(f, elts);
    if (!l)
        return NULL;
    bool all_const = true;
    for (int i = 0; i < elts->count && all_const; i++)
        all_const = folds_to_const(elts->items[i]);
    Obj *s = set_from_display(((ListObj *)l)->items, LIST_SIZE(l), all_const);
    DECREF(l);
    return s;
}

static Obj *eval_dict(FrameObj *f, const ast_expr *e)
{
    Obj *d = dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < e->v.Dict.values.count; i++) {
        const ast_expr *ke = e->v.Dict.keys.items[i];
        Obj *k = ke ? eval_expr(f, ke) : NULL;
        if (ke && !k)
            goto fail;
        Obj *v = eval_expr(f, e->v.Dict.values.items[i]);
        if (!v) {
            XDECREF(k);
            goto fail;
        }
        int r;
        if (k) {
            r = dict_setitem(d, k, v);
        } else if (!v->type->getitem || !obj_hasattr(v, ID(keys))) {
            err_format(Exc_TypeError, "'%s' object is not a mapping", v->type->name);
            r = -1;
        } else {
            r = dict_update(d, v);
        }
        XDECREF(k);
        DECREF(v);
        if (r < 0)
            goto fail;
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

static Obj *eval_slice(FrameObj *f, const ast_expr *e)
{
    const ast_expr *parts[3] = { e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step };
    Obj *v[3] = { NULL, NULL, NULL };
    Obj *r = NULL;
    for (int i = 0; i < 3; i++)
        if (parts[i] && !(v[i] = eval_expr(f, parts[i])))
            goto done;
    r = slice_new(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++)
        XDECREF(v[i]);
    return r;
}

static Obj *eval_attribute(FrameObj *f, const ast_expr *e)
{
    Obj *o = eval_expr(f, e->v.Attribute.value);
    if (!o)
        return NULL;
    Obj *n = eval_name(e->v.Attribute.attr);
    set_pos(f, e);
    Obj *r = n ? obj_getattr(o, n) : NULL;
    DECREF(o);
    return r;
}

static Obj *eval_subscript(FrameObj *f, const ast_expr *e)
{
    Obj *o = eval_expr(f, e->v.Subscript.value);
    if (!o)
        return NULL;
    Obj *k = eval_expr(f, e->v.Subscript.slice);
    if (!k) {
        DECREF(o);
        return NULL;
    }
    set_pos(f, e);
    Obj *r = obj_getitem(o, k);
    DECREF(o);
    DECREF(k);
    return r;
}

static Obj *eval_ifexp(FrameObj *f, const ast_expr *e)
{
    Obj *t = eval_expr(f, e->v.IfExp.test);
    if (!t)
        return NULL;
    int b = obj_is_true(t);
    DECREF(t);
    if (b < 0)
        return NULL;
    return eval_expr(f, b ? e->v.IfExp.body : e->v.IfExp.orelse);
}

static Obj *eval_namedexpr(FrameObj *f, const ast_expr *e)
{
    Obj *v = eval_expr(f, e->v.NamedExpr.value);
    if (v && assign(f, e->v.NamedExpr.target, v) < 0)
        CLEAR(v);
    return v;
}

/* f-string pieces. */
static Obj *eval_formatted(FrameObj *f, const ast_expr *e)
{
    Obj *v = eval_expr(f, e->v.FormattedValue.value);
    if (!v)
        return NULL;
    int conv = e->v.FormattedValue.conversion;
    if (conv == 's' || conv == 'r' || conv == 'a') {
        Obj *c = conv == 's' ? obj_str(v) : obj_repr(v);
        DECREF(v);
        if (!(v = c))
            return NULL;
    }
    Obj *spec = e->v.FormattedValue.format_spec ? eval_expr(f, e->v.FormattedValue.format_spec)
                                                : str_from_cstr("");
    if (!spec) {
        DECREF(v);
        return NULL;
    }
    Obj *r = (STR_CHECK_EXACT(v) && STR_NBYTES(spec) == 0) ? NEWREF(v) : obj_format(v, spec);
    DECREF(v);
    DECREF(spec);
    return r;
}

static Obj *eval_joinedstr(FrameObj *f, const ast_expr *e)
{
    const ast_expr_seq *vals = &e->v.JoinedStr.values;
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < vals->count; i++) {
        Obj *s = eval_expr(f, vals->items[i]);
        if (!s) {
            sb_free(&b);
            return NULL;
        }
        sb_addobj(&b, s);
        DECREF(s);
    }
    return sb_finish(&b);
}

/* ---- calls ---- */

/* Arguments of a call being built: positional values then keyword values
 * in one array, with the keyword names in a tuple. */
typedef struct CallArgs {
    Obj *pos;     /* list of positional values */
    Obj *kwv;     /* list of keyword values */
    Obj *kwn;     /* list of keyword names */
} CallArgs;

static void callargs_free(CallArgs *ca)
{
    XDECREF(ca->pos);
    XDECREF(ca->kwv);
    XDECREF(ca->kwn);
}

/* Adds one keyword; duplicate names are CPython's TypeError. */
static int add_keyword(CallArgs *ca, Obj *fn, Obj *name, Obj *value)
{
    for (size_t i = 0; i < LIST_SIZE(ca->kwn); i++)
        if (str_eq(LIST_ITEM(ca->kwn, i), name)) {
            Obj *q = obj_getattr_opt(fn, ID(__qualname__));
            err_format(Exc_TypeError, "%S() got multiple values for keyword argument '%S'",
                       q ? q : fn->type->name_obj, name);
            XDECREF(q);
            return -1;
        }
    if (list_append(ca->kwn, name) < 0)
        return -1;
    return list_append(ca->kwv, value);
}

/* f(**mapping): adds every key (must be str). */
static int add_kwargs_mapping(CallArgs *ca, Obj *fn, Obj *m)
{
    if (!DICT_CHECK(m)) {
        Obj *q = obj_getattr_opt(fn, ID(__qualname__));
        err_format(Exc_TypeError, "%S() argument after ** must be a mapping, not %s",
                   q ? q : fn->type->name_obj, m->type->name);
        XDECREF(q);
        return -1;
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(m, &pos, &k, &v)) {
        if (!STR_CHECK(k))
            return err_format_int(Exc_TypeError, "keywords must be strings");
        if (add_keyword(ca, fn, k, v) < 0)
            return -1;
    }
    return 0;
}

static int eval_call_args(FrameObj *f, const ast_expr *e, Obj *fn, CallArgs *ca)
{
    ca->pos = list_new(0);
    ca->kwv = list_new(0);
    ca->kwn = list_new(0);
    if (!ca->pos || !ca->kwv || !ca->kwn)
        return -1;
    if (collect_elts(f, &e->v.Call.args, ca->pos) < 0)
        return -1;
    for (int i = 0; i < e->v.Call.keywords.count; i++) {
        const ast_keyword *k = e->v.Call.keywords.items[i];
        Obj *v = eval_expr(f, k->value);
        if (!v)
            return -1;
        int r = k->arg ? add_keyword(ca, fn, eval_name(k->arg), v) : add_kwargs_mapping(ca, fn, v);
        DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static Obj *eval_call(FrameObj *f, const ast_expr *e)
{
    Obj *fn = eval_expr(f, e->v.Call.func);
    if (!fn)
        return NULL;
    CallArgs ca = { NULL, NULL, NULL };
    Obj *r = NULL, *kwnames = NULL, **arr = NULL;
    if (eval_call_args(f, e, fn, &ca) < 0)
        goto done;
    size_t np = LIST_SIZE(ca.pos), nk = LIST_SIZE(ca.kwv);
    if (!(arr = mem_alloc(sizeof(Obj *) * (np + nk + 1)))) {
        err_nomemory();
        goto done;
    }
    if (np)
        memcpy(arr, ((ListObj *)ca.pos)->items, np * sizeof(Obj *));
    if (nk) {
        memcpy(arr + np, ((ListObj *)ca.kwv)->items, nk * sizeof(Obj *));
        if (!(kwnames = list_as_tuple(ca.kwn)))
            goto done;
    }
    set_pos(f, e);
    r = obj_call(fn, arr, np, kwnames);
done:
    mem_free(arr, 0);
    XDECREF(kwnames);
    callargs_free(&ca);
    DECREF(fn);
    return r;
}

/* ---- functions, lambdas, comprehensions ---- */

/* __qualname__ for a definition `name` inside frame f. */
static Obj *child_qualname(FrameObj *f, const char *name)
{
    CodeObj *c = f->code;
    if (c->kind == CODE_MODULE || c->kind == CODE_EVAL)
        return str_from_cstr(name);
    if (c->kind == CODE_CLASS)
        return str_from_format("%S.%s", c->qualname, name);
    return str_from_format("%S.<locals>.%s", c->qualname, name);
}

/* The code object for a def/lambda/class/comprehension node (cached). */
static CodeObj *code_for(FrameObj *f, const void *node, CodeKind kind, const sym_scope *scope,
                         const char *name, int line)
{
    CodeObj *c = (CodeObj *)ptrmap_get(&codes_map, node);
    if (c)
        return c;
    Obj *qn = child_qualname(f, name);
    if (!qn)
        return NULL;
    c = code_new(kind, scope, name, qn, line);
    DECREF(qn);
    if (!c || ptrmap_put(&codes_map, node, (Obj *)c) < 0)
        return NULL;
    return c;
}

/* Tuple of the cells an inner scope captures from frame f. */
static Obj *make_closure(FrameObj *f, const sym_scope *s)
{
    if (!s->nfrees)
        return NULL;
    Obj *t = tuple_new((size_t)s->nfrees);
    if (!t)
        return NULL;
    for (int i = 0; i < s->nfrees; i++) {
        Obj *cell = f->slots[s->free_from[i]];
        if (!cell && !(cell = f->slots[s->free_from[i]] = cell_new(NULL))) {
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEM(t, i) = NEWREF(cell);
    }
    return t;
}

/* Defaults of a signature: positional tuple and keyword-only dict. */
static int eval_defaults(FrameObj *f, const ast_arguments *a, FunctionObj *fn)
{
    if (a->defaults.count) {
        Obj *l = eval_list(f, &a->defaults);
        if (!l || !(fn->defaults = list_as_tuple(l))) {
            XDECREF(l);
            return -1;
        }
        DECREF(l);
    }
    for (int i = 0; i < a->kw_defaults.count; i++) {
        if (!a->kw_defaults.items[i])
            continue;
        if (!fn->kwdefaults && !(fn->kwdefaults = dict_new()))
            return -1;
        Obj *v = eval_expr(f, a->kw_defaults.items[i]);
        if (!v)
            return -1;
        int r = dict_setitem(fn->kwdefaults, eval_name(a->kwonlyargs.items[i]->arg), v);
        DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* Builds a function object for code c in frame f. */
static Obj *make_function(FrameObj *f, CodeObj *c, const ast_arguments *args)
{
    FunctionObj *fn = (FunctionObj *)func_new(c, f->globals, c->qualname);
    if (!fn)
        return NULL;
    if ((args && eval_defaults(f, args, fn) < 0) ||
        (c->scope->nfrees && !(fn->closure = make_closure(f, c->scope)))) {
        DECREF(fn);
        return NULL;
    }
    return (Obj *)fn;
}

/* Applies decorators (already evaluated, outermost first) bottom-up. */
static Obj *apply_decorators(Obj *v, Obj **decos, int n)
{
    for (int i = n - 1; i >= 0 && v; i--) {
        Obj *r = obj_call1(decos[i], v);
        DECREF(v);
        v = r;
    }
    return v;
}

static int eval_decorators(FrameObj *f, const ast_expr_seq *ds, Obj **out)
{
    for (int i = 0; i < ds->count; i++)
        if (!(out[i] = eval_expr(f, ds->items[i]))) {
            while (i--)
                DECREF(out[i]);
            return -1;
        }
    return 0;
}

static void free_decorators(Obj **d, int n)
{
    for (int i = 0; i < n; i++)
        DECREF(d[i]);
    mem_free(d, 0);
}

/* Docstring of a body: a first statement that is a string constant. */
static Obj *docstring(const ast_stmt_seq *body)
{
    if (body->count == 0 || body->items[0]->kind != AST_Expr)
        return NULL;
    const ast_expr *e = body->items[0]->v.Expr.value;
    if (e->kind != AST_Constant || e->v.Constant.value.kind != AST_CONST_STR)
        return NULL;
    return load_const(e);
}

static ExecStatus exec_funcdef(FrameObj *f, const ast_stmt *s)
{
    const ast_funcdef *d = &s->v.FunctionDef;
    int nd = d->decorator_list.count;
    Obj **decos = mem_calloc((size_t)nd + 1, sizeof(Obj *));
    if (!decos || eval_decorators(f, &d->decorator_list, decos) < 0) {
        mem_free(decos, 0);
        if (!err_occurred())
            err_nomemory();
        return EX_ERROR;
    }
    int line = nd ? d->decorator_list.items[0]->lineno : s->lineno;
    CodeObj *c = code_for(f, s, CODE_FUNCTION, d->scope, d->name, line);
    if (c && !c->body) {
        c->body = &d->body;
        c->args = d->args;
    }
    Obj *fn = c ? make_function(f, c, d->args) : NULL;
    if (fn)
        ((FunctionObj *)fn)->doc = docstring(&d->body);
    f->lineno = s->lineno;
    fn = apply_decorators(fn, decos, nd);
    free_decorators(decos, nd);
    if (!fn)
        return EX_ERROR;
    int r = store_name(f, d->name, &d->bind, fn);
    DECREF(fn);
    return r < 0 ? EX_ERROR : EX_NORMAL;
}

static Obj *eval_lambda(FrameObj *f, const ast_expr *e)
{
    CodeObj *c = code_for(f, e, CODE_LAMBDA, e->v.Lambda.scope, "<lambda>", e->lineno);
    if (!c)
        return NULL;
    c->node = e->v.Lambda.body;
    c->args = e->v.Lambda.args;
    return make_function(f, c, e->v.Lambda.args);
}

/* Comprehension: evaluate the outermost iterable here, then run (or, for
 * a generator expression, wrap in a generator) the comprehension frame. */
static Obj *eval_comprehension(FrameObj *f, const ast_expr *e, const sym_scope *scope,
                               const ast_comprehension_seq *gens, const char *name)
{
    CodeObj *c = code_for(f, e, CODE_COMP, scope, name, e->lineno);
    if (!c)
        return NULL;
    c->node = e;
    Obj *src = eval_expr(f, gens->items[0]->iter);
    if (!src)
        return NULL;
    set_pos(f, e);                   /* errors point at the comprehension */
    Obj *it = gens->items[0]->is_async ? NULL : obj_iter(src);
    DECREF(src);
    if (!it)
        return gens->items[0]->is_async
               ? err_set(Exc_NotImplementedError, "async comprehensions are not supported yet")
               : NULL;
    FunctionObj *fn = (FunctionObj *)make_function(f, c, NULL);
    if (!fn) {
        DECREF(it);
        return NULL;
    }
    Obj *r = obj_call1((Obj *)fn, it);
    DECREF(fn);
    DECREF(it);
    return r;
}

/* Runs the loops of a comprehension in its own frame; `acc` collects
 * results (list/set/dict) or NULL for a generator expression (yield). */
static int comp_loop(FrameObj *f, const ast_expr *node, const ast_comprehension_seq *gens,
                     int level, Obj *acc)
{
    const ast_comprehension *g = gens->items[level];
    Obj *it;
    if (level == 0) {
        it = NEWREF(f->slots[0]);
    } else {
        Obj *src = eval_expr(f, g->iter);
        it = src ? obj_iter(src) : NULL;
        XDECREF(src);
        if (!it)
            return -1;
    }
    int rc = 0;
    Obj *x;
    while (rc == 0 && (x = obj_iternext(it))) {
        rc = assign(f, g->target, x);
        DECREF(x);
        bool ok = true;
        for (int i = 0; rc == 0 && ok && i < g->ifs.count; i++) {
            Obj *t = eval_expr(f, g->ifs.items[i]);
            int b = t ? obj_is_true(t) : -1;
            XDECREF(t);
            if (b < 0)
                rc = -1;
            ok = b > 0;
        }
        if (rc < 0 || !ok)
            continue;
        if (level + 1 < gens->count) {
            rc = comp_loop(f, node, gens, level + 1, acc);
            continue;
        }
        if (node->kind == AST_DictComp) {
            Obj *k = eval_expr(f, node->v.DictComp.key);
            Obj *v = k ? eval_expr(f, node->v.DictComp.value) : NULL;
            rc = v ? dict_setitem(acc, k, v) : -1;
            XDECREF(k);
            XDECREF(v);
            continue;
        }
        Obj *v = eval_expr(f, node->v.ListComp.elt);
        if (!v) {
            rc = -1;
            continue;
        }
        if (node->kind == AST_ListComp)
            rc = list_append(acc, v);
        else if (node->kind == AST_SetComp)
            rc = set_add(acc, v);
        else {
            Obj *sent = gen_yield(f, v);
            rc = sent ? 0 : -1;
            XDECREF(sent);
        }
        DECREF(v);
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

/* Body of a comprehension frame (called from eval_frame). */
static Obj *run_comprehension(FrameObj *f)
{
    const ast_expr *node = f->code->node;
    const ast_comprehension_seq *gens;
    Obj *acc;
    switch (node->kind) {
    case AST_ListComp: gens = &node->v.ListComp.generators; acc = list_new(0); break;
    case AST_SetComp: gens = &node->v.SetComp.generators; acc = set_new(NULL); break;
    case AST_DictComp: gens = &node->v.DictComp.generators; acc = dict_new(); break;
    default: gens = &node->v.GeneratorExp.generators; acc = none_new(); break;
    }
    if (!acc)
        return NULL;
    if (comp_loop(f, node, gens, 0, node->kind == AST_GeneratorExp ? NULL : acc) < 0)
        CLEAR(acc);
    return acc;
}

/* ---- yield / await ---- */

/* yield, yield from and await: evaluate the operand (None for a bare
 * yield), point the frame at the expression (a value thrown in while
 * suspended reports this position), then suspend through `suspend`. */
static Obj *eval_suspend(FrameObj *f, const ast_expr *e, const ast_expr *operand,
                         Obj *(*suspend)(FrameObj *, Obj *))
{
    Obj *v = operand ? eval_expr(f, operand) : none_new();
    if (!v)
        return NULL;
    set_pos(f, e);
    Obj *r = suspend(f, v);
    DECREF(v);
    return r;
}

static Obj *eval_yield(FrameObj *f, const ast_expr *e)
{
    return eval_suspend(f, e, e->v.Yield.value, gen_yield);
}

static Obj *eval_yield_from(FrameObj *f, const ast_expr *e)
{
    return eval_suspend(f, e, e->v.YieldFrom.value, gen_yield_from);
}

static Obj *eval_await(FrameObj *f, const ast_expr *e)
{
    return eval_suspend(f, e, e->v.Await.value, gen_await);
}

/* The expression dispatcher. */
static Obj *eval_expr(FrameObj *f, const ast_expr *e)
{
    switch (e->kind) {
    case AST_Constant: return load_const(e);
    case AST_Name: {
        Obj *v = load_name(f, e->v.Name.id, &e->v.Name.name);
        if (!v)
            set_pos(f, e);          /* the traceback points at the name */
        return v;
    }
    case AST_BinOp: return eval_binop(f, e);
    case AST_UnaryOp: return eval_unary(f, e);
    case AST_BoolOp: return eval_boolop(f, e);
    case AST_Compare: return eval_compare(f, e);
    case AST_Call: return eval_call(f, e);
    case AST_Attribute: return eval_attribute(f, e);
    case AST_Subscript: return eval_subscript(f, e);
    case AST_List: return eval_list(f, &e->v.List.elts);
    case AST_Tuple: return eval_tuple(f, &e->v.Tuple.elts);
    case AST_Set: return eval_set(f, &e->v.Set.elts);
    case AST_Dict: return eval_dict(f, e);
    case AST_Slice: return eval_slice(f, e);
    case AST_IfExp: return eval_ifexp(f, e);
    case AST_NamedExpr: return eval_namedexpr(f, e);
    case AST_JoinedStr: return eval_joinedstr(f, e);
    case AST_FormattedValue: return eval_formatted(f, e);
    case AST_Lambda: return eval_lambda(f, e);
    case AST_ListComp:
        return eval_comprehension(f, e, e->v.ListComp.scope, &e->v.ListComp.generators,
                                  "<listcomp>");
    case AST_SetComp:
        return eval_comprehension(f, e, e->v.SetComp.scope, &e->v.SetComp.generators,
                                  "<setcomp>");
    case AST_DictComp:
        return eval_comprehension(f, e, e->v.DictComp.scope, &e->v.DictComp.generators,
                                  "<dictcomp>");
    case AST_GeneratorExp:
        return eval_comprehension(f, e, e->v.GeneratorExp.scope,
                                  &e->v.GeneratorExp.generators, "<genexpr>");
    case AST_Yield: return eval_yield(f, e);
    case AST_YieldFrom: return eval_yield_from(f, e);
    case AST_Await: return eval_await(f, e);
    case AST_Starred:
        return err_set(Exc_SyntaxError, "can't use starred expression here");
    }
    return err_set(Exc_RuntimeError, "unknown expression");
}

/* ------------------------------------------------------------------ */
/* Assignment targets                                                  */
/* ------------------------------------------------------------------ */

/* a, *b, c = v */
static int assign_unpack(FrameObj *f, const ast_expr_seq *elts, Obj *v)
{
    int n = elts->count, star = -1;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == AST_Starred)
            star = i;
    if (!v->type->iter && !v->type->getitem)
        return err_format_int(Exc_TypeError, "cannot unpack non-iterable %s object",
                              v->type->name);
    Obj *l = list_from_iter(v);
    if (!l)
        return -1;
    int64_t got = (int64_t)LIST_SIZE(l), need = star < 0 ? n : n - 1;
    int rc = 0;
    if (star < 0 && got > need)
        rc = err_format_int(Exc_ValueError, "too many values to unpack (expected %d)", n);
    else if (got < need)
        rc = err_format_int(Exc_ValueError, "not enough values to unpack (expected %s%d, got %d)",
                            star < 0 ? "" : "at least ", (int)need, (int)got);
    for (int i = 0; rc == 0 && i < n; i++) {
        if (i == star) {
            size_t cnt = (size_t)(got - need);
            Obj *sub = list_new(cnt);
            if (!sub) {
                rc = -1;
                break;
            }
            for (size_t j = 0; j < cnt; j++)
                LIST_ITEM(sub, j) = NEWREF(LIST_ITEM(l, (size_t)i + j));
            rc = assign(f, elts->items[i]->v.Starred.value, sub);
            DECREF(sub);
            continue;
        }
        size_t idx = star >= 0 && i > star ? (size_t)(got - (n - i)) : (size_t)i;
        rc = assign(f, elts->items[i], LIST_ITEM(l, idx));
    }
    DECREF(l);
    return rc;
}

/* o.attr = v or o[k] = v for an Attribute or Subscript target; v NULL
 * deletes (del o.attr, del o[k]).  Errors point at the target. */
static int store_member(FrameObj *f, const ast_expr *t, Obj *v)
{
    if (t->kind == AST_Attribute) {
        Obj *o = eval_expr(f, t->v.Attribute.value);
        if (!o)
            return -1;
        set_pos(f, t);
        int r = obj_setattr(o, eval_name(t->v.Attribute.attr), v);
        DECREF(o);
        return r;
    }
    Obj *o = eval_expr(f, t->v.Subscript.value);
    Obj *k = o ? eval_expr(f, t->v.Subscript.slice) : NULL;
    int r = -1;
    if (k) {
        set_pos(f, t);
        r = v ? obj_setitem(o, k, v) : obj_delitem(o, k);
    }
    XDECREF(o);
    XDECREF(k);
    return r;
}

/* Stores v (borrowed) into target t. */
static int assign(FrameObj *f, const ast_expr *t, Obj *v)
{
    switch (t->kind) {
    case AST_Name:
        return store_name(f, t->v.Name.id, &t->v.Name.name, v);
    case AST_Attribute:
    case AST_Subscript: return store_member(f, t, v);
    case AST_Tuple: return assign_unpack(f, &t->v.Tuple.elts, v);
    case AST_List: return assign_unpack(f, &t->v.List.elts, v);
    case AST_Starred: return assign(f, t->v.Starred.value, v);
    default:
        return err_format_int(Exc_SyntaxError, "cannot assign to expression");
    }
}

static int delete_target(FrameObj *f, const ast_expr *t)
{
    switch (t->kind) {
    case AST_Name:
        set_pos(f, t);               /* errors and finalizers point at the name */
        return store_name(f, t->v.Name.id, &t->v.Name.name, NULL);
    case AST_Attribute:
    case AST_Subscript: return store_member(f, t, NULL);
    case AST_Tuple:
    case AST_List: {
        const ast_expr_seq *el = t->kind == AST_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        for (int i = 0; i < el->count; i++)
            if (delete_target(f, el->items[i]) < 0)
                return -1;
        return 0;
    }
    default:
        return err_format_int(Exc_SyntaxError, "cannot delete expression");
    }
}

/* x OP= v for a name, attribute or subscript (each evaluated once). */
static ExecStatus exec_augassign(FrameObj *f, const ast_stmt *s)
{
    const ast_expr *t = s->v.AugAssign.target;
    NbOp op = nb_of(s->v.AugAssign.op);
    Obj *obj = NULL, *key = NULL, *old = NULL, *val = NULL, *res = NULL;
    int rc = -1;
    if (t->kind == AST_Name) {
        old = load_name(f, t->v.Name.id, &t->v.Name.name);
    } else if (t->kind == AST_Attribute) {
        if ((obj = eval_expr(f, t->v.Attribute.value)))
            old = obj_getattr(obj, eval_name(t->v.Attribute.attr));
    } else if ((obj = eval_expr(f, t->v.Subscript.value)) &&
               (key = eval_expr(f, t->v.Subscript.slice))) {
        set_pos(f, t);
        old = obj_getitem(obj, key);
    }
    if (!old || !(val = eval_expr(f, s->v.AugAssign.value)))
        goto done;
    f->lineno = s->lineno;
    f->col = s->col_offset;
    f->end_lineno = s->end_lineno;
    f->end_col = s->end_col_offset;
    if (!(res = obj_inplace_op(old, val, op)))
        goto done;
    if (t->kind == AST_Name)
        rc = store_name(f, t->v.Name.id, &t->v.Name.name, res);
    else if (t->kind == AST_Attribute)
        rc = obj_setattr(obj, eval_name(t->v.Attribute.attr), res);
    else
        rc = obj_setitem(obj, key, res);
done:
    XDECREF(obj);
    XDECREF(key);
    XDECREF(old);
    XDECREF(val);
    XDECREF(res);
    return rc < 0 ? EX_ERROR : EX_NORMAL;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

static ExecStatus exec_assign(FrameObj *f, const ast_stmt *s)
{
    Obj *v = eval_expr(f, s->v.Assign.value);
    if (!v)
        return EX_ERROR;
    int rc = 0;
    for (int i = 0; rc == 0 && i < s->v.Assign.targets.count; i++)
        rc = assign(f, s->v.Assign.targets.items[i], v);
    DECREF(v);
    return rc < 0 ? EX_ERROR : EX_NORMAL;
}

static ExecStatus exec_if(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    Obj *t = eval_expr(f, s->v.If.test);
    if (!t)
        return EX_ERROR;
    int b = obj_is_true(t);
    DECREF(t);
    if (b < 0)
        return EX_ERROR;
    return exec_block(f, b ? &s->v.If.body : &s->v.If.orelse, ret);
}

static ExecStatus exec_while(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    for (;;) {
        f->lineno = s->lineno;
        Obj *t = eval_expr(f, s->v.While.test);
        if (!t)
            return EX_ERROR;
        int b = obj_is_true(t);
        DECREF(t);
        if (b < 0)
            return EX_ERROR;
        if (!b)
            return exec_block(f, &s->v.While.orelse, ret);
        ExecStatus st = exec_block(f, &s->v.While.body, ret);
        if (st == EX_BREAK)
            return EX_NORMAL;
        if (st == EX_RETURN || st == EX_ERROR)
            return st;
    }
}

static ExecStatus exec_for(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    Obj *src = eval_expr(f, s->v.For.iter);
    if (!src)
        return EX_ERROR;
    set_pos(f, s->v.For.iter);
    Obj *it = obj_iter(src);
    DECREF(src);
    if (!it)
        return EX_ERROR;
    ExecStatus st = EX_NORMAL;
    for (;;) {
        Obj *x = obj_iternext(it);
        if (!x) {
            if (err_occurred())
                st = EX_ERROR;
            else
                st = exec_block(f, &s->v.For.orelse, ret);
            break;
        }
        int rc = assign(f, s->v.For.target, x);
        DECREF(x);
        if (rc < 0) {
            st = EX_ERROR;
            break;
        }
        st = exec_block(f, &s->v.For.body, ret);
        if (st == EX_BREAK) {
            st = EX_NORMAL;
            break;
        }
        if (st == EX_RETURN || st == EX_ERROR)
            break;
        f->lineno = s->lineno;
    }
    DECREF(it);
    return st;
}

/* raise [exc [from cause]] */
static ExecStatus exec_raise(FrameObj *f, const ast_stmt *s)
{
    if (!s->v.Raise.exc) {
        Obj *h = eval_handled_exc();
        if (!h)
            err_set(Exc_RuntimeError, "No active exception to reraise");
        else
            err_restore(NEWREF(h));
        trace_reraise(f);
        return EX_ERROR;
    }
    Obj *v = eval_expr(f, s->v.Raise.exc);
    if (!v)
        return EX_ERROR;
    Obj *cause = NULL;
    if (s->v.Raise.cause && !(cause = eval_expr(f, s->v.Raise.cause))) {
        DECREF(v);
        return EX_ERROR;
    }
    f->lineno = s->lineno;
    f->col = -1;
    err_set_exc(v);
    DECREF(v);
    Obj *exc = err_occurred();
    if (!cause || !exc || !EXC_CHECK(exc) || !type_is_subtype(exc->type, Exc_BaseException))
        goto out;
    if (TYPE_CHECK(cause) && type_is_subtype((TypeObj *)cause, Exc_BaseException)) {
        Obj *inst = obj_call0(cause);
        DECREF(cause);
        if (!(cause = inst))
            return EX_ERROR;
    } else if (cause != obj_none && !EXC_CHECK(cause)) {
        DECREF(cause);
        err_set(Exc_TypeError, "exception causes must derive from BaseException");
        return EX_ERROR;
    }
    exc_set_cause(exc, cause == obj_none ? NULL : NEWREF(cause));
out:
    XDECREF(cause);
    trace_reraise(f);
    return EX_ERROR;
}

/* Trace an exception event with its "Type: message" text. */
static void trace_exc(FrameObj *f, TraceKind kind, Obj *exc, int line)
{
    if (!trace_enabled())
        return;
    TraceEvent e = { .kind = kind, .line = line, .func = STR_DATA(f->code->qualname),
                     .obj_id = f->gen ? ((GenObj *)f->gen)->serial : 0,
                     .text = trace_exc_text(exc) };
    trace_emit(&e);
}

/* A `raise` of an exception that was raised before (it has a traceback,
 * so add_traceback will not report it): report it here. */
static void trace_reraise(FrameObj *f)
{
    Obj *exc = err_occurred();
    if (trace_enabled() && exc && EXC_CHECK(exc) && ((ExcObj *)exc)->traceback)
        trace_exc(f, TR_EXCEPTION_RAISED, exc, f->lineno);
}

/* Runs one except clause for exc (owned reference passed in). */
static ExecStatus run_handler(FrameObj *f, const ast_excepthandler *h, Obj *exc, Obj **ret)
{
    Obj *saved = ev.excinfo->value;
    ev.excinfo->value = exc;
    trace_exc(f, TR_EXCEPTION_CAUGHT, exc, h->lineno);
    ExecStatus st = EX_NORMAL;
    if (h->name && store_name(f, h->name, &h->bind, exc) < 0)
        st = EX_ERROR;
    if (st == EX_NORMAL)
        st = exec_block(f, &h->body, ret);
    if (h->name) {                   /* `del name`, ignoring "not bound" */
        Obj *pending = err_fetch();
        store_name(f, h->name, &h->bind, NULL);
        err_clear();
        err_restore(pending);
    }
    ev.excinfo->value = saved;
    DECREF(exc);
    return st;
}

/* Finds the clause matching exc; 1 found (*out), 0 none, -1 error. */
static int match_handler(FrameObj *f, const ast_stmt *s, Obj *exc, const ast_excepthandler **out)
{
    if (step_budget_spent())
        return 0;                    /* the run is over: nothing may catch that */
    for (int i = 0; i < s->v.Try.handlers.count; i++) {
        const ast_excepthandler *h = s->v.Try.handlers.items[i];
        if (!h->type) {
            *out = h;
            return 1;
        }
        Obj *t = eval_expr(f, h->type);
        if (!t)
            return -1;
        bool ok = TYPE_CHECK(t) && type_is_subtype((TypeObj *)t, Exc_BaseException);
        for (size_t j = 0; TUPLE_CHECK(t) && j < TUPLE_SIZE(t); j++) {
            Obj *x = TUPLE_ITEM(t, j);
            ok = TYPE_CHECK(x) && type_is_subtype((TypeObj *)x, Exc_BaseException);
            if (!ok)
                break;
        }
        if (!ok) {
            DECREF(t);
            f->lineno = h->lineno;
            err_set(Exc_TypeError, "catching classes that do not inherit from BaseException "
                    "is not allowed");
            return -1;
        }
        bool m = exc_matches(exc, t);
        DECREF(t);
        if (m) {
            *out = h;
            return 1;
        }
    }
    return 0;
}

/* The try body failed: look for a clause; the exception is pending. */
static ExecStatus handle_exception(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    add_traceback(f);
    Obj *exc = err_fetch();
    Obj *saved = ev.excinfo->value;       /* context for errors in `except T` */
    ev.excinfo->value = exc;
    const ast_excepthandler *h = NULL;
    int m = match_handler(f, s, exc, &h);
    ev.excinfo->value = saved;
    if (m <= 0) {
        if (m == 0)
            err_restore(exc);
        else
            DECREF(exc);
        return EX_ERROR;
    }
    return run_handler(f, h, exc, ret);
}

/* Runs `finally`, then resumes what was in flight (return/error/...). */
static ExecStatus run_finally(FrameObj *f, const ast_stmt_seq *fin, ExecStatus st, Obj **ret)
{
    Obj *exc = st == EX_ERROR ? err_fetch() : NULL;
    Obj *retval = st == EX_RETURN ? *ret : NULL;
    *ret = NULL;
    Obj *saved = ev.excinfo->value;
    if (exc)
        ev.excinfo->value = exc;
    ExecStatus fst = exec_block(f, fin, ret);
    ev.excinfo->value = saved;
    if (fst != EX_NORMAL) {
        XDECREF(exc);
        XDECREF(retval);
        return fst;
    }
    if (exc)
        err_restore(exc);
    if (retval)
        *ret = retval;
    return st;
}

static ExecStatus exec_try(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    ExecStatus st = exec_block(f, &s->v.Try.body, ret);
    if (st == EX_ERROR && s->v.Try.handlers.count)
        st = handle_exception(f, s, ret);
    else if (st == EX_NORMAL)
        st = exec_block(f, &s->v.Try.orelse, ret);
    else if (st == EX_ERROR)
        add_traceback(f);
    if (s->v.Try.finalbody.count)
        st = run_finally(f, &s->v.Try.finalbody, st, ret);
    return st;
}

/* Looks up a special method on the type and binds it (for with). */
static Obj *bound_special(Obj *o, Obj *name)
{
    Obj *d = type_lookup(o->type, name);
    if (!d)
        return NULL;
    return d->type->descr_get ? d->type->descr_get(d, o, (Obj *)o->type) : NEWREF(d);
}

/* Calls exit(type, exc, tb) for an exception; 1 suppress, 0 not, -1 error. */
static int call_exit_exc(Obj *exit, Obj *exc)
{
    Obj *tb = ((ExcObj *)exc)->traceback;
    Obj *a[3] = { (Obj *)exc->type, exc, tb ? tb : obj_none };
    Obj *saved = ev.excinfo->value;
    ev.excinfo->value = exc;
    Obj *r = obj_call(exit, a, 3, NULL);
    ev.excinfo->value = saved;
    int t = r ? obj_is_true(r) : -1;
    XDECREF(r);
    return t;
}

/* with items[i:], body */
static ExecStatus exec_with_from(FrameObj *f, const ast_stmt *s, int i, Obj **ret)
{
    const ast_with *w = &s->v.With;
    if (i == w->items.count)
        return exec_block(f, &w->body, ret);
    const ast_withitem *item = w->items.items[i];
    Obj *mgr = eval_expr(f, item->context_expr);
    if (!mgr)
        return EX_ERROR;
    set_pos(f, item->context_expr);
    Obj *enter = bound_special(mgr, ID(__enter__));
    Obj *exit = enter ? bound_special(mgr, ID(__exit__)) : NULL;
    if (!enter || !exit) {
        if (!err_occurred())
            err_format(Exc_TypeError, "'%s' object does not support the context manager protocol",
                       mgr->type->name);
        XDECREF(enter);
        DECREF(mgr);
        return EX_ERROR;
    }
    Obj *val = obj_call0(enter);
    DECREF(enter);
    DECREF(mgr);
    ExecStatus st = EX_ERROR;
    if (val && (!item->optional_vars || assign(f, item->optional_vars, val) == 0))
        st = exec_with_from(f, s, i + 1, ret);
    else if (val) {       /* binding failed: __exit__ still runs */
        st = EX_ERROR;
    } else {
        DECREF(exit);
        return EX_ERROR;
    }
    XDECREF(val);
    if (st == EX_ERROR) {
        add_traceback(f);
        Obj *exc = err_fetch();
        int t = call_exit_exc(exit, exc);
        if (t == 0)
            err_restore(exc);
        else
            DECREF(exc);
        st = t > 0 ? EX_NORMAL : EX_ERROR;
    } else {
        f->lineno = s->lineno;
        Obj *a[3] = { obj_none, obj_none, obj_none };
        Obj *r = obj_call(exit, a, 3, NULL);
        if (!r) {
            if (st == EX_RETURN)
                CLEAR(*ret);
            st = EX_ERROR;
        }
        XDECREF(r);
    }
    DECREF(exit);
    return st;
}

static ExecStatus exec_assert(FrameObj *f, const ast_stmt *s)
{
    Obj *t = eval_expr(f, s->v.Assert.test);
    if (!t)
        return EX_ERROR;
    int b = obj_is_true(t);
    DECREF(t);
    if (b != 0)
        return b < 0 ? EX_ERROR : EX_NORMAL;
    Obj *msg = s->v.Assert.msg ? eval_expr(f, s->v.Assert.msg) : NULL;
    if (s->v.Assert.msg && !msg)
        return EX_ERROR;
    f->lineno = s->lineno;
    err_set_obj(Exc_AssertionError, msg);
    XDECREF(msg);
    return EX_ERROR;
}

static ExecStatus exec_return(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    Obj *v = s->v.Return.value ? eval_expr(f, s->v.Return.value) : none_new();
    if (!v)
        return EX_ERROR;
    *ret = v;
    return EX_RETURN;
}

static ExecStatus exec_expr_stmt(FrameObj *f, const ast_stmt *s)
{
    Obj *v = eval_expr(f, s->v.Expr.value);
    if (!v)
        return EX_ERROR;
    DECREF(v);
    return EX_NORMAL;
}

static ExecStatus exec_delete(FrameObj *f, const ast_stmt *s)
{
    for (int i = 0; i < s->v.Delete.targets.count; i++)
        if (delete_target(f, s->v.Delete.targets.items[i]) < 0)
            return EX_ERROR;
    return EX_NORMAL;
}

static ExecStatus exec_annassign(FrameObj *f, const ast_stmt *s)
{
    if (!s->v.AnnAssign.value)
        return EX_NORMAL;
    Obj *v = eval_expr(f, s->v.AnnAssign.value);
    if (!v)
        return EX_ERROR;
    int rc = assign(f, s->v.AnnAssign.target, v);
    DECREF(v);
    return rc < 0 ? EX_ERROR : EX_NORMAL;
}

/* ---- class definitions ---- */

/* Runs a class body in a new frame whose locals are `ns`. */
static int run_class_body(FrameObj *f, CodeObj *c, Obj *ns, FrameObj **out)
{
    FrameObj *cf = frame_new(c, f->globals, ns);
    if (!cf)
        return -1;
    const sym_scope *s = c->scope;
    for (int i = 0; i < s->nlocalsplus; i++)
        if (s->slot_kinds[i] == SYM_CELL && !(cf->slots[i] = cell_new(NULL)))
            goto fail;
    for (int i = 0; i < s->nfrees; i++) {
        Obj *cell = f->slots[s->free_from[i]];
        cf->slots[s->nlocalsplus - s->nfrees + i] = XNEWREF(cell);
    }
    Obj *r = eval_frame(cf);
    if (!r)
        goto fail;
    DECREF(r);
    *out = cf;
    return 0;
fail:
    DECREF(cf);
    return -1;
}

/* Keyword arguments of the class statement (other than metaclass). */
static int class_keywords(FrameObj *f, const ast_stmt *s, Obj **kwargs)
{
    for (int i = 0; i < s->v.ClassDef.keywords.count; i++) {
        const ast_keyword *k = s->v.ClassDef.keywords.items[i];
        Obj *v = eval_expr(f, k->value);
        if (!v)
            return -1;
        if (k->arg && strcmp(k->arg, "metaclass") == 0) {
            bool is_type = v == (Obj *)&Type_Type;
            DECREF(v);
            if (!is_type)
                return err_format_int(Exc_NotImplementedError,
                                      "metaclasses are not supported by Coroscope");
            continue;
        }
        if (!*kwargs && !(*kwargs = dict_new())) {
            DECREF(v);
            return -1;
        }
        int r = k->arg ? dict_setitem_cstr(*kwargs, k->arg, v) : dict_update(*kwargs, v);
        DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static Obj *build_class(FrameObj *f, const ast_stmt *s, CodeObj *c)
{
    Obj *bases = eval_tuple(f, &s->v.ClassDef.bases);
    Obj *kwargs = NULL, *ns = NULL, *cls = NULL, *mod;
    FrameObj *cf = NULL;
    if (!bases || class_keywords(f, s, &kwargs) < 0 || !(ns = dict_new()))
        goto done;
    mod = dict_getitem(f->globals, ID(__name__));
    if ((mod && dict_setitem(ns, ID(__module__), mod) < 0) ||
        dict_setitem(ns, ID(__qualname__), c->qualname) < 0)
        goto done;
    Obj *doc = docstring(&s->v.ClassDef.body);
    if (doc) {
        int r = dict_setitem(ns, ID(__doc__), doc);
        DECREF(doc);
        if (r < 0)
            goto done;
    }
    if (run_class_body(f, c, ns, &cf) < 0)
        goto done;
    f->lineno = s->lineno;
    if (!(cls = class_new(c->name, bases, ns)))
        goto done;
    int slot = c->scope->class_cell_slot;
    if (slot >= 0 && cf->slots[slot])
        SETREF(((CellObj *)cf->slots[slot])->ref, NEWREF(cls));
    if (class_init_subclass(cls, kwargs) < 0)
        CLEAR(cls);
done:
    XDECREF(cf);
    XDECREF(bases);
    XDECREF(kwargs);
    XDECREF(ns);
    return cls;
}

static ExecStatus exec_classdef(FrameObj *f, const ast_stmt *s)
{
    int nd = s->v.ClassDef.decorator_list.count;
    Obj **decos = mem_calloc((size_t)nd + 1, sizeof(Obj *));
    if (!decos || eval_decorators(f, &s->v.ClassDef.decorator_list, decos) < 0) {
        mem_free(decos, 0);
        if (!err_occurred())
            err_nomemory();
        return EX_ERROR;
    }
    CodeObj *c = code_for(f, s, CODE_CLASS, s->v.ClassDef.scope, s->v.ClassDef.name, s->lineno);
    if (c && !c->body)
        c->body = &s->v.ClassDef.body;
    Obj *cls = c ? build_class(f, s, c) : NULL;
    cls = apply_decorators(cls, decos, nd);
    free_decorators(decos, nd);
    if (!cls)
        return EX_ERROR;
    int r = store_name(f, s->v.ClassDef.name, &s->v.ClassDef.bind, cls);
    DECREF(cls);
    return r < 0 ? EX_ERROR : EX_NORMAL;
}

/* ---- imports ---- */

static ExecStatus exec_import(FrameObj *f, const ast_stmt *s)
{
    for (int i = 0; i < s->v.Import.names.count; i++) {
        const ast_alias *a = s->v.Import.names.items[i];
        Obj *m = module_import(a->name);
        if (!m)
            return EX_ERROR;
        const char *bind = a->asname ? a->asname : a->name;
        if (!a->asname && strchr(a->name, '.')) {
            DECREF(m);      /* dotted names never reach here: no packages */
            err_format(Exc_ModuleNotFoundError, "No module named '%s'", a->name);
            return EX_ERROR;
        }
        int r = store_name(f, bind, &a->bind, m);
        DECREF(m);
        if (r < 0)
            return EX_ERROR;
    }
    return EX_NORMAL;
}

/* from m import * : every public name of the module. */
static int import_star(FrameObj *f, Obj *m)
{
    Obj **dp = obj_dict_ptr(m);
    if (!dp || !*dp)
        return 0;
    size_t pos = 0;
    Obj *k, *v;
    Obj *target = f->locals ? f->locals : f->globals;
    while (dict_next(*dp, &pos, &k, &v))
        if (STR_DATA(k)[0] != '_' && dict_setitem(target, k, v) < 0)
            return -1;
    return 0;
}

static ExecStatus exec_importfrom(FrameObj *f, const ast_stmt *s)
{
    if (s->v.ImportFrom.level > 0 || !s->v.ImportFrom.module) {
        err_set(Exc_ImportError, "attempted relative import with no known parent package");
        return EX_ERROR;
    }
    Obj *m = module_import(s->v.ImportFrom.module);
    if (!m)
        return EX_ERROR;
    int r = 0;
    for (int i = 0; r == 0 && i < s->v.ImportFrom.names.count; i++) {
        const ast_alias *a = s->v.ImportFrom.names.items[i];
        if (strcmp(a->name, "*") == 0) {
            r = import_star(f, m);
            continue;
        }
        Obj *v = obj_getattr_opt(m, eval_name(a->name));
        if (!v) {
            if (!err_occurred())
                err_format(Exc_ImportError, "cannot import name '%s' from '%s' (unknown location)",
                           a->name, s->v.ImportFrom.module);
            r = -1;
            break;
        }
        r = store_name(f, a->asname ? a->asname : a->name, &a->bind, v);
        DECREF(v);
    }
    DECREF(m);
    return r < 0 ? EX_ERROR : EX_NORMAL;
}

/* ---- the statement dispatcher ---- */

static ExecStatus exec_stmt(FrameObj *f, const ast_stmt *s, Obj **ret)
{
    f->lineno = s->lineno;
    f->col = -1;
    if (step_tick() < 0)
        return EX_ERROR;
    if (trace_enabled()) {
        TraceEvent e = { .kind = TR_LINE, .line = s->lineno, .func = STR_DATA(f->code->qualname),
                         .obj_id = f->gen ? ((GenObj *)f->gen)->serial : 0 };
        trace_emit(&e);
    }
    switch (s->kind) {
    case AST_Expr: return exec_expr_stmt(f, s);
    case AST_Assign: return exec_assign(f, s);
    case AST_AugAssign: return exec_augassign(f, s);
    case AST_AnnAssign: return exec_annassign(f, s);
    case AST_If: return exec_if(f, s, ret);
    case AST_While: return exec_while(f, s, ret);
    case AST_For: return exec_for(f, s, ret);
    case AST_Return: return exec_return(f, s, ret);
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: return exec_funcdef(f, s);
    case AST_ClassDef: return exec_classdef(f, s);
    case AST_Try: return exec_try(f, s, ret);
    case AST_Raise: return exec_raise(f, s);
    case AST_With: return exec_with_from(f, s, 0, ret);
    case AST_Assert: return exec_assert(f, s);
    case AST_Delete: return exec_delete(f, s);
    case AST_Import: return exec_import(f, s);
    case AST_ImportFrom: return exec_importfrom(f, s);
    case AST_Global:
    case AST_Nonlocal:
    case AST_Pass: return EX_NORMAL;
    case AST_Break: return EX_BREAK;
    case AST_Continue: return EX_CONTINUE;
    case AST_AsyncFor:
    case AST_AsyncWith:
        err_format(Exc_NotImplementedError, "'%s' is not supported yet (line %d)",
                   s->kind == AST_AsyncFor ? "async for" : "async with", s->lineno);
        return EX_ERROR;
    }
    err_set(Exc_RuntimeError, "unknown statement");
    return EX_ERROR;
}

static ExecStatus exec_block(FrameObj *f, const ast_stmt_seq *b, Obj **ret)
{
    for (int i = 0; i < b->count; i++) {
        ExecStatus st = exec_stmt(f, b->items[i], ret);
        if (st != EX_NORMAL) {
            if (st == EX_ERROR)
                add_traceback(f);
            return st;
        }
    }
    return EX_NORMAL;
}

/* ------------------------------------------------------------------ */
/* Frames                                                              */
/* ------------------------------------------------------------------ */

/* Runs the body of f's code; the return value or NULL. */
static Obj *run_body(FrameObj *f)
{
    CodeObj *c = f->code;
    if (c->kind == CODE_LAMBDA || c->kind == CODE_EVAL) {
        Obj *r = eval_expr(f, c->node);
        if (!r)
            add_traceback(f);
        return r;
    }
    if (c->kind == CODE_COMP) {
        Obj *r = run_comprehension(f);
        if (!r)
            add_traceback(f);
        return r;
    }
    Obj *ret = NULL;
    ExecStatus st = exec_block(f, c->body, &ret);
    if (st == EX_ERROR)
        return NULL;
    if (st == EX_RETURN)
        return ret;
    if (st == EX_BREAK || st == EX_CONTINUE)
        return err_set(Exc_SyntaxError, "'break' outside loop");
    return none_new();
}

/* call / return of a non-generator frame (a generator's frame is
 * reported by gen_resume/yield/return/raise instead); returning NULL with
 * an exception pending is a return with text = the exception. */
static void trace_frame(FrameObj *f, TraceKind kind, Obj *value)
{
    if (!trace_enabled() || f->gen)
        return;
    Obj *exc = kind == TR_RETURN && !value ? err_occurred() : NULL;
    TraceEvent e = { .kind = kind, .line = f->lineno, .func = STR_DATA(f->code->qualname),
                     .value = value ? trace_repr(value) : NULL,
                     .text = exc ? trace_exc_text(exc) : NULL };
    trace_emit(&e);
}

Obj *eval_frame(FrameObj *f)
{
    if (trace_repr_active)        /* reprs for the trace never run Python code */
        return err_set(Exc_RuntimeError, "no Python code in a trace repr");
    f->back = ev.frame;
    ev.frame = f;
    f->running = true;
    INCREF(f);
    trace_frame(f, TR_CALL, NULL);
    Obj *r = run_body(f);
    trace_frame(f, TR_RETURN, r);
    f->running = false;
    ev.frame = f->back;
    f->back = NULL;
    DECREF(f);
    return r;
}

Obj *eval_module(const ast_tree *tree, Obj *globals)
{
    CodeObj *c = code_new(CODE_MODULE, tree->top, "<module>", NULL, 1);
    if (!c)
        return NULL;
    c->body = &tree->mod->body;
    FrameObj *f = frame_new(c, globals, globals);
    DECREF(c);
    if (!f)
        return NULL;
    if (!ev.excinfo)
        ev.excinfo = &ev.base_excinfo;
    Obj *r = eval_frame(f);
    DECREF(f);
    return r;
}

/* ---- eval() ---- */

/* A tree parsed by eval(), kept until eval_reset (the code/constant caches
 * and any lambda it made point into it); reused for the same source. */
typedef struct EvalTree {
    struct EvalTree *next;        /* next kept tree */
    char *src;                    /* copy of the source (mem_alloc'd) */
    size_t len;                   /* its length */
    ast_tree *tree;               /* the parsed program */
} EvalTree;
static EvalTree *eval_trees;      /* all trees of this run */

/* Raises SyntaxError(msg, ("<string>", line, offset, text, end_line,
 * end_offset)) as CPython's compile() does. */
static Obj *eval_syntax_error(const char *type, const char *msg, int line, int off,
                              const char *text, int eline, int eoff)
{
    TypeObj *t = type && strcmp(type, "IndentationError") == 0 ? Exc_IndentationError
                                                               : Exc_SyntaxError;
    if (type && strcmp(type, "MemoryError") == 0)
        return err_nomemory();
    Obj *m = str_from_cstr(msg);
    Obj *info = m ? str_from_cstr("<string>") : NULL;
    Obj *tx = text ? str_from_cstr(text) : none_new();
    Obj *l = int_from_i64(line), *o = int_from_i64(off);
    Obj *el = int_from_i64(eline), *eo = int_from_i64(eoff);
    Obj *tup = info && tx && l && o && el && eo ? tuple_pack(6, info, l, o, tx, el, eo) : NULL;
    if (tup) {
        Obj *args[2] = { m, tup };
        Obj *e = exc_new(t, args, 2);
        if (e) {
            exc_set_context(e, eval_handled_exc());
            err_restore(e);
        }
    }
    XDECREF(m); XDECREF(info); XDECREF(tx); XDECREF(l); XDECREF(o); XDECREF(el); XDECREF(eo);
    XDECREF(tup);
    return NULL;
}

/* The kept tree for src (parsing it on first use); NULL + SyntaxError. */
static ast_tree *eval_tree_for(const char *src, size_t len)
{
    for (EvalTree *t = eval_trees; t; t = t->next)
        if (t->len == len && memcmp(t->src, src, len) == 0)
            return t->tree;
    ast_tree *tree = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    if (parse_program(src, len, &tree, &err) < 0) {
        eval_syntax_error(err.type, err.msg, err.lineno, err.offset, err.text,
                          err.end_lineno, err.end_offset);
        ast_error_clear(&err);
        return NULL;
    }
    EvalTree *t = mem_alloc(sizeof *t);
    char *copy = mem_alloc(len + 1);
    if (!t || !copy) {
        mem_free(t, sizeof *t);
        mem_free(copy, len + 1);
        ast_tree_free(tree);
        err_nomemory();
        return NULL;
    }
    memcpy(copy, src, len);
    copy[len] = 0;
    *t = (EvalTree){ eval_trees, copy, len, tree };
    eval_trees = t;
    return tree;
}

Obj *eval_source(Obj *source, Obj *globals, Obj *locals)
{
    const char *src = STR_DATA(source);
    size_t len = STR_NBYTES(source);
    while (len && (*src == ' ' || *src == '\t')) {    /* as CPython's eval */
        src++;
        len--;
    }
    /* a bare `yield x` is a statement (the symtable would call it "'yield'
     * outside function"); only `(yield x)` is an expression */
    unsigned char after = len > 5 ? (unsigned char)src[5] : ' ';
    bool ident = after == '_' || after >= 0x80 || ((after | 0x20) >= 'a' && (after | 0x20) <= 'z') ||
                 (after >= '0' && after <= '9');
    if (len >= 5 && memcmp(src, "yield", 5) == 0 && !ident)
        return eval_syntax_error("SyntaxError", "invalid syntax", 1, 1, NULL, 1, 1);
    ast_tree *tree = eval_tree_for(src, len);
    if (!tree)
        return NULL;
    const ast_stmt_seq *b = &tree->mod->body;
    const ast_expr *v = b->count == 1 && b->items[0]->kind == AST_Expr
                      ? b->items[0]->v.Expr.value : NULL;
    if (!v) {
        const ast_stmt *s = b->count ? b->items[b->count > 1 ? 1 : 0] : NULL;
        int line = s ? s->lineno : 0, col = s ? s->col_offset + 1 : 0;
        return eval_syntax_error("SyntaxError", "invalid syntax", line, col, NULL, line, col);
    }
    CodeObj *c = code_new(CODE_EVAL, NULL, "<module>", NULL, 1);
    if (!c)
        return NULL;
    c->node = v;
    FrameObj *f = frame_new(c, globals, locals);
    DECREF(c);
    if (!f)
        return NULL;
    Obj *r = eval_frame(f);
    DECREF(f);
    return r;
}

/* Zero-argument super(): __class__ cell and the first argument. */
int eval_super_args(Obj **type, Obj **obj)
{
    FrameObj *f = ev.frame;
    if (!f || !f->code->scope || f->code->kind == CODE_MODULE)
        return err_format_int(Exc_RuntimeError, "super(): no arguments");
    const sym_scope *s = f->code->scope;
    if (s->argcount == 0 && !s->has_varargs)
        return err_format_int(Exc_RuntimeError, "super(): no arguments");
    Obj *first = f->slots[0];
    if (first && s->slot_kinds[0] == SYM_CELL)
        first = ((CellObj *)first)->ref;
    if (!first)
        return err_format_int(Exc_RuntimeError, "super(): arg[0] deleted");
    for (int i = s->nlocalsplus - s->nfrees; i < s->nlocalsplus; i++) {
        if (strcmp(s->slot_names[i], "__class__") != 0)
            continue;
        CellObj *c = (CellObj *)f->slots[i];
        if (!c || !c->ref)
            return err_format_int(Exc_RuntimeError, "super(): empty __class__ cell");
        if (!TYPE_CHECK(c->ref))
            return err_format_int(Exc_RuntimeError, "super(): __class__ is not a type (%s)",
                                  c->ref->type->name);
        *type = c->ref;
        *obj = first;
        return 0;
    }
    return err_format_int(Exc_RuntimeError, "super(): __class__ cell not found");
}

/* Frees the evaluator's caches at the end of a run. */
void eval_reset(void)
{
    ptrmap_clear(&codes_map);
    ptrmap_clear(&consts_map);
    ptrmap_clear(&names_map);
    while (eval_trees) {
        EvalTree *t = eval_trees;
        eval_trees = t->next;
        ast_tree_free(t->tree);
        mem_free(t->src, t->len + 1);
        mem_free(t, sizeof *t);
    }
}
