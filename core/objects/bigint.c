/* bigint.c - arbitrary-precision integers with Python semantics.
 *
 * Representation: sign + magnitude in base 2**32 limbs (little-endian),
 * 64-bit intermediates only, so the same code runs on wasm32.  The "mag_"
 * helpers work on bare limb arrays; the public big_ functions wrap them with
 * signs, allocation and Python's floor / two's-complement rules.
 * Multiplication is schoolbook with a Karatsuba split for large operands,
 * division is Knuth's algorithm D, decimal conversion goes through base 10**9.
 */
#include "objects/bigint.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)  /* CPython's _PyHASH_MODULUS */
#define HASH_INF 314159
#define STR_DIGITS_THRESHOLD 640                 /* sys.int_info.str_digits_check_threshold */
#define KARATSUBA_CUTOFF 48                      /* limbs; below it schoolbook wins */
#define MAX_LIMBS ((size_t)1 << 28)              /* 2**33 bits: beyond this is MemoryError */

static int64_t max_str_digits = BIG_DEFAULT_MAX_STR_DIGITS;  /* 0 = no limit */
static int (*work_hook)(double);       /* big_set_work_hook */

void big_set_work_hook(int (*hook)(double products)) { work_hook = hook; }

/* Ask the work hook about `products` limb products of work. */
static big_status charge(double products)
{
    return work_hook && products >= 64 && work_hook(products) < 0 ? BIG_ESTOPPED : BIG_OK;
}

/* Limb products of an na x nb multiplication: schoolbook, or Karatsuba's
 * n**1.585 when both are long. */
static double mul_products(double na, double nb)
{
    double big = na > nb ? na : nb;
    double kara = pow(big, 1.585);
    return na * nb < kara ? na * nb : kara;
}

/* The memory cap (base/mem.h) cannot hold a value of `limbs` limbs: fail
 * before the work that would make it, not after. */
static bool beyond_cap(double limbs)
{
    size_t cap = mem_cap(), used = mem_in_use();
    return limbs > (double)MAX_LIMBS || (cap && limbs * 4 > (double)(cap > used ? cap - used : 0));
}

/* ------------------------------------------------------------------ */
/* Status text                                                        */
/* ------------------------------------------------------------------ */

const char *big_status_exc(big_status st)
{
    switch (st) {
    case BIG_OK: case BIG_ENEGEXP: case BIG_ESTOPPED:
                                    return NULL;
    case BIG_ENOMEM:                return "MemoryError";
    case BIG_EDIVZERO: case BIG_EFLOORDIVZERO: case BIG_EMODZERO:
                                    return "ZeroDivisionError";
    case BIG_ETOOMANYDIGITS: case BIG_EFLOATTOOLARGE: case BIG_EDIVTOOLARGE:
    case BIG_EFLOATINF:             return "OverflowError";
    default:                        return "ValueError";
    }
}

size_t big_status_message(big_status st, int base, size_t ndigits, char *buf, size_t size)
{
    const char *t = "";
    switch (st) {
    case BIG_OK: case BIG_ENOMEM: case BIG_ENEGEXP: case BIG_ESTOPPED: break;
    case BIG_EDIVZERO:       t = "division by zero"; break;
    case BIG_EFLOORDIVZERO:  t = "integer division or modulo by zero"; break;
    case BIG_EMODZERO:       t = "integer modulo by zero"; break;
    case BIG_EPOWMODZERO:    t = "pow() 3rd argument cannot be 0"; break;
    case BIG_ENOTINVERTIBLE: t = "base is not invertible for the given modulus"; break;
    case BIG_ENEGSHIFT:      t = "negative shift count"; break;
    case BIG_ETOOMANYDIGITS: t = "too many digits in integer"; break;
    case BIG_EFLOATTOOLARGE: t = "int too large to convert to float"; break;
    case BIG_EDIVTOOLARGE:   t = "integer division result too large for a float"; break;
    case BIG_EFLOATINF:      t = "cannot convert float infinity to integer"; break;
    case BIG_EFLOATNAN:      t = "cannot convert float NaN to integer"; break;
    case BIG_EBASE:          t = "int() base must be >= 2 and <= 36, or 0"; break;
    case BIG_ELITERAL:
        return (size_t)snprintf(buf, size, "invalid literal for int() with base %d: ", base);
    case BIG_EPARSEDIGITS:
        return (size_t)snprintf(buf, size,
            "Exceeds the limit (%lld digits) for integer string conversion: value has %llu digits; "
            "use sys.set_int_max_str_digits() to increase the limit",
            (long long)max_str_digits, (unsigned long long)ndigits);
    case BIG_EFORMATDIGITS:
        return (size_t)snprintf(buf, size,
            "Exceeds the limit (%lld digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit", (long long)max_str_digits);
    }
    return (size_t)snprintf(buf, size, "%s", t);
}

void big_set_max_str_digits(int64_t limit) { max_str_digits = limit < 0 ? 0 : limit; }
int64_t big_get_max_str_digits(void) { return max_str_digits; }

/* ------------------------------------------------------------------ */
/* int64 helpers                                                      */
/* ------------------------------------------------------------------ */

bool big_i64_floordiv(int64_t a, int64_t b, int64_t *r)
{
    if (a == INT64_MIN && b == -1)
        return false;
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    *r = q;
    return true;
}

int64_t big_i64_mod(int64_t a, int64_t b)
{
    if (b == -1)
        return 0;
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0)))
        m += b;
    return m;
}

int64_t big_hash_i64(int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint64_t x = mag % HASH_MOD;
    int64_t h = v < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------------ */
/* Allocation                                                         */
/* ------------------------------------------------------------------ */

/* A big_int with room for n limbs (len = n, sign unset). */
static big_int *big_alloc(size_t n)
{
    if (n > MAX_LIMBS)
        return NULL;
    big_int *b = mem_alloc(sizeof(big_int) + n * sizeof(uint32_t));
    if (!b)
        return NULL;
    mem_note_work(4 * (uint64_t)n);
    b->limb = (uint32_t *)(b + 1);
    b->len = (uint32_t)n;
    b->sign = 1;
    return b;
}

/* Drop leading zero limbs and fix the sign of zero; returns b. */
static big_int *big_norm(big_int *b, int sign)
{
    while (b->len > 0 && b->limb[b->len - 1] == 0)
        b->len--;
    b->sign = b->len == 0 ? 0 : sign;
    return b;
}

void big_free(big_int *a)
{
    if (a)
        mem_free(a, 0);
}

big_int *big_from_u64(uint64_t v)
{
    big_int *b = big_alloc(2);
    if (!b)
        return NULL;
    b->limb[0] = (uint32_t)v;
    b->limb[1] = (uint32_t)(v >> 32);
    return big_norm(b, 1);
}

big_int *big_from_i64(int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    big_int *b = big_from_u64(mag);
    if (b && v < 0)
        b->sign = -1;
    return b;
}

const big_int *big_tmp_i64(big_tmp *t, int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    t->space[0] = (uint32_t)mag;
    t->space[1] = (uint32_t)(mag >> 32);
    t->b.limb = t->space;
    t->b.len = 2;
    return big_norm(&t->b, v < 0 ? -1 : 1);
}

big_int *big_copy(const big_int *a)
{
    big_int *b = big_alloc(a->len);
    if (!b)
        return NULL;
    if (a->len)
        memcpy(b->limb, a->limb, a->len * sizeof(uint32_t));
    b->sign = a->sign;
    return b;
}

int64_t big_to_i64(const big_int *a, bool *fits)
{
    bool ok = a->len <= 2;
    uint64_t mag = 0;
    if (ok && a->len > 0)
        mag = a->limb[0] | (a->len > 1 ? (uint64_t)a->limb[1] << 32 : 0);
    if (ok)
        ok = a->sign < 0 ? mag <= (uint64_t)1 << 63 : mag < (uint64_t)1 << 63;
    if (fits)
        *fits = ok;
    if (!ok)
        return 0;
    return a->sign < 0 ? (int64_t)(0 - mag) : (int64_t)mag;
}

bool big_fits_i64(const big_int *a)
{
    bool fits;
    big_to_i64(a, &fits);
    return fits;
}

/* ------------------------------------------------------------------ */
/* Magnitude primitives                                               */
/* ------------------------------------------------------------------ */

static int mag_cmp(const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    while (an > 0 && a[an - 1] == 0) an--;
    while (bn > 0 && b[bn - 1] == 0) bn--;
    if (an != bn)
        return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r[0..an] = a + b (an >= bn); r has an + 1 limbs. */
static void mag_add(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r)
{
    uint64_t carry = 0;
    for (size_t i = 0; i < an; i++) {
        carry += (uint64_t)a[i] + (i < bn ? b[i] : 0);
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[an] = (uint32_t)carry;
}

/* r[0..an) = a - b, requires a >= b; returns the final borrow (0). */
static uint32_t mag_sub(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r)
{
    int64_t borrow = 0;
    for (size_t i = 0; i < an; i++) {
        int64_t d = (int64_t)a[i] - (i < bn ? b[i] : 0) - borrow;
        borrow = d < 0;
        r[i] = (uint32_t)(d + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return (uint32_t)borrow;
}

/* r[0..an+bn) = a * b, schoolbook; r must not alias a or b. */
static void mag_mul_school(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r)
{
    memset(r, 0, (an + bn) * sizeof(uint32_t));
    for (size_t i = 0; i < an; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0)
            continue;
        for (size_t j = 0; j < bn; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + bn] = (uint32_t)carry;
    }
}

/* r[off..) += a[0..n); r must be long enough to absorb the carry. */
static void mag_add_into(uint32_t *r, size_t rn, size_t off, const uint32_t *a, size_t n)
{
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < n; i++) {
        carry += (uint64_t)r[off + i] + a[i];
        r[off + i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (size_t k = off + i; carry && k < rn; k++) {
        carry += r[k];
        r[k] = (uint32_t)carry;
        carry >>= 32;
    }
}

static bool mag_mul(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r);

/* Karatsuba for an >= bn >= KARATSUBA_CUTOFF, split at h = an/2 (only used
 * when bn > h so both halves are non-empty).  false on ENOMEM. */
static bool mag_mul_karatsuba(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r)
{
    size_t h = an / 2;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t a1n = an - h, b1n = bn - h;
    size_t sn = a1n + 1, tn = (b1n > h ? b1n : h) + 1, zn = sn + tn;
    size_t total = 2 * zn;
    uint32_t *tmp = mem_calloc(total, sizeof(uint32_t));
    if (!tmp)
        return false;
    uint32_t *sa = tmp, *sb = sa + sn, *z1 = sb + tn;
    mag_add(a1, a1n, a0, h, sa);                       /* sa = a0 + a1 (a1n >= h) */
    if (b1n >= h) mag_add(b1, b1n, b0, h, sb);
    else          mag_add(b0, h, b1, b1n, sb);
    memset(r, 0, (an + bn) * sizeof(uint32_t));
    /* z0 = a0*b0 in r[0..2h), z2 = a1*b1 in r[2h..), z1 = (a0+a1)(b0+b1) */
    bool ok = mag_mul(a0, h, b0, h, r) && mag_mul(a1, a1n, b1, b1n, r + 2 * h)
              && mag_mul(sa, sn, sb, tn, z1);
    if (ok) {
        /* z1 -= z0 + z2, then r += z1 << h */
        mag_sub(z1, zn, r, 2 * h, z1);
        mag_sub(z1, zn, r + 2 * h, a1n + b1n, z1);
        while (zn > 0 && z1[zn - 1] == 0) zn--;
        mag_add_into(r, an + bn, h, z1, zn);
    }
    mem_free(tmp, total * sizeof(uint32_t));
    return ok;
}

/* r[0..an+bn) = a * b; r must not alias.  false on ENOMEM. */
static bool mag_mul(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *r)
{
    if (an < bn) {
        const uint32_t *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if (bn < KARATSUBA_CUTOFF || bn <= an / 2) {
        if (bn == 0) { memset(r, 0, an * sizeof(uint32_t)); return true; }
        mag_mul_school(a, an, b, bn, r);
        return true;
    }
    return mag_mul_karatsuba(a, an, b, bn, r);
}

/* a[0..n) divided in place by a small d; returns the remainder. */
static uint32_t mag_divrem_small(uint32_t *a, size_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

static int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }

/* Knuth algorithm D: q[0..an-bn+1) = a / b, r[0..bn) = a % b.  b has no
 * leading zero limb, bn >= 2, an >= bn.  false on ENOMEM. */
static bool mag_divmod_knuth(const uint32_t *a, size_t an, const uint32_t *b, size_t bn,
                             uint32_t *q, uint32_t *r)
{
    int s = clz32(b[bn - 1]);
    uint32_t *un = mem_alloc((an + 1 + bn) * sizeof(uint32_t));
    if (!un)
        return false;
    uint32_t *vn = un + an + 1;
    for (size_t i = bn; i-- > 0;)
        vn[i] = (b[i] << s) | (s && i ? b[i - 1] >> (32 - s) : 0);
    un[an] = s ? a[an - 1] >> (32 - s) : 0;
    for (size_t i = an; i-- > 0;)
        un[i] = (a[i] << s) | (s && i ? a[i - 1] >> (32 - s) : 0);
    for (size_t j = an - bn + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)un[j + bn] << 32) | un[j + bn - 1];
        uint64_t qhat = num / vn[bn - 1], rhat = num % vn[bn - 1];
        while (qhat > 0xFFFFFFFFu ||
               qhat * vn[bn - 2] > ((rhat << 32) | un[j + bn - 2])) {
            qhat--;
            rhat += vn[bn - 1];
            if (rhat > 0xFFFFFFFFu)
                break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < bn; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
            un[i + j] = (uint32_t)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)un[j + bn] - (int64_t)carry - borrow;
        un[j + bn] = (uint32_t)t;
        if (t < 0) {  /* qhat was one too large: add back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + bn] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (size_t i = 0; i < bn; i++)
        r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
    mem_free(un, 0);
    return true;
}

/* Truncating |a| / |b| into fresh values *q and *r (either may be NULL).
 * b must be nonzero.  Signs of the results are +1 (or 0). */
static big_status mag_divmod(const big_int *a, const big_int *b, big_int **q, big_int **r)
{
    size_t an = a->len, bn = b->len;
    size_t qn = an >= bn ? an - bn + 1 : 1;
    big_int *qq = big_alloc(qn), *rr = big_alloc(bn > an ? bn : an);
    if (!qq || !rr) { big_free(qq); big_free(rr); return BIG_ENOMEM; }
    memset(qq->limb, 0, qn * sizeof(uint32_t));
    memset(rr->limb, 0, rr->len * sizeof(uint32_t));
    if (mag_cmp(a->limb, an, b->limb, bn) < 0) {
        if (an) memcpy(rr->limb, a->limb, an * sizeof(uint32_t));
    } else if (bn == 1) {
        memcpy(qq->limb, a->limb, an * sizeof(uint32_t));
        rr->limb[0] = mag_divrem_small(qq->limb, an, b->limb[0]);
    } else if (!mag_divmod_knuth(a->limb, an, b->limb, bn, qq->limb, rr->limb)) {
        big_free(qq); big_free(rr);
        return BIG_ENOMEM;
    }
    big_norm(qq, 1);
    big_norm(rr, 1);
    if (q) *q = qq; else big_free(qq);
    if (r) *r = rr; else big_free(rr);
    return BIG_OK;
}

/* ------------------------------------------------------------------ */
/* Signed add / sub / mul                                             */
/* ------------------------------------------------------------------ */

/* sa*|a| + sb*|b| for signs sa, sb in {-1, +1}. */
static big_status add_signed(const big_int *a, int sa, const big_int *b, int sb, big_int **out)
{
    if (a->len < b->len || (a->len == b->len && sa != sb &&
                            mag_cmp(a->limb, a->len, b->limb, b->len) < 0)) {
        const big_int *t = a; a = b; b = t;
        int ts = sa; sa = sb; sb = ts;
    }
    big_int *r = big_alloc(a->len + 1);
    if (!r)
        return BIG_ENOMEM;
    if (sa == sb) {
        mag_add(a->limb, a->len, b->limb, b->len, r->limb);
    } else {
        if (mag_cmp(a->limb, a->len, b->limb, b->len) < 0) {
            mag_sub(b->limb, b->len, a->limb, a->len, r->limb);
            sa = sb;
        } else {
            mag_sub(a->limb, a->len, b->limb, b->len, r->limb);
        }
        r->limb[a->len] = 0;
    }
    *out = big_norm(r, sa);
    return BIG_OK;
}

static int nz_sign(const big_int *a) { return a->sign < 0 ? -1 : 1; }

big_status big_add(const big_int *a, const big_int *b, big_int **out)
{
    return add_signed(a, nz_sign(a), b, nz_sign(b), out);
}

big_status big_sub(const big_int *a, const big_int *b, big_int **out)
{
    return add_signed(a, nz_sign(a), b, -nz_sign(b), out);
}

big_status big_mul(const big_int *a, const big_int *b, big_int **out)
{
    if (charge(mul_products(a->len, b->len)) != BIG_OK)
        return BIG_ESTOPPED;
    big_int *r = big_alloc((size_t)a->len + b->len);
    if (!r)
        return BIG_ENOMEM;
    if (!mag_mul(a->limb, a->len, b->limb, b->len, r->limb)) {
        big_free(r);
        return BIG_ENOMEM;
    }
    *out = big_norm(r, a->sign * b->sign);
    return BIG_OK;
}

big_status big_neg(const big_int *a, big_int **out)
{
    big_int *r = big_copy(a);
    if (!r)
        return BIG_ENOMEM;
    r->sign = -r->sign;
    *out = r;
    return BIG_OK;
}

big_status big_abs(const big_int *a, big_int **out)
{
    big_int *r = big_copy(a);
    if (!r)
        return BIG_ENOMEM;
    if (r->sign < 0)
        r->sign = 1;
    *out = r;
    return BIG_OK;
}

/* ------------------------------------------------------------------ */
/* Division                                                           */
/* ------------------------------------------------------------------ */

/* |m| + 1 with the given sign (floor division and shifts round away by one). */
static big_status mag_plus_one(const big_int *m, int sign, big_int **out)
{
    big_tmp one;
    big_int *r;
    big_status st = add_signed(m, 1, big_tmp_i64(&one, 1), 1, &r);
    if (st != BIG_OK)
        return st;
    r->sign = r->len ? sign : 0;
    *out = r;
    return BIG_OK;
}

/* Python floor divmod; zero_status is the error reported for b == 0. */
static big_status floor_divmod(const big_int *a, const big_int *b, big_int **q, big_int **r,
                               big_status zero_status)
{
    if (b->sign == 0)
        return zero_status;
    /* schoolbook division: (an - bn + 1) * bn single-limb steps, each
     * about 0.4 of a product of the multiplication estimates */
    if (a->len >= b->len && charge(0.4 * (a->len - b->len + 1) * b->len) != BIG_OK)
        return BIG_ESTOPPED;
    big_int *tq, *tr;
    big_status st = mag_divmod(a, b, &tq, &tr);
    if (st != BIG_OK)
        return st;
    if (a->sign * b->sign >= 0 || tr->sign == 0) {
        tq->sign = tq->len ? a->sign * b->sign : 0;
        tr->sign = tr->len ? a->sign : 0;
    } else {
        /* signs differ and remainder nonzero: q = -(|q|+1), r = sign(b)*(|b|-|r|) */
        big_int *nq = NULL, *nr = NULL;
        st = mag_plus_one(tq, -1, &nq);
        if (st == BIG_OK)
            st = add_signed(b, 1, tr, -1, &nr);
        big_free(tq); big_free(tr);
        if (st != BIG_OK) { big_free(nq); return st; }
        nr->sign = nr->len ? b->sign : 0;
        tq = nq; tr = nr;
    }
    if (q) *q = tq; else big_free(tq);
    if (r) *r = tr; else big_free(tr);
    return BIG_OK;
}

big_status big_floordiv(const big_int *a, const big_int *b, big_int **out)
{
    return floor_divmod(a, b, out, NULL, BIG_EFLOORDIVZERO);
}

big_status big_mod(const big_int *a, const big_int *b, big_int **out)
{
    return floor_divmod(a, b, NULL, out, BIG_EMODZERO);
}

big_status big_divmod(const big_int *a, const big_int *b, big_int **q, big_int **r)
{
    return floor_divmod(a, b, q, r, BIG_EFLOORDIVZERO);
}

/* ------------------------------------------------------------------ */
/* Bits and shifts                                                    */
/* ------------------------------------------------------------------ */

uint64_t big_bit_length(const big_int *a)
{
    if (a->len == 0)
        return 0;
    return (uint64_t)(a->len - 1) * 32 + (uint64_t)(32 - clz32(a->limb[a->len - 1]));
}

/* |a| << n into a new value with the given sign. */
static big_status mag_lshift(const big_int *a, uint64_t n, int sign, big_int **out)
{
    if (a->len == 0)
        return (*out = big_alloc(0)) ? (big_norm(*out, 0), BIG_OK) : BIG_ENOMEM;
    uint64_t words = n / 32, need = a->len + words + 1;
    if (need > MAX_LIMBS)
        return BIG_ENOMEM;
    unsigned s = (unsigned)(n % 32);
    big_int *r = big_alloc((size_t)need);
    if (!r)
        return BIG_ENOMEM;
    memset(r->limb, 0, (size_t)need * sizeof(uint32_t));
    for (size_t i = 0; i < a->len; i++) {
        uint64_t v = (uint64_t)a->limb[i] << s;
        r->limb[words + i] |= (uint32_t)v;
        r->limb[words + i + 1] = (uint32_t)(v >> 32);
    }
    *out = big_norm(r, sign);
    return BIG_OK;
}

/* |a| >> n (truncating) with the given sign. */
static big_status mag_rshift(const big_int *a, uint64_t n, int sign, big_int **out)
{
    uint64_t words = n / 32;
    size_t rn = words >= a->len ? 0 : a->len - (size_t)words;
    unsigned s = (unsigned)(n % 32);
    big_int *r = big_alloc(rn);
    if (!r)
        return BIG_ENOMEM;
    for (size_t i = 0; i < rn; i++) {
        uint64_t v = a->limb[words + i];
        if (words + i + 1 < a->len)
            v |= (uint64_t)a->limb[words + i + 1] << 32;
        r->limb[i] = (uint32_t)(v >> s);
    }
    *out = big_norm(r, sign);
    return BIG_OK;
}

big_status big_lshift(const big_int *a, int64_t n, big_int **out)
{
    if (n < 0)
        return BIG_ENEGSHIFT;
    return mag_lshift(a, (uint64_t)n, a->sign, out);
}

/* True when any of the low n bits of |a| is set. */
static bool low_bits_nonzero(const big_int *a, uint64_t n)
{
    uint64_t words = n / 32;
    for (size_t i = 0; i < a->len && i < words; i++)
        if (a->limb[i])
            return true;
    if (words < a->len && n % 32)
        return (a->limb[words] & ((1u << (n % 32)) - 1)) != 0;
    return false;
}

big_status big_rshift(const big_int *a, int64_t n, big_int **out)
{
    if (n < 0)
        return BIG_ENEGSHIFT;
    big_int *r;
    big_status st = mag_rshift(a, (uint64_t)n, a->sign, &r);
    if (st != BIG_OK || a->sign >= 0 || !low_bits_nonzero(a, (uint64_t)n))
        return st == BIG_OK ? (*out = r, BIG_OK) : st;
    /* negative and bits were lost: floor means one more in magnitude */
    st = mag_plus_one(r, -1, out);
    big_free(r);
    return st;
}

/* Two's-complement limbs of a in n limbs (n > a->len, so sign fits). */
static void to_twos(const big_int *a, uint32_t *t, size_t n)
{
    uint64_t carry = 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t v = i < a->len ? a->limb[i] : 0;
        if (a->sign < 0) {
            carry += (uint32_t)~v;
            t[i] = (uint32_t)carry;
            carry >>= 32;
        } else {
            t[i] = v;
        }
    }
}

/* Bitwise op: 0 and, 1 or, 2 xor. */
static big_status bitwise(const big_int *a, const big_int *b, int op, big_int **out)
{
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    uint32_t *t = mem_alloc(2 * n * sizeof(uint32_t));
    big_int *r = big_alloc(n);
    if (!t || !r) { mem_free(t, 0); big_free(r); return BIG_ENOMEM; }
    uint32_t *u = t + n;
    to_twos(a, t, n);
    to_twos(b, u, n);
    for (size_t i = 0; i < n; i++)
        r->limb[i] = op == 0 ? (t[i] & u[i]) : op == 1 ? (t[i] | u[i]) : (t[i] ^ u[i]);
    mem_free(t, 0);
    bool neg = (r->limb[n - 1] >> 31) != 0;
    if (neg) {  /* back to magnitude: negate the two's complement */
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->limb[i];
            r->limb[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    *out = big_norm(r, neg ? -1 : 1);
    return BIG_OK;
}

big_status big_and(const big_int *a, const big_int *b, big_int **out) { return bitwise(a, b, 0, out); }
big_status big_or(const big_int *a, const big_int *b, big_int **out) { return bitwise(a, b, 1, out); }
big_status big_xor(const big_int *a, const big_int *b, big_int **out) { return bitwise(a, b, 2, out); }

big_status big_invert(const big_int *a, big_int **out)
{
    /* ~a == -(a + 1) */
    big_tmp one;
    big_int *r;
    big_status st = big_add(a, big_tmp_i64(&one, 1), &r);
    if (st != BIG_OK)
        return st;
    r->sign = -r->sign;
    *out = r;
    return BIG_OK;
}

/* ------------------------------------------------------------------ */
/* Queries                                                            */
/* ------------------------------------------------------------------ */

int big_cmp(const big_int *a, const big_int *b)
{
    if (a->sign != b->sign)
        return a->sign < b->sign ? -1 : 1;
    int c = mag_cmp(a->limb, a->len, b->limb, b->len);
    return a->sign < 0 ? -c : c;
}

int big_sign(const big_int *a) { return a->sign; }
bool big_is_zero(const big_int *a) { return a->len == 0; }
bool big_is_odd(const big_int *a) { return a->len > 0 && (a->limb[0] & 1); }

int64_t big_hash(const big_int *a)
{
    uint64_t x = 0;
    for (size_t i = a->len; i-- > 0;) {
        x = ((x << 32) & HASH_MOD) | (x >> (HASH_BITS - 32));
        x += a->limb[i];
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    int64_t h = a->sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* CPython's _Py_HashDouble, 28 bits of mantissa at a time. */
int64_t big_hash_double(double v)
{
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | (e ? x >> (HASH_BITS - e) : 0);
    int64_t h = sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------------ */
/* Doubles                                                            */
/* ------------------------------------------------------------------ */

big_status big_from_double(double d, big_int **out)
{
    if (isinf(d))
        return BIG_EFLOATINF;
    if (isnan(d))
        return BIG_EFLOATNAN;
    int e;
    double m = frexp(fabs(d), &e);       /* |d| = m * 2**e, 0.5 <= m < 1 */
    int sign = d < 0 ? -1 : 1;
    if (e <= 0)
        return (*out = big_alloc(0)) ? (big_norm(*out, 0), BIG_OK) : BIG_ENOMEM;
    uint64_t mant = (uint64_t)ldexp(m, 53); /* exact: 53-bit integer */
    big_tmp t;
    const big_int *mb = big_tmp_i64(&t, (int64_t)mant);
    if (e >= 53)
        return mag_lshift(mb, (uint64_t)(e - 53), sign, out);
    return mag_rshift(mb, (uint64_t)(53 - e), sign, out);
}

/* Top 64 bits of |a| starting at bit position `shift` (bits below go to
 * *sticky as "any nonzero").  |a| >> shift must fit in 64 bits. */
static uint64_t top_bits(const big_int *a, uint64_t shift, bool *sticky)
{
    uint64_t v = 0;
    uint64_t bl = big_bit_length(a);
    for (uint64_t bit = bl; bit-- > shift;) {
        uint32_t limb = a->limb[bit / 32];
        v = (v << 1) | ((limb >> (bit % 32)) & 1);
    }
    *sticky = low_bits_nonzero(a, shift);
    return v;
}

/* Round q (with sticky bits below it) right by `drop` bits, half-even. */
static uint64_t round_drop(uint64_t q, int drop, bool sticky)
{
    if (drop <= 0)
        return q;
    uint64_t keep = q >> drop, rem = q & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rem > half || (rem == half && (sticky || (keep & 1))))
        keep++;
    return keep;
}

big_status big_to_double(const big_int *a, double *out)
{
    uint64_t bl = big_bit_length(a);
    bool sticky;
    double r;
    if (bl <= 64) {  /* exact in a uint64: round away the low bl-53 bits */
        int drop = bl > 53 ? (int)bl - 53 : 0;
        r = ldexp((double)round_drop(top_bits(a, 0, &sticky), drop, false), drop);
    } else if (bl > 1024) {
        return BIG_EFLOATTOOLARGE;
    } else {
        uint64_t shift = bl - 55;
        uint64_t q = top_bits(a, shift, &sticky);      /* 55 bits + sticky */
        r = ldexp((double)round_drop(q, 2, sticky), (int)shift + 2);
    }
    if (isinf(r))
        return BIG_EFLOATTOOLARGE;
    *out = a->sign < 0 ? -r : r;
    return BIG_OK;
}

/* a / b correctly rounded: q = floor(|a| * 2**k / |b|) with 55..56 bits,
 * then rounded to 53 bits (fewer for subnormals) with the remainder as sticky. */
big_status big_truediv(const big_int *a, const big_int *b, double *out)
{
    if (b->sign == 0)
        return BIG_EDIVZERO;
    int sign = a->sign * b->sign;
    if (a->sign == 0) { *out = b->sign < 0 ? -0.0 : 0.0; return BIG_OK; }
    int64_t e = (int64_t)big_bit_length(a) - (int64_t)big_bit_length(b);
    if (e > 1025)
        return BIG_EDIVTOOLARGE;
    if (e < -1080) { *out = sign < 0 ? -0.0 : 0.0; return BIG_OK; }
    int64_t k = 55 - e;
    big_int *num, *den, *q, *r;
    big_status st = k >= 0 ? mag_lshift(a, (uint64_t)k, 1, &num) : big_abs(a, &num);
    if (st != BIG_OK)
        return st;
    st = k < 0 ? mag_lshift(b, (uint64_t)-k, 1, &den) : big_abs(b, &den);
    if (st == BIG_OK) {
        st = mag_divmod(num, den, &q, &r);
        big_free(den);
    }
    big_free(num);
    if (st != BIG_OK)
        return st;
    bool sticky = r->len != 0, dummy;
    uint64_t qv = top_bits(q, 0, &dummy);
    int L = (int)big_bit_length(q);
    big_free(q); big_free(r);
    int drop = L - 53;
    if (k - 1074 > drop)
        drop = (int)(k - 1074);
    double res;
    if (drop > L) {
        res = 0.0;
    } else {
        uint64_t keep = drop == L ? (qv > ((uint64_t)1 << (L - 1)) || (qv == ((uint64_t)1 << (L - 1)) && sticky))
                                  : round_drop(qv, drop, sticky);
        res = ldexp((double)keep, (int)(drop - k));
    }
    if (isinf(res))
        return BIG_EDIVTOOLARGE;
    *out = sign < 0 ? -res : res;
    return BIG_OK;
}

int big_cmp_double(const big_int *a, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    double fl = floor(d);
    big_int *fb;
    if (big_from_double(fl, &fb) != BIG_OK) {
        /* out of memory: fall back to a double comparison */
        double ad;
        if (big_to_double(a, &ad) != BIG_OK)
            return a->sign;
        return ad < d ? -1 : ad > d;
    }
    int c = big_cmp(a, fb);
    big_free(fb);
    if (c != 0)
        return c;
    return fl == d ? 0 : -1;   /* a == floor(d) < d */
}

/* ------------------------------------------------------------------ */
/* Strings                                                            */
/* ------------------------------------------------------------------ */

/* Value of an ASCII digit character in bases up to 36, or 99. */
static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* First code point of each run of ten Unicode decimal digits (Nd),
 * Unicode 14.0 as CPython 3.11's unicodedata. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50,
    0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
    0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950,
    0x1FBF0,
};

/* The ASCII stand-in for non-ASCII code point c (see big_unicode_to_ascii). */
static char unicode_ascii(uint32_t c)
{
    if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
        c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000)
        return ' ';
    for (size_t i = 0; i < sizeof nd_zeros / sizeof nd_zeros[0]; i++)
        if (c >= nd_zeros[i] && c < nd_zeros[i] + 10)
            return (char)('0' + (c - nd_zeros[i]));
    return '?';
}

char *big_unicode_to_ascii(const char *text, size_t len, size_t *outlen)
{
    const unsigned char *u = (const unsigned char *)text;
    char *out = mem_alloc(len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c = u[i];
        size_t extra = c < 0xC0 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        if (i + extra >= len)
            extra = 0;  /* truncated sequence: one '?' per byte */
        if (extra) {
            c &= 0x3Fu >> extra;
            for (size_t k = 1; k <= extra; k++)
                c = (c << 6) | (u[i + k] & 0x3F);
        }
        out[n++] = c < 0x80 ? (char)c : unicode_ascii(c);
        i += extra + 1;
    }
    out[n] = '\0';
    *outlen = n;
    return out;
}

/* Whitespace as int() strips it (after the Unicode transform): ASCII only. */
static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* Multiply-accumulate r = r * mul + add on r[0..*n), growing *n. */
static void mag_muladd_small(uint32_t *r, size_t *n, uint32_t mul, uint32_t add)
{
    uint64_t carry = add;
    for (size_t i = 0; i < *n; i++) {
        carry += (uint64_t)r[i] * mul;
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry)
        r[(*n)++] = (uint32_t)carry;
}

/* Build a value from a run of validated digits (underscores skipped). */
static big_status digits_to_big(const unsigned char *s, size_t n, size_t ndigits, int base,
                                big_int **out)
{
    /* bits per digit <= log2(36) < 5.17; allocate generously */
    size_t limbs = ndigits / 6 + 2;
    /* each chunk of digits is multiplied into what is there: quadratic,
     * about ndigits**2 / 170 single-limb products, each a fifth of the
     * cost of a product of the estimates charged for multiplication */
    if (charge((double)ndigits * ndigits / 900) != BIG_OK)
        return BIG_ESTOPPED;
    big_int *r = big_alloc(limbs);
    if (!r)
        return BIG_ENOMEM;
    size_t len = 0;
    uint32_t chunk = 0, mul = 1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_')
            continue;
        chunk = chunk * (uint32_t)base + (uint32_t)digit_value(s[i]);
        mul *= (uint32_t)base;
        if (mul > 0xFFFFFFFFu / 36) {
            mag_muladd_small(r->limb, &len, mul, chunk);
            chunk = 0;
            mul = 1;
        }
    }
    if (mul > 1)
        mag_muladd_small(r->limb, &len, mul, chunk);
    r->len = (uint32_t)len;
    *out = big_norm(r, 1);
    return BIG_OK;
}

/* big_from_str on ASCII text. */
static big_status from_ascii(const char *text, size_t len, int base, big_int **out, size_t *ndigits)
{
    const unsigned char *s = (const unsigned char *)text, *end = s + len;
    size_t nd = 0;
    while (s < end && is_space(*s)) s++;
    int sign = 1;
    if (s < end && (*s == '+' || *s == '-'))
        sign = *s++ == '-' ? -1 : 1;
    bool zero_only = false;
    char p = (end - s >= 2 && s[0] == '0') ? (char)(s[1] | 0x20) : 0;
    if (base == 0) {
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        zero_only = base == 10 && s < end && s[0] == '0';
    }
    if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
        s += 2;
        if (s < end && *s == '_') s++;
    }
    if (s < end && *s == '_')
        return BIG_ELITERAL;
    const unsigned char *start = s;
    char prev = 0;
    while (s < end && (digit_value(*s) < base || *s == '_')) {
        if (*s == '_' && prev == '_')
            return BIG_ELITERAL;
        if (*s != '_') nd++;
        prev = (char)*s++;
    }
    if (prev == '_' || nd == 0)
        return BIG_ELITERAL;
    if (ndigits) *ndigits = nd;
    if ((base & (base - 1)) != 0 && nd > STR_DIGITS_THRESHOLD && max_str_digits > 0 &&
        nd > (uint64_t)max_str_digits)
        return BIG_EPARSEDIGITS;
    const unsigned char *dend = s;
    while (s < end && is_space(*s)) s++;
    if (s != end)
        return BIG_ELITERAL;
    big_int *r;
    big_status st = digits_to_big(start, (size_t)(dend - start), nd, base, &r);
    if (st != BIG_OK)
        return st;
    if (zero_only && r->len != 0) {
        big_free(r);
        return BIG_ELITERAL;
    }
    r->sign = r->len ? sign : 0;
    *out = r;
    return BIG_OK;
}

big_status big_from_str(const char *text, size_t len, int base, big_int **out, size_t *ndigits)
{
    if (ndigits) *ndigits = 0;
    if (base != 0 && (base < 2 || base > 36))
        return BIG_EBASE;
    size_t i = 0;
    while (i < len && (unsigned char)text[i] < 0x80) i++;
    if (i == len)
        return from_ascii(text, len, base, out, ndigits);
    size_t n;
    char *ascii = big_unicode_to_ascii(text, len, &n);
    if (!ascii)
        return BIG_ENOMEM;
    big_status st = from_ascii(ascii, n, base, out, ndigits);
    mem_free(ascii, len + 1);
    return st;
}

size_t big_decimal_digits(const big_int *a)
{
    char *s;
    size_t n;
    int64_t saved = max_str_digits;
    max_str_digits = 0;
    big_status st = big_to_str(a, 10, 0, &s, &n);
    max_str_digits = saved;
    if (st != BIG_OK) /* out of memory: estimate from the bit length */
        return (size_t)((double)big_bit_length(a) * 0.30102999566398120) + 1;
    mem_free(s, n + 1);
    return n - (a->sign < 0);
}

/* Decimal digits of |a| into a fresh string with the sign. */
static big_status to_decimal(const big_int *a, char **out, size_t *outlen)
{
    uint64_t bl = big_bit_length(a);
    if (max_str_digits > 0 && bl > 1 &&
        (double)(bl - 1) * 0.30102999566398120 > (double)max_str_digits + 1)
        return BIG_EFORMATDIGITS;
    size_t n = a->len;
    /* each 9-digit chunk divides what is left: about n * n / 1.8 steps */
    if (charge((double)n * n * 0.55) != BIG_OK)
        return BIG_ESTOPPED;
    size_t chunks_max = n * 32 / 29 + 2;   /* 10**9 > 2**29 */
    uint32_t *work = mem_alloc((n + 1) * sizeof(uint32_t) + chunks_max * sizeof(uint32_t));
    if (!work)
        return BIG_ENOMEM;
    uint32_t *chunks = work + n + 1;
    if (n) memcpy(work, a->limb, n * sizeof(uint32_t));
    size_t nc = 0;
    while (n > 0) {
        chunks[nc++] = mag_divrem_small(work, n, 1000000000u);
        while (n > 0 && work[n - 1] == 0) n--;
    }
    if (nc == 0) chunks[nc++] = 0;
    char first[16];
    int fl = snprintf(first, sizeof first, "%u", (unsigned)chunks[nc - 1]);
    size_t digits = (size_t)fl + (nc - 1) * 9;
    if (max_str_digits > 0 && digits > STR_DIGITS_THRESHOLD && digits > (uint64_t)max_str_digits) {
        mem_free(work, 0);
        return BIG_EFORMATDIGITS;
    }
    size_t total = digits + (a->sign < 0);
    char *s = mem_alloc(total + 1);
    if (!s) { mem_free(work, 0); return BIG_ENOMEM; }
    char *p = s;
    if (a->sign < 0) *p++ = '-';
    memcpy(p, first, (size_t)fl);
    p += fl;
    for (size_t i = nc - 1; i-- > 0; p += 9) {
        uint32_t c = chunks[i];
        for (int j = 8; j >= 0; j--) { p[j] = (char)('0' + c % 10); c /= 10; }
    }
    *p = '\0';
    mem_free(work, 0);
    *out = s;
    *outlen = total;
    return BIG_OK;
}

/* Power-of-two base: digits read straight from the bits. */
static big_status to_pow2(const big_int *a, int base, int flags, char **out, size_t *outlen)
{
    int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
    const char *dig = (flags & BIG_UPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t bl = big_bit_length(a);
    size_t nd = bl == 0 ? 1 : (size_t)((bl + (uint64_t)bits - 1) / (uint64_t)bits);
    size_t pre = (flags & BIG_PREFIX) ? 2 : 0;
    size_t total = (a->sign < 0) + pre + nd;
    char *s = mem_alloc(total + 1);
    if (!s)
        return BIG_ENOMEM;
    char *p = s;
    if (a->sign < 0) *p++ = '-';
    if (pre) {
        *p++ = '0';
        char c = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        *p++ = (flags & BIG_UPPER) && base == 16 ? 'X' : c;
    }
    for (size_t i = 0; i < nd; i++) {
        uint64_t bit = (uint64_t)(nd - 1 - i) * (uint64_t)bits;
        unsigned v = 0;
        for (int j = bits - 1; j >= 0; j--) {
            uint64_t b = bit + (uint64_t)j;
            unsigned set = b < bl ? (a->limb[b / 32] >> (b % 32)) & 1 : 0;
            v = (v << 1) | set;
        }
        *p++ = dig[v];
    }
    *p = '\0';
    *out = s;
    *outlen = total;
    return BIG_OK;
}

big_status big_to_str(const big_int *a, int base, int flags, char **out, size_t *len)
{
    if (base == 10)
        return to_decimal(a, out, len);
    if (base == 2 || base == 8 || base == 16)
        return to_pow2(a, base, flags, out, len);
    return BIG_EBASE;
}

/* ------------------------------------------------------------------ */
/* Powers and rounding                                                */
/* ------------------------------------------------------------------ */

/* r = r * f, replacing r; frees the old value. */
static big_status mul_replace(big_int **r, const big_int *f)
{
    big_int *t;
    big_status st = big_mul(*r, f, &t);
    if (st != BIG_OK)
        return st;
    big_free(*r);
    *r = t;
    return BIG_OK;
}

/* r = r % m (m > 0), replacing r. */
static big_status mod_replace(big_int **r, const big_int *m)
{
    big_int *t;
    big_status st = big_mod(*r, m, &t);
    if (st != BIG_OK)
        return st;
    big_free(*r);
    *r = t;
    return BIG_OK;
}

/* base ** exp (exp >= 0), reduced modulo m after each step when m != NULL. */
static big_status pow_loop(const big_int *base, const big_int *exp, const big_int *m, big_int **out)
{
    big_int *r = big_from_i64(1), *b = big_copy(base);
    big_status st = (r && b) ? BIG_OK : BIG_ENOMEM;
    uint64_t bits = big_bit_length(exp);
    for (uint64_t i = 0; st == BIG_OK && i < bits; i++) {
        if ((exp->limb[i / 32] >> (i % 32)) & 1) {
            st = mul_replace(&r, b);
            if (st == BIG_OK && m) st = mod_replace(&r, m);
        }
        if (st == BIG_OK && i + 1 < bits) {
            st = mul_replace(&b, b);
            if (st == BIG_OK && m) st = mod_replace(&b, m);
        }
    }
    big_free(b);
    if (st != BIG_OK) { big_free(r); return st; }
    *out = r;
    return BIG_OK;
}

big_status big_pow(const big_int *a, const big_int *b, big_int **out)
{
    if (b->sign < 0)
        return BIG_ENEGEXP;
    bool small = a->len == 0 || (a->len == 1 && a->limb[0] == 1);
    if (!small && b->sign != 0) {
        /* result has about bit_length(a) * b bits: refuse what the memory
         * cap cannot hold before doing any of the work */
        bool fits;
        int64_t e = big_to_i64(b, &fits);
        if (!fits || beyond_cap((double)big_bit_length(a) * (double)(e - 1) / 32))
            return BIG_ENOMEM;
        /* |a| = 2**k: the result is a shift, 2**(2**30) at once */
        uint64_t k = big_bit_length(a) - 1;
        bool pow2 = (a->limb[k / 32] == (uint32_t)1 << (k % 32));
        for (size_t i = 0; pow2 && i < k / 32; i++)
            pow2 = a->limb[i] == 0;
        if (pow2) {
            big_tmp one;
            big_status st = big_lshift(big_tmp_i64(&one, 1), (int64_t)k * e, out);
            if (st == BIG_OK && a->sign < 0 && (e & 1))
                (*out)->sign = -1;
            return st;
        }
    }
    if (small && b->sign != 0) {  /* 0**b, 1**b, (-1)**b */
        big_int *r = big_copy(a);
        if (!r) return BIG_ENOMEM;
        if (r->sign < 0 && !big_is_odd(b)) r->sign = 1;
        *out = r;
        return BIG_OK;
    }
    return pow_loop(a, b, NULL, out);
}

/* Modular inverse of a modulo m (m > 1, 0 <= a < m) by extended Euclid. */
static big_status mod_inverse(const big_int *a, const big_int *m, big_int **out)
{
    big_int *r0 = big_copy(m), *r1 = big_copy(a), *s0 = big_from_i64(0), *s1 = big_from_i64(1);
    big_status st = (r0 && r1 && s0 && s1) ? BIG_OK : BIG_ENOMEM;
    while (st == BIG_OK && r1->len != 0) {
        big_int *q = NULL, *r = NULL, *qs = NULL, *ns = NULL;
        st = big_divmod(r0, r1, &q, &r);
        if (st == BIG_OK) st = big_mul(q, s1, &qs);
        if (st == BIG_OK) st = big_sub(s0, qs, &ns);
        big_free(q); big_free(qs);
        if (st != BIG_OK) { big_free(r); big_free(ns); break; }
        big_free(r0); r0 = r1; r1 = r;
        big_free(s0); s0 = s1; s1 = ns;
    }
    if (st == BIG_OK && !(r0->len == 1 && r0->limb[0] == 1))
        st = BIG_ENOTINVERTIBLE;
    if (st == BIG_OK)
        st = big_mod(s0, m, out);
    big_free(r0); big_free(r1); big_free(s0); big_free(s1);
    return st;
}

big_status big_powmod(const big_int *a, const big_int *b, const big_int *m, big_int **out)
{
    if (m->sign == 0)
        return BIG_EPOWMODZERO;
    big_int *mod = NULL, *base = NULL, *exp = NULL, *r = NULL;
    big_status st = big_abs(m, &mod);
    if (st != BIG_OK) return st;
    if (mod->len == 1 && mod->limb[0] == 1) {
        big_free(mod);
        return (*out = big_from_i64(0)) ? BIG_OK : BIG_ENOMEM;
    }
    st = big_mod(a, mod, &base);
    if (st == BIG_OK && b->sign < 0) {
        big_int *inv;
        st = mod_inverse(base, mod, &inv);
        if (st == BIG_OK) { big_free(base); base = inv; }
    }
    if (st == BIG_OK) st = big_abs(b, &exp);
    if (st == BIG_OK) st = pow_loop(base, exp, mod, &r);
    if (st == BIG_OK && m->sign < 0 && r->len != 0) {
        big_int *t;
        st = big_sub(r, mod, &t);
        big_free(r);
        r = st == BIG_OK ? t : NULL;
    }
    big_free(mod); big_free(base); big_free(exp);
    if (st != BIG_OK) { big_free(r); return st; }
    *out = r;
    return BIG_OK;
}

big_status big_round(const big_int *a, int64_t ndigits, big_int **out)
{
    if (ndigits >= 0)
        return (*out = big_copy(a)) ? BIG_OK : BIG_ENOMEM;
    uint64_t nd = (uint64_t)0 - (uint64_t)ndigits;
    /* |a| < 10**(bits*log10(2)+1) <= 10**nd / 2 when nd is large enough */
    if ((double)nd > (double)big_bit_length(a) * 0.30102999566398120 + 2)
        return (*out = big_from_i64(0)) ? BIG_OK : BIG_ENOMEM;
    big_int *ten = big_from_i64(10), *e = big_from_u64(nd), *p = NULL, *q = NULL, *r = NULL;
    big_int *twice = NULL, *res = NULL;
    big_status st = (ten && e) ? big_pow(ten, e, &p) : BIG_ENOMEM;
    if (st == BIG_OK) st = big_divmod(a, p, &q, &r);
    if (st == BIG_OK) st = big_lshift(r, 1, &twice);
    if (st == BIG_OK) {
        int c = big_cmp(twice, p);
        if (c > 0 || (c == 0 && big_is_odd(q))) {
            big_tmp one;
            big_int *q1;
            st = big_add(q, big_tmp_i64(&one, 1), &q1);
            if (st == BIG_OK) { big_free(q); q = q1; }
        }
    }
    if (st == BIG_OK) st = big_mul(q, p, &res);
    big_free(ten); big_free(e); big_free(p); big_free(q); big_free(r); big_free(twice);
    if (st == BIG_OK) *out = res;
    return st;
}
