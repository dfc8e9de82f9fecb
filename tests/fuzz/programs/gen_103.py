# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import contextlib
with contextlib.suppress(Exception):
    class K:
        def __init__(self, n):
            self.n = n
        def __str__(self):
            return str(K(self.n - 1)) if self.n else 'S'
    k = K(3000)
    print(k.zz)
