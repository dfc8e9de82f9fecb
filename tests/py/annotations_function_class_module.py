# Annotations are evaluated and kept as CPython 3.11 does.
import sys

def greet(name: str, times: int = 1, *args: float, sep: str = ' ', **kw: dict) -> str:
    return sep.join([name] * times)
print(greet.__annotations__)
print(greet('hi', 2))

def positional(a: int, /, b: 'forward', *, c: list[int]) -> None:
    pass
print(positional.__annotations__)

def nothing(x, y=2):
    pass
print(nothing.__annotations__)
nothing.__annotations__['x'] = 'added'
print(nothing.__annotations__)
nothing.__annotations__ = {'z': int}
print(nothing.__annotations__)
try:
    nothing.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)

print((lambda x: x).__annotations__)

class Point:
    x: int
    y: int = 0
    label: 'str | None' = None
    __secret: float
    def move(self, dx: int) -> 'Point':
        return self
print(Point.__annotations__)
print(Point.y, hasattr(Point, 'x'), Point.move.__annotations__)

class Empty:
    pass
print(Empty.__annotations__, '__annotations__' in Empty.__dict__)

class Child(Point):
    z: float
print(Child.__annotations__)

# module level: __annotations__ is always there in __main__
count: int = 3
names: list[str]
print(__annotations__)
print(count, 'names' in globals())
mod = sys.modules[__name__]
print(mod.__annotations__ is __annotations__)

# annotations of other targets are evaluated, not stored
class Holder:
    pass
h = Holder()
h.attr: int = 5
d = {}
d['k']: str = 'v'
print(h.attr, d, __annotations__.keys())

# in a function body annotations are not evaluated at all
def body():
    local: undefined_name = 1
    other: also_undefined
    return local
print(body(), body.__annotations__)

# evaluated at definition time: a missing name fails there
try:
    def broken(x: missing_type): pass
except NameError as e:
    print('NameError:', e)
try:
    class Broken:
        field: not_defined_either
except NameError as e:
    print('NameError:', e)

# union and generic alias annotations
def typed(a: int | None, b: dict[str, list[int]]) -> tuple[int, ...]:
    return (1,)
print(typed.__annotations__)
