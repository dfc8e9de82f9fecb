# sys.set_asyncgen_hooks: firstiter at the first __anext__, the finalizer
# gets a started, unfinished generator when it is dropped (instead of it
# being closed), and can close it later.
import sys


async def ticker(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print(name, "finally")


kept = []


def firstiter(agen):
    print("firstiter", agen.__qualname__, agen.ag_frame is not None)


def finalizer(agen):
    print("finalizer", agen.__qualname__, agen.ag_frame is not None)
    kept.append(agen)


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
a = ticker("a")
print("created, no hook yet")
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
del a
print("after del a, kept:", len(kept))
try:
    kept[0].aclose().send(None)
except StopIteration:
    print("closed by hand")
kept.clear()

b = ticker("b")
del b
print("never iterated: no hooks at all")

c = ticker("c")
for _ in range(3):
    try:
        c.__anext__().send(None)
    except (StopIteration, StopAsyncIteration) as e:
        print(type(e).__name__)
del c
print("finished: no finalizer call")
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
