# collections - container datatypes, with CPython 3.11's behaviour, reprs
# and messages: deque, defaultdict, Counter, OrderedDict, namedtuple and
# ChainMap, UserDict and UserList; collections.abc holds the abstract base
# classes.  UserString is left out.
#
# The containers are written in Python here: deque keeps its items in a
# list, OrderedDict relies on dict's own insertion order, and namedtuple
# builds its class without exec (its __new__ binds the arguments itself,
# with the messages CPython's generated __new__ gives).

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys

from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from operator import itemgetter as _itemgetter

# what CPython writes in C (_collections, the generated __new__ of a
# namedtuple): its frames show in no traceback
__c_frames__ = ('deque', '_deque_iterator', '_index', '_index_int', '_c_type_name',
                'defaultdict', 'OrderedDict', 'odict_keys', 'odict_values', 'odict_items',
                '_tuplegetter', '_make_new',
                '_count_elements', '_recursive_repr')

abc = _collections_abc


_repr_running = set()


def _recursive_repr(fillvalue='...'):
    """A __repr__ that answers fillvalue for an object already being
    repr'd further up (a container that holds itself)."""
    def decorating_function(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                return user_function(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorating_function


def _c_type_name(obj):
    """The name CPython's messages give a type: collections.X for the types
    written in C there (deque, defaultdict, OrderedDict), else __name__."""
    t = type(obj)
    if t.__module__ == 'collections':
        return 'collections.' + t.__name__
    return t.__name__


def _index(i):
    if isinstance(i, int):
        return i
    try:
        method = type(i).__index__
    except AttributeError:
        raise TypeError('sequence index must be integer, not %r' % type(i).__name__) from None
    return method(i)


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                if hasattr(type(maxlen), '__index__'):
                    maxlen = type(maxlen).__index__(maxlen)
                elif isinstance(maxlen, float):
                    raise TypeError("'float' object cannot be interpreted as an integer")
                else:
                    raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []          # the items are _items[_head:]
        self._head = 0
        self._state = 0
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # append/appendleft/pop/popleft are O(1) amortized: popleft moves _head
    # on, appendleft fills room made before _head; the other methods first
    # _compact() the list so that _head is 0.

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def _trim_left(self):
        excess = len(self) - self._maxlen if self._maxlen is not None else 0
        for _ in range(excess):
            self._items[self._head] = None
            self._head += 1
        if excess:
            self._after_popleft()

    def _trim_right(self):
        excess = len(self) - self._maxlen if self._maxlen is not None else 0
        if excess > 0:
            del self._items[len(self._items) - excess:]

    def _after_popleft(self):
        items = self._items
        live = len(items) - self._head
        if live == 0:
            items.clear()
            self._head = 0
        elif self._head > 2 * live + 16:
            del items[:self._head]
            self._head = 0

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None:
            self._trim_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._head == 0:
            room = len(self._items) + 8
            self._items[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None:
            self._trim_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        self._after_popleft()
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items.clear()
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        self._compact()
        for x in self._items:
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=None, /):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        self._compact()
        n = len(self._items)
        start = _index(start)
        if start < 0:
            start = max(start + n, 0)
        stop = n if stop is None else _index(stop)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            x = self._items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._compact()
        self._items.insert(_index(index), value)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        self._compact()
        for i, x in enumerate(self._items):
            if x is value or x == value:
                self._state += 1
                del self._items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._compact()
        self._items.reverse()

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _index_int(n)
        self._compact()
        items = self._items
        if len(items) <= 1:
            return
        self._state += 1
        n %= len(items)
        if n:
            items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __contains__(self, value):
        state = self._state
        self._compact()
        for x in self._items:
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def _checked_index(self, index):
        i = _index(index)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, index):
        return self._items[self._checked_index(index)]

    def __setitem__(self, index, value):
        self._items[self._checked_index(index)] = value

    def __delitem__(self, index):
        i = self._checked_index(index) - self._head
        self._state += 1
        self._compact()
        del self._items[i]

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        self._compact()
        if self._maxlen is not None:
            return '%s(%r, maxlen=%d)' % (name, self._items, self._maxlen)
        return '%s(%r)' % (name, self._items)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        # the message names the type as CPython's C type does
        raise TypeError("unhashable type: '%s'" % _c_type_name(self))

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index_int(n)
        self._compact()
        items = list(self._items)
        self.clear()
        if n > 0:
            if self._maxlen is not None and len(items) * n > self._maxlen:
                # only the last maxlen items of the repetition remain
                whole = items * (self._maxlen // max(len(items), 1) + 1)
                self._items.extend(whole[len(whole) - self._maxlen:]
                                   if self._maxlen else [])
            else:
                self._items.extend(items * n)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)


def _index_int(n):
    if isinstance(n, int):
        return n
    try:
        method = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None
    return method(n)


class _deque_iterator:
    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._reverse = reverse
        self._i = 0
        self._n = len(d)

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._deque = None
            raise RuntimeError('deque mutated during iteration')
        if self._i >= self._n:
            self._deque = None
            raise StopIteration
        i = self._i
        self._i += 1
        return d._items[d._head + (self._n - 1 - i if self._reverse else i)]

    def __length_hint__(self):
        return self._n - self._i


_collections_abc.MutableSequence.register(deque)


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default
    factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        elif id(factory) in _repr_running:
            frepr = '...'
        else:
            _repr_running.add(id(self))
            try:
                frepr = repr(factory)
            finally:
                _repr_running.discard(id(self))
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def __hash__(self):
        # the message names the type as CPython's C type does
        raise TypeError("unhashable type: '%s'" % _c_type_name(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### OrderedDict
################################################################################

class odict_keys(_collections_abc.KeysView):
    """The keys of an OrderedDict (a dict_keys in CPython, set-like)."""
    __module__ = 'builtins'

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class odict_values(_collections_abc.ValuesView):
    """The values of an OrderedDict."""
    __module__ = 'builtins'

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        m = self._mapping
        return iter([dict.__getitem__(m, k) for k in reversed(m)])

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class odict_items(_collections_abc.ItemsView):
    """The items of an OrderedDict (set-like)."""
    __module__ = 'builtins'

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        m = self._mapping
        return iter([(k, dict.__getitem__(m, k)) for k in reversed(m)])

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def __init__(self, other=(), /, **kwds):
        self.__update(other, **kwds)

    def __update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    update = __update

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    @_recursive_repr()
    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.'''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        '''
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        # the message names the type as CPython's C type does
        raise TypeError("unhashable type: '%s'" % _c_type_name(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    """The descriptor of a namedtuple field: item index of the tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _names_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % tuple(names)
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


def _make_new(typename, field_names, defaults):
    """The __new__ of a namedtuple class: binds its arguments as CPython's
    generated `def __new__(_cls, x, y): ...` does, with its messages."""
    nfields = len(field_names)
    ndefaults = len(defaults)
    nrequired = nfields - ndefaults
    qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple_new(_cls, args)
        if len(args) > nfields:
            if ndefaults:
                takes = 'from %d to %d positional arguments' % (nrequired + 1, nfields + 1)
            else:
                takes = '%d positional argument%s' % (nfields + 1, '' if nfields == 0 else 's')
            given = len(args) + 1
            raise TypeError('%s() takes %s but %d %s given'
                            % (qualname, takes, given, 'was' if given == 1 else 'were'))
        values = list(args) + [_missing] * (nfields - len(args))
        for key, value in kwargs.items():
            if key not in field_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
            i = field_names.index(key)
            if values[i] is not _missing:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[i] = value
        missing = [field_names[i] for i in range(nrequired) if values[i] is _missing]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _names_list(missing)))
        for i in range(nrequired, nfields):
            if values[i] is _missing:
                values[i] = defaults[i - nrequired]
        return tuple_new(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = qualname
    return __new__


_missing = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in field_names]) + ')'
    tuple_new = tuple.__new__

    __new__ = _make_new(typename, field_names, defaults)
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified fields with new values'
                        % typename)

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__repr__, _asdict, __getnewargs__, _replace):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    if module is None:
        module = _sys._getframemodulename(1) or '__main__'
    class_namespace['__module__'] = module
    class_namespace['__qualname__'] = typename
    result = type(typename, (tuple,), class_namespace)
    return result


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.'''

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.'''
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] == other[e] for c in (self, other) for e in c])

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] <= other[e] for c in (self, other) for e in c])

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] >= other[e] for c in (self, other) for e in c])

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.'''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.'''
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.'''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.'''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any([key in m for m in self.maps])

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.'''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict, UserList
################################################################################

class UserDict(_collections_abc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        c = self.__class__.__new__(self.__class__)
        c.__dict__.update(self.__dict__)
        c.data = self.data.copy()
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)
