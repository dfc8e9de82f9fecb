# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    e = KeyError(0)
    for i in range(3000):
        e = ExceptionGroup('g', [e] * 2)
    try:
        raise e
    except* Exception:
        raise TypeError('again')
    yield
for _ in chunk():
    pass
import contextlib
with contextlib.suppress(Exception):
    x = tuple(range(10**7))
    y = x
    y += y
    print(len(y))
    print(sorted(x)[:1])
