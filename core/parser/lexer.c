/* lexer.c - tokenizer following CPython 3.11's Parser/tokenizer.c.
 *
 * The whole source is tokenized up front into an array; the parser then
 * looks ahead and backtracks freely over it.  Error messages, lines and
 * offsets are CPython's (see the tok_get() comments referenced below).
 */
#include "parser/lexer.h"
#include "base/mem.h"

#include <stdio.h>
#include <string.h>

#define MAXINDENT 100   /* CPython's indentation stack depth */
#define MAXLEVEL 200    /* CPython's bracket nesting limit */
#define TABSIZE 8

/* Tokenizer state over one source text. */
typedef struct lexer {
    const char *src;        /* source text (newlines normalised) */
    size_t len;             /* its length */
    size_t pos;             /* next byte to read */
    int lineno;             /* line of src[pos] */
    size_t line_start;      /* byte offset where that line starts */
    int indstack[MAXINDENT];/* indentation columns (tabs to 8) */
    int altstack[MAXINDENT];/* same with tabs counting 1 (consistency check) */
    int indent;             /* top of the stacks */
    int pendin;             /* pending INDENT (>0) / DEDENT (<0) tokens */
    int atbol;              /* at the beginning of a line */
    int cont_line;          /* current line continues a backslash line */
    int level;              /* bracket depth */
    char parenstack[MAXLEVEL];   /* open brackets */
    int parenline[MAXLEVEL];     /* their lines */
    int parencol[MAXLEVEL];      /* their byte columns */
    int indent_width;       /* byte width of the current line's indentation */
    lex_result *out;        /* where tokens go */
} lexer;

static const char *const kind_names[] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
    "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT",
    "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL",
    "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
    "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
    "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
    "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
    "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL",
    "OP", "ERRORTOKEN"
};

const char *lex_kind_name(lex_kind k)
{
    return (unsigned)k < sizeof kind_names / sizeof kind_names[0] ? kind_names[k] : "?";
}

static const char *const keywords[] = {
    "", "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "match", "case", "type"
};

/* Keyword id of the identifier s[0..n), or KW_NONE_. */
static int keyword_of(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return KW_NONE_;
    for (int i = 1; i < (int)(sizeof keywords / sizeof keywords[0]); i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return i;
    return KW_NONE_;
}

/* ---- positions and errors --------------------------------------------- */

size_t lex_line_start(const char *src, size_t len, int lineno)
{
    size_t i = 0;
    for (int l = 1; l < lineno && i < len; i++)
        if (src[i] == '\n')
            l++;
    return i;
}

/* Length of the line starting at byte `start`, without its '\n'. */
static size_t line_length(const char *src, size_t len, size_t start)
{
    size_t e = start;
    while (e < len && src[e] != '\n')
        e++;
    return e - start;
}

int lex_char_offset(const char *src, size_t len, int lineno, int col)
{
    size_t s = lex_line_start(src, len, lineno);
    size_t ll = line_length(src, len, s);
    if (col < 0)
        col = 0;
    if ((size_t)col > ll)
        col = (int)ll;
    int chars = 0;
    for (int i = 0; i < col; i++)
        if (((unsigned char)src[s + i] & 0xC0) != 0x80)
            chars++;
    return chars + 1;
}

void lex_set_error(ast_error *err, const char *src, size_t len, const char *type,
                   int lineno, int offset, int end_lineno, int end_offset,
                   const char *msg)
{
    ast_error_clear(err);
    err->type = type;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = end_lineno;
    err->end_offset = end_offset;
    if (lineno <= 0 || !src)
        return;
    size_t s = lex_line_start(src, len, lineno);
    size_t n = line_length(src, len, s);
    err->text = mem_alloc(n + 2);
    if (!err->text)
        return;
    memcpy(err->text, src + s, n);
    err->text[n] = '\n';
    err->text[n + 1] = '\0';
}

/* Number of characters in the current line before byte `pos`. */
static int chars_before(lexer *lx, size_t pos)
{
    int c = 0;
    for (size_t i = lx->line_start; i < pos && i < lx->len; i++)
        if (((unsigned char)lx->src[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Remembers the innermost open bracket (for "'(' was never closed"). */
static void note_parens(lexer *lx)
{
    lex_result *r = lx->out;
    r->paren_depth = lx->level;
    if (lx->level > 0) {
        r->paren_char = lx->parenstack[lx->level - 1];
        r->paren_lineno = lx->parenline[lx->level - 1];
        r->paren_col = lx->parencol[lx->level - 1];
    }
}

/* CPython's syntaxerror(tok, ...): offset = characters from the line start
 * to `cur`, on the current line; end_offset the same. */
static int tok_error_at(lexer *lx, size_t cur, const char *msg)
{
    int off = chars_before(lx, cur);
    lex_set_error(&lx->out->err, lx->src, lx->len, "SyntaxError",
                  lx->lineno, off, lx->lineno, off, msg);
    lx->out->error = LEX_ERR_RAISED;
    note_parens(lx);
    return -1;
}

/* Error of the E_TABSPACE / E_TOODEEP family: offset 1, end_offset 0. */
static int indent_error(lexer *lx, const char *type, const char *msg)
{
    lex_set_error(&lx->out->err, lx->src, lx->len, type, lx->lineno, 1, lx->lineno, 0, msg);
    lx->out->error = LEX_ERR_INDENT;
    note_parens(lx);
    return -1;
}

/* ---- token output ------------------------------------------------------ */

/* Appends a token covering src[start..end) on the current line. */
static int emit(lexer *lx, lex_kind kind, size_t start, size_t end)
{
    lex_result *r = lx->out;
    if (r->ntoks == r->cap) {
        int ncap = r->cap ? r->cap * 2 : 256;
        lex_token *t = mem_realloc(r->toks, sizeof *t * (size_t)r->cap, sizeof *t * (size_t)ncap);
        if (!t) {
            r->error = LEX_ERR_NOMEM;
            return -1;
        }
        r->toks = t;
        r->cap = ncap;
    }
    lex_token *t = &r->toks[r->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->start = (int)start;
    t->end = (int)end;
    t->end_lineno = lx->lineno;
    t->end_col = (int)(end - lx->line_start);
    t->lineno = lx->lineno;
    t->col = (int)(start - lx->line_start);
    return 0;
}

static int peekc(lexer *lx, size_t at)
{
    return at < lx->len ? (unsigned char)lx->src[at] : -1;
}

static int nextc(lexer *lx)
{
    return lx->pos < lx->len ? (unsigned char)lx->src[lx->pos++] : (lx->pos++, -1);
}

static void backup(lexer *lx) { lx->pos--; }

/* Called after consuming a '\n' that ends the current line. */
static void newline_seen(lexer *lx)
{
    lx->lineno++;
    lx->line_start = lx->pos;
}

static int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

/* Unicode 14.0 (CPython 3.11) classes of the code points >= U+0080, as
 * sorted range starts (code point << 2 | class): 0 XID_Start, 1 XID_Continue
 * only, 2 other printable, 3 not printable.  Generated with Python 3.11's
 * str.isidentifier / str.isprintable. */
static const uint32_t uni_ranges[2082] = {
    0x203, 0x286, 0x2a8, 0x2ae, 0x2b7, 0x2ba, 0x2d4, 0x2da, 0x2dd, 0x2e2, 0x2e8, 0x2ee, 0x300,
    0x35e, 0x360, 0x3de, 0x3e0, 0xb0a, 0xb18, 0xb4a, 0xb80, 0xb96, 0xbb0, 0xbb6, 0xbb8, 0xbbe,
    0xc01, 0xdc0, 0xdd6, 0xdd8, 0xde3, 0xdea, 0xdec, 0xdfa, 0xdfc, 0xe03, 0xe12, 0xe18, 0xe1d,
    0xe20, 0xe2f, 0xe30, 0xe37, 0xe38, 0xe8b, 0xe8c, 0xfda, 0xfdc, 0x120a, 0x120d, 0x1222, 0x1228,
    0x14c3, 0x14c4, 0x155f, 0x1564, 0x156a, 0x1580, 0x1626, 0x162f, 0x1636, 0x1643, 0x1645, 0x16fa,
    0x16fd, 0x1702, 0x1705, 0x170e, 0x1711, 0x171a, 0x171d, 0x1723, 0x1740, 0x17af, 0x17bc, 0x17ce,
    0x17d7, 0x181a, 0x1841, 0x186e, 0x1873, 0x1876, 0x1880, 0x192d, 0x19aa, 0x19b8, 0x19c1, 0x19c4,
    0x1b52, 0x1b54, 0x1b59, 0x1b77, 0x1b7a, 0x1b7d, 0x1b94, 0x1b9d, 0x1ba6, 0x1ba9, 0x1bb8, 0x1bc1,
    0x1be8, 0x1bf6, 0x1bfc, 0x1c02, 0x1c3b, 0x1c40, 0x1c45, 0x1c48, 0x1cc1, 0x1d2f, 0x1d34, 0x1e99,
    0x1ec4, 0x1ecb, 0x1f01, 0x1f28, 0x1fad, 0x1fd0, 0x1fda, 0x1fe8, 0x1fef, 0x1ff5, 0x1ffa, 0x2000,
    0x2059, 0x2068, 0x206d, 0x2090, 0x2095, 0x20a0, 0x20a5, 0x20bb, 0x20c2, 0x20ff, 0x2100, 0x2165,
    0x2173, 0x217a, 0x217f, 0x2180, 0x21af, 0x21c0, 0x2222, 0x2224, 0x223f, 0x2261, 0x2280, 0x2329,
    0x238b, 0x238d, 0x2410, 0x24e9, 0x24f4, 0x24f9, 0x2540, 0x2545, 0x2560, 0x2589, 0x2592, 0x2599,
    0x25c2, 0x25c4, 0x2605, 0x2613, 0x2614, 0x2637, 0x263c, 0x2647, 0x264c, 0x26a7, 0x26a8, 0x26c7,
    0x26c8, 0x26cf, 0x26d8, 0x26eb, 0x26f1, 0x26f4, 0x26f9, 0x2717, 0x271d, 0x2727, 0x272d, 0x2738,
    0x273f, 0x275d, 0x2763, 0x2770, 0x277b, 0x277c, 0x2789, 0x2793, 0x2799, 0x27c0, 0x27ca, 0x27f0,
    0x27f6, 0x27f9, 0x27ff, 0x2805, 0x2813, 0x2814, 0x282f, 0x283c, 0x2847, 0x284c, 0x28a7, 0x28a8,
    0x28c7, 0x28c8, 0x28d3, 0x28d4, 0x28df, 0x28e0, 0x28eb, 0x28f1, 0x28f7, 0x28f9, 0x290f, 0x291d,
    0x2927, 0x292d, 0x293b, 0x2945, 0x294b, 0x2964, 0x2977, 0x2978, 0x297f, 0x2999, 0x29c8, 0x29d5,
    0x29da, 0x29df, 0x2a05, 0x2a13, 0x2a14, 0x2a3b, 0x2a3c, 0x2a4b, 0x2a4c, 0x2aa7, 0x2aa8, 0x2ac7,
    0x2ac8, 0x2ad3, 0x2ad4, 0x2aeb, 0x2af1, 0x2af4, 0x2af9, 0x2b1b, 0x2b1d, 0x2b2b, 0x2b2d, 0x2b3b,
    0x2b40, 0x2b47, 0x2b80, 0x2b89, 0x2b93, 0x2b99, 0x2bc2, 0x2bcb, 0x2be4, 0x2be9, 0x2c03, 0x2c05,
    0x2c13, 0x2c14, 0x2c37, 0x2c3c, 0x2c47, 0x2c4c, 0x2ca7, 0x2ca8, 0x2cc7, 0x2cc8, 0x2cd3, 0x2cd4,
    0x2ceb, 0x2cf1, 0x2cf4, 0x2cf9, 0x2d17, 0x2d1d, 0x2d27, 0x2d2d, 0x2d3b, 0x2d55, 0x2d63, 0x2d70,
    0x2d7b, 0x2d7c, 0x2d89, 0x2d93, 0x2d99, 0x2dc2, 0x2dc4, 0x2dca, 0x2de3, 0x2e09, 0x2e0c, 0x2e13,
    0x2e14, 0x2e2f, 0x2e38, 0x2e47, 0x2e48, 0x2e5b, 0x2e64, 0x2e6f, 0x2e70, 0x2e77, 0x2e78, 0x2e83,
    0x2e8c, 0x2e97, 0x2ea0, 0x2eaf, 0x2eb8, 0x2eeb, 0x2ef9, 0x2f0f, 0x2f19, 0x2f27, 0x2f29, 0x2f3b,
    0x2f40, 0x2f47, 0x2f5d, 0x2f63, 0x2f99, 0x2fc2, 0x2fef, 0x3001, 0x3014, 0x3037, 0x3038, 0x3047,
    0x3048, 0x30a7, 0x30a8, 0x30eb, 0x30f1, 0x30f4, 0x30f9, 0x3117, 0x3119, 0x3127, 0x3129, 0x313b,
    0x3155, 0x315f, 0x3160, 0x316f, 0x3174, 0x317b, 0x3180, 0x3189, 0x3193, 0x3199, 0x31c3, 0x31de,
    0x3200, 0x3205, 0x3212, 0x3214, 0x3237, 0x3238, 0x3247, 0x3248, 0x32a7, 0x32a8, 0x32d3, 0x32d4,
    0x32eb, 0x32f1, 0x32f4, 0x32f9, 0x3317, 0x3319, 0x3327, 0x3329, 0x333b, 0x3355, 0x335f, 0x3374,
    0x337f, 0x3380, 0x3389, 0x3393, 0x3399, 0x33c3, 0x33c4, 0x33cf, 0x3401, 0x3410, 0x3437, 0x3438,
    0x3447, 0x3448, 0x34ed, 0x34f4, 0x34f9, 0x3517, 0x3519, 0x3527, 0x3529, 0x3538, 0x353e, 0x3543,
    0x3550, 0x355d, 0x3562, 0x357c, 0x3589, 0x3593, 0x3599, 0x35c2, 0x35e8, 0x3603, 0x3605, 0x3613,
    0x3614, 0x365f, 0x3668, 0x36cb, 0x36cc, 0x36f3, 0x36f4, 0x36fb, 0x3700, 0x371f, 0x3729, 0x372f,
    0x373d, 0x3757, 0x3759, 0x375f, 0x3761, 0x3783, 0x3799, 0x37c3, 0x37c9, 0x37d2, 0x37d7, 0x3804,
    0x38c5, 0x38c8, 0x38cd, 0x38ef, 0x38fe, 0x3900, 0x391d, 0x393e, 0x3941, 0x396a, 0x3973, 0x3a04,
    0x3a0f, 0x3a10, 0x3a17, 0x3a18, 0x3a2f, 0x3a30, 0x3a93, 0x3a94, 0x3a9b, 0x3a9c, 0x3ac5, 0x3ac8,
    0x3acd, 0x3af4, 0x3afb, 0x3b00, 0x3b17, 0x3b18, 0x3b1f, 0x3b21, 0x3b3b, 0x3b41, 0x3b6b, 0x3b70,
    0x3b83, 0x3c00, 0x3c06, 0x3c61, 0x3c6a, 0x3c81, 0x3caa, 0x3cd5, 0x3cda, 0x3cdd, 0x3ce2, 0x3ce5,
    0x3cea, 0x3cf9, 0x3d00, 0x3d23, 0x3d24, 0x3db7, 0x3dc5, 0x3e16, 0x3e19, 0x3e20, 0x3e35, 0x3e63,
    0x3e65, 0x3ef7, 0x3efa, 0x3f19, 0x3f1e, 0x3f37, 0x3f3a, 0x3f6f, 0x4000, 0x40ad, 0x40fc, 0x4101,
    0x412a, 0x4140, 0x4159, 0x4168, 0x4179, 0x4184, 0x4189, 0x4194, 0x419d, 0x41b8, 0x41c5, 0x41d4,
    0x4209, 0x4238, 0x423d, 0x427a, 0x4280, 0x431b, 0x431c, 0x4323, 0x4334, 0x433b, 0x4340, 0x43ee,
    0x43f0, 0x4927, 0x4928, 0x493b, 0x4940, 0x495f, 0x4960, 0x4967, 0x4968, 0x497b, 0x4980, 0x4a27,
    0x4a28, 0x4a3b, 0x4a40, 0x4ac7, 0x4ac8, 0x4adb, 0x4ae0, 0x4aff, 0x4b00, 0x4b07, 0x4b08, 0x4b1b,
    0x4b20, 0x4b5f, 0x4b60, 0x4c47, 0x4c48, 0x4c5b, 0x4c60, 0x4d6f, 0x4d75, 0x4d82, 0x4da5, 0x4dca,
    0x4df7, 0x4e00, 0x4e42, 0x4e6b, 0x4e80, 0x4fdb, 0x4fe0, 0x4ffb, 0x5002, 0x5004, 0x59b6, 0x59bc,
    0x5a03, 0x5a04, 0x5a6e, 0x5a77, 0x5a80, 0x5bae, 0x5bb8, 0x5be7, 0x5c00, 0x5c49, 0x5c5b, 0x5c7c,
    0x5cc9, 0x5cd6, 0x5cdf, 0x5d00, 0x5d49, 0x5d53, 0x5d80, 0x5db7, 0x5db8, 0x5dc7, 0x5dc9, 0x5dd3,
    0x5e00, 0x5ed1, 0x5f52, 0x5f5c, 0x5f62, 0x5f70, 0x5f75, 0x5f7b, 0x5f81, 0x5fab, 0x5fc2, 0x5feb,
    0x6002, 0x602d, 0x603b, 0x603d, 0x606b, 0x6080, 0x61e7, 0x6200, 0x62a5, 0x62a8, 0x62af, 0x62c0,
    0x63db, 0x6400, 0x647f, 0x6481, 0x64b3, 0x64c1, 0x64f3, 0x6502, 0x6507, 0x6512, 0x6519, 0x6540,
    0x65bb, 0x65c0, 0x65d7, 0x6600, 0x66b3, 0x66c0, 0x672b, 0x6741, 0x676f, 0x677a, 0x6800, 0x685d,
    0x6873, 0x687a, 0x6880, 0x6955, 0x697f, 0x6981, 0x69f7, 0x69fd, 0x6a2b, 0x6a41, 0x6a6b, 0x6a82,
    0x6a9c, 0x6aa2, 0x6abb, 0x6ac1, 0x6afa, 0x6afd, 0x6b3f, 0x6c01, 0x6c14, 0x6cd1, 0x6d14, 0x6d37,
    0x6d41, 0x6d6a, 0x6dad, 0x6dd2, 0x6dff, 0x6e01, 0x6e0c, 0x6e85, 0x6eb8, 0x6ec1, 0x6ee8, 0x6f99,
    0x6fd3, 0x6ff2, 0x7000, 0x7091, 0x70e3, 0x70ee, 0x7101, 0x712b, 0x7134, 0x7141, 0x7168, 0x71fa,
    0x7200, 0x7227, 0x7240, 0x72ef, 0x72f4, 0x7302, 0x7323, 0x7341, 0x734e, 0x7351, 0x73a4, 0x73b5,
    0x73b8, 0x73d1, 0x73d4, 0x73dd, 0x73e8, 0x73ef, 0x7400, 0x7701, 0x7800, 0x7c5b, 0x7c60, 0x7c7b,
    0x7c80, 0x7d1b, 0x7d20, 0x7d3b, 0x7d40, 0x7d63, 0x7d64, 0x7d6b, 0x7d6c, 0x7d73, 0x7d74, 0x7d7b,
    0x7d7c, 0x7dfb, 0x7e00, 0x7ed7, 0x7ed8, 0x7ef6, 0x7ef8, 0x7efe, 0x7f08, 0x7f17, 0x7f18, 0x7f36,
    0x7f40, 0x7f53, 0x7f58, 0x7f73, 0x7f76, 0x7f80, 0x7fb6, 0x7fc3, 0x7fc8, 0x7fd7, 0x7fd8, 0x7ff6,
    0x7fff, 0x8042, 0x80a3, 0x80c2, 0x80fd, 0x8106, 0x8151, 0x8156, 0x817f, 0x81c2, 0x81c4, 0x81cb,
    0x81d2, 0x81fc, 0x8202, 0x823f, 0x8240, 0x8277, 0x8282, 0x8307, 0x8341, 0x8376, 0x8385, 0x838a,
    0x8395, 0x83c7, 0x8402, 0x8408, 0x840e, 0x841c, 0x8422, 0x8428, 0x8452, 0x8454, 0x845a, 0x8460,
    0x847a, 0x8490, 0x8496, 0x8498, 0x849e, 0x84a0, 0x84a6, 0x84a8, 0x84ea, 0x84f0, 0x8502, 0x8514,
    0x852a, 0x8538, 0x853e, 0x8580, 0x8626, 0x8633, 0x8642, 0x909f, 0x9102, 0x912f, 0x9182, 0xadd3,
    0xadda, 0xae5b, 0xae5e, 0xb000, 0xb396, 0xb3ac, 0xb3bd, 0xb3c8, 0xb3d3, 0xb3e6, 0xb400, 0xb49b,
    0xb49c, 0xb4a3, 0xb4b4, 0xb4bb, 0xb4c0, 0xb5a3, 0xb5bc, 0xb5c2, 0xb5c7, 0xb5fd, 0xb600, 0xb65f,
    0xb680, 0xb69f, 0xb6a0, 0xb6bf, 0xb6c0, 0xb6df, 0xb6e0, 0xb6ff, 0xb700, 0xb71f, 0xb720, 0xb73f,
    0xb740, 0xb75f, 0xb760, 0xb77f, 0xb781, 0xb802, 0xb97b, 0xba02, 0xba6b, 0xba6e, 0xbbd3, 0xbc02,
    0xbf5b, 0xbfc2, 0xbff3, 0xc006, 0xc014, 0xc022, 0xc084, 0xc0a9, 0xc0c2, 0xc0c4, 0xc0da, 0xc0e0,
    0xc0f6, 0xc103, 0xc104, 0xc25f, 0xc265, 0xc26e, 0xc274, 0xc282, 0xc284, 0xc3ee, 0xc3f0, 0xc403,
    0xc414, 0xc4c3, 0xc4c4, 0xc63f, 0xc642, 0xc680, 0xc702, 0xc793, 0xc7c0, 0xc802, 0xc87f, 0xc882,
    0xd000, 0x13702, 0x13800, 0x29237, 0x29242, 0x2931f, 0x29340, 0x293fa, 0x29400, 0x29836,
    0x29840, 0x29881, 0x298a8, 0x298b3, 0x29900, 0x299bd, 0x299c2, 0x299d1, 0x299fa, 0x299fc,
    0x29a79, 0x29a80, 0x29bc1, 0x29bca, 0x29be3, 0x29c02, 0x29c5c, 0x29c82, 0x29c88, 0x29e26,
    0x29e2c, 0x29f2f, 0x29f40, 0x29f4b, 0x29f4c, 0x29f53, 0x29f54, 0x29f6b, 0x29fc8, 0x2a009,
    0x2a00c, 0x2a019, 0x2a01c, 0x2a02d, 0x2a030, 0x2a08d, 0x2a0a2, 0x2a0b1, 0x2a0b7, 0x2a0c2,
    0x2a0eb, 0x2a100, 0x2a1d2, 0x2a1e3, 0x2a201, 0x2a208, 0x2a2d1, 0x2a31b, 0x2a33a, 0x2a341,
    0x2a36b, 0x2a381, 0x2a3c8, 0x2a3e2, 0x2a3ec, 0x2a3f2, 0x2a3f4, 0x2a3fd, 0x2a428, 0x2a499,
    0x2a4ba, 0x2a4c0, 0x2a51d, 0x2a553, 0x2a57e, 0x2a580, 0x2a5f7, 0x2a601, 0x2a610, 0x2a6cd,
    0x2a706, 0x2a73b, 0x2a73c, 0x2a741, 0x2a76b, 0x2a77a, 0x2a780, 0x2a795, 0x2a798, 0x2a7c1,
    0x2a7e8, 0x2a7ff, 0x2a800, 0x2a8a5, 0x2a8df, 0x2a900, 0x2a90d, 0x2a910, 0x2a931, 0x2a93b,
    0x2a941, 0x2a96b, 0x2a972, 0x2a980, 0x2a9de, 0x2a9e8, 0x2a9ed, 0x2a9f8, 0x2aac1, 0x2aac4,
    0x2aac9, 0x2aad4, 0x2aadd, 0x2aae4, 0x2aaf9, 0x2ab00, 0x2ab05, 0x2ab08, 0x2ab0f, 0x2ab6c,
    0x2ab7a, 0x2ab80, 0x2abad, 0x2abc2, 0x2abc8, 0x2abd5, 0x2abdf, 0x2ac04, 0x2ac1f, 0x2ac24,
    0x2ac3f, 0x2ac44, 0x2ac5f, 0x2ac80, 0x2ac9f, 0x2aca0, 0x2acbf, 0x2acc0, 0x2ad6e, 0x2ad70,
    0x2adaa, 0x2adb3, 0x2adc0, 0x2af8d, 0x2afae, 0x2afb1, 0x2afbb, 0x2afc1, 0x2afeb, 0x2b000,
    0x35e93, 0x35ec0, 0x35f1f, 0x35f2c, 0x35ff3, 0x3e400, 0x3e9bb, 0x3e9c0, 0x3eb6b, 0x3ec00,
    0x3ec1f, 0x3ec4c, 0x3ec63, 0x3ec74, 0x3ec79, 0x3ec7c, 0x3eca6, 0x3eca8, 0x3ecdf, 0x3ece0,
    0x3ecf7, 0x3ecf8, 0x3ecff, 0x3ed00, 0x3ed0b, 0x3ed0c, 0x3ed17, 0x3ed18, 0x3eeca, 0x3ef0f,
    0x3ef4c, 0x3f17a, 0x3f190, 0x3f4fa, 0x3f540, 0x3f643, 0x3f648, 0x3f723, 0x3f73e, 0x3f743,
    0x3f7c0, 0x3f7ea, 0x3f801, 0x3f842, 0x3f86b, 0x3f881, 0x3f8c2, 0x3f8cd, 0x3f8d6, 0x3f935,
    0x3f942, 0x3f94f, 0x3f952, 0x3f99f, 0x3f9a2, 0x3f9b3, 0x3f9c2, 0x3f9c4, 0x3f9ca, 0x3f9cc,
    0x3f9d2, 0x3f9d7, 0x3f9da, 0x3f9dc, 0x3f9e2, 0x3f9e4, 0x3f9ea, 0x3f9ec, 0x3f9f2, 0x3f9f4,
    0x3f9fa, 0x3f9fc, 0x3fbf7, 0x3fc06, 0x3fc41, 0x3fc6a, 0x3fc84, 0x3fcee, 0x3fcfd, 0x3fd02,
    0x3fd04, 0x3fd6e, 0x3fd98, 0x3fe79, 0x3fe80, 0x3feff, 0x3ff08, 0x3ff23, 0x3ff28, 0x3ff43,
    0x3ff48, 0x3ff63, 0x3ff68, 0x3ff77, 0x3ff82, 0x3ff9f, 0x3ffa2, 0x3ffbf, 0x3fff2, 0x3fffb,
    0x40000, 0x40033, 0x40034, 0x4009f, 0x400a0, 0x400ef, 0x400f0, 0x400fb, 0x400fc, 0x4013b,
    0x40140, 0x4017b, 0x40200, 0x403ef, 0x40402, 0x4040f, 0x4041e, 0x404d3, 0x404de, 0x40500,
    0x405d6, 0x4063f, 0x40642, 0x40677, 0x40682, 0x40687, 0x40742, 0x407f5, 0x407fb, 0x40a00,
    0x40a77, 0x40a80, 0x40b47, 0x40b81, 0x40b86, 0x40bf3, 0x40c00, 0x40c82, 0x40c93, 0x40cb4,
    0x40d2f, 0x40d40, 0x40dd9, 0x40def, 0x40e00, 0x40e7b, 0x40e7e, 0x40e80, 0x40f13, 0x40f20,
    0x40f42, 0x40f44, 0x40f5b, 0x41000, 0x4127b, 0x41281, 0x412ab, 0x412c0, 0x41353, 0x41360,
    0x413f3, 0x41400, 0x414a3, 0x414c0, 0x41593, 0x415be, 0x415c0, 0x415ef, 0x415f0, 0x4162f,
    0x41630, 0x4164f, 0x41650, 0x4165b, 0x4165c, 0x4168b, 0x4168c, 0x416cb, 0x416cc, 0x416eb,
    0x416ec, 0x416f7, 0x41800, 0x41cdf, 0x41d00, 0x41d5b, 0x41d80, 0x41da3, 0x41e00, 0x41e1b,
    0x41e1c, 0x41ec7, 0x41ec8, 0x41eef, 0x42000, 0x4201b, 0x42020, 0x42027, 0x42028, 0x420db,
    0x420dc, 0x420e7, 0x420f0, 0x420f7, 0x420fc, 0x4215b, 0x4215e, 0x42180, 0x421de, 0x42200,
    0x4227f, 0x4229e, 0x422c3, 0x42380, 0x423cf, 0x423d0, 0x423db, 0x423ee, 0x42400, 0x4245a,
    0x42473, 0x4247e, 0x42480, 0x424eb, 0x424fe, 0x42503, 0x42600, 0x426e3, 0x426f2, 0x426f8,
    0x42702, 0x42743, 0x4274a, 0x42800, 0x42805, 0x42813, 0x42815, 0x4281f, 0x42831, 0x42840,
    0x42853, 0x42854, 0x42863, 0x42864, 0x428db, 0x428e1, 0x428ef, 0x428fd, 0x42902, 0x42927,
    0x42942, 0x42967, 0x42980, 0x429f6, 0x42a00, 0x42a76, 0x42a83, 0x42b00, 0x42b22, 0x42b24,
    0x42b95, 0x42b9f, 0x42bae, 0x42bdf, 0x42c00, 0x42cdb, 0x42ce6, 0x42d00, 0x42d5b, 0x42d62,
    0x42d80, 0x42dcf, 0x42de2, 0x42e00, 0x42e4b, 0x42e66, 0x42e77, 0x42ea6, 0x42ec3, 0x43000,
    0x43127, 0x43200, 0x432cf, 0x43300, 0x433cf, 0x433ea, 0x43400, 0x43491, 0x434a3, 0x434c1,
    0x434eb, 0x43982, 0x439ff, 0x43a00, 0x43aab, 0x43aad, 0x43ab6, 0x43abb, 0x43ac0, 0x43acb,
    0x43c00, 0x43c76, 0x43c9c, 0x43ca3, 0x43cc0, 0x43d19, 0x43d46, 0x43d6b, 0x43dc0, 0x43e09,
    0x43e1a, 0x43e2b, 0x43ec0, 0x43f16, 0x43f33, 0x43f80, 0x43fdf, 0x44001, 0x4400c, 0x440e1,
    0x4411e, 0x4413b, 0x4414a, 0x44199, 0x441c4, 0x441cd, 0x441d4, 0x441db, 0x441fd, 0x4420c,
    0x442c1, 0x442ee, 0x442f7, 0x442fa, 0x44309, 0x4430f, 0x44340, 0x443a7, 0x443c1, 0x443eb,
    0x44401, 0x4440c, 0x4449d, 0x444d7, 0x444d9, 0x44502, 0x44510, 0x44515, 0x4451c, 0x44523,
    0x44540, 0x445cd, 0x445d2, 0x445d8, 0x445df, 0x44601, 0x4460c, 0x446cd, 0x44704, 0x44716,
    0x44725, 0x44736, 0x44739, 0x44768, 0x4476e, 0x44770, 0x44776, 0x44783, 0x44786, 0x447d7,
    0x44800, 0x4484b, 0x4484c, 0x448b1, 0x448e2, 0x448f9, 0x448ff, 0x44a00, 0x44a1f, 0x44a20,
    0x44a27, 0x44a28, 0x44a3b, 0x44a3c, 0x44a7b, 0x44a7c, 0x44aa6, 0x44aab, 0x44ac0, 0x44b7d,
    0x44baf, 0x44bc1, 0x44beb, 0x44c01, 0x44c13, 0x44c14, 0x44c37, 0x44c3c, 0x44c47, 0x44c4c,
    0x44ca7, 0x44ca8, 0x44cc7, 0x44cc8, 0x44cd3, 0x44cd4, 0x44ceb, 0x44ced, 0x44cf4, 0x44cf9,
    0x44d17, 0x44d1d, 0x44d27, 0x44d2d, 0x44d3b, 0x44d40, 0x44d47, 0x44d5d, 0x44d63, 0x44d74,
    0x44d89, 0x44d93, 0x44d99, 0x44db7, 0x44dc1, 0x44dd7, 0x45000, 0x450d5, 0x4511c, 0x4512e,
    0x45141, 0x4516a, 0x45173, 0x45176, 0x45179, 0x4517c, 0x4518b, 0x45200, 0x452c1, 0x45310,
    0x4531a, 0x4531c, 0x45323, 0x45341, 0x4536b, 0x45600, 0x456bd, 0x456db, 0x456e1, 0x45706,
    0x45760, 0x45771, 0x4577b, 0x45800, 0x458c1, 0x45906, 0x45910, 0x45917, 0x45941, 0x4596b,
    0x45982, 0x459b7, 0x45a00, 0x45aad, 0x45ae0, 0x45ae6, 0x45aeb, 0x45b01, 0x45b2b, 0x45c00,
    0x45c6f, 0x45c75, 0x45cb3, 0x45cc1, 0x45cea, 0x45d00, 0x45d1f, 0x46000, 0x460b1, 0x460ee,
    0x460f3, 0x46280, 0x46381, 0x463aa, 0x463cf, 0x463fc, 0x4641f, 0x46424, 0x4642b, 0x46430,
    0x46453, 0x46454, 0x4645f, 0x46460, 0x464c1, 0x464db, 0x464dd, 0x464e7, 0x464ed, 0x464fc,
    0x46501, 0x46504, 0x46509, 0x46512, 0x4651f, 0x46541, 0x4656b, 0x46680, 0x466a3, 0x466a8,
    0x46745, 0x46763, 0x46769, 0x46784, 0x4678a, 0x4678c, 0x46791, 0x46797, 0x46800, 0x46805,
    0x4682c, 0x468cd, 0x468e8, 0x468ed, 0x468fe, 0x4691d, 0x46923, 0x46940, 0x46945, 0x46970,
    0x46a29, 0x46a6a, 0x46a74, 0x46a7a, 0x46a8f, 0x46ac0, 0x46be7, 0x47000, 0x47027, 0x47028,
    0x470bd, 0x470df, 0x470e1, 0x47100, 0x47106, 0x4711b, 0x47141, 0x4716a, 0x471b7, 0x471c2,
    0x471c8, 0x47243, 0x47249, 0x472a3, 0x472a5, 0x472df, 0x47400, 0x4741f, 0x47420, 0x4742b,
    0x4742c, 0x474c5, 0x474df, 0x474e9, 0x474ef, 0x474f1, 0x474fb, 0x474fd, 0x47518, 0x4751d,
    0x47523, 0x47541, 0x4756b, 0x47580, 0x4759b, 0x4759c, 0x475a7, 0x475a8, 0x47629, 0x4763f,
    0x47641, 0x4764b, 0x4764d, 0x47660, 0x47667, 0x47681, 0x476ab, 0x47b80, 0x47bcd, 0x47bde,
    0x47be7, 0x47ec0, 0x47ec7, 0x47f02, 0x47fcb, 0x47ffe, 0x48000, 0x48e6b, 0x49000, 0x491bf,
    0x491c2, 0x491d7, 0x49200, 0x49513, 0x4be40, 0x4bfc6, 0x4bfcf, 0x4c000, 0x4d0bf, 0x51000,
    0x5191f, 0x5a000, 0x5a8e7, 0x5a900, 0x5a97f, 0x5a981, 0x5a9ab, 0x5a9ba, 0x5a9c0, 0x5aaff,
    0x5ab01, 0x5ab2b, 0x5ab40, 0x5abbb, 0x5abc1, 0x5abd6, 0x5abdb, 0x5ac00, 0x5acc1, 0x5acde,
    0x5ad00, 0x5ad12, 0x5ad1b, 0x5ad41, 0x5ad6b, 0x5ad6e, 0x5ad8b, 0x5ad8c, 0x5ade3, 0x5adf4,
    0x5ae43, 0x5b900, 0x5ba02, 0x5ba6f, 0x5bc00, 0x5bd2f, 0x5bd3d, 0x5bd40, 0x5bd45, 0x5be23,
    0x5be3d, 0x5be4c, 0x5be83, 0x5bf80, 0x5bf8a, 0x5bf8c, 0x5bf91, 0x5bf97, 0x5bfc1, 0x5bfcb,
    0x5c000, 0x61fe3, 0x62000, 0x6335b, 0x63400, 0x63427, 0x6bfc0, 0x6bfd3, 0x6bfd4, 0x6bff3,
    0x6bff4, 0x6bfff, 0x6c000, 0x6c48f, 0x6c540, 0x6c54f, 0x6c590, 0x6c5a3, 0x6c5c0, 0x6cbf3,
    0x6f000, 0x6f1af, 0x6f1c0, 0x6f1f7, 0x6f200, 0x6f227, 0x6f240, 0x6f26b, 0x6f272, 0x6f275,
    0x6f27e, 0x6f283, 0x73c01, 0x73cbb, 0x73cc1, 0x73d1f, 0x73d42, 0x73f13, 0x74002, 0x743db,
    0x74402, 0x7449f, 0x744a6, 0x74595, 0x745aa, 0x745b5, 0x745cf, 0x745ed, 0x7460e, 0x74615,
    0x74632, 0x746a9, 0x746ba, 0x747af, 0x74802, 0x74909, 0x74916, 0x7491b, 0x74b82, 0x74bd3,
    0x74c02, 0x74d5f, 0x74d82, 0x74de7, 0x75000, 0x75157, 0x75158, 0x75277, 0x75278, 0x75283,
    0x75288, 0x7528f, 0x75294, 0x7529f, 0x752a4, 0x752b7, 0x752b8, 0x752eb, 0x752ec, 0x752f3,
    0x752f4, 0x75313, 0x75314, 0x7541b, 0x7541c, 0x7542f, 0x75434, 0x75457, 0x75458, 0x75477,
    0x75478, 0x754eb, 0x754ec, 0x754ff, 0x75500, 0x75517, 0x75518, 0x7551f, 0x75528, 0x75547,
    0x75548, 0x75a9b, 0x75aa0, 0x75b06, 0x75b08, 0x75b6e, 0x75b70, 0x75bee, 0x75bf0, 0x75c56,
    0x75c58, 0x75cd6, 0x75cd8, 0x75d3e, 0x75d40, 0x75dbe, 0x75dc0, 0x75e26, 0x75e28, 0x75ea6,
    0x75ea8, 0x75f0e, 0x75f10, 0x75f33, 0x75f39, 0x76002, 0x76801, 0x768de, 0x768ed, 0x769b6,
    0x769d5, 0x769da, 0x76a11, 0x76a16, 0x76a33, 0x76a6d, 0x76a83, 0x76a85, 0x76ac3, 0x77c00,
    0x77c7f, 0x78001, 0x7801f, 0x78021, 0x78067, 0x7806d, 0x7808b, 0x7808d, 0x78097, 0x78099,
    0x780af, 0x78400, 0x784b7, 0x784c1, 0x784dc, 0x784fb, 0x78501, 0x7852b, 0x78538, 0x7853e,
    0x78543, 0x78a40, 0x78ab9, 0x78abf, 0x78b00, 0x78bb1, 0x78beb, 0x78bfe, 0x78c03, 0x79f80,
    0x79f9f, 0x79fa0, 0x79fb3, 0x79fb4, 0x79fbf, 0x79fc0, 0x79fff, 0x7a000, 0x7a317, 0x7a31e,
    0x7a341, 0x7a35f, 0x7a400, 0x7a511, 0x7a52c, 0x7a533, 0x7a541, 0x7a56b, 0x7a57a, 0x7a583,
    0x7b1c6, 0x7b2d7, 0x7b406, 0x7b4fb, 0x7b800, 0x7b813, 0x7b814, 0x7b883, 0x7b884, 0x7b88f,
    0x7b890, 0x7b897, 0x7b89c, 0x7b8a3, 0x7b8a4, 0x7b8cf, 0x7b8d0, 0x7b8e3, 0x7b8e4, 0x7b8eb,
    0x7b8ec, 0x7b8f3, 0x7b908, 0x7b90f, 0x7b91c, 0x7b923, 0x7b924, 0x7b92b, 0x7b92c, 0x7b933,
    0x7b934, 0x7b943, 0x7b944, 0x7b94f, 0x7b950, 0x7b957, 0x7b95c, 0x7b963, 0x7b964, 0x7b96b,
    0x7b96c, 0x7b973, 0x7b974, 0x7b97b, 0x7b97c, 0x7b983, 0x7b984, 0x7b98f, 0x7b990, 0x7b997,
    0x7b99c, 0x7b9af, 0x7b9b0, 0x7b9cf, 0x7b9d0, 0x7b9e3, 0x7b9e4, 0x7b9f7, 0x7b9f8, 0x7b9ff,
    0x7ba00, 0x7ba2b, 0x7ba2c, 0x7ba73, 0x7ba84, 0x7ba93, 0x7ba94, 0x7baab, 0x7baac, 0x7baf3,
    0x7bbc2, 0x7bbcb, 0x7c002, 0x7c0b3, 0x7c0c2, 0x7c253, 0x7c282, 0x7c2bf, 0x7c2c6, 0x7c303,
    0x7c306, 0x7c343, 0x7c346, 0x7c3db, 0x7c402, 0x7c6bb, 0x7c79a, 0x7c80f, 0x7c842, 0x7c8f3,
    0x7c902, 0x7c927, 0x7c942, 0x7c94b, 0x7c982, 0x7c99b, 0x7cc02, 0x7db63, 0x7db76, 0x7dbb7,
    0x7dbc2, 0x7dbf7, 0x7dc02, 0x7ddd3, 0x7de02, 0x7df67, 0x7df82, 0x7dfb3, 0x7dfc2, 0x7dfc7,
    0x7e002, 0x7e033, 0x7e042, 0x7e123, 0x7e142, 0x7e16b, 0x7e182, 0x7e223, 0x7e242, 0x7e2bb,
    0x7e2c2, 0x7e2cb, 0x7e402, 0x7e953, 0x7e982, 0x7e9bb, 0x7e9c2, 0x7e9d7, 0x7e9e2, 0x7e9f7,
    0x7ea02, 0x7ea1f, 0x7ea42, 0x7eab7, 0x7eac2, 0x7eaef, 0x7eb02, 0x7eb1b, 0x7eb42, 0x7eb6b,
    0x7eb82, 0x7eba3, 0x7ebc2, 0x7ebdf, 0x7ec02, 0x7ee4f, 0x7ee52, 0x7ef2f, 0x7efc1, 0x7efeb,
    0x80000, 0xa9b83, 0xa9c00, 0xadce7, 0xadd00, 0xae07b, 0xae080, 0xb3a8b, 0xb3ac0, 0xbaf87,
    0xbe000, 0xbe87b, 0xc0000, 0xc4d2f, 0x380401, 0x3807c3,
};

/* Class of code point cp >= 0x80 in uni_ranges (binary search). */
static int uni_class(uint32_t cp)
{
    int lo = 0, hi = (int)(sizeof uni_ranges / sizeof uni_ranges[0]) - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if ((uni_ranges[mid] >> 2) <= cp)
            lo = mid;
        else
            hi = mid - 1;
    }
    return (int)(uni_ranges[lo] & 3);
}

/* Decodes the UTF-8 sequence at s (n bytes available); *len gets its size. */
static uint32_t utf8_decode(const unsigned char *s, size_t n, int *len)
{
    int k = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
    if ((size_t)k > n)
        k = (int)n;
    uint32_t cp = s[0] & (0x7Fu >> k);
    for (int i = 1; i < k; i++)
        cp = (cp << 6) | (s[i] & 0x3Fu);
    *len = k;
    return cp;
}

/* CPython verify_identifier: a name with non-ASCII characters must be an
 * identifier (XID_Start then XID_Continue); else "invalid character" at
 * the first bad one.  Returns 0, or -1 after raising. */
static int verify_identifier(lexer *lx, size_t start, size_t end)
{
    for (size_t i = start; i < end;) {
        if ((unsigned char)lx->src[i] < 0x80) {
            i++;
            continue;
        }
        int len;
        uint32_t cp = utf8_decode((const unsigned char *)lx->src + i, end - i, &len);
        int k = uni_class(cp);
        if (k != 0 && !(k == 1 && i > start)) {
            char msg[64];
            if (k == 3)
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
            else
                snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", len, lx->src + i,
                         (unsigned)cp);
            return tok_error_at(lx, i + (size_t)len, msg);
        }
        i += (size_t)len;
    }
    return 0;
}

static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ---- indentation ------------------------------------------------------- */

/* Processes the indentation at the beginning of a line (CPython tok_get,
 * "Get indentation level").  Returns 0, or -1 on an indentation error. */
static int do_indentation(lexer *lx)
{
    int col = 0, altcol = 0, c;
    size_t begin = lx->pos;
    for (;;) {
        c = nextc(lx);
        if (c == ' ')
            col++, altcol++;
        else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\f')
            col = altcol = 0;
        else
            break;
    }
    backup(lx);
    lx->indent_width = (int)(lx->pos - begin);
    if (c == -1)
        col = altcol = 0;   /* end of file: close every open block */
    else if (c == '#' || c == '\n' || lx->level > 0)
        return 0;   /* blank line, comment line, or inside brackets */
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altstack[lx->indent])
            return indent_error(lx, "TabError", "inconsistent use of tabs and spaces in indentation");
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MAXINDENT)
            return indent_error(lx, "IndentationError", "too many levels of indentation");
        if (altcol <= lx->altstack[lx->indent])
            return indent_error(lx, "TabError", "inconsistent use of tabs and spaces in indentation");
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* E_DEDENT: offset is the whole line length incl. '\n' */
            size_t ll = line_length(lx->src, lx->len, lx->line_start);
            int off = chars_before(lx, lx->line_start + ll) + 1;
            lex_set_error(&lx->out->err, lx->src, lx->len, "IndentationError",
                          lx->lineno, off, lx->lineno, -1,
                          "unindent does not match any outer indentation level");
            lx->out->error = LEX_ERR_INDENT;
            return -1;
        }
        if (altcol != lx->altstack[lx->indent])
            return indent_error(lx, "TabError", "inconsistent use of tabs and spaces in indentation");
    }
    return 0;
}

/* ---- numbers ----------------------------------------------------------- */

/* Looks ahead for the rest of a keyword after a number (CPython lookahead). */
static int lookahead(lexer *lx, const char *rest)
{
    size_t p = lx->pos;
    for (; *rest; rest++, p++)
        if (peekc(lx, p) != (unsigned char)*rest)
            return 0;
    return !is_id_char(peekc(lx, p));
}

/* CPython verify_end_of_number: a number directly followed by an identifier
 * character is an "invalid <kind> literal" unless it starts a keyword that
 * may follow a number (and, else, for, if, in, is, or, not).  `c` was just
 * read. Returns 0 if ok. */
static int verify_end_of_number(lexer *lx, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') r = lookahead(lx, "nd");
    else if (c == 'e') r = lookahead(lx, "lse");
    else if (c == 'f') r = lookahead(lx, "or");
    else if (c == 'i') {
        int c2 = peekc(lx, lx->pos);
        r = (c2 == 'f' || c2 == 'n' || c2 == 's');
    } else if (c == 'o') r = lookahead(lx, "r");
    else if (c == 'n') r = lookahead(lx, "ot");
    if (r)
        return 0;
    if (c < 128 && is_id_char(c)) {    /* 3.11.7: a non-ASCII one starts the next token */
        char msg[64];
        backup(lx);
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return tok_error_at(lx, lx->pos, msg);
    }
    return 0;
}

/* Reads digits with single underscores between them; returns the first
 * character after them, or -2 after raising "invalid decimal literal". */
static int decimal_tail(lexer *lx)
{
    int c;
    for (;;) {
        do
            c = nextc(lx);
        while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx);
            tok_error_at(lx, lx->pos, "invalid decimal literal");
            return -2;
        }
    }
    return c;
}

/* Reads a 0x/0o/0b literal after its prefix; `ok` tests a digit. */
static int radix_number(lexer *lx, int (*ok)(int), const char *kind)
{
    char msg[64];
    int c = nextc(lx);
    do {
        if (c == '_')
            c = nextc(lx);
        if (!ok(c)) {
            if (is_digit(c) && ok != is_xdigit) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                return tok_error_at(lx, lx->pos, msg);
            }
            backup(lx);
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            return tok_error_at(lx, lx->pos, msg);
        }
        do
            c = nextc(lx);
        while (ok(c));
    } while (c == '_');
    if (is_digit(c) && ok != is_xdigit) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
        return tok_error_at(lx, lx->pos, msg);
    }
    if (verify_end_of_number(lx, c, kind) < 0)
        return -1;
    backup(lx);
    return 0;
}

static int is_octal(int c) { return c >= '0' && c <= '7'; }
static int is_binary(int c) { return c == '0' || c == '1'; }

/* Fraction, exponent and imaginary suffix of a decimal number; `c` is the
 * character after the integer part (or after '.' when after_dot). */
static int number_rest(lexer *lx, int c, int after_dot)
{
    if (c == '.' && !after_dot) {
        c = nextc(lx);
        after_dot = 1;
    }
    if (after_dot && is_digit(c)) {
        if ((c = decimal_tail(lx)) == -2)
            return -1;
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx);
                return tok_error_at(lx, lx->pos, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(lx);
            if (verify_end_of_number(lx, e, "decimal") < 0)
                return -1;
            backup(lx);     /* the 'e' is not part of the number */
            return 0;
        }
        if ((c = decimal_tail(lx)) == -2)
            return -1;
    }
    if (c == 'j' || c == 'J') {
        c = nextc(lx);
        if (verify_end_of_number(lx, c, "imaginary") < 0)
            return -1;
    } else if (verify_end_of_number(lx, c, "decimal") < 0)
        return -1;
    backup(lx);
    return 0;
}

/* Reads a number starting with `c` (a digit, or '.' followed by a digit). */
static int read_number(lexer *lx, int c)
{
    if (c == '.')
        return number_rest(lx, nextc(lx), 1);
    if (c != '0') {
        if ((c = decimal_tail(lx)) == -2)
            return -1;
        return number_rest(lx, c, 0);
    }
    c = nextc(lx);
    if (c == 'x' || c == 'X')
        return radix_number(lx, is_xdigit, "hexadecimal");
    if (c == 'o' || c == 'O')
        return radix_number(lx, is_octal, "octal");
    if (c == 'b' || c == 'B')
        return radix_number(lx, is_binary, "binary");
    size_t start = lx->pos - 2;
    int nonzero = 0;
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx);
                return tok_error_at(lx, lx->pos, "invalid decimal literal");
            }
        }
        if (c != '0')
            break;
        c = nextc(lx);
    }
    size_t zeros_end = lx->pos;
    if (is_digit(c)) {
        nonzero = 1;
        if ((c = decimal_tail(lx)) == -2)
            return -1;
    }
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return number_rest(lx, c, 0);
    if (nonzero) {
        int off = (int)(start - lx->line_start) + 1;    /* byte columns, as CPython's */
        int end = (int)(zeros_end - lx->line_start);   /* syntaxerror_known_range */
        lex_set_error(&lx->out->err, lx->src, lx->len, "SyntaxError", lx->lineno, off,
                      lx->lineno, end,
                      "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
        lx->out->err.end_offset = end;
        lx->out->error = LEX_ERR_RAISED;
        note_parens(lx);
        return -1;
    }
    if (verify_end_of_number(lx, c, "decimal") < 0)
        return -1;
    backup(lx);
    return 0;
}

/* ---- strings ----------------------------------------------------------- */

/* Reads a string body; the opening quote `q` was just read.  Strings may
 * span lines (triple quotes, or backslash-newline); the token's start line
 * is kept by the caller. */
static int read_string(lexer *lx, int q, size_t tok_start, int *first_line, size_t *first_ls)
{
    int quote_size = 1, end_quote_size = 0;
    int c = nextc(lx);
    if (c == q) {
        c = nextc(lx);
        if (c == q)
            quote_size = 3;
        else {
            end_quote_size = 1;     /* empty string */
            backup(lx);
        }
    } else
        backup(lx);
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == -1 || (quote_size == 1 && c == '\n')) {
            int detected = lx->lineno;
            if (c == -1 && lx->pos - 1 > 0 && lx->src[lx->len - 1] == '\n')
                detected = lx->lineno - 1;
            char msg[96];
            snprintf(msg, sizeof msg, quote_size == 3
                     ? "unterminated triple-quoted string literal (detected at line %d)"
                     : "unterminated string literal (detected at line %d)", detected);
            lx->lineno = *first_line;
            lx->line_start = *first_ls;
            return tok_error_at(lx, tok_start + 1, msg);
        }
        if (c == q)
            end_quote_size++;
        else {
            end_quote_size = 0;
            if (c == '\n')
                newline_seen(lx);
            else if (c == '\\') {
                c = nextc(lx);
                if (c == '\n')
                    newline_seen(lx);
                else if (c == -1)
                    backup(lx);
            }
        }
    }
    return 0;
}

/* Emits a token that may span lines: start position from (line, ls). */
static int emit_multiline(lexer *lx, lex_kind kind, size_t start, int line, size_t ls)
{
    if (emit(lx, kind, start, lx->pos) < 0)
        return -1;
    lex_token *t = &lx->out->toks[lx->out->ntoks - 1];
    t->lineno = line;
    t->col = (int)(start - ls);
    return 0;
}

/* ---- operators --------------------------------------------------------- */

/* Longest operator at the current position; sets *n to its length. */
static lex_kind operator_at(lexer *lx, int c, int *n)
{
    int c2 = peekc(lx, lx->pos), c3 = peekc(lx, lx->pos + 1);
    static const struct { const char *s; lex_kind k; } ops[] = {
        {"**=", T_DOUBLESTAREQUAL}, {"//=", T_DOUBLESLASHEQUAL}, {"<<=", T_LEFTSHIFTEQUAL},
        {">>=", T_RIGHTSHIFTEQUAL}, {"...", T_ELLIPSIS},
        {"==", T_EQEQUAL}, {"!=", T_NOTEQUAL}, {"<>", T_NOTEQUAL} /* rejected by the parser */,
        {"<=", T_LESSEQUAL}, {">=", T_GREATEREQUAL},
        {"<<", T_LEFTSHIFT}, {">>", T_RIGHTSHIFT}, {"**", T_DOUBLESTAR}, {"+=", T_PLUSEQUAL},
        {"-=", T_MINEQUAL}, {"*=", T_STAREQUAL}, {"/=", T_SLASHEQUAL}, {"%=", T_PERCENTEQUAL},
        {"&=", T_AMPEREQUAL}, {"|=", T_VBAREQUAL}, {"^=", T_CIRCUMFLEXEQUAL},
        {"//", T_DOUBLESLASH}, {"@=", T_ATEQUAL}, {"->", T_RARROW}, {":=", T_COLONEQUAL},
        {"(", T_LPAR}, {")", T_RPAR}, {"[", T_LSQB}, {"]", T_RSQB}, {":", T_COLON},
        {",", T_COMMA}, {";", T_SEMI}, {"+", T_PLUS}, {"-", T_MINUS}, {"*", T_STAR},
        {"/", T_SLASH}, {"|", T_VBAR}, {"&", T_AMPER}, {"<", T_LESS}, {">", T_GREATER},
        {"=", T_EQUAL}, {".", T_DOT}, {"%", T_PERCENT}, {"{", T_LBRACE}, {"}", T_RBRACE},
        {"~", T_TILDE}, {"^", T_CIRCUMFLEX}, {"@", T_AT},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        const char *s = ops[i].s;
        size_t l = strlen(s);
        if ((unsigned char)s[0] != c)
            continue;
        if (l >= 2 && (unsigned char)s[1] != c2)
            continue;
        if (l >= 3 && (unsigned char)s[2] != c3)
            continue;
        *n = (int)l;
        return ops[i].k;
    }
    *n = 1;
    return T_OP_UNKNOWN;
}

/* Tracks brackets; raises CPython's bracket errors.  `at` is the byte of c. */
static int track_bracket(lexer *lx, int c, size_t at)
{
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= MAXLEVEL)
            return tok_error_at(lx, at + 1, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(at - lx->line_start);
        lx->level++;
        return 0;
    }
    if (c != ')' && c != ']' && c != '}')
        return 0;
    char msg[128];
    if (!lx->level) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return tok_error_at(lx, at + 1, msg);
    }
    lx->level--;
    int open = lx->parenstack[lx->level];
    if ((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))
        return 0;
    if (lx->parenline[lx->level] != lx->lineno)
        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                 "parenthesis '%c' on line %d", c, open, lx->parenline[lx->level]);
    else
        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                 "parenthesis '%c'", c, open);
    lx->level++;
    return tok_error_at(lx, at + 1, msg);
}

/* ---- main loop --------------------------------------------------------- */

/* Reads a name or a prefixed string starting with c at `start`. */
static int read_name_or_string(lexer *lx, int c, size_t start)
{
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
    int line = lx->lineno;
    size_t ls = lx->line_start;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = 1;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = 1;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = 1;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = 1;
        else
            break;
        c = nextc(lx);
        if (c == '"' || c == '\'') {
            if (read_string(lx, c, start, &line, &ls) < 0)
                return -1;
            return emit_multiline(lx, T_STRING, start, line, ls);
        }
    }
    int ascii = 1;
    while (is_id_char(c)) {
        ascii &= c < 128;
        c = nextc(lx);
    }
    backup(lx);
    if (!ascii && verify_identifier(lx, start, lx->pos) < 0)
        return -1;
    if (emit(lx, T_NAME, start, lx->pos) < 0)
        return -1;
    lx->out->toks[lx->out->ntoks - 1].kw = keyword_of(lx->src + start, lx->pos - start);
    return 0;
}

/* Handles a backslash at `at`: joins the next line or raises. */
static int line_continuation(lexer *lx)
{
    int c = nextc(lx);
    if (c != '\n') {
        /* E_LINECONT: offset is the column after the backslash, +1 */
        int off = chars_before(lx, lx->pos);
        lex_set_error(&lx->out->err, lx->src, lx->len, "SyntaxError", lx->lineno, off,
                      lx->lineno, 0, "unexpected character after line continuation character");
        lx->out->error = LEX_ERR_RAISED;
        note_parens(lx);
        return -1;
    }
    newline_seen(lx);
    if (peekc(lx, lx->pos) == -1) {
        /* E_EOF after a backslash */
        lx->lineno--;
        lx->line_start = lex_line_start(lx->src, lx->len, lx->lineno);
        int off = chars_before(lx, lx->pos);
        lex_set_error(&lx->out->err, lx->src, lx->len, "SyntaxError", lx->lineno, off,
                      lx->lineno, -1, "unexpected EOF while parsing");
        lx->out->error = LEX_ERR_RAISED;
        note_parens(lx);
        return -1;
    }
    lx->cont_line = 1;
    return 0;
}

/* Produces the next token(s); returns 1 at the end, 0 to continue, -1 on error. */
static int next_token(lexer *lx)
{
    if (lx->atbol) {
        lx->atbol = 0;
        if (!lx->cont_line && do_indentation(lx) < 0)
            return -1;
    }
    if (lx->pendin != 0) {
        lex_kind k = lx->pendin > 0 ? T_INDENT : T_DEDENT;
        lx->pendin += lx->pendin > 0 ? -1 : 1;
        if (emit(lx, k, lx->pos, lx->pos) < 0)
            return -1;
        lex_token *t = &lx->out->toks[lx->out->ntoks - 1];
        t->col = t->end_col = -1;
        t->start = (int)lx->line_start + lx->indent_width;  /* for "unexpected indent" */
        return 0;
    }
    int c;
    do
        c = nextc(lx);
    while (c == ' ' || c == '\t' || c == '\f');
    size_t start = lx->pos - 1;
    size_t nl_start = start;    /* a NEWLINE after a comment starts at its '#', as in CPython */
    if (c == '#') {
        while (c != -1 && c != '\n')
            c = nextc(lx);
        start = lx->pos - 1;
    }
    if (c == -1) {
        if (lx->level > 0) {
            lx->out->error = LEX_ERR_EOF;
            note_parens(lx);
            backup(lx);
            emit(lx, T_ERRORTOKEN, lx->len, lx->len);
            return -1;
        }
        backup(lx);
        if (emit(lx, T_ENDMARKER, lx->len, lx->len) < 0)
            return -1;
        return 1;
    }
    if (is_id_start(c))
        return read_name_or_string(lx, c, start);
    if (c == '\n') {
        int blank = lx->out->ntoks == 0 ||
                    lx->out->toks[lx->out->ntoks - 1].kind == T_NEWLINE ||
                    lx->out->toks[lx->out->ntoks - 1].kind == T_INDENT ||
                    lx->out->toks[lx->out->ntoks - 1].kind == T_DEDENT;
        int r = 0;
        if (lx->level == 0 && !blank)
            r = emit(lx, T_NEWLINE, nl_start, start);  /* ends at the '\n', as CPython */
        newline_seen(lx);
        lx->atbol = 1;
        lx->cont_line = 0;
        return r;
    }
    lx->cont_line = 0;
    if (c == '.' && is_digit(peekc(lx, lx->pos))) {
        if (read_number(lx, c) < 0)
            return -1;
        return emit(lx, T_NUMBER, start, lx->pos);
    }
    if (is_digit(c)) {
        if (read_number(lx, c) < 0)
            return -1;
        return emit(lx, T_NUMBER, start, lx->pos);
    }
    if (c == '"' || c == '\'') {
        int line = lx->lineno;
        size_t ls = lx->line_start;
        if (read_string(lx, c, start, &line, &ls) < 0)
            return -1;
        return emit_multiline(lx, T_STRING, start, line, ls);
    }
    if (c == '\\')
        return line_continuation(lx);
    int n;
    lex_kind k = operator_at(lx, c, &n);
    if (track_bracket(lx, c, start) < 0)
        return -1;
    lx->pos = start + (size_t)n;
    return emit(lx, k, start, lx->pos);
}

int lex_tokenize(const char *src, size_t len, lex_result *out)
{
    memset(out, 0, sizeof *out);
    lexer lx;
    memset(&lx, 0, sizeof lx);
    lx.src = src;
    lx.len = len;
    lx.lineno = 1;
    lx.atbol = 1;
    lx.out = out;
    int r;
    while ((r = next_token(&lx)) == 0)
        ;
    if (r < 0 && out->error != LEX_ERR_EOF && out->error != LEX_ERR_NOMEM) {
        /* error token at the error position, for the parser to stop at */
        if (emit(&lx, T_ERRORTOKEN, lx.pos < len ? lx.pos : len, lx.pos < len ? lx.pos : len) < 0)
            return -1;
    }
    return r < 0 ? -1 : 0;
}

void lex_result_free(lex_result *r)
{
    if (r->toks)
        mem_free(r->toks, sizeof *r->toks * (size_t)r->cap);
    ast_error_clear(&r->err);
    r->toks = NULL;
    r->ntoks = r->cap = 0;
}
