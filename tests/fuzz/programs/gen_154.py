# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**6)
def chunk():
    e = None
    for i in range(4000):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    print(repr(e)[:40])
    yield
for _ in chunk():
    pass
for _ in range(2):
    import itertools
    m = range(3)
    for i in range(500):
        m = map(next, [m])
    print(list(itertools.islice(m, 2)))
