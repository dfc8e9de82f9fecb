# functools - tools for functions and callables.
#
# Written for Coroscope from CPython 3.11's documented behaviour: partial
# and partialmethod, reduce, update_wrapper/wraps, lru_cache/cache,
# cached_property, total_ordering, cmp_to_key, singledispatch and
# singledispatchmethod, with CPython's reprs and error messages.
# Left out: thread locks (there are no threads), and singledispatch's full
# ABC-aware MRO composition (a simpler, most-derived-ABC rule is used).

import types
from collections import namedtuple as _record

# What CPython implements in C: these frames show in no traceback.
__c_frames__ = ('partial', 'reduce', '_lru_cache_wrapper', '_KeyWrapper', 'cmp_to_key',
                '_cache_key')

__all__ = ('update_wrapper wraps WRAPPER_ASSIGNMENTS WRAPPER_UPDATES '
           'total_ordering cache cmp_to_key lru_cache reduce partial '
           'partialmethod singledispatch singledispatchmethod '
           'cached_property').split()

# What update_wrapper copies, and the dicts it merges.
WRAPPER_ASSIGNMENTS = tuple('__module__ __name__ __qualname__ __doc__ '
                            '__annotations__'.split())
WRAPPER_UPDATES = ('__dict__',)
_MISSING = object()


# ---- wrappers ----

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    # Copy what the wrapped callable has (skipping what it lacks or what
    # the wrapper refuses), merge the dicts, and point back to it.
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            try:
                setattr(wrapper, name, value)
            except (AttributeError, TypeError):
                pass
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---- total_ordering ----

# For each root comparison, the three others in terms of its result r.
_DERIVED = {
    '__lt__': (('__gt__', lambda r, a, b: not r and a != b),
               ('__le__', lambda r, a, b: r or a == b),
               ('__ge__', lambda r, a, b: not r)),
    '__le__': (('__ge__', lambda r, a, b: not r or a == b),
               ('__lt__', lambda r, a, b: r and a != b),
               ('__gt__', lambda r, a, b: not r)),
    '__gt__': (('__lt__', lambda r, a, b: not r and a != b),
               ('__ge__', lambda r, a, b: r or a == b),
               ('__le__', lambda r, a, b: not r)),
    '__ge__': (('__le__', lambda r, a, b: not r or a == b),
               ('__gt__', lambda r, a, b: r and a != b),
               ('__lt__', lambda r, a, b: not r)),
}


def _derived_method(root, name, rule):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        return r if r is NotImplemented else rule(r, self, other)
    method.__name__ = name
    method.__qualname__ = '_%s_from_%s' % (name[2:4], root[2:4])
    return method


def total_ordering(cls):
    own = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
           if getattr(cls, op, None) is not getattr(object, op, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    root = own[0]               # preference: < then <= then > then >=
    for name, rule in _DERIVED[root]:
        if name not in own:
            setattr(cls, name, _derived_method(root, name, rule))
    return cls


# ---- cmp_to_key ----

class _KeyWrapper:
    # cmp_to_key(f) is one of these without an object; calling it wraps one.
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self.cmp, obj)

    def _cmp(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other): return self._cmp(other) < 0
    def __le__(self, other): return self._cmp(other) <= 0
    def __gt__(self, other): return self._cmp(other) > 0
    def __ge__(self, other): return self._cmp(other) >= 0
    def __eq__(self, other): return self._cmp(other) == 0
    def __ne__(self, other): return self._cmp(other) != 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(mycmp):
    return _KeyWrapper(mycmp)


# ---- reduce ----

def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if not 2 <= len(args) <= 3:
        bound = 'least 2' if len(args) < 2 else 'most 3'
        raise TypeError('reduce expected at %s arguments, got %d' % (bound, len(args)))
    func, items = args[0], args[1]
    try:
        it = iter(items)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        acc = args[2]
    else:
        acc = next(it, _MISSING)
        if acc is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        acc = func(acc, item)
    return acc


# ---- partial / partialmethod ----

def _abstract(self):
    # __isabstractmethod__ of a wrapper: that of what it wraps
    return getattr(self.func, '__isabstractmethod__', False)


def _call_repr(head, func, args, kwargs):
    shown = [repr(func)] + [repr(a) for a in args]
    shown += ['%s=%r' % kv for kv in kwargs.items()]
    return '%s(%s)' % (head, ', '.join(shown))


class partial:
    __slots__ = ('_parts', '__dict__', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            # a partial of a partial is flattened into one
            args = func.args + args
            kwargs = {**func.keywords, **kwargs}
            func = func.func
        self = object.__new__(cls)
        object.__setattr__(self, '_parts', (func, args, kwargs))
        return self

    func = property(lambda self: self._parts[0])
    args = property(lambda self: self._parts[1])
    keywords = property(lambda self: self._parts[2])

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords', '_parts'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __call__(self, /, *args, **kwargs):
        func, before, preset = self._parts
        return func(*before, *args, **{**preset, **kwargs})

    def __repr__(self):
        head = 'functools.partial' if type(self) is partial else type(self).__name__
        return _call_repr(head, *self._parts)

    def __reduce__(self):
        func, args, kwargs = self._parts
        return (type(self), (func,), (func, args, kwargs or None, self.__dict__ or None))

    __class_getitem__ = classmethod(types.GenericAlias)


class partialmethod:
    def __init__(self, target, /, *args, **preset):
        if not (callable(target) or hasattr(target, '__get__')):
            raise TypeError('%r is not callable or a descriptor' % (target,))
        if isinstance(target, partialmethod):     # flatten, as partial does
            args = target.args + args
            preset = dict(target.keywords, **preset)
            target = target.func
        self.func, self.args, self.keywords = target, args, preset

    def __repr__(self):
        pos = ', '.join(map(repr, self.args))
        kw = ', '.join(['%s=%r' % kv for kv in self.keywords.items()])
        kind = type(self)
        return '%s.%s(%r, %s, %s)' % (kind.__module__, kind.__qualname__,
                                      self.func, pos, kw)

    def __get__(self, instance, owner=None):
        func = self.func
        bind = getattr(func, '__get__', None)
        if bind is not None and type(func) is not types.FunctionType:
            # a descriptor (classmethod, staticmethod, ...): bind it first
            bound = bind(instance, owner)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, '__self__'):
                    result.__self__ = bound.__self__
                return result
        return self._plain_method().__get__(instance, owner)

    def _plain_method(self):
        spec = self

        def _method(first, /, *args, **kwargs):
            return spec.func(first, *spec.args, *args, **{**spec.keywords, **kwargs})
        # inspect looks for these two
        _method.__isabstractmethod__, _method._partialmethod = self.__isabstractmethod__, self
        return _method

    __isabstractmethod__ = property(_abstract)

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- lru_cache / cache ----

_CacheInfo = _record('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_KW_SEPARATOR = (object(),)


def _cache_key(args, kwargs, typed):
    # Equal calls give equal keys.  A lone int or str argument is its own
    # key (so f(1) and f(1.0) differ); typed=True adds the argument types.
    key = args
    if kwargs:
        key += _KW_SEPARATOR + tuple([x for kv in kwargs.items() for x in kv])
    if typed:
        key += tuple([type(a) for a in args] + [type(v) for v in kwargs.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        key = key[0]
    return key


class _lru_cache_wrapper:
    def __init__(self, func, maxsize, typed):
        self._limit, self._typed = maxsize, typed
        self._store = {}                # insertion order = recency order
        self._hits = self._misses = 0
        update_wrapper(self, func)

    def __call__(self, /, *args, **kwargs):
        if self._limit == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwargs)
        key = _cache_key(args, kwargs, self._typed)
        store = self._store
        found = store.get(key, _MISSING)
        if found is not _MISSING:
            self._hits += 1
            if self._limit is not None:     # move to the most recent end
                del store[key]
                store[key] = found
            return found
        self._misses += 1
        result = self.__wrapped__(*args, **kwargs)
        if key not in store:                # a recursive call may have added it
            if self._limit is not None and len(store) >= self._limit:
                del store[next(iter(store))]
            store[key] = result
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._limit, len(self._store))

    def cache_clear(self):
        self._store.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._limit, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        return self if obj is None else types.MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):     # bare @lru_cache
        return _lru_cache_wrapper(maxsize, 128, typed)
    if maxsize is None:
        pass                                # unbounded
    elif isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    else:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda func: _lru_cache_wrapper(func, maxsize, typed)


def cache(user_function, /):
    return lru_cache(None)(user_function)


# ---- singledispatch ----

def _pick(cls, registry):
    # Nearest registered class of cls's MRO (object aside); else the most
    # derived registered ABC cls is a subclass of; else object's.
    mro = cls.__mro__
    for base in mro[:-1]:
        if base in registry:
            return registry[base]
    best = None
    for kind in registry:
        if kind not in mro and issubclass(cls, kind):
            if best is None or issubclass(kind, best):
                best = kind
    return registry[best if best is not None else object]


def _annotated_class(func):
    # The class of an annotated function's first parameter, for @register.
    hints = getattr(func, '__annotations__', None)
    if not hints:
        raise TypeError('Invalid first argument to `register()`: %r. '
                        'Use either `@register(some_class)` or plain `@register` '
                        'on an annotated function.' % (func,))
    param, kind = next(iter(hints.items()))
    if isinstance(kind, str):               # a string annotation: evaluate it
        kind = eval(kind, getattr(func, '__globals__', {}))
    if not (isinstance(kind, type) or isinstance(kind, types.UnionType)):
        raise TypeError('Invalid annotation for %r. %r is not a class.' % (param, kind))
    return kind


def singledispatch(func):
    registry = {object: func}
    memo = {}
    name = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        impl = memo.get(cls)
        if impl is None:
            impl = memo[cls] = registry.get(cls) or _pick(cls, registry)
        return impl

    def register(cls, func=None):
        if func is None and isinstance(cls, (type, types.UnionType)):
            return lambda impl: register(cls, impl)
        if func is None:
            func, cls = cls, _annotated_class(cls)
        elif not isinstance(cls, (type, types.UnionType)):
            raise TypeError('Invalid first argument to `register()`. '
                            '%r is not a class or union type.' % (cls,))
        for kind in (cls.__args__ if isinstance(cls, types.UnionType) else (cls,)):
            registry[kind] = func
        memo.clear()
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % name)
        impl = dispatch(args[0].__class__)      # __class__, as CPython: proxies
        return impl(*args, **kwargs)

    extras = {'register': register, 'dispatch': dispatch,
              'registry': types.MappingProxyType(registry),
              '_clear_cache': memo.clear}
    vars(wrapper).update(extras)
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    # singledispatch on the first argument after self (or cls).
    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, instance, owner=None):
        pick = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            bound = pick(args[0].__class__).__get__(instance, owner)
            return bound(*args, **kwargs)
        _method.register = self.register
        return update_wrapper(_method, self.func)

    __isabstractmethod__ = property(_abstract)


# ---- cached_property ----

class cached_property:
    # Computed on first access, then stored in the instance's __dict__,
    # where later lookups find it first.
    def __init__(self, func):
        self.func, self.attrname, self.__doc__ = func, None, func.__doc__

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError('Cannot assign the same cached_property to two different '
                            'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        name = self.attrname
        if instance is None:
            return self
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r "
                            "property." % (type(instance).__name__, name)) from None
        if name not in store:               # computed once, then a plain attribute
            store[name] = self.func(instance)
        return store[name]

    __class_getitem__ = classmethod(types.GenericAlias)
