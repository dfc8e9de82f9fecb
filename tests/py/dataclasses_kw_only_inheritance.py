# KW_ONLY, kw_only=True, inheritance of fields, make_dataclass.
from dataclasses import dataclass, field, KW_ONLY, make_dataclass, fields

@dataclass
class Base:
    __annotations__ = {"id": int, "name": str}
    name = "anon"

@dataclass
class Child(Base):
    __annotations__ = {"age": int, "name": str}
    age = 0
    name = "child"

print(Child(1), Child(2, "bo", 5), [f.name for f in fields(Child)], Child.__doc__)

@dataclass
class Options:
    __annotations__ = {"path": str, "_": KW_ONLY, "verbose": bool, "depth": int}
    verbose = False
    depth = 1

print(Options("/tmp"), Options("/x", verbose=True, depth=3), Options.__doc__, Options.__match_args__)
try:
    Options("/x", True)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(kw_only=True)
class Settings:
    __annotations__ = {"a": int, "b": int}
    b = 2
print(Settings(a=1))
try:
    Settings(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Settings()
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    __annotations__ = {"x": int, "y": int, "z": int}
    y = field(default=0, kw_only=True)
print(Mixed(1, z=3), Mixed.__doc__)

Pos = make_dataclass("Pos", ["tag", ("x", int), ("y", int, field(default=0))], order=True)
print(Pos, Pos("t", 1), Pos.__doc__, Pos("a", 2) < Pos("a", 3))
try:
    make_dataclass("Bad", ["class"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    make_dataclass("Bad", ["x", "x"])
except TypeError as e:
    print(type(e).__name__, e)
Cell = make_dataclass("Cell", [("row", int), ("col", int)], frozen=True)
print(Cell(1, 2), hash(Cell(1, 2)) == hash((1, 2)), Cell(1, 2) == Cell(1, 2))
