# IntEnum and StrEnum compare and compute like their data type; Enum does not.
from enum import Enum, IntEnum, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = auto()

class Level(Enum):
    LOW = 1
    HIGH = 2

print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", format(Priority.MEDIUM, "03d"))
print(Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.MEDIUM == 2, Priority.LOW + 10, Priority.HIGH * 2)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), sum(Priority))
print({1: "one"}[Priority.LOW], hash(Priority.LOW) == hash(1), int(Priority.HIGH), Priority(2))
print(isinstance(Priority.LOW, int), isinstance(Priority.LOW, Enum), isinstance(Priority.LOW, IntEnum))
print(issubclass(Priority, int), issubclass(Priority, Enum), Priority.__mro__)
print(Level.LOW == 1, Level.LOW == Level.LOW, Level.LOW != Level.HIGH)
try:
    Level.LOW < Level.HIGH
except TypeError as e:
    print(type(e).__name__, e)
try:
    Priority.LOW < Level.HIGH
except TypeError as e:
    print(type(e).__name__, e)
print(["a", "b", "c", "d"][Priority.MEDIUM], range(10)[Priority.HIGH])

class Method(StrEnum):
    GET = auto()
    POST = "post"

print(repr(Method.GET), str(Method.GET), Method.GET == "get", Method.POST.upper(), f"{Method.POST}!", Method("get"))
print(", ".join(Method), "post" in [m.value for m in Method], isinstance(Method.GET, str))

class Shade(str, Enum):
    DARK = "dark"
    LIGHT = "light"

print(repr(Shade.DARK), str(Shade.DARK), f"{Shade.DARK}", Shade.DARK == "dark", Shade.LIGHT.title())
print(Shade.__mro__, Shade.__bases__, isinstance(Shade.DARK, str))
