# Generic classes and Protocols (runtime_checkable), TypeVar-based APIs.
from typing import Generic, TypeVar, Protocol, runtime_checkable, Iterator, Optional, List
from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), Stack[int], Stack.__parameters__, s.__orig_class__, Stack.__orig_bases__)
print(Stack.__mro__, isinstance(s, Stack), type(s))
try:
    Stack[int, str]
except TypeError as e:
    print(type(e).__name__, e)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"

print(Pair("a", 1), Pair[str, int]("b", 2), Pair[str, List[V]], Pair[str, List[V]].__parameters__)

class IntStack(Stack[int]):
    pass
print(IntStack.__mro__, IntStack.__orig_bases__, IntStack.__parameters__)

class Registry(Generic[K, V]):
    pass
class Names(Registry[str, V]):
    pass
print(Names.__parameters__, Names[int])

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Door:
    def close(self):
        return "shut"

class Rock:
    pass

class Window:
    close = None

print(isinstance(Door(), Closable), isinstance(Rock(), Closable), isinstance(Window(), Closable))
print(issubclass(Door, Closable), issubclass(Rock, Closable))

class Drawable(Protocol):
    def draw(self) -> str: ...

class Circle(Drawable):
    def draw(self):
        return "()"

def render(shape: Drawable) -> str:
    return shape.draw()

print(render(Circle()), Circle().draw())
for obj, proto in [(Circle(), Drawable), (Circle, Drawable)]:
    try:
        print(isinstance(obj, proto) if not isinstance(obj, type) else issubclass(obj, proto))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Drawable()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.0, SupportsFloat),
      isinstance(True, SupportsIndex), isinstance(-1, SupportsAbs))

def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
print(first([3, 4]), first([]))
