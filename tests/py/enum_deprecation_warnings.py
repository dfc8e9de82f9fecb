# CPython 3.11 warns (on stderr) about `value in EnumClass` and about auto()
# values it will compute differently in 3.13.
from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = 2

try:
    1 in Color
except TypeError as e:
    print("TypeError", e)
print(Color.RED in Color)

class Odd(Enum):
    A = 5
    B = 1
    C = auto()

print(list(Odd))

class Words(Enum):
    A = "x"
    B = auto()

print(list(Words))
