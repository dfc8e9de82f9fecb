/* opcodes.h - the instruction set of the Coroscope VM, one line per
 * instruction.  `coroscope dis FILE` prints programs in these terms.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits, its
 * argument A in the high 24.  Jump targets are absolute instruction
 * indices.  The high bit of the opcode byte (OP_STMT) marks the first
 * instruction of a statement: the VM then counts a step, reports a "line"
 * event and remembers the statement's line before running the instruction.
 *
 * Notation: the value stack grows to the right; `a b -> c` pops b and a
 * and pushes c.  L[A] is local slot A (parameters, locals, cells, frees:
 * the frame's "localsplus"), K[A] constant A, N[A] name A, C[A] inline
 * cache A (which holds its name).  CPython 3.11's instructions of the same
 * name are the model; where this set differs it says so.
 */
#ifndef CS_OPCODES_H
#define CS_OPCODES_H

#include <stdint.h>

#define OPCODES(X) \
    /* stack manipulation */ \
    X(NOP,                 "nothing (a statement that compiles to no work)") \
    X(POP_TOP,             "a ->") \
    X(COPY,                "... a(A-th from top) -> ... a a") \
    X(SWAP,                "swap the top with the A-th from top") \
    /* names */ \
    X(LOAD_CONST,          "-> K[A]") \
    X(LOAD_FAST,           "-> L[A] (UnboundLocalError if unbound)") \
    X(STORE_FAST,          "a -> ; L[A] = a") \
    X(DELETE_FAST,         "L[A] = unbound (UnboundLocalError if it was)") \
    X(LOAD_DEREF,          "-> contents of the cell in L[A]") \
    X(STORE_DEREF,         "a -> ; cell L[A] = a") \
    X(DELETE_DEREF,        "empty the cell in L[A]") \
    X(LOAD_CLASSDEREF,     "class body: -> namespace[name of L[A]], else the cell's contents") \
    X(LOAD_CLOSURE,        "-> the cell object in L[A] (to build a closure)") \
    X(LOAD_GLOBAL,         "-> globals[C[A]] or builtins[C[A]] (cached by dict keys version)") \
    X(STORE_GLOBAL,        "a -> ; globals[N[A]] = a") \
    X(DELETE_GLOBAL,       "del globals[N[A]]") \
    X(LOAD_NAME,           "-> locals[C[A]], else globals, else builtins (module and class bodies)") \
    X(STORE_NAME,          "a -> ; locals[N[A]] = a") \
    X(DELETE_NAME,         "del locals[N[A]]") \
    /* attributes and items */ \
    X(LOAD_ATTR,           "o -> o.C[A]") \
    X(LOAD_METHOD,         "o -> meth o (a plain function found on the type), or o.C[A] NULL") \
    X(STORE_ATTR,          "v o -> ; o.N[A] = v") \
    X(DELETE_ATTR,         "o -> ; del o.N[A]") \
    X(BINARY_SUBSCR,       "o k -> o[k]") \
    X(STORE_SUBSCR,        "v o k -> ; o[k] = v") \
    X(DELETE_SUBSCR,       "o k -> ; del o[k]") \
    /* operators */ \
    X(BINARY_OP,           "a b -> a OP b; A = NbOp, + BINOP_INPLACE for a OP= b") \
    X(UNARY_NEGATIVE,      "a -> -a") \
    X(UNARY_POSITIVE,      "a -> +a") \
    X(UNARY_INVERT,        "a -> ~a") \
    X(UNARY_NOT,           "a -> not a") \
    X(COMPARE_OP,          "a b -> a CMP b; A = CMP_LT ... CMP_GE") \
    X(IS_OP,               "a b -> a is b (A = 1: is not)") \
    X(CONTAINS_OP,         "a b -> a in b (A = 1: not in)") \
    /* jumps */ \
    X(JUMP,                "goto A") \
    X(POP_JUMP_IF_FALSE,   "a -> ; if not a: goto A") \
    X(POP_JUMP_IF_TRUE,    "a -> ; if a: goto A") \
    X(JUMP_IF_FALSE_OR_POP,"a -> a and goto A if not a, else ->") \
    X(JUMP_IF_TRUE_OR_POP, "a -> a and goto A if a, else ->") \
    /* iteration */ \
    X(GET_ITER,            "a -> iter(a)") \
    X(FOR_ITER,            "it -> it next(it); exhausted: it -> and goto A (one step each item)") \
    /* building values */ \
    X(BUILD_TUPLE,         "a1..aA -> (a1, .., aA)") \
    X(BUILD_LIST,          "a1..aA -> [a1, .., aA]") \
    X(BUILD_SET,           "a1..aN -> {a1, .., aN}; N = A >> 1, A & 1: all constants (CPython's order)") \
    X(BUILD_MAP,           "k1 v1..kA vA -> {k1: v1, ..}") \
    X(BUILD_STRING,        "s1..sA -> s1 + .. + sA") \
    X(BUILD_SLICE,         "lo hi [step] -> slice (A = 2 or 3)") \
    X(LIST_APPEND,         "l ..(A-1).. v -> l .. ; l.append(v) (comprehensions)") \
    X(SET_ADD,             "s ..(A-1).. v -> s .. ; s.add(v)") \
    X(MAP_ADD,             "d ..(A-1).. k v -> d .. ; d[k] = v") \
    X(LIST_EXTEND,         "l ..(A-1).. it -> l .. ; l.extend(it) (*it in a display)") \
    X(SET_UPDATE,          "s ..(A-1).. it -> s .. ; s.update(it)") \
    X(DICT_UPDATE,         "d ..(A-1).. m -> d .. ; d.update(m) (**m in a display)") \
    X(DICT_MERGE,          "f ..(A-1).. d m -> f .. d ; **m in a call: duplicate keys are errors") \
    X(LIST_TO_TUPLE,       "l -> tuple(l)") \
    X(UNPACK_SEQUENCE,     "seq -> aA .. a1 (exactly A items)") \
    X(UNPACK_EX,           "seq -> a*, with A & 0xff before and A >> 8 after the starred list") \
    X(FORMAT_VALUE,        "v [spec] -> format(v, spec); A & 3: 1 str, 2 repr, 3 ascii; A & 4: spec given") \
    /* calls and functions */ \
    X(CALL,                "f a1..aA -> f(a1, .., aA)") \
    X(CALL_METHOD,         "m s a1..aA -> m(s, a1, ..) or, when s is NULL, m(a1, ..)") \
    X(CALL_KW,             "f a1..aN kwnames -> f(...); N = A & 0xffff; A >> 16: method layout (m s ...)") \
    X(CALL_EX,             "f args [kwargs] -> f(*args, **kwargs); A & 1: kwargs given") \
    X(MAKE_FUNCTION,       "[defaults] [kwdefaults] [annotations] [closure] code -> function; A: MF_* flags") \
    X(LOAD_BUILD_CLASS,    "-> __build_class__ (the class statement's builder)") \
    X(RETURN_VALUE,        "a -> ; return a to the caller") \
    /* generators and coroutines */ \
    X(YIELD_VALUE,         "a -> sent; suspend, handing a out (A = 1: inside yield from / await)") \
    X(GET_YIELD_FROM_ITER, "a -> iter(a) (a generator or coroutine as it is)") \
    X(GET_AWAITABLE,       "a -> the iterator `await a` drives (coroutine or __await__()); A = 1/2: from __aenter__/__aexit__") \
    X(SEND,                "it v -> it y (sub-iterator yielded y), or -> r and goto A (it returned r)") \
    X(ASYNC_GEN_WRAP,      "v -> wrapped v: an async generator's yield (not what its awaits pass up)") \
    /* async for */ \
    X(GET_AITER,           "a -> a.__aiter__() (TypeError unless that has __anext__)") \
    X(GET_ANEXT,           "ait -> ait aw; aw drives `await ait.__anext__()` (one step each item)") \
    X(END_ASYNC_FOR,       "ait exc -> ; StopAsyncIteration ends the loop, another exc is raised again") \
    /* exceptions */ \
    X(RAISE_VARARGS,       "[exc [cause]] -> ; raise (A = 0: re-raise the handled exception)") \
    X(RERAISE,             "exc -> ; raise exc again, traceback unchanged") \
    X(PUSH_EXC_INFO,       "exc -> prev exc; exc becomes the handled exception (sys.exc_info)") \
    X(POP_EXCEPT,          "prev -> ; prev becomes the handled exception again") \
    X(CHECK_EXC_MATCH,     "exc T -> exc (exc matches T) (TypeError for a T that is not an exception class)") \
    X(EXC_CAUGHT,          "exc -> exc ; trace: an except clause caught exc (Coroscope only)") \
    X(CHECK_EG_MATCH,      "exc T -> rest match (except* T: the part of exc T matches); none: exc and goto A") \
    X(PREP_RERAISE_STAR,   "orig excs -> what a try-except* raises at its end (None: nothing)") \
    X(LOAD_ASSERTION_ERROR,"-> AssertionError") \
    X(SETUP_ANNOTATIONS,   "locals['__annotations__'] = {} unless there (a body with annotations)") \
    /* with */ \
    X(BEFORE_WITH,         "mgr -> exit mgr.__enter__()") \
    X(WITH_EXCEPT_START,   "exit prev exc -> exit prev exc exit(type, exc, tb)") \
    X(BEFORE_ASYNC_WITH,   "mgr -> aexit mgr.__aenter__() (to be awaited)") \
    /* pattern matching (match statements) */ \
    X(GET_LEN,             "s -> s len(s)") \
    X(MATCH_MAPPING,       "s -> s b; b: s is a mapping for patterns (its type has the mapping flag: dict, Mapping)") \
    X(MATCH_SEQUENCE,      "s -> s b; b: s is a sequence for patterns (list, tuple, range, Sequence; not str)") \
    X(MATCH_KEYS,          "s keys -> s keys vals: tuple of s.get(k) for each key, or None if one is missing") \
    X(MATCH_CLASS,         "s cls names -> attrs: A positional then the keyword attributes as a tuple, or None") \
    /* imports */ \
    X(IMPORT_NAME,         "-> the module N[A]") \
    X(IMPORT_FROM,         "m -> m m.N[A] (ImportError if missing)") \
    X(IMPORT_STAR,         "m -> ; every public name of m into the namespace") \
    /* not yet supported constructs (raise NotImplementedError with K[A]) */ \
    X(UNSUPPORTED,         "raise NotImplementedError(K[A]) (constructs still to come)")

typedef enum Opcode {
#define OPCODE_ENUM_(name, doc) OP_##name,
    OPCODES(OPCODE_ENUM_)
#undef OPCODE_ENUM_
    OP_COUNT
} Opcode;

/* The statement-start bit of the opcode byte (see the top comment). */
#define OP_STMT 0x80

/* One instruction word. */
typedef uint32_t Instr;
#define INSTR(op, arg) ((Instr)(op) | ((Instr)(arg) << 8))
#define INSTR_OP(i) ((i) & 0x7f)
#define INSTR_IS_STMT(i) (((i) & OP_STMT) != 0)
#define INSTR_ARG(i) ((i) >> 8)
#define INSTR_ARG_MAX 0xffffff

/* BINARY_OP: added to the NbOp for the in-place form (a += b). */
#define BINOP_INPLACE 16

/* MAKE_FUNCTION flags: which optional values sit below the code, in
 * this order from the bottom: defaults, kwdefaults, annotations,
 * closure. */
enum {
    MF_DEFAULTS = 1,    /* a tuple of positional defaults */
    MF_KWDEFAULTS = 2,  /* a dict of keyword-only defaults */
    MF_CLOSURE = 4,     /* a tuple of cells */
    MF_ANNOTATIONS = 8  /* a tuple (name, value, name, value, ...) */
};

/* Name of an opcode ("LOAD_FAST"); "?" for an unknown one. */
const char *opcode_name(int op);

#endif
