# asdict/astuple (recursive, copying), fields, replace, is_dataclass.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import NamedTuple

@dataclass
class Point:
    __annotations__ = {"x": int, "y": int}

class Pair(NamedTuple):
    __annotations__ = {"a": int, "b": int}

@dataclass
class Shape:
    __annotations__ = {"name": str, "points": list, "meta": dict, "origin": Point, "pair": Pair}
    points = field(default_factory=list)
    meta = field(default_factory=dict)
    origin = field(default_factory=lambda: Point(0, 0))
    pair = Pair(1, 2)

s = Shape("tri", [Point(0, 0), Point(1, 0), (Point(0, 1), "apex")], {"color": [1, 2], "p": Point(9, 9)})
d = asdict(s)
print(d)
print(astuple(s))
d["points"][0]["x"] = 100
d["meta"]["color"].append(3)
print(s.points[0], s.meta["color"])
print(asdict(Point(1, 2), dict_factory=lambda items: sorted(items, reverse=True)))
print(astuple(Point(1, 2), tuple_factory=list))
print([(f.name, f.type) for f in fields(Shape)], fields(Point(3, 4))[0].name)
print(replace(Point(1, 2), y=5), replace(s, name="square").name)
print(is_dataclass(Point), is_dataclass(Point(1, 2)), is_dataclass(Pair), is_dataclass(3))
for func, arg in [(asdict, Point), (astuple, 3), (fields, "x"), (replace, (1, 2))]:
    try:
        func(arg)
    except TypeError as e:
        print(func.__name__, type(e).__name__, e)
try:
    replace(Point(1, 2), z=3)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class WithInitFalse:
    __annotations__ = {"a": int, "b": int}
    b = field(init=False, default=0)
try:
    replace(WithInitFalse(1), b=2)
except ValueError as e:
    print(type(e).__name__, e)
print(fields(Point)[1])
