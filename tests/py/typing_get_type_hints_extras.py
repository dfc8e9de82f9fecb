# typing.get_type_hints: functions, methods, string annotations, Annotated
# with include_extras, no_type_check, and objects it refuses.
from typing import (Annotated, List, Optional, get_type_hints, no_type_check,
                    ClassVar, Final, TypedDict, Required, NotRequired)

class Tree:
    __annotations__ = {"left": "Optional[Tree]", "items": List["Tree"],
                       "count": ClassVar[int], "label": "Final[str]"}

def build(size: "int", name: str = None, *rest: "Tree", **opts: bytes) -> "List[Tree]":
    return []

def plain(x, y):
    return x

def weighed(w: Annotated[float, "kg"], tags: List[Annotated[str, "tag"]]) -> None:
    pass

print(get_type_hints(Tree))
print(get_type_hints(build))
print(get_type_hints(plain), get_type_hints(len))
print(get_type_hints(weighed))
print(get_type_hints(weighed, include_extras=True))

class Shelf:
    def put(self, item: "Tree") -> bool:
        return True

print(get_type_hints(Shelf.put), get_type_hints(Shelf().put))

@no_type_check
def loose(a: "not a type at all"):
    pass

print(get_type_hints(loose), loose.__no_type_check__)

@no_type_check
class Loose:
    def m(self, a: "nonsense"):
        pass

print(Loose.m.__no_type_check__, get_type_hints(Loose.m))

class Movie(TypedDict, total=False):
    __annotations__ = {"title": Required[str], "year": NotRequired[int], "note": str}

print(get_type_hints(Movie), get_type_hints(Movie, include_extras=True))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))

try:
    get_type_hints(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(get_type_hints(build, {"List": list, "Tree": None}))
except Exception as e:
    print(type(e).__name__, e)
