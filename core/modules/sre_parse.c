/* sre_parse.c - a regular expression's text to a parse tree (sre_tree.h),
 * with Python's syntax and CPython 3.11's error messages and positions.
 *
 * The functions follow the structure of CPython's re/_parser.py (a
 * tokenizer whose tokens are one character or a backslash and the next;
 * _parse_sub for alternatives, _parse for a sequence, groups and inline
 * flags; escapes and character sets are in sre_charset.c, the state both
 * halves share in sre_parser.h), so that the checks happen in the same
 * order and every error is reported where CPython reports it: at
 * tell() - offset, tell() being the start of the token not yet consumed.
 * Nesting goes through rec_enter (two levels per group, as CPython's two
 * Python frames), so a deeply nested pattern gets RecursionError instead
 * of overflowing the C stack.
 */
#include "modules/sre_parser.h"

#include <stdarg.h>
#include <string.h>

#include "objects/interp.h"
#include "objects/types.h"

/* ---- memory ---- */

struct SreArenaBlock {
    SreArenaBlock *next;
    size_t size, used;
    max_align_t data[];
};

#define ARENA_BLOCK 8192

static void *arena_alloc(SreTree *t, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    SreArenaBlock *b = t->blocks;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        b = mem_alloc(sizeof *b + size);
        if (!b) {
            err_nomemory();
            return NULL;
        }
        b->size = size;
        b->used = 0;
        b->next = t->blocks;
        t->blocks = b;
    }
    void *r = (char *)b->data + b->used;
    b->used += n;
    memset(r, 0, n);
    return r;
}

int sre_grow(void **p, size_t *cap, size_t need, size_t el)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > SIZE_MAX / el) {
        err_nomemory();
        return -1;
    }
    void *np = mem_realloc(*p, *cap * el, ncap * el);
    if (!np) {
        err_nomemory();
        return -1;
    }
    *p = np;
    *cap = ncap;
    return 0;
}

void sre_tree_free(SreTree *t)
{
    while (t->blocks) {
        SreArenaBlock *b = t->blocks;
        t->blocks = b->next;
        mem_free(b, sizeof *b + b->size);
    }
    mem_free(t->group, t->group_cap * sizeof *t->group);
    mem_free(t->sets, t->sets_cap * sizeof *t->sets);
    mem_free(t->ranges, t->ranges_cap * 2 * sizeof *t->ranges);
    for (size_t i = 0; i < t->nnames; i++)
        mem_free(t->names[i].v, t->names[i].n * sizeof(uint32_t));
    mem_free(t->names, t->names_cap * sizeof *t->names);
    memset(t, 0, sizeof *t);
}

/* ---- the tokenizer ---- */



Obj *sp_cps_str(const uint32_t *v, size_t n)
{
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n; i++)
        sb_addcp(&b, v[i]);
    return sb_finish(&b);
}

/* Sets a re.error at absolute position pos (-1: none); returns -1.  The
 * format takes err_format's directives. */
int sp_error_at(Parser *p, int64_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_from_vformat(fmt, ap);
    va_end(ap);
    sre_error_clear(p->err);
    if (!msg) {
        p->err->kind = SRE_ERR_PENDING;
        return -1;
    }
    p->err->kind = SRE_ERR_PATTERN;
    p->err->msg = msg;
    p->err->pos = pos;
    return -1;
}


/* A Python exception is pending (MemoryError, RecursionError). */
int sp_pending(Parser *p)
{
    sre_error_clear(p->err);
    p->err->kind = SRE_ERR_PENDING;
    return -1;
}

static int other_error(Parser *p, SreErrKind kind, const char *msg)
{
    sre_error_clear(p->err);
    p->err->kind = kind;
    p->err->msg = str_from_cstr(msg);
    if (!p->err->msg)
        p->err->kind = SRE_ERR_PENDING;
    p->err->pos = -1;
    return -1;
}

/* Reads the next token (CPython's Tokenizer.__next). */
static int advance(Parser *p)
{
    int64_t i = p->index;
    if (i >= p->n) {
        p->next.len = 0;
        return 0;
    }
    uint32_t ch = p->s[i];
    if (ch == '\\') {
        if (++i >= p->n)
            return sp_error_at(p, p->n - 1, "bad escape (end of pattern)");
        p->next.c[0] = '\\';
        p->next.c[1] = p->s[i];
        p->next.len = 2;
    } else {
        p->next.c[0] = ch;
        p->next.len = 1;
    }
    p->index = i + 1;
    return 0;
}

/* Consumes the next token if it is the character ch: 1 yes, 0 no, -1. */
int sp_match(Parser *p, uint32_t ch)
{
    if (!tok_is(&p->next, ch))
        return 0;
    return advance(p) < 0 ? -1 : 1;
}

/* Takes the next token into *k (len 0 at the end).  0 / -1. */
int sp_get(Parser *p, Tok *k)
{
    *k = p->next;
    return advance(p);
}

static int seek(Parser *p, int64_t index)
{
    p->index = index;
    return advance(p);
}

int sp_text_add(Text *x, uint32_t c)
{
    if (sre_grow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v) < 0)
        return -1;
    x->v[x->n++] = c;
    return 0;
}

int sp_text_add_tok(Text *x, const Tok *k)
{
    for (int i = 0; i < k->len; i++)
        if (sp_text_add(x, k->c[i]) < 0)
            return -1;
    return 0;
}

void sp_text_free(Text *x)
{
    mem_free(x->v, x->cap * sizeof *x->v);
    x->v = NULL;
    x->n = x->cap = 0;
}

Obj *sp_text_str(const Text *x) { return sp_cps_str(x->v, x->n); }


/* Appends up to n following characters that pred accepts (getwhile). */
int sp_getwhile(Parser *p, int n, bool (*pred)(uint32_t), Text *x)
{
    for (int i = 0; i < n && next_in(p, pred); i++) {
        if (sp_text_add(x, p->next.c[0]) < 0)
            return sp_pending(p);
        if (advance(p) < 0)
            return -1;
    }
    return 0;
}

/* The tokens up to terminator (getuntil): what is missing is named by
 * name ("group name", "character name"). */
int sp_getuntil(Parser *p, uint32_t terminator, const char *name, Text *x)
{
    for (;;) {
        Tok k;
        if (sp_get(p, &k) < 0)
            return -1;
        if (k.len == 0) {
            if (x->n == 0)
                return ERROR(p, 0, "missing %s", name);
            return ERROR(p, (int64_t)x->n, "missing %c, unterminated name", (int)terminator);
        }
        if (tok_is(&k, terminator)) {
            if (x->n == 0)
                return ERROR(p, 1, "missing %s", name);
            return 0;
        }
        if (sp_text_add_tok(x, &k) < 0)
            return sp_pending(p);
    }
}

/* str.isidentifier() for a group name (letters as the engine's str knows
 * them, digits, underscore). */
static bool is_identifier(const Text *x)
{
    if (x->n == 0)
        return false;
    for (size_t i = 0; i < x->n; i++) {
        uint32_t c = x->v[i];
        bool ok = c == '_' || uni_isalpha(c) || (i > 0 && uni_isdigit(c));
        if (!ok)
            return false;
    }
    return true;
}

static int checkgroupname(Parser *p, const Text *name, int64_t offset)
{
    if (is_identifier(name))
        return 0;
    Obj *s = sp_text_str(name);
    if (!s)
        return sp_pending(p);
    int r = ERROR(p, (int64_t)name->n + offset, "bad character in group name %R", s);
    DECREF(s);
    return r;
}

/* ---- parser state (CPython's State) ---- */

static int64_t group_lookup(Parser *p, const Text *name)
{
    SreTree *t = p->t;
    for (size_t i = 0; i < t->nnames; i++)
        if (t->names[i].n == name->n && memcmp(t->names[i].v, name->v, name->n * sizeof(uint32_t)) == 0)
            return t->names[i].gid;
    return -1;
}

/* Opens a group (name may be NULL); its number, or -1 with the error
 * reported at offset (len(name) + 1, as CPython). */
static int64_t opengroup(Parser *p, const Text *name)
{
    SreTree *t = p->t;
    int64_t gid = t->groups;
    if (sre_grow((void **)&t->group, &t->group_cap, (size_t)gid + 1, sizeof *t->group) < 0)
        return sp_pending(p);
    t->group[gid] = (SreGroup){ NULL, false };
    t->groups++;
    int64_t offset = name ? (int64_t)name->n + 1 : 0;
    if (t->groups > SRE_MAXGROUPS)
        return ERROR(p, offset, "too many groups");
    if (name) {
        int64_t old = group_lookup(p, name);
        if (old >= 0) {
            Obj *s = sp_text_str(name);
            if (!s)
                return sp_pending(p);
            ERROR(p, offset, "redefinition of group name %R as group %lld; was group %lld", s,
                  (long long)gid, (long long)old);
            DECREF(s);
            return -1;
        }
        if (sre_grow((void **)&t->names, &t->names_cap, t->nnames + 1, sizeof *t->names) < 0)
            return sp_pending(p);
        uint32_t *copy = mem_alloc(name->n * sizeof(uint32_t));
        if (!copy) {
            err_nomemory();
            return sp_pending(p);
        }
        memcpy(copy, name->v, name->n * sizeof(uint32_t));
        t->names[t->nnames++] = (SreName){ copy, name->n, gid };
    }
    return gid;
}

bool sp_checkgroup(Parser *p, int64_t gid)
{
    return gid < p->t->groups && p->t->group[gid].closed;
}

int sp_checklookbehindgroup(Parser *p, int64_t gid)
{
    if (p->lookbehindgroups < 0)
        return 0;
    if (!sp_checkgroup(p, gid))
        return ERROR(p, 0, "cannot refer to an open group");
    if (gid >= p->lookbehindgroups)
        return ERROR(p, 0, "cannot refer to group defined in the same lookbehind subpattern");
    return 0;
}

/* ---- nodes ---- */


SreNode *sp_node(Parser *p, int kind, Scope sc)
{
    SreNode *nd = arena_alloc(p->t, sizeof *nd);
    if (!nd) {
        sp_pending(p);
        return NULL;
    }
    nd->kind = (uint8_t)kind;
    nd->fl = (uint16_t)((p->flags | sc.add) & ~sc.del);
    return nd;
}

int sp_node_append(Parser *p, SreNode *list, SreNode *item)
{
    if (list->n == list->cap) {
        size_t ncap = list->cap ? list->cap * 2 : 4;
        SreNode **items = arena_alloc(p->t, ncap * sizeof *items);
        if (!items)
            return sp_pending(p);
        if (list->n)
            memcpy(items, list->items, list->n * sizeof *items);
        list->items = items;
        list->cap = ncap;
    }
    list->items[list->n++] = item;
    return 0;
}

/* ---- inline flags ---- */

static int flag_of(const Tok *k)
{
    if (k->len != 1)
        return 0;
    switch (k->c[0]) {
    case 'i': return SRE_FLAG_IGNORECASE;
    case 'L': return SRE_FLAG_LOCALE;
    case 'm': return SRE_FLAG_MULTILINE;
    case 's': return SRE_FLAG_DOTALL;
    case 'x': return SRE_FLAG_VERBOSE;
    case 'a': return SRE_FLAG_ASCII;
    case 't': return SRE_FLAG_TEMPLATE;
    case 'u': return SRE_FLAG_UNICODE;
    default: return 0;
    }
}

#define TYPE_FLAGS (SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE)
#define GLOBAL_FLAGS (SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE)

static bool tok_isalpha(const Tok *k) { return k->len == 1 && uni_isalpha(k->c[0]); }

/* (?flags) or (?flags-flags: after the first flag character ch.  Returns
 * 1 for global flags (added to p->flags), 0 with the added and removed flags for a scoped
 * group, -1 on error. */
static int parse_flags(Parser *p, Tok ch, int *add, int *del)
{
    *add = *del = 0;
    if (!tok_is(&ch, '-')) {
        for (;;) {
            int flag = flag_of(&ch);
            if (flag == SRE_FLAG_LOCALE)
                return ERROR(p, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
            *add |= flag;
            if ((flag & TYPE_FLAGS) && (*add & TYPE_FLAGS) != flag)
                return ERROR(p, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            if (sp_get(p, &ch) < 0)
                return -1;
            if (ch.len == 0)
                return ERROR(p, 0, "missing -, : or )");
            if (tok_is(&ch, ')') || tok_is(&ch, '-') || tok_is(&ch, ':'))
                break;
            if (!flag_of(&ch))
                return ERROR(p, ch.len, tok_isalpha(&ch) ? "unknown flag" : "missing -, : or )");
        }
    }
    if (tok_is(&ch, ')')) {
        p->flags |= *add;
        return 1;
    }
    if (*add & GLOBAL_FLAGS)
        return ERROR(p, 1, "bad inline flags: cannot turn on global flag");
    if (tok_is(&ch, '-')) {
        if (sp_get(p, &ch) < 0)
            return -1;
        if (ch.len == 0)
            return ERROR(p, 0, "missing flag");
        if (!flag_of(&ch))
            return ERROR(p, ch.len, tok_isalpha(&ch) ? "unknown flag" : "missing flag");
        for (;;) {
            int flag = flag_of(&ch);
            if (flag & TYPE_FLAGS)
                return ERROR(p, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *del |= flag;
            if (sp_get(p, &ch) < 0)
                return -1;
            if (ch.len == 0)
                return ERROR(p, 0, "missing :");
            if (tok_is(&ch, ':'))
                break;
            if (!flag_of(&ch))
                return ERROR(p, ch.len, tok_isalpha(&ch) ? "unknown flag" : "missing :");
        }
    }
    if (*del & GLOBAL_FLAGS)
        return ERROR(p, 1, "bad inline flags: cannot turn off global flag");
    if (*add & *del)
        return ERROR(p, 1, "bad inline flags: flag turned on and off");
    return 0;
}

/* ---- sequences, groups, alternatives ---- */

static SreNode *parse_sub(Parser *p, bool verbose, int nested, Scope sc);
static SreNode *parse_seq(Parser *p, bool verbose, int nested, bool first, Scope sc);

static bool is_whitespace(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* A repeat operator this (one of * + ? {) just consumed: replaces the last
 * item of seq.  1 if `{` turned out to be a literal (appended), 0, -1. */
static int parse_repeat(Parser *p, uint32_t this, SreNode *seq, Scope sc)
{
    int64_t here = tell(p);
    uint32_t min, max;
    if (this == '?') {
        min = 0, max = 1;
    } else if (this == '*') {
        min = 0, max = SRE_MAXREPEAT;
    } else if (this == '+') {
        min = 1, max = SRE_MAXREPEAT;
    } else {
        SreNode *lit;
        if (tok_is(&p->next, '}')) {
            if (!(lit = sp_node(p, T_LIT, sc)))
                return -1;
            lit->c = '{';
            return sp_node_append(p, seq, lit) < 0 ? -1 : 1;
        }
        min = 0, max = SRE_MAXREPEAT;
        Text lo = { 0 }, hi = { 0 };
        int r = 0;
        if (sp_getwhile(p, INT32_MAX, is_digit, &lo) < 0)
            r = -1;
        int m = r < 0 ? -1 : sp_match(p, ',');
        if (m < 0) {
            r = -1;
        } else if (m) {
            if (sp_getwhile(p, INT32_MAX, is_digit, &hi) < 0)
                r = -1;
        } else {
            for (size_t i = 0; i < lo.n && r == 0; i++)
                if (sp_text_add(&hi, lo.v[i]) < 0)
                    r = sp_pending(p);
        }
        if (r == 0) {
            m = sp_match(p, '}');
            if (m < 0) {
                r = -1;
            } else if (!m) {
                r = 1;
                if (!(lit = sp_node(p, T_LIT, sc)) || sp_node_append(p, seq, lit) < 0 || seek(p, here) < 0)
                    r = -1;
                else
                    lit->c = '{';
            }
        }
        if (r == 0 && lo.n) {
            uint32_t v = sp_parse_num(lo.v, lo.n, 10);
            if (v >= SRE_MAXREPEAT)
                r = other_error(p, SRE_ERR_OVERFLOW, "the repetition number is too large");
            min = v;
        }
        if (r == 0 && hi.n) {
            uint32_t v = sp_parse_num(hi.v, hi.n, 10);
            if (v >= SRE_MAXREPEAT)
                r = other_error(p, SRE_ERR_OVERFLOW, "the repetition number is too large");
            else if (v < min)
                r = ERROR(p, tell(p) - here, "min repeat greater than max repeat");
            max = v;
        }
        sp_text_free(&lo);
        sp_text_free(&hi);
        if (r != 0)
            return r;
    }
    SreNode *item = seq->n ? seq->items[seq->n - 1] : NULL;
    int64_t offset = tell(p) - here + 1;
    if (!item || item->kind == T_AT)
        return ERROR(p, offset, "nothing to repeat");
    if (item->kind == T_REPEAT)
        return ERROR(p, offset, "multiple repeat");
    int mode = SRE_GREEDY;
    int m = sp_match(p, '?');
    if (m < 0)
        return -1;
    if (m) {
        mode = SRE_LAZY;
    } else {
        if ((m = sp_match(p, '+')) < 0)
            return -1;
        if (m)
            mode = SRE_POSSESSIVE;
    }
    SreNode *rep = sp_node(p, T_REPEAT, sc);
    if (!rep)
        return -1;
    rep->min = min;
    rep->max = max;
    rep->mode = (uint8_t)mode;
    rep->a = item;
    seq->items[seq->n - 1] = rep;
    return 0;
}

/* (?(name)yes|no) after the "(?(". */
static int parse_conditional(Parser *p, int64_t start, bool verbose, int nested, SreNode *seq,
                             Scope sc)
{
    Text name = { 0 };
    int r = -1;
    int64_t condgroup;
    if (sp_getuntil(p, ')', "group name", &name) < 0)
        goto done;
    if (is_identifier(&name)) {
        condgroup = group_lookup(p, &name);
        if (condgroup < 0) {
            Obj *s = sp_text_str(&name);
            if (!s) {
                sp_pending(p);
                goto done;
            }
            ERROR(p, (int64_t)name.n + 1, "unknown group name %R", s);
            DECREF(s);
            goto done;
        }
    } else {
        bool digits = name.n > 0;
        for (size_t i = 0; i < name.n; i++)
            digits = digits && is_digit(name.v[i]);
        if (!digits) {
            Obj *s = sp_text_str(&name);
            if (!s) {
                sp_pending(p);
                goto done;
            }
            ERROR(p, (int64_t)name.n + 1, "bad character in group name %R", s);
            DECREF(s);
            goto done;
        }
        condgroup = (int64_t)sp_parse_num(name.v, name.n, 10);
        if (condgroup == 0) {
            ERROR(p, (int64_t)name.n + 1, "bad group number");
            goto done;
        }
        if (condgroup >= SRE_MAXGROUPS) {
            ERROR(p, (int64_t)name.n + 1, "invalid group reference %lld", (long long)condgroup);
            goto done;
        }
        bool seen = false;
        for (size_t i = 0; i < p->nrefpos; i++)
            seen = seen || p->refpos[i].gid == condgroup;
        if (!seen) {
            if (sre_grow((void **)&p->refpos, &p->refpos_cap, p->nrefpos + 1, sizeof *p->refpos) < 0) {
                sp_pending(p);
                goto done;
            }
            p->refpos[p->nrefpos++] = (RefPos){ condgroup, tell(p) - (int64_t)name.n - 1 };
        }
    }
    if (sp_checklookbehindgroup(p, condgroup) < 0)
        goto done;
    SreNode *yes = parse_seq(p, verbose, nested + 1, false, sc), *no = NULL;
    if (!yes)
        goto done;
    int m = sp_match(p, '|');
    if (m < 0)
        goto done;
    if (m) {
        if (!(no = parse_seq(p, verbose, nested + 1, false, sc)))
            goto done;
        if (tok_is(&p->next, '|')) {
            ERROR(p, 0, "conditional backref with more than two branches");
            goto done;
        }
    }
    if ((m = sp_match(p, ')')) < 0)
        goto done;
    if (!m) {
        ERROR(p, tell(p) - start, "missing ), unterminated subpattern");
        goto done;
    }
    SreNode *nd = sp_node(p, T_GROUPREF_EXISTS, sc);
    if (!nd)
        goto done;
    nd->gid = condgroup;
    nd->a = yes;
    nd->b = no;
    r = sp_node_append(p, seq, nd);
done:
    sp_text_free(&name);
    return r;
}

/* A group after its '(': appends to seq; *verbose may change (global
 * flags). */
static int parse_group(Parser *p, bool *verbose, int nested, bool first, SreNode *seq, Scope sc)
{
    int64_t start = tell(p) - 1;
    bool capture = true, atomic = false;
    Text name = { 0 };
    bool named = false;
    int add = 0, del = 0;
    int r = -1;
    int m = sp_match(p, '?');
    if (m < 0)
        goto done;
    if (m) {
        Tok ch;
        if (sp_get(p, &ch) < 0)
            goto done;
        if (ch.len == 0) {
            ERROR(p, 0, "unexpected end of pattern");
            goto done;
        }
        if (tok_is(&ch, 'P')) {
            if ((m = sp_match(p, '<')) < 0)
                goto done;
            if (m) {
                if (sp_getuntil(p, '>', "group name", &name) < 0 || checkgroupname(p, &name, 1) < 0)
                    goto done;
                named = true;
            } else {
                if ((m = sp_match(p, '=')) < 0)
                    goto done;
                if (!m) {
                    if (sp_get(p, &ch) < 0)
                        goto done;
                    if (ch.len == 0) {
                        ERROR(p, 0, "unexpected end of pattern");
                        goto done;
                    }
                    Obj *s = sp_cps_str(tok_text(&ch), (size_t)ch.len);
                    if (!s) {
                        sp_pending(p);
                        goto done;
                    }
                    ERROR(p, ch.len + 2, "unknown extension ?P%S", s);
                    DECREF(s);
                    goto done;
                }
                /* (?P=name) */
                if (sp_getuntil(p, ')', "group name", &name) < 0 || checkgroupname(p, &name, 1) < 0)
                    goto done;
                int64_t gid = group_lookup(p, &name);
                if (gid < 0) {
                    Obj *s = sp_text_str(&name);
                    if (!s) {
                        sp_pending(p);
                        goto done;
                    }
                    ERROR(p, (int64_t)name.n + 1, "unknown group name %R", s);
                    DECREF(s);
                    goto done;
                }
                if (!sp_checkgroup(p, gid)) {
                    ERROR(p, (int64_t)name.n + 1, "cannot refer to an open group");
                    goto done;
                }
                if (sp_checklookbehindgroup(p, gid) < 0)
                    goto done;
                SreNode *nd = sp_node(p, T_GROUPREF, sc);
                if (!nd)
                    goto done;
                nd->gid = gid;
                r = sp_node_append(p, seq, nd);
                goto done;
            }
        } else if (tok_is(&ch, ':')) {
            capture = false;
        } else if (tok_is(&ch, '#')) {
            for (;;) {
                if (p->next.len == 0) {
                    ERROR(p, tell(p) - start, "missing ), unterminated comment");
                    goto done;
                }
                Tok k;
                if (sp_get(p, &k) < 0)
                    goto done;
                if (tok_is(&k, ')'))
                    break;
            }
            r = 0;
            goto done;
        } else if (tok_is(&ch, '=') || tok_is(&ch, '!') || tok_is(&ch, '<')) {
            int mode = 0;
            int64_t saved_lb = p->lookbehindgroups;
            if (tok_is(&ch, '<')) {
                if (sp_get(p, &ch) < 0)
                    goto done;
                if (ch.len == 0) {
                    ERROR(p, 0, "unexpected end of pattern");
                    goto done;
                }
                if (!tok_is(&ch, '=') && !tok_is(&ch, '!')) {
                    Obj *s = sp_cps_str(tok_text(&ch), (size_t)ch.len);
                    if (!s) {
                        sp_pending(p);
                        goto done;
                    }
                    ERROR(p, ch.len + 2, "unknown extension ?<%S", s);
                    DECREF(s);
                    goto done;
                }
                mode |= SRE_ASSERT_BEHIND;
                if (saved_lb < 0)
                    p->lookbehindgroups = p->t->groups;
            }
            if (tok_is(&ch, '!'))
                mode |= SRE_ASSERT_NOT;
            SreNode *body = parse_sub(p, *verbose, nested + 1, sc);
            if (!body)
                goto done;
            if ((mode & SRE_ASSERT_BEHIND) && saved_lb < 0)
                p->lookbehindgroups = -1;
            if ((m = sp_match(p, ')')) < 0)
                goto done;
            if (!m) {
                ERROR(p, tell(p) - start, "missing ), unterminated subpattern");
                goto done;
            }
            SreNode *nd = sp_node(p, T_ASSERT, sc);
            if (!nd)
                goto done;
            nd->mode = (uint8_t)mode;
            nd->a = body;
            r = sp_node_append(p, seq, nd);
            goto done;
        } else if (tok_is(&ch, '(')) {
            r = parse_conditional(p, start, *verbose, nested, seq, sc);
            goto done;
        } else if (tok_is(&ch, '>')) {
            capture = false;
            atomic = true;
        } else if (flag_of(&ch) || tok_is(&ch, '-')) {
            int g = parse_flags(p, ch, &add, &del);
            if (g < 0)
                goto done;
            if (g == 1) {
                if (!first || seq->n) {
                    ERROR(p, tell(p) - start, "global flags not at the start of the expression");
                    goto done;
                }
                *verbose = (p->flags & SRE_FLAG_VERBOSE) != 0;
                r = 0;
                goto done;
            }
            capture = false;
        } else {
            Obj *s = sp_cps_str(tok_text(&ch), (size_t)ch.len);
            if (!s) {
                sp_pending(p);
                goto done;
            }
            ERROR(p, ch.len + 1, "unknown extension ?%S", s);
            DECREF(s);
            goto done;
        }
    }
    int64_t group = -1;
    if (capture && (group = opengroup(p, named ? &name : NULL)) < 0)
        goto done;
    bool sub_verbose = (*verbose || (add & SRE_FLAG_VERBOSE)) && !(del & SRE_FLAG_VERBOSE);
    Scope inner = { (sc.add | add) & ~del, (sc.del | del) & ~add };
    SreNode *body = parse_sub(p, sub_verbose, nested + 1, inner);
    if (!body)
        goto done;
    if ((m = sp_match(p, ')')) < 0)
        goto done;
    if (!m) {
        ERROR(p, tell(p) - start, "missing ), unterminated subpattern");
        goto done;
    }
    if (group >= 0) {
        p->t->group[group] = (SreGroup){ body, true };
    }
    SreNode *nd = sp_node(p, atomic ? T_ATOMIC : group >= 0 ? T_GROUP : T_SUB, sc);
    if (!nd)
        goto done;
    nd->gid = group;
    nd->a = body;
    r = sp_node_append(p, seq, nd);
done:
    sp_text_free(&name);
    return r;
}

/* CPython's _parse: a sequence up to '|', ')' or the end. */
static SreNode *parse_seq(Parser *p, bool verbose, int nested, bool first, Scope sc)
{
    if (rec_enter("") < 0) {
        sp_pending(p);
        return NULL;
    }
    SreNode *seq = sp_node(p, T_SEQ, sc);
    if (!seq)
        goto fail;
    for (;;) {
        if (p->next.len == 0 || tok_is(&p->next, '|') || tok_is(&p->next, ')'))
            break;
        Tok this;
        if (sp_get(p, &this) < 0)
            goto fail;
        if (verbose && this.len == 1) {
            if (is_whitespace(this.c[0]))
                continue;
            if (this.c[0] == '#') {
                for (;;) {
                    if (sp_get(p, &this) < 0)
                        goto fail;
                    if (this.len == 0 || tok_is(&this, '\n'))
                        break;
                }
                continue;
            }
        }
        if (this.len == 2) {
            if (sp_parse_escape(p, &this, seq, sc) < 0)
                goto fail;
            continue;
        }
        uint32_t ch = this.c[0];
        SreNode *nd;
        switch (ch) {
        case '[':
            if (sp_parse_set(p, seq, sc) < 0)
                goto fail;
            break;
        case '*': case '+': case '?': case '{':
            if (parse_repeat(p, ch, seq, sc) < 0)
                goto fail;
            break;
        case '.':
            if (!(nd = sp_node(p, T_ANY, sc)) || sp_node_append(p, seq, nd) < 0)
                goto fail;
            break;
        case '(':
            if (parse_group(p, &verbose, nested, first, seq, sc) < 0)
                goto fail;
            break;
        case '^': case '$':
            if (!(nd = sp_node(p, T_AT, sc)))
                goto fail;
            nd->c = ch == '^' ? SRE_AT_BEGINNING : SRE_AT_END;
            if (sp_node_append(p, seq, nd) < 0)
                goto fail;
            break;
        default:
            if (!(nd = sp_node(p, T_LIT, sc)))
                goto fail;
            nd->c = ch;
            if (sp_node_append(p, seq, nd) < 0)
                goto fail;
        }
    }
    rec_leave();
    return seq;
fail:
    rec_leave();
    return NULL;
}

/* CPython's _parse_sub: alternatives separated by '|'. */
static SreNode *parse_sub(Parser *p, bool verbose, int nested, Scope sc)
{
    if (rec_enter("") < 0) {
        sp_pending(p);
        return NULL;
    }
    SreNode *alt = sp_node(p, T_ALT, sc);
    if (!alt)
        goto fail;
    for (;;) {
        SreNode *item = parse_seq(p, verbose, nested + 1, !nested && alt->n == 0, sc);
        if (!item || sp_node_append(p, alt, item) < 0)
            goto fail;
        int m = sp_match(p, '|');
        if (m < 0)
            goto fail;
        if (!m)
            break;
        if (!nested)
            verbose = (p->flags & SRE_FLAG_VERBOSE) != 0;
    }
    rec_leave();
    if (alt->n == 1)
        return alt->items[0];
    return sp_as_set(p, alt, sc);
fail:
    rec_leave();
    return NULL;
}

int sre_parse(SreTree *t, const uint32_t *pattern, size_t n, int flags, SreError *err)
{
    Parser p = { .s = pattern, .n = (int64_t)n, .t = t, .err = err, .flags = flags,
                 .lookbehindgroups = -1 };
    int r = -1;
    err->kind = SRE_ERR_PENDING;
    err->msg = NULL;
    err->pos = -1;
    if (opengroup(&p, NULL) < 0 || advance(&p) < 0)      /* group 0 */
        goto done;
    Scope sc = { 0, 0 };
    SreNode *root = parse_sub(&p, (flags & SRE_FLAG_VERBOSE) != 0, 0, sc);
    if (!root)
        goto done;
    /* CPython's fix_flags for a str pattern */
    if (p.flags & SRE_FLAG_LOCALE) {
        other_error(&p, SRE_ERR_VALUE, "cannot use LOCALE flag with a str pattern");
        goto done;
    }
    if (!(p.flags & SRE_FLAG_ASCII)) {
        p.flags |= SRE_FLAG_UNICODE;
    } else if (p.flags & SRE_FLAG_UNICODE) {
        other_error(&p, SRE_ERR_VALUE, "ASCII and UNICODE flags are incompatible");
        goto done;
    }
    if (p.next.len != 0) {
        ERROR(&p, 0, "unbalanced parenthesis");
        goto done;
    }
    for (size_t i = 0; i < p.nrefpos; i++)
        if (p.refpos[i].gid >= t->groups) {
            sp_error_at(&p, p.refpos[i].pos, "invalid group reference %lld", (long long)p.refpos[i].gid);
            goto done;
        }
    t->root = root;
    t->flags = p.flags;
    r = 0;
done:
    mem_free(p.refpos, p.refpos_cap * sizeof *p.refpos);
    return r;
}

void sre_error_clear(SreError *e)
{
    CLEAR(e->msg);
    e->pos = -1;
}
