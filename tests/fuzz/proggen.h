/* proggen.h - a structure-aware generator of deep and long Python programs
 * for fuzzing the engine (issue 10: "fuzzing that would have found these").
 *
 * Any byte string is a valid input: the bytes are read one by one as the
 * choices of a small grammar (proggen.c), and a string that runs out reads
 * as zeros, so a short input gives a short program and every mutation of
 * an input gives another program close to it.  The grammar's shapes are
 * the ones that crashed or hung the engine before: iterator chains (zip,
 * map, filter, enumerate, generator expressions), deeply nested lists,
 * tuples and dicts compared, hashed and printed, deep unary operators,
 * lambdas and conditional expressions in the source and through eval(),
 * long elif chains and literals, huge ranges and repeats, big integers,
 * long strings, join and expandtabs, recursion through Python and through
 * C (dunder methods, map, sorted's key, eval), with and without
 * sys.setrecursionlimit, generators nested through next() and yield from,
 * generators, coroutines and asyncio tasks created in loops, exception
 * chains and nested exception groups, deep class hierarchies and deep
 * deallocation.  Sizes come from tables that span small values, the
 * engine's limits (1,000 C-recursive calls, 100 indentation levels, ...)
 * and huge ones.
 *
 * Used by the libFuzzer target tests/fuzz/fuzz_programs.c (coverage of the
 * engine guides which bytes survive) and by the tool tests/fuzz/proggen_main.c
 * (shows the program of an input; writes the corpus tests/fuzz/programs/).
 * Plain C11, no engine headers: it only writes text.
 */
#ifndef CS_PROGGEN_H
#define CS_PROGGEN_H

#include <stddef.h>
#include <stdint.h>

/* Limits the program is to run under (the input's first byte picks them):
 * realistic ones for the page, sometimes a small memory cap so that
 * MemoryError strikes at varied points. */
typedef struct pg_limits {
    uint64_t max_steps;         /* step budget (rt_config.step_budget) */
    size_t max_memory;          /* memory cap in bytes (rt_config.mem_cap) */
} pg_limits;

#define PG_DEFAULT_STEPS 200000u
#define PG_DEFAULT_MEMORY ((size_t)256 << 20)

/* Byte 2 of an input picks the first chunk's kind (byte % PG_KINDS), so a
 * corpus can hold every kind (proggen_seed_bytes). */
#define PG_KIND_BYTE 2

/* The number of chunk kinds of the grammar. */
int proggen_kinds(void);
/* The name of chunk kind k (0 <= k < proggen_kinds()). */
const char *proggen_kind_name(int k);

/* The program for data[0..size): a NUL-terminated malloc'd string (its
 * length in *len), NULL only when out of memory; *limits (may be NULL)
 * receives the limits it is meant to run under. */
char *proggen(const uint8_t *data, size_t size, size_t *len, pg_limits *limits);

/* The input of corpus entry `index`: n pseudo-random bytes (splitmix64 of
 * the index, so the same on every machine) whose kind byte names kind
 * index % proggen_kinds(). */
void proggen_seed_bytes(uint64_t index, uint8_t *out, size_t n);

#endif
