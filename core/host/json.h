/* json.h - a small JSON writer into a growing buffer, for the trace lines
 * and the stepping snapshot.
 *
 * Strings are written as valid UTF-8 JSON whatever bytes they hold (see
 * jw_strn).  Commas are placed by the writer: jw_key and the value
 * functions know whether something came before in the open object or
 * array.  The buffer's memory is uncounted (base/mem.h): writing JSON
 * about a paused program never changes its memory figures.  On no memory
 * the writer keeps going without writing and says so in `failed`.
 */
#ifndef CS_JSON_H
#define CS_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct jw {
    char *p;            /* the text so far (NUL-terminated when cap > 0) */
    size_t len, cap;    /* bytes written / allocated */
    bool comma;         /* the next value or key needs a comma first */
    bool failed;        /* out of memory: the text is incomplete */
} jw;

void jw_reset(jw *w);             /* empty it (keeps the buffer) */
void jw_free(jw *w);              /* drop the buffer */

void jw_raw(jw *w, const char *s, size_t n);   /* as they are, no comma logic */
void jw_key(jw *w, const char *key);           /* "key": (with a comma if due) */
void jw_begin(jw *w, char bracket);            /* '{' or '[' as a value */
void jw_end(jw *w, char bracket);              /* '}' or ']' */

void jw_strn(jw *w, const char *s, size_t n);  /* a string value */
/* The same without object addresses: every " at 0x<hex digits>" is left
 * out, as the trace's reprs leave it out (they change from run to run). */
void jw_strn_noaddr(jw *w, const char *s, size_t n);
/* The length of s[0..n) once its addresses are left out, written to dst
 * (n bytes at most); dst may be s. */
size_t json_drop_addresses(char *dst, const char *s, size_t n);
void jw_str(jw *w, const char *s);             /* NUL-terminated; NULL writes null */
void jw_int(jw *w, int64_t v);
void jw_uint(jw *w, uint64_t v);
void jw_float(jw *w, double v);                /* as Python's repr of a float */
void jw_bool(jw *w, bool v);
void jw_null(jw *w);
/* An already written JSON value (another writer's text) as a value. */
void jw_value(jw *w, const char *json, size_t n);

/* Shorthands for a key and its value. */
void jw_kstr(jw *w, const char *key, const char *s);
void jw_kint(jw *w, const char *key, int64_t v);

#endif
