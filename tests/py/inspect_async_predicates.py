# inspect's predicates and states for coroutines and async generators.
import inspect
import types


async def coro():
    await types.coroutine(lambda: (yield "x"))()


async def agen():
    yield 1


def gen():
    yield 1


c = coro()
a = agen()
g = gen()
for obj in (coro, agen, gen):
    print(obj.__name__, inspect.iscoroutinefunction(obj), inspect.isasyncgenfunction(obj),
          inspect.isgeneratorfunction(obj))
for obj in (c, a, g):
    print(type(obj).__name__, inspect.iscoroutine(obj), inspect.isasyncgen(obj),
          inspect.isgenerator(obj), inspect.isawaitable(obj))
print(inspect.getcoroutinestate(c))
print(c.send(None), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.getgeneratorstate(g))
try:
    inspect.getasyncgenstate(a)
except AttributeError as e:
    print("AttributeError:", e)
