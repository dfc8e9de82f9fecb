# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    bases = [type('B%d' % i, (), {}) for i in range(500)]
    C = type('C', tuple(bases), {})
    print(len(C.__mro__))
    yield
for _ in chunk():
    pass
import contextlib
with contextlib.suppress(Exception):
    class K:
        def __init__(self, n):
            self.n = n
        def __init_subclass__(cls):
            pass
        def __setattr__(self, a, v):
            object.__setattr__(self, a, v)
            if a == 'n' and v:
                K(v - 1)
    k = K(1)
    print(max(k, k))
