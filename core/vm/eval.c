/* eval.c - eval() of an expression string: parse it, compile it, run it
 * in the globals and locals given.
 */
#include <string.h>

#include "compiler/compile.h"
#include "objects/exc.h"
#include "objects/types.h"
#include "parser/parser.h"
#include "vm/trace.h"
#include "vm/vm.h"

/* Raises SyntaxError(msg, ("<string>", line, offset, text, end_line,
 * end_offset)) as CPython's compile() does; or the MemoryError or
 * RecursionError that stopped the compilation. */
static const char *syntax_filename = "<string>";   /* compile()'s filename meanwhile */

static Obj *eval_syntax_error(const char *type, const char *msg, int line, int off,
                              const char *text, int eline, int eoff)
{
    TypeObj *t = type && strcmp(type, "IndentationError") == 0 ? Exc_IndentationError
                                                               : Exc_SyntaxError;
    if (type && strcmp(type, "MemoryError") == 0)
        return err_nomemory();
    if (type && strcmp(type, "RecursionError") == 0) {   /* too deep to compile */
        err_format(Exc_RecursionError, "%s", msg);
        return NULL;
    }
    Obj *m = str_from_cstr(msg);
    Obj *info = m ? str_from_cstr(syntax_filename) : NULL;
    Obj *tx = text ? str_from_cstr(text) : none_new();
    Obj *l = int_from_i64(line), *o = int_from_i64(off);
    Obj *el = int_from_i64(eline), *eo = int_from_i64(eoff);
    Obj *tup = info && tx && l && o && el && eo ? tuple_pack(6, info, l, o, tx, el, eo) : NULL;
    if (tup) {
        Obj *args[2] = { m, tup };
        Obj *e = exc_new(t, args, 2);
        if (e) {
            exc_set_context(e, interp_handled_exc());
            err_restore(e);
        }
    }
    XDECREF(m); XDECREF(info); XDECREF(tx); XDECREF(l); XDECREF(o); XDECREF(el); XDECREF(eo);
    XDECREF(tup);
    return NULL;
}

static Obj *eval_error(ast_error *err)
{
    eval_syntax_error(err->type, err->msg, err->lineno, err->offset, err->text,
                      err->end_lineno, err->end_offset);
    ast_error_clear(err);
    return NULL;
}

/* "<string>", or for an eval() by a library module (dataclasses makes
 * __init__ so) a name under the library's folder, so that the step trace
 * hides the code made as it hides the module's own. */
static const char *eval_filename(void)
{
    FrameObj *f = ev.frame;
    return f && !trace_code_shown(f->code->filename) ? "/coroscope/lib/<string>" : "<string>";
}

/* The code of an eval() string: NULL + SyntaxError unless it is exactly
 * one expression. */
static CodeObj *eval_compile_inhibited(const char *src, size_t len, const char *filename)
{
    ast_tree *tree = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    if (parse_program(src, len, &tree, &err) < 0)
        return (CodeObj *)eval_error(&err);
    const ast_stmt_seq *b = &tree->mod->body;
    const ast_expr *v = b->count == 1 && b->items[0]->kind == AST_Expr
                      ? b->items[0]->v.Expr.value : NULL;
    CodeObj *code = NULL;
    if (!v) {
        const ast_stmt *s = b->count ? b->items[b->count > 1 ? 1 : 0] : NULL;
        int line = s ? s->lineno : 0, col = s ? s->col_offset + 1 : 0;
        eval_syntax_error("SyntaxError", "invalid syntax", line, col, NULL, line, col);
    } else if (!(code = compile_eval(tree, v, filename, &err))) {
        ast_error_set_text(&err, src, len);
        eval_error(&err);
    }
    ast_tree_free(tree);
    return code;
}

/* The parser and the compiler are never paused in (trace.h). */
static CodeObj *eval_compile(const char *src, size_t len)
{
    trace_pause_inhibit++;
    CodeObj *code = eval_compile_inhibited(src, len, eval_filename());
    trace_pause_inhibit--;
    return code;
}

Obj *eval_source(Obj *source, Obj *globals, Obj *locals)
{
    const char *src = STR_DATA(source);
    size_t len = STR_NBYTES(source);
    while (len && (*src == ' ' || *src == '\t')) {    /* as CPython's eval */
        src++;
        len--;
    }
    /* a bare `yield x` is a statement (the symtable would call it "'yield'
     * outside function"); only `(yield x)` is an expression */
    unsigned char after = len > 5 ? (unsigned char)src[5] : ' ';
    bool ident = after == '_' || after >= 0x80 || ((after | 0x20) >= 'a' && (after | 0x20) <= 'z') ||
                 (after >= '0' && after <= '9');
    if (len >= 5 && memcmp(src, "yield", 5) == 0 && !ident)
        return eval_syntax_error("SyntaxError", "invalid syntax", 1, 1, NULL, 1, 1);
    CodeObj *code = eval_compile(src, len);
    if (!code)
        return NULL;
    FrameObj *f = frame_new(code, globals, locals);
    DECREF(code);
    if (!f)
        return NULL;
    Obj *r = vm_execute(f, NULL, NULL);
    DECREF(f);
    return r;
}

Obj *exec_module_source(const char *src, size_t len, Obj *filename, Obj *globals)
{
    ast_tree *tree = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    CodeObj *code = NULL;
    trace_pause_inhibit++;                           /* the compiler is never paused in */
    if (parse_program(src, len, &tree, &err) == 0) {
        code = compile_module(tree, STR_DATA(filename), &err);
        ast_tree_free(tree);
    }
    trace_pause_inhibit--;
    if (!code) {
        ast_error_set_text(&err, src, len);
        return eval_error(&err);
    }
    FrameObj *f = frame_new(code, globals, globals);
    DECREF(code);
    if (!f)
        return NULL;
    Obj *r = vm_execute(f, NULL, NULL);
    DECREF(f);
    return r;
}

/* A statement string compiled as `mode` "exec" (a module) or "single"
 * (one statement whose expressions are shown by displayhook). */
static CodeObj *exec_compile_inhibited(const char *src, size_t len, const char *filename,
                                       Obj *displayhook)
{
    ast_tree *tree = NULL;
    ast_error err;
    memset(&err, 0, sizeof err);
    if (parse_program(src, len, &tree, &err) < 0)
        return (CodeObj *)eval_error(&err);
    CodeObj *code = NULL;
    const ast_stmt_seq *b = &tree->mod->body;
    if (displayhook && b->count > 1) {
        const ast_stmt *s = b->items[0];
        eval_syntax_error("SyntaxError", "multiple statements found while compiling a single "
                          "statement", s->lineno, s->col_offset + 1, NULL, s->end_lineno,
                          s->end_col_offset + 1);
    } else if (!(code = compile_module_ex(tree, filename, displayhook, &err))) {
        ast_error_set_text(&err, src, len);
        eval_error(&err);
    }
    ast_tree_free(tree);
    return code;
}

Obj *compile_source(Obj *source, Obj *filename, const char *mode, Obj *displayhook)
{
    const char *src = STR_DATA(source);
    size_t len = STR_NBYTES(source);
    const char *fn = STR_DATA(filename);
    syntax_filename = fn;
    trace_pause_inhibit++;
    CodeObj *code;
    if (strcmp(mode, "eval") == 0) {
        while (len && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
        code = eval_compile_inhibited(src, len, fn);
    } else {
        code = exec_compile_inhibited(src, len, fn, strcmp(mode, "single") == 0 ? displayhook
                                                                                  : NULL);
    }
    trace_pause_inhibit--;
    syntax_filename = "<string>";
    return (Obj *)code;
}

Obj *exec_code(Obj *code, Obj *globals, Obj *locals)
{
    FrameObj *f = frame_new((CodeObj *)code, globals, locals);
    if (!f)
        return NULL;
    Obj *r = vm_execute(f, NULL, NULL);
    DECREF(f);
    return r;
}
