def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    pass
def g(a, /, b, *, c):
    pass
def h(*, a=1):
    pass
def i(a: int, b: "str" = "x") -> None:
    pass
