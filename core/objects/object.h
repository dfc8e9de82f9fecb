/* OBJECT_H_READY */
/* object.h - the object model of the Coroscope engine.
 *
 * Every Python value is an `Obj *`: a reference-counted header (refcnt +
 * type pointer) followed by the type's own fields.  Types are objects too
 * (TypeObj, whose type is Type_Type).  Behaviour lives in the type's slots
 * (C function pointers, CPython's tp_* / nb_* / sq_* / mp_* collapsed into
 * one struct); the abstract operations below (obj_repr, obj_call,
 * obj_binop, ...) dispatch through them, so C types and user classes
 * (whose slots are filled with "dunder bridge" wrappers that call the
 * Python method, like CPython's slot_* functions) work the same way.
 *
 * Reference counting: a function returning `Obj *` returns a NEW reference
 * unless its comment says "borrowed".  Arguments are borrowed unless the
 * comment says "steals".  An object is deallocated exactly when its count
 * hits zero (no deferred collection: generators' finally blocks and
 * "coroutine was never awaited" warnings depend on that timing).  Cycles
 * are found by the cycle collector (objects/gc.h): containers have a
 * `traverse` slot that reports the references they own, and the collector
 * runs at safe points only (see gc.h).
 *
 * Error convention (no longjmp anywhere): a function that fails sets the
 * pending exception with err_set()/err_format()/... and returns NULL (for
 * Obj *) or -1 (for int / int64_t / hash_t).  Iteration exhaustion is the
 * one exception: obj_iternext returns NULL WITHOUT a pending exception.
 *
 * Uses: base; the interpreter only through objects/interp.h (the one
 * entry point by which objects call back into the VM) and type slots.
 *
 * Ownership of the parts:
 *   object.c  - this header's core: refcounts, errors, abstract ops,
 *               type objects (type_ready, generic getattr, slot wrappers),
 *               object/None/NotImplemented/Ellipsis, interning.
 *   "types"   - int/bool/float/str/bytes/bytearray/list/tuple/dict/set/
 *               frozenset/range/slice + iterators: the *_Type objects and the
 *               constructor/accessor contract in section 9 (files
 *               core/t_*.c or similar).
 *   class.c, exc.c - classes, descriptors, bound methods, exceptions.
 *
 * Sizes: Python-visible lengths/indices are int64_t; C counts are size_t
 * (32-bit on wasm32).  Never assume 64-bit pointers.
 */
#ifndef CS_OBJECT_H
#define CS_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/mem.h"

typedef struct Obj Obj;
typedef struct TypeObj TypeObj;
typedef int64_t hash_t;          /* Python hash value; -1 means "error" */

/* ------------------------------------------------------------------ */
/* 1. Object header and reference counting                             */
/* ------------------------------------------------------------------ */

/* The header every object starts with (embed it as the FIRST member,
 * conventionally named `ob`). */
struct Obj {
    intptr_t refcnt;   /* references held; dealloc when it drops to 0 */
    TypeObj *type;     /* the object's type (a heap type is INCREF'd by
                          each of its instances) */
};

/* Statically allocated objects (types, None, True, ...) start with a huge
 * count so they are never deallocated. */
#define OBJ_IMMORTAL ((intptr_t)1 << 29)
#define OBJ_STATIC_HEAD(typeptr) { OBJ_IMMORTAL, (typeptr) }

#define OBJ_TYPE(o) (((Obj *)(o))->type)

#define INCREF(o) ((void)(((Obj *)(o))->refcnt++))
#define XINCREF(o) do { Obj *xi_ = (Obj *)(o); if (xi_) xi_->refcnt++; } while (0)
#define DECREF(o) do { Obj *dr_ = (Obj *)(o); \
        if (--dr_->refcnt == 0) obj_dealloc(dr_); } while (0)
#define XDECREF(o) do { Obj *xd_ = (Obj *)(o); \
        if (xd_ && --xd_->refcnt == 0) obj_dealloc(xd_); } while (0)
/* Drop the reference held in an lvalue and set it to NULL first (so a
 * finalizer that runs during the dealloc never sees a dangling field). */
#define CLEAR(lv) do { Obj *cl_ = (Obj *)(lv); if (cl_) { (lv) = NULL; DECREF(cl_); } } while (0)
/* Replace the reference held in an lvalue (steals `nv`). */
#define SETREF(lv, nv) do { Obj *sr_ = (Obj *)(lv); (lv) = (nv); XDECREF(sr_); } while (0)

/* Return a new reference to o (for `return NEWREF(x);`). */
static inline Obj *NEWREF(Obj *o) { o->refcnt++; return o; }
static inline Obj *XNEWREF(Obj *o) { if (o) o->refcnt++; return o; }

/* Called by DECREF when the count hits 0: runs type->dealloc. */
void obj_dealloc(Obj *o);

/* Allocate a zeroed object of `type` (type->basicsize + extra bytes) with
 * refcnt 1; INCREFs a heap type.  NULL + MemoryError on failure. */
Obj *obj_alloc(TypeObj *type, size_t extra);
/* Free the memory of an object from its dealloc slot (after clearing its
 * fields); DECREFs a heap type.  The one counterpart of obj_alloc. */
void obj_free(Obj *o);

/* ------------------------------------------------------------------ */
/* 2. Slot signatures                                                  */
/* ------------------------------------------------------------------ */

typedef void (*dealloc_fn)(Obj *self);
typedef Obj *(*unary_fn)(Obj *self);                   /* repr, str, iter, neg, ... */
typedef Obj *(*binary_fn)(Obj *a, Obj *b);             /* a OP b (either may be "self") */
typedef hash_t (*hash_fn)(Obj *self);                  /* -1 on error */
typedef int (*inquiry_fn)(Obj *self);                  /* bool: 1/0, -1 error */
typedef int64_t (*len_fn)(Obj *self);                  /* -1 on error */
typedef Obj *(*richcmp_fn)(Obj *a, Obj *b, int op);    /* may return NotImplemented */
typedef Obj *(*getattr_fn)(Obj *self, Obj *name);      /* name: a str */
typedef int (*setattr_fn)(Obj *self, Obj *name, Obj *value); /* value NULL: delete */
typedef Obj *(*getitem_fn)(Obj *self, Obj *key);
typedef int (*setitem_fn)(Obj *self, Obj *key, Obj *value);  /* value NULL: delete */
typedef int (*contains_fn)(Obj *self, Obj *item);      /* 1/0, -1 error */
typedef Obj *(*repeat_fn)(Obj *self, int64_t n);       /* seq * n */
typedef Obj *(*descrget_fn)(Obj *descr, Obj *obj, Obj *type); /* obj NULL: via class */
typedef int (*descrset_fn)(Obj *descr, Obj *obj, Obj *value); /* value NULL: delete */
/* Vectorcall-like calling convention used by every call in the engine:
 * args[0..nargs-1] are positional; if kwnames (a tuple of str) is not
 * NULL, args[nargs .. nargs+len(kwnames)-1] are the keyword values in the
 * order of kwnames.  All borrowed. */
typedef Obj *(*call_fn)(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
/* tp_new: create an instance of `type` (same argument convention). */
typedef Obj *(*new_fn)(TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
/* tp_init: initialise `self`; 0 ok, -1 error. */
typedef int (*init_fn)(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
/* tp_traverse of the cycle collector (objects/gc.h): report each
 * reference self OWNS with GC_VISIT(field) - never a borrowed one; a
 * reference left out only keeps its target alive. */
typedef struct GCVisitor GCVisitor;
typedef void (*traverse_fn)(Obj *self, GCVisitor *v);

/* Rich comparison operators (CPython's order). */
enum { CMP_LT = 0, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary number operators: index into TypeObj.nb[] and TypeObj.nb_inplace[].
 * A binary slot is called as slot(a, b) for `a OP b` whichever of the two
 * types owns the slot (CPython's convention), so it must check both operand
 * types and return NotImplemented (a new reference) when it does not handle
 * the pair.  Sequences (str, list, tuple) must NOT fill nb[NB_ADD] /
 * nb[NB_MUL]: like CPython they use sq_concat / sq_repeat /
 * sq_inplace_concat, which obj_binop / obj_inplace_op try after the number
 * slots (this is what makes `lst += it` extend in place and gives
 * CPython's "can only concatenate list (not "int") to list" message). */
typedef enum NbOp {
    NB_ADD, NB_SUB, NB_MUL, NB_MATMUL, NB_TRUEDIV, NB_FLOORDIV, NB_MOD,
    NB_DIVMOD, NB_POW, NB_LSHIFT, NB_RSHIFT, NB_AND, NB_XOR, NB_OR,
    NB_COUNT
} NbOp;

/* ------------------------------------------------------------------ */
/* 3. Method / member / getset tables                                  */
/* ------------------------------------------------------------------ */

/* Every C method has this ONE signature (calling a function pointer
 * through a different type traps on wasm).  `self` is the bound object
 * (the type for METH_CLASS, NULL for METH_STATIC and module functions'
 * module may be passed).  The flags say how the engine checks arguments
 * before the call:
 *   METH_NOARGS   no arguments allowed; args NULL, nargs 0
 *   METH_O        exactly one positional argument, args[0]
 *   METH_FASTCALL any positional arguments, no keywords (kwnames NULL)
 *   METH_KEYWORDS (with FASTCALL) keywords passed through in kwnames
 *   METH_CLASS    bound to the class (self = the type) even via an instance
 *   METH_STATIC   not bound at all (self = NULL) */
typedef Obj *(*cmethod_fn)(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

enum {
    METH_NOARGS = 1 << 0,
    METH_O = 1 << 1,
    METH_FASTCALL = 1 << 2,
    METH_KEYWORDS = 1 << 3,
    METH_CLASS = 1 << 4,
    METH_STATIC = 1 << 5
};

typedef struct MethodDef {
    const char *name;   /* attribute name; NULL ends the table */
    cmethod_fn fn;      /* the implementation */
    int flags;          /* METH_* */
    const char *doc;    /* may be NULL */
} MethodDef;

/* A plain C field exposed as an attribute (e.g. StopIteration.value). */
typedef enum MemberKind {
    MEMBER_OBJ,         /* Obj * field; NULL reads as None */
    MEMBER_OBJ_EX,      /* Obj * field; NULL raises AttributeError */
    MEMBER_INT64,       /* int64_t field */
    MEMBER_BOOL,        /* bool field */
    MEMBER_SLOT         /* a __slots__ entry: Obj * field; NULL raises
                           "'X' object has no attribute 'y'" */
} MemberKind;

typedef struct MemberDef {
    const char *name;   /* NULL ends the table */
    MemberKind kind;    /* how to read/write the field */
    size_t offset;      /* offsetof(struct, field) */
    bool readonly;      /* AttributeError "readonly attribute" on set */
} MemberDef;

/* A computed attribute (C property). */
typedef struct GetSetDef {
    const char *name;                                 /* NULL ends the table */
    Obj *(*get)(Obj *self, void *closure);            /* new reference */
    int (*set)(Obj *self, Obj *value, void *closure); /* NULL: read-only */
    void *closure;                                    /* passed through */
} GetSetDef;

/* ------------------------------------------------------------------ */
/* 4. Type objects                                                     */
/* ------------------------------------------------------------------ */

enum {
    TPF_HEAPTYPE = 1 << 0,      /* created by a class statement (refcounted) */
    TPF_BASETYPE = 1 << 1,      /* may be subclassed */
    TPF_READY = 1 << 2,         /* type_ready has run */
    TPF_INT_SUBCLASS = 1 << 3,  /* fast isinstance flags, inherited ... */
    TPF_STR_SUBCLASS = 1 << 4,
    TPF_TUPLE_SUBCLASS = 1 << 5,
    TPF_LIST_SUBCLASS = 1 << 6,
    TPF_DICT_SUBCLASS = 1 << 7,
    TPF_TYPE_SUBCLASS = 1 << 8,
    TPF_EXC_SUBCLASS = 1 << 9,  /* BaseException and subclasses */
    TPF_VARSIZE = 1 << 10,      /* instances have inline variable data (str,
                                   tuple, bytes): a subclass's __dict__ slot
                                   ends its block (dictoffset DICTOFFSET_END) */
    TPF_ABSTRACT_HASH = 1 << 11, /* __hash__ = None: unhashable (set by
                                   type_ready when __eq__ defined w/o hash) */
    TPF_BYTES_SUBCLASS = 1 << 12,
    TPF_BYTEARRAY_SUBCLASS = 1 << 13,
    TPF_WEAKREF = 1 << 14,      /* instances have a __weakref__ slot (a class
                                   without __slots__, inherited) */
    TPF_SOLID = 1 << 15,        /* a class whose instances have fields of
                                   their own though its size is its base's
                                   (OSError ...): a solid base for multiple
                                   inheritance (not inherited) */
    TPF_MATCH_SELF = 1 << 16,   /* class pattern C(x) matches the subject itself
                                   (bool, int, float, str, list, tuple, dict, set, ...) */
    TPF_SEQUENCE = 1 << 17,     /* a sequence for patterns (list, tuple, range,
                                   collections.abc.Sequence; not str) */
    TPF_MAPPING = 1 << 18,      /* a mapping for patterns (dict, collections.abc.Mapping) */
    TPF_GC_UNCOUNTED = 1 << 19, /* containers whose allocation does not count towards
                                   a collection (frames: CPython 3.11 has none, a
                                   generator's frame is a part of it) */
    TPF_GC_LAZY = 1 << 20       /* containers not tracked at allocation: they track
                                   themselves when they may become part of a cycle
                                   (a dict when a container goes in, a frame when
                                   it outlives its run or belongs to a generator) */
};

/* Inherited automatically by type_ready from the base (all of them). */
#define TPF_INHERITED (TPF_INT_SUBCLASS | TPF_STR_SUBCLASS | TPF_TUPLE_SUBCLASS | \
        TPF_LIST_SUBCLASS | TPF_DICT_SUBCLASS | TPF_TYPE_SUBCLASS | \
        TPF_EXC_SUBCLASS | TPF_VARSIZE | TPF_BYTES_SUBCLASS | TPF_BYTEARRAY_SUBCLASS | \
        TPF_WEAKREF | TPF_MATCH_SELF | TPF_SEQUENCE | TPF_MAPPING)

/* A type.  Static (C) types are declared with designated initialisers,
 *   TypeObj List_Type = { .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "list",
 *       .basicsize = sizeof(ListObj), .flags = TPF_BASETYPE|TPF_LIST_SUBCLASS,
 *       .dealloc = list_dealloc, .repr = list_repr, ... };
 * and made usable by type_ready() at start-up, which sets base (default
 * object), mro, dict (from methods/members/getset + slot wrappers such as
 * `list.__len__`), and copies every NULL slot from the base.
 * Any slot may be NULL: the abstract operation then raises CPython's
 * TypeError ("object of type 'X' has no len()", ...). */
struct TypeObj {
    Obj ob;                   /* header; ob.type is &Type_Type (or a metaclass) */
    const char *name;         /* __name__ as UTF-8 (for heap types: points into
                                 name_obj's data) */
    Obj *name_obj;            /* __name__ str object (set by type_ready) */
    Obj *qualname;            /* __qualname__ str (NULL: same as name) */
    TypeObj *base;            /* __base__: the base whose instance layout this
                                 type's extends (CPython's best_base; all the
                                 bases are in `bases`); NULL only for object */
    Obj *dict;                /* attributes: a dict (owned) */
    Obj *mro;                 /* tuple: this type, ..., object (C3 order) */
    uint32_t flags;           /* TPF_* */
    size_t basicsize;         /* bytes of an instance (fixed part) */
    size_t dictoffset;        /* offset of an `Obj *` __dict__ slot in
                                 instances, 0 if instances have no dict,
                                 DICTOFFSET_END after a str's, bytes' or
                                 tuple's inline data (a subclass of them) */
    const char *doc;          /* __doc__ (may be NULL) */

    /* -- life cycle -- */
    dealloc_fn dealloc;       /* clear fields then obj_free(); required */
    new_fn tp_new;            /* type(...) creates an instance (NULL: "cannot
                                 create 'X' instances") */
    init_fn tp_init;          /* then initialises it (NULL: accept nothing) */

    /* -- basic protocol -- */
    unary_fn repr;            /* repr(x); default "<X object at 0x...>" */
    unary_fn str;             /* str(x); default: repr */
    hash_fn hash;             /* hash(x); NULL: unhashable */
    richcmp_fn richcompare;   /* ==, <, ... (NULL: identity for ==/!=) */
    call_fn call;             /* x(...) */
    getattr_fn getattr;       /* x.name (default obj_generic_getattr) */
    setattr_fn setattr;       /* x.name = v / del x.name (default generic) */
    descrget_fn descr_get;    /* this object as a class attribute, read */
    descrset_fn descr_set;    /* ... written (non-NULL: a data descriptor) */

    /* -- iteration -- */
    unary_fn iter;            /* iter(x) */
    unary_fn iternext;        /* next(it): NULL w/o error = exhausted */

    /* -- numbers -- */
    binary_fn nb[NB_COUNT];         /* a OP b (see NbOp) */
    binary_fn nb_inplace[NB_COUNT]; /* a OP= b (NULL: fall back to nb) */
    unary_fn nb_neg;          /* -x */
    unary_fn nb_pos;          /* +x */
    unary_fn nb_invert;       /* ~x */
    unary_fn nb_abs;          /* abs(x) */
    inquiry_fn nb_bool;       /* bool(x) (NULL: use len, else True) */
    unary_fn nb_int;          /* int(x) */
    unary_fn nb_float;        /* float(x) */
    unary_fn nb_index;        /* operator.index(x): must return an int */

    /* -- containers -- */
    len_fn len;               /* len(x) */
    getitem_fn getitem;       /* x[key] (key may be a slice object) */
    setitem_fn setitem;       /* x[key] = v, del x[key] (v NULL) */
    contains_fn contains;     /* item in x (NULL: iterate) */
    binary_fn sq_concat;      /* seq + other, after nb[NB_ADD] gave up; raises
                                 its own TypeError ("can only concatenate..") */
    repeat_fn sq_repeat;      /* seq * n, n * seq (after nb[NB_MUL]) */
    binary_fn sq_inplace_concat; /* seq += other (list.extend semantics) */
    repeat_fn sq_inplace_repeat; /* seq *= n */

    /* -- the cycle collector (objects/gc.h) -- */
    traverse_fn traverse;     /* non-NULL: instances are containers the
                                 collector tracks (they get a GC header) */
    dealloc_fn clear;         /* tp_clear: drop the references that can make
                                 cycles (the object stays valid); NULL: none */
    dealloc_fn finalize;      /* PEP 442's tp_finalize (__del__, a suspended
                                 generator's close): called at most once per
                                 object, by its dealloc or by the collector */

    /* -- attribute tables (turned into dict entries by type_ready) -- */
    const MethodDef *methods; /* NULL-name-terminated, may be NULL */
    const MemberDef *members; /* idem */
    const GetSetDef *getset;  /* idem */

    /* -- classes (heap types) -- */
    Obj *bases;               /* __bases__ tuple (owned); NULL for a C type:
                                 (base,), or () for object */
    size_t nslots;            /* __slots__ members this class adds ... */
    size_t slotoffset;        /* ... at this offset in its instances */
    MemberDef *slotdefs;      /* their descriptors' definitions (owned) */
    Obj *slotnames;           /* tuple of their names (owns the strings) */
    Obj *del_found;           /* __del__ along the MRO (borrowed) or NULL, as ... */
    uint64_t del_epoch;       /* ... found at this type_attr_epoch (0: never) */
    TypeObj **subclasses;     /* the classes made with this one among their
                                 bases (__subclasses__()), held weakly: a class
                                 takes itself off its bases' arrays when freed */
    size_t nsubclasses, subclasses_cap;
};

/* dictoffset value of a subclass of a variable-size type (str, bytes,
 * tuple): the __dict__ slot is the last pointer of each instance's block
 * (obj_alloc makes room for it). */
#define DICTOFFSET_END ((size_t)-1)

/* Initialise a static type (idempotent).  0 ok, -1 error. */
int type_ready(TypeObj *t);
/* Look `name` up along t's MRO; borrowed reference, NULL if absent (no
 * exception set). */
Obj *type_lookup(TypeObj *t, Obj *name);
/* 1 if a is b or a subclass of b (along a's MRO). */
bool type_is_subtype(TypeObj *a, TypeObj *b);
/* Add descriptors for a getset table to a type that is already ready
 * (e.g. a class made at start-up).  0/-1. */
int type_add_getset(TypeObj *t, const GetSetDef *defs);
/* Recompute the dunder-bridge slots of a heap type after `name` changed
 * in its dict (called by type setattr and class creation). */
void type_fixup_slot(TypeObj *t, Obj *name);
/* isinstance(o, t) for a single type (no __instancecheck__). */
static inline bool obj_typecheck(Obj *o, TypeObj *t);

/* ------------------------------------------------------------------ */
/* 5. Layouts shared by the engine and the "types" owner               */
/* ------------------------------------------------------------------ */

/* str: immutable UTF-8, NUL-terminated; indexing is by code point. */
typedef struct StrObj {
    Obj ob;
    size_t nbytes;     /* UTF-8 length in bytes (without the NUL) */
    size_t ncp;        /* length in code points (len(s)) */
    hash_t hash;       /* cached hash, -1 until computed */
    bool interned;     /* in the intern table (pointer-equal to equals) */
    char data[];       /* nbytes UTF-8 bytes then '\0' */
} StrObj;

/* bytes: an immutable byte string; data is followed by a NUL that is not
 * part of the value (so C string functions stop at the end). */
typedef struct BytesObj {
    Obj ob;
    size_t size;       /* len(b) */
    hash_t hash;       /* cached hash, -1 until computed */
    char data[];       /* size bytes then '\0' */
} BytesObj;

/* bytearray: a growable byte buffer (NUL kept after the last byte). */
typedef struct ByteArrayObj {
    Obj ob;
    size_t size;       /* len(b) */
    size_t cap;        /* bytes allocated in data (0: data is NULL) */
    char *data;        /* mem_alloc'd; cap >= size + 1 when not NULL */
} ByteArrayObj;

/* tuple: immutable array. */
typedef struct TupleObj {
    Obj ob;
    size_t size;       /* number of items */
    Obj *items[];      /* owned references */
} TupleObj;

/* list: growable array. */
typedef struct ListObj {
    Obj ob;
    size_t size;       /* number of items in use */
    size_t cap;        /* allocated slots in items */
    Obj **items;       /* owned references, mem_alloc'd */
} ListObj;

#define STR_DATA(o) (((StrObj *)(o))->data)
#define STR_NBYTES(o) (((StrObj *)(o))->nbytes)
#define BYTES_DATA(o) (((BytesObj *)(o))->data)
#define BYTES_SIZE(o) (((BytesObj *)(o))->size)
#define TUPLE_SIZE(o) (((TupleObj *)(o))->size)
#define TUPLE_ITEM(o, i) (((TupleObj *)(o))->items[i])
#define LIST_SIZE(o) (((ListObj *)(o))->size)
#define LIST_ITEM(o, i) (((ListObj *)(o))->items[i])
#define TUPLE_ITEMS(o) (((TupleObj *)(o))->items)
#define LIST_ITEMS(o) (((ListObj *)(o))->items)

/* Instance of a plain user class (base object): just a __dict__. */
typedef struct InstanceObj {
    Obj ob;
    Obj *dict;         /* attribute dict, created lazily (may be NULL) */
} InstanceObj;

/* ------------------------------------------------------------------ */
/* 6. Type objects and singletons                                      */
/* ------------------------------------------------------------------ */

/* object.c */
extern TypeObj Type_Type, Object_Type, None_Type, NotImplemented_Type,
        Ellipsis_Type, WrapperDescr_Type, MethodDescr_Type, CFunction_Type,
        Property_Type, StaticMethod_Type, ClassMethod_Type, Member_Type,
        GetSet_Type, SeqIter_Type;
/* "types" owner */
extern TypeObj Int_Type, Bool_Type, Float_Type, Str_Type, List_Type,
        Tuple_Type, Dict_Type, Set_Type, FrozenSet_Type, Range_Type,
        Slice_Type, StrIter_Type, ListIter_Type, TupleIter_Type,
        DictKeys_Type, DictValues_Type, DictItems_Type, DictIter_Type,
        SetIter_Type, RangeIter_Type, LongRangeIter_Type, Bytes_Type, ByteArray_Type,
        BytesIter_Type, ByteArrayIter_Type;
/* made by the VM and the modules (vm/, modules/) and by class.c, exc.c */
extern TypeObj Function_Type, Method_Type, Cell_Type, Code_Type,
        Frame_Type, Module_Type, Super_Type, Gen_Type, Coro_Type,
        AsyncGen_Type, CoroWrapper_Type, Traceback_Type, BaseException_Type;

/* Singletons (immortal; still INCREF them when returning them). */
extern Obj *const obj_none;          /* None (object.c) */
extern Obj *const obj_notimpl;       /* NotImplemented (object.c) */
extern Obj *const obj_ellipsis;      /* Ellipsis (object.c) */
extern Obj *const obj_true;          /* True ("types") */
extern Obj *const obj_false;         /* False ("types") */

static inline Obj *none_new(void) { return NEWREF(obj_none); }
static inline Obj *notimpl_new(void) { return NEWREF(obj_notimpl); }
static inline Obj *bool_new(bool b) { return NEWREF(b ? obj_true : obj_false); }

/* Fast type checks (subclasses included where a TPF flag exists). */
#define INT_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_INT_SUBCLASS) != 0)
#define STR_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_STR_SUBCLASS) != 0)
#define TUPLE_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_TUPLE_SUBCLASS) != 0)
#define LIST_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_LIST_SUBCLASS) != 0)
#define DICT_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_DICT_SUBCLASS) != 0)
#define TYPE_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_TYPE_SUBCLASS) != 0)
#define EXC_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_EXC_SUBCLASS) != 0)
#define BYTES_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_BYTES_SUBCLASS) != 0)
#define BYTEARRAY_CHECK(o) ((OBJ_TYPE(o)->flags & TPF_BYTEARRAY_SUBCLASS) != 0)
#define BOOL_CHECK(o) (OBJ_TYPE(o) == &Bool_Type)
#define FLOAT_CHECK(o) obj_typecheck((Obj *)(o), &Float_Type)
#define STR_CHECK_EXACT(o) (OBJ_TYPE(o) == &Str_Type)
#define INT_CHECK_EXACT(o) (OBJ_TYPE(o) == &Int_Type)
#define TYPE_NAME(o) (OBJ_TYPE(o)->name)

static inline bool obj_typecheck(Obj *o, TypeObj *t)
{
    return o->type == t || type_is_subtype(o->type, t);
}

/* ------------------------------------------------------------------ */
/* 7. Exceptions: the pending-exception API (object.c / exc.c)         */
/* ------------------------------------------------------------------ */

/* Exception classes (created at start-up by exc_init; BaseException is a
 * static type, the rest are heap-like types with the same layout).  The
 * names are CPython's. */
extern TypeObj *Exc_BaseException, *Exc_Exception, *Exc_TypeError,
        *Exc_ValueError, *Exc_AttributeError, *Exc_NameError,
        *Exc_UnboundLocalError, *Exc_KeyError, *Exc_IndexError,
        *Exc_LookupError, *Exc_ZeroDivisionError, *Exc_ArithmeticError,
        *Exc_OverflowError, *Exc_RuntimeError, *Exc_RecursionError,
        *Exc_NotImplementedError, *Exc_StopIteration,
        *Exc_StopAsyncIteration, *Exc_GeneratorExit, *Exc_KeyboardInterrupt,
        *Exc_SystemExit, *Exc_MemoryError, *Exc_AssertionError,
        *Exc_ImportError, *Exc_ModuleNotFoundError, *Exc_SyntaxError,
        *Exc_IndentationError, *Exc_UnicodeError, *Exc_UnicodeDecodeError,
        *Exc_UnicodeEncodeError,
        *Exc_OSError, *Exc_TimeoutError, *Exc_EOFError, *Exc_Warning,
        *Exc_RuntimeWarning, *Exc_DeprecationWarning, *Exc_UserWarning,
        *Exc_CancelledError;

/* The layout of every exception instance (all exception classes share it;
 * user subclasses add a __dict__ through `dict`). */
typedef struct ExcObj {
    Obj ob;
    Obj *dict;          /* instance __dict__ (lazily created) */
    Obj *args;          /* tuple: the constructor arguments */
    Obj *cause;         /* __cause__ or NULL (None) */
    Obj *context;       /* __context__ or NULL (None) */
    Obj *traceback;     /* __traceback__ (Traceback object) or NULL */
    bool suppress_context; /* __suppress_context__ */
    Obj *value;         /* StopIteration.value / SystemExit.code (or NULL) */
    Obj *name;          /* NameError/AttributeError/ImportError .name */
    Obj *obj;           /* AttributeError.obj (for "Did you mean") */
    Obj *notes;         /* __notes__ list or NULL */
    Obj *oserr;         /* OSError: [errno, strerror, filename, filename2] or NULL */
} ExcObj;

/* Raise: create an instance of `type` with a formatted message and make it
 * the pending exception.  Format directives: %s (char *), %d (int),
 * %ld (long), %lld (long long), %zu (size_t), %c (int as UTF-8 code
 * point), %% , %R (repr of Obj *), %S (str of Obj *), %T (type name of
 * Obj *), %N (the name of a TypeObj *).  Always returns NULL (so
 * `return err_format(...)` works in Obj * functions). */
Obj *err_format(TypeObj *type, const char *fmt, ...);
Obj *err_vformat(TypeObj *type, const char *fmt, va_list ap);
/* Raise with a plain message (no formatting). */
Obj *err_set(TypeObj *type, const char *msg);
/* Raise type(value): value is a single constructor argument (borrowed;
 * NULL = no arguments). */
Obj *err_set_obj(TypeObj *type, Obj *value);
/* Make an exception instance (or class, instantiated with no args) the
 * pending exception; borrowed.  TypeError if it is not an exception. */
Obj *err_set_exc(Obj *exc);
/* MemoryError (preallocated instance: works when memory is exhausted). */
Obj *err_nomemory(void);
/* The pending exception (borrowed) or NULL. */
Obj *err_occurred(void);
/* The pending exception is an instance of `type` (or a subclass). */
bool err_matches(TypeObj *type);
/* Does exception instance `exc` match `type` (a class or a tuple of
 * classes)?  Used by `except T:`. */
bool exc_matches(Obj *exc, Obj *type);
/* Take the pending exception (new reference; NULL if none); clears it. */
Obj *err_fetch(void);
/* Set the pending exception (steals exc; NULL clears). */
void err_restore(Obj *exc);
void err_clear(void);
/* Convenience: -1 + pending exception (for int-returning functions). */
int err_format_int(TypeObj *type, const char *fmt, ...);

/* Exception constructor/accessors (exc.c). */
Obj *exc_new(TypeObj *type, Obj *const *args, size_t nargs);
Obj *exc_args(Obj *exc);                /* borrowed tuple */

/* ------------------------------------------------------------------ */
/* 8. Abstract operations (object.c)                                   */
/* ------------------------------------------------------------------ */

Obj *obj_repr(Obj *o);                   /* repr(o) -> str */
Obj *obj_str(Obj *o);                    /* str(o) -> str */
hash_t obj_hash(Obj *o);                 /* hash(o); -1 + TypeError if
                                            unhashable */
/* Rich comparison with CPython's reflection rules (do_richcompare). */
Obj *obj_richcompare(Obj *a, Obj *b, int op);
/* Same, then truth value: 1/0, -1 on error.  Identity implies equality
 * for CMP_EQ/CMP_NE (as PyObject_RichCompareBool). */
int obj_compare_bool(Obj *a, Obj *b, int op);
int obj_is_true(Obj *o);                 /* bool(o): 1/0, -1 error */
bool obj_is_none(Obj *o);

/* Attributes.  name must be a str (interned strings are fastest). */
Obj *obj_getattr(Obj *o, Obj *name);
Obj *obj_getattr_cstr(Obj *o, const char *name);
/* Like getattr, but a missing attribute returns NULL with NO exception
 * (other errors stay pending: check err_occurred()). */
Obj *obj_getattr_opt(Obj *o, Obj *name);
int obj_setattr(Obj *o, Obj *name, Obj *value);      /* value NULL: delete */
int obj_hasattr(Obj *o, Obj *name);                  /* 1/0, -1 error */
/* The default attribute lookup: data descriptors on the type, then the
 * instance __dict__, then other class attributes (binding functions into
 * methods via descr_get), else AttributeError "'X' object has no
 * attribute 'y'" (with .name/.obj set for "Did you mean"). */
Obj *obj_generic_getattr(Obj *o, Obj *name);
int obj_generic_setattr(Obj *o, Obj *name, Obj *value);
/* obj_generic_getattr with the type's MRO already searched: `descr` is
 * what type_lookup(o->type, name) returned (borrowed, may be NULL). */
Obj *obj_generic_getattr_found(Obj *o, Obj *name, Obj *descr);
/* Bumped whenever the namespace of any class changes or a class goes
 * away: caches of what a type's MRO holds (the VM's attribute caches)
 * are valid while it stays the same. */
extern uint64_t type_attr_epoch;
/* Address of o's __dict__ slot (NULL if its type has none). */
Obj **obj_dict_ptr(Obj *o);

/* Calls (see call_fn for the convention). */
Obj *obj_call(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
/* The same without the recursion level a call to a C callable counts
 * (what CPython's specialised calls skip: vm.c). */
Obj *obj_call_uncounted(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *obj_call0(Obj *callable);
Obj *obj_call1(Obj *callable, Obj *arg);
Obj *obj_call2(Obj *callable, Obj *a, Obj *b);
/* Call with a tuple of positional args and an optional dict of keywords
 * (f(*args, **kwargs)). */
Obj *obj_call_tuple_dict(Obj *callable, Obj *args, Obj *kwargs);
/* o.name(args...) */
Obj *obj_call_method(Obj *o, Obj *name, Obj *const *args, size_t nargs);
/* Look up a special method on the TYPE (not the instance) and call it with
 * o prepended; *found = false (and NULL returned, no exception) if the type
 * lacks it.  CPython's lookup_maybe_method + call. */
Obj *obj_call_special(Obj *o, Obj *name, Obj *const *args, size_t nargs, bool *found);
bool obj_is_callable(Obj *o);

/* Containers. */
Obj *obj_getitem(Obj *o, Obj *key);
int obj_setitem(Obj *o, Obj *key, Obj *value);
int obj_delitem(Obj *o, Obj *key);
int64_t obj_len(Obj *o);                 /* -1 on error */
/* CPython's PyObject_LengthHint: len(o), else o.__length_hint__(), else
 * dflt; -1 on error (a len() failing with anything but TypeError, a bad
 * __length_hint__ result). */
int64_t obj_length_hint(Obj *o, int64_t dflt);
int obj_contains(Obj *container, Obj *item);  /* `item in container` */

/* Iteration. */
Obj *obj_iter(Obj *o);                   /* iter(o): __iter__ or sequence */
/* next(it): NULL without a pending exception when exhausted; NULL with one
 * on error (a StopIteration raised by a Python __next__ is turned into
 * exhaustion, its value is lost: use gen_resume where it matters). */
Obj *obj_iternext(Obj *it);

/* Numbers.  obj_binop does CPython's binary_op1 (left slot, right slot,
 * subclass-first reflection, NotImplemented), then the sequence fallbacks,
 * else TypeError "unsupported operand type(s) for +: 'int' and 'str'". */
Obj *obj_binop(Obj *a, Obj *b, NbOp op);
Obj *obj_inplace_op(Obj *a, Obj *b, NbOp op);   /* a OP= b */
Obj *obj_neg(Obj *o);
Obj *obj_pos(Obj *o);
Obj *obj_invert(Obj *o);
Obj *obj_abs(Obj *o);
Obj *obj_index(Obj *o);                  /* __index__ -> int */
/* o as a C integer via __index__; OverflowError/TypeError on failure.
 * Returns 0 ok / -1 error. */
int obj_as_int64(Obj *o, int64_t *out);
const char *nbop_symbol(NbOp op);        /* "+", "//", "**", ... */
const char *nbop_inplace_symbol(NbOp op); /* "+=", ... */

/* Recursion guard for repr of containers ([...] for self-reference):
 * returns 1 if o is already being repr'd (print "[...]"), 0 if entered,
 * -1 error.  Pair with repr_leave. */
int repr_enter(Obj *o);
void repr_leave(Obj *o);

/* Default implementations other files reuse. */
Obj *obj_default_repr(Obj *o);           /* <X object at 0x...> */
hash_t obj_default_hash(Obj *o);         /* identity hash */
Obj *obj_default_richcompare(Obj *a, Obj *b, int op); /* identity ==/!= */

/* ------------------------------------------------------------------ */
/* 9. The "types" contract: constructors and accessors                 */
/*    (implemented by the owner of int/float/str/list/tuple/dict/...)   */
/* ------------------------------------------------------------------ */

/* int */
Obj *int_from_i64(int64_t v);
Obj *int_from_u64(uint64_t v);
Obj *int_from_double(double d);          /* truncates; errors for inf/nan */
/* Parse a decimal digit string (from the lexer, no sign/underscores). */
Obj *int_from_decimal(const char *digits, size_t len);
/* Parse like int(s, base) (str argument), ValueError as CPython. */
Obj *int_from_string(const char *s, size_t len, int base);
/* 0 ok; -1 + OverflowError ("Python int too large to convert to C int")
 * if it does not fit, or TypeError if o is not an int. */
int int_as_i64(Obj *o, int64_t *out);
double int_as_double(Obj *o, bool *overflow); /* *overflow set if too big */
int int_sign(Obj *o);                    /* -1, 0, 1 */

/* float */
Obj *float_from_double(double d);
double float_as_double(Obj *o);          /* o must be a float */
/* float(x) conversion of any number: 0 ok, -1 TypeError. */
int obj_as_double(Obj *o, double *out);

/* str */
Obj *str_from_utf8(const char *s, size_t nbytes);   /* must be valid UTF-8 */
/* A new str of nbytes bytes holding ncp code points, which the caller
 * writes at *data (valid UTF-8) before anyone else sees it; NULL +
 * MemoryError. */
Obj *str_new_filled(size_t nbytes, size_t ncp, char **data);
Obj *str_from_cstr(const char *s);
Obj *str_from_format(const char *fmt, ...);        /* err_format's directives */
Obj *str_from_vformat(const char *fmt, va_list ap);
Obj *str_concat(Obj *a, Obj *b);                    /* both str */
/* Join a C array of str objects with a separator str. */
Obj *str_join_array(Obj *sep, Obj *const *items, size_t n);
bool str_eq(Obj *a, Obj *b);                        /* both str */
bool str_eq_cstr(Obj *a, const char *s);
hash_t str_hash(Obj *s);
Obj *str_repr(Obj *s);                              /* 'abc' with escapes */

/* bytes and bytearray (t_bytes.c) */
Obj *bytes_from_data(const char *s, size_t n);      /* a new bytes */
Obj *bytearray_from_data(const char *s, size_t n);  /* a new bytearray */
/* The contents of a bytes-like object (bytes, bytearray and their
 * subclasses): true with *data / *len set, false (no exception) for any
 * other object (*data = "", *len = 0).  A bytearray's data stays valid
 * only until it changes. */
bool bytes_like(Obj *o, const char **data, size_t *len);

/* tuple */
Obj *tuple_new(size_t n);                /* items NULL: fill before use */
Obj *tuple_pack(size_t n, ...);          /* borrowed Obj * args */
Obj *tuple_from_array(Obj *const *items, size_t n);
Obj *tuple_from_iter(Obj *iterable);     /* tuple(iterable) */
extern Obj *const obj_empty_tuple;       /* () */

/* list */
Obj *list_new(size_t n);                 /* n items set to NULL (fill them)*/
int list_append(Obj *list, Obj *item);   /* borrowed item; 0/-1 */
int list_extend(Obj *list, Obj *iterable);
Obj *list_from_iter(Obj *iterable);      /* list(iterable) */
int list_sort(Obj *list, Obj *key, bool reverse); /* list.sort(key=, reverse=) */
Obj *list_as_tuple(Obj *list);

/* dict (insertion ordered) */
Obj *dict_new(void);
/* Borrowed value or NULL (missing: no exception; an error from __hash__
 * or __eq__: exception pending). */
Obj *dict_getitem(Obj *d, Obj *key);
Obj *dict_getitem_cstr(Obj *d, const char *key);
int dict_setitem(Obj *d, Obj *key, Obj *value);     /* 0/-1 */
int dict_setitem_cstr(Obj *d, const char *key, Obj *value);
/* 0 ok, 1 missing (no exception), -1 error. */
int dict_delitem(Obj *d, Obj *key);
int64_t dict_len(Obj *d);
/* Iterate: start with *pos = 0; returns false at the end.  key/value are
 * borrowed.  The dict must not change size during the loop. */
bool dict_next(Obj *d, size_t *pos, Obj **key, Obj **value);
Obj *dict_copy(Obj *d);
int dict_update(Obj *d, Obj *other);     /* other: mapping or pairs */
Obj *dict_keys_list(Obj *d);             /* list of keys */

/* set */
Obj *set_new(Obj *iterable);             /* iterable may be NULL */
Obj *frozenset_new(Obj *iterable);
int set_add(Obj *set, Obj *key);

/* slice */
Obj *slice_new(Obj *start, Obj *stop, Obj *step);   /* borrowed; NULL = None */
/* Resolve against a length (CPython's PySlice_GetIndicesEx): 0/-1. */
int slice_indices(Obj *slice, int64_t length, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen);

/* range */
Obj *range_new(int64_t start, int64_t stop, int64_t step);

/* Start-up hook of the "types" owner: ready its types, build caches.
 * Called once by rt_init after object.c's own types. 0/-1. */
int types_init(void);

/* ------------------------------------------------------------------ */
/* 10. Interned identifiers                                            */
/* ------------------------------------------------------------------ */

/* X-macro list of identifier strings used by the engine.  ID(__init__)
 * is a borrowed, immortal, interned str.  Add names as needed. */
#define INTERNED_IDS(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) \
    X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__call__) \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) \
    X(__get__) X(__set__) X(__delete__) X(__iter__) X(__next__) \
    X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) \
    X(__contains__) X(__bool__) X(__int__) X(__float__) X(__index__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__enter__) \
    X(__exit__) X(__await__) X(__aiter__) X(__anext__) X(__aenter__) \
    X(__aexit__) X(__name__) X(__qualname__) X(__module__) X(__doc__) \
    X(__dict__) X(__class__) X(__bases__) X(__mro__) X(__builtins__) \
    X(__main__) X(__del__) X(__init_subclass__) X(__set_name__) \
    X(__class_getitem__) X(__format__) X(__round__) X(__reversed__) \
    X(__missing__) X(__traceback__) X(__cause__) X(__context__) \
    X(__annotations__) X(__slots__) X(__file__) X(__spec__) \
    X(__getnewargs__) X(__getstate__) X(__reduce__) X(__weakref__) X(__mro_entries__) \
    X(__instancecheck__) X(__subclasscheck__) X(__orig_bases__) X(__orig_class__) \
    X(send) X(throw) X(close) X(args) X(value) X(name) X(obj) \
    X(keys) X(items) X(values) X(append) X(join) X(format) X(write) X(__dir__) \
    X(context) X(flush) \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) \
    X(__isub__) X(__mul__) X(__rmul__) X(__imul__) X(__matmul__) \
    X(__rmatmul__) X(__imatmul__) X(__truediv__) X(__rtruediv__) \
    X(__itruediv__) X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) \
    X(__mod__) X(__rmod__) X(__imod__) X(__divmod__) X(__rdivmod__) \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) \
    X(__ilshift__) X(__rshift__) X(__rrshift__) X(__irshift__) \
    X(__and__) X(__rand__) X(__iand__) X(__xor__) X(__rxor__) \
    X(__ixor__) X(__or__) X(__ror__) X(__ior__) X(__bytes__) \
    X(__abstractmethods__) X(get) X(__match_args__) X(__abc_tpflags__) \
    X(__length_hint__)

/* Names libc defines as macros get a field name of their own:
 * ID(stdout_) is "stdout". */
#define INTERNED_IDS_RENAMED(Y) Y(stdout_, "stdout") Y(stderr_, "stderr")

typedef struct InternedIds {
#define ID_FIELD_(n) Obj *n;
    INTERNED_IDS(ID_FIELD_)
#undef ID_FIELD_
#define ID_FIELD_RENAMED_(f, s) Obj *f;
    INTERNED_IDS_RENAMED(ID_FIELD_RENAMED_)
#undef ID_FIELD_RENAMED_
} InternedIds;
extern InternedIds interned_ids;       /* filled by intern_init (object.c) */
#define ID(n) (interned_ids.n)

/* Intern a str (steals *p, replaces it with the canonical object). */
void str_intern_inplace(Obj **p);
/* A new reference to the interned str for a C string (NULL + MemoryError). */
Obj *str_intern_cstr(const char *s);

/* ------------------------------------------------------------------ */
/* 11. Argument helpers for C functions                                */
/* ------------------------------------------------------------------ */

/* "fname() takes no keyword arguments" unless kwnames is NULL/empty. */
int args_no_kw(const char *fname, Obj *kwnames);
/* Check min <= nargs <= max with CPython's messages
 * ("fname expected at most 2 arguments, got 3", "fname() takes exactly
 * one argument (0 given)" ...).  0 ok / -1. */
int args_count(const char *fname, size_t nargs, size_t min, size_t max);
/* Bind positional + keyword arguments to `names` (n of them; the first
 * npos may be given positionally, the first nreq are required).  out[i] is
 * the borrowed value or NULL when omitted.  TypeError as CPython. 0/-1. */
int args_parse(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
               const char *const *names, size_t n, size_t npos, size_t nreq,
               Obj **out);
static inline size_t kwnames_len(Obj *kwnames)
{
    return kwnames ? TUPLE_SIZE(kwnames) : 0;
}

/* ------------------------------------------------------------------ */
/* 12. Objects owned by object.c that others create                    */
/* ------------------------------------------------------------------ */

/* A builtin function or a C method bound to `self` (builtin_function_or_
 * method).  Module functions have self = the module (or NULL). */
typedef struct CFuncObj {
    Obj ob;
    const MethodDef *def;   /* name, implementation and flags */
    Obj *self;              /* bound object or NULL (owned) */
    Obj *module;            /* __module__ str or NULL (owned) */
} CFuncObj;

Obj *cfunc_new(const MethodDef *def, Obj *self, Obj *module);
/* Does a C method descriptor (MethodDescr_Type) take the instance as self
 * (neither METH_CLASS nor METH_STATIC)?  The VM's LOAD_METHOD shortcut
 * applies only to those. */
bool methoddescr_binds_instance(Obj *d);
/* Class machinery (class.c): a class from a class statement's parts,
 * base.__init_subclass__(cls, **kwargs), super(type, obj), and f(self,
 * *args) without a bound method. */
Obj *class_new(Obj *name, Obj *bases, Obj *ns);
/* The same with the class's type (a subclass of type, already the most
 * derived one: see type_calculate_meta). */
Obj *class_new_meta(TypeObj *meta, Obj *name, Obj *bases, Obj *ns);
/* The most derived of meta and the types of bases; NULL + TypeError
 * "metaclass conflict ..." when neither derives from the other. */
TypeObj *type_calculate_meta(TypeObj *meta, Obj *bases);
int class_init_subclass(Obj *cls, Obj *kwargs);
Obj *super_new_for(Obj *unused, Obj *obj, TypeObj *type);
Obj *call_with_self(Obj *f, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* A function bound to an instance (obj.method), Method_Type. */
typedef struct MethodObj {
    Obj ob;
    Obj *func;              /* __func__ (owned) */
    Obj *self;              /* __self__ (owned) */
} MethodObj;

Obj *method_new(Obj *func, Obj *self);

/* Type hints (t_alias.c): types.GenericAlias (origin[args]) and
 * types.UnionType (X | Y).  type_union_or is `a | b` for classes, None,
 * aliases and unions (NotImplemented otherwise); union_check is
 * isinstance(o, u) / issubclass(o, u) (1/0, -1 error);
 * generic_class_getitem is the METH_O|METH_CLASS __class_getitem__ of
 * list, dict, ... */
extern TypeObj GenericAlias_Type, Union_Type, MappingProxy_Type;
/* types.MappingProxyType(mapping): a read-only view (a class's __dict__). */
Obj *mappingproxy_new(Obj *mapping);
Obj *generic_alias_new(Obj *origin, Obj *args);
Obj *type_union_or(Obj *a, Obj *b);
int union_check(Obj *u, Obj *o, bool sub);
Obj *generic_class_getitem(Obj *cls, Obj *const *a, size_t n, Obj *k);
/* int/float/str/tuple.__getnewargs__ (class.c). */
Obj *builtin_getnewargs(Obj *self, Obj *const *a, size_t n, Obj *k);

/* property(fget, fset, fdel, doc) as used by the class machinery. */
Obj *property_new(Obj *fget, Obj *fset, Obj *fdel, Obj *doc);

/* format(value, spec) (f-strings, format()): calls type(value).__format__.
 * The "types" owner gives int/bool/float/str a METH_O `__format__` method
 * in their method tables (object's default accepts only an empty spec). */
Obj *obj_format(Obj *value, Obj *spec);

/* Object-model start-up (ready object.c's types, intern the ids). 0/-1. */
int object_init(void);

#endif
