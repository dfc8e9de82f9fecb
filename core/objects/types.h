/* types.h - the builtin data types: int, bool, float, str, bytes,
 * bytearray, list, tuple, dict, set, frozenset, range, slice and their
 * iterators (files core/t_*.c; the codecs in t_codec.c).
 *
 * object.h section 9 is the contract the compiler and VM use (int_from_i64,
 * str_from_utf8, list_append, dict_getitem, ...); this header adds the
 * layouts of the types object.h leaves opaque, a few more constructors and
 * accessors, and the iterator-ish builtins that are classes in CPython:
 * reversed, enumerate, zip, map and filter (Reversed_Type, ... below).  The
 * runtime's builtins module only has to bind those names to these types.
 *
 * Prefixes: int_, bool_, float_, str_, bytes_/bytearray_, codec_, list_,
 * tuple_, dict_, set_, range_, slice_, iter_ (one per file t_<prefix>.c),
 * types_ for shared helpers.  Every function follows object.h's error convention.
 *
 * Global state (all immortal, created statically or by types_init):
 * the small-int cache (-5..256), True/False, the empty tuple, the empty
 * str and the 1-character Latin-1 str cache, the empty bytes and the
 * one-byte bytes cache, the set "dummy" marker.
 */
#ifndef CS_TYPES_H
#define CS_TYPES_H

#include "objects/object.h"
#include "objects/bigint.h"
#include "objects/numfmt.h"

/* ------------------------------------------------------------------ */
/* Layouts                                                             */
/* ------------------------------------------------------------------ */

/* int and bool: a small value, or a bigint when it does not fit in int64.
 * Invariant: big == NULL, or big does not fit in int64 (normalised). */
typedef struct IntObj {
    Obj ob;
    int64_t small;     /* the value when big == NULL */
    big_int *big;      /* owned; NULL for values that fit in int64 */
} IntObj;

typedef struct FloatObj {
    Obj ob;
    double value;      /* the IEEE double */
} FloatObj;

/* One dict entry in insertion order; key NULL marks a deleted entry. */
typedef struct DictEntry {
    Obj *key;          /* owned, NULL when deleted */
    Obj *value;        /* owned */
    hash_t hash;       /* cached hash of key */
} DictEntry;

/* dict: compact ordered table (entries in insertion order + an index of
 * open-addressing slots pointing into entries, as CPython 3.6+). */
typedef struct DictObj {
    Obj ob;
    size_t used;       /* live entries (len(d)) */
    size_t nentries;   /* entries[] slots consumed (live + deleted) */
    size_t ecap;       /* entries[] capacity */
    DictEntry *entries;/* mem_alloc'd, ecap long */
    size_t isize;      /* index slots (power of two, 0 when no table) */
    int32_t *index;    /* -1 empty, -2 deleted, else entries[] position */
    uint64_t version;  /* keys version: a new value from a global counter
                          whenever a key is added or removed (0 until the
                          first such change, or dict_new_version); equal
                          versions mean the same dict with the same keys at
                          the same entries (the VM's global caches) */
    bool of_type;      /* a class's namespace: changes bump type_attr_epoch */
    bool of_instance;  /* an instance's attributes, never read as __dict__ (not an
                          object of its own in CPython 3.11: gc counts skip it) */
} DictObj;

/* One slot of a set table (CPython's setentry). */
typedef struct SetEntry {
    Obj *key;          /* NULL: never used; set_dummy: deleted; else owned */
    hash_t hash;       /* hash of key (-1 for a dummy, 0 for unused) */
} SetEntry;

/* set and frozenset: CPython's setobject.c table, kept slot for slot so
 * iteration order matches CPython for ints and (seed-0) strings. */
typedef struct SetObj {
    Obj ob;
    size_t fill;       /* active + dummy slots */
    size_t used;       /* active slots (len) */
    size_t mask;       /* table size - 1 */
    SetEntry *table;   /* mem_alloc'd, mask + 1 slots */
    size_t finger;     /* where set.pop() resumes its search */
    hash_t hash;       /* frozenset's cached hash, -1 until computed */
} SetObj;

typedef struct RangeObj {
    Obj ob;
    Obj *start, *stop, *step; /* ints (owned) */
    Obj *length;       /* number of items (an int, owned) */
    int64_t len;       /* the length when start, stop, step and it fit in
                          int64, else -1 (then only the int objects count) */
    int64_t istart, istep; /* start/step when len >= 0 */
} RangeObj;

typedef struct SliceObj {
    Obj ob;
    Obj *start, *stop, *step; /* owned; None when omitted */
} SliceObj;

/* A fresh keys version (see DictObj.version). */
uint64_t dict_new_version(void);
/* Entry index of key (a str) in d: >= 0, -1 missing, -2 error. */
int64_t dict_index_of(Obj *d, Obj *key);

/* Extra types (see the top comment). */
extern TypeObj Reversed_Type, Enumerate_Type, Zip_Type, Map_Type,
        Filter_Type, ListRevIter_Type;

#define FLOAT_VAL(o) (((FloatObj *)(o))->value)
#define INT_IS_SMALL(o) (((IntObj *)(o))->big == NULL)
#define INT_SMALL(o) (((IntObj *)(o))->small)
#define DICT_CHECK_EXACT(o) (OBJ_TYPE(o) == &Dict_Type)
#define SET_CHECK_ANY(o) (obj_typecheck((Obj *)(o), &Set_Type) || \
                          obj_typecheck((Obj *)(o), &FrozenSet_Type))

/* ------------------------------------------------------------------ */
/* int / bool                                                          */
/* ------------------------------------------------------------------ */

/* A new int from a bigint (steals b; normalises to a small int). */
Obj *int_from_big(big_int *b);
/* A view of an int's value as a big_int (no allocation; valid while o and
 * tmp live). */
const big_int *int_big_view(Obj *o, big_tmp *tmp);
/* The value of an int (bool, subclass) as an exact int. */
Obj *int_exact(Obj *o);
/* pow(a, b, m) of three ints, with CPython's errors. */
Obj *int_powmod(Obj *a, Obj *b, Obj *m);
/* The str of an int (str(i)), honouring the digit limit. */
Obj *int_to_str(Obj *o);
/* Raise the exception for a failed bigint operation; returns NULL. */
Obj *types_raise_big(big_status st);

/* ------------------------------------------------------------------ */
/* float                                                               */
/* ------------------------------------------------------------------ */

/* float(text) (a str object), ValueError as CPython. */
Obj *float_from_str(Obj *s);
/* Raise a numfmt error (class and message); returns NULL. */
Obj *types_raise_fmt(const fmt_error *err);
/* hash of a double as CPython (NaN: identity hash of `owner`). */
hash_t float_hash_value(double d, Obj *owner);

/* ------------------------------------------------------------------ */
/* str                                                                 */
/* ------------------------------------------------------------------ */

/* len(s) in code points. */
static inline int64_t str_len(Obj *s) { return (int64_t)((StrObj *)s)->ncp; }
/* Single-code-point str (cached for Latin-1). */
Obj *str_from_cp(uint32_t cp);
/* The UTF-8 of s, NUL-terminated (borrowed; lives as long as s). */
static inline const char *str_as_utf8(Obj *s) { return STR_DATA(s); }
/* Code point at index i (0 <= i < len). */
uint32_t str_cp_at(Obj *s, int64_t i);
/* Byte offset of code point index i (0 <= i <= len). */
size_t str_byte_offset(Obj *s, int64_t i);
/* Decode one UTF-8 code point at p (valid UTF-8); *n = its byte count. */
uint32_t utf8_decode(const char *p, size_t *n);
/* Encode cp into buf (>= 4 bytes); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *buf);
/* Unicode classification used by the str methods (approximations beyond
 * ASCII/Latin-1, documented in t_str.c). */
bool uni_isspace(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isprintable(uint32_t cp);
/* The one-code-point case mappings behind str.lower()/upper() (t_strmeth.c;
 * ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic, fullwidth): the
 * regular-expression engine's IGNORECASE uses them too. */
uint32_t uni_tolower(uint32_t cp);
uint32_t uni_toupper(uint32_t cp);
/* Rich comparison of two str (code point order == UTF-8 byte order). */
int str_compare(Obj *a, Obj *b);
/* s.format(*args, **kwargs) and s % args (t_strfmt.c). */
Obj *str_format_call(Obj *fmt, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *str_mod(Obj *fmt, Obj *args);
/* format(value, spec): calls type(value).__format__ (spec: a str). */
Obj *types_format(Obj *value, Obj *spec);

/* A growable UTF-8 buffer for building strings. */
typedef struct StrBuf {
    char *data;        /* mem_alloc'd, NUL-terminated when finished */
    size_t len;        /* bytes used */
    size_t cap;        /* bytes allocated */
    bool failed;       /* an allocation failed (MemoryError pending) */
} StrBuf;
void sb_init(StrBuf *b);
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_adds(StrBuf *b, const char *s);
void sb_addc(StrBuf *b, char c);
void sb_addcp(StrBuf *b, uint32_t cp);
void sb_addobj(StrBuf *b, Obj *str);           /* append a str object */
/* Finish: a new str (NULL + MemoryError if anything failed); frees b. */
Obj *sb_finish(StrBuf *b);
void sb_free(StrBuf *b);

/* ------------------------------------------------------------------ */
/* bytes / bytearray (t_bytes.c, t_bytesmeth.c) and codecs (t_codec.c)  */
/* ------------------------------------------------------------------ */

/* CPython's hash of a byte string (_Py_HashBytes: siphash13, key 0; the
 * hash of an ASCII str with the same characters). */
hash_t types_hash_bytes(const void *data, size_t n);
/* A new bytes of n bytes to fill in (*data; NUL already added). */
Obj *bytes_new_uninit(size_t n, char **data);
/* bytes(x) for a non-int x: CPython's PyBytes_FromObject (bytes-like
 * objects, iterables of ints; TypeError "cannot convert 'X' object to
 * bytes"). */
Obj *bytes_from_object(Obj *x);
/* A new bytes (self a bytes) or bytearray (self a bytearray) of d[0..n). */
Obj *bytes_make_like(Obj *self, const char *d, size_t n);
/* repr of a byte string: b'...' with CPython's quoting; `prefix` (e.g.
 * "bytearray(") and a closing ')' around it when not NULL. */
Obj *bytes_repr_data(const char *d, size_t n, const char *prefix, bool always_escape_quote);
/* o.__index__() as a byte value 0..255: TypeError as obj_index, ValueError
 * `range_msg` (NULL: "byte must be in range(0, 256)").  0/-1. */
int bytes_byte_value(Obj *o, int *out, const char *range_msg);
/* Offset of needle nd[0..n) in hay[lo, hi) (the last one when rev); -1. */
int64_t bytes_find_data(const char *hay, size_t lo, size_t hi, const char *nd, size_t n, bool rev);
/* bytearray storage: set the length (contents kept up to it, the rest
 * uninitialised), replace [lo, hi) by src[0..m) (src may point into the
 * bytearray itself), extend by a bytes-like object or an iterable of
 * ints (nothing is added when an item is bad).  0/-1. */
int bytearray_resize(Obj *ba, size_t n);
int bytearray_assign(Obj *ba, int64_t lo, int64_t hi, const char *src, size_t m);
int bytearray_extend(Obj *ba, Obj *iterable);
/* fmt % args for a bytes or bytearray fmt (t_strfmt.c). */
Obj *bytes_mod(Obj *fmt, Obj *args);
/* ascii(o): repr(o) with non-ASCII characters escaped (t_strfmt.c). */
Obj *types_ascii(Obj *o);
/* The method tables (t_bytesmeth.c). */
extern const MethodDef bytes_methods[], bytearray_methods[];

/* Codecs: utf-8, ascii and latin-1 under their CPython names and aliases
 * (LookupError "unknown encoding: X" otherwise); error handlers strict,
 * ignore, replace, backslashreplace, surrogateescape, and for encoding
 * xmlcharrefreplace; errors NULL means "strict".  The exceptions are
 * CPython's UnicodeDecodeError / UnicodeEncodeError with its texts.
 * codec_encode: str -> a new exact bytes; codec_decode: bytes -> str. */
Obj *codec_encode(Obj *str, const char *encoding, const char *errors);
Obj *codec_decode(const char *data, size_t n, const char *encoding, const char *errors);
/* str.encode(encoding, errors) and bytes.decode / bytearray.decode. */
Obj *codec_str_encode_method(Obj *self, Obj *const *args, size_t nargs, Obj *kw);
Obj *codec_bytes_decode_method(Obj *self, Obj *const *args, size_t nargs, Obj *kw);

/* ------------------------------------------------------------------ */
/* list / tuple                                                        */
/* ------------------------------------------------------------------ */

/* Resize a list's storage to hold at least n items; 0/-1. */
int list_reserve(Obj *list, size_t n);
/* list.insert semantics at a resolved position; 0/-1. */
int list_insert(Obj *list, int64_t where, Obj *item);
/* Lexicographic comparison of two lists or two tuples (CPython's
 * list_richcompare / tuplerichcompare, re-reading sizes as items compare). */
Obj *types_seq_richcompare(Obj *a, Obj *b, int op);
/* hash slot of unhashable types: TypeError "unhashable type: 'list'". */
hash_t types_unhashable(Obj *o);
/* Index from an int-like key for seq[key]; TypeError uses `what`
 * ("list indices must be integers or slices, not str").  0/-1. */
int types_index_arg(Obj *key, int64_t *out, const char *what);
/* hash(tuple) as CPython 3.11 (xxHash-based). */
hash_t tuple_hash(Obj *t);

/* ------------------------------------------------------------------ */
/* dict / set                                                          */
/* ------------------------------------------------------------------ */

/* Lookup with a precomputed hash; borrowed value or NULL. */
Obj *dict_getitem_hash(Obj *d, Obj *key, hash_t h);
int dict_setitem_hash(Obj *d, Obj *key, hash_t h, Obj *value);
/* d.pop(key) -> new reference or NULL (missing: no exception). */
Obj *dict_pop(Obj *d, Obj *key);
/* d.clear() (also the cycle collector's clear of dicts). */
void dict_clear(Obj *d);
/* 1/0 membership; -1 error. */
int dict_contains(Obj *d, Obj *key);
int set_contains(Obj *set, Obj *key);
int set_discard(Obj *set, Obj *key);
/* A set display {a, b, c}.  CPython 3.11 compiles a display of more than
 * two constants (after constant folding, so -1 counts) as
 * frozenset(constants) merged into a new set, which gives a different
 * table layout (and iteration order) than adding one by one: the
 * compiler marks such displays (BUILD_SET) so the order matches. */
Obj *set_from_display(Obj *const *items, size_t n, bool all_const);
/* s.update(iterable) ({*a, *b} displays); 0/-1. */
int set_update_from(Obj *set, Obj *iterable);           /* 1 removed, 0 absent, -1 */
int64_t set_len(Obj *set);
/* Iterate a set's table: *pos starts at 0; key borrowed. */
bool set_next(Obj *set, size_t *pos, Obj **key, hash_t *hash);

/* ------------------------------------------------------------------ */
/* iterators                                                           */
/* ------------------------------------------------------------------ */

/* iter over a C array of a sequence owner (list/tuple) etc. are private;
 * reversed(seq) is Reversed_Type's tp_new (also used by the runtime). */
Obj *iter_reversed(Obj *seq);

#endif
