/* asyncgen_set.c - _asyncio.AsyncGenSet: the event loop's set of the
 * async generators it has seen start, held without keeping them alive.
 *
 * CPython's loop keeps them in a weakref.WeakSet: an async generator a
 * program drops unfinished is freed, its finalizer hook schedules its
 * aclose(), and the loop's shutdown_asyncgens() only sees those still
 * alive.  A strong list would keep every one of them until shutdown and
 * move their cleanup to the end of asyncio.run.  Here each generator
 * carries its place in a doubly linked list (AsyncGenObj.weak_set,
 * set_prev, set_next); gen_dealloc unlinks it (agen_set_forget), and a
 * freed set lets go of its members.  The members keep the order they
 * were added in.
 *
 * Uses: objects, vm/generator.
 */
#include "vm/asyncgen.h"

typedef struct AsyncGenSetObj {
    Obj ob;
    AsyncGenObj *first, *last;   /* members, oldest first (borrowed) */
    size_t len;
} AsyncGenSetObj;

static void unlink_member(AsyncGenSetObj *s, AsyncGenObj *g)
{
    if (g->set_prev)
        g->set_prev->set_next = g->set_next;
    else
        s->first = g->set_next;
    if (g->set_next)
        g->set_next->set_prev = g->set_prev;
    else
        s->last = g->set_prev;
    g->set_prev = g->set_next = NULL;
    g->weak_set = NULL;
    s->len--;
}

void agen_set_forget(AsyncGenObj *g)
{
    if (g->weak_set)
        unlink_member(g->weak_set, g);
}

/* The async generator o, or NULL with CPython's TypeError. */
static AsyncGenObj *as_member(Obj *o)
{
    if (OBJ_TYPE(o) != &AsyncGen_Type) {
        err_format(Exc_TypeError, "AsyncGenSet holds async generators, not '%s'",
                   OBJ_TYPE(o)->name);
        return NULL;
    }
    return (AsyncGenObj *)o;
}

/* add(agen): a generator in another set moves to this one. */
static Obj *ags_add(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    Obj *o = a[0];
    AsyncGenSetObj *s = (AsyncGenSetObj *)self;
    AsyncGenObj *g = as_member(o);
    if (!g)
        return NULL;
    if (g->weak_set == s)
        return NEWREF(obj_none);
    agen_set_forget(g);
    g->weak_set = s;
    g->set_prev = s->last;
    if (s->last)
        s->last->set_next = g;
    else
        s->first = g;
    s->last = g;
    s->len++;
    return NEWREF(obj_none);
}

static Obj *ags_discard(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    Obj *o = a[0];
    AsyncGenSetObj *s = (AsyncGenSetObj *)self;
    if (OBJ_TYPE(o) == &AsyncGen_Type && ((AsyncGenObj *)o)->weak_set == s)
        unlink_member(s, (AsyncGenObj *)o);
    return NEWREF(obj_none);
}

static Obj *ags_clear(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    AsyncGenSetObj *s = (AsyncGenSetObj *)self;
    while (s->first)
        unlink_member(s, s->first);
    return NEWREF(obj_none);
}

/* The members now, as a list (strong references). */
static Obj *ags_members(AsyncGenSetObj *s)
{
    Obj *list = list_new(0);
    for (AsyncGenObj *g = s->first; list && g; g = g->set_next)
        if (list_append(list, (Obj *)g) < 0)
            CLEAR(list);
    return list;
}

/* iter(set): over a snapshot, so members may leave while it runs. */
static Obj *ags_iter(Obj *self)
{
    Obj *list = ags_members((AsyncGenSetObj *)self);
    if (!list)
        return NULL;
    Obj *it = obj_iter(list);
    DECREF(list);
    return it;
}

static int64_t ags_len(Obj *self) { return (int64_t)((AsyncGenSetObj *)self)->len; }

static int ags_contains(Obj *self, Obj *o)
{
    return OBJ_TYPE(o) == &AsyncGen_Type && ((AsyncGenObj *)o)->weak_set == (AsyncGenSetObj *)self;
}

static Obj *ags_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)kw;
    if (n)
        return err_format(Exc_TypeError, "AsyncGenSet() takes no arguments (%zu given)", n);
    return obj_alloc(t, 0);
}

static void ags_dealloc(Obj *o)
{
    AsyncGenSetObj *s = (AsyncGenSetObj *)o;
    while (s->first)
        unlink_member(s, s->first);
    obj_free(o);
}

static const MethodDef ags_methods[] = {
    { "add", ags_add, METH_O, NULL },
    { "discard", ags_discard, METH_O, NULL },
    { "clear", ags_clear, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

TypeObj AsyncGenSet_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "AsyncGenSet",
    .tp_new = ags_new, .basicsize = sizeof(AsyncGenSetObj), .dealloc = ags_dealloc,
    .iter = ags_iter, .len = ags_len, .contains = ags_contains, .methods = ags_methods,
};
