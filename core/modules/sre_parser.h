/* sre_parser.h - what the two halves of the regular-expression parser
 * share: the tokenizer and parser state (sre_parse.c) and the escapes and
 * character sets (sre_charset.c).  Private to those two files.
 */
#ifndef CS_SRE_PARSER_H
#define CS_SRE_PARSER_H

#include "modules/sre_tree.h"

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

/* Flags turned on / off by the groups around a node. */
typedef struct Scope {
    int add, del;               /* flags turned on / off by enclosing groups */
} Scope;

static inline const uint32_t *tok_text(const Tok *k) { return k->c; }

static inline bool tok_is(const Tok *k, uint32_t ch) { return k->len == 1 && k->c[0] == ch; }

static inline int64_t tell(const Parser *p) { return p->index - p->next.len; }

static inline bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static inline bool is_hex(uint32_t c)
{
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static inline bool is_ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Is the next token one character that pred accepts? */
static inline bool next_in(Parser *p, bool (*pred)(uint32_t))
{
    return p->next.len == 1 && pred(p->next.c[0]);
}

/* ---- sre_parse.c ---- */

/* A str of n code points (NULL + exception). */
Obj *sp_cps_str(const uint32_t *v, size_t n);
/* Sets a re.error at absolute position pos (-1: none); returns -1.  The
 * format takes err_format's directives. */
int sp_error_at(Parser *p, int64_t pos, const char *fmt, ...);
/* re.error at tell() - offset, CPython's source.error(msg, offset). */
#define ERROR(p, offset, ...) sp_error_at((p), tell(p) - (offset), __VA_ARGS__)
/* A Python exception is pending (MemoryError, RecursionError): -1. */
int sp_pending(Parser *p);
/* Consumes the next token if it is the character ch: 1 yes, 0 no, -1. */
int sp_match(Parser *p, uint32_t ch);
/* Takes the next token into *k (len 0 at the end).  0 / -1. */
int sp_get(Parser *p, Tok *k);
/* Up to n following characters that pred accepts (getwhile), and the
 * tokens up to terminator (getuntil; name says what is missing). */
int sp_getwhile(Parser *p, int n, bool (*pred)(uint32_t), Text *x);
int sp_getuntil(Parser *p, uint32_t terminator, const char *name, Text *x);
int sp_text_add(Text *x, uint32_t c);
int sp_text_add_tok(Text *x, const Tok *k);
void sp_text_free(Text *x);
Obj *sp_text_str(const Text *x);
/* Group gid is closed (CPython's checkgroup), may be referred to here. */
bool sp_checkgroup(Parser *p, int64_t gid);
int sp_checklookbehindgroup(Parser *p, int64_t gid);
/* A new node with the flags in force; appending to a T_SEQ/T_ALT. */
SreNode *sp_node(Parser *p, int kind, Scope sc);
int sp_node_append(Parser *p, SreNode *list, SreNode *item);

/* ---- sre_charset.c ---- */

/* The value of n digits in base (saturating at 2**32 - 1). */
uint32_t sp_parse_num(const uint32_t *v, size_t n, int base);
/* [...] after its '[', and an escape (token k) outside a set: append
 * their node to seq.  0 / -1. */
int sp_parse_set(Parser *p, SreNode *seq, Scope sc);
int sp_parse_escape(Parser *p, const Tok *k, SreNode *seq, Scope sc);
/* alt as one set if its alternatives are single characters, else alt
 * itself; NULL on error. */
SreNode *sp_as_set(Parser *p, SreNode *alt, Scope sc);

#endif
