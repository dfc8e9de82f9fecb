/* assemble.c - from a unit's instruction list to a code object: jump
 * targets, stack depths, the exception table, and the constant and name
 * tables (see assemble.h).
 */
#include "compiler/assemble.h"

#include <string.h>

#include "objects/types.h"

/* ------------------------------------------------------------------ */
/* Constant tables                                                     */
/* ------------------------------------------------------------------ */

static hash_t const_hash(Obj *v)
{
    if (FLOAT_CHECK(v) && OBJ_TYPE(v) == &Float_Type) {
        double d = FLOAT_VAL(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return (hash_t)(bits ^ (bits >> 29));
    }
    if (OBJ_TYPE(v) == &Tuple_Type) {
        uint64_t h = 0x345678;
        for (size_t i = 0; i < TUPLE_SIZE(v); i++)
            h = (h ^ (uint64_t)const_hash(TUPLE_ITEM(v, i))) * 1000003u;
        return (hash_t)h;
    }
    if (OBJ_TYPE(v) == &Str_Type)
        return str_hash(v);
    if (OBJ_TYPE(v) == &Bytes_Type)
        return types_hash_bytes(BYTES_DATA(v), BYTES_SIZE(v));
    if (OBJ_TYPE(v) == &Int_Type && INT_IS_SMALL(v))
        return (hash_t)INT_SMALL(v);
    return (hash_t)((uintptr_t)v >> 4);
}

static bool const_equal(Obj *a, Obj *b)
{
    if (a == b)
        return true;
    if (OBJ_TYPE(a) != OBJ_TYPE(b))
        return false;
    TypeObj *t = OBJ_TYPE(a);
    if (t == &Str_Type)
        return str_eq(a, b);
    if (t == &Bytes_Type)
        return BYTES_SIZE(a) == BYTES_SIZE(b) &&
               memcmp(BYTES_DATA(a), BYTES_DATA(b), BYTES_SIZE(a)) == 0;
    if (t == &Float_Type)
        return memcmp(&((FloatObj *)a)->value, &((FloatObj *)b)->value, sizeof(double)) == 0;
    if (t == &Int_Type) {
        int r = obj_compare_bool(a, b, CMP_EQ);
        err_clear();
        return r == 1;
    }
    if (t == &Tuple_Type) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b))
            return false;
        for (size_t i = 0; i < TUPLE_SIZE(a); i++)
            if (!const_equal(TUPLE_ITEM(a, i), TUPLE_ITEM(b, i)))
                return false;
        return true;
    }
    return false;
}

static int constmap_grow(ConstMap *m)
{
    int nsize = m->isize ? m->isize * 2 : 32;
    int32_t *ni = mem_calloc((size_t)nsize, sizeof *ni);
    if (!ni)
        return -1;
    for (int k = 0; k < m->n; k++) {
        size_t j = (size_t)const_hash(m->items[k]) & (size_t)(nsize - 1);
        while (ni[j])
            j = (j + 1) & (size_t)(nsize - 1);
        ni[j] = k + 1;
    }
    mem_free(m->index, 0);
    m->index = ni;
    m->isize = nsize;
    return 0;
}

int constmap_add(ConstMap *m, Obj *v)
{
    if ((m->n + 1) * 2 > m->isize && constmap_grow(m) < 0)
        return -1;
    size_t mask = (size_t)m->isize - 1, j = (size_t)const_hash(v) & mask;
    for (; m->index[j]; j = (j + 1) & mask)
        if (const_equal(m->items[m->index[j] - 1], v))
            return m->index[j] - 1;
    if (m->n == m->cap) {
        int ncap = m->cap ? m->cap * 2 : 8;
        Obj **ni = mem_realloc(m->items, (size_t)m->cap * sizeof *ni, (size_t)ncap * sizeof *ni);
        if (!ni)
            return -1;
        m->items = ni;
        m->cap = ncap;
    }
    m->items[m->n] = NEWREF(v);
    m->index[j] = m->n + 1;
    return m->n++;
}

void constmap_free(ConstMap *m)
{
    for (int i = 0; i < m->n; i++)
        XDECREF(m->items[i]);
    mem_free(m->items, 0);
    mem_free(m->index, 0);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ */
/* Stack effects                                                       */
/* ------------------------------------------------------------------ */

static int popcount(int x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

int opcode_stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE:
    case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_JUMP:
    case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE: case OP_CHECK_EXC_MATCH:
    case OP_EXC_CAUGHT: case OP_UNSUPPORTED: case OP_SETUP_ANNOTATIONS:
        return 0;
    case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
    case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS: case OP_PUSH_EXC_INFO:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM: case OP_GET_LEN: case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_RETURN_VALUE:
    case OP_RERAISE: case OP_POP_EXCEPT: case OP_IMPORT_STAR: case OP_PREP_RERAISE_STAR:
        return -1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND: case OP_CHECK_EG_MATCH:
        return jump ? -1 : 0;
    case OP_ASYNC_GEN_WRAP: case OP_GET_AITER:
        return 0;
    case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
        return 1;
    case OP_END_ASYNC_FOR:
        return -2;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_STRING: case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_SET:
        return 1 - (arg >> 1);
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_CALL:
        return -arg;
    case OP_CALL_METHOD:
        return -arg - 1;
    case OP_CALL_KW:
        return -(arg & 0xffff) - 1 - (arg >> 16);
    case OP_CALL_EX:
        return -1 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -popcount(arg);
    case OP_RAISE_VARARGS:
        return -arg;
    }
    return 0;
}

/* Does control never go on to the next instruction? */
static bool is_terminal(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE || op == OP_UNSUPPORTED;
}

static bool has_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP ||
           op == OP_FOR_ITER || op == OP_SEND || op == OP_CHECK_EG_MATCH;
}

/* ------------------------------------------------------------------ */
/* Depths                                                              */
/* ------------------------------------------------------------------ */

typedef struct Flow {
    Unit *u;
    int *depth;            /* [ncode + 1] stack depth before each instruction, -1 unknown */
    int *hdepth;           /* [nhandlers] depth of each handler, -1 unknown */
    int *work;             /* instructions to visit */
    int nwork;
    int max;               /* deepest stack seen */
    bool bad;              /* inconsistent depths: a compiler bug */
} Flow;

static void reach(Flow *f, int i, int d)
{
    if (d > f->max)
        f->max = d;
    if (d < 0 || i > f->u->ncode) {
        f->bad = true;
        return;
    }
    if (f->depth[i] >= 0) {
        if (f->depth[i] != d)
            f->bad = true;
        return;
    }
    f->depth[i] = d;
    f->work[f->nwork++] = i;
}

/* Follows every path from the first instruction (and every exception
 * edge to a handler) and records the stack depth before each
 * instruction. */
static void compute_depths(Flow *f)
{
    Unit *u = f->u;
    reach(f, 0, 0);
    while (f->nwork > 0 && !f->bad) {
        int i = f->work[--f->nwork];
        if (i == u->ncode)
            continue;
        const Instruction *in = &u->code[i];
        int op = INSTR_OP(in->in), arg = (int)INSTR_ARG(in->in), d = f->depth[i];
        int h = in->handler;
        if (h >= 0) {
            const HandlerDef *hd = &u->handlers[h];
            if (f->hdepth[h] < 0 && f->depth[hd->setup_at] >= 0)
                f->hdepth[h] = f->depth[hd->setup_at] + hd->adjust;
            if (f->hdepth[h] >= 0)
                reach(f, u->labels[hd->label], f->hdepth[h] + 1);
            else
                f->bad = true;
        }
        if (has_jump(op))
            reach(f, (int)INSTR_ARG(in->in), d + opcode_stack_effect(op, arg, true));
        if (!is_terminal(op))
            reach(f, i + 1, d + opcode_stack_effect(op, arg, false));
    }
}

/* ------------------------------------------------------------------ */
/* The code object                                                     */
/* ------------------------------------------------------------------ */

/* Jump arguments: labels become instruction indices. */
static bool resolve_labels(Unit *u)
{
    for (int i = 0; i < u->ncode; i++) {
        Instruction *in = &u->code[i];
        if (in->label < 0)
            continue;
        int target = u->labels[in->label];
        if (target < 0 || target > u->ncode)
            return false;
        in->in = (in->in & 0xff) | ((Instr)target << 8);
    }
    return true;
}

/* Drops the instructions no path reaches (the code after a return or a
 * raise, CPython drops it too), renumbering jump targets and labels. */
static void drop_unreachable(Unit *u, const int *depth)
{
    int n = 0;
    int *newi = mem_alloc(sizeof(int) * (size_t)(u->ncode + 1));
    if (!newi)
        return;                           /* keep them: harmless */
    for (int i = 0; i < u->ncode; i++) {
        newi[i] = n;
        if (depth[i] >= 0)
            n++;
    }
    newi[u->ncode] = n;
    for (int i = 0, k = 0; i < u->ncode; i++) {
        if (depth[i] < 0)
            continue;
        Instruction in = u->code[i];
        if (has_jump(INSTR_OP(in.in)))
            in.in = (in.in & 0xff) | ((Instr)newi[INSTR_ARG(in.in)] << 8);
        u->code[k++] = in;
    }
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= 0)
            u->labels[l] = newi[u->labels[l]];
    for (int h = 0; h < u->nhandlers; h++)
        u->handlers[h].setup_at = newi[u->handlers[h].setup_at];
    u->ncode = n;
    mem_free(newi, 0);
}

/* Runs of instructions with the same handler become table entries. */
static int build_exctable(Unit *u, CodeObj *c, const int *hdepth)
{
    int n = 0;
    for (int i = 0; i < u->ncode; i++)
        if (u->code[i].handler >= 0 && (i == 0 || u->code[i - 1].handler != u->code[i].handler))
            n++;
    if (!n)
        return 0;
    if (!(c->exctable = mem_calloc((size_t)n, sizeof *c->exctable)))
        return -1;
    int k = -1;
    for (int i = 0; i < u->ncode; i++) {
        int h = u->code[i].handler;
        if (h < 0)
            continue;
        if (i == 0 || u->code[i - 1].handler != h) {
            k++;
            c->exctable[k].start = (uint32_t)i;
            c->exctable[k].target = (uint32_t)u->labels[u->handlers[h].label];
            c->exctable[k].depth = hdepth[h] < 0 ? 0 : (uint32_t)hdepth[h];
        }
        c->exctable[k].end = (uint32_t)i + 1;
    }
    c->nexc = n;
    return 0;
}

/* The frame layout and signature from the scope. */
static int copy_layout(Unit *u, CodeObj *c)
{
    const sym_scope *s = u->scope;
    c->class_cell_slot = -1;
    if (!s || u->kind == CODE_MODULE || u->kind == CODE_EVAL)
        return 0;
    c->argcount = s->argcount;
    c->posonlyargcount = s->posonlyargcount;
    c->kwonlyargcount = s->kwonlyargcount;
    c->nlocals = s->nlocals;
    c->ncells = s->ncells;
    c->nfrees = s->nfrees;
    c->nslots = s->nlocalsplus;
    c->class_cell_slot = u->kind == CODE_CLASS ? s->class_cell_slot : -1;
    c->flags = (s->is_generator ? CO_GENERATOR : 0) | (s->is_coroutine ? CO_COROUTINE : 0) |
               (s->is_async_generator ? CO_ASYNC_GENERATOR : 0) |
               (s->has_varargs ? CO_VARARGS : 0) | (s->has_varkw ? CO_VARKEYWORDS : 0);
    if (!c->nslots)
        return 0;
    c->slot_names = mem_calloc((size_t)c->nslots, sizeof(Obj *));
    c->slot_kinds = mem_alloc((size_t)c->nslots);
    if (!c->slot_names || !c->slot_kinds)
        return -1;
    int nparams = s->argcount + s->kwonlyargcount + s->has_varargs + s->has_varkw;
    for (int i = 0; i < c->nslots; i++) {
        if (!(c->slot_names[i] = str_intern_cstr(s->slot_names[i])))
            return -1;
        c->slot_kinds[i] = s->slot_kinds[i] == SYM_CELL ? SLOT_CELL
                         : s->slot_kinds[i] == SYM_FREE ? SLOT_FREE : SLOT_LOCAL;
        if (i < nparams && c->slot_kinds[i] == SLOT_CELL)
            c->flags |= CO_CELL_PARAMS;
    }
    return 0;
}

/* Moves a map's items into a plain array (the map keeps nothing). */
static Obj **take_items(ConstMap *m, int *n)
{
    Obj **items = m->items;
    *n = m->n;
    m->items = NULL;
    m->n = m->cap = 0;
    return items;
}

static int fill_code(Unit *u, CodeObj *c, const int *hdepth)
{
    c->ninstrs = u->ncode;
    c->instrs = mem_alloc(sizeof(Instr) * (size_t)u->ncode);
    c->pos = mem_alloc(sizeof(CodePos) * (size_t)u->ncode);
    if (!c->instrs || !c->pos)
        return -1;
    for (int i = 0; i < u->ncode; i++) {
        c->instrs[i] = u->code[i].in;
        c->pos[i] = u->code[i].pos;
    }
    c->consts = take_items(&u->consts, &c->nconsts);
    c->names = take_items(&u->names, &c->nnames);
    if (u->ncaches) {
        if (!(c->caches = mem_calloc((size_t)u->ncaches, sizeof *c->caches)))
            return -1;
        for (int i = 0; i < u->ncaches; i++) {
            c->caches[i].name = u->caches[i];
            u->caches[i] = NULL;
        }
        c->ncaches = u->ncaches;
        u->ncaches = 0;
    }
    if (build_exctable(u, c, hdepth) < 0)
        return -1;
    return copy_layout(u, c);
}

CodeObj *assemble(Unit *u, Obj *filename, Obj *doc)
{
    CodeObj *c = NULL;
    Flow f = { .u = u, .max = 0 };
    f.depth = mem_alloc(sizeof(int) * (size_t)(u->ncode + 1));
    f.hdepth = mem_alloc(sizeof(int) * (size_t)(u->nhandlers + 1));
    f.work = mem_alloc(sizeof(int) * (size_t)(u->ncode + 1));
    if (!f.depth || !f.hdepth || !f.work || !resolve_labels(u))
        goto done;
    memset(f.depth, -1, sizeof(int) * (size_t)(u->ncode + 1));
    memset(f.hdepth, -1, sizeof(int) * (size_t)(u->nhandlers + 1));
    compute_depths(&f);
    if (f.bad) {
        err_set(Exc_RuntimeError, "compiler: inconsistent stack depth");
        goto done;
    }
    drop_unreachable(u, f.depth);
    c = code_alloc(u->kind, u->name, u->qualname, filename, u->firstlineno);
    if (!c)
        goto done;
    c->stacksize = f.max;
    c->doc = doc;
    doc = NULL;
    if (fill_code(u, c, f.hdepth) < 0)
        CLEAR(c);
done:
    XDECREF(doc);
    mem_free(f.depth, 0);
    mem_free(f.hdepth, 0);
    mem_free(f.work, 0);
    return c;
}
