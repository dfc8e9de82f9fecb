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

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void *mem_alloc(size_t size);                 /* uninitialised; NULL on failure */
void *mem_calloc(size_t count, size_t size);  /* zeroed; NULL on failure or overflow */
void *mem_realloc(void *ptr, size_t old_size, size_t new_size);
void  mem_free(void *ptr, size_t size);       /* size: what was asked for (0 if unknown) */
size_t mem_size(const void *ptr);             /* the size asked for when ptr was allocated */

/* Accounting.  The cap counts the bytes the engine's blocks really hold:
 * each block's size plus the allocator's overhead (header, bookkeeping,
 * rounding: at least 32 bytes a block), so many small objects cannot hold
 * much more than the cap. */
size_t mem_in_use(void);          /* bytes currently held through the hook */
size_t mem_peak(void);            /* largest mem_in_use() seen since start/reset */
uint64_t mem_total(void);         /* bytes ever allocated (real sizes: build-dependent) */
void   mem_set_cap(size_t bytes); /* 0 = no cap (the default) */
size_t mem_cap(void);
void   mem_reset_peak(void);

/* Work done on data, in units that are the same on every build: the
 * allocators of values whose size grows with the data note what they
 * make (a str: its bytes; a list or tuple: 8 per item slot; a dict: 24
 * and a set: 16 per entry; a big int: 4 per limb).  The step budget charges it (vm/state.c), so a budget
 * stop comes at the same step on native and wasm builds, whose real
 * allocation sizes differ (64-bit against 32-bit pointers). */
void     mem_note_work(uint64_t units);
uint64_t mem_work_total(void);

/* Uncounted sections (nesting): blocks allocated between enter and leave
 * are neither counted nor capped, now or when later resized or freed.
 * The host's own work while a program is paused (its snapshot, the
 * coroutine switch itself) uses one, so that pausing and looking never
 * change the program's memory figures: its cap, and the step budget's
 * charge for allocation (objects/interp.h step_tick), stay exactly those
 * of a run that was never paused. */
void   mem_uncounted_enter(void);
void   mem_uncounted_leave(void);
/* The host's stack room, in percent of a Node main thread's (100, the
 * default): a browser worker's JS stack is about half of Node's, and in
 * wasm every C frame also takes room there.  mem_stack_depth(limit) is a
 * C-recursion depth limit sized for that room (never below a tenth). */
void   mem_set_stack_room(int percent);
int    mem_stack_depth(int limit);

/* Inside an uncounted section: the host's work, which the step budget
 * does not charge either (vm/state.c). */
bool   mem_uncounted_now(void);

#endif
