# A finalizer hook that raises: the error is printed as unraisable.
import sys


async def g():
    yield 1


def fin(agen):
    raise KeyError("from the finalizer")


sys.set_asyncgen_hooks(finalizer=fin)
a = g()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
del a
print("after del")
