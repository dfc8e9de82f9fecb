# An await inside an async generator passes what the awaited object
# yields up through the asend() awaitable to its driver; ag_await shows it.
import types


@types.coroutine
def request(what):
    reply = yield ("request", what)
    return reply


async def fetcher():
    for name in ("a", "b"):
        data = await request(name)
        yield name + "=" + data


g = fetcher()
step = g.__anext__()
print("driver sees", step.send(None))
print("ag_await", type(g.ag_await).__name__, g.ag_await.__name__, "ag_running", g.ag_running)
try:
    step.send("1")
except StopIteration as e:
    print("item", e.value)
print("ag_await", g.ag_await, "ag_running", g.ag_running)
step = g.__anext__()
print("driver sees", step.send(None))
try:
    step.send("2")
except StopIteration as e:
    print("item", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("done")
