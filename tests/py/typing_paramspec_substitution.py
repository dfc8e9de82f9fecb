# typing: ParamSpec and Concatenate in Callable and generic classes, and
# substituting values for them.
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar, List, get_args

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")

Handler = Callable[P, T]
print(Handler, Handler.__parameters__)
print(Handler[[int, str], bool], Handler[..., int], Handler[[], None])
WithCtx = Callable[Concatenate[int, P], R]
print(WithCtx, WithCtx.__parameters__, WithCtx[[str], bool], WithCtx[..., bool])
print(get_args(Handler), get_args(WithCtx), get_args(Callable[[int], str]))
print(List[Callable[P, T]][[int], str])
print(P.args, P.kwargs, P.args.__origin__, P.args == P.args, P.args == P.kwargs)

class Task(Generic[P, R]):
    pass

print(Task[[int], str], Task[..., str], Task.__parameters__)

class Job(Generic[P]):
    pass

print(Job[int, str], Job[[int, str]], Job[int, str] == Job[[int, str]])

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("Concatenate[int]", lambda: Concatenate[int])
attempt("Concatenate[()]", lambda: Concatenate[()])
attempt("Callable[P, T][int]", lambda: Handler[int])
attempt("too many", lambda: Handler[[int], str, bytes])
