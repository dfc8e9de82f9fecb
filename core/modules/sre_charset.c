/* sre_charset.c - the escapes of a regular expression (\d, \x41, \1, ...)
 * and its character sets ([a-z], [^\W\d]), with CPython 3.11's messages:
 * CPython's _escape, _class_escape and the set branch of _parse.  A set
 * is registered in the tree with its ranges, categories and a bitmap of
 * the first 256 code points; under IGNORECASE CPython's extra case
 * equivalences join it.
 */
#include "modules/sre_parser.h"

#include <string.h>

#include "objects/types.h"


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
        return sp_pending(p);
    l->v[l->n++] = it;
    return 0;
}

/* Registers a set (items, negate, node flags fl); its index or -1. */
static int64_t make_set(Parser *p, const SetItem *items, size_t n, bool negate, int fl)
{
    SreTree *t = p->t;
    if (sre_grow((void **)&t->sets, &t->sets_cap, t->nsets + 1, sizeof *t->sets) < 0)
        return sp_pending(p);
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
            return sp_pending(p);
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
                    return sp_pending(p);
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
    SreNode *nd = sp_node(p, T_SET, sc);
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

uint32_t sp_parse_num(const uint32_t *v, size_t n, int base)
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
    Obj *s = sp_text_str(esc);
    if (!s)
        return sp_pending(p);
    int r = ERROR(p, (int64_t)esc->n, "bad escape %S", s);
    DECREF(s);
    return r;
}

static int incomplete_escape(Parser *p, const Text *esc)
{
    Obj *s = sp_text_str(esc);
    if (!s)
        return sp_pending(p);
    int r = ERROR(p, (int64_t)esc->n, "incomplete escape %S", s);
    DECREF(s);
    return r;
}

static int octal_too_big(Parser *p, const Text *esc)
{
    Obj *s = sp_text_str(esc);
    if (!s)
        return sp_pending(p);
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
        if (sp_getwhile(p, digits, is_hex, esc) < 0)
            return -1;
        if (esc->n != (size_t)digits + 2)
            return incomplete_escape(p, esc);
        *out = sp_parse_num(esc->v + 2, esc->n - 2, 16);
        if (*out > 0x10ffff)
            return bad_escape(p, esc);     /* chr() refuses it */
        return 1;
    }
    if (c == 'N') {
        /* No character name database in the engine: every name is
         * undefined (CPython's message). */
        int m = sp_match(p, '{');
        if (m < 0)
            return -1;
        if (!m)
            return ERROR(p, 0, "missing {");
        Text name = { 0 };
        if (sp_getuntil(p, '}', "character name", &name) < 0) {
            sp_text_free(&name);
            return -1;
        }
        Obj *s = sp_text_str(&name);
        int64_t len = (int64_t)name.n;
        sp_text_free(&name);
        if (!s)
            return sp_pending(p);
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
    if (sp_text_add_tok(&esc, k) < 0) {
        sp_pending(p);
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
        if (sp_getwhile(p, 2, is_oct, &esc) < 0)
            goto done;
        v = sp_parse_num(esc.v + 1, esc.n - 1, 8);
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
    sp_text_free(&esc);
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
    Obj *s = sp_cps_str(buf, n1 + 1 + n2);
    if (!s)
        return sp_pending(p);
    int r = ERROR(p, (int64_t)(n1 + 1 + n2), "bad character range %S", s);
    DECREF(s);
    return r;
}

/* [...] after the '[': appends the node to seq. */
int sp_parse_set(Parser *p, SreNode *seq, Scope sc)
{
    int64_t here = tell(p) - 1;
    ItemList items = { 0 };
    int r = -1;
    int negate = sp_match(p, '^');
    if (negate < 0)
        goto done;
    for (;;) {
        Tok this;
        if (sp_get(p, &this) < 0)
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
        int m = sp_match(p, '-');
        if (m < 0)
            goto done;
        if (m) {
            Tok that;
            if (sp_get(p, &that) < 0)
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
        nd = sp_node(p, negate ? T_NOTLIT : T_LIT, sc);
        if (!nd)
            goto done;
        nd->c = items.v[0].lo;
    } else {
        nd = sp_node(p, T_SET, sc);
        int64_t idx = nd ? make_set(p, items.v, items.n, negate, nd->fl) : -1;
        if (idx < 0)
            goto done;
        nd->c = (uint32_t)idx;
    }
    r = sp_node_append(p, seq, nd);
done:
    mem_free(items.v, items.cap * sizeof *items.v);
    return r;
}

/* ---- escapes outside sets ---- */

static bool tok_digit(const Tok *k) { return k->len == 1 && is_digit(k->c[0]); }
static bool tok_oct(const Tok *k) { return k->len == 1 && is_oct(k->c[0]); }

/* An escape in a sequence (CPython's _escape): appends its node. */
int sp_parse_escape(Parser *p, const Tok *k, SreNode *seq, Scope sc)
{
    uint32_t c = k->c[1];
    SreNode *nd = NULL;
    int at = c == 'A' ? SRE_AT_BEGINNING_STRING : c == 'b' ? SRE_AT_BOUNDARY
           : c == 'B' ? SRE_AT_NON_BOUNDARY : c == 'Z' ? SRE_AT_END_STRING : -1;
    if (at >= 0) {
        if (!(nd = sp_node(p, T_AT, sc)))
            return -1;
        nd->c = (uint32_t)at;
        return sp_node_append(p, seq, nd);
    }
    int cat = escape_category(c);
    if (cat)
        return (nd = category_node(p, cat, sc)) ? sp_node_append(p, seq, nd) : -1;
    int64_t simple = escape_char(c);
    if (simple >= 0) {
        if (!(nd = sp_node(p, T_LIT, sc)))
            return -1;
        nd->c = (uint32_t)simple;
        return sp_node_append(p, seq, nd);
    }
    Text esc = { 0 };
    int r = -1;
    uint32_t v = 0;
    if (sp_text_add_tok(&esc, k) < 0) {
        sp_pending(p);
        goto done;
    }
    int h = hex_escape(p, &esc, &v);
    if (h < 0)
        goto done;
    if (h > 0)
        goto literal;
    if (c == '0') {
        if (sp_getwhile(p, 2, is_oct, &esc) < 0)
            goto done;
        v = sp_parse_num(esc.v + 1, esc.n - 1, 8);
        goto literal;
    }
    if (is_digit(c)) {
        /* octal escape or group reference */
        if (tok_digit(&p->next)) {
            Tok d;
            if (sp_get(p, &d) < 0 || sp_text_add_tok(&esc, &d) < 0)
                goto done_err;
            if (is_oct(esc.v[1]) && is_oct(esc.v[2]) && tok_oct(&p->next)) {
                if (sp_get(p, &d) < 0 || sp_text_add_tok(&esc, &d) < 0)
                    goto done_err;
                v = sp_parse_num(esc.v + 1, 3, 8);
                if (v > 0377) {
                    octal_too_big(p, &esc);
                    goto done;
                }
                goto literal;
            }
        }
        int64_t group = (int64_t)sp_parse_num(esc.v + 1, esc.n - 1, 10);
        if (group < p->t->groups) {
            if (!sp_checkgroup(p, group)) {
                ERROR(p, (int64_t)esc.n, "cannot refer to an open group");
                goto done;
            }
            if (sp_checklookbehindgroup(p, group) < 0)
                goto done;
            if (!(nd = sp_node(p, T_GROUPREF, sc)))
                goto done;
            nd->gid = group;
            r = sp_node_append(p, seq, nd);
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
    if ((nd = sp_node(p, T_LIT, sc))) {
        nd->c = v;
        r = sp_node_append(p, seq, nd);
    }
    goto done;
done_err:
    if (!p->err->msg)
        sp_pending(p);
done:
    sp_text_free(&esc);
    return r;
}

/* Alternatives that are each one literal or one set (not negated), such
 * as a|b|[cd]|\d, become one set, as CPython's parser makes them: then a
 * repeat of them is a repeat of one character.  Returns alt otherwise
 * (or NULL on error). */
SreNode *sp_as_set(Parser *p, SreNode *alt, Scope sc)
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
    nd = sp_node(p, T_SET, sc);
    int64_t idx = nd ? make_set(p, items.v, items.n, false, alt->items[0]->items[0]->fl) : -1;
    if (idx < 0)
        nd = NULL;
    else
        nd->c = (uint32_t)idx;
done:
    mem_free(items.v, items.cap * sizeof *items.v);
    return nd;
}
