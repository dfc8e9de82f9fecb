# dataclass(slots=True): a new class with __slots__ for the fields (no
# __dict__), defaults still in __init__, frozen slots classes, and the
# errors for an existing __slots__ and for weakref_slot without slots.
from dataclasses import FrozenInstanceError, dataclass, field, fields


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point.__slots__, hasattr(p, '__dict__'))
print(Point.__qualname__, Point.__doc__, [f.name for f in fields(Point)])
print(type(Point.__dict__['x']).__name__, Point(1) == Point(1), Point.__match_args__)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)


@dataclass(slots=True)
class Point3(Point):
    z: int = 0

print(Point3(1, 2, z=3), Point3.__slots__)


@dataclass(slots=True, frozen=True)
class Key:
    name: str
    version: int = 1

k = Key('a')
print(k, hash(k) == hash(('a', 1)), {k: 1}[Key('a', 1)])
try:
    k.version = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        x: int
except TypeError as e:
    print(type(e).__name__, e)
