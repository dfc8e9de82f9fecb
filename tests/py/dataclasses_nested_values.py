# asdict/astuple through namedtuples, dict keys, sets and nested
# dataclasses (copies, not the originals); repr of a dataclass that
# contains itself; replace() with InitVars; a descriptor as a default;
# frozen dataclasses subclassed by a plain class; make_dataclass with
# bases and a namespace.  (A descriptor default: __init__ gets what its
# __get__ returns for the class.)
from collections import namedtuple
from dataclasses import (FrozenInstanceError, InitVar, asdict, astuple,
                         dataclass, field, make_dataclass, replace)

Pt = namedtuple('Pt', 'x y')


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


@dataclass
class Bag:
    pairs: tuple
    index: dict
    seen: set

inner = Node(2)
bag = Bag((Pt(1, 2), [inner]), {Pt(0, 0): Node(3)}, {1, 2})
d = asdict(bag)
print(d)
print(astuple(bag))
d['pairs'][1][0]['value'] = 99
print(inner.value, type(d['pairs'][0]).__name__, d['seen'] is bag.seen)

loop = Node(1)
loop.children.append(loop)
print(loop, loop == loop)


@dataclass
class Scaled:
    value: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.value *= factor

s = Scaled(2, 3)
print(s, replace(s, factor=10))
try:
    replace(s, value=1)
except ValueError as e:
    print(type(e).__name__, e)


class Clamped:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.slot = '_' + name

    def __get__(self, obj, owner=None):
        return 0 if obj is None else getattr(obj, self.slot)

    def __set__(self, obj, value):
        setattr(obj, self.slot, max(0, min(10, value)))


@dataclass
class Level:
    amount: int = Clamped()

print(Level(15), Level(-3), Level())


@dataclass(frozen=True)
class Base:
    a: int


class Plain(Base):
    pass

obj = Plain(1)
obj.note = 'allowed'
print(obj, obj.note)
try:
    Base(1).note = 'refused'
except FrozenInstanceError as e:
    print(type(e).__name__, e)

Made = make_dataclass('Made', [('b', int), 'c'], bases=(Base,),
                      namespace={'total': lambda self: self.a + self.b},
                      frozen=True)
m = Made(1, 2, 'x')
print(m, m.total(), Made.__module__, Made.__doc__, [k.__name__ for k in Made.__mro__])
for bad in ([('a', int, 3, 4)], ['a b'], ['def'], ['a', 'a']):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print(type(e).__name__, e)
