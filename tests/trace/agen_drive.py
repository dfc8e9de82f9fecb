import types


@types.coroutine
def pause():
    yield "tick"


async def ticker():
    try:
        await pause()
        got = yield 1
        print("got", got)
        yield 2
    finally:
        print("cleanup")


a = ticker()
step = a.__anext__()
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.asend("x").send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.aclose().send(None)
except StopIteration:
    print("closed")
