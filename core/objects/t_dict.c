/* t_dict.c - dict: an insertion-ordered hash table (CPython 3.6+ layout:
 * a dense entries[] array in insertion order plus a sparse index[] of
 * open-addressing slots with CPython's perturbed probing), its views
 * (dict_keys / dict_values / dict_items) and iterators.
 *
 * Keys are compared by identity, then hash, then `==` (obj_compare_bool);
 * if a comparison mutates the dict, the lookup restarts.  Iterators raise
 * "dictionary changed size during iteration" and "dictionary keys changed
 * during iteration" as CPython (the table grows as CPython's does, so the
 * second comes exactly when it does in CPython).
 */
#include "objects/types.h"
#include "objects/gc.h"

#include <string.h>

static uint64_t last_version;    /* the keys-version counter */

uint64_t dict_new_version(void) { return ++last_version; }

/* A key was added or removed. */
static void keys_changed(DictObj *d)
{
    d->version = ++last_version;
    if (d->of_type)
        type_attr_epoch++;
}

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

Obj *dict_new(void)
{
    return obj_alloc(&Dict_Type, 0);
}

/* Rebuild index[] (and compact entries[]) for at least `want` entries. */
static int dict_resize(DictObj *d, size_t want)
{
    size_t isize = 8;
    while (isize * 2 / 3 < want)
        isize *= 2;
    size_t ecap = isize * 2 / 3;
    int32_t *index = mem_alloc(isize * sizeof(int32_t));
    DictEntry *entries = mem_alloc(ecap * sizeof(DictEntry));
    if (!index || !entries || isize > INT32_MAX) {
        mem_free(index, isize * sizeof(int32_t));
        mem_free(entries, ecap * sizeof(DictEntry));
        err_nomemory();
        return -1;
    }
    mem_note_work(24 * (uint64_t)ecap);            /* base/mem.h: 24 per entry */
    memset(index, 0xff, isize * sizeof(int32_t));     /* all IX_EMPTY */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key)
            continue;
        entries[n] = d->entries[i];
        uint64_t perturb = (uint64_t)entries[n].hash, mask = isize - 1;
        uint64_t j = perturb & mask;
        while (index[j] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n++;
    }
    mem_free(d->index, d->isize * sizeof(int32_t));
    mem_free(d->entries, d->ecap * sizeof(DictEntry));
    d->index = index;
    d->entries = entries;
    d->isize = isize;
    d->ecap = ecap;
    d->nentries = n;
    return 0;
}

/* Find key: entry position (>= 0), -1 missing (*slot = the index slot to
 * use for an insert), -2 error. */
static int64_t dict_lookup(DictObj *d, Obj *key, hash_t h, size_t *slot)
{
restart:
    if (d->isize == 0) {
        *slot = 0;
        return -1;
    }
    uint64_t mask = d->isize - 1, perturb = (uint64_t)h, j = perturb & mask;
    int64_t free_slot = -1;
    for (;;) {
        int32_t ix = d->index[j];
        if (ix == IX_EMPTY) {
            *slot = (size_t)(free_slot >= 0 ? (uint64_t)free_slot : j);
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (free_slot < 0)
                free_slot = (int64_t)j;
        } else {
            DictEntry *e = &d->entries[ix];
            if (e->key == key)
                return ix;
            if (e->hash == h) {
                if (STR_CHECK_EXACT(key) && STR_CHECK_EXACT(e->key))
                    { if (str_eq(key, e->key)) return ix; }
                else {
                    uint64_t ver = d->version;
                    Obj *k = NEWREF(e->key);
                    int eq = obj_compare_bool(k, key, CMP_EQ);
                    DECREF(k);
                    if (eq < 0)
                        return -2;
                    if (ver != d->version)
                        goto restart;
                    if (eq)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
}

Obj *dict_getitem_hash(Obj *d, Obj *key, hash_t h)
{
    size_t slot;
    int64_t ix = dict_lookup((DictObj *)d, key, h, &slot);
    return ix >= 0 ? ((DictObj *)d)->entries[ix].value : NULL;
}

int64_t dict_index_of(Obj *d, Obj *key)
{
    hash_t h = obj_hash(key);
    if (h == -1)
        return -2;
    size_t slot;
    return dict_lookup((DictObj *)d, key, h, &slot);
}

Obj *dict_getitem(Obj *d, Obj *key)
{
    hash_t h = obj_hash(key);
    return h == -1 ? NULL : dict_getitem_hash(d, key, h);
}

Obj *dict_getitem_cstr(Obj *d, const char *key)
{
    Obj *k = str_from_cstr(key);
    if (!k)
        return NULL;
    Obj *v = dict_getitem(d, k);
    DECREF(k);
    return v;
}

int dict_setitem_hash(Obj *o, Obj *key, hash_t h, Obj *value)
{
    DictObj *d = (DictObj *)o;
    size_t slot;
    int64_t ix = dict_lookup(d, key, h, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        if (d->of_type)
            type_attr_epoch++;
        if (!GC_HEAD(o)->h.next && gc_may_be_tracked(value))
            gc_track(o);
        SETREF(d->entries[ix].value, NEWREF(value));
        return 0;
    }
    if (d->nentries >= d->ecap) {
        /* CPython's GROWTH_RATE (used * 3 slots): the same layout, so
         * deleting and adding while iterating meets CPython's errors */
        if (dict_resize(d, (d->used * 3) * 2 / 3) < 0)
            return -1;
        dict_lookup(d, key, h, &slot);   /* fresh table: no comparisons */
    }
    if (!GC_HEAD(o)->h.next && (gc_may_be_tracked(key) || gc_may_be_tracked(value)))
        gc_track(o);                 /* a container went in: it may make a cycle */
    DictEntry *e = &d->entries[d->nentries];
    e->key = NEWREF(key);
    e->value = NEWREF(value);
    e->hash = h;
    d->index[slot] = (int32_t)d->nentries++;
    d->used++;
    keys_changed(d);
    return 0;
}

int dict_setitem(Obj *d, Obj *key, Obj *value)
{
    hash_t h = obj_hash(key);
    return h == -1 ? -1 : dict_setitem_hash(d, key, h, value);
}

int dict_setitem_cstr(Obj *d, const char *key, Obj *value)
{
    Obj *k = str_from_cstr(key);
    if (!k)
        return -1;
    int rc = dict_setitem(d, k, value);
    DECREF(k);
    return rc;
}

/* Remove entry ix found at index slot `slot`; returns the value (owned). */
static Obj *dict_take(DictObj *d, int64_t ix, Obj *key, hash_t h)
{
    uint64_t mask = d->isize - 1, perturb = (uint64_t)h, j = perturb & mask;
    while (d->index[j] != ix) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    (void)key;
    d->index[j] = IX_DUMMY;
    DictEntry *e = &d->entries[ix];
    Obj *k = e->key, *v = e->value;
    e->key = e->value = NULL;
    d->used--;
    keys_changed(d);
    DECREF(k);
    return v;
}

/* Pop with a known hash: value (owned), NULL missing (no error) or error. */
static Obj *dict_pop_hash(Obj *o, Obj *key, hash_t h)
{
    size_t slot;
    int64_t ix = dict_lookup((DictObj *)o, key, h, &slot);
    return ix < 0 ? NULL : dict_take((DictObj *)o, ix, key, h);
}

Obj *dict_pop(Obj *d, Obj *key)
{
    hash_t h = obj_hash(key);
    return h == -1 ? NULL : dict_pop_hash(d, key, h);
}

int dict_delitem(Obj *d, Obj *key)
{
    Obj *v = dict_pop(d, key);
    if (v) {
        DECREF(v);
        return 0;
    }
    return err_occurred() ? -1 : 1;
}

int dict_contains(Obj *d, Obj *key)
{
    hash_t h = obj_hash(key);
    if (h == -1)
        return -1;
    size_t slot;
    int64_t ix = dict_lookup((DictObj *)d, key, h, &slot);
    return ix == -2 ? -1 : ix >= 0;
}

int64_t dict_len(Obj *d) { return (int64_t)((DictObj *)d)->used; }

bool dict_next(Obj *o, size_t *pos, Obj **key, Obj **value)
{
    DictObj *d = (DictObj *)o;
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

/* Drop all entries. */
static void dict_clear_all(DictObj *d)
{
    DictEntry *entries = d->entries;
    size_t n = d->nentries, ecap = d->ecap;
    mem_free(d->index, d->isize * sizeof(int32_t));
    d->entries = NULL;
    d->index = NULL;
    d->nentries = d->ecap = d->isize = d->used = 0;
    keys_changed(d);
    for (size_t i = 0; i < n; i++) {
        XDECREF(entries[i].key);
        XDECREF(entries[i].value);
    }
    mem_free(entries, ecap * sizeof(DictEntry));
}

void dict_clear(Obj *o) { dict_clear_all((DictObj *)o); }

static void dict_dealloc(Obj *o)
{
    dict_clear_all((DictObj *)o);
    obj_free(o);
}

Obj *dict_copy(Obj *d)
{
    Obj *r = dict_new();
    if (r && dict_update(r, d) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

Obj *dict_keys_list(Obj *d)
{
    Obj *l = list_new(0);
    size_t pos = 0;
    Obj *k;
    while (l && dict_next(d, &pos, &k, NULL))
        if (list_append(l, k) < 0) {
            DECREF(l);
            return NULL;
        }
    return l;
}

/* Merge one (key, value) pair from an update sequence element. */
static int update_pair(Obj *d, Obj *item, size_t n)
{
    Obj *seq = list_from_iter(item);
    if (!seq) {
        if (err_matches(Exc_TypeError)) {
            err_clear();
            err_format(Exc_TypeError, "cannot convert dictionary update sequence element "
                       "#%zu to a sequence", n);
        }
        return -1;
    }
    int rc = -1;
    if (LIST_SIZE(seq) != 2)
        err_format(Exc_ValueError, "dictionary update sequence element #%zu has length "
                   "%zu; 2 is required", n, LIST_SIZE(seq));
    else
        rc = dict_setitem(d, LIST_ITEM(seq, 0), LIST_ITEM(seq, 1));
    DECREF(seq);
    return rc;
}

/* Update from a mapping with keys() (not a dict). */
static int update_mapping(Obj *d, Obj *other, Obj *keys_fn)
{
    Obj *keys = obj_call0(keys_fn);
    Obj *it = keys ? obj_iter(keys) : NULL;
    XDECREF(keys);
    if (!it)
        return -1;
    Obj *k;
    int rc = 0;
    while (rc == 0 && (k = obj_iternext(it))) {
        Obj *v = obj_getitem(other, k);
        rc = v ? dict_setitem(d, k, v) : -1;
        XDECREF(v);
        DECREF(k);
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

int dict_update(Obj *d, Obj *other)
{
    if (DICT_CHECK(other)) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(other, &pos, &k, &v))
            if (dict_setitem_hash(d, k, ((DictObj *)other)->entries[pos - 1].hash, v) < 0)
                return -1;
        return 0;
    }
    Obj *keys_fn = obj_getattr_opt(other, ID(keys));
    if (keys_fn) {
        int rc = update_mapping(d, other, keys_fn);
        DECREF(keys_fn);
        return rc;
    }
    if (err_occurred())
        return -1;
    Obj *it = obj_iter(other);
    if (!it)
        return -1;
    Obj *item;
    int rc = 0;
    for (size_t n = 0; rc == 0 && (item = obj_iternext(it)); n++) {
        rc = update_pair(d, item, n);
        DECREF(item);
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

/* Keyword arguments (kwnames + values) into d. */
static int update_kw(Obj *d, Obj *const *args, size_t nargs, Obj *kw)
{
    for (size_t i = 0; i < kwnames_len(kw); i++)
        if (dict_setitem(d, TUPLE_ITEM(kw, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

/* ---- slots ---- */

static Obj *dict_repr(Obj *o)
{
    DictObj *d = (DictObj *)o;
    if (d->used == 0)
        return str_from_cstr("{}");
    int r = repr_enter(o);
    if (r != 0)
        return r > 0 ? str_from_cstr("{...}") : NULL;
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '{');
    size_t pos = 0;
    Obj *k, *v;
    bool first = true;
    while (dict_next(o, &pos, &k, &v)) {
        INCREF(k);
        INCREF(v);
        Obj *ks = obj_repr(k), *vs = ks ? obj_repr(v) : NULL;
        DECREF(k);
        DECREF(v);
        if (!vs) {
            XDECREF(ks);
            sb_free(&b);
            repr_leave(o);
            return NULL;
        }
        if (!first)
            sb_adds(&b, ", ");
        first = false;
        sb_addobj(&b, ks);
        sb_adds(&b, ": ");
        sb_addobj(&b, vs);
        DECREF(ks);
        DECREF(vs);
    }
    sb_addc(&b, '}');
    repr_leave(o);
    return sb_finish(&b);
}

/* d1 == d2: same size and every key maps to an equal value. */
static int dict_equal(Obj *a, Obj *b)
{
    if (dict_len(a) != dict_len(b))
        return 0;
    for (size_t i = 0; i < ((DictObj *)a)->nentries; i++) {
        DictEntry *e = &((DictObj *)a)->entries[i];
        if (!e->key)
            continue;
        Obj *k = NEWREF(e->key), *v = NEWREF(e->value);
        Obj *w = dict_getitem_hash(b, k, e->hash);
        int r = w ? (INCREF(w), obj_compare_bool(v, w, CMP_EQ)) : (err_occurred() ? -1 : 0);
        XDECREF(w);
        DECREF(k);
        DECREF(v);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Obj *dict_richcompare(Obj *a, Obj *b, int op)
{
    if (!DICT_CHECK(a) || !DICT_CHECK(b) || (op != CMP_EQ && op != CMP_NE))
        return notimpl_new();
    int r = dict_equal(a, b);
    return r < 0 ? NULL : bool_new((r == 1) == (op == CMP_EQ));
}

static int64_t dict_len_slot(Obj *d) { return dict_len(d); }

static Obj *dict_subscript(Obj *d, Obj *key)
{
    hash_t h = obj_hash(key);
    if (h == -1)
        return NULL;
    Obj *v = dict_getitem_hash(d, key, h);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    if (!DICT_CHECK_EXACT(d)) {
        bool found;
        Obj *r = obj_call_special(d, ID(__missing__), &key, 1, &found);
        if (found || r)
            return r;
    }
    return err_set_obj(Exc_KeyError, key);
}

static int dict_ass_sub(Obj *d, Obj *key, Obj *v)
{
    if (v)
        return dict_setitem(d, key, v);
    int r = dict_delitem(d, key);
    if (r == 1) {
        err_set_obj(Exc_KeyError, key);
        return -1;
    }
    return r;
}

static Obj *dict_or(Obj *a, Obj *b)
{
    if (!DICT_CHECK(a) || !DICT_CHECK(b))
        return notimpl_new();
    Obj *r = dict_copy(a);
    if (r && dict_update(r, b) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Obj *dict_ior(Obj *a, Obj *b)
{
    return dict_update(a, b) < 0 ? NULL : NEWREF(a);
}

/* ---- iterators and views ---- */

enum { DI_KEYS, DI_VALUES, DI_ITEMS };

typedef struct DictIterObj {
    Obj ob;
    Obj *dict;         /* owned; NULL once exhausted */
    size_t pos;        /* next entries[] position */
    size_t used;       /* len(dict) when created (size-change check) */
    size_t left;       /* items still expected (CPython's di->len) */
    int kind;          /* DI_KEYS / DI_VALUES / DI_ITEMS */
    bool broken;       /* the size changed: keep raising */
} DictIterObj;

static Obj *dictiter_new(Obj *dict, int kind)
{
    DictIterObj *it = (DictIterObj *)obj_alloc(&DictIter_Type, 0);
    if (it) {
        it->dict = NEWREF(dict);
        it->used = it->left = ((DictObj *)dict)->used;
        it->kind = kind;
    }
    return (Obj *)it;
}

static Obj *dictiter_next(Obj *o)
{
    DictIterObj *it = (DictIterObj *)o;
    if (!it->dict)
        return NULL;
    DictObj *d = (DictObj *)it->dict;
    if (it->broken || d->used != it->used) {
        it->broken = true;
        return err_set(Exc_RuntimeError, "dictionary changed size during iteration");
    }
    Obj *k, *v;
    if (!dict_next(it->dict, &it->pos, &k, &v)) {
        CLEAR(it->dict);
        return NULL;
    }
    if (it->left == 0) {            /* one more than it had: keys were swapped */
        CLEAR(it->dict);
        return err_set(Exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    if (it->kind == DI_KEYS)
        return NEWREF(k);
    if (it->kind == DI_VALUES)
        return NEWREF(v);
    return tuple_pack(2, k, v);
}

static void dictiter_dealloc(Obj *o)
{
    CLEAR(((DictIterObj *)o)->dict);
    obj_free(o);
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

static Obj *dict_iter(Obj *d) { return dictiter_new(d, DI_KEYS); }

static void dictiter_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((DictIterObj *)o)->dict); }

TypeObj DictIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = dictiter_traverse,
    .name = "dict_keyiterator",
    .basicsize = sizeof(DictIterObj),
    .dealloc = dictiter_dealloc,
    .iter = iter_self,
    .iternext = dictiter_next,
};

typedef struct DictViewObj {
    Obj ob;
    Obj *dict;         /* the viewed dict (owned) */
} DictViewObj;

static Obj *view_new(TypeObj *t, Obj *dict)
{
    DictViewObj *v = (DictViewObj *)obj_alloc(t, 0);
    if (v)
        v->dict = NEWREF(dict);
    return (Obj *)v;
}

static void view_dealloc(Obj *o)
{
    CLEAR(((DictViewObj *)o)->dict);
    obj_free(o);
}

static int64_t view_len(Obj *o) { return dict_len(((DictViewObj *)o)->dict); }
static Obj *keys_iter(Obj *o) { return dictiter_new(((DictViewObj *)o)->dict, DI_KEYS); }
static Obj *values_iter(Obj *o) { return dictiter_new(((DictViewObj *)o)->dict, DI_VALUES); }
static Obj *items_iter(Obj *o) { return dictiter_new(((DictViewObj *)o)->dict, DI_ITEMS); }

static int keys_contains(Obj *o, Obj *k) { return dict_contains(((DictViewObj *)o)->dict, k); }

static int items_contains(Obj *o, Obj *kv)
{
    if (!TUPLE_CHECK(kv) || TUPLE_SIZE(kv) != 2)
        return 0;
    Obj *v = dict_getitem(((DictViewObj *)o)->dict, TUPLE_ITEM(kv, 0));
    if (!v)
        return err_occurred() ? -1 : 0;
    INCREF(v);
    int r = obj_compare_bool(v, TUPLE_ITEM(kv, 1), CMP_EQ);
    DECREF(v);
    return r;
}

/* "dict_keys([1, 2])": the type name around the repr of a list. */
static Obj *view_repr(Obj *o)
{
    int r = repr_enter(o);
    if (r != 0)
        return r > 0 ? str_from_cstr("...") : NULL;
    Obj *l = list_from_iter(o);
    Obj *s = l ? str_from_format("%s(%R)", TYPE_NAME(o), l) : NULL;
    XDECREF(l);
    repr_leave(o);
    return s;
}

/* Set operations on keys/items views: done on set(view). */
static Obj *view_setop(Obj *a, Obj *b, NbOp op)
{
    bool av = OBJ_TYPE(a) == &DictKeys_Type || OBJ_TYPE(a) == &DictItems_Type;
    Obj *sa = set_new(av ? a : b);
    if (!sa)
        return NULL;
    Obj *other = av ? b : a;
    Obj *so = SET_CHECK_ANY(other) ? NEWREF(other) : set_new(other);
    if (!so) {
        DECREF(sa);
        return NULL;
    }
    Obj *r = av ? obj_binop(sa, so, op) : obj_binop(so, sa, op);
    DECREF(sa);
    DECREF(so);
    return r;
}

static Obj *view_and(Obj *a, Obj *b) { return view_setop(a, b, NB_AND); }
static Obj *view_or(Obj *a, Obj *b) { return view_setop(a, b, NB_OR); }
static Obj *view_sub(Obj *a, Obj *b) { return view_setop(a, b, NB_SUB); }
static Obj *view_xor(Obj *a, Obj *b) { return view_setop(a, b, NB_XOR); }

static Obj *view_richcompare(Obj *a, Obj *b, int op)
{
    if (OBJ_TYPE(a) == &DictValues_Type || !(SET_CHECK_ANY(b) || OBJ_TYPE(b) == OBJ_TYPE(a)))
        return notimpl_new();
    Obj *sa = set_new(a), *sb = sa ? set_new(b) : NULL;
    Obj *r = sb ? obj_richcompare(sa, sb, op) : NULL;
    XDECREF(sa);
    XDECREF(sb);
    return r;
}

static void view_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((DictViewObj *)o)->dict); }

#define VIEW_TYPE(var, tname, iterfn, containsfn, setops) \
    TypeObj var = { \
        .ob = OBJ_STATIC_HEAD(&Type_Type), .name = tname, \
        .basicsize = sizeof(DictViewObj), .dealloc = view_dealloc, \
        .traverse = view_traverse, \
        .repr = view_repr, .iter = iterfn, .len = view_len, \
        .contains = containsfn, .hash = types_unhashable, \
        .richcompare = setops ? view_richcompare : NULL, \
        .nb = { [NB_AND] = setops ? view_and : NULL, [NB_OR] = setops ? view_or : NULL, \
                [NB_SUB] = setops ? view_sub : NULL, [NB_XOR] = setops ? view_xor : NULL }, \
    }

VIEW_TYPE(DictKeys_Type, "dict_keys", keys_iter, keys_contains, 1);
VIEW_TYPE(DictValues_Type, "dict_values", values_iter, NULL, 0);
VIEW_TYPE(DictItems_Type, "dict_items", items_iter, items_contains, 1);

/* ---- methods ---- */

static Obj *dm_keys(Obj *self, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return view_new(&DictKeys_Type, self); }
static Obj *dm_values(Obj *self, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return view_new(&DictValues_Type, self); }
static Obj *dm_items(Obj *self, Obj *const *a, size_t n, Obj *k) { (void)a; (void)n; (void)k; return view_new(&DictItems_Type, self); }

static Obj *dm_get(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("get", nargs, 1, 2) < 0)
        return NULL;
    Obj *v = dict_getitem(self, args[0]);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    return nargs == 2 ? NEWREF(args[1]) : none_new();
}

static Obj *dm_setdefault(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("setdefault", nargs, 1, 2) < 0)
        return NULL;
    hash_t h = obj_hash(args[0]);
    if (h == -1)
        return NULL;
    Obj *v = dict_getitem_hash(self, args[0], h);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    Obj *dflt = nargs == 2 ? args[1] : obj_none;
    if (dict_setitem_hash(self, args[0], h, dflt) < 0)
        return NULL;
    return NEWREF(dflt);
}

static Obj *dm_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("pop", nargs, 1, 2) < 0)
        return NULL;
    Obj *v = dict_pop(self, args[0]);
    if (v || err_occurred())
        return v;
    return nargs == 2 ? NEWREF(args[1]) : err_set_obj(Exc_KeyError, args[0]);
}

/* popitem(): the last inserted pair (LIFO). */
static Obj *dm_popitem(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    DictObj *d = (DictObj *)self;
    if (d->used == 0)
        return err_set(Exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (!d->entries[i - 1].key)
        i--;
    DictEntry *e = &d->entries[i - 1];
    Obj *key = NEWREF(e->key);
    Obj *v = dict_take(d, (int64_t)(i - 1), key, e->hash);
    d->nentries = i - 1;
    Obj *t = tuple_pack(2, key, v);
    DECREF(key);
    DECREF(v);
    return t;
}

static Obj *dm_update(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    if (nargs > 1)
        return err_format(Exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
    if ((nargs && dict_update(self, args[0]) < 0) || update_kw(self, args, nargs, kw) < 0)
        return NULL;
    return none_new();
}

static Obj *dm_clear(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    dict_clear_all((DictObj *)self);
    return none_new();
}

static Obj *dm_copy(Obj *self, Obj *const *a, size_t n, Obj *k)
{
    (void)a; (void)n; (void)k;
    return dict_copy(self);
}

/* dict.fromkeys(iterable, value=None) (a class method). */
static Obj *dm_fromkeys(Obj *cls, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    if (args_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Obj *d = obj_call0(cls);
    Obj *it = d ? obj_iter(args[0]) : NULL;
    if (!it) {
        XDECREF(d);
        return NULL;
    }
    Obj *k, *v = nargs == 2 ? args[1] : obj_none;
    int rc = 0;
    while (rc == 0 && (k = obj_iternext(it))) {
        rc = obj_setitem(d, k, v);
        DECREF(k);
    }
    DECREF(it);
    if (rc < 0 || err_occurred()) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static Obj *dm_contains(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int r = dict_contains(self, args[0]);
    return r < 0 ? NULL : bool_new(r);
}

/* reversed(d): the keys, last inserted first (over a snapshot of them). */
static Obj *dm_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    Obj *keys = dict_keys_list(self);
    Obj *r = keys ? iter_reversed(keys) : NULL;
    XDECREF(keys);
    return r;
}

static const MethodDef dict_methods[] = {
    { "__class_getitem__", generic_class_getitem, METH_O | METH_CLASS, NULL },
    { "__reversed__", dm_reversed, METH_NOARGS, NULL },
    { "keys", dm_keys, METH_NOARGS, NULL },
    { "values", dm_values, METH_NOARGS, NULL },
    { "items", dm_items, METH_NOARGS, NULL },
    { "get", dm_get, METH_FASTCALL, NULL },
    { "setdefault", dm_setdefault, METH_FASTCALL, NULL },
    { "pop", dm_pop, METH_FASTCALL, NULL },
    { "popitem", dm_popitem, METH_NOARGS, NULL },
    { "update", dm_update, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "clear", dm_clear, METH_NOARGS, NULL },
    { "copy", dm_copy, METH_NOARGS, NULL },
    { "fromkeys", dm_fromkeys, METH_FASTCALL | METH_CLASS, NULL },
    { "__contains__", dm_contains, METH_O, NULL },
    { NULL, NULL, 0, NULL }
};

static Obj *dict_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return obj_alloc(type, 0);
}

/* dict(mapping_or_pairs=(), **kwargs) */
static int dict_tp_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (nargs > 1)
        return err_format_int(Exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    if (nargs && dict_update(self, args[0]) < 0)
        return -1;
    return update_kw(self, args, nargs, kwnames);
}

/* The keys, unless they are all str (as CPython's unicode-keys tables:
 * gc.get_referents shows the values only), and the values. */
static void dict_traverse(Obj *o, GCVisitor *v)
{
    DictObj *d = (DictObj *)o;
    bool str_keys = true;
    for (size_t i = 0; i < d->nentries && str_keys; i++)
        if (d->entries[i].key && !STR_CHECK_EXACT(d->entries[i].key))
            str_keys = false;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) {
            if (!str_keys)
                GC_VISIT(d->entries[i].key);
            GC_VISIT(d->entries[i].value);
        }
}

TypeObj Dict_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = dict_traverse, .clear = dict_clear,
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TPF_BASETYPE | TPF_DICT_SUBCLASS | TPF_ABSTRACT_HASH | TPF_MATCH_SELF | TPF_MAPPING | TPF_GC_LAZY,
    .doc = "dict() -> new empty dictionary",
    .dealloc = dict_dealloc,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .repr = dict_repr,
    .hash = types_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .nb = { [NB_OR] = dict_or },
    .nb_inplace = { [NB_OR] = dict_ior },
    .len = dict_len_slot,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains,
    .methods = dict_methods,
};
