/* BIGINT_H_READY */
/* bigint.h - arbitrary-precision signed integers with Python semantics.
 *
 * Plain C values, no dependency on the object model.  A big_int is
 * immutable once returned; every operation allocates a fresh result through
 * core/mem.h and reports failure as a big_status (never crashes, never
 * raises).  The object layer keeps small ints as int64_t, uses the
 * overflow-checked big_i64_* helpers on the fast path and falls back to
 * big_int only when a result does not fit (big_to_i64 tells when a big
 * result fits again).
 *
 * Ownership: every big_int * handed out by a function of this module is
 * owned by the caller and released with big_free().  Strings handed out
 * (big_to_str) are NUL-terminated mem_alloc blocks of *len + 1 bytes;
 * release them with mem_free(p, len + 1).
 *
 * Global state: the int<->str digit limit of sys.set_int_max_str_digits
 * (default 4300; 0 = no limit) and the work hook (big_set_work_hook).
 */
#ifndef CS_BIGINT_H
#define CS_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An integer: sign and magnitude in base 2**32.  Normally the limbs live in
 * the same allocation, right after the header; big_tmp (below) points them
 * at caller storage instead. */
typedef struct big_int {
    int32_t sign;      /* -1, 0 or +1; 0 exactly when len == 0 */
    uint32_t len;      /* limbs in use; limb[len-1] != 0 when len > 0 */
    uint32_t *limb;    /* magnitude, least significant limb first */
} big_int;

/* Stack storage for viewing an int64_t as a big_int without allocating:
 *   big_tmp t; const big_int *b = big_tmp_i64(&t, v);
 * The view is valid while t is in scope; never big_free() it. */
typedef struct big_tmp {
    big_int b;          /* the view */
    uint32_t space[2];  /* its limbs */
} big_tmp;

/* Result of every fallible call.  big_status_exc/big_status_message turn it
 * into CPython's exception class and text. */
typedef enum big_status {
    BIG_OK = 0,
    BIG_ENOMEM,           /* MemoryError (allocation failed or cap hit) */
    BIG_EDIVZERO,         /* ZeroDivisionError: division by zero          (int / int) */
    BIG_EFLOORDIVZERO,    /* ZeroDivisionError: integer division or modulo by zero (//, divmod) */
    BIG_EMODZERO,         /* ZeroDivisionError: integer modulo by zero    (%) */
    BIG_EPOWMODZERO,      /* ValueError: pow() 3rd argument cannot be 0 */
    BIG_ENOTINVERTIBLE,   /* ValueError: base is not invertible for the given modulus */
    BIG_ENEGEXP,          /* not an error in Python: int ** negative int is a float
                             power; the caller redoes it with doubles */
    BIG_ENEGSHIFT,        /* ValueError: negative shift count */
    BIG_ETOOMANYDIGITS,   /* OverflowError: too many digits in integer */
    BIG_EFLOATTOOLARGE,   /* OverflowError: int too large to convert to float */
    BIG_EDIVTOOLARGE,     /* OverflowError: integer division result too large for a float */
    BIG_EFLOATINF,        /* OverflowError: cannot convert float infinity to integer */
    BIG_EFLOATNAN,        /* ValueError: cannot convert float NaN to integer */
    BIG_EBASE,            /* ValueError: int() base must be >= 2 and <= 36, or 0 */
    BIG_ELITERAL,         /* ValueError: invalid literal for int() with base %d: %.200R
                             (the caller appends repr(text), see big_status_message) */
    BIG_EPARSEDIGITS,     /* ValueError: Exceeds the limit (%d digits) for integer string
                             conversion: value has %zd digits; use sys.set_int_max_str_digits()
                             to increase the limit */
    BIG_EFORMATDIGITS,    /* ValueError: Exceeds the limit (%d digits) for integer string
                             conversion; use sys.set_int_max_str_digits() to increase the limit */
    BIG_ESTOPPED          /* the work hook refused the work (the caller's step budget is
                             spent): the hook has reported it, there is nothing to raise */
} big_status;

/* Python exception class name for a status ("ValueError", ...); NULL for BIG_OK
 * and BIG_ENEGEXP. */
const char *big_status_exc(big_status st);

/* CPython's message for st into buf (always NUL-terminated; returns strlen).
 * base: the int() base, used by BIG_ELITERAL, whose text ends with ": " -- the
 * caller appends repr(original str) truncated to 200 characters as %.200R does.
 * ndigits: for BIG_EPARSEDIGITS, the count big_from_str reported. */
size_t big_status_message(big_status st, int base, size_t ndigits, char *buf, size_t size);

/* The sys.set_int_max_str_digits limit (0 = unlimited; CPython accepts 0 or
 * >= 640, the caller checks that).  Base-10 only, as CPython. */
#define BIG_DEFAULT_MAX_STR_DIGITS 4300
void big_set_max_str_digits(int64_t limit);
int64_t big_get_max_str_digits(void);

/* The work hook: told, before an operation whose cost grows faster than
 * its operands (multiplication, division, powers, conversion to and from
 * decimal text), about how many limb products it will do (only when at
 * least 64); a negative answer stops the operation with BIG_ESTOPPED
 * before the work.  NULL (the default): no hook. */
void big_set_work_hook(int (*hook)(double products));

/* ---- int64 fast path: return true on success, false on overflow ---- */
static inline bool big_i64_add(int64_t a, int64_t b, int64_t *r) { return !__builtin_add_overflow(a, b, r); }
static inline bool big_i64_sub(int64_t a, int64_t b, int64_t *r) { return !__builtin_sub_overflow(a, b, r); }
static inline bool big_i64_mul(int64_t a, int64_t b, int64_t *r) { return !__builtin_mul_overflow(a, b, r); }
/* Floor division / modulo, Python semantics; b must be != 0.  Only
 * INT64_MIN // -1 overflows (its modulo is 0 and never overflows). */
bool big_i64_floordiv(int64_t a, int64_t b, int64_t *r);
int64_t big_i64_mod(int64_t a, int64_t b);
/* hash(int) of a small int, identical to big_hash of the same value. */
int64_t big_hash_i64(int64_t v);

/* ---- construction and conversion ---- */
big_int *big_from_i64(int64_t v);             /* NULL on ENOMEM */
big_int *big_from_u64(uint64_t v);            /* NULL on ENOMEM */
const big_int *big_tmp_i64(big_tmp *t, int64_t v);  /* no allocation */
big_int *big_copy(const big_int *a);          /* NULL on ENOMEM */
void big_free(big_int *a);                    /* NULL is fine */

/* The value as int64; *fits (may be NULL) is false, and the result
 * unspecified, when it does not fit. */
int64_t big_to_i64(const big_int *a, bool *fits);
bool big_fits_i64(const big_int *a);

/* int(d): truncates toward zero.  BIG_EFLOATINF / BIG_EFLOATNAN. */
big_status big_from_double(double d, big_int **out);
/* float(a), correctly rounded (half-even).  BIG_EFLOATTOOLARGE. */
big_status big_to_double(const big_int *a, double *out);

/* int(text, base) as CPython: base 0 or 2..36, surrounding ASCII whitespace,
 * one sign, base-0/16/8/2 prefixes (0x/0o/0b, any case), single underscores
 * between digits (and after a prefix), base 0 rejects leading zeros of a
 * nonzero decimal.  *ndigits (may be NULL) receives the digit count for the
 * BIG_EPARSEDIGITS message.  Non-ASCII digits and spaces count as in CPython
 * (int('\u0661\u0662') == 12). */
big_status big_from_str(const char *text, size_t len, int base, big_int **out, size_t *ndigits);

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII on UTF-8 text:
 * Unicode decimal digits (category Nd, Unicode 14) become '0'..'9', Unicode
 * whitespace becomes ' ', other non-ASCII characters '?', ASCII is kept.
 * Returns a mem_alloc'd NUL-terminated copy of *outlen + 1 bytes, or NULL
 * on ENOMEM.  big_from_str and fmt_parse_float apply it themselves. */
char *big_unicode_to_ascii(const char *text, size_t len, size_t *outlen);

/* Flags for big_to_str. */
enum {
    BIG_PREFIX = 1,   /* add "0x" / "0o" / "0b" after the sign (hex(), oct(), bin()) */
    BIG_UPPER = 2     /* upper-case hex digits (and "0X" prefix, as '%#X') */
};
/* a in base 2, 8, 10 or 16 ("-" sign, no "+"): str(a), hex(a), oct(a), bin(a).
 * Base 10 honours the digit limit (BIG_EFORMATDIGITS).  Output: see top. */
big_status big_to_str(const big_int *a, int base, int flags, char **out, size_t *len);
/* Number of decimal digits of |a| (1 for zero). */
size_t big_decimal_digits(const big_int *a);

/* ---- arithmetic: results are new values in *out ---- */
big_status big_add(const big_int *a, const big_int *b, big_int **out);
big_status big_sub(const big_int *a, const big_int *b, big_int **out);
big_status big_mul(const big_int *a, const big_int *b, big_int **out);
big_status big_floordiv(const big_int *a, const big_int *b, big_int **out);  /* a // b */
big_status big_mod(const big_int *a, const big_int *b, big_int **out);       /* a % b  */
big_status big_divmod(const big_int *a, const big_int *b, big_int **q, big_int **r);
big_status big_truediv(const big_int *a, const big_int *b, double *out);     /* a / b, correctly rounded */
/* a ** b for b >= 0 (BIG_ENEGEXP when b < 0). */
big_status big_pow(const big_int *a, const big_int *b, big_int **out);
/* pow(a, b, m): result has the sign of m; b < 0 uses the modular inverse. */
big_status big_powmod(const big_int *a, const big_int *b, const big_int *m, big_int **out);
big_status big_neg(const big_int *a, big_int **out);
big_status big_abs(const big_int *a, big_int **out);
/* round(a, ndigits) for ndigits < 0: round half to even at 10**-ndigits;
 * ndigits >= 0 returns a copy. */
big_status big_round(const big_int *a, int64_t ndigits, big_int **out);

/* Shifts by a non-negative count (BIG_ENEGSHIFT otherwise).  a >> n floors.
 * A count that does not fit in int64 is the caller's case: rshift gives 0
 * or -1, lshift of a nonzero value is MemoryError in CPython. */
big_status big_lshift(const big_int *a, int64_t n, big_int **out);
big_status big_rshift(const big_int *a, int64_t n, big_int **out);
/* Bitwise ops on the infinite two's-complement representation. */
big_status big_and(const big_int *a, const big_int *b, big_int **out);
big_status big_or(const big_int *a, const big_int *b, big_int **out);
big_status big_xor(const big_int *a, const big_int *b, big_int **out);
big_status big_invert(const big_int *a, big_int **out);              /* ~a == -a-1 */

/* ---- queries (never fail) ---- */
int big_cmp(const big_int *a, const big_int *b);   /* -1, 0, +1 */
int big_sign(const big_int *a);                    /* -1, 0, +1 */
bool big_is_zero(const big_int *a);
bool big_is_odd(const big_int *a);
uint64_t big_bit_length(const big_int *a);         /* int.bit_length() */
int64_t big_hash(const big_int *a);                /* hash(int), CPython 64-bit */
/* hash(float) for finite and infinite d (hash(1.0) == hash(1)); for NaN it
 * returns 0 and the caller substitutes the object identity hash as 3.10+. */
int64_t big_hash_double(double d);
/* Compare an int with a float exactly, as CPython's int/float comparisons
 * do: -1, 0, +1, or 2 when d is NaN (all comparisons false except !=). */
int big_cmp_double(const big_int *a, double d);

#endif
