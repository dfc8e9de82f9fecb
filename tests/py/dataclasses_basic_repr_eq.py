# @dataclass: the generated __init__, __repr__ (with __qualname__), __eq__,
# and the argument errors of __init__.  (Annotations are written as an
# explicit __annotations__ dict.)
from dataclasses import dataclass

@dataclass
class Point:
    __annotations__ = {"x": int, "y": int}

class Outer:
    @dataclass
    class Inner:
        __annotations__ = {"label": str}

p = Point(1, 2)
print(p, repr(p), str(p), Point(x=3, y=4), Outer.Inner("in"))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, vars(p))
p.x = 10
print(p, Point.__hash__, Point.__match_args__)
print(Point.__init__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__doc__, Outer.Inner.__doc__)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
print(Point.__dataclass_params__)
print(sorted(Point.__dataclass_fields__))
