# Which subjects match sequence and mapping patterns: bytes and str never
# are sequences; deque, registered and derived ABC classes, mapping
# proxies and dict subclasses are; class patterns on bytes match the
# subject itself.
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, UserList
from collections.abc import Sequence, Mapping, MutableSequence
import types


def kind(x):
    match x:
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case str():
            return "str"
        case [a, *rest]:
            return f"sequence {a!r} {rest!r}"
        case []:
            return "empty sequence"
        case {"k": v, **others}:
            return f"mapping k={v!r} others={others!r}"
        case {}:
            return "mapping"
        case _:
            return "neither"


class Derived(Sequence):
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class DerivedMap(Mapping):
    def __getitem__(self, k):
        return {"k": 9}[k]

    def __iter__(self):
        return iter(["k"])

    def __len__(self):
        return 1


class Plain:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i

    def __len__(self):
        return 3


class Registered(Plain):
    pass


class Child(Registered):
    pass


MutableSequence.register(Registered)

subjects = [b"ab", bytearray(b"x"), "s", deque([1, 2, 3]), deque(), Derived(), DerivedMap(),
            OrderedDict(k=1, j=2), defaultdict(int), Counter("kk"), ChainMap({"k": 0}),
            types.MappingProxyType({"k": 2}), range(3), UserList([7]), Plain(), Registered(),
            Child(), memoryview(b"z") if False else (), {"j": 1}, 5]
for s in subjects:
    print(type(s).__name__, "->", kind(s))

match b"\x00\xff":
    case b"\x00\xff":
        print("bytes literal pattern")
match {b"k": 1}:
    case {b"k": v}:
        print("bytes key", v)
