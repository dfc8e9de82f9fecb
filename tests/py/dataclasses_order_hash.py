# order=True comparisons, eq=False, unsafe_hash, and the __hash__ rules.
from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    __annotations__ = {"major": int, "minor": int, "label": str}
    minor = 0
    label = field(default="", compare=False)

vs = [Version(2, 1), Version(1, 9, "old"), Version(2, 0), Version(1, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 99), Version(1, 9, "a") == Version(1, 9, "b"))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__hash__)
try:
    hash(Version(1))
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(eq=False)
class Plain:
    __annotations__ = {"v": int}
print(Plain(1) == Plain(1), Plain.__eq__ is object.__eq__, Plain.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Tag:
    __annotations__ = {"name": str, "weight": int}
    weight = field(default=1, hash=False)
print(hash(Tag("a")) == hash(("a",)), len({Tag("a"), Tag("a"), Tag("b")}))

@dataclass
class ExplicitHash:
    __annotations__ = {"v": int}
    def __hash__(self):
        return 7
print(hash(ExplicitHash(1)))

try:
    @dataclass(order=True, eq=False)
    class Bad:
        __annotations__ = {"v": int}
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Bad2:
        __annotations__ = {"v": int}
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(unsafe_hash=True)
    class Bad3:
        __annotations__ = {"v": int}
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
