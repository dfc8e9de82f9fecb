/* t_set.c - set and frozenset, slot for slot like CPython 3.11's
 * Objects/setobject.c: a table of (key, hash) entries of size 8 and up,
 * linear probing of LINEAR_PROBES slots then perturbed jumps, dummy
 * entries reused on insert, resize at 3/5 fill to used*4, and the same
 * algorithms for copy / union / intersection / difference / symmetric
 * difference, so that iteration order (and repr) match CPython for ints
 * and seed-0 strings.  The hash of a frozenset is CPython's.
 *
 * Global state: the dummy marker (a static immortal object).
 */
#include "objects/types.h"
#include "objects/gc.h"

#include <string.h>

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static Obj dummy_obj = OBJ_STATIC_HEAD(&Object_Type);
#define DUMMY (&dummy_obj)

#define IS_SET(o) obj_typecheck((Obj *)(o), &Set_Type)
#define IS_FROZEN(o) obj_typecheck((Obj *)(o), &FrozenSet_Type)

/* ---- table ---- */

/* A new empty set of `type` with an 8-slot table. */
static Obj *set_alloc(TypeObj *type)
{
    SetObj *s = (SetObj *)obj_alloc(type, 0);
    if (!s)
        return NULL;
    s->table = mem_calloc(SET_MINSIZE, sizeof(SetEntry));
    if (!s->table) {
        DECREF(s);
        return err_nomemory();
    }
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    return (Obj *)s;
}

/* Next probe position after a run of linear probes. */
static size_t next_probe(size_t i, uint64_t *perturb, size_t mask)
{
    *perturb >>= PERTURB_SHIFT;
    return (size_t)(((uint64_t)i * 5 + 1 + *perturb) & mask);
}

/* set_insert_clean: place a key known to be absent in a dummy-free table. */
static void insert_clean(SetEntry *table, size_t mask, Obj *key, hash_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)((uint64_t)hash & mask);
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++) {
            if (!table[i + j].key) {
                table[i + j].key = key;
                table[i + j].hash = hash;
                return;
            }
        }
        i = next_probe(i, &perturb, mask);
    }
}

/* set_table_resize: the smallest power of two > minused (>= 8). */
static int table_resize(SetObj *s, size_t minused)
{
    size_t size = SET_MINSIZE;
    while (size <= minused)
        size <<= 1;
    SetEntry *t = mem_calloc(size, sizeof(SetEntry));
    if (!t) {
        err_nomemory();
        return -1;
    }
    mem_note_work(16 * (uint64_t)size);            /* base/mem.h: 16 per entry */
    SetEntry *old = s->table;
    size_t oldmask = s->mask;
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(t, size - 1, old[i].key, old[i].hash);
    s->fill = s->used;
    s->table = t;
    s->mask = size - 1;
    mem_free(old, (oldmask + 1) * sizeof(SetEntry));
    return 0;
}

/* Are entry e and (key, hash) equal?  1/0, -1 error, 2 table changed. */
static int entry_eq(SetObj *s, SetEntry *e, Obj *key, hash_t hash)
{
    if (e->key == key)
        return 1;
    if (e->hash != hash)
        return 0;
    if (STR_CHECK_EXACT(key) && STR_CHECK_EXACT(e->key))
        return str_eq(e->key, key);
    SetEntry *table = s->table;
    Obj *start = NEWREF(e->key);
    int cmp = obj_compare_bool(start, key, CMP_EQ);
    DECREF(start);
    if (cmp < 0)
        return -1;
    if (table != s->table || e->key != start)
        return 2;
    return cmp;
}

/* set_add_entry: insert (key, hash) unless present (borrowed key). */
static int add_entry(SetObj *s, Obj *key, hash_t hash)
{
restart:;
    size_t mask = s->mask, i = (size_t)((uint64_t)hash & mask);
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++) {
            SetEntry *e = &s->table[i + j];
            if (!e->key) {
                s->used++;
                if (freeslot) {
                    freeslot->key = NEWREF(key);
                    freeslot->hash = hash;
                    return 0;
                }
                s->fill++;
                e->key = NEWREF(key);
                e->hash = hash;
                if (s->fill * 5 < mask * 3)
                    return 0;
                return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
            if (e->key == DUMMY) {
                if (!freeslot)
                    freeslot = e;
                continue;
            }
            int eq = entry_eq(s, e, key, hash);
            if (eq == 2)
                goto restart;
            if (eq)
                return eq < 0 ? -1 : 0;
        }
        i = next_probe(i, &perturb, mask);
    }
}

/* set_lookkey: the entry holding key, or NULL (*err set on error). */
static SetEntry *lookkey(SetObj *s, Obj *key, hash_t hash, int *err)
{
restart:;
    size_t mask = s->mask, i = (size_t)((uint64_t)hash & mask);
    uint64_t perturb = (uint64_t)hash;
    *err = 0;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++) {
            SetEntry *e = &s->table[i + j];
            if (!e->key)
                return NULL;
            if (e->key == DUMMY)
                continue;
            int eq = entry_eq(s, e, key, hash);
            if (eq == 2)
                goto restart;
            if (eq < 0) {
                *err = -1;
                return NULL;
            }
            if (eq)
                return e;
        }
        i = next_probe(i, &perturb, mask);
    }
}

/* Hash of a key; a set key is looked up as frozenset(key) (CPython). */
static hash_t key_hash(Obj *key)
{
    return obj_hash(key);
}

int set_add(Obj *set, Obj *key)
{
    hash_t h = key_hash(key);
    return h == -1 ? -1 : add_entry((SetObj *)set, key, h);
}

/* Membership with a computed hash (unhashable set keys: frozenset). */
static int contains_key(Obj *set, Obj *key)
{
    hash_t h = obj_hash(key);
    if (h == -1) {
        if (!IS_SET(key) || !err_matches(Exc_TypeError))
            return -1;
        err_clear();
        Obj *f = frozenset_new(key);
        if (!f)
            return -1;
        int r = contains_key(set, f);
        DECREF(f);
        return r;
    }
    int err;
    SetEntry *e = lookkey((SetObj *)set, key, h, &err);
    return err ? -1 : e != NULL;
}

int set_contains(Obj *set, Obj *key) { return contains_key(set, key); }

/* set_discard_entry: 1 removed, 0 absent, -1 error. */
static int discard_hash(SetObj *s, Obj *key, hash_t h)
{
    int err;
    SetEntry *e = lookkey(s, key, h, &err);
    if (!e)
        return err;
    Obj *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    DECREF(old);
    return 1;
}

int set_discard(Obj *set, Obj *key)
{
    hash_t h = obj_hash(key);
    if (h == -1) {
        if (!IS_SET(key) || !err_matches(Exc_TypeError))
            return -1;
        err_clear();
        Obj *f = frozenset_new(key);
        if (!f)
            return -1;
        int r = set_discard(set, f);
        DECREF(f);
        return r;
    }
    return discard_hash((SetObj *)set, key, h);
}

int64_t set_len(Obj *set) { return (int64_t)((SetObj *)set)->used; }

bool set_next(Obj *set, size_t *pos, Obj **key, hash_t *hash)
{
    SetObj *s = (SetObj *)set;
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            if (hash)
                *hash = e->hash;
            return true;
        }
    }
    return false;
}

/* set_merge: add all of another set, with CPython's fast paths. */
static int set_merge(SetObj *s, SetObj *o)
{
    if (s == o || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3
        && table_resize(s, (s->used + o->used) * 2) < 0)
        return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key) {
                s->table[i].key = NEWREF(o->table[i].key);
                s->table[i].hash = o->table[i].hash;
            }
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key && o->table[i].key != DUMMY)
                insert_clean(s->table, s->mask, NEWREF(o->table[i].key), o->table[i].hash);
        return 0;
    }
    for (size_t i = 0; i <= o->mask; i++)
        if (o->table[i].key && o->table[i].key != DUMMY
            && add_entry(s, o->table[i].key, o->table[i].hash) < 0)
            return -1;
    return 0;
}

/* set_update_internal: from a set, a dict (keys) or any iterable. */
static int set_update(SetObj *s, Obj *other)
{
    if (SET_CHECK_ANY(other))
        return set_merge(s, (SetObj *)other);
    if (DICT_CHECK_EXACT(other)) {
        size_t n = (size_t)dict_len(other);
        if ((s->fill + n) * 5 >= s->mask * 3 && table_resize(s, (s->used + n) * 2) < 0)
            return -1;
        DictObj *d = (DictObj *)other;
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key && add_entry(s, d->entries[i].key, d->entries[i].hash) < 0)
                return -1;
        return 0;
    }
    Obj *it = obj_iter(other);
    if (!it)
        return -1;
    Obj *k;
    int rc = 0;
    while (rc == 0 && (k = obj_iternext(it))) {
        rc = set_add((Obj *)s, k);
        DECREF(k);
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

/* A new set/frozenset of `type` holding iterable's items. */
static Obj *make_new_set(TypeObj *type, Obj *iterable)
{
    Obj *s = set_alloc(type);
    if (s && iterable && set_update((SetObj *)s, iterable) < 0) {
        DECREF(s);
        return NULL;
    }
    return s;
}

Obj *set_new(Obj *iterable) { return make_new_set(&Set_Type, iterable); }
Obj *frozenset_new(Obj *iterable) { return make_new_set(&FrozenSet_Type, iterable); }

/* The exact base type for results (set or frozenset), as CPython's
 * make_new_set_basetype. */
static TypeObj *base_type(Obj *o)
{
    return IS_SET(o) ? &Set_Type : &FrozenSet_Type;
}

static Obj *set_copy(Obj *o) { return make_new_set(base_type(o), o); }

int set_update_from(Obj *set, Obj *iterable)
{
    return set_update((SetObj *)set, iterable);
}

Obj *set_from_display(Obj *const *items, size_t n, bool all_const)
{
    Obj *s = set_new(NULL);
    if (!s)
        return NULL;
    if (n > 2 && all_const) {
        Obj *t = tuple_from_array(items, n);
        Obj *f = t ? frozenset_new(t) : NULL;
        XDECREF(t);
        int rc = f ? set_update((SetObj *)s, f) : -1;
        XDECREF(f);
        if (rc < 0)
            CLEAR(s);
        return s;
    }
    for (size_t i = 0; i < n; i++)
        if (set_add(s, items[i]) < 0) {
            DECREF(s);
            return NULL;
        }
    return s;
}

static void set_clear_all(SetObj *s)
{
    SetEntry *t = s->table;
    size_t mask = s->mask;
    s->table = mem_calloc(SET_MINSIZE, sizeof(SetEntry));
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    if (!s->table) {           /* keep the old table rather than crash */
        s->table = t;
        for (size_t i = 0; i <= mask; i++)
            if (t[i].key && t[i].key != DUMMY)
                DECREF(t[i].key);
        memset(t, 0, (mask + 1) * sizeof(SetEntry));
        s->mask = mask;
        return;
    }
    for (size_t i = 0; i <= mask; i++)
        if (t[i].key && t[i].key != DUMMY)
            DECREF(t[i].key);
    mem_free(t, (mask + 1) * sizeof(SetEntry));
}

static void set_dealloc(Obj *o)
{
    SetObj *s = (SetObj *)o;
    for (size_t i = 0; s->table && i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY)
            DECREF(s->table[i].key);
    mem_free(s->table, (s->mask + 1) * sizeof(SetEntry));
    obj_free(o);
}

/* ---- algebra (CPython's algorithms, for the same table layouts) ---- */

/* A set holding the other operand (sets as is, iterables converted). */
static Obj *as_set(Obj *o)
{
    return SET_CHECK_ANY(o) ? NEWREF(o) : set_new(o);
}

static Obj *set_intersection(Obj *so, Obj *other)
{
    Obj *result = set_alloc(base_type(so));
    if (!result)
        return NULL;
    if (SET_CHECK_ANY(other)) {
        if (set_len(other) > set_len(so)) {
            Obj *t = so; so = other; other = t;
        }
        size_t pos = 0;
        Obj *k;
        hash_t h;
        while (set_next(other, &pos, &k, &h)) {
            int err;
            SetEntry *e = lookkey((SetObj *)so, k, h, &err);
            if (err || (e && add_entry((SetObj *)result, k, h) < 0)) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Obj *it = obj_iter(other), *k;
    int rc = it ? 0 : -1;
    while (rc == 0 && (k = obj_iternext(it))) {
        hash_t h = obj_hash(k);
        int err = h == -1 ? -1 : 0;
        SetEntry *e = err ? NULL : lookkey((SetObj *)so, k, h, &err);
        rc = err ? -1 : e ? add_entry((SetObj *)result, k, h) : 0;
        DECREF(k);
    }
    XDECREF(it);
    if (rc < 0 || err_occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
}

/* set_difference_update_internal for one operand. */
static int difference_update(SetObj *s, Obj *other)
{
    if ((Obj *)s == other) {
        set_clear_all(s);
        return 0;
    }
    Obj *o = as_set(other);
    if (!o)
        return -1;
    size_t pos = 0;
    Obj *k;
    hash_t h;
    int rc = 0;
    while (rc == 0 && set_next(o, &pos, &k, &h))
        rc = discard_hash(s, k, h) < 0 ? -1 : 0;
    DECREF(o);
    return rc;
}

static Obj *set_difference(Obj *so, Obj *other)
{
    if (!SET_CHECK_ANY(other) || (set_len(so) >> 2) > set_len(other)) {
        Obj *r = set_copy(so);
        if (r && difference_update((SetObj *)r, other) < 0) {
            DECREF(r);
            return NULL;
        }
        return r;
    }
    Obj *result = set_alloc(base_type(so));
    size_t pos = 0;
    Obj *k;
    hash_t h;
    while (result && set_next(so, &pos, &k, &h)) {
        int err;
        SetEntry *e = lookkey((SetObj *)other, k, h, &err);
        if (err || (!e && add_entry((SetObj *)result, k, h) < 0))
            CLEAR(result);
    }
    return result;
}

/* set_symmetric_difference_update with a set operand. */
static int symdiff_update(SetObj *s, Obj *other)
{
    Obj *o = (Obj *)s == other ? NULL : as_set(other);
    if ((Obj *)s == other) {
        set_clear_all(s);
        return 0;
    }
    if (!o)
        return -1;
    size_t pos = 0;
    Obj *k;
    hash_t h;
    int rc = 0;
    while (rc == 0 && set_next(o, &pos, &k, &h)) {
        INCREF(k);
        int r = discard_hash(s, k, h);
        rc = r < 0 ? -1 : r == 0 ? add_entry(s, k, h) : 0;
        DECREF(k);
    }
    DECREF(o);
    return rc;
}

static Obj *set_symdiff(Obj *so, Obj *other)
{
    Obj *r = make_new_set(base_type(so), other);
    if (r && symdiff_update((SetObj *)r, so) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Obj *set_union(Obj *so, Obj *other)
{
    Obj *r = set_copy(so);
    if (r && set_update((SetObj *)r, other) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

/* issubset: every element of a is in b. 1/0/-1. */
static int is_subset(Obj *a, Obj *b)
{
    if (set_len(a) > set_len(b))
        return 0;
    size_t pos = 0;
    Obj *k;
    hash_t h;
    while (set_next(a, &pos, &k, &h)) {
        int err;
        SetEntry *e = lookkey((SetObj *)b, k, h, &err);
        if (err)
            return -1;
        if (!e)
            return 0;
    }
    return 1;
}

/* ---- slots ---- */

/* Binary operators: both operands must be sets (else NotImplemented). */
static Obj *set_binop(Obj *a, Obj *b, NbOp op)
{
    if (!SET_CHECK_ANY(a) || !SET_CHECK_ANY(b))
        return notimpl_new();
    switch (op) {
    case NB_OR: return set_union(a, b);
    case NB_AND: return set_intersection(a, b);
    case NB_SUB: return set_difference(a, b);
    default: return set_symdiff(a, b);
    }
}

static Obj *set_or(Obj *a, Obj *b) { return set_binop(a, b, NB_OR); }
static Obj *set_and(Obj *a, Obj *b) { return set_binop(a, b, NB_AND); }
static Obj *set_sub(Obj *a, Obj *b) { return set_binop(a, b, NB_SUB); }
static Obj *set_xor(Obj *a, Obj *b) { return set_binop(a, b, NB_XOR); }

/* In-place operators on a mutable set (s |= t ...). */
static Obj *set_inplace(Obj *a, Obj *b, NbOp op)
{
    if (!SET_CHECK_ANY(b))
        return notimpl_new();
    int rc;
    if (op == NB_OR) {
        rc = set_update((SetObj *)a, b);
    } else if (op == NB_SUB) {
        rc = difference_update((SetObj *)a, b);
    } else if (op == NB_XOR) {
        rc = symdiff_update((SetObj *)a, b);
    } else {
        Obj *r = set_intersection(a, b);
        if (!r)
            return NULL;
        SetObj *s = (SetObj *)a, *t = (SetObj *)r;
        SetObj tmp = *s;          /* swap tables, as set_swap_bodies */
        s->table = t->table; s->mask = t->mask; s->fill = t->fill; s->used = t->used;
        t->table = tmp.table; t->mask = tmp.mask; t->fill = tmp.fill; t->used = tmp.used;
        DECREF(r);
        rc = 0;
    }
    return rc < 0 ? NULL : NEWREF(a);
}

static Obj *set_ior(Obj *a, Obj *b) { return set_inplace(a, b, NB_OR); }
static Obj *set_iand(Obj *a, Obj *b) { return set_inplace(a, b, NB_AND); }
static Obj *set_isub(Obj *a, Obj *b) { return set_inplace(a, b, NB_SUB); }
static Obj *set_ixor(Obj *a, Obj *b) { return set_inplace(a, b, NB_XOR); }

static Obj *set_richcompare(Obj *a, Obj *b, int op)
{
    if (!SET_CHECK_ANY(a) || !SET_CHECK_ANY(b))
        return notimpl_new();
    int64_t na = set_len(a), nb = set_len(b);
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = na == nb ? is_subset(a, b) : 0;
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LE: r = is_subset(a, b); break;
    case CMP_GE: r = is_subset(b, a); break;
    case CMP_LT: r = na < nb ? is_subset(a, b) : 0; break;
    default: r = na > nb ? is_subset(b, a) : 0; break;
    }
    return r < 0 ? NULL : bool_new(r);
}

static Obj *set_repr(Obj *o)
{
    const char *tname = TYPE_NAME(o);
    bool plain = OBJ_TYPE(o) == &Set_Type;
    if (set_len(o) == 0)
        return str_from_format("%s()", tname);
    int r = repr_enter(o);
    if (r != 0)
        return r > 0 ? str_from_format("%s(...)", tname) : NULL;
    Obj *keys = list_new(0);
    size_t pos = 0;
    Obj *k, *s = NULL;
    while (keys && set_next(o, &pos, &k, NULL))
        if (list_append(keys, k) < 0)
            CLEAR(keys);
    Obj *lr = keys ? obj_repr(keys) : NULL;
    if (lr) {
        const char *d = STR_DATA(lr);   /* "[a, b]" -> "{a, b}" */
        StrBuf b;
        sb_init(&b);
        if (!plain) {
            sb_adds(&b, tname);
            sb_addc(&b, '(');
        }
        sb_addc(&b, '{');
        sb_add(&b, d + 1, STR_NBYTES(lr) - 2);
        sb_addc(&b, '}');
        if (!plain)
            sb_addc(&b, ')');
        s = sb_finish(&b);
    }
    XDECREF(lr);
    XDECREF(keys);
    repr_leave(o);
    return s;
}

/* frozenset hash (CPython 3.11 frozenset_hash): xor of shuffled hashes. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static hash_t frozenset_hash(Obj *o)
{
    SetObj *s = (SetObj *)o;
    if (s->hash != -1)
        return s->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++)
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    s->hash = (hash_t)hash;
    return s->hash;
}

static int64_t set_len_slot(Obj *o) { return set_len(o); }

/* ---- iterator ---- */

typedef struct SetIterObj {
    Obj ob;
    Obj *set;          /* owned; NULL once exhausted */
    size_t pos;        /* next table slot */
    size_t used;       /* len(set) at creation */
} SetIterObj;

static Obj *set_iter(Obj *o)
{
    SetIterObj *it = (SetIterObj *)obj_alloc(&SetIter_Type, 0);
    if (it) {
        it->set = NEWREF(o);
        it->used = ((SetObj *)o)->used;
    }
    return (Obj *)it;
}

static Obj *setiter_next(Obj *o)
{
    SetIterObj *it = (SetIterObj *)o;
    if (!it->set)
        return NULL;
    if (((SetObj *)it->set)->used != it->used) {
        it->used = (size_t)-1;
        return err_set(Exc_RuntimeError, "Set changed size during iteration");
    }
    Obj *k;
    if (set_next(it->set, &it->pos, &k, NULL))
        return NEWREF(k);
    CLEAR(it->set);
    return NULL;
}

static void setiter_dealloc(Obj *o)
{
    CLEAR(((SetIterObj *)o)->set);
    obj_free(o);
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

static void setiter_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((SetIterObj *)o)->set); }

TypeObj SetIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = setiter_traverse,
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
};

/* ---- methods ---- */

#define UNUSED3 (void)args; (void)nargs; (void)kw

static Obj *sm_add(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    return set_add(self, args[0]) < 0 ? NULL : none_new();
}

static Obj *sm_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    int r = set_discard(self, args[0]);
    if (r == 0)
        return err_set_obj(Exc_KeyError, args[0]);
    return r < 0 ? NULL : none_new();
}

static Obj *sm_discard(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    return set_discard(self, args[0]) < 0 ? NULL : none_new();
}

/* set.pop(): CPython's finger walk over the table. */
static Obj *sm_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    SetObj *s = (SetObj *)self;
    if (s->used == 0)
        return err_set(Exc_KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == DUMMY)
        i = i + 1 > s->mask ? 0 : i + 1;
    Obj *k = s->table[i].key;
    s->table[i].key = DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return k;
}

static Obj *sm_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    set_clear_all((SetObj *)self);
    return none_new();
}

static Obj *sm_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    if (OBJ_TYPE(self) == &FrozenSet_Type)
        return NEWREF(self);
    return set_copy(self);
}

/* Fold a method over all positional arguments (union(*others) ...). */
static Obj *fold(Obj *self, Obj *const *args, size_t nargs, Obj *(*f)(Obj *, Obj *))
{
    Obj *acc = NEWREF(self);
    if (nargs == 0)
        SETREF(acc, set_copy(self));
    for (size_t i = 0; acc && i < nargs; i++) {
        Obj *o = f == set_union || f == set_symdiff ? NEWREF(args[i]) : as_set(args[i]);
        Obj *r = o ? f(acc, o) : NULL;
        XDECREF(o);
        SETREF(acc, r);
    }
    return acc;
}

static Obj *sm_union(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return fold(self, args, nargs, set_union); }
static Obj *sm_intersection(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return fold(self, args, nargs, set_intersection); }
static Obj *sm_difference(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return fold(self, args, nargs, set_difference); }

static Obj *sm_symdiff(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    Obj *o = as_set(args[0]);
    Obj *r = o ? set_symdiff(self, o) : NULL;
    XDECREF(o);
    return r;
}

static Obj *sm_update(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    for (size_t i = 0; i < nargs; i++)
        if (set_update((SetObj *)self, args[i]) < 0)
            return NULL;
    return none_new();
}

/* intersection_update / difference_update / symmetric_difference_update. */
static Obj *inplace_method(Obj *self, Obj *const *args, size_t nargs, NbOp op)
{
    for (size_t i = 0; i < nargs; i++) {
        Obj *o = as_set(args[i]);
        Obj *r = o ? set_inplace(self, o, op) : NULL;
        XDECREF(o);
        if (!r)
            return NULL;
        DECREF(r);
    }
    return none_new();
}

static Obj *sm_iupdate(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return inplace_method(self, args, nargs, NB_AND); }
static Obj *sm_dupdate(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { (void)kw; return inplace_method(self, args, nargs, NB_SUB); }
static Obj *sm_supdate(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { UNUSED3; return inplace_method(self, args, 1, NB_XOR); }

/* issubset / issuperset / isdisjoint with any iterable. */
static Obj *relation(Obj *self, Obj *arg, int which)
{
    Obj *o = as_set(arg);
    if (!o)
        return NULL;
    int r;
    if (which == 0) {
        r = is_subset(self, o);
    } else if (which == 1) {
        r = is_subset(o, self);
    } else {
        Obj *i = set_intersection(self, o);
        r = i ? set_len(i) == 0 : -1;
        XDECREF(i);
    }
    DECREF(o);
    return r < 0 ? NULL : bool_new(r);
}

static Obj *sm_issubset(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { UNUSED3; return relation(self, args[0], 0); }
static Obj *sm_issuperset(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { UNUSED3; return relation(self, args[0], 1); }
static Obj *sm_isdisjoint(Obj *self, Obj *const *args, size_t nargs, Obj *kw) { UNUSED3; return relation(self, args[0], 2); }

static Obj *sm_contains(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    UNUSED3;
    int r = set_contains(self, args[0]);
    return r < 0 ? NULL : bool_new(r);
}

#define COMMON_METHODS \
    { "copy", sm_copy, METH_NOARGS, NULL }, \
    { "union", sm_union, METH_FASTCALL, NULL }, \
    { "intersection", sm_intersection, METH_FASTCALL, NULL }, \
    { "difference", sm_difference, METH_FASTCALL, NULL }, \
    { "symmetric_difference", sm_symdiff, METH_O, NULL }, \
    { "issubset", sm_issubset, METH_O, NULL }, \
    { "issuperset", sm_issuperset, METH_O, NULL }, \
    { "isdisjoint", sm_isdisjoint, METH_O, NULL }, \
    { "__contains__", sm_contains, METH_O, NULL }

static const MethodDef set_methods[] = {
    { "__class_getitem__", generic_class_getitem, METH_O | METH_CLASS, NULL },
    { "add", sm_add, METH_O, NULL },
    { "remove", sm_remove, METH_O, NULL },
    { "discard", sm_discard, METH_O, NULL },
    { "pop", sm_pop, METH_NOARGS, NULL },
    { "clear", sm_clear, METH_NOARGS, NULL },
    { "update", sm_update, METH_FASTCALL, NULL },
    { "intersection_update", sm_iupdate, METH_FASTCALL, NULL },
    { "difference_update", sm_dupdate, METH_FASTCALL, NULL },
    { "symmetric_difference_update", sm_supdate, METH_O, NULL },
    COMMON_METHODS,
    { NULL, NULL, 0, NULL }
};

static const MethodDef frozenset_methods[] = {
    { "__class_getitem__", generic_class_getitem, METH_O | METH_CLASS, NULL },
    COMMON_METHODS,
    { NULL, NULL, 0, NULL }
};

static Obj *set_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return set_alloc(type);
}

/* set(iterable=()): clear, then update. */
static int set_tp_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("set", kwnames) < 0 || args_count("set", nargs, 0, 1) < 0)
        return -1;
    set_clear_all((SetObj *)self);
    return nargs ? set_update((SetObj *)self, args[0]) : 0;
}

static Obj *frozenset_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("frozenset", kwnames) < 0 || args_count("frozenset", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && type == &FrozenSet_Type && OBJ_TYPE(args[0]) == &FrozenSet_Type)
        return NEWREF(args[0]);
    return make_new_set(type, nargs ? args[0] : NULL);
}

static void set_gc_clear(Obj *o) { set_clear_all((SetObj *)o); }

static void set_traverse(Obj *o, GCVisitor *v)
{
    SetObj *s = (SetObj *)o;
    for (size_t i = 0; s->table && i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY)
            GC_VISIT(s->table[i].key);
}

TypeObj Set_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = set_traverse, .clear = set_gc_clear,
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TPF_BASETYPE | TPF_ABSTRACT_HASH | TPF_WEAKREF | TPF_MATCH_SELF,
    .doc = "set() -> new empty set object",
    .dealloc = set_dealloc,
    .tp_new = set_tp_new,
    .tp_init = set_tp_init,
    .repr = set_repr,
    .hash = types_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = { [NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor },
    .nb_inplace = { [NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUB] = set_isub,
                    [NB_XOR] = set_ixor },
    .len = set_len_slot,
    .contains = set_contains,
    .methods = set_methods,
};

TypeObj FrozenSet_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = set_traverse, .clear = set_gc_clear,
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TPF_BASETYPE | TPF_WEAKREF | TPF_MATCH_SELF,
    .doc = "frozenset() -> empty frozenset object",
    .dealloc = set_dealloc,
    .tp_new = frozenset_tp_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = { [NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor },
    .len = set_len_slot,
    .contains = set_contains,
    .methods = frozenset_methods,
};
