/* astdump.c - test driver for the front end (lexer, parser, symtable).
 *
 *   astdump FILE.py           ast.dump(ast.parse(src)) text, or the error
 *   astdump --sym FILE.py     symbol tables, in the format of record.py
 *   astdump --format FILE.py  the error as CPython prints it (stderr text)
 *
 * Errors print as "ERROR <type> <msg> | <lineno> <offset> <end_lineno> <end_offset>".
 * This is a test tool, so it may use stdio (the engine in core/ does not).
 */
#include "parser/ast.h"
#include "base/mem.h"
#include "parser/parser.h"
#include "parser/symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Output buffer (the dump of a large file can be long). */
static void out(const char *s) { fputs(s, stdout); }

/* ---- repr of Python values ------------------------------------------------ */

/* Decodes one UTF-8 code point at s (WTF-8 surrogates allowed). */
static unsigned decode_cp(const unsigned char *s, size_t n, size_t *len)
{
    if (s[0] < 0x80 || n < 2) { *len = 1; return s[0]; }
    if (s[0] < 0xE0) { *len = 2; return ((s[0] & 31u) << 6) | (s[1] & 63u); }
    if (s[0] < 0xF0 || n < 4) {
        *len = 3;
        return ((s[0] & 15u) << 12) | ((s[1] & 63u) << 6) | (s[2] & 63u);
    }
    *len = 4;
    return ((s[0] & 7u) << 18) | ((s[1] & 63u) << 12) | ((s[2] & 63u) << 6) | (s[3] & 63u);
}

/* Approximation of str.isprintable() for the test inputs. */
static int printable(unsigned cp)
{
    if (cp < 0x20 || cp == 0x7f) return 0;
    if (cp >= 0x80 && cp <= 0xa0) return 0;
    if (cp == 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfeff) return 0;
    if ((cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) ||
        (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000) return 0;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || cp == 0xfffe || cp == 0xffff) return 0;
    return 1;
}

/* repr() of a str given as UTF-8 bytes. */
static void repr_str(const char *s, size_t n)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    char buf[16];
    putchar(q);
    for (size_t i = 0; i < n;) {
        size_t len;
        unsigned cp = decode_cp((const unsigned char *)s + i, n - i, &len);
        if (cp == '\\') out("\\\\");
        else if (cp == (unsigned)q) { putchar('\\'); putchar(q); }
        else if (cp == '\n') out("\\n");
        else if (cp == '\r') out("\\r");
        else if (cp == '\t') out("\\t");
        else if (!printable(cp)) {
            if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
            else snprintf(buf, sizeof buf, "\\U%08x", cp);
            out(buf);
        } else
            fwrite(s + i, 1, len, stdout);
        i += len;
    }
    putchar(q);
}

/* repr() of a bytes value. */
static void repr_bytes(const char *s, size_t n)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    char buf[8];
    putchar('b');
    putchar(q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == (unsigned char)q) { putchar('\\'); putchar(c); }
        else if (c == '\n') out("\\n");
        else if (c == '\r') out("\\r");
        else if (c == '\t') out("\\t");
        else if (c < 0x20 || c >= 0x7f) { snprintf(buf, sizeof buf, "\\x%02x", c); out(buf); }
        else putchar(c);
    }
    putchar(q);
}

/* repr() of a float: shortest round-trip digits in Python's layout. */
static void repr_float(double d)
{
    char buf[64], digits[32];
    if (d != d) { out("nan"); return; }
    if (d > 1.7976931348623157e308) { out("inf"); return; }
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    /* buf = d[.ddd]e[+-]XX */
    int nd = 0;
    char *e = strchr(buf, 'e');
    for (char *c = buf; c < e; c++)
        if (*c >= '0' && *c <= '9')
            digits[nd++] = *c;
    digits[nd] = '\0';
    int exp = atoi(e + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        digits[--nd] = '\0';
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out("0.");
            for (int i = -1; i > exp; i--) putchar('0');
            out(digits);
        } else {
            for (int i = 0; i <= exp; i++) putchar(i < nd ? digits[i] : '0');
            putchar('.');
            if (nd > exp + 1) out(digits + exp + 1);
            else putchar('0');
        }
        return;
    }
    putchar(digits[0]);
    if (nd > 1) { putchar('.'); out(digits + 1); }
    snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out(buf);
}

/* ---- ast.dump ---------------------------------------------------------------- */

static void dump_expr(const ast_expr *e);
static void dump_stmt(const ast_stmt *s);

static int nfields;    /* fields printed so far in the current node (for ", ") */

static void field(const char *name)
{
    if (nfields++) out(", ");
    out(name);
    putchar('=');
}

static void dump_expr_seq(ast_expr_seq s)
{
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        if (s.items[i]) dump_expr(s.items[i]);
        else out("None");
    }
    putchar(']');
}

static void dump_stmt_seq(ast_stmt_seq s)
{
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        dump_stmt(s.items[i]);
    }
    putchar(']');
}

/* Fields of the current node; each helper saves/restores the counter. */
#define F_EXPR(name, v) do { const ast_expr *v_ = (v); if (v_) { field(name); int n_ = nfields; dump_expr(v_); nfields = n_; } } while (0)
#define F_EXPRS(name, v) do { field(name); int n_ = nfields; dump_expr_seq(v); nfields = n_; } while (0)
#define F_STMTS(name, v) do { field(name); int n_ = nfields; dump_stmt_seq(v); nfields = n_; } while (0)
#define F_STR(name, v) do { const char *v_ = (v); if (v_) { field(name); repr_str(v_, strlen(v_)); } } while (0)
#define F_INT(name, v) do { field(name); printf("%d", (int)(v)); } while (0)
#define F_RAW(name, v) do { field(name); out(v); } while (0)
#define OPEN(name) int saved_ = nfields; nfields = 0; out(name); putchar('(')
#define CLOSE() putchar(')'); nfields = saved_

static const char *ctx_name(ast_expr_context c)
{
    return c == AST_Store ? "Store()" : c == AST_Del ? "Del()" : "Load()";
}

static void dump_arg(const ast_arg *a)
{
    OPEN("arg");
    F_STR("arg", a->arg);
    F_EXPR("annotation", a->annotation);
    CLOSE();
}

static void dump_args_seq(const char *name, ast_arg_seq s)
{
    field(name);
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        dump_arg(s.items[i]);
    }
    putchar(']');
    nfields = n;
}

static void dump_arguments(const ast_arguments *a)
{
    OPEN("arguments");
    dump_args_seq("posonlyargs", a->posonlyargs);
    dump_args_seq("args", a->args);
    if (a->vararg) { field("vararg"); int n = nfields; dump_arg(a->vararg); nfields = n; }
    dump_args_seq("kwonlyargs", a->kwonlyargs);
    F_EXPRS("kw_defaults", a->kw_defaults);
    if (a->kwarg) { field("kwarg"); int n = nfields; dump_arg(a->kwarg); nfields = n; }
    F_EXPRS("defaults", a->defaults);
    CLOSE();
}

static void dump_comprehensions(ast_comprehension_seq s)
{
    field("generators");
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        const ast_comprehension *c = s.items[i];
        if (i) out(", ");
        OPEN("comprehension");
        F_EXPR("target", c->target);
        F_EXPR("iter", c->iter);
        F_EXPRS("ifs", c->ifs);
        F_INT("is_async", c->is_async);
        CLOSE();
    }
    putchar(']');
    nfields = n;
}

static void dump_keywords(ast_keyword_seq s)
{
    field("keywords");
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        OPEN("keyword");
        F_STR("arg", s.items[i]->arg);
        F_EXPR("value", s.items[i]->value);
        CLOSE();
    }
    putchar(']');
    nfields = n;
}

static void dump_constant(const ast_expr *e)
{
    const ast_constant *c = &e->v.Constant.value;
    field("value");
    switch (c->kind) {
    case AST_CONST_NONE: out("None"); break;
    case AST_CONST_TRUE: out("True"); break;
    case AST_CONST_FALSE: out("False"); break;
    case AST_CONST_ELLIPSIS: out("Ellipsis"); break;
    case AST_CONST_INT: out(c->str); break;
    case AST_CONST_FLOAT: repr_float(c->f); break;
    case AST_CONST_STR: repr_str(c->str, c->len); break;
    case AST_CONST_BYTES: repr_bytes(c->str, c->len); break;
    }
    F_STR("kind", e->v.Constant.kind);
}

static void dump_expr(const ast_expr *e)
{
    OPEN(ast_expr_kind_name(e->kind));
    switch (e->kind) {
    case AST_BoolOp:
        F_RAW("op", e->v.BoolOp.op == AST_And ? "And()" : "Or()");
        F_EXPRS("values", e->v.BoolOp.values);
        break;
    case AST_NamedExpr:
        F_EXPR("target", e->v.NamedExpr.target);
        F_EXPR("value", e->v.NamedExpr.value);
        break;
    case AST_BinOp:
        F_EXPR("left", e->v.BinOp.left);
        field("op"); out(ast_operator_name(e->v.BinOp.op)); out("()");
        F_EXPR("right", e->v.BinOp.right);
        break;
    case AST_UnaryOp:
        field("op"); out(ast_unaryop_name(e->v.UnaryOp.op)); out("()");
        F_EXPR("operand", e->v.UnaryOp.operand);
        break;
    case AST_Lambda:
        field("args"); { int n = nfields; dump_arguments(e->v.Lambda.args); nfields = n; }
        F_EXPR("body", e->v.Lambda.body);
        break;
    case AST_IfExp:
        F_EXPR("test", e->v.IfExp.test);
        F_EXPR("body", e->v.IfExp.body);
        F_EXPR("orelse", e->v.IfExp.orelse);
        break;
    case AST_Dict:
        F_EXPRS("keys", e->v.Dict.keys);
        F_EXPRS("values", e->v.Dict.values);
        break;
    case AST_Set: F_EXPRS("elts", e->v.Set.elts); break;
    case AST_ListComp:
        F_EXPR("elt", e->v.ListComp.elt);
        dump_comprehensions(e->v.ListComp.generators);
        break;
    case AST_SetComp:
        F_EXPR("elt", e->v.SetComp.elt);
        dump_comprehensions(e->v.SetComp.generators);
        break;
    case AST_GeneratorExp:
        F_EXPR("elt", e->v.GeneratorExp.elt);
        dump_comprehensions(e->v.GeneratorExp.generators);
        break;
    case AST_DictComp:
        F_EXPR("key", e->v.DictComp.key);
        F_EXPR("value", e->v.DictComp.value);
        dump_comprehensions(e->v.DictComp.generators);
        break;
    case AST_Await: F_EXPR("value", e->v.Await.value); break;
    case AST_Yield: F_EXPR("value", e->v.Yield.value); break;
    case AST_YieldFrom: F_EXPR("value", e->v.YieldFrom.value); break;
    case AST_Compare:
        F_EXPR("left", e->v.Compare.left);
        field("ops");
        putchar('[');
        for (int i = 0; i < e->v.Compare.ops.count; i++) {
            if (i) out(", ");
            out(ast_cmpop_name(e->v.Compare.ops.items[i]));
            out("()");
        }
        putchar(']');
        F_EXPRS("comparators", e->v.Compare.comparators);
        break;
    case AST_Call:
        F_EXPR("func", e->v.Call.func);
        F_EXPRS("args", e->v.Call.args);
        dump_keywords(e->v.Call.keywords);
        break;
    case AST_FormattedValue:
        F_EXPR("value", e->v.FormattedValue.value);
        F_INT("conversion", e->v.FormattedValue.conversion);
        F_EXPR("format_spec", e->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr: F_EXPRS("values", e->v.JoinedStr.values); break;
    case AST_Constant: dump_constant(e); break;
    case AST_Attribute:
        F_EXPR("value", e->v.Attribute.value);
        F_STR("attr", e->v.Attribute.attr);
        F_RAW("ctx", ctx_name(e->v.Attribute.ctx));
        break;
    case AST_Subscript:
        F_EXPR("value", e->v.Subscript.value);
        F_EXPR("slice", e->v.Subscript.slice);
        F_RAW("ctx", ctx_name(e->v.Subscript.ctx));
        break;
    case AST_Starred:
        F_EXPR("value", e->v.Starred.value);
        F_RAW("ctx", ctx_name(e->v.Starred.ctx));
        break;
    case AST_Name:
        F_STR("id", e->v.Name.id);
        F_RAW("ctx", ctx_name(e->v.Name.ctx));
        break;
    case AST_List:
        F_EXPRS("elts", e->v.List.elts);
        F_RAW("ctx", ctx_name(e->v.List.ctx));
        break;
    case AST_Tuple:
        F_EXPRS("elts", e->v.Tuple.elts);
        F_RAW("ctx", ctx_name(e->v.Tuple.ctx));
        break;
    case AST_Slice:
        F_EXPR("lower", e->v.Slice.lower);
        F_EXPR("upper", e->v.Slice.upper);
        F_EXPR("step", e->v.Slice.step);
        break;
    }
    CLOSE();
}

static void dump_aliases(ast_alias_seq s)
{
    field("names");
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        OPEN("alias");
        F_STR("name", s.items[i]->name);
        F_STR("asname", s.items[i]->asname);
        CLOSE();
    }
    putchar(']');
    nfields = n;
}

static void dump_idents(ast_ident_seq s)
{
    field("names");
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        repr_str(s.items[i], strlen(s.items[i]));
    }
    putchar(']');
}

static void dump_withitems(ast_withitem_seq s)
{
    field("items");
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        OPEN("withitem");
        F_EXPR("context_expr", s.items[i]->context_expr);
        F_EXPR("optional_vars", s.items[i]->optional_vars);
        CLOSE();
    }
    putchar(']');
    nfields = n;
}

static void dump_handlers(ast_excepthandler_seq s)
{
    field("handlers");
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        OPEN("ExceptHandler");
        F_EXPR("type", s.items[i]->type);
        F_STR("name", s.items[i]->name);
        F_STMTS("body", s.items[i]->body);
        CLOSE();
    }
    putchar(']');
    nfields = n;
}

static void dump_pattern(const ast_pattern *x);

static void dump_pattern_seq(const char *name, ast_pattern_seq s)
{
    field(name);
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        dump_pattern(s.items[i]);
    }
    putchar(']');
    nfields = n;
}

static void dump_pattern(const ast_pattern *x)
{
    OPEN(ast_pattern_kind_name(x->kind));
    switch (x->kind) {
    case AST_MatchValue: F_EXPR("value", x->v.MatchValue.value); break;
    case AST_MatchSingleton:
        F_RAW("value", x->v.MatchSingleton.value == AST_CONST_NONE ? "None"
                       : x->v.MatchSingleton.value == AST_CONST_TRUE ? "True" : "False");
        break;
    case AST_MatchSequence: dump_pattern_seq("patterns", x->v.MatchSequence.patterns); break;
    case AST_MatchMapping:
        F_EXPRS("keys", x->v.MatchMapping.keys);
        dump_pattern_seq("patterns", x->v.MatchMapping.patterns);
        F_STR("rest", x->v.MatchMapping.rest);
        break;
    case AST_MatchClass:
        F_EXPR("cls", x->v.MatchClass.cls);
        dump_pattern_seq("patterns", x->v.MatchClass.patterns);
        field("kwd_attrs");
        putchar('[');
        for (int i = 0; i < x->v.MatchClass.kwd_attrs.count; i++) {
            if (i) out(", ");
            repr_str(x->v.MatchClass.kwd_attrs.items[i], strlen(x->v.MatchClass.kwd_attrs.items[i]));
        }
        putchar(']');
        dump_pattern_seq("kwd_patterns", x->v.MatchClass.kwd_patterns);
        break;
    case AST_MatchStar: F_STR("name", x->v.MatchStar.name); break;
    case AST_MatchAs:
        if (x->v.MatchAs.pattern) {
            field("pattern");
            int n = nfields;
            dump_pattern(x->v.MatchAs.pattern);
            nfields = n;
        }
        F_STR("name", x->v.MatchAs.name);
        break;
    case AST_MatchOr: dump_pattern_seq("patterns", x->v.MatchOr.patterns); break;
    }
    CLOSE();
}

static void dump_cases(ast_match_case_seq s)
{
    field("cases");
    int n = nfields;
    putchar('[');
    for (int i = 0; i < s.count; i++) {
        if (i) out(", ");
        OPEN("match_case");
        field("pattern");
        int m = nfields;
        dump_pattern(s.items[i]->pattern);
        nfields = m;
        F_EXPR("guard", s.items[i]->guard);
        F_STMTS("body", s.items[i]->body);
        CLOSE();
    }
    putchar(']');
    nfields = n;
}

static void dump_stmt(const ast_stmt *s)
{
    OPEN(ast_stmt_kind_name(s->kind));
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef:
        F_STR("name", s->v.FunctionDef.name);
        field("args"); { int n = nfields; dump_arguments(s->v.FunctionDef.args); nfields = n; }
        F_STMTS("body", s->v.FunctionDef.body);
        F_EXPRS("decorator_list", s->v.FunctionDef.decorator_list);
        F_EXPR("returns", s->v.FunctionDef.returns);
        break;
    case AST_ClassDef:
        F_STR("name", s->v.ClassDef.name);
        F_EXPRS("bases", s->v.ClassDef.bases);
        dump_keywords(s->v.ClassDef.keywords);
        F_STMTS("body", s->v.ClassDef.body);
        F_EXPRS("decorator_list", s->v.ClassDef.decorator_list);
        break;
    case AST_Return: F_EXPR("value", s->v.Return.value); break;
    case AST_Delete: F_EXPRS("targets", s->v.Delete.targets); break;
    case AST_Assign:
        F_EXPRS("targets", s->v.Assign.targets);
        F_EXPR("value", s->v.Assign.value);
        break;
    case AST_AugAssign:
        F_EXPR("target", s->v.AugAssign.target);
        field("op"); out(ast_operator_name(s->v.AugAssign.op)); out("()");
        F_EXPR("value", s->v.AugAssign.value);
        break;
    case AST_AnnAssign:
        F_EXPR("target", s->v.AnnAssign.target);
        F_EXPR("annotation", s->v.AnnAssign.annotation);
        F_EXPR("value", s->v.AnnAssign.value);
        F_INT("simple", s->v.AnnAssign.simple);
        break;
    case AST_For: case AST_AsyncFor:
        F_EXPR("target", s->v.For.target);
        F_EXPR("iter", s->v.For.iter);
        F_STMTS("body", s->v.For.body);
        F_STMTS("orelse", s->v.For.orelse);
        break;
    case AST_While:
        F_EXPR("test", s->v.While.test);
        F_STMTS("body", s->v.While.body);
        F_STMTS("orelse", s->v.While.orelse);
        break;
    case AST_If:
        F_EXPR("test", s->v.If.test);
        F_STMTS("body", s->v.If.body);
        F_STMTS("orelse", s->v.If.orelse);
        break;
    case AST_With: case AST_AsyncWith:
        dump_withitems(s->v.With.items);
        F_STMTS("body", s->v.With.body);
        break;
    case AST_Raise:
        F_EXPR("exc", s->v.Raise.exc);
        F_EXPR("cause", s->v.Raise.cause);
        break;
    case AST_Try: case AST_TryStar:
        F_STMTS("body", s->v.Try.body);
        dump_handlers(s->v.Try.handlers);
        F_STMTS("orelse", s->v.Try.orelse);
        F_STMTS("finalbody", s->v.Try.finalbody);
        break;
    case AST_Assert:
        F_EXPR("test", s->v.Assert.test);
        F_EXPR("msg", s->v.Assert.msg);
        break;
    case AST_Import: dump_aliases(s->v.Import.names); break;
    case AST_ImportFrom:
        F_STR("module", s->v.ImportFrom.module);
        dump_aliases(s->v.ImportFrom.names);
        F_INT("level", s->v.ImportFrom.level);
        break;
    case AST_Global: dump_idents(s->v.Global.names); break;
    case AST_Nonlocal: dump_idents(s->v.Nonlocal.names); break;
    case AST_Expr: F_EXPR("value", s->v.Expr.value); break;
    case AST_Pass: case AST_Break: case AST_Continue: break;
    case AST_Match:
        F_EXPR("subject", s->v.Match.subject);
        dump_cases(s->v.Match.cases);
        break;
    }
    CLOSE();
}

/* ---- symtable dump ------------------------------------------------------------ */

static const char *flavor_name(sym_flavor f)
{
    switch (f) {
    case SYM_LOCAL: return "LOCAL";
    case SYM_GLOBAL_EXPLICIT: return "GLOBAL_EXPLICIT";
    case SYM_GLOBAL_IMPLICIT: return "GLOBAL_IMPLICIT";
    case SYM_FREE: return "FREE";
    case SYM_CELL: return "CELL";
    }
    return "NONE";
}

static int cmp_entries(const void *a, const void *b)
{
    return strcmp(((const sym_entry *)a)->name, ((const sym_entry *)b)->name);
}

/* Same layout as record.py's symtable dump. */
static void dump_scope(const sym_scope *s, int indent)
{
    static const struct { int bit; const char *name; } flags[] = {
        {SYM_DEF_GLOBAL, "global"}, {SYM_DEF_LOCAL, "assigned"}, {SYM_DEF_PARAM, "param"},
        {SYM_DEF_NONLOCAL, "nonlocal"}, {SYM_USE, "use"}, {SYM_DEF_IMPORT, "import"},
    };
    printf("%*s%s %s line %d\n", indent, "", sym_block_name(s->type), s->name, s->lineno);
    sym_entry *sorted = malloc(sizeof *sorted * (size_t)(s->nsymbols + 1));
    if (s->nsymbols)
        memcpy(sorted, s->symbols, sizeof *sorted * (size_t)s->nsymbols);
    qsort(sorted, (size_t)s->nsymbols, sizeof *sorted, cmp_entries);
    for (int i = 0; i < s->nsymbols; i++) {
        printf("%*s  %s %s", indent, "", sorted[i].name, flavor_name(sorted[i].scope));
        const char *sep = " ";
        for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
            if (sorted[i].flags & flags[k].bit) {
                printf("%s%s", sep, flags[k].name);
                sep = ",";
            }
        putchar('\n');
    }
    free(sorted);
    if (s->type != SYM_MODULE) {
        printf("%*s  slots:", indent, "");
        for (int i = 0; i < s->nlocalsplus; i++)
            printf(" %s:%s", s->slot_names[i], flavor_name(s->slot_kinds[i]));
        printf("\n%*s  kind:%s%s%s%s\n", indent, "", s->is_generator ? " generator" : "",
               s->is_coroutine ? " coroutine" : "", s->is_async_generator ? " async_generator" : "",
               s->needs_class_cell ? " class_cell" : "");
    }
    for (int i = 0; i < s->nchildren; i++)
        dump_scope(s->children[i], indent + 2);
}

/* ---- main ------------------------------------------------------------------------ */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *b = malloc(cap);
    size_t r;
    while ((r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            b = realloc(b, cap *= 2);
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    int mode = 0;   /* 0 dump, 1 sym, 2 format */
    int ai = 1;
    if (argc > 2 && !strcmp(argv[1], "--sym")) mode = 1, ai = 2;
    else if (argc > 2 && !strcmp(argv[1], "--format")) mode = 2, ai = 2;
    if (ai >= argc) {
        fprintf(stderr, "usage: astdump [--sym|--format] FILE.py\n");
        return 2;
    }
    size_t len;
    char *src = read_file(argv[ai], &len);
    if (!src) {
        perror(argv[ai]);
        return 2;
    }
    ast_tree *t;
    ast_error err;
    int rc = parse_program(src, len, &t, &err);
    if (rc == 0 && mode == 0) {
        /* the symtable mangles private names in place (__x in class A is
         * _A__x): dump the tree as the parser made it, as ast.dump does */
        ast_tree_free(t);
        rc = parse_program_nosym(src, len, &t, &err);
    }
    free(src);
    if (rc < 0) {
        if (mode == 2) {
            char buf[8192];
            ast_error_format(&err, "main.py", buf, sizeof buf);
            fputs(buf, stdout);
        } else
            printf("ERROR %s %s | %d %d %d %d\n", err.type, err.msg, err.lineno, err.offset,
                   err.end_lineno, err.end_offset);
        ast_error_clear(&err);
        return 0;
    }
    if (mode == 1)
        dump_scope(t->top, 0);
    else if (mode == 0) {
        out("Module(body=");
        nfields = 1;
        dump_stmt_seq(t->mod->body);
        out(", type_ignores=[])\n");
    } else
        out("OK\n");
    ast_tree_free(t);
    if (mem_in_use() != 0)
        fprintf(stderr, "astdump: %zu bytes leaked\n", mem_in_use());
    return 0;
}
