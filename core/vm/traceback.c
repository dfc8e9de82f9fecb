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

/* The state of one print (CPython's exception_print_context).  Inside an
 * exception group every line starts with a margin: two spaces per level
 * of group_depth, then "| ". */
typedef struct PrintCtx {
    int group_depth;        /* groups around the exception being printed */
    bool need_close;        /* the group's last member still needs its
                               closing "+----" line */
    int chain_depth;        /* causes/contexts being printed around it */
    Obj *seen;              /* list of the exceptions printed (identity):
                               a chain stops at one of them; NULL: none */
} PrintCtx;

#define MAX_GROUP_WIDTH 15  /* members printed per group */
#define MAX_GROUP_DEPTH 10  /* nested groups printed */
#define MAX_CHAIN_DEPTH 32  /* causes/contexts followed (C stack) */

/* Where the printer writes: stderr, or (traceback.format_exception and
 * co.) a list of str pieces being captured. */
typedef struct Capture {
    StrBuf buf;             /* the piece being written */
    Obj *chunks;            /* list of finished pieces */
} Capture;

static Capture *capture;    /* NULL: print to stderr */

static void out_bytes(const char *s, size_t n)
{
    if (capture)
        sb_add(&capture->buf, s, n);
    else
        rt_write_stderr(s, n);
}

/* Ends a piece of the captured text (CPython's traceback module yields
 * the header, each entry, the exception line, ... as separate strings). */
static void out_piece_end(void)
{
    if (!capture || !capture->buf.len)
        return;
    Obj *s = sb_finish(&capture->buf);
    sb_init(&capture->buf);
    if (!s || list_append(capture->chunks, s) < 0)
        err_clear();
    XDECREF(s);
}

static void out_cstr(const char *s) { out_bytes(s, strlen(s)); }

static void out_str(Obj *s)
{
    if (s)
        out_bytes(STR_DATA(s), STR_NBYTES(s));
}

static void out_indent(int n)
{
    for (; n > 0; n--)
        out_cstr(" ");
}

/* The start of a line: the group indent, then `margin` (CPython's
 * _Py_WriteIndentedMargin). */
static void out_margin_with(const PrintCtx *c, const char *margin)
{
    out_indent(2 * c->group_depth);
    out_cstr(margin);
}

static void out_margin(const PrintCtx *c) { out_margin_with(c, c->group_depth ? "| " : ""); }

/* Code points in the first `bytes` bytes of UTF-8 text. */
static int cp_count(const char *s, size_t bytes)
{
    int n = 0;
    for (size_t i = 0; i < bytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

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

/* The source line (stripped) and, when the failing span is a part of
 * it, a caret line (CPython 3.11). */
/* One entry of a traceback or a stack: where, and the span to mark. */
typedef struct Entry {
    Obj *filename, *name;
    int lineno, end_lineno, col, end_col;     /* col -1: no span */
    bool evalcode;                            /* eval("...") code: no source */
} Entry;

static Entry entry_of(TracebackObj *t)
{
    Entry e = { t->frame->code->filename, t->frame->code->name, t->lineno, t->end_lineno,
                t->col, t->end_col, t->frame->code->kind == CODE_EVAL };
    return e;
}

static void print_source(const PrintCtx *c, const Entry *t)
{
    size_t len;
    const char *line = rt_source_line_of(t->filename, t->lineno, &len);
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
    out_margin(c);
    out_cstr("    ");
    out_bytes(line + lead, end - lead);
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
    out_margin(c);
    out_indent(4 + cp_count(line + lead, (size_t)t->col - lead));
    for (size_t p = 0; p < nseg; p++)
        if (((unsigned char)seg[p] & 0xC0) != 0x80)
            out_cstr(!anchored || (p >= lo && p < hi) ? "^" : "~");
    out_cstr("\n");
}

/* One "  File ..., line N, in f" entry and its source line. */
static void print_entry(const PrintCtx *c, const Entry *t)
{
    char buf[64];
    snprintf(buf, sizeof buf, "\", line %d, in ", t->lineno);
    out_margin(c);
    out_cstr("  File \"");
    out_cstr(t->evalcode ? "<string>" : STR_DATA(t->filename));
    out_cstr(buf);
    out_str(t->name);
    out_cstr("\n");
    if (!t->evalcode)
        print_source(c, t);
    out_piece_end();
}

static void print_tb_entry(const PrintCtx *c, TracebackObj *t)
{
    Entry e = entry_of(t);
    print_entry(c, &e);
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
    out_cstr(buf);                      /* no margin, as in CPython 3.11 */
    out_piece_end();
}

static bool same_place(const TracebackObj *a, const TracebackObj *b)
{
    return a->lineno == b->lineno && a->frame->code == b->frame->code;
}

/* Is f a frame of library code standing in for what CPython writes in C (itertools, operator, deque, partial, ...)?  CPython's
 * tracebacks have no line for those.  A library module lists them in its
 * global __c_frames__: True for all its code, or a tuple of qualified
 * names, each also covering what is nested in it ('deque' covers
 * 'deque.pop' and its lambdas). */
bool tb_c_frame(const struct FrameObj *f)
{
    return tb_c_code(f->code, f->globals);
}

bool tb_c_code(const CodeObj *code, Obj *globals)
{
    static const char lib[] = "/coroscope/lib/";
    if (strncmp(STR_DATA(code->filename), lib, sizeof lib - 1) != 0 ||
        !globals || !DICT_CHECK(globals))
        return false;
    Obj *names = dict_getitem_cstr(globals, "__c_frames__");
    if (!names)
        return false;
    if (names == obj_true)
        return true;
    if (!TUPLE_CHECK(names))
        return false;
    const char *qn = STR_DATA(code->qualname);
    for (size_t i = 0; i < TUPLE_SIZE(names); i++) {
        Obj *p = TUPLE_ITEM(names, i);
        if (!STR_CHECK(p))
            continue;
        size_t n = STR_NBYTES(p);
        if (strncmp(qn, STR_DATA(p), n) == 0 && (qn[n] == 0 || qn[n] == '.'))
            return true;
    }
    return false;
}

/* The entries to print of tbo: all, or (traceback's limit=) the first
 * `limit` ones, or the last -limit ones.  *skip: how many to pass over. */
static int64_t tb_limit = TB_NO_LIMIT;

static size_t entries_to_print(Obj *tbo, size_t *skip)
{
    size_t n = 0;
    for (TracebackObj *t = (TracebackObj *)tbo; t; t = (TracebackObj *)t->next)
        n += !tb_c_frame(t->frame);
    *skip = 0;
    if (tb_limit == TB_NO_LIMIT)
        return n;
    if (tb_limit >= 0)
        return (size_t)tb_limit < n ? (size_t)tb_limit : n;
    size_t keep = (size_t)-tb_limit < n ? (size_t)-tb_limit : n;
    *skip = n - keep;
    return keep;
}

/* The entries of a traceback within tb_limit, CPython's C code left out,
 * a run of the same place shown TB_RECURSIVE_CUTOFF times then counted. */
static void print_tb_entries(const PrintCtx *c, Obj *tbo)
{
    size_t skip, todo = entries_to_print(tbo, &skip);
    TracebackObj *t = (TracebackObj *)tbo, *last = NULL;
    int count = 0;
    for (; skip; t = (TracebackObj *)t->next)
        if (!tb_c_frame(t->frame))
            skip--;
    for (; t && todo; t = (TracebackObj *)t->next) {
        if (tb_c_frame(t->frame))
            continue;                   /* CPython's C code: no entry */
        todo--;
        if (!last || !same_place(last, t)) {
            print_repeats(count);
            last = t;
            count = 0;
        }
        if (++count <= TB_RECURSIVE_CUTOFF)
            print_tb_entry(c, t);
    }
    print_repeats(count);
}

/* The header ("Traceback ..." or "Exception Group Traceback ...", after
 * header_margin) and the entries of a traceback. */
static void print_traceback(const PrintCtx *c, Obj *tbo, const char *header_margin,
                            const char *header)
{
    size_t skip;
    if (!entries_to_print(tbo, &skip) && tb_limit != TB_NO_LIMIT)
        return;                         /* traceback's limit: no header either */
    out_margin_with(c, header_margin);
    out_cstr(header);
    out_piece_end();
    print_tb_entries(c, tbo);
}

/* The `File "<string>", line N` and source lines CPython prints above a
 * SyntaxError raised by eval(). */
static void print_syntax_location(const PrintCtx *c, Obj *exc)
{
    Obj *info = exc_syntax_info(exc);
    if (!info)
        return;
    Obj *file = TUPLE_ITEM(info, 0), *line = TUPLE_ITEM(info, 1);
    Obj *text = TUPLE_SIZE(info) > 3 ? TUPLE_ITEM(info, 3) : NULL;
    Obj *loc = str_from_format("  File \"%S\", line %S\n", file, line);
    out_margin(c);
    out_str(loc);
    XDECREF(loc);
    if (text && STR_CHECK(text) && STR_NBYTES(text)) {
        const char *p = STR_DATA(text), *e = p + STR_NBYTES(text);
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        while (e > p && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' '))
            e--;
        out_cstr("    ");                 /* no margin, as in CPython 3.11 */
        out_bytes(p, (size_t)(e - p));
        out_cstr("\n");
    }
    err_clear();
}

/* "Type: message" (with module prefix and suggestion) */
static void print_exc_line(const PrintCtx *c, Obj *exc)
{
    TypeObj *t = exc->type;
    if (type_is_subtype(t, Exc_SyntaxError) && exc_syntax_info(exc)) {
        print_syntax_location(c, exc);
        out_margin(c);
        out_str(t->qualname ? t->qualname : t->name_obj);
        Obj *msg = obj_str(TUPLE_ITEM(((ExcObj *)exc)->args, 0));
        err_clear();
        if (msg && STR_NBYTES(msg)) {
            out_cstr(": ");
            out_str(msg);
        }
        XDECREF(msg);
        out_cstr("\n");
        out_piece_end();
        return;
    }
    out_margin(c);
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
    out_piece_end();
}

/* One note: str(note), each of its lines after the margin. */
static void print_note(const PrintCtx *c, Obj *note)
{
    Obj *s = obj_str(note);
    if (!s) {
        err_clear();
        out_cstr("<note str() failed>");
    }
    for (const char *p = s ? STR_DATA(s) : NULL, *e = p + (s ? STR_NBYTES(s) : 0); p && p < e;) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *next = nl ? nl + 1 : e;
        out_margin(c);
        out_bytes(p, (size_t)(next - p));
        if (nl)
            out_piece_end();
        p = next;
    }
    XDECREF(s);
    out_cstr("\n");
    out_piece_end();
}

/* The __notes__ after the exception line (CPython's
 * print_exception_notes): each note's lines, or the repr of a
 * __notes__ that is not a sequence (with no newline after it: CPython
 * 3.11 forgets it). */
static void print_notes(const PrintCtx *c, Obj *exc)
{
    Obj *notes = ((ExcObj *)exc)->notes;
    if (!notes)
        return;
    if (!notes->type->getitem || DICT_CHECK(notes)) {   /* not a sequence */
        out_margin(c);
        Obj *r = obj_repr(notes);
        if (r)
            out_str(r);
        else
            out_cstr("<__notes__ repr() failed>");
        err_clear();
        XDECREF(r);
        return;
    }
    Obj *items = list_from_iter(notes);     /* a note's __str__ may change notes */
    for (size_t i = 0; items && i < LIST_SIZE(items); i++)
        print_note(c, LIST_ITEM(items, i));
    XDECREF(items);
    err_clear();
}

/* One exception without its chain: traceback, exception line, notes. */
static void print_exception(const PrintCtx *c, Obj *exc)
{
    Obj *tb = ((ExcObj *)exc)->traceback;
    if (tb && EXC_GROUP_CHECK(exc))
        print_traceback(c, tb, c->group_depth == 1 ? "+ " : c->group_depth ? "| " : "",
                        "Exception Group Traceback (most recent call last):\n");
    else if (tb)
        print_traceback(c, tb, c->group_depth ? "| " : "", "Traceback (most recent call last):\n");
    print_exc_line(c, exc);
    print_notes(c, exc);
}

static void print_recursive(PrintCtx *c, Obj *exc);

static bool seen_before(const PrintCtx *c, Obj *exc)
{
    for (size_t i = 0; c->seen && i < LIST_SIZE(c->seen); i++)
        if (LIST_ITEM(c->seen, i) == exc)
            return true;
    return false;
}

/* A cause or context, then the message that links it to what follows. */
static void print_chained(PrintCtx *c, Obj *exc, const char *message)
{
    bool need_close = c->need_close;
    c->chain_depth++;
    print_recursive(c, exc);
    c->chain_depth--;
    c->need_close = need_close;
    out_margin(c);
    out_cstr("\n");
    out_margin(c);
    out_cstr(message);
    out_margin(c);
    out_cstr("\n");
    out_piece_end();
}

/* The cause, else the context (unless suppressed), of exc, when it has
 * not been printed yet. */
static void print_cause_and_context(PrintCtx *c, Obj *exc)
{
    if (c->seen && list_append(c->seen, exc) < 0)
        err_clear();
    ExcObj *e = (ExcObj *)exc;
    if (c->chain_depth >= MAX_CHAIN_DEPTH)
        return;
    if (e->cause && EXC_CHECK(e->cause)) {
        if (!seen_before(c, e->cause))
            print_chained(c, e->cause, "The above exception was the direct cause of the "
                          "following exception:\n");
    } else if (e->context && EXC_CHECK(e->context) && !e->suppress_context) {
        if (!seen_before(c, e->context))
            print_chained(c, e->context, "During handling of the above exception, another "
                          "exception occurred:\n");
    }
}

/* The separator line above member i (0-based) of a group. */
static void print_member_separator(const PrintCtx *c, size_t i, bool truncated)
{
    char buf[80];
    if (truncated)
        snprintf(buf, sizeof buf, "%s+---------------- ... ----------------\n",
                 i == 0 ? "+-" : "  ");
    else
        snprintf(buf, sizeof buf, "%s+---------------- %zu ----------------\n",
                 i == 0 ? "+-" : "  ", i + 1);
    out_indent(2 * c->group_depth);
    out_cstr(buf);
}

/* An exception group: itself, then each member (at most
 * MAX_GROUP_WIDTH, MAX_GROUP_DEPTH levels deep) in a frame of
 * separator lines (CPython's print_exception_group). */
static void print_group(PrintCtx *c, Obj *exc)
{
    if (c->group_depth > MAX_GROUP_DEPTH) {
        out_margin(c);
        out_cstr("... (max_group_depth is 10)\n");
        return;
    }
    bool top = c->group_depth == 0;
    if (top)
        c->group_depth++;
    print_exception(c, exc);
    Obj *excs = ((ExcGroupObj *)exc)->excs;
    size_t total = excs ? TUPLE_SIZE(excs) : 0;
    size_t n = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last)
            c->need_close = true;       /* a nested group may close it */
        print_member_separator(c, i, truncated);
        c->group_depth++;
        if (!truncated) {
            print_recursive(c, TUPLE_ITEM(excs, i));
        } else {
            char buf[64];
            size_t more = total - MAX_GROUP_WIDTH;
            snprintf(buf, sizeof buf, "and %zu more exception%s\n", more, more > 1 ? "s" : "");
            out_margin(c);
            out_cstr(buf);
        }
        if (last && c->need_close) {
            out_indent(2 * c->group_depth);
            out_cstr("+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (top)
        c->group_depth--;
}

/* exc after its cause or context (CPython's print_exception_recursive). */
static void print_recursive(PrintCtx *c, Obj *exc)
{
    print_cause_and_context(c, exc);
    if (EXC_GROUP_CHECK(exc))
        print_group(c, exc);
    else
        print_exception(c, exc);
}

void tb_print(Obj *exc)
{
    Obj *saved = err_fetch();
    Capture *outer = capture;            /* a __str__ printing from inside format_exc */
    capture = NULL;
    trace_pause_inhibit++;
    PrintCtx c = { .seen = list_new(0) };
    err_clear();
    if (EXC_CHECK(exc))
        print_recursive(&c, exc);
    XDECREF(c.seen);
    trace_pause_inhibit--;
    capture = outer;
    err_restore(saved);
}

/* ---- the traceback module's formatting (captured, not printed) ---- */

typedef enum CaptureWhat { CAP_EXCEPTION, CAP_EXCEPTION_ONLY, CAP_TB } CaptureWhat;

static Obj *captured(CaptureWhat what, Obj *o, int64_t limit, bool chain)
{
    Obj *saved = err_fetch();
    Capture cap = { .chunks = list_new(0) };
    if (!cap.chunks) {
        XDECREF(saved);
        return NULL;
    }
    sb_init(&cap.buf);
    Capture *outer = capture;
    int64_t outer_limit = tb_limit;
    capture = &cap;
    tb_limit = limit;
    trace_pause_inhibit++;
    PrintCtx c = { .seen = list_new(0) };
    if (what == CAP_TB && o && o->type == &Traceback_Type) {
        print_tb_entries(&c, o);
    } else if (what == CAP_EXCEPTION_ONLY && EXC_CHECK(o)) {
        print_exc_line(&c, o);
        print_notes(&c, o);
    } else if (EXC_CHECK(o)) {
        if (chain)
            print_recursive(&c, o);
        else if (EXC_GROUP_CHECK(o))
            print_group(&c, o);
        else
            print_exception(&c, o);
    }
    out_piece_end();
    XDECREF(c.seen);
    trace_pause_inhibit--;
    capture = outer;
    tb_limit = outer_limit;
    sb_free(&cap.buf);
    err_clear();
    err_restore(saved);
    return cap.chunks;
}

Obj *tb_format_exception(Obj *exc, int64_t limit, bool chain)
{
    return captured(CAP_EXCEPTION, exc, limit, chain);
}

Obj *tb_format_exception_only(Obj *exc)
{
    return captured(CAP_EXCEPTION_ONLY, exc, TB_NO_LIMIT, false);
}

Obj *tb_format_tb(Obj *tb, int64_t limit)
{
    return captured(CAP_TB, tb, limit, false);
}

Obj *tb_format_entry(Obj *filename, int lineno, Obj *name, int end_lineno, int col,
                     int end_col)
{
    Capture cap = { .chunks = list_new(0) };
    if (!cap.chunks)
        return NULL;
    sb_init(&cap.buf);
    Capture *outer = capture;
    capture = &cap;
    PrintCtx c = { 0 };
    Entry e = { filename, name, lineno, end_lineno, col, end_col, false };
    print_entry(&c, &e);
    out_piece_end();
    capture = outer;
    sb_free(&cap.buf);
    Obj *r = LIST_SIZE(cap.chunks) ? NEWREF(LIST_ITEM(cap.chunks, 0)) : str_from_cstr("");
    DECREF(cap.chunks);
    return r;
}

/* CPython 3.11's default sys.unraisablehook prints the traceback and the
 * exception line only: no chain, no notes, no group members. */
/* The last line of an "Exception ignored in" report: CPython's
 * unraisable hook writes "Type: " + str(exc) even when that is empty
 * ("StopAsyncIteration: "), and no suggestion. */
static void print_unraisable_exc_line(const PrintCtx *c, Obj *exc)
{
    Obj *s = obj_str(exc);
    err_clear();
    if (!s || STR_NBYTES(s) || type_is_subtype(exc->type, Exc_SyntaxError)) {
        XDECREF(s);
        print_exc_line(c, exc);
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
    Capture *outer = capture;
    capture = NULL;
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
        PrintCtx c = { 0 };
        FrameObj *f = ev.frame;      /* no traceback: the running frame's line */
        if (!((ExcObj *)exc)->traceback && f)
        {
            int line, col, end_line, end_col;
            frame_span(f, &line, &col, &end_line, &end_col);
            exc_add_traceback(exc, f, line, col, end_line, end_col);
        }
        err_clear();
        if (((ExcObj *)exc)->traceback)
            print_traceback(&c, ((ExcObj *)exc)->traceback, "",
                            "Traceback (most recent call last):\n");
        print_unraisable_exc_line(&c, exc);
    }
    trace_pause_inhibit--;
    capture = outer;
    err_restore(saved);
}
