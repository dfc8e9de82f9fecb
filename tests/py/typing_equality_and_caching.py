# typing: equality, hashing and identity of subscripted forms, and the
# | operator between typing forms, classes and None.
from typing import (Union, Optional, Literal, Annotated, List, Dict, ForwardRef,
                    TypeVar, NewType, Any, Callable, Tuple)

T = TypeVar("T")
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == (int | str), (int | str) == Union[int, str], Union[int, str] == Union[int, bytes])
print(Union[int | str, float], Union[int, Union[str, float]], Optional[int | None])
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Literal[Literal[1, 2], 3],
      Literal[0] == Literal[False], Literal[1, True])
print(Annotated[int, "a"] == Annotated[int, "a"], Annotated[int, "a"] == Annotated[int, "b"],
      Annotated[Annotated[int, "a"], "b"], Annotated[List[T], "m"][str])
print(Dict[str, int] is Dict[str, int], Callable[[int], str] is Callable[[int], str],
      Tuple[int, ...] == Tuple[int, ...], List[int] == list[int], List == list)
print(ForwardRef("X") == ForwardRef("X"), ForwardRef("X") == ForwardRef("Y"),
      len({ForwardRef("X"), ForwardRef("X")}), ForwardRef("X"))
UserId = NewType("UserId", int)
print(List[int] | None, None | List[int], int | List[str], List[str] | int,
      T | int, int | T, UserId | None, Any | None, Optional | None if False else Optional[Any])
print(len({List[int], List[int], List[str]}), len({Literal[1], Literal[True]}))
try:
    hash(Literal[[]])
except TypeError as e:
    print(type(e).__name__, e)
