/* AST_H_READY */
/* ast.h - the abstract syntax tree of Coroscope, mirroring CPython 3.11's
 * Parser/Python.asdl.
 *
 * Naming follows CPython's generated C (Include/internal/pycore_ast.h): a
 * statement `s` of kind AST_FunctionDef has its fields in s->v.FunctionDef.*,
 * an expression `e` of kind AST_BinOp in e->v.BinOp.*, with exactly the
 * ASDL field names.  Kind enumerators are the ASDL constructor names with an
 * AST_ prefix (AST_Assign, AST_Name, AST_Add, AST_Eq, AST_Load, ...); the
 * ASDL guarantees these are unique.  Sequences are {count, items} arrays.
 * Optional fields ("expr?") are NULL when absent.
 *
 * Positions are CPython's: lineno/end_lineno 1-based, col_offset /
 * end_col_offset 0-based UTF-8 BYTE offsets into the line.
 *
 * All nodes of one parse live in one arena (ast_tree); ast_tree_free frees
 * everything at once.  Fields marked "[symtable]" are filled by
 * symtable_build (core/symtable.h) after parsing; they are zero before.
 */
#ifndef CS_AST_H
#define CS_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct ast_expr ast_expr;
typedef struct ast_stmt ast_stmt;
typedef struct ast_arena ast_arena;
struct sym_scope;                       /* defined in symtable.h */

/* ---- sequences ------------------------------------------------------- */

typedef struct ast_expr_seq { int count; ast_expr **items; } ast_expr_seq;
typedef struct ast_stmt_seq { int count; ast_stmt **items; } ast_stmt_seq;
typedef struct ast_ident_seq { int count; const char **items; } ast_ident_seq;
typedef struct ast_int_seq { int count; int *items; } ast_int_seq; /* of ast_cmpop */

/* ---- small enums (ASDL sum types without fields) ------------------------ */

typedef enum ast_expr_context { AST_Load = 1, AST_Store, AST_Del } ast_expr_context;
typedef enum ast_boolop { AST_And = 1, AST_Or } ast_boolop;
typedef enum ast_operator {
    AST_Add = 1, AST_Sub, AST_Mult, AST_MatMult, AST_Div, AST_Mod, AST_Pow,
    AST_LShift, AST_RShift, AST_BitOr, AST_BitXor, AST_BitAnd, AST_FloorDiv
} ast_operator;
typedef enum ast_unaryop { AST_Invert = 1, AST_Not, AST_UAdd, AST_USub } ast_unaryop;
typedef enum ast_cmpop {
    AST_Eq = 1, AST_NotEq, AST_Lt, AST_LtE, AST_Gt, AST_GtE, AST_Is, AST_IsNot,
    AST_In, AST_NotIn
} ast_cmpop;

/* ---- name resolution (filled by the symtable) --------------------------- */

/* How the compiled code reads/writes/deletes a name: CPython's compiler opcode
 * families.  FAST/DEREF use `slot`, an index into the function frame's
 * "localsplus" array (see sym_scope: locals, then cells, then frees). */
typedef enum ast_ref {
    AST_REF_NONE = 0,     /* not resolved (no symtable run) */
    AST_REF_FAST,         /* LOAD_FAST: plain function local in slot */
    AST_REF_DEREF,        /* LOAD_DEREF: slot holds a cell (CELL or FREE var) */
    AST_REF_GLOBAL,       /* LOAD_GLOBAL: globals dict, then builtins */
    AST_REF_NAME,         /* LOAD_NAME: module/class namespace, globals, builtins */
    AST_REF_CLASSDEREF    /* class body load of a free var: class dict, then cell in slot */
} ast_ref;

/* A resolved binding site or use of a name. */
typedef struct ast_nameref {
    ast_ref ref;          /* [symtable] access kind */
    int slot;             /* [symtable] localsplus index for FAST/DEREF/CLASSDEREF, else -1 */
} ast_nameref;

/* ---- constants ---------------------------------------------------------- */

typedef enum ast_const_kind {
    AST_CONST_NONE = 1, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT,        /* str = decimal digits, no sign, no leading zeros ("0" for 0) */
    AST_CONST_FLOAT,      /* f = the value (inf for overflowing literals, as CPython) */
    AST_CONST_STR,        /* str/len = UTF-8 bytes, escapes decoded (may contain NUL) */
    AST_CONST_BYTES       /* str/len = the bytes of a b'...' literal, escapes decoded */
} ast_const_kind;

/* A literal in host-neutral form; the compiler turns it into an object. */
typedef struct ast_constant {
    ast_const_kind kind;  /* which literal */
    const char *str;      /* INT digits / STR / BYTES bytes, NUL-terminated; NULL otherwise */
    size_t len;           /* byte length of str */
    double f;             /* FLOAT value */
} ast_constant;

/* ---- product types ----------------------------------------------------- */

/* arg = (identifier arg, expr? annotation, string? type_comment) */
typedef struct ast_arg {
    const char *arg;      /* parameter name */
    ast_expr *annotation; /* or NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
    ast_nameref name;     /* [symtable] where the parameter lives (FAST or DEREF) */
} ast_arg;
typedef struct ast_arg_seq { int count; ast_arg **items; } ast_arg_seq;

/* arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
 *              expr* kw_defaults, arg? kwarg, expr* defaults)
 * kw_defaults has one entry per kwonlyarg (NULL = no default); defaults
 * belong to the LAST len(defaults) of posonlyargs+args. */
typedef struct ast_arguments {
    ast_arg_seq posonlyargs;
    ast_arg_seq args;
    ast_arg *vararg;      /* *name or NULL */
    ast_arg_seq kwonlyargs;
    ast_expr_seq kw_defaults;
    ast_arg *kwarg;       /* **name or NULL */
    ast_expr_seq defaults;
} ast_arguments;

/* keyword = (identifier? arg, expr value); arg NULL means **value */
typedef struct ast_keyword {
    const char *arg;
    ast_expr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
} ast_keyword;
typedef struct ast_keyword_seq { int count; ast_keyword **items; } ast_keyword_seq;

/* alias = (identifier name, identifier? asname); name may be dotted "a.b" */
typedef struct ast_alias {
    const char *name;
    const char *asname;   /* or NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
    ast_nameref bind;     /* [symtable] the bound name (asname, or first dotted part; none for '*') */
} ast_alias;
typedef struct ast_alias_seq { int count; ast_alias **items; } ast_alias_seq;

/* withitem = (expr context_expr, expr? optional_vars) */
typedef struct ast_withitem {
    ast_expr *context_expr;
    ast_expr *optional_vars; /* a Store target or NULL */
} ast_withitem;
typedef struct ast_withitem_seq { int count; ast_withitem **items; } ast_withitem_seq;

/* excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) */
typedef struct ast_excepthandler {
    ast_expr *type;       /* or NULL for a bare except */
    const char *name;     /* or NULL */
    ast_stmt_seq body;
    int lineno, col_offset, end_lineno, end_col_offset;
    ast_nameref bind;     /* [symtable] where `name` is stored/deleted */
} ast_excepthandler;
typedef struct ast_excepthandler_seq { int count; ast_excepthandler **items; } ast_excepthandler_seq;

/* comprehension = (expr target, expr iter, expr* ifs, int is_async) */
typedef struct ast_comprehension {
    ast_expr *target;
    ast_expr *iter;       /* generators[0].iter is evaluated in the ENCLOSING scope */
    ast_expr_seq ifs;
    int is_async;
} ast_comprehension;
typedef struct ast_comprehension_seq { int count; ast_comprehension **items; } ast_comprehension_seq;

/* ---- patterns (match statements) ---------------------------------------- */

typedef struct ast_pattern ast_pattern;
typedef struct ast_pattern_seq { int count; ast_pattern **items; } ast_pattern_seq;

typedef enum ast_pattern_kind {
    AST_MatchValue = 1, AST_MatchSingleton, AST_MatchSequence, AST_MatchMapping,
    AST_MatchClass, AST_MatchStar, AST_MatchAs, AST_MatchOr
} ast_pattern_kind;

/* pattern = MatchValue(expr value) | MatchSingleton(constant value)
 *         | MatchSequence(pattern* patterns)
 *         | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
 *         | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs,
 *                      pattern* kwd_patterns)
 *         | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)
 *         | MatchOr(pattern* patterns)
 * MatchAs without pattern is a capture (name) or the wildcard `_` (no name). */
struct ast_pattern {
    ast_pattern_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { struct ast_expr *value; } MatchValue;      /* Constant, -Constant, complex, Attribute */
        struct { ast_const_kind value; } MatchSingleton;    /* AST_CONST_NONE / TRUE / FALSE */
        struct { ast_pattern_seq patterns; } MatchSequence;
        struct { ast_expr_seq keys; ast_pattern_seq patterns; const char *rest; } MatchMapping;
        struct { struct ast_expr *cls; ast_pattern_seq patterns; ast_ident_seq kwd_attrs;
                 ast_pattern_seq kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;             /* name NULL: *_ */
        struct { ast_pattern *pattern; const char *name; } MatchAs;
        struct { ast_pattern_seq patterns; } MatchOr;
    } v;
};

/* match_case = (pattern pattern, expr? guard, stmt* body) */
typedef struct ast_match_case {
    ast_pattern *pattern;
    struct ast_expr *guard;       /* or NULL */
    ast_stmt_seq body;
    int nstores;                  /* [symtable] names the pattern binds */
    const char **store_names;     /* [symtable] [nstores] in the order they are stored */
    ast_nameref *stores;          /* [symtable] [nstores] where each is stored */
} ast_match_case;
typedef struct ast_match_case_seq { int count; ast_match_case **items; } ast_match_case_seq;

/* ---- expressions ------------------------------------------------------- */

typedef enum ast_expr_kind {
    AST_BoolOp = 1, AST_NamedExpr, AST_BinOp, AST_UnaryOp, AST_Lambda, AST_IfExp,
    AST_Dict, AST_Set, AST_ListComp, AST_SetComp, AST_DictComp, AST_GeneratorExp,
    AST_Await, AST_Yield, AST_YieldFrom, AST_Compare, AST_Call, AST_FormattedValue,
    AST_JoinedStr, AST_Constant, AST_Attribute, AST_Subscript, AST_Starred,
    AST_Name, AST_List, AST_Tuple, AST_Slice
} ast_expr_kind;

struct ast_expr {
    ast_expr_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { ast_boolop op; ast_expr_seq values; } BoolOp;
        struct { ast_expr *target; ast_expr *value; } NamedExpr;
        struct { ast_expr *left; ast_operator op; ast_expr *right; } BinOp;
        struct { ast_unaryop op; ast_expr *operand; } UnaryOp;
        struct {
            ast_arguments *args; ast_expr *body;
            int is_generator;            /* body contains yield (own scope) */
            struct sym_scope *scope;     /* [symtable] */
        } Lambda;
        struct { ast_expr *test; ast_expr *body; ast_expr *orelse; } IfExp;
        struct { ast_expr_seq keys; ast_expr_seq values; } Dict; /* key NULL: **value */
        struct { ast_expr_seq elts; } Set;
        struct { ast_expr *elt; ast_comprehension_seq generators;
                 struct sym_scope *scope; /* [symtable] */ } ListComp;
        struct { ast_expr *elt; ast_comprehension_seq generators;
                 struct sym_scope *scope; /* [symtable] */ } SetComp;
        struct { ast_expr *key; ast_expr *value; ast_comprehension_seq generators;
                 struct sym_scope *scope; /* [symtable] */ } DictComp;
        struct { ast_expr *elt; ast_comprehension_seq generators;
                 struct sym_scope *scope; /* [symtable] (is_async_generator if async) */ } GeneratorExp;
        struct { ast_expr *value; } Await;
        struct { ast_expr *value; } Yield;          /* value may be NULL */
        struct { ast_expr *value; } YieldFrom;
        struct { ast_expr *left; ast_int_seq ops; ast_expr_seq comparators; } Compare;
        struct { ast_expr *func; ast_expr_seq args; ast_keyword_seq keywords; } Call;
        /* conversion: -1 none, 's' (115), 'r' (114), 'a' (97);
         * format_spec is a JoinedStr or NULL */
        struct { ast_expr *value; int conversion; ast_expr *format_spec; } FormattedValue;
        struct { ast_expr_seq values; } JoinedStr;  /* Constant(str) and FormattedValue */
        struct { ast_constant value; const char *kind; /* "u" or NULL */ } Constant;
        struct { ast_expr *value; const char *attr; ast_expr_context ctx; } Attribute;
        struct { ast_expr *value; ast_expr *slice; ast_expr_context ctx; } Subscript;
        struct { ast_expr *value; ast_expr_context ctx; } Starred;
        struct { const char *id; ast_expr_context ctx;
                 ast_nameref name; /* [symtable] */ } Name;
        struct { ast_expr_seq elts; ast_expr_context ctx; } List;
        struct { ast_expr_seq elts; ast_expr_context ctx; } Tuple;
        struct { ast_expr *lower; ast_expr *upper; ast_expr *step; } Slice;
    } v;
};

/* ---- statements -------------------------------------------------------- */

typedef enum ast_stmt_kind {
    AST_FunctionDef = 1, AST_AsyncFunctionDef, AST_ClassDef, AST_Return,
    AST_Delete, AST_Assign, AST_AugAssign, AST_AnnAssign, AST_For, AST_AsyncFor,
    AST_While, AST_If, AST_With, AST_AsyncWith, AST_Raise, AST_Try, AST_TryStar, AST_Assert,
    AST_Import, AST_ImportFrom, AST_Global, AST_Nonlocal, AST_Expr, AST_Pass,
    AST_Break, AST_Continue, AST_Match
} ast_stmt_kind;

/* FunctionDef and AsyncFunctionDef share one layout (v.FunctionDef is an
 * alias of v.AsyncFunctionDef), so code may handle both through either. */
typedef struct ast_funcdef {
    const char *name;
    const char *store;            /* [symtable] the name it is bound to (private
                                     names mangled), or NULL: name */
    ast_arguments *args;
    ast_stmt_seq body;
    ast_expr_seq decorator_list;
    ast_expr *returns;            /* annotation or NULL */
    int is_generator;             /* contains yield / yield from in its own scope */
    ast_nameref bind;             /* [symtable] where the function name is stored */
    struct sym_scope *scope;      /* [symtable] */
} ast_funcdef;

typedef struct ast_for {
    ast_expr *target; ast_expr *iter; ast_stmt_seq body; ast_stmt_seq orelse;
} ast_for;

typedef struct ast_with {
    ast_withitem_seq items; ast_stmt_seq body;
} ast_with;

/* Try and TryStar (try with except* clauses) share one layout. */
typedef struct ast_try {
    ast_stmt_seq body; ast_excepthandler_seq handlers;
    ast_stmt_seq orelse; ast_stmt_seq finalbody;
} ast_try;

struct ast_stmt {
    ast_stmt_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        ast_funcdef FunctionDef;
        ast_funcdef AsyncFunctionDef;
        struct {
            const char *name; ast_expr_seq bases; ast_keyword_seq keywords;
            ast_stmt_seq body; ast_expr_seq decorator_list;
            const char *store;            /* [symtable] bound name (mangled), or NULL */
            ast_nameref bind;             /* [symtable] where the class name is stored */
            struct sym_scope *scope;      /* [symtable] */
        } ClassDef;
        struct { ast_expr *value; } Return;                 /* value may be NULL */
        struct { ast_expr_seq targets; } Delete;
        struct { ast_expr_seq targets; ast_expr *value; } Assign; /* a = b = value */
        struct { ast_expr *target; ast_operator op; ast_expr *value; } AugAssign;
        struct { ast_expr *target; ast_expr *annotation; ast_expr *value; int simple; } AnnAssign;
        ast_for For;
        ast_for AsyncFor;
        struct { ast_expr *test; ast_stmt_seq body; ast_stmt_seq orelse; } While;
        struct { ast_expr *test; ast_stmt_seq body; ast_stmt_seq orelse; } If; /* elif = If in orelse */
        ast_with With;
        ast_with AsyncWith;
        struct { ast_expr *exc; ast_expr *cause; } Raise;   /* both may be NULL */
        ast_try Try;
        ast_try TryStar;
        struct { ast_expr *test; ast_expr *msg; } Assert;
        struct { ast_alias_seq names; } Import;
        struct { const char *module; ast_alias_seq names; int level; } ImportFrom; /* module may be NULL */
        struct { ast_ident_seq names; } Global;
        struct { ast_ident_seq names; } Nonlocal;
        struct { ast_expr *value; } Expr;
        struct { ast_expr *subject; ast_match_case_seq cases; } Match;
    } v;
};

/* mod = Module(stmt* body, type_ignore* type_ignores) */
typedef struct ast_mod {
    ast_stmt_seq body;
    struct sym_scope *scope;      /* [symtable] the module scope */
} ast_mod;

/* One parsed program: the arena owning every node, the module, and the
 * symbol table built over it. */
typedef struct ast_tree {
    ast_arena *arena;             /* owns all nodes, strings and scopes */
    ast_mod *mod;                 /* the Module node */
    struct sym_scope *top;        /* [symtable] == mod->scope */
    const char *src;              /* the (normalised) source text, in the arena */
    size_t srclen;
} ast_tree;

/* ---- syntax errors ----------------------------------------------------- */

/* A SyntaxError as CPython reports it.  Offsets are 1-based CHARACTER
 * columns (SyntaxError.offset/end_offset); 0 means "not set". */
typedef struct ast_error {
    const char *type;             /* "SyntaxError", "IndentationError" or "TabError" */
    char msg[256];                /* CPython's message text */
    int lineno, offset;           /* start position (1-based) */
    int end_lineno, end_offset;   /* end position, exclusive end column */
    char *text;                   /* source line of lineno incl. '\n' (mem_alloc'd) or NULL */
} ast_error;

/* Frees err->text and resets the struct. */
void ast_error_clear(ast_error *err);

/* Fills err->text with line err->lineno of src[0..len) when it has none
 * (errors found after parsing, by the compiler). */
void ast_error_set_text(ast_error *err, const char *src, size_t len);

/* Formats err as CPython prints an uncaught SyntaxError (File line, source
 * line, caret line, "Type: msg"), NUL-terminated and truncated to cap.
 * Returns the full length needed (like snprintf). */
size_t ast_error_format(const ast_error *err, const char *filename, char *buf, size_t cap);

/* ---- arena ------------------------------------------------------------- */

ast_arena *ast_arena_new(void);                       /* NULL on out of memory */
void *ast_arena_alloc(ast_arena *a, size_t size);     /* zeroed, 8-aligned; NULL on OOM */
char *ast_arena_strndup(ast_arena *a, const char *s, size_t n); /* NUL-terminated copy */
void ast_arena_free(ast_arena *a);

/* Frees the arena (every node, string and scope) and the tree struct. */
void ast_tree_free(ast_tree *t);

/* Human-readable names used by dumps and error messages. */
const char *ast_operator_name(ast_operator op);      /* "Add", ... */
const char *ast_operator_symbol(ast_operator op);    /* "+", ... */
const char *ast_cmpop_name(ast_cmpop op);            /* "Eq", ... */
const char *ast_unaryop_name(ast_unaryop op);        /* "Not", ... */
const char *ast_expr_kind_name(ast_expr_kind k);     /* "BinOp", ... */
const char *ast_stmt_kind_name(ast_stmt_kind k);     /* "FunctionDef", ... */
const char *ast_pattern_kind_name(ast_pattern_kind k); /* "MatchValue", ... */

#endif
