/* code.h - code objects: what the compiler makes from a scope of the AST
 * and the VM runs.
 *
 * A code object holds the instructions of one module, function, lambda,
 * class body or comprehension (opcodes.h), with everything they refer to:
 * constants, names, inline caches, the exception table, and the source
 * position of every instruction (CPython 3.11's co_positions, for
 * tracebacks with carets).  It also fixes the layout of a frame running it:
 * nslots "localsplus" slots (parameters and locals, then cells, then free
 * variables, as symtable.h lays them out) followed by stacksize slots of
 * value stack.
 *
 * Code objects are immutable once made, except for their inline caches
 * (which only ever hold borrowed pointers checked against version tags).
 */
#ifndef CS_CODE_H
#define CS_CODE_H

#include "compiler/opcodes.h"
#include "objects/object.h"

/* Which construct a code object comes from (co_name shows it too). */
typedef enum CodeKind {
    CODE_MODULE,      /* the main program */
    CODE_FUNCTION,    /* def / async def */
    CODE_LAMBDA,      /* lambda */
    CODE_CLASS,       /* class body */
    CODE_COMP,        /* comprehension or generator expression */
    CODE_EVAL         /* eval() of an expression string */
} CodeKind;

/* Flags (CodeObj.flags).  co_flags shows CPython's bits for them. */
enum {
    CO_GENERATOR = 1,           /* calling it makes a generator */
    CO_COROUTINE = 2,           /* ... a coroutine (async def) */
    CO_ASYNC_GENERATOR = 4,     /* ... an async generator */
    CO_ITERABLE_COROUTINE = 8,  /* @types.coroutine generator: awaitable */
    CO_VARARGS = 16,            /* has *args */
    CO_VARKEYWORDS = 32,        /* has **kwargs */
    CO_CELL_PARAMS = 64,        /* some parameter is captured (wrapped in a cell on entry) */
    CO_GEN_ANY = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR
};

/* Kinds of localsplus slots (the symtable's SYM_LOCAL/SYM_CELL/SYM_FREE). */
enum { SLOT_LOCAL = 1, SLOT_CELL = 5, SLOT_FREE = 4 };

/* Source span of one instruction; line 0: none of its own (the frame's
 * current statement line stands for it, as for an implicit return). */
typedef struct CodePos {
    int32_t line;          /* first line of the span */
    int32_t end_line;      /* last line */
    int16_t col;           /* UTF-8 byte column of its start, -1: unknown */
    int16_t end_col;       /* byte column just past its end */
    int32_t stmt_line;     /* line of the statement it belongs to */
} CodePos;

/* One exception-table entry: instructions [start, end) are protected by
 * the handler at `target`, entered with the value stack cut to `depth`
 * entries and the exception pushed.  Entries are sorted and disjoint. */
typedef struct ExcEntry {
    uint32_t start, end;   /* instruction indices */
    uint32_t target;       /* first instruction of the handler */
    uint32_t depth;        /* value-stack depth at the handler */
} ExcEntry;

/* An inline cache: the name an instruction looks up and what the last
 * lookup found.  LOAD_GLOBAL and LOAD_NAME cache dict entry indices
 * checked against dict keys versions; LOAD_ATTR and LOAD_METHOD cache
 * what the type's MRO holds, checked against the type and the global
 * type-attribute epoch. */
typedef struct NameCache {
    Obj *name;             /* the attribute or global name (interned, owned) */
    uint64_t version;      /* globals keys version, or type epoch (0: empty) */
    uint64_t version2;     /* builtins keys version */
    void *type;            /* LOAD_ATTR/LOAD_METHOD: the type it was for */
    Obj *found;            /* what the MRO holds (borrowed), NULL: nothing */
    int32_t index;         /* entry index in globals (or builtins, see `in_builtins`) */
    int32_t in_builtins;   /* the name is in builtins, not in globals */
} NameCache;

typedef struct CodeObj {
    Obj ob;
    CodeKind kind;         /* which construct */
    int flags;             /* CO_* */
    Obj *name;             /* co_name */
    Obj *qualname;         /* co_qualname */
    Obj *doc;              /* a function's docstring or NULL */
    Obj *filename;         /* co_filename: "main.py", or "<string>" for eval() */
    int firstlineno;       /* co_firstlineno (the first decorator's line) */
    /* signature */
    int argcount;          /* positional parameters, positional-only included */
    int posonlyargcount;
    int kwonlyargcount;
    /* frame layout */
    int nlocals;           /* parameters and locals (co_varnames) */
    int ncells;            /* cells that are not parameters */
    int nfrees;            /* free variables (copied from the closure) */
    int nslots;            /* nlocals + ncells + nfrees */
    int stacksize;         /* value-stack slots a frame needs */
    Obj **slot_names;      /* [nslots] interned names */
    uint8_t *slot_kinds;   /* [nslots] SLOT_LOCAL / SLOT_CELL / SLOT_FREE */
    int class_cell_slot;   /* class body: slot of the __class__ cell, or -1 */
    /* instructions and what they use */
    Instr *instrs;         /* [ninstrs] */
    int ninstrs;
    CodePos *pos;          /* [ninstrs] */
    Obj **consts;          /* [nconsts] owned */
    int nconsts;
    Obj **names;           /* [nnames] interned, owned */
    int nnames;
    NameCache *caches;     /* [ncaches] */
    int ncaches;
    ExcEntry *exctable;    /* [nexc] sorted by start */
    int nexc;
    /* CPython 3.11 quickens a code object at its 8th RESUME (a call or a
     * generator resume), and its specialised calls then skip some
     * recursion checks: counted here (saturating at CODE_WARMUP), so a
     * RecursionError comes at CPython's depth with CPython's message. */
    uint8_t warmup;
} CodeObj;

#define CODE_WARMUP 8

extern TypeObj Code_Type;

/* Makes an empty code object (fields filled by the compiler). */
CodeObj *code_alloc(CodeKind kind, Obj *name, Obj *qualname, Obj *filename, int firstlineno);

/* Position of instruction i; the handler entry covering it (NULL: none). */
static inline const CodePos *code_pos(const CodeObj *c, int i) { return &c->pos[i]; }
const ExcEntry *code_handler_for(const CodeObj *c, int i);

#endif
