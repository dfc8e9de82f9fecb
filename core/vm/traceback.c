/* traceback.c - printing exceptions as CPython 3.11 prints them: the
 * traceback with source lines and carets (~~~^~~~), chained exceptions,
 * "Exception ignored in" reports, and the "Did you mean" suggestions of
 * NameError / AttributeError (a port of CPython's Python/suggestions.c).
 *
 * Printing runs with step pauses inhibited (trace.h): it may call a
 * user's __str__, but it is output, not the program's own steps.
 */
#include "vm/traceback.h"

#include <stdio.h>
#include <string.h>

#include "objects/exc.h"
#include "objects/types.h"
#include "parser/parser.h"
#include "vm/output.h"
#include "vm/trace.h"
#include "vm/vm.h"

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

static Obj *exc_suggestion(Obj *exc)
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
    Obj *info = exc_syntax_info(exc);
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
    if (type_is_subtype(t, Exc_SyntaxError) && exc_syntax_info(exc)) {
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

void tb_print(Obj *exc)
{
    Obj *saved = err_fetch();
    trace_pause_inhibit++;
    if (EXC_CHECK(exc))
        print_chain(exc, 0);
    trace_pause_inhibit--;
    err_restore(saved);
}

/* The last line of an "Exception ignored in" report: CPython's
 * unraisable hook writes "Type: " + str(exc) even when that is empty
 * ("StopAsyncIteration: "), and no suggestion. */
static void print_unraisable_exc_line(Obj *exc)
{
    Obj *s = obj_str(exc);
    err_clear();
    if (!s || STR_NBYTES(s) || type_is_subtype(exc->type, Exc_SyntaxError)) {
        XDECREF(s);
        print_exc_line(exc);
        return;
    }
    DECREF(s);
    TypeObj *t = exc->type;
    Obj *mod = (t->flags & TPF_HEAPTYPE) ? dict_getitem(t->dict, ID(__module__)) : NULL;
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        out_str(mod);
        out_cstr(".");
    }
    out_str(t->qualname ? t->qualname : t->name_obj);
    out_cstr(": \n");
}

void interp_print_unraisable(Obj *where, Obj *exc)
{
    Obj *saved = err_fetch();
    trace_pause_inhibit++;
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
        print_unraisable_exc_line(exc);
    }
    trace_pause_inhibit--;
    err_restore(saved);
}

