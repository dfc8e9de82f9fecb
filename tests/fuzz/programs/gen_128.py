# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    def g():
        try:
            yield 1
        finally:
            pass
    def g2():
        yield 0
    gens = []
    for i in range(1000):
        gens.append(g().__next__)
    print(len(gens))
    yield
for _ in chunk():
    pass
try:
    import json
    w = lambda a, i: dict(a=a)
    a = ()
    b = 0
    for i in range(100000):
        a = w(a, i)
        b = w(b, i)
    print([a] * 2 == [b] * 2)
    print(hash((a, b)))
finally:
    print('finally')
import contextlib
with contextlib.suppress(Exception):
    import itertools
    m = [1]
    for i in range(2000):
        m = reversed(list(m))
    del m
