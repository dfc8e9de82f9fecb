# Enums with methods, properties, __init__ on tuple values, custom __new__.
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p, p.value, p.mass, round(p.surface_gravity, 3))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), f"{Mood.FUNKY}")

class Coordinate(bytes if False else str, Enum):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PX = ("P.X", "pixels")
    PY = ("P.Y", "pixels, vertical")

print(repr(Coordinate.PX), Coordinate.PY.label, Coordinate("P.Y"), Coordinate.PX.upper())

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def area(self, size):
        if self is Shape.SQUARE:
            return size * size
        return round(3.14159 * size * size, 2)

print([s.area(2) for s in Shape], Shape.CIRCLE.area.__name__)

class Counter(Enum):
    ONE = 1
    TWO = 2
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

print(sorted([Counter.TWO, Counter.ONE]), Counter.ONE < Counter.TWO)
