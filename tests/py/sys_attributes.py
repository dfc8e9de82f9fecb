# The rest of sys: argv, platform, maxsize, byteorder, modules, exc_info,
# recursion limit, getsizeof (only relations: sizes differ by build).
import sys

print(sys.argv, sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.maxunicode, sys.getdefaultencoding(), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
print(sys.exc_info(), sys.exception())
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(old, sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5, 'x']:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(sys.getsizeof(0)).__name__, sys.getsizeof(1) > 0)
print(sys.getsizeof('abc') < sys.getsizeof('abcdef' * 100), sys.getsizeof([]) < sys.getsizeof(list(range(100))))
print(sys.getsizeof({}) < sys.getsizeof({i: i for i in range(100)}), sys.getsizeof(()) < sys.getsizeof((1, 2)))
print(sys.getsizeof(2 ** 100) > sys.getsizeof(1), sys.getsizeof(None) > 0)


class Sized:
    def __sizeof__(self):
        return 100


class Broken:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Sized()) >= 100, sys.getsizeof(Broken, 'default') != 'default')
try:
    sys.getsizeof(Broken())
except ValueError as e:
    print(type(e).__name__, e)


def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


print(f(), sys._getframe().f_lineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.intern('hello') == 'hello')
