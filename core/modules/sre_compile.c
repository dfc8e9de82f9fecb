/* sre_compile.c - a parse tree (sre_tree.h) to a program of instructions
 * for the matcher (sre.h, sre_exec.c).
 *
 * Layout of the constructs:
 *   a|b|c        SPLIT L1 L2; L1: a; JMP end; L2: SPLIT ...; c; end:
 *   (x)          SAVE 2g; x; SAVE 2g+1
 *   x{m,n} where x is one character (a literal, a set, .):
 *                REPEAT1 m n mode; x     (the matcher counts, no loop)
 *   x{m,n} otherwise:
 *                LOOP_INIT r; L: LOOP r m n mode -> end; x; JMP L; end:
 *                (registers r, r+1: iterations done, where the last
 *                optional one started: CPython's zero-width protection)
 *   (?=x) (?<!x) (?>x):
 *                ASSERT/ATOMIC -> end; x; END_SUB; end:
 *   x{m,n}+      the loop inside ATOMIC, and x inside ATOMIC too
 * Look-behind needs a fixed width (CPython's getwidth); the error is
 * reported here, after every parse error, as CPython's compiler does.
 */
#include "modules/sre_tree.h"

#include <string.h>

#include "objects/types.h"

#define MAXCODE 0xffffffffu
#define MAXW ((uint64_t)1 << 62)

typedef struct Comp {
    SreTree *t;
    SreInst *code;
    size_t n, cap;
    int64_t nregs;
    SreError *err;
} Comp;

static int64_t sre_emit(Comp *c, SreInst in)
{
    if (sre_grow((void **)&c->code, &c->cap, c->n + 1, sizeof *c->code) < 0)
        return -1;
    c->code[c->n] = in;
    return (int64_t)c->n++;
}

static uint64_t sat_add(uint64_t a, uint64_t b) { return a + b >= MAXW ? MAXW : a + b; }
static uint64_t sat_mul(uint64_t a, uint64_t m)
{
    if (a == 0 || m == 0)
        return 0;
    return m >= MAXW / a ? MAXW : a * m;
}

typedef struct Width {
    uint64_t lo, hi;
} Width;

/* CPython's SubPattern.getwidth: the fewest and most code points nd can
 * match.  Memoised per node (back references measure their group again). */
static Width width(Comp *c, SreNode *nd);

static Width width_uncached(Comp *c, SreNode *nd)
{
    Width w = { 0, 0 }, x;
    switch ((SreNodeKind)nd->kind) {
    case T_SEQ:
        for (size_t i = 0; i < nd->n; i++) {
            x = width(c, nd->items[i]);
            w.lo = sat_add(w.lo, x.lo);
            w.hi = sat_add(w.hi, x.hi);
        }
        return w;
    case T_ALT:
        w.lo = MAXW;
        for (size_t i = 0; i < nd->n; i++) {
            x = width(c, nd->items[i]);
            w.lo = x.lo < w.lo ? x.lo : w.lo;
            w.hi = x.hi > w.hi ? x.hi : w.hi;
        }
        return w;
    case T_LIT: case T_NOTLIT: case T_ANY: case T_SET:
        return (Width){ 1, 1 };
    case T_AT: case T_ASSERT:
        return w;
    case T_REPEAT:
        x = width(c, nd->a);
        w.lo = sat_mul(x.lo, nd->min);
        w.hi = nd->max == SRE_MAXREPEAT && x.hi ? MAXW : sat_mul(x.hi, nd->max);
        return w;
    case T_GROUP: case T_SUB: case T_ATOMIC:
        return width(c, nd->a);
    case T_GROUPREF: {
        SreNode *body = nd->gid < c->t->groups ? c->t->group[nd->gid].body : NULL;
        return body ? width(c, body) : w;
    }
    case T_GROUPREF_EXISTS:
        w = width(c, nd->a);
        if (nd->b) {
            x = width(c, nd->b);
            w.lo = x.lo < w.lo ? x.lo : w.lo;
            w.hi = x.hi > w.hi ? x.hi : w.hi;
        } else {
            w.lo = 0;
        }
        return w;
    }
    return w;
}

static Width width(Comp *c, SreNode *nd)
{
    if (!nd->width_done) {
        Width w = width_uncached(c, nd);
        nd->width_lo = w.lo;
        nd->width_hi = w.hi;
        nd->width_done = true;
    }
    return (Width){ nd->width_lo, nd->width_hi };
}

static int comp_error(Comp *c, const char *msg)
{
    sre_error_clear(c->err);
    c->err->kind = SRE_ERR_PATTERN;
    c->err->msg = str_from_cstr(msg);
    c->err->pos = -1;
    if (!c->err->msg)
        c->err->kind = SRE_ERR_PENDING;
    return -1;
}

/* The one-character node that a repeat of nd repeats, or NULL. */
static SreNode *single(SreNode *nd)
{
    for (;;) {
        switch ((SreNodeKind)nd->kind) {
        case T_LIT: case T_NOTLIT: case T_ANY: case T_SET:
            return nd;
        case T_SUB:
            nd = nd->a;
            continue;
        case T_SEQ:
            if (nd->n != 1)
                return NULL;
            nd = nd->items[0];
            continue;
        default:
            return NULL;
        }
    }
}

static bool is_cased(uint32_t ch, int fl)
{
    return sre_lower(ch, fl) != ch || sre_upper(ch, fl) != ch;
}

static int gen(Comp *c, SreNode *nd);

/* One character: LIT, NOTLIT, ANY or SET. */
static int gen_char(Comp *c, SreNode *nd)
{
    SreInst in = { .fl = nd->fl, .c = nd->c };
    bool icase = (nd->fl & SRE_FLAG_IGNORECASE) && is_cased(nd->c, nd->fl);
    switch ((SreNodeKind)nd->kind) {
    case T_LIT:
        in.op = icase ? SRE_OP_CHAR_I : SRE_OP_CHAR;
        break;
    case T_NOTLIT:
        in.op = icase ? SRE_OP_NOTCHAR_I : SRE_OP_NOTCHAR;
        break;
    case T_ANY:
        in.op = (nd->fl & SRE_FLAG_DOTALL) ? SRE_OP_ANYALL : SRE_OP_ANY;
        break;
    default:
        in.op = SRE_OP_SET;
        break;
    }
    if (icase) {
        in.c = sre_lower(nd->c, nd->fl);
        if (!(nd->fl & SRE_FLAG_ASCII) && sre_casefix(in.c))
            in.fl |= SRE_FL_CASEFIX;
    }
    return sre_emit(c, in) < 0 ? -1 : 0;
}

static int gen_repeat(Comp *c, SreNode *nd)
{
    if (nd->fl & SRE_FLAG_TEMPLATE)         /* re.TEMPLATE: no repeats */
        return comp_error(c, nd->mode == SRE_LAZY ? "internal: unsupported template operator MIN_REPEAT"
                             : nd->mode == SRE_GREEDY ? "internal: unsupported template operator MAX_REPEAT"
                             : "internal: unsupported template operator POSSESSIVE_REPEAT");
    SreNode *one = single(nd->a);
    if (nd->max == 0 && !one)
        return 0;
    if (one) {
        SreInst in = { .op = SRE_OP_REPEAT1, .fl = nd->mode, .min = nd->min, .max = nd->max };
        return sre_emit(c, in) < 0 ? -1 : gen_char(c, one);
    }
    /* A possessive repeat is CPython's POSSESSIVE_REPEAT: each iteration is
     * atomic, and so is the whole (no iteration is given back). */
    bool poss = nd->mode == SRE_POSSESSIVE;
    int64_t outer = -1, inner = -1;
    if (poss && (outer = sre_emit(c, (SreInst){ .op = SRE_OP_ATOMIC })) < 0)
        return -1;
    int32_t slot = (int32_t)c->nregs;
    c->nregs += 2;
    if (sre_emit(c, (SreInst){ .op = SRE_OP_LOOP_INIT, .y = slot }) < 0)
        return -1;
    SreInst loop = { .op = SRE_OP_LOOP, .fl = nd->mode == SRE_LAZY ? SRE_LAZY : SRE_GREEDY,
                     .y = slot, .min = nd->min, .max = nd->max };
    int64_t l = sre_emit(c, loop);
    if (l < 0 || (poss && (inner = sre_emit(c, (SreInst){ .op = SRE_OP_ATOMIC })) < 0) ||
        gen(c, nd->a) < 0)
        return -1;
    if (poss) {
        if (sre_emit(c, (SreInst){ .op = SRE_OP_END_SUB }) < 0)
            return -1;
        c->code[inner].x = (int32_t)c->n;
    }
    if (sre_emit(c, (SreInst){ .op = SRE_OP_JMP, .x = (int32_t)l }) < 0)
        return -1;
    c->code[l].x = (int32_t)c->n;
    if (poss) {
        if (sre_emit(c, (SreInst){ .op = SRE_OP_END_SUB }) < 0)
            return -1;
        c->code[outer].x = (int32_t)c->n;
    }
    return 0;
}

static int gen_alt(Comp *c, SreNode *nd)
{
    int64_t last_jmp = -1;      /* chain of JMPs to patch, through .y */
    for (size_t i = 0; i < nd->n; i++) {
        int64_t split = -1;
        if (i + 1 < nd->n && (split = sre_emit(c, (SreInst){ .op = SRE_OP_SPLIT })) < 0)
            return -1;
        if (split >= 0)
            c->code[split].x = (int32_t)c->n;
        if (gen(c, nd->items[i]) < 0)
            return -1;
        if (i + 1 < nd->n) {
            int64_t j = sre_emit(c, (SreInst){ .op = SRE_OP_JMP, .y = (int32_t)last_jmp });
            if (j < 0)
                return -1;
            last_jmp = j;
            c->code[split].y = (int32_t)c->n;
        }
    }
    while (last_jmp >= 0) {
        int64_t next = c->code[last_jmp].y;
        c->code[last_jmp].x = (int32_t)c->n;
        c->code[last_jmp].y = 0;
        last_jmp = next;
    }
    return 0;
}

/* ASSERT or ATOMIC around nd->a. */
static int gen_sub(Comp *c, SreInst head, SreNode *body)
{
    int64_t h = sre_emit(c, head);
    if (h < 0 || gen(c, body) < 0 || sre_emit(c, (SreInst){ .op = SRE_OP_END_SUB }) < 0)
        return -1;
    c->code[h].x = (int32_t)c->n;
    return 0;
}

static int gen(Comp *c, SreNode *nd)
{
    switch ((SreNodeKind)nd->kind) {
    case T_SEQ:
        for (size_t i = 0; i < nd->n; i++)
            if (gen(c, nd->items[i]) < 0)
                return -1;
        return 0;
    case T_ALT:
        return gen_alt(c, nd);
    case T_LIT: case T_NOTLIT: case T_ANY: case T_SET:
        return gen_char(c, nd);
    case T_AT:
        return sre_emit(c, (SreInst){ .op = SRE_OP_AT, .fl = nd->fl, .c = nd->c }) < 0 ? -1 : 0;
    case T_REPEAT:
        return gen_repeat(c, nd);
    case T_GROUP:
        if (sre_emit(c, (SreInst){ .op = SRE_OP_SAVE, .x = (int32_t)(2 * nd->gid) }) < 0 ||
            gen(c, nd->a) < 0 ||
            sre_emit(c, (SreInst){ .op = SRE_OP_SAVE, .x = (int32_t)(2 * nd->gid + 1) }) < 0)
            return -1;
        return 0;
    case T_SUB:
        return gen(c, nd->a);
    case T_ATOMIC:
        return gen_sub(c, (SreInst){ .op = SRE_OP_ATOMIC }, nd->a);
    case T_ASSERT: {
        SreInst head = { .op = SRE_OP_ASSERT, .fl = nd->mode };
        if (nd->mode & SRE_ASSERT_BEHIND) {
            Width w = width(c, nd->a);
            if (w.lo > MAXCODE)
                return comp_error(c, "looks too much behind");
            if (w.lo != w.hi)
                return comp_error(c, "look-behind requires fixed-width pattern");
            head.c = (uint32_t)w.lo;
        }
        return gen_sub(c, head, nd->a);
    }
    case T_GROUPREF:
        return sre_emit(c, (SreInst){ .op = SRE_OP_BACKREF, .fl = nd->fl, .x = (int32_t)nd->gid }) < 0
               ? -1 : 0;
    case T_GROUPREF_EXISTS: {
        int64_t e = sre_emit(c, (SreInst){ .op = SRE_OP_GROUP_EXISTS, .x = (int32_t)nd->gid });
        if (e < 0 || gen(c, nd->a) < 0)
            return -1;
        if (!nd->b) {
            c->code[e].y = (int32_t)c->n;
            return 0;
        }
        int64_t j = sre_emit(c, (SreInst){ .op = SRE_OP_JMP });
        if (j < 0)
            return -1;
        c->code[e].y = (int32_t)c->n;
        if (gen(c, nd->b) < 0)
            return -1;
        c->code[j].x = (int32_t)c->n;
        return 0;
    }
    }
    return 0;
}

/* Where every match must begin: *anchored for \A (or ^ without
 * MULTILINE), *first for a case-sensitive literal first character. */
static void find_start(const SreNode *nd, bool *anchored, int64_t *first)
{
    for (;;) {
        switch ((SreNodeKind)nd->kind) {
        case T_SEQ:
            for (size_t i = 0; i < nd->n; i++) {
                const SreNode *it = nd->items[i];
                if (it->kind == T_AT) {
                    if (i == 0 && (it->c == SRE_AT_BEGINNING_STRING ||
                                   (it->c == SRE_AT_BEGINNING && !(it->fl & SRE_FLAG_MULTILINE))))
                        *anchored = true;
                    continue;
                }
                find_start(it, anchored, first);
                return;
            }
            return;
        case T_LIT:
            if (!(nd->fl & SRE_FLAG_IGNORECASE) || !is_cased(nd->c, nd->fl))
                *first = nd->c;
            return;
        case T_GROUP: case T_SUB:
            nd = nd->a;
            continue;
        case T_REPEAT:
            if (nd->min == 0)
                return;
            nd = nd->a;
            continue;
        default:
            return;
        }
    }
}

void sre_free(SreProgram *p)
{
    if (!p)
        return;
    mem_free(p->code, 0);
    mem_free(p->sets, 0);
    mem_free(p->ranges, 0);
    for (size_t i = 0; i < p->nnames; i++)
        mem_free(p->names[i].v, 0);
    mem_free(p->names, 0);
    mem_free(p, sizeof *p);
}

SreProgram *sre_compile(const uint32_t *pattern, size_t n, int flags, SreError *err)
{
    SreTree t;
    memset(&t, 0, sizeof t);
    Comp c = { .t = &t, .err = err };
    SreProgram *p = NULL;
    if (sre_parse(&t, pattern, n, flags, err) < 0)
        goto done;
    c.nregs = 2 * t.groups + 1;      /* marks of groups 0..groups-1, lastindex */
    if (gen(&c, t.root) < 0 || sre_emit(&c, (SreInst){ .op = SRE_OP_MATCH }) < 0) {
        if (!err->msg)
            err->kind = SRE_ERR_PENDING;
        goto done;
    }
    p = mem_calloc(1, sizeof *p);
    if (!p) {
        err_nomemory();
        sre_error_clear(err);
        err->kind = SRE_ERR_PENDING;
        goto done;
    }
    p->code = c.code;
    p->ncode = c.n;
    c.code = NULL;
    p->sets = t.sets;
    p->nsets = t.nsets;
    t.sets = NULL;
    t.sets_cap = 0;
    p->ranges = t.ranges;
    p->nranges = t.nranges;
    t.ranges = NULL;
    t.ranges_cap = 0;
    p->names = t.names;
    p->nnames = t.nnames;
    t.names = NULL;
    t.nnames = t.names_cap = 0;
    p->groups = t.groups - 1;
    p->nregs = c.nregs;
    p->flags = t.flags;
    p->first_char = -1;
    find_start(t.root, &p->anchored, &p->first_char);
done:
    mem_free(c.code, 0);
    sre_tree_free(&t);
    return p;
}
