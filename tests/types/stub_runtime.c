/* stub_runtime.c - just enough of the runtime (exception classes,
 * recursion guard, a few evaluator symbols) to link types_test.c while
 * core/exc.c and core/eval.c are not written yet.  run.sh uses it only
 * when linking against the real runtime fails.  Test-only code.
 */
#include "types.h"

#include <string.h>

static void exc_dealloc(Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    CLEAR(e->args);
    CLEAR(e->dict);
    obj_free(o);
}

/* str(exc): str(args[0]) for one argument, else repr(args) as CPython. */
static Obj *exc_str(Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    if (!e->args || TUPLE_SIZE(e->args) == 0)
        return str_from_cstr("");
    if (TUPLE_SIZE(e->args) == 1 && obj_typecheck(o, Exc_KeyError))
        return obj_repr(TUPLE_ITEM(e->args, 0));
    if (TUPLE_SIZE(e->args) == 1)
        return obj_str(TUPLE_ITEM(e->args, 0));
    return obj_repr(e->args);
}

TypeObj BaseException_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "BaseException",
    .basicsize = sizeof(ExcObj), .flags = TPF_BASETYPE | TPF_EXC_SUBCLASS,
    .dealloc = exc_dealloc, .str = exc_str,
};

#define STUB_EXC(var, nm, basep) \
    static TypeObj var##_t = { .ob = OBJ_STATIC_HEAD(&Type_Type), .name = nm, \
        .base = basep, .basicsize = sizeof(ExcObj), \
        .flags = TPF_BASETYPE | TPF_EXC_SUBCLASS, .dealloc = exc_dealloc, .str = exc_str }; \
    TypeObj *Exc_##var = &var##_t;

STUB_EXC(Exception, "Exception", &BaseException_Type)
STUB_EXC(LookupError, "LookupError", &Exception_t)
STUB_EXC(ArithmeticError, "ArithmeticError", &Exception_t)
STUB_EXC(TypeError, "TypeError", &Exception_t)
STUB_EXC(ValueError, "ValueError", &Exception_t)
STUB_EXC(AttributeError, "AttributeError", &Exception_t)
STUB_EXC(IndexError, "IndexError", &LookupError_t)
STUB_EXC(KeyError, "KeyError", &LookupError_t)
STUB_EXC(OverflowError, "OverflowError", &ArithmeticError_t)
STUB_EXC(ZeroDivisionError, "ZeroDivisionError", &ArithmeticError_t)
STUB_EXC(StopIteration, "StopIteration", &Exception_t)
STUB_EXC(RuntimeError, "RuntimeError", &Exception_t)
STUB_EXC(NotImplementedError, "NotImplementedError", &RuntimeError_t)
STUB_EXC(MemoryError, "MemoryError", &Exception_t)
TypeObj *Exc_BaseException = &BaseException_Type;

Obj *exc_new(TypeObj *type, Obj *const *args, size_t nargs)
{
    ExcObj *e = (ExcObj *)obj_alloc(type, 0);
    if (e && !(e->args = tuple_from_array(args, nargs))) {
        DECREF(e);
        return NULL;
    }
    return (Obj *)e;
}

Obj *exc_args(Obj *exc) { return ((ExcObj *)exc)->args; }
void exc_set_name_obj(Obj *exc, Obj *name, Obj *obj) { (void)exc; (void)name; (void)obj; }
void exc_reset_for_raise(Obj *exc) { (void)exc; }

static int depth;
int rec_enter(const char *where)
{
    if (++depth > 1000) {
        depth--;
        err_format(Exc_RuntimeError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}
void rec_leave(void) { depth--; }

TypeObj Module_Type = { .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "module" };
TypeObj Function_Type = { .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "function" };
int eval_super_args(Obj **type, Obj **obj) { (void)type; (void)obj; return -1; }
Obj *method_new(Obj *func, Obj *self) { (void)func; (void)self; return err_set(Exc_RuntimeError, "stub"); }

/* Ready the stub exception classes (the real exc_init does more). */
int stub_exc_init(void)
{
    TypeObj *all[] = { &BaseException_Type, Exc_Exception, Exc_LookupError, Exc_ArithmeticError,
        Exc_TypeError, Exc_ValueError, Exc_AttributeError, Exc_IndexError, Exc_KeyError,
        Exc_OverflowError, Exc_ZeroDivisionError, Exc_StopIteration, Exc_RuntimeError,
        Exc_NotImplementedError, Exc_MemoryError };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (type_ready(all[i]) < 0)
            return -1;
    return 0;
}
