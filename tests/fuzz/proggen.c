/* proggen.c - the program generator of proggen.h: a grammar of deep and
 * long Python programs, driven by the bytes of an input.
 *
 * An input is read as
 *   byte 0            the limits (pg_limits): mostly 200,000 steps and
 *                     256 MiB, sometimes a smaller memory cap
 *   byte 1            the prelude (a recursion limit or none) and the number
 *                     of chunks (1 to 3)
 *   byte 2            the first chunk's kind (PG_KIND_BYTE)
 *   bytes 3..         every other choice, in the order the grammar meets it
 * and a program is the prelude, then each chunk inside a wrapper (none,
 * try/except, a function, a generator, an async function run by
 * asyncio.run, ...).
 *
 * The grammar is written as templates.  In a template:
 *   text          is copied; a newline starts a line at the current
 *                 indentation (indentation written in a template after a
 *                 newline is relative to it)
 *   {a|b|c}       one of the alternatives, chosen by the next byte
 *   ^x            the character x itself (^{ ^} ^| ^$ ^^: Python's braces,
 *                 bar, dollar and caret)
 *   $N $C $H $A   a size as a Python expression: a chain length or depth,
 *                 a count, a huge number, any of them
 *   $M            a moderate depth (up to 3,000: for shapes CPython itself
 *                 takes quadratic time on)
 *   $L $P $d $D   a recursion limit, a big-int exponent, a digit 0-9, a
 *                 number 0-999
 *   $F $E         a function of one argument, a small value
 *   $i            the index of the current repetition ($R, $S, $B)
 *   $<name>       the rule called name
 *   $K            the chunk being wrapped (in a wrapper)
 *   $I{t}         t, one indentation level deeper
 *   $R{o}{m}{c}   source nesting: o repeated d times, m, c repeated d times
 *   $T{o}{m}{c}   the same for nesting in brackets (depths around 200)
 *   $S{t}         t repeated n times (long literals, elif chains, ...)
 *   $B{h}{b}{a}   block nesting: "h:" d times, each block one level deeper,
 *                 b innermost, a after each block at its header's level
 * Inside $R, $S and $B the choices of the first repetition are kept for
 * all (the same bytes are read again), so a mutation changes every level
 * alike.  The text stays under PG_TEXT_BUDGET: repetitions stop there.
 */
#include "proggen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PG_TEXT_BUDGET ((size_t)64 << 10)    /* program text, bytes (soft) */
#define PG_MAX_DEPTH 16                       /* rule nesting */

typedef struct gen {
    const uint8_t *data;        /* the input */
    size_t size, pos;           /* its length, next byte to read */
    char *out;                  /* the program text */
    size_t len, cap;
    int oom;                    /* an allocation failed */
    int indent;                 /* current indentation, in spaces */
    int line_start;             /* the next character starts a line */
    int depth;                  /* rule nesting (bounded) */
    long rep;                   /* $i */
    int kind;                   /* the chunk a wrapper wraps ($K) */
} gen;

/* ---- sizes ---- */

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Chain lengths and nesting depths around the engine's guards: the
 * 1,000-call C-recursion limit, CPython's recursion limit, the depth the
 * issue's crashes needed (3,000 to 8,000, 600,000). */
static const char *const DEPTHS[] = {
    "0", "1", "2", "10", "100", "500", "998", "999", "1000", "1001", "1500",
    "2000", "3000", "4000", "5000", "6000", "8000", "10000", "20000",
    "50000", "100000", "600000",
};
/* Depths for shapes whose cost grows with the square of the depth in
 * CPython too (a class hierarchy keeps an MRO per class, a C3 merge over
 * many bases): deep enough to pass the guards, not so deep that a program
 * runs for minutes within its steps. */
static const char *const MODERATE[] = {
    "0", "1", "2", "10", "100", "500", "999", "1000", "1001", "1500", "2000", "3000",
};
/* Element counts, loop counts. */
static const char *const COUNTS[] = {
    "0", "1", "2", "3", "10", "100", "1000", "4096", "10000", "65536",
    "100000", "10**6", "10**7",
};
/* Numbers no list can hold. */
static const char *const HUGES[] = {
    "2**31 - 1", "2**31", "2**32", "2**53 + 1", "2**63 - 1", "2**63",
    "2**64", "10**9", "10**10", "10**12", "10**18", "10**20", "2**100",
    "10**100", "-1", "-2**63", "-10**20", "2**40",
};
/* sys.setrecursionlimit arguments, valid and not. */
static const char *const LIMITS[] = {
    "1", "10", "50", "100", "500", "999", "1000", "1001", "3000", "10**4",
    "10**5", "10**6", "2**31 - 1", "2**31", "0", "-1", "10**9", "2**63",
};
/* Big-int exponents (bits or digits): up to a million, which the engine
 * computes quickly; bigger ones are issue 10's big-int budget work. */
static const char *const EXPONENTS[] = {
    "0", "1", "2", "63", "64", "100", "1000", "4300", "10**4", "10**5",
    "3 * 10**5", "10**6",
};
/* Functions map() and friends can apply to anything. */
static const char *const FUNCS[] = {
    "abs", "str", "repr", "bool", "hash", "id", "type", "len", "iter",
    "lambda x: x", "lambda x: [x]", "lambda x: (x, x)", "list", "tuple",
    "sorted", "reversed", "float", "int",
};
/* Small values of many types. */
static const char *const VALUES[] = {
    "1", "0", "-1", "2**64", "0.5", "float('nan')", "'s'", "''", "None",
    "True", "[]", "()", "{}", "[1, [2]]", "(1, (2,))", "range(3)", "'\\t'",
    "frozenset()",
};
/* Depths of nesting in the source text (parser, compiler, symtable). */
static const int LIT_DEPTHS[] = {
    1, 2, 10, 50, 98, 99, 100, 101, 199, 200, 201, 254, 255, 256, 299, 300,
    500, 999, 1000, 1001, 2000, 3000, 5000, 8000,
};
/* Depths of nesting in brackets: CPython's tokenizer allows 200 levels
 * (past it the whole program is a SyntaxError, so only now and then). */
static const int BRACKET_DEPTHS[] = {
    1, 2, 10, 50, 99, 100, 101, 150, 199, 200, 201, 1000,
};
/* Depths of nested blocks: CPython's limits are 100 indentation levels
 * and 20 statically nested blocks. */
static const int BLOCK_DEPTHS[] = { 1, 2, 5, 19, 20, 21, 50, 98, 99, 100, 101 };
/* Repetitions of a line or item (elif chains, literals, arguments). */
static const int LINE_COUNTS[] = {
    1, 2, 10, 100, 254, 255, 256, 257, 1000, 3000, 8000, 20000,
};

/* ---- the grammar ---- */

typedef struct rule {
    const char *name;
    const char *text;
} rule;

/* Chunk kinds: proggen_kind_name(k) is KINDS[k].name. */
static const rule KINDS[] = {
    /* Iterator chains: each level pulls from the one below in C. */
    { "iterator_chain",
      "import itertools\n"
      "m = {[1]|[1, 2, 3]|range(3)|'ab'|iter([0])|(x for x in [1])|^{1: 2^}|[]|[[1]]|itertools.count()}\n"
      "for i in range($N):\n"
      "    m = $<wrap_iter>\n"
      "$<use_iter>" },
    /* Nested containers built in a loop, then compared, hashed, printed. */
    { "nested_containers",
      "{import json\n|}"
      "w = lambda a, i: $<wrap_container>\n"
      "a = {[]|()|0|None|'x'|^{^}|[1, 2]|frozenset()}\n"
      "b = {[]|()|0|None|'x'|^{^}|[1, 2]|a}\n"
      "for i in range($N):\n"
      "    a = w(a, i)\n"
      "    {b = w(b, i)|b = w(b, i + {0|1})|pass}\n"
      "$<use_container>"
      "$<use_container>" },
    /* Deep expressions written in the source. */
    { "deep_source_expr",
      "x = 1\n"
      "f = lambda *a: 1\n"
      "y = $<deep_expr>\n"
      "print({type(y).__name__|repr(y)[:20]|y})\n" },
    /* Deep or long expressions built as text at run time and eval'd. */
    { "deep_eval_expr",
      "n = $N\n"
      "s = $<eval_text>\n"
      "{print(len(s))\n|}"
      "{r = eval(s)\nprint(type(r).__name__)|print(repr(eval(s))[:20])|print(eval(s, ^{^}) is not None)|print(eval(s) == eval(s))}\n" },
    /* Long statement sequences: elif chains, many names, long literals. */
    { "long_source",
      "$<long_stmt>" },
    /* Nested blocks up to and past CPython's limits. */
    { "nested_blocks",
      "import contextlib\n"
      "$B{$<block_header>}{$<block_body>}{$<block_after>}"
      "print('blocks')\n" },
    /* Huge ranges. */
    { "huge_range",
      "r = range({$H|$C|-$H|0, $H, $C|$H, 0, -1|-$H, $H|0, $H, 3|$A})\n"
      "$<use_range>"
      "$<use_range>" },
    /* Repeats and big allocations. */
    { "repeat",
      "x = $<repeat_expr>\n"
      "$<use_repeat>"
      "$<use_repeat>" },
    /* Long strings and the string methods whose output is larger than
     * their input. */
    { "long_string",
      "s = $<string_expr>\n"
      "$<use_string>"
      "$<use_string>" },
    /* Big integers. */
    { "big_int",
      "import math\n"
      "x = {2 ** $P|7 ** $P|10 ** $P|-(3 ** $P)|(1 << $P) - 1|int('9' * $D)|2 ** 64 * 3 ** 40|$A}\n"
      "$<use_int>"
      "$<use_int>" },
    /* Recursion through Python calls and through C re-entries. */
    { "recursion",
      "import functools, contextlib\n"
      "{|sys.setrecursionlimit($L)\n}"
      "def f(n):\n"
      "    $<recursive_body>\n"
      "{print(f($N))|print(repr(f($N))[:30])|r = f($N)\nprint(type(r).__name__)|print(len(str(f($N))))|print(f(10**9))}\n" },
    /* Recursion through dunder methods (C slot -> Python -> C ...). */
    { "dunder_recursion",
      "{|sys.setrecursionlimit($L)\n}"
      "class K:\n"
      "    def __init__(self, n):\n"
      "        self.n = n\n"
      "    $<recursive_dunder>\n"
      "k = K($N)\n"
      "$<use_dunder>" },
    /* Generators nested through next(), yield from, for. */
    { "generator_nesting",
      "{|sys.setrecursionlimit($L)\n}"
      "def nxt(n):\n"
      "    if n:\n"
      "        $<gen_nest_step>\n"
      "    else:\n"
      "        $<gen_nest_bottom>\n"
      "g = nxt($N)\n"
      "$<use_gen>" },
    /* Generators created (and often started) in a loop. */
    { "generators_in_loop",
      "def g():\n"
      "    $<gen_body>\n"
      "gens = []\n"
      "{for i in range($C):|while True:|for i in range($N):}\n"
      "    $<make_gen>\n"
      "print(len(gens))\n"
      "{|del gens\n|gens.clear()\n|for x in gens:\n    x.close()\n|print(sum(1 for x in gens for _ in x))\n}" },
    /* Coroutines, tasks and async generators created in a loop. */
    { "coroutines_in_loop",
      "import asyncio\n"
      "async def c(i):\n"
      "    $<coro_body>\n"
      "$<coro_loop>" },
    /* Await chains: coroutines and tasks awaiting each other. */
    { "await_chain",
      "import asyncio\n"
      "{|sys.setrecursionlimit($L)\n}"
      "async def f(n):\n"
      "    $<await_body>\n"
      "{print(asyncio.run(f($N)))|asyncio.run(f($N))|print(asyncio.run(asyncio.wait_for(f($N), 5)))}\n" },
    /* Chains of exceptions (__cause__, __context__). */
    { "exception_chain",
      "e = None\n"
      "for i in range($N):\n"
      "    try:\n"
      "        $<raise_step>\n"
      "    except Exception as x:\n"
      "        e = x\n"
      "$<use_exc>" },
    /* Nested and wide exception groups. */
    { "exception_group",
      "e = {ValueError('leaf')|KeyError(0)|ExceptionGroup('g', [TypeError()])}\n"
      "for i in range($N):\n"
      "    e = $<wrap_group>\n"
      "$<use_group>" },
    /* Deep class hierarchies. */
    { "class_hierarchy",
      "$<class_chain>" },
    /* Deep structures freed at once: lists, objects with __del__,
     * generators and closures holding each other. */
    { "deep_dealloc",
      "$<dealloc_shape>" },
    /* Odd and huge arguments to builtins. */
    { "huge_arguments",
      "$<huge_call>\n"
      "$<huge_call>\n" },
    /* The same chain as text in the source: `f(f(f(...)))`, deep literals. */
    { "deep_source_literal",
      "y = $<deep_literal>\n"
      "print({len(repr(y))|type(y).__name__|repr(y)[:20]})\n" },
    /* Sorting, min/max and set/dict building of nested or many items. */
    { "collections_bulk",
      "$<bulk_stmt>\n"
      "$<bulk_stmt>\n" },
};

static const rule RULES[] = {
    /* -- iterator chains -- */
    { "wrap_iter",
      "{zip(m)|map(abs, m)|map($F, m)|filter(None, m)|filter(lambda x: True, m)|enumerate(m)"
      "|iter(m)|(x for x in m)|zip(m, m)|reversed(list(m))|itertools.chain(m)|itertools.islice(m, 3)"
      "|map(lambda *a: a, m, m)|zip(*[m])|iter(m.__next__, None)|itertools.accumulate(m)"
      "|{zip(m)|map(abs, m)|filter(None, m)} if i % 2 else {enumerate(m)|iter(m)|zip(m)|(y for y in m)}"
      "|map(next, [m])|sorted(m)|list(m)|[*m]|itertools.takewhile(bool, m)|itertools.starmap(max, zip(m, m))}" },
    { "use_iter",
      "{print(len(list(m)))|print(next(m, None))|print(sum(1 for _ in m))|for x in m:\n    pass"
      "|del m|print(any(m))|print(repr(m)[:20])|print(tuple(m)[:3])|print(sorted(m, key=repr)[:2])"
      "|print(list(itertools.islice(m, 2)))|print(max(m, default=0))|m.__next__()|print(dict(enumerate(m)))"
      "|print(set(m))|print(list(zip(m, range(3))))|print(min(m, key=id, default=None))|print(all(m))}\n" },
    /* -- nested containers -- */
    { "wrap_container",
      "{[a]|(a,)|^{'k': a^}|^{i: a^}|[a, i]|(i, a)|[[a]]|(a, a)|[a, a]|frozenset([a])|^{a: 1^}|^{a^}"
      "|[a] if i % 3 else ^{0: a^}|(a,) if i % 2 else [a]|[a, [a]]|^{'k': a, 'l': [a]^}|[i, (a,)]"
      "|dict(a=a)|list(a) + [a] if isinstance(a, list) else [a]}" },
    { "use_container",
      "{print(repr(a)[:40])|print(len(str(a)))|print(hash(a))|print(a == b)|print(a != b)|print(a < b)"
      "|print(a <= b)|print(a in [b])|print([a].count(b))|print(^{a: 1^})|print(sorted([a, b]) == [a, b])"
      "|print(max(a, b) is a)|del a|print(json.dumps(a)[:30])|print(f'^{a!r:.30^}')|print(str(a).count('['))"
      "|print(set([a]))|print(a.__repr__()[:10])|print(a is b)|print(repr(a) == repr(b))"
      "|a.append(a) if isinstance(a, list) else None|print(dict(x=a) == dict(x=b))|print(ascii(a)[:10])"
      "|print(f'^{a^}'[:10])|print(format(a)[:10])|print([a] * 2 == [b] * 2)|print((a, a) == (b, b))"
      "|print(hash((a, b)))|print(id(a) > 0)|print(a == a)|print(str([a, a])[:20])|print(list.__eq__([a], [b]))}\n" },
    /* -- deep expressions -- */
    { "deep_expr",
      "{$R{-}{x}{}|$R{not }{x}{}|$R{~}{x}{}|$R{+}{x}{}|$R{- }{x}{}|$T{(}{x}{)}|$T{[}{x}{]}"
      "|$T{^{'k': }{x}{^}}|$T{(}{x}{,)}|$R{lambda: }{x}{}|$R{x if x else }{x}{}|$T{(x if x else }{x}{)}"
      "|$T{f(}{x}{)}|$R{}{f}{()}|$R{}{x}{ + x}|$R{}{x}{ < x}|$R{}{x}{ and x}|$R{}{x}{[0]}|$R{}{x}{.real}"
      "|$R{x ** }{x}{}|$T{[x for x in }{[x]}{]}|$T{(x for x in }{[x]}{)}|$T{^{x: }{x}{^}}|$T{[*}{[x]}{]}"
      "|$R{'a' }{'b'}{}|$T{(lambda: }{x}{)()}|$R{lambda x: }{x}{}|$T{x or (}{x}{)}|$R{-~}{x}{}"
      "|$T{f(x, }{x}{)}|$T{[x, }{x}{]}|$R{x if }{x}{ else x}|$T{(}{}{)}|$R{}{x}{ - -x}|$R{}{x}{ if x else x}"
      "|$T{(yield }{x}{)}|$R{await }{x}{}|$T{f'^{}{x}{^}'}|$R{not -}{x}{}|$T{x.__class__(}{x}{)}}" },
    { "eval_text",
      "{'-' * n + '1'|'not ' * n + '1'|'(' * n + '1' + ')' * n|'[' * n + ']' * n|'lambda: ' * n + '1'"
      "|'1 if 1 else ' * n + '0'|'1' + ' + 1' * n|'1' + ' < 1' * n|'[' * n + '1' + ']' * n"
      "|'^{1: ' * n + '1' + '^}' * n|'abs(' * n + '1' + ')' * n|'(1,' * n + ')' * n|'1' + '.real' * n"
      "|'[x for x in ' * n + '[1]' + ']' * n|'(lambda: ' * n + '1' + ')()' * n|'1 ** ' * n + '1'"
      "|'~' * n + '1'|'x' * n|'1' * n|'\"' + 'a' * n + '\"'|'1' + ' and 1' * n|'(' * n|')' * n"
      "|'[1, ' * n + ']' * n|'1' + ', 1' * n|'(1' + ' or (1' * n + ')' * (n + 1)|'f(' * n + ')' * n"
      "|'lambda x: ' * n + 'x'|'1' + '[0]' * n|'-(' * n + '1' + ')' * n|'' .join(f'(^{i^},' for i in range(n)) + ')' * n}" },
    /* -- long statement sequences (text up to the budget) -- */
    { "long_stmt",
      "{x = $d\nif x == -1:\n    y = 0\n$S{elif x == $i:\n    y = $i\n}else:\n    y = -1\nprint(y)\n"
      "|$S{v$i = $i\n}print(v0)\n"
      "|def big():\n$I{$S{a$i = $i\n}return a0\n}print(big())\n"
      "|print(len([$S{$i, }]))\n"
      "|print(len(^{$S{$i: $i, }^}))\n"
      "|print(len(^{$S{$i, }^}))\n"
      "|def f(*a, **k):\n    return len(a) + len(k)\nprint(f($S{$i, }))\n"
      "|def f(*a, **k):\n    return len(a) + len(k)\nprint(f($S{k$i=$i, }))\n"
      "|def g($S{p$i, }):\n    return 0\nprint(g(*range(10**4)))\n"
      "|x = 1\nprint($S{x and }x)\n"
      "|print($S{1 + }1)\n"
      "|print(len('$S{abcdefgh}'))\n"
      "|print(len($S{'ab' }''))\n"
      "|class Big:\n$I{$S{def m$i(self):\n    return $i\n}}print(Big().m0())\n"
      "|x = 0\n$S{x += $i\n}print(x)\n"
      "|$S{try:\n    pass\nexcept ValueError:\n    pass\n}print('tries')\n"
      "|$S{assert $i == $i\n}print('asserts')\n"
      "|x = $S{9}\nprint(x % 7)\n"
      "|x = 0x$S{f}\nprint(x.bit_length())\n"
      "|x = 1$S{0}.0\nprint(x)\n"
      "|print([$S{[$i], }][-1])\n"
      "|$S{def f$i(a=$i):\n    return a\n}print(f0())\n"
      "|x = 3\nwhile x:\n    x -= 1\n$S{    if x == $i:\n        continue\n}print(x)\n"
      "|async def big():\n$I{$S{await asyncio.sleep(0)\n}}import asyncio\nasyncio.run(big())\n"
      "|x = [$S{lambda: $i, }]\nprint(x[0]())\n"
      "|print($S{'x' if $i else }'y')\n"
      "|print(1 $S{< $i })\n}" },
    /* -- nested blocks -- */
    { "block_header",
      "{if True|for _ in [0]|while True|with contextlib.nullcontext()|try|def f$i()|class C$i"
      "|async def a$i()|if False:\n    pass\nelse|for _ in range(1)|with contextlib.suppress(Exception)}" },
    { "block_body",
      "{pass\n|print('in')\n|x = 1\n|break\n|return 1\n|yield 1\n|raise ValueError('deep')\n|continue\n"
      "|def inner():\n    return x\n|nonlocal x\n|global x\n}" },
    { "block_after",
      "{|finally:\n    pass\n|except Exception:\n    pass\n|f$i()\n|break\n|print($i)\n|else:\n    pass\n}" },
    /* -- ranges -- */
    { "use_range",
      "{print(len(r))|print(r[-1])|print(r[$H])|print(r[{$H|$C|-1|0} // 2])|print($H in r)"
      "|print(r[::$C][:3])|print(list(r[:5]))|print(sum(r[:1000]))|print(r.index($C))|print(r.count($C))"
      "|print(reversed(r).__next__())|print(r == range($H))|print(hash(r) == hash(range($H)))"
      "|print(max(r))|print(len(list(r)))|print(bool(r))|print(repr(r))|print(r[1:-1:$C])"
      "|for i in r:\n    if i > 3:\n        break|print(sorted(r)[:2])|print(set(r) == set())"
      "|print(list(zip(r, r))[:2])|print(next(iter(r)))|print(r[-$H:])|print(r[::-1][0])"
      "|print(list(r[::$H]))|print(sum(r))|print(tuple(r)[:1])|print(min(r))|print(r.start, r.stop, r.step)}\n" },
    /* -- repeats -- */
    { "repeat_expr",
      "{[0] * $A|'ab' * $A|(1,) * $A|[[]] * $A|[None] * $C * $C|'a' * $H|$C * 'xy'|[1, 2] * $C"
      "|list(range($C)) * $C|('a' * $C) * $C|'x'.join(['ab'] * $C)|''.join(['x'] * $C)"
      "|'-'.join(map(str, range($C)))|[x for x in range($C)]|^{i: i for i in range($C)^}"
      "|set(range($C))|dict.fromkeys(range($C))|list(range($A))|[0] * $C + [1] * $C|[()] * -$C"
      "|'ab' * ($C * $C)|[[0] * $C] * $C|[[0] * $C for _ in range($C)]|tuple(range($C))}" },
    { "use_repeat",
      "{print(len(x))|print(x[-1:])|print(x.count(x[0]) if x else 0)|del x|print(len(repr(x)))"
      "|y = x + x\nprint(len(y))|print(x == x[:])|print(sorted(x)[:1])|print(x * 2 == x + x)"
      "|print(len(x * $d))|print(x[::$C][:2])|print(hash(str(x)[:10]))|print(list(reversed(x))[:1])"
      "|print(len(set(x)) if x and not isinstance(next(iter(x)), list) else 0)|print(bool(x))"
      "|print(len(x[$C:]))|y = x\ny += y\nprint(len(y))|print(len(list(x)))}\n" },
    /* -- strings -- */
    { "string_expr",
      "{'ab' * $C|'a\\tb' * $C|'x' * $C + '\\n' * $C|'\\xe9' * $C|'\\U0001f600' * $C|' '.join(['a'] * $C)"
      "|''.join(map(str, range($C)))|'-'.join(str(i) for i in range($C))|str(list(range($C)))"
      "|'%s' % ('z' * $C)|f'^{\"q\" * $C^}'|'^{:>^{^}^}'.format('x', $C)|'^{^}'.format('y' * $C)"
      "|'a'.center($C)|'b'.ljust($C, '-')|'7'.zfill($C)|'%*d' % ($C, 1)|'%.*f' % ($D, 1.5)"
      "|format(2.5, '.' + str($C) + 'f')|('a\\tb' * $C).expandtabs({0|1|8|100|1000|$D})"
      "|'\\t'.expandtabs($D)|('\\t' * $C).expandtabs({4|8})|f'^{1:>^{$C^}^}'|'%-*s' % ($C, 'q')"
      "|repr('\\x00' * $C)|'x'.rjust($C) + 'y'.rjust($C)|('ab' * $C).replace('a', 'abc')"
      "|('ab' * $C).replace('', '-')|'\\n'.join(['line'] * $C)|'x' * $H|('a' * $C).upper()"
      "|'\\u0130' * $C|'\\ufb01' * $C|chr(0x10ffff) * $C}" },
    { "use_string",
      "{print(len(s))|print(s[:10])|print(len(s.upper()))|print(len(s.split()))|print(len(s.split('a')))"
      "|print(s.find('b', $C))|print(s.rfind('zz'))|print(len(s.replace('a', 'xyz')))|print(s.count('a'))"
      "|print(len(s[::-1]))|print(len(s.splitlines()))|print(s.startswith('a'))|print(len(s.strip()))"
      "|print(len(s.title()))|print(len(s.expandtabs({8|1|$D})))|print(len(repr(s)))|print(len(s.encode()))"
      "|print(hash(s) == hash(s[:]))|print(len(s.partition('b')))|print(s.isdigit())|print(len(s.casefold()))"
      "|print(len(s * 2))|print(sorted(set(s))[:3])|print(len(s.join(['a', 'b'])))|print(len(s.ljust($C)))"
      "|print(s == s[:-1] + s[-1:])|print(len(s.swapcase()))|print(len('%r' % s))|print(len(f'^{s!r:>$d^}'))"
      "|print(s.find('', $A))|print(len(s.lower()))|print(s.index(s[-1:]) if s else 0)|print(len(s.rsplit(None, 3)))"
      "|print(len(s.center(len(s) * 2)))|print(s.count(''))|print(len(str(s.split('\\n'))))|print(s in s + s)"
      "|print(len(ascii(s)))|print(len(s.translate(^{97: 'bb'^})))|print(len(s.zfill($C)))}\n" },
    /* -- big ints -- */
    { "use_int",
      "{print(x.bit_length())|print(x % 1000007)|print(x // (x - 1) if x > 1 else 0)|print((x * x).bit_length())"
      "|print(x > 0, x == x + 0)|print(hash(x))|print(divmod(x, 12345)[1])|print(len(hex(x)))|print(x >> $P)"
      "|print((x << $D).bit_length())|print(float(x))|print(x & (x - 1) == 0)|print(pow(x, 2, 1000))"
      "|print(abs(-x) == x)|print(x ** 2 % 97)|print(math.isqrt(abs(x)).bit_length())|print(math.gcd(x, 6))"
      "|print(round(x, -5) % 10)|print(sum([x, x, -x]) == x)|print(x ^^ (x >> 1) > 0)|print(-x // 7 % 5)"
      "|print(int(x ** 0.5) if abs(x) < 2 ** 1000 else 0)|print(bin(x)[:10])|print(x.__format__('x')[-4:])"
      "|print((x + 1) * (x - 1) == x * x - 1)|print(len(str(x)))|print(complex(x) if abs(x) < 2 ** 900 else 0)}\n" },
    /* -- recursion -- */
    { "recursive_body",
      "{return f(n - 1) + 1 if n else 0|if n:\n        return f(n - 1)\n    return 0|return n and f(n - 1)"
      "|try:\n        return f(n - 1)\n    except RecursionError:\n        return -1"
      "|return [f(n - 1)] if n else []|return sum(map(f, [n - 1])) if n > 0 else 0"
      "|return sorted([n], key=lambda k: f(k - 1))[0] if n > 0 else 0|return eval('f(n - 1)') if n else 0"
      "|return next(iter([f(n - 1)])) if n else 0|return (lambda: f(n - 1))() if n else 0"
      "|return ^{n: f(n - 1)^} if n else ^{^}|return functools.reduce(lambda a, b: f(b), [0, n - 1]) if n > 0 else 0"
      "|return list(f(k) for k in [n - 1]) if n > 0 else []|return [f(k) for k in [n - 1]] if n > 0 else []"
      "|return (f(n - 1),) if n else ()|return max([n], key=lambda k: f(k - 1)) if n > 0 else 0"
      "|return list(map(f, [n - 1])) if n > 0 else 0|return f(n - 1) if n > 0 else f"
      "|try:\n        return f(n - 1)\n    finally:\n        pass|return 1 + f(n - 1)"
      "|with contextlib.nullcontext():\n        return f(n - 1)|return str(f(n - 1)) if n else ''|return any(f(k) for k in [n - 1]) if n > 0 else True}" },
    { "recursive_dunder",
      "{def __repr__(self):\n        return repr(K(self.n - 1)) if self.n else 'K'"
      "|def __eq__(self, o):\n        return K(self.n - 1) == o if self.n else True"
      "|def __hash__(self):\n        return hash(K(self.n - 1)) if self.n else 0"
      "|def __len__(self):\n        return len(K(self.n - 1)) if self.n else 0"
      "|def __bool__(self):\n        return bool(K(self.n - 1)) if self.n else True"
      "|def __iter__(self):\n        return iter(K(self.n - 1)) if self.n else iter([1])"
      "|def __getattr__(self, a):\n        return getattr(K(self.n - 1), a) if self.n else 0"
      "|def __getitem__(self, i):\n        return K(self.n - 1)[i] if self.n else 0"
      "|def __call__(self):\n        return K(self.n - 1)() if self.n else 0"
      "|def __format__(self, s):\n        return format(K(self.n - 1), s) if self.n else 'F'"
      "|def __lt__(self, o):\n        return K(self.n - 1) < o if self.n else True"
      "|def __index__(self):\n        return K(self.n - 1).__index__() if self.n else 0"
      "|def __str__(self):\n        return str(K(self.n - 1)) if self.n else 'S'"
      "|def __contains__(self, x):\n        return x in K(self.n - 1) if self.n else False"
      "|def __del__(self):\n        K(self.n - 1) if self.n else None"
      "|def __add__(self, o):\n        return K(self.n - 1) + o if self.n else 0"
      "|def __neg__(self):\n        return -K(self.n - 1) if self.n else 0"
      "|def __next__(self):\n        return next(K(self.n - 1)) if self.n else 0"
      "|def __enter__(self):\n        with K(self.n - 1):\n            return self\n    def __exit__(self, *a):\n        return False"
      "|def __init_subclass__(cls):\n        pass\n    def __setattr__(self, a, v):\n        object.__setattr__(self, a, v)\n        if a == 'n' and v:\n            K(v - 1)"
      "|@property\n    def p(self):\n        return K(self.n - 1).p if self.n else 0}" },
    { "use_dunder",
      "{print(repr(k))|print(k == 1)|print(hash(k))|print(len(k))|print(bool(k))|print(list(k))|print(k.zz)"
      "|print(k[0])|print(k())|print(f'^{k^}')|print(k < 1)|print([0, 1][k])|print(str(k))|print(3 in k)"
      "|del k|print(sorted([k, k]))|print(k + 1)|print(-k)|print(next(k))|with k:\n    pass|print(k.p)"
      "|print([k] == [k])|print(^{k: 1^})|print(max(k, k))|print(repr([k])[:20])}\n" },
    /* -- generators -- */
    { "gen_nest_step",
      "{yield next(nxt(n - 1))|yield from nxt(n - 1)|for v in nxt(n - 1):\n            yield v"
      "|yield sum(nxt(n - 1))|yield [*nxt(n - 1)]|yield list(nxt(n - 1))[0]|x = yield next(nxt(n - 1))"
      "|yield from (v for v in nxt(n - 1))|yield max(nxt(n - 1), default=0)|g = nxt(n - 1)\n        yield g.send(None)"
      "|yield from [next(nxt(n - 1))]}" },
    { "gen_nest_bottom",
      "{yield 'bottom'|return|raise ValueError('bottom')|yield from range(3)|yield 1\n        yield 2"
      "|try:\n            yield 1\n        finally:\n            print('closed')|return 5\n        yield}" },
    { "use_gen",
      "{print(next(g))|print(list(g))|print(next(g, None))\ng.close()|g.send(None)\nprint(g.send(1))"
      "|print(g.throw(KeyError('t')))|del g|for v in g:\n    pass|print(sum(1 for _ in g))"
      "|print(next(g))\nprint(next(g, 'end'))|next(g)\ng.close()|next(g)\ndel g|print(g.close())}\n" },
    { "gen_body",
      "{yield 1\n    yield 2|try:\n        yield 1\n    finally:\n        pass|while True:\n        yield"
      "|yield from range(3)|x = yield\n    yield x|yield from g2()|return\n    yield"
      "|try:\n        yield\n    except GeneratorExit:\n        pass}\n"
      "def g2():\n    yield 0" },
    { "make_gen",
      "{x = g()\n    next(x)\n    gens.append(x)|gens.append(g())|gens.append((j for j in range(i)))"
      "|x = (j for j in range(3))\n    next(x)\n    gens.append(x)|gens.append(iter(g()))"
      "|gens.append(map(abs, g()))|x = g()\n    x.send(None)\n    gens = [x, gens]"
      "|gens.append(g().__next__)|gens.extend([g(), g()])}" },
    /* -- coroutines and tasks -- */
    { "coro_body",
      "{return i|await asyncio.sleep(0)\n    return i|raise ValueError(i)|await asyncio.sleep(i % 3)\n    return i"
      "|await asyncio.sleep(0.001 * i)\n    return i|return await asyncio.sleep(0, i)"
      "|await asyncio.sleep(10**9)|await asyncio.Event().wait()|return [i] * 1000|await asyncio.sleep($H)"
      "|await asyncio.sleep({float('nan')|float('inf')|-1|1e-300|2**-1074})\n    return i}" },
    { "coro_loop",
      "{cs = [c(i) for i in range($C)]\nprint(len(cs))\n"
      "|cs = []\nfor i in range($C):\n    cs.append(c(i))\n"
      "|async def main():\n    return sum(await asyncio.gather(*[c(i) for i in range($C)]))\nprint(asyncio.run(main()))\n"
      "|async def main():\n    ts = [asyncio.create_task(c(i)) for i in range($C)]\n    done, pending = await asyncio.wait(ts, timeout=5)\n    return len(done)\nprint(asyncio.run(main()))\n"
      "|async def main():\n    for i in range($C):\n        asyncio.create_task(c(i))\n    await asyncio.sleep(1)\nasyncio.run(main())\n"
      "|async def main():\n    async with asyncio.TaskGroup() as tg:\n        for i in range($C):\n            tg.create_task(c(i))\nasyncio.run(main())\n"
      "|async def main():\n    q = asyncio.Queue()\n    for i in range($C):\n        q.put_nowait(c(i))\n    n = 0\n    while not q.empty():\n        n += await q.get_nowait()\n    return n\nprint(asyncio.run(main()))\n"
      "|async def ag():\n    yield 1\n    yield 2\nasync def main():\n    gs = []\n    for i in range($C):\n        a = ag()\n        await a.__anext__()\n        gs.append(a)\n    print(len(gs))\nasyncio.run(main())\n"
      "|async def main():\n    ts = [asyncio.create_task(c(i)) for i in range($C)]\n    for t in ts:\n        t.cancel()\n    r = await asyncio.gather(*ts, return_exceptions=True)\n    print(len(r))\nasyncio.run(main())\n"
      "|async def main():\n    try:\n        async with asyncio.timeout(1):\n            await asyncio.gather(*(c(i) for i in range($C)))\n    except TimeoutError:\n        print('timeout')\nasyncio.run(main())\n"
      "|async def main():\n    ts = []\n    while True:\n        ts.append(asyncio.create_task(c(len(ts))))\nasyncio.run(main())\n"
      "|async def main():\n    for i in range($C):\n        await c(i)\nasyncio.run(main())\n}" },
    { "await_body",
      "{return await f(n - 1) + 1 if n else 0|if n:\n        return await asyncio.create_task(f(n - 1))\n    return 0"
      "|if n:\n        await asyncio.sleep(0)\n        return await f(n - 1)\n    return 0"
      "|return (await asyncio.gather(f(n - 1)))[0] if n else 0|return await asyncio.wait_for(f(n - 1), 10) if n else 0"
      "|return await asyncio.shield(f(n - 1)) if n else 0|async def ag(k):\n        yield await f(k)\n    return [v async for v in ag(n - 1)] if n else 0"
      "|return await asyncio.ensure_future(f(n - 1)) if n else 0|try:\n        return await f(n - 1) if n else 0\n    except RecursionError:\n        return -1"
      "|t = asyncio.current_task()\n    return await f(n - 1) if n else t.get_name()}" },
    /* -- exceptions -- */
    { "raise_step",
      "{raise ValueError(i) from e|raise ValueError(i)|try:\n            raise e or KeyError(i)\n        except BaseException as x:\n            raise TypeError(i)"
      "|raise ExceptionGroup('g', [e or ValueError(i)])|raise (e or ValueError)(i) if False else KeyError(i) from None"
      "|raise ValueError('x' * i)|try:\n            1 / 0\n        finally:\n            raise ValueError(i)"
      "|raise e.with_traceback(None) if e else ValueError(i)}" },
    { "use_exc",
      "{print(type(e).__name__)|print(repr(e)[:40])|raise e|print(len(str(e)))|del e"
      "|n = 0\nwhile e is not None:\n    n += 1\n    e = e.__cause__ or e.__context__\nprint(n)"
      "|print(e.__traceback__ is not None)|raise ValueError('top') from e|try:\n    raise e\nexcept Exception as z:\n    print(type(z).__name__)"
      "|print(e.args[:1])}\n" },
    { "wrap_group",
      "{ExceptionGroup('g', [e])|ExceptionGroup('g', [e, KeyError(i)])|BaseExceptionGroup('b', [e])"
      "|ExceptionGroup('g', [e] * 2)|ExceptionGroup('g', [e] + [ValueError(j) for j in range(i % 20)])"
      "|ExceptionGroup(str(i), (e,))}" },
    { "use_group",
      "{print(repr(e)[:50])|print(e.split(ValueError)[0] is not None)|print(e.subgroup(KeyError) is None)|raise e"
      "|try:\n    raise e\nexcept* ValueError as v:\n    print('v', len(v.exceptions))\nexcept* KeyError:\n    pass"
      "|print(str(e)[:20])|print(len(e.exceptions))|print(e.derive([ValueError()]))|del e"
      "|print(e.split(lambda x: isinstance(x, KeyError))[1] is None)|print(e.subgroup(lambda x: True) is e)"
      "|try:\n    raise e\nexcept* Exception:\n    raise TypeError('again')}\n" },
    /* -- classes -- */
    { "class_chain",
      "{C = {object|Exception|int|list|dict|str}\nfor i in range($M):\n    C = $<make_class>\n$<use_class>"
      "|class A:\n    def f(self):\n        return 0\nB = A\nfor i in range($M):\n    class B(B):\n        def f(self):\n            return super().f() + 1\nprint(B().f())\n"
      "|class A:\n    def __init__(self):\n        pass\nB = A\nfor i in range($M):\n    class B(B):\n        def __init__(self):\n            super().__init__()\nprint(type(B()).__name__)\n"
      "|class M(type):\n    pass\nfor i in range($M):\n    M = type('M', (M,), ^{^})\nclass Z(metaclass=M):\n    pass\nprint(type(Z).__mro__[0].__name__)\n"
      "|bases = [type('B%d' % i, (), ^{^}) for i in range($M)]\nC = type('C', tuple(bases), ^{^})\nprint(len(C.__mro__))\n}" },
    { "make_class",
      "{type('C', (C,), ^{^})|type('C', (C,), ^{'x': i^})|type('C%d' % i, (C,), ^{'__repr__': lambda s: 'c'^})"
      "|type('C', (C,), ^{'__init__': lambda self, *a: super(type(self), self).__init__()^})"
      "|type('C', (C,), ^{'f': lambda s: 1, '__slots__': ()^})}" },
    { "use_class",
      "{print(len(C.__mro__))|print(C().__class__.__name__)|print(isinstance(C(), object))|print(hasattr(C, 'zz'))"
      "|print(issubclass(C, object))|print(C.mro()[-1])|print(repr(C())[:20])|x = C()\nx.a = 1\nprint(x.a)|del C"
      "|print(C.x)|print(C().f())|print(dir(C)[:2])}\n" },
    /* -- deep deallocation -- */
    { "dealloc_shape",
      "{class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n    def __del__(self):\n        $<del_body>\nhead = None\nfor i in range($N):\n    head = Node(head)\ndel head\nprint('freed')\n"
      "|a = []\nfor i in range($N):\n    a = {[a]|(a,)|^{0: a^}|[a, a]|^{a: 0^} if isinstance(a, tuple) else (a,)}\n{del a|a = None|a = 0}\nprint('freed')\n"
      "|def gen(inner):\n    yield from inner\ng = iter([1])\nfor i in range($N):\n    g = gen(g)\n{next(g)\n|}del g\nprint('freed')\n"
      "|f = lambda: 0\nfor i in range($N):\n    f = (lambda g: lambda: g)(f)\ndel f\nprint('freed')\n"
      "|e = None\nfor i in range($N):\n    e = ValueError(e)\n    e.__context__ = e.args[0]\ndel e\nprint('freed')\n"
      "|m = iter([1])\nfor i in range($N):\n    m = map(abs, m)\ndel m\nprint('freed')\n"
      "|class O:\n    pass\no = O()\nfor i in range($N):\n    p = O()\n    p.o = o\n    o = p\ndel o, p\nprint('freed')\n"
      "|d = ^{^}\nfor i in range($N):\n    d = ^{'k': d^}\nd.clear()\nprint('freed')\n}" },
    { "del_body",
      "{pass|print(end='')|self.nxt = None|Node.count = getattr(Node, 'count', 0) + 1|raise ValueError('del')"
      "|x = [self.nxt]|while True:\n            pass|print(self.nxt, end='')}" },
    /* -- huge arguments -- */
    { "huge_call",
      "{sys.setrecursionlimit($L)|print('abc'.find('', $H))|print(round(1.5, $A))|print(format(1.5, '.' + str($C) + 'f')[:5])"
      "|print(chr($A))|print(list(range(10))[::$A])|print([1, 2][-$H:])|print('x'[$H:])|print(int('1' * $d))"
      "|print(f'^{1:$d$d^}')|print(divmod($H, 7))|print(float($H) ** 2)|print(sum(range($C)))|print(max(range($C)))"
      "|print(sorted(range($C), reverse=True)[:3])|print(dict.fromkeys(range($C)).__len__())|print(len(set(range($C))))"
      "|print(any(x > $C for x in range($C)))|print(list(zip(*[range($C)] * 2))[:2])|print([0][$H])"
      "|print(list(range($C))[$H:$H])|print(sys.getrecursionlimit())|print('%.*f' % ($A, 1.0)[:5])"
      "|print(' ' * $A)|print(hash(-1), hash(float('inf')), hash($H))|print(isinstance($A, int))"
      "|print(len(range(0, $H, $C or 1)))|print(pow($H, $H, $C))|print(pow(2, -1, $C))|print($H.to_bytes(8, 'big'))"
      "|print(str($H)[:5])|print(int.from_bytes([120] * $d, 'big'))|print([1] * $D)|print(list(reversed(range($H)))[:0])"
      "|print(slice(0, $H, $H).indices($C))|print(enumerate([1], $H).__next__())|print(next(iter(range($H, $H + 2))))"
      "|print(sorted([$E, $E], key=repr))|print(list(map($F, [$E])))|print(sys.maxsize > $H)}" },
    /* -- deep literals written out -- */
    { "deep_literal",
      "{$T{[}{1}{]}|$T{(}{1}{,)}|$T{^{'a': }{1}{^}}|$T{abs(}{-1}{)}|$T{[1, }{2}{]}|$T{(1, }{2}{)}"
      "|$T{^{(}{1}{,)^}}|$T{frozenset([}{1}{])}|$T{[[], }{[]}{]}|$T{^{}{1}{^}}|$T{str(}{1}{)}|$T{list(}{[1]}{)}"
      "|$T{len([}{1}{])}|$T{(lambda x: x)(}{1}{)}|$T{max(0, }{1}{)}|$T{(}{1}{)}}" },
    /* -- bulk operations on collections -- */
    { "bulk_stmt",
      "{print(sorted([[i] * (i % 5) for i in range($C)])[-1:])|print(max([(i, [i]) for i in range($C)], default=None))"
      "|print(len(^{(i, i): i for i in range($C)^}))|print(len(^{frozenset([i]) for i in range($C)^}))"
      "|l = list(range($C))\nl.sort(key=lambda v: -v)\nprint(l[:2])|l = [[]] * $C\nl[0].append(l)\nprint(len(repr(l)))"
      "|d = ^{^}\nfor i in range($C):\n    d[i] = d\nprint(len(d))|s = set()\nfor i in range($C):\n    s.add(str(i))\n    s.discard(str(i - 3))\nprint(len(s))"
      "|l = []\nfor i in range($C):\n    l.insert(0, i)\nprint(l[:1])|d = dict.fromkeys(range($C))\nfor k in list(d):\n    del d[k]\nprint(d)"
      "|print(list(reversed(sorted(set(range($C)))))[:3])|import heapq\nh = []\nfor i in range($C):\n    heapq.heappush(h, -i)\nprint(h[:1])"
      "|import collections\nc = collections.Counter(i % 7 for i in range($C))\nprint(c.most_common(1))"
      "|import collections\nd = collections.deque(range($C), maxlen=$d)\nprint(list(d))"
      "|print(sum(len(str(i)) for i in range($C)))|print(min(range($C), key=lambda v: (v % 3, -v), default=0))"
      "|x = list(range($C))\nx[::2] = x[1::2] if len(x) % 2 == 0 else x[::2]\nprint(len(x))"
      "|x = [$E] * $d\nx.sort()\nprint(x)|print(sorted([$E, $E, $E]))}" },
};

/* Wrappers: a chunk runs at module level or inside one of these ($K). */
static const char *const WRAPPERS[] = {
    "$K",
    "try:\n$I{$K}except Exception as e:\n    print('caught', type(e).__name__)\n",
    "def chunk():\n$I{$K}chunk()\n",
    "try:\n$I{$K}except BaseException as e:\n    print('caught', type(e).__name__, str(e)[:60])\n",
    "import asyncio\nasync def chunk():\n$I{$K}asyncio.run(chunk())\n",
    "def chunk():\n$I{$Kyield\n}for _ in chunk():\n    pass\n",
    "import contextlib\nwith contextlib.suppress(Exception):\n$I{$K}",
    "for _ in range(2):\n$I{$K}",
    "try:\n$I{$K}finally:\n    print('finally')\n",
    "def chunk():\n$I{$K}try:\n    chunk()\nexcept RecursionError as e:\n    print('recursion', e)\n",
};

/* ---- the input ---- */

static unsigned next_byte(gen *g)
{
    return g->pos < g->size ? g->data[g->pos++] : 0;
}

/* A choice among n (n >= 1): one byte, two when n > 256. */
static unsigned choose(gen *g, unsigned n)
{
    unsigned v = next_byte(g);
    if (n > 256)
        v = v << 8 | next_byte(g);
    return v % n;
}

/* ---- output ---- */

static void put_raw(gen *g, const char *s, size_t n)
{
    if (g->oom)
        return;
    if (g->len + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap : 4096;
        while (cap < g->len + n + 1)
            cap *= 2;
        char *p = realloc(g->out, cap);
        if (!p) {
            g->oom = 1;
            return;
        }
        g->out = p;
        g->cap = cap;
    }
    memcpy(g->out + g->len, s, n);
    g->len += n;
    g->out[g->len] = '\0';
}

/* One character of program text: a line starts at the indentation. */
static void put_char(gen *g, char c)
{
    if (c == '\n') {
        put_raw(g, "\n", 1);
        g->line_start = 1;
        return;
    }
    if (g->line_start) {
        for (int i = 0; i < g->indent; i++)
            put_raw(g, " ", 1);
        g->line_start = 0;
    }
    put_raw(g, &c, 1);
}

static void put_text(gen *g, const char *s)
{
    while (*s)
        put_char(g, *s++);
}

static int over_budget(const gen *g)
{
    return g->oom || g->len > PG_TEXT_BUDGET;
}

/* ---- templates ---- */

/* t points at '{': the character after its matching '}' (or end). */
static const char *skip_group(const char *t, const char *end)
{
    int level = 0;
    for (; t < end; t++) {
        if (*t == '^' && t + 1 < end) {
            t++;
            continue;
        }
        if (*t == '{')
            level++;
        else if (*t == '}' && --level == 0)
            return t + 1;
    }
    return end;
}

static void expand(gen *g, const char *t, const char *end);

static const rule *find_rule(const char *name, size_t n)
{
    for (int i = 0; i < COUNT_OF(RULES); i++)
        if (strlen(RULES[i].name) == n && memcmp(RULES[i].name, name, n) == 0)
            return &RULES[i];
    return NULL;
}

/* {a|b|c} at t: expands one alternative; returns the end of the group. */
static const char *expand_choice(gen *g, const char *t, const char *end)
{
    const char *close = skip_group(t, end);
    const char *alts[64], *alt_end[64];
    int n = 0, level = 0;
    alts[0] = t + 1;
    for (const char *p = t + 1; p < close - 1; p++) {
        if (*p == '^' && p + 1 < close - 1) {
            p++;
            continue;
        }
        if (*p == '{')
            level++;
        else if (*p == '}')
            level--;
        else if (*p == '|' && level == 0 && n < 63) {
            alt_end[n++] = p;
            alts[n] = p + 1;
        }
    }
    alt_end[n++] = close - 1;
    unsigned k = g->depth > PG_MAX_DEPTH ? 0 : choose(g, (unsigned)n);
    expand(g, alts[k], alt_end[k]);
    return close;
}

/* Runs `body` count times at the same input position (the choices of the
 * first repetition hold for all); afterwards the input goes on from where
 * the first repetition left it.  Stops early at the text budget.  Returns
 * the number of repetitions made. */
static long repeat(gen *g, const char *t, const char *end, long count)
{
    size_t start = g->pos, after = g->pos;
    long saved = g->rep, done = 0;
    for (long i = 0; i < count && !over_budget(g); i++, done++) {
        g->pos = start;
        g->rep = i;
        expand(g, t, end);
        if (i == 0)
            after = g->pos;
    }
    g->pos = after;
    g->rep = saved;
    return done;
}

/* The next {group} of a $R/$S/$B/$I: [*start, *stop) inside it. */
static const char *group_args(const char *t, const char *end, const char **start, const char **stop)
{
    if (t >= end || *t != '{') {
        *start = *stop = t;
        return t;
    }
    const char *close = skip_group(t, end);
    *start = t + 1;
    *stop = close - 1;
    return close;
}

static void put_table(gen *g, const char *const *table, int n)
{
    put_text(g, table[choose(g, (unsigned)n)]);
}

/* $A: any size of the tables above. */
static void put_any(gen *g)
{
    switch (choose(g, 3)) {
    case 0: put_table(g, DEPTHS, COUNT_OF(DEPTHS)); break;
    case 1: put_table(g, COUNTS, COUNT_OF(COUNTS)); break;
    default: put_table(g, HUGES, COUNT_OF(HUGES)); break;
    }
}

/* A $-construct at t (t[0] == '$'); returns what follows it. */
static const char *expand_dollar(gen *g, const char *t, const char *end)
{
    if (t + 1 >= end)
        return end;
    char c = t[1];
    t += 2;
    char num[32];
    const char *a0, *a1, *b0, *b1, *c0, *c1;
    switch (c) {
    case 'N': put_table(g, DEPTHS, COUNT_OF(DEPTHS)); return t;
    case 'C': put_table(g, COUNTS, COUNT_OF(COUNTS)); return t;
    case 'M': put_table(g, MODERATE, COUNT_OF(MODERATE)); return t;
    case 'H': put_table(g, HUGES, COUNT_OF(HUGES)); return t;
    case 'A': put_any(g); return t;
    case 'L': put_table(g, LIMITS, COUNT_OF(LIMITS)); return t;
    case 'P': put_table(g, EXPONENTS, COUNT_OF(EXPONENTS)); return t;
    case 'F': put_table(g, FUNCS, COUNT_OF(FUNCS)); return t;
    case 'E': put_table(g, VALUES, COUNT_OF(VALUES)); return t;
    case 'd':
        snprintf(num, sizeof num, "%u", choose(g, 10));
        put_text(g, num);
        return t;
    case 'D':
        snprintf(num, sizeof num, "%u", choose(g, 1000));
        put_text(g, num);
        return t;
    case 'i':
        snprintf(num, sizeof num, "%ld", g->rep);
        put_text(g, num);
        return t;
    case 'K':
        expand(g, KINDS[g->kind].text, KINDS[g->kind].text + strlen(KINDS[g->kind].text));
        return t;
    case '<': {
        const char *close = memchr(t, '>', (size_t)(end - t));
        if (!close)
            return end;
        const rule *r = find_rule(t, (size_t)(close - t));
        if (r && g->depth <= PG_MAX_DEPTH) {
            g->depth++;
            expand(g, r->text, r->text + strlen(r->text));
            g->depth--;
        }
        return close + 1;
    }
    case 'I':
        t = group_args(t, end, &a0, &a1);
        g->indent += 4;
        expand(g, a0, a1);
        g->indent -= 4;
        return t;
    case 'R':
    case 'T': {
        t = group_args(t, end, &a0, &a1);
        t = group_args(t, end, &b0, &b1);
        t = group_args(t, end, &c0, &c1);
        long d = c == 'R' ? LIT_DEPTHS[choose(g, COUNT_OF(LIT_DEPTHS))]
                          : BRACKET_DEPTHS[choose(g, COUNT_OF(BRACKET_DEPTHS))];
        long opened = repeat(g, a0, a1, d);
        long saved = g->rep;
        g->rep = opened;
        expand(g, b0, b1);
        g->rep = saved;
        /* every opening gets its closing, even past the budget */
        size_t start = g->pos, after = g->pos;
        for (long i = 0; i < opened; i++) {
            g->pos = start;
            g->rep = opened - 1 - i;
            expand(g, c0, c1);
            if (i == 0)
                after = g->pos;
        }
        g->pos = after;
        g->rep = saved;
        return t;
    }
    case 'S':
        t = group_args(t, end, &a0, &a1);
        repeat(g, a0, a1, LINE_COUNTS[choose(g, COUNT_OF(LINE_COUNTS))]);
        return t;
    case 'B': {
        t = group_args(t, end, &a0, &a1);
        t = group_args(t, end, &b0, &b1);
        t = group_args(t, end, &c0, &c1);
        long d = BLOCK_DEPTHS[choose(g, COUNT_OF(BLOCK_DEPTHS))];
        size_t head_start = g->pos, head_after = g->pos;
        long saved = g->rep, opened = 0;
        int indent = g->indent;
        for (; opened < d && !over_budget(g); opened++) {
            g->pos = head_start;
            g->rep = opened;
            expand(g, a0, a1);
            put_text(g, ":\n");
            g->indent += 4;
            if (opened == 0)
                head_after = g->pos;
        }
        g->pos = head_after;
        g->rep = opened;
        expand(g, b0, b1);
        size_t tail_start = g->pos, tail_after = g->pos;
        for (long i = opened - 1; i >= 0; i--) {
            g->indent -= 4;
            g->pos = tail_start;
            g->rep = i;
            expand(g, c0, c1);
            if (i == opened - 1)
                tail_after = g->pos;
        }
        g->pos = tail_after;
        g->rep = saved;
        g->indent = indent;
        return t;
    }
    default:
        put_char(g, '$');
        put_char(g, c);
        return t;
    }
}

static void expand(gen *g, const char *t, const char *end)
{
    while (t < end && !g->oom) {
        char c = *t;
        if (c == '^' && t + 1 < end) {
            put_char(g, t[1]);
            t += 2;
        } else if (c == '{') {
            t = expand_choice(g, t, end);
        } else if (c == '$') {
            t = expand_dollar(g, t, end);
        } else {
            put_char(g, c);
            t++;
        }
    }
}

/* ---- programs ---- */

int proggen_kinds(void)
{
    return COUNT_OF(KINDS);
}

const char *proggen_kind_name(int k)
{
    return k >= 0 && k < COUNT_OF(KINDS) ? KINDS[k].name : NULL;
}

char *proggen(const uint8_t *data, size_t size, size_t *len, pg_limits *limits)
{
    gen g;
    memset(&g, 0, sizeof g);
    g.data = data;
    g.size = size;
    g.line_start = 1;

    unsigned lim = next_byte(&g);
    if (limits) {
        limits->max_steps = PG_DEFAULT_STEPS;
        /* 6 in 8: the page's realistic cap; else a small one */
        static const size_t small_caps[] = { (size_t)32 << 20, (size_t)4 << 20 };
        limits->max_memory = lim % 8 < 6 ? PG_DEFAULT_MEMORY : small_caps[lim % 8 - 6];
    }
    unsigned head = next_byte(&g);
    unsigned first_kind = next_byte(&g) % COUNT_OF(KINDS);
    int chunks = 1 + (int)(head % 3);

    put_text(&g, "import sys\n");
    static const char *const preludes[] = {
        "", "", "sys.setrecursionlimit(10**5)\n", "sys.setrecursionlimit(10**6)\n",
        "sys.setrecursionlimit(2**31 - 1)\n", "sys.setrecursionlimit(50)\n",
    };
    put_text(&g, preludes[(head / 3) % COUNT_OF(preludes)]);

    for (int c = 0; c < chunks && !over_budget(&g); c++) {
        g.kind = c == 0 ? (int)first_kind : (int)choose(&g, COUNT_OF(KINDS));
        const char *w = WRAPPERS[choose(&g, COUNT_OF(WRAPPERS))];
        g.indent = 0;
        expand(&g, w, w + strlen(w));
        if (!g.line_start)
            put_char(&g, '\n');
    }
    if (g.oom) {
        free(g.out);
        return NULL;
    }
    if (!g.out)
        put_raw(&g, "", 0);
    if (len)
        *len = g.len;
    return g.out;
}

/* splitmix64: the corpus's pseudo-random bytes. */
static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void proggen_seed_bytes(uint64_t index, uint8_t *out, size_t n)
{
    uint64_t state = index * 0x2545F4914F6CDD1Dull + 1;
    for (size_t i = 0; i < n; i++)
        out[i] = (uint8_t)(splitmix64(&state) >> 56);
    if (n > PG_KIND_BYTE)
        out[PG_KIND_BYTE] = (uint8_t)(index % (uint64_t)COUNT_OF(KINDS));
}
