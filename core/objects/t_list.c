/* t_list.c - list: a growable array of owned references.
 *
 * Slicing (get/set/del with steps), a stable merge sort that only uses
 * `<` (always asking "later < earlier", as CPython's timsort does, so
 * error messages name the operands in CPython's order), repr with the
 * "[...]" recursion guard, and CPython's exception texts.
 */
#include "objects/types.h"
#include "objects/interp.h"
#include "objects/gc.h"

#include <string.h>

/* ---- storage ---- */

/* Storage for exactly cap items (cap >= size); 0 / -1 MemoryError. */
static int list_set_cap(ListObj *l, size_t cap)
{
    if (cap > SIZE_MAX / sizeof(Obj *)) {
        err_nomemory();
        return -1;
    }
    Obj **items = mem_realloc(l->items, l->cap * sizeof(Obj *), cap * sizeof(Obj *));
    if (!items && cap) {
        err_nomemory();
        return -1;
    }
    if (cap > l->cap)
        mem_note_work(8 * (uint64_t)(cap - l->cap));   /* base/mem.h: 8 per item slot */
    l->items = items;
    l->cap = cap;
    return 0;
}

/* Growth doubles the storage; near the memory cap, where doubling does
 * not fit, it grows by an eighth as CPython's lists do, so a list can
 * fill the cap (mem_realloc checks the cap for the whole new block before
 * reallocating). */
int list_reserve(Obj *list, size_t n)
{
    ListObj *l = (ListObj *)list;
    if (n <= l->cap)
        return 0;
    size_t cap = l->cap < 4 ? 4 : l->cap;
    while (cap < n) {
        if (cap > SIZE_MAX / 2 / sizeof(Obj *)) {
            err_nomemory();
            return -1;
        }
        cap *= 2;
    }
    if (list_set_cap(l, cap) == 0)
        return 0;
    size_t small = n + (n >> 3) + 6;
    if (small >= cap)
        return -1;
    err_clear();
    return list_set_cap(l, small);
}

Obj *list_new(size_t n)
{
    ListObj *l = (ListObj *)obj_alloc(&List_Type, 0);
    if (!l)
        return NULL;
    if (n && list_reserve((Obj *)l, n) < 0) {
        DECREF(l);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        l->items[i] = NULL;
    l->size = n;
    return (Obj *)l;
}

int list_append(Obj *list, Obj *item)
{
    ListObj *l = (ListObj *)list;
    if (l->size == l->cap && list_reserve(list, l->size + 1) < 0)
        return -1;
    l->items[l->size++] = NEWREF(item);
    return 0;
}

int list_insert(Obj *list, int64_t where, Obj *item)
{
    ListObj *l = (ListObj *)list;
    int64_t n = (int64_t)l->size;
    if (where < 0 && (where += n) < 0)
        where = 0;
    if (where > n)
        where = n;
    if (list_reserve(list, l->size + 1) < 0)
        return -1;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(Obj *));
    l->items[where] = NEWREF(item);
    l->size++;
    return 0;
}

int list_extend(Obj *list, Obj *iterable)
{
    if (LIST_CHECK(iterable) || TUPLE_CHECK(iterable)) {
        size_t n = LIST_CHECK(iterable) ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        if (list_reserve(list, LIST_SIZE(list) + n) < 0)
            return -1;
        Obj **src = LIST_CHECK(iterable) ? ((ListObj *)iterable)->items
                                         : ((TupleObj *)iterable)->items;
        for (size_t i = 0; i < n; i++)       /* n read once: l.extend(l) doubles */
            LIST_ITEM(list, LIST_SIZE(list) + i) = NEWREF(src[i]);
        ((ListObj *)list)->size += n;
        return 0;
    }
    Obj *it = obj_iter(iterable);
    if (!it)
        return -1;
    /* CPython guesses the size (len or __length_hint__, else 8) and makes
     * room first: list(range(10**10)) is a MemoryError at once */
    ListObj *l = (ListObj *)list;
    int64_t hint = obj_length_hint(iterable, 8);
    if (hint < 0 || ((uint64_t)hint <= INT64_MAX - l->size
                     && l->size + (uint64_t)hint > l->cap
                     && list_set_cap(l, l->size + (size_t)hint) < 0)) {
        DECREF(it);
        return -1;
    }
    Obj *x;
    while ((x = obj_iternext(it))) {
        int rc = list_append(list, x);
        DECREF(x);
        if (rc < 0)
            break;
    }
    DECREF(it);
    if (err_occurred())
        return -1;
    if (l->size < l->cap / 2 && list_set_cap(l, l->size) < 0)   /* the guess was too large */
        err_clear();
    return 0;
}

Obj *list_from_iter(Obj *iterable)
{
    Obj *l = list_new(0);
    if (l && list_extend(l, iterable) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

Obj *list_as_tuple(Obj *list)
{
    return tuple_from_array(((ListObj *)list)->items, LIST_SIZE(list));
}

/* Drop every item (used by clear, dealloc and slice assignment). */
static void list_clear_items(ListObj *l)
{
    Obj **items = l->items;
    size_t n = l->size, cap = l->cap;
    l->items = NULL;
    l->size = l->cap = 0;
    while (n > 0)                  /* last first, as CPython: finalizers run in that order */
        XDECREF(items[--n]);
    mem_free(items, cap * sizeof(Obj *));
}

static void list_dealloc(Obj *o)
{
    list_clear_items((ListObj *)o);
    obj_free(o);
}

hash_t types_unhashable(Obj *o)
{
    err_format(Exc_TypeError, "unhashable type: '%T'", o);
    return -1;
}

/* ---- repr / compare ---- */

static Obj *list_repr(Obj *o)
{
    if (LIST_SIZE(o) == 0)
        return str_from_cstr("[]");
    int r = repr_enter(o);
    if (r != 0)
        return r > 0 ? str_from_cstr("[...]") : NULL;
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '[');
    for (size_t i = 0; i < LIST_SIZE(o); i++) {
        Obj *s = obj_repr(LIST_ITEM(o, i));
        if (!s) {
            sb_free(&b);
            repr_leave(o);
            return NULL;
        }
        if (i)
            sb_adds(&b, ", ");
        sb_addobj(&b, s);
        DECREF(s);
    }
    sb_addc(&b, ']');
    repr_leave(o);
    return sb_finish(&b);
}

/* Items array and current size of a list or tuple. */
static Obj **seq_items(Obj *o, size_t *n)
{
    if (LIST_CHECK(o)) {
        *n = LIST_SIZE(o);
        return ((ListObj *)o)->items;
    }
    *n = TUPLE_SIZE(o);
    return ((TupleObj *)o)->items;
}

Obj *types_seq_richcompare(Obj *a, Obj *b, int op)
{
    size_t na, nb, i;
    for (i = 0;; i++) {
        Obj **x = seq_items(a, &na), **y = seq_items(b, &nb);
        if (i >= na || i >= nb)
            break;
        Obj *p = NEWREF(x[i]), *q = NEWREF(y[i]);
        int eq = obj_compare_bool(p, q, CMP_EQ);
        if (eq == 0) {
            Obj *r = op == CMP_EQ ? bool_new(false) : op == CMP_NE ? bool_new(true)
                   : obj_richcompare(p, q, op);
            DECREF(p);
            DECREF(q);
            return r;
        }
        DECREF(p);
        DECREF(q);
        if (eq < 0)
            return NULL;
    }
    int c = na < nb ? -1 : na > nb;
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_new(r);
}

static Obj *list_richcompare(Obj *a, Obj *b, int op)
{
    if (!LIST_CHECK(a) || !LIST_CHECK(b))
        return notimpl_new();
    if ((op == CMP_EQ || op == CMP_NE) && LIST_SIZE(a) != LIST_SIZE(b))
        return bool_new(op == CMP_NE);
    return types_seq_richcompare(a, b, op);
}

/* ---- indexing ---- */

int types_index_arg(Obj *key, int64_t *out, const char *what)
{
    if (!INT_CHECK(key) && !OBJ_TYPE(key)->nb_index) {
        err_format(Exc_TypeError, "%s indices must be integers or slices, not %T", what, key);
        return -1;
    }
    Obj *i = obj_index(key);
    if (!i)
        return -1;
    if (!INT_IS_SMALL(i)) {
        DECREF(i);
        err_format(Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = INT_SMALL(i);
    DECREF(i);
    return 0;
}

static int64_t list_len(Obj *o) { return (int64_t)LIST_SIZE(o); }

/* l[start:stop:step] as a new list. */
static Obj *list_slice(Obj *o, Obj *slice)
{
    int64_t start, stop, step, n;
    if (slice_indices(slice, (int64_t)LIST_SIZE(o), &start, &stop, &step, &n) < 0)
        return NULL;
    Obj *r = list_new((size_t)n);
    if (!r)
        return NULL;
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        LIST_ITEM(r, k) = NEWREF(LIST_ITEM(o, i));
    return r;
}

static Obj *list_getitem(Obj *o, Obj *key)
{
    if (obj_typecheck(key, &Slice_Type))
        return list_slice(o, key);
    int64_t i;
    if (types_index_arg(key, &i, "list") < 0)
        return NULL;
    if (i < 0)
        i += (int64_t)LIST_SIZE(o);
    if (i < 0 || i >= (int64_t)LIST_SIZE(o))
        return err_set(Exc_IndexError, "list index out of range");
    return NEWREF(LIST_ITEM(o, i));
}

/* Replace l[lo:hi] (step 1) by the items of v (NULL: delete). */
static int list_assign_range(Obj *o, int64_t lo, int64_t hi, Obj *v)
{
    ListObj *l = (ListObj *)o;
    Obj *seq = NULL;
    size_t n = 0;
    if (v) {
        seq = v == o || !(LIST_CHECK(v) || TUPLE_CHECK(v)) ? list_from_iter(v) : NEWREF(v);
        if (!seq) {
            if (err_matches(Exc_TypeError)) {
                err_clear();
                err_set(Exc_TypeError, "can only assign an iterable");
            }
            return -1;
        }
        seq_items(seq, &n);
    }
    if (hi < lo)
        hi = lo;
    size_t d = (size_t)(hi - lo), old = l->size;
    if (n > d && list_reserve(o, old + n - d) < 0) {
        XDECREF(seq);
        return -1;
    }
    Obj **gone = d ? mem_alloc(d * sizeof(Obj *)) : NULL;
    if (d && !gone) {
        XDECREF(seq);
        err_nomemory();
        return -1;
    }
    if (d)
        memcpy(gone, l->items + lo, d * sizeof(Obj *));
    if (old > (size_t)hi)
        memmove(l->items + lo + n, l->items + hi, (old - (size_t)hi) * sizeof(Obj *));
    Obj **src = n ? seq_items(seq, &n) : NULL;
    for (size_t k = 0; k < n; k++)
        l->items[lo + (int64_t)k] = NEWREF(src[k]);
    l->size = old - d + n;
    for (size_t k = d; k > 0; k--)  /* last first, as CPython's list_ass_slice */
        DECREF(gone[k - 1]);
    mem_free(gone, d * sizeof(Obj *));
    XDECREF(seq);
    return 0;
}

/* Extended-slice assignment / deletion (step != 1). */
static int list_assign_ext(Obj *o, int64_t start, int64_t step, int64_t n, Obj *v)
{
    if (!v) {
        if (step < 0) {   /* delete the same items walking forwards */
            start += step * (n - 1);
            step = -step;
        }
        for (int64_t k = n - 1; k >= 0; k--)
            if (list_assign_range(o, start + k * step, start + k * step + 1, NULL) < 0)
                return -1;
        return 0;
    }
    Obj *seq = list_from_iter(v);
    if (!seq)
        return -1;
    if ((int64_t)LIST_SIZE(seq) != n) {
        err_format(Exc_ValueError, "attempt to assign sequence of size %zu to extended "
                   "slice of size %lld", LIST_SIZE(seq), (long long)n);
        DECREF(seq);
        return -1;
    }
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        SETREF(LIST_ITEM(o, i), NEWREF(LIST_ITEM(seq, k)));
    DECREF(seq);
    return 0;
}

static int list_setitem(Obj *o, Obj *key, Obj *v)
{
    if (obj_typecheck(key, &Slice_Type)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, (int64_t)LIST_SIZE(o), &start, &stop, &step, &n) < 0)
            return -1;
        if (step == 1)
            return list_assign_range(o, start, stop, v);
        return list_assign_ext(o, start, step, n, v);
    }
    int64_t i;
    if (types_index_arg(key, &i, "list") < 0)
        return -1;
    if (i < 0)
        i += (int64_t)LIST_SIZE(o);
    if (i < 0 || i >= (int64_t)LIST_SIZE(o)) {
        err_set(Exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (!v)
        return list_assign_range(o, i, i + 1, NULL);
    SETREF(LIST_ITEM(o, i), NEWREF(v));
    return 0;
}

static int list_contains(Obj *o, Obj *x)
{
    for (size_t i = 0; i < LIST_SIZE(o); i++) {
        Obj *it = NEWREF(LIST_ITEM(o, i));
        int r = obj_compare_bool(it, x, CMP_EQ);
        DECREF(it);
        if (r != 0)
            return r;
    }
    return 0;
}

static Obj *list_concat(Obj *a, Obj *b)
{
    if (!LIST_CHECK(b))
        return err_format(Exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    Obj *r = list_new(0);
    if (r && (list_extend(r, a) < 0 || list_extend(r, b) < 0)) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Obj *list_repeat(Obj *o, int64_t n)
{
    size_t len = LIST_SIZE(o);
    if (n <= 0 || len == 0)
        return list_new(0);
    if ((uint64_t)n > (uint64_t)(SIZE_MAX / sizeof(Obj *)) / len)
        return err_nomemory();
    Obj *r = list_new(len * (size_t)n);
    if (!r)
        return NULL;
    if (step_charge_data(8 * len * (uint64_t)n) < 0) {  /* the cap checked, before the work */
        DECREF(r);
        return NULL;
    }
    for (size_t k = 0; k < len * (size_t)n; k++)
        LIST_ITEM(r, k) = NEWREF(LIST_ITEM(o, k % len));
    return r;
}

static Obj *list_inplace_concat(Obj *a, Obj *b)
{
    return list_extend(a, b) < 0 ? NULL : NEWREF(a);
}

static Obj *list_inplace_repeat(Obj *o, int64_t n)
{
    size_t len = LIST_SIZE(o);
    if (n <= 0) {
        list_clear_items((ListObj *)o);
        return NEWREF(o);
    }
    if ((uint64_t)n > (uint64_t)(SIZE_MAX / sizeof(Obj *)) / (len ? len : 1))
        return err_nomemory();
    if (list_reserve(o, len * (size_t)n) < 0
        || step_charge_data(8 * len * (uint64_t)n) < 0)   /* the cap checked, before the work */
        return NULL;
    for (size_t k = len; k < len * (size_t)n; k++)
        LIST_ITEM(o, k) = NEWREF(LIST_ITEM(o, k % len));
    ((ListObj *)o)->size = len * (size_t)n;
    return NEWREF(o);
}

/* ---- sort: stable merge sort on (key, value) pairs ---- */

typedef struct SortItem {
    Obj *key;          /* what `<` compares (the value itself without key=) */
    Obj *value;        /* the list item */
} SortItem;

/* 1 if b < a must place b first: "later < earlier".  -1 on error. */
static int sort_lt(SortItem *later, SortItem *earlier)
{
    return obj_compare_bool(later->key, earlier->key, CMP_LT);
}

/* Merge sort v[0..n) using tmp; returns -1 on the first comparison error. */
static int merge_sort(SortItem *v, SortItem *tmp, size_t n)
{
    if (n < 2)
        return 0;
    size_t mid = n / 2;
    if (merge_sort(v, tmp, mid) < 0 || merge_sort(v + mid, tmp, n - mid) < 0)
        return -1;
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        int lt = sort_lt(&v[j], &v[i]);
        if (lt < 0)
            return -1;
        tmp[k++] = lt ? v[j++] : v[i++];
    }
    while (i < mid)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof(SortItem));
    return 0;
}

/* CPython's count_run: length of the run starting at v[0] (n >= 1), and
 * whether it is strictly descending.  -1 on a comparison error. */
static int64_t count_run(SortItem *v, size_t n, bool *desc)
{
    *desc = false;
    if (n == 1)
        return 1;
    int lt = sort_lt(&v[1], &v[0]);
    if (lt < 0)
        return -1;
    *desc = lt == 1;
    size_t k = 2;
    for (; k < n; k++) {
        lt = sort_lt(&v[k], &v[k - 1]);
        if (lt < 0)
            return -1;
        if (lt != *desc)
            break;
    }
    return (int64_t)k;
}

/* CPython's binarysort: v[0..start) is sorted; insert v[start..n) one by
 * one, each after a binary search asking "pivot < v[p]".  0/-1. */
static int binary_sort(SortItem *v, size_t n, size_t start)
{
    for (; start < n; start++) {
        SortItem pivot = v[start];
        size_t l = 0, r = start;
        do {
            size_t p = l + ((r - l) >> 1);
            int lt = sort_lt(&pivot, &v[p]);
            if (lt < 0)
                return -1;
            if (lt)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(&v[l + 1], &v[l], (start - l) * sizeof(SortItem));
        v[l] = pivot;
    }
    return 0;
}

/* Sorts fewer than 64 items exactly as CPython's timsort does (one run,
 * extended by binary insertion), so the comparisons made - and so the
 * first failing one - are CPython's.  The order reached so far is kept on
 * error, as in CPython.  0/-1. */
static int small_sort(SortItem *v, size_t n)
{
    if (n < 2)
        return 0;
    bool desc;
    int64_t run = count_run(v, n, &desc);
    if (run < 0)
        return -1;
    for (size_t i = 0; desc && i < (size_t)run / 2; i++) {
        SortItem t = v[i];
        v[i] = v[run - 1 - i];
        v[run - 1 - i] = t;
    }
    return binary_sort(v, n, (size_t)run);
}

static void reverse_items(Obj **items, size_t n)
{
    for (size_t i = 0; i + 1 < n - i; i++) {
        Obj *t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
}

/* Compute keys and sort the detached items; 0/-1. */
static int sort_items(Obj **items, size_t n, Obj *key)
{
    SortItem *v = mem_alloc((2 * n + 1) * sizeof(SortItem));
    if (!v) {
        err_nomemory();
        return -1;
    }
    size_t done = 0;
    int rc = 0;
    for (; done < n; done++) {
        v[done].value = items[done];
        v[done].key = key ? obj_call1(key, items[done]) : items[done];
        if (!v[done].key) {
            rc = -1;
            break;
        }
    }
    if (rc == 0 && n < 64) {
        rc = small_sort(v, n);
        for (size_t i = 0; i < n; i++)
            items[i] = v[i].value;
    } else if (rc == 0 && merge_sort(v, v + n, n) == 0) {
        for (size_t i = 0; i < n; i++)
            items[i] = v[i].value;
    } else {
        rc = -1;
    }
    if (key)
        for (size_t i = 0; i < done; i++)
            DECREF(v[i].key);
    mem_free(v, (2 * n + 1) * sizeof(SortItem));
    return rc;
}

int list_sort(Obj *list, Obj *key, bool reverse)
{
    ListObj *l = (ListObj *)list;
    Obj **items = l->items;
    size_t n = l->size, cap = l->cap;
    l->items = NULL;               /* detach: mutation during sort is detected */
    l->size = l->cap = 0;
    if (key && obj_is_none(key))
        key = NULL;
    if (reverse)
        reverse_items(items, n);
    int rc = sort_items(items, n, key);
    if (reverse)
        reverse_items(items, n);
    bool mutated = l->items != NULL || l->size != 0;
    list_clear_items(l);
    l->items = items;
    l->size = n;
    l->cap = cap;
    if (mutated && rc == 0) {
        err_set(Exc_ValueError, "list modified during sort");
        rc = -1;
    }
    return rc;
}

/* ---- methods ---- */

static Obj *lm_append(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    return list_append(self, args[0]) < 0 ? NULL : none_new();
}

static Obj *lm_extend(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    return list_extend(self, args[0]) < 0 ? NULL : none_new();
}

static Obj *lm_insert(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t i;
    if (args_count("insert", nargs, 2, 2) < 0 || obj_as_int64(args[0], &i) < 0)
        return NULL;
    return list_insert(self, i, args[1]) < 0 ? NULL : none_new();
}

static Obj *lm_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t i = -1, n = (int64_t)LIST_SIZE(self);
    if (args_count("pop", nargs, 0, 1) < 0 || (nargs && obj_as_int64(args[0], &i) < 0))
        return NULL;
    if (n == 0)
        return err_set(Exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return err_set(Exc_IndexError, "pop index out of range");
    Obj *x = NEWREF(LIST_ITEM(self, i));
    if (list_assign_range(self, i, i + 1, NULL) < 0) {
        DECREF(x);
        return NULL;
    }
    return x;
}

/* Position of the first item == x in [start, stop), -1 if none, -2 error. */
static int64_t list_find(Obj *self, Obj *x, int64_t start, int64_t stop)
{
    for (int64_t i = start; i < stop && i < (int64_t)LIST_SIZE(self); i++) {
        Obj *it = NEWREF(LIST_ITEM(self, i));
        int r = obj_compare_bool(it, x, CMP_EQ);
        DECREF(it);
        if (r != 0)
            return r < 0 ? -2 : i;
    }
    return -1;
}

static Obj *lm_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t i = list_find(self, args[0], 0, (int64_t)LIST_SIZE(self));
    if (i == -2)
        return NULL;
    if (i < 0)
        return err_set(Exc_ValueError, "list.remove(x): x not in list");
    return list_assign_range(self, i, i + 1, NULL) < 0 ? NULL : none_new();
}

/* Resolve index()'s optional start/stop like a slice. */
static int clamp_arg(Obj *const *args, size_t nargs, size_t at, int64_t len, int64_t *v)
{
    if (nargs <= at)
        return 0;
    if (obj_as_int64(args[at], v) < 0)
        return -1;
    if (*v < 0 && (*v += len) < 0)
        *v = 0;
    return 0;
}

static Obj *lm_index(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)kw;
    int64_t len = (int64_t)LIST_SIZE(self), start = 0, stop = len;
    if (args_count("index", nargs, 1, 3) < 0 || clamp_arg(args, nargs, 1, len, &start) < 0
        || clamp_arg(args, nargs, 2, len, &stop) < 0)
        return NULL;
    int64_t i = list_find(self, args[0], start, stop);
    if (i == -2)
        return NULL;
    if (i < 0)
        return err_format(Exc_ValueError, "%R is not in list", args[0]);
    return int_from_i64(i);
}

static Obj *lm_count(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)nargs; (void)kw;
    int64_t c = 0;
    for (size_t i = 0; i < LIST_SIZE(self); i++) {
        Obj *it = NEWREF(LIST_ITEM(self, i));
        int r = obj_compare_bool(it, args[0], CMP_EQ);
        DECREF(it);
        if (r < 0)
            return NULL;
        c += r;
    }
    return int_from_i64(c);
}

static Obj *lm_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    list_clear_items((ListObj *)self);
    return none_new();
}

static Obj *lm_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    return list_from_iter(self);
}

static Obj *lm_reverse(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    reverse_items(((ListObj *)self)->items, LIST_SIZE(self));
    return none_new();
}

static Obj *lm_sort(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    static const char *const names[] = { "key", "reverse" };
    Obj *a[2];
    if (nargs)
        return err_set(Exc_TypeError, "sort() takes no positional arguments");
    if (args_parse("sort", args, nargs, kw, names, 2, 0, 0, a) < 0)
        return NULL;
    int rev = a[1] ? obj_is_true(a[1]) : 0;
    if (rev < 0 || list_sort(self, a[0], rev) < 0)
        return NULL;
    return none_new();
}

/* ---- iterators ---- */

typedef struct ListIterObj {
    Obj ob;
    Obj *list;         /* owned; NULL once exhausted */
    size_t index;      /* next position (reversed: next position + 1) */
} ListIterObj;

static Obj *listiter_new(TypeObj *t, Obj *list, size_t index)
{
    ListIterObj *it = (ListIterObj *)obj_alloc(t, 0);
    if (it) {
        it->list = NEWREF(list);
        it->index = index;
    }
    return (Obj *)it;
}

static Obj *list_iter(Obj *o) { return listiter_new(&ListIter_Type, o, 0); }

static Obj *listiter_next(Obj *o)
{
    ListIterObj *it = (ListIterObj *)o;
    if (!it->list)
        return NULL;
    if (it->index < LIST_SIZE(it->list))
        return NEWREF(LIST_ITEM(it->list, it->index++));
    CLEAR(it->list);
    return NULL;
}

static Obj *listreviter_next(Obj *o)
{
    ListIterObj *it = (ListIterObj *)o;
    if (!it->list)
        return NULL;
    if (it->index > 0 && it->index <= LIST_SIZE(it->list))
        return NEWREF(LIST_ITEM(it->list, --it->index));
    CLEAR(it->list);
    return NULL;
}

static int64_t listiter_len(Obj *o)
{
    ListIterObj *it = (ListIterObj *)o;
    return it->list && it->index < LIST_SIZE(it->list) ? (int64_t)(LIST_SIZE(it->list) - it->index) : 0;
}

static void listiter_dealloc(Obj *o)
{
    CLEAR(((ListIterObj *)o)->list);
    obj_free(o);
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

static Obj *lm_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kw)
{
    (void)args; (void)nargs; (void)kw;
    return listiter_new(&ListRevIter_Type, self, LIST_SIZE(self));
}

static void listiter_traverse(Obj *o, GCVisitor *v) { GC_VISIT(((ListIterObj *)o)->list); }

TypeObj ListIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = listiter_traverse,
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .len = listiter_len,
};

TypeObj ListRevIter_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = listiter_traverse,
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObj),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listreviter_next,
};

/* ---- type ---- */

static Obj *list_tp_new(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return obj_alloc(type, 0);
}

/* list(iterable): clear, then extend (as CPython's list___init__). */
static int list_tp_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kw("list", kwnames) < 0 || args_count("list", nargs, 0, 1) < 0)
        return -1;
    list_clear_items((ListObj *)self);
    return nargs ? list_extend(self, args[0]) : 0;
}

static const MethodDef list_methods[] = {
    { "__class_getitem__", generic_class_getitem, METH_O | METH_CLASS, NULL },
    { "append", lm_append, METH_O, NULL },
    { "extend", lm_extend, METH_O, NULL },
    { "insert", lm_insert, METH_FASTCALL, NULL },
    { "pop", lm_pop, METH_FASTCALL, NULL },
    { "remove", lm_remove, METH_O, NULL },
    { "index", lm_index, METH_FASTCALL, NULL },
    { "count", lm_count, METH_O, NULL },
    { "clear", lm_clear, METH_NOARGS, NULL },
    { "copy", lm_copy, METH_NOARGS, NULL },
    { "reverse", lm_reverse, METH_NOARGS, NULL },
    { "sort", lm_sort, METH_FASTCALL | METH_KEYWORDS, NULL },
    { "__reversed__", lm_reversed, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL }
};

static void list_traverse(Obj *o, GCVisitor *v)
{
    ListObj *l = (ListObj *)o;
    for (size_t i = l->size; i-- > 0;)      /* last first, as CPython */
        GC_VISIT(l->items[i]);
}

static void list_gc_clear(Obj *o) { list_clear_items((ListObj *)o); }

TypeObj List_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type),
    .traverse = list_traverse, .clear = list_gc_clear,
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TPF_BASETYPE | TPF_LIST_SUBCLASS | TPF_ABSTRACT_HASH | TPF_MATCH_SELF |
             TPF_SEQUENCE,
    .doc = "Built-in mutable sequence.",
    .dealloc = list_dealloc,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .repr = list_repr,
    .hash = types_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
    .methods = list_methods,
};
