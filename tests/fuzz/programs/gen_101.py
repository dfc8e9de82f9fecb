# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    import math
    x = 2 ** 10**4
    print((x << 367).bit_length())
    print(x // (x - 1) if x > 1 else 0)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
import contextlib
with contextlib.suppress(Exception):
    class K:
        def __init__(self, n):
            self.n = n
        def __iter__(self):
            return iter(K(self.n - 1)) if self.n else iter([1])
    k = K(10)
    print([0, 1][k])
