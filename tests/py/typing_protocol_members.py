# typing.Protocol: which attributes a runtime-checkable protocol asks for,
# data members, issubclass limits, and the errors for misuse.
from typing import Protocol, runtime_checkable, SupportsAbs, SupportsRound, Sized

@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...

class Person:
    name = "Ada"
    def greet(self):
        return "hi " + self.name

class Nameless:
    def greet(self):
        return "hi"

print(isinstance(Person(), Named), isinstance(Nameless(), Named))

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("issubclass data protocol", lambda: issubclass(Person, Named))

@runtime_checkable
class Closer(Protocol):
    def close(self): ...

class Base:
    def close(self):
        pass

class Child(Base):
    pass

class Blocked(Base):
    close = None

print(issubclass(Child, Closer), issubclass(Blocked, Closer), issubclass(int, Closer))
attempt("issubclass non-class", lambda: issubclass(3, Closer))

class Extended(Closer, Protocol):
    def flush(self): ...

attempt("Extended()", lambda: Extended())
attempt("isinstance non-runtime", lambda: isinstance(Base(), Extended))
print(runtime_checkable(Extended) is Extended, isinstance(Base(), Extended))

def bad_base():
    class Wrong(Protocol, int):
        pass
attempt("protocol with class base", bad_base)
attempt("runtime_checkable class", lambda: runtime_checkable(Base))

class Impl(Extended):
    def __init__(self, tag):
        self.tag = tag
    def flush(self):
        return "flushed " + self.tag

i = Impl("x")
print(i.flush(), isinstance(i, Extended), Impl._is_protocol, Extended._is_protocol)
print(isinstance(-2.5, SupportsAbs), isinstance("s", SupportsAbs), isinstance(1.5, SupportsRound))
print(SupportsAbs[int], SupportsAbs.__parameters__, Sized, isinstance([], Sized))
print(Protocol(), Named.__mro__)
