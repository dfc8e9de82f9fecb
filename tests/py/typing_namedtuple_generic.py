# typing.NamedTuple written with annotations: defaults, methods, nested
# classes, generic named tuples, and subclassing one.
from typing import NamedTuple, Generic, TypeVar, List

T = TypeVar("T")

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, Point(1), p.norm1(), Point._field_defaults, Point.__annotations__)

class Outer:
    class Inner(NamedTuple):
        value: str
print(Outer.Inner("v"), Outer.Inner.__qualname__, Outer.Inner.__name__)

class Box(NamedTuple, Generic[T]):
    item: T
    tags: List[str] = []

b = Box(5)
print(b, Box[int], Box.__parameters__, Box.__mro__, isinstance(b, tuple))

class Point3(Point):
    def describe(self):
        return f"{self.x},{self.y}"
print(Point3(1, 2).describe(), Point3(1, 2), Point3._fields)

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

def many_defaults():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: int
attempt("two defaults first", many_defaults)
def other_base():
    class Bad(NamedTuple, dict):
        a: int
attempt("other base", other_base)
print(NamedTuple("Empty", []), NamedTuple("Empty", [])(), NamedTuple("Kw", a=int, b=str)._fields)
