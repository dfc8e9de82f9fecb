# A coroutine suspended in its own await cannot be awaited by another.
import types


@types.coroutine
def pause():
    yield "paused"


async def inner():
    await pause()
    return "inner done"


async def outer(c):
    return await c


c = inner()
print(c.send(None))
try:
    outer(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
