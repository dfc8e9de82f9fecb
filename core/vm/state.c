/* state.c - the interpreter state: its start and end for a run, the
 * modules it knows, and what the object layer calls back into
 * (objects/interp.h): the recursion guard, the step budget, the handled
 * exception, zero-argument super().
 *
 * Global state: `ev` (vm.h), the step budget's allocation mark.
 */
#include "vm/vm.h"

#include <string.h>

#include "base/mem.h"
#include "coro/coro.h"
#include "objects/types.h"
#include "vm/asyncgen.h"
#include "vm/context.h"
#include "vm/generator.h"
#include "vm/stackseg.h"

EvalState ev = { .limit = 1000 };

static unsigned rec_calls;      /* C-recursive calls not yet charged (rec_charge) */

Obj *(*vm_import_hook)(const char *name);

int func_init(void);

int vm_init(void)
{
    frame_gc_init();
    return func_init() < 0 || gen_init() < 0 || context_init() < 0 ? -1 : 0;
}

void vm_begin_run(const char *src, size_t len, const char *filename, uint64_t step_budget)
{
    ev.filename = filename;
    ev.src = src;
    ev.src_len = len;
    ev.steps = 0;
    ev.deadlocked = false;
    ev.output_capped = false;
    ev.aborted = false;
    ev.step_budget = step_budget;
    big_set_max_str_digits(BIG_DEFAULT_MAX_STR_DIGITS);   /* sys.set_int_max_str_digits: per run */
    ev.depth = 1;                 /* the module frame counts, as in CPython */
    ev.c_depth = 0;
    ev.c_rec = ev.c_rec_base = 0;
    rec_calls = 0;
    seg_reset();
    gen_begin_run();
    ev.frame = NULL;
    ev.excinfo = &ev.base_excinfo;
}

void vm_end_run(void)
{
    CLEAR(ev.base_excinfo.value);
    agen_end_run();               /* sys.set_asyncgen_hooks lasts one run */
    ctx_reset();                  /* so do the context variables */
}

Obj *vm_modules(void) { return ev.modules; }
Obj *vm_builtins(void) { return ev.builtins; }

void vm_set_modules(Obj *modules, Obj *builtins)
{
    SETREF(ev.modules, modules);
    SETREF(ev.builtins, builtins);
}

/* ------------------------------------------------------------------ */
/* Recursion guard                                                     */
/* ------------------------------------------------------------------ */

#define C_STACK_MARGIN (64 * 1024)

/* C-recursive calls (a comparison of nested lists, a repr, an iterator
 * pulling from another) allowed on one stack segment.  In wasm each of
 * them also takes room on the JS engine's own stack (about 1 MB on Node's
 * main thread, half that in a Chromium worker, shared by all the C frames
 * of a segment): measured in Node, about 2,000 nested list comparisons or
 * 3,000 nested zip iterators overflow it, so 1,000 keeps a wide margin for
 * the VM re-entries a segment may also hold.  Native builds use the same
 * number so that both builds stop a program at the same point, as CPython
 * 3.12's C recursion limit does; a host with less stack sets its room
 * (cs_set_stack_room: web/engine.mjs measures it) and the limit shrinks. */
#define C_RECURSION_LIMIT mem_stack_depth(1000)

/* True while rec_enter builds its RecursionError: creating the instance
 * calls the class (another rec_enter), which must not fail again. */
static bool rec_raising;

/* Nested C work is work too: every REC_PER_STEP C-recursive calls (the
 * elements a repr, a comparison or a hash visits inside containers, the
 * links of an iterator chain, C calls of Python code) cost one step of
 * the budget.  A repr or comparison of nested lists that share their
 * items ([a, a] nested 100 deep) visits 2**100 of them within one
 * statement: without this it ran for minutes past any step budget. */
#define REC_PER_STEP 16

/* Charges the calls made so far.  0 ok / -1 with the budget's error. */
static int rec_charge(void)
{
    if (mem_uncounted_now())        /* the host's snapshot: not the program's work */
        return 0;
    if (++rec_calls < REC_PER_STEP || rec_raising)
        return 0;
    rec_calls = 0;
    return step_tick();
}

static int recursion_error(const char *where)
{
    rec_raising = true;
    err_format(Exc_RecursionError, "maximum recursion depth exceeded%s", where);
    rec_raising = false;
    return -1;
}

/* Is this C-recursive call one too many for the stack it runs on? */
static bool c_stack_exhausted(void)
{
    return ev.c_rec - ev.c_rec_base > C_RECURSION_LIMIT ||
           coro_check_stack(C_STACK_MARGIN) != CORO_OK;
}

int rec_enter(const char *where)
{
    if (rec_charge() < 0)
        return -1;
    ++ev.depth;
    ++ev.c_rec;
    if (rec_raising)
        return 0;
    if (ev.depth > ev.limit || c_stack_exhausted()) {
        ev.depth--;
        ev.c_rec--;
        return recursion_error(where);
    }
    return 0;
}

int c_rec_enter(const char *where)
{
    if (rec_charge() < 0)
        return -1;
    ++ev.c_rec;
    if (rec_raising || !c_stack_exhausted())
        return 0;
    ev.c_rec--;
    return recursion_error(where);
}

void c_rec_leave(void) { ev.c_rec--; }

void rec_leave(void)
{
    ev.depth--;
    ev.c_rec--;
}

/* ------------------------------------------------------------------ */
/* Step budget                                                         */
/* ------------------------------------------------------------------ */

/* Making data is work too: a statement that copies megabytes (in a loop)
 * costs one more step per ALLOC_STEP units of data made since the last
 * tick.  The units are base/mem.h's mem_note_work (a str's bytes, 8 per
 * list item, ...), the same on every build, so a budget stop comes at the
 * same step natively and on wasm (real allocation sizes differ). */
#define ALLOC_STEP 65536

static uint64_t alloc_mark;      /* mem_work_total() already charged */
static uint64_t prepaid;         /* units charged ahead by step_charge_data */

int step_tick(void)
{
    if (!ev.step_budget && !ev.output_capped && !ev.aborted)
        return 0;
    if (ev.aborted)
        return err_set(Exc_RuntimeError, "run aborted by the host"), -1;
    if (ev.output_capped)
        return err_set(Exc_RuntimeError, "output limit reached"), -1;
    if (ev.steps == 0) {          /* a new run: compiling it was free */
        alloc_mark = mem_work_total();
        prepaid = 0;
    }
    uint64_t made = mem_work_total() - alloc_mark;
    uint64_t paid = made < prepaid ? made : prepaid;   /* charged already */
    prepaid -= paid;
    made -= paid;
    uint64_t extra = made / ALLOC_STEP;
    alloc_mark += paid + extra * ALLOC_STEP;
    return step_charge(1 + extra);
}

int step_charge_data(uint64_t units)
{
    if (!ev.step_budget)
        return 0;
    uint64_t steps = units / ALLOC_STEP;
    if (steps == 0)
        return 0;
    if (step_charge(steps) < 0)
        return -1;
    prepaid += steps * ALLOC_STEP;
    return 0;
}

int step_charge(uint64_t n)
{
    if (!ev.step_budget || mem_uncounted_now())   /* the host's work is free */
        return 0;
    if (ev.steps <= ev.step_budget && n <= ev.step_budget - ev.steps) {
        ev.steps += n;
        return 0;
    }
    ev.steps = ev.step_budget + 1;        /* stays spent, never wraps */
    err_set(Exc_RuntimeError, "step budget exhausted");
    if (!err_occurred())
        err_nomemory();
    return -1;
}

bool step_budget_spent(void) { return ev.step_budget && ev.steps > ev.step_budget; }

bool run_stopped(void)
{
    return ev.deadlocked || ev.output_capped || ev.aborted || step_budget_spent();
}

void run_abort(void) { ev.aborted = true; }

bool run_aborted(void) { return ev.aborted; }

bool run_output_capped(void) { return ev.output_capped; }

bool run_deadlocked(void) { return ev.deadlocked; }

Obj *run_stop_deadlock(void)
{
    ev.deadlocked = true;
    return err_set(Exc_RuntimeError, "deadlock: the event loop has nothing left to run");
}

/* ------------------------------------------------------------------ */
/* The handled exception and super()                                   */
/* ------------------------------------------------------------------ */

Obj *interp_handled_exc(void)
{
    for (ExcInfo *i = ev.excinfo; i; i = i->prev)
        if (i->value && i->value != obj_none)
            return i->value;
    return NULL;
}

Obj *interp_globals(void) { return ev.frame ? ev.frame->globals : NULL; }

int interp_super_args(Obj **type, Obj **obj)
{
    FrameObj *f = ev.frame;
    const CodeObj *c = f ? f->code : NULL;
    if (!c || c->kind == CODE_MODULE || c->kind == CODE_EVAL)
        return err_format_int(Exc_RuntimeError, "super(): no arguments");
    if (c->argcount == 0 && !(c->flags & CO_VARARGS))
        return err_format_int(Exc_RuntimeError, "super(): no arguments");
    Obj *first = f->slots[0];
    if (first && c->slot_kinds[0] == SLOT_CELL)
        first = ((CellObj *)first)->ref;
    if (!first)
        return err_format_int(Exc_RuntimeError, "super(): arg[0] deleted");
    for (int i = c->nslots - c->nfrees; i < c->nslots; i++) {
        if (!str_eq_cstr(c->slot_names[i], "__class__"))
            continue;
        CellObj *cell = (CellObj *)f->slots[i];
        if (!cell || !cell->ref)
            return err_format_int(Exc_RuntimeError, "super(): empty __class__ cell");
        if (!TYPE_CHECK(cell->ref))
            return err_format_int(Exc_RuntimeError, "super(): __class__ is not a type (%s)",
                                  cell->ref->type->name);
        *type = cell->ref;
        *obj = first;
        return 0;
    }
    return err_format_int(Exc_RuntimeError, "super(): __class__ cell not found");
}
