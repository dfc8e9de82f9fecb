# operator - Python's operators as plain functions, plus itemgetter,
# attrgetter and methodcaller.
#
# Written for Coroscope from CPython 3.11's documented behaviour (that of
# its C module _operator: the messages, the reprs, frames that show in no
# traceback, and the __dunder__ alias of each operator function).
# Left out: nothing of the documented interface.

# CPython writes this module in C: none of its frames show in a traceback
# (the engine also shows its functions as built-ins).
__c_frames__ = True

_abs = abs


# -- comparisons and truth --
def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return bool(a)
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b


# -- arithmetic and bitwise --
def abs(a, /): return _abs(a)
def add(a, b, /): return a + b
def sub(a, b, /): return a - b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def truediv(a, b, /): return a / b
def floordiv(a, b, /): return a // b
def mod(a, b, /): return a % b
def pow(a, b, /): return a ** b
def neg(a, /): return -a
def pos(a, /): return +a
def inv(a, /): return ~a
def and_(a, b, /): return a & b
def or_(a, b, /): return a | b
def xor(a, b, /): return a ^ b
def lshift(a, b, /): return a << b
def rshift(a, b, /): return a >> b


invert = inv


def _not_an_int(value):
    return TypeError("'%s' object cannot be interpreted as an integer"
                     % type(value).__name__)


def index(a, /):
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise _not_an_int(a)
    return hook(a)


# -- sequences --
def _check_concat(a):
    # Only sequences concatenate: a class with __getitem__ that is no dict.
    if isinstance(a, dict) or not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b, /):
    _check_concat(a)
    return a + b


def contains(a, b, /): return b in a
def getitem(a, b, /): return a[b]
def delitem(a, b, /): del a[b]


def setitem(a, b, c, /):
    a[b] = c


def _same(x, y):
    return x is y or x == y


def countOf(a, b, /):
    return len([x for x in a if _same(x, b)])


def indexOf(a, b, /):
    for at, x in enumerate(a):
        if _same(x, b):
            return at
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise _not_an_int(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return default
    guess = hook(obj)
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(guess).__name__)
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# -- in-place forms: the augmented assignment, then its result --
def iadd(a, b, /): a += b; return a
def isub(a, b, /): a -= b; return a
def imul(a, b, /): a *= b; return a
def imatmul(a, b, /): a @= b; return a
def itruediv(a, b, /): a /= b; return a
def ifloordiv(a, b, /): a //= b; return a
def imod(a, b, /): a %= b; return a
def ipow(a, b, /): a **= b; return a
def iand(a, b, /): a &= b; return a
def ior(a, b, /): a |= b; return a
def ixor(a, b, /): a ^= b; return a
def ilshift(a, b, /): a <<= b; return a
def irshift(a, b, /): a >>= b; return a


def iconcat(a, b, /):
    _check_concat(a)
    a += b
    return a


# -- callables that fetch or call --
def _show(kind, parts):
    return 'operator.%s(%s)' % (kind, ', '.join(parts))


class itemgetter:
    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = items

    def __call__(self, obj, /):
        keys = self._keys
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple([obj[k] for k in keys])

    def __repr__(self):
        return _show('itemgetter', map(repr, self._keys))

    def __reduce__(self):
        return type(self), self._keys


class attrgetter:
    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        if [a for a in attrs if not isinstance(a, str)]:
            raise TypeError('attribute name must be a string')
        self._names = attrs
        self._chains = [a.split('.') for a in attrs]     # 'a.b' -> ['a', 'b']

    @staticmethod
    def _follow(obj, chain):
        for step in chain:
            obj = getattr(obj, step)
        return obj

    def __call__(self, obj, /):
        found = [self._follow(obj, c) for c in self._chains]
        return found[0] if len(found) == 1 else tuple(found)

    def __repr__(self):
        return _show('attrgetter', map(repr, self._names))

    def __reduce__(self):
        return type(self), self._names


class methodcaller:
    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name, *rest = args
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._call = (name, tuple(rest), kwargs)

    def __call__(self, obj, /):
        name, args, kwargs = self._call
        return getattr(obj, name)(*args, **kwargs)

    def __repr__(self):
        name, args, kwargs = self._call
        parts = [repr(name)] + [repr(a) for a in args]
        parts += ['%s=%r' % kv for kv in kwargs.items()]
        return _show('methodcaller', parts)


# Each operator function is also reachable as __name__ (operator.__add__),
# and 'and_' as __and__; the alias is the same function object.
def _add_aliases(space):
    plain = ('abs add and_ concat contains delitem eq floordiv ge getitem gt '
             'iadd iand iconcat ifloordiv ilshift imatmul imod imul index inv '
             'invert ior ipow irshift isub itruediv ixor le lshift lt matmul mod '
             'mul ne neg not_ or_ pos pow rshift setitem sub truediv xor')
    for name in plain.split():
        space['__%s__' % name.rstrip('_')] = space[name]


_add_aliases(globals())
__all__ = sorted([n for n in globals() if n[0] != '_'])
