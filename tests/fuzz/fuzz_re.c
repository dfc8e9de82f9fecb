/* fuzz_re.c - libFuzzer target for the regular-expression engine
 * (core/modules/sre.h): the pattern compiler and the matcher, under ASan +
 * UBSan, without the Python layer in between.
 *
 * Built by tests/fuzz/run_fuzz.sh with FUZZ_TARGET=re.  An input is
 *   byte 0        flags: bit 0 IGNORECASE, 1 MULTILINE, 2 DOTALL, 3 VERBOSE,
 *                 4 ASCII; bits 5-7 the start position (0..7)
 *   bytes 1..     the pattern, then (after the first NUL byte, if any) the
 *                 subject; without a NUL the pattern is its own subject
 * Both are decoded as UTF-8 where it is valid and byte by byte (Latin-1)
 * where it is not, so any code point can occur.  For each input:
 *   1. the pattern is compiled; a failure must be a well-formed error
 *      (a message, a position inside the pattern or none) or a pending
 *      MemoryError/RecursionError;
 *   2. match, fullmatch and search run on the subject, and a scan (the
 *      finditer loop, with CPython's rule for empty matches), under a
 *      budget of FUZZ_RE_STEPS steps charged by the matcher; every result
 *      is checked: spans inside the subject, groups set as pairs, lastindex
 *      a group; search's match must be what match gives at that position,
 *      and match must fail at every earlier position; an ASCII subject
 *      must give the same results read as bytes and as code points;
 *   3. it all runs again under a memory cap below the peak of the first
 *      pass (chosen from the input, so runs are reproducible), to drive
 *      the out-of-memory paths;
 *   and each pass must give back every byte it took from core/base/mem.h.
 * The engine's object model is started by one warm-up rt_run (the parser
 * builds error messages as str objects).  Test code: stdio and abort().
 */
#include "base/mem.h"
#include "host/runtime.h"
#include "modules/sre.h"
#include "objects/exc.h"
#include "objects/types.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_MAX_INPUT 4096
#define FUZZ_RE_STEPS 20000         /* steps per input (SRE_WORK_PER_STEP units each) */
#define FUZZ_CHECK_POSITIONS 64     /* subjects up to this long get the search check */

static uint64_t steps_left;
static int skip_oom;                 /* FUZZ_NO_OOM=1 */

static void fail(const char *what, long long a, long long b)
{
    fprintf(stderr, "fuzz_re: %s (%lld vs %lld)\n", what, a, b);
    abort();
}

/* The matcher's budget: a RuntimeError once FUZZ_RE_STEPS are spent. */
static int charge(uint64_t steps)
{
    if (steps > steps_left) {
        steps_left = 0;
        err_set(Exc_RuntimeError, "fuzz budget exhausted");
        return -1;
    }
    steps_left -= steps;
    return 0;
}

static uint32_t hash_bytes(const uint8_t *d, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ d[i]) * 16777619u;
    return h;
}

/* Lenient UTF-8: a valid sequence is its code point, any other byte is
 * itself.  Returns the number of code points written to out. */
static size_t decode(const uint8_t *s, size_t n, uint32_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint8_t b = s[i];
        size_t len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
        uint32_t cp = b;
        if (len > 1 && i + len <= n) {
            cp = len == 2 ? b & 0x1f : len == 3 ? b & 0x0f : b & 0x07;
            size_t j;
            for (j = 1; j < len && (s[i + j] & 0xc0) == 0x80; j++)
                cp = (cp << 6) | (s[i + j] & 0x3f);
            bool ok = j == len && !(len == 3 && cp < 0x800) && !(len == 4 && (cp < 0x10000 || cp > 0x10ffff))
                      && !(cp >= 0xd800 && cp <= 0xdfff);
            if (!ok) {
                cp = b;
                len = 1;
            }
        } else {
            len = 1;
        }
        out[k++] = cp;
        i += len;
    }
    return k;
}

/* Clears the exception a failed run left: only the budget's RuntimeError,
 * a MemoryError (under a cap) or a RecursionError are expected.  Returns
 * true when the budget ended (nothing more should run for this input). */
static bool expected_error(bool capped)
{
    if (!err_occurred())
        fail("a run failed without an exception", 0, 0);
    bool budget = err_matches(Exc_RuntimeError);
    bool memory = err_matches(Exc_MemoryError);
    if (!budget && !memory && !err_matches(Exc_RecursionError))
        fail("a run failed with an unexpected exception", 0, 0);
    if (memory && !capped)
        fail("MemoryError without a memory cap", 0, 0);
    err_clear();
    return budget;
}

typedef struct Case {
    const SreProgram *prog;
    const uint32_t *subject;
    uint8_t *ascii;             /* the subject as bytes, or NULL */
    int64_t len;
    int64_t *regs, *regs2;
    bool capped;                /* under a memory cap: MemoryError allowed */
} Case;

/* One run: 1, 0, or -1 (error cleared; *stop when the budget ended). */
static int run(Case *c, int64_t pos, int64_t endpos, int mode, bool must_advance, bool bytes,
               int64_t *regs, bool *stop)
{
    SreRun r = { .prog = c->prog, .pos = pos, .endpos = endpos, .mode = mode,
                 .must_advance = must_advance, .charge = charge, .regs = regs };
    r.s.len = c->len;
    if (bytes)
        r.s.u8 = c->ascii;
    else
        r.s.u32 = c->subject;
    int rc = sre_exec(&r);
    if (rc < 0) {
        *stop = expected_error(c->capped);
        return -1;
    }
    if (err_occurred())
        fail("a run succeeded with an exception pending", rc, 0);
    if (rc != 0 && rc != 1)
        fail("sre_exec returned a bad status", rc, 0);
    return rc;
}

/* The registers of a match must describe spans of the subject. */
static void check_regs(const Case *c, const int64_t *regs, int64_t pos, int64_t endpos, int mode)
{
    int64_t start = regs[0], end = regs[1];
    int64_t hi = endpos > pos ? endpos : pos;
    if (start < pos || start > hi || end < start || end > hi)
        fail("match span outside pos..endpos", start, end);
    if (mode != SRE_SEARCH && start != pos)
        fail("match/fullmatch did not start at pos", start, pos);
    if (mode == SRE_FULLMATCH && pos <= endpos && end != endpos)
        fail("fullmatch did not end at endpos", end, endpos);
    for (int64_t g = 1; g <= c->prog->groups; g++) {
        int64_t s = regs[2 * g], e = regs[2 * g + 1];
        if ((s < 0) != (e < 0))
            fail("a group with one end set", s, e);
        if (s < -1 || e < -1 || s > c->len || e > c->len)
            fail("a group outside the subject", s, e);
    }
    int64_t last = regs[SRE_REG_LASTINDEX(c->prog)];
    if (last < -1 || last == 0 || last > c->prog->groups)
        fail("lastindex is not a group", last, c->prog->groups);
}

static bool same_regs(const Case *c, const int64_t *a, const int64_t *b)
{
    return memcmp(a, b, (size_t)c->prog->nregs * sizeof *a) == 0 ||
           (memcmp(a, b, 2 * (size_t)(c->prog->groups + 1) * sizeof *a) == 0 &&
            a[SRE_REG_LASTINDEX(c->prog)] == b[SRE_REG_LASTINDEX(c->prog)]);
}

/* Step 2 on one compiled program. */
static void exercise(Case *c, int64_t pos, int64_t endpos)
{
    bool stop = false;
    static const int modes[] = { SRE_MATCH, SRE_FULLMATCH, SRE_SEARCH };
    for (size_t m = 0; m < 3 && !stop; m++) {
        int rc = run(c, pos, endpos, modes[m], false, false, c->regs, &stop);
        if (rc == 1)
            check_regs(c, c->regs, pos, endpos, modes[m]);
        if (c->ascii && rc >= 0 && !stop) {
            int rc2 = run(c, pos, endpos, modes[m], false, true, c->regs2, &stop);
            if (rc2 >= 0 && (rc2 != rc || (rc == 1 && !same_regs(c, c->regs, c->regs2))))
                fail("an ASCII subject matched differently as bytes", rc, rc2);
        }
        /* search finds the first position where match succeeds */
        if (modes[m] == SRE_SEARCH && rc >= 0 && !stop && !c->capped && pos <= endpos &&
            c->len <= FUZZ_CHECK_POSITIONS) {
            int64_t found = rc == 1 ? c->regs[0] : endpos + 1;
            for (int64_t p = pos; p <= endpos && p <= found && !stop; p++) {
                int rc2 = run(c, p, endpos, SRE_MATCH, false, false, c->regs2, &stop);
                if (rc2 < 0)
                    break;
                if (p < found && rc2 == 1)
                    fail("search missed a match at an earlier position", p, found);
                if (p == found && (rc2 != 1 || !same_regs(c, c->regs, c->regs2)))
                    fail("search's match differs from match at its start", p, rc2);
            }
        }
    }
    /* a finditer scan: never stuck, always moving forward */
    int64_t at = pos;
    bool must_advance = false;
    for (int64_t n = 0; !stop && n <= 2 * c->len + 3; n++) {
        int rc = run(c, at, endpos, SRE_SEARCH, must_advance, false, c->regs, &stop);
        if (rc != 1)
            return;
        check_regs(c, c->regs, at, endpos, SRE_SEARCH);
        if (c->regs[1] < at || (must_advance && c->regs[1] == at && c->regs[0] == at))
            fail("the scan did not advance", c->regs[1], at);
        must_advance = c->regs[1] == c->regs[0];
        at = c->regs[1];
    }
    if (!stop)
        fail("the scan found more than two matches a position", at, c->len);
}

/* Steps 1 and 2 once (under whatever cap is set). */
static void one_pass(const uint32_t *pat, size_t npat, int flags, Case *c, int64_t pos,
                     int64_t endpos)
{
    size_t before = mem_in_use();
    SreError err = { SRE_ERR_PENDING, NULL, -1 };
    SreProgram *prog = sre_compile(pat, npat, flags, &err);
    if (!prog) {
        if (err.kind == SRE_ERR_PENDING) {
            if (!err_matches(Exc_MemoryError) && !err_matches(Exc_RecursionError))
                fail("a compile failed without a message or a known exception", err.kind, 0);
            if (err_matches(Exc_MemoryError) && !c->capped)
                fail("a compile ran out of memory without a cap", 0, 0);
            err_clear();
        } else {
            if (!err.msg || !STR_CHECK(err.msg) || STR_NBYTES(err.msg) == 0)
                fail("a compile error without a message", err.kind, 0);
            if (err.pos < -1 || err.pos > (int64_t)npat)
                fail("a compile error position outside the pattern", err.pos, (long long)npat);
            if (err_occurred())
                fail("a compile error with an exception pending", err.kind, 0);
        }
        sre_error_clear(&err);
    } else {
        if (err.msg || err_occurred())
            fail("a compiled pattern with an error", 0, 0);
        if (prog->groups < 0 || prog->nregs < 2 * (prog->groups + 1) + 1)
            fail("a program with too few registers", prog->nregs, prog->groups);
        c->prog = prog;
        c->regs = malloc((size_t)prog->nregs * sizeof *c->regs);
        c->regs2 = malloc((size_t)prog->nregs * sizeof *c->regs2);
        if (!c->regs || !c->regs2)
            abort();
        exercise(c, pos, endpos);
        free(c->regs);
        free(c->regs2);
        c->prog = NULL;
        sre_free(prog);
    }
    if (err_occurred())
        fail("an exception left pending", 0, 0);
    if (mem_in_use() != before)
        fail("leak: mem_in_use() after the pass", (long long)mem_in_use(), (long long)before);
}

static void discard(void *user, const char *data, size_t len)
{
    (void)user;
    (void)data;
    (void)len;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *v = getenv("FUZZ_NO_OOM");
    skip_oom = v && *v == '1';
    /* Start the engine (types, interned names, exceptions) with one run. */
    static const char warm[] = "print(str(1) + 'x', repr('a'))\n";
    rt_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_stdout = discard;
    cfg.write_stderr = discard;
    rt_run(warm, sizeof warm - 1, &cfg);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > FUZZ_MAX_INPUT)
        return 0;
    static const int flag_bits[] = { SRE_FLAG_IGNORECASE, SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL,
                                     SRE_FLAG_VERBOSE, SRE_FLAG_ASCII };
    int flags = 0;
    for (int i = 0; i < 5; i++)
        if (data[0] & (1 << i))
            flags |= flag_bits[i];
    const uint8_t *body = data + 1;
    size_t n = size - 1;
    const uint8_t *nul = memchr(body, 0, n);
    size_t npat_bytes = nul ? (size_t)(nul - body) : n;
    const uint8_t *subj_bytes = nul ? nul + 1 : body;
    size_t nsubj_bytes = nul ? n - npat_bytes - 1 : n;

    uint32_t *pat = malloc((npat_bytes + 1) * sizeof *pat);
    uint32_t *subj = malloc((nsubj_bytes + 1) * sizeof *subj);
    uint8_t *ascii = malloc(nsubj_bytes + 1);
    if (!pat || !subj || !ascii)
        abort();
    size_t npat = decode(body, npat_bytes, pat);
    size_t nsubj = decode(subj_bytes, nsubj_bytes, subj);
    bool is_ascii = true;
    for (size_t i = 0; i < nsubj; i++) {
        is_ascii = is_ascii && subj[i] < 128;
        ascii[i] = (uint8_t)subj[i];
    }
    uint32_t h = hash_bytes(data, size);
    int64_t len = (int64_t)nsubj;
    int64_t pos = (data[0] >> 5) & 7;
    if (pos > len + 1)
        pos = len;
    int64_t endpos = len - (int64_t)(h % 3);
    if (endpos < 0)
        endpos = len;
    if (pos > len)
        pos = len;

    Case c = { .subject = subj, .ascii = is_ascii ? ascii : NULL, .len = len };
    size_t before = mem_in_use();
    mem_reset_peak();
    steps_left = FUZZ_RE_STEPS;
    one_pass(pat, npat, flags, &c, pos, endpos);
    size_t need = mem_peak() - before;
    if (!skip_oom && need > 0) {
        size_t allow = (size_t)((uint64_t)need * ((h >> 8) % 8) / 8);
        mem_set_cap(before + allow);
        c.capped = true;
        steps_left = FUZZ_RE_STEPS;
        one_pass(pat, npat, flags, &c, pos, endpos);
        mem_set_cap(0);
    }
    free(pat);
    free(subj);
    free(ascii);
    return 0;
}
