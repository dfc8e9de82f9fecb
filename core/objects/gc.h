/* gc.h - the cycle collector: reference counting frees everything but
 * cycles; this finds the cycles nothing outside them refers to and frees
 * them, with CPython 3.11's algorithm (Modules/gcmodule.c).
 *
 * Containers.  A type whose `traverse` slot is set is a container: each
 * instance gets a GC header in front of it (obj_alloc), which links it
 * into one of three generation lists while it is "tracked".  Objects
 * that cannot refer to others (int, str, float, bytes, code ...) have no
 * traverse and cost nothing.  Instances of classes (heap types) are always
 * containers.  Tracking starts at allocation, or later for the
 * TPF_GC_LAZY types (a dict when a container is first put in it, as
 * CPython; a frame when it may become garbage: a generator's, or one that
 * ends still referred to), and ends when the dealloc starts (obj_dealloc);
 * tuples and dicts holding only atoms are untracked again by a
 * collection.  traverse must report only references the object OWNS
 * (GC_VISIT): a missing one keeps its target alive, a borrowed one would
 * free a live object.
 *
 * Collections.  Allocating a container adds one to generation 0's count,
 * freeing one takes one off; past the threshold (700, then 10 and 10 for
 * the older generations, CPython's defaults) a collection is due.  It
 * never runs at the allocation: it sets gc_pending, and the VM runs it at
 * its next safe point (a statement's start or a loop's next item: see
 * vm.c), where running Python code (the finalizers, gc.callbacks) is as
 * safe as a call.  gc.collect() collects at once, from its caller's safe
 * point.  A collection: gc_refs = refcount, minus the references from
 * inside the generation; those left above zero are reachable from outside,
 * and so is what they reach; the rest is garbage.  Then PEP 442:
 * finalizers run (each object's at most once: a FINALIZED bit in its
 * header), objects a finalizer made reachable again survive, and the
 * `clear` slots of the others break their cycles (refcounting frees
 * them).
 *
 * The wasm build pauses only at trace events; a finalizer run by the
 * collector may hit one, so the collector's functions are on the stack at
 * that pause (the Asyncify list includes them from the call graph); the
 * collector's lists stay consistent across any Python code a finalizer
 * runs, as CPython's do.
 *
 * Global state: gc_state (the generation lists, counts, thresholds,
 * gc.garbage, gc.callbacks, statistics) and gc_pending.  It persists across
 * runs; gc_begin_run restores the settings a program may change.
 */
#ifndef CS_GC_H
#define CS_GC_H

#include "objects/object.h"

/* The header in front of a container.  next == NULL: not tracked.  bits:
 * the flags below, and gc_refs (<< GC_REFS_SHIFT) during a collection.
 * The union keeps the object after it 8-byte aligned. */
typedef union GCHead {
    struct {
        union GCHead *next, *prev;
        uintptr_t bits;
    } h;
    int64_t align_i;
    double align_d;
} GCHead;

#define GC_HEAD(o) ((GCHead *)(o) - 1)
#define GC_OBJ(g) ((Obj *)((GCHead *)(g) + 1))

/* Has o a GC header?  Its type has a traverse slot, except for the
 * statically allocated objects of such types: the C types (instances of
 * `type`) and the empty tuple. */
static inline bool obj_is_gc(Obj *o)
{
    TypeObj *t = o->type;
    if (!t->traverse)
        return false;
    if (t->flags & TPF_TYPE_SUBCLASS)
        return (((TypeObj *)o)->flags & TPF_HEAPTYPE) != 0;
    return o != obj_empty_tuple;
}

static inline bool gc_is_tracked(Obj *o)
{
    return obj_is_gc(o) && GC_HEAD(o)->h.next != NULL;
}

/* What a traversal does with each reference (gc.c). */
typedef enum GCVisitKind {
    GCV_DECREF,         /* subtract_refs */
    GCV_REACHABLE,      /* move_unreachable */
    GCV_TRACKED,        /* any referent that may be tracked? */
    GCV_REFERENTS,      /* append each referent to a list */
    GCV_REFERS_TO       /* is one of the targets a referent? */
} GCVisitKind;

struct GCVisitor {
    GCVisitKind kind;
    bool gc_only;               /* only containers matter (the collection) */
    union GCHead *young;        /* GCV_REACHABLE: where reachable objects go back */
    Obj *list;                  /* GCV_REFERENTS */
    Obj *const *targets;        /* GCV_REFERS_TO */
    size_t ntargets;
    bool found;                 /* GCV_TRACKED, GCV_REFERS_TO */
    bool failed;                /* GCV_REFERENTS: out of memory */
};

/* A traverse function reports each owned reference with GC_VISIT (v is
 * its GCVisitor * argument); a collection skips atoms inline. */
void gc_visit(Obj *o, GCVisitor *v);
#define GC_VISIT(x) do { Obj *gv_ = (Obj *)(x); \
        if (gv_ && (!v->gc_only || obj_is_gc(gv_))) gc_visit(gv_, v); } while (0)

/* Start / stop tracking a container (no-op if it already is / is not). */
void gc_track(Obj *o);
void gc_untrack(Obj *o);
/* CPython's _PyObject_GC_MAY_BE_TRACKED: could o be part of a cycle (a
 * container, a tuple only while tracked)?  Dicts track themselves when
 * such a value or key goes in. */
bool gc_may_be_tracked(Obj *o);

/* obj_alloc / obj_free of a container (objects/object.c): the block with
 * its header, linked into generation 0 (unless `lazy`), counted towards
 * the next collection (unless its type is TPF_GC_UNCOUNTED). */
Obj *gc_alloc_object(size_t size, bool lazy, bool counted);
void gc_free_object(Obj *o, bool counted);
/* The size obj_alloc asked for o (without the header). */
size_t gc_object_size(Obj *o);

/* PEP 442 from a dealloc (CPython's PyObject_CallFinalizerFromDealloc):
 * if o's type has a finalizer not yet run for o, run it with o revived
 * (and tracked) for the duration.  True: it resurrected o (the dealloc
 * must stop).  o->refcnt must be 0. */
bool obj_finalize_from_dealloc(Obj *o);
/* Has o's finalizer run (gc.is_finalized)? */
bool gc_is_finalized(Obj *o);

/* A collection is due: the VM calls gc_collect_pending at its next safe
 * point. */
extern bool gc_pending;
void gc_collect_pending(void);

#define GC_GENERATIONS 3

enum { GC_DEBUG_STATS = 1, GC_DEBUG_COLLECTABLE = 2, GC_DEBUG_UNCOLLECTABLE = 4,
       GC_DEBUG_SAVEALL = 32 };

typedef struct GCGeneration {
    GCHead head;                 /* the list of its objects */
    int64_t threshold;           /* gen 0: allocations; older: collections
                                    of the younger one */
    int64_t count;
} GCGeneration;

typedef struct GCStats {
    int64_t collections, collected, uncollectable;
} GCStats;

typedef struct GCState {
    GCGeneration gen[GC_GENERATIONS];
    GCHead permanent;            /* gc.freeze()'s objects: never collected */
    bool enabled;                /* automatic collections */
    bool collecting;             /* a collection runs: no other starts */
    int debug;                   /* gc.set_debug flags */
    int64_t long_lived_total;    /* objects that survived the last full collection */
    int64_t long_lived_pending;  /* objects moved to gen 2 since */
    GCStats stats[GC_GENERATIONS];
    Obj *garbage;                /* gc.garbage (a list, made on first use) */
    Obj *callbacks;              /* gc.callbacks (a list, made on first use) */
    /* Is o a part of another object in CPython's layout (a generator's
     * frame): not counted as an object of its own?  Set by the VM. */
    bool (*embedded)(Obj *o);
    /* Where gc.set_debug's reports go (stderr; set by the gc module). */
    void (*debug_write)(const char *text, size_t len);
} GCState;

extern GCState gc_state;

/* A collection of generations 0..generation (the callbacks told).  Returns
 * the number of unreachable objects found (CPython's count; see gc.c), 0
 * if a collection is already running.  Never fails (errors of finalizers
 * and callbacks are printed as unraisable). */
int64_t gc_collect(int generation);
/* Collection at the end of a run (CPython's _PyGC_CollectNoFail): a full
 * one, even when automatic collection is disabled. */
int64_t gc_collect_final(void);
/* gc.garbage / gc.callbacks (borrowed; made on first use; NULL + error). */
Obj *gc_garbage_list(void);
Obj *gc_callbacks_list(void);
/* gc.get_objects(generation or -1 for all), get_referents(o), and
 * whether o refers to target (for get_referrers).  New list / NULL. */
Obj *gc_objects_list(int generation);
int gc_referents(Obj *o, Obj *out_list);
/* The tracked objects referring to any of the targets: a new list. */
Obj *gc_referrers(Obj *const *targets, size_t n);
/* gc.freeze() / unfreeze() / get_freeze_count(). */
void gc_freeze(void);
void gc_unfreeze(void);
int64_t gc_freeze_count(void);

/* Each run starts as a new interpreter would, and collects at the same
 * points whatever ran before it in this engine: the settings back to
 * their defaults (enabled, thresholds, debug), the counts and statistics
 * at zero, what is tracked all in the oldest generation; at the end,
 * gc.garbage and gc.callbacks are forgotten. */
void gc_begin_run(void);
void gc_end_run(void);

#endif
