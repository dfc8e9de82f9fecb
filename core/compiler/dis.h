/* dis.h - the disassembler (`coroscope dis FILE`): code objects printed in
 * CPython's dis layout. */
#ifndef CS_DIS_H
#define CS_DIS_H

#include <stddef.h>

#include "compiler/code.h"

typedef void (*dis_write_fn)(void *user, const char *text, size_t len);

/* Writes the disassembly of c, then of every code object among its
 * constants (functions, class bodies, comprehensions), depth first. */
void dis_code(const CodeObj *c, dis_write_fn write, void *user);

#endif
