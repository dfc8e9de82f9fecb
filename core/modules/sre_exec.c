/* sre_exec.c - the matcher: runs a program (sre.h) over a subject with
 * backtracking, with CPython's sre semantics (leftmost match, greedy and
 * lazy repeats, zero-width protection of repeats, captures restored on
 * backtracking, lastindex).
 *
 * No C recursion: every choice point is an entry on a stack on the heap
 * (mem_realloc, so a huge backtracking state is a MemoryError under the
 * engine's memory cap).  The entries:
 *   UNDO     a register's old value, restored when backtracking passes it
 *   CHOICE   resume at pc with pos (alternatives, greedy loops)
 *   GREEDY   a one-character repeat that can give back characters
 *   LAZY     a one-character repeat that can take one more
 *   LAZYLOOP a lazy general loop that can run one more iteration
 *   BARRIER  the start of a look-around or atomic group; when its body
 *            succeeds (END_SUB) the choices above it are dropped (the
 *            UNDO entries stay, so captures made inside are undone if the
 *            match backtracks past it) and it becomes DONE
 * The work (instructions, entries undone, characters compared) is charged
 * to the caller's budget, SRE_WORK_PER_STEP units a step.
 */
#include "modules/sre_tree.h"

#include <string.h>

#include "objects/types.h"

/* ---- characters ---- */

static bool is_decimal(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)
        || (c >= 0x966 && c <= 0x96f) || (c >= 0xff10 && c <= 0xff19);
}

bool sre_is_digit(uint32_t c, int fl)
{
    return (fl & SRE_FLAG_ASCII) ? c >= '0' && c <= '9' : is_decimal(c);
}

bool sre_is_space(uint32_t c, int fl)
{
    if (fl & SRE_FLAG_ASCII)
        return c == ' ' || (c >= 9 && c <= 13);
    return uni_isspace(c);
}

bool sre_is_word(uint32_t c, int fl)
{
    if (c < 128)
        return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (fl & SRE_FLAG_ASCII)
        return false;
    return uni_isalpha(c) || uni_isdigit(c);
}

uint32_t sre_lower(uint32_t c, int fl)
{
    if (c < 128 || (fl & SRE_FLAG_ASCII))
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return uni_tolower(c);
}

uint32_t sre_upper(uint32_t c, int fl)
{
    if (c < 128 || (fl & SRE_FLAG_ASCII))
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    return uni_toupper(c);
}

static const uint32_t casefix[][3] = {
    { 0x69, 0x131, 0 }, { 0x73, 0x17f, 0 }, { 0xb5, 0x3bc, 0 }, { 0x131, 0x69, 0 },
    { 0x17f, 0x73, 0 }, { 0x345, 0x3b9, 0x1fbe }, { 0x390, 0x1fd3, 0 }, { 0x3b0, 0x1fe3, 0 },
    { 0x3b2, 0x3d0, 0 }, { 0x3b5, 0x3f5, 0 }, { 0x3b8, 0x3d1, 0 }, { 0x3b9, 0x345, 0x1fbe },
    { 0x3ba, 0x3f0, 0 }, { 0x3bc, 0xb5, 0 }, { 0x3c0, 0x3d6, 0 }, { 0x3c1, 0x3f1, 0 },
    { 0x3c2, 0x3c3, 0 }, { 0x3c3, 0x3c2, 0 }, { 0x3c6, 0x3d5, 0 }, { 0x3d0, 0x3b2, 0 },
    { 0x3d1, 0x3b8, 0 }, { 0x3d5, 0x3c6, 0 }, { 0x3d6, 0x3c0, 0 }, { 0x3f0, 0x3ba, 0 },
    { 0x3f1, 0x3c1, 0 }, { 0x3f5, 0x3b5, 0 }, { 0x432, 0x1c80, 0 }, { 0x434, 0x1c81, 0 },
    { 0x43e, 0x1c82, 0 }, { 0x441, 0x1c83, 0 }, { 0x442, 0x1c84, 0x1c85 }, { 0x44a, 0x1c86, 0 },
    { 0x463, 0x1c87, 0 }, { 0x1c80, 0x432, 0 }, { 0x1c81, 0x434, 0 }, { 0x1c82, 0x43e, 0 },
    { 0x1c83, 0x441, 0 }, { 0x1c84, 0x442, 0x1c85 }, { 0x1c85, 0x442, 0x1c84 }, { 0x1c86, 0x44a, 0 },
    { 0x1c87, 0x463, 0 }, { 0x1c88, 0xa64b, 0 }, { 0x1e61, 0x1e9b, 0 }, { 0x1e9b, 0x1e61, 0 },
    { 0x1fbe, 0x345, 0x3b9 }, { 0x1fd3, 0x390, 0 }, { 0x1fe3, 0x3b0, 0 }, { 0xa64b, 0x1c88, 0 },
    { 0xfb05, 0xfb06, 0 }, { 0xfb06, 0xfb05, 0 },
};

const uint32_t *sre_casefix(uint32_t lower)
{
    size_t lo = 0, hi = sizeof casefix / sizeof casefix[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (casefix[mid][0] == lower)
            return casefix[mid] + 1;
        if (casefix[mid][0] < lower)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

bool sre_casefix_next(size_t *i, uint32_t *key, const uint32_t **extra)
{
    if (*i >= sizeof casefix / sizeof casefix[0])
        return false;
    *key = casefix[*i][0];
    *extra = casefix[*i] + 1;
    ++*i;
    return true;
}

/* lower(ch) is the literal l (lower-cased) or, with SRE_FL_CASEFIX, one of
 * its extra equivalents. */
static bool same_letter(uint32_t ch, uint32_t l, int fl)
{
    uint32_t c = sre_lower(ch, fl);
    if (c == l)
        return true;
    if (!(fl & SRE_FL_CASEFIX))
        return false;
    const uint32_t *fix = sre_casefix(l);
    return fix && (c == fix[0] || (fix[1] && c == fix[1]));
}

static bool set_raw(const SreSet *s, const uint32_t *ranges, uint32_t c)
{
    if (s->nranges) {
        const uint32_t *r = ranges + 2 * (size_t)s->first_range;
        for (uint32_t i = 0; i < s->nranges; i++)
            if (c >= r[2 * i] && c <= r[2 * i + 1])
                return true;
    }
    uint16_t k = s->cats;
    if (!k)
        return false;
    return ((k & SRE_CAT_DIGIT) && sre_is_digit(c, s->fl))
        || ((k & SRE_CAT_NOT_DIGIT) && !sre_is_digit(c, s->fl))
        || ((k & SRE_CAT_SPACE) && sre_is_space(c, s->fl))
        || ((k & SRE_CAT_NOT_SPACE) && !sre_is_space(c, s->fl))
        || ((k & SRE_CAT_WORD) && sre_is_word(c, s->fl))
        || ((k & SRE_CAT_NOT_WORD) && !sre_is_word(c, s->fl));
}

bool sre_set_has(const SreSet *s, const uint32_t *ranges, uint32_t c)
{
    bool in = set_raw(s, ranges, c);
    if (!in && (s->fl & SRE_FLAG_IGNORECASE)) {
        uint32_t lo = sre_lower(c, s->fl), up = sre_upper(c, s->fl);
        in = (lo != c && set_raw(s, ranges, lo)) || (up != c && set_raw(s, ranges, up));
    }
    return in != s->negate;
}

/* ---- the machine ---- */

enum { BT_UNDO, BT_CHOICE, BT_GREEDY, BT_LAZY, BT_LAZYLOOP, BT_BARRIER, BT_DONE };

typedef struct Bt {
    int32_t kind;
    int32_t pc;         /* resume point, register (UNDO), head (BARRIER) */
    int64_t a, b;
} Bt;

typedef struct Vm {
    const SreProgram *prog;
    const SreInst *code;
    const uint8_t *u8;
    const uint32_t *u32;
    int64_t end;                /* endpos: the matcher sees nothing after it */
    int64_t len;                /* the whole subject */
    int64_t *regs;
    Bt *stack;
    size_t sp, cap;
    uint64_t work;
    sre_charge_fn charge;
    int mode;
    bool must_advance;
    int64_t start0;
} Vm;

#define CH(vm, i) ((vm)->u8 ? (uint32_t)(vm)->u8[i] : (vm)->u32[i])
#define WORK_CHUNK 4096

/* Charges the work done so far.  0 / -1. */
static int pay(Vm *vm)
{
    uint64_t steps = vm->work / SRE_WORK_PER_STEP;
    vm->work %= SRE_WORK_PER_STEP;
    return vm->charge && steps ? vm->charge(steps) : 0;
}

static int push(Vm *vm, int kind, int64_t pc, int64_t a, int64_t b)
{
    if (vm->sp == vm->cap && sre_grow((void **)&vm->stack, &vm->cap, vm->sp + 1, sizeof *vm->stack) < 0)
        return -1;
    vm->stack[vm->sp++] = (Bt){ kind, (int32_t)pc, a, b };
    return 0;
}

/* Sets a register, remembering its old value for backtracking. */
static int set_reg(Vm *vm, int64_t slot, int64_t v)
{
    if (push(vm, BT_UNDO, slot, vm->regs[slot], 0) < 0)
        return -1;
    vm->regs[slot] = v;
    return 0;
}

static bool char_ok(const Vm *vm, const SreInst *in, uint32_t ch)
{
    switch (in->op) {
    case SRE_OP_CHAR: return ch == in->c;
    case SRE_OP_CHAR_I: return same_letter(ch, in->c, in->fl);
    case SRE_OP_NOTCHAR: return ch != in->c;
    case SRE_OP_NOTCHAR_I: return !same_letter(ch, in->c, in->fl);
    case SRE_OP_ANY: return ch != '\n';
    case SRE_OP_ANYALL: return true;
    case SRE_OP_SET: {
        const SreSet *s = &vm->prog->sets[in->c];
        if (ch < 256)
            return (s->bitmap[ch >> 5] >> (ch & 31)) & 1;
        return sre_set_has(s, vm->prog->ranges, ch);
    }
    default: return false;
    }
}

static bool word_at(const Vm *vm, int64_t i, int64_t limit, int fl)
{
    return i >= 0 && i < limit && sre_is_word(CH(vm, i), fl);
}

static bool at_ok(const Vm *vm, const SreInst *in, int64_t pos)
{
    bool multi = (in->fl & SRE_FLAG_MULTILINE) != 0;
    switch (in->c) {
    case SRE_AT_BEGINNING:
        return pos == 0 || (multi && pos - 1 < vm->len && CH(vm, pos - 1) == '\n');
    case SRE_AT_BEGINNING_STRING:
        return pos == 0;
    case SRE_AT_END:
        if (multi)
            return pos == vm->end || (pos < vm->len && CH(vm, pos) == '\n');
        return pos == vm->end || (pos + 1 == vm->end && CH(vm, pos) == '\n');
    case SRE_AT_END_STRING:
        return pos == vm->end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_NON_BOUNDARY: {
        if (vm->end == 0)
            return false;
        bool before = word_at(vm, pos - 1, vm->len, in->fl), here = word_at(vm, pos, vm->end, in->fl);
        return (before != here) == (in->c == SRE_AT_BOUNDARY);
    }
    default:
        return false;
    }
}

/* Runs the program from start: 1 match, 0 none, -1 error. */
static int run_at(Vm *vm, int64_t start)
{
    const SreInst *code = vm->code;
    int64_t *regs = vm->regs;
    int64_t end = vm->end;
    for (int64_t i = 0; i < vm->prog->nregs; i++)
        regs[i] = -1;
    vm->sp = 0;
    int64_t barrier = -1;       /* the innermost open BARRIER entry */
    int64_t pc = 0, pos = start;
    for (;;) {
        if (++vm->work >= WORK_CHUNK && pay(vm) < 0)
            return -1;
        const SreInst *in = &code[pc];
        switch (in->op) {
        case SRE_OP_CHAR:
            if (pos < end && CH(vm, pos) == in->c) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case SRE_OP_CHAR_I: case SRE_OP_NOTCHAR: case SRE_OP_NOTCHAR_I:
        case SRE_OP_ANY: case SRE_OP_ANYALL: case SRE_OP_SET:
            if (pos < end && char_ok(vm, in, CH(vm, pos))) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case SRE_OP_AT:
            if (!at_ok(vm, in, pos))
                goto fail;
            pc++;
            continue;
        case SRE_OP_SPLIT:
            if (push(vm, BT_CHOICE, in->y, pos, 0) < 0)
                return -1;
            pc = in->x;
            continue;
        case SRE_OP_JMP:
            pc = in->x;
            continue;
        case SRE_OP_SAVE:
            if (set_reg(vm, in->x, pos) < 0)
                return -1;
            if ((in->x & 1) && set_reg(vm, SRE_REG_LASTINDEX(vm->prog), in->x / 2) < 0)
                return -1;
            pc++;
            continue;
        case SRE_OP_BACKREF: {
            int64_t s = regs[2 * in->x], e = regs[2 * in->x + 1];
            if (s < 0 || e < s || (e > s && (pos > end || e - s > end - pos)))
                goto fail;
            bool icase = (in->fl & SRE_FLAG_IGNORECASE) != 0;
            for (int64_t k = 0; k < e - s; k++) {
                uint32_t a = CH(vm, s + k), b = CH(vm, pos + k);
                if (a != b && (!icase || sre_lower(a, in->fl) != sre_lower(b, in->fl)))
                    goto fail;
            }
            vm->work += (uint64_t)(e - s);
            pos += e - s;
            pc++;
            continue;
        }
        case SRE_OP_GROUP_EXISTS: {
            int64_t s = regs[2 * in->x], e = regs[2 * in->x + 1];
            pc = s >= 0 && e >= s ? pc + 1 : in->y;
            continue;
        }
        case SRE_OP_REPEAT1: {
            const SreInst *item = in + 1;
            if (pos > end)          /* start past endpos: sre's REPEAT_ONE fails */
                goto fail;
            int64_t limit = end;
            if (in->max != SRE_MAXREPEAT && pos + (int64_t)in->max < limit)
                limit = pos + (int64_t)in->max;
            if (in->fl == SRE_LAZY) {
                int64_t from = pos;
                for (uint32_t k = 0; k < in->min; k++, pos++)
                    if (pos >= end || !char_ok(vm, item, CH(vm, pos)))
                        goto fail;
                vm->work += in->min;
                if (in->max > in->min && push(vm, BT_LAZY, pc, pos, from) < 0)
                    return -1;
                pc += 2;
                continue;
            }
            int64_t i = pos;
            if (item->op == SRE_OP_ANYALL)
                i = limit > pos ? limit : pos;
            else
                while (i < limit && char_ok(vm, item, CH(vm, i)))
                    i++;
            vm->work += (uint64_t)(i - pos);
            if (i - pos < (int64_t)in->min)
                goto fail;
            if (in->fl == SRE_GREEDY && i - pos > (int64_t)in->min &&
                push(vm, BT_GREEDY, pc + 2, pos + in->min, i) < 0)
                return -1;
            pos = i;
            pc += 2;
            continue;
        }
        case SRE_OP_LOOP_INIT:
            if (set_reg(vm, in->y, 0) < 0 || set_reg(vm, in->y + 1, -1) < 0)
                return -1;
            pc++;
            continue;
        case SRE_OP_LOOP: {
            int64_t cnt = regs[in->y];
            if (cnt < (int64_t)in->min) {
                if (set_reg(vm, in->y, cnt + 1) < 0)
                    return -1;
                pc++;
                continue;
            }
            if (in->fl == SRE_LAZY) {
                if (push(vm, BT_LAZYLOOP, pc, pos, 0) < 0)
                    return -1;
                pc = in->x;
                continue;
            }
            if ((uint64_t)cnt < in->max && pos != regs[in->y + 1]) {
                if (push(vm, BT_CHOICE, in->x, pos, 0) < 0 || set_reg(vm, in->y, cnt + 1) < 0 ||
                    set_reg(vm, in->y + 1, pos) < 0)
                    return -1;
                pc++;
                continue;
            }
            pc = in->x;
            continue;
        }
        case SRE_OP_ASSERT: {
            int64_t from = pos;
            if (in->fl & SRE_ASSERT_BEHIND) {
                if (pos < (int64_t)in->c) {
                    if (in->fl & SRE_ASSERT_NOT) {
                        pc = in->x;
                        continue;
                    }
                    goto fail;
                }
                from = pos - (int64_t)in->c;
            }
            if (push(vm, BT_BARRIER, pc, pos, barrier) < 0)
                return -1;
            barrier = (int64_t)vm->sp - 1;
            pos = from;
            pc++;
            continue;
        }
        case SRE_OP_ATOMIC:
            if (push(vm, BT_BARRIER, pc, pos, barrier) < 0)
                return -1;
            barrier = (int64_t)vm->sp - 1;
            pc++;
            continue;
        case SRE_OP_END_SUB: {
            size_t b = (size_t)barrier;
            Bt bar = vm->stack[b];
            const SreInst *head = &code[bar.pc];
            barrier = bar.b;
            if (head->op == SRE_OP_ASSERT && (head->fl & SRE_ASSERT_NOT)) {
                /* the body of a negative assertion matched: it fails */
                while (vm->sp > b + 1) {
                    Bt *t = &vm->stack[--vm->sp];
                    if (t->kind == BT_UNDO)
                        regs[t->pc] = t->a;
                }
                vm->sp = b;
                goto fail;
            }
            size_t j = b + 1;
            for (size_t i = b + 1; i < vm->sp; i++)
                if (vm->stack[i].kind == BT_UNDO)
                    vm->stack[j++] = vm->stack[i];
            vm->work += vm->sp - b;
            vm->sp = j;
            vm->stack[b].kind = BT_DONE;
            if (head->op == SRE_OP_ASSERT)
                pos = bar.a;
            pc = head->x;
            continue;
        }
        case SRE_OP_MATCH:
            if (vm->mode == SRE_FULLMATCH && pos != end)
                goto fail;
            if (vm->must_advance && pos == vm->start0)
                goto fail;
            regs[0] = start;
            regs[1] = pos;
            return 1;
        default:
            goto fail;
        }
    fail:
        for (;;) {
            if (vm->sp == 0)
                return 0;
            if (++vm->work >= WORK_CHUNK && pay(vm) < 0)
                return -1;
            Bt *t = &vm->stack[vm->sp - 1];
            switch (t->kind) {
            case BT_UNDO:
                regs[t->pc] = t->a;
                vm->sp--;
                continue;
            case BT_CHOICE:
                pos = t->a;
                pc = t->pc;
                vm->sp--;
                break;
            case BT_GREEDY: {
                /* give back one character (skipping places where the next
                 * literal cannot match) */
                int64_t cur = t->b - 1;
                const SreInst *next = &code[t->pc];
                if (next->op == SRE_OP_CHAR)
                    while (cur >= t->a && (cur >= end || CH(vm, cur) != next->c)) {
                        cur--;
                        vm->work++;
                    }
                if (cur < t->a) {
                    vm->sp--;
                    continue;
                }
                t->b = cur;
                pos = cur;
                pc = t->pc;
                if (cur == t->a)
                    vm->sp--;
                break;
            }
            case BT_LAZY: {
                const SreInst *rep = &code[t->pc];
                int64_t cur = t->a;
                if ((uint64_t)(cur - t->b) >= rep->max || cur >= end || !char_ok(vm, rep + 1, CH(vm, cur))) {
                    vm->sp--;
                    continue;
                }
                t->a = ++cur;
                pos = cur;
                pc = t->pc + 2;
                break;
            }
            case BT_LAZYLOOP: {
                int64_t lpc = t->pc, from = t->a;
                const SreInst *loop = &code[lpc];
                vm->sp--;
                int64_t cnt = regs[loop->y];
                if ((uint64_t)cnt >= loop->max || from == regs[loop->y + 1])
                    continue;
                if (set_reg(vm, loop->y, cnt + 1) < 0 || set_reg(vm, loop->y + 1, from) < 0)
                    return -1;
                pos = from;
                pc = lpc + 1;
                break;
            }
            case BT_BARRIER: {
                /* the body of a look-around or atomic group failed */
                const SreInst *head = &code[t->pc];
                int64_t saved = t->a;
                barrier = t->b;
                vm->sp--;
                if (head->op == SRE_OP_ASSERT && (head->fl & SRE_ASSERT_NOT)) {
                    pos = saved;
                    pc = head->x;
                    break;
                }
                continue;
            }
            default:            /* BT_DONE */
                vm->sp--;
                continue;
            }
            break;
        }
    }
}

int sre_exec(SreRun *r)
{
    const SreProgram *p = r->prog;
    Vm vm = { .prog = p, .code = p->code, .u8 = r->s.u8, .u32 = r->s.u32, .end = r->endpos, .len = r->s.len,
              .regs = r->regs, .charge = r->charge, .mode = r->mode,
              .must_advance = r->must_advance, .start0 = r->pos };
    int rc;
    int64_t start = r->pos;
    if (r->mode != SRE_SEARCH) {
        rc = run_at(&vm, start);
    } else if (start > vm.end) {
        rc = 0;
    } else {
        for (;;) {
            if (p->first_char >= 0 && !p->anchored) {
                while (start < vm.end && CH(&vm, start) != (uint32_t)p->first_char) {
                    start++;
                    if (++vm.work >= WORK_CHUNK && pay(&vm) < 0) {
                        rc = -1;
                        goto done;
                    }
                }
                if (start >= vm.end) {
                    rc = 0;
                    break;
                }
            }
            rc = run_at(&vm, start);
            if (rc != 0 || p->anchored || start >= vm.end)
                break;
            vm.must_advance = false;
            start++;
        }
    }
done:
    if (rc >= 0 && pay(&vm) < 0)
        rc = -1;
    mem_free(vm.stack, vm.cap * sizeof *vm.stack);
    return rc;
}
