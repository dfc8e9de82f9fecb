# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    class K:
        def __init__(self, n):
            self.n = n
        def __del__(self):
            K(self.n - 1) if self.n else None
    k = K(4000)
    print([k] == [k])
except Exception as e:
    print('caught', type(e).__name__)
def chunk():
    w = lambda a, i: {a: 1}
    a = frozenset()
    b = a
    for i in range(998):
        a = w(a, i)
        b = w(b, i)
    a.append(a) if isinstance(a, list) else None
    print(str([a, a])[:20])
    yield
for _ in chunk():
    pass
import contextlib
with contextlib.suppress(Exception):
    import functools, contextlib
    def f(n):
        return {n: f(n - 1)} if n else {}
    print(f(10**9))
