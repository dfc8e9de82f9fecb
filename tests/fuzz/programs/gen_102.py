# proggen: max-steps 200000 max-memory 268435456
import sys
import functools, contextlib
def f(n):
    return eval('f(n - 1)') if n else 0
print(repr(f(500))[:30])
for _ in range(2):
    e = KeyError(0)
    for i in range(8000):
        e = ExceptionGroup('g', [e])
    try:
        raise e
    except* Exception:
        raise TypeError('again')
for _ in range(2):
    e = KeyError(0)
    for i in range(5000):
        e = ExceptionGroup('g', [e])
    raise e
