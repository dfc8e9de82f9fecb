/* lexer.h - tokenizer for Python 3.11 source, as CPython's Parser/tokenizer.c.
 *
 * lex_tokenize turns a whole source text into an array of tokens (NAME,
 * NUMBER, STRING, operators, NEWLINE, INDENT, DEDENT, ENDMARKER).  Like
 * CPython it handles indentation with tabs (tab stops of 8 plus the
 * tab-size-1 consistency check), implicit line joining inside brackets,
 * backslash continuation, comments and blank lines.  A STRING token is the
 * whole literal including prefix and quotes (f-strings too, as in 3.11);
 * the parser decodes it.  Numbers are validated here (CPython's messages)
 * and converted by the parser.
 *
 * On a tokenizer error the array ends with a T_ERRORTOKEN and the result
 * records the error; the parser raises it when it reaches that token, or
 * lets it take priority over a later parser error as CPython does.
 *
 * Global state: none.
 */
#ifndef CS_LEXER_H
#define CS_LEXER_H

#include "parser/ast.h"

typedef enum lex_kind {
    T_ENDMARKER = 0, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_COLON, T_COMMA, T_SEMI, T_PLUS, T_MINUS,
    T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL, T_DOT,
    T_PERCENT, T_LBRACE, T_RBRACE, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL,
    T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT,
    T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL,
    T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL,
    T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH,
    T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL,
    T_OP_UNKNOWN,       /* a character that is no token ('$', '?', '!', '`') */
    T_ERRORTOKEN        /* tokenizer error; see lex_result.error */
} lex_kind;

/* Keywords (hard and soft); NAME tokens carry one of these or KW_NONE_. */
typedef enum lex_kw {
    KW_NONE_ = 0,
    KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await,
    KW_break, KW_class, KW_continue, KW_def, KW_del, KW_elif, KW_else,
    KW_except, KW_finally, KW_for, KW_from, KW_global, KW_if, KW_import,
    KW_in, KW_is, KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise,
    KW_return, KW_try, KW_while, KW_with, KW_yield,
    KW_SOFT_FIRST,      /* soft keywords below are ordinary names too */
    KW_match = KW_SOFT_FIRST, KW_case, KW_type
} lex_kw;

/* One token.  Positions are CPython's: 1-based lines, 0-based byte columns;
 * start/end are byte offsets into the (normalised) source. */
typedef struct lex_token {
    lex_kind kind;      /* token type */
    int kw;             /* lex_kw for NAME tokens, else 0 */
    int start, end;     /* byte range in the source */
    int lineno, col;    /* start position */
    int end_lineno, end_col; /* end position (exclusive column) */
} lex_token;

/* How the tokenizer stopped. */
typedef enum lex_errkind {
    LEX_OK = 0,
    LEX_ERR_RAISED,     /* error with its own message (CPython sets PyErr) */
    LEX_ERR_INDENT,     /* E_DEDENT / E_TABSPACE / E_TOODEEP: raised when reached */
    LEX_ERR_EOF,        /* end of file inside brackets or after a backslash */
    LEX_ERR_NOMEM       /* out of memory */
} lex_errkind;

typedef struct lex_result {
    lex_token *toks;    /* mem_alloc'd array, last is ENDMARKER or ERRORTOKEN */
    int ntoks;          /* number of tokens */
    int cap;            /* allocated entries */
    lex_errkind error;  /* LEX_OK if the whole source tokenized */
    ast_error err;      /* the tokenizer error (LEX_ERR_RAISED/INDENT/EOF) */
    int paren_depth;    /* open brackets at the error point */
    char paren_char;    /* innermost open bracket at the error point */
    int paren_lineno;   /* its line */
    int paren_col;      /* its byte column */
} lex_result;

/* Tokenizes src[0..len) (newlines already normalised to '\n').  Always
 * fills out; returns 0 if the whole source tokenized, -1 otherwise. */
int lex_tokenize(const char *src, size_t len, lex_result *out);

/* Frees the token array and the error text. */
void lex_result_free(lex_result *r);

/* Fills err with a SyntaxError-family error at a 1-based character offset
 * range on `lineno`, copying that line of src as err->text. */
void lex_set_error(ast_error *err, const char *src, size_t len, const char *type,
                   int lineno, int offset, int end_lineno, int end_offset,
                   const char *msg);

/* Byte offset of the start of line `lineno` (1-based) in src. */
size_t lex_line_start(const char *src, size_t len, int lineno);

/* 1-based character offset of byte column `col` on line `lineno`
 * (CPython's _PyPegen_byte_offset_to_character_offset applied to col+1). */
int lex_char_offset(const char *src, size_t len, int lineno, int col);

/* Name of a token kind for debugging ("NAME", "LPAR", ...). */
const char *lex_kind_name(lex_kind k);

#endif
