/* numbers_test.c - table-driven tests of core/bigint and core/numfmt.
 *
 * numbers_cases.h is generated from CPython 3.11 by gen_cases.py at build
 * time (into build/gen/, see the Makefile); this program never runs Python.  Each row is (op, a, b, c, expected); errors
 * are expected as "!Exception: message"; float results are given as
 * float.hex() and compared bit for bit.  Prints one line per failure and
 * a final "numbers: N passed, M failed"; exits 1 on any failure.
 *
 * Built and run by the Makefile and tests/numbers.test.mjs, natively under
 * ASan+UBSan (build/asan/numbers_test) and as wasm with musl's printf and
 * strtod (build/wasm/numbers_test.mjs).
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/bigint.h"
#include "base/mem.h"
#include "objects/numfmt.h"

#include "numbers_cases.h"   /* build/gen/, from gen_cases.py */

static int passed, failed;

/* ---- small helpers -------------------------------------------------- */

/* A result string built by the test (static storage, grown as needed). */
typedef struct out { char *p; size_t cap; } out;
static out res;

static void res_set(const char *s, size_t n)
{
    if (n + 1 > res.cap) {
        res.cap = n + 1 + 256;
        res.p = realloc(res.p, res.cap);
    }
    memcpy(res.p, s, n);
    res.p[n] = '\0';
}

static void res_str(const char *s) { res_set(s, strlen(s)); }

static void res_append(const char *s)
{
    size_t have = strlen(res.p), n = strlen(s);
    if (have + n + 1 > res.cap) {
        res.cap = have + n + 1 + 256;
        res.p = realloc(res.p, res.cap);
    }
    memcpy(res.p + have, s, n + 1);
}

/* Python's repr of a UTF-8 str for the characters the tables use, cut to
 * `limit` code points (0 = no limit) as %.200R does. */
static void py_repr(const char *s, size_t limit, char *buf, size_t size)
{
    char quote = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    size_t n = 0, cps = 0;
    char tmp[16];
    #define PUT(str) do { const char *q_ = (str); size_t l_ = strlen(q_); \
        if (!limit || cps < limit) { if (n + l_ < size) { memcpy(buf + n, q_, l_); n += l_; } } cps++; } while (0)
    tmp[0] = quote; tmp[1] = 0;
    PUT(tmp);
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        uint32_t c = *u;
        int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (len > 1) {
            c &= 0x3Fu >> (len - 1);
            for (int k = 1; k < len; k++) c = (c << 6) | (u[k] & 0x3F);
        }
        if (c == '\t') strcpy(tmp, "\\t");
        else if (c == '\n') strcpy(tmp, "\\n");
        else if (c == '\r') strcpy(tmp, "\\r");
        else if (c == '\\') strcpy(tmp, "\\\\");
        else if (c == (uint32_t)quote) snprintf(tmp, sizeof tmp, "\\%c", quote);
        else if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || c == 0x205F ||
                 c == 0x3000 || c == 0x1680)
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
        else { memcpy(tmp, u, (size_t)len); tmp[len] = 0; }
        PUT(tmp);
        u += len;
    }
    tmp[0] = quote; tmp[1] = 0;
    PUT(tmp);
    buf[n] = '\0';
    #undef PUT
}

static void res_big_error(big_status st, int base, size_t ndigits, const char *text)
{
    if (st == BIG_ENEGEXP) { res_str("!NEGEXP"); return; }
    char msg[512], line[1200];
    big_status_message(st, base, ndigits, msg, sizeof msg);
    snprintf(line, sizeof line, "!%s: %s", big_status_exc(st), msg);
    res_str(line);
    if (st == BIG_ELITERAL && text) {
        char r[1024];
        py_repr(text, 200, r, sizeof r);
        res_append(r);
    }
}

static void res_fmt_error(fmt_status st, const fmt_error *e, const char *text)
{
    if (st == FMT_ECOMPLEX) { res_str("!COMPLEX"); return; }
    char line[600];
    snprintf(line, sizeof line, "!%s: %s", e->exc, e->msg);
    res_str(line);
    if (st == FMT_EPARSE && text) {
        char r[1024];
        py_repr(text, 0, r, sizeof r);
        res_append(r);
    }
}

/* Operands may exceed the digit limit: parse/print them without it. */
static big_int *big_arg(const char *s)
{
    big_int *b = NULL;
    big_set_max_str_digits(0);
    big_status st = big_from_str(s, strlen(s), 10, &b, NULL);
    big_set_max_str_digits(4300);
    if (st != BIG_OK) { fprintf(stderr, "bad operand %s\n", s); exit(2); }
    return b;
}

static void res_big(big_int *b)
{
    char *s;
    size_t n;
    big_set_max_str_digits(0);
    big_status st = big_to_str(b, 10, 0, &s, &n);
    big_set_max_str_digits(4300);
    if (st != BIG_OK) { res_big_error(st, 10, 0, NULL); return; }
    res_set(s, n);
    mem_free(s, n + 1);
}

static double dbl_arg(const char *s) { return strtod(s, NULL); }

/* A double printed as float.hex() would, enough to compare bits. */
static void res_double(double d)
{
    char buf[64];
    if (isnan(d)) strcpy(buf, "nan");
    else if (isinf(d)) strcpy(buf, d > 0 ? "inf" : "-inf");
    else snprintf(buf, sizeof buf, "%a", d);
    res_str(buf);
}

/* Compare res with exp: float rows (hex) compare by value and sign. */
static bool same_double_text(const char *got, const char *exp)
{
    if (got[0] == '!' || exp[0] == '!')
        return strcmp(got, exp) == 0;
    double g = strtod(got, NULL), e = strtod(exp, NULL);
    if (isnan(e)) return isnan(g);
    return g == e && signbit(g) == signbit(e);
}

/* ---- per-operation dispatch ------------------------------------------ */

typedef big_status (*big_op2)(const big_int *, const big_int *, big_int **);

static void run_big2(big_op2 f, const char *a, const char *b)
{
    big_int *x = big_arg(a), *y = big_arg(b), *r = NULL;
    big_status st = f(x, y, &r);
    if (st == BIG_OK) res_big(r); else res_big_error(st, 10, 0, NULL);
    big_free(x); big_free(y); big_free(r);
}

static big_op2 big_op_named(const char *op)
{
    static const struct { const char *name; big_op2 f; } t[] = {
        {"add", big_add}, {"sub", big_sub}, {"mul", big_mul}, {"floordiv", big_floordiv},
        {"mod", big_mod}, {"and", big_and}, {"or", big_or}, {"xor", big_xor}, {"pow", big_pow},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(op, t[i].name) == 0) return t[i].f;
    return NULL;
}

static void run_unary(const char *op, const char *a)
{
    big_int *x = big_arg(a), *r = NULL;
    char buf[64];
    big_status st = BIG_OK;
    if (!strcmp(op, "neg")) st = big_neg(x, &r);
    else if (!strcmp(op, "abs")) st = big_abs(x, &r);
    else if (!strcmp(op, "invert")) st = big_invert(x, &r);
    if (r) res_big(r);
    else if (st != BIG_OK) res_big_error(st, 10, 0, NULL);
    else if (!strcmp(op, "bitlen")) { snprintf(buf, sizeof buf, "%" PRIu64, big_bit_length(x)); res_str(buf); }
    else if (!strcmp(op, "hash")) { snprintf(buf, sizeof buf, "%" PRId64, big_hash(x)); res_str(buf); }
    else if (!strcmp(op, "fits64")) {
        bool fits;
        int64_t v = big_to_i64(x, &fits);
        res_str(fits ? "1" : "0");
        if (fits && big_hash_i64(v) != big_hash(x)) res_str("hash_i64 mismatch");
    } else if (!strcmp(op, "todouble")) {
        double d;
        st = big_to_double(x, &d);
        if (st == BIG_OK) res_double(d); else res_big_error(st, 10, 0, NULL);
    }
    big_free(x); big_free(r);
}

static void run_bigmisc(const char *op, const char *a, const char *b, const char *c)
{
    big_int *x = big_arg(a), *r = NULL, *r2 = NULL;
    big_status st = BIG_OK;
    if (!strcmp(op, "lshift") || !strcmp(op, "rshift")) {
        int64_t n = strtoll(b, NULL, 10);
        st = op[0] == 'l' ? big_lshift(x, n, &r) : big_rshift(x, n, &r);
    } else if (!strcmp(op, "roundi")) {
        st = big_round(x, strtoll(b, NULL, 10), &r);
    } else if (!strcmp(op, "divmod")) {
        big_int *y = big_arg(b);
        st = big_divmod(x, y, &r, &r2);
        big_free(y);
    } else if (!strcmp(op, "powmod")) {
        big_int *y = big_arg(b), *m = big_arg(c);
        st = big_powmod(x, y, m, &r);
        big_free(y); big_free(m);
    } else if (!strcmp(op, "truediv") || !strcmp(op, "cmp")) {
        big_int *y = big_arg(b);
        double d = 0;
        char buf[8];
        if (op[0] == 't') st = big_truediv(x, y, &d);
        else { snprintf(buf, sizeof buf, "%d", big_cmp(x, y)); res_str(buf); }
        if (op[0] == 't') { if (st == BIG_OK) res_double(d); else res_big_error(st, 10, 0, NULL); }
        big_free(y); big_free(x);
        return;
    }
    if (st != BIG_OK) res_big_error(st, 10, 0, NULL);
    else {
        res_big(r);
        if (r2) {
            char *q = strdup(res.p);
            res_big(r2);
            char *rem = strdup(res.p);
            res_str(q); res_append(" "); res_append(rem);
            free(q); free(rem);
        }
    }
    big_free(x); big_free(r); big_free(r2);
}

static void run_strconv(const char *op, const char *a, const char *b)
{
    int base = atoi(b);
    if (!strcmp(op, "int2str")) {
        big_int *x = big_arg(a);
        char *s;
        size_t n;
        big_status st = big_to_str(x, base, base == 10 ? 0 : BIG_PREFIX, &s, &n);
        if (st == BIG_OK) { res_set(s, n); mem_free(s, n + 1); }
        else res_big_error(st, base, 0, NULL);
        big_free(x);
        return;
    }
    big_int *r = NULL;
    size_t nd = 0;
    big_status st = big_from_str(a, strlen(a), base, &r, &nd);
    if (st == BIG_OK) res_big(r); else res_big_error(st, base, nd, a);
    big_free(r);
}

static void run_double_ops(const char *op, const char *a, const char *b)
{
    double x = dbl_arg(a), y = dbl_arg(b), r = 0, r2 = 0;
    fmt_error e;
    fmt_status st = FMT_OK;
    char buf[64];
    if (!strcmp(op, "fdiv")) st = fmt_float_div(x, y, &r, &e);
    else if (!strcmp(op, "ffloordiv")) st = fmt_float_floordiv(x, y, &r, &e);
    else if (!strcmp(op, "fmod")) st = fmt_float_mod(x, y, &r, &e);
    else if (!strcmp(op, "fpow")) st = fmt_float_pow(x, y, &r, &e);
    else if (!strcmp(op, "roundf")) st = fmt_round_double(x, strtoll(b, NULL, 10), &r, &e);
    else if (!strcmp(op, "fdivmod")) {
        st = fmt_float_divmod(x, y, &r, &r2, &e);
        if (st == FMT_OK) {
            res_double(r);
            snprintf(buf, sizeof buf, "%s", res.p);
            res_double(r2);
            char second[64];
            snprintf(second, sizeof second, "%s", res.p);
            res_str(buf); res_append(" "); res_append(second);
            return;
        }
    }
    if (st != FMT_OK) res_fmt_error(st, &e, NULL); else res_double(r);
}

static void run_float_misc(const char *op, const char *a, const char *b)
{
    double x = dbl_arg(a);
    char buf[FMT_REPR_MAX + 8];
    if (!strcmp(op, "repr")) { fmt_float_repr(x, buf); res_str(buf); return; }
    if (!strcmp(op, "hashf")) {
        if (isnan(x)) res_str("nan");
        else { snprintf(buf, sizeof buf, "%" PRId64, big_hash_double(x)); res_str(buf); }
        return;
    }
    if (!strcmp(op, "cmpf")) {
        big_int *v = big_arg(a);
        snprintf(buf, sizeof buf, "%d", big_cmp_double(v, dbl_arg(b)));
        res_str(buf);
        big_free(v);
        return;
    }
    big_int *r = NULL;
    if (!strcmp(op, "roundf0")) x = fmt_round_half_even(x);
    big_status st = big_from_double(x, &r);
    if (st == BIG_OK) res_big(r); else res_big_error(st, 10, 0, NULL);
    big_free(r);
}

static void run_parsef(const char *a)
{
    double d;
    fmt_error e;
    fmt_status st = fmt_parse_float(a, strlen(a), &d, &e);
    if (st == FMT_OK) res_double(d); else res_fmt_error(st, &e, a);
}

static void run_format(const char *op, const char *a, const char *b, const char *c)
{
    char *o = NULL;
    size_t n = 0;
    fmt_error e;
    fmt_status st;
    const char *tn = c[0] ? c : NULL;
    if (!strcmp(op, "fmti")) {
        big_int *x = big_arg(a);
        st = fmt_format_int(x, b, strlen(b), tn, &o, &n, &e);
        big_free(x);
    } else if (!strcmp(op, "fmtf")) {
        st = fmt_format_float(dbl_arg(a), b, strlen(b), tn, &o, &n, &e);
    } else {
        st = fmt_format_str(a, strlen(a), b, strlen(b), tn, &o, &n, &e);
    }
    if (st == FMT_OK) { res_set(o, n); mem_free(o, n + 1); }
    else res_fmt_error(st, &e, NULL);
}

static void run_pct(const char *op, const char *f, const char *a)
{
    fmt_pct p;
    fmt_error e;
    size_t pos = 0;
    char *o = NULL;
    size_t n = 0;
    fmt_status st = fmt_pct_parse(f, strlen(f), &pos, &p, &e);
    if (st == FMT_OK && pos != strlen(f)) { res_str("trailing text after conversion"); return; }
    if (st == FMT_OK && op[3] != 's' && (p.conv == 's' || p.conv == 'r')) {
        /* the object layer's job: str()/repr() of the number, then %s */
        char r[FMT_REPR_MAX];
        if (op[3] == 'f') fmt_float_repr(dbl_arg(a), r);
        else snprintf(r, sizeof r, "%s", a);
        st = fmt_pct_str(&p, r, strlen(r), &o, &n, &e);
    } else if (st == FMT_OK) {
        if (op[3] == 'i') {
            big_int *x = big_arg(a);
            st = fmt_pct_int(&p, x, &o, &n, &e);
            big_free(x);
        } else if (op[3] == 'f') {
            st = fmt_pct_float(&p, dbl_arg(a), &o, &n, &e);
        } else {
            char r[256];
            if (p.conv == 'r') py_repr(a, 0, r, sizeof r); else snprintf(r, sizeof r, "%s", a);
            st = fmt_pct_str(&p, r, strlen(r), &o, &n, &e);
        }
    }
    if (st == FMT_OK) { res_set(o, n); mem_free(o, n + 1); }
    else res_fmt_error(st, &e, NULL);
}

/* Run one table row and compare. */
static void run_case(const char *const row[5])
{
    const char *op = row[0], *a = row[1], *b = row[2], *c = row[3], *exp = row[4];
    bool dbl = false;
    big_op2 f2 = big_op_named(op);
    res_str("(op not run)");
    if (f2) run_big2(f2, a, b);
    else if (!strcmp(op, "neg") || !strcmp(op, "abs") || !strcmp(op, "invert") || !strcmp(op, "bitlen")
             || !strcmp(op, "hash") || !strcmp(op, "fits64") || !strcmp(op, "todouble")) {
        run_unary(op, a);
        dbl = !strcmp(op, "todouble");
    } else if (!strcmp(op, "lshift") || !strcmp(op, "rshift") || !strcmp(op, "roundi") ||
               !strcmp(op, "divmod") || !strcmp(op, "powmod") || !strcmp(op, "truediv") ||
               !strcmp(op, "cmp")) {
        run_bigmisc(op, a, b, c);
        dbl = !strcmp(op, "truediv");
    } else if (!strcmp(op, "int2str") || !strcmp(op, "str2int")) run_strconv(op, a, b);
    else if (!strcmp(op, "fdiv") || !strcmp(op, "ffloordiv") || !strcmp(op, "fmod") ||
             !strcmp(op, "fpow") || !strcmp(op, "roundf") || !strcmp(op, "fdivmod")) {
        run_double_ops(op, a, b);
        dbl = true;
    } else if (!strcmp(op, "repr") || !strcmp(op, "hashf") || !strcmp(op, "cmpf") ||
               !strcmp(op, "fromdouble") || !strcmp(op, "roundf0")) run_float_misc(op, a, b);
    else if (!strcmp(op, "parsef")) { run_parsef(a); dbl = true; }
    else if (!strncmp(op, "fmt", 3)) run_format(op, a, b, c);
    else if (!strncmp(op, "pct", 3)) run_pct(op, a, b);
    bool ok;
    if (dbl && !strcmp(op, "fdivmod") && exp[0] != '!' && res.p[0] != '!') {
        char e1[64], e2[64], g1[64], g2[64];
        ok = sscanf(exp, "%63s %63s", e1, e2) == 2 && sscanf(res.p, "%63s %63s", g1, g2) == 2 &&
             same_double_text(g1, e1) && same_double_text(g2, e2);
    } else if (dbl) {
        ok = same_double_text(res.p, exp);
    } else {
        ok = strcmp(res.p, exp) == 0;
    }
    if (ok) { passed++; return; }
    failed++;
    printf("FAIL %s(%.60s, %.60s, %.20s): got '%.300s' expected '%.300s'\n", op, a, b, c, res.p, exp);
}

/* ---- hand-written checks (first principles, not CPython tables) ------- */

#define CHECK(cond, what) do { if (cond) passed++; else { failed++; printf("FAIL %s\n", what); } } while (0)

static void int64_helper_checks(void)
{
    int64_t r;
    CHECK(!big_i64_add(INT64_MAX, 1, &r), "i64_add overflow");
    CHECK(big_i64_add(-5, 3, &r) && r == -2, "i64_add");
    CHECK(!big_i64_mul(INT64_MIN, -1, &r), "i64_mul overflow");
    CHECK(!big_i64_floordiv(INT64_MIN, -1, &r), "i64_floordiv overflow");
    CHECK(big_i64_floordiv(-7, 2, &r) && r == -4, "i64_floordiv -7//2");
    CHECK(big_i64_floordiv(7, -2, &r) && r == -4, "i64_floordiv 7//-2");
    CHECK(big_i64_mod(-7, 2) == 1 && big_i64_mod(7, -2) == -1 && big_i64_mod(INT64_MIN, -1) == 0,
          "i64_mod");
    CHECK(big_hash_i64(-1) == -2 && big_hash_i64(-2) == -2 && big_hash_i64(INT64_MIN) == -4,
          "hash_i64 of -1, -2, INT64_MIN");
    big_tmp t;
    const big_int *v = big_tmp_i64(&t, INT64_MIN);
    bool fits;
    CHECK(big_to_i64(v, &fits) == INT64_MIN && fits, "tmp view of INT64_MIN");
    CHECK(big_sign(big_tmp_i64(&t, 0)) == 0 && big_is_zero(big_tmp_i64(&t, 0)), "tmp zero");
}

/* Memory cap: operations must fail with a status, never crash or leak. */
static void memory_cap_checks(void)
{
    big_int *a = NULL, *b = NULL, *r = NULL;
    char *s = NULL;
    size_t n = 0;
    const char *digits = "98765432109876543210987654321098765432109876543210";
    char text[5001];
    for (int i = 0; i < 5000; i++) text[i] = digits[i % 50];
    text[5000] = '\0';
    big_set_max_str_digits(0);
    big_from_str(text, 5000, 10, &a, NULL);
    big_from_str(text + 1, 4999, 10, &b, NULL);
    size_t before = mem_in_use();
    mem_set_cap(before + 64);
    CHECK(big_mul(a, b, &r) == BIG_ENOMEM, "mul under cap -> ENOMEM");
    CHECK(big_to_str(a, 10, 0, &s, &n) == BIG_ENOMEM, "to_str under cap -> ENOMEM");
    CHECK(big_from_str(text, 5000, 10, &r, NULL) == BIG_ENOMEM, "from_str under cap -> ENOMEM");
    big_int *q = NULL, *m = NULL;
    CHECK(big_divmod(a, b, &q, &m) == BIG_ENOMEM, "divmod under cap -> ENOMEM");
    fmt_error e;
    CHECK(fmt_format_float(1e300, ".2f", 3, NULL, &s, &n, &e) == FMT_ENOMEM &&
          strcmp(e.exc, "MemoryError") == 0, "format under cap -> MemoryError");
    CHECK(mem_in_use() == before, "no leak after failed operations");
    mem_set_cap(0);
    /* 5000-digit round trip, speed sanity: divide-by-10**9 conversion */
    CHECK(big_to_str(a, 10, 0, &s, &n) == BIG_OK && n == 5000 && memcmp(s, text, 5000) == 0,
          "5000-digit str round trip");
    mem_free(s, n + 1);
    big_set_max_str_digits(4300);
    CHECK(big_to_str(a, 10, 0, &s, &n) == BIG_EFORMATDIGITS, "5000-digit str over the limit");
    big_lshift(a, 100000, &r);
    CHECK(big_bit_length(r) == big_bit_length(a) + 100000, "lshift 100000 bit length");
    big_free(r);
    CHECK(big_lshift(a, INT64_MAX, &r) == BIG_ENOMEM, "lshift by INT64_MAX -> MemoryError");
    big_free(a); big_free(b);
}

/* API pieces the tables do not reach. */
static void api_checks(void)
{
    char *s = NULL;
    size_t n = 0;
    fmt_error e;
    big_int *u = big_from_u64(UINT64_MAX), *c = big_copy(u);
    CHECK(big_cmp(u, c) == 0 && big_to_str(c, 10, 0, &s, &n) == BIG_OK &&
          strcmp(s, "18446744073709551615") == 0 && !big_fits_i64(c) && big_is_odd(c),
          "from_u64 / copy / fits");
    mem_free(s, n + 1);
    CHECK(big_to_str(c, 16, BIG_PREFIX | BIG_UPPER, &s, &n) == BIG_OK &&
          strcmp(s, "0XFFFFFFFFFFFFFFFF") == 0, "upper-case prefix");
    mem_free(s, n + 1);
    CHECK(big_cmp_double(c, NAN) == 2 && big_cmp_double(c, INFINITY) == -1 &&
          big_cmp_double(c, 18446744073709551616.0) == -1, "cmp_double specials");
    big_free(u); big_free(c);
    CHECK(fmt_format_i64(INT64_MIN, ",", 1, NULL, &s, &n, &e) == FMT_OK &&
          strcmp(s, "-9,223,372,036,854,775,808") == 0, "format_i64 INT64_MIN");
    mem_free(s, n + 1);
    big_int *ten = big_from_i64(10), *k = big_from_i64(4999), *p = NULL;
    big_pow(ten, k, &p);
    CHECK(big_decimal_digits(p) == 5000 && big_get_max_str_digits() == 4300, "decimal_digits 10**4999");
    CHECK(fmt_format_int(p, "d", 1, NULL, &s, &n, &e) == FMT_EVALUE && strcmp(e.exc, "ValueError") == 0,
          "format of 5000 digits hits the limit");
    big_free(ten); big_free(k); big_free(p);
    CHECK(fmt_from_big_status(BIG_EMODZERO, &e) == FMT_EZERODIV &&
          strcmp(e.msg, "integer modulo by zero") == 0, "fmt_from_big_status");
    char r[FMT_REPR_MAX];
    CHECK(fmt_float_repr(-1.7976931348623157e308, r) == 24 && strcmp(r, "-1.7976931348623157e+308") == 0,
          "longest repr fits FMT_REPR_MAX");
}

int main(void)
{
    size_t ncases = sizeof CASES / sizeof CASES[0];
    for (size_t i = 0; i < ncases; i++)
        run_case(CASES[i]);
    int64_helper_checks();
    memory_cap_checks();
    api_checks();
    CHECK(mem_in_use() == 0, "all engine memory released");
    free(res.p);
    printf("numbers: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
