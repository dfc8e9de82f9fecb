# typing - Coroscope's typing module, written from CPython 3.11's documented
# behaviour (the typing docs and what python3.11 prints), not from its source.
#
# Every public name imports and subscripts as in CPython: the special forms
# (Any, Union, Optional, Literal, ClassVar, Final, Annotated, ...), the
# aliases of builtins and collections.abc (List, Dict, Callable, Iterable,
# ...), TypeVar/ParamSpec/TypeVarTuple, Generic, Protocol, NamedTuple,
# TypedDict, NewType and the helper functions, with CPython's reprs,
# equality, identity of repeated subscriptions and error messages.
#
# Left out: the methods of IO/TextIO/BinaryIO (which serve annotations and
# subclassing), the typing.io/typing.re namespaces (AttributeError),
# pickling support beyond __reduce__, generic TypedDict classes, the
# DeprecationWarning of TypedDict's keyword form, and substituting through
# an unpacked TypeVarTuple.

import sys
import types as _types
import collections as _collections
import collections.abc as _abcs
import contextlib as _contextlib
import re as _re
from abc import ABCMeta as _ABCMeta

_NoneType = type(None)


def _caller(depth=2):
    # Name of the module `depth` frames up from our caller (for __module__).
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _is_class(x):
    return isinstance(x, type) and not isinstance(x, _types.GenericAlias)


def _show(x):
    # How an argument is spelled inside a subscripted form's repr.
    if _is_class(x):
        if x.__module__ == 'builtins':
            return x.__qualname__
        return f'{x.__module__}.{x.__qualname__}'
    if x is ...:
        return '...'
    if isinstance(x, _types.FunctionType):
        return x.__name__
    return repr(x)


def _arg(x, special=False):
    # Normalise one type argument: None means NoneType, a string is a
    # forward reference; bare special forms are refused, and so are
    # ClassVar[...] / Final[...] unless `special` allows them.
    if x is None:
        return _NoneType
    if isinstance(x, str):
        return ForwardRef(x)
    if isinstance(x, _SpecialForm) and x._name not in _BARE_OK or x is Generic or x is Protocol:
        raise TypeError(f'Plain {x} is not valid as type argument')
    if (not special and isinstance(x, _GenericAlias)
            and x.__origin__ in (ClassVar, Final)):
        raise TypeError(f'{x} is not valid as type argument')
    return x


_BARE_OK = ('Any', 'NoReturn', 'Never', 'Self', 'TypeAlias', 'LiteralString')


def _single(x, complaint):
    # The one argument of ClassVar[X], Final[X], ...; a tuple is refused.
    if type(x) is tuple:
        raise TypeError(f'{complaint} Got {x!r:.100}.')
    return _arg(x)


def _is_var(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _is_param_expr(x):
    return x is ... or isinstance(x, (ParamSpec, _ConcatenateGenericAlias))


def _params_of(args):
    # The type variables of `args`, in order of first appearance.
    found = []
    for a in args:
        if _is_class(a):
            continue
        for p in (a,) if _is_var(a) else getattr(a, '__parameters__', ()):
            if p not in found:
                found.append(p)
    return tuple(found)


def _check_count(alias, args, want):
    if not want:
        raise TypeError(f'{alias} is not a generic class')
    if len(args) != want:
        many = 'many' if len(args) > want else 'few'
        raise TypeError(f'Too {many} arguments for {alias}; '
                        f'actual {len(args)}, expected {want}')


def _substitute(x, mapping):
    # Replace the type variables inside x by their values in mapping.
    if _is_var(x):
        return mapping.get(x, x)
    inner = () if _is_class(x) else getattr(x, '__parameters__', ())
    if inner:
        return x[tuple(mapping.get(p, p) for p in inner)]
    return x


# Subscriptions are memoised so that List[int] is List[int], as in CPython.
# The argument types are part of the key: Literal[1] is not Literal[True].
_memo = {}


def _cached(fn):
    def subscript(self, params):
        kinds = tuple(map(type, params)) if type(params) is tuple else type(params)
        try:
            key = (fn, self, params, kinds)
            hit = _memo.get(key)
        except TypeError:               # an unhashable argument: no memo
            return fn(self, params)
        if hit is None:
            hit = _memo[key] = fn(self, params)
        return hit
    subscript.__name__ = fn.__name__
    return subscript


def _union_or(left, right):
    return Union[left, right]


def _union_ror(right, left):
    return Union[left, right]


class _Final:
    # Base of typing's own classes: only this module may extend them.
    def __init_subclass__(cls, *a, **kw):
        if cls.__module__ != __name__:
            raise TypeError('Cannot subclass special typing classes')


# ---- special forms -------------------------------------------------------

class _SpecialForm(_Final):
    # Union, Optional, ClassVar, ...: a named object whose subscription is
    # computed by the decorated function.
    def __init__(self, fn):
        self._subscript = fn
        self._name = self.__name__ = self.__qualname__ = fn.__name__

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __call__(self, *a, **kw):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, x):
        raise TypeError(f'Cannot subclass {self!r}')

    def __instancecheck__(self, x):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, x):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, x):
        return self._subscript(self, x)

    __or__ = _union_or
    __ror__ = _union_ror


def _unsubscriptable(name):
    def refuse(self, x):
        raise TypeError(f'{self} is not subscriptable')
    refuse.__name__ = name
    return _SpecialForm(refuse)


NoReturn = _unsubscriptable('NoReturn')
Never = _unsubscriptable('Never')
Self = _unsubscriptable('Self')
LiteralString = _unsubscriptable('LiteralString')
TypeAlias = _unsubscriptable('TypeAlias')


def _wrapper(name, complaint, kind=None):
    # ClassVar[X], Final[X], ...: a form that wraps exactly one type.
    def subscript(self, x):
        made = _UnpackGenericAlias if kind == 'unpack' else _GenericAlias
        return made(self, (_single(x, complaint.format(self)),))
    subscript.__name__ = name
    return _SpecialForm(_cached(subscript))


ClassVar = _wrapper('ClassVar', '{} accepts only single type.')
Final = _wrapper('Final', '{} accepts only single type.')
TypeGuard = _wrapper('TypeGuard', '{} accepts only single type.')
Required = _wrapper('Required', '{._name} accepts only a single type.')
NotRequired = _wrapper('NotRequired', '{._name} accepts only a single type.')
Unpack = _wrapper('Unpack', '{} accepts only single type.', 'unpack')


@_SpecialForm
@_cached
def Union(self, x):
    # Nested unions flatten, repeats go, and a union of one type is that type.
    if x == ():
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for part in map(_arg, x if type(x) is tuple else (x,)):
        for m in part.__args__ if _is_union(part) else (part,):
            if m not in members:
                members.append(m)
    frozenset(members)                  # members must hash, as in CPython
    return members[0] if len(members) == 1 else _UnionGenericAlias(self, tuple(members))


@_SpecialForm
def Optional(self, x):
    return Union[_single(x, f'{self} requires a single type.'), None]


@_SpecialForm
@_cached
def Literal(self, x):
    values = []
    for part in x if type(x) is tuple else (x,):
        values += part.__args__ if isinstance(part, _LiteralGenericAlias) else (part,)
    try:                                # repeats go, telling 1 from True
        values = list({(v, type(v)): v for v in values}.values())
    except TypeError:                   # unhashable values all stay
        pass
    return _LiteralGenericAlias(self, tuple(values))


@_SpecialForm
@_cached
def Concatenate(self, x):
    if x == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    *firsts, last = x if type(x) is tuple else (x,)
    if not (last is ... or isinstance(last, ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    return _ConcatenateGenericAlias(self, (*map(_arg, firsts), last))


class _AnyMeta(type):
    def __instancecheck__(cls, x):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return type.__instancecheck__(cls, x)

    def __repr__(cls):
        return 'typing.Any' if cls is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    # Any itself cannot be instantiated; a subclass of it can.
    def __new__(cls, *a, **kw):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *a, **kw)


# ---- forward references ----------------------------------------------------

class ForwardRef(_Final):
    # A type written as a string; get_type_hints() evaluates it.
    def __init__(self, code, is_argument=True, module=None, *, is_class=False):
        if type(code) is not str:
            raise TypeError(f'Forward reference must be a string -- got {code!r}')
        try:
            compile(code, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {code!r}')
        self.__forward_arg__, self.__forward_module__ = code, module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class

    def _key(self):
        return self.__forward_arg__, self.__forward_module__

    def _evaluate(self, g, l, seen=frozenset()):
        code, module = self._key()
        if code in seen:                    # a recursive type: leave it be
            return self
        if module is not None:
            g = getattr(sys.modules.get(module), '__dict__', g)
        value = eval(code, g, l)
        return _resolve(_NoneType if value is None else value, g, l, seen | {code})

    def __eq__(self, x):
        return self._key() == x._key() if isinstance(x, ForwardRef) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        code, module = self._key()
        return f'ForwardRef({code!r}' + (f', module={module!r})' if module else ')')

    __or__ = _union_or
    __ror__ = _union_ror


def _rebuild(t, args):
    # t (a typing alias, list[...] or X | Y) with other arguments.
    if args == t.__args__:
        return t
    if isinstance(t, _types.GenericAlias):
        return _types.GenericAlias(t.__origin__, args)
    return t.copy_with(args) if isinstance(t, _GenericAlias) else Union[args]


def _has_args(t):
    return (isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType))
            and not isinstance(t, _LiteralGenericAlias))


def _resolve(t, g, l, seen=frozenset()):
    # Evaluate the forward references in t, at any depth.
    if isinstance(t, ForwardRef):
        return t._evaluate(g, l, seen)
    if not _has_args(t):
        return t
    parts = t.__args__
    if isinstance(t, _types.GenericAlias):      # list['X'] holds a plain str
        parts = [ForwardRef(a) if isinstance(a, str) else a for a in parts]
    return _rebuild(t, tuple(_resolve(a, g, l, seen) for a in parts))


# ---- type variables --------------------------------------------------------

class _Variable(_Final):
    # What TypeVar and ParamSpec share: a name, a variance, an optional bound.
    def _setup(self, name, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _arg(bound)
        self.__module__ = _caller(3)

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__

    __or__ = _union_or
    __ror__ = _union_ror


class TypeVar(_Variable):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__constraints__ = tuple(map(_arg, constraints))
        self._setup(name, bound, covariant, contravariant)


class _ParamSpecPart(_Final):
    # P.args or P.kwargs: equal when of the same kind and ParamSpec.
    def __init__(self, spec):
        self.__origin__ = spec

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, x):
        return type(x) is type(self) and x.__origin__ == self.__origin__


class ParamSpecArgs(_ParamSpecPart):
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _part = 'kwargs'


class ParamSpec(_Variable):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._setup(name, bound, covariant, contravariant)

    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__


# ---- aliases -------------------------------------------------------------------

class _BaseAlias(_Final):
    # Shared by bare aliases (List) and subscripted ones (List[int]):
    # calling one builds its origin; other attributes are the origin's.
    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__, self._inst, self._name = origin, inst, name

    def __call__(self, *a, **kw):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        made = self.__origin__(*a, **kw)
        try:
            made.__orig_class__ = self      # remembers Stack[int] on the instance
        except Exception:
            pass
        return made

    def __mro_entries__(self, bases):
        # List[int] as a base means list, plus Generic unless a later base
        # brings Generic anyway.
        entries = [] if self.__origin__ in bases else [self.__origin__]
        if not any(isinstance(b, _BaseAlias) or _is_class(b) and issubclass(b, Generic)
                   for b in bases[bases.index(self) + 1:]):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, key):
        if key in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if key[:2] != '__' and '__origin__' in vars(self):
            return getattr(self.__origin__, key)
        raise AttributeError(key)

    def __instancecheck__(self, x):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    __subclasscheck__ = __instancecheck__
    __or__ = _union_or
    __ror__ = _union_ror


class _GenericAlias(_BaseAlias):
    # A subscripted form origin[args]; equal when _key() is.
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = args if type(args) is tuple else (args,)
        self.__parameters__ = _params_of(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', __name__)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, inst=self._inst, name=self._name)

    @_cached
    def __getitem__(self, values):
        # Substitute values for this alias's type variables.
        tvars = self.__parameters__
        if not tvars:
            raise TypeError(f'{self!r} is not a generic class')
        values = values if type(values) is tuple else (values,)
        if len(tvars) == 1 and isinstance(tvars[0], ParamSpec) and not (
                len(values) == 1 and (_is_param_expr(values[0]) or type(values[0]) is list)):
            values = (values,)              # X[int, str] means X[[int, str]]
        values = tuple(v if isinstance(v, (list, tuple)) else _arg(v) for v in values)
        _check_count(self, values, len(tvars))
        mapping = dict(zip(tvars, values))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        # Generic[T] adds nothing when Protocol or a later subscripted base
        # (which brings Generic) is present.
        if origin is Generic and (Protocol in bases or any(
                isinstance(b, _BaseAlias) for b in bases[bases.index(self) + 1:])):
            return ()
        return (origin,)

    def _key(self):
        return self.__origin__, self.__args__

    def __eq__(self, x):
        return self._key() == x._key() if isinstance(x, _GenericAlias) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _show(self.__origin__)
        return f"{head}[{', '.join(map(_show, self.__args__)) or '()'}]"


class _SpecialGenericAlias(_BaseAlias):
    # A bare alias such as List or Iterable, subscripted with `arity` types.
    def __init__(self, origin, arity, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._arity = arity

    @_cached
    def __getitem__(self, x):
        args = tuple(map(_arg, x if type(x) is tuple else (x,)))
        _check_count(self, args, self._arity)
        return self.copy_with(args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, inst=self._inst, name=self._name)

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    # isinstance([], List) is isinstance([], list)
    def __instancecheck__(self, x):
        return isinstance(x, self.__origin__)

    def __subclasscheck__(self, x):
        return issubclass(x.__origin__ if isinstance(x, _SpecialGenericAlias) else x,
                          self.__origin__)


class _CallableGenericAlias(_GenericAlias):
    # Callable[[a, b], r] keeps its __args__ flat: (a, b, r).
    def copy_with(self, args):
        if args and isinstance(args[0], (list, tuple)):   # P was given its types
            args = (*args[0], *args[1:])
        return _CallableGenericAlias(self.__origin__, args, name=self._name)

    def __repr__(self):
        *takes, gives = self.__args__
        if len(takes) == 1 and _is_param_expr(takes[0]):
            return f'typing.Callable[{_show(takes[0])}, {_show(gives)}]'
        return f"typing.Callable[[{', '.join(map(_show, takes))}], {_show(gives)}]"


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, x):
        if type(x) is not tuple or len(x) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        takes, gives = x
        if type(takes) is list:
            takes = tuple(map(_arg, takes))
        else:                       # ..., P, Concatenate[...] or one lone type
            takes = (takes if _is_param_expr(takes) else _arg(takes),)
        return self._flat(takes + (_arg(gives),))

    @_cached
    def _flat(self, args):
        # Memoised on the flat (a, b, r): the list form cannot be a key.
        return _CallableGenericAlias(self.__origin__, args, name=self._name)


class _TupleType(_SpecialGenericAlias):
    @_cached
    def __getitem__(self, x):
        # Tuple[()] is the empty tuple; Tuple[int, ...] keeps its Ellipsis.
        return self.copy_with(() if x == () else tuple(map(_arg, x if type(x) is tuple else (x,))))


def _is_union(x):
    return isinstance(x, (_UnionGenericAlias, _types.UnionType))


def _bag(values):
    # Order-free key of some values: a frozenset when they all hash.
    values = tuple(values)
    try:
        return frozenset(values)
    except TypeError:
        return values


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def _key(self):
        return Union, _bag(self.__args__)

    def __eq__(self, x):
        if isinstance(x, _types.UnionType):     # Union[int, str] == int | str
            x = Union[x.__args__]
        return super().__eq__(x)

    __hash__ = _GenericAlias.__hash__

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and _NoneType in a:
            return f'typing.Optional[{_show(a[a[0] is _NoneType])}]'
        return f"typing.Union[{', '.join(map(_show, a))}]"

    def __instancecheck__(self, x):
        return any(isinstance(x, member) for member in self.__args__)

    def __subclasscheck__(self, x):
        return any(issubclass(x, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    # Literal values are not types: no parameters, repr() of each value,
    # and 1 differs from True.
    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, **kw)
        self.__parameters__ = ()

    def _key(self):
        return Literal, _bag((v, type(v)) for v in self.__args__)

    def __repr__(self):
        return f"typing.Literal[{', '.join(map(repr, self.__args__))}]"


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, args):
        if isinstance(args[-1], (list, tuple)):     # P was given its types
            return (*args[:-1], *args[-1])
        return _ConcatenateGenericAlias(self.__origin__, args)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return '*' + _show(self.__args__[0])


# ---- Annotated ---------------------------------------------------------------

class _AnnotatedAlias(_GenericAlias):
    # Annotated[T, m1, m2]: __origin__ is T, __metadata__ is (m1, m2).
    def __init__(self, inner, extra):
        if isinstance(inner, _AnnotatedAlias):      # nested: metadata joins
            inner, extra = inner.__origin__, inner.__metadata__ + extra
        super().__init__(inner, (inner,))
        self.__metadata__ = extra

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def _key(self):
        return Annotated, self.__origin__, self.__metadata__

    def __repr__(self):
        shown = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_show(self.__origin__)}, {shown}]'


class Annotated:
    # Only subscripted: Annotated[T, metadata, ...].
    def __new__(cls, *a, **kw):
        raise TypeError('Type Annotated cannot be instantiated.')

    @classmethod
    @_cached
    def __class_getitem__(cls, x):
        if type(x) is not tuple or len(x) < 2:
            raise TypeError('Annotated[...] should be used with at least two '
                            'arguments (a type and an annotation).')
        return _AnnotatedAlias(_arg(x[0], special=True), x[1:])

    def __init_subclass__(cls, *a, **kw):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')

# ---- Generic and Protocol ----------------------------------------------------

def _declared(kind, tvars):
    # Check the parameters of Generic[...] / Protocol[...].
    if not tvars:
        raise TypeError(f'Parameter list to {kind}[...] cannot be empty')
    if not all(map(_is_var, tvars)):
        raise TypeError(f'Parameters to {kind}[...] must all be type '
                        'variables or parameter specification variables.')
    if len(set(tvars)) < len(tvars):
        raise TypeError(f'Parameters to {kind}[...] must all be unique')
    return tvars


def _specialised(cls, values):
    # The values given to a generic class, checked against its parameters.
    wanted = cls.__parameters__
    if len(wanted) == 1 and isinstance(wanted[0], ParamSpec) and not (
            len(values) == 1 and (_is_param_expr(values[0]) or type(values[0]) is list)):
        values = (values,)                  # C[int, str] means C[[int, str]]
    values = tuple(tuple(v) if type(v) is list else v for v in values)
    _check_count(cls, values, len(wanted))
    return values


def _class_parameters(cls, orig):
    # A generic class's type variables: those of Generic[...] when listed,
    # else all those of its subscripted bases.
    found = _params_of(orig)
    listing = [b for b in orig if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol)]
    if len(listing) > 1:
        raise TypeError('Cannot inherit from Generic[...] multiple times.')
    if not listing:
        return found
    listed = listing[0].__args__
    missing = ', '.join(str(v) for v in found if v not in listed)
    if missing:
        raise TypeError(f'Some type variables ({missing}) are not listed in '
                        f"{listing[0].__origin__.__name__}[{', '.join(map(str, listed))}]")
    return listed


class Generic:
    _is_protocol = False

    @classmethod
    @_cached
    def __class_getitem__(cls, x):
        values = tuple(map(_arg, x if type(x) is tuple else (x,)))
        if cls is Generic or cls is Protocol:
            values = _declared(cls.__name__, values)
        else:
            values = _specialised(cls, values)
        return _GenericAlias(cls, values)

    def __init_subclass__(cls, *a, **kw):
        super().__init_subclass__(*a, **kw)
        orig = vars(cls).get('__orig_bases__')
        if cls.__module__ != __name__ and Generic in (orig or cls.__bases__):
            raise TypeError('Cannot inherit from plain Generic')
        cls.__parameters__ = tuple(_class_parameters(cls, orig)) if orig else ()


# Names in a protocol class that are not members of the protocol.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__parameters__', '__orig_bases__', '__orig_class__',
    '__qualname__', '__init_subclass__', '_is_protocol', '_is_runtime_protocol'})


def _members(proto):
    # The attribute names a protocol asks for, from itself and its bases.
    names = {}
    for k in proto.__mro__[:-1]:
        if k is not Protocol and k is not Generic:
            for name in (*vars(k), *vars(k).get('__annotations__', {})):
                if name not in _NOT_MEMBERS and not name.startswith('_abc_'):
                    names[name] = None
    return list(names)


def _is_method(proto, name):
    return callable(getattr(proto, name, None))


class _ProtocolMeta(_ABCMeta):
    # Protocol classes cannot be instantiated; runtime-checkable ones
    # compare an object's attributes with the protocol's members.
    def __call__(cls, *a, **kw):
        if cls is not Protocol and vars(cls).get('_is_protocol'):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*a, **kw)

    def _structural(cls):
        # True for a runtime-checkable protocol; other protocols refuse checks.
        if not vars(cls).get('_is_protocol'):
            return False
        if not cls._is_runtime_protocol:        # inherited, as in CPython
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        return True

    def __instancecheck__(cls, x):
        if not cls._structural():
            return super().__instancecheck__(x)
        if cls in type(x).__mro__:
            return True
        missing = object()
        for name in _members(cls):
            found = getattr(x, name, missing)
            if found is missing or found is None and _is_method(cls, name):
                return False
        return True

    def __subclasscheck__(cls, x):
        if not cls._structural():
            return super().__subclasscheck__(x)
        if not isinstance(x, type):
            raise TypeError('issubclass() arg 1 must be a class')
        names = _members(cls)
        if not all(_is_method(cls, name) for name in names):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        for name in names:
            owner = next((k for k in x.__mro__ if name in vars(k)), None)
            if owner is None:
                return super().__subclasscheck__(x)
            if vars(owner)[name] is None:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *a, **kw):
        super().__init_subclass__(*a, **kw)
        # A protocol names Protocol among its bases; a class merely
        # implementing one does not.
        mine = cls._is_protocol = vars(cls).get('_is_protocol', Protocol in cls.__bases__)
        if not mine:
            return
        for b in cls.__bases__:
            if not (b is object or b is Generic or vars(b).get('_is_protocol')
                    or b.__module__ == 'collections.abc'):
                raise TypeError(f'Protocols can only inherit from other protocols, got {b!r}')


def runtime_checkable(cls):
    if not (isinstance(cls, type) and vars(cls).get('_is_protocol')):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ---- aliases of builtins and collections.abc --------------------------------

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

Callable = _CallableType(_abcs.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')

for _name, _origin, _count in [
        ('Hashable', _abcs.Hashable, 0), ('Sized', _abcs.Sized, 0),
        ('ByteString', _abcs.ByteString, 0), ('Awaitable', _abcs.Awaitable, 1),
        ('Coroutine', _abcs.Coroutine, 3), ('AsyncIterable', _abcs.AsyncIterable, 1),
        ('AsyncIterator', _abcs.AsyncIterator, 1), ('Iterable', _abcs.Iterable, 1),
        ('Iterator', _abcs.Iterator, 1), ('Reversible', _abcs.Reversible, 1),
        ('Container', _abcs.Container, 1), ('Collection', _abcs.Collection, 1),
        ('AbstractSet', _abcs.Set, 1), ('MutableSet', _abcs.MutableSet, 1),
        ('Mapping', _abcs.Mapping, 2), ('MutableMapping', _abcs.MutableMapping, 2),
        ('Sequence', _abcs.Sequence, 1), ('MutableSequence', _abcs.MutableSequence, 1),
        ('MappingView', _abcs.MappingView, 1), ('KeysView', _abcs.KeysView, 1),
        ('ItemsView', _abcs.ItemsView, 2), ('ValuesView', _abcs.ValuesView, 1),
        ('Generator', _abcs.Generator, 3), ('AsyncGenerator', _abcs.AsyncGenerator, 2),
        ('ContextManager', _contextlib.AbstractContextManager, 1),
        ('AsyncContextManager', _contextlib.AbstractAsyncContextManager, 1),
        ('Deque', _collections.deque, 1), ('DefaultDict', _collections.defaultdict, 2),
        ('OrderedDict', _collections.OrderedDict, 2), ('Counter', _collections.Counter, 1),
        ('ChainMap', _collections.ChainMap, 2)]:
    globals()[_name] = _SpecialGenericAlias(_origin, _count, name=_name)

# These stand for builtins and refuse to be called: use list() etc.
for _name, _origin, _count in [('List', list, 1), ('Set', set, 1), ('FrozenSet', frozenset, 1),
                               ('Dict', dict, 2), ('Type', type, 1)]:
    globals()[_name] = _SpecialGenericAlias(_origin, _count, inst=False, name=_name)
del _name, _origin, _count

Text = str
TYPE_CHECKING = False


def _supports(name, method, *tvars):
    # A runtime-checkable protocol asking for one method, like SupportsInt.
    body = {'__module__': __name__, '__qualname__': name, method: lambda self, *a: None}
    if tvars:
        body['__orig_bases__'] = (Protocol[tvars],)
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), body))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__', T_co)
SupportsRound = _supports('SupportsRound', '__round__', T_co)


class IO(Generic[AnyStr]):
    # For annotations and subclassing only: the file methods are not declared.
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


Pattern = _SpecialGenericAlias(_re.Pattern, 1)
Match = _SpecialGenericAlias(_re.Match, 1)


# ---- NamedTuple, TypedDict, NewType --------------------------------------------

def _namedtuple(name, fields, module, defaults=()):
    # A collections.namedtuple whose __annotations__ are the field types.
    made = _collections.namedtuple(name, [f for f, _ in fields], defaults=defaults, module=module)
    made.__annotations__ = {f: _arg(t) for f, t in fields}
    return made


# Class-body names a NamedTuple may not redefine, and those it keeps its own.
_NT_LOCKED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                        '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_OWN = frozenset({'__module__', '__name__', '__annotations__'})


class _NamedTupleMeta(type):
    # `class P(NamedTuple)` builds a collections.namedtuple from the body.
    def __new__(mcls, name, bases, ns):
        if any(b is not _NamedTupleBase and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = list(ns.get('__annotations__', {}).items())
        defaulted = []                  # fields with defaults must come last
        for f, _ in fields:
            if f in ns:
                defaulted.append(f)
            elif defaulted:
                raise TypeError(f"Non-default namedtuple field {f} cannot follow default "
                                f"field{'s' * (len(defaulted) > 1)} {', '.join(defaulted)}")
        made = _namedtuple(name, fields, ns['__module__'], [ns[f] for f in defaulted])
        for key, value in ns.items():
            if key in _NT_LOCKED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_OWN and key not in made._fields:
                setattr(made, key, value)
        if Generic in bases:            # rebuilt on (tuple, Generic)
            body = {k: v for k, v in vars(made).items() if k not in ('__dict__', '__weakref__')}
            made = type(name, (tuple, Generic), body)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is not None and kwargs:
        raise TypeError('Either list of fields or keywords can be provided '
                        'to NamedTuple, not both')
    return _namedtuple(typename, list(kwargs.items() if fields is None else fields), _caller())


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


def _key_kind(tp, total):
    # 'required' or 'optional', from Required[...] / NotRequired[...] or total.
    wrapper = tp.__origin__ if isinstance(tp, _GenericAlias) else None
    if wrapper is Required or wrapper is not NotRequired and total:
        return 'required'
    return 'optional'


class _TypedDictMeta(type):
    # A TypedDict class is a dict subclass whose calls make plain dicts; it
    # records which keys are required.
    def __new__(mcls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        made = type.__new__(mcls, name, (dict,), ns)
        hints, keys = {}, {'required': set(), 'optional': set()}
        for b in bases:
            hints.update(vars(b).get('__annotations__', {}))
            keys['required'] |= getattr(b, '__required_keys__', set())
            keys['optional'] |= getattr(b, '__optional_keys__', set())
        for key, tp in ns.get('__annotations__', {}).items():
            hints[key] = tp = _arg(tp, special=True)
            kind = _key_kind(tp, total)
            keys[kind].add(key)
            keys['optional' if kind == 'required' else 'required'].discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(keys['required'])
        made.__optional_keys__ = frozenset(keys['optional'])
        made.__total__ = total
        return made

    def __init__(cls, name, bases, ns, total=True):
        type.__init__(cls, name, bases, ns)

    def __call__(cls, *a, **kw):
        return dict(*a, **kw)

    def __instancecheck__(cls, x):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is not None and kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    module = _caller()
    hints = {k: ForwardRef(v, module=module) if isinstance(v, str) else v
             for k, v in dict(kwargs if fields is None else fields).items()}
    return _TypedDictMeta(typename, (), {'__module__': module, '__annotations__': hints},
                          total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    # NewType('UserId', int): calling it returns its argument unchanged.
    def __init__(self, name, tp):
        self.__qualname__, self.__name__ = name, name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller()
        if module != __name__:
            self.__module__ = module

    def __mro_entries__(self, x):
        # Subclassing fails, naming the would-be subclass in the hint.
        super_name = self.__name__

        class Refuse:
            def __init_subclass__(sub):
                n = sub.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{n} = NewType({n!r}, {super_name})`')
        return (Refuse,)

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __reduce__(self):
        return self.__qualname__

    def __call__(self, x):
        return x

    __or__ = _union_or
    __ror__ = _union_ror


# ---- functions ---------------------------------------------------------------

def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {shown}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def _strip_extras(t):
    # Drop Annotated, Required and NotRequired wrappers, at any depth.
    if isinstance(t, _AnnotatedAlias):
        return _strip_extras(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_extras(t.__args__[0])
    return _rebuild(t, tuple(map(_strip_extras, t.__args__))) if _has_args(t) else t


def _hint(value, **how):
    # An annotation as get_type_hints() starts from it.
    if value is None:
        return _NoneType
    return ForwardRef(value, **how) if isinstance(value, str) else value


def _class_hints(cls, globalns, localns):
    # Each class of the MRO evaluates its annotations in its own module;
    # by default the module's names win over the class's.
    hints = {}
    for k in reversed(cls.__mro__):
        g = globalns
        if g is None:
            g = getattr(sys.modules.get(k.__module__), '__dict__', {})
        l = dict(vars(k)) if localns is None else localns
        if globalns is None and localns is None:
            g, l = l, g
        for name, value in vars(k).get('__annotations__', {}).items():
            hints[name] = _resolve(_hint(value, is_argument=False, is_class=True), g, l)
    return hints


_PLAIN_CALLABLES = (_types.ModuleType, _types.FunctionType, _types.BuiltinFunctionType,
                    _types.MethodType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        is_module = isinstance(obj, _types.ModuleType)
        if globalns is None:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            globalns = obj.__dict__ if is_module else getattr(inner, '__globals__', {})
        found = getattr(obj, '__annotations__', None)
        if found is None:
            if isinstance(obj, _PLAIN_CALLABLES):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        l = globalns if localns is None else localns
        hints = {name: _resolve(_hint(value, is_argument=not is_module), globalns, l)
                 for name, value in found.items()}
    if not include_extras:
        hints = {name: _strip_extras(t) for name, t in hints.items()}
    return hints


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseAlias, _types.GenericAlias, _ParamSpecPart)):
        return tp.__origin__
    if tp is Generic or isinstance(tp, _types.UnionType):
        return Generic if tp is Generic else _types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        return ()
    *takes, gives = tp.__args__ or (None,)
    if get_origin(tp) is _abcs.Callable and not (len(takes) == 1 and _is_param_expr(takes[0])):
        return (takes, gives)           # Callable's arguments come back as a list
    return tp.__args__


def _overloaded_call(*a, **kw):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


# (module, qualname) -> {first line: overload}, for get_overloads().
_overloads = {}


def _overload_key(fn):
    fn = getattr(fn, '__func__', fn)
    return getattr(fn, '__module__', None), getattr(fn, '__qualname__', None)


def overload(func):
    line = getattr(getattr(getattr(func, '__func__', func), '__code__', None), 'co_firstlineno', None)
    if line is not None:
        _overloads.setdefault(_overload_key(func), {})[line] = func
    return _overloaded_call


def get_overloads(func):
    return list(_overloads.get(_overload_key(func), {}).values())


def clear_overloads():
    _overloads.clear()


def _mark(obj, attr, value):
    # Set a marker attribute where the object allows it.
    try:
        setattr(obj, attr, value)
    except (AttributeError, TypeError):
        pass
    return obj


def final(f):
    return _mark(f, '__final__', True)


def no_type_check(arg):
    if isinstance(arg, type):
        for member in list(vars(arg).values()):
            if isinstance(member, _types.FunctionType):
                _mark(member, '__no_type_check__', True)
    return _mark(arg, '__no_type_check__', True)


def no_type_check_decorator(decorator):
    def decorate(*a, **kw):
        return no_type_check(decorator(*a, **kw))
    decorate.__name__ = getattr(decorator, '__name__', 'decorate')
    decorate.__wrapped__ = decorator
    return decorate


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                    kwargs=kwargs)
    return lambda target: _mark(target, '__dataclass_transform__', settings)


# What `from typing import *` gives, as in CPython.
__all__ = '''
    Annotated Any Callable ClassVar Concatenate Final ForwardRef Generic
    Literal Optional ParamSpec Protocol Tuple Type TypeVar TypeVarTuple
    Union AbstractSet ByteString Container ContextManager Hashable ItemsView
    Iterable Iterator KeysView Mapping MappingView MutableMapping
    MutableSequence MutableSet Sequence Sized ValuesView Awaitable
    AsyncIterator AsyncIterable Coroutine Collection AsyncGenerator
    AsyncContextManager Reversible SupportsAbs SupportsBytes SupportsComplex
    SupportsFloat SupportsIndex SupportsInt SupportsRound ChainMap Counter
    Deque Dict DefaultDict List OrderedDict Set FrozenSet NamedTuple
    TypedDict Generator AnyStr assert_type assert_never cast clear_overloads
    dataclass_transform final get_args get_origin get_overloads
    get_type_hints is_typeddict LiteralString Never NewType no_type_check
    no_type_check_decorator NoReturn NotRequired overload ParamSpecArgs
    ParamSpecKwargs Required reveal_type runtime_checkable Self Text
    TYPE_CHECKING TypeAlias TypeGuard Unpack IO BinaryIO TextIO Pattern Match
'''.split()
