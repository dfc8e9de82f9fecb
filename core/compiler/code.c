/* code.c - the code object type: allocation, the exception-table lookup,
 * and the attributes Python sees (co_name, co_varnames, ...).
 */
#include "compiler/code.h"

#include "objects/types.h"

static const char *const opcode_names[] = {
#define OPCODE_NAME_(name, doc) #name,
    OPCODES(OPCODE_NAME_)
#undef OPCODE_NAME_
};

const char *opcode_name(int op)
{
    return op >= 0 && op < OP_COUNT ? opcode_names[op] : "?";
}

CodeObj *code_alloc(CodeKind kind, Obj *name, Obj *qualname, Obj *filename, int firstlineno)
{
    CodeObj *c = (CodeObj *)obj_alloc(&Code_Type, 0);
    if (!c)
        return NULL;
    c->kind = kind;
    c->name = NEWREF(name);
    c->qualname = NEWREF(qualname);
    c->filename = NEWREF(filename);
    c->firstlineno = firstlineno;
    c->class_cell_slot = -1;
    return c;
}

static void code_dealloc(Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    XDECREF(c->name);
    XDECREF(c->qualname);
    XDECREF(c->filename);
    XDECREF(c->doc);
    for (int i = 0; i < c->nslots && c->slot_names; i++)
        XDECREF(c->slot_names[i]);
    for (int i = 0; i < c->nconsts; i++)
        XDECREF(c->consts[i]);
    for (int i = 0; i < c->nnames; i++)
        XDECREF(c->names[i]);
    for (int i = 0; i < c->ncaches; i++)
        XDECREF(c->caches[i].name);
    mem_free(c->slot_names, 0);
    mem_free(c->slot_kinds, 0);
    mem_free(c->instrs, 0);
    mem_free(c->pos, 0);
    mem_free(c->consts, 0);
    mem_free(c->names, 0);
    mem_free(c->caches, 0);
    mem_free(c->exctable, 0);
    obj_free(o);
}

const ExcEntry *code_handler_for(const CodeObj *c, int i)
{
    int lo = 0, hi = c->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const ExcEntry *e = &c->exctable[mid];
        if ((uint32_t)i < e->start)
            hi = mid;
        else if ((uint32_t)i >= e->end)
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

/* ---- Python-visible attributes ---- */

static Obj *code_get_name(Obj *o, void *x) { (void)x; return NEWREF(((CodeObj *)o)->name); }
static Obj *code_get_qualname(Obj *o, void *x) { (void)x; return NEWREF(((CodeObj *)o)->qualname); }
static Obj *code_get_file(Obj *o, void *x) { (void)x; return NEWREF(((CodeObj *)o)->filename); }
static Obj *code_get_line(Obj *o, void *x) { (void)x; return int_from_i64(((CodeObj *)o)->firstlineno); }
static Obj *code_get_argcount(Obj *o, void *x) { (void)x; return int_from_i64(((CodeObj *)o)->argcount); }

static Obj *code_get_flags(Obj *o, void *x)
{
    (void)x;
    int fl = ((CodeObj *)o)->flags;
    /* CPython's bits: OPTIMIZED|NEWLOCALS 0x3, VARARGS 0x4, VARKEYWORDS 0x8,
     * GENERATOR 0x20, COROUTINE 0x80, ITERABLE_COROUTINE 0x100,
     * ASYNC_GENERATOR 0x200 */
    int64_t v = ((fl & CO_VARARGS) ? 0x4 : 0) | ((fl & CO_VARKEYWORDS) ? 0x8 : 0) |
                ((fl & CO_GENERATOR) ? 0x20 : 0) | ((fl & CO_COROUTINE) ? 0x80 : 0) |
                ((fl & CO_ITERABLE_COROUTINE) ? 0x100 : 0) |
                ((fl & CO_ASYNC_GENERATOR) ? 0x200 : 0);
    return int_from_i64(v | 0x3);
}

static Obj *code_get_varnames(Obj *o, void *x)
{
    (void)x;
    CodeObj *c = (CodeObj *)o;
    return tuple_from_array(c->slot_names, (size_t)c->nlocals);
}

static const GetSetDef code_getset[] = {
    { "co_name", code_get_name, NULL, NULL },
    { "co_qualname", code_get_qualname, NULL, NULL },
    { "co_filename", code_get_file, NULL, NULL },
    { "co_firstlineno", code_get_line, NULL, NULL },
    { "co_flags", code_get_flags, NULL, NULL },
    { "co_varnames", code_get_varnames, NULL, NULL },
    { "co_argcount", code_get_argcount, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static Obj *code_repr(Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    return str_from_format("<code object %S at %p, file \"%S\", line %d>", c->name, (void *)c,
                           c->filename, c->firstlineno);
}

TypeObj Code_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "code",
    .basicsize = sizeof(CodeObj), .dealloc = code_dealloc, .repr = code_repr,
    .hash = obj_default_hash, .getset = code_getset,
};
