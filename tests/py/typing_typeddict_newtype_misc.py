# TypedDict (a plain dict at runtime), NewType, cast, overload, final,
# get_type_hints, TYPE_CHECKING, assert_never.
from typing import (TypedDict, NewType, cast, overload, get_overloads, final,
                    get_type_hints, TYPE_CHECKING, assert_never, assert_type,
                    Optional, List, Dict, is_typeddict, Required, NotRequired)

class Movie(TypedDict):
    __annotations__ = {"title": str, "year": int}

class Rated(Movie, total=False):
    __annotations__ = {"stars": int}

m = Movie(title="Blade Runner", year=1982)
r = Rated(title="Alien", year=1979)
print(m, type(m), type(r), Movie.__annotations__, Rated.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__),
      Movie.__total__, Rated.__total__, is_typeddict(Movie), is_typeddict(dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
Album = TypedDict("Album", {"name": str, "tracks": List[str]})
print(Album(name="x", tracks=[]), Album.__annotations__, sorted(Album.__required_keys__))
Book = TypedDict("Book", {"isbn": Required[str], "pages": NotRequired[int]}, total=False)
print(sorted(Book.__required_keys__), sorted(Book.__optional_keys__))

UserId = NewType("UserId", int)
uid = UserId(524313)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__, UserId(5) + 1)
try:
    class AdminId(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(cast(int, "not an int"), cast("List[int]", [1]), assert_type(3, int), TYPE_CHECKING)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"), len(get_overloads(double)))
try:
    @overload
    def only(x): ...
    only(1)
except NotImplementedError as e:
    print(type(e).__name__, e)

@final
class Leaf:
    pass
print(Leaf.__final__)

class Node:
    __annotations__ = {"value": int, "next": "Optional[Node]", "children": List["Node"],
                       "meta": Dict[str, None]}
print(get_type_hints(Node))

class Child(Node):
    __annotations__ = {"extra": "int"}
print(get_type_hints(Child))

def check(x):
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        assert_never(x)
print(check(1), check("a"))
try:
    check(2.5)
except AssertionError as e:
    print(type(e).__name__, e)
