/* trace.c - the step hook (see trace.h).
 *
 * Global state: the installed hook and its user pointer.
 */
#include "trace.h"

#include <stddef.h>

static trace_hook_fn hook;     /* NULL: tracing off */
static void *hook_user;        /* passed back to the hook */

void trace_set_hook(trace_hook_fn fn, void *user)
{
    hook = fn;
    hook_user = user;
}

int trace_enabled(void) { return hook != NULL; }

void trace_emit(const TraceEvent *e)
{
    if (hook)
        hook(e, hook_user);
}

const char *trace_kind_name(TraceKind k)
{
    static const char *const names[TR_COUNT] = {
        "line", "call", "return", "exception_raised", "exception_caught", "gen_create",
        "gen_resume", "gen_yield", "gen_return", "gen_close", "gen_throw", "output", "warning",
    };
    return (unsigned)k < TR_COUNT ? names[k] : "unknown";
}
