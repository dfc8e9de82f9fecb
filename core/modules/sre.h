/* sre.h - the regular-expression engine behind the re module: a pattern
 * compiler (sre_parse.c: Python's syntax and error messages, to a tree;
 * sre_compile.c: the tree to a program) and a backtracking matcher
 * (sre_exec.c) over str code points.  sre_module.c makes it the `_sre`
 * module; core/modules/lib/re.py is the re module on top of it.
 *
 * The matcher never recurses in C: its choice points live on a stack on the
 * heap (counted and capped by base/mem.h), and it charges the work it does
 * to the caller's step budget, so a catastrophic pattern such as (a+)+$ on
 * a long subject ends with the budget instead of freezing the engine.
 *
 * Private to modules/ (and the fuzz target tests/fuzz/fuzz_re.c).
 */
#ifndef CS_SRE_H
#define CS_SRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

/* The flags, with CPython's values (re.IGNORECASE == 2, ...). */
enum {
    SRE_FLAG_TEMPLATE = 1,
    SRE_FLAG_IGNORECASE = 2,
    SRE_FLAG_LOCALE = 4,
    SRE_FLAG_MULTILINE = 8,
    SRE_FLAG_DOTALL = 16,
    SRE_FLAG_UNICODE = 32,
    SRE_FLAG_VERBOSE = 64,
    SRE_FLAG_DEBUG = 128,
    SRE_FLAG_ASCII = 256
};

#define SRE_MAXREPEAT 4294967295u       /* _sre.MAXREPEAT: "no upper bound" */
#define SRE_MAXGROUPS 1073741823        /* _sre.MAXGROUPS on 64-bit CPython */

/* What a failed compile reports. */
typedef enum SreErrKind {
    SRE_ERR_PATTERN,    /* re.error(msg, pattern, pos) (pos -1: none) */
    SRE_ERR_OVERFLOW,   /* OverflowError(msg) */
    SRE_ERR_VALUE,      /* ValueError(msg) */
    SRE_ERR_PENDING     /* a Python exception is pending (MemoryError,
                           RecursionError) */
} SreErrKind;

typedef struct SreError {
    SreErrKind kind;
    Obj *msg;           /* str (owned) for the first three kinds */
    int64_t pos;        /* code point index into the pattern, or -1 */
} SreError;

void sre_error_clear(SreError *e);

/* ---- programs ---- */

/* A character set: [...] or \d, \w, \s and their negations. */
typedef struct SreSet {
    uint32_t bitmap[8];     /* the answer for code points < 256 (negate,
                               IGNORECASE and ASCII already applied) */
    uint32_t first_range;   /* its ranges: prog->ranges[2*first ...] */
    uint32_t nranges;
    uint16_t cats;          /* SRE_CAT_* bits */
    uint16_t fl;            /* SRE_FLAG_IGNORECASE / SRE_FLAG_ASCII */
    bool negate;
} SreSet;

enum {
    SRE_CAT_DIGIT = 1, SRE_CAT_NOT_DIGIT = 2, SRE_CAT_SPACE = 4,
    SRE_CAT_NOT_SPACE = 8, SRE_CAT_WORD = 16, SRE_CAT_NOT_WORD = 32
};

/* A named group: its name in code points and its number. */
typedef struct SreName {
    uint32_t *v;            /* mem_alloc'd */
    size_t n;
    int64_t gid;
} SreName;

/* One instruction (see sre_exec.c for what each does). */
typedef struct SreInst {
    uint16_t op;        /* SRE_OP_* */
    uint16_t fl;        /* flags of the construct (IGNORECASE, ASCII, ...)
                           or the repeat/assert mode */
    uint32_t c;         /* code point, set index, AT kind, look-behind width */
    int32_t x, y;       /* jump targets, register slots, group numbers */
    uint32_t min, max;  /* repeat counts */
} SreInst;

enum {
    SRE_OP_MATCH, SRE_OP_CHAR, SRE_OP_CHAR_I, SRE_OP_NOTCHAR, SRE_OP_NOTCHAR_I,
    SRE_OP_ANY, SRE_OP_ANYALL, SRE_OP_SET, SRE_OP_AT, SRE_OP_SPLIT, SRE_OP_JMP,
    SRE_OP_SAVE, SRE_OP_BACKREF, SRE_OP_GROUP_EXISTS, SRE_OP_REPEAT1,
    SRE_OP_LOOP_INIT, SRE_OP_LOOP, SRE_OP_ASSERT, SRE_OP_ATOMIC, SRE_OP_END_SUB,
    SRE_OP_COUNT
};

/* SRE_OP_AT kinds. */
enum { SRE_AT_BEGINNING, SRE_AT_BEGINNING_STRING, SRE_AT_END, SRE_AT_END_STRING,
       SRE_AT_BOUNDARY, SRE_AT_NON_BOUNDARY };

/* Repeat modes (SreInst.fl of REPEAT1 and LOOP). */
enum { SRE_GREEDY, SRE_LAZY, SRE_POSSESSIVE };

/* SRE_OP_ASSERT modes. */
enum { SRE_ASSERT_BEHIND = 1, SRE_ASSERT_NOT = 2 };

typedef struct SreProgram {
    SreInst *code;
    size_t ncode;
    SreSet *sets;
    size_t nsets;
    uint32_t *ranges;       /* pairs lo, hi */
    size_t nranges;
    int64_t groups;         /* capturing groups (group 0 not counted) */
    int64_t nregs;          /* registers: 2 marks per group incl. 0, then
                               lastindex, then 2 per general loop */
    int flags;              /* the final flags (inline ones, UNICODE added) */
    SreName *names;         /* the named groups, in order of definition */
    size_t nnames;
    bool anchored;          /* starts with \A (or ^ without MULTILINE) */
    int64_t first_char;     /* the code point every match starts with, or -1 */
} SreProgram;

#define SRE_REG_LASTINDEX(p) (2 * ((p)->groups + 1))

/* Compiles a pattern of n code points.  NULL with *err filled on failure. */
SreProgram *sre_compile(const uint32_t *pattern, size_t n, int flags, SreError *err);
void sre_free(SreProgram *prog);

/* ---- matching ---- */

/* A subject: code points in bytes (an ASCII str) or in 32-bit units. */
typedef struct SreSubject {
    const uint8_t *u8;
    const uint32_t *u32;
    int64_t len;
} SreSubject;

enum { SRE_MATCH, SRE_FULLMATCH, SRE_SEARCH };

/* Charges `steps` to the budget: 0 ok, -1 with an exception set. */
typedef int (*sre_charge_fn)(uint64_t steps);

/* The work units (instructions run, choice points undone) one step pays
 * for. */
#define SRE_WORK_PER_STEP 64

typedef struct SreRun {
    const SreProgram *prog;
    SreSubject s;
    int64_t pos, endpos;    /* already clamped to 0..len */
    int mode;               /* SRE_MATCH / SRE_FULLMATCH / SRE_SEARCH */
    bool must_advance;      /* an empty match at pos does not count */
    sre_charge_fn charge;   /* NULL: unlimited */
    int64_t *regs;          /* out: prog->nregs registers; marks -1 unset,
                               regs[LASTINDEX] the last group closed or -1 */
} SreRun;

/* 1 match (regs filled), 0 no match, -1 error (exception pending). */
int sre_exec(SreRun *run);

#endif
