# (x async for x in ...) is an async generator object, even in a plain
# function; it is consumed with async for or by hand.
import inspect


async def agen(n):
    for i in range(n):
        yield i


def make():
    return (x * 10 async for x in agen(3))


g = make()
print(type(g).__name__, g.__name__, g.__qualname__, inspect.isasyncgen(g))
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)


async def main():
    rest = [x async for x in g]
    doubled = [y async for y in (x * 2 async for x in agen(3))]
    return rest, doubled


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
