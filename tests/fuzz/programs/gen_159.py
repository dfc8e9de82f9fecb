# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**5)
def chunk():
    y = {1}
    print(type(y).__name__)
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
import contextlib
with contextlib.suppress(Exception):
    sys.setrecursionlimit(1001)
    class K:
        def __init__(self, n):
            self.n = n
        def __repr__(self):
            return repr(K(self.n - 1)) if self.n else 'K'
    k = K(10000)
    print(k.p)
