# __post_init__, InitVar, ClassVar (typing.ClassVar and the string form),
# field(init=False) computed in __post_init__.
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List
import typing

@dataclass
class Rectangle:
    __annotations__ = {"width": float, "height": float, "area": float,
                       "unit": InitVar[str], "count": ClassVar[int],
                       "kinds": "ClassVar[List[str]]", "label": "typing.ClassVar[str]"}
    area = field(init=False)
    unit = "cm"
    count = 0
    kinds = ["rect"]
    label = "L"

    def __post_init__(self, unit):
        self.area = self.width * self.height
        self.unit_name = unit
        Rectangle.count += 1

r = Rectangle(2, 3)
s = Rectangle(1.5, 2, "m")
print(r, s, r.unit_name, s.unit_name, Rectangle.count, Rectangle.kinds)
print([f.name for f in fields(Rectangle)], Rectangle.__doc__)
print(Rectangle.__dataclass_fields__["unit"]._field_type, Rectangle.__dataclass_fields__["count"]._field_type)
print(Rectangle.__dataclass_fields__["kinds"]._field_type, Rectangle.__dataclass_fields__["label"]._field_type)
print(repr(InitVar[int]), repr(InitVar[List[int]]))
try:
    Rectangle(1, 2, "x", 4)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Validated:
    __annotations__ = {"age": int}
    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")
print(Validated(3))
try:
    Validated(-1)
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad:
        __annotations__ = {"x": ClassVar[list]}
        x = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)
