# typing: subscripted forms and their reprs, as CPython prints them.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
                    Callable, Iterable, Iterator, Generator, AsyncIterator,
                    AsyncGenerator, Awaitable, Coroutine, Sequence, Mapping, Type,
                    Literal, Final, ClassVar, Annotated, TypeVar, ParamSpec,
                    Concatenate, TypeGuard, NoReturn, Never, Self, LiteralString,
                    MutableMapping, MutableSequence, AbstractSet, Hashable, Sized)

class Point:
    pass

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=Point)
P = ParamSpec("P")

forms = [
    Optional[int], Union[int, str], Union[int, None], Union[None, str],
    Union[int, str, None], Optional[Union[int, str]], Union[int, Union[str, int]],
    List[int], List[List[int]], List[Point], Dict[str, int], Dict[str, Any],
    Dict[str, List[Optional[Point]]], Tuple[int, str], Tuple[int, ...], Tuple[()],
    Set[str], FrozenSet[int], Callable[[int, str], bool], Callable[..., int],
    Callable[[], None], Callable[P, T], Callable[Concatenate[int, P], T],
    Iterable[int], Iterator[str], Generator[int, None, str], AsyncIterator[bytes]
    if False else AsyncIterator[str], AsyncGenerator[int, None], Awaitable[int],
    Coroutine[Any, Any, int], Sequence[T], Mapping[str, T_co], MutableMapping[str, int],
    MutableSequence[float], AbstractSet[int], Type[Point], Type[Any],
    Literal["r", "w"], Literal[1, True, None], Final[int], ClassVar[List[int]],
    Annotated[int, "meta", 42], TypeGuard[str], List["Point"], Optional["Point"],
    T, T_co, T_contra, N, B, P, P.args, P.kwargs, Any, NoReturn, Never, Self,
    LiteralString, Optional, Union, List, Dict, Callable, Tuple, Type, Hashable, Sized,
    List[int] | None, T | None, Union[int, str] | List[int],
]
for form in forms:
    print(repr(form))
print(Union[int], Union[int, int], Optional[None], Union[int, str] == Union[str, int])
print(List[int] == List[int], List[int] is List[int], List[int] != List[str], Literal[1] == Literal[True])
print(N.__constraints__, B.__bound__, T.__name__, T_co.__covariant__, T.__covariant__)
