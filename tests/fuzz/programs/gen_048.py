# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    x = 1
    f = lambda *a: 1
    y = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
    print(type(y).__name__)
chunk()
def chunk():
    C = int
    for i in range(1000):
        C = type('C', (C,), {'__init__': lambda self, *a: super(type(self), self).__init__()})
    print(C().f())
    yield
for _ in chunk():
    pass
import contextlib
with contextlib.suppress(Exception):
    import itertools
    m = [1]
    for i in range(100000):
        m = itertools.takewhile(bool, m)
    for x in m:
        pass
