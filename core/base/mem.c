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
#include <string.h>

/* Header in front of every block: keeps the block size for accounting,
 * padded to 16 bytes so the payload keeps malloc's alignment. */
typedef union mem_header {
    struct {
        size_t size;        /* bytes asked for */
        int uncounted;      /* made in an uncounted section */
    } b;
    max_align_t align;
} mem_header;

static size_t in_use;   /* bytes handed out and not yet freed */
static size_t peak;     /* high-water mark of in_use */
static size_t cap;      /* 0 = unlimited */
static uint64_t total;  /* bytes ever handed out (growth of a realloc counts) */
static int uncounted;   /* > 0 inside an uncounted section */

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
    if (size > SIZE_MAX - sizeof(mem_header) || would_exceed(size))
        return NULL;
    mem_header *h = malloc(sizeof(mem_header) + size);
    if (!h)
        return NULL;
    h->b.size = size;
    h->b.uncounted = uncounted > 0;
    if (!h->b.uncounted)
        account(size, 0);
    return h + 1;
}

void *mem_calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    void *p = mem_alloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *mem_realloc(void *ptr, size_t old_size, size_t new_size)
{
    (void)old_size;
    if (!ptr)
        return mem_alloc(new_size);
    mem_header *h = (mem_header *)ptr - 1;
    size_t was = h->b.size;
    int counted = !h->b.uncounted;
    if (counted && new_size > was && would_exceed(new_size - was))
        return NULL;
    if (new_size > SIZE_MAX - sizeof(mem_header))
        return NULL;
    mem_header *n = realloc(h, sizeof(mem_header) + new_size);
    if (!n)
        return NULL;
    n->b.size = new_size;
    if (counted)
        account(new_size, was);
    return n + 1;
}

void mem_free(void *ptr, size_t size)
{
    (void)size;
    if (!ptr)
        return;
    mem_header *h = (mem_header *)ptr - 1;
    if (!h->b.uncounted)
        account(0, h->b.size);
    free(h);
}

size_t mem_in_use(void) { return in_use; }
uint64_t mem_total(void) { return total; }
size_t mem_peak(void) { return peak; }
void mem_set_cap(size_t bytes) { cap = bytes; }
size_t mem_cap(void) { return cap; }
void mem_reset_peak(void) { peak = in_use; }
void mem_uncounted_enter(void) { uncounted++; }
void mem_uncounted_leave(void) { uncounted--; }
