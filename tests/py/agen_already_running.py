# While an asend()/athrow() awaitable is driving the generator (even
# across an await that suspended), starting another one is an error.
import types


@types.coroutine
def pause():
    yield "paused"


async def g():
    await pause()
    yield 1


a = g()
first = a.__anext__()
print(first.send(None))
print("ag_running", a.ag_running)
for make in (a.__anext__, lambda: a.asend(None), lambda: a.athrow(ValueError), a.aclose):
    try:
        make().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("ag_running", a.ag_running)


async def reenter():
    try:
        me.__anext__().send(None)
    except RuntimeError as e:
        print("inside:", e)
    yield "done"


me = reenter()
try:
    me.__anext__().send(None)
except StopIteration as e:
    print(e.value)
