/* host.h - what the files of host/ share (private; the public API is
 * coroscope.h): the host's output function, the limits it set, the
 * program coroutine's stack size. */
#ifndef CS_HOST_H
#define CS_HOST_H

#include <stddef.h>

#include "host/runtime.h"

/* The program's own coroutine gets a dedicated stack (never copied): deep
 * enough for CPython's recursion limit of 1000 calls plus the parser. */
#ifdef __EMSCRIPTEN__
#define HOST_PROGRAM_STACK (8u * 1024u * 1024u)
#else
#define HOST_PROGRAM_STACK (64u * 1024u * 1024u)   /* pages are committed on use */
#endif

/* Text for the host (coroscope.h CS_STDOUT, CS_STDERR, CS_TRACE). */
void host_write(int stream, const char *data, size_t len);

/* A run's configuration from what the host set (cs_set_limits,
 * cs_set_output_limit): output to host_write, file "main.py". */
rt_config host_config(void);

/* A real clock in milliseconds (benchmarks; the program only ever sees
 * its virtual clock). */
double host_real_ms(void);

/* Ends the stepping session, if any (step.c): one program at a time. */
void host_end_session(void);

#endif
