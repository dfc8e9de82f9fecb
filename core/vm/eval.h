/* eval.h - the tree-walking evaluator: code objects, functions, cells,
 * bound methods, frames, and the evaluator's global state.
 *
 * A function call allocates a FrameObj on the heap (so a generator's frame
 * survives its coroutine being switched out, and tracebacks can point at
 * it), binds the arguments into its "localsplus" slots (layout decided by
 * symtable.h), and walks the body's AST.  Statements return an ExecStatus;
 * expressions return a new reference or NULL with the exception pending.
 */
#ifndef CS_EVAL_H
#define CS_EVAL_H

#include "parser/ast.h"
#include "objects/object.h"
#include "parser/symtable.h"

/* ---- code objects ---------------------------------------------------- */

typedef enum CodeKind {
    CODE_MODULE,      /* the main program */
    CODE_FUNCTION,    /* def / async def */
    CODE_LAMBDA,      /* lambda: body is an expression */
    CODE_CLASS,       /* class body */
    CODE_COMP,        /* comprehension / generator expression */
    CODE_EVAL         /* eval() of a string: node is the expression */
} CodeKind;

enum {
    CO_GENERATOR = 1,          /* calling it makes a generator */
    CO_COROUTINE = 2,          /* ... a coroutine (async def) */
    CO_ASYNC_GENERATOR = 4,    /* ... an async generator */
    CO_ITERABLE_COROUTINE = 8  /* @types.coroutine generator: awaitable */
};

/* What a function is made of: its scope (slot layout, flags) and AST. */
typedef struct CodeObj {
    Obj ob;
    CodeKind kind;                /* which construct */
    const sym_scope *scope;       /* slot layout and kind (NULL for module) */
    const ast_arguments *args;    /* signature (functions and lambdas) */
    const ast_stmt_seq *body;     /* statements (module, def, class) */
    const ast_expr *node;         /* lambda body, or the comprehension node */
    Obj *name;                    /* co_name */
    Obj *qualname;                /* co_qualname */
    int firstlineno;              /* co_firstlineno */
    int flags;                    /* CO_* */
    Obj **slot_names;             /* [nslots] interned slot names */
    int nslots;                   /* scope->nlocalsplus (0 for module) */
} CodeObj;

/* A cell: one captured variable shared by a scope and its inner ones. */
typedef struct CellObj {
    Obj ob;
    Obj *ref;                     /* the value, NULL when unbound */
} CellObj;

/* A Python function object. */
typedef struct FunctionObj {
    Obj ob;
    CodeObj *code;                /* __code__ (owned) */
    Obj *globals;                 /* __globals__: module dict (owned) */
    Obj *defaults;                /* __defaults__ tuple or NULL */
    Obj *kwdefaults;              /* __kwdefaults__ dict or NULL */
    Obj *closure;                 /* tuple of cells, one per free var, or NULL */
    Obj *name;                    /* __name__ */
    Obj *qualname;                /* __qualname__ */
    Obj *module;                  /* __module__ */
    Obj *doc;                     /* __doc__ or NULL */
    Obj *dict;                    /* __dict__ (lazily created) */
    int flags;                    /* code->flags, plus CO_ITERABLE_COROUTINE */
} FunctionObj;

/* A function bound to an instance (obj.method). */
typedef struct MethodObj {
    Obj ob;
    Obj *func;                    /* __func__ (owned) */
    Obj *self;                    /* __self__ (owned) */
} MethodObj;

/* ---- frames ---------------------------------------------------------- */

typedef struct FrameObj {
    Obj ob;
    CodeObj *code;                /* what runs (owned) */
    Obj *func;                    /* function being run (owned) or NULL */
    Obj *globals;                 /* module namespace (owned) */
    Obj *locals;                  /* class/module namespace dict (owned) or NULL */
    struct FrameObj *back;        /* caller while running (borrowed), else NULL */
    Obj *gen;                     /* generator running this frame (borrowed) or NULL */
    int lineno;                   /* line being executed (f_lineno) */
    int col, end_lineno, end_col; /* span of the expression being executed, col -1: none */
    bool running;                 /* on the frame stack now */
    int nslots;                   /* number of slots */
    Obj *slots[];                 /* localsplus: locals, cells, frees (owned) */
} FrameObj;

/* The handled-exception chain (sys.exc_info()): one record for the main
 * program and one per generator/coroutine (CPython's _PyErr_StackItem).
 * `value` is the exception being handled by an except block running in
 * that context (NULL/None: none); `prev` links to the resumer's record. */
typedef struct ExcInfo {
    Obj *value;                   /* owned, or NULL */
    struct ExcInfo *prev;         /* enclosing context or NULL */
} ExcInfo;

/* Evaluator state (one engine per process; documented global). */
typedef struct EvalState {
    FrameObj *frame;              /* innermost running frame or NULL */
    int depth;                    /* nesting counted by rec_enter */
    int limit;                    /* recursion limit (sys.setrecursionlimit) */
    ExcInfo *excinfo;             /* current handled-exception record */
    ExcInfo base_excinfo;         /* the main program's record */
    Obj *builtins;                /* builtins module dict */
    Obj *modules;                 /* sys.modules dict */
    Obj *main_dict;               /* __main__ globals */
    const char *src;              /* program text (for traceback lines) */
    size_t src_len;               /* its length */
    const char *filename;         /* "main.py" */
    uint64_t steps;               /* statements executed (step budget) */
    uint64_t step_budget;         /* 0 = unlimited */
} EvalState;
extern EvalState ev;

/* Status of executing a statement. */
typedef enum ExecStatus {
    EX_NORMAL,                    /* fall through to the next statement */
    EX_RETURN,                    /* `return`: value in *retval */
    EX_BREAK,
    EX_CONTINUE,
    EX_ERROR                      /* exception pending */
} ExecStatus;

/* ---- API ------------------------------------------------------------- */

/* Run a parsed module as __main__ in `globals`.  Returns None or NULL. */
Obj *eval_module(const ast_tree *tree, Obj *globals);
/* eval(source, globals, locals) for an expression string (source a str,
 * globals a dict, locals a mapping): the value, or NULL (SyntaxError for a
 * statement or bad syntax, as CPython's eval). */
Obj *eval_source(Obj *source, Obj *globals, Obj *locals);
/* Run a frame's code to completion (function/lambda/comprehension body):
 * the return value or NULL.  Used by calls and by generators. */
Obj *eval_frame(FrameObj *f);
/* The handled exception now (borrowed; NULL if none). */
Obj *eval_handled_exc(void);
/* Zero-argument super(): the __class__ cell and first argument of the
 * running frame.  0 ok (borrowed refs), -1 RuntimeError. */
int eval_super_args(Obj **type, Obj **obj);

/* Functions and friends (func.c). */
Obj *func_new(CodeObj *code, Obj *globals, Obj *qualname);
Obj *method_new(Obj *func, Obj *self);
Obj *cell_new(Obj *value);       /* value borrowed, may be NULL */
FrameObj *frame_new(CodeObj *code, Obj *globals, Obj *locals);
CodeObj *code_new(CodeKind kind, const sym_scope *scope, const char *name, Obj *qualname,
                  int firstlineno);

/* Class machinery (class.c). */
Obj *class_new(Obj *name, Obj *bases, Obj *ns);
int class_init_subclass(Obj *cls, Obj *kwargs);
Obj *super_new_for(Obj *unused, Obj *obj, TypeObj *type);
Obj *call_with_self(Obj *f, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* Frees the evaluator's caches (end of a run). */
void eval_reset(void);

/* An interned str for an identifier of the AST (borrowed, cached). */
Obj *eval_name(const char *id);

/* Write program output / error text through the host's callbacks
 * (runtime.c). */
void rt_write_stdout(const char *s, size_t n);
void rt_write_stderr(const char *s, size_t n);
/* Emit "main.py:LINE: Category: message" (warnings path, runtime.c). */
void rt_warn(TypeObj *category, Obj *message);
/* The text of source line `lineno` (1-based) of main.py; *len its length
 * without the newline.  NULL if out of range. */
const char *rt_source_line(int lineno, size_t *len);

#endif
