/* compile.c - code generation: AST to instruction lists, one unit per
 * code object (assemble.c then resolves jumps, stack depths and the
 * exception table).
 *
 * The shapes follow CPython 3.11's compile.c, with two differences: the
 * exception handlers of a unit are kept in a handler stack while code is
 * emitted (each instruction records the innermost one, so no
 * SETUP/POP_BLOCK pseudo-instructions reach the code), and handlers get
 * only the exception pushed (no "lasti").
 *
 * Statements: the first instruction of every statement carries OP_STMT
 * (a NOP stands in for statements that compile to nothing), so the VM
 * counts one step and reports one "line" event per statement executed,
 * never for a loop's jump back.
 *
 * Positions: every instruction records the span of the node being
 * compiled (an expression's span is restored when it is done, a
 * statement's stays until the next one), which is what tracebacks print.
 *
 * Errors: the first one is kept in Compiler.err and every function
 * returns -1 from then on; the only compile-time error the parser and the
 * symtable leave to the compiler is "too many statically nested blocks".
 */
#include "compiler/compile.h"

#include <stdio.h>
#include <string.h>

#include "compiler/assemble.h"
#include "objects/types.h"
#include "parser/symtable.h"

#define MAX_BLOCKS 20           /* CPython's CO_MAXBLOCKS */

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

/* What a break/continue/return must unwind (CPython's fblockinfo). */
typedef enum FBlockKind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER
} FBlockKind;

struct FBlock {
    FBlockKind kind;
    int start;                  /* loops: the continue target label */
    int exit;                   /* loops: the break target label */
    const ast_stmt_seq *finally;/* FINALLY_TRY: the finally body */
    const ast_excepthandler *handler; /* HANDLER_CLEANUP: the clause (its name) */
    CodePos loc;                /* WITH: the with statement's position */
    bool is_async;              /* WITH: async with (its exit is awaited) */
};
typedef struct FBlock FBlock;

typedef struct Compiler {
    ast_error *err;             /* the first error, where it goes */
    bool failed;                /* an error has been recorded */
    const char *filename;       /* co_filename */
    Obj *filename_obj;
    Obj *displayhook;           /* mode "single": called with each module-level
                                   expression statement's value (borrowed) */
    bool future_annotations;    /* `from __future__ import annotations` */
    const char *src;            /* the source (annotations as strings) */
    size_t srclen;
} Compiler;

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

static int fail_memory(Unit *u)
{
    Compiler *c = u->c;
    if (!c->failed) {
        c->failed = true;
        c->err->type = "MemoryError";
        snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
    }
    return -1;
}

/* The assembler failed: out of memory, or (a bug) inconsistent code. */
static int fail_assemble(Unit *u)
{
    Obj *e = err_fetch();
    bool bug = e && !type_is_subtype(e->type, Exc_MemoryError);
    XDECREF(e);
    if (!bug)
        return fail_memory(u);
    if (!u->c->failed) {
        u->c->failed = true;
        u->c->err->type = "SystemError";
        snprintf(u->c->err->msg, sizeof u->c->err->msg,
                 "compiler: inconsistent stack depth in %s", STR_DATA(u->qualname));
    }
    return -1;
}

/* A SyntaxError at a statement (CPython's compiler_error). */
static int fail_syntax(Unit *u, const ast_stmt *s, const char *msg)
{
    Compiler *c = u->c;
    if (!c->failed) {
        c->failed = true;
        c->err->type = "SyntaxError";
        snprintf(c->err->msg, sizeof c->err->msg, "%s", msg);
        c->err->lineno = s->lineno;
        c->err->offset = s->col_offset + 1;
        c->err->end_lineno = s->end_lineno;
        c->err->end_offset = s->end_col_offset + 1;
    }
    return -1;
}

/* ------------------------------------------------------------------ */
/* Emitting                                                            */
/* ------------------------------------------------------------------ */

static int grow(Unit *u, void **arr, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    void *n = mem_realloc(*arr, (size_t)*cap * elem, (size_t)ncap * elem);
    if (!n)
        return fail_memory(u);
    *arr = n;
    *cap = ncap;
    return 0;
}
#define GROW(u, arr, cap, need) grow((u), (void **)&(arr), &(cap), (need), sizeof *(arr))

/* Appends one instruction at the current position; -1 on error. */
static int emit(Unit *u, int op, int arg)
{
    if (u->c->failed)
        return -1;
    if ((unsigned)arg > INSTR_ARG_MAX)
        return fail_memory(u);
    if (GROW(u, u->code, u->capcode, u->ncode + 1) < 0)
        return -1;
    Instruction *in = &u->code[u->ncode];
    in->in = INSTR(op, arg);
    in->pos = u->loc;
    in->label = -1;
    in->handler = u->hdepth ? u->hstack[u->hdepth - 1] : -1;
    if (u->stmt_pending) {
        in->in |= OP_STMT;
        u->stmt_pending = false;
    }
    return u->ncode++;
}

static int new_label(Unit *u)
{
    if (GROW(u, u->labels, u->caplabels, u->nlabels + 1) < 0)
        return -1;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

/* A jump (or SEND / FOR_ITER) to a label, resolved by the assembler. */
static int emit_jump(Unit *u, int op, int label)
{
    int i = emit(u, op, 0);
    if (i >= 0)
        u->code[i].label = label;
    return i < 0 ? -1 : 0;
}

/* Ends a statement that has emitted nothing: a NOP carries its start. */
static int flush_stmt(Unit *u)
{
    return u->stmt_pending && emit(u, OP_NOP, 0) < 0 ? -1 : 0;
}

/* The next instruction is `label`.  A pending statement start goes on a
 * NOP before it, so that jumps to the label do not start the statement
 * again. */
static int place_label(Unit *u, int label)
{
    if (label < 0 || flush_stmt(u) < 0)
        return -1;
    u->labels[label] = u->ncode;
    return 0;
}

/* ---- the handler stack ---- */

/* Pushes a handler at `label`: instructions emitted from now on are
 * protected by it (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH). */
static int push_handler(Unit *u, int label, int adjust)
{
    if (u->hdepth == MAX_HANDLERS)
        return fail_memory(u);
    if (GROW(u, u->handlers, u->caphandlers, u->nhandlers + 1) < 0)
        return -1;
    if (flush_stmt(u) < 0)
        return -1;
    u->handlers[u->nhandlers] = (HandlerDef){ .label = label, .setup_at = u->ncode,
                                              .adjust = adjust };
    u->hstack[u->hdepth++] = u->nhandlers++;
    return 0;
}

/* Protects what follows by handler `id` again (code placed after a
 * region that left it, but reached from inside it). */
static void repush_handler(Unit *u, int id) { u->hstack[u->hdepth++] = id; }

/* Ends the innermost protected region (POP_BLOCK). */
static void pop_handler(Unit *u) { u->hdepth--; }

/* ---- constants, names, caches ---- */

static int add_const(Unit *u, Obj *v)    /* steals v */
{
    if (!v)
        return fail_memory(u);
    int i = constmap_add(&u->consts, v);
    DECREF(v);
    return i < 0 ? fail_memory(u) : i;
}

static int add_name(Unit *u, const char *id)
{
    Obj *s = str_intern_cstr(id);
    if (!s)
        return fail_memory(u);
    int i = constmap_add(&u->names, s);
    DECREF(s);
    return i < 0 ? fail_memory(u) : i;
}

/* A new inline cache for `id` (each instruction site has its own). */
static int add_cache(Unit *u, const char *id)
{
    Obj *s = str_intern_cstr(id);
    if (!s || GROW(u, u->caches, u->capcaches, u->ncaches + 1) < 0) {
        XDECREF(s);
        return fail_memory(u);
    }
    u->caches[u->ncaches] = s;
    return u->ncaches++;
}

static int emit_const(Unit *u, Obj *v)   /* steals v */
{
    int k = add_const(u, v);
    return k < 0 ? -1 : emit(u, OP_LOAD_CONST, k) < 0 ? -1 : 0;
}

static int emit_none(Unit *u) { return emit_const(u, none_new()); }

static int emit_name_op(Unit *u, int op, const char *id)
{
    int k = add_name(u, id);
    return k < 0 || emit(u, op, k) < 0 ? -1 : 0;
}

static int emit_cache_op(Unit *u, int op, const char *id)
{
    int k = add_cache(u, id);
    return k < 0 || emit(u, op, k) < 0 ? -1 : 0;
}

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

/* ---- positions ---- */

static CodePos pos_of(int line, int col, int end_line, int end_col, int stmt_line)
{
    CodePos p = { line, end_line, (int16_t)(col > 32767 ? -1 : col),
                  (int16_t)(end_col > 32767 ? -1 : end_col), stmt_line };
    if (p.col < 0)
        p.end_col = -1;
    return p;
}

static void set_loc_expr(Unit *u, const ast_expr *e)
{
    u->loc = pos_of(e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, u->loc.stmt_line);
}

/* ------------------------------------------------------------------ */
/* Frame blocks (what break/continue/return unwind)                    */
/* ------------------------------------------------------------------ */

static int push_fblock(Unit *u, const ast_stmt *s, FBlock b)
{
    if (u->nfblocks == MAX_BLOCKS)
        return fail_syntax(u, s, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = b;
    return 0;
}

static void pop_fblock(Unit *u) { u->nfblocks--; }

static int stmts(Unit *u, const ast_stmt_seq *seq);
static int expr(Unit *u, const ast_expr *e);
static int store_name_ref(Unit *u, const char *id, const ast_nameref *r);
static int delete_name_ref(Unit *u, const char *id, const ast_nameref *r);
static int delegate_loop(Unit *u);

/* exit(None, None, None) for a with block left without an exception,
 * awaited for `async with`; the exit function is on top of the stack. */
static int call_exit_with_nones(Unit *u, bool await)
{
    TRY(emit_none(u));
    TRY(emit_none(u));
    TRY(emit_none(u));
    TRY(emit(u, OP_CALL, 3));
    if (await) {
        TRY(emit(u, OP_GET_AWAITABLE, 2));
        TRY(delegate_loop(u));
    }
    return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
}

/* `name = None; del name` after an except clause that bound a name. */
static int clear_handler_name(Unit *u, const ast_excepthandler *h)
{
    TRY(emit_none(u));
    TRY(store_name_ref(u, h->name, &h->bind));
    return delete_name_ref(u, h->name, &h->bind);
}

/* Emits what leaving block b on a break/continue/return needs;
 * preserve_tos: a return value sits on top and must stay there. */
static int unwind_fblock(Unit *u, const ast_stmt *s, FBlock *b, bool preserve_tos)
{
    switch (b->kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR:
        if (preserve_tos)
            TRY(emit(u, OP_SWAP, 2));
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;     /* the iterator */
    case FB_TRY_EXCEPT:
        pop_handler(u);
        return 0;
    case FB_FINALLY_TRY: {
        pop_handler(u);
        /* run the finally body here (a return inside it drops our value) */
        if (preserve_tos)
            TRY(push_fblock(u, s, (FBlock){ .kind = FB_POP_VALUE }));
        TRY(stmts(u, b->finally));
        if (preserve_tos)
            pop_fblock(u);
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            TRY(emit(u, OP_SWAP, 2));
        TRY(emit(u, OP_POP_TOP, 0));                    /* the exception */
        if (preserve_tos)
            TRY(emit(u, OP_SWAP, 2));
        pop_handler(u);
        return emit(u, OP_POP_EXCEPT, 0) < 0 ? -1 : 0;
    case FB_WITH: {
        pop_handler(u);
        if (preserve_tos)
            TRY(emit(u, OP_SWAP, 2));
        CodePos saved = u->loc;
        u->loc = b->loc;
        int r = call_exit_with_nones(u, b->is_async);
        u->loc = saved;
        return r;
    }
    case FB_HANDLER_CLEANUP:
        if (b->handler && b->handler->name)
            pop_handler(u);                             /* the name's cleanup */
        if (preserve_tos)
            TRY(emit(u, OP_SWAP, 2));
        pop_handler(u);
        TRY(emit(u, OP_POP_EXCEPT, 0));
        return b->handler && b->handler->name ? clear_handler_name(u, b->handler) : 0;
    case FB_POP_VALUE:
        if (preserve_tos)
            TRY(emit(u, OP_SWAP, 2));
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
    case FB_EXCEPTION_GROUP_HANDLER:        /* the symtable reports it first */
        return fail_syntax(u, s, "'break', 'continue' and 'return' cannot appear in an "
                           "except* block");
    }
    return 0;
}

/* Unwinds blocks from the innermost out, stopping at the innermost loop
 * when `loop` is given (*loop gets a copy; kind FB_POP_VALUE: none).  The
 * block and handler stacks are restored afterwards: the code after a
 * return still runs inside them. */
static int unwind_fblocks(Unit *u, const ast_stmt *s, bool preserve_tos, FBlock *loop)
{
    int saved_n = u->nfblocks, saved_h = u->hdepth;
    FBlock saved_blocks[MAX_BLOCKS];
    int saved_hstack[MAX_HANDLERS];
    memcpy(saved_blocks, u->fblocks, sizeof saved_blocks);
    memcpy(saved_hstack, u->hstack, sizeof saved_hstack);
    if (loop)
        loop->kind = FB_POP_VALUE;
    int rc = 0;
    while (u->nfblocks > 0 && rc == 0) {
        FBlock b = u->fblocks[u->nfblocks - 1];
        if (loop && (b.kind == FB_WHILE || b.kind == FB_FOR)) {
            *loop = b;
            break;
        }
        u->nfblocks--;
        rc = unwind_fblock(u, s, &b, preserve_tos);
    }
    memcpy(u->fblocks, saved_blocks, sizeof saved_blocks);
    memcpy(u->hstack, saved_hstack, sizeof saved_hstack);
    u->nfblocks = saved_n;
    u->hdepth = saved_h;
    return rc;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static int load_name_ref(Unit *u, const char *id, const ast_nameref *r)
{
    switch (r->ref) {
    case AST_REF_FAST: return emit(u, OP_LOAD_FAST, r->slot) < 0 ? -1 : 0;
    case AST_REF_DEREF: return emit(u, OP_LOAD_DEREF, r->slot) < 0 ? -1 : 0;
    case AST_REF_CLASSDEREF: return emit(u, OP_LOAD_CLASSDEREF, r->slot) < 0 ? -1 : 0;
    case AST_REF_GLOBAL: return emit_cache_op(u, OP_LOAD_GLOBAL, id);
    case AST_REF_NAME:
    case AST_REF_NONE: break;
    }
    return emit_cache_op(u, OP_LOAD_NAME, id);
}

static int store_name_ref(Unit *u, const char *id, const ast_nameref *r)
{
    switch (r->ref) {
    case AST_REF_FAST: return emit(u, OP_STORE_FAST, r->slot) < 0 ? -1 : 0;
    case AST_REF_DEREF:
    case AST_REF_CLASSDEREF: return emit(u, OP_STORE_DEREF, r->slot) < 0 ? -1 : 0;
    case AST_REF_GLOBAL: return emit_name_op(u, OP_STORE_GLOBAL, id);
    case AST_REF_NAME:
    case AST_REF_NONE: break;
    }
    return emit_name_op(u, OP_STORE_NAME, id);
}

static int delete_name_ref(Unit *u, const char *id, const ast_nameref *r)
{
    switch (r->ref) {
    case AST_REF_FAST: return emit(u, OP_DELETE_FAST, r->slot) < 0 ? -1 : 0;
    case AST_REF_DEREF:
    case AST_REF_CLASSDEREF: return emit(u, OP_DELETE_DEREF, r->slot) < 0 ? -1 : 0;
    case AST_REF_GLOBAL: return emit_name_op(u, OP_DELETE_GLOBAL, id);
    case AST_REF_NAME:
    case AST_REF_NONE: break;
    }
    return emit_name_op(u, OP_DELETE_NAME, id);
}

/* ------------------------------------------------------------------ */
/* Constants                                                           */
/* ------------------------------------------------------------------ */

static Obj *constant_value(const ast_constant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: return none_new();
    case AST_CONST_TRUE: return bool_new(true);
    case AST_CONST_FALSE: return bool_new(false);
    case AST_CONST_ELLIPSIS: return NEWREF(obj_ellipsis);
    case AST_CONST_INT: return int_from_decimal(c->str, c->len);
    case AST_CONST_FLOAT: return float_from_double(c->f);
    case AST_CONST_STR: return str_from_utf8(c->str, c->len);
    case AST_CONST_BYTES: return bytes_from_data(c->str, c->len);
    }
    return NULL;
}

/* The value of e when CPython's AST optimizer folds it to a constant
 * (literals, -number, tuples of those); NULL (no error) otherwise. */
static Obj *folded(const ast_expr *e)
{
    if (e->kind == AST_Constant)
        return constant_value(&e->v.Constant.value);
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_USub &&
        e->v.UnaryOp.operand->kind == AST_Constant) {
        ast_const_kind k = e->v.UnaryOp.operand->v.Constant.value.kind;
        if (k != AST_CONST_INT && k != AST_CONST_FLOAT)
            return NULL;
        Obj *v = constant_value(&e->v.UnaryOp.operand->v.Constant.value);
        Obj *r = v ? obj_neg(v) : NULL;
        XDECREF(v);
        if (!r)
            err_clear();
        return r;
    }
    if (e->kind != AST_Tuple || e->v.Tuple.ctx != AST_Load)
        return NULL;
    const ast_expr_seq *el = &e->v.Tuple.elts;
    Obj *t = tuple_new((size_t)el->count);
    for (int i = 0; t && i < el->count; i++)
        if (!(TUPLE_ITEM(t, i) = folded(el->items[i])))
            CLEAR(t);
    return t;
}

/* Could e fold?  (No allocation: decides the shape of set displays.) */
static bool foldable(const ast_expr *e)
{
    if (e->kind == AST_Constant)
        return true;
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op != AST_Not)
        return e->v.UnaryOp.operand->kind == AST_Constant;
    if (e->kind != AST_Tuple)
        return false;
    for (int i = 0; i < e->v.Tuple.elts.count; i++)
        if (!foldable(e->v.Tuple.elts.items[i]))
            return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */
/* ------------------------------------------------------------------ */

static int nbop_of(ast_operator op)
{
    static const int map[] = {
        [AST_Add] = NB_ADD, [AST_Sub] = NB_SUB, [AST_Mult] = NB_MUL,
        [AST_MatMult] = NB_MATMUL, [AST_Div] = NB_TRUEDIV, [AST_Mod] = NB_MOD,
        [AST_Pow] = NB_POW, [AST_LShift] = NB_LSHIFT, [AST_RShift] = NB_RSHIFT,
        [AST_BitOr] = NB_OR, [AST_BitXor] = NB_XOR, [AST_BitAnd] = NB_AND,
        [AST_FloorDiv] = NB_FLOORDIV,
    };
    return map[op];
}

static int compare_op(Unit *u, ast_cmpop op)
{
    switch (op) {
    case AST_Eq: return emit(u, OP_COMPARE_OP, CMP_EQ);
    case AST_NotEq: return emit(u, OP_COMPARE_OP, CMP_NE);
    case AST_Lt: return emit(u, OP_COMPARE_OP, CMP_LT);
    case AST_LtE: return emit(u, OP_COMPARE_OP, CMP_LE);
    case AST_Gt: return emit(u, OP_COMPARE_OP, CMP_GT);
    case AST_GtE: return emit(u, OP_COMPARE_OP, CMP_GE);
    case AST_Is: return emit(u, OP_IS_OP, 0);
    case AST_IsNot: return emit(u, OP_IS_OP, 1);
    case AST_In: return emit(u, OP_CONTAINS_OP, 0);
    case AST_NotIn: return emit(u, OP_CONTAINS_OP, 1);
    }
    return -1;
}

/* a < b < c: each comparison once, short-circuiting (CPython's shape). */
static int compare(Unit *u, const ast_expr *e)
{
    int n = e->v.Compare.ops.count;
    TRY(expr(u, e->v.Compare.left));
    if (n == 1) {
        TRY(expr(u, e->v.Compare.comparators.items[0]));
        return compare_op(u, (ast_cmpop)e->v.Compare.ops.items[0]) < 0 ? -1 : 0;
    }
    int cleanup = new_label(u), end = new_label(u);
    for (int i = 0; i < n - 1; i++) {
        TRY(expr(u, e->v.Compare.comparators.items[i]));
        TRY(emit(u, OP_SWAP, 2));
        TRY(emit(u, OP_COPY, 2));
        TRY(compare_op(u, (ast_cmpop)e->v.Compare.ops.items[i]));
        TRY(emit_jump(u, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(expr(u, e->v.Compare.comparators.items[n - 1]));
    TRY(compare_op(u, (ast_cmpop)e->v.Compare.ops.items[n - 1]));
    TRY(emit_jump(u, OP_JUMP, end));
    TRY(place_label(u, cleanup));
    TRY(emit(u, OP_SWAP, 2));
    TRY(emit(u, OP_POP_TOP, 0));
    return place_label(u, end);
}

/* Jumps to `label` when bool(e) == `when`, falls through otherwise, and
 * leaves nothing on the stack (CPython's compiler_jump_if). */
static int jump_if(Unit *u, const ast_expr *e, int label, bool when)
{
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_Not)
        return jump_if(u, e->v.UnaryOp.operand, label, !when);
    if (e->kind == AST_BoolOp) {
        const ast_expr_seq *v = &e->v.BoolOp.values;
        bool is_or = e->v.BoolOp.op == AST_Or;
        int next = label;
        if (is_or != when)
            TRY(next = new_label(u));
        for (int i = 0; i < v->count - 1; i++)
            TRY(jump_if(u, v->items[i], next, is_or));
        TRY(jump_if(u, v->items[v->count - 1], label, when));
        return next != label ? place_label(u, next) : 0;
    }
    if (e->kind == AST_Compare)
        set_loc_expr(u, e);       /* CPython 3.11 leaves a comparison's span set */
    TRY(expr(u, e));
    return emit_jump(u, when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static int boolop(Unit *u, const ast_expr *e)
{
    const ast_expr_seq *v = &e->v.BoolOp.values;
    int end = new_label(u);
    int op = e->v.BoolOp.op == AST_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < v->count - 1; i++) {
        TRY(expr(u, v->items[i]));
        TRY(emit_jump(u, op, end));
    }
    TRY(expr(u, v->items[v->count - 1]));
    return place_label(u, end);
}

static bool has_starred(const ast_expr_seq *elts)
{
    for (int i = 0; i < elts->count; i++)
        if (elts->items[i]->kind == AST_Starred)
            return true;
    return false;
}

/* A list, tuple or set display.  With *starred items the collection is
 * built item by item (CPython's starunpack_helper). */
static int display(Unit *u, const ast_expr_seq *elts, int build, int add, int update, bool tuple)
{
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->count; i++)
            TRY(expr(u, elts->items[i]));
        return emit(u, build, elts->count) < 0 ? -1 : 0;
    }
    TRY(emit(u, build, 0));
    for (int i = 0; i < elts->count; i++) {
        const ast_expr *x = elts->items[i];
        if (x->kind == AST_Starred) {
            TRY(expr(u, x->v.Starred.value));
            TRY(emit(u, update, 1));
        } else {
            TRY(expr(u, x));
            TRY(emit(u, add, 1));
        }
    }
    return tuple && emit(u, OP_LIST_TO_TUPLE, 0) < 0 ? -1 : 0;
}

static int set_display(Unit *u, const ast_expr_seq *elts)
{
    if (has_starred(elts))
        return display(u, elts, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    bool all_const = true;
    for (int i = 0; i < elts->count; i++) {
        TRY(expr(u, elts->items[i]));
        all_const = all_const && foldable(elts->items[i]);
    }
    return emit(u, OP_BUILD_SET, (elts->count << 1) | all_const) < 0 ? -1 : 0;
}

static int tuple_expr(Unit *u, const ast_expr *e)
{
    Obj *k = folded(e);
    if (k)
        return emit_const(u, k);
    if (err_occurred())
        return fail_memory(u);
    if (has_starred(&e->v.Tuple.elts))
        return display(u, &e->v.Tuple.elts, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    return display(u, &e->v.Tuple.elts, OP_BUILD_TUPLE, 0, 0, false);
}

/* {k: v, **m, ...}: up to 16 pairs at a time with BUILD_MAP. */
static int dict_display(Unit *u, const ast_expr *e)
{
    const ast_expr_seq *keys = &e->v.Dict.keys, *vals = &e->v.Dict.values;
    int n = vals->count, pending = 0;
    bool have = false;
    for (int i = 0; i < n; i++) {
        if (!keys->items[i]) {
            if (pending || !have)
                TRY(emit(u, OP_BUILD_MAP, pending));
            if (have && pending)
                TRY(emit(u, OP_DICT_UPDATE, 1));
            have = true;
            pending = 0;
            TRY(expr(u, vals->items[i]));
            TRY(emit(u, OP_DICT_UPDATE, 1));
            continue;
        }
        TRY(expr(u, keys->items[i]));
        TRY(expr(u, vals->items[i]));
        if (++pending == 16) {
            TRY(emit(u, OP_BUILD_MAP, pending));
            if (have)
                TRY(emit(u, OP_DICT_UPDATE, 1));
            have = true;
            pending = 0;
        }
    }
    if (pending || !have) {
        TRY(emit(u, OP_BUILD_MAP, pending));
        if (have)
            TRY(emit(u, OP_DICT_UPDATE, 1));
    }
    return 0;
}

static int slice_expr(Unit *u, const ast_expr *e)
{
    int n = 2;
    if (e->v.Slice.lower)
        TRY(expr(u, e->v.Slice.lower));
    else
        TRY(emit_none(u));
    if (e->v.Slice.upper)
        TRY(expr(u, e->v.Slice.upper));
    else
        TRY(emit_none(u));
    if (e->v.Slice.step) {
        TRY(expr(u, e->v.Slice.step));
        n = 3;
    }
    set_loc_expr(u, e);
    return emit(u, OP_BUILD_SLICE, n) < 0 ? -1 : 0;
}

static int formatted(Unit *u, const ast_expr *e)
{
    TRY(expr(u, e->v.FormattedValue.value));
    int conv = e->v.FormattedValue.conversion;
    int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        TRY(expr(u, e->v.FormattedValue.format_spec));
        flags |= 4;
    }
    set_loc_expr(u, e);
    return emit(u, OP_FORMAT_VALUE, flags) < 0 ? -1 : 0;
}

static int joined(Unit *u, const ast_expr *e)
{
    const ast_expr_seq *v = &e->v.JoinedStr.values;
    if (v->count == 0)
        return emit_const(u, str_from_cstr(""));
    for (int i = 0; i < v->count; i++)
        TRY(expr(u, v->items[i]));
    if (v->count == 1 && v->items[0]->kind == AST_FormattedValue)
        return 0;
    return v->count > 1 && emit(u, OP_BUILD_STRING, v->count) < 0 ? -1 : 0;
}

/* ---- calls ---- */

/* The keyword arguments of a call that has **mapping: one dict built
 * from literal groups and merged mappings (duplicates are errors). */
static int call_kwargs_dict(Unit *u, const ast_keyword_seq *kws)
{
    int group = 0;
    bool have = false;
    for (int i = 0; i <= kws->count; i++) {
        const ast_keyword *k = i < kws->count ? kws->items[i] : NULL;
        if (k && k->arg) {
            int ki = add_const(u, str_from_cstr(k->arg));
            TRY(ki);
            TRY(emit(u, OP_LOAD_CONST, ki));
            TRY(expr(u, k->value));
            group++;
            continue;
        }
        if (group) {
            TRY(emit(u, OP_BUILD_MAP, group));
            if (have)
                TRY(emit(u, OP_DICT_MERGE, 1));
            have = true;
            group = 0;
        }
        if (!k)
            break;
        if (!have) {
            TRY(emit(u, OP_BUILD_MAP, 0));
            have = true;
        }
        TRY(expr(u, k->value));
        TRY(emit(u, OP_DICT_MERGE, 1));
    }
    return 0;
}

/* f(*args, **kwargs) and friends: CALL_EX with a tuple and a dict. */
static int call_ex(Unit *u, const ast_expr_seq *args, const ast_keyword_seq *kws)
{
    if (args->count == 1 && args->items[0]->kind == AST_Starred)
        TRY(expr(u, args->items[0]->v.Starred.value));
    else
        TRY(display(u, args, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
    if (kws->count)
        TRY(call_kwargs_dict(u, kws));
    return 0;
}

static bool needs_call_ex(const ast_expr_seq *args, const ast_keyword_seq *kws)
{
    if (has_starred(args))
        return true;
    for (int i = 0; i < kws->count; i++)
        if (!kws->items[i]->arg)
            return true;
    return false;
}

/* The positional then keyword arguments of a plain call; `method`: the
 * callee sits in two slots (LOAD_METHOD).  The call is at e's span. */
static int call_args(Unit *u, const ast_expr *e, const ast_expr_seq *args,
                     const ast_keyword_seq *kws, bool method, int extra)
{
    for (int i = 0; i < args->count; i++)
        TRY(expr(u, args->items[i]));
    for (int i = 0; i < kws->count; i++)
        TRY(expr(u, kws->items[i]->value));
    int n = args->count + kws->count + extra;
    if (e)
        set_loc_expr(u, e);
    if (!kws->count)
        return emit(u, method ? OP_CALL_METHOD : OP_CALL, n) < 0 ? -1 : 0;
    Obj *names = tuple_new((size_t)kws->count);
    for (int i = 0; names && i < kws->count; i++)
        if (!(TUPLE_ITEM(names, i) = str_intern_cstr(kws->items[i]->arg)))
            CLEAR(names);
    TRY(emit_const(u, names));
    return emit(u, OP_CALL_KW, n | (method ? 1 << 16 : 0)) < 0 ? -1 : 0;
}

static int call(Unit *u, const ast_expr *e)
{
    const ast_expr *fn = e->v.Call.func;
    const ast_expr_seq *args = &e->v.Call.args;
    const ast_keyword_seq *kws = &e->v.Call.keywords;
    bool ex = needs_call_ex(args, kws);
    if (!ex && fn->kind == AST_Attribute && fn->v.Attribute.ctx == AST_Load) {
        TRY(expr(u, fn->v.Attribute.value));
        CodePos saved = u->loc;
        set_loc_expr(u, fn);
        TRY(emit_cache_op(u, OP_LOAD_METHOD, fn->v.Attribute.attr));
        u->loc = saved;
        return call_args(u, e, args, kws, true, 0);
    }
    TRY(expr(u, fn));
    if (!ex)
        return call_args(u, e, args, kws, false, 0);
    TRY(call_ex(u, args, kws));
    set_loc_expr(u, e);
    return emit(u, OP_CALL_EX, kws->count ? 1 : 0) < 0 ? -1 : 0;
}

/* ---- functions, lambdas, classes, comprehensions ---- */

static CodeObj *compile_unit(Unit *parent, CodeKind kind, const sym_scope *scope,
                             const char *name, int firstlineno, const void *node);

/* Pushes the cells a child scope captures and returns MF_CLOSURE (or 0). */
static int closure(Unit *u, const sym_scope *child)
{
    if (!child->nfrees)
        return 0;
    for (int i = 0; i < child->nfrees; i++)
        TRY(emit(u, OP_LOAD_CLOSURE, child->free_from[i] < 0 ? 0 : child->free_from[i]));
    TRY(emit(u, OP_BUILD_TUPLE, child->nfrees));
    return MF_CLOSURE;
}

/* Defaults (tuple) and keyword-only defaults (dict) of a signature;
 * returns the MF_* flags for what it pushed. */
static int defaults(Unit *u, const ast_arguments *a)
{
    int flags = 0;
    if (a->defaults.count) {
        for (int i = 0; i < a->defaults.count; i++)
            TRY(expr(u, a->defaults.items[i]));
        TRY(emit(u, OP_BUILD_TUPLE, a->defaults.count));
        flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kw_defaults.count; i++) {
        if (!a->kw_defaults.items[i])
            continue;
        int ki = add_const(u, str_intern_cstr(a->kwonlyargs.items[i]->arg));
        TRY(ki);
        TRY(emit(u, OP_LOAD_CONST, ki));
        TRY(expr(u, a->kw_defaults.items[i]));
        nkw++;
    }
    if (nkw) {
        TRY(emit(u, OP_BUILD_MAP, nkw));
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

/* MAKE_FUNCTION for a compiled child code object. */
static int make_function(Unit *u, CodeObj *code, const sym_scope *scope, int flags)
{
    if (!code)
        return -1;
    int cl = closure(u, scope);
    if (cl < 0) {
        DECREF(code);
        return -1;
    }
    TRY(emit_const(u, (Obj *)code));
    return emit(u, OP_MAKE_FUNCTION, flags | cl) < 0 ? -1 : 0;
}

static int lambda(Unit *u, const ast_expr *e)
{
    int flags = defaults(u, e->v.Lambda.args);
    TRY(flags);
    CodeObj *code = compile_unit(u, CODE_LAMBDA, e->v.Lambda.scope, "<lambda>", e->lineno, e);
    return make_function(u, code, e->v.Lambda.scope, flags);
}

/* A comprehension: a function called at once with the iterator of its
 * outermost iterable, evaluated here (CPython 3.11): __aiter__() for an
 * `async for` there.  An async list/set/dict comprehension is a
 * coroutine, awaited here; an async generator expression is returned as
 * it is. */
static int comprehension(Unit *u, const ast_expr *e, const sym_scope *scope,
                         const ast_comprehension_seq *gens, const char *name)
{
    CodeObj *code = compile_unit(u, CODE_COMP, scope, name, e->lineno, e);
    TRY(make_function(u, code, scope, 0));
    TRY(expr(u, gens->items[0]->iter));
    set_loc_expr(u, e);
    TRY(emit(u, gens->items[0]->is_async ? OP_GET_AITER : OP_GET_ITER, 0));
    TRY(emit(u, OP_CALL, 1));
    if (!scope->is_coroutine)
        return 0;
    TRY(emit(u, OP_GET_AWAITABLE, 0));
    return delegate_loop(u);
}

/* ---- yield, yield from, await ---- */

/* The SEND / YIELD_VALUE loop of `yield from` and `await`: the iterator
 * is on the stack; leaves its return value. */
static int delegate_loop(Unit *u)
{
    int loop = new_label(u), exit = new_label(u);
    TRY(emit_none(u));
    TRY(place_label(u, loop));
    TRY(emit_jump(u, OP_SEND, exit));
    TRY(emit(u, OP_YIELD_VALUE, 1));
    TRY(emit_jump(u, OP_JUMP, loop));
    return place_label(u, exit);
}

static int unsupported(Unit *u, const char *msg)
{
    int k = add_const(u, str_from_cstr(msg));
    return k < 0 || emit(u, OP_UNSUPPORTED, k) < 0 ? -1 : 0;
}

static int yield_expr(Unit *u, const ast_expr *e)
{
    if (e->v.Yield.value)
        TRY(expr(u, e->v.Yield.value));
    else
        TRY(emit_none(u));
    set_loc_expr(u, e);
    if (u->scope && u->scope->is_async_generator)
        TRY(emit(u, OP_ASYNC_GEN_WRAP, 0));
    return emit(u, OP_YIELD_VALUE, 0) < 0 ? -1 : 0;
}

static int yield_from(Unit *u, const ast_expr *e, const ast_expr *value, int get_iter)
{
    TRY(expr(u, value));
    set_loc_expr(u, e);
    TRY(emit(u, get_iter, 0));
    return delegate_loop(u);
}

/* ---- the dispatcher ---- */

static int expr_inner(Unit *u, const ast_expr *e)
{
    switch (e->kind) {
    case AST_Constant:
        return emit_const(u, constant_value(&e->v.Constant.value));
    case AST_Name:
        return load_name_ref(u, e->v.Name.id, &e->v.Name.name);
    case AST_BinOp:
        TRY(expr(u, e->v.BinOp.left));
        TRY(expr(u, e->v.BinOp.right));
        return emit(u, OP_BINARY_OP, nbop_of(e->v.BinOp.op)) < 0 ? -1 : 0;
    case AST_UnaryOp: {
        Obj *k = folded(e);
        if (k)
            return emit_const(u, k);
        TRY(expr(u, e->v.UnaryOp.operand));
        static const int ops[] = { [AST_Invert] = OP_UNARY_INVERT, [AST_Not] = OP_UNARY_NOT,
                                   [AST_UAdd] = OP_UNARY_POSITIVE, [AST_USub] = OP_UNARY_NEGATIVE };
        return emit(u, ops[e->v.UnaryOp.op], 0) < 0 ? -1 : 0;
    }
    case AST_BoolOp: return boolop(u, e);
    case AST_Compare: return compare(u, e);
    case AST_Call: return call(u, e);
    case AST_Attribute:
        TRY(expr(u, e->v.Attribute.value));
        return emit_cache_op(u, OP_LOAD_ATTR, e->v.Attribute.attr);
    case AST_Subscript:
        TRY(expr(u, e->v.Subscript.value));
        TRY(expr(u, e->v.Subscript.slice));
        return emit(u, OP_BINARY_SUBSCR, 0) < 0 ? -1 : 0;
    case AST_List:
        return display(u, &e->v.List.elts, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false);
    case AST_Tuple: return tuple_expr(u, e);
    case AST_Set: return set_display(u, &e->v.Set.elts);
    case AST_Dict: return dict_display(u, e);
    case AST_Slice: return slice_expr(u, e);
    case AST_IfExp: {
        int orelse = new_label(u), end = new_label(u);
        TRY(jump_if(u, e->v.IfExp.test, orelse, false));
        TRY(expr(u, e->v.IfExp.body));
        TRY(emit_jump(u, OP_JUMP, end));
        TRY(place_label(u, orelse));
        TRY(expr(u, e->v.IfExp.orelse));
        return place_label(u, end);
    }
    case AST_NamedExpr: {
        TRY(expr(u, e->v.NamedExpr.value));
        TRY(emit(u, OP_COPY, 1));
        const ast_expr *t = e->v.NamedExpr.target;
        return store_name_ref(u, t->v.Name.id, &t->v.Name.name);
    }
    case AST_JoinedStr: return joined(u, e);
    case AST_FormattedValue: return formatted(u, e);
    case AST_Lambda: return lambda(u, e);
    case AST_ListComp:
        return comprehension(u, e, e->v.ListComp.scope, &e->v.ListComp.generators, "<listcomp>");
    case AST_SetComp:
        return comprehension(u, e, e->v.SetComp.scope, &e->v.SetComp.generators, "<setcomp>");
    case AST_DictComp:
        return comprehension(u, e, e->v.DictComp.scope, &e->v.DictComp.generators, "<dictcomp>");
    case AST_GeneratorExp:
        return comprehension(u, e, e->v.GeneratorExp.scope, &e->v.GeneratorExp.generators,
                             "<genexpr>");
    case AST_Yield: return yield_expr(u, e);
    case AST_YieldFrom: return yield_from(u, e, e->v.YieldFrom.value, OP_GET_YIELD_FROM_ITER);
    case AST_Await: return yield_from(u, e, e->v.Await.value, OP_GET_AWAITABLE);
    case AST_Starred:
        return unsupported(u, "can't use starred expression here");
    }
    return fail_memory(u);
}

/* Compiles e at its own span, then restores the enclosing position. */
static int expr(Unit *u, const ast_expr *e)
{
    CodePos saved = u->loc;
    set_loc_expr(u, e);
    int r = expr_inner(u, e);
    u->loc = saved;
    return r;
}

/* ------------------------------------------------------------------ */
/* Assignment targets                                                  */
/* ------------------------------------------------------------------ */

static int store(Unit *u, const ast_expr *t);

/* a, *b, c = value (on the stack) */
static int store_unpack(Unit *u, const ast_expr *t, const ast_expr_seq *elts)
{
    int star = -1;
    for (int i = 0; i < elts->count; i++)
        if (elts->items[i]->kind == AST_Starred)
            star = i;
    CodePos saved = u->loc;
    set_loc_expr(u, t);
    int r = star < 0 ? emit(u, OP_UNPACK_SEQUENCE, elts->count)
                     : emit(u, OP_UNPACK_EX, star | ((elts->count - star - 1) << 8));
    u->loc = saved;
    TRY(r);
    for (int i = 0; i < elts->count; i++)
        TRY(store(u, elts->items[i]));
    return 0;
}

/* Stores the value on top of the stack into target t (popping it). */
static int store(Unit *u, const ast_expr *t)
{
    CodePos saved = u->loc;
    int r;
    switch (t->kind) {
    case AST_Name:
        set_loc_expr(u, t);
        r = store_name_ref(u, t->v.Name.id, &t->v.Name.name);
        break;
    case AST_Attribute:
        TRY(expr(u, t->v.Attribute.value));
        set_loc_expr(u, t);
        r = emit_name_op(u, OP_STORE_ATTR, t->v.Attribute.attr);
        break;
    case AST_Subscript:
        TRY(expr(u, t->v.Subscript.value));
        TRY(expr(u, t->v.Subscript.slice));
        set_loc_expr(u, t);
        r = emit(u, OP_STORE_SUBSCR, 0);
        break;
    case AST_Tuple: r = store_unpack(u, t, &t->v.Tuple.elts); break;
    case AST_List: r = store_unpack(u, t, &t->v.List.elts); break;
    case AST_Starred: r = store(u, t->v.Starred.value); break;
    default: r = unsupported(u, "cannot assign to expression"); break;
    }
    u->loc = saved;
    return r < 0 ? -1 : 0;
}

static int delete_target(Unit *u, const ast_expr *t)
{
    CodePos saved = u->loc;
    int r = 0;
    switch (t->kind) {
    case AST_Name:
        set_loc_expr(u, t);
        r = delete_name_ref(u, t->v.Name.id, &t->v.Name.name);
        break;
    case AST_Attribute:
        TRY(expr(u, t->v.Attribute.value));
        set_loc_expr(u, t);
        r = emit_name_op(u, OP_DELETE_ATTR, t->v.Attribute.attr);
        break;
    case AST_Subscript:
        TRY(expr(u, t->v.Subscript.value));
        TRY(expr(u, t->v.Subscript.slice));
        set_loc_expr(u, t);
        r = emit(u, OP_DELETE_SUBSCR, 0);
        break;
    case AST_Tuple:
    case AST_List: {
        const ast_expr_seq *el = t->kind == AST_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        for (int i = 0; i < el->count && r >= 0; i++)
            r = delete_target(u, el->items[i]);
        break;
    }
    default: r = unsupported(u, "cannot delete expression"); break;
    }
    u->loc = saved;
    return r < 0 ? -1 : 0;
}

/* x OP= v: the target's parts evaluated once (CPython's shapes). */
static int augassign(Unit *u, const ast_stmt *s)
{
    const ast_expr *t = s->v.AugAssign.target;
    int op = nbop_of(s->v.AugAssign.op) + BINOP_INPLACE;
    CodePos stmt = u->loc;
    switch (t->kind) {
    case AST_Name:
        TRY(expr(u, t));
        TRY(expr(u, s->v.AugAssign.value));
        TRY(emit(u, OP_BINARY_OP, op));
        set_loc_expr(u, t);
        TRY(store_name_ref(u, t->v.Name.id, &t->v.Name.name));
        break;
    case AST_Attribute:
        TRY(expr(u, t->v.Attribute.value));
        TRY(emit(u, OP_COPY, 1));
        set_loc_expr(u, t);
        TRY(emit_cache_op(u, OP_LOAD_ATTR, t->v.Attribute.attr));
        u->loc = stmt;
        TRY(expr(u, s->v.AugAssign.value));
        TRY(emit(u, OP_BINARY_OP, op));
        TRY(emit(u, OP_SWAP, 2));
        set_loc_expr(u, t);
        TRY(emit_name_op(u, OP_STORE_ATTR, t->v.Attribute.attr));
        break;
    case AST_Subscript:
        TRY(expr(u, t->v.Subscript.value));
        TRY(expr(u, t->v.Subscript.slice));
        TRY(emit(u, OP_COPY, 2));
        TRY(emit(u, OP_COPY, 2));
        set_loc_expr(u, t);
        TRY(emit(u, OP_BINARY_SUBSCR, 0));
        u->loc = stmt;
        TRY(expr(u, s->v.AugAssign.value));
        TRY(emit(u, OP_BINARY_OP, op));
        TRY(emit(u, OP_SWAP, 3));
        TRY(emit(u, OP_SWAP, 2));
        set_loc_expr(u, t);
        TRY(emit(u, OP_STORE_SUBSCR, 0));
        break;
    default:
        return unsupported(u, "illegal expression for augmented assignment");
    }
    u->loc = stmt;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

static int stmt(Unit *u, const ast_stmt *s);

static int stmts(Unit *u, const ast_stmt_seq *seq)
{
    for (int i = 0; i < seq->count; i++)
        TRY(stmt(u, seq->items[i]));
    return 0;
}

static int if_stmt(Unit *u, const ast_stmt *s)
{
    int end = new_label(u);
    int orelse = s->v.If.orelse.count ? new_label(u) : end;
    TRY(jump_if(u, s->v.If.test, orelse, false));
    TRY(stmts(u, &s->v.If.body));
    if (s->v.If.orelse.count) {
        TRY(emit_jump(u, OP_JUMP, end));
        TRY(place_label(u, orelse));
        TRY(stmts(u, &s->v.If.orelse));
    }
    return place_label(u, end);
}

static bool always_true(const ast_expr *e)
{
    if (e->kind != AST_Constant)
        return false;
    const ast_constant *c = &e->v.Constant.value;
    return c->kind == AST_CONST_TRUE || (c->kind == AST_CONST_INT && strcmp(c->str, "0") != 0);
}

/* while test: body / else: the test is copied to the bottom of the loop
 * (one jump per iteration), as CPython 3.11 does. */
static int while_stmt(Unit *u, const ast_stmt *s)
{
    int loop = new_label(u), body = new_label(u), anchor = new_label(u), end = new_label(u);
    const ast_expr *test = s->v.While.test;
    bool forever = always_true(test);
    TRY(place_label(u, loop));
    if (!forever)
        TRY(jump_if(u, test, anchor, false));
    TRY(place_label(u, body));
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_WHILE, .start = loop, .exit = end }));
    TRY(stmts(u, &s->v.While.body));
    u->loc.line = 0;                  /* the jump back belongs to no line */
    if (forever)
        TRY(emit_jump(u, OP_JUMP, body));
    else {
        u->loc = pos_of(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, s->lineno);
        TRY(jump_if(u, test, body, true));
    }
    pop_fblock(u);
    TRY(place_label(u, anchor));
    TRY(stmts(u, &s->v.While.orelse));
    return place_label(u, end);
}

static int for_stmt(Unit *u, const ast_stmt *s)
{
    int top = new_label(u), cleanup = new_label(u), end = new_label(u);
    CodePos at = u->loc;
    TRY(expr(u, s->v.For.iter));
    TRY(emit(u, OP_GET_ITER, 0));
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_FOR, .start = top, .exit = end }));
    TRY(place_label(u, top));
    TRY(emit_jump(u, OP_FOR_ITER, cleanup));
    TRY(store(u, s->v.For.target));
    TRY(stmts(u, &s->v.For.body));
    u->loc.line = 0;
    TRY(emit_jump(u, OP_JUMP, top));
    u->loc = at;
    pop_fblock(u);
    TRY(place_label(u, cleanup));
    TRY(stmts(u, &s->v.For.orelse));
    return place_label(u, end);
}

/* async for (CPython 3.11's compiler_async_for): each item is an await
 * of __anext__() inside a handler that ends the loop on
 * StopAsyncIteration (END_ASYNC_FOR); break/continue as in `for`. */
static int async_for_stmt(Unit *u, const ast_stmt *s)
{
    int top = new_label(u), except = new_label(u), end = new_label(u);
    CodePos at = u->loc;
    TRY(expr(u, s->v.AsyncFor.iter));
    TRY(emit(u, OP_GET_AITER, 0));
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_FOR, .start = top, .exit = end }));
    TRY(place_label(u, top));
    TRY(push_handler(u, except, 0));                     /* depth with the iterator */
    TRY(emit(u, OP_GET_ANEXT, 0));
    TRY(delegate_loop(u));
    pop_handler(u);
    TRY(store(u, s->v.AsyncFor.target));
    TRY(stmts(u, &s->v.AsyncFor.body));
    u->loc.line = 0;
    TRY(emit_jump(u, OP_JUMP, top));
    pop_fblock(u);
    TRY(place_label(u, except));                         /* ait exc */
    set_loc_expr(u, s->v.AsyncFor.iter);
    TRY(emit(u, OP_END_ASYNC_FOR, 0));
    u->loc = at;
    TRY(stmts(u, &s->v.AsyncFor.orelse));
    return place_label(u, end);
}

static int break_continue(Unit *u, const ast_stmt *s, bool is_break)
{
    FBlock loop;
    TRY(unwind_fblocks(u, s, false, &loop));
    if (loop.kind == FB_POP_VALUE)
        return fail_syntax(u, s, is_break ? "'break' outside loop"
                                         : "'continue' not properly in loop");
    if (is_break) {
        if (loop.kind == FB_FOR)
            TRY(emit(u, OP_POP_TOP, 0));
        return emit_jump(u, OP_JUMP, loop.exit);
    }
    return emit_jump(u, OP_JUMP, loop.start);
}

static int return_stmt(Unit *u, const ast_stmt *s)
{
    if (s->v.Return.value)
        TRY(expr(u, s->v.Return.value));
    else
        TRY(emit_none(u));
    TRY(unwind_fblocks(u, s, true, NULL));
    return emit(u, OP_RETURN_VALUE, 0) < 0 ? -1 : 0;
}

static int raise_stmt(Unit *u, const ast_stmt *s)
{
    int n = 0;
    if (s->v.Raise.exc) {
        TRY(expr(u, s->v.Raise.exc));
        n = 1;
        if (s->v.Raise.cause) {
            TRY(expr(u, s->v.Raise.cause));
            n = 2;
        }
    }
    return emit(u, OP_RAISE_VARARGS, n) < 0 ? -1 : 0;
}

static int assert_stmt(Unit *u, const ast_stmt *s)
{
    int end = new_label(u);
    TRY(jump_if(u, s->v.Assert.test, end, true));
    TRY(emit(u, OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.Assert.msg) {
        TRY(expr(u, s->v.Assert.msg));
        TRY(emit(u, OP_CALL, 1));
    }
    TRY(emit(u, OP_RAISE_VARARGS, 1));
    return place_label(u, end);
}

/* ---- try ---- */

/* `except` clauses after a protected body (CPython's
 * compiler_try_except); the exception is on the stack at `handler`. */
static int except_clauses(Unit *u, const ast_stmt *s, int end)
{
    const ast_excepthandler_seq *hs = &s->v.Try.handlers;
    int cleanup = new_label(u);
    TRY(push_handler(u, cleanup, 0));
    int cleanup_id = u->hstack[u->hdepth - 1];
    TRY(emit(u, OP_PUSH_EXC_INFO, 0));                   /* prev exc */
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_EXCEPTION_HANDLER }));
    for (int i = 0; i < hs->count; i++) {
        const ast_excepthandler *h = hs->items[i];
        u->loc = pos_of(h->lineno, h->col_offset, h->end_lineno, h->end_col_offset, h->lineno);
        int next = new_label(u);
        if (h->type) {
            TRY(expr(u, h->type));
            TRY(emit(u, OP_CHECK_EXC_MATCH, 0));
            TRY(emit_jump(u, OP_POP_JUMP_IF_FALSE, next));
        }
        TRY(emit(u, OP_EXC_CAUGHT, 0));
        TRY(push_fblock(u, s, (FBlock){ .kind = FB_HANDLER_CLEANUP, .handler = h }));
        if (h->name) {
            int cleanup_end = new_label(u);
            TRY(store_name_ref(u, h->name, &h->bind));   /* prev */
            TRY(push_handler(u, cleanup_end, 0));
            TRY(stmts(u, &h->body));
            pop_handler(u);
            pop_handler(u);
            pop_fblock(u);
            u->loc.line = 0;
            TRY(emit(u, OP_POP_EXCEPT, 0));
            TRY(clear_handler_name(u, h));
            TRY(emit_jump(u, OP_JUMP, end));
            /* the body raised: drop the name, re-raise (inside `cleanup`) */
            repush_handler(u, cleanup_id);
            TRY(place_label(u, cleanup_end));
            TRY(clear_handler_name(u, h));
            TRY(emit(u, OP_RERAISE, 0));
        } else {
            TRY(emit(u, OP_POP_TOP, 0));                 /* prev */
            TRY(stmts(u, &h->body));
            pop_handler(u);
            pop_fblock(u);
            u->loc.line = 0;
            TRY(emit(u, OP_POP_EXCEPT, 0));
            TRY(emit_jump(u, OP_JUMP, end));
            repush_handler(u, cleanup_id);
        }
        TRY(place_label(u, next));
    }
    pop_fblock(u);
    u->loc.line = 0;
    TRY(emit(u, OP_RERAISE, 0));                         /* no clause matched */
    pop_handler(u);
    /* an exception inside the clauses: restore the handled exception */
    TRY(place_label(u, cleanup));                        /* prev exc2 */
    TRY(emit(u, OP_SWAP, 2));
    TRY(emit(u, OP_POP_EXCEPT, 0));
    return emit(u, OP_RERAISE, 0) < 0 ? -1 : 0;
}

static int try_except(Unit *u, const ast_stmt *s)
{
    int handler = new_label(u), end = new_label(u);
    TRY(push_handler(u, handler, 0));
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_TRY_EXCEPT }));
    TRY(stmts(u, &s->v.Try.body));
    pop_fblock(u);
    pop_handler(u);
    TRY(stmts(u, &s->v.Try.orelse));
    u->loc.line = 0;
    TRY(emit_jump(u, OP_JUMP, end));
    TRY(place_label(u, handler));
    TRY(except_clauses(u, s, end));
    return place_label(u, end);
}

/* One `except* T [as name]:` clause (CPython's compiler_try_star_except):
 * on entry the stack ends [orig res exc], exc being what is left to
 * match.  The part of exc that T matches goes to the body, the rest
 * stays for the next clause; what the body raises joins res. */
static int except_star_clause(Unit *u, const ast_excepthandler *h)
{
    int next = new_label(u), cleanup_end = new_label(u);
    u->loc = pos_of(h->lineno, h->col_offset, h->end_lineno, h->end_col_offset, h->lineno);
    TRY(expr(u, h->type));
    TRY(emit_jump(u, OP_CHECK_EG_MATCH, next));         /* orig res rest match */
    TRY(emit(u, OP_EXC_CAUGHT, 0));
    if (h->name)
        TRY(store_name_ref(u, h->name, &h->bind));
    else
        TRY(emit(u, OP_POP_TOP, 0));
    TRY(push_handler(u, cleanup_end, 0));
    TRY(stmts(u, &h->body));
    pop_handler(u);
    u->loc.line = 0;
    if (h->name)
        TRY(clear_handler_name(u, h));
    TRY(emit_jump(u, OP_JUMP, next));
    /* the body raised: its exception joins res (still inside `cleanup`) */
    TRY(place_label(u, cleanup_end));                   /* orig res rest exc */
    if (h->name)
        TRY(clear_handler_name(u, h));
    TRY(emit(u, OP_LIST_APPEND, 2));
    return place_label(u, next);                        /* orig res rest */
}

/* The except* clauses after a protected body; the exception is on the
 * stack at `handler`.  At the end, PREP_RERAISE_STAR combines what the
 * clauses raised with the unmatched rest, and that is raised if there
 * is anything. */
static int except_star_clauses(Unit *u, const ast_stmt *s, int end)
{
    const ast_excepthandler_seq *hs = &s->v.TryStar.handlers;
    int cleanup = new_label(u);
    TRY(push_handler(u, cleanup, 0));
    TRY(emit(u, OP_PUSH_EXC_INFO, 0));                   /* prev exc */
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_EXCEPTION_GROUP_HANDLER }));
    u->loc = pos_of(hs->items[0]->lineno, hs->items[0]->col_offset, hs->items[0]->end_lineno,
                    hs->items[0]->end_col_offset, hs->items[0]->lineno);
    TRY(emit(u, OP_COPY, 1));                            /* prev orig exc */
    TRY(emit(u, OP_BUILD_LIST, 0));
    TRY(emit(u, OP_SWAP, 2));                            /* prev orig res exc */
    for (int i = 0; i < hs->count; i++)
        TRY(except_star_clause(u, hs->items[i]));
    pop_fblock(u);
    u->loc.line = 0;
    TRY(emit(u, OP_LIST_APPEND, 1));                     /* the rest (or None) */
    TRY(emit(u, OP_PREP_RERAISE_STAR, 0));               /* prev exc-or-None */
    pop_handler(u);
    TRY(emit(u, OP_COPY, 1));
    TRY(emit_none(u));
    TRY(emit(u, OP_IS_OP, 1));
    TRY(emit_jump(u, OP_POP_JUMP_IF_TRUE, cleanup));     /* raise it there */
    TRY(emit(u, OP_POP_TOP, 0));
    TRY(emit(u, OP_POP_EXCEPT, 0));
    TRY(emit_jump(u, OP_JUMP, end));
    /* an exception to raise, or one inside the clauses: restore the
     * handled exception and raise it */
    TRY(place_label(u, cleanup));                        /* prev exc2 */
    TRY(emit(u, OP_SWAP, 2));
    TRY(emit(u, OP_POP_EXCEPT, 0));
    return emit(u, OP_RERAISE, 0) < 0 ? -1 : 0;
}

/* try: ... except* ...: (else and finally as for try_except). */
static int try_star_except(Unit *u, const ast_stmt *s)
{
    int handler = new_label(u), end = new_label(u);
    TRY(push_handler(u, handler, 0));
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_TRY_EXCEPT }));
    TRY(stmts(u, &s->v.TryStar.body));
    pop_fblock(u);
    pop_handler(u);
    TRY(stmts(u, &s->v.TryStar.orelse));
    u->loc.line = 0;
    TRY(emit_jump(u, OP_JUMP, end));
    TRY(place_label(u, handler));
    TRY(except_star_clauses(u, s, end));
    return place_label(u, end);
}

/* try: ... finally: the finally body is compiled twice: on the normal
 * path and on the exception path (then re-raising). */
static int try_finally(Unit *u, const ast_stmt *s)
{
    int handler = new_label(u), cleanup = new_label(u), exit = new_label(u);
    TRY(push_handler(u, handler, 0));
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_FINALLY_TRY, .finally = &s->v.Try.finalbody }));
    if (s->v.Try.handlers.count && s->kind == AST_TryStar)
        TRY(try_star_except(u, s));
    else if (s->v.Try.handlers.count)
        TRY(try_except(u, s));
    else
        TRY(stmts(u, &s->v.Try.body));
    pop_fblock(u);
    pop_handler(u);
    TRY(stmts(u, &s->v.Try.finalbody));
    u->loc.line = 0;
    TRY(emit_jump(u, OP_JUMP, exit));
    TRY(place_label(u, handler));                        /* exc */
    TRY(push_handler(u, cleanup, 0));
    TRY(emit(u, OP_PUSH_EXC_INFO, 0));                   /* prev exc */
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_FINALLY_END }));
    TRY(stmts(u, &s->v.Try.finalbody));
    pop_fblock(u);
    u->loc.line = 0;
    TRY(emit(u, OP_RERAISE, 0));
    pop_handler(u);
    TRY(place_label(u, cleanup));                        /* prev exc2 */
    TRY(emit(u, OP_SWAP, 2));
    TRY(emit(u, OP_POP_EXCEPT, 0));
    TRY(emit(u, OP_RERAISE, 0));
    return place_label(u, exit);
}

static int try_stmt(Unit *u, const ast_stmt *s)
{
    TRY(flush_stmt(u));
    if (s->v.Try.finalbody.count)
        return try_finally(u, s);
    if (s->kind == AST_TryStar)
        return try_star_except(u, s);
    return try_except(u, s);
}

/* ---- with ---- */

/* The enter of one item of `with` / `async with` (whose __aenter__()
 * result is awaited, at the statement's position as in CPython 3.11):
 * leaves `exit value`. */
static int with_enter(Unit *u, const ast_withitem *item, bool is_async)
{
    TRY(expr(u, item->context_expr));
    if (!is_async) {
        set_loc_expr(u, item->context_expr);
        return emit(u, OP_BEFORE_WITH, 0) < 0 ? -1 : 0;
    }
    TRY(emit(u, OP_BEFORE_ASYNC_WITH, 0));
    TRY(emit(u, OP_GET_AWAITABLE, 1));
    return delegate_loop(u);
}

/* with / async with: items i.. then the body (CPython's compiler_with and
 * compiler_async_with; the async form awaits what __aenter__ and
 * __aexit__ return). */
static int with_items(Unit *u, const ast_stmt *s, int i)
{
    const ast_with *w = &s->v.With;
    if (i == w->items.count)
        return stmts(u, &w->body);
    const ast_withitem *item = w->items.items[i];
    bool is_async = s->kind == AST_AsyncWith;
    int handler = new_label(u), cleanup = new_label(u), suppress = new_label(u),
        exit = new_label(u);
    CodePos at = pos_of(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, s->lineno);
    TRY(with_enter(u, item, is_async));              /* exit value */
    u->loc = at;
    TRY(push_handler(u, handler, -1));                   /* depth without the value */
    TRY(push_fblock(u, s, (FBlock){ .kind = FB_WITH, .loc = at, .is_async = is_async }));
    if (item->optional_vars)
        TRY(store(u, item->optional_vars));
    else
        TRY(emit(u, OP_POP_TOP, 0));
    TRY(with_items(u, s, i + 1));
    pop_fblock(u);
    pop_handler(u);
    u->loc = at;
    TRY(call_exit_with_nones(u, is_async));
    TRY(emit_jump(u, OP_JUMP, exit));
    /* the body raised: exit(type, exc, tb) decides */
    TRY(place_label(u, handler));                        /* exit exc */
    TRY(push_handler(u, cleanup, 0));
    TRY(emit(u, OP_PUSH_EXC_INFO, 0));                   /* exit prev exc */
    TRY(emit(u, OP_WITH_EXCEPT_START, 0));               /* exit prev exc res */
    if (is_async) {
        TRY(emit(u, OP_GET_AWAITABLE, 2));
        TRY(delegate_loop(u));
    }
    TRY(emit_jump(u, OP_POP_JUMP_IF_TRUE, suppress));
    u->loc.line = 0;
    TRY(emit(u, OP_RERAISE, 0));
    TRY(place_label(u, suppress));                       /* exit prev exc */
    TRY(emit(u, OP_POP_TOP, 0));
    TRY(emit(u, OP_POP_EXCEPT, 0));
    TRY(emit(u, OP_POP_TOP, 0));
    pop_handler(u);
    TRY(emit_jump(u, OP_JUMP, exit));
    TRY(place_label(u, cleanup));                        /* exit prev exc2 */
    TRY(emit(u, OP_SWAP, 2));
    TRY(emit(u, OP_POP_EXCEPT, 0));
    TRY(emit(u, OP_RERAISE, 0));
    return place_label(u, exit);
}

/* ---- imports ---- */

/* import a.b.c: IMPORT_NAME gives the module a.b.c (after importing a
 * and a.b); without `as`, the name bound is the top package a, which a
 * second IMPORT_NAME of "a" finds in sys.modules. */
static int import_stmt(Unit *u, const ast_stmt *s)
{
    for (int i = 0; i < s->v.Import.names.count; i++) {
        const ast_alias *a = s->v.Import.names.items[i];
        TRY(emit_name_op(u, OP_IMPORT_NAME, a->name));
        const char *bind = a->asname ? a->asname : a->name;
        char top[256];
        if (!a->asname && strchr(a->name, '.')) {
            snprintf(top, sizeof top, "%.*s", (int)(strchr(a->name, '.') - a->name), a->name);
            bind = top;
            TRY(emit(u, OP_POP_TOP, 0));
            TRY(emit_name_op(u, OP_IMPORT_NAME, top));
        }
        TRY(store_name_ref(u, bind, &a->bind));
    }
    return 0;
}

static int import_from(Unit *u, const ast_stmt *s)
{
    const char *mod = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    char name[512];
    int level = s->v.ImportFrom.level > 100 ? 100 : s->v.ImportFrom.level;
    snprintf(name, sizeof name, "%.*s%s", level, "....................................................................................................", mod);
    TRY(emit_name_op(u, OP_IMPORT_NAME, name));
    for (int i = 0; i < s->v.ImportFrom.names.count; i++) {
        const ast_alias *a = s->v.ImportFrom.names.items[i];
        if (strcmp(a->name, "*") == 0) {
            TRY(emit(u, OP_IMPORT_STAR, 0));
            return 0;
        }
        TRY(emit_name_op(u, OP_IMPORT_FROM, a->name));
        TRY(store_name_ref(u, a->asname ? a->asname : a->name, &a->bind));
    }
    return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
}

/* ---- match (PEP 634) ---- */

/* CPython 3.11's scheme (compile.c, "PEP 634: Structural Pattern
 * Matching"): every pattern routine consumes the subject on top of the
 * stack and jumps to a fail_pop label on failure.  on_top counts the
 * values kept above the subject's place while sub-patterns run; captured
 * values are rotated underneath them, so that the names are stored only
 * once the whole pattern matched.  fail_pop[n] pops n values, falling
 * through to fail_pop[0].  The symtable has reported every error already
 * (same checks, same order), so these routines only emit code. */
typedef struct PatCtx {
    const char **stores;        /* captured names, in stack order (first: top) */
    int nstores, capstores;
    bool allow_irrefutable;
    int *fail_pop;              /* labels */
    int fail_pop_size;
    int on_top;
} PatCtx;

static void pc_free(PatCtx *pc)
{
    mem_free(pc->stores, 0);
    mem_free(pc->fail_pop, 0);
    pc->stores = NULL;
    pc->fail_pop = NULL;
    pc->nstores = pc->capstores = pc->fail_pop_size = 0;
}

static int pc_push_store(Unit *u, PatCtx *pc, const char *name)
{
    if (GROW(u, pc->stores, pc->capstores, pc->nstores + 1) < 0)
        return -1;
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int pc_index(const PatCtx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (!strcmp(pc->stores[i], name))
            return i;
    return -1;
}

/* ensure_fail_pop: labels for popping up to n values */
static int ensure_fail_pop(Unit *u, PatCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    int cap = pc->fail_pop_size;
    if (GROW(u, pc->fail_pop, cap, size) < 0)
        return -1;
    while (pc->fail_pop_size < size) {
        int l = new_label(u);
        TRY(l);
        pc->fail_pop[pc->fail_pop_size++] = l;
    }
    return 0;
}

/* jump_to_fail_pop: on failure pop what is on top and the captures so far */
static int jump_to_fail_pop(Unit *u, PatCtx *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(u, pc, pops));
    return emit_jump(u, op, pc->fail_pop[pops]);
}

/* emit_and_reset_fail_pop: the fail_pop labels with their POP_TOPs */
static int emit_and_reset_fail_pop(Unit *u, PatCtx *pc)
{
    if (!pc->fail_pop_size)
        return 0;
    while (--pc->fail_pop_size) {
        TRY(place_label(u, pc->fail_pop[pc->fail_pop_size]));
        TRY(emit(u, OP_POP_TOP, 0));
    }
    TRY(place_label(u, pc->fail_pop[0]));
    mem_free(pc->fail_pop, 0);
    pc->fail_pop = NULL;
    return 0;
}

/* SWAP count, count-1, .. 2: the top value goes `count` deep (3.10's ROT_N) */
static int pattern_rotate(Unit *u, int count)
{
    while (count > 1)
        TRY(emit(u, OP_SWAP, count--));
    return 0;
}

static int pattern_store_name(Unit *u, PatCtx *pc, const char *name)
{
    if (!name)
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
    TRY(pattern_rotate(u, pc->on_top + pc->nstores + 1));
    return pc_push_store(u, pc, name);
}

static bool wildcard(const ast_pattern *p)
{
    return p->kind == AST_MatchAs && !p->v.MatchAs.name;
}

static void set_loc_pattern(Unit *u, const ast_pattern *p)
{
    u->loc = pos_of(p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, u->loc.stmt_line);
}

static int pattern(Unit *u, const ast_pattern *p, PatCtx *pc);

static int subpattern(Unit *u, const ast_pattern *p, PatCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    TRY(pattern(u, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int emit_int(Unit *u, int64_t v) { return emit_const(u, int_from_i64(v)); }

/* [a, *b, c]: UNPACK_EX / UNPACK_SEQUENCE, then each item */
static int sequence_unpack(Unit *u, const ast_pattern_seq *ps, int star, PatCtx *pc)
{
    int n = ps->count;
    if (star >= 0)
        TRY(emit(u, OP_UNPACK_EX, star | ((n - star - 1) << 8)));
    else
        TRY(emit(u, OP_UNPACK_SEQUENCE, n));
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(subpattern(u, ps->items[i], pc));
    }
    return 0;
}

/* [a, *_, c]: items by index (from the end: len(s) - k) */
static int sequence_subscr(Unit *u, const ast_pattern_seq *ps, int star, PatCtx *pc)
{
    int n = ps->count;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        const ast_pattern *x = ps->items[i];
        if (wildcard(x) || i == star)
            continue;
        TRY(emit(u, OP_COPY, 1));
        if (i < star)
            TRY(emit_int(u, i));
        else {
            TRY(emit(u, OP_GET_LEN, 0));
            TRY(emit_int(u, n - i));
            TRY(emit(u, OP_BINARY_OP, NB_SUB));
        }
        TRY(emit(u, OP_BINARY_SUBSCR, 0));
        TRY(subpattern(u, x, pc));
    }
    pc->on_top--;
    return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
}

static int pattern_sequence(Unit *u, const ast_pattern *p, PatCtx *pc)
{
    const ast_pattern_seq *ps = &p->v.MatchSequence.patterns;
    int n = ps->count, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        const ast_pattern *x = ps->items[i];
        if (x->kind == AST_MatchStar) {
            star_wildcard = !x->v.MatchStar.name;
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= wildcard(x);
    }
    pc->on_top++;
    TRY(emit(u, OP_MATCH_SEQUENCE, 0));
    TRY(jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0 || n > 1) {
        TRY(emit(u, OP_GET_LEN, 0));
        TRY(emit_int(u, star < 0 ? n : n - 1));
        TRY(emit(u, OP_COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE));
        TRY(jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
    if (star_wildcard)
        return sequence_subscr(u, ps, star, pc);
    return sequence_unpack(u, ps, star, pc);
}

static int pattern_mapping(Unit *u, const ast_pattern *p, PatCtx *pc)
{
    const ast_expr_seq *keys = &p->v.MatchMapping.keys;
    const ast_pattern_seq *ps = &p->v.MatchMapping.patterns;
    const char *rest = p->v.MatchMapping.rest;
    int n = keys->count;
    pc->on_top++;
    TRY(emit(u, OP_MATCH_MAPPING, 0));
    TRY(jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE));
    if (!n && !rest) {
        pc->on_top--;
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
    }
    if (n) {
        TRY(emit(u, OP_GET_LEN, 0));
        TRY(emit_int(u, n));
        TRY(emit(u, OP_COMPARE_OP, CMP_GE));
        TRY(jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE));
    }
    for (int i = 0; i < n; i++)
        TRY(expr(u, keys->items[i]));
    TRY(emit(u, OP_BUILD_TUPLE, n));
    TRY(emit(u, OP_MATCH_KEYS, 0));
    pc->on_top += 2;                                    /* subject keys values */
    TRY(emit(u, OP_COPY, 1));
    TRY(emit_none(u));
    TRY(emit(u, OP_IS_OP, 1));
    TRY(jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE));
    TRY(emit(u, OP_UNPACK_SEQUENCE, n));
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(subpattern(u, ps->items[i], pc));
    }
    pc->on_top -= 2;
    if (!rest) {
        TRY(emit(u, OP_POP_TOP, 0));                    /* the keys */
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;     /* the subject */
    }
    /* rest = dict(subject); del rest[k] for each key */
    TRY(emit(u, OP_BUILD_MAP, 0));                      /* subject keys {} */
    TRY(emit(u, OP_SWAP, 3));                           /* {} keys subject */
    TRY(emit(u, OP_DICT_UPDATE, 2));                    /* copy keys */
    TRY(emit(u, OP_UNPACK_SEQUENCE, n));                /* copy k_n .. k_1 */
    for (int left = n; left > 0; left--) {
        TRY(emit(u, OP_COPY, 1 + left));                /* copy keys.. copy */
        TRY(emit(u, OP_SWAP, 2));                       /* copy keys.. copy key */
        TRY(emit(u, OP_DELETE_SUBSCR, 0));
    }
    return pattern_store_name(u, pc, rest);
}

static int pattern_class(Unit *u, const ast_pattern *p, PatCtx *pc)
{
    const ast_pattern_seq *pos = &p->v.MatchClass.patterns, *kw = &p->v.MatchClass.kwd_patterns;
    const ast_ident_seq *attrs = &p->v.MatchClass.kwd_attrs;
    int nargs = pos->count, nattrs = attrs->count;
    TRY(expr(u, p->v.MatchClass.cls));
    Obj *names = tuple_new((size_t)nattrs);
    for (int i = 0; names && i < nattrs; i++)
        if (!(TUPLE_ITEM(names, i) = str_intern_cstr(attrs->items[i])))
            CLEAR(names);
    TRY(emit_const(u, names));
    TRY(emit(u, OP_MATCH_CLASS, nargs));
    TRY(emit(u, OP_COPY, 1));
    TRY(emit_none(u));
    TRY(emit(u, OP_IS_OP, 1));
    pc->on_top++;                                       /* the tuple of attributes */
    TRY(jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE));
    TRY(emit(u, OP_UNPACK_SEQUENCE, nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const ast_pattern *x = i < nargs ? pos->items[i] : kw->items[i - nargs];
        if (wildcard(x))
            TRY(emit(u, OP_POP_TOP, 0));
        else
            TRY(subpattern(u, x, pc));
    }
    return 0;
}

/* a | b | c: each alternative on a copy of the subject, its captures
 * reordered to the first one's order; then those go under what the
 * enclosing pattern keeps. */
static int pattern_or(Unit *u, const ast_pattern *p, PatCtx *pc)
{
    const ast_pattern_seq *alts = &p->v.MatchOr.patterns;
    int end = new_label(u);
    TRY(end);
    PatCtx old = *pc;
    PatCtx control = {0};
    bool in_alt = true;                                 /* pc is an alternative's, old is saved */
    int rc = -1;
    for (int i = 0; i < alts->count; i++) {
        const ast_pattern *alt = alts->items[i];
        set_loc_pattern(u, alt);
        *pc = (PatCtx){ .allow_irrefutable = i == alts->count - 1 && old.allow_irrefutable };
        if (emit(u, OP_COPY, 1) < 0 || pattern(u, alt, pc) < 0)
            goto done;
        if (i == 0) {
            control.stores = pc->stores;
            control.nstores = pc->nstores;
            pc->stores = NULL;
            pc->nstores = pc->capstores = 0;
        } else {
            /* put the captures in the control's order: the top one goes
             * ic deep, `is + 1` times (CPython's rotations) */
            for (int ic = pc->nstores - 1; ic >= 0; ic--) {
                int is = pc_index(pc, control.stores[ic]);
                if (is < 0)
                    goto done;                          /* the symtable reported it */
                for (int r = 0; r < is + 1 && is != ic; r++) {
                    const char *top = pc->stores[0];
                    memmove(pc->stores, pc->stores + 1, sizeof *pc->stores * (size_t)ic);
                    pc->stores[ic] = top;
                    if (pattern_rotate(u, ic + 1) < 0)
                        goto done;
                }
            }
        }
        if (emit_jump(u, OP_JUMP, end) < 0 || emit_and_reset_fail_pop(u, pc) < 0)
            goto done;
        pc_free(pc);
    }
    *pc = old;
    in_alt = false;
    /* no alternative matched: drop the subject's copy and fail */
    if (emit(u, OP_POP_TOP, 0) < 0 || jump_to_fail_pop(u, pc, OP_JUMP) < 0 ||
        place_label(u, end) < 0)
        goto done;
    int nrots = control.nstores + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < control.nstores; i++)
        if (pattern_rotate(u, nrots) < 0 || pc_push_store(u, pc, control.stores[i]) < 0)
            goto done;
    rc = emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;           /* the subject's copy */
done:
    if (in_alt) {
        pc_free(pc);
        *pc = old;
    }
    mem_free(control.stores, 0);
    return rc;
}

/* compiler_pattern: the position of p is the compiler's from now on */
static int pattern(Unit *u, const ast_pattern *p, PatCtx *pc)
{
    set_loc_pattern(u, p);
    switch (p->kind) {
    case AST_MatchValue:
        TRY(expr(u, p->v.MatchValue.value));
        TRY(emit(u, OP_COMPARE_OP, CMP_EQ));
        return jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    case AST_MatchSingleton: {
        ast_const_kind k = p->v.MatchSingleton.value;
        TRY(emit_const(u, k == AST_CONST_NONE ? none_new() : bool_new(k == AST_CONST_TRUE)));
        TRY(emit(u, OP_IS_OP, 0));
        return jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    }
    case AST_MatchSequence: return pattern_sequence(u, p, pc);
    case AST_MatchMapping: return pattern_mapping(u, p, pc);
    case AST_MatchClass: return pattern_class(u, p, pc);
    case AST_MatchStar: return pattern_store_name(u, pc, p->v.MatchStar.name);
    case AST_MatchAs:
        if (!p->v.MatchAs.pattern)
            return pattern_store_name(u, pc, p->v.MatchAs.name);
        pc->on_top++;
        TRY(emit(u, OP_COPY, 1));
        TRY(pattern(u, p->v.MatchAs.pattern, pc));
        pc->on_top--;
        return pattern_store_name(u, pc, p->v.MatchAs.name);
    case AST_MatchOr: return pattern_or(u, p, pc);
    }
    return fail_memory(u);
}

/* Stores the captures of a matched case (they are on the stack, the
 * first one on top). */
static int store_captures(Unit *u, const ast_match_case *m, const PatCtx *pc)
{
    for (int i = 0; i < pc->nstores; i++) {
        int k = 0;
        while (k < m->nstores && strcmp(m->store_names[k], pc->stores[i]) != 0)
            k++;
        if (k == m->nstores)
            return fail_memory(u);                      /* cannot happen: the symtable saw it */
        TRY(store_name_ref(u, pc->stores[i], &m->stores[k]));
    }
    return 0;
}

/* One case with a pattern (compiler_match_inner's loop body); `copy`:
 * other cases follow, so the subject is tested on a copy. */
static int match_case(Unit *u, const ast_match_case *m, bool copy, bool last, int end)
{
    PatCtx pc = { .allow_irrefutable = m->guard != NULL || last };
    const ast_pattern *p = m->pattern;
    u->loc = pos_of(p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, p->lineno);
    u->stmt_pending = true;                             /* a step and a line event per case tried */
    int rc = -1;
    if (copy && emit(u, OP_COPY, 1) < 0)
        goto done;
    if (pattern(u, p, &pc) < 0 || store_captures(u, m, &pc) < 0)
        goto done;
    if (m->guard) {
        if (ensure_fail_pop(u, &pc, 0) < 0 || jump_if(u, m->guard, pc.fail_pop[0], false) < 0)
            goto done;
    }
    if (copy && emit(u, OP_POP_TOP, 0) < 0)
        goto done;
    if (stmts(u, &m->body) < 0 || flush_stmt(u) < 0)
        goto done;
    u->loc.line = 0;
    if (emit_jump(u, OP_JUMP, end) < 0)
        goto done;
    u->loc = pos_of(p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, p->lineno);
    rc = emit_and_reset_fail_pop(u, &pc);
done:
    pc_free(&pc);
    return rc;
}

static int match_stmt(Unit *u, const ast_stmt *s)
{
    const ast_match_case_seq *cases = &s->v.Match.cases;
    int n = cases->count;
    TRY(expr(u, s->v.Match.subject));
    int end = new_label(u);
    TRY(end);
    bool has_default = n > 1 && wildcard(cases->items[n - 1]->pattern);
    for (int i = 0; i < n - has_default; i++)
        TRY(match_case(u, cases->items[i], i != n - has_default - 1, i == n - 1, end));
    if (has_default) {
        const ast_match_case *m = cases->items[n - 1];
        const ast_pattern *p = m->pattern;
        u->loc = pos_of(p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, p->lineno);
        u->stmt_pending = true;
        TRY(emit(u, n == 1 ? OP_POP_TOP : OP_NOP, 0));
        if (m->guard)
            TRY(jump_if(u, m->guard, end, false));
        TRY(stmts(u, &m->body));
    }
    return place_label(u, end);
}

/* ---- def and class ---- */

static int decorators(Unit *u, const ast_expr_seq *ds)
{
    for (int i = 0; i < ds->count; i++)
        TRY(expr(u, ds->items[i]));
    return 0;
}

static int apply_decorators(Unit *u, const ast_expr_seq *ds)
{
    CodePos saved = u->loc;
    for (int i = ds->count - 1; i >= 0; i--) {
        set_loc_expr(u, ds->items[i]);
        TRY(emit(u, OP_CALL, 1));
    }
    u->loc = saved;
    return 0;
}

/* ---- annotations ---- */

/* The class name that mangles private names here (CPython's u_private):
 * the nearest enclosing class body's, or NULL. */
static const char *unit_private(Unit *u)
{
    for (; u; u = u->parent)
        if (u->kind == CODE_CLASS)
            return u->name ? STR_DATA(u->name) : NULL;
    return NULL;
}

/* CPython's _Py_Mangle: __x in class _A_ is _A__x (a new str). */
static Obj *mangled(Unit *u, const char *name)
{
    const char *cls = unit_private(u);
    size_t len = strlen(name);
    if (!cls || len < 2 || name[0] != '_' || name[1] != '_' ||
        (len >= 4 && name[len - 1] == '_' && name[len - 2] == '_') || strchr(name, '.'))
        return str_from_cstr(name);
    while (*cls == '_')
        cls++;
    if (!*cls)
        return str_from_cstr(name);
    return str_from_format("_%s%s", cls, name);
}

/* The source text of an expression, whitespace runs between lines made
 * one space: an annotation under `from __future__ import annotations`. */
static Obj *expr_source(Unit *u, const ast_expr *e)
{
    const char *src = u->c->src, *end = src + u->c->srclen, *p = src;
    if (!src)
        return str_from_cstr("");
    for (int line = 1; line < e->lineno && p < end; p++)
        if (*p == '\n')
            line++;
    const char *a = p + e->col_offset, *b = p;
    for (int line = e->lineno; line < e->end_lineno && b < end; b++)
        if (*b == '\n')
            line++;
    b += e->end_col_offset;
    if (a > end || b > end || b < a)
        return str_from_cstr("");
    StrBuf sb;
    sb_init(&sb);
    for (const char *q = a; q < b; q++) {
        if (*q == '\\' && q + 1 < b && (q[1] == '\n' || q[1] == '\r'))
            continue;                               /* a line continuation */
        if (*q == '\n' || *q == '\r') {            /* a line break and its indent */
            while (q + 1 < b && (q[1] == ' ' || q[1] == '\t' || q[1] == '\n' || q[1] == '\r'))
                q++;
            if (sb.len && sb.data[sb.len - 1] == ',')
                sb_addc(&sb, ' ');
            continue;
        }
        sb_add(&sb, q, 1);
    }
    return sb_finish(&sb);
}

/* Pushes an annotation's value: the expression, or its text under the
 * future import. */
static int annotation_value(Unit *u, const ast_expr *e)
{
    if (u->c->future_annotations && e->kind == AST_Constant) {   /* "A" -> "'A'" */
        Obj *v = constant_value(&e->v.Constant.value);
        Obj *r = v ? obj_repr(v) : NULL;
        XDECREF(v);
        return emit_const(u, r);
    }
    if (u->c->future_annotations)
        return emit_const(u, expr_source(u, e));
    return expr(u, e);
}

/* One parameter's annotation: its (mangled) name, then its value. */
static int arg_annotation(Unit *u, const char *name, const ast_expr *ann, int *n)
{
    if (!ann)
        return 0;
    TRY(emit_const(u, mangled(u, name)));
    TRY(annotation_value(u, ann));
    (*n)++;
    return 0;
}

/* CPython's compiler_visit_annotations: a tuple of (name, value) pairs
 * (args before posonlyargs, as CPython does), MF_ANNOTATIONS if any. */
static int annotations(Unit *u, const ast_arguments *a, const ast_expr *returns)
{
    int n = 0;
    const ast_arg_seq *seqs[2] = { &a->args, &a->posonlyargs };
    for (int q = 0; q < 2; q++)
        for (int i = 0; i < seqs[q]->count; i++)
            TRY(arg_annotation(u, seqs[q]->items[i]->arg, seqs[q]->items[i]->annotation, &n));
    if (a->vararg)
        TRY(arg_annotation(u, a->vararg->arg, a->vararg->annotation, &n));
    for (int i = 0; i < a->kwonlyargs.count; i++)
        TRY(arg_annotation(u, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation,
                           &n));
    if (a->kwarg)
        TRY(arg_annotation(u, a->kwarg->arg, a->kwarg->annotation, &n));
    TRY(arg_annotation(u, "return", returns, &n));
    if (!n)
        return 0;
    TRY(emit(u, OP_BUILD_TUPLE, 2 * n));
    return MF_ANNOTATIONS;
}

/* CPython's check_ann_expr / check_ann_subscr: evaluate and drop. */
static int ann_check(Unit *u, const ast_expr *e)
{
    if (e->kind == AST_Slice) {
        const ast_expr *parts[3] = { e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step };
        for (int i = 0; i < 3; i++)
            if (parts[i])
                TRY(ann_check(u, parts[i]));
        return 0;
    }
    if (e->kind == AST_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.count; i++)
            TRY(ann_check(u, e->v.Tuple.elts.items[i]));
        return 0;
    }
    TRY(expr(u, e));
    return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
}

/* target: annotation [= value] (CPython's compiler_annassign): the value
 * is stored; in a module or class body a simple name's annotation goes
 * into __annotations__, another target's is evaluated. */
static int ann_assign(Unit *u, const ast_stmt *s)
{
    const ast_expr *t = s->v.AnnAssign.target, *ann = s->v.AnnAssign.annotation;
    bool body = u->kind == CODE_MODULE || u->kind == CODE_CLASS;
    if (s->v.AnnAssign.value) {
        TRY(expr(u, s->v.AnnAssign.value));
        TRY(store(u, t));
    }
    if (t->kind == AST_Name) {
        if (s->v.AnnAssign.simple && body) {
            TRY(annotation_value(u, ann));
            TRY(emit_cache_op(u, OP_LOAD_NAME, "__annotations__"));
            TRY(emit_const(u, mangled(u, t->v.Name.id)));
            return emit(u, OP_STORE_SUBSCR, 0) < 0 ? -1 : 0;
        }
    } else if (!s->v.AnnAssign.value) {
        if (t->kind == AST_Attribute) {
            TRY(ann_check(u, t->v.Attribute.value));
        } else if (t->kind == AST_Subscript) {
            TRY(ann_check(u, t->v.Subscript.value));
            TRY(ann_check(u, t->v.Subscript.slice));
        }
    }
    if (!s->v.AnnAssign.simple && body && !u->c->future_annotations)
        TRY(ann_check(u, ann));
    return flush_stmt(u);
}

/* CPython's find_ann: does a body hold an annotated assignment (outside
 * nested functions and classes)? */
static bool find_ann(const ast_stmt_seq *seq)
{
    for (int i = 0; i < seq->count; i++) {
        const ast_stmt *s = seq->items[i];
        bool r = false;
        switch (s->kind) {
        case AST_AnnAssign: return true;
        case AST_For: case AST_AsyncFor:
            r = find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse);
            break;
        case AST_While: r = find_ann(&s->v.While.body) || find_ann(&s->v.While.orelse); break;
        case AST_If: r = find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse); break;
        case AST_With: case AST_AsyncWith: r = find_ann(&s->v.With.body); break;
        case AST_Try: case AST_TryStar:
            r = find_ann(&s->v.Try.body) || find_ann(&s->v.Try.orelse) ||
                find_ann(&s->v.Try.finalbody);
            for (int h = 0; !r && h < s->v.Try.handlers.count; h++)
                r = find_ann(&s->v.Try.handlers.items[h]->body);
            break;
        default:
            break;
        }
        if (r)
            return true;
    }
    return false;
}

/* `from __future__ import annotations` among the leading statements. */
static bool future_annotations(const ast_stmt_seq *body)
{
    for (int i = 0; i < body->count; i++) {
        const ast_stmt *s = body->items[i];
        if (i == 0 && s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant)
            continue;                                 /* the docstring */
        if (s->kind != AST_ImportFrom || !s->v.ImportFrom.module ||
            strcmp(s->v.ImportFrom.module, "__future__") != 0)
            return false;
        for (int j = 0; j < s->v.ImportFrom.names.count; j++)
            if (strcmp(s->v.ImportFrom.names.items[j]->name, "annotations") == 0)
                return true;
    }
    return false;
}

static int funcdef(Unit *u, const ast_stmt *s)
{
    const ast_funcdef *d = &s->v.FunctionDef;
    TRY(decorators(u, &d->decorator_list));
    int flags = defaults(u, d->args);
    TRY(flags);
    int af = annotations(u, d->args, d->returns);
    TRY(af);
    flags |= af;
    int line = d->decorator_list.count ? d->decorator_list.items[0]->lineno : s->lineno;
    CodeObj *code = compile_unit(u, CODE_FUNCTION, d->scope, d->name, line, s);
    TRY(make_function(u, code, d->scope, flags));
    TRY(apply_decorators(u, &d->decorator_list));
    return store_name_ref(u, d->store ? d->store : d->name, &d->bind);
}

static int classdef(Unit *u, const ast_stmt *s)
{
    const ast_expr_seq *decos = &s->v.ClassDef.decorator_list;
    TRY(decorators(u, decos));
    TRY(emit(u, OP_LOAD_BUILD_CLASS, 0));
    CodeObj *code = compile_unit(u, CODE_CLASS, s->v.ClassDef.scope, s->v.ClassDef.name,
                                 s->lineno, s);
    TRY(make_function(u, code, s->v.ClassDef.scope, 0));
    int k = add_const(u, str_from_cstr(s->v.ClassDef.name));
    TRY(k);
    TRY(emit(u, OP_LOAD_CONST, k));
    const ast_expr_seq *bases = &s->v.ClassDef.bases;
    const ast_keyword_seq *kws = &s->v.ClassDef.keywords;
    if (needs_call_ex(bases, kws)) {
        /* __build_class__(func, name, *bases, **kw): prepend the two */
        TRY(emit(u, OP_BUILD_LIST, 2));
        for (int i = 0; i < bases->count; i++) {
            const ast_expr *b = bases->items[i];
            bool star = b->kind == AST_Starred;
            TRY(expr(u, star ? b->v.Starred.value : b));
            TRY(emit(u, star ? OP_LIST_EXTEND : OP_LIST_APPEND, 1));
        }
        TRY(emit(u, OP_LIST_TO_TUPLE, 0));
        if (kws->count)
            TRY(call_kwargs_dict(u, kws));
        TRY(emit(u, OP_CALL_EX, kws->count ? 1 : 0));
    } else {
        TRY(call_args(u, NULL, bases, kws, false, 2));
    }
    u->loc = pos_of(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, s->lineno);
    TRY(apply_decorators(u, decos));
    return store_name_ref(u, s->v.ClassDef.store ? s->v.ClassDef.store : s->v.ClassDef.name,
                          &s->v.ClassDef.bind);
}

/* ---- the dispatcher ---- */

static int stmt_inner(Unit *u, const ast_stmt *s)
{
    switch (s->kind) {
    case AST_Expr:
        if (u->c->displayhook && u->kind == CODE_MODULE) {
            TRY(emit_const(u, NEWREF(u->c->displayhook)));
            TRY(expr(u, s->v.Expr.value));
            TRY(emit(u, OP_CALL, 1));
            return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
        }
        if (s->v.Expr.value->kind == AST_Constant)
            return flush_stmt(u);           /* a docstring or a bare constant */
        TRY(expr(u, s->v.Expr.value));
        return emit(u, OP_POP_TOP, 0) < 0 ? -1 : 0;
    case AST_Assign: {
        const ast_expr_seq *ts = &s->v.Assign.targets;
        TRY(expr(u, s->v.Assign.value));
        for (int i = 0; i < ts->count; i++) {
            if (i < ts->count - 1)
                TRY(emit(u, OP_COPY, 1));
            TRY(store(u, ts->items[i]));
        }
        return 0;
    }
    case AST_AugAssign: return augassign(u, s);
    case AST_AnnAssign: return ann_assign(u, s);
    case AST_If: return if_stmt(u, s);
    case AST_While: return while_stmt(u, s);
    case AST_For: return for_stmt(u, s);
    case AST_Return: return return_stmt(u, s);
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: return funcdef(u, s);
    case AST_ClassDef: return classdef(u, s);
    case AST_Try: case AST_TryStar: return try_stmt(u, s);
    case AST_Raise: return raise_stmt(u, s);
    case AST_With:
    case AST_AsyncWith: return with_items(u, s, 0);
    case AST_Assert: return assert_stmt(u, s);
    case AST_Delete:
        for (int i = 0; i < s->v.Delete.targets.count; i++)
            TRY(delete_target(u, s->v.Delete.targets.items[i]));
        return 0;
    case AST_Import: return import_stmt(u, s);
    case AST_ImportFrom: return import_from(u, s);
    case AST_Global:
    case AST_Nonlocal:
    case AST_Pass: return flush_stmt(u);
    case AST_Break: return break_continue(u, s, true);
    case AST_Continue: return break_continue(u, s, false);
    case AST_AsyncFor: return async_for_stmt(u, s);
    case AST_Match: return match_stmt(u, s);
    }
    return fail_memory(u);
}

static int stmt(Unit *u, const ast_stmt *s)
{
    TRY(flush_stmt(u));
    u->loc = pos_of(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, s->lineno);
    u->stmt_pending = true;
    TRY(stmt_inner(u, s));
    return flush_stmt(u);
}

/* ------------------------------------------------------------------ */
/* Units                                                               */
/* ------------------------------------------------------------------ */

/* The body of a comprehension function (CPython's
 * compiler_comprehension_generator), level by level. */
static int comp_level(Unit *u, const ast_expr *node, const ast_comprehension_seq *gens, int level)
{
    const ast_comprehension *g = gens->items[level];
    int top = new_label(u), anchor = new_label(u);
    if (level == 0)
        TRY(emit(u, OP_LOAD_FAST, 0));                   /* .0, the iterator */
    else {
        TRY(expr(u, g->iter));
        TRY(emit(u, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0));
    }
    TRY(place_label(u, top));
    if (g->is_async) {                                   /* as async_for_stmt */
        TRY(push_handler(u, anchor, 0));
        TRY(emit(u, OP_GET_ANEXT, 0));
        TRY(delegate_loop(u));
        pop_handler(u);
    } else {
        TRY(emit_jump(u, OP_FOR_ITER, anchor));
    }
    TRY(store(u, g->target));
    for (int i = 0; i < g->ifs.count; i++)
        TRY(jump_if(u, g->ifs.items[i], top, false));
    if (level + 1 < gens->count)
        TRY(comp_level(u, node, gens, level + 1));
    else {
        int depth = gens->count + 1;                     /* iterators above the result */
        switch (node->kind) {
        case AST_ListComp:
            TRY(expr(u, node->v.ListComp.elt));
            TRY(emit(u, OP_LIST_APPEND, depth));
            break;
        case AST_SetComp:
            TRY(expr(u, node->v.SetComp.elt));
            TRY(emit(u, OP_SET_ADD, depth));
            break;
        case AST_DictComp:
            TRY(expr(u, node->v.DictComp.key));
            TRY(expr(u, node->v.DictComp.value));
            TRY(emit(u, OP_MAP_ADD, depth));
            break;
        default:                                         /* generator expression */
            TRY(expr(u, node->v.GeneratorExp.elt));
            set_loc_expr(u, node->v.GeneratorExp.elt);
            if (u->scope->is_async_generator)
                TRY(emit(u, OP_ASYNC_GEN_WRAP, 0));
            TRY(emit(u, OP_YIELD_VALUE, 0));
            TRY(emit(u, OP_POP_TOP, 0));
            break;
        }
    }
    u->loc.line = 0;
    TRY(emit_jump(u, OP_JUMP, top));
    TRY(place_label(u, anchor));
    return g->is_async && emit(u, OP_END_ASYNC_FOR, 0) < 0 ? -1 : 0;
}

static int comp_body(Unit *u, const ast_expr *node)
{
    const ast_comprehension_seq *gens;
    int build = -1;
    switch (node->kind) {
    case AST_ListComp: gens = &node->v.ListComp.generators; build = OP_BUILD_LIST; break;
    case AST_SetComp: gens = &node->v.SetComp.generators; build = OP_BUILD_SET; break;
    case AST_DictComp: gens = &node->v.DictComp.generators; build = OP_BUILD_MAP; break;
    default: gens = &node->v.GeneratorExp.generators; break;
    }
    if (build >= 0)
        TRY(emit(u, build, 0));
    TRY(comp_level(u, node, gens, 0));
    if (build < 0)
        TRY(emit_none(u));
    return emit(u, OP_RETURN_VALUE, 0) < 0 ? -1 : 0;
}

/* The implicit `return None` at the end of a body (no line of its own). */
static int implicit_return(Unit *u)
{
    TRY(flush_stmt(u));
    u->loc = pos_of(0, -1, 0, -1, 0);
    TRY(emit_none(u));
    return emit(u, OP_RETURN_VALUE, 0) < 0 ? -1 : 0;
}

/* __qualname__ of a definition `name` inside unit `parent`. */
static Obj *qualname_in(Unit *parent, const char *name, const sym_scope *scope)
{
    if (!parent || parent->kind == CODE_MODULE || parent->kind == CODE_EVAL)
        return str_from_cstr(name);
    if (scope && parent->scope && parent->kind != CODE_CLASS) {
        const sym_entry *e = sym_lookup(parent->scope, name);
        if (e && e->scope == SYM_GLOBAL_EXPLICIT)
            return str_from_cstr(name);
    }
    if (parent->kind == CODE_CLASS)
        return str_from_format("%S.%s", parent->qualname, name);
    return str_from_format("%S.<locals>.%s", parent->qualname, name);
}

static int unit_body(Unit *u, const void *node)
{
    switch (u->kind) {
    case CODE_MODULE:
        if (find_ann(&((const ast_mod *)node)->body))
            TRY(emit(u, OP_SETUP_ANNOTATIONS, 0));
        TRY(stmts(u, &((const ast_mod *)node)->body));
        return implicit_return(u);
    case CODE_EVAL:
        TRY(expr(u, node));
        return emit(u, OP_RETURN_VALUE, 0) < 0 ? -1 : 0;
    case CODE_LAMBDA: {
        const ast_expr *e = node;
        TRY(expr(u, e->v.Lambda.body));
        set_loc_expr(u, e->v.Lambda.body);
        if (u->scope->is_generator) {
            TRY(emit(u, OP_POP_TOP, 0));
            TRY(emit_none(u));
        }
        return emit(u, OP_RETURN_VALUE, 0) < 0 ? -1 : 0;
    }
    case CODE_COMP: return comp_body(u, node);
    case CODE_FUNCTION:
        TRY(stmts(u, &((const ast_stmt *)node)->v.FunctionDef.body));
        return implicit_return(u);
    case CODE_CLASS:
        if (find_ann(&((const ast_stmt *)node)->v.ClassDef.body))
            TRY(emit(u, OP_SETUP_ANNOTATIONS, 0));
        TRY(stmts(u, &((const ast_stmt *)node)->v.ClassDef.body));
        return implicit_return(u);
    }
    return -1;
}

/* A body's docstring: its first statement when that is a string. */
static Obj *docstring(const ast_stmt_seq *body)
{
    if (body->count == 0 || body->items[0]->kind != AST_Expr)
        return NULL;
    const ast_expr *e = body->items[0]->v.Expr.value;
    if (e->kind != AST_Constant || e->v.Constant.value.kind != AST_CONST_STR)
        return NULL;
    return constant_value(&e->v.Constant.value);
}

static void unit_free(Unit *u)
{
    constmap_free(&u->consts);
    constmap_free(&u->names);
    for (int i = 0; i < u->ncaches; i++)
        DECREF(u->caches[i]);
    mem_free(u->caches, 0);
    mem_free(u->code, 0);
    mem_free(u->labels, 0);
    mem_free(u->handlers, 0);
    XDECREF(u->name);
    XDECREF(u->qualname);
}

/* Compiles one scope into a code object (NULL on error). */
static CodeObj *compile_unit(Unit *parent, CodeKind kind, const sym_scope *scope,
                             const char *name, int firstlineno, const void *node)
{
    Compiler *c = parent->c;
    if (c->failed)
        return NULL;
    Unit u;
    FBlock fblocks[MAX_BLOCKS];
    memset(&u, 0, sizeof u);
    u.fblocks = fblocks;
    u.c = c;
    u.parent = parent;
    u.kind = kind;
    u.scope = scope;
    u.firstlineno = firstlineno;
    u.name = str_from_cstr(name);
    u.qualname = qualname_in(parent, name, scope);
    u.loc = pos_of(firstlineno, -1, firstlineno, -1, firstlineno);
    if (!u.name || !u.qualname) {
        fail_memory(&u);
        unit_free(&u);
        return NULL;
    }
    CodeObj *code = NULL;
    if (unit_body(&u, node) == 0 && !c->failed) {
        Obj *doc = kind == CODE_FUNCTION ? docstring(&((const ast_stmt *)node)->v.FunctionDef.body)
                 : kind == CODE_CLASS ? docstring(&((const ast_stmt *)node)->v.ClassDef.body) : NULL;
        code = assemble(&u, c->filename_obj, doc);
        if (!code)
            fail_assemble(&u);
    }
    unit_free(&u);
    return code;
}

static CodeObj *compile_top(CodeKind kind, const void *node, const ast_tree *tree,
                            const char *filename, Obj *displayhook, ast_error *err)
{
    Compiler c = { .err = err, .filename = filename, .displayhook = displayhook,
                   .src = tree->src, .srclen = tree->srclen,
                   .future_annotations = future_annotations(&tree->mod->body) };
    memset(err, 0, sizeof *err);
    Unit top;
    memset(&top, 0, sizeof top);
    top.c = &c;
    top.kind = CODE_MODULE;
    c.filename_obj = str_from_cstr(filename);
    if (!c.filename_obj) {
        fail_memory(&top);
        return NULL;
    }
    CodeObj *code = compile_unit(&top, kind, NULL, "<module>", 1, node);
    DECREF(c.filename_obj);
    if (!code && !c.failed)
        fail_memory(&top);
    err_clear();
    return code;
}

CodeObj *compile_module(const ast_tree *tree, const char *filename, ast_error *err)
{
    return compile_top(CODE_MODULE, tree->mod, tree, filename, NULL, err);
}

CodeObj *compile_module_ex(const ast_tree *tree, const char *filename, Obj *displayhook,
                           ast_error *err)
{
    return compile_top(CODE_MODULE, tree->mod, tree, filename, displayhook, err);
}

CodeObj *compile_eval(const ast_tree *tree, const ast_expr *e, const char *filename,
                      ast_error *err)
{
    return compile_top(CODE_EVAL, e, tree, filename, NULL, err);
}
