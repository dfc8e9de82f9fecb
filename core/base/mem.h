/* mem.h - the one allocation hook of the engine (base/: what every stage
 * may use; it uses nothing).
 *
 * Every heap allocation of the engine goes through these three functions so
 * that memory can be counted, capped (MemoryError instead of a crash) and
 * checked by tests.  mem_alloc/mem_realloc return NULL when the cap would be
 * exceeded or the system is out of memory; callers turn that into a Python
 * MemoryError (or an error code in the coroutine core).
 */
#ifndef CS_MEM_H
#define CS_MEM_H

#include <stddef.h>
#include <stdint.h>

void *mem_alloc(size_t size);                 /* uninitialised; NULL on failure */
void *mem_calloc(size_t count, size_t size);  /* zeroed; NULL on failure or overflow */
void *mem_realloc(void *ptr, size_t old_size, size_t new_size);
void  mem_free(void *ptr, size_t size);       /* size: what was asked for (0 if unknown) */

/* Accounting.  The cap counts the bytes currently asked for by the engine. */
size_t mem_in_use(void);          /* bytes currently allocated through the hook */
size_t mem_peak(void);            /* largest mem_in_use() seen since start/reset */
uint64_t mem_total(void);         /* bytes ever allocated (a measure of work done) */
void   mem_set_cap(size_t bytes); /* 0 = no cap (the default) */
size_t mem_cap(void);
void   mem_reset_peak(void);

/* Uncounted sections (nesting): blocks allocated between enter and leave
 * are neither counted nor capped, now or when later resized or freed.
 * The host's own work while a program is paused (its snapshot, the
 * coroutine switch itself) uses one, so that pausing and looking never
 * change the program's memory figures: its cap, and the step budget's
 * charge for allocation (objects/interp.h step_tick), stay exactly those
 * of a run that was never paused. */
void   mem_uncounted_enter(void);
void   mem_uncounted_leave(void);

#endif
