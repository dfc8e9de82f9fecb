/* exc.c - BaseException and the exception hierarchy, traceback objects,
 * the printing of uncaught exceptions in CPython 3.11's format, and the
 * "Did you mean" suggestions (a port of CPython's Python/suggestions.c).
 *
 * Global state: the Exc_* class pointers (created once by exc_init).
 */
#include "objects/exc.h"

#include <stdio.h>
#include <string.h>

#include "vm/vm.h"
#include "parser/parser.h"
#include "objects/types.h"

TypeObj *Exc_BaseException, *Exc_Exception, *Exc_TypeError, *Exc_ValueError,
        *Exc_AttributeError, *Exc_NameError, *Exc_UnboundLocalError, *Exc_KeyError,
        *Exc_IndexError, *Exc_LookupError, *Exc_ZeroDivisionError, *Exc_ArithmeticError,
        *Exc_OverflowError, *Exc_RuntimeError, *Exc_RecursionError,
        *Exc_NotImplementedError, *Exc_StopIteration, *Exc_StopAsyncIteration,
        *Exc_GeneratorExit, *Exc_KeyboardInterrupt, *Exc_SystemExit, *Exc_MemoryError,
        *Exc_AssertionError, *Exc_ImportError, *Exc_ModuleNotFoundError, *Exc_SyntaxError,
        *Exc_IndentationError, *Exc_UnicodeError, *Exc_UnicodeDecodeError, *Exc_OSError,
        *Exc_TimeoutError, *Exc_EOFError, *Exc_Warning, *Exc_RuntimeWarning,
        *Exc_DeprecationWarning, *Exc_UserWarning, *Exc_CancelledError;

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

/* SyntaxError(msg, (filename, lineno, offset, text, ...)): the details
 * tuple (borrowed) when args have that shape, else NULL. */
static Obj *syntax_info(Obj *o)
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
    Obj *info = syntax_info(o);
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
    Obj *info = syntax_info(o);
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
    return list_append(e->notes, a[0]) < 0 ? NULL : none_new();
}

static const MethodDef exc_methods[] = {
    { "with_traceback", exc_with_traceback, METH_O, NULL },
    { "add_note", exc_add_note, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

TypeObj BaseException_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "BaseException",
    .basicsize = sizeof(ExcObj), .dictoffset = offsetof(ExcObj, dict),
    .flags = TPF_BASETYPE | TPF_EXC_SUBCLASS,
    .dealloc = exc_dealloc, .tp_new = exc_tp_new, .tp_init = exc_tp_init,
    .repr = exc_repr, .str = exc_str, .getset = exc_getset, .members = exc_members,
    .methods = exc_methods, .doc = "Common base class for all exceptions",
};

/* ------------------------------------------------------------------ */
/* Helpers used by the evaluator                                       */
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

TypeObj Traceback_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "traceback",
    .basicsize = sizeof(TracebackObj), .dealloc = tb_dealloc, .getset = tb_getset,
};

int exc_add_traceback(Obj *exc, FrameObj *frame, int lineno, int col, int end_lineno, int end_col)
{
    if (!EXC_CHECK(exc))
        return 0;
    ExcObj *e = (ExcObj *)exc;
    TracebackObj *head = (TracebackObj *)e->traceback;
    TracebackObj *t = (TracebackObj *)obj_alloc(&Traceback_Type, 0);
    if (!t)
        return -1;
    t->next = (Obj *)head;
    t->frame = (FrameObj *)NEWREF((Obj *)frame);
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = end_lineno;
    t->end_col = end_col;
    e->traceback = (Obj *)t;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Suggestions (CPython's Python/suggestions.c)                        */
/* ------------------------------------------------------------------ */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1
#define LEAST_FIVE_BITS(n) ((n) & 31)

static size_t substitution_cost(char a, char b)
{
    if (LEAST_FIVE_BITS(a) != LEAST_FIVE_BITS(b))
        return MOVE_COST;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a += ('a' - 'A');
    if ('A' <= b && b <= 'Z')
        b += ('a' - 'A');
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    while (an && bn && a[0] == b[0]) {
        a++; an--; b++; bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--; bn--;
    }
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* Best candidate among the str items of array `items` (borrowed). */
static Obj *best_suggestion(Obj *const *items, size_t n, Obj *name)
{
    if (n >= MAX_CANDIDATE_ITEMS)
        return NULL;
    size_t best_dist = SIZE_MAX;
    Obj *best = NULL;
    for (size_t i = 0; i < n; i++) {
        Obj *item = items[i];
        if (!STR_CHECK(item) || str_eq(item, name))
            continue;
        size_t max_d = (STR_NBYTES(name) + STR_NBYTES(item) + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_d)
            max_d = best_dist - 1;
        size_t d = levenshtein(STR_DATA(name), STR_NBYTES(name), STR_DATA(item),
                               STR_NBYTES(item), max_d);
        if (d > max_d)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static Obj *suggest_from_dict(Obj *d, Obj *name)
{
    Obj *keys = dict_keys_list(d);
    if (!keys)
        return NULL;
    Obj *s = best_suggestion(((ListObj *)keys)->items, LIST_SIZE(keys), name);
    XINCREF(s);
    DECREF(keys);
    return s;
}

static Obj *suggest_name_error(ExcObj *e)
{
    TracebackObj *tb = (TracebackObj *)e->traceback;
    if (!tb || !e->name || !STR_CHECK(e->name))
        return NULL;
    while (tb->next)
        tb = (TracebackObj *)tb->next;
    FrameObj *f = tb->frame;
    Obj *s = best_suggestion(f->code->slot_names, (size_t)f->code->nslots, e->name);
    if (s)
        return NEWREF(s);
    if ((s = suggest_from_dict(f->globals, e->name)))
        return s;
    return suggest_from_dict(ev.builtins, e->name);
}

static Obj *suggest_attribute_error(ExcObj *e)
{
    if (!e->name || !e->obj || !STR_CHECK(e->name))
        return NULL;
    Obj *dir = obj_call_method(e->obj, ID(__dir__), NULL, 0);
    if (!dir) {
        err_clear();
        return NULL;
    }
    Obj *l = list_from_iter(dir);
    DECREF(dir);
    if (!l || list_sort(l, NULL, false) < 0) {
        XDECREF(l);
        err_clear();
        return NULL;
    }
    Obj *s = best_suggestion(((ListObj *)l)->items, LIST_SIZE(l), e->name);
    XINCREF(s);
    DECREF(l);
    return s;
}

Obj *exc_suggestion(Obj *exc)
{
    if (!EXC_CHECK(exc))
        return NULL;
    if (type_is_subtype(exc->type, Exc_NameError))
        return suggest_name_error((ExcObj *)exc);
    if (type_is_subtype(exc->type, Exc_AttributeError))
        return suggest_attribute_error((ExcObj *)exc);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Printing                                                            */
/* ------------------------------------------------------------------ */

static void out_cstr(const char *s) { rt_write_stderr(s, strlen(s)); }

static void out_str(Obj *s)
{
    if (s)
        rt_write_stderr(STR_DATA(s), STR_NBYTES(s));
}

/* Code points in the first `bytes` bytes of UTF-8 text. */
static int cp_count(const char *s, size_t bytes)
{
    int n = 0;
    for (size_t i = 0; i < bytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* The source line (stripped) and, when the failing span is a part of
 * it, a caret line (CPython 3.11). */
/* CPython 3.11's caret anchors: when the failing segment alone parses as
 * `a OP b` or `a[i]`, the byte range [*lo, *hi) of the segment drawn with
 * '^' (the operator / the subscript); the rest gets '~'.  false if not. */
#define CARET_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

static bool caret_anchors(const char *seg, size_t n, size_t *lo, size_t *hi)
{
    ast_tree *tree = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    if (parse_program_nosym(seg, n, &tree, &err) < 0) {
        ast_error_clear(&err);
        err_clear();
        return false;
    }
    const ast_stmt_seq *b = &tree->mod->body;
    const ast_expr *e = b->count == 1 && b->items[0]->kind == AST_Expr
                      ? b->items[0]->v.Expr.value : NULL;
    bool ok = false;
    if (e && e->kind == AST_BinOp && e->lineno == e->end_lineno) {
        size_t op_end = (size_t)e->v.BinOp.right->col_offset;
        /* first non-blank after the left operand, stepping over the ')'
         * of a parenthesized left operand (CPython 3.11.7's traceback.c) */
        for (size_t k = (size_t)e->v.BinOp.left->end_col_offset; k < op_end; k++) {
            if (CARET_WS(seg[k]))
                continue;
            *lo = k;
            *hi = k + 1;
            if (k + 1 < op_end && !CARET_WS(seg[k + 1]))
                (*hi)++;                        /* two-character operator */
            ok = true;
            if (k + 1 < op_end && seg[k] == ')')
                continue;
            break;
        }
    } else if (e && e->kind == AST_Subscript && e->lineno == e->end_lineno) {
        /* from the '[' after the value to just past the ']' after the slice */
        *lo = (size_t)e->v.Subscript.value->end_col_offset;
        *hi = (size_t)e->v.Subscript.slice->end_col_offset + 1;
        while (*lo < n && seg[*lo] != '[')
            (*lo)++;
        while (*hi < n && seg[*hi] != ']')
            (*hi)++;
        if (*hi < n)
            (*hi)++;
        ok = true;
    }
    ast_tree_free(tree);
    return ok && *lo < *hi && *hi <= n;
}

static void print_source(TracebackObj *t)
{
    size_t len;
    const char *line = rt_source_line(t->lineno, &len);
    if (!line)
        return;
    size_t lead = 0;
    while (lead < len && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f'))
        lead++;
    size_t end = len;
    while (end > lead && (line[end - 1] == ' ' || line[end - 1] == '\r'))
        end--;
    if (end == lead)
        return;
    out_cstr("    ");
    rt_write_stderr(line + lead, end - lead);
    out_cstr("\n");
    if (t->col < 0 || t->end_lineno != t->lineno || (size_t)t->end_col > len ||
        t->end_col <= t->col || (size_t)t->col < lead)
        return;
    /* no carets when the span covers the whole (stripped, comment-free) statement */
    size_t code_end = end;
    const char *hash = memchr(line + lead, '#', end - lead);
    if (hash)
        for (code_end = (size_t)(hash - line); code_end > lead && line[code_end - 1] == ' ';)
            code_end--;
    const char *seg = line + t->col;
    size_t nseg = (size_t)(t->end_col - t->col), lo = 0, hi = nseg;
    bool anchored = caret_anchors(seg, nseg, &lo, &hi);
    if (!anchored && (size_t)t->col == lead && (size_t)t->end_col >= code_end)
        return;
    int c0 = cp_count(line + lead, (size_t)t->col - lead);
    out_cstr("    ");
    for (int i = 0; i < c0; i++)
        out_cstr(" ");
    for (size_t p = 0; p < nseg; p++)
        if (((unsigned char)seg[p] & 0xC0) != 0x80)
            out_cstr(!anchored || (p >= lo && p < hi) ? "^" : "~");
    out_cstr("\n");
}

/* One "  File ..., line N, in f" entry and its source line. */
static void print_tb_entry(TracebackObj *t)
{
    char buf[64];
    snprintf(buf, sizeof buf, "\", line %d, in ", t->lineno);
    bool evalcode = t->frame->code->kind == CODE_EVAL;   /* eval("...") */
    out_cstr("  File \"");
    out_cstr(evalcode ? "<string>" : ev.filename ? ev.filename : "main.py");
    out_cstr(buf);
    out_str(t->frame->code->name);
    out_cstr("\n");
    if (!evalcode)
        print_source(t);
}

/* CPython prints at most 3 consecutive entries for the same place (deep
 * recursion) and then says how many more there were. */
#define TB_RECURSIVE_CUTOFF 3

static void print_repeats(int count)
{
    if (count <= TB_RECURSIVE_CUTOFF)
        return;
    char buf[80];
    count -= TB_RECURSIVE_CUTOFF;
    snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
    out_cstr(buf);
}

static bool same_place(const TracebackObj *a, const TracebackObj *b)
{
    return a->lineno == b->lineno && a->frame->code == b->frame->code;
}

static void print_traceback(Obj *tbo)
{
    out_cstr("Traceback (most recent call last):\n");
    TracebackObj *last = NULL;
    int count = 0;
    for (TracebackObj *t = (TracebackObj *)tbo; t; t = (TracebackObj *)t->next) {
        if (!last || !same_place(last, t)) {
            print_repeats(count);
            last = t;
            count = 0;
        }
        if (++count <= TB_RECURSIVE_CUTOFF)
            print_tb_entry(t);
    }
    print_repeats(count);
}

/* The `File "<string>", line N` and source lines CPython prints above a
 * SyntaxError raised by eval(). */
static void print_syntax_location(Obj *exc)
{
    Obj *info = syntax_info(exc);
    if (!info)
        return;
    Obj *file = TUPLE_ITEM(info, 0), *line = TUPLE_ITEM(info, 1);
    Obj *text = TUPLE_SIZE(info) > 3 ? TUPLE_ITEM(info, 3) : NULL;
    Obj *loc = str_from_format("  File \"%S\", line %S\n", file, line);
    out_str(loc);
    XDECREF(loc);
    if (text && STR_CHECK(text) && STR_NBYTES(text)) {
        const char *p = STR_DATA(text), *e = p + STR_NBYTES(text);
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        while (e > p && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' '))
            e--;
        out_cstr("    ");
        rt_write_stderr(p, (size_t)(e - p));
        out_cstr("\n");
    }
    err_clear();
}

/* "Type: message" (with module prefix and suggestion) */
static void print_exc_line(Obj *exc)
{
    TypeObj *t = exc->type;
    if (type_is_subtype(t, Exc_SyntaxError) && syntax_info(exc)) {
        print_syntax_location(exc);
        out_str(t->qualname ? t->qualname : t->name_obj);
        Obj *msg = obj_str(TUPLE_ITEM(((ExcObj *)exc)->args, 0));
        err_clear();
        if (msg && STR_NBYTES(msg)) {
            out_cstr(": ");
            out_str(msg);
        }
        XDECREF(msg);
        out_cstr("\n");
        return;
    }
    Obj *mod = (t->flags & TPF_HEAPTYPE) ? dict_getitem(t->dict, ID(__module__)) : NULL;
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        out_str(mod);
        out_cstr(".");
    }
    out_str(t->qualname ? t->qualname : t->name_obj);
    Obj *s = obj_str(exc);
    if (!s) {
        err_clear();
        out_cstr(": <exception str() failed>");
    } else if (STR_NBYTES(s)) {
        out_cstr(": ");
        out_str(s);
    }
    XDECREF(s);
    Obj *sug = exc_suggestion(exc);
    err_clear();
    if (sug) {
        out_cstr(". Did you mean: '");
        out_str(sug);
        out_cstr("'?");
        DECREF(sug);
    }
    out_cstr("\n");
    Obj *notes = EXC_CHECK(exc) ? ((ExcObj *)exc)->notes : NULL;
    for (size_t i = 0; notes && LIST_CHECK(notes) && i < LIST_SIZE(notes); i++) {
        out_str(LIST_ITEM(notes, i));
        out_cstr("\n");
    }
}

/* Prints exc after its cause/context (depth-limited, cycle-safe). */
static void print_chain(Obj *exc, int depth)
{
    ExcObj *e = (ExcObj *)exc;
    if (depth < 32 && e->cause && EXC_CHECK(e->cause)) {
        print_chain(e->cause, depth + 1);
        out_cstr("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (depth < 32 && e->context && EXC_CHECK(e->context) && !e->suppress_context) {
        print_chain(e->context, depth + 1);
        out_cstr("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (e->traceback)
        print_traceback(e->traceback);
    print_exc_line(exc);
}

void exc_print(Obj *exc)
{
    Obj *saved = err_fetch();
    if (EXC_CHECK(exc))
        print_chain(exc, 0);
    err_restore(saved);
}

void exc_print_unraisable(Obj *where, Obj *exc)
{
    Obj *saved = err_fetch();
    Obj *r = obj_repr(where);
    err_clear();
    out_cstr("Exception ignored in: ");
    if (r)
        out_str(r);
    else
        out_cstr("<object repr() failed>");
    out_cstr("\n");
    XDECREF(r);
    if (EXC_CHECK(exc)) {
        FrameObj *f = ev.frame;      /* no traceback: the running frame's line */
        if (!((ExcObj *)exc)->traceback && f)
        {
            int line, col, end_line, end_col;
            frame_span(f, &line, &col, &end_line, &end_col);
            exc_add_traceback(exc, f, line, col, end_line, end_col);
        }
        err_clear();
        if (((ExcObj *)exc)->traceback)
            print_traceback(((ExcObj *)exc)->traceback);
        print_exc_line(exc);
    }
    err_restore(saved);
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
    { &Exc_OSError, "OSError", &Exc_Exception },
    { &Exc_TimeoutError, "TimeoutError", &Exc_OSError },
    { &Exc_EOFError, "EOFError", &Exc_Exception },
    { &Exc_Warning, "Warning", &Exc_Exception },
    { &Exc_RuntimeWarning, "RuntimeWarning", &Exc_Warning },
    { &Exc_DeprecationWarning, "DeprecationWarning", &Exc_Warning },
    { &Exc_UserWarning, "UserWarning", &Exc_Warning },
};

/* Makes one exception class (a class with module "builtins"). */
static TypeObj *make_exc_class(const char *name, TypeObj *base)
{
    Obj *n = str_from_cstr(name);
    Obj *bases = n ? tuple_pack(1, (Obj *)base) : NULL;
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
