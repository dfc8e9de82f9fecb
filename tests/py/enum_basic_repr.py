# Enum members: repr, str, format, name/value, iteration order, aliases.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(repr(Color.RED), str(Color.RED), Color.RED, f"{Color.GREEN}", f"[{Color.BLUE:>12}]")
print(Color.RED.name, Color.RED.value, Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(repr(Color.__members__))
print([name for name, member in Color.__members__.items() if member.name != name])
print(repr(Color), str(Color), type(Color), type(Color.RED), Color.RED.__class__.__name__)
print(Color.RED in Color, Color.__name__, Color.__qualname__)
print(dir(Color))
print(dir(Color.RED))
print(vars(Color.RED))
print(Color._member_names_, Color._value2member_map_)
for c in Color:
    print(c.name.ljust(6), c.value, c)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.GREEN, isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color.__mro__, Color.__bases__)
print(hash(Color.RED) == hash("RED"), bool(Color.RED), Color.RED == 1, Color.RED != Color.BLUE)
