/* lexer.c - tokenizer following CPython 3.11's Parser/tokenizer.c.
 *
 * The whole source is tokenized up front into an array; the parser then
 * looks ahead and backtracks freely over it.  Error messages, lines and
 * offsets are CPython's (see the tok_get() comments referenced below).
 */
#include "lexer.h"
#include "mem.h"

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
    if (is_id_char(c)) {
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
        int off = chars_before(lx, start) + 1;
        int end = chars_before(lx, zeros_end);
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
        {"==", T_EQEQUAL}, {"!=", T_NOTEQUAL}, {"<=", T_LESSEQUAL}, {">=", T_GREATEREQUAL},
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
    while (is_id_char(c))
        c = nextc(lx);
    backup(lx);
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
            r = emit(lx, T_NEWLINE, start, start);  /* zero width, as CPython */
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
