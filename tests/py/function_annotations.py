# def annotations: evaluated when the def runs, in CPython's order, in __annotations__
def f(a: int, /, b: 'str' = 'x', *args: float, c: list, d=1, **kw: dict) -> bool:
    pass

print(f.__annotations__)

def plain(x):
    pass

print(plain.__annotations__)
plain.__annotations__ = {'x': 1}
print(plain.__annotations__)

class Node:
    def link(self, other: 'Node') -> None:
        pass

print(Node.link.__annotations__)

def outer():
    T = tuple
    def inner(v: T) -> T:
        return v
    return inner.__annotations__

print(outer())
lam = lambda x: x
print(lam.__annotations__)
try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print(type(e).__name__, e)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
