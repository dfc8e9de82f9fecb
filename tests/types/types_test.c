/* types_test.c - native unit test of the builtin types through the C API
 * and object.h's abstract operations.  Every expected text was printed by
 * CPython 3.11.7 (PYTHONHASHSEED=0) for the Python expression in the
 * comment next to the check.  Prints "types: N passed, M failed".
 */
#include "types.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int stub_exc_init(void) __attribute__((weak));

static int passed, failed;

/* Describe a result: repr, or "ExcName: message" for a pending error. */
static void describe(Obj *o, char *buf, size_t size)
{
    if (o) {
        Obj *r = obj_repr(o);
        snprintf(buf, size, "%s", r ? STR_DATA(r) : "<repr failed>");
        XDECREF(r);
        DECREF(o);
        if (!r)
            err_clear();
        return;
    }
    Obj *e = err_fetch();
    if (!e) {
        snprintf(buf, size, "<NULL without error>");
        return;
    }
    Obj *s = obj_str(e);
    if (s && STR_NBYTES(s))
        snprintf(buf, size, "%s: %s", TYPE_NAME(e), STR_DATA(s));
    else
        snprintf(buf, size, "%s", TYPE_NAME(e));
    XDECREF(s);
    DECREF(e);
    err_clear();
}

/* Compare the description of o (consumed) with `want`. */
static void check(const char *what, Obj *o, const char *want)
{
    char buf[1024];
    describe(o, buf, sizeof buf);
    if (strcmp(buf, want) == 0) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n  got:  %s\n  want: %s\n", what, buf, want);
    }
}

static void check_hash(const char *what, Obj *o, hash_t want)
{
    hash_t h = o ? obj_hash(o) : -1;
    XDECREF(o);
    if (h == want) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n  got:  %lld\n  want: %lld\n", what, (long long)h, (long long)want);
        err_clear();
    }
}

static Obj *I(int64_t v) { return int_from_i64(v); }
static Obj *F(double v) { return float_from_double(v); }
static Obj *S(const char *s) { return str_from_cstr(s); }

/* Steal-and-call helpers: every Obj * argument is consumed. */
static Obj *binop(Obj *a, Obj *b, NbOp op)
{
    Obj *r = a && b ? obj_binop(a, b, op) : NULL;
    XDECREF(a);
    XDECREF(b);
    return r;
}

static Obj *meth(Obj *self, const char *name, size_t n, ...)
{
    Obj *args[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        args[i] = va_arg(ap, Obj *);
    va_end(ap);
    Obj *nm = S(name);
    Obj *r = obj_call_method(self, nm, args, n);
    DECREF(nm);
    DECREF(self);
    for (size_t i = 0; i < n; i++)
        DECREF(args[i]);
    return r;
}

/* Call a type (or any callable) with n consumed arguments. */
static Obj *call(Obj *callable, size_t n, ...)
{
    Obj *args[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        args[i] = va_arg(ap, Obj *);
    va_end(ap);
    Obj *r = obj_call(callable, args, n, NULL);
    for (size_t i = 0; i < n; i++)
        DECREF(args[i]);
    return r;
}

static Obj *list_of(size_t n, ...)
{
    Obj *l = list_new(0);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        Obj *x = va_arg(ap, Obj *);
        list_append(l, x);
        DECREF(x);
    }
    va_end(ap);
    return l;
}

static Obj *set_of(size_t n, ...)
{
    Obj *s = set_new(NULL);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        Obj *x = va_arg(ap, Obj *);
        set_add(s, x);
        DECREF(x);
    }
    va_end(ap);
    return s;
}

static Obj *getitem(Obj *o, Obj *k)
{
    Obj *r = obj_getitem(o, k);
    DECREF(o);
    DECREF(k);
    return r;
}

static void test_int(void)
{
    check("2**100", binop(I(2), I(100), NB_POW), "1267650600228229401496703205376");
    check("(2**64)//(2**32) normalises", binop(binop(I(2), I(64), NB_POW), binop(I(2), I(32), NB_POW), NB_FLOORDIV), "4294967296");
    check("-7 // 2", binop(I(-7), I(2), NB_FLOORDIV), "-4");
    check("-7 % 3", binop(I(-7), I(3), NB_MOD), "2");
    check("7 / 2", binop(I(7), I(2), NB_TRUEDIV), "3.5");
    check("1 % 0", binop(I(1), I(0), NB_MOD), "ZeroDivisionError: integer modulo by zero");
    check("1 // 0", binop(I(1), I(0), NB_FLOORDIV), "ZeroDivisionError: integer division or modulo by zero");
    check("1 / 0", binop(I(1), I(0), NB_TRUEDIV), "ZeroDivisionError: division by zero");
    check("2 ** -1", binop(I(2), I(-1), NB_POW), "0.5");
    check("9223372036854775807 + 1", binop(I(INT64_MAX), I(1), NB_ADD), "9223372036854775808");
    check("1 + 'a'", binop(I(1), S("a"), NB_ADD), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    check("True + True", binop(bool_new(true), bool_new(true), NB_ADD), "2");
    check("True & False", binop(bool_new(true), bool_new(false), NB_AND), "False");
    check("int('  42 ')", call((Obj *)&Int_Type, 1, S("  42 ")), "42");
    check("int('abc')", call((Obj *)&Int_Type, 1, S("abc")), "ValueError: invalid literal for int() with base 10: 'abc'");
    check("int('ff', 16)", call((Obj *)&Int_Type, 2, S("ff"), I(16)), "255");
    check("int(3.9)", call((Obj *)&Int_Type, 1, F(3.9)), "3");
    check("1 << 70", binop(I(1), I(70), NB_LSHIFT), "1180591620717411303424");
    check("divmod(-7, 2)", binop(I(-7), I(2), NB_DIVMOD), "(-4, 1)");
    check_hash("hash(-1)", I(-1), -2);
    check_hash("hash(2**61)", binop(I(2), I(61), NB_POW), 1);
}

static void test_float(void)
{
    check("0.1 + 0.2", binop(F(0.1), F(0.2), NB_ADD), "0.30000000000000004");
    check("1e16", F(1e16), "1e+16");
    check("1 + 2.5", binop(I(1), F(2.5), NB_ADD), "3.5");
    check("1.0 / 0", binop(F(1.0), I(0), NB_TRUEDIV), "ZeroDivisionError: float division by zero");
    check("float('abc')", call((Obj *)&Float_Type, 1, S("abc")), "ValueError: could not convert string to float: 'abc'");
    check("float('  1.5')", call((Obj *)&Float_Type, 1, S("  1.5")), "1.5");
    check("round(2.5)", meth(F(2.5), "__round__", 0), "2");
    check("round(2.675, 2)", meth(F(2.675), "__round__", 1, I(2)), "2.67");
    check("format(3.14159, '.2f')", meth(F(3.14159), "__format__", 1, S(".2f")), "'3.14'");
    check("1 == 1.0", obj_richcompare(I(1), F(1.0), CMP_EQ), "True");
    check_hash("hash(1.5)", F(1.5), 1152921504606846977LL);
}

static void test_str(void)
{
    check("repr(\"it's\")", S("it's"), "\"it's\"");
    check("repr('a\\'b\"c')", S("a'b\"c"), "'a\\'b\"c'");
    check("repr('한글\\n\\t\\x01')", S("한글\n\t\x01"), "'한글\\n\\t\\x01'");
    check("repr('\\x7f\\xa0é')", S("\x7f\xc2\xa0\xc3\xa9"), "'\\x7f\\xa0é'");
    check_hash("hash('a')", S("a"), 4644417185603328019LL);
    check_hash("hash('한')", S("한"), -7638695184366161454LL);
    check_hash("hash('😀')", S("😀"), -3536540696076613844LL);
    check_hash("hash('')", S(""), 0);
    check("'한글abc'[1]", getitem(S("한글abc"), I(1)), "'글'");
    check("'한글abc'[::-1]", getitem(S("한글abc"), slice_new(NULL, NULL, I(-1))), "'cba글한'");
    check("'abc'[5]", getitem(S("abc"), I(5)), "IndexError: string index out of range");
    check("'a' + 1", binop(S("a"), I(1), NB_ADD), "TypeError: can only concatenate str (not \"int\") to str");
    check("'ab' * 3", binop(S("ab"), I(3), NB_MUL), "'ababab'");
    check("' a  b '.split()", meth(S(" a  b "), "split", 0), "['a', 'b']");
    check("'a,b,,c'.split(',', 2)", meth(S("a,b,,c"), "split", 2, S(","), I(2)), "['a', 'b', ',c']");
    check("'a b c'.rsplit(None, 1)", meth(S("a b c"), "rsplit", 2, obj_none, I(1)), "['a b', 'c']");
    check("','.join(['x','y'])", meth(S(","), "join", 1, list_of(2, S("x"), S("y"))), "'x,y'");
    check("'x'.join([1])", meth(S("x"), "join", 1, list_of(1, I(1))), "TypeError: sequence item 0: expected str instance, int found");
    check("'  hi  '.strip()", meth(S("  hi  "), "strip", 0), "'hi'");
    check("'hello world'.title()", meth(S("hello world"), "title", 0), "'Hello World'");
    check("'Straße'.upper()", meth(S("Straße"), "upper", 0), "'STRASSE'");
    check("'abcabc'.rfind('b')", meth(S("abcabc"), "rfind", 1, S("b")), "4");
    check("'한글한글'.find('글', 2)", meth(S("한글한글"), "find", 2, S("글"), I(2)), "3");
    check("'aaa'.count('a')", meth(S("aaa"), "count", 1, S("a")), "3");
    check("'abc'.replace('', '-')", meth(S("abc"), "replace", 2, S(""), S("-")), "'-a-b-c-'");
    check("'abc'.center(8, '*')", meth(S("abc"), "center", 2, I(8), S("*")), "'**abc***'");
    check("'-42'.zfill(6)", meth(S("-42"), "zfill", 1, I(6)), "'-00042'");
    check("'a=b=c'.rpartition('=')", meth(S("a=b=c"), "rpartition", 1, S("=")), "('a=b', '=', 'c')");
    check("'a\\r\\nb\\nc'.splitlines()", meth(S("a\r\nb\nc"), "splitlines", 0), "['a', 'b', 'c']");
    check("'한글'.isalpha()", meth(S("한글"), "isalpha", 0), "True");
    check("'변수_1'.isidentifier()", meth(S("변수_1"), "isidentifier", 0), "True");
    check("'ab'.startswith(('x', 'a'))", meth(S("ab"), "startswith", 1, tuple_pack(2, S("x"), S("a"))), "True");
    check("'{0}-{1!r}-{x:>4}'.format('a','b',x=7)",
          str_format_call(S("{0}-{1!r}-{:>4}"), (Obj *[]){ S("a"), S("b"), I(7) }, 3, NULL),
          "ValueError: cannot switch from manual field specification to automatic field numbering");
    check("'{}|{:.1f}|{:^5}'.format(1, 2.25, 'ab')",
          str_format_call(S("{}|{:.1f}|{:^5}"), (Obj *[]){ I(1), F(2.25), S("ab") }, 3, NULL),
          "'1|2.2| ab  '");
    check("'{}'.format()", str_format_call(S("{}"), NULL, 0, NULL),
          "IndexError: Replacement index 0 out of range for positional args tuple");
    check("'%5.2f|%-5d|%x|%s|%r' % (...)",
          binop(S("%5.2f|%-5d|%x|%s|%r"), tuple_pack(5, F(3.14159), I(42), I(255), S("a"), S("b")), NB_MOD),
          "\" 3.14|42   |ff|a|'b'\"");
    check("'%s %s' % (1,)", binop(S("%s %s"), tuple_pack(1, I(1)), NB_MOD), "TypeError: not enough arguments for format string");
    check("'%d' % 'a'", binop(S("%d"), S("a"), NB_MOD), "TypeError: %d format: a real number is required, not str");
}

static void test_list(void)
{
    Obj *l = list_of(4, I(3), I(1), I(2), I(1));
    INCREF(l);
    check("l.sort()", meth(l, "sort", 0), "None");
    check("sorted l", l, "[1, 1, 2, 3]");
    check("[1,'a'].sort()", meth(list_of(2, I(1), S("a")), "sort", 0), "TypeError: '<' not supported between instances of 'str' and 'int'");
    check("[][0]", getitem(list_new(0), I(0)), "IndexError: list index out of range");
    check("[].pop()", meth(list_new(0), "pop", 0), "IndexError: pop from empty list");
    check("[1].remove(2)", meth(list_of(1, I(1)), "remove", 1, I(2)), "ValueError: list.remove(x): x not in list");
    check("[1].index(2)", meth(list_of(1, I(1)), "index", 1, I(2)), "ValueError: 2 is not in list");
    check("[1]+(1,)", binop(list_of(1, I(1)), tuple_pack(1, obj_none), NB_ADD), "TypeError: can only concatenate list (not \"tuple\") to list");
    check("[1,2]*2", binop(list_of(2, I(1), I(2)), I(2), NB_MUL), "[1, 2, 1, 2]");
    check("[0..5][1:4:2]", getitem(list_of(5, I(0), I(1), I(2), I(3), I(4)), slice_new(I(1), I(4), I(2))), "[1, 3]");
    Obj *m = list_of(5, I(0), I(1), I(2), I(3), I(4));
    Obj *sl = slice_new(NULL, NULL, I(2));
    obj_setitem(m, sl, list_of(1, I(9)));
    check("x[::2]=[9]", NULL, "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
    Obj *sl2 = slice_new(I(1), I(3), NULL);
    Obj *v = list_of(3, S("a"), S("b"), S("c"));
    obj_setitem(m, sl2, v);
    DECREF(v);
    check("x[1:3]=['a','b','c']", NEWREF(m), "[0, 'a', 'b', 'c', 3, 4]");
    obj_delitem(m, sl);
    check("del x[::2]", m, "['a', 'c', 4]");
    DECREF(sl);
    DECREF(sl2);
    Obj *rec = list_of(1, I(1));
    list_append(rec, rec);
    check("l.append(l)", NEWREF(rec), "[1, [...]]");
    obj_setitem(rec, I(1), obj_none);
    DECREF(rec);
    check("[1,2] < [1,3]", obj_richcompare(list_of(2, I(1), I(2)), list_of(2, I(1), I(3)), CMP_LT), "True");
}

static void test_tuple_dict(void)
{
    check("(1,)", tuple_pack(1, I(1)), "(1,)");
    check("()[0]", getitem(tuple_new(0), I(0)), "IndexError: tuple index out of range");
    check_hash("hash((1, 2))", tuple_pack(2, I(1), I(2)), -3550055125485641917LL);
    check_hash("hash(())", tuple_new(0), 5740354900026072187LL);
    Obj *d = dict_new();
    for (int i = 0; i < 20; i++)
        dict_setitem(d, I(i * 7 % 20), I(i));
    dict_delitem(d, I(0));
    dict_setitem(d, S("k"), S("v"));
    check("len(d)", I(dict_len(d)), "20");
    check("d[14]", getitem(NEWREF(d), I(14)), "2");
    check("d['nope']", getitem(NEWREF(d), S("nope")), "KeyError: 'nope'");
    check("d.get('k')", meth(NEWREF(d), "get", 1, S("k")), "'v'");
    check("d.pop((1,2))", meth(NEWREF(d), "pop", 1, tuple_pack(2, I(1), I(2))), "KeyError: (1, 2)");
    DECREF(d);
    Obj *e = dict_new();
    dict_setitem(e, S("b"), I(1));
    dict_setitem(e, S("a"), I(2));
    dict_setitem(e, S("b"), I(3));
    check("dict order", NEWREF(e), "{'b': 3, 'a': 2}");
    check("d.items()", meth(NEWREF(e), "items", 0), "dict_items([('b', 3), ('a', 2)])");
    check("d.popitem()", meth(NEWREF(e), "popitem", 0), "('a', 2)");
    check("{}.popitem()", meth(dict_new(), "popitem", 0), "KeyError: 'popitem(): dictionary is empty'");
    Obj *it = obj_iter(e);
    Obj *k = obj_iternext(it);
    XDECREF(k);
    dict_setitem(e, S("new"), I(0));
    check("changed size", obj_iternext(it), "RuntimeError: dictionary changed size during iteration");
    DECREF(it);
    DECREF(e);
    Obj *ud = dict_new(), *ul = list_new(0), *one = I(1);
    check("{[1]: 2}", dict_setitem(ud, ul, one) < 0 ? NULL : NEWREF(obj_none), "TypeError: unhashable type: 'list'");
    DECREF(ud);
    DECREF(ul);
    DECREF(one);
}

static void test_set_range(void)
{
    check("{3, 1, 2}", set_of(3, I(3), I(1), I(2)), "{1, 2, 3}");
    check("{'b','a','c'}", set_of(3, S("b"), S("a"), S("c")), "{'c', 'a', 'b'}");
    check("{10,-1,100,8,16} built one by one", set_of(5, I(10), I(-1), I(100), I(8), I(16)), "{100, 8, 10, 16, -1}");
    Obj *cs[5] = { I(10), I(-1), I(100), I(8), I(16) };
    check("{10,-1,100,8,16} constant display", set_from_display(cs, 5, true), "{16, 100, 8, 10, -1}");
    for (int i = 0; i < 5; i++)
        DECREF(cs[i]);
    check("{'x','y','z','w'}", set_of(4, S("x"), S("y"), S("z"), S("w")), "{'y', 'x', 'w', 'z'}");
    Obj *s = set_of(2, I(1), I(9));
    set_discard(s, I(1));
    set_add(s, I(17));
    check("s={1,9}; s.remove(1); s.add(17)", s, "{17, 9}");
    Obj *r = set_new(NULL);
    for (int i = 0; i < 5; i++)
        set_add(r, I(i));
    DECREF(meth(NEWREF(r), "pop", 0));
    DECREF(meth(NEWREF(r), "pop", 0));
    set_add(r, I(100));
    check("set(range(5)); pop; pop; add(100)", r, "{2, 3, 4, 100}");
    check("set().pop()", meth(set_new(NULL), "pop", 0), "KeyError: 'pop from an empty set'");
    check("{1,2,3} & {2,3,4}", binop(set_of(3, I(1), I(2), I(3)), set_of(3, I(2), I(3), I(4)), NB_AND), "{2, 3}");
    check("{1,2} ^ {2,3}", binop(set_of(2, I(1), I(2)), set_of(2, I(2), I(3)), NB_XOR), "{1, 3}");
    check("frozenset({1,2})", frozenset_new(set_of(2, I(1), I(2))), "frozenset({1, 2})");
    Obj *fz = set_of(2, I(1), I(2));
    check_hash("hash(frozenset({1, 2}))", frozenset_new(fz), -1826646154956904602LL);
    DECREF(fz);
    check_hash("hash(frozenset())", frozenset_new(NULL), 133146708735736LL);
    check("range(0, 10, 3)", range_new(0, 10, 3), "range(0, 10, 3)");
    check("list(range(10, 0, -3))", list_from_iter(range_new(10, 0, -3)), "[10, 7, 4, 1]");
    check("range(10)[2:8:2]", getitem(range_new(0, 10, 1), slice_new(I(2), I(8), I(2))), "range(2, 8, 2)");
    check("range(0)[1]", getitem(range_new(0, 0, 1), I(1)), "IndexError: range object index out of range");
    check("range(1, 2, 0)", range_new(1, 2, 0), "ValueError: range() arg 3 must not be zero");
    check("slice(1, 2)", slice_new(I(1), I(2), NULL), "slice(1, 2, None)");
    check("slice(None,None,-1).indices(5)", meth(slice_new(NULL, NULL, I(-1)), "indices", 1, I(5)), "(4, -1, -1)");
}

int main(void)
{
    if (object_init() < 0 || (stub_exc_init && stub_exc_init() < 0)) {
        printf("types: start-up failed\n");
        return 2;
    }
    test_int();
    test_float();
    test_str();
    test_list();
    test_tuple_dict();
    test_set_range();
    printf("types: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
