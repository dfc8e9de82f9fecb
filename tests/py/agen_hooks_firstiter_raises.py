# A firstiter hook that raises: __anext__() itself fails, once.
import sys


async def g():
    yield 1


def bad(agen):
    raise ValueError("no iteration today")


sys.set_asyncgen_hooks(firstiter=bad)
a = g()
try:
    a.__anext__()
except ValueError as e:
    print("ValueError:", e)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("second time it works:", e.value)
sys.set_asyncgen_hooks(firstiter=None)
