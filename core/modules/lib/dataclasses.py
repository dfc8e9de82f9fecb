# dataclasses for Coroscope: @dataclass and its helpers.
#
# Written from CPython 3.11's documented behaviour (its reference manual
# and what python3.11 prints), not from CPython's source.  Fields come
# from the class's own __annotations__ after those of its dataclass bases;
# ClassVar, InitVar and KW_ONLY annotations (also as strings) are
# recognised; the generated methods, the __hash__ rules, frozen classes,
# slots=True, and CPython's error messages follow 3.11.
#
# CPython generates the methods as source text run by exec(); Coroscope
# has no exec, so __init__ is a lambda made by eval() with the real
# signature (the engine then reports argument errors the way CPython
# does) that hands its arguments to a Python function; the other methods
# are closures.  Left out: weakref_slot=True (the engine has no weak
# references), the pickling helpers of frozen slots classes; __doc__ is
# formatted from the fields rather than by inspect.signature.

import sys
from abc import update_abstractmethods as _update_abstract
from types import GenericAlias as _GenericAlias
from _mappingproxy import mappingproxy as _mappingproxy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# ---- markers -------------------------------------------------------------

class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()       # "no default given"


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()       # annotation: the fields after it are kw-only


class _FactoryMarker:
    # the __init__ default of a field with a default_factory
    def __repr__(self):
        return '<factory>'


_FACTORY = _FactoryMarker()


class _Kind:
    # Field._field_type: plain field, ClassVar or InitVar pseudo-field
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _Kind('_FIELD')
_FIELD_CLASSVAR = _Kind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Kind('_FIELD_INITVAR')

_FIELDS_ATTR = '__dataclass_fields__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, t):
        self.type = t

    def __class_getitem__(cls, t):
        return InitVar(t)

    def __repr__(self):
        t = self.type
        shown = t.__name__ if isinstance(t, type) else repr(t)
        return f'dataclasses.InitVar[{shown}]'


def _no_recursion(method):
    # repr of an object that contains itself shows '...' inside
    busy = set()

    def guarded(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return method(self)
        finally:
            busy.discard(key)
    guarded.__name__ = method.__name__
    guarded.__qualname__ = method.__qualname__
    guarded.__wrapped__ = method
    return guarded


def _attrs_repr(obj, title, names):
    # Title(a=1,b=2): no spaces, as CPython shows Field and params
    shown = ','.join([f'{n}={getattr(obj, n)!r}' for n in names])
    return f'{title}({shown})'


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init',
                     'repr', 'hash', 'compare', 'metadata', 'kw_only',
                     '_field_type')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default, default_factory,
                 init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash = init, repr, hash
        self.compare, self.kw_only = compare, kw_only
        self.metadata = _mappingproxy({} if metadata is None else metadata)

    @_no_recursion
    def __repr__(self):
        return _attrs_repr(self, 'Field', _FIELD_REPR_ORDER)

    def __set_name__(self, owner, name):
        # a default that is a descriptor learns its name too
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    def __repr__(self):
        return _attrs_repr(self, '_DataclassParams', self.__slots__)


def field(*, default=MISSING, default_factory=MISSING, init=True,
          repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory,
                 init, repr, hash, compare, metadata, kw_only)


# ---- what an annotation declares -----------------------------------------

def _dotted_head(text):
    # 'ClassVar[int]' -> ['ClassVar'], ' typing . ClassVar[x]' ->
    # ['typing', 'ClassVar']: the one or two words a string annotation
    # starts with
    words = []
    rest = text
    while len(words) < 2:
        rest = rest.lstrip()
        end = 0
        while end < len(rest) and (rest[end].isalnum() or rest[end] == '_'):
            end += 1
        if not end:
            break
        words.append(rest[:end])
        rest = rest[end:].lstrip()
        if not rest.startswith('.'):
            break
        rest = rest[1:]
    return words


def _names(cls, annotation, module, test):
    # Does `annotation` satisfy `test`?  A string is resolved by its head:
    # NAME in the class's module, or MODULE.NAME when MODULE there is
    # `module` itself.
    if not isinstance(annotation, str):
        return test(annotation)
    words = _dotted_head(annotation)
    home = sys.modules.get(cls.__module__)
    if not words or home is None:
        return False
    space = home.__dict__
    if len(words) == 2:
        if space.get(words[0]) is not module:
            return False
        space = module.__dict__
    return test(space.get(words[-1]))


def _typing():
    # typing, if the program has imported it (else nothing is a ClassVar)
    return sys.modules.get('typing')


def _is_classvar(t):
    typing = _typing()
    return typing is not None and (
        t is typing.ClassVar
        or (type(t) is typing._GenericAlias and t.__origin__ is typing.ClassVar))


def _is_initvar(t):
    return t is InitVar or type(t) is InitVar


def _is_kw_only(t):
    return t is KW_ONLY


def _kind(cls, annotation):
    typing = _typing()
    if typing is not None and _names(cls, annotation, typing, _is_classvar):
        return _FIELD_CLASSVAR
    if _names(cls, annotation, sys.modules[__name__], _is_initvar):
        return _FIELD_INITVAR
    return _FIELD


def _make_field(cls, name, annotation, kw_only):
    value = getattr(cls, name, MISSING)
    f = value if isinstance(value, Field) else field(default=value)
    f.name, f.type = name, annotation
    kind = f._field_type = _kind(cls, annotation)
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is not _FIELD_CLASSVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    if kind is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


# ---- the generated methods -----------------------------------------------

def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _make_init(fields, frozen, has_post_init, self_name):
    # fields: every field and InitVar, in order; the parameters are the
    # init=True ones, positional first, then the keyword-only ones.
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword = [f for f in fields if f.init and f.kw_only]
    after_default = False
    for f in positional:
        if _has_default(f):
            after_default = True
        elif after_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    scope = {}

    def param(f):
        if f.default_factory is not MISSING:   # a marker, see run()
            scope['__dataclass_factory__'] = _FACTORY
            return f'{f.name}=__dataclass_factory__'
        if f.default is not MISSING:
            scope[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f.name

    params = [self_name] + [param(f) for f in positional]
    if keyword:
        params += ['*'] + [param(f) for f in keyword]
    order = {f.name: i for i, f in enumerate(positional + keyword)}

    # what to store, in field order: (name, argument index or None,
    # factory or None); and the argument indexes of the InitVars
    stores, initvars = [], []
    for f in fields:
        at = order.get(f.name)
        if f._field_type is _FIELD_INITVAR:     # for __post_init__ only
            if at is not None:
                initvars.append(at)
            continue
        factory = f.default_factory
        if factory is MISSING:
            factory = None
            if at is None:
                continue        # init=False: the class attribute, if any
        stores.append((f.name, at, factory))
    store = object.__setattr__ if frozen else setattr

    def run(self, args):
        for name, at, factory in stores:
            value = _FACTORY if at is None else args[at]
            if value is _FACTORY and factory is not None:
                value = factory()
            store(self, name, value)
        if has_post_init:
            self.__post_init__(*[args[i] for i in initvars])

    scope['__dataclass_init__'] = run
    names = ''.join([f.name + ', ' for f in positional + keyword])
    source = (f'lambda {", ".join(params)}: '
              f'__dataclass_init__({self_name}, ({names}))')
    init = eval(source, scope)
    init.__name__ = '__init__'
    return init


def _make_repr(names):
    def __repr__(self):
        shown = ', '.join([f'{n}={getattr(self, n)!r}' for n in names])
        return f'{self.__class__.__qualname__}({shown})'
    return _no_recursion(__repr__)


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


_TESTS = {'__eq__': lambda a, b: a == b, '__lt__': lambda a, b: a < b,
          '__le__': lambda a, b: a <= b, '__gt__': lambda a, b: a > b,
          '__ge__': lambda a, b: a >= b}


def _make_compare(method, names):
    # compares the field tuples of two instances of the very same class
    test = _TESTS[method]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(_values(self, names), _values(other, names))
    compare.__name__ = method
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _make_frozen(cls, names):
    # Assigning or deleting a field, or any attribute of an instance of
    # exactly this class, raises; subclasses may add other attributes.
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _add(cls, name, value):
    # sets a generated attribute unless the class defines its own; True
    # when it was already there
    if name in vars(cls):
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return False


def _hash_plan(cls, eq, frozen, unsafe_hash):
    # 'add', 'none' (unhashable), 'clash' (an error) or None (leave
    # __hash__ alone), judged before any method is added.  A __hash__ of
    # None next to the class's own __eq__ is Python's doing, not the
    # user's.
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = own is not MISSING and not (own is None
                                           and '__eq__' in cls.__dict__)
    if unsafe_hash:
        return 'clash' if explicit else 'add'
    if not eq or explicit:
        return None
    return 'add' if frozen else 'none'


def _annotation_text(t):
    # inspect.formatannotation, for the generated __doc__
    if isinstance(t, _GenericAlias):
        return repr(t)
    if getattr(t, '__module__', None) == 'typing':
        return repr(t).replace('typing.', '')
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    return repr(t)


def _signature_text(positional, keyword):
    def param(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default_factory is not MISSING:   # shown as its marker
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += f' = {f.default!r}'
        return text
    parts = [param(f) for f in positional]
    if keyword:
        parts += ['*'] + [param(f) for f in keyword]
    return '(' + ', '.join(parts) + ')'


def _with_slots(cls, names, weakref_slot):
    # A new class with __slots__ for the fields (a class's slots are fixed
    # when it is made); the old class's attributes move over.
    space = dict(cls.__dict__)
    if '__slots__' in space:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update([slots] if isinstance(slots, str) else slots)
    slots = tuple([n for n in names if n not in inherited])
    if weakref_slot:
        slots += ('__weakref__',)
    for name in names + ['__dict__', '__weakref__']:
        space.pop(name, None)
    space['__slots__'] = slots
    new = type(cls)(cls.__name__, cls.__bases__, space)
    new.__qualname__ = cls.__qualname__
    return new


def _build(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
           kw_only, slots, weakref_slot):
    # the work of @dataclass on one class
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    # inherited fields first, from the most basic dataclass on
    fields = {}
    base_frozen = None
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS_ATTR, None)
        if inherited is None:
            continue
        fields.update([(f.name, f) for f in inherited.values()])
        base_frozen = base_frozen or base.__dataclass_params__.frozen

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    seen_kw_only = False
    this_module = sys.modules[__name__]
    for name, annotation in annotations.items():
        if _names(cls, annotation, this_module, _is_kw_only):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            seen_kw_only = kw_only = True
        else:
            own.append(_make_field(cls, name, annotation, kw_only))
    for f in own:
        fields[f.name] = f
        # the class attribute becomes the plain default (or goes away)
        current = getattr(cls, f.name, None)
        if isinstance(current, Field):
            default = f.default
            if default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, default)
    for name, value in vars(cls).items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if base_frozen is not None and base_frozen != bool(frozen):
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a '
                        'frozen one')
    cls.__dataclass_fields__ = fields

    hash_plan = _hash_plan(cls, eq, frozen, unsafe_hash)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    with_init = [f for f in fields.values() if f._field_type is not
                 _FIELD_CLASSVAR]
    positional = [f for f in with_init if f.init and not f.kw_only]
    keyword = [f for f in with_init if f.init and f.kw_only]
    if init:
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _add(cls, '__init__', _make_init(
            with_init, frozen, hasattr(cls, '__post_init__'), self_name))

    real = [f for f in fields.values() if f._field_type is _FIELD]
    compared = [f.name for f in real if f.compare]
    if repr:
        _add(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))
    if eq:
        _add(cls, '__eq__', _make_compare('__eq__', compared))
    if order:
        for method in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _add(cls, method, _make_compare(method, compared)):
                raise TypeError(f'Cannot overwrite attribute {method} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for fn in _make_frozen(cls, [f.name for f in real]):
            if _add(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    if hash_plan == 'clash':
        raise TypeError('Cannot overwrite attribute __hash__ '
                        f'in class {cls.__name__}')
    if hash_plan == 'none':
        cls.__hash__ = None
    elif hash_plan == 'add':
        hashed = [f.name for f in real
                  if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_hash(hashed)
        cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'

    if not cls.__doc__:
        shown = init or '__init__' in cls.__dict__
        cls.__doc__ = cls.__name__ + (
            _signature_text(positional, keyword) if shown else '()')
    if match_args:
        _add(cls, '__match_args__', tuple([f.name for f in positional]))

    if slots:
        if weakref_slot:
            raise NotImplementedError(
                'dataclass(weakref_slot=True) is not supported by Coroscope')
        cls = _with_slots(cls, [f.name for f in real], weakref_slot)
    elif weakref_slot:
        raise TypeError('weakref_slot is True but slots is False')
    _update_abstract(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _build(cls, init, repr, eq, order, unsafe_hash, frozen,
                      match_args, kw_only, slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


# ---- helpers for dataclass instances -------------------------------------

def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS_ATTR)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple([f for f in found.values() if f._field_type is _FIELD])


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTR)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS_ATTR)


try:
    from copy import deepcopy as _deepcopy
except ImportError:
    # Coroscope has no copy module: a deep copy of what asdict/astuple
    # meet among the values of fields.
    _ATOMIC = (type(None), bool, int, float, str, bytes, type,
               range, type(...), type(NotImplemented), type(len),
               type(_is_instance), property)

    def _deepcopy(obj, memo=None):
        memo = {} if memo is None else memo
        if isinstance(obj, _ATOMIC):
            return obj
        if id(obj) in memo:
            return memo[id(obj)]
        hook = getattr(type(obj), '__deepcopy__', None)
        if hook is not None:
            return hook(obj, memo)
        kind = type(obj)
        if kind in (tuple, frozenset):
            copy = kind([_deepcopy(v, memo) for v in obj])
        elif kind is list:
            copy = memo[id(obj)] = []
            copy.extend([_deepcopy(v, memo) for v in obj])
        elif kind is set:
            copy = {_deepcopy(v, memo) for v in obj}
        elif kind is dict:
            copy = memo[id(obj)] = {}
            for k, v in obj.items():
                copy[_deepcopy(k, memo)] = _deepcopy(v, memo)
        elif hasattr(obj, '__dict__') and not hasattr(kind, '__slots__'):
            copy = memo[id(obj)] = object.__new__(kind)
            for k, v in obj.__dict__.items():
                object.__setattr__(copy, k, _deepcopy(v, memo))
        else:
            raise NotImplementedError(
                f'copying a {kind.__name__!r} is not supported by Coroscope '
                '(there is no copy module)')
        memo[id(obj)] = copy
        return copy


def _convert(obj, instance):
    # asdict/astuple's walk: `instance` turns a dataclass instance into a
    # dict or tuple; containers are rebuilt, anything else deep-copied
    if _is_instance(obj):
        return instance(obj)
    kind = type(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return kind(*[_convert(v, instance) for v in obj])   # namedtuple
    if isinstance(obj, (list, tuple)):
        return kind(_convert(v, instance) for v in obj)
    if isinstance(obj, dict):
        return kind((_convert(key, instance), _convert(value, instance))
                    for key, value in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_dict(inst):
        return dict_factory([(f.name, _convert(getattr(inst, f.name), as_dict))
                             for f in fields(inst)])
    return as_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_tuple(inst):
        return tuple_factory([_convert(getattr(inst, f.name), as_tuple)
                              for f in fields(inst)])
    return as_tuple(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    # every init field not given keeps the instance's value
    for name, f in getattr(obj, _FIELDS_ATTR).items():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif not given:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {name!r} must be specified '
                                 'with replace()')
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    from keyword import iskeyword
    annotations, defaults = {}, {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
    # like types.new_class: the most derived metaclass of the bases, and
    # __module__ 'types' unless the namespace says otherwise
    space = {'__module__': 'types'}
    space.update(namespace or {})
    space.update(defaults)
    space['__annotations__'] = annotations
    meta = type
    for base in bases:
        if issubclass(type(base), meta):
            meta = type(base)
    cls = meta(cls_name, tuple(bases), space)
    return _build(cls, init, repr, eq, order, unsafe_hash, frozen,
                  match_args, kw_only, slots, weakref_slot)
