# The async generator's attributes, reprs and types.
import types
import inspect


class Box:
    async def items(self):
        yield 1


async def plain():
    yield 1


a = Box().items()
print(type(a), type(a).__name__, a.__name__, a.__qualname__)
print(repr(a).startswith("<async_generator object Box.items at 0x"))
print(type(a) is types.AsyncGeneratorType)
print(a.ag_code.co_name, a.ag_frame.f_lineno, a.ag_running, a.ag_await)
s = a.__anext__()
t = a.athrow(ValueError)
c = a.aclose()
print(repr(s).startswith("<async_generator_asend object at 0x"))
print(repr(t).startswith("<async_generator_athrow object at 0x"))
print(type(s).__name__, type(t).__name__, type(c).__name__)
print(s.__await__() is s, iter(s) is s, t.__await__() is t, iter(t) is t)
print(a.__aiter__() is a)
print(inspect.isasyncgen(a), inspect.isasyncgenfunction(plain), inspect.isasyncgenfunction(Box().items))
print(inspect.isawaitable(s), inspect.isawaitable(t), inspect.isawaitable(a))
print(inspect.iscoroutinefunction(plain), inspect.isgeneratorfunction(plain), inspect.isgenerator(a))
for name in ("send", "throw", "close", "gi_frame"):
    print(name, hasattr(a, name))
print(hasattr(inspect, "getasyncgenstate"))
a.aclose().close()
