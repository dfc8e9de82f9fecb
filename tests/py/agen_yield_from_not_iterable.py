# An async generator is not an iterator: `yield from` and iter() refuse it.
async def ag():
    yield 1


def g():
    yield from ag()


try:
    next(g())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(ag())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in ag():
        pass
except TypeError as e:
    print("TypeError:", e)
