/* parser.c - recursive-descent parser from tokens to the AST of ast.h.
 *
 * The grammar is CPython 3.11's Grammar/python.gram restricted to what
 * Coroscope supports; each parse_* function names the grammar rule it
 * implements.  Instead of PEG's second "invalid_*" pass, the places where
 * CPython has a specialised message check for it directly.  Every function
 * returns NULL (or -1) once p->failed is set; the first error wins, and
 * parse_program then applies CPython's priority rule for tokenizer errors.
 */
#include "parser/parser.h"
#include "parser/lexer.h"
#include "parser/symtable.h"
#include "base/mem.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parser state over one token array. */
typedef struct parser {
    const char *src;        /* text the tokens index into */
    size_t len;             /* its length */
    const char *esrc;       /* the program's source, for error line texts */
    size_t elen;            /* its length */
    lex_result *lex;        /* tokens and tokenizer error */
    lex_token *toks;        /* == lex->toks */
    int ntoks;              /* == lex->ntoks */
    int pos;                /* index of the current token */
    ast_arena *arena;       /* where nodes go */
    ast_error *err;         /* where the first error goes */
    int failed;             /* an error has been recorded */
    int generic_indent;     /* the error is "unexpected indent" from a stray INDENT */
    int depth;              /* nesting depth (bounded by PARSE_MAX_DEPTH) */
    int elif_depth;         /* elif branches nested in the chain being parsed */
    int fstring_level;      /* > 0 inside an f-string expression sub-parser */
    int fline, fshift;      /* sub-parser: program line of its "(expr)" text, and the
                               column shift of that line (CPython's starting_col_offset) */
    int maxpos;             /* furthest token index reached (CPython's p->fill) */
    int maxfetch;           /* the same counting speculative parses (CPython's 2nd pass) */
    int speculating;        /* > 0 inside try_expression: no error refinement there */
    int pass1;              /* the error is one CPython raises in its first pass (tokenizer,
                               string and number actions), not from its invalid_* rules */
    int latent_match;       /* token index after the subject of a `match x` line that is no
                               match statement (-1: none): CPython's second pass says
                               "expected ':'" there when the file fails */
} parser;

/* Growable array in the arena (old storage is abandoned on growth). */
typedef struct vec { void **items; int count, cap; } vec;

/* Growable byte buffer in the arena. */
typedef struct sbuf { char *data; size_t len, cap; } sbuf;

static ast_expr *parse_expression(parser *p);
static ast_expr *parse_named_expression(parser *p);
static ast_expr *parse_star_expressions(parser *p);
static ast_expr *parse_disjunction(parser *p);
static ast_expr *parse_bitwise_or(parser *p);
static ast_expr *parse_primary(parser *p);
static ast_expr *parse_atom(parser *p);
static ast_expr *parse_yield_expr(parser *p);
static ast_expr *parse_star_targets(parser *p);
static ast_stmt_seq parse_block(parser *p, const char *what, int line);
static ast_stmt *parse_statement_into(parser *p, vec *out);
static int parse_statements_until(parser *p, vec *out, lex_kind stop);

/* ---- errors ------------------------------------------------------------ */

/* Records an error (only the first one counts).  Offsets are final
 * (1-based characters); err text is the line `lineno` of the program. */
static void set_error(parser *p, const char *type, int lineno, int off,
                      int end_lineno, int end_off, const char *msg)
{
    if (p->failed)
        return;
    p->failed = 1;
    if (!p->speculating && (p->fstring_level > 0 || !strncmp(msg, "f-string", 8) ||
                            !strncmp(msg, "(unicode error)", 15) || strstr(msg, "by Coroscope") ||
                            (strcmp(type, "SyntaxError") && strcmp(type, "IndentationError"))))
        p->pass1 = 1;
    char buf[256];
    if (p->fstring_level > 0 && strncmp(msg, "f-string", 8) != 0)
        snprintf(buf, sizeof buf, "f-string: %s", msg);
    else
        snprintf(buf, sizeof buf, "%s", msg);
    lex_set_error(p->err, p->esrc, p->elen, type, lineno, off, end_lineno, end_off, buf);
}

/* An error in an f-string expression, placed as CPython 3.11 places it: in
 * the "(expr)" text the sub-parser read, byte columns from its start, that
 * text as the error line, the line number still the program's. */
static void set_fstring_error(parser *p, const char *type, int l, int off, int el, int eoff,
                              const char *msg, int prefix)
{
    if (p->failed)
        return;
    p->failed = 1;
    if (!p->speculating)
        p->pass1 = 1;
    char buf[256];
    snprintf(buf, sizeof buf, "%s%s", prefix ? "f-string: " : "", msg);
    lex_set_error(p->err, p->src, p->len, type, l - p->fline + 1, off, el - p->fline + 1, eoff, buf);
    p->err->lineno = l;
    p->err->end_lineno = el;
}

/* Error over a byte-column range, converted to characters as CPython's
 * _PyPegen_raise_error_known_location does (the end column is measured on
 * the START line, as CPython does). */
static void *fail_range(parser *p, const char *type, int l, int c, int el, int ec, const char *msg)
{
    if (p->fstring_level > 0) {
        set_fstring_error(p, type, l, c + 1 - p->fshift, el, (ec < 0 ? 0 : ec + 1) - p->fshift, msg,
                          strncmp(msg, "f-string", 8) != 0);
        return NULL;
    }
    int off = lex_char_offset(p->esrc, p->elen, l, c);
    int eoff = ec < 0 ? 0 : lex_char_offset(p->esrc, p->elen, l, ec);
    if (el != l && ec >= 0) {
        size_t s = lex_line_start(p->esrc, p->elen, l);
        size_t n = 0;
        while (s + n < p->elen && p->esrc[s + n] != '\n')
            n++;
        if ((size_t)ec > n)
            eoff = lex_char_offset(p->esrc, p->elen, l, (int)n) + 1;
    }
    set_error(p, type, l, off, el, eoff, msg);
    return NULL;
}

/* Raises the tokenizer error recorded by the lexer (the parser reached it). */
static void *fail_lex(parser *p)
{
    lex_result *r = p->lex;
    if (p->failed)
        return NULL;
    if (!p->speculating)
        p->pass1 = 1;
    if (r->error == LEX_ERR_EOF) {
        char msg[64];
        if (r->paren_depth > 0) {
            snprintf(msg, sizeof msg, "'%c' was never closed", r->paren_char);
            int off = lex_char_offset(p->esrc, p->elen, r->paren_lineno, r->paren_col);
            set_error(p, "SyntaxError", r->paren_lineno, off, r->paren_lineno, 0, msg);
        } else
            set_error(p, "SyntaxError", 1, 0, 1, 0, "unexpected EOF while parsing");
        return NULL;
    }
    if (r->error == LEX_ERR_NOMEM) {
        set_error(p, "MemoryError", 0, 0, 0, 0, "out of memory");
        return NULL;
    }
    if (p->fstring_level > 0)       /* in the "(expr)" text, without the "f-string: " */
        set_fstring_error(p, r->err.type, r->err.lineno + p->fline - 1, r->err.offset,
                          r->err.end_lineno + p->fline - 1, r->err.end_offset, r->err.msg, 0);
    else
        set_error(p, r->err.type, r->err.lineno, r->err.offset, r->err.end_lineno,
                  r->err.end_offset, r->err.msg);
    return NULL;
}

static void *fail_tok(parser *p, lex_token *t, const char *msg)
{
    if (t->kind == T_ERRORTOKEN)
        return fail_lex(p);
    return fail_range(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, msg);
}

static void *fail_node(parser *p, ast_expr *e, const char *msg)
{
    return fail_range(p, "SyntaxError", e->lineno, e->col_offset, e->end_lineno,
                      e->end_col_offset, msg);
}

static void *fail_oom(parser *p)
{
    set_error(p, "MemoryError", 0, 0, 0, 0, "out of memory");
    return NULL;
}

/* Number of the program's last line (a final '\n' ends it, opens none). */
static int last_line(parser *p)
{
    int line = 1;
    for (size_t k = 0; k + 1 < p->elen; k++)
        line += p->esrc[k] == '\n';
    return line;
}

/* The generic "invalid syntax" at the current token (or the tokenizer
 * error / indentation error that token stands for). */
static void *invalid(parser *p)
{
    lex_token *t = &p->toks[p->maxpos > p->pos ? p->maxpos : p->pos];
    if (p->failed)
        return NULL;
    if (t->kind == T_INDENT) {
        size_t ls = lex_line_start(p->esrc, p->elen, t->lineno);
        int off = lex_char_offset(p->esrc, p->elen, t->lineno, (int)(t->start - (int)ls)) - 1;
        if (p->fstring_level == 0)
            p->generic_indent = 1;
        set_error(p, "IndentationError", t->lineno, off, t->lineno, -1, "unexpected indent");
        return NULL;
    }
    if (t->kind == T_DEDENT) {
        p->generic_indent = 1;
        set_error(p, "IndentationError", t->lineno, 0, t->lineno, -1, "unexpected unindent");
        return NULL;
    }
    return fail_tok(p, t, "invalid syntax");
}

/* ---- tokens ------------------------------------------------------------ */

static lex_token *cur(parser *p) { return &p->toks[p->pos]; }

static lex_token *peek(parser *p, int n)
{
    int i = p->pos + n;
    if (i < p->ntoks && i > p->maxpos)
        p->maxpos = i;
    return &p->toks[i < p->ntoks ? i : p->ntoks - 1];
}

static lex_token *prev(parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }

static int at(parser *p, lex_kind k) { return p->toks[p->pos].kind == k; }

static int at_kw(parser *p, int kw)
{
    return p->toks[p->pos].kind == T_NAME && p->toks[p->pos].kw == kw;
}

static int tok_is_kw(lex_token *t, int kw) { return t->kind == T_NAME && t->kw == kw; }

/* A NAME usable as an identifier (not a hard keyword). */
static int is_ident(lex_token *t)
{
    return t->kind == T_NAME && (t->kw == KW_NONE_ || t->kw >= KW_SOFT_FIRST);
}

static lex_token *take(parser *p)
{
    lex_token *t = &p->toks[p->pos];
    if (p->pos < p->ntoks - 1)
        p->pos++;
    if (p->pos > p->maxpos)
        p->maxpos = p->pos;
    return t;
}

static int accept(parser *p, lex_kind k)
{
    if (!at(p, k))
        return 0;
    take(p);
    return 1;
}

/* Consumes a token of kind k or raises "invalid syntax" there. */
static lex_token *expect(parser *p, lex_kind k)
{
    if (at(p, k))
        return take(p);
    invalid(p);
    return NULL;
}

/* Consumes ':' or raises CPython's "expected ':'" (forced after def, try,
 * finally and else; elsewhere only when the line ends there). */
static int expect_colon_forced(parser *p)
{
    if (accept(p, T_COLON))
        return 0;
    if (cur(p)->kind == T_ERRORTOKEN || cur(p)->kind == T_INDENT)
        invalid(p);
    else
        fail_tok(p, cur(p), "expected ':'");
    return -1;
}

static int expect_colon(parser *p)
{
    if (accept(p, T_COLON))
        return 0;
    if (cur(p)->kind != T_NEWLINE)
        invalid(p);
    else
        fail_tok(p, cur(p), "expected ':'");
    return -1;
}

/* ---- allocation helpers ------------------------------------------------ */

static void *alloc(parser *p, size_t n)
{
    void *x = ast_arena_alloc(p->arena, n);
    if (!x)
        fail_oom(p);
    return x;
}

static int vec_push(parser *p, vec *v, void *x)
{
    if (v->count == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **n = alloc(p, sizeof(void *) * (size_t)ncap);
        if (!n)
            return -1;
        if (v->count)
            memcpy(n, v->items, sizeof(void *) * (size_t)v->count);
        v->items = n;
        v->cap = ncap;
    }
    v->items[v->count++] = x;
    return 0;
}

#define AS_SEQ(type, v) ((type){ (v).count, (void *)(v).items })

static int sbuf_add(parser *p, sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *d = alloc(p, ncap);
        if (!d)
            return -1;
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = ncap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

/* ---- NFKC of identifiers (PEP 3131) ---- */

typedef struct nfkc_run { uint32_t first; uint16_t count; int32_t delta; } nfkc_run;
typedef struct nfkc_multi_entry { uint32_t cp; uint16_t to[4]; } nfkc_multi_entry;
#include "parser/nfkc.h"

/* The NFKC form of c written at out (at most 4 code points); their count. */
static int nfkc_of(uint32_t c, uint32_t out[4])
{
    size_t lo = 0, hi = sizeof nfkc_multi / sizeof nfkc_multi[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (nfkc_multi[mid].cp < c) lo = mid + 1; else hi = mid;
    }
    if (lo < sizeof nfkc_multi / sizeof nfkc_multi[0] && nfkc_multi[lo].cp == c) {
        int n = 0;
        while (n < 4 && nfkc_multi[lo].to[n]) {
            out[n] = nfkc_multi[lo].to[n];
            n++;
        }
        return n;
    }
    lo = 0, hi = sizeof nfkc_runs / sizeof nfkc_runs[0];
    while (lo < hi) {                        /* the last run starting <= c */
        size_t mid = (lo + hi) / 2;
        if (nfkc_runs[mid].first <= c) lo = mid + 1; else hi = mid;
    }
    out[0] = c;
    if (lo > 0 && c - nfkc_runs[lo - 1].first < nfkc_runs[lo - 1].count)
        out[0] = (uint32_t)((int32_t)c + nfkc_runs[lo - 1].delta);
    return 1;
}

/* A non-ASCII identifier normalised with NFKC, as CPython's parser
 * (_PyPegen_new_identifier) does: `ﬁ` is the name `fi`.  Character by
 * character with the table of nfkc_gen.py (see there what it leaves out). */
static char *nfkc_identifier(parser *p, const char *s, size_t n)
{
    /* a non-ASCII code point (2+ bytes) gives at most 4 of 3 bytes, or 1 of 4 */
    char *out = ast_arena_alloc(p->arena, n * 6 + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        uint32_t c = len == 1 ? b : b & (0x7Fu >> len);
        for (int j = 1; j < len && i + (size_t)j < n; j++)
            c = (c << 6) | ((unsigned char)s[i + (size_t)j] & 0x3Fu);
        i += (size_t)len;
        uint32_t m[4];
        int nm = c < 0x80 ? (m[0] = c, 1) : nfkc_of(c, m);
        for (int j = 0; j < nm; j++) {
            uint32_t v = m[j];
            if (v < 0x80) {
                out[k++] = (char)v;
            } else if (v < 0x800) {
                out[k++] = (char)(0xC0 | (v >> 6));
                out[k++] = (char)(0x80 | (v & 0x3F));
            } else if (v < 0x10000) {
                out[k++] = (char)(0xE0 | (v >> 12));
                out[k++] = (char)(0x80 | ((v >> 6) & 0x3F));
                out[k++] = (char)(0x80 | (v & 0x3F));
            } else {
                out[k++] = (char)(0xF0 | (v >> 18));
                out[k++] = (char)(0x80 | ((v >> 12) & 0x3F));
                out[k++] = (char)(0x80 | ((v >> 6) & 0x3F));
                out[k++] = (char)(0x80 | (v & 0x3F));
            }
        }
    }
    out[k] = '\0';
    return out;
}

static char *tok_text(parser *p, lex_token *t)
{
    const char *src = p->src + t->start;
    size_t n = (size_t)(t->end - t->start);
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)src[i] < 0x80;
    char *s = ascii || t->kind != T_NAME ? ast_arena_strndup(p->arena, src, n)
                                         : nfkc_identifier(p, src, n);
    if (!s)
        fail_oom(p);
    return s;
}

/* New expression starting at token t and ending at the previous token. */
static ast_expr *new_expr(parser *p, ast_expr_kind k, lex_token *t)
{
    ast_expr *e = alloc(p, sizeof *e);
    if (!e)
        return NULL;
    lex_token *end = prev(p);
    e->kind = k;
    e->lineno = t->lineno;
    e->col_offset = t->col;
    e->end_lineno = end->end_lineno;
    e->end_col_offset = end->end_col;
    return e;
}

/* A Tuple (Load) of the expressions in v, from token t to the previous one. */
static ast_expr *new_tuple(parser *p, lex_token *t, vec v)
{
    ast_expr *e = new_expr(p, AST_Tuple, t);
    if (e) {
        e->v.Tuple.elts = AS_SEQ(ast_expr_seq, v);
        e->v.Tuple.ctx = AST_Load;
    }
    return e;
}

/* Sets e's end to the previous token's end. */
static void end_at_prev(parser *p, ast_expr *e)
{
    e->end_lineno = prev(p)->end_lineno;
    e->end_col_offset = prev(p)->end_col;
}

static ast_stmt *new_stmt(parser *p, ast_stmt_kind k, lex_token *t)
{
    ast_stmt *s = alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->kind = k;
    s->lineno = t->lineno;
    s->col_offset = t->col;
    s->end_lineno = prev(p)->end_lineno;
    s->end_col_offset = prev(p)->end_col;
    return s;
}

/* Sets a compound statement's end to the end of its last sub-statement. */
static void end_at_stmt(ast_stmt *s, ast_stmt_seq body)
{
    if (body.count > 0) {
        ast_stmt *last = body.items[body.count - 1];
        s->end_lineno = last->end_lineno;
        s->end_col_offset = last->end_col_offset;
    }
}

static ast_expr *name_expr(parser *p, lex_token *t, ast_expr_context ctx)
{
    ast_expr *e = alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = AST_Name;
    e->lineno = t->lineno;
    e->col_offset = t->col;
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
    e->v.Name.id = tok_text(p, t);
    if (!e->v.Name.id)
        return NULL;                /* out of memory: never a Name without an id */
    e->v.Name.ctx = ctx;
    e->v.Name.name.slot = -1;
    return e;
}

/* Too deep to parse: CPython's parser stack overflows into a bare
 * MemoryError there (the symbol table's RecursionError comes first for
 * nesting not quite so deep). */
static void too_deep(parser *p)
{
    set_error(p, "MemoryError", 0, 0, 0, 0, "");
}

/* Depth guard: every recursive rule enters/leaves through these, counting
 * the levels CPython's parser spends on it (2 for a lambda or a power, so
 * those reach its MemoryError at about 3,000 levels, as in CPython). */
static int enter_levels(parser *p, int levels)
{
    p->depth += levels;
    if (p->depth > PARSE_MAX_DEPTH) {
        too_deep(p);
        return -1;
    }
    return 0;
}

static void leave_levels(parser *p, int levels) { p->depth -= levels; }
static int enter(parser *p) { return enter_levels(p, 1); }
static void leave(parser *p) { leave_levels(p, 1); }

/* ---- targets ----------------------------------------------------------- */

/* CPython's _PyPegen_get_expr_name: how an expression is named in errors. */
static const char *expr_name(ast_expr *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* Returns the first sub-expression of e that cannot be a target for ctx
 * (NULL if e is a valid target), as _PyPegen_get_invalid_target. */
static ast_expr *invalid_target(ast_expr *e, ast_expr_context ctx)
{
    switch (e->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        return NULL;
    case AST_Starred:
        return ctx == AST_Del ? e : invalid_target(e->v.Starred.value, ctx);
    case AST_Tuple: case AST_List: {
        ast_expr_seq s = e->kind == AST_Tuple ? e->v.Tuple.elts : e->v.List.elts;
        for (int i = 0; i < s.count; i++) {
            ast_expr *bad = invalid_target(s.items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    }
    default:
        return e;
    }
}

/* Sets the context of a valid target tree. */
static void set_ctx(ast_expr *e, ast_expr_context ctx)
{
    switch (e->kind) {
    case AST_Name: e->v.Name.ctx = ctx; break;
    case AST_Attribute: e->v.Attribute.ctx = ctx; break;
    case AST_Subscript: e->v.Subscript.ctx = ctx; break;
    case AST_Starred: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx); break;
    case AST_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.count; i++)
            set_ctx(e->v.Tuple.elts.items[i], ctx);
        break;
    case AST_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.count; i++)
            set_ctx(e->v.List.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Validates e as a Store/Del target and sets its context; raises
 * "cannot assign to X" / "cannot delete X" at the offending node. */
static int make_target(parser *p, ast_expr *e, ast_expr_context ctx)
{
    ast_expr *bad = invalid_target(e, ctx);
    if (bad) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot %s %s", ctx == AST_Del ? "delete" : "assign to",
                 expr_name(bad));
        fail_node(p, bad, msg);
        return -1;
    }
    set_ctx(e, ctx);
    return 0;
}

/* ---- literals ---------------------------------------------------------- */

/* Converts the digits of a 0x/0o/0b literal (underscores removed) to a
 * decimal digit string of any length. */
static char *radix_to_decimal(parser *p, const char *d, size_t n, int base)
{
    /* little-endian base-1e9 limbs */
    size_t cap = n / 2 + 2, used = 1;
    uint32_t *limb = alloc(p, cap * sizeof *limb);
    if (!limb)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        int c = d[i], v = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)v;
        for (size_t k = 0; k < used; k++) {
            uint64_t x = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)(x % 1000000000u);
            carry = x / 1000000000u;
        }
        if (carry && used < cap)
            limb[used++] = (uint32_t)carry;
    }
    char *out = alloc(p, used * 9 + 2);
    if (!out)
        return NULL;
    int len = sprintf(out, "%u", (unsigned)limb[used - 1]);
    for (size_t k = used - 1; k-- > 0;)
        len += sprintf(out + len, "%09u", (unsigned)limb[k]);
    return out;
}

/* NUMBER token -> Constant (int as decimal digits, float as double). */
static ast_expr *number_node(parser *p, lex_token *t)
{
    size_t n = (size_t)(t->end - t->start);
    char *d = alloc(p, n + 1);
    if (!d)
        return NULL;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (p->src[t->start + i] != '_')
            d[m++] = p->src[t->start + i];
    d[m] = '\0';
    if (d[m - 1] == 'j' || d[m - 1] == 'J')
        return fail_tok(p, t, "complex numbers are not supported by Coroscope");
    ast_expr *e = new_expr(p, AST_Constant, t);
    if (!e)
        return NULL;
    ast_constant *c = &e->v.Constant.value;
    if (m > 1 && d[0] == '0' && strchr("xXoObB", d[1])) {
        int base = (d[1] | 0x20) == 'x' ? 16 : (d[1] | 0x20) == 'o' ? 8 : 2;
        c->kind = AST_CONST_INT;
        c->str = radix_to_decimal(p, d + 2, m - 2, base);
        c->len = c->str ? strlen(c->str) : 0;
    } else if (strpbrk(d, ".eE")) {
        c->kind = AST_CONST_FLOAT;
        c->f = strtod(d, NULL);
    } else {
        size_t z = 0;
        while (z + 1 < m && d[z] == '0')
            z++;
        c->kind = AST_CONST_INT;
        c->str = d + z;
        c->len = m - z;
    }
    return e;
}

/* Appends code point cp as UTF-8 (surrogates encoded as 3 bytes). */
static int put_utf8(parser *p, sbuf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 63)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 63));
        u[2] = (char)(0x80 | (cp & 63)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 63));
        u[2] = (char)(0x80 | ((cp >> 6) & 63)); u[3] = (char)(0x80 | (cp & 63)); n = 4;
    }
    return sbuf_add(p, b, u, n);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Raises a unicodeescape decoding error at token `at` (CPython reports it
 * at the token after the string). */
static int escape_error(parser *p, lex_token *at, size_t from, size_t to, const char *what)
{
    char msg[200];
    snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes "
             "in position %zu-%zu: %s", from, to, what);
    fail_range(p, "SyntaxError", at->lineno, at->col, at->lineno, at->col, msg);
    return -1;
}

/* Decodes backslash escapes of s[0..n) into b (Python string rules);
 * unknown escapes are kept verbatim. */
static int decode_escapes(parser *p, const char *s, size_t n, sbuf *b, lex_token *errat)
{
    static const char simple_in[] = "\n\\'\"abfnrtv";
    static const char simple_out[] = "\0\\'\"\a\b\f\n\r\t\v";
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\\')
            j++;
        if (j > i && sbuf_add(p, b, s + i, j - i) < 0)
            return -1;
        if (j >= n)
            break;
        if (j + 1 >= n) {           /* lone trailing backslash (cannot happen in a token) */
            if (sbuf_add(p, b, "\\", 1) < 0)
                return -1;
            break;
        }
        char c = s[j + 1];
        const char *k = strchr(simple_in, c);
        if (c && k) {
            if (c != '\n' && sbuf_add(p, b, &simple_out[k - simple_in], 1) < 0)
                return -1;
            i = j + 2;
        } else if (c >= '0' && c <= '7') {
            uint32_t v = 0;
            size_t q = j + 1;
            while (q < n && q < j + 4 && s[q] >= '0' && s[q] <= '7')
                v = v * 8 + (uint32_t)(s[q++] - '0');
            if (put_utf8(p, b, v) < 0)
                return -1;
            i = q;
        } else if (c == 'x' || c == 'u' || c == 'U') {
            int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int got = 0;
            while (got < want && j + 2 + (size_t)got < n && hexval(s[j + 2 + got]) >= 0)
                v = v * 16 + (uint32_t)hexval(s[j + 2 + got++]);
            if (got < want)
                return escape_error(p, errat, j, j + 1 + (size_t)got,
                                    c == 'x' ? "truncated \\xXX escape"
                                    : c == 'u' ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape");
            if (v > 0x10FFFF)
                return escape_error(p, errat, j, j + 9, "illegal Unicode character");
            if (put_utf8(p, b, v) < 0)
                return -1;
            i = j + 2 + (size_t)want;
        } else if (c == 'N') {
            fail_range(p, "SyntaxError", errat->lineno, errat->col, errat->lineno, errat->col,
                       "\\N{...} escapes are not supported by Coroscope");
            return -1;
        } else {
            if (sbuf_add(p, b, s + j, 2) < 0)
                return -1;
            i = j + 2;
        }
    }
    return 0;
}

/* Decodes the backslash escapes of a bytes literal's body s[0..n) into b
 * (CPython's _PyBytes_DecodeEscape): \xXX needs two hex digits, an octal
 * escape keeps its low 8 bits, unknown escapes (\u, \N, \q ...) stay
 * verbatim. */
static int decode_bytes_escapes(parser *p, const char *s, size_t n, sbuf *b, lex_token *errat)
{
    static const char simple_in[] = "\n\\'\"abfnrtv";
    static const char simple_out[] = "\0\\'\"\a\b\f\n\r\t\v";
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\\')
            j++;
        if (j > i && sbuf_add(p, b, s + i, j - i) < 0)
            return -1;
        if (j + 1 >= n) {
            if (j < n && sbuf_add(p, b, "\\", 1) < 0)
                return -1;
            break;
        }
        char c = s[j + 1];
        const char *k = strchr(simple_in, c);
        if (c && k) {
            if (c != '\n' && sbuf_add(p, b, &simple_out[k - simple_in], 1) < 0)
                return -1;
            i = j + 2;
        } else if (c >= '0' && c <= '7') {
            unsigned v = 0;
            size_t q = j + 1;
            while (q < n && q < j + 4 && s[q] >= '0' && s[q] <= '7')
                v = v * 8 + (unsigned)(s[q++] - '0');
            char byte = (char)(v & 0xFF);
            if (sbuf_add(p, b, &byte, 1) < 0)
                return -1;
            i = q;
        } else if (c == 'x') {
            int hi = j + 2 < n ? hexval(s[j + 2]) : -1, lo = j + 3 < n ? hexval(s[j + 3]) : -1;
            if (hi < 0 || lo < 0) {
                char msg[80];
                snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %zu", j);
                fail_range(p, "SyntaxError", errat->lineno, errat->col, errat->lineno, errat->col,
                           msg);
                return -1;
            }
            char byte = (char)(hi * 16 + lo);
            if (sbuf_add(p, b, &byte, 1) < 0)
                return -1;
            i = j + 4;
        } else {
            if (sbuf_add(p, b, s + j, 2) < 0)
                return -1;
            i = j + 2;
        }
    }
    return 0;
}

/* Prefix flags and body of one STRING token. */
typedef struct strlit {
    int raw, fmt, bytes, u;     /* prefix letters seen */
    const char *body;           /* between the quotes */
    size_t n;                   /* body length */
    int body_off;               /* byte offset of body from token start */
} strlit;

static void split_string(parser *p, lex_token *t, strlit *st)
{
    const char *s = p->src + t->start;
    size_t n = (size_t)(t->end - t->start), i = 0;
    memset(st, 0, sizeof *st);
    for (; i < n && s[i] != '\'' && s[i] != '"'; i++) {
        int c = s[i] | 0x20;
        if (c == 'r') st->raw = 1;
        else if (c == 'f') st->fmt = 1;
        else if (c == 'b') st->bytes = 1;
        else if (c == 'u') st->u = 1;
    }
    size_t q = (i + 2 < n && s[i + 1] == s[i] && s[i + 2] == s[i] && n - i >= 6) ? 3 : 1;
    st->body = s + i + q;
    st->n = n - i - 2 * q;
    st->body_off = (int)(i + q);
}

/* ---- f-strings --------------------------------------------------------- */

/* Pieces of a JoinedStr under construction. */
typedef struct fparts {
    vec values;         /* Constant / FormattedValue nodes */
    sbuf lit;           /* pending literal text */
    ast_expr *pos;      /* node whose position the pieces take */
} fparts;

static int fparts_flush(parser *p, fparts *f)
{
    if (f->lit.len == 0)
        return 0;
    ast_expr *c = alloc(p, sizeof *c);
    if (!c)
        return -1;
    *c = *f->pos;
    c->kind = AST_Constant;
    memset(&c->v, 0, sizeof c->v);
    c->v.Constant.value.kind = AST_CONST_STR;
    c->v.Constant.value.str = f->lit.data;
    c->v.Constant.value.len = f->lit.len;
    f->lit.data = NULL;
    f->lit.len = f->lit.cap = 0;
    return vec_push(p, &f->values, c);
}

/* f-string errors are reported, as CPython 3.11 does, over the token that
 * follows the string literals; `t` is the string token. */
static void *ffail(parser *p, lex_token *t, const char *msg)
{
    lex_token *at = cur(p);     /* CPython: the token after the string(s) */
    (void)t;
    return fail_range(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col, msg);
}

/* Line and byte column in the program of byte `off` of token t's text. */
static void tok_pos_of(parser *p, lex_token *t, int off, int *line, int *col)
{
    int l = t->lineno, c = t->col;
    for (int i = 0; i < off; i++) {
        if (p->src[t->start + i] == '\n') {
            l++;
            c = 0;
        } else
            c++;
    }
    *line = l;
    *col = c;
}

/* Parses the expression text of an f-string replacement field with a
 * sub-parser over "(text)", positions shifted to where text sits. */
static ast_expr *fstring_compile(parser *p, lex_token *t, const char *text, size_t n, int off)
{
    int line, col;
    tok_pos_of(p, t, off, &line, &col);
    char *buf = alloc(p, n + 3);
    if (!buf)
        return NULL;
    buf[0] = '(';
    memcpy(buf + 1, text, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';
    lex_result lr;
    lex_tokenize(buf, n + 2, &lr);
    for (int i = 0; i < lr.ntoks; i++) {
        lex_token *k = &lr.toks[i];
        if (k->lineno == 1) k->col += col - 1;
        if (k->end_lineno == 1) k->end_col += col - 1;
        k->lineno += line - 1;
        k->end_lineno += line - 1;
    }
    parser sub = *p;
    sub.src = buf;
    sub.len = n + 2;
    sub.lex = &lr;
    sub.toks = lr.toks;
    sub.ntoks = lr.ntoks;
    sub.pos = sub.maxpos = 0;
    sub.fstring_level = p->fstring_level + 1;
    sub.fline = line;
    sub.fshift = col - 1;
    ast_expr *e = NULL;
    if (lr.ntoks == 0)
        fail_oom(&sub);
    else {
        e = parse_star_expressions(&sub);
        if (e && !at(&sub, T_NEWLINE) && !at(&sub, T_ENDMARKER))
            e = invalid(&sub);
    }
    p->failed = sub.failed;
    lex_result_free(&lr);
    return p->failed ? NULL : e;
}

static long fscan_fail(parser *p, lex_token *t, const char *msg)
{
    ffail(p, t, msg);
    return -1;
}

/* Finds the end of a replacement field's expression starting at s[i]
 * (CPython fstring_find_expr's scan).  Returns the index or -1. */
static long fstring_expr_end(parser *p, lex_token *t, const char *s, size_t n, size_t i)
{
    char stack[200];
    int depth = 0;
    char quote = 0;
    int qsize = 0;
    for (; i < n; i++) {
        char ch = s[i];
        if (ch == '\\')
            return fscan_fail(p, t, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (qsize == 1 || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
                i += (size_t)qsize - 1;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            qsize = (i + 2 < n && s[i + 1] == ch && s[i + 2] == ch) ? 3 : 1;
            quote = ch;
            i += (size_t)qsize - 1;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= 200)
                return fscan_fail(p, t, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
            continue;
        }
        if (ch == '#')
            return fscan_fail(p, t, "f-string expression part cannot include '#'");
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i + 1 < n && s[i + 1] == '=' && ch != ':' && ch != '}') {
                i++;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            return (long)i;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            char msg[96];
            if (depth == 0) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                return fscan_fail(p, t, msg);
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match "
                         "opening parenthesis '%c'", ch, open);
                return fscan_fail(p, t, msg);
            }
        }
    }
    if (quote)
        return fscan_fail(p, t, "f-string: unterminated string");
    if (depth) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[depth - 1]);
        return fscan_fail(p, t, msg);
    }
    return fscan_fail(p, t, "f-string: expecting '}'");
}

static int fstring_body(parser *p, lex_token *t, strlit *st, size_t *i, int level, fparts *f);

/* Parses one replacement field; *i is just after '{'. */
static int fstring_field(parser *p, lex_token *t, strlit *st, size_t *i, int level, fparts *f)
{
    const char *s = st->body;
    size_t n = st->n;
    if (level >= 2) {
        ffail(p, t, "f-string: expressions nested too deeply");
        return -1;
    }
    size_t start = *i;
    long e = fstring_expr_end(p, t, s, n, start);
    if (e < 0)
        return -1;
    size_t j = (size_t)e, k = start;
    while (k < j && strchr(" \t\n\r\f\v", s[k]))
        k++;
    if (k == j) {
        ffail(p, t, "f-string: empty expression not allowed");
        return -1;
    }
    ast_expr *value = fstring_compile(p, t, s + start, j - start, st->body_off + (int)start);
    if (!value)
        return -1;
    int conversion = -1, selfdoc = 0;
    if (s[j] == '=') {
        selfdoc = 1;
        j++;
        while (j < n && strchr(" \t\n\r\f\v", s[j]))
            j++;
        if (sbuf_add(p, &f->lit, s + start, j - start) < 0)
            return -1;
    }
    if (j < n && s[j] == '!') {
        j++;
        if (j >= n) {
            ffail(p, t, "f-string: expecting '}'");
            return -1;
        }
        conversion = (unsigned char)s[j++];
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            ffail(p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    ast_expr *spec = NULL;
    if (j < n && s[j] == ':') {
        j++;
        fparts sf;
        memset(&sf, 0, sizeof sf);
        sf.pos = f->pos;
        if (fstring_body(p, t, st, &j, level + 1, &sf) < 0 || fparts_flush(p, &sf) < 0)
            return -1;
        spec = alloc(p, sizeof *spec);
        if (!spec)
            return -1;
        *spec = *f->pos;
        memset(&spec->v, 0, sizeof spec->v);
        spec->kind = AST_JoinedStr;
        spec->v.JoinedStr.values = AS_SEQ(ast_expr_seq, sf.values);
    }
    if (j >= n || s[j] != '}') {
        ffail(p, t, "f-string: expecting '}'");
        return -1;
    }
    *i = j + 1;
    if (selfdoc && conversion == -1 && !spec)
        conversion = 'r';
    if (fparts_flush(p, f) < 0)
        return -1;
    ast_expr *fv = alloc(p, sizeof *fv);
    if (!fv)
        return -1;
    *fv = *f->pos;
    memset(&fv->v, 0, sizeof fv->v);
    fv->kind = AST_FormattedValue;
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    return vec_push(p, &f->values, fv);
}

/* Parses literal text and fields from *i; at level > 0 (a format spec)
 * stops before the '}' that closes the field. */
static int fstring_body(parser *p, lex_token *t, strlit *st, size_t *i, int level, fparts *f)
{
    const char *s = st->body;
    size_t n = st->n;
    while (*i < n) {
        size_t j = *i;
        while (j < n && s[j] != '{' && s[j] != '}') {
            if (!st->raw && s[j] == '\\' && j + 1 < n) {
                if (s[j + 1] == 'N' && j + 2 < n && s[j + 2] == '{') {
                    ffail(p, t, "\\N{...} escapes are not supported by Coroscope");
                    return -1;
                }
                j++;
            }
            j++;
        }
        if (j > *i) {
            if (st->raw) {
                if (sbuf_add(p, &f->lit, s + *i, j - *i) < 0)
                    return -1;
            } else if (decode_escapes(p, s + *i, j - *i, &f->lit, cur(p)) < 0)
                return -1;
        }
        *i = j;
        if (j >= n)
            break;
        if (level == 0 && j + 1 < n && s[j + 1] == s[j]) {
            if (sbuf_add(p, &f->lit, s + j, 1) < 0)
                return -1;
            *i = j + 2;
            continue;
        }
        if (s[j] == '}') {
            if (level > 0)
                return 0;
            ffail(p, t, "f-string: single '}' is not allowed");
            return -1;
        }
        *i = j + 1;
        if (fstring_field(p, t, st, i, level, f) < 0)
            return -1;
    }
    if (level > 0) {
        ffail(p, t, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

/* The n STRING tokens ending at p->pos, at least one of them bytes: a
 * Constant(bytes), or CPython's errors.  As CPython's
 * _PyPegen_concatenate_strings, each token is parsed in turn (non-ASCII
 * text in a bytes literal, bad escapes), then compared with the first:
 * "cannot mix bytes and nonbytes literals". */
static ast_expr *parse_bytes(parser *p, lex_token *first, int n)
{
    sbuf b, scratch;
    memset(&b, 0, sizeof b);
    memset(&scratch, 0, sizeof scratch);
    strlit st0;
    split_string(p, first, &st0);
    for (int k = 0; k < n; k++) {
        lex_token *t = &p->toks[p->pos - n + k];
        strlit st;
        split_string(p, t, &st);
        if (st.bytes) {
            for (size_t i = 0; i < st.n; i++)
                if ((unsigned char)st.body[i] >= 0x80)
                    return fail_range(p, "SyntaxError", t->lineno, t->col, t->end_lineno,
                                      t->end_col, "bytes can only contain ASCII literal characters");
            if (st.raw ? sbuf_add(p, &b, st.body, st.n) < 0
                       : decode_bytes_escapes(p, st.body, st.n, &b, cur(p)) < 0)
                return NULL;
        } else if (!st.fmt && !st.raw) {
            scratch.len = 0;
            if (decode_escapes(p, st.body, st.n, &scratch, cur(p)) < 0)
                return NULL;
        }
        if (st.bytes != st0.bytes) {
            lex_token *at = cur(p);     /* CPython: the token after the strings */
            return fail_range(p, "SyntaxError", at->lineno, at->col, at->end_lineno, at->end_col,
                              "cannot mix bytes and nonbytes literals");
        }
    }
    ast_expr *e = new_expr(p, AST_Constant, first);
    if (!e)
        return NULL;
    e->v.Constant.value.kind = AST_CONST_BYTES;
    e->v.Constant.value.str = b.data ? b.data : "";
    e->v.Constant.value.len = b.len;
    return e;
}

/* atom: STRING+ -> Constant(str) or JoinedStr (implicit concatenation). */
static ast_expr *parse_strings(parser *p)
{
    lex_token *first = cur(p);
    int n = 0, any_f = 0, any_b = 0;
    while (peek(p, n)->kind == T_STRING) {
        strlit st;
        split_string(p, peek(p, n), &st);
        any_f |= st.fmt;
        any_b |= st.bytes;
        n++;
    }
    p->pos += n;
    if (any_b)
        return parse_bytes(p, first, n);
    ast_expr *e = new_expr(p, any_f ? AST_JoinedStr : AST_Constant, first);
    if (!e)
        return NULL;
    fparts f;
    memset(&f, 0, sizeof f);
    f.pos = e;
    for (int k = 0; k < n; k++) {
        lex_token *t = &p->toks[p->pos - n + k];
        strlit st;
        split_string(p, t, &st);
        if (st.fmt) {
            size_t i = 0;
            if (fstring_body(p, t, &st, &i, 0, &f) < 0)
                return NULL;
        } else if (st.raw) {
            if (sbuf_add(p, &f.lit, st.body, st.n) < 0)
                return NULL;
        } else if (decode_escapes(p, st.body, st.n, &f.lit, cur(p)) < 0)
            return NULL;
    }
    if (any_f) {
        if (fparts_flush(p, &f) < 0)
            return NULL;
        e->v.JoinedStr.values = AS_SEQ(ast_expr_seq, f.values);
        return e;
    }
    strlit st0;
    split_string(p, first, &st0);
    e->v.Constant.value.kind = AST_CONST_STR;
    e->v.Constant.value.str = f.lit.data ? f.lit.data : "";
    e->v.Constant.value.len = f.lit.len;
    e->v.Constant.kind = st0.u ? "u" : NULL;
    return e;
}

/* ---- expressions ------------------------------------------------------- */

/* Can t start an expression (used for optional parts and error hints)? */
static int starts_expr(lex_token *t)
{
    switch (t->kind) {
    case T_NAME:
        return is_ident(t) || t->kw == KW_None || t->kw == KW_True || t->kw == KW_False ||
               t->kw == KW_not || t->kw == KW_lambda || t->kw == KW_await;
    case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* CPython's invalid_expression hint inside brackets: two expressions in a
 * row are "invalid syntax. Perhaps you forgot a comma?"; otherwise the
 * generic error at the current token. */
static void *forgot_comma(parser *p, ast_expr *a)
{
    lex_token *t = cur(p);
    int save = p->pos;
    if (p->failed || !a || !starts_expr(t) || (a->kind == AST_Name && t->kind == T_STRING))
        return invalid(p);
    if (a->kind == AST_Name && (!strcmp(a->v.Name.id, "match") || !strcmp(a->v.Name.id, "case") ||
                                !strcmp(a->v.Name.id, "type") || !strcmp(a->v.Name.id, "_")))
        return invalid(p);
    /* Inside a speculative parse only failure matters, and this fails
     * either way: not looking ahead again keeps nested brackets linear
     * (it was exponential in their depth). */
    if (p->speculating)
        return invalid(p);
    ast_error saved = *p->err;
    int savemax = p->maxpos;    /* CPython's generic error stays at pass 1's last token */
    memset(p->err, 0, sizeof *p->err);
    p->speculating++;
    ast_expr *b = parse_expression(p);
    p->speculating--;
    int ok = b && !p->failed;
    ast_error_clear(p->err);
    *p->err = saved;
    p->failed = 0;
    p->pos = save;
    if (p->maxpos > p->maxfetch)
        p->maxfetch = p->maxpos;
    if (p->toks[p->maxpos].kind != T_ERRORTOKEN)    /* reaching one raises it in CPython */
        p->maxpos = savemax;
    if (ok)
        return fail_range(p, "SyntaxError", a->lineno, a->col_offset, b->end_lineno,
                          b->end_col_offset, "invalid syntax. Perhaps you forgot a comma?");
    return invalid(p);
}

/* for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static int parse_comprehensions(parser *p, ast_comprehension_seq *out)
{
    vec v = {0};
    while (at_kw(p, KW_for) || (at_kw(p, KW_async) && tok_is_kw(peek(p, 1), KW_for))) {
        ast_comprehension *c = alloc(p, sizeof *c);
        if (!c)
            return -1;
        if (at_kw(p, KW_async)) {
            take(p);
            c->is_async = 1;
        }
        take(p);
        c->target = parse_star_targets(p);
        if (!c->target)
            return -1;
        if (!at_kw(p, KW_in)) {
            invalid(p);
            return -1;
        }
        take(p);
        c->iter = parse_disjunction(p);
        if (!c->iter)
            return -1;
        vec ifs = {0};
        while (at_kw(p, KW_if)) {
            take(p);
            ast_expr *cond = parse_disjunction(p);
            if (!cond || vec_push(p, &ifs, cond) < 0)
                return -1;
        }
        c->ifs = AS_SEQ(ast_expr_seq, ifs);
        if (vec_push(p, &v, c) < 0)
            return -1;
    }
    *out = AS_SEQ(ast_comprehension_seq, v);
    return 0;
}

static int at_comprehension(parser *p)
{
    return at_kw(p, KW_for) || (at_kw(p, KW_async) && tok_is_kw(peek(p, 1), KW_for));
}

static int outer_range(parser *p, ast_expr *e, int *si, int *ei);
static ast_expr *bitor_prefix(parser *p, ast_expr *w);
static int starts_display(parser *p, int i);

/* CPython's invalid_named_expression where a named_expression e is followed
 * by '=': `NAME = b` or `x.y = b` that should have been a comparison
 * (b a bitwise_or not followed by '=' or ':=').  Raises and returns NULL. */
static void *named_expr_eq(parser *p, ast_expr *e)
{
    int si, ei, parens;
    if (!e || p->failed || p->speculating || !at(p, T_EQUAL) ||
        (parens = outer_range(p, e, &si, &ei)) < 0)
        return NULL;
    int save = p->pos, savemax = p->maxpos;
    ast_error saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    take(p);
    ast_expr *b = starts_expr(cur(p)) ? parse_bitwise_or(p) : NULL;
    int ok = b && !p->failed && !at(p, T_EQUAL) && !at(p, T_COLONEQUAL);
    if (p->failed && strcmp(p->err->msg, "invalid syntax") != 0) {
        ast_error_clear(&saved);    /* b is parsed with CPython's error rules on: */
        return NULL;                /* a specific error inside it stands */
    }
    ast_error_clear(p->err);
    *p->err = saved;
    p->failed = 0;
    p->pos = save;
    if (p->maxpos > p->maxfetch)
        p->maxfetch = p->maxpos;
    p->maxpos = savemax;
    if (!ok)
        return NULL;
    if (e->kind == AST_Name && parens == 0)
        return fail_range(p, "SyntaxError", e->lineno, e->col_offset, b->end_lineno,
                          b->end_col_offset, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (starts_display(p, si) || (parens == 0 && bitor_prefix(p, e) != e))
        return NULL;
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(e));
    return fail_node(p, e, msg);
}

/* star_named_expression: '*' bitwise_or | named_expression */
static ast_expr *parse_star_named(parser *p)
{
    if (!at(p, T_STAR)) {
        ast_expr *e = parse_named_expression(p);
        named_expr_eq(p, e);
        return p->failed ? NULL : e;
    }
    lex_token *t = take(p);
    ast_expr *v = parse_bitwise_or(p);
    if (!v)
        return NULL;
    ast_expr *e = new_expr(p, AST_Starred, t);
    if (e) {
        e->v.Starred.value = v;
        e->v.Starred.ctx = AST_Load;
    }
    return e;
}

/* Elements of a display after the first, up to the closing token. */
static int parse_elements(parser *p, vec *v, lex_kind close)
{
    while (accept(p, T_COMMA)) {
        if (at(p, close))
            break;
        ast_expr *e = parse_star_named(p);
        if (!e || vec_push(p, v, e) < 0)
            return -1;
    }
    if (!at(p, close)) {
        forgot_comma(p, v->items[v->count - 1]);
        return -1;
    }
    return 0;
}

/* group / tuple / genexp: '(' ... ')' */
static ast_expr *parse_paren(parser *p)
{
    lex_token *open = take(p);
    if (accept(p, T_RPAR)) {
        ast_expr *e = new_expr(p, AST_Tuple, open);
        if (e)
            e->v.Tuple.ctx = AST_Load;
        return e;
    }
    if (at_kw(p, KW_yield)) {
        ast_expr *y = parse_yield_expr(p);
        if (!y || !expect(p, T_RPAR))
            return NULL;
        return y;
    }
    ast_expr *first = parse_star_named(p);
    if (!first)
        return NULL;
    if (at_comprehension(p)) {
        ast_expr *g = alloc(p, sizeof *g);
        if (!g || parse_comprehensions(p, &g->v.GeneratorExp.generators) < 0)
            return NULL;
        if (!at(p, T_RPAR))
            return invalid(p);
        take(p);
        ast_expr *e = new_expr(p, AST_GeneratorExp, open);
        if (e) {
            e->v.GeneratorExp.elt = first;
            e->v.GeneratorExp.generators = g->v.GeneratorExp.generators;
        }
        return e;
    }
    if (at(p, T_RPAR)) {
        take(p);
        if (first->kind == AST_Starred)
            return fail_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (!at(p, T_COMMA))
        return forgot_comma(p, first);
    vec v = {0};
    if (vec_push(p, &v, first) < 0 || parse_elements(p, &v, T_RPAR) < 0)
        return NULL;
    take(p);
    return new_tuple(p, open, v);
}

/* list / listcomp: '[' ... ']' */
static ast_expr *parse_list(parser *p)
{
    lex_token *open = take(p);
    vec v = {0};
    if (!at(p, T_RSQB)) {
        ast_expr *first = parse_star_named(p);
        if (!first)
            return NULL;
        if (at_comprehension(p)) {
            ast_comprehension_seq gens;
            if (parse_comprehensions(p, &gens) < 0)
                return NULL;
            if (!expect(p, T_RSQB))
                return NULL;
            ast_expr *e = new_expr(p, AST_ListComp, open);
            if (e) {
                e->v.ListComp.elt = first;
                e->v.ListComp.generators = gens;
            }
            return e;
        }
        if (vec_push(p, &v, first) < 0 || parse_elements(p, &v, T_RSQB) < 0)
            return NULL;
    }
    take(p);
    ast_expr *e = new_expr(p, AST_List, open);
    if (e) {
        e->v.List.elts = AS_SEQ(ast_expr_seq, v);
        e->v.List.ctx = AST_Load;
    }
    return e;
}

/* Parses an expression speculatively: the node, or NULL with the error
 * discarded and the position restored (*hard set when the failure must
 * stand: a tokenizer error, MemoryError or RecursionError).  *reach gets
 * the furthest token it looked at. */
static ast_expr *try_expression(parser *p, int *hard, int *reach)
{
    int save = p->pos, savemax = p->maxpos;
    ast_error saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    p->maxpos = save;
    p->speculating++;
    ast_expr *e = parse_expression(p);
    p->speculating--;
    *reach = p->maxpos;
    *hard = !e && (strcmp(p->err->type ? p->err->type : "", "SyntaxError") != 0 ||
                   p->toks[p->maxpos].kind == T_ERRORTOKEN);
    if (!e)
        p->pos = save;
    ast_error_clear(p->err);
    *p->err = saved;
    p->failed = 0;
    if (p->maxpos > p->maxfetch)
        p->maxfetch = p->maxpos;
    if (!e || p->maxpos < savemax)  /* a success stands as a parse (its tokens were read) */
        p->maxpos = savemax;
    return e;
}

/* A dict key after 'item ,' as CPython's invalid_kvpair sees it: when the
 * key does not parse, the longest prefix that does (`{1: 2, f(3 4)}` has
 * key `f`), so that "':' expected" can be reported; errors inside a
 * bracketed first atom (`{1: 2, (3 4)}`) stand, as in CPython. */
static ast_expr *parse_dict_key(parser *p)
{
    int save = p->pos, hard, end, reach;
    if (p->speculating)     /* only success matters there: keeps nesting linear */
        return parse_expression(p);
    ast_expr *k = try_expression(p, &hard, &end);
    if (k || hard)
        return k ? k : parse_expression(p);
    while (at(p, T_PLUS) || at(p, T_MINUS) || at(p, T_TILDE) || at_kw(p, KW_not) ||
           at_kw(p, KW_await))
        take(p);
    if (!(at(p, T_LPAR) || at(p, T_LSQB) || at(p, T_LBRACE)) || parse_atom(p)) {
        for (int j = end; j > save && j > end - 64; j--) {
            lex_kind kind = p->toks[j].kind;
            p->toks[j].kind = T_NEWLINE;        /* cut the key before token j */
            p->pos = save;
            k = try_expression(p, &hard, &reach);
            p->toks[j].kind = kind;
            if (k && p->pos == j)
                return k;
        }
    }
    p->pos = save;
    return p->failed ? NULL : parse_expression(p);
}

/* The value after a dict key's ':', with CPython's invalid_kvpair errors. */
static ast_expr *parse_dict_value(parser *p)
{
    lex_token *colon = prev(p);
    if (at(p, T_STAR)) {
        lex_token *star = take(p);
        if (!parse_bitwise_or(p))
            return NULL;
        lex_token *la = cur(p);     /* CPython ends the range at the tokenizer's position */
        set_error(p, "SyntaxError", star->lineno,
                  lex_char_offset(p->esrc, p->elen, star->lineno, star->col), la->end_lineno,
                  lex_char_offset(p->esrc, p->elen, la->end_lineno, la->end_col) - 1,
                  "cannot use a starred expression in a dictionary value");
        return NULL;
    }
    if (at(p, T_RBRACE) || at(p, T_COMMA))
        return fail_tok(p, colon, "expression expected after dictionary key and ':'");
    return parse_expression(p);
}

/* One dict item after a comma (or a leading '**' item): '**' bitwise_or
 * (key NULL) or expression ':' expression. */
static int parse_dict_item(parser *p, vec *keys, vec *values)
{
    ast_expr *k = NULL, *v;
    if (accept(p, T_DOUBLESTAR)) {
        v = parse_bitwise_or(p);
    } else {
        k = parse_dict_key(p);
        if (!k)
            return -1;
        if (!at(p, T_COLON)) {
            if (cur(p)->kind == T_ERRORTOKEN)
                invalid(p);
            else
                fail_range(p, "SyntaxError", k->lineno, k->end_col_offset - 1, k->end_lineno,
                           -1, "':' expected after dictionary key");
            return -1;
        }
        take(p);
        v = parse_dict_value(p);
    }
    if (!v || vec_push(p, keys, k) < 0 || vec_push(p, values, v) < 0)
        return -1;
    return 0;
}

/* Rest of a dict display after its first item. */
static ast_expr *parse_dict_rest(parser *p, lex_token *open, vec *keys, vec *values)
{
    while (accept(p, T_COMMA)) {
        if (at(p, T_RBRACE))
            break;
        if (parse_dict_item(p, keys, values) < 0)
            return NULL;
    }
    if (!at(p, T_RBRACE))
        return forgot_comma(p, values->items[values->count - 1]);
    take(p);
    ast_expr *e = new_expr(p, AST_Dict, open);
    if (e) {
        e->v.Dict.keys = AS_SEQ(ast_expr_seq, *keys);
        e->v.Dict.values = AS_SEQ(ast_expr_seq, *values);
    }
    return e;
}

/* dict / set / dictcomp / setcomp: '{' ... '}' */
static ast_expr *parse_brace(parser *p)
{
    lex_token *open = take(p);
    vec keys = {0}, values = {0};
    if (accept(p, T_RBRACE))
        return new_expr(p, AST_Dict, open);
    if (at(p, T_DOUBLESTAR)) {
        if (parse_dict_item(p, &keys, &values) < 0)
            return NULL;
        return parse_dict_rest(p, open, &keys, &values);
    }
    ast_expr *first = parse_star_named(p);
    if (!first)
        return NULL;
    if (at(p, T_COLON) && first->kind != AST_Starred) {
        take(p);
        ast_expr *v = parse_dict_value(p);
        if (!v)
            return NULL;
        if (at_comprehension(p)) {
            ast_comprehension_seq gens;
            if (parse_comprehensions(p, &gens) < 0 || !expect(p, T_RBRACE))
                return NULL;
            ast_expr *e = new_expr(p, AST_DictComp, open);
            if (e) {
                e->v.DictComp.key = first;
                e->v.DictComp.value = v;
                e->v.DictComp.generators = gens;
            }
            return e;
        }
        if (vec_push(p, &keys, first) < 0 || vec_push(p, &values, v) < 0)
            return NULL;
        return parse_dict_rest(p, open, &keys, &values);
    }
    if (at_comprehension(p)) {
        ast_comprehension_seq gens;
        if (parse_comprehensions(p, &gens) < 0 || !expect(p, T_RBRACE))
            return NULL;
        ast_expr *e = new_expr(p, AST_SetComp, open);
        if (e) {
            e->v.SetComp.elt = first;
            e->v.SetComp.generators = gens;
        }
        return e;
    }
    vec v = {0};
    if (vec_push(p, &v, first) < 0 || parse_elements(p, &v, T_RBRACE) < 0)
        return NULL;
    take(p);
    ast_expr *e = new_expr(p, AST_Set, open);
    if (e)
        e->v.Set.elts = AS_SEQ(ast_expr_seq, v);
    return e;
}

/* atom: NAME | True | False | None | strings | NUMBER | '(' | '[' | '{' | '...' */
static ast_expr *parse_atom(parser *p)
{
    lex_token *t = cur(p);
    switch (t->kind) {
    case T_NAME: {
        if (is_ident(t)) {
            take(p);
            return name_expr(p, t, AST_Load);
        }
        ast_const_kind k = t->kw == KW_None ? AST_CONST_NONE : t->kw == KW_True
                           ? AST_CONST_TRUE : t->kw == KW_False ? AST_CONST_FALSE : 0;
        if (!k)
            return invalid(p);
        take(p);
        ast_expr *e = new_expr(p, AST_Constant, t);
        if (e)
            e->v.Constant.value.kind = k;
        return e;
    }
    case T_NUMBER:
        take(p);
        return number_node(p, t);
    case T_STRING:
        return parse_strings(p);
    case T_LPAR:
        return parse_paren(p);
    case T_LSQB:
        return parse_list(p);
    case T_LBRACE:
        return parse_brace(p);
    case T_ELLIPSIS: {
        take(p);
        ast_expr *e = new_expr(p, AST_Constant, t);
        if (e)
            e->v.Constant.value.kind = AST_CONST_ELLIPSIS;
        return e;
    }
    default:
        return invalid(p);
    }
}

/* One call argument; updates the keyword/unpacking state for the errors. */
static int parse_call_arg(parser *p, vec *args, vec *kws, int *seen_kw, int *seen_dstar,
                          lex_token *open, ast_expr **genexp)
{
    lex_token *t0 = cur(p);
    if (at(p, T_STAR) || at(p, T_DOUBLESTAR)) {
        int dstar = at(p, T_DOUBLESTAR);
        take(p);
        if (!dstar && *seen_dstar) {
            fail_tok(p, t0, "iterable argument unpacking follows keyword argument unpacking");
            return -1;
        }
        ast_expr *v = parse_expression(p);
        if (!v)
            return -1;
        if (dstar) {
            ast_keyword *k = alloc(p, sizeof *k);
            if (!k)
                return -1;
            k->value = v;
            k->lineno = t0->lineno; k->col_offset = t0->col;   /* ends with a ')' around v */
            k->end_lineno = prev(p)->end_lineno; k->end_col_offset = prev(p)->end_col;
            *seen_dstar = 1;
            return vec_push(p, kws, k);
        }
        ast_expr *s = new_expr(p, AST_Starred, t0);
        if (!s)
            return -1;
        s->v.Starred.value = v;
        s->v.Starred.ctx = AST_Load;
        return vec_push(p, args, s);
    }
    if (is_ident(t0) && peek(p, 1)->kind == T_EQUAL) {
        take(p);
        take(p);
        ast_expr *v = parse_expression(p);
        if (!v)
            return -1;
        ast_keyword *k = alloc(p, sizeof *k);
        if (!k)
            return -1;
        k->arg = tok_text(p, t0);
        k->value = v;
        k->lineno = t0->lineno; k->col_offset = t0->col;
        k->end_lineno = prev(p)->end_lineno; k->end_col_offset = prev(p)->end_col;
        *seen_kw = 1;
        return vec_push(p, kws, k);
    }
    ast_expr *e = parse_named_expression(p);
    if (!e)
        return -1;
    if (at_comprehension(p)) {
        ast_comprehension_seq gens;
        if (parse_comprehensions(p, &gens) < 0)
            return -1;
        int sole = args->count == 0 && kws->count == 0 && at(p, T_RPAR);
        if (!sole) {
            fail_range(p, "SyntaxError", e->lineno, e->col_offset, prev(p)->end_lineno,
                       prev(p)->end_col, "Generator expression must be parenthesized");
            return -1;
        }
        ast_expr *g = new_expr(p, AST_GeneratorExp, open);
        if (!g)
            return -1;
        take(p);
        end_at_prev(p, g);
        p->pos--;
        g->v.GeneratorExp.elt = e;
        g->v.GeneratorExp.generators = gens;
        *genexp = g;
        return vec_push(p, args, g);
    }
    if (at(p, T_EQUAL)) {
        if (e->kind == AST_Constant && e->v.Constant.value.kind <= AST_CONST_FALSE) {
            char msg[64];
            snprintf(msg, sizeof msg, "cannot assign to %s", expr_name(e));
            fail_node(p, e, msg);
        } else
            fail_range(p, "SyntaxError", e->lineno, e->col_offset, cur(p)->end_lineno,
                       cur(p)->end_col, "expression cannot contain assignment, perhaps you meant \"==\"?");
        return -1;
    }
    if (*seen_dstar || *seen_kw) {
        fail_tok(p, cur(p), *seen_dstar ? "positional argument follows keyword argument unpacking"
                                        : "positional argument follows keyword argument");
        return -1;
    }
    return vec_push(p, args, e);
}

/* Call arguments after '('; fills args/keywords; consumes ')'. */
static int parse_call_args(parser *p, lex_token *open, ast_expr_seq *args, ast_keyword_seq *kws)
{
    vec a = {0}, k = {0};
    int seen_kw = 0, seen_dstar = 0;
    ast_expr *genexp = NULL;
    ast_expr *last = NULL;
    while (!at(p, T_RPAR)) {
        int na = a.count, nk = k.count;
        if (parse_call_arg(p, &a, &k, &seen_kw, &seen_dstar, open, &genexp) < 0)
            return -1;
        if (a.count > na)
            last = a.items[a.count - 1];
        else if (k.count > nk)
            last = ((ast_keyword *)k.items[k.count - 1])->value;
        if (!accept(p, T_COMMA))
            break;
        if (genexp) {
            fail_range(p, "SyntaxError", genexp->v.GeneratorExp.elt->lineno,
                       genexp->v.GeneratorExp.elt->col_offset, prev(p)->end_lineno,
                       prev(p)->end_col - 1, "Generator expression must be parenthesized");
            return -1;
        }
    }
    if (!at(p, T_RPAR)) {
        forgot_comma(p, last);
        return -1;
    }
    take(p);
    *args = AS_SEQ(ast_expr_seq, a);
    *kws = AS_SEQ(ast_keyword_seq, k);
    return 0;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression
 *        | starred_expression (inside a tuple of slices) */
static ast_expr *parse_slice(parser *p)
{
    lex_token *t0 = cur(p);
    if (at(p, T_STAR))
        return parse_star_named(p);
    ast_expr *lower = NULL, *upper = NULL, *step = NULL;
    if (!at(p, T_COLON)) {
        lower = parse_named_expression(p);
        named_expr_eq(p, lower);
        if (p->failed)
            return NULL;
        if (!lower || !at(p, T_COLON))
            return lower;
    }
    take(p);
    if (!at(p, T_COLON) && !at(p, T_RSQB) && !at(p, T_COMMA) && !(upper = parse_expression(p)))
        return NULL;
    if (accept(p, T_COLON) && !at(p, T_RSQB) && !at(p, T_COMMA) && !(step = parse_expression(p)))
        return NULL;
    ast_expr *e = new_expr(p, AST_Slice, t0);
    if (e) {
        e->v.Slice.lower = lower;
        e->v.Slice.upper = upper;
        e->v.Slice.step = step;
    }
    return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static ast_expr *parse_slices(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *first = parse_slice(p);
    if (!first)
        return NULL;
    if (!at(p, T_COMMA) && first->kind != AST_Starred)
        return first;
    vec v = {0};
    if (vec_push(p, &v, first) < 0)
        return NULL;
    while (accept(p, T_COMMA) && !at(p, T_RSQB)) {
        ast_expr *e = parse_slice(p);
        if (!e || vec_push(p, &v, e) < 0)
            return NULL;
    }
    return new_tuple(p, t0, v);
}

/* primary: atom ('.' NAME | '(' args ')' | '[' slices ']')* */
static ast_expr *parse_primary(parser *p)
{
    lex_token *t0 = cur(p);         /* a '(' of a group: CPython's nodes start there */
    ast_expr *e = parse_atom(p);
    while (e) {
        ast_expr *n;
        if (at(p, T_DOT)) {
            take(p);
            if (!is_ident(cur(p)))
                return invalid(p);
            lex_token *name = take(p);
            n = new_expr(p, AST_Attribute, t0);
            if (!n)
                return NULL;
            end_at_prev(p, n);
            n->v.Attribute.value = e;
            n->v.Attribute.attr = tok_text(p, name);
            n->v.Attribute.ctx = AST_Load;
        } else if (at(p, T_LPAR)) {
            lex_token *open = take(p);
            n = new_expr(p, AST_Call, t0);
            if (!n || parse_call_args(p, open, &n->v.Call.args, &n->v.Call.keywords) < 0)
                return NULL;
            end_at_prev(p, n);
            n->v.Call.func = e;
        } else if (at(p, T_LSQB)) {
            take(p);
            ast_expr *s = parse_slices(p);
            if (!s)
                return NULL;
            if (!at(p, T_RSQB))
                return forgot_comma(p, s);
            take(p);
            n = new_expr(p, AST_Subscript, t0);
            if (!n)
                return NULL;
            end_at_prev(p, n);
            n->v.Subscript.value = e;
            n->v.Subscript.slice = s;
            n->v.Subscript.ctx = AST_Load;
        } else
            break;
        e = n;
    }
    return e;
}

/* power: ['await'] primary ['**' factor] */
static ast_expr *parse_factor(parser *p);

static ast_expr *parse_power(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *e;
    if (at_kw(p, KW_await)) {
        lex_token *t = take(p);
        ast_expr *v = parse_primary(p);
        if (!v)
            return NULL;
        e = new_expr(p, AST_Await, t);
        if (!e)
            return NULL;
        e->v.Await.value = v;
    } else if (!(e = parse_primary(p)))
        return NULL;
    if (!at(p, T_DOUBLESTAR))
        return e;
    take(p);
    if (enter_levels(p, 2) < 0)
        return NULL;
    ast_expr *r = parse_factor(p);
    leave_levels(p, 2);
    if (!r)
        return NULL;
    ast_expr *b = new_expr(p, AST_BinOp, t0);   /* spans any enclosing parens */
    if (b) {
        b->v.BinOp.left = e;
        b->v.BinOp.op = AST_Pow;
        b->v.BinOp.right = r;
    }
    return b;
}

/* factor: ('+' | '-' | '~') factor | power */
static ast_expr *parse_factor(parser *p)
{
    ast_unaryop op = at(p, T_PLUS) ? AST_UAdd : at(p, T_MINUS) ? AST_USub
                   : at(p, T_TILDE) ? AST_Invert : 0;
    if (!op)
        return parse_power(p);
    if (enter(p) < 0)
        return NULL;
    lex_token *t = take(p);
    ast_expr *v = parse_factor(p);
    leave(p);
    if (!v)
        return NULL;
    ast_expr *e = new_expr(p, AST_UnaryOp, t);
    if (e) {
        e->v.UnaryOp.op = op;
        e->v.UnaryOp.operand = v;
    }
    return e;
}

/* Binary operator of precedence level `level` at token kind k, or 0. */
static ast_operator binop_at(int level, lex_kind k)
{
    switch (level) {
    case 0: return k == T_VBAR ? AST_BitOr : 0;
    case 1: return k == T_CIRCUMFLEX ? AST_BitXor : 0;
    case 2: return k == T_AMPER ? AST_BitAnd : 0;
    case 3: return k == T_LEFTSHIFT ? AST_LShift : k == T_RIGHTSHIFT ? AST_RShift : 0;
    case 4: return k == T_PLUS ? AST_Add : k == T_MINUS ? AST_Sub : 0;
    case 5: return k == T_STAR ? AST_Mult : k == T_SLASH ? AST_Div : k == T_DOUBLESLASH
                   ? AST_FloorDiv : k == T_PERCENT ? AST_Mod : k == T_AT ? AST_MatMult : 0;
    default: return 0;
    }
}

/* bitwise_or .. term: left-associative binary operators by level. */
static ast_expr *parse_binop(parser *p, int level)
{
    if (level == 6)
        return parse_factor(p);
    lex_token *t0 = cur(p);
    ast_expr *left = parse_binop(p, level + 1);
    while (left) {
        ast_operator op = binop_at(level, cur(p)->kind);
        if (!op)
            break;
        take(p);
        ast_expr *right = parse_binop(p, level + 1);
        if (!right)
            return NULL;
        ast_expr *b = new_expr(p, AST_BinOp, t0);   /* spans any enclosing parens */
        if (!b)
            return NULL;
        b->v.BinOp.left = left;
        b->v.BinOp.op = op;
        b->v.BinOp.right = right;
        left = b;
    }
    return left;
}

static ast_expr *parse_bitwise_or(parser *p) { return parse_binop(p, 0); }

/* Comparison operator at the current token (consuming 0 tokens), or 0;
 * *ntok receives how many tokens it spans. */
static ast_cmpop cmpop_at(parser *p, int *ntok)
{
    lex_token *t = cur(p);
    *ntok = 1;
    switch (t->kind) {
    case T_EQEQUAL: return AST_Eq;
    case T_NOTEQUAL: return p->src[t->start] == '<' ? 0 : AST_NotEq;   /* '<>': barry_as_FLUFL only */
    case T_LESS: return AST_Lt;
    case T_LESSEQUAL: return AST_LtE;
    case T_GREATER: return AST_Gt;
    case T_GREATEREQUAL: return AST_GtE;
    case T_NAME:
        if (t->kw == KW_in) return AST_In;
        if (t->kw == KW_is) {
            if (tok_is_kw(peek(p, 1), KW_not)) { *ntok = 2; return AST_IsNot; }
            return AST_Is;
        }
        if (t->kw == KW_not && tok_is_kw(peek(p, 1), KW_in)) { *ntok = 2; return AST_NotIn; }
        return 0;
    default:
        return 0;
    }
}

/* comparison: bitwise_or (compare_op bitwise_or)* */
static ast_expr *parse_comparison(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *left = parse_bitwise_or(p);
    int n;
    if (!left || !cmpop_at(p, &n))
        return left;
    vec ops = {0}, comps = {0};
    ast_cmpop op;
    while ((op = cmpop_at(p, &n))) {
        p->pos += n;
        if (p->pos > p->maxpos)
            p->maxpos = p->pos;
        ast_expr *r = parse_bitwise_or(p);
        if (!r || vec_push(p, &ops, (void *)(intptr_t)op) < 0 || vec_push(p, &comps, r) < 0)
            return NULL;
    }
    ast_expr *e = new_expr(p, AST_Compare, t0);
    int *opv = alloc(p, sizeof(int) * (size_t)ops.count);
    if (!e || !opv)
        return NULL;
    for (int i = 0; i < ops.count; i++)
        opv[i] = (int)(intptr_t)ops.items[i];
    e->v.Compare.left = left;
    e->v.Compare.ops.count = ops.count;
    e->v.Compare.ops.items = opv;
    e->v.Compare.comparators = AS_SEQ(ast_expr_seq, comps);
    return e;
}

/* inversion: 'not' inversion | comparison */
static ast_expr *parse_inversion(parser *p)
{
    if (!at_kw(p, KW_not))
        return parse_comparison(p);
    if (enter(p) < 0)
        return NULL;
    lex_token *t = take(p);
    ast_expr *v = parse_inversion(p);
    leave(p);
    if (!v)
        return NULL;
    ast_expr *e = new_expr(p, AST_UnaryOp, t);
    if (e) {
        e->v.UnaryOp.op = AST_Not;
        e->v.UnaryOp.operand = v;
    }
    return e;
}

/* conjunction / disjunction: flat BoolOp of 'and' / 'or'. */
static ast_expr *parse_boolop(parser *p, int kw, ast_boolop op, ast_expr *(*sub)(parser *))
{
    lex_token *t0 = cur(p);
    ast_expr *first = sub(p);
    if (!first || !at_kw(p, kw))
        return first;
    vec v = {0};
    if (vec_push(p, &v, first) < 0)
        return NULL;
    while (at_kw(p, kw)) {
        take(p);
        ast_expr *e = sub(p);
        if (!e || vec_push(p, &v, e) < 0)
            return NULL;
    }
    ast_expr *e = new_expr(p, AST_BoolOp, t0);
    if (e) {
        e->v.BoolOp.op = op;
        e->v.BoolOp.values = AS_SEQ(ast_expr_seq, v);
    }
    return e;
}

static ast_expr *parse_conjunction(parser *p) { return parse_boolop(p, KW_and, AST_And, parse_inversion); }
static ast_expr *parse_disjunction(parser *p) { return parse_boolop(p, KW_or, AST_Or, parse_conjunction); }

static ast_arguments *parse_params(parser *p, int is_lambda);

/* lambdef: 'lambda' [lambda_params] ':' expression */
static ast_expr *parse_lambda(parser *p)
{
    lex_token *t = take(p);
    ast_arguments *args = parse_params(p, 1);
    if (!args)
        return NULL;
    if (!at(p, T_COLON))
        return invalid(p);
    take(p);
    if (enter_levels(p, 1) < 0)     /* with parse_expression's: 2 a lambda */
        return NULL;
    ast_expr *body = parse_expression(p);
    leave_levels(p, 1);
    if (!body)
        return NULL;
    ast_expr *e = new_expr(p, AST_Lambda, t);
    if (e) {
        e->v.Lambda.args = args;
        e->v.Lambda.body = body;
    }
    return e;
}

/* CPython's invalid_legacy_expression: `print x` / `exec x` (name
 * followed by an expression) wants parentheses.  Returns e if e is not
 * such a name, else NULL with the error raised. */
static ast_expr *legacy_print(parser *p, ast_expr *e)
{
    const char *n = e->v.Name.id;
    if (strcmp(n, "print") != 0 && strcmp(n, "exec") != 0)
        return e;
    int save = p->pos, savemax = p->maxpos;
    ast_error saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    ast_expr *b = parse_star_expressions(p);
    if (!b && strcmp(p->err->msg, "invalid syntax") != 0) {
        ast_error_clear(&saved);    /* a specific error inside b stands */
        return NULL;
    }
    if (!b) {                       /* the rule just fails: generic error later */
        ast_error_clear(p->err);
        *p->err = saved;
        p->failed = 0;
        p->pos = save;
        if (p->maxpos > p->maxfetch)
            p->maxfetch = p->maxpos;
        p->maxpos = savemax;
        return e;
    }
    if (cur(p)->kind == T_ERRORTOKEN)   /* the tokenizer got there first */
        return invalid(p);
    char msg[128];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n, n);
    return fail_range(p, "SyntaxError", e->lineno, e->col_offset, b->end_lineno,
                      b->end_col_offset, msg);
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static ast_expr *parse_expression(parser *p)
{
    if (enter(p) < 0)
        return NULL;
    ast_expr *e;
    lex_token *t0 = cur(p);
    if (at_kw(p, KW_lambda))
        e = parse_lambda(p);
    else {
        e = parse_disjunction(p);
        if (e && e->kind == AST_Name && p->pos == (int)(t0 - p->toks) + 1 && starts_expr(cur(p)) &&
            !p->speculating)        /* an error rule: off in speculative parses */
            e = legacy_print(p, e);
        if (e && at_kw(p, KW_if)) {
            take(p);
            ast_expr *test = parse_disjunction(p), *orelse = NULL;
            if (test && !at_kw(p, KW_else)) {
                if (cur(p)->kind == T_ERRORTOKEN)
                    invalid(p);             /* the tokenizer error comes first */
                if (!p->failed)
                    fail_range(p, "SyntaxError", e->lineno, e->col_offset, test->end_lineno,
                               test->end_col_offset, "expected 'else' after 'if' expression");
                test = NULL;
            }
            if (test) {
                take(p);
                orelse = parse_expression(p);
            }
            ast_expr *x = orelse ? new_expr(p, AST_IfExp, t0) : NULL;
            if (x) {
                x->v.IfExp.test = test;
                x->v.IfExp.body = e;
                x->v.IfExp.orelse = orelse;
            }
            e = x;
        }
    }
    leave(p);
    return e;
}

/* named_expression: NAME ':=' expression | expression !':=' */
static ast_expr *parse_named_expression(parser *p)
{
    if (is_ident(cur(p)) && peek(p, 1)->kind == T_COLONEQUAL) {
        lex_token *t = take(p);
        take(p);
        ast_expr *target = name_expr(p, t, AST_Store);
        ast_expr *v = parse_expression(p);
        if (!target || !v)
            return NULL;
        ast_expr *e = new_expr(p, AST_NamedExpr, t);
        if (e) {
            e->v.NamedExpr.target = target;
            e->v.NamedExpr.value = v;
        }
        return e;
    }
    ast_expr *e = parse_expression(p);
    if (e && at(p, T_COLONEQUAL)) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot use assignment expressions with %s", expr_name(e));
        return fail_node(p, e, msg);
    }
    return e;
}

/* '*' operand as a Starred node of context ctx, or plain when there is no
 * '*': the shape shared by star_expression and star_target. */
static ast_expr *parse_starred_or(parser *p, ast_expr *(*plain)(parser *),
                                  ast_expr *(*operand)(parser *), ast_expr_context ctx)
{
    if (!at(p, T_STAR))
        return plain(p);
    lex_token *t = take(p);
    ast_expr *v = operand(p);
    if (!v)
        return NULL;
    ast_expr *e = new_expr(p, AST_Starred, t);
    if (e) {
        e->v.Starred.value = v;
        e->v.Starred.ctx = ctx;
    }
    return e;
}

/* star_expression: '*' bitwise_or | expression */
static ast_expr *parse_star_expression(parser *p)
{
    return parse_starred_or(p, parse_expression, parse_bitwise_or, AST_Load);
}

/* star_expressions: star_expression (',' star_expression)* [','] -> Tuple */
static ast_expr *parse_star_expressions(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *first = parse_star_expression(p);
    if (!first || !at(p, T_COMMA))
        return first;
    vec v = {0};
    if (vec_push(p, &v, first) < 0)
        return NULL;
    while (accept(p, T_COMMA)) {
        if (!starts_expr(cur(p)) && !at(p, T_STAR))
            break;
        ast_expr *e = parse_star_expression(p);
        if (!e || vec_push(p, &v, e) < 0)
            return NULL;
    }
    return new_tuple(p, t0, v);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static ast_expr *parse_yield_expr(parser *p)
{
    lex_token *t = take(p);
    if (at_kw(p, KW_from)) {
        take(p);
        ast_expr *v = parse_expression(p);
        if (!v)
            return NULL;
        ast_expr *e = new_expr(p, AST_YieldFrom, t);
        if (e)
            e->v.YieldFrom.value = v;
        return e;
    }
    ast_expr *v = NULL;
    if ((starts_expr(cur(p)) || at(p, T_STAR)) && !(v = parse_star_expressions(p)))
        return NULL;
    ast_expr *e = new_expr(p, AST_Yield, t);
    if (e)
        e->v.Yield.value = v;
    return e;
}

/* star_target: '*'? target, where a target is a primary (checked later). */
static ast_expr *parse_star_target(parser *p)
{
    return parse_starred_or(p, parse_primary, parse_primary, AST_Store);
}

static int starts_target(lex_token *t)
{
    return is_ident(t) || t->kind == T_LPAR || t->kind == T_LSQB || t->kind == T_STAR;
}

/* star_targets: star_target (',' star_target)* [','], validated as Store. */
static ast_expr *parse_star_targets(parser *p)
{
    if (!starts_target(cur(p)) && !starts_expr(cur(p)))
        return invalid(p);
    lex_token *t0 = cur(p);
    ast_expr *first = parse_star_target(p), *e = first;
    if (first && at(p, T_COMMA)) {
        vec v = {0};
        if (vec_push(p, &v, first) < 0)
            return NULL;
        while (accept(p, T_COMMA) && starts_target(cur(p))) {
            ast_expr *x = parse_star_target(p);
            if (!x || vec_push(p, &v, x) < 0)
                return NULL;
        }
        e = new_expr(p, AST_Tuple, t0);
        if (!e)
            return NULL;
        e->v.Tuple.elts = AS_SEQ(ast_expr_seq, v);
    }
    if (!e || make_target(p, e, AST_Store) < 0)
        return NULL;
    return e;
}

/* ---- parameters -------------------------------------------------------- */

/* One parameter NAME [':' expression] (annotations only in def). */
static ast_arg *parse_param(parser *p, int is_lambda)
{
    lex_token *t = cur(p);
    if (!is_ident(t))
        return invalid(p);
    take(p);
    ast_arg *a = alloc(p, sizeof *a);
    if (!a)
        return NULL;
    a->arg = tok_text(p, t);
    a->lineno = t->lineno;
    a->col_offset = t->col;
    a->name.slot = -1;
    if (!is_lambda && accept(p, T_COLON)) {
        if (!(a->annotation = parse_expression(p)))
            return NULL;
    }
    a->end_lineno = prev(p)->end_lineno;
    a->end_col_offset = prev(p)->end_col;
    return a;
}

/* Parameter list of a def (up to ')') or a lambda (up to ':'), with
 * CPython 3.11's messages for misplaced '/', '*', '**' and defaults. */
static ast_arguments *parse_params(parser *p, int is_lambda)
{
    lex_kind close = is_lambda ? T_COLON : T_RPAR;
    ast_arguments *A = alloc(p, sizeof *A);
    if (!A)
        return NULL;
    vec posonly = {0}, args = {0}, kwonly = {0}, defaults = {0}, kwdefaults = {0};
    int star = 0;
    while (!at(p, close) && !p->failed) {
        lex_token *t = cur(p);
        if (A->kwarg) {
            return fail_tok(p, t, "arguments cannot follow var-keyword argument");
        } else if (at(p, T_SLASH)) {
            if (posonly.count || star)
                return fail_tok(p, t, posonly.count ? "/ may appear only once" : "/ must be ahead of *");
            if (args.count == 0)
                return p->toks[p->pos + 1].kind == T_COMMA
                       ? fail_tok(p, t, "at least one argument must precede /") : invalid(p);
            take(p);
            posonly = args;
            args = (vec){0};
        } else if (at(p, T_STAR)) {
            if (star)
                return fail_tok(p, t, "* argument may appear only once");
            take(p);
            star = 1;
            if (at(p, T_COMMA) || at(p, close)) {
                if (at(p, close) || peek(p, 1)->kind == close || peek(p, 1)->kind == T_DOUBLESTAR)
                    /* def: at the '*'; lambda: at the last token of `* [','] (':' | '**')` */
                    return fail_tok(p, is_lambda ? (at(p, close) ? cur(p) : peek(p, 1)) : t,
                                    "named arguments must follow bare *");
            } else {
                if (!(A->vararg = parse_param(p, is_lambda)))
                    return NULL;
                if (at(p, T_EQUAL))
                    return fail_tok(p, cur(p), "var-positional argument cannot have default value");
            }
        } else if (at(p, T_DOUBLESTAR)) {
            take(p);
            if (!(A->kwarg = parse_param(p, is_lambda)))
                return NULL;
            if (at(p, T_EQUAL))
                return fail_tok(p, cur(p), "var-keyword argument cannot have default value");
        } else {
            ast_arg *a = parse_param(p, is_lambda);
            ast_expr *def = NULL;
            if (!a)
                return NULL;
            if (at(p, T_EQUAL) && (peek(p, 1)->kind == T_RPAR || peek(p, 1)->kind == T_COMMA))
                return fail_tok(p, cur(p), "expected default value expression");
            if (accept(p, T_EQUAL) && !(def = parse_expression(p)))
                return NULL;
            if (star) {
                if (vec_push(p, &kwonly, a) < 0 || vec_push(p, &kwdefaults, def) < 0)
                    return NULL;
            } else {
                if (!def && defaults.count)
                    return fail_range(p, "SyntaxError", a->lineno, a->col_offset, a->end_lineno,
                                      a->end_col_offset, "non-default argument follows default argument");
                if (vec_push(p, &args, a) < 0 || (def && vec_push(p, &defaults, def) < 0))
                    return NULL;
            }
        }
        if (!accept(p, T_COMMA))
            break;
    }
    if (p->failed)
        return NULL;
    if (!at(p, close))
        return invalid(p);
    A->posonlyargs = AS_SEQ(ast_arg_seq, posonly);
    A->args = AS_SEQ(ast_arg_seq, args);
    A->kwonlyargs = AS_SEQ(ast_arg_seq, kwonly);
    A->defaults = AS_SEQ(ast_expr_seq, defaults);
    A->kw_defaults = AS_SEQ(ast_expr_seq, kwdefaults);
    return A;
}

/* ---- simple statements ------------------------------------------------- */

/* Index of the first token of e (-1 if none: e came from an f-string). */
static int first_tok(parser *p, ast_expr *e)
{
    for (int i = 0; i < p->ntoks; i++)
        if (p->toks[i].lineno == e->lineno && p->toks[i].col == e->col_offset &&
            p->toks[i].kind != T_INDENT && p->toks[i].kind != T_DEDENT)
            return i;
    return -1;
}

/* Index of the last token of e (-1 if none). */
static int last_tok(parser *p, ast_expr *e)
{
    for (int i = p->ntoks - 1; i >= 0; i--)
        if (p->toks[i].end_lineno == e->end_lineno && p->toks[i].end_col == e->end_col_offset &&
            p->toks[i].kind != T_NEWLINE && p->toks[i].kind != T_DEDENT)
            return i;
    return -1;
}

/* Index of the bracket closing the one at toks[i]; sets *comma / *forkw
 * when a ',' / 'for' sits directly inside.  -1 if unmatched. */
static int match_bracket(parser *p, int i, int *comma, int *forkw)
{
    int depth = 0;
    *comma = *forkw = 0;
    for (int k = i; k < p->ntoks; k++) {
        lex_kind kind = p->toks[k].kind;
        if (kind == T_LPAR || kind == T_LSQB || kind == T_LBRACE)
            depth++;
        else if (kind == T_RPAR || kind == T_RSQB || kind == T_RBRACE) {
            if (--depth == 0)
                return k;
        } else if (depth == 1 && kind == T_COMMA)
            *comma = 1;
        else if (depth == 1 && tok_is_kw(&p->toks[k], KW_for))
            *forkw = 1;
    }
    return -1;
}

/* Token range [*si, *ei] of e with any group parentheses around it;
 * returns how many pairs there were, -1 if e's tokens are not found. */
static int outer_range(parser *p, ast_expr *e, int *si, int *ei)
{
    int a = first_tok(p, e), b = last_tok(p, e), n = 0;
    if (a < 0 || b < 0)
        return -1;
    while (a > 0 && b + 1 < p->ntoks && p->toks[a - 1].kind == T_LPAR &&
           p->toks[b + 1].kind == T_RPAR) {
        int c, f;
        if (match_bracket(p, a - 1, &c, &f) != b + 1)
            break;
        a--, b++, n++;
    }
    *si = a;
    *ei = b;
    return n;
}

/* Is e a tuple written without parentheses around it? */
static int bare_tuple(parser *p, ast_expr *e)
{
    int a = first_tok(p, e), b = last_tok(p, e), c, f;
    return e->kind == AST_Tuple && a >= 0 && b >= 0 &&
           !(p->toks[a].kind == T_LPAR && match_bracket(p, a, &c, &f) == b);
}

/* The longest bitwise_or that starts w (NULL if none): what CPython's
 * invalid_named_expression reads after a target's '='. */
static ast_expr *bitor_prefix(parser *p, ast_expr *w)
{
    int si, ei;
    for (;;) {
        if (outer_range(p, w, &si, &ei) > 0)
            return w;
        switch (w->kind) {
        case AST_Tuple:
            if (!bare_tuple(p, w))
                return w;
            w = w->v.Tuple.elts.items[0];
            break;
        case AST_Compare: w = w->v.Compare.left; break;
        case AST_BoolOp: w = w->v.BoolOp.values.items[0]; break;
        case AST_IfExp: w = w->v.IfExp.body; break;
        case AST_UnaryOp: return w->v.UnaryOp.op == AST_Not ? NULL : w;
        case AST_Lambda: case AST_Starred: case AST_Yield: case AST_YieldFrom:
        case AST_NamedExpr:
            return NULL;
        default:
            return w;
        }
    }
}

/* Does a list, tuple, genexp, True, None or False start at toks[i]
 * (CPython's lookahead before "cannot assign to %s here")? */
static int starts_display(parser *p, int i)
{
    lex_token *t = &p->toks[i];
    if (tok_is_kw(t, KW_True) || tok_is_kw(t, KW_False) || tok_is_kw(t, KW_None))
        return 1;
    int comma, forkw, close;
    if (t->kind == T_LSQB)
        return match_bracket(p, i, &comma, &forkw) >= 0 && !forkw;
    if (t->kind != T_LPAR || (close = match_bracket(p, i, &comma, &forkw)) < 0)
        return 0;
    return close == i + 1 || ((comma || forkw) && !tok_is_kw(&p->toks[i + 1], KW_yield));
}

/* CPython's invalid_named_expression on an invalid assignment: the last
 * element E of the first target, when `E = w` reads as a comparison
 * typo.  Returns -1 once it has raised, 0 otherwise. */
static int named_expr_typo(parser *p, ast_expr *t1, ast_expr *w)
{
    ast_expr *e = bare_tuple(p, t1) ? t1->v.Tuple.elts.items[t1->v.Tuple.elts.count - 1] : t1;
    ast_expr *b = bitor_prefix(p, w);
    int si, ei, bs, be;
    int parens = outer_range(p, e, &si, &ei);
    if (!b || parens < 0 || outer_range(p, b, &bs, &be) < 0 || p->toks[ei + 1].kind != T_EQUAL ||
        p->toks[be + 1].kind == T_EQUAL || p->toks[be + 1].kind == T_COLONEQUAL)
        return 0;
    if (e->kind == AST_Name && parens == 0) {
        fail_range(p, "SyntaxError", e->lineno, e->col_offset, b->end_lineno, b->end_col_offset,
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return -1;
    }
    if (starts_display(p, si))
        return 0;
    if (parens == 0 && (e->kind == AST_Starred || !bitor_prefix(p, e) || bitor_prefix(p, e) != e))
        return 0;
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(e));
    fail_node(p, e, msg);
    return -1;
}

/* Validates the targets of `t1 = t2 = ... = value` with CPython's
 * invalid_assignment / invalid_named_expression messages. */
static int check_assign_targets(parser *p, vec *targets, ast_expr *value)
{
    int bad_any = 0;
    for (int i = 0; i < targets->count; i++) {
        ast_expr *t = targets->items[i];
        bad_any |= (t->kind == AST_Yield || t->kind == AST_YieldFrom || invalid_target(t, AST_Store));
    }
    if (!bad_any) {
        for (int i = 0; i < targets->count; i++)
            set_ctx(targets->items[i], AST_Store);
        return 0;
    }
    if (named_expr_typo(p, targets->items[0], targets->count > 1 ? targets->items[1] : value) < 0)
        return -1;
    for (int i = 0; i < targets->count; i++) {
        ast_expr *t = targets->items[i], *bad = invalid_target(t, AST_Store);
        int si, ei;
        if ((t->kind == AST_Yield || t->kind == AST_YieldFrom) && outer_range(p, t, &si, &ei) == 0) {
            fail_node(p, t, "assignment to yield expression not possible");
            return -1;
        }
        if (bad) {
            char msg[96];
            snprintf(msg, sizeof msg, "cannot assign to %s", expr_name(bad));
            fail_node(p, bad, msg);
            return -1;
        }
    }
    return 0;
}

static ast_operator augassign_at(lex_kind k)
{
    switch (k) {
    case T_PLUSEQUAL: return AST_Add;
    case T_MINEQUAL: return AST_Sub;
    case T_STAREQUAL: return AST_Mult;
    case T_ATEQUAL: return AST_MatMult;
    case T_SLASHEQUAL: return AST_Div;
    case T_PERCENTEQUAL: return AST_Mod;
    case T_AMPEREQUAL: return AST_BitAnd;
    case T_VBAREQUAL: return AST_BitOr;
    case T_CIRCUMFLEXEQUAL: return AST_BitXor;
    case T_LEFTSHIFTEQUAL: return AST_LShift;
    case T_RIGHTSHIFTEQUAL: return AST_RShift;
    case T_DOUBLESTAREQUAL: return AST_Pow;
    case T_DOUBLESLASHEQUAL: return AST_FloorDiv;
    default: return 0;
    }
}

/* Right-hand side of an assignment: yield_expr | star_expressions */
static ast_expr *parse_rhs(parser *p)
{
    if (at_kw(p, KW_yield))
        return parse_yield_expr(p);
    if (!starts_expr(cur(p)) && !at(p, T_STAR))
        return invalid(p);
    return parse_star_expressions(p);
}

/* Assignment / augmented / annotated assignment or expression statement. */
static ast_stmt *parse_expr_stmt(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *first = at_kw(p, KW_yield) ? parse_yield_expr(p) : parse_star_expressions(p);
    if (!first)
        return NULL;
    ast_operator aug = augassign_at(cur(p)->kind);
    if (at(p, T_EQUAL)) {
        vec targets = {0};
        ast_expr *value = first;
        while (accept(p, T_EQUAL)) {
            if (vec_push(p, &targets, value) < 0 || !(value = parse_rhs(p)))
                return NULL;
        }
        if (check_assign_targets(p, &targets, value) < 0)
            return NULL;
        ast_stmt *s = new_stmt(p, AST_Assign, t0);
        if (s) {
            s->v.Assign.targets = AS_SEQ(ast_expr_seq, targets);
            s->v.Assign.value = value;
        }
        return s;
    }
    if (aug) {
        if (first->kind != AST_Name && first->kind != AST_Attribute && first->kind != AST_Subscript) {
            char msg[96];
            snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment",
                     expr_name(first));
            return fail_node(p, first, msg);
        }
        take(p);
        ast_expr *value = parse_rhs(p);
        if (!value)
            return NULL;
        set_ctx(first, AST_Store);
        ast_stmt *s = new_stmt(p, AST_AugAssign, t0);
        if (s) {
            s->v.AugAssign.target = first;
            s->v.AugAssign.op = aug;
            s->v.AugAssign.value = value;
        }
        return s;
    }
    if (at(p, T_COLON)) {
        /* the invalid_assignment rules need an expression after the ':' */
        int bad = first->kind != AST_Name && first->kind != AST_Attribute &&
                  first->kind != AST_Subscript;
        if (bad && p->pos + 1 < p->ntoks && !starts_expr(&p->toks[p->pos + 1]))
            return fail_tok(p, cur(p), "invalid syntax");
        if (first->kind == AST_Tuple || first->kind == AST_List)
            return fail_node(p, first->kind == AST_Tuple && t0->kind != T_LPAR
                             ? first->v.Tuple.elts.items[0] : first, first->kind == AST_Tuple
                             ? "only single target (not tuple) can be annotated"
                             : "only single target (not list) can be annotated");
        if (first->kind != AST_Name && first->kind != AST_Attribute && first->kind != AST_Subscript)
            return fail_node(p, first, "illegal target for annotation");
        take(p);
        ast_expr *ann = parse_expression(p), *value = NULL;
        if (!ann)
            return NULL;
        if (accept(p, T_EQUAL) && !(value = parse_rhs(p)))
            return NULL;
        set_ctx(first, AST_Store);
        ast_stmt *s = new_stmt(p, AST_AnnAssign, t0);
        if (s) {
            s->v.AnnAssign.target = first;
            s->v.AnnAssign.annotation = ann;
            s->v.AnnAssign.value = value;
            s->v.AnnAssign.simple = first->kind == AST_Name && t0->kind != T_LPAR;
        }
        return s;
    }
    ast_stmt *s = new_stmt(p, AST_Expr, t0);
    if (s)
        s->v.Expr.value = first;
    return s;
}

/* dotted_name: NAME ('.' NAME)* as one string */
static const char *parse_dotted_name(parser *p)
{
    sbuf b = {0};
    for (;;) {
        if (!is_ident(cur(p)))
            return invalid(p);
        lex_token *t = take(p);
        if (sbuf_add(p, &b, p->src + t->start, (size_t)(t->end - t->start)) < 0)
            return NULL;
        if (!at(p, T_DOT))
            break;
        take(p);
        if (sbuf_add(p, &b, ".", 1) < 0)
            return NULL;
    }
    return b.data;
}

/* One `name [as asname]` of an import (dotted when `dotted`). */
static ast_alias *parse_alias(parser *p, int dotted)
{
    lex_token *t = cur(p);
    ast_alias *a = alloc(p, sizeof *a);
    if (!a)
        return NULL;
    a->bind.slot = -1;
    if (dotted)
        a->name = parse_dotted_name(p);
    else if (is_ident(t))
        a->name = tok_text(p, take(p));
    else
        return invalid(p);
    if (!a->name)
        return NULL;
    if (at_kw(p, KW_as)) {
        take(p);
        if (!is_ident(cur(p)))
            return invalid(p);
        a->asname = tok_text(p, take(p));
    }
    a->lineno = t->lineno;
    a->col_offset = t->col;
    a->end_lineno = prev(p)->end_lineno;
    a->end_col_offset = prev(p)->end_col;
    return a;
}

/* import_name: 'import' dotted_as_names */
static ast_stmt *parse_import(parser *p)
{
    lex_token *t0 = take(p);
    vec v = {0};
    do {
        ast_alias *a = parse_alias(p, 1);
        if (!a || vec_push(p, &v, a) < 0)
            return NULL;
    } while (accept(p, T_COMMA));
    ast_stmt *s = new_stmt(p, AST_Import, t0);
    if (s)
        s->v.Import.names = AS_SEQ(ast_alias_seq, v);
    return s;
}

/* import_from: 'from' ('.' | '...')* dotted_name 'import' targets */
static ast_stmt *parse_from_import(parser *p)
{
    lex_token *t0 = take(p);
    int level = 0;
    const char *module = NULL;
    while (at(p, T_DOT) || at(p, T_ELLIPSIS))
        level += take(p)->kind == T_DOT ? 1 : 3;
    if (!at_kw(p, KW_import) && !(module = parse_dotted_name(p)))
        return NULL;
    if (!at_kw(p, KW_import))
        return invalid(p);
    take(p);
    vec v = {0};
    if (at(p, T_STAR)) {
        lex_token *st = take(p);
        ast_alias *a = alloc(p, sizeof *a);
        if (!a)
            return NULL;
        a->name = "*";
        a->bind.slot = -1;
        a->lineno = st->lineno; a->col_offset = st->col;
        a->end_lineno = st->end_lineno; a->end_col_offset = st->end_col;
        if (vec_push(p, &v, a) < 0)
            return NULL;
    } else {
        int paren = accept(p, T_LPAR);
        for (;;) {
            ast_alias *a = parse_alias(p, 0);
            if (!a || vec_push(p, &v, a) < 0)
                return NULL;
            if (!accept(p, T_COMMA))
                break;
            if (paren && at(p, T_RPAR))
                break;
            if (!paren && !is_ident(cur(p)))
                return fail_tok(p, cur(p), "trailing comma not allowed without surrounding parentheses");
        }
        if (paren && !expect(p, T_RPAR))
            return NULL;
    }
    ast_stmt *s = new_stmt(p, AST_ImportFrom, t0);
    if (s) {
        s->v.ImportFrom.module = module;
        s->v.ImportFrom.names = AS_SEQ(ast_alias_seq, v);
        s->v.ImportFrom.level = level;
    }
    return s;
}

/* global_stmt / nonlocal_stmt: NAME (',' NAME)* */
static ast_stmt *parse_global(parser *p, ast_stmt_kind k)
{
    lex_token *t0 = take(p);
    vec v = {0};
    do {
        if (!is_ident(cur(p)))
            return invalid(p);
        const char *n = tok_text(p, take(p));
        if (!n || vec_push(p, &v, (void *)n) < 0)
            return NULL;
    } while (accept(p, T_COMMA));
    ast_stmt *s = new_stmt(p, k, t0);
    if (s)
        s->v.Global.names = AS_SEQ(ast_ident_seq, v);
    return s;
}

/* del_stmt: 'del' del_targets */
static ast_stmt *parse_del(parser *p)
{
    lex_token *t0 = take(p);
    vec v = {0};
    do {
        if (!starts_target(cur(p)) && !starts_expr(cur(p)))
            break;
        ast_expr *e = at(p, T_STAR) ? parse_star_expression(p) : parse_bitwise_or(p);
        if (!e || make_target(p, e, AST_Del) < 0 || vec_push(p, &v, e) < 0)
            return NULL;
    } while (accept(p, T_COMMA));
    if (v.count == 0)
        return invalid(p);
    ast_stmt *s = new_stmt(p, AST_Delete, t0);
    if (s)
        s->v.Delete.targets = AS_SEQ(ast_expr_seq, v);
    return s;
}

/* simple_stmt: one of the single-line statements. */
static ast_stmt *parse_simple_stmt(parser *p)
{
    lex_token *t = cur(p);
    ast_stmt *s;
    if (t->kind != T_NAME)
        return parse_expr_stmt(p);
    switch (t->kw) {
    case KW_pass: take(p); return new_stmt(p, AST_Pass, t);
    case KW_break: take(p); return new_stmt(p, AST_Break, t);
    case KW_continue: take(p); return new_stmt(p, AST_Continue, t);
    case KW_return: {
        take(p);
        ast_expr *v = NULL;
        if ((starts_expr(cur(p)) || at(p, T_STAR)) && !(v = parse_star_expressions(p)))
            return NULL;
        if ((s = new_stmt(p, AST_Return, t)))
            s->v.Return.value = v;
        return s;
    }
    case KW_raise: {
        take(p);
        ast_expr *exc = NULL, *cause = NULL;
        if (starts_expr(cur(p))) {
            if (!(exc = parse_expression(p)))
                return NULL;
            if (at_kw(p, KW_from)) {
                take(p);
                if (!(cause = parse_expression(p)))
                    return NULL;
            }
        }
        if ((s = new_stmt(p, AST_Raise, t))) {
            s->v.Raise.exc = exc;
            s->v.Raise.cause = cause;
        }
        return s;
    }
    case KW_assert: {
        take(p);
        ast_expr *test = parse_expression(p), *msg = NULL;
        if (!test || (accept(p, T_COMMA) && !(msg = parse_expression(p))))
            return NULL;
        if ((s = new_stmt(p, AST_Assert, t))) {
            s->v.Assert.test = test;
            s->v.Assert.msg = msg;
        }
        return s;
    }
    case KW_global: return parse_global(p, AST_Global);
    case KW_nonlocal: return parse_global(p, AST_Nonlocal);
    case KW_del: return parse_del(p);
    case KW_import: return parse_import(p);
    case KW_from: return parse_from_import(p);
    default: return parse_expr_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int parse_simple_stmts(parser *p, vec *out)
{
    for (;;) {
        ast_stmt *s = parse_simple_stmt(p);
        if (!s || vec_push(p, out, s) < 0)
            return -1;
        if (!accept(p, T_SEMI) || at(p, T_NEWLINE))
            break;
    }
    if (!at(p, T_NEWLINE)) {
        invalid(p);
        return -1;
    }
    take(p);
    return 0;
}

/* ---- compound statements ----------------------------------------------- */

/* "expected an indented block after <what> on line <line>" at the token
 * after a header's NEWLINE that is no INDENT. */
static void fail_no_indent(parser *p, const char *what, int line)
{
    lex_token *t = cur(p);
    int i = p->pos;
    while (p->toks[i].kind == T_DEDENT && i + 1 < p->ntoks)
        t = &p->toks[++i];
    if (t->kind == T_ERRORTOKEN) {
        fail_lex(p);
        return;
    }
    char msg[160];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
    if (t->kind == T_ENDMARKER)     /* at EOF: as fail_after_block */
        set_error(p, "IndentationError", last_line(p), 0, last_line(p), -1, msg);
    else
        fail_range(p, "IndentationError", t->lineno, t->col, t->end_lineno, t->end_col, msg);
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts.  `what`/`line`
 * name the header for "expected an indented block after ...". */
static ast_stmt_seq parse_block(parser *p, const char *what, int line)
{
    ast_stmt_seq none = {0, NULL};
    vec v = {0};
    if (p->failed)
        return none;
    if (!at(p, T_NEWLINE)) {
        if (parse_simple_stmts(p, &v) < 0)
            return none;
        return AS_SEQ(ast_stmt_seq, v);
    }
    take(p);
    if (!at(p, T_INDENT)) {
        fail_no_indent(p, what, line);
        return none;
    }
    take(p);
    if (parse_statements_until(p, &v, T_DEDENT) < 0)
        return none;
    if (!expect(p, T_DEDENT))
        return none;
    return AS_SEQ(ast_stmt_seq, v);
}

/* "if x = 1:" gets "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" */
static void *maybe_eq_for_assign(parser *p, ast_expr *test)
{
    return named_expr_eq(p, test);
}

/* 'else' ':' block, for if/while/for/try */
static ast_stmt_seq parse_else_block(parser *p)
{
    ast_stmt_seq none = {0, NULL};
    lex_token *t = take(p);
    if (expect_colon_forced(p) < 0)
        return none;
    return parse_block(p, "'else' statement", t->lineno);
}

/* if_stmt / elif_stmt: the elif chain nests as an If in orelse. */
static ast_stmt *parse_if(parser *p)
{
    lex_token *t = take(p);
    ast_expr *test = parse_named_expression(p);
    if (!test)
        return NULL;
    maybe_eq_for_assign(p, test);
    if (p->failed || expect_colon(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, t->kw == KW_if ? "'if' statement" : "'elif' statement", t->lineno);
    if (p->failed)
        return NULL;
    ast_stmt_seq orelse = {0, NULL};
    if (at_kw(p, KW_elif)) {
        /* each elif is one C call deeper: bounded as the symbol table's
         * walk of the chain is, for the host's stack (base/mem.h) */
        if (++p->elif_depth > PARSE_MAX_DEPTH) {
            p->elif_depth--;
            too_deep(p);
            return NULL;
        }
        ast_stmt *e = parse_if(p);
        p->elif_depth--;
        ast_stmt **one = alloc(p, sizeof *one);
        if (!e || !one)
            return NULL;
        one[0] = e;
        orelse.count = 1;
        orelse.items = one;
    } else if (at_kw(p, KW_else)) {
        orelse = parse_else_block(p);
        if (p->failed)
            return NULL;
    }
    ast_stmt *s = new_stmt(p, AST_If, t);
    if (!s)
        return NULL;
    s->v.If.test = test;
    s->v.If.body = body;
    s->v.If.orelse = orelse;
    end_at_stmt(s, orelse.count ? orelse : body);
    return s;
}

/* while_stmt: 'while' named_expression ':' block [else_block] */
static ast_stmt *parse_while(parser *p)
{
    lex_token *t = take(p);
    ast_expr *test = parse_named_expression(p);
    if (!test)
        return NULL;
    maybe_eq_for_assign(p, test);
    if (p->failed || expect_colon(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, "'while' statement", t->lineno), orelse = {0, NULL};
    if (p->failed)
        return NULL;
    if (at_kw(p, KW_else) && (orelse = parse_else_block(p), p->failed))
        return NULL;
    ast_stmt *s = new_stmt(p, AST_While, t);
    if (!s)
        return NULL;
    s->v.While.test = test;
    s->v.While.body = body;
    s->v.While.orelse = orelse;
    end_at_stmt(s, orelse.count ? orelse : body);
    return s;
}

/* for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block] */
static ast_stmt *parse_for(parser *p, lex_token *start, int is_async)
{
    lex_token *t = take(p);
    ast_expr *target = parse_star_targets(p);
    if (!target)
        return NULL;
    if (!at_kw(p, KW_in))
        return invalid(p);
    take(p);
    ast_expr *iter = parse_star_expressions(p);
    if (!iter || expect_colon(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, "'for' statement", t->lineno), orelse = {0, NULL};
    if (p->failed)
        return NULL;
    if (at_kw(p, KW_else) && (orelse = parse_else_block(p), p->failed))
        return NULL;
    ast_stmt *s = new_stmt(p, is_async ? AST_AsyncFor : AST_For, start);
    if (!s)
        return NULL;
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    s->v.For.orelse = orelse;
    end_at_stmt(s, orelse.count ? orelse : body);
    return s;
}

/* with_item: expression ['as' star_target] */
static ast_withitem *parse_withitem(parser *p)
{
    ast_withitem *w = alloc(p, sizeof *w);
    if (!w || !(w->context_expr = parse_expression(p)))
        return NULL;
    if (at_kw(p, KW_as)) {
        take(p);
        if (!starts_target(cur(p)) && !starts_expr(cur(p)))
            return invalid(p);
        ast_expr *t = parse_star_target(p);
        if (!t || make_target(p, t, AST_Store) < 0)
            return NULL;
        w->optional_vars = t;
    }
    return w;
}

/* Tries `'(' with_item (',' with_item)* [','] ')' ':'`; restores on failure. */
static int parse_paren_withitems(parser *p, vec *v)
{
    int save = p->pos;
    ast_error saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    take(p);
    int ok = 0;
    for (;;) {
        ast_withitem *w = parse_withitem(p);
        if (!w || vec_push(p, v, w) < 0)
            break;
        if (accept(p, T_COMMA) && !at(p, T_RPAR))
            continue;
        ok = accept(p, T_RPAR) && at(p, T_COLON);
        break;
    }
    if (ok && !p->failed) {
        *p->err = saved;
        return 1;
    }
    ast_error_clear(p->err);
    *p->err = saved;
    p->failed = 0;
    p->pos = save;
    v->count = 0;
    return 0;
}

/* with_stmt: ['async'] 'with' ('(' items ')' | items) ':' block */
static ast_stmt *parse_with(parser *p, lex_token *start, int is_async)
{
    lex_token *t = take(p);
    vec v = {0};
    if (!(at(p, T_LPAR) && parse_paren_withitems(p, &v))) {
        do {
            ast_withitem *w = parse_withitem(p);
            if (!w || vec_push(p, &v, w) < 0)
                return NULL;
        } while (accept(p, T_COMMA));
    }
    if (expect_colon(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, "'with' statement", t->lineno);
    if (p->failed)
        return NULL;
    ast_stmt *s = new_stmt(p, is_async ? AST_AsyncWith : AST_With, start);
    if (!s)
        return NULL;
    s->v.With.items = AS_SEQ(ast_withitem_seq, v);
    s->v.With.body = body;
    end_at_stmt(s, body);
    return s;
}

/* The clauses of one try are all `except` or all `except*`: the error
 * CPython's invalid_try_stmt gives once a clause's header is read (the
 * range of 'except' '*', or of 'except'). */
static void *fail_mixed_except(parser *p, lex_token *t, lex_token *star)
{
    lex_token *e = star ? star : t;
    return fail_range(p, "SyntaxError", t->lineno, t->col, e->end_lineno, e->end_col,
                      "cannot have both 'except' and 'except*' on the same 'try'");
}

/* except_block: 'except' [expression ['as' NAME]] ':' block
 * except_star_block: 'except' '*' expression ['as' NAME] ':' block
 * *star: -1 for a try's first clause (then set to whether it is an
 * except* clause), else the kind the clauses before were. */
static ast_excepthandler *parse_except(parser *p, int *star)
{
    lex_token *t = take(p);
    ast_excepthandler *h = alloc(p, sizeof *h);
    if (!h)
        return NULL;
    h->bind.slot = -1;
    lex_token *st = at(p, T_STAR) ? take(p) : NULL;
    if (st && (at(p, T_COLON) || at(p, T_NEWLINE)))
        return fail_tok(p, cur(p), "expected one or more exception types");
    if (at(p, T_NEWLINE))
        return fail_tok(p, cur(p), "expected ':'");
    if (!at(p, T_COLON)) {
        if (!(h->type = parse_expression(p)))
            return NULL;
        if (at(p, T_COMMA)) {
            ast_expr *last = h->type;
            while (accept(p, T_COMMA) && starts_expr(cur(p)))
                if (!(last = parse_expression(p)))
                    return NULL;
            return fail_range(p, "SyntaxError", h->type->lineno, h->type->col_offset,
                              last->end_lineno, last->end_col_offset,
                              "multiple exception types must be parenthesized");
        }
        if (at_kw(p, KW_as)) {
            take(p);
            if (!is_ident(cur(p)))
                return invalid(p);
            h->name = tok_text(p, take(p));
        }
    }
    if (expect_colon(p) < 0)
        return NULL;
    if (*star >= 0 && *star != (st != NULL))
        return fail_mixed_except(p, t, st);
    *star = st != NULL;
    h->body = parse_block(p, st ? "'except*' statement" : "'except' statement", t->lineno);
    if (p->failed)
        return NULL;
    ast_stmt *last = h->body.items[h->body.count - 1];
    h->lineno = t->lineno;
    h->col_offset = t->col;
    h->end_lineno = last->end_lineno;
    h->end_col_offset = last->end_col_offset;
    return h;
}

/* An error placed where CPython 3.11 puts it after a block: on the next
 * statement's first token; if more blocks end there (DEDENTs), at the
 * tokenizer's position before that token (end -1); at EOF, at column 0 of
 * the last line (end -1), as `python3 file.py` reports it (compile() of a
 * string would say just past that line's text instead). */
static void *fail_after_block(parser *p, const char *msg)
{
    int i = p->pos;
    while (p->toks[i].kind == T_DEDENT && i + 1 < p->ntoks)
        i++;
    lex_token *t = &p->toks[i];
    if (t->kind != T_ENDMARKER && i == p->pos)
        return fail_tok(p, t, msg);
    int line = t->kind == T_ENDMARKER ? last_line(p) : t->lineno;
    set_error(p, "SyntaxError", line, t->kind == T_ENDMARKER ? 0 : t->col, line, -1, msg);
    return NULL;
}

/* try_stmt: 'try' ':' block (except_block+ [else] [finally] | finally)
 *         | 'try' ':' block except_star_block+ [else] [finally] */
static ast_stmt *parse_try(parser *p)
{
    lex_token *t = take(p);
    if (expect_colon_forced(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, "'try' statement", t->lineno), orelse = {0, NULL}, fin = {0, NULL};
    if (p->failed)
        return NULL;
    vec hs = {0};
    int star = -1;
    while (at_kw(p, KW_except)) {
        ast_excepthandler *h = parse_except(p, &star);
        if (!h || vec_push(p, &hs, h) < 0)
            return NULL;
    }
    if (hs.count && at_kw(p, KW_else) && (orelse = parse_else_block(p), p->failed))
        return NULL;
    if (at_kw(p, KW_finally)) {
        lex_token *f = take(p);
        if (expect_colon_forced(p) < 0)
            return NULL;
        fin = parse_block(p, "'finally' statement", f->lineno);
        if (p->failed)
            return NULL;
    }
    if (!hs.count && !fin.count)
        return fail_after_block(p, "expected 'except' or 'finally' block");
    ast_stmt *s = new_stmt(p, star == 1 ? AST_TryStar : AST_Try, t);
    if (!s)
        return NULL;
    s->v.Try.body = body;
    s->v.Try.handlers = AS_SEQ(ast_excepthandler_seq, hs);
    s->v.Try.orelse = orelse;
    s->v.Try.finalbody = fin;
    if (fin.count)
        end_at_stmt(s, fin);
    else if (orelse.count)
        end_at_stmt(s, orelse);
    else {
        ast_excepthandler *h = hs.items[hs.count - 1];
        s->end_lineno = h->end_lineno;
        s->end_col_offset = h->end_col_offset;
    }
    return s;
}

/* function_def: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block */
static ast_stmt *parse_funcdef(parser *p, lex_token *start, int is_async, ast_expr_seq decos)
{
    lex_token *t = take(p);
    if (!is_ident(cur(p)))
        return invalid(p);
    lex_token *name = take(p);
    if (!at(p, T_LPAR))
        return fail_tok(p, cur(p), "expected '('");
    take(p);
    ast_arguments *args = parse_params(p, 0);
    if (!args)
        return NULL;
    take(p);
    ast_expr *returns = NULL;
    if (at(p, T_RARROW) && !starts_expr(peek(p, 1)))
        return fail_tok(p, cur(p), "expected ':'");     /* ['->' expression] skipped */
    if (accept(p, T_RARROW) && !(returns = parse_expression(p)))
        return NULL;
    if (expect_colon_forced(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, "function definition", t->lineno);
    if (p->failed)
        return NULL;
    ast_stmt *s = new_stmt(p, is_async ? AST_AsyncFunctionDef : AST_FunctionDef, start);
    if (!s)
        return NULL;
    s->v.FunctionDef.name = tok_text(p, name);
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.decorator_list = decos;
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.bind.slot = -1;
    end_at_stmt(s, body);
    return s;
}

/* class_def: 'class' NAME ['(' [arguments] ')'] ':' block */
static ast_stmt *parse_classdef(parser *p, ast_expr_seq decos)
{
    lex_token *t = take(p);
    if (!is_ident(cur(p)))
        return invalid(p);
    lex_token *name = take(p);
    ast_expr_seq bases = {0, NULL};
    ast_keyword_seq kws = {0, NULL};
    if (at(p, T_LPAR)) {
        lex_token *open = take(p);
        if (parse_call_args(p, open, &bases, &kws) < 0)
            return NULL;
        /* a sole unparenthesized genexp: CPython stops at its first 'for' */
        if (bases.count == 1 && bases.items[0]->kind == AST_GeneratorExp) {
            int depth = 0, i = (int)(open - p->toks);
            for (; i < p->ntoks; i++) {
                lex_kind k = p->toks[i].kind;
                depth += (k == T_LPAR || k == T_LSQB || k == T_LBRACE) -
                         (k == T_RPAR || k == T_RSQB || k == T_RBRACE);
                if (depth == 1 && (tok_is_kw(&p->toks[i], KW_for) || tok_is_kw(&p->toks[i], KW_async)))
                    break;
            }
            return fail_tok(p, &p->toks[i < p->ntoks ? i : p->ntoks - 1], "invalid syntax");
        }
    }
    if (expect_colon(p) < 0)
        return NULL;
    ast_stmt_seq body = parse_block(p, "class definition", t->lineno);
    if (p->failed)
        return NULL;
    ast_stmt *s = new_stmt(p, AST_ClassDef, t);
    if (!s)
        return NULL;
    s->v.ClassDef.name = tok_text(p, name);
    s->v.ClassDef.bases = bases;
    s->v.ClassDef.keywords = kws;
    s->v.ClassDef.body = body;
    s->v.ClassDef.decorator_list = decos;
    s->v.ClassDef.bind.slot = -1;
    end_at_stmt(s, body);
    return s;
}

/* decorators: ('@' named_expression NEWLINE)+ then a def or class */
static ast_stmt *parse_decorated(parser *p)
{
    vec v = {0};
    while (at(p, T_AT)) {
        take(p);
        ast_expr *e = parse_named_expression(p);
        if (!e || vec_push(p, &v, e) < 0)
            return NULL;
        if (!at(p, T_NEWLINE))
            return invalid(p);
        take(p);
    }
    ast_expr_seq decos = AS_SEQ(ast_expr_seq, v);
    if (at_kw(p, KW_def))
        return parse_funcdef(p, cur(p), 0, decos);
    if (at_kw(p, KW_async) && tok_is_kw(peek(p, 1), KW_def)) {
        lex_token *a = take(p);
        return parse_funcdef(p, a, 1, decos);
    }
    if (at_kw(p, KW_class))
        return parse_classdef(p, decos);
    return invalid(p);
}

/* ---- match statements (PEP 634) ----------------------------------------- */

static ast_pattern *parse_pattern(parser *p);
static ast_pattern *parse_closed_pattern(parser *p);

/* New pattern starting at token t and ending at the previous token. */
static ast_pattern *new_pattern(parser *p, ast_pattern_kind k, lex_token *t)
{
    ast_pattern *x = alloc(p, sizeof *x);
    if (!x)
        return NULL;
    lex_token *end = prev(p);
    x->kind = k;
    x->lineno = t->lineno;
    x->col_offset = t->col;
    x->end_lineno = end->end_lineno;
    x->end_col_offset = end->end_col;
    return x;
}

/* The first error of a pattern-building action, as CPython's first pass
 * raises it (the "expected ':'" of an earlier `match(x)` line does not
 * replace it). */
static void *fail_pass1(parser *p, lex_token *t, const char *msg)
{
    fail_tok(p, t, msg);
    if (!p->speculating)
        p->pass1 = 1;
    return NULL;
}

/* Can t start a pattern (closed_pattern)? */
static int starts_pattern(lex_token *t)
{
    switch (t->kind) {
    case T_NAME:
        return is_ident(t) || t->kw == KW_None || t->kw == KW_True || t->kw == KW_False;
    case T_NUMBER: case T_STRING: case T_MINUS: case T_LPAR: case T_LSQB: case T_LBRACE:
        return 1;
    default:
        return 0;
    }
}

static int is_underscore(parser *p, lex_token *t)
{
    return t->kind == T_NAME && t->end - t->start == 1 && p->src[t->start] == '_';
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '='); NULL (no error)
 * if the current token is none. */
static const char *capture_target(parser *p)
{
    lex_token *t = cur(p);
    if (!is_ident(t) || is_underscore(p, t))
        return NULL;
    lex_kind k = peek(p, 1)->kind;
    if (k == T_DOT || k == T_LPAR || k == T_EQUAL)
        return NULL;
    take(p);
    return tok_text(p, t);
}

/* signed_number | complex_number (literal_pattern / literal_expr): an
 * expression; CPython's errors for a complex literal with a real or
 * imaginary part in the wrong place. */
static ast_expr *parse_signed_number(parser *p)
{
    lex_token *t0 = cur(p);
    int neg = accept(p, T_MINUS);
    if (!at(p, T_NUMBER))
        return invalid(p);
    lex_token *nt = take(p);
    ast_expr *e = number_node(p, nt);
    if (!e)
        return NULL;
    if (neg) {
        ast_expr *u = new_expr(p, AST_UnaryOp, t0);
        if (!u)
            return NULL;
        u->v.UnaryOp.op = AST_USub;
        u->v.UnaryOp.operand = e;
        e = u;
    }
    if (!at(p, T_PLUS) && !at(p, T_MINUS))
        return e;
    /* complex_number: signed_real_number ('+' | '-') imaginary_number */
    lex_token *op = take(p);
    if (!at(p, T_NUMBER))
        return invalid(p);
    lex_token *it = cur(p);
    char last = p->src[it->end - 1];
    if (last != 'j' && last != 'J')
        return fail_pass1(p, it, "imaginary number required in complex literal");
    take(p);
    ast_expr *imag = number_node(p, it);     /* Coroscope: complex is unsupported */
    if (!imag)
        return NULL;
    ast_expr *b = new_expr(p, AST_BinOp, t0);
    if (b) {
        b->v.BinOp.left = e;
        b->v.BinOp.op = op->kind == T_PLUS ? AST_Add : AST_Sub;
        b->v.BinOp.right = imag;
    }
    return b;
}

/* name_or_attr with at least one '.' (attr), the NAME at the current token. */
static ast_expr *parse_attr(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *e = name_expr(p, take(p), AST_Load);
    if (!e)
        return NULL;
    while (at(p, T_DOT)) {
        take(p);
        if (!is_ident(cur(p)))
            return invalid(p);
        lex_token *n = take(p);
        ast_expr *a = new_expr(p, AST_Attribute, t0);
        if (!a || !(a->v.Attribute.attr = tok_text(p, n)))
            return NULL;
        a->v.Attribute.value = e;
        a->v.Attribute.ctx = AST_Load;
        e = a;
    }
    return e;
}

/* maybe_star_pattern: '*' (capture target | '_') | pattern */
static ast_pattern *parse_maybe_star(parser *p)
{
    if (!at(p, T_STAR))
        return parse_pattern(p);
    lex_token *t = take(p);
    const char *name = NULL;
    if (is_underscore(p, cur(p)))
        take(p);
    else if (!(name = capture_target(p)))
        return invalid(p);
    ast_pattern *x = new_pattern(p, AST_MatchStar, t);
    if (x)
        x->v.MatchStar.name = name;
    return x;
}

/* The rest of a maybe_sequence_pattern after its first item, up to (not
 * including) `close` (or, for an open sequence, the first token that
 * starts no pattern). */
static int parse_seq_rest(parser *p, vec *v, lex_kind close)
{
    while (at(p, T_COMMA)) {
        take(p);
        if (close != T_ENDMARKER ? at(p, close) : !(starts_pattern(cur(p)) || at(p, T_STAR)))
            break;
        ast_pattern *x = parse_maybe_star(p);
        if (!x || vec_push(p, v, x) < 0)
            return -1;
    }
    return 0;
}

/* '(' ... ')': group_pattern or sequence_pattern */
static ast_pattern *parse_paren_pattern(parser *p)
{
    lex_token *open = take(p);
    vec v = {0};
    if (!at(p, T_RPAR)) {
        ast_pattern *first = parse_maybe_star(p);
        if (!first)
            return NULL;
        if (at(p, T_RPAR) && first->kind != AST_MatchStar) {
            take(p);
            return first;                   /* a group is its pattern */
        }
        if (!at(p, T_COMMA))
            return invalid(p);
        if (vec_push(p, &v, first) < 0 || parse_seq_rest(p, &v, T_RPAR) < 0)
            return NULL;
        if (!at(p, T_RPAR))
            return invalid(p);
    }
    take(p);
    ast_pattern *x = new_pattern(p, AST_MatchSequence, open);
    if (x)
        x->v.MatchSequence.patterns = AS_SEQ(ast_pattern_seq, v);
    return x;
}

/* '[' maybe_sequence_pattern? ']' */
static ast_pattern *parse_list_pattern(parser *p)
{
    lex_token *open = take(p);
    vec v = {0};
    if (!at(p, T_RSQB)) {
        ast_pattern *first = parse_maybe_star(p);
        if (!first || vec_push(p, &v, first) < 0 || parse_seq_rest(p, &v, T_RSQB) < 0)
            return NULL;
        if (!at(p, T_RSQB))
            return invalid(p);
    }
    take(p);
    ast_pattern *x = new_pattern(p, AST_MatchSequence, open);
    if (x)
        x->v.MatchSequence.patterns = AS_SEQ(ast_pattern_seq, v);
    return x;
}

/* mapping_pattern: '{' [items] [',' '**' target] [','] '}' */
static ast_pattern *parse_mapping_pattern(parser *p)
{
    lex_token *open = take(p);
    vec keys = {0}, pats = {0};
    const char *rest = NULL;
    while (!at(p, T_RBRACE)) {
        if (at(p, T_DOUBLESTAR)) {
            take(p);
            if (!(rest = capture_target(p)))
                return invalid(p);
            accept(p, T_COMMA);
            if (!at(p, T_RBRACE))
                return invalid(p);
            break;
        }
        lex_token *t = cur(p);
        ast_expr *key;
        if (t->kind == T_NUMBER || t->kind == T_MINUS)
            key = parse_signed_number(p);
        else if (t->kind == T_STRING)
            key = parse_strings(p);
        else if (t->kind == T_NAME && (t->kw == KW_None || t->kw == KW_True || t->kw == KW_False)) {
            take(p);
            if ((key = new_expr(p, AST_Constant, t)))
                key->v.Constant.value.kind = t->kw == KW_None ? AST_CONST_NONE
                                           : t->kw == KW_True ? AST_CONST_TRUE : AST_CONST_FALSE;
        } else if (is_ident(t) && peek(p, 1)->kind == T_DOT)
            key = parse_attr(p);
        else
            return invalid(p);
        if (!key)
            return NULL;
        if (!at(p, T_COLON))
            return invalid(p);
        take(p);
        ast_pattern *x = parse_pattern(p);
        if (!x || vec_push(p, &keys, key) < 0 || vec_push(p, &pats, x) < 0)
            return NULL;
        if (!accept(p, T_COMMA)) {
            if (!at(p, T_RBRACE))
                return invalid(p);
            break;
        }
    }
    take(p);
    ast_pattern *x = new_pattern(p, AST_MatchMapping, open);
    if (x) {
        x->v.MatchMapping.keys = AS_SEQ(ast_expr_seq, keys);
        x->v.MatchMapping.patterns = AS_SEQ(ast_pattern_seq, pats);
        x->v.MatchMapping.rest = rest;
    }
    return x;
}

/* ',' pattern, speculatively: the pattern, or NULL with the position and
 * the error state restored. */
static ast_pattern *try_next_pattern(parser *p)
{
    int save = p->pos, savemax = p->maxpos, gi = p->generic_indent;
    ast_error saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    p->speculating++;
    take(p);
    ast_pattern *y = parse_pattern(p);
    p->speculating--;
    if (!y)
        p->pos = save;
    ast_error_clear(p->err);
    *p->err = saved;
    p->failed = 0;
    p->generic_indent = gi;
    if (p->maxpos > p->maxfetch)
        p->maxfetch = p->maxpos;
    if (p->maxpos < savemax)
        p->maxpos = savemax;
    return y;
}

/* class_pattern: name_or_attr '(' [positional, ...] [keyword=pattern, ...] [','] ')' */
static ast_pattern *parse_class_pattern(parser *p, ast_expr *cls)
{
    take(p);
    vec pos = {0}, names = {0}, kw = {0};
    while (!at(p, T_RPAR)) {
        lex_token *t = cur(p);
        if (t->kind == T_NAME && is_ident(t) && peek(p, 1)->kind == T_EQUAL) {
            take(p);
            take(p);
            const char *name = tok_text(p, t);
            ast_pattern *x = parse_pattern(p);
            if (!name || !x || vec_push(p, &names, (void *)name) < 0 || vec_push(p, &kw, x) < 0)
                return NULL;
        } else {
            ast_pattern *x = parse_pattern(p);
            if (!x)
                return NULL;
            if (kw.count) {
                /* invalid_class_argument_pattern: the run of positional
                 * patterns after a keyword one */
                ast_pattern *last = x;
                while (at(p, T_COMMA) && starts_pattern(peek(p, 1)) &&
                       !(peek(p, 1)->kind == T_NAME && peek(p, 2)->kind == T_EQUAL)) {
                    ast_pattern *y = try_next_pattern(p);
                    if (!y)
                        break;
                    last = y;
                }
                return fail_range(p, "SyntaxError", x->lineno, x->col_offset, last->end_lineno,
                                  last->end_col_offset, "positional patterns follow keyword patterns");
            }
            if (vec_push(p, &pos, x) < 0)
                return NULL;
        }
        if (!accept(p, T_COMMA)) {
            if (!at(p, T_RPAR))
                return invalid(p);
            break;
        }
    }
    take(p);
    ast_pattern *x = alloc(p, sizeof *x);
    if (!x)
        return NULL;
    x->kind = AST_MatchClass;
    x->lineno = cls->lineno;
    x->col_offset = cls->col_offset;
    x->end_lineno = prev(p)->end_lineno;
    x->end_col_offset = prev(p)->end_col;
    x->v.MatchClass.cls = cls;
    x->v.MatchClass.patterns = AS_SEQ(ast_pattern_seq, pos);
    x->v.MatchClass.kwd_attrs = AS_SEQ(ast_ident_seq, names);
    x->v.MatchClass.kwd_patterns = AS_SEQ(ast_pattern_seq, kw);
    return x;
}

/* closed_pattern: literal | capture | wildcard | value | group | sequence
 * | mapping | class */
static ast_pattern *parse_closed_pattern(parser *p)
{
    if (enter(p) < 0)
        return NULL;
    lex_token *t = cur(p);
    ast_pattern *x = NULL;
    switch (t->kind) {
    case T_NUMBER: case T_MINUS: case T_STRING: {
        ast_expr *v = t->kind == T_STRING ? parse_strings(p) : parse_signed_number(p);
        if (v && (x = new_pattern(p, AST_MatchValue, t)))
            x->v.MatchValue.value = v;
        break;
    }
    case T_NAME:
        if (t->kw == KW_None || t->kw == KW_True || t->kw == KW_False) {
            take(p);
            if ((x = new_pattern(p, AST_MatchSingleton, t)))
                x->v.MatchSingleton.value = t->kw == KW_None ? AST_CONST_NONE
                                          : t->kw == KW_True ? AST_CONST_TRUE : AST_CONST_FALSE;
            break;
        }
        if (!is_ident(t)) {
            invalid(p);
            break;
        }
        if (is_underscore(p, t)) {
            take(p);
            x = new_pattern(p, AST_MatchAs, t);
            break;
        }
        {
            lex_kind k = peek(p, 1)->kind;
            if (k == T_DOT || k == T_LPAR) {
                ast_expr *v = parse_attr(p);
                if (!v)
                    break;
                if (at(p, T_LPAR))
                    x = parse_class_pattern(p, v);
                else if (at(p, T_EQUAL))
                    invalid(p);
                else if ((x = new_pattern(p, AST_MatchValue, t)))
                    x->v.MatchValue.value = v;
                break;
            }
            const char *name = capture_target(p);
            if (!name)
                invalid(p);
            else if ((x = new_pattern(p, AST_MatchAs, t)))
                x->v.MatchAs.name = name;
        }
        break;
    case T_LPAR: x = parse_paren_pattern(p); break;
    case T_LSQB: x = parse_list_pattern(p); break;
    case T_LBRACE: x = parse_mapping_pattern(p); break;
    default:
        invalid(p);
        break;
    }
    leave(p);
    return p->failed ? NULL : x;
}

/* or_pattern ['as' pattern_capture_target] */
static ast_pattern *parse_pattern(parser *p)
{
    if (enter(p) < 0)
        return NULL;
    lex_token *t0 = cur(p);
    ast_pattern *x = parse_closed_pattern(p);
    if (x && at(p, T_VBAR)) {
        vec v = {0};
        if (vec_push(p, &v, x) < 0)
            x = NULL;
        while (x && accept(p, T_VBAR)) {
            ast_pattern *y = parse_closed_pattern(p);
            if (!y || vec_push(p, &v, y) < 0)
                x = NULL;
        }
        if (x && (x = new_pattern(p, AST_MatchOr, t0)))
            x->v.MatchOr.patterns = AS_SEQ(ast_pattern_seq, v);
    }
    if (x && at_kw(p, KW_as)) {
        take(p);
        lex_token *nt = cur(p);
        const char *name = capture_target(p);
        if (name) {
            ast_pattern *as = new_pattern(p, AST_MatchAs, t0);
            if (as) {
                as->v.MatchAs.pattern = x;
                as->v.MatchAs.name = name;
            }
            x = as;
        } else if (is_underscore(p, nt)) {
            x = fail_tok(p, nt, "cannot use '_' as a target");
        } else if (nt->kind != T_NAME || !is_ident(nt)) {
            /* invalid_as_pattern: or_pattern 'as' !NAME expression */
            int hard, reach;
            ast_expr *e = starts_expr(nt) ? try_expression(p, &hard, &reach) : NULL;
            x = e ? fail_node(p, e, "invalid pattern target") : invalid(p);
        } else {
            x = invalid(p);
        }
    }
    leave(p);
    return p->failed ? NULL : x;
}

/* patterns: open_sequence_pattern | pattern (what follows `case`) */
static ast_pattern *parse_patterns(parser *p)
{
    lex_token *t0 = cur(p);
    ast_pattern *first = parse_maybe_star(p);
    if (!first)
        return NULL;
    if (!at(p, T_COMMA)) {
        if (first->kind == AST_MatchStar)
            return invalid(p);
        return first;
    }
    vec v = {0};
    if (vec_push(p, &v, first) < 0 || parse_seq_rest(p, &v, T_ENDMARKER) < 0)
        return NULL;
    ast_pattern *x = new_pattern(p, AST_MatchSequence, t0);
    if (x)
        x->v.MatchSequence.patterns = AS_SEQ(ast_pattern_seq, v);
    return x;
}

/* "expected ':'" where CPython's invalid_*_stmt rules raise it: at the
 * last token the parser has fetched. */
static void *fail_expected_colon(parser *p)
{
    lex_token *t = &p->toks[p->maxpos > p->pos ? p->maxpos : p->pos];
    if (t->kind == T_ERRORTOKEN)
        return fail_lex(p);
    return fail_tok(p, t, "expected ':'");
}

/* case_block: "case" patterns guard? ':' block */
static ast_match_case *parse_case_block(parser *p)
{
    lex_token *t = take(p);
    ast_match_case *mc = alloc(p, sizeof *mc);
    if (!mc || !(mc->pattern = parse_patterns(p)))
        return NULL;
    if (at_kw(p, KW_if)) {
        take(p);
        if (!(mc->guard = parse_named_expression(p)))
            return NULL;
    }
    if (at(p, T_NEWLINE))
        return fail_expected_colon(p);
    if (!at(p, T_COLON))
        return invalid(p);
    take(p);
    mc->body = parse_block(p, "'case' statement", t->lineno);
    return p->failed ? NULL : mc;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static ast_expr *parse_subject(parser *p)
{
    lex_token *t0 = cur(p);
    ast_expr *first = at(p, T_STAR) ? parse_star_named(p) : parse_named_expression(p);
    if (!first)
        return NULL;
    if (!at(p, T_COMMA)) {
        if (first->kind == AST_Starred)
            return invalid(p);
        return first;
    }
    vec v = {0};
    if (vec_push(p, &v, first) < 0)
        return NULL;
    while (accept(p, T_COMMA)) {
        if (!starts_expr(cur(p)) && !at(p, T_STAR))
            break;
        ast_expr *e = parse_star_named(p);
        if (!e || vec_push(p, &v, e) < 0)
            return NULL;
    }
    return new_tuple(p, t0, v);
}

/* Speculatively parses `match` subject_expr (the current token is the
 * `match`): the subject, with the position after it, or NULL with the
 * position restored (no error).  The tokens it read count as read, as in
 * CPython's first pass. */
static ast_expr *try_subject(parser *p)
{
    int save = p->pos, savemax = p->maxpos, gi = p->generic_indent;
    if (!starts_expr(peek(p, 1)) && peek(p, 1)->kind != T_STAR)
        return NULL;
    ast_error saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    p->speculating++;
    take(p);
    ast_expr *e = parse_subject(p);
    p->speculating--;
    if (!e)
        p->pos = save;
    ast_error_clear(p->err);
    *p->err = saved;
    p->failed = 0;
    p->generic_indent = gi;
    if (p->maxpos > p->maxfetch)
        p->maxfetch = p->maxpos;
    if (p->maxpos < savemax)
        p->maxpos = savemax;
    return e;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
 * Returns NULL without an error when the statement is no match statement
 * (then it is a simple statement: `match = 1`, `match(x)`, ...). */
static ast_stmt *parse_match(parser *p, int *is_match)
{
    lex_token *t = cur(p);
    int save = p->pos;
    *is_match = 0;
    ast_expr *subject = try_subject(p);
    if (!subject)
        return NULL;
    if (at(p, T_NEWLINE) && p->latent_match < 0)
        p->latent_match = p->pos;   /* invalid_match_stmt: "expected ':'" in a failing file */
    if (!at(p, T_COLON) || peek(p, 1)->kind != T_NEWLINE) {
        p->pos = save;
        return NULL;
    }
    *is_match = 1;
    take(p);
    take(p);
    if (!at(p, T_INDENT)) {
        fail_no_indent(p, "'match' statement", t->lineno);
        return NULL;
    }
    take(p);
    vec cases = {0};
    do {
        if (!at_kw(p, KW_case))
            return invalid(p);
        ast_match_case *mc = parse_case_block(p);
        if (!mc || vec_push(p, &cases, mc) < 0)
            return NULL;
    } while (!at(p, T_DEDENT));
    take(p);
    ast_stmt *s = new_stmt(p, AST_Match, t);
    if (!s)
        return NULL;
    s->v.Match.subject = subject;
    s->v.Match.cases = AS_SEQ(ast_match_case_seq, cases);
    end_at_stmt(s, ((ast_match_case *)cases.items[cases.count - 1])->body);
    return s;
}

/* statement: compound_stmt | simple_stmts; appends to out. */
static ast_stmt *parse_statement_into(parser *p, vec *out)
{
    if (enter(p) < 0)
        return NULL;
    lex_token *t = cur(p);
    ast_stmt *s = NULL;
    int compound = 1;
    ast_expr_seq none = {0, NULL};
    if (t->kind == T_AT)
        s = parse_decorated(p);
    else if (t->kind != T_NAME)
        compound = 0;
    else switch (t->kw) {
    case KW_if: s = parse_if(p); break;
    case KW_while: s = parse_while(p); break;
    case KW_for: s = parse_for(p, t, 0); break;
    case KW_with: s = parse_with(p, t, 0); break;
    case KW_try: s = parse_try(p); break;
    case KW_def: s = parse_funcdef(p, t, 0, none); break;
    case KW_class: s = parse_classdef(p, none); break;
    case KW_async:
        take(p);
        if (at_kw(p, KW_def)) s = parse_funcdef(p, t, 1, none);
        else if (at_kw(p, KW_for)) s = parse_for(p, t, 1);
        else if (at_kw(p, KW_with)) s = parse_with(p, t, 1);
        else invalid(p);
        break;
    case KW_match: {
        int is_match;
        s = parse_match(p, &is_match);
        compound = is_match;
        break;
    }
    default:
        compound = 0;
    }
    int r = 0;
    if (!compound)
        r = parse_simple_stmts(p, out);
    else if (!s || vec_push(p, out, s) < 0)
        r = -1;
    leave(p);
    return r < 0 || p->failed ? NULL : (out->count ? out->items[out->count - 1] : NULL);
}

/* statements until `stop` (DEDENT or ENDMARKER). */
static int parse_statements_until(parser *p, vec *out, lex_kind stop)
{
    while (!at(p, stop) && !p->failed) {
        if (at(p, T_ENDMARKER)) {
            invalid(p);
            break;
        }
        if (!parse_statement_into(p, out))
            break;
    }
    return p->failed ? -1 : 0;
}

/* ---- entry ------------------------------------------------------------- */

/* Copies src with CRLF/CR turned into LF, a UTF-8 BOM dropped and a final
 * newline added (as CPython's file reading does). */
static char *normalise(const char *src, size_t len, size_t *outlen)
{
    char *b = mem_alloc(len + 2);
    if (!b)
        return NULL;
    size_t i = 0, n = 0;
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF)
        i = 3;
    for (; i < len; i++) {
        if (src[i] == '\r') {
            b[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else
            b[n++] = src[i];
    }
    if (n > 0 && b[n - 1] != '\n')
        b[n++] = '\n';
    b[n] = '\0';
    *outlen = n;
    return b;
}

/* Length of the valid UTF-8 sequence at s (0 if invalid). */
static int utf8_seq(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80) return 1;
    int k = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    if (s[0] >= 0xF8 || !k || (size_t)k > n) return 0;
    for (int i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||   /* overlong, surrogate */
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))     /* overlong, > U+10FFFF */
        return 0;
    return k;
}

/* Rejects NUL bytes and invalid UTF-8 as CPython does for a script file. */
static int check_encoding(const char *b, size_t n, ast_error *err)
{
    int line = 1;
    for (size_t i = 0; i < n;) {
        if (b[i] == '\0') {
            lex_set_error(err, NULL, 0, "SyntaxError", 0, 0, 0, 0,
                          "source code cannot contain null bytes");
            return -1;
        }
        int k = utf8_seq((const unsigned char *)b + i, n - i);
        if (!k) {
            char msg[200];
            snprintf(msg, sizeof msg, "Non-UTF-8 code starting with '\\x%02x' in file main.py on "
                     "line %d, but no encoding declared; see https://peps.python.org/pep-0263/ "
                     "for details", (unsigned char)b[i], line);
            lex_set_error(err, NULL, 0, "SyntaxError", 0, 0, 0, 0, msg);
            return -1;
        }
        if (b[i] == '\n')
            line++;
        i += (size_t)k;
    }
    return 0;
}

/* CPython's priority rule (_PyPegen_tokenize_full_source_to_check_for_errors):
 * after a parser error, a later tokenizer error replaces it, and an unclosed
 * bracket opened on an earlier line does too. */
static void apply_tokenizer_priority(parser *p, int lex_reached)
{
    lex_result *r = p->lex;
    if (lex_reached || p->generic_indent || r->error == LEX_OK)
        return;
    if (r->error == LEX_ERR_RAISED) {
        ast_error_clear(p->err);
        p->failed = 0;
        set_error(p, r->err.type, r->err.lineno, r->err.offset, r->err.end_lineno,
                  r->err.end_offset, r->err.msg);
    } else if (r->error == LEX_ERR_EOF && r->paren_depth > 0 &&
               r->paren_lineno < p->toks[p->maxpos > p->maxfetch ? p->maxpos : p->maxfetch].lineno) {
        ast_error_clear(p->err);
        p->failed = 0;
        fail_lex(p);
    }
}

static int parse_common(const char *src, size_t len, ast_tree **out, ast_error *err, int sym)
{
    memset(err, 0, sizeof *err);
    *out = NULL;
    size_t n;
    char *buf = normalise(src, len, &n);
    ast_tree *t = buf ? mem_calloc(1, sizeof *t) : NULL;
    if (t)
        t->arena = ast_arena_new();
    if (!buf || !t || !t->arena) {
        if (buf) mem_free(buf, len + 2);
        ast_tree_free(t);
        lex_set_error(err, NULL, 0, "MemoryError", 0, 0, 0, 0, "out of memory");
        return -1;
    }
    if (check_encoding(buf, n, err) < 0) {
        mem_free(buf, len + 2);
        ast_tree_free(t);
        return -1;
    }
    lex_result lr;
    lex_tokenize(buf, n, &lr);
    parser p;
    memset(&p, 0, sizeof p);
    p.src = p.esrc = buf;
    p.len = p.elen = n;
    p.lex = &lr;
    p.toks = lr.toks;
    p.ntoks = lr.ntoks;
    p.arena = t->arena;
    p.err = err;
    p.latent_match = -1;
    ast_mod *mod = NULL;
    if (lr.ntoks == 0)
        fail_lex(&p);
    else if ((mod = alloc(&p, sizeof *mod))) {
        vec body = {0};
        parse_statements_until(&p, &body, T_ENDMARKER);
        mod->body = AS_SEQ(ast_stmt_seq, body);
    }
    if (p.failed && !p.pass1 && p.latent_match >= 0) {
        /* CPython's second pass meets the `match x` line first */
        ast_error_clear(err);
        p.failed = 0;
        p.generic_indent = 0;
        fail_tok(&p, &p.toks[p.maxpos], "expected ':'");
    }
    if (p.failed) {
        int reached = p.pos >= p.ntoks - 1 && p.ntoks > 0 && p.toks[p.ntoks - 1].kind == T_ERRORTOKEN;
        apply_tokenizer_priority(&p, reached && lr.error != LEX_OK && err->lineno == 
                                 (lr.error == LEX_ERR_EOF ? lr.paren_lineno : lr.err.lineno));
    }
    lex_result_free(&lr);
    int rc = p.failed ? -1 : 0;
    t->mod = mod;
    char *copy = rc == 0 ? ast_arena_alloc(t->arena, n + 1) : NULL;
    if (copy) {
        memcpy(copy, buf, n);
        t->src = copy;
        t->srclen = n;
    }
    if (rc == 0 && sym && symtable_build(t, buf, n, err) < 0)
        rc = -1;
    mem_free(buf, len + 2);
    if (rc < 0) {
        ast_tree_free(t);
        return -1;
    }
    *out = t;
    return 0;
}

int parse_program(const char *src, size_t len, ast_tree **out, ast_error *err)
{
    return parse_common(src, len, out, err, 1);
}

int parse_program_nosym(const char *src, size_t len, ast_tree **out, ast_error *err)
{
    return parse_common(src, len, out, err, 0);
}
