# The finalizer an async generator uses is the one set at its first
# __anext__, not at its creation or its end.
import sys


async def g(name):
    try:
        yield name
    finally:
        print(name, "finally")


def fin_a(agen):
    print("fin_a got", agen.__qualname__)


def fin_b(agen):
    print("fin_b got", agen.__qualname__)


x = g("x")
sys.set_asyncgen_hooks(finalizer=fin_a)
try:
    x.__anext__().send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(finalizer=fin_b)
y = g("y")
try:
    y.__anext__().send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(finalizer=None)
del x
del y
z = g("z")
try:
    z.__anext__().send(None)
except StopIteration:
    pass
del z
print("end")
