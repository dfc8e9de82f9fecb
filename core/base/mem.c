/* mem.c - counting, capped allocator on top of the C library.
 *
 * The size of each block is stored in a small header so that mem_free and
 * mem_realloc stay correct even when a caller passes 0 as the size.  The
 * header also says whether the block was made in an uncounted section
 * (mem_uncounted_enter): such a block never touches the counters, neither
 * when made nor when resized or freed, whenever that happens.
 */
#include "base/mem.h"

#include <stdint.h>
#include <stdlib.h>

/* Header in front of every block: keeps the block size for accounting,
 * padded to 16 bytes so the payload keeps malloc's alignment. */
typedef union mem_header {
    struct {
        size_t size;        /* bytes asked for */
        int uncounted;      /* made in an uncounted section */
    } b;
    max_align_t align;
} mem_header;

static size_t in_use;   /* footprint of the blocks handed out and not yet freed */
static size_t peak;     /* high-water mark of in_use */
static size_t cap;      /* 0 = unlimited */
static uint64_t total;  /* footprint ever handed out (growth of a realloc counts) */
static uint64_t work;   /* mem_note_work units */
static int uncounted;   /* > 0 inside an uncounted section */

/* What a block of `size` bytes really holds: the size, our header and the
 * C library's bookkeeping word, rounded up to its 16-byte granule, at least
 * 32 bytes (glibc's chunk arithmetic; Emscripten's dlmalloc needs no
 * more).  Counting this rather than `size` keeps a program of many small
 * objects from holding twice the cap: a 32-byte int takes 64 bytes of
 * the process.  What is left uncounted (page rounding of big blocks, the
 * allocator's free lists) is the cap's slack. */
static size_t footprint(size_t size)
{
    size_t n = (size + sizeof(mem_header) + sizeof(size_t) + 15) & ~(size_t)15;
    return n < 32 ? 32 : n;
}

/* Largest size asked for that footprint() can count without overflow. */
#define MEM_MAX (SIZE_MAX - sizeof(mem_header) - 64)

static int would_exceed(size_t extra)
{
    return !uncounted && cap != 0 && (extra > cap || in_use > cap - extra);
}

static void account(size_t added, size_t removed)
{
    if (added > removed)
        total += added - removed;
    in_use = in_use + added - removed;
    if (in_use > peak)
        peak = in_use;
}

void *mem_alloc(size_t size)
{
    if (size > MEM_MAX || (!uncounted && would_exceed(footprint(size))))
        return NULL;
    mem_header *h = malloc(sizeof(mem_header) + size);
    if (!h)
        return NULL;
    h->b.size = size;
    h->b.uncounted = uncounted > 0;
    if (!h->b.uncounted)
        account(footprint(size), 0);
    return h + 1;
}

/* calloc, not malloc + memset: a big block comes zeroed from fresh pages
 * without being touched, so allocating it costs nothing until it is used. */
void *mem_calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    size *= count;
    if (size > MEM_MAX || (!uncounted && would_exceed(footprint(size))))
        return NULL;
    mem_header *h = calloc(1, sizeof(mem_header) + size);
    if (!h)
        return NULL;
    h->b.size = size;
    h->b.uncounted = uncounted > 0;
    if (!h->b.uncounted)
        account(footprint(size), 0);
    return h + 1;
}

/* Growing a block checks the cap for the whole new block: realloc may
 * have to copy, and the old block is held until the copy is done (always
 * so on wasm), so a list or buffer that doubles near the cap fails before
 * the process holds more than the cap. */
void *mem_realloc(void *ptr, size_t old_size, size_t new_size)
{
    (void)old_size;
    if (!ptr)
        return mem_alloc(new_size);
    mem_header *h = (mem_header *)ptr - 1;
    size_t was = h->b.size;
    int counted = !h->b.uncounted;
    if (new_size > MEM_MAX)
        return NULL;
    if (counted && new_size > was && would_exceed(footprint(new_size)))
        return NULL;
    mem_header *n = realloc(h, sizeof(mem_header) + new_size);
    if (!n)
        return NULL;
    n->b.size = new_size;
    if (counted)
        account(footprint(new_size), footprint(was));
    return n + 1;
}

void mem_free(void *ptr, size_t size)
{
    (void)size;
    if (!ptr)
        return;
    mem_header *h = (mem_header *)ptr - 1;
    if (!h->b.uncounted)
        account(0, footprint(h->b.size));
    free(h);
}

size_t mem_size(const void *ptr)
{
    return ptr ? ((const mem_header *)ptr - 1)->b.size : 0;
}

size_t mem_in_use(void) { return in_use; }
uint64_t mem_total(void) { return total; }
size_t mem_peak(void) { return peak; }
void mem_set_cap(size_t bytes) { cap = bytes; }
size_t mem_cap(void) { return cap; }
void mem_reset_peak(void) { peak = in_use; }
void mem_note_work(uint64_t units)
{
    if (!uncounted)           /* the host's snapshot makes no work */
        work += units;
}
uint64_t mem_work_total(void) { return work; }
void mem_uncounted_enter(void) { uncounted++; }
void mem_uncounted_leave(void) { uncounted--; }
bool mem_uncounted_now(void) { return uncounted > 0; }

static int stack_room = 100;
void mem_set_stack_room(int percent)
{
    stack_room = percent < 10 ? 10 : percent > 100 ? 100 : percent;
}
int mem_stack_depth(int limit) { return (int)((long long)limit * stack_room / 100); }
