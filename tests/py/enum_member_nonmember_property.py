# member()/nonmember(), enum.property, members named like properties,
# __init_subclass__, _ignore_, auto() in tuples, unhashable values, copying.
import enum
from enum import Enum, IntEnum, auto, member, nonmember

class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(10)
    PLAIN = 1

print(list(Ops), Ops.LIMIT, Ops.ADD.value(2, 3), len(Ops))

class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    @enum.property
    def sides(self):
        return self.value

    blank = enum.property()

print(Shape.SQUARE.sides, type(Shape.__dict__["sides"]).__name__)
for label, f in [("Shape.sides", lambda: Shape.sides), ("blank", lambda: Shape.SQUARE.blank)]:
    try:
        f()
    except AttributeError as e:
        print(label, "AttributeError", e)

class Field(Enum):
    name = 1
    value = 2

print(repr(Field.name), Field.name.name, Field.value.value, Field["value"], list(Field))

class Registry(Enum):
    def __init_subclass__(cls, **kwargs):
        print("subclass", cls.__name__, list(cls))

class Sizes(Registry):
    SMALL = 1
    LARGE = 2

class Temp(Enum):
    _ignore_ = "i scratch"
    scratch = []
    for i in range(3):
        scratch.append(i)
    ZERO = 0
    ONE = 1

print(list(Temp), hasattr(Temp, "scratch"), hasattr(Temp, "i"))

class Pair(Enum):
    A = 1, auto()
    B = auto(), "b"
    C = auto()

print(list(Pair))

class Data(Enum):
    LIST = [1, 2]
    DICT = {"k": 1}
    SAME = [1, 2]

print(list(Data), Data([1, 2]), Data({"k": 1}), Data._unhashable_values_, Data.SAME is Data.LIST)

class Level(IntEnum):
    LOW = 1
    HIGH = 2

print(Level.LOW.__copy__() is Level.LOW, Level.HIGH.__deepcopy__({}) is Level.HIGH)

Animal = Enum("Animal", "CAT DOG", module="zoo", qualname="Zoo.Animal")
print(Animal.__module__, Animal.__qualname__, repr(Animal.CAT))
Num = Enum("Num", [("ONE", 1.5), ("TWO", 2.5)], type=float)
print(list(Num), Num.ONE + 1, Num.__mro__)
Empty = Enum("Empty", [])
print(list(Empty), len(Empty))

class Planet(Enum):
    EARTH = (1, 2)
    def __init__(self, a, b):
        self.total = a + b

print(dir(Planet.EARTH), dir(Ops.PLAIN))
print(dir(Sizes), {"HIGH", "LOW", "__new__", "bit_length"} <= set(dir(Level)))
