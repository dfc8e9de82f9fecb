# typing: CPython's errors for misused forms.
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Literal,
                    ClassVar, Final, Annotated, Generic, TypeVar, Protocol, NoReturn)

T = TypeVar("T")

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("Union[()]", lambda: Union[()])
attempt("Callable[[int]]", lambda: Callable[[int]])
attempt("Callable[int, str]", lambda: Callable[int, str])
attempt("Dict[int]", lambda: Dict[int])
attempt("List[int, str]", lambda: List[int, str])
attempt("List[int]()", lambda: List[int]())
attempt("Dict[str, int]()", lambda: Dict[str, int]())
attempt("Annotated[int]", lambda: Annotated[int])
attempt("Annotated()", lambda: Annotated())
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Generic[()]", lambda: Generic[()])
attempt("Any()", lambda: Any())
attempt("Union()", lambda: Union())
attempt("Optional()", lambda: Optional())
attempt("NoReturn[int]", lambda: NoReturn[int])
attempt("Union[int, str][int]", lambda: Union[int, str][int])
attempt("List[int][str]", lambda: List[int][str])
attempt("List[ClassVar[int]]", lambda: List[ClassVar[int]])
attempt("List[Generic]", lambda: List[Generic])
attempt("List[Union]", lambda: List[Union])
attempt("TypeVar single", lambda: TypeVar("X", int))
attempt("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("TypeVar bound+constraints", lambda: TypeVar("X", int, str, bound=int))
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("issubclass Dict[str, int]", lambda: issubclass(dict, Dict[str, int]))
attempt("isinstance Optional", lambda: isinstance(1, Optional))
attempt("isinstance T", lambda: isinstance(1, T))

def subclass_union():
    class X(Union[int, str]):
        pass
attempt("subclass Union[...]", subclass_union)
def subclass_any_form():
    class X(Optional):
        pass
attempt("subclass Optional", subclass_any_form)
def subclass_typevar():
    class X(TypeVar):
        pass
attempt("subclass TypeVar", subclass_typevar)
def plain_generic():
    class X(Generic):
        pass
attempt("plain Generic", plain_generic)
class Holder(Generic[T]):
    pass
attempt("Holder[int][str]", lambda: Holder[int][str])
attempt("Holder[()]", lambda: Holder[()])
