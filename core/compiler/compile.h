/* compile.h - the compiler: a parsed and analysed AST (parser/symtable.h)
 * to code objects (code.h), one per module, function, lambda, class body
 * and comprehension, as CPython 3.11's compile.c shapes them: heap frames
 * with localsplus slots, an exception table instead of a block stack, and
 * `finally` bodies copied onto each path that leaves them.
 *
 * The AST may be freed once compiled: code objects own everything they
 * use.  Uses: parser (the tree), objects (constants), base.
 */
#ifndef CS_COMPILE_H
#define CS_COMPILE_H

#include "compiler/code.h"
#include "parser/ast.h"

/* Compiles a whole program.  Returns the module's code object, or NULL
 * with err filled: a SyntaxError the compiler found (CPython's message
 * and position), or type "MemoryError". */
CodeObj *compile_module(const ast_tree *tree, const char *filename, ast_error *err);

/* The same, for compile(): with a displayhook (mode "single"), each
 * expression statement of the module calls displayhook(value). */
CodeObj *compile_module_ex(const ast_tree *tree, const char *filename, Obj *displayhook,
                           ast_error *err);

/* Compiles the expression `e` of `tree` (parsed from an eval() string)
 * into code that returns its value; NULL with err filled as above. */
CodeObj *compile_eval(const ast_tree *tree, const ast_expr *e, const char *filename,
                      ast_error *err);

#endif
