/* assemble.h - private to the compiler: the state of one unit being
 * compiled (compile.c fills it) and the assembler that turns it into a
 * code object (assemble.c): labels resolved to instruction indices, the
 * value-stack depth of every instruction computed by following the jumps
 * and handlers, and the exception table built from the handler each
 * instruction recorded.
 */
#ifndef CS_ASSEMBLE_H
#define CS_ASSEMBLE_H

#include <stdbool.h>

#include "compiler/code.h"
#include "parser/symtable.h"

#define MAX_HANDLERS 64         /* nested protected regions in one unit */

/* One instruction being assembled. */
typedef struct Instruction {
    Instr in;                   /* opcode (OP_STMT included) and argument */
    CodePos pos;                /* source span */
    int32_t label;              /* jumps: the target label until assembly, else -1 */
    int32_t handler;            /* innermost handler protecting it (index), -1: none */
} Instruction;

/* One exception handler of a unit. */
typedef struct HandlerDef {
    int label;                  /* where its code starts */
    int setup_at;               /* first instruction it protects: the stack
                                   depth there (+ adjust) is its depth */
    int adjust;                 /* -1 for `with` (the __enter__ result is dropped) */
} HandlerDef;

/* Constants or names without duplicates: items in first-added order. */
typedef struct ConstMap {
    Obj **items;                /* owned */
    int n, cap;
    int32_t *index;             /* open addressing: item index + 1, 0 empty */
    int isize;                  /* power of two */
} ConstMap;

/* Index of v in the map, adding it (a new reference) if absent; -1 on
 * out of memory.  Values are equal when of the same type with the same
 * value (0.0 and -0.0 differ, as in CPython's constant table). */
int constmap_add(ConstMap *m, Obj *v);
void constmap_free(ConstMap *m);

struct Compiler;
struct FBlock;

/* One code object being compiled. */
typedef struct Unit {
    struct Compiler *c;         /* the whole compilation (errors, file name) */
    struct Unit *parent;        /* enclosing unit, for qualified names */
    CodeKind kind;
    const sym_scope *scope;     /* its scope (NULL for module and eval code) */
    Obj *name, *qualname;       /* owned */
    int firstlineno;
    Instruction *code;          /* emitted instructions */
    int ncode, capcode;
    int *labels;                /* label -> instruction index (-1 until placed) */
    int nlabels, caplabels;
    HandlerDef *handlers;
    int nhandlers, caphandlers;
    int hstack[MAX_HANDLERS];   /* active handlers, innermost last */
    int hdepth;
    struct FBlock *fblocks;     /* what break/continue/return unwind (compile.c) */
    int nfblocks;
    ConstMap consts;            /* co_consts */
    ConstMap names;             /* co_names */
    Obj **caches;               /* the name of each inline cache (owned) */
    int ncaches, capcaches;
    CodePos loc;                /* position given to the next instruction */
    bool stmt_pending;          /* the next instruction starts a statement */
} Unit;

/* Builds the code object of a finished unit (steals doc, which may be
 * NULL).  NULL on out of memory. */
CodeObj *assemble(Unit *u, Obj *filename, Obj *doc);

/* Net stack effect of an instruction; `jump`: along its jump. */
int opcode_stack_effect(int op, int arg, bool jump);

#endif
