/* parser.h - recursive-descent parser for the Python 3.11 subset Coroscope runs.
 *
 * parse_program is the front end in one call: normalise newlines, tokenize
 * (core/lexer.h), parse to an AST (core/ast.h) and build the symbol table
 * (core/symtable.h).  Syntax errors come back in CPython's form and order:
 * tokenizer and parser errors first, then the compile-time placement errors
 * ('await' outside function, ...) found by the symtable.
 *
 * Constructs Coroscope does not support (complex literals, \N{...}
 * escapes) are SyntaxErrors that name the construct, never a silent
 * misparse.
 *
 * Global state: none.  Recursion is bounded (PARSE_MAX_DEPTH nested
 * expression levels), so no input can overflow the C stack.
 *
 * Uses: base.
 */
#ifndef CS_PARSER_H
#define CS_PARSER_H

#include "parser/ast.h"

/* Nested expression/statement levels (brackets stop at 200; a lambda or a
 * power counts 2), a MemoryError beyond, as CPython's parser stack (6,000)
 * overflows.  The symbol table stops nesting deeper than 3,000 first with
 * RecursionError, as CPython 3.11 does at about 2,990 (and at 3,000 elif
 * branches).  Both scale down where the host's stack is smaller
 * (mem_stack_depth: a browser worker). */
#define PARSE_MAX_DEPTH mem_stack_depth(6000)

/* Parses and analyses src[0..len) (UTF-8, any newline convention).
 * On success returns 0 and sets *out (free with ast_tree_free).
 * On error returns -1, sets *out = NULL and fills err (clear it with
 * ast_error_clear).  Out of memory is reported as type "MemoryError". */
int parse_program(const char *src, size_t len, ast_tree **out, ast_error *err);

/* Same without the symbol table pass (for tools dumping the bare AST). */
int parse_program_nosym(const char *src, size_t len, ast_tree **out, ast_error *err);

/* A program file's bytes as the UTF-8 text to parse (source.c): its BOM
 * or PEP 263 coding cookie honoured as CPython does.  0 with *out the
 * decoded text (mem_alloc'd, *outlen + 1 bytes with a NUL) or NULL when
 * src is already that text; -1 with err (SyntaxError "encoding problem:
 * ...") otherwise. */
int source_decode(const char *src, size_t len, char **out, size_t *outlen, ast_error *err);

#endif
