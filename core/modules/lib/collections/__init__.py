# collections - container datatypes, written for Coroscope from CPython
# 3.11's documented behaviour, reprs and messages (not from its source):
# deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple, UserDict
# and UserList; the abstract base classes are in collections.abc.
# Left out: UserString.
#
# What CPython writes in C is plain Python here: deque keeps its items in
# two lists (one per end), OrderedDict leans on dict's own insertion
# order, and a namedtuple's __new__ is a lambda compiled for its fields,
# so that wrong arguments get the interpreter's own messages.

import _collections_abc
import sys as _sys
from itertools import chain as _chain, repeat as _repeat
from keyword import iskeyword as _iskeyword

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'defaultdict', 'deque', 'namedtuple']

# the parts that are C code in CPython: tracebacks show no line of them
__c_frames__ = ('deque', '_DequeIterator', '_as_index', '_c_name', '_guarded_repr',
                '_unhashable', 'defaultdict', 'OrderedDict', '_odict_view', '_tuplegetter',
                '_tally')

abc = _collections_abc
_Mapping = _collections_abc.Mapping


def _c_name(obj):
    """How CPython's messages name a type of this module written in C."""
    kind = type(obj)
    return ('collections.' if kind.__module__ == 'collections' else '') + kind.__name__


def _as_index(value, message):
    """value as an int via __index__, or TypeError(message % type name)."""
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(message % type(value).__name__ if '%' in message else message)
    return index(value)


_in_repr = set()    # ids of the objects whose repr is being built


def _guarded_repr(placeholder):
    """Decorator for __repr__: an object met again inside its own repr
    shows as `placeholder` instead of recursing."""
    def decorate(method):
        def __repr__(self):
            if id(self) in _in_repr:
                return placeholder
            _in_repr.add(id(self))
            try:
                return method(self)
            finally:
                _in_repr.discard(id(self))
        return __repr__
    return decorate


def _unhashable(self):
    raise TypeError(f"unhashable type: '{_c_name(self)}'")


# ---- deque ------------------------------------------------------------------
# The items are self._left reversed, then self._right: both ends are the
# ends of Python lists.  When one side runs dry, it takes half of the that.
# _version counts changes of length or order, for the iterators.

class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""
    __slots__ = ('_left', '_right', '_maxlen', '_version')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if isinstance(maxlen, float) or not hasattr(type(maxlen), '__index__'):
                raise TypeError('an integer is required')
            maxlen = type(maxlen).__index__(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._left, self._right = [], []
        self._maxlen = maxlen
        self._version = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _items(self):
        return self._left[::-1] + self._right

    def _refill(self, items):
        self._version += 1
        self._left, self._right = [], list(items)

    def _balance(self, to_left):
        # one side is empty: move the half of the other next to it over
        src = self._right if to_left else self._left
        half = (len(src) + 1) // 2
        moved, kept = src[:half][::-1], src[half:]
        if to_left:
            self._left, self._right = moved, kept
        else:
            self._right, self._left = moved, kept

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left or self._right)

    def append(self, x, /):
        self._version += 1
        self._right.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x, /):
        self._version += 1
        self._left.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        if not self._right:
            if not self._left:
                raise IndexError('pop from an empty deque')
            self._balance(False)
        self._version += 1
        return self._right.pop()

    def popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError('pop from an empty deque')
            self._balance(True)
        self._version += 1
        return self._left.pop()

    def extend(self, iterable, /):
        for x in (list(iterable) if iterable is self else iterable):
            self.append(x)

    def extendleft(self, iterable, /):
        for x in (list(iterable) if iterable is self else iterable):
            self.appendleft(x)

    def clear(self):
        self._refill(())

    def copy(self):
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def _scan(self, value, start, stop):
        """Position of the first item equal to value in [start, stop), or
        -1; comparisons that change the deque end the scan with an error."""
        version = self._version
        for i in range(start, min(stop, len(self))):
            item = self[i]
            if item is value or item == value:
                return i
            if version != self._version:
                raise RuntimeError('deque mutated during iteration')
        return -1

    def count(self, value, /):
        version, found = self._version, 0
        for item in self._items():
            found += item is value or item == value
            if version != self._version:
                raise RuntimeError('deque mutated during iteration')
        return found

    def __contains__(self, x):
        return self._scan(x, 0, len(self)) >= 0

    def index(self, value, start=0, stop=None, /):
        size = len(self)
        bounds = []
        for bound in (start, size if stop is None else stop):
            bound = _as_index(bound, 'slice indices must be integers or have an __index__ method')
            bounds.append(max(bound + size, 0) if bound < 0 else bound)
        where = self._scan(value, *bounds)
        if where < 0:
            raise ValueError(f'{value!r} is not in deque')
        return where

    def insert(self, index, value, /):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(_as_index(index, "'%s' object cannot be interpreted as an integer"), value)
        self._refill(items)

    def remove(self, value, /):
        where = self._scan(value, 0, len(self))
        if where < 0:
            raise ValueError(f'{value!r} is not in deque')
        del self[where]

    def reverse(self):
        self._version += 1
        self._left, self._right = self._right, self._left

    def rotate(self, n=1, /):
        n = _as_index(n, "'%s' object cannot be interpreted as an integer")
        size = len(self)
        if size > 1 and n % size:
            items = self._items()
            cut = size - n % size
            self._refill(items[cut:] + items[:cut])

    def _position(self, index):
        """(list, position in it) of the item at index; IndexError when out
        of range."""
        i = _as_index(index, 'sequence index must be integer, not %r')
        size = len(self)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError('deque index out of range')
        if i < len(self._left):
            return self._left, len(self._left) - 1 - i
        return self._right, i - len(self._left)

    def __getitem__(self, i):
        part, at = self._position(i)
        return part[at]

    def __setitem__(self, i, x):
        part, at = self._position(i)
        part[at] = x

    def __delitem__(self, i):
        part, at = self._position(i)
        self._version += 1
        del part[at]

    def __iter__(self):
        return _DequeIterator(self, False)

    def __reversed__(self):
        return _DequeIterator(self, True)

    @_guarded_repr('[...]')
    def __repr__(self):
        shown = f'{type(self).__name__}({self._items()!r}'
        if self._maxlen is None:
            return shown + ')'
        return f'{shown}, maxlen={self._maxlen})'

    # comparisons: as lists of the items, and only with another deque
    def _compare(self, that, test):
        if isinstance(that, deque):
            return test(self._items(), that._items())
        return NotImplemented

    def __eq__(self, that):
        return self._compare(that, list.__eq__)

    def __ne__(self, that):
        return self._compare(that, list.__ne__)

    def __lt__(self, that):
        return self._compare(that, list.__lt__)

    def __le__(self, that):
        return self._compare(that, list.__le__)

    def __gt__(self, that):
        return self._compare(that, list.__gt__)

    def __ge__(self, that):
        return self._compare(that, list.__ge__)

    __hash__ = _unhashable

    def __add__(self, that):
        if not isinstance(that, deque):
            raise TypeError(f'can only concatenate deque (not "{type(that).__name__}") to deque')
        result = self.copy()
        result.extend(that)
        return result

    def __iadd__(self, that):
        self.extend(that)
        return self

    def __mul__(self, times):
        return self.copy().__imul__(times)

    __rmul__ = __mul__

    def __imul__(self, times):
        if not hasattr(type(times), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(times).__name__}'")
        items = self._items() * max(type(times).__index__(times), 0)
        if self._maxlen is not None:    # a bounded deque keeps the last items
            items = items[max(len(items) - self._maxlen, 0):] if self._maxlen else []
        self._refill(items)
        return self

    def __reduce__(self):
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, None, iter(self)

    def __class_getitem__(cls, item):
        return _collections_abc._Alias(cls, item if isinstance(item, tuple) else (item,))


class _DequeIterator:
    """Iterates over a deque by position; any change of the deque's
    length or order stops it with RuntimeError."""

    def __init__(self, owner, backwards):
        self._owner, self._version = owner, owner._version
        self._backwards, self._done, self._size = backwards, 0, len(owner)

    def __iter__(self):
        return self

    def __next__(self):
        owner = self._owner
        if owner is None:
            raise StopIteration
        if owner._version != self._version:
            self._owner = None
            raise RuntimeError('deque mutated during iteration')
        if self._done == self._size:
            self._owner = None
            raise StopIteration
        i = self._done
        self._done += 1
        return owner[self._size - 1 - i if self._backwards else i]

    def __length_hint__(self):
        return self._size - self._done


_collections_abc.MutableSequence.register(deque)


# ---- defaultdict --------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, k):
        make = self.default_factory
        if make is None:
            raise KeyError(k)
        self[k] = made = make()
        return made

    def __repr__(self):
        make = self.default_factory
        if make is None:
            shown = 'None'
        elif id(make) in _in_repr:      # the factory's repr holds this dict
            shown = '...'
        else:
            _in_repr.add(id(self))
            try:
                shown = repr(make)
            finally:
                _in_repr.discard(id(self))
        return f'{type(self).__name__}({shown}, {dict.__repr__(self)})'

    __hash__ = _unhashable

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, that):
        if not isinstance(that, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(that)
        return merged

    def __ror__(self, that):
        if not isinstance(that, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, that)
        merged.update(self)
        return merged


# ---- OrderedDict ----------------------------------------------------------------
# dict keeps insertion order already; OrderedDict adds moving keys to
# either end, popping from either end, and order-sensitive equality.

def _odict_view(kind, base, plain, entry):
    """A view type of OrderedDict: iterates as dict's view `plain` does;
    backwards, entry(od, key) makes each entry (the engine's dict views
    are not reversible)."""
    def __iter__(self):
        return iter(plain(self._mapping))

    def __reversed__(self):
        od = self._mapping
        return iter([entry(od, key) for key in reversed(od)])

    def __repr__(self):
        return f'{kind}({list(self)!r})'

    return type(base)(kind, (base,), {'__module__': 'builtins', '__qualname__': kind,
                                      '__slots__': (), '__iter__': __iter__,
                                      '__reversed__': __reversed__, '__repr__': __repr__})


odict_keys = _odict_view('odict_keys', _collections_abc.KeysView, dict.keys,
                         lambda od, key: key)
odict_values = _odict_view('odict_values', _collections_abc.ValuesView, dict.values,
                           dict.__getitem__)
odict_items = _odict_view('odict_items', _collections_abc.ItemsView, dict.items,
                          lambda od, key: (key, dict.__getitem__(od, key)))


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, source=(), /, **pairs):
        self.update(source, **pairs)

    update = _collections_abc.MutableMapping.update

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        k = next(reversed(self) if last else iter(self))
        return k, dict.pop(self, k)

    def move_to_end(self, key, last=True):
        moved = (key, dict.pop(self, key))
        if last:
            dict.__setitem__(self, *moved)
            return
        # to the front: put it in first, then everything else back after it
        rest = list(dict.items(self))
        dict.clear(self)
        dict.update(self, [moved, *rest])

    @_guarded_repr('...')
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    def __eq__(self, that):
        # with another OrderedDict the order counts too
        same = dict.__eq__(self, that)
        if same is True and isinstance(that, OrderedDict):
            return list(self) == list(that)
        return same

    def __ne__(self, that):
        same = self.__eq__(that)
        return same if same is NotImplemented else not same

    __hash__ = _unhashable

    def __or__(self, that):
        if not isinstance(that, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(that)
        return merged

    def __ror__(self, that):
        if not isinstance(that, dict):
            return NotImplemented
        merged = type(self)(that)
        merged.update(self)
        return merged

    def __ior__(self, that):
        self.update(that)
        return self


# ---- namedtuple ---------------------------------------------------------------

class _tuplegetter:
    # a namedtuple field: item `index` of the tuple, read-only

    def __init__(self, index, doc):
        self._index, self.__doc__ = index, doc

    def __get__(self, instance, owner=None):
        return self if instance is None else instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def _checked_names(typename, names, rename):
    """The field names, renamed to _0, _1... where unusable if `rename`,
    after the checks (and messages) CPython makes."""
    if rename:
        seen = set()
        for i, name in enumerate(names):
            if (name in seen or name.startswith('_') or _iskeyword(name)
                    or not name.isidentifier()):
                names[i] = f'_{i}'
            seen.add(name)
    for n in [typename, *names]:
        if type(n) is not str:
            raise TypeError('Type names and field names must be strings')
        problem = ('must be valid identifiers' if not n.isidentifier() else
                   'cannot be a keyword' if _iskeyword(n) else None)
        if problem:
            raise ValueError(f'Type names and field names {problem}: {n!r}')
    for i, n in enumerate(names):
        if not rename and n[0] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {n!r}')
        if n in names[:i]:
            raise ValueError(f'Encountered duplicate field name: {n!r}')
    return tuple(names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    # field names: a sequence of strings, or one string split at commas and blanks
    spelled = field_names.replace(',', ' ').split() if isinstance(field_names, str) \
        else field_names
    typename = _sys.intern(str(typename))
    fields = _checked_names(typename, [str(f) for f in spelled], rename)
    defaults = tuple(defaults or ())
    if len(fields) < len(defaults):
        raise TypeError('Got more default values than field names')
    size = len(fields)
    signature = ', '.join(fields)
    packed = signature + (',' if size == 1 else '')

    # __new__ takes the fields as parameters, so that the interpreter checks
    # the arguments (and words the errors) as for any function
    source = f'lambda _cls, {signature}: _new_tuple(_cls, ({packed}))' if size else \
        'lambda _cls: _new_tuple(_cls, ())'
    code = compile(source, '/coroscope/lib/collections/namedtuple.py', 'eval')
    new = eval(code, {'_new_tuple': tuple.__new__, '__builtins__': {},
                      '__c_frames__': True, '__name__': f'namedtuple_{typename}'})
    new.__defaults__ = defaults or None
    new.__doc__ = f'Create new instance of {typename}({packed})'

    def _make(cls, values):
        made = tuple.__new__(cls, values)
        if len(made) != size:
            raise TypeError(f'Expected {size} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, old) for name, old in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def __repr__(self):
        shown = ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)])
        return f'{self.__class__.__name__}({shown})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    docs = {
        '__new__': None,
        '_make': f'Make a new {typename} object from a sequence or iterable',
        '_replace': f'Return a new {typename} object replacing specified fields with new values',
        '__repr__': 'Return a nicely formatted representation string',
        '_asdict': 'Return a new dict which maps field names to their values.',
        '__getnewargs__': 'Return self as a plain tuple.  Used by copy and pickle.',
    }
    ns = {'__doc__': f'{typename}({packed})', '__slots__': (), '_fields': fields,
          '_field_defaults': dict(zip(fields[size - len(defaults):], defaults)),
          '__match_args__': fields, '__qualname__': typename,
          '__module__': module if module is not None else _sys._getframemodulename(1) or '__main__'}
    for name, method in zip(docs, (new, _make, _replace, __repr__, _asdict, __getnewargs__)):
        method.__name__, method.__qualname__ = name, f'{typename}.{name}'
        if docs[name]:
            method.__doc__ = docs[name]
        ns[name] = classmethod(method) if name == '_make' else method
    for i, name in enumerate(fields):
        ns[name] = _tuplegetter(i, f'Alias for field number {i}')
    return type(typename, (tuple,), ns)


# ---- Counter ------------------------------------------------------------------

def _tally(counts, iterable):
    # one more for each element met
    for elem in iterable:
        counts[elem] = counts.get(elem, 0) + 1


def _counter_op(combine, keep_others):
    """A binary Counter operator: for self's elements combine(own, other's
    count); then other's elements self lacks, through keep_others; only
    positive results are kept."""
    def op(self, that):
        if not isinstance(that, Counter):
            return NotImplemented
        result = Counter()
        for item, n in self.items():
            if (made := combine(n, that[item])) > 0:
                result[item] = made
        for item, n in that.items() if keep_others else ():
            if item not in self and (made := keep_others(n)) > 0:
                result[item] = made
        return result
    return op


def _counter_test(holds, strict):
    """A Counter comparison: holds(a, b) for every element's counts (zero
    when absent); a strict one also needs the counters to differ."""
    def op(self, that):
        if not isinstance(that, Counter):
            return NotImplemented
        every = all([holds(self[e], that[e]) for c in (self, that) for e in c])
        return every and (not strict or self != that)
    return op


class Counter(dict):
    # a multiset: a dict from elements to their counts

    def __init__(self, source=None, /, **counts):
        super().__init__()
        self.update(source, **counts)

    def __missing__(self, item):
        return 0    # what is not counted counts zero

    def total(self):
        return sum(list(self.values()))

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        return _chain.from_iterable([_repeat(item, n) for item, n in self.items()])

    @classmethod
    def fromkeys(cls, *args, **kwargs):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, source=None, /, **counts):
        # from a mapping its counts are added; else its elements are counted
        if isinstance(source, _Mapping):
            if not self:    # counts are taken over as they are
                dict.update(self, source)
            else:
                for item, n in source.items():
                    self[item] = n + self.get(item, 0)
        elif source is not None:
            _tally(self, source)
        if counts:
            self.update(counts)

    def subtract(self, source=None, /, **counts):
        pairs = source.items() if isinstance(source, _Mapping) else \
            [(item, 1) for item in source or ()]
        for item, n in pairs:
            self[item] = self.get(item, 0) - n
        if counts:
            self.subtract(counts)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, item):
        # a missing element is not an error
        if item in self:
            dict.__delitem__(self, item)

    __eq__ = _counter_test(lambda a, b: a == b, False)
    __le__ = _counter_test(lambda a, b: a <= b, False)
    __ge__ = _counter_test(lambda a, b: a >= b, False)
    __lt__ = _counter_test(lambda a, b: a <= b, True)
    __gt__ = _counter_test(lambda a, b: a >= b, True)

    def __ne__(self, that):
        same = self.__eq__(that)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:   # counts that do not compare: as they are
            shown = dict(self)
        return f'{name}({shown!r})'

    __add__ = _counter_op(lambda a, b: a + b, lambda n: n)
    __sub__ = _counter_op(lambda a, b: a - b, lambda n: 0 - n)
    __or__ = _counter_op(lambda a, b: b if a < b else a, lambda n: n)
    __and__ = _counter_op(lambda a, b: a if a < b else b, None)

    def __pos__(self):
        return Counter({e: n for e, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({e: 0 - n for e, n in self.items() if n < 0})

    def _drop_nonpositive(self):
        for item in [e for e, n in self.items() if not n > 0]:
            del self[item]
        return self

    # the in-place operators change the counts, then drop those not above 0
    def __iadd__(self, more):
        for item, n in more.items():
            self[item] += n
        return self._drop_nonpositive()

    def __isub__(self, less):
        for item, n in less.items():
            self[item] -= n
        return self._drop_nonpositive()

    def __ior__(self, rival):
        for item, n in rival.items():
            if n > self[item]:
                self[item] = n
        return self._drop_nonpositive()

    def __iand__(self, bound):
        for item, n in self.items():
            if bound[item] < n:
                self[item] = bound[item]
        return self._drop_nonpositive()


for _name in ('__eq__', '__le__', '__ge__', '__lt__', '__gt__', '__add__', '__sub__',
              '__or__', '__and__'):
    _op = Counter.__dict__[_name]
    _op.__name__, _op.__qualname__ = _name, 'Counter.' + _name
del _name, _op


# ---- ChainMap -----------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order,
    changes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, k):
        raise KeyError(k)

    def __getitem__(self, k):
        for layer in self.maps:
            try:
                return layer[k]
            except KeyError:
                continue
        return self.__missing__(k)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # the deepest map's keys first, as dict.update order would give
        return iter(dict.fromkeys([k for layer in reversed(self.maps) for k in layer]))

    def __contains__(self, k):
        return any([k in layer for layer in self.maps])

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr('...')
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join([repr(m) for m in self.maps])})'

    @classmethod
    def fromkeys(cls, iterable, *value):
        return cls(dict.fromkeys(iterable, *value))

    def copy(self):
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        _, *rest = self.maps
        return type(self)(*rest)

    # writes and deletions touch the first map only
    def __setitem__(self, k, v):
        first = self.maps[0]
        first[k] = v

    def __delitem__(self, k):
        first = self.maps[0]
        try:
            del first[k]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {k!r}')

    def popitem(self):
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *default):
        first = self.maps[0]
        try:
            return first.pop(key, *default)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, that):
        first = self.maps[0]
        first.update(that)
        return self

    def __or__(self, that):
        if not isinstance(that, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(that)
        return merged

    def __ror__(self, that):
        if not isinstance(that, _Mapping):
            return NotImplemented
        merged = dict(that)
        for layer in reversed(self.maps):
            merged.update(layer)
        return self.__class__(merged)


# ---- UserDict, UserList -------------------------------------------------------
# Wrappers around a real dict or list kept in .data, for subclassing.

class UserDict(_collections_abc.MutableMapping):

    def __init__(self, source=None, /, **kwargs):
        self.data = {}
        if source is not None:
            self.update(source)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, k):
        if k in self.data:
            return self.data[k]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(k)
        return missing(self, k)

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, k):
        return k in self.data

    # get() is Mapping's: a __missing__ answers for absent keys (3.11)

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _dict_of(operand):
        # the dict behind an operand, or None when it is not dict-like
        if isinstance(operand, dict):
            return operand
        return operand.data if isinstance(operand, UserDict) else None

    def __or__(self, that):
        theirs = self._dict_of(that)
        return NotImplemented if theirs is None else self.__class__(self.data | theirs)

    def __ror__(self, that):
        theirs = self._dict_of(that)
        return NotImplemented if theirs is None else self.__class__(theirs | self.data)

    def __ior__(self, that):
        self.data |= that.data if isinstance(that, UserDict) else that
        return self

    def __copy__(self):
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.data = self.data.copy()
        return twin

    def copy(self):
        if type(self) is not UserDict:
            return self.__copy__()
        return UserDict(dict(self.data))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


def _list_of(operand):
    """The list behind a UserList operand, else the operand itself."""
    return operand.data if isinstance(operand, UserList) else operand


class UserList(_collections_abc.MutableSequence):

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(_list_of(initlist))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, that):
        return self.data < _list_of(that)

    def __le__(self, that):
        return self.data <= _list_of(that)

    def __eq__(self, that):
        return self.data == _list_of(that)

    def __gt__(self, that):
        return self.data > _list_of(that)

    def __ge__(self, that):
        return self.data >= _list_of(that)

    def __contains__(self, x):
        return x in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, at):
        got = self.data[at]
        return type(self)(got) if isinstance(at, slice) else got

    def __setitem__(self, at, x):
        self.data[at] = x

    def __delitem__(self, at):
        del self.data[at]

    @staticmethod
    def _as_list(that):
        return that if isinstance(that, list) else list(_list_of(that))

    def __add__(self, tail):
        return type(self)(self.data + self._as_list(tail))

    def __radd__(self, head):
        return type(self)(self._as_list(head) + self.data)

    def __iadd__(self, tail):
        self.data += self._as_list(tail)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.data = self.data[:]
        return twin

    # the list methods, applied to .data
    def append(self, item):
        self.data.append(item)

    def insert(self, at, item):
        self.data.insert(at, item)

    def pop(self, at=-1):
        return self.data.pop(at)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *bounds):
        return self.data.index(item, *bounds)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwargs):
        self.data.sort(*args, **kwargs)

    def extend(self, items):
        self.data.extend(_list_of(items))
