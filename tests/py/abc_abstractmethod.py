# abc: ABC, abstractmethod, instantiation errors, register()
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side

for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print(type(e).__name__, e)
sq = FullSquare(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(FullSquare, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), FullSquare.__abstractmethods__)
print(type(Shape), type(FullSquare), isinstance(Shape, ABCMeta))

class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

class Legacy:
    def run(self):
        return 'legacy run'

Plugin.register(Legacy)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), Legacy().run())
try:
    Plugin.register(42)
except TypeError as e:
    print(type(e).__name__, e)

class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

class Named(Base):
    @property
    def name(self):
        return 'named'

try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
print(Named().name)
