import inspect
async def f():
    return 42

c = f()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def g():
    r = await Awaitable()
    print("r =", r)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
co = g()
print(co.send(None))
try:
    co.send(21)
except StopIteration:
    print("done")
