/* sre_parse.c - a regular expression's text to a parse tree (sre_tree.h),
 * with Python's syntax and CPython 3.11's error messages and positions.
 *
 * The functions follow the structure of CPython's re/_parser.py (a
 * tokenizer whose tokens are one character or a backslash and the next;
 * _parse_sub for alternatives, _parse for a sequence, escapes, character
 * sets, groups and inline flags), so that the checks happen in the same
 * order and every error is reported where CPython reports it: at
 * tell() - offset, tell() being the start of the token not yet consumed.
 * Nesting goes through rec_enter (two levels per group, as CPython's two
 * Python frames), so a deeply nested pattern gets RecursionError instead
 * of overflowing the C stack.
 */
#include "modules/sre_tree.h"

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

/* A token: one character, or a backslash and the next (len 2); len 0 is
 * the end of the pattern (CPython's None). */
typedef struct Tok {
    uint32_t c[2];
    int len;
} Tok;

/* A short run of code points (an escape as written, a group name). */
typedef struct Text {
    uint32_t *v;
    size_t n, cap;
} Text;

typedef struct RefPos {
    int64_t gid, pos;
} RefPos;

typedef struct Parser {
    const uint32_t *s;
    int64_t n;
    int64_t index;              /* just after the next token */
    Tok next;
    SreTree *t;
    SreError *err;
    int flags;                  /* CPython's state.flags */
    int64_t lookbehindgroups;   /* -1: not in a look-behind */
    RefPos *refpos;             /* state.grouprefpos, in insertion order */
    size_t nrefpos, refpos_cap;
} Parser;

static const uint32_t *tok_text(const Tok *k) { return k->c; }

static bool tok_is(const Tok *k, uint32_t ch) { return k->len == 1 && k->c[0] == ch; }

static int64_t tell(const Parser *p) { return p->index - p->next.len; }

static Obj *cps_str(const uint32_t *v, size_t n)
{
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n; i++)
        sb_addcp(&b, v[i]);
    return sb_finish(&b);
}

/* Sets a re.error at absolute position pos (-1: none); returns -1.  The
 * format takes err_format's directives. */
static int error_at(Parser *p, int64_t pos, const char *fmt, ...)
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

#define ERROR(p, offset, ...) error_at((p), tell(p) - (offset), __VA_ARGS__)

/* A Python exception is pending (MemoryError, RecursionError). */
static int pending(Parser *p)
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
            return error_at(p, p->n - 1, "bad escape (end of pattern)");
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
static int match(Parser *p, uint32_t ch)
{
    if (!tok_is(&p->next, ch))
        return 0;
    return advance(p) < 0 ? -1 : 1;
}

/* Takes the next token into *k (len 0 at the end).  0 / -1. */
static int get(Parser *p, Tok *k)
{
    *k = p->next;
    return advance(p);
}

static int seek(Parser *p, int64_t index)
{
    p->index = index;
    return advance(p);
}

static int text_add(Text *x, uint32_t c)
{
    if (sre_grow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v) < 0)
        return -1;
    x->v[x->n++] = c;
    return 0;
}

static int text_add_tok(Text *x, const Tok *k)
{
    for (int i = 0; i < k->len; i++)
        if (text_add(x, k->c[i]) < 0)
            return -1;
    return 0;
}

static void text_free(Text *x)
{
    mem_free(x->v, x->cap * sizeof *x->v);
    x->v = NULL;
    x->n = x->cap = 0;
}

static Obj *text_str(const Text *x) { return cps_str(x->v, x->n); }

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_hex(uint32_t c)
{
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static bool is_ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Is the next token one character that pred accepts? */
static bool next_in(Parser *p, bool (*pred)(uint32_t))
{
    return p->next.len == 1 && pred(p->next.c[0]);
}

/* Appends up to n following characters that pred accepts (getwhile). */
static int getwhile(Parser *p, int n, bool (*pred)(uint32_t), Text *x)
{
    for (int i = 0; i < n && next_in(p, pred); i++) {
        if (text_add(x, p->next.c[0]) < 0)
            return pending(p);
        if (advance(p) < 0)
            return -1;
    }
    return 0;
}

/* The tokens up to terminator (getuntil): what is missing is named by
 * name ("group name", "character name"). */
static int getuntil(Parser *p, uint32_t terminator, const char *name, Text *x)
{
    for (;;) {
        Tok k;
        if (get(p, &k) < 0)
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
        if (text_add_tok(x, &k) < 0)
            return pending(p);
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
    Obj *s = text_str(name);
    if (!s)
        return pending(p);
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
        return pending(p);
    t->group[gid] = (SreGroup){ NULL, false };
    t->groups++;
    int64_t offset = name ? (int64_t)name->n + 1 : 0;
    if (t->groups > SRE_MAXGROUPS)
        return ERROR(p, offset, "too many groups");
    if (name) {
        int64_t old = group_lookup(p, name);
        if (old >= 0) {
            Obj *s = text_str(name);
            if (!s)
                return pending(p);
            ERROR(p, offset, "redefinition of group name %R as group %lld; was group %lld", s,
                  (long long)gid, (long long)old);
            DECREF(s);
            return -1;
        }
        if (sre_grow((void **)&t->names, &t->names_cap, t->nnames + 1, sizeof *t->names) < 0)
            return pending(p);
        uint32_t *copy = mem_alloc(name->n * sizeof(uint32_t));
        if (!copy) {
            err_nomemory();
            return pending(p);
        }
        memcpy(copy, name->v, name->n * sizeof(uint32_t));
        t->names[t->nnames++] = (SreName){ copy, name->n, gid };
    }
    return gid;
}

static bool checkgroup(Parser *p, int64_t gid)
{
    return gid < p->t->groups && p->t->group[gid].closed;
}

static int checklookbehindgroup(Parser *p, int64_t gid)
{
    if (p->lookbehindgroups < 0)
        return 0;
    if (!checkgroup(p, gid))
        return ERROR(p, 0, "cannot refer to an open group");
    if (gid >= p->lookbehindgroups)
        return ERROR(p, 0, "cannot refer to group defined in the same lookbehind subpattern");
    return 0;
}

/* ---- nodes ---- */

typedef struct Scope {
    int add, del;               /* flags turned on / off by enclosing groups */
} Scope;

static SreNode *node(Parser *p, int kind, Scope sc)
{
    SreNode *nd = arena_alloc(p->t, sizeof *nd);
    if (!nd) {
        pending(p);
        return NULL;
    }
    nd->kind = (uint8_t)kind;
    nd->fl = (uint16_t)((p->flags | sc.add) & ~sc.del);
    return nd;
}

static int node_append(Parser *p, SreNode *list, SreNode *item)
{
    if (list->n == list->cap) {
        size_t ncap = list->cap ? list->cap * 2 : 4;
        SreNode **items = arena_alloc(p->t, ncap * sizeof *items);
        if (!items)
            return pending(p);
        if (list->n)
            memcpy(items, list->items, list->n * sizeof *items);
        list->items = items;
        list->cap = ncap;
    }
    list->items[list->n++] = item;
    return 0;
}

/* ---- character sets ---- */

/* One item of a set as CPython's parser has it: a literal, a range or a
 * category (kind 0, 1, 2). */
typedef struct SetItem {
    int kind;
    uint32_t lo, hi;
} SetItem;

enum { ITEM_LIT, ITEM_RANGE, ITEM_CAT };

typedef struct ItemList {
    SetItem *v;
    size_t n, cap;
} ItemList;

static int items_add(Parser *p, ItemList *l, SetItem it)
{
    if (sre_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0)
        return pending(p);
    l->v[l->n++] = it;
    return 0;
}

/* Registers a set (items, negate, node flags fl); its index or -1. */
static int64_t make_set(Parser *p, const SetItem *items, size_t n, bool negate, int fl)
{
    SreTree *t = p->t;
    if (sre_grow((void **)&t->sets, &t->sets_cap, t->nsets + 1, sizeof *t->sets) < 0)
        return pending(p);
    SreSet *s = &t->sets[t->nsets];
    memset(s, 0, sizeof *s);
    s->negate = negate;
    s->fl = (uint16_t)(fl & (SRE_FLAG_IGNORECASE | SRE_FLAG_ASCII));
    s->first_range = (uint32_t)t->nranges;
    for (size_t i = 0; i < n; i++) {
        if (items[i].kind == ITEM_CAT) {
            s->cats |= (uint16_t)items[i].lo;
            continue;
        }
        if (sre_grow((void **)&t->ranges, &t->ranges_cap, t->nranges + 1, 2 * sizeof *t->ranges) < 0)
            return pending(p);
        t->ranges[2 * t->nranges] = items[i].lo;
        t->ranges[2 * t->nranges + 1] = items[i].hi;
        t->nranges++;
        s->nranges++;
    }
    /* IGNORECASE (not ASCII): a letter with casefix equivalents brings
     * them in, as CPython's compiler adds them to the set */
    if ((fl & SRE_FLAG_IGNORECASE) && !(fl & SRE_FLAG_ASCII) && s->nranges) {
        size_t i = 0;
        uint32_t key;
        const uint32_t *extra;
        uint32_t n0 = s->nranges;
        while (sre_casefix_next(&i, &key, &extra)) {
            bool has = false;
            for (uint32_t r = 0; r < n0 && !has; r++) {
                uint32_t lo = t->ranges[2 * (s->first_range + r)], hi = t->ranges[2 * (s->first_range + r) + 1];
                uint32_t up = sre_upper(key, fl);
                has = (key >= lo && key <= hi) || (up >= lo && up <= hi);
            }
            for (int k = 0; has && k < 2 && extra[k]; k++) {
                if (sre_grow((void **)&t->ranges, &t->ranges_cap, t->nranges + 1, 2 * sizeof *t->ranges) < 0)
                    return pending(p);
                t->ranges[2 * t->nranges] = t->ranges[2 * t->nranges + 1] = extra[k];
                t->nranges++;
                s->nranges++;
            }
        }
    }
    for (uint32_t c = 0; c < 256; c++)
        if (sre_set_has(s, t->ranges, c))
            s->bitmap[c >> 5] |= 1u << (c & 31);
    return (int64_t)t->nsets++;
}

static SreNode *category_node(Parser *p, int cat, Scope sc)
{
    SetItem it = { ITEM_CAT, (uint32_t)cat, 0 };
    SreNode *nd = node(p, T_SET, sc);
    int64_t idx = nd ? make_set(p, &it, 1, false, nd->fl) : -1;
    if (idx < 0)
        return NULL;
    nd->c = (uint32_t)idx;
    return nd;
}

/* The category of an escape such as \d (0 if it is not one). */
static int escape_category(uint32_t c)
{
    switch (c) {
    case 'd': return SRE_CAT_DIGIT;
    case 'D': return SRE_CAT_NOT_DIGIT;
    case 's': return SRE_CAT_SPACE;
    case 'S': return SRE_CAT_NOT_SPACE;
    case 'w': return SRE_CAT_WORD;
    case 'W': return SRE_CAT_NOT_WORD;
    default: return 0;
    }
}

/* The character of a simple escape (\n ...), or -1. */
static int64_t escape_char(uint32_t c)
{
    switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return -1;
    }
}

static uint32_t parse_num(const uint32_t *v, size_t n, int base)
{
    uint64_t r = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = v[i];
        uint32_t d = is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        r = r * (uint64_t)base + d;
        if (r > 0xffffffffu)
            r = 0xffffffffu;
    }
    return (uint32_t)r;
}

/* The error for an escape that is not one ("bad escape \q"). */
static int bad_escape(Parser *p, const Text *esc)
{
    Obj *s = text_str(esc);
    if (!s)
        return pending(p);
    int r = ERROR(p, (int64_t)esc->n, "bad escape %S", s);
    DECREF(s);
    return r;
}

static int incomplete_escape(Parser *p, const Text *esc)
{
    Obj *s = text_str(esc);
    if (!s)
        return pending(p);
    int r = ERROR(p, (int64_t)esc->n, "incomplete escape %S", s);
    DECREF(s);
    return r;
}

static int octal_too_big(Parser *p, const Text *esc)
{
    Obj *s = text_str(esc);
    if (!s)
        return pending(p);
    int r = ERROR(p, (int64_t)esc->n, "octal escape value %S outside of range 0-0o377", s);
    DECREF(s);
    return r;
}

/* \x, \u, \U and \N, shared by both kinds of escape: 1 with *out set, 0 if
 * esc is none of them, -1 error. */
static int hex_escape(Parser *p, Text *esc, uint32_t *out)
{
    uint32_t c = esc->v[1];
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits) {
        if (getwhile(p, digits, is_hex, esc) < 0)
            return -1;
        if (esc->n != (size_t)digits + 2)
            return incomplete_escape(p, esc);
        *out = parse_num(esc->v + 2, esc->n - 2, 16);
        if (*out > 0x10ffff)
            return bad_escape(p, esc);     /* chr() refuses it */
        return 1;
    }
    if (c == 'N') {
        /* No character name database in the engine: every name is
         * undefined (CPython's message). */
        int m = match(p, '{');
        if (m < 0)
            return -1;
        if (!m)
            return ERROR(p, 0, "missing {");
        Text name = { 0 };
        if (getuntil(p, '}', "character name", &name) < 0) {
            text_free(&name);
            return -1;
        }
        Obj *s = text_str(&name);
        int64_t len = (int64_t)name.n;
        text_free(&name);
        if (!s)
            return pending(p);
        ERROR(p, len + 4, "undefined character name %R", s);
        DECREF(s);
        return -1;
    }
    return 0;
}

/* An escape inside [...] (CPython's _class_escape): *it is a literal or a
 * category.  0 / -1. */
static int class_escape(Parser *p, const Tok *k, SetItem *it)
{
    uint32_t c = k->c[1];
    int64_t simple = escape_char(c);
    if (simple >= 0) {
        *it = (SetItem){ ITEM_LIT, (uint32_t)simple, (uint32_t)simple };
        return 0;
    }
    int cat = escape_category(c);
    if (cat) {
        *it = (SetItem){ ITEM_CAT, (uint32_t)cat, 0 };
        return 0;
    }
    Text esc = { 0 };
    int r = -1;
    if (text_add_tok(&esc, k) < 0) {
        pending(p);
        goto done;
    }
    uint32_t v;
    int h = hex_escape(p, &esc, &v);
    if (h < 0)
        goto done;
    if (h > 0) {
        *it = (SetItem){ ITEM_LIT, v, v };
        r = 0;
        goto done;
    }
    if (is_oct(c)) {
        if (getwhile(p, 2, is_oct, &esc) < 0)
            goto done;
        v = parse_num(esc.v + 1, esc.n - 1, 8);
        if (v > 0377) {
            octal_too_big(p, &esc);
            goto done;
        }
        *it = (SetItem){ ITEM_LIT, v, v };
        r = 0;
        goto done;
    }
    if (!is_digit(c) && esc.n == 2) {
        if (is_ascii_letter(c)) {
            bad_escape(p, &esc);
            goto done;
        }
        *it = (SetItem){ ITEM_LIT, c, c };
        r = 0;
        goto done;
    }
    bad_escape(p, &esc);
done:
    text_free(&esc);
    return r;
}

static void tok_to_text(const Tok *k, uint32_t *buf, size_t *n)
{
    for (int i = 0; i < k->len; i++)
        buf[i] = k->c[i];
    *n = (size_t)k->len;
}

static int bad_range(Parser *p, const Tok *this, const Tok *that)
{
    uint32_t buf[5];
    size_t n1, n2;
    tok_to_text(this, buf, &n1);
    buf[n1] = '-';
    tok_to_text(that, buf + n1 + 1, &n2);
    Obj *s = cps_str(buf, n1 + 1 + n2);
    if (!s)
        return pending(p);
    int r = ERROR(p, (int64_t)(n1 + 1 + n2), "bad character range %S", s);
    DECREF(s);
    return r;
}

/* [...] after the '[': appends the node to seq. */
static int parse_set(Parser *p, SreNode *seq, Scope sc)
{
    int64_t here = tell(p) - 1;
    ItemList items = { 0 };
    int r = -1;
    int negate = match(p, '^');
    if (negate < 0)
        goto done;
    for (;;) {
        Tok this;
        if (get(p, &this) < 0)
            goto done;
        if (this.len == 0) {
            ERROR(p, tell(p) - here, "unterminated character set");
            goto done;
        }
        if (tok_is(&this, ']') && items.n)
            break;
        SetItem code1;
        if (this.len == 2) {
            if (class_escape(p, &this, &code1) < 0)
                goto done;
        } else {
            code1 = (SetItem){ ITEM_LIT, this.c[0], this.c[0] };
        }
        int m = match(p, '-');
        if (m < 0)
            goto done;
        if (m) {
            Tok that;
            if (get(p, &that) < 0)
                goto done;
            if (that.len == 0) {
                ERROR(p, tell(p) - here, "unterminated character set");
                goto done;
            }
            if (tok_is(&that, ']')) {
                if (items_add(p, &items, code1) < 0 ||
                    items_add(p, &items, (SetItem){ ITEM_LIT, '-', '-' }) < 0)
                    goto done;
                break;
            }
            SetItem code2;
            if (that.len == 2) {
                if (class_escape(p, &that, &code2) < 0)
                    goto done;
            } else {
                code2 = (SetItem){ ITEM_LIT, that.c[0], that.c[0] };
            }
            if (code1.kind != ITEM_LIT || code2.kind != ITEM_LIT || code2.lo < code1.lo) {
                bad_range(p, &this, &that);
                goto done;
            }
            if (items_add(p, &items, (SetItem){ ITEM_RANGE, code1.lo, code2.lo }) < 0)
                goto done;
        } else if (items_add(p, &items, code1) < 0) {
            goto done;
        }
    }
    /* One literal (after removing duplicates): a plain character. */
    bool one_lit = true;
    for (size_t i = 0; i < items.n; i++)
        if (items.v[i].kind != ITEM_LIT || items.v[i].lo != items.v[0].lo)
            one_lit = false;
    SreNode *nd;
    if (one_lit) {
        nd = node(p, negate ? T_NOTLIT : T_LIT, sc);
        if (!nd)
            goto done;
        nd->c = items.v[0].lo;
    } else {
        nd = node(p, T_SET, sc);
        int64_t idx = nd ? make_set(p, items.v, items.n, negate, nd->fl) : -1;
        if (idx < 0)
            goto done;
        nd->c = (uint32_t)idx;
    }
    r = node_append(p, seq, nd);
done:
    mem_free(items.v, items.cap * sizeof *items.v);
    return r;
}

/* ---- escapes outside sets ---- */

static bool tok_digit(const Tok *k) { return k->len == 1 && is_digit(k->c[0]); }
static bool tok_oct(const Tok *k) { return k->len == 1 && is_oct(k->c[0]); }

/* An escape in a sequence (CPython's _escape): appends its node. */
static int parse_escape(Parser *p, const Tok *k, SreNode *seq, Scope sc)
{
    uint32_t c = k->c[1];
    SreNode *nd = NULL;
    int at = c == 'A' ? SRE_AT_BEGINNING_STRING : c == 'b' ? SRE_AT_BOUNDARY
           : c == 'B' ? SRE_AT_NON_BOUNDARY : c == 'Z' ? SRE_AT_END_STRING : -1;
    if (at >= 0) {
        if (!(nd = node(p, T_AT, sc)))
            return -1;
        nd->c = (uint32_t)at;
        return node_append(p, seq, nd);
    }
    int cat = escape_category(c);
    if (cat)
        return (nd = category_node(p, cat, sc)) ? node_append(p, seq, nd) : -1;
    int64_t simple = escape_char(c);
    if (simple >= 0) {
        if (!(nd = node(p, T_LIT, sc)))
            return -1;
        nd->c = (uint32_t)simple;
        return node_append(p, seq, nd);
    }
    Text esc = { 0 };
    int r = -1;
    uint32_t v = 0;
    if (text_add_tok(&esc, k) < 0) {
        pending(p);
        goto done;
    }
    int h = hex_escape(p, &esc, &v);
    if (h < 0)
        goto done;
    if (h > 0)
        goto literal;
    if (c == '0') {
        if (getwhile(p, 2, is_oct, &esc) < 0)
            goto done;
        v = parse_num(esc.v + 1, esc.n - 1, 8);
        goto literal;
    }
    if (is_digit(c)) {
        /* octal escape or group reference */
        if (tok_digit(&p->next)) {
            Tok d;
            if (get(p, &d) < 0 || text_add_tok(&esc, &d) < 0)
                goto done_err;
            if (is_oct(esc.v[1]) && is_oct(esc.v[2]) && tok_oct(&p->next)) {
                if (get(p, &d) < 0 || text_add_tok(&esc, &d) < 0)
                    goto done_err;
                v = parse_num(esc.v + 1, 3, 8);
                if (v > 0377) {
                    octal_too_big(p, &esc);
                    goto done;
                }
                goto literal;
            }
        }
        int64_t group = (int64_t)parse_num(esc.v + 1, esc.n - 1, 10);
        if (group < p->t->groups) {
            if (!checkgroup(p, group)) {
                ERROR(p, (int64_t)esc.n, "cannot refer to an open group");
                goto done;
            }
            if (checklookbehindgroup(p, group) < 0)
                goto done;
            if (!(nd = node(p, T_GROUPREF, sc)))
                goto done;
            nd->gid = group;
            r = node_append(p, seq, nd);
            goto done;
        }
        ERROR(p, (int64_t)esc.n - 1, "invalid group reference %lld", (long long)group);
        goto done;
    }
    if (esc.n == 2) {
        if (is_ascii_letter(c)) {
            bad_escape(p, &esc);
            goto done;
        }
        v = c;
        goto literal;
    }
    bad_escape(p, &esc);
    goto done;
literal:
    if ((nd = node(p, T_LIT, sc))) {
        nd->c = v;
        r = node_append(p, seq, nd);
    }
    goto done;
done_err:
    if (!p->err->msg)
        pending(p);
done:
    text_free(&esc);
    return r;
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
            if (get(p, &ch) < 0)
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
        if (get(p, &ch) < 0)
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
            if (get(p, &ch) < 0)
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
            if (!(lit = node(p, T_LIT, sc)))
                return -1;
            lit->c = '{';
            return node_append(p, seq, lit) < 0 ? -1 : 1;
        }
        min = 0, max = SRE_MAXREPEAT;
        Text lo = { 0 }, hi = { 0 };
        int r = 0;
        if (getwhile(p, INT32_MAX, is_digit, &lo) < 0)
            r = -1;
        int m = r < 0 ? -1 : match(p, ',');
        if (m < 0) {
            r = -1;
        } else if (m) {
            if (getwhile(p, INT32_MAX, is_digit, &hi) < 0)
                r = -1;
        } else {
            for (size_t i = 0; i < lo.n && r == 0; i++)
                if (text_add(&hi, lo.v[i]) < 0)
                    r = pending(p);
        }
        if (r == 0) {
            m = match(p, '}');
            if (m < 0) {
                r = -1;
            } else if (!m) {
                r = 1;
                if (!(lit = node(p, T_LIT, sc)) || node_append(p, seq, lit) < 0 || seek(p, here) < 0)
                    r = -1;
                else
                    lit->c = '{';
            }
        }
        if (r == 0 && lo.n) {
            uint32_t v = parse_num(lo.v, lo.n, 10);
            if (v >= SRE_MAXREPEAT)
                r = other_error(p, SRE_ERR_OVERFLOW, "the repetition number is too large");
            min = v;
        }
        if (r == 0 && hi.n) {
            uint32_t v = parse_num(hi.v, hi.n, 10);
            if (v >= SRE_MAXREPEAT)
                r = other_error(p, SRE_ERR_OVERFLOW, "the repetition number is too large");
            else if (v < min)
                r = ERROR(p, tell(p) - here, "min repeat greater than max repeat");
            max = v;
        }
        text_free(&lo);
        text_free(&hi);
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
    int m = match(p, '?');
    if (m < 0)
        return -1;
    if (m) {
        mode = SRE_LAZY;
    } else {
        if ((m = match(p, '+')) < 0)
            return -1;
        if (m)
            mode = SRE_POSSESSIVE;
    }
    SreNode *rep = node(p, T_REPEAT, sc);
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
    if (getuntil(p, ')', "group name", &name) < 0)
        goto done;
    if (is_identifier(&name)) {
        condgroup = group_lookup(p, &name);
        if (condgroup < 0) {
            Obj *s = text_str(&name);
            if (!s) {
                pending(p);
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
            Obj *s = text_str(&name);
            if (!s) {
                pending(p);
                goto done;
            }
            ERROR(p, (int64_t)name.n + 1, "bad character in group name %R", s);
            DECREF(s);
            goto done;
        }
        condgroup = (int64_t)parse_num(name.v, name.n, 10);
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
                pending(p);
                goto done;
            }
            p->refpos[p->nrefpos++] = (RefPos){ condgroup, tell(p) - (int64_t)name.n - 1 };
        }
    }
    if (checklookbehindgroup(p, condgroup) < 0)
        goto done;
    SreNode *yes = parse_seq(p, verbose, nested + 1, false, sc), *no = NULL;
    if (!yes)
        goto done;
    int m = match(p, '|');
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
    if ((m = match(p, ')')) < 0)
        goto done;
    if (!m) {
        ERROR(p, tell(p) - start, "missing ), unterminated subpattern");
        goto done;
    }
    SreNode *nd = node(p, T_GROUPREF_EXISTS, sc);
    if (!nd)
        goto done;
    nd->gid = condgroup;
    nd->a = yes;
    nd->b = no;
    r = node_append(p, seq, nd);
done:
    text_free(&name);
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
    int m = match(p, '?');
    if (m < 0)
        goto done;
    if (m) {
        Tok ch;
        if (get(p, &ch) < 0)
            goto done;
        if (ch.len == 0) {
            ERROR(p, 0, "unexpected end of pattern");
            goto done;
        }
        if (tok_is(&ch, 'P')) {
            if ((m = match(p, '<')) < 0)
                goto done;
            if (m) {
                if (getuntil(p, '>', "group name", &name) < 0 || checkgroupname(p, &name, 1) < 0)
                    goto done;
                named = true;
            } else {
                if ((m = match(p, '=')) < 0)
                    goto done;
                if (!m) {
                    if (get(p, &ch) < 0)
                        goto done;
                    if (ch.len == 0) {
                        ERROR(p, 0, "unexpected end of pattern");
                        goto done;
                    }
                    Obj *s = cps_str(tok_text(&ch), (size_t)ch.len);
                    if (!s) {
                        pending(p);
                        goto done;
                    }
                    ERROR(p, ch.len + 2, "unknown extension ?P%S", s);
                    DECREF(s);
                    goto done;
                }
                /* (?P=name) */
                if (getuntil(p, ')', "group name", &name) < 0 || checkgroupname(p, &name, 1) < 0)
                    goto done;
                int64_t gid = group_lookup(p, &name);
                if (gid < 0) {
                    Obj *s = text_str(&name);
                    if (!s) {
                        pending(p);
                        goto done;
                    }
                    ERROR(p, (int64_t)name.n + 1, "unknown group name %R", s);
                    DECREF(s);
                    goto done;
                }
                if (!checkgroup(p, gid)) {
                    ERROR(p, (int64_t)name.n + 1, "cannot refer to an open group");
                    goto done;
                }
                if (checklookbehindgroup(p, gid) < 0)
                    goto done;
                SreNode *nd = node(p, T_GROUPREF, sc);
                if (!nd)
                    goto done;
                nd->gid = gid;
                r = node_append(p, seq, nd);
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
                if (get(p, &k) < 0)
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
                if (get(p, &ch) < 0)
                    goto done;
                if (ch.len == 0) {
                    ERROR(p, 0, "unexpected end of pattern");
                    goto done;
                }
                if (!tok_is(&ch, '=') && !tok_is(&ch, '!')) {
                    Obj *s = cps_str(tok_text(&ch), (size_t)ch.len);
                    if (!s) {
                        pending(p);
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
            if ((m = match(p, ')')) < 0)
                goto done;
            if (!m) {
                ERROR(p, tell(p) - start, "missing ), unterminated subpattern");
                goto done;
            }
            SreNode *nd = node(p, T_ASSERT, sc);
            if (!nd)
                goto done;
            nd->mode = (uint8_t)mode;
            nd->a = body;
            r = node_append(p, seq, nd);
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
            Obj *s = cps_str(tok_text(&ch), (size_t)ch.len);
            if (!s) {
                pending(p);
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
    if ((m = match(p, ')')) < 0)
        goto done;
    if (!m) {
        ERROR(p, tell(p) - start, "missing ), unterminated subpattern");
        goto done;
    }
    if (group >= 0) {
        p->t->group[group] = (SreGroup){ body, true };
    }
    SreNode *nd = node(p, atomic ? T_ATOMIC : group >= 0 ? T_GROUP : T_SUB, sc);
    if (!nd)
        goto done;
    nd->gid = group;
    nd->a = body;
    r = node_append(p, seq, nd);
done:
    text_free(&name);
    return r;
}

/* CPython's _parse: a sequence up to '|', ')' or the end. */
static SreNode *parse_seq(Parser *p, bool verbose, int nested, bool first, Scope sc)
{
    if (rec_enter("") < 0) {
        pending(p);
        return NULL;
    }
    SreNode *seq = node(p, T_SEQ, sc);
    if (!seq)
        goto fail;
    for (;;) {
        if (p->next.len == 0 || tok_is(&p->next, '|') || tok_is(&p->next, ')'))
            break;
        Tok this;
        if (get(p, &this) < 0)
            goto fail;
        if (verbose && this.len == 1) {
            if (is_whitespace(this.c[0]))
                continue;
            if (this.c[0] == '#') {
                for (;;) {
                    if (get(p, &this) < 0)
                        goto fail;
                    if (this.len == 0 || tok_is(&this, '\n'))
                        break;
                }
                continue;
            }
        }
        if (this.len == 2) {
            if (parse_escape(p, &this, seq, sc) < 0)
                goto fail;
            continue;
        }
        uint32_t ch = this.c[0];
        SreNode *nd;
        switch (ch) {
        case '[':
            if (parse_set(p, seq, sc) < 0)
                goto fail;
            break;
        case '*': case '+': case '?': case '{':
            if (parse_repeat(p, ch, seq, sc) < 0)
                goto fail;
            break;
        case '.':
            if (!(nd = node(p, T_ANY, sc)) || node_append(p, seq, nd) < 0)
                goto fail;
            break;
        case '(':
            if (parse_group(p, &verbose, nested, first, seq, sc) < 0)
                goto fail;
            break;
        case '^': case '$':
            if (!(nd = node(p, T_AT, sc)))
                goto fail;
            nd->c = ch == '^' ? SRE_AT_BEGINNING : SRE_AT_END;
            if (node_append(p, seq, nd) < 0)
                goto fail;
            break;
        default:
            if (!(nd = node(p, T_LIT, sc)))
                goto fail;
            nd->c = ch;
            if (node_append(p, seq, nd) < 0)
                goto fail;
        }
    }
    rec_leave();
    return seq;
fail:
    rec_leave();
    return NULL;
}

/* Alternatives that are each one literal or one set (not negated), such
 * as a|b|[cd]|\d, become one set, as CPython's parser makes them: then a
 * repeat of them is a repeat of one character.  Returns alt otherwise
 * (or NULL on error). */
static SreNode *as_set(Parser *p, SreNode *alt, Scope sc)
{
    for (size_t i = 0; i < alt->n; i++) {
        SreNode *it = alt->items[i];
        if (it->kind != T_SEQ || it->n != 1)
            return alt;
        SreNode *one = it->items[0];
        if (one->kind != T_LIT && !(one->kind == T_SET && !p->t->sets[one->c].negate))
            return alt;
    }
    ItemList items = { 0 };
    SreNode *nd = NULL;
    for (size_t i = 0; i < alt->n; i++) {
        SreNode *one = alt->items[i]->items[0];
        if (one->kind == T_LIT) {
            if (items_add(p, &items, (SetItem){ ITEM_LIT, one->c, one->c }) < 0)
                goto done;
            continue;
        }
        const SreSet *s = &p->t->sets[one->c];
        for (uint32_t r = 0; r < s->nranges; r++) {
            const uint32_t *rg = p->t->ranges + 2 * (size_t)(s->first_range + r);
            if (items_add(p, &items, (SetItem){ ITEM_RANGE, rg[0], rg[1] }) < 0)
                goto done;
        }
        for (int bit = 1; bit <= SRE_CAT_NOT_WORD; bit <<= 1)
            if ((s->cats & bit) && items_add(p, &items, (SetItem){ ITEM_CAT, (uint32_t)bit, 0 }) < 0)
                goto done;
    }
    nd = node(p, T_SET, sc);
    int64_t idx = nd ? make_set(p, items.v, items.n, false, alt->items[0]->items[0]->fl) : -1;
    if (idx < 0)
        nd = NULL;
    else
        nd->c = (uint32_t)idx;
done:
    mem_free(items.v, items.cap * sizeof *items.v);
    return nd;
}

/* CPython's _parse_sub: alternatives separated by '|'. */
static SreNode *parse_sub(Parser *p, bool verbose, int nested, Scope sc)
{
    if (rec_enter("") < 0) {
        pending(p);
        return NULL;
    }
    SreNode *alt = node(p, T_ALT, sc);
    if (!alt)
        goto fail;
    for (;;) {
        SreNode *item = parse_seq(p, verbose, nested + 1, !nested && alt->n == 0, sc);
        if (!item || node_append(p, alt, item) < 0)
            goto fail;
        int m = match(p, '|');
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
    return as_set(p, alt, sc);
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
            error_at(&p, p.refpos[i].pos, "invalid group reference %lld", (long long)p.refpos[i].gid);
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
