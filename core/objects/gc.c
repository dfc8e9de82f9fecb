/* gc.c - the cycle collector (see gc.h): the generation lists, tracking,
 * the collection (CPython 3.11's gc_collect_main: update_refs,
 * subtract_refs, move_unreachable, finalize_garbage,
 * handle_resurrected_objects, delete_garbage) and the helpers of the gc
 * module.
 *
 * Global state: gc_state, gc_pending (gc.h).
 */
#include "objects/gc.h"

#include <stdio.h>
#include <string.h>

#include "objects/interp.h"
#include "objects/types.h"

/* Header bits.  COLLECTING: in the generations being collected (its
 * gc_refs is meaningful); UNREACHABLE: in move_unreachable's tentative
 * list; FINALIZED: its finalizer ran. */
#define GC_COLLECTING ((uintptr_t)1)
#define GC_UNREACHABLE ((uintptr_t)2)
#define GC_FINALIZED ((uintptr_t)4)
#define GC_FLAGS ((uintptr_t)7)
#define GC_REFS_SHIFT 3
#define GC_REFS_MAX ((intptr_t)(UINTPTR_MAX >> (GC_REFS_SHIFT + 1)))

GCState gc_state;
bool gc_pending;

static bool gc_state_ready;

static void gcl_init(GCHead *l) { l->h.next = l->h.prev = l; }
static bool gcl_empty(GCHead *l) { return l->h.next == l; }

static void gc_state_init(void)
{
    if (gc_state_ready)
        return;
    for (int i = 0; i < GC_GENERATIONS; i++) {
        gcl_init(&gc_state.gen[i].head);
        gc_state.gen[i].threshold = i == 0 ? 700 : 10;
        gc_state.gen[i].count = 0;
    }
    gcl_init(&gc_state.permanent);
    gc_state.enabled = true;
    gc_state_ready = true;
}

/* ---- lists ---------------------------------------------------------- */

static void gcl_append(GCHead *n, GCHead *l)
{
    n->h.next = l;
    n->h.prev = l->h.prev;
    l->h.prev->h.next = n;
    l->h.prev = n;
}

static void gcl_unlink(GCHead *n)
{
    n->h.prev->h.next = n->h.next;
    n->h.next->h.prev = n->h.prev;
}

static void gcl_move(GCHead *n, GCHead *l)
{
    gcl_unlink(n);
    gcl_append(n, l);
}

/* Appends `from` to `to`; from becomes empty. */
static void gcl_merge(GCHead *from, GCHead *to)
{
    if (!gcl_empty(from)) {
        GCHead *tail = to->h.prev;
        tail->h.next = from->h.next;
        tail->h.next->h.prev = tail;
        to->h.prev = from->h.prev;
        to->h.prev->h.next = to;
    }
    gcl_init(from);
}

static int64_t gcl_size(GCHead *l)
{
    int64_t n = 0;
    for (GCHead *g = l->h.next; g != l; g = g->h.next)
        n++;
    return n;
}

static intptr_t gc_get_refs(GCHead *g) { return (intptr_t)(g->h.bits >> GC_REFS_SHIFT); }

static void gc_set_refs(GCHead *g, intptr_t r)
{
    g->h.bits = (g->h.bits & GC_FLAGS) | ((uintptr_t)r << GC_REFS_SHIFT);
}

/* ---- tracking and allocation ------------------------------------------ */

void gc_track(Obj *o)
{
    GCHead *g = GC_HEAD(o);
    if (g->h.next)
        return;
    gc_state_init();
    g->h.bits &= GC_FINALIZED;
    gcl_append(g, &gc_state.gen[0].head);
}

void gc_untrack(Obj *o)
{
    GCHead *g = GC_HEAD(o);
    if (!g->h.next)
        return;
    gcl_unlink(g);
    g->h.next = g->h.prev = NULL;
    g->h.bits &= GC_FINALIZED;
}

bool gc_may_be_tracked(Obj *o)
{
    if (!obj_is_gc(o))
        return false;
    if (o->type == &Tuple_Type)
        return GC_HEAD(o)->h.next != NULL;
    return true;
}

Obj *gc_alloc_object(size_t size, bool lazy, bool counted)
{
    gc_state_init();
    GCHead *g = mem_calloc(1, sizeof(GCHead) + size);
    if (!g)
        return NULL;
    if (!lazy)
        gcl_append(g, &gc_state.gen[0].head);
    GCGeneration *g0 = &gc_state.gen[0];
    if (counted && ++g0->count > g0->threshold && g0->threshold && gc_state.enabled &&
        !gc_state.collecting)
        gc_pending = true;
    return GC_OBJ(g);
}

void gc_free_object(Obj *o, bool counted)
{
    GCHead *g = GC_HEAD(o);
    if (g->h.next)
        gcl_unlink(g);
    if (counted && gc_state.gen[0].count > 0)
        gc_state.gen[0].count--;
    mem_free(g, 0);
}

size_t gc_object_size(Obj *o)
{
    return mem_size(GC_HEAD(o)) - sizeof(GCHead);
}

/* ---- finalizers ------------------------------------------------------- */

bool obj_finalize_from_dealloc(Obj *o)
{
    TypeObj *t = o->type;
    if (!t->finalize)
        return false;
    bool gc = obj_is_gc(o);
    if (gc && (GC_HEAD(o)->h.bits & GC_FINALIZED))
        return false;
    o->refcnt = 1;                   /* alive while its finalizer runs */
    if (gc) {
        gc_track(o);
        GC_HEAD(o)->h.bits |= GC_FINALIZED;
    }
    t->finalize(o);
    if (--o->refcnt != 0)
        return true;                 /* resurrected: stays tracked */
    if (gc)
        gc_untrack(o);
    return false;
}

bool gc_is_finalized(Obj *o)
{
    return obj_is_gc(o) && (GC_HEAD(o)->h.bits & GC_FINALIZED);
}

/* ---- visiting --------------------------------------------------------- */

void gc_visit(Obj *o, GCVisitor *v)
{
    switch (v->kind) {
    case GCV_DECREF: {              /* (gc_only: o is a container) */
        GCHead *g = GC_HEAD(o);
        /* only objects of the collected generations have gc_refs */
        if ((g->h.bits & GC_COLLECTING) && gc_get_refs(g) > 0)
            gc_set_refs(g, gc_get_refs(g) - 1);
        return;
    }
    case GCV_REACHABLE: {           /* (gc_only) */
        GCHead *g = GC_HEAD(o);
        /* Objects of other generations, and those move_unreachable has
         * already passed as reachable, are not COLLECTING. */
        if (!(g->h.bits & GC_COLLECTING))
            return;
        if (g->h.bits & GC_UNREACHABLE) {
            /* had gc_refs 0 when move_unreachable got to it, but is
             * reachable after all: back to young, to be scanned again */
            gcl_move(g, v->young);
            g->h.bits &= ~GC_UNREACHABLE;
            gc_set_refs(g, 1);
        } else if (gc_get_refs(g) == 0) {
            gc_set_refs(g, 1);        /* still ahead in young: reachable */
        }
        return;
    }
    case GCV_TRACKED:
        if (gc_may_be_tracked(o))
            v->found = true;
        return;
    case GCV_REFERENTS:
        if (!v->failed && list_append(v->list, o) < 0)
            v->failed = true;
        return;
    case GCV_REFERS_TO:
        for (size_t i = 0; i < v->ntargets; i++)
            if (o == v->targets[i])
                v->found = true;
        return;
    }
}

/* ---- the collection ------------------------------------------------------ */

/* gc_refs = refcount, for every object of `containers`. */
static void gc_update_refs(GCHead *containers)
{
    for (GCHead *g = containers->h.next; g != containers; g = g->h.next) {
        intptr_t rc = GC_OBJ(g)->refcnt;
        if (rc > GC_REFS_MAX)
            rc = GC_REFS_MAX;        /* immortal: stays far above its internal refs */
        if (rc <= 0)
            rc = 1;                  /* never: a dying object is untracked */
        g->h.bits = (g->h.bits & GC_FINALIZED) | GC_COLLECTING;
        gc_set_refs(g, rc);
    }
}

/* Takes the references from inside `containers` off their gc_refs. */
static void gc_subtract_refs(GCHead *containers)
{
    GCVisitor v = { .kind = GCV_DECREF, .gc_only = true };
    for (GCHead *g = containers->h.next; g != containers; g = g->h.next) {
        Obj *o = GC_OBJ(g);
        o->type->traverse(o, &v);
    }
}

/* Moves from young to unreachable what is not reachable from outside
 * young: objects with gc_refs > 0 and all they reach stay (COLLECTING
 * cleared); the others end in unreachable, COLLECTING | UNREACHABLE. */
static void gc_move_unreachable(GCHead *young, GCHead *unreachable)
{
    GCVisitor v = { .kind = GCV_REACHABLE, .gc_only = true, .young = young };
    GCHead *g = young->h.next;
    while (g != young) {
        if (gc_get_refs(g) > 0) {
            Obj *o = GC_OBJ(g);
            /* the traversal may append objects to young: take next after it */
            o->type->traverse(o, &v);
            g->h.bits &= ~GC_COLLECTING;
            g = g->h.next;
        } else {
            /* perhaps unreachable: assume so until something reachable
             * turns out to refer to it (GCV_REACHABLE moves it back) */
            GCHead *next = g->h.next;
            gcl_move(g, unreachable);
            g->h.bits |= GC_UNREACHABLE;
            g = next;
        }
    }
}

static void gc_deduce_unreachable(GCHead *base, GCHead *unreachable)
{
    gc_update_refs(base);
    gc_subtract_refs(base);
    gc_move_unreachable(base, unreachable);
}

/* A tuple holding no container (or only untracked tuples) cannot be part
 * of a cycle: CPython's _PyTuple_MaybeUntrack for the reachable ones. */
static void gc_untrack_tuples(GCHead *head)
{
    GCHead *next;
    for (GCHead *g = head->h.next; g != head; g = next) {
        next = g->h.next;
        Obj *o = GC_OBJ(g);
        if (o->type != &Tuple_Type)
            continue;
        bool keep = false;
        for (size_t i = 0; i < TUPLE_SIZE(o) && !keep; i++) {
            Obj *x = TUPLE_ITEM(o, i);
            keep = !x || gc_may_be_tracked(x);
        }
        if (!keep)
            gc_untrack(o);
    }
}

/* The same for dicts (full collections only, as CPython). */
static void gc_untrack_dicts(GCHead *head)
{
    GCVisitor v = { .kind = GCV_TRACKED };
    GCHead *next;
    for (GCHead *g = head->h.next; g != head; g = next) {
        next = g->h.next;
        Obj *o = GC_OBJ(g);
        if (o->type != &Dict_Type)
            continue;
        v.found = false;
        o->type->traverse(o, &v);
        if (!v.found)
            gc_untrack(o);
    }
}

/* Runs the finalizers of the garbage (each object's once).  A finalizer
 * may free any of these objects, or others: take the first one each time
 * and move it aside (CPython's finalize_garbage). */
static void gc_finalize_garbage(GCHead *collectable)
{
    GCHead seen;
    gcl_init(&seen);
    while (!gcl_empty(collectable)) {
        GCHead *g = collectable->h.next;
        Obj *o = GC_OBJ(g);
        gcl_move(g, &seen);
        if (!(g->h.bits & GC_FINALIZED) && o->type->finalize) {
            g->h.bits |= GC_FINALIZED;
            INCREF(o);
            o->type->finalize(o);
            err_clear();
            DECREF(o);
        }
    }
    gcl_merge(&seen, collectable);
}

/* After the finalizers: what they made reachable again (resurrected, and
 * what it refers to) goes to `old`; the rest to still_unreachable. */
static void gc_handle_resurrected(GCHead *unreachable, GCHead *still_unreachable, GCHead *old)
{
    for (GCHead *g = unreachable->h.next; g != unreachable; g = g->h.next)
        g->h.bits &= GC_FINALIZED;
    gc_deduce_unreachable(unreachable, still_unreachable);
    for (GCHead *g = still_unreachable->h.next; g != still_unreachable; g = g->h.next)
        g->h.bits &= ~GC_UNREACHABLE;
    gcl_merge(unreachable, old);
}

/* The objects CPython 3.11 would count: an instance's attribute dict and
 * a generator's frame are parts of the instance / generator there (inline
 * values, an embedded frame), not objects of their own. */
static bool gc_counted(Obj *o)
{
    if (o->type == &Dict_Type)
        return !((DictObj *)o)->of_instance;
    return !gc_state.embedded || !gc_state.embedded(o);
}

static void gc_debug_write(const char *s)
{
    if (gc_state.debug_write)
        gc_state.debug_write(s, strlen(s));
}

static void gc_debug_object(const char *what, Obj *o)
{
    char buf[200];
    snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", what, o->type->name, (void *)o);
    gc_debug_write(buf);
}

/* Breaks the cycles of the garbage with the clear slots; an object that
 * survives that (something outside still refers to it) goes to old. */
static void gc_delete_garbage(GCHead *collectable, GCHead *old)
{
    while (!gcl_empty(collectable)) {
        GCHead *g = collectable->h.next;
        Obj *o = GC_OBJ(g);
        if (gc_state.debug & GC_DEBUG_SAVEALL) {
            Obj *garbage = gc_counted(o) ? gc_garbage_list() : NULL;
            if (garbage && list_append(garbage, o) < 0)
                err_clear();
        } else if (o->type->clear) {
            INCREF(o);
            o->type->clear(o);
            err_clear();
            DECREF(o);
        }
        if (collectable->h.next == g) {   /* still alive */
            g->h.bits &= GC_FINALIZED;
            gcl_move(g, old);
        }
    }
}

/* CPython's gc_collect_main. */
static int64_t gc_collect_main(int generation)
{
    GCGeneration *gen = gc_state.gen;
    if (gc_state.debug & GC_DEBUG_STATS) {
        char buf[200];
        snprintf(buf, sizeof buf, "gc: collecting generation %d...\n"
                 "gc: objects in each generation: %lld %lld %lld\n"
                 "gc: objects in permanent generation: %lld\n", generation,
                 (long long)gcl_size(&gen[0].head), (long long)gcl_size(&gen[1].head),
                 (long long)gcl_size(&gen[2].head), (long long)gcl_size(&gc_state.permanent));
        gc_debug_write(buf);
    }
    if (generation + 1 < GC_GENERATIONS)
        gen[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++)
        gen[i].count = 0;
    for (int i = 0; i < generation; i++)
        gcl_merge(&gen[i].head, &gen[generation].head);
    GCHead *young = &gen[generation].head;
    GCHead *old = generation + 1 < GC_GENERATIONS ? &gen[generation + 1].head : young;

    GCHead unreachable;
    gcl_init(&unreachable);
    gc_deduce_unreachable(young, &unreachable);
    gc_untrack_tuples(young);
    if (young != old) {
        if (generation == GC_GENERATIONS - 2)
            gc_state.long_lived_pending += gcl_size(young);
        gcl_merge(young, old);
    } else {
        gc_untrack_dicts(young);
        gc_state.long_lived_pending = 0;
        gc_state.long_lived_total = gcl_size(young);
    }
    for (GCHead *g = unreachable.h.next; g != &unreachable; g = g->h.next) {
        g->h.bits &= ~GC_UNREACHABLE;
        if (gc_state.debug & GC_DEBUG_COLLECTABLE)
            gc_debug_object("collectable", GC_OBJ(g));
    }

    Obj *saved = err_fetch();
    gc_finalize_garbage(&unreachable);
    GCHead final;
    gcl_init(&final);
    gc_handle_resurrected(&unreachable, &final, old);
    int64_t m = 0;
    for (GCHead *g = final.h.next; g != &final; g = g->h.next)
        m += gc_counted(GC_OBJ(g));
    gc_delete_garbage(&final, old);
    err_restore(saved);

    if (gc_state.debug & GC_DEBUG_STATS) {
        char buf[120];
        snprintf(buf, sizeof buf, "gc: done, %lld unreachable, 0 uncollectable, 0.0000s elapsed\n",
                 (long long)m);
        gc_debug_write(buf);
    }
    gc_state.stats[generation].collections++;
    gc_state.stats[generation].collected += m;
    return m;
}

/* Calls each of gc.callbacks with (phase, info). */
static void gc_invoke_callbacks(const char *phase, int generation, int64_t collected)
{
    Obj *cbs = gc_state.callbacks;
    if (!cbs || LIST_SIZE(cbs) == 0)
        return;
    Obj *saved = err_fetch();
    Obj *info = dict_new(), *ph = str_from_cstr(phase);
    Obj *g = int_from_i64(generation), *c = int_from_i64(collected), *u = int_from_i64(0);
    if (!info || !ph || !g || !c || !u || dict_setitem_cstr(info, "generation", g) < 0 ||
        dict_setitem_cstr(info, "collected", c) < 0 ||
        dict_setitem_cstr(info, "uncollectable", u) < 0) {
        err_clear();
    } else {
        for (size_t i = 0; i < LIST_SIZE(cbs); i++) {
            Obj *cb = NEWREF(LIST_ITEM(cbs, i));
            Obj *r = obj_call2(cb, ph, info);
            if (r) {
                DECREF(r);
            } else {
                Obj *exc = err_fetch();
                if (exc && !run_stopped())
                    interp_print_unraisable(cb, exc);
                XDECREF(exc);
            }
            DECREF(cb);
            if (cbs != gc_state.callbacks)   /* replaced meanwhile */
                break;
        }
    }
    XDECREF(info);
    XDECREF(ph);
    XDECREF(g);
    XDECREF(c);
    XDECREF(u);
    err_clear();
    err_restore(saved);
}

static int64_t gc_collect_with_callbacks(int generation)
{
    gc_invoke_callbacks("start", generation, 0);
    int64_t m = gc_collect_main(generation);
    gc_invoke_callbacks("stop", generation, m);
    return m;
}

int64_t gc_collect(int generation)
{
    gc_state_init();
    if (gc_state.collecting)
        return 0;
    gc_state.collecting = true;
    int64_t m = gc_collect_with_callbacks(generation);
    gc_state.collecting = false;
    return m;
}

int64_t gc_collect_final(void)
{
    return gc_collect(GC_GENERATIONS - 1);
}

/* CPython's gc_collect_generations: the oldest generation past its
 * threshold; a full collection only when a quarter more objects than the
 * last one kept have piled up since (long_lived_pending). */
void gc_collect_pending(void)
{
    gc_pending = false;
    if (!gc_state.enabled || gc_state.collecting || run_stopped())
        return;
    for (int i = GC_GENERATIONS - 1; i >= 0; i--) {
        if (gc_state.gen[i].count > gc_state.gen[i].threshold) {
            if (i == GC_GENERATIONS - 1 &&
                gc_state.long_lived_pending < gc_state.long_lived_total / 4)
                continue;
            gc_collect(i);
            break;
        }
    }
}

/* ---- for the gc module -------------------------------------------------- */

Obj *gc_garbage_list(void)
{
    if (!gc_state.garbage)
        gc_state.garbage = list_new(0);
    return gc_state.garbage;
}

Obj *gc_callbacks_list(void)
{
    if (!gc_state.callbacks)
        gc_state.callbacks = list_new(0);
    return gc_state.callbacks;
}

static int gc_append_objects(Obj *out, GCHead *head)
{
    for (GCHead *g = head->h.next; g != head; g = g->h.next)
        if (GC_OBJ(g) != out && list_append(out, GC_OBJ(g)) < 0)
            return -1;
    return 0;
}

Obj *gc_objects_list(int generation)
{
    gc_state_init();
    Obj *out = list_new(0);
    if (!out)
        return NULL;
    for (int i = 0; i < GC_GENERATIONS; i++)
        if ((generation < 0 || generation == i) && gc_append_objects(out, &gc_state.gen[i].head) < 0) {
            DECREF(out);
            return NULL;
        }
    return out;
}

int gc_referents(Obj *o, Obj *out)
{
    if (!obj_is_gc(o))
        return 0;
    GCVisitor v = { .kind = GCV_REFERENTS, .list = out };
    o->type->traverse(o, &v);
    return v.failed ? -1 : 0;
}

Obj *gc_referrers(Obj *const *targets, size_t n)
{
    gc_state_init();
    Obj *out = list_new(0);
    if (!out)
        return NULL;
    GCVisitor v = { .kind = GCV_REFERS_TO, .targets = targets, .ntargets = n };
    for (int i = 0; i < GC_GENERATIONS; i++) {
        GCHead *head = &gc_state.gen[i].head;
        for (GCHead *g = head->h.next; g != head; g = g->h.next) {
            Obj *o = GC_OBJ(g);
            if (o == out)
                continue;
            v.found = false;
            o->type->traverse(o, &v);
            if (v.found && list_append(out, o) < 0) {
                DECREF(out);
                return NULL;
            }
        }
    }
    return out;
}

void gc_freeze(void)
{
    gc_state_init();
    for (int i = 0; i < GC_GENERATIONS; i++) {
        gcl_merge(&gc_state.gen[i].head, &gc_state.permanent);
        gc_state.gen[i].count = 0;
    }
}

void gc_unfreeze(void)
{
    gc_state_init();
    gcl_merge(&gc_state.permanent, &gc_state.gen[GC_GENERATIONS - 1].head);
}

int64_t gc_freeze_count(void)
{
    gc_state_init();
    return gcl_size(&gc_state.permanent);
}

void gc_begin_run(void)
{
    gc_state_init();
    /* what earlier runs (and the start-up) left is old: the counts start
     * from zero, so that collections come at the same points whatever ran
     * before in this engine */
    for (int i = 0; i < GC_GENERATIONS; i++) {
        if (i < GC_GENERATIONS - 1)
            gcl_merge(&gc_state.gen[i].head, &gc_state.gen[GC_GENERATIONS - 1].head);
        gc_state.gen[i].count = 0;
        gc_state.stats[i] = (GCStats){ 0, 0, 0 };
    }
    gc_state.long_lived_total = 0;
    gc_state.long_lived_pending = 0;
    gc_state.enabled = true;
    gc_state.debug = 0;
    gc_state.gen[0].threshold = 700;
    gc_state.gen[1].threshold = 10;
    gc_state.gen[2].threshold = 10;
    gc_pending = false;
}

void gc_end_run(void)
{
    gc_state_init();
    gc_unfreeze();
    CLEAR(gc_state.callbacks);
    CLEAR(gc_state.garbage);
    gc_state.debug = 0;
}
