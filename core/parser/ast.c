/* ast.c - arena for AST nodes, enum names, and SyntaxError formatting. */
#include "parser/ast.h"
#include "base/mem.h"

#include <stdio.h>
#include <string.h>

/* ---- arena ------------------------------------------------------------- */

/* One chunk of the arena; nodes are carved from `data` front to back. */
typedef struct arena_chunk {
    struct arena_chunk *next;   /* previously filled chunk */
    size_t size;                /* usable bytes in data */
    size_t used;                /* bytes handed out */
    size_t alloc_size;          /* size passed to mem_alloc (for mem_free) */
    union { max_align_t align; unsigned char data[1]; } u;
} arena_chunk;

struct ast_arena {
    arena_chunk *head;          /* current chunk (newest) */
};

#define ARENA_CHUNK 16384

/* Adds a chunk able to hold at least `need` bytes. */
static int arena_grow(ast_arena *a, size_t need)
{
    size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
    size_t total = offsetof(arena_chunk, u) + size;
    arena_chunk *c = mem_alloc(total);
    if (!c)
        return -1;
    c->next = a->head;
    c->size = size;
    c->used = 0;
    c->alloc_size = total;
    a->head = c;
    return 0;
}

ast_arena *ast_arena_new(void)
{
    ast_arena *a = mem_alloc(sizeof *a);
    if (a)
        a->head = NULL;
    return a;
}

void *ast_arena_alloc(ast_arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    if (size == 0)
        size = 8;
    if (!a->head || a->head->size - a->head->used < size) {
        if (size > ((size_t)-1) / 2 || arena_grow(a, size) < 0)
            return NULL;
    }
    void *p = a->head->u.data + a->head->used;
    a->head->used += size;
    memset(p, 0, size);
    return p;
}

char *ast_arena_strndup(ast_arena *a, const char *s, size_t n)
{
    char *p = ast_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void ast_arena_free(ast_arena *a)
{
    if (!a)
        return;
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *next = c->next;
        mem_free(c, c->alloc_size);
        c = next;
    }
    mem_free(a, sizeof *a);
}

void ast_tree_free(ast_tree *t)
{
    if (!t)
        return;
    ast_arena_free(t->arena);
    mem_free(t, sizeof *t);
}

/* ---- names ------------------------------------------------------------- */

static const char *const operator_names[] = {
    "?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
    "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"
};
static const char *const operator_symbols[] = {
    "?", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"
};
static const char *const cmpop_names[] = {
    "?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"
};
static const char *const unaryop_names[] = { "?", "Invert", "Not", "UAdd", "USub" };
static const char *const expr_names[] = {
    "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
    "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield",
    "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
    "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice"
};
static const char *const stmt_names[] = {
    "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete",
    "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If",
    "With", "AsyncWith", "Raise", "Try", "TryStar", "Assert", "Import",
    "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "Match"
};
static const char *const pattern_names[] = {
    "?", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
    "MatchStar", "MatchAs", "MatchOr"
};

#define NAME_OF(table, i) \
    ((i) > 0 && (size_t)(i) < sizeof(table) / sizeof(table[0]) ? table[i] : "?")

const char *ast_operator_name(ast_operator op) { return NAME_OF(operator_names, op); }
const char *ast_operator_symbol(ast_operator op) { return NAME_OF(operator_symbols, op); }
const char *ast_cmpop_name(ast_cmpop op) { return NAME_OF(cmpop_names, op); }
const char *ast_unaryop_name(ast_unaryop op) { return NAME_OF(unaryop_names, op); }
const char *ast_expr_kind_name(ast_expr_kind k) { return NAME_OF(expr_names, k); }
const char *ast_stmt_kind_name(ast_stmt_kind k) { return NAME_OF(stmt_names, k); }
const char *ast_pattern_kind_name(ast_pattern_kind k) { return NAME_OF(pattern_names, k); }

/* ---- syntax errors ----------------------------------------------------- */

void ast_error_clear(ast_error *err)
{
    if (err->text)
        mem_free(err->text, 0);
    memset(err, 0, sizeof *err);
}

void ast_error_set_text(ast_error *err, const char *src, size_t len)
{
    if (err->text || err->lineno < 1 || !err->type || strcmp(err->type, "MemoryError") == 0)
        return;
    const char *p = src, *end = src + len;
    for (int l = 1; l < err->lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((nl ? nl : end) - p);
    if ((err->text = mem_alloc(n + 2)) != NULL) {
        memcpy(err->text, p, n);
        memcpy(err->text + n, "\n", 2);
    }
}

/* Output buffer that counts what would have been written. */
typedef struct outbuf { char *buf; size_t cap, len; } outbuf;

static void out_mem(outbuf *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++, o->len++)
        if (o->len + 1 < o->cap)
            o->buf[o->len] = s[i];
}

static void out_str(outbuf *o, const char *s) { out_mem(o, s, strlen(s)); }

/* Writes the source line and caret line exactly as CPython 3.11's
 * print_exception/print_error_text (Python/pythonrun.c) do: only an exact
 * SyntaxError keeps end_offset (subclasses get one caret); a multi-line
 * range runs to the end of the first line; the (character) offset is
 * applied to the UTF-8 bytes of the line, leading ' ', '\t', '\f' stripped. */
static void format_text(outbuf *o, const ast_error *err)
{
    const char *t = err->text;
    long line_size = (long)strlen(t);
    long offset = err->offset, end_offset = -1;
    if (!err->type || !strcmp(err->type, "SyntaxError")) {
        end_offset = err->end_offset;
        if (err->end_lineno > err->lineno)
            end_offset = line_size;
    }
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*t == ' ' || *t == '\t' || *t == '\f') {
        t++;
        offset--;
    }
    long len = (long)strlen(t);
    if (len > 0 && t[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    out_str(o, "    ");
    out_str(o, t);
    if (t[len] != '\n')
        out_str(o, "\n");
    if (offset < 0)
        return;
    out_str(o, "    ");
    while (--offset >= 0)
        out_str(o, " ");
    for (long i = 0; i < carets; i++)
        out_str(o, "^");
    out_str(o, "\n");
}

size_t ast_error_format(const ast_error *err, const char *filename, char *buf, size_t cap)
{
    outbuf o = { buf, cap, 0 };
    char num[32];
    if (err->lineno > 0) {
        out_str(&o, "  File \"");
        out_str(&o, filename ? filename : "<string>");
        snprintf(num, sizeof num, "\", line %d\n", err->lineno);
        out_str(&o, num);
    }
    if (err->text)
        format_text(&o, err);
    const char *type = err->type ? err->type : "SyntaxError";
    out_str(&o, type);
    if (err->msg[0] || strcmp(type, "MemoryError")) {   /* a bare MemoryError */
        out_str(&o, ": ");
        out_str(&o, err->msg[0] ? err->msg : "<no detail available>");
    }
    out_str(&o, "\n");
    if (cap > 0)
        buf[o.len < cap ? o.len : cap - 1] = '\0';
    return o.len;
}
