/* symtable.h - scope analysis after parsing, as CPython's Python/symtable.c.
 *
 * symtable_build walks a parsed tree and builds one sym_scope per module,
 * function, lambda, class body and comprehension (comprehensions are their
 * own function scope in 3.11; their outermost iterable is evaluated in the
 * enclosing scope and passed in as the parameter ".0").  It then fills the
 * [symtable] fields of the AST: every Name, arg, def/class name, import
 * alias and except-as name gets an ast_nameref (access kind + slot), and
 * every scope-creating node points at its sym_scope.
 *
 * Frame layout of a function-like scope ("localsplus", as CPython 3.11):
 *   slots [0, nlocals)              varnames: parameters in CPython order
 *                                   (posonly, args, kwonly, *args, **kw),
 *                                   then other locals in compile order
 *   slots [nlocals, nlocals+ncells) cell variables that are not parameters
 *                                   (sorted by name, as CPython)
 *   slots [.., nlocalsplus)         free variables (sorted by name)
 * A parameter that is captured keeps its parameter slot and is marked CELL
 * in slot_kinds (the VM wraps it in a cell on entry, as MAKE_CELL).
 * Class bodies have no fast locals (nlocals = 0) but may have cells
 * ("__class__") and free variables.  The module scope has no slots.
 *
 * It also reports, as CPython's symtable/compiler would, the placement
 * errors: 'return'/'yield'/'await' outside function, 'await' outside async
 * function, 'break' outside loop, nonlocal/global misuse, etc.
 *
 * Global state: none.  All memory comes from the tree's arena.
 */
#ifndef CS_SYMTABLE_H
#define CS_SYMTABLE_H

#include "parser/ast.h"

/* Kind of block, as symtable.SymbolTable.get_type(). */
typedef enum sym_block {
    SYM_MODULE = 1,       /* "module" */
    SYM_FUNCTION,         /* "function": def, async def, lambda, comprehension */
    SYM_CLASS             /* "class" */
} sym_block;

/* Resolution of a symbol in its scope (CPython's scope flags). */
typedef enum sym_flavor {
    SYM_LOCAL = 1,        /* bound in this scope */
    SYM_GLOBAL_EXPLICIT,  /* declared `global` */
    SYM_GLOBAL_IMPLICIT,  /* not bound anywhere enclosing: global or builtin */
    SYM_FREE,             /* bound in an enclosing function */
    SYM_CELL              /* local captured by an inner scope */
} sym_flavor;

/* Symbol flag bits (sym_entry.flags), as CPython's DEF_* */
enum {
    SYM_DEF_GLOBAL = 1,       /* global statement */
    SYM_DEF_LOCAL = 2,        /* assigned in this scope */
    SYM_DEF_PARAM = 4,        /* parameter */
    SYM_DEF_NONLOCAL = 8,     /* nonlocal statement */
    SYM_USE = 16,             /* read in this scope */
    SYM_DEF_FREE = 32,        /* used but not defined (before analysis) */
    SYM_DEF_FREE_CLASS = 64,  /* free variable passed through a class */
    SYM_DEF_IMPORT = 128,     /* bound by import */
    SYM_DEF_ANNOT = 256,      /* annotated */
    SYM_DEF_COMP_ITER = 512   /* comprehension iteration variable */
};

/* One name in one scope. */
typedef struct sym_entry {
    const char *name;     /* identifier (arena string) */
    int flags;            /* SYM_DEF_* / SYM_USE bits */
    sym_flavor scope;     /* resolution after analysis */
    int slot;             /* localsplus slot for function/class scopes, else -1 */
} sym_entry;

/* One scope (block). */
typedef struct sym_scope {
    sym_block type;               /* module / function / class */
    const char *name;             /* "top", def/class name, "lambda", "listcomp", "genexpr", ... */
    int lineno;                   /* line of the defining node (0 for module) */
    int is_lambda;                /* a lambda */
    int is_comprehension;         /* list/set/dict comprehension or generator expression */
    struct sym_scope *parent;     /* enclosing scope, NULL for the module */
    struct sym_scope **children;  /* nested scopes in source order */
    int nchildren;
    sym_entry *symbols;           /* every name seen in this scope, first-seen order */
    int nsymbols;

    /* frame layout (function and class scopes) */
    int nlocalsplus;              /* total slots */
    int nlocals;                  /* varnames (params + fast locals) */
    int ncells;                   /* cell slots after the varnames */
    int nfrees;                   /* free slots at the end */
    const char **slot_names;      /* [nlocalsplus] name of each slot */
    unsigned char *slot_kinds;    /* [nlocalsplus] SYM_LOCAL / SYM_CELL / SYM_FREE */
    int *free_from;               /* [nfrees] slot in parent holding the cell for free var i */

    /* signature (function scopes) */
    int argcount;                 /* positional params incl. posonly */
    int posonlyargcount;
    int kwonlyargcount;
    int has_varargs, has_varkw;   /* *args / **kwargs present */

    /* kind of code object */
    int is_async;                 /* async def, or comprehension containing await/async for */
    int is_generator;             /* contains yield / yield from (sync generator) */
    int is_coroutine;             /* async def without yield (or async list/set/dict comp) */
    int is_async_generator;       /* async def with yield, or async generator expression */
    int needs_class_cell;         /* class: some method uses super / __class__ */
    int class_cell_slot;          /* class: slot of the "__class__" cell, or -1 */
    int has_explicit_locals;      /* reserved */
} sym_scope;

/* Builds the symbol table of a parsed tree (sets t->top and the [symtable]
 * fields).  Returns 0, or -1 with err filled (placement errors or out of
 * memory).  `src` is the source text, used for the error's line text. */
int symtable_build(ast_tree *t, const char *src, size_t len, ast_error *err);

/* Looks up a name in one scope; NULL if absent. */
const sym_entry *sym_lookup(const sym_scope *s, const char *name);

/* Name of a block type as symtable's get_type(): "module"/"function"/"class". */
const char *sym_block_name(sym_block b);

#endif
