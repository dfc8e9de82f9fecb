/* sre_module.c - `_sre`, the C half of the re module (core/modules/lib/re.py
 * is the other): compiled programs and the scans over a string.
 *
 *   _sre.compile(pattern, flags, error)  -> a Program; a bad pattern raises
 *        error(msg, pattern, pos) (re.error), OverflowError or ValueError
 *   Program.groups, .flags, .groupindex (a new dict each time)
 *   _sre.Subject(string) -> the string made ready for matching: an ASCII str
 *        is used in place, any other is decoded to code points once;
 *        Subject.text(start, end) is string[start:end] in time linear in
 *        the slice (slicing a non-ASCII str by index is not)
 *   Program.run(subject, pos, endpos, mode[, must_advance]) -> the registers
 *        of a match, or None: mode 0 match, 1 fullmatch, 2 search;
 *        must_advance: an empty match at pos does not count
 *   Program.scan(subject, pos, endpos) -> an iterator over the registers of
 *        successive non-overlapping matches (CPython's scanner: after an
 *        empty match the next one may not be empty at the same place)
 * The registers are a tuple: start and end of group 0, of group 1, ...
 * (-1 when unset), then lastindex (None if no group closed).
 */
#include "modules/modules.h"

#include <string.h>

#include "modules/makers.h"
#include "modules/sre.h"
#include "objects/interp.h"
#include "objects/types.h"

typedef struct ProgObj {
    Obj ob;
    SreProgram *p;
} ProgObj;

typedef struct SubjObj {
    Obj ob;
    Obj *string;            /* owned */
    uint32_t *cps;          /* its code points (owned), NULL for ASCII */
} SubjObj;

typedef struct ScanObj {
    Obj ob;
    ProgObj *prog;          /* owned */
    SubjObj *subj;          /* owned */
    int64_t pos, endpos;
    bool must_advance, done;
} ScanObj;

static TypeObj Prog_Type, Subj_Type, Scan_Type;

/* The code points of a str (mem_alloc'd, len of them); NULL + MemoryError. */
static uint32_t *decode(Obj *s)
{
    size_t n = (size_t)str_len(s);
    uint32_t *v = mem_alloc((n ? n : 1) * sizeof *v);
    if (!v) {
        err_nomemory();
        return NULL;
    }
    const char *p = STR_DATA(s);
    for (size_t i = 0; i < n; i++) {
        size_t k;
        v[i] = utf8_decode(p, &k);
        p += k;
    }
    return v;
}

static bool is_ascii(Obj *s) { return STR_NBYTES(s) == (size_t)str_len(s); }

static Obj *need_str(Obj *o)
{
    if (STR_CHECK(o))
        return o;
    return err_format(Exc_TypeError, "expected string or bytes-like object, got '%s'",
                      TYPE_NAME(o));
}

/* ---- compile ---- */

static Obj *sre_compile_fn(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    if (args_count("compile", n, 3, 3) < 0)
        return NULL;
    if (!STR_CHECK(a[0]))
        return err_set(Exc_TypeError, "first argument must be string or compiled pattern");
    int64_t flags;
    if (obj_as_int64(a[1], &flags) < 0)
        return NULL;
    uint32_t *cps = decode(a[0]);
    if (!cps)
        return NULL;
    SreError err = { SRE_ERR_PENDING, NULL, -1 };
    SreProgram *p = sre_compile(cps, (size_t)str_len(a[0]), (int)flags, &err);
    mem_free(cps, 0);
    if (!p) {
        switch (err.kind) {
        case SRE_ERR_PATTERN: {
            /* error(msg, pattern, pos); the compiler's own errors (no
             * position) are error(msg), as CPython raises them */
            Obj *pos = err.pos >= 0 ? int_from_i64(err.pos) : NULL;
            Obj *e = err.pos < 0 ? obj_call(a[2], &err.msg, 1, NULL)
                   : pos ? obj_call(a[2], (Obj *[]){ err.msg, a[0], pos }, 3, NULL) : NULL;
            XDECREF(pos);
            if (e) {
                err_set_exc(e);
                DECREF(e);
            }
            break;
        }
        case SRE_ERR_OVERFLOW:
            err_set_obj(Exc_OverflowError, err.msg);
            break;
        case SRE_ERR_VALUE:
            err_set_obj(Exc_ValueError, err.msg);
            break;
        case SRE_ERR_PENDING:
            if (!err_occurred())
                err_nomemory();
            break;
        }
        sre_error_clear(&err);
        return NULL;
    }
    ProgObj *o = (ProgObj *)obj_alloc(&Prog_Type, 0);
    if (!o) {
        sre_free(p);
        return NULL;
    }
    o->p = p;
    return (Obj *)o;
}

/* ---- running ---- */

static SreSubject subject_view(const SubjObj *sj)
{
    SreSubject v = { NULL, NULL, str_len(sj->string) };
    if (sj->cps)
        v.u32 = sj->cps;
    else
        v.u8 = (const uint8_t *)STR_DATA(sj->string);
    return v;
}

static void clamp(int64_t *pos, int64_t *endpos, int64_t len)
{
    if (*pos < 0)
        *pos = 0;
    else if (*pos > len)
        *pos = len;
    if (*endpos < 0)
        *endpos = 0;
    else if (*endpos > len)
        *endpos = len;
}

/* The registers of a match as a tuple (see the top comment). */
static Obj *regs_tuple(const SreProgram *p, const int64_t *regs)
{
    size_t nmarks = 2 * (size_t)(p->groups + 1);
    Obj *t = tuple_new(nmarks + 1);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nmarks; i++) {
        Obj *v = int_from_i64(regs[i]);
        if (!v) {
            for (size_t j = i; j <= nmarks; j++)
                TUPLE_ITEM(t, j) = none_new();
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEM(t, i) = v;
    }
    int64_t last = regs[SRE_REG_LASTINDEX(p)];
    Obj *v = last >= 0 ? int_from_i64(last) : none_new();
    if (!v) {
        TUPLE_ITEM(t, nmarks) = none_new();
        DECREF(t);
        return NULL;
    }
    TUPLE_ITEM(t, nmarks) = v;
    return t;
}

/* Runs p on subject s: the registers tuple, None, or NULL on error. */
static Obj *run(const SreProgram *p, const SreSubject *s, int64_t pos, int64_t endpos, int mode,
                bool must_advance, int64_t *match_end)
{
    int64_t *regs = mem_alloc((size_t)p->nregs * sizeof *regs);
    if (!regs)
        return err_nomemory();
    SreRun r = { .prog = p, .s = *s, .pos = pos, .endpos = endpos, .mode = mode,
                 .must_advance = must_advance, .charge = step_charge, .regs = regs };
    int rc = sre_exec(&r);
    Obj *res = rc < 0 ? NULL : rc == 0 ? none_new() : regs_tuple(p, regs);
    if (rc > 0 && match_end) {
        match_end[0] = regs[0];
        match_end[1] = regs[1];
    }
    mem_free(regs, 0);
    return res;
}

static int run_args(const char *name, Obj *const *a, size_t n, size_t want, int64_t *pos,
                    int64_t *endpos)
{
    if (args_count(name, n, want, want) < 0)
        return -1;
    if (OBJ_TYPE(a[0]) != &Subj_Type) {
        err_format(Exc_TypeError, "%s() needs a Subject", name);
        return -1;
    }
    if (obj_as_int64(a[1], pos) < 0 || obj_as_int64(a[2], endpos) < 0)
        return -1;
    clamp(pos, endpos, str_len(((SubjObj *)a[0])->string));
    return 0;
}

static Obj *prog_run(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    ProgObj *po = (ProgObj *)self;
    int64_t pos, endpos, mode;
    bool must_advance = false;
    if (run_args("run", a, n < 5 ? n : 4, 4, &pos, &endpos) < 0 || obj_as_int64(a[3], &mode) < 0)
        return NULL;
    if (n > 5)
        return err_format(Exc_TypeError, "run expected at most 5 arguments, got %zu", n);
    if (n == 5) {
        int t = obj_is_true(a[4]);
        if (t < 0)
            return NULL;
        must_advance = t;
    }
    if (mode < SRE_MATCH || mode > SRE_SEARCH)
        return err_set(Exc_ValueError, "bad mode");
    SreSubject s = subject_view((SubjObj *)a[0]);
    return run(po->p, &s, pos, endpos, (int)mode, must_advance, NULL);
}

static Obj *prog_scan(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    int64_t pos, endpos;
    if (run_args("scan", a, n, 3, &pos, &endpos) < 0)
        return NULL;
    ScanObj *sc = (ScanObj *)obj_alloc(&Scan_Type, 0);
    if (!sc)
        return NULL;
    sc->prog = (ProgObj *)NEWREF(self);
    sc->subj = (SubjObj *)NEWREF(a[0]);
    sc->pos = pos;
    sc->endpos = endpos;
    return (Obj *)sc;
}

static Obj *prog_groups(Obj *self, void *c)
{
    (void)c;
    return int_from_i64(((ProgObj *)self)->p->groups);
}

static Obj *prog_flags(Obj *self, void *c)
{
    (void)c;
    return int_from_i64(((ProgObj *)self)->p->flags);
}

static Obj *prog_groupindex(Obj *self, void *c)
{
    (void)c;
    const SreProgram *p = ((ProgObj *)self)->p;
    Obj *d = dict_new();
    for (size_t i = 0; d && i < p->nnames; i++) {
        StrBuf b;
        sb_init(&b);
        for (size_t k = 0; k < p->names[i].n; k++)
            sb_addcp(&b, p->names[i].v[k]);
        Obj *name = sb_finish(&b);
        Obj *gid = name ? int_from_i64(p->names[i].gid) : NULL;
        if (!gid || dict_setitem(d, name, gid) < 0)
            CLEAR(d);
        XDECREF(name);
        XDECREF(gid);
    }
    return d;
}

static void prog_dealloc(Obj *o)
{
    sre_free(((ProgObj *)o)->p);
    obj_free(o);
}

static const MethodDef prog_methods[] = {
    { "run", prog_run, METH_FASTCALL, NULL },
    { "scan", prog_scan, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef prog_getset[] = {
    { "groups", prog_groups, NULL, NULL },
    { "flags", prog_flags, NULL, NULL },
    { "groupindex", prog_groupindex, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TypeObj Prog_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Program",
    .basicsize = sizeof(ProgObj), .dealloc = prog_dealloc,
    .methods = prog_methods, .getset = prog_getset,
};

/* ---- subjects ---- */

static Obj *subj_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    if (args_no_kw("Subject", kw) < 0 || args_count("Subject", n, 1, 1) < 0 || !need_str(a[0]))
        return NULL;
    SubjObj *sj = (SubjObj *)obj_alloc(t, 0);
    if (!sj)
        return NULL;
    sj->string = NEWREF(a[0]);
    if (!is_ascii(a[0]) && !(sj->cps = decode(a[0]))) {
        DECREF(sj);
        return NULL;
    }
    return (Obj *)sj;
}

/* text(start, end): string[start:end] for 0 <= start, end <= len. */
static Obj *subj_text(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    SubjObj *sj = (SubjObj *)self;
    int64_t start, end, len = str_len(sj->string);
    if (args_count("text", n, 2, 2) < 0 || obj_as_int64(a[0], &start) < 0 ||
        obj_as_int64(a[1], &end) < 0)
        return NULL;
    if (start < 0 || end > len)
        return err_set(Exc_IndexError, "text() span out of range");
    if (start > end)            /* as string[start:end] */
        end = start;
    if (!sj->cps)
        return str_from_utf8(STR_DATA(sj->string) + start, (size_t)(end - start));
    StrBuf b;
    sb_init(&b);
    for (int64_t i = start; i < end; i++)
        sb_addcp(&b, sj->cps[i]);
    return sb_finish(&b);
}

static Obj *subj_string(Obj *self, void *c)
{
    (void)c;
    return NEWREF(((SubjObj *)self)->string);
}

static void subj_dealloc(Obj *o)
{
    SubjObj *sj = (SubjObj *)o;
    XDECREF(sj->string);
    mem_free(sj->cps, 0);
    obj_free(o);
}

static const MethodDef subj_methods[] = {
    { "text", subj_text, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef subj_getset[] = {
    { "string", subj_string, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static TypeObj Subj_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Subject",
    .basicsize = sizeof(SubjObj), .dealloc = subj_dealloc, .tp_new = subj_new,
    .methods = subj_methods, .getset = subj_getset,
};

/* ---- scans ---- */

static Obj *scan_iter(Obj *self) { return NEWREF(self); }

static Obj *scan_next(Obj *self)
{
    ScanObj *sc = (ScanObj *)self;
    if (sc->done)
        return NULL;
    SreSubject s = subject_view(sc->subj);
    int64_t span[2];
    Obj *r = run(sc->prog->p, &s, sc->pos, sc->endpos, SRE_SEARCH, sc->must_advance, span);
    if (!r || r == obj_none) {
        sc->done = true;
        if (r)
            DECREF(r);
        return NULL;
    }
    sc->must_advance = span[1] == span[0];
    sc->pos = span[1];
    return r;
}

static void scan_dealloc(Obj *o)
{
    ScanObj *sc = (ScanObj *)o;
    XDECREF(sc->prog);
    XDECREF(sc->subj);
    obj_free(o);
}

static TypeObj Scan_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Scan",
    .basicsize = sizeof(ScanObj), .dealloc = scan_dealloc,
    .iter = scan_iter, .iternext = scan_next,
};

/* ---- the module ---- */

static const MethodDef sre_functions[] = {
    { "compile", sre_compile_fn, METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_sre(void)
{
    if (type_ready(&Prog_Type) < 0 || type_ready(&Subj_Type) < 0 || type_ready(&Scan_Type) < 0)
        return NULL;
    Obj *m = module_new("_sre");
    if (!m)
        return NULL;
    Obj *maxrepeat = int_from_i64(SRE_MAXREPEAT), *maxgroups = int_from_i64(SRE_MAXGROUPS);
    int rc = module_add_functions(m, sre_functions) < 0 ||
             module_add_object(m, "MAXREPEAT", maxrepeat) < 0 ||
             module_add_object(m, "MAXGROUPS", maxgroups) < 0 ||
             module_add_object(m, "Subject", (Obj *)&Subj_Type) < 0 ? -1 : 0;
    XDECREF(maxrepeat);
    XDECREF(maxgroups);
    if (rc < 0)
        CLEAR(m);
    return m;
}
