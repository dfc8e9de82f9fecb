/* NUMFMT_H_READY */
/* numfmt.h - Python's float repr, format-spec mini-language, round(),
 * float arithmetic corner cases, float(str) and old-style % conversions.
 *
 * Plain C in, plain C out; no dependency on the object model.  Fallible
 * functions return an fmt_status and, when err is not NULL, fill *err with
 * the Python exception class and CPython's exact message, ready to raise.
 * Output strings are NUL-terminated UTF-8 blocks from mem_alloc of *len + 1
 * bytes; release with mem_free(p, len + 1).  No global state (the int<->str
 * digit limit lives in bigint.h).  Output is the same under glibc and musl:
 * digits come only from snprintf %.*e / %.*f (exact in both) and strtod
 * (correctly rounded in both).
 */
#ifndef CS_NUMFMT_H
#define CS_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "objects/bigint.h"

typedef enum fmt_status {
    FMT_OK = 0,
    FMT_ENOMEM,          /* MemoryError */
    FMT_ESPEC,           /* any ValueError about the format spec itself */
    FMT_EOVERFLOW,       /* OverflowError (%c range, int too large to convert to float,
                            (34, 'Numerical result out of range'), ...) */
    FMT_EVALUE,          /* other ValueError (digit limit, float NaN, ...) */
    FMT_EZERODIV,        /* ZeroDivisionError */
    FMT_ECOMPLEX,        /* negative ** non-integer: CPython returns a complex
                            number; err says ValueError "math domain error" for
                            callers without complex support */
    FMT_EPARSE,          /* float(str) failed: err->msg is "could not convert string
                            to float: " and the caller appends repr(text) */
    FMT_ETYPE            /* TypeError (old-style % conversions) */
} fmt_status;

/* What to raise: exc is a static class name, msg CPython's text. */
typedef struct fmt_error {
    const char *exc;     /* "ValueError", "OverflowError", ...; NULL when OK */
    char msg[256];       /* full message (see FMT_EPARSE for the one exception) */
} fmt_error;

/* Copy a bigint failure into err (class and text) and map its status. */
fmt_status fmt_from_big_status(big_status st, fmt_error *err);

/* ---- a) float repr ---- */
#define FMT_REPR_MAX 32  /* bytes enough for any fmt_float_repr output incl. NUL */
/* repr(d) == str(d): shortest round-tripping digits, Python's layout.
 * Writes into buf (>= FMT_REPR_MAX bytes) and returns the length. */
size_t fmt_float_repr(double d, char *buf);

/* ---- b) format-spec mini-language ---- */
/* A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct fmt_spec {
    uint32_t fill;       /* fill code point (' ' by default) */
    char align;          /* '<' '>' '^' '=' or 0 (default for the type) */
    char sign;           /* '+' '-' ' ' or 0 */
    bool z;              /* 'z': negative zero becomes positive */
    bool alt;            /* '#' */
    bool zero;           /* '0' before width */
    int64_t width;       /* -1 when absent */
    char grouping;       /* ',' or '_' or 0 */
    int64_t precision;   /* -1 when absent */
    uint32_t type;       /* type code point (the default type when absent) */
} fmt_spec;

/* Parse spec[0..len) (UTF-8) as CPython's parse_internal_render_format_spec.
 * default_type: 'd' for ints, 0 for floats, 's' for strs (it decides which
 * grouping checks apply); out->type is default_type when the spec has none.
 * type_name ("int", "float", "str", "bool", ...) only feeds the "Invalid
 * format specifier" message. */
fmt_status fmt_parse_spec(const char *spec, size_t len, uint32_t default_type, const char *type_name,
                          fmt_spec *out, fmt_error *err);

/* format(value, spec) as int.__format__, float.__format__, str.__format__.
 * type_name: what type(value).__name__ says in error messages (NULL = "int"
 * / "float" / "str").  An empty spec gives str(value) (the caller handles
 * bool's 'True').  Int types e E f F g G % convert to float first; 'n' uses
 * the C locale (no grouping), as CPython does without setlocale. */
fmt_status fmt_format_int(const big_int *v, const char *spec, size_t len, const char *type_name,
                          char **out, size_t *outlen, fmt_error *err);
fmt_status fmt_format_i64(int64_t v, const char *spec, size_t len, const char *type_name,
                          char **out, size_t *outlen, fmt_error *err);
fmt_status fmt_format_float(double v, const char *spec, size_t len, const char *type_name,
                            char **out, size_t *outlen, fmt_error *err);
/* s is UTF-8 of slen bytes; width and precision count code points. */
fmt_status fmt_format_str(const char *s, size_t slen, const char *spec, size_t len,
                          const char *type_name, char **out, size_t *outlen, fmt_error *err);

/* ---- c) round() ---- */
/* round(x, ndigits) for a float: correctly rounded, half-even on the exact
 * value (round(2.675, 2) == 2.67).  Clamp huge ndigits to int64 first.
 * FMT_EOVERFLOW only for "rounded value too large to represent". */
fmt_status fmt_round_double(double x, int64_t ndigits, double *out, fmt_error *err);
/* round(x) without ndigits: nearest integral double, ties to even.  Convert
 * the result with big_from_double (which reports inf/NaN). */
double fmt_round_half_even(double x);

/* ---- d) float arithmetic with Python semantics ---- */
fmt_status fmt_float_div(double a, double b, double *out, fmt_error *err);       /* a / b  */
fmt_status fmt_float_floordiv(double a, double b, double *out, fmt_error *err);  /* a // b */
fmt_status fmt_float_mod(double a, double b, double *out, fmt_error *err);       /* a % b  */
fmt_status fmt_float_divmod(double a, double b, double *q, double *r, fmt_error *err);
/* a ** b as float.__pow__ (0.0 ** -1 -> ZeroDivisionError, overflow ->
 * OverflowError (34, 'Numerical result out of range'), negative ** fraction ->
 * FMT_ECOMPLEX). */
fmt_status fmt_float_pow(double a, double b, double *out, fmt_error *err);

/* ---- e) float(str) ---- */
/* ASCII whitespace around, sign, digits with single underscores between
 * digits, '.', exponent, 'inf' / 'infinity' / 'nan' in any case. */
fmt_status fmt_parse_float(const char *text, size_t len, double *out, fmt_error *err);

/* ---- f) old-style % conversions (one conversion at a time) ---- */
/* One parsed conversion such as "%-08.3f".  Width/precision given as '*'
 * are stored as -2; the caller fills them in from the arguments. */
typedef struct fmt_pct {
    bool left;          /* '-' */
    bool plus;          /* '+' */
    bool space;         /* ' ' */
    bool alt;           /* '#' */
    bool zero;          /* '0' */
    int64_t width;      /* -1 absent, -2 '*' */
    int64_t precision;  /* -1 absent, -2 '*' */
    char conv;          /* d i u o x X e E f F g G c s r a % */
    size_t key_start;   /* "%(key)s": byte offset of key in the format, 0 if none */
    size_t key_len;     /* length of the key */
} fmt_pct;

/* Parse the conversion starting at fmt[*pos] == '%'; on success *pos is just
 * past it.  ValueError "incomplete format" / "unsupported format character
 * 'z' (0x7a) at index 1" (index = code-point index of the character). */
fmt_status fmt_pct_parse(const char *fmt, size_t len, size_t *pos, fmt_pct *out, fmt_error *err);
/* Apply one conversion.  fmt_pct_int: d i u o x X c, and e E f F g G via
 * float (OverflowError if too large).  fmt_pct_float: e E f F g G, d i u
 * truncate to int as CPython, o x X c give CPython's TypeError.  s r a are
 * the caller's: convert with str()/repr()/ascii() and call fmt_pct_str,
 * which applies width and precision (in code points).  Flags behave as in
 * CPython's unicode_format_arg_output ('0' pads numbers only). */
fmt_status fmt_pct_int(const fmt_pct *p, const big_int *v, char **out, size_t *outlen, fmt_error *err);
fmt_status fmt_pct_float(const fmt_pct *p, double v, char **out, size_t *outlen, fmt_error *err);
fmt_status fmt_pct_str(const fmt_pct *p, const char *s, size_t slen, char **out, size_t *outlen,
                       fmt_error *err);

#endif
