/* symtable.c - scope analysis (CPython 3.11 Python/symtable.c) plus the
 * placement checks and name resolution that CPython does in its compiler.
 *
 * Three passes, in CPython's order so the first error reported is the one
 * CPython reports:
 *   1. visit (symtable order): scopes, symbol flags, symtable errors
 *      (global/nonlocal misuse, duplicate arguments, yield in comprehension)
 *   2. analyze: resolve every symbol to LOCAL / GLOBAL_* / FREE / CELL
 *      ("no binding for nonlocal 'x' found")
 *   3. resolve (compiler order): compiler errors ('return'/'yield'/'await'
 *      outside function, 'break' outside loop, ...), local slots in order
 *      of first use, and an ast_nameref for every name in the tree.
 */
#include "parser/symtable.h"
#include "parser/lexer.h"
#include "base/mem.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* nesting of the AST walk (CPython: RecursionError at about 2,990 nested
 * expressions), scaled to the host's stack */
#define MAX_DEPTH mem_stack_depth(3000)

/* Open-addressing set of names (arena memory). */
typedef struct nameset {
    const char **keys;  /* NULL = empty, TOMB = deleted */
    int cap;            /* power of two or 0 */
    int count;          /* live + deleted entries */
} nameset;

static const char TOMB[1];

/* Private per-scope data; `pub` must stay first (children point to it). */
typedef struct scope_x {
    sym_scope pub;              /* the public part */
    ast_arena *arena;           /* for growth */
    int *index;                 /* hash of symbols: entry index + 1, 0 empty */
    int index_cap;              /* size of index (power of two) */
    int sym_cap;                /* allocated symbols */
    int child_cap;              /* allocated children */
    int comp_kind;              /* 0, or 1 list 2 set 3 dict 4 genexp */
    int is_async_def;           /* async def */
    int free;                   /* ste_free: has free variables */
    int child_free;             /* ste_child_free */
    int nested;                 /* inside a function */
    int comp_iter_target;       /* visiting a comprehension target */
    ast_stmt **directives;      /* first global/nonlocal stmt of each symbol (by index) */
    const char **varnames;      /* pass 3: fast locals in slot order */
    int nvarnames, varcap;
    ast_nameref **pending;      /* pass 3: cell/free refs awaiting +nlocals */
    int npending, pendcap;
    const char **cells;         /* sorted non-parameter cells */
    const char **frees;         /* sorted free variables */
    int ncells_np, nfrees;
} scope_x;

/* Walker state for all passes. */
typedef struct st_state {
    ast_arena *arena;
    const char *src;            /* source text for error lines */
    size_t len;
    ast_error *err;
    int failed;                 /* an error was recorded */
    scope_x *cur;               /* current scope */
    int depth;                  /* recursion depth */
    int loops;                  /* pass 3: enclosing loops in the current scope */
    int star_bodies;            /* pass 3: enclosing except* clause bodies in the
                                   current scope (return may not leave one) */
    int star_in_loop;           /* pass 3: those inside the innermost loop
                                   (break/continue may not leave one) */
    int ff_lineno;              /* line of the last leading `from __future__` (-1 none) */
    const char *private_name;   /* pass 1: the class whose private names (__x) are
                                   mangled here (CPython's st_private), or NULL */
} st_state;

/* ---- errors ------------------------------------------------------------ */

/* Records an error at a node range.  Compile-time errors use byte
 * columns + 1 as offsets (CPython passes col_offset + 1 unconverted). */
static int st_error(st_state *st, int l, int c, int el, int ec, const char *msg)
{
    if (!st->failed) {
        st->failed = 1;
        lex_set_error(st->err, st->src, st->len, "SyntaxError", l, c + 1, el, ec + 1, msg);
    }
    return -1;
}

static int err_expr(st_state *st, ast_expr *e, const char *msg)
{
    return st_error(st, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, msg);
}

static int err_stmt(st_state *st, ast_stmt *s, const char *msg)
{
    return st_error(st, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, msg);
}

static int oom(st_state *st)
{
    if (!st->failed) {
        st->failed = 1;
        lex_set_error(st->err, NULL, 0, "MemoryError", 0, 0, 0, 0, "out of memory");
    }
    return -1;
}

static void *salloc(st_state *st, size_t n)
{
    void *p = ast_arena_alloc(st->arena, n);
    if (!p)
        oom(st);
    return p;
}

/* ---- name sets --------------------------------------------------------- */

static unsigned hash_str(const char *s)
{
    unsigned h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static int ns_find(const nameset *s, const char *k)
{
    if (!s->cap)
        return -1;
    for (unsigned i = hash_str(k) & (unsigned)(s->cap - 1);; i = (i + 1) & (unsigned)(s->cap - 1)) {
        if (!s->keys[i])
            return -1;
        if (s->keys[i] != TOMB && !strcmp(s->keys[i], k))
            return (int)i;
    }
}

static int ns_has(const nameset *s, const char *k) { return ns_find(s, k) >= 0; }

static int ns_add(st_state *st, nameset *s, const char *k)
{
    if (ns_has(s, k))
        return 0;
    if ((s->count + 1) * 2 > s->cap) {
        nameset n = { NULL, s->cap ? s->cap * 2 : 16, 0 };
        if (!(n.keys = salloc(st, sizeof(char *) * (size_t)n.cap)))
            return -1;
        for (int i = 0; i < s->cap; i++)
            if (s->keys[i] && s->keys[i] != TOMB)
                ns_add(st, &n, s->keys[i]);
        *s = n;
    }
    unsigned i = hash_str(k) & (unsigned)(s->cap - 1);
    while (s->keys[i] && s->keys[i] != TOMB)
        i = (i + 1) & (unsigned)(s->cap - 1);
    if (!s->keys[i])
        s->count++;
    s->keys[i] = k;
    return 0;
}

static void ns_del(nameset *s, const char *k)
{
    int i = ns_find(s, k);
    if (i >= 0)
        s->keys[i] = TOMB;
}

static int ns_copy(st_state *st, nameset *dst, const nameset *src)
{
    for (int i = 0; i < src->cap; i++)
        if (src->keys[i] && src->keys[i] != TOMB && ns_add(st, dst, src->keys[i]) < 0)
            return -1;
    return 0;
}

/* ---- scopes and symbols ------------------------------------------------ */

static int sym_index(const scope_x *s, const char *name)
{
    if (!s->index_cap)
        return -1;
    for (unsigned i = hash_str(name) & (unsigned)(s->index_cap - 1);;
         i = (i + 1) & (unsigned)(s->index_cap - 1)) {
        int v = s->index[i];
        if (!v)
            return -1;
        if (!strcmp(s->pub.symbols[v - 1].name, name))
            return v - 1;
    }
}

const sym_entry *sym_lookup(const sym_scope *s, const char *name)
{
    int i = sym_index((const scope_x *)s, name);
    return i < 0 ? NULL : &s->symbols[i];
}

const char *sym_block_name(sym_block b)
{
    return b == SYM_MODULE ? "module" : b == SYM_CLASS ? "class" : "function";
}

static int rehash(st_state *st, scope_x *s)
{
    int cap = s->index_cap ? s->index_cap * 2 : 16;
    int *idx = salloc(st, sizeof(int) * (size_t)cap);
    if (!idx)
        return -1;
    for (int k = 0; k < s->pub.nsymbols; k++) {
        unsigned i = hash_str(s->pub.symbols[k].name) & (unsigned)(cap - 1);
        while (idx[i])
            i = (i + 1) & (unsigned)(cap - 1);
        idx[i] = k + 1;
    }
    s->index = idx;
    s->index_cap = cap;
    return 0;
}

/* Adds (or finds) a symbol; returns its index or -1. */
static int add_symbol(st_state *st, scope_x *s, const char *name)
{
    int i = sym_index(s, name);
    if (i >= 0)
        return i;
    if (s->pub.nsymbols == s->sym_cap) {
        int ncap = s->sym_cap ? s->sym_cap * 2 : 8;
        sym_entry *n = salloc(st, sizeof *n * (size_t)ncap);
        ast_stmt **d = salloc(st, sizeof *d * (size_t)ncap);
        if (!n || !d)
            return -1;
        if (s->pub.nsymbols) {
            memcpy(n, s->pub.symbols, sizeof *n * (size_t)s->pub.nsymbols);
            memcpy(d, s->directives, sizeof *d * (size_t)s->pub.nsymbols);
        }
        s->pub.symbols = n;
        s->directives = d;
        s->sym_cap = ncap;
    }
    i = s->pub.nsymbols++;
    s->pub.symbols[i].name = name;
    s->pub.symbols[i].slot = -1;
    if ((s->pub.nsymbols + 1) * 2 > s->index_cap) {
        if (rehash(st, s) < 0)
            return -1;
    } else {
        unsigned h = hash_str(name) & (unsigned)(s->index_cap - 1);
        while (s->index[h])
            h = (h + 1) & (unsigned)(s->index_cap - 1);
        s->index[h] = i + 1;
    }
    return i;
}

/* symtable_add_def: records a use or definition of `name` in the current
 * scope ("super" in a function implies "__class__"). */
static int add_def(st_state *st, const char *name, int flag, int l, int c, int el, int ec)
{
    scope_x *s = st->cur;
    int i = add_symbol(st, s, name);
    if (i < 0)
        return -1;
    sym_entry *e = &s->pub.symbols[i];
    if ((flag & SYM_DEF_PARAM) && (e->flags & SYM_DEF_PARAM)) {
        char msg[160];
        snprintf(msg, sizeof msg, "duplicate argument '%s' in function definition", name);
        return st_error(st, l, c, el, ec, msg);
    }
    e->flags |= flag;
    if (s->comp_iter_target && (flag & SYM_DEF_LOCAL))
        e->flags |= SYM_DEF_COMP_ITER;
    return 0;
}

static int def_expr(st_state *st, const char *name, int flag, ast_expr *e)
{
    return add_def(st, name, flag, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
}

static scope_x *new_scope(st_state *st, sym_block type, const char *name, int lineno)
{
    scope_x *s = salloc(st, sizeof *s);
    if (!s)
        return NULL;
    s->arena = st->arena;
    s->pub.type = type;
    s->pub.name = name;
    s->pub.lineno = lineno;
    s->pub.class_cell_slot = -1;
    scope_x *parent = st->cur;
    s->pub.parent = parent ? &parent->pub : NULL;
    if (parent) {
        s->nested = parent->nested || parent->pub.type == SYM_FUNCTION;
        if (parent->pub.nchildren == parent->child_cap) {
            int ncap = parent->child_cap ? parent->child_cap * 2 : 4;
            sym_scope **n = salloc(st, sizeof *n * (size_t)ncap);
            if (!n)
                return NULL;
            if (parent->pub.nchildren)
                memcpy(n, parent->pub.children, sizeof *n * (size_t)parent->pub.nchildren);
            parent->pub.children = n;
            parent->child_cap = ncap;
        }
        parent->pub.children[parent->pub.nchildren++] = &s->pub;
    }
    return s;
}

/* ---- pass 1: visit ----------------------------------------------------- */

/* CPython's _Py_Mangle: in a class _A_ (and the functions inside it) the
 * name __x is _A__x; names ending with __ or holding a dot are kept.
 * *id is replaced by the mangled name (in the arena).  0/-1. */
static int mangle(st_state *st, const char **id)
{
    const char *n = *id, *c = st->private_name;
    size_t len = strlen(n);
    if (!c || len < 2 || n[0] != '_' || n[1] != '_' ||
        (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_') || strchr(n, '.'))
        return 0;
    while (*c == '_')
        c++;
    if (!*c)
        return 0;
    size_t cl = strlen(c);
    char *m = salloc(st, len + cl + 2);
    if (!m)
        return -1;
    m[0] = '_';
    memcpy(m + 1, c, cl);
    memcpy(m + 1 + cl, n, len + 1);
    *id = m;
    return 0;
}

static int visit_expr(st_state *st, ast_expr *e);
static int visit_stmts(st_state *st, ast_stmt_seq s);

static int visit_exprs(st_state *st, ast_expr_seq s)
{
    for (int i = 0; i < s.count; i++)
        if (s.items[i] && visit_expr(st, s.items[i]) < 0)
            return -1;
    return 0;
}

static int visit_arg_annotations(st_state *st, ast_arg_seq s)
{
    for (int i = 0; i < s.count; i++)
        if (s.items[i]->annotation && visit_expr(st, s.items[i]->annotation) < 0)
            return -1;
    return 0;
}

/* symtable_visit_annotations: in the enclosing scope, params order. */
static int visit_annotations(st_state *st, ast_arguments *a, ast_expr *returns)
{
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation && visit_expr(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && visit_expr(st, a->kwarg->annotation) < 0)
        return -1;
    if (visit_arg_annotations(st, a->kwonlyargs) < 0)
        return -1;
    return returns ? visit_expr(st, returns) : 0;
}

static int def_params(st_state *st, ast_arg_seq s)
{
    for (int i = 0; i < s.count; i++) {
        ast_arg *a = s.items[i];
        if (mangle(st, &a->arg) < 0 ||
            add_def(st, a->arg, SYM_DEF_PARAM, a->lineno, a->col_offset, a->end_lineno,
                    a->end_col_offset) < 0)
            return -1;
    }
    return 0;
}

/* symtable_visit_arguments: posonly, args, kwonly, *args, **kwargs. */
static int visit_params(st_state *st, ast_arguments *a)
{
    if (def_params(st, a->posonlyargs) < 0 || def_params(st, a->args) < 0 ||
        def_params(st, a->kwonlyargs) < 0)
        return -1;
    ast_arg *v[2] = { a->vararg, a->kwarg };
    for (int i = 0; i < 2; i++)
        if (v[i] && (mangle(st, &v[i]->arg) < 0 ||
                     add_def(st, v[i]->arg, SYM_DEF_PARAM, v[i]->lineno, v[i]->col_offset,
                            v[i]->end_lineno, v[i]->end_col_offset) < 0))
            return -1;
    sym_scope *s = &st->cur->pub;
    s->posonlyargcount = a->posonlyargs.count;
    s->argcount = a->posonlyargs.count + a->args.count;
    s->kwonlyargcount = a->kwonlyargs.count;
    s->has_varargs = a->vararg != NULL;
    s->has_varkw = a->kwarg != NULL;
    return 0;
}

static int enter_function(st_state *st, const char *name, int lineno, struct sym_scope **slot)
{
    scope_x *s = new_scope(st, SYM_FUNCTION, name, lineno);
    if (!s)
        return -1;
    *slot = &s->pub;
    st->cur = s;
    return 0;
}

static void leave_scope(st_state *st)
{
    st->cur = (scope_x *)st->cur->pub.parent;
}

static int visit_funcdef(st_state *st, ast_stmt *s)
{
    ast_funcdef *f = &s->v.FunctionDef;
    f->store = f->name;
    if (mangle(st, &f->store) < 0 ||
        add_def(st, f->store, SYM_DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno,
                s->end_col_offset) < 0 ||
        visit_exprs(st, f->args->defaults) < 0 || visit_exprs(st, f->args->kw_defaults) < 0 ||
        visit_annotations(st, f->args, f->returns) < 0 || visit_exprs(st, f->decorator_list) < 0)
        return -1;
    if (enter_function(st, f->name, s->lineno, &f->scope) < 0)
        return -1;
    st->cur->is_async_def = s->kind == AST_AsyncFunctionDef;
    st->cur->pub.is_async = st->cur->is_async_def;
    if (visit_params(st, f->args) < 0 || visit_stmts(st, f->body) < 0)
        return -1;
    leave_scope(st);
    return 0;
}

static int visit_classdef(st_state *st, ast_stmt *s)
{
    s->v.ClassDef.store = s->v.ClassDef.name;
    if (mangle(st, &s->v.ClassDef.store) < 0 ||
        add_def(st, s->v.ClassDef.store, SYM_DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno,
                s->end_col_offset) < 0 || visit_exprs(st, s->v.ClassDef.bases) < 0)
        return -1;
    for (int i = 0; i < s->v.ClassDef.keywords.count; i++)
        if (visit_expr(st, s->v.ClassDef.keywords.items[i]->value) < 0)
            return -1;
    if (visit_exprs(st, s->v.ClassDef.decorator_list) < 0)
        return -1;
    scope_x *c = new_scope(st, SYM_CLASS, s->v.ClassDef.name, s->lineno);
    if (!c)
        return -1;
    s->v.ClassDef.scope = &c->pub;
    st->cur = c;
    const char *outer = st->private_name;
    st->private_name = s->v.ClassDef.name;
    if (visit_stmts(st, s->v.ClassDef.body) < 0)
        return -1;
    st->private_name = outer;
    leave_scope(st);
    return 0;
}

/* As CPython's symtable_add_def for DEF_GLOBAL: a `global x` anywhere also
 * marks x global in the module's own table. */
static int mark_global_in_top(st_state *st, const char *name)
{
    scope_x *top = st->cur;
    while (top->pub.parent)
        top = (scope_x *)top->pub.parent;
    int k = add_symbol(st, top, name);
    if (k < 0)
        return -1;
    top->pub.symbols[k].flags |= SYM_DEF_GLOBAL;
    return 0;
}

/* global / nonlocal statements with CPython's misuse errors. */
static int visit_directive(st_state *st, ast_stmt *s)
{
    int global = s->kind == AST_Global;
    scope_x *cur = st->cur;
    if (!global && cur->pub.type == SYM_MODULE)
        return err_stmt(st, s, "nonlocal declaration not allowed at module level");
    for (int i = 0; i < s->v.Global.names.count; i++) {
        if (mangle(st, (const char **)&s->v.Global.names.items[i]) < 0)
            return -1;
        const char *name = s->v.Global.names.items[i];
        int k = add_symbol(st, cur, name);
        if (k < 0)
            return -1;
        int cf = cur->pub.symbols[k].flags;
        const char *what = global ? "global" : "nonlocal";
        char msg[200];
        msg[0] = '\0';
        if (cf & SYM_DEF_PARAM)
            snprintf(msg, sizeof msg, "name '%s' is parameter and %s", name, what);
        else if (cf & SYM_DEF_LOCAL)
            snprintf(msg, sizeof msg, "name '%s' is assigned to before %s declaration", name, what);
        else if (cf & SYM_USE)
            snprintf(msg, sizeof msg, "name '%s' is used prior to %s declaration", name, what);
        else if (cf & SYM_DEF_ANNOT)
            snprintf(msg, sizeof msg, "annotated name '%s' can't be %s", name, what);
        if (msg[0])
            return err_stmt(st, s, msg);
        cur->pub.symbols[k].flags |= global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL;
        if (!cur->directives[k])
            cur->directives[k] = s;     /* errors point at the first one (error_at_directive) */
        if (global && mark_global_in_top(st, name) < 0)
            return -1;
    }
    return 0;
}

static int visit_alias(st_state *st, ast_alias *a)
{
    if (!strcmp(a->name, "*")) {
        if (st->cur->pub.type != SYM_MODULE)
            return st_error(st, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                            "import * only allowed at module level");
        return 0;
    }
    const char *store = a->asname;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        store = dot ? ast_arena_strndup(st->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!store)
            return oom(st);
    }
    return add_def(st, store, SYM_DEF_IMPORT, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
}

/* Kept out of visit_stmt so its recursive frame stays small. */
static int annotated_global_error(st_state *st, ast_stmt *s, const char *name, int flags)
{
    char msg[160];
    snprintf(msg, sizeof msg, "annotated name '%s' can't be %s", name,
             (flags & SYM_DEF_GLOBAL) ? "global" : "nonlocal");
    return err_stmt(st, s, msg);
}

/* symtable_visit_pattern: capture names are local definitions; values,
 * classes and mapping keys are uses. */
static int visit_pattern(st_state *st, ast_pattern *p)
{
    if (++st->depth > MAX_DEPTH) {
        if (!st->failed) {
            st->failed = 1;
            lex_set_error(st->err, NULL, 0, "RecursionError", 0, 0, 0, 0,
                          "maximum recursion depth exceeded during compilation");
        }
        return -1;
    }
    int r = 0;
#define DEF_AT(name) add_def(st, (name), SYM_DEF_LOCAL, p->lineno, p->col_offset, p->end_lineno, \
                             p->end_col_offset)
    switch (p->kind) {
    case AST_MatchValue: r = visit_expr(st, p->v.MatchValue.value); break;
    case AST_MatchSingleton: break;
    case AST_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.count && r == 0; i++)
            r = visit_pattern(st, p->v.MatchSequence.patterns.items[i]);
        break;
    case AST_MatchStar:
        if (p->v.MatchStar.name)
            r = DEF_AT(p->v.MatchStar.name);
        break;
    case AST_MatchMapping:
        r = visit_exprs(st, p->v.MatchMapping.keys);
        for (int i = 0; i < p->v.MatchMapping.patterns.count && r == 0; i++)
            r = visit_pattern(st, p->v.MatchMapping.patterns.items[i]);
        if (r == 0 && p->v.MatchMapping.rest)
            r = DEF_AT(p->v.MatchMapping.rest);
        break;
    case AST_MatchClass:
        r = visit_expr(st, p->v.MatchClass.cls);
        for (int i = 0; i < p->v.MatchClass.patterns.count && r == 0; i++)
            r = visit_pattern(st, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.count && r == 0; i++)
            r = visit_pattern(st, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case AST_MatchAs:
        if (p->v.MatchAs.pattern)
            r = visit_pattern(st, p->v.MatchAs.pattern);
        if (r == 0 && p->v.MatchAs.name)
            r = DEF_AT(p->v.MatchAs.name);
        break;
    case AST_MatchOr:
        for (int i = 0; i < p->v.MatchOr.patterns.count && r == 0; i++)
            r = visit_pattern(st, p->v.MatchOr.patterns.items[i]);
        break;
    }
#undef DEF_AT
    st->depth--;
    return st->failed ? -1 : r;
}

static int visit_match(st_state *st, ast_stmt *s)
{
    if (visit_expr(st, s->v.Match.subject) < 0)
        return -1;
    for (int i = 0; i < s->v.Match.cases.count; i++) {
        ast_match_case *m = s->v.Match.cases.items[i];
        if (visit_pattern(st, m->pattern) < 0 || (m->guard && visit_expr(st, m->guard) < 0) ||
            visit_stmts(st, m->body) < 0)
            return -1;
    }
    return 0;
}

static int visit_stmt(st_state *st, ast_stmt *s)
{
    if (++st->depth > MAX_DEPTH) {
        if (!st->failed) {
            st->failed = 1;
            lex_set_error(st->err, NULL, 0, "RecursionError", 0, 0, 0, 0,
                          "maximum recursion depth exceeded during compilation");
        }
        return -1;
    }
    int r = 0;
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef: r = visit_funcdef(st, s); break;
    case AST_ClassDef: r = visit_classdef(st, s); break;
    case AST_Return:
        r = s->v.Return.value ? visit_expr(st, s->v.Return.value) : 0;
        break;
    case AST_Delete: r = visit_exprs(st, s->v.Delete.targets); break;
    case AST_Assign:
        r = visit_exprs(st, s->v.Assign.targets) < 0 ? -1 : visit_expr(st, s->v.Assign.value);
        break;
    case AST_AnnAssign: {
        ast_expr *t = s->v.AnnAssign.target;
        if (t->kind == AST_Name) {
            if (mangle(st, &t->v.Name.id) < 0)
                return -1;
            int k = sym_index(st->cur, t->v.Name.id);
            int cf = k >= 0 ? st->cur->pub.symbols[k].flags : 0;
            if ((cf & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL)) && st->cur->pub.type != SYM_MODULE &&
                s->v.AnnAssign.simple)
                return annotated_global_error(st, s, t->v.Name.id, cf);
            if (s->v.AnnAssign.simple)
                r = def_expr(st, t->v.Name.id, SYM_DEF_ANNOT | SYM_DEF_LOCAL, t);
            else if (s->v.AnnAssign.value)
                r = def_expr(st, t->v.Name.id, SYM_DEF_LOCAL, t);
        } else
            r = visit_expr(st, t);
        if (r == 0)
            r = visit_expr(st, s->v.AnnAssign.annotation);
        if (r == 0 && s->v.AnnAssign.value)
            r = visit_expr(st, s->v.AnnAssign.value);
        break;
    }
    case AST_AugAssign:
        r = visit_expr(st, s->v.AugAssign.target) < 0 ? -1 : visit_expr(st, s->v.AugAssign.value);
        break;
    case AST_For: case AST_AsyncFor:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0 ||
            visit_stmts(st, s->v.For.body) < 0 || visit_stmts(st, s->v.For.orelse) < 0)
            r = -1;
        break;
    case AST_While: case AST_If:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, s->v.While.body) < 0 ||
            visit_stmts(st, s->v.While.orelse) < 0)
            r = -1;
        break;
    case AST_With: case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.count && r == 0; i++) {
            ast_withitem *w = s->v.With.items.items[i];
            r = visit_expr(st, w->context_expr);
            if (r == 0 && w->optional_vars)
                r = visit_expr(st, w->optional_vars);
        }
        if (r == 0)
            r = visit_stmts(st, s->v.With.body);
        break;
    case AST_Raise:
        if ((s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0) ||
            (s->v.Raise.cause && visit_expr(st, s->v.Raise.cause) < 0))
            r = -1;
        break;
    case AST_Try: case AST_TryStar:
        if (visit_stmts(st, s->v.Try.body) < 0 || visit_stmts(st, s->v.Try.orelse) < 0)
            return -1;
        for (int i = 0; i < s->v.Try.handlers.count && r == 0; i++) {
            ast_excepthandler *h = s->v.Try.handlers.items[i];
            if (h->type && visit_expr(st, h->type) < 0)
                return -1;
            if (h->name && add_def(st, h->name, SYM_DEF_LOCAL, h->lineno, h->col_offset,
                                   h->end_lineno, h->end_col_offset) < 0)
                return -1;
            r = visit_stmts(st, h->body);
        }
        if (r == 0)
            r = visit_stmts(st, s->v.Try.finalbody);
        break;
    case AST_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0 || (s->v.Assert.msg && visit_expr(st, s->v.Assert.msg) < 0))
            r = -1;
        break;
    case AST_Import: case AST_ImportFrom: {
        ast_alias_seq names = s->kind == AST_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; i < names.count && r == 0; i++)
            r = visit_alias(st, names.items[i]);
        break;
    }
    case AST_Global: case AST_Nonlocal: r = visit_directive(st, s); break;
    case AST_Expr: r = visit_expr(st, s->v.Expr.value); break;
    case AST_Pass: case AST_Break: case AST_Continue: break;
    case AST_Match: r = visit_match(st, s); break;
    }
    st->depth--;
    return st->failed ? -1 : r;
}

static int visit_stmts(st_state *st, ast_stmt_seq s)
{
    for (int i = 0; i < s.count; i++)
        if (visit_stmt(st, s.items[i]) < 0)
            return -1;
    return 0;
}

static const char *const comp_names[] = { "", "listcomp", "setcomp", "dictcomp", "genexpr" };
static const char *const comp_what[] = { "", "list comprehension", "set comprehension",
                                         "dict comprehension", "generator expression" };

static int comp_kind_of(ast_expr *e)
{
    switch (e->kind) {
    case AST_ListComp: return 1;
    case AST_SetComp: return 2;
    case AST_DictComp: return 3;
    case AST_GeneratorExp: return 4;
    default: return 0;
    }
}

/* Parts of a comprehension node, whatever its kind. */
static void comp_parts(ast_expr *e, ast_expr **elt, ast_expr **value,
                       ast_comprehension_seq *gens, struct sym_scope ***scope)
{
    *value = NULL;
    switch (e->kind) {
    case AST_ListComp: *elt = e->v.ListComp.elt; *gens = e->v.ListComp.generators; *scope = &e->v.ListComp.scope; break;
    case AST_SetComp: *elt = e->v.SetComp.elt; *gens = e->v.SetComp.generators; *scope = &e->v.SetComp.scope; break;
    case AST_GeneratorExp: *elt = e->v.GeneratorExp.elt; *gens = e->v.GeneratorExp.generators; *scope = &e->v.GeneratorExp.scope; break;
    default: *elt = e->v.DictComp.key; *value = e->v.DictComp.value; *gens = e->v.DictComp.generators; *scope = &e->v.DictComp.scope; break;
    }
}

static int visit_comp_target(st_state *st, ast_expr *t)
{
    st->cur->comp_iter_target = 1;
    int r = visit_expr(st, t);
    st->cur->comp_iter_target = 0;
    return r;
}

/* symtable_handle_comprehension: outermost iterable in the enclosing scope,
 * the rest in a new function scope with the implicit parameter ".0". */
static int visit_comprehension(st_state *st, ast_expr *e)
{
    ast_expr *elt, *value;
    ast_comprehension_seq gens;
    struct sym_scope **slot;
    comp_parts(e, &elt, &value, &gens, &slot);
    int kind = comp_kind_of(e);
    ast_comprehension *outer = gens.items[0];
    if (visit_expr(st, outer->iter) < 0 || enter_function(st, comp_names[kind], e->lineno, slot) < 0)
        return -1;
    scope_x *c = st->cur;
    c->comp_kind = kind;
    c->pub.is_comprehension = 1;
    if (outer->is_async)
        c->pub.is_async = 1;
    if (kind == 4)
        c->pub.is_generator = 1;
    if (add_def(st, ".0", SYM_DEF_PARAM, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset) < 0)
        return -1;
    c->pub.argcount = 1;
    if (visit_comp_target(st, outer->target) < 0 || visit_exprs(st, outer->ifs) < 0)
        return -1;
    for (int i = 1; i < gens.count; i++) {
        ast_comprehension *g = gens.items[i];
        if (visit_comp_target(st, g->target) < 0 || visit_expr(st, g->iter) < 0 ||
            visit_exprs(st, g->ifs) < 0)
            return -1;
        if (g->is_async)
            c->pub.is_async = 1;
    }
    if ((value && visit_expr(st, value) < 0) || visit_expr(st, elt) < 0)
        return -1;
    leave_scope(st);
    /* 3.11: an async list/set/dict comprehension (awaited where it is)
     * makes the comprehension around it async too */
    if (c->pub.is_async && kind != 4 && st->cur->comp_kind)
        st->cur->pub.is_async = 1;
    return 0;
}

/* PEP 572: a walrus target inside comprehensions binds in the nearest
 * enclosing non-comprehension scope. */
static int visit_namedexpr_target(st_state *st, ast_expr *t)
{
    scope_x *s = st->cur;
    if (mangle(st, &t->v.Name.id) < 0)
        return -1;
    const char *name = t->v.Name.id;
    if (!s->comp_kind)
        return def_expr(st, name, SYM_DEF_LOCAL, t);
    for (scope_x *c = s; c && c->comp_kind; c = (scope_x *)c->pub.parent) {
        int k = sym_index(c, name);
        if (k >= 0 && (c->pub.symbols[k].flags & SYM_DEF_COMP_ITER)) {
            char msg[160];
            snprintf(msg, sizeof msg, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return err_expr(st, t, msg);
        }
    }
    scope_x *target = s;
    while (target->comp_kind)
        target = (scope_x *)target->pub.parent;
    if (target->pub.type == SYM_CLASS)
        return err_expr(st, t, "assignment expression within a comprehension cannot be used in a class body");
    int tk = sym_index(target, name);
    int global = target->pub.type == SYM_MODULE ||
                 (tk >= 0 && (target->pub.symbols[tk].flags & SYM_DEF_GLOBAL));
    int k = add_symbol(st, s, name);
    if (k < 0)
        return -1;
    s->pub.symbols[k].flags |= global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL;
    if (global && mark_global_in_top(st, name) < 0)
        return -1;
    scope_x *saved = st->cur;
    st->cur = target;
    int r = def_expr(st, name, target->pub.type == SYM_MODULE ? SYM_DEF_GLOBAL : SYM_DEF_LOCAL, t);
    st->cur = saved;
    return r < 0 ? -1 : def_expr(st, name, SYM_DEF_LOCAL, t);
}

/* Kept out of visit_expr so its recursive frame stays small. */
static int yield_in_comp_error(st_state *st, ast_expr *e)
{
    char msg[80];
    snprintf(msg, sizeof msg, "'yield' inside %s", comp_what[st->cur->comp_kind]);
    return err_expr(st, e, msg);
}

static int visit_expr(st_state *st, ast_expr *e)
{
    if (++st->depth > MAX_DEPTH) {
        if (!st->failed) {
            st->failed = 1;
            lex_set_error(st->err, NULL, 0, "RecursionError", 0, 0, 0, 0,
                          "maximum recursion depth exceeded during compilation");
        }
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case AST_BoolOp: r = visit_exprs(st, e->v.BoolOp.values); break;
    case AST_NamedExpr:
        r = visit_expr(st, e->v.NamedExpr.value) < 0 ? -1 : visit_namedexpr_target(st, e->v.NamedExpr.target);
        break;
    case AST_BinOp:
        r = visit_expr(st, e->v.BinOp.left) < 0 ? -1 : visit_expr(st, e->v.BinOp.right);
        break;
    case AST_UnaryOp: r = visit_expr(st, e->v.UnaryOp.operand); break;
    case AST_Lambda: {
        ast_arguments *a = e->v.Lambda.args;
        if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0 ||
            enter_function(st, "lambda", e->lineno, &e->v.Lambda.scope) < 0)
            return -1;
        st->cur->pub.is_lambda = 1;
        if (visit_params(st, a) < 0 || visit_expr(st, e->v.Lambda.body) < 0)
            return -1;
        leave_scope(st);
        break;
    }
    case AST_IfExp:
        if (visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0 ||
            visit_expr(st, e->v.IfExp.orelse) < 0)
            r = -1;
        break;
    case AST_Dict:
        r = visit_exprs(st, e->v.Dict.keys) < 0 ? -1 : visit_exprs(st, e->v.Dict.values);
        break;
    case AST_Set: r = visit_exprs(st, e->v.Set.elts); break;
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        r = visit_comprehension(st, e);
        break;
    case AST_Await:
        r = visit_expr(st, e->v.Await.value);
        if (st->cur->comp_kind)
            st->cur->pub.is_async = 1;
        break;
    case AST_Yield: case AST_YieldFrom: {
        ast_expr *v = e->kind == AST_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && visit_expr(st, v) < 0)
            return -1;
        st->cur->pub.is_generator = 1;
        if (st->cur->comp_kind)
            return yield_in_comp_error(st, e);
        break;
    }
    case AST_Compare:
        r = visit_expr(st, e->v.Compare.left) < 0 ? -1 : visit_exprs(st, e->v.Compare.comparators);
        break;
    case AST_Call:
        if (visit_expr(st, e->v.Call.func) < 0 || visit_exprs(st, e->v.Call.args) < 0)
            return -1;
        for (int i = 0; i < e->v.Call.keywords.count && r == 0; i++)
            r = visit_expr(st, e->v.Call.keywords.items[i]->value);
        break;
    case AST_FormattedValue:
        if (visit_expr(st, e->v.FormattedValue.value) < 0 ||
            (e->v.FormattedValue.format_spec && visit_expr(st, e->v.FormattedValue.format_spec) < 0))
            r = -1;
        break;
    case AST_JoinedStr: r = visit_exprs(st, e->v.JoinedStr.values); break;
    case AST_Constant: break;
    case AST_Attribute:
        r = mangle(st, &e->v.Attribute.attr) < 0 ? -1 : visit_expr(st, e->v.Attribute.value);
        break;
    case AST_Subscript:
        r = visit_expr(st, e->v.Subscript.value) < 0 ? -1 : visit_expr(st, e->v.Subscript.slice);
        break;
    case AST_Starred: r = visit_expr(st, e->v.Starred.value); break;
    case AST_Name:
        if (mangle(st, &e->v.Name.id) < 0)
            return -1;
        r = def_expr(st, e->v.Name.id, e->v.Name.ctx == AST_Load ? SYM_USE : SYM_DEF_LOCAL, e);
        if (r == 0 && e->v.Name.ctx == AST_Load && st->cur->pub.type == SYM_FUNCTION &&
            !strcmp(e->v.Name.id, "super"))
            r = def_expr(st, "__class__", SYM_USE, e);
        break;
    case AST_List: r = visit_exprs(st, e->v.List.elts); break;
    case AST_Tuple: r = visit_exprs(st, e->v.Tuple.elts); break;
    case AST_Slice:
        if ((e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0) ||
            (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0) ||
            (e->v.Slice.step && visit_expr(st, e->v.Slice.step) < 0))
            r = -1;
        break;
    }
    st->depth--;
    return st->failed ? -1 : r;
}

/* ---- pass 2: analyze --------------------------------------------------- */

#define DEF_BOUND (SYM_DEF_LOCAL | SYM_DEF_PARAM | SYM_DEF_IMPORT)

/* Error at the global/nonlocal statement that declared symbol k. */
static int err_directive(st_state *st, scope_x *s, int k, const char *msg)
{
    ast_stmt *d = s->directives[k];
    if (d)
        return err_stmt(st, d, msg);
    return st_error(st, s->pub.lineno, 0, s->pub.lineno, 0, msg);
}

/* analyze_name: the scope of one symbol given the enclosing bindings. */
static int analyze_name(st_state *st, scope_x *s, int k, nameset *bound, nameset *local,
                        nameset *free, nameset *global)
{
    sym_entry *e = &s->pub.symbols[k];
    char msg[160];
    if (e->flags & SYM_DEF_GLOBAL) {
        if (e->flags & SYM_DEF_NONLOCAL) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", e->name);
            return err_directive(st, s, k, msg);
        }
        e->scope = SYM_GLOBAL_EXPLICIT;
        if (bound)
            ns_del(bound, e->name);
        return ns_add(st, global, e->name);
    }
    if (e->flags & SYM_DEF_NONLOCAL) {
        if (!bound || !ns_has(bound, e->name)) {
            snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", e->name);
            return err_directive(st, s, k, msg);
        }
        e->scope = SYM_FREE;
        s->free = 1;
        return ns_add(st, free, e->name);
    }
    if (e->flags & DEF_BOUND) {
        e->scope = SYM_LOCAL;
        ns_del(global, e->name);
        return ns_add(st, local, e->name);
    }
    if (bound && ns_has(bound, e->name)) {
        e->scope = SYM_FREE;
        s->free = 1;
        return ns_add(st, free, e->name);
    }
    if (!ns_has(global, e->name) && s->nested)
        s->free = 1;
    e->scope = SYM_GLOBAL_IMPLICIT;
    return 0;
}

/* update_symbols: record free variables of children passing through. */
static int update_symbols(st_state *st, scope_x *s, nameset *bound, nameset *newfree)
{
    for (int i = 0; i < newfree->cap; i++) {
        const char *name = newfree->keys[i];
        if (!name || name == TOMB)
            continue;
        int k = sym_index(s, name);
        if (k >= 0) {
            if (s->pub.type == SYM_CLASS && (s->pub.symbols[k].flags & (DEF_BOUND | SYM_DEF_GLOBAL)))
                s->pub.symbols[k].flags |= SYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !ns_has(bound, name))
            continue;
        if ((k = add_symbol(st, s, name)) < 0)
            return -1;
        s->pub.symbols[k].scope = SYM_FREE;
    }
    return 0;
}

/* analyze_block: resolves a scope and its children; adds its free
 * variables to `free`. */
static int analyze_block(st_state *st, scope_x *s, nameset *bound, nameset *free, nameset *global)
{
    nameset local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    int is_class = s->pub.type == SYM_CLASS;
    if (++st->depth > MAX_DEPTH)
        return oom(st);
    if (is_class && (ns_copy(st, &newglobal, global) < 0 || (bound && ns_copy(st, &newbound, bound) < 0)))
        return -1;
    for (int k = 0; k < s->pub.nsymbols; k++)
        if (analyze_name(st, s, k, bound, &local, free, global) < 0)
            return -1;
    if (!is_class) {
        if (s->pub.type == SYM_FUNCTION && ns_copy(st, &newbound, &local) < 0)
            return -1;
        if ((bound && ns_copy(st, &newbound, bound) < 0) || ns_copy(st, &newglobal, global) < 0)
            return -1;
    } else if (ns_add(st, &newbound, "__class__") < 0)
        return -1;
    for (int i = 0; i < s->pub.nchildren; i++) {
        scope_x *c = (scope_x *)s->pub.children[i];
        nameset tb = {0}, tf = {0}, tg = {0};
        if (ns_copy(st, &tb, &newbound) < 0 || ns_copy(st, &tg, &newglobal) < 0 ||
            analyze_block(st, c, &tb, &tf, &tg) < 0 || ns_copy(st, &allfree, &tf) < 0)
            return -1;
        if (c->free || c->child_free)
            s->child_free = 1;
    }
    if (ns_copy(st, &newfree, &allfree) < 0)
        return -1;
    if (s->pub.type == SYM_FUNCTION) {
        for (int k = 0; k < s->pub.nsymbols; k++) {
            sym_entry *e = &s->pub.symbols[k];
            if (e->scope == SYM_LOCAL && ns_has(&newfree, e->name)) {
                e->scope = SYM_CELL;
                ns_del(&newfree, e->name);
            }
        }
    } else if (is_class && ns_has(&newfree, "__class__")) {
        ns_del(&newfree, "__class__");
        s->pub.needs_class_cell = 1;
    }
    if (update_symbols(st, s, bound, &newfree) < 0 || ns_copy(st, free, &newfree) < 0)
        return -1;
    st->depth--;
    return 0;
}

/* ---- pass 3: resolve (compiler order) ----------------------------------- */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Collects and sorts the symbols of one flavor (cells that are not
 * parameters, or frees). */
static const char **sorted_names(st_state *st, scope_x *s, sym_flavor f, int *n)
{
    const char **v = salloc(st, sizeof(char *) * (size_t)(s->pub.nsymbols + 1));
    *n = 0;
    if (!v)
        return NULL;
    for (int k = 0; k < s->pub.nsymbols; k++) {
        sym_entry *e = &s->pub.symbols[k];
        if (e->scope == f && !(f == SYM_CELL && (e->flags & SYM_DEF_PARAM)))
            v[(*n)++] = e->name;
    }
    qsort(v, (size_t)*n, sizeof *v, cmp_names);
    return v;
}

/* Slot of a fast local, appending it on first use (compile order).  A
 * symbol keeps its slot in its entry during pass 3 (end_scope sets the same
 * value again), so a function with many locals is not quadratic; only names
 * that are not symbols (".0") are looked for in the list. */
static int varname_slot(st_state *st, scope_x *s, const char *name)
{
    int k = sym_index(s, name);
    if (k >= 0 && s->pub.symbols[k].slot >= 0)
        return s->pub.symbols[k].slot;
    if (k < 0)
        for (int i = 0; i < s->nvarnames; i++)
            if (!strcmp(s->varnames[i], name))
                return i;
    if (s->nvarnames == s->varcap) {
        int ncap = s->varcap ? s->varcap * 2 : 8;
        const char **n = salloc(st, sizeof *n * (size_t)ncap);
        if (!n)
            return -1;
        if (s->nvarnames)
            memcpy(n, s->varnames, sizeof *n * (size_t)s->nvarnames);
        s->varnames = n;
        s->varcap = ncap;
    }
    s->varnames[s->nvarnames] = name;
    if (k >= 0)
        s->pub.symbols[k].slot = s->nvarnames;
    return s->nvarnames++;
}

/* Index of name in a sorted array of names (sorted_names), or -1. */
static int index_in(const char **v, int n, const char *name)
{
    const char **p = n ? bsearch(&name, v, (size_t)n, sizeof *v, cmp_names) : NULL;
    return p ? (int)(p - v) : -1;
}

/* A cell/free reference whose slot gets nlocals added at scope exit. */
static int add_pending(st_state *st, scope_x *s, ast_nameref *r)
{
    if (s->npending == s->pendcap) {
        int ncap = s->pendcap ? s->pendcap * 2 : 8;
        ast_nameref **n = salloc(st, sizeof *n * (size_t)ncap);
        if (!n)
            return -1;
        if (s->npending)
            memcpy(n, s->pending, sizeof *n * (size_t)s->npending);
        s->pending = n;
        s->pendcap = ncap;
    }
    s->pending[s->npending++] = r;
    return 0;
}

/* compiler_nameop: how `name` is accessed from the current scope. */
static int ref_name(st_state *st, const char *name, ast_expr_context ctx, ast_nameref *out)
{
    scope_x *s = st->cur;
    int k = sym_index(s, name);
    sym_flavor f = k >= 0 ? s->pub.symbols[k].scope : SYM_GLOBAL_IMPLICIT;
    int fn = s->pub.type == SYM_FUNCTION;
    out->slot = -1;
    switch (f) {
    case SYM_FREE:
        out->ref = (ctx == AST_Load && s->pub.type == SYM_CLASS) ? AST_REF_CLASSDEREF : AST_REF_DEREF;
        out->slot = s->ncells_np + index_in(s->frees, s->nfrees, name);
        return add_pending(st, s, out);
    case SYM_CELL:
        out->ref = AST_REF_DEREF;
        if (s->pub.symbols[k].flags & SYM_DEF_PARAM) {
            out->slot = varname_slot(st, s, name);
            return out->slot < 0 ? -1 : 0;
        }
        out->slot = index_in(s->cells, s->ncells_np, name);
        return add_pending(st, s, out);
    case SYM_LOCAL:
        if (fn) {
            out->ref = AST_REF_FAST;
            out->slot = varname_slot(st, s, name);
            return out->slot < 0 ? -1 : 0;
        }
        out->ref = AST_REF_NAME;
        return 0;
    case SYM_GLOBAL_IMPLICIT:
        out->ref = fn ? AST_REF_GLOBAL : AST_REF_NAME;
        return 0;
    default:
        out->ref = AST_REF_GLOBAL;
        return 0;
    }
}

/* Sets the kind flags of a scope from what pass 1 saw. */
static void finish_kind(scope_x *s)
{
    sym_scope *p = &s->pub;
    int has_yield = p->is_generator;
    if (s->comp_kind == 4) {
        p->is_generator = !p->is_async;
        p->is_async_generator = p->is_async;
    } else if (s->comp_kind) {
        p->is_generator = 0;
        p->is_coroutine = p->is_async;
    } else if (s->is_async_def) {
        p->is_generator = 0;
        p->is_coroutine = !has_yield;
        p->is_async_generator = has_yield;
    }
}

/* Enters a function or class scope for pass 3: parameters first. */
static int begin_scope(st_state *st, scope_x *s, ast_arguments *a)
{
    s->pub.is_async = s->pub.is_async || s->is_async_def;
    if (s->comp_kind && varname_slot(st, s, ".0") < 0)
        return -1;
    if (a) {
        ast_arg_seq seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
        for (int q = 0; q < 3; q++)
            for (int i = 0; i < seqs[q].count; i++)
                if (varname_slot(st, s, seqs[q].items[i]->arg) < 0)
                    return -1;
        if (a->vararg && varname_slot(st, s, a->vararg->arg) < 0)
            return -1;
        if (a->kwarg && varname_slot(st, s, a->kwarg->arg) < 0)
            return -1;
    }
    int nc;
    if (s->pub.type == SYM_CLASS) {
        s->cells = salloc(st, sizeof(char *));
        if (!s->cells)
            return -1;
        s->ncells_np = 0;
        if (s->pub.needs_class_cell)
            s->cells[s->ncells_np++] = "__class__";
    } else if (!(s->cells = sorted_names(st, s, SYM_CELL, &nc)))
        return -1;
    else
        s->ncells_np = nc;
    if (!(s->frees = sorted_names(st, s, SYM_FREE, &s->nfrees)))
        return -1;
    if (a) {
        ast_arg_seq seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
        for (int q = 0; q < 3; q++)
            for (int i = 0; i < seqs[q].count; i++)
                if (ref_name(st, seqs[q].items[i]->arg, AST_Store, &seqs[q].items[i]->name) < 0)
                    return -1;
        if (a->vararg && ref_name(st, a->vararg->arg, AST_Store, &a->vararg->name) < 0)
            return -1;
        if (a->kwarg && ref_name(st, a->kwarg->arg, AST_Store, &a->kwarg->name) < 0)
            return -1;
    }
    return 0;
}

/* Leaves a scope in pass 3: final slot layout. */
static int end_scope(st_state *st, scope_x *s)
{
    sym_scope *p = &s->pub;
    p->nlocals = s->nvarnames;
    p->ncells = s->ncells_np;
    p->nfrees = s->nfrees;
    p->nlocalsplus = p->nlocals + p->ncells + p->nfrees;
    for (int i = 0; i < s->npending; i++)
        s->pending[i]->slot += p->nlocals;
    p->slot_names = salloc(st, sizeof(char *) * (size_t)(p->nlocalsplus + 1));
    p->slot_kinds = salloc(st, (size_t)p->nlocalsplus + 1);
    if (!p->slot_names || !p->slot_kinds)
        return -1;
    for (int i = 0; i < p->nlocals; i++) {
        const sym_entry *e = sym_lookup(p, s->varnames[i]);
        p->slot_names[i] = s->varnames[i];
        p->slot_kinds[i] = (e && e->scope == SYM_CELL) ? SYM_CELL : SYM_LOCAL;
    }
    for (int i = 0; i < p->ncells; i++) {
        p->slot_names[p->nlocals + i] = s->cells[i];
        p->slot_kinds[p->nlocals + i] = SYM_CELL;
    }
    for (int i = 0; i < p->nfrees; i++) {
        p->slot_names[p->nlocals + p->ncells + i] = s->frees[i];
        p->slot_kinds[p->nlocals + p->ncells + i] = SYM_FREE;
    }
    if (p->type == SYM_CLASS && p->needs_class_cell)
        p->class_cell_slot = 0;
    for (int i = 0; i < p->nlocalsplus; i++) {
        int k = sym_index(s, p->slot_names[i]);
        if (k >= 0)
            p->symbols[k].slot = i;
    }
    return 0;
}

static int r_expr(st_state *st, ast_expr *e);
static int r_stmts(st_state *st, ast_stmt_seq s);
static int r_elts(st_state *st, ast_expr *owner, ast_expr_seq elts, ast_expr_context ctx);

static int r_exprs(st_state *st, ast_expr_seq s)
{
    for (int i = 0; i < s.count; i++)
        if (s.items[i] && r_expr(st, s.items[i]) < 0)
            return -1;
    return 0;
}

static int r_annotations(st_state *st, ast_arguments *a, ast_expr *returns)
{
    ast_arg_seq seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int q = 0; q < 3; q++)
        for (int i = 0; i < seqs[q].count; i++)
            if (seqs[q].items[i]->annotation && r_expr(st, seqs[q].items[i]->annotation) < 0)
                return -1;
    if (a->vararg && a->vararg->annotation && r_expr(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && r_expr(st, a->kwarg->annotation) < 0)
        return -1;
    return returns ? r_expr(st, returns) : 0;
}

/* Runs `body` (stmts or one expr) inside child scope c. */
static int r_in_scope(st_state *st, struct sym_scope *c, ast_arguments *a, ast_stmt_seq *body,
                      ast_expr *expr)
{
    scope_x *saved = st->cur;
    int loops = st->loops, star_bodies = st->star_bodies, star_in_loop = st->star_in_loop;
    st->cur = (scope_x *)c;
    st->loops = st->star_bodies = st->star_in_loop = 0;
    if (begin_scope(st, st->cur, a) < 0)
        return -1;
    if (body && r_stmts(st, *body) < 0)
        return -1;
    if (expr && r_expr(st, expr) < 0)
        return -1;
    if (end_scope(st, st->cur) < 0)
        return -1;
    st->cur = saved;
    st->loops = loops;
    st->star_bodies = star_bodies;
    st->star_in_loop = star_in_loop;
    return 0;
}

/* compiler_check_debug_args: a parameter named __debug__ is an error
 * placed on the whole def / lambda (range l:c-el:ec). */
static int debug_args(st_state *st, ast_arguments *a, int l, int c, int el, int ec)
{
    ast_arg_seq seqs[5] = { a->posonlyargs, a->args, { a->vararg != NULL, &a->vararg },
                            a->kwonlyargs, { a->kwarg != NULL, &a->kwarg } };
    for (int q = 0; q < 5; q++)
        for (int i = 0; i < seqs[q].count; i++)
            if (!strcmp(seqs[q].items[i]->arg, "__debug__"))
                return st_error(st, l, c, el, ec, "cannot assign to __debug__");
    return 0;
}

static int r_funcdef(st_state *st, ast_stmt *s)
{
    ast_funcdef *f = &s->v.FunctionDef;
    if (debug_args(st, f->args, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset) < 0)
        return -1;
    if (r_exprs(st, f->decorator_list) < 0 || r_exprs(st, f->args->defaults) < 0 ||
        r_exprs(st, f->args->kw_defaults) < 0 || r_annotations(st, f->args, f->returns) < 0)
        return -1;
    scope_x *c = (scope_x *)f->scope;
    f->is_generator = c->pub.is_generator || c->pub.is_async_generator;
    if (r_in_scope(st, f->scope, f->args, &f->body, NULL) < 0)
        return -1;
    return ref_name(st, f->store ? f->store : f->name, AST_Store, &f->bind);
}

static int r_classdef(st_state *st, ast_stmt *s)
{
    if (r_exprs(st, s->v.ClassDef.decorator_list) < 0 ||
        r_in_scope(st, s->v.ClassDef.scope, NULL, &s->v.ClassDef.body, NULL) < 0 ||
        r_elts(st, NULL, s->v.ClassDef.bases, AST_Load) < 0)     /* class C(*bases) */
        return -1;
    for (int i = 0; i < s->v.ClassDef.keywords.count; i++)
        if (r_expr(st, s->v.ClassDef.keywords.items[i]->value) < 0)
            return -1;
    return ref_name(st, s->v.ClassDef.store ? s->v.ClassDef.store : s->v.ClassDef.name, AST_Store,
                    &s->v.ClassDef.bind);
}

static int r_alias(st_state *st, ast_alias *a)
{
    if (!strcmp(a->name, "*"))
        return 0;
    const char *store = a->asname;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        store = dot ? ast_arena_strndup(st->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!store)
            return oom(st);
    }
    return ref_name(st, store, AST_Store, &a->bind);
}

/* An except clause's body; inside an except* one, break, continue and
 * return may not leave it (CPython's compiler finds that when it
 * unwinds them). */
static int r_handler_body(st_state *st, ast_stmt_seq body, int star)
{
    st->star_bodies += star;
    st->star_in_loop += star;
    int r = r_stmts(st, body);
    st->star_bodies -= star;
    st->star_in_loop -= star;
    return r;
}

#define EXCEPT_STAR_EXIT "'break', 'continue' and 'return' cannot appear in an except* block"

/* return: after the checks of its own, not out of an except* body; the
 * error is placed on a constant value (CPython's compiler_return puts
 * the location there), else on the statement. */
static int r_return(st_state *st, ast_stmt *s)
{
    scope_x *cur = st->cur;
    ast_expr *v = s->v.Return.value;
    if (cur->pub.type != SYM_FUNCTION)
        return err_stmt(st, s, "'return' outside function");
    if (v && cur->pub.is_async_generator)
        return err_stmt(st, s, "'return' with value in async generator");
    if (v && r_expr(st, v) < 0)
        return -1;
    if (!st->star_bodies)
        return 0;
    if (v && v->kind == AST_Constant)
        return st_error(st, v->lineno, v->col_offset, v->end_lineno, v->end_col_offset,
                        EXCEPT_STAR_EXIT);
    return err_stmt(st, s, EXCEPT_STAR_EXIT);
}

static int r_try(st_state *st, ast_stmt *s)
{
    if (r_stmts(st, s->v.Try.body) < 0 || r_stmts(st, s->v.Try.orelse) < 0)
        return -1;
    for (int i = 0; i < s->v.Try.handlers.count; i++) {
        ast_excepthandler *h = s->v.Try.handlers.items[i];
        if (!h->type && i < s->v.Try.handlers.count - 1)
            return st_error(st, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset,
                            "default 'except:' must be last");
        if (h->type && r_expr(st, h->type) < 0)
            return -1;
        if (h->name && ref_name(st, h->name, AST_Store, &h->bind) < 0)
            return -1;
        if (r_handler_body(st, h->body, s->kind == AST_TryStar) < 0)
            return -1;
    }
    return r_stmts(st, s->v.Try.finalbody);
}

/* A loop body: break/continue become legal inside. */
static int r_loop_body(st_state *st, ast_stmt_seq body)
{
    int star_in_loop = st->star_in_loop;
    st->loops++;
    st->star_in_loop = 0;
    int r = r_stmts(st, body);
    st->loops--;
    st->star_in_loop = star_in_loop;
    return r;
}

/* ---- pass 3: patterns ---------------------------------------------------- */

/* CPython's compiler checks patterns as it compiles them (compile.c,
 * "PEP 634: Structural Pattern Matching"); this is that walk without the
 * code: the same errors at the same places, in the same order, and the
 * names a case binds in the order they are stored. */
typedef struct pat_ctx {
    const char **stores;        /* names bound so far, in storing order */
    int nstores, cap;
    int allow_irrefutable;      /* a capture or wildcard may stand here */
    const ast_pattern *loc;     /* the compiler's location: the last pattern it entered */
} pat_ctx;

static int pat_error(st_state *st, const pat_ctx *pc, const char *msg)
{
    const ast_pattern *p = pc->loc;
    return st_error(st, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, msg);
}

static int stores_index(const pat_ctx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (!strcmp(pc->stores[i], name))
            return i;
    return -1;
}

static int stores_push(st_state *st, pat_ctx *pc, const char *name)
{
    if (pc->nstores == pc->cap) {
        int ncap = pc->cap ? pc->cap * 2 : 8;
        const char **n = salloc(st, sizeof *n * (size_t)ncap);
        if (!n)
            return -1;
        if (pc->nstores)
            memcpy(n, pc->stores, sizeof *n * (size_t)pc->nstores);
        pc->stores = n;
        pc->cap = ncap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int dup_store_error(st_state *st, const pat_ctx *pc, const char *name)
{
    char msg[200];
    snprintf(msg, sizeof msg, "multiple assignments to name '%.150s' in pattern", name);
    return pat_error(st, pc, msg);
}

/* pattern_helper_store_name (NULL: the value is dropped) */
static int pat_store(st_state *st, pat_ctx *pc, const char *name)
{
    if (!name)
        return 0;
    if (!strcmp(name, "__debug__"))
        return pat_error(st, pc, "cannot assign to __debug__");
    if (stores_index(pc, name) >= 0)
        return dup_store_error(st, pc, name);
    return stores_push(st, pc, name);
}

static int r_pattern(st_state *st, pat_ctx *pc, ast_pattern *p);

/* compiler_pattern_subpattern: no irrefutability check inside */
static int r_subpattern(st_state *st, pat_ctx *pc, ast_pattern *p)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    int r = r_pattern(st, pc, p);
    pc->allow_irrefutable = allow;
    return r;
}

static int is_wildcard(const ast_pattern *p)
{
    return p->kind == AST_MatchAs && !p->v.MatchAs.name;
}

/* A literal the AST optimizer folds to a constant: Constant or -number. */
static const ast_expr *folded_const(const ast_expr *e, int *neg)
{
    *neg = 0;
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_USub &&
        e->v.UnaryOp.operand->kind == AST_Constant) {
        *neg = 1;
        e = e->v.UnaryOp.operand;
    }
    return e->kind == AST_Constant ? e : NULL;
}

/* repr() of a folded constant key, for "mapping pattern checks duplicate
 * key (...)". */
static void const_repr(const ast_expr *e, int neg, char *buf, size_t cap)
{
    const ast_constant *c = &e->v.Constant.value;
    switch (c->kind) {
    case AST_CONST_NONE: snprintf(buf, cap, "None"); return;
    case AST_CONST_TRUE: snprintf(buf, cap, "True"); return;
    case AST_CONST_FALSE: snprintf(buf, cap, "False"); return;
    case AST_CONST_ELLIPSIS: snprintf(buf, cap, "Ellipsis"); return;
    case AST_CONST_INT:
        snprintf(buf, cap, "%s%.100s", neg && strcmp(c->str, "0") ? "-" : "", c->str);
        return;
    case AST_CONST_FLOAT: {
        double d = neg ? -c->f : c->f;
        char t[64], digits[32];
        if (d != d) { snprintf(buf, cap, "nan"); return; }
        if (d > 1.7976931348623157e308 || d < -1.7976931348623157e308) {
            snprintf(buf, cap, "%sinf", d < 0 ? "-" : "");
            return;
        }
        int prec;
        for (prec = 1; prec < 17; prec++) {
            snprintf(t, sizeof t, "%.*e", prec - 1, d);
            if (strtod(t, NULL) == d)
                break;
        }
        snprintf(t, sizeof t, "%.*e", prec - 1, d);
        const char *m = t + (t[0] == '-');
        char *ex = strchr(t, 'e');
        int nd = 0;
        for (const char *q = m; q < ex; q++)
            if (*q >= '0' && *q <= '9')
                digits[nd++] = *q;
        while (nd > 1 && digits[nd - 1] == '0')
            nd--;
        digits[nd] = '\0';
        int exp = atoi(ex + 1);
        size_t n = 0;
        n += (size_t)snprintf(buf + n, cap - n, "%s", d < 0 || (d == 0 && 1 / d < 0) ? "-" : "");
        if (exp >= -4 && exp < 16) {
            if (exp < 0) {
                n += (size_t)snprintf(buf + n, cap - n, "0.");
                for (int i = -1; i > exp && n < cap; i--)
                    n += (size_t)snprintf(buf + n, cap - n, "0");
                snprintf(buf + n, cap - n, "%s", digits);
            } else {
                for (int i = 0; i <= exp && n < cap; i++)
                    n += (size_t)snprintf(buf + n, cap - n, "%c", i < nd ? digits[i] : '0');
                snprintf(buf + n, cap - n, ".%s", nd > exp + 1 ? digits + exp + 1 : "0");
            }
        } else {
            snprintf(buf + n, cap - n, "%c%s%se%c%02d", digits[0], nd > 1 ? "." : "",
                     nd > 1 ? digits + 1 : "", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        }
        return;
    }
    case AST_CONST_STR:
    case AST_CONST_BYTES: {          /* b'...': non-ASCII bytes escaped too */
        int sq = memchr(c->str, '\'', c->len) != NULL, dq = memchr(c->str, '"', c->len) != NULL;
        char q = sq && !dq ? '"' : '\'';
        int bytes = c->kind == AST_CONST_BYTES;
        size_t n = 0;
        if (bytes)
            buf[n++] = 'b';
        buf[n++] = q;
        for (size_t i = 0; i < c->len && n + 8 < cap; i++) {
            unsigned char ch = (unsigned char)c->str[i];
            if (ch == '\\' || ch == (unsigned char)q) {
                buf[n++] = '\\';
                buf[n++] = (char)ch;
            } else if (ch == '\n') { buf[n++] = '\\'; buf[n++] = 'n'; }
            else if (ch == '\r') { buf[n++] = '\\'; buf[n++] = 'r'; }
            else if (ch == '\t') { buf[n++] = '\\'; buf[n++] = 't'; }
            else if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80))
                n += (size_t)snprintf(buf + n, cap - n, "\\x%02x", ch);
            else
                buf[n++] = (char)ch;
        }
        buf[n++] = q;
        buf[n] = '\0';
        return;
    }
    }
    buf[0] = '\0';
}

/* The number a folded numeric constant stands for, as an exact decimal
 * integer string when it is integral (so 1, 1.0 and True compare equal),
 * else 0 with *d set. */
static int const_number(const ast_expr *e, int neg, char *buf, size_t cap, double *d)
{
    const ast_constant *c = &e->v.Constant.value;
    switch (c->kind) {
    case AST_CONST_TRUE: snprintf(buf, cap, "1"); return 1;
    case AST_CONST_FALSE: snprintf(buf, cap, "0"); return 1;
    case AST_CONST_INT:
        snprintf(buf, cap, "%s%.*s", neg && strcmp(c->str, "0") ? "-" : "", (int)(cap - 2), c->str);
        return 1;
    case AST_CONST_FLOAT:
        *d = neg ? -c->f : c->f;
        if (isfinite(*d) && fabs(*d) < 1e100) {
            double ip;
            if (modf(*d, &ip) == 0.0) {
                snprintf(buf, cap, "%.0f", *d);
                if (!strcmp(buf, "-0"))
                    snprintf(buf, cap, "0");
                return 1;
            }
        }
        return 0;
    default:
        return -1;
    }
}

/* Do two folded constants compare equal (as set members)? */
static int const_equal(const ast_expr *a, int na, const ast_expr *b, int nb)
{
    const ast_constant *x = &a->v.Constant.value, *y = &b->v.Constant.value;
    if (x->kind == AST_CONST_STR || y->kind == AST_CONST_STR ||
        x->kind == AST_CONST_BYTES || y->kind == AST_CONST_BYTES)
        return x->kind == y->kind && x->len == y->len && !memcmp(x->str, y->str, x->len);
    if (x->kind == AST_CONST_NONE || y->kind == AST_CONST_NONE ||
        x->kind == AST_CONST_ELLIPSIS || y->kind == AST_CONST_ELLIPSIS)
        return x->kind == y->kind;
    char s1[128], s2[128];
    double d1 = 0, d2 = 0;
    int i1 = const_number(a, na, s1, sizeof s1, &d1), i2 = const_number(b, nb, s2, sizeof s2, &d2);
    if (i1 && i2)
        return !strcmp(s1, s2);
    if (!i1 && !i2)
        return d1 == d2;
    return 0;
}

static int r_pattern_mapping(st_state *st, pat_ctx *pc, ast_pattern *p)
{
    ast_expr_seq keys = p->v.MatchMapping.keys;
    for (int i = 0; i < keys.count; i++) {
        ast_expr *key = keys.items[i];
        int neg;
        const ast_expr *k = folded_const(key, &neg);
        if (k) {
            for (int j = 0; j < i; j++) {
                int nj;
                const ast_expr *kj = folded_const(keys.items[j], &nj);
                if (kj && const_equal(kj, nj, k, neg)) {
                    char repr[200], msg[256];
                    const_repr(k, neg, repr, sizeof repr);
                    snprintf(msg, sizeof msg, "mapping pattern checks duplicate key (%s)", repr);
                    return pat_error(st, pc, msg);
                }
            }
        } else if (key->kind != AST_Attribute)
            return pat_error(st, pc, "mapping pattern keys may only match literals and attribute lookups");
        if (r_expr(st, key) < 0)
            return -1;
    }
    for (int i = 0; i < p->v.MatchMapping.patterns.count; i++)
        if (r_subpattern(st, pc, p->v.MatchMapping.patterns.items[i]) < 0)
            return -1;
    return pat_store(st, pc, p->v.MatchMapping.rest);
}

static int r_pattern_class(st_state *st, pat_ctx *pc, ast_pattern *p)
{
    ast_ident_seq attrs = p->v.MatchClass.kwd_attrs;
    ast_pattern_seq kw = p->v.MatchClass.kwd_patterns;
    for (int i = 0; i < attrs.count; i++) {         /* validate_kwd_attrs */
        pc->loc = kw.items[i];
        if (!strcmp(attrs.items[i], "__debug__"))
            return pat_error(st, pc, "cannot assign to __debug__");
        for (int j = i + 1; j < attrs.count; j++)
            if (!strcmp(attrs.items[i], attrs.items[j])) {
                char msg[200];
                pc->loc = kw.items[j];
                snprintf(msg, sizeof msg, "attribute name repeated in class pattern: %.150s",
                         attrs.items[i]);
                return pat_error(st, pc, msg);
            }
    }
    pc->loc = p;
    if (r_expr(st, p->v.MatchClass.cls) < 0)
        return -1;
    ast_pattern_seq pos = p->v.MatchClass.patterns;
    for (int i = 0; i < pos.count + kw.count; i++) {
        ast_pattern *x = i < pos.count ? pos.items[i] : kw.items[i - pos.count];
        if (!is_wildcard(x) && r_subpattern(st, pc, x) < 0)
            return -1;
    }
    return 0;
}

static int r_pattern_or(st_state *st, pat_ctx *pc, ast_pattern *p)
{
    pat_ctx old = *pc;
    pat_ctx control = {0};
    ast_pattern_seq alts = p->v.MatchOr.patterns;
    for (int i = 0; i < alts.count; i++) {
        pc->loc = alts.items[i];
        pc->stores = NULL;
        pc->nstores = pc->cap = 0;
        pc->allow_irrefutable = i == alts.count - 1 && old.allow_irrefutable;
        if (r_pattern(st, pc, alts.items[i]) < 0)
            return -1;
        if (i == 0) {
            control = *pc;
            continue;
        }
        int same = pc->nstores == control.nstores;
        for (int k = 0; same && k < control.nstores; k++)
            same = stores_index(pc, control.stores[k]) >= 0;
        if (!same)
            return pat_error(st, pc, "alternative patterns bind different names");
    }
    const ast_pattern *loc = pc->loc;
    *pc = old;
    pc->loc = loc;
    for (int k = 0; k < control.nstores; k++) {
        if (stores_index(pc, control.stores[k]) >= 0)
            return dup_store_error(st, pc, control.stores[k]);
        if (stores_push(st, pc, control.stores[k]) < 0)
            return -1;
    }
    return 0;
}

/* compiler_pattern */
static int r_pattern(st_state *st, pat_ctx *pc, ast_pattern *p)
{
    if (++st->depth > MAX_DEPTH)
        return oom(st);
    pc->loc = p;
    int r = 0;
    switch (p->kind) {
    case AST_MatchValue: {
        ast_expr *v = p->v.MatchValue.value;
        int neg;
        if (!folded_const(v, &neg) && v->kind != AST_Attribute && v->kind != AST_BinOp)
            r = pat_error(st, pc, "patterns may only match literals and attribute lookups");
        else
            r = r_expr(st, v);
        break;
    }
    case AST_MatchSingleton:
        break;
    case AST_MatchSequence: {
        ast_pattern_seq s = p->v.MatchSequence.patterns;
        int star = -1, only_wildcard = 1, star_wildcard = 0;
        for (int i = 0; i < s.count && r == 0; i++) {
            ast_pattern *x = s.items[i];
            if (x->kind == AST_MatchStar) {
                if (star >= 0)
                    r = pat_error(st, pc, "multiple starred names in sequence pattern");
                star_wildcard = !x->v.MatchStar.name;
                only_wildcard &= star_wildcard;
                star = i;
                continue;
            }
            only_wildcard &= is_wildcard(x);
        }
        if (r < 0 || only_wildcard)
            break;
        for (int i = 0; i < s.count && r == 0; i++) {
            ast_pattern *x = s.items[i];
            if (star_wildcard && (i == star || is_wildcard(x)))
                continue;           /* pattern_helper_sequence_subscr skips them */
            r = r_subpattern(st, pc, x);
        }
        break;
    }
    case AST_MatchMapping: r = r_pattern_mapping(st, pc, p); break;
    case AST_MatchClass: r = r_pattern_class(st, pc, p); break;
    case AST_MatchStar: r = pat_store(st, pc, p->v.MatchStar.name); break;
    case AST_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!pc->allow_irrefutable) {
                char msg[256];
                if (p->v.MatchAs.name)
                    snprintf(msg, sizeof msg, "name capture '%.150s' makes remaining patterns "
                             "unreachable", p->v.MatchAs.name);
                else
                    snprintf(msg, sizeof msg, "wildcard makes remaining patterns unreachable");
                r = pat_error(st, pc, msg);
            } else
                r = pat_store(st, pc, p->v.MatchAs.name);
            break;
        }
        r = r_pattern(st, pc, p->v.MatchAs.pattern);
        if (r == 0)
            r = pat_store(st, pc, p->v.MatchAs.name);
        break;
    case AST_MatchOr: r = r_pattern_or(st, pc, p); break;
    }
    st->depth--;
    return st->failed ? -1 : r;
}

/* compiler_match: the subject, then each case's pattern, the names it
 * binds, its guard and its body; a final `case _:` (after others) has
 * no pattern code. */
static int r_match(st_state *st, ast_stmt *s)
{
    if (r_expr(st, s->v.Match.subject) < 0)
        return -1;
    ast_match_case_seq cases = s->v.Match.cases;
    int has_default = cases.count > 1 && is_wildcard(cases.items[cases.count - 1]->pattern);
    for (int i = 0; i < cases.count; i++) {
        ast_match_case *m = cases.items[i];
        if (i < cases.count - has_default) {
            pat_ctx pc = { .allow_irrefutable = m->guard != NULL || i == cases.count - 1 };
            if (r_pattern(st, &pc, m->pattern) < 0)
                return -1;
            m->nstores = pc.nstores;
            m->store_names = pc.stores;
            if (pc.nstores && !(m->stores = salloc(st, sizeof *m->stores * (size_t)pc.nstores)))
                return -1;
            for (int k = 0; k < pc.nstores; k++)
                if (ref_name(st, pc.stores[k], AST_Store, &m->stores[k]) < 0)
                    return -1;
        }
        if ((m->guard && r_expr(st, m->guard) < 0) || r_stmts(st, m->body) < 0)
            return -1;
    }
    return 0;
}

static int r_stmt(st_state *st, ast_stmt *s)
{
    scope_x *cur = st->cur;
    int fn = cur->pub.type == SYM_FUNCTION;
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef: return r_funcdef(st, s);
    case AST_ClassDef: return r_classdef(st, s);
    case AST_Return: return r_return(st, s);
    case AST_Delete: return r_exprs(st, s->v.Delete.targets);
    case AST_Assign:
        return r_expr(st, s->v.Assign.value) < 0 ? -1 : r_exprs(st, s->v.Assign.targets);
    case AST_AugAssign:
        return r_expr(st, s->v.AugAssign.target) < 0 ? -1 : r_expr(st, s->v.AugAssign.value);
    case AST_AnnAssign:
        if ((s->v.AnnAssign.value && r_expr(st, s->v.AnnAssign.value) < 0) ||
            r_expr(st, s->v.AnnAssign.target) < 0)
            return -1;
        return fn ? 0 : r_expr(st, s->v.AnnAssign.annotation);
    case AST_For: case AST_AsyncFor:
        if (s->kind == AST_AsyncFor && !cur->is_async_def)
            return err_stmt(st, s, "'async for' outside async function");
        if (r_expr(st, s->v.For.iter) < 0 || r_expr(st, s->v.For.target) < 0 ||
            r_loop_body(st, s->v.For.body) < 0)
            return -1;
        return r_stmts(st, s->v.For.orelse);
    case AST_While:
        if (r_expr(st, s->v.While.test) < 0 || r_loop_body(st, s->v.While.body) < 0)
            return -1;
        return r_stmts(st, s->v.While.orelse);
    case AST_If:
        if (r_expr(st, s->v.If.test) < 0 || r_stmts(st, s->v.If.body) < 0)
            return -1;
        return r_stmts(st, s->v.If.orelse);
    case AST_With: case AST_AsyncWith:
        if (s->kind == AST_AsyncWith && !cur->is_async_def)
            return err_stmt(st, s, "'async with' outside async function");
        for (int i = 0; i < s->v.With.items.count; i++) {
            ast_withitem *w = s->v.With.items.items[i];
            if (r_expr(st, w->context_expr) < 0 || (w->optional_vars && r_expr(st, w->optional_vars) < 0))
                return -1;
        }
        return r_stmts(st, s->v.With.body);
    case AST_Raise:
        if (s->v.Raise.exc && r_expr(st, s->v.Raise.exc) < 0)
            return -1;
        return s->v.Raise.cause ? r_expr(st, s->v.Raise.cause) : 0;
    case AST_Try: case AST_TryStar: return r_try(st, s);
    case AST_Assert:
        if (r_expr(st, s->v.Assert.test) < 0)
            return -1;
        return s->v.Assert.msg ? r_expr(st, s->v.Assert.msg) : 0;
    case AST_Import: case AST_ImportFrom: {
        if (s->kind == AST_ImportFrom && s->v.ImportFrom.module && s->lineno > st->ff_lineno &&
            !strcmp(s->v.ImportFrom.module, "__future__"))
            return err_stmt(st, s, "from __future__ imports must occur at the beginning of the file");
        ast_alias_seq names = s->kind == AST_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; i < names.count; i++)
            if (r_alias(st, names.items[i]) < 0)
                return -1;
        return 0;
    }
    case AST_Expr: return r_expr(st, s->v.Expr.value);
    case AST_Break:
    case AST_Continue:
        if (st->star_in_loop)
            return err_stmt(st, s, EXCEPT_STAR_EXIT);
        if (st->loops)
            return 0;
        return err_stmt(st, s, s->kind == AST_Break ? "'break' outside loop"
                                                    : "'continue' not properly in loop");
    case AST_Global: case AST_Nonlocal: case AST_Pass:
        return 0;
    case AST_Match: return r_match(st, s);
    }
    return 0;
}

static int r_stmts(st_state *st, ast_stmt_seq s)
{
    for (int i = 0; i < s.count; i++) {
        if (++st->depth > MAX_DEPTH)
            return oom(st);
        int r = r_stmt(st, s.items[i]);
        st->depth--;
        if (r < 0 || st->failed)
            return -1;
    }
    return 0;
}

static int r_comp_clauses(st_state *st, ast_comprehension_seq gens, ast_expr *elt, ast_expr *value)
{
    for (int i = 0; i < gens.count; i++) {
        ast_comprehension *g = gens.items[i];
        if ((i > 0 && r_expr(st, g->iter) < 0) || r_expr(st, g->target) < 0 || r_exprs(st, g->ifs) < 0)
            return -1;
    }
    return (r_expr(st, elt) < 0 || (value && r_expr(st, value) < 0)) ? -1 : 0;
}

/* compiler_comprehension: async check, body in its scope, then the
 * outermost iterable in the enclosing scope. */
static int r_comprehension(st_state *st, ast_expr *e)
{
    ast_expr *elt, *value;
    ast_comprehension_seq gens;
    struct sym_scope **slot;
    comp_parts(e, &elt, &value, &gens, &slot);
    scope_x *c = (scope_x *)*slot, *outer = st->cur;
    if (c->pub.is_async && c->comp_kind != 4 && !outer->is_async_def && !outer->comp_kind)
        return err_expr(st, e, "asynchronous comprehension outside of an asynchronous function");
    scope_x *saved = st->cur;
    int loops = st->loops;
    st->cur = c;
    st->loops = 0;
    if (begin_scope(st, c, NULL) < 0 || r_comp_clauses(st, gens, elt, value) < 0 || end_scope(st, c) < 0)
        return -1;
    st->cur = saved;
    st->loops = loops;
    return r_expr(st, gens.items[0]->iter);
}

/* Elements of a display, call or target list, where `*x` is allowed (at
 * most one in a Store target, as the compiler's unpacking requires). */
static int r_elts(st_state *st, ast_expr *owner, ast_expr_seq elts, ast_expr_context ctx)
{
    int stars = 0;
    for (int i = 0; i < elts.count; i++) {
        ast_expr *x = elts.items[i];
        if (x->kind == AST_Starred) {
            if (ctx == AST_Store && ++stars > 1)
                return err_expr(st, owner, "multiple starred expressions in assignment");
            if (r_expr(st, x->v.Starred.value) < 0)
                return -1;
        } else if (r_expr(st, x) < 0)
            return -1;
    }
    return 0;
}

/* Call: func, duplicate keyword check, args, keyword values. */
static int r_call(st_state *st, ast_expr *e)
{
    if (r_expr(st, e->v.Call.func) < 0)
        return -1;
    /* validate_keywords: per keyword, __debug__ then a later repeat */
    ast_keyword_seq kw = e->v.Call.keywords;
    for (int i = 0; i < kw.count; i++) {
        if (!kw.items[i]->arg)
            continue;
        if (!strcmp(kw.items[i]->arg, "__debug__"))
            return err_expr(st, e, "cannot assign to __debug__");
        for (int j = i + 1; j < kw.count; j++) {
            if (kw.items[j]->arg && !strcmp(kw.items[i]->arg, kw.items[j]->arg)) {
                char msg[160];
                ast_keyword *k = kw.items[j];
                snprintf(msg, sizeof msg, "keyword argument repeated: %s", k->arg);
                return st_error(st, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset, msg);
            }
        }
    }
    if (r_elts(st, e, e->v.Call.args, AST_Load) < 0)
        return -1;
    for (int i = 0; i < kw.count; i++)
        if (r_expr(st, kw.items[i]->value) < 0)
            return -1;
    return 0;
}

static int r_expr(st_state *st, ast_expr *e)
{
    scope_x *cur = st->cur;
    int fn = cur->pub.type == SYM_FUNCTION, r = 0;
    if (++st->depth > MAX_DEPTH)
        return oom(st);
    switch (e->kind) {
    case AST_BoolOp: r = r_exprs(st, e->v.BoolOp.values); break;
    case AST_NamedExpr:
        r = r_expr(st, e->v.NamedExpr.value) < 0 ? -1 : r_expr(st, e->v.NamedExpr.target);
        break;
    case AST_BinOp: r = r_expr(st, e->v.BinOp.left) < 0 ? -1 : r_expr(st, e->v.BinOp.right); break;
    case AST_UnaryOp: r = r_expr(st, e->v.UnaryOp.operand); break;
    case AST_Lambda: {
        ast_arguments *a = e->v.Lambda.args;
        scope_x *c = (scope_x *)e->v.Lambda.scope;
        e->v.Lambda.is_generator = c->pub.is_generator;
        if (debug_args(st, a, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset) < 0 ||
            r_exprs(st, a->defaults) < 0 || r_exprs(st, a->kw_defaults) < 0 ||
            r_in_scope(st, e->v.Lambda.scope, a, NULL, e->v.Lambda.body) < 0)
            r = -1;
        break;
    }
    case AST_IfExp:
        if (r_expr(st, e->v.IfExp.test) < 0 || r_expr(st, e->v.IfExp.body) < 0 ||
            r_expr(st, e->v.IfExp.orelse) < 0)
            r = -1;
        break;
    case AST_Dict:
        for (int i = 0; i < e->v.Dict.values.count && r == 0; i++)
            if ((e->v.Dict.keys.items[i] && r_expr(st, e->v.Dict.keys.items[i]) < 0) ||
                r_expr(st, e->v.Dict.values.items[i]) < 0)
                r = -1;
        break;
    case AST_Set: r = r_elts(st, e, e->v.Set.elts, AST_Load); break;
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        r = r_comprehension(st, e);
        break;
    case AST_Await:
        if (!fn)
            r = err_expr(st, e, "'await' outside function");
        else if (!cur->is_async_def && !cur->comp_kind)
            r = err_expr(st, e, "'await' outside async function");
        else
            r = r_expr(st, e->v.Await.value);
        break;
    case AST_Yield:
        if (!fn)
            r = err_expr(st, e, "'yield' outside function");
        else if (e->v.Yield.value)
            r = r_expr(st, e->v.Yield.value);
        break;
    case AST_YieldFrom:
        if (!fn)
            r = err_expr(st, e, "'yield' outside function");
        else if (cur->is_async_def)
            r = err_expr(st, e, "'yield from' inside async function");
        else
            r = r_expr(st, e->v.YieldFrom.value);
        break;
    case AST_Compare:
        r = r_expr(st, e->v.Compare.left) < 0 ? -1 : r_exprs(st, e->v.Compare.comparators);
        break;
    case AST_Call: r = r_call(st, e); break;
    case AST_FormattedValue:
        if (r_expr(st, e->v.FormattedValue.value) < 0 ||
            (e->v.FormattedValue.format_spec && r_expr(st, e->v.FormattedValue.format_spec) < 0))
            r = -1;
        break;
    case AST_JoinedStr: r = r_exprs(st, e->v.JoinedStr.values); break;
    case AST_Constant: break;
    case AST_Attribute: r = r_expr(st, e->v.Attribute.value); break;
    case AST_Subscript:
        r = r_expr(st, e->v.Subscript.value) < 0 ? -1 : r_expr(st, e->v.Subscript.slice);
        break;
    case AST_Starred:
        r = err_expr(st, e, e->v.Starred.ctx == AST_Store
                     ? "starred assignment target must be in a list or tuple"
                     : "can't use starred expression here");
        break;
    case AST_Name:
        if (e->v.Name.ctx != AST_Load && !strcmp(e->v.Name.id, "__debug__"))   /* forbidden_name */
            r = err_expr(st, e, e->v.Name.ctx == AST_Store ? "cannot assign to __debug__"
                                                            : "cannot delete __debug__");
        else
            r = ref_name(st, e->v.Name.id, e->v.Name.ctx, &e->v.Name.name);
        break;
    case AST_List: r = r_elts(st, e, e->v.List.elts, e->v.List.ctx); break;
    case AST_Tuple: r = r_elts(st, e, e->v.Tuple.elts, e->v.Tuple.ctx); break;
    case AST_Slice:
        if ((e->v.Slice.lower && r_expr(st, e->v.Slice.lower) < 0) ||
            (e->v.Slice.upper && r_expr(st, e->v.Slice.upper) < 0) ||
            (e->v.Slice.step && r_expr(st, e->v.Slice.step) < 0))
            r = -1;
        break;
    }
    st->depth--;
    return st->failed ? -1 : r;
}

/* ---- closures and entry ------------------------------------------------- */

/* For every scope: where each free variable's cell lives in its parent. */
static int link_frees(st_state *st, sym_scope *s)
{
    if (s->parent && s->nfrees) {
        if (!(s->free_from = salloc(st, sizeof(int) * (size_t)s->nfrees)))
            return -1;
        const sym_scope *p = s->parent;
        for (int i = 0; i < s->nfrees; i++) {
            const char *name = s->slot_names[s->nlocals + s->ncells + i];
            s->free_from[i] = -1;
            for (int k = 0; k < p->nlocalsplus; k++)
                if (p->slot_kinds[k] != SYM_LOCAL && !strcmp(p->slot_names[k], name))
                    s->free_from[i] = k;
        }
    }
    for (int i = 0; i < s->nchildren; i++)
        if (link_frees(st, s->children[i]) < 0)
            return -1;
    return 0;
}

static void finish_kinds(sym_scope *s)
{
    finish_kind((scope_x *)s);
    for (int i = 0; i < s->nchildren; i++)
        finish_kinds(s->children[i]);
}

/* future.c's ff_lineno: the line of the last `from __future__ import`
 * among the module's leading statements (after a docstring); -1 if none. */
static int future_lineno(ast_stmt_seq body)
{
    int i = 0, line = -1;
    if (body.count > 0 && body.items[0]->kind == AST_Expr &&
        body.items[0]->v.Expr.value->kind == AST_Constant &&
        body.items[0]->v.Expr.value->v.Constant.value.kind == AST_CONST_STR)
        i++;
    for (; i < body.count; i++) {
        ast_stmt *s = body.items[i];
        if (s->kind != AST_ImportFrom || !s->v.ImportFrom.module ||
            strcmp(s->v.ImportFrom.module, "__future__") != 0)
            break;
        line = s->lineno;
    }
    return line;
}

int symtable_build(ast_tree *t, const char *src, size_t len, ast_error *err)
{
    st_state st;
    memset(&st, 0, sizeof st);
    st.arena = t->arena;
    st.src = src;
    st.len = len;
    st.err = err;
    scope_x *top = new_scope(&st, SYM_MODULE, "top", 0);
    if (!top)
        return -1;
    t->top = t->mod->scope = &top->pub;
    st.cur = top;
    if (visit_stmts(&st, t->mod->body) < 0)
        return -1;
    nameset free = {0}, global = {0};
    st.depth = 0;
    if (analyze_block(&st, top, NULL, &free, &global) < 0)
        return -1;
    finish_kinds(&top->pub);
    st.ff_lineno = future_lineno(t->mod->body);
    st.cur = top;
    st.depth = 0;
    if (r_stmts(&st, t->mod->body) < 0 || st.failed)
        return -1;
    return link_frees(&st, &top->pub);
}
