/* dis.c - `coroscope dis FILE`: the code objects of a program in
 * CPython's dis layout, so a learner can see what `yield`, `yield from`
 * and `await` compile to.
 *
 *   Disassembly of <module> (main.py, line 1):
 *     2           0 LOAD_CONST               0 (<code object gen, line 2>)
 *                 1 MAKE_FUNCTION            0
 *                 ...
 *   ExceptionTable:
 *     4 to 9 -> 12 [depth 1]
 *
 * The first column is the line of each statement where it starts (the
 * instructions a step stops at), `>>` marks jump targets, the operand's
 * meaning follows in brackets.  Instruction numbers count instructions.
 */
#include "compiler/dis.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "objects/types.h"

typedef struct Out {
    dis_write_fn write;
    void *user;
    bool space;              /* write a space before the next text */
} Out;

static void put(Out *o, const char *s)
{
    if (!*s)
        return;
    if (o->space) {
        o->space = false;
        o->write(o->user, " ", 1);
    }
    o->write(o->user, s, strlen(s));
}

static void putf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(Out *o, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    put(o, buf);
}

static bool is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP ||
           op == OP_FOR_ITER || op == OP_SEND || op == OP_CHECK_EG_MATCH;
}

/* repr of a constant; code objects without their address. */
static void put_const(Out *o, Obj *k)
{
    if (k->type == &Code_Type) {
        CodeObj *c = (CodeObj *)k;
        putf(o, "<code object %s, line %d>", STR_DATA(c->qualname), c->firstlineno);
        return;
    }
    Obj *r = obj_repr(k);
    if (!r) {
        err_clear();
        put(o, "?");
        return;
    }
    const char *s = STR_DATA(r);
    size_t n = STR_NBYTES(r);
    if (n > 60) {                      /* long constants are cut */
        char cut[61];
        memcpy(cut, s, 57);
        strcpy(cut + 57, "...");
        put(o, cut);
    } else {
        put(o, s);
    }
    DECREF(r);
}

static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

/* What an instruction's argument means, after the argument itself. */
static void put_meaning(Out *o, const CodeObj *c, int op, int arg)
{
    switch (op) {
    case OP_LOAD_CONST:
    case OP_UNSUPPORTED:
        put(o, "(");
        put_const(o, c->consts[arg]);
        put(o, ")");
        return;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_LOAD_DEREF:
    case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE:
        putf(o, "(%s)", STR_DATA(c->slot_names[arg]));
        return;
    case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_ATTR: case OP_LOAD_METHOD:
        putf(o, "(%s)", STR_DATA(c->caches[arg].name));
        return;
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        putf(o, "(%s)", STR_DATA(c->names[arg]));
        return;
    case OP_BINARY_OP:
        putf(o, "(%s)", arg & BINOP_INPLACE ? nbop_inplace_symbol((NbOp)(arg & (BINOP_INPLACE - 1)))
                                            : nbop_symbol((NbOp)arg));
        return;
    case OP_COMPARE_OP:
        putf(o, "(%s)", arg >= 0 && arg < 6 ? cmp_names[arg] : "?");
        return;
    case OP_IS_OP: put(o, arg ? "(is not)" : "(is)"); return;
    case OP_CONTAINS_OP: put(o, arg ? "(not in)" : "(in)"); return;
    case OP_BUILD_SET: putf(o, "(%d items%s)", arg >> 1, arg & 1 ? ", constants" : ""); return;
    case OP_UNPACK_EX: putf(o, "(%d, *, %d)", arg & 0xff, arg >> 8); return;
    case OP_CALL_KW:
        putf(o, "(%d args%s)", arg & 0xffff, arg >> 16 ? ", method" : "");
        return;
    case OP_CALL_EX: put(o, arg & 1 ? "(with **kwargs)" : ""); return;
    case OP_YIELD_VALUE: put(o, arg ? "(in yield from / await)" : ""); return;
    case OP_GET_AWAITABLE: put(o, arg == 1 ? "(__aenter__)" : arg == 2 ? "(__aexit__)" : ""); return;
    case OP_RAISE_VARARGS: put(o, arg == 0 ? "(re-raise)" : arg == 2 ? "(with cause)" : ""); return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = { "", "str", "repr", "ascii" };
        putf(o, "(%s%s%s)", conv[arg & 3], (arg & 3) && (arg & 4) ? ", " : "",
             arg & 4 ? "with format" : "");
        return;
    }
    case OP_MAKE_FUNCTION: {
        static const struct { int flag; const char *name; } parts[] = {
            { MF_DEFAULTS, "defaults" }, { MF_KWDEFAULTS, "kwdefaults" },
            { MF_ANNOTATIONS, "annotations" }, { MF_CLOSURE, "closure" },
        };
        const char *sep = "(";
        for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
            if (arg & parts[i].flag) {
                putf(o, "%s%s", sep, parts[i].name);
                sep = ", ";
            }
        if (arg)
            putf(o, ")");
        return;
    }
    default:
        if (is_jump(op))
            putf(o, "(to %d)", arg);
        return;
    }
}

/* Does an instruction take an argument worth printing? */
static bool has_arg(int op)
{
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_LOAD_BUILD_CLASS:
    case OP_RETURN_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_RERAISE:
    case OP_PUSH_EXC_INFO: case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH: case OP_EXC_CAUGHT:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_IMPORT_STAR: case OP_PREP_RERAISE_STAR:
    case OP_ASYNC_GEN_WRAP: case OP_GET_AITER: case OP_GET_ANEXT: case OP_END_ASYNC_FOR:
    case OP_BEFORE_ASYNC_WITH: case OP_SETUP_ANNOTATIONS: case OP_GET_LEN:
    case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return false;
    default:
        return true;
    }
}

static bool jump_target(const CodeObj *c, int i)
{
    for (int k = 0; k < c->ninstrs; k++)
        if (is_jump(INSTR_OP(c->instrs[k])) && (int)INSTR_ARG(c->instrs[k]) == i)
            return true;
    for (int k = 0; k < c->nexc; k++)
        if ((int)c->exctable[k].target == i)
            return true;
    return false;
}

static void dis_one(Out *o, const CodeObj *c)
{
    if (c->kind == CODE_MODULE)
        putf(o, "Disassembly of <module> (%s, line %d):\n", STR_DATA(c->filename), c->firstlineno);
    else
        putf(o, "Disassembly of <code object %s, line %d>:\n", STR_DATA(c->qualname),
             c->firstlineno);
    for (int i = 0; i < c->ninstrs; i++) {
        Instr in = c->instrs[i];
        int op = INSTR_OP(in), arg = (int)INSTR_ARG(in);
        if (INSTR_IS_STMT(in)) {
            if (i > 0)
                put(o, "\n");
            putf(o, "%4d ", c->pos[i].stmt_line);
        } else {
            put(o, "     ");
        }
        char line[96];
        int len = snprintf(line, sizeof line, "%6s %4d %-24s", jump_target(c, i) ? ">>" : "", i,
                           opcode_name(op));
        if (has_arg(op))
            len += snprintf(line + len, sizeof line - (size_t)len, " %4d", arg);
        while (len > 0 && line[len - 1] == ' ')
            line[--len] = '\0';
        put(o, line);
        if (has_arg(op)) {
            o->space = true;
            put_meaning(o, c, op, arg);
            o->space = false;
        }
        put(o, "\n");
    }
    if (c->nexc) {
        put(o, "ExceptionTable:\n");
        for (int k = 0; k < c->nexc; k++)
            putf(o, "  %u to %u -> %u [depth %u]\n", c->exctable[k].start,
                 c->exctable[k].end - 1, c->exctable[k].target, c->exctable[k].depth);
    }
}

void dis_code(const CodeObj *c, dis_write_fn write, void *user)
{
    Out o = { write, user, false };
    dis_one(&o, c);
    for (int i = 0; i < c->nconsts; i++)
        if (c->consts[i]->type == &Code_Type) {
            put(&o, "\n");
            dis_code((const CodeObj *)c->consts[i], write, user);
        }
}
