# A finally block that awaits: aclose()'s awaitable passes the await's
# suspension up to its driver, then ends with StopIteration.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    print("pause resumed with", got)


async def g():
    try:
        yield "value"
    finally:
        print("cleanup starts")
        await pause("cleaning")
        print("cleanup ends")


a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
c = a.aclose()
print("first send:", c.send(None))
print("running while closing:", a.ag_running, a.ag_await)
try:
    c.send("go on")
except StopIteration:
    print("closed")
print(a.ag_running, a.ag_frame)
