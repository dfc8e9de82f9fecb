/* frame.c - frames: allocation from free lists (a plain call allocates
 * nothing once the program has warmed up), positions, and the frame
 * object Python sees (f_lineno, f_locals, ...).
 *
 * Global state: the free lists, one per size bucket.
 */
#include "vm/vm.h"

#include <string.h>

#include "objects/gc.h"
#include "objects/types.h"
#include "vm/generator.h"

/* Frames are kept for reuse by size: bucket b holds frames of exactly
 * b * FRAME_GRAIN slots (localsplus + stack).  Larger frames are freed. */
#define FRAME_GRAIN 2
#define FRAME_BUCKETS 32
#define FRAME_KEEP 64                   /* frames kept per bucket */

static FrameObj *free_frames[FRAME_BUCKETS];
static int nfree[FRAME_BUCKETS];

FrameObj *frame_new(CodeObj *code, Obj *globals, Obj *locals)
{
    size_t size = (size_t)code->nslots + (size_t)code->stacksize;
    size_t bucket = (size + FRAME_GRAIN - 1) / FRAME_GRAIN;
    FrameObj *f = NULL;
    if (bucket < FRAME_BUCKETS && free_frames[bucket]) {
        f = free_frames[bucket];
        free_frames[bucket] = f->back;
        nfree[bucket]--;
        f->ob.refcnt = 1;
        memset(f->slots, 0, (size_t)code->nslots * sizeof(Obj *));
    } else {
        size_t cap = bucket < FRAME_BUCKETS ? bucket * FRAME_GRAIN : size;
        if (!(f = (FrameObj *)obj_alloc(&Frame_Type, cap * sizeof(Obj *))))
            return NULL;
    }
    f->code = (CodeObj *)NEWREF((Obj *)code);
    f->globals = NEWREF(globals);
    f->locals = XNEWREF(locals);
    f->back = NULL;
    f->gen = NULL;
    f->ip = NULL;
    f->stmt_line = code->firstlineno;
    f->stacktop = 0;
    f->state = FRAME_CREATED;
    f->entry = 0;
    f->bucket = (uint16_t)(bucket < FRAME_BUCKETS ? bucket : FRAME_BUCKETS);
    f->nslots = code->nslots;
    return f;
}

static void frame_dealloc(Obj *o)
{
    FrameObj *f = (FrameObj *)o;
    Obj **s = f->slots;
    int n = f->nslots + f->stacktop;
    f->stacktop = 0;
    for (int i = 0; i < n; i++)
        CLEAR(s[i]);
    CLEAR(f->code);
    CLEAR(f->globals);
    CLEAR(f->locals);
    if (f->bucket < FRAME_BUCKETS && nfree[f->bucket] < FRAME_KEEP) {
        f->back = free_frames[f->bucket];
        free_frames[f->bucket] = f;
        nfree[f->bucket]++;
        return;
    }
    obj_free(o);
}

int frame_lineno(const FrameObj *f)
{
    if (!f->ip)
        return f->code->firstlineno;
    const CodePos *p = &f->code->pos[f->ip - f->code->instrs];
    return p->line > 0 ? p->line : f->stmt_line;
}

void frame_span(const FrameObj *f, int *line, int *col, int *end_line, int *end_col)
{
    const CodePos *p = f->ip ? &f->code->pos[f->ip - f->code->instrs] : NULL;
    if (!p || p->line <= 0) {
        *line = *end_line = frame_lineno(f);
        *col = *end_col = -1;
        return;
    }
    *line = p->line;
    *end_line = p->end_line;
    *col = p->col;
    *end_col = p->end_col;
}

Obj *frame_locals_dict(FrameObj *f)
{
    if (f->locals)
        return NEWREF(f->locals);
    Obj *d = dict_new();
    for (int i = 0; d && i < f->nslots; i++) {
        Obj *v = f->slots[i];
        if (v && f->code->slot_kinds[i] != SLOT_LOCAL && v->type == &Cell_Type)
            v = ((CellObj *)v)->ref;
        if (v && dict_setitem(d, f->code->slot_names[i], v) < 0)
            CLEAR(d);
    }
    return d;
}

/* ---- Python-visible attributes ---- */

static Obj *frame_get_lineno(Obj *o, void *c) { (void)c; return int_from_i64(frame_lineno((FrameObj *)o)); }
static Obj *frame_get_code(Obj *o, void *c) { (void)c; return NEWREF((Obj *)((FrameObj *)o)->code); }
static Obj *frame_get_globals(Obj *o, void *c) { (void)c; return NEWREF(((FrameObj *)o)->globals); }
static Obj *frame_get_locals(Obj *o, void *c) { (void)c; return frame_locals_dict((FrameObj *)o); }

static Obj *frame_get_back(Obj *o, void *c)
{
    (void)c;
    FrameObj *b = ((FrameObj *)o)->back;
    return b ? NEWREF((Obj *)b) : none_new();
}

static const GetSetDef frame_getset[] = {
    { "f_lineno", frame_get_lineno, NULL, NULL },
    { "f_code", frame_get_code, NULL, NULL },
    { "f_globals", frame_get_globals, NULL, NULL },
    { "f_locals", frame_get_locals, NULL, NULL },
    { "f_back", frame_get_back, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static Obj *frame_repr(Obj *o)
{
    FrameObj *f = (FrameObj *)o;
    return str_from_format("<frame at %p, file '%S', line %d, code %S>", (void *)f,
                           f->code->filename, frame_lineno(f), f->code->name);
}

/* A frame's references.  A frame that is executing is left out: its
 * value stack lives in the VM's registers (stacktop is not kept up to
 * date), and it is referred to from the running C code anyway.  (Frames
 * are tracked only once they may be garbage: a generator's from its
 * creation, others when they end still referred to, vm.c
 * frame_completed.) */
static void frame_traverse(Obj *o, GCVisitor *v)
{
    FrameObj *f = (FrameObj *)o;
    if (f->state == FRAME_EXECUTING)
        return;
    GC_VISIT(f->globals);
    GC_VISIT(f->locals);
    int n = f->nslots + f->stacktop;
    for (int i = 0; i < n; i++)
        GC_VISIT(f->slots[i]);
}

/* The collector's clear: the locals and the value stack of a frame that
 * does not run (a garbage generator's frame is never resumed again: its
 * generator is marked closed). */
static void frame_clear(Obj *o)
{
    FrameObj *f = (FrameObj *)o;
    if (f->state == FRAME_EXECUTING)
        return;
    if (f->gen && f->state == FRAME_SUSPENDED)
        ((GenObj *)f->gen)->state = GEN_CLOSED;
    if (f->state == FRAME_SUSPENDED)
        f->state = FRAME_COMPLETED;
    int n = f->nslots + f->stacktop;
    f->stacktop = 0;
    for (int i = 0; i < n; i++)
        CLEAR(f->slots[i]);
    CLEAR(f->locals);
}

/* Is o a generator's frame (part of the generator in CPython 3.11, not
 * an object the collector counts)? */
static bool frame_embedded(Obj *o)
{
    return o->type == &Frame_Type && ((FrameObj *)o)->gen != NULL;
}

void frame_gc_init(void) { gc_state.embedded = frame_embedded; }

TypeObj Frame_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "frame", .flags = TPF_GC_UNCOUNTED | TPF_GC_LAZY,
    .traverse = frame_traverse, .clear = frame_clear,
    .basicsize = sizeof(FrameObj), .dealloc = frame_dealloc, .repr = frame_repr,
    .getset = frame_getset,
};
