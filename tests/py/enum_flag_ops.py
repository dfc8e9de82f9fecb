# Flag and IntFlag: combining, membership, iteration, inversion, boundaries.
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw, Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(repr(Perm.RWX), list(Perm), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm.RWX & ~Perm.W), repr(rw ^ Perm.R), Perm(6))
print(Perm(7) is Perm.RWX, Perm["W"], repr(Perm.R | Perm.W | Perm.X))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Perm.R
except TypeError as e:
    print(type(e).__name__, e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), repr(Color.WHITE), Color.RED.value, Color.BLUE.value, repr(Color.RED | Color.BLUE))
print(Color.__members__)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(repr(m), str(m), m, m == 6, m + 1, Mode.READ | 8, repr(Mode.READ | 8), repr(Mode(0)), repr(~Mode.READ))
print(Mode(5), repr(Mode(5)), repr(Mode(16)), isinstance(m, int), list(m), Mode.WRITE & 3, repr(Mode.WRITE & 3))
print(repr(Perm), repr(Mode), Mode.__mro__)
