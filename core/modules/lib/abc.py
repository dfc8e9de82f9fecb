# abc - abstract base classes, written for Coroscope from CPython 3.11's
# documented behaviour (not from its source): ABCMeta with register(),
# __subclasshook__ and cached isinstance/issubclass answers, ABC,
# abstractmethod and its deprecated class/static/property variants,
# get_cache_token and update_abstractmethods.  The engine itself refuses
# to instantiate a class whose __abstractmethods__ is not empty and asks
# the metaclass's __instancecheck__/__subclasscheck__.
# Left out: weak references (registered classes and the caches hold their
# classes strongly) and the private C helpers of CPython's _abc module.

import _abc


def abstractmethod(method):
    """Mark a method abstract: a class keeping it cannot be instantiated."""
    method.__isabstractmethod__ = True
    return method


# the deprecated spellings of @classmethod/@staticmethod/@property over
# @abstractmethod (the function is marked on its way in: __new__, as the
# engine's classmethod and staticmethod take it there)
class abstractclassmethod(classmethod):
    def __new__(cls, method):
        return super().__new__(cls, abstractmethod(method))


class abstractstaticmethod(staticmethod):
    def __new__(cls, method):
        return super().__new__(cls, abstractmethod(method))


class abstractproperty(property):
    pass


for _kind in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _kind.__isabstractmethod__ = True
del _kind


# bumped by every register(): answers "no" cached before it are stale
_token = 0


def get_cache_token():
    """The current ABC cache token (changes on every register())."""
    return _token


def _abstract(obj):
    """Is obj marked abstract?  The engine's classmethod, staticmethod and
    property do not pass on their function's __isabstractmethod__, so the
    wrapped functions are asked too."""
    if getattr(obj, '__isabstractmethod__', False):
        return True
    for part in ('__func__', 'fget', 'fset', 'fdel'):
        if getattr(getattr(obj, part, None), '__isabstractmethod__', False):
            return True
    return False


def _abstract_names(cls, own):
    """The abstract names of cls: those of its own namespace `own`, and the
    ones its bases declared that cls still leaves abstract."""
    names = {name for name, value in own.items() if _abstract(value)}
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            if _abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class _Bookkeeping:
    """What an ABC remembers: its virtual subclasses and its answers."""
    __slots__ = ('virtual', 'yes', 'no', 'token')

    def __init__(self):
        self.virtual = []
        self.yes = set()
        self.no = set()
        self.token = _token


def _decide(cls, subclass):
    """issubclass(subclass, cls) for an ABC: its __subclasshook__ has the
    first word, then real inheritance, then registered classes and the
    ABC's subclasses (each may have registered classes of its own)."""
    verdict = cls.__subclasshook__(subclass)
    if verdict is True or verdict is False:
        return verdict
    if verdict is not NotImplemented:
        raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
    if cls in subclass.__mro__:
        return True
    for other in cls._abc_impl.virtual + cls.__subclasses__():
        if issubclass(subclass, other):
            return True
    return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(meta, name, bases, ns, /, **kw):
        cls = super().__new__(meta, name, bases, ns, **kw)
        cls.__abstractmethods__ = _abstract_names(cls, ns)
        cls._abc_impl = _Bookkeeping()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        global _token
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.virtual.append(subclass)
        _abc._register_flags(cls, subclass)  # a sequence/mapping for `match`
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        klass = instance.__class__
        if klass in cls._abc_impl.yes:
            return True
        kinds = {klass, type(instance)}
        return any([cls.__subclasscheck__(k) for k in kinds])

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        book = cls._abc_impl
        if subclass in book.yes:
            return True
        if book.token != _token:
            book.no.clear()
            book.token = _token
        elif subclass in book.no:
            return False
        verdict = _decide(cls, subclass)
        (book.yes if verdict else book.no).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {cls._abc_impl.virtual!r}', file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.virtual.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.yes.clear()
        cls._abc_impl.no.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods changed."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """Derive from ABC to make an abstract base class (ABCMeta as metaclass)."""
    __slots__ = ()
