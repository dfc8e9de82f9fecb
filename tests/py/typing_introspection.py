# typing: __origin__/__args__/__parameters__, get_origin/get_args,
# substitution of type variables, isinstance with typing aliases.
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Iterable,
                    Iterator, Sequence, Mapping, Generator, Hashable, Sized,
                    Annotated, Literal, TypeVar, Generic, get_origin, get_args)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
tps = [List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str], Callable[..., int],
       Optional[int], Union[int, str], Annotated[int, "x"], Literal["a", 1], Iterable[T],
       List, Generic, int, None]
for tp in tps:
    print(repr(tp), "|", get_origin(tp), "|", get_args(tp))
print(List[int].__origin__, Dict[K, V].__parameters__, List[int].__parameters__)
Pair = Tuple[T, T]
Table = Dict[str, List[T]]
Handler = Callable[[T], None]
print(Pair[int], Table[float], Handler[str], Optional[T][bytes if False else str])
print(Dict[K, V][str, int], Mapping[K, List[V]][str, bool])
checks = [([1], List), ({}, Dict), ((1,), Tuple), ([1], Iterable), (iter([]), Iterator),
          ("s", Sequence), ({"a": 1}, Mapping), (len, Callable), (1, Callable),
          ((x for x in ()), Generator), (1, Hashable), ([], Hashable), ("ab", Sized),
          (3, Union[int, str]), (3.5, Union[int, str]), (None, Optional[int])]
for value, tp in checks:
    print(repr(value)[:12], repr(tp), isinstance(value, tp))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(bool, Union[int, str]))
for value, tp in [(1, List[int]), (1, Any), (1, T), (1, Literal[1]), (1, Callable[[], int])]:
    try:
        print(isinstance(value, tp))
    except TypeError as e:
        print(repr(tp), type(e).__name__, e)
