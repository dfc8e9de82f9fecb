/* output.h - where the program's output goes (the host's writers, set
 * for each run), warnings, and the program's source lines. */
#ifndef CS_OUTPUT_H
#define CS_OUTPUT_H

#include <stddef.h>

#include "objects/object.h"

typedef void (*rt_write_fn)(void *user, const char *data, size_t len);

/* The writers of program stdout and stderr (UTF-8 pieces) for this run. */
void rt_set_output(rt_write_fn out, rt_write_fn err, void *user);

/* Write program output / error text (also an output event of the trace). */
void rt_write_stdout(const char *s, size_t n);
void rt_write_stderr(const char *s, size_t n);
/* Can str s go to stdout?  stdout is strict UTF-8, as CPython's: a lone
 * surrogate gives -1 with CPython's UnicodeEncodeError set. */
int rt_stdout_encodable(Obj *s);
/* Output limit of a run: stdout and stderr together, in bytes (0: none).
 * What goes beyond it is dropped and the run stops at its next step
 * (run_output_capped). */
void rt_set_output_limit(uint64_t bytes);
/* A message of the host about the run (budget, limits): straight to
 * stderr, never counted or dropped. */
void rt_write_report(const char *s, size_t n);

/* A warning the engine issues at the running frame's line (coroutine
 * '...' was never awaited): through warnings.py if the program imported
 * it (its filters, catch_warnings, showwarning), else as CPython's
 * default filter does: "main.py:LINE: Category: message" and the source
 * line on stderr, once per module, message and line (the module's
 * __warningregistry__).  0, or -1 with the warning raised as an
 * exception (an "error" filter). */
int rt_warn(TypeObj *category, Obj *message);
/* Writes a warning's report (its first line is the trace's warning
 * event) to stderr. */
void rt_emit_warning(const char *text, size_t len, int line);

/* The text of source line `lineno` (1-based) of main.py; *len its length
 * without the newline.  NULL if out of range. */
const char *rt_source_line(int lineno, size_t *len);
/* The same for any file whose code runs: main.py or a library module
 * written in Python (registered with rt_add_source; the text is static). */
const char *rt_source_line_of(Obj *filename, int lineno, size_t *len);
void rt_add_source(Obj *filename, const char *src, size_t len);

#endif
