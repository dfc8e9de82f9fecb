/* vm.h - the virtual machine: frames, functions, and the interpreter loop
 * that runs code objects (compiler/code.h).
 *
 * Frames live on the heap.  A Python-to-Python call pushes a new frame
 * inside the running loop (vm_execute does not recurse in C for it), so
 * the C stack does not grow with Python call depth.  C re-enters the loop
 * only where C code calls Python code: a builtin calling a key function,
 * a dunder bridge (__init__, __repr__, ...), a generator being resumed.
 *
 * Generators, coroutines (vm/generator.h) keep their frame on the heap
 * when they suspend; resuming one runs the loop on that frame again.
 *
 * Uses: compiler (code objects, and compiling for eval()), objects, coro
 * (stack segments), parser (eval()), base.
 *
 * Global state: `ev`, the interpreter state of the one running program.
 */
#ifndef CS_VM_H
#define CS_VM_H

#include "compiler/code.h"
#include "objects/interp.h"
#include "objects/object.h"

/* ---- frames ---------------------------------------------------------- */

/* Where a frame is in its life (CPython's _PyFrameState). */
typedef enum FrameState {
    FRAME_CREATED,       /* made, arguments bound, not run yet */
    FRAME_EXECUTING,     /* on the frame chain (running, or calling out) */
    FRAME_SUSPENDED,     /* a generator's frame stopped at a yield */
    FRAME_COMPLETED      /* returned or raised */
} FrameState;

typedef struct FrameObj {
    Obj ob;
    CodeObj *code;               /* what runs (owned) */
    Obj *globals;                /* the module namespace (owned) */
    Obj *locals;                 /* class/module/eval namespace (owned), or NULL */
    struct FrameObj *back;       /* the frame that called or resumed it, while
                                    it runs (borrowed), else NULL */
    Obj *gen;                    /* the generator owning it (borrowed), or NULL */
    const Instr *ip;             /* instruction executing, or the yield it is
                                    suspended at; NULL before the first */
    int32_t stmt_line;           /* line of the statement executing */
    int32_t stacktop;            /* values on the stack while not executing */
    uint8_t state;               /* FrameState */
    uint8_t entry;               /* run by a C call of vm_execute (its return
                                    goes back to C, not to a caller frame) */
    uint16_t bucket;             /* free-list bucket of its size */
    int32_t nslots;              /* localsplus slots */
    Obj *slots[];                /* localsplus, then the value stack */
} FrameObj;

extern TypeObj Frame_Type;

/* The line a frame is at (f_lineno): its instruction's line, or its
 * statement's for instructions without one, or the first line before it
 * starts. */
int frame_lineno(const FrameObj *f);
/* The source span of the instruction a frame is at (for tracebacks). */
void frame_span(const FrameObj *f, int *line, int *col, int *end_line, int *end_col);

/* A frame for `code` with empty slots (from a free list when it can). */
FrameObj *frame_new(CodeObj *code, Obj *globals, Obj *locals);
/* f_locals: a snapshot dict of a function frame's bound slots, or its
 * namespace. */
Obj *frame_locals_dict(FrameObj *f);
/* Tells the cycle collector which frames are parts of generators (they
 * are not counted as objects of their own, as in CPython 3.11). */
void frame_gc_init(void);

/* ---- functions, cells, bound methods ---------------------------------- */

/* A cell: one captured variable shared by a scope and its inner ones. */
typedef struct CellObj {
    Obj ob;
    Obj *ref;                    /* the value, NULL when unbound */
} CellObj;

typedef struct FunctionObj {
    Obj ob;
    CodeObj *code;               /* __code__ (owned) */
    Obj *globals;                /* __globals__ (owned) */
    Obj *defaults;               /* __defaults__ tuple or NULL */
    Obj *kwdefaults;             /* __kwdefaults__ dict or NULL */
    Obj *annotations;            /* __annotations__ dict or NULL (made on first read) */
    Obj *closure;                /* tuple of cells, one per free var, or NULL */
    Obj *name;                   /* __name__ */
    Obj *qualname;               /* __qualname__ */
    Obj *module;                 /* __module__ */
    Obj *doc;                    /* __doc__ or NULL */
    Obj *dict;                   /* __dict__ (lazily created) */
    int flags;                   /* code->flags, plus CO_ITERABLE_COROUTINE */
} FunctionObj;

extern TypeObj Function_Type, Cell_Type;

Obj *func_new(CodeObj *code, Obj *globals);
Obj *cell_new(Obj *value);       /* value borrowed, may be NULL */

/* A frame for calling fn with these arguments (vectorcall layout, self
 * prepended when not NULL): slots bound with CPython's rules and
 * messages, cells made, free variables copied.  NULL + TypeError. */
FrameObj *func_frame_for_call(FunctionObj *fn, Obj *self, Obj *const *args, size_t nargs,
                              Obj *kwnames);

/* __build_class__(func, name, *bases, **kwds): runs the class body and
 * makes the class. */
extern const MethodDef vm_build_class_def;

/* ---- the interpreter state -------------------------------------------- */

/* The handled-exception chain (sys.exc_info()): one record for the main
 * program and one per generator/coroutine (CPython's _PyErr_StackItem).
 * `value` is the exception being handled by an except or finally block
 * running in that context (NULL or None: none); `prev` links to the
 * resumer's record. */
typedef struct ExcInfo {
    Obj *value;                  /* owned, or NULL */
    struct ExcInfo *prev;        /* enclosing context or NULL */
} ExcInfo;

typedef struct EvalState {
    FrameObj *frame;             /* innermost running frame, or NULL */
    int depth;                   /* nesting counted by rec_enter and calls */
    int limit;                   /* recursion limit (sys.setrecursionlimit) */
    int c_depth;                 /* C re-entries of the loop (vm_execute nesting) */
    int c_rec;                   /* C-recursive calls nested now (rec_enter, c_rec_enter) */
    int c_rec_base;              /* ... when the running stack segment started */
    ExcInfo *excinfo;            /* current handled-exception record */
    ExcInfo base_excinfo;        /* the main program's record */
    Obj *builtins;               /* the builtins module's dict */
    Obj *modules;                /* sys.modules */
    const char *src;             /* program text (for traceback lines) */
    size_t src_len;              /* its length */
    const char *filename;        /* "main.py" */
    uint64_t steps;              /* steps counted (statements, loop items) */
    uint64_t step_budget;        /* 0 = unlimited */
    bool deadlocked;             /* the event loop ended the run (run_stop_deadlock) */
    bool output_capped;          /* the program wrote its output limit (output.c) */
    bool aborted;                /* the host ends the run (run_abort) */
} EvalState;
extern EvalState ev;

/* ---- running code ------------------------------------------------------ */

/* Runs frame f until it returns, raises or (a generator's frame) yields.
 * A created frame starts at its first instruction; a suspended one
 * resumes at its yield with `send` (borrowed; NULL: None) as the value of
 * the yield, or with `throw_exc` (borrowed) raised there.  Returns the
 * value returned or yielded (new reference; f->state says which), or
 * NULL with an exception pending. */
Obj *vm_execute(FrameObj *f, Obj *send, Obj *throw_exc);

/* Calls a Python function from C (the call slot of functions). */
Obj *vm_call_function(Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

/* eval(source, globals, locals) of an expression string: its value, or
 * NULL (SyntaxError for a statement or bad syntax, as CPython's eval). */
Obj *eval_source(Obj *source, Obj *globals, Obj *locals);

/* Compiles src[0..len) as a module whose frames show `filename` and runs
 * it in `globals` (a library module written in Python).  Its value
 * (None), or NULL with the exception (SyntaxError if it does not
 * compile). */
Obj *exec_module_source(const char *src, size_t len, Obj *filename, Obj *globals);

/* compile(source, filename, mode): a code object for mode "exec", "eval"
 * or "single" (whose expression statements call displayhook(value)), or
 * NULL with CPython's SyntaxError naming filename. */
Obj *compile_source(Obj *source, Obj *filename, const char *mode, Obj *displayhook);
/* Runs a code object from compile() in globals/locals: its value. */
Obj *exec_code(Obj *code, Obj *globals, Obj *locals);

/* Readies the VM's types (once). 0/-1. */
int vm_init(void);
/* Resets the interpreter state for a run of src[0..len) named filename
 * with a step budget (0: none); vm_end_run drops what the run left. */
void vm_begin_run(const char *src, size_t len, const char *filename, uint64_t step_budget);
void vm_end_run(void);

/* sys.modules and the builtins module's dict (borrowed; made by
 * modules/ at start-up through vm_set_modules). */
Obj *vm_modules(void);
Obj *vm_builtins(void);
void vm_set_modules(Obj *modules, Obj *builtins);   /* steals both */

/* `import name` (IMPORT_NAME): modules/ sets it at start-up. */
extern Obj *(*vm_import_hook)(const char *name);

#endif
