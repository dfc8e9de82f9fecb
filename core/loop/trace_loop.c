/* trace_loop.c - the scheduler's step events (vm/trace.h: task_*,
 * future_done, call_soon, timer_*, clock, loop_iter, deadlock).  Each
 * function costs one pointer test when tracing is off; none runs Python
 * code (reprs go through trace_repr).
 */
#include "loop/loop_internal.h"

#include <stdio.h>

#include "objects/types.h"
#include "vm/generator.h"
#include "vm/trace.h"

/* The coroutine a task drives: its function and serial (or none). */
static void coro_of(TaskObj *t, const char **func, uint64_t *id)
{
    Obj *c = t->coro;
    if (c && (c->type == &Coro_Type || c->type == &Gen_Type)) {
        *func = STR_DATA(((GenObj *)c)->qualname);
        *id = ((GenObj *)c)->serial;
    } else {
        *func = c ? c->type->name : NULL;
        *id = 0;
    }
}

static TraceEvent task_event(TraceKind kind, TaskObj *t)
{
    TraceEvent e = { .kind = kind, .obj_id = t->fut.serial, .obj_kind = "task",
                     .name = t->name ? STR_DATA(t->name) : NULL };
    coro_of(t, &e.func, &e.peer_id);
    return e;
}

void tl_task_create(TaskObj *t)
{
    if (!trace_enabled())
        return;
    TraceEvent e = task_event(TR_TASK_CREATE, t);
    FrameObj *f = ev.frame;
    while (f && !trace_code_shown(f->code->filename))   /* the program's line */
        f = f->back;
    e.line = f ? frame_lineno(f) : 0;
    trace_emit(&e);
}

void tl_task_step(TaskObj *t, Obj *exc)
{
    if (!trace_enabled())
        return;
    TraceEvent e = task_event(TR_TASK_STEP, t);
    e.verb = exc ? "throw" : "send";
    if (exc)
        e.text = trace_exc_text(exc);
    else
        e.value = "None";
    trace_emit(&e);
}

void tl_task_wait(TaskObj *t, Obj *fut)
{
    if (!trace_enabled())
        return;
    TraceEvent e = task_event(TR_TASK_WAIT, t);
    if (FUTURE_CHECK(fut)) {
        e.peer_id = ((FutureObj *)fut)->serial;
        e.peer = TASK_CHECK(fut) && ((TaskObj *)fut)->name ? STR_DATA(((TaskObj *)fut)->name)
                                                          : fut->type->name;
    } else {
        e.peer_id = 0;
        e.peer = fut->type->name;
    }
    trace_emit(&e);
}

void tl_task_cancel(TaskObj *t, Obj *msg)
{
    if (!trace_enabled())
        return;
    TraceEvent e = task_event(TR_TASK_CANCEL, t);
    e.state = "cancelling";
    if (msg && msg != obj_none)
        e.text = trace_repr(msg);
    trace_emit(&e);
}

void tl_future_done(FutureObj *f)
{
    if (!trace_enabled())
        return;
    TraceEvent e = { .kind = TR_FUTURE_DONE, .obj_id = f->serial, .obj_kind = "future" };
    if (f->is_task)
        e = task_event(TR_TASK_DONE, (TaskObj *)f);
    e.state = f->state == FUT_CANCELLED ? "CANCELLED" : "FINISHED";
    if (f->state == FUT_FINISHED && f->exception)
        e.text = trace_exc_text(f->exception);
    else if (f->state == FUT_FINISHED)
        e.value = trace_repr(f->result ? f->result : obj_none);
    trace_emit(&e);
}

/* What a callback calls, in words, without running Python code:
 * "Task-2 step", "Task-1 wakeup", "print()", "main.<locals>.cb()". */
static const char *callback_words(Obj *cb, uint64_t *peer, char *buf, size_t cap)
{
    *peer = 0;
    if (cb->type == &CFunction_Type) {
        CFuncObj *f = (CFuncObj *)cb;
        if (f->self && TASK_CHECK(f->self)) {
            TaskObj *t = (TaskObj *)f->self;
            *peer = t->fut.serial;
            bool step = f->def->name[5] == 's';            /* task_step / task_wakeup */
            snprintf(buf, cap, "%s %s", t->name ? STR_DATA(t->name) : "Task",
                     step ? "step" : "wakeup");
            return buf;
        }
        snprintf(buf, cap, "%s()", f->def->name);
        return buf;
    }
    Obj *fn = cb->type == &Method_Type ? ((MethodObj *)cb)->func : cb;
    if (fn->type == &Function_Type) {
        snprintf(buf, cap, "%s()", STR_DATA(((FunctionObj *)fn)->qualname));
        return buf;
    }
    snprintf(buf, cap, "%s()", cb->type->name);
    return buf;
}

const char *loop_callback_words(Obj *callback, Obj *args, uint64_t *peer, char *buf, size_t cap)
{
    const char *words = callback_words(callback, peer, buf, cap);
    if (!*peer && args && TUPLE_SIZE(args) && FUTURE_CHECK(TUPLE_ITEMS(args)[0]))
        *peer = ((FutureObj *)TUPLE_ITEMS(args)[0])->serial;
    return words;
}

void tl_call_soon(HandleObj *h)
{
    if (!trace_enabled())
        return;
    char buf[160];
    TraceEvent e = { .kind = TR_CALL_SOON };
    e.value = loop_callback_words(h->callback, h->args, &e.peer_id, buf, sizeof buf);
    trace_emit(&e);
}

void tl_timer(TraceKind kind, HandleObj *t)
{
    if (!trace_enabled())
        return;
    char buf[160];
    uint64_t peer = 0;
    TraceEvent e = { .kind = kind, .obj_id = t->seq, .obj_kind = "timer", .time = t->when };
    if (kind == TR_TIMER_ADD && t->callback != obj_none)
        e.value = callback_words(t->callback, &peer, buf, sizeof buf);
    trace_emit(&e);
}

void tl_clock(double from, double to)
{
    if (!trace_enabled() || from == to)
        return;
    TraceEvent e = { .kind = TR_CLOCK, .time_from = from, .time = to };
    trace_emit(&e);
}

void tl_loop_iter(size_t ready)
{
    if (!trace_enabled())
        return;
    TraceEvent e = { .kind = TR_LOOP_ITER, .count = (int64_t)ready };
    trace_emit(&e);
}

void tl_deadlock(Obj *report)
{
    if (!trace_enabled())
        return;
    TraceEvent e = { .kind = TR_DEADLOCK, .text = STR_DATA(report) };
    trace_emit(&e);
}
