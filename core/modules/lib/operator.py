# operator - the intrinsic operators as functions, with CPython 3.11's
# behaviour and messages (those of its C module _operator, which the
# pure-Python operator.py is replaced by): the comparison, logical,
# arithmetic, sequence and in-place functions, their __dunder__ aliases,
# and the callables itemgetter, attrgetter and methodcaller.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs

# CPython's operator is written in C: its frames show in no traceback
__c_frames__ = True


def lt(a, b, /):
    return a < b

def le(a, b, /):
    return a <= b

def eq(a, b, /):
    return a == b

def ne(a, b, /):
    return a != b

def ge(a, b, /):
    return a >= b

def gt(a, b, /):
    return a > b

def not_(a, /):
    return not a

def truth(a, /):
    return True if a else False

def is_(a, b, /):
    return a is b

def is_not(a, b, /):
    return a is not b

def abs(a, /):
    return _builtin_abs(a)

def add(a, b, /):
    return a + b

def and_(a, b, /):
    return a & b

def floordiv(a, b, /):
    return a // b

def index(a, /):
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return method(a)

def inv(a, /):
    return ~a

invert = inv

def lshift(a, b, /):
    return a << b

def mod(a, b, /):
    return a % b

def mul(a, b, /):
    return a * b

def matmul(a, b, /):
    return a @ b

def neg(a, /):
    return -a

def or_(a, b, /):
    return a | b

def pos(a, /):
    return +a

def pow(a, b, /):
    return a ** b

def rshift(a, b, /):
    return a >> b

def sub(a, b, /):
    return a - b

def truediv(a, b, /):
    return a / b

def xor(a, b, /):
    return a ^ b


def _is_sequence(a):
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)

def concat(a, b, /):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b, /):
    return b in a

def countOf(a, b, /):
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n

def delitem(a, b, /):
    del a[b]

def getitem(a, b, /):
    return a[b]

def indexOf(a, b, /):
    i = 0
    for x in a:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    a[b] = c

def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val

def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def iadd(a, b, /):
    a += b
    return a

def iand(a, b, /):
    a &= b
    return a

def iconcat(a, b, /):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b, /):
    a //= b
    return a

def ilshift(a, b, /):
    a <<= b
    return a

def imod(a, b, /):
    a %= b
    return a

def imul(a, b, /):
    a *= b
    return a

def imatmul(a, b, /):
    a @= b
    return a

def ior(a, b, /):
    a |= b
    return a

def ipow(a, b, /):
    a **= b
    return a

def irshift(a, b, /):
    a >>= b
    return a

def isub(a, b, /):
    a -= b
    return a

def itruediv(a, b, /):
    a /= b
    return a

def ixor(a, b, /):
    a ^= b
    return a


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from
    its operand."""

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple([tuple(name.split('.')) for name in names])

    def _get(self, obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return self._get(obj, self._paths[0])
        return tuple([self._get(obj, path) for path in self._paths])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its
    operand."""

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its
    operand."""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(['%s=%r' % (k, v) for k, v in self._kwargs.items()])
        return 'operator.methodcaller(%s)' % ', '.join(args)


for _name in ('abs', 'add', 'and_', 'concat', 'contains', 'delitem', 'eq', 'floordiv',
              'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
              'imatmul', 'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow',
              'irshift', 'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul',
              'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
              'setitem', 'sub', 'truediv', 'xor'):
    _dunder = '__' + _name.rstrip('_') + '__'
    globals()[_dunder] = globals()[_name]
del _name, _dunder
