/* sre_tree.h - the parse tree of a regular expression, from sre_parse.c to
 * sre_compile.c.  Nodes live in an arena freed with the tree; the sets,
 * ranges and group names collected while parsing move into the program.
 * Private to sre_parse.c and sre_compile.c.
 */
#ifndef CS_SRE_TREE_H
#define CS_SRE_TREE_H

#include "modules/sre.h"

typedef enum SreNodeKind {
    T_SEQ,              /* items in order */
    T_ALT,              /* items, first that matches (a|b|c) */
    T_LIT,              /* c */
    T_NOTLIT,           /* [^c] */
    T_ANY,              /* . */
    T_SET,              /* c: set index */
    T_AT,               /* c: SRE_AT_* */
    T_REPEAT,           /* a repeated min..max times, mode SRE_GREEDY/... */
    T_GROUP,            /* capturing group gid around a */
    T_SUB,              /* (?:a) or (?flags:a): kept while parsing so that
                           "multiple repeat" sees a group, not a repeat */
    T_ATOMIC,           /* (?>a) */
    T_ASSERT,           /* look-ahead/behind a, mode SRE_ASSERT_* bits */
    T_GROUPREF,         /* \N or (?P=name): group gid */
    T_GROUPREF_EXISTS   /* (?(gid)a|b), b may be NULL */
} SreNodeKind;

typedef struct SreNode SreNode;
struct SreNode {
    uint8_t kind;       /* SreNodeKind */
    uint8_t mode;
    uint16_t fl;        /* flags in force where the node was written */
    uint32_t c;
    uint32_t min, max;
    int64_t gid;
    SreNode *a, *b;
    SreNode **items;    /* T_SEQ, T_ALT */
    size_t n, cap;
    uint64_t width_lo, width_hi;    /* sre_compile.c's memo */
    bool width_done;
};

typedef struct SreArenaBlock SreArenaBlock;

typedef struct SreGroup {
    SreNode *body;              /* what the group holds, once closed */
    bool closed;
} SreGroup;

typedef struct SreTree {
    SreArenaBlock *blocks;
    SreNode *root;
    int flags;                  /* final flags */
    int64_t groups;             /* groups opened so far, group 0 included */
    SreGroup *group;            /* [groups] */
    size_t group_cap;
    SreSet *sets;
    size_t nsets, sets_cap;
    uint32_t *ranges;           /* pairs */
    size_t nranges, ranges_cap; /* in pairs */
    SreName *names;
    size_t nnames, names_cap;
} SreTree;

/* Parses pattern into t (zeroed by the caller).  0 ok; -1 with *err set.
 * Either way sre_tree_free(t) releases it. */
int sre_parse(SreTree *t, const uint32_t *pattern, size_t n, int flags, SreError *err);
void sre_tree_free(SreTree *t);

/* Grows a mem_alloc'd array *p (of *cap elements of size el) to hold at
 * least need elements.  0 ok, -1 MemoryError set. */
int sre_grow(void **p, size_t *cap, size_t need, size_t el);

/* Is code point c a "word" character (\w) under flags (SRE_FLAG_ASCII)? */
bool sre_is_word(uint32_t c, int flags);
bool sre_is_digit(uint32_t c, int flags);
bool sre_is_space(uint32_t c, int flags);
/* Case folding for IGNORECASE: ASCII only under SRE_FLAG_ASCII. */
uint32_t sre_lower(uint32_t c, int flags);
uint32_t sre_upper(uint32_t c, int flags);
/* CPython's extra case equivalences (re/_casefix.py) of a lower-case code
 * point: up to two more code points that IGNORECASE treats as the same
 * letter ('s' and 'ſ', 'σ' and 'ς', ...), 0-padded; NULL if none. */
const uint32_t *sre_casefix(uint32_t lower);
/* Each key of that table in turn: *i from 0; false at the end. */
bool sre_casefix_next(size_t *i, uint32_t *key, const uint32_t **extra);
/* SreInst.fl bit of CHAR_I/NOTCHAR_I: the literal has casefix extras. */
#define SRE_FL_CASEFIX 0x4000

/* Does set s of prog contain c (the full test, any code point)? */
bool sre_set_has(const SreSet *s, const uint32_t *ranges, uint32_t c);

#endif
