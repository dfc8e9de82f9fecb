# enum - enumerations for Coroscope: Enum, IntEnum, StrEnum, ReprEnum,
# Flag, IntFlag, auto, unique, verify (EnumCheck), FlagBoundary,
# member/nonmember, enum.property and the global_* helpers.
#
# Written from CPython 3.11's documented and observed behaviour (how members
# are made, aliases, auto values, lookups, Flag composites and boundaries);
# only reprs and error messages are copied, so programs print the same.
#
# Left out: _simple_enum, _convert_ and other stdlib-internal helpers, and
# pickling beyond __reduce_ex__.
#
# Lists, never generators: a generator of library code shows in the trace.

import sys
from _mappingproxy import mappingproxy as _ReadOnly

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
    'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck',
    'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
    'pickle_by_enum_name',
]

_classproperty = property      # the builtin; `property` below is enum's own
_plain_bin = bin

# The base classes are made by the machinery below, which looks them up;
# until they exist these names are None.
Enum = ReprEnum = Flag = None


# --- names and bits -------------------------------------------------------

def _is_dunder(name):
    # __x__, with exactly two underscores on each side
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    # _x_, with exactly one underscore on each side
    return (len(name) > 2 and name[0] == '_' == name[-1]
            and name[1] != '_' and name[-2] != '_')


def _is_mangled(owner, name):
    # a private __x of class `owner`, as Python mangles it (not a dunder)
    prefix = '_' + owner + '__'
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _binds(obj):
    # functions, properties, classmethods...: never members
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


_CONTAINS_WARNING = (
    'in 3.12 __contains__ will no longer raise TypeError, but will return True or\n'
    'False depending on whether the value is a member or the value of a member')
_AUTO_WARNING = (
    'In 3.13 the default `auto()`/`_generate_next_value_` will require all values '
    'to be sortable and support adding +1\nand the value returned will be the '
    'largest value in the enum incremented by 1')


def _warn(message, stacklevel):
    # a DeprecationWarning CPython 3.11 gives; stacklevel counts from the
    # function calling _warn
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel + 1)


def _one_bit(n):
    return n > 0 and not n & (n - 1)


def _bits(n):
    # the powers of two set in n, lowest first
    if isinstance(n, Enum):
        shown, n = n, n.value
    else:
        shown = n
    if n < 0:
        raise ValueError('%r is not a positive integer' % shown)
    found = []
    while n:
        low = n & -n
        found.append(low)
        n -= low
    return found


def show_flag_values(value):
    return _bits(value)


def bin(num, max_bits=None):
    # bin() in two's complement: a sign bit, a space, then the digits
    # (0b0 101 is 5, 0b1 011 is -5); max_bits pads with the sign bit.
    width = num.bit_length()
    digits = format(num & ((1 << width) - 1), '0%db' % width) if width else ''
    sign = '1' if num < 0 else '0'
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b%s %s' % (sign, digits)


# --- markers used in class bodies -------------------------------------------

class _Wrapper:
    def __init__(self, value):
        self.value = value


class nonmember(_Wrapper):
    'Wraps a class-body value that must stay a plain attribute.'


class member(_Wrapper):
    'Wraps a class-body value that must become a member (e.g. a function).'


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    # stands for a value _generate_next_value_ picks when the class is built
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value, )


class property:
    # Like the builtin property on members; read on the class itself it
    # finds the member of that name instead, so members may be called
    # `name` or `value`.
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            found = owner._member_map_.get(self.name)
        elif self.fget is not None:
            return self.fget(obj)
        else:
            found = None
        if found is None:
            raise AttributeError('%r has no attribute %r' % (owner, self.name))
        return found

    def __set__(self, obj, value):
        if self.fset is None:
            self._refuse('set')
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            self._refuse('delete')
        self.fdel(obj)

    def _refuse(self, verb):
        raise AttributeError('<enum %r> cannot %s attribute %r'
                             % (self.clsname, verb, self.name))


# --- the class body -----------------------------------------------------------

_SUNDERS_ALLOWED = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_')


class _EnumDict(dict):
    # The namespace an enum's body runs in: it notes which names are
    # members (in order), fills in auto() values and rejects reused names.
    def __init__(self, cls_name=''):
        dict.__init__(self)
        self._owner = cls_name
        self._names = {}            # member names, a dict used as an ordered set
        self._seen = []             # member values so far, for auto()
        self._skip = []             # the _ignore_ names
        self._auto_used = False
        self._next_value = None     # the _generate_next_value_ in force

    def __setitem__(self, name, value):
        if _is_mangled(self._owner, name):
            pass
        elif _is_sunder(name):
            value = self._special(name, value)
        elif _is_dunder(name):
            name = '_order_' if name == '__order__' else name
        elif name in self._names:
            self._reused(name)
        elif name in self._skip or _binds(value):
            pass
        elif isinstance(value, nonmember):
            value = value.value
        else:
            if name in self:
                self._reused(name)
            if isinstance(value, member):
                value = value.value
            # auto() alone or inside a tuple gets its generated value (called
            # from here: its DeprecationWarning names the class body's line)
            parts = (value, ) if isinstance(value, auto) else value
            if type(parts) is tuple and [p for p in parts if isinstance(p, auto)]:
                filled = []
                for part in parts:
                    if isinstance(part, auto):
                        if part.value == _auto_null:
                            part.value = self._next_value(
                                name, 1, len(self._names), list(self._seen))
                            self._auto_used = True
                        part = part.value
                        self._seen.append(part)
                    filled.append(part)
                value = filled[0] if isinstance(value, auto) else tuple(filled)
            else:
                self._seen.append(value)
            self._names[name] = None
        dict.__setitem__(self, name, value)

    def _reused(self, name):
        raise TypeError('%r already defined as %r' % (name, self[name]))

    def _special(self, name, value):
        # a _sunder_ name: only Enum's own are allowed
        if name not in _SUNDERS_ALLOWED:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (name, ))
        if name == '_ignore_':
            value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            clash = set(self._names).intersection(value)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r'
                                 % (clash, ))
            self._skip = value
        elif name == '_generate_next_value_':
            if self._auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._next_value = getattr(value, '__func__', value)
        return value

    def update(self, members=(), **more):
        pairs = [(k, members[k]) for k in members.keys()] if hasattr(members, 'keys') else members
        for key, value in list(pairs) + list(more.items()):
            self[key] = value



# --- building members ----------------------------------------------------------

class _Pending(_Wrapper):
    # Stands in a new class's namespace for a member not yet made;
    # type.__new__ calls __set_name__, which makes it.
    def __set_name__(self, owner, name):
        _add_member(owner, name, self.value)


def _add_member(owner, name, given):
    args = given if isinstance(given, tuple) else (given, )
    data_type = owner._member_type_
    if data_type is tuple:
        args = (args, )
    if owner._use_args_:
        made = owner._new_member_(owner, *args)
    else:
        made = owner._new_member_(owner)
    if not hasattr(made, '_value_'):
        # __new__ did not say: the value is what was given, as the data type
        try:
            made._value_ = given if data_type is object else data_type(*args)
        except Exception as e:
            raise TypeError('_value_ not set in __new__, unable to create it') from e
    value = made._value_
    made._name_ = name
    made.__objclass__ = owner
    made.__init__(*args)
    made._sort_order_ = len(owner._member_names_)
    flag = '_flag_mask_' in owner.__dict__
    if flag:
        owner._flag_mask_ |= value
        if _one_bit(value):
            owner._singles_mask_ |= value
        owner._all_bits_ = 2 ** owner._flag_mask_.bit_length() - 1
    # an earlier member with an equal value makes this name its alias;
    # a flag's multi-bit members are not iterated either
    canonical = _find_by_value(owner, value)
    if canonical is not None:
        made = canonical
    elif not flag or _one_bit(value):
        owner._member_names_.append(name)
    type.__setattr__(owner, name, _shadowing(owner, name) or made)
    owner._member_map_[name] = made
    try:
        owner._value2member_map_.setdefault(value, made)
    except TypeError:
        owner._unhashable_values_.append(value)


def _shadowing(owner, name):
    # A member named like a property of a base (`name`, `value`) sits
    # behind an enum.property that still serves the property on members.
    for base in owner.__mro__[1:]:
        prop = base.__dict__.get(name)
        if prop is not None and hasattr(prop, 'fget') and hasattr(prop, 'fset'):
            redirect = property(prop.fget, prop.fset, prop.fdel)
            redirect.__set_name__(owner, name)
            return redirect
    return None


def _find_by_value(owner, value):
    # the member with this value, or None; unhashable values are compared
    try:
        return owner._value2member_map_.get(value)
    except TypeError:
        for candidate in owner._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


# --- what the bases say ----------------------------------------------------------

def _check_no_members(cls_name, bases):
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType) and klass._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls_name, klass))


def _mixins(cls_name, bases):
    # (the data type members are made of, the enum class they derive from)
    if not bases:
        return object, Enum
    _check_no_members(cls_name, bases)
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(cls_name, bases) or object, last


def _data_type(cls_name, bases):
    # Per base, the data type is the first class of its MRO before the one
    # that defines __new__ (or an enum base's own data type).
    types = set()
    for base in bases:
        first = None
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    types.add(klass._member_type_)
                    break
            elif '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                types.add(first or klass)
                break
            elif first is None:
                first = klass
    if len(types) > 1:
        raise TypeError('too many data types for %r: %r' % (cls_name, types))
    return types.pop() if types else None


def _data_repr(bases):
    # how a member's value shows in its repr: the data type's __repr__
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                return klass._value_repr_
            if '__repr__' in klass.__dict__:
                return klass.__dict__['__repr__']
    return None


def _member_maker(body, data_type, enum_base):
    # (function making a member, keep it as __new_member__?, pass it the value?)
    maker = body.get('__new__')
    if isinstance(maker, staticmethod):
        maker = maker.__func__
    keep = maker is not None and enum_base is not None
    skip = (None, None.__new__, object.__new__, _lookup_member)
    for attr in ('__new_member__', '__new__'):
        for source in (data_type, enum_base):
            if maker is None:
                found = getattr(source, attr, None)
                if found not in skip:
                    maker = found
    if maker is None:
        maker = object.__new__
    use_args = enum_base is not None and maker not in (object.__new__, _lookup_member)
    return maker, keep, use_args


# --- the metaclass ------------------------------------------------------------------

class EnumType(type):

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        body = _EnumDict(name)
        enum_base = _mixins(name, bases)[1]
        if enum_base is not None:
            body['_generate_next_value_'] = getattr(enum_base, '_generate_next_value_', None)
        return body

    def __new__(mcls, name, bases, body, *, boundary=None, **kwargs):
        for skipped in body._skip + ['_ignore_']:
            body.pop(skipped, None)
        names = list(body._names)
        bad = [repr(n) for n in names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(bad))
        order = body.pop('_order_', None)
        data_type, enum_base = _mixins(name, bases)
        maker, keep_maker, use_args = _member_maker(body, data_type, enum_base)
        is_flag = issubclass(enum_base, Flag) if Flag else name == 'Flag'

        ns = dict(body)
        for n in names:
            ns[n] = _Pending(ns[n])
        ns.update(_new_member_=maker, _use_args_=use_args, _member_names_=[],
                  _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                  _member_type_=data_type, _value_repr_=_data_repr(bases))
        if is_flag:
            ns.update(_boundary_=boundary or getattr(enum_base, '_boundary_', None),
                      _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        new_cls = _make_class(mcls, name, bases, ns, kwargs)
        _fix_methods(new_cls, bases, data_type, enum_base, is_flag)
        if keep_maker:
            new_cls.__new_member__ = maker
        if Enum is not None:
            new_cls.__new__ = _lookup_member
        if is_flag:
            values = [m._value_ for m in new_cls]
            if sorted(values) != values:
                new_cls._iter_member_ = new_cls._iter_member_by_def_
        if order:
            _check_order(new_cls, order, is_flag)
        return new_cls

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        # Color(1) finds a member; Enum('Color', 'RED GREEN') makes a class
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)
        return cls.__new__(cls, value)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            _warn(_CONTAINS_WARNING, 2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr_name):
        if attr_name in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr_name))
        type.__delattr__(cls, attr_name)

    def __setattr__(cls, attr_name, value):
        if attr_name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (attr_name,))
        type.__setattr__(cls, attr_name, value)

    def __dir__(cls):
        names = set(cls._member_names_)
        names.update(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                      '__init_subclass__', '__len__', '__members__', '__module__',
                      '__name__', '__qualname__'])
        if cls._new_member_ != object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, attr_name):
        # reached when normal lookup fails: members only, never dunders
        members = cls._member_map_
        if _is_dunder(attr_name) or attr_name not in members:
            raise AttributeError(attr_name)
        return members[attr_name]

    def __getitem__(cls, member_name):
        return cls._member_map_[member_name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    @_classproperty
    def __members__(cls):
        # every name, aliases included, to its member
        return _ReadOnly(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        # the functional API: names is 'A B', 'A,B', ['A', 'B'],
        # [('A', 1), ...] or {'A': 1, ...}
        mcls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        enum_base = _mixins(class_name, bases)[1]
        body = mcls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            pairs, seen = [], []
            for count, member_name in enumerate(names):
                value = enum_base._generate_next_value_(member_name, start, count, list(seen))
                seen.append(value)
                pairs.append((member_name, value))
            names = pairs
        for item in names or ():
            key, value = (item, names[item]) if isinstance(item, str) else item
            body[key] = value
        if module is None:
            try:    # the caller of Enum(...): this frame, __call__, the caller
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, KeyError, ValueError):
                module = '__main__'
        body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return mcls.__new__(mcls, class_name, bases, body, boundary=boundary)


EnumMeta = EnumType


def _make_class(mcls, name, bases, ns, kwargs):
    # type.__new__ wraps an error of __set_name__ (so of making a member)
    # in a RuntimeError; raise the original instead, as CPython does
    failure = None
    try:
        return type.__new__(mcls, name, bases, ns, **kwargs)
    except RuntimeError as wrapped:
        if wrapped.__cause__ is None or not str(wrapped).startswith('Error calling __set_name__'):
            raise
        failure = wrapped.__cause__
    raise failure


def _fix_methods(new_cls, bases, data_type, enum_base, is_flag):
    # Which repr/str/format/operators a new enum class uses (what its body
    # defined, in new_cls.__dict__, always stays).
    if ReprEnum is not None and ReprEnum in bases:
        # str() and format() are the data type's; only repr() is enum's
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data '
                            'type (i.e. int, str, float, etc.)')
        if '__format__' not in new_cls.__dict__:
            new_cls.__format__ = data_type.__format__
        if '__str__' not in new_cls.__dict__:
            as_str = data_type.__str__
            new_cls.__str__ = data_type.__repr__ if as_str == object.__str__ else as_str
    if enum_base is not None:
        # a data type's repr/str/format (or object's) give way to the enum's
        for attr in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if attr not in new_cls.__dict__:
                found = getattr(new_cls, attr)
                if found in (getattr(data_type, attr, None), getattr(object, attr, None)):
                    setattr(new_cls, attr, getattr(enum_base, attr))
    if is_flag and Flag is not None:
        # Flag's operators win over a data type's (int's | & ^ ~)
        for attr in _FLAG_OPERATORS:
            if attr not in new_cls.__dict__:
                setattr(new_cls, attr, Flag.__dict__[attr])


def _check_order(new_cls, order, is_flag):
    # _order_ lists the members (aliases and, for flags, multi-bit members
    # left out) in definition order
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    members = new_cls._member_map_
    canonical = new_cls._member_names_
    kept = []
    for n in order:
        if n in members:
            if n not in canonical:
                continue
            if is_flag and not _one_bit(members[n]._value_):
                continue
        kept.append(n)
    if kept != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (canonical, kept))


def _lookup_member(cls, value):
    # Color(value): the member with that value, else what _missing_ gives
    if type(value) is cls:
        return value
    found = _find_by_value(cls, value)
    if found is not None:
        return found
    if not cls._member_map_:
        raise TypeError('%r has no members defined' % cls)
    error = result = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        error = e
    if isinstance(result, cls):
        return result
    if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            and isinstance(result, int)):
        return result
    invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if error is None:
        if result is None:
            raise invalid
        error = TypeError('error in %s._missing_: returned %r instead of None '
                          'or a valid member' % (cls.__name__, result))
    if not isinstance(error, ValueError):
        error.__context__ = invalid
    raise error


_lookup_member.__name__ = '__new__'
_lookup_member.__qualname__ = 'Enum.__new__'


# --- the enum classes ----------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    __new__ = _lookup_member

    def __init__(self, *args, **kwargs):
        pass

    def _generate_next_value_(name, start, count, seen):
        # auto(): one more than the last value when that is the largest
        # (seen is sorted in place, as CPython does); otherwise the same
        # with a DeprecationWarning, falling back to the largest value that
        # adds 1, or to start
        if not seen:
            return start
        last = seen[-1]
        try:
            seen.sort()
            if seen[-1] == last:
                return last + 1
        except TypeError:
            pass
        _warn(_AUTO_WARNING, 3)
        for v in seen[::-1]:
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, wanted):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __dir__(self):
        # public attributes, with the members themselves left out
        members = self._member_map_
        names = set(object.__dir__(self)) if self._member_type_ is not object else set()
        for n in getattr(self, '__dict__', ()):
            if not n.startswith('_') and n not in members:
                names.add(n)
        for klass in type(self).__mro__:
            for n, obj in klass.__dict__.items():
                if n.startswith('_'):
                    continue
                if n not in members or (isinstance(obj, property) and obj.fget is not None):
                    names.add(n)
                elif isinstance(obj, property):
                    names.discard(n)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *args):
        # str(value[, encoding[, errors]]); a lone value must already be a
        # str, while with an encoding bytes are decoded
        if len(args) > 3:
            raise TypeError('too many arguments for str(): %r' % (args, ))
        if len(args) == 1 and not isinstance(args[0], str):
            raise TypeError('%r is not a string' % (args[0], ))
        for arg, what in list(zip(args[1:], ('encoding', 'errors'))):
            if not isinstance(arg, str):
                raise TypeError('%s must be a string, not %r' % (what, arg))
        text = str(*args)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, seen):
        return name.lower()


def pickle_by_global_name(member, proto):
    return member.name


def pickle_by_enum_name(member, proto):
    return getattr, (type(member), member._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with bits no member has."""
    STRICT = auto()     # raise ValueError (Flag's default)
    CONFORM = auto()    # drop them
    EJECT = auto()      # give a plain int instead of a flag
    KEEP = auto()       # keep them (IntFlag's default)


STRICT, CONFORM, EJECT, KEEP = FlagBoundary

_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                   '__rxor__', '__invert__')


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, seen):
        # auto(): the next power of two above the largest value so far
        if count == 0:
            return 1 if start is None else start
        top = max(seen)
        try:
            return 1 << top.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % top) from None

    @classmethod
    def _iter_member_by_value_(cls, bits):
        # the members for each bit, lowest bit first
        return [cls._value2member_map_.get(b) for b in _bits(bits & cls._flag_mask_)]

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, bits):
        # the same, in definition order
        return sorted(cls._iter_member_by_value_(bits), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, wanted):
        # an int that is no member's value: a combination of members,
        # made once and remembered, subject to the class's boundary
        if not isinstance(wanted, int):
            raise ValueError('%r is not a valid %s' % (wanted, cls.__qualname__))
        value = _within_boundary(cls, wanted)
        if value is None:
            return wanted       # EJECT: a plain int
        negative = None
        if value < 0:
            negative, value = value, value + cls._all_bits_ + 1
        if cls._member_type_ is not object:
            pseudo = cls._member_type_.__new__(cls, value)
        else:
            pseudo = object.__new__(cls)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = _compose_name(cls, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, item):
        if not isinstance(item, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(item).__qualname__, type(self).__qualname__))
        return self._value_ & item._value_ == item._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return _plain_bin(self._value_).count('1')

    def __bool__(self):
        return self._value_ != 0

    def __repr__(self):
        cls = type(self)
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, shown)
        return '<%s.%s: %s>' % (cls.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def _operand(self, rhs):
        # the int to combine with, or None when rhs does not mix
        if isinstance(rhs, type(self)):
            return rhs._value_
        if self._member_type_ is not object and isinstance(rhs, self._member_type_):
            return rhs
        return None

    def __or__(self, rhs):
        bits = self._operand(rhs)
        return NotImplemented if bits is None else type(self)(self._value_ | bits)

    def __and__(self, rhs):
        bits = self._operand(rhs)
        return NotImplemented if bits is None else type(self)(self._value_ & bits)

    def __xor__(self, rhs):
        bits = self._operand(rhs)
        return NotImplemented if bits is None else type(self)(self._value_ ^ bits)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        # strict/conform flags invert within their one-bit members;
        # the result is made once
        if self._inverted_ is None:
            cls = type(self)
            if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
                flipped = ~self._value_
            else:
                flipped = cls._singles_mask_ & ~self._value_
            self._inverted_ = cls(flipped)
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def _within_boundary(cls, value):
    # value brought within the flag's bits as its boundary says; None
    # means EJECT (give the int back)
    mask, all_bits, boundary = cls._flag_mask_, cls._all_bits_, cls._boundary_
    if ~all_bits <= value <= all_bits and not value & (all_bits ^ mask):
        return value
    if boundary is STRICT:
        width = max(value.bit_length(), mask.bit_length())
        raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                         % (cls, value, bin(value, width), bin(mask, width)))
    if boundary is CONFORM:
        return value & mask
    if boundary is EJECT:
        return None
    if boundary is KEEP:
        if value < 0:
            value += max(all_bits + 1, 2 ** value.bit_length())
        return value
    raise ValueError('%r unknown flag boundary %r' % (cls, boundary))


def _compose_name(cls, value):
    # 'A|B' from the one-bit members in value, then any multi-bit member it
    # covers, then leftover bits as a number; None if no member is in it
    single_part = value & cls._singles_mask_
    if not value:
        return None
    parts = list(cls._iter_member_(single_part))
    covered = 0
    for m in parts:
        covered |= m._value_
    if value & ~cls._singles_mask_:
        for m in cls._member_map_.values():
            v = m._value_
            if v and v & value == v and m not in parts:
                parts.append(m)
                covered |= v
    if not covered:
        return None
    label = '|'.join([m._name_ for m in parts])
    leftover = value ^ covered
    if leftover and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, leftover))
    if leftover:
        label += '|' + cls._numeric_repr_(leftover)
    return label


# --- decorators and helpers ----------------------------------------------------------

def _aliases(enum_class):
    # 'ALIAS -> NAME' for each alias
    return ', '.join(['%s -> %s' % (alias, m.name)
                      for alias, m in enum_class.__members__.items() if alias != m.name])


def unique(enum_class):
    # class decorator: no two names for one value
    found = _aliases(enum_class)
    if found:
        raise ValueError('duplicate values found in %r: %s' % (enum_class, found))
    return enum_class


def _module_of(member):
    return type(member).__module__.rsplit('.', 1)[-1]


def global_enum_repr(member):
    return '%s.%s' % (_module_of(member), member._name_)


def global_flag_repr(member):
    module = _module_of(member)
    if member._name_ is None:
        return '%s.%s(%r)' % (module, type(member).__name__, member._value_)
    parts = member._name_.split('|')
    if _one_bit(member._value_) or member._boundary_ is not KEEP:
        return '|'.join([module + '.' + p for p in parts])
    # KEEP flags may end with unnamed bits, shown as a bare number
    return '|'.join([p if p[0].isdigit() else module + '.' + p for p in parts])


def global_str(member):
    if member._name_ is None:
        return '%s(%r)' % (type(member).__name__, member._value_)
    return member._name_


def global_enum(cls, update_str=False):
    # class decorator: members show as module.NAME and become module globals
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for key, item in cls.__members__.items():
            setattr(module, key, item)
    return cls


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    # class decorator: verify(UNIQUE, CONTINUOUS, ...) checks those conditions
    def __init__(self, *conditions):
        self.checks = conditions

    def __call__(self, enum_class):
        if not isinstance(enum_class, EnumType):
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        kind = 'flag' if issubclass(enum_class, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                found = _aliases(enum_class)
                if found:
                    raise ValueError('aliases found in %r: %s' % (enum_class, found))
            elif check is CONTINUOUS:
                _verify_continuous(enum_class, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enum_class)
        return enum_class


def _verify_continuous(enum_class, kind):
    values = set([m.value for m in enum_class])
    if len(values) < 2:
        return
    lowest, highest = min(values), max(values)
    if kind == 'flag':
        wanted = [1 << i for i in range(lowest.bit_length(), highest.bit_length() - 1)]
    else:
        wanted = list(range(lowest + 1, highest))
    missing = [str(v) for v in wanted if v not in values]
    if missing:
        raise ValueError(('invalid %s %r: missing values %s'
                          % (kind, enum_class.__name__, ', '.join(missing)))[:256])


def _verify_named_flags(enum_class):
    # every bit of a multi-bit alias must belong to some member
    named = [m.value for m in enum_class]
    culprits, bits_missing = [], 0
    for key, alias in enum_class._member_map_.items():
        if key in enum_class._member_names_ or alias.value < 0:
            continue
        missed = [b for b in _bits(alias.value) if b not in named]
        if missed:
            culprits.append(key)
            for b in missed:
                bits_missing |= b
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    if _one_bit(bits_missing):
        what = 'value 0x%x' % bits_missing
    else:
        what = 'combined values of 0x%x' % bits_missing
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                     'for details]' % (enum_class.__name__, who, what))
