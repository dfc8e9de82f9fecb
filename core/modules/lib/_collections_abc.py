# _collections_abc - the abstract base classes published as collections.abc,
# written for Coroscope from CPython 3.11's documented behaviour (not from
# its source).  The "one-method" ABCs recognise a class by the methods it
# defines (a method set to None opts out); the built-in types are
# registered; the container ABCs supply the documented mixin methods.
# X[args] gives a small generic alias (repr, equality, __origin__/__args__,
# subclassing) rather than types.GenericAlias; no __parameters__ or
# TypeVar substitution.  The iterator-type names CPython keeps here
# (dict_keyiterator, ...) are not offered.

from abc import ABCMeta, abstractmethod
import types as _types

__name__ = 'collections.abc'   # what the classes' reprs and __module__ say

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
           'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


# ---- helpers ----------------------------------------------------------------

def _defines(C, names):
    """True when C (or a class on its MRO) defines every one of names and
    none of them is None there; NotImplemented otherwise, which lets the
    ordinary inheritance and registration checks decide."""
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _recognise(*names):
    """Class decorator: the ABC accepts any class defining `names`.  The
    hook speaks only for that ABC itself, not for classes derived from it."""
    def install(abc):
        def __subclasshook__(cls, C):
            return _defines(C, names) if cls is abc else NotImplemented
        abc.__subclasshook__ = classmethod(__subclasshook__)
        return abc
    return install


def _type_repr(arg):
    if arg is Ellipsis:
        return '...'
    if isinstance(arg, type):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    return repr(arg)


class _Alias:
    """ABC[args], as written in type hints."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        args = [_type_repr(a) for a in self.__args__]
        if self.__origin__ is Callable and self.__args__[0] is not Ellipsis:
            args = ['[' + ', '.join(args[:-1]) + ']', args[-1]]
        return f'{_type_repr(self.__origin__)}[{", ".join(args)}]'

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


def _subscript(cls, args):
    return _Alias(cls, args if isinstance(args, tuple) else (args,))


def _callable_subscript(cls, args):
    # Callable[[A, B], R] keeps its arguments flat: (A, B, R)
    if not isinstance(args, tuple) or len(args) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    params, result = args
    if isinstance(params, list):
        return _Alias(cls, (*params, result))
    if params is not Ellipsis:
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or '
                        f'Concatenate. Got {params}')
    return _Alias(cls, args)


_subscriptable = classmethod(_subscript)


def _operand(s, other):
    """The other operand of a set's -, ^ (or their reflections) as a Set:
    any iterable will do; NotImplemented for the rest."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return NotImplemented


# ---- one-method ABCs ----------------------------------------------------------
# All of one shape, so made from a table: the methods a class must define
# to be recognised, the abstract methods with their default bodies (what
# super() gives), and the concrete mixins.

def _protocol(name, bases, needs, abstract=(), mixins=(), generic=False):
    ns = {'__slots__': (), '__module__': __name__, '__qualname__': name}
    ns.update({key: abstractmethod(body) for key, body in abstract})
    ns.update(mixins)
    for key, body in ns.items():    # each body below is a function of its own
        if callable(body):
            body.__name__, body.__qualname__ = key, f'{name}.{key}'
    if generic:
        ns['__class_getitem__'] = _subscriptable
    return _recognise(*needs)(ABCMeta(name, bases, ns))


# makers of method bodies: each call gives a new function, for _protocol
# to name after the method it becomes
def _returns(value):
    return lambda self, *args, **kwargs: value


def _nothing():
    def body(self):
        yield from ()
    return body


def _exhausted():
    def body(self, *args):
        raise StopIteration
    return body


def _async_exhausted():
    async def body(self, *args):
        raise StopAsyncIteration
    return body


def _itself():
    return lambda self: self


def _resume():
    return lambda self: self.send(None)


def _async_resume():
    async def body(self):
        return await self.asend(None)
    return body


def _raise_described(typ, val, tb):
    """throw()'s default: raise the exception its arguments describe."""
    if val is None:
        val = typ() if tb is not None else typ
    raise val if tb is None else val.with_traceback(tb)


def _rethrow():
    def body(self, typ, val=None, tb=None):
        _raise_described(typ, val, tb)
    return body


def _async_rethrow():
    async def body(self, typ, val=None, tb=None):
        _raise_described(typ, val, tb)
    return body


def _closer(kind):
    """close(): throw GeneratorExit in; it must come back out (or stop)."""
    def body(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(kind + ' ignored GeneratorExit')
    return body


def _async_closer():
    async def body(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')
    return body


Hashable = _protocol('Hashable', (), ['__hash__'], [('__hash__', _returns(0))])
Sized = _protocol('Sized', (), ['__len__'], [('__len__', _returns(0))])
Container = _protocol('Container', (), ['__contains__'],
                      [('__contains__', _returns(False))], generic=True)
Callable = _protocol('Callable', (), ['__call__'], [('__call__', _returns(False))])
Callable.__class_getitem__ = classmethod(_callable_subscript)
Iterable = _protocol('Iterable', (), ['__iter__'], [('__iter__', _nothing())], generic=True)
Iterator = _protocol('Iterator', (Iterable,), ['__iter__', '__next__'],
                     [('__next__', _exhausted())], {'__iter__': _itself()})
Reversible = _protocol('Reversible', (Iterable,), ['__reversed__', '__iter__'],
                       [('__reversed__', _nothing())])
Generator = _protocol('Generator', (Iterator,), ['__iter__', '__next__', 'send', 'throw', 'close'],
                      [('send', _exhausted()), ('throw', _rethrow())],
                      {'__next__': _resume(), 'close': _closer('generator')})
Collection = _protocol('Collection', (Sized, Iterable, Container),
                       ['__len__', '__iter__', '__contains__'])
Awaitable = _protocol('Awaitable', (), ['__await__'], [('__await__', _nothing())], generic=True)
Coroutine = _protocol('Coroutine', (Awaitable,), ['__await__', 'send', 'throw', 'close'],
                      [('send', _exhausted()), ('throw', _rethrow())],
                      {'close': _closer('coroutine')})
AsyncIterable = _protocol('AsyncIterable', (), ['__aiter__'],
                          [('__aiter__', lambda self: AsyncIterator())], generic=True)
AsyncIterator = _protocol('AsyncIterator', (AsyncIterable,), ['__anext__', '__aiter__'],
                          [('__anext__', _async_exhausted())], {'__aiter__': _itself()})
AsyncGenerator = _protocol('AsyncGenerator', (AsyncIterator,),
                           ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'],
                           [('asend', _async_exhausted()), ('athrow', _async_rethrow())],
                           {'__anext__': _async_resume(), 'aclose': _async_closer()})


# ---- sets -------------------------------------------------------------------

def _set_op(kind, compute):
    """A binary operator of Set: NotImplemented unless the other operand
    is a `kind` (Set or Iterable), else compute(self, other)."""
    def op(self, that):
        return compute(self, that) if isinstance(that, kind) else NotImplemented
    return op


def _within(part, whole):
    if len(part) > len(whole):
        return False
    for x in part:
        if x not in whole:
            return False
    return True


def _coerced(compute):
    """A set operator also taking a plain iterable, made a Set first with
    _from_iterable (the set difference and symmetric difference)."""
    def op(self, that):
        if not isinstance(that, Set):
            if not isinstance(that, Iterable):
                return NotImplemented
            that = self._from_iterable(that)
        return compute(self, that)
    return op


class Set(Collection):
    """Read-only set: comparisons and operators from __contains__,
    __iter__ and __len__; results are built by _from_iterable."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, that):
        for x in that:
            if x in self:
                return False
        return True

    def _hash(self):
        # the same value a frozenset of the same items hashes to
        return hash(frozenset(self))


# the operators, set on the class once Set exists to be checked against
for _name, _op in {
    '__le__': _set_op(Set, _within),
    '__ge__': _set_op(Set, lambda a, b: _within(b, a)),
    '__lt__': _set_op(Set, lambda a, b: len(a) < len(b) and _within(a, b)),
    '__gt__': _set_op(Set, lambda a, b: len(a) > len(b) and _within(b, a)),
    '__eq__': _set_op(Set, lambda a, b: len(a) == len(b) and _within(a, b)),
    '__and__': _set_op(Iterable, lambda a, b: a._from_iterable([x for x in b if x in a])),
    '__or__': _set_op(Iterable, lambda a, b: a._from_iterable([*a, *b])),
    '__sub__': _coerced(lambda a, b: a._from_iterable([x for x in a if x not in b])),
    '__rsub__': _coerced(lambda a, b: a._from_iterable([x for x in b if x not in a])),
    '__xor__': _coerced(lambda a, b: (a - b) | (b - a)),
}.items():
    _op.__name__, _op.__qualname__ = _name, 'Set.' + _name
    setattr(Set, _name, _op)
Set.__rand__, Set.__ror__, Set.__rxor__ = Set.__and__, Set.__or__, Set.__xor__
Set.__hash__ = None   # defining __eq__ in the class body would do this
del _name, _op


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            return self.discard(value)
        raise KeyError(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, values):
        for value in values:
            self.add(value)
        return self

    def __iand__(self, values):
        for value in self - values:
            self.discard(value)
        return self

    def __ixor__(self, values):
        if values is self:
            self.clear()
            return self
        if not isinstance(values, Set):
            values = self._from_iterable(values)
        for value in values:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, values):
        if values is self:
            self.clear()
            return self
        for value in values:
            self.discard(value)
        return self


# ---- mappings -----------------------------------------------------------------

class Mapping(Collection):
    """Read-only mapping: get, in, keys/items/values and == from
    __getitem__, __iter__ and __len__."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 6    # a mapping for match statements
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, k):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, k):
        try:
            self[k]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, that):
        if isinstance(that, Mapping):
            return dict(self.items()) == dict(that.items())
        return NotImplemented


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = _subscriptable

    def __init__(self, target):
        self._mapping = target

    def __len__(self):
        return self._mapping.__len__()

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


def _plain_set(cls, it):
    return set(it)


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, k):
        return k in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, pair):
        k, v = pair
        try:
            found = self._mapping[k]
        except KeyError:
            return False
        return found is v or found == v

    def __iter__(self):
        m = self._mapping
        for k in m:
            yield k, m[k]


def _holds(items, v):
    # `in` by iteration: identity or equality
    for x in items:
        if x is v or x == v:
            return True
    return False


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, v):
        return _holds(self, v)

    def __iter__(self):
        m = self._mapping
        for k in m:
            yield m[k]


_absent = object()


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, k, v):
        raise KeyError

    @abstractmethod
    def __delitem__(self, k):
        raise KeyError

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is _absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        # a mapping (or anything with keys()) by key, else (key, value) pairs
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for k in other if isinstance(other, Mapping) else other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# ---- sequences ----------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequence: iteration, in, reversed, index and count from
    __getitem__ and __len__."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 5    # a sequence for match statements

    @abstractmethod
    def __getitem__(self, i):
        raise IndexError

    @abstractmethod
    def __len__(self):
        return 0

    def __iter__(self):
        # items are fetched by position until IndexError ends them
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, v):
        return _holds(self, v)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        # negative bounds count from the end; the search ends early at an
        # IndexError (the length may be wrong)
        size = len(self)
        pos = max(0, start + size) if start is not None and start < 0 else start
        end = stop + size if stop is not None and stop < 0 else stop
        while end is None or pos < end:
            try:
                item = self[pos]
            except IndexError:
                break
            if item is value or item == value:
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        return len([x for x in self if x is value or x == value])


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, i, v):
        raise IndexError

    @abstractmethod
    def __delitem__(self, i):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            j = n - 1 - i
            self[i], self[j] = self[j], self[i]

    def extend(self, values):
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        i = self.index(value)
        del self[i]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the built-in types ------------------------------------------------------

def _register(abc, *classes):
    for cls in classes:
        abc.register(cls)


_register(Iterator, *{type(iter(x)) for x in (
    b'', bytearray(), '', [], (), set(), range(0), {}, {}.keys(), {}.values(), {}.items())},
    type(reversed([])), type(zip()))
# (their types come from the types module: making a generator or coroutine
# here would show in traces of programs)
_register(Generator, _types.GeneratorType)
_register(Coroutine, _types.CoroutineType)
_register(AsyncGenerator, _types.AsyncGeneratorType)
_register(Set, frozenset)
_register(MutableSet, set)
_register(MutableMapping, dict)
_register(KeysView, type({}.keys()))
_register(ItemsView, type({}.items()))
_register(ValuesView, type({}.values()))
_register(Sequence, tuple, str, range)
_register(ByteString, bytes, bytearray)
_register(MutableSequence, list, bytearray)
