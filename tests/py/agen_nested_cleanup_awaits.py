# An async generator holding an async with and an inner async generator:
# aclose(), athrow() and dropping it run the awaits of their cleanups.
import types

@types.coroutine
def pause(tag):
    got = yield tag
    return got

class CM:
    async def __aenter__(self):
        await pause("aenter")
        return "res"
    async def __aexit__(self, t, e, tb):
        print("aexit with", t.__name__ if t else None)
        await pause("aexit")
        print("aexit done")

async def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")
        await pause("inner cleanup")

async def outer():
    async with CM() as r:
        async for x in inner():
            yield (r, x)

def drive(aw, label):
    try:
        y = aw.send(None)
        while True:
            print(label, "passes up", y)
            y = aw.send("ok")
    except StopIteration as e:
        print(label, "done ->", e.value)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)

o = outer()
drive(o.__anext__(), "anext1")
drive(o.__anext__(), "anext2")
drive(o.aclose(), "aclose")
print(o.ag_frame)

o2 = outer()
drive(o2.__anext__(), "anext1")
drive(o2.athrow(KeyError("k")), "athrow")
drive(o2.__anext__(), "anext-after")

o3 = outer()
drive(o3.__anext__(), "anext1")
del o3
print("after del o3")
